"""A PostgreSQL archive that cannot be opened ends any command in one line with the reason a user acts on
(malformed URL, wrong password, no such database, server down), exit 2 for a URL that is not one and 1 for the
rest; a password never appears in what is printed. Against the real throwaway cluster, no mocks."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest
from support.pages import run_cli

from telisik.errors import EXIT_FAILED, EXIT_USAGE


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://telisik@127.0.0.1:notaport/archive", "malformed database URL"),
        ("postgresql://telisik@127.0.0.1:5432/archive?sslmode=bogus", "malformed database URL"),
        ("postgresql://telisik@127.0.0.1:5432/archive?no_such_option=1", "malformed database URL"),
        ("postgresql://telisik@127.0.0.1:5432", "names no database"),
    ],
)
def test_a_malformed_url_is_a_usage_error(url, reason):
    result = run_cli("export", "--db", url)
    assert result.exit_code == EXIT_USAGE
    assert reason in one_line(result)


def test_server_down_says_it_is_not_reachable():
    result = run_cli("history", "1", "--db", f"postgresql://telisik@127.0.0.1:{closed_port()}/archive")
    assert result.exit_code == EXIT_FAILED
    line = one_line(result)
    assert line.startswith("telisik: cannot open the archive postgresql://telisik@127.0.0.1:")
    assert "the server is not reachable" in line


def test_missing_database_says_how_to_create_it(pg_cluster):
    result = run_cli("fetch", "--db", f"{pg_cluster.url}/no_such_archive", "https://example.invalid/a/")
    assert result.exit_code == EXIT_FAILED
    assert 'database "no_such_archive" does not exist (create it: createdb no_such_archive)' in one_line(
        result
    )


def test_wrong_password_is_named_and_never_printed(pg_cluster):
    url = pg_cluster.password_database("redaksi", "rahasia-benar")
    assert run_cli("export", "--db", url).exit_code == 0  # the right one opens (and creates) the archive
    wrong = url.replace("rahasia-benar", "rahasia-salah")
    for args in (["export", "--db", wrong], ["sites", "list", "--db", wrong], ["copy", wrong, "x.db"]):
        result = run_cli(*args)
        assert result.exit_code == EXIT_FAILED, args
        line = one_line(result)
        assert "wrong user name or password" in line
        assert "rahasia" not in result.stderr and "redaksi:***@" in line
    missing = run_cli("export", "--db", url.replace(":rahasia-benar", ""))
    assert "the server asks for a password" in one_line(missing)


def test_postgres_scheme_and_the_environment_variable_select_the_database(pg_url, monkeypatch):
    short = pg_url.replace("postgresql://", "postgres://", 1)
    assert run_cli("sites", "add", "https://blora.example.id/", "--db", short).exit_code == 0
    monkeypatch.setenv("TELISIK_DB", pg_url)
    listed = run_cli("sites", "list", "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    assert [site["name"] for site in json.loads(listed.stdout)] == ["blora.example.id"]


def test_messages_show_a_database_url_without_its_password():
    from telisik.archive.postgres import redacted
    from telisik.cli.common import shown_db

    assert (
        shown_db("postgresql://redaksi:rahasia@db.example/arsip")
        == "postgresql://redaksi:***@db.example/arsip"
    )
    assert (
        redacted("postgresql://redaksi:rahasia@db:notaport/arsip")
        == "postgresql://redaksi:***@db:notaport/arsip"
    )
    assert shown_db("postgresql://redaksi@db.example/arsip") == "postgresql://redaksi@db.example/arsip"
    assert (
        shown_db("/home/redaksi/arsip:rahasia@x.db") == "/home/redaksi/arsip:rahasia@x.db"
    )  # a file is a file


@pytest.mark.slow
def test_the_sqlite_path_never_imports_the_driver(tmp_path):
    code = (
        "import sys; from telisik.cli import main\n"
        f"try:\n    main(['copy', {str(tmp_path / 'a.db')!r}, {str(tmp_path / 'b.db')!r}])\n"
        "except SystemExit:\n    pass\n"
        "print('psycopg' in sys.modules, 'telisik.archive.postgres' in sys.modules)"
    )
    from support.archive import filled_archive
    from support.articles import make_article

    filled_archive(tmp_path / "a.db", [make_article("https://blora.example.id/2026/01/27/banjir/")]).close()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["False", "False"], out.stderr
    assert (tmp_path / "b.db").exists()


@pytest.mark.parametrize("url", ["mysql://redaksi@db/arsip", "sqlite:///arsip.db"])
def test_another_kind_of_database_url_is_a_usage_error(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("fetch", "--db", url, "https://blora.example.id/a/")
    assert result.exit_code == EXIT_USAGE
    assert "is not an archive telisik can open" in one_line(result)
    assert list(tmp_path.iterdir()) == []  # no file or directory made of it
