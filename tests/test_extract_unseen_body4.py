"""Body recall rules for outlets nobody on the project has tuned for (#10, body class 11: text inside the
article dropped), found on trafilatura's evaluation pages and checked against the other suites. Each test serves
a complete page of one shape (head metadata and JSON-LD, navigation, sidebar, related links, comments, footer)
and checks that the article's own lines stay while the page around it goes."""

from __future__ import annotations

import unicodedata

from telisik.extract import extract_article

BLOG_URL = "https://blog.example.de/2023/02/impfung-und-fruchtbarkeit"
BLOG_TITLE = "Impfung und Fruchtbarkeit: was die Studien wirklich sagen"

BLOG_PARAGRAPHS = (
    "Seit Jahren hält sich das Gerücht, die Impfung gegen Humane Papillomviren mache unfruchtbar. Wir haben uns "
    "die Studien angesehen, auf die sich die Behauptung stützt, und mit zwei Fachärztinnen gesprochen.",
    "Die erste Quelle ist ein Bericht aus Japan, in dem von Beschwerden nach der Impfung die Rede ist. Eine "
    "Untersuchung der Gesundheitsbehörde fand jedoch keinen Zusammenhang mit der Impfung selbst.",
    "Auch die großen Kohortenstudien aus Skandinavien zeigen keinen Unterschied bei der Zahl der Schwangerschaften "
    "zwischen geimpften und ungeimpften Frauen, weder nach fünf noch nach zehn Jahren.",
    "Wer die Originalquellen selbst nachlesen möchte, findet sie unter den folgenden Adressen, die wir für diesen "
    "Beitrag ausgewertet haben.",
)
BLOG_SOURCES = (
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8666311/",
    "https://www.science.org/content/article/japan-relaunches-its-hpv-vaccination-drive",
)
BLOG_PETITION = "http://www.openpetition.de/petition/online/gegen-die-tarifreform-2013"


def _blog_page(content: str) -> str:
    """A WordPress blog post: header menu, the post, a sidebar of recent posts, comments and a footer."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{BLOG_TITLE} | Publikumsblog</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{BLOG_PARAGRAPHS[0]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{BLOG_TITLE}">
<meta property="og:site_name" content="Publikumsblog">
<meta property="article:published_time" content="2023-02-14T09:30:00+01:00">
<link rel="canonical" href="{BLOG_URL}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "{BLOG_TITLE}",
 "datePublished": "2023-02-14T09:30:00+01:00", "author": {{"@type": "Person", "name": "Jana Berger"}},
 "publisher": {{"@type": "Organization", "name": "Publikumsblog"}}}}
</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header">
  <a class="site-title" href="/">Publikumsblog</a>
  <nav class="main-navigation"><ul class="menu">
    <li><a href="/gesundheit/">Gesundheit</a></li><li><a href="/politik/">Politik</a></li>
    <li><a href="/wissenschaft/">Wissenschaft</a></li><li><a href="/ueber-uns/">Über uns</a></li>
  </ul></nav>
</header>
<div id="page" class="site">
 <main id="main" class="site-main">
  <article class="post-4711 post type-post status-publish">
   <header class="entry-header">
    <h1 class="entry-title">{BLOG_TITLE}</h1>
    <div class="entry-meta">Veröffentlicht am 14. Februar 2023 von <a href="/author/jana/">Jana Berger</a></div>
   </header>
   <div class="entry-content">
{content}
   </div>
   <footer class="entry-footer">Kategorie: <a href="/gesundheit/">Gesundheit</a></footer>
  </article>
  <div id="comments" class="comments-area">
   <h2 class="comments-title">2 Kommentare</h2>
   <ol class="comment-list">
    <li class="comment"><div class="comment-content"><p>Danke für die gründliche Recherche, das schicke ich
     meiner Schwester, die sich das schon lange fragt.</p></div></li>
    <li class="comment"><div class="comment-content"><p>Endlich mal jemand, der die Quellen wirklich liest und
     nicht nur die Überschriften.</p></div></li>
   </ol>
  </div>
 </main>
 <aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2>
   <ul><li><a href="/2023/02/grippewelle">Die Grippewelle ist vorbei, sagt das Robert-Koch-Institut</a></li>
    <li><a href="/2023/01/masern">Masernschutz an Schulen: ein Jahr danach</a></li></ul></section>
 </aside>
</div>
<footer class="site-footer"><p>© 2023 Publikumsblog · <a href="/impressum/">Impressum</a> ·
 <a href="/datenschutz/">Datenschutz</a></p></footer>
</body>
</html>"""


def _linked_address(address: str) -> str:
    return f'<p><a href="{address}" target="_blank" rel="noopener">{address}</a></p>'


def test_web_addresses_cited_in_the_text_stay() -> None:
    """A paragraph that is nothing but a linked web address written out in full is a source the text cites,
    not a link list: seen on publikum.net (the studies under a fact check), digitale-exzellenz.de (sources
    between paragraphs), die-partei.net (a petition's address closing a post), bmel.de (a project's site),
    sortimo.ch and an ANTARA press release listing a festival's pages. trafilatura keeps them too."""
    content = "\n".join(
        [
            f"<p>{BLOG_PARAGRAPHS[0]}</p>",
            f"<p>{BLOG_PARAGRAPHS[1]}</p>",
            _linked_address(BLOG_SOURCES[0]),
            f"<p>{BLOG_PARAGRAPHS[2]}</p>",
            f"<p>{BLOG_PARAGRAPHS[3]}</p>",
            _linked_address(BLOG_SOURCES[1]),
            _linked_address(BLOG_PETITION),
        ]
    )
    body = extract_article(_blog_page(content), url=BLOG_URL).body
    for paragraph in BLOG_PARAGRAPHS:
        assert paragraph in body
    for address in (*BLOG_SOURCES, BLOG_PETITION):
        assert address in body
    assert "Neueste Beiträge" not in body
    assert "Masernschutz" not in body
    assert "gründliche Recherche" not in body
    assert "Impressum" not in body


def test_a_linked_label_between_paragraphs_still_goes() -> None:
    """The address rule reads whole addresses only: a linked label (`Hier geht es zur Studie`) or a linked
    headline between two paragraphs is still a link to elsewhere and goes."""
    content = "\n".join(
        [
            f"<p>{BLOG_PARAGRAPHS[0]}</p>",
            '<p><a href="/2023/01/masern">Lesen Sie auch den Beitrag über den Masernschutz</a></p>',
            f"<p>{BLOG_PARAGRAPHS[1]}</p>",
            f"<p>{BLOG_PARAGRAPHS[2]}</p>",
        ]
    )
    body = extract_article(_blog_page(content), url=BLOG_URL).body
    assert BLOG_PARAGRAPHS[2] in body
    assert "Masernschutz" not in body


def test_labelled_addresses_closing_a_release_stay() -> None:
    """An address after a short label (`Video: https://...`, `Kontakt: presse@...`, `Internet: www...`) or a
    social account's handle (`Account: @name`) is the text's own contact or source line: seen on an ANTARA
    press release (indonesia 007: `Video:`, `KONTAK:`), wday.ru (`Аккаунт: @...` under each recipe),
    jeongdongtheater.com (`Link to KLOOK website – https://...`), and on traf-eval's dsv.de, iwr.de,
    colosseumtheater.de and zamg.ac.at pages, where trafilatura keeps them as well."""
    content = "\n".join(
        [
            f"<p>{BLOG_PARAGRAPHS[0]}</p>",
            f"<p>{BLOG_PARAGRAPHS[1]}</p>",
            '<p>Account: <a href="https://www.instagram.com/jana.berger.blog/">@jana_berger_blog</a></p>',
            f"<p>{BLOG_PARAGRAPHS[2]}</p>",
            '<p>Kontakt: <a href="mailto:presse@blog.example.de">presse@blog.example.de</a></p>',
            f"<p>{BLOG_PARAGRAPHS[3]}</p>",
            '<p>Video: <a href="https://www.youtube.com/watch?v=nM3ze35m5mc">https://www.youtube.com/watch?v=nM3ze'
            "35m5mc</a></p>",
            '<p>Write to Jana Berger at <a href="mailto:jana@blog.example.de">jana@blog.example.de</a></p>',
        ]
    )
    body = extract_article(_blog_page(content), url=BLOG_URL).body
    for paragraph in BLOG_PARAGRAPHS:
        assert paragraph in body
    assert "Account: @jana_berger_blog" in body
    assert "Video: https://www.youtube.com/watch?v=nM3ze35m5mc" in body
    assert "Kontakt: presse@blog.example.de" in body
    # a writer's e-mail address after the text is a credit line (the Houston Chronicle's, Barron's)
    assert "jana@blog.example.de" not in body
    assert "Neueste Beiträge" not in body


def test_text_comes_in_unicode_composed_form() -> None:
    """The body is in Unicode's composed form (NFC), whatever form the page spells its letters in: a Bengali
    news page (ukbdnews.com) writes `য়` precomposed where the rest of the web has the letter and its sign, and a
    fashion magazine's German text (Vogue DE) writes `ü` as `u` and a combining diaeresis; searching the archive
    for `für` must find both."""
    decomposed = [unicodedata.normalize("NFD", paragraph) for paragraph in BLOG_PARAGRAPHS]
    bengali = "কুষ্টিয়া-১ (দৌলতপুর) আসনের সংসদ সদস্য (এমপি) আজ শনিবার সকাল সাড়ে ৭টার দিকে ফিলিপনগর গ্রামে ছিলেন।"
    precomposed = bengali.replace("\u09af\u09bc", "\u09df")
    assert precomposed != bengali
    paragraphs = [*decomposed[:2], precomposed, *decomposed[2:]]
    content = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    body = extract_article(_blog_page(content), url=BLOG_URL).body
    for paragraph in BLOG_PARAGRAPHS:
        assert unicodedata.normalize("NFC", paragraph) in body
    assert "\u0308" not in body
    assert unicodedata.normalize("NFC", bengali) in body


ZH_URL = "https://www.example.cn/comments/2020-02/19/c_1125598560.htm"
ZH_TITLE = "城市的声音：有你们，才有这座英雄的城"
ZH_OPENING = (
    "“妈妈，为什么还不能出去？”",
    "“宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！”",
    "在抗击疫情的日子里，封在家里的父母们总要小心翼翼回应着孩子天真的追问。",
)
ZH_BODY = (
    "无情未必真豪杰，怜子如何不丈夫。真正的英雄同样会落泪，但揩干泪水，依然义无反顾，在封闭中坚持。时代的一粒尘，"
    "落在个人头上，便是一座山。但千万人众志成城，一座山终会变为一粒尘。",
    "越是到疫情防控最为吃劲的时候，越是需要汇聚信心与力量。封城二十七天后，外地每日确诊病例迎来十五连降，"
    "林区确诊病例全部治愈。疫情虽在持续，但希望就在继续努力之中。",
)
ZH_CLOSING = "正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）"


def _chinese_page() -> str:
    """A Chinese news site's commentary: channel menu, the text, a list of more commentaries, a footer."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in (*ZH_OPENING, *ZH_BODY, ZH_CLOSING))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{ZH_TITLE}-新闻网</title>
<meta name="keywords" content="疫情,评论">
<meta name="description" content="{ZH_BODY[0][:60]}">
<meta property="og:title" content="{ZH_TITLE}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{ZH_TITLE}",
 "datePublished": "2020-02-19T18:04:00+08:00", "publisher": {{"@type": "Organization", "name": "新闻网"}}}}
</script>
</head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/politics/">时政</a></li>
 <li><a href="/comments/">评论</a></li><li><a href="/world/">国际</a></li></ul></div>
<div class="main">
 <div class="part part1 clearfix">
  <div class="p-left"><h1>{ZH_TITLE}</h1><div class="info">2020-02-19 18:04:00　来源：新闻网</div></div>
  <div class="p-right left">
   <div id="p-detail">
{paragraphs}
   </div>
   <div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></div>
  </div>
 </div>
 <div class="sidebar">
  <h3>更多评论</h3>
  <ul><li><a href="/comments/a.htm">春暖花开时，我们一起回家看看这座城市的变化</a></li>
   <li><a href="/comments/b.htm">每一位普通市民的担当都值得尊重和铭记</a></li></ul>
 </div>
</div>
<div class="foot"><p>版权所有 新闻网 <a href="/about/">关于我们</a> <a href="/contact/">联系我们</a></p></div>
</body>
</html>"""


def test_short_chinese_sentences_around_the_text_stay() -> None:
    """A Chinese or Japanese sentence says in 20 letters what a Latin one says in 60: the short opening lines
    of dialogue and the closing sentence of a commentary (xinhuanet.com) are text, not labels; Asahi Shimbun's
    and Nikkan Gendai's short lines after the text (fundus) likewise. The closing `）` and the danda `।` end
    sentences."""
    body = extract_article(_chinese_page(), url=ZH_URL).body
    for text in (*ZH_OPENING, *ZH_BODY, ZH_CLOSING):
        assert text in body
    assert "更多评论" not in body
    assert "春暖花开时" not in body
    assert "版权所有" not in body


DE_URL = "https://www.example-nachrichten.de/wirtschaft/deutschlandticket-studenten-100.html"
DE_TITLE = "Deutschlandticket: Was Studenten künftig zahlen müssen"
DE_PARAGRAPHS = (
    "Studenten sollen das Deutschlandticket künftig zu einem deutlich günstigeren Preis bekommen. Darauf haben "
    "sich die Verkehrsminister der Länder nach langen Verhandlungen am Montag grundsätzlich geeinigt.",
    "Wer bereits ein Semesterticket besitzt, soll nur die Differenz zum Preis des Deutschlandtickets zahlen. Im "
    "bundesweiten Durchschnitt wären das etwa 25 Euro im Monat, je nach Hochschule auch weniger.",
    "Die Studierendenwerke begrüßen den Kompromiss, fordern aber eine dauerhafte Finanzierung. Viele "
    "Hochschulen hätten ihre Verträge mit den Verkehrsverbünden erst vor kurzem neu ausgehandelt.",
)
DE_TEASER_TEXT = (
    "Reporter machen den Test: Wie weit kommt man ohne Bargeld, nur mit EC-Karte und dem Telefon, durch eine "
    "ganze Woche im Alltag?"
)


def _german_news_page() -> str:
    """A German news portal's article with teaser boxes for other stories inside and under the text."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{DE_TITLE} | Nachrichten</title>
<meta name="description" content="{DE_PARAGRAPHS[0]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{DE_TITLE}">
<meta property="article:published_time" content="2023-03-20T17:45:00+01:00">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{DE_TITLE}",
 "datePublished": "2023-03-20T17:45:00+01:00", "author": {{"@type": "Person", "name": "Petra Lang"}}}}
</script>
</head>
<body>
<header class="page-header"><a href="/" class="logo">Nachrichten</a>
 <nav class="main-nav"><a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a>
 <a href="/panorama/">Panorama</a> <a href="/sport/">Sport</a></nav></header>
<main class="page-main">
 <article class="article">
  <h1 class="article__headline">{DE_TITLE}</h1>
  <div class="article__byline">Von Petra Lang · 20.03.2023, 17:45 Uhr</div>
  <div class="article__text">
   <p>{DE_PARAGRAPHS[0]}</p>
   <p>{DE_PARAGRAPHS[1]}</p>
   <div class="teaser teaser--inline">
    <span class="teaser__kicker">Unterwegs mit EC-Karte und Apple Pay</span>
    <h3 class="teaser__headline"><a href="/wirtschaft/ohne-bargeld-300.html">Ohne Bargeld durch die Woche</a></h3>
    <p class="teaser__text">{DE_TEASER_TEXT}</p>
   </div>
   <p>{DE_PARAGRAPHS[2]}</p>
  </div>
  <section class="teaser-list">
   <h2 class="teaser-list__title">Das könnte Sie auch interessieren</h2>
   <div class="teaser"><h3><a href="/wirtschaft/milliardaere-200.html">Diese Milliardäre sponsern den Wahlkampf
    </a></h3><p class="teaser__text">Wer hinter den großen Spenden steht und was die Geldgeber sich davon
    versprechen, zeigt eine Auswertung der Spendenberichte.</p></div>
  </section>
 </article>
 <div class="comments"><h2>Kommentare</h2><p class="comment">Endlich eine vernünftige Lösung für die
  Studenten, das hat viel zu lange gedauert.</p></div>
</main>
<aside class="sidebar"><h2>Meistgelesen</h2><ol><li><a href="/panorama/a.html">Sturm über Norddeutschland</a></li>
 <li><a href="/sport/b.html">Pokal: Überraschung in der zweiten Runde</a></li></ol></aside>
<footer class="page-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer>
</body>
</html>"""


def test_teaser_boxes_for_other_stories_go() -> None:
    """`teaser` is the class German news sites (and many others) give the boxes that announce another story: one
    set between two paragraphs with a sentence of its own, a list of them under the text. Seen on Stern,
    Die Welt, FAZ, Ruhr Nachrichten, Börsen-Zeitung (fundus) and bmel.de, greenpeace.de (traf-eval). A teaser
    class word next to a content word (`article-teaser`) is left alone, like the other weak junk words."""
    body = extract_article(_german_news_page(), url=DE_URL).body
    for paragraph in DE_PARAGRAPHS:
        assert paragraph in body
    assert "Wie weit kommt man ohne Bargeld" not in body
    assert "Ohne Bargeld durch die Woche" not in body
    assert "Spendenberichte" not in body
    assert "Sturm über Norddeutschland" not in body


EN_URL = "https://www.example-post.com/news/economy/jobless-rate-falls-in-may"
EN_TITLE = "Jobless rate falls to 6.6 per cent as employers add 88,000 jobs"
EN_PARAGRAPHS = (
    "The national jobless rate fell to 6.6 per cent in May as employers added 88,000 positions, far more than "
    "economists had expected, the statistics agency said on Friday morning.",
    "Most of the gains came in full-time work in the private sector, led by construction, health care and "
    "professional services, while public administration shed a small number of jobs.",
    "Economists said the report all but ends the debate over whether the economy slipped into a recession over "
    "the winter, although wage growth slowed for a second straight month.",
)


def _english_news_page(inserts: tuple[str, str], *, top: str = "", middle: str = "", end: str = "") -> str:
    """A news site's article with a video player and a newsletter sign-up block inside the story's column."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{EN_TITLE} | The Example Post</title>
<meta name="description" content="{EN_PARAGRAPHS[0]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{EN_TITLE}">
<meta property="article:published_time" content="2024-06-07T08:45:00-04:00">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{EN_TITLE}",
 "datePublished": "2024-06-07T08:45:00-04:00", "author": {{"@type": "Person", "name": "Gabriel Friedman"}}}}
</script>
</head>
<body>
<header class="site-header"><a href="/" class="logo">The Example Post</a>
 <nav><a href="/news/">News</a> <a href="/economy/">Economy</a> <a href="/opinion/">Opinion</a></nav></header>
<main>
 <article class="story">
  <h1>{EN_TITLE}</h1>
  <p class="byline">By Gabriel Friedman · Published Jun 07, 2024</p>
  <div class="story-content">
{top}
   <div class="story-v2-video"><div class="player-message">{inserts[0]}</div></div>
   <p>{EN_PARAGRAPHS[0]}</p>
   <p>{EN_PARAGRAPHS[1]}</p>
{middle}
   <div class="cta-block">
    <h3>The Weekly Brief</h3>
    <p>Fridays. A weekly digest of the best of our economic coverage, delivered to your inbox.</p>
    <p>{inserts[1]}</p>
    <p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p>
   </div>
   <p>{EN_PARAGRAPHS[2]}</p>
{end}
  </div>
 </article>
 <section class="comments"><h2>Comments</h2><p>Good news for once, let us see if it lasts into the summer
  months.</p></section>
</main>
<aside class="sidebar"><h2>Trending</h2><ul><li><a href="/news/a">Housing starts jump in April</a></li>
 <li><a href="/news/b">Central bank holds rate steady</a></li></ul></aside>
<footer class="site-footer"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> © 2024 The Example Post</footer>
</body>
</html>"""


def test_sign_up_and_player_notices_go() -> None:
    """Consent and sign-up notices and a video player's failure message inside the story column are not the
    story: `By signing up, you confirm ...` (The Nation), `This site is protected by reCAPTCHA ...` (Metro),
    `We apologize, but this video has failed to load.` (Financial Post), `Ein Klick für den Datenschutz` (ZDF's
    embed placeholders), `Ich akzeptiere die Datenschutzerklärung` (travanto.de)."""
    page = _english_news_page(
        (
            "We apologize, but this video has failed to load.",
            "By signing up, you confirm that you are over the age of 16 and agree to receive occasional offers.",
        )
    )
    body = extract_article(page, url=EN_URL).body
    for paragraph in EN_PARAGRAPHS:
        assert paragraph in body
    assert "failed to load" not in body
    assert "By signing up" not in body
    assert "reCAPTCHA" not in body
    assert "Housing starts" not in body


def test_a_sentence_about_signing_up_stays() -> None:
    """The notice patterns need the form's own wording: a sentence of the story that speaks of signing up or of
    a page that failed to load stays."""
    page = _english_news_page(
        (
            "The agency's website failed to load for several minutes after the release, officials said later.",
            "By signing up for the new training program, workers can earn a certificate within six months.",
        )
    )
    body = extract_article(page, url=EN_URL).body
    assert "By signing up for the new training program" in body
    assert "reCAPTCHA" not in body


def test_the_title_of_a_table_of_contents_goes() -> None:
    """A table of contents opens many posts (Easy Table of Contents and similar WordPress plugins, Condé Nast's
    articles): its links go as a link list, and its title (`Inhaltsverzeichnis`, `Table of Contents`, `Daftar
    Isi`, with the plugin's show/hide toggle) goes with them. Seen on silkes-weinkeller.de, haustiermagazin.com,
    freshideen.com (traf-eval) and Wired (fundus). A heading that only starts with such a word stays."""
    toc = (
        '<div id="ez-toc-container" class="ez-toc-v2_0_17 counter-hierarchy">'
        '<div class="ez-toc-title-container"><p class="ez-toc-title">Inhaltsverzeichnis</p>'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">[Verbergen]</a></span></div>'
        '<nav><ul class="ez-toc-list"><li><a href="#studien">Was die Studien sagen</a></li>'
        '<li><a href="#quellen">Die Quellen</a></li></ul></nav></div>'
    )
    content = "\n".join(
        [
            f"<p>{BLOG_PARAGRAPHS[0]}</p>",
            toc,
            f"<p>{BLOG_PARAGRAPHS[1]}</p>",
            '<h2 id="studien">Inhaltsverzeichnis der Studien aus Japan und Skandinavien</h2>',
            f"<p>{BLOG_PARAGRAPHS[2]}</p>",
            f"<p>{BLOG_PARAGRAPHS[3]}</p>",
        ]
    )
    body = extract_article(_blog_page(content), url=BLOG_URL).body
    for paragraph in BLOG_PARAGRAPHS:
        assert paragraph in body
    assert "Inhaltsverzeichnis der Studien aus Japan und Skandinavien" in body
    assert "Inhaltsverzeichnis" not in body.split("\n\n")
    assert "Verbergen" not in body
    assert "Die Quellen" not in body


def test_credit_reading_time_and_ad_label_lines_go() -> None:
    """Lines in the story column that label it rather than tell it: the agency's credit paragraph (`Reporting
    by ...; Editing by ...` at Reuters and VentureBeat's Reuters copy; a contributor's `X contributed reporting.`
    stays, as the authored english-news page wants), the reading time (`6 minute read`, `3 Min Lesezeit`: Financial Post, National Post, Ruhr Nachrichten), a relative
    update stamp (`Last updated 15 hours ago`), ad labels in other languages (`REKLAM` at Habertürk, `Реклама:`
    at Ukrainska Pravda, `Werbung` at bummfilm.de) and syndication notes (`First published in The
    Conversation.` at Daily Maverick, `Dieser Artikel ist zuerst bei "Capital" erschienen.` at Stern)."""
    middle = "<p>Last updated 15 hours ago</p><p>6 minute read</p><p>REKLAM</p>"
    end = (
        "<p>Reporting by Gabriel Friedman in Toronto; additional reporting by Ana Lopez in Ottawa and Jean Roy in"
        " Montreal; Editing by Mark Potter</p>"
        "<p>First published in The Conversation.</p>"
    )
    page = _english_news_page(("", ""), middle=middle, end=end)
    body = extract_article(page, url=EN_URL).body
    for paragraph in EN_PARAGRAPHS:
        assert paragraph in body
    for line in (
        "Last updated",
        "minute read",
        "REKLAM",
        "Editing by",
        "contributed reporting",
        "First published",
    ):
        assert line not in body


def test_a_sentence_with_a_credit_word_stays() -> None:
    """The credit and syndication patterns read the start of short lines: a sentence of the story that says who
    contributed to a report, or when a study was first published, stays."""
    end = (
        "<p>Statistics officials said that several provinces contributed to this report by sharing their own "
        "payroll data, which made the figures more reliable than in previous months.</p>"
        "<p>The study was first published in 2019 and has been updated twice since, most recently in March.</p>"
    )
    page = _english_news_page(("", ""), end=end)
    body = extract_article(page, url=EN_URL).body
    assert "several provinces contributed to this report" in body
    assert "The study was first published in 2019" in body


def test_labels_over_other_stories_and_player_placeholders_go() -> None:
    """A label alone on its line over links to other stories (`Auch interessant` at the Hamburger Abendblatt,
    `À découvrir` at Le Figaro, `Para saber más` at El Mundo, `Taip pat skaitykite` at LRT, `RELATED COVERAGE` at
    AP, `Most read in Football` at The Sun, `More Great WIRED Stories`, `You may also like...` at cleveland.com,
    `Mehr Themen auf VOGUE.de:`) and a video player's placeholder (`Player wird geladen` at t-online, `watch now`
    at CNBC) are not the text. A sentence that starts with the same words stays."""
    content = "\n".join(
        [
            f"<p>{BLOG_PARAGRAPHS[0]}</p>",
            '<div class="video-player"><span class="player-loading">Player wird geladen</span></div>',
            f"<p>{BLOG_PARAGRAPHS[1]}</p>",
            "<p><strong>Auch interessant</strong></p>",
            "<p>Auch interessant ist, was die Studien über die Dauer des Schutzes sagen: er hält mindestens zehn"
            " Jahre an.</p>",
            f"<p>{BLOG_PARAGRAPHS[2]}</p>",
            "<p>Most read in Gesundheit</p>",
            f"<p>{BLOG_PARAGRAPHS[3]}</p>",
        ]
    )
    body = extract_article(_blog_page(content), url=BLOG_URL).body
    for paragraph in BLOG_PARAGRAPHS:
        assert paragraph in body
    assert "Player wird geladen" not in body
    assert "Auch interessant" not in body.split("\n\n")
    assert "Auch interessant ist, was die Studien" in body
    assert "Most read" not in body


def test_calls_for_the_readers_opinion_go() -> None:
    """A call for the reader's opinion or a share under or inside the text: `Like this story? Share it with a
    friend!` (RT), `Tell us what YOU think...` (morebikes.co.uk), `Ihre Meinung ist uns wichtig. Senden Sie uns
    Ihr Feedback zu diesem Artikel an: ...` (Berliner Zeitung)."""
    content = "\n".join(
        [
            f"<p>{BLOG_PARAGRAPHS[0]}</p>",
            f"<p>{BLOG_PARAGRAPHS[1]}</p>",
            "<p>Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: briefe@blog.example.de"
            "</p>",
            f"<p>{BLOG_PARAGRAPHS[2]}</p>",
            "<p>Like this story? Share it with a friend!</p>",
            f"<p>{BLOG_PARAGRAPHS[3]}</p>",
        ]
    )
    body = extract_article(_blog_page(content), url=BLOG_URL).body
    for paragraph in BLOG_PARAGRAPHS:
        assert paragraph in body
    assert "Ihre Meinung" not in body
    assert "Like this story" not in body
