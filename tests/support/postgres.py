"""A throwaway PostgreSQL cluster for the tests: `initdb` in a temporary directory, `pg_ctl` on a free
loopback port, one fresh database per test, everything removed at the end of the session.

PostgreSQL refuses to run as root; as root (CI containers) the cluster runs as the `postgres` user
(`runuser`). Where the binaries are missing, the tests that need the server are skipped, except under CI
(`CI` set), where a missing server is a failure: `.ci/run` installs it.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

BINARY_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")
SERVER_USER = "postgres"
ADMIN_DB = "postgres"


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for directory in BINARY_DIRS:
        candidate = os.path.join(directory, name)
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresCluster:
    """One running server; `new_database()` hands out empty databases by URL."""

    def __init__(self, *, durable: bool = False) -> None:
        initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise FileNotFoundError("initdb/pg_ctl not found (install Debian's postgresql package)")
        self.pg_ctl = pg_ctl
        self.root = Path(tempfile.mkdtemp(prefix="telisik-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "telisik"
        self._as_user = self._runner()
        self._counter = itertools.count(1)
        self._run([initdb, "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8", "--locale=C"])
        # Tests trade durability for speed; a benchmark (`durable`) keeps the server's defaults.
        speed = "" if durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} "
            f"{speed}-c max_connections=200"
        )
        self._run([pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start"])
        self.url = f"postgresql://{self.user}@127.0.0.1:{self.port}"

    def _runner(self) -> list[str]:
        if os.geteuid() != 0:
            return []
        account = pwd.getpwnam(SERVER_USER)
        os.chown(self.root, account.pw_uid, account.pw_gid)
        runuser = shutil.which("runuser") or "/sbin/runuser"
        return [runuser, "-u", SERVER_USER, "--"]

    def _run(self, command: list[str]) -> None:
        subprocess.run([*self._as_user, *command], check=True, capture_output=True, cwd=self.root)

    def admin_url(self) -> str:
        return f"{self.url}/{ADMIN_DB}"

    def new_database(self) -> str:
        """An empty database's URL (a new one each call: tests never see each other's rows)."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return f"{self.url}/{name}"

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def password_database(self, role: str, password: str) -> str:
        """A database owned by a new `role` that must log in with `password` (SCRAM; the cluster's other
        users stay on trust): its URL with the password in it."""
        import psycopg

        hba = self.data / "pg_hba.conf"
        rule = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text())  # the first matching line decides
        name = f"{role}_db"
        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
            conn.execute(f'CREATE DATABASE "{name}" OWNER "{role}" TEMPLATE template0')
            conn.execute("SELECT pg_reload_conf()")
        self._wait_for_password_rule(role, name)
        return f"postgresql://{role}:{password}@127.0.0.1:{self.port}/{name}"

    def _wait_for_password_rule(self, role: str, name: str) -> None:
        """pg_reload_conf() only signals the server: wait until it refuses a login without the password."""
        import psycopg

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                psycopg.connect(f"postgresql://{role}@127.0.0.1:{self.port}/{name}").close()
            except psycopg.OperationalError:
                return
            time.sleep(0.05)
        raise RuntimeError("the server did not take the password rule")

    def stop(self) -> None:
        try:
            self._run([self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_or_skip() -> PostgresCluster:
    """The session's cluster, or a skip (a failure under CI, where the server must be there)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("psycopg is not installed (pip install -e '.[test]')")
    try:
        return PostgresCluster()
    except (FileNotFoundError, KeyError) as exc:
        _missing(str(exc))
    except subprocess.CalledProcessError as exc:
        _missing(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace').strip()[:300]}")
    raise AssertionError("unreachable")


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")
