"""Issue #15, item 11: credentials in a URL (`http://user:pass@host/...`) are used for the request and never
stored (articles, captures, versions), printed, or written into WARC exports (WARC-Target-URI).

A loopback server serves the article only with the right HTTP Basic credentials, so a stored article proves
the credentials were sent; then every trace the archive and the commands leave is searched for them.
"""

from __future__ import annotations

import base64
import io
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from support.archive import is_postgres_url, table_rows
from support.pages import PageSpec, render_page, run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telisik.urls import normalize_url

pytestmark = pytest.mark.both_backends

USER, PASSWORD = "redaksi", "Rahasia-Sekali-42"
PATH = "/2026/02/05/petani-jakenan-protes-kelangkaan-pupuk/"


class LockedSite:
    """A news site behind HTTP Basic authentication: page 1 links page 2, both need the credentials."""

    def __init__(self) -> None:
        site = self
        self.authorized: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (stdlib name)
                expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
                if self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="arsip"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                site.authorized.append(self.path)
                body = site.page(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page(self, path: str) -> bytes:
        canonical = self.base + PATH
        if path == PATH:
            html = render_page(PageSpec(canonical=canonical))
            return html.replace(
                "</article>", f'<div class="pages"><a href="{PATH}2/">2</a></div></article>'
            ).encode()
        if path == PATH + "2/":
            spec = PageSpec(
                canonical=canonical, paragraphs=["Halaman dua: petani menunggu kiriman pupuk dari Juwana."]
            )
            return render_page(spec).encode()
        return b""

    def secret_url(self, path: str = PATH) -> str:
        return f"http://{USER}:{PASSWORD}@127.0.0.1:{self.server.server_port}{path}"


@pytest.fixture
def locked_site():
    site = LockedSite()
    yield site
    site.server.shutdown()
    site.server.server_close()


def everything_in(db_path: str) -> str:
    """Every value of every table (FTS shadow tables included) as text."""
    if is_postgres_url(db_path):
        return repr(table_rows(db_path))
    conn = sqlite3.connect(db_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_credentials_are_used_but_never_stored_printed_or_exported(locked_site, tmp_path, db_path):
    result = run_cli("fetch", "--db", db_path, "--format", "jsonl", locked_site.secret_url())
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("new ")
    assert PATH in locked_site.authorized and PATH + "2/" in locked_site.authorized  # page 2 too
    assert PASSWORD not in result.stdout + result.stderr and f"{USER}:" not in result.stdout + result.stderr

    dump = everything_in(db_path)
    assert "Halaman dua" in dump  # the further page was archived
    assert PASSWORD not in dump and f"{USER}:" not in dump and f"{USER}@" not in dump

    warc = tmp_path / "out.warc"
    exported = run_cli("export", "--db", db_path, "--format", "warc", "-o", str(warc))
    assert exported.exit_code == 0, exported.stderr
    data = warc.read_bytes()
    assert b"WARC-Target-URI: " + locked_site.base.encode() + PATH.encode() in data
    assert PASSWORD.encode() not in data and f"{USER}:".encode() not in data

    for command in (["search", "pupuk", "--format", "json"], ["show", "1"], ["history", "1"]):
        shown = run_cli(*command, "--db", db_path)
        assert PASSWORD not in shown.stdout + shown.stderr, command


def test_a_failure_does_not_print_the_credentials(locked_site, db_path):
    result = run_cli("fetch", "--db", db_path, locked_site.secret_url("/tidak-ada/"))
    assert result.exit_code == 1
    assert "HTTP 404" in result.stderr
    assert PASSWORD not in result.stderr and f"{USER}:" not in result.stderr


def test_import_of_a_warc_with_credentials_in_its_target_uri_stores_none(tmp_path, db_path):
    url = f"https://{USER}:{PASSWORD}@pati.kabarlingkar.test{PATH}"
    body = render_page(PageSpec(canonical=f"https://{USER}:{PASSWORD}@pati.kabarlingkar.test{PATH}")).encode()
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
    )
    path = tmp_path / "kredensial.warc"
    path.write_bytes(out.getvalue())
    result = run_cli("import", "--db", db_path, str(path))
    assert result.exit_code == 0, result.stderr
    assert PASSWORD not in result.stderr
    dump = everything_in(db_path)
    assert f"https://pati.kabarlingkar.test{PATH}" in dump and PASSWORD not in dump


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("http://user:pass@Example.COM/a", "http://example.com/a"),
        ("https://user@example.com:443/a?utm_source=x", "https://example.com/a"),
        ("https://:@example.com/", "https://example.com/"),
        ("http://u%40x:p%3Aw@[2001:db8::1]:8080/a", "http://[2001:db8::1]:8080/a"),
    ],
)
def test_normalised_urls_carry_no_credentials(raw, normal):
    from telisik.urls import strip_userinfo

    assert normalize_url(raw) == normal
    assert "@" not in strip_userinfo(raw).split("/")[2]


def test_credentials_go_to_further_pages_of_the_same_host_only():
    from telisik.urls import with_credentials_of

    given = "http://u:p@berita.test/a/"
    assert with_credentials_of("http://berita.test/a/2/", given) == "http://u:p@berita.test/a/2/"
    assert with_credentials_of("http://lain.test/a/2/", given) == "http://lain.test/a/2/"
    assert (
        with_credentials_of("http://berita.test/a/2/", "http://berita.test/a/") == "http://berita.test/a/2/"
    )


def test_export_of_an_archive_made_before_the_fix_writes_no_credentials(tmp_path, db_path):
    """An archive that stored credentials (older telisik): its WARC export still carries none."""
    from support.pages import store_page

    from telisik.archive import open_db

    url = f"https://{USER}:{PASSWORD}@pati.kabarlingkar.test{PATH}"
    page = render_page(PageSpec(canonical=f"https://pati.kabarlingkar.test{PATH}"))
    store_page(open_db(db_path), page.replace("</article>", '<a href="2/">2</a></article>'), url)
    assert PASSWORD in everything_in(db_path)  # the old archive holds them
    warc = tmp_path / "lama.warc"
    result = run_cli("export", "--db", db_path, "--format", "warc", "-o", str(warc))
    assert result.exit_code == 0, result.stderr
    data = warc.read_bytes()
    assert f"WARC-Target-URI: https://pati.kabarlingkar.test{PATH}".encode() in data
    assert PASSWORD.encode() not in data
