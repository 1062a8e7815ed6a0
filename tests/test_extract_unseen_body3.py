"""Body precision rules for Indonesian outlets nobody on the project has tuned for (#10, body classes 12-14:
what is not the article kept in its text), found on real pages of unseen outlets (benchmarks/pages/indonesia-real)
and the reconstructed shapes. Each test serves a complete page of one shape (head metadata and JSON-LD,
navigation, sidebar, related links, comments, footer) and checks that the notice, credit, duplicate or caption
goes while the article's own paragraphs stay."""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://regional.example.co.id/read/2020/10/09/warga-diminta-disiplin-protokol-kesehatan"
TITLE = "Warga Diminta Disiplin Protokol Kesehatan Selama Libur Panjang"

PARAGRAPHS = (
    "Pemerintah kabupaten meminta warga tetap disiplin menerapkan protokol kesehatan selama libur panjang akhir "
    "pekan ini, terutama di tempat wisata yang diperkirakan ramai dikunjungi.",
    "Kepala dinas kesehatan setempat mengatakan petugas akan berjaga di pintu masuk setiap objek wisata untuk "
    "memeriksa suhu tubuh pengunjung dan memastikan semua orang memakai masker.",
    "Menurut dia, jumlah kasus baru dalam dua pekan terakhir memang menurun, tetapi kelengahan saat liburan bisa "
    "membuat angka itu kembali naik dalam waktu singkat.",
    "Selain pemeriksaan di objek wisata, pemerintah juga menyiapkan posko di terminal dan stasiun untuk melayani "
    "tes cepat bagi warga yang baru tiba dari luar daerah.",
)


def _news_page(content: str, *, above: str = "", after: str = "") -> str:
    """A regional Indonesian news page: `above` sits between the headline and the text block, `after` after it."""
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{TITLE} - Kabar Regional</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{PARAGRAPHS[0]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Kabar Regional">
<meta property="og:image" content="https://cdn.example.co.id/foto/2020/10/09/wisata.jpg">
<meta property="article:published_time" content="2020-10-09T13:52:50+07:00">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{TITLE}",
 "datePublished": "2020-10-09T13:52:50+07:00", "author": {{"@type": "Person", "name": "Rina Kartika"}},
 "publisher": {{"@type": "Organization", "name": "Kabar Regional"}}}}
</script>
</head>
<body>
<header class="header">
  <a class="logo" href="/"><img src="/assets/logo.png" width="180" height="40" alt="Kabar Regional"></a>
  <nav class="menu"><ul>
    <li><a href="/news/">News</a></li><li><a href="/regional/">Regional</a></li>
    <li><a href="/olahraga/">Olahraga</a></li><li><a href="/wisata/">Wisata</a></li>
  </ul></nav>
</header>
<div class="container">
 <div class="main col-8">
  <ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/regional/">Regional</a></li></ul>
  <article class="read">
   <h1 class="read-title">{TITLE}</h1>
   <div class="read-meta">Penulis: <a href="/penulis/rina-kartika">Rina Kartika</a> | Jumat, 9 Oktober 2020
    13:52 WIB</div>
{above}
   <div class="read-content">
{content}
   </div>
{after}
   <div class="read-tags">Tags: <a href="/tag/covid-19">Covid-19</a> <a href="/tag/libur-panjang">Libur
    Panjang</a></div>
  </article>
  <div class="related">
   <h3>Berita Terkait</h3>
   <ul>
    <li><a href="/read/2020/10/08/tempat-wisata-dibuka">Tempat Wisata Kembali Dibuka dengan Pembatasan
     Pengunjung</a></li>
    <li><a href="/read/2020/10/07/tes-cepat-gratis">Tes Cepat Gratis Disediakan di Terminal Bus Kota</a></li>
   </ul>
  </div>
  <div class="comments" id="komentar">
   <h3>Komentar</h3>
   <div class="comment"><p>Semoga warga benar-benar disiplin, jangan sampai liburan malah jadi klaster baru di
    kota kita.</p></div>
  </div>
 </div>
 <aside class="sidebar col-4">
  <h3>Terpopuler</h3>
  <ol>
   <li><a href="/read/2020/10/09/harga-cabai">Harga Cabai Rawit Naik Menjelang Akhir Pekan</a></li>
   <li><a href="/read/2020/10/09/jalan-rusak">Warga Keluhkan Jalan Rusak di Jalur Wisata Selatan</a></li>
  </ol>
 </aside>
</div>
<footer class="footer"><p>Redaksi · Pedoman Media Siber · Kontak</p><p>© 2020 Kabar Regional. All rights
 reserved.</p></footer>
</body>
</html>"""


def _paragraphs(*texts: str) -> str:
    return "\n".join(f"<p>{text}</p>" for text in texts)


def _body(html: str) -> str:
    return extract_article(html, url=URL).body


def test_closing_credit_with_the_site_and_the_writer_is_not_text():
    """The Tribun network's regional papers (Banjarmasin Post, Tribun Jateng, Tribun Solo, Serambinews) close the
    text with `(Site.co.id/Writer Name)` in bold; Kompas with `(Kompas.com/Name)`: a credit, not a paragraph."""
    for credit in ("(Banjarmasinpost.co.id/Muhammad Syaiful Riki)", "(Kompas.com/Dian Maharani)"):
        body = _body(_news_page(_paragraphs(*PARAGRAPHS, f"<strong>{credit}</strong>")))
        assert body.endswith(PARAGRAPHS[-1])
        assert credit not in body


def test_syndication_notes_are_not_text():
    """detik (`----- Artikel ini telah naik di detikBali dan bisa dibaca selengkapnya di sini.`), Tribun
    (`Artikel ini telah tayang di Tribunnews.com dengan judul ...`), Kompas and the Suara network close a
    syndicated story with a note where it first ran: not the article's text."""
    notes = (
        "----- Artikel ini telah naik di detikBali dan bisa dibaca selengkapnya di sini.",
        "Artikel ini telah tayang di Tribunnews.com dengan judul Warga Diminta Disiplin Protokol Kesehatan, "
        "https://www.tribunnews.com/regional/2020/10/09/warga-diminta-disiplin.",
    )
    for note in notes:
        body = _body(_news_page(_paragraphs(*PARAGRAPHS, note)))
        assert body.endswith(PARAGRAPHS[-1])
        assert "Artikel ini telah" not in body


def test_copyright_and_anti_crawling_notices_are_not_text():
    """ANTARA's `<p class="alert">Dilarang keras mengambil konten, melakukan crawling ... tanpa izin tertulis</p>`
    after the credits, and the `Dilarang mengutip/menyalin ...` and `Hak cipta dilindungi undang-undang` lines of
    other outlets are notices, not the article's last paragraph."""
    notices = (
        '<p class="alert alert-info small">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan '
        "otomatis untuk AI di situs web ini tanpa izin tertulis dari redaksi.</p>",
        "<p><em>Dilarang mengutip atau menyalin sebagian maupun seluruh isi berita ini tanpa mencantumkan sumber "
        "dan tautan aslinya.</em></p>",
        "<p>Hak cipta dilindungi undang-undang. Segala bentuk penggandaan berita ini wajib seizin redaksi.</p>",
    )
    for notice in notices:
        body = _body(_news_page(_paragraphs(*PARAGRAPHS) + notice))
        assert body.endswith(PARAGRAPHS[-1])
        assert "ilarang" not in body and "Hak cipta" not in body
    # a paragraph of the text that opens with the same words is no notice
    story = (
        "Dilarang mengambil foto di dalam area karantina, petugas juga meminta pengunjung tidak membawa makanan dari "
        "luar, tidak berkerumun di pintu keluar dan mematuhi arahan petugas keamanan selama berada di kawasan "
        "wisata, terutama pada jam-jam sibuk menjelang sore hari ketika jumlah pengunjung biasanya mencapai puncaknya "
        "dan antrean kendaraan mengular hingga ke jalan raya."
    )
    assert story in _body(_news_page(_paragraphs(PARAGRAPHS[0], story, *PARAGRAPHS[1:])))


def test_pull_quote_repeating_a_sentence_of_the_text_goes_a_quotation_stays():
    """ANTARA's 2026 template and BeritaJakarta open the text with a `<blockquote>` pull quote that repeats a
    sentence quoted further down (magazines' `wp-block-pullquote` likewise): a duplicate. A blockquote whose words
    are not repeated (a quoted statement, a letter) is article text."""
    quote = (
        "Petugas akan berjaga di setiap pintu masuk objek wisata selama libur panjang untuk memeriksa suhu tubuh "
        "semua pengunjung"
    )
    repeated = f'"{quote}, tanpa kecuali," kata kepala dinas kesehatan kepada wartawan, Jumat (9/10).'
    statement = "Setiap pengunjung wajib memakai masker, mencuci tangan dan menjaga jarak selama berada di kawasan wisata."
    content = (
        f'<blockquote class="block-quote font-italic">{quote}</blockquote>'
        + _paragraphs(PARAGRAPHS[0], repeated, PARAGRAPHS[1])
        + f"<blockquote><p>{statement}</p></blockquote>"
        + _paragraphs(*PARAGRAPHS[2:])
    )
    body = _body(_news_page(content))
    assert body.startswith(PARAGRAPHS[0])
    assert body.count(quote) == 1
    assert statement in body


def test_material_icon_ligatures_are_not_words():
    """Material Icons/Symbols draw a glyph from a word (`<i class="material-icons">access_time</i>` is a clock):
    Materialize and Angular Material templates (BeritaJakarta's info bar, many government portals) put them before
    the date, the view count and the credits. The word is never text, so the info bar reads as the short meta line
    it is and stays out of the article."""
    above = """   <div class="content-info">
    <span><i class="material-icons">access_time</i> Selasa, 10 November 2015 20:49 WIB</span>
    <span><i class="material-icons">remove_red_eye</i> 3569</span>
    <span><i class="material-icons">person</i> Reporter : Nurito Wibisono</span>
    <span><span class="material-symbols-outlined">person</span> Editor : Widodo Bogiarto</span>
   </div>"""
    body = _body(_news_page(_paragraphs(*PARAGRAPHS), above=above))
    assert body.startswith(PARAGRAPHS[0])
    for word in ("access_time", "remove_red_eye", "3569"):
        assert word not in body


def test_caption_repeated_in_the_lightbox_attribute_is_not_text():
    """The Tribun network's pictures carry their caption for GLightbox (`data-glightbox="title: ..."`, Fancybox
    `data-caption`, Lightbox2 `data-title` on other sites) and show it again in a plain div under the picture:
    that div is the caption, even when it is as long as a paragraph (Tribun Solo's runs to 560 characters)."""
    caption = (
        "Petugas memeriksa suhu tubuh pengunjung di pintu masuk objek wisata pantai selatan, Jumat (9/10). Pengunjung "
        "yang suhunya di atas batas diminta beristirahat di posko kesehatan sebelum diperiksa ulang oleh petugas. "
        "Bagi anak-anak, petugas menyiapkan masker bergambar tokoh kartun agar mereka mau memakainya selama berada "
        "di kawasan wisata."
    )
    picture = f"""   <div id="artimg"><div class="pb20 ovh">
    <a class="glightbox" href="/foto/wisata.jpg" data-glightbox="title:{caption};"><img class="imgfull"
     src="/foto/wisata.jpg" width="700" height="393" alt="{TITLE}"></a>
    <div class="f11 white">Kabar Regional/Hermawan</div>
    <div class="arial f12 grey2">{caption}&nbsp;</div>
   </div></div>"""
    body = _body(_news_page(picture + _paragraphs(*PARAGRAPHS)))
    assert body.startswith(PARAGRAPHS[0])
    assert "Petugas memeriksa suhu tubuh" not in body


def test_italic_first_line_under_the_lead_picture_is_its_caption():
    """WordPress regional portals (Metro Bali) and Joomla government portals type the lead picture's caption as
    the post's first line, wholly in italics: it is not the first paragraph. An italic line further down, one
    with no picture above it, or one with other text between it and the picture, stays."""
    caption = "Bupati memimpin penyemprotan disinfektan di kawasan wisata pantai selatan, Jumat (9/10)."
    above = """   <figure class="wp-single-image"><a href="/wp-content/uploads/2020/10/wisata.jpg"><img
    class="wp-post-image" src="/wp-content/uploads/2020/10/wisata-870x522.jpg" alt="single-image"></a></figure>"""
    content = f"<p><em>{caption}</em></p>\n" + _paragraphs(*PARAGRAPHS)
    body = _body(_news_page(content, above=above))
    assert body.startswith(PARAGRAPHS[0])
    assert caption not in body
    assert caption in _body(_news_page(content))
    standfirst = (
        '<div class="read-summary">Libur panjang akhir pekan ini diperkirakan membuat objek wisata di seluruh '
        "kabupaten kembali ramai dikunjungi warga dari luar daerah.</div>"
    )
    assert caption in _body(_news_page(content, above=above + standfirst))


def test_every_promo_notice_passes_the_key_word_precheck():
    # The cheap key-word check in front of `_PROMO_TEXT` must let through every line the regex would cut.
    from telisik.extract.body import _PROMO_TEXT, _may_promote

    for line in (
        "Report a correction",
        "Report an error",
        "Spotted a typo? Tell us.",
        "Menemukan kesalahan? Laporkan",
        "Subscribe to our newsletter",
    ):
        assert _PROMO_TEXT.search(line), line
        assert _may_promote(line), line
