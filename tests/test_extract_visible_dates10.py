"""Visible publication dates on pages that offer only what a reader sees (#10, session 10).

Two rules, each with the pages where they must not fire:

1. WordPress `posted-on` pairs: Underscores-derived themes print `<time class="updated">` and `<time
   class="entry-date published">` side by side and hide one with CSS; GeneratePress and the child themes
   built on it write the update first. Without the `datetime`/`itemprop` attributes the date line read the
   update's day. Sites: GeneratePress regional news blogs (Indonesian `Februari 3, 2026` rows such as
   Priangan Timur outlets), GeneratePress English blogs, GP-based magazine child themes; the Underscores
   order (Twenty Seventeen, Neve, Kadence: published first) and hAtom's single `entry-date published
   updated` stamp (Blogger-era and older WordPress themes) must stay as they are.
2. A bare date (a day, no time) on a country-code domain west of Greenwich is that day in the country's
   zone, not midnight UTC (the evening before there): .com.br Hugo/WordPress blogs, .com.ar outlets, .us
   local sites. East of Greenwich (.com.au, .de) and on generic domains nothing changes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)

PARAGRAPHS = """
<p>Dua kapal nelayan tenggelam setelah dihantam ombak besar di perairan pantai timur, sementara seluruh awak
berhasil dievakuasi oleh tim gabungan yang tiba kurang dari satu jam setelah laporan pertama masuk.</p>
<p>Kepala pos pencarian dan pertolongan setempat mengatakan gelombang setinggi tiga meter datang tiba-tiba
ketika para nelayan sedang menarik jaring, dan perahu kedua terbalik saat mencoba menolong perahu pertama.</p>
<p>Warga diminta tidak melaut selama sepekan ke depan karena peringatan cuaca ekstrem masih berlaku untuk
seluruh perairan selatan, menurut keterangan resmi yang disampaikan pada rapat koordinasi sore harinya.</p>
"""

ENGLISH_PARAGRAPHS = """
<p>The county board voted on Tuesday night to keep the rural clinic open through the summer, after nurses
and residents filled the meeting room to argue that the nearest emergency department is an hour away.</p>
<p>Board members said the decision buys time to find a permanent operator, and that a grant application
filed in January would, if approved, cover staffing costs for at least two more years of service.</p>
<p>Residents who spoke at the meeting described long drives in winter, and one retired teacher said the
clinic had treated her husband twice for falls on icy steps outside their farmhouse last December.</p>
"""


def _page(
    *,
    lang: str,
    site: str,
    title: str,
    meta_row: str,
    paragraphs: str,
    related: str = "",
    comments: str = "",
) -> str:
    """A full article page without date metadata: head, nav, sidebar with dated posts, comments, footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<link rel="stylesheet" href="/wp-content/themes/generatepress/style.css">
</head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="inside-header">
<p class="main-title"><a href="/" rel="home">{site}</a></p>
<nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
<li><a href="/region/">Region</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</div></header>
<div class="site-content" id="content">
<div class="content-area"><main class="site-main">
<article class="post type-post status-publish format-standard"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{meta_row}</div></header>
<div class="entry-content">{paragraphs}</div>
<footer class="entry-meta"><span class="cat-links"><a href="/news/" rel="category tag">News</a></span></footer>
</div></article>
{comments}
</main></div>
<div class="widget-area sidebar is-right-sidebar"><div class="inside-right-sidebar">
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>
{related}
</ul></aside></div></div>
</div>
<footer class="site-info"><div class="inside-site-info"><div class="copyright-bar">
<span class="copyright">&copy; 2026 {site}</span></div></div></footer>
</body></html>"""


RELATED = """
<li><a href="/2026/02/jalan-desa-rusak/">Jalan desa rusak parah</a> <span class="post-date">Februari 1, 2026</span></li>
<li><a href="/2026/01/pasar-baru/">Pasar baru dibuka</a> <span class="post-date">Januari 30, 2026</span></li>
"""

COMMENTS = """
<div class="comments-area" id="comments"><h3 class="comments-title">2 thoughts on this</h3><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info">
<cite itemprop="name" class="fn">Asep</cite><div class="entry-meta comment-metadata"><a href="#comment-11">
<time>Februari 4, 2026 pada 9:14 pm</time></a></div></div></footer>
<div class="comment-content"><p>Semoga semua awak selamat.</p></div></article></li>
</ol></div>
"""


def _extract(html: str, url: str):
    return extract_article(html, url=url, fetched_at=FETCHED)


def test_generatepress_update_first_gives_the_published_stamp() -> None:
    """GeneratePress writes `time.updated` before `time.entry-date.published`; without the attributes the
    date line read the update's day (3 Feb) — the publication stamp beside it says 2 Feb."""
    row = (
        '<span class="posted-on"><time class="updated">Februari 3, 2026</time> '
        '<time class="entry-date published">Februari 2, 2026</time></span> '
        '<span class="byline">oleh <span class="author vcard"><a class="url fn n" href="/author/dewi/">'
        '<span class="author-name">Dewi Lestari</span></a></span></span>'
    )
    html = _page(
        lang="id-ID",
        site="Kabar Priangan",
        title="Dua kapal nelayan tenggelam dihantam ombak di pantai timur",
        meta_row=row,
        paragraphs=PARAGRAPHS,
        related=RELATED,
        comments=COMMENTS,
    )
    article = _extract(html, "https://kabarpriangan.example.id/dua-kapal-nelayan-tenggelam/")
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 2)


def test_generatepress_update_first_english_blog() -> None:
    """The same pair on an English GeneratePress blog (`posted-on`, update shown first)."""
    row = (
        '<span class="posted-on"><time class="updated">January 20, 2026</time>'
        '<time class="entry-date published">January 14, 2026</time></span> '
        '<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/kim/">'
        '<span class="author-name">Kim Alvarez</span></a></span></span>'
    )
    related = '<li><a href="/clinic-grant/">Clinic grant filed</a> <span class="post-date">January 9, 2026</span></li>'
    html = _page(
        lang="en-US",
        site="Prairie Notes",
        title="County keeps rural clinic open through summer",
        meta_row=row,
        paragraphs=ENGLISH_PARAGRAPHS,
        related=related,
    )
    article = _extract(html, "https://prairienotes.example.org/county-keeps-rural-clinic-open/")
    assert article.published is not None
    assert article.published.date() == date(2026, 1, 14)


def test_underscores_order_published_first_unchanged() -> None:
    """Twenty Seventeen, Neve, Kadence: the publication stamp comes first; the line is already right."""
    row = (
        '<span class="posted-on"><time class="entry-date published">January 14, 2026</time>'
        '<time class="updated">January 20, 2026</time></span>'
    )
    html = _page(
        lang="en-US",
        site="Prairie Notes",
        title="County keeps rural clinic open through summer",
        meta_row=row,
        paragraphs=ENGLISH_PARAGRAPHS,
    )
    article = _extract(html, "https://prairienotes.example.org/county-keeps-rural-clinic-open/")
    assert article.published is not None
    assert article.published.date() == date(2026, 1, 14)


def test_hatom_single_stamp_with_both_words_is_read_as_is() -> None:
    """hAtom themes put `published updated` on the one publication stamp: nothing to swap, and a
    `published` stamp in the sidebar's list is never taken for it."""
    row = '<span class="posted-on"><time class="entry-date published updated">January 14, 2026</time></span>'
    related = (
        '<li><a href="/clinic-grant/">Clinic grant filed</a> '
        '<time class="entry-date published">January 9, 2026</time></li>'
    )
    html = _page(
        lang="en-US",
        site="Prairie Notes",
        title="County keeps rural clinic open through summer",
        meta_row=row,
        paragraphs=ENGLISH_PARAGRAPHS,
        related=related,
    )
    article = _extract(html, "https://prairienotes.example.org/county-keeps-rural-clinic-open/")
    assert article.published is not None
    assert article.published.date() == date(2026, 1, 14)


def test_update_stamp_alone_is_not_replaced_by_a_related_post() -> None:
    """A row with only the update stamp (no `published` sibling): nothing else in the page (the sidebar's
    dated list, a comment's time) takes its place."""
    row = '<span class="posted-on"><time class="updated">Februari 3, 2026</time></span>'
    related = (
        '<li><a href="/2026/02/jalan-desa-rusak/">Jalan desa rusak parah</a> '
        '<time class="entry-date published">Februari 1, 2026</time></li>'
    )
    html = _page(
        lang="id-ID",
        site="Kabar Priangan",
        title="Dua kapal nelayan tenggelam dihantam ombak di pantai timur",
        meta_row=row,
        paragraphs=PARAGRAPHS,
        related=related,
        comments=COMMENTS,
    )
    article = _extract(html, "https://kabarpriangan.example.id/dua-kapal-nelayan-tenggelam/")
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 3)


def _brazil_page(row: str) -> str:
    return _page(
        lang="pt-BR",
        site="Plural Curitiba",
        title="Ônibus elétricos começam a rodar nas linhas interbairros",
        meta_row=row,
        paragraphs=ENGLISH_PARAGRAPHS,
        related='<li><a href="/posts/2026/01/tarifa/">Tarifa congelada</a> <span>28 de janeiro de 2026</span></li>',
    )


def test_bare_day_on_brazilian_domain_is_that_day_in_brasilia() -> None:
    """`30 de janeiro de 2026` on a .com.br blog: midnight UTC would be 29 Jan, 21:00 in Brasília."""
    html = _brazil_page('<span class="post-date">30 de janeiro de 2026</span>')
    article = _extract(html, "https://plural-curitiba.com.br/posts/onibus-eletricos-interbairros/")
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=-3)
    assert article.published.date() == date(2026, 1, 30)


def test_bare_day_on_argentine_domain() -> None:
    """The same on a .com.ar outlet (ART, UTC-3)."""
    html = _brazil_page('<span class="post-date">30 de enero de 2026</span>')
    article = _extract(html, "https://diariodelsur.com.ar/nota/colectivos-electricos/")
    assert article.published is not None
    assert article.published.astimezone(timezone(timedelta(hours=-3))).date() == date(2026, 1, 30)


def test_bare_day_east_of_greenwich_and_generic_domains_unchanged() -> None:
    """A .com.au or .de page's bare day stays midnight UTC (already that day there); a .com page has no
    country, and a shown time keeps its own handling."""
    for url in (
        "https://www.coastnews.com.au/2026/clinic-stays-open/",
        "https://www.landbote.de/artikel/klinik-bleibt-offen/",
        "https://prairienotes.example.com/clinic-stays-open/",
    ):
        html = _brazil_page('<span class="post-date">January 30, 2026</span>')
        article = _extract(html, url)
        assert article.published is not None, url
        assert article.published.utcoffset() == timedelta(0), url
        assert article.published.date() == date(2026, 1, 30), url


GERMAN_PARAGRAPHS = """
<p>Die Lage im Grenzgebiet bleibt angespannt: In der Nacht meldeten die Behörden erneut Angriffe auf mehrere
Ortschaften, die Zahl der Vertriebenen steigt nach Angaben der Vereinten Nationen weiter an.</p>
<p>Hilfsorganisationen fordern seit Wochen einen sicheren Korridor für Lieferungen von Wasser, Medikamenten
und Treibstoff, doch die Verhandlungen über eine Feuerpause kommen nur langsam voran.</p>
<p>Im Ticker halten wir Sie über die wichtigsten Entwicklungen auf dem Laufenden; ältere Einträge finden Sie
weiter unten auf dieser Seite, die neuesten stehen jeweils ganz oben.</p>
"""


def _dated_page(*, head: str, row: str, lang: str = "de-CH", paragraphs: str = GERMAN_PARAGRAPHS) -> str:
    """A full page with the given date metadata in <head> and the date row under the headline."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>Krieg in Nahost: die neuesten Entwicklungen | Zeitung</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Krieg in Nahost: die neuesten Entwicklungen">
{head}
</head><body>
<header class="header"><div class="header__date">Sonntag, 1. März 2026</div>
<nav><a href="/">Startseite</a> <a href="/international/">International</a> <a href="/schweiz/">Schweiz</a></nav>
</header>
<main><article class="article">
<h1 class="headline">Krieg in Nahost: die neuesten Entwicklungen</h1>
<div class="metainfo">{row}</div>
<div class="articlecomponent text">{paragraphs}</div>
</article>
<aside class="related"><h2>Mehr zum Thema</h2><ul>
<li><a href="/international/waffenruhe-ld.1823311">Gespräche über Waffenruhe</a> <span>15.07.2024</span></li>
<li><a href="/international/hilfsgueter-ld.1822007">Hilfsgüter erreichen Grenze</a> <span>09.07.2024</span></li>
</ul></aside>
<section class="comments"><h2>Kommentare</h2><div class="comment"><b>Leser A.</b> <span>19.07.2024, 08.15 Uhr</span>
<p>Danke für die laufende Berichterstattung.</p></div></section>
</main>
<footer><p>&copy; 2024 Zeitung AG</p><a href="/impressum">Impressum</a></footer>
</body></html>"""


TICKER_HEAD = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Krieg in Nahost: die neuesten Entwicklungen", "datePublished": "2023-10-07T09:53:36+02:00"}</script>
<meta name="date" content="2023-10-07T09:53:36+02:00">"""


def test_live_ticker_header_shows_last_entry_original_stamp_wins() -> None:
    """A ticker's header shows its latest entry (the `<time datetime>` of the last update) while JSON-LD
    and `meta date` agree on the day it opened (nzz.ch tickers; the same shape on tagesanzeiger.ch)."""
    row = '<time datetime="2024-07-18T09:08:27.012Z">18.07.2024, 11.08 Uhr</time>'
    article = _extract(
        _dated_page(head=TICKER_HEAD, row=row), "https://www.zeitung.ch/international/nahost-ld.1759794"
    )
    assert article.published is not None
    assert article.published.date() == date(2023, 10, 7)


def test_republished_evergreen_piece_keeps_its_original_date() -> None:
    """An evergreen piece shown again with a new day (`Le 19 février 2020`, a bare `datepublished` meta)
    while `article:published_time` and `dc:date.created` agree on 2017 (madame.lefigaro.fr)."""
    head = """<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">
<meta name="datepublished" content="2020-02-19">
<meta name="dc.date.created" content="2017-04-12">"""
    row = '<span class="author">Ophélie Ostermann</span> | <span>Le</span> 19 février 2020'
    french = GERMAN_PARAGRAPHS.replace("Die Lage", "La situation")
    article = _extract(
        _dated_page(head=head, row=row, lang="fr-FR", paragraphs=french),
        "https://madame.example.fr/bien-etre/quoi-manger-pour-aller-bien-110417-130897",
    )
    assert article.published is not None
    assert article.published.date() == date(2017, 4, 12)


def test_later_shown_day_no_stamp_knows_keeps_winning() -> None:
    """Stale creation stamps in metadata (two agreeing) and a later shown day that no machine stamp carries:
    the shown day is the publication (ad-magazin.de, deutscheweine.de)."""
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article",
"datePublished": "2021-11-22T18:42:22.455+01:00"}</script>
<meta property="article:published_time" content="2021-11-22T17:42:22.455Z">"""
    html = _dated_page(head=head, row='<span class="date">27.01.2022</span>')
    article = _extract(html, "https://www.weine.example.de/news/")
    assert article.published is not None
    assert article.published.date() == date(2022, 1, 27)


def test_shown_day_close_to_metadata_or_unseconded_is_unchanged() -> None:
    """A shown day within a month of the stamps (a correction, a late release) or a top stamp no second
    stamp backs: the line's day stands."""
    near = TICKER_HEAD.replace("2023-10-07T09:53:36", "2024-07-01T09:53:36")
    row = '<time datetime="2024-07-18T09:08:27.012Z">18.07.2024, 11.08 Uhr</time>'
    article = _extract(
        _dated_page(head=near, row=row), "https://www.zeitung.ch/international/nahost-ld.1759794"
    )
    assert article.published is not None
    assert article.published.date() == date(2024, 7, 18)
    alone = TICKER_HEAD.split("<meta")[0]
    article = _extract(
        _dated_page(head=alone, row=row), "https://www.zeitung.ch/international/nahost-ld.1759794"
    )
    assert article.published is not None
    assert article.published.date() == date(2024, 7, 18)


def test_top_bar_today_date_is_not_the_article_date() -> None:
    """Today's date in the site's top bar (JNews `jeg_top_date`, tagDiv `td_data_time`, Jannah `today-date`)
    with a date class, a short menu away from the headline: the unclassed row under the headline is the
    article's date."""
    row = "<span>Von Anna Muster</span> · <span>12.02.2026</span>"
    html = _dated_page(head="", row=row)
    article = _extract(html, "https://www.zeitung.example.ch/international/grenzgebiet-lage")
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 12)


def test_date_above_headline_in_the_headlines_own_header_still_counts() -> None:
    """A `<header>` that holds the headline is the article's own (a kicker row with the date above the
    `<h1>`, no `<article>` element): its date is not a top bar's."""
    html = (
        _dated_page(head="", row="")
        .replace(
            '<h1 class="headline">',
            '<header class="story-head"><p class="kicker"><span class="date">12.02.2026</span> · International</p>'
            '<h1 class="headline">',
        )
        .replace('<div class="metainfo"></div>', '</header><div class="metainfo"></div>')
    )
    html = html.replace("<main><article", "<main><div").replace("</article>", "</div>")
    article = _extract(html, "https://www.zeitung.example.ch/international/grenzgebiet-lage")
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 12)


def _blogger_page(*, lang: str, url: str, day_header: str, footer: str, extra: str = "") -> str:
    """Blogger's classic template without metadata: the day in `h2.date-header` above the post, the time in
    the post footer as a link to the post itself, after the language's word for `at`."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Kent Gündemi: Porsuk kıyısına yeni yürüyüş yolu</title>
<meta name="viewport" content="width=device-width,initial-scale=1.0"></head>
<body><div class="outer-wrapper"><div class="header-outer"><div class="header section" id="header">
<h1 class="title"><a href="https://kentgundemi.blogspot.com/">Kent Gündemi</a></h1>
<p class="description">Şehirden haberler</p></div></div>
<div class="main-inner"><div class="main section" id="main"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{day_header}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Porsuk kıyısına yeni yürüyüş yolu</h3>
<div class="post-header"></div>
<div class="post-body entry-content">
<p>Belediye, Porsuk Çayı kıyısında iki kilometrelik yeni bir yürüyüş ve bisiklet yolunun yapımına başladı;
çalışmaların yaz başına kadar tamamlanması ve yolun gece de aydınlatılması planlanıyor.</p>
<p>Proje kapsamında kıyı boyunca yeni oturma alanları, çocuk oyun parkları ve bir seyir terası yapılacak;
belediye başkanı projenin şehrin yeşil alanlarını önemli ölçüde artıracağını söyledi.</p>
{extra}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">{footer}</div></div>
</div></div></div></div>
<div class="comments" id="comments"><h4>2 yorum:</h4><dl id="comments-block">
<dt class="comment-author">Ayşe <a href="{url}?showComment=1772050000000#c1">26 Şubat 2026 09:12</a></dt>
<dd class="comment-body"><p>Çok güzel bir haber.</p></dd></dl></div>
</div></div></div>
<div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive"><h2>Blog Arşivi</h2>
<ul><li><a href="https://kentgundemi.blogspot.com/2026/02/">Şubat 2026</a> (12)</li>
<li><a href="https://kentgundemi.blogspot.com/2026/01/">Ocak 2026</a> (9)</li></ul></div></div>
<div class="footer-outer"><p>&copy; 2026 Kent Gündemi. Blogger tarafından desteklenmektedir.</p></div>
</div></body></html>"""


BLOGGER_URL = "https://kentgundemi.blogspot.com/2026/02/porsuk-kiyisina-yeni-yuruyus-yolu.html"


def test_blogger_footer_time_in_other_languages() -> None:
    """Blogger's footer `at` in Turkish (`Gönderen X zaman:`), Vietnamese (`Đăng bởi X lúc`), Japanese
    (`投稿者 X 時刻:`) and Polish (`Opublikowane przez X o`): the self-link's time is the post's time
    (eskisehir/izmir Blogger outlets, Vietnamese and Japanese Blogger news blogs, Polish local blogs)."""
    cases = [
        ("tr", "25 Şubat 2026 Çarşamba", "Gönderen Mehmet Yılmaz zaman:", timedelta(hours=3)),
        ("vi", "Thứ Tư, 25 tháng 2, 2026", "Đăng bởi Nguyễn Văn An lúc", timedelta(hours=7)),
        ("ja", "2026年2月25日水曜日", "投稿者 山田太郎 時刻:", timedelta(hours=9)),
        ("pl", "środa, 25 lutego 2026", "Opublikowane przez Jan Kowalski o", timedelta(hours=1)),
    ]
    for lang, header, label, offset in cases:
        footer = (
            f'<span class="post-author vcard">{label.rsplit(" ", 1)[0]}</span> '
            f'<span class="post-timestamp">{label.rsplit(" ", 1)[1]} '
            f'<a class="timestamp-link" href="{BLOGGER_URL}" rel="bookmark" title="permanent link">21:15</a></span>'
        )
        article = _extract(
            _blogger_page(lang=lang, url=BLOGGER_URL, day_header=header, footer=footer), BLOGGER_URL
        )
        assert article.published is not None, lang
        assert (article.published.hour, article.published.minute) == (21, 15), lang
        assert article.published.utcoffset() == offset, lang


def test_blogger_self_link_duration_is_no_time() -> None:
    """A video's duration linked to the post itself (`Süre: 3:45`) is no time of day, and a comment's
    permalink (`?showComment=`) never dates the post: the day stays bare."""
    extra = f'<p>Tanıtım videosu <span>Süre:</span> <a href="{BLOGGER_URL}">3:45</a></p>'
    footer = '<span class="post-author vcard">Gönderen Mehmet Yılmaz</span>'
    html = _blogger_page(
        lang="tr", url=BLOGGER_URL, day_header="25 Şubat 2026 Çarşamba", footer=footer, extra=extra
    )
    article = _extract(html, BLOGGER_URL)
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 25)
    assert (article.published.hour, article.published.minute) == (0, 0)


def test_vietnamese_day_month_year() -> None:
    """`25 tháng 2, 2026` (Blogger vi, WordPress vi_VN `j F, Y`) and `ngày 25 tháng 2 năm 2026`; a month
    without its day or a day without its year is no date."""
    from telisik.extract.dates import search_date

    for text, want in (
        ("Thứ Tư, 25 tháng 2, 2026", date(2026, 2, 25)),
        ("Cập nhật ngày 3 Tháng 11 năm 2025 lúc 08:30", date(2025, 11, 3)),
    ):
        parsed = search_date(text)
        assert parsed is not None and parsed.value.date() == want, text
    assert search_date("tháng 2 năm 2026") is None
    assert search_date("trong 25 tháng 2 vừa qua") is None


def _plain_page(body: str) -> str:
    """A page as an unseen outlet with no metadata and meaningless class names serves it: structure only."""
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Horror-Fund: Instagram-Star tot aufgefunden | Magazin</title>
</head><body>
<div class="x1a"><div class="x2b"><a href="/">Magazin</a></div>
<ul class="x3c"><li><a href="/people/">People</a></li><li><a href="/royals/">Royals</a></li>
<li><a href="/tv/">TV</a></li></ul></div>
<div class="x4d"><div class="x5e">
<h1 class="x6f">Horror-Fund: Instagram-Star tot aufgefunden</h1>
{body}
</div>
<div class="x7a"><div class="x8b">Mehr aus People</div><ul>
<li><a href="/people/a-123.html">Sängerin sagt Tour ab</a></li>
<li><a href="/people/b-124.html">Schauspieler heiratet heimlich</a></li></ul></div>
</div>
<div class="x9c"><p>&copy; 2019 Magazin Verlag</p><a href="/impressum">Impressum</a></div>
</body></html>"""


PLAIN_TEXT = """
<p>Die Polizei in Las Vegas hat die Leiche einer jungen Frau gefunden, die seit Wochen vermisst wurde; die
Ermittler gehen von einem Gewaltverbrechen aus und haben einen Verdächtigen festgenommen.</p>
<p>Freunde beschreiben die 24-Jährige als lebensfroh, auf ihrem Profil teilte sie Bilder von Reisen und
Auftritten, die zuletzt Zehntausende Menschen verfolgt hatten.</p>
"""

INSTAGRAM_EMBED = """
<div class="q1"><blockquote class="x0z" data-instgrm-version="12"><div class="q2"><div class="q3">
<a href="https://www.instagram.com/p/BwiVvR9lD0m/" target="_blank">Diesen Beitrag auf Instagram ansehen</a></div>
<p class="q4"><a href="https://www.instagram.com/p/BwiVvR9lD0m/" target="_blank">Ein Beitrag geteilt von Esmeralda
(@esmeralda)</a> am <time>Apr 21, 2019 um 4:47 PDT</time></p></div></blockquote></div>
"""


def test_embedded_post_date_is_not_the_articles() -> None:
    """Without metadata or class names, the fallbacks read dates anywhere: an Instagram embed's `<time>` (the
    post's day, ok-magazin.de and every site pasting Instagram's embed code) and quoted customer reviews
    (parallels.com, zooroyal.de testimonials in `<blockquote>`) are not the article's; the short dated line
    under a long text (beyond the headline's date-line window) is."""
    body = (
        PLAIN_TEXT
        + INSTAGRAM_EMBED
        + PLAIN_TEXT.replace("Die Polizei", "Die Staatsanwaltschaft") * 20
        + '<p>Von Ulrike Kaspar</p><p><span class="zz9">18.10.2019 16:06 Uhr</span></p>'
    )
    article = _extract(_plain_page(body), "https://www.magazin.example.de/people/horror-fund-62276.html")
    assert article.published is not None
    assert article.published.date() == date(2019, 10, 18)


def test_quoted_review_dates_give_no_date() -> None:
    """A product page whose only dates are in quoted reviews: no publication date rather than a reviewer's."""
    reviews = (
        '<blockquote><p>"Läuft stabil auf meinem Laptop."</p><p>Georg N. am 10.4.2020</p></blockquote>'
        '<blockquote><p>"Schnelle Lieferung."</p><p><time>16. Mai 2018</time></p></blockquote>'
    )
    article = _extract(
        _plain_page(PLAIN_TEXT + reviews), "https://www.magazin.example.de/shop/stall-123.html"
    )
    assert article.published is None


def _hashed(html: str) -> str:
    """Class names replaced by meaningless tokens, as CSS-module and utility-class sites serve them."""
    import re

    return re.sub(r'class="([^"]*)"', lambda m: 'class="h' + str(abs(hash(m.group(1))) % 10**6) + '"', html)


GP_COMMENTS = """
<div class="comments-area"><h3>2 thoughts on this</h3><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info">
<cite class="fn">Asep</cite><div class="entry-meta comment-metadata"><a href="#comment-11">
<time>Februari 4, 2026 pada 9:14 pm</time></a></div></div></footer>
<div class="comment-content"><p>Semoga semua awak kapal selamat dan segera pulih.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info">
<cite class="fn">Budi</cite><div class="entry-meta comment-metadata"><a href="#comment-12">
<time>Februari 5, 2026 pada 7:02 am</time></a></div></div></footer>
<div class="comment-content"><p>Turut prihatin untuk para nelayan dan keluarganya.</p></div></article></li>
</ol></div>
"""


def test_deep_comment_markup_dates_nothing_without_class_names() -> None:
    """GeneratePress (6 levels from the comment's `<time>` to its `li`) and Astra (7) nest deeper than the
    WordPress default (5): with meaningless class names, a comment's date must not become the article's when
    the article's own date is not readable (a day/month/year badge split over three spans)."""
    row = '<div class="post-date"><span class="d">03</span><span class="m">Feb</span><span class="y">2026</span></div>'
    html = _page(
        lang="id-ID",
        site="Kabar Priangan",
        title="Dua kapal nelayan tenggelam dihantam ombak di pantai timur",
        meta_row=row,
        paragraphs=PARAGRAPHS,
        comments=GP_COMMENTS,
    )
    article = _extract(_hashed(html), "https://kabarpriangan.example.id/dua-kapal-nelayan-tenggelam/")
    assert article.published is None or article.published.date() not in (date(2026, 2, 4), date(2026, 2, 5))
