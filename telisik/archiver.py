"""Archiving one article: URL -> Capture(s) -> Article -> stored row.

Shared by `telisik fetch` (sync, one URL at a time) and the crawler (async, which fetches the captures itself
and then calls `build_article` and `telisik.store.store_article`). Multi-page articles are resolved here:
when the first page names a single-page view it is preferred, otherwise every further page is fetched
(bounded, same host) and the bodies are joined in order.
"""
