"""Scaled-down smoke test of the issue #5 report scenarios in benchmarks/faults.py that are not HTTP fetches.

The benchmark runs them at full scale (a million entries, ten SIGKILLs into a 2,000-article crawl); here the
same scenario functions run small (20,000 entries, two kills into an 80-article crawl) so that a broken
scenario, or a regression it would show, is caught by the suite in a few seconds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.benchmarks import load_benchmark

ROOT = Path(__file__).resolve().parents[1]

# Each scenario runs the benchmark's code (subprocesses, kills, big inputs): the whole module is slow.
pytestmark = pytest.mark.slow

faults = load_benchmark("faults")


def run(function, **options):
    return function(faults.Meter(), {"kills": 2, "seed": 5, **options})


@pytest.mark.parametrize("function", [faults.billion_laughs, faults.xxe_sitemap])
def test_xml_bombs_are_refused_before_expansion(function):
    outcome, lost = run(function)
    assert outcome.startswith("refused: XML declares entities")
    assert lost == "none"


def test_external_dtd_is_not_loaded():
    outcome, lost = run(faults.external_dtd_sitemap)
    assert "no entity expanded" in outcome and lost == "none"


@pytest.mark.parametrize("kind", ["feed", "sitemap"])
def test_huge_feed_and_sitemap_are_cut_at_the_cap_and_read_fully_above_it(kind):
    outcome, lost = run(faults.million_entries, kind=kind, count=20_000, max_urls=5_000)
    assert outcome.startswith("5,000 URLs kept (cap 5,000), truncated=True") and lost == "none"
    outcome, lost = run(faults.million_entries, kind=kind, count=20_000, max_urls=20_000)
    assert outcome.startswith("20,000 URLs kept (cap 20,000), truncated=False") and lost == "none"


@pytest.mark.parametrize(
    "label",
    [
        "31 Februari 2026",
        "year 20226",
        "32/01/2026",
        "25:61 WIB",
    ],
)
def test_impossible_dates_are_unknown(label):
    outcome, lost = run(faults.impossible_date, date=label)
    assert outcome.startswith("published None (unknown); article")
    assert lost == "none"


def test_sigkill_during_crawl_loses_nothing_and_the_rerun_completes():
    outcome, lost = run(faults.sigkill_during_crawl, sites=2, articles=40, latest_kill=1.8)
    assert "rerun exit 0" in outcome and "80/80 articles, 80 recorded stored" in outcome
    assert lost == "none", outcome


def test_fetch_while_crawl_runs_both_succeed():
    outcome, lost = run(faults.two_writers, articles=30)
    assert outcome.startswith("crawl exit 0, fetch exit 0") and "100/100 articles (10/10 fetched)" in outcome
    assert lost == "none", outcome


def test_full_disk_is_a_clean_store_error_with_earlier_rows_intact():
    outcome, lost = run(faults.full_disk)
    assert outcome.startswith("StoreError: ") and "integrity ok; 50 earlier rows intact" in outcome
    assert lost == "none", outcome


@pytest.mark.parametrize("function", [faults.old_archive, faults.schema_1_archive])
def test_old_archives_are_migrated_with_every_row(function):
    outcome, lost = run(function)
    assert "integrity ok" in outcome and lost == "none", outcome


def test_the_report_runs_a_scenario_in_a_child_and_prints_its_row():
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "faults.py"),
            "--only",
            "impossible date: 32/01",
            "--markdown",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    row = next(line for line in proc.stdout.splitlines() if line.startswith("| impossible date: 32/01/2026"))
    assert "published None (unknown)" in row and row.rstrip().endswith("| none |")
