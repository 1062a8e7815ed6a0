"""Issue #5 fault benchmark: every hostile-server, hostile-document and data-safety scenario, one table.

    python3 benchmarks/faults.py              # all scenarios (several minutes)
    python3 benchmarks/faults.py --only bomb  # scenarios whose name contains "bomb"
    python3 benchmarks/faults.py --markdown   # the table as Markdown
    python3 benchmarks/faults.py --only SIGKILL --kills 30

A misbehaving server (tests/support/faultserver.py, raw sockets on 127.0.0.1) runs in this process; each
scenario runs in a fresh child process so that its peak memory (ru_maxrss) is its own. Bodies are
streamed from generators: the 1 GB body is never built in memory, on either side.

Columns: outcome (what the fetch returned or the FetchError reason), time taken, peak RSS of the child
and how much of it the scenario added over the child's baseline (Python + httpx + bs4 imported), and
data lost: after every scenario the child fetches a good article with the same client and checks it
byte for byte ("none" = the run continues and nothing that was served intact was lost or altered; a
successful capture is also compared byte for byte with what the server sent).

Default limits are used (20 MB, 60 s total, 10 s connect, 20 s read) except where a scenario shows how
the options scale a timeout down, so that the run does not take minutes of waiting per stall.

The scenarios that are not HTTP fetches (XML bombs, million-entry feeds and sitemaps, impossible dates,
SIGKILL during `telisik crawl`, two writers, a full disk, an old archive) run the project's public
functions, or the `telisik` command against the simulated news sites of tests/support/sitenet.py, in the same kind
of child process; their "data lost" column is what the scenario checked (rows, integrity, duplicates).
When a scenario's work happens in `telisik` subprocesses, peak RSS is the largest of those processes.

Issue #15 added (HOSTILE_SCENARIOS): WARC files damaged the ways files get damaged (a record from a dropped
connection, changed bytes, WARC-Truncated, a file cut in half), where "data lost" is a damaged record imported
or an intact one not; a 200 MB record in a small .warc.gz (peak RSS is the point); binary files imported as
.html; `fetch http://user:pass@host/` (the password must be nowhere: archive, output, WARC export); and
`--timeout` against trickling, stalling and slow-503 servers, where the whole URL — retries and further pages
included — must end within the timeout (+0.5 s).

Issue #15 also added (SAFETY_SCENARIOS): a page of site A naming site B's article as canonical; a multi-page
article whose page 2 fails, then comes back; `export -o` to a FIFO, a symlink, a 0600 file and a device; read
commands on another application's SQLite file and on paths that do not exist; a read-only archive; CSV formula
injection; a damaged archive and output to a full disk (one line, never a traceback); snippets, scores, a 2 MB
URL and bidi characters in what is printed; an older archive holding URL credentials.
Then (CRAWL_CLI_SCENARIOS): nan/inf/huge numeric options in real `telisik` processes (one usage line, exit 2);
`fetch` against robots.txt Disallow and Crawl-delay, and SIGINT during `fetch` (summary, exit 130, nothing
lost); while a crawl runs, a second crawl through a symlink or `link/..` (exit 3) and `sites remove` of the
site being crawled (refused, exit 3; the crawl completes); an IDN site; an extractor crash during fetch and
import (a reported failure, no empty article); `crawl --timeout` per article URL; and `crawl --since` followed
by a wider crawl whose sources answer 304, where "data lost" is what the wider run did not archive.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the loopback fault server lives with the tests

from support.faultserver import (  # noqa: E402
    ARTICLE_HTML,
    CP1252_HTML,
    FaultServer,
    Request,
    close_mid_body,
    closed_port,
    compressed_payload,
    flaky,
    gzip_bomb,
    http_date,
    page,
    redirect,
    reset_mid_body,
    respond,
    retry_after,
    stall_after_headers,
    streamed,
    trickle_body,
    trickle_headers,
    truncated_gzip,
)

MB = 1024 * 1024
GB = 1024 * MB
BLOCK = b"<p>" + b"a" * (64 * 1024 - 7) + b"</p>"  # 64 KB of markup


def gigabyte_body():
    yield b"<html><body>"
    for _ in range(GB // len(BLOCK)):
        yield BLOCK


def single_line(size: int):
    """A page of about `size` bytes with no newline anywhere."""

    def chunks():
        yield b"<html><head><title>Satu baris</title></head><body><article><h1>Satu baris</h1><p>"
        word = b"kata " * 13107  # 64 KB
        for _ in range(size // len(word) - 1):
            yield word
        yield b"</p></article></body></html>"

    return chunks


def nested_100k() -> bytes:
    depth = 100_000
    return (
        b"<html><head><title>Bersarang</title></head><body>"
        + b"<div>" * depth
        + b"<p>Teks di dasar sarang yang sangat dalam.</p>"
        + b"</div>" * depth
        + b"</body></html>"
    )


def endless_chain(conn, request: Request) -> None:
    n = int(request.path.rsplit("/", 1)[1])
    respond(conn, 302, "Found", b"", [("Location", f"/chain/{n + 1}")])


@dataclass
class Scenario:
    name: str
    path: str  # on the fault server; absolute URLs for refused/DNS scenarios
    mode: str = "fetch"  # fetch | async | retries | extract
    limits: dict = field(default_factory=dict)  # FetchLimits overrides
    expect_body: bytes | None = None  # a successful fetch must return exactly this


def build_server() -> FaultServer:
    server = FaultServer()
    bomb = gzip_bomb(1 * GB)
    server.routes.update(
        {
            "/ok": page(),
            "/404": page("<html><body>tidak ada</body></html>", status=404, reason="Not Found"),
            "/500": page("<html><body>error</body></html>", status=500, reason="Internal Server Error"),
            "/r1": redirect("/r2"),
            "/r2": redirect("/r3"),
            "/r3": redirect("/ok"),
            "/loop-a": redirect("/loop-b"),
            "/loop-b": redirect("/loop-a"),
            "/to-10": redirect("http://10.0.0.5/admin"),
            "/to-ftp": redirect("ftp://127.0.0.1/file"),
            "/pdf": page(b"%PDF-1.7\n" + bytes(range(256)) * 64, "application/pdf"),
            "/cp1252": page(CP1252_HTML, "text/html"),
            "/empty": page(b""),
            "/stall": stall_after_headers(server),
            "/trickle": trickle_body(server, 1.0, total_bytes=10_000),
            "/trickle-headers": trickle_headers(server, 1.0),
            "/reset": reset_mid_body(),
            "/cut": close_mid_body(),
            "/truncated-gzip": truncated_gzip(),
            "/429": retry_after(429, "Too Many Requests", "2"),
            "/503-date": retry_after(503, "Service Unavailable", lambda: http_date(2)),
            "/storm": retry_after(503, "Service Unavailable", "0"),
            "/1gb": streamed(gigabyte_body),
            "/1gb-declared": streamed(gigabyte_body, content_length=GB + 12),
            "/bomb": compressed_payload(bomb),
            "/single-line": streamed(single_line(50 * MB)),
            "/single-line-19mb": streamed(single_line(19 * MB)),
            "/nested": page(nested_100k()),
            "/binary": page(os.urandom(256 * 1024), "text/html"),
            "/scripts-only": page("<html><head><script>document.write('x')</script></head></html>"),
            "/no-body": page("<html><head><title>Hanya judul</title></head></html>"),
        }
    )
    server.routes["/flaky"] = flaky(server, "/flaky", failures=2)
    server.routes.update({f"/chain/{n}": endless_chain for n in range(50)})
    return server


SCENARIOS = [
    Scenario("200 HTML article", "/ok", expect_body=ARTICLE_HTML.encode()),
    Scenario("404", "/404"),
    Scenario("500", "/500"),
    Scenario("redirect chain (3 hops)", "/r1", expect_body=ARTICLE_HTML.encode()),
    Scenario("redirect loop", "/loop-a"),
    Scenario("over-long redirect chain", "/chain/0"),
    Scenario("redirect to 10.0.0.5", "/to-10"),
    Scenario("redirect to ftp://", "/to-ftp"),
    Scenario("connect refused", "REFUSED"),
    Scenario("DNS failure (.invalid)", "http://berita.telisik.invalid/"),
    Scenario("headers then stall (read 5 s)", "/stall", limits={"read_timeout": 5}),
    Scenario("trickle 1 B/s body (total 10 s)", "/trickle", limits={"total_timeout": 10}),
    Scenario("trickle 1 B/s headers (total 10 s)", "/trickle-headers", limits={"total_timeout": 10}),
    Scenario("trickle 1 B/s, async client", "/trickle", mode="async", limits={"total_timeout": 10}),
    Scenario("reset mid-body", "/reset"),
    Scenario("closed mid-body", "/cut"),
    Scenario("truncated gzip", "/truncated-gzip"),
    Scenario("429 Retry-After: 2, 3 attempts", "/429", mode="retries"),
    Scenario("503 Retry-After: HTTP-date, 3 attempts", "/503-date", mode="retries"),
    Scenario("5xx storm, 4 attempts", "/storm", mode="retries"),
    Scenario("503 twice then 200, 3 attempts", "/flaky", mode="retries", expect_body=ARTICLE_HTML.encode()),
    Scenario("1 GB body, no Content-Length", "/1gb"),
    Scenario("1 GB body, Content-Length declared", "/1gb-declared"),
    Scenario("gzip bomb (1 MB -> 1 GB)", "/bomb"),
    Scenario("50 MB single line (default cap)", "/single-line"),
    Scenario(
        "50 MB single line, cap 64 MB, extracted",
        "/single-line",
        mode="extract",
        limits={"max_bytes": 64 * MB},
    ),
    Scenario("19 MB single line (under default cap), extracted", "/single-line-19mb", mode="extract"),
    Scenario("100k nested tags, extracted", "/nested", mode="extract"),
    Scenario("windows-1252 in <meta> only", "/cp1252", expect_body=CP1252_HTML),
    Scenario("binary served as text/html", "/binary"),
    Scenario("PDF", "/pdf"),
    Scenario("empty 200", "/empty"),
    Scenario("HTML without a body, extracted", "/no-body", mode="extract"),
    Scenario("scripts only, extracted", "/scripts-only", mode="extract"),
]


# ----------------------------------------------------------------------------------------------- the child


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def run_child(scenario: Scenario, url: str, ok_url: str, ok_sha: str) -> dict:
    import bs4  # noqa: F401  (baseline includes what extraction loads)

    from telisik.fetch import (
        FetchError,
        FetchLimits,
        fetch_page,
        fetch_page_async,
        fetch_with_retries,
        make_client,
    )

    limits = FetchLimits(**scenario.limits)
    client = make_client(limits)
    baseline = _maxrss_mb()
    started = time.monotonic()
    outcome, lost = "", "none"
    try:
        if scenario.mode == "async":
            capture = asyncio.run(_fetch_async(fetch_page_async, url, limits))
        elif scenario.mode == "retries":
            attempts = 4 if "storm" in scenario.name else 3
            tries: list[float] = []
            capture = fetch_with_retries(
                url,
                client=client,
                limits=limits,
                attempts=attempts,
                on_retry=lambda error, delay: tries.append(delay),
            )
            outcome = f"after {len(tries)} retries: "
        else:
            capture = fetch_page(url, client=client, limits=limits)
        outcome += f"HTTP {capture.status}, {len(capture.content):,} bytes, {capture.encoding}"
        if scenario.expect_body is not None and capture.content != scenario.expect_body:
            lost = "CONTENT ALTERED"
        if scenario.mode == "extract":
            from telisik.extract import extract_article

            t0 = time.monotonic()
            article = extract_article(
                capture.content, url=capture.final_url, content_type=capture.content_type
            )
            verdict = "article" if article.is_article else "not an article"
            outcome += (
                f"; extract: {verdict}, body {len(article.body):,} chars in {time.monotonic() - t0:.1f} s"
            )
    except FetchError as error:
        outcome += f"refused: {error.reason}" + (" (retryable)" if error.retryable else "")
    except Exception as error:  # a crash is a finding, reported in the table
        outcome += f"CRASH {type(error).__name__}: {error}"
        lost = "crash"
    elapsed = time.monotonic() - started
    peak = _maxrss_mb()
    try:  # the run continues: the same client still fetches a good page intact
        after = fetch_page(ok_url, client=client)
        if hashlib.sha256(after.content).hexdigest() != ok_sha:
            lost = "NEXT PAGE ALTERED"
    except Exception as error:
        lost = f"NEXT PAGE FAILED: {error}"
    return {
        "outcome": outcome,
        "seconds": elapsed,
        "peak_mb": peak,
        "added_mb": peak - baseline,
        "lost": lost,
    }


async def _fetch_async(fetch_page_async, url, limits):
    from telisik.fetch import make_async_client

    async with make_async_client(limits) as client:
        return await fetch_page_async(url, client=client, limits=limits)


# ------------------------------------------------------------------------------- scenarios that are not fetches


class Meter:
    """Time and peak RSS of one local scenario: `reset()` moves the start past set-up the scenario does not
    measure (generating and reading a document); `children_peak_mb` is set when the work ran in subprocesses."""

    def __init__(self) -> None:
        self.reset()
        self.children_peak_mb: float | None = None

    def reset(self) -> None:
        self.baseline = _maxrss_mb()
        self.started = time.monotonic()

    def measure_children(self) -> None:
        self.children_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@dataclass
class LocalScenario:
    name: str
    run: object  # (meter, options) -> (outcome, lost); options: {"kills": N, "seed": S}
    params: dict = field(default_factory=dict)


# XML bombs ------------------------------------------------------------------------------------------------

BILLION_LAUGHS_FEED = (
    b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
"""
    + b"".join(
        f'  <!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">\n'.encode()
        for n in range(1, 10)
    )
    + b"""]>
<rss version="2.0"><channel><title>Bom</title>
<item><title>&lol9;</title><link>https://berita.example.id/2026/01/05/bom/</link></item>
</channel></rss>
"""
)

XXE_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://berita.example.id/&xxe;</loc></url>
</urlset>
"""

# No entity declared in the document: the external DTD itself must not be loaded (load_dtd off).
EXTERNAL_DTD_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE urlset SYSTEM "file:///etc/passwd">
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://berita.example.id/2026/01/05/aman/</loc></url>
  <url><loc>https://berita.example.id/&root;</loc></url>
</urlset>
"""


def _xml_verdict(parse, content: bytes) -> tuple[str, str]:
    """Parse a hostile document; leaking /etc/passwd or expanding entities is data lost (to an attacker)."""
    from telisik.crawl.discover import XMLRefused

    try:
        doc = parse(content, "https://berita.example.id/")
    except XMLRefused as error:
        return f"refused: {error}", "none"
    urls = [e.url for e in getattr(doc, "urls", getattr(doc, "entries", []))]
    titles = [e.title or "" for e in getattr(doc, "entries", [])]
    leaked = any("root:" in text for text in urls + titles)
    expanded = max((len(t) for t in titles), default=0)
    outcome = (
        f"parsed {len(urls)} URLs; DTD not loaded, no entity expanded (longest title {expanded} chars), "
        f"nothing of /etc/passwd read"
    )
    if leaked:
        return outcome, "LEAKED /etc/passwd"
    return outcome, "none" if expanded < 1000 else "ENTITIES EXPANDED"


def billion_laughs(meter: Meter, options: dict) -> tuple[str, str]:
    from telisik.crawl.discover import parse_feed

    return _xml_verdict(parse_feed, BILLION_LAUGHS_FEED)


def xxe_sitemap(meter: Meter, options: dict) -> tuple[str, str]:
    from telisik.crawl.discover import parse_sitemap

    return _xml_verdict(parse_sitemap, XXE_SITEMAP)


def external_dtd_sitemap(meter: Meter, options: dict) -> tuple[str, str]:
    from telisik.crawl.discover import parse_sitemap

    return _xml_verdict(parse_sitemap, EXTERNAL_DTD_SITEMAP)


# A million entries ----------------------------------------------------------------------------------------

MILLION = 1_000_000


def _write_million_feed(path: Path, count: int) -> None:
    """An RSS feed of `count` items written in 10k-item slices: never a million-element list in memory."""
    with open(path, "wb") as out:
        out.write(
            b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Sejuta</title>\n'
        )
        for start in range(0, count, 10_000):
            out.write(
                "".join(
                    f"<item><link>https://b.example.id/a/{n}/</link><pubDate>2026-01-05T10:00:00+07:00</pubDate></item>\n"
                    for n in range(start, min(start + 10_000, count))
                ).encode()
            )
        out.write(b"</channel></rss>\n")


def _write_million_sitemap_gz(path: Path, count: int) -> None:
    import gzip

    with gzip.open(path, "wb", compresslevel=6) as out:
        out.write(
            b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        )
        for start in range(0, count, 10_000):
            out.write(
                "".join(
                    f"<url><loc>https://b.example.id/a/{n}/</loc><lastmod>2026-01-05</lastmod></url>\n"
                    for n in range(start, min(start + 10_000, count))
                ).encode()
            )
        out.write(b"</urlset>\n")


def million_entries(meter: Meter, options: dict) -> tuple[str, str]:
    """Generate the document to a temp file, read it (the fetcher would hold these bytes too), then parse it
    under `max_urls`; `added` is what parsing took on top of the document's bytes."""
    import tempfile

    from telisik.crawl.discover import DEFAULT_MAX_URLS, XMLRefused, parse_feed, parse_sitemap

    kind, max_urls = options["kind"], options.get("max_urls", DEFAULT_MAX_URLS)
    count = options.get("count", MILLION)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("feed.xml" if kind == "feed" else "sitemap.xml.gz")
        (_write_million_feed if kind == "feed" else _write_million_sitemap_gz)(path, count)
        content = path.read_bytes()
    meter.reset()
    parse = parse_feed if kind == "feed" else parse_sitemap
    try:
        doc = parse(content, "https://b.example.id/", max_urls=max_urls)
    except XMLRefused as error:
        return f"refused: {error} (document {len(content) / MB:.1f} MB)", "none"
    entries = doc.entries if kind == "feed" else doc.urls
    outcome = (
        f"{len(entries):,} URLs kept (cap {max_urls:,}), truncated={doc.truncated}; "
        f"document {len(content) / MB:.1f} MB{' gzipped' if kind != 'feed' else ''}"
    )
    expected = min(count, max_urls)
    wrong = (
        len(entries) != expected
        or doc.truncated != (count > max_urls)
        or (entries and entries[-1].url != f"https://b.example.id/a/{expected - 1}/")
    )
    return outcome, "ENTRIES MISSING" if wrong else "none"


# Impossible dates ------------------------------------------------------------------------------------------

DATE_PAGE = """<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8"><title>Warga Desa Terima Bantuan Benih Padi - Portal Blora</title>
<meta property="og:title" content="Warga Desa Terima Bantuan Benih Padi">
<meta property="og:site_name" content="Portal Blora">
<meta property="article:published_time" content="{iso}">
<meta name="pubdate" content="{iso}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Warga Desa Terima Bantuan Benih Padi", "datePublished": "{iso}", "dateModified": "{iso}",
 "author": {{"@type": "Person", "name": "Siti Rahmawati"}}}}</script>
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/kategori/daerah/">Daerah</a> <a href="/kategori/ekonomi/">Ekonomi</a></nav></header>
<main><article>
<h1>Warga Desa Terima Bantuan Benih Padi</h1>
<div class="byline">Penulis: Siti Rahmawati | <time>{visible}</time></div>
<p>BLORA - Sebanyak 120 petani di Desa Kedungrejo menerima bantuan benih padi dari dinas pertanian kabupaten
menjelang musim tanam, Kamis pagi.</p>
<p>Kepala desa mengatakan bantuan itu sangat membantu warga yang sawahnya terendam banjir pada musim hujan lalu
sehingga gagal panen.</p>
<p>Dinas pertanian berjanji menambah bantuan pupuk bulan depan bila anggaran tahun ini mencukupi.</p>
</article>
<aside><h3>Terpopuler</h3><ul><li><a href="/2026/01/04/jalan-rusak/">Jalan rusak di Cepu</a></li></ul></aside>
<section class="comments"><p>Komentar: mantap, semoga panen lancar.</p></section>
</main><footer>&copy; 2026 Portal Blora</footer></body></html>
"""

IMPOSSIBLE_DATES = {
    "31 Februari 2026": ("2026-02-31T10:00:00+07:00", "Kamis, 31 Februari 2026 10:00 WIB"),
    "year 20226": ("20226-01-05T10:00:00+07:00", "Senin, 5 Januari 20226 10:00 WIB"),
    "32/01/2026": ("2026-01-32T10:00:00+07:00", "32/01/2026 10:00 WIB"),
    "25:61 WIB": ("2026-01-05T25:61:00+07:00", "Senin, 5 Januari 2026 25:61 WIB"),
}


def impossible_date(meter: Meter, options: dict) -> tuple[str, str]:
    from telisik.extract import extract_article

    iso, visible = IMPOSSIBLE_DATES[options["date"]]
    article = extract_article(DATE_PAGE.format(iso=iso, visible=visible), "https://blora.example.id/2026/a/")
    published = article.published.isoformat() if article.published else "None (unknown)"
    outcome = (
        f"published {published}"
        + (f" from {article.sources.get('published')} {article.published_raw!r}" if article.published else "")
        + f"; {'article' if article.is_article else 'NOT an article'}, body {len(article.body)} chars"
    )
    if not article.is_article:
        return outcome, "BODY LOST"
    return outcome, "none" if article.published is None else "WRONG DATE"


# The archive: SIGKILL, two writers, a full disk, an old schema -------------------------------------------


class SimulatedSites:
    """tests/support/sitenet.py in its standalone mode (its own process, as benchmarks/crawl.py runs it)."""

    def __init__(self, sites: int, articles: int) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(REPO / "tests" / "support" / "sitenet.py"),
                "--sites",
                str(sites),
                "--articles",
                str(articles),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,  # killed crawls leave reset tracebacks
        )
        line = self.proc.stdout.readline()
        if not line:
            self.proc.kill()
            raise RuntimeError("the simulated network did not start")
        self.sites = json.loads(line)["sites"]

    def __enter__(self) -> SimulatedSites:
        return self

    def __exit__(self, *exc_info) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


def _archive_with_sites(db_path: str, sites: list[dict]) -> None:
    from telisik.archive import open_db
    from telisik.crawl.sites import add_site

    db = open_db(db_path)
    for site in sites:
        add_site(db, site["url"], name=site["name"], delay=0.0)
    db.conn.close()


def _telisik(*args: str) -> list[str]:
    return [sys.executable, "-m", "telisik", *args]


def _crawl_command(db_path: str) -> list[str]:
    # no per-run article cap: the rerun must finish everything the kills left
    return _telisik("crawl", "--db", db_path, "--delay", "0", "--max-articles", "100000")


def _archive_problems(db_path: str) -> list[str]:
    """What is wrong with an archive after a kill: integrity, URLs recorded 'stored' without their article,
    duplicate articles."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        problems = []
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity: {integrity}")
        missing = conn.execute(
            "SELECT count(*) FROM site_urls WHERE outcome = 'stored' AND "
            "(article_id IS NULL OR article_id NOT IN (SELECT id FROM articles))"
        ).fetchone()[0]
        if missing:
            problems.append(f"{missing} reported stored but missing")
        duplicates = conn.execute(
            "SELECT count(*) - count(DISTINCT coalesce(canonical_url, url)) FROM articles"
        ).fetchone()[0]
        if duplicates:
            problems.append(f"{duplicates} duplicates")
        return problems
    finally:
        conn.close()


def _count(db_path: str, sql: str) -> int:
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def sigkill_during_crawl(meter: Meter, options: dict) -> tuple[str, str]:
    """Kill `telisik crawl` at a random moment N times (each run carries on from the last), checking the
    archive after every kill; then a full rerun must complete and hold every served article exactly once."""
    import random
    import signal
    import tempfile

    kills, rng = options["kills"], random.Random(options["seed"])
    latest_kill = options.get("latest_kill", 4.5)
    with (
        SimulatedSites(options.get("sites", 5), options.get("articles", 400)) as net,
        tempfile.TemporaryDirectory() as tmp,
    ):
        db_path = os.path.join(tmp, "kill.db")
        _archive_with_sites(db_path, net.sites)
        served = sum(site["articles"] for site in net.sites)
        mid_crawl, problems, progress = 0, [], []
        for _ in range(kills):
            crawl = subprocess.Popen(
                _crawl_command(db_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                # start-up and discovery take ~1.3 s, then ~80 articles/s: most kills land mid-storing
                crawl.wait(timeout=rng.uniform(0.3, latest_kill))
            except subprocess.TimeoutExpired:
                crawl.send_signal(signal.SIGKILL)
                crawl.wait()
                mid_crawl += 1
            problems += _archive_problems(db_path)
            progress.append(_count(db_path, "SELECT count(*) FROM articles"))
        rerun = subprocess.run(_crawl_command(db_path), capture_output=True, text=True, timeout=900)
        meter.measure_children()
        problems += _archive_problems(db_path)
        final = _count(db_path, "SELECT count(*) FROM articles")
        stored = _count(db_path, "SELECT count(*) FROM site_urls WHERE outcome = 'stored'")
    total_line = (rerun.stdout.strip().splitlines() or [""])[-1]
    outcome = (
        f"{kills} kills ({mid_crawl} mid-crawl; articles after each: {','.join(map(str, progress))}), "
        f"integrity ok {'' if not problems else 'NOT '}after each; rerun exit {rerun.returncode} "
        f"({total_line}); {final}/{served} articles, {stored} recorded stored; "
        f"{', '.join(sorted(set(problems))) or '0 duplicates, 0 lost'}"
    )
    lost = "none" if not problems and rerun.returncode == 0 and final == served == stored else "YES"
    return outcome, lost


def two_writers(meter: Meter, options: dict) -> tuple[str, str]:
    """`telisik fetch` of pages of a fourth site while `telisik crawl` archives three sites into the same file."""
    import tempfile

    import httpx

    from telisik.crawl.discover import parse_sitemap

    with SimulatedSites(4, options.get("articles", 150)) as net, tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "two.db")
        crawled, other = net.sites[:3], net.sites[3]
        _archive_with_sites(db_path, crawled)
        sitemap = httpx.get(other["url"] + "sitemap-posts.xml.gz", timeout=10)
        listed = [entry.url for entry in parse_sitemap(sitemap.content, str(sitemap.url)).urls]
        fetch_urls = [url for url in listed if "/private/" not in url][:10]  # robots.txt disallows /private/
        crawl = subprocess.Popen(
            _crawl_command(db_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        while _count_or_zero(db_path) == 0 and crawl.poll() is None:  # the crawl is writing
            time.sleep(0.05)
        fetch = subprocess.run(
            _telisik("fetch", "--db", db_path, "--delay", "0", *fetch_urls),
            capture_output=True,
            text=True,
            timeout=600,
        )
        overlapped = crawl.poll() is None  # the crawl was still writing when fetch finished
        crawl_out, crawl_err = crawl.communicate(timeout=900)
        meter.measure_children()
        problems = _archive_problems(db_path)
        final = _count(db_path, "SELECT count(*) FROM articles")
        fetched = _fetched_count(db_path, fetch_urls)
    served = sum(site["articles"] for site in crawled) + len(fetch_urls)
    outcome = (
        f"crawl exit {crawl.returncode}, fetch exit {fetch.returncode} "
        f"({'overlapping' if overlapped else 'NOT overlapping: crawl finished first'}); "
        f"{final}/{served} articles ({fetched}/{len(fetch_urls)} fetched), "
        f"{', '.join(problems) or 'integrity ok, 0 duplicates'}"
    )
    if fetch.returncode or crawl.returncode:
        outcome += f"; stderr: {(fetch.stderr or crawl_err).strip().splitlines()[-1:]}"
    lost = (
        "none" if not problems and final == served and not (fetch.returncode or crawl.returncode) else "YES"
    )
    return outcome, lost


def _fetched_count(db_path: str, urls: list[str]) -> int:
    from telisik.archive import known_urls, open_db

    db = open_db(db_path)
    try:
        return len(known_urls(db, urls))
    finally:
        db.conn.close()


def _count_or_zero(db_path: str) -> int:
    try:
        return _count(db_path, "SELECT count(*) FROM articles")
    except Exception:  # the crawl holds the write lock for a moment, or has not created the table yet
        return 0


def _sample_article(n: int, *, body: str | None = None, raw: bytes | None = None):
    from datetime import datetime, timezone

    from telisik.article import Article, Capture

    url = f"https://blora.example.id/2026/01/05/berita-{n}/"
    fetched = datetime(2026, 1, 5, 3, 0, tzinfo=timezone.utc)
    body = body or "\n\n".join(
        f"Paragraf {k} berita {n}: warga desa menerima bantuan benih padi." for k in range(6)
    )
    raw = raw or f"<html><body><h1>Berita {n}</h1><p>{body}</p></body></html>".encode()
    capture = Capture(url, url, 200, {"content-type": "text/html"}, raw, fetched, "text/html", "utf-8")
    return Article(
        url=url,
        canonical_url=url,
        site="blora.example.id",
        title=f"Berita {n}",
        body=body,
        authors=["Siti Rahmawati"],
        fetched_at=fetched,
        capture=capture,
    )


def _rows_digest(db) -> list[tuple]:
    return db.execute("SELECT id, url, content_hash, length(body) FROM articles ORDER BY id").fetchall()


def full_disk(meter: Meter, options: dict) -> tuple[str, str]:
    """PRAGMA max_page_count caps the file a little above its size; then a large article is stored."""
    import tempfile

    from telisik.archive import StoreError, open_db, store_article

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(os.path.join(tmp, "full.db"))
        for n in range(50):
            store_article(db, _sample_article(n))
        before = _rows_digest(db)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 64}")
        big = _sample_article(999, body="kata " * 400_000, raw=os.urandom(4 * MB))  # 2 MB text, 4 MB raw
        try:
            result = store_article(db, big)
            raised = f"no error: stored as {result.status} (the cap did not bite)"
        except StoreError as error:
            raised = f"StoreError: {error}"
        except Exception as error:  # noqa: BLE001  (what the store raises is the finding)
            raised = f"{type(error).__name__} (not StoreError): {error}"
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        after = _rows_digest(db)
        half_written = db.execute("SELECT count(*) FROM articles WHERE url = ?", [big.url]).fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {2**31 - 2}")  # space freed: the same connection carries on
        retry = store_article(db, big).status
    intact = after == before
    outcome = (
        f"{raised}; integrity {integrity}; {len(before)} earlier rows "
        f"{'intact' if intact else 'CHANGED'}, {'no' if not half_written else 'A'} half-written row; "
        f"after freeing space the same store_article: {retry}"
    )
    return outcome, "none" if intact and integrity == "ok" and not half_written and retry == "new" else "YES"


OLD_SCHEMA_0 = """
CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT, body TEXT,
    authors TEXT, published TEXT, site TEXT, fetched_at TEXT, raw_html BLOB);
"""


def old_archive(meter: Meter, options: dict) -> tuple[str, str]:
    """Schema 0 (one flat `articles` table, raw HTML inline, some of it gzipped, authors as plain text) with
    2,000 rows, opened by today's open_db: every row kept, raw pages moved to `captures`, schema current."""
    import gzip
    import sqlite3
    import tempfile

    from telisik.archive import SCHEMA_VERSION, count_hits, get_article, open_db, store_article

    count = 2000
    rows = [
        (
            n,
            f"https://lama.example.id/berita/{n}",
            f"Berita lama nomor {n}",
            f"Jembatan Juwana nomor {n} ditutup; pengendara diminta memutar lewat jalan desa.",
            f"Penulis {n % 7}",
            f"2024-03-0{1 + n % 9}T10:00:00+07:00",
            "lama.example.id",
            "2024-03-10T04:00:00+00:00",
            gzip.compress(f"<html>lama {n}</html>".encode(), mtime=0)
            if n % 2
            else f"<html>lama {n}</html>".encode(),
        )
        for n in range(1, count + 1)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "old.db")
        conn = sqlite3.connect(path)
        conn.executescript(OLD_SCHEMA_0)
        conn.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?)", rows)
        conn.commit()
        conn.close()
        meter.reset()
        db = open_db(path)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        kept = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        captures = db.execute("SELECT count(*) FROM captures").fetchone()[0]
        columns = {c.name for c in db["articles"].columns}
        wrong = [
            n
            for n in (1, 2, 1000, count)
            if (a := get_article(db, n)) is None
            or a.title != f"Berita lama nomor {n}"
            or a.authors != [f"Penulis {n % 7}"]
            or a.capture.content != f"<html>lama {n}</html>".encode()
        ]
        hits = count_hits(db, "juwana")
        new = store_article(db, _sample_article(1)).status
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    outcome = (
        f"schema 0 -> {version} (current {SCHEMA_VERSION}); {kept}/{count} rows kept, {captures} raw pages "
        f"moved to captures, raw_html column {'dropped' if 'raw_html' not in columns else 'emptied'}; "
        f"sample rows {'match' if not wrong else f'DIFFER {wrong}'}; search 'juwana' finds {hits:,}; "
        f"new article stored: {new}; integrity {integrity}"
    )
    ok = version == SCHEMA_VERSION and kept == captures == hits == count and not wrong and integrity == "ok"
    return outcome, "none" if ok else "YES"


def schema_1_archive(meter: Meter, options: dict) -> tuple[str, str]:
    """Schema 1 (the first release: no facets index) with 500 articles, reopened: the index is added."""
    import tempfile

    from telisik.archive import SCHEMA_VERSION, open_db, store_article, transaction

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "v1.db")
        db = open_db(path)
        with transaction(db):
            for n in range(500):
                store_article(db, _sample_article(n))
        before = _rows_digest(db)
        db.execute("DROP INDEX idx_articles_facets")
        db.execute("PRAGMA user_version = 1")
        db.conn.close()
        meter.reset()
        db = open_db(path)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        index = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_articles_facets'").fetchone()
        intact = _rows_digest(db) == before
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    outcome = (
        f"schema 1 -> {version} (current {SCHEMA_VERSION}); facets index {'added' if index else 'MISSING'}; "
        f"{len(before)} rows {'intact' if intact else 'CHANGED'}; integrity {integrity}"
    )
    return outcome, "none" if version == SCHEMA_VERSION and index and intact and integrity == "ok" else "YES"


# Issue #15: WARC integrity and size, binary imports, URL credentials, --timeout per URL ---------------------


def _news_page(n: int) -> bytes:
    """A full article page, different for each n, whose last paragraph says 'akhir berita n'."""
    return (
        ARTICLE_HTML.replace("Banjir Rendam Tiga Desa", f"Banjir Rendam Desa ke-{n}")
        .replace("</article>", f"<p>Petugas terus berjaga hingga malam, akhir berita {n}.</p>\n</article>")
        .encode()
    )


def _news_url(n: int) -> str:
    return f"https://blora.example.id/2026/01/27/banjir-{n}/"


def _foreign_warc(
    pages: list[bytes],
    *,
    gzip_records: bool = False,
    http_lengths: list[int] | None = None,
    extra: dict[int, dict] | None = None,
    first: int = 0,
) -> tuple[bytes, list[int]]:
    """A WARC as crawlers write it (warcio: digests included) and the offset where each response ends."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "Wget/1.21.4"}))
    ends = []
    for n, body in enumerate(pages):
        declared = http_lengths[n] if http_lengths else len(body)
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(declared))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            _news_url(first + n),
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict=(extra or {}).get(n, {}),
        )
        writer.write_record(record)
        ends.append(out.tell())
    return out.getvalue(), ends


def _damaged_warc(damage: str) -> tuple[bytes, str, set[int]]:
    """(file bytes, file name, numbers of the pages that are damaged) for one kind of damage."""
    pages = [_news_page(n) for n in range(10)]
    if damage == "dropped connection":
        cut = pages[1][: pages[1].index(b"akhir berita 1") - 200]
        data, _ = _foreign_warc([pages[0], cut, *pages[2:]], http_lengths=[len(p) for p in pages])
        return data, "crawl.warc", {1}
    if damage == "bytes changed":
        data, _ = _foreign_warc(pages)
        at = data.index(b"akhir berita 1")
        return data[:at] + b"AKHIR" + data[at + 5 :], "crawl.warc", {1}
    if damage == "WARC-Truncated":
        data, _ = _foreign_warc(pages, extra={1: {"WARC-Truncated": "length"}})
        return data, "crawl.warc", {1}
    gzip_records = damage.endswith(".gz")
    data, ends = _foreign_warc(pages, gzip_records=gzip_records)
    half = len(data) // 2
    return (
        data[:half],
        "half.warc.gz" if gzip_records else "half.warc",
        {n for n, end in enumerate(ends) if end > half},
    )


def warc_damage(meter: Meter, options: dict) -> tuple[str, str]:
    """Import a WARC of 10 articles with one kind of damage: the damaged records (and only they) must be
    refused with a reason, every intact one stored byte for byte."""
    import tempfile

    from telisik.archive import get_article, open_db
    from telisik.importer import import_files

    data, name, damaged = _damaged_warc(options["damage"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        db = open_db(os.path.join(tmp, "a.db"))
        meter.reset()
        outcomes = list(import_files([path], db=db))
        stored = {
            n
            for n in range(10)
            if (a := get_article(db, _news_url(n))) is not None and a.capture.content == _news_page(n)
        }
        altered = db.execute("SELECT count(*) FROM articles").fetchone()[0] - len(stored)
    refused = [o for o in outcomes if o.status == "failed"]
    outcome = (
        f"{len(stored)} stored whole, {len(refused)} refused: "
        + "; ".join(o.reason for o in refused[:2])
        + f"; exit {1 if refused else 0}"
    )
    if altered or stored & damaged:
        return outcome, f"{altered or len(stored & damaged)} DAMAGED RECORD(S) IMPORTED"
    if stored != set(range(10)) - damaged:
        return outcome, f"INTACT RECORDS LOST: {sorted(set(range(10)) - damaged - stored)}"
    return outcome, "none" if refused else "DAMAGE NOT REPORTED"


def _write_big_record_warc(path: Path, size: int, *, in_header: bool = False) -> None:
    """A .warc.gz: a normal page, one `size`-byte page streamed through gzip (never built in memory, no
    digests: they are optional), and another normal page. `in_header`: the `size` bytes are one HTTP header
    line without a newline, not a body."""
    import zlib

    small, _ = _foreign_warc([_news_page(0)], gzip_records=True)
    paragraph = (
        b"<p>"
        + b"Warga Desa Kedungrejo menerima bantuan benih padi menjelang musim tanam. " * 800
        + b"</p>\n"
    )
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % size
    if in_header:
        http, paragraph = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Pad: ",
            b"a" * 65536,
        )
    head = (
        f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
        f"WARC-Date: 2026-01-27T08:00:00Z\r\nWARC-Target-URI: {_news_url(1)}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) + size}\r\n\r\n"
    ).encode()
    with open(path, "wb") as out:
        out.write(small)
        member = zlib.compressobj(6, zlib.DEFLATED, 31)
        out.write(member.compress(head + http + b"<html><body><article>"))
        left = size - len(b"<html><body><article>")
        while left > 0:
            out.write(member.compress(paragraph[: min(left, len(paragraph))]))
            left -= len(paragraph)
        out.write(member.compress(b"\r\n\r\n") + member.flush())
        out.write(_foreign_warc([_news_page(2)], gzip_records=True, first=2)[0])


def warc_big_record(meter: Meter, options: dict) -> tuple[str, str]:
    """One huge record in a small .warc.gz, imported under the fetch cap: refused without being read into
    memory (the `added` column), the records around it imported."""
    import tempfile

    from telisik.archive import open_db
    from telisik.importer import DEFAULT_MAX_BYTES, import_files

    size, in_header = options.get("mb", 200) * MB, options.get("in_header", False)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "besar.warc.gz"
        _write_big_record_warc(path, size, in_header=in_header)
        db = open_db(os.path.join(tmp, "a.db"))
        meter.reset()
        outcomes = list(import_files([path], db=db))
        file_kb = path.stat().st_size / 1024
    statuses = [o.status for o in outcomes]
    refused = next((o.reason for o in outcomes if o.status == "failed"), "not refused")
    what = "header line" if in_header else "record"
    outcome = (
        f"{size // MB} MB {what} in a {file_kb:,.0f} KB .warc.gz: {refused} (cap "
        f"{DEFAULT_MAX_BYTES // MB} MB); records around it: {', '.join(s for s in statuses if s != 'failed')}"
    )
    if in_header:  # reading stops at a header that long (warcio cannot find the next record after it)
        return outcome, "the record after it is not read (reported)" if sorted(statuses) == [
            "failed",
            "new",
        ] else "YES"
    return outcome, "none" if sorted(statuses) == ["failed", "new", "new"] else "YES"


def _binary_samples() -> dict[str, bytes]:
    import gzip
    import struct

    png = (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", 13)
        + b"IHDR"
        + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
        + b"\x00" * 4
    )
    return {
        "ELF": b"\x7fELF\x02\x01\x01" + bytes(9) + os.urandom(4000),
        "random bytes": os.urandom(64 * 1024),
        "PNG": png,
        ".warc.gz": gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"),
    }


def binary_imports(meter: Meter, options: dict) -> tuple[str, str]:
    """Binary files named .html, imported next to a good page: refused with the reasons `fetch` gives."""
    import tempfile

    from telisik.archive import open_db
    from telisik.importer import import_files

    samples = _binary_samples()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, (label, content) in enumerate(samples.items()):
            paths.append(Path(tmp) / f"berita-{n}.html")
            paths[-1].write_bytes(content)
        good = Path(tmp) / "baik.html"
        good.write_bytes(
            _news_page(0).replace(b"<head>", f'<head><link rel="canonical" href="{_news_url(0)}">'.encode())
        )
        db = open_db(os.path.join(tmp, "a.db"))
        meter.reset()
        # each with its address, as `telisik import FILE --url URL` gives it
        outcomes = [
            outcome
            for n, path in enumerate(paths)
            for outcome in import_files([path], db=db, url=_news_url(100 + n))
        ]
        outcomes += list(import_files([good], db=db))
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    reasons = [
        f"{label}: {o.reason}" for label, o in zip(samples, outcomes, strict=False) if o.status == "failed"
    ]
    outcome = (
        f"{len(reasons)}/{len(samples)} refused ({'; '.join(reasons)}); good page: {outcomes[-1].status}"
    )
    return outcome, "none" if stored == 1 and len(reasons) == len(
        samples
    ) else f"{stored - 1} BINARY FILE(S) STORED"


def _locked_route(body: bytes, token: str) -> object:
    """A page served only with HTTP Basic credentials (base64 `token`)."""

    def handler(conn, request: Request) -> None:
        if request.headers.get("authorization") != f"Basic {token}":
            respond(conn, 401, "Unauthorized", b"", [("WWW-Authenticate", 'Basic realm="arsip"')])
        else:
            respond(conn, 200, "OK", body)

    return handler


def url_credentials(meter: Meter, options: dict) -> tuple[str, str]:
    """`telisik fetch http://user:pass@host/...` of a two-page article behind Basic auth, then a WARC export:
    the password must be in none of the archive, the output, or the WARC."""
    import base64
    import sqlite3
    import tempfile

    password = "Rahasia-Sekali-42"
    token = base64.b64encode(f"redaksi:{password}".encode()).decode()
    first = _news_page(0).replace(
        b"</article>", b'<div class="pages"><a href="/berita/2/">2</a></div></article>'
    )
    with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.routes.update(
            {"/berita/": _locked_route(first, token), "/berita/2/": _locked_route(_news_page(2), token)}
        )
        db_path, warc = os.path.join(tmp, "a.db"), os.path.join(tmp, "out.warc")
        url = server.url("/berita/").replace("http://", f"http://redaksi:{password}@")
        fetched = subprocess.run(
            _telisik("fetch", "--db", db_path, "--format", "jsonl", url),
            capture_output=True,
            text=True,
            timeout=120,
        )
        exported = subprocess.run(
            _telisik("export", "--db", db_path, "--format", "warc", "-o", warc),
            capture_output=True,
            text=True,
            timeout=120,
        )
        meter.measure_children()
        conn = sqlite3.connect(db_path)
        dump = "\n".join(conn.iterdump())
        conn.close()
        places = {
            "archive": dump,
            "fetch output": fetched.stdout + fetched.stderr,
            "WARC": Path(warc).read_bytes().decode("latin-1") if os.path.exists(warc) else "",
        }
        pages = server.hits.get("/berita/2/", 0)
    leaks = [place for place, text in places.items() if password in text]
    outcome = (
        f"fetch exit {fetched.returncode} ({fetched.stderr.split()[0] if fetched.stderr else '?'}, page 2 "
        f"{'fetched with the credentials' if pages else 'NOT fetched'}), export exit {exported.returncode}; "
        f"password found in: {', '.join(leaks) or 'nothing (archive, output, WARC)'}"
    )
    ok = not leaks and fetched.returncode == 0 and exported.returncode == 0 and pages
    return outcome, "none" if ok else ("PASSWORD STORED/PRINTED" if leaks else "YES")


def _slow_503(server: FaultServer, seconds: float) -> object:
    def handler(conn, request: Request) -> None:
        if not server.sleep(seconds):
            respond(
                conn, 503, "Service Unavailable", b"<html><body>sibuk</body></html>", [("Retry-After", "0")]
            )

    return handler


def whole_url_timeout(meter: Meter, options: dict) -> tuple[str, str]:
    """What `telisik fetch --timeout T` does for one URL (archive_url: retries and further pages included)
    against a server that trickles, stalls, or answers a slow 503: it must end within T (+0.5 s)."""
    import tempfile

    from telisik.archive import open_db
    from telisik.archiver import archive_url
    from telisik.fetch import FetchLimits, make_client

    timeout, kind = options.get("timeout", 5), options["kind"]
    first = _news_page(0).replace(
        b"</article>", b'<div class="pages"><a href="/berita/2/">2</a></div></article>'
    )
    with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.routes.update(
            {
                "/trickle": trickle_body(server, 1.0, total_bytes=10_000),
                "/stall": stall_after_headers(server),
                "/slow-503": _slow_503(server, 1.5),
                "/berita/": page(first),
                "/berita/2/": trickle_body(server, 1.0, total_bytes=10_000),
            }
        )
        limits = FetchLimits.from_options(timeout=timeout)  # as the CLI builds them: read timeout stays 20 s
        db = open_db(os.path.join(tmp, "a.db"))
        with make_client(limits) as client:
            meter.reset()
            result = archive_url(
                server.url({"page 2 trickles": "/berita/"}.get(kind, f"/{kind}")),
                db=db,
                client=client,
                limits=limits,
            )
            took = time.monotonic() - meter.started
        attempts = sum(server.hits.values())
    outcome = (
        f"{result.status} in {took:.1f} s (--timeout {timeout}), {attempts} requests: "
        f"{result.reason or 'whole'}"
    )
    in_time = took <= timeout + 0.5
    kept = result.ok if kind == "page 2 trickles" else not result.ok
    return outcome, "none" if in_time and kept else ("RAN PAST --timeout" if not in_time else "YES")


# Issue #15, second part: numeric options, fetch politeness and Ctrl-C, the crawl lock, sites remove during a
# crawl, IDN sites, extractor crashes, --timeout per crawled URL, filters that must not lose entries --------

BAD_NUMBERS = [
    ("crawl", "--max-articles", "99999999999999999999"),
    ("crawl", "--delay", "nan"),
    ("crawl", "--delay", "inf"),
    ("crawl", "--timeout", "-1"),
    ("crawl", "--concurrency", "0"),
    ("crawl", "--refresh-days", "1e400"),
    ("crawl", "--max-sitemap-urls", "nan"),
    ("fetch", "--max-size", "nan"),
    ("fetch", "--timeout", "inf"),
    ("fetch", "--delay", "-inf"),
    ("sites add http://127.0.0.1:9/", "--delay", "inf"),
    ("sites add http://127.0.0.1:9/", "--max-articles", "-1"),
    ("search banjir", "--limit", "99999999999999999999"),
    ("diff 1", "--from", "nan"),
    ("reparse", "--workers", "inf"),
    ("import x.html", "--max-size", "inf"),
]


def numeric_options(meter: Meter, options: dict) -> tuple[str, str]:
    """Each numeric option given nan, inf, a negative or an absurdly large value, in a real `telisik`
    process: a one-line usage error (exit 2) each time, no traceback, no archive created."""
    import tempfile

    chosen = BAD_NUMBERS[: options.get("count", len(BAD_NUMBERS))]
    refused, bad = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        for words, option, value in chosen:
            args = [*words.split(), option, value, "--db", db_path]
            proc = subprocess.run(_telisik(*args), capture_output=True, text=True, timeout=60)
            errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
            if proc.returncode == 2 and len(errors) == 1 and "Traceback" not in proc.stderr:
                refused += 1
            else:
                bad.append(f"{words} {option} {value}: exit {proc.returncode}")
        created = os.path.exists(db_path)
        meter.measure_children()
    outcome = (
        f"{refused}/{len(chosen)} refused with one usage line (exit 2); {'; '.join(bad) or 'no traceback'}"
    )
    return outcome, "none" if not bad and not created else "ACCEPTED OR TRACEBACK"


def _timed_route(body: bytes, times: list[float], content_type: str = "text/html; charset=utf-8") -> object:
    def handler(conn, request: Request) -> None:
        times.append(time.monotonic())
        respond(conn, 200, "OK", body, [("Content-Type", content_type)])

    return handler


def fetch_politeness(meter: Meter, options: dict) -> tuple[str, str]:
    """`telisik fetch --delay 0` of a URL robots.txt disallows and two URLs of a host asking Crawl-delay: 1."""
    import tempfile

    times: list[float] = []
    robots = b"User-agent: *\nDisallow: /rahasia/\nCrawl-delay: 1\n"
    with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.routes.update(
            {
                "/robots.txt": page(robots, "text/plain"),
                "/rahasia/berita/": page(_news_page(9)),
                "/berita/1/": _timed_route(_news_page(1), times),
                "/berita/2/": _timed_route(_news_page(2), times),
            }
        )
        urls = [server.url(p) for p in ("/rahasia/berita/", "/berita/1/", "/berita/2/")]
        proc = subprocess.run(
            _telisik("fetch", "--db", os.path.join(tmp, "a.db"), "--delay", "0", *urls),
            capture_output=True,
            text=True,
            timeout=120,
        )
        meter.measure_children()
        hidden, robots_reads = server.hits.get("/rahasia/berita/", 0), server.hits.get("/robots.txt", 0)
    gap = times[1] - times[0] if len(times) == 2 else 0.0
    refused = "disallowed by robots.txt" in proc.stderr
    outcome = (
        f"exit {proc.returncode}; robots.txt read {robots_reads}x; disallowed URL "
        f"{'refused, never requested' if refused and not hidden else f'REQUESTED {hidden}x'}; "
        f"2 URLs of one host {gap:.2f} s apart (Crawl-delay 1, --delay 0)"
    )
    # measured where the server reads each request: the client's own clock starts them >= 1 s apart
    ok = refused and not hidden and robots_reads == 1 and gap >= 0.95 and proc.returncode == 1
    return outcome, "none" if ok else "IMPOLITE"


def fetch_interrupted(meter: Meter, options: dict) -> tuple[str, str]:
    """SIGINT (Ctrl-C) to `telisik fetch` of 3 URLs while it waits out the host's delay after the first."""
    import signal
    import tempfile

    with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
        for n in range(3):
            server.routes[f"/berita/{n}/"] = page(_news_page(n))
        db_path = os.path.join(tmp, "a.db")
        urls = [server.url(f"/berita/{n}/") for n in range(3)]
        proc = subprocess.Popen(
            _telisik("fetch", "--db", db_path, "--delay", "30", *urls),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # a process that hangs after the signal is made to show where (SIGABRT dumps every thread)
            env={**os.environ, "PYTHONFAULTHANDLER": "1"},
        )
        first = proc.stderr.readline()
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            _, err = proc.communicate(timeout=30)
            return f"HUNG after SIGINT; where: {err.strip()[-1500:]!r}", "YES"
        meter.measure_children()
        kept = _count(db_path, "SELECT count(*) FROM articles")
    last = (err.strip().splitlines() or [""])[-1]
    outcome = (
        f"exit {proc.returncode}, {first.split()[0] if first else '?'} then: {last!r}; {kept} article kept"
    )
    ok = proc.returncode == 130 and "1 of 3 URLs done" in last and kept == 1 and "Traceback" not in err
    return outcome, "none" if ok else "YES"


def _wait_for_lock(db_path: str, proc: subprocess.Popen) -> bool:
    lock = Path(os.path.realpath(db_path) + ".crawl.lock")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            return True
        time.sleep(0.05)
    return False


def during_crawl(meter: Meter, options: dict) -> tuple[str, str]:
    """While `telisik crawl` runs: a second crawl through a symlink and through `link/..` (must exit 3), or
    `sites remove` of the site being crawled (refused, exit 3; the crawl must end well)."""
    import tempfile

    from telisik.archive import open_db
    from telisik.crawl.sites import add_site

    kind = options["kind"]
    with SimulatedSites(1, options.get("articles", 20)) as net, tempfile.TemporaryDirectory() as tmp:
        real_dir = Path(tmp) / "data"
        (real_dir / "sub").mkdir(parents=True)
        db_path = str(real_dir / "news.db")
        db = open_db(db_path)
        add_site(db, net.sites[0]["url"], name=net.sites[0]["name"], delay=options.get("delay", 0.5))
        db.conn.close()
        os.symlink(db_path, Path(tmp) / "link.db")
        os.symlink(real_dir / "sub", Path(tmp) / "inner")
        crawl = subprocess.Popen(
            _telisik("crawl", "--db", db_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        started = _wait_for_lock(db_path, crawl)
        if kind == "second crawl":
            others = [str(Path(tmp) / "link.db"), str(Path(tmp) / "inner" / ".." / "news.db")]
            tries = [_telisik("crawl", "--db", other) for other in others]
        else:
            tries = [_telisik("sites", "remove", net.sites[0]["name"], "--db", db_path)]
        started_tries = [
            subprocess.Popen(t, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for t in tries
        ]
        for proc in started_tries:
            proc.communicate(timeout=120)
        results = started_tries
        overlapped = crawl.poll() is None
        out, err = crawl.communicate(timeout=300)
        meter.measure_children()
        final = _count(db_path, "SELECT count(*) FROM articles")
    served = net.sites[0]["articles"]
    codes = ", ".join(str(r.returncode) for r in results)
    outcome = (
        f"{kind}: exit {codes} ({'during the crawl' if started and overlapped else 'NOT DURING THE CRAWL'}); "
        f"crawl exit {crawl.returncode}, {final}/{served} articles"
        + ("; IntegrityError" if "IntegrityError" in out + err else "")
    )
    ok = all(r.returncode == 3 for r in results) and crawl.returncode == 0 and final == served
    return outcome, "none" if ok and started and overlapped else "YES"


def idn_site(meter: Meter, options: dict) -> tuple[str, str]:
    """`sites add http://bücher.example:PORT/` (the name resolved to loopback as /etc/hosts would), crawled;
    its sitemap names one article in Unicode form, one in punycode; then `--site` in every form."""
    import tempfile

    from support.network import loopback_only_resolver, resolves_to

    from telisik.archive import open_db, search
    from telisik.crawl.run import CrawlOptions, crawl_sites
    from telisik.crawl.sites import add_site

    paths = [f"/2026/01/0{n}/toko-buku-{n}-dibuka-kembali/" for n in (1, 2, 3)]
    with (
        FaultServer() as server,
        tempfile.TemporaryDirectory() as tmp,
        loopback_only_resolver(),
        resolves_to("bücher.example"),
    ):
        hostport = f"bücher.example:{server.port}"
        puny = f"xn--bcher-kva.example:{server.port}"
        home = f'<html><head><title>Bücher</title></head><body><a href="{paths[0]}">1</a></body></html>'
        sitemap = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>http://{hostport}{paths[1]}</loc></url><url><loc>http://{puny}{paths[2]}</loc></url>"
            "</urlset>"
        )
        server.routes.update({"/": page(home), "/sitemap.xml": page(sitemap, "application/xml")})
        for n, path in enumerate(paths):
            server.routes[path] = page(_news_page(n))
        db = open_db(os.path.join(tmp, "a.db"))
        site = add_site(db, f"http://{hostport}/", delay=0.0)
        summary = asyncio.run(crawl_sites(db, [site], CrawlOptions(default_delay=0.0)))
        found = {
            form: len(search(db, "banjir", site=form, limit=10))
            for form in ("bücher.example", "xn--bcher-kva.example", hostport, site.name)
        }
    report = summary.sites[0]
    outcome = f"name {site.name!r}; {report.archived} archived; --site finds " + ", ".join(
        f"{form}: {n}" for form, n in found.items()
    )
    ok = report.archived == 3 and all(n == 3 for n in found.values())
    return outcome, "none" if ok else "YES"


def extraction_crash(meter: Meter, options: dict) -> tuple[str, str]:
    """An extractor crash (stood in: ValueError from the inner pipeline on one page) during fetch and import:
    that page fails with the reason, the next is archived, no empty article is stored."""
    import tempfile

    import telisik.extract.assemble as assemble
    from telisik.archive import open_db
    from telisik.archiver import archive_url
    from telisik.fetch import make_client
    from telisik.importer import import_files

    real = assemble.assemble_article

    def crashing(html, url=None, **kwargs):
        text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
        if "akhir berita 0" in text:
            raise ValueError("tanggal tidak masuk akal")
        return real(html, url, **kwargs)

    assemble.assemble_article = crashing
    try:
        with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
            server.routes.update({"/berita/0/": page(_news_page(0)), "/berita/1/": page(_news_page(1))})
            db = open_db(os.path.join(tmp, "a.db"))
            with make_client() as client:
                fetched = [archive_url(server.url(f"/berita/{n}/"), db=db, client=client) for n in (0, 1)]
            saved = Path(tmp) / "saved.html"
            saved.write_bytes(_news_page(0))
            imported = list(import_files([saved], db=db, url=_news_url(0)))
            stored = _count(os.path.join(tmp, "a.db"), "SELECT count(*) FROM articles")
            empty = _count(os.path.join(tmp, "a.db"), "SELECT count(*) FROM articles WHERE body = ''")
    finally:
        assemble.assemble_article = real
    outcome = (
        f"fetch: {fetched[0].status} ({fetched[0].reason}), next URL {fetched[1].status}; "
        f"import: {imported[0].status} ({imported[0].reason}); {stored} stored, {empty} empty"
    )
    ok = [o.status for o in fetched] == ["failed", "new"] and imported[0].status == "failed"
    ok = ok and "extraction error: ValueError" in fetched[0].reason and stored == 1 and not empty
    return outcome, "none" if ok else "CRASH HIDDEN"


def crawl_url_timeout(meter: Meter, options: dict) -> tuple[str, str]:
    """`telisik crawl --timeout T` (crawl_sites with the CLI's limits) of a site whose article answers a slow
    503 three times, or whose page 2 trickles: the article URL must be done within T (+1 s for discovery)."""
    import tempfile

    from telisik.archive import open_db
    from telisik.crawl.run import CrawlOptions, crawl_sites
    from telisik.crawl.sites import add_site
    from telisik.fetch import FetchLimits

    timeout, kind = options.get("timeout", 5), options["kind"]
    path = "/2026/01/27/banjir-rendam-tiga-desa/"
    first = _news_page(0).replace(
        b"</article>", f'<div class="pages"><a href="{path}2/">2</a></div></article>'.encode()
    )
    with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
        home = f'<html><head><title>Berita</title></head><body><a href="{path}">Banjir</a></body></html>'
        server.routes["/"] = page(home)
        if kind == "slow 503":
            server.routes[path] = _slow_503(server, timeout * 0.8)
        else:
            server.routes[path] = page(first)
            server.routes[path + "2/"] = trickle_body(server, 1.0, total_bytes=10_000)
        db = open_db(os.path.join(tmp, "a.db"))
        site = add_site(db, server.url("/"), delay=0.0)
        crawl_options = CrawlOptions(
            default_delay=0.0, probe_common_paths=False, limits=FetchLimits.from_options(timeout=timeout)
        )
        meter.reset()
        summary = asyncio.run(crawl_sites(db, [site], crawl_options))
        took = time.monotonic() - meter.started
        attempts = server.hits.get(path, 0)
    report = summary.sites[0]
    outcome = (
        f"{report.archived} archived, {report.failed} failed in {took:.1f} s (--timeout {timeout}), "
        f"{attempts} article requests; {'; '.join(report.errors)[:160] or 'no error'}"
    )
    in_time = took <= timeout + 1.0
    kept = report.archived == 1 if kind == "page 2 trickles" else report.failed == 1
    return outcome, "none" if in_time and kept else ("RAN PAST --timeout" if not in_time else "YES")


def since_then_wider(meter: Meter, options: dict) -> tuple[str, str]:
    """`telisik crawl --since D`, then `telisik crawl` with the site unchanged (its sources answer 304): the
    entries the first run's filter skipped must be archived by the second."""
    import tempfile

    with SimulatedSites(1, options.get("articles", 40)) as net, tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "since.db")
        _archive_with_sites(db_path, net.sites)
        runs = []
        for extra in (["--since", options.get("since", "2026-01-28")], []):
            proc = subprocess.run(
                _telisik("crawl", "--db", db_path, "--format", "json", *extra),
                capture_output=True,
                text=True,
                timeout=600,
            )
            report = json.loads(proc.stdout)["sites"][0] if proc.returncode == 0 else {}
            runs.append((proc.returncode, report, _count(db_path, "SELECT count(*) FROM articles")))
        meter.measure_children()
    served = net.sites[0]["articles"]
    (code1, first, after1), (code2, second, after2) = runs
    outcome = (
        f"--since run: {after1} archived, {first.get('filtered', '?')} skipped and remembered; next run "
        f"({second.get('not_modified', '?')} sources 304): +{second.get('archived', '?')}; {after2}/{served}"
    )
    ok = code1 == code2 == 0 and after1 < served and after2 == served
    return outcome, "none" if ok else f"{served - after2} LOST"


CRAWL_CLI_SCENARIOS = [
    LocalScenario("numeric options: nan, inf, -1, 1e20 (telisik processes)", numeric_options),
    LocalScenario("fetch: robots.txt Disallow and Crawl-delay 1, --delay 0", fetch_politeness),
    LocalScenario("fetch: SIGINT while waiting for the host's delay", fetch_interrupted),
    LocalScenario("crawl lock: second crawl via symlink and link/..", during_crawl, {"kind": "second crawl"}),
    LocalScenario("sites remove of the site a crawl is crawling", during_crawl, {"kind": "sites remove"}),
    LocalScenario("IDN site bücher.example (resolved to loopback)", idn_site),
    LocalScenario("extractor crash during fetch and import", extraction_crash),
    *(
        LocalScenario(f"crawl --timeout 5, whole URL: {kind}", crawl_url_timeout, {"kind": kind})
        for kind in ("slow 503", "page 2 trickles")
    ),
    LocalScenario("crawl --since, then a wider crawl (sources 304)", since_then_wider),
]


HOSTILE_SCENARIOS = [
    *(
        LocalScenario(f"WARC import: {label}", warc_damage, {"damage": damage})
        for label, damage in (
            ("a record cut mid-article (dropped connection)", "dropped connection"),
            ("5 bytes of a record changed (digest)", "bytes changed"),
            ("a record marked WARC-Truncated", "WARC-Truncated"),
            ("a .warc cut in half", "cut in half"),
            ("a .warc.gz cut in half", "cut in half .gz"),
        )
    ),
    LocalScenario("WARC import: 200 MB record in a small .warc.gz", warc_big_record),
    LocalScenario(
        "WARC import: 200 MB HTTP header line in a small .warc.gz", warc_big_record, {"in_header": True}
    ),
    LocalScenario("import: ELF, random, PNG, .warc.gz named .html", binary_imports),
    LocalScenario("fetch http://user:pass@host/ (2 pages), export WARC", url_credentials),
    *(
        LocalScenario(f"fetch --timeout 5, whole URL: {kind}", whole_url_timeout, {"kind": kind})
        for kind in ("trickle", "stall", "slow-503", "page 2 trickles")
    ),
]


# Issue #15, the user's files and the archive's integrity (items 1, 6-10, 14, 22) ------------------------------


def _safety_url(n: int) -> str:
    return f"https://berita-b.example.id/2026/01/{n % 28 + 1:02d}/banjir-{n}/"


def _safety_article(n: int, *, title: str | None = None):
    """A stored article about a flood (so `search banjir` finds it), published on day n."""
    from datetime import datetime, timedelta, timezone

    from telisik.article import Article, Capture

    url = _safety_url(n)
    fetched = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)
    body = "\n\n".join(f"Paragraf {k}: banjir merendam desa ke-{n}, warga mengungsi." for k in range(4))
    raw = f"<html><body><h1>Banjir {n}</h1><p>{body}</p></body></html>".encode()
    capture = Capture(url, url, 200, {"content-type": "text/html"}, raw, fetched, "text/html", "utf-8")
    return Article(
        url=url,
        canonical_url=url,
        site="berita-b.example.id",
        title=title or f"Banjir merendam desa ke-{n}",
        body=body,
        published=datetime(2026, 1, 1, 8, tzinfo=timezone(timedelta(hours=7))) + timedelta(hours=n),
        fetched_at=fetched,
        capture=capture,
    )


def _run_telisik(*args: str, stdout=subprocess.PIPE, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        _telisik(*args), stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120, env=env
    )


def _one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    return lines[0] if len(lines) == 1 else f"{len(lines)} LINES: {result.stderr[:200]!r}"


def canonical_poisoning(meter: Meter, options: dict) -> tuple[str, str]:
    """Site B's article is archived; site A (the loopback server) serves a page whose canonical link names
    B's article. `telisik fetch` of A must store A's page under A's URL and leave B's article untouched."""
    import tempfile

    from telisik.archive import get_article, list_versions, open_db, store_article

    victim = _safety_url(1)
    poison = _news_page(666).replace(b"</head>", f'<link rel="canonical" href="{victim}"></head>'.encode(), 1)
    with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        db = open_db(db_path)
        store_article(db, _safety_article(1))
        before = get_article(db, victim)
        db.close()
        server.routes["/palsu/"] = page(poison)
        served = server.url("/palsu/")
        fetched = _run_telisik("fetch", "--db", db_path, served)
        meter.measure_children()
        db = open_db(db_path)
        after, mine = get_article(db, victim), get_article(db, served)
        versions = len(list_versions(db, victim))
        db.close()
    untouched = after is not None and (after.body, after.title, versions) == (before.body, before.title, 1)
    kept = mine is not None and mine.canonical_url == served and mine.id != after.id
    outcome = (
        f"fetch exit {fetched.returncode}; B's article {'untouched' if untouched else 'REWRITTEN'} "
        f"({versions} version(s)); A's page {'stored under its own URL' if kept else 'NOT stored apart'}, "
        f"claim recorded: {bool(mine and mine.sources.get('untrusted_canonical_url') == victim)}"
    )
    return outcome, "none" if untouched and kept else "B'S ARTICLE REPLACED BY A'S PAGE"


def incomplete_multipage(meter: Meter, options: dict) -> tuple[str, str]:
    """A two-page article whose page 2 answers 404: stored marked incomplete; the next fetch, page 2 back,
    completes it (a new version), the first one kept."""
    import tempfile

    from telisik.archive import get_article, list_versions, open_db

    first = _news_page(0).replace(
        b"</article>", b'<div class="pages"><a href="/berita/2/">2</a></div></article>'
    )
    with FaultServer() as server, tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        server.routes.update({"/berita/": page(first), "/berita/2/": page(b"<h1>Not Found</h1>", status=404)})
        url = server.url("/berita/")
        broken = _run_telisik("fetch", "--db", db_path, url)
        db = open_db(db_path)
        marked = get_article(db, url).missing_pages
        db.close()
        server.routes["/berita/2/"] = page(_news_page(2))
        mended = _run_telisik("fetch", "--db", db_path, url)
        meter.measure_children()
        db = open_db(db_path)
        whole = get_article(db, url)
        versions = len(list_versions(db, url))
        db.close()
    completed = not whole.missing_pages and "akhir berita 2" in whole.body
    outcome = (
        f"1st fetch exit {broken.returncode}: marked incomplete {len(marked)} page(s) missing; "
        f"2nd: {mended.stderr.split()[0] if mended.stderr else '?'}, "
        f"{'complete' if completed else 'STILL INCOMPLETE'}, {versions} versions"
    )
    return outcome, "none" if marked and completed and versions == 2 else "YES"


def export_targets(meter: Meter, options: dict) -> tuple[str, str]:
    """`export -o` to a FIFO (with a reader), a symlink, a 0600 file and a character device: each must stay
    what it was (mode, link, node) and receive the export."""
    import stat
    import tempfile
    import threading

    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        _archive_of(db_path, options.get("articles", 50))
        results = {}
        fifo = os.path.join(tmp, "pipe")
        os.mkfifo(fifo)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(Path(fifo).read_bytes()), daemon=True)
        reader.start()
        done = _run_telisik("export", "--db", db_path, "-o", fifo)
        reader.join(30)
        results["FIFO"] = (
            done.returncode == 0 and stat.S_ISFIFO(os.lstat(fifo).st_mode) and bool(got and got[0])
        )
        real, link = os.path.join(tmp, "real.jsonl"), os.path.join(tmp, "link.jsonl")
        Path(real).write_text("old\n")
        os.symlink(real, link)
        done = _run_telisik("export", "--db", db_path, "-o", link)
        results["symlink"] = os.path.islink(link) and Path(real).read_text() != "old\n"
        private = os.path.join(tmp, "private.csv")
        Path(private).write_text("old\n")
        os.chmod(private, 0o600)
        done = _run_telisik("export", "--db", db_path, "--format", "csv", "-o", private)
        results["0600 file"] = stat.S_IMODE(os.stat(private).st_mode) == 0o600
        device = os.path.join(tmp, "null")
        try:
            os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            pass
        else:
            done = _run_telisik("export", "--db", db_path, "-o", device)
            results["char device"] = done.returncode == 0 and stat.S_ISCHR(os.lstat(device).st_mode)
        meter.measure_children()
    broken = [name for name, ok in results.items() if not ok]
    outcome = f"{len(results) - len(broken)}/{len(results)} kept and written ({', '.join(results)})"
    return outcome, "none" if not broken else f"REPLACED: {', '.join(broken)}"


def _archive_of(db_path: str, count: int) -> None:
    from telisik.archive import open_db, store_article, transaction

    db = open_db(db_path)
    with transaction(db):
        for n in range(count):
            store_article(db, _safety_article(n))
    db.close()


def _foreign_sqlite(path: str) -> bytes:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('belanja')")
    conn.commit()
    conn.close()
    return Path(path).read_bytes()


def read_commands_never_write(meter: Meter, options: dict) -> tuple[str, str]:
    """Read commands on another application's SQLite file and on a mistyped path; `--db` in a missing
    directory; `TELISIK_DB='~/x.db'`: nothing converted, created or mkdir'ed."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        other = os.path.join(tmp, "other-app.db")
        before = _foreign_sqlite(other)
        lines = []
        for command in (["sites", "list"], ["search", "x"], ["fetch", "http://127.0.0.1:9/"]):
            lines.append(_one_line(_run_telisik(*command, "--db", other)))
        converted = Path(other).read_bytes() != before
        for command in (["sites", "list"], ["search", "x"], ["export"], ["history", "1"]):
            lines.append(_one_line(_run_telisik(*command, "--db", os.path.join(tmp, "typo.db"))))
        _run_telisik("sites", "add", "http://a.test/", "--db", os.path.join(tmp, "no", "dir", "x.db"))
        home = os.path.join(tmp, "home")
        os.mkdir(home)
        env = {**os.environ, "HOME": home, "TELISIK_DB": "~/x.db"}
        subprocess.run(_telisik("sites", "add", "http://a.test/"), cwd=tmp, env=env, capture_output=True)
        meter.measure_children()
        created = sorted(set(os.listdir(tmp)) - {"other-app.db", "home"})
        tilde_ok = os.path.exists(os.path.join(home, "x.db"))
    outcome = f"{len(lines)} refusals, one line each; e.g. {lines[0]!r}"
    ok = not converted and not created and tilde_ok and all("LINES" not in line for line in lines)
    problems = ["FOREIGN FILE CONVERTED"] * converted + [f"CREATED {created}"] * bool(created)
    return outcome, "none" if ok else "; ".join(problems) or "~ NOT EXPANDED"


def read_only_archive(meter: Meter, options: dict) -> tuple[str, str]:
    """An archive whose directory cannot take the WAL side files: read through the `immutable=1` fallback
    (forced here: the benchmark runs as root, whom a chmod'ed directory does not stop)."""
    import tempfile

    from telisik.archive import open_reader, search

    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        _archive_of(db_path, options.get("articles", 200))
        os.chmod(db_path, 0o444)
        meter.reset()
        conn = open_reader(db_path, modes=("immutable=1",))
        hits = search(conn, "banjir", limit=5)
        conn.close()
        side_files = sorted(set(os.listdir(tmp)) - {"a.db"})
    outcome = f"read-only file, immutable=1: {len(hits)} hits, side files created: {side_files or 'none'}"
    return outcome, "none" if hits and not side_files else "YES"


FORMULA_TITLES = ('=HYPERLINK("http://evil.example","klik")', "+62 811 000", "-1+1", "@SUM(A1:A9)", "\t=1+1")


def csv_injection(meter: Meter, options: dict) -> tuple[str, str]:
    """Titles that a spreadsheet would run as formulas, through `export --format csv` and `search --format
    csv`: every such cell gets a leading quote; `--csv-raw` writes them as stored."""
    import csv
    import io
    import tempfile

    from telisik.archive import open_db, store_article

    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        db = open_db(db_path)
        for n, title in enumerate(FORMULA_TITLES):
            store_article(db, _safety_article(n, title=title))
        db.close()
        outputs = {
            "export": _run_telisik("export", "--db", db_path, "--format", "csv").stdout,
            "search": _run_telisik("search", "banjir", "--db", db_path, "--format", "csv").stdout,
        }
        raw = _run_telisik("export", "--db", db_path, "--format", "csv", "--csv-raw").stdout
        meter.measure_children()
    live = {
        name: sum(row["title"][:1] in "=+-@\t" for row in csv.DictReader(io.StringIO(text)))
        for name, text in outputs.items()
    }
    raw_live = sum(row["title"][:1] in "=+-@\t" for row in csv.DictReader(io.StringIO(raw)))
    outcome = (
        f"formula cells left: export {live['export']}, search {live['search']}; --csv-raw keeps {raw_live}"
    )
    return outcome, "none" if not any(live.values()) and raw_live else "FORMULAS WRITTEN"


def damaged_archive(meter: Meter, options: dict) -> tuple[str, str]:
    """An archive damaged three ways (a title that is not UTF-8, a broken full-text table, overwritten
    pages), read by search, export, history, show and reparse: one line each, never a traceback."""
    import sqlite3
    import tempfile

    damages = {
        "bad UTF-8": "UPDATE articles SET title = CAST(x'fffe41' AS TEXT)",
        "vtable": "UPDATE sqlite_master SET sql = 'CREATE VIRTUAL TABLE articles_fts USING fts5(title, nope=1)' "
        "WHERE name = 'articles_fts'",
        "malformed": None,
    }
    commands = (
        ["search", "banjir"],
        ["export"],
        ["history", "1"],
        ["show", "1"],
        ["reparse", "--workers", "1"],
    )
    tracebacks, failures = 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, sql in damages.items():
            db_path = os.path.join(tmp, f"{name}.db")
            _archive_of(db_path, options.get("articles", 20))
            conn = sqlite3.connect(db_path)
            conn.execute("PRAGMA writable_schema = ON")
            if sql:
                conn.execute(sql)
            conn.commit()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            if sql is None:
                with open(db_path, "r+b") as handle:
                    handle.seek(4096)
                    handle.write(os.urandom(os.path.getsize(db_path) - 4096))
            for command in commands:
                result = _run_telisik(*command, "--db", db_path)
                tracebacks += "Traceback" in result.stderr
                failures += result.returncode != 0
        meter.measure_children()
    runs = len(damages) * len(commands)
    outcome = f"{runs} runs: {failures} ended with one line (exit 1), {tracebacks} tracebacks"
    return outcome, "none" if not tracebacks else f"{tracebacks} TRACEBACKS"


def output_to_full_disk(meter: Meter, options: dict) -> tuple[str, str]:
    """`telisik search ... > /dev/full` in every format: exit 1 with one line, never a traceback."""
    import tempfile

    if not os.path.exists("/dev/full"):
        return "no /dev/full on this system", "not run"
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        _archive_of(db_path, options.get("articles", 20))
        lines = []
        with open("/dev/full", "w") as full:
            for output_format in ("table", "json", "csv"):
                result = _run_telisik(
                    "search", "banjir", "--db", db_path, "--format", output_format, stdout=full
                )
                lines.append((result.returncode, _one_line(result)))
        meter.measure_children()
    ok = all(code == 1 and "LINES" not in line for code, line in lines)
    return (
        f"3 formats: exits {[c for c, _ in lines]}, {lines[0][1]!r}",
        "none" if ok else "TRACEBACK / EXIT 0",
    )


def output_hygiene(meter: Meter, options: dict) -> tuple[str, str]:
    """Machine formats: plain snippets with match offsets, real scores with --sort newest; a 2 MB failed URL
    is shortened on stderr; U+202E and zero-width characters in a title are not printed."""
    import json
    import tempfile

    from telisik.archive import open_db, store_article

    spoof = "Bupati \u202eadnaw\u202c resmikan\u200b jembatan"
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        db = open_db(db_path)
        for n in range(5):
            store_article(db, _safety_article(n, title=spoof if n == 0 else None))
        db.close()
        hits = json.loads(_run_telisik("search", "banjir", "--db", db_path, "--format", "json").stdout)
        newest = json.loads(
            _run_telisik("search", "banjir", "--db", db_path, "--format", "json", "--sort", "newest").stdout
        )
        long_url = "http://127.0.0.1:9/" + "a" * options.get("url_mb", 2) * MB  # too long for argv: stdin
        failed = subprocess.run(
            _telisik("fetch", "--db", db_path, "-"),
            input=long_url + "\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        shown = _run_telisik("show", "1", "--db", db_path).stdout
        meter.measure_children()
    markers = sum("[" in h["snippet"] for h in hits)
    offsets = all(h["snippet_matches"] for h in hits)
    zero_scores = sum(h["score"] == 0.0 for h in newest)
    spoofed = any(ch in shown for ch in "\u202e\u202c\u200b")
    outcome = (
        f"snippet markers {markers}, offsets {'given' if offsets else 'MISSING'}; --sort newest zero scores "
        f"{zero_scores}/{len(newest)}; failed URL echoed in {len(failed.stderr)} chars; bidi/zero-width printed: "
        f"{spoofed}"
    )
    ok = not markers and offsets and not zero_scores and len(failed.stderr) < 1000 and not spoofed
    return outcome, "none" if ok else "YES"


def stored_credentials(meter: Meter, options: dict) -> tuple[str, str]:
    """An archive from before #15 item 11 (schema 3) holding `user:pass@` in its URLs: opening it migrates
    them away (articles, versions, captures), idempotently, every row kept."""
    import sqlite3
    import tempfile

    from telisik.archive import open_db

    secret = "redaksi:Rahasia-42@"
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "a.db")
        count = options.get("articles", 200)
        _archive_of(db_path, count)
        conn = sqlite3.connect(db_path)
        for table, columns in {
            "articles": ("canonical_url", "fetched_url", "final_url"),
            "article_versions": ("final_url",),
            "captures": ("url", "final_url"),
        }.items():
            for column in columns:
                conn.execute(f"UPDATE {table} SET {column} = replace({column}, '://', '://{secret}')")
        conn.execute("PRAGMA user_version = 3")
        conn.commit()
        conn.close()
        meter.reset()
        for _ in range(2):
            open_db(db_path).close()
        conn = sqlite3.connect(db_path)
        left = "\n".join(conn.iterdump()).count("Rahasia-42")
        rows = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
    outcome = f"{rows}/{count} articles kept, credentials left: {left}"
    return outcome, "none" if not left and rows == count else "YES"


SAFETY_SCENARIOS = [
    LocalScenario("fetch: site A's page names site B's article as canonical", canonical_poisoning),
    LocalScenario("fetch: 2-page article, page 2 404, then back", incomplete_multipage),
    LocalScenario("export -o FIFO, symlink, 0600 file, device", export_targets),
    LocalScenario("read commands: foreign SQLite, typo path, missing dir, ~", read_commands_never_write),
    LocalScenario("read-only archive (immutable=1 fallback)", read_only_archive),
    LocalScenario("CSV formula injection (export, search)", csv_injection),
    LocalScenario("damaged archive: bad UTF-8, vtable, malformed", damaged_archive),
    LocalScenario("search > /dev/full", output_to_full_disk),
    LocalScenario("snippets, scores, a 2 MB URL, bidi in titles", output_hygiene),
    LocalScenario("archive from before item 11: user:pass@ in URLs", stored_credentials),
]


LOCAL_SCENARIOS = [
    LocalScenario("XML bomb: billion laughs feed", billion_laughs),
    LocalScenario("XML bomb: external entity file:///etc/passwd sitemap", xxe_sitemap),
    LocalScenario("XML: external DTD file:///etc/passwd sitemap", external_dtd_sitemap),
    LocalScenario("feed, 1M items (cap 50,000)", million_entries, {"kind": "feed"}),
    LocalScenario(
        "feed, 1M items, read fully (cap 1M)", million_entries, {"kind": "feed", "max_urls": MILLION}
    ),
    LocalScenario("gzipped sitemap, 1M URLs (cap 50,000)", million_entries, {"kind": "sitemap"}),
    LocalScenario(
        "gzipped sitemap, 1M URLs, read fully (cap 1M)",
        million_entries,
        {"kind": "sitemap", "max_urls": MILLION},
    ),
    *(
        LocalScenario(f"impossible date: {label}", impossible_date, {"date": label})
        for label in IMPOSSIBLE_DATES
    ),
    LocalScenario("SIGKILL during telisik crawl, then rerun", sigkill_during_crawl),
    LocalScenario("two writers: telisik fetch during telisik crawl", two_writers),
    LocalScenario("full disk (PRAGMA max_page_count)", full_disk),
    LocalScenario("archive from an older telisik (schema 0)", old_archive),
    LocalScenario("archive from an older telisik (schema 1)", schema_1_archive),
    *HOSTILE_SCENARIOS,
    *SAFETY_SCENARIOS,
    *CRAWL_CLI_SCENARIOS,
]


def run_local_child(scenario: LocalScenario, options: dict) -> dict:
    import bs4  # noqa: F401  (the same baseline as the fetch scenarios)

    import telisik.archive  # noqa: F401
    import telisik.crawl.discover  # noqa: F401
    import telisik.extract  # noqa: F401

    meter = Meter()
    try:
        outcome, lost = scenario.run(meter, {**options, **scenario.params})
    except Exception as error:  # a crash is a finding, reported in the table
        outcome, lost = f"CRASH {type(error).__name__}: {error}", "crash"
    elapsed = time.monotonic() - meter.started
    peak = _maxrss_mb()
    result = {
        "outcome": outcome,
        "seconds": elapsed,
        "peak_mb": peak,
        "added_mb": peak - meter.baseline,
        "lost": lost,
    }
    if meter.children_peak_mb is not None:
        result.update(peak_mb=meter.children_peak_mb, added_mb=None)
    return result


# ---------------------------------------------------------------------------------------------- the parent


def scenario_url(server: FaultServer, scenario: Scenario) -> str:
    if scenario.path == "REFUSED":
        return f"http://127.0.0.1:{closed_port()}/"
    return scenario.path if "://" in scenario.path else server.url(scenario.path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="run scenarios whose name contains this text")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--kills",
        type=int,
        default=10,
        metavar="N",
        help="SIGKILLs during telisik crawl before the rerun (default 10)",
    )
    parser.add_argument("--seed", type=int, default=None, help="random seed for the kill moments")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        spec = json.loads(args.child)
        if spec.get("local"):
            local = next(s for s in LOCAL_SCENARIOS if s.name == spec["name"])
            print(json.dumps(run_local_child(local, spec["options"])))
            return 0
        scenario = next(s for s in SCENARIOS if s.name == spec["name"])
        print(json.dumps(run_child(scenario, spec["url"], spec["ok_url"], spec["ok_sha"])))
        return 0

    chosen = [s for s in SCENARIOS if _wanted(s.name, args.only)]
    local_chosen = [s for s in LOCAL_SCENARIOS if _wanted(s.name, args.only)]
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "big")
    started_load = os.getloadavg()[0]
    rows = []
    if chosen:  # the fault server (and its 1 GB gzip bomb) only when a fetch scenario runs
        with build_server() as server:
            ok_sha = hashlib.sha256(ARTICLE_HTML.encode()).hexdigest()
            for scenario in chosen:
                spec = {
                    "name": scenario.name,
                    "url": scenario_url(server, scenario),
                    "ok_url": server.url("/ok"),
                    "ok_sha": ok_sha,
                }
                rows.append((scenario.name, run_in_child(spec)))
    for local in local_chosen:
        spec = {"name": local.name, "local": True, "options": {"kills": args.kills, "seed": seed}}
        rows.append((local.name, run_in_child(spec)))
    print_table(rows, markdown=args.markdown)
    print(
        f"\n{len(rows)} scenarios; {os.cpu_count()} CPUs, load average {started_load:.1f} at start, "
        f"{os.getloadavg()[0]:.1f} at end; kill seed {seed}"
    )
    return 0 if all(r["lost"] == "none" for _, r in rows) else 1


def _wanted(name: str, only: str | None) -> bool:
    return not only or only.lower() in name.lower()


def run_in_child(spec: dict) -> dict:
    """One scenario in a fresh interpreter, so that its peak RSS is its own; the result row it printed."""
    proc = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(spec)],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=REPO,
    )
    if proc.returncode != 0:
        result = {
            "outcome": f"CHILD FAILED: {proc.stderr.strip().splitlines()[-1:]}",
            "seconds": 0,
            "peak_mb": 0,
            "added_mb": 0,
            "lost": "?",
        }
    else:
        result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"{spec['name']:52} {result['seconds']:7.2f} s  {result['outcome']}", file=sys.stderr)
    return result


def print_table(rows: list[tuple[str, dict]], *, markdown: bool) -> None:
    header = ("scenario", "outcome", "time", "peak RSS", "added", "data lost")
    lines = [
        (
            name,
            r["outcome"],
            f"{r['seconds']:.2f} s",
            f"{r['peak_mb']:.0f} MB",
            "n/a (subprocesses)" if r["added_mb"] is None else f"{r['added_mb']:+.0f} MB",
            r["lost"],
        )
        for name, r in rows
    ]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in lines:
            print("| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |")
        return
    widths = [max(len(str(x)) for x in column) for column in zip(header, *lines, strict=False)]
    for line in (header, *lines):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=False)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
