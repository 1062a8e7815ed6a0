"""Issue #15 item 17: a Unicode IDN site (`sites add http://bücher.example/`) crawls like its punycode form;
`--site` finds its articles given either form, or exactly what `sites list` prints (`127.0.0.1:8701`); a
`--site` that matches no known site says so on stderr. One host vocabulary: `telisik.urls`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from support.articles import article_page
from support.network import resolves_to

from telisik.cli import main

UNICODE_HOST = "bücher.example"
PUNY_HOST = "xn--bcher-kva.example"
BODY = (
    "Toko buku tua di pusat kota kembali dibuka setelah renovasi selama enam bulan oleh pemiliknya.\n\n"
    "Pengunjung memadati toko sejak pagi untuk mencari buku-buku langka yang baru tiba dari Jakarta.\n\n"
    "Pemilik toko mengatakan koleksi kini mencapai dua puluh ribu judul dari berbagai penerbit daerah."
)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def serve_idn_site(site, port_host: str) -> None:
    """A home page with relative links, a sitemap naming one article in Unicode form and one in punycode."""
    paths = [f"/2026/01/0{n}/toko-buku-{n}-dibuka-kembali/" for n in (1, 2, 3)]
    for n, path in enumerate(paths, 1):
        site.add(path, article_page(f"Toko buku {n} dibuka kembali", BODY))
    links = "".join(f'<li><a href="{p}">Toko buku {n}</a></li>' for n, p in enumerate(paths[:1], 1))
    site.add(
        "/",
        "<!doctype html><html><head><title>Bücher</title></head><body><nav>Beranda</nav>"
        f"<main><ul>{links}</ul></main><footer>Bücher</footer></body></html>",
    )
    uni, puny = port_host.replace(PUNY_HOST, UNICODE_HOST), port_host
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>http://{uni}{paths[1]}</loc></url><url><loc>http://{puny}{paths[2]}</loc></url></urlset>"
    )
    site.add("/sitemap.xml", sitemap.encode(), headers={"Content-Type": "application/xml"})


@pytest.mark.parametrize("given", [UNICODE_HOST, PUNY_HOST])
def test_an_idn_site_crawls_and_is_found_by_either_form(site, db_path, given):
    port = site.base.rsplit(":", 1)[1]
    with resolves_to(UNICODE_HOST):
        serve_idn_site(site, f"{PUNY_HOST}:{port}")
        added = run("sites", "add", f"http://{given}:{port}/", "--delay", "0", "--db", db_path)
        assert added.exit_code == 0, added.output
        crawled = run("crawl", "--db", db_path, "--format", "json")
    assert crawled.exit_code == 0, crawled.output
    report = json.loads(crawled.stdout)["sites"][0]
    assert report["archived"] == 3, crawled.output
    listed = json.loads(run("sites", "list", "--format", "json", "--db", db_path).stdout)
    assert listed[0]["name"] == f"{given}:{port}"  # shown as given
    assert PUNY_HOST + f":{port}" in listed[0]["hosts"]  # compared in ASCII form
    with resolves_to(UNICODE_HOST):
        again = run("crawl", f"{given}:{port}", "--db", db_path)  # named as `sites list` shows it
    assert again.exit_code == 0, again.output
    for form in (UNICODE_HOST, PUNY_HOST, f"{UNICODE_HOST}:{port}", f"http://{UNICODE_HOST}:{port}/"):
        found = run("search", "toko", "--site", form, "--format", "jsonl", "--db", db_path)
        assert found.exit_code == 0, found.stderr
        assert len(found.stdout.splitlines()) == 3, (form, found.stderr)
        assert "warning" not in found.stderr


def test_site_accepts_exactly_what_sites_list_prints(site, db_path):
    page = site.add("/2026/01/01/toko-buku-dibuka-kembali/", article_page("Toko buku dibuka kembali", BODY))
    assert run("fetch", "--db", db_path, page).exit_code == 0
    assert run("sites", "add", site.base + "/", "--db", db_path).exit_code == 0
    name = run("sites", "list", "--format", "json", "--db", db_path)
    shown = json.loads(name.stdout)[0]["name"]
    assert shown == site.base.removeprefix("http://")  # 127.0.0.1:PORT
    found = run("search", "toko", "--site", shown, "--format", "jsonl", "--db", db_path)
    assert len(found.stdout.splitlines()) == 1, found.stderr
    assert "warning" not in found.stderr


def test_a_site_matching_no_known_site_is_warned_about(site, db_path):
    page = site.add("/2026/01/01/toko-buku-dibuka-kembali/", article_page("Toko buku dibuka kembali", BODY))
    assert run("fetch", "--db", db_path, page).exit_code == 0
    found = run("search", "toko", "--site", "blora.example.id", "--db", db_path)
    assert found.stdout == ""
    assert "warning: --site blora.example.id matches no site in the archive" in found.stderr
    exported = run("export", "--site", "blora.example.id", "--format", "jsonl", "--db", db_path)
    assert "matches no site in the archive" in exported.stderr
