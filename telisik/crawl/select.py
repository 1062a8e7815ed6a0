"""Choosing what a site's crawl fetches: pure functions over candidate URLs (no I/O, no counters), and
`SiteBacklog`, the few reads of what the archive already knows about a site's URLs.

`SiteCrawler.select` feeds the functions what discovery found and what `SiteBacklog` read, and does the
counting and the writing itself: nothing here writes to the archive or counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from telisik.archive import incomplete_article_urls, known_urls
from telisik.crawl import discover
from telisik.crawl.sites import backlog_urls, filtered_entries, settled_urls
from telisik.extract.kinds import classify_url
from telisik.times import as_utc
from telisik.urls import normalize_url, site_of

if TYPE_CHECKING:
    from telisik.archive import Archive

_EPOCH = datetime.min.replace(tzinfo=timezone.utc)


@dataclass
class Candidate:
    """A URL the crawl may fetch, with the date its source gave it."""

    url: str
    date: datetime | None
    source: (
        str  # "page" | "feed" | "sitemap" | "refresh" | "backlog" | "filtered" (skipped by an earlier run)
    )
    sitemap: str | None = None  # the sitemap that listed it (its name may say: page-sitemap.xml lists pages)


@dataclass
class Judged:
    """Discovered candidates sorted out: `kept` (normalised, one per URL), and the off-site URLs refused."""

    kept: list[Candidate] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    filtered: list[tuple[Candidate, str]] = field(default_factory=list)  # on-site, skipped by a filter: why


def matches_patterns(url: str, include: list[re.Pattern[str]], exclude: list[re.Pattern[str]]) -> bool:
    """The site's include patterns (any, when there are some) and none of its exclude patterns."""
    if include and not any(p.search(url) for p in include):
        return False
    return not any(p.search(url) for p in exclude)


def judge(
    found: Iterable[Candidate],
    *,
    hosts: list[str],
    include: list[re.Pattern[str]],
    exclude: list[re.Pattern[str]],
    since: datetime | None,
) -> Judged:
    """Normalise and deduplicate `found`; keep on-site URLs that match the patterns and are not older than
    `since`. A URL listed by several sources is judged once; the first date given for it wins."""
    judged = Judged()
    kept: dict[str, Candidate] = {}
    seen: set[str] = set()
    for cand in found:
        try:
            key = normalize_url(cand.url)
        except ValueError:
            continue
        if key in kept:
            if kept[key].date is None:
                kept[key].date = cand.date
            continue
        if key in seen:
            continue
        seen.add(key)
        if not discover.same_site(key, hosts):
            judged.refused.append(key)
            continue
        why = filtered_by(key, cand.date, include=include, exclude=exclude, since=since)
        if why:
            judged.filtered.append((Candidate(key, cand.date, cand.source, cand.sitemap), why))
        else:
            kept[key] = Candidate(key, cand.date, cand.source, cand.sitemap)
    judged.kept = list(kept.values())
    return judged


def not_articles(cands: list[Candidate]) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """(the candidates worth fetching, [(url, reason)] of those known not to be articles before fetching:
    both the URL and the sitemap that listed it say so, e.g. `/kontak/` in `page-sitemap.xml`)."""
    kept: list[Candidate] = []
    skipped: list[tuple[str, str]] = []
    for cand in cands:
        verdict = classify_url(cand.url, cand.sitemap) if cand.sitemap else None
        if verdict is not None and not verdict.is_article:
            skipped.append((cand.url, f"not an article ({verdict.reason})"))
        else:
            kept.append(cand)
    return kept, skipped


def filtered_by(
    url: str,
    date: datetime | None,
    *,
    include: list[re.Pattern[str]],
    exclude: list[re.Pattern[str]],
    since: datetime | None,
) -> str | None:
    """Why this run's filters skip an on-site entry (the site's patterns, `--since`), or None."""
    if not matches_patterns(url, include, exclude):
        return "include/exclude patterns"
    if since and date and date < since:
        return f"dated {date.date().isoformat()}, before --since {since.date().isoformat()}"
    return None


def partition(cands: list[Candidate], allowed: Callable[[str], bool]) -> tuple[list[Candidate], int]:
    """(the candidates `allowed` accepts, how many it refused)."""
    kept = [c for c in cands if allowed(c.url)]
    return kept, len(cands) - len(kept)


def newest_first(fresh: list[Candidate], backlog: Iterable[str]) -> list[Candidate]:
    """Pages and feeds first (the newest news), then sitemap entries newest first, then the backlog."""

    def key(c: Candidate) -> tuple[bool, float]:
        dated = c.source in ("sitemap", "filtered")
        return dated, -(c.date or _EPOCH).timestamp() if dated else 0

    return sorted(fresh, key=key) + [Candidate(u, None, "backlog") for u in backlog]


def split_at(cands: list[Candidate], limit: int) -> tuple[list[Candidate], list[Candidate]]:
    """(the first `limit` candidates, the rest: left for a later run)."""
    return cands[:limit], cands[limit:]


def failure_outcome(status: int | None, retryable: bool) -> str:
    """How a failed article URL is remembered: "gone" and "not_article" are never retried, "failed" is
    retried on the next runs (up to MAX_URL_ATTEMPTS)."""
    if retryable or status is None:
        return "failed"  # network trouble, timeouts, 429, 5xx
    if 400 <= status < 500 and status not in (408, 429):
        return "gone"  # 404, 410, 403...: asking again tomorrow will not help
    if 200 <= status < 300:
        return "not_article"  # a PDF, an image, an empty page
    return "failed"


def article_limit(run_max: int | None, site_max: int | None, default: int) -> int:
    """How many new articles a site's crawl fetches: the run's `--max-articles`, else the site's own
    setting, else `default`."""
    if run_max is not None:
        return run_max
    return site_max if site_max is not None else default


def parse_listed(value: str | None) -> datetime | None:
    """A remembered listing date (ISO, as `filtered_rows` wrote it), or None when absent or unreadable."""
    try:
        return as_utc(datetime.fromisoformat(value)) if value else None
    except ValueError:
        return None


def filtered_rows(filtered: Iterable[tuple[Candidate, str]]) -> list[tuple[str, str | None, str]]:
    """(url, listed date as ISO, why) of the entries this run's filters skipped, as the archive remembers
    them (`telisik.crawl.sites.remember_filtered`)."""
    return [(c.url, c.date.isoformat() if c.date else None, why) for c, why in filtered]


class SiteBacklog:
    """What the archive already knows about one site's URLs, for `SiteCrawler.select`: entries earlier
    filters skipped, URLs settled or archived, URLs left over by earlier runs, articles stored incomplete.

    Reads only (through `telisik.archive` and `telisik.crawl.sites`); `allowed` is robots.txt as the crawl
    read it, called late because the crawl reads robots.txt after making this."""

    def __init__(self, db: Archive, site_id: int, hosts: list[str], allowed: Callable[[str], bool]) -> None:
        self.db = db
        self.site_id = site_id
        self.hosts = hosts
        self.allowed = allowed

    def remembered(self) -> list[Candidate]:
        """Entries earlier runs' filters skipped (their sources may answer 304 now): judged again by this
        run's filters, so a wider `--since` or pattern finds them."""
        return [
            Candidate(url, parse_listed(listed), "filtered")
            for url, listed in filtered_entries(self.db, self.site_id)
        ]

    def not_archived(self, cands: list[Candidate]) -> list[Candidate]:
        """The candidates neither settled for this site (stored, gone, failed too often) nor in the archive."""
        urls = [c.url for c in cands]
        done = settled_urls(self.db, self.site_id, urls)
        done |= known_urls(self.db, [u for u in urls if u not in done])
        return [c for c in cands if c.url not in done]

    def left_over(self, listed: set[str]) -> list[str]:
        """URLs left over by an earlier run (limit, failure, kill) that the sources may not list as new again,
        minus those archived meanwhile (by `telisik fetch`, or a run killed between storing and recording)."""
        backlog = [u for u in backlog_urls(self.db, self.site_id) if u not in listed and self.allowed(u)]
        stored = known_urls(self.db, backlog)
        return [u for u in backlog if u not in stored]

    def incomplete(self, exclude: set[str]) -> list[Candidate]:
        """Stored articles of this site whose further pages failed: fetched again until they are whole."""
        found = []
        for host in {site_of(f"http://{h}/") for h in self.hosts}:
            for url in incomplete_article_urls(self.db, site=host):
                if url not in exclude and self.allowed(url):
                    found.append(Candidate(url, None, "incomplete"))
        return found
