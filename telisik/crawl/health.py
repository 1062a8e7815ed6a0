"""Each site's health, from the per-run history the crawl keeps (`site_runs`): what `telisik sites list` shows
and what flags a site in the cron summary.

- blocked: 403s, or a bot challenge page (Cloudflare, DDoS-Guard, Sucuri, a captcha) where articles should
  be, made the run fail or were at least half of its answers — a block looks the same on every site that uses
  these services;
- failing: the run could not crawl the site at all (robots.txt or every discovery source failed);
- silent: the run completed but found no new article.
A site failing, blocked or silent for `attention_runs` runs in a row (3 by default) needs attention: the crawl
says so in its summary and exits with EXIT_ATTENTION (4).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from telisik.archive.watch import record_site_run, site_article_stats, site_runs
from telisik.times import as_utc, iso, parse_iso
from telisik.urls import site_of

if TYPE_CHECKING:
    from telisik.archive import Archive, Reader
    from telisik.article import Capture
    from telisik.crawl.reports import SiteReport
    from telisik.crawl.sites import Site

_CHALLENGE = re.compile(
    rb"<title>\s*(?:just a moment\.*|attention required!?[^<]*cloudflare|ddos-guard|"
    rb"checking your browser[^<]*|access denied[^<]*|sucuri website firewall[^<]*|captcha[^<]*)\s*</title>"
    rb"|challenge-platform|cf-chl-|/cdn-cgi/challenge|g-recaptcha|h-captcha",
    re.IGNORECASE,
)
CHALLENGE_SCAN_BYTES = 64 * 1024  # challenge pages are small; an article mentioning "captcha" is long


def challenge_reason(capture: Capture) -> str | None:
    """Why a 200 response looks like a bot challenge instead of the page asked for, or None."""
    content = capture.content or b""
    if len(content) > CHALLENGE_SCAN_BYTES:
        return None
    found = _CHALLENGE.search(content)
    if not found:
        return None
    return f"a challenge page instead of content ({found.group(0)[:40].decode('utf-8', 'replace')})"


def run_row(report: SiteReport, started_at: str, finished_at: str) -> dict[str, Any]:
    """The `site_runs` row of one site's crawl."""
    new_articles = max(0, report.archived - report.edited)
    return {
        "started_at": started_at,
        "finished_at": finished_at,
        "status": report.status,
        "error": report.error,
        "new_articles": new_articles,
        "edited": report.edited,
        "removed": report.removed,
        "failed": report.failed,
        "requests": report.requests,
        "blocked": report.blocked,
        "blocked_reason": report.blocked_reason,
    }


def run_state(run: dict[str, Any]) -> str:
    """ "failing", "blocked", "silent" or "ok" for one `site_runs` row."""
    if run["status"] not in ("done", "failed"):
        return "interrupted"
    if looks_blocked(run):
        return "blocked"
    if run["status"] == "failed":
        return "failing"
    return "ok" if run["new_articles"] else "silent"


def looks_blocked(run: dict[str, Any]) -> bool:
    """Blocks (403s, challenge pages) made the run fail, or were at least half of its answers: one article
    refused among many is not a blocked site."""
    blocked = run["blocked"] or 0
    return bool(blocked) and (run["status"] == "failed" or 2 * blocked >= (run["requests"] or 0))


def attention_reason(runs: list[dict[str, Any]], attention_runs: int) -> str | None:
    """Why the site needs attention, from its runs (newest first), or None."""
    states = [run_state(r) for r in runs if run_state(r) != "interrupted"][: max(1, attention_runs)]
    if len(states) < attention_runs or "ok" in states:
        return None
    if all(s in ("failing", "blocked") for s in states):
        kind = "blocked" if "blocked" in states else "failing"
        last = next((r for r in runs if r["error"] or r["blocked_reason"]), runs[0])
        why = last["error"] or last["blocked_reason"] or ""
        return f"{kind} for {len(states)} runs" + (f": {why}" if why else "")
    return f"no new article for {len(states)} runs"


def save_run(db: Archive, site: Site, report: SiteReport, started_at: str, attention_runs: int) -> None:
    """Keep this run in the site's history and set `report.attention` from the history."""
    finished = iso(datetime.now(timezone.utc)) or started_at
    record_site_run(db, site.id or 0, run_row(report, started_at, finished))
    report.attention = attention_reason(site_runs(db, site.id or 0, attention_runs + 5), attention_runs)


def failures_in_a_row(runs: list[dict[str, Any]]) -> tuple[int, str | None]:
    """How many of the latest runs failed (or were blocked) in a row, and the last reason."""
    count, reason = 0, None
    for run in runs:
        state = run_state(run)
        if state == "interrupted":
            continue
        if state not in ("failing", "blocked"):
            break
        count += 1
        reason = reason or run["error"] or run["blocked_reason"]
    return count, reason


def site_health(
    db: Reader, site: Site, *, attention_runs: int = 3, now: datetime | None = None
) -> dict[str, Any]:
    """What `telisik sites list` shows for a site (JSON-ready)."""
    now = now or datetime.now(timezone.utc)
    runs = site_runs(db, site.id or 0, 60)
    hosts = [site_of(f"http://{h}/") for h in site.hosts]  # as `articles.site` holds them
    stats = site_article_stats(
        db,
        site.id or 0,
        hosts,
        week=iso(now - timedelta(days=7)) or "",
        month=iso(now - timedelta(days=30)) or "",
    )
    failures, reason = failures_in_a_row(runs)
    last_new = parse_iso(stats["last_new_at"])
    silent_days = (as_utc(now) - as_utc(last_new)).days if last_new else None
    last = runs[0] if runs else None
    return {
        "last_success_at": site.last_success_at,
        "last_new_article_at": stats["last_new_at"],
        "silent_days": silent_days,
        "articles_7_days": stats["last_7_days"],
        "articles_30_days": stats["last_30_days"],
        "removed": stats["removed"],
        "failures_in_a_row": failures,
        "last_failure": reason,
        "blocked": bool(last and run_state(last) == "blocked"),
        "blocked_reason": last["blocked_reason"] if last else None,
        "runs": len(runs),
        "attention": attention_reason(runs, attention_runs),
    }
