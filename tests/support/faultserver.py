"""A misbehaving HTTP server on 127.0.0.1, built on raw sockets so it can stall, trickle, reset and lie.

Shared by tests/test_fetch.py, tests/test_faults.py and benchmarks/faults.py (which runs the same scenarios
at full scale). Each route is a function `handler(conn, request)` writing whatever bytes it wants. Hostile
payloads (gzip bomb, XML entity bomb) live here too.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import formatdate

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Banjir Rendam Tiga Desa di Blora, Warga Mengungsi | TelisikFakta</title>
<meta name="description" content="Hujan deras sejak Senin malam membuat Sungai Lusi meluap.">
<meta property="og:title" content="Banjir Rendam Tiga Desa di Blora, Warga Mengungsi">
<meta property="article:published_time" content="2026-01-27T15:28:41+07:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Banjir Rendam Tiga Desa di Blora, Warga Mengungsi","datePublished":"2026-01-27T15:28:41+07:00",
"author":{"@type":"Person","name":"Siti Rahmawati"}}</script>
</head>
<body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/nasional">Nasional</a></nav>
<article>
<h1>Banjir Rendam Tiga Desa di Blora, Warga Mengungsi</h1>
<div class="byline">Penulis: Siti Rahmawati | Selasa, 27 Januari 2026 15:28 WIB</div>
<p>BLORA - Hujan deras yang mengguyur sejak Senin malam membuat Sungai Lusi meluap dan merendam tiga desa
di Kecamatan Cepu. Ratusan warga terpaksa mengungsi ke balai desa.</p>
<p>Kepala BPBD Blora mengatakan ketinggian air mencapai satu meter di beberapa titik. Petugas gabungan
mengevakuasi warga lanjut usia dan anak-anak menggunakan perahu karet.</p>
<p>Hingga Selasa siang, air mulai surut, namun warga diminta tetap waspada karena hujan diperkirakan
masih turun hingga akhir pekan.</p>
</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/a">Jalan Cepu-Randublatung rusak</a></li></ul></aside>
<footer>&copy; 2026 TelisikFakta</footer>
</body>
</html>
"""

CP1252_HTML = (
    "<!DOCTYPE html><html><head>"
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    "<title>Caf\u00e9 \u201cSenja\u201d dibuka kembali</title></head><body><article><h1>Caf\u00e9 \u201cSenja\u201d"
    " dibuka kembali</h1><p>Pemilik caf\u00e9 itu berkata \u2018kami kembali\u2019 \u2014 dengan harga \u20ac5."
    "</p></article></body></html>"
).encode("cp1252")


# An XML entity-expansion bomb (a feed whose one title would expand to 10^9 'lol's).
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><item><title>&lol9;</title><link>https://x.example/&lol9;</link></item></channel></rss>"""


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]


Handler = Callable[[socket.socket, Request], None]


def http_head(status: int, reason: str, headers: Iterable[tuple[str, str]] = ()) -> bytes:
    lines = (
        [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers] + ["Connection: close", "", ""]
    )
    return "\r\n".join(lines).encode("latin-1")


def respond(
    conn: socket.socket, status: int, reason: str, body: bytes = b"", headers: Iterable[tuple[str, str]] = ()
) -> None:
    headers = list(headers)
    if not any(k.lower() == "content-type" for k, _ in headers):
        headers.append(("Content-Type", "text/html; charset=utf-8"))
    headers.append(("Content-Length", str(len(body))))
    conn.sendall(http_head(status, reason, headers) + body)


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def gzip_bomb(inflated_size: int, block: int = 1024 * 1024) -> bytes:
    """A gzip stream of `inflated_size` zero bytes, built without holding the inflated data."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(block)
    parts = []
    left = inflated_size
    while left > 0:
        parts.append(compressor.compress(zeros[: min(block, left)]))
        left -= block
    parts.append(compressor.flush())
    return b"".join(parts)


@dataclass
class FaultServer:
    """Serve `routes` on 127.0.0.1 in a thread per connection; use as a context manager."""

    routes: dict[str, Handler] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    host: str = "127.0.0.1"
    stop_event: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((self.host, 0))
        self._listener.listen(64)
        # accept() is not woken by close() from another thread on Linux: poll so that stop is prompt.
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def __enter__(self) -> FaultServer:
        thread = threading.Thread(target=self._accept_loop, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc) -> None:
        self.stop_event.set()
        for thread in self._threads[:1]:
            thread.join(timeout=5)
        self._listener.close()
        for thread in self._threads[1:]:
            thread.join(timeout=5)

    def sleep(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True when it is stopping."""
        return self.stop_event.wait(seconds)

    def _accept_loop(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(10)
            request = self._read_request(conn)
            if request is None:
                return
            path = request.path.split("?", 1)[0]
            with self._lock:
                self.hits[path] = self.hits.get(path, 0) + 1
                self.requests.append(request)
            handler = self.routes.get(path)
            if handler is None:
                respond(conn, 404, "Not Found", b"<html><body>not here</body></html>")
            else:
                handler(conn, request)
        except OSError:
            pass  # the client went away: that is what many scenarios are about
        finally:
            try:
                conn.close()
            except OSError:
                pass

    @staticmethod
    def _read_request(conn: socket.socket) -> Request | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        request_line, *header_lines = head.split("\r\n")
        method, path, _ = request_line.split(" ", 2)
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        return Request(method, path, headers)


# ----------------------------------------------------------------------------------------------------------
# Route factories: each returns a handler. `server` is needed by handlers that wait.


def page(
    body: bytes | str = ARTICLE_HTML,
    content_type: str = "text/html; charset=utf-8",
    status: int = 200,
    reason: str = "OK",
    extra: Iterable[tuple[str, str]] = (),
) -> Handler:
    data = body.encode("utf-8") if isinstance(body, str) else body

    def handler(conn: socket.socket, request: Request) -> None:
        respond(conn, status, reason, data, [("Content-Type", content_type), *extra])

    return handler


def redirect(location: str, status: int = 302) -> Handler:
    def handler(conn: socket.socket, request: Request) -> None:
        respond(conn, status, "Found", b"", [("Location", location)])

    return handler


def stall_after_headers(server: FaultServer) -> Handler:
    def handler(conn: socket.socket, request: Request) -> None:
        conn.sendall(http_head(200, "OK", [("Content-Type", "text/html"), ("Content-Length", "5000")]))
        conn.sendall(b"<html><body>")
        server.sleep(60)

    return handler


def trickle_body(server: FaultServer, interval: float, total_bytes: int = 10**9) -> Handler:
    """Headers at once, then one byte every `interval` seconds."""

    def handler(conn: socket.socket, request: Request) -> None:
        conn.sendall(
            http_head(200, "OK", [("Content-Type", "text/html"), ("Content-Length", str(total_bytes))])
        )
        for _ in range(total_bytes):
            conn.sendall(b"x")
            if server.sleep(interval):
                return

    return handler


def trickle_headers(server: FaultServer, interval: float) -> Handler:
    """Even the status line and headers arrive one byte at a time, forever."""

    def handler(conn: socket.socket, request: Request) -> None:
        head = http_head(200, "OK", [("Content-Type", "text/html")] + [("X-Pad", "y" * 60)] * 200)
        for byte in head:
            conn.sendall(bytes([byte]))
            if server.sleep(interval):
                return

    return handler


def reset_mid_body(sent: int = 20000, declared: int = 500000) -> Handler:
    def handler(conn: socket.socket, request: Request) -> None:
        conn.sendall(http_head(200, "OK", [("Content-Type", "text/html"), ("Content-Length", str(declared))]))
        conn.sendall(b"<html><body>" + b"a" * sent)
        reset(conn)

    return handler


def close_mid_body(sent: int = 20000, declared: int = 500000) -> Handler:
    def handler(conn: socket.socket, request: Request) -> None:
        conn.sendall(http_head(200, "OK", [("Content-Type", "text/html"), ("Content-Length", str(declared))]))
        conn.sendall(b"<html><body>" + b"a" * sent)

    return handler


def truncated_gzip(html: str = ARTICLE_HTML * 20) -> Handler:
    compressed = gzip.compress(html.encode("utf-8"))
    cut = compressed[: len(compressed) // 2]

    def handler(conn: socket.socket, request: Request) -> None:
        respond(
            conn, 200, "OK", cut, [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")]
        )

    return handler


def gzipped(html: str = ARTICLE_HTML, coding: str = "gzip") -> Handler:
    raw = html.encode("utf-8")
    if coding == "gzip":
        data = gzip.compress(raw)
    elif coding == "deflate":
        data = zlib.compress(raw)
    else:  # raw deflate without zlib wrapper, as some servers send
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        data = compressor.compress(raw) + compressor.flush()
        coding = "deflate"

    def handler(conn: socket.socket, request: Request) -> None:
        respond(
            conn,
            200,
            "OK",
            data,
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", coding)],
        )

    return handler


def compressed_payload(data: bytes) -> Handler:
    """Serve already gzip-compressed bytes (a gzip bomb) without Content-Length checks tripping first."""

    def handler(conn: socket.socket, request: Request) -> None:
        respond(conn, 200, "OK", data, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])

    return handler


def streamed(
    chunks: Callable[[], Iterable[bytes]], content_type: str = "text/html", content_length: int | None = None
) -> Handler:
    """Stream chunks from a generator (a 1 GB body is never built in memory); close-delimited unless a
    Content-Length is given."""

    def handler(conn: socket.socket, request: Request) -> None:
        headers = [("Content-Type", content_type)]
        if content_length is not None:
            headers.append(("Content-Length", str(content_length)))
        conn.sendall(http_head(200, "OK", headers))
        for chunk in chunks():
            conn.sendall(chunk)

    return handler


def retry_after(status: int, reason: str, value: str | Callable[[], str]) -> Handler:
    """A refusal with Retry-After; `value` may be a callable for a date computed at request time."""

    def handler(conn: socket.socket, request: Request) -> None:
        header = value() if callable(value) else value
        respond(conn, status, reason, b"<html><body>slow down</body></html>", [("Retry-After", header)])

    return handler


def flaky(
    server: FaultServer, path: str, failures: int, status: int = 503, retry_after_value: str = "0"
) -> Handler:
    """Fail `failures` times with `status`, then serve the article."""

    def handler(conn: socket.socket, request: Request) -> None:
        if server.hits.get(path, 0) <= failures:
            respond(conn, status, "Service Unavailable", b"busy", [("Retry-After", retry_after_value)])
        else:
            respond(conn, 200, "OK", ARTICLE_HTML.encode(), [("Content-Type", "text/html; charset=utf-8")])

    return handler


def conditional(etag: str, last_modified: str) -> Handler:
    def handler(conn: socket.socket, request: Request) -> None:
        if (
            request.headers.get("if-none-match") == etag
            or request.headers.get("if-modified-since") == last_modified
        ):
            conn.sendall(http_head(304, "Not Modified", [("ETag", etag)]))
            return
        respond(
            conn,
            200,
            "OK",
            ARTICLE_HTML.encode(),
            [("Content-Type", "text/html; charset=utf-8"), ("ETag", etag), ("Last-Modified", last_modified)],
        )

    return handler


def http_date(offset_seconds: float) -> str:
    import time

    return formatdate(time.time() + offset_seconds, usegmt=True)


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound then closed)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port
