"""The shared evaluation corpus (../shared/corpus beside the repository) and how its absence is reported.

A clone without it still passes, but its corpus tests skip: the skip reason says so, and conftest prints one
line in the pytest header and one in the summary, so a green run never hides that they did not run.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
MISSING = "corpus tests skipped: ../shared/corpus not found"


def available(name: str = "", marker: str = "") -> bool:
    """True when corpus `name` (and its file `marker`, e.g. "manifest.json") is checked out."""
    return (CORPUS / name / marker).exists()


def requires(name: str, marker: str) -> pytest.MarkDecorator:
    """Skip a test when corpus `name` is absent, with a reason that says which path was looked for."""
    return pytest.mark.skipif(
        not available(name, marker),
        reason=f"corpus tests skipped: ../shared/corpus/{name}/{marker} not found",
    )


def status_line() -> str:
    """The pytest header line: where the corpus is, or that its tests will skip."""
    return f"corpus: {CORPUS}" if CORPUS.is_dir() else MISSING


def _reason(report: Any) -> str:
    longrepr = report.longrepr
    return str(longrepr[2]) if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)


def skipped_note(skipped: Iterable[Any]) -> str | None:
    """The summary line when corpus tests were skipped for want of the corpus, else None."""
    if CORPUS.is_dir():
        return None
    count = sum(1 for report in skipped if "corpus" in _reason(report).lower())
    return f"{MISSING} ({count} tests)" if count else None
