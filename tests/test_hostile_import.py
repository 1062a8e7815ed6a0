"""Issue #15, item 3: `import` refuses the bytes `fetch` refuses — one content check for every way in.

Each sample is served by a loopback server (fetch) and saved as an .html file (import) and as a WARC
response record (import): all three must refuse it, with the same reason, and store nothing.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import zlib

import pytest
from support.pages import CANONICAL, render_page, run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telisik.archive import open_db

pytestmark = pytest.mark.both_backends


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def elf_bytes() -> bytes:
    """The start of a 64-bit Linux executable: ELF header, then code-like bytes."""
    return b"\x7fELF\x02\x01\x01" + bytes(9) + b"\x02\x00\x3e\x00" + os.urandom(4000)


def warc_gz_bytes() -> bytes:
    """A real .warc.gz holding an article page (someone renamed it .html)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    body = render_page().encode()
    writer.write_record(
        writer.create_warc_record(
            CANONICAL, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
    )
    return out.getvalue()


SAMPLES = {
    "elf": (elf_bytes(), "not an HTML page (application/octet-stream)"),
    "random": (os.urandom(64 * 1024), "not an HTML page (application/octet-stream)"),
    "png": (png_bytes(), "not an HTML page (image/png)"),
    "warc.gz": (warc_gz_bytes(), "not an HTML page (application/gzip)"),
    "gzip of a page": (gzip.compress(render_page().encode()), "not an HTML page (application/gzip)"),
    "empty": (b"  \n", "empty response"),
}


def article_count(db_path: str) -> int:
    return open_db(db_path).execute("SELECT count(*) FROM articles").fetchone()[0]


@pytest.mark.parametrize("name", list(SAMPLES))
def test_fetch_and_import_of_a_file_refuse_the_same_bytes_for_the_same_reason(site, tmp_path, db_path, name):
    content, reason = SAMPLES[name]
    url = site.add("/berita/lampiran", content, headers={})  # no Content-Type: the bytes alone decide
    fetched = run_cli("fetch", "--db", db_path, url)
    assert fetched.exit_code == 1
    assert fetched.stderr.strip().endswith(reason), fetched.stderr

    saved = tmp_path / "halaman.html"  # a name that claims HTML
    saved.write_bytes(content)
    imported = run_cli("import", "--db", db_path, "--url", CANONICAL, str(saved))
    assert imported.exit_code == 1
    assert imported.stderr.splitlines()[0].startswith("failed") and reason in imported.stderr, imported.stderr
    assert article_count(db_path) == 0


def warc_with_response(body: bytes, content_type: str | None) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders("200 OK", [*headers, ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    page = render_page().encode()
    for url, payload in ((CANONICAL, page), ("https://pati.kabarlingkar.test/lampiran", body)):
        http_headers = (
            http
            if payload is body
            else StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
        )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), length=len(payload), http_headers=http_headers
            )
        )
    return out.getvalue()


@pytest.mark.parametrize("name", ["elf", "random", "png", "warc.gz"])
@pytest.mark.parametrize("content_type", ["text/html", None])
def test_a_warc_record_of_binary_bytes_is_refused_as_fetch_refuses_it(
    site, tmp_path, db_path, name, content_type
):
    content, _ = SAMPLES[name]
    headers = {"Content-Type": content_type} if content_type else {}
    url = site.add("/lampiran", content, headers=headers)
    fetched = run_cli("fetch", "--db", db_path, url)
    fetch_reason = fetched.stderr.strip().rsplit("  ", 1)[1]
    assert fetched.exit_code == 1 and fetch_reason

    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_with_response(content, content_type))
    imported = run_cli("import", "--db", db_path, str(path))
    assert imported.exit_code == 1
    failed = [line for line in imported.stderr.splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and "https://pati.kabarlingkar.test/lampiran" in failed[0]
    assert fetch_reason in failed[0]
    assert article_count(db_path) == 1  # the real article in the same file


def test_a_utf16_page_with_a_byte_order_mark_is_still_imported(tmp_path, db_path):
    saved = tmp_path / "utf16.html"
    saved.write_bytes(render_page().encode("utf-16"))
    result = run_cli("import", "--db", db_path, str(saved))
    assert result.exit_code == 0, result.stderr
    assert article_count(db_path) == 1
