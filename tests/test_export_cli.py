"""`telisik export`: filters, output files, compression, and the refusal to spray a WARC on a terminal."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone
from io import BytesIO

import pytest
from support.pages import PageSpec, render_page, run_cli, store_page
from warcio.archiveiterator import ArchiveIterator

from telisik.archive import open_db

pytestmark = pytest.mark.both_backends

PAGES = [
    # (site, path, published, title)
    ("pati.kabarlingkar.test", "/2026/01/30/a/", "2026-01-30T23:30:00+07:00", "Pasar Puri Direnovasi"),
    ("pati.kabarlingkar.test", "/2026/02/05/b/", "2026-02-05T10:12:00+07:00", "Petani Protes Pupuk"),
    ("kudus.kabarlingkar.test", "/2026/02/07/c/", "2026-02-07T08:00:00+07:00", "Menara Kudus Dipugar"),
]


@pytest.fixture
def archive(db_path):
    db = open_db(db_path)
    for site, path, published, title in PAGES:
        canonical = f"https://{site}{path}"
        page = render_page(PageSpec(title=title, canonical=canonical, published=published))
        store_page(db, page, canonical, fetched_at=datetime(2026, 2, 8, tzinfo=timezone.utc))
    db.conn.close()
    return db_path


def titles_jsonl(stdout: str) -> list[str]:
    return [json.loads(line)["title"] for line in stdout.splitlines()]


def test_jsonl_to_stdout_by_default(archive):
    result = run_cli("export", "--db", archive)
    assert result.exit_code == 0, result.stderr
    assert titles_jsonl(result.stdout) == [p[3] for p in PAGES]
    assert result.stderr.strip() == "export: 3 articles written to standard output (jsonl)"


def test_site_since_until_filters_use_the_local_publication_date(archive):
    by_site = run_cli("export", "--db", archive, "--site", "kudus.kabarlingkar.test")
    assert titles_jsonl(by_site.stdout) == ["Menara Kudus Dipugar"]
    # 30 Jan 23:30 WIB is 30 Jan on the page (29/30 boundary in UTC would differ)
    since = run_cli("export", "--db", archive, "--since", "2026-01-30", "--until", "2026-02-05")
    assert titles_jsonl(since.stdout) == ["Pasar Puri Direnovasi", "Petani Protes Pupuk"]
    none = run_cli("export", "--db", archive, "--since", "2027-01-01")
    assert none.exit_code == 0 and none.stdout == ""


def test_bad_date_is_a_usage_error(archive):
    result = run_cli("export", "--db", archive, "--since", "5/2/2026")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr or "%Y-%m-%d" in result.stderr


def test_gz_file_names_compress_jsonl_and_csv(archive, tmp_path):
    jsonl = tmp_path / "a.jsonl.gz"
    assert run_cli("export", "--db", archive, "-o", str(jsonl)).exit_code == 0
    assert titles_jsonl(gzip.decompress(jsonl.read_bytes()).decode("utf-8")) == [p[3] for p in PAGES]
    csv_file = tmp_path / "a.csv.gz"
    assert run_cli("export", "--db", archive, "--format", "csv", "-o", str(csv_file)).exit_code == 0
    text = gzip.decompress(csv_file.read_bytes()).decode("utf-8")
    assert text.splitlines()[0].startswith("id,version,content_hash,canonical_url")
    assert "Menara Kudus Dipugar" in text


def test_warc_to_stdout_when_piped(archive):
    result = run_cli("export", "--db", archive, "--format", "warc", "--site", "pati.kabarlingkar.test")
    assert result.exit_code == 0, result.stderr
    records = [r.rec_type for r in ArchiveIterator(BytesIO(result.stdout_bytes))]
    assert records == ["warcinfo", "response", "metadata", "response", "metadata"]


def test_warc_gz_file_is_gzipped_per_record(archive, tmp_path):
    out = tmp_path / "arsip.warc.gz"
    assert run_cli("export", "--db", archive, "--format", "warc", "-o", str(out)).exit_code == 0
    data = out.read_bytes()
    assert data[:2] == b"\x1f\x8b"
    iterator = ArchiveIterator(BytesIO(data))
    offsets = []
    for record in iterator:
        record.content_stream().read()
        offsets.append(iterator.get_record_offset())
    assert len(offsets) == 7  # warcinfo + 3 x (response, metadata), each its own gzip member
    assert not (tmp_path / "arsip.warc.gz.part").exists()


def test_warc_refused_on_a_terminal_but_written_with_o(archive, monkeypatch, tmp_path):
    import telisik.cli.archive_cmd as archive_cmd

    monkeypatch.setattr(archive_cmd, "stdout_is_terminal", lambda: True)
    refused = run_cli("export", "--db", archive, "--format", "warc")
    assert refused.exit_code == 2
    assert "-o FILE" in refused.stderr and refused.stdout_bytes == b""
    allowed = run_cli("export", "--db", archive, "--format", "warc", "-o", str(tmp_path / "a.warc"))
    assert allowed.exit_code == 0 and (tmp_path / "a.warc").read_bytes().startswith(b"WARC/1.1")
    # JSONL on a terminal is fine
    assert run_cli("export", "--db", archive).exit_code == 0


def test_unwritable_output_is_a_clean_error(archive, tmp_path):
    result = run_cli("export", "--db", archive, "-o", str(tmp_path / "no" / "such" / "dir" / "a.jsonl"))
    assert result.exit_code == 1
    assert result.stderr.startswith("telisik: cannot write")


def test_missing_archive_is_a_clean_error(tmp_path):
    result = run_cli("export", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "no archive" in result.stderr
