"""Issue #15 item 5: a filter never loses entries for good. A first `crawl --since D` skips older feed and
sitemap entries; the next run's sources answer 304 (nothing new), yet a run without the filter archives them:
what a filter skipped is remembered in the crawl state (`site_urls`, outcome 'filtered', with the date its
source gave and why) and judged again by each later run's filters."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from support.sitenet import SiteNet

from telisik.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def crawl(db_path: str, *args: str) -> dict:
    result = run("crawl", "--db", db_path, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["sites"][0]


def stored_urls(db_path: str) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        return {row[0] for row in conn.execute("SELECT url FROM articles")}
    finally:
        conn.close()


@pytest.mark.slow
def test_entries_skipped_by_since_are_archived_when_the_filter_widens(db_path):
    with SiteNet(n_sites=1, articles=8) as net:
        site = net.sites[0]
        assert run("sites", "add", site.url, "--delay", "0", "--db", db_path).exit_code == 0
        # The home page lists the 5 newest (undated links); the 3 oldest are only in the feed and sitemaps.
        first = crawl(db_path, "--since", "2026-01-21")
        oldest = {site.url.rstrip("/") + a.path() for a in site.public_articles()[5:]}
        assert first["archived"] == 5
        assert not oldest & stored_urls(db_path)

        second = crawl(db_path)  # nothing changed on the site: its sources answer 304
        assert second["not_modified"] >= 3
        assert second["archived"] == 3, second  # before #15 item 5: 0, lost for good
        assert first["filtered"] >= 3
        assert oldest <= stored_urls(db_path)
        assert len(stored_urls(db_path)) == 8

        third = crawl(db_path)
        assert (third["archived"], third["filtered"]) == (0, 0)


@pytest.mark.slow
def test_a_narrower_since_later_still_skips_and_remembers(db_path):
    with SiteNet(n_sites=1, articles=8) as net:
        site = net.sites[0]
        assert run("sites", "add", site.url, "--delay", "0", "--db", db_path).exit_code == 0
        crawl(db_path, "--since", "2026-01-21")
        again = crawl(db_path, "--since", "2026-01-21")  # the same filter: the remembered stay skipped
        assert again["archived"] == 0 and again["filtered"] >= 3
        conn = sqlite3.connect(db_path)
        rows = conn.execute("SELECT reason, listed_date FROM site_urls WHERE outcome = 'filtered'").fetchall()
        conn.close()
        assert rows and all("before --since 2026-01-21" in reason and listed for reason, listed in rows)
