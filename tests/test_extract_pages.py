"""Regression gate: extraction over the project's own fixture pages must give exactly the expected fields.

Each `tests/fixtures/pages/<name>.html` has a `<name>.expected.json` with the input (url, fetched_at), exact
expected values of metadata fields, the expected winning source of some fields, and body checks
(`body_startswith`, `body_endswith`, `body_contains`, `body_excludes`). A change that breaks a field fails here.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from telisik.extract import PARSER_VERSION, extract_article

PAGES = Path(__file__).parent / "fixtures" / "pages"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))


def _extract(name: str):
    spec = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    given = spec.get("input", {})
    fetched_at = datetime.fromisoformat(given["fetched_at"]) if given.get("fetched_at") else None
    html = (PAGES / f"{name}.html").read_bytes()
    article = extract_article(
        html, given.get("url"), fetched_at=fetched_at, content_type=given.get("content_type")
    )
    return spec, article


def test_there_are_enough_fixture_pages():
    assert len(NAMES) >= 6
    for name in NAMES:
        assert (PAGES / f"{name}.html").exists(), name


@pytest.mark.parametrize("name", NAMES)
def test_fields_match_expected(name):
    spec, article = _extract(name)
    produced = article.to_dict()
    for field, expected in spec["fields"].items():
        assert produced[field] == expected, f"{name}: {field}"
    assert article.parser_version == PARSER_VERSION


@pytest.mark.parametrize("name", NAMES)
def test_sources_match_expected(name):
    spec, article = _extract(name)
    for field, expected in spec.get("sources", {}).items():
        assert article.sources.get(field) == expected, f"{name}: source of {field}"
    # Every field that has a value says where it came from.
    for field in ("title", "authors", "published", "canonical_url", "language"):
        if getattr(article, field):
            assert field in article.sources, f"{name}: no source for {field}"


@pytest.mark.parametrize("name", NAMES)
def test_body_matches_expected(name):
    spec, article = _extract(name)
    body = article.body
    assert body.startswith(spec["body_startswith"]), f"{name}: body starts {body[:80]!r}"
    assert body.endswith(spec["body_endswith"]), f"{name}: body ends {body[-80:]!r}"
    for text in spec.get("body_contains", []):
        assert text in body, f"{name}: body lacks {text!r}"
    for text in spec.get("body_excludes", []):
        assert text not in body, f"{name}: body contains {text!r}"
    assert "\n\n\n" not in body


@pytest.mark.parametrize("name", NAMES)
def test_published_is_aware_and_raw_kept(name):
    spec, article = _extract(name)
    if spec["fields"].get("published"):
        assert article.published is not None and article.published.tzinfo is not None
        assert article.published_raw


def test_str_and_bytes_input_agree():
    html = (PAGES / "jnews-regional.html").read_bytes()
    url = "https://blora.telisikfakta.com/2026/01/27/jembatan-gantung-desa-sumberejo-ambrol/"
    from_bytes = extract_article(html, url)
    from_text = extract_article(html.decode("utf-8"), url)
    assert from_bytes.title == from_text.title
    assert from_bytes.body == from_text.body
    assert from_bytes.published == from_text.published
