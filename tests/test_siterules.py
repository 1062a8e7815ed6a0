"""Site rules files: parsing, validation errors, host lookup, and the body extractor honouring them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from bs4 import BeautifulSoup

from telisik.extract.body import extract_body
from telisik.extract.siterules import SiteRulesError, load_site_rules, parse_site_rules, rules_for

MULTI = """
[[site]]
hosts = ["blora.telisikfakta.com", "*.telisikfakta.com"]
title = "h1.post-title"
body = "div.post-content"
byline = ".post-author"
date = "time.published"
strip = [".inline-promo", "div.gallery-caption"]
strip_text = ['^Simak berita lainnya', 'Klik di sini']
single_page = "{url}?page=all"
timezone = "WITA"

[[site]]
host = "www.beritabali.example"
timezone = "+08:00"
"""


def test_load_multi_site_file(tmp_path):
    path = tmp_path / "sites.toml"
    path.write_text(MULTI, encoding="utf-8")
    rules = load_site_rules([path])
    assert set(rules) == {"blora.telisikfakta.com", "*.telisikfakta.com", "www.beritabali.example"}
    blora = rules["blora.telisikfakta.com"]
    assert blora.body_selector == "div.post-content"
    assert blora.title_selector == "h1.post-title"
    assert blora.strip_selectors == (".inline-promo", "div.gallery-caption")
    assert [p.pattern for p in blora.strip_patterns] == ["^Simak berita lainnya", "Klik di sini"]
    assert blora.default_timezone.utcoffset(None) == timedelta(hours=8)
    assert rules["www.beritabali.example"].default_timezone.utcoffset(None) == timedelta(hours=8)
    assert blora.single_page_url_for("https://blora.telisikfakta.com/2024/05/sedekah?page=2#top") == (
        "https://blora.telisikfakta.com/2024/05/sedekah?page=all"
    )


def test_single_site_file_with_top_level_keys_and_directory_loading(tmp_path):
    (tmp_path / "a.toml").write_text(
        'host = "Example.COM"\nbody = "article .content"\ntimezone = "Asia/Jayapura"\n'
    )
    (tmp_path / "notes.txt").write_text("not rules")
    rules = load_site_rules(tmp_path)
    assert list(rules) == ["example.com"]
    zone = rules["example.com"].default_timezone
    assert datetime(2024, 1, 1, tzinfo=zone).utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('host = "a.com"\nbodyy = "div"\n', "unknown key(s) ['bodyy']"),
        ('body = "div"\n', "missing 'host' or 'hosts'"),
        ('host = "a.com"\nbody = "div[class="\n', "'body' is not a valid CSS selector"),
        ('host = "a.com"\nstrip_text = ["(unclosed"]\n', "not a valid regex"),
        ('host = "a.com"\nsingle_page = "?page=all"\n', "'single_page'"),
        ('host = "a.com"\ntimezone = "Mars/Olympus"\n', "unknown 'timezone'"),
        ('host = "http://a.com/"\n', "is not a host name"),
        ('host = "a.com"\nstrip = [1, 2]\n', "'strip' must be a string or a list of strings"),
        ('host = "a.com"\nbody = \n', "not valid TOML"),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SiteRulesError) as info:
        load_site_rules([path])
    error = str(info.value)
    assert "\n" not in error
    assert error.startswith(str(path))
    assert message in error


def test_host_claimed_twice_and_missing_file_are_errors(tmp_path):
    (tmp_path / "one.toml").write_text('host = "a.com"\n')
    (tmp_path / "two.toml").write_text('host = "a.com"\n')
    with pytest.raises(SiteRulesError, match="already has rules"):
        load_site_rules(tmp_path)
    with pytest.raises(SiteRulesError, match="cannot read rules file"):
        load_site_rules([tmp_path / "absent.toml"])


def test_rules_for_matches_exact_www_and_wildcard_hosts():
    rules = {r.hosts[0]: r for r in parse_site_rules('host = "example.com"\nbody = "div.a"\n')}
    for rule in parse_site_rules('host = "*.telisikfakta.com"\nbody = "div.b"\n'):
        rules[rule.hosts[0]] = rule
    assert rules_for("https://www.example.com/x", rules).body_selector == "div.a"
    assert rules_for("https://EXAMPLE.com:8443/x", rules).body_selector == "div.a"
    assert rules_for("https://blora.telisikfakta.com/x", rules).body_selector == "div.b"
    assert (
        rules_for("https://telisikfakta.com/x", rules).body_selector == "div.b"
    )  # wildcard covers the domain
    assert rules_for("https://other.org/x", rules) is None
    assert rules_for(None, rules) is None
    assert rules_for("http://[broken", rules) is None


PAGE = """<!DOCTYPE html><html lang="id"><head><title>Sedekah Bumi di Blora</title></head><body>
<nav class="menu"><a href="/">Beranda</a></nav>
<div class="layout">
  <div class="post-content">
    <p>BLORA - Warga Desa Ngawen menggelar sedekah bumi pada Sabtu pagi, diikuti ratusan orang dari tiga dusun.</p>
    <div class="inline-promo"><p>Dapatkan promo langganan koran digital hanya hari ini untuk pembaca setia kami.</p></div>
    <p>Simak berita lainnya seputar Blora di kanal daerah kami yang diperbarui setiap hari oleh redaksi.</p>
    <p>Kepala desa mengatakan tradisi ini sudah berlangsung turun-temurun sejak puluhan tahun yang lalu.</p>
  </div>
  <div class="sidebar-long">
    <p>Tulisan panjang di kolom samping yang bukan bagian artikel, tetapi sangat panjang dan penuh koma, titik, dan
    kalimat yang bisa menipu penilai, karena panjangnya melebihi artikel itu sendiri, dengan banyak sekali kata,
    dan terus berlanjut, berlanjut, dan berlanjut lagi sampai pembaca bosan membacanya di sini.</p>
    <p>Paragraf kedua di kolom samping, juga panjang, juga penuh koma, juga menipu, juga bukan artikel, dan juga
    tidak boleh masuk ke dalam isi berita yang diarsipkan oleh telisik, apa pun yang terjadi pada penilaian.</p>
  </div>
</div></body></html>"""


def test_extract_body_honours_body_selector_strip_selectors_and_patterns():
    rules = parse_site_rules(
        'host = "blora.telisikfakta.com"\nbody = "div.post-content"\nstrip = [".inline-promo"]\n'
        "strip_text = ['^Simak berita lainnya']\n"
    )[0]
    body = extract_body(BeautifulSoup(PAGE, "lxml"), url="https://blora.telisikfakta.com/a", rules=rules)
    assert body == (
        "BLORA - Warga Desa Ngawen menggelar sedekah bumi pada Sabtu pagi, diikuti ratusan orang dari tiga dusun."
        "\n\nKepala desa mengatakan tradisi ini sudah berlangsung turun-temurun sejak puluhan tahun yang lalu."
    )


def test_rules_without_body_selector_still_strip():
    rules = parse_site_rules('host = "a.com"\nstrip = [".sidebar-long"]\n')[0]
    body = extract_body(BeautifulSoup(PAGE, "lxml"), rules=rules)
    assert "kolom samping" not in body
    assert body.startswith("BLORA - Warga Desa Ngawen")
