"""Authors on pages with neither metadata nor meaningful class names (#10, tenth round): what a reader sees.

The cms-shapes pages (platform reconstructions) lost 12 of 20 writers once their metadata and class names were
gone (`both` variant of benchmarks/perturbed_pages.py); the rules here follow what the reader still sees:

- A. Co-authors in the byline's own line. The element the first name was read from (its link, its `by` box)
  shows only that name; the short line around it names the others: Escenic/CUE (`<span>Por</span> <span><a>Joana
  Martins</a></span> <span>e</span> <span><a>Rui Costa</a></span>`, Portuguese and Nordic papers), WordPress
  Newspack (`<span>by</span> <span><a>A</a></span> and <span><a>B</a></span>`), the Guardian's DCR (`rel=author`
  links side by side), Le Monde's Méthode (`Par <a>A</a> et <span>B</span>`), Der Tagesspiegel (`Von A und B`,
  corpus). Never a photographer (`Text: A, Fotos: B`), an editor, a desk or the outlet as the second name.
- A2. Each writer in a card of their own (Brightspot public-media `authorInfo` cards, Arc and WordPress author
  boxes): the next cards of the same kind linking a name under the same folder (`/people/`).
- B. The name in the date row under the headline, with pieces between: the reading time and word count strung
  with `·` (Hugo PaperMod, Ghost and Jekyll meta lines), a CJK reporter's title after the name (`佐藤 美咲` `記者`:
  Japanese and Korean papers on Next.js), an update stamp as the only date under the headline while the
  publication date is printed after the text (the Indian Express's AMP pages, Hindustan Times, NDTV), a news
  service between the name and the date (`Priya Nair | Express News Service`, Times of India's `TNN`, PTI).
- C. A profile link whose address spells the name it shows (`/@ruthellison` on Substack, `/@martasoler` on
  Medium, `/profile/ximenarobles/profile` on Wix, `/people/daniel-ortega` on Brightspot, `/av/viktor-hedlund/`
  and `/page/ophelie-ostermann` in the corpus) in a short row with a date or a reading time; never a tag or topic
  page about a person (`/thema/angela-merkel`, `/tag/joko-widodo`), a section at the root, a story's address, a
  link inside a paragraph, list item or caption, nor a person's card with no date.
- D. A byline row right above the headline only with a label (`Written By` beside the date: Squarespace) or a
  profile link beside a reading time (Wix): never a kicker (`Politik · 7. März 2024`, a person's topic link
  beside the date), never a breadcrumb.

Every page has a bare head (a title, a charset: no author metadata), a menu, a breadcrumb, the article, a
related-stories list with bylines and dates, comments and a footer, with meaningless class names.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from support.benchmarks import load_benchmark

from telisik.extract import extract_article

EN = [
    "The county board on Tuesday approved a plan to replace the oldest stretch of water main under the river "
    "district, after two breaks last winter left hundreds of homes without water for days.",
    "Engineers told the board that the pipes, laid in the 1920s, were cracked in several places and that patching "
    "them again would cost nearly as much as replacing them outright over the next three years.",
    "Residents who spoke at the meeting asked for the work to be done at night so that shops on the main street "
    "would not lose their customers during the busiest months of the year.",
    "The board said it would publish a schedule in the spring, once the contractor has surveyed the street and "
    "agreed on detours with the transit agency and the fire department.",
]
RELATED = (
    '<aside class="c9a"><h3 class="c9b">More stories</h3>'
    '<div class="c9c"><h4><a href="/local/2026/03/02/bridge-lanes-close">Bridge lanes close on Monday</a></h4>'
    '<div class="c9d"><a href="/people/john-whitaker">John Whitaker</a> <span>March 2, 2026</span></div></div>'
    '<div class="c9c"><h4><a href="/local/2026/03/01/crab-season-extended">Crab season extended</a></h4>'
    '<div class="c9d"><a href="https://substack.com/@lenamorrow">Lena Morrow</a> · <span>4 min read</span>'
    "</div></div>"
    '<ul class="c9e"><li><a href="/local/2026/02/28/school-roof">School roof fixed</a> '
    '<a href="/author/peter-hale">Peter Hale</a> <span>Feb 28, 2026</span></li></ul></aside>'
)
COMMENTS = (
    '<div class="c7a"><h3>Comments</h3>'
    '<div class="c7b"><a class="c7c" href="https://substack.com/@joepinkham">Joe Pinkham</a> '
    '<a href="#c1">Mar 5, 2026</a><p>We have waited years for this. Thank you for covering it.</p></div>'
    '<div class="c7b"><a class="c7c" href="/members/debhutchins">Deb Hutchins</a> <span>Mar 6, 2026</span>'
    "<p>Night work is a good idea.</p></div></div>"
)


def page(header: str, *, above: str = "", body: str | None = None, lang: str = "en") -> str:
    """A whole page with a bare head; `above` sits right before the headline, `header` right after it."""
    text = body if body is not None else "".join(f"<p>{p}</p>" for p in EN)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>County approves water main plan</title></head>
<body><div class="c01"><a href="/" class="c02">Riverside Dispatch</a><div class="c03"><a href="/local">Local</a>
<a href="/politics">Politics</a> <a href="/sport">Sport</a></div></div>
<div class="c04"><ol class="c05"><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ol></div>
<div class="c10"><div class="c11"><div class="c12">{above}<h1 class="c13">County board approves $48 million water
main plan</h1></div>{header}<div class="c20">{text}</div>{COMMENTS}</div>{RELATED}</div>
<div class="c90"><p>&copy; 2026 Riverside Dispatch. All rights reserved.</p><a href="/about">About</a></div>
</body></html>"""


def authors_of(html: str) -> list[str]:
    return extract_article(html, url="https://www.riversidedispatch.com/local/county-water-main-plan").authors


DATE = '<span class="c31">March 3, 2026</span>'

# --- What must not fire (written first) ---------------------------------------------------------------------

NOT_BYLINES = {
    "tag link to a person beside the date under the headline": (
        f'<div class="c30"><a href="/tag/joko-widodo">Joko Widodo</a> {DATE}</div>'
    ),
    "topic link to a person in the standfirst": (
        '<div class="c30"><p class="c32">The plan follows a visit by <a href="/politics/angela-merkel">Angela '
        f"Merkel</a> to the river district last year.</p>{DATE}</div>"
    ),
    "German topic page beside the date": (
        f'<div class="c30"><a href="/thema/angela-merkel">Angela Merkel</a> {DATE}</div>'
    ),
    "a section at the site's root beside the date": (
        f'<div class="c30"><a href="/digital-life">Digital Life</a> {DATE}</div>'
    ),
    "a story link that spells its title": (
        f'<div class="c30">{DATE}</div><div class="c33"><a href="/local/2026/03/02/harga-beras-turun">Harga '
        "Beras Turun</a></div>"
    ),
    "a person's card with no date (the interviewee)": (
        f'<div class="c30">{DATE}</div><div class="c34"><a href="/people/margaret-holloway">Margaret Holloway</a>'
        '<span class="c35">Professor of Urban Economics, Leeds</span></div>'
    ),
    "another story's card before the text, with its heading": (
        f'<div class="c30">{DATE}</div><div class="c70"><h4 class="c71"><a href="/local/other-story">Bridge lanes'
        ' close on Monday</a></h4><div class="c72"><a href="/people/john-whitaker">John Whitaker</a> <span>March 2,'
        " 2026</span></div></div>"
    ),
    "another story's card before the text, a bare link": (
        f'<div class="c30">{DATE}</div><div class="c70"><a href="/local/other-story">Bridge lanes close on Monday'
        '</a><div class="c72"><a href="/people/john-whitaker">John Whitaker</a> <span>March 2, 2026</span></div>'
        "</div>"
    ),
    "a profile-looking link inside a caption": (
        f'<div class="c30">{DATE}</div><figure class="c36"><img src="/img/pipes.jpg" width="800" height="500">'
        '<figcaption><a href="/people/sam-osei">Sam Osei</a> 2026</figcaption></figure>'
    ),
}


@pytest.mark.parametrize("name", list(NOT_BYLINES))
def test_no_writer_is_made_of_a_link_to_a_person(name: str) -> None:
    assert authors_of(page(NOT_BYLINES[name])) == []


KICKERS_ABOVE = {
    "category kicker with the date": '<div class="c40"><a href="/politics">Politik</a> · 7. März 2024</div>',
    "a person's topic link with the date": (
        '<div class="c40"><a href="/politik/olaf-scholz">Olaf Scholz</a> <span>7. März 2024</span></div>'
    ),
    "a name with the date and no label": '<div class="c40"><span>Christian Mihatsch</span> 22.11.2022</div>',
    "a breadcrumb to a person's page": (
        '<ol class="c41"><li><a href="/">Home</a></li><li><a href="/people/jane-doe">Jane Doe</a> 2 min</li></ol>'
    ),
}


@pytest.mark.parametrize("name", list(KICKERS_ABOVE))
def test_no_writer_is_read_above_the_headline_without_label_or_profile(name: str) -> None:
    assert authors_of(page(DATE, above=KICKERS_ABOVE[name])) == []


SECOND_NAMES_NOT_WRITERS = {
    "photographer in the same line": (
        '<div class="c30"><span><span>Text:</span> <a href="/author/anna-weber">Anna Weber</a></span>, '
        f"<span>Fotos: <span>Max Braun</span></span> {DATE}</div>",
        ["Anna Weber"],
    ),
    "editor in the same line": (
        '<div class="c30"><span>By <a href="/author/anna-weber">Anna Weber</a></span> <span>Edited by</span> '
        f"<span>Max Braun</span> {DATE}</div>",
        ["Anna Weber"],
    ),
    "a desk as the second name": (
        '<div class="c30"><span><span>by</span> <span><a href="/author/anna-weber">Anna Weber</a></span> and '
        f"<span>Metro Desk</span></span> {DATE}</div>",
        ["Anna Weber"],
    ),
    "the outlet as the second name": (
        '<div class="c30"><span><span>by</span> <span><a href="/author/anna-weber">Anna Weber</a></span> and '
        f"<span>Riverside Dispatch Staff</span></span> {DATE}</div>",
        ["Anna Weber"],
    ),
}


@pytest.mark.parametrize("name", list(SECOND_NAMES_NOT_WRITERS))
def test_a_second_name_in_the_line_that_is_no_writer_stays_out(name: str) -> None:
    header, want = SECOND_NAMES_NOT_WRITERS[name]
    assert authors_of(page(header)) == want


# --- A: co-authors in the byline's own line -----------------------------------------------------------------

CO_AUTHOR_LINES = {
    "Escenic/CUE: each name in its own box": (
        '<div class="c30"><span>By</span> <span><a href="/autor/joana-martins">Joana Martins</a></span> '
        f'<span>and</span> <span><a href="/autor/rui-costa">Rui Costa</a></span></div>{DATE}'
    ),
    "Newspack: the by box, then the names": (
        '<div class="c30"><span><span>by</span> <span><a href="/author/hvelasquez/">Hannah Velasquez</a></span>'
        f' and <span><a href="/author/treyes/">Tomas Reyes</a></span></span> {DATE}</div>'
    ),
    "Méthode: the second name has no link": (
        '<div class="c30"><span>Par <a href="/signataires/claire-dubois/">Claire Dubois</a> et <span>Hugo '
        f"Lemaire</span> <span>(Lyon, correspondant)</span></span> {DATE}</div>"
    ),
}
CO_AUTHORS = {
    "Escenic/CUE: each name in its own box": ["Joana Martins", "Rui Costa"],
    "Newspack: the by box, then the names": ["Hannah Velasquez", "Tomas Reyes"],
    "Méthode: the second name has no link": ["Claire Dubois", "Hugo Lemaire"],
}


@pytest.mark.parametrize("name", list(CO_AUTHOR_LINES))
def test_every_writer_of_the_byline_line_is_read(name: str) -> None:
    assert authors_of(page(CO_AUTHOR_LINES[name])) == CO_AUTHORS[name]


def test_each_writer_in_a_card_of_their_own() -> None:
    """Brightspot's author cards: `By <a /people/…>` in the first, a bare `/people/` link in the next."""
    header = (
        '<div class="c50"><div class="c51"><img alt="Daniel Ortega" src="/people/ortega.jpg" width="48" '
        'height="48"><div class="c52"><span class="c53">By </span><a href="/people/daniel-ortega">Daniel Ortega'
        '</a></div><div class="c54">Oregon Coast Public Radio</div></div>'
        '<div class="c51"><div class="c52"><a href="/people/priya-raman">Priya Raman</a></div>'
        '<div class="c54">Oregon Coast Public Radio</div></div></div>'
        '<div class="c55">Published February 20, 2026 at 6:45 PM PST</div>'
    )
    assert authors_of(page(header)) == ["Daniel Ortega", "Priya Raman"]


def test_cards_of_another_kind_beside_the_writer_add_nobody() -> None:
    """The card after the writer's is a promo linking another folder: no co-author."""
    header = (
        '<div class="c50"><div class="c51"><div class="c52"><span class="c53">By </span><a href="/people/daniel-'
        'ortega">Daniel Ortega</a></div></div><div class="c51"><div class="c52"><a href="/shows/priya-raman">Priya'
        ' Raman</a></div></div></div><div class="c55">Published February 20, 2026 at 6:45 PM PST</div>'
    )
    assert authors_of(page(header)) == ["Daniel Ortega"]


def test_a_reviewers_card_beside_the_writers_adds_nobody() -> None:
    """Health sites print `Medically reviewed by` in a card like the writer's: a reviewer, not a co-author."""
    header = (
        '<div class="c50"><div class="c51"><div class="c52"><span class="c53">By </span><a href="/people/daniel-'
        'ortega">Daniel Ortega</a></div></div><div class="c51"><div class="c52">Medically reviewed by <a href="/pe'
        'ople/priya-raman">Priya Raman</a></div></div></div><div class="c55">Published February 20, 2026</div>'
    )
    assert authors_of(page(header)) == ["Daniel Ortega"]


# --- B: the name in the date row under the headline ---------------------------------------------------------


def test_reading_time_and_word_count_between_date_and_names() -> None:
    """Hugo PaperMod's meta line: `date · 2 min · 341 words · A, B`."""
    header = (
        '<div class="c30"><span>January 30, 2026</span><span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;341 words&nbsp;·&nbsp;'
        'Ana Paula Ribeiro, Lucas Ferreira</span> | <a href="/suggest">Suggest a fix</a></div>'
    )
    assert authors_of(page(header)) == ["Ana Paula Ribeiro", "Lucas Ferreira"]


def test_cjk_reporter_after_an_update_stamp() -> None:
    """Japanese papers on Next.js: `date （update）` `佐藤 美咲` `記者`."""
    header = (
        '<div class="c30"><span>2026年3月2日 18:30</span> <span>（3月2日 20:05更新）</span> <span>佐藤 美咲</span>'
        "<span>記者</span></div>"
    )
    body = "".join(
        f"<p>{p}</p>"
        for p in [
            "市は2日、老朽化した水道管の更新計画を発表した。川沿いの地区では昨年の冬に二度の破損があり、数百世帯で数日間断水が続いた。",
            "技術者によると、1920年代に敷設された管には複数のひびがあり、補修を続けても交換とほぼ同じ費用がかかるという。",
            "住民からは、商店街の客足が落ちないよう夜間に工事をしてほしいとの声が上がった。",
        ]
    )
    assert authors_of(page(header, body=body, lang="ja")) == ["佐藤 美咲"]


def test_cjk_words_beside_the_date_without_a_reporters_title_are_no_name() -> None:
    header = '<div class="c30"><span>2026年3月2日 18:30</span> <span>政治 経済</span></div>'
    body = "<p>" + "市は2日、老朽化した水道管の更新計画を発表した。" * 4 + "</p>"
    assert authors_of(page(header, body=body, lang="ja")) == []


def test_name_beside_the_update_stamp_when_the_publication_date_closes_the_text() -> None:
    """The Indian Express's AMP page: `Priya Nair | Express News Service` `Updated on: …` under the headline,
    `First published on: …` after the text."""
    header = (
        '<div class="c30"><span>Priya Nair</span> | <span>Express News Service</span></div>'
        '<div class="c31"><span>Updated on: 06 Feb 2026, 7:12 pm</span> <span>2 min read</span></div>'
    )
    body = "".join(f"<p>{p}</p>" for p in EN) + '<p class="c39">First published on: 06 Feb 2026, 5:40 pm</p>'
    assert authors_of(page(header, body=body)) == ["Priya Nair"]


GERMAN = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, die Sanierung der alten Grundschule um ein Jahr zu "
    "verschieben, weil die Angebote der Baufirmen deutlich über der Kostenschätzung lagen.",
    "Eltern, die zur Sitzung gekommen waren, kritisierten die Entscheidung: Die Container auf dem Schulhof "
    "seien im Sommer zu heiß und im Winter kaum zu heizen.",
    "Der Bürgermeister versprach, noch im Frühjahr eine neue Ausschreibung zu starten und beim Land zusätzliche "
    "Fördermittel für den Umbau zu beantragen.",
]
# The writer's box after the text, and a dated line after it: the date line a page-wide search may prefer.
GERMAN_BODY = (
    "".join(f"<p>{p}</p>" for p in GERMAN)
    + '<div class="c80"><span>Über Luis Holuch</span> <a href="/author/luis-holuch/">257 Artikel</a></div>'
    + '<p class="c81">Veröffentlicht am 1. Februar 2022 um 10:00 Uhr</p>'
)


def test_the_date_row_right_under_the_headline_when_a_farther_date_line_is_chosen() -> None:
    """WordPress MH Magazine (skispringen.com) and Newspaper-theme rows: the date a link to the month's archive,
    the writer's name in plain text beside it; the dated line the page-wide search prefers lies after the text."""
    header = (
        '<p class="c30"><span class="c31"><a href="https://www.skispringen.example/2022/02/">1. Februar 2022</a>'
        '</span> <span class="c32">Luis Holuch</span> <span class="c33"><a href="#comments">6</a></span></p>'
    )
    assert authors_of(page(header, body=GERMAN_BODY, lang="de")) == ["Luis Holuch"]


def test_a_read_also_card_under_the_headline_names_no_writer() -> None:
    """`Lesen Sie auch: …` with its date and writer between the headline and the text: another story's."""
    header = (
        '<div class="c30"><div class="c70"><a href="/local/other-story">Lesen Sie auch: Brücke ab Montag gesperrt'
        "</a> <span>2. März 2026</span> <span>John Whitaker</span></div></div>"
    )
    assert authors_of(page(header, body=GERMAN_BODY, lang="de")) == []


# --- C: a profile link whose address spells the name --------------------------------------------------------

PROFILE_ROWS = {
    "Substack handle then the date": (
        '<div class="c30"><div class="c31"><a href="https://substack.com/@ruthellison">Ruth Ellison</a></div>'
        '<div class="c32">Mar 04, 2026</div></div>',
        ["Ruth Ellison"],
    ),
    "Medium handle of the first words, then follow, reading time and date": (
        '<div class="c30"><div class="c31"><div><span><a href="https://medium.com/@martasoler?source=byline">'
        'Marta Soler Ibáñez</a></span></div><span>·</span><p><a href="/m/signin">Follow</a></p></div>'
        '<div class="c32"><span>Published in</span> <a href="/movilidad">Movilidad Urbana</a><span>·</span>'
        "<span>4 min read</span><span>·</span><span>Feb 16, 2026</span></div></div>",
        ["Marta Soler Ibáñez"],
    ),
    "a slug under a writers' folder the project never listed": (
        '<div class="c30"><a href="/av/viktor-hedlund/">Viktor Hedlund</a> <span>14 mars 2026</span></div>',
        ["Viktor Hedlund"],
    ),
}


@pytest.mark.parametrize("name", list(PROFILE_ROWS))
def test_a_profile_link_spelling_the_name_in_the_dated_row(name: str) -> None:
    header, want = PROFILE_ROWS[name]
    assert authors_of(page(header)) == want


# --- D: the byline row right above the headline -------------------------------------------------------------


def test_profile_link_with_reading_time_above_the_headline() -> None:
    """Wix's blog post header: avatar, `<a href="/profile/ximenarobles/profile">`, `hace 3 días`, `2 min`."""
    above = (
        '<div class="c60"><div class="c61"><a href="/profile/ximenarobles/profile"><img src="/x.jpg" width="32" '
        'height="32" alt=""></a></div><div class="c62"><div><a href="/profile/ximenarobles/profile"><span>Ximena '
        'Robles</span></a></div><ul class="c63"><li><span>hace 3 días</span></li><li><span>2 min de lectura</span>'
        "</li></ul></div></div>"
    )
    assert authors_of(page("", above=above)) == ["Ximena Robles"]


def test_written_by_in_the_dated_row_above_the_headline() -> None:
    """Squarespace's blog item: `Written By <a href="/news?author=…">Sam Nguyen</a>` and the date over the title."""
    above = (
        '<div class="c60"><span class="c61"><span class="c62">Written By <a href="/news?author=5f2b3c">Sam Nguyen'
        '</a></span><span class="c63">March 11, 2026</span></span></div>'
    )
    assert authors_of(page("", above=above)) == ["Sam Nguyen"]


def test_written_by_above_the_headline_without_a_date_is_not_the_byline() -> None:
    above = '<div class="c60"><span>Written By <a href="/news?author=5f2b3c">Sam Nguyen</a></span></div>'
    assert authors_of(page("", above=above)) == []


# --- The cms-shapes pages without their metadata and class names ---------------------------------------------


@cache
def _cms_pages() -> dict[str, tuple[str, dict[str, Any]]]:
    shapes = load_benchmark("indonesia_shapes")
    return {name: (html, want) for name, html, want in shapes.load_pages(shapes.CMS_PAGES_DIR)}


CMS_NAMES = sorted(_cms_pages())


@pytest.mark.parametrize("name", CMS_NAMES)
def test_cms_shapes_writers_without_metadata_and_class_names(name: str) -> None:
    """Every cms-shapes page in the `both` variant of benchmarks/perturbed_pages.py (no metadata, hashed classes)
    names its writers as served (0.40 of them before this round's rules)."""
    both = load_benchmark("perturbed_pages").VARIANTS["both"]
    shapes = load_benchmark("indonesia_shapes")
    html, want = _cms_pages()[name]
    article = extract_article(both(html), url=want["url"])
    assert shapes.authors_match(want["authors"], article.authors), (article.authors, want["authors"])
