"""Issue #15 item 20: a crash inside extraction is never an empty article stored in silence. `extract_article`
raises ExtractionError (a TelisikError wrapping the crash); fetch, import, reparse and crawl report it as that
page's failure with the reason (`extraction error: ValueError: ...`), never a traceback, and go on.

The crash is stood in by replacing the extractor's inner pipeline (`assemble_article`) for one page: the
pipeline itself is meant not to crash (tests/test_extract_robustness.py throws random input at it)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from support.archive import sql_connection
from support.articles import article_page
from support.sitenet import SiteNet

import telisik.extract.assemble
from telisik.article import Article
from telisik.cli import main
from telisik.errors import ExtractionError, TelisikError
from telisik.extract import extract_article

pytestmark = pytest.mark.both_backends

BODY = (
    "Jembatan penghubung dua desa di Kecamatan Cepu ambruk setelah diterjang banjir semalam suntuk.\n\n"
    "Warga terpaksa memutar sejauh sepuluh kilometer untuk menuju pasar dan sekolah terdekat.\n\n"
    "Kepala desa meminta pemerintah kabupaten segera membangun jembatan darurat sebelum musim panen."
)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def crash_on(monkeypatch):
    """Make extraction crash (ValueError) on pages whose HTML contains a marker."""
    real = telisik.extract.assemble.assemble_article

    def crashing(html, url=None, **kwargs):
        text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
        if "MELEDAK" in text:
            raise ValueError("tanggal tidak masuk akal\nsecond line")
        return real(html, url, **kwargs)

    monkeypatch.setattr(telisik.extract.assemble, "assemble_article", crashing)


def crashing_page() -> bytes:
    return article_page("Jembatan ambruk MELEDAK", BODY)


def articles_in(db_path: str) -> int:
    conn = sql_connection(db_path)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_extract_article_raises_an_extraction_error_wrapping_the_crash(crash_on):
    with pytest.raises(ExtractionError) as caught:
        extract_article(crashing_page(), "https://blora.example.id/a")
    assert isinstance(caught.value, TelisikError)
    assert caught.value.reason == "extraction error: ValueError: tanggal tidak masuk akal"
    assert isinstance(caught.value.__cause__, ValueError)


def test_garbage_is_still_an_empty_article_not_an_error():
    article = extract_article(b"\x00\x01 not html", "https://blora.example.id/a")
    assert isinstance(article, Article) and article.title is None


def test_fetch_reports_the_crash_as_that_urls_failure_and_goes_on(site, db_path, crash_on):
    bad = site.add("/2026/01/27/jembatan-ambruk/", crashing_page())
    good = site.add("/2026/01/28/jembatan-darurat/", article_page("Jembatan darurat dibangun", BODY))
    result = run("fetch", "--db", db_path, "--delay", "0", bad, good)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"failed    {bad}  extraction error: ValueError: tanggal tidak masuk akal"
    assert lines[1].startswith("new")
    assert "Traceback" not in result.output
    assert articles_in(db_path) == 1


def test_import_reports_the_crash_per_file(tmp_path, db_path, crash_on):
    bad, good = tmp_path / "bad.html", tmp_path / "good.html"
    bad.write_bytes(crashing_page())
    good.write_bytes(article_page("Jembatan darurat dibangun", BODY))
    result = run("import", "--db", db_path, "--url", "https://blora.example.id/2026/01/27/x/", str(bad))
    assert result.exit_code == 1
    assert "extraction error: ValueError: tanggal tidak masuk akal" in result.stderr
    assert "Traceback" not in result.output
    # without --url the address is read from the page: the crash is reported there too
    result = run("import", "--db", db_path, str(bad))
    assert "extraction error: ValueError" in result.stderr and result.exit_code == 1
    assert articles_in(db_path) == 0


def test_reparse_reports_which_article_crashed_and_why(site, db_path, monkeypatch):
    url = site.add("/2026/01/27/jembatan-ambruk/", crashing_page())
    assert run("fetch", "--db", db_path, url).exit_code == 0  # extraction does not crash yet
    real = telisik.extract.assemble.assemble_article

    def crashing(html, url=None, **kwargs):
        raise ValueError("regresi parser")

    monkeypatch.setattr(telisik.extract.assemble, "assemble_article", crashing)
    result = run("reparse", "--db", db_path, "--workers", "1", "--format", "json")
    monkeypatch.setattr(telisik.extract.assemble, "assemble_article", real)
    assert result.exit_code == 1
    assert "failed    article 1: extraction error: ValueError: regresi parser" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["failed"] == 1 and summary["errors"] == [
        "article 1: extraction error: ValueError: regresi parser"
    ]


@pytest.mark.slow
def test_crawl_reports_the_crash_as_one_failed_article(db_path, monkeypatch):
    with SiteNet(n_sites=1, articles=3) as net:
        victim = net.sites[0].article_urls()[0]
        real = telisik.extract.assemble.assemble_article

        def crashing(html, url=None, **kwargs):
            if url == victim:
                raise ValueError("tanggal tidak masuk akal")
            return real(html, url, **kwargs)

        monkeypatch.setattr(telisik.extract.assemble, "assemble_article", crashing)
        assert run("sites", "add", net.sites[0].url, "--delay", "0", "--db", db_path).exit_code == 0
        result = run("crawl", "--db", db_path, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)["sites"][0]
    assert (report["archived"], report["failed"]) == (2, 1)
    assert f"{victim}: extraction error: ValueError: tanggal tidak masuk akal" in result.stderr
    conn = sql_connection(db_path)
    reason = conn.execute("SELECT reason FROM site_urls WHERE url = ?", [victim]).fetchone()[0]
    conn.close()
    assert reason == "extraction error: ValueError: tanggal tidak masuk akal"
