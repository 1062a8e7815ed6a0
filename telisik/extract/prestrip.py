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
# `_INERT` is the definition; `strip_inert_markup` runs it in two steps, with the same matches: `_OPENING` finds
# where a block opens (as `_INERT` begins), and the end is then looked for with plain substring searches
# (`_block_end`). `_INERT`'s lazy `.{0,N}?` tries the closing tag at every character of every script body, and
# the script bodies are most of a page's bytes.
_OPENING = re.compile(
    r"<(?<![\"'=]<)(?:!--(?!-?>)|(?P<raw>script|style|noscript|svg)\b(?P<attrs>[^<>]{0,2000})>)",
    re.S | re.I,
)
_CLOSING_TAIL = re.compile(r"\s*>")


def _backref_letter(letter: str) -> str:
    """What `(?P=raw)` under re.I accepts for one ASCII letter of the opening tag's name: its two cases, and
    `İ` for `i` (its simple lower case); not `ı` and `ſ`, which a re.I literal `i`/`s` would accept."""
    return f"[{letter.lower()}{letter.upper()}{chr(0x130) if letter.lower() == 'i' else ''}]"


# The start of each block's closing tag as `_INERT` matches it: `</svg` is a re.I literal; script, style and
# noscript close with a backreference to the opening name, the same for every ASCII spelling of it.
_CLOSING_NAME = {
    "svg": re.compile("</svg", re.I),
    **{
        name: re.compile("</" + "".join(_backref_letter(letter) for letter in name))
        for name in ("script", "style", "noscript")
    },
}


# Block tags that every tree reader (body units, `metadata.element_text`) treats as a text boundary.
_BLANK_BEFORE_BLOCK = re.compile(
    r">\s+(?=<(?:div|p|li|ul|ol|dl|dt|dd|section|article|header|footer|nav|aside|main|figure|figcaption|table|tbody"
    r"|tr|td|th|h[1-6]|blockquote|address|hr)[\s/>])",
    re.I,
)


class _Closings:
    """Where the blocks of one text close, each closing tag searched for at most once per stretch of text.

    Asked for the first closing at or after a block's body, a plain bounded search would rescan the same
    `MAX_BLOCK_CHARS` for every opening that never closes (100,000 bare `<!--` in 700 kB: 16 s). The first closing
    of each kind at or after a position is also the first after any later position up to it, so one answer is
    kept per kind and reused until an opening starts past it."""

    def __init__(self, text: str) -> None:
        self.text = text
        # kind -> (searched from, first closing's start at or after it or -1, that closing's end)
        self.found: dict[str, tuple[int, int, int]] = {}

    def first_after(self, kind: str, body: int) -> tuple[int, int]:
        """(start, end) of the first closing of `kind` at or after `body`, or (-1, -1) when there is none."""
        known = self.found.get(kind)
        if known is not None and known[0] <= body and (known[1] < 0 or body <= known[1]):
            return known[1], known[2]
        start, end = self._search(kind, body)
        self.found[kind] = (body, start, end)
        return start, end

    def _search(self, kind: str, body: int) -> tuple[int, int]:
        text = self.text
        if kind == "--":
            dashes = text.find("-->", body)
            return (dashes, dashes + 3) if dashes >= 0 else (-1, -1)
        closing = _CLOSING_NAME[kind]
        start = body
        while (close := closing.search(text, start)) is not None:
            tail = _CLOSING_TAIL.match(text, close.end())
            if tail is not None:
                return close.start(), tail.end()
            start = close.start() + 1
        return -1, -1


def _block_end(text: str, opening: re.Match[str], closings: _Closings) -> int | None:
    """Where the block `opening` starts ends, as `_INERT` would match it there; None when it does not close
    within `MAX_BLOCK_CHARS` (the parser is left to read it)."""
    body = opening.end()
    raw = opening.group("raw")
    if raw is None:  # a comment: its first `-->` at most MAX_BLOCK_CHARS after `<!--`
        start, end = closings.first_after("--", body)
        return end if 0 <= start <= body + MAX_BLOCK_CHARS else None
    if not raw.isascii():  # `ſcript`: a re.I spelling the closing patterns do not cover; `_INERT` decides
        whole = _INERT.match(text, opening.start())
        return whole.end() if whole is not None else None
    # A closing tag may start at most MAX_BLOCK_CHARS after the body starts; its `\s*>` may run past that.
    start, end = closings.first_after(raw.lower(), body)
    return end if 0 <= start <= body + MAX_BLOCK_CHARS else None


def _replacement(text: str, opening: re.Match[str], end: int) -> str:
    """What replaces the block from `opening` to `end`: an svg drawing leaves `<svg></svg>`, JSON script
    blocks stay whole, anything else goes."""
    raw = opening.group("raw")
    if raw is None:
        return ""
    kind = raw.lower()
    if kind == "svg":
        return "<svg></svg>" if text[opening.start() + 1] in "sS" else ""
    if kind == "script" and "json" in opening.group("attrs").lower():
        return text[opening.start() : end]  # JSON-LD (and other JSON data blocks) are metadata
    return ""


def _strip_blocks(text: str) -> str:
    """`_INERT.sub`: blocks removed left to right, a block that does not close skipped from its `<` on."""
    parts: list[str] = []
    closings = _Closings(text)
    copied = 0  # text before this offset is in `parts`
    position = 0
    while (opening := _OPENING.search(text, position)) is not None:
        end = _block_end(text, opening, closings)
        if end is None:
            position = opening.start() + 1
            continue
        parts.append(text[copied : opening.start()])
        parts.append(_replacement(text, opening, end))
        copied = position = end
    if not parts:
        return text
    parts.append(text[copied:])
    return "".join(parts)


def strip_inert_markup(text: str) -> str:
    """`text` without comments, styles, noscript blocks, non-JSON script bodies, svg drawings and the blank
    runs before block tags."""
    if "<" not in text:
        return text
    return _BLANK_BEFORE_BLOCK.sub(">", _strip_blocks(text))
