"""`telisik changes`: what was edited, removed or restored in a period — a thin wrapper around telisik.changes."""

from __future__ import annotations

import click

from telisik.cli.common import (
    db_option,
    emit_records,
    fail,
    format_option,
    open_archive_reader,
    safe,
    site_option,
)
from telisik.errors import EXIT_USAGE

CHANGES_EXAMPLES = """\b
Examples:
  telisik changes                         # the last 7 days
  telisik changes --since 30d --site blora.telisikfakta.com
  telisik changes --since 2026-03-01 --format csv > changes.csv"""

COLUMNS = ["when", "change", "article_id", "url", "title", "site", "version", "summary", "removed_since"]


@click.command(epilog=CHANGES_EXAMPLES)
@click.option(
    "--since",
    default="7d",
    show_default=True,
    metavar="WHEN",
    help="Changes seen since then: 12h, 7d, 2w ago, a date (YYYY-MM-DD, UTC) or an ISO instant.",
)
@site_option("changes")
@format_option("table", "json", "jsonl", "csv", default="table")
@db_option
def changes(since: str, site: str | None, output_format: str, db_path: str | None) -> None:
    """List the articles edited (new versions), removed from their site, or back again, newest first.

    Edits come from re-checks (crawl) and re-fetches (fetch); a removal is listed once a second check on a
    later run confirmed it, dated from the first check that saw it gone."""
    from telisik.changes import list_changes, parse_since

    try:
        start = parse_since(since)
    except ValueError:
        fail(f"--since {since!r}: use 12h, 7d, 2w, YYYY-MM-DD or an ISO instant", EXIT_USAGE)
    records = list_changes(open_archive_reader(db_path), since=start, site=site)
    if output_format != "table":
        emit_records(records, output_format, COLUMNS)
        return
    if not records:
        click.echo(f"no edits or removals since {start:%Y-%m-%d %H:%M} UTC", err=True)
        return
    for record in records:
        when = (record["when"] or "")[:16].replace("T", " ")
        click.echo(f"{when}  {record['change']:<8}  {safe(record['title']) or '(untitled)'}")
        click.echo(f"{'':18}{safe(record['summary'])}")
        click.echo(f"{'':18}{safe(record['url'])}  (id {record['article_id']})")
