"""The nightly crawl: discover each configured site's new articles and archive them, politely and safely.

- `run`       one run over several sites: lock, shared client, signals (`run_crawl`, `crawl_sites`)
- `site`      one site's crawl, start to end (orchestration)
- `sources`   a site's throttled, conditional requests, and discovery through them (pages, feeds, sitemaps)
- `select`    what a run fetches (pure functions)
- `options`   what a run may do, and the limits behind the defaults
- `reports`   per-site counts, statistics, the run's summary, progress events
- `sites`     the configured sites: validation, lookup, the crawl state kept in the archive
- `discover`  feeds, sitemaps and pages -> candidate article URLs (pure parsing)
- `robots`    robots.txt rules and per-host throttling
"""
