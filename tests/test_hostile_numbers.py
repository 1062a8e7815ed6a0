"""Issue #15 item 13: every numeric option is range-checked. nan, inf, negative and absurdly large values are
a one-line usage error (exit 2), never a traceback, a hang or a delay silently turned off."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from telisik.cli import main
from telisik.crawl.robots import RobotsRules, effective_delay
from telisik.crawl.sites import SiteError, add_site

# (command words, option) for every numeric option of every command
NUMERIC_OPTIONS = [
    (["crawl"], "--max-articles"),
    (["crawl"], "--refresh-days"),
    (["crawl"], "--concurrency"),
    (["crawl"], "--delay"),
    (["crawl"], "--max-sitemap-urls"),
    (["crawl"], "--timeout"),
    (["crawl"], "--max-size"),
    (["fetch", "http://127.0.0.1:9/"], "--timeout"),
    (["fetch", "http://127.0.0.1:9/"], "--max-size"),
    (["fetch", "http://127.0.0.1:9/"], "--delay"),
    (["sites", "add", "http://127.0.0.1:9/"], "--delay"),
    (["sites", "add", "http://127.0.0.1:9/"], "--max-articles"),
    (["search", "banjir"], "--limit"),
    (["diff", "1"], "--from"),
    (["diff", "1"], "--to"),
    (["reparse"], "--workers"),
    (["import", "x.html"], "--max-size"),
]
BAD_VALUES = ["nan", "inf", "-inf", "-1", "99999999999999999999", "1e400", "abc"]


@pytest.mark.parametrize(
    ("words", "option"), NUMERIC_OPTIONS, ids=lambda v: " ".join(v) if isinstance(v, list) else v
)
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_numbers_are_one_line_usage_errors(tmp_path, words, option, value):
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(main, [*words, option, value, "--db", db])
    assert result.exit_code == 2, (result.output, result.exception)
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and f"Invalid value for '{option}'" in errors[0], result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "a.db").exists()  # refused before anything was opened


def test_good_numbers_still_pass(tmp_path):
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(
        main, ["sites", "add", "http://127.0.0.1:9/", "--delay", "2.5", "--max-articles", "10", "--db", db]
    )
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("delay", [float("nan"), float("inf"), -1.0, 1e12])
def test_add_site_refuses_a_delay_that_would_hang_or_vanish(db, delay):
    with pytest.raises(SiteError, match="delay"):
        add_site(db, "http://127.0.0.1:9/", delay=delay)


def test_a_nan_crawl_delay_in_robots_txt_does_not_turn_the_delay_off():
    rules = RobotsRules("User-agent: *\nCrawl-delay: nan\n")
    assert effective_delay(None, rules, 1.0) == 1.0
    assert effective_delay(None, RobotsRules("User-agent: *\nCrawl-delay: 3\n"), 1.0) == 3.0
