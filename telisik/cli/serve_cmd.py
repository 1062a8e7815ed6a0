"""`telisik serve`: the archive as a local, read-only web app (telisik.web).

The web stack (Starlette, Jinja2, uvicorn) is an optional extra and is imported only here, when `serve` runs,
so `telisik --help` and the other commands start as fast without it.
"""

from __future__ import annotations

import ipaddress
import sys
import threading

import click

from telisik.cli.common import db_option, fail, open_archive_reader, resolve_db_path, shown_db

INSTALL_HINT = "telisik serve needs the web extra: pip install 'telisik[web]'"

SERVE_HELP = """Browse the archive in a web browser: search, read, compare versions, see pages as archived.

\b
The app is read-only (the database is opened so that it cannot write) and serves while
a crawl writes. It listens on 127.0.0.1 (this computer only) unless --host says
otherwise; nothing it serves loads anything from the internet.

\b
Examples:
  telisik serve
  telisik serve --port 8080 --open
  telisik serve --db ~/news/telisik.db --host 0.0.0.0     # reachable from the network
"""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_can_listen(host: str, port: int) -> None:
    """Fail with one line now if the address cannot be listened on (uvicorn would log and exit 3)."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as exc:
        fail(f"cannot listen on {host}: {getattr(exc, 'strerror', None) or exc}")
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")


@click.command("serve", help=SERVE_HELP, short_help="Browse the archive in a web browser.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on."
)
@click.option("--open", "open_browser", is_flag=True, help="Open the app in the default web browser.")
@db_option
def serve(host: str, port: int, open_browser: bool, db_path: str | None) -> None:
    try:
        import uvicorn

        from telisik.web import create_app
    except ImportError:
        fail(INSTALL_HINT)
    path = resolve_db_path(db_path)
    # A clear error now for a missing or foreign file; an archive of an older schema is upgraded first.
    open_archive_reader(path).close()
    app = create_app(path)  # a StoreError (the file went away meanwhile) ends the command in one line
    _check_can_listen(host, port)
    if not _is_loopback(host):
        click.echo(
            f"warning: listening on {host}: anyone who can reach this machine can read the archive",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    click.echo(f"telisik: serving {shown_db(path)} read-only at {url} (Ctrl+C stops)", err=True)
    if open_browser:
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", server_header=False, access_log=False
    )
    server = uvicorn.Server(config)
    server.run()
    if not server.started:  # lost a race for the port after the check above: uvicorn said why
        sys.exit(1)
