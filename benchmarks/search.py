"""Search benchmark (#7): ingest rate, size per article, query times vs. sqlite3, start-up, stemmed recall.

    python benchmarks/search.py --articles 100000 --db /tmp/telisik-bench.db   # build, then measure
    python benchmarks/search.py --db /tmp/telisik-bench.db --reuse             # measure an existing one
    python benchmarks/search.py --articles 1000000 ...                         # the issue's size

What is measured (all wall-clock, on this machine):
- ingest: articles/s through `store_article` (pre-parsed articles with a ~11 kB raw page each, batches of
  1000 per transaction), and database bytes per article (with a per-table breakdown when dbstat exists);
- 20 typical queries (one word, two words, a phrase, a prefix, with --site / --since) run as real
  `telisik search ... --format jsonl` processes, against the same plain FTS5 query (bm25 ranking, snippet,
  the same filters) run by the `sqlite3` command-line shell: median and p95, and their ratio; the same pair
  in-process (no interpreter start-up) shows what the search itself costs;
- start-up: `python -c pass` vs. `telisik --help` and `telisik search` (a word with no hits);
- stemmed-search quality on the hand-labelled queries planted by make_archive.py: recall and precision of
  stemmed search vs. exact-only, and word-level: raw Sastrawi vs. telisik's guarded stemmer.

PostgreSQL (#14): `--backend postgresql --pg-url postgresql://user@host:port/db` copies the SQLite archive's
articles into that (empty or earlier-filled) database, builds its search index (`pgsearch.reindex`) and times
the same 20 queries on both backends: `search()` in-process and `telisik search` processes, median and p95,
and checks that both backends count the same hits for every query:

    python benchmarks/search.py --db /tmp/bench-200k.db --reuse --backend postgresql \
        --pg-url postgresql://telisik@127.0.0.1:55432/bench200k
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_archive  # noqa: E402

from telisik import archive  # noqa: E402
from telisik.archive import fulltext as search_mod  # noqa: E402
from telisik.archive import stemmer  # noqa: E402

# (label, words, options). The first site of the generator is "blora.kabar.example.id".
QUERIES: list[tuple[str, str, list[str]]] = [
    ("word", "banjir", []),
    ("word", "korupsi", []),
    ("word", "jembatan", []),
    ("word", "sawit", []),
    ("word", "vaksin", []),
    ("two words", "banjir sungai", []),
    ("two words", "harga cabai", []),
    ("two words", "dana proyek", []),
    ("two words", "kapal nelayan", []),
    ("phrase", '"rumah sakit"', []),
    ("phrase", '"sepak bola"', []),
    ("phrase", '"harga beras"', []),
    ("prefix", "kebakar*", []),
    ("prefix", "pantau*", []),
    ("prefix", "listr*", []),
    ("word --site", "banjir", ["--site", "blora.kabar.example.id"]),
    ("two words --site", "harga cabai", ["--site", "cepu.berita.example.id"]),
    ("word --site", "jembatan", ["--site", "pati.warta.example.id"]),
    ("word --since", "korupsi", ["--since", "2025-01-01"]),
    ("word --since --until", "festival", ["--since", "2024-06-01", "--until", "2024-12-31"]),
]


def telisik_command() -> list[str]:
    # the `telisik` of this interpreter's environment first: the PATH's may be another install's (a shim)
    beside = os.path.join(os.path.dirname(sys.executable), "telisik")
    script = beside if os.access(beside, os.X_OK) else shutil.which("telisik")
    return [script] if script else [sys.executable, "-c", "from telisik.cli import main; main()"]


def wall(argv: list[str], runs: int, env: dict | None = None) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        times.append(time.perf_counter() - started)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _options(options: list[str]) -> dict:
    keys = {"--site": "site", "--since": "since", "--until": "until"}
    return {keys[options[i]]: options[i + 1] for i in range(0, len(options), 2)}


def direct_sql(words: str, options: list[str]) -> tuple[str, list]:
    """The plain FTS5 query a person would type into sqlite3: exact words, bm25, snippet, filters."""
    terms = search_mod.parse_query(words)
    filters = _options(options)
    clauses, params = archive.date_filter_sql(filters.get("since"), filters.get("until"), table="a")
    if "site" in filters:
        clauses.append("a.site = ?")
        params.append(filters["site"])
    where = "".join(f" AND {c}" for c in clauses)
    sql = (
        "SELECT a.id, a.url, a.title, a.site, a.authors, a.published, "
        "snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts "
        "JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ?{where} ORDER BY bm25(articles_fts, 10.0, 1.0, 5.0) LIMIT 20"
    )
    return sql, [search_mod.exact_expression(terms), *params]


def inline(sql: str, params: list) -> str:
    """Parameters substituted as SQL literals, for the sqlite3 shell."""
    for value in params:
        literal = "'" + str(value).replace("'", "''") + "'"
        sql = sql.replace("?", literal, 1)
    return sql + ";"


def measure_queries(db_path: str, runs: int) -> dict:
    command = telisik_command()
    sqlite_shell = shutil.which("sqlite3")
    rows = []
    conn = archive.open_reader(db_path)
    for label, words, options in QUERIES:
        word_args = [words] if words.startswith('"') else words.split(" ")
        argv = [
            *command,
            "search",
            *word_args,
            *options,
            "--db",
            db_path,
            "--format",
            "jsonl",
            "--limit",
            "20",
        ]
        cli = statistics.median(wall(argv, runs))
        sql, params = direct_sql(words, options)
        shell = (
            statistics.median(wall([sqlite_shell, "-readonly", db_path, inline(sql, params)], runs))
            if sqlite_shell
            else float("nan")
        )
        # in process: the library call vs. the plain query, without interpreter start-up
        filters = _options(options)
        lib = _best(lambda: search_mod.search(conn, words, limit=20, **filters), runs)  # noqa: B023
        exact = _best(
            lambda: search_mod.search(conn, words, limit=20, stemmed=False, **filters),  # noqa: B023
            runs,
        )
        raw = _best(lambda: conn.execute(sql, params).fetchall(), runs)  # noqa: B023
        hits = search_mod.count_hits(conn, words, **filters)
        rows.append(
            {
                "label": label,
                "query": " ".join([words, *options]),
                "hits": hits,
                "cli_s": cli,
                "sqlite3_s": shell,
                "ratio": cli / shell,
                "lib_s": lib,
                "lib_exact_s": exact,
                "raw_sql_s": raw,
            }
        )
    conn.close()
    summary = {}
    for key in ("cli_s", "sqlite3_s", "ratio", "lib_s", "lib_exact_s", "raw_sql_s"):
        values = [r[key] for r in rows]
        summary[key] = {"median": statistics.median(values), "p95": p95(values)}
    return {"rows": rows, "summary": summary}


def _best(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure_startup(db_path: str, runs: int) -> dict:
    command = telisik_command()
    python = statistics.median(wall([sys.executable, "-c", "pass"], runs))
    helptime = statistics.median(wall([*command, "--help"], runs))
    searchtime = statistics.median(wall([*command, "search", "qzxqzx", "--db", db_path], runs))
    return {
        "python_c_pass_s": python,
        "telisik_help_s": helptime,
        "telisik_search_s": searchtime,
        "help_extra_ms": (helptime - python) * 1000,
        "search_extra_ms": (searchtime - python) * 1000,
    }


def measure_quality(db_path: str, labels: dict[str, dict[str, bool]]) -> dict:
    """Recall/precision of each labelled query, stemmed vs. exact, over the planted articles."""
    conn = archive.open_reader(db_path)
    per_query = []
    totals = {"stemmed": [0, 0, 0], "exact": [0, 0, 0]}  # relevant found, planted found, relevant total
    for query, planted in labels.items():
        relevant = {url for url, ok in planted.items() if ok}
        row = {"query": query, "relevant": len(relevant), "false_friends": len(planted) - len(relevant)}
        for mode, stemmed in (("stemmed", True), ("exact", False)):
            found = {h.url for h in search_mod.search(conn, query, limit=100_000, stemmed=stemmed)}
            planted_found = found & set(planted)
            relevant_found = found & relevant
            row[f"{mode}_recall"] = len(relevant_found) / len(relevant) if relevant else 1.0
            row[f"{mode}_precision"] = len(relevant_found) / len(planted_found) if planted_found else 1.0
            row[f"{mode}_other_hits"] = len(found - set(planted))
            totals[mode][0] += len(relevant_found)
            totals[mode][1] += len(planted_found)
            totals[mode][2] += len(relevant)
        per_query.append(row)
    conn.close()
    overall = {
        mode: {"recall": t[0] / t[2], "precision": t[0] / t[1] if t[1] else 1.0} for mode, t in totals.items()
    }
    return {"queries": per_query, "overall": overall, "words": word_level_quality()}


def word_level_quality() -> dict:
    """Does stem(form) == stem(query)? For telisik's stemmer and for raw Sastrawi, against the labels."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    raw = StemmerFactory().create_stemmer()
    raw.delegatedStemmer.dictionary.words = frozenset(raw.delegatedStemmer.dictionary.words)
    result = {}
    for name, stem in (("telisik", stemmer.stem_word), ("sastrawi", raw.stem)):
        tp = fp = fn = 0
        misses = []
        for query, forms in make_archive.EVAL_QUERIES.items():
            for form, relevant in forms:
                match = stem(form) == stem(query)
                tp += match and relevant
                fp += match and not relevant
                fn += (not match) and relevant
                if match != relevant:
                    misses.append(f"{query}~{form}: {stem(query)}/{stem(form)}")
        result[name] = {
            "recall": tp / (tp + fn),
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "errors": misses,
        }
    return result


def table_sizes(db_path: str) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    except sqlite3.OperationalError:
        return {}
    finally:
        conn.close()
    grouped: dict[str, int] = {}
    for name, size in rows:
        key = name.split("_", 2)[0] + "_" + name.split("_", 2)[1] if name.startswith("articles_") else name
        key = "articles_stem_fts*" if name.startswith("articles_stem_fts") else key
        key = "articles_fts*" if name.startswith("articles_fts") else key
        key = "article_versions_fts*" if name.startswith("article_versions_fts") else key
        grouped[key] = grouped.get(key, 0) + size
    return grouped


def report(figures: dict) -> str:
    lines = []
    build = figures.get("build")
    if build:
        lines.append(
            f"Archive: {build['articles']:,} articles; ingest {build['articles_per_s']:,.0f} articles/s "
            f"({build['seconds']:.0f} s); {build['db_bytes'] / 1e6:,.1f} MB = "
            f"{build['bytes_per_article'] / 1024:.1f} kB/article"
        )
    if figures.get("sizes"):
        total = sum(figures["sizes"].values())
        lines.append(
            "Size by table: "
            + ", ".join(f"{k} {v / total:.0%}" for k, v in figures["sizes"].items() if v / total >= 0.005)
        )
    queries = figures["queries"]
    lines.append("")
    lines.append(
        "| query | hits | telisik search (s) | sqlite3 shell (s) | ratio | search() (ms) | exact only (ms) "
        "| raw SQL (ms) |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in queries["rows"]:
        lines.append(
            f"| `{r['query']}` | {r['hits']:,} | {r['cli_s']:.3f} | {r['sqlite3_s']:.3f} | {r['ratio']:.2f} "
            f"| {r['lib_s'] * 1000:.1f} | {r['lib_exact_s'] * 1000:.1f} | {r['raw_sql_s'] * 1000:.1f} |"
        )
    s = queries["summary"]
    lines.append(
        f"| **median** | | {s['cli_s']['median']:.3f} | {s['sqlite3_s']['median']:.3f} | "
        f"{s['ratio']['median']:.2f} | {s['lib_s']['median'] * 1000:.1f} | "
        f"{s['lib_exact_s']['median'] * 1000:.1f} | {s['raw_sql_s']['median'] * 1000:.1f} |"
    )
    lines.append(
        f"| **p95** | | {s['cli_s']['p95']:.3f} | {s['sqlite3_s']['p95']:.3f} | {s['ratio']['p95']:.2f} | "
        f"{s['lib_s']['p95'] * 1000:.1f} | {s['lib_exact_s']['p95'] * 1000:.1f} | "
        f"{s['raw_sql_s']['p95'] * 1000:.1f} |"
    )
    st = figures["startup"]
    lines.append("")
    lines.append(
        f"Start-up: python -c pass {st['python_c_pass_s'] * 1000:.0f} ms; telisik --help "
        f"{st['telisik_help_s'] * 1000:.0f} ms (+{st['help_extra_ms']:.0f}); telisik search (no hits) "
        f"{st['telisik_search_s'] * 1000:.0f} ms (+{st['search_extra_ms']:.0f})"
    )
    quality = figures["quality"]
    lines.append("")
    lines.append(
        "| query | relevant | false friends | stemmed recall | stemmed precision | exact recall "
        "| other hits |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for q in quality["queries"]:
        lines.append(
            f"| {q['query']} | {q['relevant']} | {q['false_friends']} | {q['stemmed_recall']:.2f} | "
            f"{q['stemmed_precision']:.2f} | {q['exact_recall']:.2f} | {q['stemmed_other_hits']} |"
        )
    o = quality["overall"]
    lines.append(
        f"| **all** | | | {o['stemmed']['recall']:.2f} | {o['stemmed']['precision']:.2f} | "
        f"{o['exact']['recall']:.2f} | |"
    )
    for name, w in quality["words"].items():
        lines.append(
            f"Word level, {name}: recall {w['recall']:.2f}, precision {w['precision']:.2f}; "
            f"errors: {', '.join(w['errors']) or 'none'}"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------- PostgreSQL


def load_into_postgres(db_path: str, pg_url: str, *, progress: bool = True) -> dict:
    """Copy the SQLite archive's articles into the PostgreSQL archive at `pg_url` and index them; skipped
    when it holds as many articles already. Returns seconds spent copying and indexing."""
    from telisik.archive import pgsearch

    source = archive.open_reader(db_path)
    target = archive.open_db(pg_url)
    wanted = source.execute("SELECT count(*) FROM articles").fetchone()[0]
    have = target.execute("SELECT count(*) FROM articles").fetchone()[0]
    figures = {"articles": wanted, "copy_s": 0.0, "index_s": 0.0}
    if have == wanted:
        source.close()
        target.close()
        return figures
    started = time.perf_counter()
    columns = [row[1] for row in source.execute("PRAGMA table_info(articles)")]
    target.execute("BEGIN")
    target.execute("TRUNCATE articles, article_versions, captures, article_search CASCADE")
    pg = target._conn  # psycopg's COPY: the fastest way in
    with pg.cursor().copy(f"COPY articles ({', '.join(columns)}) FROM STDIN") as copy:
        for count, row in enumerate(source.execute(f"SELECT {', '.join(columns)} FROM articles"), 1):
            copy.write_row(row)
            if progress and count % 20_000 == 0:
                print(f"\rcopied {count:,}/{wanted:,}", end="", file=sys.stderr)
    target.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))")
    target.execute("COMMIT")
    figures["copy_s"] = time.perf_counter() - started
    started = time.perf_counter()
    target.execute("BEGIN")
    pgsearch.reindex(target)
    target.execute("COMMIT")
    target.execute("VACUUM ANALYZE articles")
    target.execute("VACUUM ANALYZE article_search")
    figures["index_s"] = time.perf_counter() - started
    if progress:
        print(f"\rcopied and indexed {wanted:,} articles", file=sys.stderr)
    source.close()
    target.close()
    return figures


def measure_backends(db_path: str, pg_url: str, runs: int, cli_runs: int) -> dict:
    """The 20 queries on both backends: search() in-process (median of `runs`) and `telisik search`
    processes (median of `cli_runs`); hits counted on each (they must agree)."""
    command = telisik_command()
    connections = {"sqlite": archive.open_reader(db_path), "postgresql": archive.open_reader(pg_url)}
    locations = {"sqlite": db_path, "postgresql": pg_url}
    rows = []
    for label, words, options in QUERIES:
        filters = _options(options)
        row: dict = {"label": label, "query": " ".join([words, *options])}
        for name, conn in connections.items():
            search_mod.search(conn, words, limit=20, **filters)  # warm: the first run reads from disk
            row[f"{name}_hits"] = search_mod.count_hits(conn, words, **filters)
            row[f"{name}_s"] = _best(
                lambda: search_mod.search(conn, words, limit=20, **filters),  # noqa: B023
                runs,
            )
            word_args = [words] if words.startswith('"') else words.split(" ")
            argv = [*command, "search", *word_args, *options, "--db", locations[name], "--format", "jsonl"]
            row[f"{name}_cli_s"] = statistics.median(wall(argv, cli_runs)) if cli_runs else float("nan")
        row["ratio"] = row["postgresql_s"] / row["sqlite_s"]
        rows.append(row)
    for conn in connections.values():
        conn.close()
    summary = {}
    for key in ("sqlite_s", "postgresql_s", "ratio", "sqlite_cli_s", "postgresql_cli_s"):
        values = [r[key] for r in rows]
        summary[key] = {"median": statistics.median(values), "p95": p95(values)}
    return {"rows": rows, "summary": summary}


def backends_report(figures: dict) -> str:
    lines = []
    load = figures.get("load")
    if load and load["copy_s"]:
        lines.append(
            f"PostgreSQL: {load['articles']:,} articles copied in {load['copy_s']:.0f} s, "
            f"indexed in {load['index_s']:.0f} s ({load['articles'] / load['index_s']:,.0f} articles/s)"
        )
    lines.append(
        "| query | hits (SQLite) | hits (PostgreSQL) | SQLite search() (ms) | PostgreSQL search() (ms) | ratio "
        "| SQLite CLI (s) | PostgreSQL CLI (s) |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in figures["backends"]["rows"]:
        lines.append(
            f"| `{r['query']}` | {r['sqlite_hits']:,} | {r['postgresql_hits']:,} | {r['sqlite_s'] * 1000:.1f} "
            f"| {r['postgresql_s'] * 1000:.1f} | {r['ratio']:.2f} | {r['sqlite_cli_s']:.3f} "
            f"| {r['postgresql_cli_s']:.3f} |"
        )
    s = figures["backends"]["summary"]
    for stat in ("median", "p95"):
        lines.append(
            f"| **{stat}** | | | {s['sqlite_s'][stat] * 1000:.1f} | {s['postgresql_s'][stat] * 1000:.1f} "
            f"| {s['ratio'][stat]:.2f} | {s['sqlite_cli_s'][stat]:.3f} | {s['postgresql_cli_s'][stat]:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/telisik-bench.db")
    parser.add_argument("--reuse", action="store_true", help="measure an archive built earlier")
    parser.add_argument("--runs", type=int, default=5, help="repetitions per timing (median taken)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--pg-url", help="with --backend postgresql: the PostgreSQL archive to fill and time")
    parser.add_argument("--cli-runs", type=int, default=3, help="with --backend postgresql: CLI repetitions")
    args = parser.parse_args(argv)
    if args.backend == "postgresql" and not args.pg_url:
        parser.error("--backend postgresql needs --pg-url postgresql://user@host:port/dbname")
    figures: dict = {}
    labels_path = Path(args.db + ".labels.json")
    if not args.reuse or not os.path.exists(args.db):
        build = make_archive.build_archive(args.db, args.articles)
        labels = build.pop("labels")
        figures["build"] = build
    else:
        labels = json.loads(labels_path.read_text())
    if args.backend == "postgresql":
        figures["load"] = load_into_postgres(args.db, args.pg_url)
        figures["backends"] = measure_backends(args.db, args.pg_url, args.runs, args.cli_runs)
        print(backends_report(figures))
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=1, default=str))
        return 0
    figures["sizes"] = table_sizes(args.db)
    figures["queries"] = measure_queries(args.db, args.runs)
    figures["startup"] = measure_startup(args.db, max(args.runs, 10))
    figures["quality"] = measure_quality(args.db, labels)
    print(report(figures))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
