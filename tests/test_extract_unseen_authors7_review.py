"""Guards from the review of the session-8 authors rules (test_extract_unseen_authors7.py): realistic pages on
which those rules gave wrong writers or lost the article's own.

Every page is a whole page with meaningless class names (a hashed build): a head with og/article meta and a
JSON-LD NewsArticle (no author unless said), the site header and menu, the headline and its header row, the text,
a sidebar of popular stories, comments where said, and the footer.

A. A small picture with a name beside it is the writer's avatar only with a writer's evidence in its card (a link
   to a writer's page or a profile handle, a follow button, a date), and the walk to it stops at a heading or a
   block of text: an interviewee's card, a portrait in a WordPress `wp-caption`, a quote box, a feature's subject,
   a team page and the commenters' avatars are no writers (Q&A pages, WordPress portals, press releases,
   wpDiscuz comments, about pages); pictures side by side after the text (commenters with no heading before
   them, a team, liveblog entries) are no writer's card.
B. The article's own `Oleh/By` row may hold a long link (`Ikuti kami di Google News`, `Read this article in
   English`, a series link): a story card is never sought between the headline and the text.
C. `Timur` is a given name (Timur Vermes, Timur Tinç): compass words mark a place only after the first word.
D. Indonesian places are a geographic noun and a name (`Bandar Lampung`, `Kepulauan Riau`, `Banda Aceh`, `Nusa
   Tenggara`): no writer, and the outlet or desk credited stays.
E. Indonesian rubrics in the date row (`Cek Fakta`, `Tajuk Rencana`) are no writers.
G. One word on a line of its own before the site (`Sutrisno - WARTAKOTAKITA.ID`) is the writer (Javanese mononyms).
F. After the date, a name followed by a role word is that role's (`Budi Santoso` `Fotografer`); after a share bar
   (iNews, Jakarta Globe, regional portals), a name followed by a topic with a number (`Pilpres 2024`) is a tag row.
"""

from __future__ import annotations

import json

import pytest

from telisik.extract import extract_article

ID = [
    "Pemerintah daerah mulai menyalurkan bantuan pangan tahap kedua kepada ribuan keluarga penerima manfaat yang"
    " tersebar di seluruh kecamatan pada pekan ini.",
    "Kepala dinas sosial setempat mengatakan, penyaluran dilakukan melalui kantor pos dan balai desa agar warga"
    " lanjut usia tidak perlu menempuh perjalanan jauh.",
    "Warga yang belum menerima bantuan diminta melapor ke kelurahan dengan membawa kartu keluarga serta kartu tanda"
    " penduduk untuk diverifikasi petugas.",
    "Penyaluran tahap berikutnya direncanakan pada akhir bulan depan setelah data penerima diperbarui bersama"
    " pemerintah pusat dan badan pusat statistik.",
]
EN = [
    "The city council voted on Tuesday to delay the renovation of the old primary school by a year after bids"
    " from builders came in well above the estimate.",
    "Parents who attended the meeting criticised the decision, saying the portable classrooms in the yard were"
    " too hot in summer and hard to heat in winter.",
    "The mayor promised to launch a new tender in the spring and to apply to the state for additional funding for"
    " the conversion of the building.",
    "Until then the school plans to use two classrooms in the neighbouring sports club, which has offered its"
    " hall for the transition period.",
]
DE = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, die Sanierung der alten Grundschule um ein Jahr zu"
    " verschieben, weil die Angebote der Baufirmen deutlich über der Kostenschätzung lagen.",
    "Eltern, die zur Sitzung gekommen waren, kritisierten die Entscheidung: Die Container auf dem Schulhof seien"
    " im Sommer zu heiß und im Winter kaum zu heizen.",
    "Der Bürgermeister versprach, noch im Frühjahr eine neue Ausschreibung zu starten und beim Land zusätzliche"
    " Fördermittel für den Umbau zu beantragen.",
]
TEXTS = {"id": ID, "en": EN, "de": DE}
DATE_ID = '<span class="c33">Sabtu, 9 Maret 2024 | 10:15 WIB</span>'
DATE_EN = '<time class="c35">March 9, 2024</time>'
TITLE_ID = "Bantuan pangan tahap kedua mulai disalurkan ke warga"
COMMENTS = (
    '<section class="c80"><h3>3 Komentar</h3>'
    + "".join(
        f'<div class="c81"><img src="https://wartakotakita.id/wp-content/uploads/avatars/{n.lower().replace(" ", "-")}'
        f'-48.jpg" alt="{n}" width="48" height="48"><div class="c82"><span class="c83">{n}</span>'
        f'<span class="c84">9 Maret 2024 pukul 12:0{i}</span><p>Semoga bantuannya tepat sasaran.</p></div></div>'
        for i, n in enumerate(["Agus Salim", "Dewi Lestari", "Rudi Hartono"])
    )
    + "</section>"
)


def page(
    *,
    title: str = TITLE_ID,
    header: str,
    body: str | None = None,
    after: str = "",
    lang: str = "id",
    site: str = "Warta Kota Kita",
    host: str = "wartakotakita.id",
    meta_author: str | None = None,
    jsonld_author: str | None = None,
    date_iso: str = "2024-03-09T10:00:00+07:00",
    paras: list[str] | None = None,
) -> str:
    paras = paras if paras is not None else TEXTS[lang]
    body = body if body is not None else "".join(f"<p>{p}</p>" for p in paras)
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": date_iso,
        "publisher": {"@type": "Organization", "name": site},
    }
    if jsonld_author:
        data["author"] = {"@type": "Person", "name": jsonld_author}
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="og:type" content="article"><meta property="article:published_time" content="{date_iso}">{meta}
<script type="application/ld+json">{json.dumps(data)}</script></head>
<body><header class="c11"><a href="https://{host}/" class="c12">{site}</a><nav class="c13"><a href="/news">News</a>
<a href="/regional">Regional</a> <a href="/sport">Sport</a></nav></header>
<div class="c20"><main class="c21"><article class="c22">
<div class="c30"><h1 class="c31">{title}</h1>{header}</div>
<div class="c40">{body}</div>{after}
</article></main><aside class="c9a1"><h3>Terpopuler</h3><ul>
<li><a href="https://{host}/2024/03/08/harga-beras-naik-lagi-di-pasar">Harga beras naik lagi di pasar tradisional</a></li>
<li><a href="https://{host}/2024/03/07/jalan-rusak-dikeluhkan-warga-desa">Jalan rusak dikeluhkan warga desa</a></li>
</ul></aside></div>
<footer class="c90"><p>&copy; 2024 {site}. All rights reserved.</p><a href="/about">About</a>
<a href="/privacy">Privacy</a></footer></body></html>"""


def people_of(
    html: str, url: str = "https://wartakotakita.id/2024/03/09/story-slug-here"
) -> tuple[list, list]:
    article = extract_article(html, url=url)
    return article.authors, article.agencies


def authors_of(html: str, url: str = "https://wartakotakita.id/2024/03/09/story-slug-here") -> list[str]:
    return people_of(html, url)[0]


EN_SITE = {
    "lang": "en",
    "site": "City Courier",
    "host": "citycourier.com",
    "date_iso": "2024-03-09T08:00:00+00:00",
}
EN_URL = "https://citycourier.com/2024/03/09/story-slug-here"

# A: pictures of people who did not write the article.
NO_WRITER_AVATARS = {
    "interviewee card": page(
        title="'We cannot build our way out of this': a housing economist on rents",
        header=f'<div class="c32">{DATE_EN}</div><div class="c50"><a href="/people/margaret-holloway">'
        '<img src="https://citycourier.com/img/people/margaret-holloway-120.jpg" alt="Margaret Holloway" width="120"'
        ' height="120"></a><div class="c51"><a href="/people/margaret-holloway">Margaret Holloway</a>'
        "<span>Professor of Urban Economics, Leeds</span></div></div>",
        body="<p><b>Q: Rents rose again this year. Why?</b></p>" + "".join(f"<p>{p}</p>" for p in EN),
        **EN_SITE,
    ),
    "wp-caption portrait": page(
        title="Kadis Sosial: Bantuan pangan tahap kedua mulai disalurkan",
        header=f'<div class="c32">{DATE_ID}</div>',
        body='<div id="attachment_881" class="c60" style="width: 160px"><img class="c61" src="https://wartakotakita.id'
        '/wp-content/uploads/2024/03/budi-santoso-150x150.jpg" alt="Budi Santoso" width="150" height="150">'
        '<p class="c62">Budi Santoso</p></div><p>Kepala Dinas Sosial mengatakan bantuan pangan tahap kedua mulai'
        " disalurkan kepada ribuan keluarga penerima manfaat yang tersebar di seluruh kecamatan.</p>"
        + "".join(f"<p>{p}</p>" for p in ID[1:]),
    ),
    "quote box": page(
        title="Acme opens its first small-format store downtown",
        header=f'<div class="c32">{DATE_EN}</div>',
        body=f"<p>{EN[0]}</p>"
        '<div class="c91"><img src="https://citycourier.com/img/jane-whitfield.jpg" alt="Jane Whitfield" width="64"'
        ' height="64"><p>&ldquo;We are thrilled to open our doors in the city centre.&rdquo;</p>'
        "<span>Jane Whitfield</span> <span>CEO, Acme Stores</span></div>"
        + "".join(f"<p>{p}</p>" for p in EN[1:]),
        **EN_SITE,
    ),
    "feature subject": page(
        title="Mengenal sosok penjual bakso yang naik haji dari hasil berjualan",
        header=f'<div class="c32">{DATE_ID}</div>',
        body='<div class="c63"><img src="https://wartakotakita.id/wp-content/uploads/2024/03/pak-slamet-riyadi.jpg"'
        ' alt="Slamet Riyadi" width="100" height="100"><span class="c64">Slamet Riyadi</span>'
        "<span>Penjual bakso, 62 tahun</span></div>" + "".join(f"<p>{p}</p>" for p in ID),
    ),
    "commenters after a br body": page(
        header=f'<div class="c32">{DATE_ID}</div>',
        body='<div class="c41">' + "<br><br>".join(ID) + "</div>",
        after=COMMENTS,
    ),
    "commenters after a brief": page(
        title="Jalan provinsi ditutup sementara karena longsor",
        header=f'<div class="c32">{DATE_ID}</div>',
        paras=[ID[0]],
        after=COMMENTS,
    ),
    "commenters with no heading after a brief": page(
        title="Jalan provinsi ditutup sementara karena longsor",
        header=f'<div class="c32">{DATE_ID}</div>',
        paras=[ID[0]],
        after=COMMENTS.replace("<h3>3 Komentar</h3>", '<div class="c79">3 Komentar</div>'),
    ),
    "commenters with no heading after a br body": page(
        header=f'<div class="c32">{DATE_ID}</div>',
        body='<div class="c41">' + "<br><br>".join(ID) + "</div>",
        after=COMMENTS.replace("<h3>3 Komentar</h3>", '<div class="c79">3 Komentar</div>'),
    ),
    "team page": page(
        title="Our team",
        header="",
        body="<p>City Courier is an independent newsroom covering the city since 1998. Meet the people who make"
        " it.</p>"
        + "".join(
            f'<div class="c90"><img src="https://citycourier.com/img/team/{n.lower().replace(" ", "-")}.jpg"'
            f' alt="{n}" width="160" height="160"><h3>{n}</h3><p>{r}</p></div>'
            for n, r in [
                ("Helen Carter", "Editor-in-Chief"),
                ("Marcus Lee", "Managing Editor"),
                ("Priya Nair", "Data Reporter"),
            ]
        ),
        **EN_SITE,
    ),
}


@pytest.mark.parametrize("name", sorted(NO_WRITER_AVATARS))
def test_a_picture_of_someone_else_is_no_writers_avatar(name: str) -> None:
    url = (
        EN_URL
        if "citycourier" in NO_WRITER_AVATARS[name]
        else "https://wartakotakita.id/2024/03/09/story-slug-here"
    )
    assert authors_of(NO_WRITER_AVATARS[name], url) == []


def test_a_columnists_avatar_with_a_writer_link_is_still_the_writer() -> None:
    html = page(
        title="Why the city needs a second bridge",
        header='<div class="c32"><a href="/author/oliver-baroni"><img src="https://citycourier.com/img/authors/'
        'oliver-baroni-64.jpg" alt="Oliver Baroni" width="64" height="64"></a><div class="c51">'
        f'<a href="/author/oliver-baroni">Oliver Baroni</a><span>Columnist</span></div>{DATE_EN}</div>',
        **EN_SITE,
    )
    assert authors_of(html, EN_URL) == ["Oliver Baroni"]


# B: the article's own byline row holding a long link.
GOOGLE_NEWS = '<a class="c39" href="https://news.google.com/publications/CAAqBwgKMNOxpgsw">Ikuti kami di Google News</a>'


@pytest.mark.parametrize(
    ("html", "url", "writer"),
    [
        (
            page(
                title="Bupati resmikan pasar rakyat baru di pusat kota",
                header=f'<div class="c32"><span class="c34">Oleh: Rizky</span> | {DATE_ID} | {GOOGLE_NEWS}</div>',
            ),
            "https://wartakotakita.id/2024/03/09/story-slug-here",
            "Rizky",
        ),
        (
            page(
                title="Dewan tunda renovasi sekolah setahun",
                header=f'<div class="c32"><span class="c34">Oleh Rizky</span> | {DATE_ID} <a class="c39" href="https:'
                '//en.wartakotakita.id/council-delays-school-renovation">Read this article in English</a></div>',
            ),
            "https://wartakotakita.id/2024/03/09/story-slug-here",
            "Rizky",
        ),
        (
            page(
                title="Part 3: The water runs out",
                header='<div class="c32"><a class="c36" href="https://citycourier.com/series/the-dry-years">Part of the'
                f' series The Dry Years</a><span class="c34">By Tom</span> · {DATE_EN}</div>',
                **EN_SITE,
            ),
            EN_URL,
            "Tom",
        ),
    ],
)
def test_the_articles_own_byline_row_with_a_long_link_is_no_story_card(
    html: str, url: str, writer: str
) -> None:
    assert authors_of(html, url) == [writer]


# C: Timur as a given name.
@pytest.mark.parametrize(
    ("row", "writer", "lang"),
    [
        (
            '<span class="c34">Timur Tinç</span> | <time class="c35">07.03.2024, 19:06 Uhr</time>',
            "Timur Tinç",
            "de",
        ),
        (f'<span class="c34">Timur Hidayat</span> | {DATE_ID}', "Timur Hidayat", "id"),
    ],
)
def test_timur_is_a_given_name(row: str, writer: str, lang: str) -> None:
    html = page(
        title="Eintracht gewinnt das Derby in letzter Minute",
        header=f'<div class="c32">{row}</div>',
        lang=lang,
    )
    assert authors_of(html) == [writer]


@pytest.mark.parametrize("place", ["Jakarta Timur", "Kalimantan Barat"])
def test_a_compass_word_after_a_place_is_still_no_writer(place: str) -> None:
    assert (
        authors_of(page(header=f'<div class="c32"><span class="c34">{place}</span> | {DATE_ID}</div>')) == []
    )


# D: Indonesian two-word places beside the date.
@pytest.mark.parametrize(
    ("place", "meta_author", "jsonld_author", "credited"),
    [
        ("Bandar Lampung", "Tribun Lampung", None, ["Tribun Lampung"]),
        ("Kepulauan Riau", None, "Redaksi", ["Redaksi"]),
        ("Banda Aceh", None, None, []),
        ("Tanjung Pinang", None, None, []),
        ("Nusa Tenggara dan Bangka Belitung", None, None, []),
    ],
)
def test_an_indonesian_place_beside_the_date_is_no_writer(
    place: str, meta_author: str | None, jsonld_author: str | None, credited: list[str]
) -> None:
    site = meta_author or "Warta Kota Kita"
    html = page(
        header=f'<div class="c32"><span class="c34">{place}</span> | {DATE_ID}</div>',
        site=site,
        meta_author=meta_author,
        jsonld_author=jsonld_author,
    )
    assert people_of(html) == ([], credited)


# E: Indonesian rubrics beside the date.
@pytest.mark.parametrize(
    "row",
    [
        f'<span class="c34">Cek Fakta</span> • <span class="c36">Editor: Putri Ayu</span> • {DATE_ID}',
        f'<span class="c34">Tajuk Rencana, Warta Kota Kita</span> | {DATE_ID}',
    ],
)
def test_an_indonesian_rubric_beside_the_date_is_no_writer(row: str) -> None:
    assert authors_of(page(header=f'<div class="c32">{row}</div>')) == []


# G: a one-word writer on a line of its own before the site.
def test_a_one_word_writer_on_a_line_of_its_own_before_the_site() -> None:
    html = page(
        header=f'<div class="c32">{DATE_ID}</div>',
        body="<p>Sutrisno - WARTAKOTAKITA.ID</p>" + "".join(f"<p>{p}</p>" for p in ID),
    )
    assert authors_of(html) == ["Sutrisno"]


# F: a photographer or a tag row after the share bar.
SHARE_BAR = (
    '<div class="c37"><span>Bagikan:</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>'
    '<a href="https://twitter.com/intent/tweet?url=x">Twitter</a><a href="https://api.whatsapp.com/send?text=x">'
    'WhatsApp</a><a href="#">Salin Link</a></div>'
)


@pytest.mark.parametrize(
    "header",
    [
        f'<div class="c32">{DATE_ID}{SHARE_BAR}<span class="c38">Budi Santoso</span><span class="c39">Fotografer'
        "</span></div>",
        f'<div class="c32">{DATE_ID}{SHARE_BAR}</div><div class="c38"><span>Ganjar Pranowo</span> <span>Pilpres 2024'
        "</span></div>",
    ],
)
def test_a_photographer_or_a_tag_after_the_share_bar_is_no_writer(header: str) -> None:
    assert authors_of(page(title="Bupati resmikan pasar rakyat baru di pusat kota", header=header)) == []


def test_a_writer_after_the_share_bar_is_still_the_writer() -> None:
    header = f'<div class="c32">{DATE_ID}{SHARE_BAR}<span class="c38">Budi Santoso</span></div>'
    assert authors_of(page(title="Bupati resmikan pasar rakyat baru di pusat kota", header=header)) == [
        "Budi Santoso"
    ]
