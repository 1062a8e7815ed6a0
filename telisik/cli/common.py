"""What every subcommand shares: the options (--db, --site, --since/--until, --format, --rules), errors that
carry their exit status the click way, and terminal-safe printing. Light: `telisik search` imports it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from telisik.archive import Archive, Reader
    from telisik.extract.siterules import SiteRules

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, NoReturn

import click

from telisik.cleantext import strip_control_chars
from telisik.errors import EXIT_FAILED, EXIT_USAGE
from telisik.records import write_records
from telisik.times import parse_day_or_instant

DB_ENV_VAR = "TELISIK_DB"


def default_db_path() -> str:
    """The archive's default location: the user's data directory, by platform convention."""
    import platformdirs

    return os.path.join(platformdirs.user_data_dir("telisik", appauthor=False), "telisik.db")


def resolve_db_path(value: str | None, *, create: bool = False) -> str:
    """--db wins, then $TELISIK_DB, then the platform default. `~` is expanded (a shell leaves it alone in
    `TELISIK_DB='~/x.db'`). Only the default location's directory is created, and only when `create` (a
    command that archives): a --db in a directory that does not exist is an error, never `mkdir -p`."""
    value = value or os.environ.get(DB_ENV_VAR)
    if value and "://" in value:  # a database URL (postgresql://…) is passed on as it is
        return value
    if value:
        return os.path.expanduser(value)
    path = default_db_path()
    if create:
        os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def shown_db(target: str) -> str:
    """The archive's path or URL as a message shows it: a database URL without its password."""
    if "://" not in target:
        return target
    from telisik.archive.postgres import redacted

    return redacted(target)


def db_option(func: Callable) -> Callable:
    """--db PATH, also settable with TELISIK_DB."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        metavar="PATH|URL",
        envvar=DB_ENV_VAR,
        show_envvar=True,
        help="Archive to use: an SQLite file, or a PostgreSQL database as postgresql://user@host/dbname. "
        "Default: telisik.db in the user data directory.",
    )(func)


rules_option = click.option(
    "--rules",
    "rules_paths",
    type=click.Path(exists=True),
    multiple=True,
    help="Site rules (TOML file or directory) for sites the generic extractor gets wrong.",
)


def load_rules(paths: tuple[str, ...]) -> dict[str, SiteRules] | None:
    """Site rules by host from --rules paths; a bad file is a usage error (exit 2) with a one-line reason."""
    if not paths:
        return None
    from telisik.extract.siterules import SiteRulesError, load_site_rules

    try:
        return load_site_rules(paths)
    except SiteRulesError as exc:
        fail(str(exc), code=EXIT_USAGE)


def format_option(*choices: str, default: str) -> Callable[[Callable], Callable]:
    """--format with the given choices."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )


def safe(value: Any) -> str:
    """Text scraped from the web, made safe for a terminal: no control characters, ANSI escapes or
    invisible characters that spoof what is shown (bidi overrides, zero-width spaces)."""
    return strip_control_chars("" if value is None else str(value))


# A URL or message longer than this is shortened in what is printed (a 2 MB URL is not echoed whole).
MAX_SHOWN = 200


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """`text` cut to `limit` characters with an ellipsis in the middle: the start (scheme, host, path) and
    the end (the slug) of a long URL both stay recognisable."""
    if len(text) <= limit:
        return text
    tail = limit // 4
    return f"{text[: limit - tail - 1]}…{text[-tail:]}"


def shown(value: Any, limit: int = MAX_SHOWN) -> str:
    """Scraped or user-given text as it goes into a message line: `safe`, and every word longer than
    `limit` (a 2 MB URL, also inside a reason) shortened with `shorten`; the rest of the message stays."""
    text = safe(value)
    if len(text) <= limit:
        return text
    import re

    return re.sub(rf"\S{{{limit + 1},}}", lambda match: shorten(match.group(), limit), text)


csv_raw_option = click.option(
    "--csv-raw",
    is_flag=True,
    help="CSV cells exactly as stored: no quote before a leading = + - @ (spreadsheet formula protection).",
)


def emit_records(
    records: Iterable[dict[str, Any]],
    output_format: str,
    columns: Sequence[str] | None = None,
    *,
    csv_raw: bool = False,
) -> int:
    """Write records to stdout as json (one array), jsonl or csv (`telisik.records`). Returns how many."""
    try:
        return write_records(records, sys.stdout, output_format, columns, csv_raw=csv_raw)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


class CommandError(click.ClickException):
    """A one-line error that ends a command with `exit_code`; click prints it (as `telisik: ...`) and exits."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc, unused-ignore]  # click declares it on the class (a ClassVar in newer stubs); per error here

    def show(self, file: Any = None) -> None:
        click.echo(f"telisik: {shown(self.format_message())}", err=True)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """End the command with a one-line error on stderr and exit status `code`."""
    raise CommandError(message, code)


# ------------------------------------------------------------------------------------------ shared options


class DayOrInstant(click.ParamType):
    """--since/--until: `YYYY-MM-DD` is a calendar day (compared with the article's own local date), an
    ISO 8601 time with `T` an instant. One parser for every command (`telisik.times.parse_day_or_instant`)."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> date | datetime:
        if isinstance(value, (date, datetime)):
            return value
        try:
            return parse_day_or_instant(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


DAY_OR_INSTANT = DayOrInstant()


def site_option(what: str = "articles") -> Callable[[Callable], Callable]:
    """--site: a host name or a pasted URL; case, IDN, port and a trailing dot do not matter
    (`telisik.urls.site_filter`, applied by the archive)."""
    return click.option(
        "--site",
        metavar="HOST",
        help=f"Only {what} of this site (host name or URL, e.g. blora.telisikfakta.com).",
    )


def since_option(
    help: str = "Only articles published on or after this date (the article's own local date).",
) -> Callable[[Callable], Callable]:
    return click.option("--since", type=DAY_OR_INSTANT, metavar="YYYY-MM-DD", help=help)


def until_option(
    help: str = "Only articles published on or before this date (the article's own local date).",
) -> Callable[[Callable], Callable]:
    return click.option("--until", type=DAY_OR_INSTANT, metavar="YYYY-MM-DD", help=help)


def open_archive(db_path: str | None, *, create: bool = True) -> Archive:
    """The archive at --db (or $TELISIK_DB, or the default), writable and its schema up to date; created
    only when `create` (commands that archive: fetch, crawl, import, sites add). A file that cannot be used
    ends the command with one line."""
    from telisik import archive  # here: the light fast path of `search` and `show` imports this module too

    try:
        return _closed_with_command(archive.open_db(resolve_db_path(db_path, create=create), create=create))
    except archive.StoreError as exc:
        fail(exc.reason, exc.exit_code)


def open_archive_reader(db_path: str | None) -> Reader:
    """The archive at --db, read-only, for commands that only read (no sqlite-utils import)."""
    from telisik import archive

    try:
        return _closed_with_command(archive.open_reader(resolve_db_path(db_path)))
    except archive.StoreError as exc:
        fail(exc.reason, exc.exit_code)


def _closed_with_command(db: Any) -> Any:
    """The archive handle, closed when the running command ends: a PostgreSQL session is ended at once
    rather than when the interpreter collects it (a server counts its connections)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(db.close)
    return db
