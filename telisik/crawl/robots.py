"""Crawling politely: robots.txt rules and a per-host throttle.

`RobotsRules` wraps protego (a maintained robots.txt parser that knows wildcards, `Crawl-delay` and `Sitemap:`).
How a robots.txt response is read follows common crawler practice (RFC 9309): a 4xx means no rules (all
allowed); a 5xx or a network error means the site is not crawled this run, since we cannot know what it forbids.

`HostThrottle` keeps at most `connections` requests in flight to one host and starts them at least `delay`
seconds apart; `Politeness` hands out one throttle per host so many hosts are crawled in parallel.

The spacing counts from when each request is actually written to its connection, not from when its turn was
granted: between the two lie the building of the request, the connection pool, a new connection's set-up and
whatever else the event loop runs meanwhile (on a loaded machine, tens of milliseconds now and then), and a
request sent late followed by one sent on time would reach the server less than `delay` apart. `watch_sends`
gives an httpx.AsyncClient a request hook that attaches httpcore's `trace` callback to the requests made
inside a throttle: right before the request's headers are written it waits until the host's last request
left `delay` ago, and once they are written that moment is the host's last start (a redirect to the same host,
made inside the same turn, is spaced the same way). Without the hook the throttle spaces the grants only.
`telisik fetch` (synchronous, one URL after another) uses the same hook on its httpx.Client through
`FetchManners.turn`: the first request written for a URL waits until `delay` after the last request written
to its host.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from protego import Protego

from telisik.urls import host_of

if TYPE_CHECKING:
    import httpx

    from telisik.fetch import FetchLimits

ROBOTS_AGENT = "telisik"  # the product token robots.txt groups are matched against
DEFAULT_DELAY = 1.0
MAX_CONNECTIONS_PER_HOST = 2
MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more is honoured as this (and reported)
SEND_POLL_SECONDS = 0.001  # how often a request waits for another one to the host still being written
# Requests to a host are spaced this much more than its delay: a server stamps a request when its handler
# gets to it, on a loaded machine a few milliseconds after it arrived, so without a margin its log would
# show some gaps a little under the delay (0.5% of the default delay).
SPACING_MARGIN = 0.005


@dataclass
class RobotsRules:
    """The robots.txt of one host. `text` None: no usable robots.txt, everything allowed."""

    text: str | None = None

    def __post_init__(self) -> None:
        self._parser = Protego.parse(self.text) if self.text else None

    def allowed(self, url: str) -> bool:
        if self._parser is None:
            return True
        try:
            return bool(self._parser.can_fetch(url, ROBOTS_AGENT))
        except Exception:  # protego on a pathological URL: be conservative  # noqa: BLE001
            return False

    @property
    def crawl_delay(self) -> float | None:
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(ROBOTS_AGENT)
        if delay is None:
            rate = self._parser.request_rate(ROBOTS_AGENT)
            if rate and rate.requests:
                delay = rate.seconds / rate.requests
        if delay is None or math.isnan(float(delay)):  # `Crawl-delay: nan` would turn every delay off
            return None
        return min(max(float(delay), 0.0), MAX_CRAWL_DELAY)

    @property
    def sitemaps(self) -> list[str]:
        return list(self._parser.sitemaps) if self._parser is not None else []


def effective_delay(
    site_delay: float | None, robots: RobotsRules | None, default: float = DEFAULT_DELAY
) -> float:
    """Seconds between requests to a host: the site's own setting when configured, else the default; never
    less than the robots.txt Crawl-delay."""
    delay = default if site_delay is None else site_delay
    crawl_delay = robots.crawl_delay if robots is not None else None
    return max(delay, crawl_delay or 0.0)


# -- spacing the requests as they are written ---------------------------------------------------------------


def spaced(delay: float) -> float:
    """The seconds kept between two request starts to a host whose delay is `delay` (none for no delay)."""
    return delay + SPACING_MARGIN if delay > 0 else 0.0


class SendSpacing:
    """When this process last wrote a request to one host, and whether it is writing one now: the next
    request is written `delay` after the last one was (the writes of one host take turns)."""

    def __init__(self) -> None:
        self.last_sent = float("-inf")
        self.sending = False

    def wait_needed(self, delay: float) -> float:
        """Seconds before a request to the host may be written (0 or less: now)."""
        if self.sending:
            return SEND_POLL_SECONDS
        return self.last_sent + spaced(delay) - time.monotonic()

    def begin(self) -> None:
        self.sending = True

    def end(self) -> float:
        """The request was written (or its writing failed: some of it may have left): now is the host's last
        start."""
        self.sending = False
        self.last_sent = time.monotonic()
        return self.last_sent


class SendTurn(Protocol):
    """One granted request's turn, as the request hook sees it: `host` (None: any), `before_send` (waits
    until the request may be written) and `after_send` (it was written)."""

    @property
    def host(self) -> str | None: ...

    async def before_send(self) -> None: ...

    def after_send(self) -> None: ...


class BlockingTurn(Protocol):
    """A turn of synchronous requests (`telisik fetch`): `wait_to_send` blocks until the request may be
    written, `after_send` says it was."""

    @property
    def host(self) -> str | None: ...

    def wait_to_send(self) -> None: ...

    def after_send(self) -> None: ...


# The turn of the request the current task makes inside a throttle (`async with throttle:`), or of the URL
# `telisik fetch` is fetching (`FetchManners.turn`), for the hook.
_current_turn: contextvars.ContextVar[SendTurn | BlockingTurn | None] = contextvars.ContextVar(
    "telisik_send_turn", default=None
)

_TRACE_START = "send_request_headers.started"
_TRACE_ENDS = ("send_request_headers.complete", "send_request_headers.failed")

Trace = Callable[[str, dict[str, Any]], Awaitable[None]]


def enter_turn(turn: SendTurn | BlockingTurn) -> None:
    """Make `turn` the current task's turn (its requests are spaced as they are written)."""
    _current_turn.set(turn)


def leave_turn() -> SendTurn | BlockingTurn | None:
    """The current task's turn ends (the throttle is left); returns it, for its clean-up."""
    turn = _current_turn.get()
    _current_turn.set(None)
    return turn


class _SendTrace:
    """httpcore's `trace` callback for one request, in its async form (the call) and its blocking one
    (`blocking`): wait for the host's spacing right before the request's headers are written (after its
    connection is set up), stamp the start once they are. `previous` is a trace the request had already."""

    def __init__(self, turn: Any, previous: Callable[[str, dict[str, Any]], Any] | None) -> None:
        self.turn = turn
        self.previous = previous
        self.started = False

    def _note(self, name: str) -> None:
        """After the event `name` (and the wait, when it starts a write): a write began, or ended."""
        if name.endswith(_TRACE_START):
            self.started = True
        elif self.started and name.endswith(_TRACE_ENDS):
            self.started = False
            self.turn.after_send()

    async def __call__(self, name: str, info: dict[str, Any]) -> None:
        if name.endswith(_TRACE_START):
            await self.turn.before_send()
        self._note(name)
        if self.previous is not None:
            await self.previous(name, info)

    def blocking(self, name: str, info: dict[str, Any]) -> None:
        if name.endswith(_TRACE_START):
            self.turn.wait_to_send()
        self._note(name)
        if self.previous is not None:
            self.previous(name, info)


def _turn_of(request: httpx.Request) -> SendTurn | BlockingTurn | None:
    """The current turn when `request` is one of its requests: to the turn's host (a redirect to another
    host is not this turn's)."""
    turn = _current_turn.get()
    if turn is None or (turn.host is not None and host_of(str(request.url)) != turn.host):
        return None
    return turn


async def _space_request(request: httpx.Request) -> None:
    """The request hook `watch_sends` installs on an httpx.AsyncClient: a request made inside a throttle,
    to the throttle's host, is spaced as it is written."""
    turn = _turn_of(request)
    if turn is not None and not isinstance(turn, _FetchTurn):
        request.extensions["trace"] = _SendTrace(turn, request.extensions.get("trace"))


def _space_blocking_request(request: httpx.Request) -> None:
    """The request hook `watch_sends` installs on an httpx.Client: a request made inside a fetch turn
    (`FetchManners.turn`), to its host, is spaced as it is written."""
    turn = _turn_of(request)
    if isinstance(turn, _FetchTurn):
        request.extensions["trace"] = _SendTrace(turn, request.extensions.get("trace")).blocking


def watch_sends(client: object) -> None:
    """Give an httpx client the request hook that spaces the requests made inside a turn as they are
    written: an AsyncClient's inside a throttle, a Client's inside `FetchManners.turn` (idempotent; another
    kind of client is left as it is: its requests are spaced when granted)."""
    import httpx

    hook: Callable[[httpx.Request], Any]
    if isinstance(client, httpx.AsyncClient):
        hook = _space_request
    elif isinstance(client, httpx.Client):
        hook = _space_blocking_request
    else:
        return
    hooks = client.event_hooks["request"]
    if hook not in hooks:
        hooks.append(hook)


# -- one process's throttles ----------------------------------------------------------------------------


class _LocalTurn:
    """A HostThrottle's turn: spaced on this process's clock."""

    def __init__(self, throttle: HostThrottle) -> None:
        self.throttle = throttle
        self.host = throttle.host
        self.sending = False

    async def before_send(self) -> None:
        spacing = self.throttle.spacing
        while (wait := spacing.wait_needed(self.throttle.delay)) > 0:
            await asyncio.sleep(wait)
        spacing.begin()
        self.sending = True

    def after_send(self) -> None:
        self.sending = False
        self.throttle.sent(self.throttle.spacing.end())

    def close(self) -> None:
        if self.sending:  # cut short between the two trace events (cancelled): count it as sent
            self.after_send()


class HostThrottle:
    """At most `connections` concurrent requests to one host, started at least `delay` seconds apart (and
    `SPACING_MARGIN`).

    Use as `async with throttle:` around each request. Requests made through a client given to `watch_sends`
    are spaced as they are written (see the module docstring); others as their turns are granted.
    """

    def __init__(
        self,
        delay: float = DEFAULT_DELAY,
        connections: int = MAX_CONNECTIONS_PER_HOST,
        host: str | None = None,
    ) -> None:
        self._delay = max(0.0, delay)
        self._slots = asyncio.Semaphore(max(1, connections))
        self._turn = asyncio.Lock()
        self._last_start = float("-inf")
        self._next_start = 0.0
        self.host = host
        self.spacing = SendSpacing()

    @property
    def delay(self) -> float:
        return self._delay

    @delay.setter
    def delay(self, seconds: float) -> None:
        # A delay learnt later (robots.txt Crawl-delay) applies from the last request already made.
        self._delay = max(0.0, seconds)
        self._next_start = max(self._next_start, self._last_start + spaced(self._delay))

    async def __aenter__(self) -> HostThrottle:
        await self._slots.acquire()
        try:
            async with self._turn:
                # Checked again after each sleep: a push_back (Retry-After) or a longer Crawl-delay may
                # have moved the next start while we slept.
                while (wait := self._next_start - time.monotonic()) > 0:
                    await asyncio.sleep(wait)
                self._last_start = time.monotonic()
                self._next_start = self._last_start + spaced(self._delay)
        except BaseException:
            self._slots.release()
            raise
        enter_turn(_LocalTurn(self))
        return self

    async def __aexit__(self, *exc_info) -> None:
        turn = leave_turn()
        if isinstance(turn, _LocalTurn):
            turn.close()
        self._slots.release()

    def sent(self, at: float) -> None:
        """A request to the host was written at `at`, later than its turn was granted. The next turn is still
        granted on time (`delay` after this one was): the request then waits, right before it is written,
        for `delay` after this write (`SendSpacing`), so a late write does not slow the host's requests
        that follow it; a longer delay learnt later counts from this write."""
        self._last_start = max(self._last_start, at)

    def push_back(self, seconds: float) -> None:
        """Hold every request to this host for `seconds` (after a 429/503 with Retry-After)."""
        self._next_start = max(self._next_start, time.monotonic() + seconds)


class Politeness:
    """One throttle per host (host[:port]), created on first use with that host's delay."""

    def __init__(self, connections: int = MAX_CONNECTIONS_PER_HOST) -> None:
        self.connections = connections
        self._throttles: dict[str, HostThrottle] = {}

    def throttle(self, host: str, delay: float = DEFAULT_DELAY) -> HostThrottle:
        host = host.lower()
        throttle = self._throttles.get(host)
        if throttle is None:
            throttle = self._throttles[host] = HostThrottle(delay, self.connections, host)
        return throttle

    def set_delay(self, host: str, delay: float) -> None:
        self.throttle(host, delay).delay = max(0.0, delay)


class _FetchTurn:
    """The requests `telisik fetch` makes for one URL (`FetchManners.turn`): the first one written to the
    URL's host waits until `delay` after the last request written there; each one written is the host's
    last (redirects and further pages of the URL go on without waiting, as one fetch)."""

    def __init__(self, host: str, spacing: SendSpacing, delay: float) -> None:
        self.host = host
        self.spacing = spacing
        self.delay = delay
        self.waited = False
        self.sending = False

    def wait_to_send(self) -> None:
        while not self.waited and (wait := self.spacing.wait_needed(self.delay)) > 0:
            time.sleep(wait)
        self.waited = True
        self.spacing.begin()
        self.sending = True

    def after_send(self) -> None:
        self.sending = False
        self.spacing.end()

    def close(self) -> None:
        if self.sending:  # cut short between the two trace events (Ctrl-C): count it as sent
            self.after_send()


class FetchManners:
    """`telisik fetch`'s politeness, synchronous: each host's robots.txt (read once, as the crawl reads it)
    and at least `delay` seconds (or the host's Crawl-delay) between the URLs of one host, counted as the
    crawl counts them: from the last request written to the host to the next URL's first (`turn`).

    `refusal(url)` says why a URL must not be fetched (None: go ahead); `with turn(url):` around the URL's
    fetch spaces its requests. `ignore_robots` is for URLs the user insists on: robots.txt is not read at all.
    """

    def __init__(
        self,
        client: httpx.Client,
        limits: FetchLimits | None = None,
        *,
        delay: float = DEFAULT_DELAY,
        ignore_robots: bool = False,
    ) -> None:
        self.client = client
        self.limits = limits
        self.delay = delay
        self.ignore_robots = ignore_robots
        self._robots: dict[str, RobotsRules | str] = {}  # host -> rules, or why they could not be read
        self._spacing: dict[str, SendSpacing] = {}  # host -> when its last request was written
        watch_sends(client)

    def refusal(self, url: str) -> str | None:
        from urllib.parse import urlsplit

        if self.ignore_robots:
            return None
        try:
            parts = urlsplit(url)
        except ValueError:
            return None  # not a URL: the fetch itself says what is wrong with it
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        rules = self._rules(url)
        if isinstance(rules, str):
            return f"robots.txt could not be read ({rules}); --ignore-robots fetches anyway"
        if not rules.allowed(url):
            return "disallowed by robots.txt; --ignore-robots fetches anyway"
        return None

    @contextmanager
    def turn(self, url: str) -> Iterator[None]:
        """The fetch of `url` inside the block: its first request to the URL's host is written once the host
        may be asked again (the wait happens right before the write, when its connection is ready)."""
        host = host_of(url)
        rules = None if self.ignore_robots else self._robots.get(host)
        delay = effective_delay(None, rules if isinstance(rules, RobotsRules) else None, self.delay)
        turn = _FetchTurn(host, self._spacing.setdefault(host, SendSpacing()), delay)
        enter_turn(turn)
        try:
            yield
        finally:
            leave_turn()
            turn.close()

    def _rules(self, url: str) -> RobotsRules | str:

        host = host_of(url)
        if host not in self._robots:
            self._robots[host] = self._read_robots(url)
        return self._robots[host]

    def _read_robots(self, url: str) -> RobotsRules | str:
        """The host's rules as the crawl reads them (RFC 9309): a 4xx means no rules; a 5xx or a network error
        means we cannot know what is forbidden (the reason is returned)."""
        from urllib.parse import urljoin

        from telisik.crawl.options import MAX_ROBOTS_BYTES
        from telisik.fetch import FetchError, budget_deadline, fetch_with_retries
        from telisik.urls import strip_userinfo

        robots_url = urljoin(strip_userinfo(url), "/robots.txt")
        try:
            capture = fetch_with_retries(
                robots_url,
                client=self.client,
                limits=self.limits,
                html_only=False,
                deadline=budget_deadline(self.limits),
            )
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500 and error.status != 429:
                return RobotsRules(None)
            return error.reason
        return RobotsRules(capture.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace"))
