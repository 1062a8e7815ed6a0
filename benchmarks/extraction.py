"""Extraction benchmark: telisik against trafilatura and newspaper4k on the evaluation corpora, in one run.

    python3 benchmarks/extraction.py [--corpus scrapinghub|indonesia|all] [--only telisik] [--show-worst N]
                                     [--body-only]

For each corpus it prints one row per extractor: body precision/recall/F1 (ScrapingHub shingle metric, see
`scoring.py`), title exact-match rate, author set match rate, published-date match rate (same minute and offset
when the truth has a time, same day otherwise) and pages/s (each extractor timed on its own, in CPU seconds,
interleaved page by page so that machine load affects all alike). Metadata columns
are left blank for the ScrapingHub pages, whose truth is the body only. The peers are the `bench` extra and are
imported only here. `--body-only` runs telisik's body extractor alone on a fresh parse (for iterating on it).
The corpora live outside the repository, in ../shared/corpus (never copied into the project).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring import aggregate, authors_match, date_matches, score_page, title_matches  # noqa: E402

CORPUS_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@dataclass
class Page:
    """One benchmark page: raw bytes, its URL and the truth record."""

    id: str
    url: str | None
    html: bytes
    truth: dict[str, Any]


@dataclass
class Result:
    """What an extractor returned for one page, in a common shape."""

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Any = None


def load_corpus(name: str) -> list[Page]:
    """Pages of one corpus (`scrapinghub` or `indonesia`), sorted by id."""
    root = CORPUS_ROOT / name
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    urls: dict[str, str] = {}
    if (root / "manifest.json").exists():
        urls = {m["id"]: m.get("url") for m in json.loads((root / "manifest.json").read_text(encoding="utf-8"))}
    pages = []
    for page_id in sorted(truth):
        record = truth[page_id]
        gz, plain = root / "html" / f"{page_id}.html.gz", root / "html" / f"{page_id}.html"
        html = gzip.decompress(gz.read_bytes()) if gz.exists() else plain.read_bytes()
        if name == "scrapinghub":
            record = {"body": record.get("articleBody", ""), "url": record.get("url")}
        pages.append(Page(page_id, record.get("url") or urls.get(page_id), html, record))
    return pages


def _decode(html: bytes) -> str:
    """Text for the peers: they take str; use telisik's verified decoding when available, else UTF-8."""
    try:
        from telisik.charset import decode_html

        return decode_html(html)[0]
    except Exception:  # noqa: BLE001 - the benchmark must run while the charset module is being built
        return html.decode("utf-8", errors="replace")


def run_telisik(page: Page) -> Result:
    from telisik.extract import extract_article

    article = extract_article(page.html, url=page.url)
    return Result(article.body or "", article.title, list(article.authors), article.published)


def run_telisik_body(page: Page) -> Result:
    from bs4 import BeautifulSoup

    from telisik.extract.body import extract_body

    soup = BeautifulSoup(_decode(page.html), "lxml")
    return Result(extract_body(soup, url=page.url))


def run_trafilatura(page: Page) -> Result:
    import trafilatura

    raw = trafilatura.extract(_decode(page.html), url=page.url, output_format="json", with_metadata=True)
    if not raw:
        return Result()
    data = json.loads(raw)
    authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
    return Result(data.get("text") or "", data.get("title"), authors, data.get("date"))


def run_newspaper(page: Page) -> Result:
    from newspaper import Article

    # fetch_images=False: otherwise it downloads every image to find the top one (network, not extraction).
    article = Article(page.url or "http://example.invalid/", fetch_images=False)
    article.download(input_html=_decode(page.html))
    article.parse()
    return Result(article.text or "", article.title or None, list(article.authors), article.publish_date)


EXTRACTORS: dict[str, Callable[[Page], Result]] = {
    "telisik": run_telisik,
    "trafilatura": run_trafilatura,
    "newspaper4k": run_newspaper,
}


def run_all(extractors: dict[str, Callable[[Page], Result]], pages: list[Page]) -> list[dict[str, Any]]:
    """Run every extractor on every page, page by page, each call timed on its own.

    Time is CPU time of this process (extraction is CPU-bound; no network), and the extractors are
    interleaved page by page, so other work on a busy machine does not skew the pages/s columns.
    """
    results: dict[str, list[Result]] = {name: [] for name in extractors}
    elapsed: dict[str, float] = dict.fromkeys(extractors, 0.0)
    for page in pages:
        for name, extractor in extractors.items():
            started = time.process_time()
            try:
                result = extractor(page)
            except Exception as exc:  # noqa: BLE001 - a peer crashing on a page scores zero for that page
                print(f"  {name} failed on {page.id}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
                      file=sys.stderr)
                result = Result()
            elapsed[name] += time.process_time() - started
            results[name].append(result)
    return [score(name, pages, results[name], elapsed[name]) for name in extractors]


def score(name: str, pages: list[Page], results: list[Result], elapsed: float) -> dict[str, Any]:
    """Body precision/recall/F1, metadata match rates and speed of one extractor."""
    scores = [score_page(p.truth.get("body", ""), r.body) for p, r in zip(pages, results, strict=True)]
    precision, recall, f1 = aggregate(scores)
    row: dict[str, Any] = {
        "extractor": name, "pages": len(pages), "precision": precision, "recall": recall, "f1": f1,
        "pages_per_s": len(pages) / elapsed if elapsed else float("inf"), "scores": scores, "results": results,
    }
    if any("title" in p.truth for p in pages):
        pairs = list(zip(pages, results, strict=True))
        row["title"] = _rate(title_matches(p.truth.get("title"), r.title) for p, r in pairs)
        row["authors"] = _rate(authors_match(p.truth.get("authors", []), r.authors) for p, r in pairs)
        row["date"] = _rate(date_matches(p.truth.get("published"), r.published) for p, r in pairs)
    return row


def _rate(flags: Any) -> float:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else 0.0


def print_table(corpus: str, rows: list[dict[str, Any]]) -> None:
    print(f"\n## {corpus} ({rows[0]['pages']} pages)\n")
    print("| extractor   | precision | recall |   F1   | title | authors | date  | pages/s |")
    print("|-------------|-----------|--------|--------|-------|---------|-------|---------|")
    for row in rows:
        meta = [f"{row[k] * 100:4.0f}%" if k in row else "   - " for k in ("title", "authors", "date")]
        print(f"| {row['extractor']:<11} | {row['precision']:9.3f} | {row['recall']:6.3f} | {row['f1']:6.3f} "
              f"| {meta[0]} | {meta[1]:>7} | {meta[2]} | {row['pages_per_s']:7.1f} |")
    print_ratios(rows)


def print_ratios(rows: list[dict[str, Any]]) -> None:
    """telisik against each peer: F1 difference and speed as a ratio (> 1.00x means telisik is faster)."""
    ours = next((row for row in rows if row["extractor"] == "telisik"), None)
    if ours is None:
        return
    for peer in rows:
        if peer is ours or not peer["pages_per_s"]:
            continue
        print(f"telisik vs {peer['extractor']}: F1 {ours['f1'] - peer['f1']:+.3f}, "
              f"speed {ours['pages_per_s'] / peer['pages_per_s']:.2f}x")


def show_worst(row: dict[str, Any], pages: list[Page], count: int) -> None:
    ranked = sorted(zip(pages, row["scores"], row["results"], strict=False), key=lambda item: item[1].f1)
    print(f"\nworst {count} pages for {row['extractor']}:")
    for page, score, result in ranked[:count]:
        precision = score.precision if score.precision is not None else float("nan")
        recall = score.recall if score.recall is not None else float("nan")
        print(f"  {page.id[:16]:<16} F1 {score.f1:.3f}  P {precision:.3f}  R {recall:.3f}  "
              f"chars {len(result.body):6d}/{len(page.truth.get('body', '')):6d}  {page.url}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["scrapinghub", "indonesia", "all"], default="all")
    parser.add_argument("--only", choices=sorted(EXTRACTORS), action="append")
    parser.add_argument("--show-worst", type=int, default=0, metavar="N")
    parser.add_argument("--body-only", action="store_true", help="telisik: body extractor alone")
    args = parser.parse_args(argv)
    if not CORPUS_ROOT.exists():
        print(f"corpus not found at {CORPUS_ROOT}", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    extractors = dict(EXTRACTORS)
    if args.body_only:
        extractors["telisik"] = run_telisik_body
    names = args.only or list(extractors)
    corpora = ["scrapinghub", "indonesia"] if args.corpus == "all" else [args.corpus]
    for corpus in corpora:
        pages = load_corpus(corpus)
        for name in names:  # warm-up: imports and lazy initialisation are not extraction time
            try:
                extractors[name](pages[0])
            except Exception:  # noqa: BLE001 - failures are reported in the measured run
                pass
        rows = run_all({name: extractors[name] for name in names}, pages)
        print_table(corpus, rows)
        if args.show_worst:
            for row in rows:
                show_worst(row, pages, args.show_worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
