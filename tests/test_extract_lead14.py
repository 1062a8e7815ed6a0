"""Standfirsts of 2014-2020 platforms that name them in their own markup (#10, session 14).

Business Wire's release subheadline, `div.bw-release-subhead > h2 > i`, on its release pages and on the
partner and investor-relations pages that carry its feed, is read as the lead (`Article.lead`) when it sits
between the headline and the text (PR Newswire's `h2.subtitle` was already read). The whole class token only:
`release-subhead-date` is a distribution line, `release-subheading` a section heading.

A Drupal teaser-field rule (`field-name-field-teaser` on the full node) was written beside it and withdrawn
after review: views of fields, custom view modes (`-teaser-small`, `card`), listings and hidden teaser fields
gave other stories' summaries as the lead, and it added a lead on one reviewed page only. Its must-not-fire
pages stay here as tests: a listing of teaser cards, a related teaser card between title and text, a teaser
field repeating the first paragraph.

Must not fire either: a subhead that is also the text's first paragraph (never shown twice), a box of the same
name above the headline (a kicker), a photo caption under the headline, a section heading of the release text.
"""

from __future__ import annotations

from telisik.extract import extract_article

BW_URL = (
    "https://www.businesswire.com/news/home/20160308005123/en/Northwind-Completes-Acquisition-Fabrikam-Data"
)
BW_SUBHEAD = "Deal adds data pipeline tools and 140 engineers; Northwind raises full-year revenue outlook"
BW_PARAGRAPHS = [
    "SAN FRANCISCO--(BUSINESS WIRE)--Northwind Analytics, Inc. (NYSE: NWA) today announced that it has "
    "completed its acquisition of Fabrikam Data, a maker of data pipeline software, for $210 million in cash.",
    "The acquisition adds Fabrikam's pipeline tools to the Northwind platform and brings 140 engineers to the "
    "company, most of them based in Austin and Toronto.",
    "“Fabrikam's customers asked for exactly what Northwind builds,” said Ana Ruiz, chief executive of "
    "Northwind. “Together we can serve them faster and at a lower cost.”",
    "Northwind now expects full-year revenue of $640 million to $655 million, up from its earlier outlook of "
    "$610 million to $625 million.",
]


def bw_page(
    header_extra: str = "", story_head: str = "", subhead: str | None = BW_SUBHEAD, kicker: str = ""
) -> str:
    """A Business Wire release page of 2016: menus, the release header, the story, contacts, more news."""
    sub = f'<div class="bw-release-subhead"><h2><i>{subhead}</i></h2></div>' if subhead else ""
    story = "".join(f"<p>{text}</p>" for text in BW_PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Northwind Completes Acquisition of Fabrikam Data | Business Wire</title>
<meta name="description" content="Northwind Analytics completes acquisition of Fabrikam Data.">
<meta property="og:title" content="Northwind Completes Acquisition of Fabrikam Data">
<meta property="og:site_name" content="Business Wire">
<meta name="dc.date" content="2016-03-08">
</head><body class="bw-release-page">
<div id="bw-header"><a class="logo" href="/">Business Wire</a>
<nav class="bw-main-nav"><ul><li><a href="/news">News</a></li><li><a href="/services">Services</a></li>
<li><a href="/newsroom">Newsroom</a></li><li><a href="/login">Log In</a></li></ul></nav></div>
<div class="bw-release-main"><article class="bw-release">
<header class="bw-release-header">{kicker}
<div class="bw-release-timestamp"><time datetime="2016-03-08T13:30:00Z">March 08, 2016 08:30 AM Eastern Standard Time</time></div>
<h1 class="epi-fontLg bwalignc"><b>Northwind Completes Acquisition of Fabrikam Data</b></h1>
{sub}{header_extra}
<div class="bw-release-social"><span>Share</span> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</header>
<div class="bw-release-story">{story_head}{story}
<p>Contacts<br>Northwind Analytics<br>Jamie Park, 415-555-0142<br>press@northwind.example</p></div>
</article>
<aside class="bw-release-sidebar"><h3>More News From Northwind Analytics</h3><ul>
<li><a href="/n1">Northwind Analytics to Present at the Morgan Technology Conference on March 15</a><time>March 01, 2016</time></li>
<li><a href="/n2">Northwind Analytics Reports Fourth Quarter and Full Year 2015 Financial Results</a><time>February 18, 2016</time></li>
</ul></aside></div>
<footer id="bw-footer"><p>© 2016 Business Wire, Inc. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_business_wire_subhead_is_the_lead() -> None:
    article = extract_article(bw_page(), url=BW_URL)
    assert article.lead == BW_SUBHEAD
    assert BW_SUBHEAD not in article.body
    assert article.body.startswith("SAN FRANCISCO--(BUSINESS WIRE)--")


def test_business_wire_subhead_repeating_the_first_paragraph_is_not_shown_twice() -> None:
    html = bw_page(subhead=BW_PARAGRAPHS[0])
    article = extract_article(html, url=BW_URL)
    text = f"{article.lead or ''}\n\n{article.body}"
    assert text.count("today announced that it has completed") == 1


def test_release_subhead_box_above_the_headline_is_no_lead() -> None:
    kicker = (
        '<div class="bw-release-subhead bw-kicker"><span>Company announcement from Northwind Analytics, '
        "Inc. on the Fabrikam Data transaction closing</span></div>"
    )
    article = extract_article(bw_page(subhead=None, kicker=kicker), url=BW_URL)
    assert article.lead is None
    assert article.body.startswith("SAN FRANCISCO--(BUSINESS WIRE)--")


def test_photo_caption_under_the_release_headline_is_no_lead() -> None:
    photo = (
        '<div class="bw-release-photo"><img src="/multimedia/northwind-hq.jpg" alt="">'
        '<p class="bw-release-subhead-caption">Northwind Analytics headquarters in San Francisco, where the '
        "Fabrikam engineering team will join in April (Photo: Business Wire)</p></div>"
    )
    article = extract_article(bw_page(subhead=None, header_extra=photo), url=BW_URL)
    assert article.lead is None
    assert "(Photo: Business Wire)" not in (article.body or "")


def test_release_section_heading_is_no_lead() -> None:
    heading = (
        '<h2 class="release-subheading">About the transaction between Northwind Analytics and Fabrikam Data '
        "and the outlook</h2>"
    )
    article = extract_article(bw_page(subhead=None, story_head=heading), url=BW_URL)
    assert article.lead is None


DRUPAL_URL = "https://www.friendsoftheriver.example/news/2016/05/river-clean-draws-400-volunteers"
DRUPAL_TEASER = "Volunteers pulled two tonnes of rubbish from the banks in a single weekend"
DRUPAL_PARAGRAPHS = [
    "More than 400 volunteers joined the annual clean-up of the river on Saturday and Sunday, the largest "
    "turnout since the event began in 2009.",
    "They collected two tonnes of rubbish, including shopping trolleys, tyres and a rusted motorbike, from "
    "twelve kilometres of riverbank between the weir and the harbour.",
    "The organisers thanked local businesses, which donated gloves, bags and lunch for every helper, and "
    "announced a second clean-up for the autumn.",
]
OTHER_TEASERS = [
    (
        "Otters return to the upper river after forty years",
        "Camera traps near the mill caught two otters fishing at night, the first sighting since the 1970s.",
    ),
    (
        "Council backs new fish pass at the weir",
        "The fish pass will let salmon and sea trout reach their "
        "spawning grounds above the town for the first time in a century.",
    ),
]


def teaser_card(title: str, summary: str, drupal8: bool = False) -> str:
    """Another story shown in the teaser view mode, with its own teaser field."""
    if drupal8:
        return (
            f'<article class="node node--type-article node--view-mode-teaser"><h2><a href="/n">{title}</a></h2>'
            f'<div class="field field--name-field-teaser field--type-text-long">{summary}</div></article>'
        )
    return (
        f'<div class="views-row"><div class="node node-article node-teaser"><h2><a href="/n">{title}</a></h2>'
        f'<div class="field field-name-field-teaser field-type-text-long field-label-hidden"><div class="field-items">'
        f'<div class="field-item even">{summary}</div></div></div></div></div>'
    )


def drupal_page(content: str, title: str = "River clean-up draws 400 volunteers") -> str:
    """A Drupal 7 NGO page: menus, the page title, the content region, a sidebar, comments, the footer."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Friends of the River</title>
<meta name="generator" content="Drupal 7 (http://drupal.org)">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Friends of the River">
</head><body class="html not-front page-node node-type-article one-sidebar sidebar-first">
<div id="page"><div id="header"><a href="/" id="logo">Friends of the River</a>
<div id="navigation"><ul class="menu"><li><a href="/about">About us</a></li><li><a href="/news">News</a></li>
<li><a href="/events">Events</a></li><li><a href="/donate">Donate</a></li></ul></div></div>
<div id="main"><div id="content" class="column"><h1 class="title" id="page-title">{title}</h1>
{content}
</div>
<div class="region region-sidebar-first column sidebar"><div class="block block-views"><h2>Upcoming events</h2>
<ul><li><a href="/e1">Bat walk along the towpath</a> 12 June</li><li><a href="/e2">Volunteer training day</a> 19 June</li></ul>
</div></div></div>
<div id="footer"><p>Friends of the River is a registered charity. © 2016</p></div></div>
</body></html>"""


def drupal_node(teaser: str | None, before_body: str = "", drupal8: bool = False) -> str:
    """The full node: its teaser field (when given), anything placed before the body, the body field."""
    body = "".join(f"<p>{text}</p>" for text in DRUPAL_PARAGRAPHS)
    field = ""
    if teaser and drupal8:
        field = f'<div class="clearfix text-formatted field field--name-field-teaser field--type-text-long">{teaser}</div>'
    elif teaser:
        field = (
            '<div class="field field-name-field-teaser field-type-text-long field-label-hidden"><div class="field-items">'
            f'<div class="field-item even">{teaser}</div></div></div>'
        )
    return f"""<div id="node-812" class="node node-article node-full clearfix"><div class="submitted">
<span>Submitted by <a href="/user/4">Kate Morris</a> on Tue, 10/05/2016 - 14:05</span></div>
<div class="content">{field}{before_body}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">
<div class="field-item even">{body}</div></div></div></div>
<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>
<div class="comment"><p>Great work everyone, see you in the autumn!</p><span class="username">riverfan</span></div></div></div>"""


def test_release_subhead_date_line_is_no_lead() -> None:
    """Review: a `release-subhead-date` distribution line under the headline is not the subhead."""
    line = (
        '<div class="release-subhead-date">Originally published on March 08, 2016 by Northwind Analytics, '
        "distributed by Business Wire</div>"
    )
    article = extract_article(bw_page(subhead=None, header_extra=line), url=BW_URL)
    assert article.lead is None


def test_listing_of_teaser_cards_gives_no_lead() -> None:
    for drupal8 in (False, True):
        cards = "".join(teaser_card(title, summary, drupal8=drupal8) for title, summary in OTHER_TEASERS)
        view = (
            f'<div class="view view-news view-display-id-page"><div class="view-content">{cards}</div></div>'
        )
        article = extract_article(
            drupal_page(view, title="News"), url="https://www.friendsoftheriver.example/news"
        )
        assert article.lead is None


def test_related_teaser_card_before_the_text_is_no_lead() -> None:
    for drupal8 in (False, True):
        related = (
            '<div class="block block-views block-views-news-block-2"><h2>See also</h2>'
            f"{teaser_card(*OTHER_TEASERS[0], drupal8=drupal8)}</div>"
        )
        article = extract_article(drupal_page(drupal_node(None, before_body=related)), url=DRUPAL_URL)
        assert article.lead is None


def test_teaser_field_repeating_the_first_paragraph_is_not_the_lead() -> None:
    """The body holds the text (it reads the teaser field as well as the body field, as it did before this
    rule: the body's own repeat is left to body.py); the lead adds no further copy."""
    article = extract_article(drupal_page(drupal_node(DRUPAL_PARAGRAPHS[0])), url=DRUPAL_URL)
    assert article.lead is None
    assert article.body.startswith("More than 400 volunteers")


PLATFORM_SUBTITLES = [
    # (tag, class) as the platforms print their subtitle under the headline
    ("h2", "jeg_post_subtitle"),  # JNews (WordPress)
    ("p", "td-post-sub-title"),  # Newspaper / tagDiv (WordPress)
    ("p", "standfirst"),  # Reach / Trinity Mirror, Guardian-style templates
    ("p", "entry-subtitle"),  # WordPress subtitle plugins and themes
    ("div", "wp-block-post-excerpt"),  # WordPress block themes
    ("div", "field field--name-field-subtitle field--type-string"),  # Drupal 8+ subtitle field
    ("h2", "subtitle"),  # PR Newswire releases
]


def test_platform_subtitle_boxes_are_the_lead() -> None:
    """The subtitle boxes the platforms print between headline and text (read before this session: kept),
    shown once, first: as the lead, or opening the body when the body reads the box too (an `h2`)."""
    for tag, classes in PLATFORM_SUBTITLES:
        box = f'<{tag} class="{classes}">{DRUPAL_TEASER}</{tag}>'
        article = extract_article(drupal_page(drupal_node(None, before_body=box)), url=DRUPAL_URL)
        text = f"{article.lead}\n\n{article.body}" if article.lead else article.body
        assert text.startswith(DRUPAL_TEASER), classes
        assert text.count(DRUPAL_TEASER) == 1, classes
