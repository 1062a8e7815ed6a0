"""Authors on outlets nobody on the project tuned for (#10), fifth round: a newspaper named after a writer's name
in a byline is the publication, not a second writer; a credits table whose writer's value opens with the writer's
standing (`Kontributor Lhokseumawe, Name`) still names the writer; a footnote mark after a columnist's name
(`Oleh: Name*)`) is typography; the `Name - SITE` opening line with the name in bold is still the writer's. Syndicated copy carries the originating paper in its byline
(`By Jane Doe, Washington Post` on regional US papers and aggregators; `Oleh Budi Santoso, Jawa Pos` and `…, Radar
Semarang` on the kabupaten portals and aggregators that republish the Jawa Pos network's stories). Each test
serves a whole page (head metadata and JSON-LD, navigation, the article, related stories, a sidebar, comments,
footer)."""

from __future__ import annotations

import json

import pytest

from telisik.extract import extract_article
from telisik.extract.bylines import parse_byline

ENGLISH = [
    "The county board voted on Tuesday night to delay the closure of the last rural hospital in the valley by "
    "at least two years while a regional health authority looks for a new operator.",
    "Nurses and doctors who packed the meeting room said the nearest emergency department would otherwise be "
    "more than an hour's drive away for thousands of residents in the hill towns.",
    "The hospital's owner, a nonprofit chain based in the state capital, has lost money on the site for six "
    "years in a row and said it could not keep the maternity ward open past the spring.",
    "Board members asked the state to match a local levy that voters approved last year, and said talks with "
    "two possible operators would begin before the end of the month.",
]
INDONESIAN = [
    "Pemerintah Kabupaten Sleman memastikan perbaikan ruas jalan yang rusak parah sejak awal musim hujan akan "
    "dimulai pekan depan dengan anggaran dari belanja tidak terduga tahun ini.",
    "Kepala Dinas Pekerjaan Umum mengatakan lubang di sepanjang jalan itu sudah menyebabkan sejumlah kecelakaan "
    "sepeda motor, terutama pada malam hari ketika penerangan jalan masih minim.",
    "Warga di sekitar lokasi menyambut baik rencana tersebut dan berharap perbaikan tidak hanya tambal sulam, "
    "tetapi juga memperbaiki saluran air yang selama ini meluap ke badan jalan.",
    "Pemerintah kabupaten juga meminta kontraktor bekerja pada malam hari agar arus lalu lintas menuju pusat "
    "kota dan pasar tradisional tidak terganggu selama pengerjaan berlangsung.",
]


def whole_page(
    *,
    lang: str,
    headline: str,
    site: str,
    published: str,
    byline: str,
    paragraphs: list[str],
    after: str = "",
    jsonld_authors: list[str] | None = None,
    header: str | None = None,
) -> str:
    """A whole article page of a regional site republishing another paper's story: metadata without an
    author, menu, the article, related stories, a sidebar, comments and a footer."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": published,
        "publisher": {"@type": "Organization", "name": site},
    }
    if jsonld_authors:
        data["author"] = [{"@type": "Person", "name": name} for name in jsonld_authors]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = header or (
        f'<div class="story-meta"><span class="byline">{byline}</span>\n'
        f'<time datetime="{published}">{published[:10]}</time></div>'
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{json.dumps(data)}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/obituaries">Obituaries</a></li></ul></nav></header>
<main class="content">
<article class="story">
<h1 class="story-title">{headline}</h1>
{meta}
<div class="story-body">{text}</div>
{after}
</article>
<section class="related"><h3>Related</h3><ul>
<li><a href="/news/school-levy-passes-4411">School levy passes by a narrow margin</a></li>
<li><a href="/news/bridge-repairs-4412">Bridge repairs to close the river road in May</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Most read</h3><ol>
<li><a href="/news/storm-4413">Storm knocks out power across the valley</a></li>
<li><a href="/sports/derby-4414">Late goal settles the county derby</a></li></ol></div></aside>
<section class="comments"><h3>Comments</h3>
<div class="comment"><b>Mary Ellis</b> <p>We cannot lose this hospital.</p></div>
<div class="comment"><b>Agus Salim</b> <p>Semoga cepat selesai.</p></div></section>
<footer class="site-footer"><p>© 2025 {site}</p>
<ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>"""


def portal_page(**fields) -> str:
    """A kabupaten portal's page (`whole_page` with an Indonesian story, no byline) with the fields a test sets."""
    portal = {
        "lang": "id",
        "headline": "Jalan Rusak di Sleman Segera Diperbaiki",
        "site": "Kabar Blora",
        "published": "2025-02-03T10:15:00+07:00",
        "byline": "",
        "paragraphs": INDONESIAN,
    }
    return whole_page(**{**portal, **fields})


def test_a_paper_after_the_writers_in_a_syndicated_byline_is_the_publication() -> None:
    """Regional US papers and aggregators (MSN, Yahoo News, the Seattle Times' nation pages) print wire-like
    copy from the Washington Post, the Chicago Tribune or the Boston Herald as `By Writer, Paper`."""
    html = whole_page(
        lang="en",
        headline="County board delays closure of valley hospital",
        site="Valley Gazette",
        published="2025-02-04T21:40:00-08:00",
        byline="By Jane Doe and John Roe, Washington Post",
        paragraphs=ENGLISH,
    )
    article = extract_article(
        html, url="https://www.valleygazette.example/news/hospital-closure-delayed-4410"
    )
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.agencies == ["Washington Post"]


def test_a_jawa_pos_network_paper_after_the_writer_is_the_publication() -> None:
    """Kabupaten portals and aggregators republishing the Jawa Pos network (`Jawa Pos`, its *Radar* papers) and
    the Tribun network keep the source paper in the byline: `Oleh Budi Santoso, Radar Semarang`."""
    html = portal_page(byline="Oleh Budi Santoso, Radar Semarang")
    article = extract_article(html, url="https://kabarblora.example.id/2025/02/03/jalan-rusak-di-sleman")
    assert article.authors == ["Budi Santoso"]
    assert article.agencies == ["Radar Semarang"]


def test_a_paper_listed_as_a_jsonld_person_is_the_publication() -> None:
    """WordPress multi-author plugins on republishing portals list the source paper as one more `Person`
    (`Budi Santoso`, `Radar Semarang`; `Tribun Jateng` alone): the paper is credited as an organisation, never as a
    writer — the same judgement as in a visible byline."""
    html = portal_page(
        jsonld_authors=["Budi Santoso", "Radar Semarang"],
    )
    article = extract_article(html, url="https://kabarblora.example.id/2025/02/03/jalan-rusak-di-sleman")
    assert article.authors == ["Budi Santoso"]
    assert article.agencies == ["Radar Semarang"]


def test_a_credits_table_value_opening_with_the_writers_standing_names_the_writer() -> None:
    """Kompas.com's regional channels credit contributors `Penulis | : Kontributor <town>, Name` in the table
    under the story; the Tribun network writes `Laporan Wartawan Tribunjateng.com, Name` and Kompas
    `Koresponden Kompas.com, Name` the same way. The qualifier once read as another bare label, so the writer was
    lost and only the editor was found."""
    credits = """<div class="read-copy"><table class="grey"><tbody>
<tr><td>Penulis</td><td>: Kontributor Lhokseumawe, Teuku Rahmat </td></tr>
<tr><td>Editor</td><td>: Sri Lestari</td></tr></tbody></table></div>"""
    html = portal_page(
        site="Kabar Nusantara",
        after=credits,
    )
    article = extract_article(html, url="https://regional.kabarnusantara.example/read/2025/02/03/jalan-rusak")
    assert article.authors == ["Teuku Rahmat"]
    assert article.editor == "Sri Lestari"


def test_a_ladder_of_bare_labels_is_still_no_credit() -> None:
    """Guard: a label followed by another bare label (`<li>Penulis</li><li>Editor</li>`, a tab list) names
    nobody."""
    ladder = '<ul class="tabs"><li>Penulis</li><li>Kontributor</li><li>Editor</li></ul>'
    html = portal_page(
        site="Kabar Nusantara",
        after=ladder,
    )
    article = extract_article(html, url="https://regional.kabarnusantara.example/read/2025/02/03/jalan-rusak")
    assert article.authors == []


@pytest.mark.parametrize(
    "first_line",
    [
        "<strong>Dheny Window</strong> - BLORA.TELISIKFAKTA.COM",
        "<b>Dheny Window -</b> Kabar Blora",
        "<strong>Dheny Window</strong> – kabarblora.example.id",
    ],
)
def test_the_writer_in_bold_before_the_site_opens_the_text(first_line: str) -> None:
    """detikINET's 2011-2016 template (`<strong>Name</strong> - detikinet`), kabupaten WordPress portals and the
    telisikfakta network print the writer in bold before the site's name on the text's first line, with no
    class to say so (the plain `Name - SITE` form was read; the bold name split the line in two)."""
    html = portal_page(paragraphs=[first_line, *INDONESIAN])
    article = extract_article(html, url="https://kabarblora.example.id/2025/02/03/jalan-rusak-di-sleman")
    assert article.authors == ["Dheny Window"]
    assert article.body.startswith("Pemerintah Kabupaten Sleman")


@pytest.mark.parametrize(
    "header, author, editor",
    [
        (
            '<p class="editor">Jumat, 9 Oktober 2020 | 14:01 WIB<br>Oleh : Arnold Sianturi / <a href="/fmb">FMB</a></p>',
            "Arnold Sianturi",
            None,
        ),
        (
            '<p class="info">Senin, 3 Februari 2025 - 10:15 WIB<br/>Penulis: Sri Wahyuni<br/>Editor: Budi Santoso</p>',
            "Sri Wahyuni",
            "Budi Santoso",
        ),
    ],
)
def test_a_credit_row_under_the_date_row_names_the_writer(
    header: str, author: str, editor: str | None
) -> None:
    """BeritaSatu, kabupaten WordPress portals and Blogger themes print the date and the credit in one
    paragraph, a `<br>` between them, the date first: the credit row was never read because the paragraph
    does not open with a label (found with the page's metadata taken away)."""
    html = portal_page(
        header=header,
    )
    article = extract_article(html, url="https://kabarblora.example.id/2025/02/03/jalan-rusak-di-sleman")
    assert article.authors == [author]
    assert article.editor == editor


def test_the_articles_own_copy_of_the_headline_anchors_the_byline() -> None:
    """detik's 2022 templates print the headline three times: an SEO `<h1>` at the top of the body, a sticky
    share bar's title, and the article's own `<h1>` with its byline and date line under it. With no metadata
    title to prefer one, the first copy anchored the byline search, too far from the byline; the copy with a
    date line under it is the article's (WordPress themes with a sticky header title repeat it the same way)."""
    headline = "Bos Kripto yang Bangkrut Ngeles Soal Hobi Beli Rumah Mewah"
    text = "".join(
        f"<p>{sentence}</p>"
        for sentence in [
            "Pendiri bursa kripto yang bangkrut itu membeli puluhan rumah mewah untuk para petinggi perusahaan.",
            "Dokumen pengadilan menunjukkan pembelian dilakukan dengan dana perusahaan dalam dua tahun terakhir.",
            "Pengacara para kreditur meminta rumah-rumah itu dijual untuk membayar utang kepada nasabah.",
            "Juru bicara perusahaan menolak berkomentar soal rincian pembelian yang disebut dalam dokumen itu.",
        ]
    )
    channels = "".join(f'<li><a href="/kanal/{i}">Kanal {i}</a></li>' for i in range(80))
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{headline}</title></head><body>
<h1 class="head-1">{headline}</h1>
<div class="sticky-share"><div class="sticky-share__title">{headline}</div>
<a href="#komentar">Komentar</a> <a href="#bagikan">Bagikan</a></div>
<header class="header"><a href="/">detikInet</a><nav><ul>{channels}</ul></nav></header>
<article class="detail"><div class="detail__header"><h1 class="detail__title">{headline}</h1>
<div class="detail__author">Fino Kristo - <span class="detail__label">detikInet</span></div>
<div class="detail__date">Sabtu, 10 Des 2022 07:16 WIB</div></div>
<div class="detail__body-text">{text}</div></article>
<section class="comments" id="komentar"><h3>Komentar</h3><p>Belum ada komentar.</p></section>
<footer class="footer">© 2022 detikcom</footer></body></html>"""
    article = extract_article(html, url="https://inet.detik.com/cyberlife/d-6453192/bos-kripto-yang-bangkrut")
    assert article.title == headline
    assert article.authors == ["Fino Kristo"]


@pytest.mark.parametrize(
    "card, author, editor",
    [
        (
            '<div class="css-8kd2l"><div class="css-1q0v3">Dewi Kania</div><span class="css-p2x">Jurnalis</span></div>',
            "Dewi Kania",
            None,
        ),
        (
            '<div class="css-a81"><div class="css-c0"><h6 class="css-n4">Isna Rahayu</h6><h6 class="css-r5">Penulis</h6>'
            '</div><div class="css-c0"><h6 class="css-n4">Yoga Sukmana</h6><h6 class="css-r5">Editor</h6></div></div>',
            "Isna Rahayu",
            "Yoga Sukmana",
        ),
    ],
)
def test_a_role_printed_under_the_name_in_an_author_card(card: str, author: str, editor: str | None) -> None:
    """Okezone (`Dewi Kania` over `Jurnalis`), Kompas.com's credit cards (`Name` over `Penulis`, `Name` over
    `Editor`) and the author cards of news themes print the role as a caption under the name; on a site whose
    class names say nothing (CSS modules, utility classes) and with no author metadata, the caption is the only
    sign (found with benchmarks/perturbed_pages.py)."""
    html = portal_page(
        header=card,
    )
    article = extract_article(html, url="https://kabarblora.example.id/2025/02/03/jalan-rusak-di-sleman")
    assert article.authors == [author]
    assert article.editor == editor


@pytest.mark.parametrize(
    "box",
    [
        '<div class="css-t1"><a href="/indeks">Indeks Berita</a><span class="css-t2">Editor</span></div>',
        '<div class="css-t1"><a href="/populer">Most Popular</a><span class="css-t2">Author</span></div>',
        "<table><tr><th>No</th><th>Judul Buku</th><th>Penulis</th></tr>"
        "<tr><td>1</td><td>Laskar Pelangi</td><td>Andrea Hirata</td></tr></table>",
        '<div class="css-b"><h4><span>Tentang</span><span>Penulis</span></h4><p>Ia wartawan senior.</p></div>',
        "<h3><span>Pilihan</span><span>Editor</span></h3>",
    ],
)
def test_a_role_label_that_is_no_caption_names_nobody(box: str) -> None:
    """Guards: a link before a bare role label (a tab or menu list), a table's header row, a two-colour heading
    (`Tentang Penulis`, `Pilihan Editor`) name nobody; the JSON-LD writer stays."""
    html = portal_page(
        header=box,
        jsonld_authors=["Rina Marlina"],
    )
    article = extract_article(html, url="https://kabarblora.example.id/2025/02/03/jalan-rusak-di-sleman")
    assert article.authors == ["Rina Marlina"]
    assert article.editor is None


OPINION_HEADLINE = "Desa Pemekaran, Apa yang Diharap dan Apa yang Didapat"
AUTHOR_NOTE = "*) Penulis adalah dosen Fakultas Hukum Universitas Sriwijaya dan pemerhati kebijakan desa."


@pytest.mark.parametrize(
    "header, first_line",
    [
        ("Oleh Redaksi KABARPALI", "Oleh : *) Hengky Yohanes"),
        ("admin", "Oleh: Hengky Yohanes*)"),
        ("", "<strong>Oleh: Hengky Yohanes (*)</strong>"),
    ],
)
def test_a_columnists_footnote_mark_is_not_part_of_the_name(header: str, first_line: str) -> None:
    """Indonesian opinion columns (`Opini`, `Kolom`) on kabupaten portals, regional papers and national sites
    sign the writer with a footnote mark (`Oleh: Name*)`, `Oleh : *) Name`, `Name (*)`) explained under the text
    (`*) Penulis adalah dosen …`), while the header shows the site's account; the mark made the name unreadable,
    so the account (or nobody) was credited."""
    html = portal_page(
        headline=OPINION_HEADLINE,
        site="Kabar Pali",
        published="2016-11-04T09:00:00+07:00",
        byline=header,
        paragraphs=[first_line, *INDONESIAN, AUTHOR_NOTE],
    )
    article = extract_article(html, url="https://kabarpali.example/detailpost/desa-pemekaran")
    assert article.authors == ["Hengky Yohanes"]
    assert AUTHOR_NOTE in article.body


@pytest.mark.parametrize(
    "line, authors, agencies",
    [
        ("Oleh Budi Santoso, Jawa Pos", ["Budi Santoso"], ["Jawa Pos"]),
        ("Penulis: Sri Wahyuni, Tribun Jateng", ["Sri Wahyuni"], ["Tribun Jateng"]),
        ("By Ana Ruiz, Chicago Tribune", ["Ana Ruiz"], ["Chicago Tribune"]),
        ("By Tom Hale, Boston Herald", ["Tom Hale"], ["Boston Herald"]),
        # Guards: a place after the writer is still a dateline, not a publication; a newspaper word is a
        # surname too where no paper stands (Emily Post, Jan Pos, a co-author joined by `and`).
        ("By Tom Hale, Boston", ["Tom Hale"], []),
        ("By Emily Post", ["Emily Post"], []),
        ("By Thomas Post and Jane Doe", ["Thomas Post", "Jane Doe"], []),
        ("By Jane Doe and Thomas Post", ["Jane Doe", "Thomas Post"], []),
        ("Door Jan Pos", ["Jan Pos"], []),
    ],
)
def test_publication_names_after_a_writer(line: str, authors: list[str], agencies: list[str]) -> None:
    byline = parse_byline(line, places=True)
    assert byline.authors == authors
    assert byline.agencies == agencies
