"""A scaled-down run of benchmarks/archive.py, so the benchmark keeps working as the code changes."""

from __future__ import annotations

import pytest
from support.benchmarks import load_benchmark


def _load():
    return load_benchmark("archive")


def test_generated_pages_are_deterministic_and_realistic():
    bench = _load()
    url, html, _ = bench.make_page(7)
    assert bench.make_page(7) == (url, html, bench.make_page(7)[2])
    assert len(html) > 20_000
    assert b"<h1" in html or b"<h2" in html


@pytest.mark.slow
def test_small_benchmark_run(tmp_path):
    bench = _load()
    db = str(tmp_path / "bench.db")
    generated = bench.generate(db, 9, processes=1)  # spawn workers cannot import a test-loaded module
    assert generated["articles"] == 9
    reparse = bench.phase_reparse(db, 1)
    assert reparse["articles"] == 9 and reparse["changed"] == 9
    warc = str(tmp_path / "out.warc.gz")
    exported = bench.phase_export(db, warc)
    assert exported["articles"] == 9
    imported = bench.phase_import(warc, str(tmp_path / "imported.db"))
    assert imported["statuses"] == {"new": 9}


@pytest.mark.slow
def test_backends_benchmark_stores_every_article_once_with_two_writers(tmp_path, pg_url):
    from telisik import archive

    bench = load_benchmark("backends")
    articles = str(tmp_path / "articles.pickle")
    bench.extract_articles(6, articles)
    for target in (str(tmp_path / "two.db"), pg_url):
        rate = bench.run_writers(target, articles, 2, async_commit=False)
        assert rate > 0
        db = archive.open_reader(target)
        assert db.execute("SELECT count(DISTINCT url), count(*) FROM articles").fetchone() == (6, 6)
        db.close()
