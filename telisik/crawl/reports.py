"""What a crawl reports: per-site counts and errors, where the time went, the run's summary, progress events."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from telisik.errors import EXIT_ATTENTION, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK


@dataclass
class SiteReport:
    """What one crawl did to one site. `error` set: the site could not be crawled at all."""

    name: str
    discovered: int = 0  # distinct on-site article URLs found
    new: int = 0  # of those, not archived yet (and selected within the limit)
    archived: int = 0  # stored as new or updated
    unchanged: int = 0  # refreshed and found identical
    failed: int = 0  # article URLs that could not be fetched/extracted/stored
    not_articles: int = 0
    skipped_robots: int = 0
    refused: int = 0  # discovered off-site / private / non-http URLs not followed
    over_limit: int = 0  # new URLs left for the next run by max-articles
    filtered: int = (
        0  # on-site entries skipped by --since or the site's patterns (remembered for a wider run)
    )
    requests: int = 0
    not_modified: int = 0  # discovery sources answering 304
    article_requests: int = 0
    rechecked: int = 0  # archived articles re-checked (answered: 304, 200 or a removal signal)
    recheck_requests: int = 0
    recheck_not_modified: int = 0  # re-checks answered 304
    recheck_failed: int = 0  # re-checks that got no answer that counts (403, 429, 5xx, timeouts)
    edited: int = 0  # re-checks that stored a new version
    removed: int = 0  # removals confirmed this run (seen twice, on two runs)
    suspected: int = 0  # removals seen for the first time: confirmed (or not) by the next run
    restored: int = 0  # articles recorded as removed that answer again
    recheck_left: int = 0  # due re-checks left for the next run by max-rechecks
    blocked: int = 0  # responses that look like a block: 403, or a challenge page instead of content
    blocked_reason: str | None = None
    attention: str | None = None  # why the site needs attention (failing, blocked or silent for N runs)
    error: str | None = None
    errors: list[str] = field(default_factory=list)  # one line per failed URL
    status: str = "pending"  # pending | running | done | failed | interrupted
    elapsed: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items()}
        data["elapsed"] = round(self.elapsed, 3)
        return data


@dataclass
class CrawlStats:
    """Where the run's time went, in CPU seconds: each part measured on the thread doing it
    (time.thread_time), the total for the whole process; `fetch_cpu` is the rest (network, HTTP parsing,
    event loop), since fetching overlaps everything else."""

    extract_cpu: float = 0.0
    store_cpu: float = 0.0
    discover_cpu: float = 0.0
    total_cpu: float = 0.0
    wall: float = 0.0
    requests: int = 0
    article_requests: int = 0
    recheck_requests: int = 0
    bytes_received: int = 0
    articles_stored: int = 0

    @property
    def fetch_cpu(self) -> float:
        return max(0.0, self.total_cpu - self.extract_cpu - self.store_cpu - self.discover_cpu)

    def to_dict(self) -> dict[str, Any]:
        data = {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}
        data["fetch_cpu"] = round(self.fetch_cpu, 4)
        return data


@dataclass
class RunSummary:
    sites: list[SiteReport]
    stats: CrawlStats
    started_at: str
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if any(r.error for r in self.sites):
            return EXIT_FAILED
        return EXIT_ATTENTION if any(r.attention for r in self.sites) else EXIT_OK

    def totals(self) -> dict[str, int]:
        keys = (
            "discovered",
            "new",
            "archived",
            "unchanged",
            "failed",
            "not_articles",
            "requests",
            "rechecked",
            "edited",
            "removed",
            "restored",
        )
        return {k: sum(getattr(r, k) for r in self.sites) for k in keys}

    def to_dict(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at,
            "interrupted": self.interrupted,
            "exit_code": self.exit_code,
            "sites": [r.to_dict() for r in self.sites],
            "totals": {
                **self.totals(),
                "sites": len(self.sites),
                "sites_failed": sum(bool(r.error) for r in self.sites),
                "sites_attention": sum(bool(r.attention) for r in self.sites),
            },
            "stats": self.stats.to_dict(),
        }


class Progress:
    """Receives crawl events (the CLI renders them); the default does nothing."""

    def update(self, report: SiteReport) -> None:
        pass

    def error(self, report: SiteReport, message: str) -> None:
        pass

    def done(self, report: SiteReport) -> None:
        pass


class _Timer:
    """Adds the CPU time of a block to one CrawlStats attribute (this thread's only: extraction runs on
    worker threads at the same time)."""

    def __init__(self, stats: CrawlStats, attr: str) -> None:
        self.stats, self.attr = stats, attr

    def __enter__(self) -> None:
        self.start = time.thread_time()

    def __exit__(self, *exc_info) -> None:
        setattr(self.stats, self.attr, getattr(self.stats, self.attr) + time.thread_time() - self.start)
