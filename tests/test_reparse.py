"""telisik.reparse: re-extraction over stored raw pages, serially and in worker processes."""

from __future__ import annotations

import pytest
from support.pages import PageSpec, render_page, store_page

import telisik.reparse as reparse_module
from telisik.archive import open_db, store_article
from telisik.article import Article
from telisik.reparse import reparse_archive

pytestmark = pytest.mark.both_backends

TITLES = [f"Kabar Desa Nomor {n}: Warga Gotong Royong Perbaiki Jalan" for n in range(6)]


@pytest.fixture
def stale_archive(db_path):
    """Six stored articles whose stored title and hash are what an older parser left behind."""
    db = open_db(db_path)
    for n, title in enumerate(TITLES):
        canonical = f"https://desa.kabarlingkar.test/2026/02/0{n + 1}/kabar-{n}/"
        store_page(db, render_page(PageSpec(title=title, canonical=canonical)), canonical)
    db.execute("UPDATE articles SET title = 'judul usang', content_hash = 'old', parser_version = '0'")
    db.conn.commit()
    return db


def _titles(db) -> list[str]:
    return [row[0] for row in db.execute("SELECT title FROM articles ORDER BY id")]


def test_serial_reparse_restores_fields_and_counts(stale_archive):
    ticks = []
    summary = reparse_archive(stale_archive, workers=1, on_progress=ticks.append)
    assert (summary.total, summary.reextracted, summary.changed, summary.failed) == (6, 6, 6, 0)
    assert sum(ticks) == 6
    assert _titles(stale_archive) == TITLES
    assert {row[0] for row in stale_archive.execute("SELECT parser_version FROM articles")} == {
        summary.parser_version
    }
    again = reparse_archive(stale_archive, workers=1)
    assert again.changed == 0


@pytest.mark.slow
def test_worker_pool_gives_the_same_result_as_serial(stale_archive, monkeypatch):
    monkeypatch.setattr(reparse_module, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(reparse_module, "CHUNK_SIZE", 2)
    summary = reparse_archive(stale_archive, workers=2)
    assert (summary.total, summary.reextracted, summary.changed) == (6, 6, 6)
    assert _titles(stale_archive) == TITLES


def test_articles_without_raw_html_are_skipped_not_failed(stale_archive):
    store_article(
        stale_archive, Article(url="https://desa.kabarlingkar.test/tanpa-html/", title="Tanpa HTML", body="x")
    )
    summary = reparse_archive(stale_archive, workers=1)
    assert summary.total == 7 and summary.skipped == 1 and summary.reextracted == 6


def test_site_and_since_filters(stale_archive):
    other = "https://kota.kabarlingkar.test/2026/03/01/lain/"
    store_page(
        stale_archive, render_page(PageSpec(canonical=other, published="2026-03-01T09:00:00+07:00")), other
    )
    assert reparse_archive(stale_archive, site="kota.kabarlingkar.test", workers=1).total == 1
    assert reparse_archive(stale_archive, since="2026-03-01", workers=1).total == 1
    assert reparse_archive(stale_archive, workers=1).total == 7


def test_an_extractor_crash_counts_as_failed_and_the_run_goes_on(stale_archive, monkeypatch):
    import telisik.archiver

    real = telisik.archiver.build_article
    calls = []

    def flaky(first, more=(), *, rules=None):
        calls.append(first.final_url)
        if len(calls) == 2:
            raise RuntimeError("boom")
        return real(first, more, rules=rules)

    monkeypatch.setattr(telisik.archiver, "build_article", flaky)
    summary = reparse_archive(stale_archive, workers=1)
    assert summary.failed == 1 and summary.reextracted == 5 and summary.changed == 5
