"""Titles and writers on untuned web kinds (#10, session 11, the third blind set): a site's or organisation's
name taken as the title while the page shows its own headline, and a marketplace buyer taken as the writer.

Each class is served as a complete page (head metadata, navigation, sidebar, related links, footer):

- The logo's alt text names the site: a home link holding only an image (Blogger's Header widget `<a
  href="/"><img alt="Blog name">`, WordPress' custom-logo-link, Drupal's site-logo, Jimdo's and Wix's logo
  links) gives the site's name, so an og:title that is that name gives way to the post's heading (Blogger's
  classic `h3.post-title.entry-title`). Guards: an og:title that is the headline, and a logo alt that is not
  the og:title, stay.
- The site's name and its town (`Musée des Tisserands - Lyon`, `Teatro Nuovo – Torino`): Drupal metatag's and
  Joomla's site-wide og:title on museum, venue and library sites. Guards: `Presse | Stadtmuseum` (the page's
  own <title>, the only other title being the site's name) and a two-word headline before the name stay.
- An <h1> the shortened <title> opens (`Fils d'Orient` for `Fils d'Orient. Soieries et tapis ...`): exhibition,
  book and event pages. Guards: an <h1> that is the title word for word, and an <h1> that only holds the title
  in its middle, leave the title.
- Job boards' `Job - Company - Board` titles (WP Job Manager on Jobify, Jobster, Indeed-like themes) with the
  company in a heading of its own: the <h1> holding every word of the title wins. Guards: a news page whose
  section heading matches a segment and whose <h1> is the title, and a page whose <h1> lacks the title's words.
- Customers' reviews on hashed-class marketplaces (Tokopedia, Shopee, Bukalapak, Lazada: `css-1a2b3c`): several
  same-shaped items each with a rating (`aria-label="bintang 5"`, `★★★★★`, `5 Sterne`); their names are no
  writers. Guards: an article's own single star verdict by its critic, and a byline beside a list of unrated
  same-shaped items, keep their writers.
"""

from __future__ import annotations

from telisik.extract import extract_article

FOOTER = """<footer class="site-footer"><p>© 2026 · <a href="/kontak">Kontak</a> · <a href="/privasi">Privasi</a>
</p></footer>"""

BODY_ID = """<p>Dalam rangka menumbuhkan kepedulian warga sekolah terhadap lingkungan, seluruh siswa dan guru
mengikuti kegiatan bersih-bersih halaman dan menanam lima puluh bibit pohon di sekitar lapangan sekolah.</p>
<p>Kepala sekolah menyampaikan bahwa kegiatan ini akan dilaksanakan setiap bulan secara bergiliran oleh setiap
kelas, dan bibit pohon diperoleh dari dinas lingkungan hidup kabupaten.</p>
<p>Para siswa tampak antusias. Setiap kelas bertanggung jawab merawat pohon yang ditanamnya sampai akhir tahun
pelajaran, dan hasilnya akan dinilai dalam lomba kelas hijau.</p>"""

BODY_FR = """<p>Pendant deux ans, l'atelier de restauration du musée a nettoyé, consolidé et remonté sur de nouveaux
supports trente-deux pièces jusque-là trop fragiles pour être exposées au public.</p>
<p>Le parcours suit la route des caravanes, des ateliers de Boukhara aux comptoirs de Smyrne, et montre comment
les motifs ont voyagé avec les marchands et les tisserands eux-mêmes.</p>
<p>Une vitrine présente les étapes de ce travail de restauration et les outils utilisés par l'atelier.</p>"""


def blogger_page(og_title: str, logo_alt: str, post_title: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>SMP Negeri 7 Sungai Hijau: {post_title}</title><meta content="blogger" name="generator">
<link rel="canonical" href="https://smpn7sungaihijau.blogspot.com/2026/02/kegiatan.html">
<meta property="og:title" content="{og_title}">
<meta property="og:url" content="https://smpn7sungaihijau.blogspot.com/2026/02/kegiatan.html"></head>
<body><div class="header-wrap"><div class="widget Header" id="Header1"><a href="https://smpn7sungaihijau.blogspot.com/">
<img alt="{logo_alt}" src="/logo.png"></a><h2 class="title">SMP Negeri 7 Sungai Hijau</h2></div></div>
<nav id="main-menu"><ul><li><a href="https://smpn7sungaihijau.blogspot.com/">Beranda</a></li>
<li><a href="/p/profil.html">Profil</a></li><li><a href="/search/label/Kegiatan">Kegiatan</a></li></ul></nav>
<div class="main"><div class="blog-posts hfeed"><h2 class="date-header"><span>Selasa, 3 Februari 2026</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">{post_title}</h3>
<div class="post-body entry-content">{BODY_ID}</div></div></div></div>
<aside class="sidebar"><h2>Postingan Populer</h2><ul><li><a href="/2026/01/a.html">Lomba Pidato Tingkat
Kabupaten Tahun 2026</a></li><li><a href="/2026/01/b.html">Jadwal Asesmen Sumatif Semester Genap</a></li></ul>
</aside>{FOOTER}</body></html>"""


POST = "Kegiatan Jumat Bersih dan Penanaman Pohon di Lingkungan Sekolah"


def test_an_og_title_naming_the_blog_by_its_logo_gives_way_to_the_post_title() -> None:
    page = blogger_page("SMP Negeri 7 Sungai Hijau", "SMP Negeri 7 Sungai Hijau", POST)
    assert extract_article(page, "https://smpn7sungaihijau.blogspot.com/2026/02/kegiatan.html").title == POST


def test_an_og_title_that_is_the_post_title_stays() -> None:
    page = blogger_page(POST, "SMP Negeri 7 Sungai Hijau", POST)
    assert extract_article(page, "https://smpn7sungaihijau.blogspot.com/2026/02/kegiatan.html").title == POST


def test_a_logo_alt_unlike_the_og_title_leaves_the_og_title() -> None:
    # The logo's alt is some other text: the og:title (here a headline of its own wording) is not the site's name.
    page = blogger_page("Jumat Bersih di Sekolah Kami", "Logo sekolah", POST)
    title = extract_article(page, "https://smpn7sungaihijau.blogspot.com/2026/02/kegiatan.html").title
    assert title != "SMP Negeri 7 Sungai Hijau"


# Drupal's contact block names the museum in a heading of its own.
CONTACT = """<div class="block-contact"><h2>Musée des Drapiers</h2><p>12 rue des Tisserands · Lyon ·
Du mardi au dimanche, 10 h - 18 h</p></div>"""


def museum_page(title: str, og_title: str, h1: str, contact: bool = True) -> str:
    box = CONTACT if contact else ""
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Musée des Drapiers"><meta property="og:title" content="{og_title}">
<meta property="og:type" content="website"><meta property="og:url" content="https://www.musee-drapiers.fr/expo/x">
<meta property="article:published_time" content="2026-01-09T10:30:00+0100"></head>
<body><header class="site-header" role="banner"><a href="/" class="site-logo">Musée des Drapiers</a>
<nav role="navigation"><h2 class="visually-hidden">Navigation principale</h2><ul><li><a href="/expositions">
Expositions</a></li><li><a href="/collections">Collections</a></li><li><a href="/visiter">Visiter</a></li></ul>
</nav></header><main role="main"><div class="region-content"><h1 class="page-title"><span>{h1}</span></h1>
<div class="expo-dates"><time datetime="2026-02-12T12:00:00Z">Du 12 février</time> au
<time datetime="2026-06-30T12:00:00Z">30 juin 2026</time></div><div class="field--name-body">{BODY_FR}</div>
</div></main><aside class="autres"><h2>Autres expositions</h2><h3><a href="/expo/indigo">Indigo, une couleur du
monde</a></h3></aside>{box}<footer role="contentinfo"><p>© 2026 Musée des Drapiers</p>
</footer></body></html>"""


EXPO = "Fils d'Or. Soieries et tapis de la collection Delmas"


def test_the_museums_name_and_town_and_a_shortened_title_give_way_to_the_h1() -> None:
    page = museum_page("Fils d'Or | Musée des Drapiers", "Musée des Drapiers - Lyon", EXPO)
    article = extract_article(page, "https://www.musee-drapiers.fr/expo/x")
    assert article.title == EXPO


def test_a_two_word_headline_before_the_site_name_is_no_town() -> None:
    page = museum_page("Fils d'Or | Musée des Drapiers", "Fils d'Or - Musée des Drapiers", "Fils d'Or")
    assert extract_article(page, "https://www.musee-drapiers.fr/expo/x").title == "Fils d'Or"


def test_a_section_and_the_site_name_stay_the_pages_title_when_nothing_else_is() -> None:
    # `Presse | Musée` holds a one-word segment too, but it is the only title left beside the site's name.
    page = museum_page(
        "Presse | Musée des Drapiers",
        "Musée des Drapiers",
        "Nouvelle direction au musée en 2026",
        contact=False,
    )
    assert (
        extract_article(page, "https://www.musee-drapiers.fr/expo/x").title
        == "Nouvelle direction au musée en 2026"
    )


def test_an_h1_not_opening_with_the_title_leaves_the_title() -> None:
    # The contact box's heading names the museum; the <h1> is another text (a teaser's, say): the title stays.
    page = museum_page(
        "Fils d'Or | Musée des Drapiers", "Musée des Drapiers - Lyon", "Visiter le musée en famille"
    )
    assert extract_article(page, "https://www.musee-drapiers.fr/expo/x").title == "Fils d'Or"


def job_page(title: str, h1: str, company_heading: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Loker Sulawesi">
<link rel="canonical" href="https://lokersulawesi.id/lowongan/kasir-toko/"></head>
<body class="single-job_listing"><header id="masthead" class="site-header"><a href="https://lokersulawesi.id/"
class="site-branding"><h2 class="site-title">Loker Sulawesi</h2></a><nav><ul><li><a href="/lowongan/">Cari
Loker</a></li><li><a href="/pasang/">Pasang Loker</a></li></ul></nav></header>
<header class="page-header"><h1 class="page-title">{h1}</h1><ul class="job-listing-meta"><li>Full Time</li>
<li>Makassar</li><li><time datetime="2026-02-05">Diposting 5 Februari 2026</time></li></ul></header>
<div id="primary" class="content-area"><div class="job_description"><p>Toko kami membuka lowongan untuk posisi
kasir yang teliti dan ramah. Kandidat akan melayani pelanggan dan mencatat transaksi harian dengan rapi.</p>
<p>Persyaratan: pendidikan minimal SMA/SMK, jujur, dan bersedia bekerja dengan sistem sif pagi dan sore.</p>
<p>Lamaran dikirim melalui surel paling lambat dua minggu setelah lowongan ini diterbitkan.</p></div>
<aside class="widget jobify_widget_job_company_logo"><h2 class="job-company"><a href="#">{company_heading}</a>
</h2></aside></div><div class="related-jobs"><h3>Lowongan Terbaru Lainnya</h3><ul><li><h3>Sales Canvasser</h3>
</li><li><h3>Perawat Klinik</h3></li></ul></div>{FOOTER}</body></html>"""


def test_a_job_boards_h1_holding_the_whole_title_beats_the_company_heading() -> None:
    h1 = "Lowongan Kerja Kasir Toko di PT Mitra Swalayan Makassar Sejahtera"
    page = job_page(
        "Kasir Toko - PT Mitra Swalayan Makassar Sejahtera - Loker Sulawesi",
        h1,
        "PT Mitra Swalayan Makassar Sejahtera",
    )
    assert extract_article(page, "https://lokersulawesi.id/lowongan/kasir-toko/").title == h1


def test_an_h1_that_is_the_title_stays_beside_a_segment_heading() -> None:
    page = job_page(
        "Kasir Toko - PT Mitra Swalayan Makassar Sejahtera - Loker Sulawesi",
        "Kasir Toko - PT Mitra Swalayan Makassar Sejahtera",
        "PT Mitra Swalayan Makassar Sejahtera",
    )
    title = extract_article(page, "https://lokersulawesi.id/lowongan/kasir-toko/").title
    assert title == "Kasir Toko - PT Mitra Swalayan Makassar Sejahtera"


def test_an_h1_lacking_the_titles_words_does_not_replace_the_segment_heading() -> None:
    page = job_page(
        "Kasir Toko - PT Mitra Swalayan Makassar Sejahtera - Loker Sulawesi",
        "Detail Lowongan",
        "PT Mitra Swalayan Makassar Sejahtera",
    )
    title = extract_article(page, "https://lokersulawesi.id/lowongan/kasir-toko/").title
    assert title != "Detail Lowongan"


def review(name: str, rating: str, day: str) -> str:
    return f"""<article class="css-5uryx4"><div class="css-kasaos">{rating}<p class="css-7x8s51">{day}</p></div>
<div class="css-ty1lln"><span class="name">{name}</span></div><p class="css-v6mqnb"><span>Barang sampai dengan
selamat, packing aman, sesuai deskripsi. Penjual responsif.</span></p><button>Membantu</button></article>"""


def shop_page(reviews: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Jual Blender Kaca Kirana BL-2 1.5 Liter | TokoNusa</title><meta property="og:title" content="Blender Kaca
Kirana BL-2 1.5 Liter"><link rel="canonical" href="https://www.tokonusa.co.id/kirana/blender-bl-2"></head>
<body><header class="css-1x2y3z"><a href="/">TokoNusa</a><form role="search"><input name="q"></form></header>
<main class="css-9k8j7h"><h1 class="css-1os9jjn" data-testid="lblPDPDetailProductName">Blender Kaca Kirana BL-2 1.5
Liter</h1><div class="css-1bc3df" data-testid="lblPDPDescriptionProduk"><p>Blender kaca dengan pisau baja tahan
karat empat mata, tiga tingkat kecepatan dan fungsi pulse untuk menghaluskan es batu.</p><p>Tabung kaca tebal 1,5
liter tahan panas dan mudah dibersihkan. Garansi resmi satu tahun untuk motor.</p><p>Isi kemasan: unit blender,
tabung kaca, gelas penggiling bumbu dan buku petunjuk.</p></div>
<section class="css-webjdk" id="pdp_comp-review"><h2>ULASAN PEMBELI</h2><div class="css-f2rxo5">{reviews}</div>
</section></main>{FOOTER}</body></html>"""


def test_buyers_in_a_list_of_rated_reviews_are_no_writers() -> None:
    reviews = "".join(
        review(name, f'<span class="css-96ipbn" aria-label="bintang {stars}">{"★" * stars}</span>', day)
        for name, stars, day in (
            ("a***i", 5, "12 Jan 2026"),
            ("Dewi P.", 4, "28 Des 2025"),
            ("Rudi S.", 5, "3 Des 2025"),
        )
    )
    assert extract_article(shop_page(reviews), "https://www.tokonusa.co.id/kirana/blender-bl-2").authors == []


def test_a_critics_single_star_verdict_keeps_its_writer() -> None:
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dune: Part Three review – a
desert epic - The Courier</title><meta property="og:title" content="Dune: Part Three review – a desert epic">
</head><body><header><a href="/">The Courier</a><nav><a href="/film">Film</a></nav></header><main><article>
<h1>Dune: Part Three review – a desert epic</h1><div class="css-3ab9fe"><span class="css-77aa1b"
aria-label="4 out of 5 stars">★★★★☆</span><p class="byline">By Maria Lopez</p></div>
<p>Denis Villeneuve closes his trilogy with a film of vast spaces and slow, deliberate battles that will divide
audiences who came for spectacle alone.</p><p>The cast is strong throughout, and the score carries long wordless
stretches with the same confidence as the earlier films.</p><p>It is long, and it knows it is long, but few
blockbusters are built with this much care for sound and light.</p></article></main>{FOOTER}</body></html>"""
    assert extract_article(page, "https://courier.example/film/dune-3-review").authors == ["Maria Lopez"]


def test_a_byline_among_unrated_same_shaped_boxes_keeps_its_writer() -> None:
    boxes = "".join(
        f'<div class="css-card"><p class="css-meta">By {name}</p><p>Note {n}</p></div>'
        for n, name in enumerate(("Ana Ruiz", "Ben Cole"))
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>City council approves the new
tram line - The Courier</title></head><body><header><a href="/">The Courier</a></header><main><article>
<h1>City council approves the new tram line</h1><p class="byline">By Maria Lopez</p>
<p>The council voted 31 to 12 on Tuesday night to build the eastern tram line, ending a decade of debate over the
route through the old town and the cost of moving the market.</p><p>Construction is to begin next spring and
the first trams should run in 2029, the transport department said.</p><p>Opponents said they would take the
decision to the regional court.</p></article><aside>{boxes}</aside></main>{FOOTER}</body></html>"""
    assert extract_article(page, "https://courier.example/city/tram").authors == ["Maria Lopez"]
