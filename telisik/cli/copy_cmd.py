"""`telisik copy SOURCE DEST`: move a whole archive between backends (an SQLite file, a PostgreSQL database)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from telisik.cli.common import fail, open_archive, open_archive_reader, resolve_db_path, shown_db
from telisik.errors import EXIT_USAGE


@click.command(
    epilog="""\b
Examples:
  telisik copy ~/.local/share/telisik/telisik.db postgresql://me@db.example/telisik
  telisik copy postgresql://me@db.example/telisik backup.db"""
)
@click.argument("source")
@click.argument("dest")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Delete what DEST already holds first (without it, a DEST holding articles or sites is refused).",
)
def copy(source: str, dest: str, overwrite: bool) -> None:
    """Copy a whole archive from SOURCE to DEST, each an SQLite file or a postgresql:// database: articles,
    versions, raw captures, sites and their crawl state, ids kept; DEST's search index is built on the way.
    Use it to move an SQLite archive to PostgreSQL (and back)."""
    from telisik import archive
    from telisik.archive.copy import clear, copy_archive, count_rows, is_empty

    source, dest = resolve_db_path(source), resolve_db_path(dest, create=True)
    if source == dest:
        fail("SOURCE and DEST are the same archive", code=EXIT_USAGE)
    reader = open_archive_reader(source)
    writer = open_archive(dest)
    if not is_empty(writer):
        if not overwrite:
            fail(
                f"{shown_db(dest)} already holds articles or sites: refused (--overwrite deletes them first)"
            )
        clear(writer)
    total = sum(count_rows(reader).values())
    try:
        with _progress(total) as advance:
            report = copy_archive(reader, writer, on_rows=advance)
    except archive.StoreError as exc:
        fail(f"the copy stopped: {exc.reason} (run it again with --overwrite to start over)")
    click.echo(f"copied {report.summary()} from {shown_db(source)} to {shown_db(dest)}", err=True)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar of rows on stderr when it is a terminal; else nothing."""
    if not sys.stderr.isatty() or total < 2:
        yield None
        return
    with click.progressbar(length=total, label="Copying", file=sys.stderr, show_pos=True) as bar:
        yield bar.update
