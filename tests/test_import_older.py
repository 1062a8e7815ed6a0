"""An older capture imported late (a WARC of last month into today's archive) is kept as a past version in
fetch-time order; it never becomes the current version and is never lost."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from support.archive import assert_intact
from support.pages import (
    CANONICAL,
    PARAGRAPHS,
    PATH,
    PageSpec,
    fetch_into,
    render_page,
    run_cli,
    store_page,
)

from telisik.archive import get_article, get_captures, get_version, list_versions, open_db

pytestmark = pytest.mark.both_backends

T0 = datetime(2026, 2, 5, 4, 0, tzinfo=timezone.utc)


def _edited(n: int) -> PageSpec:
    """The page with its fourth paragraph saying `n` percent (each n is a different revision)."""
    return PageSpec(
        paragraphs=[*PARAGRAPHS[:3], PARAGRAPHS[3].replace("12 persen", f"{n} persen"), *PARAGRAPHS[4:]]
    )


def test_importing_a_warc_of_v1_into_an_archive_holding_v2_keeps_v1_as_the_older_version(
    site, db_path, tmp_path
):
    old_db = str(tmp_path / "old.db")
    site.add(PATH, render_page())
    fetch_into(old_db, site.url(PATH))  # v1, fetched first
    warc = tmp_path / "v1.warc.gz"
    assert run_cli("export", "--db", old_db, "--format", "warc", "-o", str(warc)).exit_code == 0
    site.add(PATH, render_page(_edited(15)))
    fetch_into(db_path, site.url(PATH))  # v2, fetched later, into the archive we import into

    result = run_cli("import", "--trust-canonical", "--db", db_path, str(warc))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("updated ")
    assert "(an older capture: kept as version 1)" in result.stderr

    db = open_db(db_path)
    versions = list_versions(db, CANONICAL)
    assert [(v.version, v.is_current) for v in versions] == [(1, False), (2, True)]
    assert versions[0].fetched_at < versions[1].fetched_at
    assert "turun 15 persen" in get_article(db, CANONICAL).body  # the newest fetch stays current
    old = get_version(db, CANONICAL, 1)
    assert "turun 12 persen" in old.body
    assert get_captures(db, old.id, 1)[0].content == render_page().encode("utf-8")
    assert_intact(db)
    db.conn.close()

    history = json.loads(run_cli("history", "--db", db_path, CANONICAL, "--format", "json").stdout)
    assert [v["current"] for v in history] == [False, True]
    again = run_cli("import", "--trust-canonical", "--db", db_path, str(warc))
    assert again.stderr.startswith("unchanged "), again.stderr
    hits = run_cli("search", "--db", db_path, '"turun 12 persen"', "--all-versions", "--format", "json")
    assert [h["version"] for h in json.loads(hits.stdout)] == [1]


def test_an_older_capture_goes_between_the_versions_fetched_before_and_after_it(tmp_path):
    db = open_db(tmp_path / "a.db")
    url = CANONICAL
    assert store_page(db, render_page(_edited(10)), url, fetched_at=T0).version == 1
    assert store_page(db, render_page(_edited(30)), url, fetched_at=T0 + timedelta(days=2)).version == 2

    middle = store_page(db, render_page(_edited(20)), url, fetched_at=T0 + timedelta(days=1))
    assert (middle.status, middle.version, middle.historical) == ("updated", 2, True)
    bodies = [get_version(db, url, n).body for n in (1, 2, 3)]
    assert ["10 persen" in bodies[0], "20 persen" in bodies[1], "30 persen" in bodies[2]] == [True] * 3
    assert [c.fetched_at for n in (1, 2, 3) for c in get_captures(db, 1, n)] == [
        T0,
        T0 + timedelta(days=1),
        T0 + timedelta(days=2),
    ]
    current = get_article(db, url)
    assert current.version == 3 and "30 persen" in current.body

    first = store_page(db, render_page(_edited(5)), url, fetched_at=T0 - timedelta(days=1))
    assert (first.version, first.historical) == (1, True)
    assert [v.version for v in list_versions(db, url)] == [1, 2, 3, 4]
    first_seen = db.execute("SELECT first_seen_at FROM articles").fetchone()[0]
    assert first_seen == (T0 - timedelta(days=1)).isoformat()


def test_an_older_capture_with_the_content_of_the_version_then_in_force_adds_nothing(tmp_path):
    db = open_db(tmp_path / "a.db")
    url = CANONICAL
    store_page(db, render_page(_edited(10)), url, fetched_at=T0)
    store_page(db, render_page(_edited(30)), url, fetched_at=T0 + timedelta(days=2))
    same_as_v1 = store_page(db, render_page(_edited(10)), url, fetched_at=T0 + timedelta(days=1))
    assert (same_as_v1.status, same_as_v1.historical) == ("unchanged", False)
    assert [v.version for v in list_versions(db, url)] == [1, 2]
    # Nor does it touch the current version's bookkeeping with its older facts.
    checked = db.execute("SELECT last_checked_at FROM articles").fetchone()[0]
    assert checked == (T0 + timedelta(days=2)).isoformat()
