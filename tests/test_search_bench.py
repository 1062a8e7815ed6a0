"""Scaled-down run of the search benchmark: the generator, the direct-SQL baseline and the quality measure."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from support.benchmarks import load_benchmark

from telisik import archive  # noqa: E402
from telisik.archive.fulltext import search  # noqa: E402

make_archive = load_benchmark("make_archive")
search_bench = load_benchmark("search")  # benchmarks/search.py

# Builds a benchmark archive for the module: slow as a whole.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bench_archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "bench.db"
    stats = make_archive.build_archive(path, 60, progress=False)
    return str(path), stats


def test_generator_builds_the_requested_archive(bench_archive):
    path, stats = bench_archive
    planted = sum(len(forms) for forms in make_archive.EVAL_QUERIES.values()) * make_archive.PLANTED_PER_FORM
    assert stats["articles"] == 60 + planted
    conn = archive.open_reader(path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == stats["articles"]
    assert conn.execute("SELECT count(DISTINCT site) FROM articles").fetchone()[0] == 50
    years = {r[0] for r in conn.execute("SELECT DISTINCT substr(published, 1, 4) FROM articles")}
    assert years <= {"2021", "2022", "2023", "2024", "2025", "2026"} and len(years) >= 4
    words = conn.execute("SELECT body FROM articles LIMIT 1").fetchone()[0].split()
    assert 380 <= len(words) <= 520
    assert stats["bytes_per_article"] > 0 and stats["articles_per_s"] > 0
    labels = json.loads(Path(path + ".labels.json").read_text())
    assert set(labels) == set(make_archive.EVAL_QUERIES)


def test_background_text_never_contains_the_evaluated_roots():
    maker = make_archive.TextMaker(3)
    from telisik.archive import stemmer

    stems = {stemmer.stem_word(w) for w in maker.words}
    assert not stems & {stemmer.stem_word(q) for q in make_archive.EVAL_QUERIES}


def test_stemmed_search_recall_and_precision_on_the_labelled_queries(bench_archive):
    path, stats = bench_archive
    quality = search_bench.measure_quality(path, stats["labels"])
    overall = quality["overall"]
    assert overall["exact"]["recall"] == 0.0  # the planted articles hold only derived forms
    assert overall["stemmed"]["recall"] >= 0.9
    assert overall["stemmed"]["precision"] >= 0.85
    words = quality["words"]
    assert words["telisik"]["precision"] >= words["sastrawi"]["precision"]
    assert not any(e.startswith("telan~") for e in words["telisik"]["errors"])


def test_direct_sql_baseline_finds_the_same_articles_as_exact_search(bench_archive):
    path, _ = bench_archive
    conn = archive.open_reader(path)
    for _label, words, options in search_bench.QUERIES[:6] + search_bench.QUERIES[15:]:
        sql, params = search_bench.direct_sql(words, options)
        direct = [row[0] for row in conn.execute(sql, params)]
        ours = [h.id for h in search(conn, words, stemmed=False, **search_bench._options(options))]
        assert ours == direct, words


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell")
def test_inlined_sql_runs_in_the_sqlite3_shell(bench_archive):
    path, _ = bench_archive
    sql, params = search_bench.direct_sql('"harga cabai" it\'s', ["--site", "blora.kabar.example.id"])
    result = subprocess.run(
        ["sqlite3", "-readonly", path, search_bench.inline(sql, params)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0 and result.stderr == ""
