"""Numeric command-line options, range-checked: one click type for every number a command accepts.

click's FloatRange lets `nan` through (every comparison with it is false) and `inf`, and IntRange takes
`99999999999999999999`, which later overflows SQLite or a sleep. `Bounded` refuses anything that is not a
finite number within [low, high] with one usage line (exit 2), the way click reports any bad option.
"""

from __future__ import annotations

import math
from typing import Any

import click

# Upper bounds: far above any sensible use, low enough that nothing downstream overflows or hangs for days.
MAX_SECONDS = 24 * 3600.0  # a timeout or a delay of more than a day is a typo
MAX_COUNT = 10_000_000  # articles, URLs, hits
MAX_MB = 4096.0  # a page or a record
MAX_WORKERS = 256  # processes or sites at once
MAX_DAYS = 100 * 366
MAX_VERSION = 2**62  # fits SQLite's INTEGER


class Bounded(click.ParamType):
    """A finite number within [low, high]: `integer=True` for whole numbers (`--max-articles`), else a float
    (`--delay`, `--timeout`). nan, inf, out-of-range and absurdly large values are usage errors."""

    def __init__(self, low: float, high: float, *, integer: bool = False) -> None:
        self.low = low
        self.high = high
        self.integer = integer
        self.name = "integer" if integer else "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = self._parse(value, param, ctx)
        if not self.low <= number <= self.high:
            self.fail(f"{value!r} is not within {self._range()}", param, ctx)
        return number

    def _parse(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int | float:
        if isinstance(value, bool):
            self.fail(f"{value!r} is not a number", param, ctx)
        text = str(value).strip()
        try:
            number: int | float = int(text) if self.integer else float(text)
        except ValueError:
            kind = "a whole number" if self.integer else "a number"
            self.fail(f"{value!r} is not {kind}", param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number (expected {self._range()})", param, ctx)
        return number

    def _range(self) -> str:
        return f"{_shown(self.low)}..{_shown(self.high)}"

    def get_metavar(self, param: click.Parameter, *args: Any, **kwargs: Any) -> str | None:
        return None  # each option names its own metavar (SECONDS, N, MB)

    def __repr__(self) -> str:
        return f"Bounded({self.low}, {self.high}, integer={self.integer})"


def _shown(value: float) -> str:
    return f"{value:g}" if not float(value).is_integer() else str(int(value))


def seconds(low: float = 0.0, high: float = MAX_SECONDS) -> Bounded:
    return Bounded(low, high)


def count(low: int = 0, high: int = MAX_COUNT) -> Bounded:
    return Bounded(low, high, integer=True)
