"""Build a synthetic telisik archive for the search benchmark (#7): N Indonesian-like articles.

Each article has ~400 words drawn (Zipf-distributed) from Indonesian function words and affixed forms of
common news roots (me-/di-/pe-an/ke-an/ber-/-kan/-an/-nya, with the real morphophonemic changes, so that
stemming matters), a title, 1-2 authors from a pool of 300, one of 50 sites, a date within 5 years in WIB,
WITA or WIT, and a raw HTML page (site boilerplate around the text, ~11 kB) stored compressed like a real
capture. Articles go through `telisik.archive.store_article`, the path a real fetch takes, in batches.

A hand-labelled evaluation set is planted too (`EVAL_QUERIES`): for each query, articles that contain only a
derived form of it (relevant, or a known false friend that is not), with the evaluated roots kept out of the
background text. The labels are written next to the database as `<db>.labels.json`.

    python benchmarks/make_archive.py --articles 100000 --db /tmp/bench.db
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telisik import archive  # noqa: E402
from telisik.article import Article, Capture  # noqa: E402

WIB, WITA, WIT = (timezone(timedelta(hours=h)) for h in (7, 8, 9))
START = datetime(2021, 1, 1, tzinfo=timezone.utc)
DAYS = 5 * 365

FUNCTION_WORDS = (
    "yang dan di ke dari untuk dengan ini itu tidak pada dalam akan juga adalah oleh karena bahwa atau sudah "
    "telah saat para kata menjadi bisa kami mereka ada sebagai lebih masih hingga serta agar namun setelah "
    "sebelum tersebut kepada antara bagi sejak tahun hari warga desa kota kabupaten polisi pemerintah"
).split()
# Roots of the background text. The evaluated roots (EVAL_ROOTS) are deliberately absent.
ROOTS = (
    "kerja jalan buat ikut lihat minta beri guna temu cari terima dapat kirim tanam jual beli tulis baca "
    "bantu ajar rawat atur kelola ubah bahas siap tutup buka bayar pakai rusak hitung catat cegah jaga "
    "tolong urus tingkat kembang putus tetap hasil rencana dukung gelar tinjau periksa pantau banjir hujan "
    "longsor sungai tanggul jembatan pasar harga cabai beras petani sawah panen pupuk ternak sapi kambing "
    "sekolah guru murid siswa kampus dokter rumah sakit obat vaksin pasien bupati camat lurah dewan rapat "
    "sidang hakim jaksa saksi korupsi dana proyek jalan tol bus kereta terminal pelabuhan kapal nelayan ikan "
    "laut pantai wisata budaya tari musik festival lomba juara atlet sepak bola stadion kebakaran gudang api "
    "listrik air bersih sampah limbah hutan kebun sawit karet kopi teh gula garam minyak bensin solar"
).split()
PLACES = (
    "Blora Cepu Pati Juwana Rembang Kudus Jepara Demak Grobogan Purwodadi Sragen Ngawi Bojonegoro Tuban "
    "Lamongan Gresik Jayapura Merauke Sorong Manokwari Ambon Ternate Kupang Mataram Makassar Palu Kendari"
).split()
FIRST_NAMES = (
    "Agus Budi Rina Dewi Siti Ahmad Eko Sri Wahyu Joko Indah Fajar Rudi Lestari Yusuf Nur Hendra "
    "Putri Bayu Tri Ani Dian Rizki Fitri Anton Sari Bambang Wati Hadi Ratna"
).split()
LAST_NAMES = (
    "Santoso Kusumawati Salim Lestari Wibowo Hidayat Saputra Rahayu Setiawan Nugroho Pratama "
    "Susanto Purnomo Handayani"
).split()
SITE_BRANDS = "kabar berita warta suara info".split()

# Hand-labelled evaluation: query -> list of (form planted in an article, relevant?). 5 articles per form.
EVAL_QUERIES: dict[str, list[tuple[str, bool]]] = {
    "aman": [("keamanan", True), ("pengamanan", True), ("diamankan", True), ("mengamankan", True)],
    "tahanan": [("penahanan", True), ("ditahan", True), ("menahan", False)],
    "anggaran": [("penganggaran", True), ("dianggarkan", True), ("anggarannya", True), ("anggar", False)],
    "telan": [("menelan", True), ("ditelan", True), ("tertelan", True)],
    "bangun": [("pembangunan", True), ("dibangun", True), ("membangun", True), ("bangunan", True)],
    "pilih": [("pemilihan", True), ("memilih", True), ("dipilih", True), ("pilihan", True)],
    "lapor": [("pelaporan", True), ("dilaporkan", True), ("melaporkan", True), ("laporan", True)],
    "tangkap": [("penangkapan", True), ("ditangkap", True), ("menangkap", True)],
    "adil": [("keadilan", True), ("pengadilan", False)],
    "sehat": [("kesehatan", True), ("menyehatkan", True)],
    "didik": [("pendidikan", True), ("dididik", True), ("mendidik", True)],
    "nilai": [("penilaian", True), ("dinilai", True), ("menilai", True)],
}
EVAL_ROOTS = {
    "aman",
    "tahan",
    "anggar",
    "telan",
    "bangun",
    "pilih",
    "lapor",
    "tangkap",
    "adil",
    "sehat",
    "didik",
    "nilai",
}
PLANTED_PER_FORM = 5


def me_prefix(root: str) -> str:
    """meN- with the standard sound changes: baca->membaca, tulis->menulis, sapu->menyapu, kirim->mengirim."""
    first = root[0]
    if first in "bfv":
        return "mem" + root
    if first == "p":
        return "mem" + root[1:]
    if first in "dcjz":
        return "men" + root
    if first == "t":
        return "men" + root[1:]
    if first == "s":
        return "meny" + root[1:]
    if first == "k":
        return "meng" + root[1:]
    if first in "gh" or first in "aeiou":
        return "meng" + root
    return "me" + root


def pe_an(root: str) -> str:
    return "pe" + me_prefix(root)[2:] + "an"


def forms_of(root: str) -> list[str]:
    return [
        root,
        me_prefix(root),
        "di" + root,
        "di" + root + "kan",
        me_prefix(root) + "kan",
        pe_an(root),
        "ke" + root + "an",
        "ber" + root,
        root + "an",
        root + "nya",
    ]


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    words = list(FUNCTION_WORDS)
    for root in ROOTS:
        words.extend(forms_of(root))
    words.extend(p.lower() for p in PLACES)
    words.extend(str(n) for n in range(1, 60))
    tail = words[len(FUNCTION_WORDS) :]
    rng.shuffle(tail)
    words[len(FUNCTION_WORDS) :] = tail
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    return words, list(itertools.accumulate(weights))


class TextMaker:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.words, self.cumulative = vocabulary(self.rng)
        self.total = self.cumulative[-1]
        self.authors = [f"{a} {b}" for a, b in itertools.product(FIRST_NAMES, LAST_NAMES)][:300]
        self.sites = [
            f"{town.lower()}.{brand}.example.id"
            for town, brand in zip(PLACES * 2, itertools.cycle(SITE_BRANDS), strict=False)
        ][:50]
        self.boilerplate = {site: self._boilerplate(site) for site in self.sites}

    def _pick(self, k: int) -> list[str]:
        rng, cumulative, words, total = self.rng, self.cumulative, self.words, self.total
        return [words[bisect.bisect(cumulative, rng.random() * total)] for _ in range(k)]

    def sentence(self) -> str:
        words = self._pick(self.rng.randint(8, 18))
        words[self.rng.randrange(len(words))] = self.rng.choice(PLACES)
        return " ".join(words).capitalize() + "."

    def body(self, n_words: int = 400, plant: str | None = None) -> str:
        paragraphs, count = [], 0
        while count < n_words:
            sentences = [self.sentence() for _ in range(self.rng.randint(3, 5))]
            count += sum(len(s.split()) for s in sentences)
            paragraphs.append(" ".join(sentences))
        if plant:
            target = self.rng.randrange(len(paragraphs))
            paragraphs[target] = f"Menurut warga, {plant} menjadi perhatian utama. " + paragraphs[target]
        return "\n\n".join(paragraphs)

    def title(self) -> str:
        return " ".join(w.capitalize() for w in self._pick(self.rng.randint(5, 9)))

    def _boilerplate(self, site: str) -> str:
        rng = random.Random(site)
        menu = "".join(
            f'<li><a href="https://{site}/kategori/{w}/">{w.title()}</a></li>' for w in rng.sample(ROOTS, 25)
        )
        related = "".join(
            f'<li><a href="https://{site}/{rng.randrange(10**6)}/">{" ".join(rng.sample(ROOTS, 6))}</a></li>'
            for _ in range(30)
        )
        script = (
            "<script>"
            + "var cfg="
            + json.dumps({w: rng.randrange(10**9) for w in rng.sample(ROOTS, 120)})
            + ";</script>"
        )
        return menu, related, script

    def html(self, site: str, title: str, body: str, published: str, authors: list[str]) -> str:
        menu, related, script = self.boilerplate[site]
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        return (
            f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title} - {site}</title>'
            f'<meta property="article:published_time" content="{published}">{script}</head><body>'
            f"<nav><ul>{menu}</ul></nav><main><article><h1>{title}</h1>"
            f'<div class="byline">Penulis: {", ".join(authors)}</div>{paragraphs}</article>'
            f"<aside><h3>Berita terkait</h3><ul>{related}</ul></aside></main>"
            f"<footer>&copy; {site}</footer></body></html>"
        )

    def article(self, number: int, *, plant: str | None = None, raw_html: bool = True) -> Article:
        rng = self.rng
        site = self.sites[number % len(self.sites)]
        zone = rng.choices((WIB, WITA, WIT), weights=(8, 1, 1))[0]
        published = (START + timedelta(days=rng.randrange(DAYS), seconds=rng.randrange(86400))).astimezone(
            zone
        )
        authors = rng.sample(self.authors, rng.choice((1, 1, 1, 2)))
        title = self.title()
        body = self.body(plant=plant)
        url = f"https://{site}/{published:%Y/%m/%d}/berita-{number}/"
        fetched = published + timedelta(hours=1)
        capture = None
        if raw_html:
            html = self.html(site, title, body, published.isoformat(), authors).encode()
            capture = Capture(
                url=url,
                final_url=url,
                status=200,
                headers={"content-type": "text/html; charset=utf-8", "server": "nginx"},
                content=html,
                fetched_at=fetched,
                content_type="text/html",
                encoding="utf-8",
            )
        return Article(
            url=url,
            canonical_url=url,
            site=site,
            title=title,
            authors=authors,
            published=published,
            body=body,
            language="id",
            site_name=site.split(".")[1].title(),
            tags=self._pick(3),
            fetched_at=fetched,
            parser_version="bench",
            capture=capture,
        )


def build_archive(
    path: str | os.PathLike,
    n_articles: int,
    *,
    seed: int = 7,
    batch: int = 1000,
    raw_html: bool = True,
    progress: bool = True,
) -> dict:
    """Create `path` holding `n_articles` background articles plus the planted evaluation articles.

    Returns figures: articles, seconds (all), store_seconds (store_article only), articles_per_s (stored per
    second of store_article), db_bytes, bytes_per_article, labels (query -> {url:
    relevant}).
    """
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    maker = TextMaker(seed)
    db = archive.open_db(path)
    plan: list[tuple[str, str, bool]] = [
        (query, form, relevant)
        for query, forms in EVAL_QUERIES.items()
        for form, relevant in forms
        for _ in range(PLANTED_PER_FORM)
    ]
    labels: dict[str, dict[str, bool]] = {q: {} for q in EVAL_QUERIES}
    total = n_articles + len(plan)
    # the planted articles are spread evenly through the archive (distinct positions: total >= len(plan))
    plant_at = {int(i * total / len(plan)): item for i, item in enumerate(plan)}
    started = time.perf_counter()
    storing = 0.0  # time inside store_article and commits only: the ingest rate of pre-parsed articles
    for start in range(0, total, batch):
        articles = []
        for number in range(start, min(total, start + batch)):
            item = plant_at.get(number)
            articles.append(maker.article(number, plant=item[1] if item else None, raw_html=raw_html))
            if item:
                labels[item[0]][articles[-1].canonical_url] = item[2]
        began = time.perf_counter()
        with archive.transaction(db):
            for article in articles:
                archive.store_article(db, article)
        storing += time.perf_counter() - began
        if progress and sys.stderr.isatty():
            done = min(total, start + batch)
            print(
                f"\r{done:,}/{total:,} articles, {done / (time.perf_counter() - started):,.0f}/s",
                end="",
                file=sys.stderr,
            )
    seconds = time.perf_counter() - started
    if progress and sys.stderr.isatty():
        print(file=sys.stderr)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.close()
    Path(str(path) + ".labels.json").write_text(json.dumps(labels, indent=1))
    size = path.stat().st_size
    return {
        "articles": total,
        "seconds": seconds,
        "store_seconds": storing,
        "articles_per_s": total / storing if storing else 0.0,
        "db_bytes": size,
        "bytes_per_article": size / total if total else 0.0,
        "labels": labels,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=int, default=100_000, help="background articles (the issue: 1000000)"
    )
    parser.add_argument("--db", default="/tmp/telisik-bench.db")
    parser.add_argument("--batch", type=int, default=1000, help="articles per transaction")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-raw-html", action="store_true", help="store no raw capture (text only)")
    args = parser.parse_args(argv)
    stats = build_archive(
        args.db, args.articles, seed=args.seed, batch=args.batch, raw_html=not args.no_raw_html
    )
    stats.pop("labels")
    print(json.dumps(stats, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
