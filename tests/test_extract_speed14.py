"""`strip_inert_markup` finds each block's end with substring searches: the same matches as `_INERT.sub`."""

from __future__ import annotations

import random
import re

import pytest

from telisik.extract import prestrip
from telisik.extract.prestrip import MAX_BLOCK_CHARS


def _reference(text: str) -> str:
    """The one-regex definition: `_INERT.sub` with the replacement rules."""

    def replace(match: re.Match[str]) -> str:
        kind = match.group("raw")
        if kind is None:
            return "<svg></svg>" if match.group(0)[1] in "sS" else ""
        if kind.lower() == "script" and "json" in match.group("attrs").lower():
            return match.group(0)
        return ""

    return prestrip._INERT.sub(replace, text)


EDGES = [
    "<script>a</script >b",
    "<SCRIPT x>a</script\n>c",
    "<script>a</script\u3000>c",
    # re.I literals accept `ſ` for `s` and `ı` for `i`; the backreference that closes a script does not
    "<ſcript>a</ſcript>x<script>b</ſcript>c</script>",
    "<scrİpt>a</script>",
    "<script>a</scrİpt>b",
    "<script>a</scrıpt>y</SCRIPT>z",
    "<!---->a<!-->b<!--->c<!-- d -->e",
    "<svg a='1'><g/></svg>",
    "<ſvg></svg>x",
    "<svg></ſvg>x",
    'x="<script>a</script>"',
    "<script>unclosed <!-- x --> <style>s</style>",
    "<script type='application/ld+json'>{}</script>",
    "<noscript><script>x</script></noscript>",
    "<script>x</script</script>",
    "<script>x</scripts></script>",
    "<script " + "a" * 2000 + ">x</script>",
    "<script " + "a" * 2001 + ">x</script>",
    "<style>" + "a" * MAX_BLOCK_CHARS + "</style  >b",
    "<style>" + "a" * (MAX_BLOCK_CHARS + 1) + "</style>b",
    "<!--" + "a" * MAX_BLOCK_CHARS + "-->b",
    "<!--" + "a" * (MAX_BLOCK_CHARS + 1) + "-->b",
    "<svg>" + "a" * (MAX_BLOCK_CHARS - 5) + "</svg><svg>" + "a" * (MAX_BLOCK_CHARS + 1) + "</svg>",
]


@pytest.mark.parametrize("text", EDGES)
def test_strip_inert_markup_matches_the_regex_definition(text: str) -> None:
    assert prestrip._strip_blocks(text) == _reference(text)


def test_strip_inert_markup_matches_the_regex_definition_on_random_markup() -> None:
    atoms = "< > </ script SCRIPT style svg noscript <!-- --> - ! ſ İ ı a ' \" = json /".split() + [" ", "\n"]
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 30)))
        assert prestrip._strip_blocks(text) == _reference(text), text
