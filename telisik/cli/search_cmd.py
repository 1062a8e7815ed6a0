"""`telisik search` and `telisik show`: thin click wrappers around telisik.archive.

This path imports neither httpx nor bs4 nor sqlite-utils: it opens the archive with a plain read-only
sqlite3 connection, so both commands start as fast as Python and click allow.
"""

from __future__ import annotations

import sys
from datetime import datetime

import click

from telisik.cli.common import (
    csv_raw_option,
    db_option,
    emit_records,
    fail,
    format_option,
    open_archive_reader,
    safe,
    since_option,
    site_option,
    until_option,
)
from telisik.cli.numbers import count
from telisik.cli.sitecheck import warn_if_unknown_site

# Snippet markers: private-use characters that scraped text does not contain, rendered per output below.
_MARK_START, _MARK_END = "\ue000", "\ue001"

SEARCH_HELP = """Find stored articles by keyword.

\b
Query syntax:
  banjir cepu          articles containing both words (any order; case and accents ignored)
  "banjir bandang"     the exact phrase (never stemmed)
  bupat*               words starting with "bupat"
  AND, OR, NOT, -, :, (, C++ ...   are searched as the words they contain; no operators
  covid-19             words joined by punctuation are searched as a phrase

\b
In Indonesian articles a word also matches its derived forms: "aman" finds
"keamanan", "pengamanan", "diamankan"; "tahanan" finds "penahanan". Exact matches
are always listed before such stemmed matches. Searched: the title, the body, the
authors and the lead (the standfirst shown apart from the body). Ranking: title
counts 10x the body; the lead counts as the body.

\b
Examples:
  telisik search banjir cepu
  telisik search '"banjir bandang"' --site blora.telisikfakta.com --since 2026-01-01
  telisik search korupsi --sort newest --limit 5 --format json
  telisik search aman --count
"""


@click.command("search", help=SEARCH_HELP, short_help="Find stored articles by keyword.")
@click.argument("words", nargs=-1, required=True)
@site_option()
@click.option("--author", help="Only articles whose author name contains this text.")
@since_option("Published on or after this date (the article's own local date).")
@until_option("Published on or before this date (the article's own local date).")
@click.option("--limit", type=count(1), default=20, show_default=True, help="Show at most N hits.")
@click.option(
    "--sort",
    type=click.Choice(["relevance", "newest", "oldest"]),
    default="relevance",
    show_default=True,
    help="Order of the hits.",
)
@click.option("--count", "count_only", is_flag=True, help="Print only the number of matching articles.")
@click.option(
    "--all-versions", is_flag=True, help="Also search older versions of articles (exact words only)."
)
@click.option(
    "--exact", "exact_only", is_flag=True, help="Match words exactly only (no Indonesian stemming)."
)
@click.option(
    "--removed", "removed_only", is_flag=True, help="Only articles recorded as removed from their site."
)
@click.option(
    "--include-pages",
    is_flag=True,
    help="Also search pages kept with `fetch --any-page` that are not articles (listings, static pages).",
)
@format_option("table", "json", "jsonl", "csv", default="table")
@csv_raw_option
@db_option
def search(
    words,
    site,
    author,
    since,
    until,
    limit,
    sort,
    count_only,
    all_versions,
    exact_only,
    removed_only,
    include_pages,
    output_format,
    csv_raw,
    db_path,
) -> None:
    from telisik import archive  # not at the top: `telisik --help` must not load the archive

    query = " ".join(words)
    conn = open_archive_reader(db_path)
    filters = {
        "site": site,
        "author": author,
        "since": since,
        "until": until,
        "all_versions": all_versions,
        "stemmed": not exact_only,
        "removed": True if removed_only else None,
        "include_pages": include_pages,
    }
    try:
        if count_only:
            counted = archive.count_hits(conn, query, **filters)
            click.echo(counted)
            if not counted:
                warn_if_unknown_site(conn, site)
            return
        hits = archive.search(
            conn, query, limit=limit, sort=sort, highlight=(_MARK_START, _MARK_END), **filters
        )
    except (archive.QueryError, archive.StoreError) as exc:
        fail(exc.reason)
    from telisik.archive.watch import removed_since_of

    removed = removed_since_of(conn, [h.id for h in hits])
    for hit in hits:
        hit.extra["removed_since"] = removed.get(hit.id)
    if output_format == "table":
        _print_table(hits)
    else:
        columns = [
            "id",
            "url",
            "title",
            "site",
            "authors",
            "published",
            "snippet",
            "snippet_matches",
            "match",
            "version",
            "is_current",
            "score",
            "removed_since",
        ]
        records = ({k: _machine_record(h).get(k) for k in columns} for h in hits)
        emit_records(records, output_format, columns, csv_raw=csv_raw)
    if not hits and output_format == "table":
        click.echo("no matching articles", err=True)
    if not hits:
        warn_if_unknown_site(conn, site)


def _machine_record(hit) -> dict:
    """A hit for json/jsonl/csv: the snippet as plain text, where the query matched in it as
    `snippet_matches` ([start, end) character offsets), so no marker can be mistaken for the article's text."""
    record = hit.to_dict()
    record["snippet"], record["snippet_matches"] = plain_snippet(hit.snippet)
    return record


def plain_snippet(marked: str) -> tuple[str, list[list[int]]]:
    """A snippet marked with the private-use markers -> (plain text, [[start, end], ...] of the matches)."""
    text: list[str] = []
    offsets: list[list[int]] = []
    length = 0
    for index, part in enumerate(marked.split(_MARK_START)):
        if index == 0:
            matched, rest = "", part
        else:
            matched, _, rest = part.partition(_MARK_END)
            offsets.append([length, length + len(matched)])
        text.extend((matched, rest))
        length += len(matched) + len(rest)
    return "".join(text), offsets


def _render_snippet(snippet: str, styled: bool) -> str:
    text = safe(snippet)
    if styled:
        parts = text.split(_MARK_START)
        out = [parts[0]]
        for part in parts[1:]:
            marked, _, rest = part.partition(_MARK_END)
            out.append(click.style(marked, bold=True) + rest)
        return "".join(out)
    return text.replace(_MARK_START, "[").replace(_MARK_END, "]")


def _print_table(hits) -> None:
    styled = sys.stdout.isatty()
    for number, hit in enumerate(hits, 1):
        title = safe(hit.title) or "(untitled)"
        click.echo(f"{number}. " + (click.style(title, bold=True) if styled else title))
        facts = [safe(hit.site) or "?", _short_date(hit.published)]
        if hit.authors:
            facts.append(", ".join(safe(a) for a in hit.authors))
        if hit.match == "stemmed":
            facts.append("stemmed match")
        if not hit.is_current:
            facts.append(f"older version {hit.version}")
        if hit.extra.get("removed_since"):
            facts.append(f"REMOVED from the site since {_short_date(hit.extra['removed_since'])}")
        click.echo("   " + " · ".join(f for f in facts if f))
        if hit.snippet:
            click.echo("   " + _render_snippet(hit.snippet, styled))
        click.echo(f"   {safe(hit.url)}  (id {hit.id})")


def _short_date(published: str | None) -> str:
    if not published:
        return "no date"
    try:
        value = datetime.fromisoformat(published)
    except ValueError:
        return safe(published)
    return (
        value.strftime("%Y-%m-%d %H:%M %z")
        if (value.hour, value.minute) != (0, 0)
        else value.strftime("%Y-%m-%d")
    )


SHOW_HELP = """Print one stored article: its fields, then its body.

URL_OR_ID is the article's id (as `search` lists it), its canonical URL or any URL it was fetched from.

\b
Examples:
  telisik show 42
  telisik show https://blora.telisikfakta.com/2026/01/27/banjir-cepu/ --format json
"""


@click.command("show", help=SHOW_HELP, short_help="Print one stored article.")
@click.argument("url_or_id")
@format_option("text", "json", default="text")
@db_option
def show(url_or_id, output_format, db_path) -> None:
    import json

    from telisik import archive  # not at the top: `telisik --help` must not load the archive
    from telisik.records import article_record

    conn = open_archive_reader(db_path)
    article = archive.get_article(conn, url_or_id, with_capture=False)
    if article is None:
        fail(f"no stored article matches {url_or_id}")
    data = article_record(article)  # the shape `telisik export --format jsonl` writes
    if output_format == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    labels = [
        ("Title", "title"),
        ("URL", "canonical_url"),
        ("Fetched from", "url"),
        ("Site", "site"),
        ("Published", "published"),
        ("Modified", "modified"),
        ("Authors", "authors"),
        ("Editor", "editor"),
        ("Section", "section"),
        ("Tags", "tags"),
        ("Language", "language"),
        ("Description", "description"),
        ("Fetched at", "fetched_at"),
        ("Version", "version"),
        ("Removed", "removed_since"),
        ("Status", "status"),
        ("Incomplete", "missing_pages"),
        ("Id", "id"),
        ("Parser", "parser_version"),
    ]
    missing = data.get("missing_pages") or []
    if missing:  # an incomplete multi-page article: say which pages its body lacks
        data = {**data, "missing_pages": f"{len(missing)} page(s) missing: {', '.join(missing)}"}
    if data.get("kind") not in (None, "article"):  # a page kept with `fetch --any-page`
        labels.insert(1, ("Kind", "kind_reason" if data.get("kind_reason") else "kind"))
    for label, key in labels:
        value = data.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value not in (None, ""):
            click.echo(f"{label + ':':<13} {safe(value)}")
    click.echo("")
    if data.get("lead"):  # the standfirst the page shows apart from its text
        click.echo(safe(data["lead"]))
        click.echo("")
    click.echo(safe(data.get("body") or ""))
