"""`telisik prune --non-articles`: list or remove stored rows that are not articles."""

from __future__ import annotations

import click

from telisik.cli.common import db_option, emit_records, fail, format_option, open_archive, safe, site_option
from telisik.errors import EXIT_OK, EXIT_USAGE

EXAMPLES = """\b
Examples:
  telisik reparse                                   # decide the kind of rows stored by an older telisik
  telisik prune --non-articles --dry-run            # list them
  telisik export --format warc --only-pages -o pages.warc.gz   # keep their raw pages first
  telisik prune --non-articles                      # remove them

Home, section, tag and author pages, static pages (Kontak, Pedoman Media Siber ...) and search results
are not articles (see `telisik fetch --any-page`). Removing one removes its row, every version, every raw
page and its search entries; the crawl remembers its URL as not an article."""


@click.command(epilog=EXAMPLES)
@click.option("--non-articles", is_flag=True, help="Select the stored pages that are not articles.")
@click.option("--dry-run", is_flag=True, help="Only list what would be removed.")
@site_option("pages")
@format_option("text", "json", default="text")
@db_option
def prune(non_articles, dry_run, site, output_format, db_path) -> None:
    """List or remove stored pages that are not articles."""
    from telisik.archive import StoreError, delete_articles, list_pages, undecided_count

    if not non_articles:
        fail("say what to prune: --non-articles (with --dry-run to list only)", code=EXIT_USAGE)
    db = open_archive(db_path)
    found = list_pages(db, site=site)
    undecided = undecided_count(db, site=site)
    if output_format == "json":
        emit_records((p.to_dict() for p in found), "jsonl")
    else:
        for page in found:
            why = f"({page.reason})" if page.reason else ""
            click.echo(f"{page.id:>6}  {page.kind:<9} {safe(page.url)}  {safe(why)}".rstrip())
    size = sum(p.raw_bytes for p in found) / 1e6
    noun = "page" if len(found) == 1 else "pages"
    if undecided:
        click.echo(
            f"prune: {undecided} rows stored before kinds were recorded: run `telisik reparse` first",
            err=True,
        )
    if dry_run or not found:
        if found:
            option = f" --site {site}" if site else ""
            click.echo(
                f"prune: {len(found)} {noun} that are not articles ({size:.1f} MB of raw pages) would be removed; "
                f"keep their raw pages first with `telisik export --format warc --only-pages{option} "
                "-o pages.warc.gz`",
                err=True,
            )
        else:
            click.echo("prune: no stored pages that are not articles", err=True)
        click.get_current_context().exit(EXIT_OK)
    try:
        removed = delete_articles(db, [p.id for p in found], not_article="not an article (pruned)")
    except StoreError as exc:
        fail(exc.reason)
    click.echo(
        f"prune: removed {removed} {noun} that are not articles ({size:.1f} MB of raw pages)", err=True
    )
