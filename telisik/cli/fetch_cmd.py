"""`telisik fetch`: archive articles by URL."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from telisik.archiver import ANY_HOST, ArchiveOutcome, archive_url
from telisik.cli.common import db_option, format_option, load_rules, open_archive, rules_option, shown
from telisik.cli.limits import limits_from, max_size_option, timeout_option
from telisik.cli.numbers import seconds
from telisik.crawl.robots import DEFAULT_DELAY, FetchManners
from telisik.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK
from telisik.fetch import make_client
from telisik.urls import strip_userinfo

EXAMPLES = """\b
Examples:
  telisik fetch https://blora.telisikfakta.com/2026/01/27/banjir-rendam-ratusan-rumah-di-cepu/
  telisik fetch --from-file urls.txt --format jsonl > articles.jsonl
  grep -h '^https' links/*.txt | telisik fetch -

Each URL gets one line on stderr: new, updated, unchanged or failed (with the reason).
A page that is not an article (a home, section, tag or author page, a static page such as
Kontak or Pedoman Media Siber, search results) fails with the reason, unless --any-page.
Exit status: 0 when every URL was archived, 1 when any failed, 130 interrupted (Ctrl-C, SIGTERM)."""


@click.command(epilog=EXAMPLES)
@click.argument("urls", nargs=-1)
@click.option(
    "--from-file",
    "from_file",
    type=click.File("r", encoding="utf-8"),
    help="Read URLs from FILE, one per line.",
)
@db_option
@format_option("text", "jsonl", default="text")
@timeout_option("Seconds allowed per URL, in all: retries and further pages included.")
@max_size_option()
@click.option(
    "--delay",
    type=seconds(),
    default=DEFAULT_DELAY,
    show_default=True,
    metavar="SECONDS",
    help="Seconds between URLs of one host (robots.txt Crawl-delay wins when larger).",
)
@click.option(
    "--ignore-robots",
    is_flag=True,
    help="Fetch even what the site's robots.txt disallows (for a URL you insist on).",
)
@click.option("--single-page", is_flag=True, help="Do not follow the further pages of a multi-page article.")
@click.option(
    "--trust-canonical",
    is_flag=True,
    help="Key articles by the canonical URL their pages name even on another site (a mirror you trust).",
)
@click.option(
    "--any-page",
    is_flag=True,
    help="Also keep pages that are not articles, marked with their kind (search and export leave them out "
    "unless asked).",
)
@rules_option
def fetch(
    urls,
    from_file,
    db_path,
    output_format,
    timeout,
    max_mb,
    delay,
    ignore_robots,
    single_page,
    trust_canonical,
    any_page,
    rules_paths,
) -> None:
    """Download articles, extract them and store them in the archive.

    URLS are article addresses; `-` reads more from standard input. robots.txt is obeyed and the URLs of
    one host are fetched at least --delay seconds apart, as `telisik crawl` does. Ctrl-C stops with a
    summary (exit 130); what was archived is kept.
    """
    wanted = list(_iter_urls(urls, from_file))
    if not wanted:
        raise click.UsageError("no URL given (pass URLs, '-' for stdin, or --from-file FILE)")

    rules_by_host = load_rules(rules_paths)
    limits = limits_from(timeout, max_mb)
    db = open_archive(db_path)
    tally = _Tally(len(wanted))
    with make_client(limits) as client, _signals_as_interrupt():
        manners = FetchManners(client, limits, delay=delay, ignore_robots=ignore_robots)
        try:
            for url in wanted:
                outcome = _fetch_one(
                    url,
                    db,
                    client,
                    manners,
                    limits,
                    rules_by_host=rules_by_host,
                    follow_pages=not single_page,
                    trusted_hosts=[ANY_HOST] if trust_canonical else [],
                    any_page=any_page,
                )
                tally.add(outcome)
                _report(outcome)
                if output_format == "jsonl" and outcome.article is not None and outcome.ok:
                    record = outcome.article.to_dict() | {"id": outcome.article_id}
                    click.echo(json.dumps(record, ensure_ascii=False))
        except KeyboardInterrupt:
            click.echo(f"telisik: interrupted: {tally.summary()}", err=True)
            click.get_current_context().exit(EXIT_INTERRUPTED)
    click.get_current_context().exit(EXIT_FAILED if tally.failed else EXIT_OK)


def _fetch_one(url, db, client, manners, limits, **options: Any) -> ArchiveOutcome:
    """One URL: refused when robots.txt disallows it, else archived (`archive_url` with `options`) once its
    host's delay has passed."""
    refusal = manners.refusal(url)
    if refusal:
        return ArchiveOutcome(strip_userinfo(url), "failed", refusal)
    with manners.turn(url):
        return archive_url(url, db=db, client=client, limits=limits, **options)


class _Tally:
    """What a fetch run did so far, for the summary printed when it is interrupted."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.by_status: dict[str, int] = {}

    def add(self, outcome: ArchiveOutcome) -> None:
        self.by_status[outcome.status] = self.by_status.get(outcome.status, 0) + 1

    @property
    def failed(self) -> int:
        return self.by_status.get("failed", 0)

    def summary(self) -> str:
        done = sum(self.by_status.values())
        parts = [f"{self.by_status.get(s, 0)} {s}" for s in ("new", "updated", "unchanged", "failed")]
        return f"{done} of {self.total} URLs done ({', '.join(parts)}), {self.total - done} not fetched"


@contextmanager
def _signals_as_interrupt() -> Iterator[None]:
    """SIGINT and SIGTERM stop the run like Ctrl-C (summary, exit 130), as they stop a crawl; SIGINT too,
    since a process started with SIGINT ignored (a background job) would otherwise never see it."""

    def interrupt(signum, frame) -> None:
        raise KeyboardInterrupt

    try:
        previous = {signum: signal.signal(signum, interrupt) for signum in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread (an embedding caller): leave signals alone
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _iter_urls(urls: tuple[str, ...], from_file) -> Iterator[str]:
    sources = [list(urls)]
    if from_file is not None:
        sources.append(from_file)
    for source in sources:
        for item in source:
            item = item.strip()
            if item == "-":
                yield from (line.strip() for line in sys.stdin if line.strip() and not line.startswith("#"))
            elif item and not item.startswith("#"):
                yield item


def _report(outcome) -> None:
    title = outcome.article.title if outcome.article and outcome.article.title else ""
    detail = outcome.reason if outcome.status == "failed" else title
    if outcome.ok and outcome.reason:
        detail = f"{title} ({outcome.reason})"
    click.echo(f"{outcome.status:<9} {shown(outcome.url)}  {shown(detail)}".rstrip(), err=True)
