"""URL rules: the archive's normal form of a URL, and which hosts a fetch may be redirected to.

`normalize_url` gives the key under which an article is stored, so the same page reached through
two spellings of its URL (case, default port, fragment, tracking parameters) is stored once.

`is_private_host` and `check_redirect` keep a fetch from being steered by a hostile page or server
towards the machine's own network (SSRF): a redirect to a private or local address is refused unless that
host was configured by the user. Only literal addresses (and `localhost`) are recognised: names are NOT
resolved here, because a check-then-connect DNS lookup proves nothing against DNS rebinding (the name can
resolve differently at connect time) and would add a lookup per hop. Defending against rebinding needs
pinning the resolved address in the transport, which is out of scope for an archiver run by its own user.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit, urlunsplit

__all__ = [
    "normalize_url",
    "strip_userinfo",
    "with_credentials_of",
    "site_of",
    "is_private_host",
    "check_redirect",
    "is_tracking_param",
]

DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only identify a campaign, a click or a referrer; they never select content.
# Functional parameters (page, id, p, q, ...) are kept.
TRACKING_PARAMS = frozenset(
    """
    fbclid gclid gclsrc dclid gbraid wbraid msclkid yclid twclid ttclid li_fat_id igshid igsh mc_cid mc_eid
    _ga _gl _hsenc _hsmi hsctatracking mkt_tok ref_src ref_url spm scm vero_id vero_conv oly_anon_id
    oly_enc_id wickedid __twitter_impression __tn__ s_cid cmpid at_medium at_campaign amp_js_v amp_gsa usqp
    rb_clickid srsltid ncid ocid soc_src soc_trk tag_from phpsessid jsessionid aspsessionid sessionid
    """.split()
)
# tag_from: detik.com's "which list was this clicked in"; *sessid: per-visitor session ids.
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "itm_", "_bta_")

# Java/ASP servers put the session id in the path: /berita/123;jsessionid=ABC
_SESSION_PATH_PARAM = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/;?]*", re.IGNORECASE)

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters allowed literally in a path or query (RFC 3986 reserved + unreserved + '%').
_ALLOWED_LITERAL = _UNRESERVED | frozenset(":/?#[]@!$&'()*+,;=%")
_HEX = frozenset("0123456789abcdefABCDEF")


def is_tracking_param(name: str) -> bool:
    """True for a query parameter name that only tracks the visit (utm_source, fbclid, ...)."""
    key = name.strip().lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _normalize_percent(text: str) -> str:
    """Upper-case percent escapes, decode escaped unreserved characters, escape what may not appear raw."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "%" and i + 2 < n and text[i + 1] in _HEX and text[i + 2] in _HEX:
            decoded = chr(int(text[i + 1 : i + 3], 16))
            out.append(decoded if decoded in _UNRESERVED else "%" + text[i + 1 : i + 3].upper())
            i += 3
            continue
        if ch == "%":
            out.append("%25")  # a stray '%' that starts no escape
        elif ch in _ALLOWED_LITERAL:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4: resolve '.' and '..' segments."""
    if "." not in path:
        return path
    segments = path.split("/")
    resolved: list[str] = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                resolved.append("")
        elif segment == "..":
            if len(resolved) > 1:
                resolved.pop()
            if last:
                resolved.append("")
        else:
            resolved.append(segment)
    result = "/".join(resolved)
    if path.startswith("/") and not result.startswith("/"):
        result = "/" + result
    return result


def _clean_query(query: str) -> str:
    """Drop tracking parameters and empty pieces; keep the order of what remains."""
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        name = piece.split("=", 1)[0]
        if is_tracking_param(_normalize_percent(name)):
            continue
        kept.append(_normalize_percent(piece))
    return "&".join(kept)


def _idna_host(host: str) -> str:
    """Lower-case the host and convert an internationalised name to its ASCII (punycode) form."""
    host = host.strip().rstrip(".").lower()
    if not host or host.isascii() or host.startswith("["):
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _split_netloc(netloc: str) -> tuple[str, str, str]:
    """Split 'user@host:port' into (userinfo, host, port) without raising on odd ports."""
    userinfo, _, hostport = netloc.rpartition("@")
    if hostport.startswith("["):
        end = hostport.find("]")
        if end != -1:
            host, rest = hostport[: end + 1], hostport[end + 1 :]
            return userinfo, host, rest[1:] if rest.startswith(":") else ""
        return userinfo, hostport, ""
    host, _, port = hostport.partition(":")
    return userinfo, host, port


def normalize_url(url: str) -> str:
    """The archive's normal form of an http(s) URL.

    Lower-case scheme and host (IDNA to ASCII), no credentials (`user:pass@`), no default port, no fragment, no tracking parameters
    (utm_*, fbclid, gclid, ...; the remaining query keeps its order), '/' for an empty path, dot segments
    resolved, percent escapes upper-cased and unreserved characters decoded. Never raises: a string that is
    not an http(s) URL comes back stripped and otherwise untouched.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.netloc:
        return url
    _, host, port = _split_netloc(parts.netloc)
    host = _idna_host(host)
    port = port.lstrip("0") or ("0" if port else "")
    if port and port.isdigit() and int(port) == DEFAULT_PORTS[scheme]:
        port = ""
    netloc = host + (f":{port}" if port else "")  # userinfo dropped: credentials are never stored
    path = _remove_dot_segments(_normalize_percent(_SESSION_PATH_PARAM.sub("", parts.path))) or "/"
    query = _clean_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def strip_userinfo(url: str) -> str:
    """`url` without its `user:password@` part, otherwise untouched; never raises.

    Credentials in a URL may be used for the request, but they are never stored, printed or exported.
    """
    if "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def with_credentials_of(url: str, given: str) -> str:
    """`url` with the `user:password@` of `given` when both are on the same host (the further pages of an
    article behind HTTP authentication); otherwise `url` unchanged. Credentials never go to another host."""
    try:
        source, target = urlsplit(given), urlsplit(url)
    except ValueError:
        return url
    if "@" not in source.netloc or "@" in target.netloc or source.hostname != target.hostname:
        return url
    userinfo = source.netloc.rpartition("@")[0]
    return urlunsplit(
        (target.scheme, f"{userinfo}@{target.netloc}", target.path, target.query, target.fragment)
    )


def site_of(url: str) -> str:
    """The host of a URL, lower-cased and in ASCII form, without port; 'www.' is kept (it can be a
    different site from the bare domain, and dropping it would merge sites the user configured apart).
    Returns '' when the URL has no host."""
    try:
        netloc = urlsplit(url.strip()).netloc
    except ValueError:
        return ""
    host = _split_netloc(netloc)[1]
    return _idna_host(host).strip("[]")


def host_of(url: str) -> str:
    """The `host[:port]` of a URL as telisik compares hosts (throttles, a site's hosts): lower-case, IDNA in
    ASCII form, no trailing dot, no userinfo, no default port. '' when the URL has no host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    _, host, port = _split_netloc(parts.netloc)
    host = _idna_host(host)
    if port and port.isdigit() and int(port) == DEFAULT_PORTS.get(parts.scheme.lower(), -1):
        port = ""
    return host + (f":{port}" if port else "")


def display_host(url: str) -> str:
    """The `host[:port]` of a URL for people: as `host_of` but an internationalised name stays as written
    (`bücher.example`, not `xn--bcher-kva.example`); `site_filter` reads either form as the same site."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    _, host, port = _split_netloc(parts.netloc)
    host = host.strip().rstrip(".").lower()
    if port and port.isdigit() and int(port) == DEFAULT_PORTS.get(parts.scheme.lower(), -1):
        port = ""
    return host + (f":{port}" if port else "")


def site_filter(value: str) -> str:
    """What `--site VALUE` means everywhere (search, export, reparse, crawl): the site host, as `site_of`
    stores it. A pasted URL means its host; case, an IDN, a trailing dot and a port do not matter:
    `https://Blora.example.id/`, `blora.example.id.` and `BLORA.example.id:443` are the same site."""
    value = value.strip()
    return site_of(value if "://" in value else "http://" + value) or value.lower()


# ------------------------------------------------------------------------------------- registrable domain

# Second-level labels under which a country code TLD registers names (co.id, or.id, go.id, ac.id, co.uk,
# com.au, co.jp, com.sg...): a compact public-suffix rule, used instead of the full Public Suffix List
# (tldextract works offline with its bundled snapshot, but brings requests and filelock for this one rule).
_CC_SECOND_LEVEL = frozenset("co com net org or go gov ac edu sch web mil ne gob nic ltd plc".split())
# Indonesian second-level domains beyond the generic ones (PANDI's list): desa.id is a village, my.id a person.
_ID_SECOND_LEVEL = frozenset("biz desa my ponpes net".split())


def registrable_domain(url_or_host: str) -> str:
    """The part of a host that one owner registers: `blora.telisikfakta.com` -> `telisikfakta.com`,
    `berita.pemkab.go.id` -> `pemkab.go.id`, `news.bbc.co.uk` -> `bbc.co.uk`. An IP address (or a one-label
    host) is its own domain. Lower-case, IDNA form, no port."""
    host = site_of(url_or_host if "://" in url_or_host else "http://" + url_or_host).rstrip(".")
    if not host or _parse_ip(host) is not None:
        return host
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    tld, second = labels[-1], labels[-2]
    multi_part = len(tld) == 2 and (
        second in _CC_SECOND_LEVEL or (tld == "id" and second in _ID_SECOND_LEVEL)
    )
    return ".".join(labels[-3:] if multi_part else labels[-2:])


def same_registrable_domain(url: str, other: str) -> bool:
    """Do two URLs (or hosts) belong to the same registered domain (`registrable_domain`)?"""
    mine = registrable_domain(url)
    return bool(mine) and mine == registrable_domain(other)


_NUMERIC_HOST = re.compile(r"^[0-9a-fx.]+$")


def _parse_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """A literal address in any form the system resolver would accept as one, else None.

    Besides dotted quads this accepts the legacy forms inet_aton takes ('127.1', '2130706433',
    '0x7f.0.0.1'), because getaddrinfo resolves them to the same address without DNS.
    """
    host = host.strip().strip("[]").rstrip(".").lower()
    if "%" in host:  # IPv6 zone id: fe80::1%eth0
        host = host.split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and any(c.isdigit() for c in host) and _NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _address_is_private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped
        if mapped is not None:
            return _address_is_private(mapped)
    # Not globally routable covers loopback, RFC 1918, link-local, unspecified, unique-local, CGNAT,
    # documentation and reserved ranges; multicast is never a web server either.
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
        or address.is_multicast
        or not address.is_global
    )


def is_private_host(host: str) -> bool:
    """True when `host` is a literal private/local address or 'localhost' (names are not resolved)."""
    name = (host or "").strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    address = _parse_ip(name)
    return address is not None and _address_is_private(address)


def _host_of_trusted(entry: str) -> str:
    """Accept a trusted host as 'host', 'host:port', '[v6]:port' or a full URL."""
    entry = entry.strip()
    if "://" in entry:
        return site_of(entry)
    if entry.startswith("["):
        return entry[1 : entry.find("]")].lower() if "]" in entry else entry.strip("[").lower()
    if entry.count(":") == 1:
        entry = entry.split(":", 1)[0]
    return _idna_host(entry)


def check_redirect(from_url: str, to_url: str, *, trusted_hosts: Iterable[str] = ()) -> str | None:
    """Why a hop from `from_url` to `to_url` must not be followed, or None when it may.

    Refused: schemes other than http/https, a URL without a host, and a private or local address that is
    neither in `trusted_hosts` nor the host we are already on. Relative `to_url` is resolved against
    `from_url`.
    """
    try:
        target = urljoin(from_url, to_url.strip())
        parts = urlsplit(target)
    except ValueError:
        return f"redirect to malformed URL {to_url[:200]!r} refused"
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return f"redirect to {scheme or 'scheme-less'}: URL refused"
    host = site_of(target)
    if not host:
        return "redirect to a URL without a host refused"
    if not is_private_host(host):
        return None
    trusted = {_host_of_trusted(h) for h in trusted_hosts or ()}
    if host in trusted or host == site_of(from_url):
        return None
    return f"redirect to private address {host} refused"
