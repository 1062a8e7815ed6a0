"""Several crawl processes on one PostgreSQL archive: who crawls which site, and politeness across processes.

On a PostgreSQL archive `telisik crawl` takes no file lock: any number of processes, on any number of hosts,
share the configured sites (the SQL is `telisik.archive.leases`):

- `LeaseKeeper` claims whole sites, one lease each (at most `--concurrency` at a time per process), renews
  the leases while the sites are crawled and releases each when its crawl ends. A process keeps claiming
  until every site of the run is finished; a site whose holder died (SIGKILL, a lost host) is claimed again
  once its lease expires, and the taker resumes it from the archive (stored URLs are settled, pending ones
  are in the backlog). A holder on this process's own machine that is known to be gone
  (`telisik.crawl.holders`: a rerun after a SIGKILL) loses its sites and connection slots at once instead.
- Each claimed site is crawled through a `LeasedArchive`: a process that stalled past its lease and lost
  the site writes nothing more for it (the lease is checked inside every write transaction), and makes no
  further request for it (`SiteLease.ensure_held` before each request).
- `SharedPoliteness` replaces the in-process `HostThrottle`s: request starts to a host are spaced by its delay
  (or Crawl-delay), Retry-After holds the host for every process, and at most N connections are open to it,
  all counted on the database server's clock. As in one process (`telisik.crawl.robots`), a start is when
  the request is written: once written, the host's last start on the server is moved to then
  (`leases.mark_sent`), and a request written so late that another process may have been granted a turn
  since asks for its turn again first.

The lease length is `CrawlOptions.lease_seconds`, else the TELISIK_CRAWL_LEASE environment variable, else
DEFAULT_LEASE_SECONDS; leases are renewed every third of it.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from telisik.archive import DatabaseFailure, leases
from telisik.archive.leases import LeasedArchive, LeaseLost
from telisik.crawl.holders import holder_name, is_gone, parse_holder, this_process
from telisik.crawl.robots import DEFAULT_DELAY, SendSpacing, enter_turn, leave_turn, spaced

if TYPE_CHECKING:
    from telisik.archive import Archive
    from telisik.crawl.sites import Site

DEFAULT_LEASE_SECONDS = 30.0
LEASE_ENV = "TELISIK_CRAWL_LEASE"
MIN_LEASE_SECONDS = 0.5
SLOT_POLL_SECONDS = 0.05  # how often a request waiting for a host's connection slot asks again
# A granted turn's start is recorded this far ahead of the grant: a request written within it (most are: the
# grant's round trip, building the request, the connection pool) needs no second round trip to record
# when it was written; one written later records it (`leases.mark_sent`).
SEND_AHEAD_SECONDS = 0.005
IDLE_POLL_SECONDS = 0.5  # how often an idle worker looks for a site to take over
DEAD_CHECK_SECONDS = 0.5  # how often a request waiting for a connection slot looks for dead holders


def lease_seconds(configured: float | None = None) -> float:
    """The lease length: the option, else $TELISIK_CRAWL_LEASE, else the default (never under half a second:
    the renewals, every third of it, must have time to happen)."""
    if configured is None:
        text = os.environ.get(LEASE_ENV, "").strip()
        try:
            configured = float(text) if text else DEFAULT_LEASE_SECONDS
        except ValueError:
            configured = DEFAULT_LEASE_SECONDS
    return max(MIN_LEASE_SECONDS, configured)


@dataclass
class SiteLease:
    """This process's lease on one site. `valid_until` is the local (monotonic) time before which the lease
    is surely still ours: set from each renewal, it makes a process that was stalled (SIGSTOP, a swapped-out
    machine) ask the server again before its next request."""

    site_id: int
    token: str
    seconds: float
    valid_until: float
    lost: bool = False

    def renewed(self, asked_at: float) -> None:
        self.valid_until = asked_at + self.seconds

    def ensure_held(self, keeper: LeaseKeeper) -> None:
        """Raise LeaseLost unless the lease is still ours (asking the server when the local view is out of
        date)."""
        if not self.lost and time.monotonic() >= self.valid_until:
            keeper.renew()
        if self.lost:
            raise LeaseLost(
                f"the lease on site {self.site_id} was lost (taken over by another crawl process)"
            )


@dataclass
class LeaseKeeper:
    """Claims, renews and releases this process's site leases (see the module docstring)."""

    db: Archive
    site_ids: list[int]
    seconds: float
    holder: str = field(default_factory=holder_name)
    connection_holder: str = field(default_factory=lambda: f"{holder_name()} keeper={uuid.uuid4().hex[:12]}")
    held: dict[int, SiteLease] = field(default_factory=dict)
    reclaimed_at: float = -DEAD_CHECK_SECONDS

    def __post_init__(self) -> None:
        leases.ensure_lease_tables(self.db)
        leases.add_sites(self.db, self.site_ids)
        self.since = leases.database_now(self.db)  # sites finished after this are done for this run

    def reclaim_dead(self, *, at_most_every: float = 0.0) -> int:
        """Free the site leases and connection slots held by this machine's crawl processes that are gone
        (`telisik.crawl.holders`), so they are claimed now rather than when they expire; the number of
        leases and slots freed. `at_most_every`: skip the look when the last was that recent."""
        me = this_process()
        now = time.monotonic()
        if me is None or now - self.reclaimed_at < at_most_every:
            return 0
        self.reclaimed_at = now
        holders = leases.live_holders(self.db, f"{me.host}:")
        dead = [text for text in holders if (named := parse_holder(text)) and is_gone(named, me)]
        return leases.release_holders(self.db, dead)

    def claim(self) -> SiteLease | None:
        self.reclaim_dead()
        token = uuid.uuid4().hex
        asked_at = time.monotonic()
        site_id = leases.claim_site(
            self.db, self.site_ids, holder=self.holder, token=token, seconds=self.seconds, since=self.since
        )
        if site_id is None:
            return None
        lease = self.held[site_id] = SiteLease(site_id, token, self.seconds, asked_at + self.seconds)
        return lease

    def renew(self) -> None:
        """Renew every lease held (and this process's connection slots); mark those taken over as lost."""
        asked_at = time.monotonic()
        kept = leases.renew_leases(self.db, [lease.token for lease in self.held.values()], self.seconds)
        for lease in self.held.values():
            if lease.token in kept:
                lease.renewed(asked_at)
            else:
                lease.lost = True
        leases.renew_connections(self.db, self.connection_holder, self.seconds)

    def release(self, lease: SiteLease, *, finished: bool) -> None:
        self.held.pop(lease.site_id, None)
        if not lease.lost:
            leases.release_site(self.db, lease.site_id, lease.token, finished=finished)

    def idle_wait(self) -> float | None:
        """Seconds to wait before trying to claim again, or None when every site of the run is finished."""
        pending = leases.pending_sites(self.db, self.site_ids, self.since)
        if pending.sites == 0:
            return None
        if pending.free:
            return SLOT_POLL_SECONDS  # free but locked by a claim in progress elsewhere: ask again soon
        return min(IDLE_POLL_SECONDS, max(SLOT_POLL_SECONDS, pending.next_expiry or IDLE_POLL_SECONDS))

    async def keep_renewing(self) -> None:
        while True:
            await asyncio.sleep(self.seconds / 3)
            self.renew()

    def close(self) -> None:
        leases.release_connections(self.db, self.connection_holder)

    def archive_for(self, lease: SiteLease) -> Archive:
        """The archive handle the site's crawl uses: every write checks the lease first."""
        return cast("Archive", LeasedArchive(self.db, lease.site_id, lease.token))


async def crawl_claimed(
    keeper: LeaseKeeper,
    sites: list[Site],
    workers: int,
    crawl_site: Callable[[Site, SiteLease], Awaitable[str]],
) -> None:
    """Claim and crawl sites on `workers` tasks until every site of the run is finished (by this process or
    another). `crawl_site` returns the site's final status. The first failure (the archive lost) stops all."""
    by_id = {site.id: site for site in sites}

    async def worker() -> None:
        while True:
            lease = keeper.claim()
            if lease is None:
                wait = keeper.idle_wait()
                if wait is None:
                    return
                await asyncio.sleep(wait)
                continue
            status = "interrupted"
            try:
                status = await crawl_site(by_id[lease.site_id], lease)
            finally:
                keeper.release(lease, finished=status in ("done", "failed"))

    tasks = [asyncio.create_task(worker()) for _ in range(max(1, workers))]
    all_workers = asyncio.gather(*tasks)  # done when all are, or at the first failure
    renewer = asyncio.create_task(keeper.keep_renewing())  # ends only by failing
    either: list[asyncio.Future[Any]] = [all_workers, renewer]
    try:
        await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
        if renewer.done():
            renewer.result()
        all_workers.result()
    finally:
        for task in (*tasks, renewer):
            task.cancel()
        await asyncio.gather(*tasks, renewer, return_exceptions=True)
        if all_workers.done() and not all_workers.cancelled():
            all_workers.exception()  # retrieved: a failure that counts was raised above, or the renewer's
        else:
            all_workers.cancel()


# -- politeness across processes -------------------------------------------------------------------------


class SharedPoliteness:
    """`telisik.crawl.robots.Politeness` for several processes: one `SharedThrottle` per host, its turns and
    connection slots kept in the archive (on the server's clock)."""

    def __init__(self, keeper: LeaseKeeper, connections: int) -> None:
        self.keeper = keeper
        self.connections = max(1, connections)
        self._hosts: dict[str, _HostState] = {}

    def _state(self, host: str, delay: float) -> _HostState:
        host = host.lower()
        state = self._hosts.get(host)
        if state is None:
            leases.add_host(self.keeper.db, host, self.connections)
            slots = asyncio.Semaphore(self.connections)
            state = self._hosts[host] = _HostState(host, max(0.0, delay), slots, SendSpacing())
        return state

    def throttle(self, host: str, delay: float = DEFAULT_DELAY) -> SharedThrottle:
        return SharedThrottle(self, self._state(host, delay))

    def set_delay(self, host: str, delay: float) -> None:
        self._state(host, delay).delay = max(0.0, delay)


@dataclass
class _HostState:
    host: str
    delay: float
    local_slots: asyncio.Semaphore  # this process's share first: no database round trip to wait on itself
    spacing: SendSpacing  # this process's writes to the host take turns without asking the database


class SharedThrottle:
    """`async with throttle:` around one request: a connection slot of the host (across processes), then the
    host's turn (its last start + delay, and any Retry-After hold, passed on the server's clock)."""

    def __init__(self, politeness: SharedPoliteness, state: _HostState) -> None:
        self.politeness = politeness
        self.state = state
        self._slots: list[int] = []

    @property
    def delay(self) -> float:
        return self.state.delay

    @delay.setter
    def delay(self, seconds: float) -> None:
        self.state.delay = max(0.0, seconds)

    async def __aenter__(self) -> SharedThrottle:
        await self.state.local_slots.acquire()
        try:
            self._slots.append(await self._take_slot())
            turn = _SharedTurn(self)
            await turn.take()
        except BaseException:
            self._give_back()
            raise
        enter_turn(turn)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        turn = leave_turn()
        try:
            if isinstance(turn, _SharedTurn):
                turn.close()
        finally:
            self._give_back()

    def _give_back(self) -> None:
        try:
            if self._slots:
                keeper = self.politeness.keeper
                leases.release_connection(
                    keeper.db, self.state.host, self._slots.pop(), keeper.connection_holder
                )
        finally:
            self.state.local_slots.release()

    async def _take_slot(self) -> int:
        keeper = self.politeness.keeper
        while True:
            slot = leases.take_connection(
                keeper.db,
                self.state.host,
                holder=keeper.connection_holder,
                connections=self.politeness.connections,
                seconds=keeper.seconds,
            )
            if slot is not None:
                return slot
            if not keeper.reclaim_dead(at_most_every=DEAD_CHECK_SECONDS):
                await asyncio.sleep(SLOT_POLL_SECONDS)

    def push_back(self, seconds: float) -> None:
        """Hold every request to this host, from every process, for `seconds` (a Retry-After)."""
        leases.hold_host(self.politeness.keeper.db, self.state.host, seconds)


class _SharedTurn:
    """One request's turn at a host shared with other processes (see `telisik.crawl.robots.SendTurn`).

    `take` waits for the host's turn on the database (granted: `granted` is that start, `asked_at` when this
    process asked for it). Right before the request is written (`before_send`) this process's own last write
    to the host must be `delay` ago, and, when the request is written so late after its turn (over half the
    delay) that another process may have been granted the next turn meanwhile, the turn is asked for again;
    a second request in the same turn (a redirect to the same host) asks for a turn of its own. Once written
    (`after_send`) later than the turn's start recorded on the server (`SEND_AHEAD_SECONDS` after the
    grant), that start is moved to now."""

    def __init__(self, throttle: SharedThrottle) -> None:
        self.db = throttle.politeness.keeper.db
        self.connections = throttle.politeness.connections
        self.state = throttle.state
        self.host = throttle.state.host
        self.granted: datetime | None = None  # the start granted and not written yet
        self.asked_at = 0.0
        self.sending = False
        # The archive failing inside the request's trace would come out as a network error of the fetch:
        # kept, and raised again when the throttle is left, so the crawl sees the archive's failure.
        self.failure: DatabaseFailure | None = None

    async def take(self) -> None:
        while (wait := self._ask()) > 0:
            await asyncio.sleep(max(wait, 0.001))

    def _ask(self, granted: datetime | None = None) -> float:
        """Ask the database for the host's turn: 0.0 when granted, else the seconds to wait."""
        while True:
            asked_at = time.monotonic()
            delay = spaced(self.state.delay)
            turn = leases.ask_turn(self.db, self.host, delay, ahead=self._ahead(), granted=granted)
            if turn is not None:
                break
            leases.add_host(self.db, self.host, self.connections)
        if turn.granted:
            self.granted, self.asked_at = turn.last_at, asked_at
        return turn.wait

    def _ahead(self) -> float:
        return SEND_AHEAD_SECONDS if self.state.delay > 0 else 0.0

    def _turn_wait(self) -> float:
        """Seconds before the request may be written as far as the other processes go (0: now)."""
        if self.granted is None:
            return self._ask()
        delay = self.state.delay
        if delay > 0 and time.monotonic() - self.asked_at > delay / 2:
            return self._ask(self.granted)
        return 0.0

    async def before_send(self) -> None:
        while True:
            wait = self.state.spacing.wait_needed(self.state.delay)
            if wait <= 0:
                try:
                    wait = self._turn_wait()  # no await between the two checks and `begin`
                except DatabaseFailure as exc:
                    self.failure = exc
                    raise
            if wait <= 0:
                break
            await asyncio.sleep(max(wait, 0.001))
        self.state.spacing.begin()
        self.sending = True

    def after_send(self) -> None:
        self.sending = False
        self.granted = None
        written = self.state.spacing.end()
        if self.state.delay > 0 and written - self.asked_at > self._ahead():
            try:
                leases.mark_sent(self.db, self.host)
            except DatabaseFailure as exc:
                self.failure = exc

    def close(self) -> None:
        if self.sending:  # cut short between the two trace events (cancelled): count it as sent
            self.after_send()
        if self.failure is not None:
            raise self.failure
