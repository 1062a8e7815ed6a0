"""Body rules for the offer boxes of premium and metered walls (#10, session 13, web-kinds-8).

- Product and meter walls: a block whose whole class token names a product's wall (`plus-paywall`: Solopos' Espos
  Plus and the `<product>-paywall` blocks of KOMPAS+, kumparanPLUS, Jawa Pos premium; `premium-paywall`,
  `metered-paywall`) or a wall's meter (`paywall-meter`, `paywall-counter`: Tempo, Piano templates), or a plain
  `paywall`/`regwall` token, set after the text's start, short, less than half the text, holding a button or link
  that calls to subscribe (its words, or a subscription URL) and whose every line of text is the offer's, is no
  text. Its button may go to a sister domain (`id.espos.id/paket`) or a subscription host (`langganan.tempo.co/`,
  `assine.<paper>.com.br`, `abo.<zeitung>.de`): such a host counts for that button only.
- A metered wall's counter line is an offer line, in the main languages: `You have read 2 of 3 free articles`,
  `Sie haben 2 von 3 kostenlosen Artikeln gelesen`, `Il vous reste 1 article gratuit`, `Anda telah membaca 2 dari 3
  artikel gratis`; a meter's line is the offer's only when it holds such a phrase or a call to subscribe, and
  the meter's named parts (`paywall-meter__login`) are the wall's. tests/test_extract_paywall13_review.py holds
  the review's pages and what changed after it.

Must stay: a story about subscriptions and paywalls, a reader's letter quoting a counter, paid text in a
`plus-paywall` wrapper, a state class (`has-paywall`, `article-paywall`) around short text, a short served text
ending with its normal closing line.

Each test serves a complete page (head metadata, navigation, sidebar, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

_ID1 = (
    "Ratusan hektare sawah tadah hujan di Kecamatan Cawas dan Bayat belum bisa ditanami padi hingga awal "
    "Februari karena curah hujan yang tak menentu sejak akhir tahun lalu."
)
_ID2 = (
    "Dinas Pertanian mencatat sekitar 640 hektare sawah mengalami keterlambatan tanam, dan sebagian petani "
    "memilih beralih menanam jagung serta kacang tanah di lahan mereka."
)
_ID3 = (
    "Kepala dinas mengatakan pemerintah kabupaten menyiapkan pompa air dan bantuan benih agar petani bisa "
    "segera menanam begitu hujan turun dengan teratur pada pekan depan."
)


def _page(main: str, *, title: str, lang: str = "id", host: str = "www.koran-contoh.co.id") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - Koran Contoh</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Koran Contoh">
<meta property="article:published_time" content="2026-02-03T08:00:00+07:00">
<meta name="author" content="Rina Wulandari">
<link rel="canonical" href="https://{host}/berita/cerita-1">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Koran Contoh</a>
<a class="btn-subscribe" href="https://langganan.koran-contoh.co.id/">Berlangganan</a>
<nav class="main-nav"><ul><li><a href="/daerah/">Daerah</a></li><li><a href="/ekonomi/">Ekonomi</a></li>
<li><a href="/olahraga/">Olahraga</a></li><li><a href="/opini/">Opini</a></li></ul></nav></header>
<main id="main"><article class="article">
<h1 class="article__title">{title}</h1>
<p class="byline">Penulis: <a href="/penulis/rina">Rina Wulandari</a> · <time datetime="2026-02-03T08:00:00+07:00">
Selasa, 3 Februari 2026 08:00 WIB</time></p>
<div class="article__body entry-content">
{main}
</div>
<div class="tags"><span>Tag:</span> <a href="/tag/petani">Petani</a> <a href="/tag/klaten">Klaten</a></div>
</article>
<aside class="sidebar"><div class="widget"><h2>Terpopuler</h2><ul>
<li><a href="/n/1">Harga cabai naik lagi</a></li><li><a href="/n/2">Jalan rusak di Bayat</a></li>
<li><a href="/n/3">Banjir di pinggir kota</a></li></ul></div></aside>
</main>
<footer class="site-footer"><p>© 2026 Koran Contoh</p><ul><li><a href="/privasi">Kebijakan Privasi</a></li>
<li><a href="/redaksi">Redaksi</a></li></ul></footer>
</body>
</html>"""


def _body(html: str, host: str = "www.koran-contoh.co.id") -> str:
    return extract_article(html, url=f"https://{host}/berita/cerita-1").body or ""


_TEXT = f"<p>{_ID1}</p>\n<p>{_ID2}</p>\n<p>{_ID3}</p>"

# --- a product's wall after the served paragraphs --------------------------------------------------------------

_PLUS_WALL = """<div class="plus-paywall" id="plus-paywall"><div class="plus-paywall__inner">
<h3 class="plus-paywall__title">Koran Plus</h3>
<p class="plus-paywall__text">Artikel ini khusus untuk pelanggan Koran Plus. Berlangganan untuk membaca artikel
selengkapnya dan nikmati akses tanpa iklan.</p>
<ul class="plus-paywall__benefit"><li>Akses tak terbatas artikel premium</li><li>Bebas iklan</li>
<li>E-paper harian</li></ul>
<a class="btn btn-plus" href="https://id.contoh-grup.id/paket?ref=2147093">Berlangganan mulai Rp20.000/bulan</a>
<p class="plus-paywall__login">Sudah berlangganan? <a href="https://id.contoh-grup.id/login">Masuk</a></p>
</div></div>"""


def test_a_products_wall_after_the_served_text_is_no_text() -> None:
    body = _body(_page(f"<p>{_ID1}</p>\n<p>{_ID2}</p>\n{_PLUS_WALL}", title="Sawah tadah hujan gagal tanam"))
    assert _ID1 in body and _ID2 in body
    assert "pelanggan" not in body and "Bebas iklan" not in body and "Koran Plus" not in body


def test_paid_text_in_a_products_wall_wrapper_stays() -> None:
    # the wall's block wraps the paid paragraphs themselves, a subscription link in a sentence of the text
    paid = (
        '<div class="plus-paywall"><p>Petani di Gantiwarno menyebut kerugian mencapai Rp 4 juta per hektare, '
        'kata Sutrisno yang <a href="https://langganan.koran-contoh.co.id/">berlangganan</a> koran ini.</p>'
        "<p>Bantuan benih jagung akan dibagikan mulai pekan depan.</p></div>"
    )
    body = _body(_page(f"<p>{_ID1}</p>\n<p>{_ID2}</p>\n{paid}", title="Sawah tadah hujan gagal tanam"))
    assert "Rp 4 juta per hektare" in body and "Bantuan benih jagung" in body


def test_a_state_class_around_short_text_stays() -> None:
    # `has-paywall` and `article-paywall` mark the article's state or wrap its text: never the offer box
    for state in ("has-paywall", "article-paywall"):
        short = (
            f'<div class="{state}"><p>Pelanggan listrik di Klaten bisa berlangganan daya tambahan.</p>'
            '<a class="btn" href="/layanan">Berlangganan daya</a></div>'
        )
        body = _body(_page(f"{_TEXT}\n{short}", title="Daya listrik tambahan"))
        assert "Pelanggan listrik di Klaten" in body, state


def test_paid_lines_in_bare_divs_of_a_wall_with_a_button_stay() -> None:
    # no paragraph says an offer: the lines are the paid text's, set in divs next to the wall's button
    paid = (
        '<div class="premium-paywall"><div class="line">Skor akhir 2-1 untuk tim tuan rumah.</div>'
        '<div class="line">Gol kemenangan dicetak pada menit ke-88.</div>'
        '<a class="btn" href="https://langganan.koran-contoh.co.id/">Berlangganan</a></div>'
    )
    body = _body(_page(f"{_TEXT}\n{paid}", title="Laga derbi berakhir 2-1"))
    assert "Skor akhir 2-1" in body and "menit ke-88" in body


# --- a metered wall inside the text ---------------------------------------------------------------------------

_METER = """<div class="paywall-meter" id="paywallMeter" data-meter="2/3"><div class="paywall-meter__box">
<p class="paywall-meter__count">Anda telah membaca <b>2 dari 3</b> artikel gratis bulan ini.</p>
<p class="paywall-meter__text">Berlangganan Koran Digital untuk akses tanpa batas ke liputan mendalam.</p>
<a class="btn btn-primary" href="https://langganan.koran-contoh.co.id/?utm_source=meter">Berlangganan Sekarang</a>
<a class="paywall-meter__login" href="https://akun.koran-contoh.co.id/login">Masuk</a></div></div>"""


def test_a_metered_walls_counter_inside_the_text_is_no_text() -> None:
    body = _body(
        _page(f"<p>{_ID1}</p>\n{_METER}\n<p>{_ID2}</p>\n<p>{_ID3}</p>", title="Petani beralih ke palawija")
    )
    assert _ID1 in body and _ID2 in body and _ID3 in body
    assert "artikel gratis" not in body and "akses tanpa batas" not in body


def test_a_story_about_subscriptions_stays() -> None:
    story = (
        "<p>Sejumlah media daring kini menerapkan sistem berlangganan. Pembaca mendapat tiga artikel gratis "
        "setiap bulan sebelum diminta berlangganan.</p><p>Menurut pengamat media, pelanggan digital tumbuh "
        '20 persen tahun lalu. Data lengkapnya dapat dilihat di <a href="https://langganan.koran-contoh.co.id/">'
        "halaman langganan</a>.</p><p>Pelanggan lama mendapat potongan harga hingga akhir tahun.</p>"
    )
    body = _body(_page(f"<p>{_ID1}</p>\n{story}", title="Media daring dan pelanggan digital"))
    assert "tiga artikel gratis" in body and "pelanggan digital tumbuh" in body and "Pelanggan lama" in body


def test_a_readers_letter_quoting_a_counter_stays() -> None:
    letter = (
        "<blockquote><p>Setiap kali membuka situs ini saya membaca: Anda telah membaca 2 dari 3 artikel gratis "
        "bulan ini. Berlangganan untuk akses tanpa batas.</p></blockquote>"
        "<p>Pembaca itu meminta redaksi membuka artikel layanan publik tanpa batas.</p>"
    )
    body = _body(_page(f"<p>{_ID1}</p>\n{letter}\n<p>{_ID2}</p>", title="Surat pembaca: artikel gratis"))
    assert "Anda telah membaca 2 dari 3 artikel gratis" in body and "layanan publik" in body


def test_a_short_text_ending_with_its_closing_line_stays() -> None:
    closing = (
        '<p class="penutup">(rin/ant)</p><p>Baca berita lain di <a href="/daerah/">kanal Daerah</a>.</p>'
    )
    body = _body(_page(f"<p>{_ID1}</p>\n<p>{_ID2}</p>\n{closing}", title="Sawah tadah hujan gagal tanam"))
    assert _ID1 in body and _ID2 in body


# --- metered counters in other languages ------------------------------------------------------------------------

_EN1 = (
    "The city council voted on Tuesday night to close the old harbour bridge for eighteen months, after "
    "inspectors found corrosion in the steel beams under the lift span last autumn."
)
_EN2 = (
    "Drivers will be sent over the bypass during the works, which the transport department expects to add "
    "between seven and twelve minutes to a commute at rush hour."
)


def test_metered_counters_in_plain_wall_boxes_are_no_text() -> None:
    walls = {
        "en": '<div class="paywall"><p>You have read 2 of 3 free articles this month.</p>'
        '<a class="button" href="/subscribe">Subscribe now</a></div>',
        "de": '<div class="regwall"><p>Sie haben 2 von 3 kostenlosen Artikeln gelesen.</p>'
        '<a class="button" href="https://abo.example-news.org/">Jetzt Abo abschließen</a></div>',
        "fr": '<div class="premium-paywall"><p>Il vous reste 1 article gratuit ce mois-ci.</p>'
        '<a class="bouton" href="/abonnement">Je m\'abonne</a></div>',
    }
    for lang, wall in walls.items():
        html = _page(f"<p>{_EN1}</p>\n{wall}\n<p>{_EN2}</p>", title="Harbour bridge to close", lang=lang)
        body = _body(html, host="www.example-news.org")
        assert _EN1 in body and _EN2 in body, lang
        assert "free article" not in body and "kostenlosen" not in body and "gratuit" not in body, lang


def test_a_counter_paragraph_outside_a_wall_box_stays() -> None:
    # a story's own sentence about metered walls, with a subscription link, in no wall block
    line = (
        "<p>Under the new plan readers get three free articles a month before they are asked to "
        '<a href="/subscribe">subscribe</a>, the publisher said.</p>'
    )
    body = _body(_page(f"<p>{_EN1}</p>\n{line}\n<p>{_EN2}</p>", title="Paper adds a meter", lang="en"))
    assert "three free articles a month" in body


def test_paid_prose_in_a_plain_wall_with_a_subscription_subdomain_link_stays() -> None:
    # Condé Nast-style `div.paywall` around the paid paragraphs: a link to the shop's subdomain in a sentence and a
    # paragraph that mentions subscribers do not make the paid text an offer
    paid = (
        '<div class="paywall"><p>Readers who <a href="https://abo.example-news.org/">subscribe</a> at the '
        "harbour office get a parking permit for the closure.</p><p>The lift span itself will be rebuilt off "
        "site and floated back in by barge next spring.</p></div>"
    )
    body = _body(
        _page(f"<p>{_EN1}</p>\n<p>{_EN2}</p>\n{paid}", title="Harbour bridge to close", lang="en"),
        host="www.example-news.org",
    )
    assert "parking permit" in body and "floated back in by barge" in body
