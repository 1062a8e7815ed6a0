"""Re-extraction: run the current extractor over the raw pages the archive kept, without touching the network.

This is how a parser improvement reaches a whole archive. Each article's stored captures (first page and
further pages) go through `telisik.archiver.build_article` again, exactly as at fetch time, and
`telisik.archive.update_extraction` writes the fields back (recording the parser version) and says whether
anything changed. Re-extraction never creates a version: versions record what the *site* served.

Extraction is CPU-bound (an lxml parse plus scoring per page), so large runs spread it over worker processes:
the parent reads captures and writes results (SQLite stays single-writer), workers only extract.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telisik import archiver
from telisik.archive import batched_writes, iter_articles, update_extraction
from telisik.archive import count_articles as count_stored
from telisik.article import Article, Capture
from telisik.errors import ExtractionError
from telisik.extract import PARSER_VERSION
from telisik.extract.siterules import rules_for

if TYPE_CHECKING:
    from telisik.archive import Archive
    from telisik.extract.siterules import SiteRules

# Below this many articles a worker pool costs more (process start-up, imports) than it saves.
POOL_THRESHOLD = 200
# Articles handed to a worker at a time: large enough to amortise pickling, small enough to bound memory.
CHUNK_SIZE = 32
MAX_REPORTED_ERRORS = 20  # failures listed by reason; all are counted


@dataclass
class ReparseSummary:
    """What a reparse run did; `changed` counts articles whose stored fields differ after re-extraction."""

    total: int = 0
    reextracted: int = 0
    changed: int = 0
    skipped: int = 0  # no raw HTML kept for the article
    failed: int = 0
    not_articles: int = 0  # re-decided as pages that are not articles (`telisik prune --non-articles`)
    errors: list[str] = field(default_factory=list)  # the first MAX_REPORTED_ERRORS failures, with reasons
    parser_version: str | None = None
    seconds: float = 0.0
    changed_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data.pop("changed_ids")
        data["seconds"] = round(self.seconds, 3)
        return data

    @property
    def rate(self) -> float:
        return self.reextracted / self.seconds if self.seconds > 0 else 0.0


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def reparse_archive(
    db: Archive,
    *,
    site: str | None = None,
    since: str | None = None,
    rules_by_host: dict[str, SiteRules] | None = None,
    workers: int | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> ReparseSummary:
    """Re-extract every stored article (optionally of one site, or published since a date) and store the
    results. `on_start(total)` is called once the work is counted, `on_progress(n)` after every n articles."""
    started = time.perf_counter()
    total = count_articles(db, site=site, since=since)
    summary = ReparseSummary(total=total, parser_version=PARSER_VERSION)
    if on_start is not None:
        on_start(total)
    workers = default_workers() if workers is None else max(1, workers)
    jobs = _load_jobs(db, site, since, summary, on_progress)
    if workers > 1 and total >= POOL_THRESHOLD:
        results = _extract_in_pool(jobs, rules_by_host, workers)
    else:
        results = (extract_job(job, rules_by_host) for job in jobs)
    # One commit per batch instead of per article: each article stays all-or-nothing (see batched_writes).
    with batched_writes(db) as done:
        for article_id, article in results:
            _apply(db, article_id, article, summary)
            done()
            if on_progress is not None:
                on_progress(1)
    summary.seconds = time.perf_counter() - started
    return summary


def count_articles(db: Archive, *, site: str | None = None, since: str | None = None) -> int:
    """How many articles a reparse with these filters goes over (for the progress bar)."""
    return count_stored(db, site=site, since=since)


Job = tuple[int, list[Capture]]


def _load_jobs(
    db: Archive,
    site: str | None,
    since: str | None,
    summary: ReparseSummary,
    on_progress: Callable[[int], None] | None,
) -> Iterator[Job]:
    """(article id, captures) for each selected article that kept its raw HTML; others count as skipped.

    The store streams in id-ordered batches, so updating rows while this runs is safe.
    """
    for stored in iter_articles(db, site=site, since=since, with_capture=True):
        if stored.capture is None:
            summary.skipped += 1
            if on_progress is not None:
                on_progress(1)
            continue
        yield stored.id, [stored.capture, *stored.extra_captures]


def extract_job(job: Job, rules_by_host: dict[str, SiteRules] | None) -> tuple[int, Article | str]:
    """Re-extract one article from its captures; the reason when extraction failed. Runs in workers too."""
    article_id, captures = job
    rules = None
    if rules_by_host:
        rules = rules_for(captures[0].final_url, rules_by_host)
    try:
        article = archiver.build_article(
            captures[0], captures[1:], rules=rules
        )  # looked up now: tests replace it
    except ExtractionError as exc:  # one bad page must not stop a run over the whole archive
        return article_id, exc.reason
    except Exception as exc:  # noqa: BLE001 - joining the pages, not the extractor, crashed
        return article_id, ExtractionError.wrapping(exc).reason
    # The parent has the captures already; do not ship the raw bytes back through the pipe.
    article.capture = None
    article.extra_captures = []
    return article_id, article


def _extract_chunk(
    jobs: list[Job], rules_by_host: dict[str, SiteRules] | None
) -> list[tuple[int, Article | str]]:
    return [extract_job(job, rules_by_host) for job in jobs]


def _extract_in_pool(
    jobs: Iterable[Job], rules_by_host: dict[str, SiteRules] | None, workers: int
) -> Iterator[tuple[int, Article | str]]:
    """Extract chunks of jobs in worker processes, in order, with at most 2 chunks in flight per worker."""
    # spawn, not fork: forking a process that holds an SQLite connection (and maybe threads) is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        in_flight = []
        for chunk in _chunks(jobs, CHUNK_SIZE):
            in_flight.append(pool.submit(_extract_chunk, chunk, rules_by_host))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.pop(0).result()
        for future in in_flight:
            yield from future.result()


def _chunks(items: Iterable[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _apply(db: Archive, article_id: int, article: Article | str, summary: ReparseSummary) -> None:
    if isinstance(article, str):
        summary.failed += 1
        if len(summary.errors) < MAX_REPORTED_ERRORS:
            summary.errors.append(f"article {article_id}: {article}")
        return
    summary.reextracted += 1
    summary.not_articles += article.kind != "article"
    if update_extraction(db, article_id, article):
        summary.changed += 1
        summary.changed_ids.append(article_id)
