"""Small text vocabulary shared by extraction, search and output: whitespace, terminal safety, the one fold
and the one Indonesian function-word list."""

from __future__ import annotations

import re
import unicodedata

_ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# C0 and C1 control characters except tab and newline; DEL included.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# Invisible characters that can make printed text lie: bidi controls (U+202E turns "gpj.exe" around),
# zero-width space and word joiners, invisible operators, BOM, Mongolian vowel separator, Hangul fillers.
# ZWJ and ZWNJ (U+200C/D) stay: emoji sequences and several scripts need them to render at all.
_SPOOFING = re.compile(
    "[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u180e\u115f\u1160\u3164\uffa0]"
)


# Chinese, Japanese and Korean letters: each carries about a word, where a Latin letter is a fifth of one.
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_WEIGHT = 3


def cjk_letter_count(text: str) -> int:
    """How many Chinese, Japanese and Korean letters `text` holds."""
    return len(_CJK_LETTER.findall(text))


def cjk_weighted_length(text: str) -> int:
    """The text's length in Latin-letter equivalents: each CJK letter counts `CJK_WEIGHT` (a sentence of 20 of
    them says what 60 Latin letters say)."""
    if text.isascii() or max(text, default="") < "\u3040":  # no CJK letter: the common case
        return len(text)
    return len(text) + (CJK_WEIGHT - 1) * cjk_letter_count(text)


def strip_control_chars(text: str) -> str:
    """Remove ANSI escape sequences, control characters (keeping tab and newline) and invisible characters
    that can spoof what is shown (bidi overrides, zero-width spaces) before printing."""
    text = _ANSI_ESCAPE.sub("", text)
    return _SPOOFING.sub("", _CONTROL.sub("", text))


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


# Indonesian function words: a text where they make >= 6% of the words is Indonesian (language detection of
# unlabelled pages, and whether search stems an article). One list for every such test.
INDONESIAN_FUNCTION_WORDS = frozenset(
    "yang dan di ke dari untuk dengan ini itu tidak pada dalam akan juga adalah oleh karena bahwa atau "
    "sudah telah saat para kata menjadi bisa kami kita mereka ada sebagai lebih tersebut dia hingga namun".split()
)


def fold(text: str) -> str:
    """Lower-case without accents, as FTS5's `unicode61 remove_diacritics 2` compares: 'Pérez' == 'perez'.
    telisik's one fold: search, the stemmer and extraction's name matching all use it."""
    folded = text.casefold()
    if folded.isascii():  # the common case, and the cheap one
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    # The combining marks among the text's distinct characters, each deleted with one replace: testing every
    # character in Python cost more than the rest of the fold on long non-Latin texts (a body, a lead).
    for mark in [ch for ch in set(decomposed) if unicodedata.combining(ch)]:
        decomposed = decomposed.replace(mark, "")
    return decomposed


fold_for_matching = fold  # the name extraction knows it by
