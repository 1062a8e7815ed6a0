"""Scaled-down smoke test of the issue #15 scenarios of benchmarks/faults.py (WARC damage and size, binary
imports, URL credentials, --timeout per URL): the same scenario functions, run small (a 30 MB record instead
of 200 MB, --timeout 1 instead of 5), so that a broken scenario or the regression it shows fails the suite.
"""

from __future__ import annotations

import pytest
from support.benchmarks import load_benchmark

pytestmark = pytest.mark.slow  # the scenarios run real servers, processes and timeouts

faults = load_benchmark("faults")


def run(function, **options):
    return function(faults.Meter(), {"kills": 2, "seed": 5, **options})


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("dropped connection", "HTTP body cut short"),
        ("bytes changed", "WARC-Block-Digest does not match"),
        ("WARC-Truncated", "WARC-Truncated: length"),
        ("cut in half", "record cut short"),
        ("cut in half .gz", "record cut short"),
    ],
)
def test_damaged_warc_records_are_refused_and_intact_ones_stored(damage, reason):
    outcome, lost = run(faults.warc_damage, damage=damage)
    assert reason in outcome and outcome.endswith("exit 1"), outcome
    assert lost == "none", outcome


def test_a_huge_record_in_a_small_warc_gz_is_refused_and_the_rest_imported():
    outcome, lost = run(faults.warc_big_record, mb=30)
    assert "page larger than 20 MB" in outcome and lost == "none", outcome


def test_a_huge_header_line_stops_the_reading_with_a_reason_not_memory():
    outcome, lost = run(faults.warc_big_record, mb=30, in_header=True)
    assert "record headers longer than 1 MB" in outcome, outcome
    assert lost == "the record after it is not read (reported)", outcome


def test_binary_files_named_html_are_refused():
    outcome, lost = run(faults.binary_imports)
    assert outcome.startswith("4/4 refused") and outcome.endswith("good page: new"), outcome
    assert lost == "none"


def test_url_credentials_are_found_nowhere():
    outcome, lost = run(faults.url_credentials)
    assert "password found in: nothing" in outcome and lost == "none", outcome


@pytest.mark.parametrize("kind", ["trickle", "stall", "slow-503", "page 2 trickles"])
def test_whole_url_ends_by_the_timeout(kind):
    outcome, lost = run(faults.whole_url_timeout, kind=kind, timeout=1)
    assert lost == "none", outcome
