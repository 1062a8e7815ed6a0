"""`telisik crawl` and `telisik sites`: thin click wrappers around telisik.crawl and telisik.crawl.sites.

Exit status of `crawl`: 0 done (single articles that failed are reported, they do not fail the run), 1 a site
could not be crawled at all (or the archive cannot be opened), 2 usage error, 3 another crawl is already
running on this archive, 130 interrupted (Ctrl-C / SIGTERM; what was archived so far is kept).
"""

from __future__ import annotations

import json
import sys
import time

import click

from telisik.cli.common import (
    db_option,
    emit_records,
    fail,
    format_option,
    load_rules,
    open_archive,
    resolve_db_path,
    rules_option,
    safe,
    since_option,
)
from telisik.cli.limits import limits_from, max_size_option, timeout_option
from telisik.cli.numbers import MAX_DAYS, MAX_WORKERS, count, seconds
from telisik.crawl.reports import Progress, SiteReport
from telisik.crawl.run import AlreadyRunning, CrawlLock, CrawlOptions, run_crawl
from telisik.crawl.sites import SiteError, add_site, get_site, list_sites, remove_site
from telisik.errors import EXIT_INTERRUPTED, EXIT_USAGE

MAX_ERROR_LINES_PER_SITE = 20  # more would drown a cron mail; the count is in the summary


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
@db_option
def sites_add(url, name, feeds, sitemaps, sections, delay, max_articles, include, exclude, db_path) -> None:
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
        )
    except SiteError as exc:
        fail(str(exc), EXIT_USAGE)
    click.echo(f"added {safe(site.name)} ({safe(site.url)})")


@sites.command("list")
@format_option("table", "json", "jsonl", "csv", default="table")
@db_option
def sites_list(output_format, db_path) -> None:
    """List the configured sites with their last crawl, articles archived and last error."""

    rows = [site.to_dict() for site in list_sites(open_archive(db_path))]
    if output_format != "table":
        emit_records(rows, output_format)
        return
    if not rows:
        click.echo("no sites configured; add one with: telisik sites add URL", err=True)
        return
    header = ("NAME", "URL", "ARTICLES", "LAST CRAWL", "LAST ERROR")
    table = [header] + [
        (
            safe(r["name"]),
            safe(r["url"]),
            str(r["articles_archived"]),
            safe(r["last_crawl_at"] or "never"),
            safe(r["last_error"] or "")[:60],
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


@sites.command("remove")
@click.argument("name_or_url")
@db_option
def sites_remove(name_or_url, db_path) -> None:
    """Remove a site from the crawl (its archived articles stay).

    Refused (exit 3) while a crawl runs on the archive: the crawl's state of the site would vanish under it.
    """

    path = resolve_db_path(db_path)
    try:
        with CrawlLock(path):  # AlreadyRunning: see cli.main
            site = remove_site(open_archive(path), name_or_url)
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
        click.echo(f"telisik: {safe(report.name)}: {safe(message)}{suffix}", err=True)
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
        return f"{safe(report.name)}: FAILED: {safe(report.error)}"
    text = (
        f"{safe(report.name)}: {report.discovered} discovered, {report.new} new, {report.archived} archived, "
        f"{report.failed} failed"
    )
    extras = []
    if report.unchanged:
        extras.append(f"{report.unchanged} unchanged")
    if report.over_limit:
        extras.append(f"{report.over_limit} left for next run")
    if report.filtered:
        extras.append(f"{report.filtered} skipped by filters, remembered")
    if report.skipped_robots:
        extras.append(f"{report.skipped_robots} disallowed by robots.txt")
    requests = f"{report.requests} requests"
    if report.not_modified:
        requests += f" ({report.not_modified} not modified)"
    extras.append(f"{requests}, {report.elapsed:.1f} s")
    if report.status == "interrupted":
        extras.append("interrupted")
    return text + " (" + ", ".join(extras) + ")"


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
    help="Also re-fetch articles published in the last N days, to keep their edits.",
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

    \b
    Exit status: 0 done (failed articles are reported but do not fail the run), 1 a site could not be
    crawled at all, 2 usage error, 3 another crawl is running, 130 interrupted.
    \b
    Example crontab line (every night at 02:30):
      30 2 * * *  telisik crawl --db ~/news.db
    """

    options = CrawlOptions(
        max_articles=max_articles,
        since=since,
        refresh_days=refresh_days,
        concurrency=concurrency,
        max_urls_per_sitemap=max_sitemap_urls,
        limits=limits_from(timeout, max_mb),
        rules_by_host=load_rules(rules_paths),
    )
    if delay is not None:
        options.default_delay = delay
    path = resolve_db_path(db_path)
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
        click.echo(
            f"total: {len(summary.sites)} sites ({failed_sites} failed), {totals['discovered']} discovered, "
            f"{totals['new']} new, {totals['archived']} archived, {totals['failed']} failed, "
            f"{totals['requests']} requests, {summary.stats.wall:.1f} s"
            + (" — interrupted" if summary.interrupted else "")
        )
    click.get_current_context().exit(summary.exit_code)
