"""Scaled-down smoke test of the CRAWL_CLI_SCENARIOS of benchmarks/faults.py (issue #15: numeric options,
fetch politeness and Ctrl-C, the crawl lock by file, sites remove during a crawl, IDN sites, extractor
crashes, --timeout per crawled URL, filters that must not lose entries): the same scenario functions, run
small (fewer option values, --timeout 1, fewer articles), so that a broken scenario or the regression it
shows fails the suite."""

from __future__ import annotations

import pytest
from support.benchmarks import load_benchmark

faults = load_benchmark("faults")


def run(function, **options):
    return function(faults.Meter(), {"kills": 2, "seed": 5, **options})


@pytest.mark.slow
def test_bad_numbers_are_refused_by_real_processes():
    outcome, lost = run(faults.numeric_options, count=3)
    assert outcome.startswith("3/3 refused") and lost == "none", outcome


@pytest.mark.slow
def test_fetch_obeys_robots_txt_and_crawl_delay():
    outcome, lost = run(faults.fetch_politeness)
    assert "refused, never requested" in outcome and lost == "none", outcome


@pytest.mark.slow
def test_sigint_during_fetch_keeps_what_was_done():
    outcome, lost = run(faults.fetch_interrupted)
    assert outcome.startswith("exit 130") and lost == "none", outcome


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["second crawl", "sites remove"])
def test_during_a_crawl(kind):
    outcome, lost = run(faults.during_crawl, kind=kind, articles=6)
    assert lost == "none", outcome


def test_an_idn_site_is_crawled_and_found_in_every_form():
    outcome, lost = run(faults.idn_site)
    assert "3 archived" in outcome and lost == "none", outcome


def test_an_extractor_crash_is_a_reported_failure():
    outcome, lost = run(faults.extraction_crash)
    assert "extraction error: ValueError: tanggal tidak masuk akal" in outcome and lost == "none", outcome


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["slow 503", "page 2 trickles"])
def test_a_crawled_url_ends_by_the_timeout(kind):
    outcome, lost = run(faults.crawl_url_timeout, kind=kind, timeout=1)
    assert lost == "none", outcome


@pytest.mark.slow
def test_a_wider_crawl_finds_what_since_skipped():
    outcome, lost = run(faults.since_then_wider, articles=12, since="2026-01-22")
    assert lost == "none", outcome
