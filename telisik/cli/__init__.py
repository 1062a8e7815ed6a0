"""The `telisik` command: a click group whose subcommands live in their own modules.

Subcommands are imported only when invoked, so `telisik --help` and `telisik search` never pay for httpx
or bs4. Each subcommand module holds thin click wrappers around library functions.
"""

from __future__ import annotations

import importlib
import importlib.util

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
    "reparse": ("telisik.cli.archive_cmd:reparse", "Re-extract stored articles from their raw HTML."),
    "export": ("telisik.cli.archive_cmd:export", "Export articles as JSONL, CSV or WARC."),
    "import": ("telisik.cli.archive_cmd:import_", "Archive saved WARC or HTML files."),
    "prune": ("telisik.cli.prune_cmd:prune", "List or remove stored pages that are not articles."),
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
        """A TelisikError a command did not handle ends it the click way: one line, its exit status."""
        try:
            return super().invoke(ctx)
        except TelisikError as exc:
            raise CommandError(exc.reason, exc.exit_code) from None

    @staticmethod
    def _available(name: str) -> bool:
        module_name = COMMANDS[name][0].split(":")[0]
        return importlib.util.find_spec(module_name) is not None


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""\b
Examples:
  telisik fetch https://blora.telisikfakta.com/2026/01/27/banjir-cepu/
  telisik search banjir --site blora.telisikfakta.com --since 2026-01-01
  telisik sites add https://blora.telisikfakta.com && telisik crawl

The archive is one SQLite file: --db PATH or TELISIK_DB set it (default: the user data directory).""",
)
@click.version_option(__version__, prog_name="telisik")
def main() -> None:
    """Archive news articles: fetch, extract, store in SQLite, search, crawl nightly."""
