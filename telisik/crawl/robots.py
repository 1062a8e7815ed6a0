"""Crawling politely: robots.txt rules and a per-host throttle.

`RobotsRules` wraps protego (a maintained robots.txt parser that knows wildcards, `Crawl-delay` and `Sitemap:`).
How a robots.txt response is read follows common crawler practice (RFC 9309): a 4xx means no rules (all
allowed); a 5xx or a network error means the site is not crawled this run, since we cannot know what it forbids.

`HostThrottle` keeps at most `connections` requests in flight to one host and starts them at least `delay`
seconds apart; `Politeness` hands out one throttle per host so many hosts are crawled in parallel.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from protego import Protego

from telisik.urls import host_of

if TYPE_CHECKING:
    import httpx

    from telisik.fetch import FetchLimits

ROBOTS_AGENT = "telisik"  # the product token robots.txt groups are matched against
DEFAULT_DELAY = 1.0
MAX_CONNECTIONS_PER_HOST = 2
MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more is honoured as this (and reported)


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


class HostThrottle:
    """At most `connections` concurrent requests to one host, started at least `delay` seconds apart.

    Use as `async with throttle:` around each request.
    """

    def __init__(self, delay: float = DEFAULT_DELAY, connections: int = MAX_CONNECTIONS_PER_HOST) -> None:
        self._delay = max(0.0, delay)
        self._slots = asyncio.Semaphore(max(1, connections))
        self._turn = asyncio.Lock()
        self._last_start = float("-inf")
        self._next_start = 0.0

    @property
    def delay(self) -> float:
        return self._delay

    @delay.setter
    def delay(self, seconds: float) -> None:
        # A delay learnt later (robots.txt Crawl-delay) applies from the last request already made.
        self._delay = max(0.0, seconds)
        self._next_start = max(self._next_start, self._last_start + self._delay)

    async def __aenter__(self) -> HostThrottle:
        await self._slots.acquire()
        try:
            async with self._turn:
                # Checked again after each sleep: a push_back (Retry-After) or a longer Crawl-delay may
                # have moved the next start while we slept.
                while (wait := self._next_start - time.monotonic()) > 0:
                    await asyncio.sleep(wait)
                self._last_start = time.monotonic()
                self._next_start = self._last_start + self._delay
        except BaseException:
            self._slots.release()
            raise
        return self

    async def __aexit__(self, *exc_info) -> None:
        self._slots.release()

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
            throttle = self._throttles[host] = HostThrottle(delay, self.connections)
        return throttle

    def set_delay(self, host: str, delay: float) -> None:
        self.throttle(host, delay).delay = max(0.0, delay)


class FetchManners:
    """`telisik fetch`'s politeness, synchronous: each host's robots.txt (read once, as the crawl reads it)
    and at least `delay` seconds (or the host's Crawl-delay) between the URLs of one host.

    `refusal(url)` says why a URL must not be fetched (None: go ahead); `wait_turn(url)` sleeps until the
    host may be asked again. `ignore_robots` is for URLs the user insists on: robots.txt is not read at all.
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
        self._last_start: dict[str, float] = {}

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

    def wait_turn(self, url: str) -> None:
        """Sleep until this URL's host may be asked again, then mark the start of its request."""
        host = host_of(url)
        rules = None if self.ignore_robots else self._robots.get(host)
        delay = effective_delay(None, rules if isinstance(rules, RobotsRules) else None, self.delay)
        last = self._last_start.get(host)
        if last is not None:
            time.sleep(max(0.0, last + delay - time.monotonic()))
        self._last_start[host] = time.monotonic()

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
