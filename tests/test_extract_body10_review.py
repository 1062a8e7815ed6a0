"""A read-only review of the session-10 appendix and notice rules (wip-body10): pages where they took text or broke.

Each page here is a full news or blog page (head metadata, navigation, byline row, sidebar, footer) on which a rule
of body.py fired where it must not, crashed or ran in quadratic time:

- a code gutter with a non-ASCII digit or a huge number crashed the extraction (empty body); nested `<sup>`s made
  the reference-mark test walk whole subtrees; wide notice keys ran the slow notice regex on ordinary news lines;
- a story's `Messages`, `Comments` or `Komentar` subheading cut the rest of the text as a comment section;
- `###` section breaks of a travel blog and a lone `ENDS` mid-text cut the text as a press release's end;
- news sentences about a disclaimer or an opinion (`…, the chair warned`, `Disclaimer: a single word on a betting
  app's home screen …`, `Avertissement : Météo-France …`, `Las opiniones expresadas … advirtió el ministro`);
- news sentences about affiliate links or comment moderation (es, fr, de, id) read as notices;
- a prose `Source: a council officer, who asked not to be named, said …` under a table read as its source line;
- a tutorial's `Home > Settings > Privacy` step, a `Beranda > Profil > …` step and a `Home / Away / Neutral` heading
  read as breadcrumbs; an announcement's `Catatan:` list read as notes; race results read as recipe facts;
- a program's output `1 2 3 4 5` read as a code gutter; `W<sup><a href="#layer-1">[1]</a></sup>` read as a note;
- a sentence with a paid link in a group block read as an affiliate box; `We're hiring 200 nurses …, the chief
  executive told the board` read as a hiring box; a court story's `Text: “…” Photo: …` read as a credit box;
- chrome kept as text: `Jane Doe, Daily Courier` / `Opinion, Daily Courier` as a dateline, `Hi-tech firms …:` as a
  salutation, `— Getty Images` / `– Baca Juga` / `— Related Coverage` as a signature.
"""

from __future__ import annotations

import time

from telisik.extract import body as body_module
from telisik.extract import extract_article

URL = "https://www.dailycourier.example/news/2026/03/04/story"

OPENING = (
    "The regional council met on Tuesday evening to settle a budget that has divided its members for months, "
    "with road repairs, school meals and the library's new wing all competing for the same money.",
    "Members argued for nearly four hours before the chair called a vote, and several residents who had queued "
    "outside since the afternoon were let in to watch the debate from the back of the chamber.",
    "The finance officer told the meeting that the council's reserves had fallen by a third since 2023, and that "
    "any new spending would have to be matched by savings elsewhere in the coming year.",
)
CLOSING = (
    "The budget passed by eleven votes to seven, and the council will publish the detailed figures on its website "
    "before the end of the month, along with the minutes of the debate.",
)


def _page(
    article: str,
    *,
    title: str = "Council approves budget after a long night",
    lang: str = "en",
    site: str = "Daily Courier",
) -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2026-03-04T09:00:00+00:00">
<link rel="canonical" href="{URL}">
</head><body>
<header><a href="/">{site}</a><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/opinion">Opinion</a></nav></header>
<main><article><h1>{title}</h1>
<div class="meta"><span class="byline">By Maria Lopez</span> <time datetime="2026-03-04">March 4, 2026</time></div>
<div class="entry-content">{article}</div></article>
<aside><h3>Most read</h3><ul><li><a href="/a">Mayor resigns after vote</a></li><li><a href="/b">Floods close the
bridge</a></li><li><a href="/c">Schools reopen on Monday</a></li></ul></aside></main>
<footer><p>© 2026 {site}. All rights reserved.</p><a href="/about">About</a> <a href="/privacy">Privacy</a></footer>
</body></html>"""


def _p(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _body(article: str, **kwargs: str) -> list[str]:
    return extract_article(_page(article, **kwargs), url=URL).body.split("\n\n")


# --- crash, quadratic time, speed ---------------------------------------------------------------------------------


def test_gutter_with_odd_digits_does_not_empty_the_body() -> None:
    """`<pre>1 2 ³</pre>` (a superscript digit int() refuses) and a 5000-digit number crashed the gutter test."""
    for pre in ("<pre>1\n2\n³</pre>", "<pre>1\n2\n" + "9" * 5000 + "</pre>", "<pre>0 1 ²</pre>"):
        body = _body(_p(*OPENING) + pre + _p(*CLOSING))
        assert body[0] == OPENING[0] and body[-1] == CLOSING[0]


def test_nested_superscripts_take_linear_time() -> None:
    """8000 nested `<sup><span>` took 15 s: the reference-mark test walked each sup's whole subtree."""
    nested = "<p>" + "<sup><span>" * 6000 + "x" + "</span></sup>" * 6000 + "</p>"
    start = time.process_time()
    body = _body(_p(*OPENING) + nested + _p(*CLOSING))
    assert time.process_time() - start < 3.0
    assert body[0] == OPENING[0]


def test_ordinary_news_lines_skip_the_notice_regex() -> None:
    """A news line about comments, preferences, an address or a recipe never runs the slow notice regex."""
    line = (
        "Readers left a comment about the preferences of the council, the address of the new library and a recipe "
        "the mayor received from her grandmother."
    )
    assert not body_module._may_promote(line)


# --- comment headings, end marks, notes ---------------------------------------------------------------------------


def test_story_subheadings_named_like_comment_sections_stay() -> None:
    """A phone review's `Messages` section, a news story's `Comments` section, an Indonesian story's `Komentar`."""
    review = (
        _p(*OPENING)
        + "<h3>Messages</h3>"
        + _p(
            "The Messages app now sorts conversations by topic, and it can schedule a text to be sent later, which "
            "worked reliably in our week of testing with both iPhone and Android contacts."
        )
        + "<h3>Camera</h3>"
        + _p("The main camera is sharp in daylight, and the night mode finally keeps faces natural.")
        + "<h3>Verdict</h3>"
        + _p(*CLOSING)
    )
    body = _body(review, title="Phone X review: fast, bright and finally affordable")
    assert "Messages" in body and "Verdict" in body and body[-1] == CLOSING[0]
    story = (
        _p(*OPENING)
        + "<h2>Comments</h2>"
        + _p(
            "The company said it would switch off comments on news stories about elections, after researchers found "
            "that most comments under such stories were written by fewer than one hundred accounts."
        )
        + "<h2>What happens next</h2>"
        + _p(*CLOSING)
    )
    body = _body(story, title="News site turns off comments before the election")
    assert "Comments" in body and body[-1] == CLOSING[0]
    berita = (
        _p(
            "Koleksi keris dan naskah kuno milik museum daerah dilaporkan hilang dari ruang penyimpanan pada akhir "
            "pekan lalu, setelah petugas mendapati gembok gudang dalam keadaan rusak.",
            "Polisi telah memeriksa lima orang saksi, termasuk dua penjaga malam yang bertugas pada hari kejadian, "
            "dan mengamankan rekaman kamera pengawas dari gedung di sekitar museum.",
        )
        + "<h3>Komentar</h3>"
        + _p(
            "Kepala museum menolak berkomentar lebih jauh, namun ia memastikan koleksi yang hilang telah dilaporkan "
            "ke kepolisian setempat sejak pekan lalu.",
            "Dinas kebudayaan berjanji memperketat pengamanan seluruh museum daerah mulai bulan depan.",
        )
    )
    body = _body(berita, title="Koleksi museum hilang", lang="id", site="Kabar Daerah")
    assert "Komentar" in body and body[-1].startswith("Dinas kebudayaan berjanji")


def test_section_breaks_and_a_lone_ends_keep_the_text() -> None:
    """A travel blog's `###` between its days, and a lone `ENDS` line in a strike story, are no release's end."""
    days = "".join(
        _p(
            f"Day {day}: the volunteers walked the coast path from the harbour to the lighthouse, counting "
            "seabirds, picking up nets and talking to the farmers who graze sheep on the cliffs above the bay.",
            f"By the evening of day {day} the group had filled two more notebooks and a dozen sacks of plastic.",
        )
        + ("<p>###</p>" if day < 4 else "")
        for day in range(1, 5)
    )
    body = _body(days, title="Four days on the coast path")
    assert body[-1].startswith("By the evening of day 4")
    body = _body(_p(*OPENING) + "<p>ENDS</p>" + _p(*OPENING[:2], *CLOSING), title="Strike ends")
    assert body[-1] == CLOSING[0]


def test_an_announcements_catatan_list_stays() -> None:
    """`Catatan:` over an announcement's numbered conditions is the text (a notes list needs citations)."""
    article = _p(
        "Dinas Pendidikan membuka seleksi guru PPPK untuk 240 formasi di sekolah dasar dan menengah, dengan "
        "pendaftaran secara daring melalui laman resmi pemerintah daerah mulai pekan depan.",
        "Pelamar diminta menyiapkan berkas sejak sekarang agar tidak terburu-buru saat pendaftaran dibuka dan "
        "memeriksa kembali formasi yang tersedia di setiap kecamatan.",
        "Panitia juga membuka layanan konsultasi di kantor dinas setiap hari kerja.",
        "Catatan:",
        "1. Peserta wajib membawa KTP asli dan fotokopi ijazah terakhir yang telah dilegalisir.",
        "2. Pendaftaran ditutup pada 20 Maret 2026 pukul 16.00 WITA dan tidak ada perpanjangan.",
    )
    body = _body(article, title="Pengumuman seleksi guru PPPK", lang="id", site="Kabar Daerah")
    assert body[-1].startswith("2. Pendaftaran ditutup")


# --- disclaimers, notices, table sources ------------------------------------------------------------------------


def test_news_sentences_about_disclaimers_stay() -> None:
    tail = _p(
        *OPENING,
        "Views expressed on the forum do not necessarily reflect those of the residents, the chair warned, before "
        "opening the floor to the 40 people who had queued since six.",
        "Disclaimer: the word printed on every ticket, said the fraud officer, was what persuaded buyers that the "
        "raffle was real; it was not.",
        "The meeting closed at nine.",
    )
    body = _body(tail, title="Raffle fraud: residents meet")
    assert any(p.startswith("Views expressed on the forum") for p in body)
    assert any(p.startswith("Disclaimer: the word printed") for p in body)
    lead = _p(
        "Disclaimer: a single word on a betting app's home screen has become the centre of a court case in "
        "Melbourne, where regulators argue it misled thousands of users into thinking losses were insured.",
        *OPENING[1:],
        *CLOSING,
    )
    assert _body(lead, title="Court weighs betting app disclaimer")[0].startswith("Disclaimer: a single word")
    fr = _p(
        "Avertissement : Météo-France a placé le Var en vigilance orange aux orages, jusqu'à jeudi midi, et la "
        "préfecture demande d'éviter les déplacements.",
        "Les pompiers ont été engagés à plusieurs reprises dans la nuit pour des caves inondées et des arbres tombés "
        "sur la chaussée, sans faire de blessés selon le dernier bilan.",
        "Les écoles resteront ouvertes, mais les sorties scolaires sont annulées jusqu'à la fin de la semaine.",
    )
    assert _body(fr, title="Orages dans le Var", lang="fr", site="Le Courrier")[0].startswith("Avertissement")
    es = _p(
        "El ministro del Interior compareció este martes ante la comisión del Senado para explicar el nuevo plan "
        "contra la desinformación en las redes sociales durante las campañas electorales.",
        "El plan obliga a las plataformas a etiquetar las cuentas automatizadas y a responder en 48 horas a las "
        "denuncias de la junta electoral.",
        "Las opiniones expresadas en redes sociales no reflejan necesariamente el sentir de la mayoría, advirtió el "
        "ministro ante la comisión del Senado este martes.",
    )
    assert _body(es, title="El ministro y las redes", lang="es", site="El Correo")[-1].startswith(
        "Las opiniones"
    )


def test_news_sentences_about_affiliate_links_and_comments_stay() -> None:
    cases = (
        (
            "es",
            "Según la asociación de consumidores, los enlaces de afiliado generan ya el 40 % de los ingresos de "
            "los blogs de viajes en España, y la mayoría de los lectores no sabe que el autor cobra una comisión.",
        ),
        (
            "id",
            "Menurut Kementerian Perdagangan, tautan afiliasi kini menjadi sumber penghasilan utama ribuan "
            "kreator konten di Indonesia, terutama di Shopee dan Tokopedia, dengan komisi hingga 10 persen.",
        ),
        (
            "de",
            "Die Verbraucherzentrale kritisiert, dass viele Vergleichsportale Partnerlinks nicht kennzeichnen und "
            "Leser so nicht erkennen, dass die Empfehlung bezahlt ist, wie ein Gutachten vom Dienstag zeigt.",
        ),
        (
            "id",
            "Mulai bulan depan, komentar baru tampil setelah diperiksa moderator, kata juru bicara Kominfo, "
            "menanggapi maraknya ujaran kebencian di kolom komentar portal berita daerah.",
        ),
        (
            "fr",
            "Selon la DGCCRF, les liens d'affiliation non signalés représentent près d'un tiers des infractions "
            "relevées chez les influenceurs contrôlés en 2025, une hausse nette par rapport à l'année précédente.",
        ),
    )
    for lang, sentence in cases:
        body = _body(
            _p(*OPENING[:2], sentence, *CLOSING), lang=lang, title="Consumer groups warn on paid links"
        )
        assert sentence in body, lang


def test_hiring_news_and_a_sentence_with_a_paid_link_stay() -> None:
    hiring = (
        "We're hiring 200 nurses this year, the chief executive told the board, adding that pay would rise by 6 "
        "percent."
    )
    assert hiring in _body(_p(*OPENING, hiring, *CLOSING), title="Hospital to hire nurses")
    group = (
        '<div class="wp-block-group"><p>The full report is on the <a rel="sponsored" '
        'href="https://partner.example/report">partner site</a>.</p></div>'
    )
    body = _body(_p(*OPENING) + group + _p(*CLOSING), title="Flood report published")
    assert "The full report is on the partner site." in body


def test_a_prose_source_line_under_a_table_stays_with_the_table() -> None:
    table = (
        "<table><tr><th>Town</th><th>Homes</th></tr><tr><td>Ayr</td><td>310</td></tr><tr><td>Troon</td>"
        "<td>120</td></tr></table>"
    )
    source = (
        "Source: a council officer, who asked not to be named, said the figures would rise once the inspections of "
        "flooded cellars were finished next month."
    )
    body = _body(_p(*OPENING) + table + _p(source), title="Flood damage counted")
    assert body[-1] == source and any("Ayr" in p for p in body)


# --- breadcrumbs, recipe facts, gutters, reference marks, credit boxes --------------------------------------------


def test_tutorial_paths_and_a_home_away_heading_stay() -> None:
    steps = (
        _p(
            "Phones record where you go by default, and the setting that stops it is four screens deep.",
            "To turn it off:",
        )
        + "<ul><li>Home > Settings > Privacy > Location Services</li><li>Switch Location Services off</li></ul>"
        + _p(*CLOSING)
    )
    assert "Home > Settings > Privacy > Location Services" in _body(steps, title="How to turn off tracking")
    langkah = _p(
        "Verifikasi dua langkah melindungi akun dari pencurian kata sandi dan kini bisa diaktifkan oleh semua "
        "pengguna aplikasi kampus tanpa harus menghubungi bagian teknologi informasi.",
        "Caranya:",
        "Beranda > Profil > Pengaturan > Keamanan, lalu ketuk Verifikasi Dua Langkah",
        "Setelah itu, masukkan kode yang dikirim lewat SMS ke nomor ponsel yang terdaftar di sistem akademik.",
    )
    body = _body(langkah, title="Cara mengaktifkan verifikasi dua langkah", lang="id", site="Kabar Kampus")
    assert any(p.startswith("Beranda > Profil") for p in body)
    splits = _p(*OPENING[:2]) + "<h3>Home / Away / Neutral splits</h3>" + _p(*CLOSING)
    assert "Home / Away / Neutral splits" in _body(splits, title="Mariners season review")


def test_race_results_are_no_recipe_card() -> None:
    results = ("Total time: 2 hours 8 min for Kiptum", "Total time: 2 hours 11 min for Bekele")
    body = _body(_p(*OPENING[:2], *results, *CLOSING), title="Marathon results")
    assert all(line in body for line in results)


def test_program_output_numbers_and_anchor_marks_stay() -> None:
    code = "<pre>for i in range(1, 6):\n    print(i)</pre><p>Output:</p><pre>1\n2\n3\n4\n5</pre>"
    body = _body(_p(*OPENING[:2]) + code + _p(*CLOSING), title="Python for loops explained")
    assert any(p.split() == ["1", "2", "3", "4", "5"] for p in body)
    layer = (
        'Each layer multiplies its input by the weight matrix W<sup><a href="#layer-1">[1]</a></sup> and adds a '
        "bias before the activation."
    )
    body = _body(_p(*OPENING[:2], layer, *CLOSING), title="Neural network notation")
    assert any("matrix W[1] and adds" in p for p in body)


def test_a_court_storys_text_and_photo_line_stays() -> None:
    line = "Text: “Meet me at the bridge” Photo: a selfie, sent at 2 a.m., the court heard"
    assert line in _body(_p(*OPENING[:2], line, *CLOSING), title="Court hears messages")


# --- chrome the branch kept as text -------------------------------------------------------------------------------


def test_bylines_with_the_outlet_and_headlines_are_no_opening_line() -> None:
    for line in (
        "Jane Doe, Daily Courier",
        "Staff Reporter, Daily Courier",
        "Opinion, Daily Courier",
        "Hi-tech firms face new rules:",
    ):
        body = _body(_p(line, *OPENING, *CLOSING))
        assert body[0] == OPENING[0], line


def test_labels_after_a_dash_are_no_signature() -> None:
    for line in (
        "— Read More Stories",
        "— Related Coverage",
        "– Baca Juga",
        "— Getty Images",
        "— AFP Photo",
        "— Sponsored Content",
        "— Story Continues Below",
        "— Staff Report",
        "— Kompas.com",
    ):
        body = _body(_p(*OPENING, *CLOSING, line))
        assert body[-1] == CLOSING[0], line
