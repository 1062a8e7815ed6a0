"""Benchmark of the archive's bulk operations: `reparse` and `export --format warc` over N stored articles.

    python benchmarks/archive.py                 # 10,000 articles (generation takes a few minutes)
    python benchmarks/archive.py --count 500     # a quick run
    python benchmarks/archive.py --db /tmp/bench.db --reuse   # measure again on an existing archive
    python benchmarks/archive.py --phase writes /tmp/bench.db 1000  # the store's write cost alone

The archive is generated from three realistic page templates (a WordPress/JNews regional portal with JSON-LD,
a plain portal with visible byline and date only, an English news site), each padded with the boilerplate real
pages carry (menus, inline scripts, sidebars, related lists, comments: ~60-90 KB a page), with varied article
text. Pages are extracted and stored through `build_article` + `store_article`, as `telisik fetch` does.

Each measured phase runs in its own process, so that its peak RSS (ru_maxrss) is its own; reparse with a
worker pool reports the workers' peak separately. Output: one JSON line per phase and a summary table.

Recorded 2026-11-28 on the shared 2-core build machine (other jobs running: load average 2-7, so rates are
lower bounds), 10,000 articles, 46 KB average page, 294 MB archive:

    phase                        articles  seconds    art/s  peak MB
    generate (extract + store)      10000    695.0
    reparse (workers=1)             10000    140.6     71.1     68.0   (374 s at load ~7)
    reparse (workers=2)             10000    118.2     84.6     63.6   (+ 50 MB per worker)
    export warc (plain)             10000      9.3   1077.0     33.1   (512 MB written)
    export warc (gzip)              10000     31.4    318.6     33.3   (236 MB written)
    import warc                     10000    178.8     55.9     63.7

The store's own write cost (`--phase writes DB 1000`, extraction done beforehand; 2026-11-28, load ~4 on 2
cores), per article, one commit per article vs `batched_writes` (one commit per 500 articles or 2 s):

    update_extraction (reparse)   2.83 ms -> 1.58 ms wall   (0.78 -> 0.63 ms CPU)
    store_article (import)        8.37 ms -> 4.11 ms wall   (2.41 -> 2.08 ms CPU)

End to end the gain is small beside extraction (~15-25 ms an article): reparse and import of 1,000 articles
measured 14-27 s either way under the shared machine's load, the spread being the load, not the change.

Peak memory does not grow with the archive (300 articles: reparse 62 MB, export 29 MB). Reparse time is
~80% extraction (bs4/lxml parse ~9 ms, scoring), the rest reading captures and `update_extraction`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the Indonesian date line test pages print lives with the tests

from support.indonesian import WIB, date_line  # noqa: E402

WORDS = (
    "warga desa kecamatan kabupaten pemerintah bupati camat petani nelayan sungai jalan jembatan pasar harga "
    "beras pupuk gabah bantuan sekolah guru siswa rumah sakit dokter pasien polisi kapolres tersangka kasus "
    "banjir longsor hujan musim tanam panen air bersih listrik anggaran dana desa proyek pembangunan irigasi "
    "tanggul pelabuhan kapal ikan pedagang pembeli tokoh masyarakat kepala dinas kesehatan pendidikan pertanian "
    "perikanan pariwisata budaya tradisi festival lomba olahraga sepak bola klub pemain pelatih pertandingan "
    "menurut mengatakan menjelaskan menambahkan berharap meminta mengimbau segera sudah belum masih akan telah "
    "sejak hingga selama pekan bulan tahun lalu depan pagi siang sore malam ratusan puluhan ribuan juta miliar"
).split()
PLACES = ["Blora", "Cepu", "Pati", "Juwana", "Kudus", "Jepara", "Rembang", "Lasem", "Grobogan", "Purwodadi"]
NAMES = [
    "Siti Aminah",
    "Budi Santoso",
    "Rina Kusumawati",
    "Agus Salim",
    "Dwi Hartono",
    "Nur Hidayah",
    "Eko Prasetyo",
]
SITES = ["blora.kabarlingkar.test", "pati.kabarlingkar.test", "kudus.warta.test", "news.example-courier.test"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    words.insert(rng.randint(0, len(words)), rng.choice(PLACES))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraphs(rng: random.Random, n: int) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(n)]


def boilerplate_script(rng: random.Random) -> str:
    # Real pages carry tens of KB of inline configuration and tracking code.
    blob = json.dumps(
        {f"k{i}": "".join(rng.choice("abcdef0123456789") for _ in range(40)) for i in range(500)}
    )
    return f"<script>window.__CONFIG__ = {blob};</script>"


def menu(rng: random.Random, base: str, n: int) -> str:
    return "".join(
        f'<li><a href="{base}/kategori/{rng.choice(WORDS)}-{i}/">{rng.choice(WORDS).title()}</a></li>'
        for i in range(n)
    )


def link_list(rng: random.Random, base: str, n: int) -> str:
    return "".join(
        f'<li><a href="{base}/{2025 + i % 2}/{i % 12 + 1:02d}/{i}/">{sentence(rng)[:70]}</a></li>'
        for i in range(n)
    )


def page_jnews(
    rng: random.Random, url: str, title: str, author: str, published: datetime, body: list[str]
) -> str:
    base = url.split("/20")[0]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": published.isoformat(),
                "author": {"@type": "Person", "name": author},
                "articleSection": ["Peristiwa"],
                "keywords": ["Blora", "Peristiwa"],
                "mainEntityOfPage": {"@id": url},
                "inLanguage": "id",
            },
            {"@type": "WebPage", "@id": url, "url": url, "name": title},
            {"@type": "Organization", "name": "Kabar Lingkar", "url": base},
        ],
    }
    paras = "".join(
        f"<p>{p}</p>" + ('<div class="jeg_ad"><ins class="adsbygoogle"></ins></div>' if i == 2 else "")
        for i, p in enumerate(body)
    )
    visible = date_line(published)
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8"><title>{title} - Kabar Lingkar</title>
<link rel="canonical" href="{url}"><meta property="og:title" content="{title}"><meta property="og:type" content="article">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="Kabar Lingkar">
<meta property="article:published_time" content="{published.isoformat()}"><meta name="author" content="{author}">
<script type="application/ld+json">{json.dumps(ld)}</script>{boilerplate_script(rng)}</head>
<body class="single jnews"><header><nav class="jeg_main_menu"><ul>{menu(rng, base, 40)}</ul></nav></header>
<div class="jeg_ad jeg_ad_top"><a href="https://iklan.test/"><img src="/ads/728.gif" alt="Iklan"></a></div>
<div class="jeg_main_content"><h1 class="jeg_post_title">{title}</h1>
<div class="jeg_meta_author">Penulis <a href="{base}/author/x/">{author}</a></div><div class="jeg_meta_date">{visible}</div>
<div class="jeg_share_button"><a href="https://facebook.com/sharer?u={url}">Share on Facebook</a></div>
<div class="content-inner">{paras}</div><div class="jeg_post_tags"><a href="{base}/tag/a/">Peristiwa</a></div>
<div class="jnews_related_post_container"><h3>Berita Terkait</h3><ul>{link_list(rng, base, 12)}</ul></div>
<div id="comments"><h3>Komentar</h3><ol>{"".join(f"<li><b>{rng.choice(NAMES)}</b><p>{sentence(rng)}</p></li>" for _ in range(5))}</ol>
<form id="commentform"><textarea></textarea></form></div></div>
<div class="jeg_sidebar"><h3>Terpopuler</h3><ol>{link_list(rng, base, 15)}</ol></div>
<footer><ul>{menu(rng, base, 20)}</ul><p>&copy; 2026 Kabar Lingkar</p></footer>{boilerplate_script(rng)}</body></html>"""


def page_plain(
    rng: random.Random, url: str, title: str, author: str, published: datetime, body: list[str]
) -> str:
    base = url.split("/berita")[0]
    local = published.astimezone(WIB)
    paras = "<br><br>".join(body)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{boilerplate_script(rng)}</head>
<body><table width="100%"><tr><td class="menu">{menu(rng, base, 30)}</td></tr><tr><td>
<div class="judul"><h2>{title}</h2></div><div class="info">Oleh: {author} | {local:%d/%m/%Y %H:%M} WIB</div>
<div class="isi">{paras}</div><div class="baca">Baca juga: <ul>{link_list(rng, base, 8)}</ul></div>
</td><td class="kanan"><h4>Berita Populer</h4><ul>{link_list(rng, base, 20)}</ul></td></tr></table>
<div class="footer">{menu(rng, base, 15)} Hak cipta 2026</div></body></html>"""


def page_english(
    rng: random.Random, url: str, title: str, author: str, published: datetime, body: list[str]
) -> str:
    base = url.split("/news")[0]
    paras = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Courier</title>
<link rel="canonical" href="{url}"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published.isoformat()}"><meta name="author" content="{author}">
{boilerplate_script(rng)}</head><body><nav>{menu(rng, base, 35)}</nav><main><article>
<h1>{title}</h1><p class="byline">By <a rel="author" href="/profile/x">{author}</a>
<time datetime="{published.isoformat()}">{published:%a %d %b %Y %H.%M UTC}</time></p>
<div class="article-body">{paras}</div></article><aside><h2>Most read</h2><ol>{link_list(rng, base, 10)}</ol></aside>
<section class="comments">{"".join(f"<div><b>{rng.choice(NAMES)}</b><p>{sentence(rng)}</p></div>" for _ in range(6))}</section>
</main><footer>{menu(rng, base, 25)}</footer></body></html>"""


TEMPLATES = [
    ("jnews", "https://{site}/2026/{m:02d}/{d:02d}/{slug}/", page_jnews),
    ("plain", "https://{site}/berita/{n}/{slug}.html", page_plain),
    ("english", "https://{site}/news/2026/{m:02d}/{d:02d}/{slug}", page_english),
]


def make_page(n: int) -> tuple[str, bytes, datetime]:
    """Page n of the generated archive: (url, html bytes, fetch time). Deterministic in n."""
    rng = random.Random(n)
    kind, pattern, render = TEMPLATES[n % len(TEMPLATES)]
    published = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=37 * n)
    title = sentence(rng)[:80].rstrip(".")
    slug = "-".join(title.lower().split()[:6]) + f"-{n}"
    url = pattern.format(site=SITES[n % len(SITES)], m=published.month, d=published.day, n=n, slug=slug)
    body = paragraphs(rng, rng.randint(5, 12))
    html = render(rng, url, title, rng.choice(NAMES), published, body)
    return url, html.encode("utf-8"), published + timedelta(hours=2)


def _extract_one(n: int):
    from telisik.archiver import build_article
    from telisik.article import Capture

    url, content, fetched_at = make_page(n)
    capture = Capture(
        url=url,
        final_url=url,
        status=200,
        headers={
            "content-type": "text/html; charset=UTF-8",
            "server": "nginx",
            "cache-control": "max-age=60",
        },
        content=content,
        fetched_at=fetched_at,
        content_type="text/html",
        encoding="utf-8",
    )
    return build_article(capture)


def generate(db_path: str, count: int, processes: int | None = None) -> dict:
    """Extract and store `count` generated pages (extraction in worker processes, storing in this one)."""
    import multiprocessing

    from telisik.archive import open_db, store_article

    db = open_db(db_path)
    started = time.perf_counter()
    raw_bytes = 0
    processes = processes or os.cpu_count() or 1
    with contextlib.ExitStack() as stack:
        if processes > 1:
            pool = stack.enter_context(multiprocessing.get_context("spawn").Pool(processes))
            articles = pool.imap(_extract_one, range(count), chunksize=16)
        else:
            articles = map(_extract_one, range(count))
        for article in articles:
            raw_bytes += len(article.capture.content)
            store_article(db, article)
    db.conn.close()
    return {
        "phase": "generate",
        "articles": count,
        "seconds": round(time.perf_counter() - started, 1),
        "avg_page_kb": round(raw_bytes / max(count, 1) / 1024, 1),
        "db_mb": round(os.path.getsize(db_path) / 2**20, 1),
    }


def _peak_mb(who: int) -> float:
    # ru_maxrss is in KB on Linux, bytes on macOS.
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 1024), 1)


def phase_reparse(db_path: str, workers: int) -> dict:
    from telisik.archive import open_db
    from telisik.reparse import reparse_archive

    db = open_db(db_path)
    # Make every article look stale so each one is really written back (the worst case).
    db.execute("UPDATE articles SET content_hash = 'stale'")
    db.conn.commit()
    summary = reparse_archive(db, workers=workers)
    return {
        "phase": f"reparse (workers={workers})",
        "articles": summary.reextracted,
        "changed": summary.changed,
        "seconds": round(summary.seconds, 2),
        "articles_per_s": round(summary.rate, 1),
        "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF),
        "workers_peak_rss_mb": _peak_mb(resource.RUSAGE_CHILDREN),
    }


def phase_export(db_path: str, out: str) -> dict:
    from telisik.archive import open_reader
    from telisik.export import export_warc

    conn = open_reader(db_path)
    started = time.perf_counter()
    with open(out, "wb") as handle:
        count = export_warc(conn, handle, gzip=out.endswith(".gz"))
    seconds = time.perf_counter() - started
    return {
        "phase": f"export warc ({'gzip' if out.endswith('.gz') else 'plain'})",
        "articles": count,
        "seconds": round(seconds, 2),
        "articles_per_s": round(count / seconds, 1),
        "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF),
        "output_mb": round(os.path.getsize(out) / 2**20, 1),
    }


def phase_import(warc: str, db_path: str) -> dict:
    from telisik.archive import open_db
    from telisik.importer import import_files

    db = open_db(db_path)
    started = time.perf_counter()
    statuses: dict[str, int] = {}
    for outcome in import_files([warc], db=db):
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    seconds = time.perf_counter() - started
    count = sum(statuses.values())
    return {
        "phase": "import warc",
        "articles": count,
        "statuses": statuses,
        "seconds": round(seconds, 2),
        "articles_per_s": round(count / seconds, 1),
        "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF),
    }


def phase_writes(db_path: str, count: int) -> dict:
    """The write side alone, per-article commits vs `batched_writes`: `update_extraction` (reparse) of
    `count` pre-extracted articles, and `store_article` (import) of them into an empty archive.

    Extraction is done once, before timing, so the figures are the store's own cost (CPU and wall)."""
    import shutil

    from telisik.archive import batched_writes, get_captures, open_db, store_article, update_extraction
    from telisik.reparse import extract_job

    db = open_db(db_path)
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id LIMIT ?", (count,)).fetchall()]
    extracted = [extract_job((i, get_captures(db, i)), None) for i in ids]
    for article_id, article in extracted:
        article.capture, *more = get_captures(db, article_id)
        article.extra_captures = more
    results: dict[str, float] = {}

    def timed(label: str, batched: bool, db, work) -> None:
        cpu, wall = time.process_time(), time.perf_counter()
        with batched_writes(db) if batched else contextlib.nullcontext(lambda: None) as done:
            for item in extracted:
                work(*item)
                done()
        results[f"{label}_{'batched' if batched else 'per_article'}_ms"] = round(
            (time.perf_counter() - wall) * 1000 / len(extracted), 2
        )
        results[f"{label}_{'batched' if batched else 'per_article'}_cpu_ms"] = round(
            (time.process_time() - cpu) * 1000 / len(extracted), 2
        )

    for batched in (False, True, False, True):
        db.execute("UPDATE articles SET content_hash = 'stale'")
        db.conn.commit()
        timed("reparse_write", batched, db, lambda i, a: update_extraction(db, i, a))
    db.conn.close()
    workdir = tempfile.mkdtemp(prefix="telisik-writes-")
    for batched in (False, True, False, True):
        target = os.path.join(workdir, "import.db")
        fresh = open_db(target)
        timed("import_write", batched, fresh, lambda i, a, fresh=fresh: store_article(fresh, a))
        fresh.conn.close()
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(target + suffix)
    shutil.rmtree(workdir, ignore_errors=True)
    return {"phase": "store writes (ms per article, last of two runs)", "articles": len(extracted), **results}


def run_phase(*args: str) -> dict:
    """Run one phase in a fresh interpreter so that its peak memory is its own."""
    result = subprocess.run(
        [sys.executable, __file__, "--phase", *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"phase {args[0]} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", help="archive to use (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="use the archive at --db as it is")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        name, *rest = args.phase
        handlers = {
            "generate": lambda: generate(rest[0], int(rest[1])),
            "reparse": lambda: phase_reparse(rest[0], int(rest[1])),
            "export": lambda: phase_export(rest[0], rest[1]),
            "import": lambda: phase_import(rest[0], rest[1]),
            "writes": lambda: phase_writes(rest[0], int(rest[1])),
        }
        print(json.dumps(handlers[name]()))
        return

    workdir = tempfile.mkdtemp(prefix="telisik-bench-")
    db_path = args.db or os.path.join(workdir, "bench.db")
    results = []
    if not args.reuse:
        if os.path.exists(db_path):
            raise SystemExit(f"{db_path} exists; pass --reuse to measure it as it is")
        results.append(run_phase("generate", db_path, str(args.count)))
        print(json.dumps(results[-1]), flush=True)
    for workers in (1, 2):
        results.append(run_phase("reparse", db_path, str(workers)))
        print(json.dumps(results[-1]), flush=True)
    warc = os.path.join(workdir, "export.warc.gz")
    for out in (os.path.join(workdir, "export.warc"), warc):
        results.append(run_phase("export", db_path, out))
        print(json.dumps(results[-1]), flush=True)
    if not args.skip_import:
        results.append(run_phase("import", warc, os.path.join(workdir, "imported.db")))
        print(json.dumps(results[-1]), flush=True)
    print(f"\n{'phase':<28}{'articles':>9}{'seconds':>9}{'art/s':>9}{'peak MB':>9}")
    for r in results:
        print(
            f"{r['phase']:<28}{r['articles']:>9}{r['seconds']:>9}{r.get('articles_per_s', ''):>9}"
            f"{r.get('peak_rss_mb', ''):>9}"
        )
    print(f"\n(files in {workdir})")


if __name__ == "__main__":
    main()
