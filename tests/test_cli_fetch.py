"""End to end: `telisik fetch` from a loopback site into a temporary archive, then `search` and `show`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from telisik.cli import main

pytestmark = pytest.mark.both_backends

SITE_PAGES = Path(__file__).parent / "fixtures" / "site"
BLORA_PATH = "/2026/01/27/banjir-rendam-ratusan-rumah-di-cepu/"
BLORA_CANONICAL = "https://blora.telisikfakta.com/2026/01/27/banjir-rendam-ratusan-rumah-di-cepu/"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def fetch_jsonl(db_path: str, *urls: str) -> list[dict]:
    # the loopback site stands in for the sites its pages name as canonical
    result = run("fetch", "--db", db_path, "--format", "jsonl", "--trust-canonical", *urls)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_fetch_then_search_finds_the_article_with_its_fields(site, db_path):
    url = site.add_page(BLORA_PATH, "blora-banjir.html")
    result = run("fetch", "--db", db_path, "--trust-canonical", url)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("new ")
    assert "Banjir Rendam Ratusan Rumah di Cepu" in result.stderr

    found = run("search", "--db", db_path, "pengungsian", "--format", "json")
    assert found.exit_code == 0, found.stderr
    hits = json.loads(found.stdout)
    assert len(hits) == 1
    hit = hits[0]
    assert hit["title"] == "Banjir Rendam Ratusan Rumah di Cepu, Warga Mengungsi ke Balai Desa"
    assert hit["authors"] == ["Dheny Window"]
    assert hit["published"] == "2026-01-27T15:28:41+07:00"
    assert "pengungsian" in hit["snippet"].lower()


def test_fetched_article_fields(site, db_path):
    url = site.add_page(BLORA_PATH, "blora-banjir.html")
    (article,) = fetch_jsonl(db_path, url)
    assert article["canonical_url"] == BLORA_CANONICAL
    assert article["site"] == "blora.telisikfakta.com"
    assert article["section"] == "Peristiwa"
    assert article["tags"] == ["Banjir", "Cepu"]
    assert article["language"] == "id"
    assert article["image"] == "https://blora.telisikfakta.com/wp-content/uploads/2026/01/banjir-cepu.jpg"
    body = article["body"]
    assert body.startswith("BLORA – Banjir akibat luapan Sungai Bengawan Solo")
    assert body.endswith("hujan diperkirakan masih turun hingga akhir pekan.")
    for unwanted in (
        "Baca Juga",
        "ADVERTISEMENT",
        "Share on Facebook",
        "Tinggalkan Balasan",
        "Terpopuler",
        "Foto:",
    ):
        assert unwanted not in body
    assert body.count("\n\n") == 6  # seven paragraphs


def test_same_article_through_two_urls_is_stored_once(site, db_path):
    url = site.add_page(BLORA_PATH, "blora-banjir.html")
    assert run("fetch", "--db", db_path, url).exit_code == 0
    again = run("fetch", "--db", db_path, url + "?utm_source=wa&utm_medium=share#comments")
    assert again.exit_code == 0
    assert again.stderr.startswith("unchanged ")
    count = run("search", "--db", db_path, "Cepu", "--count")
    assert count.stdout.strip() == "1"


def test_page_without_structured_metadata(site, db_path):
    url = site.add_page("/ekonomi/pupuk-langka", "plain-portal.html")
    (article,) = fetch_jsonl(db_path, url)
    assert article["title"] == "Petani Purwodadi Keluhkan Pupuk Subsidi Langka"
    assert article["authors"] == ["Slamet Riyadi", "Wahyu Kurniawan"]
    assert article["published"] == "2026-02-05T09:45:00+07:00"
    assert article["body"].startswith("GROBOGAN - Para petani di Kecamatan Purwodadi")
    assert "Baca juga" not in article["body"]
    assert "(sr/wk)" not in article["body"]
    assert "Harga Beras di Pasar Induk" not in article["body"]


def test_english_page(site, db_path):
    url = site.add_page("/news/2026/feb/03/river-levels-fall-somerset-levels", "english-news.html")
    (article,) = fetch_jsonl(db_path, url)
    assert article["title"] == "River levels fall after week of floods in the Somerset Levels"
    assert article["authors"] == ["Eleanor Hughes", "Tom Barker"]
    assert article["published"].startswith("2026-02-03T07:15:00")
    assert article["language"] == "en"
    assert "Pumping continues" in article["body"]
    assert "Advertisement" not in article["body"]
    assert "Dredge the rivers" not in article["body"]


def test_multipage_article_is_joined_and_stored_once(site, db_path):
    base = "/regional/2026/03/10/embung-sumberjo"
    site.add_page(base, "multipage-1.html")
    site.add_page(base + "?page=2", "multipage-2.html")
    site.add_page(base + "?page=3", "multipage-3.html")
    (article,) = fetch_jsonl(db_path, site.url(base))
    body = article["body"]
    assert body.startswith("TRIBUNJATENG.COM, REMBANG - Pemerintah Kabupaten Rembang")
    assert "menelan anggaran Rp 4,2 miliar" in body  # page 2
    assert body.endswith("tempat pembuangan sampah.")  # page 3
    assert body.index("Rp 4,2 miliar") < body.index("sumur bor")
    assert article["authors"] == ["Rifqi Gozali"]
    assert article["editor"] == "Muhammad Olies"


def test_windows_1252_declared_only_in_meta(site, db_path):
    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
        "<title>Caf\u00e9 \u201cKopi Joss\u201d Buka Cabang di Solo</title></head><body><article>"
        "<h1>Caf\u00e9 \u201cKopi Joss\u201d Buka Cabang di Solo</h1>"
        + "".join(
            f"<p>Paragraf {i}: pemilik caf\u00e9 itu berkata \u201cesai\u201d \u2013 harga Rp 15.000 per gelas, "
            "dan antrean pembeli mengular sejak pagi hari di depan kedai.</p>"
            for i in range(5)
        )
        + "</article></body></html>"
    )
    url = site.add("/kuliner/kopi-joss", page.encode("cp1252"), headers={"Content-Type": "text/html"})
    (article,) = fetch_jsonl(db_path, url)
    assert article["title"] == "Caf\u00e9 \u201cKopi Joss\u201d Buka Cabang di Solo"
    assert "\u201cesai\u201d \u2013 harga" in article["body"]


def test_redirect_chain_is_followed_and_final_url_kept(site, db_path):
    target = site.add_page(BLORA_PATH, "blora-banjir.html")
    site.redirect("/r2", target, status=302)
    site.redirect("/r1", site.url("/r2"))
    (article,) = fetch_jsonl(db_path, site.url("/r1"))
    assert article["final_url"] == target
    assert article["url"] == target


@pytest.mark.parametrize(
    ("path", "status", "body", "content_type", "reason"),
    [
        ("/missing", 404, b"<html><body>Not here</body></html>", "text/html", "404"),
        # a 500 is retried with back-off before the fetch gives up: seconds, not milliseconds
        pytest.param(
            "/broken",
            500,
            b"<html><body>Internal error</body></html>",
            "text/html",
            "500",
            marks=pytest.mark.slow,
        ),
        (
            "/report.pdf",
            200,
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
            "application/pdf",
            "not an HTML page",
        ),
        ("/empty", 200, b"", "text/html", "empty"),
    ],
)
def test_bad_responses_fail_with_a_reason_and_exit_1(site, db_path, path, status, body, content_type, reason):
    url = site.add(path, body, status=status, headers={"Content-Type": content_type})
    good = site.add_page(BLORA_PATH, "blora-banjir.html")
    result = run("fetch", "--db", db_path, "--delay", "0", url, good)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("failed ") and reason in lines[0]
    assert lines[1].startswith("new ")  # the run went on after the failure
    assert "Traceback" not in result.stderr


def test_urls_from_stdin_and_file(site, db_path, tmp_path):
    one = site.add_page(BLORA_PATH, "blora-banjir.html")
    two = site.add_page("/ekonomi/pupuk-langka", "plain-portal.html")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# my list\n{two}\n\n")
    result = run("fetch", "--db", db_path, "--delay", "0", "-", "--from-file", str(listing), input=one + "\n")
    assert result.exit_code == 0, result.stderr
    assert [line.split()[0] for line in result.stderr.splitlines()] == ["new", "new"]


def test_no_urls_is_a_usage_error(db_path):
    result = run("fetch", "--db", db_path)
    assert result.exit_code == 2
    assert "no URL given" in result.stderr


def test_show_prints_one_article(site, db_path):
    url = site.add_page(BLORA_PATH, "blora-banjir.html")
    (article,) = fetch_jsonl(db_path, url)
    shown = run("show", "--db", db_path, BLORA_CANONICAL, "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["title"] == article["title"]
    assert data["body"] == article["body"]
    text = run("show", "--db", db_path, str(article["id"]))
    assert "Dheny Window" in text.stdout


def test_database_from_environment_variable(site, db_path, monkeypatch):
    monkeypatch.setenv("TELISIK_DB", db_path)
    url = site.add_page(BLORA_PATH, "blora-banjir.html")
    assert run("fetch", url).exit_code == 0
    assert run("search", "Bengawan", "--count").stdout.strip() == "1"


@pytest.mark.slow
def test_installed_command_runs_in_a_real_process(site, tmp_path):
    url = site.add_page(BLORA_PATH, "blora-banjir.html")
    db = str(tmp_path / "proc.db")
    proc = subprocess.run(
        [sys.executable, "-m", "telisik", "fetch", "--db", db, url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("new ")


@pytest.mark.parametrize("command", ["fetch", "search", "show"])
def test_every_command_help_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_single_page_view_is_preferred_over_fetching_every_page(site, db_path):
    base = "/regional/2026/03/10/embung-sumberjo"
    first = (SITE_PAGES / "multipage-1.html").read_text(encoding="utf-8")
    first = first.replace(
        '<div class="paging">', f'<div class="paging"><a href="{base}?page=all">Tampilkan semua halaman</a> '
    )
    site.add(base, first)
    # The one-page view: page 1's template with every page's paragraphs.
    paragraphs = "".join(_paragraphs_of(SITE_PAGES / f"multipage-{n}.html") for n in (1, 2, 3))
    whole = re.sub(
        r'(<div class="side-article[^>]*>).*?(</div>)', lambda m: m[1] + paragraphs + m[2], first, flags=re.S
    )
    site.add(base + "?page=all", whole)
    site.add_page(base + "?page=2", "multipage-2.html")
    site.add_page(base + "?page=3", "multipage-3.html")
    (article,) = fetch_jsonl(db_path, site.url(base))
    assert "menelan anggaran Rp 4,2 miliar" in article["body"]
    assert article["body"].endswith("tempat pembuangan sampah.")
    assert base + "?page=all" in site.requests
    assert base + "?page=2" not in site.requests and base + "?page=3" not in site.requests


def _paragraphs_of(path) -> str:
    return "".join(re.findall(r"<p>.*?</p>", path.read_text(encoding="utf-8"), flags=re.S))
