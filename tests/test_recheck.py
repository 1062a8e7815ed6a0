"""Re-checks of archived articles on the loopback test network (tests/support/sitenet.py): edits become
versions, removals (404, redirect to home or section, soft 404) are recorded after two checks on two runs and
never after one, a 503 never counts, re-checks are conditional, and no archived text is ever lost."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from support.crawling import crawl, crawled_site, url_of
from support.sitenet import SiteNet

from telisik.archive import get_article, list_versions, open_db
from telisik.archive.watch import article_watch, edit_rows, event_rows
from telisik.crawl.recheck import DEFAULT_SCHEDULE, due_rechecks, format_schedule, parse_schedule
from telisik.crawl.sites import add_site, list_sites
from telisik.removal import not_found_title
from telisik.times import now_iso


@pytest.fixture
def net():
    with SiteNet(n_sites=1, articles=8) as network:
        yield network


def test_schedule_parsing_and_formatting():
    assert parse_schedule("1h,6h,1d,3d,7d,30d") == list(DEFAULT_SCHEDULE)
    assert format_schedule(parse_schedule("30d, 1h ,1w")) == "1h,7d,30d"
    assert parse_schedule("none") == []
    with pytest.raises(ValueError, match="bad re-check point"):
        parse_schedule("1h,soon")


def test_due_follows_the_decaying_schedule():
    now = datetime(2026, 3, 10, 2, 30, tzinfo=timezone.utc)

    def row(published: datetime, checked: datetime, **extra) -> dict:
        return {
            "id": 1,
            "url": "http://x/a/",
            "published_utc": published.isoformat(),
            "first_seen_at": published.isoformat(),
            "last_checked_at": checked.isoformat(),
            **extra,
        }

    day = timedelta(days=1)
    schedule = list(DEFAULT_SCHEDULE)
    # published 2 days ago, fetched an hour after: the 6 h and 1 d points have passed since -> due
    assert due_rechecks([row(now - 2 * day, now - 2 * day + timedelta(hours=1))], schedule, now)
    # checked after the 1 d point, the 3 d point not reached yet -> not due
    assert not due_rechecks([row(now - 2 * day, now - day)], schedule, now)
    # 40 days old, checked after its 30 d point -> never again, unless --refresh-days covers it
    old = row(now - 40 * day, now - 9 * day)
    assert not due_rechecks([old], schedule, now)
    assert due_rechecks([old], schedule, now, refresh_days=60)
    # a removal seen once is always due (its second check), and first
    suspect = row(now - 40 * day, now - 9 * day, id=2, suspect_since="2026-03-01T00:00:00Z")
    fresh = row(now - 2 * day, now - 2 * day + timedelta(hours=1), id=3)
    assert [d.article_id for d in due_rechecks([fresh, suspect], schedule, now)] == [2, 3]


def test_not_found_titles():
    for title in (
        "Halaman tidak ditemukan - Portal0News",
        "404",
        "Error 404",
        "Page Not Found | Site",
        "Not Found",
    ):
        assert not_found_title(title), title
    for title in ("404 rumah terendam banjir di Cepu", "Polisi: pelaku tidak ditemukan", "Banjir"):
        assert not not_found_title(title), title


@pytest.mark.slow
def test_rechecks_are_conditional_and_a_304_costs_one_request(net, db_path):
    site = crawled_site(db_path, net)
    site.clear_log()
    summary = crawl(db_path, refresh_days=36500)
    report = summary.sites[0]
    rechecks = site.article_requests()
    assert len(rechecks) == 8 == report.rechecked == report.recheck_requests
    assert all(r.if_none_match and r.if_modified_since for r in rechecks)
    assert all(r.status == 304 for r in rechecks)
    assert report.recheck_not_modified == 8 and report.edited == 0
    # a new article changes every page's sidebar (new ETags, same article text): the next re-check gets a
    # 200 and keeps its validators, so the one after that is a 304 again
    site.add_article()
    assert crawl(db_path, refresh_days=36500).sites[0].recheck_not_modified == 0
    again = crawl(db_path, refresh_days=36500).sites[0]
    assert again.recheck_not_modified == again.rechecked == 9


@pytest.mark.slow
def test_edits_and_removals_over_three_runs(net, db_path):
    """The Done-when scenario: an edit, a 404, a redirect home, a redirect to a section, a soft 404 and a 503;
    removals are recorded on the second check, never the first; nothing archived is lost."""
    site = crawled_site(db_path, net)
    arts = site.public_articles()
    edited, deleted, home, section, soft, busy = arts[:6]
    db = open_db(db_path)
    before = {a.path(): get_article(db, url_of(site, a), with_capture=False) for a in arts}
    db.conn.close()

    site.edit(edited, title="Banjir rendam 312 rumah, bukan 213 (koreksi)")
    site.take_down(deleted, "404")
    site.take_down(home, "home")
    site.take_down(section, "section")
    site.take_down(soft, "soft404")
    site.take_down(busy, "503")
    first = crawl(db_path, refresh_days=36500).sites[0]
    assert first.edited == 1 and first.removed == 0 and first.suspected == 4
    assert first.recheck_failed == 1  # the 503
    db = open_db(db_path)
    assert not list(db.query("SELECT id FROM articles WHERE removed_since IS NOT NULL"))
    assert len(list_versions(db, url_of(site, edited))) == 2
    db.conn.close()

    between = now_iso()  # after the first check that saw the removals, before the confirming one
    second = crawl(db_path, refresh_days=36500)
    report = second.sites[0]
    assert report.removed == 4 and report.edited == 0 and report.recheck_failed == 1
    db = open_db(db_path)
    removed = {
        r["url"]: r["removed_since"]
        for r in db.query("SELECT url, removed_since FROM articles WHERE removed_since IS NOT NULL")
    }
    assert set(removed) == {url_of(site, a) for a in (deleted, home, section, soft)}
    events = event_rows(db, since="2000")
    assert sorted(e["event"] for e in events) == ["removed"] * 4
    reasons = {e["url"]: e["reason"] for e in events}
    assert "404" in reasons[url_of(site, deleted)]
    assert "home page" in reasons[url_of(site, home)]
    assert "redirects to" in reasons[url_of(site, section)] and "/kategori/" in reasons[url_of(site, section)]
    assert "not-found page" in reasons[url_of(site, soft)]
    # removed since the FIRST check that saw it, not the confirming one
    watch = article_watch(db, get_article(db, url_of(site, deleted), with_capture=False).id)
    assert watch["removed_since"] == watch["events"][0]["at"] <= between <= watch["last_checked_at"]
    # no archived text lost or replaced: every removed/busy article keeps its one version, word for word
    for article in (deleted, home, section, soft, busy):
        now = get_article(db, url_of(site, article), with_capture=False)
        assert now.version == 1
        assert (now.title, now.body) == (before[article.path()].title, before[article.path()].body)
    assert not list(db.query("SELECT 1 FROM articles WHERE title LIKE '%tidak ditemukan%'"))
    edits = edit_rows(db, since="2000")
    assert [e["new"]["title"] for e in edits] == ["Banjir rendam 312 rumah, bukan 213 (koreksi)"]
    db.conn.close()

    # it comes back: recorded as restored, removed_since cleared
    site.restore(deleted)
    third = crawl(db_path, refresh_days=36500).sites[0]
    assert third.restored == 1 and third.removed == 0
    db = open_db(db_path)
    assert get_article(db, url_of(site, deleted), with_capture=False).removed_since is None
    assert [e["event"] for e in event_rows(db, since="2000")][0] == "restored"
    db.conn.close()


@pytest.mark.slow
def test_a_removal_seen_twice_in_one_run_is_not_confirmed(net, db_path):
    """Two checks in the same run (a second crawl of the same process's run id never happens, but a removal
    seen once and then a 503 is still one signal): only a later run's second signal records it."""
    site = crawled_site(db_path, net)
    gone = site.public_articles()[0]
    site.take_down(gone, "404")
    assert crawl(db_path, refresh_days=36500).sites[0].suspected == 1
    site.take_down(gone, "503")
    assert crawl(db_path, refresh_days=36500).sites[0].removed == 0
    site.take_down(gone, "404")
    assert crawl(db_path, refresh_days=36500).sites[0].removed == 1


@pytest.mark.slow
def test_max_rechecks_bounds_a_run(net, db_path):
    site = crawled_site(db_path, net)
    site.clear_log()
    report = crawl(db_path, refresh_days=36500, max_rechecks=3).sites[0]
    assert report.rechecked == 3 and report.recheck_left == 5
    assert len(site.article_requests()) == 3


def test_site_recheck_schedule_is_stored(db_path):
    db = open_db(db_path)
    add_site(db, "https://blora.example.com/", recheck=parse_schedule("6h,2d"))
    add_site(db, "https://cepu.example.com/")
    sites = {s.name: s for s in list_sites(db)}
    assert sites["blora.example.com"].recheck == [6 * 3600, 2 * 86400]
    assert sites["cepu.example.com"].recheck is None


@pytest.mark.slow
def test_403_and_503_never_count_as_removal(net, db_path):
    site = crawled_site(db_path, net)
    refused, busy = site.public_articles()[:2]
    site.take_down(refused, "403")
    site.take_down(busy, "503")
    reports = [crawl(db_path, refresh_days=36500).sites[0] for _ in range(3)]
    assert [(r.suspected, r.removed, r.recheck_failed) for r in reports] == [(0, 0, 2)] * 3
    assert reports[0].blocked == 1  # the 403 is noted as a possible block
    db = open_db(db_path)
    assert not list(db.query("SELECT 1 FROM articles WHERE removed_since IS NOT NULL"))
    assert not list(db.query("SELECT 1 FROM article_checks WHERE suspect_since IS NOT NULL"))
    db.conn.close()


def test_older_archive_gains_the_watch_tables_idempotently(db_path):
    import sqlite3

    from telisik.archive import SCHEMA_VERSION

    open_db(db_path).conn.close()
    conn = sqlite3.connect(db_path)
    for table in ("article_checks", "article_events", "site_runs"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE articles DROP COLUMN removed_since")
    conn.execute("ALTER TABLE sites DROP COLUMN recheck")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    for _ in range(2):  # migrating twice changes nothing
        db = open_db(db_path)
        assert {"article_checks", "article_events", "site_runs"} <= set(db.table_names())
        assert "removed_since" in {c.name for c in db["articles"].columns}
        assert "recheck" in {c.name for c in db["sites"].columns}
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        db.conn.close()
