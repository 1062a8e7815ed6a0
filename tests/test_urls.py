"""URL normal form (the archive key) and the redirect/private-address rules."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telisik.urls import check_redirect, is_private_host, is_tracking_param, normalize_url, site_of


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # case of scheme and host; path case is significant and kept
        ("HTTPS://Blora.TelisikFakta.COM/Berita/1", "https://blora.telisikfakta.com/Berita/1"),
        # default ports dropped, others kept
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/a"),
        # fragment dropped, empty path becomes /
        ("https://example.com#top", "https://example.com/"),
        ("https://example.com/a#komentar", "https://example.com/a"),
        # tracking parameters removed, functional ones kept in their order
        (
            "https://example.com/a?utm_source=fb&page=2&fbclid=IwAR0&id=7&utm_medium=social",
            "https://example.com/a?page=2&id=7",
        ),
        (
            "https://example.com/a?gclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5&_ga=6&yclid=7",
            "https://example.com/a",
        ),
        ("https://example.com/a?UTM_Campaign=x&p=3", "https://example.com/a?p=3"),
        ("https://example.com/a?z=1&a=2", "https://example.com/a?z=1&a=2"),
        # detik's list-click tracker; session ids in the query or the path
        (
            "https://news.detik.com/berita/d-7016153/judul?tag_from=wp_nhl_5&single=1",
            "https://news.detik.com/berita/d-7016153/judul?single=1",
        ),
        (
            "https://example.com/berita/1;jsessionid=A1B2C3?PHPSESSID=x&page=all",
            "https://example.com/berita/1?page=all",
        ),
        # dot segments
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://example.com/../../a", "https://example.com/a"),
        ("https://example.com/a/b/..", "https://example.com/a/"),
        # percent-encoding: upper-case escapes, unreserved decoded, raw spaces and non-ASCII escaped
        ("https://example.com/%7euser/%e2%82%ac", "https://example.com/~user/%E2%82%AC"),
        ("https://example.com/berita terkini", "https://example.com/berita%20terkini"),
        ("https://example.com/caf\u00e9", "https://example.com/caf%C3%A9"),
        ("https://example.com/a?q=%41%2f", "https://example.com/a?q=A%2F"),
        # IDNA host
        ("https://B\u00fccher.example/x", "https://xn--bcher-kva.example/x"),
        # stray surrounding whitespace, trailing dot of the host
        ("  https://example.com./a  ", "https://example.com/a"),
        # IPv6 literal with default port
        ("http://[::1]:80/a", "http://[::1]/a"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def test_same_article_through_two_spellings_has_one_key() -> None:
    a = "https://www.Example.com:443/news/2026/01/banjir-blora?utm_source=twitter#comments"
    b = "HTTPS://www.example.com/news/2026/01/./banjir-blora?fbclid=abc"
    assert normalize_url(a) == normalize_url(b) == "https://www.example.com/news/2026/01/banjir-blora"


def test_normalize_url_is_idempotent_on_examples() -> None:
    for url in ("https://example.com/a b?x=%7e&utm_id=1", "http://EXAMPLE.com:80", "https://x.com/%zz%"):
        once = normalize_url(url)
        assert normalize_url(once) == once


def test_non_http_urls_come_back_untouched() -> None:
    assert normalize_url("mailto:redaksi@example.com") == "mailto:redaksi@example.com"
    assert normalize_url(" ftp://Example.com/A ") == "ftp://Example.com/A"
    assert normalize_url("not a url") == "not a url"


@given(st.text(max_size=200))
def test_normalize_url_never_raises(text: str) -> None:
    assert isinstance(normalize_url(text), str)
    assert isinstance(normalize_url("https://example.com/" + text), str)
    assert isinstance(site_of("https://" + text), str)


def test_tracking_param_names() -> None:
    assert is_tracking_param("utm_content")
    assert is_tracking_param("fbclid")
    assert not is_tracking_param("page")
    assert not is_tracking_param("id")
    assert not is_tracking_param("p")


def test_site_of_keeps_www_and_drops_port() -> None:
    assert site_of("https://WWW.Tribunnews.com:443/x") == "www.tribunnews.com"
    assert site_of("http://127.0.0.1:8123/a") == "127.0.0.1"
    assert site_of("http://[::1]:8/") == "::1"
    assert site_of("/relative/only") == ""


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.5.6.7",
        "10.0.0.5",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "::1",
        "[::1]",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "fe80::1%eth0",
        "::ffff:10.0.0.5",
        "::ffff:127.0.0.1",
        "localhost",
        "LOCALHOST.",
        "api.localhost",
        # legacy IPv4 spellings the system resolver accepts without DNS
        "2130706433",
        "127.1",
        "0x7f000001",
        "0177.0.0.1",
    ],
)
def test_private_hosts(host: str) -> None:
    assert is_private_host(host)


@pytest.mark.parametrize(
    "host",
    [
        "8.8.8.8",
        "172.32.0.1",
        "192.169.0.1",
        "2001:4860:4860::8888",
        "example.com",
        "www.detik.com",
        "localhost.example.com",
        "dead.beef",
        "",
    ],
)
def test_public_or_unknown_hosts(host: str) -> None:
    assert not is_private_host(host)


def test_check_redirect_allows_public_and_same_host() -> None:
    assert check_redirect("https://example.com/a", "https://www.example.com/b", trusted_hosts=()) is None
    assert check_redirect("https://example.com/a", "/b?page=2", trusted_hosts=()) is None
    # the configured site on loopback may redirect within itself (that is how tests run)
    assert check_redirect("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/b", trusted_hosts=()) is None


def test_check_redirect_refuses_private_targets_not_trusted() -> None:
    reason = check_redirect("https://example.com/a", "http://10.0.0.5/admin", trusted_hosts=["example.com"])
    assert reason == "redirect to private address 10.0.0.5 refused"
    assert "169.254.169.254" in check_redirect(
        "https://example.com/", "http://169.254.169.254/latest/", trusted_hosts=()
    )
    assert "localhost" in check_redirect("http://127.0.0.1:8000/", "http://localhost:8000/", trusted_hosts=())
    assert "::1" in check_redirect("https://example.com/", "http://[::1]/", trusted_hosts=())


def test_check_redirect_trusted_hosts_in_any_spelling() -> None:
    for trusted in (["127.0.0.2"], ["127.0.0.2:9000"], ["http://127.0.0.2:9000/"]):
        assert (
            check_redirect("https://example.com/", "http://127.0.0.2:9000/x", trusted_hosts=trusted) is None
        )
    assert check_redirect("https://example.com/", "http://[::1]:9000/", trusted_hosts=["[::1]:9000"]) is None


@pytest.mark.parametrize(
    "target",
    [
        "ftp://example.com/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://example.com/",
        "data:text/html,hi",
    ],
)
def test_check_redirect_refuses_other_schemes(target: str) -> None:
    reason = check_redirect("https://example.com/a", target, trusted_hosts=())
    assert reason is not None and reason.startswith("redirect to ") and reason.endswith("refused")


_segment = st.text(alphabet=st.sampled_from(list("abcXYZ09-._~%2eE/ é?&=#;:@+!")), max_size=12)


@given(
    scheme=st.sampled_from(["http", "HTTP", "https", "HtTpS"]),
    host=st.sampled_from(["Example.COM", "bücher.example", "127.0.0.1", "[::1]", "www.detik.com."]),
    port=st.sampled_from(["", ":80", ":443", ":8080", ":0080"]),
    path=st.lists(_segment, max_size=5),
    query=st.lists(
        st.tuples(st.sampled_from(["utm_source", "page", "id", "fbclid", "q", "x%5Fy"]), _segment), max_size=4
    ),
)
def test_normalize_url_is_idempotent(scheme, host, port, path, query) -> None:
    url = f"{scheme}://{host}{port}/" + "/".join(path)
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query)
    once = normalize_url(url)
    assert normalize_url(once) == once
    assert once.startswith(("http://", "https://")) and "#" not in once
    names = [name for name, _ in parse_qsl(urlsplit(once).query, keep_blank_values=True)]
    assert not any(is_tracking_param(name) for name in names)
