"""Shared test support (no tests here): loopback servers, page and article builders, archive helpers.

- loopback: a tiny canned web site on 127.0.0.1 (the `site` fixture)
- sitenet: a simulated network of news sites on 127.0.0.2... (crawl tests, benchmarks/crawl.py)
- faultserver: a raw-socket server that stalls, trickles, resets and lies (fetch fault tests, benchmarks/faults.py)
- pages: a realistic article page with variable text/sidebar/ads, and CLI helpers for archive tests
- articles: the one Article/Capture factory for tests that store articles without HTTP
- archive: opening and filling test archives (the `db` fixtures in conftest use it)
- network: keeps name resolution on loopback (no test may query a DNS resolver)
- corpus: where the shared evaluation corpus lives and how its absence is reported

pytest puts tests/ on sys.path (`pythonpath` in pyproject.toml), so tests import `support.<module>`.
"""
