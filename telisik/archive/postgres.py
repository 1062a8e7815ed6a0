"""The PostgreSQL backend's connection: a psycopg 3 connection that speaks the archive's SQL.

The archive's modules write one dialect: SQLite's, kept to what PostgreSQL also understands (`ON CONFLICT`,
`substr`, `coalesce`, standard joins). `PgConnection` takes that SQL and the `?` parameters of sqlite3 and
hands psycopg the few spellings PostgreSQL wants instead (`"name"` for `[name]`, `%s` for `?`, `ON CONFLICT DO
NOTHING` for `INSERT OR IGNORE`, no `INDEXED BY` hints). What cannot be translated this way (the full-text
index, the schema, metadata) has a PostgreSQL branch of its own in the module that owns it
(`sql.is_postgres(db)`).

psycopg's errors are re-raised as `PostgresError`/`PostgresIntegrityError`, subclasses of sqlite3's: the
archive's callers already handle one error family (`sql.DatabaseFailure`), and it stays one family. psycopg is
imported only when a `postgresql://` archive is opened: the SQLite path never loads it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from telisik.archive.sql import StoreError
from telisik.errors import EXIT_USAGE

if TYPE_CHECKING:
    import psycopg

# Short transactions are part of the contract with the server: a crawler that stalls inside one (a SIGSTOP,
# a debugger) must not hold locks forever. The server ends such a session after this long.
IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000
CONNECT_TIMEOUT_S = 10


class PostgresError(sqlite3.OperationalError):
    """A PostgreSQL error, in the archive's one error family."""


class PostgresIntegrityError(sqlite3.IntegrityError):
    """A PostgreSQL constraint violation (unique key, foreign key)."""


class DatabaseUrlError(StoreError):
    """`--db` looks like a database URL but is not a usable one: a usage error."""

    exit_code = EXIT_USAGE


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs (also a malformed one: a bad port)."""
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return urlunsplit((parts.scheme, f"{user}:***@{hostport}", parts.path, parts.query, parts.fragment))


def check_url(url: str) -> None:
    """A DatabaseUrlError with one line for a URL libpq would refuse, or misread, before connecting."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 (urlsplit checks the port when asked for it)
    except ValueError as exc:
        raise DatabaseUrlError(f"malformed database URL {redacted(url)}: {exc}") from None
    if not parts.path.strip("/"):
        raise DatabaseUrlError(
            f"the database URL {redacted(url)} names no database (postgresql://user@host/dbname)"
        )


def connect(url: str) -> PgConnection:
    """Connect to the PostgreSQL archive at `url`; a StoreError with one line for the user when it cannot
    (psycopg missing, server down, wrong password, no such database)."""
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("a postgresql:// archive needs psycopg: pip install 'telisik[postgres]'") from exc
    check_url(url)
    try:
        conn = _session_class().connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="telisik",
            # force_custom_plan: psycopg prepares a statement run 5 times, and PostgreSQL's generic plan of a
            # search (made without the query's words) can be 50x slower than the plan for the words at hand.
            options=f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT_MS} "
            "-c plan_cache_mode=force_custom_plan",
        )
    except psycopg.ProgrammingError as exc:  # a malformed URL or option
        raise DatabaseUrlError(f"malformed database URL {redacted(url)}: {_first_line(exc)}") from exc
    except psycopg.OperationalError as exc:
        if _MALFORMED.search(str(exc)):
            raise DatabaseUrlError(f"malformed database URL {redacted(url)}: {_first_line(exc)}") from exc
        raise StoreError(f"cannot open the archive {redacted(url)}: {connection_reason(exc)}") from exc
    conn.adapters.register_loader("numeric", _numeric_loader())
    return PgConnection(conn, url)


@lru_cache(maxsize=1)
def _session_class() -> type[psycopg.Connection]:
    """psycopg's connection, but one dropped without close() ends its session quietly, as an sqlite3
    connection does (psycopg warns): the commands close theirs, a library caller need not."""
    import psycopg

    class Session(psycopg.Connection):
        def __del__(self, *args: Any) -> None:
            if hasattr(self, "pgconn") and not self.closed:
                self.close()

    return Session


@lru_cache(maxsize=1)
def _numeric_loader() -> type:
    """NUMERIC values as SQLite gives them: `sum()` of integers is an int, `avg()` a float (PostgreSQL
    answers both as NUMERIC, which psycopg would make a Decimal that neither JSON nor arithmetic with floats
    accepts)."""
    from psycopg.adapt import Loader

    class NumberLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode("ascii")
            if text.lstrip("-").isdigit():
                return int(text)
            return float(text)

    return NumberLoader


# libpq's words for a URL or option it cannot parse (reported when connecting, not by the parser).
_MALFORMED = re.compile(r"invalid [\w ]*(value|option)|invalid URI|missing \"=\"|unterminated quoted")


def connection_reason(exc: BaseException) -> str:
    """One line saying why a connection failed, in the words a user acts on."""
    text = str(exc)
    if "password authentication failed" in text:
        return "wrong user name or password"
    if "no password supplied" in text:
        return "the server asks for a password: put it in the URL or in ~/.pgpass"
    match = re.search(r'role "([^"]+)" does not exist', text)
    if match:
        return f'no user "{match.group(1)}" on the server'
    match = re.search(r'database "([^"]+)" does not exist', text)
    if match:
        return f'database "{match.group(1)}" does not exist (create it: createdb {match.group(1)})'
    if "Connection refused" in text or "could not connect" in text or "No such file" in text:
        return "the server is not reachable (is PostgreSQL running, and the host and port right?)"
    if "timeout expired" in text:
        return "the server did not answer in time"
    return _first_line(exc)


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


class PgConnection:
    """A psycopg connection in autocommit mode, answering the calls the archive makes of sqlite3's
    (`execute`, `executemany`, `in_transaction`, `close`). Transactions are explicit (`BEGIN`/`COMMIT`,
    savepoints), exactly as the archive drives SQLite's."""

    backend = "postgresql"

    def __init__(self, conn: psycopg.Connection, url: str) -> None:
        self._conn = conn
        self.url = url

    @property
    def conn(self) -> PgConnection:
        # `sql.raw_connection` reads `db.conn` of a handle that is not a bare sqlite3 connection.
        return self

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._conn.info.transaction_status != TransactionStatus.IDLE

    @property
    def closed(self) -> bool:
        return self._conn.closed

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        try:
            cursor = self._conn.cursor()  # raises once the server closed the connection
            text, order = translate(sql)
            cursor.execute(text, _adapted(params or (), order))
        except Exception as exc:
            raise _archive_error(exc) from exc
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        try:
            cursor = self._conn.cursor()
            text, order = translate(sql)
            cursor.executemany(text, [_adapted(row, order) for row in rows])
        except Exception as exc:
            raise _archive_error(exc) from exc
        return cursor

    def commit(self) -> None:
        """As sqlite3's: end the open transaction, if any (in autocommit mode a statement outside BEGIN is
        committed already)."""
        if self.in_transaction:
            self.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _adapted(params: Sequence[Any], order: tuple[int, ...] | None) -> list[Any]:
    if order is not None:  # numbered parameters (`?1`): psycopg's are positional, one per occurrence
        params = [params[index] for index in order]
    # SQLite stores booleans as integers and the schema's columns are INTEGER: PostgreSQL would refuse a
    # boolean there.
    return [int(value) if isinstance(value, bool) else value for value in params]


def _archive_error(exc: Exception) -> Exception:
    import psycopg

    if not isinstance(exc, psycopg.Error):
        return exc
    if isinstance(exc, psycopg.errors.IntegrityError):
        return PostgresIntegrityError(_first_line(exc))
    if isinstance(exc, psycopg.OperationalError) and (
        "server closed" in str(exc) or "terminating" in str(exc) or "connection is closed" in str(exc)
    ):
        return PostgresError(f"the PostgreSQL server closed the connection ({_first_line(exc)})")
    return PostgresError(_first_line(exc))


_IDENTIFIER = re.compile(r"\[(\w+)\]")
_INDEX_HINT = re.compile(r"\s+INDEXED BY \w+", re.IGNORECASE)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.IGNORECASE)


_NUMBERED = re.compile(r"\?(\d+)")


@lru_cache(maxsize=2048)
def translate(sql: str) -> tuple[str, tuple[int, ...] | None]:
    """The archive's SQL in PostgreSQL's spelling (see the module docstring), and for SQL with numbered
    parameters (`?1`), which parameter each `%s` takes. String literals are left as they are, but for `%`,
    which psycopg reads as a placeholder unless doubled."""
    if sql.strip().upper() == "BEGIN IMMEDIATE":
        # PostgreSQL's row locks make the up-front write lock unnecessary: writers wait per row.
        return "BEGIN", None
    ignore = bool(_INSERT_OR_IGNORE.match(sql))
    if ignore:
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1)
    pieces = re.split(r"('(?:[^']|'')*')", sql)
    out = []
    order: list[int] = []
    for index, piece in enumerate(pieces):
        if index % 2:  # a string literal
            out.append(piece.replace("%", "%%"))
            continue
        piece = _INDEX_HINT.sub("", piece)
        piece = _IDENTIFIER.sub(r'"\1"', piece).replace("%", "%%")
        order.extend(int(number) - 1 for number in _NUMBERED.findall(piece))
        out.append(_NUMBERED.sub("%s", piece).replace("?", "%s"))
    translated = "".join(out)
    if ignore:
        translated = translated.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return translated, tuple(order) if order else None
