"""Guards for the session-8 date rules, from a read-only review with hostile realistic pages (#10, dates).

Each page is complete (head, navigation, article, sidebar, comments or teasers, footer) and shaped like pages
of several kinds of sites; each test names what went wrong before the mend:

- The date a `<title>` ends in is an event's, a deadline's or a match's day when it comes after the day the
  page was last changed (a club's concert page `Jazz im Park – 17.08.2024` modified in May, a call for
  applications `... – Date limite : 15/03/2024`, a match preview `... – 30.03.2024`): the modified stamp stays
  the page's reserve date. A month-name range (`3. Februar – 28. April 2024`: museums' exhibition pages) is
  no publication date either. Deutsche Welle's `... – DW – 13.06.2023` with a later modified stamp still is.
- The meta bar between standfirst and text: an inline teaser (`Neu auf ...: <a>Wochenmarkt zieht um</a>
  06.03.2024`, a video page's `Video berikutnya: <a>...</a> 06/03/2024`) dates another story; a bar whose
  date is labelled `Aktualisiert:` by the element before it dates the last change. Neither beats the
  publication stamp in the page's scripts.
- A DOI on the post's own date line under the headline (a Hugo/PaperMod blog's `March 12, 2024 · 7 min ·
  Name · https://doi.org/10.59350/...`: Rogue Scholar blogs, preprint servers, Indonesian science portals'
  bylines) is the post's own identifier, not a paper's reference: the line still dates the post.
- A Taiwanese or Hong Kong page quoting Japanese titles in corner quotes (`「フリーレン」`) is no Japanese
  page: its bare times are UTC+8, not Japan time. A Japanese page (mostly hiragana prose) stays UTC+9.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article

FETCHED = datetime(2025, 6, 1, 8, 0, tzinfo=timezone.utc)


def _extract(html: str, url: str):
    return extract_article(html, url=url, fetched_at=FETCHED)


# --- the title's date after the modified day -------------------------------------------------------------

EVENT_PAGE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jazz im Park mit dem Trio Südwind – 17.08.2024</title>
<meta name="description" content="Open-Air-Konzert im Stadtpark: das Trio Südwind spielt Standards und eigene Stücke.">
<meta property="og:type" content="article">
<meta property="og:title" content="Jazz im Park mit dem Trio Südwind">
<meta property="article:modified_time" content="2024-05-21T10:12:00+02:00">
<link rel="canonical" href="https://www.kulturverein-musterstadt.de/veranstaltungen/jazz-im-park-2024/">
</head>
<body class="page-template-default page">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img
 src="/wp-content/uploads/logo.png" alt="Kulturverein Musterstadt" width="240" height="80"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Start</a></li>
<li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><a href="/verein/">Verein</a></li>
<li><a href="/mitglied-werden/">Mitglied werden</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-812" class="post-812 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Jazz im Park mit dem Trio Südwind</h1></header>
<div class="entry-content">
<p>Auch in diesem Sommer lädt der Kulturverein wieder zu einem Open-Air-Konzert in den Stadtpark ein. Das Trio
Südwind aus Freiburg spielt Jazzstandards und eigene Stücke, bei schlechtem Wetter zieht das Konzert in die Aula
der Realschule um.</p>
<p>Der Eintritt ist frei, um eine Spende für die Jugendarbeit des Vereins wird gebeten. Für Getränke und Snacks
sorgt der Förderverein des Gymnasiums; Sitzgelegenheiten sind begrenzt, Decken und Klappstühle dürfen gern
mitgebracht werden.</p>
<p>Beginn ist um 19 Uhr, Einlass ab 18 Uhr. Der Stadtpark ist vom Bahnhof in zehn Minuten zu Fuß zu erreichen;
Parkplätze gibt es an der Stadthalle.</p>
</div></article>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2 class="widget-title">Newsletter</h2>
<div class="textwidget"><p>Melden Sie sich für unseren Newsletter an und verpassen Sie keine Veranstaltung mehr.</p>
</div></section>
<section class="widget widget_nav_menu"><h2 class="widget-title">Verein</h2><ul><li><a href="/verein/vorstand/">
Vorstand</a></li><li><a href="/verein/satzung/">Satzung</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© Kulturverein Musterstadt e.V. ·
<a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></div></footer>
</body></html>"""


def test_title_date_after_the_modified_day_is_an_events_day() -> None:
    article = _extract(
        EVENT_PAGE, "https://www.kulturverein-musterstadt.de/veranstaltungen/jazz-im-park-2024/"
    )
    assert article.published == datetime(2024, 5, 21, 10, 12, tzinfo=timezone(timedelta(hours=2)))


DEADLINE_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Résidences d'artistes à l'école des Tilleuls – Date limite : 15/03/2024</title>
<meta name="description" content="La ville ouvre trois résidences d'artistes pour l'été 2024.">
<meta property="og:type" content="article">
<meta property="article:modified_time" content="2024-02-05T11:40:00+01:00">
</head><body>
<header class="bandeau"><a href="/"><img src="/img/logo-ville.svg" alt="Ville de Beauval" width="180"></a>
<nav class="menu-principal"><ul><li><a href="/actualites/">Actualités</a></li><li><a href="/culture/">Culture</a></li>
<li><a href="/demarches/">Démarches</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main><article class="actu"><h1>Appel à candidatures : résidences d'artistes 2024</h1>
<p>La ville de Beauval ouvre trois résidences d'artistes pour l'été 2024 dans l'ancienne école des Tilleuls,
rénovée l'an dernier. Chaque résident dispose d'un atelier, d'un logement et d'une bourse de création.</p>
<p>Les candidatures sont ouvertes aux artistes plasticiens, photographes et auteurs, sans condition d'âge. Le jury
se réunira fin mars et les lauréats seront prévenus début avril.</p>
<p>Le dossier comprend une note d'intention, un portfolio et un budget prévisionnel.</p></article>
<aside class="encarts"><h2>À voir aussi</h2><ul><li><a href="/culture/mediatheque/">La médiathèque</a></li>
<li><a href="/culture/conservatoire/">Le conservatoire</a></li></ul></aside></main>
<footer class="pied"><p>© Ville de Beauval · <a href="/mentions-legales/">Mentions légales</a></p></footer>
</body></html>"""


def test_title_deadline_after_the_modified_day_is_no_publication() -> None:
    article = _extract(DEADLINE_PAGE, "https://www.beauval.example/culture/appel-residences-2024/")
    assert article.published == datetime(2024, 2, 5, 11, 40, tzinfo=timezone(timedelta(hours=1)))


DW_LATER_CHANGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Bundestag beschließt Heizungsgesetz – DW – 13.06.2023</title>
<meta property="article:modified_time" content="2023-06-14T08:02:00Z">
</head><body>
<header><a href="/de/"><img src="/images/dw-logo.svg" alt="DW" width="90"></a>
<nav><ul><li><a href="/de/themen/s-9077">Themen</a></li><li><a href="/de/deutschland/s-1432">Deutschland</a></li>
<li><a href="/de/welt/s-1433">Welt</a></li></ul></nav></header>
<main><article><h1>Bundestag beschließt Heizungsgesetz</h1>
<p>Nach wochenlangem Streit in der Koalition hat der Bundestag das Gebäudeenergiegesetz verabschiedet. Ab dem
kommenden Jahr sollen neu eingebaute Heizungen zu einem großen Teil mit erneuerbaren Energien betrieben werden.</p>
<p>Die Opposition kritisierte das Verfahren als überhastet; der Bundesrat muss noch zustimmen. Die Regierung
kündigte zugleich eine Förderung für Haushalte mit geringem Einkommen an.</p></article>
<aside><h2>Mehr zum Thema</h2><ul><li><a href="/de/waermepumpen/a-6565">Wärmepumpen im Test</a></li></ul></aside></main>
<footer><p>© 2023 Deutsche Welle | <a href="/de/impressum/a-1">Impressum</a></p></footer>
</body></html>"""


def test_title_date_before_the_modified_day_still_dates_the_page() -> None:
    article = _extract(DW_LATER_CHANGE, "https://www.dw.com/de/bundestag-heizungsgesetz/a-65900000")
    assert article.published is not None and article.published.date().isoformat() == "2023-06-13"


EXHIBITION_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Licht und Schatten. Fotografie der Zwanziger | 3. Februar – 28. April 2024</title>
<meta name="description" content="Die Kunsthalle zeigt rund 180 Fotografien aus der Weimarer Republik.">
</head><body>
<div class="kopf"><a href="/"><img src="/img/logo.svg" alt="Kunsthalle Beispiel" width="200"></a>
<ul class="hauptnavi"><li><a href="/ausstellungen/">Ausstellungen</a></li><li><a href="/besuch/">Ihr Besuch</a></li>
<li><a href="/vermittlung/">Vermittlung</a></li><li><a href="/presse/">Presse</a></li></ul></div>
<div class="inhalt"><h1>Licht und Schatten. Fotografie der Zwanziger</h1>
<p class="unterzeile">Rund 180 Fotografien aus der Weimarer Republik, von Straßenszenen bis zum Neuen Sehen.</p>
<p>Die Zwanzigerjahre waren das Jahrzehnt, in dem die Fotografie zum Massenmedium wurde. Illustrierte Zeitschriften
druckten Reportagen, Werbung setzte auf das Foto, und Künstlerinnen und Künstler entdeckten die Kamera als Werkzeug
des Experiments.</p>
<p>Die Ausstellung versammelt Leihgaben aus zwölf Sammlungen, darunter Arbeiten von August Sander, Germaine Krull
und Umbo, und stellt ihnen Amateuraufnahmen aus Familienalben gegenüber.</p>
<p>Zur Ausstellung erscheint ein Katalog im Verlag der Kunsthalle (248 Seiten, 34 Euro).</p></div>
<div class="spalte"><h3>Öffnungszeiten</h3><p>Di–So 10–18 Uhr, Do bis 21 Uhr</p><h3>Eintritt</h3>
<p>12 €, ermäßigt 8 €</p></div>
<div class="fuss">© Kunsthalle Beispiel · <a href="/impressum/">Impressum</a></div>
</body></html>"""


def test_title_month_name_range_is_no_publication_date() -> None:
    article = _extract(
        EXHIBITION_PAGE, "https://www.kunsthalle-beispiel.de/ausstellungen/licht-und-schatten/"
    )
    assert article.published is None


# --- the meta bar between standfirst and text ------------------------------------------------------------

_LOCAL_STORY = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Neue Ortsumgehung freigegeben - Heimatbote</title>
<script>var pageConfig = {{"section":"lokales","publishedDate":"2024-03-07T09:30:00+01:00","paywall":false}};</script>
</head><body>
<div class="hd"><a href="/"><img src="/logo.svg" alt="Heimatbote" width="200"></a>
<ul class="hn"><li><a href="/lokales/">Lokales</a></li><li><a href="/sport/">Sport</a></li>
<li><a href="/kultur/">Kultur</a></li></ul></div>
<div class="art"><h1>Neue Ortsumgehung freigegeben: Durchgangsverkehr rollt an der Stadt vorbei</h1>
<p class="teaser">Nach vier Jahren Bauzeit ist die Ortsumgehung der B 27 für den Verkehr freigegeben. Anwohner der
Hauptstraße hoffen auf ruhigere Nächte, Händler fürchten um ihre Laufkundschaft.</p>
{bar}
<p>Um kurz nach zehn Uhr durchschnitt der Landrat gemeinsam mit dem Bürgermeister und Vertretern des
Regierungspräsidiums das Band. Wenig später rollten die ersten Lastwagen über die neue Trasse, die den Ort auf knapp
drei Kilometern Länge im Norden umfährt.</p>
<p>Die Kosten für das Projekt waren ursprünglich mit 38 Millionen Euro veranschlagt, am Ende wurden es 46 Millionen.
Grund seien vor allem gestiegene Baupreise und ein zusätzliches Regenrückhaltebecken gewesen.</p>
<p>Für die Hauptstraße plant die Stadt nun einen Umbau mit breiteren Gehwegen und Radstreifen.</p></div>
<div class="sb"><h3>Meistgelesen</h3><ol><li><a href="/sport/tsv-sieg">TSV feiert Heimsieg</a></li>
<li><a href="/kultur/kino">Kino bleibt</a></li></ol></div>
<div class="kommentare"><h3>Kommentare</h3><p>Noch keine Kommentare.</p></div>
<div class="ft">© 2024 Heimatbote Verlag · <a href="/impressum">Impressum</a></div>
</body></html>"""
LOCAL_URL = "https://www.heimatbote-beispiel.de/lokales/neue-ortsumgehung-freigegeben-4711"
SCRIPT_DAY = datetime(2024, 3, 7, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def test_inline_teaser_in_the_meta_bar_dates_another_story() -> None:
    bar = (
        '<div class="widget widget-latest"><span class="w-label">Neu auf heimatbote.de</span> '
        '<a href="/lokales/wochenmarkt-zieht-um-4702">Wochenmarkt zieht um</a> '
        '<span class="w-date">06.03.2024, 17:45</span></div>'
    )
    assert _extract(_LOCAL_STORY.format(bar=bar), LOCAL_URL).published == SCRIPT_DAY


def test_labelled_update_in_the_meta_bar_is_no_publication() -> None:
    bar = (
        '<div class="widget share-bar"><a class="sh" href="https://www.facebook.com/sharer/sharer.php">Teilen</a> '
        '<a class="sh" href="https://twitter.com/intent/tweet">Teilen</a> <span class="lbl">Aktualisiert:</span> '
        '<span class="val">08.03.2024, 11:20</span></div>'
    )
    assert _extract(_LOCAL_STORY.format(bar=bar), LOCAL_URL).published == SCRIPT_DAY


def test_meta_bar_with_share_links_still_dates_the_page() -> None:
    bar = (
        '<div class="widget share-bar"><a class="sh" href="https://www.facebook.com/sharer/sharer.php">Auf Facebook '
        'teilen</a> <a class="sh" href="/lokales/neue-ortsumgehung-freigegeben-4711#kommentare">Zu den Kommentaren'
        '</a> <span class="val">07.03.2024, 09:30</span></div>'
    )
    page = _LOCAL_STORY.format(bar=bar).replace("<script>var pageConfig", "<script>var noConfig")
    page = page.replace('"publishedDate"', '"other"')
    article = _extract(page, LOCAL_URL)
    assert article.published is not None and article.published.date().isoformat() == "2024-03-07"


def test_meta_bar_with_the_writers_link_still_dates_the_page() -> None:
    bar = (
        '<div class="widget meta-bar">Von <a href="/autoren/max-mustermann" rel="author">Max Mustermann</a> · '
        '<span class="val">07.03.2024, 09:30</span> · <a href="https://twitter.com/intent/tweet">Teilen</a></div>'
    )
    page = _LOCAL_STORY.format(bar=bar).replace('"publishedDate"', '"other"')
    article = _extract(page, LOCAL_URL)
    assert article.published is not None and article.published.date().isoformat() == "2024-03-07"


VIDEO_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Detik-detik Longsor Tutup Jalur Puncak - TV Berita</title>
<script>var kly = {"article":{"type":"video","publishDate":"2024-03-07 16:40:00","channel":"regional"}};</script>
</head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="TV Berita" width="180"></a>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/video">Video</a></li><li><a href="/regional">Regional</a>
</li></ul></div>
<div class="video-page"><h1 class="video-title">Detik-detik Longsor Tutup Jalur Puncak</h1>
<div class="player"><iframe src="https://player.tvberita-contoh.com/embed/88231" width="720" height="405"></iframe></div>
<p class="video-desc">Longsor menutup jalur Puncak, Kabupaten Bogor, Kamis sore. Material tanah dan pohon tumbang
menutup badan jalan sehingga kendaraan dari arah Jakarta menuju Cianjur tertahan berjam-jam.</p>
<div class="widget widget-next"><span>Video berikutnya:</span> <a href="/video/banjir-bandang-sukabumi">Banjir Bandang
Sukabumi</a> <span class="dur">06/03/2024</span></div>
<div class="more-news"><h2>Berita Lainnya</h2>
<div class="item"><h3><a href="/news/harga-cabai-naik">Harga Cabai di Bogor Naik Dua Kali Lipat Jelang Ramadan</a></h3>
<p>Harga cabai rawit di sejumlah pasar tradisional di Kota Bogor naik hingga dua kali lipat dalam sepekan terakhir.
Pedagang menyebut pasokan dari sentra produksi berkurang akibat cuaca buruk.</p></div>
<div class="item"><h3><a href="/news/krl-gangguan">KRL Bogor-Jakarta Alami Gangguan, Penumpang Menumpuk</a></h3>
<p>Perjalanan KRL lintas Bogor-Jakarta Kota mengalami gangguan sejak pagi. Penumpang menumpuk di Stasiun Bogor dan
Citayam karena kereta tertahan di beberapa titik akibat gangguan persinyalan.</p></div></div>
</div>
<div class="footer">© 2024 TV Berita · <a href="/redaksi">Redaksi</a></div>
</body></html>"""


def test_next_video_card_dates_another_video() -> None:
    article = _extract(
        VIDEO_PAGE, "https://www.tvberita-contoh.com/video/detik-detik-longsor-tutup-jalur-puncak"
    )
    assert article.published == datetime(2024, 3, 7, 16, 40, tzinfo=timezone(timedelta(hours=7)))


# --- a DOI on the post's own date line -----------------------------------------------------------------

BLOG_OWN_DOI = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Citing software in 2024 · Open Research Notes</title>
<meta name="description" content="Where software citation stands, and what journals still get wrong.">
<link rel="alternate" type="application/rss+xml" href="/index.xml">
</head><body>
<header class="site-header"><a class="site-title" href="/">Open Research Notes</a>
<nav class="site-nav"><a href="/posts/">Posts</a> <a href="/tags/">Tags</a> <a href="/about/">About</a>
<a href="/index.xml">RSS</a></nav></header>
<main class="content"><article class="post">
<h1 class="post-title">Citing software in 2024</h1>
<p>March 12, 2024 · 7 min · Martin Example · https://doi.org/10.59350/7x2k4-q9d31</p>
<p>Five years after the FORCE11 software citation principles, most journals now accept references to software in
their reference lists. But the references themselves are often broken: a GitHub URL without a version, a package
name without authors, or a DOI that points to the concept record instead of the release that was actually used.</p>
<p>In this post I look at a sample of 400 articles published in 2023 that cite research software, and check how
many of those references a reader (or a machine) can resolve to the exact version that was used.</p>
<p>References: Smith AM, Katz DS, Niemeyer KE (2016). Software citation principles. PeerJ Computer Science 2:e86.
https://doi.org/10.7717/peerj-cs.86</p>
</article>
<section class="comments"><h3>Comments</h3>
<div class="comment"><p class="comment-meta">Anna K. · March 14, 2024</p><p>Great analysis, would love to see the
breakdown by field.</p></div>
<div class="comment"><p class="comment-meta">Joe B. · March 20, 2024</p><p>Did you check CITATION.cff files?</p></div>
</section></main>
<aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/posts/pids-for-instruments/">PIDs for instruments</a>
</li><li><a href="/posts/orcid-in-repositories/">ORCID in repositories</a></li></ul></aside>
<footer class="site-footer">Content licensed CC BY 4.0 · Built with Hugo</footer>
</body></html>"""


def test_doi_on_the_posts_own_date_line_keeps_the_date() -> None:
    article = _extract(BLOG_OWN_DOI, "https://blog.datacite-lab.example/posts/citing-software-in-2024/")
    assert article.published is not None and article.published.date().isoformat() == "2024-03-12"


PORTAL_DOI_BYLINE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Peneliti Unpad Temukan Bakteri Pengurai Plastik di TPA Sarimukti - Kabar Sains</title>
</head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="Kabar Sains" width="200"></a>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/riset/">Riset</a></li><li><a href="/kampus/">Kampus</a></li>
<li><a href="/lingkungan/">Lingkungan</a></li></ul></div>
<div class="main"><div class="post">
<h1 class="title">Peneliti Unpad Temukan Bakteri Pengurai Plastik di TPA Sarimukti</h1>
<div class="byline">Oleh Rina Kartika | Kamis, 7 Maret 2024 | 10:30 WIB | DOI: 10.1016/j.envpol.2024.123456</div>
<div class="content">
<p>BANDUNG - Tim peneliti Universitas Padjadjaran menemukan strain bakteri dari tanah Tempat Pemrosesan Akhir (TPA)
Sarimukti, Kabupaten Bandung Barat, yang mampu menguraikan plastik jenis polietilena dalam waktu sekitar enam minggu
di laboratorium.</p>
<p>Ketua tim peneliti mengatakan bakteri tersebut menghasilkan enzim yang memotong rantai panjang polimer plastik
menjadi senyawa yang lebih sederhana. Temuan ini dipublikasikan dalam jurnal Environmental Pollution.</p>
<p>Meski demikian, ia mengingatkan bahwa temuan ini belum bisa langsung diterapkan di lapangan.</p>
</div></div>
<div class="comments"><h3>Komentar</h3><div class="comment"><b>Dedi</b> <span>8 Maret 2024</span>
<p>Semoga bisa segera diterapkan.</p></div></div>
</div>
<div class="sidebar"><h3>Terpopuler</h3><ol><li><a href="/riset/gempa-cianjur">Gempa Cianjur dan sesar Cimandiri</a>
</li><li><a href="/kampus/itb-robot">Robot ITB juara</a></li></ol></div>
<div class="footer">© 2024 Kabar Sains</div>
</body></html>"""


def test_doi_in_the_byline_under_the_headline_keeps_the_date() -> None:
    article = _extract(
        PORTAL_DOI_BYLINE,
        "https://www.kabarsains-contoh.com/riset/peneliti-unpad-temukan-bakteri-pengurai-plastik",
    )
    assert article.published == datetime(2024, 3, 7, 10, 30, tzinfo=timezone(timedelta(hours=7)))


# --- the writing system's zone -------------------------------------------------------------------------

TAIWAN_ANIME = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>《葬送的芙莉蓮》第二季確定2026年1月開播 主題曲由YOASOBI演唱「勇者」續篇 | 動漫新聞網</title>
</head><body>
<div class="header"><a href="/"><img src="/img/logo.png" alt="動漫新聞網" width="200"></a>
<ul class="nav"><li><a href="/anime/">動畫</a></li><li><a href="/manga/">漫畫</a></li><li><a href="/game/">遊戲</a></li>
<li><a href="/cosplay/">Cosplay</a></li></ul></div>
<div class="article"><h1>《葬送的芙莉蓮》第二季確定2026年1月開播 主題曲由YOASOBI演唱「勇者」續篇</h1>
<div class="meta">2025-01-15 18:30 ｜ 記者 林小華</div>
<p>改編自山田鐘人、阿部司同名漫畫的電視動畫《葬送的芙莉蓮》今日宣布第二季將於2026年1月在日本テレビ系「フライデー
アニメナイト」（フリアニ）時段開播，台灣由木棉花代理。</p>
<p>官方同時公開了第二季的前導視覺圖與特報影片，芙莉蓮、費倫與修塔爾克三人踏上前往北部高原的旅程。第一季主題曲「勇者」由
YOASOBI演唱，片尾曲「Anytime Anywhere」由milet演唱，第二季的主題曲將在近期公布。</p>
<p>日本官方推特寫道：「フリーレンたちの旅は続きます。第2期もどうぞよろしくお願いします！」消息一出，隨即登上日本推特趨勢第一名。</p>
<p>第一季於2023年9月首播，以「金曜ロードショー」特別兩小時首映的形式登場，在各大串流平台都獲得極高評價。</p>
</div>
<div class="sidebar"><h3>熱門文章</h3><ul><li><a href="/news/2025/01/14/oshinoko">《我推的孩子》第三季製作決定</a></li>
<li><a href="/news/2025/01/13/chainsaw">《鏈鋸人》劇場版票房破百億</a></li></ul></div>
<div class="comments"><h3>留言</h3><p>目前沒有留言。</p></div>
<div class="footer">© 2025 動漫新聞網 版權所有</div>
</body></html>"""


def test_chinese_page_quoting_japanese_titles_stays_at_utc8() -> None:
    article = _extract(TAIWAN_ANIME, "https://www.acgnews-tw.com/news/2025/01/15/frieren-season2")
    assert article.published == datetime(2025, 1, 15, 18, 30, tzinfo=timezone(timedelta(hours=8)))


JAPANESE_PORTAL = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>大谷翔平、開幕戦で先頭打者本塁打 ドジャース快勝 | スポーツ速報</title>
</head><body>
<div class="header"><a href="/"><img src="/img/logo.png" alt="スポーツ速報" width="200"></a>
<ul class="nav"><li><a href="/baseball/">野球</a></li><li><a href="/soccer/">サッカー</a></li></ul></div>
<div class="article"><h1>大谷翔平、開幕戦で先頭打者本塁打 ドジャース快勝</h1>
<div class="meta">2025/03/18 11:30</div>
<p>ドジャースの大谷翔平選手が開幕戦の初回に先頭打者本塁打を放ち、チームの快勝に貢献した。試合後、大谷選手は「最高のスタートが
切れてよかった。チーム全員でつかんだ勝利だと思う」と話した。</p>
<p>監督も「彼はいつも期待に応えてくれる」とたたえ、次の試合への意気込みを語った。球場には多くの日本人ファンも詰めかけ、大きな
声援を送っていた。</p>
</div>
<div class="sidebar"><h3>ランキング</h3><ul><li><a href="/baseball/123">佐々木朗希が初登板へ</a></li></ul></div>
<div class="footer">© 2025 スポーツ速報</div>
</body></html>"""


def test_japanese_prose_stays_japan_time() -> None:
    article = _extract(JAPANESE_PORTAL, "https://www.sports-sokuho.example/baseball/20250318-ohtani")
    assert article.published == datetime(2025, 3, 18, 11, 30, tzinfo=timezone(timedelta(hours=9)))


ANNUAL_REPORT = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Geschäftsbericht 2023 der Stadtwerke – 31.12.2023</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head><body>
<header class="site-header"><a href="/"><img src="/logo.svg" alt="Stadtwerke Beispielstadt" width="180"></a>
<nav><a href="/privatkunden/">Privatkunden</a> <a href="/geschaeftskunden/">Geschäftskunden</a>
<a href="/unternehmen/">Unternehmen</a></nav></header>
<main><h1>Geschäftsbericht 2023: Stabile Versorgung in einem schwierigen Jahr</h1>
<p>Die Stadtwerke haben das Geschäftsjahr 2023 mit einem Jahresüberschuss von 4,2 Millionen Euro abgeschlossen. Trotz
gestiegener Beschaffungskosten blieben die Preise für Fernwärme und Wasser stabil, die Investitionen in das Stromnetz
erreichten einen Höchststand.</p>
<p>Mit dem Ausbau der Ladeinfrastruktur und der ersten Freiflächen-Photovoltaikanlage auf dem ehemaligen
Deponiegelände hat das Unternehmen zwei Vorhaben aus der Klimastrategie umgesetzt. Der vollständige Bericht steht
als PDF zum Download bereit.</p>
<p><a href="/media/geschaeftsbericht-2023.pdf">Geschäftsbericht 2023 (PDF, 6,1 MB)</a></p></main>
<aside><h3>Kontakt</h3><p>Unternehmenskommunikation, Tel. 01234 5678</p></aside>
<footer>© Stadtwerke Beispielstadt GmbH · <a href="/impressum/">Impressum</a></footer>
</body></html>"""


def test_title_closing_day_of_the_named_year_is_a_balance_sheet_day() -> None:
    article = _extract(
        ANNUAL_REPORT, "https://www.stadtwerke-beispielstadt.de/unternehmen/geschaeftsbericht/"
    )
    assert article.published is None


# --- a Blogger post's timestamp link: the footer's, not an update line's in the text ---------------------


def test_the_footer_timestamp_link_wins_over_an_update_link_in_the_text() -> None:
    from test_extract_unseen_dates6 import POST_URL, _blogger

    page = _blogger(f'<a class="timestamp-link" href="{POST_URL}" rel="bookmark">8:15</a>').replace(
        "<p>Warga berharap", f'<p>Update di <a href="{POST_URL}">14:30</a></p><p>Warga berharap'
    )
    article = extract_article(page, url=POST_URL, fetched_at=FETCHED)
    assert article.published == datetime(2024, 3, 7, 8, 15, tzinfo=timezone(timedelta(hours=7)))
