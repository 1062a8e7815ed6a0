"""Indonesian stemming for search: `aman` finds `keamanan`, `diamankan`; `tahanan` finds `penahanan`.

The stems feed a second, stemmed full-text index (`articles_stem_fts`) and the stemmed form of a query. The
heavy lifting is Sastrawi (the ECS algorithm with a 29k-word root dictionary, pure Python); this module
wraps it with what a search index needs:

- tokens are folded (case, accents) exactly like FTS5's `unicode61 remove_diacritics 2` tokenizer does;
- Sastrawi's root dictionary is made a set (it is a list: ~1 ms per lookup), and every word is stemmed
  once per process (a bounded cache);
- guards against Sastrawi's known over-stemming: a stem shorter than `MIN_STEM` letters is refused
  (`menelan` -> `tel`; `FIXED` gives `telan`), `KEEP` lists lexicalised derived words and acronyms whose
  stem means something else (`pengadilan` is a court, not `adil` fair; `pemilu` is not `milu`), and
  `REDIRECT` sends the derived forms of `anggar` to `anggaran` (budget) while `anggar` (fencing) stays;
- `applies_to` decides whether an article is Indonesian (its language, or for unlabelled pages a
  function-word test); other languages are never stemmed.

`STEMMER_VERSION` names the behaviour: the archive rebuilds its stem index when it changes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from telisik.cleantext import INDONESIAN_FUNCTION_WORDS, fold

__all__ = ["STEMMER_VERSION", "MIN_STEM", "tokenize", "stem_word", "stem_text", "applies_to", "fold"]

STEMMER_VERSION = "sastrawi-1.0.1+guards-3"  # 3: one Indonesian function-word list (telisik.cleantext)
MIN_STEM = 4
_CACHE_LIMIT = 500_000

# Derived words whose stem is a different word, and acronyms that look affixed. Kept whole.
KEEP = frozenset(
    """
    anggaran pakaian lapangan bandara pengadilan pemilu pemilukada pemda pemkab pemkot pemprov pilkada
    pilpres pileg pertamina pelni perpres perda perppu permen pergub perbup perwal
    """.split()
)
# A root whose derived forms all belong to one different word: `dianggarkan`, `penganggaran`, `anggarannya`
# are about the budget (`anggaran`), while `anggar` alone (fencing) stays itself.
REDIRECT = {"anggar": "anggaran"}
# Words Sastrawi shortens wrongly that have an obvious right stem.
FIXED = {
    "menelan": "telan",
    "ditelan": "telan",
    "tertelan": "telan",
}

_TOKEN = re.compile(r"[^\W_]+")
_cache: dict[str, str] = {}
_sastrawi = None
_roots: frozenset[str] | None = None
_roots_text: str | None = None
_text_lookups = 0
_TEXT_LOOKUP_LIMIT = 64


def tokenize(text: str) -> list[str]:
    """The words of `text`, folded, split like FTS5's unicode61 tokenizer (letters and digits)."""
    if text.isascii():  # the common case, ~10x faster than folding character by character
        return _TOKEN.findall(text.lower())
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text).lower())
    return [t if t.isascii() else fold(t) for t in tokens]


class _RootWords:
    """Sastrawi's dictionary interface over a frozenset (its ArrayDictionary scans a list: ~1 ms a lookup)."""

    def __init__(self, words: frozenset[str]):
        self.words = words

    def contains(self, word: str) -> bool:
        return word in self.words

    def count(self) -> int:
        return len(self.words)


def _root_words() -> frozenset[str]:
    """Sastrawi's 29k root words (a root word is its own stem) as a set, for bulk stemming and Sastrawi."""
    global _roots
    if _roots is None:
        _roots = frozenset(_root_words_text().split())
    return _roots


def _root_words_text() -> str:
    """The root-word file as text, one word a line, wrapped in newlines; read without importing Sastrawi."""
    global _roots_text
    if _roots_text is None:
        import importlib.util
        import os

        spec = importlib.util.find_spec("Sastrawi")
        directory = list(spec.submodule_search_locations or [])[0] if spec else ""
        path = os.path.join(directory, "Stemmer", "data", "kata-dasar.txt")
        # A plain path, not importlib.resources: that import alone costs ~25 ms of start-up.
        with open(path, encoding="utf-8") as handle:
            _roots_text = "\n" + handle.read() + "\n"
    return _roots_text


def _is_root_word(word: str) -> bool:
    """Whether `word` (letters only) is a root word. The first lookups of a process (a search query's few
    words) scan the text (~15 us each) instead of building the 29k-word set (~4 ms of `telisik search`
    start-up); indexing, which looks up thousands of words, switches to the set."""
    global _text_lookups
    if _roots is None and _text_lookups < _TEXT_LOOKUP_LIMIT:
        _text_lookups += 1
        text = _root_words_text()
        # One line of the file holds a word and a note (`oper "v,"`): the set has its first word too.
        return f"\n{word}\n" in text or f"\n{word} " in text
    return word in _root_words()


def _engine():
    global _sastrawi
    if _sastrawi is None:
        # Importing Sastrawi's affix rules costs ~30-60 ms: only done when a word is not a root word, so a
        # search for root words (most searches) starts without it.
        from Sastrawi.Stemmer.Stemmer import Stemmer

        _sastrawi = Stemmer(_RootWords(_root_words()))
    return _sastrawi


def stem_word(word: str) -> str:
    """The stem of one folded word (see `tokenize`); other than plain letters: returned unchanged."""
    cached = _cache.get(word)
    if cached is not None:
        return cached
    result = _stem_uncached(word)
    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    _cache[word] = result
    return result


def _stem_uncached(word: str) -> str:
    if word in FIXED:
        return FIXED[word]
    if len(word) <= MIN_STEM or word in KEEP or not word.isalpha() or not word.isascii():
        return word
    if _is_root_word(word):  # Sastrawi's own first step, without loading its rules
        return word
    stem = _engine().stem_word(word)
    if not stem or len(stem) < MIN_STEM:
        return word
    if stem in REDIRECT and word != stem:
        return REDIRECT[stem]
    return stem


def stem_text(text: str) -> str:
    """The stems of the words of `text`, space-separated: what the stem index holds for it."""
    return " ".join(stem_word(token) for token in tokenize(text))


def stems(words: Iterable[str]) -> list[str]:
    return [stem_word(w) for w in words]


def looks_indonesian(text: str, *, sample_words: int = 300) -> bool:
    """True when Indonesian function words make up a good share of the first words of `text`."""
    tokens = tokenize(text[:4000])[:sample_words]
    if len(tokens) < 8:
        return False
    hits = sum(1 for t in tokens if t in INDONESIAN_FUNCTION_WORDS)
    return hits / len(tokens) >= 0.06


def applies_to(language: str | None, title: str | None, body: str | None) -> bool:
    """Should this article be stemmed? Indonesian ('id', 'in', 'id-ID'...) yes; another language no;
    unlabelled pages by a function-word test of their text."""
    if language:
        primary = language.strip().lower().replace("_", "-").split("-")[0]
        return primary in ("id", "in")
    return looks_indonesian(f"{title or ''} {body or ''}")
