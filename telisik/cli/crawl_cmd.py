"""`telisik crawl` and `telisik sites`: thin click wrappers around telisik.crawl and telisik.crawl.sites.

Exit status of `crawl`: 0 done (single articles that failed are reported, they do not fail the run), 1 a site
could not be crawled at all (or the archive cannot be opened), 2 usage error, 3 another crawl is already
running on this archive, 4 done but some sites need attention, 130 interrupted (Ctrl-C / SIGTERM; what was archived so far is kept).
"""

from __future__ import annotations

import json
import sys
import time

import click

from telisik.cli.common import (
    csv_raw_option,
    db_option,
    emit_records,
    fail,
    format_option,
    load_rules,
    open_archive,
    open_archive_reader,
    resolve_db_path,
    rules_option,
    safe,
    shown,
    since_option,
)
from telisik.cli.limits import limits_from, max_size_option, timeout_option
from telisik.cli.numbers import MAX_DAYS, MAX_WORKERS, count, seconds
from telisik.crawl.health import site_health
from telisik.crawl.recheck import ScheduleError, format_schedule, parse_schedule
from telisik.crawl.reports import Progress, SiteReport
from telisik.crawl.run import AlreadyRunning, CrawlLock, CrawlOptions, run_crawl
from telisik.crawl.sites import SiteError, add_site, get_site, list_sites, remove_site, set_site_recheck
from telisik.errors import EXIT_INTERRUPTED, EXIT_USAGE

MAX_ERROR_LINES_PER_SITE = 20  # more would drown a cron mail; the count is in the summary


def _schedule(ctx: click.Context, param: click.Parameter, value: str | None) -> list[int] | str | None:
    if value is None:
        return None
    if value.strip().lower() == "default" and ctx.info_name == "set":
        return "default"
    try:
        return parse_schedule(value)
    except ScheduleError as exc:
        raise click.BadParameter(str(exc)) from None


def recheck_option(help: str):
    return click.option("--recheck", metavar="SCHEDULE", callback=_schedule, help=help)


# ---------------------------------------------------------------------------------------------------------
# sites


@click.group()
def sites() -> None:
    """Add, list and remove the sites that `telisik crawl` archives.

    \b
    Examples:
      telisik sites add https://blora.telisikfakta.com
      telisik sites add https://example.com --feed https://example.com/rss --delay 2 --exclude '/video/'
      telisik sites list --format json
      telisik sites set blora.telisikfakta.com --recheck 6h,1d,7d,30d
      telisik sites remove blora.telisikfakta.com
    """


@sites.command("add")
@click.argument("url")
@click.option("--name", help="Short name for the site (default: its host).")
@click.option(
    "--feed", "feeds", multiple=True, metavar="URL", help="RSS/Atom feed (repeatable). Default: found."
)
@click.option(
    "--sitemap",
    "sitemaps",
    multiple=True,
    metavar="URL",
    help="Sitemap or sitemap index (repeatable). Default: robots.txt Sitemap: lines or /sitemap.xml.",
)
@click.option(
    "--section",
    "sections",
    multiple=True,
    metavar="URL",
    help="Section page whose article links are followed every run (repeatable); the home page always is.",
)
@click.option(
    "--delay",
    type=seconds(),
    metavar="SECONDS",
    help="Seconds between requests to this site (default 1, or robots.txt Crawl-delay if larger).",
)
@click.option("--max-articles", type=count(), metavar="N", help="Most new articles per run (default 200).")
@click.option(
    "--include", multiple=True, metavar="REGEX", help="Only archive URLs matching this regex (repeatable)."
)
@click.option(
    "--exclude", multiple=True, metavar="REGEX", help="Never archive URLs matching this regex (repeatable)."
)
@recheck_option("Re-check schedule after publication (default 1h,6h,1d,3d,7d,30d; 'none': never).")
@db_option
def sites_add(
    url, name, feeds, sitemaps, sections, delay, max_articles, include, exclude, recheck, db_path
) -> None:
    """Add the site at URL to the nightly crawl."""

    db = open_archive(db_path)
    try:
        site = add_site(
            db,
            url,
            name=name,
            feeds=feeds,
            sitemaps=sitemaps,
            sections=sections,
            delay=delay,
            max_articles=max_articles,
            include=include,
            exclude=exclude,
            recheck=recheck,
        )
    except SiteError as exc:
        fail(str(exc), EXIT_USAGE)
    click.echo(f"added {safe(site.name)} ({safe(site.url)})")


@sites.command("list")
@format_option("table", "json", "jsonl", "csv", default="table")
@click.option(
    "--attention-runs",
    type=count(1, 10_000),
    default=3,
    show_default=True,
    metavar="N",
    help="Flag a site failing, blocked or silent for N runs in a row.",
)
@csv_raw_option
@db_option
def sites_list(output_format, attention_runs, csv_raw, db_path) -> None:
    """List the configured sites and their health: last successful crawl, last new article, articles in the
    last 7 and 30 days, failures in a row (with the last reason), whether the site looks blocked."""

    db = open_archive_reader(db_path)
    rows = []
    for site in list_sites(db):
        record = site.to_dict()
        record["recheck"] = format_schedule(site.recheck)
        record.update(site_health(db, site, attention_runs=attention_runs))
        rows.append(record)
    if output_format != "table":
        emit_records(rows, output_format, csv_raw=csv_raw)
        return
    if not rows:
        click.echo("no sites configured; add one with: telisik sites add URL", err=True)
        return
    header = ("NAME", "ARTICLES", "7D", "30D", "LAST SUCCESS", "LAST NEW", "FAILURES", "STATE")
    table = [header] + [_health_cells(r) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _health_cells(r: dict) -> tuple[str, ...]:
    """One `sites list` row: counts, dates, failures in a row and what needs attention."""
    if r["silent_days"] is None:
        last_new = "never"
    else:
        last_new = "today" if r["silent_days"] == 0 else f"silent for {r['silent_days']} days"
    failures = str(r["failures_in_a_row"])
    if r["failures_in_a_row"] and r["last_failure"]:
        failures += f" ({safe(r['last_failure'])[:50]})"
    state = "blocked?" if r["blocked"] else "ok"
    if r["attention"]:
        state = f"ATTENTION: {safe(r['attention'])[:70]}"
    elif not r["runs"]:
        state = "not crawled yet"
    return (
        safe(r["name"]),
        str(r["articles_archived"]),
        str(r["articles_7_days"]),
        str(r["articles_30_days"]),
        safe((r["last_success_at"] or "never")[:16].replace("T", " ")),
        last_new,
        failures,
        state,
    )


@sites.command("set")
@click.argument("name_or_url")
@recheck_option("New re-check schedule after publication (e.g. 6h,2d,14d; 'none': never; 'default').")
@db_option
def sites_set(name_or_url, recheck, db_path) -> None:
    """Change a configured site's settings (for now its re-check schedule)."""

    db = open_archive(db_path)
    site = get_site(db, name_or_url)
    if site is None:
        fail(f"no site named {name_or_url!r} (see: telisik sites list)", EXIT_USAGE)
    if recheck is None:
        fail("nothing to change: give --recheck SCHEDULE", EXIT_USAGE)
    set_site_recheck(db, site.id or 0, None if recheck == "default" else recheck)
    click.echo(
        f"{safe(site.name)}: re-checks at {format_schedule(None if recheck == 'default' else recheck)}"
    )


@sites.command("remove")
@click.argument("name_or_url")
@db_option
def sites_remove(name_or_url, db_path) -> None:
    """Remove a site from the crawl (its archived articles stay).

    Refused (exit 3) while a crawl runs on the archive: the crawl's state of the site would vanish under it.
    """

    path = resolve_db_path(db_path)
    try:
        db = open_archive(db_path, create=False)  # "no archive at PATH" before any lock file is made
        with CrawlLock(path):  # AlreadyRunning: see cli.main
            site = remove_site(db, name_or_url)
    except SiteError as exc:
        fail(str(exc), EXIT_USAGE)
    except AlreadyRunning as exc:
        fail(f"{exc.reason}; remove the site when it has ended", exc.exit_code)
    click.echo(f"removed {safe(site.name)}")


# ---------------------------------------------------------------------------------------------------------
# crawl


class _Printer(Progress):
    """Renders crawl events: a live status line on a terminal, plain error lines (stderr) otherwise."""

    def __init__(self, live: bool) -> None:
        self.live = live
        self.active: dict[str, SiteReport] = {}
        self.errors: dict[str, int] = {}
        self.last_draw = 0.0

    def update(self, report) -> None:
        if not self.live:
            return
        self.active[report.name] = report
        now = time.monotonic()
        if now - self.last_draw >= 0.1:
            self.last_draw = now
            self._draw()

    def error(self, report, message: str) -> None:
        count = self.errors[report.name] = self.errors.get(report.name, 0) + 1
        if count > MAX_ERROR_LINES_PER_SITE:
            return
        self._clear()
        suffix = " (further errors of this site not shown)" if count == MAX_ERROR_LINES_PER_SITE else ""
        click.echo(f"telisik: {safe(report.name)}: {shown(message)}{suffix}", err=True)
        self._draw()

    def done(self, report) -> None:
        self.active.pop(report.name, None)
        if self.live:
            self._clear()
            click.echo(_site_line(report), err=True)
            self._draw()

    def _draw(self) -> None:
        if not self.live or not self.active:
            return
        parts = [
            f"{safe(r.name)} {r.discovered}d/{r.new}n/{r.archived}a/{r.failed}f" for r in self.active.values()
        ]
        line = " | ".join(parts)
        width = 119
        sys.stderr.write("\r\x1b[K" + (line if len(line) <= width else line[: width - 1] + "…"))
        sys.stderr.flush()

    def _clear(self) -> None:
        if self.live:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _site_line(report) -> str:
    if report.error:
        attention = (
            f"\n{safe(report.name)}: NEEDS ATTENTION: {safe(report.attention)}" if report.attention else ""
        )
        return f"{safe(report.name)}: FAILED: {safe(report.error)}{attention}"
    text = (
        f"{safe(report.name)}: {report.discovered} discovered, {report.new} new, {report.archived} archived, "
        f"{report.failed} failed"
    )
    extras = []
    if report.rechecked or report.recheck_failed:
        extras.append(
            f"{report.rechecked} re-checked ({report.recheck_not_modified} not modified): {report.edited} edited, "
            f"{report.removed} removed" + (f", {report.restored} restored" if report.restored else "")
        )
    if report.suspected:
        extras.append(f"{report.suspected} seen gone once (checked again next run)")
    if report.recheck_left:
        extras.append(f"{report.recheck_left} re-checks left for next run")
    if report.unchanged:
        extras.append(f"{report.unchanged} unchanged")
    if report.over_limit:
        extras.append(f"{report.over_limit} left for next run")
    if report.filtered:
        extras.append(f"{report.filtered} skipped by filters, remembered")
    if report.skipped_robots:
        extras.append(f"{report.skipped_robots} disallowed by robots.txt")
    if report.not_articles:
        extras.append(f"{report.not_articles} not articles skipped")
    requests = f"{report.requests} requests"
    if report.not_modified:
        requests += f" ({report.not_modified} not modified)"
    extras.append(f"{requests}, {report.elapsed:.1f} s")
    if report.status == "interrupted":
        extras.append("interrupted")
    elif report.status == "lost":
        extras.append("taken over by another crawl process")
    line = text + " (" + ", ".join(extras) + ")"
    if report.attention:
        line += f"\n{safe(report.name)}: NEEDS ATTENTION: {safe(report.attention)}"
    return line


@click.command()
@click.argument("site_names", nargs=-1, metavar="[SITE]...")
@click.option(
    "--max-articles",
    type=count(),
    metavar="N",
    help="Most new articles per site this run (default: the site's setting, else 200).",
)
@since_option("Skip feed and sitemap entries dated before this date (or instant).")
@click.option(
    "--refresh-days",
    type=count(1, MAX_DAYS),
    metavar="N",
    help="This run, re-check every article published in the last N days, due or not.",
)
@click.option(
    "--max-rechecks",
    type=count(0),
    metavar="N",
    help="Most archived articles re-checked per site this run (default 200; the rest wait).",
)
@recheck_option("Re-check schedule for every site this run (default: each site's, else 1h,6h,1d,3d,7d,30d).")
@click.option(
    "--attention-runs",
    type=count(1, 10_000),
    default=3,
    show_default=True,
    metavar="N",
    help="Flag a site failing, blocked or silent (no new article) for N runs in a row; exit status 4.",
)
@click.option(
    "--concurrency",
    type=count(1, MAX_WORKERS),
    default=8,
    show_default=True,
    metavar="N",
    help="Sites crawled at once (each site gets at most 2 connections).",
)
@click.option(
    "--delay",
    type=seconds(),
    metavar="SECONDS",
    help="Default seconds between requests to a host (default 1; site settings and Crawl-delay win).",
)
@click.option(
    "--max-sitemap-urls",
    type=count(1),
    default=50_000,
    show_default=True,
    metavar="N",
    help="Most URLs read from one sitemap or feed (the rest of a huge sitemap is not even parsed).",
)
@timeout_option("Seconds allowed per URL, in all: retries and further pages of an article included.")
@max_size_option("Largest page accepted, in MB (feeds and sitemaps: at least 50).")
@rules_option
@format_option("text", "json", default="text")
@db_option
def crawl(
    site_names,
    max_articles,
    since,
    refresh_days,
    max_rechecks,
    recheck,
    attention_runs,
    concurrency,
    delay,
    max_sitemap_urls,
    timeout,
    max_mb,
    rules_paths,
    output_format,
    db_path,
) -> None:
    """Archive every new article of the configured sites (all of them, or the SITEs named).

    Meant for cron: a second crawl started while one runs exits at once with status 3; each article is
    committed as soon as it is stored, so a killed run loses at most one and the next run carries on.
    On a PostgreSQL archive (--db postgresql://...) any number of crawls may run at once, on any hosts:
    they share the sites (each claimed by one crawl, taken over if it dies; TELISIK_CRAWL_LEASE seconds,
    default 30) and keep the per-host delay between them.

    \b
    Exit status: 0 done (failed articles are reported but do not fail the run), 1 a site could not be
    crawled at all, 2 usage error, 3 another crawl is running, 4 done but some sites need attention
    (failing, blocked or silent for --attention-runs runs), 130 interrupted.
    \b
    Example crontab line (every night at 02:30):
      30 2 * * *  telisik crawl --db ~/news.db
    """

    options = CrawlOptions(
        max_articles=max_articles,
        since=since,
        refresh_days=refresh_days,
        max_rechecks=max_rechecks,
        recheck=recheck,
        attention_runs=attention_runs,
        concurrency=concurrency,
        max_urls_per_sitemap=max_sitemap_urls,
        limits=limits_from(timeout, max_mb),
        rules_by_host=load_rules(rules_paths),
    )
    if delay is not None:
        options.default_delay = delay
    path = resolve_db_path(db_path, create=True)
    chosen = None
    if site_names:
        db = open_archive(path)
        chosen = []
        for name in site_names:
            site = get_site(db, name)
            if site is None:
                fail(f"no site named {name!r} (see: telisik sites list)", EXIT_USAGE)
            chosen.append(site)
        db.close()
    printer = _Printer(live=sys.stderr.isatty() and output_format == "text")
    try:
        summary = run_crawl(
            path, chosen, options, progress=printer
        )  # AlreadyRunning, StoreError: see cli.main
    except KeyboardInterrupt:  # before the crawl's own handler was installed (or after it was removed)
        fail("interrupted", EXIT_INTERRUPTED)
    if not summary.sites:
        click.echo("telisik: no sites configured; add one with: telisik sites add URL", err=True)
    if output_format == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        out_err = printer.live  # on a terminal the per-site lines were already shown on stderr
        if not out_err:
            for report in summary.sites:
                click.echo(_site_line(report))
        totals = summary.totals()
        failed_sites = sum(bool(r.error) for r in summary.sites)
        attention = sum(bool(r.attention) for r in summary.sites)
        click.echo(
            f"total: {len(summary.sites)} sites ({failed_sites} failed"
            + (f", {attention} need attention" if attention else "")
            + f"), {totals['discovered']} discovered, "
            f"{totals['new']} new, {totals['archived']} archived, {totals['failed']} failed, "
            f"{totals['rechecked']} re-checked, {totals['edited']} edited, {totals['removed']} removed, "
            f"{totals['not_articles']} not articles, "
            f"{totals['requests']} requests, {summary.stats.wall:.1f} s"
            + (" — interrupted" if summary.interrupted else "")
        )
    click.get_current_context().exit(summary.exit_code)
