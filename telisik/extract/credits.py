"""The visible byline, credit lines and date line of an article, found near its headline.

Sites print the reporter and the time right above or under the headline (`div.author`, `span.date`,
`Name - detikNews`, `Kompas.com - 02/11/2023, 21:34 WIB`) and credits after the body (`Penulis : X`,
`Editor : Y`, `Redaktur`, `Reporter`). This module finds those lines; it never looks inside sidebars,
"related" lists or comments, and it bounds "near the headline" by document position. Parsing the texts
themselves is `telisik.extract.dates` and `telisik.extract.bylines` work.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bs4 import NavigableString, Tag
from bs4.element import Comment, PageElement

from telisik.cleantext import _ZERO_WIDTH, fold_for_matching
from telisik.extract.metadata import (
    _NON_CONTENT,
    _SKIPPED_STRINGS,
    CREDIT_LABEL,
    MAX_LINE_CHARS,
    SCRIPT_EDITOR_LABELS,
    SIDEBAR_LAYOUT,
    Element,
    PageScan,
    attr_text,
    class_id,
    credit_label,
    element_text,
    single_line,
    text_shorter_than,
)

if TYPE_CHECKING:
    from telisik.extract.dates import ParsedDate

# How far from the headline (in elements, document order) a byline or date line may sit.
WINDOW_BEFORE = 60
WINDOW_AFTER = 160
# Unlabelled lines (no byline/date class) must be closer.
TIGHT_WINDOW = 30
MAX_ANCESTORS = 14

# Containers whose dates and names belong to other articles or to readers.
# Readers' threads under an article named in other words than `comment`: SPIP's forum (its comments: `ul.forum >
# li.forum-fil > div.forum-message`, in every SPIP dist template and most SPIP themes, used by French parties,
# unions, associations and municipalities) and Dutch sites' `reacties` (WordPress nl themes, Drupal and custom
# CMSs). A message's signer (`par <span class="vcard author">`) is never the article's byline. Whole tokens only;
# a box that holds the headline stays the article's own (`in_excluded_area`'s `own`).
# Only the plural thread forms (`reacties`, `reacties-lijst`, `post-reacties`): the singular `reactie` token also
# names a post's own meta row (`<div class="meta reactie">Door …</div>`).
_READERS_THREADS = (
    r"(?<![\w-])forum-(?:fil|message|chapo)(?![\w-])|(?<![\w-])reacties(?!\w)|-reacties(?![\w-])"
)
_EXCLUDED = re.compile(
    r"sidebar|side-bar|(?<![a-z])related|terkait|lainnya|comment(?!ary)|komentar|disqus|respond|popular|populer"
    # 'widget' alone or after a space is a sidebar widget; Elementor's 'elementor-widget-post-info' holds the byline.
    r"|(?<![\w-])widget"
    r"|recommend|rekomendasi|trending|terbaru|latest|breadcrumb|(?<![a-z])menu|navbar|(?<![a-z])nav(?![a-z])"
    r"|newsfeed"
    # A page footer, not an article's own footer (entry-footer, post-footer hold bylines and tags).
    r"|(?<!entry-)(?<!post-)(?<!article-)(?<!story-)(?<!entry_)(?<!post_)footer"
    # `jeg_postblock`: the post-list blocks of the JNews WordPress theme, common on Indonesian regional sites.
    r"|most-?read|(?<![a-z])indeks|(?<![a-z])index-|jeg_postblock|(?<![a-z])slider|carousel|topbar|top-bar"
    r"|today|hari-?ini"
    # Picture boxes and event calendars carry the dates of the picture and of other events (class 9).
    r"|(?<![a-z])pic-?box|(?<![a-z])event-?(?:s|item|widget|list)(?![a-z])"
    rf"|{_READERS_THREADS}",
    re.I,
)
# For credit lines after the body only readers' and navigation areas are excluded: some templates put the
# credits table inside a 'related photos' box.
_EXCLUDED_FOR_CREDITS = re.compile(
    r"comment(?!ary)|komentar|disqus|respond|sidebar|side-bar|(?<![a-z])menu|navbar|(?<![a-z])nav(?![a-z])"
    rf"|{_READERS_THREADS}",
    re.I,
)
# The same, for callers outside this module (an author box after the text).
READERS_AND_NAVIGATION = _EXCLUDED_FOR_CREDITS
_EXCLUDED_TAGS = frozenset({"aside", "nav"})
# An `<aside>` named as the article's meta box (`aside.meta`, `c-meta`, `post-bottom-meta`) holds the article's
# own date and byline, not other stories' (Drupal and custom CMS templates on several sites).
_META_BOX = re.compile(r"(?<![a-z])meta(?![a-z])", re.I)
_AUTHOR_LABELS = frozenset(
    {
        "penulis",
        "reporter",
        "rep",
        "pewarta",
        "wartawan",
        "jurnalis",
        "kontributor",
        "koresponden",
        "oleh",
        "by",
        "author",
        "writer",
        "fotografer",
        "laporan",
        "ditulis",
        # `Written by <a>Name</a>`: English health, science and blog sites (Healthline, Medical News Today).
        "written by",
    }
)
_EDITOR_LABELS = frozenset({"editor", "redaktur", "red", "penyunting"}) | SCRIPT_EDITOR_LABELS


@dataclass
class DateLine:
    parsed: ParsedDate
    element: Element
    text: str


@dataclass
class CreditLine:
    label: str  # lower-cased label word: 'penulis', 'editor', ...
    text: str
    element: Element
    inline: bool = False  # a "by" word and the name in one text, no colon (`von Alexander Rosenkranz`)


def in_excluded_area(
    tag: Tag,
    pattern: re.Pattern = _EXCLUDED,
    *,
    headline: Tag | None = None,
    own: frozenset[int] | None = None,
) -> bool:
    """True when the element sits inside a sidebar, related list, comment thread, menu or footer.

    An area that also holds the article's `headline` is the article's own whatever its class says: Blogger
    wraps every post in `div.widget.Blog`, themes put the post header in `sidebar__item--header` or
    `nav-header` boxes. `own`: the headline's `_ancestor_ids`, when the caller asks about many elements."""
    if own is None:
        own = _ancestor_ids(headline) if headline is not None else frozenset()
    node: Tag | None = tag
    depth = 0
    while node is not None and depth < MAX_ANCESTORS and node.name not in ("body", "html", "[document]"):
        if id(node) not in own:
            hints = area_hints(node)
            if "sidebar" in hints:  # `site__main--no-sidebar`: the page's layout, not a sidebar
                hints = SIDEBAR_LAYOUT.sub(" ", hints)
                if "sidebar" in hints and node.name != "aside" and _holds_article(node):
                    # Genesis' `content-sidebar-wrap`, `content-with-sidebar`: the wrapper of article and
                    # sidebar together is no sidebar; the sidebar inside it is named on its own box.
                    hints = hints.replace("sidebar", " ")
            if node.name in _EXCLUDED_TAGS and not (node.name == "aside" and _META_BOX.search(hints)):
                return True
            if hints.strip() and _area_named(pattern, hints):
                return True
        node = node.parent
        depth += 1
    return False


# A class saying what a box *has* or which format its post is (WordPress' post_class `has-post-thumbnail` on
# every post with a featured image and `format-image`/`post_format-post-format-gallery` on picture posts,
# Elementor add-ons' `has_ae_slider` on every column, `has-comments`) is a state of the box, not its kind: the
# article wrapper of digitale-exzellenz.de, fogsmagazin.com and most WordPress sites carries one, and read as
# a kind it put the whole article in a picture, slider or comment area. A class saying comments are NOT there
# (PenciDesign's PenNews/Soledad `noloaddisqus` on the article when Disqus is not loaded, themes' `no-comments`,
# `nocomments` post classes) is a state too (`disabled-comments` is not: archives keep readers' letters under
# it): read as a kind, it made the article's own closing credit (`Penulis: A dan B | Editor: C`) a comment.
_STATE_CLASS = re.compile(
    r"(?<![\w-])(?:has[-_]|(?:post_)?format-|(?:no|noload)[-_]?(?:disqus|comments?)(?![a-z]))[\w-]*",
    re.I,
)


_MAY_SAY_NONE = re.compile(r"(?i)no[-_]?(?:load)?[-_]?(?:disqus|comment)")


def area_hints(node: Tag) -> str:
    """The element's class/id hints without state classes (`has-post-thumbnail`, `format-image`, `no-comments`)."""
    hints = class_id(node)
    if "has" not in hints and "format-" not in hints and not _MAY_SAY_NONE.search(hints):
        return hints
    return _STATE_CLASS.sub(" ", hints)


@lru_cache(maxsize=8192)
def _area_named(pattern: re.Pattern, hints: str) -> bool:
    """`pattern` found in an element's class/id hints. Cached: the same class strings recur on every element
    of a template and on every page of a site, and the area patterns (long alternations, case-insensitive,
    with look-behinds) cost ~20 µs per search."""
    return pattern.search(hints) is not None


def _holds_article(node: Tag) -> bool:
    """The box holds the page's main area or headline (`main`, `h1`): a layout wrapper, not a side box.
    Kept on the box: every element under a large sidebar asks about it (4000 tag links: 6 s read again)."""
    # A plain walk: bs4's `find` matches every node through a strainer, several times slower on the large
    # wrappers asked about here.
    return node_memo(
        node,
        "holds_article",
        lambda: any(isinstance(child, Tag) and child.name in _ARTICLE_MARKS for child in node.descendants),
    )


def node_memo(node: Tag, key: str, compute: Callable[[], Any]) -> Any:
    """The answer of a structural check about `node`, computed once per element and kept on it. Checks asked
    about the same wrapper by every candidate under it (credit lines, dates, tag links) are answered once per
    page: the answers live as long as the parsed tree, which no other page shares (an id-keyed cache would)."""
    memo = node.__dict__.setdefault("_telisik_memo", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def href_path(href: str) -> str:
    """The path of a link's address, without its query and fragment, for a full address too
    (`https://www.ocpr.org/people/daniel-ortega?x=1` -> `/people/daniel-ortega`)."""
    path = href.split("#", 1)[0].split("?", 1)[0]
    if "//" in path:
        path = "/" + path.split("//", 1)[1].partition("/")[2]
    return path


def headline_tag(scan: PageScan, anchor: int | None) -> Tag | None:
    """The headline element at document index `anchor` (None when the title came from metadata)."""
    if anchor is None:
        return None
    return next((e.tag for e in scan.headings if e.index == anchor), None)


def nodes_in_order(tag: Tag) -> Iterator[PageElement]:
    """The nodes inside `tag` (elements and strings) in document order, for walks that may stop early."""
    # Children lists on a stack, not `descendants`: that one first finds the last descendant, a walk down as
    # deep as the element is nested (32000 nested levels: the whole depth per call).
    stack = [iter(tag.contents)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        yield node
        if isinstance(node, Tag):
            stack.append(iter(node.contents))


def text_longer_than(tag: Tag, limit: int) -> bool:
    """`element_text(tag)` is certainly longer than `limit`: the characters it keeps (no whitespace, no
    zero-width ones) of the strings it reads are counted, stopping once past `limit`. A cheap test before
    reading a candidate that may be a whole wrapper; exact, as the folded text keeps every counted one."""
    total = 0
    for node in nodes_in_order(tag):
        if (
            isinstance(node, NavigableString)
            and not isinstance(node, _SKIPPED_STRINGS)
            and node.parent is not None
            and (node.parent.name not in _NON_CONTENT or node.parent is tag)
        ):
            total += sum(map(len, node.split()))
            if not node.isascii():
                total -= len(_ZERO_WIDTH.findall(node))
            if total > limit:
                return True
    return False


_ARTICLE_MARKS = frozenset({"main", "h1"})


def _ancestor_ids(tag: Tag) -> frozenset[int]:
    ids: set[int] = set()
    node: Tag | None = tag
    while node is not None and len(ids) < 4 * MAX_ANCESTORS:
        ids.add(id(node))
        node = node.parent
    return frozenset(ids)


def _near(element: Element, anchor: int | None, before: int, after: int) -> bool:
    if anchor is None:
        return True
    return anchor - before <= element.index <= anchor + after


def _distance(element: Element, anchor: int | None) -> int:
    if anchor is None:
        return element.index
    distance = element.index - anchor
    # Lines under the headline are the usual place; above it is slightly less likely.
    return distance if distance >= 0 else -distance * 2


def find_date_line(
    scan: PageScan,
    anchor: int | None,
    *,
    search_date,
    now: datetime | None,
    default_tz: tzinfo,
    headline: Tag | None = None,
    updates: bool = False,
) -> DateLine | None:
    """The visible publication date nearest the headline (a full date+time preferred over a bare date). With
    `updates`, an update stamp counts too (`Updated on: 06 Feb 2026`): the row a byline beside it may share."""
    hinted = {id(e.tag): e for e in (*scan.date_hints, *scan.times, *scan.byline_hints)}
    candidates = [(0, e) for e in hinted.values() if _near(e, anchor, WINDOW_BEFORE, WINDOW_AFTER)]
    candidates += [
        (1, e)
        for e in scan.date_lines
        if id(e.tag) not in hinted and _near(e, anchor, TIGHT_WINDOW, TIGHT_WINDOW)
    ]
    # A hinted date after the first paragraph of the text (a 'more news' list's `span.time`) ranks below any
    # date line between the headline and the text: the header's own line, whatever its class.
    body_start = _first_text_paragraph(scan, headline, max((e.index for _, e in candidates), default=-1))
    candidates.sort(
        key=lambda item: (
            body_start is not None and item[1].index > body_start,
            item[0],
            _distance(item[1], anchor),
        )
    )
    found: list[DateLine] = []
    own = _ancestor_ids(headline) if headline is not None else frozenset()
    for _, element in candidates[:40]:
        if text_longer_than(element.tag, MAX_LINE_CHARS):
            continue  # a wrapper opening with a dated line (`Edisi 2022 ...`): not read whole
        text = element_text(element.tag)
        if not text or len(text) > MAX_LINE_CHARS:
            continue
        text = text if updates else _before_modified(text)
        if not text or (not updates and _labelled_as_update(element.tag)) or _EVENT_LABEL.match(text):
            continue
        if (
            in_excluded_area(element.tag, headline=headline, own=own)
            or _in_quoted_area(element.tag, headline)
            or in_teaser_card(element.tag)
            or in_teaser_item(element.tag, headline)
        ):
            continue
        parsed = search_date(text, now=now, default_tz=default_tz)
        if parsed is None:
            continue
        line = DateLine(parsed, element, text)
        if not parsed.has_time:
            line = _with_time_from_parent(line, search_date, now, default_tz)
            parsed = line.parsed
        if parsed.has_time:
            if found and found[0].parsed.value.date() != parsed.value.date():
                return found[0]
            return line
        found.append(line)
        if len(found) >= 3:
            break
    return found[0] if found else None


# The first paragraph of the text: a `<p>` this long after the headline (date lines and credits are shorter).
_TEXT_PARAGRAPH_CHARS = 100
_PARAGRAPH_LOOKAHEAD = 12


def _first_text_paragraph(scan: PageScan, headline: Tag | None, last_index: int) -> int | None:
    """Document index of the first long `<p>` after the headline (a few `<p>` looked at, no page scan); None
    when there is none, or when it would come after `last_index` (the last candidate's: no candidate is then
    after it, so the walk stops there)."""
    if headline is None:
        return None
    index_of = scan.index_of
    paragraphs = 0
    for node in headline.next_elements:
        if not isinstance(node, Tag):
            continue
        index = index_of.get(id(node))
        if index is not None and index > last_index:
            return None
        if node.name == "p":
            if len(node.get_text()) >= _TEXT_PARAGRAPH_CHARS:
                return index
            paragraphs += 1
            if paragraphs >= _PARAGRAPH_LOOKAHEAD:
                return None
    return None


def _with_time_from_parent(line: DateLine, search_date, now, default_tz) -> DateLine:
    """A bare date whose time sits in a sibling element ('<li>27 Januari 2026</li><li>15:28</li>'): the
    enclosing line, when it is short and gives a time on the same day."""
    parent = line.element.tag.parent
    if parent is None or parent.name in ("body", "html", "[document]"):
        return line
    text = element_text(parent)
    if len(text) > MAX_LINE_CHARS or text == line.text:
        return line
    parsed = search_date(_before_modified(text), now=now, default_tz=default_tz)
    if parsed is not None and parsed.has_time and parsed.value.date() == line.parsed.value.date():
        return DateLine(parsed, line.element, text)
    return line


_MODIFIED_WORDS = re.compile(
    r"diperbarui|diperbaharui|updated|update:|modified|terakhir diubah|last edit"
    # The same label in the other languages of the benchmark suites (German, French, Spanish, Italian, Dutch).
    r"|aktualisiert|zuletzt geändert|mis à jour|actualizado|aggiornato|bijgewerkt",
    re.I,
)
# A line that dates an event or a copyright, not the article: `Termin: 21.02.2020, 19 Uhr`, `© 2016 ...`.
_EVENT_LABEL = re.compile(
    r"^\W*(?:termine?|veranstaltung|event(?:\s+date)?|wann|acara)\b|^\s*(?:©|\(c\)|copyright)", re.I
)


# An 'updated' label right before a date element: `<span>Updated <time>1:39 am EST ...</time></span>`.
_UPDATE_LABEL = re.compile(
    r"(?:diperbarui|diperbaharui|updated|update|modified|terakhir diubah|last edited|last edit)"
    r"(?:\s+(?:on|at|pada))?\s*[:\-–]?$",
    re.I,
)


def _labelled_as_update(tag: Tag) -> bool:
    """The text right before the element (its nearest non-blank previous sibling) is an 'updated' label."""
    node = tag.previous_sibling
    while node is not None:
        text = element_text(node) if isinstance(node, Tag) else str(node).strip()
        if text:
            return bool(_UPDATE_LABEL.search(text[-40:]))
        node = node.previous_sibling
    return False


def _before_modified(text: str) -> str:
    """The part of a date line before an 'updated' label ('Terbit: X | Diperbarui: Y' -> 'Terbit: X')."""
    match = _MODIFIED_WORDS.search(text)
    return text[: match.start()].strip() if match else text


def find_byline_elements(scan: PageScan, anchor: int | None) -> list[Element]:
    """Byline-like elements near the headline, nearest first, outside excluded areas (a featured-image box
    that holds the headline is the article's header: its byline counts)."""
    headline = headline_tag(scan, anchor)
    seen: dict[int, Element] = {}
    hints = [e for e in scan.byline_hints if not _named_by_drupal_field_class(e.tag)]
    hinted = (*hints, *scan.itemprops.get("author", ()), *scan.author_links)
    for element in (*hinted, *author_page_links(scan, anchor)):
        if _near(element, anchor, WINDOW_BEFORE, WINDOW_AFTER):
            seen.setdefault(id(element.tag), element)
    elements = sorted(seen.values(), key=lambda e: _distance(e, anchor))
    inside_headline = {id(t) for t in headline.find_all(True)} if headline is not None else set()
    # Under the headline, an area that also holds the headline is the article's own, whatever its class says
    # (TimesLive's article wrapper `comments-enabled`, WordPress themes' `penci-*-slider` headers); above it
    # such an area holds the category kicker and the menu.
    own = _ancestor_ids(headline) if headline is not None else frozenset()
    return [
        e
        for e in elements[:30]
        # The headline's own parts are never a byline (microformats' `p-name` is an h-entry's title).
        if id(e.tag) not in inside_headline
        and (
            not in_excluded_area(e.tag, own=own if anchor is not None and e.index > anchor else frozenset())
            or _in_header_meta_footer(e, scan, headline, anchor, own)
        )
        and not in_teaser_card(e.tag)
        and not _in_story_link(e.tag)
        and not _in_story_list_item(e.tag, headline)
        and not _in_image_area(e.tag, headline)
        and not _in_share_list(e.tag)
        and not _in_control(e.tag)
        and not in_review(e.tag, own)
        and not in_product_card(e.tag, own)
        and not forum_member_link(e.tag)
    ]


# A forum engine's member link, the handle a post or thread is shown under: XenForo 1/2 (`<a class="username"
# data-user-id=…>`, `/members/name.123/`), vBulletin 3/4 (`member.php?u=`), phpBB 3 (`memberlist.php?mode=
# viewprofile`, `username-coloured`), MyBB (`member.php?action=profile`), SMF (`action=profile;u=`). A handle
# there names an account, not a person; blogs' account bylines (WordPress `author vcard`) are not forum markup.
_FORUM_MEMBER_HREF = re.compile(
    r"(?i)/members/[^/?#]+\.\d+/?$|member\.php\?|memberlist\.php\?mode=viewprofile|action=profile[;&]u="
)
_FORUM_USERNAME_CLASSES = frozenset({"username", "username-coloured"})
_FORUM_LINKS_READ = 3


def forum_member_link(tag: Tag) -> bool:
    """The byline element is, or holds as one of its first links, a forum engine's member link classed as a
    username (the class and the engine's profile address or user id agreeing) showing a handle's shape: a
    post's or a thread's starter's handle, which the page sets' convention reads as no writer."""
    links = [tag] if tag.name == "a" else tag.find_all("a", limit=_FORUM_LINKS_READ)
    for link in links:
        if not _FORUM_USERNAME_CLASSES.intersection(attr_text(link, "class").split()):
            continue
        if not _handle_shaped(element_text(link)):
            continue  # `Tiberius`, `Anna Berg`: a name-like account is read as a name (traf-eval's forum truth)
        if link.get("data-user-id") is not None or _FORUM_MEMBER_HREF.search(attr_text(link, "href")):
            return True
    return False


def _handle_shaped(text: str) -> bool:
    """`Heike_aus_H`, `passat_fan77`, `cb_tinkerer`, `grillmeister`: one word holding an underscore or a digit,
    or all in lower case without a dot; a capitalised word, a spaced name or a dotted name (`J.Weber`,
    `Jean-Luc.M`, `john.doe`: a person's name written as an account) is no handle's shape."""
    if not text or " " in text:
        return False
    if any(ch == "_" or ch.isdigit() for ch in text):
        return True
    return "." not in text and text.islower()


# A shop's product card in a category grid or a "you may also like" row: its `product-name` link is the product's
# name, never a writer (Shopware 6 `card product-box` with `a.product-name`, WooCommerce `ul.products >
# li.product` with `woocommerce-loop-product__title`, Shopify Dawn `product-card-wrapper`/`card--product` and
# other themes' `product-card`, Magento `li.product-item` with `product-item-name`, PrestaShop
# `product-miniature`, Oxid/Shopify `product-tile`/`grid-product`, schema.org `itemtype=.../Product`). A box
# holding the headline is the page's own (a product review article marked as a Product) and never counts.
_PRODUCT_CARD = re.compile(
    r"(?i)(?<![\w-])(?:product-(?:box|card|tile|item|miniature|thumb|grid-item|list-item)|grid-product"
    r"|card--product|woocommerce-loop-product)(?![\w])"
)
_PRODUCT_CARD_LEVELS = 8


def in_product_card(tag: Tag, own: frozenset[int] = frozenset()) -> bool:
    """The element sits in a shop's product card (see `_PRODUCT_CARD`), below the article's own boxes. A card
    that holds the article's review is the article's own (see `_review_scope`)."""
    return product_card_around(tag, own) is not None


def product_card_around(tag: Tag, own: frozenset[int] = frozenset()) -> Tag | None:
    """The shop's product card the element sits in (see `in_product_card`), or None."""
    node: Tag | None = tag
    authored = False
    for _ in range(_PRODUCT_CARD_LEVELS):
        if node is None or node.name in ("body", "html", "[document]", "main"):
            return None
        if _review_scope(node):
            return None
        # The writer marked `itemprop=author` in a product's scope is the review's (a Product has no author).
        authored = authored or node.get("itemprop") == "author"
        if id(node) not in own and _product_card_box(node):
            return None if authored and _is_schema_product(node) else node
        node = node.parent
    return None


# Review plugins (Lasso, WP Product Review, AAWP, Rank Math's and Yoast's review schema) wrap the article's own
# test in the tested product's box: a schema.org Review (`itemprop=review`, `itemtype=.../Review`) or a
# `review`-classed wrapper (`review product-box`, `review-authors`) is the writer's, never a shop's card.
_REVIEW_BOX = re.compile(r"(?i)(?<![\w-])reviews?(?:-(?:authors?|box|header|body|content|text))?(?![\w-])")


def _review_scope(node: Tag) -> bool:
    itemtype = node.get("itemtype")
    if isinstance(itemtype, str) and itemtype.rstrip("/").lower().endswith("schema.org/review"):
        return True
    if node.get("itemprop") == "review":
        return True
    hints = class_id(node)
    return bool(hints) and _REVIEW_BOX.search(hints) is not None


def _is_schema_product(node: Tag) -> bool:
    itemtype = node.get("itemtype")
    return isinstance(itemtype, str) and itemtype.rstrip("/").lower().endswith("schema.org/product")


def _product_card_box(node: Tag) -> bool:
    if _is_schema_product(node):
        return True
    if node.name == "li" and "product" in (node.get("class") or ()):
        return True  # WooCommerce's loop item `li.product.type-product`
    hints = class_id(node)
    return bool(hints) and _PRODUCT_CARD.search(hints) is not None


# Customers' reviews under a product, a recipe, a course or a place: their writers are readers, never the page's
# writers. Review apps and platforms name their boxes (Shopify's Judge.me `jdgm-rev`, Yotpo `yotpo-review`,
# Stamped `stamped-review`, Okendo `oke-w-review`, Loox, Shopify Product Reviews `spr-review`, Trustpilot's
# `trustpilot-widget`/`tp-widget`, WooCommerce `woocommerce-Reviews` and its `#reviews`, Shopware's
# `product-detail-review`, Amazon-style `customer-reviews`/`data-hook="review"`); schema.org marks each one
# `itemprop="review"` of the product, one box per customer. A box holding the headline (a film or product review
# article marked as a `Review`) is the article's own and never counts; nor do a review site's own boxes named
# only `reviews`, `review-widget` or `review-author` (a news site's reviews section, a book blog's rating widget
# with its reviewer) or a single `itemprop="review"` (WordPress review plugins mark the article's own verdict so):
# customers' reviews come from a named platform, or several to a list.
_REVIEW_BOX = re.compile(
    r"(?i)jdgm-rev|yotpo-review|yotpo-main-widget|stamped-review|oke-w-review|okeReviews|loox-review|spr-review"
    r"|trustpilot|(?<![\w-])tp-widget|woocommerce-reviews?|product-(?:detail-)?reviews?"
    r"|customer-reviews?|(?<![\w-])reviews?-list|(?<![\w-])commentlist"
)
_REVIEW_LEVELS = 10


def in_review(tag: Tag, own: frozenset[int] = frozenset()) -> bool:
    """The element sits in a customer review (see `_REVIEW_BOX`), below the article's own boxes."""
    node: Tag | None = tag
    for _ in range(_REVIEW_LEVELS):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if id(node) not in own and _review_box(node):
            return True
        node = node.parent
    return False


def _review_box(node: Tag) -> bool:
    itemprop = node.get("itemprop")
    if isinstance(itemprop, str) and itemprop.strip().lower() in ("review", "reviews"):
        return _beside_another_review(node)  # customers' reviews *of* the product or recipe the page is about
    if node.get("data-review-id") is not None or node.get("data-hook") == "review":
        return True
    hints = class_id(node)
    if hints and _REVIEW_BOX.search(hints) is not None:
        return True
    return _rated_item_among_rated_siblings(node)


# A customer review on a marketplace whose class names are hashed (Tokopedia's and Shopee's `css-1a2b3c`,
# Bukalapak's, Lazada's, Etsy's and Amazon's generated names) is known by its shape: one of several same-shaped
# items each holding a rating — a star glyph (`★★★★☆`), an accessible label (`aria-label="bintang 5"`,
# `5 out of 5 stars`, `5 Sterne`, `5 étoiles`, `5 estrellas`, `5 stelle`, `5 sterren`, `5 estrelas`, `5 gwiazdek`)
# or schema.org's `ratingValue`. An article holds one verdict, never a run of rated siblings; the headline's own
# box never counts (`own`).
_RATING_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:stars?|bintang|sterne?|[ée]toiles?|estrellas?|stell[ae]|sterren|estrelas?|gwiazd\w*"
    r"|rating|rated|bewertung|penilaian|note|valoraci[oó]n|valutazione|beoordeling|avalia[cç][aã]o|ocena)"
    r"(?![^\W\d_])"
)
_STAR_GLYPHS = ("★", "☆", "⭐")
_RATING_DESCENDANTS_READ = 120  # a review's rating sits in its first elements; a page-sized box is not read
_RATED_SIBLINGS_LOOKED_AT = 3


_RATED_SIBLINGS_NEEDED = (
    2  # three rated items in all: an article's verdict box with one sub-rating box is not a list
)


def _rated_item_among_rated_siblings(node: Tag) -> bool:
    """The element is rated and at least two siblings of its tag and classes are rated too: a list of customers'
    reviews (a test's own rating box beside its sub-rating boxes of another class is no such list)."""
    if not _holds_rating(node):
        return False
    shape = (node.name, attr_text(node, "class"))
    near = [
        *node.find_next_siblings(node.name, limit=_RATED_SIBLINGS_LOOKED_AT),
        *node.find_previous_siblings(node.name, limit=_RATED_SIBLINGS_LOOKED_AT),
    ]
    rated = sum(
        1
        for sibling in near
        if (sibling.name, attr_text(sibling, "class")) == shape and _holds_rating(sibling)
    )
    return rated >= _RATED_SIBLINGS_NEEDED


def _holds_rating(node: Tag) -> bool:
    """A rating among the element's first descendants: a star glyph, a rating label with a number, or
    schema.org's `ratingValue`."""
    for count, child in enumerate(node.descendants):
        if count >= _RATING_DESCENDANTS_READ:
            return False
        if isinstance(child, Tag):
            if child.get("itemprop") == "ratingValue":
                return True
            label = attr_text(child, "aria-label") or attr_text(child, "title")
            if label and any(c.isdigit() for c in label) and _RATING_LABEL.search(label[:80]):
                return True
        elif isinstance(child, NavigableString) and any(glyph in child for glyph in _STAR_GLYPHS):
            return True
    return False


_REVIEW_SIBLINGS_LOOKED_AT = 4


def _beside_another_review(node: Tag) -> bool:
    """Another `itemprop="review"` among the box's nearest siblings: a list of customers' reviews."""
    near = [
        *node.find_next_siblings(True, limit=_REVIEW_SIBLINGS_LOOKED_AT),
        *node.find_previous_siblings(True, limit=_REVIEW_SIBLINGS_LOOKED_AT),
    ]
    for sibling in near:
        itemprop = sibling.get("itemprop")
        if isinstance(itemprop, str) and itemprop.strip().lower() in ("review", "reviews"):
            return True
    return False


# Drupal prints every field of a node in a box classed `field--name-<machine name>` (Drupal 8-11) or
# `field-name-<machine name>` (Drupal 7): its `name` is the field's, so it hints a byline only when the machine
# name does (`field--name-field-author`, `field--name-uid`); `field--name-field-kategorie`, `field-name-field-
# downloads` are a topic chip and a file list (parliament groups', municipalities' and universities' Drupal press
# releases, Drupal Bootstrap Italia, Open Social). The byline words cover the languages' field names: Italian and
# Spanish `field_firma` (the signature), English `field_written_by`, `field_by`, French `field_redacteur`.
_DRUPAL_FIELD_NAME = re.compile(r"(?<![\w-])field-{1,2}name-")
_BYLINE_CLASS_WORDS = re.compile(
    r"(?i)author|byline|by-line|writer|reporter|credit|contributor|creator|penulis|pewarta|wartawan|jurnalis"
    r"|kontributor|autor|auteur|verfasser|redakt|redac|redaz|journalist|giornalist|periodist|dziennikar"
    r"|schrijver|escritor|scrittor|written|signature|signed|firma|(?<![^\W\d_])by(?![^\W\d_])"
    r"|(?<![^\W\d_])name(?![^\W\d_])|nama|uid"
)


def _named_by_drupal_field_class(tag: Tag) -> bool:
    """The box hints a byline only by the `name` of Drupal's field class (see `_DRUPAL_FIELD_NAME`)."""
    hints = class_id(tag)
    return "name-" in hints and _drupal_field_without_byline_word(hints)


@lru_cache(maxsize=4096)
def _drupal_field_without_byline_word(hints: str) -> bool:
    """Cached: a Drupal page repeats its field classes on every node (a list of 100k fields is read once)."""
    if not _DRUPAL_FIELD_NAME.search(hints):
        return False
    return _BYLINE_CLASS_WORDS.search(_DRUPAL_FIELD_NAME.sub("field-", hints)) is None


# A box named `footer` alone (not `site-footer`, `footer-widgets`): the page's footer, or an article's meta row.
_BARE_FOOTER = re.compile(r"(?<![\w-])footer(?![\w-])", re.I)
_META_FOOTER_LEVELS = 3  # levels from the byline up to its footer box, and from the headline up to their box
_NOT_A_META_ROW = re.compile(
    r"(?i)\b(?:anzeige|werbung|sponsor(?:ed|ing)?|gesponsert|advertorial|advert(?:isement)?|präsentiert von"
    r"|presented by|paid (?:post|content)|cookies?|datenschutz|privacy|comments?|kommentare?|forum|reply"
    r"|antworten|newsletter"
    # a press release's contact person, not its writer (`Pressekontakt: Julia Brandt, Tel. …` on TYPO3 company and
    # municipal news, `Media contact`, `Contacto de prensa`, `Contatto stampa`, `Perscontact`, `Narahubung`)
    r"|(?:presse|medien|press|media|pers)?-?kontakt|ansprechpartner(?:in)?|contacts?|contacto|contatto|contato"
    r"|perscontact|narahubung)\b|\btel(?:efon|ephone|éfono)?\.?(?=\s*[:+(\d])"
)


def _in_header_meta_footer(
    element: Element, scan: PageScan, headline: Tag | None, anchor: int | None, headline_ids: frozenset[int]
) -> bool:
    """The byline sits in a box classed `footer` that is the article header's meta row, not the page footer:
    TYPO3 EXT:news prints `<div class="header"><h3>title</h3></div><div class="footer"><p>` date, category and
    `Von <span itemprop="name">` author `</p></div>` under the title in its detail and list templates (the
    Austrian and German regional weeklies, municipalities and associations on TYPO3). It counts when the box
    is a sibling of the headline's box (their parent is at most three levels above the headline), it comes
    after the headline with no prose between, and nothing else around the byline is a side area. TYPO3 company
    and association sites that reorder the partial print the same row right *above* the headline's box
    (`<div class="footer">…</div><div class="header"><h1>`): it counts there too."""
    if headline is None or anchor is None or element.index == anchor:
        return False
    above = element.index < anchor
    node: Tag | None = element.tag
    for _ in range(_META_FOOTER_LEVELS):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if _BARE_FOOTER.search(area_hints(node)):
            break
        node = node.parent
    else:
        return False
    if node is None or node.parent is None or node.parent.name in ("body", "html", "[document]"):
        return False
    if not is_inside(headline, node.parent, _META_FOOTER_LEVELS):
        return False
    # The row follows the headline's own box: a site footer further down a small page (`Website by …`,
    # `Medieninhaber: …`) is no meta row, even when no <p> of prose lies between.
    beside = node.find_next_sibling(True) if above else node.find_previous_sibling(True)
    if beside is None or not (beside is headline or beside is headline.parent):
        return False
    # A meta row is a short line of date, rubric and writer; never an ad's, a sponsor's, a cookie notice's or a
    # comment's footer beside the headline.
    # (its pieces joined with spaces: `Twitter` and `Anzeige` in two spans must stay two words)
    if text_longer_than(node, MAX_LINE_CHARS) or _NOT_A_META_ROW.search(
        f"{area_hints(node)} {' '.join(node.stripped_strings)}"
    ):
        return False
    if not above and prose_between(scan, element.tag, anchor):
        return False
    own = headline_ids | _ancestor_ids_upto(element.tag, node)
    return not in_excluded_area(element.tag, own=own)


def in_named_frame(
    tag: Tag, levels: int, tags: tuple[str, ...], roles: tuple[str, ...], tokens: frozenset[str]
) -> bool:
    """The element sits, within `levels` ancestors and below the page's body, article and main region, in a box
    that is one of `tags`, has one of `roles`, or names one of `tokens` as a whole class word or as its id: the
    page's footer or header frame, as its caller names it."""
    for depth, parent in enumerate(tag.parents):
        if depth >= levels or parent.name in ("body", "html", "article", "main"):
            return False
        if parent.name in tags or attr_text(parent, "role").lower() in roles:
            return True
        # an element without attributes names nothing (its words would be the empty id alone)
        if (
            parent.attrs
            and {*attr_text(parent, "class").lower().split(), attr_text(parent, "id").lower()} & tokens
        ):
            return True
    return False


def is_inside(tag: Tag, ancestor: Tag, levels: int = 8) -> bool:
    """`ancestor` holds `tag` at most `levels` levels up."""
    node = tag.parent
    for _ in range(levels):
        if node is None:
            return False
        if node is ancestor:
            return True
        node = node.parent
    return False


def _ancestor_ids_upto(tag: Tag, top: Tag) -> frozenset[int]:
    """Ids of `tag` and its ancestors up to and including `top` (a few levels)."""
    ids: set[int] = set()
    node: Tag | None = tag
    while node is not None and len(ids) <= _META_FOOTER_LEVELS:
        ids.add(id(node))
        if node is top:
            break
        node = node.parent
    return frozenset(ids)


_CONTROLS = frozenset({"button", "input", "select", "option", "label", "form"})


def _in_control(tag: Tag) -> bool:
    """A button or form control (`<button class="followAuthorBtn">Abbruch</button>`, `Folgen`, `Follow`): the
    interface around the byline, never the byline."""
    node: Tag | None = tag
    for _ in range(3):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if node.name in _CONTROLS:
            return True
        node = node.parent
    return False


# A link to the writer's page: `/author/jane-doe/`, `/autoren/name/max-kolter`, `/signataires/x/`,
# `/penulis/budi`, `/yazar/x`: the byline of many templates that give the link no class (WordPress themes,
# German, French, Spanish, Turkish and Indonesian CMSs).
AUTHOR_PATH = re.compile(
    # `autor(?:es|as)`: Spanish and Portuguese writer pages (`/autores/lorenzo-marina.html`, Prensa Ibérica).
    r"/(?:authors?|autor(?:en|in|es|as)?|auteurs?|autori?e?|penulis|reporter|wartawan|jurnalis|journalists?"
    r"|signataires|firmas?|yazarlar|yazar|forfatter|skribent|redacteur|columnists?|kontributor|writers?)"
    r"/+[^/?#\s]{2,}",  # the writer's slug: `/autoren` alone is the list of all writers
    re.I,
)


def author_page_links(scan: PageScan, anchor: int | None) -> list[Element]:
    """Links to an author page near the headline (rel=author and byline classes are collected elsewhere), and
    profile links whose address spells the name they show, in the header's own line (`profile_link_near`)."""
    return scan.remember(("author_page_links", anchor), lambda: _author_page_links(scan, anchor))[0]


def profile_only_links(scan: PageScan, anchor: int | None) -> frozenset[int]:
    """The ids of the links `author_page_links` took for their address spelling the name alone (no writers'
    folder): weaker than a metadata author, which they never override."""
    return scan.remember(("author_page_links", anchor), lambda: _author_page_links(scan, anchor))[1]


def _author_page_links(scan: PageScan, anchor: int | None) -> tuple[list[Element], frozenset[int]]:
    found: list[Element] = []
    profiles: set[int] = set()
    for link in scan.links:
        href = link.get("href")
        if not isinstance(href, str) or "/" not in href:
            continue
        index = scan.index_of.get(id(link))
        if index is None:
            continue
        if AUTHOR_PATH.search(href):
            if _near(Element(link, index), anchor, TIGHT_WINDOW, WINDOW_AFTER):
                found.append(Element(link, index))
        elif anchor is not None and profile_link_near(scan, link, index, anchor, href):
            found.append(Element(link, index))
            profiles.add(id(link))
    return _shared_lines(found, scan), frozenset(profiles)


# Elements between the headline and a profile link known only by its address spelling the name (the standfirst,
# a picture and the byline row fit; the text's links lie further).
_PROFILE_LINK_AFTER = 40
_PROFILE_LINK_BEFORE = 12  # a byline row right above the headline (Wix blog): with a date beside it
# Links to a page about a topic or person, not by one: a tag list's or standfirst's `Angela Merkel`.
TOPIC_PATH = re.compile(
    r"/(?:tags?|topics?|themen|thema|themes?|category|categories|kategori|section|sections|rubrik|ressort"
    r"|schlagworte?|stichworte?|temas?|sujets?|argomenti|dossiers?|person|personen|persons|subjects?"
    r"|keywords?|labels?|search|suche|cari)(?:/|$)",
    re.I,
)
# Folders of pages about a subject, a place, a show or a section, or of a site's users, not of its writers
# (review of the profile-link rule: `/players/marc-klok`, `/artists/taylor-swift`, `/newsletters/morning-
# briefing`, `/series/…`, `/programs/morning-edition`, `/local/salt-lake-city`, `/berita/jawa-tengah`,
# `/members/joe-pinkham`, `/profil/joko-widodo`, `/company/acme-water`).
_SUBJECT_PATH = re.compile(
    r"/(?:series|newsletters?|podcasts?|programs?|programmes?|shows?|episodes?|events?|teams?|clubs?|players?"
    r"|athletes?|artists?|bands?|candidates?|politicians?|figures?|tokoh|brands?|compan(?:y|ies)|organi[sz]ations?"
    r"|speakers?|members?|users?|wiki|profil|profiles|chefs?|recipes?|products?|shop|store|local|news|berita"
    r"|kanal|daerah|regional|regions?|city|cities|places?|locations?|wilayah|provinsi|kota|sports?|olahraga"
    r"|politics?|politik|opinion|opini|celebrit(?:y|ies)|seleb|stars?|movies?|films?|books?|games?)(?:/|$)",
    re.I,
)
_HANDLE_MIN_CHARS = 6
_PROFILE_SEGMENTS = 3  # `/profile/ximenarobles/profile`; a story's address is longer or carries digits
_LINE_BLOCKS = frozenset(
    {"p", "li", "blockquote", "figcaption", "td", "th", "dd", "h1", "h2", "h3", "h4", "h5"}
)


def slug_names_link(href: str, text: str) -> bool:
    """The link's address spells the name it shows: a path segment that is the name's slug (`/people/daniel-
    ortega`, `/av/viktor-hedlund/`, `/page/ophelie-ostermann`) or a handle made of its words
    (`/@ruthellison`, `/@martasoler` for Marta Soler Ibáñez, `/profile/ximenarobles/profile`), never a topic
    or tag page about the person (`/thema/angela-merkel`, `/tag/joko-widodo`)."""
    name_words = _SLUG_WORD.findall(fold_for_matching(text).lower())
    if not 2 <= len(name_words) <= 5:
        return False
    path = href_path(href)
    if TOPIC_PATH.search(path) or _SUBJECT_PATH.search(path):
        return False
    segments = [s for s in path.lower().split("/") if s]
    if len(segments) > _PROFILE_SEGMENTS or any(c.isdigit() for c in path):
        return False  # a story's address (`/daerah/2024/03/08/harga-beras-turun`), a forum member's id
    prefixes = {"".join(name_words[:k]) for k in range(2, len(name_words) + 1)}
    for position, segment in enumerate(segments):
        if position == 0 and not segment.startswith("@"):
            continue  # a section at the site's root (`/digital-life`): a writer's page sits in a folder
        words = _SLUG_WORD.findall(fold_for_matching(segment))
        if words == name_words:
            return True
        squashed = "".join(words)
        if len(squashed) >= _HANDLE_MIN_CHARS and squashed in prefixes:
            return True
    return False


def profile_link_near(scan: PageScan, link: Tag, index: int, anchor: int, href: str) -> bool:
    """A profile link (`slug_names_link`) in the article's header: under the headline with no prose between, or
    in a dated row right above it; in a short line of its own, never inside a paragraph, list item, quote or
    caption (a standfirst's or a list's link to a person)."""
    if not -_PROFILE_LINK_BEFORE <= index - anchor <= _PROFILE_LINK_AFTER or index == anchor:
        return False
    rel = link.get("rel")
    if rel and any(str(r).lower() in ("tag", "category") for r in rel):
        return False  # `rel="tag"`: a tag or rubric (`/editorial-type/aus-der-region/`)
    text = element_text(link)
    if not _profile_name_shape(text) or not slug_names_link(href, text):
        return False
    from telisik.extract.bylines import is_organisation

    if is_organisation(text) or fold_for_matching(text) in home_link_texts(scan):
        return False  # the outlet's own handle (`/@riversidedispatch`), a company's page
    node: Tag | None = link
    for _ in range(4):
        node = node.parent if node is not None else None
        if node is None or node.name in ("body", "html", "[document]", "article", "main"):
            break
        if node.name in _LINE_BLOCKS:
            return False
    if index > anchor and prose_between(scan, link, anchor):
        return False
    headline = headline_tag(scan, anchor)
    return _in_dated_row(link, headline, above=index < anchor)


def home_link_texts(scan: PageScan) -> frozenset[str]:
    """The texts of the links to the site's front page (`<a href="/">Riverside Dispatch</a>`): the site's name."""

    def texts() -> frozenset[str]:
        found = set()
        for link in scan.links:
            href = link.get("href")
            if isinstance(href, str) and _root_path(href):
                found.add(fold_for_matching(element_text(link)))
        return frozenset(found)

    return scan.remember(("home_link_texts",), texts)


def _root_path(href: str) -> bool:
    path = href_path(href)
    return path.strip("/") == ""


_HEADLINE_DEPTH = 16
_ROW_ELEMENTS = 80
# No `di`: an Indonesian preposition in a story's title (`Harga Beras Turun di Blora`) far more often than a name's.
_NAME_PARTICLES = frozenset("von van de da du dos das del della le la bin binti ter ten".split())


def _profile_name_shape(text: str) -> bool:
    """Two to five words, each capitalised but a name's particles (`Alexa von Heyden`, `Rafael van der Vaart`):
    a person's name, not a rubric (`Aus der Region`)."""
    words = text.split()
    if not 2 <= len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    for i, word in enumerate(words):
        if word[:1].isupper():
            continue
        if word in _NAME_PARTICLES or (word in ("der", "den") and words[i - 1] in ("von", "van")):
            continue
        return False
    return True


_ROW_LEVELS = 12  # Medium nests the name link ten boxes under the meta row that shows the date
# A sentence: four words or more ending with a full stop, or a CJK full stop (`Thank you for covering it.`).
_ROW_SENTENCE = re.compile(r"(?:[^\W\d_]+[\s,;]+){3,}[^\W\d_]+[.!?](?:\s|$)|[。！？]")
_ROW_TIME = re.compile(r"(?i)\b\d{1,3}\s*(?:min(?:ute[ns]?|utos?|s)?|mnt|menit)\b")
# A remark beside the name and date: a comment's or review's words (`Great product.`, `Finally fixed.`) or its
# reply button (review of the profile-link rule: comment heads, shop reviews, a top comment under the headline).
_ROW_REMARK = re.compile(
    r"[^\W\d_]+\s+[^\W\d_]{2,}[.!?](?=\s*$|\s+[^\d\s])|(?i:\b(?:reply|balas|antworten|répondre|responder|rispondi)\b)"
)
# What may stand before the writer's name in the row: a "by" word or a writer's label (`By`, `Von`, `Oleh`,
# `Written by`, `Penulis:`); any other label (`Guest:`, `Photo:`, `Medically reviewed by`, `Heard on`, `Part 2
# of`, `Baca Juga:`, `In this story:`) names someone else.
_BY_BEFORE = re.compile(
    r"(?i)^(?:by|von|par|por|door|oleh|av|af|de|written by|words by|posted by|published by|reported by|story by"
    r"|text|texto|tekst|penulis|pewarta|wartawan|author|autor|autorin|auteur|reporter|geschrieben von"
    r"|verfasst von|escrito por|écrit par|publicado por)\s*:?$"
)


def _in_dated_row(link: Tag, headline: Tag | None, *, above: bool) -> bool:
    """The link's row (a short box around it that does not hold the headline) also shows a date or a reading
    time: a byline row (`Ruth Ellison` `Mar 04, 2026`; `Marta Soler Ibáñez · Follow · 4 min read · Feb 16, 2026`),
    not a card of a person the story is about (`Margaret Holloway` `Professor of Urban Economics`). Above the
    headline only a reading time makes it the byline row (Wix's `Ximena Robles · hace 3 días · 2 min de
    lectura`): a kicker linking a person's topic page may show the date beside it (`Olaf Scholz · 7. März`)."""
    from telisik.extract.dates import search_date

    name = element_text(link)
    node: Tag | None = link
    for _ in range(_ROW_LEVELS):
        node = node.parent if node is not None else None
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if len(node.find_all(True, limit=_ROW_ELEMENTS)) >= _ROW_ELEMENTS:
            return False  # a row of a few pieces, not a box of hundreds of (empty) elements (a cheap count first)
        if text_longer_than(node, MAX_LINE_CHARS):
            return False
        if headline is not None and is_inside(headline, node, _HEADLINE_DEPTH):
            return False
        text = element_text(node).replace(name, " ", 1)
        if _ROW_SENTENCE.search(text):
            return False  # a comment's or a card's text beside the name: no meta row
        if not any(c.isdigit() for c in text):
            continue
        if _ROW_TIME.search(text) or (not above and search_date(text) is not None):
            return _byline_row(node, link, name, text, above=above)
    return False


def _byline_row(row: Tag, link: Tag, name: str, text: str, *, above: bool) -> bool:
    """The dated row is the byline's: no other story's card, no remark beside the name, no label before it but a
    writer's; above the headline, with the writer's picture linked to the same page (Wix's, Medium's and
    Substack's avatar) — a kicker's `Olaf Scholz · 3 min read` has none."""
    if in_story_card_row(row, link) or _ROW_REMARK.search(text):
        return False
    before = _label_before(element_text(row).split(name, 1)[0])
    if before and not _BY_BEFORE.match(before):
        return False
    return not above or _avatar_beside(row, link)


def _label_before(text: str) -> str:
    """The row's words before the name, without separators; none when they hold a date (`Mar 04 ·`)."""
    if any(c.isdigit() for c in text):
        return ""
    return " ".join(re.sub(r"[^\w\s]+", " ", text).split())


def _avatar_beside(row: Tag, link: Tag) -> bool:
    href = link.get("href")
    box: Tag | None = row
    for _ in range(2):
        if box is None or box.name in ("body", "html", "[document]"):
            return False
        if any(a is not link and a.get("href") == href and a.find("img") for a in box.find_all("a", limit=8)):
            return True
        box = box.parent
    return False


_CARD_LINKS = 8
_STORY_LINK_WORDS = 4


def in_story_card_row(row: Tag, link: Tag | None, *, headings: bool = True) -> bool:
    """The dated row, or the short box around it, also holds a heading or a link to a story (a link of four
    words or more): another story's card (`<h4><a>Bridge lanes close on Monday</a></h4>` over `John Whitaker
    March 2, 2026`), placed under the headline before the text ("read also" boxes)."""
    box: Tag | None = row
    for _ in range(2):
        if box is None or box.name in ("body", "html", "[document]") or text_longer_than(box, MAX_LINE_CHARS):
            return False
        if box.find("h1") is not None:
            return False  # the article's own header: a kicker `<h2>` over the headline, the date row under it
        if headings and box.find(_CARD_HEADINGS) is not None:
            return True
        if any(
            other is not link and _story_link(other) and _story_title(element_text(other))
            for other in box.find_all("a", limit=_CARD_LINKS)
        ):
            return True
        box = box.parent
    return False


def _story_link(link: Tag) -> bool:
    """A link whose last path segment is a story's slug (`/local/other-story`, `/2026/03/02/bridge-lanes-close.html`):
    not a button, an anchor, or a service page (`Add as preferred on Google`: `/preferences/source`)."""
    href = link.get("href")
    if not isinstance(href, str) or href.startswith(("#", "javascript:", "mailto:")) or _in_control(link):
        return False
    path = href_path(href)
    return "-" in path.rstrip("/").rsplit("/", 1)[-1]


def _story_title(text: str) -> bool:
    """Four words or more, one of them in lower case but a name's particle: a story's title (`Bridge lanes close
    on Monday`), not a writer's long name (`Maria de la Cruz Pérez`)."""
    words = text.split()
    return len(words) >= _STORY_LINK_WORDS and any(
        w[:1].islower() and w not in _NAME_PARTICLES for w in words
    )


def _shared_lines(links: list[Element], scan: PageScan) -> list[Element]:
    """Several writers' links in one line (`<p><a>Clara Löw</a>, <a>Siddharth Prakash</a> & <a>Klaus
    Jacob</a></p>`): the line, so that every name is read, in order; a lone link stays itself."""
    by_parent: dict[int, list[Element]] = {}
    for link in links:
        if link.tag.parent is not None:
            by_parent.setdefault(id(link.tag.parent), []).append(link)
    result: list[Element] = []
    short: dict[int, bool] = {}  # id(parent) -> its text fits a line: read once per parent, with a bound
    for link in links:
        parent = link.tag.parent
        if parent is None:
            result.append(link)
            continue
        siblings = by_parent.get(id(parent), [])
        index = scan.index_of.get(id(parent))
        if len(siblings) > 1 and index is not None and id(parent) not in short:
            short[id(parent)] = not text_longer_than(parent, MAX_LINE_CHARS) and (
                len(element_text(parent)) <= MAX_LINE_CHARS
            )
        if len(siblings) > 1 and index is not None and short[id(parent)]:
            if siblings[0] is link:
                result.append(Element(parent, index))
        else:
            result.append(link)
    return result


def in_teaser_card(tag: Tag) -> bool:
    """Inside a link that also holds a heading: a card of another story (`<a><h4>Title</h4><span
    class="item__date">13.10.2023</span></a>` in a list next to the article), whose date and author are that
    story's."""
    node: Tag | None = tag
    for _ in range(4):
        node = node.parent if node is not None else None
        if node is None or node.name in ("body", "html", "[document]", "article", "main"):
            return False
        if node.name == "a":
            return node.find(_CARD_HEADINGS) is not None
    return False


_CARD_HEADINGS = ["h2", "h3", "h4", "h5", "h6"]
_STORY_LINK_EXTRA_CHARS = 40  # a headline's worth of text around the byline inside the link
_STORY_LINK_LEVELS = 5


def _in_story_link(tag: Tag) -> bool:
    """Inside a link that holds a headline's worth of other text besides the byline and does not go to a
    writer's page: a card of another story whose title sits in a `div`, not a heading (GameStar's
    `a.contentbox-link` cards under the article, each with `<div class="authors">von X</div>`; news portals'
    recirculation cards). A writer's own link holds the name alone."""
    own = len(element_text(tag))
    node: Tag | None = tag
    for _ in range(_STORY_LINK_LEVELS):
        node = node.parent if node is not None else None
        if node is None or node.name in ("body", "html", "[document]", "article", "main"):
            return False
        if node.name == "a":
            href = node.get("href")
            if isinstance(href, str) and AUTHOR_PATH.search(href):
                return False
            # A card's link may hold megabytes: read it whole only when it is short enough to be a profile
            # link with a role line; a longer one is a card unless its address names the writer (review).
            long = not text_shorter_than(node, own + _STORY_LINK_EXTRA_CHARS + _ROLE_LINE_CHARS)
            text = "" if long else element_text(node)
            if not long and len(text) < own + _STORY_LINK_EXTRA_CHARS:
                return False
            return not _profile_link(href if isinstance(href, str) else "", element_text(tag), text)
    return False


_ROLE_LINE_CHARS = 200  # more than a role line of `_ROLE_LINE_WORDS` words


_ROLE_LINE_WORDS = 8
_SLUG_WORD = re.compile(r"[a-z0-9]+")


def _profile_link(href: str, name: str, text: str) -> bool:
    """A link to the writer's profile that also shows a role line (`<a href="/team/jane-doe"><span>Jane
    Doe</span> <span>Reporter covering transport</span></a>`): its address ends in the name's slug, or the
    other text is a short role with no sentence in it and the address carries no story id."""
    path = href.split("?")[0].split("#")[0].rstrip("/")
    last = path.rsplit("/", 1)[-1].lower()
    name_words = _SLUG_WORD.findall(fold_for_matching(name).lower())
    if len(name_words) >= 2 and all(w in _SLUG_WORD.findall(last) for w in name_words):
        return True
    extra = text.replace(name, " ", 1).strip()
    words = extra.split()
    return (
        0 < len(words) <= _ROLE_LINE_WORDS
        and not any(c in extra for c in ".!?:")
        and not any(c.isdigit() for c in last)
    )


_TEASER_ITEMS = ("li", "article")


def in_teaser_item(tag: Tag, headline: Tag | None = None) -> bool:
    """Inside a list item or card of another story: the nearest `li`/`article` also holds a link carrying a
    heading (`<li><a><h3>Title</h3></a><span class="time">...</span></li>`, `h3 > a` alike), and it is one of
    a list (an `li`, or an `article` with sibling articles). 'More news' lists under the text (`nhl-list`,
    `list-berita`) carry no boilerplate word in their class; their dates are those stories'."""
    own = _ancestor_ids(headline) if headline is not None else frozenset()
    node: Tag | None = tag.parent
    for _ in range(5):
        if node is None or node.name in ("body", "html", "main", "[document]") or id(node) in own:
            return False
        if node.name in _TEASER_ITEMS:
            if node.name == "article" and not _has_sibling_article(node):
                return False
            return _holds_linked_heading(node)
        node = node.parent
    return False


def _has_sibling_article(node: Tag) -> bool:
    # Kept on the node: every credit line and date inside an `article` asks, each walking its siblings.
    return node_memo(
        node,
        "sibling_article",
        lambda: (
            node.find_next_sibling("article") is not None or node.find_previous_sibling("article") is not None
        ),
    )


def _holds_linked_heading(item: Tag) -> bool:
    for heading in item.find_all(_CARD_HEADINGS, limit=3):
        if heading.find("a", href=True) is not None or heading.find_parent("a", href=True) is not None:
            return True
    return False


_SHARE = re.compile(r"share|social|sharing", re.I)


def is_share_widget(tag: Tag) -> bool:
    """The element's class/id names a share or social widget."""
    return bool(_SHARE.search(class_id(tag)))


def _in_share_list(tag: Tag) -> bool:
    """Inside a list of share links, whose network names ('Pinterest') sit in elements classed like names.
    Only lists count: some templates wrap the byline itself in a `share-bar-wrapper` div."""
    node: Tag | None = tag
    for _ in range(5):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if node.name in ("ul", "ol", "li") and is_share_widget(node):
            return True
        node = node.parent
    return False


# Photo credits ('Al Goldis, Associated Press' under a picture) name photographers, not the article's authors.
_IMAGE_AREA = re.compile(
    r"caption|image|(?<![a-z])img|photo|foto|gallery|galeri|figure|media-credit|video|thumb", re.I
)


def _in_image_area(tag: Tag, headline: Tag | None = None) -> bool:
    """Inside a picture or its caption. A caption that holds the headline is the article's header set over
    its lead picture (`<figcaption><small>31.01.2022</small><h1>...</h1>`), not a caption."""
    own = _ancestor_ids(headline) if headline is not None else frozenset()
    node: Tag | None = tag
    for _ in range(5):
        if node is None or node.name in ("body", "html", "article", "main", "[document]") or id(node) in own:
            return False
        if node.name in ("figure", "figcaption", "picture"):
            return True
        hints = _without_type_scale(area_hints(node))
        if hints.strip() and _IMAGE_AREA.search(hints) and not _AUTHOR_WORD.search(hints):
            return True
        node = node.parent
    return False


# A typography scale's class names a text size, not a picture's caption: Medium's `uiScale-caption--regular`
# and `ui-captionStrong`, Material UI's `MuiTypography-caption`, Material Components' `mdc-typography--caption`,
# design systems' `typography-caption`. Read token by token, only where a token says `caption`.
_TYPE_SCALE_TOKEN = re.compile(r"(?i)^(?:[\w-]*typography[\w-]*|uiscale[\w-]*|ui-caption\w*)$")


def _without_type_scale(hints: str) -> str:
    if "aption" not in hints:
        return hints
    return " ".join(token for token in hints.split() if not _TYPE_SCALE_TOKEN.match(token))


# Embedded posts and quotations carry the date of what they quote (a Facebook post, a tweet, a letter).
_EMBED_AREA = re.compile(r"fb-post|twitter-tweet|instagram-media|tiktok-embed|(?<![a-z])embed", re.I)


def _in_quoted_area(tag: Tag, headline: Tag | None = None) -> bool:
    """A photo caption, an embedded post or a quotation: its date is never the article's date line (a
    caption's `Ab 1. März 2024 ...`, a quoted Facebook post's `Monday, February 7, 2022`)."""
    if _in_image_area(tag, headline):
        return True
    node: Tag | None = tag
    for _ in range(6):
        if node is None or node.name in ("body", "html", "article", "main", "[document]"):
            return False
        if node.name == "blockquote":
            return True
        hints = class_id(node)
        if hints.strip() and _EMBED_AREA.search(hints):
            return True
        node = node.parent
    return False


_AUTHOR_WORD = re.compile(r"author|byline|penulis|reporter|writer", re.I)


def credit_lines(scan: PageScan) -> list[CreditLine]:
    """Labelled credit lines ('Penulis : X', 'Editor: Y'), document order, outside comments and menus."""
    lines: list[CreditLine] = []
    seen: set[int] = set()
    for element in scan.credit_lines:
        tag = element.tag
        text = element_text(tag)
        match = CREDIT_LABEL.match(text)
        if not match:
            text = _without_icon_words(tag, text)
            match = CREDIT_LABEL.match(text)
        has_rows = _holds_tag(tag, "br")
        if not match and has_rows:
            # `Jumat, 9 Oktober 2020 | 14:01 WIB<br>Oleh : Name`: the date row first, the credit row under it.
            text = _credit_rows(tag)
            match = CREDIT_LABEL.match(text)
        if not match:
            continue
        label = credit_label(match)
        if has_rows:
            text = _credit_rows(tag) or text
        if not text[match.end() :].strip(" :"):
            # A bare label ('<td>Penulis</td><td>: X</td>', '<li>Editor</li><li>Name</li>'): the name is in
            # the element that follows the label (or follows one of its label-only ancestors).
            found = _label_with_value(tag) or _caption_under_name(tag, label)
            if found is None:
                continue
            tag, text = found
        if id(tag) in seen or len(text) > MAX_LINE_CHARS:
            continue
        if label in _BY_WORDS and (len(text) > 80 or _PROSE_START.match(text)):
            continue
        # 'by X' / 'Oleh X' also sit under every teaser of a related-posts list; credit-table labels do not.
        strict = label in _STRICT_LABELS
        if in_excluded_area(tag, _EXCLUDED if strict else _EXCLUDED_FOR_CREDITS):
            continue
        if not strict and _in_other_story_item(tag):
            continue
        seen.add(id(tag))
        lines.append(CreditLine(label, single_line(text), Element(tag, element.index)))
    return lines


_BY_WORDS = frozenset({"oleh", "by", "laporan", "ditulis", "written by"})
_STRICT_LABELS = frozenset({"oleh", "by", "author", "writer", "ditulis", "written by"})
# A teaser card of a related/teaser list: Bootstrap's `card`, `teaser`, `news-item`/`list-item` boxes.
_CARD_BOX = re.compile(r"(?<![a-z])(?:card|teaser|item)", re.I)
_CARD_MAX_LEVELS = 4
# A headline reads as four words or more, or as a long text of compounds (German `»Dauerbaustelle
# Hartz-IV-Sanktionsregime«`); a writer's name link is shorter.
_MIN_HEADLINE_WORDS = 4
_MIN_HEADLINE_CHARS = 32


def _in_other_story_item(tag: Tag) -> bool:
    """A credit line in a list item or card of a related/teaser area that also links another story by its
    headline (`<li><a href="/read/101/x">Headline of that story</a><span>Reporter : X</span></li>` under
    `Berita Terkait`): the credit is that story's. Credits tables elsewhere in such areas (a `related photos`
    box holding the article's own credits) stay."""
    node = tag.parent
    for _ in range(_CARD_MAX_LEVELS):
        if node is None or node.name in ("body", "html", "main", "[document]"):
            return False
        if _is_list_card(node):
            return _links_another_headline(node, tag) and in_excluded_area(node, _EXCLUDED)
        node = node.parent
    return False


_STORY_CARD_LEVELS = 6  # a card's meta row sits a few boxes inside the card
_STORY_CARD_CHARS = 400  # a teaser: its headline, kicker, time and byline


def in_story_card(tag: Tag, own: frozenset[int]) -> bool:
    """Inside a small box that links another story by its headline and does not hold the article's headline
    (`own`: the headline's `_ancestor_ids`), whatever its classes say: a recirculation card (Metro's `<div><h3><a>
    Headline</a></h3><span>By <a>X</a></span></div>` under the article once its class names mean nothing)."""
    node = tag.parent
    for _ in range(_STORY_CARD_LEVELS):
        if node is None or node.name in ("body", "html", "main", "[document]") or id(node) in own:
            return False
        if not text_shorter_than(node, _STORY_CARD_CHARS):
            return False
        if _links_another_headline(node, tag):
            return True
        node = node.parent
    return False


def headline_ancestor_ids(headline: Tag | None) -> frozenset[int]:
    return _ancestor_ids(headline) if headline is not None else frozenset()


def _in_story_list_item(tag: Tag, headline: Tag | None) -> bool:
    """A byline-classed element in a list item that links another story by its headline: a `kontextliste`,
    `more-news` or related list whose items carry each story's own author box (`<li><a href="/x">Headline of
    that story</a><div class="liste-autor">von X</div></li>`) with no boilerplate word in its class."""
    node = tag.parent
    for _ in range(3):
        if node is None or node.name in ("body", "html", "main", "[document]"):
            return False
        if node.name == "li":
            if headline is not None and _nested(headline, node):
                return False
            return _links_another_headline(node, tag)
        node = node.parent
    return False


def _is_list_card(node: Tag) -> bool:
    if node.name == "li":
        return True
    if node.name == "article":
        return _has_sibling_article(node)
    return node.name == "div" and _CARD_BOX.search(class_id(node)) is not None


def _links_another_headline(item: Tag, credit: Tag) -> bool:
    """The item holds a link (outside the credit line itself) whose text reads like a headline."""
    return any(
        not _nested(link, credit) and not _nested(credit, link)
        for link in node_memo(item, "headline_links", lambda: _headline_links(item))
    )


def _headline_links(item: Tag) -> list[Tag]:
    """Of the item's first six links, those to another page whose text reads like a headline. Kept on the
    item: every credit line inside a large list item or card asks (4000 lines: the item walked 4000 times)."""
    found = []
    for link in item.find_all("a", href=True, limit=6):
        href = str(link.get("href") or "")
        if href.startswith(("#", "javascript:")):
            continue
        text = element_text(link)
        if len(text.split()) >= _MIN_HEADLINE_WORDS or len(text) >= _MIN_HEADLINE_CHARS:
            found.append(link)
    return found


def _nested(inner: Tag, outer: Tag) -> bool:
    """`inner` is `outer` or sits inside it (by identity: bs4 compares tags by content)."""
    return inner is outer or any(parent is outer for parent in inner.parents)


# Icon fonts drawn by ligatures print a word inside the icon element (`<i class="material-icons">person</i>
# Reporter : Name`, Material Symbols' `<span class="material-symbols-outlined">edit</span>`): government portals
# and Material/Materialize templates put one before every label of the info bar under the headline.
_ICON_CLASS = re.compile(r"(?<![a-z])(?:material-(?:icons|symbols)|icons?|glyphicon)(?![a-z])", re.I)
_ICON_WORD = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
_MAX_ICONS = 2


def _without_icon_words(tag: Tag, text: str) -> str:
    """`text` (the element's) without the ligature words of the icon elements that open it."""
    icons = 0
    for child in tag.children:
        if isinstance(child, NavigableString) and (isinstance(child, Comment) or not child.strip()):
            continue
        if not isinstance(child, Tag) or icons >= _MAX_ICONS:
            break
        if not _ICON_CLASS.search(class_id(child)) and not (child.name == "i" and not child.find(True)):
            # An `<i>` opening the line with one lower-case ligature word (`<i>person</i> Reporter : X`) is the
            # icon whatever its class is named (hashed, or a theme's own icon class).
            break
        word = element_text(child)
        if word and (not _ICON_WORD.match(word) or not text.startswith(word)):
            break
        text = text[len(word) :].lstrip()
        icons += 1
    return text


def _credit_rows(tag: Tag) -> str:
    """The labelled rows of a credit block broken by `<br>` (`Pewarta: X<br>Editor: Y<br>Copyright © ANTARA
    2026<br>Dilarang keras ...`): the rows that start with a credit label, joined; the notice rows dropped."""
    rows: list[str] = []
    current: list[str] = []
    for node in tag.children:
        if isinstance(node, Tag) and node.name == "br":
            rows.append(single_line("".join(current)))
            current = []
        elif isinstance(node, Tag):
            current.append(" " + element_text(node) + " ")
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            current.append(str(node))
    rows.append(single_line("".join(current)))
    return " | ".join(row for row in rows if row and CREDIT_LABEL.match(row))


def _next_non_blank(node: Tag):
    """The next sibling node that is an element or non-blank text (comments skipped)."""
    following = node.next_sibling
    while following is not None:
        if isinstance(following, Tag):
            return following
        if (
            isinstance(following, NavigableString)
            and not isinstance(following, Comment)
            and following.strip()
        ):
            return following
        following = following.next_sibling
    return None


# `Slamet Riyadi`: two or more capitalised words of letters, no digits, no slash (initials codes `fby/sfr`).
_CAPITALISED_NAME = re.compile(r"^[^\W\d_][^\W\d_'.-]*(?:[ .'-]+[^\W\d_][^\W\d_'.-]*)+$")


def is_capitalised_name(text: str) -> bool:
    """Two or more words, each capitalised, of letters only (`Rudi Arman Sinaga`, `Jean-Luc Picard`)."""
    words = text.split()
    return (
        len(words) >= 2 and _CAPITALISED_NAME.match(text) is not None and all(w[0].isupper() for w in words)
    )


def _comma_label_value_is_name(label: Tag, value_tag: Tag, value: str) -> bool:
    """The element after a label closed by a comma (`<span>Penulis, </span><span>Name</span>`, BBC World
    Service) holds a name of two capitalised words or more; never a header cell's neighbour (`<th>Author,
    </th><th>Title</th>`), a role or a date."""
    if label.name == "th" or value_tag.name == "th" or label.find_parent("thead") is not None:
        return False
    return is_capitalised_name(value)


# Two tree questions asked of every credit line (60,000 bare `编辑：` paragraphs: thousands of lines), as plain walks:
# bs4's `find("br")` and `find_parent("a")` build a matcher per call, which cost most of those lines' time.
def _holds_tag(tag: Tag, name: str) -> bool:
    """An element named `name` stands somewhere inside `tag` (what `tag.find(name) is not None` says)."""
    return any(isinstance(node, Tag) and node.name == name for node in tag.descendants)


def _inside_tag(tag: Tag, name: str) -> bool:
    """An ancestor of `tag` is named `name` (what `tag.find_parent(name) is not None` says)."""
    return any(parent.name == name for parent in tag.parents)


def _label_with_value(tag: Tag) -> tuple[Tag, str] | None:
    """For a label-only element, the label with its value: the enclosing line ('<td><b>Penulis :</b> X</td>')
    or the next element ('<li>Editor</li><li>Name</li>'). Returns (owner, 'Label: value')."""
    label_text = element_text(tag)
    if tag.name == "a" or _inside_tag(tag, "a"):
        return None  # a link's text: a tab or menu entry (`<li><a href="#about">Author</a></li>`), no label
    node: Tag = tag
    for _ in range(3):
        following = _next_non_blank(node)
        # Text right after the label means the enclosing line holds both: handled by the parent step below.
        if isinstance(following, Tag):
            value = element_text(following).strip(" :")
            if following.name == "a" and value:
                value = _linked_names(following)
            if value and len(value) <= MAX_LINE_CHARS and not _opens_with_other_label(value):
                if label_text.rstrip().endswith(",") and not _comma_label_value_is_name(
                    tag, following, value
                ):
                    return None
                return node, f"{label_text.rstrip(' :,')}: {value}"
            if value:
                return None
        parent = node.parent
        if parent is None or parent.name in ("body", "html", "[document]"):
            return None
        if len(label_text) <= MAX_LINE_CHARS and text_longer_than(parent, MAX_LINE_CHARS):
            return None  # a box holding the label and more than a line: not the label's line (not read whole)
        parent_text = element_text(parent)
        if parent_text != label_text:
            if parent_text.startswith(label_text) and len(parent_text) <= MAX_LINE_CHARS:
                return parent, parent_text
            return None
        node = parent
    return None


# A writer's standing said before the name inside a credit value (`<td>Penulis</td><td>: Kontributor
# Lhokseumawe, Masriadi</td>` on Kompas.com's regional channels, `Laporan Wartawan Tribunjateng.com, Budi` on the
# Tribun network, `Koresponden Kompas.com, …`): part of the writer's credit, not another label.
_WRITER_QUALIFIERS = frozenset({"kontributor", "koresponden", "laporan"})


def _opens_with_other_label(value: str) -> bool:
    """Whether a label's value is itself a label (`<li>Penulis</li><li>Editor</li>`, a ladder of bare labels)
    rather than the credited name, which may open with the writer's standing."""
    match = CREDIT_LABEL.match(value)
    if match is None:
        return False
    return credit_label(match) not in _WRITER_QUALIFIERS or not value[match.end() :].strip(" :,")


# Roles an author card prints under the writer's name (`<div>Dewi Kania</div><span>Jurnalis</span>` on Okezone,
# `<h6>Name</h6><h6>Penulis</h6>` in Kompas.com's credit cards, `Name / Author` cards of news themes).
_CAPTION_ROLES = frozenset(
    {"penulis", "jurnalis", "reporter", "wartawan", "pewarta", "author", "writer", "editor"}
)
_MAX_CAPTIONED_NAME = 60
_NO_CAPTIONED_NAME = frozenset({"a", "br", "hr", "img", "th", "td"})
_HEADING_OR_TABLE_HEAD = ["h1", "h2", "h3", "h4", "h5", "h6", "th", "thead"]


def _full_name_shape(text: str) -> bool:
    """Two to five words, each opening with a capital (a person's name as an author card prints it)."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


def _caption_under_name(tag: Tag, label: str) -> tuple[Tag, str] | None:
    """For a bare role label that closes its box (`<div><div>Name</div><span>Jurnalis</span></div>`), the name
    printed just before it in the same box: (the box, 'Label: Name')."""
    if label not in _CAPTION_ROLES or _next_non_blank(tag) is not None:
        return None
    previous = tag.previous_sibling
    while previous is not None and not isinstance(previous, Tag):
        if isinstance(previous, NavigableString) and not isinstance(previous, Comment) and previous.strip():
            return None  # text before the label in the same box: a line that holds the label, not a caption
        previous = previous.previous_sibling
    if previous is None or previous.name in _NO_CAPTIONED_NAME or previous.find("a") is not None:
        return None  # a link (`<a>Most Popular</a><span>Author</span>`, a tab list), a rule or a picture
    if tag.find_parent(_HEADING_OR_TABLE_HEAD) is not None:
        return None  # `<h4><span>Tentang</span><span>Penulis</span></h4>`, `<th>Judul</th><th>Penulis</th>`
    name = element_text(previous).strip(" ,:")
    if len(name) > _MAX_CAPTIONED_NAME or CREDIT_LABEL.match(name) or not _full_name_shape(name):
        return None
    parent = tag.parent
    return (parent if parent is not None else tag), f"{element_text(tag).rstrip(' :')}: {name}"


_NAME_SEPARATORS = frozenset({"", ",", "dan", "and", "&", "und", "et", "y", "e"})


def _linked_names(first: Tag) -> str:
    """The author links that follow a label in its own element, as one list (katadata's `<span>Oleh</span>
    <a>A</a>, <a>B</a>`, WordPress multi-author bylines): links joined by commas or `dan`/`and`, no plain
    words (a dateline city after the names stays out)."""
    names = [element_text(first).strip(" :")]
    node = first.next_sibling
    while node is not None and len(names) < 8:
        if isinstance(node, Tag):
            if node.name != "a" and element_text(node).strip(",").strip().lower() in _NAME_SEPARATORS:
                # `<a>Maya Gebeily</a><span> and </span><a>Anthony Deutsch</a>`: the conjunction in its own
                # element (Reuters, React templates that wrap every text piece).
                node = node.next_sibling
                continue
            if node.name != "a" or not element_text(node):
                break
            names.append(element_text(node))
        elif (
            not isinstance(node, Comment)
            and str(node).strip().strip(",").strip().lower() not in _NAME_SEPARATORS
        ):
            break
        node = node.next_sibling
    return ", ".join(names)


# 'Oleh karena itu', 'By the way', 'Laporan keuangan ...': prose, not credits.
_PROSE_START = re.compile(
    r"(?i)(?:oleh|by|laporan|ditulis)\s+(?:karena|sebab|the|a|an|keuangan|kinerja|tahunan)\b"
)


def is_author_label(label: str) -> bool:
    return label in _AUTHOR_LABELS


def is_editor_label(label: str) -> bool:
    return label in _EDITOR_LABELS


# The date (and time) inside a CMS credit phrase: `am 3.3.2026 um 19:45 Uhr`, `on 03/03/2026`, `on March 3,
# 2026 at 7:45 pm`, `le 3 mars 2026 à 19h45`, `el 3 de marzo de 2026`. Bounded pieces: the label stays linear.
_CMS_DATE = (
    r"\s+(?:am|on|le|el)\s+(?:[^\W\d_]{2,10},?\s+)?"
    r"(?:\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:,?\s+(?:um|at|à|a\s+las)\s+\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm))?)?"
)
# Credit labels of other languages, met on pages whose byline carries no class: German `Autor:`/`Autorin:`/
# `Text:`/`Von:`/`Verfasser:`, French/Dutch `Auteur :`, Italian `Autore:`, Spanish/Portuguese/Polish
# `Autor:`/`Texto:`/`Tekst:`, Scandinavian `Av:`/`Af:`/`Forfatter:`/`Författare:`, Turkish `Yazar:`/`Muhabir:`,
# English `Words:`; the "by" words (`Von`, `Par`, `Por`, `Door`) only with a colon or alone in their element.
_FOREIGN_LABEL = re.compile(
    r"(?i)^\s*(?:(?:autor(?:in|en|innen)?(?:\s*/\s*autor(?:in)?)?|auteurs?|autore|autori|verfasser(?:in)?"
    # a comma only as the label's whole text (`<span>Autor, </span><span>Name</span>`: BBC World Service pages)
    r"|text|texte|texto|tekst|teksti|szerző|автор|yazar|muhabir|forfatter|författare|skribent|words)\s*(?::|,?\s*$)"
    r"|(?:von|par|por|door|av|af)\s*(?::|$)"
    # `von Alexander Rosenkranz` alone in an unclassed element next to the headline (German, French, Spanish,
    # Dutch and Scandinavian templates that give the byline no class): the "by" word before a capital (never
    # shouted: `PAR LES TEMPS QUI COURENT` is a programme's title).
    r"|(?P<inline>(?-i:[vV]on|[pP]ar|[pP]or|[dD]oor|[aA]v|[aA]f))\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
    # Indonesian team credits: `Tim Liputan: A, B dan C`.
    r"|tim\s+(?:liputan|penulis|peliput|reporter|wartawan)\s*:"
    # CMS credit phrases before a capitalised name: TYPO3 news' `Erstellt von`, Joomla's `Geschrieben von`,
    # `Verfasst von`, WordPress themes' `Posted by`, `Publié par`, `Publicado por`, `Pubblicato da`.
    # Old news scripts and forum-like CMSs put the date inside the phrase: `geschrieben am 3.3.2026 um 19:45 Uhr
    # von X` (PHP-Nuke, CuteNews, club and parish sites), `Posted on 03/03/2026 by X`, `publié le 3 mars 2026
    # par X`, `publicado el 03/03/2026 por X`.
    r"|(?P<cms>(?:erstellt|geschrieben|verfasst)(?P<cmsdate>_D_)?\s+von|(?:eingestellt|veröffentlicht)(?P<cmsdate5>_D_)\s+von"
    r"|posted(?P<cmsdate2>_D_)?\s+by|publié(?P<cmsdate3>_D_)?\s+par|publicado(?P<cmsdate4>_D_)?\s+por"
    r"|pubblicato\s+da)"
    r"(?:\s*:|\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))|$))".replace("_D_", _CMS_DATE)
)
# `eingestellt`/`veröffentlicht` (posted, published) only with their date: `Veröffentlicht von Springer Nature`
# in a book's box names a publisher.
_CMS_DATE_GROUPS = ("cmsdate", "cmsdate2", "cmsdate3", "cmsdate4", "cmsdate5")


def _dated_cms(match: re.Match[str]) -> bool:
    """A CMS credit phrase with its date inside (`geschrieben am 3.3.2026 um 19:45 Uhr von`): a longer node."""
    return any(match.group(g) for g in _CMS_DATE_GROUPS)


def _date_length(match: re.Match[str]) -> int:
    """The length of the date inside a dated CMS credit phrase (0 without one)."""
    return next((len(match.group(g)) for g in _CMS_DATE_GROUPS if match.group(g)), 0)


# A sentence going on after the credited name: `Posted on March 3, 2026 by Tom Harris, the video has been
# viewed…`, `Geschrieben am 3.3.2026 von Hans Meier, wurde der Brief…`: a comma and a lower-case word, or a
# full stop after a lower-case word. A CMS's credit line ends with the name (or a bar and the comments' count).
_SENTENCE_GOES_ON = re.compile(r",\s+(?-i:[a-zà-ÿ])|(?-i:[a-zà-ÿ]){2}\.\s*$")


_FOREIGN_LABEL_SCAN_LIMIT = 40
_MAX_LABEL_STRING = 60  # a label opens a short text node: longer ones are never matched (speed)


def _label_strings(start: Tag):
    """Short text nodes from `start` on that open with a foreign credit label (at most the scan limit; the
    unlabelled `von Name` form, common in prose-like teasers, has its own smaller limit)."""
    match = _FOREIGN_LABEL.match
    found = inline = 0
    nodes = start.next_elements if start.parent is not None else start.descendants  # the root has no next
    for node in nodes:
        if type(node) is NavigableString and len(node) <= _MAX_INLINE_STRING:
            matched = match(node)
            if matched is None:
                continue
            # The date inside a CMS phrase (`Posted on March 3, 2026 at 7:45 pm by`) lengthens the node; the
            # rest stays as short as a label's line.
            if len(node) - _date_length(matched) > _MAX_LABEL_STRING and not matched.group("inline"):
                continue
            if matched.group("inline"):
                inline += 1
                if inline > _INLINE_SCAN_LIMIT:
                    continue
            else:
                found += 1
            yield node
            if found >= _FOREIGN_LABEL_SCAN_LIMIT:
                return


_BR_LINE_NODES = 8


_PROSE_SIBLINGS_READ = 12
_PROSE_LINE_CHARS = 150


def _follows_prose(box: Tag) -> bool:
    """Prose stands before the box among its near siblings (a paragraph, an `entry-content` div): the box closes
    the text."""
    for sibling in itertools.islice(box.find_previous_siblings(), _PROSE_SIBLINGS_READ):
        if isinstance(sibling, Tag) and text_longer_than(sibling, _PROSE_LINE_CHARS):
            return True
    return False


_BOX_LINES_READ = 8
# The lines an item's record box holds beside its writer (TYPO3 tt_news `news-single-rightbox`, Joomla info
# blocks, table-layout cells): the date it went out, bare or after a publishing label; a release number or hit
# count; a category. A data box about a work or an event (`Titel:`, `Verlag:`, `Lieu :`, `Date :`, `Musik:`,
# `ISBN`) holds other lines: its `Autor:` names the work's author, not the page's writer.
_ITEM_DATE_LINE = re.compile(
    r"(?i)^(?:(?:veröffentlicht|erstellt|publiziert|published|posted|publié|publicado|pubblicato|gepubliceerd"
    r"|opublikowano|diterbitkan|stand)\b[^:\d]{0,20}:?\s*)?(?:[^\W\d]+,?\s+)?\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?)?$"
)
_ITEM_NUMBER_LINE = re.compile(
    r"(?i)^(?:[^\W\d]+\s+)?(?:nr|no|n°|nº|núm|num)\.?\s*\d[\d/.-]*$|^(?:zugriffe|aufrufe|hits|views|gelesen)\s*:\s*\d+$"
)
_ITEM_CATEGORY_LINE = re.compile(
    r"(?i)^(?:kategorien?|rubrik|ressort|category|categories|catégories?|categorías?|categorias?|categorie"
    r"|kategori|kategorie|kategoria|section|sección|secção|sezione)\s*:"
)


def _box_holds_only_item_data(box: Tag, label_string: PageElement) -> bool:
    """Every other `<br>`-broken line of the box is an item's record line (a date, a number, a category)."""
    lines: list[str] = []
    parts: list[str] = []
    for node in box.children:
        if isinstance(node, Tag) and node.name == "br":
            lines.append(" ".join("".join(parts).split()))
            parts = []
            if len(lines) > _BOX_LINES_READ:
                return False
        elif node is label_string:
            parts.append("\x00")  # marks the label's own line
        elif isinstance(node, Tag):
            if node.name not in ("a", "span", "b", "strong", "em", "i", "time"):
                return False
            parts.append(node.get_text(" "))
        else:
            parts.append(str(node))
    lines.append(" ".join("".join(parts).split()))
    others = [line for line in lines if line and "\x00" not in line]
    return bool(others) and all(
        _ITEM_DATE_LINE.match(line) or _ITEM_NUMBER_LINE.match(line) or _ITEM_CATEGORY_LINE.match(line)
        for line in others
    )


def _near_headline(index: int, anchor: int | None) -> bool:
    """The element sits beside the headline (the info box over or under it), not after the text: a book's or an
    event's data box closing a review (`Titel: …<br>Autor: …<br>Verlag: …`) names another work's author."""
    return anchor is not None and abs(index - anchor) <= TIGHT_WINDOW


def _bold_label_br_line(label: Tag, index: int, anchor: int | None) -> tuple[Tag, str] | None:
    """A bold label opening a `<br>`-broken line of an item's record box (Joomla 1.5 and table-layout
    `td.small`: `Veröffentlicht: 10.03.2016<br><b>Autor:</b> X<br>Zugriffe: 1024`): the box and the line, under
    the guards of the plain-text form (beside the headline, record lines only, after no prose)."""
    box = label.parent
    if (
        label.name not in ("b", "strong", "span")
        or not isinstance(box, Tag)
        or not _near_headline(index, anchor)
    ):
        return None
    line = _br_line_of(label)
    if line is None or not _box_holds_only_item_data(box, label) or _follows_prose(box):
        return None
    return box, line


def _br_line_of(string: PageElement) -> str | None:
    """The text of the line a text node opens when `<br>`s break its element into lines: a TYPO3 tt_news
    `news-single-rightbox`, a Joomla or phpBB info box, a table-layout cell (`10.03.2016<br>Kategorie: …<br>Autor:
    X`). The node must follow a `<br>` (or open the element); the line runs to the next `<br>`, a few inline
    nodes at most. None when it is no such line."""
    previous = string.previous_sibling
    while previous is not None and isinstance(previous, NavigableString) and not previous.strip():
        previous = previous.previous_sibling
    if previous is not None and not (isinstance(previous, Tag) and previous.name == "br"):
        return None
    parts = [string.get_text(" ") if isinstance(string, Tag) else str(string)]
    node = string.next_sibling
    for _ in range(_BR_LINE_NODES):
        if node is None or (isinstance(node, Tag) and node.name == "br"):
            line = " ".join("".join(parts).split())
            return line or None
        if isinstance(node, Tag) and node.name not in ("a", "span", "b", "strong", "em", "i"):
            return None
        parts.append(node.get_text(" ") if isinstance(node, Tag) else str(node))
        node = node.next_sibling
    return None


_INLINE_SCAN_LIMIT = 8
# `Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR`: an inline byline of several writers.
_MAX_INLINE_STRING = 120
# Elements after the headline: a headline of several spans and a lead full of inline markup come first.
_INLINE_WINDOW = 60


def foreign_credit_lines(soup: Tag, scan: PageScan, anchor: int | None) -> list[CreditLine]:
    """Labelled credit lines in other languages ('Autor: X', '<strong>Text:</strong> X', 'Von <span>X</span>'),
    nearest the headline first (after it preferred), outside comments, menus and sidebars. Called only when
    no author was found otherwise: it walks the text from the headline's container on, once."""
    headline = headline_tag(scan, anchor)
    start = headline.parent if headline is not None and headline.parent is not None else soup
    lines: list[CreditLine] = []
    for string in _label_strings(start):
        tag = string.parent
        if not isinstance(tag, Tag) or tag.name in ("script", "style", "title", "option", "button", "a"):
            continue
        index = scan.index_of.get(id(tag))
        if index is None or (anchor is not None and index < anchor - TIGHT_WINDOW):
            continue
        match = _FOREIGN_LABEL.match(str(string))
        text = element_text(tag)
        if (
            match is not None
            and not text.lower().startswith(match.group(0).strip().lower())
            and _near_headline(index, anchor)
            and _box_holds_only_item_data(tag, string)
            and not _follows_prose(tag)
        ):
            text = _br_line_of(string) or text
        if match is None or not text.lower().startswith(match.group(0).strip().lower()):
            continue  # the label must open its element's line
        if not text[len(match.group(0).strip()) :].strip(" :,"):
            found = _bold_label_br_line(tag, index, anchor) or _label_with_value(tag)
            if found is None:
                continue
            tag, text = found
        if len(text) > 120 or in_excluded_area(tag) or _in_control(tag) or _in_story_link(tag):
            continue
        # CMS phrases (`Posted by`, `Erstellt von`) also sit under every teaser of a related-posts list and in
        # comment threads: like an unlabelled `von`, only the article's own line under the headline counts.
        inline = bool(match.group("inline") or match.group("cms"))
        if match.group("inline") and not _inline_byline_near(tag, index, anchor, headline):
            continue
        if match.group("cms") and not _cms_line_of_the_article(tag, scan, anchor, headline):
            continue
        label = match.group(0).strip().strip(" :,").lower()
        text = single_line(text)
        if _dated_cms(match) and _SENTENCE_GOES_ON.search(text[len(match.group(0)) :]):
            continue  # a sentence of the text opening with the dated phrase, not a credit line
        if _dated_cms(match):
            # The date piece is cut: the line reads `geschrieben von X`, its label `geschrieben von`.
            opened = match.group(0).strip()
            cut_from, cut_to = (
                i - match.start() for i in next(match.span(g) for g in _CMS_DATE_GROUPS if match.group(g))
            )
            label = " ".join((match.group(0)[:cut_from] + match.group(0)[cut_to:]).lower().split()).strip(
                " :,"
            )
            text = single_line(f"{label} {text[len(opened) :]}")
        lines.append(CreditLine(label, text, Element(tag, index), inline))
    lines.sort(key=lambda line: _distance(line.element, anchor))
    return lines


_PROSE_CHARS = 150


def prose_between(scan: PageScan, tag: Tag, anchor: int) -> bool:
    """A paragraph of prose between the headline (at `anchor`) and `tag`: the article's text has begun."""
    for paragraph in tag.find_all_previous("p", limit=20):
        index = scan.index_of.get(id(paragraph))
        if index is not None and index <= anchor:
            return False
        if len(element_text(paragraph)) > _PROSE_CHARS:
            return True
    return False


def _cms_line_of_the_article(tag: Tag, scan: PageScan, anchor: int | None, headline: Tag | None) -> bool:
    """A CMS credit phrase (`Posted by`, `Erstellt von`) also sits under every teaser of a related-posts list
    and in comment threads: it counts when short, not in a card, list item or caption of another story, and
    either before the text (under the headline) or as the text's own closing line."""
    if len(element_text(tag)) > _MAX_INLINE_STRING:
        return False
    if in_teaser_card(tag) or in_teaser_item(tag, headline) or _in_image_area(tag, headline):
        return False
    return anchor is None or not prose_between(scan, tag, anchor) or _sign_off(tag, scan)


def _sign_off(tag: Tag, scan: PageScan) -> bool:
    """A line closing the article's text (`<p><em>Posted by Alex Durán, ...</em></p>` at the end of the
    entry content, blog.amp.dev; TYPO3 news' `Erstellt von` after the text and its pictures, eawag.ch): within
    two levels its container holds prose paragraphs, all before the line (a comment's `Posted by` opens its
    text), and no list item (a related post's teaser) lies between."""
    own = scan.index_of.get(id(tag))
    node: Tag | None = tag
    for _ in range(2):
        if own is None or node is None or node.name in ("body", "html", "[document]", "li"):
            return False
        parent = node.parent
        if parent is None or parent.name in ("body", "html", "[document]"):
            return False
        prose = [p for p in parent.find_all("p", limit=60) if len(element_text(p)) > _PROSE_CHARS]
        if prose:
            return all(scan.index_of.get(id(p), own) < own for p in prose)
        node = parent
    return False


def _inline_byline_near(tag: Tag, index: int, anchor: int | None, headline: Tag | None) -> bool:
    """A `von Name` line without a colon counts only as the article's own byline: short, under the headline
    (within `_INLINE_WINDOW` elements), not in a picture's caption, not in a card or list item of another
    story (`<p class="listing__author">von Petra Basler</p>` under each teaser)."""
    if len(element_text(tag)) > _MAX_INLINE_STRING:
        return False
    if anchor is not None and not anchor < index <= anchor + _INLINE_WINDOW:
        return False
    return not (in_teaser_card(tag) or in_teaser_item(tag, headline) or _in_image_area(tag, headline))


# --- The line around the date under the headline -------------------------------------------------------------

_MAX_META_BOX_CHARS = 250  # a byline-and-date row; more is a block of text
_MAX_META_BOX_LEVELS = 3
_MAX_SIBLING_LINE_CHARS = 120
_MAX_META_RUNS = 24


@dataclass
class TextRun:
    """One text node of the row around the date line: its text, whether it sits in a control (a button), the
    href of the link holding it (if any)."""

    text: str
    control: bool
    href: str | None
    kind: str = ""  # the tag and class of the element holding it (`span.simple`)


def date_line_runs(line: DateLine, headline: Tag | None) -> tuple[list[TextRun], int] | None:
    """The text pieces of the row that holds the article's date line (the date's element, widened while the
    row stays short and does not reach the headline, with the short line just before and after it), in
    document order, and the index of the first piece that holds the date. None when the row is no short row."""
    box = line.element.tag
    for _ in range(_MAX_META_BOX_LEVELS):
        parent = box.parent
        if (
            parent is None
            or parent.name in ("body", "html", "[document]", "main", "article")
            or (headline is not None and _nested(headline, parent))
            or len(element_text(parent)) > _MAX_META_BOX_CHARS
        ):
            break
        box = parent
    blocks = [_short_sibling(box, previous=True, headline=headline), box]
    blocks.append(_short_sibling(box, previous=False, headline=headline))
    runs: list[TextRun] = []
    date_index = None
    for block in blocks:
        if block is None:
            continue
        for node in block.find_all(string=True):
            if isinstance(node, Comment) or node.parent is None or node.parent.name in ("script", "style"):
                continue
            text = single_line(str(node))
            if not text:
                continue
            if date_index is None and (
                node.parent is line.element.tag or _nested(node.parent, line.element.tag)
            ):
                date_index = len(runs)
            kind = f"{node.parent.name}.{class_id(node.parent)}"
            runs.append(TextRun(text, _in_control(node.parent), _link_href(node.parent), kind))
            if len(runs) > _MAX_META_RUNS:
                return None
    return (runs, date_index) if date_index is not None else None


def _short_sibling(box: Tag, *, previous: bool, headline: Tag | None) -> Tag | None:
    """The element right before (or after) the row, when it is a short line of its own (DW prints the writers'
    names in the line above the date's)."""
    sibling = box.find_previous_sibling(True) if previous else box.find_next_sibling(True)
    if sibling is None or (headline is not None and (sibling is headline or _nested(headline, sibling))):
        return None
    if sibling.name in _HEADING_OR_TABLE_HEAD or sibling.name in (
        "p",
        "figure",
        "img",
        "picture",
        "ul",
        "ol",
    ):
        return None
    if _holds_picture_or_credit(sibling):
        return None  # a lead picture's caption or copyright (`Michael Kappeler/dpa`) names no writer
    text = element_text(sibling)
    return sibling if text and len(text) <= _MAX_SIBLING_LINE_CHARS else None


_PICTURE_CREDIT = re.compile(
    r"caption|credit|copyright|photo|foto|bild|(?<![a-z])img|image|media|video", re.I
)


def _holds_picture_or_credit(tag: Tag) -> bool:
    """A picture, video or caption in the element, or a caption/credit/copyright class on it or inside it. A
    writer's avatar (`<img alt="Oliver Baroni">` beside the name it shows) is no picture."""
    if tag.find(("picture", "video", "figure", "figcaption", "iframe")) is not None:
        return True
    text = element_text(tag)
    for img in tag.find_all("img", limit=6):
        alt = img.get("alt")
        if not (isinstance(alt, str) and len(alt.split()) >= 2 and alt.strip() in text):
            return True
    return any(
        _PICTURE_CREDIT.search(hints) and not _AUTHOR_WORD.search(hints)
        for hints in (area_hints(node) for node in (tag, *tag.find_all(True, limit=12)))
    )


def _link_href(tag: Tag) -> str | None:
    node: Tag | None = tag
    for _ in range(3):
        if node is None or node.name in ("body", "html", "[document]"):
            return None
        if node.name == "a":
            href = node.get("href")
            # `<a>Beryl Santoso</a>` with no target (Pikiran Rakyat network portals): no link to judge.
            return href if isinstance(href, str) and href.strip() else None
        node = node.parent
    return None
