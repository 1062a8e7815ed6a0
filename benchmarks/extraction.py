"""Extraction benchmark: telisik against trafilatura and newspaper4k on the evaluation corpora, in one run.

    python3 benchmarks/extraction.py [--corpus indonesia|scrapinghub|fundus|traf-eval|all] [--only NAME]...
                                     [--holdout | --tune-only] [--by-language] [--show-worst N] [--body-only]
                                     [--peer-cache DIR]

Every extractor runs on every page, interleaved page by page and timed on its own in CPU seconds (so machine
load affects all alike); the tables give CPU milliseconds per page and, under each table, telisik against each
peer (body F1 difference and speed ratio, > 1.00x means telisik is faster). Metrics per corpus follow
../shared/corpus/README.md:

- indonesia: body P/R/F1 with the ScrapingHub shingle metric, title exact, authors (persons) as a set,
  published to the minute with the same UTC offset (the day when the truth has no time).
- scrapinghub: body P/R/F1 with the shingle metric (the truth is the body only).
- fundus: body P/R/F1 over bags of lower-cased `\\w+` tokens, title exact (fundus's title, often og:title),
  authors compared with authors + agencies as a set, published on the same day (in the truth's offset) and at
  the same minute (the same instant: fundus often stores UTC).
- traf-eval: the share of must-contain strings found plus must-not-contain strings absent over all strings
  (`strings`), with the two parts apart (`with`, `without`); authors (authors + agencies, both sides split into
  single names: the data keeps a byline as one string) and day where the page is annotated.

Which telisik text is compared with each suite's body truth (`BODY_WITH_LEAD`; telisik keeps a standfirst
its body does not hold apart, in `Article.lead`, and never shows it twice; the peers return one text):

- scrapinghub: `body` alone. The truth is schema.org `articleBody`, which leaves the standfirst out (13 of
  the 14 pages that show one).
- indonesia: `body` alone. The truth body is the article's paragraphs; the one page with a standfirst shown
  under the headline (VIVA's `div.summary`) has it outside the truth.
- fundus: lead + body. fundus's ArticleBody opens with the summary (35 of 38 pages that show one).
- traf-eval: lead + body: the strings are checked against the whole text the extractor shows.

`--holdout` reports fundus and traf-eval twice: the pages used for tuning and, apart, a held-out part (every
fourth publisher of fundus and every fourth site of traf-eval, by sorted name) that must stay out of tuning.
`--tune-only` runs the tuning part only (use it while iterating; `--show-worst` never lists held-out pages).
`--by-language` adds per-language tables. `--peer-cache DIR` stores the peers' results (they do not change
between runs) so that iterating on telisik is quick; the final figures are taken without it. The peers are the
`bench` extra and are imported only here. The corpora live outside the repository, in ../shared/corpus (never
copied into the project).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring import (  # noqa: E402
    aggregate,
    authors_match,
    date_matches,
    day_matches,
    minute_matches,
    score_page,
    string_share,
    title_matches,
    token_score,
)

CORPUS_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPORA = ("indonesia", "scrapinghub", "fundus", "traf-eval")
SPLIT_CORPORA = ("fundus", "traf-eval")


@dataclass
class Page:
    """One benchmark page: raw bytes, its URL and the truth record."""

    id: str
    url: str | None
    html: bytes
    truth: dict[str, Any]
    lang: str = ""
    publisher: str = ""


@dataclass
class Result:
    """What an extractor returned for one page, in a common shape."""

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Any = None
    agencies: list[str] = field(default_factory=list)
    lead: str = ""  # telisik's standfirst, kept apart from its body


def publisher_of(corpus: str, record: dict[str, Any], page_id: str) -> str:
    """The publisher a page belongs to: fundus `de/DW_2023_04_28` -> `de/DW`; traf-eval: the site's host."""
    source = record.get("source") or page_id
    if corpus == "fundus":
        return re.sub(r"_\d{4}_\d{2}_\d{2}$", "", source)
    if corpus == "traf-eval":
        host = re.match(r"(?i)(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*?\.[a-z]{2,3})(?=[-._])", source)
        return (host.group(1) if host else source).lower()
    return record.get("site") or ""


def held_out_publishers(pages: list[Page]) -> set[str]:
    """Every fourth publisher by sorted name (the 4th, 8th, ...): kept out of tuning."""
    names = sorted({p.publisher for p in pages})
    return {name for i, name in enumerate(names) if i % 4 == 3}


def load_corpus(name: str) -> list[Page]:
    """Pages of one corpus, sorted by id."""
    root = CORPUS_ROOT / name
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    manifest: dict[str, dict[str, Any]] = {}
    if (root / "manifest.json").exists():
        manifest = {m["id"]: m for m in json.loads((root / "manifest.json").read_text(encoding="utf-8"))}
    pages = []
    for page_id in sorted(truth):
        record = dict(truth[page_id])
        gz, plain = root / "html" / f"{page_id}.html.gz", root / "html" / f"{page_id}.html"
        html = gzip.decompress(gz.read_bytes()) if gz.exists() else plain.read_bytes()
        if name == "scrapinghub":
            record = {"body": record.get("articleBody", ""), "url": record.get("url")}
        meta = manifest.get(page_id, {})
        url = record.get("url") or meta.get("url")
        if url and not url.startswith(("http://", "https://")):
            url = None  # traf-eval's `hard::name.html`: no URL known
        lang = record.get("lang") or ("id" if name == "indonesia" else "")
        record.setdefault("site", meta.get("site"))
        pages.append(Page(page_id, url, html, record, lang, publisher_of(name, record, page_id)))
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
    agencies = list(getattr(article, "agencies", []) or [])
    lead = getattr(article, "lead", None) or ""
    return Result(article.body or "", article.title, list(article.authors), article.published, agencies, lead)


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


class PeerCache:
    """Results and CPU time of the peers per page, kept between runs (the peers do not change)."""

    def __init__(self, directory: Path | None) -> None:
        self.path = directory / "peers.pickle" if directory else None
        self.data: dict[tuple[str, str, str], tuple[Result, float]] = {}
        if self.path and self.path.exists():
            self.data = pickle.loads(self.path.read_bytes())

    def get(self, key: tuple[str, str, str]) -> tuple[Result, float] | None:
        return self.data.get(key) if self.path and key[0] != "telisik" else None

    def put(self, key: tuple[str, str, str], value: tuple[Result, float]) -> None:
        if self.path and key[0] != "telisik":
            self.data[key] = value

    def save(self) -> None:
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(pickle.dumps(self.data))


def run_all(
    corpus: str, extractors: dict[str, Callable[[Page], Result]], pages: list[Page], cache: PeerCache
) -> dict[str, list[tuple[Result, float]]]:
    """Run every extractor on every page, page by page, each call timed on its own (CPU time)."""
    results: dict[str, list[tuple[Result, float]]] = {name: [] for name in extractors}
    for page in pages:
        for name, extractor in extractors.items():
            cached = cache.get((name, corpus, page.id))
            if cached is not None:
                results[name].append(cached)
                continue
            started = time.process_time()
            try:
                result = extractor(page)
            except Exception as exc:  # noqa: BLE001 - a peer crashing on a page scores zero for that page
                first = (str(exc).splitlines() or [""])[0]
                print(f"  {name} failed on {page.id}: {exc.__class__.__name__}: {first}", file=sys.stderr)
                result = Result()
            entry = (result, time.process_time() - started)
            cache.put((name, corpus, page.id), entry)
            results[name].append(entry)
    return results


# --- scoring -----------------------------------------------------------------------------------------------


def _rate(flags: Any) -> float | None:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else None


# Which of telisik's text fields each suite's body truth covers (the peers return one text: lead or not).
# scrapinghub: schema.org `articleBody`, which leaves the standfirst out -> `body` alone. fundus: its
# ArticleBody holds the summary -> lead + body. traf-eval: strings of the whole extracted text -> lead + body.
# indonesia: the truth body is the article's text as the reader sees it, standfirst included (README: only
# inserts, captions, sign-offs and the page around it are excluded) -> lead + body.
BODY_WITH_LEAD = {"indonesia": False, "scrapinghub": False, "fundus": True, "traf-eval": True}


def compared_text(corpus: str, result: Result) -> str:
    """The text compared with a suite's body truth: `body`, opened by the lead where the suite counts it."""
    if result.lead and BODY_WITH_LEAD.get(corpus, True):
        return f"{result.lead}\n\n{result.body}" if result.body else result.lead
    return result.body


def _credited(result: Result) -> list[str]:
    return list(dict.fromkeys([*result.authors, *result.agencies]))


def score(corpus: str, name: str, pages: list[Page], entries: list[tuple[Result, float]]) -> dict[str, Any]:
    """One table row: the corpus's metrics and CPU milliseconds per page for one extractor."""
    results = [r for r, _ in entries]
    pairs = list(zip(pages, results, strict=True))
    texts = [compared_text(corpus, r) for r in results]
    cpu = sum(t for _, t in entries)
    row: dict[str, Any] = {
        "extractor": name,
        "pages": len(pages),
        "ms": 1000 * cpu / len(pages) if pages else 0.0,
    }
    if corpus in ("indonesia", "scrapinghub"):
        row["page_scores"] = [
            score_page(p.truth.get("body", ""), t) for p, t in zip(pages, texts, strict=True)
        ]
    elif corpus == "fundus":
        row["page_scores"] = [
            token_score(p.truth.get("body", ""), t) for p, t in zip(pages, texts, strict=True)
        ]
    if "page_scores" in row:
        row["P"], row["R"], row["F1"] = aggregate(row["page_scores"])
    if corpus == "indonesia":
        row["title"] = _rate(title_matches(p.truth.get("title"), r.title) for p, r in pairs)
        row["authors"] = _rate(authors_match(p.truth.get("authors", []), r.authors) for p, r in pairs)
        row["minute"] = _rate(date_matches(p.truth.get("published"), r.published) for p, r in pairs)
    elif corpus == "fundus":
        row["title"] = _rate(title_matches(p.truth.get("title"), r.title) for p, r in pairs)
        row["authors"] = _rate(authors_match(p.truth.get("authors", []), _credited(r)) for p, r in pairs)
        dated = [(p, r) for p, r in pairs if p.truth.get("published")]
        row["day"] = _rate(day_matches(p.truth["published"], r.published) for p, r in dated)
        row["minute"] = _rate(minute_matches(p.truth["published"], r.published) for p, r in dated)
    elif corpus == "traf-eval":
        _score_strings(row, pairs, texts)
    return row


def _score_strings(row: dict[str, Any], pairs: list[tuple[Page, Result]], texts: list[str]) -> None:
    found = absent = with_total = without_total = 0
    page_scores = []
    for (page, _), text in zip(pairs, texts, strict=True):
        hits, misses = string_share(page.truth.get("with", []), page.truth.get("without", []), text)
        found, absent = found + hits, absent + misses
        with_total += len(page.truth.get("with", []))
        without_total += len(page.truth.get("without", []))
        total = len(page.truth.get("with", [])) + len(page.truth.get("without", []))
        page_scores.append((hits + misses) / total if total else 1.0)
    row["strings"] = (found + absent) / (with_total + without_total) if with_total + without_total else None
    row["with"] = found / with_total if with_total else None
    row["without"] = absent / without_total if without_total else None
    row["string_scores"] = page_scores
    titled = [(p, r) for p, r in pairs if p.truth.get("title")]
    row["title"] = _rate(title_matches(p.truth["title"], r.title) for p, r in titled)
    credited = [(p, r) for p, r in pairs if p.truth.get("authors")]
    row["authors"] = _rate(
        authors_match(p.truth["authors"], _credited(r), split_lists=True) for p, r in credited
    )
    dated = [(p, r) for p, r in pairs if p.truth.get("published")]
    row["day"] = _rate(day_matches(p.truth["published"], r.published) for p, r in dated)


# --- tables ------------------------------------------------------------------------------------------------

COLUMNS = {
    "indonesia": ("P", "R", "F1", "title", "authors", "minute"),
    "scrapinghub": ("P", "R", "F1"),
    "fundus": ("P", "R", "F1", "title", "authors", "day", "minute"),
    "traf-eval": ("strings", "with", "without", "title", "authors", "day"),
}


def _cell(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def print_table(corpus: str, label: str, rows: list[dict[str, Any]]) -> None:
    columns = COLUMNS[corpus]
    print(f"\n### {label} ({rows[0]['pages']} pages)\n")
    print("| extractor   | " + " | ".join(f"{c:>7}" for c in columns) + " | CPU ms/page |")
    print("|-------------|" + "|".join("-" * 9 for _ in columns) + "|-------------|")
    for row in rows:
        cells = " | ".join(f"{_cell(row.get(c)):>7}" for c in columns)
        print(f"| {row['extractor']:<11} | {cells} | {row['ms']:11.1f} |")
    print_ratios(corpus, rows)


def print_ratios(corpus: str, rows: list[dict[str, Any]]) -> None:
    """telisik against each peer: main score difference and speed ratio (> 1.00x: telisik is faster)."""
    ours = next((row for row in rows if row["extractor"] == "telisik"), None)
    if ours is None:
        return
    main = "strings" if corpus == "traf-eval" else "F1"
    for peer in rows:
        if peer is ours:
            continue
        diff = (ours.get(main) or 0.0) - (peer.get(main) or 0.0)
        speed = peer["ms"] / ours["ms"] if ours["ms"] else float("inf")
        print(f"\ntelisik vs {peer['extractor']}: {main} {diff:+.3f}, speed {speed:.2f}x", end="")
    print()


def show_worst(
    corpus: str, row: dict[str, Any], pages: list[Page], results: list[Result], count: int
) -> None:
    key = "string_scores" if corpus == "traf-eval" else "page_scores"
    values = [s if isinstance(s, float) else s.f1 for s in row[key]]
    ranked = sorted(zip(pages, values, results, strict=True), key=lambda item: item[1])
    print(f"\nworst {count} pages for {row['extractor']}:")
    for page, value, result in ranked[:count]:
        print(
            f"  {page.id:<5} {value:.3f}  chars {len(result.body):6d}/{len(page.truth.get('body', '')):6d}  "
            f"{page.publisher}  {page.url or page.truth.get('source', '')}"
        )


def _parts(corpus: str, pages: list[Page], split: str) -> list[tuple[str, list[int]]]:
    """(label, page indices) for each table of a corpus under the chosen split."""
    everything = [(corpus, list(range(len(pages))))]
    if corpus not in SPLIT_CORPORA or split == "all":
        return everything
    if split == "tune":  # the held-out pages were left out before the run
        return [(f"{corpus}, tuning part", list(range(len(pages))))]
    held = held_out_publishers(pages)
    tune = [i for i, p in enumerate(pages) if p.publisher not in held]
    out = [i for i, p in enumerate(pages) if p.publisher in held]
    parts = [(f"{corpus}, tuning part", tune)]
    if split == "holdout":
        parts.append((f"{corpus}, HELD-OUT part (every 4th publisher)", out))
    return parts


def _languages(pages: list[Page], indices: list[int]) -> list[tuple[str, list[int]]]:
    by_lang: dict[str, list[int]] = {}
    for i in indices:
        by_lang.setdefault(pages[i].lang or "?", []).append(i)
    big = sorted(
        (lang for lang, ids in by_lang.items() if len(ids) >= 4), key=lambda lang: -len(by_lang[lang])
    )
    rest = [i for lang, ids in by_lang.items() if lang not in big for i in ids]
    return [(lang, by_lang[lang]) for lang in big] + ([("other", rest)] if rest else [])


def report(corpus: str, pages: list[Page], results: dict[str, list[tuple[Result, float]]], args: Any) -> None:
    split = "holdout" if args.holdout else "tune" if args.tune_only else "all"
    print(f"\n## {corpus}")
    for label, indices in _parts(corpus, pages, split):
        chosen = [pages[i] for i in indices]
        rows = [
            score(corpus, name, chosen, [entries[i] for i in indices]) for name, entries in results.items()
        ]
        print_table(corpus, label, rows)
        if args.by_language and corpus != "scrapinghub":
            for lang, lang_indices in _languages(pages, indices):
                sub = [pages[i] for i in lang_indices]
                lang_rows = [score(corpus, n, sub, [e[i] for i in lang_indices]) for n, e in results.items()]
                print_table(corpus, f"{label}, language {lang}", lang_rows)
        if args.show_worst and "HELD-OUT" not in label:
            for row in rows:
                show_worst(
                    corpus, row, chosen, [results[row["extractor"]][i][0] for i in indices], args.show_worst
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--only", choices=sorted(EXTRACTORS), action="append")
    parser.add_argument("--holdout", action="store_true", help="report the held-out publishers apart")
    parser.add_argument("--tune-only", action="store_true", help="run the tuning part only")
    parser.add_argument("--by-language", action="store_true", help="add per-language tables")
    parser.add_argument("--show-worst", type=int, default=0, metavar="N")
    parser.add_argument("--body-only", action="store_true", help="telisik: body extractor alone")
    parser.add_argument("--peer-cache", type=Path, metavar="DIR", help="keep the peers' results between runs")
    args = parser.parse_args(argv)
    if not CORPUS_ROOT.exists():
        print(f"corpus not found at {CORPUS_ROOT}", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    extractors = dict(EXTRACTORS)
    if args.body_only:
        extractors["telisik"] = run_telisik_body
    names = args.only or list(extractors)
    cache = PeerCache(args.peer_cache)
    totals: dict[str, list[float]] = {name: [] for name in names}
    for corpus in CORPORA if args.corpus == "all" else (args.corpus,):
        pages = load_corpus(corpus)
        if args.tune_only and corpus in SPLIT_CORPORA:
            held = held_out_publishers(pages)
            pages = [p for p in pages if p.publisher not in held]
        for name in names:  # warm-up: imports and lazy initialisation are not extraction time
            try:
                extractors[name](pages[0])
            except Exception:  # noqa: BLE001 - failures are reported in the measured run
                pass
        results = run_all(corpus, {name: extractors[name] for name in names}, pages, cache)
        report(corpus, pages, results, args)
        for name, entries in results.items():
            totals[name].extend(seconds for _, seconds in entries)
    cache.save()
    print_speed_summary(totals)
    return 0


def print_speed_summary(totals: dict[str, list[float]]) -> None:
    """CPU milliseconds per page over every page of the run, per extractor."""
    print("\n## CPU time per page, all pages of this run\n")
    print("| extractor   | pages | CPU ms/page |")
    print("|-------------|-------|-------------|")
    for name, seconds in totals.items():
        if seconds:
            print(f"| {name:<11} | {len(seconds):5d} | {1000 * sum(seconds) / len(seconds):11.1f} |")


if __name__ == "__main__":
    sys.exit(main())
