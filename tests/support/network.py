"""Keep the suite off the network: host names other than loopback never reach a DNS resolver.

Tests talk only to servers they start on 127.0.0.0/8. `loopback_only_resolver()` (installed for the whole
session by conftest) replaces `socket.getaddrinfo` so that numeric addresses and `localhost` resolve as usual
while any other name fails at once, in-process, with the error the C library gives for a name that does not
exist (EAI_NONAME). The HTTP stack above it (httpx, httpcore, sockets) is the real one, so a test of how
telisik reports a DNS failure still sees the exception a real lookup raises. `resolution_fails(host, code)`
makes one name fail with another code, e.g. EAI_AGAIN, the resolver's "try again later"; `resolves_to(host)`
makes a name resolve to a loopback address, as a line in /etc/hosts would (IDN sites).
Subprocesses started by tests are not covered; they only ever get loopback URLs.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# The messages glibc's gai_strerror gives, so the exception reads like a real lookup's.
_MESSAGES = {
    socket.EAI_NONAME: "Name or service not known",
    socket.EAI_AGAIN: "Temporary failure in name resolution",
}
_failures: dict[str, int] = {}


def _is_local(host: str | None) -> bool:
    """Names the tests may resolve: none, localhost, and numeric addresses (resolved without a query)."""
    if not host or host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


@contextmanager
def loopback_only_resolver() -> Iterator[None]:
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode("ascii", "replace") if isinstance(host, bytes) else host
        if name and name.lower().rstrip(".") in _aliases:
            return real(_aliases[name.lower().rstrip(".")], *args, **kwargs)
        if _is_local(name):
            return real(host, *args, **kwargs)
        code = _failures.get(name.lower().rstrip("."), socket.EAI_NONAME)
        raise socket.gaierror(code, _MESSAGES[code])

    socket.getaddrinfo = getaddrinfo
    try:
        yield
    finally:
        socket.getaddrinfo = real


@contextmanager
def resolution_fails(host: str, code: int) -> Iterator[None]:
    """While inside, looking up `host` fails with `code` (socket.EAI_NONAME or socket.EAI_AGAIN)."""
    _failures[host.lower()] = code
    try:
        yield
    finally:
        del _failures[host.lower()]


_aliases: dict[str, str] = {}


@contextmanager
def resolves_to(host: str, address: str = "127.0.0.1") -> Iterator[None]:
    """While inside, `host` (in its ASCII/punycode form, as a resolver is asked) resolves to `address`, like
    a line in /etc/hosts: for tests of host names (IDN sites) served by a loopback server."""
    name = host.encode("idna").decode("ascii").lower()
    _aliases[name] = address
    try:
        yield
    finally:
        del _aliases[name]
