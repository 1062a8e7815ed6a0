"""Data safety of the archive (#5): a full disk or a read-only file gives a clear one-line error and leaves
no half-written row; bulk writes in batches keep every article all-or-nothing."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys

import pytest
import sqlite_utils
from support.pages import CANONICAL, PageSpec, render_page, run_cli, store_page

from telisik.archive import StoreError, batched_writes, get_article, open_db

OTHER = "https://pati.kabarlingkar.test/2026/02/06/banjir-juwana/"


def big_page(url: str = OTHER, seed: int = 1) -> str:
    """A ~400 KB article of incompressible text: far more than the few free pages left in a 'full' disk."""
    rng = random.Random(seed)
    words = [
        "".join(rng.choice("abcdeghijklmnoprstuwy") for _ in range(rng.randint(3, 10))) for _ in range(5000)
    ]
    paragraphs = [" ".join(rng.choice(words) for _ in range(120)) + "." for _ in range(300)]
    return render_page(PageSpec(canonical=url, paragraphs=paragraphs))


def fill_disk(db: sqlite_utils.Database, spare_pages: int = 20) -> None:
    """Simulate a full disk: this connection may grow the file by only a few pages more."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def table_counts(db) -> dict[str, int]:
    tables = ("articles", "article_versions", "captures", "articles_fts", "article_versions_fts")
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}


def assert_consistent(db) -> None:
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for fts in ("articles_fts", "article_versions_fts", "articles_stem_fts"):
        db.execute(f"INSERT INTO [{fts}] ([{fts}]) VALUES ('integrity-check')")  # raises when corrupt
    orphans = db.execute(
        "SELECT count(*) FROM captures c WHERE NOT EXISTS "
        "(SELECT 1 FROM article_versions v WHERE v.article_id = c.article_id AND v.version = c.version)"
    ).fetchone()[0]
    assert orphans == 0


@pytest.fixture
def archive(db):
    assert store_page(db, render_page(), CANONICAL).status == "new"
    return db


@pytest.mark.slow
def test_full_disk_is_a_one_line_store_error_and_no_row_is_half_written(archive):
    before = table_counts(archive)
    fill_disk(archive)
    with pytest.raises(StoreError) as caught:
        store_page(archive, big_page(), OTHER)
    assert "disk full" in caught.value.reason
    assert "\n" not in caught.value.reason
    assert not archive.conn.in_transaction
    assert table_counts(archive) == before
    assert_consistent(archive)
    assert get_article(archive, OTHER) is None
    assert "Jakenan" in get_article(archive, CANONICAL).title  # the earlier article is intact
    # Room again (the disk was cleaned up): the same article now stores completely.
    archive.execute("PRAGMA max_page_count = 1073741823")
    assert store_page(archive, big_page(), OTHER).status == "new"
    assert_consistent(archive)


def test_full_disk_during_a_revision_keeps_the_old_version_current(archive):
    fill_disk(archive)
    with pytest.raises(StoreError):
        store_page(archive, big_page(CANONICAL), CANONICAL)  # an edit of the stored article
    article = get_article(archive, CANONICAL)
    assert article.version == 1 and "Jakenan" in article.title
    assert_consistent(archive)


def test_full_disk_in_a_batch_never_reports_a_rolled_back_article_as_stored(archive):
    stored: list[str] = []
    with pytest.raises(StoreError):
        with batched_writes(archive) as done:
            for n in range(3):
                url = f"https://pati.kabarlingkar.test/2026/02/1{n}/berita-{n}/"
                store_page(archive, render_page(PageSpec(canonical=url, title=f"Berita nomor {n}")), url)
                done()
                stored.append(url)
            fill_disk(archive, spare_pages=5)
            try:
                store_page(archive, big_page(), OTHER)
            finally:
                done()  # raises if SQLite rolled the batch back: its articles are not stored
            stored.append(OTHER)
    assert OTHER not in stored
    assert_consistent(archive)
    # Whatever SQLite kept is complete; everything reported as stored is there.
    present = {u for u in stored if get_article(archive, u) is not None}
    assert present in (set(stored), set())


def test_batched_writes_commit_whole_articles_when_the_loop_stops_early(tmp_path):
    path = tmp_path / "a.db"
    db = open_db(path)

    def importing():
        with batched_writes(db, size=1000) as done:
            for n in range(5):
                url = f"https://pati.kabarlingkar.test/2026/03/0{n + 1}/kabar-{n}/"
                store_page(db, render_page(PageSpec(canonical=url, title=f"Kabar {n}")), url)
                done()
                yield url

    seen = []
    for url in importing():
        seen.append(url)
        if len(seen) == 3:
            break  # closes the generator inside the batch
    other = sqlite3.connect(path)  # another process's view: only committed rows
    assert other.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    other.close()


def test_a_read_only_connection_gives_a_store_error_not_a_traceback(archive, tmp_path):
    uri = f"file:{tmp_path / 'archive.db'}?mode=ro"
    readonly = sqlite_utils.Database(sqlite3.connect(uri, uri=True))
    with pytest.raises(StoreError) as caught:
        store_page(readonly, big_page(), OTHER)
    assert "read-only" in caught.value.reason
    readonly.conn.close()
    assert get_article(archive, OTHER) is None


@pytest.fixture
def immutable_archive(archive, tmp_path):
    path = tmp_path / "archive.db"
    archive.conn.close()
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available on this filesystem")
    try:
        yield str(path)
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.skipif(sys.platform != "linux", reason="chattr is Linux-only")
def test_fetch_into_a_read_only_archive_prints_one_line_and_exits_1(immutable_archive, site):
    url = site.add("/2026/02/07/kabar/", render_page())
    result = run_cli("fetch", "--db", immutable_archive, url)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_import_and_reparse_into_a_read_only_archive_print_one_line_and_exit_1(immutable_archive, tmp_path):
    saved = tmp_path / "halaman.html"
    saved.write_text(render_page(), encoding="utf-8")
    for args in (("import", str(saved)), ("reparse",)):
        result = run_cli(*args, "--db", immutable_archive)
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "read-only" in result.stderr, result.stderr
