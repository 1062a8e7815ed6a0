"""Extraction time on large and hostile pages: CPU seconds per page shape, to see that no rule grows faster
than the page (no hang on a 9 MB article, deep nesting, thousands of label lines or teaser items).

    python3 benchmarks/hostile_pages.py [--scale N]

`--scale` multiplies the repeated parts (default 1: pages of 0.1 to 9 MB). Compare two commits by running
it with `PYTHONPATH=<checkout>` from outside the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telisik.extract import extract_article  # noqa: E402

SENTENCE = (
    "Pemerintah kabupaten menyatakan bahwa <a href='/tag/banjir'>banjir</a> di wilayah itu sudah surut, kata "
    "Budi: Senin (27/1/2026) pukul 15:28 WIB. "
)


def page_shapes(scale: int) -> dict[str, str]:
    """Pages whose repeated parts exercise the body's voting, the byline and date scans and the lead."""
    paragraph = "<p>" + SENTENCE * 3 + "</p>"
    teaser = (
        "<li><a href='/author/x'>Oleh A</a> <span class='time'>27/01/2026 15:28</span>"
        "<h3><a href='/b'>B</a></h3></li>"
    )
    return {
        "many paragraphs": "<html><head><title>T</title></head><body><article><h1>Judul berita yang panjang</h1>"
        + paragraph * 20000 * scale
        + "</article></body></html>",
        "deep nesting": "<html><body>"
        + "<div class='post-sidebar'>" * 3000
        + "<p>Teks (Nama Orang)</p>" * 50 * scale
        + "</div>" * 3000
        + "</body></html>",
        "label lines": "<html><body><article><h1>Judul</h1>"
        + "<p>Label panjang: nilai 12 Januari 2026</p>" * 20000 * scale
        + "</article></body></html>",
        "teaser links": "<html><body><ul>" + teaser * 10000 * scale + "</ul></body></html>",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    for name, html in page_shapes(args.scale).items():
        started = time.process_time()
        extract_article(html, url="https://portal.example.id/berita/1")
        print(f"{name:16} {len(html) / 1e6:6.1f} MB {time.process_time() - started:7.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
