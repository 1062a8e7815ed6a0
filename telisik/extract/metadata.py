"""One read-only pass over a parsed page, collecting everything metadata extraction needs.

`scan_page(soup)` walks the tree once and returns a `PageScan`: meta tags by key, JSON-LD script texts, the
canonical link, `<html lang>`, heading-like elements, `<time>` and microdata elements, elements whose class/id
hint at a byline or a date, and short text lines that start with a credit label (`Penulis:`, `Editor :`). Each
collected element keeps its document-order index, so "near the headline" is a cheap integer comparison later.
Nothing here decides a field: `telisik.extract.assemble` does, in its documented order of trust.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bs4 import NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, PageElement, ProcessingInstruction

from telisik.cleantext import collapse_whitespace

HEADING_TAGS = frozenset({"h1", "h2", "h3"})
# class/id words, one alternation per kind, so that one regex pass classifies an element: headline-like (an
# element holding the headline without being an h1: `title`, Indonesian `judul` and its common abbreviation
# `jdl`, Bootstrap's heading classes `.h1`-`.h5`), byline-like (`name` and Indonesian `nama`: SINDOnews'
# `warp-nama-redaksi` holds the reporter's name alone), date-like (`tgl` abbreviates `tanggal`), a
# tag-list box, a breadcrumb trail. Byline boxes of German, French, Spanish and Polish templates say `autor`
# (DW, German regional papers, Spanish and Polish CMSes), `autorenzeile` (tagesschau), `auteur` (French) or
# `verfasser`: whole words or those word forms only, as `autoritaet` or `autorisation` are no bylines.
_HINTS = re.compile(
    r"(?P<headline>headline|title|judul|\bjdl|\bh[1-5]\b)"
    r"|(?P<byline>author|byline|by-line|penulis|reporter|writer|pewarta|credit|kontributor|jurnalis|wartawan"
    r"|contributor|creator|\bname\b|\bnama\b"
    r"|(?<![^\W\d_])(?:autor(?:in|innen|en|enzeile|es|a)?|auteur(?:e|s|es)?|verfasser(?:in)?)(?![^\W\d_]))"
    r"|(?P<date>date|time|tanggal|tgl|waktu|publish|posted|schedule|jam\b|\bmeta\b)"
    r"|(?P<tagbox>(?<![^\s_-])(?:tags?|tagging|topik|topics?|keywords?)(?![^\s_-]))"
    r"|(?P<breadcrumb>bread-?crumb)",
    re.I,
)
_HINT_KINDS = ("headline", "byline", "date", "tagbox", "breadcrumb")
# The literal core of every `_HINTS` alternative, searched on the lower-cased string: most class strings hold
# none of them, and this plain alternation rejects those several times faster than `_HINTS` itself.
_HINT_KEYS = re.compile(
    r"headline|title|judul|jdl|h[1-5]|author|by-?line|penulis|reporter|writer|pewarta|credit|kontributor"
    r"|jurnalis|wartawan|contributor|creator|autor|auteur|verfasser|name|nama|date|time|tanggal|tgl|waktu|publish|posted|schedule"
    r"|jam|meta|tag|topik|topic|keyword|crumb"
)
_NO_HINTS = (False, False, False, False, False)
# Credit labels at the start of a short line: 'Penulis : X', 'Editor: Y', 'Red: Z', 'Pewarta: ...'. The
# abbreviations `Red`/`Rep` count only as `Red:`/`Red.` before a name (`Red Dead Redemption`, `Red Deer` and
# `Rep Smith said` are not credits); callers accept them on Indonesian pages only (`SHORT_CREDIT_LABELS`).
# Labels of other languages count only with their colon (`Autor: X`, `Text: X`, `Von: X`, `Yazar: X`): without
# it they open sentences (`Text messages ...`, `Von der Leyen ...`). A label closed by a comma counts only as
# the whole text (`<span>Penulis, </span><span>Name</span>`: the BBC World Service byline list in every
# language service, `Author, `/`Autor, `/`Penulis, ` before the name's own element); a comma
# after a label inside a line is prose (`Penulis, yang juga dosen, ...`).
CREDIT_LABEL = re.compile(
    r"^\s*(?:(penulis|reporter|pewarta|wartawan|jurnalis|kontributor|koresponden|fotografer|oleh|by|author"
    r"|writer|laporan|ditulis|editor|redaktur|penyunting|written\s+by)(?:\s*:|\s*,\s*$|\s+|$)"
    r"|(red|rep)\s*[:.](?=\s*[^\W\d_])"
    r"|(autor|autorin|verfasser|verfasserin|auteur|autore|text|texto|tekst|yazar|forfatter|von)\s*(?::|,\s*$)"
    # Editors' labels of Chinese papers (`【责任编辑：周丽华】`, `编辑：`) and Hindi dailies (`एडिट:`, `संपादन:`),
    # only with their colon.
    r"|[【\[]?\s*(责任编辑|責任編輯|编辑|編輯|एडिट|संपादन)\s*[:：])",
    re.I,
)
SHORT_CREDIT_LABELS = frozenset({"red", "rep"})
# The editors' labels of other scripts (`CREDIT_LABEL`'s last group): they name an editor, never a writer.
SCRIPT_EDITOR_LABELS = frozenset({"责任编辑", "責任編輯", "编辑", "編輯", "एडिट", "संपादन"})


def credit_label(match: re.Match[str]) -> str:
    """The lower-cased label word of a `CREDIT_LABEL` match."""
    label = match.group(1) or match.group(2) or match.group(3) or match.group(4)
    return " ".join(label.lower().split())


# A cheap pre-filter for short lines that may hold a date (the real parsing happens later, near the headline).
# A year in Bengali, Devanagari, Arabic-Indic or Persian digits (`২০২০`, `२०२०`, `٢٠٢٠`, `۲۰۲۰`) counts too.
_DATE_LOOKING = re.compile(
    r"(?<!\d)(?:19|20|১৯|২০|१९|२०|١٩|٢٠|۱۹|۲۰)\d\d(?!\d)|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\blalu\b|\bago\b",
    re.I,
)
_NON_CONTENT = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head", "title"})
MAX_LINE_CHARS = 200
# Language detection reads a sample: a 19 MB one-paragraph page must not be folded and split whole.
LANGUAGE_SAMPLE_CHARS = 20_000


@dataclass
class Element:
    """A collected element with its position in document order."""

    tag: Tag
    index: int


@dataclass
class PageScan:
    """What one pass over the page found (no decisions made yet)."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property/itemprop -> contents
    jsonld_texts: list[str] = field(default_factory=list)
    title_text: str | None = None  # the document <title> (the first one: later ones are stray embeds)
    canonical: str | None = None
    html_lang: str | None = None
    headings: list[Element] = field(default_factory=list)
    times: list[Element] = field(default_factory=list)  # <time> and elements with itemprop date*
    itemprops: dict[str, list[Element]] = field(default_factory=dict)  # itemprop (lower) -> elements
    # `<meta itemprop="datePublished">` elements, document order (their contents are in `meta` too): each
    # microdata item of a news list holds one.
    published_item_metas: list[Tag] = field(default_factory=list)
    byline_hints: list[Element] = field(default_factory=list)
    date_hints: list[Element] = field(default_factory=list)
    credit_lines: list[Element] = field(default_factory=list)
    # Short lines that may be a `Name - SITE` byline or a `(Name)` sign-off (read when no byline is found).
    name_lines: list[Element] = field(default_factory=list)
    date_lines: list[Element] = field(default_factory=list)  # short lines that look like they hold a date
    author_links: list[Element] = field(default_factory=list)  # <a rel=author>
    tag_links: list[Element] = field(default_factory=list)  # <a rel=tag>
    tag_boxes: list[Element] = field(default_factory=list)  # containers named like a tag list
    breadcrumbs: list[Element] = field(default_factory=list)  # containers named like a breadcrumb trail
    paragraphs: list[str] = field(default_factory=list)  # the first few long text runs (language detection)
    links: list[Tag] = field(default_factory=list)  # <a href> in document order (pagination reads them)
    rel_links: list[Tag] = field(default_factory=list)  # <link rel href> (rel=next/prev for pagination)
    base_href: str | None = None  # the first <base href>
    element_count: int = 0
    index_of: dict[int, int] = field(default_factory=dict)  # id(tag) -> document-order index
    # Per-page answers of structural checks that many candidates ask about the same element (keyed by the
    # check's name and the element's id: the tree outlives the scan's use, so ids stay unique).
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    # (list name, id(element)) of every element already in credit_lines/name_lines/date_lines: text nodes of
    # one element interleaved with its children's ('A <b>B</b> A <b>B</b>') must not add it once per node.
    listed: set[tuple[str, int]] = field(default_factory=set)

    def remember(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """`compute()`, once per page for this key (the check's name and the element's id)."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]


def single_line(text: str) -> str:
    """Whitespace of every kind (newlines of pretty-printed sources too) folded to single spaces."""
    # str.split() splits at exactly the characters `\s` matches (str.isspace), so this is the regex fold
    # and strip without the regex; only a non-ASCII line can still hold zero-width or other folded spaces.
    joined = " ".join(text.split())
    return joined if joined.isascii() else collapse_whitespace(joined)


def attr_text(tag: Tag, name: str) -> str:
    """An attribute as one string: `class`/`rel` are lists when the tree was parsed with bs4's default
    multi-valued attributes and plain strings when parsed with `multi_valued_attributes=None` (our parse)."""
    value = tag.attrs.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


def attr_words(tag: Tag, name: str) -> list[str]:
    """A space-separated attribute (`rel`, `class`) as lower-case words."""
    return attr_text(tag, name).lower().split()


# Topic classes that blog engines put on the article element (WordPress post_class: `category-popular-posts`,
# `category-no-newsletter-rss`, `tag-sidebar-tips`) name what the article is about, not what the block is.
_TOPIC_CLASSES = re.compile(r"(?<![\w-])(?:category|tag|post_tag|topic|topics|kategori)-[\w-]+")


def without_topic_classes(classes: str) -> str:
    """`classes` without taxonomy terms (checked cheaply first: most class strings have none)."""
    if (
        "category-" not in classes
        and "tag-" not in classes
        and "topic" not in classes
        and "kategori-" not in classes
    ):
        return classes
    return _TOPIC_CLASSES.sub("", classes)


# A layout modifier on the page's wrappers says whether the page *has* a sidebar (WordPress and Drupal themes:
# `no-sidebar`, `has-sidebar`, `one-sidebar`, `with-sidebar`, `sidebar-none`): the box is not one.
SIDEBAR_LAYOUT = re.compile(
    r"(?:(?<![a-z])(?:no|has|with|without|one|two|three)[-_]+sidebars?|(?<![a-z])sidebars?[-_]+(?:none|off|no))"
    r"(?![a-z])",
    re.I,
)


def class_id(tag: Tag) -> str:
    """The element's class and id, space-joined (what class/id hint patterns are matched against); topic
    classes (`category-…`, `tag-…`) are left out."""
    attrs = tag.attrs
    if not attrs:
        return ""
    classes = attrs.get("class")
    if classes is not None and not isinstance(classes, str):
        classes = " ".join(classes)
    if classes:
        classes = without_topic_classes(classes)
    ident = attrs.get("id")
    if not ident or not isinstance(ident, str):
        return classes or ""
    return f"{classes} {ident}" if classes else ident


def _meta_key(tag: Tag) -> str | None:
    for attr in ("property", "name", "itemprop", "http-equiv"):
        value = tag.get(attr)
        if isinstance(value, str) and value.strip():
            return value.strip().lower()
    return None


_HINT_CACHE: dict[str, tuple[bool, ...]] = {}
_HINT_CACHE_SIZE = 20_000


def _hint_flags(hints: str) -> tuple[bool, ...]:
    """(headline-like, byline-like, date-like, tag-box-like, breadcrumb-like) for a class/id string; class
    strings repeat a lot within a page and across pages of a site, so the answers are cached (bounded)."""
    flags = _HINT_CACHE.get(hints)
    if flags is None:
        if _HINT_KEYS.search(hints.lower()) is None:
            flags = _NO_HINTS
        else:
            found = {match.lastgroup for match in _HINTS.finditer(hints)}
            flags = tuple(kind in found for kind in _HINT_KINDS)
        if len(_HINT_CACHE) >= _HINT_CACHE_SIZE:
            _HINT_CACHE.clear()
        _HINT_CACHE[hints] = flags
    return flags


_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def scan_page(soup: Tag) -> PageScan:
    """Walk the tree once (elements and text nodes) and collect metadata candidates."""
    scan = PageScan()
    index = 0
    indexes = scan.index_of
    times, headings = scan.times, scan.headings
    # The loop follows `next_element` as `soup.descendants` does, without a generator frame per node; most
    # text nodes are layout whitespace and are dropped here before any call (CPU: this walk sees every node).
    current, stop = _first_and_stop(soup)
    while current is not stop and current is not None:
        node, current = current, current.next_element
        if type(node) is not Tag:
            # Plain strings are nearly all text nodes: they skip the type lookup's call.
            if type(node) is NavigableString or _is_text(type(node)):
                parent = node.parent
                if parent is not None and parent.name not in _NON_CONTENT:
                    stripped = str.strip(node)  # type: ignore[arg-type]  # a NavigableString (a str)
                    if stripped:
                        _collect_text(scan, stripped, parent, indexes)
            continue
        tag = node
        index += 1
        indexes[id(tag)] = index
        name = tag.name
        if name in _HEAD_TAGS:
            _collect_head_tag(scan, tag, name)
            continue
        if name in _NON_CONTENT:
            continue
        flags = _collect_attributes(scan, tag, name, index) if tag.attrs else _NO_HINTS
        if name == "time":
            times.append(Element(tag, index))
        if name in HEADING_TAGS or flags[0]:
            headings.append(Element(tag, index))
        if flags is not _NO_HINTS:
            _collect_hinted(scan, tag, name, index, flags)
    scan.element_count = index
    return scan


def _first_and_stop(root: Tag) -> tuple[PageElement | None, PageElement | None]:
    """Where `root.descendants` starts and the node it stops before (None, None for an empty element)."""
    if not root.contents:
        return None, None
    last: PageElement = root
    while isinstance(last, Tag) and last.contents:  # the last descendant, through public attributes only
        last = last.contents[-1]
    return root.contents[0], last.next_element


_TEXT_TYPES: dict[type, bool] = {}


def _is_text(kind: type) -> bool:
    """A text node whose text is read: not a comment, doctype, declaration or processing instruction."""
    known = _TEXT_TYPES.get(kind)
    if known is None:
        known = _TEXT_TYPES[kind] = issubclass(kind, NavigableString) and not issubclass(
            kind, _SKIPPED_STRINGS
        )
    return known


def _collect_attributes(scan: PageScan, tag: Tag, name: str, index: int) -> tuple[bool, ...]:
    """itemprops, links, rel=author/tag links of one element; returns its class/id hint flags."""
    attrs = tag.attrs
    classes, ident = attrs.get("class"), attrs.get("id")
    if classes is None or type(classes) is str:
        # The cache is read here first: a theme repeats its class strings, so a call is rarely needed.
        flags = (_CLASS_FLAGS.get(classes) or _class_flags(classes)) if classes else _NO_HINTS
        if ident and type(ident) is str:
            flags = _with_id_flags(flags, _hint_flags(ident))
    else:
        hints = class_id(tag)  # a multi-valued class list (bs4's default parse) goes the long way
        flags = _hint_flags(hints) if hints else _NO_HINTS
    itemprop = attrs.get("itemprop")
    if itemprop is not None and isinstance(itemprop, str) and itemprop.strip():
        key = itemprop.strip().lower()
        scan.itemprops.setdefault(key, []).append(Element(tag, index))
        if key.startswith("date"):
            scan.times.append(Element(tag, index))
    if name == "a":
        if "href" in attrs:
            scan.links.append(tag)
        if attrs.get("rel"):
            rels = attr_words(tag, "rel")
            if "author" in rels:
                scan.author_links.append(Element(tag, index))
            if "tag" in rels:
                scan.tag_links.append(Element(tag, index))
    return flags


_CLASS_FLAGS: dict[str, tuple[bool, ...]] = {}


def _class_flags(classes: str) -> tuple[bool, ...]:
    """The hint flags of a class string without its topic classes, cached on the raw string (a theme repeats
    its class strings on every page)."""
    flags = _CLASS_FLAGS.get(classes)
    if flags is None:
        if len(_CLASS_FLAGS) >= _HINT_CACHE_SIZE:
            _CLASS_FLAGS.clear()
        flags = _CLASS_FLAGS[classes] = _hint_flags(without_topic_classes(classes))
    return flags


def _with_id_flags(flags: tuple[bool, ...], id_flags: tuple[bool, ...]) -> tuple[bool, ...]:
    """Class flags or-ed with the id's: no hint pattern spans a space, so this is what matching the joined
    `class_id(tag)` string gives, without building it."""
    if flags is _NO_HINTS:
        return id_flags
    if id_flags is _NO_HINTS:
        return flags
    return tuple(a or b for a, b in zip(flags, id_flags, strict=True))


def _collect_hinted(scan: PageScan, tag: Tag, name: str, index: int, flags: tuple[bool, ...]) -> None:
    """Byline, date, tag-box and breadcrumb candidates by their class/id hints."""
    if flags[1]:
        scan.byline_hints.append(Element(tag, index))
    if flags[2]:
        scan.date_hints.append(Element(tag, index))
    if flags[3] and name in ("div", "ul", "section", "p", "span", "nav"):
        scan.tag_boxes.append(Element(tag, index))
    if flags[4] and not scan.breadcrumbs:
        scan.breadcrumbs.append(Element(tag, index))


_HEAD_TAGS = frozenset({"meta", "script", "title", "link", "html", "base"})


def _collect_head_tag(scan: PageScan, tag: Tag, name: str) -> None:
    """meta, JSON-LD scripts, the first <title>, canonical link, <base href>, <html lang>."""
    if name == "meta":
        _collect_meta(scan, tag)
    elif name == "script":
        kind = tag.get("type")
        if isinstance(kind, str) and "ld+json" in kind.lower():
            scan.jsonld_texts.append(tag.string or tag.get_text())
    elif name == "title":
        if scan.title_text is None:
            scan.title_text = single_line(tag.get_text()) or None
    elif name == "link":
        _collect_link(scan, tag)
    elif name == "base":
        href = tag.get("href")
        if isinstance(href, str) and scan.base_href is None:
            scan.base_href = href
    elif name == "html":
        lang = tag.get("lang") or tag.get("xml:lang")
        if isinstance(lang, str) and scan.html_lang is None and lang.strip():
            scan.html_lang = lang.strip()


_DASHES = "-–—"
_INLINE_TAGS = frozenset({"b", "strong", "em", "i", "span", "a", "font", "u"})


def _collect_text(scan: PageScan, stripped: str, parent: Tag, indexes: dict[int, int]) -> None:
    """Short text nodes that start a credit line or may hold a date mark their parent element (`stripped`: the
    node's text without surrounding whitespace, never empty; `parent` is not a script/style-like element)."""
    index = indexes.get(id(parent))
    if index is None:
        return
    if len(stripped) > 60 and len(scan.paragraphs) < 12 and parent.name != "a":
        scan.paragraphs.append(single_line(stripped[:LANGUAGE_SAMPLE_CHARS]))
    if len(stripped) > MAX_LINE_CHARS:
        return
    if CREDIT_LABEL.match(stripped):
        _list_once(scan, scan.credit_lines, "credit", parent, index)
    if len(stripped) <= 80:
        _collect_name_line(scan, stripped, parent, index, indexes)
    if len(stripped) <= 120 and _DATE_LOOKING.search(stripped):
        _list_once(scan, scan.date_lines, "date", parent, index)


def _list_once(scan: PageScan, elements: list[Element], name: str, tag: Tag, index: int) -> None:
    """Append the element to one of the scan's line lists unless it is there already."""
    key = (name, id(tag))
    if key not in scan.listed:
        scan.listed.add(key)
        elements.append(Element(tag, index))


def _collect_name_line(
    scan: PageScan, stripped: str, parent: Tag, index: int, indexes: dict[int, int]
) -> None:
    """A short line that may be `Name - SITE` or `(Name)`: its element joins `scan.name_lines`."""
    owner = parent
    if stripped[0] in _DASHES or stripped[-1] in _DASHES:
        # `<strong>Name</strong> - detikinet`, `<b>Name -</b> SITE`: the dash opens or closes a text node beside
        # the bold name, and the line is the block that holds both.
        if parent.name in _INLINE_TAGS and parent.parent is not None:
            owner = parent.parent
            index = indexes.get(id(owner), index)
    elif not (
        (stripped[0] == "(" and stripped[-1] == ")")
        or " - " in stripped
        or " – " in stripped
        or " — " in stripped
    ):
        return
    _list_once(scan, scan.name_lines, "name", owner, index)


def _collect_meta(scan: PageScan, tag: Tag) -> None:
    key = _meta_key(tag)
    if key is None:
        charset = tag.get("charset")
        if isinstance(charset, str):
            scan.meta.setdefault("charset", []).append(charset)
        return
    content = tag.get("content")
    if content is None:
        content = tag.get("value")
    if isinstance(content, str):
        if "&" in content:
            content = html.unescape(content)  # double-escaped entities ('&amp;nbsp;') in templates
        content = single_line(content)
        if content:
            scan.meta.setdefault(key, []).append(content)
            if (
                key == "datepublished"
                and len(scan.published_item_metas) < MAX_ITEM_METAS
                and tag.get("itemprop")
            ):
                scan.published_item_metas.append(tag)


MAX_ITEM_METAS = 40  # a list page repeats one per item; the headline's item is among the first


def _collect_link(scan: PageScan, tag: Tag) -> None:
    rels = attr_words(tag, "rel")
    href = tag.get("href")
    if rels and href is not None:
        scan.rel_links.append(tag)
    if "canonical" in rels and isinstance(href, str) and href.strip() and scan.canonical is None:
        scan.canonical = href.strip()


def first_meta(scan: PageScan, *keys: str) -> tuple[str, str] | None:
    """The first non-empty meta value for the first key present, with the key: (key, value)."""
    for key in keys:
        for value in scan.meta.get(key, ()):
            if value:
                return key, value
    return None


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "
    "main nav ol p section table tbody td th tr ul".split()
)


# What parts a document `<title>` into the headline and the site's name (`Headline | NU Online Jatim`, `Title -
# Site`): read by the extractor's title-suffix rule (`telisik.extract.assemble`) and the body's publisher names.
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")
_PLAIN_NUMBER = re.compile(r"\s*([0-9]{1,9})\s*")


def plain_number(value: object) -> int | None:
    """An attribute or parameter that is a plain ASCII number (`width="32"`, `?page=2`), else None: `str.isdigit`
    also accepts `²` and `①`, which `int` refuses, and `int` refuses more than 4300 digits."""
    if not isinstance(value, str):
        return None
    match = _PLAIN_NUMBER.fullmatch(value)
    return int(match.group(1)) if match else None


def text_shorter_than(node: Tag, limit: int) -> bool:
    """The element's text, without its whitespace, is shorter than `limit`: counted string by string, stopping
    as soon as it is not (a large container is not read to its end)."""
    # The strings `node.strings` yields (its own kinds: no comments, no script text under a <div>), read from
    # children lists on a stack: `.strings` walks `descendants`, which first finds the last descendant, a walk
    # down as deep as the element is nested, on every call (1000 nested headings: quadratic).
    kinds = node.interesting_string_types or _MAIN_STRING_KINDS
    total = 0
    stack = [iter(node.contents)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag):
            stack.append(iter(child.contents))
        elif isinstance(child, NavigableString) and type(child) in kinds:
            total += len(child.strip())
            if total >= limit:
                return False
    return True


_MAIN_STRING_KINDS = Tag.MAIN_CONTENT_STRING_TYPES


# How long a heading's whitespace-folded text may be and still be kept in the per-page heading measures: longer
# ones are read by the callers' own bounded code, as before.
_MAX_KEPT_HEADING_TEXT = 4000


def heading_stripped_length(scan: PageScan, tag: Tag) -> int | None:
    """For a heading of the page: what `text_shorter_than(tag, limit)` counts (its strings of its own kinds,
    each without its outer whitespace), in full; None for any other element."""
    measure = _heading_measures(scan).get(id(tag))
    return None if measure is None or measure[0] is not tag else measure[1]


def heading_text(scan: PageScan, tag: Tag) -> str | None:
    """For a heading of the page: `element_text(tag)`, read from the per-page measures; None for any other
    element and for a heading whose text is longer than the measures keep (the caller reads it itself)."""
    measure = _heading_measures(scan).get(id(tag))
    if measure is None or measure[0] is not tag or measure[2] is None:
        return None
    return single_line(measure[2])


def _heading_measures(scan: PageScan) -> dict[int, tuple[Tag, int, str | None]]:
    return scan.remember(("heading measures",), lambda: _measure_headings(scan.headings))


def _measure_headings(headings: list[Element]) -> dict[int, tuple[Tag, int, str | None]]:
    """Every heading's stripped length and folded text in one pass: headings in reverse document order, so a
    heading nested in another is measured first and its outer one reads its figures instead of walking its
    subtree again (many nested headings, each read whole, are quadratic)."""
    measures: dict[int, tuple[Tag, int, str | None]] = {}
    for element in reversed(headings):
        if id(element.tag) not in measures:
            measures[id(element.tag)] = _measure_heading(element.tag, measures)
    return measures


def _measure_heading(
    tag: Tag, measures: dict[int, tuple[Tag, int, str | None]]
) -> tuple[Tag, int, str | None]:
    """The strings `text_shorter_than` counts and the parts `element_text` joins, read in `descendants` order
    from children lists on a stack; a heading already measured inside it gives its figures whole. The text is
    kept with its whitespace runs folded to one space each (the same words when `single_line` folds it)."""
    kinds = tag.interesting_string_types or _MAIN_STRING_KINDS
    stripped = 0
    parts: list[str] = []
    whole = True
    stack = [iter(tag.contents)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag):
            if child.name in _BLOCK_TAGS:
                parts.append(" ")
            inner = measures.get(id(child))
            if (
                inner is not None
                and inner[0] is child
                and child.name not in _NON_CONTENT
                and (child.interesting_string_types or _MAIN_STRING_KINDS) == kinds
            ):
                stripped += inner[1]
                if inner[2] is None:
                    whole = False
                else:
                    parts.append(inner[2])
            else:
                stack.append(iter(child.contents))
        elif isinstance(child, NavigableString):
            if type(child) in kinds:
                stripped += len(child.strip())
            if (
                not isinstance(child, _SKIPPED_STRINGS)
                and child.parent is not None
                and (child.parent.name not in _NON_CONTENT or child.parent is tag)
            ):
                parts.append(str(child))
    folded = _fold_whitespace("".join(parts)) if whole else None
    return tag, stripped, folded if folded is not None and len(folded) <= _MAX_KEPT_HEADING_TEXT else None


def _fold_whitespace(text: str) -> str:
    """Each run of whitespace (what `str.split` splits at) as one space, a leading and a trailing one kept."""
    if not text:
        return text
    folded = " ".join(text.split())
    if text[0].isspace():
        folded = " " + folded if folded else ""
    if text[-1].isspace():
        folded += " "
    return folded


def element_text(tag: Tag) -> str:
    """Visible text of an element, whitespace folded. Inline elements join without a space
    ('Matsaki<span>s</span>' is one word); block elements and <br> separate words."""
    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, NavigableString):
            if (
                not isinstance(node, _SKIPPED_STRINGS)
                and node.parent is not None
                and (node.parent.name not in _NON_CONTENT or node.parent is tag)
            ):
                parts.append(str(node))
        elif isinstance(node, Tag) and node.name in _BLOCK_TAGS:
            parts.append(" ")
    return single_line("".join(parts))
