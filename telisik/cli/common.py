"""Options and output helpers shared by every subcommand: --db, --format, and terminal-safe printing."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click

from telisik.cleantext import strip_control_chars

DB_ENV_VAR = "TELISIK_DB"


def default_db_path() -> str:
    """The archive's default location: the user's data directory, by platform convention."""
    import platformdirs

    return os.path.join(platformdirs.user_data_dir("telisik", appauthor=False), "telisik.db")


def resolve_db_path(value: str | None) -> str:
    """--db wins, then $TELISIK_DB, then the platform default; the parent directory is created."""
    path = value or os.environ.get(DB_ENV_VAR) or default_db_path()
    parent = os.path.dirname(os.path.abspath(path))
    os.makedirs(parent, exist_ok=True)
    return path


def db_option(func: Callable) -> Callable:
    """--db PATH, also settable with TELISIK_DB."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        envvar=DB_ENV_VAR,
        show_envvar=True,
        help="SQLite archive to use. Default: telisik.db in the user data directory.",
    )(func)


rules_option = click.option(
    "--rules",
    "rules_paths",
    type=click.Path(exists=True),
    multiple=True,
    help="Site rules (TOML file or directory) for sites the generic extractor gets wrong.",
)


def load_rules(paths: tuple[str, ...]) -> dict | None:
    """Site rules by host from --rules paths; a bad file is a usage error (exit 2) with a one-line reason."""
    if not paths:
        return None
    from telisik.extract.siterules import SiteRulesError, load_site_rules

    try:
        return load_site_rules(paths)
    except SiteRulesError as exc:
        fail(str(exc), code=2)


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
    """Text scraped from the web, made safe for a terminal: no control characters or ANSI escapes."""
    return strip_control_chars("" if value is None else str(value))


def _sanitize(value: Any) -> Any:
    if isinstance(value, str):
        return strip_control_chars(value)
    if isinstance(value, list):
        return [_sanitize(v) for v in value]
    if isinstance(value, dict):
        return {k: _sanitize(v) for k, v in value.items()}
    return value


def emit_records(records: Iterable[dict[str, Any]], output_format: str, columns: Sequence[str] | None = None) -> int:
    """Write records to stdout as json (one array), jsonl or csv. Returns how many were written.

    JSON escapes control characters itself; CSV and tables get them stripped.
    """
    import csv  # here, not at module level: `telisik search` start-up pays only for what it prints
    import json

    out = sys.stdout
    count = 0
    if output_format == "json":
        out.write("[")
        for count, record in enumerate(records, 1):
            out.write(("\n" if count == 1 else ",\n") + json.dumps(record, ensure_ascii=False, default=str))
        out.write("\n]\n" if count else "]\n")
    elif output_format == "jsonl":
        for count, record in enumerate(records, 1):
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif output_format == "csv":
        writer = None
        for count, record in enumerate(records, 1):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(columns or record.keys()), extrasaction="ignore")
                writer.writeheader()
            writer.writerow({k: _csv_cell(v) for k, v in _sanitize(record).items()})
    else:
        raise click.UsageError(f"unknown format {output_format!r}")
    return count


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return value


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error on stderr and exit with `code`."""
    click.echo(f"telisik: {safe(message)}", err=True)
    sys.exit(code)
