"""Exporting the archive: JSONL and CSV for the article fields, WARC for the pages as served.

Every export streams: articles are read from the store in batches and written out at once, so memory stays
flat however large the archive (an export of 100k articles holds one batch of rows, and one article's raw
pages, at a time). JSONL records have the shape `telisik show --format json` prints (the article fields plus
the archive's id, version and fetch facts); CSV has one column per field, lists and objects as JSON text.

`all_versions=True` exports every stored version, oldest first, instead of the current one only: a WARC made
this way re-imports into an archive with the same revision history.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from telisik.article import StoredArticle

if TYPE_CHECKING:
    from telisik.archive import Archive

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
    "sources",
    "body",
)


def iter_export_articles(
    db: Archive,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    with_captures: bool = False,
    all_versions: bool = False,
) -> Iterator[StoredArticle]:
    """The articles to export, one at a time (StoredArticles: id, version and fetch facts); raw pages on
    request."""
    from telisik.archive import get_version, iter_articles

    for article in iter_articles(db, site=site, since=since, until=until, with_capture=with_captures):
        current_version = article.version
        if all_versions:
            for n in range(1, current_version):
                old = get_version(db, article.id, n, with_capture=with_captures)
                if old is not None:
                    yield old
        yield article


def article_record(article: StoredArticle) -> dict[str, Any]:
    """One exported article, in the shape `telisik show --format json` prints: the archive id, the public
    fields (`Article.to_dict`), then the version's fetch facts (version, status, final URL, content hash)."""
    return {
        "id": article.id,
        **article.to_dict(),
        "version": article.version,
        "status": article.status,
        "final_url": article.final_url,
        "content_hash": article.content_hash,
    }


def export_records(
    db: Archive,
    out: IO[str],
    output_format: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    all_versions: bool = False,
) -> int:
    """Write articles as JSONL or CSV to a text stream; returns how many were written."""
    from telisik.cli.common import emit_records

    articles = iter_export_articles(db, site=site, since=since, until=until, all_versions=all_versions)
    records = (article_record(article) for article in articles)
    columns = CSV_COLUMNS if output_format == "csv" else None
    # emit_records writes to sys.stdout: point it at `out` so files and stdout share one code path.
    with contextlib.redirect_stdout(out):
        return emit_records(records, output_format, columns=columns)


def export_warc(
    db: Archive,
    out: IO[bytes],
    *,
    gzip: bool = False,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    all_versions: bool = False,
    filename: str | None = None,
) -> int:
    """Write articles as WARC (responses + metadata records) to a binary stream; returns how many."""
    from telisik.warc import ArticleWarcWriter

    writer = ArticleWarcWriter(out, gzip=gzip, filename=filename)
    articles = iter_export_articles(
        db, site=site, since=since, until=until, with_captures=True, all_versions=all_versions
    )
    for article in articles:
        writer.write_article(
            article, extra={"id": article.id, "version": article.version}
        )
    return writer.articles_written
