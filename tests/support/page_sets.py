"""The field checks of the page-set guards (tests/test_extract_indonesia_shapes.py, test_extract_world_sets.py).

Each guard asserts every field of every page of a set in benchmarks/pages/ as benchmarks/indonesia_shapes.py
scores it; this is the one assertion they share, with a message that shows what was read and what was wanted.
"""

from __future__ import annotations

from typing import Any

from support.benchmarks import load_benchmark

FIELDS = ("title", "authors", "day", "minute+offset", "first", "last", "clean body")
CLEAN_BODY_F1 = 0.98


def assert_field(got: Any, want: dict[str, Any], page: str, field: str) -> None:
    """One field of one page is right (`clean body`: the body's F1 reaches CLEAN_BODY_F1)."""
    shapes = load_benchmark("indonesia_shapes")
    paragraphs = [p for p in want["body"].split("\n\n") if p.strip()]
    if field == "clean body":
        assert shapes.body_differences(got, paragraphs, CLEAN_BODY_F1) == []
        return
    checks = shapes.field_checks(got, want)
    shown = {
        "title": (got.title, want["title"]),
        "authors": (list(got.authors), want["authors"]),
        "day": (got.published, want["published"]),
        "minute+offset": (got.published, want["published"]),
        "first": (got.body[:120], paragraphs[0]),
        "last": (got.body[-120:], paragraphs[-1]),
    }
    assert checks[field], f"{page} {field}: got {shown[field][0]!r}, want {shown[field][1]!r}"


def field_cases(
    pages: dict[str, dict[str, Any]], misses: dict[str, dict[tuple[str, str], str]], plain: str
) -> list[Any]:
    """One pytest case per (set, page, field); a known miss is a strict xfail naming its class, so the fix that
    mends it must drop the entry. The `plain` set's ids carry no set prefix (the ids the guards always had)."""
    import pytest

    cases = []
    for label, set_pages in pages.items():
        prefix = "" if label == plain else f"{label}/"
        for page in set_pages:
            for field in FIELDS:
                reason = misses[label].get((page, field))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(pytest.param(label, page, field, id=f"{prefix}{page}-{field}", marks=marks))
    return cases
