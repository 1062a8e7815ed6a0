"""Which archived articles a crawl re-checks, and when: a decaying schedule after publication.

An article is re-checked when one of the schedule's points (by default 1 h, 6 h, 1 d, 3 d, 7 d and 30 d after
publication, or after it was first seen when it has no date) has passed since it was last checked — so a
nightly crawl looks at a new article the next night, then about 3, 7 and 30 days after it appeared: most
edits and take-downs happen in the first days. Besides, every run re-checks an article a previous run saw
removed once (a removal counts only when confirmed by a later run), and looks at articles recorded as
removed once a week (to see one come back). `crawl --refresh-days N` re-checks every article published in
the last N days, due or not. At most `max_rechecks` per site per run, the most urgent first (confirmations,
then the newest articles), so a nightly crawl stays polite; the rest waits for the next run.

Re-checks are conditional requests (the ETag/Last-Modified of the stored capture): an unchanged article
costs one 304. `SiteRechecks` runs the protocol for one site's crawl (`telisik.crawl.site` drives it): what
each answer means, and what it records.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from telisik.archive import watch
from telisik.crawl.health import challenge_reason
from telisik.fetch import FetchError
from telisik.removal import REMOVED_STATUSES, redirect_away_reason, soft_404_reason
from telisik.times import as_utc, iso, now_iso, parse_iso
from telisik.urls import site_of

if TYPE_CHECKING:
    from telisik.archive import Archive, StoreResult
    from telisik.article import Article, Capture
    from telisik.crawl.options import CrawlOptions
    from telisik.crawl.reports import SiteReport
    from telisik.crawl.sites import Site
    from telisik.crawl.sources import SiteRequests

DEFAULT_SCHEDULE = (3600, 6 * 3600, 86400, 3 * 86400, 7 * 86400, 30 * 86400)  # seconds after publication
DEFAULT_MAX_RECHECKS = 200  # per site per run
REMOVED_RECHECK_EVERY = 7 * 86400  # an article recorded as removed is looked at again weekly
_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_POINT = re.compile(r"(\d+)\s*([mhdw])")


class ScheduleError(ValueError):
    """A re-check schedule that cannot be read."""


def parse_schedule(text: str) -> list[int]:
    """`1h,6h,1d,3d,7d,30d` -> seconds, sorted; `none` (or `off`) -> [] (no re-checks). Raises ScheduleError."""
    text = text.strip().lower()
    if text in ("none", "off", "0", ""):
        return []
    points = []
    for part in text.split(","):
        found = _POINT.fullmatch(part.strip())
        if not found or int(found.group(1)) == 0:
            raise ScheduleError(
                f"bad re-check point {part.strip()!r}: use a number and m, h, d or w, e.g. 1h,6h,1d,3d,7d,30d"
            )
        points.append(int(found.group(1)) * _UNITS[found.group(2)])
    return sorted(set(points))


def format_schedule(points: Iterable[int] | None) -> str:
    """Seconds -> `1h,6h,1d` (None: the default schedule)."""
    chosen = DEFAULT_SCHEDULE if points is None else list(points)
    if not chosen:
        return "none"
    parts = []
    for seconds in chosen:
        for unit in ("d", "h", "m"):
            if seconds % _UNITS[unit] == 0:
                parts.append(f"{seconds // _UNITS[unit]}{unit}")
                break
        else:
            parts.append(f"{max(1, seconds // 60)}m")
    return ",".join(parts)


@dataclass
class Due:
    """An archived article to re-check this run."""

    article_id: int
    url: str
    etag: str | None
    last_modified: str | None
    priority: tuple[int, float]  # smaller first
    removed: bool
    suspect: bool


def window_start(schedule: list[int], now: datetime, refresh_days: int | None) -> datetime:
    """The oldest publication date a re-check can concern (the last schedule point, or --refresh-days)."""
    span = max([*schedule, 0]) + 86400
    if refresh_days:
        span = max(span, refresh_days * 86400)
    return now - timedelta(seconds=span)


def due_rechecks(
    rows: Iterable[dict[str, Any]],
    schedule: list[int],
    now: datetime,
    *,
    refresh_days: int | None = None,
) -> list[Due]:
    """The rows (`telisik.archive.watch.recheck_rows`) due for a re-check at `now`, most urgent first."""
    found = []
    refresh_from = now - timedelta(days=refresh_days) if refresh_days else None
    for row in rows:
        url = row.get("url") or row.get("fetched_url")
        if not url:
            continue
        born = _instant(row.get("published_utc")) or _instant(row.get("first_seen_at"))
        checked = _instant(row.get("last_checked_at")) or _instant(row.get("first_seen_at"))
        suspect = row.get("suspect_since") is not None
        removed = row.get("removed_since") is not None
        age = (now - born).total_seconds() if born else None
        if suspect:
            rank = 0
        elif refresh_from is not None and born is not None and born >= refresh_from:
            rank = 1
        elif removed:
            rank = 2 if checked is None or (now - checked).total_seconds() >= REMOVED_RECHECK_EVERY else -1
        else:
            rank = 1 if _point_passed_since(schedule, born, checked, now) else -1
        if rank < 0:
            continue
        found.append(
            Due(
                row["id"],
                url,
                row.get("etag"),
                row.get("last_modified"),
                (rank, age if age is not None else float("inf")),
                removed,
                suspect,
            )
        )
    return sorted(found, key=lambda d: d.priority)


def _point_passed_since(
    schedule: list[int], born: datetime | None, checked: datetime | None, now: datetime
) -> bool:
    """A schedule point lies between the last check and now."""
    if born is None:
        return False
    for seconds in schedule:
        point = born + timedelta(seconds=seconds)
        if point <= now and (checked is None or checked < point):
            return True
    return False


def _instant(text: str | None) -> datetime | None:
    value = parse_iso(text)
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return as_utc(value)


def recheck_limit(due: int, max_rechecks: int | None, refresh_days: int | None) -> int:
    """How many of `due` re-checks this run makes: `max_rechecks`, else every one when `--refresh-days` is
    given alone (it always meant every article of those days), else DEFAULT_MAX_RECHECKS."""
    if max_rechecks is not None:
        return max_rechecks
    return due if refresh_days else DEFAULT_MAX_RECHECKS


class SiteRechecks:
    """The re-check protocol of one site's crawl: which archived articles are due this run, and what each
    answer means (unchanged, edited, removed, back).

    It shares the crawl's archive, requests and report, and borrows the crawler's extraction, storing and
    error notes (`SiteCrawler` passes them), so an edited article is joined and stored exactly as a new one
    is, and every count lands in the site's one report."""

    def __init__(
        self,
        db: Archive,
        site: Site,
        hosts: list[str],
        options: CrawlOptions,
        requests: SiteRequests,
        report: SiteReport,
        *,
        run_id: str,
        allowed: Callable[[str], bool],
        extract: Callable[[str, Capture], Awaitable[Article | None]],
        store: Callable[[str, Capture, Article], Awaitable[StoreResult | None]],
        note_error: Callable[[str], None],
        note_challenge: Callable[[Capture], None],
    ) -> None:
        self.db = db
        self.site = site
        self.hosts = hosts
        self.options = options
        self.requests = requests
        self.report = report
        self.run_id = run_id
        self.allowed = allowed  # robots.txt as the crawl read it: asked late, it is read after this is made
        self.extract = extract  # None when extraction failed (the crawler noted why)
        self.store = store
        self.note_error = note_error
        self.note_challenge = note_challenge

    @property
    def schedule(self) -> list[int]:
        """The run's `--recheck` schedule, else the site's own, else DEFAULT_SCHEDULE."""
        if self.options.recheck is not None:
            return self.options.recheck
        return list(self.site.recheck if self.site.recheck is not None else DEFAULT_SCHEDULE)

    def due_rechecks(self, exclude: set[str]) -> list[Due]:
        """Archived articles of this site to re-check this run, at most `max_rechecks` (`recheck_limit`),
        minus the URLs this run fetched anyway; the rest waits for the next run."""
        now = datetime.now(timezone.utc)
        start = window_start(self.schedule, now, self.options.refresh_days)
        hosts = {site_of(f"http://{h}/") for h in self.hosts}
        rows = watch.recheck_rows(self.db, hosts, iso(start) or "")
        due = [
            d
            for d in due_rechecks(rows, self.schedule, now, refresh_days=self.options.refresh_days)
            if d.url not in exclude and self.allowed(d.url)
        ]
        limit = recheck_limit(len(due), self.options.max_rechecks, self.options.refresh_days)
        self.report.recheck_left = max(0, len(due) - limit)
        return due[:limit]

    async def recheck_one(self, due: Due) -> None:
        """Re-check an archived article (conditional request): unchanged, edited (a new version), removed
        (seen once: suspected; seen again on a later run: recorded) or back. The stored text is never touched
        by a removal; 403/429/5xx/timeouts say nothing either way."""
        at = now_iso()
        try:
            first = await self.requests.get(
                due.url, kind="recheck", etag=due.etag, last_modified=due.last_modified
            )
        except FetchError as error:
            if error.status in REMOVED_STATUSES:
                self.report.rechecked += 1
                self.removal_seen(due, at, error.reason)
            else:
                self.report.recheck_failed += 1
                self.note_error(f"{due.url}: re-check failed: {error.reason}")
            return
        self.report.rechecked += 1
        if first.status == 304:
            self.report.recheck_not_modified += 1
            self.report.unchanged += 1
            self.still_there(due, at)
            return
        article = await self.extract(due.url, first)
        if article is None:
            return
        if challenge_reason(first):
            self.note_challenge(first)
            return
        gone = redirect_away_reason(due.url, first, article, [self.site.url, *self.site.sections])
        gone = gone or soft_404_reason(article)
        if gone:
            self.removal_seen(due, at, gone)
            return
        self.still_there(due, at)
        watch.note_validators(
            self.db, due.article_id, first.headers.get("etag"), first.headers.get("last-modified")
        )
        result = await self.store(due.url, first, article)
        if result is not None and result.status == "updated" and not result.historical:
            self.report.edited += 1

    def still_there(self, due: Due, at: str) -> None:
        """The article answered: checked now, and back if it was recorded as removed."""
        watch.note_checked(self.db, due.article_id, at)
        if watch.note_present(self.db, due.article_id, at):
            self.report.restored += 1
            self.note_error(f"{due.url}: restored: answers again after being recorded as removed")

    def removal_seen(self, due: Due, at: str, reason: str) -> None:
        """A removal signal: suspected the first time, recorded as removed when a later run sees it again."""
        watch.note_checked(self.db, due.article_id, at)
        seen = watch.note_removal(self.db, due.article_id, at, reason, run=self.run_id)
        if seen == "removed":
            self.report.removed += 1
            self.note_error(f"{due.url}: removed: {reason}")
        elif seen == "suspect":
            self.report.suspected += 1
