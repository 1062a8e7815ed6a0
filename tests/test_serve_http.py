"""`telisik serve` over HTTP on a loopback port: every page, every error, hostile fields, the capture's
sandbox, the read-only database, and serving while another connection writes."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time

import httpx
import pytest

pytest.importorskip("starlette", reason="the web extra is not installed (pip install -e '.[test]')")

from support.archive import sql_connection  # noqa: E402
from support.articles import make_article, make_capture  # noqa: E402
from support.pages import TITLE  # noqa: E402
from support.serve import (  # noqa: E402
    HOSTILE_TITLE,
    build_archive,
    free_port,
    running_app,
)

from telisik import archive as telisik_archive  # noqa: E402

pytestmark = pytest.mark.both_backends


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[str, dict[str, int]]:
    path = str(tmp_path_factory.mktemp("serve") / "archive.db")
    return path, build_archive(path)


@pytest.fixture(scope="module")
def app(archive):
    path, ids = archive
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        yield client, ids


def get_ok(client: httpx.Client, url: str) -> httpx.Response:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.text[:300])
    assert "Traceback" not in response.text
    return response


def test_search_page_lists_finds_stems_and_paginates(app):
    client, ids = app
    home = get_ok(client, "/")
    assert "<strong>32</strong> articles in the archive" in home.text
    assert home.text.count('class="result"') == 20
    assert 'rel="next" href="/?page=2"' in home.text
    page2 = get_ok(client, "/?page=2")
    assert page2.text.count('class="result"') == 12 and 'start="21"' in page2.text

    stemmed = get_ok(client, "/?q=aman")
    assert "<strong>10</strong> articles match" in stemmed.text
    assert "<mark>pengamanan</mark>" in stemmed.text and "stemmed match" in stemmed.text
    exact = get_ok(client, "/?q=aman&exact=1")
    assert "<strong>0</strong> articles match" in exact.text and "No article matches" in exact.text

    filtered = get_ok(client, "/?q=pasar&site=pati.example.id&author=dwi&sort=oldest")
    titles = re.findall(r'class="title" href="/article/\d+"><bdi>([^<]+)</bdi>', filtered.text)
    assert titles and all("Pati" in t for t in titles)
    numbers = [int(re.search(r"nomor (\d+)", t).group(1)) for t in titles]
    assert numbers == sorted(numbers) and all(n % 2 == 0 for n in numbers)  # Dwi wrote the even ones
    dated = get_ok(client, "/?since=2026-02-01&until=2026-02-05")
    assert "<strong>3</strong> articles match the filters" in dated.text


def test_exports_are_csv_and_jsonl_of_the_same_results(app):
    client, _ = app
    csv_text = get_ok(client, "/export.csv?q=aman").text
    lines = csv_text.strip().splitlines()
    assert lines[0] == "id,url,title,site,authors,published,version,match,snippet"
    assert len(lines) == 11 and "[pengamanan]" in csv_text
    jsonl = get_ok(client, "/export.jsonl?site=blora.example.id")
    assert jsonl.headers["content-disposition"].startswith("attachment")
    assert len(jsonl.text.splitlines()) == 10


def test_an_export_with_no_results_is_the_header_alone(app):
    client, _ = app
    assert (
        get_ok(client, "/export.csv?q=zzqxv").text
        == "id,url,title,site,authors,published,version,match,snippet\r\n"
    )
    assert get_ok(client, "/export.jsonl?q=zzqxv").text == ""


def test_article_page_shows_every_field_and_versions(app):
    client, ids = app
    text = get_ok(client, f"/article/{ids['pupuk']}").text
    assert f">{TITLE}<" in text
    assert "Rina Kusumawati, Dwi Hartono" in text
    assert "2026-02-05 10:12 WIB (UTC+07:00)" in text
    assert ">Ekonomi<" in text and ">pupuk<" in text
    assert 'href="https://pati.kabarlingkar.test/2026/02/05/petani-jakenan-protes-kelangkaan-pupuk/"' in text
    assert "jsonld:datePublished" in text  # where the date came from
    assert text.count("/archived") == 3 and f"/article/{ids['pupuk']}/diff?from=2&amp;to=3" in text


def test_diff_inline_side_by_side_and_whole_text(app):
    client, ids = app
    inline = get_ok(client, f"/article/{ids['pupuk']}/diff?from=1&to=2").text
    assert "<del>12</del>" in inline and "<ins>15</ins>" in inline
    assert "unchanged paragraphs" in inline and 'id="change-1"' in inline and 'id="change-2"' not in inline
    side = get_ok(client, f"/article/{ids['pupuk']}/diff?from=1&to=3&view=side").text
    assert 'href="#change-2">next change' in side and 'href="#change-1">previous' in side
    assert "Rina Kusumawati, Dwi Hartono" in side  # metadata change listed
    whole = get_ok(client, f"/article/{ids['pupuk']}/diff?from=1&to=2&show=all").text
    assert "unchanged paragraph" not in whole and "Suparman" in whole
    default = get_ok(client, f"/article/{ids['pupuk']}/diff").text
    assert "Changes from version 2 to 3" in default


def test_as_archived_page_capture_source_and_raw(app):
    client, ids = app
    page = get_ok(client, f"/article/{ids['hostile']}/v/1/archived").text
    iframe = re.search(r"<iframe[^>]*>", page).group(0)
    assert re.search(r"\ssandbox[\s>]", iframe) and "allow-" not in iframe
    assert "&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt;" in page  # a header value, escaped
    capture = get_ok(client, f"/article/{ids['hostile']}/v/1/page/1/capture")
    csp = capture.headers["content-security-policy"]
    assert csp.startswith("sandbox;") and "default-src 'none'" in csp and "form-action 'none'" in csp
    assert "script-src" not in csp and "connect-src" not in csp
    assert capture.headers["content-type"] == "text/html; charset=utf-8"
    assert capture.headers["x-content-type-options"] == "nosniff"
    assert b"<script>window.top.document.title" in capture.content  # served as stored, made inert by CSP
    source = get_ok(client, f"/article/{ids['hostile']}/v/1/page/1/source").text
    assert "&lt;script&gt;window.top.document.title" in source and "<script>" not in source
    raw = get_ok(client, f"/article/{ids['hostile']}/v/1/page/1/raw")
    assert raw.headers["content-type"] == "application/octet-stream"
    assert raw.headers["content-disposition"] == 'attachment; filename="article-2-v1-p1.html"'
    assert raw.content == capture.content


def test_sites_and_stats_pages_draw_svg(app):
    client, _ = app
    sites = get_ok(client, "/sites").text
    assert "blora.example.id" in sites and sites.count('<svg class="spark"') == 5
    stats = get_ok(client, "/stats?q=aman&by=month").text
    assert stats.count("<rect") == 4  # two months, two charts (count and share)
    assert "37.5%" in stats and "25.0%" in stats  # January 6 of 16, February 4 of 16
    assert "Top sites for" in stats and "100.0%" in stats


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("/article/99999", 404, "No article 99999"),
        ("/article/abc", 404, "no such page"),
        ("/article/-1", 404, "no such page"),
        ("/article/1/diff?from=9", 404, "no version 9"),
        ("/article/1/diff?from=x", 400, "from must be a whole number"),
        ("/article/1/diff?view=weird", 400, "view must be one of"),
        ("/article/1/v/9/archived", 404, "No stored page"),
        ("/article/1/v/1/archived?page=7", 400, "page must be a whole number from 1 to 1"),
        ("/article/1/v/1/page/9/capture", 404, "no stored page 9"),
        ("/article/99999/v/1/page/1/raw", 404, "No article 99999"),
        ("/?page=0", 400, "page must be a whole number"),
        ("/?page=1e3", 400, "page must be a whole number"),
        ("/?since=2026-13-01", 400, "since must be a date"),
        ("/?sort=random", 400, "sort must be one of"),
        ("/?sort=relevance", 400, "sort must be one of"),  # relevance needs a query
        ("/?q=%22%22%20%2B%2B", 400, "nothing to search for"),
        ("/?q=" + "a" * 501, 400, "q is longer than 500"),
        ("/stats?by=year", 400, "by must be one of"),
        ("/stats?q=%3A%3A", 400, "nothing to search for"),
        ("/export.xml", 404, "no such page"),
        ("/nowhere", 404, "no such page"),
    ],
)
def test_bad_ids_and_parameters_get_a_4xx_page(app, url, status, says):
    client, _ = app
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert says.lower() in response.text.lower()
    assert "Traceback" not in response.text and 'File "' not in response.text


def test_only_get_is_allowed(app):
    client, _ = app
    response = client.post("/", data={"q": "x"})
    assert response.status_code == 405 and "Traceback" not in response.text


def test_app_pages_forbid_scripts_and_framing(app):
    client, _ = app
    for url in ("/", "/article/1", "/sites", "/stats", "/article/99999"):
        csp = client.get(url).headers["content-security-policy"]
        assert csp.startswith("default-src 'none'") and "frame-ancestors 'none'" in csp
        assert "script-src" not in csp and "unsafe-inline" not in csp


# Tags and escapes that would act if a scraped value were not escaped (as text, "onerror=" is harmless).
HOSTILE_MARKERS = ("<script", "<img", "\x1b[", "</title><", "\x1b")


@pytest.mark.parametrize(
    "page", ["article", "search", "list", "diff", "archived", "source", "stats", "export"]
)
def test_scraped_payloads_come_out_escaped(app, page):
    client, ids = app
    hostile = ids["hostile"]
    url = {
        "article": f"/article/{hostile}",
        "search": "/?q=banjir+kudus",
        "list": "/?site=hostile.test",
        "diff": f"/article/{hostile}/diff?from=1&to=1",
        "archived": f"/article/{hostile}/v/1/archived",
        "source": f"/article/{hostile}/v/1/page/1/source",
        "stats": "/stats?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&site=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
        "export": "/export.csv?q=banjir+kudus",
    }[page]
    response = get_ok(client, url)
    body = response.text
    if page != "export":
        assert all(marker not in body for marker in HOSTILE_MARKERS), page
        assert 'href="javascript' not in body.lower()
    else:  # CSV is data, not HTML: the text is kept as it was scraped, minus terminal escapes
        assert HOSTILE_TITLE in body and "\x1b" not in body
    if page == "article":
        assert "&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt;" in body
        assert (
            "<bdi>gnp.exe</bdi>" in body and "\u202e" not in body
        )  # the RTL override is stripped, the text isolated
        assert "javascript:alert(&#39;xss-url&#39;)" in body and "not linked" in body


def test_database_is_opened_read_only(archive):
    path, _ = archive
    conn = telisik_archive.open_reader(path, any_thread=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
        conn.execute("DELETE FROM articles")
    conn.execute("PRAGMA query_only = OFF")  # even without the pragma, the file itself is opened read-only
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("UPDATE articles SET title = 'x'")
    conn.close()
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*) FROM articles WHERE title = 'x'").fetchone()[0] == 0


@pytest.mark.slow
def test_serves_while_another_connection_writes(db_path):
    path = db_path
    build_archive(path)
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        assert "<strong>32</strong> articles" in client.get("/").text
        writer = telisik_archive.open_db(path)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE articles SET title = 'Judul baru' WHERE id = 1")
        started = time.monotonic()
        during = client.get("/article/1")  # the write lock is held: readers still read (WAL)
        assert during.status_code == 200 and "Judul baru" not in during.text
        assert time.monotonic() - started < 5
        writer.execute("COMMIT")
        assert "Judul baru" in client.get("/article/1").text  # a committed write is seen at once
        writer.conn.close()


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_an_unexpected_failure_is_a_500_page_without_traceback(db_path):
    path = db_path
    build_archive(path)
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        conn = sqlite3.connect(path)
        conn.execute("DROP TABLE articles_stem_fts")  # the app finds its index gone under it
        conn.commit()
        conn.close()
        response = client.get("/?q=aman")
        assert response.status_code == 500
        assert "Something went wrong" in response.text
        assert "Traceback" not in response.text and "articles_stem_fts" not in response.text


@pytest.mark.slow
def test_removed_articles_carry_a_badge_when_the_archive_records_them(db_path):
    path = db_path
    ids = build_archive(path)
    conn = sql_connection(path)
    conn.execute("UPDATE articles SET removed_since = '2026-03-01T02:00:00Z' WHERE id = ?", (ids["pupuk"],))
    conn.commit()
    conn.close()
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        article = client.get(f"/article/{ids['pupuk']}").text
        assert "removed since 2026-03-01" in article
        only = client.get("/?removed=only").text
        assert "<strong>1</strong> article match the filters" in only and "removed since 2026-03-01" in only
        hidden = client.get("/?removed=hide").text
        assert "<strong>31</strong> articles match the filters" in hidden
        assert "removed since 2026-03-01" in client.get("/?q=pupuk").text


@pytest.mark.slow
def test_sites_page_shows_configured_crawl_sites_with_their_columns(tmp_path):
    from telisik.crawl.sites import add_site, ensure_site_tables

    path = str(tmp_path / "sites.db")
    build_archive(path)
    db = telisik_archive.open_db(path)
    ensure_site_tables(db)
    add_site(db, "https://blora.example.id/")
    add_site(db, "https://never-crawled.example.id/")
    db.conn.close()
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        text = client.get("/sites").text
    assert "last crawl at" in text and "last error" in text and "added at" in text
    assert "never-crawled.example.id" in text


# ------------------------------------------------------------------------------------------ the command


def _telisik(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from telisik.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,
    )


@pytest.mark.slow
def test_help_does_not_import_the_web_stack():
    code = (
        "import sys\nfrom telisik.cli import main\n"
        "for args in (['--help'], ['serve', '--help'], ['stats', '--help']):\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
        "print(sorted(m for m in ('starlette', 'jinja2', 'uvicorn', 'telisik.web') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert "serve" in result.stdout and "Browse the archive" in result.stdout


@pytest.mark.slow
def test_serve_without_the_web_extra_says_how_to_install(archive):
    code = (
        "import sys\nsys.modules['uvicorn'] = None\nfrom telisik.cli import main\n"
        f"main(['serve', '--db', {archive[0]!r}])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == "telisik: telisik serve needs the web extra: pip install 'telisik[web]'"


@pytest.mark.slow
def test_serve_refuses_a_missing_archive_in_one_line(tmp_path):
    result = _telisik("serve", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "no archive at" in result.stderr


@pytest.mark.slow
def test_serve_command_serves_until_stopped(archive):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from telisik.cli import main; main()",
            "serve",
            "--db",
            archive[0],
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/sites", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        assert response.status_code == 200 and "server" not in response.headers
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=20)
    assert f"read-only at http://127.0.0.1:{port}/" in stderr
    assert "warning" not in stderr


def test_loopback_detection_for_the_bind_warning():
    from telisik.cli.serve_cmd import _is_loopback

    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.5") and not _is_loopback("example.com")


@pytest.mark.slow
def test_removed_filter_with_a_query(db_path):
    path = db_path
    build_archive(path)
    conn = sql_connection(path)
    conn.execute("UPDATE articles SET removed_since = '2026-03-02' WHERE title LIKE 'Berita nomor 3 %'")
    conn.commit()
    conn.close()
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        only = client.get("/?q=aman&removed=only").text
        assert "<strong>1</strong> article matches" in only and "Berita nomor 3 dari" in only
        assert "<mark>pengamanan</mark>" in only and "removed since 2026-03-02" in only
        hidden = client.get("/?q=aman&removed=hide&sort=newest").text
        assert "<strong>9</strong> articles match" in hidden and "Berita nomor 3 dari" not in hidden


@pytest.mark.slow
def test_serve_says_in_one_line_when_the_port_is_taken(archive):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _telisik("serve", "--db", archive[0], "--port", str(port))
    assert result.returncode == 1
    assert result.stderr.strip() == f"telisik: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_a_capture_in_a_legacy_charset_is_served_and_shown_in_it(db_path):
    path = db_path
    db = telisik_archive.open_db(path)
    url = "https://lama.example.id/berita/1/"
    page = "<html><head><title>Caf\xe9</title></head><body><p>Kopi di caf\xe9 lama</p></body></html>"
    capture = make_capture(
        url,
        page.encode("cp1252"),
        headers={"content-type": "text/html; charset=windows-1252"},
        encoding="windows-1252",
    )
    article = make_article(url, title="Café", body="Kopi di café lama", capture=capture)
    article_id = telisik_archive.store_article(db, article).article_id
    db.conn.close()
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        served = client.get(f"/article/{article_id}/v/1/page/1/capture")
        assert served.headers["content-type"] == "text/html; charset=windows-1252"
        assert served.content == page.encode("cp1252")
        assert "Kopi di café lama" in client.get(f"/article/{article_id}/v/1/page/1/source").text


@pytest.mark.slow
def test_counts_pages_follow_new_articles_while_serving(tmp_path):
    from datetime import datetime

    from support.serve import WIB, dated_article

    path = str(tmp_path / "growing.db")
    build_archive(path)
    with running_app(path) as base, httpx.Client(base_url=base, timeout=20) as client:
        assert "baru.example.id" not in client.get("/sites").text
        before = client.get("/stats?q=aman&by=month").text
        assert "37.5%" in before
        writer = telisik_archive.open_db(path)  # a crawl stores an article while the app serves
        article = dated_article(99, "baru.example.id", datetime(2026, 1, 20, tzinfo=WIB), "Pengamanan pasar.")
        telisik_archive.store_article(writer, article)
        writer.conn.close()
        assert "baru.example.id" in client.get("/sites").text
        after = client.get("/stats?q=aman&by=month").text
        assert "41.2%" in after  # January: 7 of 17


@pytest.mark.slow
def test_a_postgresql_session_the_server_ended_is_opened_again(pg_url):
    """The web view keeps one session per worker thread; after a server restart (here: every session of the
    archive ended by the server) the next requests are served again, never a hang."""
    ids = build_archive(pg_url)
    with running_app(pg_url) as base, httpx.Client(base_url=base, timeout=20) as client:
        assert get_ok(client, f"/article/{ids['pupuk']}")
        admin = sql_connection(pg_url)
        ended = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()[0]
        admin.close()
        assert ended >= 1
        # a new HTTP connection each: after a 500 the server may close the one it was sent on
        statuses = [httpx.get(f"{base}/article/{ids['pupuk']}", timeout=20).status_code for _ in range(6)]
        assert statuses[-1] == 200 and set(statuses) <= {200, 500}, statuses
