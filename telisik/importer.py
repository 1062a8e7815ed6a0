"""Importing saved pages into the archive: WARC files (any tool's, telisik's own included) and .html files.

An imported capture goes through exactly the path a fetched one does — `telisik.archiver.build_article` then
`telisik.archive.store_article` — so an imported article is indistinguishable from a fetched one, and
importing the same capture twice changes nothing (the second time it is `unchanged`). A capture older than
the article's current version (last month's WARC imported today) becomes a past version, never the current one.

A saved .html file has no HTTP response around it: its address comes from `--url`, else from the page's
canonical link (or the `<!-- saved from url=... -->` mark browsers leave), and its fetch time is the file's
modification time, so that importing the same file again is recognised as the same capture.

Every way in gets the checks `telisik fetch` applies: the same content check
(`telisik.charset.page_content_problem`: no images, archives, executables or random bytes stored as
articles), the same size cap (`--max-size`, read in steps: a huge record is never held in memory), and for
WARC records an integrity check (length, digests, WARC-Truncated): a damaged record is reported, never
imported as if whole.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telisik import archiver, extract
from telisik.archive import StoreError, batched_writes, find_capture, get_article, raw_sha256, store_article
from telisik.archiver import ArchiveOutcome
from telisik.article import Capture
from telisik.charset import page_content_problem
from telisik.errors import ExtractionError
from telisik.extract.siterules import rules_for
from telisik.fetch import DEFAULT_LIMITS, size_text
from telisik.urls import strip_userinfo
from telisik.warc import RefusedRecord, WarcFormatError, iter_warc_articles

if TYPE_CHECKING:
    from telisik.archive import Archive
    from telisik.extract.siterules import SiteRules

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# The same cap as `telisik fetch --max-size` by default: saved pages and WARC records larger than this are
# refused rather than read into memory.
DEFAULT_MAX_BYTES = DEFAULT_LIMITS.max_bytes
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE)


# One outcome type for fetched and imported articles; `source` names the file (and record) it came from, and
# `url` is None when the file gave no address.
ImportOutcome = ArchiveOutcome


def _outcome(source: str, url: str | None, status: str, reason: str = "", **found: Any) -> ArchiveOutcome:
    return ArchiveOutcome(url, status, reason, source=source, **found)


def file_kind(path: str | os.PathLike) -> str | None:
    """'warc' or 'html' by file name, or by the first bytes when the name says nothing."""
    name = os.fspath(path).lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError:
        return None
    if head.startswith(b"WARC/") or head[:2] == b"\x1f\x8b":
        return "warc"
    if b"<html" in head.lower() or b"<!doctype html" in head.lower():
        return "html"
    return None


def import_files(
    paths: Iterable[str | os.PathLike],
    *,
    db: Archive,
    url: str | None = None,
    rules_by_host: dict[str, SiteRules] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    trust_canonical: bool = False,
    any_page: bool = False,
) -> Iterator[ArchiveOutcome]:
    """Import each file (WARC or HTML), yielding one outcome per article (or refused record) as it goes.
    Pages that are not articles fail, as with `telisik fetch`, unless `any_page`.

    Writes are committed in batches (`telisik.archive.batched_writes`): a crash loses at most the last batch,
    which importing the files again restores. Raises StoreError when the archive cannot be written at all.
    """
    options = {
        "db": db,
        "rules_by_host": rules_by_host,
        "max_bytes": max_bytes,
        "trust_canonical": trust_canonical,
        "any_page": any_page,
    }
    with batched_writes(db) as done:
        for path in paths:
            for outcome in _import_path(path, url=url, **options):
                done()
                yield outcome


def _import_path(path: str | os.PathLike, *, url: str | None, **options: Any) -> Iterator[ArchiveOutcome]:
    kind = file_kind(path)
    if kind == "warc":
        yield from import_warc(path, **options)
    elif kind == "html":
        yield import_html(path, url=url, **options)
    elif not os.path.exists(path):
        yield _outcome(os.fspath(path), None, "failed", "no such file")
    else:
        yield _outcome(os.fspath(path), None, "failed", "not a WARC or HTML file")


def import_warc(
    path: str | os.PathLike,
    *,
    db: Archive,
    rules_by_host: dict[str, SiteRules] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    trust_canonical: bool = False,
    any_page: bool = False,
) -> Iterator[ArchiveOutcome]:
    """Archive every HTML page response of a WARC file (plain or .gz), streaming record by record.

    A damaged record (cut short, wrong digest, marked truncated) or one over `max_bytes` is a failed outcome
    naming the record; the intact records around it are archived.
    """
    source = os.fspath(path)
    try:
        with open(path, "rb") as stream:
            for item in iter_warc_articles(stream, max_bytes=max_bytes):
                if isinstance(item, RefusedRecord):
                    yield _refused(source, item)
                else:
                    yield archive_captures(
                        item.captures,
                        db=db,
                        source=source,
                        rules_by_host=rules_by_host,
                        trust_canonical=trust_canonical,
                        any_page=any_page,
                    )
    except OSError as exc:
        yield _outcome(source, None, "failed", f"cannot read the file: {exc.strerror or exc}")
    except WarcFormatError as exc:
        yield _outcome(source, None, "failed", str(exc))


def _refused(source: str, record: Any) -> ArchiveOutcome:
    where = f"{source} at byte {record.offset:,}" if record.offset is not None else source
    return _outcome(where, record.url or None, "failed", record.reason)


def import_html(
    path: str | os.PathLike,
    *,
    db: Archive,
    url: str | None = None,
    rules_by_host: dict[str, SiteRules] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    trust_canonical: bool = False,
    any_page: bool = False,
) -> ArchiveOutcome:
    """Archive one saved HTML page, at `url` or at the address the page itself declares."""

    source = os.fspath(path)
    try:
        if os.path.getsize(path) > max_bytes:
            return _outcome(source, url, "failed", f"page larger than {size_text(max_bytes)}")
        content = Path(path).read_bytes()
        fetched_at = datetime.fromtimestamp(os.path.getmtime(path), tz=timezone.utc)
    except OSError as exc:
        return _outcome(source, url, "failed", f"cannot read the file: {exc.strerror or exc}")
    problem = page_content_problem(content)
    if problem:
        return _outcome(source, url and strip_userinfo(url), "failed", problem)
    try:
        address = url or page_address(content)
    except ExtractionError as exc:
        return _outcome(source, None, "failed", exc.reason)
    if not address:
        return _outcome(
            source, None, "failed", "the page names no canonical URL; give its address with --url URL"
        )
    address = strip_userinfo(address)
    capture = Capture(
        url=address,
        final_url=address,
        status=200,
        headers={},  # nothing was received over HTTP
        content=content,
        fetched_at=fetched_at,
        content_type="text/html",
    )
    return archive_captures(
        [capture],
        db=db,
        source=source,
        rules_by_host=rules_by_host,
        trust_canonical=trust_canonical,
        any_page=any_page,
    )


def page_address(content: bytes) -> str | None:
    """The address a saved page declares: its canonical link (or og:url), else a browser's saved-from mark."""
    article = extract.extract_article(content)
    if article.canonical_url and article.canonical_url.startswith(("http://", "https://")):
        return article.canonical_url
    mark = _SAVED_FROM.search(content[:4096])
    return mark.group(1).decode("ascii", "replace") if mark else None


def archive_captures(
    captures: list[Capture],
    *,
    db: Archive,
    source: str,
    rules_by_host: dict[str, SiteRules] | None = None,
    trust_canonical: bool = False,
    any_page: bool = False,
) -> ArchiveOutcome:
    """Extract and store an article from its captures (first page first), as `telisik fetch` would;
    `trust_canonical`: key it by the canonical URL its page names even on another site."""
    first, more = captures[0], captures[1:]
    problem = page_content_problem(first.content, first.content_type)
    if problem:  # the check `telisik fetch` applies to the same bytes
        return _outcome(source, first.final_url, "failed", problem)
    more = [page for page in more if not page_content_problem(page.content, page.content_type)]
    stored = find_stored_capture(db, first)
    if stored is not None:
        # This very response is archived already (an earlier import or fetch): storing it again could
        # only re-order versions, so re-importing a capture changes nothing.
        known = get_article(db, stored[0], with_capture=False)
        url = (known.canonical_url or known.url) if known is not None else first.final_url
        return _outcome(source, url, "unchanged", article=known, article_id=stored[0])
    rules = _rules_for(first.final_url, rules_by_host)
    trusted = [archiver.ANY_HOST] if trust_canonical else []
    try:
        article = archiver.build_article(first, more, rules=rules, trusted_hosts=trusted)
    except ExtractionError as exc:  # the file's failure, with the reason; the import goes on
        return _outcome(source, first.final_url, "failed", exc.reason)
    if not article.is_article and not (any_page and article.kind != "article"):
        return _outcome(source, first.final_url, "failed", archiver.not_article_reason(article))
    try:
        result = store_article(db, article)
    except StoreError as exc:
        return _outcome(source, first.final_url, "failed", exc.reason)
    url = article.canonical_url or first.final_url
    # An older capture than the stored current version goes in as a past version (see store_article).
    note = f"an older capture: kept as version {result.version}" if result.historical else ""
    return _outcome(source, url, result.status, note, article=article, article_id=result.article_id)


def find_stored_capture(db: Archive, capture: Capture) -> tuple[int, int] | None:
    """(article id, version) of a stored page with the same URL, fetch time and bytes, if there is one."""
    return find_capture(db, capture.final_url, raw_sha256(capture.content or b""), capture.fetched_at)


def _rules_for(url: str, rules_by_host: dict[str, SiteRules] | None) -> SiteRules | None:
    if not rules_by_host:
        return None
    return rules_for(url, rules_by_host)
