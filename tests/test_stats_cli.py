"""`telisik stats`, `telisik list` and `telisik delete` on the serve tests' archive.

The archive (support.serve.build_archive): 30 dated articles, one every two days from 1 January 2026
over three sites in turn (blora, pati, kudus); every third (all on blora) says "pengamanan", which `aman`
finds by its stem; plus a three-version article (5 February) and a hostile one (10 February).
January has 16 articles, 6 matching; February 16, 4 matching.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from support.archive import sql_connection
from support.pages import run_cli
from support.serve import build_archive

from telisik import archive as telisik_archive
from telisik.archive.watch import note_checked, note_removal

pytestmark = pytest.mark.both_backends


@pytest.fixture
def archive(db_path) -> tuple[str, dict[str, int]]:
    return db_path, build_archive(db_path)


def test_stats_per_month_with_a_query_counts_and_shares(archive):
    path, _ = archive
    result = run_cli("stats", "aman", "--by", "month", "--db", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"period": "2026-01", "articles": 16, "matches": 6, "share": 0.375},
        {"period": "2026-02", "articles": 16, "matches": 4, "share": 0.25},
    ]


def test_stats_without_query_per_week_and_day(archive):
    path, _ = archive
    weeks = list(
        csv.DictReader(io.StringIO(run_cli("stats", "--by", "week", "--db", path, "--format", "csv").stdout))
    )
    assert weeks[0] == {
        "period": "2025-12-29",
        "articles": "2",
    }  # Thu 1 and Sat 3 January: week of Mon 29 Dec
    assert sum(int(w["articles"]) for w in weeks) == 32
    assert all(w["period"] >= "2025-12-29" for w in weeks)
    days = json.loads(
        run_cli("stats", "--by", "day", "--site", "pati.example.id", "--db", path, "--format", "json").stdout
    )
    assert [d["period"] for d in days[:2]] == ["2026-01-03", "2026-01-09"] and len(days) == 10


def test_stats_by_site_gives_top_sites_for_a_query(archive):
    path, _ = archive
    rows = json.loads(run_cli("stats", "aman", "--by", "site", "--db", path, "--format", "json").stdout)
    assert rows == [{"site": "blora.example.id", "articles": 10, "matches": 10, "share": 1.0}]
    sizes = json.loads(
        run_cli("stats", "--by", "site", "--top", "2", "--db", path, "--format", "json").stdout
    )
    assert [r["articles"] for r in sizes] == [10, 10] and len(sizes) == 2


def test_stats_table_and_since_until(archive):
    path, _ = archive
    result = run_cli("stats", "pasar", "--since", "2026-02-01", "--until", "2026-02-28", "--db", path)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["PERIOD", "ARTICLES", "MATCHES", "SHARE"]
    assert lines[1].split() == ["2026-02", "16", "14", "87.5%"]


def test_stats_table_has_a_bar_column_on_a_terminal(monkeypatch, capsys):
    from telisik.cli import stats_cmd

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    stats_cmd._print_stats_table(
        [{"period": "2026-01", "articles": 10}, {"period": "2026-02", "articles": 5}],
        key="period",
        query=None,
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].endswith("█" * stats_cmd.BAR_WIDTH) and lines[2].endswith(
        "█" * (stats_cmd.BAR_WIDTH // 2)
    )
    assert "█" not in lines[0]


def test_stats_errors_are_one_line(archive):
    path, _ = archive
    result = run_cli("stats", '""', "--db", path)
    # an unsearchable query fails as it does in `telisik search` (exit 1); bad options are usage errors (2)
    assert result.exit_code == 1 and result.stderr.startswith("telisik: nothing to search for")
    assert run_cli("stats", "--by", "site", "--site", "x", "--db", path).exit_code == 2
    assert run_cli("stats", "--since", "2026-02-30", "--db", path).exit_code == 2


def test_list_newest_first_with_filters(archive):
    path, ids = archive
    rows = json.loads(run_cli("list", "--db", path, "--format", "json", "--limit", "3").stdout)
    assert [r["title"] for r in rows] == [
        "Berita nomor 29 dari Kudus",
        "Berita nomor 28 dari Pati",
        "Berita nomor 27 dari Blora",
    ]
    rina = json.loads(
        run_cli(
            "list", "--db", path, "--format", "json", "--author", "rina", "--site", "pati.example.id"
        ).stdout
    )
    assert rina and all(r["authors"] == ["Rina Kusumawati"] and r["site"] == "pati.example.id" for r in rina)
    window = json.loads(
        run_cli(
            "list",
            "--db",
            path,
            "--format",
            "json",
            "--since",
            "2026-02-05",
            "--until",
            "2026-02-10",
            "--sort",
            "oldest",
        ).stdout
    )
    assert [r["published"][:10] for r in window] == [
        "2026-02-05",
        "2026-02-06",
        "2026-02-08",
        "2026-02-10",
        "2026-02-10",
    ]
    table = run_cli("list", "--db", path, "--limit", "1").stdout.splitlines()
    assert table[0].split()[1:] == ["Berita", "nomor", "29", "dari", "Kudus"]
    assert "kudus.example.id" in table[1]


def test_list_removed_only_shows_articles_removed_from_their_site(archive):
    path, ids = archive
    assert json.loads(run_cli("list", "--removed", "--db", path, "--format", "json").stdout) == []
    conn = sql_connection(path)
    conn.execute("UPDATE articles SET removed_since = '2026-03-01' WHERE id = ?", (ids["hostile"],))
    conn.commit()
    conn.close()
    removed = json.loads(run_cli("list", "--removed", "--db", path, "--format", "json").stdout)
    assert [r["id"] for r in removed] == [ids["hostile"]] and removed[0]["removed_since"] == "2026-03-01"
    assert (
        len(
            json.loads(
                run_cli("list", "--not-removed", "--limit", "100", "--db", path, "--format", "json").stdout
            )
        )
        == 31
    )


def test_list_table_strips_terminal_escapes(archive):
    path, _ = archive
    out = run_cli("list", "--site", "hostile.test", "--db", path).stdout
    assert "Budi MERAH" in out and "\x1b" not in out


def test_delete_removes_article_versions_captures_and_index_entries(archive):
    path, ids = archive
    reader = telisik_archive.open_reader(path)
    assert telisik_archive.count_hits(reader, "aman") == 10
    victim = json.loads(
        run_cli("list", "--site", "blora.example.id", "--limit", "1", "--db", path, "--format", "json").stdout
    )[0]
    reader.close()
    result = run_cli("delete", str(ids["pupuk"]), victim["url"], "--yes", "--db", path)
    assert result.exit_code == 0, result.stderr
    assert f"article {ids['pupuk']} (pati.kabarlingkar.test)" in result.stderr
    assert "3 versions, 3 captures" in result.stderr and "deleted 2 articles" in result.stderr
    reader = telisik_archive.open_reader(path)
    assert telisik_archive.get_article(reader, ids["pupuk"]) is None
    for table in ("article_versions", "captures"):
        assert (
            reader.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (ids["pupuk"],)).fetchone()[
                0
            ]
            == 0
        )
    assert telisik_archive.count_hits(reader, "pupuk") == 0  # exact index
    assert telisik_archive.count_hits(reader, "aman") == 9  # stemmed (contentless) index forgot it too
    assert telisik_archive.count_hits(reader, "jakenan", all_versions=True) == 0  # old versions' index
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 30


def test_delete_of_a_rechecked_and_removed_article_takes_its_watch_state_too(archive):
    path, ids = archive
    db = telisik_archive.open_db(path)
    note_checked(db, ids["pupuk"], "2026-03-01T02:00:00Z")
    note_removal(db, ids["pupuk"], "2026-03-01T02:00:00Z", "HTTP 404", run="r1")
    note_removal(db, ids["pupuk"], "2026-03-02T02:00:00Z", "HTTP 404", run="r2")  # recorded: an event
    db.close()
    result = run_cli("delete", str(ids["pupuk"]), "--yes", "--db", path)
    assert result.exit_code == 0, result.stderr
    conn = sql_connection(path)
    for table in ("articles", "article_checks", "article_events"):
        left = conn.execute(
            f"SELECT count(*) FROM {table} WHERE {'id' if table == 'articles' else 'article_id'} = ?",
            (ids["pupuk"],),
        )
        assert left.fetchone()[0] == 0, table
    conn.close()


def test_delete_asks_and_refuses_without_a_terminal(archive):
    path, ids = archive
    result = run_cli("delete", str(ids["pupuk"]), "--db", path)
    assert result.exit_code == 2 and "add --yes" in result.stderr
    assert "This deletes:" in result.stderr  # it said what would go
    assert telisik_archive.get_article(telisik_archive.open_reader(path), ids["pupuk"]) is not None


def test_delete_of_an_unknown_article_deletes_nothing(archive):
    path, ids = archive
    result = run_cli("delete", str(ids["pupuk"]), "424242", "--yes", "--db", path)
    assert (
        result.exit_code == 1
        and result.stderr.strip() == "telisik: no article 424242 in the archive; nothing was deleted"
    )
    assert telisik_archive.get_article(telisik_archive.open_reader(path), ids["pupuk"]) is not None


@pytest.mark.slow
def test_shell_completion_offers_the_new_commands_and_choices():
    import os
    import subprocess
    import sys

    def complete(words: str, cword: int) -> list[str]:
        env = {
            **os.environ,
            "COMP_WORDS": words,
            "COMP_CWORD": str(cword),
            "_TELISIK_COMPLETE": "bash_complete",
        }
        result = subprocess.run(
            [sys.executable, "-c", "from telisik.cli import main; main(prog_name='telisik')"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return [line.split(",", 1)[1] for line in result.stdout.splitlines()]

    assert {"serve", "stats", "search", "sites", "show"} <= set(complete("telisik s", 1))
    assert complete("telisik stats --by ", 3) == ["day", "week", "month", "site"]


def test_stats_survive_a_publication_date_that_is_not_a_date(archive):
    path, ids = archive
    conn = sql_connection(path)  # an archive edited by hand, or migrated from an early telisik
    conn.execute("UPDATE articles SET published = 'kemarin sore' WHERE id = ?", (ids["hostile"],))
    conn.commit()
    conn.close()
    for by in ("day", "week", "month"):
        result = run_cli("stats", "banjir", "--by", by, "--db", path, "--format", "json")
        assert result.exit_code == 0, result.stderr
        assert all(r["period"] for r in json.loads(result.stdout))
