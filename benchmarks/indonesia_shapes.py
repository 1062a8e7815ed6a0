"""Indonesian page shapes: telisik, trafilatura and newspaper4k side by side on outlets outside the corpus.

    python3 benchmarks/indonesia_shapes.py [--pages DIR] [--only telisik] [--quiet]

The pages in benchmarks/pages/indonesia-shapes/ (the default), benchmarks/pages/indonesia-shapes-2/ (a second
set on other outlets: `--pages benchmarks/pages/indonesia-shapes-2`) and benchmarks/pages/indonesia-shapes-3/ (a
third set on outlets, networks and themes in neither: `--pages benchmarks/pages/indonesia-shapes-3`) are written
after the markup of Indonesian outlets that are in none of ../shared/corpus (their READMEs name the public
scrapers each shape comes from);
benchmarks/pages/indonesia-real/ (`--pages benchmarks/pages/indonesia-real`) holds pages as the outlets served them,
found saved in public repositories (its README names each source). benchmarks/pages/cms-shapes/ (`--pages
benchmarks/pages/cms-shapes`) holds pages in other languages written after the markup of news CMSes and publishing
platforms many outlets share (Arc XP, Newspack, Ghost, Substack, Drupal, TYPO3, Blogger, Next.js, AMP, ...); its
truth times carry each page's own zone; benchmarks/pages/open-web/ holds article pages of the open web outside
news CMSes, and benchmarks/pages/web-kinds-de/ and benchmarks/pages/web-kinds-world/ pages of other kinds (shop
products, landing pages, help centres, forums, FAQ pages, recipe cards, Wayback copies; a page with no
publication date has `published: null`). Per field, the share of pages right:

- title: exact, whitespace folded (the visible headline, without a site suffix);
- authors: the set of persons (case-insensitive; desks, site names and editors are not authors);
- day: the calendar day in the truth's offset;
- minute+offset: the same minute and the same UTC offset as the truth (the time shown to readers, in its zone);
- first/last: the body holds the truth's first and last paragraph (whitespace folded);
- F1: body F1 with the ScrapingHub shingle metric (benchmarks/scoring.py).

Then telisik's misses, page by page, as got against want.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring import aggregate, authors_match, date_matches, day_matches, score_page, title_matches  # noqa: E402

PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-shapes"
SECOND_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-shapes-2"
THIRD_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-shapes-3"
FOURTH_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-shapes-4"
# A fifth (session 16): regional editions of national networks in their 2022-2024 templates (Liputan6, detik,
# kompas.com, Republika, VIVA, Medcom, RRI, ANTARA, Tribun), small regional portals and WordPress/Blogger themes
# none of the others has; its truth opens with the standfirst where a page shows one.
FIFTH_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-shapes-5"
# A sixth, written while the fifth's misses were fixed and measured only (Okezone, SINDOnews, Suara, iNews, PRMN,
# Disway, Radar, merdeka, kumparan, IDN Times, JPNN, Kontan regional editions; WordPress, Blogger, Nuxt, own CMSes).
SIXTH_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-shapes-6"
# A seventh, written while the sixth's misses were fixed (session 16, round 3) and measured only.
SEVENTH_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-shapes-7"
REAL_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "indonesia-real"
CMS_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "cms-shapes"
OPEN_WEB_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "open-web"
# Kinds of web pages besides articles that archivists and the trafilatura evaluation meet: shop product pages,
# landing pages, help centres, forum threads, FAQ and accordion pages, recipe cards, Wayback copies, in German
# (web-kinds-de) and in other languages (web-kinds-world).
WEB_KINDS_DE_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-de"
WEB_KINDS_WORLD_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-world"
# A third set of kinds, written after the first two sets' rules: Indonesian announcements, school reports,
# marketplace products and job vacancies; events, podcasts, docs, exhibitions, obituaries, Jimdo, listings, Ghost.
WEB_KINDS_3_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-3"
# A fourth, written after session 12's recall rules (declared main region, data head) to measure them: club
# news, a municipal service page, a SaaS about page, a magazine article, a live ticker, a press release, local
# news, a Blogger post, a shop category's SEO text, a paywalled regional daily, a practice's services page, a
# regency news portal.
WEB_KINDS_4_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-4"
# A fifth, written at the end of session 12 and measured once, unfixed: news and blog pages of the German-speaking and
# wider web (regional dailies, a city press release, NGO, company, trade-magazine and university posts, Overblog,
# es/it/nl/pl/id portals), for the next session's first look.
WEB_KINDS_5_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-5"
# A sixth, written at the start of session 13 by a helper who read no extractor code: nine Indonesian regional
# outlets of platforms no set held (Tribun, Radar, ANTARA bureaus, regency and police sites, a campus, PRMN, a
# Next.js channel) and three from Brazil, India and Malaysia. Its truth opens with the standfirst.
WEB_KINDS_6_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-6"
# A seventh, written beside it: news in twelve languages and scripts the sets did not hold (ja, ko, zh, ru, ar, tr,
# vi, hi, sv, cs, el and a US metro daily on Arc XP).
WEB_KINDS_7_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-7"
# An eighth, written at the end of session 13 and measured once at its end: twelve more Indonesian outlets and
# platforms (detik, Kompas, Liputan6, Solopos, TIMES Indonesia, Suara, OpenSID villages, kumparan, Tempo, Okezone,
# Republika, merdeka.com).
WEB_KINDS_8_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-8"
# A ninth and tenth, written at the start of session 14 by helpers who read no extractor code: pages as the web
# served them in 2014-2020 (the era of trafilatura's evaluation pages), German-language (news, broadcasters,
# forums, Blogger, WordPress, Magento, TYPO3, Joomla, Q&A, a listicle) and from the US, UK, Peru, Spain, Poland,
# Brazil and France (local TV, Drupal 7, Genesis, phpBB 3.0, Tumblr, a PR wire).
WEB_KINDS_9_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-9"
WEB_KINDS_10_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-10"
# An eleventh of the same era, written beside the session's fixes and measured at its start and its end only.
WEB_KINDS_11_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-11"
# A twelfth (session 15): pages that are not news articles (a drug database, shop products, a recipe, about pages,
# an association, a landing page, a citizen-service page, an event, a glossary, a job ad, a help-centre article, a
# comparison guide), where the content is many boxes, lists and tables rather than one block of prose.
WEB_KINDS_12_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-12"
# A thirteenth of the same kind (PrestaShop, Shopware, Magento 2, a recipe portal, Jimdo, Wix, TYPO3, Drupal 7,
# Squarespace, Elementor, MediaWiki, a hotel), written while the twelfth's misses were fixed and measured only.
WEB_KINDS_13_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-13"
# A fourteenth (session 16): articles and posts of the open web of 2009-2022 that are not one block of <p>s (a
# Joomla 2.5 town portal, a Blogger hobby blog, a trade magazine, TYPO3 association news, a Divi press release,
# Drupal 8 university news, a Hugo blog, French regional and SPIP pages, Jannah, a parish letter, Dutch municipal
# news, a Polish recipe blog, a tagDiv portal): text in sibling blocks, <div>s and <br>s, sign-offs, info boxes.
WEB_KINDS_14_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-14"
# A fifteenth (session 16), written while the fourteenth's misses were fixed and measured only: news articles of
# national and regional publishers of fourteen countries as served 2020-2025, after their groups' platforms.
WEB_KINDS_15_PAGES_DIR = Path(__file__).resolve().parent / "pages" / "web-kinds-15"
FIELDS = ("title", "authors", "day", "minute+offset", "first", "last")
# Sets whose truth body opens with the standfirst (the Indonesian sets leave it out): telisik returns it apart, in
# `Article.lead`, so it is put back in front of the body before scoring, as benchmarks/extraction.py does for the
# suites that count it.
STANDFIRST_IN_BODY = frozenset(
    {
        CMS_PAGES_DIR.name,
        OPEN_WEB_PAGES_DIR.name,
        WEB_KINDS_DE_PAGES_DIR.name,
        WEB_KINDS_WORLD_PAGES_DIR.name,
        WEB_KINDS_3_PAGES_DIR.name,
        WEB_KINDS_4_PAGES_DIR.name,
        WEB_KINDS_5_PAGES_DIR.name,
        WEB_KINDS_6_PAGES_DIR.name,
        WEB_KINDS_7_PAGES_DIR.name,
        WEB_KINDS_8_PAGES_DIR.name,
        WEB_KINDS_9_PAGES_DIR.name,
        WEB_KINDS_10_PAGES_DIR.name,
        WEB_KINDS_11_PAGES_DIR.name,
        WEB_KINDS_12_PAGES_DIR.name,
        WEB_KINDS_13_PAGES_DIR.name,
        FIFTH_PAGES_DIR.name,
        SIXTH_PAGES_DIR.name,
        SEVENTH_PAGES_DIR.name,
        WEB_KINDS_14_PAGES_DIR.name,
        WEB_KINDS_15_PAGES_DIR.name,
    }
)


@dataclass
class Extracted:
    """What one extractor read from one page."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | str | None = None
    body: str = ""
    lead: str = ""


def load_pages(directory: Path = PAGES_DIR) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, html, truth) of every page, in name order."""
    truth = json.loads((directory / "truth.json").read_text(encoding="utf-8"))
    return [
        (name, (directory / "html" / f"{name}.html").read_text(encoding="utf-8"), truth[name])
        for name in sorted(truth)
    ]


def run_telisik(html: str, url: str) -> Extracted:
    from telisik.extract import extract_article

    article = extract_article(html, url=url)
    return Extracted(
        article.title, tuple(article.authors), article.published, article.body or "", article.lead or ""
    )


def scored_body(got: Extracted, directory: Path) -> Extracted:
    """`got` with its lead in front of the body when the set's truth counts the standfirst."""
    if directory.name in STANDFIRST_IN_BODY and got.lead:
        return replace(got, body=f"{got.lead}\n\n{got.body}" if got.body else got.lead)
    return got


def run_trafilatura(html: str, url: str) -> Extracted:
    import trafilatura

    raw = trafilatura.extract(html, url=url, output_format="json", with_metadata=True)
    if not raw:
        return Extracted()
    data = json.loads(raw)
    authors = tuple(a.strip() for a in (data.get("author") or "").split(";") if a.strip())
    return Extracted(data.get("title"), authors, data.get("date"), data.get("text") or "")


def run_newspaper(html: str, url: str) -> Extracted:
    from newspaper import Article

    article = Article(url, fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return Extracted(article.title or None, tuple(article.authors), article.publish_date, article.text or "")


EXTRACTORS: dict[str, Callable[[str, str], Extracted]] = {
    "telisik": run_telisik,
    "trafilatura": run_trafilatura,
    "newspaper4k": run_newspaper,
}


def _folded(text: str) -> str:
    return " ".join(text.split())


def field_checks(got: Extracted, want: dict[str, Any]) -> dict[str, bool]:
    """Which fields of one page are right."""
    paragraphs = [p for p in want["body"].split("\n\n") if p.strip()]
    body = _folded(got.body)
    return {
        "title": title_matches(want["title"], got.title),
        "authors": authors_match(want["authors"], got.authors),
        "day": day_matches(want["published"], got.published),
        "minute+offset": date_matches(want["published"], got.published),
        "first": _folded(paragraphs[0]) in body,
        "last": _folded(paragraphs[-1]) in body,
    }


def misses(got: Extracted, want: dict[str, Any], checks: dict[str, bool]) -> list[str]:
    """One line per wrong field: what was read against what the page says."""
    paragraphs = [p for p in want["body"].split("\n\n") if p.strip()]
    shown = {
        "title": (got.title, want["title"]),
        "authors": (list(got.authors), want["authors"]),
        "day": (str(got.published), want["published"]),
        "minute+offset": (str(got.published), want["published"]),
        "first": (_folded(got.body)[:90], paragraphs[0][:90]),
        "last": (_folded(got.body)[-90:], paragraphs[-1][-90:]),
    }
    lines = [
        f"{name:>13}: got {shown[name][0]!r}  want {shown[name][1]!r}"
        for name, ok in checks.items()
        if not ok
    ]
    return lines + body_differences(got, paragraphs)


def body_differences(got: Extracted, paragraphs: list[str], threshold: float = 0.98) -> list[str]:
    """When the body F1 is under `threshold`: the paragraphs read that the truth lacks, and the reverse."""
    truth_body = "\n\n".join(paragraphs)
    page_score = score_page(truth_body, got.body)
    if page_score.f1 >= threshold:
        return []
    wanted = {_folded(p) for p in paragraphs}
    read = [_folded(p) for p in got.body.split("\n\n") if p.strip()]
    extra = [p for p in read if p not in wanted]
    missing = [p for p in wanted if p not in set(read) and p not in _folded(got.body)]
    lines = [f"{'body F1':>13}: {page_score.f1:.3f}"]
    lines += [f"{'extra':>13}: {p[:100]!r}" for p in extra[:6]]
    lines += [f"{'missing':>13}: {p[:100]!r}" for p in missing[:4]]
    return lines


def _extracted_or_nothing(name: str, html: str, url: str) -> Extracted:
    """One extractor's reading of one page; a peer that crashes on it (newspaper4k wants nltk for Arabic) reads
    nothing there, as in benchmarks/extraction.py. telisik's own errors are not caught: the guards must see them."""
    if name == "telisik":
        return EXTRACTORS[name](html, url)
    try:
        return EXTRACTORS[name](html, url)
    except Exception as exc:  # noqa: BLE001 - a peer crashing on a page scores zero for that page
        print(f"{name} failed on {url}: {type(exc).__name__}", file=sys.stderr)
        return Extracted()


def evaluate(
    names: list[str], directory: Path = PAGES_DIR
) -> tuple[dict[str, dict[str, float]], list[tuple[str, list[str]]]]:
    """Per extractor the share of pages right per field and the body F1; telisik's misses per page."""
    pages = load_pages(directory)
    rates: dict[str, dict[str, float]] = {}
    telisik_misses: list[tuple[str, list[str]]] = []
    for name in names:
        right = dict.fromkeys(FIELDS, 0)
        scores = []
        for page, html, want in pages:
            got = scored_body(_extracted_or_nothing(name, html, want["url"]), directory)
            checks = field_checks(got, want)
            for key, ok in checks.items():
                right[key] += ok
            scores.append(score_page(want["body"], got.body))
            if name == "telisik":
                lines = misses(got, want, checks)
                if lines:
                    telisik_misses.append((page, lines))
        rates[name] = {key: count / len(pages) for key, count in right.items()}
        rates[name]["F1"] = aggregate(scores)[2]
    return rates, telisik_misses


def print_table(rates: dict[str, dict[str, float]], pages: int, directory: Path = PAGES_DIR) -> None:
    columns = (*FIELDS, "F1")
    print(f"Page set {directory.name} ({pages} pages)")
    print(f"{'extractor':<12}" + "".join(f"{c:>15}" for c in columns))
    for name, row in rates.items():
        print(f"{name:<12}" + "".join(f"{row[c]:>15.3f}" for c in columns))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", choices=sorted(EXTRACTORS), help="run only these extractors"
    )
    parser.add_argument("--quiet", action="store_true", help="the table only, without telisik's misses")
    parser.add_argument(
        "--pages", type=Path, default=PAGES_DIR, help="directory of the set (html/ and truth.json)"
    )
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    names = args.only or list(EXTRACTORS)
    rates, telisik_misses = evaluate(names, args.pages)
    print_table(rates, len(load_pages(args.pages)), args.pages)
    if "telisik" in names and not args.quiet:
        print(f"\ntelisik misses ({len(telisik_misses)} pages):")
        for page, lines in telisik_misses:
            print(f"- {page}")
            for line in lines:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
