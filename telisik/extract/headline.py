"""Choosing the headline: the visible heading that agrees with the page's metadata titles.

Metadata titles (JSON-LD headline, og:title, <title>...) are reliable about *which* text is the headline but
often damaged: site-name suffixes (` | Republika Online`, ` - Kompas.com`), prefixes (`KapanLagi.com: `),
punctuation stripped. The visible heading has the editor's wording but sites also use <h1> for the logo or
the section name ('Nasional', 'Bola', 'News'). So: every heading-like element is scored by token overlap
with the metadata titles; the best one wins when it agrees well enough (an <h1> that shares half its words
is the editor's wording of an SEO title), otherwise the cleaned metadata title. A heading that opens with a
kicker (`<span class="roofline">`) is also scored without it, and so wins a tie (the metadata holding both
wordings); one that ends in small print (a `<small>` subtitle, date and categories) is also scored without
it. Cleaning drops page numbers (`Halaman all`, `Page 2`) and segments that are only a date
(`Titel : 06.11.2023, 11.41 Uhr`). A heading that is the site's
name (`h1.site-title`) is never a candidate; when no heading agrees with the metadata (an SEO plugin rewrote
og:title and <title>), the heading the template marks as the article's title (`entry-title`, `post-title`,
`tdb-title-text`, itemprop=headline) wins over the metadata title.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from urllib.parse import urljoin, urlsplit

from bs4 import NavigableString, Tag

from telisik.cleantext import fold_for_matching
from telisik.extract.credits import in_named_frame, is_inside, product_card_around, text_longer_than
from telisik.extract.dates import search_date
from telisik.extract.jsonld import flatten_nodes, parse_jsonld_text
from telisik.extract.metadata import (
    Element,
    PageScan,
    attr_text,
    element_text,
    heading_stripped_length,
    heading_text,
    single_line,
    text_shorter_than,
)

MAX_JSONLD_SCRIPTS = 10
MAX_TITLE_CHARS = 2000  # characters of a metadata title read (a headline is a sentence or two)
_MAX_HEADING_READ = 1600  # stripped characters: 400 folded ones with generous whitespace
AGREEMENT = 0.8  # Dice overlap of word tokens needed to call a heading "the same title"
_TOKEN = re.compile(r"\w+")
# Separators between a title and a site name: ' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' : '.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|»|:|·)\s+|\s*\|\s*")
_SITE_PREFIX = re.compile(r"^\s*[\w.-]+\.(?:com|co\.id|id|net|org|tv|news)\s*:\s+", re.I)
_SITE_WORD = re.compile(r"\.(?:com|co\.id|id|net|org|tv)\b|\bonline\b|\bnews\b", re.I)

META_TITLE_KEYS = (
    "og:title",
    "twitter:title",
    "headline",
    "title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
)


@dataclass
class Headline:
    text: str
    source: str
    element: Element | None = None


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold_for_matching(text))


def _dice(a: Counter, a_len: int, b: Counter, b_len: int) -> float:
    """Dice overlap of two token multisets."""
    if not a_len or not b_len:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    # The multiset intersection's size, counted without building the intersection Counter (CPU: this runs for
    # every heading against every title variant).
    common = sum(min(count, b[word]) for word, count in a.items() if word in b)
    return 2.0 * common / (a_len + b_len)


def _is_site_segment(segment: str, site_tokens: set[str]) -> bool:
    words = tokens(segment)
    if not words:
        return True
    if _SITE_WORD.search(segment) and len(words) <= 5:
        return True
    return bool(site_tokens) and len(words) <= 4 and all(w in site_tokens for w in words)


def clean_title(title: str, site_names: list[str]) -> str:
    """A metadata title without site-name prefixes and suffixes.

    Segments between separators are dropped when they name the site (a known site name, a host-like word,
    'Online'), and a one- or two-word segment at either end is dropped as an unknown site name when the rest
    is a longer headline ('Jalan Baru Dibuka - Kabar Contoh'). Headlines that contain ' - ' themselves
    ('Persib vs Arema - Babak Pertama Imbang') keep it."""
    # No headline runs to thousands of characters; a hostile `<title>` of 100000 segments is cut, not cleaned.
    title = _PAGE_SUFFIX.sub("", single_line(title[:MAX_TITLE_CHARS]))
    site_tokens = {t for name in site_names for t in tokens(name)}
    title = _without_site_name_prefix(_SITE_PREFIX.sub("", title), site_names)
    if _CJK.search(title):
        title = _without_cjk_site_suffix(title, site_tokens)
    segments = [s for s in _SEPARATOR.split(title) if s.strip()]
    if len(segments) <= 1:
        return title
    kept = [s for s in segments if not _is_site_segment(s, site_tokens) and not _is_date_segment(s)]
    if not kept:
        kept = _beside_known_site_name(segments, site_tokens)
    if not kept:
        return title
    kept = _without_short_end_segments(kept)
    if len(kept) == 1:
        return kept[0].strip()
    # Several segments remain: the original text from the first to the last (keeps the inner separators).
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    if start >= 0 and end > start:
        return title[start:end].strip()
    return max(kept, key=lambda s: len(tokens(s))).strip()


_WORDING_WORDS = 3


def _beside_known_site_name(segments: list[str], site_tokens: set[str]) -> list[str]:
    """When every segment looks like a site's name, the segments beside the one that is the known site name:
    a shop's or portal's <title> whose wording holds `online` or `news` (`Wanderschuhe Damen online kaufen |
    Shop`, `Trainingsplan online erstellen – App`, `Fake news erkennen | Portal`) is the page's, the known name
    the site's."""
    if not site_tokens or not any(_is_known_site_segment(s, site_tokens) for s in segments):
        return []
    kept = [s for s in segments if not _is_known_site_segment(s, site_tokens) and not _is_date_segment(s)]
    # A section's generic word (`News | Ledger`, `Online | Portal`) is no wording of the page's own.
    return kept if sum(len(tokens(s)) for s in kept) >= _WORDING_WORDS else []


def _is_known_site_segment(segment: str, site_tokens: set[str]) -> bool:
    words = tokens(segment)
    return not words or all(w in site_tokens for w in words)


MIN_REST_WORDS = 3  # what follows a site name's colon is a headline only with this many words


def _without_site_name_prefix(title: str, site_names: list[str]) -> str:
    """The title without a known site name and a colon at its start: Blogger's `Blog name: Post title` (its
    classic templates' <title>), and the `Site: Headline` of small CMSes (the colon has no space before it, so it
    is no segment separator)."""
    folded = title.casefold()
    for name in site_names:
        name = name.strip()
        if len(name) < 3 or not folded.startswith(name.casefold()):
            continue
        rest = title[len(name) :]
        if rest.startswith(":") and len(tokens(rest)) >= MIN_REST_WORDS:
            return rest[1:].strip()
    return title


def _without_short_end_segments(kept: list[str]) -> list[str]:
    """Drop one- or two-word segments from the end, then from the start, while four words of headline remain
    (a running count: a hostile `<title>` holds thousands of segments)."""
    counts = [len(tokens(k)) for k in kept]
    total = sum(counts)
    end = len(kept)
    while end >= 2 and counts[end - 1] <= 2 and total - counts[end - 1] >= 4:
        end -= 1
        total -= counts[end]
    start = 0
    while end - start >= 2 and counts[start] <= 2 and total - counts[start] >= 4:
        total -= counts[start]
        start += 1
    return kept[start:end]


# Chinese, Japanese and Korean titles join the site's name without spaces: `…的城！-新华网`, `…大激震！…へ｜日刊ゲンダイ
# DIGITAL`, `…-半月谈`, and with a full-width colon `…基準達せず：中日新聞Web`, `…警視庁逮捕：東京新聞デジタル`.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_SUFFIX = re.compile(
    r"^(?P<head>.*[^\s\-_|｜－：])\s*(?P<sep>[\-_|｜－：])\s*(?P<tail>[^\-_|｜－：]{1,16})$"
)
MAX_CJK_SITE_CHARS = 16
# What a site's name never opens with: a quote or a bracket (`…发展-“新质”`, `《流浪地球_2》`).
_QUOTE_OPENERS = "\"'“‘„«‹「『《〈（(【[〔"
# A dash inside the headline's own words: `歼-20`, `F-35A`, `K-방산`, `COVID-19`, `0-0`, `—对话-专访`.
_JOINED_DASH = re.compile(r"[A-Za-z0-9—–-]$")


def _without_cjk_site_suffix(title: str, site_tokens: set[str]) -> str:
    """A CJK title without the site's name joined at its end without spaces: after a dash, underscore or bar a
    short last part (sixteen characters at most, the rest at least twice as long) is the site's name; after a
    full-width colon, which CJK headlines also use inside (`武汉的声音：有英勇的你`), only a known site name or a
    part naming a newspaper's web edition (`Web`, `デジタル`, `DIGITAL`, a host) is, again at most half as long
    as the rest (`特集：地方の新聞` stays). The site's name holds a CJK character and opens with no quote or
    bracket; after a dash or underscore it holds a CJK character, and a dash right after a Latin letter, a digit
    or a short dash-joined label joins the headline's own words (`歼-20`, `F-35A`, `K-방산`, `国足0-0`,
    `COVID-19`, `…—对话-专访`)."""
    found = _CJK_SUFFIX.match(title)
    if found is None:
        return title
    head, tail = found.group("head").strip(), found.group("tail").strip()
    if not tail or tail[0] in _QUOTE_OPENERS or len(tail) > MAX_CJK_SITE_CHARS or len(head) < 2 * len(tail):
        return title
    if found.group("sep") == "：":
        named = _is_site_segment(tail, site_tokens) or bool(_CJK_EDITION.search(tail))
        return head if named else title
    if found.group("sep") in "-_－" and (
        not _CJK.search(tail) or _JOINED_DASH.search(head) or _CHAINED.search(head)
    ):
        return title
    return head


# A head that ends in a short label joined by a dash (`两会代表谈科技创新—对话`): it and the tail are a chain of
# the headline's labels, not a headline and a site's name.
_CHAINED = re.compile(r"[—–][^—–\-_|｜－：]{1,4}$")


_CJK_EDITION = re.compile(r"(?:web|digital|デジタル|新聞|新闻网|日報|日报)$", re.I)


# A page number the CMS appends to the title of a multi-page article: `... Halaman all - Kompas.com`,
# `... Halaman 2`, `... (Page 2)`, `... - Seite 2`.
_PAGE_SUFFIX = re.compile(
    r"\s*[(\[]?\b(?:halaman|hal\.|page|seite|pagina|página)\s+(?:\d{1,3}|all|semua)[)\]]?(?=\s*(?:[|\-–—:·»]|$))",
    re.I,
)


def _is_date_segment(segment: str) -> bool:
    """A title segment that is only a date (`Ein Quantensprung : 06.11.2023, 11.41 Uhr`, `... | 27 Januari 2026`):
    the page's stamp, not part of the headline."""
    found = search_date(segment)
    return found is not None and len(tokens(segment.replace(found.raw, " "))) <= 1


def _longest_segment(title: str) -> str | None:
    segments = [s for s in _SEPARATOR.split(single_line(title)) if s.strip()]
    if len(segments) <= 1:
        return None
    return max(segments, key=lambda s: len(tokens(s)))


def metadata_titles(scan: PageScan, jsonld_headline: str | None) -> list[tuple[str, str]]:
    """(source, title) pairs in order of trust."""
    titles: list[tuple[str, str]] = []
    if jsonld_headline:
        # JSON-LD written by templates keeps HTML entities (`Malerrolle &amp; bunter Farbe`).
        titles.append(
            ("jsonld:headline", html.unescape(jsonld_headline) if "&" in jsonld_headline else jsonld_headline)
        )
    for key in META_TITLE_KEYS:
        for value in scan.meta.get(key, ())[:1]:
            titles.append((f"meta:{key}", value))
    for element in scan.itemprops.get("headline", ())[:1]:
        text = element_text(element.tag)
        if text:
            titles.append(("microdata:headline", text))
    if scan.title_text:
        titles.append(("title", scan.title_text))
    return titles


def _heading_rank(element: Element) -> int:
    return {"h1": 0, "h2": 1, "h3": 2}.get(element.tag.name, 3)


def choose_headline(scan: PageScan, jsonld_headline: str | None, site_names: list[str]) -> Headline | None:
    """The headline with its source and, when visible, its element, in Unicode's canonical composition (NFC)
    like the body: pages spell a letter precomposed or decomposed (Bengali \u09dc or \u09a1 \u09bc, Vietnamese
    tone marks as combining characters), and the archive compares titles in one form."""
    headline = _choose_headline(scan, jsonld_headline, site_names)
    if headline is not None and headline.element is not None and is_document_number_label(headline.text):
        headline = _heading_after_number_label(scan, headline.element) or headline
    if headline is not None and headline.element is not None:
        given = [value for _, value in metadata_titles(scan, jsonld_headline)]
        headline.text = shown_title(headline.element.tag, headline.text, given)
    if headline is not None and not headline.text.isascii():
        headline.text = unicodedata.normalize("NFC", headline.text)
    return headline


# A heading that is only a document's kind and number: municipal and ministry press offices (Drupal, TYPO3,
# GovCMS, Indonesian government portals' `Siaran Pers Nomor: 12/HM/2026`), university and company newsrooms
# print the release's number as the page's <h1> (and <title>) and its headline as the heading under it. A label
# without a number (`Pressemitteilung`) is a section kicker, handled elsewhere; one with words after the number
# (`Press Release 12: Council approves budget`) is the headline itself.
_DOCUMENT_NUMBER_LABEL = re.compile(
    r"(?i)^\W*(?:pressemitteilung|pressemeldung|presseinformation|presseinfo|medienmitteilung|medieninformation"
    r"|press\s+release|news\s+release|media\s+release|press\s+statement|communiqué(?:\s+de\s+presse)?"
    r"|comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa|comunicato(?:\s+stampa)?|nota\s+stampa"
    r"|persbericht|nieuwsbericht|komunikat(?:\s+prasowy)?|informacja\s+prasowa|comunicado\s+de\s+imprensa"
    r"|nota\s+à\s+imprensa|siaran\s+pers|rilis\s+pers)"
    r"(?:\s*(?:nr\.?|no\.?|n°|nº|n\.º|núm\.?|num\.?|nummer|number|nomor|numer|#))?\s*:?\s*"
    r"[\w./-]{0,20}\d[\w./-]{0,20}\W*$"
)
# How far after the label heading (in elements) its headline may sit: a date or number field between them.
_LABEL_HEADLINE_WINDOW = 12
_MIN_LABELLED_HEADLINE_WORDS = 3


def is_document_number_label(text: str) -> bool:
    """`Pressemitteilung Nr. 17/2026`, `Press Release No. 12`, `Communiqué de presse n° 5`, `Comunicado nº 3`,
    `Siaran Pers Nomor: 12/HM/2026`, `Persbericht 17`: a document's kind and number, nothing else."""
    return len(text) <= 80 and _DOCUMENT_NUMBER_LABEL.match(text) is not None


def _heading_after_number_label(scan: PageScan, label: Element) -> Headline | None:
    """The heading right after a number-label heading when it has the shape of the release's own headline (a
    subtitle field's <h2> under the <h1>): the first heading after the label, one level below it, with nothing
    between them but short metadata lines (a date, a place, a number), not in a kicker, contents, contact or
    navigation box, and not followed directly by a list or another heading (a contents box, a unit's name over
    the headline). None otherwise: the label stays the title."""
    following = (e for e in scan.headings if e.index > label.index and not is_inside(e.tag, label.tag))
    heading = next(following, None)
    if heading is None or heading.index - label.index > _LABEL_HEADLINE_WINDOW:
        return None
    if _heading_level(heading.tag) != _heading_level(label.tag) + 1:
        return None
    text = _headline_sized_text(scan, heading.tag)
    if (
        text is None
        or len(tokens(text)) < _MIN_LABELLED_HEADLINE_WORDS
        or is_document_number_label(text)
        or _is_story_link(heading.tag, text)
        or _in_page_furniture(heading.tag)
        or _in_label_box(heading.tag)
        or not _only_metadata_between(label.tag, heading.tag)
        or _list_or_heading_after(heading.tag)
    ):
        return None
    return Headline(text, f"visible:{heading.tag.name}", heading)


def _heading_level(tag: Tag) -> int:
    return int(tag.name[1]) if re.fullmatch(r"h[1-6]", tag.name or "") else 0


_BETWEEN_NODES = 80
_METADATA_CHARS = 40
_METADATA_PLAIN_WORDS = 3
# Elements that are no metadata line between the label and the headline: text, lists, links, tables, forms.
_NOT_METADATA_TAGS = frozenset(
    "p ul ol li dl a table form nav aside blockquote figure iframe button input select img section".split()
)
# Boxes a heading under the label may sit in without being the headline: a kicker or a unit over it, a table of
# contents, a contact box, navigation, a teaser or summary (`kicker`, `toc`, `contents`, `contact-box`).
_LABEL_BOX_TOKEN = re.compile(
    r"(?i)(?:^|[-_])(?:kicker|dachzeile|overline|toc|contents|inhalt|inhaltsverzeichnis|contacts?|kontakt|nav|navigation|aside"
    r"|sidebar|teaser|summary|box|related)(?:$|[-_])"
)
_LABEL_BOX_LEVELS = 3


def _is_metadata_line(text: str) -> bool:
    """`04.03.2026`, `Rabu, 4 Maret 2026`, `Nr. 17`, `Hollenbeck`: short, and a date or number or a few words
    that are no sentence."""
    text = text.strip()
    if not text:
        return True
    if len(text) > _METADATA_CHARS:
        return False
    if any(ch.isdigit() for ch in text):
        return True
    return len(text.split()) <= _METADATA_PLAIN_WORDS and not text.endswith((".", "!", "?", ":"))


def _classes_say_box(tag: Tag) -> bool:
    classes = tag.get("class")
    names = classes.split() if isinstance(classes, str) else classes or []
    return any(_LABEL_BOX_TOKEN.search(name) for name in [*names, attr_text(tag, "id")] if name)


def _in_label_box(heading: Tag) -> bool:
    """The heading or one of its near parents is classed as a kicker, contents, contact or navigation box."""
    for depth, node in enumerate([heading, *heading.parents]):
        if depth > _LABEL_BOX_LEVELS or node.name in ("body", "html", "article", "main"):
            return False
        if _classes_say_box(node):
            return True
    return False


def _only_metadata_between(first: Tag, second: Tag) -> bool:
    """Only short metadata lines (a date, a place, a number) stand between the two headings, in a few nodes: no
    paragraph of text, no list, no link, no box."""
    inside_first = True
    for walked, node in enumerate(first.next_elements):
        if walked > _BETWEEN_NODES:
            return False
        if node is second:
            return True
        if inside_first:
            holder = node if isinstance(node, Tag) else node.parent
            if holder is not None and is_inside(holder, first):
                continue
            inside_first = False
        if isinstance(node, Tag):
            if node.name == "p" and _is_metadata_line(node.get_text(" ", strip=True)[: _METADATA_CHARS + 1]):
                continue
            if node.name in _NOT_METADATA_TAGS or _classes_say_box(node):
                return False
        elif type(node) is NavigableString and not _is_metadata_line(str(node)):
            return False
    return False


_FOLLOWING_LEVELS = 3


def _list_or_heading_after(heading: Tag) -> bool:
    """The element right after the heading (or after its near parent, when it is the parent's last child) is
    a list or another heading: a contents box's title, or a unit's name over the headline."""
    node: Tag | None = heading
    for _ in range(_FOLLOWING_LEVELS):
        if node is None:
            return False
        after = node.find_next_sibling()
        if after is not None:
            return after.name in ("ul", "ol", "nav", "dl") or _heading_level(after) > 0
        node = node.parent
    return False


def _headline_sized_text(scan: PageScan, tag: Tag) -> str | None:
    """The heading's text when it is of a headline's size (3-400 characters) and not the site's name."""
    # A heading holding pages of text is no headline, and reading it whole for each of many nested headings
    # would be quadratic: a count first (whitespace runs inside strings count there), both read from the page's
    # heading measures (one pass: many nested headings around a word are each read whole otherwise).
    stripped = heading_stripped_length(scan, tag)
    if stripped is not None and stripped >= _MAX_HEADING_READ:
        return None
    if stripped is None and not text_shorter_than(tag, _MAX_HEADING_READ):
        return None
    whole = heading_text(scan, tag)
    if whole is None:
        whole = element_text(tag)
    if not (3 <= len(whole) <= 400) or is_site_name_heading(tag):
        return None
    return whole


# A news extension's single-view box, read class word by class word: TYPO3 tt_news and TYPO3 news
# `news-single-item`/`news-single`, Contao's `mod_newsreader`. Generic classes (`article-detail`, Joomla's
# `item-page`, `news-detail`) and schema.org Article items are not read: they box an article's second heading
# under its own h1 as often (review: `Brexit explained` over `article-detail`'s `What happens next?`), and a
# category blog's items are BlogPosting items under the category's heading.
_SINGLE_ITEM_CLASS = frozenset({"news-single-item", "news-single", "mod_newsreader"})
_ITEM_BOX_LEVELS = 6
_SECTION_HEADING_WINDOW = 60  # elements between the section's heading and the item's headline
_MAX_SECTION_WORDS = 3
MAX_LINKS_READ_FOR_SECTION = 2000


def _item_heading_under_section_heading(scan: PageScan, section: Element, text: str) -> Headline | None:
    """A section's name as the page's heading over a news extension's single view: TYPO3 (`csc-header` h1
    `Pressemitteilungen` over tt_news's `news-single-item` or news' `news-single`), Contao's `mod_newsreader`
    under a `ce_headline`. The metadata titles there are the section's too, so the section's heading agrees with
    them; the item's own heading is taken instead when the section's heading is a short label the page's menu or
    breadcrumb links by the same text (not from inside the heading, not to the page itself), sits outside the
    item's box, and the item's box (alone of its class among its siblings: no list) opens with a heading of
    three words or more that links nowhere, shortly after it. Generic article boxes (`article-detail`, Joomla's
    `item-page`, schema.org Article items) are not read: there the second heading is the article's own
    subheading as often. The link check, the dearest, comes last."""
    if len(tokens(text)) > _MAX_SECTION_WORDS:
        return None
    for element in scan.headings:
        if element.index <= section.index or is_inside(element.tag, section.tag):
            continue
        if element.index - section.index > _SECTION_HEADING_WINDOW:
            return None
        if _heading_level(element.tag) not in (1, 2):
            continue
        heading_text = _headline_sized_text(scan, element.tag)
        if heading_text is None or len(tokens(heading_text)) < MIN_SHOWN_WORDS:
            return None
        box = _single_item_box(element.tag)
        if box is None or is_inside(section.tag, box) or _is_story_link(element.tag, heading_text):
            return None
        if box.find(_heading_level_names) is not element.tag or not _named_by_a_link(scan, text, section.tag):
            return None
        return Headline(heading_text, f"visible:{element.tag.name}", element)
    return None


def _heading_level_names(tag: Tag) -> bool:
    return tag.name in HEADING_NAMES


def _named_by_a_link(scan: PageScan, text: str, heading: Tag) -> bool:
    """A link on the page (the menu's, the breadcrumb's) says exactly the text. A link inside the heading itself
    and a link to the page's own address (a breadcrumb's current crumb, which repeats the story's own title)
    say nothing about a section."""
    wanted = tokens(text)
    own_path: str | None = None
    for link in scan.links[:MAX_LINKS_READ_FOR_SECTION]:
        if tokens(link.get_text(" ")[:80]) != wanted or is_inside(link, heading):
            continue
        if own_path is None:
            own_path = _path_of(_page_url(scan) or "")
        href = attr_text(link, "href").strip()
        if not href or href.startswith("#") or (own_path and _path_of(href) == own_path):
            continue
        return True
    return False


def _path_of(url: str) -> str:
    """The address's path without its query, fragment and closing slash (`/news/story`)."""
    path = url.split("#", 1)[0].split("?", 1)[0]
    if "://" in path:
        path = "/" + path.split("://", 1)[1].partition("/")[2]
    return path.rstrip("/")


def _single_item_box(heading: Tag) -> Tag | None:
    """The near parent that is a news extension's single-view box, alone among its siblings."""
    for depth, parent in enumerate(heading.parents):
        if depth >= _ITEM_BOX_LEVELS or parent.name in ("body", "html"):
            return None
        classes = _SINGLE_ITEM_CLASS.intersection(_class_words(parent))
        if classes:
            return None if _has_sibling_of_class(parent, classes) else parent
    return None


_SIBLINGS_READ = 20


def _has_sibling_of_class(box: Tag, classes: frozenset[str]) -> bool:
    """The box is one of a list's items (siblings of the same class): a list view, not a single item's view."""
    for siblings in (
        box.find_next_siblings(limit=_SIBLINGS_READ),
        box.find_previous_siblings(limit=_SIBLINGS_READ),
    ):
        if any(isinstance(s, Tag) and classes.intersection(_class_words(s)) for s in siblings):
            return True
    return False


def _holds_a_heading(tag: Tag) -> bool:
    """A headline-classed box (`div.modHeadline`, `div.title-box`) holding an <h1>/<h2>: the heading inside is
    the candidate, the box's text adds what stands beside it (a kicker, a `Stand:` date line, a byline) and
    would agree with a <title> that holds the kicker too (tagesschau/BR-like broadcasters, custom CMSs' title
    boxes). Only called for headline-sized boxes, so the search is short."""
    return tag.name not in HEADING_NAMES and tag.find(("h1", "h2")) is not None


HEADING_NAMES = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _choose_headline(scan: PageScan, jsonld_headline: str | None, site_names: list[str]) -> Headline | None:
    titles, site_names = _without_site_name_titles(scan, metadata_titles(scan, jsonld_headline), site_names)
    title_bags = _title_bags(titles, site_names)
    originals = _Originals(titles)
    leading = _LeadingSegmentRule(scan, titles, site_names, title_bags)
    best: tuple[float, int, int, int, int] | None = None
    best_element: Element | None = None
    best_text = ""
    seen_texts: dict[str, float] = {}
    date_lines = [line.index for line in scan.date_lines]  # document order
    for element in scan.headings:
        whole = _headline_sized_text(scan, element.tag)
        if whole is None or _holds_a_heading(element.tag):
            continue
        for text in _heading_texts(element.tag, whole, originals):
            if text is None:
                continue
            score = seen_texts.get(text)
            if score is None:
                score = seen_texts[text] = _agreement(text, title_bags)
            if score < 1.0 and leading.segments:
                score = leading.score(element, text, score)
            if best is not None and score < best[0]:
                continue
            # Only a heading that could be the headline is asked whether it is a teaser's link.
            linked = _is_story_link(element.tag, text) if score >= PARTIAL_AGREEMENT else 0
            dated = _has_date_line_after(date_lines, element) if score >= PARTIAL_AGREEMENT else 0
            key = (score, -_heading_rank(element), -linked, dated, -element.index)
            if best is None or key > best:
                best, best_element, best_text = key, element, text
    if best is not None and best_element is not None and best[0] >= AGREEMENT:
        item_heading = _item_heading_under_section_heading(scan, best_element, best_text)
        if item_heading is not None:
            return item_heading
        return _h1_holding_the_whole_title(scan, best_element, best_text, titles, site_names) or Headline(
            best_text, f"visible:{best_element.tag.name}", best_element
        )
    if _is_own_wording(best, best_element, best_text) or _is_short_own_wording(
        scan, best, best_element, best_text, titles, site_names
    ):
        # The editor's headline under an SEO title: an <h1> that shares half its words with the metadata.
        return Headline(best_text, "visible:h1", best_element)
    marked = marked_title_heading(scan, title_bags) or _own_h1_under_site_titles(
        scan, best_element if best and best[0] >= PARTIAL_AGREEMENT else None, titles, site_names, title_bags
    )
    if marked is not None:
        return marked
    shown = _shown_instead_of_titles(scan, best, titles, site_names)
    if shown is not None:
        return shown
    if titles:
        return _metadata_title(scan, titles[0], site_names, best_element if best and best[0] >= 0.5 else None)
    return _first_plausible_h1(scan)


def _shown_instead_of_titles(
    scan: PageScan,
    best: tuple[float, int, int, int, int] | None,
    titles: list[tuple[str, str]],
    site_names: list[str],
) -> Headline | None:
    """The page's own <h1> (or dated display line) where no heading agrees with the metadata titles and those
    are a generic <title> only."""
    if not titles:
        return None
    if (best is None or best[0] < PARTIAL_AGREEMENT) and all(source == "title" for source, _ in titles):
        cleaned = clean_title(titles[0][1], site_names)
        own_h1 = _first_own_h1(scan)
        shown = own_h1 or (_first_dated_display_line(scan) if _is_generic(cleaned) else None)
        if shown is not None and (not _is_shown(scan, cleaned) or _opens_with(shown.text, cleaned)):
            return shown
        if own_h1 is None and _is_generic(cleaned):
            found = _headline_under_site_title(scan, cleaned)
            if found is not None:
                return found
            # Only under a generic <title> (the site's name): a real <title> beats a section's or a guestbook
            # subject's bold cell (review: club news under `Aus dem Vereinsleben`, `Re: Re: …` guestbook rows).
            return _title_row_under_date_row(scan)
    return None


# The class word of a table cell holding a news item's title in 2000s PHP table layouts (club and association
# sites, CuteNews/PHP-Fusion/phpKIT-like news scripts: `td.newstitle`, `td.news_titel`, `td.ueberschrift`).
_TITLE_CELL_CLASS = re.compile(
    r"(?i)(?:title|titel|headline|ueberschrift|überschrift|betreff|subject|titulo|título|titre|titolo|judul)"
)
_TABLE_ROWS_READ = 4


def _title_row_under_date_row(scan: PageScan) -> Headline | None:
    """In a 2000s PHP table layout without <h1> under a generic <title>: the one news item's title row — a row of
    one title-classed cell holding a bold line of three words or more and no link, right under a row of one cell
    holding the item's date line and right over a row of one cell holding a story's length of text. Three agreeing
    rows; a page showing two such items is a news list, not one item's view."""
    found: list[Tag] = []
    for line in scan.date_lines[:MAX_DATE_LINES_READ]:
        cell = _single_cell_around(line.tag)
        title = _next_single_cell(cell) if cell is not None else None
        if title is None or not _is_bold_title_cell(title):
            continue
        text_cell = _next_single_cell(title)
        if text_cell is None or not _unlinked_text_longer_than(text_cell, MIN_STORY_CHARS):
            continue
        if all(title is not seen for seen in found):
            found.append(title)
    if len(found) != 1:
        return None
    index = scan.index_of.get(id(found[0]))
    return Headline(element_text(found[0]), "visible:td", Element(found[0], index) if index else None)


def _single_cell_around(tag: Tag) -> Tag | None:
    """The table cell the date line is (or sits in, two levels at most), when it is its row's only cell."""
    node: Tag | None = tag
    for _ in range(3):
        if node is None:
            return None
        if node.name == "td":
            row = node.parent
            if row is None or row.name != "tr" or len(row.find_all("td", recursive=False, limit=2)) != 1:
                return None
            return node
        node = node.parent
    return None


def _next_single_cell(cell: Tag) -> Tag | None:
    """The only cell of the row right after the cell's row."""
    row = cell.parent
    if row is None:
        return None
    following = row.find_next_sibling("tr")
    if following is None:
        return None
    cells = following.find_all("td", recursive=False, limit=2)
    return cells[0] if len(cells) == 1 else None


def _is_bold_title_cell(cell: Tag) -> bool:
    """A title-classed cell whose text is one bold line (`<font><b>`, `<b>`, `<strong>`) of three words or
    more, no link, no longer than a headline."""
    if not any(_TITLE_CELL_CLASS.search(word) for word in _class_words(cell)):
        return False
    if cell.find("a") is not None or text_longer_than(cell, 200):
        return False
    text = element_text(cell)
    bold = cell.find(("b", "strong"))
    return len(tokens(text)) >= MIN_SHOWN_WORDS and bold is not None and element_text(bold) == text


def _headline_under_site_title(scan: PageScan, title: str) -> Headline | None:
    """With no <h1> of its own, the dated heading that opens the main column (looked for inside its title box,
    `<div class="judul-berita"><h3>`) wins over a <title> shown only as the site's name in the page's header
    or footer, or not shown at all on a page that says it is an article. Both asked for (review): a title box
    alone fired on parish archives, club home pages and village home pages whose <title> is the site's name."""
    site_shown = _site_heading_says(scan, title)
    if not site_shown and not _has_article_signals(scan):
        return None
    shown = _first_dated_display_line(scan, in_title_boxes=True)
    if shown is None or shown.element is None or not _opens_main_column(shown.element.tag):
        return None
    return shown if site_shown or not _is_shown(scan, title) else None


_ARTICLE_LD_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report)"')
# A dated URL path: WordPress's `/2026/03/02/slug/`, news CMSs' `/2026/02/04/` or `/20260204/`.
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/|/(?:19|20)\d\d(?:0[1-9]|1[0-2])[0-3]\d/")
MAX_LD_CHARS_READ = 20_000


def _has_article_signals(scan: PageScan) -> bool:
    """The page says it is one article: og:type article, an article:published_time, an Article JSON-LD node
    or a dated canonical/og:url path."""
    if any(value.strip().lower() == "article" for value in scan.meta.get("og:type", ())[:3]):
        return True
    if scan.meta.get("article:published_time"):
        return True
    if any(_ARTICLE_LD_TYPE.search(text[:MAX_LD_CHARS_READ]) for text in scan.jsonld_texts[:10]):
        return True
    urls = [scan.canonical or "", *scan.meta.get("og:url", ())[:1]]
    return any(_DATED_PATH.search(_url_path(url)) for url in urls if url)


def _url_path(url: str) -> str:
    """The address's path; '' for an address urlsplit refuses (`http://[bad`: a broken IPv6 host)."""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


# Boxes beside or inside the main column whose heading is no page's headline: Bootstrap's side columns and
# panels, cards, accordions and collapses, WordPress widgets, Joomla's module boxes.
_SIDE_BOX_TOKENS = frozenset(
    {
        "sidebar",
        "panel",
        "panel-heading",
        "panel-body",
        "card",
        "card-header",
        "card-body",
        "accordion",
        "accordion-item",
        "accordion-header",
        "accordion-body",
        "collapse",
        "widget",
        "moduletable",
    }
)
_SIDE_COLUMN = re.compile(r"^col-(?:xs-|sm-|md-|lg-|xl-)?[34]$")
_COLUMN = re.compile(r"^col(?:-(?:xs|sm|md|lg|xl))?(?:-\d{1,2})?$")
# The links a listing's teaser ends with (en, de, fr, es, it, nl, pt, pl, id).
_READ_MORE = re.compile(
    r"(?i)^\W*(?:read\s+more|continue\s+reading|more|weiterlesen|mehr(?:\s+lesen)?|lire\s+la\s+suite|"
    r"(?:leer|ver)\s+m[aá]s|leggi(?:\s+(?:tutto|di\s+pi[uù]))?|lees\s+meer|verder\s+lezen|ler\s+mais|"
    r"continuar\s+(?:lendo|leyendo)|czytaj\s+(?:wi[eę]cej|dalej)|(?:baca\s+)?selengkapnya)\W*$"
)
MAX_COLUMN_NODES = 3000  # nodes read in the column before the heading (a hostile page's column is huge)
MAX_TEXT_BEFORE_HEADLINE = (
    200  # characters of unlinked text a column may hold before its headline (a date row)
)


def _opens_main_column(display: Tag) -> bool:
    """The heading is the first of the page's main column (only links, a breadcrumb or a date row before it),
    sits in no side column, panel, card, accordion or widget, and is no teaser followed by a `Read more` link."""
    column = _column_of(display)
    return column is not None and not _teaser_with_read_more(display) and _first_in_column(column, display)


def _column_of(display: Tag) -> Tag | None:
    """The main column holding the heading (a Bootstrap `col-*`, <main>, <article> or the <body>); None when a
    side box holds it first."""
    for depth, parent in enumerate(display.parents):
        if depth >= MAX_FURNITURE_LEVELS:
            return None
        if parent.name == "aside":
            return None
        tokens_ = set(attr_text(parent, "class").lower().split()) if parent.attrs else set()
        if tokens_ & _SIDE_BOX_TOKENS or any(
            token.startswith(("widget", "moduletable")) or _SIDE_COLUMN.match(token) for token in tokens_
        ):
            return None
        if parent.name in ("main", "article", "body") or any(_COLUMN.match(token) for token in tokens_):
            return parent
    return None


def _teaser_with_read_more(display: Tag) -> bool:
    """The heading's item box (its title box's box) ends in a `Read more`/`Selengkapnya`/`Weiterlesen` link."""
    box = display.parent
    if box is not None and _heading_in_title_box(box) is display:
        box = box.parent
    if box is None or box.name in ("body", "html"):
        return False
    return any(_READ_MORE.match(link.get_text(" ")[:60]) for link in box.find_all("a", limit=40))


def _first_in_column(column: Tag, display: Tag) -> bool:
    """No other heading and no story's text stands before the heading in its column (links not counted)."""
    total = 0
    stack = [iter(column.contents)]
    for _ in range(MAX_COLUMN_NODES):
        if not stack:
            return False
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
        elif node is display:
            return True
        elif isinstance(node, Tag):
            if node.name in _ALL_HEADINGS:
                return False
            if node.name not in _UNREAD:
                stack.append(iter(node.contents))
        elif type(node) is NavigableString:
            total += sum(map(len, node.split()))
            if total > MAX_TEXT_BEFORE_HEADLINE:
                return False
    return False


_SITE_HEADINGS_READ = 400  # headings looked at for the site's name (hostile pages hold thousands)


def _site_heading_says(scan: PageScan, title: str) -> bool:
    """A heading in the page's furniture (the footer's `<h5>PEMERINTAH KABUPATEN WONOSEGORO</h5>`, a
    banner's or sidebar's brand heading) says the <title> word for word: the <title> is the site's name, shown
    there, not a headline shown in the text (regency and village CMSs, old Joomla and phpNuke portals and
    school sites set one <title> for every page)."""
    words = tokens(title)
    root = _page_root(scan)
    if not words or root is None:
        return False
    # The scan keeps the headings that may be headlines (<h1>-<h4>); a footer's brand is often an <h5>/<h6>.
    for heading in root.find_all(_ALL_HEADINGS, limit=_SITE_HEADINGS_READ):
        if not text_shorter_than(heading, 200):
            continue
        if (
            tokens(element_text(heading)) == words
            and not _links_to_a_story(heading)
            and (_in_page_furniture(heading) or _in_site_frame(heading))
        ):
            return True
    return False


def _links_to_a_story(heading: Tag) -> bool:
    """The heading links to a page other than the site's home (a footer's `Terpopuler` list repeats the
    headline: that is the article shown, not the site's name)."""
    link = heading.find("a", href=True)
    return link is not None and _url_path(attr_text(link, "href")).strip("/") != ""


# The page's frame named by id or class, read as whole tokens (Bootstrap and custom PHP themes' `<div
# id="footer">`, WordPress themes' `site-footer`/`site-header`/`masthead`, Joomla's `footer`).
_SITE_FRAME_TOKENS = frozenset(
    {"footer", "site-footer", "page-footer", "main-footer", "header", "site-header", "masthead"}
)


def _in_site_frame(tag: Tag) -> bool:
    """The element sits in a box whose id or class names the page's header or footer (not the article's)."""
    return in_named_frame(
        tag, MAX_FURNITURE_LEVELS, ("footer", "header"), ("banner", "contentinfo"), _SITE_FRAME_TOKENS
    )


_ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _metadata_title(
    scan: PageScan, title: tuple[str, str], site_names: list[str], near: Element | None
) -> Headline:
    """The first metadata title, cleaned, or the <h1> it is the first part of; `near` is the heading that
    agrees with it at least half (or none), the date line's anchor either way."""
    source, value = title
    cleaned = clean_title(value, site_names)
    opening = _h1_opening_with(scan, cleaned)  # (no heading agrees fully: the caller took that one)
    if opening is not None:
        # Only the text changes: the date line is looked for where the title's would be (under an
        # exhibition's or event's <h1> stands its run, `Du 12 février au 30 juin`, no publication).
        opening.element = near
        return opening
    fuller = _h1_around_title(scan, near, cleaned)
    if fuller is not None:
        return fuller
    # The best heading may still be the same title when metadata is truncated or decorated.
    return Headline(cleaned, source, near)


def _h1_around_title(scan: PageScan, near: Element | None, cleaned: str) -> Headline | None:
    """The <h1> that agrees best with the title when it holds every word of the cleaned title in order and a
    little more: the page's own wording of a short SEO title (`Leistungen – Praxis` for `Unsere Leistungen` on
    Elementor, Divi and Wix pages, `Kontakt` for `Kontakt und Anfahrt`, `Services` for `Our Services`)."""
    if near is None or near.tag.name != "h1" or not _is_page_own_h1(near.tag):
        return None
    text = _headline_sized_text(scan, near.tag)
    words, title_words = tokens(text or ""), tokens(cleaned)
    if text is None or not title_words or len(words) <= len(title_words):
        return None
    return Headline(text, "visible:h1", near) if _holds_words_in_order(words, title_words) else None


class _Originals:
    """The metadata titles as given (not cleaned, not cut to a segment), for the kicker's tie: the microdata
    headline is left out, being the visible heading's own text."""

    def __init__(self, titles: list[tuple[str, str]]):
        values = [value for source, value in titles if source != "microdata:headline"]
        self.words = {tuple(tokens(value)) for value in values}
        self.bags = [(Counter(words), len(words)) for words in self.words]


def _heading_texts(tag: Tag, whole: str, originals: _Originals) -> tuple[str | None, ...]:
    """The texts a heading is scored as, the one that wins a tie first. The text without its kicker comes
    first (the metadata holding both wordings, as og:title and <title>, or as a title's segments: SRF,
    Cicero, tagesschau.de, lebensmittelpraxis.de) — unless the heading shows its first words as one line with
    the rest, a visible dash or colon after them in the same text (`<em>Oppenheimer</em> – Nolans Meisterwerk
    …`, `<strong>Olaf Scholz</strong> – „Wir …“`, `<span>Breaking Bad</span> - star …`), and the whole text is a
    metadata title as given, word for word, or the text without those words agrees fully only with a cleaned
    title or a title's longest segment (which drop a one- or two-word first segment like a site's name)."""
    small_print = _without_small_print(tag, whole)
    kicker = _kicker(tag, whole)
    if kicker is None:
        return (whole, small_print)
    element, kickerless = kicker
    if _marks_kicker_and_headline(element):
        return (kickerless, small_print)
    whole = _spaced_after_kicker(whole, element_text(element))
    if _continues_the_line(element) and (
        tuple(tokens(whole)) in originals.words or _agreement(kickerless, originals.bags) < 1.0
    ):
        return (whole, kickerless, small_print)
    return (kickerless, whole, small_print)


# A heading's first part the template classes as its kicker (read class word by class word, BEM parts too):
# Spiegel Online's `headline-intro`, BEM `article__kicker`, tagesschau/BR `dachzeile`, `overline`/`topline`
# (Burda, Funke, WordPress news themes), `spitzmarke` (Swiss and Austrian CMSs), `roofline`, `supertitle`/
# `surtitre` (French CMSs), `antetitulo` (Spanish), `occhiello` (Italian), `eyebrow` (US news themes),
# `overhead` (Focus Online's and Burda portals' `<span class="overhead">`, news CMSs' `article-overhead`).
_KICKER_CLASS = re.compile(
    r"(?i)^(?:[\w-]*?(?:-|_|__))?(?:kicker|dachzeile|overline|overhead|topline|top-line|spitzmarke|roofline|supertitle"
    r"|super-title|surtitre|antetitulo|occhiello|eyebrow|headline-intro|title-intro|pretitle|pre-title)$"
)
# The part after it the template classes as the headline (`headline`, `article__title`, `title`, `hl`), or a
# heading element (`<span class="dachzeile">…</span><h1>…</h1>` in one title box).
_HEADLINE_PART_CLASS = re.compile(r"(?i)(?:^|-|_)(?:headline|title|titel|hl)(?:$|-|_)")
_SEPARATOR_ONLY = re.compile(r"^[\s\-–—:|·.,]*$")


def _class_words(tag: Tag) -> list[str]:
    return attr_text(tag, "class").split() if tag.attrs else []


def _marks_kicker_and_headline(kicker: Tag) -> bool:
    """The heading's parts are, by the template's own classes, a kicker and a headline and nothing more than
    line breaks or separators (a hidden `: `): the headline part alone is the title, whatever the metadata
    titles (which often hold both, `Kicker: Headline - Site`). Spiegel Online, tagesschau/BR, Funke, Burda."""
    if not any(_KICKER_CLASS.match(word) for word in _class_words(kicker)):
        return False
    headline_parts = 0
    for node in kicker.next_siblings:
        if not isinstance(node, Tag):
            if not _SEPARATOR_ONLY.match(str(node)):
                return False
            continue
        if node.name == "br":
            continue
        if _heading_level(node) > 0 or any(_HEADLINE_PART_CLASS.search(w) for w in _class_words(node)):
            headline_parts += 1
        elif not _SEPARATOR_ONLY.match(element_text(node)):
            return False
    return headline_parts == 1


# A visible separator that opens the text right after a heading's first element, the headline's words following
# in the same text: `<em>Oppenheimer</em> – Nolans …`. (A kicker's separator stands alone or is hidden:
# `<span>Hochwasser</span> - <span>„Wir …“</span>`, `<span class="visually-hidden"> - </span>`.)
_LINE_SEPARATOR = re.compile(r"^\s*[-–—:|]\s*[\"'„“«‹‚‘(]?\w")


def _continues_the_line(kicker: Tag) -> bool:
    """The text right after the heading's first element opens with a visible separator and goes on with words."""
    following = kicker.next_sibling
    while following is not None and not isinstance(following, Tag) and not str(following).strip():
        following = following.next_sibling
    if following is None or isinstance(following, Tag):
        return False
    return bool(_LINE_SEPARATOR.match(str(following)))


def _agreement(text: str, title_bags: list[tuple[Counter, int]]) -> float:
    """How well a text agrees with the best-matching metadata title (Dice overlap of their words)."""
    words = tokens(text)
    bag = Counter(words)
    return max((_dice(bag, len(words), t, n) for t, n in title_bags), default=0.0)


def _title_bags(titles: list[tuple[str, str]], site_names: list[str]) -> list[tuple[Counter, int]]:
    """The word bags headings are scored against: every metadata title as given, cleaned, and its longest
    segment."""
    title_bags: list[tuple[Counter, int]] = []
    seen_variants: set[str] = set()  # og:title, <title> and JSON-LD often repeat one text: one bag each
    for _, value in titles:
        variants = {value, clean_title(value, site_names), _longest_segment(value)}
        for variant in filter(None, variants):
            if variant in seen_variants:
                continue
            seen_variants.add(variant)
            words = tokens(variant)
            title_bags.append((Counter(words), len(words)))
    return title_bags


def _leading_segments(
    titles: list[tuple[str, str]], site_names: list[str]
) -> tuple[set[tuple[str, ...]], list[tuple[Counter, int]]]:
    """The words of the first segment of every metadata title of several segments (`Ben Wilson Surf` of
    `Ben Wilson Surf - Point of Sail - Segelmacher, Surf und Kite Shop in Kiel`), with the word bags of those
    titles' other segments (cleaned). A first segment the cleaned title drops is none: a section (`Bola - …`,
    `Sport - …`, `Live - …`) or the site's name put first (`Kabar Contoh - …`)."""
    site_tokens = {t for name in site_names for t in tokens(name)}
    leading: set[tuple[str, ...]] = set()
    rests: list[tuple[Counter, int]] = []
    for _, value in titles:
        line = single_line(value)
        segments = [s for s in _SEPARATOR.split(line) if s.strip()]
        if len(segments) < 2 or _is_site_segment(segments[0], site_tokens):
            continue
        first = tuple(tokens(segments[0]))
        if not first or tuple(tokens(clean_title(value, site_names)))[: len(first)] != first:
            continue
        leading.add(first)
        separator = _SEPARATOR.search(line, line.find(segments[0]) + len(segments[0]))
        if separator is not None:
            words = tokens(clean_title(line[separator.end() :], site_names))
            if words:
                rests.append((Counter(words), len(words)))
    return leading, rests


def _is_leading_segment(element: Element, text: str, leading: set[tuple[str, ...]]) -> bool:
    """An <h1> or <h2> that says word for word what a metadata title opens with: the headline, the title's
    other segments being the site's name and description (`Bee Simulator | Datenbank für Multiplayergames`,
    `1000 Euro Kredit » 1000 EUR sofort aufs Konto | GIROMATCH`, `Zeitphilosophie – Dr. Alexander Klier`). A
    site's name shown as a heading links to its home page, and sits at the title's end. (An <h2> only counts on
    a page whose <h1>s do not agree with the titles: a blog's post title under the blog's name.)"""
    return (
        element.tag.name in ("h1", "h2")
        and tuple(tokens(text)) in leading
        and not _links_home(element.tag, text)
    )


class _LeadingSegmentRule:
    """The first-segment rule of one page: a heading equal to a metadata title's first segment scores as the
    headline, unless another heading agrees with the title's other segments (the headline shown beside a
    section's or a liveblog's label that the title opens with). What the rule asks about the whole page is
    asked once (a liveblog repeats its label as an <h2> under thousands of posts, and re-reading every <h1> for
    each was quadratic)."""

    def __init__(self, scan: PageScan, titles: list[tuple[str, str]], site_names: list[str], title_bags):
        self.segments, self._rest_bags = _leading_segments(titles, site_names)
        self._scan = scan
        self._title_bags = title_bags
        self._h1_agrees: bool | None = None
        self._rest_shown: bool | None = None

    def score(self, element: Element, text: str, score: float) -> float:
        """The heading's score: 1.0 when it is the leading segment the rule accepts, else `score`."""
        if not _is_leading_segment(element, text, self.segments):
            return score
        if self._rest_shown is None:
            self._rest_shown = self._another_heading_agrees_with_the_rest()
        if self._rest_shown:
            return score
        if element.tag.name == "h1":
            return 1.0
        if self._h1_agrees is None:
            self._h1_agrees = _an_h1_agrees(self._scan, self._title_bags)
        return score if self._h1_agrees else 1.0

    def _another_heading_agrees_with_the_rest(self) -> bool:
        if not self._rest_bags:
            return False
        for element in self._scan.headings:
            if is_site_name_heading(element.tag):
                continue
            text = element_text(element.tag)
            words = tokens(text)
            if (
                not words
                or len(text) > 400
                or tuple(words) in self.segments
                or _links_home(element.tag, text)
            ):
                continue
            bag = Counter(words)
            if any(_dice(bag, len(words), t, n) >= PARTIAL_AGREEMENT for t, n in self._rest_bags):
                return True
        return False


def _an_h1_agrees(scan: PageScan, title_bags: list[tuple[Counter, int]]) -> bool:
    """Some <h1> of the page, not the site's name, agrees at least in part with the metadata titles."""
    for element in scan.headings:
        if element.tag.name == "h1" and not is_site_name_heading(element.tag):
            text = element_text(element.tag)
            if not _links_home(element.tag, text) and _agreement(text, title_bags) >= PARTIAL_AGREEMENT:
                return True
    return False


_ARCHIVED = re.compile(r"^/web/\d+[a-z_]*/")
_HOME_PATHS = frozenset(
    {
        "",
        "index.html",
        "index.htm",
        "index.shtml",
        "index.php",
        "index.asp",
        "default.asp",
        "default.aspx",
        "home",
    }
)
# A home page per language: `/en/`, `/de-ch/`, `/pt_BR/`.
_LANGUAGE_HOME = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$")


def _links_home(tag: Tag, text: str) -> bool:
    """The heading's whole text is a link to a site's home page (`<h1><a href="/">Site name</a></h1>`; an
    archived copy's `/web/2019.../https://site.example/` too)."""
    link = tag if tag.name == "a" else tag.find("a", href=True)
    if link is None or element_text(link) != text:
        parent = tag.parent
        if parent is None or parent.name != "a":
            return False
        link = parent
    return is_home_href(attr_text(link, "href"))


def is_home_href(href: str) -> bool:
    """The link goes to a site's front page (`/`, `index.html`, `./`, `/en/`; an archived copy's
    `/web/2019.../https://site.example/` too)."""
    try:  # a broken href (`http://[object Object]/`, `https://www.example.com]/news`) links nowhere
        parts = urlsplit(href.strip())
        if parts.netloc.endswith("web.archive.org"):
            parts = urlsplit(_ARCHIVED.sub("", parts.path))
    except ValueError:
        return False
    path = parts.path.strip("/").lower()
    return not parts.query and (path in _HOME_PATHS or path == "." or bool(_LANGUAGE_HOME.match(path)))


def _is_story_link(tag: Tag, text: str) -> int:
    """1 when the heading's whole text is a link (`<div class="bintang-judul"><a href=...>Title</a></div>`): a
    teaser of the story in a carousel, 'popular' or 'latest' list that repeats the headline before the article
    (Tempo English's top slider, portals' `terpopuler` boxes, WordPress related-post widgets); the article's own
    heading, unlinked, wins the tie. A template that links its own <h1> to the permalink still wins by rank."""
    link = tag if tag.name == "a" else tag.find("a", href=True)
    if link is None:
        parent = tag.parent
        return int(parent is not None and parent.name == "a")
    return int(element_text(link) == text)


# How far after a heading (in elements) the article's date line sits when the heading is the article's own.
_DATE_LINE_WINDOW = 30


def _has_date_line_after(indexes: list[int], element: Element) -> int:
    """1 when a date line follows the heading closely (`indexes`: the page's date lines, document order): of
    two headings with the headline's text (an SEO `<h1>` at the top of the body or a sticky share bar's title,
    and the article's own), the article's own has its date line under it (detik's 2022 templates, WordPress
    themes with a sticky header title)."""
    position = bisect.bisect_right(indexes, element.index)
    return int(position < len(indexes) and indexes[position] <= element.index + _DATE_LINE_WINDOW)


PARTIAL_AGREEMENT = 0.5
MIN_OWN_WORDS = 4


def _is_own_wording(
    best: tuple[float, int, int, int, int] | None, element: Element | None, text: str
) -> bool:
    """An <h1> of four words or more that agrees with the metadata titles only in part is the visible
    headline worded for readers, the metadata title one worded for search engines and sharing (Indonesian
    portals, blogs, magazines): the page shows the former."""
    return (
        best is not None
        and element is not None
        and element.tag.name == "h1"
        and best[0] >= PARTIAL_AGREEMENT
        and len(tokens(text)) >= MIN_OWN_WORDS
    )


_CONTENT_WORD_CHARS = 4  # shorter words are the joining ones (`für`, `de`, `and`, `di`) a title may leave out


def _is_short_own_wording(
    scan: PageScan,
    best: tuple[float, int, int, int, int] | None,
    element: Element | None,
    text: str,
    titles: list[tuple[str, str]],
    site_names: list[str],
) -> bool:
    """A three-word <h1> whose every content word is in the page's only title, the <title> worded for search
    engines around it (`Wanderschuhe für Damen` under `Wanderschuhe Damen online kaufen | Shop` on Shopware,
    Shopify, WooCommerce and Magento category pages; `Ferienwohnungen an der Ostsee` under `Ferienwohnung Ostsee
    günstig buchen` on booking sites): the page shows the <h1>. Only on a shop's category page (a grid of
    product cards): a review's or a guide's <h1> naming the product (`Apple Vision Pro`) is no category's."""
    if best is None or element is None or element.tag.name != "h1" or best[0] < PARTIAL_AGREEMENT:
        return False
    if len(titles) != 1 or titles[0][0] != "title" or not _shows_product_grid(scan):
        return False
    words = tokens(text)
    title_words = set(tokens(clean_title(titles[0][1], site_names)))
    content = [w for w in words if len(w) >= _CONTENT_WORD_CHARS]
    return len(words) == MIN_SHOWN_WORDS and len(content) >= 2 and all(w in title_words for w in content)


_GRID_CARDS = 3  # product cards that make a category page's grid (a review article embeds one or two)
_GRID_LINKS_READ = 400


def _shows_product_grid(scan: PageScan) -> bool:
    """The page lists three product cards or more (Shopware `product-box`, WooCommerce `li.product`, Shopify
    `card--product`, Magento `product-item`: see `product_card_around`) among its first links."""
    cards: set[int] = set()
    for link in scan.links[:_GRID_LINKS_READ]:
        card = product_card_around(link)
        if card is not None:
            cards.add(id(card))
            if len(cards) >= _GRID_CARDS:
                return True
    return False


# A heading the page's template marks as the article's own title (not the site's, not a teaser's): WordPress
# themes `entry-title` (underscores, GeneratePress, Astra, Genesis, Twenty*), `post-title`/`single-post-title`,
# tagDiv `tdb-title-text`/`td-post-title`, JNews `jeg_post_title`, BEM `post__title`/`article__title`,
# `article-title`, `story-title`, and microdata `itemprop=headline`. Matched against the class words one by one.
_OWN_TITLE_CLASS = re.compile(
    r"(?:^|[-_])(?:entry|post|article|story)(?:-|_|__)?title(?:$|[-_](?:text|main|value))|^tdb-title-text$",
    re.I,
)


def _is_marked_title(tag: Tag) -> bool:
    """An <h1>/<h2> whose class (or itemprop) names it the article's title."""
    itemprop = attr_text(tag, "itemprop").lower()
    if "headline" in itemprop.split():
        return True
    return any(_OWN_TITLE_CLASS.search(word) for word in attr_text(tag, "class").split())


def marked_title_heading(scan: PageScan, title_bags: list[tuple[Counter, int]]) -> Headline | None:
    """The heading marked as the article's own title, when no heading agrees with the metadata titles.

    Yoast-style SEO titles (og:title, twitter:title and <title> all rewritten for search engines) share only a
    few words with the headline the page shows: the template's own title class says which heading is the
    article's. An <h1> so marked wins; an <h2> only when it is the one so marked (a blog's front page and
    related-post lists mark every teaser `entry-title`/`post-title`). When the page has metadata titles, the
    heading must share a word with one of them (a box heading `Read also` marked like a title does not)."""
    marked = [
        element
        for element in scan.headings
        if element.tag.name in ("h1", "h2") and _is_marked_title(element.tag)
    ]
    h1s = [element for element in marked if element.tag.name == "h1"]
    candidates = h1s or (marked if len(marked) == 1 else [])
    for element in candidates:
        text = element_text(element.tag)
        words = tokens(text)
        if len(words) < 2 or len(text) > 400:
            continue
        bag = Counter(words)
        if title_bags and not any(_dice(bag, len(words), t, n) > 0 for t, n in title_bags):
            continue
        return Headline(text, f"visible:{element.tag.name}", element)
    return None


# The site's name shown as a heading (WordPress themes: `<h1 class="site-title">` or `<h1 id="site-title">`,
# `<div id="site-title"><h1>`, `.site-name`, `.site-logo`): it agrees with the site-name part of the <title>
# (`Headline | Site Name`) and must not win over the article's heading.
_SITE_NAME_WORDS = frozenset({"site-title", "site_title", "sitetitle", "site-name", "site_name", "site-logo"})


def _names_site(tag: Tag) -> bool:
    words = f"{attr_text(tag, 'class')} {attr_text(tag, 'id')}".lower().split()
    return any(word in _SITE_NAME_WORDS for word in words)


def is_site_name_heading(tag: Tag) -> bool:
    """A heading that is the site's name: marked so itself or by its parent."""
    if tag.name not in ("h1", "h2", "p", "div", "span", "a"):
        return False
    parent = tag.parent
    return _names_site(tag) or (parent is not None and tag.name in ("h1", "h2") and _names_site(parent))


MAX_KICKER_WORDS = 8


def _spaced_after_kicker(whole: str, kicker: str) -> str:
    """The heading's whole text with a space between its kicker and the rest when the markup glued them
    (`<span>Streit um Windpark</span><span>Bürgermeister …</span>` reads `WindparkBürgermeister`): a kicker
    ending in a letter or digit and a rest opening with a capital, a digit or a quote is two parts, never one
    word (a rest opening in lower case is the word's own continuation: `<em>Ober</em>bürgermeister`)."""
    rest = whole[len(kicker) :]
    if not kicker or not rest or not kicker[-1].isalnum():
        return whole
    opening = rest[0]
    if opening.isupper() or opening.isdigit() or opening in _OPENING_QUOTES:
        return f"{kicker} {rest}"
    return whole


# No ASCII apostrophe: `<span>NASA</span>'s Parker …` is a possessive, not a quote opening the rest.
_OPENING_QUOTES = frozenset('"„“«‹‚‘')


def _kicker(heading: Tag, whole: str) -> tuple[Tag, str] | None:
    """The kicker a heading opens with and the heading's text without it: a first child element holding a short
    label (`<span class="roofline">Immobilienkrise</span>`, `<span class="overline">`, `<small>Einheit der
    Woche</small><br>`, `<span class="kicker">EKSKLUSIF</span>`). Which of the two texts is the headline is left to the
    metadata titles: the variant is taken when it agrees with them at least as well (a site whose every title
    keeps the kicker keeps it)."""
    target = heading
    children = [c for c in target.children if isinstance(c, Tag) or str(c).strip()]
    if len(children) == 1 and isinstance(children[0], Tag):  # <h1><span itemprop=headline><small>..</small>..
        target = children[0]
        children = [c for c in target.children if isinstance(c, Tag) or str(c).strip()]
    if len(children) < 2 or not isinstance(children[0], Tag) or children[0].name in ("a", "img", "br"):
        return None
    kicker = element_text(children[0])
    words = tokens(kicker)
    if not words or len(words) > MAX_KICKER_WORDS or not whole.startswith(kicker):
        return None
    rest = whole[len(kicker) :].strip(" -–—:|·")
    return (children[0], rest) if len(tokens(rest)) >= 2 else None


def _without_small_print(heading: Tag, whole: str) -> str | None:
    """The heading's text without the small print it ends with: a last child `<small>` holding a subtitle
    (`<small class="article-subtitle">Welcome to ...</small>`) or the date and categories
    (`<br><small>02.02.2022 • Presse, Allgemein</small>`). As with the kicker, the metadata titles decide:
    the variant is taken only when it agrees with them better."""
    children = [c for c in heading.children if isinstance(c, Tag) or str(c).strip()]
    if len(children) < 2 or not isinstance(children[-1], Tag) or children[-1].name != "small":
        return None
    tail = element_text(children[-1])
    if not tail or not whole.endswith(tail):
        return None
    rest = whole[: -len(tail)].strip(" -–—:|·•")
    return rest if len(tokens(rest)) >= 2 else None


MIN_SHOWN_WORDS = 3


def _first_own_h1(scan: PageScan) -> Headline | None:
    """On a page whose only title is the document <title> and no heading shares even half its words, the first
    <h1> of three words or more that is neither the site's name nor a link home nor in the page's furniture
    (navigation, sidebar, banner, form, dialog, footer, a cookie or consent box): the <title> of such a page is
    the site's generic one (`www.ekbo.de | Detail`, `Konrad-Adenauer-Stiftung - detail`, the site's name and
    motto) or a search engine's wording the page does not show (nymag.com, theatlantic.com, comparis.ch). (A
    <title> the page shows word for word, in a <b>, <strong>, <span> or <h4> headline, stays: the caller asks.)
    The heading gives the text only, not the anchor the date line and byline are looked for near: on pages that
    are no article (a club's news list, a campaign blog's front page) the first such <h1> is a box's heading,
    and the dates found without an anchor are kept."""
    for element in scan.headings:
        if element.tag.name != "h1" or is_site_name_heading(element.tag):
            continue
        text = heading_text(scan, element.tag)  # the page's heading measures: no nested <h1> read whole again
        if text is None:
            if text_longer_than(element.tag, 400):
                continue  # a bounded count first: reading each of many nested <h1>s whole is quadratic
            text = element_text(element.tag)
        if len(tokens(text)) < MIN_SHOWN_WORDS or len(text) > 400 or _in_page_furniture(element.tag):
            continue
        if not _links_home(element.tag, text):
            return Headline(shown_title(element.tag, text, [scan.title_text or ""]), "visible:h1")
    return None


MAX_H1_LOOKED_AT = 200  # headings read for a fuller <h1> (a hostile page has thousands)


def _opens_with(heading: str, short: str) -> bool:
    """The heading opens with the short title's words and goes on: the <title> holds the headline's first part
    only (an exhibition's, a book's or an event's name before its subtitle: `Fils d'Orient` for `Fils
    d'Orient. Soieries et tapis ...`, on Drupal museum and venue sites, WordPress event pages)."""
    words, start = tokens(heading), tokens(short)
    return len(start) >= MIN_SHOWN_WORDS and len(words) > len(start) and words[: len(start)] == start


def _h1_opening_with(scan: PageScan, short: str) -> Headline | None:
    """The first <h1> that opens with the (cleaned) title's words and goes on, the title being its first part."""
    for element in scan.headings[:MAX_H1_LOOKED_AT]:
        if element.tag.name != "h1" or is_site_name_heading(element.tag):
            continue
        text = _headline_sized_text(scan, element.tag)
        if text is not None and _opens_with(text, short):
            return Headline(text, "visible:h1")
    return None


def _h1_holding_the_whole_title(
    scan: PageScan, best: Element, best_text: str, titles: list[tuple[str, str]], site_names: list[str]
) -> Headline | None:
    """The page's own <h1> when the heading that won agrees with one segment of the title only and the <h1>
    holds every word of the title without the site's name, and more. Job boards name a vacancy `Job - Company
    - Board` (WP Job Manager on Jobify, Jobster, Indeed-like themes) and show the company in a heading of its
    own beside the long headline (`Lowongan Kerja Staf Admin Gudang di PT ...`); event and venue pages
    (`Event - Venue`) do the same with the venue."""
    if best.tag.name == "h1" or not titles:
        return None
    # The title's words without the site's name (not cleaned: that drops a two-word job as a site's name).
    site_tokens = {t for name in site_names for t in tokens(name)}
    title_words = list(
        dict.fromkeys(t for t in tokens(titles[0][1][:MAX_TITLE_CHARS]) if t not in site_tokens)
    )
    best_words = set(tokens(best_text))
    if not best_words < set(title_words):
        return None
    for element in scan.headings[:MAX_H1_LOOKED_AT]:
        if element.tag.name != "h1":  # (a page header's <h1> too: Jobify's `<header class=page-header>`)
            continue
        text = _headline_sized_text(scan, element.tag)
        if (
            text is not None
            and _holds_words_in_order(tokens(text), title_words)
            and _is_page_own_h1(element.tag)
        ):
            return Headline(text, "visible:h1", element)
    return None


def _holds_words_in_order(words: list[str], title_words: list[str]) -> bool:
    """The heading holds the title's words in the title's order, and not many more: a long headline around a
    short title (`Lowongan Kerja Staf Admin Gudang di PT ... Pontianak`), never a tagline stuffed with keywords
    (`Berita dan Informasi Resmi ...: Rapat, Paripurna, DPRD`) nor another story's headline."""
    if len(words) > 2 * len(title_words) + 4:
        return False
    at = iter(words)
    return all(word in at for word in title_words)  # (`in` on an iterator consumes it: a subsequence test)


_NOT_PAGE_OWN = re.compile(r"(?i)ticker|breaking|marquee|(?<![a-z])nav|menu|top-?bar|masthead|banner")
_OWN_HEADER = re.compile(r"(?i)(?:page|entry|post|article|job|event)[-_]?(?:header|title)")
MAX_ANCESTORS_READ = 40


def _is_page_own_h1(h1: Tag) -> bool:
    """The <h1> is the page's own heading: no link to another page (a news ticker's `<h1><a href=...>`), not in
    the site's header, navigation or a ticker bar; a page header above the content is the page's own (Jobify's
    and WP Job Manager's `<header class=page-header>`, `entry-header`)."""
    if h1.find("a", href=True) is not None:
        return False
    node = h1.parent
    for _ in range(MAX_ANCESTORS_READ):
        if node is None or node.name in ("body", "html", "[document]", "main", "article"):
            return True
        hints = f"{attr_text(node, 'class')} {attr_text(node, 'id')} {attr_text(node, 'role')}"
        if node.name == "a" or node.name == "nav" or _NOT_PAGE_OWN.search(hints):
            return False
        if node.name == "header" and _OWN_HEADER.search(hints) is None:
            return False
        node = node.parent
    return True


def _page_root(scan: PageScan) -> Tag | None:
    """The document the scan read (found from any element it collected: a page may have no heading)."""
    collected = scan.headings or scan.date_lines or scan.credit_lines or scan.name_lines
    tag: Tag | None = collected[0].tag if collected else (scan.links[0] if scan.links else None)
    if tag is None:
        return None
    for parent in tag.parents:
        tag = parent
    return tag


# Elements (and ARIA roles) that hold a page's furniture, not its article: a visually hidden `Main navigation`
# <h1>, a `Most read` box, a masthead, a newsletter form, a consent dialog. A <header> inside the article (or
# <main>, a <section>) is the article's own.
_FURNITURE_TAGS = frozenset({"nav", "aside", "form", "dialog", "footer"})
_FURNITURE_ROLES = frozenset({"navigation", "complementary", "contentinfo", "dialog", "alertdialog"})
_CONTENT_TAGS = frozenset({"article", "main", "section"})
_CONSENT = re.compile(r"cookie|consent|gdpr|newsletter", re.I)
MAX_FURNITURE_LEVELS = 40  # as body.py's furniture walk: a page's furniture wraps its headings within this


def _in_page_furniture(tag: Tag, banner_is_furniture: bool = True) -> bool:
    """The heading sits in navigation, a sidebar, the page's banner, a form, a dialog, the footer or a cookie,
    consent or newsletter box (named so by its id or class); in the banner (a <header>) only when
    `banner_is_furniture`."""
    in_header = False
    for depth, parent in enumerate(tag.parents):
        name = parent.name
        if (
            depth >= MAX_FURNITURE_LEVELS
        ):  # bounded: thousands of nested <h1>s cost no quadratic walk (review)
            break
        if name in ("body", "html"):  # `<body class="has-cookie-banner">` says nothing of the heading
            break
        role = attr_text(parent, "role").lower()
        if name in _FURNITURE_TAGS or role in _FURNITURE_ROLES:
            return True
        if parent.attrs and _CONSENT.search(f"{attr_text(parent, 'id')} {attr_text(parent, 'class')}"):
            return True
        if name in _CONTENT_TAGS:
            return False
        if name == "header" or role == "banner":  # theatlantic.com: `<article><header role="banner"><h1>`
            in_header = banner_is_furniture
    return in_header


def _is_shown(scan: PageScan, title: str) -> bool:
    """The page's visible text holds the (cleaned) title word for word: its headline is shown, if not in a
    heading (`<p><strong>…</strong></p>`, `<font size=5><b>…</b></font>`, a `<span>`, an `<h4>`)."""
    words = tokens(title)
    root = _page_root(scan)
    if len(words) < MIN_SHOWN_WORDS or root is None:
        return False
    body = root.find("body") or root
    return f" {' '.join(words)} " in f" {' '.join(tokens(body.get_text(' ')))} "


def _first_plausible_h1(scan: PageScan) -> Headline | None:
    fallback: Headline | None = None
    for element in scan.headings:
        if element.tag.name not in ("h1", "h2"):
            continue
        text = element_text(element.tag)
        if len(tokens(text)) >= 3 and len(text) <= 400:
            return Headline(text, f"visible:{element.tag.name}", _dated_copy(scan, element, text))
        if fallback is None and text and element.tag.name == "h1":
            fallback = Headline(text, "visible:h1", element)
    return fallback


def _dated_copy(scan: PageScan, first: Element, text: str) -> Element:
    """Of the headings of the same rank with the first plausible heading's text, the first with a date line
    under it (the article's own; the first may be an SEO or sticky-bar copy); else the first."""
    date_lines = [line.index for line in scan.date_lines]
    if _has_date_line_after(date_lines, first):
        return first
    for element in scan.headings:
        if (
            element.index > first.index
            and element.tag.name == first.tag.name
            and element_text(element.tag) == text
            and _has_date_line_after(date_lines, element)
        ):
            return element
    return first


# -- what a heading shows that is no part of its title -----------------------------------------------------------

# The glyph of a heading's self-link (what a reader clicks to copy the heading's address): Sphinx and
# Python-Markdown's toc permalink (MkDocs, Material for MkDocs) `¶`, Hugo and Jekyll themes and WordPress
# heading-anchor plugins `#` or `🔗`, rustdoc `§`, others `⚓`, `∞`, `⁋` (variation selectors dropped first).
_PERMALINK_GLYPHS = frozenset({"¶", "#", "§", "🔗", "⚓", "∞", "⁋", "🔗︎"})
_VARIATION_SELECTORS = str.maketrans("", "", "\ufe0e\ufe0f")
# Whitespace-only nodes skipped at a heading's edge before its first or last child is found.
MAX_EDGE_NODES = 4


def shown_title(tag: Tag, text: str, given: Sequence[str] = ()) -> str:
    """The heading's `text` without what the heading shows that is no part of its title: a self-link's glyph at
    its start or end (`Tessellate 4.2 released¶`, `# Faster booleans`) and a wiki namespace its markup marks
    (MediaWiki 1.40+: `<span class="mw-page-title-namespace">Nyheter</span><span
    class="mw-page-title-separator">:</span><span class="mw-page-title-main">…</span>`). A `§` or `#` that is
    the headline's own text (`§ 218: …`, `#MeToo …`, a hashtag linking to a tag page) stays: only a link to a
    place on the same page (`href="#…"`) whose whole text is the glyph is a self-link, and even then a leading
    `§`/`#` before a number (`<a href="#p218">§</a> 218 StGB`, `<a href="#rank-1">#</a>1 Coffee Shop`) or a glyph
    a metadata title (`given`) spells with the heading's words is the headline's own sign. Only a content
    namespace is cut: a talk, user, category, template, file, help or special page is named with its namespace."""
    main = _wiki_title_main(tag)
    if main and text.endswith(main) and len(text) > len(main):
        return main
    target = _single_wrapped(tag)
    for child, at_end in ((_edge_child(target, True), True), (_edge_child(target, False), False)):
        glyph = _permalink_glyph(child)
        if glyph is None:
            continue
        stripped = text.translate(_VARIATION_SELECTORS)
        if at_end and stripped.endswith(glyph):
            rest = stripped[: -len(glyph)].rstrip()
        elif not at_end and stripped.startswith(glyph):
            rest = stripped[len(glyph) :].lstrip()
            if _sign_of_the_title(glyph, rest, given):
                continue
        else:
            continue
        if tokens(rest):
            text = rest
    return text


_NUMBER_SIGNS = ("§", "#")


def _sign_of_the_title(glyph: str, rest: str, given: Sequence[str]) -> bool:
    """A leading glyph that is the headline's own: a section or number sign before a number (`§ 218`, `#1`),
    or any glyph a metadata title spells before the heading's first words."""
    if glyph in _NUMBER_SIGNS and rest[:1].isascii() and rest[:1].isdigit():
        return True
    probe = "".join(f"{glyph}{rest[:24]}".split())
    return any(probe in "".join(title.translate(_VARIATION_SELECTORS).split()) for title in given if title)


def _single_wrapped(tag: Tag) -> Tag:
    """The heading, or the one element it wraps all its content in (`<h2><span class="mw-headline">…`)."""
    children = [c for c in tag.contents[: MAX_EDGE_NODES + 1] if isinstance(c, Tag) or str(c).strip()]
    if len(children) == 1 and isinstance(children[0], Tag) and children[0].name in ("span", "a", "div"):
        return children[0] if children[0].name != "a" else tag
    return tag


def _edge_child(tag: Tag, last: bool) -> Tag | None:
    """The heading's first (or last) child element when no text stands before (after) it."""
    nodes = reversed(tag.contents) if last else iter(tag.contents)
    for seen, node in enumerate(nodes):
        if seen > MAX_EDGE_NODES:
            return None
        if isinstance(node, Tag):
            return node
        if str(node).strip():
            return None
    return None


def _permalink_glyph(child: Tag | None) -> str | None:
    """The glyph of a self-link (`<a href="#id">¶</a>`): a link to a place on the same page whose whole text
    is a permalink glyph."""
    if child is None or child.name != "a" or not attr_text(child, "href").startswith("#"):
        return None
    if not text_shorter_than(child, 8):
        return None
    glyph = element_text(child).translate(_VARIATION_SELECTORS)
    return glyph if glyph in _PERMALINK_GLYPHS else None


def _wiki_title_main(tag: Tag) -> str | None:
    """The main part of a MediaWiki heading whose markup marks a namespace (a child span
    `mw-page-title-namespace` before the `mw-page-title-main` one); None for any other heading."""
    namespace = main = None
    for child in tag.contents[:8]:
        if not isinstance(child, Tag) or child.name != "span":
            continue
        classes = attr_text(child, "class").split()
        if "mw-page-title-namespace" in classes:
            namespace = child
        elif "mw-page-title-main" in classes and namespace is not None:
            main = child
            break
    if main is None or not text_shorter_than(main, 400) or _is_kept_namespace(namespace):
        return None
    return element_text(main) or None


# MediaWiki's namespaces that are no content (`Talk:`, `User talk:`, `Category:`, `Special:`), in English and
# the local names of the wikis' larger languages (Indonesian, German, Dutch, Swedish, French, Spanish): a page
# in one of them is named with its namespace (`Category:Libraries in Ohio`). A content namespace (a wiki's
# own `Nyheter:`, `Berita:`) is no part of the page's title and is cut.
_KEPT_NAMESPACE_WORDS = frozenset(
    {
        "talk", "user", "category", "template", "file", "image", "media", "help", "special", "portal",
        "project", "mediawiki", "module", "draft", "wikipedia",
        "diskusi", "pembicaraan", "pengguna", "kategori", "templat", "berkas", "bantuan", "istimewa",
        "diskussion", "benutzer", "benutzerin", "kategorie", "vorlage", "datei", "hilfe", "spezial",
        "overleg", "gebruiker", "categorie", "sjabloon", "bestand",
        "användare", "användardiskussion", "kategoridiskussion", "mall", "fil", "hjälp",
        "discussion", "utilisateur", "utilisatrice", "catégorie", "modèle", "fichier", "aide", "spécial",
        "discusión", "usuario", "usuaria", "categoría", "plantilla", "archivo", "ayuda", "especial",
    }
)  # fmt: skip


def _is_kept_namespace(namespace: Tag | None) -> bool:
    """The namespace names a non-content space (any of its words does: `User talk`, `Benutzer Diskussion`)."""
    if namespace is None or not text_shorter_than(namespace, 60):
        return False
    return any(
        word in _KEPT_NAMESPACE_WORDS for word in element_text(namespace).lower().replace("_", " ").split()
    )


# -- the site's name as a metadata title --------------------------------------------------------------------------

MAX_HOME_LINKS = 40  # links read for the logo's text (the site's logo link sits in the page's first links)
MAX_SITE_NAME_WORDS = 8
_HOME_PATH_CHARS = 16  # a home page's path is short (`/`, `/index.php`, `/en/`): longer ones are not parsed


def _without_site_name_titles(
    scan: PageScan, titles: list[tuple[str, str]], site_names: list[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The metadata titles without those that are only the site's name — a known site name (og:site_name, the
    publisher) or the text of the page's link to its home page (the logo): Kirby, Contao, Drupal metatag and
    WordPress themes fill og:title from the site's settings on pages without their own. All of them when every
    title is the site's name. With them, the site's names (a logo's name, now known, is cut from the <title>)."""
    named = {tuple(tokens(name)) for name in site_names}
    kept: list[tuple[str, str]] = []
    dropped: list[str] = []
    for source, value in titles:
        words = tuple(tokens(value[:MAX_TITLE_CHARS]))
        if words and _is_site_name(scan, words, named):
            dropped.append(value)
        else:
            kept.append((source, value))
    # The site's name with its town: an og:title only (the site-wide default of Drupal metatag, Joomla), and
    # only while the page's <title> stays to speak for it (a twitter:title slogan never wins by this drop).
    placed = [
        value
        for source, value in kept
        if source == "meta:og:title" and _is_site_name_and_place(scan, value, named)
    ]
    if placed and any(source == "title" and value not in placed for source, value in kept):
        kept = [(source, value) for source, value in kept if value not in placed]
        dropped.extend(placed)
    suffix = _og_title_as_title_suffix(scan, kept)
    if suffix is not None:
        kept = [(source, value) for source, value in kept if value != suffix]
        dropped.append(suffix)
    if not kept and dropped:
        return _document_title_only(titles), site_names
    if not dropped:
        return titles, site_names
    return kept, [*site_names, *(value for value in dropped if value not in site_names)]


def _og_title_as_title_suffix(scan: PageScan, titles: list[tuple[str, str]]) -> str | None:
    """The og:title of a page that is no article (og:type `website`, or none) when it is the last segment of the
    <title> and the <title> holds more before it (`Leistungen – Hausarztpraxis am See` with og:title `Hausarztpraxis
    am See`): the site's name, which Yoast and Rank Math on page-builder sites (Elementor, Divi, WPBakery), Wix
    and Jimdo put in og:title for every static page. An article's og:title is its headline wherever it sits."""
    og_type = scan.meta.get("og:type", ("",))[:1]
    if og_type and og_type[0].strip().lower() not in ("", "website"):
        return None
    og = [value for source, value in titles if source == "meta:og:title"][:1]
    document = [value for source, value in titles if source == "title"][:1]
    if not og or not document:
        return None
    segments = [seg for seg in _SEPARATOR.split(single_line(document[0][:MAX_TITLE_CHARS])) if seg.strip()]
    if len(segments) < 2 or tokens(segments[-1]) != tokens(og[0]) or not tokens(" ".join(segments[:-1])):
        return None
    # Only the site's name as the page names it elsewhere: og:site_name, `application-name` and the logo's home
    # link drop it before this; here the JSON-LD WebSite's or organisation's name (Yoast's and Rank Math's
    # `WebSite`/`Organization`, a practice's `MedicalClinic`, a club's `SportsClub`). An event's or a
    # product's og:title after the section's name (`Veranstaltungen - Sommerfest am Weiher`) stays.
    if tuple(tokens(og[0])) not in _jsonld_site_names(scan):
        return None
    # The page shows the <title>'s first part as its <h1> (`Unsere Leistungen`), never the og:title: a
    # `Site - Archive - Headline` <title> (government and parliament sites) keeps its og:title headline.
    rest, own = _bag(" ".join(segments[:-1])), _bag(og[0])
    h1s = [h for h in scan.headings[:MAX_H1_LOOKED_AT] if h.tag.name == "h1"]
    texts = [text for text in (_headline_sized_text(scan, h.tag) for h in h1s) if text]
    if any(_agreement(text, own) >= PARTIAL_AGREEMENT for text in texts):
        return None
    return og[0] if any(_agreement(text, rest) >= PARTIAL_AGREEMENT for text in texts) else None


# schema.org types naming the site's owner or the site (an organisation, a business, the website), by name or
# by ending (`MedicalClinic`, `SportsOrganization`, `LocalBusiness`, `GovernmentOrganization`).
_SITE_OWNER_TYPES = frozenset(
    "website organization corporation ngo localbusiness physician dentist hospital pharmacy restaurant store"
    " hotel school library museum attorney notary".split()
)
_SITE_OWNER_ENDINGS = ("organization", "business", "clinic", "club", "service", "store", "office")
_JSONLD_NODES_READ = 200


def _jsonld_site_names(scan: PageScan) -> set[tuple[str, ...]]:
    """The words of the names the page's JSON-LD gives its website and its owner (see `_SITE_OWNER_TYPES`)."""
    return scan.remember(("jsonld site names",), lambda: _read_jsonld_site_names(scan))


def _read_jsonld_site_names(scan: PageScan) -> set[tuple[str, ...]]:
    names: set[tuple[str, ...]] = set()
    for text in scan.jsonld_texts[:MAX_JSONLD_SCRIPTS]:
        for node in flatten_nodes(parse_jsonld_text(text))[:_JSONLD_NODES_READ]:
            name = node.get("name")
            if isinstance(name, str) and _names_site_owner(node):
                names.add(tuple(tokens(name[:MAX_TITLE_CHARS])))
    return names


def _names_site_owner(node: dict) -> bool:
    value = node.get("@type")
    types = [v.lower() for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    return any(t in _SITE_OWNER_TYPES or t.endswith(_SITE_OWNER_ENDINGS) for t in types)


def _bag(text: str) -> list[tuple[Counter, int]]:
    """The text's words as the one bag `_agreement` scores a heading against."""
    words = tokens(text)
    return [(Counter(words), len(words))]


def _document_title_only(titles: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """When every title is the site's name, the <title> alone (when there is one): the page is then read as one
    whose only title is the <title>, so its own <h1> wins over the site's name (Wix, Jimdo and Squarespace news
    pages whose <title> and og:title are both the business's name)."""
    document = [(source, value) for source, value in titles if source == "title"]
    return document or titles


def _is_site_name(scan: PageScan, words: tuple[str, ...], named: set[tuple[str, ...]]) -> bool:
    """The words are a known site name or the text of the page's link to its home page."""
    return words in named or (len(words) <= MAX_SITE_NAME_WORDS and words in _home_link_texts(scan))


# --- a <title> that is only the site's name (#10 web-kinds-12) ----------------------------------------------
# Small sites' templates write the site's name, alone or with its town and a tagline or the section, as every
# page's <title> or og:title (`Lichtspur Filmproduktion Erfurt | Imagefilm, Werbefilm, Dokumentation`, `Stadt
# Döbeln: Bürgerservice`): hand-written PHP sites, TYPO3 and Contao with the site title for every page, Joomla's
# `Site Name` setting, Jimdo and Wix defaults. The page's one own <h1> is its headline then, however short
# (`Über uns`, `Personalausweis beantragen`); a one-word <h1> (a section's `Aktuelles`) only when a menu's or
# breadcrumb's link marks it as the current page.
_LOGO_TOKEN = re.compile(r"(?i)logo|brand")
LOGO_LEVELS = 3  # `div#logo > a > img`, `a.header__logo > img`, `a.navbar-brand > img`
MIN_SITE_NAME_CHARS = 4  # a host's `de`, `co`, `www` name nothing
MAX_SITE_NAME_EXTRA_WORDS = 1  # the town after the name: `Lichtspur Filmproduktion Erfurt`
MAX_SITE_TITLE_SEGMENTS = 3
_CURRENT_TOKENS = frozenset(
    "active current current-menu-item current_page_item current-page-item selected is-active is-current".split()
)


def _logo_names(scan: PageScan) -> set[tuple[str, ...]]:
    """The words of the site's name as its logo's alt text gives it (the alt's first segment: `Stadt Döbeln –
    Startseite`), for logo images among the page's first links (`#logo`, `.site-logo`, `.custom-logo-link`,
    `.navbar-brand`, `.header__logo`)."""
    return scan.remember(("logo names",), lambda: _read_logo_names(scan))


def _read_logo_names(scan: PageScan) -> set[tuple[str, ...]]:
    names: set[tuple[str, ...]] = set()
    for link in scan.links[:MAX_HOME_LINKS]:
        image = _first_image(link)
        if image is None or not image.get("alt") or not _marked_as_logo(image):
            continue
        alt = single_line(attr_text(image, "alt")[:MAX_TITLE_CHARS])
        first = next((seg for seg in _SEPARATOR.split(alt) if seg.strip()), "")
        words = tuple(tokens(first))
        if words and len(words) <= MAX_SITE_NAME_WORDS and len("".join(words)) >= MIN_SITE_NAME_CHARS:
            names.add(words)
    return names


LOGO_LINK_NODES = 12  # a logo link holds an image and a name; a hostile link wrapping the page is not walked


def _first_image(link: Tag) -> Tag | None:
    for count, node in enumerate(link.descendants):
        if count >= LOGO_LINK_NODES:
            break
        if isinstance(node, Tag) and node.name == "img":
            return node
    return None


def _marked_as_logo(image: Tag) -> bool:
    node: Tag | None = image
    for _ in range(LOGO_LEVELS + 1):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if _LOGO_TOKEN.search(f"{attr_text(node, 'class')} {attr_text(node, 'id')}"):
            return True
        node = node.parent
    return False


def _own_h1_under_site_titles(
    scan: PageScan,
    best: Element | None,
    titles: list[tuple[str, str]],
    site_names: list[str],
    title_bags: list[tuple[Counter, int]],
) -> Headline | None:
    """The page's one own <h1> when every metadata title only names the site (see `_site_name_title`); `best`
    is the heading agreeing with the titles at least half, if any."""
    if not _titles_name_the_site(scan, best, titles, site_names):
        return None
    only = _only_own_h1(scan) or _main_heading_without_h1(scan)
    return only if only is not None and _agreement(only.text, title_bags) < PARTIAL_AGREEMENT else None


def _main_heading_without_h1(scan: PageScan) -> Headline | None:
    """On a page with no <h1> of its own (an <h1> naming the site, or one in the navigation, a side column or the
    footer, aside; a logo's <h1> in a plain `div#header` still counts as the page's own) whose metadata titles only
    name the site: the dated <h2>/<h3> that opens the main column, alone of its shape — table-era and
    hand-written PHP news CMSs (`<div class="judul"><h2>` over `Rabu 28 Jan 2026 - 09.15 WIT`), Joomla 1.5/2.5
    templates' `<h2 class="contentheading">`, old WordPress themes' `<h2 class="entry-title">` on single posts,
    Blogger's `<h3 class="post-title">`. A side box's or widget's heading (`Terpopuler`, `Berita Terkini`)
    opens no main column and holds no story; two dated headings of one shape are a list's teasers."""
    if _has_own_h1(scan):
        return None
    shown = _first_dated_display_line(scan, in_title_boxes=True)
    if shown is None or shown.element is None or shown.element.tag.name not in ("h2", "h3"):
        return None
    heading = shown.element.tag
    if not _opens_main_column(heading) or _heading_follows(heading) or _lists_posts(heading):
        return None
    return shown


def _has_own_h1(scan: PageScan) -> bool:
    """The page has an <h1> that is not the site's name and sits outside its navigation, side columns and
    footer. An <h1> in a <header> counts (review): WordPress themes' `header.entry-header.page-header` and
    magazine themes' hero (`<header><div class="article-hero"><h1>`) put the article's own <h1> above <main>,
    whose first dated <h2> is then a section's or an update's."""
    return any(
        element.tag.name == "h1"
        and not is_site_name_heading(element.tag)
        and not _in_page_furniture(element.tag, banner_is_furniture=False)
        for element in scan.headings[:MAX_H1_LOOKED_AT]
    )


# Body classes of list pages (review): WordPress's `archive`, `category`, `tag`, `search`, `blog` (the posts
# page), Joomla's `view-category`/`view-featured`, Drupal's `page-taxonomy`: a category page whose one teaser
# is dated and unlinked has no headline of its own.
_LIST_PAGE_CLASSES = frozenset(
    {"archive", "category", "tag", "search", "search-results", "blog", "view-category", "view-featured"}
)
_LIST_PAGE_PREFIXES = ("page-taxonomy", "taxonomy-term")


def _lists_posts(heading: Tag) -> bool:
    """The page's <body> is classed as a list of posts (an archive, a category, a search, the blog page)."""
    body = heading.find_parent("body")
    if body is None or not body.attrs:
        return False
    classes = attr_text(body, "class").lower().split()
    return any(token in _LIST_PAGE_CLASSES or token.startswith(_LIST_PAGE_PREFIXES) for token in classes)


MAX_SIBLINGS_TO_NEXT_HEADING = 3
_NEXT_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})


def _heading_follows(heading: Tag) -> bool:
    """Another heading comes within the next few elements after the heading (or its title box): the heading
    is a kicker or a section's name over the headline (a Joomla club page's `<h2 class="kicker">` and its date
    over `<h3 class="contentheading">`, Blogger's `<h2 class="date-header">` over `<h3 class="post-title">`),
    not the headline (review)."""
    box = heading.parent
    start = box if box is not None and _heading_in_title_box(box) is heading else heading
    seen = 0
    for sibling in start.next_siblings:
        if not isinstance(sibling, Tag):
            continue
        first = next(iter(sibling.find_all(True, recursive=False, limit=1)), None)
        if sibling.name in _NEXT_HEADINGS or (first is not None and first.name in _NEXT_HEADINGS):
            return True
        seen += 1
        if seen >= MAX_SIBLINGS_TO_NEXT_HEADING or _holds_story_text(sibling):
            break  # the story has begun: a heading after it is a section's or the comments'
    return False


STORY_TEXT_CHARS = 160  # more than a date line, a byline or a photo caption says


def _holds_story_text(box: Tag) -> bool:
    """The box says more than a date line or a caption (its first strings read, no more)."""
    total = 0
    for string in islice(box.strings, MAX_STRINGS_READ_FOR_STORY):
        total += len(string.strip())
        if total >= STORY_TEXT_CHARS:
            return True
    return False


MAX_STRINGS_READ_FOR_STORY = 40


def _titles_name_the_site(
    scan: PageScan, best: Element | None, titles: list[tuple[str, str]], site_names: list[str]
) -> bool:
    """Every metadata title is the site's name (with its town, tagline or section: `_site_name_title`), and no
    <h1> agrees with them even half (a sub-heading may: the section's name over a side menu, `Bürgerservice`)."""
    if not titles or (best is not None and best.tag.name == "h1"):
        return False
    return all(_site_name_title(scan, value, site_names) for _, value in titles)


def _site_name_title(scan: PageScan, title: str, site_names: list[str]) -> bool:
    """The title's first segment is the site's name (known, its logo's, its home link's, its JSON-LD website's
    or organisation's), perhaps with its town, and the rest at most two segments of tagline or section."""
    segments = [
        words for words in (tuple(tokens(seg)) for seg in _SEPARATOR.split(title[:MAX_TITLE_CHARS])) if words
    ]
    if not segments or len(segments) > MAX_SITE_TITLE_SEGMENTS:
        return False
    names = {tuple(tokens(name)) for name in site_names}
    names |= _home_link_texts(scan) | _logo_names(scan) | _jsonld_site_names(scan)
    names = {name for name in names if len("".join(name)) >= MIN_SITE_NAME_CHARS}
    # The site's name first: `Headline | Site` is the common shape of an article's or an exhibition's <title>
    # (`Fils d'Orient | Musée des Tisserands`), its first part the page's own short title.
    if not _name_with_town(segments[0], names):
        return False
    # `Site | Flood scheme: 300 homes to be protected`, `Site : Vendée Globe, le départ décalé`: a news site's
    # SEO headline after its name (regional papers' WordPress and Drupal themes, French `Site : titre` titles)
    # is the page's title, and a lone <h1> (a section heading, a banner slogan) is no headline beside it.
    raw = [seg for seg in _SEPARATOR.split(title[:MAX_TITLE_CHARS]) if tokens(seg)]
    return not any(_reads_as_headline(seg) for seg in raw[1:])


MIN_HEADLINE_WORDS = 4
MAX_TAGLINE_ITEM_WORDS = 2
# A tagline's list of services or subjects: `Imagefilm, Werbefilm, Dokumentation`, `Web & Print`, `Strom, Gas und
# Wasser`, `Cafés · Bars · Clubs`: short items between commas, slashes, bullets and `and` words.
_TAGLINE_ITEM_SEPARATOR = re.compile(
    r"\s*[,;/&·•+]\s*|\s+(?:und|and|et|y|e|i|en|dan|oraz|or|oder|ou|o)\s+", re.I
)


def _reads_as_headline(segment: str) -> bool:
    """Several words that are no tagline list: a headline's phrase, not `Bürgerservice` or `Imagefilm,
    Werbefilm, Dokumentation`."""
    if len(tokens(segment)) < MIN_HEADLINE_WORDS:
        return False
    items = [item for item in _TAGLINE_ITEM_SEPARATOR.split(segment) if item.strip()]
    return not all(len(tokens(item)) <= MAX_TAGLINE_ITEM_WORDS for item in items)


def _name_with_town(words: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """The words are a site name, or one and a word more (its town)."""
    for name in names:
        extra = len(words) - len(name)
        if 0 <= extra <= MAX_SITE_NAME_EXTRA_WORDS and words[: len(name)] == name:
            return True
    return False


def _only_own_h1(scan: PageScan) -> Headline | None:
    """The page's one own <h1> (not the site's name, no link home, not in the page's furniture); None when it
    has several, or its one <h1> is a single word the navigation does not mark as the current page."""
    found: list[tuple[Element, str]] = []
    for element in scan.headings[:MAX_H1_LOOKED_AT]:
        if element.tag.name != "h1" or is_site_name_heading(element.tag):
            continue
        text = _headline_sized_text(scan, element.tag)
        if not text or _in_page_furniture(element.tag) or _links_home(element.tag, text):
            continue
        found.append((element, text))
        if len(found) > 1:
            return None
    if not found:
        return None
    element, text = found[0]
    if len(tokens(text)) < 2 and not _marked_current(scan, text, element.tag):
        return None
    return Headline(text, "visible:h1", element)


def _marked_current(scan: PageScan, text: str, heading: Tag) -> bool:
    """A menu's or breadcrumb's link says the text and is marked as the current page (`class=active`,
    `current-menu-item`, `aria-current=page`, on the link or its `<li>`)."""
    wanted = tokens(text)
    for link in scan.links[:MAX_LINKS_READ_FOR_SECTION]:
        if tokens(link.get_text(" ")[:80]) != wanted or is_inside(link, heading):
            continue
        for node in (link, link.parent):
            if isinstance(node, Tag) and (
                attr_text(node, "aria-current").lower() == "page"
                or not _CURRENT_TOKENS.isdisjoint(attr_text(node, "class").lower().split())
            ):
                return True
    return False


def _is_site_name_and_place(scan: PageScan, value: str, named: set[tuple[str, ...]]) -> bool:
    """The title is the site's name and then one word more as its own segment (`Musée des Tisserands - Lyon`,
    `Stadtbibliothek | Home`, `Teatro Nuovo – Torino`): museum, venue and library sites, Drupal metatag's and
    Joomla's site-wide defaults, name the house and its town. One word only: a one-word segment after a site
    name is not a headline, two words may be (`Fils d'Orient | Musée des Tisserands`). Never the other way
    round: a one-word headline before the site's name is the page's (`Bauhaus | Kunsthalle Bremen`)."""
    segments = [s for s in _SEPARATOR.split(single_line(value[:MAX_TITLE_CHARS])) if s.strip()]
    if len(segments) != 2:
        return False
    name, rest = (tuple(tokens(segment)) for segment in segments)
    # The site's name comes first, the place after it: `Word | Site name` is a one-word headline with the
    # site's name after it (`Bauhaus | Kunsthalle Bremen`, `Tosca – Teatro Regio`), the common title shape.
    return len(rest) == 1 and len(name) >= 2 and _is_site_name(scan, name, named)


def _home_link_texts(scan: PageScan) -> set[tuple[str, ...]]:
    """The words of the page's first links to its home page (its logo and name), once per page."""
    return scan.remember(("home link texts",), lambda: _read_home_link_texts(scan))


def _read_home_link_texts(scan: PageScan) -> set[tuple[str, ...]]:
    texts: set[tuple[str, ...]] = set()
    page = _page_url(scan)
    for link in scan.links[:MAX_HOME_LINKS]:
        href = _home_candidate(attr_text(link, "href"), page)
        if href is not None and is_home_href(href) and text_shorter_than(link, 120):
            words = tuple(tokens(element_text(link))) or _logo_alt_words(link)
            if words:
                texts.add(words)
    return texts


def _logo_alt_words(link: Tag) -> tuple[str, ...]:
    """The words of the image alt text of a home link with no text: the logo's alt is the site's name
    (Blogger's Header widget `<a href=/><img alt='Blog name'>`, WordPress' custom-logo-link, Drupal's
    site-logo, Jimdo's and Wix's logo links)."""
    image = link.find("img", alt=True)
    if not isinstance(image, Tag):
        return ()
    return tuple(tokens(attr_text(image, "alt")[:MAX_TITLE_CHARS]))


def _page_url(scan: PageScan) -> str | None:
    """The page's own address as the page states it (`<base href>`, `<link rel=canonical>`, og:url)."""
    og = scan.meta.get("og:url")
    for url in (scan.base_href, scan.canonical, og[0] if og else None):
        if url and "://" in url:
            return url.strip()
    return None


def _home_candidate(href: str, page: str | None) -> str | None:
    """The link's target when it may be a home page's: a same-page link (empty, `#top`, `?page=2`, a
    breadcrumb's current crumb) is none, and a relative one (`index.html`, `./`) is resolved against the page's
    address, and is none when the page states no address (`index.html` from `/news/story` is the section's
    index, not the home page)."""
    href = href.strip()
    if not href or href.startswith(("#", "?")) or not _short_path(href):
        return None
    if href.startswith("/") or "://" in href:
        return href
    if page is None:
        return None
    try:
        return urljoin(page, href)
    except ValueError:
        return None


def _short_path(href: str) -> bool:
    """The link's path (after any scheme and host) is short enough to be a home page's: a cheap test before
    parsing it. An archived copy's link (`web.archive.org/web/2019…/https://site.example/`) is parsed."""
    rest = href.strip()
    if "web.archive.org" in rest:
        return True
    if "://" in rest:
        rest = rest.split("://", 1)[1].partition("/")[2]
    return len(rest.strip("/")) <= _HOME_PATH_CHARS


# -- a page with no headline element: the display line with the date line under it -------------------------------

# The page's first date lines looked at (the article's sits near the top of its text).
MAX_DATE_LINES_READ = 40
MAX_SIBLINGS_BACK = 6  # <br>s and whitespace skipped between a display line and the date line under it
_DISPLAY_HEADINGS = frozenset({"h2", "h3"})
# Characters of text the display line's box holds with it: a story, not a calendar entry.
MIN_STORY_CHARS = 300
# A comment thread, or a shop's reviews and testimonials (`product-reviews`, `ulasan`; not a `post-preview`).
_COMMENTS = re.compile(r"comment|reply|replies|respon|komentar|kommentar|(?<!p)review|ulasan|testimoni", re.I)


def _in_comments(tag: Tag) -> bool:
    """The element sits in a comment thread (an ancestor's id or class says so: `comments`, `comment-list`,
    `reply`, `responses`, `komentar`, `kommentare`): a commenter's `Name schreibt:` line over its date."""
    for depth, parent in enumerate(tag.parents):
        if depth >= MAX_FURNITURE_LEVELS or parent.name in ("body", "html"):
            return False
        if parent.attrs and _COMMENTS.search(f"{attr_text(parent, 'id')} {attr_text(parent, 'class')}"):
            return True
    return False


_LINE_BREAKS = frozenset({"br", "wbr"})
MIN_DISPLAY_FONT_SIZE = 4  # <font size="4"> and up (3 is the text's default size), or any `+N`


# Words of a <title> that is the site's generic one (`Heimatverein - Aktuelles`, `Berita | Portal Resmi`): a
# longer one reads like the headline (an SEO wording of it) and no dated display line replaces it.
MAX_GENERIC_TITLE_WORDS = 5


def _is_generic(title: str) -> bool:
    return len(tokens(title)) <= MAX_GENERIC_TITLE_WORDS


def _first_dated_display_line(scan: PageScan, in_title_boxes: bool = False) -> Headline | None:
    """On a page with no <h1> of its own under a generic <title>: the first display line with a date line right
    under it — a `<font size="4"><b>` line of FrontPage/Dreamweaver table layouts (club, parish and
    local-history sites: `geschrieben am 3.3.2026 um 19:45 Uhr von …`), an <h2>/<h3>/<h4> of Bootstrap-era
    council portals (`<h3 class="judul-berita">` over `Diposting oleh: admin | 27 Jan 2026 - 15:28`). A line
    that links to another page (an archive's teaser), sits in the page's furniture or says fewer than three
    words is none, and so is one in a comment or a shop's reviews, one whose box holds no story's length of text
    (a side column's next event under a big line) or the page's menu (a greeting bar with today's date), and one
    whose shape another such line repeats: a list's entry (a portal's news list with `Selengkapnya`
    buttons, a club's yearly archive page, a shop's reviews), not the article's headline."""
    # Shapes are counted among the lines that could be the headline: a side column's dated line or a linked
    # teaser sharing the headline's markup is no list the headline belongs to (a list's teasers are cut to
    # one length: all its entries hold a story's length of text, or none does).
    lines = {id(display): display for display in _dated_display_lines(scan, in_title_boxes)}.values()
    eligible = [display for display in lines if _in_the_text(display) and _may_be_headline(scan, display)]
    shapes = Counter(_display_shape(display) for display in eligible)
    for display in eligible:
        if shapes[_display_shape(display)] == 1:
            index = scan.index_of.get(id(display))
            return Headline(
                element_text(display), f"visible:{display.name}", Element(display, index) if index else None
            )
    return None


def _in_the_text(display: Tag) -> bool:
    """The dated display line sits in the page's own text: not in its furniture or a comment thread, and not
    a linked teaser."""
    return not (
        _in_page_furniture(display) or _in_comments(display) or _is_story_link(display, element_text(display))
    )


def _may_be_headline(scan: PageScan, display: Tag) -> bool:
    """The dated display line (in the page's text, its shape not repeated) reads like a headline: three words
    or more, no more than 400 characters, not the site's name, in a story's box."""
    text = element_text(display)
    return not (
        len(tokens(text)) < MIN_SHOWN_WORDS
        or len(text) > 400
        or is_site_name_heading(display)
        or not _holds_a_story(scan, display)
    )


def _dated_display_lines(scan: PageScan, in_title_boxes: bool) -> list[Tag]:
    """The display lines right before the page's first date lines, in document order (with `in_title_boxes`,
    also the heading a title box right before the date line holds)."""
    displays = (
        _display_line_before(line.tag, in_title_boxes) for line in scan.date_lines[:MAX_DATE_LINES_READ]
    )
    return [display for display in displays if display is not None]


def _display_shape(display: Tag) -> tuple[tuple[str, str, str, str], ...]:
    """The line's markup without its words: its tag, class, font size and face, and its first two elements'."""
    return tuple(
        (tag.name, attr_text(tag, "class"), attr_text(tag, "size"), attr_text(tag, "face"))
        for tag in (display, *display.find_all(True, limit=2))
    )


def _holds_a_story(scan: PageScan, display: Tag) -> bool:
    """The display line's box holds a story's length of text that is no link's (a `Latest news` widget's box
    holds a list of linked teasers) and not the page's first link (the site's menu: the box is the page, a
    greeting bar's `Selamat datang` over today's date), asked once per box: many dated lines share it."""
    box = display.parent
    if box is not None and _heading_in_title_box(box) is display:
        box = box.parent  # the title box's own box holds the text beside it
    if box is None:
        return False
    return bool(scan.remember(("story box", id(box)), lambda: _is_story_box(scan, box)))


def _is_story_box(scan: PageScan, box: Tag) -> bool:
    if id(box) in scan.remember(("first link boxes",), lambda: _first_link_boxes(scan)):
        return False
    return _unlinked_text_longer_than(box, MIN_STORY_CHARS)


def _first_link_boxes(scan: PageScan) -> frozenset[int]:
    """The ids of the elements around the page's first link (its menu's), read once per page."""
    return frozenset(id(parent) for parent in scan.links[0].parents) if scan.links else frozenset()


_UNREAD = frozenset({"a", "script", "style", "noscript", "template", "svg", "iframe", "select", "button"})
# Nodes read in one box: a box this big before a story's length of unlinked text holds lists, not a story
# (and 40 nested boxes are not each walked whole).
MAX_BOX_NODES = 2000


def _unlinked_text_longer_than(box: Tag, limit: int) -> bool:
    """The box's text outside links (and scripts, forms' lists) is longer than `limit` characters, whitespace
    not counted: strings counted from children lists on a stack, stopping once past `limit` — or, as no story,
    after MAX_BOX_NODES nodes."""
    total = 0
    stack = [iter(box.contents)]
    for _ in range(MAX_BOX_NODES):
        if not stack:
            return False
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
        elif isinstance(node, Tag):
            if node.name not in _UNREAD:
                stack.append(iter(node.contents))
        elif type(node) is NavigableString:
            total += sum(map(len, node.split()))
            if total > limit:
                return True
    return False


def _display_line_before(date_line: Tag, in_title_boxes: bool = False) -> Tag | None:
    """The display line right before a date line (only line breaks and whitespace between them), looked for
    beside the date line and beside its parent when the date line opens its parent (`<div class="meta"><span>`)."""
    node: Tag | None = date_line
    for _ in range(2):
        if node is None:
            return None
        before = _previous_element(node)
        if before is not None:
            if in_title_boxes:
                before = _heading_in_title_box(before) or before
            return before if text_shorter_than(before, 400) and _is_display_line(before) else None
        node = node.parent
    return None


def _heading_in_title_box(box: Tag) -> Tag | None:
    """The display heading a title box holds and nothing else: Bootstrap-era government portals' `<div
    class="judul-berita"><h3>`, Joomla's `<div class="page-header"><h2>`, WordPress themes' `<div
    class="entry-title-wrap"><h2>`, school sites' `<div class="title"><h3>` over the date row."""
    if box.name != "div":
        return None
    inner = _only_child_element(box)
    return inner if inner is not None and inner.name in _DISPLAY_HEADINGS else None


def _only_child_element(box: Tag) -> Tag | None:
    """The box's one child element when nothing else (no text, no other element) sits beside it."""
    found: Tag | None = None
    for child in box.contents[:MAX_SIBLINGS_BACK]:
        if isinstance(child, Tag):
            if _is_empty_element(child):
                continue  # a theme's `<span class="clearfix"></span>` beside the heading
            if found is not None:
                return None
            found = child
        elif type(child) is NavigableString and str(child).strip():
            return None
    return found if len(box.contents) <= MAX_SIBLINGS_BACK else None


_MEDIA = frozenset({"img", "picture", "video", "audio", "iframe", "svg", "object", "embed", "canvas"})


def _is_empty_element(tag: Tag) -> bool:
    """An element that shows nothing: no text, no element inside, no media (a clearfix or spacer)."""
    return tag.name not in _MEDIA and not any(isinstance(c, Tag) or str(c).strip() for c in tag.contents[:4])


def _previous_element(node: Tag) -> Tag | None:
    """The element before `node` among its siblings, line breaks and whitespace skipped; None when text or
    nothing stands before it."""
    sibling = node.previous_sibling
    for _ in range(MAX_SIBLINGS_BACK):
        if sibling is None:
            return None
        if isinstance(sibling, Tag):
            if sibling.name not in _LINE_BREAKS:
                return sibling
        elif str(sibling).strip():
            return None
        sibling = sibling.previous_sibling
    return None


def _is_display_line(tag: Tag) -> bool:
    """A heading element below <h1>, or a line set in a large font (`<font size="4">`, `<b><font size=+1>`)."""
    if tag.name in _DISPLAY_HEADINGS:
        return True
    # `<b><font size=4>…`, `<font size=4><b>…`: the size on the line or on the element it wraps.
    for _ in range(3):
        if tag.name == "font" and _large_font_size(attr_text(tag, "size")):
            return True
        children = [c for c in tag.contents[:3] if isinstance(c, Tag) or str(c).strip()]
        if len(children) != 1 or not isinstance(children[0], Tag) or tag.name not in ("font", "b", "strong"):
            return False
        tag = children[0]
    return False


_FONT_SIZE = re.compile(r"\s*(\+?)([0-9]{1,2})\s*")  # ASCII digits only: `²`, `٤`, a 5000-digit size are none


def _large_font_size(size: str) -> bool:
    found = _FONT_SIZE.fullmatch(size)
    if found is None:
        return False
    return int(found[2]) >= (1 if found[1] else MIN_DISPLAY_FONT_SIZE)
