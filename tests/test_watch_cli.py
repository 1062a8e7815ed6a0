"""The commands that report what the re-checks and the run history found: `changes`, `search --removed`,
`show`, `history`, `sites list` (health), the crawl's summary line and its exit status 4 (sites need
attention); `fetch` never stores a soft-404 page over an archived article. On the loopback test network."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from support.crawling import configure, crawl, crawled_site, url_of
from support.sitenet import SiteNet

from telisik.archive import get_article, list_versions, open_db
from telisik.cli import main
from telisik.crawl.health import attention_reason, challenge_reason
from telisik.errors import EXIT_ATTENTION

pytestmark = pytest.mark.both_backends


def cli(db_path, *args):
    return CliRunner().invoke(main, list(args), env={"TELISIK_DB": str(db_path)}, catch_exceptions=False)


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    """An archive after three runs: one article edited, one deleted (404), one turned into a soft 404, one
    redirected to the home page."""
    db_path = tmp_path_factory.mktemp("watch") / "archive.db"
    with SiteNet(n_sites=1, articles=6) as net:
        site = crawled_site(db_path, net)
        edited, deleted, soft, home = site.public_articles()[:4]
        site.edit(edited, title="Judul dikoreksi: banjir rendam 312 rumah")
        site.take_down(deleted, "404")
        site.take_down(soft, "soft404")
        site.take_down(home, "home")
        crawl(db_path, refresh_days=36500)
        crawl(db_path, refresh_days=36500)
        urls = {
            "edited": url_of(site, edited),
            "deleted": url_of(site, deleted),
            "soft": url_of(site, soft),
            "home": url_of(site, home),
        }
        yield db_path, urls


@pytest.mark.slow
def test_changes_lists_edits_and_removals_newest_first(watched):
    db_path, urls = watched
    result = cli(db_path, "changes", "--since", "7d", "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    by_url = {r["url"]: r for r in records}
    assert by_url[urls["edited"]]["change"] == "edited"
    assert "title changed" in by_url[urls["edited"]]["summary"]
    assert "words added" in by_url[urls["edited"]]["summary"]
    assert by_url[urls["deleted"]]["change"] == "removed" and "404" in by_url[urls["deleted"]]["summary"]
    assert by_url[urls["soft"]]["change"] == "removed"
    assert by_url[urls["home"]]["change"] == "removed" and "home page" in by_url[urls["home"]]["summary"]
    assert len(records) == 4
    whens = [r["when"] for r in records]
    assert whens == sorted(whens, reverse=True)
    table = cli(db_path, "changes")
    assert "removed" in table.output and "edited" in table.output and urls["deleted"] in table.output
    rows = list(csv.DictReader(io.StringIO(cli(db_path, "changes", "--format", "csv").output)))
    assert {r["change"] for r in rows} == {"edited", "removed"}
    assert cli(db_path, "changes", "--since", "2030-01-01", "--format", "json").output.strip() == "[]"
    bad = cli(db_path, "changes", "--since", "last tuesday")
    assert bad.exit_code == 2 and "--since" in bad.output


@pytest.mark.slow
def test_search_show_and_history_show_the_removal(watched):
    db_path, urls = watched
    hits = json.loads(cli(db_path, "search", "banjir", "--removed", "--format", "json").output)
    assert {h["url"] for h in hits} == {urls["deleted"], urls["soft"], urls["home"]}
    assert all(h["removed_since"] for h in hits)
    everything = json.loads(cli(db_path, "search", "banjir", "--format", "json", "--limit", "50").output)
    assert len(everything) > len(hits)
    assert cli(db_path, "search", "banjir", "--removed", "--count").output.strip() == "3"
    shown = cli(db_path, "show", urls["deleted"])
    assert "Removed:" in shown.output
    assert json.loads(cli(db_path, "show", urls["deleted"], "--format", "json").output)["removed_since"]
    history = cli(db_path, "history", urls["soft"])
    assert "removed from the site since" in history.output and "not-found page" in history.output
    # the archived text is still the article's, not the not-found page
    db = open_db(db_path)
    article = get_article(db, urls["soft"], with_capture=False)
    assert "tidak ditemukan" not in article.title.lower() and len(list_versions(db, urls["soft"])) == 1
    db.conn.close()


@pytest.mark.slow
def test_fetch_never_stores_a_soft_404_over_an_article(db_path):
    with SiteNet(n_sites=1, articles=3) as net:
        site = net.sites[0]
        article = site.public_articles()[0]
        url = url_of(site, article)
        assert cli(db_path, "fetch", url).exit_code == 0
        site.take_down(article, "soft404")
        again = cli(db_path, "fetch", url)
        assert again.exit_code == 1 and re.search(r"not[- ]found", again.output)
        db = open_db(db_path)
        assert get_article(db, url, with_capture=False).title == article.title
        assert len(list_versions(db, url)) == 1
        db.conn.close()


@pytest.mark.slow
def test_sites_list_health_and_attention_exit_status(db_path):
    with SiteNet(n_sites=2, articles=3) as net:
        configure(db_path, net)
        first = cli(db_path, "crawl", "--delay", "0", "--attention-runs", "2")
        assert first.exit_code == 0, first.output
        assert "0 re-checked, 0 edited, 0 removed" in first.output.splitlines()[-1]
        net.sites[1].blocked = True
        second = cli(db_path, "crawl", "--delay", "0", "--attention-runs", "2")
        assert second.exit_code == 1  # portal1 could not be crawled at all
        third = cli(db_path, "crawl", "--delay", "0", "--attention-runs", "2")
        # portal0 silent for two runs (nothing new), portal1 failing for two runs: both flagged
        assert "portal0: NEEDS ATTENTION: no new article for 2 runs" in third.output
        assert "portal1: NEEDS ATTENTION" in third.output and "need attention" in third.output
        net.sites[1].blocked = False
        net.sites[0].add_article()
        net.sites[1].add_article()
        fourth = cli(db_path, "crawl", "--delay", "0", "--attention-runs", "2")
        assert fourth.exit_code == 0, fourth.output
        net.sites[1].blocked = True
        cli(db_path, "crawl", "--delay", "0", "portal1")
        fifth = cli(db_path, "crawl", "--delay", "0", "--attention-runs", "2", "portal0")
        assert fifth.exit_code == 0  # one silent run is not enough
        sixth = cli(db_path, "crawl", "--delay", "0", "--attention-runs", "2", "portal0")
        assert sixth.exit_code == EXIT_ATTENTION, sixth.output
    health = {r["name"]: r for r in json.loads(cli(db_path, "sites", "list", "--format", "json").output)}
    assert health["portal0"]["articles_30_days"] >= 0 and health["portal0"]["last_new_article_at"]
    assert health["portal0"]["silent_days"] == 0 and health["portal0"]["failures_in_a_row"] == 0
    assert health["portal1"]["failures_in_a_row"] == 1 and "403" in health["portal1"]["last_failure"]
    assert health["portal1"]["blocked"] is True
    assert health["portal0"]["recheck"] == "1h,6h,1d,3d,7d,30d"
    table = cli(db_path, "sites", "list").output
    assert "blocked?" in table and "7D" in table


def test_attention_needs_n_runs_in_a_row():
    ok = {
        "status": "done",
        "new_articles": 2,
        "blocked": 0,
        "requests": 9,
        "error": None,
        "blocked_reason": None,
    }
    silent = {**ok, "new_articles": 0}
    failing = {**silent, "status": "failed", "error": "robots.txt: HTTP 503"}
    assert attention_reason([silent, silent, ok], 3) is None
    assert attention_reason([silent, silent, silent], 3) == "no new article for 3 runs"
    assert attention_reason([failing, failing, failing], 3) == "failing for 3 runs: robots.txt: HTTP 503"
    assert attention_reason([failing, failing], 3) is None  # not enough history yet
    one_refused = {**silent, "blocked": 1, "blocked_reason": "HTTP 403 Forbidden"}
    walled = {**one_refused, "blocked": 8}
    assert attention_reason([one_refused] * 3, 3) == "no new article for 3 runs"
    assert attention_reason([walled] * 3, 3) == "blocked for 3 runs: HTTP 403 Forbidden"


def test_challenge_pages_are_recognised():
    from datetime import datetime, timezone

    from telisik.article import Capture

    def page(html: str) -> Capture:
        return Capture("http://x/", "http://x/", 200, {}, html.encode(), datetime.now(timezone.utc))

    assert challenge_reason(page("<html><head><title>Just a moment...</title></head></html>"))
    assert challenge_reason(page('<html><script src="/cdn-cgi/challenge-platform/h/b/orchestrate"></script>'))
    assert not challenge_reason(page("<html><head><title>Banjir di Cepu</title></head><p>captcha</p></html>"))


def test_sites_add_recheck_schedule(tmp_path):
    db_path = tmp_path / "t.db"
    added = cli(db_path, "sites", "add", "https://blora.example.com", "--recheck", "6h,2d,14d")
    assert added.exit_code == 0, added.output
    listed = json.loads(cli(db_path, "sites", "list", "--format", "json").output)
    assert listed[0]["recheck"] == "6h,2d,14d"
    bad = cli(db_path, "sites", "add", "https://cepu.example.com", "--recheck", "soon")
    assert bad.exit_code == 2 and "bad re-check point" in bad.output
    changed = cli(db_path, "sites", "set", "blora.example.com", "--recheck", "1d,30d")
    assert changed.exit_code == 0 and "1d,30d" in changed.output
    assert json.loads(cli(db_path, "sites", "list", "--format", "json").output)[0]["recheck"] == "1d,30d"
    back = cli(db_path, "sites", "set", "blora.example.com", "--recheck", "default")
    assert back.exit_code == 0 and "1h,6h,1d,3d,7d,30d" in back.output
    assert cli(db_path, "sites", "set", "nowhere", "--recheck", "1d").exit_code == 2
