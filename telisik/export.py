"""Exporting the archive: JSONL and CSV for the article fields, WARC for the pages as served.

Every export streams: articles are read from the store in batches and written out at once, so memory stays
flat however large the archive (an export of 100k articles holds one batch of rows, and one article's raw
pages, at a time). JSONL records have the shape `telisik show --format json` prints (the article fields plus
the archive's id, version and fetch facts); CSV has one column per field, lists and objects as JSON text.

`all_versions=True` exports every stored version, oldest first, instead of the current one only: a WARC made
this way re-imports into an archive with the same revision history.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from telisik.archive import get_version, iter_articles
from telisik.article import StoredArticle
from telisik.records import article_record, write_records
from telisik.warc import ArticleWarcWriter

if TYPE_CHECKING:
    from telisik.archive import Reader

FORMATS = ("jsonl", "csv", "warc")

# CSV columns, in order: identity first, the long body last so the file stays readable in a spreadsheet.
CSV_COLUMNS = (
    "id",
    "version",
    "content_hash",
    "canonical_url",
    "url",
    "site",
    "site_name",
    "title",
    "authors",
    "editor",
    "published",
    "published_raw",
    "modified",
    "section",
    "tags",
    "description",
    "image",
    "language",
    "fetched_at",
    "status",
    "final_url",
    "parser_version",
    "page_urls",
    "single_page_url",
    "missing_pages",
    "sources",
    "removed_since",
    "body",
)


def iter_export_articles(
    db: Reader,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    with_captures: bool = False,
    all_versions: bool = False,
    which: str = "articles",
) -> Iterator[StoredArticle]:
    """The articles to export, one at a time (StoredArticles: id, version and fetch facts); raw pages on
    request. `which`: "articles" (default), "all" or "pages" (rows kept that are not articles)."""
    rows = iter_articles(db, site=site, since=since, until=until, with_capture=with_captures, which=which)
    for article in rows:
        current_version = article.version
        if all_versions:
            for n in range(1, current_version):
                old = get_version(db, article.id, n, with_capture=with_captures)
                if old is not None:
                    yield old
        yield article


def export_records(
    db: Reader,
    out: IO[str],
    output_format: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    all_versions: bool = False,
    csv_raw: bool = False,
    which: str = "articles",
) -> int:
    """Write articles as JSONL or CSV to a text stream; returns how many were written. CSV cells that a
    spreadsheet would run as formulas are neutralised unless `csv_raw` (`telisik.records`)."""
    articles = iter_export_articles(
        db, site=site, since=since, until=until, all_versions=all_versions, which=which
    )
    records = (article_record(article) for article in articles)
    columns = CSV_COLUMNS if output_format == "csv" else None
    return write_records(records, out, output_format, columns=columns, csv_raw=csv_raw)


def export_warc(
    db: Reader,
    out: IO[bytes],
    *,
    gzip: bool = False,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    all_versions: bool = False,
    filename: str | None = None,
    which: str = "articles",
) -> int:
    """Write articles as WARC (responses + metadata records) to a binary stream; returns how many."""
    writer = ArticleWarcWriter(out, gzip=gzip, filename=filename)
    articles = iter_export_articles(
        db, site=site, since=since, until=until, with_captures=True, all_versions=all_versions, which=which
    )
    for article in articles:
        writer.write_article(article, extra={"id": article.id, "version": article.version})
    return writer.articles_written
