"""Store throughput on SQLite and on PostgreSQL, with 1 and 2 writer processes (articles stored per second).

    python benchmarks/backends.py                      # 400 articles per run, a throwaway PostgreSQL cluster
    python benchmarks/backends.py --count 100          # a quick run
    python benchmarks/backends.py --pg postgresql://me@db/bench   # an existing server (its database is emptied)

What is measured is `store_article` as `fetch` and `crawl` call it: one transaction per article (the article
row, its version, its raw pages, the full-text index), extraction done beforehand. The articles are
benchmarks/archive.py's generated pages (three realistic templates, ~60-90 KB a page), extracted once and
shared by the runs. With 2 writers, each process stores half of the articles (distinct URLs) into the same
archive at the same time: the figure is all articles over the wall time from the common start to the last
writer's end. SQLite runs in WAL mode with synchronous=NORMAL (a commit is not flushed to disk, a checkpoint
is), which is what telisik uses; PostgreSQL runs with its defaults (a commit waits for its WAL flush) and,
for the same durability as SQLite's, with `synchronous_commit = off`.

Recorded 2026-12-06 on the shared 2-core build machine (other helpers' tests running: the figures are lower
bounds and move with the load), PostgreSQL 15 on the same machine over loopback TCP, 400 articles of ~46 KB
(`python benchmarks/backends.py`), two runs:

                                             load 3.5-4.6            load 5-7
    backend                                1 writer  2 writers   1 writer  2 writers   (articles/s)
    sqlite (WAL, synchronous=NORMAL)          226.3      174.6      166.3      146.1
    postgresql (defaults: commit flushed)      92.7      169.4       85.2      116.2
    postgresql (synchronous_commit = off)     155.8      185.8      143.1      149.7
    copy sqlite -> postgresql                     -                 711.1
    copy postgresql -> sqlite                     -                 631.8

SQLite is fastest for one writer (no round trips, no flush per commit), and two writers share its one write
lock: together they store less than one alone. PostgreSQL's writers do not wait for each other (row locks),
so two store 1.4-1.8 times what one does with the default flush per commit; with the flush made
asynchronous (the durability SQLite's synchronous=NORMAL gives) one writer is at 70-85% of SQLite and two match
or pass it. Here the server and both writers share 2 cores, which caps what a second writer can add.
The PostgreSQL figures above were taken before its full-text index was merged (`pgsearch.index_article` a
no-op then; SQLite's include FTS5 and the stem index). With the index (main 437f7bc with this branch, two
runs at load 3.4-4.6; the spread between runs is the shared machine's, ±30%):

    backend                                1 writer  2 writers   1 writer  2 writers   (articles/s)
    sqlite (WAL, synchronous=NORMAL)          123.0      184.8      203.7      162.3
    postgresql (defaults: commit flushed)      75.5       93.6       70.3      135.7
    postgresql (synchronous_commit = off)      98.8      126.6      196.5      198.5
    copy sqlite -> postgresql                 318.2                 369.0
    copy postgresql -> sqlite                 990.6                1014.4

`telisik copy` (one process, batches of 500 rows, the destination's index built at the end) moves an archive
at 2-8 times the rate a crawl stores it; into PostgreSQL the index was most of its time (an upsert per article
then; a batch at a time since: benchmarks/copy_archive.py).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the throwaway cluster lives with the tests (support.postgres)

BACKENDS = ("sqlite", "postgresql", "postgresql-async-commit")


def extract_articles(count: int, out: str) -> None:
    """Extract `count` generated pages once and keep them (pickled) for every writer of every run."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import archive as archive_bench  # benchmarks/archive.py: the page generator

    articles = [archive_bench._extract_one(n) for n in range(count)]
    with open(out, "wb") as handle:
        pickle.dump(articles, handle)


def writer(
    target: str, articles_file: str, part: int, parts: int, start_at: float, async_commit: bool
) -> dict:
    """Store this writer's share of the articles (every `parts`-th from `part`), from `start_at` on."""
    from telisik.archive import open_db, store_article

    with open(articles_file, "rb") as handle:
        articles = pickle.load(handle)[part::parts]
    db = open_db(target)
    if async_commit:
        db.execute("SET synchronous_commit = off")
    time.sleep(max(0.0, start_at - time.time()))
    for article in articles:
        store_article(db, article)
    ended = time.time()
    db.close()
    return {"articles": len(articles), "ended": ended}


def run_writers(target: str, articles_file: str, writers: int, async_commit: bool) -> float:
    """Articles per second of `writers` processes storing into `target` at once."""
    start_at = time.time() + 3.0  # every process has loaded its articles and opened the archive by then
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--writer",
                target,
                articles_file,
                str(part),
                str(writers),
                str(start_at),
            ]
            + (["--async-commit"] if async_commit else []),
            stdout=subprocess.PIPE,
            text=True,
        )
        for part in range(writers)
    ]
    results = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"a writer failed (exit {proc.returncode})")
        results.append(json.loads(out.strip().splitlines()[-1]))
    stored = sum(r["articles"] for r in results)
    return stored / (max(r["ended"] for r in results) - start_at)


def fresh_target(backend: str, workdir: str, pg_url: str, run: int) -> str:
    """An empty archive for one run: a new SQLite file, or the PostgreSQL database emptied."""
    if backend == "sqlite":
        return os.path.join(workdir, f"run{run}.db")
    from telisik.archive import open_db
    from telisik.archive.copy import clear

    db = open_db(pg_url)
    clear(db)
    db.close()
    return pg_url


def measure_copy(sqlite_path: str, pg_url: str, workdir: str) -> list[tuple[str, float]]:
    """Articles per second of `copy_archive` SQLite → PostgreSQL (an emptied database) and back (a new
    file), search index included."""
    from telisik.archive import open_db, open_reader
    from telisik.archive.copy import clear, copy_archive

    rates = []
    for label, source, dest in (
        ("copy sqlite -> postgresql", sqlite_path, pg_url),
        ("copy postgresql -> sqlite", pg_url, os.path.join(workdir, "copied.db")),
    ):
        reader, writer = open_reader(source), open_db(dest)
        clear(writer)
        started = time.perf_counter()
        report = copy_archive(reader, writer)
        rates.append((label, report.articles / (time.perf_counter() - started)))
        reader.close()
        writer.close()
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=400, help="articles per run")
    parser.add_argument("--pg", help="a PostgreSQL database to use (emptied); default: a throwaway cluster")
    parser.add_argument("--writer", nargs=5, help=argparse.SUPPRESS)
    parser.add_argument("--async-commit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        target, articles_file, part, parts, start_at = args.writer
        print(
            json.dumps(
                writer(target, articles_file, int(part), int(parts), float(start_at), args.async_commit)
            )
        )
        return

    workdir = tempfile.mkdtemp(prefix="telisik-backends-")
    articles_file = os.path.join(workdir, "articles.pickle")
    started = time.perf_counter()
    extract_articles(args.count, articles_file)
    print(f"extracted {args.count} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    cluster = None
    pg_url = args.pg
    if pg_url is None:
        from support.postgres import PostgresCluster

        cluster = PostgresCluster(durable=True)
        pg_url = cluster.new_database()
    try:
        rows = []
        for run, backend in enumerate(BACKENDS):
            rates = []
            for writers in (1, 2):
                target = fresh_target(backend, workdir, pg_url, run * 10 + writers)
                rates.append(run_writers(target, articles_file, writers, backend.endswith("async-commit")))
                print(
                    json.dumps(
                        {"backend": backend, "writers": writers, "articles_per_s": round(rates[-1], 1)}
                    )
                )
            rows.append((backend, rates))
        copies = measure_copy(os.path.join(workdir, "run1.db"), pg_url, workdir)
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"\n{'backend':<28}{'1 writer art/s':>16}{'2 writers art/s':>17}")
    for backend, (one, two) in rows:
        print(f"{backend:<28}{one:>16.1f}{two:>17.1f}")
    for label, rate in copies:
        print(f"{label:<28}{rate:>16.1f}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
