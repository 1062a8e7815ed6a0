"""`telisik serve` benchmark (#12): page times on a synthetic archive, next to the same search in-process.

    python benchmarks/serve.py                              # 100k articles (built once, then --reuse)
    python benchmarks/serve.py --articles 5000 --runs 10    # a quick run
    python benchmarks/serve.py --db /tmp/telisik-bench.db --reuse

What is measured (wall clock on this machine; the app runs in uvicorn on 127.0.0.1, requests from httpx):
- search page (`/?q=…`: a page of 20 hits with snippets plus the total count) for typical queries, median
  and p95, next to `telisik.archive.search` + `count_hits` called in-process on the same read-only
  connection kind: the difference is what the web layer costs;
- the list page (no query), article pages, diff pages (articles given a second version here), the
  as-archived page and the capture itself, the sites and counts-over-time pages;
- page weight: HTML bytes of each page, plus the one stylesheet (no script, no font, no image);
- start-up: `telisik --help` vs `python -c pass`, and whether --help imports the web stack.

Targets (issue #12): search page p95 < 250 ms, article and diff pages < 100 ms, --help start-up unchanged.
The archive is made by benchmarks/make_archive.py (the search benchmark's generator).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import make_archive  # noqa: E402

from telisik import archive  # noqa: E402

# (label, query, filters): the first site of the generator is "blora.kabar.example.id".
QUERIES: list[tuple[str, str, dict[str, str]]] = [
    ("word", "banjir", {}),
    ("word", "korupsi", {}),
    ("word, stemmed", "aman", {}),
    ("two words", "harga cabai", {}),
    ("two words", "kapal nelayan", {}),
    ("phrase", '"rumah sakit"', {}),
    ("prefix", "kebakar*", {}),
    ("word --site", "banjir", {"site": "blora.kabar.example.id"}),
    ("word --since", "korupsi", {"since": "2025-01-01"}),
    ("word, newest", "jembatan", {"sort": "newest"}),
]
VERSIONED = 40  # articles given a second version, for the diff pages


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timing(values: list[float], prefix: str = "") -> dict[str, float]:
    """{prefix}median_ms and {prefix}p95_ms of `values` (seconds), as the JSON figures hold them."""
    return {f"{prefix}median_ms": statistics.median(values) * 1000, f"{prefix}p95_ms": p95(values) * 1000}


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms   p95 {p95(values) * 1000:6.1f} ms"


def add_versions(path: str, count: int, seed: int = 3) -> list[int]:
    """Give `count` articles a second version (a paragraph reworded, one added): what a diff page shows."""
    db = archive.open_db(path)
    rng = random.Random(seed)
    total = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    chosen = sorted(rng.sample(range(1, total + 1), count))
    with archive.transaction(db):
        for article_id in chosen:
            article = archive.get_article(db, article_id)
            if article.version > 1:  # type: ignore[attr-defined]
                continue
            paragraphs = article.body.split("\n\n")
            paragraphs[len(paragraphs) // 2] = paragraphs[len(paragraphs) // 2].replace(" di ", " pada ", 2)
            paragraphs.append("Ralat: berita ini telah diperbarui dengan keterangan dari pihak kepolisian.")
            article.body = "\n\n".join(paragraphs)
            capture = article.capture
            capture.content = capture.content.replace(b"</article>", b"<p>Ralat: diperbarui.</p></article>")
            capture.fetched_at = capture.fetched_at + timedelta(days=1)
            article.fetched_at = capture.fetched_at
            archive.store_article(db, article)
    db.conn.close()
    return chosen


class Client:
    """A keep-alive HTTP/1.1 client on the standard library. (httpx's sync client was measured adding a
    constant ~40 ms per request on loopback — a Nagle/delayed-ACK interplay on its side — which curl and
    http.client do not; the app's own time is what is wanted here.)"""

    def __init__(self, base: str):
        import http.client
        from urllib.parse import urlsplit

        parts = urlsplit(base)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)

    def get(self, url: str) -> tuple[int, bytes]:
        import http.client

        try:
            self.connection.request("GET", url)
            response = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionError):  # the server closed an idle keep-alive
            self.connection.close()
            self.connection.request("GET", url)
            response = self.connection.getresponse()
        return response.status, response.read()

    def close(self) -> None:
        self.connection.close()


def timed_get(client: Client, url: str, runs: int) -> tuple[list[float], int]:
    times = []
    size = 0
    for _ in range(runs):
        started = time.perf_counter()
        status, body = client.get(url)
        times.append(time.perf_counter() - started)
        if status != 200:
            raise SystemExit(f"{url}: HTTP {status}")
        size = len(body)
    return times, size


def startup(runs: int) -> dict[str, float]:
    script = shutil.which("telisik")
    command = [script] if script else [sys.executable, "-c", "from telisik.cli import main; main()"]

    def wall(argv: list[str]) -> float:
        values = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            values.append(time.perf_counter() - started)
        return statistics.median(values)

    probe = (
        "import sys\nfrom telisik.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(any(m in sys.modules for m in ('starlette', 'jinja2', 'uvicorn')), file=sys.stderr)"
    )
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stderr.strip()
    return {
        "python -c pass": wall([sys.executable, "-c", "pass"]),
        "telisik --help": wall([*command, "--help"]),
        "web stack imported by --help": imported,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="background articles to generate")
    parser.add_argument("--db", help="archive path (default /tmp/telisik-serve-bench-N.db)")
    parser.add_argument("--reuse", action="store_true", help="measure an existing archive as it is")
    parser.add_argument("--runs", type=int, default=30, help="requests per page measured")
    parser.add_argument("--json", dest="json_out", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    path = args.db or f"/tmp/telisik-serve-bench-{args.articles}.db"

    from support.serve import running_app

    if not (args.reuse and os.path.exists(path)):
        print(f"building {args.articles:,} articles in {path} …", file=sys.stderr)
        built = make_archive.build_archive(path, args.articles, progress=True)
        print(
            f"  {built['articles']:,} articles, {built['seconds']:.0f} s, {built['db_bytes'] / 1e6:,.0f} MB",
            file=sys.stderr,
        )
        add_versions(path, VERSIONED)
    conn = archive.open_reader(path)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    versioned = [
        r[0] for r in conn.execute("SELECT id FROM articles WHERE version > 1 LIMIT ?", (VERSIONED,))
    ]
    rng = random.Random(11)
    some_ids = rng.sample(range(1, total + 1), min(args.runs, total))
    figures: dict[str, dict] = {}
    print(f"archive: {path}, {total:,} articles; {args.runs} requests per page\n")

    print("search page vs. in-process search (a page of 20 with snippets + the total count)")
    search_page_all: list[float] = []
    in_process_all: list[float] = []
    with running_app(path) as base:
        client = Client(base)
        client.get("/")  # warm: the thread's connection, templates
        for label, query, options in QUERIES:
            url = "/?" + urlencode({"q": query, **options})
            page_times, size = timed_get(client, url, args.runs)
            kwargs = {k: v for k, v in options.items() if k != "sort"}
            sort = options.get("sort", "relevance")
            process_times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                archive.search(conn, query, limit=20, sort=sort, **kwargs)
                archive.count_hits(conn, query, **kwargs)
                process_times.append(time.perf_counter() - started)
            search_page_all += page_times
            in_process_all += process_times
            hits = archive.count_hits(conn, query, **kwargs)
            print(
                f"  {label:15} {query:14} {hits:7,} hits  page {ms(page_times)}   in-process {ms(process_times)}  {size / 1024:5.1f} KB"
            )
            figures[f"search {label} {query}"] = {
                **timing(page_times, "page_"),
                **timing(process_times, "in_process_"),
                "html_bytes": size,
            }
        print(f"  all queries     search page {ms(search_page_all)}   in-process {ms(in_process_all)}\n")
        figures["search all"] = {
            **timing(search_page_all, "page_"),
            **timing(in_process_all, "in_process_"),
        }

        pages = {
            "list (no query)": ["/"] * args.runs,
            "article": [f"/article/{i}" for i in some_ids],
            "diff (changes only)": [
                f"/article/{versioned[i % len(versioned)]}/diff" for i in range(args.runs)
            ],
            "diff (side, whole)": [
                f"/article/{versioned[i % len(versioned)]}/diff?view=side&show=all" for i in range(args.runs)
            ],
            "as archived": [f"/article/{i}/v/1/archived" for i in some_ids],
            "capture": [f"/article/{i}/v/1/page/1/capture" for i in some_ids],
            "sites": ["/sites"] * min(args.runs, 10),
            "stats per month": ["/stats?by=month"] * min(args.runs, 10),
            "stats query/week": ["/stats?q=banjir&by=week"] * min(args.runs, 10),
        }
        print("other pages")
        for label, urls in pages.items():
            times, sizes = [], []
            for url in urls:
                one, size = timed_get(client, url, 1)
                times += one
                sizes.append(size)
            weight = statistics.median(sizes)
            # sites and stats pages keep their whole-archive counts while the archive is unchanged: the
            # first request computes them
            first = f"   first {times[0] * 1000:6.1f} ms" if len(set(urls)) == 1 else ""
            print(f"  {label:20} {ms(times)}   {weight / 1024:6.1f} KB HTML{first}")
            figures[label] = {
                **timing(times),
                "first_ms": times[0] * 1000,
                "html_bytes": weight,
            }
        css = len(client.get("/static/style.css")[1])
        client.close()
        print(
            f"\npage weight: each page is its HTML plus one stylesheet ({css / 1024:.1f} KB, cached); no script, font or image"
        )
        figures["stylesheet_bytes"] = {"bytes": css}
    start = startup(10)
    print(
        f"start-up: python -c pass {start['python -c pass'] * 1000:.0f} ms, "
        f"telisik --help {start['telisik --help'] * 1000:.0f} ms; "
        f"web stack imported by --help: {start['web stack imported by --help']}"
    )
    figures["startup"] = start
    search_p95 = figures["search all"]["page_p95_ms"]
    article_p95 = figures["article"]["p95_ms"]
    diff_p95 = max(figures["diff (changes only)"]["p95_ms"], figures["diff (side, whole)"]["p95_ms"])
    print(
        f"\ntargets: search page p95 {search_p95:.0f} ms (< 250: {'met' if search_p95 < 250 else 'MISSED'}), "
        f"article p95 {article_p95:.0f} ms and diff p95 {diff_p95:.0f} ms "
        f"(< 100: {'met' if max(article_p95, diff_p95) < 100 else 'MISSED'})"
    )
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
