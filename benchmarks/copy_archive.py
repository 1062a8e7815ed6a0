"""`telisik copy` SQLite → PostgreSQL: seconds and articles per second, and where the time goes.

    python benchmarks/copy_archive.py                        # 2000 articles, a throwaway PostgreSQL cluster
    python benchmarks/copy_archive.py --count 500 --runs 1   # a quick run
    python benchmarks/copy_archive.py --pg postgresql://me@db/bench   # an existing database (emptied first)

The source is an SQLite archive of `--count` articles made from `--pages` pages of benchmarks/archive.py's
generator (realistic templates, ~60-90 KB a page), each stored under several URLs with a few words changed so
that no two articles have the same text; half of them with a second version (a superseded version's text is
indexed too). It is built once per invocation (extraction is not what is measured). Each run empties the
destination and copies into it with `copy_archive` as `telisik copy` calls it; the phases (rows, search
index, the rest) are timed by wrapping the copy's own functions.

Recorded 2026-12-06 on the shared 2-core machine (other helpers' tests running: ±50 % between runs, so the
two codes were run alternately on one source, 2000 articles + 2000 superseded versions, PostgreSQL 15 on
loopback), seconds for the whole copy (search index phase):

    index written article by article (before)   4.90 (3.39)   9.15 (6.60)   8.53 (5.65)   218-409 art/s
    index written a batch at a time (after)      4.43 (3.01)   7.74 (5.00)   5.50 (3.18)   258-451 art/s

On loopback a round trip costs ~0.1 ms, so the index phase is mostly telisik's own tokenizing and tsvector
building in Python (~1.2 ms an article); the 2-3 round trips an article saved weigh more with the database
on another machine (at 1 ms a round trip, ~5 s per 2000 articles).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the throwaway cluster lives with the tests (support.postgres)
sys.path.insert(0, str(ROOT / "benchmarks"))


def build_source(path: str, count: int, pages: int) -> None:
    """An SQLite archive of `count` distinct articles made from `pages` extracted pages."""
    import archive as archive_bench  # benchmarks/archive.py: the page generator

    from telisik.archive import open_db, store_article

    extracted = [archive_bench._extract_one(n) for n in range(pages)]
    db = open_db(path)
    for n in range(count):
        article = extracted[n % len(extracted)]
        url = f"{article.url}?copy={n}"
        variant = dataclasses.replace(
            article, url=url, canonical_url=url, body=f"{article.body}\n\nsalinan {n}"
        )
        store_article(db, variant)
        if n % 2:  # a second version: the first one's text becomes a superseded version's
            store_article(db, dataclasses.replace(variant, body=f"{variant.body}\n\nralat {n}"))
    db.close()


@contextmanager
def phase_timer(totals: dict[str, float]) -> Iterator[None]:
    """Time the copy's phases by wrapping its module functions (restored afterwards)."""
    from telisik.archive import copy as copy_module

    wrapped = {"_copy_table": "rows", "_index_articles": "search index"}
    originals: dict[str, Callable[..., Any]] = {}
    for name, label in wrapped.items():
        original = originals[name] = getattr(copy_module, name)

        def timed(
            *args: Any, _original: Callable[..., Any] = original, _label: str = label, **kw: Any
        ) -> Any:
            started = time.perf_counter()
            try:
                return _original(*args, **kw)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.perf_counter() - started

        setattr(copy_module, name, timed)
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(copy_module, name, original)


def one_run(source: str, dest: str) -> dict[str, Any]:
    from telisik.archive import open_db, open_reader
    from telisik.archive.copy import clear, copy_archive

    writer = open_db(dest)
    clear(writer)
    reader = open_reader(source)
    phases: dict[str, float] = {}
    started = time.perf_counter()
    with phase_timer(phases):
        report = copy_archive(reader, writer)
    seconds = time.perf_counter() - started
    reader.close()
    writer.close()
    phases["other"] = seconds - sum(phases.values())
    return {
        "articles": report.articles,
        "versions": report.rows.get("article_versions", 0),
        "seconds": round(seconds, 2),
        "articles_per_s": round(report.articles / seconds, 1),
        "phases_s": {name: round(value, 2) for name, value in phases.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="articles in the source archive")
    parser.add_argument("--pages", type=int, default=60, help="distinct generated pages they are made from")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--pg", help="a PostgreSQL database to use (emptied); default: a throwaway cluster")
    parser.add_argument("--source", help="an SQLite archive to copy (default: one generated, see --count)")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="telisik-copy-bench-")
    source = args.source
    if source is None:
        source = os.path.join(workdir, "source.db")
        started = time.perf_counter()
        build_source(source, args.count, args.pages)
        print(
            f"built the source ({args.count} articles) in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    cluster = None
    pg_url = args.pg
    if pg_url is None:
        from support.postgres import PostgresCluster

        cluster = PostgresCluster(durable=True)
        pg_url = cluster.new_database()
    try:
        for run in range(args.runs):
            print(json.dumps({"run": run + 1, "copy": "sqlite -> postgresql", **one_run(source, pg_url)}))
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
