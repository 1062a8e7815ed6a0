"""Issue #15 items 8 and 9: only commands that archive create an archive; another application's SQLite file
is refused, never converted; `--db` in a missing directory is an error; `~` in TELISIK_DB is expanded; and a
read-only archive (its directory not writable) can be read.

Tests run as root in CI, where a chmod'ed directory is still writable: the test that needs the permission
check is skipped there, and the immutable fallback it exercises is also tested by forcing it (`modes=`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from support.archive import filled_archive
from support.articles import make_article
from support.pages import run_cli

from telisik.archive import StoreError, open_reader
from telisik.crawl.sites import add_site

READ_COMMANDS = [
    ["search", "banjir"],
    ["show", "1"],
    ["history", "1"],
    ["diff", "1"],
    ["export", "--format", "jsonl"],
    ["sites", "list"],
    ["reparse"],
    ["sites", "remove", "x"],
]


def _files(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*"))


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_read_commands_on_a_missing_archive_say_so_and_create_nothing(tmp_path, command):
    target = tmp_path / "typo.db"
    result = run_cli(*command, "--db", str(target))
    assert result.exit_code == 1, result.output
    assert f"no archive at {target}" in result.stderr
    assert _files(tmp_path) == []


def _foreign_app_db(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('belanja')")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "command",
    [
        ["sites", "list"],
        ["search", "x"],
        ["fetch", "http://127.0.0.1:9/x"],
        ["sites", "add", "http://a.test/"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_foreign_sqlite_file_is_refused_and_left_unchanged(tmp_path, command):
    other = tmp_path / "other-app.db"
    before = _foreign_app_db(other)
    result = run_cli(*command, "--db", str(other))
    assert result.exit_code == 1
    assert "is not a telisik archive" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert other.read_bytes() == before
    assert _files(tmp_path) == ["other-app.db"]


def test_db_in_a_missing_directory_is_an_error_not_mkdir(tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    result = run_cli("sites", "add", "http://a.test/", "--db", str(target))
    assert result.exit_code == 1
    assert "does not exist" in result.stderr
    assert not (tmp_path / "no").exists()


def test_tilde_in_telisik_db_is_the_home_directory(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TELISIK_DB", "~/x.db")
    monkeypatch.chdir(work)
    result = run_cli("sites", "add", "http://a.test/")
    assert result.exit_code == 0, result.stderr
    assert (home / "x.db").exists()
    assert _files(work) == []


def test_sites_list_on_an_archive_reads_it_without_writing(tmp_path):
    path = tmp_path / "a.db"
    db = filled_archive(path, [make_article("https://a.test/1")])
    add_site(db, "https://a.test/")
    db.close()
    before = path.stat().st_mtime_ns, path.read_bytes()
    result = run_cli("sites", "list", "--db", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert '"a.test"' in result.stdout
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before  # WAL readers' -shm aside: untouched


def _read_only_archive(tmp_path: Path) -> Path:
    directory = tmp_path / "ro"
    directory.mkdir()
    path = directory / "a.db"
    filled_archive(path, [make_article("https://a.test/1", title="Banjir Cepu")]).close()
    for side in ("-wal", "-shm"):
        assert not os.path.exists(f"{path}{side}")  # closed cleanly: nothing left beside it
    return path


def test_the_immutable_fallback_reads_an_archive_without_side_files(tmp_path):
    path = _read_only_archive(tmp_path)
    conn = open_reader(path, modes=("immutable=1",))
    assert conn.execute("SELECT title FROM articles").fetchone() == ("Banjir Cepu",)
    conn.close()
    assert _files(path.parent) == ["a.db"]


def test_a_mode_that_cannot_open_falls_back_to_the_next(tmp_path):
    path = _read_only_archive(tmp_path)
    # `mode=rw` on a read-only file cannot open: the reader goes on to `immutable=1`
    path.chmod(0o444)
    conn = open_reader(path, modes=("mode=rw&vfs=no-such-vfs", "immutable=1"))
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    conn.close()


needs_permissions = pytest.mark.skipif(
    os.geteuid() == 0, reason="root writes to a chmod 0555 directory anyway"
)


@contextmanager
def read_only_directory(directory: Path) -> Iterator[None]:
    """`directory` is not writable inside the block (for anyone but root)."""
    directory.chmod(0o555)
    try:
        yield
    finally:
        directory.chmod(0o755)


@needs_permissions
def test_an_archive_in_a_read_only_directory_can_be_searched(tmp_path):
    path = _read_only_archive(tmp_path)
    with read_only_directory(path.parent):
        result = run_cli("search", "banjir", "--db", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "Banjir Cepu" in result.stdout


def test_a_foreign_file_is_refused_by_the_reader_too(tmp_path):
    other = tmp_path / "other.db"
    _foreign_app_db(other)
    with pytest.raises(StoreError, match="not a telisik archive"):
        open_reader(other)


@needs_permissions
def test_a_schema_3_archive_in_a_read_only_directory_is_read_without_migrating(tmp_path):
    path = _read_only_archive(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with read_only_directory(path.parent):
        result = run_cli("show", "1", "--db", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert '"Banjir Cepu"' in result.stdout
