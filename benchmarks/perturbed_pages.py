"""How much extraction leans on what an unseen outlet may not have: metadata and meaningful class names.

    python3 benchmarks/perturbed_pages.py [--pages DIR ...] [--only telisik] [--variant NAME ...] [--misses]
    python3 benchmarks/perturbed_pages.py --corpus fundus [--corpus traf-eval ...] [--only telisik] [--variant NAME ...]

Every page of the Indonesian page sets (`benchmarks/pages/indonesia-real`, `indonesia-shapes`,
`indonesia-shapes-2`; see benchmarks/indonesia_shapes.py) is extracted as served and in three altered copies:

- `no-metadata`: no `<script>` (so no JSON-LD), no `<meta>` but the charset, no `<link>`, no microdata
  (`itemprop`/`itemtype`), no `<time datetime>`: only what a reader sees is left;
- `hashed-classes`: every class and id replaced by a meaningless token, the same token for the same name (as
  CSS-module, CSS-in-JS and some utility-class sites serve their pages): no `byline`, `sidebar` or `related` hint;
- `generic-tags`: the HTML5 sectioning and figure elements (`article`, `main`, `header`, `footer`, `nav`,
  `aside`, `section`, `figure`, `figcaption`, `address`, `hgroup`) turned into `<div>`s and every `role`
  attribute dropped, as table- and div-era templates and many page builders serve their pages;
- `both`: no metadata and hashed classes;
- `bare`: all three: text, headings, paragraphs, links, lists, tables and pictures are all that is left.

Per set and variant, the share of pages right per field (the checks of indonesia_shapes.py), side by side with
trafilatura and newspaper4k. A drop from `as-served` is what a rule owes to a name or a tag an unseen outlet may
not use. `--misses` lists telisik's misses per variant.

`--corpus NAME` does the same on the tuning part of an evaluation corpus of ../shared/corpus (`indonesia`,
`scrapinghub`, `fundus`, `traf-eval`; the held-out publishers stay out), scored exactly as
benchmarks/extraction.py scores it: per variant, each extractor's row of that corpus's table.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import warnings
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402
from indonesia_shapes import (  # noqa: E402
    EXTRACTORS,
    FIELDS,
    PAGES_DIR,
    REAL_PAGES_DIR,
    SECOND_PAGES_DIR,
    field_checks,
    load_pages,
    scored_body,
)


def without_metadata(html: str) -> str:
    """The page without machine-readable metadata: what a reader sees, and the charset."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(["script", "link"]):
        tag.decompose()
    for tag in soup.find_all("meta"):
        if not tag.get("charset") and str(tag.get("http-equiv", "")).lower() != "content-type":
            tag.decompose()
    for tag in soup.find_all(True):
        for name in ("itemprop", "itemtype", "itemscope"):
            if tag.has_attr(name):
                del tag[name]
        if tag.name == "time" and tag.has_attr("datetime"):
            del tag["datetime"]
    return str(soup)


def _token(name: str) -> str:
    return "c" + hashlib.md5(name.encode("utf-8")).hexdigest()[:6]


def with_hashed_classes(html: str) -> str:
    """The page with every class and id replaced by a meaningless token (the same name, the same token)."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(True):
        classes = tag.get("class")
        if classes:
            tag["class"] = [_token(name) for name in classes]
        if tag.get("id"):
            tag["id"] = _token(str(tag["id"]))
    return str(soup)


# HTML5 elements that name a part of the page; a div-era template has none of them.
_SECTIONING_TAGS = ["article", "main", "header", "footer", "nav", "aside", "section", "figure", "figcaption"]
_SECTIONING_TAGS += ["address", "hgroup"]


def with_generic_tags(html: str) -> str:
    """The page with its sectioning and figure elements turned into `<div>`s and no `role` attributes."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(True):
        if tag.name in _SECTIONING_TAGS:
            tag.name = "div"
        if tag.has_attr("role"):
            del tag["role"]
    return str(soup)


VARIANTS: dict[str, Callable[[str], str]] = {
    "as-served": lambda html: html,
    "no-metadata": without_metadata,
    "hashed-classes": with_hashed_classes,
    "generic-tags": with_generic_tags,
    "both": lambda html: with_hashed_classes(without_metadata(html)),
    "bare": lambda html: with_generic_tags(with_hashed_classes(without_metadata(html))),
}


def evaluate(directory: Path, extractor: str, variant: str) -> tuple[dict[str, float], list[str]]:
    """Share of pages right per field for one extractor on one variant of a page set, and the misses."""
    pages = load_pages(directory)
    alter = VARIANTS[variant]
    right = dict.fromkeys(FIELDS, 0)
    missed: list[str] = []
    for name, html, want in pages:
        # scored like indonesia_shapes.py: the lead opens the body where the set's truth counts the standfirst
        checks = field_checks(scored_body(EXTRACTORS[extractor](alter(html), want["url"]), directory), want)
        for field, ok in checks.items():
            right[field] += ok
            if not ok:
                missed.append(f"{name}:{field}")
    return {field: count / len(pages) for field, count in right.items()}, missed


def corpus_variant(pages: list[extraction.Page], variant: str) -> list[extraction.Page]:
    """The pages altered by one variant, re-encoded as UTF-8 (BeautifulSoup rewrites a charset meta to match)."""
    if variant == "as-served":
        return pages
    alter = VARIANTS[variant]
    return [replace(p, html=alter(extraction._decode(p.html)).encode("utf-8")) for p in pages]


def evaluate_corpus(corpus: str, extractors: list[str], variants: list[str]) -> None:
    """The corpus table of benchmarks/extraction.py, its tuning part, once per variant."""
    pages = extraction.load_corpus(corpus)
    if corpus in extraction.SPLIT_CORPORA:
        held = extraction.held_out_publishers(pages)
        pages = [p for p in pages if p.publisher not in held]
    columns = extraction.COLUMNS[corpus]
    part = ", tuning part" if corpus in extraction.SPLIT_CORPORA else ""
    print(f"\n## {corpus}{part} ({len(pages)} pages)\n")
    print(f"{'variant':16} {'extractor':12} " + " ".join(f"{c:>8}" for c in columns))
    no_cache = extraction.PeerCache(None)
    for variant in variants:
        altered = corpus_variant(pages, variant)
        chosen = {name: extraction.EXTRACTORS[name] for name in extractors}
        results = extraction.run_all(corpus, chosen, altered, no_cache)
        for name, entries in results.items():
            row = extraction.score(corpus, name, altered, entries)
            print(
                f"{variant:16} {name:12} " + " ".join(f"{extraction._cell(row.get(c)):>8}" for c in columns)
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=Path, action="append", metavar="DIR", help="a page set (repeatable)")
    parser.add_argument("--only", choices=sorted(EXTRACTORS), action="append")
    parser.add_argument("--variant", choices=sorted(VARIANTS), action="append")
    parser.add_argument("--misses", action="store_true", help="list telisik's misses per variant")
    parser.add_argument(
        "--corpus", choices=extraction.CORPORA, action="append", help="an evaluation corpus's tuning part"
    )
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")  # the peers' import-time warnings (newspaper4k without nltk)
    if args.corpus:
        for corpus in args.corpus:
            evaluate_corpus(corpus, args.only or list(extraction.EXTRACTORS), args.variant or list(VARIANTS))
        return 0
    directories = args.pages or [REAL_PAGES_DIR, PAGES_DIR, SECOND_PAGES_DIR]
    extractors = args.only or ["telisik", "trafilatura", "newspaper4k"]
    variants = args.variant or list(VARIANTS)
    for directory in directories:
        print(f"\n## {directory.name} ({len(load_pages(directory))} pages)\n")
        print(f"{'variant':16} {'extractor':12} " + " ".join(f"{field:>13}" for field in FIELDS))
        for variant in variants:
            for extractor in extractors:
                rates, missed = evaluate(directory, extractor, variant)
                print(f"{variant:16} {extractor:12} " + " ".join(f"{rates[f]:13.3f}" for f in FIELDS))
                if args.misses and extractor == "telisik" and missed and variant != "as-served":
                    print(f"{'':29}misses: {' '.join(missed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
