"""`telisik history`, `diff`, `reparse`, `export` and `import`: the archive's revisions, re-extraction and
interchange. Thin click wrappers: the work lives in telisik.archive, textdiff, reparse, export and importer."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import IO, Any

import click

from telisik.archive import StoreError, find_article_id, get_version, list_versions
from telisik.cli.common import (
    csv_raw_option,
    db_option,
    emit_records,
    fail,
    format_option,
    load_rules,
    open_archive,
    open_archive_reader,
    rules_option,
    safe,
    shown,
    since_option,
    site_option,
    until_option,
)
from telisik.cli.limits import max_size_option
from telisik.cli.numbers import MAX_VERSION, MAX_WORKERS, count
from telisik.cli.sitecheck import warn_if_unknown_site
from telisik.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from telisik.export import export_records, export_warc
from telisik.importer import file_kind, import_files
from telisik.reparse import count_articles, reparse_archive
from telisik.textdiff import render_text_diff


def _find(db, url_or_id: str) -> int:

    article_id = find_article_id(db, url_or_id)
    if article_id is None:
        fail(f"no article {url_or_id} in the archive (give its URL or id, as `telisik search` shows)")
    return article_id


# ------------------------------------------------------------------------------------------------- history

HISTORY_EXAMPLES = """\b
Examples:
  telisik history https://blora.telisikfakta.com/2026/01/27/banjir-cepu/
  telisik history 42 --format json

Each version is what the site served at one fetch; a new version is stored only when the article's
text or metadata changed (not when ads or sidebars did).
CHANGED names what differs from the version before."""


@click.command(epilog=HISTORY_EXAMPLES)
@click.argument("url_or_id")
@db_option
@format_option("table", "json", "jsonl", "csv", default="table")
@csv_raw_option
def history(url_or_id: str, db_path: str | None, output_format: str, csv_raw: bool) -> None:
    """List the stored versions of an article, oldest first."""

    from telisik.archive.watch import article_watch

    db = open_archive_reader(db_path)
    article_id = _find(db, url_or_id)
    versions = list_versions(db, article_id)
    watch = article_watch(db, article_id)
    records = [{**_version_record(v), "removed_since": watch.get("removed_since")} for v in versions]
    if output_format == "table":
        _print_history_table(records)
        for event in watch["events"]:  # removals and restorations, after the versions they follow
            what = "removed from the site since" if event["event"] == "removed" else "back on the site at"
            click.echo(f"{what} {_short_time(event['at'])}: {safe(event['reason'])}")
    else:
        emit_records(records, output_format, columns=list(records[0]) if records else None, csv_raw=csv_raw)


def _version_record(info) -> dict[str, Any]:
    return {
        "version": info.version,
        "current": info.is_current,
        "fetched_at": info.fetched_at,
        "title": info.title,
        "content_hash": info.content_hash,
        "size": info.raw_size,
        "pages": info.pages,
        "status": info.status,
        "parser_version": info.parser_version,
        "changed": info.changed_fields if info.version > 1 else [],
        "missing_pages": info.missing_pages,
    }


def _print_history_table(records: list[dict[str, Any]]) -> None:
    header = ("VER", "FETCHED (UTC)", "HASH", "SIZE", "CHANGED", "TITLE")
    rows = []
    for r in records:
        changed = "first version" if r["version"] == 1 else (", ".join(r["changed"]) or "-")
        rows.append(
            (
                f"{r['version']}{'*' if r['current'] else ''}",
                _short_time(r["fetched_at"]),
                (r["content_hash"] or "")[:12],
                _size(r["size"], r["pages"], len(r["missing_pages"])),
                changed,
                safe(r["title"]),
            )
        )
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [str(cell).ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        click.echo("  ".join([*cells, str(row[-1])]).rstrip())
    click.echo("(* current version)", err=True)


def _short_time(value: str | None) -> str:
    if not value:
        return "-"
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return parsed.strftime("%Y-%m-%d %H:%M:%S")


def _size(raw_size: int | None, pages: int | None, missing: int = 0) -> str:
    kb = f"{(raw_size or 0) / 1024:.1f} KB" if raw_size else "no HTML"
    if missing:  # an incomplete multi-page article: say so where the pages are counted
        return f"{kb} ({pages} pages, INCOMPLETE: {missing} missing)"
    return f"{kb} ({pages} pages)" if pages and pages > 1 else kb


# ---------------------------------------------------------------------------------------------------- diff

DIFF_EXAMPLES = """\b
Examples:
  telisik diff https://blora.telisikfakta.com/2026/01/27/banjir-cepu/
  telisik diff 42 --from 1 --to 3
  telisik diff 42 --no-color | less

Removed words are shown [-like this-] and added words {+like this+} (in red and green on a terminal).
Unchanged paragraphs are folded into a one-line note."""


@click.command(epilog=DIFF_EXAMPLES)
@click.argument("url_or_id")
@click.option(
    "--from", "from_version", type=count(1, MAX_VERSION), help="Older version (default: the one before --to)."
)
@click.option(
    "--to", "to_version", type=count(1, MAX_VERSION), help="Newer version (default: the current one)."
)
@click.option(
    "--color/--no-color", default=None, help="Colour the changes (default: when writing to a terminal)."
)
@db_option
def diff(
    url_or_id: str, from_version: int | None, to_version: int | None, color: bool | None, db_path
) -> None:
    """Show what changed in an article's title and body between two stored versions, word by word."""

    db = open_archive_reader(db_path)
    article_id = _find(db, url_or_id)
    versions = {v.version: v for v in list_versions(db, article_id)}
    current = max(versions) if versions else 1
    if len(versions) < 2 and from_version is None and to_version is None:
        only = versions.get(current)
        when = f" (fetched {_short_time(only.fetched_at)} UTC)" if only else ""
        click.echo(f"Only one version of this article is stored{when}: nothing to compare.")
        return
    new_n = to_version or current
    old_n = from_version or new_n - 1
    if old_n < 1:
        fail(f"version {new_n} is the first one: nothing before it to compare (see `telisik history`)")
    for n in (old_n, new_n):
        if n not in versions:
            fail(f"no version {n} of this article; stored versions: {_ranges(sorted(versions))}")
    old, new = (
        get_version(db, article_id, old_n, with_capture=False),
        get_version(db, article_id, new_n, with_capture=False),
    )
    if old is None or new is None:  # listed a moment ago: removed by another process meanwhile
        fail(f"version {old_n if old is None else new_n} of this article is gone")
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(f"--- version {old_n}, fetched {_short_time(versions[old_n].fetched_at)} UTC", color=use_color)
    click.echo(f"+++ version {new_n}, fetched {_short_time(versions[new_n].fetched_at)} UTC", color=use_color)
    other = _other_changes(old, new)
    if other:
        click.echo(f"Also changed: {', '.join(other)}", color=use_color)
    click.echo("", color=use_color)
    text = render_text_diff(safe(old.title), safe(new.title), safe(old.body), safe(new.body), color=use_color)
    click.echo(text, nl=False, color=use_color)


def _other_changes(old, new) -> list[str]:
    """Changed metadata worth a mention next to the title/body diff: authors, dates, section, tags."""
    notes = []
    for name in ("authors", "editor", "published", "modified", "section", "tags", "description"):
        before, after = getattr(old, name), getattr(new, name)
        if (before or None) != (after or None):
            notes.append(f"{name} ({_brief(before)} → {_brief(after)})")
    return notes


def _brief(value: Any) -> str:
    if value in (None, "", []):
        return "none"
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    if isinstance(value, datetime):
        value = value.isoformat()
    text = safe(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _ranges(numbers: list[int]) -> str:
    if not numbers:
        return "none"
    return (
        f"{numbers[0]}–{numbers[-1]}"
        if numbers == list(range(numbers[0], numbers[-1] + 1))
        else ", ".join(map(str, numbers))
    )


# ------------------------------------------------------------------------------------------------- reparse

REPARSE_EXAMPLES = """\b
Examples:
  telisik reparse
  telisik reparse --site blora.telisikfakta.com --since 2026-01-01
  telisik reparse --format json > reparse-report.json

No network: the raw pages stored at fetch time are read again. Versions are not created (the site did not
change, our reading of it did); the parser version is recorded on every article."""


@click.command(epilog=REPARSE_EXAMPLES)
@site_option()
@since_option()
@click.option(
    "--workers",
    type=count(1, MAX_WORKERS),
    help="Extraction processes (default: one per CPU core; large runs only).",
)
@rules_option
@db_option
@format_option("text", "json", default="text")
def reparse(site, since, workers, rules_paths, db_path, output_format) -> None:
    """Re-extract stored articles from their raw HTML with the current extractor."""

    rules_by_host = load_rules(rules_paths)
    db = open_archive(db_path, create=False)
    with (
        _store_errors("reparse"),
        _progress(count_articles(db, site=site, since=since), "Re-extracting") as advance,
    ):
        summary = reparse_archive(
            db, site=site, since=since, rules_by_host=rules_by_host, workers=workers, on_progress=advance
        )
    if not (summary.reextracted or summary.skipped or summary.failed):
        warn_if_unknown_site(db, site)
    if output_format == "json":
        emit_records([summary.to_dict()], "jsonl")
    parts = [f"{summary.reextracted} articles re-extracted, {summary.changed} changed"]
    if summary.skipped:
        parts.append(f"{summary.skipped} without stored HTML skipped")
    if summary.failed:
        parts.append(f"{summary.failed} failed")
    if summary.not_articles:
        parts.append(f"{summary.not_articles} not articles (telisik prune --non-articles lists them)")
    for error in summary.errors:
        click.echo(f"failed    {safe(error)}", err=True)
    rate = f", {summary.rate:.0f} articles/s" if summary.reextracted else ""
    click.echo(
        f"reparse: {'; '.join(parts)} (parser {summary.parser_version}, {summary.seconds:.1f} s{rate})",
        err=True,
    )
    click.get_current_context().exit(EXIT_FAILED if summary.failed else EXIT_OK)


@contextmanager
def _store_errors(command: str) -> Iterator[None]:
    """A write that fails for the whole archive (full disk, read-only file) stops the run with one line."""

    try:
        yield
    except StoreError as exc:
        fail(f"{command} stopped: {exc.reason}")


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal (and there is enough work to watch); else nothing."""
    if not sys.stderr.isatty() or total < 2:
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True) as bar:
        yield bar.update


# -------------------------------------------------------------------------------------------------- export

EXPORT_EXAMPLES = """\b
Examples:
  telisik export --format jsonl > articles.jsonl
  telisik export --format csv --site blora.telisikfakta.com --since 2026-01-01 -o blora.csv
  telisik export --format warc -o archive.warc.gz
  telisik export --format warc --all-versions -o history.warc.gz

\b
JSONL and CSV hold the extracted fields. WARC (ISO 28500) holds the pages exactly as served:
one `response` record per page plus a `metadata` record with the fields as JSON; pywb, warcio and
`telisik import` read it. A name ending in .gz is compressed (per record for WARC)."""


@click.command(epilog=EXPORT_EXAMPLES)
@format_option("jsonl", "csv", "warc", default="jsonl")
@site_option()
@since_option()
@until_option()
@click.option(
    "--all-versions", is_flag=True, help="Every stored version, oldest first, not just the current one."
)
@click.option(
    "--include-pages",
    "pages",
    flag_value="all",
    default="articles",
    help="Also pages kept with `fetch --any-page` that are not articles (listings, static pages).",
)
@click.option(
    "--only-pages",
    "pages",
    flag_value="pages",
    help="Only those pages (say, to keep their captures before `telisik prune --non-articles`).",
)
@click.option(
    "-o",
    "--output",
    "output",
    default="-",
    metavar="FILE",
    show_default=True,
    help="File to write; - is standard output.",
)
@csv_raw_option
@db_option
def export(output_format, site, since, until, all_versions, pages, output, csv_raw, db_path) -> None:
    """Export articles as JSONL, CSV or WARC, streaming (any archive size, constant memory)."""

    to_stdout = output == "-"
    if output_format == "warc" and to_stdout and stdout_is_terminal():
        fail(
            "a WARC file is binary: write it with -o FILE.warc.gz or redirect standard output",
            code=EXIT_USAGE,
        )
    db = open_archive_reader(db_path)
    filters = {"site": site, "since": since, "until": until, "all_versions": all_versions, "which": pages}
    compress = not to_stdout and output.lower().endswith(".gz")
    try:
        with _output_stream(output, binary=output_format == "warc", compress_text=compress) as out:
            if output_format == "warc":
                count = export_warc(
                    db,
                    out,
                    gzip=compress,
                    filename=None if to_stdout else os.path.basename(output),
                    **filters,
                )
            else:
                count = export_records(db, out, output_format, csv_raw=csv_raw, **filters)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    if not count:
        warn_if_unknown_site(db, site)
    noun = "article" if count == 1 else "articles"
    where = "standard output" if to_stdout else output
    click.echo(f"export: {count} {noun} written to {safe(where)} ({output_format})", err=True)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


@contextmanager
def _output_stream(path: str, *, binary: bool, compress_text: bool) -> Iterator[IO]:
    """stdout; a regular file written beside its final place and moved there only when complete (keeping
    the mode of the file it replaces; through a symlink, the file it points to is replaced, the link
    stays); anything else (a FIFO, a device, /dev/stdout, `>(gzip > x)`) is written to directly, never
    replaced by a file."""
    if path == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    existing = _stat_or_none(path)
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with _open_output(path, binary=binary, compress_text=compress_text) as handle:
            yield handle
        return
    target = os.path.realpath(path)
    partial = f"{target}.part"
    try:
        with _open_output(partial, binary=binary, compress_text=compress_text) as handle:
            if existing is not None:
                os.chmod(partial, stat.S_IMODE(existing.st_mode))
            yield handle
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def _stat_or_none(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)  # follows a symlink: what counts is what it points to
    except FileNotFoundError:
        return None


def _open_output(path: str, *, binary: bool, compress_text: bool) -> IO:
    if binary:
        return open(path, "wb")  # WARC records are gzipped one by one by the writer
    if compress_text:
        import gzip

        return gzip.open(path, "wt", encoding="utf-8", newline="")
    return open(path, "w", encoding="utf-8", newline="")


def _quiet_stdout() -> None:
    # The reader went away (`| head`): point stdout at /dev/null so the interpreter's final flush is silent.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# -------------------------------------------------------------------------------------------------- import

IMPORT_EXAMPLES = """\b
Examples:
  telisik import crawl-2026-01.warc.gz
  telisik import saved/*.html
  telisik import halaman.html --url https://blora.telisikfakta.com/2026/01/27/banjir-cepu/

\b
WARC files (from telisik, wget, Browsertrix, pywb...) give one article per HTML page response.
A saved .html page is archived at its canonical URL (or --url, for a single file), with the file's
modification time as its fetch time. Importing the same capture again changes nothing.
Each article gets one line on stderr: new, updated, unchanged or failed (with the reason); so does
each damaged WARC record (cut short, wrong digest, marked truncated), which is never imported.
Exit status: 0 when everything was archived, 1 when anything failed."""


@click.command("import", epilog=IMPORT_EXAMPLES)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--url", help="Address of the page, for a single saved HTML file without a canonical link.")
@max_size_option("Largest page accepted, in MB (as for fetch).")
@click.option(
    "--trust-canonical",
    is_flag=True,
    help="Key articles by the canonical URL their pages name even on another site (as fetch).",
)
@click.option(
    "--any-page",
    is_flag=True,
    help="Also keep pages that are not articles, marked with their kind (as fetch).",
)
@rules_option
@db_option
def import_(
    files: tuple[str, ...],
    url: str | None,
    max_mb: float,
    trust_canonical: bool,
    any_page: bool,
    rules_paths,
    db_path,
) -> None:
    """Archive saved WARC or HTML files as if they had just been fetched."""

    if url is not None and (len(files) != 1 or file_kind(files[0]) != "html"):
        raise click.UsageError("--url applies to a single saved HTML file")
    if url is not None and not url.startswith(("http://", "https://")):
        raise click.BadParameter("give an http:// or https:// address", param_hint="--url")
    rules_by_host = load_rules(rules_paths)
    db = open_archive(db_path)
    counts: dict[str, int] = {}
    with _store_errors("import"):
        for outcome in import_files(
            files,
            db=db,
            url=url,
            rules_by_host=rules_by_host,
            max_bytes=int(max_mb * 2**20),
            trust_canonical=trust_canonical,
            any_page=any_page,
        ):
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            _report_import(outcome)
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to import"
    click.echo(f"import: {summary}", err=True)
    click.get_current_context().exit(EXIT_FAILED if counts.get("failed") else EXIT_OK)


def _report_import(outcome) -> None:
    title = outcome.article.title if outcome.article is not None and outcome.article.title else ""
    if outcome.status == "failed":
        name = outcome.url or outcome.source
        detail = outcome.reason if outcome.url is None else f"{outcome.reason} ({outcome.source})"
    else:
        name, detail = (
            outcome.url or outcome.source,
            f"{title} ({outcome.reason})" if outcome.reason else title,
        )
    click.echo(f"{outcome.status:<9} {shown(name)}  {shown(detail)}".rstrip(), err=True)
