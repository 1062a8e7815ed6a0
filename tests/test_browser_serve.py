"""`telisik serve` in a real browser: headless Chromium (Debian's package, driven by Playwright through
`executable_path`; never a browser download) walks search → article → versions → as archived, and proves
that hostile scraped fields and a hostile capture do nothing and make no request off the machine.

Skipped, with the reason, where Chromium or Playwright is missing (`.ci/install-chromium` installs Chromium).
Set TELISIK_SCREENSHOTS=DIR to save screenshots of the main pages there (README's come from docs/).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("TELISIK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(
        "browser tests need Debian's chromium (run .ci/install-chromium as root)", allow_module_level=True
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need playwright (pip install -e '.[test]')"
)
pytest.importorskip("starlette", reason="browser tests need the web extra (pip install -e '.[test]')")

from support.loopback import LoopbackSite  # noqa: E402
from support.pages import TITLE  # noqa: E402
from support.serve import HOSTILE_TITLE, build_archive, running_app  # noqa: E402

pytestmark = pytest.mark.slow  # a real browser: seconds per test

LAUNCH_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[dict]:
    """The app over the test archive; the hostile capture points at `trap`, a loopback server that logs."""
    db_path = str(tmp_path_factory.mktemp("browser") / "archive.db")
    with LoopbackSite() as trap:
        ids = build_archive(db_path, trap=trap.base)
        with running_app(db_path) as base:
            yield {"base": base, "ids": ids, "trap": trap}


@pytest.fixture(scope="module")
def browser_context() -> Iterator:
    user_data = tempfile.mkdtemp(prefix="telisik-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            user_data,
            executable_path=CHROMIUM,
            headless=True,
            args=LAUNCH_FLAGS,
            viewport={"width": 1280, "height": 860},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(user_data, ignore_errors=True)


class Watch:
    """What a page did: dialogs opened (alert/confirm), responses from anywhere but the app, console errors."""

    def __init__(self, page, base: str):
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("response", lambda r: None if r.url.startswith(base) else self.foreign.append(r.url))


@pytest.fixture
def page(browser_context, served):
    page = browser_context.new_page()
    page.watch = Watch(page, served["base"])
    yield page
    page.close()


def _shot(page, name: str) -> None:
    directory = os.environ.get("TELISIK_SCREENSHOTS")
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(directory) / f"{name}.png"))


def test_search_article_versions_and_as_archived(page, served):
    base = served["base"]
    page.goto(base + "/")
    assert "articles in the archive" in page.inner_text("p.count")
    page.fill("input[name=q]", "aman")
    page.press("input[name=q]", "Enter")
    # Indonesian stemming: "aman" finds "pengamanan", highlighted, marked as a stemmed match
    assert page.inner_text("p.count").startswith("10 articles match")
    first = page.locator("li.result").first
    assert first.locator("mark").first.inner_text() == "pengamanan"
    assert "stemmed match" in first.inner_text()
    _shot(page, "search")

    page.fill("input[name=q]", "pupuk jakenan")
    page.press("input[name=q]", "Enter")
    assert page.inner_text("p.count").startswith("1 article matches")
    page.click(f"li.result a.title:has-text('{TITLE[:30]}')")
    assert page.inner_text("article h1") == TITLE
    meta = page.inner_text("dl.meta")
    assert "Rina Kusumawati, Dwi Hartono" in meta and "2026-02-05 10:12 WIB (UTC+07:00)" in meta
    assert "Ralat: artikel ini telah diperbarui" in page.inner_text("div.body")
    rows = page.locator("section.versions tbody tr")
    assert rows.count() == 3 and rows.first.inner_text().startswith("3*")
    _shot(page, "article")

    # version 2 changed one figure: the diff shows it word by word, the rest folded
    rows.nth(1).locator("text=changes").click()  # newest first: the second row is version 2
    assert page.inner_text("h1") == "Changes from version 1 to 2"
    assert page.inner_text("#change-1 del") == "12"
    assert page.inner_text("#change-1 ins") == "15"
    assert "unchanged paragraphs" in page.inner_text("div.diff")
    page.select_option("select[name=from]", "1")
    page.select_option("select[name=to]", "3")
    page.select_option("select[name=view]", "side")
    page.click("button:has-text('Compare')")
    assert page.inner_text("p.summary").startswith("2 changed blocks")
    page.click("text=first change")
    assert page.url.endswith("#change-1")
    page.click("#change-1 >> text=next change")
    assert page.url.endswith("#change-2")
    assert "Ralat" in page.inner_text("#change-2 .new ins")
    assert page.inner_text("#change-2 .old") == ""
    _shot(page, "diff")

    page.go_back()
    page.go_back()
    page.goto(base + f"/article/{served['ids']['pupuk']}")
    page.locator("section.versions tbody tr").nth(2).locator("text=as archived").click()
    assert page.inner_text("h1") == "Version 1 as archived"
    frame = page.frame_locator("iframe.capture")
    assert frame.locator("h1.entry-title").inner_text() == TITLE
    assert "server" in page.inner_text("table.httpheaders")
    _shot(page, "archived")
    page.click("text=view source")
    assert '<h1 class="entry-title">' in page.inner_text("pre.source")
    assert page.watch.dialogs == [] and page.watch.foreign == []


def test_sites_and_counts_pages_draw_charts(page, served):
    page.goto(served["base"] + "/sites")
    table = page.inner_text("table.sites")
    assert "blora.example.id" in table and "pati.kabarlingkar.test" in table
    assert page.locator("table.sites svg.spark").count() >= 3
    _shot(page, "sites")
    page.goto(served["base"] + "/stats")
    page.fill("input[name=q]", "aman")
    page.select_option("select[name=by]", "week")
    page.click("button:has-text('Count')")
    assert page.locator("figure.chart svg rect").count() >= 9  # one bar per week, empty weeks included
    assert "Top sites for" in page.inner_text("main")
    _shot(page, "stats")


def test_hostile_fields_are_inert_text(page, served):
    base = served["base"]
    page.goto(base + "/?q=banjir+kudus")
    result = page.locator("li.result").first
    assert result.locator("a.title").inner_text() == HOSTILE_TITLE  # shown as text, not run
    page.click("li.result a.title")
    assert page.inner_text("article h1") == HOSTILE_TITLE
    assert page.title().startswith("Banjir <script>")
    main = page.inner_text("main")
    assert 'onerror=alert("xss-img")' in main
    assert "MERAH" in main and "\x1b" not in main  # terminal escapes dropped
    # javascript: URLs are shown, never linked; nothing scraped became an element
    assert page.locator("a[href^='javascript']").count() == 0
    assert "javascript:alert('xss-url')" in page.inner_text("dl.meta")
    assert page.locator("img, script:not([type]), iframe").count() == 0
    # the RTL override is isolated in its own bidi run
    assert page.locator("dd bdi", has_text="gnp.exe").count() == 1
    assert page.watch.dialogs == [] and page.watch.foreign == []


def test_hostile_capture_runs_nothing_and_requests_nothing(page, served):
    trap = served["trap"]
    trap.requests.clear()
    page.goto(served["base"] + f"/article/{served['ids']['hostile']}/v/1/archived")
    frame = page.frame_locator("iframe.capture")
    assert frame.locator("#headline").inner_text() == "Banjir Kudus: arsip asli"
    assert frame.locator("body").get_attribute("data-ran") is None  # onload handler did not run
    frame.locator("button:has-text('Kirim')").click()  # a form submission is blocked by the sandbox
    page.wait_for_timeout(1500)  # past the capture's meta refresh
    assert page.title().startswith("As archived")  # the capture's script did not retitle the page
    assert frame.locator("#headline").inner_text() == "Banjir Kudus: arsip asli"  # no refresh, no navigation
    # the headers as received, escaped
    assert "<script>alert('xss-title')</script>" in page.inner_text("table.httpheaders")
    assert trap.requests == [], f"the capture reached out: {trap.requests}"
    assert page.watch.dialogs == [] and page.watch.foreign == []
