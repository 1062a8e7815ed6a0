"""A tiny web site on 127.0.0.1 (stdlib ThreadingHTTPServer) serving canned routes and the realistic pages
under tests/fixtures/site/; every request path is logged, with the time it arrived (`arrivals`). The `site`
fixture in conftest starts one per test."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SITE_PAGES = FIXTURES / "site"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    latency: float = 0.0  # seconds the server takes before it answers


class LoopbackSite:
    """A tiny web site on 127.0.0.1: routes map a path (with query) to a canned response; requests are logged."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.arrivals: list[tuple[float, str]] = []  # (time.monotonic() when the request arrived, path)
        handler = self._make_handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        # serve_forever polls for shutdown every poll_interval: the default 0.5 s cost every test half a second.
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self, path: str, body: bytes | str = b"", *, status: int = 200, headers: dict[str, str] | None = None
    ) -> str:
        """Serve `body` at `path`; `{{BASE}}` in it becomes this server's base URL. Returns the full URL."""
        if isinstance(body, str):
            body = body.replace("{{BASE}}", self.base).encode("utf-8")
        route = Route(status=status, body=body)
        if headers is not None:
            route.headers = headers
        self.routes[path] = route
        return self.url(path)

    def add_page(self, path: str, fixture_name: str) -> str:
        """Serve a fixture page from tests/fixtures/site/ at `path`."""
        return self.add(path, (SITE_PAGES / fixture_name).read_text(encoding="utf-8"))

    def redirect(self, path: str, to: str, status: int = 301, *, latency: float = 0.0) -> str:
        url = self.add(path, b"", status=status, headers={"Location": to})
        self.routes[path].latency = latency
        return url

    def _make_handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (stdlib name)
                site.arrivals.append((time.monotonic(), self.path))
                site.requests.append(self.path)
                # Like a real server, unknown query parameters (utm_*, ...) do not change the page.
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                route = route or Route(404, b"<html><body><h1>Not found</h1></body></html>")
                time.sleep(route.latency)
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

        return Handler

    def __enter__(self) -> LoopbackSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
