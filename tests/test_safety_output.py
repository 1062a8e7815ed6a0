"""Issue #15 items 7, 10, 14 and 22: what telisik writes is safe for the user's files, spreadsheets and
terminal. `export -o` never replaces a FIFO, device or symlink and keeps a file's mode; CSV cells cannot run
as formulas; a damaged archive or a full disk gives one line, never a traceback; machine formats get plain
snippets with match offsets and real scores; long URLs are shortened and spoofing characters stripped."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading

import pytest
from support.archive import filled_archive
from support.articles import make_article
from support.pages import run_cli

pytestmark = pytest.mark.both_backends

FORMULAS = ['=HYPERLINK("http://evil.test","klik")', "+62 811", "-1+1", "@SUM(A1)", "\tTAB", "\r=1+1"]


@pytest.fixture
def archive(db_path) -> str:
    path = db_path
    articles = [
        make_article(
            f"https://berita.test/2026/01/{n}/banjir/",
            title=title,
            body=f"Banjir merendam Cepu. {title} disebut warga.",
            site_name="=cmd|' /C calc'!A0",
            published=f"2026-01-{10 + n}T08:00:00+07:00",
        )
        for n, title in enumerate(FORMULAS, 1)
    ]
    filled_archive(path, articles).close()
    return path


# ------------------------------------------------------------------------------------- 10: CSV injection


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    "command",
    [["export", "--format", "csv"], ["search", "banjir", "--format", "csv", "--sort", "oldest"]],
    ids=["export", "search"],
)
def test_csv_cells_that_start_a_formula_are_quoted(archive, command):
    result = run_cli(*command, "--db", archive)
    assert result.exit_code == 0, result.stderr
    rows = _csv(result.stdout)
    titles = sorted(row["title"] for row in rows)
    assert titles and all(t.startswith("'") for t in titles), titles
    assert sorted(t[1:] for t in titles) == sorted(f.replace("\r", "") for f in FORMULAS)
    if "site_name" in rows[0]:
        assert {row["site_name"] for row in rows} == {"'=cmd|' /C calc'!A0"}


def test_csv_raw_writes_cells_as_stored(archive):
    result = run_cli("export", "--format", "csv", "--csv-raw", "--db", archive)
    titles = sorted(row["title"] for row in _csv(result.stdout))
    assert titles == sorted(f.replace("\r", "") for f in FORMULAS)


def test_history_and_sites_list_csv_are_quoted_too(archive):
    from telisik.archive import open_db
    from telisik.crawl.sites import add_site

    db = open_db(archive)
    add_site(db, "https://berita.test/", name="@berita")
    db.close()
    sites = _csv(run_cli("sites", "list", "--format", "csv", "--db", archive).stdout)
    assert sites[0]["name"] == "'@berita"
    history = _csv(run_cli("history", "1", "--format", "csv", "--db", archive).stdout)
    assert history[0]["title"].startswith("'=")


# ------------------------------------------------------------------------------------------ 7: export -o


def test_export_keeps_the_mode_of_the_file_it_replaces(archive, tmp_path):
    out = tmp_path / "private.jsonl"
    out.write_text("old\n")
    out.chmod(0o600)
    assert run_cli("export", "-o", str(out), "--db", archive).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(out.read_text().splitlines()) == len(FORMULAS)


def test_export_through_a_symlink_keeps_the_link(archive, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run_cli("export", "-o", str(link), "--db", archive).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(real.read_text().splitlines()) == len(FORMULAS)


def test_export_to_a_fifo_streams_to_its_reader(archive, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_cli("export", "-o", str(fifo), "--db", archive)
    reader.join(10)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a FIFO, not a regular file
    assert len(received[0].decode().splitlines()) == len(FORMULAS)
    assert not (tmp_path / "pipe.part").exists()


def test_export_to_a_device_node_writes_to_it_and_keeps_it(archive, tmp_path):
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null's numbers, in tmp_path
    except PermissionError:
        pytest.skip("creating a device node needs CAP_MKNOD")
    result = run_cli("export", "-o", str(device), "--db", archive)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(device.lstat().st_mode)


# ----------------------------------------------------------------------- 14: damaged archive, full disk


def _damage(path: str, how: str) -> None:
    conn = sqlite3.connect(path)
    if how == "bad utf-8":
        conn.execute("UPDATE articles SET title = CAST(x'fffe41' AS TEXT) WHERE id = 1")
    elif how == "vtable":
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE VIRTUAL TABLE articles_fts USING fts5(title, nope=1)' "
            "WHERE name = 'articles_fts'"
        )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if how == "malformed":
        size = os.path.getsize(path)
        with open(path, "r+b") as handle:  # pages after the first: the tables' b-trees
            handle.seek(4096)
            handle.write(os.urandom(size - 4096))


# what reads the damaged part: every title (bad UTF-8), the full-text index (vtable)
FAILING = {("bad utf-8", c) for c in ("search", "export", "history", "show", "reparse")} | {
    ("vtable", "search"),
    ("vtable", "reparse"),
}


@pytest.mark.slow  # a telisik subprocess each
@pytest.mark.parametrize("how", ["bad utf-8", "vtable", "malformed"])
@pytest.mark.parametrize(
    "command",
    [
        ["search", "banjir", "--format", "json"],
        ["export"],
        ["history", "1"],
        ["show", "1"],
        ["reparse", "--workers", "1"],
    ],
    ids=lambda c: c[0],
)
@pytest.mark.sqlite_only  # damages the file's bytes
def test_a_damaged_archive_gives_one_line_not_a_traceback(archive, how, command):
    _damage(archive, how)
    result = subprocess.run(
        [sys.executable, "-m", "telisik", *command, "--db", archive],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in result.stderr
    if how == "malformed" or (how, command[0]) in FAILING:
        assert result.returncode == 1, (result.stdout, result.stderr)
        assert result.stderr.startswith("telisik: "), result.stderr
        assert any(word in result.stderr for word in ("damaged", "malformed", "unrecognized option")), (
            result.stderr
        )
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    else:  # the damage is somewhere this command does not read
        assert result.returncode == 0, result.stderr


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("output_format", ["table", "json", "csv"])
def test_output_to_a_full_disk_is_one_line_and_exit_1(archive, output_format):
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "telisik", "search", "banjir", "--format", output_format, "--db", archive],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["telisik: cannot write the output: No space left on device"]


# ---------------------------------------------------------------------- 22: snippets, score, URLs, bidi


def test_json_and_csv_snippets_are_plain_with_match_offsets(archive):
    hits = json.loads(run_cli("search", "banjir", "--format", "json", "--db", archive).stdout)
    for hit in hits:
        assert "[" not in hit["snippet"] and "\ue000" not in hit["snippet"]
        assert hit["snippet_matches"]
        assert all(hit["snippet"][a:b].lower() == "banjir" for a, b in hit["snippet_matches"])
    row = _csv(run_cli("search", "banjir", "--format", "csv", "--db", archive).stdout)[0]
    assert "[" not in row["snippet"] and json.loads(row["snippet_matches"])


def test_sort_newest_reports_the_real_relevance_score(archive):
    by_relevance = json.loads(run_cli("search", "banjir", "--format", "json", "--db", archive).stdout)
    newest = json.loads(
        run_cli("search", "banjir", "--format", "json", "--sort", "newest", "--db", archive).stdout
    )
    assert all(hit["score"] != 0.0 for hit in newest)
    assert {h["id"]: h["score"] for h in newest} == {h["id"]: h["score"] for h in by_relevance}


@pytest.mark.slow
def test_a_huge_failed_url_is_shortened_in_messages(tmp_path):
    url = "http://127.0.0.1:9/" + "a" * 2_000_000
    result = run_cli("fetch", "--db", str(tmp_path / "a.db"), url)
    assert result.exit_code == 1
    assert len(result.stderr) < 1000 and "…" in result.stderr


def test_bidi_and_zero_width_characters_are_stripped_when_printed(tmp_path):
    path = str(tmp_path / "a.db")
    title = "Bupati \u202eadnaw\u202c resmikan\u200b jembatan\u2066 baru"
    filled_archive(path, [make_article("https://berita.test/1", title=title, body="Jembatan baru.")]).close()
    shown = run_cli("show", "1", "--db", path).stdout
    table = run_cli("search", "jembatan", "--db", path).stdout
    for text in (shown, table):
        assert "Bupati adnaw resmikan jembatan baru" in text
        assert not any(ch in text for ch in "\u202e\u202c\u200b\u2066")
    # the data itself is kept: JSON carries the title as stored
    assert json.loads(run_cli("show", "1", "--format", "json", "--db", path).stdout)["title"] == title
