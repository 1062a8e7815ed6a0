"""`telisik stats`, `telisik list` and `telisik delete`: counts over time, recent articles, and removing junk.

Thin click wrappers around the archive's public interface (`telisik.archive`: counts, listing, deletion) with
the shared options of `telisik.cli.common`. `stats` and `list` open the archive read-only and import neither
httpx nor bs4.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from telisik.cli.common import (
    db_option,
    emit_records,
    fail,
    format_option,
    open_archive,
    open_archive_reader,
    safe,
    since_option,
    site_option,
    until_option,
)
from telisik.cli.numbers import count
from telisik.errors import EXIT_USAGE

BAR_WIDTH = 30

# ---------------------------------------------------------------------------------------------------- stats

STATS_HELP = """Count articles over time: per day, week or month, per site, or matching a query.

\b
Without QUERY: how many articles were published in each period. With QUERY (the same
syntax and stemming as `telisik search`): how many of them match, and their share of
all articles of the period. --by site counts per site instead: with QUERY, the top
sites for it. Periods follow each article's own local publication date; undated
articles are not counted.

\b
Examples:
  telisik stats --by month
  telisik stats banjir --by week --since 2026-01-01
  telisik stats '"dana desa"' --by site --format csv
  telisik stats --site blora.telisikfakta.com --by day --since 2026-02-01
"""


@click.command("stats", help=STATS_HELP, short_help="Count articles over time, per site or per query.")
@click.argument("words", nargs=-1)
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month", "site"]),
    default="month",
    show_default=True,
    help="Group by period (weeks start on Monday) or by site.",
)
@site_option()
@since_option()
@until_option()
@click.option("--top", type=count(1), help="With --by site: only the N largest sites.")
@click.option("--exact", "exact_only", is_flag=True, help="Match the query exactly (no Indonesian stemming).")
@format_option("table", "json", "csv", default="table")
@db_option
def stats(words, by, site, since, until, top, exact_only, output_format, db_path) -> None:
    from telisik import archive  # not at the top: `telisik --help` must not load the archive

    query = " ".join(words) or None
    if by == "site" and site:
        fail("--site and --by site do not go together: --by site already counts every site", EXIT_USAGE)
    conn = open_archive_reader(db_path)
    try:
        if by == "site":
            rows = archive.counts_by_site(
                conn, query=query, since=since, until=until, limit=top, stemmed=not exact_only
            )
        else:
            rows = archive.counts_by_period(
                conn, by=by, query=query, site=site, since=since, until=until, stemmed=not exact_only
            )
    except archive.QueryError as exc:
        fail(exc.reason)
    if output_format == "table":
        _print_stats_table(rows, key="site" if by == "site" else "period", query=query)
    else:
        emit_records(rows, output_format, columns=list(rows[0]) if rows else None)
    if not rows:
        click.echo(
            "no dated articles match" if query or site or since or until else "the archive is empty", err=True
        )


def _print_stats_table(rows: list[dict[str, Any]], *, key: str, query: str | None) -> None:
    """A plain table; on a terminal a bar column shows the counted value (matches with a query)."""
    value = "matches" if query else "articles"
    header = [key.upper(), "ARTICLES"] + (["MATCHES", "SHARE"] if query else [])
    table = [
        [safe(r[key]) if r[key] is not None else "(none)", str(r["articles"])]
        + ([str(r["matches"]), f"{r['share'] * 100:.1f}%"] if query else [])
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *table]) for i in range(len(header))]
    bars = sys.stdout.isatty()
    peak = max((r[value] for r in rows), default=0) or 1
    for line, row in zip([header, *table], [None, *rows], strict=True):
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True))
        ]
        if bars and row is not None:
            cells.append("█" * round(BAR_WIDTH * row[value] / peak) or ("▏" if row[value] else ""))
        click.echo("  ".join(cells).rstrip())


# ----------------------------------------------------------------------------------------------------- list

LIST_HELP = """List stored articles, newest first: no query needed, the same filters as `search`.

\b
Examples:
  telisik list
  telisik list --site blora.telisikfakta.com --limit 50
  telisik list --author "Rina" --since 2026-01-01 --format csv > rina.csv
"""


@click.command("list", help=LIST_HELP, short_help="List recent articles, newest first.")
@site_option()
@click.option("--author", help="Only articles whose author name contains this text.")
@since_option()
@until_option()
@click.option(
    "--removed/--not-removed", default=None, help="Only articles removed from their site, or only the others."
)
@click.option("--sort", type=click.Choice(["newest", "oldest"]), default="newest", show_default=True)
@click.option("--limit", type=count(1), default=20, show_default=True, help="Show at most N.")
@click.option("--offset", type=count(0), default=0, help="Skip the first N.")
@format_option("table", "json", "jsonl", "csv", default="table")
@db_option
def list_(site, author, since, until, removed, sort, limit, offset, output_format, db_path) -> None:
    from telisik import archive

    conn = open_archive_reader(db_path)
    rows = archive.list_articles(
        conn,
        site=site,
        author=author,
        since=since,
        until=until,
        removed=removed,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    if output_format != "table":
        emit_records(rows, output_format, columns=list(rows[0]) if rows else None)
        return
    if not rows:
        click.echo("no articles", err=True)
        return
    for row in rows:
        when = (row["published"] or "no date")[:16].replace("T", " ")
        facts = [when, safe(row["site"]) or "?"]
        if row["authors"]:
            facts.append(", ".join(safe(a) for a in row["authors"]))
        if row.get("removed_since"):
            facts.append(f"removed since {safe(row['removed_since'])[:10]}")
        click.echo(f"{row['id']:>7}  {safe(row['title']) or '(untitled)'}")
        click.echo(f"         {' · '.join(facts)}")


# --------------------------------------------------------------------------------------------------- delete

DELETE_HELP = """Delete articles from the archive: each article, all its versions and raw captures.

ID is an article id (as `search` and `list` show it) or its URL. Asks before deleting
unless --yes. The crawl keeps its record of the URL, so a nightly crawl does not archive
a deleted article again. There is no undo: export first if in doubt.

\b
Examples:
  telisik delete 42
  telisik delete 42 43 https://example.com/iklan/ --yes
"""


@click.command("delete", help=DELETE_HELP, short_help="Delete articles with their versions and captures.")
@click.argument("ids", nargs=-1, required=True)
@click.option("--yes", "-y", "assume_yes", is_flag=True, help="Do not ask for confirmation.")
@db_option
def delete(ids, assume_yes, db_path) -> None:
    from telisik import archive

    db = open_archive(db_path)
    plans: list[archive.DeletionPlan] = []
    for given in dict.fromkeys(ids):
        plan = archive.plan_deletion(db, given)
        if plan is None:
            fail(f"no article {given} in the archive; nothing was deleted")
        if plan.article_id not in {p.article_id for p in plans}:
            plans.append(plan)
    click.echo("This deletes:", err=True)
    for plan in plans:
        click.echo("  " + safe(plan.describe()), err=True)
    if not assume_yes:
        if not sys.stdin.isatty():
            fail("not deleting without confirmation: add --yes when not on a terminal", EXIT_USAGE)
        click.confirm(f"Delete {len(plans)} article{'s' if len(plans) != 1 else ''}?", abort=True, err=True)
    count = archive.delete_articles(db, [p.article_id for p in plans])  # a StoreError ends it in one line
    click.echo(f"deleted {count} article{'s' if count != 1 else ''}", err=True)
