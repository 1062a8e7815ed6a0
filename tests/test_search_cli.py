"""`telisik search` and `telisik show` on the command line: formats, errors, terminal safety, imports.

The archive's tests run on both backends (an SQLite file, a PostgreSQL database by URL)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from support.articles import make_article

from telisik import archive
from telisik.cli import main

pytestmark = pytest.mark.both_backends

WIB = timezone(timedelta(hours=7))


def _store(db, url, title, body, *, authors=("Rina Kusumawati",), published=None):
    article = make_article(
        url,
        title=title,
        body=body,
        authors=list(authors),
        tags=["banjir"],
        published=published or datetime(2026, 1, 27, 15, 28, 41, tzinfo=WIB),
        fetched_at=datetime(2026, 1, 28, tzinfo=timezone.utc),
        content=f"<html><title>{title}</title></html>".encode(),
    )
    return archive.store_article(db, article).article_id


@pytest.fixture(scope="module")
def archive_at(module_db_path):
    path = module_db_path
    db = archive.open_db(path)
    _store(
        db,
        "https://blora.example.id/banjir-cepu",
        "Banjir Rendam Cepu",
        "Banjir merendam ratusan rumah warga di Cepu.\n\nPengamanan dilakukan oleh polisi dan relawan.",
    )
    _store(
        db,
        "https://pati.example.id/jalan",
        "Jalan \x1b[31mRusak\x1b[0m Dikeluhkan",
        "Warga mengeluhkan jalan rusak. Tidak ada banjir kali ini.\x07",
        authors=("Agus Salim",),
        published=datetime(2025, 6, 1, 8, 0, tzinfo=WIB),
    )
    db.close()
    return str(path)


def run(*args, db_path=None, env=None):
    argv = list(args) + (["--db", db_path] if db_path else [])
    return CliRunner().invoke(main, argv, env=env, catch_exceptions=False)


def test_search_table_shows_title_site_date_authors_snippet_url(archive_at):
    result = run("search", "cepu", db_path=archive_at)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1. Banjir Rendam Cepu"
    assert lines[1] == "   blora.example.id · 2026-01-27 15:28 +0700 · Rina Kusumawati"
    assert "[Cepu]" in lines[2]
    assert lines[3].strip() == "https://blora.example.id/banjir-cepu  (id 1)"


def test_search_output_strips_control_characters_and_escapes(archive_at):
    result = run("search", "jalan", db_path=archive_at)
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Jalan [31mRusak[0m Dikeluhkan" not in result.output
    assert "Jalan Rusak Dikeluhkan" in result.output


def test_search_json_jsonl_csv(archive_at):
    data = json.loads(run("search", "banjir", "--format", "json", db_path=archive_at).output)
    assert [d["title"] for d in data][0] == "Banjir Rendam Cepu" and len(data) == 2
    assert data[0]["authors"] == ["Rina Kusumawati"] and data[0]["published"] == "2026-01-27T15:28:41+07:00"
    snippet, (start, end) = data[0]["snippet"], data[0]["snippet_matches"][0]
    assert "[" not in snippet and snippet[start:end].lower() == "banjir"  # plain text, matches as offsets
    lines = run("search", "banjir", "--format", "jsonl", db_path=archive_at).output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [d["id"] for d in data]
    rows = list(
        csv.DictReader(io.StringIO(run("search", "banjir", "--format", "csv", db_path=archive_at).output))
    )
    assert rows[0]["title"] == "Banjir Rendam Cepu" and json.loads(rows[0]["authors"]) == ["Rina Kusumawati"]
    assert "\x1b" not in rows[1]["title"]


def test_search_filters_count_and_sort(archive_at):
    assert run("search", "banjir", "--count", db_path=archive_at).output == "2\n"
    assert run("search", "banjir", "--count", "--site", "pati.example.id", db_path=archive_at).output == "1\n"
    assert run("search", "banjir", "--count", "--since", "2026-01-27", db_path=archive_at).output == "1\n"
    assert run("search", "banjir", "--count", "--until", "2026-01-26", db_path=archive_at).output == "1\n"
    assert run("search", "banjir", "--count", "--author", "agus", db_path=archive_at).output == "1\n"
    newest = json.loads(
        run("search", "banjir", "--sort", "oldest", "--format", "json", db_path=archive_at).output
    )
    assert [d["site"] for d in newest] == ["pati.example.id", "blora.example.id"]
    assert (
        len(
            json.loads(run("search", "banjir", "--limit", "1", "--format", "json", db_path=archive_at).output)
        )
        == 1
    )


def test_search_stemmed_and_exact_flag(archive_at):
    assert run("search", "aman", "--count", db_path=archive_at).output == "1\n"
    assert run("search", "aman", "--count", "--exact", db_path=archive_at).output == "0\n"
    assert "stemmed match" in run("search", "aman", db_path=archive_at).output


def test_search_bad_input_is_a_one_line_error(archive_at):
    result = CliRunner().invoke(main, ["search", "***", "--db", archive_at])
    assert (
        result.exit_code == 1
        and result.output.strip() == "telisik: nothing to search for: the query has no letters or digits"
    )
    result = CliRunner().invoke(main, ["search", "banjir", "--since", "27-01-2026", "--db", archive_at])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_search_awkward_words_do_not_crash(archive_at):
    for words in (['"unbalanced'], ["AND"], ["OR", "NOT"], ["C++"], ["a:b"], ["--", "-"]):
        result = CliRunner().invoke(main, ["search", *words, "--db", archive_at])
        assert result.exit_code in (0, 1), (words, result.output)
        assert "Traceback" not in result.output


def test_missing_archive_is_a_clear_message(tmp_path):
    path = tmp_path / "nothing.db"
    result = CliRunner().invoke(main, ["search", "banjir", "--db", str(path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"telisik: no archive at {path}; run telisik fetch first"
    assert not path.exists()
    result = CliRunner().invoke(main, ["show", "1"], env={"TELISIK_DB": str(path)})
    assert result.exit_code == 1 and "no archive at" in result.output


def test_show_text_and_json(archive_at):
    result = run("show", "1", db_path=archive_at)
    assert result.exit_code == 0
    head, _, body = result.output.partition("\n\n")
    assert "Title:        Banjir Rendam Cepu" in head and "Authors:      Rina Kusumawati" in head
    assert "Published:    2026-01-27T15:28:41+07:00" in head
    assert body.startswith("Banjir merendam ratusan rumah")
    data = json.loads(
        run(
            "show",
            "https://blora.example.id/banjir-cepu?utm_source=x",
            "--format",
            "json",
            db_path=archive_at,
        ).output
    )
    assert data["id"] == 1 and data["title"] == "Banjir Rendam Cepu" and data["tags"] == ["banjir"]
    assert data["status"] == 200 and data["version"] == 1 and data["published"] == "2026-01-27T15:28:41+07:00"
    shown = run("show", "2", db_path=archive_at).output
    assert "\x1b" not in shown and "\x07" not in shown


def test_show_unknown_article(archive_at):
    result = CliRunner().invoke(main, ["show", "https://nowhere.example/x", "--db", archive_at])
    assert result.exit_code == 1 and "no stored article matches https://nowhere.example/x" in result.output


def test_help_texts_document_syntax_with_examples():
    output = run("search", "--help").output
    for fragment in (
        '"banjir bandang"',
        "bupat*",
        "Examples:",
        "--all-versions",
        "--sort",
        "--count",
        "stemmed",
    ):
        assert fragment in output
    assert "Examples:" in run("show", "--help").output


PROBE = """
import sys
from telisik.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    heavy = sorted(m for m in ("httpx", "bs4", "lxml", "sqlite_utils", "numpy") if m in sys.modules)
    print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""


def test_real_subprocess_search_imports_nothing_heavy(archive_at):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "search", "banjir", "--db", archive_at, "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 2]
    assert "HEAVY=\n" in result.stderr
    shown = subprocess.run(
        [sys.executable, "-c", PROBE, "show", "1", "--db", archive_at],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Banjir Rendam Cepu" in shown.stdout and "HEAVY=\n" in shown.stderr
    helped = subprocess.run(
        [sys.executable, "-c", PROBE, "--help"], capture_output=True, text=True, timeout=60
    )
    assert "search" in helped.stdout and "HEAVY=\n" in helped.stderr


def test_snippet_rendering_bold_on_a_terminal_brackets_otherwise():
    from telisik.cli.search_cmd import _MARK_END, _MARK_START, _render_snippet

    snippet = f"warga {_MARK_START}Cepu{_MARK_END} mengungsi \x1b[2J"
    assert _render_snippet(snippet, styled=False) == "warga [Cepu] mengungsi "
    styled = _render_snippet(snippet, styled=True)
    assert "\x1b[1mCepu\x1b[0m" in styled and "\x1b[2J" not in styled
