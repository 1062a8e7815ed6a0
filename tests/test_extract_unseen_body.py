"""Body rules for layouts nobody on the project has tuned for (#10, body classes 11-14): each test serves a
complete page (head metadata, navigation, sidebar, related links, comments or footer) of one page shape and
checks the text a rule keeps (or leaves out) there."""

from __future__ import annotations

import pytest

from telisik.extract import extract_article


def _page(body: str, *, title: str, lang: str = "en", og_type: str = "article", extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Example Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example Community">
<link rel="canonical" href="https://community.example.org/threads/{title.lower().replace(" ", "-")}.123/">
{extra_head}
</head>
<body class="template-thread">
<header class="site-header">
  <a class="logo" href="/">Example Community</a>
  <nav class="main-nav"><ul>
    <li><a href="/forums/">Forums</a></li><li><a href="/whats-new/">What's new</a></li>
    <li><a href="/members/">Members</a></li><li><a href="/help/">Help</a></li>
  </ul></nav>
</header>
{body}
<aside class="sidebar">
  <h3>Latest threads</h3>
  <ul>
    <li><a href="/threads/a.1/">Server maintenance on Friday night, expect short outages</a></li>
    <li><a href="/threads/b.2/">Guild recruiting thread for the new season of events</a></li>
    <li><a href="/threads/c.3/">Screenshots of your favourite spots in the valley</a></li>
  </ul>
</aside>
<footer class="site-footer">
  <p>Forum software by ExampleForo. <a href="/terms/">Terms and rules</a> · <a href="/privacy/">Privacy policy</a></p>
</footer>
</body>
</html>"""


def _post(number: int, author: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<article class="message message--post" id="js-post-{number}" data-author="{author}">
  <div class="message-inner">
    <div class="message-cell message-cell--user">
      <a class="username" href="/members/{author.lower()}.{number}/">{author}</a>
      <span class="userTitle">Well-known member</span>
    </div>
    <div class="message-cell message-cell--main">
      <header class="message-attribution"><a href="/posts/{number}/"><time>Mar 3, 2021</time></a>
        <a href="/posts/{number}/share">#{number}</a></header>
      <div class="message-content js-messageContent">
        <div class="bbWrapper">{text}</div>
      </div>
      <footer class="message-footer"><a href="/posts/{number}/react">Like</a> <a href="/posts/{number}/reply">Reply</a></footer>
    </div>
  </div>
</article>"""


FIRST_POST = [
    "With today's patch the spawn announcements of the world bosses are shown in orange instead of red, so "
    "that they can no longer be confused with the warnings of the guard towers in the border zones.",
    "We also changed how the loot of the world bosses is shared among the players who took part in the "
    "fight: everyone who dealt damage or healed a fighter for at least a minute now receives a share.",
    "Players who only stand near the fight without contributing, as many of you asked, will no longer be "
    "counted. We will watch how this works during the next two weekends and adjust it where needed.",
]
REPLY = [
    "Thanks for the quick fix, the orange announcements are much easier to tell apart from the tower "
    "warnings now, and the new loot rule feels a lot fairer to the healers in our guild.",
]
SECOND_REPLY = [
    "Does the minute of healing count across several fighters, or does it have to be the same one? "
    "Our group often switches between the two tanks during the long phases of the fight.",
]


def test_forum_thread_keeps_every_post_not_only_the_longest() -> None:
    """A forum thread (XenForo, vBulletin, phpBB, Stack Exchange answers): the posts are blocks of one class
    in wrappers of their own; the scores pick one post, the rule adds the others of the same class."""
    posts = _post(1, "Moderator", FIRST_POST) + _post(2, "Healer", REPLY) + _post(3, "Tank", SECOND_REPLY)
    html = _page(
        f'<main class="p-body"><h1 class="p-title">Patch notes 1.4.2</h1>'
        f'<div class="block-body js-replyNewMessageContainer">{posts}</div></main>',
        title="Patch notes 1.4.2",
        og_type="website",
    )
    body = extract_article(html, url="https://community.example.org/threads/patch-notes.123/").body
    assert "spawn announcements of the world bosses" in body
    assert "feels a lot fairer to the healers" in body
    assert "switches between the two tanks" in body
    assert "Server maintenance" not in body and "Terms and rules" not in body
    assert body.index("spawn announcements") < body.index("fairer to the healers") < body.index("two tanks")


def _blog_entry(number: int, title: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<div class="post-{number} post type-post status-publish hentry">
  <h2 class="entry-title"><a href="/{number}/{title.lower().replace(" ", "-")}/">{title}</a></h2>
  <div class="entry-meta">March {number}, 2021</div>
  <div class="entry-content">{text}</div>
</div>"""


def test_blog_front_page_does_not_join_the_other_posts() -> None:
    """A blog's front page holds posts with the same `entry-content` class, each under its own linked title:
    those are entries of a listing, not parts of one text."""
    entries = _blog_entry(7, "Orange spawn announcements", FIRST_POST) + _blog_entry(
        6, "Healers at the border", REPLY
    )
    html = _page(f'<main class="content">{entries}</main>', title="Orange spawn announcements")
    body = extract_article(html, url="https://community.example.org/7/orange-spawn-announcements/").body
    assert "spawn announcements of the world bosses" in body
    assert "fairer to the healers" not in body


def test_page_builder_sections_of_one_class_are_one_text() -> None:
    """Page builders (Divi's `et_pb_text_inner`, Drupal paragraphs' `field--item`, `section.textblock`) put
    each section of one text into a block of the same class inside rows and columns of their own."""
    sections = [
        ("What the licences mean", FIRST_POST[:2]),
        (
            "Which licence fits",
            [
                "The meanings of the licences differ in two points: whether others may change "
                "the work, and whether they may sell it. Both can be combined freely."
            ],
        ),
    ]
    rows = "".join(
        f'<div class="et_pb_section et_pb_section_{i}"><div class="et_pb_row et_pb_row_{i}">'
        f'<div class="et_pb_column et_pb_column_2_3"><div class="et_pb_module et_pb_text et_pb_text_{i}">'
        f'<div class="et_pb_text_inner"><h2>{heading}</h2>{"".join(f"<p>{p}</p>" for p in paras)}</div>'
        f"</div></div>"
        f'<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_module et_pb_image">'
        f'<span class="et_pb_image_wrap"><img src="/img/{i}.png" alt=""></span></div></div>'
        f"</div></div>"
        for i, (heading, paras) in enumerate(sections)
    )
    html = _page(
        f'<div id="et-main-area"><div class="et_builder_inner_content">{rows}</div></div>',
        title="Licences explained",
        og_type="website",
    )
    body = extract_article(html, url="https://community.example.org/licences/").body
    assert "spawn announcements of the world bosses" in body
    assert "The meanings of the licences differ in two points" in body


NEWS_PARAGRAPHS = [
    "The religious affairs directorate said on Monday that the proxy sacrifice fee for this year was set at "
    "18,000 lira inside the country and 7,000 lira abroad, after a meeting with the foundation's board.",
    "The director told the meeting in the conference hall that donations would be collected until the eve "
    "of the holiday and that the meat would reach families in need within three days of the sacrifice.",
    "He added that volunteers in 42 countries would take part this year, and that every donor would "
    "receive a message once the sacrifice made in their name had been carried out and distributed.",
]


def test_streamed_react_page_keeps_the_text_parked_in_hidden_parts() -> None:
    """React's streamed server rendering (Next.js news sites) sends skeleton placeholders first and the
    resolved article later in `<div hidden id="S:0">`, moved into place by a script: the reader sees it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in NEWS_PARAGRAPHS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Proxy sacrifice fees announced</title>
<meta property="og:type" content="article"><meta property="og:title" content="Proxy sacrifice fees announced">
<meta name="description" content="The proxy sacrifice fee for this year was set at 18,000 lira.">
</head><body class="layout">
<div hidden=""><!--$--><!--/$--></div>
<div class="min-h-screen">
  <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
  <li><a href="/economy">Economy</a></li></ul></nav></header>
  <main><!--$?--><template id="B:0"></template>
    <div class="bg-skeletonColor animate-pulse" style="width:60%;height:28px" aria-hidden="true"></div>
    <div class="bg-skeletonColor animate-pulse" style="width:100%;height:300px" aria-hidden="true"></div>
  <!--/$--></main>
  <footer class="site-footer"><p>© 2026 Example Agency. All rights reserved.</p></footer>
</div>
<div hidden id="S:0"><article class="content">
  <h1>Proxy sacrifice fees announced</h1>
  <span class="city">Ankara</span>
  <div class="prose max-w-none">{paragraphs}</div>
</article></div>
<script>$RC("B:0","S:0")</script>
</body></html>"""
    body = extract_article(html, url="https://news.example.com/world/proxy-sacrifice-fees/3912126").body
    assert "set at 18,000 lira inside the country" in body
    assert "volunteers in 42 countries" in body
    assert "All rights reserved" not in body


def test_hidden_blocks_stay_out() -> None:
    """Only React's streamed parts (`S:` ids) are shown: any other `hidden` block stays out of the text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in NEWS_PARAGRAPHS)
    hidden = (
        "<p>This hidden draft paragraph about an unrelated subject must never reach the archived text.</p>"
    )
    html = _page(
        f'<main><article class="post"><h1>Fees</h1><div class="entry-content">{paragraphs}'
        f'<div hidden id="draft-1">{hidden}</div></div></article></main>',
        title="Fees",
    )
    body = extract_article(html, url="https://community.example.org/fees/").body
    assert "volunteers in 42 countries" in body
    assert "hidden draft paragraph" not in body


def _magazine_page(
    article: str,
    *,
    title: str = "Leasing or buying: what pays off",
    wrapper: str = '<div class="grid_8 content">',
) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} - Example Magazine</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2021-03-04T08:00:00+01:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"2021-03-04T08:00:00+01:00","author":{{"@type":"Person","name":"Robin Mayer"}}}}
</script></head>
<body><header class="masthead"><a href="/" class="logo">Example Magazine</a>
<nav><ul><li><a href="/cars">Cars</a></li><li><a href="/money">Money</a></li><li><a href="/travel">Travel</a></li></ul></nav>
</header>
{wrapper}<div class="article">{article}</div></div>
<div class="grid_4 sidebar"><h3>Most read</h3><ul>
<li><a href="/a">Ten cars that keep their value best after five years</a></li>
<li><a href="/b">How to read the small print of a leasing contract</a></li></ul></div>
<footer class="site-footer"><p>© 2021 Example Magazine</p></footer></body></html>"""


CAR_PARAGRAPHS = [
    "Most households own a car, but the road to one's own vehicle takes some preparation. Whether a van or a "
    "small car, before buying one should weigh what fits the budget and how long the car will be kept.",
    "Leasing spreads the cost over a fixed term and returns the car at its end; a loan makes the buyer the "
    "owner from the first day, with the interest as the price of that freedom to sell at any time.",
    "Paying cash is the cheapest way when the money is there, since no interest is due at all, but it ties "
    "up savings that may be needed elsewhere, for repairs of the house or for the next holiday.",
]


def test_lead_in_box_is_the_lead() -> None:
    """Magazine templates name the standfirst `leadIn` / `lead-in` (FOCUS, Tages-Anzeiger style)."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    article = (
        "<h1>Leasing or buying: what pays off</h1>"
        '<div class="leadIn"><p>Leasing, a loan or cash: each way to a new car has its costs. '
        "Our expert compared the three for a family car over five years.</p></div>"
        f'<div class="textBlock">{text}</div>'
    )
    found = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    )
    assert (found.lead or "").startswith("Leasing, a loan or cash")
    assert "Our expert compared the three" not in found.body
    assert found.body.startswith("Most households own a car")


def test_a_line_that_introduces_the_opening_list_stays() -> None:
    """`In brief:` / `Zutaten:` / `For blind people:` before the list that opens the text is part of it."""
    article = (
        "<h1>Leasing or buying: what pays off</h1>"
        '<div class="textBlock"><p>In brief:</p><ul>'
        "<li>Leasing spreads the cost of a new car over a fixed term and returns it at the end.</li>"
        "<li>A loan makes the buyer the owner from the first day, interest is the price of it.</li>"
        "<li>Paying cash is cheapest when the savings are there and not needed elsewhere.</li></ul>"
        + "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
        + "</div>"
    )
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert body.startswith("In brief:\n\nLeasing spreads the cost")
    assert "Ten cars that keep their value" not in body


def test_embedded_post_text_is_part_of_the_article() -> None:
    """A quoted post (`blockquote.twitter-tweet`, `instagram-media`) is a quotation the article is built on:
    its text stays (the embed script that would draw it is gone from an archived page)."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS[:2])
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Leasing prices for family cars rose by a '
        'fifth this year, the steepest rise we have recorded since 2008 <a href="https://t.co/x">pic.twitter.com/x'
        '</a></p>&mdash; Car Price Watch (@carpricewatch) <a href="https://twitter.com/x/status/1">March 3, '
        "2021</a></blockquote>"
    )
    article = (
        "<h1>Leasing or buying: what pays off</h1>"
        f'<div class="textBlock">{text}{tweet}<p>{CAR_PARAGRAPHS[2]}</p></div>'
    )
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert "the steepest rise we have recorded since 2008" in body
    assert body.index("a loan makes the buyer") < body.index("steepest rise") < body.index("Paying cash")


def test_calls_to_action_under_the_text_go() -> None:
    """Letters-to-the-editor, subscription, app and sign-in-to-comment lines printed inside the article block
    (The Atlantic, Nation News, WordPress.com, a German community blog) are not the article's text."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    article = (
        "<h1>Leasing or buying: what pays off</h1>"
        f'<div class="textBlock">{text}'
        "<p>Subscribe now to our e-paper edition for the full story.</p>"
        "<p>For the latest stories and breaking news download the Example Magazine apps for iOS and Android.</p>"
        "<p>We want to hear what you think about this article. Submit a letter to the editor.</p>"
        "<p>Du musst eingeloggt sein um Kommentare zu schreiben!</p></div>"
    )
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert body.endswith("for repairs of the house or for the next holiday.")
    for line in ("Subscribe now", "download the Example", "letter to the editor", "eingeloggt"):
        assert line not in body


def test_a_data_table_with_linked_cells_is_kept() -> None:
    """A table with header cells whose values are links (platforms linking to their install pages, teams to
    their club pages) is data of the article, not a list of links: its rows stay, cells joined by `|`."""
    rows = "".join(
        f'<tr><td><a href="/clubs/{club.lower()}/">{club}</a></td><td><a href="/games/{i}/">{score}</a></td></tr>'
        for i, (club, score) in enumerate([("Eintracht", "3:1"), ("Kickers", "0:2"), ("Viktoria", "1:1")])
    )
    article = (
        "<h1>Leasing or buying: what pays off</h1>"
        f'<div class="textBlock"><p>{CAR_PARAGRAPHS[0]}</p><p>{CAR_PARAGRAPHS[1]}</p>'
        f"<table><thead><tr><th>Club</th><th>Result</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<p>{CAR_PARAGRAPHS[2]}</p></div>"
    )
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert "Eintracht | 3:1" in body and "Viktoria | 1:1" in body
    assert "Ten cars that keep their value" not in body


def test_a_list_under_its_heading_after_the_last_paragraph_stays() -> None:
    """A details list closing the text under its own short heading (`Details`, `Zutaten`, a fact box) is
    part of the article, although its lines are short labels rather than sentences."""
    article = (
        "<h1>Leasing or buying: what pays off</h1>"
        f'<div class="textBlock">{"".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)}'
        "<h3>Details</h3><ul><li>Term: 36 months</li><li>Mileage: 15,000 km a year</li>"
        "<li>Down payment: none</li></ul></div>"
    )
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert body.endswith("Details\n\nTerm: 36 months\n\nMileage: 15,000 km a year\n\nDown payment: none")


STANDFIRST = (
    "Leasing, a loan or cash: each way to a new car has its costs. Our expert compared the three for a "
    "family car kept for five years."
)


def _lead_page(header: str, *, wrapper: str = '<div class="grid_8 content">') -> str:
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    article = f'<header class="article__header">{header}</header><div class="article__content">{text}</div>'
    return _magazine_page(article, wrapper=wrapper)


def test_standfirst_named_by_css_in_js_dek_class() -> None:
    """Condé Nast templates (Wired, The New Yorker, Vogue) name the standfirst `ContentHeaderDek-bIqFFZ`."""
    header = (
        '<div class="ContentHeaderTitleBlock-x"><h1 class="BaseWrap-sc-a ContentHeaderHed-x">Leasing or buying: '
        'what pays off</h1></div><div class="ContentHeaderAccreditation-lfctVB">'
        f'<div class="ContentHeaderDek-bIqFFZ fOichq">{STANDFIRST}</div>'
        '<div class="BylineWrapper-x">By <a href="/author/robin">Robin Mayer</a></div></div>'
    )
    found = extract_article(_lead_page(header), url="https://magazine.example.com/cars/leasing-or-buying/")
    assert found.lead == STANDFIRST
    assert found.body.startswith("Most households own a car")


def test_standfirst_as_article_desc_or_synopsis() -> None:
    """`p.article__desc` (Le Monde) and `div.art_synopsis` (Times of India) are standfirsts."""
    for box in (
        f'<p class="article__desc">{STANDFIRST}</p>',
        f'<div class="art_synopsis">{STANDFIRST}</div>',
    ):
        header = f'<h1 class="article__title">Leasing or buying: what pays off</h1>{box}'
        found = extract_article(
            _lead_page(header), url="https://magazine.example.com/cars/leasing-or-buying/"
        )
        assert found.lead == STANDFIRST, box


def test_standfirst_inside_a_wrapper_whose_class_reads_as_an_ad() -> None:
    """A wrapper around the whole article (headline included) whose id reads as an ad (`habillagepub`) does
    not make the standfirst boilerplate; a subscription box named like a lead is never one."""
    header = (
        '<h1 class="article__title">Leasing or buying: what pays off</h1>'
        f'<p class="article__desc">{STANDFIRST}</p>'
    )
    page = _lead_page(header, wrapper='<div class="article article--content" id="habillagepub">')
    found = extract_article(page, url="https://magazine.example.com/cars/leasing-or-buying/")
    assert found.lead == STANDFIRST
    promo = (
        '<h1 class="article__title">Leasing or buying: what pays off</h1>'
        '<p class="article__desc">Just 20 for the first month. Support independent journalism by subscribing '
        "to our digital news package.</p>"
    )
    found = extract_article(_lead_page(promo), url="https://magazine.example.com/cars/leasing-or-buying/")
    assert not found.lead


def test_first_paragraph_under_the_headline_left_out_of_the_body_is_the_lead() -> None:
    """A paragraph between headline and text in a box that names nothing (utility-class templates: Berliner
    Zeitung, The Portugal News, an essay's hero text) is the lead when the body does not hold it."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    article = (
        '<div class="flex flex-col"><h1 class="text-black font-serif text-2xl">Leasing or buying: what pays off'
        f'</h1></div><div class="fs-4 font-semibold mb-3"><p>{STANDFIRST}</p></div>'
        '<div class="flex gap-2 text-sm">By <a href="/author/robin">Robin Mayer</a></div>'
        f'<figure class="media"><img src="/img/car.jpg" alt=""><figcaption>A family car at a dealer in '
        "Hamburg, where leasing offers are on display.</figcaption></figure>"
        f'<div class="article-body">{text}</div>'
    )
    found = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    )
    assert found.lead == STANDFIRST
    assert found.body.startswith("Most households own a car")


def test_a_caption_under_the_headline_is_no_lead() -> None:
    """The first paragraph after the headline inside a picture's box is its caption, not a standfirst."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    article = (
        '<h1 class="text-black font-serif text-2xl">Leasing or buying: what pays off</h1>'
        '<div class="photo-box"><img src="/img/car.jpg" alt=""><p>A family car at a dealer in Hamburg, where '
        "leasing offers for families are on display this spring.</p></div>"
        f'<div class="article-body">{text}</div>'
    )
    found = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    )
    assert not found.lead
    assert found.body.startswith("Most households own a car")


def test_a_post_of_short_lines_is_read_from_the_marked_body() -> None:
    """A photo post made of short lines (places, films, cameras) gives no paragraph long enough to vote:
    the block the CMS marks as the post's body (`entry-content`) is its text, not the footer's one line."""
    lines = (
        "<h3>Places</h3><p>Shuji: Japan.</p><p>Walter: Germany.</p><h3>Film</h3><p>Fuji X-TRA 400.</p>"
        "<h3>Cameras</h3><p>Shuji: Widelux.</p><p>Walter: PENTAX Z-1 p.</p><h3>Exposure order</h3>"
        "<ol><li>Shuji.</li><li>Walter.</li></ol>"
    )
    html = _page(
        '<div id="primary"><article class="post-1837 post type-post hentry">'
        '<header class="entry-header"><h1 class="entry-title">Swap: Shuji and Walter</h1>'
        '<div class="entry-meta">April 2018 by <a href="/author/walter/">Walter</a></div></header>'
        f'<div class="entry-content">{lines}</div></article></div>'
        '<div class="site-info"><div class="site-generator">(c) 2016 - 2018 swap-stop example, all '
        "photographs by their authors</div></div>",
        title="Swap: Shuji and Walter",
    )
    body = extract_article(html, url="https://community.example.org/2018/04/swap-shuji-walter/").body
    assert "Fuji X-TRA 400." in body and "Walter: PENTAX Z-1 p." in body
    assert "(c) 2016" not in body


def test_a_paragraph_with_a_smiley_is_no_caption() -> None:
    """An emoji or smiley image inside a line of text (`img.wp-smiley`, `img.inlineimg`, 16 px icons) does
    not make a short paragraph a picture's caption (vBulletin and WordPress posts)."""
    short = "That was not the update yet, only its preparation. Why, nobody knows"
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    article = (
        "<h1>Leasing or buying: what pays off</h1>"
        f'<div class="textBlock">{text}<p>{short} <img src="/smilies/wink.gif" class="inlineimg" alt=";)"></p>'
        f"<p>{CAR_PARAGRAPHS[0]}</p></div>"
    )
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert short in body


def test_a_post_kept_only_in_noscript_beats_a_widget_line() -> None:
    """Blogger's dynamic templates draw the post with JavaScript and keep its text in `<noscript>`; the
    visible page then holds only widget lines, which are no body when the `<noscript>` text is longer."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Leasing or buying: what pays off</title>
<meta property="og:type" content="article"><meta property="og:title" content="Leasing or buying: what pays off">
</head><body><div class="cols-wrapper">
<div class="col-main"><div class="post" itemprop="blogPost">
<script type="text/template"><h2>{{{{ post.title }}}}</h2><div>{{{{ post.body }}}}</div></script>
<noscript><h2 class="title">Leasing or buying: what pays off</h2><div class="post-body">{text}</div></noscript>
</div></div>
<div class="col-right"><div class="section sidebar-bottom"><div class="widget HTML"><div class="widget-content">
Give us feedback in our Product Forums, we read every message.
</div></div></div></div></div></body></html>"""
    body = extract_article(html, url="https://blog.example.com/2021/03/leasing-or-buying.html").body
    assert body.startswith("Most households own a car")
    assert "Give us feedback" not in body


def test_a_dek_set_as_a_long_heading_is_the_lead() -> None:
    """A heading as long as a paragraph and ending a sentence, between headline and text (`h3`, `h4` under
    the headline and share bar), is the standfirst; a headline repeated with its kicker is not."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    share = (
        '<ul class="share"><li><a href="/share/fb">Facebook</a></li><li><a href="/share/x">X</a></li></ul>'
    )
    article = f"<h1>Leasing or buying: what pays off</h1>{share}<h3>{STANDFIRST}</h3><div class='news_text'>{text}</div>"
    found = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    )
    assert found.lead == STANDFIRST
    kicker = "Family cars compared – leasing or buying: what pays off for a family car kept five years"
    article = f"<h1>Leasing or buying: what pays off</h1>{share}<h2>{kicker}</h2><div class='news_text'>{text}</div>"
    found = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    )
    assert found.lead != kicker


def test_a_subheading_that_extends_the_title_stays() -> None:
    """The headline repeated before the text goes; a subheading further down that starts like the title
    (`Bee Simulator` … `Bee Simulator multiplayer`) is part of the text."""
    article = (
        '<h1>Bee Simulator</h1><div class="entry-content"><p class="entry-title-again">Bee Simulator</p>'
        f"<p>{CAR_PARAGRAPHS[0]}</p><h2>Bee Simulator multiplayer</h2><p>{CAR_PARAGRAPHS[1]}</p></div>"
    )
    page = _magazine_page(article, title="Bee Simulator")
    body = extract_article(page, url="https://magazine.example.com/games/bee-simulator/").body
    assert body.startswith("Most households own a car")
    assert "\n\nBee Simulator multiplayer\n\n" in body


def test_post_footers_and_labels_of_other_languages_go() -> None:
    """`See also` labels in other languages (`Veja também:`, `Siehe auch:`), WordPress's post footer (`This
    entry was posted on …`, `Der Beitrag wurde am … veröffentlicht`), `Updated on <date>` lines and affiliate
    notices are not the article's text."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    tail = (
        "<p>Veja também:</p><p>Siehe auch:</p>"
        "<p>Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links</p>"
        "<p>Aktualisiert am 17.01.2021.</p>"
        '<p class="postmetadata">This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is '
        "filed under Cars. You can follow any responses to this entry through the RSS 2.0 feed.</p>"
    )
    article = f"<h1>Leasing or buying: what pays off</h1><div class='entry'>{text}{tail}</div>"
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert body.endswith("for repairs of the house or for the next holiday.")


def test_a_reader_tool_notice_under_the_headline_is_no_lead() -> None:
    """A reader tool's notice in the menu bar that also shows the headline (a sticky header `nav` with the
    title and an AI-summary disclaimer) is not the standfirst, although it is the first sentence there."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS)
    article = (
        '<nav class="menu_wrap"><div class="title_bar"><h1 class="news_title">Leasing or buying: what pays off'
        '</h1></div><div class="news_control_group"><div class="control_item_frame">'
        '<div class="news_sum_group"><p>The AI summary uses the newest language model to give the key points '
        "quickly; read the whole article for the full context.</p></div></div></div></nav>"
        f'<div class="article-body">{text}</div>'
    )
    found = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    )
    assert found.title == "Leasing or buying: what pays off"
    assert not found.lead


def test_boxes_hidden_by_class_stay_out_unless_a_breakpoint_shows_them() -> None:
    """A paywall or registration box classed `hidden` / `d-none` / `visually-hidden` inside the article
    (Postmedia's `intro-body__premium hidden`) is not shown: its text stays out. Tailwind's `hidden lg:block`
    and Bootstrap's `d-none d-md-block` are shown on a desktop: their text stays in."""
    text = "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS[:2])
    paywall = (
        '<header class="identity-intro"><div class="intro-body__premium hidden"><div class="h2">THIS CONTENT IS '
        "RESERVED FOR SUBSCRIBERS ONLY</div><ul><li>Unlimited online access to read articles from 15 news sites "
        "across the country with one account.</li><li>Daily puzzles, including the crossword.</li></ul></div>"
        '<div class="intro-body__anonymous d-none"><p>Create an account or sign in to continue with your '
        "reading experience and enjoy additional articles per month.</p></div></header>"
    )
    shown = f'<div class="hidden lg:block"><p>{CAR_PARAGRAPHS[2]}</p></div>'
    article = (
        f"<h1>Leasing or buying: what pays off</h1><div class='article-content'>{text}{paywall}{shown}</div>"
    )
    body = extract_article(
        _magazine_page(article), url="https://magazine.example.com/cars/leasing-or-buying/"
    ).body
    assert "RESERVED FOR SUBSCRIBERS" not in body and "Unlimited online access" not in body
    assert "Create an account" not in body
    assert body.endswith("for repairs of the house or for the next holiday.")


def _text_with(closing: str) -> str:
    return "".join(f"<p>{p}</p>" for p in CAR_PARAGRAPHS) + closing


@pytest.mark.parametrize(
    ("closing", "notice"),
    [
        (
            '<div class="report-box"><p>Spotted an error in this story? Report it to our corrections desk at '
            "corrections@example.com.</p></div>",
            "Spotted an error",
        ),
        (
            '<div class="box-laporan"><p>Menemukan kesalahan dalam berita ini? Laporkan kepada redaksi melalui '
            "surel redaksi@example.id.</p></div>",
            "Menemukan kesalahan",
        ),
        (
            '<p class="fehler">Fehler gefunden? Dann melden Sie ihn bitte unserer Redaktion.</p>',
            "Fehler gefunden",
        ),
    ],
)
def test_a_report_an_error_notice_under_the_text_is_not_the_text(closing: str, notice: str) -> None:
    """Corrections boxes (English, Indonesian, German outlets) sit inside the article block after the text."""
    found = extract_article(
        _magazine_page(_text_with(closing)), url="https://magazine.example.com/cars/leasing/"
    )
    assert found.body.endswith("for the next holiday.")
    assert notice not in found.body


def test_an_embedded_posts_attribution_line_goes_and_its_text_stays() -> None:
    """Twitter's embed code closes its blockquote with `— Name (@handle) date`: the post's words are part of
    the story, the attribution line is the widget's."""
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Polling stations in the valley open at seven '
        "tomorrow morning; bring your card and your passport.</p>&mdash; Valley Election Office (@valleyvotes) "
        '<a href="https://twitter.com/valleyvotes/status/1">March 8, 2024</a></blockquote>'
    )
    found = extract_article(
        _magazine_page(
            _text_with("") + tweet + "<p>Results are expected late on Sunday evening, officials said.</p>"
        ),
        url="https://magazine.example.com/cars/leasing/",
    )
    assert "Polling stations in the valley open at seven" in found.body
    assert "(@valleyvotes)" not in found.body
    assert found.body.endswith("officials said.")


def _news_page(article: str) -> str:
    """A whole page of a national news site: metadata and JSON-LD, menu, the story, a most-read rail, comments
    and a footer."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council confirms new flood barrier for the river front | Daily Example</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="Council confirms new flood barrier for the river front">
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2024-04-18T09:30:00+01:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Council confirms new flood barrier for the river front", "datePublished": "2024-04-18T09:30:00+01:00",
 "author": {{"@type": "Person", "name": "Jane Porter"}}}}</script>
</head>
<body class="article-page">
<header class="site-header"><a class="logo" href="/">Daily Example</a>
  <nav class="primary-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>
  <li><a href="/money/">Money</a></li><li><a href="/weather/">Weather</a></li></ul></nav>
</header>
<main class="article-main">
<article class="article">
  <h1 class="article__headline">Council confirms new flood barrier for the river front</h1>
  <div class="article__byline">By <a href="/author/jane-porter/">Jane Porter</a>, Local Affairs Reporter</div>
  <div class="article__content">
{article}
  </div>
</article>
<section class="most-read"><h2>Most read in News</h2><ul>
  <li><a href="/news/1/">Bus routes change across the city from Monday morning</a></li>
  <li><a href="/news/2/">Record crowds expected at the spring fair this weekend</a></li>
  <li><a href="/news/3/">School places: what parents need to know before the deadline</a></li>
</ul></section>
<section class="comments"><h2>Comments</h2>
  <div class="comment"><span class="comment__author">riverwatcher</span>
  <p class="comment__text">About time too, the path floods every single winter and nobody does anything.</p></div>
</section>
</main>
<footer class="site-footer"><p>© Daily Example Ltd. <a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a>
 · <a href="/contact/">Contact us</a></p></footer>
</body>
</html>"""


def test_a_sentence_with_its_links_inside_it_is_prose_not_a_link_list() -> None:
    """News sites (BBC, Express, Metro, The Sun, NBC's local stations; blogs too) link most of the words of a
    sentence to an earlier story: `the council [announced it would build a barrier last year].` More than half
    of it is link text, yet it is a sentence among the article's paragraphs, and stays. A list of links below
    it still goes."""
    article = """
    <p>The city council has confirmed that work on a new flood barrier along the river front will begin in
    the summer, after three winters in which the footpath and several shops were under water.</p>
    <p>In March, the council <a href="/news/2023/flood-barrier-plans-announced/">announced it would build a
    barrier along the old quay</a> as well.</p>
    <p>The barrier will be built in four sections so that the market can stay open while the work goes on,
    and the riverside path will be closed for no more than two weeks at a time.</p>
    <p>Residents can see the plans at the library until the end of May, and the council says it will answer
    written questions from shop owners before the first section is started.</p>
    <ul class="related-links">
      <li><a href="/news/2023/quay-flooding/">Quay shops flooded for the third time this winter</a></li>
      <li><a href="/news/2022/river-levels/">River levels: how the city measures the tide</a></li>
    </ul>
    """
    body = extract_article(_news_page(article), url="https://www.daily.example/news/flood-barrier").body
    assert "announced it would build a barrier along the old quay" in body
    assert body.index("three winters") < body.index("old quay") < body.index("four sections")
    assert "how the city measures the tide" not in body
    assert "Record crowds expected" not in body


def test_a_promo_line_with_a_here_link_is_still_no_prose() -> None:
    """A call to follow a link (`Pictures of the fair from our photographers are here.`) has sentence
    punctuation and plain text around its links too; its one-word link marks it as a pointer, not as text."""
    article = """
    <p>The city council has confirmed that work on a new flood barrier along the river front will begin in
    the summer, after three winters in which the footpath and several shops were under water.</p>
    <p><a href="/gallery/">Pictures of the flooded quay and the planned barrier sections</a> from our
    photographers are <a href="/gallery/all/">here</a>.</p>
    <p>The barrier will be built in four sections so that the market can stay open while the work goes on,
    and the riverside path will be closed for no more than two weeks at a time.</p>
    """
    body = extract_article(_news_page(article), url="https://www.daily.example/news/flood-barrier").body
    assert "four sections" in body
    assert "Pictures of the flooded quay" not in body


_STANDFIRST = (
    "Die Stadt baut am Flussufer eine neue Hochwassermauer. Die Arbeiten beginnen im Sommer und sollen zwei "
    "Jahre dauern."
)


def _regional_page(description: str) -> str:
    """A German regional news page: the headline sits in the page's top box, the standfirst in an unnamed
    styled `span` of a box further down, then byline and text; a most-read list, comments and footer."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neue Hochwassermauer am Flussufer | Stadtanzeiger</title>
<meta name="description" content="{description}">
<meta property="og:type" content="article">
<meta property="og:title" content="Neue Hochwassermauer am Flussufer">
<meta property="article:published_time" content="2024-04-18T09:30:00+02:00">
</head>
<body>
<nav class="main-menu"><a href="/">Stadtanzeiger</a> <a href="/lokales/">Lokales</a> <a href="/sport/">Sport</a></nav>
<div class="page">
  <div class="top-box"><span class="kicker">Lokales</span><h1 class="headline">Neue Hochwassermauer am Flussufer</h1></div>
  <div class="grid">
    <div class="col-12"><span class="text-copy-primary font-bold">{_STANDFIRST}</span></div>
    <div class="col-12 byline">Von <a href="/autor/anna-berg/">Anna Berg</a> · 18.04.2024, 09:30 Uhr</div>
    <div class="col-12 article-text">
      <p>Nach drei Wintern, in denen der Uferweg und mehrere Geschäfte unter Wasser standen, hat der Stadtrat
      am Dienstag den Bau der Mauer beschlossen. Sie wird in vier Abschnitten errichtet.</p>
      <p>Der Wochenmarkt kann während der Arbeiten geöffnet bleiben, der Uferweg wird jeweils höchstens zwei
      Wochen lang gesperrt. Die Pläne liegen bis Ende Mai in der Stadtbibliothek aus.</p>
      <p>Geschäftsleute können bis dahin schriftlich Fragen stellen; die Stadt will sie vor Beginn des ersten
      Abschnitts beantworten, wie ein Sprecher sagte.</p>
    </div>
  </div>
  <section class="most-read"><h2>Meistgelesen</h2><ul>
    <li><a href="/a/1/">Buslinien ändern sich ab Montag in der ganzen Stadt</a></li>
    <li><a href="/a/2/">Frühlingsfest: Rekordandrang am Wochenende erwartet</a></li>
  </ul></section>
  <section class="comments"><h2>Kommentare</h2><p>Endlich, der Weg steht jeden Winter unter Wasser und
  nichts passiert.</p></section>
</div>
<footer><p>© Stadtanzeiger GmbH · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></footer>
</body>
</html>"""


def test_a_box_that_shows_the_meta_description_is_the_lead() -> None:
    """Templates set the summary the site wrote for the article (its meta description) under the headline in
    a box no class names as a lead (Berliner Morgenpost, Hamburger Abendblatt, Börsen-Zeitung, TimesLive,
    topagrar): shown on the page and equal to the description, it is the standfirst."""
    article = extract_article(
        _regional_page(_STANDFIRST), url="https://www.stadtanzeiger.example/lokales/mauer"
    )
    assert article.lead == _STANDFIRST
    assert "Nach drei Wintern" in article.body and "zwei Jahre dauern" not in article.body


def test_a_truncated_description_still_names_its_box_but_other_text_does_not() -> None:
    """A description cut short with `…` still matches the box it opens; a description the page does not show
    gives no lead (the meta description itself is never the lead)."""
    cut = _STANDFIRST[:70] + " …"
    assert extract_article(_regional_page(cut), url="https://www.stadtanzeiger.example/a").lead == _STANDFIRST
    other = (
        "Alles über die neue Hochwassermauer am Flussufer und was sie für Anwohner und Geschäfte bedeutet."
    )
    assert extract_article(_regional_page(other), url="https://www.stadtanzeiger.example/a").lead is None


def _photo_post(details: str) -> str:
    """An astronomy club's picture-of-the-week post: text about the photo, then the photo's data as
    `Label: value` lines (or, on a news page, the credit lines), then tags, a comment form and the footer."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Die Plejaden über dem Kasberg | Sternfreunde Franken</title>
<meta name="description" content="Unser Bild der Woche: der Sternhaufen M45 in einer Spätsommernacht.">
<meta property="og:type" content="article">
<meta property="og:title" content="Die Plejaden über dem Kasberg">
<meta property="article:published_time" content="2019-09-04T20:15:00+02:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BlogPosting",
"headline": "Die Plejaden über dem Kasberg", "datePublished": "2019-09-04T20:15:00+02:00",
"author": {{"@type": "Person", "name": "Jonas Keller"}}}}</script>
</head>
<body class="single-post">
<header class="site-header"><a class="logo" href="/">Sternfreunde Franken</a>
  <nav class="menu"><a href="/bilder/">Bilder</a> <a href="/termine/">Termine</a> <a href="/verein/">Verein</a></nav>
</header>
<main class="content">
  <article class="post">
    <h1 class="entry-title">Die Plejaden über dem Kasberg</h1>
    <div class="entry-meta">4. September 2019 · <a href="/autor/jkeller/">Jonas Keller</a></div>
    <div class="entry-content">
      <p>In der letzten Augustnacht war der Himmel über dem Kasberg so klar wie seit Wochen nicht mehr, und
      die Plejaden standen ab Mitternacht hoch genug über dem Wald im Osten.</p>
      <p>Der bläuliche Reflexionsnebel um die hellen Sterne zeigt sich erst nach vielen Stunden Belichtung;
      gestapelt wurden sechzig Einzelbilder, die Flats stammen aus der Morgendämmerung.</p>
      {details}
    </div>
    <div class="tags">Schlagwörter: <a href="/tag/m45/">M45</a> <a href="/tag/deep-sky/">Deep Sky</a></div>
  </article>
  <section class="comments"><h2>Kommentar schreiben</h2>
    <form><textarea name="comment"></textarea><button>Absenden</button></form></section>
</main>
<aside class="sidebar"><h3>Neueste Bilder</h3><ul>
  <li><a href="/bilder/orion/">Der Orionnebel aus dem Garten</a></li>
  <li><a href="/bilder/mond/">Mondfinsternis am Morgen</a></li></ul></aside>
<footer><p>© Sternfreunde Franken e. V. · <a href="/impressum/">Impressum</a></p></footer>
</body>
</html>"""


def test_a_closing_run_of_label_value_data_lines_is_part_of_the_article() -> None:
    """Photo data (abenteuer-astronomie), an offer's terms (dealdoktor) and event or venue details
    (whiskyverkostung, reisen-mit-dem-internet) close a text as a run of `Label: value` lines: three or more
    in a row are the article's data, not labels to trim."""
    details = """<p>Kameramodell: Canon EOS 60Da</p>
      <p>Belichtungszeit: 60 x 3 Minuten</p>
      <p>Datum: 31.08.2019</p>
      <p>Ort: Kasberg im Frankenland</p>"""
    article = extract_article(_photo_post(details), url="https://www.sternfreunde.example/bilder/plejaden/")
    assert "Kameramodell: Canon EOS 60Da" in article.body
    assert article.body.endswith("Ort: Kasberg im Frankenland")
    assert "Schlagwörter" not in article.body and "Orionnebel" not in article.body


@pytest.mark.parametrize(
    "credits",
    [
        "<p>Text: Jonas Keller</p><p>Fotos: Jonas Keller</p><p>Quelle: Sternfreunde Franken</p>",
        "<p>Penulis: Jonas Keller</p><p>Editor: Anna Berg</p><p>Sumber: Sternfreunde Franken</p>",
    ],
)
def test_a_run_of_credit_lines_after_the_text_is_still_trimmed(credits: str) -> None:
    """A run of credits (`Penulis:`/`Editor:`/`Sumber:`, `Text:`/`Fotos:`/`Quelle:`) is the byline tail, not
    data; one lone label line stays out as before."""
    article = extract_article(_photo_post(credits), url="https://www.sternfreunde.example/bilder/plejaden/")
    assert "Sternfreunde Franken" not in article.body and "Editor" not in article.body
    assert article.body.endswith("aus der Morgendämmerung.")
    lone = extract_article(_photo_post("<p>Ort: Kasberg im Frankenland</p>"), url="https://x.example/a")
    assert "Ort:" not in lone.body
