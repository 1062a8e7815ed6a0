"""Small text clean-ups shared by extraction and output: whitespace folding and terminal safety."""

from __future__ import annotations

import re
import unicodedata

_ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# C0 and C1 control characters except tab and newline; DEL included.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


def strip_control_chars(text: str) -> str:
    """Remove ANSI escape sequences and control characters (keeping tab and newline) before printing."""
    text = _ANSI_ESCAPE.sub("", text)
    return _CONTROL.sub("", text)


def collapse_whitespace(text: str) -> str:
    """Fold runs of spaces (NBSP and other Unicode spaces too) into one; drop zero-width characters."""
    if text.isascii() and "  " not in text and "\t" not in text:  # the common case: nothing to fold
        return text.strip()
    text = _ZERO_WIDTH.sub("", text)
    return _SPACES.sub(" ", text).strip()


def normalize_paragraphs(text: str) -> str:
    """Plain text with one blank line between paragraphs and no blank paragraphs."""
    paragraphs = (collapse_whitespace(p) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


_COMBINING_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_for_matching(text: str) -> str:
    """Lower-case and strip accents: 'Pérez' and 'perez' compare equal."""
    folded = text.casefold()
    if folded.isascii():  # the common case, and the cheap one
        return folded
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", folded))
