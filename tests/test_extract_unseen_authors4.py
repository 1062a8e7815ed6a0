"""Authors on outlets nobody on the project tuned for (#10), fourth round: byline boxes named in the page's own
language, and credit lines under other stories' teasers. Each test serves a whole page (head metadata and JSON-LD,
navigation, the article, related stories, a sidebar, comments, footer) and names the sites its mechanism was seen
on."""

from __future__ import annotations

import json

from telisik.extract import extract_article

GERMAN = [
    "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Sanierung der alten Rheinbrücke "
    "um zwei Jahre vorzuziehen und dafür zusätzliche Mittel aus dem Haushalt bereitzustellen.",
    "Die Verwaltung hatte zuvor ein Gutachten vorgelegt, nach dem mehrere Träger der Brücke stärker beschädigt "
    "sind als bisher angenommen und die zulässige Last für Lastwagen gesenkt werden muss.",
    "Anwohner der angrenzenden Viertel befürchten während der Bauzeit lange Umwege und mehr Verkehr in den "
    "Wohnstraßen, die Stadt will deshalb einen Ersatzverkehr mit Bussen und Fähren einrichten.",
    "Die Arbeiten sollen im kommenden Frühjahr beginnen und nach den bisherigen Planungen etwa drei Jahre "
    "dauern, wobei die Brücke für Fußgänger und Radfahrer die ganze Zeit offen bleiben soll.",
]
GERMAN_HEADLINE = "Stadtrat zieht Sanierung der Rheinbrücke vor"


def german_text() -> str:
    return "".join(f"<p>{p}</p>" for p in GERMAN)


def german_page(article: str) -> str:
    """A whole page of a German regional paper: metadata without an author, menu, the article, related
    stories, a sidebar, comments and a footer."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": GERMAN_HEADLINE,
        "datePublished": "2024-03-12T18:30:00+01:00",
        "publisher": {"@type": "Organization", "name": "Rheinische Zeitung"},
    }
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{GERMAN_HEADLINE} | Rheinische Zeitung</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{GERMAN_HEADLINE}">
<meta property="og:site_name" content="Rheinische Zeitung">
<meta name="description" content="Die Sanierung der Rheinbrücke beginnt früher als geplant.">
<script type="application/ld+json">{json.dumps(data)}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">Rheinische Zeitung</a>
<nav class="main-nav"><ul><li><a href="/lokales">Lokales</a></li><li><a href="/politik">Politik</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main class="content">
{article}
<section class="related"><h3>Mehr zum Thema</h3><ul>
<li><a href="/lokales/radweg-am-ufer-wird-verbreitert-1234">Radweg am Ufer wird verbreitert</a></li>
<li><a href="/lokales/neue-buslinie-ab-april-1235">Neue Buslinie ab April</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Meistgelesen</h3><ol>
<li><a href="/lokales/hochwasser-1236">Hochwasser erreicht die Altstadt</a></li>
<li><a href="/sport/derby-1237">Derby endet unentschieden</a></li></ol></div></aside>
<section class="comments"><h3>Kommentare</h3>
<div class="comment"><b>Klaus Becker</b> <p>Das hätte man schon vor Jahren machen sollen.</p></div>
<div class="comment"><b>Petra Lang</b> <p>Hoffentlich bleibt der Radweg offen.</p></div></section>
<footer class="site-footer"><p>© 2024 Rheinische Zeitung</p>
<ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></footer>
</body>
</html>"""


def test_a_byline_box_classed_autorenzeile_names_the_author() -> None:
    """tagesschau.de (`autorenzeile`), DW and German regional papers (`autor`), Spanish and Polish CMSes
    (`autor`), French ones (`auteur`) class their byline boxes in their own language; with no author in the
    metadata the box is the only credit."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<div class="meta-box"><span class="autorenzeile">Lena Hoffmann</span>
<time datetime="2024-03-12T18:30:00+01:00">12.03.2024, 18:30 Uhr</time></div>
<div class="story-text">{german_text()}</div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == ["Lena Hoffmann"]


def test_a_byline_box_classed_autor_names_the_author() -> None:
    """The bare `autor` class (DW, many German regional papers; Spanish and Polish templates)."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<p class="article-autor">Jonas Weber</p>
<div class="story-text">{german_text()}</div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == ["Jonas Weber"]


def test_a_class_merely_containing_autor_is_no_byline_box() -> None:
    """Whole words only: `autoritaet` (an authority's box) holds a name that wrote nothing here."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<p class="autoritaet-info">Jonas Weber</p>
<div class="story-text">{german_text()}</div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == []


def test_the_time_stamp_in_an_autor_box_is_no_name() -> None:
    """Spanish and Portuguese templates (La República's `comp-autor`, Latin American Arc sites) and German ones
    keep the time stamps in the author box: `Actualizado el ...`, `Atualizado em ...`, `Aktualisiert am ...`
    end the byline like English `Updated`."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<div class="comp-autor"><div class="comp-autor-item"><span class="comp-autor-description">
<strong>Lena Hoffmann</strong></span></div>
<div class="comp-autor-dateTime">12.03.2024 Aktualisiert am 12.03.2024 | 18:30 Uhr</div></div>
<div class="story-text">{german_text()}</div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == ["Lena Hoffmann"]


def test_an_author_box_in_a_list_item_of_other_stories_is_theirs() -> None:
    """Context lists under the text (`kontextliste` on German party and association sites, `more-news` lists)
    with no boilerplate word in their class give every linked story its own `autor` box; the article (credited
    nowhere else) was not written by them."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<div class="story-text">{german_text()}</div>
<div class="news kontextliste"><ul>
<li><a href="/presse/detail/radweg-am-ufer/">»Dauerbaustelle Radweg-Ausbau-Beschleunigung«</a>
<div class="kontextliste-autor">Pressemitteilung von Katja Berger</div></li>
<li><a href="/presse/detail/buslinie/">Neue Buslinie fährt ab April im Takt</a>
<div class="kontextliste-autor">Im Wortlaut von Peter Brandt</div></li></ul></div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == []


PARAGRAPHS = [
    "Pemerintah kota mulai membuka pendaftaran bantuan pendidikan tahap pertama tahun ini bagi siswa dari "
    "keluarga yang tercatat dalam data terpadu kesejahteraan sosial di setiap kelurahan.",
    "Kepala dinas pendidikan mengatakan sekolah hanya menerima dan memakai data yang dikirimkan dinas sosial, "
    "sehingga siswa yang belum terdaftar diminta menghubungi pendamping sosial di kelurahannya.",
    '"Jika nama siswa ada dalam data yang kami terima, pasti akan diproses menjadi calon penerima," katanya '
    "saat ditemui di kantornya pada Senin siang, seraya meminta orang tua memeriksa data anaknya.",
    "Besaran bantuan yang diterima berbeda menurut jenjang sekolah, dan dana dapat dipakai untuk kebutuhan "
    "pangan, kesehatan serta pendidikan selama status keadaan darurat masih berlaku di wilayah itu.",
]
HEADLINE = "Pendaftaran Bantuan Pendidikan Tahap I Dibuka"


def indonesian_page(article: str, after: str) -> str:
    """A whole page of an Indonesian portal with no author in its metadata; `after` follows the article."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "datePublished": "2024-02-14T11:49:00+07:00",
        "publisher": {"@type": "Organization", "name": "Warta Kota Kita"},
    }
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | Warta Kota Kita</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="Warta Kota Kita">
<meta name="description" content="Pendaftaran bantuan pendidikan tahap pertama dibuka bagi siswa.">
<script type="application/ld+json">{json.dumps(data)}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">Warta Kota Kita</a>
<nav class="main-menu"><ul><li><a href="/kategori/pemerintahan">Pemerintahan</a></li>
<li><a href="/kategori/pendidikan">Pendidikan</a></li><li><a href="/kategori/kesehatan">Kesehatan</a></li></ul>
</nav></header>
<main class="container">
<div class="detail"><h1>{HEADLINE}</h1><div class="date">Rabu, 14 Februari 2024 11:49 WIB</div>
<div class="detail-text">{text}</div>{article}</div>
{after}
</main>
<aside class="sidebar"><div class="widget"><h3>Terpopuler</h3><ol>
<li><a href="/read/103/banjir">Banjir Rendam Ratusan Rumah di Bantaran Sungai</a></li>
<li><a href="/read/104/vaksin">Vaksinasi Anak Sekolah Diperluas</a></li></ol></div></aside>
<section class="comments"><h3>Komentar</h3>
<div class="comment"><b>Budi Hartono</b> <p>Semoga pendaftarannya lancar dan tepat sasaran.</p></div></section>
<footer class="site-footer"><p>Copyright © 2024 Warta Kota Kita. Hak cipta dilindungi.</p>
<ul><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman">Pedoman Media Siber</a></li></ul></footer>
</body>
</html>"""


def test_a_reporter_line_under_a_related_story_is_not_the_articles_author() -> None:
    """Indonesian regional portals (custom `Berita Terkait` lists) and English/German templates (`Related`
    lists) print each teaser's own credit (`Reporter : X`, `Penulis: X`) under its linked headline; when the
    article itself credits nobody, those names belong to the other stories."""
    related = """<div class="related-news"><h3>Berita Terkait</h3><ul>
<li><a href="/read/101/jalan-rusak">Perbaikan Jalan Rusak Dikebut Sebelum Lebaran</a>
<span class="info">Reporter : Andi Saputra</span></li>
<li><a href="/read/102/pasar-murah">Pasar Murah Digelar di Lima Kecamatan</a>
<span class="info">Penulis: Dewi Lestari</span></li></ul></div>"""
    result = extract_article(
        indonesian_page("", related), "https://kotakita.example/read/100/bantuan-pendidikan"
    )
    assert result.authors == []


def test_a_credits_table_inside_a_related_photos_box_is_still_read() -> None:
    """Some templates put the article's own credits table inside the `related photos` box after the text
    (its items link pictures, not stories): the table is the article's credit."""
    related = """<div class="related-photos"><h3>Foto Terkait</h3><ul>
<li><a href="/foto/201"><img src="/img/201.jpg" alt="Siswa mendaftar"></a></li>
<li><a href="/foto/202"><img src="/img/202.jpg" alt="Petugas memeriksa berkas"></a></li></ul>
<table class="credits"><tr><td>Reporter</td><td>: Yusuf Maulana</td></tr>
<tr><td>Editor</td><td>: Rina Kusumawati</td></tr></table></div>"""
    result = extract_article(
        indonesian_page("", related), "https://kotakita.example/read/100/bantuan-pendidikan"
    )
    assert result.authors == ["Yusuf Maulana"]
    assert result.editor == "Rina Kusumawati"
