"""Several crawl processes on one PostgreSQL archive: site leases and per-host politeness on the database's clock.

PostgreSQL only (the SQLite archive keeps its file lock, `telisik.crawl.run.CrawlLock`). Three small tables,
created on first use (`ensure_lease_tables`); they hold the crawl's coordination, not the archive, so `copy`
and `export` leave them alone:

- `crawl_leases(site_id, holder, token, expires_at, finished_at)`: a process claims a whole site
  (`claim_site`: `FOR UPDATE SKIP LOCKED`, so two processes never claim the same one), renews the lease while
  it works (`renew_leases`) and releases it when done (`release_site`, setting `finished_at`). A lease whose
  `expires_at` has passed (a process killed or stalled) is claimed by the next process that asks.
  `finished_at` lets the processes of one run share the sites: each claims only sites not finished since it
  started.
- `host_turns(host, last_at, hold_until)`: when each host was last asked, by whichever process
  (`take_turn`): a request may start when `last_at + delay` and any Retry-After hold have passed, on the
  server's `now()`, so the clocks of the crawler hosts do not matter. `last_at` is set when a turn is
  granted and moved to when the request was actually written (`mark_sent`), which is later.
- `host_conns(host, slot, holder, expires_at)`: at most N requests in flight to a host across processes; a
  slot is leased like a site (renewed with the holder's sites, so a killed process's slots come free).

A holder that is known to be dead (a process of the claimant's own machine, `telisik.crawl.holders`) does not
keep its leases and slots until they expire: `live_holders` lists a host's, `release_holders` frees a dead
one's at once.

A process that lost its lease (stalled past it, another took the site over) must never write: `LeasedArchive`
is the archive handle a leased site's crawl writes through; every write transaction it opens first checks the
lease inside that transaction (`check_lease`: `FOR SHARE`, token and expiry on the server's clock), so the
check and the write commit together, and a takeover cannot slip in between (the claim skips the locked row).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from telisik.archive.sql import raw_connection, table_exists, write_transaction
from telisik.errors import TelisikError

if TYPE_CHECKING:
    from telisik.archive.sql import Archive

# pg_advisory_xact_lock key for creating the tables: "leases" in ASCII, as an integer.
LEASES_LOCK = 0x6C6561736573

TABLES = (
    """CREATE TABLE IF NOT EXISTS crawl_leases (
        site_id BIGINT PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
        holder TEXT,
        token TEXT,
        claimed_at TIMESTAMPTZ,
        expires_at TIMESTAMPTZ,
        finished_at TIMESTAMPTZ
    )""",
    """CREATE TABLE IF NOT EXISTS host_turns (
        host TEXT PRIMARY KEY,
        last_at TIMESTAMPTZ NOT NULL DEFAULT 'epoch',
        hold_until TIMESTAMPTZ NOT NULL DEFAULT 'epoch'
    )""",
    """CREATE TABLE IF NOT EXISTS host_conns (
        host TEXT NOT NULL,
        slot INTEGER NOT NULL,
        holder TEXT,
        expires_at TIMESTAMPTZ,
        PRIMARY KEY (host, slot)
    )""",
)


class LeaseLost(TelisikError):
    """This process no longer holds the site's lease (it stalled past it, or another process took the site
    over): whatever it was about to write is not written."""


def ensure_lease_tables(db: Archive) -> None:
    """Create the coordination tables if missing (idempotent; two processes starting at once wait for each
    other on an advisory lock rather than race to create them)."""
    if all(table_exists(db, name) for name in ("crawl_leases", "host_turns", "host_conns")):
        return
    with write_transaction(db):
        conn = raw_connection(db)
        conn.execute("SELECT pg_advisory_xact_lock(?)", (LEASES_LOCK,))
        for sql in TABLES:
            conn.execute(sql)


def database_now(db: Archive) -> datetime:
    """The server's clock: every lease and turn is measured on it."""
    return raw_connection(db).execute("SELECT now()").fetchone()[0]


# -- site leases -----------------------------------------------------------------------------------------


def add_sites(db: Archive, site_ids: Sequence[int]) -> None:
    """A lease row for each of these sites (free), so that claims only ever lock existing rows."""
    if site_ids:
        raw_connection(db).execute(
            "INSERT INTO crawl_leases (site_id) SELECT id FROM sites WHERE id = ANY(?) ON CONFLICT DO NOTHING",
            (list(site_ids),),
        )


def claim_site(
    db: Archive, site_ids: Sequence[int], *, holder: str, token: str, seconds: float, since: datetime
) -> int | None:
    """Claim one of `site_ids` whose lease is free or expired and that no process finished since `since`
    (this process's start); the site's id, or None when there is none to claim right now.

    `SKIP LOCKED`: two processes claiming at once take different sites; a row another process claimed and
    committed meanwhile is re-checked against the condition (READ COMMITTED) and skipped."""
    if not site_ids:
        return None
    row = (
        raw_connection(db)
        .execute(
            """UPDATE crawl_leases SET holder = ?1, token = ?2, claimed_at = now(),
                 expires_at = now() + make_interval(secs => ?3)
               WHERE site_id = (
                 SELECT site_id FROM crawl_leases
                 WHERE site_id = ANY(?4) AND (token IS NULL OR expires_at <= now())
                   AND (finished_at IS NULL OR finished_at < ?5)
                 ORDER BY finished_at NULLS FIRST, site_id
                 LIMIT 1 FOR UPDATE SKIP LOCKED)
               RETURNING site_id""",
            (holder, token, float(seconds), list(site_ids), since),
        )
        .fetchone()
    )
    return int(row[0]) if row else None


def renew_leases(db: Archive, tokens: Iterable[str], seconds: float) -> set[str]:
    """Extend the leases of these tokens by `seconds` from now; the tokens still held (a token missing from
    the answer lost its site to another process). An expired lease nobody took over is renewed: nobody else
    has written for that site since, the token proves it."""
    tokens = list(tokens)
    if not tokens:
        return set()
    rows = (
        raw_connection(db)
        .execute(
            """UPDATE crawl_leases SET expires_at = now() + make_interval(secs => ?)
               WHERE token = ANY(?) RETURNING token""",
            (float(seconds), tokens),
        )
        .fetchall()
    )
    return {row[0] for row in rows}


def release_site(db: Archive, site_id: int, token: str, *, finished: bool) -> None:
    """Give the site's lease back (a no-op when it was taken over). `finished`: the site's crawl ended (done or
    failed), so the other processes of this run do not crawl it again; else (interrupted) the next process
    may take it at once."""
    raw_connection(db).execute(
        """UPDATE crawl_leases SET holder = NULL, token = NULL, expires_at = NULL,
             finished_at = CASE WHEN ? = 1 THEN now() ELSE finished_at END
           WHERE site_id = ? AND token = ?""",
        (int(finished), site_id, token),
    )


@dataclass
class Pending:
    """The sites of a run not finished yet: how many, how many could be claimed now, and the seconds until
    the first lease held by someone expires (None when none is held)."""

    sites: int
    free: int
    next_expiry: float | None


def pending_sites(db: Archive, site_ids: Sequence[int], since: datetime) -> Pending:
    if not site_ids:
        return Pending(0, 0, None)
    row = (
        raw_connection(db)
        .execute(
            """SELECT count(*), count(*) FILTER (WHERE token IS NULL OR expires_at <= now()),
                 extract(epoch FROM min(expires_at) FILTER (WHERE token IS NOT NULL AND expires_at > now())
                   - now())
               FROM crawl_leases
               WHERE site_id = ANY(?) AND (finished_at IS NULL OR finished_at < ?)""",
            (list(site_ids), since),
        )
        .fetchone()
    )
    return Pending(int(row[0]), int(row[1]), float(row[2]) if row[2] is not None else None)


def check_lease(db: Archive, site_id: int, token: str) -> None:
    """Inside a transaction: the lease is still this token's and unexpired on the server's clock, and stays
    so until the transaction ends (`FOR SHARE` keeps a claim from taking the row meanwhile). Raises
    LeaseLost."""
    row = (
        raw_connection(db)
        .execute(
            """SELECT 1 FROM crawl_leases WHERE site_id = ? AND token = ? AND expires_at > now()
               FOR SHARE""",
            (site_id, token),
        )
        .fetchone()
    )
    if row is None:
        raise LeaseLost(f"the lease on site {site_id} was lost (taken over by another crawl process)")


# -- holders that died -----------------------------------------------------------------------------------


def live_holders(db: Archive, prefix: str) -> list[str]:
    """The holders whose name starts with `prefix` (a host's) that hold an unexpired site lease or
    connection slot."""
    rows = (
        raw_connection(db)
        .execute(
            """SELECT holder FROM crawl_leases
               WHERE token IS NOT NULL AND expires_at > now() AND starts_with(holder, ?1)
               UNION SELECT holder FROM host_conns
               WHERE holder IS NOT NULL AND expires_at > now() AND starts_with(holder, ?1)""",
            (prefix,),
        )
        .fetchall()
    )
    return [row[0] for row in rows]


def release_holders(db: Archive, holders: Sequence[str]) -> int:
    """Give back every site lease and connection slot these holders (processes known to be gone) still have,
    as an interrupted process releases its own (`release_site(finished=False)`): the next claim takes them
    at once. How many leases and slots were freed.

    A row still locked (the dead process's last transaction, not yet ended by the server: behind a
    connection pooler it can take until the idle-in-transaction timeout) is skipped, not waited for, as a
    claim skips it: the next look frees it."""
    if not holders:
        return 0
    conn = raw_connection(db)
    sites = conn.execute(
        """UPDATE crawl_leases SET holder = NULL, token = NULL, expires_at = NULL
           WHERE site_id IN (SELECT site_id FROM crawl_leases WHERE holder = ANY(?) AND token IS NOT NULL
                             FOR UPDATE SKIP LOCKED)
           RETURNING site_id""",
        (list(holders),),
    ).fetchall()
    slots = conn.execute(
        """UPDATE host_conns SET holder = NULL, expires_at = NULL
           WHERE (host, slot) IN (SELECT host, slot FROM host_conns WHERE holder = ANY(?) FOR UPDATE SKIP LOCKED)
           RETURNING slot""",
        (list(holders),),
    ).fetchall()
    return len(sites) + len(slots)


# -- per-host politeness ---------------------------------------------------------------------------------


# A turn not granted although it looked due: another process was granted it in the same instant (its row
# lock made this ask wait, and this statement's snapshot predates it). Ask again after this long.
TURN_RACE_SECONDS = 0.001


@dataclass
class Turn:
    """The answer to a turn asked for: `wait` 0.0 when granted, else the seconds to wait before asking
    again; `last_at` the host's last start (the granted turn's own, when granted)."""

    wait: float
    last_at: datetime

    @property
    def granted(self) -> bool:
        return self.wait == 0.0


def ask_turn(
    db: Archive, host: str, delay: float, *, ahead: float = 0.0, granted: datetime | None = None
) -> Turn | None:
    """Ask to start a request to `host` now: granted when its last start + `delay` and any Retry-After hold
    have passed (the host's last start is then now + `ahead`: the time the request needs to be written,
    the asker's bound on it); None when the host has no row yet (`add_host`).

    `granted`: a turn this process was granted earlier for a request it is only now writing (late): it is
    still this request's when no other start was granted since (the host's last start is still that one)."""
    row = (
        raw_connection(db)
        .execute(
            """WITH granted AS (
                 UPDATE host_turns SET last_at = greatest(last_at, now() + make_interval(secs => ?4))
                 WHERE host = ?1 AND (last_at = ?3
                   OR (last_at <= now() - make_interval(secs => ?2) AND hold_until <= now()))
                 RETURNING last_at)
               SELECT EXISTS (SELECT 1 FROM granted),
                 extract(epoch FROM greatest(last_at + make_interval(secs => ?2), hold_until) - now()),
                 coalesce((SELECT last_at FROM granted), last_at)
               FROM host_turns WHERE host = ?1""",
            (host, float(delay), granted, float(ahead)),
        )
        .fetchone()
    )
    if row is None:
        return None
    if row[0]:
        return Turn(0.0, row[2])
    # Not granted: the wait as this statement's snapshot saw the row, which may predate a grant made in the
    # same instant by another process (then it looks due: ask again at once).
    return Turn(max(TURN_RACE_SECONDS, float(row[1])), row[2])


def take_turn(db: Archive, host: str, delay: float) -> float | None:
    """`ask_turn`, the wait only: 0.0 when granted, else the seconds to wait before asking again; None when
    the host has no row yet."""
    turn = ask_turn(db, host, delay)
    return None if turn is None else turn.wait


def mark_sent(db: Archive, host: str) -> None:
    """A request to `host` was just written, later than its turn's `ahead` allowed for: its start is now
    (the next turn, whichever process asks, is `delay` after this)."""
    raw_connection(db).execute(
        "UPDATE host_turns SET last_at = greatest(last_at, now()) WHERE host = ?", (host,)
    )


def add_host(db: Archive, host: str, connections: int) -> None:
    """The host's turn row and its connection slots (idempotent)."""
    conn = raw_connection(db)
    conn.execute("INSERT INTO host_turns (host) VALUES (?) ON CONFLICT DO NOTHING", (host,))
    conn.execute(
        "INSERT INTO host_conns (host, slot) SELECT ?, generate_series(0, ? - 1) ON CONFLICT DO NOTHING",
        (host, int(connections)),
    )


def hold_host(db: Archive, host: str, seconds: float) -> None:
    """No process starts a request to `host` for `seconds` (a 429/503 with Retry-After)."""
    raw_connection(db).execute(
        """UPDATE host_turns SET hold_until = greatest(hold_until, now() + make_interval(secs => ?))
           WHERE host = ?""",
        (float(seconds), host),
    )


def take_connection(db: Archive, host: str, *, holder: str, connections: int, seconds: float) -> int | None:
    """One of the host's first `connections` slots for `holder` (a process), leased for `seconds`; its number,
    or None when all are taken."""
    row = (
        raw_connection(db)
        .execute(
            """UPDATE host_conns SET holder = ?1, expires_at = now() + make_interval(secs => ?2)
               WHERE host = ?3 AND slot = (
                 SELECT slot FROM host_conns
                 WHERE host = ?3 AND slot < ?4 AND (holder IS NULL OR expires_at <= now())
                 ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED)
               RETURNING slot""",
            (holder, float(seconds), host, int(connections)),
        )
        .fetchone()
    )
    return int(row[0]) if row else None


def release_connection(db: Archive, host: str, slot: int, holder: str) -> None:
    raw_connection(db).execute(
        "UPDATE host_conns SET holder = NULL, expires_at = NULL WHERE host = ? AND slot = ? AND holder = ?",
        (host, slot, holder),
    )


def renew_connections(db: Archive, holder: str, seconds: float) -> None:
    raw_connection(db).execute(
        "UPDATE host_conns SET expires_at = now() + make_interval(secs => ?) WHERE holder = ?",
        (float(seconds), holder),
    )


def release_connections(db: Archive, holder: str) -> None:
    """Every slot `holder` still has (a process ending)."""
    raw_connection(db).execute(
        "UPDATE host_conns SET holder = NULL, expires_at = NULL WHERE holder = ?", (holder,)
    )


# -- the leased site's archive handle --------------------------------------------------------------------

_BEGIN = re.compile(r"^\s*BEGIN\b", re.IGNORECASE)
_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


class LeasedArchive:
    """The PostgreSQL archive handle one leased site's crawl reads and writes through: every transaction it
    opens checks the lease first, inside the transaction (`check_lease`), and a write outside any
    transaction is made one; when the lease is gone the transaction is rolled back and LeaseLost raised.

    It answers what `PgConnection` answers (the archive's functions take it as `db`); the connection itself
    is shared by the process's sites, each through its own LeasedArchive."""

    backend = "postgresql"

    def __init__(self, db: Any, site_id: int, token: str) -> None:
        self._db: Any = raw_connection(db)
        self.site_id = site_id
        self.token = token

    @property
    def conn(self) -> LeasedArchive:
        return self  # `sql.raw_connection` reads `db.conn`

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        if _BEGIN.match(sql):
            cursor = self._db.execute(sql, params)
            self._checked()
            return cursor
        if _WRITE.match(sql) and not self._db.in_transaction:
            with self._one_write():
                return self._db.execute(sql, params)
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        if _WRITE.match(sql) and not self._db.in_transaction:
            with self._one_write():
                return self._db.executemany(sql, rows)
        return self._db.executemany(sql, rows)

    def _checked(self) -> None:
        try:
            check_lease(self._db, self.site_id, self.token)
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def _one_write(self) -> Any:
        return write_transaction(cast(Any, self))  # its BEGIN comes through `execute`: checked

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)
