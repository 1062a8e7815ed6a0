"""The archive is faithful: real fetches from a loopback site, then export/import round trips, revisions and
diffs, boilerplate-only changes, and re-extraction. Everything goes through the `telisik` commands."""

from __future__ import annotations

import json
import re
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest
from support.archive import is_postgres_url, table_rows
from support.pages import CANONICAL, PARAGRAPHS, PATH, PageSpec, fetch_into, render_page, run_cli
from warcio.archiveiterator import ArchiveIterator

from telisik.archive import get_article, get_captures, list_versions, open_db

pytestmark = pytest.mark.both_backends

# The lead's multi-page fixture (tests/fixtures/site/multipage-*.html) links its pages this way.
MULTIPAGE = (
    "/regional/2026/03/10/embung-sumberjo",
    "/regional/2026/03/10/embung-sumberjo?page=2",
    "/regional/2026/03/10/embung-sumberjo?page=3",
)
FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site"


@pytest.fixture
def archived(site, db_path):
    """An archive holding three articles fetched from the loopback site: one behind a redirect, one of three
    pages, one English."""
    site.add(PATH, render_page())
    short = site.redirect("/?p=4411", PATH)
    urls = [short]
    if (FIXTURE_SITE / "multipage-1.html").exists():
        for n, path in enumerate(MULTIPAGE, 1):
            site.add_page(path, f"multipage-{n}.html")
        urls.append(site.url(MULTIPAGE[0]))
    if (FIXTURE_SITE / "english-news.html").exists():
        urls.append(site.add_page("/news/2026/feb/03/river-levels/", "english-news.html"))
    fetch_into(db_path, *urls)
    return db_path


def stored_state(db_path: str) -> list[dict]:
    """Every article with every version and the exact raw pages, for comparing two archives."""
    db = open_db(db_path)
    state = []
    for (article_id,) in db.execute("SELECT id FROM articles ORDER BY url").fetchall():
        article = get_article(db, article_id)
        record = article.to_dict()
        record.pop("fetched_at")
        versions = []
        for info in list_versions(db, article_id):
            captures = [
                (
                    c.url,
                    c.final_url,
                    c.status,
                    c.fetched_at,
                    c.content_type,
                    c.encoding,
                    c.content,
                    _kept_headers(c),
                )
                for c in get_captures(db, article_id, info.version)
            ]
            versions.append((info.version, info.content_hash, info.fetched_at, captures))
        state.append({"article": record, "versions": versions})
    db.conn.close()
    return state


def _kept_headers(capture) -> dict:
    # A WARC stores the decoded body, so the body-encoding headers are the one deliberate difference.
    return {
        k: v
        for k, v in capture.headers.items()
        if k not in ("content-encoding", "transfer-encoding", "content-length")
    }


def export_warc(db_path: str, out: Path, *extra: str) -> bytes:
    result = run_cli("export", "--db", db_path, "--format", "warc", "-o", str(out), *extra)
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


# ------------------------------------------------------------------------------------------ WARC round trip


def test_warc_round_trip_gives_the_same_articles_and_raw_bytes(archived, tmp_path):
    export_warc(archived, tmp_path / "archive.warc.gz")
    fresh = str(tmp_path / "fresh.db")
    result = run_cli("import", "--trust-canonical", "--db", fresh, str(tmp_path / "archive.warc.gz"))
    assert result.exit_code == 0, result.stderr
    assert stored_state(fresh) == stored_state(archived)
    lines = result.stderr.strip().splitlines()
    assert sum(line.startswith("new ") for line in lines) == len(stored_state(archived))


def test_round_trip_keeps_redirect_and_multipage_captures(archived, tmp_path, site):
    export_warc(archived, tmp_path / "a.warc")
    fresh = str(tmp_path / "fresh.db")
    assert run_cli("import", "--trust-canonical", "--db", fresh, str(tmp_path / "a.warc")).exit_code == 0
    db = open_db(fresh)
    article = get_article(db, CANONICAL)
    assert article.capture.url == site.url("/?p=4411")  # what was requested
    assert article.capture.final_url == site.url(PATH)  # where the page was
    assert article.capture.content == render_page().encode("utf-8")
    if (FIXTURE_SITE / "multipage-1.html").exists():
        multi = get_article(db, site.url(MULTIPAGE[0]))
        original = get_article(open_db(archived), site.url(MULTIPAGE[0]))
        assert multi is not None and original is not None
        pages = [(c.final_url, c.content) for c in [multi.capture, *multi.extra_captures]]
        assert pages == [(c.final_url, c.content) for c in [original.capture, *original.extra_captures]]


def test_multipage_article_round_trips_with_every_page_in_order(tmp_path):
    from datetime import datetime, timezone

    from telisik.archive import store_article
    from telisik.archiver import build_article
    from telisik.article import Capture

    base = "https://rembang.kabarlingkar.test/regional/2026/03/10/embung-sumberjo"
    urls = [base, base + "?page=2", base + "?page=3"]
    captures = [
        Capture(
            url=url,
            final_url=url,
            status=200,
            headers={"content-type": "text/html; charset=utf-8"},
            content=(FIXTURE_SITE / f"multipage-{n}.html")
            .read_bytes()
            .replace(b"{{BASE}}", b"https://rembang.kabarlingkar.test"),
            fetched_at=datetime(2026, 3, 10, 5, n, tzinfo=timezone.utc),
            content_type="text/html",
            encoding="utf-8",
        )
        for n, url in enumerate(urls, 1)
    ]
    source = str(tmp_path / "source.db")
    store_article(open_db(source), build_article(captures[0], captures[1:]))
    export_warc(source, tmp_path / "multi.warc.gz")
    fresh = str(tmp_path / "fresh.db")
    assert (
        run_cli("import", "--trust-canonical", "--db", fresh, str(tmp_path / "multi.warc.gz")).exit_code == 0
    )
    assert stored_state(fresh) == stored_state(source)
    imported = get_article(open_db(fresh), base)
    assert [c.final_url for c in [imported.capture, *imported.extra_captures]] == urls
    assert [c.content for c in [imported.capture, *imported.extra_captures]] == [c.content for c in captures]


def test_exported_warc_is_valid_for_warcio(archived, tmp_path):
    data = export_warc(archived, tmp_path / "a.warc.gz")
    types = []
    for record in ArchiveIterator(BytesIO(data), check_digests="raise"):
        types.append(record.rec_type)
        if record.rec_type == "response":
            assert record.http_headers.get_statuscode() == "200"
            assert record.rec_headers.get_header("WARC-Target-URI").startswith("http://127.0.0.1:")
            body = record.content_stream().read()
            assert len(body) == int(record.http_headers.get_header("content-length"))
    assert types[0] == "warcinfo"
    assert types.count("metadata") == len(stored_state(archived))
    assert types.count("response") >= types.count("metadata")


def test_reimporting_the_same_warc_changes_nothing(archived, tmp_path):
    export_warc(archived, tmp_path / "a.warc.gz")
    before = _dump(archived)
    result = run_cli("import", "--trust-canonical", "--db", archived, str(tmp_path / "a.warc.gz"))
    assert result.exit_code == 0, result.stderr
    assert all(line.startswith("unchanged ") for line in result.stderr.splitlines()[:-1])
    assert _dump(archived) == before


def _dump(db_path: str) -> list[str]:
    if is_postgres_url(db_path):
        return [repr(item) for item in table_rows(db_path).items()]
    conn = sqlite3.connect(db_path)
    try:
        return [line for line in conn.iterdump() if not line.startswith('INSERT INTO "sqlite_sequence"')]
    finally:
        conn.close()


def test_all_versions_warc_rebuilds_the_revision_history(site, db_path, tmp_path):
    site.add(PATH, render_page())
    fetch_into(db_path, site.url(PATH))
    edited = PageSpec(
        paragraphs=[*PARAGRAPHS[:3], PARAGRAPHS[3].replace("12 persen", "15 persen"), *PARAGRAPHS[4:]]
    )
    site.add(PATH, render_page(edited))
    fetch_into(db_path, site.url(PATH))
    export_warc(db_path, tmp_path / "history.warc.gz", "--all-versions")
    fresh = str(tmp_path / "fresh.db")
    assert (
        run_cli("import", "--trust-canonical", "--db", fresh, str(tmp_path / "history.warc.gz")).exit_code
        == 0
    )
    assert stored_state(fresh) == stored_state(db_path)
    assert len(stored_state(fresh)[0]["versions"]) == 2


# ------------------------------------------------------------------------------------------ JSONL and CSV


def test_jsonl_export_matches_show_json(archived):
    result = run_cli("export", "--db", archived, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(stored_state(archived))
    for record in records:
        shown = run_cli("show", "--db", archived, str(record["id"]), "--format", "json")
        assert shown.exit_code == 0, shown.stderr
        assert record == json.loads(shown.stdout)
        assert list(record) == list(json.loads(shown.stdout))  # same field order too


def test_csv_export_has_one_row_per_article_with_json_lists(archived, tmp_path):
    out = tmp_path / "articles.csv"
    result = run_cli("export", "--db", archived, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    import csv

    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(stored_state(archived))
    pati = next(r for r in rows if r["canonical_url"] == CANONICAL)
    assert json.loads(pati["authors"]) == ["Rina Kusumawati"]
    assert pati["body"].startswith("PATI – Ratusan petani")
    assert list(rows[0])[-1] == "body"


# ------------------------------------------------------------------------------------ revisions and diffs


def test_edit_between_fetches_gives_two_versions_and_a_diff_of_exactly_the_edit(site, db_path):
    site.add(PATH, render_page())
    fetch_into(db_path, site.url(PATH))
    edited = PageSpec(
        title=PageSpec().title.replace("Protes", "Geruduk Kantor Kecamatan, Protes"),
        paragraphs=[
            *PARAGRAPHS[:3],
            PARAGRAPHS[3].replace("turun 12 persen", "turun 15 persen"),
            *PARAGRAPHS[4:],
        ],
    )
    site.add(PATH, render_page(edited))
    result = run_cli("fetch", "--trust-canonical", "--db", db_path, site.url(PATH))
    assert result.stderr.startswith("updated ")

    history = run_cli("history", "--db", db_path, CANONICAL, "--format", "json")
    versions = json.loads(history.stdout)
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[1]["current"] and not versions[0]["current"]
    assert set(versions[1]["changed"]) == {"title", "body"}

    diff = run_cli("diff", "--db", db_path, CANONICAL)
    assert diff.exit_code == 0
    removed = re.findall(r"\[-(.*?)-\]", diff.stdout)
    added = re.findall(r"\{\+(.*?)\+\}", diff.stdout)
    assert removed == ["12"]
    assert added == ["Geruduk Kantor Kecamatan,", "15"]
    assert "turun [-12-]{+15+} persen" in diff.stdout
    assert "Title: Petani Jakenan {+Geruduk Kantor Kecamatan,+} Protes" in diff.stdout


def test_sidebar_ads_and_view_counter_changes_make_no_new_version(site, db_path):
    site.add(PATH, render_page())
    fetch_into(db_path, site.url(PATH))
    site.add(
        PATH, render_page(PageSpec(sidebar=["Banjir Rob Genangi Pesisir Juwana"], views=4810, ad_slot="99"))
    )
    result = run_cli("fetch", "--trust-canonical", "--db", db_path, site.url(PATH))
    assert result.stderr.startswith("unchanged ")
    history = json.loads(run_cli("history", "--db", db_path, CANONICAL, "--format", "json").stdout)
    assert len(history) == 1
    diff = run_cli("diff", "--db", db_path, CANONICAL)
    assert diff.exit_code == 0 and "Only one version" in diff.stdout


# ------------------------------------------------------------------------------------------------ reparse


def test_reparse_after_a_parser_change_updates_only_what_changed(archived, monkeypatch):
    import telisik.extract

    db = open_db(archived)
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    before = {row[0]: row[1:] for row in db.execute("SELECT id, title, body, content_hash FROM articles")}
    versions_before = db.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    db.conn.close()

    real = telisik.extract.extract_article

    def improved(html, url=None, **kwargs):
        # A "parser change" that only affects pages of the Pati site: it now drops the city dateline.
        article = real(html, url, **kwargs)
        if article.canonical_url == CANONICAL:
            article.body = article.body.replace("PATI – ", "", 1)
            article.parser_version = "test-2"
        return article

    monkeypatch.setattr(telisik.extract, "extract_article", improved)
    result = run_cli("reparse", "--db", archived, "--workers", "1", "--format", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["total"] == total and summary["reextracted"] == total
    assert summary["changed"] == 1
    assert f"{total} articles re-extracted, 1 changed" in result.stderr

    db = open_db(archived)
    after = {row[0]: row[1:] for row in db.execute("SELECT id, title, body, content_hash FROM articles")}
    changed = [i for i in before if before[i] != after[i]]
    assert len(changed) == 1
    pati = get_article(db, CANONICAL)
    assert pati.body.startswith("Ratusan petani") and pati.parser_version == "test-2"
    # re-extraction is not a revision
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == versions_before


def test_reparse_repairs_a_stale_stored_field_and_then_finds_nothing_to_do(archived):
    db = open_db(archived)
    # what an older parser would have left: another title, hence another content hash
    db.execute(
        "UPDATE articles SET title = 'judul lama dari parser lama', content_hash = 'old' WHERE canonical_url = ?",
        [CANONICAL],
    )
    db.conn.commit()
    db.conn.close()
    first = run_cli("reparse", "--db", archived, "--format", "json")
    assert json.loads(first.stdout)["changed"] == 1
    assert get_article(open_db(archived), CANONICAL).title == PageSpec().title
    second = run_cli("reparse", "--db", archived, "--format", "json")
    assert json.loads(second.stdout)["changed"] == 0


def test_reparse_site_filter_limits_the_run(archived):
    result = run_cli("reparse", "--db", archived, "--site", "pati.kabarlingkar.test", "--format", "json")
    assert json.loads(result.stdout)["total"] == 1
