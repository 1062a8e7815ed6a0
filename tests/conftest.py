"""Fixtures every test module may use; the machinery behind them lives in tests/support/.

- `site`: a canned web site on 127.0.0.1 (support.loopback) serving tests/fixtures/site/ pages
- `db_path` / `db`: a fresh archive path per test, and the archive opened there (support.archive)
- name resolution stays on loopback for the whole session (support.network): no test queries a resolver
- the pytest header and summary say when the shared corpus is missing and its tests were skipped
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from support import corpus
from support.archive import open_archive
from support.loopback import LoopbackSite
from support.network import loopback_only_resolver


@pytest.fixture(scope="session", autouse=True)
def _no_dns() -> Iterator[None]:
    with loopback_only_resolver():
        yield


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    with LoopbackSite() as running:
        yield running


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "archive.db")


@pytest.fixture
def db(db_path: str) -> Iterator[sqlite_utils.Database]:
    database = open_archive(db_path)
    yield database
    database.close()


def pytest_report_header(config: pytest.Config) -> str:
    return corpus.status_line()


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    note = corpus.skipped_note(terminalreporter.stats.get("skipped", []))
    if note:
        terminalreporter.write_line(note, yellow=True, bold=True)
