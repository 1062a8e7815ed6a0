"""Field accuracy on the shared Indonesian evaluation corpus (skipped when the corpus is not checked out).

The corpus is third-party material read in place, never copied into the project. The floors are the
issue's targets: title >= 98 %, authors >= 95 %, published with the right minute and offset >= 95 %.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from telisik.extract import extract_article

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus" / "indonesia"

pytestmark = pytest.mark.skipif(not (CORPUS / "truth.json").exists(), reason="shared corpus not available")


def _published_matches(got: datetime | None, want: str) -> bool:
    if got is None:
        return False
    if "T" not in want:
        return got.date().isoformat() == want
    expected = datetime.fromisoformat(want)
    return got.replace(second=0, microsecond=0) == expected.replace(second=0, microsecond=0) and (
        got.utcoffset() == expected.utcoffset()
    )


@pytest.fixture(scope="module")
def results():
    truth = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
    urls = {
        entry["id"]: entry["url"]
        for entry in json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    }
    rows = []
    for page_id, expected in sorted(truth.items()):
        article = extract_article((CORPUS / "html" / f"{page_id}.html").read_bytes(), urls.get(page_id))
        rows.append((page_id, expected, article))
    return rows


def _rate(rows, check) -> tuple[float, list[str]]:
    failed = [page_id for page_id, expected, article in rows if not check(expected, article)]
    return 1 - len(failed) / len(rows), failed


def test_title_exact(results):
    rate, failed = _rate(results, lambda t, a: a.title == t["title"])
    assert rate >= 0.98, failed


def test_authors_set(results):
    rate, failed = _rate(results, lambda t, a: set(a.authors) == set(t["authors"]))
    assert rate >= 0.95, failed


def test_published_minute_and_offset(results):
    rate, failed = _rate(results, lambda t, a: _published_matches(a.published, t["published"]))
    assert rate >= 0.95, failed


def test_editor(results):
    rate, failed = _rate(results, lambda t, a: (a.editor or None) == (t.get("editor") or None))
    assert rate >= 0.9, failed
