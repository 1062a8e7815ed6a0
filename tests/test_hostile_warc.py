"""Issue #15, items 2 and 4: a damaged WARC record is reported and never imported as whole; WARC import has
the same size cap as `fetch` and reads records in steps (bounded memory).

The WARC files are real files written the way crawlers write them (warcio's writer, as wget/Browsertrix
records are, and telisik's own export), then damaged the way files get damaged: cut short, a record's body
shortened, bytes changed, a response recorded from a dropped connection.
"""

from __future__ import annotations

import gzip
import io
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

import pytest
from support.pages import PARAGRAPHS, PageSpec, render_page, run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telisik.archive import open_db
from telisik.article import Article, Capture
from telisik.importer import import_files
from telisik.warc import write_articles

pytestmark = pytest.mark.both_backends

BASE = "https://pati.kabarlingkar.test/2026/02/05"
MB = 1024 * 1024


def article_page(n: int) -> bytes:
    """A full news page, different for each n, whose last paragraph says 'akhir berita n'."""
    spec = PageSpec(
        title=f"Petani Jakenan Protes Kelangkaan Pupuk, Hari ke-{n}",
        paragraphs=[*PARAGRAPHS, f"Rapat lanjutan dijadwalkan pekan depan, akhir berita {n}."],
        canonical=f"{BASE}/pupuk-{n}/",
    )
    return render_page(spec).encode("utf-8")


def foreign_warc(
    bodies: list[bytes],
    *,
    gzip_records: bool = False,
    http_lengths: list[int] | None = None,
    extra_headers: dict[int, dict[str, str]] | None = None,
) -> bytes:
    """A WARC as a crawler writes it: warcinfo, then one request-less response per page, with digests.
    `http_lengths` overrides the HTTP Content-Length a response declares (what the server promised)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "Wget/1.21.4"}))
    for n, body in enumerate(bodies):
        declared = http_lengths[n] if http_lengths else len(body)
        http = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(declared)),
                ("Server", "nginx"),
            ],
            protocol="HTTP/1.1",
        )
        headers = {"WARC-Date": f"2026-02-05T04:0{n % 10}:00Z", **(extra_headers or {}).get(n, {})}
        record = writer.create_warc_record(
            f"{BASE}/pupuk-{n}/",
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict=headers,
        )
        writer.write_record(record)
    return out.getvalue()


def telisik_warc(count: int, *, gzip_records: bool) -> bytes:
    """What `telisik export --format warc` writes: a response and a metadata record per article."""
    fetched = datetime(2026, 2, 5, 4, 0, tzinfo=timezone.utc)
    articles = []
    for n in range(count):
        url = f"{BASE}/pupuk-{n}/"
        capture = Capture(
            url,
            url,
            200,
            {"content-type": "text/html; charset=utf-8"},
            article_page(n),
            fetched,
            "text/html",
            "utf-8",
        )
        articles.append(
            Article(
                url=url,
                canonical_url=url,
                title=f"Hari ke-{n}",
                body="-",
                fetched_at=fetched,
                capture=capture,
            )
        )
    out = io.BytesIO()
    write_articles(articles, out, gzip=gzip_records)
    return out.getvalue()


def import_file(tmp_path: Path, db_path: str, data: bytes, name: str = "crawl.warc", *options: str):
    path = tmp_path / name
    path.write_bytes(data)
    return run_cli("import", "--db", db_path, *options, str(path))


def stored_bodies(db_path: str) -> dict[str, str]:
    db = open_db(db_path)
    return {row[0]: row[1] for row in db.execute("SELECT canonical_url, body FROM articles")}


def failed_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed")]


# ------------------------------------------------------------------------------------------ item 2: damage


def test_response_recorded_from_a_dropped_connection_is_refused(tmp_path, db_path):
    """The crawler wrote a consistent record of a response cut mid-article: only the HTTP Content-Length
    (what the server promised) shows that the last paragraph never arrived."""
    bodies = [article_page(n) for n in range(3)]
    cut = bodies[1][: bodies[1].index(b"akhir berita 1") - 200]
    data = foreign_warc([bodies[0], cut, bodies[2]], http_lengths=[len(b) for b in bodies])
    result = import_file(tmp_path, db_path, data)
    assert result.exit_code == 1
    [line] = failed_lines(result.stderr)
    assert (
        f"{BASE}/pupuk-1/" in line
        and f"HTTP body cut short: {len(cut):,} of {len(bodies[1]):,} bytes" in line
    )
    assert "crawl.warc at byte" in line
    assert set(stored_bodies(db_path)) == {f"{BASE}/pupuk-0/", f"{BASE}/pupuk-2/"}


def test_record_with_bytes_removed_is_refused_and_the_records_before_it_import(tmp_path, db_path):
    """Bytes cut out of a record's body without its Content-Length knowing: the record runs into the next
    (which cannot be found again: warcio does not resynchronise), and both are reported."""
    data = foreign_warc([article_page(n) for n in range(3)])
    marker = b"akhir berita 1"
    at = data.index(marker)
    damaged = data[: at - 300] + data[at:]
    result = import_file(tmp_path, db_path, damaged)
    assert result.exit_code == 1
    assert any(f"{BASE}/pupuk-1/" in line for line in failed_lines(result.stderr)), result.stderr
    assert f"{BASE}/pupuk-1/" not in stored_bodies(db_path)
    assert f"{BASE}/pupuk-0/" in stored_bodies(db_path)


@pytest.mark.parametrize("gzip_records", [False, True])
def test_changed_bytes_fail_the_block_digest(tmp_path, db_path, gzip_records):
    data = telisik_warc(3, gzip_records=False)
    at = data.index(b"akhir berita 1")
    damaged = data[:at] + b"AKHIR" + data[at + 5 :]  # same length: only the digest can tell
    if gzip_records:  # recompressed per record, as a damaged-then-repacked .warc.gz would be
        damaged = b"".join(gzip.compress(b"WARC/" + part) for part in damaged.split(b"WARC/")[1:])
    result = import_file(tmp_path, db_path, damaged, "export.warc.gz" if gzip_records else "export.warc")
    assert result.exit_code == 1
    [line] = failed_lines(result.stderr)
    assert f"{BASE}/pupuk-1/" in line and "WARC-Block-Digest does not match" in line
    assert set(stored_bodies(db_path)) == {f"{BASE}/pupuk-0/", f"{BASE}/pupuk-2/"}


def test_record_marked_truncated_by_its_writer_is_refused(tmp_path, db_path):
    data = foreign_warc([article_page(0), article_page(1)], extra_headers={1: {"WARC-Truncated": "length"}})
    result = import_file(tmp_path, db_path, data)
    assert result.exit_code == 1
    [line] = failed_lines(result.stderr)
    assert "WARC-Truncated: length" in line and f"{BASE}/pupuk-1/" in line
    assert set(stored_bodies(db_path)) == {f"{BASE}/pupuk-0/"}


@pytest.mark.parametrize("gzip_records", [False, True])
def test_a_warc_cut_in_half_imports_what_is_whole_and_reports_the_cut(tmp_path, db_path, gzip_records):
    data = telisik_warc(10, gzip_records=gzip_records)
    half = data[: len(data) // 2]
    result = import_file(tmp_path, db_path, half, "half.warc.gz" if gzip_records else "half.warc")
    assert result.exit_code == 1
    [line] = failed_lines(result.stderr)
    assert "cut" in line
    stored = stored_bodies(db_path)
    assert 3 <= len(stored) < 10
    for n in range(len(stored)):  # every article before the cut is whole, the last paragraph included
        assert f"akhir berita {n}" in stored[f"{BASE}/pupuk-{n}/"]
    assert result.stderr.splitlines()[-1] == f"import: 1 failed, {len(stored)} new"


def test_every_cut_of_a_warc_is_reported_or_falls_between_records(tmp_path):
    """A cut anywhere in a record (headers, HTTP headers, body, gzip trailer) is reported; the articles
    yielded before it are byte for byte what was written."""
    from telisik.warc import RefusedRecord, WarcFormatError, iter_warc_articles

    originals = {f"{BASE}/pupuk-{n}/": article_page(n) for n in range(3)}
    for gzip_records in (False, True):
        data = telisik_warc(3, gzip_records=gzip_records)
        boundaries = _record_boundaries(data, gzip_records)
        for cut in range(300, len(data), 11):
            try:
                items = list(iter_warc_articles(io.BytesIO(data[:cut])))
            except WarcFormatError:
                continue
            articles = [item for item in items if not isinstance(item, RefusedRecord)]
            assert all(originals[a.capture.url] == a.capture.content for a in articles)
            if not any(isinstance(item, RefusedRecord) for item in items):
                assert any(0 <= b - cut <= 4 for b in boundaries), (gzip_records, cut)  # between records


def _record_boundaries(data: bytes, gzip_records: bool) -> list[int]:
    marker = b"\x1f\x8b\x08" if gzip_records else b"WARC/1.1\r\n"
    found, at = [], data.find(marker)
    while at != -1:
        found.append(at)
        at = data.find(marker, at + 1)
    return [*found, len(data)]


# --------------------------------------------------------------------------------------- item 4: size cap


def big_page(size: int) -> bytes:
    paragraph = (
        b"<p>" + b"Warga Desa Kedungrejo menerima bantuan benih padi menjelang musim tanam. " * 20 + b"</p>\n"
    )
    head = article_page(99).split(b"<article", 1)[0]
    return head + b"<article>" + paragraph * (size // len(paragraph)) + b"</article></body></html>"


def test_warc_record_over_max_size_is_refused_and_the_rest_imports(tmp_path, db_path):
    data = foreign_warc([article_page(0), big_page(3 * MB), article_page(2)], gzip_records=True)
    assert len(data) < 200_000  # a small .warc.gz holding a large record
    result = import_file(tmp_path, db_path, data, "crawl.warc.gz", "--max-size", "1")
    assert result.exit_code == 1
    [line] = failed_lines(result.stderr)
    assert f"{BASE}/pupuk-1/" in line and "page larger than 1 MB" in line
    assert set(stored_bodies(db_path)) == {f"{BASE}/pupuk-0/", f"{BASE}/pupuk-2/"}


def test_default_cap_is_the_fetch_cap(tmp_path, db_path):
    data = foreign_warc([big_page(21 * MB)], gzip_records=True)
    result = import_file(tmp_path, db_path, data, "crawl.warc.gz")
    assert result.exit_code == 1 and "page larger than 20 MB" in result.stderr


def test_a_large_record_is_never_held_in_memory(tmp_path):
    """40 MB of page in a ~100 KB .warc.gz, cap 2 MB: the peak of Python allocations stays far below 40 MB."""
    path = tmp_path / "besar.warc.gz"
    path.write_bytes(foreign_warc([big_page(40 * MB), article_page(1)], gzip_records=True))
    db = open_db(str(tmp_path / "a.db"))
    tracemalloc.start()
    try:
        outcomes = list(import_files([path], db=db, max_bytes=2 * MB))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [o.status for o in outcomes] == ["failed", "new"]
    assert outcomes[0].reason == "page larger than 2 MB"
    assert peak < 24 * MB, f"peak {peak / MB:.0f} MB"


def test_saved_html_file_over_max_size_is_refused(tmp_path, db_path):
    page = tmp_path / "besar.html"
    page.write_bytes(big_page(2 * MB))
    result = run_cli("import", "--db", db_path, "--max-size", "1", str(page))
    assert result.exit_code == 1 and "page larger than 1 MB" in result.stderr


def test_a_multi_page_article_whose_first_page_is_damaged_is_not_rebuilt_from_page_two():
    from test_warc import make_article

    from telisik.warc import RefusedRecord, WarcArticle, iter_warc_articles

    data = io.BytesIO()
    write_articles([make_article()], data)
    raw = data.getvalue()
    at = raw.index(b"Ngloram")
    damaged = raw[:at] + b"NGLORAM" + raw[at + 7 :]
    items = list(iter_warc_articles(io.BytesIO(damaged)))
    assert [type(item) for item in items] == [RefusedRecord]
    assert "WARC-Block-Digest does not match" in items[0].reason
    intact = list(iter_warc_articles(io.BytesIO(raw)))
    assert [type(item) for item in intact] == [WarcArticle] and len(intact[0].captures) == 2


def test_a_header_line_of_50_mb_is_damage_not_memory(tmp_path):
    """warcio reads headers line by line: a 'line' of 50 MB without a newline (a few KB gzipped) must stop
    the reading with a reason, not be read into memory; the article before it is imported."""
    head_line = b"X-Pad: " + b"a" * (50 * MB)
    out = io.BytesIO()
    out.write(foreign_warc([article_page(0)], gzip_records=True))
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + head_line + b"\r\n\r\n" + article_page(1)
    warc_head = (
        f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {BASE}/pupuk-1/\r\n"
        f"WARC-Date: 2026-02-05T04:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    out.write(gzip.compress(warc_head + block + b"\r\n\r\n"))
    path = tmp_path / "panjang.warc.gz"
    path.write_bytes(out.getvalue())
    del block, head_line
    db = open_db(str(tmp_path / "a.db"))
    tracemalloc.start()
    try:
        outcomes = list(import_files([path], db=db))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [o.status for o in outcomes] == ["new", "failed"]
    assert "record headers longer than 1 MB" in outcomes[1].reason
    # warcio inflates in 16 KB steps (~16 MB of "a" each); the 50 MB line read whole would pass 50 MB alone
    assert peak < 48 * MB, f"peak {peak / MB:.0f} MB"
