"""The `telisik` command: a click group whose subcommands live in their own modules.

Subcommands are imported only when invoked, so `telisik --help` and `telisik search` never pay for httpx
or bs4. Each subcommand module holds thin click wrappers around library functions.
"""

from __future__ import annotations

import errno
import importlib
import importlib.util
import os
import sys
from typing import Any

import click

from telisik import __version__
from telisik.cli.common import CommandError
from telisik.errors import TelisikError

# command name -> "module:attribute" of the click command
COMMANDS: dict[str, tuple[str, str]] = {
    "fetch": ("telisik.cli.fetch_cmd:fetch", "Download articles by URL, extract them and store them."),
    "search": ("telisik.cli.search_cmd:search", "Find stored articles by keyword."),
    "show": ("telisik.cli.search_cmd:show", "Print one stored article."),
    "crawl": ("telisik.cli.crawl_cmd:crawl", "Archive every new article of the configured sites."),
    "sites": ("telisik.cli.crawl_cmd:sites", "Add, list and remove the sites that crawl archives."),
    "history": ("telisik.cli.archive_cmd:history", "List the stored versions of an article."),
    "diff": ("telisik.cli.archive_cmd:diff", "Show what changed between two versions of an article."),
    "changes": ("telisik.cli.changes_cmd:changes", "List articles edited, removed or restored lately."),
    "reparse": ("telisik.cli.archive_cmd:reparse", "Re-extract stored articles from their raw HTML."),
    "export": ("telisik.cli.archive_cmd:export", "Export articles as JSONL, CSV or WARC."),
    "import": ("telisik.cli.archive_cmd:import_", "Archive saved WARC or HTML files."),
    "list": ("telisik.cli.stats_cmd:list_", "List recent articles, newest first."),
    "stats": ("telisik.cli.stats_cmd:stats", "Count articles over time, per site or per query."),
    "delete": ("telisik.cli.stats_cmd:delete", "Delete articles with their versions and captures."),
    "serve": ("telisik.cli.serve_cmd:serve", "Browse the archive in a web browser (read-only)."),
    "prune": ("telisik.cli.prune_cmd:prune", "List or remove stored pages that are not articles."),
    "copy": ("telisik.cli.copy_cmd:copy", "Copy a whole archive: SQLite to PostgreSQL and back."),
}


class LazyGroup(click.Group):
    """A group that imports a subcommand's module only when that subcommand runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._available(name)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        target, _ = COMMANDS[cmd_name]
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # command not built yet
                return None
            raise
        return getattr(module, attr, None)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Short help comes from the table above, so listing commands imports nothing.
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> object:
        """A TelisikError a command did not handle ends it the click way: one line, its exit status; so do a
        damaged archive (SQLite's error, at any query) and output that cannot be written (a full disk)."""
        try:
            return super().invoke(ctx)
        except TelisikError as exc:
            raise CommandError(exc.reason, exc.exit_code) from None
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # `| head`: click ends quietly
                raise
            raise CommandError(os_error_line(exc)) from None
        except Exception as exc:
            line = database_failure_line(exc)
            if line is None:
                raise
            raise CommandError(line) from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Output still buffered when the command ends is written here, where a failure (`> /dev/full`) can
        still end the command with one line instead of Python's 'Exception ignored' at exit."""
        try:
            return super().main(*args, **kwargs)
        finally:
            _flush_stdout()

    @staticmethod
    def _available(name: str) -> bool:
        module_name = COMMANDS[name][0].split(":")[0]
        return importlib.util.find_spec(module_name) is not None


def os_error_line(exc: OSError) -> str:
    """One line for an OSError no command handled: writing the output, most often."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"cannot write the output: {reason}"
    return f"{reason}: {exc.filename}" if exc.filename else reason


# SQLite messages that mean the file itself is damaged, not busy or misused.
_DAMAGE_WORDS = (
    "malformed",
    "vtable constructor",
    "unrecognized option",  # an FTS5 table whose definition was damaged
    "decode",
    "not a database",
    "no such table",
    "corrupt",
)


def database_failure_line(exc: Exception) -> str | None:
    """One line for an archive that fails at a query (a damaged file), or None for any other exception."""
    from telisik.archive.sql import DatabaseFailure, reason_of

    if not isinstance(exc, DatabaseFailure):
        return None
    reason = reason_of(exc)
    if any(word in reason for word in _DAMAGE_WORDS):
        return f"the archive is damaged ({reason}); `sqlite3 FILE .recover` may save what is left"
    return f"the archive failed: {reason}"


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    except OSError as exc:
        click.echo(f"telisik: {os_error_line(exc)}", err=True)
        _drop_stdout()
        raise SystemExit(1) from None
    else:
        return
    _drop_stdout()


def _drop_stdout() -> None:
    # what could not be written is dropped, so the interpreter's own final flush is silent
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's buffer)
        pass


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""\b
Examples:
  telisik fetch https://blora.telisikfakta.com/2026/01/27/banjir-cepu/
  telisik search banjir --site blora.telisikfakta.com --since 2026-01-01
  telisik sites add https://blora.telisikfakta.com && telisik crawl

The archive is one SQLite file: --db PATH or TELISIK_DB set it (default: the user data directory).
A team shares one on PostgreSQL: --db postgresql://user@host/dbname (`telisik copy` moves one there).""",
)
@click.version_option(__version__, prog_name="telisik")
def main() -> None:
    """Archive news articles: fetch, extract, store in SQLite, search, crawl nightly."""
