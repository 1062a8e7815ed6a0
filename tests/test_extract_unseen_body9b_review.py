"""Guards from the review of the session-9 body rules (tests/test_extract_unseen_body9b.py): pages the rules were
not written for, where they dropped real article text or took quadratic time.

- appeal boxes (`_appeal_boxes`): a box of thousands of `/donate` icon links is walked once; a short story whose
  only wrapper holds a `/donate` link keeps its text; a paragraph or list item of running prose with an inline
  `/donate` or `/membership` link stays (a button box is needed: the link is most of it, a known appeal block's
  class, or a line after the last prose paragraph); the climb never leaves a paragraph for its wrapper nor passes a
  sibling paragraph of prose (nonprofit newsrooms on their own fundraisers, museums, city sites, charities);
- teaser cards (`_is_teaser_card`): a nested `<article>` whose heading links to a fragment (`#entry-2`, live-blog
  entries, explainer sections) or to the page itself is part of the story.

Each test serves a complete page (metadata, navigation, the article, comments, sidebar, footer).
"""

from __future__ import annotations

import time

from test_extract_unseen_body9b import EN_TEXT, _body, _page, _paragraphs


def test_box_of_many_donate_icon_links_is_walked_once() -> None:
    icons = '<a href="/donate"><i></i></a>' * 20000
    html = _page(
        _paragraphs(EN_TEXT[:2])
        + f'<div class="share"><p>Support us</p>{icons}</div>'
        + _paragraphs(EN_TEXT[2:])
    )
    began = time.perf_counter()
    body = _body(html)
    assert time.perf_counter() - began < 5.0
    assert body[:2] == list(EN_TEXT[:2]) and body[-2:] == list(EN_TEXT[2:])


def test_short_story_in_a_wrapper_with_a_donate_link_keeps_its_text() -> None:
    story = (
        '<div class="story"><p>The city opened a relief fund after the storm. <a href="/donate">Give here</a>.</p>'
        "<p>More than 400 homes were damaged, officials said Friday, and 60 families remain in shelters.</p></div>"
    )
    body = _body(_page(story + _paragraphs(EN_TEXT[2:])))
    assert any("relief fund" in text for text in body)
    assert any("400 homes" in text for text in body)


def test_only_lines_of_a_short_page_linking_to_donate_stay() -> None:
    story = (
        '<div><div><p>Storm relief: residents can <a href="/donate">give to the city fund</a> at city hall or '
        "online.</p><p>The fund has raised $80,000 so far.</p></div></div>"
    )
    body = _body(_page(story), url="https://www.harborcity.gov/news/2026/03/04/storm-fund")
    assert any("Storm relief" in text for text in body) and any("$80,000" in text for text in body)


def test_running_prose_with_an_inline_donate_or_membership_link_stays() -> None:
    texts = (
        EN_TEXT[0],
        'The mayor urged residents to <a href="/donate">donate</a> to the flood relief fund set up by the city.',
        'Members will still get in free. <a href="/membership">Membership</a> costs $65 a year for a family.',
        'Readers who missed the deadline can still <a href="/donate/">give online</a>; the NewsMatch fund will '
        "double gifts through January 15.",
        *EN_TEXT[1:],
    )
    body = _body(_page(_paragraphs(texts)))
    assert len(body) == len(texts)
    assert "flood relief fund" in body[1] and "$65 a year" in body[2] and "NewsMatch" in body[3]


def test_list_item_with_a_donate_link_stays_with_its_list() -> None:
    items = (
        '<ul><li>Give to the <a href="/donate/relief">storm relief fund</a>, which has raised $80,000 so far</li>'
        "<li>Volunteer at the shelter on Main Street</li><li>Drop off blankets at any fire station</li></ul>"
    )
    body = _body(_page(_paragraphs(EN_TEXT[:2]) + items + _paragraphs(EN_TEXT[2:])))
    assert any("storm relief fund" in text for text in body)
    assert "Volunteer at the shelter on Main Street" in body
    assert "Drop off blankets at any fire station" in body


def test_live_blog_entries_and_fragment_sections_are_not_teaser_cards() -> None:
    entries = (
        '<article class="live-entry"><h3><a href="#entry-2">10:42 AM</a></h3><p>The vote is 7-2. The budget '
        'passes; Wright and Adams vote no.</p></article><article class="live-entry"><h3><a href="#entry-1">10:15 '
        "AM</a></h3><p>Debate begins; the library cuts are first on the agenda.</p></article>"
    )
    sections = (
        '<article><h2><a href="#budget">What is in the budget</a></h2><p>Two firefighter positions, $1.2 million '
        "for roads, and a cut of four hours a week at branch libraries.</p></article>"
    )
    self_link = (
        '<article class="post-body"><h2 class="entry-title"><a href="/news/2026-02-20/sirens-fail">Sirens fail '
        "again</a></h2><p>Eleven of 14 sirens stayed silent.</p></article>"
    )
    body = _body(_page(self_link + _paragraphs(EN_TEXT[:2]) + entries + sections + _paragraphs(EN_TEXT[2:])))
    joined = "\n".join(body)
    assert "The vote is 7-2" in joined and "Debate begins" in joined
    assert "What is in the budget" in joined and "Two firefighter positions" in joined
    assert "Eleven of 14 sirens stayed silent." in joined


# Small-print captions (`_is_small_print_caption`): a line is a caption only when it is smaller than the text
# around it. Blogger posts and Word-pasted pages set every paragraph in `font-size: small` / `11px` spans; an inline
# `<small>` or small span around a word or two is no caption; `font-size: 0.875em` is the body's own size.
_PICTURE = (
    '<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/'
    'img/a/{0}.jpg"><img border="0" height="400" src="https://blogger.googleusercontent.com/img/a/{0}-s600.jpg" '
    'width="600" /></a></div>'
)


def _small_div(text: str, size: str = "small") -> str:
    return f'<div style="text-align: justify;"><span style="font-size: {size};">{text}</span></div>'


def test_blogger_post_set_all_in_small_print_keeps_lines_after_pictures() -> None:
    for size in ("small", "11px"):
        html = _page(
            _PICTURE.format("banjir")
            + "".join(_small_div(text, size) for text in EN_TEXT[:2])
            + _PICTURE.format("sirene")
            + "".join(_small_div(text, size) for text in EN_TEXT[2:])
        )
        assert _body(html) == list(EN_TEXT), size


def test_short_first_line_of_a_word_pasted_page_after_a_picture_stays() -> None:
    first = "HARBOR CITY — The county tested its sirens again."
    paragraphs = "".join(f'<p><span style="font-size: 12px;">{t}</span></p>' for t in (first, *EN_TEXT))
    body = _body(_page('<p><img src="/img/sirens.jpg" alt="siren" width="600"></p>' + paragraphs))
    assert body[0] == first


def test_small_word_inside_a_line_after_a_picture_is_no_caption() -> None:
    lines = (
        '<figure class="wp-block-image"><img src="/img/tower.jpg" alt="A siren tower"></figure>'
        "<p>Council member Dana Wright <small>(D-Ward 3)</small> asked for a report.</p>"
        '<p><img src="/img/council.jpg"></p><p>The vote was <span style="font-size: 10px;">7-2</span>, after a '
        "short debate.</p>"
        '<figure><img src="/i.jpg"></figure><p style="font-size:0.875em">The council met Tuesday in a packed room.</p>'
    )
    body = _body(_page(_paragraphs(EN_TEXT[:2]) + lines + _paragraphs(EN_TEXT[2:])))
    joined = "\n".join(body)
    assert "Dana Wright (D-Ward 3) asked for a report." in joined
    assert "The vote was 7-2, after a short debate." in joined
    assert "The council met Tuesday in a packed room." in joined


# Line rules of the same session: the outlet's name, date-label lines, agency notes, script ad labels and
# read-also labels as headings, `sign up for` promos, CJK leads.
def test_outlet_name_inside_the_text_and_in_lists_stays() -> None:
    texts = (
        EN_TEXT[0],
        EN_TEXT[1],
        "The figures were first reported by a rival station. The sources for this story:",
    )
    sources = "<ul><li>Coast Public Radio</li><li>County emergency office</li></ul>"
    heading = "<h2>Coast Public Radio</h2>"
    html = _page(_paragraphs(texts) + sources + heading + _paragraphs(EN_TEXT[2:]))
    body = _body(html)
    assert body.count("Coast Public Radio") == 2


def test_dated_lines_that_are_text_stay() -> None:
    lines = (
        "<ul><li>Updated March 5, 2026 at 9:00 AM</li><li>Sirens retested at noon</li></ul>",
        "<p>(avec son homologue allemand)</p><p>(mit Material von der Polizei)</p>",
    )
    html = _page(_paragraphs(EN_TEXT[:2]) + "".join(lines) + _paragraphs(EN_TEXT[2:]))
    joined = "\n".join(_body(html))
    assert "Updated March 5, 2026 at 9:00 AM" in joined
    assert "(avec son homologue allemand)" in joined and "(mit Material von der Polizei)" in joined


def test_label_words_as_section_headings_stay() -> None:
    html = _page(
        _paragraphs(EN_TEXT[:2])
        + "<h2>Lees meer</h2>"
        + _paragraphs(EN_TEXT[2:3])
        + "<h3>Zie ook</h3>"
        + _paragraphs(EN_TEXT[3:])
    )
    body = _body(html)
    assert "Lees meer" in body and "Zie ook" in body


def test_sign_up_after_a_comma_is_a_promo() -> None:
    promo = "<p>Want more coast news? Great, sign up for the Coast Briefing every morning.</p>"
    body = _body(_page(_paragraphs(EN_TEXT[:2]) + promo + _paragraphs(EN_TEXT[2:])))
    assert body == list(EN_TEXT)


def test_deal_heading_with_sign_up_after_a_comma_stays() -> None:
    """A deals roundup's heading (IGN's daily deals): `…, Sign up for the … Package` names the deal."""
    heading = (
        "<h3>Disney Plus is Now Live, Sign up for the Disney+, Hulu, and ESPN+ Package and Save $5/Month</h3>"
    )
    body = _body(_page(_paragraphs(EN_TEXT[:2]) + heading + _paragraphs(EN_TEXT[2:])))
    assert any(text.startswith("Disney Plus is Now Live") for text in body)
