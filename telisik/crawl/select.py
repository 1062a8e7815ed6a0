"""Choosing what a site's crawl fetches: pure functions over candidate URLs (no I/O, no counters).

`SiteCrawler.select` feeds them what discovery found and what the archive already knows, and does the
counting and the writing itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from telisik.crawl import discover
from telisik.urls import normalize_url

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
    from telisik.extract.kinds import classify_url

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
