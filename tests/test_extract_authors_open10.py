"""Authors on two blind page sets written by helpers who never read the extractor (#10, session 10).

Indonesian outlets (benchmarks/pages/indonesia-shapes-4):

- A. A closing credit box names the writers, the editor and the photographer in one block (`Penulis: A dan B
  <br>Penyunting: C<br>Fotografer: D`: student presses such as Balairung, campus and regency portals, magazine
  boxes `Reporter: A | Editor: C | Videografer: D`): the photographer's, videographer's label ends the writers'
  list. Alone on a photo story (`Fotografer: D`) the photographer is still the fallback credit.
- B. The header's credit names one reporter (`Penulis: A | Editor: C`, the Tribun network), the text opens with
  the whole team (`Laporan Wartawan Tribunlampung.co.id, A dan B`; Kompas' regional `Kontributor`, Sumatran and
  Kalimantan dailies' `Laporan: A dan B`): the later line that names the reporter and more adds the others.
  Never from a related story's card or a line naming other people.
- C. The header's byline is the account that posted the story, and the closing credit says that person edited
  it and names the writer (`Oleh Mohammad Nurfatoni` over `Penulis Siti Nurhayati Editor Mohammad Nurfatoni`:
  PWMU and other Muhammadiyah and NU portals, campus and regency WordPress sites; the issue's class 4): the
  writer of the closing credit is the author. A closing credit naming the poster alone as editor leaves the
  byline (one person wrote and edited: Pikiran Rakyat Media Network portals).

Every page has a full head (meta author, JSON-LD), a menu, a sidebar with popular stories, the article, a
related list with bylines, comments and a footer.
"""

from __future__ import annotations

import json

from telisik.extract import extract_article

ID_TEXT = [
    "Sebanyak 64 siswa sekolah dasar di Kecamatan Gubeng mengikuti kegiatan perkemahan di Bumi Perkemahan Prigen "
    "pada akhir pekan lalu, dengan materi tali-temali, pionering dan penjelajahan alam.",
    "Kepala sekolah menjelaskan kegiatan itu menjadi puncak program kepanduan semester ganjil dan diikuti pula "
    "oleh para guru pembina yang mendampingi anak-anak sejak hari pertama.",
    "Pada malam hari peserta mengikuti renungan bersama, sedangkan pagi harinya mereka berlomba membuat kreasi "
    "yel-yel antarregu di lapangan utama perkemahan yang disaksikan orang tua.",
    "Panitia berharap kegiatan serupa dapat digelar setiap semester agar siswa semakin mandiri dan terbiasa "
    "bekerja sama dalam kelompok kecil.",
]


def id_page(*, header: str = "", closing: str = "", meta_author: str = "", related: str = "") -> str:
    """An Indonesian WordPress portal page: `header` right under the headline, `closing` after the text."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Puluhan Siswa SD Ikuti Perkemahan Pramuka di Prigen",
        "datePublished": "2026-02-02T07:45:12+07:00",
    }
    if meta_author:
        ld["author"] = {"@type": "Person", "name": meta_author}
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    text = "".join(f"<p>{p}</p>" for p in ID_TEXT)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Puluhan Siswa SD Ikuti Perkemahan Pramuka di Prigen - Warta Surabaya</title>
<meta property="og:site_name" content="Warta Surabaya">{meta}
<meta property="article:published_time" content="2026-02-02T07:45:12+07:00">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header class="site-header"><a href="https://wartasurabaya.id/" class="logo">Warta Surabaya</a>
<nav><ul><li><a href="/berita/">Berita</a></li><li><a href="/pendidikan/">Pendidikan</a></li>
<li><a href="/opini/">Opini</a></li></ul></nav></header>
<div class="container"><main><article class="post">
<h1 class="entry-title">Puluhan Siswa SD Ikuti Perkemahan Pramuka di Prigen</h1>
{header}<div class="entry-content">{text}{closing}</div>
<div class="post-tags">Tag: <a href="/tag/pramuka/">Pramuka</a> <a href="/tag/pendidikan/">Pendidikan</a></div>
</article>
<div class="related-posts"><h4>Berita Terkait</h4><ul>
<li><a href="/2026/02/01/guru-ikuti-pelatihan/">Guru SD Ikuti Pelatihan Kurikulum</a>
<span class="byline">Penulis: Agus Salim</span> <span class="date">1 Februari 2026</span></li>
<li><a href="/2026/01/31/bakti-sosial/">Bakti Sosial di Pucang</a>
<span class="byline">Oleh Rina Kusumawati</span> <span class="date">31 Januari 2026</span></li>{related}</ul></div>
<div id="comments" class="comments-area"><h3>2 Komentar</h3><ol class="comment-list">
<li class="comment"><div class="comment-author"><b class="fn">Bambang Hermanto</b> <span class="says">berkata:
</span></div><div class="comment-content"><p>Kegiatan yang bagus, semoga rutin.</p></div></li>
<li class="comment"><div class="comment-author"><b class="fn">Dewi Lestari</b></div>
<div class="comment-content"><p>Anak saya ikut, senang sekali.</p></div></li></ol></div></main>
<aside class="sidebar"><div class="widget"><h3>Terpopuler</h3><ol>
<li><a href="/2026/01/30/banjir-rob/">Banjir Rob Genangi Pesisir Utara</a></li>
<li><a href="/2026/01/29/harga-cabai/">Harga Cabai Naik Lagi</a></li></ol></div></aside></div>
<footer class="site-footer"><p>&copy; 2026 Warta Surabaya. Redaksi | Pedoman Media Siber | Kontak</p></footer>
</body></html>"""


URL = "https://wartasurabaya.id/2026/02/02/puluhan-siswa-sd-ikuti-perkemahan/"
DATE_ROW = '<div class="post-meta"><span class="date">2 Februari 2026</span></div>'


def authors(html: str, url: str = URL) -> list[str]:
    return extract_article(html, url=url).authors


# --- A. the photographer's label ends the writers' list ------------------------------------------------------


def test_credit_box_stops_at_the_photographer() -> None:
    closing = (
        "<p><em>Penulis: Nadia Putri Ayuningtyas dan Gilang Ramadhan<br>Penyunting: Rizky Aditya<br>"
        "Fotografer: Salma Hanifa</em></p>"
    )
    assert authors(id_page(header=DATE_ROW, closing=closing)) == [
        "Nadia Putri Ayuningtyas",
        "Gilang Ramadhan",
    ]


def test_one_line_credit_stops_at_the_videographer() -> None:
    closing = "<p>Reporter: Yohanes Kurniawan | Editor: Rizky Aditya | Videografer: Salma Hanifa</p>"
    assert authors(id_page(header=DATE_ROW, closing=closing)) == ["Yohanes Kurniawan"]


def test_photographer_alone_on_a_photo_story_is_still_credited() -> None:
    closing = "<p><em>Fotografer: Salma Hanifa</em></p>"
    assert authors(id_page(header=DATE_ROW, closing=closing)) == ["Salma Hanifa"]


def test_one_person_credited_as_writer_and_photographer() -> None:
    for credit in ("Reporter &amp; Fotografer: Salma Hanifa", "Penulis dan Fotografer: Salma Hanifa"):
        closing = f"<p><em>{credit}</em></p>"
        assert authors(id_page(header=DATE_ROW, closing=closing)) == ["Salma Hanifa"]


def test_credit_box_naming_only_the_editor_and_photographer_credits_no_editor() -> None:
    # Editors are never authors: the box names no writer, so the editor is not read as one.
    closing = "<p><em>Penyunting: Rizky Aditya<br>Fotografer: Salma Hanifa</em></p>"
    assert "Rizky Aditya" not in authors(id_page(header=DATE_ROW, closing=closing))


# --- B. the text's opening credit names the whole team --------------------------------------------------------

TRIBUN_HEADER = (
    '<div class="mt10"><div id="penulis">Penulis: <a href="/penulis/dedi-sutomo">Dedi Sutomo</a> | Editor: '
    '<a href="/editor/tri-yulianto">Tri Yulianto</a></div></div>'
)


def test_reporters_line_in_the_text_adds_the_second_reporter() -> None:
    closing = ""
    header = (
        TRIBUN_HEADER
        + "<p><strong>Laporan Wartawan Wartasurabaya.id, Dedi Sutomo dan Riana Mita</strong></p>"
    )
    assert authors(id_page(header=header, closing=closing)) == ["Dedi Sutomo", "Riana Mita"]


def test_related_card_naming_the_reporter_with_others_adds_no_one() -> None:
    related = (
        '<li><a href="/2026/01/28/demo-sopir/">Demo Sopir Truk</a> '
        '<span class="byline">Laporan Wartawan Wartasurabaya.id, Dedi Sutomo dan Yoga Pratama</span></li>'
    )
    assert authors(id_page(header=TRIBUN_HEADER, related=related)) == ["Dedi Sutomo"]


def test_reporters_line_naming_other_people_changes_nothing() -> None:
    header = (
        TRIBUN_HEADER
        + "<p><strong>Laporan Wartawan Wartasurabaya.id, Yoga Pratama dan Riana Mita</strong></p>"
    )
    assert authors(id_page(header=header)) == ["Dedi Sutomo"]


# --- C. the poster's account is the editor named by the closing credit -----------------------------------------

POSTER_HEADER = (
    '<div class="post-meta"><span class="author">Oleh <a href="/author/nurfatoni/">Mohammad Nurfatoni</a></span> '
    '<span class="date">2 Februari 2026</span></div>'
)


def test_closing_credit_names_the_poster_as_editor_and_the_writer() -> None:
    closing = "<p><em>Penulis Siti Nurhayati Editor Mohammad Nurfatoni</em></p>"
    html = id_page(header=POSTER_HEADER, closing=closing, meta_author="Mohammad Nurfatoni")
    assert authors(html) == ["Siti Nurhayati"]


def test_closing_credit_with_a_one_word_writer() -> None:
    # Single names are names in Indonesian bylines.
    closing = "<p><em>Penulis: Sutrisno | Editor: Mohammad Nurfatoni</em></p>"
    html = id_page(header=POSTER_HEADER, closing=closing, meta_author="Mohammad Nurfatoni")
    assert authors(html) == ["Sutrisno"]


def test_closing_credit_naming_the_poster_alone_as_editor_keeps_the_byline() -> None:
    closing = "<p><em>Editor: Mohammad Nurfatoni</em></p>"
    assert authors(id_page(header=POSTER_HEADER, closing=closing)) == ["Mohammad Nurfatoni"]


def test_closing_credit_with_another_editor_keeps_the_byline() -> None:
    closing = "<p><em>Penulis Siti Nurhayati Editor Ahmad Fauzi</em></p>"
    assert authors(id_page(header=POSTER_HEADER, closing=closing)) == ["Mohammad Nurfatoni"]


# --- The open web (benchmarks/pages/open-web) ------------------------------------------------------------------
#
# - D. A job title beside a name is no name: `Hannah Lowe, Communications Officer` (university and council press
#   offices), `Senior Engineer, Checkout` on author cards (company engineering blogs on Next.js/Gatsby, think
#   tanks' `Senior Fellow`), `Head of Research`. Occupational surnames (Baker, Chancellor, Dean) stay names.
# - E. A piece's noun before `by` is part of the label: `Post by` (phpBB, Discourse and blog footers), `Guest
#   post by`, `Recipe by`; a tag list's label (`Topics`, `Tags`, Drupal's inline field label) is no name.
# - F. JSON-LD `Recipe`/`HowTo` author when the article node names none (WP Recipe Maker, Tasty Recipes,
#   Mediavine Create); the brand as the recipe's author stays no person.
# - G. The date inside a CMS credit phrase: `geschrieben am 3.3.2026 um 19:45 Uhr von X` (PHP news scripts,
#   CuteNews, club and parish sites), `Posted on March 3, 2026 by X`, `publié le 3 mars 2026 par X`.
# - H. The signed closing of a newsletter or a club's letter (`Herzliche Grüße aus dem Vorstand<br>Jutta
#   Reinecke<br>Schriftführerin`: Mailchimp archives), when nothing else names an author; never the board or
#   club, never a letter quoted inside an article.

EN_TEXT = [
    "The county board on Tuesday approved a plan to replace the oldest stretch of water main under the river "
    "district, after two breaks last winter left hundreds of homes without water for days.",
    "Engineers told the board that the pipes, laid in the 1920s, were cracked in several places and that patching "
    "them again would cost nearly as much as replacing them outright over the next three years.",
    "Residents who spoke at the meeting asked for the work to be done at night so that shops on the main street "
    "would not lose their customers during the busiest months of the year.",
]


def en_page(
    header: str = "",
    closing: str = "",
    *,
    ld: dict | None = None,
    lang: str = "en",
    text: list[str] | None = None,
) -> str:
    """A blog or press-office page: `header` under the headline, `closing` after the text."""
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in (text or EN_TEXT))
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>County approves water main plan | Riverside Notes</title>
<meta property="og:site_name" content="Riverside Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-03T09:00:00+00:00">{script}</head>
<body><header class="site-header"><a class="logo" href="/">Riverside Notes</a><nav><a href="/news">News</a>
<a href="/about">About</a><a href="/contact">Contact</a></nav></header>
<main><article class="post"><h1 class="post-title">County board approves $48 million water main plan</h1>
{header}<div class="post-content">{paragraphs}{closing}</div></article>
<section class="related"><h2>More from the blog</h2>
<div class="card"><h3><a href="/posts/bridge-lanes">Bridge lanes close on Monday</a></h3>
<p class="card-meta">Joana Ferreira · 2026-02-11</p></div>
<div class="card"><h3><a href="/posts/crab-season">Crab season extended</a></h3>
<p class="card-meta">Tom Hendriks · 2026-01-20</p></div></section>
<section id="comments"><h3>2 comments</h3><div class="comment"><span class="comment-author">Deb Hutchins</span>
<p>Night work is a good idea.</p></div><div class="comment"><span class="comment-author">Joe Pinkham</span>
<p>Best wishes,<br>Joe Pinkham</p></div></section></main>
<aside class="sidebar"><h3>Popular</h3><ul><li><a href="/posts/school-roof">School roof fixed</a></li></ul></aside>
<footer class="site-footer"><p>&copy; 2026 Riverside Notes &middot; <a href="/privacy">Privacy</a></p></footer>
</body></html>"""


EN_URL = "https://riversidenotes.example/posts/water-main-plan"
EN_DATE = '<div class="post-meta"><time datetime="2026-03-03T09:00:00+00:00">March 3, 2026</time></div>'


def en_authors(html: str) -> list[str]:
    return extract_article(html, url=EN_URL).authors


# D. job titles


def test_job_title_after_a_comma_is_no_second_name() -> None:
    header = (
        '<div class="news-story__meta"><p>Posted on Tuesday, 3rd March 2026 at 14:05</p>'
        "<p>Written by Hannah Lowe, Communications Officer (Faculty of Science)</p></div>"
    )
    assert en_authors(en_page(header)) == ["Hannah Lowe"]


def test_job_titles_on_author_cards_are_no_names() -> None:
    header = (
        '<div class="post-meta"><div class="authors">'
        '<a class="author-card" href="/authors/priya-raman"><img src="/a/priya.jpg" alt="">'
        '<span class="author-name">Priya Raman</span><span class="author-role">Staff Engineer, Platform</span></a>'
        '<a class="author-card" href="/authors/diego-alvarez"><img src="/a/diego.jpg" alt="">'
        '<span class="author-name">Diego Álvarez</span><span class="author-role">Senior Engineer, Checkout</span>'
        '</a></div><span class="date">2026-03-03</span> <span>· 8 min read</span></div>'
    )
    assert en_authors(en_page(header)) == ["Priya Raman", "Diego Álvarez"]


def test_occupational_surnames_stay_names() -> None:
    header = '<p class="byline">By Tom Baker, Head of Research, and Rachel Chancellor</p>' + EN_DATE
    assert en_authors(en_page(header)) == ["Tom Baker", "Rachel Chancellor"]


# E. a piece's noun before `by`, a tag list's label


def test_post_by_is_a_label() -> None:
    header = (
        '<div class="entry-meta"><span class="byline">Post by Jane Whitfield</span> &middot; '
        '<time datetime="2026-03-03T09:00:00+00:00">March 3, 2026</time></div>'
    )
    assert en_authors(en_page(header)) == ["Jane Whitfield"]


def test_forum_post_header_names_no_person() -> None:
    header = (
        '<p class="author"><a href="./viewtopic.php?p=301457#p301457" title="Post"><i class="icon"></i>'
        '<span class="sr-only">Post</span></a> <span>by <strong><a href="./memberlist.php?u=4410" '
        'class="username">rusty_spokes</a></strong> &raquo; </span><time datetime="2026-03-01T19:42:10+00:00">'
        "Sun Mar 01, 2026 7:42 pm</time></p>"
    )
    assert en_authors(en_page(header)) == []


def test_topics_field_is_no_name() -> None:
    closing = (
        '<div class="field field--name-field-tags field--label-inline"><div class="field__label">Topics</div>'
        '<div class="field__items"><div class="field__item"><a href="/topics/glaciers">Glaciers</a></div>'
        '<div class="field__item"><a href="/topics/andes">Andes</a></div>'
        '<div class="field__item"><a href="/topics/himalaya">Himalaya</a></div></div></div>'
    )
    assert en_authors(en_page(EN_DATE, closing)) == []


# F. recipe author in JSON-LD

RECIPE_LD = {
    "@context": "http://schema.org/",
    "@type": "Recipe",
    "name": "Torta di mele della nonna Ada",
    "datePublished": "2026-03-03",
    "recipeIngredient": ["3 mele renette", "250 g farina 00"],
}


def test_recipe_author_in_json_ld() -> None:
    ld = dict(RECIPE_LD, author={"@type": "Person", "name": "Giulia Ferraresi"})
    header = (
        '<div class="entry-meta"><span class="byline">di <a href="/author/admin/">Giulia</a></span></div>'
    )
    assert en_authors(en_page(header, ld=ld, lang="it")) == ["Giulia Ferraresi"]


def test_recipe_author_that_is_the_brand_names_no_person() -> None:
    ld = dict(RECIPE_LD, author={"@type": "Organization", "name": "Riverside Notes"})
    assert en_authors(en_page(EN_DATE, ld=ld)) == []
    ld = dict(RECIPE_LD, author={"@type": "Person", "name": "Riverside Notes"})
    assert en_authors(en_page(EN_DATE, ld=ld)) == []


def test_carousel_of_other_recipes_credits_no_one() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            dict(RECIPE_LD, author={"@type": "Person", "name": "Giulia Ferraresi"}),
            dict(RECIPE_LD, name="Crostata", author={"@type": "Person", "name": "Marco Bellini"}),
        ],
    }
    assert en_authors(en_page(EN_DATE, ld=ld, lang="it")) == []


def test_article_author_wins_over_the_recipe_author() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "headline": "Apple cake",
                "author": {"@type": "Person", "name": "Ada Rossi"},
            },
            dict(RECIPE_LD, author={"@type": "Person", "name": "Giulia Ferraresi"}),
        ],
    }
    assert en_authors(en_page(EN_DATE, ld=ld)) == ["Ada Rossi"]


# G. the date inside a CMS credit phrase

DE_TEXT = [
    "Eine kleine Sensation für unseren Verein: Beim Ausbaggern des alten Mühlgrabens an der Kernmühle ist Ende "
    "Februar ein Mühlstein aufgetaucht, der seit Kriegsende als verschollen galt.",
    "Unser Mitglied Walter Schäfer, der als Kind noch in der Mühle gespielt hat, erkannte den Stein sofort an der "
    "eingemeißelten Jahreszahl 1861 und meldete den Fund beim Vorstand.",
]


def test_german_credit_phrase_with_its_date() -> None:
    header = '<p><font size="1" color="#808080">geschrieben am 3.3.2026 um 19:45 Uhr von Heinrich Brinkmann</font></p>'
    assert en_authors(en_page(header, lang="de", text=DE_TEXT)) == ["Heinrich Brinkmann"]


def test_english_credit_phrase_with_its_date() -> None:
    header = '<p class="postmetadata">Posted on March 3, 2026 at 7:45 pm by Margaret Ellison</p>'
    assert en_authors(en_page(header)) == ["Margaret Ellison"]


def test_von_quoted_in_the_text_is_no_credit() -> None:
    text = DE_TEXT + [
        "Der Antrag wurde am 3.3.2026 von Heinrich Brinkmann im Rathaus eingereicht und angenommen."
    ]
    assert en_authors(en_page(EN_DATE, lang="de", text=text)) == []


def test_credit_phrase_naming_the_board_names_no_person() -> None:
    header = '<p><font size="1">geschrieben am 3.3.2026 um 19:45 Uhr von Vorstand</font></p>'
    assert en_authors(en_page(header, lang="de", text=DE_TEXT)) == []


# H. the signed closing


def test_newsletter_signed_closing() -> None:
    closing = "<p>Herzliche Grüße aus dem Vorstand<br>Jutta Reinecke<br>Schriftführerin</p>"
    text = ["Liebe Gartenfreundinnen und Gartenfreunde,", *DE_TEXT]
    assert en_authors(en_page(EN_DATE, closing, lang="de", text=text)) == ["Jutta Reinecke"]


def test_closing_signed_by_the_board_names_no_person() -> None:
    closing = "<p>Herzliche Grüße<br>Ihr Vorstand des Kleingartenvereins Sonnenwinkel</p>"
    assert en_authors(en_page(EN_DATE, closing, lang="de", text=DE_TEXT)) == []


def test_letter_quoted_inside_an_article_is_no_signature() -> None:
    closing = (
        "<blockquote><p>Dear members, the works start in April.</p><p>Kind regards,<br>Martin Cole</p></blockquote>"
        "<p>The council said on Wednesday that it had received the letter and would answer the residents' "
        "questions at its next public meeting, which is due to be held in the town hall later this month.</p>"
    )
    assert en_authors(en_page(EN_DATE, closing)) == []


def test_comment_signature_is_no_author() -> None:
    # The fixture's comment thread closes with `Best wishes,<br>Joe Pinkham`.
    assert en_authors(en_page(EN_DATE)) == []


def test_signature_in_an_unmarked_comment_thread_is_no_author() -> None:
    # Hashed class names: the thread is not recognised as comments; the last comment's signature follows the
    # commenter's name, not a paragraph of the text.
    closing = (
        '<div class="x9f"><div class="x9g"><b>Martin Cole</b> <span>March 4, 2026</span>'
        "<p>Thank you for the update, see you at the meeting.</p></div>"
        '<div class="x9g"><b>Deb Hutchins</b> <span>March 5, 2026</span>'
        "<p>Kind regards,<br>Deb Hutchins</p></div></div>"
    )
    assert en_authors(en_page(EN_DATE, closing)) == []


def test_published_by_a_publisher_is_no_credit() -> None:
    # `Veröffentlicht von` (published by) without its date names a publisher in a book's or report's box.
    header = '<p class="info">Veröffentlicht von Springer Nature</p>' + EN_DATE
    assert en_authors(en_page(header, lang="de", text=DE_TEXT)) == []


def test_recipe_author_when_the_post_presents_that_recipe() -> None:
    # Yoast's Article node beside WP Recipe Maker's Recipe: the recipe's name opens the post's headline.
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "Torta di mele della nonna Ada (senza burro)"},
            dict(RECIPE_LD, author={"@type": "Person", "name": "Giulia Ferraresi"}),
        ],
    }
    assert en_authors(en_page(EN_DATE, ld=ld, lang="it")) == ["Giulia Ferraresi"]


def test_roundup_holding_one_other_cooks_recipe_credits_no_one() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "Dieci torte di mele da provare"},
            dict(RECIPE_LD, author={"@type": "Person", "name": "Giulia Ferraresi"}),
        ],
    }
    assert en_authors(en_page(EN_DATE, ld=ld, lang="it")) == []
