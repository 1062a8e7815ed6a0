"""A crawl rerun after a SIGKILL takes back at once what its own machine's dead crawl processes held
(telisik.crawl.holders, leases.release_holders): site leases and per-host connection slots. A live process's
leases (even a stopped one's), another host's, and holders named by an older telisik keep the expiry rule.
Real processes (`sleep` stand-ins, real crawl processes killed with SIGKILL), a real PostgreSQL server, real
loopback sites."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from support.benchmarks import load_benchmark
from support.sitenet import SiteNet

from telisik.archive import leases, open_db
from telisik.crawl import holders
from telisik.crawl.holders import ProcessId, is_gone, parse_holder, this_process
from telisik.crawl.shared import LeaseKeeper, SharedPoliteness
from telisik.crawl.sites import add_site, list_sites

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
query = load_benchmark("pgcrawl").query
LONG_LEASE = 20.0  # seconds: a rerun that waited for it would be plain in the gaps measured


def me() -> ProcessId:
    found = this_process()
    if found is None:
        pytest.skip("no /proc to name processes by")
    return found


def stand_in() -> subprocess.Popen:
    return subprocess.Popen(["sleep", "60"])


def named(proc: subprocess.Popen) -> ProcessId:
    state = holders.proc_state(proc.pid)
    assert state is not None
    return dataclasses.replace(me(), pid=proc.pid, start=state.start)


def dead_process() -> ProcessId:
    """The name of a process of this machine that ran and is gone (killed and reaped)."""
    proc = stand_in()
    name = named(proc)
    proc.kill()
    proc.wait()
    return name


@pytest.fixture
def running() -> Iterator[subprocess.Popen]:
    proc = stand_in()
    yield proc
    proc.kill()
    proc.wait()


def test_a_holder_names_one_process_and_older_names_are_not_read():
    name = me()
    assert parse_holder(name.text()) == name
    assert parse_holder(f"{name.text()} keeper=0123abcd") == name  # a connection slot's holder
    assert parse_holder(f"{name.host}:{name.pid}") is None  # an older telisik's holder: expiry only
    assert parse_holder(None) is None and parse_holder("") is None
    assert holders.holder_name().startswith(f"{name.host}:{os.getpid()} start=")


def test_only_a_process_of_this_machine_known_to_be_gone_is_gone(running):
    alive = named(running)
    assert not is_gone(alive, me()) and not is_gone(me(), me())
    running.send_signal(signal.SIGSTOP)  # stopped is not gone: it may resume and still holds its lease
    try:
        assert not is_gone(alive, me())
    finally:
        running.send_signal(signal.SIGCONT)
    reused = dataclasses.replace(alive, start=alive.start - 1)  # the pid now belongs to another process
    assert is_gone(reused, me())
    running.kill()
    deadline = time.monotonic() + 5
    while (state := holders.proc_state(running.pid)) is not None and state.state != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert is_gone(alive, me())  # a zombie (killed, not reaped yet)
    running.wait()
    assert is_gone(alive, me())
    for other in ("host", "boot", "pidns"):  # another machine's pid says nothing about this one's
        assert not is_gone(dataclasses.replace(alive, **{other: "x"}), me())
    assert not is_gone(alive, None)  # no /proc here: nothing is known


def make_sites(url: str, count: int) -> list[int]:
    db = open_db(url)
    for n in range(count):
        add_site(db, f"http://127.0.0.{n + 2}:9/", name=f"portal{n}")
    ids = [s.id for s in list_sites(db) if s.id is not None]
    db.close()
    return ids


def test_a_dead_holder_site_is_claimed_at_once_and_others_keep_theirs(pg_url, running):
    ids = make_sites(pg_url, 4)
    db = open_db(pg_url)
    alive = named(running)
    stale = f"{dead_process().host}:1"  # an older telisik's holder: not readable, so it expires only
    others = [
        dead_process().text(),  # this machine, gone: released at once
        alive.text(),  # this machine, running
        dataclasses.replace(dead_process(), host="elsewhere").text(),  # another host
        stale,
    ]
    claimant = LeaseKeeper(db, ids, 60.0)  # makes the lease rows
    for n, holder in enumerate(others):  # claimed straight in the table (a keeper would reclaim first)
        since = leases.database_now(db)
        assert leases.claim_site(db, ids, holder=holder, token=f"t{n}", seconds=60, since=since) == ids[n]
    taken = claimant.claim()
    assert taken is not None and taken.site_id == ids[0]  # the dead holder's site, without waiting
    assert claimant.claim() is None  # the three others still hold theirs
    rows = dict(query(pg_url, "SELECT site_id, holder FROM crawl_leases WHERE token IS NOT NULL"))
    assert rows == {ids[0]: claimant.holder, ids[1]: others[1], ids[2]: others[2], ids[3]: stale}
    db.close()


def test_a_dead_holder_row_still_locked_is_skipped_not_waited_for(pg_url):
    """The dead process's last transaction still open on the server (a pooler keeps it until the idle
    timeout): its lease row is locked; the claim goes on without it, and takes it once the lock is gone."""
    ids = make_sites(pg_url, 1)
    db, stale_session = open_db(pg_url), open_db(pg_url)
    db.execute("SET lock_timeout = '3s'")  # waiting for the lock would fail the test, not hang it
    claimant = LeaseKeeper(db, ids, 60.0)
    dead = dead_process().text()
    assert (
        leases.claim_site(db, ids, holder=dead, token="t", seconds=60, since=leases.database_now(db))
        == ids[0]
    )
    stale_session.execute("BEGIN")
    leases.check_lease(stale_session, ids[0], "t")  # FOR SHARE, as the dead process's writes took it
    started = time.monotonic()
    assert claimant.claim() is None
    assert time.monotonic() - started < 2.0
    stale_session.execute("ROLLBACK")  # the server ends the dead session
    taken = claimant.claim()
    assert taken is not None and taken.site_id == ids[0]
    db.close()
    stale_session.close()


def test_a_dead_holder_connection_slots_are_taken_at_once(pg_url):
    db = open_db(pg_url)
    dead = dead_process().text()
    leases.ensure_lease_tables(db)
    leases.add_host(db, "a.example", 2)
    taken = [  # both of the host's slots, by a process that died holding them
        leases.take_connection(db, "a.example", holder=f"{dead} keeper=1", connections=2, seconds=60)
        for _ in range(2)
    ]
    assert taken == [0, 1]
    politeness = SharedPoliteness(LeaseKeeper(db, [], 60.0), 2)

    async def one_request() -> float:
        asked = time.monotonic()
        async with politeness.throttle("a.example", 0.0):
            return time.monotonic() - asked

    assert asyncio.run(asyncio.wait_for(one_request(), 5)) < 1.0
    assert query(pg_url, "SELECT count(*) FROM host_conns WHERE holder LIKE %s", f"{dead}%") == [(0,)]
    db.close()


# -- the rerun of a crawl killed mid-crawl ---------------------------------------------------------------


def start_crawl(url: str) -> subprocess.Popen:
    env = {**os.environ, "TELISIK_DB": url, "PYTHONPATH": ROOT, "TELISIK_CRAWL_LEASE": str(LONG_LEASE)}
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", "crawl", "--format", "json", "--concurrency", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def live_holders_per_site(url: str) -> dict[int, str]:
    rows = query(
        url, "SELECT site_id, holder FROM crawl_leases WHERE token IS NOT NULL AND expires_at > now()"
    )
    return dict(rows)


@pytest.mark.slow
def test_a_rerun_after_sigkill_starts_the_killed_sites_at_once(pg_url):
    with SiteNet(n_sites=2, articles=8) as net:
        db = open_db(pg_url)
        for site in net.sites:
            add_site(db, site.url, name=site.name, delay=0.2)
        leases.ensure_lease_tables(db)
        db.close()
        killed = start_crawl(pg_url)
        deadline = time.monotonic() + 30
        while not all(len(site.article_requests()) >= 2 for site in net.sites):  # mid-crawl on both sites
            assert killed.poll() is None and time.monotonic() < deadline, killed.communicate()
            time.sleep(0.02)
        held = live_holders_per_site(pg_url)
        killed.send_signal(signal.SIGKILL)
        killed.communicate()
        killed_at = time.monotonic()
        assert len(held) == 2 and {h.split(" ")[0] for h in held.values()} == {f"{me().host}:{killed.pid}"}

        reruns = [start_crawl(pg_url) for _ in range(2)]  # two at once: each site goes to one of them
        seen: list[dict[int, str]] = []
        while any(proc.poll() is None for proc in reruns):
            seen.append(live_holders_per_site(pg_url))
            time.sleep(0.05)
        outcomes = [proc.communicate() for proc in reruns]
        assert [proc.returncode for proc in reruns] == [0, 0], [err for _, err in outcomes]

        gaps = [min(r.at for r in site.requests() if r.at > killed_at) - killed_at for site in net.sites]
        # Both killed sites started again long before their 20 s leases expired (a process start and a
        # PostgreSQL connection on a loaded machine is what the gap holds).
        assert max(gaps) < LONG_LEASE / 2, gaps
        # The dead process's leases stay in the table only until the first claim of a rerun: once a rerun
        # holds a site, none is the dead process's again.
        dead = f"{me().host}:{killed.pid}"
        names = [{h.split(" ")[0] for h in sample.values()} for sample in seen]
        first_rerun = next(n for n, sample in enumerate(names) if sample - {dead})
        assert all(dead not in sample for sample in names[first_rerun:]), names
        assert set().union(*names) <= {dead, *(f"{me().host}:{proc.pid}" for proc in reruns)}
        print(f"gaps from SIGKILL to each killed site's next request: {[round(g, 2) for g in gaps]} s")
        done = [{s["name"] for s in json.loads(out)["sites"] if s["status"] == "done"} for out, _ in outcomes]
        assert done[0] | done[1] == {"portal0", "portal1"}
        assert not done[0] & done[1]  # no site crawled by both reruns
        urls = [row[0] for row in query(pg_url, "SELECT url FROM articles")]
        assert sorted(urls) == sorted(u for site in net.sites for u in site.article_urls())
        assert query(pg_url, "SELECT count(*) FROM article_versions") == [(len(urls),)]
