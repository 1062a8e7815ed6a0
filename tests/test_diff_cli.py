"""`telisik history` and `telisik diff` on an archive with several versions of one article."""

from __future__ import annotations

import csv
import io
import json

import pytest
from support.pages import (
    CANONICAL,
    PageSpec,
    render_page,
    run_cli,
    store_page,
    store_three_versions,
)

from telisik.archive import open_db

pytestmark = pytest.mark.both_backends

URL = CANONICAL  # stored as if fetched from the site itself: its canonical link is its own (#15 item 1)


@pytest.fixture
def three_versions(db_path):
    """v1 as published; v2 a corrected figure; v3 a correction paragraph appended and a second author."""
    db = open_db(db_path)
    store_three_versions(db, URL)
    db.conn.close()
    return db_path


def test_history_table_lists_versions_with_what_changed(three_versions):
    result = run_cli("history", "--db", three_versions, CANONICAL)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:5] == ["VER", "FETCHED", "(UTC)", "HASH", "SIZE"]
    assert lines[1].startswith("1 ") and "first version" in lines[1] and "2026-02-05 05:00:00" in lines[1]
    assert lines[2].startswith("2 ") and " body " in lines[2]
    assert lines[3].startswith("3*") and "authors" in lines[3] and "body" in lines[3]
    assert all("Petani Jakenan" in line for line in lines[1:])


def test_history_json_csv_and_id_lookup(three_versions):
    as_json = json.loads(run_cli("history", "--db", three_versions, "1", "--format", "json").stdout)
    assert [v["version"] for v in as_json] == [1, 2, 3]
    assert [v["current"] for v in as_json] == [False, False, True]
    assert as_json[1]["changed"] == ["body"]
    assert len({v["content_hash"] for v in as_json}) == 3
    assert all(v["size"] > 4000 and v["pages"] == 1 for v in as_json)
    rows = list(
        csv.DictReader(io.StringIO(run_cli("history", "--db", three_versions, URL, "--format", "csv").stdout))
    )
    assert [r["version"] for r in rows] == ["1", "2", "3"]
    assert sorted(json.loads(rows[2]["changed"])) == ["authors", "body"]


def test_default_diff_is_previous_against_current(three_versions):
    result = run_cli("diff", "--db", three_versions, CANONICAL)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith(
        "--- version 2, fetched 2026-02-05 06:00:00 UTC\n+++ version 3, fetched 2026-02-05 07:00:00 UTC\n"
    )
    assert "Also changed: authors (Rina Kusumawati → Rina Kusumawati, Dwi Hartono)" in out
    assert "{+Ralat: artikel ini telah diperbarui" in out
    assert "[-" not in out


def test_diff_between_chosen_versions(three_versions):
    out = run_cli("diff", "--db", three_versions, CANONICAL, "--from", "1", "--to", "2").stdout
    assert "turun [-12-]{+15+} persen" in out
    assert "Title (unchanged): Petani Jakenan" in out
    assert "Ralat" not in out


def test_diff_colour_on_request(three_versions):
    out = run_cli("diff", "--db", three_versions, CANONICAL, "--from", "1", "--to", "2", "--color").stdout
    assert "\x1b[31m" in out and "\x1b[32m" in out
    assert "[-" not in out


def test_diff_of_a_missing_version_names_the_stored_ones(three_versions):
    result = run_cli("diff", "--db", three_versions, CANONICAL, "--from", "1", "--to", "7")
    assert result.exit_code == 1
    assert "no version 7" in result.stderr and "1–3" in result.stderr


def test_diff_to_the_first_version_has_nothing_before_it(three_versions):
    result = run_cli("diff", "--db", three_versions, CANONICAL, "--to", "1")
    assert result.exit_code == 1
    assert "version 1 is the first one" in result.stderr


def test_unknown_article_is_a_clean_error(three_versions):
    for command in ("history", "diff"):
        result = run_cli(command, "--db", three_versions, "https://nowhere.test/x")
        assert result.exit_code == 1
        assert result.stderr.startswith("telisik: no article https://nowhere.test/x")


def test_web_text_cannot_inject_terminal_escapes(db_path):
    db = open_db(db_path)
    store_page(db, render_page(), URL)
    evil = PageSpec(title="Petani \x1b]0;pwned\x07Jakenan \x1b[2J Protes")
    store_page(db, render_page(evil), URL)
    db.conn.close()
    for args in (("diff", CANONICAL), ("history", CANONICAL)):
        out = run_cli(args[0], "--db", db_path, *args[1:]).stdout
        assert "\x1b" not in out and "\x07" not in out
