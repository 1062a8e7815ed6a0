"""Regression gate: body F1 on the shared evaluation corpora stays above a floor (skipped without the corpus).

Floors sit just under what the extractor achieves today (Indonesian 0.995, ScrapingHub half 0.98 when this
was written), so a change that makes extraction worse on real pages fails here.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from telisik.extract.body import extract_body

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO / "benchmarks"))

from scoring import aggregate, score_page  # noqa: E402

FLOORS = {"indonesia": 0.985, "scrapinghub": 0.97}


def _decode(raw: bytes) -> str:
    try:
        from telisik.charset import decode_html
    except ImportError:
        return raw.decode("utf-8", errors="replace")
    return decode_html(raw)[0]


def _pages(name: str):
    root = CORPUS / name
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    for page_id, record in sorted(truth.items()):
        gz, plain = root / "html" / f"{page_id}.html.gz", root / "html" / f"{page_id}.html"
        raw = gzip.decompress(gz.read_bytes()) if gz.exists() else plain.read_bytes()
        yield page_id, raw, record.get("body", record.get("articleBody", ""))


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_mean_body_f1_stays_above_floor(corpus):
    if not (CORPUS / corpus / "truth.json").exists():
        pytest.skip(f"corpus {corpus} not available")
    scores = {}
    for page_id, raw, expected in _pages(corpus):
        body = extract_body(BeautifulSoup(_decode(raw), "lxml"))
        scores[page_id] = score_page(expected, body)
    precision, recall, f1 = aggregate(scores.values())
    worst = sorted(scores, key=lambda k: scores[k].f1)[:3]
    assert f1 >= FLOORS[corpus], (
        f"{corpus}: body F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}) fell below {FLOORS[corpus]}; worst: "
        + ", ".join(f"{k[:12]} {scores[k].f1:.2f}" for k in worst)
    )
