"""Cutting markup that can never matter out of a page's text before it is parsed.

Building a BeautifulSoup tree costs Python work per node, and a news page carries thousands of nodes no
extraction step reads: HTML comments, `<style>` sheets, inline `<svg>` icon drawings, `<noscript>` fallbacks and
the bodies of JavaScript `<script>` blocks. `strip_inert_markup` removes them with one left-to-right regex scan
(so a comment that starts first hides a `<script>` inside it, as in a browser), keeping JSON-LD scripts (read
for metadata) and an empty `<svg></svg>` in place of each drawing (the body scorer notes where media sit).

It also drops the whitespace between a tag and the opening tag of a block (`</div>\n\t<div>`): every reader
of the tree already separates text at block starts, so those thousands of blank text nodes only cost time.
Whitespace before inline tags (`<b>a</b> <i>b</i>`) and after text is kept.

It is written to remove nothing that the parser would have shown as content:

- a match needs its closing tag (`-->`, `</script>` ...) within `MAX_BLOCK_CHARS`; an unclosed `<script>` or
  `<!--`, or a huge one, is left to the parser untouched, so it can never swallow the page;
- a tag name inside an attribute value (`title="<script>"`) is not taken as a tag;
- `<!-->` and `<!--->` (empty comments to the parser) are left alone.
"""

from __future__ import annotations

import re

__all__ = ["MAX_BLOCK_CHARS", "strip_inert_markup"]

MAX_BLOCK_CHARS = 200_000

_INERT = re.compile(
    r"<(?<![\"'=]<)(?:"
    rf"!--(?!-?>).{{0,{MAX_BLOCK_CHARS}}}?-->"
    rf"|(?P<raw>script|style|noscript)\b(?P<attrs>[^<>]{{0,2000}})>.{{0,{MAX_BLOCK_CHARS}}}?</(?P=raw)\s*>"
    rf"|svg\b[^<>]{{0,2000}}>.{{0,{MAX_BLOCK_CHARS}}}?</svg\s*>"
    r")",
    re.S | re.I,
)


# Block tags that every tree reader (body units, `metadata.element_text`) treats as a text boundary.
_BLANK_BEFORE_BLOCK = re.compile(
    r">\s+(?=<(?:div|p|li|ul|ol|dl|dt|dd|section|article|header|footer|nav|aside|main|figure|figcaption|table|tbody"
    r"|tr|td|th|h[1-6]|blockquote|address|hr)[\s/>])",
    re.I,
)


def _replacement(match: re.Match[str]) -> str:
    kind = match.group("raw")
    if kind is None:
        return "<svg></svg>" if match.group(0)[1] in "sS" else ""
    if kind.lower() == "script" and "json" in match.group("attrs").lower():
        return match.group(0)  # JSON-LD (and other JSON data blocks) are metadata
    return ""


def strip_inert_markup(text: str) -> str:
    """`text` without comments, styles, noscript blocks, non-JSON script bodies, svg drawings and the blank
    runs before block tags."""
    if "<" not in text:
        return text
    return _BLANK_BEFORE_BLOCK.sub(">", _INERT.sub(_replacement, text))
