"""A crawl under cron: killed (SIGKILL, SIGTERM) at any moment it loses nothing, duplicates nothing, and a
second crawl on the same archive refuses to start."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from support.sitenet import SiteNet

from telisik.archive import open_db
from telisik.crawl.run import AlreadyRunning, CrawlLock
from telisik.crawl.sites import add_site
from telisik.errors import EXIT_ALREADY_RUNNING, EXIT_INTERRUPTED

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start_crawl(db_path: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "TELISIK_DB": db_path, "PYTHONPATH": ROOT}
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", "crawl", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def configure(db_path: str, net: SiteNet, delay: float) -> None:
    db = open_db(db_path)
    for site in net.sites:
        add_site(db, site.url, name=site.name, delay=delay)
    db.conn.close()


def check_archive(db_path: str, net: SiteNet) -> None:
    """integrity_check ok, one row per URL, every URL the crawl recorded as stored has its article."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
        assert len(urls) == len(set(urls))
        orphans = conn.execute(
            "SELECT count(*) FROM site_urls WHERE outcome = 'stored' AND article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        without_capture = conn.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM captures)"
        ).fetchone()[0]
        assert without_capture == 0
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_then_resume_without_duplicates(tmp_path):
    db_path = str(tmp_path / "archive.db")
    rng = random.Random(20260127)
    with SiteNet(n_sites=3, articles=8, latency=0.01) as net:
        # Each run must outlast the latest kill moment (1.8 s) on a quiet machine too: 10 new articles per
        # site at 0.15 s per request keep every run busy for about 2 s after start-up.
        configure(db_path, net, delay=0.15)
        kills = runs = 0
        while kills < 3 and runs < 10:
            runs += 1
            proc = start_crawl(db_path)
            time.sleep(rng.uniform(0.7, 1.8))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.communicate(timeout=30)
            check_archive(db_path, net)
            for site in net.sites:  # news keeps coming between runs, so every run has work to be cut in
                for _ in range(10):
                    site.add_article()
        assert kills >= 3  # the test means something only if runs were really cut short
        final = start_crawl(db_path, "--format", "json")
        out, err = final.communicate(timeout=60)
        assert final.returncode == 0, err
        check_archive(db_path, net)
        conn = sqlite3.connect(db_path)
        stored = {r[0] for r in conn.execute("SELECT url FROM articles")}
        conn.close()
        expected = {url for site in net.sites for url in site.article_urls()}
        assert stored == expected
        # Every article was fetched about once over all the runs: at most the ones in flight (<= 2 per
        # site) at each kill were fetched again.
        fetched = sum(len(site.article_requests()) for site in net.sites)
        assert fetched <= len(expected) + kills * 2 * len(net.sites)
        summary = json.loads(out)
        assert summary["exit_code"] == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.slow
def test_sigterm_or_ctrl_c_stops_cleanly_with_a_summary(tmp_path, signum):
    db_path = str(tmp_path / "archive.db")
    with SiteNet(n_sites=2, articles=8) as net:
        configure(db_path, net, delay=0.25)
        proc = start_crawl(db_path)
        time.sleep(1.8)
        assert proc.poll() is None
        stopped = time.monotonic()
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=10)
        assert time.monotonic() - stopped < 8.0  # generous: the test machine may be loaded
        assert proc.returncode == EXIT_INTERRUPTED
        assert "Traceback" not in err
        assert "interrupted" in out and out.splitlines()[-1].startswith("total: 2 sites")
        check_archive(db_path, net)
        conn = sqlite3.connect(db_path)
        partial = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
        assert partial < 16
        # The next run finishes the job (without the per-host delay: only its outcome matters here).
        conn = sqlite3.connect(db_path)
        with conn:
            conn.execute("UPDATE sites SET delay = 0")
        conn.close()
        rerun = start_crawl(db_path)
        rerun.communicate(timeout=60)
        assert rerun.returncode == 0
        check_archive(db_path, net)
        conn = sqlite3.connect(db_path)
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 16
        conn.close()


@pytest.mark.slow
def test_second_crawl_refuses_at_once(tmp_path):
    db_path = str(tmp_path / "archive.db")
    open_db(db_path).conn.close()
    with CrawlLock(db_path):
        started = time.monotonic()
        proc = start_crawl(db_path)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == EXIT_ALREADY_RUNNING
        assert "already running" in err and f"pid {os.getpid()}" in err
        assert time.monotonic() - started < 10
        with pytest.raises(AlreadyRunning):
            CrawlLock(db_path).acquire()
    with CrawlLock(db_path):  # released on exit
        pass


def test_a_lock_that_cannot_be_created_is_a_clear_error(tmp_path):
    from telisik.archive import StoreError
    from telisik.crawl.run import run_crawl

    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    with pytest.raises(StoreError, match="cannot create the crawl lock"):
        run_crawl(str(not_a_dir / "archive.db"), [])


def test_lock_of_a_killed_crawl_is_not_stuck(tmp_path):
    db_path = str(tmp_path / "archive.db")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from telisik.crawl.run import CrawlLock; "
            "CrawlLock(sys.argv[1]).acquire(); print('locked', flush=True); time.sleep(60)",
            db_path,
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": ROOT},
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunning):
            CrawlLock(db_path).acquire()
    finally:
        holder.kill()
        holder.communicate()
    lock = CrawlLock(db_path)
    lock.acquire()  # the kernel dropped the dead process's lock; no stale-file cleanup needed
    lock.release()


@pytest.mark.slow
def test_fetch_while_crawl_runs_both_succeed(tmp_path):
    """Two writers on one archive (WAL + busy timeout): `telisik fetch` during a crawl."""
    db_path = str(tmp_path / "archive.db")
    with SiteNet(n_sites=2, articles=6) as net:
        db = open_db(db_path)
        add_site(db, net.sites[0].url, name="portal0", delay=0.15)
        db.conn.close()
        crawl = start_crawl(db_path)
        time.sleep(1.0)
        env = {**os.environ, "TELISIK_DB": db_path, "PYTHONPATH": ROOT}
        other = net.sites[1].article_urls()[:3]
        fetched = subprocess.run(
            [sys.executable, "-m", "telisik", "fetch", "--delay", "0", *other],  # two writers, not politeness
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        assert crawl.poll() is None  # they really overlapped
        out, err = crawl.communicate(timeout=60)
        assert fetched.returncode == 0, fetched.stderr
        assert crawl.returncode == 0, err
        check_archive(db_path, net)
        conn = sqlite3.connect(db_path)
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 6 + 3
        conn.close()


@pytest.mark.slow
def test_progress_line_on_a_terminal(tmp_path):
    """On a TTY, stderr gets a live status line (carriage returns) and the per-site results."""
    import pty

    db_path = str(tmp_path / "archive.db")
    with SiteNet(n_sites=1, articles=4) as net:
        configure(db_path, net, delay=0.05)
        master, slave = pty.openpty()
        env = {**os.environ, "TELISIK_DB": db_path, "PYTHONPATH": ROOT}
        proc = subprocess.Popen(
            [sys.executable, "-m", "telisik", "crawl"],
            stdout=subprocess.PIPE,
            stderr=slave,
            env=env,
            cwd=ROOT,
            text=True,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        out, _ = proc.communicate(timeout=60)
        os.close(master)
        screen = b"".join(chunks).decode()
        assert proc.returncode == 0
        assert "\r" in screen and "portal0 " in screen
        assert "portal0: 5 discovered, 4 new, 4 archived, 0 failed" in screen
        assert out.startswith("total: 1 sites (0 failed)")
