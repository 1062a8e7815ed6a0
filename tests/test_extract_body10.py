"""Appendices and notices of the open web that are not the article's text (#10, session 10).

Blind page sets of sites nobody tuned for (benchmarks/pages/open-web, indonesia-shapes-4) showed classes of
chrome that many sites of a family print inside the text's block:

- a press release's end mark (`– ENDS –`, `###`, `-30-`) and the `Notes to editors` after it: NGOs, UK and Irish
  government departments, universities, PR Newswire, Business Wire, EIN Presswire, Canadian newsrooms;
- disclaimers at the text's edges (`The views expressed … do not necessarily reflect …`, `Disclaimer: …`) on think
  tanks, op-ed pages and review blogs, and affiliate notices in more languages (travel, food, review blogs);
- a recipe card's facts (times, servings, nutrition) from WP Recipe Maker, Tasty Recipes, Mediavine Create;
- a table's `Source:` line under it (magazines, statistics offices, NGOs);
- MediaWiki's `[edit]`/`[redigera]` section links and `↑` reference lists (every MediaWiki), SPIP's breadcrumb,
  `P.-S.` and `[1]` notes, comment-section headings (WordPress, Blogger, SPIP, OpenSID);
- a newsletter's footer (Mailchimp, Substack, Sendinblue) while its salutation and closing stay;
- a forum's quote header (`name wrote: ↑ date`: phpBB, vBulletin, SMF) while the quoted words stay;
- comment-form notices (WordPress in every language, OpenSID village sites), credit boxes of several labels
  (`Penulis: … Penyunting: … Fotografer: …`: Indonesian campus and regional papers, magazines' `Words: … Photos:`);
- a dateline set apart with the outlet's name (`Lamongan, NU Online Jatim` on NU Online's regional sites) is the
  text's first line and stays, as the Indonesian sets' truth keeps datelines; without metadata the outlet's name
  is the <title>'s last segment;
- an affiliate box (`rel="sponsored"` line alone in its box among the paragraphs: Booking/GetYourGuide boxes of
  travel blogs, Amazon boxes of AAWP/Lasso/ThirstyAffiliates);
- a dash signature under the last paragraph stays (`— The Rust Release Team` on project blogs, personal blogs),
  an agency's credit does not;
- a code block's line-number gutter (Rouge, Pygments, Chroma, SyntaxHighlighter), MediaWiki's bracketed reference
  marks, and the `SCROLL TO CONTINUE WITH CONTENT` ad labels of detik/Suara/JawaPos-network pages go.

Each rule has a guard where it must not fire: an article about a disclaimer, a recipe time in prose, a story
quoting `ends`, a `Notes` subheading followed by text, a last paragraph opening with `Source:` without a table, a
table whose rows open with `Source:`, a real blockquote citing a writer, a one-separator `Home / away` sentence, a
blog's `###` section break, notice words inside sentences (`If you received this email`, a quoted `We're hiring`),
a paid link inside a paragraph or a page builder's wrapped paragraphs, bare note numbers, `<pre>` data numbers. Each test serves a full page (head
metadata, navigation, sidebar, related list, comments, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://www.example.org/news/2026/03/spring-survey"
TITLE = "Spring survey shows a record number of volunteers"

PROSE = (
    "The annual spring survey counted more volunteers than in any year since the association began keeping "
    "records, with more than four hundred people joining the counts across the region's parks and lakes.",
    "Organisers said the growth came mostly from families and school groups, who took part in the weekend counts "
    "and brought their own binoculars and notebooks to the meeting points at the edge of town.",
    "The coordinators will publish the full results in June, after the data have been checked against the records "
    "of the previous ten years and the maps of the sites have been updated with the new routes.",
    "Next year the association hopes to add three new survey routes along the river, where the council has "
    "restored a stretch of wetland that was drained for farming in the nineteen-sixties.",
)


def _page(article: str, *, title: str = TITLE, lang: str = "en", site: str = "Example Society") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta name="description" content="News from the {site}.">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", "headline": "{title}",
"datePublished": "2026-03-03T10:00:00+01:00", "publisher": {{"@type": "Organization", "name": "{site}"}}}}</script>
</head>
<body>
<header class="site-header"><a href="/">{site}</a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/events/">Events</a></li><li><a href="/about/">About</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav></header>
<div class="wrap">
<main class="main">
<article class="post">
<h1 class="post-title">{title}</h1>
<div class="post-meta"><time datetime="2026-03-03T10:00:00+01:00">3 March 2026</time></div>
<div class="post-body">
{article}
</div>
</article>
<section class="related"><h2>More news</h2><ul>
<li><a href="/news/2026/02/winter-count">Winter count finds fewer ducks on the lakes</a> <span>12 February 2026</span></li>
<li><a href="/news/2026/01/new-board">A new board for the association</a> <span>20 January 2026</span></li>
<li><a href="/news/2025/12/lecture">Lecture series on urban wildlife</a> <span>1 December 2025</span></li>
</ul></section>
<section class="comments"><h3>2 comments</h3>
<div class="comment"><b>Ann</b> <span>4 March 2026</span><p>Great to see so many families out at the lake this year, well done to all.</p></div>
<div class="comment"><b>Tom</b> <span>5 March 2026</span><p>Will the results for the northern routes be published separately?</p></div>
</section>
</main>
<aside class="sidebar"><h3>Archives</h3><ul><li><a href="/2026/02/">February 2026</a></li>
<li><a href="/2026/01/">January 2026</a></li></ul>
<h3>Tags</h3><a href="/tag/survey">survey</a> <a href="/tag/volunteers">volunteers</a></aside>
</div>
<footer class="site-footer"><p>© 2026 {site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def _paragraphs(texts: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"<p>{text}</p>" for text in texts)


def _body(html: str) -> list[str]:
    article = extract_article(html, url=URL)
    return [p for p in ((article.lead or "") + "\n\n" + article.body).split("\n\n") if p.strip()]


# --- press releases -------------------------------------------------------------------------------------------


def test_press_release_ends_mark_and_notes_to_editors_go() -> None:
    article = (
        _paragraphs(PROSE)
        + "<p><strong>– ENDS –</strong><br>Notes to editors</p>"
        + "<p>The full report is available at example.org/report. Interviews are available on request in English "
        "and French from the press office.</p>"
        + "<p>The Example Society is a network of 140 organisations in 31 countries working to protect wetlands. It "
        "was founded in 2009.</p>"
    )
    body = _body(_page(article))
    assert body[-1] == PROSE[-1]
    assert not any("Notes to editors" in p or "press office" in p for p in body)


def test_wire_release_hash_mark_ends_the_text() -> None:
    article = (
        _paragraphs(PROSE)
        + "<p style='text-align:center'>###</p>"
        + "<p>About Example Society: founded in 2009, the society runs volunteer counts in 14 regions and publishes "
        "its data under an open licence for researchers.</p>"
    )
    body = _body(_page(article))
    assert body[-1] == PROSE[-1]


def test_section_break_of_hashes_in_a_long_post_stays() -> None:
    """Guard: `###` between two halves of a blog post is a section break; the longer half after it stays."""
    after = [f"{text} In the second part of the season the counts moved to the coast." for text in PROSE]
    article = _paragraphs(PROSE[:2]) + "<p>###</p>" + _paragraphs(after)
    body = _body(_page(article))
    assert body[-1] == after[-1]


def test_story_quoting_ends_and_a_notes_subheading_with_text_stay() -> None:
    """Guard: `ENDS` inside a sentence and a `Notes` subheading followed by prose are the text."""
    tail = (
        "The strike ENDS at midnight on Friday, the union said, unless the talks collapse again before then.",
        "Notes",
        "The coordinators keep field notes in a shared notebook, and the best of them will be printed in the "
        "autumn yearbook together with the volunteers' photographs from the lakes.",
    )
    article = _paragraphs(PROSE) + f"<p>{tail[0]}</p><h2>{tail[1]}</h2><p>{tail[2]}</p>"
    body = _body(_page(article))
    assert body[-3:] == list(tail)


# --- disclaimers and affiliate notices -----------------------------------------------------------------------


def test_think_tank_disclaimer_and_affiliate_notice_go() -> None:
    article = (
        "<p class='aviso'><em>Este artículo contiene enlaces de afiliado. Si reservas a través de ellos, nos llevamos "
        "una pequeña comisión sin coste extra para ti.</em></p>"
        + _paragraphs(PROSE)
        + "<p class='disclaimer'><em>The views expressed in this commentary are those of the authors and do not "
        "necessarily reflect the position of the Example Society.</em></p>"
    )
    html = _page(article)
    body = _body(html)
    assert body == list(PROSE)
    assert extract_article(html, url=URL).lead in (None, "")


def test_disclaimer_label_in_a_box_after_the_text_goes() -> None:
    article = (
        _paragraphs(PROSE)
        + "<div class='infobox'><p><em>Disclaimer: wij ontvangen geen vergoeding van installateurs of fabrikanten "
        "die in dit artikel worden genoemd.</em></p></div>"
    )
    assert _body(_page(article)) == list(PROSE)


def test_article_about_a_disclaimer_keeps_its_prose() -> None:
    """Guard: prose that discusses a disclaimer, or views expressed by a person, is the text."""
    tail = (
        "The disclaimer, which says the society's views are its own, was added to the website after a complaint.",
        "The views expressed by the minister do not match the party line, analysts said on Tuesday afternoon.",
    )
    article = _paragraphs(PROSE) + _paragraphs(tail)
    assert _body(_page(article))[-2:] == list(tail)


# --- recipe cards ----------------------------------------------------------------------------------------------


def test_recipe_card_facts_go_and_ingredients_stay() -> None:
    card = """<div class="recipe-card"><h2>Apple cake</h2>
<div class="times"><div><span>Prep Time</span> <span>20 minutes</span></div>
<div><span>Cook Time</span> <span>45 minutes</span></div><div><span>Servings</span> <span>8 slices</span></div></div>
<h3>Ingredients</h3><ul><li>3 apples</li><li>250 g flour</li><li>150 g sugar</li><li>3 eggs</li></ul>
<h3>Instructions</h3><ol><li>Heat the oven to 180 °C and butter a 24 cm tin, or line it with baking paper.</li>
<li>Beat the eggs with the sugar for ten minutes, until the mixture is pale and thick.</li>
<li>Fold in the flour and the apples, pour into the tin and bake for about 45 minutes.</li></ol>
<h3>Nutrition</h3><p>Calories: 290kcal Carbohydrates: 41g Fat: 12g</p>
<p><span>Course</span> Dessert <span>Cuisine</span> Italian</p>
<p>Tried this recipe? Tag me on Instagram!</p></div>"""
    body = _body(_page(_paragraphs(PROSE[:2]) + card))
    assert "3 apples" in body and "Instructions" in body
    assert not any(
        p.startswith(("Prep Time", "Cook Time", "Servings", "Calories", "Nutrition", "Tried", "Course"))
        for p in body
    )


def test_cooking_time_in_prose_stays() -> None:
    """Guard: one time line, or a time in a sentence, is the text."""
    line = "Cook time 45 minutes"
    tail = (
        "Cook time: 45 minutes is all the cake needs, she says, and it should never be opened before then.",
    )
    article = _paragraphs(PROSE) + f"<h3>{line}</h3>" + _paragraphs(tail)
    body = _body(_page(article))
    assert body[-1] == tail[0] and line in body


# --- tables and their source lines ----------------------------------------------------------------------------


TABLE = """<table><thead><tr><th>Year</th><th>Volunteers</th></tr></thead><tbody>
<tr><td>2024</td><td>310</td></tr><tr><td>2025</td><td>355</td></tr><tr><td>2026</td><td>412</td></tr></tbody></table>"""


def test_source_line_under_a_table_goes() -> None:
    article = (
        _paragraphs(PROSE[:2])
        + TABLE
        + "<p><em>Source: Example Society survey records.</em></p>"
        + (_paragraphs(PROSE[2:]))
    )
    body = _body(_page(article))
    assert "2026 | 412" in body
    assert not any(p.startswith("Source:") for p in body)


def test_table_whose_rows_are_the_text_stays_whole() -> None:
    """Guard: a table of sources is the text: its `Source: … | …` rows are rows, not a source line."""
    rows = [("Source: council survey", "2024", "310"), ("Source: volunteer counts", "2025", "355")]
    table = "<table><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
        for row in [("Origin", "Year", "Birds")] + rows
    )
    body = _body(_page(_paragraphs(PROSE[:2]) + table + "</tbody></table>" + _paragraphs(PROSE[2:])))
    assert "Source: council survey | 2024 | 310" in body
    assert "Source: volunteer counts | 2025 | 355" in body


def test_source_paragraph_in_prose_stays() -> None:
    """Guard: a last paragraph that opens with `Source:` and follows no table is the text."""
    last = "Source: a volunteer who asked not to be named said the counts on the northern lakes were the best yet."
    assert _body(_page(_paragraphs(PROSE) + f"<p>{last}</p>"))[-1] == last


# --- wikis, SPIP, comment sections ----------------------------------------------------------------------------


def test_mediawiki_edit_links_and_references_go() -> None:
    article = (
        _paragraphs(PROSE[:2])
        + '<h2><span class="mw-headline" id="Resultat">Resultat</span><span class="mw-editsection">'
        '<span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">redigera</a>'
        '<span class="mw-editsection-bracket">]</span></span></h2>'
        + _paragraphs(PROSE[2:])
        + '<h2><span class="mw-headline">Källor</span><span class="mw-editsection">[<a href="?section=2">redigera</a>]'
        "</span></h2><ol class='references'><li><a href='#cite_ref-1'>↑</a> Svensk fladdermusatlas, delrapport 2024."
        "</li></ol>"
    )
    body = _body(_page(article, lang="sv"))
    assert "Resultat" in body
    assert not any("redigera" in p or "Källor" in p or "↑" in p for p in body)


def test_spip_breadcrumb_post_scriptum_and_notes_go() -> None:
    article = (
        '<p class="arbo"><a href="/">Accueil</a> &gt; <a href="/rubrique3">Actualités</a> &gt; <strong>Un café '
        "associatif, c’est d’abord un lieu où l’on a le droit de ne rien consommer</strong></p>"
        + _paragraphs(PROSE)
        + '<div class="ps"><h2>P.-S.</h2><p>Le réseau organise une journée portes ouvertes le samedi 28 mars 2026.'
        " Programme sur la page Agenda.</p></div>"
        + '<div class="notes"><h2>Notes</h2><p>[1] Chiffres du réseau au 1er janvier 2026.</p></div>'
    )
    body = _body(_page(article, lang="fr"))
    assert body == list(PROSE)


def test_one_separator_home_sentence_stays() -> None:
    """Guard: `Home / away` once in a sentence is no breadcrumb."""
    first = "Home / away form decided the league this season, the coach said after the last game in the rain."
    assert _body(_page(_paragraphs((first, *PROSE))))[0] == first


def test_comment_form_notices_go() -> None:
    article = (
        _paragraphs(PROSE)
        + "<h4>Formulir Komentar (Komentar baru terbit setelah disetujui Admin)</h4>"
        + "<p>Silakan tulis komentar dalam formulir berikut ini (Gunakan bahasa yang santun)</p>"
        + "<form><input name='nama'><textarea name='komentar'></textarea><button>Kirim</button></form>"
    )
    assert _body(_page(article, lang="id")) == list(PROSE)


def test_credit_box_of_several_labels_goes() -> None:
    box = (
        "<p><em>Penulis: Nadia Putri Ayuningtyas dan Gilang Ramadhan Saputra<br>Penyunting: Rizky Aditya Pratama"
        "<br>Fotografer: Salma Hanifa Rahmawati</em></p>"
    )
    assert _body(_page(_paragraphs(PROSE) + box, lang="id")) == list(PROSE)


# --- newsletters, forums, datelines ----------------------------------------------------------------------------


def test_newsletter_salutation_and_closing_stay_footer_goes() -> None:
    article = (
        "<p>Liebe Gartenfreundinnen und Gartenfreunde,</p>"
        + _paragraphs(PROSE)
        + "<p>Herzliche Grüße aus dem Vorstand<br>Jutta Reinecke<br>Schriftführerin</p>"
        + "<p>Unsere Postanschrift: Kleingartenverein Sonnenwinkel e.V. Am Sonnenwinkel 12 30659 Hannover Germany</p>"
        + "<p>Möchten Sie ändern, wie Sie diese E-Mails erhalten? Sie können Ihre Einstellungen ändern oder sich "
        "von dieser Liste abmelden.</p>"
    )
    body = _body(_page(article, lang="de"))
    assert body[0] == "Liebe Gartenfreundinnen und Gartenfreunde,"
    assert body[-1].startswith("Herzliche Grüße aus dem Vorstand")


def test_forum_quote_header_goes_and_quoted_words_stay() -> None:
    quote = (
        '<blockquote><div><cite>oldfolder wrote: <a href="./viewtopic.php?p=298112#p298112">↑</a>Sun Oct 12, 2025 '
        "10:15 am</cite>Don't bother with the seat post, just cut it out.</div></blockquote>"
    )
    body = _body(_page(_paragraphs(PROSE[:2]) + quote + _paragraphs(PROSE[2:])))
    assert "Don't bother with the seat post, just cut it out." in body
    assert not any("wrote:" in p for p in body)


def test_real_blockquote_citing_a_writer_stays() -> None:
    """Guard: a blog's quotation opening with `X wrote:` and no forum date or jump arrow is kept whole."""
    quote = "Mary Oliver wrote: Tell me, what is it you plan to do with your one wild and precious life?"
    body = _body(
        _page(_paragraphs(PROSE[:2]) + f"<blockquote><p>{quote}</p></blockquote>" + _paragraphs(PROSE[2:]))
    )
    assert quote in body


def test_dateline_with_the_outlet_name_opens_the_text() -> None:
    site = "NU Online Jatim"
    article = "<p>Lamongan, NU Online Jatim</p>" + _paragraphs(PROSE)
    body = _body(_page(article, lang="id", site=site))
    assert body[0] == "Lamongan, NU Online Jatim"
    assert body[1] == PROSE[0]


def test_dateline_with_the_title_suffix_when_no_metadata() -> None:
    """Without og:site_name or JSON-LD the outlet's name is the one the <title> closes with."""
    article = "<p>Lamongan, NU Online Jatim</p>" + _paragraphs(PROSE)
    html = _page(article, lang="id", site="NU Online Jatim")
    html = html.replace('<meta property="og:site_name" content="NU Online Jatim">', "")
    html = html.split('<script type="application/ld+json">')[0] + html.split("</script>", 1)[1]
    body = _body(html)
    assert body[0] == "Lamongan, NU Online Jatim"


def test_notice_words_in_the_text_stay() -> None:
    """Guard: the words of newsletter footers, hiring boxes, breadcrumbs and recipe cards inside sentences and
    data lines of an ordinary article."""
    text = (
        "Start / stop / restart commands are all the service needs, and the new release finally documents them.",
        "If you received this email, do not click the link: the bank says it never asks for passwords by mail.",
        "To stop the reminders, open the settings page and update your preferences for each of your devices.",
        "“We're hiring again,” the chief executive said, adding that forty engineers would join by the summer.",
    )
    stats = ("Total 3 goals", "Total 5 assists", "Course fees and cuisine options")
    article = _paragraphs(PROSE[:2]) + _paragraphs(text) + "<ul>" + "".join(f"<li>{s}</li>" for s in stats)
    article += "</ul>" + _paragraphs(PROSE[2:])
    body = _body(_page(article))
    for line in (*text, *stats):
        assert line in body


# --- affiliate boxes -------------------------------------------------------------------------------------------


def test_affiliate_box_between_paragraphs_goes() -> None:
    """A Booking.com/Amazon box (`rel="sponsored"`, as Google asks of paid links) set alone among the paragraphs."""
    box = (
        "<div class='box-2'><p><strong>Where to stay?</strong> We stayed at the Lakeside Guesthouse. "
        '<a href="https://www.booking.com/hotel/xx/lakeside.html?aid=123" rel="sponsored nofollow">Check prices and '
        "availability here</a>.</p></div>"
    )
    body = _body(_page(_paragraphs(PROSE[:2]) + box + _paragraphs(PROSE[2:])))
    assert body == list(PROSE)


def test_affiliate_link_in_the_text_or_in_a_page_builder_stays() -> None:
    """Guard: a paid link inside a paragraph of the text's flow, or in a page builder's wrapped paragraphs."""
    linked = (
        'We stayed at the <a href="https://www.booking.com/hotel/xx/lakeside.html" rel="sponsored">Lakeside '
        "Guesthouse</a>, a short walk from the first survey route along the lake shore."
    )
    plain = (
        "We stayed at the Lakeside Guesthouse, a short walk from the first survey route along the lake shore."
    )
    flowing = _body(_page(_paragraphs((PROSE[0], linked, *PROSE[1:]))))
    assert plain in flowing
    wrapped = "".join(f"<div class='w'><p>{text}</p></div>" for text in (PROSE[0], linked, *PROSE[1:]))
    assert plain in _body(_page(wrapped))


# --- signatures --------------------------------------------------------------------------------------------------


def test_dash_signature_under_the_last_paragraph_stays_agency_credit_goes() -> None:
    """Release notes of project blogs (`— The Rust Release Team`) and personal blogs sign under the text; an
    agency's credit after a wire story (`— Reuters`) is no signature."""
    signed = _body(_page(_paragraphs(PROSE) + "<p>— The Example Society maintainers</p>"))
    assert signed[-1] == "— The Example Society maintainers"
    credited = _body(_page(_paragraphs(PROSE) + "<p>— Reuters</p>"))
    assert credited[-1] == PROSE[-1]


# --- code gutters, reference marks, ad labels --------------------------------------------------------------------


def test_code_gutter_goes_code_and_numbers_in_text_stay() -> None:
    """Rouge/Pygments/Chroma print line numbers in a `<pre>` of their own beside the code: the gutter goes; the code
    stays, and so do a `<pre>` of data numbers and a paragraph counting `1 2 3 4`."""
    code = (
        '<table class="t1"><tbody><tr><td class="t2"><pre class="t3">1\n2\n3\n4\n</pre></td><td class="t4"><pre>'
        "ALTER TABLE audit_events SET (\n  autovacuum_enabled = true,\n  autovacuum_vacuum_scale_factor = 0.01\n);"
        "</pre></td></tr></tbody></table>"
    )
    data = "<pre>3 1 4 1 5 9 2 6</pre>"
    counting = "<p>1 2 3 4</p>"
    body = _body(_page(_paragraphs(PROSE[:2]) + code + data + counting + _paragraphs(PROSE[2:])))
    assert not any(p.replace("\n", " ").strip() == "1 2 3 4" and "\n" in p for p in body)
    assert any(p.startswith("ALTER TABLE audit_events SET (") for p in body)
    assert "3 1 4 1 5 9 2 6" in body and "1 2 3 4" in body


def test_bracketed_reference_marks_go_bare_note_numbers_stay() -> None:
    """MediaWiki's `[1]` linked to `#cite_note-1` is no word of the sentence; a bare `1` linked to a note (Substack's
    footnote anchor, which the cms-shapes truth keeps) and `m<sup>2</sup>` stay."""
    first = (
        "The pipistrelle has spread north across central Sweden in recent decades."
        '<sup id="cite_ref-1" class="r1"><a href="#cite_note-1"><span>[</span>1<span>]</span></a></sup> Counts '
        "rose at most of the sites the volunteers walked this summer."
    )
    second = (
        'The kitchen table was in Tenants Harbor.<sup><a class="f1" href="#footnote-1">1</a></sup> The new wetland '
        "covers 12 km<sup>2</sup> along the river."
    )
    body = _body(_page(_paragraphs((first, second, *PROSE)), lang="sv"))
    assert body[0] == (
        "The pipistrelle has spread north across central Sweden in recent decades. Counts rose at most of the sites "
        "the volunteers walked this summer."
    )
    assert (
        body[1] == "The kitchen table was in Tenants Harbor.1 The new wetland covers 12 km2 along the river."
    )


def test_scroll_to_continue_ad_label_goes_without_its_class() -> None:
    """detik, Suara and JawaPos-network ad slots: the label goes even when its hiding class is unknown."""
    labels = (
        '<div class="x9"><span>ADVERTISEMENT</span><p>SCROLL TO CONTINUE WITH CONTENT</p></div>'
        '<div class="x8"><p>SCROLL TO RESUME CONTENT</p></div>'
    )
    body = _body(_page(_paragraphs(PROSE[:2]) + labels + _paragraphs(PROSE[2:]), lang="id"))
    assert body == list(PROSE)
