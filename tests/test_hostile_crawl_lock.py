"""Issue #15 items 15 and 16: the crawl lock is the database file's, whatever path reaches it (a symlink, a
relative path with `..`), and `sites remove` is refused while a crawl runs (it would pull the site's crawl
state from under the crawl: a foreign-key IntegrityError ended that crawl). Real processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.sitenet import SiteNet

from telisik.archive import open_db
from telisik.crawl.sites import add_site
from telisik.errors import EXIT_ALREADY_RUNNING

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def telisik(*args: str, cwd: str = ROOT) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": ROOT},
        cwd=cwd,
    )


def configured(db_path: str, net: SiteNet, delay: float) -> None:
    db = open_db(db_path)
    for site in net.sites:
        add_site(db, site.url, name=site.name, delay=delay)
    db.conn.close()


def wait_until_crawling(db_path: str, crawl: subprocess.Popen) -> None:
    """Until the crawl holds its lock (it writes its pid into the lock file)."""
    lock = os.path.realpath(db_path) + ".crawl.lock"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and crawl.poll() is None:
        if os.path.exists(lock) and Path(lock).read_text().strip() == str(crawl.pid):
            return
        time.sleep(0.05)
    raise AssertionError(f"the crawl did not start: {crawl.communicate()}")


@pytest.mark.slow
@pytest.mark.parametrize("way", ["symlink to the file", "symlink to a subdirectory, then .."])
def test_the_same_archive_by_another_path_cannot_run_a_second_crawl(tmp_path, way):
    real_dir = tmp_path / "data"
    (real_dir / "sub").mkdir(parents=True)
    db_path = str(real_dir / "news.db")
    if way == "symlink to the file":
        other = str(tmp_path / "link.db")
        os.symlink(db_path, other)
    else:  # the kernel reads `inner/..` as data/ (the symlink's target's parent); the path string says tmp/
        os.symlink(real_dir / "sub", tmp_path / "inner")
        other = str(tmp_path / "inner" / ".." / "news.db")
    cwd = ROOT
    with SiteNet(n_sites=1, articles=4) as net:
        configured(db_path, net, delay=0.4)
        first = telisik("crawl", "--db", db_path)
        wait_until_crawling(db_path, first)
        second = telisik("crawl", "--db", other, cwd=cwd)
        _, err = second.communicate(timeout=30)
        still_running = first.poll() is None
        first_out, first_err = first.communicate(timeout=60)
    assert still_running
    assert second.returncode == EXIT_ALREADY_RUNNING, err
    assert "already running" in err and f"pid {first.pid}" in err
    assert first.returncode == 0, first_err
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4  # crawled once, completely
    conn.close()


@pytest.mark.slow
def test_sites_remove_during_a_crawl_of_that_site_is_refused_and_the_crawl_ends_well(tmp_path):
    db_path = str(tmp_path / "news.db")
    with SiteNet(n_sites=1, articles=4) as net:
        configured(db_path, net, delay=0.3)
        crawl = telisik("crawl", "--db", db_path)
        wait_until_crawling(db_path, crawl)
        remove = telisik("sites", "remove", net.sites[0].name, "--db", db_path)
        _, remove_err = remove.communicate(timeout=30)
        crawl_out, crawl_err = crawl.communicate(timeout=60)
        assert remove.returncode == EXIT_ALREADY_RUNNING, remove_err
        assert "crawl is already running" in remove_err and "remove the site when it has ended" in remove_err
        assert len(remove_err.strip().splitlines()) == 1
        assert crawl.returncode == 0, crawl_err
        assert "IntegrityError" not in crawl_out + crawl_err
        assert "4 archived" in crawl_out
        # Once the crawl has ended the site goes, its articles stay.
        again = telisik("sites", "remove", net.sites[0].name, "--db", db_path)
        out, err = again.communicate(timeout=30)
    assert again.returncode == 0, err
    assert out.startswith("removed")
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM sites").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    conn.close()
