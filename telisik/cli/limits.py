"""--timeout and --max-size, shared by `fetch` and `crawl`, with the defaults of `telisik.fetch.FetchLimits`.

Apart from `common` because it imports `telisik.fetch` (httpx): `search` and `show` must not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from telisik.cli.numbers import MAX_MB, Bounded, seconds
from telisik.fetch import MB, FetchLimits

_DEFAULTS = FetchLimits()


def _shown(value: float) -> float | int:
    """60.0 -> 60, so --help reads `[default: 60]`."""
    return int(value) if float(value).is_integer() else value


def timeout_option(help: str = "Seconds allowed per request, in all.") -> Callable[[Callable], Callable]:
    return click.option(
        "--timeout",
        type=seconds(1),
        default=_shown(_DEFAULTS.total_timeout),
        show_default=True,
        metavar="SECONDS",
        help=help,
    )


def max_size_option(help: str = "Largest page accepted, in MB.") -> Callable[[Callable], Callable]:
    return click.option(
        "--max-size",
        "max_mb",
        type=Bounded(0.1, MAX_MB),
        default=_shown(_DEFAULTS.max_bytes / MB),
        show_default=True,
        metavar="MB",
        help=help,
    )


def limits_from(timeout: float | None, max_mb: float | None) -> FetchLimits:
    return FetchLimits.from_options(max_size_mb=max_mb, timeout=timeout)
