"""Indonesian outlets outside the corpus (#10): every field of every page in benchmarks/pages/indonesia-shapes.

The pages are written after the markup of 30 outlets and themes that are in none of ../shared/corpus (suara,
CNN/CNBC Indonesia, sindonews, jpnn, IDN Times, kumparan, merdeka, tempo, bisnis, kontan, iNews, Tribun's
surya and serambinews, Grid, Pikiran Rakyat, a Jawa Pos radar, bola.com, Harian Jogja, WordPress tagDiv, JNews,
Jannah, Genesis and an older theme, Blogger, medcom, tirto, katadata, RMOL); their README names the public
scrapers each shape comes from and the trap each page holds. A field telisik reads right is asserted, so it
cannot regress; a field it reads wrong today is a strict xfail naming the failure class, so the fix that mends it
flips the test (then remove the entry from KNOWN_MISSES). `python benchmarks/indonesia_shapes.py` shows the same
against trafilatura and newspaper4k.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from support.benchmarks import load_benchmark

shapes = load_benchmark("indonesia_shapes")
PAGES: dict[str, tuple[str, dict[str, Any]]] = {
    name: (html, want) for name, html, want in shapes.load_pages()
}
FIELDS = ("title", "authors", "day", "minute+offset", "first", "last", "clean body")
CLEAN_BODY_F1 = 0.98

# (page, field) -> why telisik misses it today: a strict xfail, so the fix that mends it must remove its entry.
KNOWN_MISSES: dict[tuple[str, str], str] = {}


@cache
def extracted(page: str) -> Any:
    html, want = PAGES[page]
    return shapes.run_telisik(html, want["url"])


def _cases() -> list[Any]:
    cases = []
    for page in PAGES:
        for field in FIELDS:
            reason = KNOWN_MISSES.get((page, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(page, field, id=f"{page}-{field}", marks=marks))
    return cases


def test_every_known_miss_names_a_page_and_field() -> None:
    assert all(page in PAGES and field in FIELDS for page, field in KNOWN_MISSES)


def test_pages_cover_many_outlets_and_multipage_shapes() -> None:
    sites = {want["site"] for _, want in PAGES.values()}
    assert len(sites) >= 25
    assert sum(want["multipage"] for _, want in PAGES.values()) >= 5


@pytest.mark.parametrize(("page", "field"), _cases())
def test_field(page: str, field: str) -> None:
    _, want = PAGES[page]
    got = extracted(page)
    if field == "clean body":
        paragraphs = [p for p in want["body"].split("\n\n") if p.strip()]
        assert shapes.body_differences(got, paragraphs, CLEAN_BODY_F1) == []
        return
    checks = shapes.field_checks(got, want)
    shown = {
        "title": (got.title, want["title"]),
        "authors": (list(got.authors), want["authors"]),
        "day": (got.published, want["published"]),
        "minute+offset": (got.published, want["published"]),
        "first": (got.body[:120], want["body"].split("\n\n")[0]),
        "last": (got.body[-120:], want["body"].split("\n\n")[-1]),
    }
    assert checks[field], f"{page} {field}: got {shown[field][0]!r}, want {shown[field][1]!r}"
