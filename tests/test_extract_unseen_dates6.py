"""Publication dates a reader sees on pages without (useful) metadata (#10, dates, session 8).

Measured on the tuning pages as served and in the no-metadata variant of `benchmarks/perturbed_pages.py`;
each rule reads what a reader sees. Every shape is served as a complete page (head, navigation, sidebar,
comments, footer):

- A reference to a paper by its DOI (`In: Science; Vol. 371, pp. 260 - 264, 15. Januar 2021, DOI
  10.1126/...`, `Published in Nature on 12 March 2024. DOI: 10.1038/...`) dates the paper: the source lines
  of science desks (internetchemie.info, phys.org, ScienceDaily, EurekAlert!, scinexx) are no date line of
  the article. The page's own `Aktualisiert am` line, or the date under the headline, dates it.
- A page that declares no language gets the zone its writing system tells: a Japanese portal serving a bare
  `<html>` without zoned metadata (nikkan-gendai.com) shows `2025/01/31 11:30` in Japan time, not UTC; Chinese
  characters without kana are written at UTC+8 (mainland China, Taiwan, Hong Kong, Singapore). A Latin page
  quoting a Japanese name stays as it was (guard).
- A Blogger post shows its day above the post (`h2.date-header`) and its time in the footer as a link to the
  post itself (`Diposting oleh X di <a href=POST>8:15</a>`, `Posted by X at 8:15 PM`: sibenlab.blogspot.com
  and the Blogger outlets of the Indonesian page set); the time completes the day, with the zone of the
  hAtom stamp the link holds. A comment's permalink (`?showComment=...#c...`), the timestamp links of other
  posts and a video's duration linking to the post give no time (guards).
- The meta bar between the standfirst and the text, in a box named like a widget (watson.ch's share bar
  `19.10.19, 18:56`, alpin.de's `aside.meta`): a date after one run of text dates the page when the body's
  text follows it; after a short story's only text it is a sidebar's (guard).
- The date a page's `<title>` ends in, after a separator (`... – DW – 13.06.2023`: Deutsche Welle;
  `... : 31.10.2023, 10.19 Uhr`: nnz-online.de), dates a page that shows none; a range's end or a date
  inside the title's words does not (guards).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 1, 10, 12, 0, tzinfo=timezone.utc)


def _offset(value: datetime | None) -> timedelta | None:
    return value.utcoffset() if value is not None else None


# --- DOI references ------------------------------------------------------------------------------------

SCIENCE_NEWS = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Heliumkerne in Zinn-Atomen entdeckt - Chemie-News</title>
<link rel="stylesheet" href="/css/site.css"></head>
<body><div id="kopf"><a href="/"><img src="/logo.png" alt="Chemie-News" width="220"></a>
<ul class="navi"><li><a href="/news/">News</a></li><li><a href="/lexikon/">Lexikon</a></li>
<li><a href="/kontakt.php">Kontakt</a></li></ul></div>
<div id="inhalt"><h1>Heliumkerne in Zinn-Atomen entdeckt</h1>
<p>Ein internationales Forschungsteam hat an der Oberfläche schwerer Zinnkerne Alpha-Teilchen nachgewiesen,
die sich dort als eigenständige Cluster aus zwei Protonen und zwei Neutronen bilden. Das stützt ein Modell,
das bisher nur für leichte Kerne galt.</p>
<p>Die Messungen am Forschungszentrum RIKEN zeigen, dass die Wahrscheinlichkeit für solche Cluster mit der Zahl
der Neutronen sinkt. Das hat Folgen für die Beschreibung von Neutronensternen, deren Kruste ähnlich aufgebaut
sein dürfte.</p>
<p><b>Originalveröffentlichungen:</b></p>
<p><b>J. Tanaka et al.: <a href="https://doi.org/10.1126/science.abe4688">Formation of α clusters in dilute
neutron-rich matter</a>.</b><br>In: <i>Science</i>; Vol. 371, Issue 6526, pp. 260 - 264, 15. Januar 2021, DOI
10.1126/science.abe4688</p>
<p><b>S. Typel: <a href="https://doi.org/10.1126/science.abf2427">From nuclear clusters to neutron
stars</a>.</b><br>In: <i>Science</i>; Vol. 371, Issue 6526, pp. 232, 15. Januar 2021, DOI
10.1126/science.abf2427</p>
<p><b>Aktualisiert am </b>17.01.2021.</p>
<p id="permalink"><b>Permalink</b>: https://www.chemie-news.example/news/2021/jan21/heliumkerne.php</p></div>
<div id="rand"><h3>Weitere News</h3><ul><li><a href="/news/2021/jan21/graphen.php">Graphen als Filter</a></li>
<li><a href="/news/2021/jan21/katalyse.php">Katalyse mit Licht</a></li></ul></div>
<div id="fuss">© 2021 Chemie-News · <a href="/impressum.php">Impressum</a></div></body></html>"""


def test_a_doi_reference_line_dates_the_paper_not_the_article() -> None:
    article = extract_article(
        SCIENCE_NEWS,
        url="https://www.chemie-news.example/news/2021/jan21/heliumkerne.php",
        fetched_at=FETCHED,
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2021-01-17"  # not the paper's 15 January


PRESS_RELEASE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Coral larvae follow the sound of healthy reefs | Ocean Lab</title>
</head><body>
<header class="site-head"><a href="/">Ocean Lab</a><nav><a href="/news">News</a> <a href="/people">People</a>
<a href="/about">About</a></nav></header>
<main><article><h1>Coral larvae follow the sound of healthy reefs</h1>
<p>Larvae of reef-building corals swim towards recordings of healthy reefs and settle there more often than
near quiet, degraded reefs, a field study off the coast of Sulawesi has found. The effect held for three of
the four species tested.</p>
<p>The team placed underwater speakers on patches of rubble and counted the larvae that settled on tiles around
them over two spawning seasons. Playback doubled settlement on the noisiest patches.</p>
<p>"Sound may help restoration projects get corals to where they are needed," the lead author said.</p>
<p class="ref">Published in Nature Ecology &amp; Evolution on 12 March 2024. DOI: 10.1038/s41559-024-02345-6</p>
<p class="src">Source: Ocean Lab, University of Example. 19 March 2024</p>
</article></main>
<aside><h3>Latest</h3><ul><li><a href="/news/seagrass">Seagrass meadows store more carbon</a></li>
<li><a href="/news/turtles">Turtle hatchlings and beach lights</a></li></ul></aside>
<footer>© 2024 Ocean Lab · <a href="/privacy">Privacy</a></footer></body></html>"""


def test_the_line_after_a_doi_reference_dates_the_release() -> None:
    article = extract_article(
        PRESS_RELEASE, url="https://oceanlab.example/news/coral-larvae", fetched_at=FETCHED
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-03-19"  # not the paper's 12 March


# --- the writing system's zone ---------------------------------------------------------------------------

JAPANESE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>フジテレビ問題でスポーツ界にも激震　協賛企業の撤退で競技団体のビジネスモデルが崩壊へ｜日刊スポーツ通信</title>
</head><body>
<div class="hd"><a href="/"><img src="/logo.svg" alt="日刊スポーツ通信" width="200"></a>
<ul class="gnav"><li><a href="/news">ニュース</a></li><li><a href="/sports">スポーツ</a></li>
<li><a href="/geino">芸能</a></li></ul></div>
<div class="main"><h1>フジテレビ問題でスポーツ界にも激震　協賛企業の撤退で競技団体のビジネスモデルが崩壊へ</h1>
<p class="dt">2025/01/31 11:30</p>
<p>フジテレビをめぐる問題で、スポンサー企業が相次いでＣＭの差し止めを決めた。その影響はスポーツ界にも広がり、
各競技団体は放映権料と協賛金に頼ってきた収入の見直しを迫られている。</p>
<p>ある団体の関係者は「大会の中継が減れば、協賛企業も離れていく。これまでのやり方では立ち行かなくなる」と話す。
来季の予算編成を前に、各団体は新たな収入源を探している。</p></div>
<div class="side"><h3>アクセスランキング</h3><ol><li><a href="/articles/1">大谷翔平、キャンプ地に到着</a></li>
<li><a href="/articles/2">箱根駅伝の視聴率が過去最高</a></li></ol></div>
<div class="ft">Copyright © 2025 日刊スポーツ通信 All rights reserved.</div></body></html>"""


def test_a_japanese_page_without_lang_shows_japan_time() -> None:
    article = extract_article(JAPANESE, url="https://www.sports-tsushin.example/articles/view/367061")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2025, 1, 31, 11, 30)
    assert _offset(article.published) == timedelta(hours=9)


CHINESE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>台北捷運環狀線北環段動工　預計二〇三一年通車 - 城市新聞網</title></head><body>
<div class="top"><a href="/">城市新聞網</a><ul><li><a href="/city">城市</a></li><li><a href="/life">生活</a></li></ul></div>
<div class="content"><h1>台北捷運環狀線北環段動工　預計二〇三一年通車</h1>
<div class="info">2025-03-18 09:45</div>
<p>台北捷運環狀線北環段今天舉行動工典禮，全線長約十五公里，設置十四座車站，預計二〇三一年完工通車，
屆時將連接淡水信義線與板南線，縮短新北市民前往市中心的時間。</p>
<p>市府表示，工程期間將分段實施交通管制，並在各工區設置隔音牆，減少對周邊居民的影響。</p></div>
<div class="rank"><h3>熱門新聞</h3><ul><li><a href="/a/1">颱風季提前來臨</a></li><li><a href="/a/2">夜市美食地圖</a></li></ul></div>
<div class="foot">© 2025 城市新聞網</div></body></html>"""


def test_a_chinese_page_without_lang_is_at_utc_plus_eight() -> None:
    article = extract_article(CHINESE, url="https://news.city.example/a/20250318-mrt")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2025, 3, 18, 9, 45)
    assert _offset(article.published) == timedelta(hours=8)


LATIN_QUOTING_JAPANESE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>A night at the Kabuki-za - Travel Notes</title></head><body>
<div class="top"><a href="/">Travel Notes</a> <a href="/asia">Asia</a> <a href="/about">About</a></div>
<div class="post"><h1>A night at the Kabuki-za</h1><div class="when">2025-01-31 11:30</div>
<p>The theatre's sign reads 歌舞伎座 in gold, and the queue for single-act tickets starts two hours before the
curtain. We waited with a group of students from Osaka and a retired couple from Lyon who come every year.</p>
<p>The programme changes every month; the evening show we saw ran for nearly four hours with two intervals,
and the bento sold in the lobby is worth the price.</p></div>
<div class="foot">© 2025 Travel Notes</div></body></html>"""


def test_a_latin_page_quoting_japanese_keeps_its_zone() -> None:
    article = extract_article(LATIN_QUOTING_JAPANESE, url="https://travelnotes.example/kabuki-za")
    assert article.published is not None
    assert _offset(article.published) == timedelta(0)  # nothing tells its zone: as before


# --- Blogger's timestamp link ----------------------------------------------------------------------------

POST_URL = "https://www.suaragarut-contoh.web.id/2024/03/warga-keluhkan-jalan-rusak.html"


def _blogger(footer_time: str, comments: str = "", url: str = POST_URL, video: str = "") -> str:
    return f"""<!DOCTYPE html>
<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b">
<head><meta charset="utf-8"><title>Suara Garut: Warga Keluhkan Jalan Rusak, Dinas PU Janji Perbaiki Bulan Ini</title>
<link href="https://www.blogger.com/static/v1/widgets/widget_css_bundle.css" rel="stylesheet" type="text/css">
</head><body>
<div class="header-outer"><div class="Header"><h1 class="title"><a href="https://www.suaragarut-contoh.web.id/">Suara
Garut</a></h1><p class="description">Kabar dari Garut dan sekitarnya</p></div></div>
<div class="tabs-outer"><ul><li><a href="/">Beranda</a></li><li><a href="/search/label/Garut">Garut</a></li>
<li><a href="/search/label/Olahraga">Olahraga</a></li></ul></div>
<div class="main-outer"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Kamis, 07 Maret 2024</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Warga Keluhkan Jalan Rusak, Dinas PU Janji Perbaiki Bulan Ini</h3>
<div class="post-body entry-content">{video}
<p>GARUT - Warga Desa Sukamulya, Kecamatan Cibatu, mengeluhkan kondisi jalan kabupaten yang rusak parah sejak
musim hujan. Lubang sedalam lebih dari dua puluh sentimeter membuat pengendara motor sering terjatuh.</p>
<p>Kepala Dinas Pekerjaan Umum Kabupaten Garut mengatakan perbaikan akan dimulai pekan depan setelah proses
lelang selesai. Anggaran yang disiapkan mencapai Rp 1,2 miliar dari APBD tahun ini.</p>
<p>Warga berharap perbaikan tidak hanya menambal lubang, tetapi juga memperbaiki saluran air di sisi jalan.</p>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Diposting oleh <span class="fn"><a href="https://www.blogger.com/profile/0123"
rel="author">Redaksi Suara Garut</a></span></span>
<span class="post-timestamp">di {footer_time}</span>
<span class="post-comment-link"><a class="comment-link" href="{url}#comment-form">2 komentar:</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Label: <a href="/search/label/Garut"
rel="tag">Garut</a></span></div></div></div>
{comments}
</div></div></div></div></div></div>
<div class="sidebar-outer"><div class="widget PopularPosts"><h2>Postingan Populer</h2><ul>
<li><a href="https://www.suaragarut-contoh.web.id/2024/03/pasar-baru.html">Pasar Baru Dibuka Kembali</a></li>
<li><a href="https://www.suaragarut-contoh.web.id/2024/02/banjir-cimanuk.html">Banjir Cimanuk Surut</a></li>
</ul></div></div>
<div class="footer-outer"><p>Tema Sederhana. Diberdayakan oleh <a href="https://www.blogger.com">Blogger</a>.</p></div>
</body></html>"""


def test_a_blogger_post_takes_its_time_from_the_timestamp_link() -> None:
    link = (
        f'<a class="timestamp-link" href="{POST_URL}" rel="bookmark" title="permanent link">'
        '<abbr class="published" title="2024-03-07T08:15:00+07:00">8:15</abbr></a>'
    )
    article = extract_article(_blogger(link), url=POST_URL, fetched_at=FETCHED)
    assert article.published == datetime(2024, 3, 7, 8, 15, tzinfo=timezone(timedelta(hours=7)))


def test_a_classic_blogger_footer_time_without_stamp_completes_the_day() -> None:
    link = f'<a class="timestamp-link" href="{POST_URL}" title="permanent link">8:15 PM</a>'
    article = extract_article(_blogger(link), url=POST_URL, fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2024, 3, 7, 20, 15)
    assert _offset(article.published) == timedelta(hours=7)  # an Indonesian page: WIB


COMMENTS = f"""<div class="comments" id="comments"><h4>2 komentar:</h4><dl id="comments-block">
<dt class="comment-author"><a name="c101"></a><a href="https://www.blogger.com/profile/77">Asep</a> mengatakan...</dt>
<dd class="comment-body"><p>Jalan di Cibatu memang sudah lama rusak, semoga cepat diperbaiki.</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="{POST_URL}?showComment=1709802000000#c101"
title="comment permalink">9:40</a></span></dd>
<dt class="comment-author"><a name="c102"></a><a href="https://www.blogger.com/profile/78">Euis</a> mengatakan...</dt>
<dd class="comment-body"><p>Saluran airnya juga harus dibenahi.</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="{POST_URL}#c102"
title="comment permalink">10:05</a></span></dd></dl></div>"""


def test_a_comment_permalink_time_is_not_the_posts() -> None:
    article = extract_article(_blogger("", COMMENTS), url=POST_URL, fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-03-07"
    assert (article.published.hour, article.published.minute) == (0, 0)  # the day only


def test_another_posts_timestamp_link_gives_no_time() -> None:
    link = (
        '<a class="timestamp-link" href="https://www.suaragarut-contoh.web.id/2024/03/pasar-baru.html" '
        'rel="bookmark">8:15</a>'
    )
    article = extract_article(_blogger(link), url=POST_URL, fetched_at=FETCHED)
    assert article.published is not None
    assert (article.published.hour, article.published.minute) == (0, 0)


# --- the meta bar between the standfirst and the text ------------------------------------------------------


def _magazine(meta_bar: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Sazerac: alles über den Cocktail-Klassiker - Drinks</title>
</head><body>
<div class="xa1"><a href="/"><img src="/logo.svg" alt="Drinks" width="160"></a>
<ul class="xa2"><li><a href="/leben">Leben</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/digital">Digital</a></li></ul></div>
<div class="xb1"><h1>Sazerac: alles über den Cocktail-Klassiker aus New Orleans</h1>
<div class="xb2"><img src="/img/sazerac.jpg" alt="" width="800"><p class="xb3">Bild: shutterstock</p></div>
<p class="xb4">Und weiter geht's mit einer neuen Folge unserer Cocktail-Klassiker! Heute ein Drink aus New Orleans,
der mit Roggenwhiskey, Absinth und einem Zuckerwürfel auskommt und trotzdem nach viel mehr schmeckt.</p>
<div class="xc1"><div class="widget xc2"><a class="xc3" href="https://www.facebook.com/sharer">Teilen</a>
<a class="xc3" href="https://twitter.com/intent/tweet">Twittern</a>{meta_bar}</div></div>
{body}</div>
<div class="xd1"><h3>Meistgelesen</h3><ul><li><a href="/leben/negroni">Der perfekte Negroni</a></li>
<li><a href="/leben/gin">Gin ohne Tonic</a></li></ul></div>
<div class="xe1">© 2019 Drinks AG · <a href="/impressum">Impressum</a></div></body></html>"""


STORY_BODY = """<p>Der Sazerac gilt als einer der ältesten Cocktails der Vereinigten Staaten. Ein Apotheker in New Orleans
soll ihn in den 1830er-Jahren erfunden haben, damals noch mit Cognac statt mit Roggenwhiskey als Grundlage.</p>
<p>Für einen Drink braucht man ein Glas, das mit Absinth ausgeschwenkt wird, einen Zuckerwürfel, ein paar
Spritzer Peychaud's Bitters und sechs Zentiliter Rye. Alles wird auf Eis verrührt und ohne Eis serviert.</p>
<p>Zum Schluss kommt eine Zitronenzeste über das Glas, die aber nicht im Drink landet.</p>"""


def test_the_date_in_the_meta_bar_under_the_standfirst_dates_a_page_without_metadata() -> None:
    page = _magazine('<div class="xc4">19.10.19, 18:56</div>', STORY_BODY)
    article = extract_article(page, url="https://drinks.example/leben/453207266-sazerac", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2019, 10, 19, 18, 56)


def test_a_date_after_the_only_text_is_no_meta_bar() -> None:
    # The standfirst is the whole story: the box after it is a sidebar's, whatever it shows.
    page = _magazine('<div class="xc4">19.10.19, 18:56</div>', "")
    article = extract_article(page, url="https://drinks.example/leben/453207266-sazerac", fetched_at=FETCHED)
    assert article.published is None


def test_a_videos_duration_linking_to_the_post_is_no_time_of_day() -> None:
    video = (
        f'<div class="video-embed"><a href="{POST_URL}"><img src="https://i.ytimg.example/vi/x/hq.jpg" '
        'width="640" alt=""><span>3:45</span></a></div>'
    )
    article = extract_article(_blogger("", video=video), url=POST_URL, fetched_at=FETCHED)
    assert article.published is not None
    assert (article.published.hour, article.published.minute) == (0, 0)


# --- the date the title ends in ----------------------------------------------------------------------------


def _broadcaster(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="k1"><a href="/de"><img src="/logo.svg" alt="Sender" width="120"></a>
<ul class="k2"><li><a href="/de/themen">Themen</a></li><li><a href="/de/wissen">Wissen</a></li>
<li><a href="/de/live">Live TV</a></li></ul></div>
<div class="k3"><h1>Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir?</h1>
<p>Manche Menschen leiden nach einer Corona-Impfung unter Beschwerden, die denen von Long COVID ähneln. Wie häufig
das vorkommt und wie man es behandeln kann, ist noch wenig erforscht. Ein Überblick über den Stand der Forschung.</p>
<p>Erschöpfung, Herzrasen, Konzentrationsstörungen: Die Liste der Symptome ist lang. Fachleute sprechen vom
Post-Vac-Syndrom, wenn sie nach einer Impfung auftreten und über Wochen anhalten.</p>
<p>Die Zahl der gemeldeten Verdachtsfälle ist im Verhältnis zu den verabreichten Impfdosen sehr gering.</p></div>
<div class="k4"><h3>Mehr zum Thema</h3><ul><li><a href="/de/long-covid/a-1">Long COVID: Was hilft?</a></li>
<li><a href="/de/impfung/a-2">Impfstoffe im Vergleich</a></li></ul></div>
<div class="k5">© 2023 Sender · <a href="/de/impressum">Impressum</a></div></body></html>"""


def test_the_date_the_title_ends_in_dates_a_page_that_shows_none() -> None:
    page = _broadcaster("Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir? – DW – 13.06.2023")
    article = extract_article(page, url="https://www.sender.example/de/post-vac-syndrom/a-65897191")
    assert article.published is not None
    assert article.published.date().isoformat() == "2023-06-13"


def test_a_date_range_or_a_date_inside_the_title_is_no_title_date() -> None:
    for title in ("Wochenbericht 14. - 20. Januar 2022", "Was geschah am 5. Mai 2020 – Chronik"):
        article = extract_article(_broadcaster(title), url="https://www.sender.example/de/bericht/a-1")
        assert article.published is None, title
