"""Politeness building blocks on their own: the per-host throttle and robots.txt rules."""

from __future__ import annotations

import asyncio
import time

import pytest
from support.sitenet import SimSite, SiteNet

from telisik.crawl.robots import HostThrottle, RobotsRules, effective_delay, watch_sends
from telisik.fetch import fetch_page_async, make_async_client
from telisik.urls import host_of

# A server stamps a request when its handler thread gets to it: on a loaded machine a few milliseconds after
# the request was written (the crawler spaces the writes). Gaps in a server's log may be this much short.
SERVER_STAMPING = 0.02


def logged_gaps(site: SimSite) -> list[float]:
    times = sorted(r.at for r in site.requests())
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_push_back_holds_a_request_already_waiting_for_its_turn():
    async def scenario() -> list[float]:
        throttle = HostThrottle(delay=0.1, connections=2)
        starts: list[float] = []

        async def request() -> None:
            async with throttle:
                starts.append(time.monotonic())

        await request()  # the first start: the next may not start before +0.1 s
        waiting = asyncio.create_task(request())
        await asyncio.sleep(0.02)  # it is now sleeping out the delay
        throttle.push_back(0.3)  # a 429 with Retry-After on another connection to the host
        pushed_at = time.monotonic()
        await waiting
        return [starts[1] - pushed_at]

    (gap,) = asyncio.run(scenario())
    assert gap >= 0.29, gap


def test_a_crawl_delay_learnt_later_holds_a_waiting_request():
    async def scenario() -> float:
        throttle = HostThrottle(delay=0.05, connections=1)
        starts: list[float] = []

        async def request() -> None:
            async with throttle:
                starts.append(time.monotonic())

        await request()
        waiting = asyncio.create_task(request())
        await asyncio.sleep(0.01)
        throttle.delay = 0.25  # robots.txt Crawl-delay read meanwhile
        await waiting
        return starts[1] - starts[0]

    assert asyncio.run(scenario()) >= 0.24


def test_at_most_n_requests_in_flight_and_starts_spaced():
    async def scenario() -> tuple[int, list[float]]:
        throttle = HostThrottle(delay=0.02, connections=2)
        inflight = peak = 0
        starts: list[float] = []

        async def request() -> None:
            nonlocal inflight, peak
            async with throttle:
                starts.append(time.monotonic())
                inflight += 1
                peak = max(peak, inflight)
                await asyncio.sleep(0.06)
                inflight -= 1

        await asyncio.gather(*(request() for _ in range(6)))
        return peak, starts

    peak, starts = asyncio.run(scenario())
    assert peak == 2
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.019


def test_robots_rules_delay_and_sitemaps():
    rules = RobotsRules(
        "User-agent: *\nDisallow: /private/\nCrawl-delay: 5\nSitemap: http://a.example/s.xml\n"
    )
    assert not rules.allowed("http://a.example/private/x/") and rules.allowed("http://a.example/2026/01/x/")
    assert rules.crawl_delay == 5.0 and rules.sitemaps == ["http://a.example/s.xml"]
    assert effective_delay(None, rules, 1.0) == 5.0 and effective_delay(10.0, rules, 1.0) == 10.0
    assert RobotsRules(None).allowed("http://a.example/private/x/")
    assert RobotsRules("User-agent: *\nCrawl-delay: 100000\n").crawl_delay == 60.0


@pytest.mark.slow
def test_a_request_written_late_does_not_shorten_the_gap_before_the_next():
    """The first request leaves 0.08 s after its turn (a busy event loop, a slow new connection), the second
    on time: it still reaches the server `delay` after the first, not 0.08 s early."""
    with SiteNet(n_sites=1, articles=2) as net:
        site = net.sites[0]
        first, second = site.article_urls()

        async def scenario() -> None:
            throttle = HostThrottle(delay=0.2, connections=2, host=host_of(site.url))
            async with make_async_client() as client:
                watch_sends(client)

                async def late() -> None:
                    async with throttle:
                        await asyncio.sleep(0.08)
                        await client.get(first)

                async def on_time() -> None:
                    async with throttle:
                        await client.get(second)

                await asyncio.gather(late(), on_time())

        asyncio.run(scenario())
        [gap] = logged_gaps(site)
        assert gap >= 0.2 - SERVER_STAMPING, gap


@pytest.mark.slow
def test_a_redirect_to_the_same_host_in_one_turn_waits_for_the_delay():
    with SiteNet(n_sites=1, articles=1) as net:
        site = net.sites[0]
        site.gone[site.articles[0].path()] = "home"  # 301 to the home page

        async def scenario() -> int:
            throttle = HostThrottle(delay=0.2, connections=2, host=host_of(site.url))
            async with make_async_client() as client:
                watch_sends(client)
                async with throttle:
                    capture = await fetch_page_async(site.article_urls()[0], client=client)
            return capture.status

        assert asyncio.run(scenario()) == 200
        assert [r.path for r in site.requests()] == [site.articles[0].path(), "/"]
        [gap] = logged_gaps(site)
        assert gap >= 0.2 - SERVER_STAMPING, gap
