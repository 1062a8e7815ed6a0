"""Page-kind benchmark: how often `telisik.extract.kinds` calls an article an article, and a page a page.

    python3 benchmarks/kinds.py [--show N]

1. The evaluation corpora in ../shared/corpus (when present): every page there is an article (news pages of
   many sites and languages; `traf-eval` is a general web sample, with about pages, shops and wikis among its
   articles), so the share judged "article" is the recall; the others are listed with their reasons.
2. The simulated WordPress-style portals (tests/support/wpnet.py): every home, section, tag, author,
   pagination, search and static page and every article, fetched over loopback and judged; the share judged
   right is printed per kind.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from telisik.extract import extract_article  # noqa: E402

CORPUS_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_pages(name: str) -> Iterator[tuple[str, bytes, str | None]]:
    """(page id, raw bytes, URL) of one corpus."""
    root = CORPUS_ROOT / name
    truth = json.loads((root / "truth.json").read_text())
    if name == "indonesia":
        manifest = json.loads((root / "manifest.json").read_text())
        urls = {m["id"]: m.get("url") for m in manifest} if isinstance(manifest, list) else {}
        for page_id in truth:
            yield page_id, (root / "html" / f"{page_id}.html").read_bytes(), urls.get(page_id)
        return
    for page_id, record in truth.items():
        candidates = sorted((root / "html").glob(f"{page_id}*"))
        if not candidates:
            continue
        raw = candidates[0].read_bytes()
        if candidates[0].suffix == ".gz":
            raw = gzip.decompress(raw)
        yield page_id, raw, record.get("url") if isinstance(record, dict) else None


def judge_corpora(show: int) -> None:
    print(f"{'corpus':<12} {'pages':>6} {'article':>8} {'recall':>7}  other kinds")
    for name in ("indonesia", "scrapinghub", "fundus", "traf-eval"):
        if not (CORPUS_ROOT / name / "truth.json").exists():
            print(f"{name:<12} (not found in {CORPUS_ROOT})")
            continue
        kinds: collections.Counter[str] = collections.Counter()
        misses = []
        for page_id, raw, url in corpus_pages(name):
            article = extract_article(raw, url=url)
            kinds[article.kind] += 1
            if article.kind != "article":
                misses.append(f"    {page_id[:12]:<12} {article.kind:<9} {article.kind_reason}  {url or ''}")
        total = sum(kinds.values())
        others = ", ".join(f"{k} {n}" for k, n in kinds.most_common() if k != "article")
        print(f"{name:<12} {total:>6} {kinds['article']:>8} {kinds['article'] / total:>7.1%}  {others}")
        for line in misses[:show]:
            print(line)


def judge_portals() -> None:
    import httpx
    from support.wpnet import PortalNet

    expected: dict[str, str] = {}
    with PortalNet(n_sites=2, articles=12) as net:
        for site in net.sites:
            base = site.url.rstrip("/")
            for path in site.listing_paths():
                expected[base + path] = "listing"
            for path in ("/susunan-redaksi/", "/kontak/", "/pedoman-media-siber/", "/tentang-kami/"):
                expected[base + path] = "static"
            expected[base + "/?s=banjir"] = "search"
            for url in site.article_urls():
                expected[url] = "article"
        right: collections.Counter[str] = collections.Counter()
        seen: collections.Counter[str] = collections.Counter()
        started = time.perf_counter()
        with httpx.Client() as client:
            for url, kind in expected.items():
                response = client.get(url)
                article = extract_article(response.content, url=str(response.url))
                seen[kind] += 1
                right[kind] += article.kind == kind
                if article.kind != kind:
                    print(f"    wrong: {url} is {kind}, judged {article.kind} ({article.kind_reason})")
        seconds = time.perf_counter() - started
    print(f"{'portal pages':<12} {'pages':>6} {'right':>8}")
    for kind in ("article", "listing", "static", "search"):
        print(f"{kind:<12} {seen[kind]:>6} {right[kind]:>8}")
    print(f"({len(expected)} pages fetched and judged in {seconds:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--show", type=int, default=10, help="List up to N pages not judged articles per corpus."
    )
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    judge_corpora(args.show)
    print()
    judge_portals()


if __name__ == "__main__":
    main()
