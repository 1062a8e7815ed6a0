"""Authors on outlets nobody on the project tuned for (#10), seventh round: the row of the date line under the
headline, read when the page carries no author metadata and its class names say nothing (the `no-metadata` and
`hashed-classes` variants of benchmarks/perturbed_pages.py).

- The outlet's name after the writer's, in its own piece or the same one (`Verda Nano Setiawan, <span>CNBC
  Indonesia</span>` then the date): CNBC Indonesia, CNN Indonesia, detik's `Name - detikNews`; it is passed over
  like the outlet's host (`Name / TIMESOFINDIA.COM`) and is no co-author.
- Another labelled date and an editor's credit between the writer's name and the date line (`Ahmad Garuda •
  Editor: Putri • Diperbarui: … • Diterbitkan: …`): medcom.id, IDN Times and Kumparan print the updated time
  and the editor in the header row; both are passed over, the editor never becomes the writer.
- A share bar between the date line and the name under it (`Bagikan: Facebook Twitter WhatsApp Salin Link`):
  iNews, Okezone and the Jakarta Globe put the share links in the header row before or beside the name.
- The outlet or a desk credited in metadata `author` (`Jakarta Globe`, `Redaksi`) does not keep the name
  beside the date line out (class 3): the person wins, as for every other visible source.
- The name beside the date under the headline that is also the `Editor:` credited after the text is the writer
  (one person wrote and edited: the Pikiran Rakyat Media Network portals — Zona Jakarta, Portal Jember, Ayo
  Bandung — and small government portals), whether the byline came from the date row or from metadata `author`;
  metadata `author` naming the `Editor:` alone, with no byline under the headline, is still the editor (class 4).

Each test serves a whole page (head without author metadata, menu, breadcrumb, the article, related stories, a
sidebar, comments, footer) with meaningless class names, and asserts what the page showed before the rule.
"""

from __future__ import annotations

import json

import pytest

from telisik.extract import extract_article

INDONESIAN = [
    "Pemerintah Provinsi melalui Dinas Pendidikan mulai membuka pendataan kartu bantuan pendidikan tahap pertama "
    "tahun ini bagi peserta didik dari keluarga tidak mampu di seluruh wilayah kota.",
    "Kepala unit pelayanan pendanaan pendidikan mengatakan, peserta didik yang tidak terdaftar dalam data terpadu "
    "kesejahteraan sosial dapat mengajukan diri melalui kelurahan setempat.",
    "Pendataan dilakukan secara daring hingga akhir bulan, dan hasilnya akan diumumkan melalui laman resmi dinas "
    "setelah diverifikasi bersama dinas sosial.",
    "Orang tua diminta menyiapkan kartu keluarga dan nomor induk kependudukan anak agar proses pendataan tidak "
    "terhambat saat petugas melakukan pengecekan.",
]
ENGLISH = [
    "The national flag carrier will add daily flights to Labuan Bajo from next month as hotels on the island "
    "report bookings well above last year's for the dry season.",
    "The airline said the extra flights would use narrow-body jets and leave the capital early in the morning so "
    "that travellers can reach the national park on the same day.",
    "Tour operators welcomed the decision but warned that the small airport terminal was already crowded at "
    "midday, when most of the current flights land within an hour of each other.",
    "The transport ministry said work on a larger terminal would start after the rainy season and take about "
    "eighteen months, with the runway lengthened at the same time.",
]
GERMAN = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, die Sanierung der alten Grundschule um ein Jahr zu "
    "verschieben, weil die Angebote der Baufirmen deutlich über der Kostenschätzung lagen.",
    "Eltern, die zur Sitzung gekommen waren, kritisierten die Entscheidung: Die Container auf dem Schulhof "
    "seien im Sommer zu heiß und im Winter kaum zu heizen.",
    "Der Bürgermeister versprach, noch im Frühjahr eine neue Ausschreibung zu starten und beim Land zusätzliche "
    "Fördermittel für den Umbau zu beantragen.",
    "Die Schulleitung will bis dahin zwei Klassenzimmer im benachbarten Vereinsheim nutzen, das der Sportverein "
    "für die Übergangszeit zur Verfügung stellt.",
]
TEXTS = {"id": INDONESIAN, "en": ENGLISH, "de": GERMAN}
SHARE_BAR = (
    '<div class="c182217"><span class="cc50a5f">Bagikan:</span>'
    '<a class="c2f9f38" href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>'
    '<a class="cf94ca9" href="https://twitter.com/intent/tweet?url=x">Twitter</a>'
    '<a class="c9fdf4f" href="https://api.whatsapp.com/send?text=x">WhatsApp</a>'
    '<a class="c2363cd" href="#">Salin Link</a></div>'
)


def portal_page(
    *,
    header: str,
    after: str = "",
    site: str = "Warta Kota Kita",
    host: str = "wartakotakita.id",
    lang: str = "id",
    meta_author: str | None = None,
) -> str:
    """A regional portal's article page with meaningless class names (CSS modules / a hashed build): a head
    whose JSON-LD names no author (or `meta_author`), the menu and breadcrumb, the headline, the `header` rows
    under it, a lead picture, the text, `after` it, related stories, a sidebar of popular stories with their
    own dates, comments and the footer."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Pendataan Kartu Bantuan Pendidikan Tahap Pertama Dibuka",
        "datePublished": "2024-03-09T09:10:00+07:00",
        "publisher": {"@type": "Organization", "name": site},
    }
    if meta_author:
        data["author"] = {"@type": "Person", "name": meta_author}
    author_meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    text = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>Pendataan Kartu Bantuan Pendidikan Tahap Pertama Dibuka - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
{author_meta}
<script type="application/ld+json">{json.dumps(data)}</script>
<link rel="stylesheet" href="/_next/static/css/3f9c2a.css">
</head>
<body class="c8979aa">
<header class="c9150fa"><a href="/"><img alt="{site}" src="/logo.svg"></a>
<nav class="cdb580e"><ul><li><a href="/">Beranda</a></li><li><a href="/news">News</a></li>
<li><a href="/daerah">Daerah</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li>
<li><a href="/indeks">Indeks</a></li></ul></nav></header>
<div class="c5f0b6e">
<ul class="c2bf5fe"><li><a href="/">Beranda</a></li><li><a href="/daerah">Daerah</a></li></ul>
<article class="c7fd9f8">
<h1 class="caefdd3">Pendataan Kartu Bantuan Pendidikan Tahap Pertama Dibuka</h1>
{header}
<figure><img alt="" src="https://{host}/foto/pendataan.jpg"><figcaption>Petugas melayani warga di kantor
kelurahan. (Foto: Dok. Pemprov)</figcaption></figure>
<div class="c9a0364">{text}
{after}
</div>
<div class="c33d106"><a href="/tag/pendidikan">pendidikan</a> <a href="/tag/bantuan">bantuan</a></div>
</article>
<section class="c125cc9"><h3>Berita Terkait</h3><ul>
<li><a href="/daerah/1">Ribuan Warga Antre Kartu Bantuan di Kantor Kelurahan</a> <span>08 Maret 2024 14:20</span></li>
<li><a href="/daerah/2">Dinas Sosial Verifikasi Data Penerima Bantuan</a> <span>07 Maret 2024 10:05</span></li>
</ul></section>
<section class="ce49694"><h3>Komentar</h3><ol><li><b>Bambang Setiawan</b> <span>09 Maret 2024 16:10</span>
<p>Semoga pendataan tahun ini lebih tertib.</p></li></ol></section>
</div>
<aside class="c0838fe"><h3>Terpopuler</h3><ol><li><a href="/p1">Harga Beras Turun di Pasar Induk</a>
<span>09 Maret 2024 08:00</span></li><li><a href="/p2">Jadwal Kapal Cepat Pekan Ini</a></li></ol></aside>
<footer class="c4e5e0d"><p>&copy; 2024 {site}. Seluruh hak cipta dilindungi.</p>
<a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a></footer>
</body>
</html>"""


def authors_of(
    html: str, url: str = "https://wartakotakita.id/daerah/2024/03/09/pendataan-kartu-bantuan"
) -> list[str]:
    return extract_article(html, url=url).authors


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        # CNBC Indonesia: the outlet in a span of its own after the writer's comma, the date in the next row.
        (
            '<div class="c897a77"><div class="c224459">Verda Nano Setiawan, <span class="c713692">Warta Kota Kita'
            '</span></div><div class="cdb9b23">09 March 2024 09:10</div></div>',
            ["Verda Nano Setiawan"],
        ),
        # CNN Indonesia: writer and outlet in one piece.
        (
            '<div class="c897a77"><div class="c224459">Putu Agus Pransuamitra, Warta Kota Kita</div>'
            '<div class="cdb9b23">Sabtu, 09 Mar 2024 09:10 WIB</div></div>',
            ["Putu Agus Pransuamitra"],
        ),
        # detik's `Name - detikNews | date`: the outlet's channel after a dash.
        (
            '<div class="c897a77"><span class="c224459">Rina Kusumawati</span> - <span>Warta Kota Kita</span> | '
            '<span class="cdb9b23">Sabtu, 09 Mar 2024 09:10 WIB</span></div>',
            ["Rina Kusumawati"],
        ),
    ],
)
def test_the_outlets_name_after_the_writers_in_the_date_row(row: str, authors: list[str]) -> None:
    assert authors_of(portal_page(header=row)) == authors


def test_an_updated_date_and_the_editor_between_the_writer_and_the_date() -> None:
    row = (
        '<div class="c4f1e2a"><span class="c0a9b8c">Ahmad Garuda •</span> '
        '<span class="c0a9b8c">Editor: Anindya Legia Putri</span> '
        '<span class="c8f888f">Diperbarui: 09 Maret 2024 15:30</span> '
        '<span class="c8f888f">Diterbitkan: 09 Maret 2024 09:10</span></div>'
    )
    article = extract_article(portal_page(header=row), url="https://wartakotakita.id/daerah/pendataan-kartu")
    assert article.authors == ["Ahmad Garuda"]
    assert article.editor == "Anindya Legia Putri"


def test_an_editor_alone_before_the_date_is_no_writer() -> None:
    row = (
        '<div class="c4f1e2a"><span class="c0a9b8c">Editor: Anindya Legia Putri</span> '
        '<span class="c8f888f">Diterbitkan: 09 Maret 2024 09:10</span></div>'
    )
    article = extract_article(portal_page(header=row), url="https://wartakotakita.id/daerah/pendataan-kartu")
    assert article.authors == []
    assert article.editor == "Anindya Legia Putri"


def test_a_share_bar_between_the_date_line_and_the_name_under_it() -> None:
    header = (
        f'<div class="c02d865"><div class="c97defd">Sabtu, 09 Maret 2024 - 09:10:00 WIB</div>{SHARE_BAR}</div>'
        '<div class="c02bd92"><span class="c8a193d">Ahmad Subekhi</span></div>'
    )
    assert authors_of(portal_page(header=header)) == ["Ahmad Subekhi"]


def test_an_editor_after_a_share_bar_is_no_writer() -> None:
    header = (
        f'<div class="c02d865"><div class="c97defd">Sabtu, 09 Maret 2024 - 09:10:00 WIB</div>{SHARE_BAR}</div>'
        '<div class="c02bd92">Editor: <span class="c8a193d">Kastolani Marzuki</span></div>'
    )
    assert authors_of(portal_page(header=header)) == []


def test_a_tag_list_after_a_share_bar_is_no_writer() -> None:
    header = (
        f'<div class="c02d865"><div class="c97defd">Sabtu, 09 Maret 2024 - 09:10:00 WIB</div>{SHARE_BAR}</div>'
        '<div class="c02bd92"><a href="/tag/joko-widodo">Joko Widodo</a> <a href="/tag/prabowo">Prabowo Subianto'
        "</a></div>"
    )
    assert authors_of(portal_page(header=header)) == []


def test_the_outlet_as_metadata_author_gives_way_to_the_name_beside_the_date() -> None:
    header = (
        '<div class="c8fe952"><span class="c02bd92">Rizki Ananda</span><br>'
        '<small class="c07d0ec">January 27, 2026 | 3:28 pm</small></div>'
    )
    page = portal_page(header=header, lang="en", site="Jakarta Globe", host="jakartaglobe.id")
    page = page.replace("</title>", '</title>\n<meta name="author" content="Jakarta Globe">')
    article = extract_article(
        page, url="https://jakartaglobe.id/business/garuda-to-add-flights-to-labuan-bajo"
    )
    assert article.authors == ["Rizki Ananda"]
    assert article.agencies == []


def test_a_news_agency_as_metadata_author_keeps_the_row_unread() -> None:
    header = (
        '<div class="c8fe952"><span class="c02bd92">Rizki Ananda</span><br>'
        '<small class="c07d0ec">January 27, 2026 | 3:28 pm</small></div>'
    )
    page = portal_page(
        header=header, lang="en", site="Jakarta Globe", host="jakartaglobe.id", meta_author="AFP"
    )
    article = extract_article(
        page, url="https://jakartaglobe.id/business/garuda-to-add-flights-to-labuan-bajo"
    )
    assert article.agencies == ["AFP"]
    assert "Rizki Ananda" not in article.authors


PRMN_HEADER = (
    '<div class="c015273"><div class="ca77609"><a>Beryl Santoso</a></div>'
    '<div class="c549a97"> - 9 Maret 2024, 09:10 WIB </div></div>'
)
EDITOR_LINE = "<p>Editor: <a>Beryl Santoso</a></p><p>Sumber: Daily Mail</p>"


def test_the_writer_who_is_also_the_editor_from_the_date_row() -> None:
    article = extract_article(
        portal_page(header=PRMN_HEADER, after=EDITOR_LINE), url="https://zonakota.id/a/1"
    )
    assert article.authors == ["Beryl Santoso"]
    assert article.editor == "Beryl Santoso"


def test_the_writer_who_is_also_the_editor_from_metadata_shown_in_the_date_row() -> None:
    page = portal_page(header=PRMN_HEADER, after=EDITOR_LINE, meta_author="Beryl Santoso")
    assert extract_article(page, url="https://zonakota.id/a/1").authors == ["Beryl Santoso"]


def test_metadata_author_naming_the_editor_alone_is_still_the_editor() -> None:
    header = '<div class="c015273"><div class="c549a97">9 Maret 2024, 09:10 WIB</div></div>'
    page = portal_page(header=header, after=EDITOR_LINE, meta_author="Beryl Santoso")
    article = extract_article(page, url="https://zonakota.id/a/1")
    assert article.authors == []
    assert article.editor == "Beryl Santoso"


# --- A name beside the writer's avatar ----------------------------------------------------------------------


def test_a_user_posts_avatar_and_name_link_to_the_same_profile() -> None:
    """Kompasiana-style user post: the avatar and the name link to the profile, a follow button and a bio."""
    header = (
        '<div class="c4c7103"><a href="/andiwijaya1987"><img alt="" class="caaca0f" src="/avatar/a1.jpg"></a>'
        '<div class="c3adc96"><a class="cb06893" href="/andiwijaya1987">Andi Wijaya</a>'
        '<span class="cd149d7">Terverifikasi</span><p class="c5dfdc8">Guru SMP di Klaten, penikmat sejarah.</p>'
        '<a class="ca40109" href="#">Ikuti</a></div></div>'
        '<div class="c8b99ac"><span>09 Maret 2024 09:10</span> <span>Diperbarui: 09 Maret 2024 15:30</span> '
        "<span>312</span> <span>14</span></div>"
    )
    assert authors_of(portal_page(header=header)) == ["Andi Wijaya"]


def test_an_avatar_whose_alt_names_the_writer_after_the_standfirst() -> None:
    """watson.ch: standfirst, share bar, date, then the writer's card (avatar alt = name, follow buttons)."""
    header = (
        f'<p class="c1ead">{ENGLISH[0]}</p>'
        '<div class="c5a1"><a class="c9b" href="https://www.facebook.com/sharer/sharer.php?u=x"><span>Share</span></a>'
        '<div class="c7d">19.10.19, 18:56</div></div>'
        '<div class="c0f2"><div class="c3e"><img alt="Oliver Baroni" src="/imgdb/46a9/Z100,100/1519243"></div>'
        '<div class="c4a"><h6><a href="/Oliver%20Baroni/">Oliver Baroni</a></h6>'
        '<a class="c8c" data-id="735720183">Follow me</a></div></div>'
    )
    page = portal_page(header=header, lang="en", site="Valley Courier", host="valleycourier.com")
    assert authors_of(page, "https://valleycourier.com/life/drinks/453207266-sazerac") == ["Oliver Baroni"]


def test_an_avatar_whose_file_name_names_the_writer() -> None:
    """1000things.at: a lazy-loaded avatar whose file name holds the writer's name, the name, an update line."""
    header = (
        '<div class="c1f"><img alt="" width="96" height="96" src="data:image/svg+xml,%3Csvg%3E" '
        'data-srcset="https://cdn.valleycourier.com/uploads/2021/05/vc-evgenia-karp-1-120x120.jpg 120w">'
        '<div class="c2e"><span class="c3d">Evgenia Karp</span><span>Updated on 06.11.2023</span></div></div>'
    )
    page = portal_page(header=header, lang="en", site="Valley Courier", host="valleycourier.com")
    assert authors_of(page, "https://valleycourier.com/blog/wellness-weekend/") == ["Evgenia Karp"]


def test_an_interviewees_profile_box_after_the_paragraph_naming_them_is_no_writer() -> None:
    """SRF's People Box: the expert the first paragraph names, with a round portrait and a function line."""
    header = (
        "<p>The conflict is central to the administration's plans, says the political scientist Thomas Jager, "
        "who has followed the region for twenty years.</p>"
        '<div class="c9e"><div class="c1a" role="button"><picture><img alt="Thomas Jager" '
        'src="https://valleycourier.com/images/320w/f57f16.jpg"></picture><div class="c2b"><p>Thomas Jager</p>'
        "<p>Political scientist</p></div></div></div>"
    )
    page = portal_page(header=header, lang="en", site="Valley Courier", host="valleycourier.com")
    assert authors_of(page, "https://valleycourier.com/world/conflict-explained") == []


def test_a_lead_picture_of_a_person_with_their_name_as_caption_is_no_avatar() -> None:
    header = (
        '<div class="c7f"><figure><img alt="Rina Kusumawati" src="/foto/rina.jpg" width="800" height="450">'
        "<figcaption>Rina Kusumawati</figcaption></figure></div>"
        '<div class="c8b"><span>09 Maret 2024 09:10</span></div>'
    )
    assert authors_of(portal_page(header=header)) == []


def test_a_related_story_card_under_the_headline_is_no_avatar() -> None:
    header = (
        '<div class="c8b"><span>09 Maret 2024 09:10</span></div>'
        '<div class="c6a"><a href="/daerah/2024/03/08/harga-beras-turun"><img alt="Harga Beras Turun" '
        'src="/foto/harga-beras-turun.jpg" width="120" height="80"></a><div class="c6b">'
        '<a href="/daerah/2024/03/08/harga-beras-turun">Harga Beras Turun</a></div></div>'
    )
    assert authors_of(portal_page(header=header)) == []


# --- Places are no writers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        '<div class="c4f1e2a"><span>Kota Banyuwangi</span> | <span>Sabtu, 09 Maret 2024 09:10 WIB</span></div>',
        '<div class="c4f1e2a"><span>Jawa Timur</span>, <span>Warta Kota Kita</span> '
        "<span>Sabtu, 09 Maret 2024 09:10 WIB</span></div>",
        f'<div class="c02d865"><div>Sabtu, 09 Maret 2024 - 09:10:00 WIB</div>{SHARE_BAR}</div>'
        '<div class="c02bd92">Pemerintah Provinsi</div>',
    ],
)
def test_an_indonesian_region_or_office_beside_the_date_is_no_writer(row: str) -> None:
    assert authors_of(portal_page(header=row)) == []


@pytest.mark.parametrize(
    "line",
    [
        "<p><strong>Banyuwangi - wartakotakita.id</strong> - Warga diminta mendaftar sebelum akhir bulan.</p>",
        "<p><b>JAKARTA - Warta Kota Kita</b> - Warga diminta mendaftar sebelum akhir bulan.</p>",
        "<p>JAKARTA - Warta Kota Kita</p>",
        "<p>Kabupaten Blora - WARTAKOTAKITA.ID</p>",
    ],
)
def test_a_place_dateline_opening_the_text_is_no_writer(line: str) -> None:
    """`Place - SITE` opens the text of many regional portals as `Name - SITE` does (class 1): a region, a word in
    capitals, or one word inline at the start of the first paragraph is the place (tribun/detik/kompas/iNews). One
    word on a line of its own is a writer (`Sutrisno - SITE`: test_extract_unseen_authors7_review.py)."""
    assert authors_of(portal_page(header=line)) == []


def test_the_writers_full_name_opening_the_text_with_the_site() -> None:
    assert authors_of(portal_page(header="<p>Dheny Window - WARTAKOTAKITA.ID</p>")) == ["Dheny Window"]


# --- A writer's label alone after the date; particles inside a name -------------------------------------------


def german_page(row: str) -> str:
    return portal_page(header=row, lang="de", site="Kreisbote am Main", host="kreisbote-main.de")


GERMAN_URL = "https://kreisbote-main.de/sport/volleyball/top-angreiferin-faellt-aus-100.html"


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        # SWR: `STAND 21.4.2021, 16:41 Uhr AUTOR/IN Julius Richter`, each piece in its own element.
        (
            '<div class="c1"><p><span>Stand</span><time><span>21.4.2021</span><span>, 16:41 Uhr</span></time></p>'
            "<p><span>Autor/in</span><span>Julius Richter</span></p></div>",
            ["Julius Richter"],
        ),
        # ELLE: `Artikel von Alexa von Heyden` before the date; `Ursula von der Leyen`-style particles.
        (
            '<div class="c1"><span>Artikel von</span> <span>Alexa von Heyden</span> '
            "<time>19. Juni 2019</time></div>",
            ["Alexa von Heyden"],
        ),
        (
            '<div class="c1"><span>Rafael van der Vaart</span> | <time>19. Juni 2019</time></div>',
            ["Rafael van der Vaart"],
        ),
    ],
)
def test_a_writers_label_alone_or_a_particle_inside_the_name_in_the_date_row(
    row: str, authors: list[str]
) -> None:
    assert authors_of(german_page(row), GERMAN_URL) == authors


@pytest.mark.parametrize(
    "row",
    [
        '<div class="c1"><span>Haus der Kunst</span> | <time>19. Juni 2019</time></div>',
        '<div class="c1"><span>Secretaria de Saude</span> | <time>19. Juni 2019</time></div>',
        '<div class="c1"><time>19. Juni 2019</time> <span>Redaktion</span> <span>Julius Richter</span></div>',
        '<div class="c1"><time>19. Juni 2019</time> <span>Editor</span> <span>Julius Richter</span></div>',
    ],
)
def test_an_institution_with_a_particle_or_an_editor_after_the_date_is_no_writer(row: str) -> None:
    assert authors_of(german_page(row), GERMAN_URL) == []


# --- `By X` in another story's card ---------------------------------------------------------------------------

RECIRCULATION = "".join(
    f'<div class="c53d"><div class="c02"><a href="/2024/11/2{i}/{slug}-2208815{i}/"><img alt="" src="/i{i}.jpg"></a>'
    f'</div><div class="c17"><h3 class="c8a"><a href="/2024/11/2{i}/{slug}-2208815{i}/">{title}</a></h3>'
    f'<div class="c56"><a href="/news/world/">World</a> <span>1 day ago</span> <span>By <a '
    f'href="/author/{name.lower().replace(" ", "-")}/"><strong>{name}</strong></a></span></div></div></div>'
    for i, (slug, title, name) in enumerate(
        [
            (
                "model-daughter-kidnapped",
                "Model daughter of businessman kidnapped and held hostage",
                "Gergana Krasteva",
            ),
            (
                "snowstorm-hikers-rescued",
                "Hikers rescued after two nights lost in a snowstorm",
                "Jasper King",
            ),
            ("ferry-strike-called-off", "Ferry strike called off after late-night talks", "Tom Sanders"),
        ]
    )
)


def test_by_lines_under_other_stories_headlines_are_theirs() -> None:
    """Metro: the article's own byline under the headline is an avatar and the writer's page link with no `By`;
    the recirculation cards after the text each carry `By <a>Name</a>` (class names hashed)."""
    header = (
        '<div class="c54"><a href="/author/noora-mykkanen/"><img alt="" height="48" width="48" src="/h/nm.jpg"></a>'
        '<div><strong><a href="/author/noora-mykkanen/">Noora Mykkanen</a></strong><div><span><strong>Published'
        "</strong> November 18, 2024 9:26pm</span></div></div></div>"
    )
    page = portal_page(
        header=header, after=RECIRCULATION, lang="en", site="Valley Courier", host="valleycourier.com"
    )
    assert authors_of(page, "https://valleycourier.com/2024/11/18/sweden-war-pamphlet-22041234/") == [
        "Noora Mykkanen"
    ]


def test_a_by_line_under_the_articles_own_linked_title_is_read() -> None:
    """An older blog theme: the title is an `<h2>` linking to the post itself, `by Jane Doe` under it."""
    header = '<p class="c1">by Jane Doe</p>'
    page = portal_page(header=header, lang="en", site="Valley Courier", host="valleycourier.com")
    page = page.replace(
        '<h1 class="caefdd3">Pendataan Kartu Bantuan Pendidikan Tahap Pertama Dibuka</h1>',
        '<h2 class="caefdd3"><a href="/2024/03/09/pendataan-kartu-bantuan/">Pendataan Kartu Bantuan Pendidikan Tahap'
        " Pertama Dibuka</a></h2>",
    )
    assert authors_of(page, "https://valleycourier.com/2024/03/09/pendataan-kartu-bantuan/") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        (
            "<div><span>Rina Kusumawati dan Andi Wijaya</span> | <span>Sabtu, 09 Maret 2024 09:10 WIB</span></div>",
            ["Rina Kusumawati", "Andi Wijaya"],
        ),
        (
            "<div><span>Sabtu, 09 Maret 2024 09:10 WIB</span> | <span>Oleh Rina Kusumawati, Andi Wijaya dan Budi "
            "Santoso</span></div>",
            ["Rina Kusumawati", "Andi Wijaya", "Budi Santoso"],
        ),
    ],
)
def test_several_writers_in_one_piece_of_the_date_row_in_order(row: str, authors: list[str]) -> None:
    """Class 6: all the writers, in order, when one piece of the date row joins them (`dan`, `and`, `und`)."""
    assert authors_of(portal_page(header=row)) == authors


def test_regions_joined_beside_the_date_are_no_writers() -> None:
    row = "<div><span>Jawa Timur dan Bali</span> | <span>Sabtu, 09 Maret 2024 09:10 WIB</span></div>"
    assert authors_of(portal_page(header=row)) == []


@pytest.mark.parametrize(
    "rubric", ["Gaya Hidup", "Sepak Bola", "Hukum Kriminal", "Ekonomi Bisnis", "Wisata Kuliner"]
)
def test_an_indonesian_rubric_in_the_date_row_is_no_writer(rubric: str) -> None:
    row = f"<div><span>{rubric}</span> | <span>Sabtu, 09 Maret 2024 09:10 WIB</span></div>"
    assert authors_of(portal_page(header=row)) == []


def test_an_embedded_posts_avatar_after_the_first_paragraph_is_no_writer() -> None:
    """A server-rendered tweet card after the first paragraph: its author's avatar and name are the post's."""
    header = (
        f"<p>{INDONESIAN[0]}</p>"
        '<blockquote class="c7"><div class="c8"><img alt="Joko Widodo" src="/pbs/jokowi_normal.jpg" width="48">'
        "<span>Joko Widodo</span> <span>@jokowi</span></div><p>Pendataan kartu bantuan dibuka hari ini.</p>"
        "</blockquote>"
    )
    assert authors_of(portal_page(header=header)) == []
