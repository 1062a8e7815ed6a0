"""The standfirst (lead, dek, intro, summary) that the page shows between the headline and the article text.

Many templates print the article's opening summary in its own box under the headline (`p.lead`,
`div.article__abstract`, `h2.article-subheadline`, `div.entry-excerpt`) or as the paragraph of the article
header (`<header><h1>…</h1><p>…</p></header>`). Suites disagree on whether it belongs to the body (schema.org
`articleBody` leaves it out, fundus's body includes it), and an archive wants it kept, apart: the `Article`
carries it as `lead`, and the body never repeats it.

A lead is found from the read-only tree before the body is extracted: it must sit right after the headline
(within `LEAD_WINDOW` elements, before the first box that holds the article's paragraphs), be named as one by
its class/id or be the headline's own header's paragraph, read as prose (long enough, few links, not a
byline or date line, no picture: a `lead-media` box holds a caption), and not be inside a sidebar, related
list or menu. The meta description is never used unless the page shows it.

`split_lead` then decides against the extracted body: a body that opens with the lead gives it up (the lead
is the lead, wherever the template put it); a body that holds it further down keeps it and there is no lead
(a paragraph classed `lead` in the middle of the text is not a standfirst).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import Tag

from telisik.cleantext import collapse_whitespace, fold_for_matching
from telisik.extract.credits import in_excluded_area
from telisik.extract.metadata import class_id, element_text

__all__ = ["find_lead", "split_lead"]

LEAD_WINDOW = 40  # elements after the headline
MIN_LEAD_CHARS = 60
MAX_LEAD_CHARS = 900
MAX_LINK_SHARE = 0.3

_LEAD_HINT = re.compile(
    r"(?<![a-z])(?:lead|intro|standfirst|abstract|teaser-?text|sub-?title|sub-?headline|preface|summary"
    r"|excerpt|deck|dek)(?![a-z])|(?<![a-z])(?:lead|intro)(?:text|-text|__)",
    re.I,
)
_LEAD_TAGS = frozenset({"p", "div", "h2", "section", "span"})
_HEADER_TAGS = frozenset({"header", "hgroup"})
# a box that starts the article's text: the lead search stops there (its first paragraph is the body's)
_BODY_BOXES = frozenset({"article", "main"})
# a "lead" box that holds a picture or video is the lead *media* (`article__lead-content`, `lead-art-block`):
# its text is a caption
_MEDIA_TAGS = ["figure", "figcaption", "img", "picture", "video", "iframe"]
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def find_lead(headline: Tag | None, skip_texts: Iterable[str] = ()) -> str | None:
    """The standfirst shown after `headline`, or None. `skip_texts` are the byline/date lines already read:
    a header paragraph that is one of them is not a lead."""
    if headline is None:
        return None
    skipped = {_key(text) for text in skip_texts if text}
    own_header = _own_header(headline)
    for count, node in enumerate(headline.find_all_next(True, limit=LEAD_WINDOW)):
        if node.name in _BODY_BOXES and count > 0 and node.find("p") is not None:
            break
        if not _named_as_lead(node) and not _header_paragraph(node, own_header):
            continue
        text = element_text(node)
        if _reads_as_lead(node, text, skipped):
            return collapse_whitespace(text)
    return None


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
    return node.name in _LEAD_TAGS and bool(_LEAD_HINT.search(class_id(node)))


def _header_paragraph(node: Tag, header: Tag | None) -> bool:
    """A plain `<p>` of the headline's own header (not inside a nested box of its own: byline, share bar)."""
    return header is not None and node.name == "p" and node.parent is header


def _reads_as_lead(node: Tag, text: str, skipped: set[str]) -> bool:
    if not MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS or _hidden(node) or in_excluded_area(node):
        return False
    if _key(text) in skipped or node.find(_MEDIA_TAGS) is not None:
        return False
    links = sum(len(element_text(a)) for a in node.find_all("a"))
    return links <= MAX_LINK_SHARE * len(text)


def _hidden(node: Tag) -> bool:
    return node.has_attr("hidden") or bool(_HIDDEN_STYLE.search(str(node.get("style") or "")))


def split_lead(body: str, lead: str | None) -> tuple[str, str | None]:
    """(body, lead) with the lead never repeated in the body: a body opening with the lead loses those
    paragraphs; a body holding the lead further down keeps it, and there is no lead."""
    if not lead:
        return body, None
    folded_lead = _key(lead)
    paragraphs = body.split("\n\n")
    opening = ""
    for count, paragraph in enumerate(paragraphs[:4], start=1):
        opening = f"{opening} {_key(paragraph)}".strip()
        if opening == folded_lead:
            rest = "\n\n".join(paragraphs[count:])
            # a body that is nothing but the lead stays the body: the page's text is never lost
            return (rest, lead) if rest.strip() else (body, None)
        if not folded_lead.startswith(opening):
            break
    folded_body = _key(body)
    if folded_lead[:80] in folded_body or folded_lead[-80:] in folded_body:
        return body, None
    return body, lead


def _key(text: str) -> str:
    """Text as compared: folded case and accents, whitespace runs as one space."""
    return " ".join(fold_for_matching(text).split())
