"""Issue #15 item 1: one site must never rewrite another's record through its canonical link.

A page may name as canonical a URL of the same registrable domain as the URL it was requested at or served
from (redirects are the server speaking), or a host its site's configuration names; any other canonical is
recorded in `sources["untrusted_canonical_url"]` and the page is keyed by the URL it was served from.
"""

from __future__ import annotations

import json

import pytest
from support.archive import filled_archive
from support.articles import article_page, make_article, make_capture
from support.faultserver import FaultServer, page
from support.pages import run_cli

from telisik.archive import get_article, list_versions, open_db
from telisik.archiver import build_article

pytestmark = pytest.mark.both_backends

VICTIM = "https://kabar-b.test/2026/01/27/banjir-cepu/"
UNTRUSTED_CANONICAL = "untrusted_canonical_url"  # where the claim is recorded (telisik.archiver)
B_BODY = "Banjir merendam ratusan rumah warga Cepu.\n\nWarga mengungsi ke balai desa sejak pagi."
A_BODY = "Berita palsu tentang bendungan jebol di Cepu.\n\nSemua warga diminta segera pergi dari kota."


def test_a_page_of_site_a_naming_site_bs_article_as_canonical_does_not_replace_it(db_path):
    filled_archive(db_path, [make_article(VICTIM, title="Banjir Rendam Cepu", body=B_BODY)]).close()
    poison = article_page("Bendungan Jebol", A_BODY, canonical=VICTIM)
    with FaultServer() as server:
        server.routes["/berita/jebol/"] = page(poison)
        served = server.url("/berita/jebol/")
        result = run_cli("fetch", "--db", db_path, served)
    assert result.exit_code == 0, result.stderr
    db = open_db(db_path)
    victim = get_article(db, VICTIM)
    assert victim is not None and victim.title == "Banjir Rendam Cepu" and victim.body == B_BODY
    assert len(list_versions(db, victim.id)) == 1
    poisoner = get_article(db, served)
    assert poisoner is not None and poisoner.id != victim.id
    assert poisoner.canonical_url == served and poisoner.site == "127.0.0.1"
    assert poisoner.sources[UNTRUSTED_CANONICAL] == VICTIM
    hits = json.loads(run_cli("search", "bendungan", "--db", db_path, "--format", "json").stdout)
    assert [h["url"] for h in hits] == [served]
    db.close()


def _built(requested: str, canonical: str, *, final: str | None = None, trusted_hosts=()):
    capture = make_capture(
        requested, article_page("Banjir Cepu", B_BODY, canonical=canonical), final_url=final
    )
    return build_article(capture, trusted_hosts=trusted_hosts)


@pytest.mark.parametrize(
    ("served", "canonical"),
    [
        ("https://m.telisikfakta.com/a/", "https://blora.telisikfakta.com/a/"),
        ("https://amp.kabar.co.id/a/", "https://www.kabar.co.id/a/"),
        ("https://berita.pemkab.go.id/a/", "https://pemkab.go.id/a/"),
        ("https://news.bbc.co.uk/a/", "https://www.bbc.co.uk/a/"),
    ],
)
def test_a_canonical_on_the_same_registrable_domain_is_trusted(served, canonical):
    assert _built(served, canonical).canonical_url == canonical


@pytest.mark.parametrize(
    ("served", "canonical"),
    [
        ("https://kabar-a.test/a/", "https://kabar-b.test/a/"),
        ("https://kabar.co.id/a/", "https://lain.co.id/a/"),  # co.id is a public suffix, not one owner
        ("https://pemkab-a.go.id/a/", "https://pemkab-b.go.id/a/"),
        ("http://127.0.0.1:8001/a/", "http://127.0.0.2:8001/a/"),
    ],
)
def test_a_canonical_on_another_registrable_domain_is_recorded_not_used(served, canonical):
    article = _built(served, canonical)
    assert article.canonical_url == served and article.sources[UNTRUSTED_CANONICAL] == canonical


def test_a_redirect_from_the_requested_url_is_the_server_speaking():
    article = _built("https://kabar-b.test/a/", "https://kabar-b.test/a/", final="https://cdn-mirror.test/a/")
    assert article.canonical_url == "https://kabar-b.test/a/"
    assert UNTRUSTED_CANONICAL not in article.sources


def test_a_host_the_site_configuration_names_is_trusted():
    article = _built("https://kabar-a.test/a/", VICTIM, trusted_hosts=["kabar-a.test", "kabar-b.test"])
    assert article.canonical_url == VICTIM


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("blora.telisikfakta.com", "telisikfakta.com"),
        ("berita.pemkab.go.id", "pemkab.go.id"),
        ("x.y.kampus.ac.id", "kampus.ac.id"),
        ("www.example.com.au", "example.com.au"),
        ("127.0.0.1:8000", "127.0.0.1"),
        ("localhost", "localhost"),
    ],
)
def test_registrable_domain(host, domain):
    from telisik.urls import registrable_domain

    assert registrable_domain(host) == domain


def test_fetch_trust_canonical_keys_a_mirror_by_the_canonical_it_names(db_path):
    with FaultServer() as server:
        server.routes["/mirror/"] = page(article_page("Banjir Rendam Cepu", B_BODY, canonical=VICTIM))
        result = run_cli("fetch", "--db", db_path, "--trust-canonical", server.url("/mirror/"))
    assert result.exit_code == 0, result.stderr
    db = open_db(db_path)
    assert get_article(db, VICTIM).canonical_url == VICTIM
    db.close()
