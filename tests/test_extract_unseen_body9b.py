"""Chrome that news CMSes print inside the article's text box (#10), read as chrome by what the line says.

Found on the blind cms-shapes page set (benchmarks/pages/cms-shapes) and checked against the same chrome on other
outlets and platforms:

- the byline/date row inside the text's box: `Published February 20, 2026 at 6:45 PM PST` / `Updated …` (Brightspot
  public-media ArticlePage, Arc XP's `Updated`, AMP Indian dailies' `Updated on: 06 Feb 2026, 7:12 pm 2 min read`,
  Spanish `Publicado el …`, German `Veröffentlicht am …`, Indonesian `Diperbarui …`) and the outlet's name printed
  under each writer (Brightspot's `authorTitle`, NPR member stations, Newspack's `Name, Outlet`): a line that is a
  date label and a date, or exactly the outlet's name, is no paragraph. A sentence opening with `Updated` stays.
- ad labels in other scripts alone on their line: Japanese `広告` (Next.js regional papers, Yahoo! JAPAN news'
  `広告` slots), `スポンサーリンク` (Japanese blogs), Korean `광고`, Chinese `广告`/`廣告`, Arabic, Hindi, Thai,
  Greek, Hebrew, Vietnamese labels. A sentence holding the word (`広告収入`) stays.
- a multi-page article's page counter: Joomla's pagebreak `Strona 1 z 2`, `Page 1 of 2` (WordPress `<!--nextpage-->`
  themes), `Seite 1 von 2` (German regional portals), `Halaman 1 dari 2` (Indonesian portals). A sentence citing a
  page stays.
- read-also labels in more languages alone on their line: Dutch `Lees ook` (Drupal paragraph entities on Flemish
  and Dutch sites), Polish `Czytaj także`/`Zobacz też`, Turkish `Ayrıca okuyun`, Japanese `関連記事`, Korean
  `관련기사`.
- an agency's input note closing a rewritten wire story: `(With inputs from PTI)` (Indian dailies), `(mit Material
  von dpa)` (German regional papers), `(avec AFP)`, `(con información de EFE)`.
- `Sign up for` is a promo only addressed to the reader (sentence-initial, `our`/`my`/`free`): a sentence reporting
  that residents are urged to sign up for alerts is the text (Brightspot page; local-news emergency stories).
- an appeal for money or membership inside the text, found by where its link goes (the outlet's `/donate/`,
  `/apoie/`, `/spenden`, `/support-us`, `/membership` or Ghost's `#/portal/signup`): Newspack's donate block, Ghost's
  kg-cta member card, a Brazilian nonprofit's support line after an `<hr>`, public-media donate boxes. A charity's
  donation page on another host, a `/tag/donate` page and a long paragraph of the text stay.
- another story's teaser card set in the text: a nested `<article>` whose heading is a link and that holds little
  else (Newspack's homepage-articles `Related` block, Drupal teaser view modes in related fields), with a bare
  `Related` label; a nested `<article>` with its own prose (a live-blog entry) stays.
- a small-print line in its own block right after a block holding only a picture is the picture's caption (Blogger's
  `div.separator` + `font-size: x-small` line, WordPress's classic editor `<small>`, regional portals' `10px`
  photo lines); a centred normal-print line and a small-print note away from pictures stay.
- a CJK standfirst is long enough at 40 letters (each letter about a word): the Next.js Japanese paper's
  `ArticleHeader_lead`, Nikkei- and Asahi-style one-sentence leads.

Each test serves a complete page (head metadata and JSON-LD, navigation, the article, related links, comments,
sidebar, footer) and asserts what the extractor got wrong before the rule; the must-not-fire pages keep a real
paragraph that looks like the chrome.
"""

from __future__ import annotations

from telisik.extract import extract_article

EN_TEXT = (
    "Eleven of the 14 tsunami warning sirens along the county coast stayed silent during Wednesday's monthly test, "
    "the third failure since November, county officials confirmed Friday.",
    "The sirens, which stretch along forty miles of coastline, are tested at noon on the first Wednesday of each "
    "month. Only the units at the harbour and at the port sounded this time.",
    "Emergency manager Cal Brennan said a software update pushed to the control server in October had broken the "
    "radio link to most of the towers. The vendor has promised a fix by mid-March, he said.",
    "Coastal residents have complained about the sirens before. A state audit found that about a fifth of the "
    "coastal sirens had failed at least one test in the previous year.",
)


def _page(
    body_html: str,
    *,
    title: str = "Tsunami sirens on the coast fail monthly test for the third time",
    site: str = "Coast Public Radio",
    lang: str = "en",
    header_extra: str = "",
) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2026-02-21T02:45:00Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "2026-02-21T02:45:00Z",
"author": [{{"@type": "Person", "name": "Daniel Ortega"}}],
"publisher": {{"@type": "Organization", "name": "{site}"}}}}</script>
</head><body>
<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul><li><a href="/news">News</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/weather">Weather</a></li><li><a href="/about">About</a></li>
</ul></nav></header>
<main><div class="layout">
<div class="col-main"><h1 class="headline">{title}</h1>{header_extra}
<div class="text-box">{body_html}</div>
<div class="tag-row"><a href="/tags/coast">Coast</a> <a href="/tags/safety">Safety</a></div>
<section class="comments"><h3>Comments</h3><div class="c"><p>Finally someone reports this, the siren near my house has
been silent for months and nobody at the county answers the phone about it.</p></div></section>
</div>
<div class="col-side"><h3>Latest Stories</h3><ul><li><a href="/n/1">Bridge lane closures start Monday</a></li>
<li><a href="/n/2">Crab season extended two weeks</a></li><li><a href="/n/3">School board delays vote</a></li></ul></div>
</div></main>
<footer><p>© 2026 {site}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>"""


def _paragraphs(texts: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _body(
    html: str, url: str = "https://www.coastradio.example.org/news/2026-02-20/sirens-fail"
) -> list[str]:
    return extract_article(html, url=url).body.split("\n\n")


def test_byline_row_in_the_text_box_is_not_text() -> None:
    """Brightspot's byline row inside the text's box, its classes prefixed with the page type (`ArticlePage-byline`:
    the `article` in them outweighs `byline`): the station's name under each writer, Published/Updated lines."""
    row = (
        '<div class="ArticlePage-byline"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName">'
        '<span>By </span><a href="/people/daniel-ortega">Daniel Ortega</a></div>'
        '<div class="ArticlePage-authorTitle">Coast Public Radio</div></div><div class="ArticlePage-authorInfo">'
        '<div class="ArticlePage-authorName"><a href="/people/priya-raman">Priya Raman</a></div>'
        '<div class="ArticlePage-authorTitle">Coast Public Radio</div></div><div class="ArticlePage-timestamp">'
        "<div>Published February 20, 2026 at 6:45 PM PST</div><div>Updated February 21, 2026 at 9:02 AM PST</div>"
        "</div></div>"
    )
    lead = (
        "The county says a software update, not the sirens themselves, is to blame. Residents are told to rely on "
        "phone alerts for now."
    )
    article = extract_article(
        _page(row + _paragraphs(EN_TEXT), header_extra=f'<div class="ArticlePage-subHeadline">{lead}</div>'),
        url="https://www.coastradio.example.org/news/2026-02-20/sirens-fail",
    )
    assert ([article.lead] if article.lead else []) + article.body.split("\n\n") == [lead, *EN_TEXT]


def test_sentences_like_the_byline_row_stay() -> None:
    """Must not fire: a sentence opening with `Updated`/`Published`, the station named in a sentence, and a
    sentence about signing up for alerts."""
    texts = (
        EN_TEXT[0],
        "Updated figures released on February 20, 2026 show that nine of the sirens had failed at least twice.",
        "Coast Public Radio asked the county for the maintenance logs and has not yet received them.",
        "The county is urging residents and visitors to sign up for emergency text alerts and to keep wireless "
        "emergency alerts turned on in their phone settings.",
        *EN_TEXT[1:],
    )
    body = _body(_page(_paragraphs(texts) + "<p>Sign up for our newsletter</p>"))
    assert body == list(texts)


def test_amp_date_row_and_agency_note_are_not_text() -> None:
    """AMP Indian daily: `Updated on: … 2 min read` row atop the text, `(With inputs from PTI)` under it."""
    row = '<div class="date-line"><span>Updated on: 06 Feb 2026, 7:12 pm</span> <span>2 min read</span></div>'
    body = _body(_page(row + _paragraphs(EN_TEXT) + "<p>(With inputs from PTI)</p>"))
    assert body == list(EN_TEXT)


def test_agency_note_in_german_and_page_counter_are_not_text() -> None:
    texts = (
        "Die Stadt will die Parkgebühren in der Innenstadt zum ersten Juli deutlich anheben, wie ein Sprecher am "
        "Montag mitteilte. Der Stadtrat soll in der kommenden Woche darüber abstimmen.",
        "Nach Angaben der Verwaltung sollen die Mehreinnahmen in den Ausbau des Nahverkehrs fließen. Die Opposition "
        "kritisierte den Plan als unsozial und kündigte Widerstand an.",
        "Auf Seite 1 von 2 des Gutachtens heißt es, die Gebühren lägen seit zehn Jahren unter dem Durchschnitt.",
    )
    html = _page(
        "<p>Seite 1 von 2</p>" + _paragraphs(texts) + "<p>(mit Material von dpa)</p>"
        '<div class="pagenav"><a href="?page=2">Nächste Seite</a></div>',
        title="Parkgebühren in der Innenstadt steigen zum Juli",
        site="Kreiszeitung",
        lang="de",
    )
    body = _body(html, "https://www.kreiszeitung.example.de/lokales/parkgebuehren-steigen-123.html")
    assert body == list(texts)


def test_read_also_labels_in_dutch_and_polish_are_not_text() -> None:
    texts = (
        "Het stadsbestuur wil de parkeertarieven in het centrum vanaf juli verhogen, zo liet een woordvoerder "
        "maandag weten. De gemeenteraad stemt volgende week over het voorstel.",
        "Volgens de stad gaan de extra inkomsten naar de uitbouw van het openbaar vervoer. De oppositie noemt het "
        "plan asociaal en kondigt verzet aan.",
    )
    insert = (
        '<div class="paragraph--read-also"><p>Lees ook</p><a href="/x">Nieuwe tram rijdt vanaf mei</a></div>'
    )
    html = _page(
        f"<p>{texts[0]}</p>{insert}<p>Czytaj także:</p><p>{texts[1]}</p>",
        title="Parkeren in het centrum wordt duurder",
        site="Stadsnieuws",
        lang="nl",
    )
    body = _body(html, "https://www.stadsnieuws.example.be/nieuws/parkeren-duurder")
    assert body == list(texts)


JA_TITLE = "仙台市、地下鉄東西線の終電を30分延長へ　4月から試行"
JA_LEAD = "市交通局は、利用者の要望が多かった深夜帯の運行を半年間試行し、効果を検証する。"
JA_TEXT = (
    "仙台市交通局は2日、地下鉄東西線の終電時刻を4月1日から30分繰り下げ、午前0時半ごろまで運行すると発表した。",
    "東西線の現在の終電は午前0時前後に発車している。飲食店の従業員などから「終電が早すぎる」との声が寄せられていた。",
    "交通局によると、延長に伴う追加費用は年間約4千万円を見込む。広告収入の増加で一部を賄う方針だという。",
    "一方、南北線については、深夜の保守点検作業の時間を確保する必要があるとして、今回の延長は見送った。",
    "市中心部の商店街からは歓迎の声が上がる。居酒屋を営む男性は「終電を気にして早く帰る客が多かった」と話した。",
    "交通局は試行期間中、駅での聞き取り調査やICカードの利用データをもとに効果を分析し、年内に結果を公表する予定だ。",
)


def _japanese_page(body_html: str) -> str:
    header = (
        f'<header class="ah"><h1 class="t">{JA_TITLE}</h1><p class="x9">{JA_LEAD}</p>'
        '<div class="m2"><time datetime="2026-03-02T09:30:00Z">2026年3月2日 18:30</time></div></header>'
        '<figure><img src="/i/main.jpg" alt="東西線"><figcaption>終電の延長が決まった地下鉄東西線</figcaption></figure>'
    )
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{JA_TITLE}｜東北日報</title>
<meta property="og:title" content="{JA_TITLE}"><meta property="og:site_name" content="東北日報">
<meta property="article:published_time" content="2026-03-02T09:30:00Z"></head><body>
<nav><ul><li><a href="/miyagi">宮城</a></li><li><a href="/iwate">岩手</a></li><li><a href="/sports">スポーツ</a></li></ul></nav>
<main><article>{header}<div class="b1">{body_html}</div></article>
<aside><h2>アクセスランキング</h2><ol><li><a href="/a/1">宮城県内、週末は雪の予報</a></li>
<li><a href="/a/2">ベガルタ仙台、開幕戦で逆転勝ち</a></li></ol></aside></main>
<footer><p>© 東北日報社 2026 無断転載を禁じます</p></footer></body></html>"""


def test_japanese_ad_label_is_not_text_and_short_cjk_standfirst_is_the_lead() -> None:
    """`広告` alone in an ad slot goes; `広告収入` in a sentence stays; the 40-letter header standfirst is the lead."""
    body_html = (
        f"<p>{JA_TEXT[0]}</p><p>{JA_TEXT[1]}</p>"
        '<div class="s7"><span>広告</span></div><p>関連記事</p>'
        + "".join(f"<p>{text}</p>" for text in JA_TEXT[2:])
    )
    article = extract_article(
        _japanese_page(body_html), url="https://www.tohoku.example.jp/articles/20260302-k7s2m"
    )
    assert article.body.split("\n\n") == list(JA_TEXT)
    assert article.lead == JA_LEAD


# Appeals for money or membership set in the text, found by where their link goes: Newspack's donate block
# (`/donate/`), Ghost's kg-cta member card (`#/portal/signup`), a Brazilian nonprofit's support line after an
# `<hr>` (`/apoie/`).
NEWSPACK_DONATE = (
    '<div class="wp-block-newspack-blocks-donate"><h3>Support independent local news</h3><p>The Prairie Ledger is '
    "a nonprofit newsroom. Your gift keeps stories like this free for everyone.</p>"
    '<a class="wp-block-button__link" href="/donate/">Donate now</a></div>'
)
GHOST_CTA = (
    '<div class="kg-card kg-cta-card"><div class="kg-cta-content"><div class="kg-cta-text"><p><span>Harbourside is '
    'funded by its readers. Become a member for £4 a month.</span></p></div><a href="#/portal/signup" '
    'class="kg-cta-button">Join us</a></div></div>'
)
SUPPORT_LINE = (
    '<hr><p><em>O Plural é um jornal independente e sem fins lucrativos. <a href="https://www.coastradio.example.org'
    '/apoie/">Apoie o nosso trabalho</a>.</em></p>'
)


def test_appeals_linking_to_the_outlets_donation_or_member_page_are_not_text() -> None:
    html = _page(
        _paragraphs(EN_TEXT[:2])
        + NEWSPACK_DONATE
        + f"<p>{EN_TEXT[2]}</p>"
        + GHOST_CTA
        + f"<p>{EN_TEXT[3]}</p>"
        + SUPPORT_LINE
    )
    assert _body(html) == list(EN_TEXT)


def test_an_article_about_donations_keeps_its_paragraphs() -> None:
    """Must not fire: a short paragraph linking to a charity's own donation page (another host), a paragraph
    linking to a tag page `/tag/donate`, and a long paragraph linking to the outlet's donation page."""
    texts = (
        EN_TEXT[0],
        'The food bank asks residents to give through its <a href="https://foodbank.example.org/donate">website</a>.',
        'Readers can find earlier coverage under <a href="/tag/donate">our donations tag</a>, updated weekly.',
        "The station itself ran a pledge drive last spring and raised enough to replace two transmitters, its "
        "general manager said, adding that the money raised on the coast stays on the coast and that the "
        'station would publish its accounts, as it does every year, on <a href="/donate/">its donation page</a> '
        "before the board meets in June to approve the budget for the next year and to decide on a new tower "
        "near the harbour, which the county has been asking for since the last failure of the sirens.",
        *EN_TEXT[1:],
    )
    body = _body(_page(_paragraphs(texts)))
    assert len(body) == len(texts)
    assert "food bank asks residents" in body[1] and "donations tag" in body[2] and "pledge drive" in body[3]


RELATED_CARDS = (
    '<div class="wp-block-newspack-blocks-homepage-articles is-style-borders"><h2 class="article-section-title">'
    'Related</h2><article><h3><a href="/2026/01/07/hospital-closures-map/">Mapped: the rural hospitals that closed '
    'since 2015</a></h3><div class="entry-meta"><span class="author">By Owen Baptiste</span> <time '
    'datetime="2026-01-07T06:00:00-06:00">January 7, 2026</time></div></article></div>'
)


def test_teaser_cards_of_other_stories_in_the_text_are_not_text() -> None:
    html = _page(_paragraphs(EN_TEXT[:2]) + RELATED_CARDS + _paragraphs(EN_TEXT[2:]))
    assert _body(html) == list(EN_TEXT)


def test_a_nested_article_with_its_own_text_stays() -> None:
    """Must not fire: an `<article>` inside the text whose heading is not a link and that holds prose (a
    live-blog entry, a boxed explainer)."""
    entry = (
        "<article><h3>What the audit found</h3><p>The state audit found that about a fifth of the coastal sirens "
        "had failed at least one test in the previous year, most of them because of radio faults.</p></article>"
    )
    body = _body(_page(_paragraphs(EN_TEXT[:2]) + entry + _paragraphs(EN_TEXT[2:])))
    assert "What the audit found" in body
    assert any(p.startswith("The state audit found") for p in body)


ID_TEXT = (
    "Warga Dusun Bontoa bergotong royong menimbun jalan tani yang rusak parah akibat hujan deras sepekan terakhir. "
    "Kegiatan itu melibatkan sedikitnya 60 warga dari tiga RT.",
    "Kepala dusun mengatakan jalan sepanjang 800 meter itu menjadi satu-satunya akses petani menuju sawah. Selama "
    "ini petani harus memikul hasil panen karena kendaraan tidak bisa lewat.",
    "Pemerintah desa berjanji mengusulkan pengerasan jalan tersebut dalam musyawarah perencanaan pembangunan tahun "
    "depan agar warga tidak lagi bergantung pada swadaya.",
)
PICTURE = (
    '<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.example.com/img/'
    'jalan.jpg"><img border="0" src="https://blogger.example.com/img/s600/jalan.jpg" width="600"></a></div>'
)


def _blog_page(post_html: str) -> str:
    title = "Warga Bontoa Gotong Royong Timbun Jalan Tani"
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - Kabar Desa</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Kabar Desa"></head><body>
<div class="header"><h1><a href="/">Kabar Desa</a></h1><p>Berita dari desa untuk desa</p></div>
<div class="main"><div class="post hentry"><h3 class="post-title entry-title">{title}</h3>
<div class="post-header">Senin, 02 Maret 2026</div>
<div class="post-body entry-content">{post_html}</div>
<div class="post-footer">Diposting oleh Admin pada 10.15</div></div>
<div class="comments"><h4>1 komentar:</h4><p>Mantap, semoga cepat diaspal jalannya biar petani tidak susah lagi.</p></div>
</div>
<div class="sidebar"><h2>Postingan Populer</h2><ul><li><a href="/p/1">Panen raya padi di Bontoa</a></li>
<li><a href="/p/2">Posyandu keliling mulai berjalan</a></li></ul></div>
<div class="footer">Hak cipta Kabar Desa 2026</div></body></html>"""


def test_small_print_line_under_a_picture_box_is_a_caption() -> None:
    """Blogger: a centred small-print line right after the `div.separator` picture box, no caption markup."""
    caption = (
        '<div style="text-align: center;"><span style="font-size: x-small;">Warga bergotong royong menimbun jalan '
        "tani di Dusun Bontoa.</span></div>"
    )
    html = _blog_page(f"{ID_TEXT[0]}<br /><br />{PICTURE}{caption}{ID_TEXT[1]}<br /><br />{ID_TEXT[2]}")
    body = extract_article(html, url="https://kabardesa.example.blogspot.com/2026/03/jalan-tani.html").body
    assert body.split("\n\n") == list(ID_TEXT)


def test_lines_near_a_picture_that_are_not_small_print_captions_stay() -> None:
    """Must not fire: a centred line in normal print after the picture, and a small-print note away from any
    picture."""
    centred = '<div style="text-align: center;">Jalan tani kini sudah bisa dilalui motor.</div>'
    note = '<p><span style="font-size: small;">Catatan: musyawarah digelar Kamis pekan depan.</span></p>'
    html = _blog_page(f"{ID_TEXT[0]}<br /><br />{PICTURE}{centred}{ID_TEXT[1]}{note}<br /><br />{ID_TEXT[2]}")
    body = extract_article(html, url="https://kabardesa.example.blogspot.com/2026/03/jalan-tani.html").body
    assert "Jalan tani kini sudah bisa dilalui motor." in body
    assert "Catatan: musyawarah digelar Kamis pekan depan." in body
