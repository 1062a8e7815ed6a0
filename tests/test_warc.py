"""WARC writing and reading (telisik.warc): valid ISO 28500 that warcio replays, and an exact round trip."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone
from io import BytesIO

import pytest
from support.articles import make_article as support_article
from support.articles import make_capture as support_capture
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telisik.article import Article, Capture
from telisik.warc import ArticleWarcWriter, WarcFormatError, iter_warc_articles, write_articles

PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Banjir Cepu – TelisikFakta</title>
<link rel="canonical" href="https://blora.telisikfakta.test/2026/01/27/banjir-cepu/"></head>
<body><nav><a href="/">Beranda</a></nav><article><h1>Banjir Cepu</h1>
<p>Hujan deras sejak pagi membuat Bengawan Solo meluap — warga Ngloram mengungsi.</p></article>
<aside>Terpopuler: <a href="/x">Harga gabah naik</a></aside></body></html>
"""

FETCHED = datetime(2026, 1, 27, 8, 28, 41, 123456, tzinfo=timezone.utc)


def make_capture(url: str, content: bytes, **kwargs) -> Capture:
    kwargs.setdefault(
        "headers", {"content-type": "text/html; charset=utf-8", "server": "nginx", "x-cache": "HIT"}
    )
    kwargs.setdefault("fetched_at", FETCHED)
    return support_capture(url, content, **kwargs)


def make_article() -> Article:
    first = make_capture(
        "https://blora.telisikfakta.test/?p=123&utm_source=fb",
        PAGE.encode("utf-8"),
        final_url="https://blora.telisikfakta.test/2026/01/27/banjir-cepu/",
        headers={
            "content-type": "text/html; charset=utf-8",
            "content-encoding": "gzip",
            "transfer-encoding": "chunked",
            "etag": '"abc"',
        },
    )
    second = make_capture(
        "https://blora.telisikfakta.test/2026/01/27/banjir-cepu/2/",
        b"<html><body><p>Halaman dua: bantuan datang.</p></body></html>",
        fetched_at=datetime(2026, 1, 27, 8, 28, 42, tzinfo=timezone.utc),
        encoding=None,
    )
    return support_article(
        first.final_url,
        canonical_url="https://blora.telisikfakta.test/2026/01/27/banjir-cepu/",
        site="blora.telisikfakta.test",
        title="Banjir Cepu",
        authors=["Siti Aminah"],
        body="Hujan deras sejak pagi membuat Bengawan Solo meluap — warga Ngloram mengungsi.",
        language=None,
        fetched_at=FETCHED,
        capture=first,
        extra_captures=[second],
    )


def write(articles, *, gzip_records=False) -> bytes:
    buf = BytesIO()
    write_articles(articles, buf, gzip=gzip_records)
    return buf.getvalue()


def test_warcio_reads_every_record_back_with_valid_digests():
    data = write([make_article()])
    records = []
    for record in ArchiveIterator(BytesIO(data), check_digests="raise"):
        records.append((record.rec_type, record.rec_headers, record.content_stream().read()))
    assert [r[0] for r in records] == ["warcinfo", "response", "response", "metadata"]
    assert all(headers.protocol == "WARC/1.1" for _, headers, _ in records)


def test_response_record_carries_url_date_status_headers_and_exact_body():
    article = make_article()
    data = write([article])
    response = next(r for r in ArchiveIterator(BytesIO(data)) if r.rec_type == "response")
    assert response.rec_headers.get_header("WARC-Target-URI") == article.capture.final_url
    assert response.rec_headers.get_header("WARC-Date") == "2026-01-27T08:28:41.123456Z"
    assert response.http_headers.statusline == "200 OK"
    assert response.http_headers.get_header("etag") == '"abc"'
    # the stored body is already decoded: claiming gzip/chunked would make the record unreadable
    assert response.http_headers.get_header("content-encoding") is None
    assert response.http_headers.get_header("transfer-encoding") is None
    assert response.http_headers.get_header("content-length") == str(len(PAGE.encode()))
    assert response.content_stream().read() == PAGE.encode("utf-8")


def test_metadata_record_refers_to_the_response_and_holds_the_fields_as_json():
    data = write([make_article()])
    records = list(_records(data))
    response_id = records[1][1].get_header("WARC-Record-ID")
    rec_type, headers, body = records[-1]
    assert rec_type == "metadata"
    assert headers.get_header("WARC-Refers-To") == response_id
    assert headers.get_header("WARC-Concurrent-To") == response_id
    assert headers.get_header("Content-Type") == "application/json"
    payload = json.loads(body)
    assert payload["title"] == "Banjir Cepu"
    assert payload["authors"] == ["Siti Aminah"]
    assert payload["captures"][0]["url"] == "https://blora.telisikfakta.test/?p=123&utm_source=fb"
    assert len(payload["captures"]) == 2


def _records(data: bytes):
    for record in ArchiveIterator(BytesIO(data)):
        yield record.rec_type, record.rec_headers, record.content_stream().read()


@pytest.mark.parametrize("gzip_records", [False, True])
def test_round_trip_gives_back_the_same_captures(gzip_records):
    article = make_article()
    other = Article(
        url="https://example.test/en/story",
        title="Story",
        capture=make_capture(
            "https://example.test/en/story", b"<html><p>English page</p></html>", status=203
        ),
    )
    data = write([article, other], gzip_records=gzip_records)
    got = list(iter_warc_articles(BytesIO(data)))
    assert len(got) == 2
    first, second = got
    assert len(first.captures) == 2
    for original, restored in zip([article.capture, *article.extra_captures], first.captures, strict=True):
        assert restored.url == original.url
        assert restored.final_url == original.final_url
        assert restored.status == original.status
        assert restored.content == original.content
        assert restored.fetched_at == original.fetched_at
        assert restored.content_type == original.content_type
        assert restored.encoding == original.encoding
    assert first.captures[0].headers["etag"] == '"abc"'
    assert first.metadata["title"] == "Banjir Cepu"
    assert second.capture.status == 203 and second.capture.content == b"<html><p>English page</p></html>"


def test_gzipped_output_is_one_gzip_member_per_record():
    data = write([make_article()], gzip_records=True)
    assert data[:2] == b"\x1f\x8b"
    assert gzip.decompress(data).startswith(b"WARC/1.1\r\n")
    offsets = [record_offset for record_offset in _offsets(data)]
    assert len(offsets) == 4 and len(set(offsets)) == 4


def _offsets(data: bytes):
    iterator = ArchiveIterator(BytesIO(data))
    for record in iterator:
        record.content_stream().read()
        yield iterator.get_record_offset()


def test_article_without_raw_html_writes_metadata_only_and_imports_nothing():
    data = write([Article(url="https://x.test/a", canonical_url="https://x.test/a", title="Tanpa HTML")])
    assert [r[0] for r in _records(data)] == ["warcinfo", "metadata"]
    assert list(iter_warc_articles(BytesIO(data))) == []


def test_foreign_warc_with_chunked_gzip_body_and_assets_yields_the_html_page_only():
    page = b"<html><body><p>Berita dari arsip lain</p></body></html>"
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)
    chunked = _chunk(gzip.compress(page))
    http = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", "text/html; charset=UTF-8"),
            ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked"),
        ],
        protocol="HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            "https://other.test/news/1",
            "response",
            payload=BytesIO(chunked),
            length=len(chunked),
            http_headers=http,
        )
    )
    request = StatusAndHeaders("GET /news/1 HTTP/1.1", [("Host", "other.test")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record("https://other.test/news/1", "request", http_headers=request)
    )
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://other.test/a.png", "response", payload=BytesIO(b"\x89PNG"), length=4, http_headers=image
        )
    )
    moved = StatusAndHeaders("301 Moved Permanently", [("Location", "/news/1")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://other.test/n1", "response", http_headers=moved))
    buf.seek(0)
    got = list(iter_warc_articles(buf))
    assert len(got) == 1
    capture = got[0].capture
    assert capture.url == "https://other.test/news/1"
    assert capture.content == page
    assert capture.encoding == "utf-8" and capture.content_type == "text/html"
    assert got[0].metadata is None


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n0\r\n\r\n" % (len(data), data)


def test_garbage_is_a_format_error_not_a_traceback():
    with pytest.raises(WarcFormatError):
        list(iter_warc_articles(BytesIO(b"<html>this is not a warc</html>\n" * 5)))


def test_writer_counts_articles_and_records():
    buf = BytesIO()
    writer = ArticleWarcWriter(buf)
    writer.write_article(make_article())
    assert writer.articles_written == 1
    assert writer.records_written == 4  # warcinfo, 2 responses, metadata
