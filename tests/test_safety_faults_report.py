"""Scaled-down smoke test of the issue #15 safety scenarios of benchmarks/faults.py (canonical poisoning,
incomplete multi-page articles, export targets, read commands that must not write, a read-only archive, CSV
injection, a damaged archive, a full disk, output hygiene, stored credentials): the same scenario functions,
run small, so that a broken scenario or the regression it shows fails the suite."""

from __future__ import annotations

import pytest
from support.benchmarks import load_benchmark

faults = load_benchmark("faults")

pytestmark = pytest.mark.slow  # each scenario runs telisik subprocesses


def run(function, **options):
    return function(faults.Meter(), {"kills": 2, "seed": 5, "articles": 5, **options})


@pytest.mark.parametrize(
    "scenario",
    [
        faults.canonical_poisoning,
        faults.incomplete_multipage,
        faults.export_targets,
        faults.read_commands_never_write,
        faults.read_only_archive,
        faults.csv_injection,
        faults.output_to_full_disk,
        faults.stored_credentials,
    ],
    ids=lambda f: f.__name__,
)
def test_safety_scenario_loses_nothing(scenario):
    outcome, lost = run(scenario)
    assert lost in ("none", "not run"), outcome


def test_damaged_archive_scenario_has_no_tracebacks():
    outcome, lost = run(faults.damaged_archive)
    assert lost == "none" and "0 tracebacks" in outcome, outcome


def test_output_hygiene_scenario_with_a_small_long_url():
    outcome, lost = run(faults.output_hygiene, url_mb=1)
    assert lost == "none", outcome
