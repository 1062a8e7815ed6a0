"""parse_byline on credit lines as outlets really print them (tests/fixtures/bylines/real_bylines.tsv).

Each row is a credit/byline line copied from a public news page (its URL is in the row), with the truth
written by hand before the parser was run on it: the persons who wrote the piece (in order), the news
agencies/outlets/organisations credited ("?" = not asserted: an employer or outlet mentioned in passing),
the editor when labelled, and the page's language. As in extract/people.py, a dateline place after the
names (`By Jane Doe, Akure`) is read as a place on non-Indonesian pages only, and the site's own names come
from the page's host.

Names are compared case-insensitively (an ALL-CAPS byline is returned in Title Case, a lower-case name as
printed). Rows the parser gets wrong for a reason that is one site's own or disputable carry that reason in
the `known_miss` column and run as strict xfails, so a fix that makes them pass must also update the file.
"""

from __future__ import annotations

import csv
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from telisik.extract.bylines import parse_byline

DATA = Path(__file__).parent / "fixtures" / "bylines" / "real_bylines.tsv"
NOT_ASSERTED = "?"


def _rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _site_names(url: str) -> list[str]:
    """The host and its brand labels, as extract/assemble.py derives them from the page's address."""
    host = urlsplit(url).hostname or ""
    labels = [label for label in host.split(".") if label not in ("www", "m", "com", "co", "id", "net")]
    return [host, *labels]


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _names(cell: str) -> list[str]:
    return [_fold(name) for name in cell.split(";") if name.strip()]


def _params():
    for index, row in enumerate(_rows(), start=2):  # line numbers of the file (header is line 1)
        marks = [pytest.mark.xfail(strict=True, reason=row["known_miss"])] if row["known_miss"] else []
        yield pytest.param(row, id=f"L{index}-{row['line'][:40]}", marks=marks)


def test_the_data_file_holds_enough_real_lines():
    rows = _rows()
    hosts = {urlsplit(row["url"]).hostname for row in rows}
    indonesian = [row for row in rows if row["lang"] == "id"]
    assert len(rows) >= 120 and len(hosts) >= 50
    assert len(indonesian) * 3 >= len(rows) * 2
    assert all(row["url"].startswith("http") for row in rows)


@pytest.mark.parametrize("row", list(_params()))
def test_real_credit_line(row: dict[str, str]):
    byline = parse_byline(row["line"], site_names=_site_names(row["url"]), places=row["lang"] != "id")
    got = {
        "authors": [_fold(name) for name in byline.authors],
        "editor": _fold(byline.editor) if byline.editor else "",
        "agencies": [_fold(name) for name in byline.agencies],
    }
    expected = {"authors": _names(row["authors"]), "editor": _fold(row["editor"]), "agencies": []}
    if row["agencies"] == NOT_ASSERTED:
        got.pop("agencies")
        expected.pop("agencies")
    else:
        expected["agencies"] = _names(row["agencies"])
    assert got == expected, row["line"]
