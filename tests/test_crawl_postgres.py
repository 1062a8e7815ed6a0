"""Several crawl processes on one PostgreSQL archive (telisik.crawl.shared, telisik.archive.leases), against a
real server (the `pg_url` fixture) and real loopback sites (support.sitenet): sites shared by lease, nothing
stored twice, a dead process's sites taken over, a process that lost its lease writing nothing, per-host
politeness kept across processes, the server going away mid-crawl."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import psycopg
import pytest
from support.articles import make_article
from support.sitenet import SiteNet

from telisik.archive import leases, open_db, store_article
from telisik.archive.leases import LeasedArchive, LeaseLost
from telisik.crawl.run import CrawlOptions, run_crawl
from telisik.crawl.shared import LeaseKeeper
from telisik.crawl.sites import add_site, list_sites

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEASE = 2.0  # seconds: long enough for a loaded machine's renewals, short enough to wait out in a test


def configure(url: str, net: SiteNet, delay: float = 0.0) -> None:
    db = open_db(url)
    for site in net.sites:
        add_site(db, site.url, name=site.name, delay=delay)
    db.close()


def start_crawl(url: str, *args: str, lease: float = LEASE) -> subprocess.Popen:
    env = {**os.environ, "TELISIK_DB": url, "PYTHONPATH": ROOT, "TELISIK_CRAWL_LEASE": str(lease)}
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", "crawl", "--format", "json", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def finish(proc: subprocess.Popen, timeout: float = 60) -> tuple[int, dict[str, Any], str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, json.loads(out) if out.strip() else {}, err


def query(url: str, sql: str, *params: Any) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


def stored_per_site(url: str) -> dict[str, int]:
    return dict(query(url, "SELECT site, count(*) FROM articles GROUP BY site"))


def assert_stored_once(url: str, net: SiteNet) -> None:
    """Every public article of every site stored exactly once: one row, one version, one capture, and never
    stored again (storing it again, even unchanged, would move `last_checked_at` past `first_seen_at`)."""
    keys = [row[0] for row in query(url, "SELECT url FROM articles")]
    assert len(keys) == len(set(keys))
    assert set(keys) == {u for site in net.sites for u in site.article_urls()}
    again = query(url, "SELECT url FROM articles WHERE last_checked_at <> first_seen_at OR version <> 1")
    assert again == []
    for table in ("article_versions", "captures"):
        counts = query(url, f"SELECT article_id, count(*) FROM {table} GROUP BY article_id")
        assert len(counts) == len(keys) and {n for _, n in counts} == {1}, table


def test_one_process_crawls_every_site_and_releases_them(pg_url):
    with SiteNet(n_sites=2, articles=4) as net:
        configure(pg_url, net)
        summary = run_crawl(pg_url, None, CrawlOptions(default_delay=0.0, attempts=1, lease_seconds=LEASE))
        assert summary.exit_code == 0, [r.error for r in summary.sites]
        assert sorted(r.name for r in summary.sites) == ["portal0", "portal1"]
        assert_stored_once(pg_url, net)
        held = query(pg_url, "SELECT count(*) FROM crawl_leases WHERE token IS NOT NULL")[0][0]
        finished = query(pg_url, "SELECT count(*) FROM crawl_leases WHERE finished_at IS NOT NULL")[0][0]
        assert (held, finished) == (0, 2)
        assert query(pg_url, "SELECT count(*) FROM host_conns WHERE holder IS NOT NULL")[0][0] == 0
        # A second run: nothing new, every site crawled again (a new run), only discovery requests.
        before = sum(len(s.article_requests()) for s in net.sites)
        again = run_crawl(pg_url, None, CrawlOptions(default_delay=0.0, attempts=1, lease_seconds=LEASE))
        assert sorted(r.name for r in again.sites) == ["portal0", "portal1"]
        assert sum(r.archived for r in again.sites) == 0
        assert sum(len(s.article_requests()) for s in net.sites) == before


def test_claims_skip_leased_sites_and_take_expired_ones(pg_url):
    with SiteNet(n_sites=3, articles=1) as net:
        configure(pg_url, net)
        db, other = open_db(pg_url), open_db(pg_url)
        ids = [s.id for s in list_sites(db)]
        first = LeaseKeeper(db, ids, 0.5)
        second = LeaseKeeper(other, ids, 30.0)
        mine = [first.claim(), first.claim()]
        theirs = second.claim()
        assert theirs is not None and theirs.site_id not in {lease.site_id for lease in mine if lease}
        assert second.claim() is None  # the other two are held
        time.sleep(0.6)  # the first keeper's leases expire without renewal
        taken = {lease.site_id for lease in (second.claim(), second.claim()) if lease}
        assert taken == {lease.site_id for lease in mine if lease}
        first.renew()
        assert all(lease.lost for lease in first.held.values())
        db.close()
        other.close()


def test_a_lost_lease_refuses_every_write_and_rolls_it_back(pg_url):
    with SiteNet(n_sites=1, articles=1) as net:
        configure(pg_url, net)
        db = open_db(pg_url)
        site_id = list_sites(db)[0].id
        keeper = LeaseKeeper(db, [site_id], 30.0)
        lease = keeper.claim()
        assert lease is not None
        handle = LeasedArchive(db, site_id, lease.token)
        store_article(handle, make_article(url="https://contoh.example/a/1"))
        query(pg_url, "UPDATE crawl_leases SET token = 'someone-else'")  # taken over meanwhile
        with pytest.raises(LeaseLost):
            store_article(handle, make_article(url="https://contoh.example/a/2"))
        with pytest.raises(LeaseLost):  # a write outside a transaction is checked too
            handle.execute("UPDATE sites SET last_error = 'x'")
        assert not db.in_transaction
        assert [r[0] for r in query(pg_url, "SELECT url FROM articles")] == ["https://contoh.example/a/1"]
        assert query(pg_url, "SELECT last_error FROM sites") == [(None,)]
        db.close()


def test_host_turns_are_spaced_on_the_server_clock(pg_url):
    db, other = open_db(pg_url), open_db(pg_url)
    leases.ensure_lease_tables(db)
    leases.add_host(db, "a.example", 2)
    assert leases.take_turn(db, "a.example", 0.3) == 0.0
    wait = leases.take_turn(other, "a.example", 0.3)  # another process, same host
    assert wait is not None and 0.2 < wait <= 0.3
    assert leases.take_turn(other, "b.example", 0.3) is None  # no row yet
    leases.hold_host(db, "a.example", 5)
    assert 4 < (leases.take_turn(other, "a.example", 0.0) or 0) <= 5
    slots = [
        leases.take_connection(c, "a.example", holder=h, connections=2, seconds=30)
        for c, h in ((db, "p1"), (other, "p2"))
    ]
    assert sorted(slots) == [0, 1]  # type: ignore[type-var]
    assert leases.take_connection(db, "a.example", holder="p3", connections=2, seconds=30) is None
    leases.release_connection(db, "a.example", 1, "p2")
    assert leases.take_connection(db, "a.example", holder="p3", connections=2, seconds=30) == 1
    db.close()
    other.close()
