"""The standfirst (lead, dek, intro, summary) that the page shows between the headline and the article text.

Many templates print the article's opening summary in its own box under the headline (`p.lead`,
`div.article__abstract`, `h2.article-subheadline`, `div.entry-excerpt`) or as the paragraph of the article
header (`<header><h1>…</h1><p>…</p></header>`). Suites disagree on whether it belongs to the body (schema.org
`articleBody` leaves it out, fundus's body includes it), and an archive wants it kept, apart: the `Article`
carries it as `lead`, and the body never repeats it.

A lead is found from the read-only tree before the body is extracted: it must sit right after the headline
(within `LEAD_WINDOW` elements, before the first paragraph of prose: the text has begun there), be named as
one by its class/id, or be the paragraph of the headline's own header, or an `<h2>` right after the headline;
it must read as prose (long enough, few links, not a byline or date line, no picture: a `lead-media` box
holds a caption) and not be inside a sidebar, related list or menu. The meta description is never used
unless the page shows it.

`split_lead` then decides against the extracted body: a body that opens with the lead gives it up (the lead
is the lead, wherever the template put it); a body that holds it further down keeps it and there is no lead
(a paragraph classed `lead` in the middle of the text is not a standfirst).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import Tag

from telisik.cleantext import cjk_weighted_length, collapse_whitespace, fold_for_matching
from telisik.extract.body import REFERENCE_MARK, is_notice, is_reference_mark
from telisik.extract.credits import in_excluded_area
from telisik.extract.metadata import class_id, element_text

__all__ = ["find_lead", "split_lead"]

LEAD_WINDOW = 120  # elements after the headline (share bars and icon lists count too)
MIN_LEAD_CHARS = 60
MAX_LEAD_CHARS = 900
MAX_LINK_SHARE = 0.3
NEAR_LEVELS = 3
MIN_HEADING_LEAD_CHARS = 90

_LEAD_HINT = re.compile(
    r"(?<![a-z])(?:lead|intro|standfirst|abstract|teaser-?text|sub-?title|sub-?headline|preface|summary|synopsis"
    r"|excerpt|deck|dek)(?![a-z])|(?<![a-z])(?:lead|intro)(?:text|-text|__)"
    # the text of a page's hero box (`hero-text`, `page-hero__text`) and a story's own description box
    r"|(?<![a-z])hero[-_]*(?:text|intro|description)(?![a-z])"
    # `leadIn`, `article-lead-in`: the lead-in paragraph of magazine templates
    r"|(?<![a-z])lead-?in(?![a-z])"
    r"|(?<![a-z])(?:news|article|post|story|entry)[-_]+desc(?:ription)?(?![a-z])"
    # the dek of a header in CSS-in-JS class names (`ContentHeaderDek-bIqFFZ`, `SplitScreenContentHeaderDek-x`)
    r"|header[-_]*dek(?![a-z])"
    # Business Wire's release subheadline (`div.bw-release-subhead > h2 > i`), served on its own release pages
    # and on the partner and investor-relations pages that carry its feed (a bare `subhead` is any heading)
    # (the whole token: `release-subhead-date` is a distribution line)
    r"|(?<![a-z])release-subhead(?![\w-])",
    re.I,
)
# `has-dropcap__lead-standard-heading`: the text's first paragraph styled with a drop cap, not a standfirst
_NOT_LEAD = re.compile(r"drop-?cap", re.I)
_LEAD_TAGS = frozenset({"p", "div", "h2", "section", "span"})
# a bold box named as the summary: Naver News's `strong.media_end_summary` and Daum News's `strong.summary_view`
# print the Korean standfirst as a bold line at the head of the article element (inline bold in prose is named
# nothing of the kind)
_NAMED_BOLD_TAGS = frozenset({"strong", "b"})
_HEADER_TAGS = frozenset({"header", "hgroup"})
# a "lead" box that holds a picture or video is the lead *media* (`article__lead-content`, `lead-art-block`):
# its text is a caption
_MEDIA_TAGS = ["figure", "figcaption", "img", "picture", "video", "iframe"]
# a subscription or newsletter box under the headline (`Support independent journalism by subscribing`)
_PROMO = re.compile(r"subscrib|newsletter|berlangganan", re.I)
_BOX_TAGS = frozenset({"figure", "figcaption", "nav", "aside", "footer", "form"})
_MEDIA_BOX = re.compile(r"caption|credit|photo|video|player|gallery", re.I)
_SENTENCE_END = re.compile(r"[.!?…\"”»)]\d{0,2}\s*$")  # a footnote number may follow
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def find_lead(
    headline: Tag | None, skip_texts: Iterable[str] = (), description: str | None = None
) -> str | None:
    """The standfirst shown after `headline`, or None. `skip_texts` are the byline/date lines already read:
    a header paragraph that is one of them is not a lead. `description` is the page's meta description: a
    box after the headline that shows it is the lead, whatever its class and wherever the headline sits."""
    if headline is None:
        return None
    skipped = {_key(text) for text in skip_texts if text}
    own_header = _own_header(headline)
    shown = _description_key(description)
    for node in _elements_after(headline, LEAD_WINDOW):
        named = (
            _named_as_lead(node)
            or _header_paragraph(node, own_header)
            or _subheadline(node, headline)
            or _long_heading(node)
            or _shows_description(node, shown)
        )
        if not named:
            if _starts_text(node, headline):
                # The article's text has begun: a standfirst comes before it. This first paragraph is the
                # lead only if the body leaves it out (`split_lead` keeps it in a body that holds it).
                text = _shown_text(node)
                if (
                    _SENTENCE_END.search(text)
                    and _near_headline(node, headline)
                    and not _in_media_box(node)
                    and _reads_as_lead(node, text, skipped, headline)
                ):
                    return collapse_whitespace(text)
                break
            continue
        text = _shown_text(node)
        if _reads_as_lead(
            node, text, skipped, headline, named=_named_as_lead(node)
        ) or _reads_as_short_subtitle(node, text, skipped, headline):
            return "\n\n".join([collapse_whitespace(text), *_twin_lead_blocks(node, skipped, headline)])
    return None


# A standfirst of two or three sentences set as sibling blocks of one tag and class: El País's two
# `h2.articulo-subtitulo`, Prisa's and Vocento's `h2.subtitulo` pairs, Drupal's repeated `p.field-lead`
# paragraphs, ORF-like `p.lead` runs (these withdrawn on review, see below). The blocks right after the first one, with the same tag and the same class
# (a class is needed: bare `<p>`s after a lead are the text), each read as a lead, join it.
_TWIN_LEAD_BLOCKS = 2  # blocks after the first one
# Review: only subtitle headings (El País's `h2.articulo-subtitulo`, Prisa's/Vocento's `h2.subtitulo`) twin; a
# second `p.lead`/`p.standfirst` is an author note or a partnership notice as often as more standfirst.
_TWIN_LEAD_TAGS = frozenset({"h2", "h3"})


def _twin_lead_blocks(node: Tag, skipped: set[str], headline: Tag) -> list[str]:
    classes = node.get("class")
    if not classes or node.name not in _TWIN_LEAD_TAGS:
        return []
    twins: list[str] = []
    sibling = node.find_next_sibling()
    while isinstance(sibling, Tag) and len(twins) < _TWIN_LEAD_BLOCKS:
        if sibling.name != node.name or sibling.get("class") != classes:
            break
        text = _shown_text(sibling)
        if not _reads_as_lead(sibling, text, skipped, headline, named=_named_as_lead(sibling)):
            break
        twins.append(collapse_whitespace(text))
        sibling = sibling.find_next_sibling()
    return twins


def _elements_after(tag: Tag, limit: int) -> list[Tag]:
    """The first `limit` elements after `tag` in document order (its own descendants first): what
    `tag.find_all_next(True, limit=limit)` lists, read from the `next_element` links directly (bs4's filter
    machinery tests each node through several calls)."""
    found: list[Tag] = []
    node = tag.next_element
    while node is not None and len(found) < limit:
        if isinstance(node, Tag):
            found.append(node)
        node = node.next_element
    return found


def _shown_text(node: Tag) -> str:
    """The box's text without the wiki reference marks the body leaves out (`[1]` linked to its note): a first
    paragraph read both ways must compare equal, or it would be shown twice."""
    text = element_text(node)
    if "[" in text and any(is_reference_mark(sup) for sup in node.find_all("sup", limit=20)):
        text = REFERENCE_MARK.sub("", text)
    return text


_BOX_OF_BOXES = ["p", "div", "section", "h2", "article"]
_DESCRIPTION_PREFIX = 30  # characters of the description a box's first words must repeat to be compared
_TRUNCATION = re.compile(r"\s*(?:\.\.\.|…|\[…\])$")


def _description_key(description: str | None) -> tuple[str, bool]:
    """The meta description as compared, without the `…` of a description cut short; and whether it was."""
    if not description or len(description) < MIN_LEAD_CHARS:
        return "", False
    cut = _TRUNCATION.sub("", description.strip())
    return _key(cut), len(cut) < len(description.strip())


def _shows_description(node: Tag, description: tuple[str, bool]) -> bool:
    """The box shows the page's meta description: the summary the site wrote for the article, set under
    the headline as its standfirst (Berliner Morgenpost's and Hamburger Abendblatt's `span.text-copy-primary`,
    Börsen-Zeitung's and TimesLive's unnamed boxes, topagrar's header paragraph under a headline kept in the
    breadcrumb, FAZ's intro). Only its first words are read unless they open the description."""
    shown, truncated = description
    if not shown or node.name not in _LEAD_TAGS:
        return False
    opening = _key(next(node.stripped_strings, ""))[:_DESCRIPTION_PREFIX]  # folded once: it is not cheap
    if not opening or not shown.startswith(opening):
        return False
    if node.find(_BOX_OF_BOXES) is not None:  # a box around the lead and more: its own box comes next
        return False
    text = _key(element_text(node))
    # the whole description, not a box around it (a cut one: the box holds the rest)
    return text.startswith(shown) and (truncated or len(text) <= len(shown) + 40)


def _near_headline(node: Tag, headline: Tag) -> bool:
    """The paragraph shares a box with the headline at most `NEAR_LEVELS` levels above it (the article's
    header or the article itself), not only the page."""
    ancestors = []
    parent = headline.parent
    for _ in range(NEAR_LEVELS):
        if parent is None or parent.name in ("body", "html"):
            break
        ancestors.append(parent)
        parent = parent.parent
    if not ancestors:
        return False
    top = ancestors[-1]
    parent = node.parent
    for _ in range(40):  # bounded: a paragraph a page nests deeper than this is no lead
        if parent is None:
            return False
        if parent is top:
            return True
        parent = parent.parent
    return False


def _in_media_box(node: Tag) -> bool:
    """Inside a figure, caption, video or gallery box (a picture's caption or a player's fallback text), or
    a menu, tool bar or form (a reader tool's notice: MBN's AI-summary disclaimer in a `nav`)."""
    parent: Tag | None = node
    for _ in range(6):
        if parent is None or parent.name in ("body", "html"):
            return False
        if parent.name in _BOX_TAGS or _MEDIA_BOX.search(class_id(parent)):
            return True
        parent = parent.parent
    return False


def _own_header(headline: Tag) -> Tag | None:
    """The `<header>`/`<hgroup>` the headline sits in (at most three levels up), or None."""
    node = headline.parent
    for _ in range(3):
        if node is None or node.name in ("body", "html"):
            return None
        if node.name in _HEADER_TAGS:
            return node
        node = node.parent
    return None


def _named_as_lead(node: Tag) -> bool:
    if node.name not in _LEAD_TAGS and node.name not in _NAMED_BOLD_TAGS:
        return False
    hints = class_id(node)
    if not _LEAD_HINT.search(hints) or _NOT_LEAD.search(hints):
        return False
    return node.name not in _NAMED_BOLD_TAGS or not _is_picture_caption_bold(node)


_PHOTO_WRAPPER = re.compile(r"photo|figure|image|img|pic|caption|thumb", re.I)


def _is_picture_caption_bold(node: Tag) -> bool:
    """A bold summary-classed line that captions a picture (`div.art_photo > img + strong.img_summary`): right
    after an `<img>`, or inside a `<figure>` or a photo-classed wrapper (two levels looked at)."""
    before = node.find_previous_sibling(True)
    if before is not None and before.name in ("img", "picture"):
        return True
    wrapper = node.parent
    for _ in range(2):
        if wrapper is None:
            return False
        if wrapper.name in ("figure", "picture") or _PHOTO_WRAPPER.search(class_id(wrapper)):
            return True
        wrapper = wrapper.parent
    return False


def _header_paragraph(node: Tag, header: Tag | None) -> bool:
    """A plain `<p>` of the headline's own header (not inside a nested box of its own: byline, share bar)."""
    return header is not None and node.name == "p" and node.parent is header


def _subheadline(node: Tag, headline: Tag) -> bool:
    """An `<h2>` right after the headline, its next sibling: the dek of templates that name nothing."""
    return node.name == "h2" and headline.find_next_sibling(True) is node


def _long_heading(node: Tag) -> bool:
    """A heading (`h2`-`h4`) as long as a paragraph, ending a sentence, between headline and text: a dek set
    as a heading (auto-wirtschaft.ch's `h3`, Anadolu Ajansi's `h4`), not a subheading."""
    if node.name not in ("h2", "h3", "h4"):
        return False
    text = element_text(node)
    # it ends a sentence: a headline repeated with its kicker (`Umbau des Weissen Hauses – Trump plant …`) does not
    return len(text) >= MIN_HEADING_LEAD_CHARS and bool(_SENTENCE_END.search(text))


def _starts_text(node: Tag, headline: Tag) -> bool:
    """A paragraph of prose outside sidebars and menus: the article's text (or another story's) begins."""
    if node.name != "p":
        return False
    text = element_text(node)
    return len(text) >= MIN_LEAD_CHARS and not in_excluded_area(node, headline=headline)


def _reading_length(text: str) -> int:
    """Length with each CJK letter counted as `cleantext.CJK_WEIGHT` characters (a standfirst of 40 letters,
    Japanese regional papers' and Nikkei's one-sentence leads, is long enough), when the text is written in
    sentences (holds `。`, `！` or `？`); a photo caption (`記者会見する首相＝4日午前、首相官邸で（代表撮影）`) is
    no lead."""
    if not text or text.isascii() or not _CJK_STOP.search(text) or _CJK_CAPTION.search(text):
        return len(text)
    return cjk_weighted_length(text)


def _named_reading_length(text: str) -> int:
    """The length of a box named as the lead: CJK letters weighted unless it reads as a photo caption."""
    if not text or text.isascii() or _CJK_CAPTION.search(text):
        return len(text)
    return cjk_weighted_length(text)


_CJK_STOP = re.compile(r"[。！？]")
# a Japanese photo caption: `＝4日午前、首相官邸で` place-and-time tail, `（代表撮影）`/`撮影）` credit
_CJK_CAPTION = re.compile(r"＝[^。]{0,30}で|撮影[）)]")


def _reads_as_lead(node: Tag, text: str, skipped: set[str], headline: Tag, *, named: bool = False) -> bool:
    """Long enough, shown, few links, no picture, not a line already read; outside sidebars and menus,
    unless the box also holds the headline (Le Monde's `section#habillagepub` wraps the whole article).
    A box named as the lead is measured in CJK-weighted letters even without a sentence stop: Korean and
    Chinese standfirsts are phrase lines (`…신설…배차 간격 14분→11분`)."""
    length = _named_reading_length(text) if named else _reading_length(text)
    if not MIN_LEAD_CHARS <= length <= MAX_LEAD_CHARS or _hidden(node):
        return False
    if in_excluded_area(node, headline=headline):
        return False
    if _key(text) in skipped or node.find(_MEDIA_TAGS) is not None or _PROMO.search(text):
        return False
    if is_notice(text):  # an affiliate notice or a disclaimer over the text is no standfirst
        return False
    links = sum(len(element_text(a)) for a in node.find_all("a"))
    return links <= MAX_LINK_SHARE * len(text)


# A blog theme's subtitle under the headline, shorter than a standfirst needs to be (`A tale of transactions, fsync
# and a Raspberry Pi`): Beautiful Hugo's `h2.post-subheading`, Start Bootstrap Clean Blog's `h2.subheading`
# (Jekyll, Hugo, Ghost ports), Jekyll themes' `p.post-subtitle`, WordPress `h2.entry-subtitle` and tagDiv's
# `p.td-post-sub-title`, Ghost Casper's `p.article-excerpt`/`gh-article-excerpt`. Two signals agree: a class
# token ending in the subtitle's name, and the box is the headline's very next element. A line of four words
# or more, without links: a section's `h2.subheading` (`Introduction`) or a `Teil 2` label is no subtitle.
# Ghost's excerpt only: a WordPress archive's `post-excerpt` is another post's teaser.
_SUBTITLE_TOKEN = re.compile(
    r"(?:^|\s)(?:[\w-]{0,30}?(?:sub-?title|sub-?heading|sub-?headline)|(?:gh-)?article-excerpt)(?=\s|$)", re.I
)
# A byline, a dateline or an update line in the subtitle's place (`Von Anna Müller, Berlin, 4. März`,
# `Publicado por Ana Costa em 4 de maio`, `Société — Éducation — Mis à jour le 2 septembre`) is no subtitle:
# byline openers and publishing verbs (en, de, fr, es, it, nl, pt, pl, id), a day with its month, a kicker's
# fields split twice.
_SUBTITLE_BYLINE = re.compile(
    r"^(?:von|by|por|par|oleh|door|przez|written by|geschrieben von)\s"
    r"|\b(?:publicado|publié|pubblicato|veröffentlicht|posted|published|updated|aktualisiert|mis à jour"
    r"|actualizado|aggiornato|bijgewerkt|atualizado|opublikowano|diperbarui|diterbitkan)\b",
    re.I,
)
_MONTH = (
    r"(?:jan|feb|mär|mar|apr|ma[iy]|mei|jun|jul|aug|ago|sep|set|okt|oct|out|nov|de[cz]|dic|des|gen|giu|lug|janv"
    r"|févr|fév|avr|juin|juil|août|déc|ene|abr|mars|mei|maart|stycz|lut|kwi|czerw|lip|sierp|wrz|paźd|list|grud"
    r"|januari|februari|maret|juni|juli|agustus|oktober|desember)[^\W\d_]*"
)
_SUBTITLE_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+(?:(?:de|di|of)\s+)?{_MONTH}|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b",
    re.I,
)
_KICKER_SEPARATOR = re.compile(r"\s[—–|·•/]\s")
_SUBTITLE_TAGS = frozenset({"h2", "h3", "p", "div"})
MIN_SUBTITLE_CHARS = 25
MIN_SUBTITLE_WORDS = 4


def _reads_as_short_subtitle(node: Tag, text: str, skipped: set[str], headline: Tag) -> bool:
    if node.name not in _SUBTITLE_TAGS or not MIN_SUBTITLE_CHARS <= len(text) < MIN_LEAD_CHARS:
        return False
    if len(text.split()) < MIN_SUBTITLE_WORDS or headline.find_next_sibling(True) is not node:
        return False
    if (
        not _SUBTITLE_TOKEN.search(class_id(node))
        or _hidden(node)
        or node.find(["a", *_MEDIA_TAGS]) is not None
        or not _reads_as_subtitle_text(text)
        or headline.find_parent("a") is not None
        or headline.find("a") is not None
    ):
        return False
    return _key(text) not in skipped and not in_excluded_area(node, headline=headline)


def _reads_as_subtitle_text(text: str) -> bool:
    """No byline, date or kicker line (`Von Anna Müller, Berlin, 4. März`)."""
    return (
        _SUBTITLE_BYLINE.search(text) is None
        and _SUBTITLE_DATE.search(text) is None
        and len(_KICKER_SEPARATOR.findall(text)) < 2
    )


def _hidden(node: Tag) -> bool:
    return node.has_attr("hidden") or bool(_HIDDEN_STYLE.search(str(node.get("style") or "")))


def split_lead(body: str, lead: str | None) -> tuple[str, str | None]:
    """(body, lead) with the lead never repeated in the body: a lead the body already holds (opening it or
    further down) stays in the body, and there is no separate lead. Text the body had before the lead
    field existed stays there, so what earlier versions stored, searched and compared does not move."""
    if not lead:
        return body, None
    folded_lead = _key(lead)
    folded_body = _key(body)
    if folded_lead in folded_body or folded_lead[:80] in folded_body or folded_lead[-80:] in folded_body:
        return body, None
    return body, lead


def _key(text: str) -> str:
    """Text as compared: folded case and accents, whitespace runs as one space."""
    return " ".join(fold_for_matching(text).split())
