"""`telisik import` of saved HTML files and of files that are not what they claim."""

from __future__ import annotations

import gzip
import os

import pytest
from support.pages import CANONICAL, PageSpec, render_page, run_cli

from telisik.archive import get_article, open_db

pytestmark = pytest.mark.both_backends

NO_CANONICAL = (
    render_page()
    .replace(f'<link rel="canonical" href="{CANONICAL}">', "")
    .replace(f'<meta property="og:url" content="{CANONICAL}">', "")
    .replace(f'"mainEntityOfPage": "{CANONICAL}", ', "")
)


def test_saved_page_is_archived_at_its_canonical_url_with_file_time(tmp_path, db_path):
    page = tmp_path / "pupuk.html"
    page.write_text(render_page(), encoding="utf-8")
    os.utime(page, (1770264000, 1770264000))  # 2026-02-05T04:00:00Z
    result = run_cli("import", "--db", db_path, str(page))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"new       {CANONICAL}  Petani Jakenan")
    article = get_article(open_db(db_path), CANONICAL)
    assert article.capture.content == page.read_bytes()
    assert article.capture.fetched_at.isoformat() == "2026-02-05T04:00:00+00:00"
    assert article.authors == ["Rina Kusumawati"]


def test_reimporting_the_same_file_changes_nothing(tmp_path, db_path):
    page = tmp_path / "pupuk.html"
    page.write_text(render_page(), encoding="utf-8")
    assert run_cli("import", "--db", db_path, str(page)).exit_code == 0
    again = run_cli("import", "--db", db_path, str(page))
    assert again.exit_code == 0
    assert again.stderr.startswith("unchanged ")
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 1


def test_page_without_canonical_link_needs_url(tmp_path, db_path):
    page = tmp_path / "tanpa-kanonik.htm"
    page.write_text(NO_CANONICAL, encoding="utf-8")
    failed = run_cli("import", "--db", db_path, str(page))
    assert failed.exit_code == 1
    assert "failed" in failed.stderr and "--url" in failed.stderr
    url = "https://pati.kabarlingkar.test/arsip/pupuk/"
    ok = run_cli("import", "--db", db_path, str(page), "--url", url)
    assert ok.exit_code == 0, ok.stderr
    assert get_article(open_db(db_path), url).title == PageSpec().title


def test_browser_saved_from_mark_gives_the_address(tmp_path, db_path):
    page = tmp_path / "saved.html"
    mark = "<!-- saved from url=(0048)https://pati.kabarlingkar.test/2026/02/05/lain/ -->\n"
    page.write_text(mark + NO_CANONICAL, encoding="utf-8")
    result = run_cli("import", "--db", db_path, str(page))
    assert result.exit_code == 0, result.stderr
    assert "https://pati.kabarlingkar.test/2026/02/05/lain/" in result.stderr


def test_url_option_only_for_one_html_file(tmp_path, db_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    a.write_text(render_page(), encoding="utf-8")
    b.write_text(render_page(), encoding="utf-8")
    result = run_cli("import", "--db", db_path, str(a), str(b), "--url", "https://x.test/a")
    assert result.exit_code == 2
    assert "--url applies to a single saved HTML file" in result.stderr


def test_bad_inputs_fail_with_reasons_and_others_still_import(tmp_path, db_path):
    good = tmp_path / "good.html"
    good.write_text(render_page(), encoding="utf-8")
    fake_warc = tmp_path / "rusak.warc.gz"
    fake_warc.write_bytes(gzip.compress(b"<html>not a warc</html>"))
    binary = tmp_path / "foto.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    result = run_cli(
        "import", "--db", db_path, str(fake_warc), str(tmp_path / "missing.html"), str(binary), str(good)
    )
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert any(
        line.startswith("failed") and "rusak.warc.gz" in line and "not a WARC" in line for line in lines
    )
    assert any(line.startswith("failed") and "missing.html" in line for line in lines)
    assert any(
        line.startswith("failed") and "foto.jpg" in line and "not a WARC or HTML" in line for line in lines
    )
    assert any(line.startswith("new ") for line in lines)
    assert lines[-1] == "import: 3 failed, 1 new"


def test_page_with_no_article_is_a_failure(tmp_path, db_path):
    page = tmp_path / "kosong.html"
    page.write_text("<!DOCTYPE html><html><head><title></title></head><body></body></html>", encoding="utf-8")
    result = run_cli("import", "--db", db_path, str(page), "--url", "https://x.test/kosong")
    assert result.exit_code == 1
    assert "no article found" in result.stderr
