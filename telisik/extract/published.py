"""Deciding an article's publication and modification times from machine-readable and visible dates.

Candidates, in order of trust: the JSON-LD article node's datePublished, `article:published_time` and the
other publication meta tags (`content_PublishedDate`, `dtk:publishdate`, `pubdate`, Dublin Core, parsely,
sailthru ...), microdata `datePublished`, the `<time datetime>` near the headline, a JSON-LD WebPage node.
The visible date line near the headline (`telisik.extract.credits.find_date_line`) arbitrates: when it shows
a full date and time, the first machine value on the same minute wins (it carries the seconds); when none
agrees, the visible time wins (templates keep stale or creation times in meta). A visible bare date accepts
a machine time within a day of it. Relative visible dates ('2 jam yang lalu') are used only when nothing
machine-readable exists. Anything later than the fetch time + 1 day is rejected. Modified times come from
dateModified-style sources only, never from the publication candidates.

A visible time shown without zone (`16:24`, most European sites) is wall-clock time: a zoned machine value
on the same wall clock wins; else one that differs by whole quarter hours within ±14 h is the same instant
and the difference is the zone the page shows (a 12-hour time without am/pm is read both ways). When nothing
near the headline gives a date: the day in the article URL, a `<time>`/datePublished/date-classed or labelled
(`Datum:`) line anywhere outside sidebars and teaser lists (not today's date in the site's top bar), then the
first short dated line after the headline (not a picture's caption). A date line labelled as the last change
(`aktualizacja:`, `Atualizado em`) yields to the page's stated publication (JSON-LD datePublished, Open Graph
article:published_time), else to its bare, weekday-led or publication-labelled neighbour in the same stamp row.

Zones (#10 class 8, `telisik.extract.sitezone`): a zoneless time is the outlet's local time, the offset another
stamp of the page states or its country's zone; an Indonesian page is in WIB unless its metadata states WITA or
WIT. A UTC label on a local wall clock is false when another stamp states the same wall clock with the site's
offset, or (Indonesian pages) when the page shows that wall clock without zone. A header time that is the
page's dateModified, with datePublished clearly earlier, is the last update: datePublished wins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from itertools import islice
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

from telisik.article import Article
from telisik.extract.credits import (
    AUTHOR_PATH,
    DateLine,
    find_date_line,
    headline_tag,
    in_excluded_area,
    in_teaser_card,
    in_teaser_item,
)
from telisik.extract.dates import MONTHS, WEEKDAY_NAMES, WIB, WIT, WITA, ParsedDate, parse_date, search_date
from telisik.extract.headline import is_home_href
from telisik.extract.jsonld import (
    ARTICLE_TYPES,
    MAX_JSONLD_CHARS,
    JsonLdArticle,
    flatten_nodes,
    parse_jsonld_text,
)
from telisik.extract.kinds import jsonld_types
from telisik.extract.metadata import (
    Element,
    PageScan,
    attr_text,
    attr_words,
    class_id,
    element_text,
    text_shorter_than,
)
from telisik.extract.siterules import rule_elements
from telisik.extract.sitezone import (
    board_zone,
    convention_zone,
    day_zone,
    declared_zone,
    domain_zone,
    fixed,
    in_zone,
    keeps_convention,
    offset_at,
    server_zone,
    us_dateline,
    zone_from_offsets,
)
from telisik.times import parse_iso

PUBLISHED_META = (
    "article:published_time",
    "article:published:time",  # the Open Graph name with its underscore turned into a colon (Purple DS sites)
    "article_published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "article.published",
    "datepublished",
    "content_publisheddate",
    "dtk:publishdate",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
    # Publication names collected by htmldate from many sites (its DATE_ATTRIBUTES), the loose ones
    # (`timestamp`, `meta`, `gentime`, `release_date`) left out: scholarly pages (`citation_publication_date`:
    # Highwire/Google Scholar tags on journals and repositories), Drupal and custom CMSs (`article:post_date`,
    # `published_date`, `publication_date`, `date_published`, `displaydate`), Open Graph spellings.
    "citation_publication_date",
    "citation_date",
    "article:published",
    "article:published_date",
    "article:post_date",
    "article:publicationdate",
    "og:article:published",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "published_date",
    "published-date",
    "publisheddate",
    "publication_date",
    "date_published",
    "dateposted",
    "displaydate",
    "originalpublicationdate",
    "article_date_original",
    "publish_time",
    "dc.date.publication",
    "dc.created",
    "dc:created",
    "dc:date",
    "date_created",
    "rnews:datepublished",
    "shareaholic:article_published_time",
    # More of htmldate's publication names, each right on the suites' pages that carry it: the New York
    # Times' compact `pdate`/`ptime` (nytimes.com, a US news page of the ScrapingHub set), Mediator's
    # `mediator_published_time` (Correio 24 Horas), Webtrends' `dcsext.articlefirstpublished`, Adobe's
    # `analyticsattributes.articleDate`, `article.created`. Left out: the generation stamps (`gentime`,
    # `timestamp`), `created`/`release_date`, and cXense's `cXenseParse:recs:publishtime`, right on the day
    # but written as the local wall clock with a false `Z` on Latin American sites (Prensa Libre, Gazeta do
    # Povo): agreeing with the shown time, it would move the instant by the site's offset.
    "mediator_published_time",
    "dcsext.articlefirstpublished",
    "analyticsattributes.articledate",
    "article.created",
    "content_create_date",
    "bt:pubdate",
    "rbpubdate",
    "twt-published-at",
    "vr:published_time",
    "og:question:published_time",
    "pdate",
    "ptime",
    "date",
)
MODIFIED_META = (
    "article:modified_time",
    "article:modified:time",
    "article_modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "lastmod",
)
FUTURE_TOLERANCE = timedelta(days=1)


@dataclass
class DateCandidate:
    source: str
    parsed: ParsedDate


def _machine_dates(
    soup: BeautifulSoup,
    scan: PageScan,
    jsonld: JsonLdArticle,
    anchor: int | None,
    now: datetime | None,
    default_tz: tzinfo,
) -> list[DateCandidate]:
    """Machine-readable publication dates in order of trust."""
    raw: list[tuple[str, str | None]] = []
    utc_stamp = False
    if not jsonld.is_weak:
        raw.append(("jsonld:datePublished", jsonld.date_published))
    headline = headline_tag(scan, anchor)
    raw.extend(_published_metas(scan, headline))
    for element in scan.itemprops.get("datepublished", ())[:2]:
        tag = element.tag
        if tag.name == "meta" or (
            in_excluded_area(tag, headline=headline) and not _hatom_post_stamp(tag, headline)
        ):
            continue
        found = _machine_value(tag)
        raw.append(("microdata:datePublished", found if isinstance(found, str) else None))
    coverage = _live_coverage_start(scan, jsonld, raw)
    if coverage:
        raw.append(("jsonld:coverageStartTime", coverage))
    schedule_stamps = 0
    for element in scan.times:
        if element.tag.name != "time" or not element.tag.get("datetime"):
            continue
        if anchor is not None and abs(element.index - anchor) > 200:
            continue
        if in_excluded_area(element.tag, headline=headline) or _is_update_stamp(element.tag):
            continue
        if _listing_of(element.tag, headline, scan, anchor) is not None:
            continue  # a comment's or another story's stamp
        if _in_event_schedule(element.tag):
            schedule_stamps += 1
            if schedule_stamps >= MAX_SCHEDULE_STAMPS_SKIPPED:
                break  # a programme's list of start times (100k of them on a hostile page): no post stamp follows
            continue  # an event's start
        stamp = element.tag.get("datetime")
        raw.append(("time:datetime", stamp if isinstance(stamp, str) else None))
        utc_stamp = (
            isinstance(stamp, str) and _writes_utc_stamps(scan) and not _shows_wall_clock(element.tag, stamp)
        )
        break
    if jsonld.is_weak:
        raw.append(("jsonld:datePublished", jsonld.date_published))
    if not jsonld.date_published and not coverage:
        posted = scan.remember(("posting-date",), lambda: _posting_date(scan, headline))
        raw.append(("jsonld:datePosted", posted))
    return _parsed_candidates(raw, utc_stamp, now, default_tz)


def _live_coverage_start(
    scan: PageScan, jsonld: JsonLdArticle, raw: list[tuple[str, str | None]]
) -> str | None:
    """A live blog's `coverageStartTime` (Google live-blog markup, Automattic Liveblog, Mediahuis/DPG live
    pages) as its publication date ONLY when the page states no other: no `datePublished` in any JSON-LD
    node, no publication meta (`article:published_time`, `date`, ...), no microdata `datePublished` in the
    page. A coverage window may open after the story was first published (a report turned live blog), so a
    start later than the page's `dateModified` is no publication date either."""
    if not jsonld.coverage_start or jsonld.date_published or any(value for _, value in raw):
        return None
    if scan.itemprops.get("datepublished"):
        return None
    start = parse_iso(jsonld.coverage_start.strip())
    modified = parse_iso(jsonld.date_modified.strip() if jsonld.date_modified else None)
    if start is None:
        return None
    if modified is not None and (start.tzinfo is None) == (modified.tzinfo is None) and start > modified:
        return None
    return jsonld.coverage_start


def _published_metas(scan: PageScan, headline: Tag | None) -> list[tuple[str, str | None]]:
    """The first value of each publication meta, the microdata `datePublished` read from the headline's item."""
    found: list[tuple[str, str | None]] = []
    for key in PUBLISHED_META:
        for meta_value in scan.meta.get(key, ())[:1]:
            if key == "datepublished":
                meta_value = _own_item_date(scan, headline) or meta_value
            found.append((f"meta:{key}", meta_value))
    return found


MAX_ITEM_LEVELS = 10  # levels up from a date to its item (TYPO3's `article > div.footer > p > span > time`)


def _own_item_date(scan: PageScan, headline: Tag | None) -> str | None:
    """The datePublished of the microdata item holding the headline, when the page's first datePublished is
    another item's: TYPO3 tx_news's `news-single` beside a `news-list-view` of other news (both schema.org
    Article items of the same markup, the list first in the source when its column is pulled left), Joomla's
    article beside a category module's items, Drupal views blocks and WordPress magazine themes' related-post
    items (`itemprop=datePublished` on each). Only a date inside the headline's own nearest item counts."""
    if headline is None:
        return None
    scope = _item_scope(headline)
    if scope is None:
        return None
    metas = scan.published_item_metas
    if len(metas) < 2 or _item_scope(metas[0]) is scope:
        return None
    for meta in metas[1:]:
        if _item_scope(meta) is scope:
            return _machine_value(meta)
    return None


def _item_scope(tag: Tag) -> Tag | None:
    """The nearest element around `tag` (itself included) opening a microdata item (`itemscope`), a few
    levels up; a Person or Organization item (an author's, a publisher's) is skipped: its item is the one
    around it."""
    node: Tag | None = tag
    for _ in range(MAX_ITEM_LEVELS + 1):
        if node is None or node.name in ("body", "html", "[document]"):
            return None
        if node.has_attr("itemscope") and not _skipped_item(node):
            return node
        node = node.parent
    return None


def _skipped_item(node: Tag) -> bool:
    """An item that is not the story's own: an author's, a publisher's, an image's, a place's, or the web page
    record around the headline (review: `<div itemprop="mainEntityOfPage" itemscope itemtype=…/WebPage>` with
    the page record's own old datePublished, as Yoast-era and hand-made microdata templates nest it: its type
    is a `…WebPage`). An Article item that is its page's main entity (`itemprop="mainEntityOfPage"`) is the
    story's own and is read."""
    return bool(_PARTY_ITEM.search(attr_text(node, "itemtype")))


_PARTY_ITEM = re.compile(
    r"(?i)schema\.org/(?:Person|Organization|ImageObject|Place|PostalAddress"
    r"|\w*WebPage|ItemPage|CollectionPage|AboutPage|ContactPage|ProfilePage|FAQPage|QAPage|SearchResultsPage"
    r"|CheckoutPage|WebSite|WPHeader|WPFooter|WPSideBar|SiteNavigationElement)\b"
)


# schema.org types whose `datePosted` is the page's publication: a job vacancy (the JobPosting markup Google
# for Jobs asks of every board: WP Job Manager, WP Job Openings, Jobsearch/JobBoard themes, Greenhouse and
# Lever hosted pages, Indonesian and German boards alike) and an official notice (SpecialAnnouncement,
# written by government and school sites since 2020). `validThrough` is the deadline, never read.
_POSTING_TYPES = frozenset({"jobposting", "specialannouncement"})
MAX_POSTING_NODES = 200
MAX_POSTING_SCRIPTS = 20


def _posting_date(scan: PageScan, headline: Tag | None) -> str | None:
    """The `datePosted` of the page's own JobPosting/SpecialAnnouncement node, when its JSON-LD has no article.

    Only a page about one posting counts: a careers archive lists many (none is the page's date), and a news
    story's sidebar jobs widget carries another page's vacancy. So the node must be the only posting and its
    `title`/`name` must be the page's headline or og:title (most of its words found there)."""
    values: list[Any] = []
    for text in scan.jsonld_texts[:MAX_POSTING_SCRIPTS]:
        values.extend(parse_jsonld_text(text))
    postings = [node for node in flatten_nodes(values)[:MAX_POSTING_NODES] if _is_posting(node)]
    if len(postings) != 1:
        return None
    node = postings[0]
    posted = node.get("datePosted")
    if not isinstance(posted, str) or not posted.strip():
        return None
    name = node.get("title") or node.get("name")
    if not isinstance(name, str) or not _names_page(name, scan, headline):
        return None
    return posted


def _is_posting(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    names = {k.lower() for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}
    return bool(names & _POSTING_TYPES)


MAX_POSTING_TITLE = 300


def _title_words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text[:MAX_POSTING_TITLE].lower()))


def _names_page(name: str, scan: PageScan, headline: Tag | None) -> bool:
    """Most (two thirds) of the posting's title words are in the page's headline, og:title or <title>: the
    vacancy `Product Designer` on the page `Product Designer (Remote, EU)`, not `Wartawan Daerah` in a story's
    jobs widget."""
    wanted = _title_words(name)
    if not wanted:
        return False
    shown: set[str] = set()
    for text in (*scan.meta.get("og:title", ())[:1], scan.title_text or ""):
        shown |= _title_words(text)
    if headline is not None:
        shown |= _title_words(element_text(headline))
    return 3 * len(wanted & shown) >= 2 * len(wanted)


def _parsed_candidates(
    raw: list[tuple[str, str | None]], utc_stamps: bool, now: datetime | None, default_tz: tzinfo
) -> list[DateCandidate]:
    """The raw values that parse as dates; a zoneless `<time datetime>` is UTC on a platform that writes it so."""
    candidates: list[DateCandidate] = []
    for source, value in raw:
        if isinstance(value, str) and value.strip():
            parsed = parse_date(value, now=now, default_tz=default_tz)
            if parsed is not None and utc_stamps and source == "time:datetime":
                parsed = _as_utc(parsed)
            if parsed is not None:
                candidates.append(DateCandidate(source, parsed))
    return candidates


# Platforms whose templates write the `<time datetime>` as a zoneless UTC wall clock, declared by their
# `<meta name="generator">`: HubSpot CMS (HubL prints a datetime object such as `content.publish_date` as
# `2026-02-03 13:32:00` in UTC; its boilerplate theme and the themes built on it put that in the blog post's
# `time.blog-post__timestamp`, and show the day localised beside it).
_UTC_STAMP_GENERATORS = re.compile(r"^\s*hubspot\b", re.I)


def _writes_utc_stamps(scan: PageScan) -> bool:
    return any(_UTC_STAMP_GENERATORS.match(g) for g in scan.meta.get("generator", [])[:2])


# The wall clock of a zoneless stamp: `2026-02-03 14:32`, `2026-02-03T14:32:00`.
_STAMP_CLOCK = re.compile(r"\d[T ](\d{2}):(\d{2})")
WALL_CLOCK_TEXT_CHARS = 300


def _shows_wall_clock(tag: Tag, stamp: str) -> bool:
    """The stamp's element (or its date line) shows the stamp's own wall clock (`om 14:32`, `14.32 Uhr`,
    `2:32 PM`): the theme wrote the stamp in the zone it shows, the portal's (HubSpot themes that format
    `publish_date` with the portal's zone), so it is local time, not UTC."""
    clock = _STAMP_CLOCK.search(stamp)
    if clock is None:
        return False
    hour, minute = int(clock.group(1)), clock.group(2)
    line = tag.parent if isinstance(tag.parent, Tag) else None
    if line is None or not text_shorter_than(line, WALL_CLOCK_TEXT_CHARS):
        line = tag  # the date line is the stamp's own element when its parent is a large container
    if not text_shorter_than(line, WALL_CLOCK_TEXT_CHARS):
        return False
    text = element_text(line)
    hour12 = hour % 12 or 12
    shown = re.compile(
        rf"(?<!\d)0?{hour}\s?[:.h]\s?{minute}(?!\d)|(?<!\d){hour12}[:.]{minute}\s?[ap]\.?m",
        re.I,
    )
    return shown.search(text) is not None


def _as_utc(parsed: ParsedDate) -> ParsedDate:
    """A zoneless time read as the UTC instant it is (the site's zone then shows it, as for any UTC stamp)."""
    if not parsed.has_time or parsed.has_zone:
        return parsed
    return replace(parsed, value=parsed.value.replace(tzinfo=timezone.utc), has_zone=True)


_UPDATE_ITEMPROPS = frozenset({"datemodified", "dateupdated"})


def _is_update_stamp(tag: Tag) -> bool:
    """A stamp the page itself marks as the last change: classed `modified`, or with microdata
    `itemprop="dateModified"`/`"dateUpdated"` on it or on the `<time>` it holds (WordPress themes that show
    only the update: beachbodyondemand.com's `time.entry-updated`, tagDiv Newspaper sites' `timeago` stamp;
    the Guardian's hidden `Last modified on` line, IndieWeb themes' `dt-updated`). The `updated` class alone
    says nothing: hAtom themes put it on the publication date (`entry-date published updated`, Blogger's
    `abbr.updated`)."""
    if "modif" in attr_text(tag, "class").lower():
        return True
    for node in (tag, tag.find("time")):
        if isinstance(node, Tag) and attr_text(node, "itemprop").lower() in _UPDATE_ITEMPROPS:
            return True
    return False


# A comment, reply or related-posts area between the stamp and the post box: phpBB-style forums and old
# themes class every reply `post hentry`, and schema.org Comment microdata repeats `datePublished` per comment.
_HATOM_FOREIGN = re.compile(
    r"comment|komentar|kommentar|reply|replies|respond|antwort|related|forum|thread|sidebar|popular"
)
_HATOM_BOXES = frozenset({"hentry", "post"})
HENTRY_DEPTH = 8
MAX_HEADLINE_ANCESTORS = 64


def _hatom_post_stamp(tag: Tag, headline: Tag | None) -> bool:
    """An hAtom `<abbr class="published" title="2026-01-29T10:42:00+08:00">` of a post: Blogger's classic
    templates (Simple, Awesome Inc., Watermark, and the school, village and community blogs built on them) and
    older WordPress themes (K2, Sandbox, Hemingway) print it in the `post-footer`, an area read as chrome
    elsewhere. Its ISO `title` is the post's own publication time inside the page's post box: the
    `hentry`/`post` box holding the headline, or (when the title was read from the blog's name) the page's
    first such box with its own `entry-title`/`post-title` heading. No comment, reply, related or sidebar area
    may lie on the way up: forums and old themes class every reply `post hentry` too. The same holds for a
    `<time class="published" datetime="ISO">` printed there (Blogger layouts rewritten with `<time>`)."""
    if "published" not in attr_words(tag, "class") or not _iso_stamp(_hatom_value(tag)):
        return False
    box = _post_box_of(tag)
    return box is not None and (
        (headline is not None and _holds(box, headline)) or _first_titled_post_box(box)
    )


def _hatom_value(tag: Tag) -> str | None:
    value = tag.get("title") if tag.name == "abbr" else tag.get("datetime") if tag.name == "time" else None
    return value if isinstance(value, str) else None


def _iso_stamp(value: str | None) -> bool:
    """An ISO date with a time, `T` or a space between (`2026-01-29 10:42:00+08:00`)."""
    return value is not None and re.match(r"\d{4}-\d\d-\d\d[T ]\d", value.strip()) is not None


def _post_box_of(tag: Tag) -> Tag | None:
    """The nearest `hentry`/`post` box around the stamp, when no foreign area lies on the way up to the page."""
    box = None
    for depth, node in enumerate(islice(tag.parents, MAX_HEADLINE_ANCESTORS)):
        if node.name in ("body", "html", "[document]"):
            break
        if _is_foreign_box(node):
            return None
        if box is None and depth < HENTRY_DEPTH and _is_post_box(node):
            box = node
    return box


def _first_titled_post_box(box: Tag) -> bool:
    """`box` holds an hAtom title heading and no post box comes before it in the page (an enclosing one
    aside)."""
    if box.find(_is_entry_title) is None:
        return False
    first = box.find_previous(_is_post_box)
    return first is None or _holds(first, box)


def _is_entry_title(node: Tag) -> bool:
    return node.name in ("h1", "h2", "h3") and bool(
        set(attr_words(node, "class")) & {"entry-title", "post-title"}
    )


def _is_post_box(node: Tag) -> bool:
    return bool(set(attr_words(node, "class")) & _HATOM_BOXES)


def _holds(box: Tag, tag: Tag) -> bool:
    """`tag` lies inside `box` (its ancestors looked at, a bounded number)."""
    return any(parent is box for parent in islice(tag.parents, MAX_HEADLINE_ANCESTORS))


def _is_foreign_box(node: Tag) -> bool:
    if node.name in ("aside", "nav", "footer"):
        return True
    itemtype = node.get("itemtype")
    if isinstance(itemtype, str) and itemtype.rstrip("/").lower().endswith("comment"):
        return True
    return bool(_HATOM_FOREIGN.search(f"{attr_text(node, 'class')} {attr_text(node, 'id')}".lower()))


def _machine_value(tag: Tag) -> str | None:
    """The machine-readable date of a microdata/time element: `datetime`, `content`, the `title` of an
    `<abbr class="published" title="2018-06-05T08:00:00-07:00">` (hAtom microformat: Blogger, older
    WordPress themes), else its text."""
    for attr in ("datetime", "content"):
        value = tag.get(attr)
        if isinstance(value, str) and value.strip():
            return value
    if tag.name == "abbr":
        value = tag.get("title")
        if isinstance(value, str) and value.strip():
            return value
    text = element_text(tag)
    return text if isinstance(text, str) else None


def _is_future(parsed: ParsedDate, fetched_at: datetime | None) -> bool:
    limit = fetched_at or datetime.now(timezone.utc)
    if limit.tzinfo is None:
        limit = limit.replace(tzinfo=timezone.utc)
    return parsed.value > limit + FUTURE_TOLERANCE


def _same_minute(machine: ParsedDate, visible: ParsedDate) -> bool:
    if visible.has_zone:
        value = machine.value.astimezone(visible.value.tzinfo)
    else:
        # A visible time without zone is wall-clock time: compare it with the machine value's own wall clock.
        value = machine.value
    return value.replace(second=0, microsecond=0, tzinfo=None) == visible.value.replace(
        second=0, microsecond=0, tzinfo=None
    )


MAX_OFFSET = timedelta(hours=14)
OFFSET_STEP = timedelta(minutes=15)


def _zoned_instant_of(
    visible: ParsedDate, machine: list[DateCandidate]
) -> tuple[DateCandidate | None, tzinfo | None]:
    """The machine value that is the same moment as a visible time shown without zone, and the site's offset.

    Pages show local wall-clock time (`16:24`) and keep the instant in zoned metadata (`14:24Z`): when the
    two differ by a whole number of quarter hours within ±14 h, the metadata gives the instant and the
    difference gives the zone the page shows. A visible 12-hour time without am/pm (`3:48` for 15:48) is
    read both ways; the smaller offset wins.
    """
    wall = visible.value.replace(tzinfo=None, second=0, microsecond=0)
    best: tuple[timedelta, DateCandidate, timedelta] | None = None
    for candidate in machine:
        parsed = candidate.parsed
        if not (parsed.has_time and parsed.has_zone):
            continue
        utc = parsed.value.astimezone(timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
        shifts = [wall - utc]
        if wall.hour < 12 and not re.search(r"(?i)[ap]\.?m\b", visible.raw or ""):
            shifts.append(wall + timedelta(hours=12) - utc)
        for shift in shifts:
            if abs(shift) <= MAX_OFFSET and shift % OFFSET_STEP == timedelta(0):
                if best is None or abs(shift) < best[0]:
                    best = (abs(shift), candidate, shift)
        if best is not None:
            break  # the most trusted agreeing machine value
    if best is None:
        return None, None
    return best[1], timezone(best[2])


def _machine_for_visible(
    visible: ParsedDate, machine: list[DateCandidate]
) -> tuple[DateCandidate | None, tzinfo | None]:
    """The machine value that agrees with the visible date line (also a slashed date read month first), and
    the zone the page shows when the two tell it (None, None when no machine value agrees)."""
    agree = _same_minute if visible.has_time else _near_day
    agreeing = [c for c in machine if c.parsed.has_time and agree(c.parsed, visible)]
    # A zoned value names the instant; a zoneless one (`<time datetime="2024-05-03T17:47">`) only repeats
    # the wall clock, so it is taken only when no zoned value fits.
    zoned = next((c for c in agreeing if c.parsed.has_zone), None)
    if zoned is not None:
        return zoned, None if visible.has_time else _offset_showing_day(zoned.parsed, visible)
    if visible.has_time and not visible.has_zone:
        instant, offset = _zoned_instant_of(visible, machine)
        if instant is not None:
            return instant, offset
    return (agreeing[0] if agreeing else _month_first_reading(visible, machine)), None


REPUBLISHED_GAP_DAYS = 30


def _original_behind_shown(
    visible: ParsedDate, chosen: DateCandidate | None, machine: list[DateCandidate], filed: date | None
) -> DateCandidate | None:
    """The original publication stamp when the header shows a later date the page's metadata also knows.

    A live ticker's header shows its latest entry (nzz.ch: `18.07.2024, 11.08 Uhr`, the `<time datetime>` of
    the last update, while JSON-LD `datePublished` and `meta date` both say 7 Oct 2023, when the ticker
    opened), an evergreen piece put back on the front page shows its new date (madame.lefigaro.fr: `Le 19
    février 2020`, a bare `datepublished` meta, while `article:published_time` and `dc:date.created` say 12
    April 2017). The page's most trusted stamp wins when a second stamp agrees with it (within a day), the
    shown date is at least a month later, and another machine stamp carries the shown date: the CMS knows
    both dates, the header shows the newer. A shown date no machine stamp knows keeps winning (a stale
    creation time in metadata: ad-magazin.de, deutscheweine.de show the real, later day), and so does one the
    URL files the page under (`/2026/02/10/`: the CMS filed it on the shown day, the older pair is stale).

    The `<time datetime>` under the headline is the shown line's own stamp: it knows the shown date only as
    a ticker's entry time, so it counts when the line shows a time of day (the last entry's `11.08 Uhr`), not
    on a bare day (a byline's `February 10, 2026` over a recycled page's stale metadata pair). What stays a
    coin flip: a second metadata stamp on the shown day (Drupal's `dcterms.issued` beside a stale `created`
    pair has the madame.lefigaro.fr shape) and a timed byline stamp over a stale pair (the nzz.ch shape)."""
    if not machine or chosen is machine[0] or not machine[0].parsed.has_time:
        return None
    top = machine[0].parsed.value.date()
    shown = visible.value.date()
    if (shown - top).days < REPUBLISHED_GAP_DAYS or shown == filed:
        return None
    others = machine[1:]
    seconded = any(c is not chosen and abs((c.parsed.value.date() - top).days) <= 1 for c in others)
    witnesses = [c for c in others if visible.has_time or c.source != "time:datetime"]
    shown_known = any(abs((c.parsed.value.date() - shown).days) <= 1 for c in witnesses)
    return machine[0] if seconded and shown_known else None


def _offset_showing_day(machine: ParsedDate, visible: ParsedDate) -> tzinfo | None:
    """The zone in which a zoned machine time falls on the day the page shows, when its own zone puts it on
    another day: CMSs store a date-only publication as local midnight in UTC (`2021-11-04T23:00Z` for a page
    showing `5. November 2021`); the day shown is the article's day. The smallest whole-hour offset that puts
    the instant on the shown day is taken (exact for midnight stamps; the instant is kept either way). The
    range is the real zones' (UTC-12 to UTC+14): New Zealand's summer, Tonga and Samoa run at +13, Kiribati's
    Line Islands at +14."""
    target = visible.value.date()
    if machine.value.date() == target:
        return None
    utc = machine.value.astimezone(timezone.utc)
    for hours in sorted(range(-14, 15), key=abs):
        if (utc + timedelta(hours=hours)).date() == target:
            return timezone(timedelta(hours=hours))
    return None


def _near_day(machine: ParsedDate, visible: ParsedDate) -> bool:
    """A visible bare date agrees with a machine time on that day in the machine's own zone, or the next
    or previous day (the page may show the date in another zone than its metadata)."""
    delta = machine.value.date() - visible.value.date()
    return abs(delta.days) <= 1


_RELATIVE_WORDS = re.compile(
    r"(?i)\b(lalu|ago|kemarin|yesterday|hari ini|today|baru saja|barusan|just now"
    r"|vor|il y a|hace|há|fa|geleden|gestern|heute|aujourd|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag)\b"
)


def _is_relative(parsed: ParsedDate) -> bool:
    return bool(_RELATIVE_WORDS.search(parsed.raw or ""))


def _rule_date(
    soup: BeautifulSoup, rules: Any, now: datetime | None, default_tz: tzinfo
) -> tuple[ParsedDate, str] | None:
    elements = rule_elements(soup, rules, "date_selector")
    if not elements:
        return None
    element = elements[0]
    text = element.get("datetime") or element.get("content") or element_text(element)
    parsed = search_date(text, now=now, default_tz=default_tz) if isinstance(text, str) else None
    return (parsed, element_text(element)) if parsed else None


def set_dates(
    article: Article,
    soup: BeautifulSoup,
    scan: PageScan,
    jsonld: JsonLdArticle,
    anchor: int | None,
    fetched_at: datetime | None,
    default_tz: tzinfo,
    local_tz: tzinfo | None,
    rules: Any,
    skip_texts: list[str],
    page_text: str = "",
) -> None:
    now = fetched_at
    machine = _prefer_stated_offset(
        [
            c
            for c in _machine_dates(soup, scan, jsonld, anchor, now, default_tz)
            if not _is_future(c.parsed, fetched_at)
        ]
    )
    product = _is_product_page(scan, page_text)
    if product:
        machine = [c for c in machine if c.source in _PRODUCT_PAGE_SOURCES]
    event_days = _event_days(scan, soup, article.title)
    machine = _without_event_stamps(machine, event_days)
    modified = _modified(scan, jsonld, now, default_tz)
    zone = site_zone(
        article, scan, jsonld, [*machine, *([modified] if modified else [])], local_tz, rules, page_text
    )
    if local_tz is not None and zone is not None:
        local_tz = zone  # an Indonesian site that states WITA or WIT in its metadata
    product_test = product and not scan.remember(("cart-form",), lambda: _has_cart_form(page_text))
    visible, ruled, line_tag = (
        (None, False, None)
        if product and not product_test
        else _visible_date(
            soup,
            scan,
            anchor,
            rules,
            now,
            default_tz,
            fetched_at,
            skip_texts,
            _states_publication(machine),
            _page_paths((article.url, article.canonical_url)),
            event_days,
        )
    )
    if visible is not None and (
        _not_publication_line(visible, line_tag, bool(machine), fetched_at)
        or (product_test and not _beside_byline(line_tag))
    ):
        visible = None
    zone = _server_zone_over_language(
        zone, article, page_text, [*machine, *([modified] if modified else [])], visible, local_tz, rules
    )
    chosen: DateCandidate | None = None
    site_offset: tzinfo | None = None
    if visible is not None:
        chosen, site_offset = _machine_for_visible(visible, machine)
        if chosen is None and not visible.has_time:
            chosen = _stamp_on_line(line_tag, visible, now, default_tz) or _permalink_time(
                scan, (article.url, article.canonical_url), visible, now, default_tz
            )
        if chosen is not None and local_tz is not None:
            chosen = _local_wall_clock(chosen, visible, local_tz)
        stated = next((c for c in machine if c.parsed.has_zone and c.parsed.has_time), None)
        if chosen is not stated and stated and _shows_modified(visible, modified, stated):
            chosen, site_offset = stated, None
        filed = _url_day(article.url, now, default_tz, fetched_at)
        original = _original_behind_shown(
            visible, chosen, machine, filed.parsed.value.date() if filed else None
        )
        if original is not None:
            chosen, site_offset = original, None
        if chosen is None:
            chosen = (
                DateCandidate("rule:date", visible)
                if ruled
                else _post_footer_over_bare_line(
                    visible, machine, scan, line_tag, anchor, now, default_tz, fetched_at
                )
                or _stated_over_bare_line(visible, machine, scan, line_tag)
                or _filed_day_over_visible(
                    DateCandidate("visible:date", visible), machine, article.url, now, default_tz, fetched_at
                )
            )
    elif machine:
        chosen = machine[0]
    if chosen is None and product:
        chosen = _product_record_date(page_text, now, default_tz, fetched_at)
    elif chosen is None:
        chosen = _fallback_date(
            scan, article.url, anchor, now, default_tz, fetched_at, page_text, modified, event_days
        )
    lenders = _UtcLenders(
        machine, modified, domain_zone([article.url, article.canonical_url]) or declared_zone(page_text)
    )
    target_tz = (
        _shown_zone(chosen, visible, lenders, zone, local_tz, site_offset)
        or _day_zone(chosen, modified, [article.url, article.canonical_url])
        or _press_release_zone(chosen, visible, lenders, local_tz, headline_tag(scan, anchor))
    )
    if chosen is not None:
        article.published = fixed(_in_zone(_localized(chosen.parsed, zone), target_tz))
        article.published_raw = chosen.parsed.raw
        article.sources["published"] = chosen.source
    if modified is not None and not _is_future(modified.parsed, fetched_at):
        article.modified = fixed(_in_zone(_localized(modified.parsed, zone), target_tz))
        article.sources["modified"] = modified.source


# A test magazine's product test (CHIP, COMPUTER BILD, PC-WELT, Tom's Guide and TechRadar review pages) is typed
# `og:type product` with a Product JSON-LD holding the review, yet it is an article: a writer's byline and the
# date line beside it under the headline. Without a shop's buy form, the date line near the headline is read when
# it shares its short meta row with the byline (an author link or a `byline`/`author` class): a shop's or a price
# comparison's release, delivery or review dates sit beside no writer.
_BYLINE_CLASS_TOKENS = frozenset(
    "author authors byline by-line autor autoren article-author post-author".split()
)
_AUTHOR_PATH = re.compile(
    r"/(?:autor|autoren|author|authors|auteur|autore|autor[ae]s|redakteur|redaktion/team)/"
)
_BYLINE_ROW_LEVELS = 2  # the date's own element and its meta row
_BYLINE_ROW_MAX = 300  # characters: a meta row, not the page's text
_BYLINE_ROW_ELEMENTS = 30  # elements of the row read


def _beside_byline(line_tag: Tag | None) -> bool:
    """The date line shares the first row under the headline with the byline, and its date is unlabelled or
    labelled as the publication's (review: a classified's `Eingestellt am`, a review's `Bewertet am`, a book's
    `Release date` sit beside a seller, a reviewer or an author link too)."""
    row = line_tag
    for _ in range(_BYLINE_ROW_LEVELS + 1):
        if row is None or len(row.get_text()) > _BYLINE_ROW_MAX:
            return False
        if _has_byline_mark(row):
            return _first_row_under_headline(row) and _date_unlabelled(row)
        row = row.parent
    return False


# Words a product test's date row may hold before its date besides the writer's name: joiners and the
# publication's own label. Any other word labels another date (listing, review, release, update).
_ROW_JOINERS = frozenset(
    "von by de por di door oleh par am le on el il op em dnia pada the | · , - – — : um at à a".split()
)
_PUBLICATION_LABELS = frozenset(
    "veröffentlicht publiziert published publié publicado pubblicato gepubliceerd opublikowano diterbitkan".split()
)
_HEADLINE_GAP = 2  # elements between the headline and the date row: a kicker, a standfirst


def _first_row_under_headline(row: Tag) -> bool:
    """The row is the first one after the `<h1>` (its next element, or the one after a kicker or standfirst)."""
    seen = 0
    for sibling in row.find_previous_siblings(limit=_HEADLINE_GAP + 1):
        if not isinstance(sibling, Tag):
            continue
        if sibling.name == "h1":
            return True
        seen += 1
        if seen >= _HEADLINE_GAP or sibling.name not in ("p", "div", "span", "h2", "h3"):
            return False
    return False


def _date_unlabelled(row: Tag) -> bool:
    """No word but the byline's, joiners and a publication label stands before the row's first digit."""
    marked = " ".join(
        tag.get_text(" ") for tag in row.find_all(True, limit=_BYLINE_ROW_ELEMENTS) if _is_byline_mark(tag)
    )
    text = row.get_text(" ")
    cut = max((i for i, char in enumerate(text) if char.isdigit()), default=len(text))
    words = {
        word.strip(".,")
        for word in text[:cut].lower().replace(":", " ").split()
        if not any(char.isdigit() for char in word)
    }
    words -= set(marked.lower().split())
    return all(
        word in _ROW_JOINERS or word in _PUBLICATION_LABELS or word in MONTHS for word in words if word
    )


def _has_byline_mark(row: Tag) -> bool:
    return any(_is_byline_mark(tag) for tag in row.find_all(True, limit=_BYLINE_ROW_ELEMENTS))


def _is_byline_mark(tag: Tag) -> bool:
    tokens = set(attr_text(tag, "class").lower().split())
    if tokens & _BYLINE_CLASS_TOKENS or "author" in attr_text(tag, "rel").lower().split():
        return True
    return tag.name == "a" and _AUTHOR_PATH.search(attr_text(tag, "href").lower()) is not None


# Open Graph types of a shop's product page: Shopify, Shopware, Magento, PrestaShop, WooCommerce with Yoast's
# WooCommerce SEO (`product`), Facebook catalogue markup (`product.item`, `product.group`).
_PRODUCT_OG_TYPES = frozenset({"product", "og:product", "product.item", "product.group"})
# JSON-LD types of a product as the page's main entity (Shopify, Shopware, WooCommerce, BigCommerce themes).
_PRODUCT_TYPES = frozenset({"product", "productgroup", "individualproduct", "productmodel"})
# The one publication stamp a product page may carry as its own: an explicit Open Graph article time.
_PRODUCT_PAGE_SOURCES = frozenset({"meta:article:published_time"})
_STAMP_SOURCES = ("time:", "microdata:")


def _is_product_page(scan: PageScan, page_text: str) -> bool:
    """A shop's product page (og:type `product`, or a schema.org Product as the only main entity on a page
    that calls itself no article and has a shop's buy form): it has no publication date. Its dates are its reviews' (Shopware's
    `product-detail-review-item-date`, Judge.me and Yotpo widgets on Shopify, WooCommerce's review list),
    an offer's price validity, a delivery estimate (`lieferbar ab`), a stock or release day; the product
    record's creation or change time in a WebPage node or `article:modified_time` is no publication either.
    What it keeps: an explicit `article:published_time`, and the day the product went live in the shop as the
    product record states it in the page's scripts (Shopify's `"published_at"`: `_PRODUCT_RECORD_STAMP`).
    A review or deals article embedding Product markup beside its Article/BlogPosting node, or typed
    `article` by Open Graph, or stating `article:published_time`, stays an article."""
    og_types = [t.strip().lower() for t in scan.meta.get("og:type", [])[:1]]
    if og_types and og_types[0] in _PRODUCT_OG_TYPES:
        return True
    if (og_types and og_types[0] == "article") or scan.meta.get("article:published_time"):
        return False
    if not scan.remember(("product-entity",), lambda: _product_without_article(scan.jsonld_texts)):
        return False
    return bool(scan.remember(("cart-form",), lambda: _has_cart_form(page_text)))


# A shop's buy form: WooCommerce (`name="add-to-cart"`, `single_add_to_cart_button`), Shopify (`/cart/add`),
# Shopware (`/checkout/line-item/add`, `data-add-to-cart`), Magento (`product-addtocart-button`), PrestaShop
# (`add-to-cart-or-refresh`), BigCommerce (`form-action-addToCart`). A Product JSON-LD alone is no shop: an
# affiliate box (AAWP, Lasso), a review or a launch story on a site without an SEO plugin's article node
# prints one too.
_CART_FORM_MARKS = ("add-to-cart", "add_to_cart", "addtocart", "/cart/add", "line-item/add")
MAX_CART_SCAN = 2_000_000


def _has_cart_form(page_text: str) -> bool:
    text = page_text[:MAX_CART_SCAN].lower()  # substring finds: a regex alternation reads megabytes slowly
    return any(mark in text for mark in _CART_FORM_MARKS)


def _product_without_article(texts: list[str]) -> bool:
    """The JSON-LD names a Product and no article node (bounded: a hostile page's megabytes are not read)."""
    if sum(len(t) for t in texts) > MAX_JSONLD_CHARS:
        return False
    types, article_nodes = jsonld_types(texts)
    return article_nodes == 0 and any(t in _PRODUCT_TYPES for t in types)


# `05/08/2019` for 8 May: the month-first order of US-style templates.
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def _month_first_reading(visible: ParsedDate, machine: list[DateCandidate]) -> DateCandidate | None:
    """The machine value on the month-first reading of a slashed visible date that no machine value confirms
    read day first: `05/08/2019` shown for a `datePublished` of 2019-05-08 is 8 May written month first (US
    convention, and the templates that copy it: futurezone.at), not 5 August. Dotted and dashed dates stay
    day first."""
    match = _SLASHED_DATE.search(visible.raw or "")
    if match is None:
        return None
    first, second, year = (int(group) for group in match.groups())
    year += 2000 if year < 100 else 0
    if first == second or first > 12 or second > 12:
        return None
    try:
        month_first = date(year, first, second)
    except ValueError:
        return None
    return next((c for c in machine if c.parsed.value.date() == month_first), None)


# Publication metadata that names the first publication itself (JSON-LD datePublished — of the article node,
# else of the WebPage node Yoast fills from the post date —, Open Graph's article:published_time): stronger than a generic `date`/Dublin Core/`datecreated` tag, which CMSs
# fill with the record's creation or migration day.
STATED_PUBLICATION = frozenset(
    {
        "jsonld:datePublished",
        "meta:article:published_time",
        "meta:article:published:time",
        "meta:article_published_time",
        "meta:og:article:published_time",
        "meta:og:published_time",
    }
)


def _states_publication(machine: list[DateCandidate]) -> bool:
    """The page states its first publication in metadata (JSON-LD datePublished, article:published_time)."""
    return any(candidate.source in STATED_PUBLICATION for candidate in machine)


def _stated_over_bare_line(
    visible: ParsedDate,
    machine: list[DateCandidate],
    scan: PageScan,
    line_tag: Tag | None,
) -> DateCandidate | None:
    """The stated publication when the visible date found near the headline is a bare line of text (no date
    or time class, no `<time>`, no byline box) on another day than any machine value: a line that nothing
    marks as the article's date is then another date the page shows — an exhibition's run (`9-23 Feb 2017`
    in harddecor.at's title box), a game's release day (coopbuddy.de's `div.release` beside the review), a
    month-first day (futurezone.at). A date line the template marks as one (a date class, `<time>`), or one
    that contradicts only generic tags (`date`, `dc.date`, `datecreated`: caritas.de, rnz.de,
    deutscheweine.de), still wins."""
    if line_tag is None or _is_marked_date_line(scan, line_tag):
        return None
    if any(_near_day(c.parsed, visible) for c in machine):
        return None
    return next((c for c in machine if c.source in STATED_PUBLICATION), None)


MAX_FOOTER_SENTENCE_LINES = 200
MAX_ROW_LOOKUP_LINES = 200  # date lines searched for the row of the date beside the page's <h1>


def _post_footer_over_bare_line(
    visible: ParsedDate,
    machine: list[DateCandidate],
    scan: PageScan,
    line_tag: Tag | None,
    anchor: int | None,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
) -> DateCandidate | None:
    """The blog theme's sentence about the post (`This entry was posted on ... at 3:21 pm and is filed under`,
    `Der Beitrag wurde am ... um 15:21 Uhr veröffentlicht`) over a bare line of text read near the headline on
    another day, when no metadata dates the page: the sentence says what its date is, a bare date line in the
    text may be an event's (`Next tasting: December 14, 2019` under a post listing tastings,
    whiskyverkostung.com's `Termin: 21.02.2020`). A line the template marks as a date (a date class, `<time>`,
    a byline box), a labelled or bylined line keep their place; the sentence must be the page's only one, in
    the theme's shape, and not quoted (a tutorial's `<blockquote>`, a republishing note in `<em>`) nor an item
    of a list after the text (a recent-posts list, a comment thread)."""
    if machine or line_tag is None or _is_marked_date_line(scan, line_tag) or _credited_line(line_tag):
        return None
    headline = headline_tag(scan, anchor)
    lines = ((e, element_text(e.tag)) for e in scan.date_lines[:MAX_FOOTER_SENTENCE_LINES])
    sentences = [(e, text) for e, text in lines if _POST_FOOTER.match(text)]
    if len({text for _, text in sentences}) != 1:
        return None  # none, or several: a list of posts, comments quoting the theme
    element, text = sentences[-1]
    if (anchor is not None and element.index < anchor) or not _is_post_footer(text):
        return None
    if (
        in_excluded_area(element.tag, _FAR_EXCLUDED, headline=headline)
        or _quoted(element.tag)
        or (_in_foreign_list_item(element.tag, headline) and _after_text(element.tag, scan, anchor))
    ):
        return None  # another post's sentence in a list, or a comment or a tutorial quoting it
    found = _dated_line(text[:POST_FOOTER_CHARS], "visible:post-footer", now, default_tz, fetched_at)
    if found is None or found.parsed.value.date() == visible.value.date():
        return None
    return found


def _in_foreign_list_item(tag: Tag, headline: Tag | None) -> bool:
    """The element sits in a list item of a list that does not hold the headline: another post's entry (a
    recent-posts list, a comment thread). Old blog themes print the post itself as the item of a one-post
    list (`ul.posts > li.post > h1`, the theme's `This entry was posted on ...` sentence six levels down in
    `div.postmetadata`): that item is the article."""
    item = _list_item_of(tag)
    if item is None:
        return False
    return headline is None or not any(parent is item.parent for parent in headline.parents)


# A credit on the date line (`Von Anna Berger, 12. März 2020`, `By Jo Li | May 2, 2020`): the article's own.
_LINE_CREDIT = re.compile(r"(?i)(?:^|\W)(?:by|von|par|por|door|oleh|av|af|di)\s+\w")
QUOTE_DEPTH = 8


def _credited_line(tag: Tag) -> bool:
    text = element_text(tag)
    return (_is_labelled_date(tag) and not _POST_FOOTER.match(text)) or bool(_LINE_CREDIT.search(text))


def _quoted(tag: Tag) -> bool:
    """The sentence is quoted or set apart: inside (or wholly wrapped in) `blockquote`, `q`, `pre`, `code`,
    `em`, `i` or `cite` — a tutorial's example, a republishing note, a comment quoting the theme."""
    first = next((s for s in tag.find_all(string=True, limit=8) if s.strip()), None)
    node = first.parent if first is not None else tag
    for _ in range(QUOTE_DEPTH):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if node.name in _QUOTING:
            return True
        node = node.parent
    return False


_QUOTING = frozenset({"blockquote", "q", "pre", "code", "em", "i", "cite"})


def _is_marked_date_line(scan: PageScan, tag: Tag) -> bool:
    """True when the page marks the line as a date or byline: a date-classed element, a `<time>` or dated
    microdata, a byline box — or the line sits inside or holds one of them (a `<time>` in a plain `<p>`)."""
    marked = {id(e.tag) for e in (*scan.date_hints, *scan.times, *scan.byline_hints)}
    if id(tag) in marked or tag.find("time") is not None:
        return True
    node = tag.parent
    for _ in range(3):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if id(node) in marked:
            return True
        node = node.parent
    return False


def _not_publication_line(
    visible: ParsedDate, line_tag: Tag | None, has_machine: bool, fetched_at: datetime | None
) -> bool:
    """A date line not to be weighed against the metadata: '2 jam yang lalu' is only as good as the fetch
    time it is resolved against, and a line the page marks as its last change is not its publication
    (#10 class 9): the metadata is better (a relative line without fetch time is never used)."""
    if _is_relative(visible):
        return has_machine or fetched_at is None
    return has_machine and line_tag is not None and _is_update_stamp(line_tag)


def _fallback_date(
    scan: PageScan,
    url: str | None,
    anchor: int | None,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
    page_text: str,
    modified: DateCandidate | None,
    event_days: frozenset[date] = frozenset(),
) -> DateCandidate | None:
    """When neither the headline's date line nor publication metadata dates the page, in order: the URL's day
    or a date element far from the headline, the first date line after it, a publication stamp in the
    scripts, the date the page's title ends in, the page's modified stamp, its `last edited` footer line.
    On an event page only the address's day (its dates elsewhere are its programme's), and its change stamps
    are no publication (an event record is edited for tickets, line-ups and cancellations up to the day)."""
    if event_days:
        # An event page's dates anywhere on the page are its programme's: only its address's day is its own.
        filed = _url_day(url, now, default_tz, fetched_at)
        return filed if filed is not None and not _event_dated(filed.parsed, event_days) else None
    chosen = (
        _last_resort_date(scan, url, anchor, now, default_tz, fetched_at)
        or _first_date_line_after(scan, anchor, now, default_tz, fetched_at)
        or _date_beside_headline(scan, anchor, now, default_tz, fetched_at, url)
        or _date_beside_page_heading(scan, anchor, now, default_tz, fetched_at, url)
    )
    if chosen is None:
        chosen = _script_date(page_text, now, default_tz, fetched_at) or _title_date(
            scan, now, default_tz, fetched_at, modified
        )
    if chosen is None and modified is not None and not _is_future(modified.parsed, fetched_at):
        # A page that states only when it was last changed (a sitemap-fed CMS, a static page regenerated on
        # edit): that is its own date, the best there is (htmldate keeps it as its reserve likewise).
        chosen = DateCandidate(f"reserve:{modified.source}", modified.parsed)
    return chosen or _last_changed_line(scan, now, default_tz, fetched_at)


def _visible_date(
    soup: BeautifulSoup,
    scan: PageScan,
    anchor: int | None,
    rules: Any,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
    skip_texts: list[str],
    stated: bool = False,
    page_paths: frozenset[str] = frozenset(),
    event_days: frozenset[date] = frozenset(),
) -> tuple[ParsedDate | None, bool, Tag | None]:
    """The date line the page shows for the article (a site rule's, else the one near the headline),
    whether a site rule gave it, and the line's element; its text joins `skip_texts` (it is not body text).
    A line labelled as the last change is no publication line: when the page `stated` its publication in
    metadata, that stands (no line is returned); else the line's unlabelled neighbour may be the publication."""
    ruled = _rule_date(soup, rules, now, default_tz)
    if ruled:
        skip_texts.append(ruled[1])
        return ruled[0], True, None
    headline = headline_tag(scan, anchor)
    line = _unless_event_day(
        find_date_line(
            scan, anchor, search_date=search_date, now=now, default_tz=default_tz, headline=headline
        ),
        event_days,
    )
    skipped = 0
    while line is not None:
        foreign = _foreign_area(line.element.tag, headline, scan, anchor, page_paths)
        if foreign is None and _CITES_PAPER.search(line.text) and _after_text(line.element.tag, scan, anchor):
            # A paper's reference (a short story's source line under the text); a DOI on the line under the
            # headline is the post's own (a blog's or a preprint's `March 12, 2024 · ... · doi.org/10...`).
            foreign = line.element.tag
        if foreign is None and _top_bar_date(line.element, line.parsed, headline, anchor):
            foreign = line.element.tag
        if foreign is None and _in_event_schedule(line.element.tag):
            foreign = line.element.tag  # an event's schedule line in any page, not the page's date
        if foreign is None:
            break
        if skipped == MAX_LISTS_SKIPPED:
            line = None  # every line asked for is checked: a third foreign one is no date line either
            break
        # The line dates an item of a list after the text (a comment, another story), a picture or a cited
        # paper: ask again without that area's elements.
        skipped += 1
        scan = _without_area(scan, foreign)
        line = find_date_line(
            scan, anchor, search_date=search_date, now=now, default_tz=default_tz, headline=headline
        )
    if line is not None:
        first_post = _first_post_date(line.element.tag, headline, now, default_tz, fetched_at)
        if first_post is not None:
            skip_texts.append(element_text(first_post[1]))
            return first_post[0], False, first_post[1]
    if line is None or _is_future(line.parsed, fetched_at) or _in_running_text(line.text, line.parsed):
        return None, False, None
    skip_texts.append(line.text)
    if _update_labelled(line.element.tag):
        if stated:
            return None, False, None  # the metadata's publication stands (a kick-off or a concert in the row)
        beside = _unlabelled_beside_update_label(line.element.tag, line.parsed, now, default_tz)
        if beside is not None and not _is_future(beside[0], fetched_at):
            return beside[0], False, beside[1]
    published = _published_beside_update(line.element.tag, line.parsed, now, default_tz)
    if published is not None and not _is_future(published[0], fetched_at):
        return published[0], False, published[1]
    return line.parsed, False, line.element.tag


STAMP_PAIR_CHILDREN = 8

# The label of a page's last-change stamp, in the languages of the suites: `Aktualisiert`, `Updated`, `Mis à
# jour`, `Actualizado`, `Atualizado`, `Aggiornato`, `Bijgewerkt`, `Aktualizacja`/`Zaktualizowano`,
# `Diperbarui`/`Update`, `Güncellendi`. `Stand:` is not one: German regional papers print their only time so.
_UPDATE_LABEL_START = re.compile(
    r"(?i)^\W{0,3}(?:zuletzt\s+|last\s+|ostatnia\s+|terakhir\s+)?(?:aktualisiert|geändert|updated?|mis\s+à\s+jour"
    r"|modifié|actualizad[oa]|actualización|atualizad[oa]|atualização|aggiornat[oa]|bijgewerkt|gewijzigd"
    r"|aktualizacja|zaktualizowano|aktualizováno|diperbarui|diperbaharui|güncellendi|güncelleme)(?![^\W\d_])"
)
_UPDATE_LABEL_END = re.compile(
    r"(?i)(?:aktualisiert|geändert|updated?|mis\s+à\s+jour|modifié|actualizad[oa]|atualizad[oa]|aggiornat[oa]"
    r"|bijgewerkt|aktualizacja|zaktualizowano|diperbarui|diperbaharui|güncellendi)"
    r"(?:\s+(?:on|at|am|le|el|em|il|op|pada|dnia))?\s*[:\-–]?\s*$"
)
UPDATE_LABEL_CHARS = 40
STAMP_ROW_CHARS = 300
STAMP_ROW_LEVELS = 2


def _unlabelled_beside_update_label(
    line: Tag, read: ParsedDate, now: datetime | None, default_tz: tzinfo
) -> tuple[ParsedDate, Tag] | None:
    """The publication stamp beside a date line the page labels as its last change.

    News portals print both stamps in one short row, the publication unlabelled and the change labelled:
    Polish portals (`04.02.2026, 10:15` `aktualizacja: 04.02.2026, 11:02`), Italian Citynews-style portals
    (`Aggiornato il ...`), Portuguese and Brazilian ones (`Atualizado em`), Indonesian (`Diperbarui`), German
    (`Aktualisiert am`). The line finder (`credits.find_date_line`) skips the labels it knows; this reads the
    line it still hands over under a label it does not know (`aktualizacja`, `Atualizado`, `Güncellendi`).
    The labelled stamp is never the publication; its unlabelled neighbour in the same row is, when it is no
    later and bare (or after a weekday or a publication label). Nothing is taken when the row holds no other
    date (the page shows only its change: that stays the line), when the neighbour is labelled too, or when it
    is another thing's date (`Mecz: 11.03.2026, 20:45`)."""
    if not _update_labelled(line):
        return None
    unit = line
    for _ in range(STAMP_ROW_LEVELS):
        row = unit.parent
        if not isinstance(row, Tag) or row.name in ("body", "html", "[document]"):
            return None
        if not text_shorter_than(row, STAMP_ROW_CHARS):
            return None  # a block of text, not a stamp row
        found = _unlabelled_stamp_in_row(row, unit, read, now, default_tz)
        if found is not None:
            return found
        unit = row
    return None


def _unlabelled_stamp_in_row(
    row: Tag, unit: Tag, read: ParsedDate, now: datetime | None, default_tz: tzinfo
) -> tuple[ParsedDate, Tag] | None:
    for child in row.find_all(True, recursive=False, limit=STAMP_PAIR_CHILDREN):
        if child is unit or _update_labelled(child) or _holds_update_label(child):
            continue
        text = element_text(child)
        parsed = search_date(text, now=now, default_tz=default_tz)
        if (
            parsed is None
            or _is_relative(parsed)
            or not _no_later(parsed, read)
            or _labelled_otherwise(text, parsed)
            or _other_things_date(child)
        ):
            continue
        return parsed, child
    return None


def _holds_update_label(tag: Tag) -> bool:
    """One of the element's first few descendants opens with an update label (`<div><span>Aktualisiert:</span>
    <time>...</time></div>`): the element is the change's stamp."""
    return any(
        _UPDATE_LABEL_START.match(element_text(inner))
        for inner in tag.find_all(True, limit=STAMP_PAIR_CHILDREN)
    )


def _update_labelled(tag: Tag) -> bool:
    """The element's own text opens with an update label, or the text right before it ends with one."""
    if _UPDATE_LABEL_START.match(element_text(tag)):
        return True
    node = tag.previous_sibling
    for _ in range(STAMP_PAIR_CHILDREN):  # blank siblings skipped, a few only (hostile pages repeat them)
        if node is None:
            return False
        if isinstance(node, Tag) and not text_shorter_than(node, UPDATE_LABEL_CHARS + 1):
            return False  # a block of text before the stamp, no label
        text = element_text(node) if isinstance(node, Tag) else str(node).strip()
        if text:
            return len(text) <= UPDATE_LABEL_CHARS and bool(_UPDATE_LABEL_END.search(text))
        node = node.previous_sibling
    return False


# Weekday names that may open a publication stamp (`środa, 04.02.2026`, `quarta-feira, 12 de março`, `Senin,
# 12/03/2026`): the lists of `telisik.extract.bylines` and `dates` (en, de, fr, es, id) with it, pt, nl, pl.
_WEEKDAY_NAME = re.compile(
    rf"(?i)(?:{'|'.join(map(re.escape, WEEKDAY_NAMES.split()))}"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|segunda|terça|quarta|quinta|sexta|(?:segunda|terça|quarta|quinta|sexta)-feira"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\.?"
)
# A label that names the neighbour's date as the publication (`Publikacja:`, `Published`, `Publicado em`,
# `Veröffentlicht am`, `Diterbitkan`, `Giriş:`, `Publicerad`): read whole, so `Data meczu:` is none.
_PUBLICATION_LABEL = re.compile(
    r"(?i)(?:published|posted|veröffentlicht|erschienen|publiziert|publié|publiée|publicado|publicada|pubblicato"
    r"|gepubliceerd|geplaatst|opublikowano|publikacja|data\s+publikacji|publicerad|publiceret|publisert"
    r"|diterbitkan|dipublikasikan|terbit|giriş|yayınlanma(?:\s+tarihi)?|yayınlandı)"
    r"(?:\s+(?:on|at|am|le|el|em|il|op|pada|dnia|o))?\s*:?"
)
# Class and id words of another thing's date in a stamp row: a match's kick-off, an event, a broadcast, a
# picture, a print edition (`scoreboard__kickoff`, `match-date`, `event-date`, `tv-broadcast`, `foto`).
_OTHER_THINGS_DATE_CLASS = frozenset(
    "score scoreboard kickoff kick match matches fixture fixtures game event events broadcast tv live "
    "termin concert concierto premiere premiera agenda schedule mecz spiel partido partita jogo wedstrijd "
    "photo foto caption edition edicao edição print transmissao transmissão".split()
)
OTHER_THING_NODES = 12


def _labelled_otherwise(text: str, parsed: ParsedDate) -> bool:
    """Words before the neighbour's date that are no publication label: another thing's date (`Mecz: 11.03.2026,
    20:45`, `Kickoff 11 March 2026`, `Transmissão 11/03/2026`). Only a bare date, one after a real weekday name
    (`środa, 04.02.2026`, `quarta-feira,`) or one under a publication label (`Publikacja:`) is the stamp."""
    at = text.find(parsed.raw or "")
    before = text[:at].strip(" \t\r\n\u00a0,;|·•()[]-–—") if at > 0 else ""
    if not before:
        return False
    return not (_WEEKDAY_NAME.fullmatch(before) or _PUBLICATION_LABEL.fullmatch(before))


def _other_things_date(child: Tag) -> bool:
    """The neighbour or an element inside it is classed as another thing's date (a scoreboard's kick-off)."""
    for tag in [child, *child.find_all(True, limit=OTHER_THING_NODES)]:
        names = class_id(tag).lower()
        if any(word in _OTHER_THINGS_DATE_CLASS for word in re.split(r"[^\w]+|_+", names) if word):
            return True
    return False


def _no_later(published: ParsedDate, updated: ParsedDate) -> bool:
    if published.has_time and updated.has_time:
        return _wall_minute(published) <= _wall_minute(updated)
    return published.value.date() <= updated.value.date()


def _published_beside_update(
    line: Tag, read: ParsedDate, now: datetime | None, default_tz: tzinfo
) -> tuple[ParsedDate, Tag] | None:
    """The publication stamp of a WordPress `posted-on` pair whose update stamp the date line read first.

    Underscores-derived themes print both stamps side by side, `<time class="updated">` and `<time
    class="entry-date published">`, and hide one with CSS; GeneratePress (and the child themes built on it)
    writes the update first. Without the `datetime`/`itemprop` attributes (no metadata) the line then gives
    the update's day. Only a stamp classed `updated` and not `published` (hAtom themes put both words on the
    publication stamp) that gave the line its day yields to a sibling classed `published` and not
    `updated`."""
    stamp = line if _is_update_only(line) else _update_stamp_within(line)
    if stamp is None or not isinstance(stamp.parent, Tag):
        return None
    shown = search_date(element_text(stamp), now=now, default_tz=default_tz)
    if shown is None or shown.value.date() != read.value.date():
        return None  # the line's day is not the update stamp's
    for child in islice(stamp.parent.find_all(True, recursive=False), STAMP_PAIR_CHILDREN):
        words = set(attr_words(child, "class"))
        if child is stamp or "published" not in words or "updated" in words:
            continue
        parsed = search_date(element_text(child), now=now, default_tz=default_tz)
        return (parsed, child) if parsed is not None else None
    return None


def _is_update_only(tag: Tag) -> bool:
    words = set(attr_words(tag, "class"))
    return "updated" in words and "published" not in words


def _update_stamp_within(line: Tag) -> Tag | None:
    """The update-only stamp among the line's first few elements. It may come first (GeneratePress) or after
    the publication stamp: Astra, Kadence, OceanWP and the Twenty* themes print `<time class="entry-date
    published">` then a CSS-hidden `<time class="updated">`, and the line's text runs the two together
    (`2026February 5, 2026`), so the update's day is the one read."""
    for tag in line.find_all(True, limit=STAMP_PAIR_CHILDREN):
        if _is_update_only(tag):
            return tag
    return None


def _top_bar_date(element: Element, parsed: ParsedDate, headline: Tag | None, anchor: int | None) -> bool:
    """A bare date above the headline in the page's own header: today's date in the top bar (JNews
    `jeg_top_date`, tagDiv `td_data_time`, Jannah `today-date`, portals' `Rabu, 28 Januari 2026` bars), which
    a date class ranks first when the header is close to the headline (short menus, AMP and lite pages)."""
    return (
        not parsed.has_time
        and anchor is not None
        and element.index < anchor
        and _in_site_header(element.tag, headline)
        and _site_header_with_menu(element.tag, headline)
    )


# Header-like ancestors of a date looked at for the site's menu, nearest first: the date's own box
# (`top-date`), its top bar, the site header. More would scan nested empty boxes over and over.
MENU_HEADERS_LOOKED_AT = 4
MENU_LINKS = 3


def _site_header_with_menu(tag: Tag, headline: Tag | None) -> bool:
    """A header-like ancestor of the date (not one holding the headline) also holds the site's menu: a
    `<nav>` or three links. The page's own top bar sits with the site navigation (JNews' topbar menu, tagDiv's
    top menu, the portals' section links); a header-classed box above the headline with the date and one
    rubric link and no menu (`header.detail-top`, a `story-masthead` row) is the article's own date row."""
    own = {id(node) for node in ([headline, *headline.parents] if headline is not None else [])}
    looked = 0
    node: Tag | None = tag
    while node is not None and node.name not in ("body", "html", "[document]"):
        if id(node) not in own and (node.name == "header" or _SITE_HEADER.search(attr_text(node, "class"))):
            found = node.find_all(("nav", "a"), limit=MENU_LINKS)
            if len(found) >= MENU_LINKS or any(item.name == "nav" for item in found):
                return True
            looked += 1
            if looked == MENU_HEADERS_LOOKED_AT:
                return False
        node = node.parent
    return False


MAX_LISTS_SKIPPED = 2
# How far up a date line's `li` may be: WordPress' comment markup puts the stamp 5 levels under it (`li >
# article.comment-body > footer > div.comment-metadata > a > time`), GeneratePress 6 (`footer >
# div.comment-author-info > div.comment-metadata > a > time`), Astra 7 (`article > div.ast-comment-info >
# header > div.ast-comment-time > span.timendate > a > time`).
LIST_ITEM_DEPTH = 8
# That reach holds only for the comment markup's structural signs (a nested `<article>`, dated sibling items):
# an item's own paragraph beside its date is looked for in an item at most this far up, as the article's meta
# list nests its date as deep as a comment (`li > div > div > div > div > span > a > span`, beside a `<p>`
# label `Diterbitkan`) and must not be taken for a comment thread.
PARAGRAPH_ITEM_DEPTH = 6
TEXT_PARAGRAPH_CHARS = 100
PARAGRAPHS_LOOKED_BACK = 40
TEXT_BLOCKS = ("p", "div", "td")


def _listing_of(tag: Tag, headline: Tag | None, scan: PageScan, anchor: int | None) -> Tag | None:
    """The list (`ol`/`ul`) whose item the date line belongs to, when that item is one of a listing after the
    article's text — a comment thread, a list of other stories — and not the article's own meta list. Class
    names say nothing here (hashed or unknown on an unseen outlet); the structure does: the item holds a
    comment's own text (a `<p>`) or a nested `<article>` (WordPress' HTML5 comment markup `li >
    article.comment-body`), or two more items of the list carry a date, and the list comes after a long
    paragraph of text and does not hold the headline. A labelled line (`Posted on ...`) stays the article's.
    Sites: the comment threads of zulang.wordpress.com, 2gewinnt.wordpress.com and resonator-podcast.de, and
    the Indonesian portals' `ol > li` comment lists (Bola.com, SINDOnews shapes), whose dated comments
    otherwise outrank the header's plain date line once class names say nothing."""
    item = _list_item_of(tag)
    listing = item.parent if item is not None else None
    if item is None or listing is None or listing.name not in ("ol", "ul"):
        return None
    if headline is not None and any(parent is listing for parent in headline.parents):
        return None
    text = element_text(tag)
    if not _POST_FOOTER.match(text) and (_PUBLISHED_VERB.search(text) or _is_labelled_date(tag)):
        return None  # the article's own labelled line (the theme's sentence is any post's: look on)
    if not _after_text(listing, scan, anchor):
        return None
    # Answers about the item and the list are kept per page: every date of one long item asks them again.
    if _memo(scan, "holds-article", item, lambda: item.find("article") is not None) or _other_dated_items(
        listing, item, scan
    ):
        return listing
    # An item's own paragraph beside its date: a comment — or the article's meta list under a standfirst
    # (`li > p` date, `li > p` byline). A listing comes after most of the body, or holds more such items.
    if _list_item_of(tag, PARAGRAPH_ITEM_DEPTH) is not item:
        return None  # a deep item counts only with a nested article or dated siblings
    if not _own_text_beside_date(
        item, tag, _memo(scan, "paragraphs", item, lambda: item.find_all("p", limit=4))
    ):
        return None
    if _after_text(listing, scan, anchor, BODY_PARAGRAPHS) or _memo(
        scan, "commented", listing, lambda: _items_with_own_text(listing, 2)
    ):
        return listing
    return None


def _memo(scan: PageScan, name: str, tag: Tag, compute: Callable[[], Any]) -> Any:
    """`compute()`, once per page for this question about this element (`PageScan.memo`)."""
    return scan.remember((name, id(tag)), compute)


# Long text runs before a list that make it come after the article's body, not after its standfirst.
BODY_PARAGRAPHS = 3


def _own_text_beside_date(item: Tag, line: Tag, paragraphs: list[Tag] | None = None) -> bool:
    """The item holds a paragraph that is not the date line (nor holds it, nor is inside it); `paragraphs`: the
    item's first four, when the caller has them."""
    for paragraph in item.find_all("p", limit=4) if paragraphs is None else paragraphs:
        if paragraph is line or any(parent is paragraph for parent in line.parents):
            continue
        if any(parent is line for parent in paragraph.parents):
            continue
        return True
    return False


def _items_with_own_text(listing: Tag, needed: int) -> bool:
    """At least `needed` items of the list carry a date and a paragraph of their own beside it (comments)."""
    found = 0
    for item in listing.find_all("li", recursive=False, limit=MAX_LIST_ITEMS):
        stamp = item.find("time")
        if stamp is None:
            stamp = next(
                (
                    node.parent
                    for node in item.find_all(string=_DATED_ITEM, limit=1)
                    if isinstance(node.parent, Tag)
                ),
                None,
            )
        if stamp is not None and _own_text_beside_date(item, stamp):
            found += 1
            if found >= needed:
                return True
    return False


def _foreign_area(
    tag: Tag,
    headline: Tag | None,
    scan: PageScan,
    anchor: int | None,
    page_paths: frozenset[str] = frozenset(),
) -> Tag | None:
    """The listing, the teaser cards or the picture block a date line belongs to, whose date is not the
    article's."""
    return (
        _listing_of(tag, headline, scan, anchor)
        or _teaser_cards_of(tag, headline, page_paths)
        or _picture_block_of(tag)
    )


# A thread's posts: like blocks in one list (vBulletin 4 `li.postcontainer`, phpBB `div.post`, SMF
# `div.windowbg`, XenForo `li.message`/`article.message`, Discourse `div.topic-post`). The date line nearest the
# headline may be the next post's (vBulletin prints the header with the date before the first post's title,
# so the reply's header is the nearest date after it): the thread's publication is the first post's date.
# Only blocks the forum markup names a post count (class tokens, `id="post_123"`/`p123`, schema.org's
# DiscussionForumPosting/Comment, `data-post-id`): layout rows (Bootstrap `row`, Elementor sections) are not.
POST_LEVELS = 10
MAX_POSTS_SEEN = 200
MAX_POST_STRINGS = 400
POST_DATE_CHARS = 80
_POST_CLASSES = frozenset(
    "post postcontainer postbit postbitlegacy postbitim message windowbg windowbg2 topic-post forumpost "
    "forum-post post-container".split()
)
_POST_ID = re.compile(r"(?:post_?|p)\d{1,12}", re.I)
_POST_ITEMTYPES = ("discussionforumposting", "comment")
# A post's text (phpBB `div.content`, vBulletin `post_message_NNN`/`postcontent`, XenForo `messageText`/
# `bbWrapper`, SMF `inner`): a date there is a line of the text (an event, a quoted time), not the header's.
_POST_TEXT_CLASSES = frozenset(
    "content postcontent post_message messagetext bbwrapper message-body message-content post-content "
    "inner postbody-text".split()
)


def _first_post_date(
    line: Tag, headline: Tag | None, now: datetime | None, default_tz: tzinfo, fetched_at: datetime | None
) -> tuple[ParsedDate, Tag] | None:
    """When the date line lies in a later post of a thread than the headline's post, the first date of the
    headline's post header (outside its text, quotes and headings); else None."""
    own = _earlier_like_block(line, headline)
    if own is None:
        return None
    strings = (node for node in own.descendants if isinstance(node, NavigableString))
    for node in islice(strings, MAX_POST_STRINGS):  # a lazy walk: a hostile post holds megabytes
        holder = node.parent
        if isinstance(node, Comment) or not isinstance(holder, Tag) or holder.name in ("script", "style"):
            continue
        if not node.strip() or _longer_than(holder, POST_DATE_CHARS) or _quoted(holder):
            continue
        if _in_post_text(holder, own):
            continue
        text = element_text(holder)
        parsed = search_date(text, now=now, default_tz=default_tz)
        if parsed is not None and not _is_future(parsed, fetched_at) and not _is_relative(parsed):
            return parsed, holder
    return None


def _in_post_text(holder: Tag, post: Tag) -> bool:
    """The element lies in the post's text or is a heading (a subheading of the text)."""
    element: Tag | None = holder
    for _ in range(POST_LEVELS):
        if element is None or element is post:
            return False
        if element.name in ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote"):
            return True
        classes = {token.lower() for token in element.get_attribute_list("class") or ()}
        if classes & _POST_TEXT_CLASSES or str(element.get("id") or "").lower().startswith("post_message"):
            return True
        element = element.parent if isinstance(element.parent, Tag) else None
    return False


def _earlier_like_block(line: Tag, headline: Tag | None) -> Tag | None:
    """The headline's post when the line's block is a later sibling post of it, else None."""
    if headline is None:
        return None
    headline_path = {id(parent): parent for parent in islice(headline.parents, MAX_HEADLINE_ANCESTORS)}
    block = line
    for _ in range(POST_LEVELS):
        parent = block.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "html", "[document]"):
            return None
        if id(parent) in headline_path:
            own = next((p for p in headline.parents if p.parent is parent), None)
            return own if own is not None and _like_posts(own, block) and _comes_before(own, block) else None
        block = parent
    return None


def _like_posts(first: Tag, second: Tag) -> bool:
    return first is not second and first.name == second.name and _is_post(first) and _is_post(second)


def _is_post(block: Tag) -> bool:
    """The forum markup names the block a post."""
    classes = {token.lower() for token in block.get_attribute_list("class") or ()}
    if classes & _POST_CLASSES or block.get("data-post-id") is not None:
        return True
    if _POST_ID.fullmatch(str(block.get("id") or "")):
        return True
    itemtype = str(block.get("itemtype") or "").lower()
    return itemtype.endswith(_POST_ITEMTYPES)


def _comes_before(first: Tag, second: Tag) -> bool:
    for sibling in islice(first.next_siblings, MAX_POSTS_SEEN):
        if sibling is second:
            return True
    return False


# A teaser card: a small block with a headline link to another page and that story's date, one of a row of
# like cards (same element, same classes). Reach/Trinity Mirror's `div.teaser` in `More On`, WordPress related
# posts (`article.related-post`, Jetpack's `div.jp-relatedposts-post`), Drupal views rows
# (`div.views-row`), Bootstrap/JNews/Newspaper `div.card`/`div.jeg_post` grids, `li.teaser` most-read lists.
CARD_LEVELS = 3
CARD_CHARS = 400
CARD_LINKS = 6
CARD_HEADLINE_WORDS = 4
CARD_HEADLINE_CHARS = 20
LIKE_CARDS = 2
MAX_CARD_SIBLINGS = 60


def _teaser_cards_of(tag: Tag, headline: Tag | None, page_paths: frozenset[str]) -> Tag | None:
    """The row of teaser cards (their common parent) whose card holds the date line, else None. The card
    holds a link of headline length to another page (not the article's own address: a blog's post header
    links its own title), does not hold the article's headline, and has at least two like siblings each
    holding a link: a byline row's author link or a lone related-story box is not a row of cards."""
    block: Tag | None = tag
    for _ in range(CARD_LEVELS):
        block = block.parent if block is not None else None
        if not isinstance(block, Tag) or block.name in ("body", "html", "[document]", "main", "p"):
            return None
        if headline is not None and (
            block is headline or any(parent is block for parent in headline.parents)
        ):
            return None
        if _longer_than(block, CARD_CHARS):
            return None
        if _links_elsewhere(block, page_paths) and _like_cards(block, page_paths) >= LIKE_CARDS:
            return block.parent if isinstance(block.parent, Tag) else None
    return None


def _longer_than(block: Tag, limit: int) -> bool:
    """The block's text runs past `limit` characters (counted lazily: a page's body may hold megabytes)."""
    total = 0
    for node in block.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            total += len(node.strip())
            if total > limit:
                return True
    return False


def _links_elsewhere(block: Tag, page_paths: frozenset[str]) -> bool:
    for link in block.find_all("a", href=True, limit=CARD_LINKS):
        href = str(link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        words = element_text(link).split()
        if len(words) < CARD_HEADLINE_WORDS or len(" ".join(words)) < CARD_HEADLINE_CHARS:
            continue
        path = _path_of(href)
        if path and path not in page_paths:
            return True
    return False


def _like_cards(block: Tag, page_paths: frozenset[str]) -> int:
    """How many siblings of the block share its element and its classes and are cards too: a short block
    with a headline link to another page AND a date (share boxes and category links beside the page's own
    date box are not cards). A card row needs classes or a list item's place: bare `div`s are any page's."""
    classes = tuple(block.get_attribute_list("class") or ())
    if not any(classes) and block.name not in ("li", "article"):
        return 0
    parent = block.parent
    if not isinstance(parent, Tag):
        return 0
    like = 0
    for sibling in parent.find_all(block.name, recursive=False, limit=MAX_CARD_SIBLINGS):
        if sibling is block or tuple(sibling.get_attribute_list("class") or ()) != classes:
            continue
        if _is_card(sibling, page_paths):
            like += 1
            if like >= LIKE_CARDS:
                break
    return like


def _is_card(block: Tag, page_paths: frozenset[str]) -> bool:
    if _longer_than(block, CARD_CHARS) or not _links_elsewhere(block, page_paths):
        return False
    return search_date(element_text(block)) is not None


def _path_of(href: str) -> str:
    try:
        return urlsplit(href).path.rstrip("/")
    except ValueError:
        return ""


def _page_paths(urls: tuple[str | None, ...]) -> frozenset[str]:
    return frozenset(path for url in urls if url and (path := _path_of(url)))


# A caption and its credit: more text than this besides the line stops the climb to the picture.
CAPTION_EXTRA_CHARS = 40
CAPTION_CLIMB = 4
_NO_CAPTION_BLOCKS = frozenset({"blockquote", "td", "th", "tr", "table", "body", "html", "[document]"})
_PICTURES = ("img", "picture", "video")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
ICON_PIXELS = 100


def _picture_block_of(tag: Tag) -> Tag | None:
    """The small block a date line shares with a picture and nothing else but a credit: the line is the
    picture's caption, whatever (or however hashed) its classes (Deutsche Welle's `div > a > img` + `p`
    caption `Ukrainische Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023`; the class-free captions
    of Fox News, Die Welt, FAZ, ZDF, detikFinance ... that body.py's caption test is built on). The block's
    text starts with the line (a byline box shows the author's name, beside a photo, before the date); an
    icon or avatar of 100 px or less (`width="48"`, `48px`, `style="width:48px"`), a photo linking where the
    line's link goes (the author's) or a hidden one is no picture; a block with a heading is a titled section
    or a teaser. A caption comes after its picture (or is the block's `<figcaption>`): a line above the
    picture is the header's (the article's date line above the lead photo, the top bar's date above the
    logo), and a block whose `<figcaption>` is another text has its caption already. A line that is a time
    with its zone (`15:28 WIB`, `10:14 am ET`, `10:14 Uhr`) is a date line, never a photo's caption."""
    line = element_text(tag)
    node = tag.parent
    for _ in range(CAPTION_CLIMB):
        if node is None or node.name in _NO_CAPTION_BLOCKS:
            return None
        if not text_shorter_than(node, len(line) + CAPTION_EXTRA_CHARS):
            return None  # more text than a caption and its credit (a cheap count before the folded text)
        text = element_text(node)
        if len(text) >= len(line) + CAPTION_EXTRA_CHARS or not text.startswith(line[:20]):
            return None  # more text than a caption and its credit, or text before the line (an author's name)
        pictures = [
            p
            for p in node.find_all(_PICTURES, limit=3)
            if not (_is_icon(p) or _links_as(p, tag) or _hidden_within(p, node))
        ]
        if pictures:
            if node.find(_HEADINGS) is not None or not _captions(tag, node, pictures) or _is_stamp_line(line):
                return None
            return node
        node = node.parent
    return None


def _captions(line: Tag, block: Tag, pictures: list[Tag]) -> bool:
    """The line is the block's caption: its `<figcaption>`, or — when the block has no other figcaption —
    a line after one of its pictures."""
    figcaption = block.find("figcaption")
    if figcaption is not None:
        return figcaption is line or any(parent is figcaption for parent in line.parents)
    shown = {id(p) for p in pictures}
    for node in block.descendants:
        if node is line:
            return False  # the line comes first: a header line above the picture
        if id(node) in shown:
            return True
    return False


# A time with its zone or the clock word (`15:28 WIB`, `10:14 am ET`, `10:14 Uhr`, `16.06 WITA`).
_CLOCK_WORD = re.compile(r"(?i)\d\s*uhr\b")
STAMP_LINE_WORDS = 4


def _is_stamp_line(text: str) -> bool:
    """The line is a date with a time and its zone (or `Uhr`), with at most a few words around it (a byline's
    name): a template's date line. A caption names the day a photo was taken, not its minute and zone, and
    one that does is a sentence (`Kondisi banjir di Cepu, Senin (26/1/2026) pukul 10.00 WIB`)."""
    parsed = search_date(text, now=None, default_tz=timezone.utc)
    if parsed is None or not parsed.has_time:
        return False
    if not (parsed.has_zone or _CLOCK_WORD.search(parsed.raw or "")):
        return False
    at = text.find(parsed.raw)
    if at < 0:
        return False
    around = text[:at] + " " + text[at + len(parsed.raw) :]
    return len(_WORD.findall(around)) <= STAMP_LINE_WORDS


def _links_as(picture: Tag, line: Tag) -> bool:
    """The picture links where a link of the line goes: the author's photo beside the author's name (a
    byline box linking both to the author page, ok-magazin.de's `von Ulrike 18.10.2019 16:06 Uhr`)."""
    link = picture.find_parent("a", href=True)
    if link is None:
        return False
    return any(a.get("href") == link.get("href") for a in line.find_all("a", href=True, limit=4))


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden_within(picture: Tag, block: Tag) -> bool:
    """The picture is hidden (a `display:none` publisher box with the site's logo: taz.de)."""
    node: Tag | None = picture
    while node is not None and node is not block:
        if node.has_attr("hidden") or _HIDDEN_STYLE.search(attr_text(node, "style")):
            return True
        node = node.parent
    return False


_PIXELS = re.compile(r"^\s*(\d{1,5})(?:\.\d+)?\s*(?:px)?\s*$", re.I)
_STYLE_SIZE = re.compile(r"(?<![\w-])(?:max-)?(?:width|height)\s*:\s*(\d{1,5})(?:\.\d+)?\s*px", re.I)


def _is_icon(picture: Tag) -> bool:
    """A picture drawn 100 px or less wide or high: `width="48"`, `width="48px"`, `style="width: 48px"`."""
    for name in ("width", "height"):
        size = _PIXELS.match(attr_text(picture, name))
        if size is not None and int(size.group(1)) <= ICON_PIXELS:
            return True
    return any(int(size) <= ICON_PIXELS for size in _STYLE_SIZE.findall(attr_text(picture, "style")))


def _list_item_of(tag: Tag, depth: int = LIST_ITEM_DEPTH) -> Tag | None:
    """The `li` the element is, or sits in within `depth` levels."""
    node: Tag | None = tag
    for _ in range(depth):
        if node is None or node.name in ("body", "html", "[document]"):
            return None
        if node.name == "li":
            return node
        node = node.parent
    return None


def _other_dated_items(listing: Tag, item: Tag, scan: PageScan) -> bool:
    """Two more items of the list carry a date (`<time>` or a full date): a list of dated entries, not an
    article's meta list (whose `Published` and `Updated` items are two dates at most)."""
    return sum(1 for dated in _dated_items(listing, scan) if dated != id(item)) >= 2


def _dated_items(listing: Tag, scan: PageScan) -> list[int]:
    """The ids of the list's first items that carry a date, read once per list and page: every date of a
    long item asks about the same list (200 `<time>`s beside megabytes of items took 26 s unshared)."""
    return scan.remember(
        ("dated-items", id(listing)),
        lambda: [
            id(other)
            for other in listing.find_all("li", recursive=False, limit=MAX_LIST_ITEMS)
            if other.find("time") is not None or _DATED_ITEM.search(element_text(other))
        ],
    )


def _after_text(tag: Tag, scan: PageScan, anchor: int | None, runs: int = 1) -> bool:
    """`runs` long runs of text come before the element (and after the headline, when there is one): a
    paragraph, or a block's own text between `<br>`s (portals that set the story as one `div` of text)."""
    blocks = _indexed_text_blocks(scan, tag)
    index = scan.index_of.get(id(tag))
    if blocks is None or index is None:
        return _after_text_walk(tag, scan, anchor, runs)
    indexes, block_runs = blocks
    found = 0
    end = bisect.bisect_left(indexes, index)
    for position in range(end - 1, max(end - 1 - PARAGRAPHS_LOOKED_BACK, -1), -1):
        if anchor is not None and indexes[position] < anchor:
            return False
        found += block_runs[position]
        if found >= runs:
            return True
    return False


def _after_text_walk(tag: Tag, scan: PageScan, anchor: int | None, runs: int) -> bool:
    """`_after_text` by walking back from the element (up to the document's start when no headline stops it)."""
    found = 0
    for block in tag.find_all_previous(TEXT_BLOCKS, limit=PARAGRAPHS_LOOKED_BACK):
        index = scan.index_of.get(id(block))
        if anchor is not None and index is not None and index < anchor:
            return False
        found += _text_runs(block)
        if found >= runs:
            return True
    return False


def _text_runs(block: Tag) -> int:
    """Long runs of text in a text block: a long paragraph is one; a block's own long strings count each."""
    if block.name == "p" and len(block.get_text()) >= TEXT_PARAGRAPH_CHARS:
        return 1
    return sum(
        1 for text in block.find_all(string=True, recursive=False) if len(text) >= TEXT_PARAGRAPH_CHARS
    )


# `_after_text` walks back from each element asked about; past this many asks on one page (a list of 2000
# dated items, no headline to stop the walks) the page's text blocks are indexed once instead.
_WALKS_BEFORE_INDEX = 8


def _indexed_text_blocks(scan: PageScan, tag: Tag) -> tuple[list[int], list[int]] | None:
    """The page's text blocks in document order, as (their indexes, their long runs), once the page has asked
    `_after_text` often; None before that, or when a block is not in the scan's index (added later)."""
    asks = scan.memo.get(("after-text-asks",), 0) + 1
    scan.memo[("after-text-asks",)] = asks
    if asks <= _WALKS_BEFORE_INDEX:
        return None
    key = ("text-blocks",)
    if key not in scan.memo:
        root = tag
        while root.parent is not None:
            root = root.parent
        indexes: list[int] = []
        runs: list[int] = []
        for block in root.find_all(TEXT_BLOCKS):
            index = scan.index_of.get(id(block))
            if index is None:
                scan.memo[key] = None
                return None
            indexes.append(index)
            runs.append(_text_runs(block))
        scan.memo[key] = (indexes, runs)
    return scan.memo[key]


def _without_area(scan: PageScan, area: Tag) -> PageScan:
    """The page scan without the date, time and byline elements inside `area`."""
    inside = {id(area), *(id(tag) for tag in area.find_all(True))}

    def outside(elements: list[Element]) -> list[Element]:
        return [e for e in elements if id(e.tag) not in inside]

    return replace(
        scan,
        date_hints=outside(scan.date_hints),
        times=outside(scan.times),
        byline_hints=outside(scan.byline_hints),
        date_lines=outside(scan.date_lines),
    )


STAMP_ATTRIBUTES = ("datetime", "title", "content")
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
MAX_STAMP_DESCENDANTS = 12
STAMP_ANCESTORS = 3


def _stamp_on_line(
    tag: Tag | None, visible: ParsedDate, now: datetime | None, default_tz: tzinfo
) -> DateCandidate | None:
    """The machine stamp the date line itself carries when it shows only the day: Blogger templates wrap the
    shown `9 Oktober 2020` in `<abbr class="published|updated" title="2020-10-09T10:10:00+07:00">` (hAtom),
    WordPress themes in `<time class="entry-date" datetime=...>` or a `<span title=...>`, portals in
    `<span data-... content=...>`; the stamp on the same day gives the time and the offset the page does not
    show. Looked for on the line's element, its nearest ancestors and its first descendants, never elsewhere."""
    if tag is None:
        return None
    day = visible.value.date()
    for node in _stamp_holders(tag):
        for attr in STAMP_ATTRIBUTES:
            value = node.get(attr)
            if not isinstance(value, str) or len(value) > 40 or not _ISO_STAMP.match(value.strip()):
                continue
            parsed = parse_date(value, now=now, default_tz=default_tz)
            if parsed is not None and parsed.has_time and parsed.value.date() == day:
                return DateCandidate(f"line:{node.name}[{attr}]", parsed)
    return None


# A time alone (`8:15`, `08:00`, `8:15 PM`, `20.15 WIB`): the text of a post's timestamp link.
_BARE_TIME = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:WIB|WITA|WIT|Uhr|h))?$", re.I
)
MAX_PERMALINKS = 4000
MAX_SELF_LINKS = 12
BARE_TIME_CHARS = 16


def _permalink_time(
    scan: PageScan,
    urls: tuple[str | None, ...],
    visible: ParsedDate,
    now: datetime | None,
    default_tz: tzinfo,
) -> DateCandidate | None:
    """The time of day of a post whose date line shows only the day, from the post's own timestamp link:
    Blogger's templates print the day above the post (`h2.date-header` `Kamis, 07 Maret 2024`) and the time in
    its footer as a link to the post itself (`Diposting oleh X di <a href=POST rel=bookmark>8:15</a>`,
    `Publié par X à 08:00`, `Posted by X at 8:15 AM`: sibenlab.blogspot.com, the Blogger outlets of the
    Indonesian page set). Only a link to the page's own URL — no query, no fragment: a comment's permalink
    carries `?showComment=` or `#c123` — whose whole text is a time, after the footer's word for `at`, counts
    (a video's duration `3:45` over its picture is no time of day); a machine stamp it holds on the same day (the
    hAtom `abbr.published[title]`) gives the zone too. The last such link is the footer's: an `Update di
    <a href=POST>14:30</a>` line in the post's text comes before it."""
    own = {url.rstrip("/") for url in urls if url}
    if not own:
        return None
    day = visible.value.date()
    self_links = (
        link for link in scan.links[:MAX_PERMALINKS] if attr_text(link, "href").strip().rstrip("/") in own
    )
    last: DateCandidate | None = None  # the footer's comes after the post's text: the last one is the post's
    for link in islice(self_links, MAX_SELF_LINKS):
        if not text_shorter_than(link, BARE_TIME_CHARS):
            continue  # a title or a `Read more` link to the post, not its time
        text = element_text(link)
        if not _BARE_TIME.match(text) or not _after_time_word(link):
            continue
        last = _link_time(link, text, visible, day, now, default_tz) or last
    return last


def _link_time(
    link: Tag, text: str, visible: ParsedDate, day: date, now: datetime | None, default_tz: tzinfo
) -> DateCandidate | None:
    """The time a post's timestamp link gives on the post's day: its machine stamp's, else its text's."""
    for node in [link, *link.find_all(True, limit=MAX_STAMP_DESCENDANTS)]:
        for attr in STAMP_ATTRIBUTES:
            value = node.get(attr)
            if isinstance(value, str) and len(value) <= 40 and _ISO_STAMP.match(value.strip()):
                stamp = parse_date(value, now=now, default_tz=default_tz)
                if stamp is not None and stamp.has_time and stamp.value.date() == day:
                    return DateCandidate(f"permalink:{node.name}[{attr}]", stamp)
    parsed = search_date(f"{visible.raw} {text}", now=now, default_tz=default_tz)
    if parsed is not None and parsed.has_time and parsed.value.date() == day:
        return DateCandidate("visible:permalink-time", parsed)
    return None


# The word before a post's time in its footer (`Posted by X at`, `Diposting oleh X di|pada`, `Publié par X à`,
# `Eingestellt von X um`, `Pubblicato da X alle`, `Publicado por X en|às`, `Geplaatst door X op|om`, `kl.`, `@`),
# and Blogger's other languages: Turkish `Gönderen X zaman:`, Vietnamese `Đăng bởi X lúc`, Japanese `投稿者 X
# 時刻:`, Polish `Opublikowane przez X o`, Czech `Vystavil X v`, Russian `Опубликовано X в`, Chinese `于`/`於`.
_TIME_WORD = re.compile(
    r"(?i)(?:^|[\s,|·•-])(?:at|di|pada|pukul|jam|à|a|um|alle|ore|en|às|op|om|kl\.?|klo|@"
    r"|zaman:|lúc|時刻:|o|v|в|于|於)\s*$"
)
SIBLINGS_BEFORE = 3


def _after_time_word(link: Tag) -> bool:
    """The text a reader sees right before the link (its previous siblings, skipping empty elements such as
    `<meta>`, else its parent's) ends with the footer's word for `at`."""
    node: Tag | None = link
    for _ in range(2):
        if node is None:
            return False
        sibling = node.previous_sibling
        for _ in range(SIBLINGS_BEFORE):
            if sibling is None:
                break
            if isinstance(sibling, Tag):
                text = element_text(sibling) if text_shorter_than(sibling, LABEL_CHARS) else "-"
            elif isinstance(sibling, NavigableString) and not isinstance(sibling, Comment):
                text = str(sibling)
            else:
                text = ""
            if text.strip():
                return bool(_TIME_WORD.search(text.strip()))
            sibling = sibling.previous_sibling
        node = node.parent
    return False


def _stamp_holders(tag: Tag) -> list[Tag]:
    """The line's element, its descendants (the first few) and its nearest ancestors, in that order."""
    holders = [tag, *tag.find_all(True, limit=MAX_STAMP_DESCENDANTS)]
    node = tag.parent
    for _ in range(STAMP_ANCESTORS):
        if node is None or node.name in ("body", "html", "[document]"):
            break
        holders.append(node)
        node = node.parent
    return holders


# `This entry was posted on ... at ...`, `... wurde am 19. Mai 2010 um 23:03 Uhr gepostet`: the blog theme's
# sentence about the post itself.
_PUBLISHED_VERB = re.compile(
    r"(?i)\b(?:posted|published|gepostet|veröffentlicht|erschienen|publié|publicado|pubblicato|diterbitkan|"
    r"dipublikasikan|ditulis)\b"
)
RUNNING_TEXT_WORDS = 10
SENTENCE_SIDE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def _in_running_text(text: str, parsed: ParsedDate) -> bool:
    """A date inside a sentence (`Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe
    statt.`, `Banjir terjadi pada Senin (26/1/2026) malam di tiga desa.`) dates an event the text talks about,
    not the article. A date line puts its date at an end (after a byline, before a place) or under a label;
    a sentence has words on both sides and ends like one."""
    at = text.find(parsed.raw)
    if at < 0 or not text.rstrip().endswith((".", "!", "?")) or _PUBLISHED_VERB.search(text):
        return False
    before = len(_WORD.findall(text[:at]))
    after = len(_WORD.findall(text[at + len(parsed.raw) :]))
    return (
        before >= SENTENCE_SIDE_WORDS
        and after >= SENTENCE_SIDE_WORDS
        and before + after >= RUNNING_TEXT_WORDS
    )


def _prefer_stated_offset(machine: list[DateCandidate]) -> list[DateCandidate]:
    """When the first machine value says UTC and another says the same wall-clock minute with a non-zero
    offset, the UTC label is the CMS's default on a local time (WordPress SEO plugins on a site left at UTC,
    templates that print a literal `Z`): the stamp that states an offset goes first."""
    if not machine or not machine[0].parsed.has_zone or machine[0].parsed.value.utcoffset():
        return machine
    first = _wall_minute(machine[0].parsed)
    for candidate in machine[1:]:
        parsed = candidate.parsed
        if parsed.has_time and parsed.has_zone and parsed.value.utcoffset() and _wall_minute(parsed) == first:
            return [candidate, *(c for c in machine if c is not candidate)]
    return machine


# The shown time and dateModified are the same save (seconds apart, or the template's rounding); the stated
# publication lies clearly before it.
UPDATE_MARGIN = timedelta(minutes=2)
PUBLISHED_BEFORE_UPDATE = timedelta(minutes=10)


def _shows_modified(visible: ParsedDate, modified: DateCandidate | None, published: DateCandidate) -> bool:
    """The header shows the last update, unlabelled: its time is the page's dateModified (to a minute or
    two) and the stated publication is clearly earlier. Outlets that refresh a story all day print the refresh
    time under the headline (a broadcaster's live page, a national daily's running story)."""
    if modified is None or not (visible.has_time and modified.parsed.has_time and published.parsed.has_time):
        return False
    if visible.has_zone and modified.parsed.has_zone:
        gap = abs(visible.value - modified.parsed.value)
    else:
        gap = abs(_wall_minute(visible) - _wall_minute(modified.parsed))
    return gap <= UPDATE_MARGIN and published.parsed.value < modified.parsed.value - PUBLISHED_BEFORE_UPDATE


class _UtcLenders(NamedTuple):
    """What may lend a zone to a UTC-stored publication time: the page's publication stamps, its
    modification stamp, and the site's zone: that of its country-code domain (a country with one zone), else
    the one its platform's settings declare (Squarespace, Wix: a site on a generic domain)."""

    machine: list[DateCandidate]
    modified: DateCandidate | None
    domain: tzinfo | None


def _shown_zone(
    chosen: DateCandidate | None,
    visible: ParsedDate | None,
    lenders: _UtcLenders,
    zone: tzinfo | None,
    local_tz: tzinfo | None,
    site_offset: tzinfo | None,
) -> tzinfo | None:
    """The zone the publication time is expressed in: the visible line's, the Indonesian page's, the offset
    the visible wall clock tells; for a UTC-stored time the page's own stamp of that instant, else the
    outlet's zone. None keeps the time as stored."""
    if visible is not None and visible.has_zone:
        return visible.value.tzinfo
    if local_tz is not None:
        return local_tz
    if visible is not None and site_offset is not None:
        return site_offset
    if chosen is None:
        return None
    shown = _zone_stated_for_instant(chosen.parsed, lenders, zone) or _site_zone_for_utc(
        chosen.parsed, lenders
    )
    return shown if shown is not None and _keeps_shown_date(chosen.parsed, shown, visible) else None


def _day_zone(
    chosen: DateCandidate | None, modified: DateCandidate | None, urls: list[str | None]
) -> tzinfo | None:
    """The zone a bare date (a day, no time) is that day in, on a country-code domain west of Greenwich
    (`sitezone.day_zone`): midnight UTC is the evening before there (`30 de janeiro de 2026` on a .com.br
    blog, `3 de marzo de 2024` on a .com.ar outlet). Never from the declared language: pt_BR and es_ES are
    also served from Lisbon and Madrid, where the day already holds at midnight UTC. Not when the page's
    zoned modification time falls before that midnight in the zone: a page is not changed before it is
    published, so the site wrote the day in UTC (`article:modified_time` `2026-01-30T01:00Z` under `30 de
    janeiro de 2026` is the evening of the 29th in Brasília)."""
    if chosen is None or chosen.parsed.has_time:
        return None
    zone = day_zone(urls)
    if zone is None or _modified_before_day(modified, chosen.parsed, zone):
        return None
    return zone


def _press_release_zone(
    chosen: DateCandidate | None,
    visible: ParsedDate | None,
    lenders: _UtcLenders,
    local_tz: tzinfo | None,
    headline: Tag | None,
) -> tzinfo | None:
    """The zone of the US state a press release's opening dateline names (`LOWELL, Mass., May 8, 2018 —`), for
    a UTC-stored publication time the page shows as a day at most: company newsrooms on WordPress (Divi,
    Elementor), Drupal and HubSpot repost the releases PR Newswire, Business Wire and GlobeNewswire carry under
    such datelines, the time of issue being the dateline city's. Only when nothing else gives a zone (a site
    zone, a stamp's offset, a shown time: `_shown_zone` first), the dateline opens one of the first paragraphs
    after the headline, and it gives the publication's day in that zone."""
    if chosen is None or local_tz is not None or lenders.domain is not None or headline is None:
        return None
    parsed = chosen.parsed
    if not (parsed.has_time and parsed.has_zone) or parsed.value.utcoffset() or _at_utc_midnight(parsed):
        return None
    if visible is not None and visible.has_time:
        return None
    for paragraph in _paragraphs_after(headline):
        if in_excluded_area(paragraph, _READERS_AND_MENUS, headline=headline):
            continue
        dateline = us_dateline(_opening_of(paragraph, 2 * OPENING_CHARS))
        if dateline is None:
            continue
        zone, month, day = dateline
        local = in_zone(parsed.value, zone)
        same_day = (local.month, local.day) == (month, day)
        return zone if same_day and _keeps_shown_date(parsed, zone, visible) else None
    return None


def _at_utc_midnight(parsed: ParsedDate) -> bool:
    """A UTC stamp at exactly 00:00:00 is a day stored without its time (review): re-zoning it would move the
    day (`2018-05-08T00:00:00Z` in US Pacific is the 7th)."""
    value = parsed.value
    return (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0)


MAX_DATELINE_ELEMENTS = (
    150  # elements read after the headline for the opening paragraphs (review: a page with
)
# fewer than four <p> after the headline had the search walk the whole rest of the document)


def _paragraphs_after(headline: Tag) -> list[Tag]:
    """The first few <p> among the elements that follow the headline, a fixed number of elements read."""
    found: list[Tag] = []
    node = headline.next_element
    for _ in range(MAX_DATELINE_ELEMENTS):
        if node is None:
            break
        if isinstance(node, Tag) and node.name == "p":
            found.append(node)
            if len(found) >= MAX_OPENING_PARAGRAPHS:
                break
        node = node.next_element
    return found


MAX_OPENING_STRINGS = 40  # strings read for a paragraph's opening (a hostile page's paragraph is megabytes)


def _opening_of(paragraph: Tag, limit: int) -> str:
    """The paragraph's first `limit` characters of text, its strings joined, read no further than needed."""
    parts: list[str] = []
    total = 0
    for string in islice(paragraph.strings, MAX_OPENING_STRINGS):
        parts.append(string[:limit])
        total += len(parts[-1])
        if total >= limit:
            break
    return " ".join("".join(parts).split())[:limit]


def _modified_before_day(modified: DateCandidate | None, day: ParsedDate, zone: tzinfo) -> bool:
    """The zoned modification time is earlier than the bare day's midnight in `zone`."""
    if modified is None or not (modified.parsed.has_time and modified.parsed.has_zone):
        return False
    return modified.parsed.value < day.value.replace(tzinfo=zone)


def _keeps_shown_date(parsed: ParsedDate, zone: tzinfo, visible: ParsedDate | None) -> bool:
    """Expressing the stored time in `zone` keeps what the page shows: its bare date, its zoneless wall
    clock. Arc XP outlets render the UTC wall clock under the headline (elespectador.com: `6 May 2022 - 2:00
    a. m.` for `02:00Z`, while its JSON-LD says `21:00-05:00` the day before): readers see UTC there."""
    if visible is None:
        return True
    local = in_zone(parsed.value, zone)
    if visible.has_time:
        return visible.has_zone or _wall_minute(visible) == local.replace(
            tzinfo=None, second=0, microsecond=0
        )
    return local.date() == visible.value.date()


def _zone_stated_for_instant(parsed: ParsedDate, lenders: _UtcLenders, zone: tzinfo | None) -> tzinfo | None:
    """The zone the page shows a UTC-stored publication time in: another publication stamp of the page
    states the same instant (to the minute) with a non-zero offset (WordPress with Yoast: `+00:00` in
    `article:published_time` and JSON-LD, the theme's `<time class="entry-date published">` in the site's
    `-06:00`; Ghost and Arc XP pages whose theme prints the local stamp). The site zone is kept when it gives
    that offset on that date (it also knows the other season's offset). A stamp of another instant (a
    comment's, a teaser's) lends nothing; nor does an offset that contradicts the zone of the country-code
    domain (a teaser `<time>` of the same minute at `-05:00` on a .de page)."""
    if not (parsed.has_zone and parsed.has_time) or parsed.value.utcoffset():
        return None
    instant = parsed.value.replace(second=0, microsecond=0)
    domain_offset = offset_at(lenders.domain, instant) if lenders.domain is not None else None
    for candidate in lenders.machine:
        other = candidate.parsed
        offset = other.value.utcoffset() if other.has_zone and other.has_time else None
        if not offset or other.value.replace(second=0, microsecond=0) != instant:
            continue
        if domain_offset is not None:
            if offset == domain_offset:
                return lenders.domain
            continue
        if zone is not None and offset_at(zone, instant) == offset:
            return zone
        return timezone(offset)
    return None


# A stamp lends its offset to the publication time only from the same daylight-saving season: within a
# month of it (a dateModified of July says -04:00; the January publication was at -05:00).
SAME_SEASON = timedelta(days=30)


def _site_zone_for_utc(parsed: ParsedDate, lenders: _UtcLenders) -> tzinfo | None:
    """The outlet's zone for a publication time the page gives only in UTC (Ghost's `article:published_time`,
    Arc XP's and Brightspot's `Z` JSON-LD on a .de or .fr site): readers see local time. The zone comes from
    the country-code domain of a country with one zone or one dominant zone (`sitezone.domain_zone`), never
    from the declared language (WordPress's fr_FR or es_ES serve Montréal, Dakar and Mexico City); without one,
    from the offset the modification stamp states in the same season, and not when a publication stamp states
    another offset (the page's own zone then decides; on a country-code domain an offset that is not its zone
    is a teaser's or a syndicated stamp's, and rule 1 has already taken one that is)."""
    if not (parsed.has_zone and parsed.has_time) or parsed.value.utcoffset():
        return None
    if lenders.domain is not None:
        return lenders.domain
    if any(c.parsed.has_zone and c.parsed.value.utcoffset() for c in lenders.machine):
        return None
    modified = lenders.modified.parsed if lenders.modified is not None else None
    if modified is None or not (modified.has_zone and modified.has_time):
        return None
    if abs(modified.value - parsed.value) > SAME_SEASON:
        return None
    return zone_from_offsets([modified.value], None)


def _wall_minute(parsed: ParsedDate) -> datetime:
    return parsed.value.replace(tzinfo=None, second=0, microsecond=0)


def _local_wall_clock(chosen: DateCandidate, visible: ParsedDate, local_tz: tzinfo) -> DateCandidate:
    """A UTC-labelled machine value on the very wall clock a page in a known local zone shows without zone
    (`15:28` on an Indonesian page, `"2026-01-27T15:28:41+00:00"` in its metadata): the label is false, the
    time is local. The machine value is kept for its seconds."""
    parsed = chosen.parsed
    if not (visible.has_time and not visible.has_zone and parsed.has_zone and parsed.has_time):
        return chosen
    if (
        parsed.value.utcoffset()
        or not local_tz.utcoffset(None)
        or _wall_minute(parsed) != _wall_minute(visible)
    ):
        return chosen
    return DateCandidate(
        chosen.source, ParsedDate(parsed.value.replace(tzinfo=local_tz), True, False, parsed.raw)
    )


_INDONESIAN_ZONES = {tz.utcoffset(None): tz for tz in (WIB, WITA, WIT)}


def site_zone(
    article: Article,
    scan: PageScan,
    jsonld: JsonLdArticle,
    stamps: list[DateCandidate],
    local_tz: tzinfo | None,
    rules: Any,
    page_text: str = "",
) -> tzinfo | None:
    """The zone the page's zoneless times are written in (`telisik.extract.sitezone`): a non-zero offset
    another stamp of the page states, else the zone a forum's footer states for every time on the page
    (`All times are UTC - 5 hours [ DST ]`: `sitezone.board_zone`), else the outlet's country convention. On an Indonesian page only WIB,
    WITA or WIT count as evidence (WIB otherwise); a site rule's zone is never second-guessed."""
    if rules is not None and getattr(rules, "default_timezone", None) is not None:
        return None
    zoned = [c.parsed.value for c in stamps if c.parsed.has_time and c.parsed.has_zone]
    if local_tz is not None:
        offsets = [v.utcoffset() for v in zoned]
        stated = next((_INDONESIAN_ZONES[o] for o in offsets if o in _INDONESIAN_ZONES), None)
        return stated or _zone_of_mislabelled_pair(zoned)
    languages = [
        scan.html_lang,
        *scan.meta.get("og:locale", [])[:1],
        *scan.meta.get("content-language", [])[:1],
        jsonld.language,
    ]
    if not any(languages):
        languages.append(script_language(scan))
    convention = convention_zone([article.url, article.canonical_url], languages)
    return (
        zone_from_offsets(zoned, convention)
        or board_zone(page_text, [article.url, article.canonical_url])
        or convention
    )


def _server_zone_over_language(
    zone: tzinfo | None,
    article: Article,
    page_text: str,
    stamps: list[DateCandidate],
    visible: ParsedDate | None,
    local_tz: tzinfo | None,
    rules: Any,
) -> tzinfo | None:
    """The server zone the platform prints (1C-Bitrix's `SERVER_TZ_OFFSET`: `sitezone.server_zone`) in
    place of a language's default zone, for the page's zoneless times: a Perm or Yekaterinburg outlet on
    Bitrix writes `4 февраля 2026, 10:15` in its own +05:00, not in Moscow's. The server's zone is not
    always the newsroom's (a hosted site), so it never overrides what the page or its address tells: a
    stamp with a zone (its offset already decided `zone`), a zone shown on the date line (`10:15 МСК`), a
    site rule, the Indonesian zones, or the domain of a country with one zone (`.ua`, `.by`, `.de`). A
    several-zone country's domain (`.ru`, `.us`) tells no zone, and a domain the table does not know
    (`.kz`, `.uz`) none either. The language's zone is kept when it has that offset in one of its seasons."""
    if local_tz is not None or (rules is not None and getattr(rules, "default_timezone", None) is not None):
        return zone
    if any(c.parsed.has_zone for c in stamps) or (visible is not None and visible.has_zone):
        return zone
    if domain_zone([article.url, article.canonical_url]) is not None:
        return zone
    server = server_zone(page_text)
    if server is None:
        return zone
    offset = server.utcoffset(None)
    if offset is None or keeps_convention(zone, offset):
        return zone
    return server


# Writing systems used for one language, or by countries sharing one offset: kana is Japanese (JST), Hangul
# Korean (KST), the Thai script Thai (ICT); Chinese characters without kana are written in mainland China,
# Taiwan, Hong Kong, Macau, Singapore and Malaysia, all at UTC+8.
# Kana without the middle dot and the long-vowel mark (U+30FB, U+30FC), which Chinese pages use too.
_KANA = re.compile(r"[\u3040-\u30fa\u30fd-\u30ff]")
# Quoted titles and words (`「勇者」`, `『葬送のフリーレン』`): a Chinese page quoting Japanese names.
_CORNER_QUOTED = re.compile(r"「[^」]{0,80}」|『[^』]{0,80}』")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
SCRIPT_SAMPLE_CHARS = 2000
SCRIPT_SHARE = 0.3
KANA_SHARE = 0.15


def script_language(scan: PageScan) -> str | None:
    """The language the page's writing system tells, when the page declares none: a reader of a page in
    kana, Hangul or Thai script knows its country without a `lang` attribute (nikkan-gendai.com and other
    Japanese portals serve a bare `<html>`). Read on the title and the first text runs; the script must make
    up a third of the sample's letters (a Latin page quoting a Japanese name is no Japanese page). Japanese
    mixes kana with Chinese characters, its prose mostly with hiragana: kana outside corner quotes making up
    a sixth or more of the letters makes the page Japanese, not Chinese (a Taiwanese anime page quoting
    Japanese titles in 「」 stays at UTC+8). Limits: a page written abroad in its diaspora's script (a
    Korean-language daily in Los Angeles, a Chinese-language daily in Jakarta) shows no sign of its place in its
    script and gets the script's home zone; only its metadata or a stated offset tells otherwise."""
    sample = " ".join([scan.title_text or "", *scan.paragraphs[:6]])[:SCRIPT_SAMPLE_CHARS]
    sample = _CORNER_QUOTED.sub(" ", sample)
    letters = sum(1 for char in sample if char.isalpha())
    if letters < 20:
        return None
    han, kana = len(_HAN.findall(sample)), len(_KANA.findall(sample))
    if kana >= KANA_SHARE * letters and han + kana >= SCRIPT_SHARE * letters:
        return "ja"
    if han >= SCRIPT_SHARE * letters:
        return "zh"
    if len(_HANGUL.findall(sample)) >= SCRIPT_SHARE * letters:
        return "ko"
    if len(_THAI.findall(sample)) >= SCRIPT_SHARE * letters:
        return "th"
    return None


def _zone_of_mislabelled_pair(zoned: list[datetime]) -> tzinfo | None:
    """The Indonesian zone two UTC-labelled stamps of the page tell between them: the same save written once
    as the UTC instant (an SEO plugin's JSON-LD and `article:published_time`) and once as the local wall clock
    with a literal `+00:00` (the theme's `<time datetime>`), to the second, exactly 7, 8 or 9 hours apart. The
    difference is the zone (WordPress themes on Bali, Manado, Makassar and Jakarta portals: metrobali,
    beritamanado-style JNews/nerubian templates). A correct UTC page does not hold two publication stamps of the
    same second hours apart."""
    utc = [v for v in zoned if not v.utcoffset()]
    for index, first in enumerate(utc):
        for second in utc[index + 1 :]:
            zone = _INDONESIAN_ZONES.get(abs(second - first))  # either stamp may come first
            if zone is not None:
                return zone
    return None


def _localized(parsed: ParsedDate, zone: tzinfo | None) -> ParsedDate:
    """A zoneless time in the site's zone. A bare date keeps its midnight in the default zone: it names a
    day, and moving it would move the day."""
    if zone is None or parsed.has_zone or not parsed.has_time:
        return parsed
    return ParsedDate(parsed.value.replace(tzinfo=zone), True, False, parsed.raw)


# `/2023/11/01/`, `/2023-11-01-`, `/20231101/` in an article URL: the day the CMS filed the article under.
_URL_DAY = re.compile(r"/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
# `/2023/apr/28/`: the month by its English name (theguardian.com, washingtontimes.com, politifact.com).
_URL_MONTH_NAME_DAY = re.compile(
    r"/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)",
    re.I | re.A,  # ASCII: under Unicode case folding `ſep` (long s) matched and was no month (review)
)
# A slug that ends in its day: `...-2023-04-25/` (reuters.com, cbsnews.com), `...-20241122` (lefigaro.fr).
_URL_SLUG_DAY = re.compile(
    r"[-_]((?:19|20)\d{2})(-?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:\.[a-z]{3,5})?/?$", re.I
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MAX_FAR_ELEMENTS = 12


def _url_day(
    url: str | None,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
    *,
    slug: bool = False,
) -> DateCandidate | None:
    """The day the CMS filed the article under, from its URL (`/2023/11/01/`, `/2023-11-01/`, `/2023/apr/28/`);
    with `slug`, only the day a slug ends in (`-2023-04-25`, `-20241122`): that may be the day of what the
    story is about (`/sport/city-vs-united-preview-2024-03-09/`, the match day), so it is only a reserve."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_SLUG_DAY.search(path) if slug else _URL_DAY.search(path)
    if slug and match is None:
        return None
    if match:
        year, _, month, day = match.groups()
    else:
        named = _URL_MONTH_NAME_DAY.search(path)
        if named is None:
            return None
        year, month, day = named.group(1), f"{_MONTHS.index(named.group(2).lower()) + 1:02d}", named.group(3)
    parsed = parse_date(f"{year}-{month}-{int(day):02d}", now=now, default_tz=default_tz)
    if parsed is None or _is_future(parsed, fetched_at):
        return None
    return DateCandidate("url", parsed)


def _filed_day_over_visible(
    chosen: DateCandidate,
    machine: list[DateCandidate],
    url: str | None,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
) -> DateCandidate:
    """A visible date that no metadata confirms loses to the day in the article's URL when they differ: the
    line read is then a later edition, an event or the day the page was shown (the site header's `Monday,
    February 7, 2022`). A machine date on the URL's day is taken before the bare day."""
    filed = _url_day(url, now, default_tz, fetched_at)
    if filed is None:
        return chosen
    day = filed.parsed.value.date()
    if chosen.parsed.value.date() == day:
        return chosen
    on_day = next((c for c in machine if c.parsed.value.date() == day), None)
    return on_day or filed


def _last_resort_date(
    scan: PageScan,
    url: str | None,
    anchor: int | None,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
) -> DateCandidate | None:
    """When nothing near the headline gives a date: a date in the article URL, else the first
    `<time datetime>` or published-microdata or date-classed or labelled line anywhere outside sidebars,
    comments and lists of other stories (blogs and small sites put the date under the article or in its
    footer), else the day a URL slug ends in (a preview's slug may end in the match day: a labelled `Published
    March 7, 2024` line under the text is the article's)."""
    filed = _url_day(url, now, default_tz, fetched_at)
    if filed is not None:
        return filed
    labelled = [e for e in scan.date_lines if _is_labelled_date(e.tag)][:4]
    far = [*scan.itemprops.get("datepublished", ())[:3], *scan.times[:6], *scan.date_hints[:6], *labelled]
    headline = headline_tag(scan, anchor)
    for element in sorted(far, key=lambda e: e.index)[:MAX_FAR_ELEMENTS]:
        tag = element.tag
        if (
            in_excluded_area(tag, _FAR_EXCLUDED, headline=headline) and not _in_article_rail(tag, headline)
        ) or "modif" in attr_text(tag, "class").lower():
            continue
        if _listing_of(tag, headline, scan, anchor) is not None or _in_quotation(tag):
            continue  # a comment's or another story's date, an embedded post's
        value = _machine_value(tag)
        if isinstance(value, str) and _is_post_footer(value):
            value = value[:POST_FOOTER_CHARS]  # the theme's sentence goes on with categories and feed links
        if not isinstance(value, str) or len(value) > 200:
            continue
        parsed = search_date(value, now=now, default_tz=default_tz)
        if parsed is None or _is_future(parsed, fetched_at) or _is_relative(parsed):
            continue
        if (
            not parsed.has_time
            and anchor is not None
            and element.index < anchor
            and _in_site_header(tag, headline)
        ):
            continue  # today's date in the site's top bar
        return DateCandidate("visible:far-date", parsed)
    return _url_day(url, now, default_tz, fetched_at, slug=True)


# The page's own top: `<header>`, a top bar, the masthead. News themes print today's date there (JNews
# `jeg_top_date`, tagDiv `td_data_time`, Jannah `today-date`, the portals' `Rabu, 28 Januari 2026` bar).
_SITE_HEADER = re.compile(
    r"(?<![\w-])header(?![\w-])|(?:site|page|main|global)[-_]?header|top-?bar|masthead|top-?date|today", re.I
)


def _in_site_header(tag: Tag, headline: Tag | None) -> bool:
    """True when the element sits in the page's header (not the article's own header, which holds the
    headline): its date is the day the page was shown. A header inside an `<article>` is that article's own
    (`article > header.entry-header > p.entry-meta > time`, the HTML5 markup of WordPress themes), also when
    the headline was read elsewhere (a recipe card's title: backenmachtgluecklich.de); the page's header is
    never inside an article."""
    own = set()
    node: Tag | None = headline
    while node is not None:
        own.add(id(node))
        node = node.parent
    node = tag
    header_seen = False
    while node is not None and node.name not in ("body", "html", "[document]"):
        if node.name == "article":
            return False
        if id(node) not in own and (node.name == "header" or _SITE_HEADER.search(attr_text(node, "class"))):
            header_seen = True
        node = node.parent
    return header_seen


# Lines whose date is not the publication's: copyright notices, update stamps, event schedules, and references
# to a paper by its DOI (`In: Science; Vol. 371, pp. 260 - 264, 15. Januar 2021, DOI 10.1126/...`, `Journal
# reference: ... (2021). DOI: 10.1038/...`: the science desks' source lines — internetchemie.info, phys.org,
# ScienceDaily, EurekAlert!, scinexx — date the paper, not the article).
_CITATION = r"\bdoi\b\W{0,3}10\.\d{4,9}/|doi\.org/10\."
_CITES_PAPER = re.compile(_CITATION, re.I)
_NOT_PUBLICATION = re.compile(
    r"(?i)©|copyright|\(c\)|aktualisiert|updated|diperbarui|geändert|modified|stand:|termin|veranstaltung|event|"
    + _CITATION
)
MAX_DATE_LINES_AFTER = 12


def _first_date_line_after(
    scan: PageScan, anchor: int | None, now: datetime | None, default_tz: tzinfo, fetched_at: datetime | None
) -> DateCandidate | None:
    """The first short line with a full date after the headline, anywhere outside sidebars, comments and
    teaser lists: the last resort for pages that print their date in the text only (blogs, press releases)."""
    lines = [e for e in scan.date_lines if anchor is None or e.index > anchor][:MAX_DATE_LINES_AFTER]
    updated: DateCandidate | None = None
    for element in lines:
        text = element_text(element.tag)
        if in_excluded_area(element.tag, _FAR_EXCLUDED, headline=headline_tag(scan, anchor)):
            continue
        if _in_caption(element.tag) or _in_dated_list(element.tag, scan) or _in_quotation(element.tag):
            continue
        if _listing_of(element.tag, headline_tag(scan, anchor), scan, anchor) is not None:
            continue
        if _NOT_PUBLICATION.search(text):
            if updated is None and _UPDATE_LINE.match(text):
                updated = _dated_line(text, "visible:updated-line", now, default_tz, fetched_at)
            continue
        found = _dated_line(text, "visible:date-line", now, default_tz, fetched_at)
        if found is not None and not _in_running_text(text, found.parsed):
            return found
    # A page whose only date is its 'Aktualisiert: 30.12.2016' / 'Last updated' line: that is the page's own
    # date, the best there is (static pages, association and ministry sites).
    return _opening_dateline(headline_tag(scan, anchor), now, default_tz, fetched_at) or updated


BESIDE_BEFORE = 20
BESIDE_AFTER = 40
BESIDE_CHARS = 120


def _date_beside_headline(
    scan: PageScan,
    anchor: int | None,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
    url: str | None = None,
) -> DateCandidate | None:
    """The date printed right beside the headline, whatever the box around it is named, when nothing else
    dates the page. Area names exclude dates near the headline on pages that set the article's own date in a
    box named like navigation or a side column: the prev/next bar above the headline (`news-nav-buttons`,
    motorsport-total.com), the article's side rail (`article-sidebar-wrapper`, rutgers.edu), the share bar
    (`widget sharebear`, watson.ch), an `<aside>` beside the text (sn.at). Next to the headline, structure
    tells the article's date from others': above the headline or between it and the text (a date after the
    first paragraph of text is a sidebar's or another story's), not a teaser card or item of another story, not
    an item of a dated list or listing, not a caption, not a copyright or update line, not a sentence."""
    if anchor is None:
        return None
    headline = headline_tag(scan, anchor)
    near = {
        id(e.tag): e
        for e in (*scan.date_hints, *scan.times, *scan.date_lines)
        if anchor - BESIDE_BEFORE <= e.index <= anchor + BESIDE_AFTER
    }
    for element in sorted(
        near.values(), key=lambda e: e.index - anchor if e.index > anchor else 2 * (anchor - e.index)
    ):
        tag = element.tag
        text = element_text(tag)
        if not text or len(text) > BESIDE_CHARS or _NOT_PUBLICATION.search(text) or tag.find_parent("nav"):
            continue
        if (
            in_teaser_card(tag)
            or in_teaser_item(tag, headline)
            or _in_caption(tag)
            or _in_dated_list(tag, scan)
        ):
            continue
        if _in_other_story(tag, headline, scan):
            continue
        if (
            element.index > anchor
            and _after_text(tag, scan, anchor)
            and not _after_standfirst(tag, scan, anchor, url)
        ):
            continue  # under the text: a sidebar's or another story's date, whatever its box is named
        if _listing_of(tag, headline, scan, anchor) is not None:
            continue
        found = _dated_line(text, "visible:beside-headline", now, default_tz, fetched_at)
        if found is None or _in_running_text(text, found.parsed):
            continue
        if element.index < anchor and not found.parsed.has_time and _in_site_header(tag, headline):
            continue  # today's date in the site's top bar
        return found
    return None


def _page_heading(scan: PageScan, anchor: int | None, url: str | None) -> int | None:
    """The index of the page's one `<h1>` when the title was read elsewhere (the document title, a teaser's
    heading): the heading a reader sees over the article. None when the page has no `<h1>` or several, or when
    the `<h1>` is the site's name: in the page's header, only a logo, the site name of the document title
    (`Story | Riverside Gazette`), or a link to the site's front page or the section the page is under."""
    h1s = [e for e in scan.headings if e.tag.name == "h1"][:2]
    if len(h1s) != 1 or h1s[0].index == anchor:
        return None
    heading = h1s[0].tag
    text = element_text(heading)
    if (
        len(text) < 2
        or _links_home_or_section(heading, url)
        or _in_site_header(heading, None)
        or _names_the_site(text, scan.title_text)
    ):
        return None
    return h1s[0].index


# The separators between a page's title and the site's name in the document title.
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·:»/]\s+|\s*[|·»]\s*")


def _names_the_site(text: str, title: str | None) -> bool:
    """The `<h1>` text is a segment of the document title other than its longest (the story's): the site's
    name (`Council extends waste pilot | Riverside Gazette` over an `<h1>Riverside Gazette</h1>`)."""
    if not title:
        return False
    segments = [s.strip().casefold() for s in _TITLE_SEPARATORS.split(title) if s.strip()]
    if len(segments) < 2:
        return False
    longest = max(segments, key=len)
    wanted = " ".join(text.split()).casefold()
    return any(s == wanted and s != longest for s in segments)


def _links_home_or_section(heading: Tag, url: str | None = None) -> bool:
    """The heading links to the site's front page or to a section the page is under: it is the site's name
    (classic blog themes' `<h1><a href="https://blog.example/">Blog name</a></h1>`, a blog in a subfolder's
    `href="/blog/"`, a static site's `href="index.html"` or `./`), not an article's headline."""
    link = heading.find("a", href=True)
    if link is None:
        return False
    href = str(link.get("href") or "").strip()
    if not href or href.startswith(("#", "?")):
        return False
    if is_home_href(href):
        return True
    try:
        path = urlsplit(href).path
        page_path = urlsplit(url).path if url else ""
    except ValueError:
        return False
    return path.startswith("/") and path.endswith("/") and page_path.startswith(path) and page_path != path


def _date_beside_page_heading(
    scan: PageScan,
    anchor: int | None,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
    url: str | None,
) -> DateCandidate | None:
    """The date beside the page's own `<h1>` when the headline was read elsewhere and nothing dated the
    page: with no metadata the title falls back on the document title or a teaser's heading, and the date
    line above or under the `<h1>` (a kicker row `conservatism · May 16, 2020` over nymag.com's headline, a
    breadcrumb row ending in the post's day over appen.com's blog headline) is the article's. Not a date
    without a time on the fetch day (the site's today-date), nor a row that links another story (a ticker's
    `Latest: Dec 5, 2026 <a href="/p/102">Storm warning</a>`)."""
    heading = _page_heading(scan, anchor, url)
    if heading is None:
        return None
    found = _date_beside_headline(scan, heading, now, default_tz, fetched_at, url)
    if found is None or (_on_fetch_day(found.parsed, fetched_at) and not found.parsed.has_time):
        return None
    lines = scan.date_lines[:MAX_ROW_LOOKUP_LINES]
    raw_at = next((e.tag for e in lines if found.parsed.raw in element_text(e.tag)), None)
    if raw_at is not None and _row_links_other_story(raw_at, url):
        return None
    return found


def _on_fetch_day(parsed: ParsedDate, fetched_at: datetime | None) -> bool:
    return fetched_at is not None and parsed.value.date() == fetched_at.date()


# Links a date row may hold beside the article's own day: its section, tag or category (a kicker, a breadcrumb).
_SECTION_LINK = re.compile(r"/(?:tags?|categor(?:y|ies)|topics?|sections?|rubri[ck]\w*|kategori\w*)/", re.I)
ROW_LINKS = 6


def _row_links_other_story(line: Tag, url: str | None) -> bool:
    """The line's row (the line and its parent) links a page that is not a section, a tag or a folder above
    this page: a ticker or a teaser row, whose date is another story's."""
    row = line.parent if isinstance(line.parent, Tag) and line.parent.name != "body" else line
    try:
        page_path = urlsplit(url).path if url else ""
    except ValueError:
        page_path = ""
    for link in row.find_all("a", href=True, limit=ROW_LINKS):
        rel = " ".join(link.get_attribute_list("rel") or []).lower()
        href = str(link.get("href") or "").strip()
        try:
            path = urlsplit(href).path
        except ValueError:
            continue
        if not path or path == "/" or "tag" in rel or "category" in rel or _SECTION_LINK.search(path):
            continue
        if page_path and (
            page_path.startswith(path.rstrip("/")) or path.rstrip("/") == page_path.rstrip("/")
        ):
            continue
        if element_text(link):
            return True
    return False


BODY_AFTER_STANDFIRST = 2


def _after_standfirst(tag: Tag, scan: PageScan, anchor: int | None, url: str | None = None) -> bool:
    """The element comes after one run of text only — the standfirst — and the body's text follows it: the
    article's meta bar between its standfirst and its text (watson.ch's share bar `19.10.19, 18:56`, alpin.de's
    `aside.meta` `21.01.2022 - 13:30` with source and picture credits), found by structure when its box is
    named like a widget or an aside or not named at all. A date after a short story's only text (a sidebar's)
    has no text after it. Not a date labelled as an update by the element before it (`<span>Aktualisiert:
    </span><span>08.03.2024</span>`), nor one whose box links to another page of the site under a title of
    words: an inline teaser's (`Neu auf ...: <a>Wochenmarkt zieht um</a> 06.03.2024`, a video page's
    next-video card), another story's date."""
    if _after_text(tag, scan, anchor, 2):
        return False
    index = scan.index_of.get(id(tag))
    if index is None:
        return False
    if sum(1 for at in _long_paragraphs_after(scan, anchor) if at > index) < BODY_AFTER_STANDFIRST:
        return False
    return not _labelled_update(tag) and not _links_to_other_page(tag, url)


def _labelled_update(tag: Tag) -> bool:
    """The text just before the element (its previous sibling's, or the text before it in its parent)
    labels it as an update stamp."""
    node = tag.previous_sibling
    for _ in range(4):
        if node is None:
            return False
        text = element_text(node) if isinstance(node, Tag) else str(node)
        if text.strip():
            return bool(_NOT_PUBLICATION.search(text[-40:]))
        node = node.previous_sibling
    return False


LINK_BOX_DEPTH = 2
LINKS_LOOKED_AT = 8


def _links_to_other_page(tag: Tag, url: str | None) -> bool:
    """The box around the element (up to two levels) links to another page of the same site under a title of
    two words or more — not the writer's page of the bar's byline: the date is a teaser's, not the page's own."""
    try:
        own = urlsplit(url) if url else None
    except ValueError:  # `http://[::1` and other broken addresses
        own = None
    box = tag.parent
    for _ in range(LINK_BOX_DEPTH):
        if box is None or box.name in ("body", "html"):
            return False
        for link in box.find_all("a", href=True, limit=LINKS_LOOKED_AT):
            href = attr_text(link, "href").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            try:
                target = urlsplit(href)
            except ValueError:
                continue
            if target.netloc and (own is None or target.netloc.lower() != own.netloc.lower()):
                continue  # another site (a share button, a source)
            if own is not None and (target.path or "/").rstrip("/") == (own.path or "/").rstrip("/"):
                continue  # the page itself
            if AUTHOR_PATH.search(href) or "author" in attr_text(link, "rel").lower():
                continue  # the writer's page: the meta bar's own byline
            if len(element_text(link).split()) >= 2:
                return True
        box = box.parent
    return False


# How far past the headline the page is read for its first long paragraphs (nodes), and how many are kept.
LOOKAHEAD_NODES = 20_000
LONG_PARAGRAPHS_KEPT = 8


def _long_paragraphs_after(scan: PageScan, anchor: int | None) -> list[int]:
    """The document indexes of the first long `<p>`s after the headline, read once per page (every date near
    the headline asks; a page without paragraphs is not walked to its end for each)."""
    key = ("long-paragraphs", anchor)
    if key not in scan.memo:
        found: list[int] = []
        headline = headline_tag(scan, anchor)
        if headline is not None:
            for seen, node in enumerate(headline.next_elements):
                if seen >= LOOKAHEAD_NODES or len(found) >= LONG_PARAGRAPHS_KEPT:
                    break
                if isinstance(node, Tag) and node.name == "p":
                    if not text_shorter_than(node, TEXT_PARAGRAPH_CHARS):
                        found.append(scan.index_of.get(id(node), 0))
        scan.memo[key] = found
    return scan.memo[key]


CARD_DEPTH = 3


def _in_other_story(tag: Tag, headline: Tag | None, scan: PageScan) -> bool:
    """Inside an `<article>` that does not hold the headline, or a small box (a few wrappers up) that holds a
    linked heading other than the headline: a card of another story in a slider beside the headline
    (furche.at's `article > h2 > a` + `footer > span` teasers above the article), whatever its classes."""
    own = {id(node) for node in headline.parents} if headline is not None else set()
    article = tag.find_parent("article")
    if article is not None and id(article) not in own:
        return True
    node = tag.parent
    for _ in range(CARD_DEPTH):
        if node is None or id(node) in own or node.name in ("body", "html", "main", "[document]"):
            return False
        if _holds_linked_heading(node, headline, scan):
            return True
        node = node.parent
    return False


def _holds_linked_heading(node: Tag, headline: Tag | None, scan: PageScan) -> bool:
    """The box holds, among its first two headings, a linked one other than the headline. Asked once per box
    and page: the dates near a headline share their boxes, and a box without headings is read to its end."""
    return scan.remember(
        ("linked-heading", id(node), id(headline)),
        lambda: any(
            heading is not headline and heading.find("a", href=True) is not None
            for heading in node.find_all(_HEADINGS, limit=2)
        ),
    )


# A picture's caption dates the picture (`Kondisi banjir di Cepu, Senin (26/1/2026). (FOTO: Dok. BPBD)`), not
# the article: Indonesian captions name the day the photo was taken, often the day before.
# Only a picture's caption: a `rte-paragraph__caption` under the headline is the article's meta line.
_CAPTION = re.compile(
    r"(?:wp|image|img|photo|foto|picture|media|thumb)[-_]?caption|caption[-_]?(?:text|foto|photo|image|img)|keterangan",
    re.I,
)
CAPTION_DEPTH = 4


QUOTATION_DEPTH = 6


def _in_quotation(tag: Tag) -> bool:
    """Inside a `<blockquote>` (a few ancestors up, not past the article): an embedded post or a quotation,
    whose date is the post's (Instagram's embed code `A post shared by X on <time>Apr 21, 2019</time>`,
    Twitter's `— Name (@x) <a>March 3, 2024</a>`, a quoted Facebook post), never the article's. The date line
    beside the headline skips them likewise (`credits.find_date_line`)."""
    node: Tag | None = tag
    for _ in range(QUOTATION_DEPTH):
        if node is None or node.name in ("body", "html", "article", "main", "[document]"):
            return False
        if node.name == "blockquote":
            return _embed_or_quote_list(node)
        node = node.parent
    return False


# Class words of the embed codes' and quote blocks' `<blockquote>` (Instagram, Twitter/X, TikTok, Facebook,
# Reddit, Threads, Bluesky; WordPress' `wp-block-quote`, testimonial and review quotes).
_EMBED_CLASS = re.compile(r"instagr|twitter|tweet|tiktok|embed|facebook|reddit|threads|bluesky|quote", re.I)
EMBED_LINKS = 5
QUOTE_SIBLINGS = 3
LONG_QUOTATION_CHARS = 200


def _embed_or_quote_list(quote: Tag) -> bool:
    """The `<blockquote>` is an embedded post or one of a list of quotes, not an indented box of the page's
    own: it names its source (`cite`), carries an embed code's class or `data-instgrm-*` attributes, links out
    (`https://www.instagram.com/p/...`, the tweet's permalink), stands beside another `<blockquote>` (customer
    reviews, testimonials), or quotes at length. Old layouts and small sites indent their own short boxes with
    it (a press office's `Department of ... / March 3, 2024` box under a release): that date is the page's."""
    if quote.get("cite") or _EMBED_CLASS.search(attr_text(quote, "class")):
        return True
    if any(name.startswith("data-instgrm") for name in quote.attrs):
        return True
    links = quote.find_all("a", href=True, limit=EMBED_LINKS)
    if any(attr_text(link, "href").startswith(("http://", "https://")) for link in links):
        return True
    if _beside_blockquote(quote):
        return True
    return not text_shorter_than(quote, LONG_QUOTATION_CHARS)


def _beside_blockquote(quote: Tag) -> bool:
    """Another `<blockquote>` among the few elements next to this one (a list of reviews or testimonials)."""
    for siblings in (
        quote.find_next_siblings(True, limit=QUOTE_SIBLINGS),
        quote.find_previous_siblings(True, limit=QUOTE_SIBLINGS),
    ):
        if any(sibling.name == "blockquote" for sibling in siblings):
            return True
    return False


def _in_caption(tag: Tag) -> bool:
    if _picture_block_of(tag) is not None:
        return True
    node: Tag | None = tag
    for _ in range(CAPTION_DEPTH):
        if node is None or node.name in ("body", "article", "main"):
            return False
        if node.name in ("figure", "figcaption", "picture") or _CAPTION.search(attr_text(node, "class")):
            return True
        node = node.parent
    return False


# A full date in a list item (`12 March 2024`, `March 12, 2024`, `2024-03-12`, `12.03.24`); a bare year
# (`© 2024`) dates nothing.
_DATED_ITEM = re.compile(
    r"(?<!\d)\d{1,2}\D{1,12}(?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d[-/.]\d{1,2}|\b\d{1,2}[./]\d{1,2}[./]\d{2}\b"
)
MAX_LIST_ITEMS = 12


def _in_dated_list(tag: Tag, scan: PageScan) -> bool:
    """The line is an item of a list or table whose other items carry dates too: a schedule (tour dates, match
    days), a chronology or an archive list dates what it lists, not the page."""
    node: Tag | None = tag
    for _ in range(3):
        if node is None or node.name in ("body", "article", "main"):
            return False
        if node.name in ("li", "tr", "dd") and node.parent is not None:
            dated = _dated_siblings(node.parent, node.name, scan)
            return sum(1 for item in dated if item != id(node)) >= 2
        node = node.parent
    return False


def _dated_siblings(parent: Tag, name: str, scan: PageScan) -> list[int]:
    """The ids of the parent's first `name` children whose text holds a full date, read once per page."""
    return scan.remember(
        (f"dated-{name}", id(parent)),
        lambda: [
            id(child)
            for child in parent.find_all(name, recursive=False, limit=MAX_LIST_ITEMS)
            if _DATED_ITEM.search(element_text(child))
        ],
    )


MAX_OPENING_PARAGRAPHS = 4
# The first paragraphs after the headline are the article's unless they sit in a comment thread, a sidebar or
# a menu (an intro box classed `teaser-text` is the article's own lead).
_READERS_AND_MENUS = re.compile(
    r"comment(?!ary)|komentar|disqus|sidebar|side-bar|(?<![a-z])related|(?<![a-z])menu|navbar|(?<![a-z])nav(?![a-z])",
    re.I,
)
OPENING_CHARS = 70


def _opening_dateline(
    headline: Tag | None, now: datetime | None, default_tz: tzinfo, fetched_at: datetime | None
) -> DateCandidate | None:
    """The date that opens one of the first paragraphs after the headline: press releases and agency copy
    start with their dateline (`Pressemitteilung vom 25. Januar 2022 | Berlin – ...`, `Berlin, 25.01.2022 –`,
    `WASHINGTON, Jan. 5, 2022 -`)."""
    if headline is None:
        return None
    for paragraph in headline.find_all_next("p", limit=MAX_OPENING_PARAGRAPHS):
        text = element_text(paragraph)
        if len(text) < 2 * OPENING_CHARS or in_excluded_area(
            paragraph, _READERS_AND_MENUS, headline=headline
        ):
            continue
        found = _dated_line(text[:OPENING_CHARS], "visible:opening-dateline", now, default_tz, fetched_at)
        if found is not None:
            return found
    return None


# A publication stamp in the page's script data: shop systems (`"published_at":"2019-03-02T06:22:28+01:00"`),
# review sites (`"publishedDate":"2016-11-04T20:37:27Z"`), JSON-LD with a malformed fraction (`08:684Z`).
_SCRIPT_DATE = re.compile(
    r'"(?:datePublished|published_?[aA]t|publishedDate|publishDate|date_published|publication_date)"\s*:\s*"'
    r"(?P<stamp>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)(?:[.:]\d{1,6})?(?P<zone>Z|[+-]\d{2}:?\d{2})?\""
)
# On a product page only the product record's own stamp (Shopify's product JSON `"published_at"`, the day the
# product went live in the shop): a schema.org `datePublished` there is a review's.
_PRODUCT_RECORD_STAMP = re.compile(
    r'"published_?[aA]t"\s*:\s*"'
    r"(?P<stamp>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)(?:[.:]\d{1,6})?(?P<zone>Z|[+-]\d{2}:?\d{2})?\""
)
MAX_SCRIPT_SCAN = 2_000_000
# Shopify's product record (the product JSON its themes print, `product | json`) names its `"vendor"` beside
# `"published_at"` (`..."published_at":"…","created_at":"…","vendor":"…"`; `ShopifyAnalytics.meta`'s product
# puts the vendor before it). A featured-blog or recent-articles section's JSON earlier in the page has its
# posts' `"published_at"` with no vendor (Dawn, Sense, Refresh themes).
_PRODUCT_VENDOR = '"vendor"'
PRODUCT_VENDOR_REACH = 300
MAX_PRODUCT_STAMPS = 10


def _vendor_in_same_record(page_text: str, start: int, end: int) -> bool:
    """The stamp's record names a `"vendor"`: no brace between the two (another record's vendor is not it)."""
    after = page_text[end : end + PRODUCT_VENDOR_REACH]
    found = after.find(_PRODUCT_VENDOR)
    if found >= 0 and "}" not in after[:found] and "{" not in after[:found]:
        return True
    before = page_text[max(0, start - PRODUCT_VENDOR_REACH) : start]
    found = before.rfind(_PRODUCT_VENDOR)
    return found >= 0 and "}" not in before[found:] and "{" not in before[found:]


def _product_record_date(
    page_text: str, now: datetime | None, default_tz: tzinfo, fetched_at: datetime | None
) -> DateCandidate | None:
    """The day the product went live in the shop, as the page's product record states it; else None."""
    for count, match in enumerate(_PRODUCT_RECORD_STAMP.finditer(page_text, 0, MAX_SCRIPT_SCAN)):
        if count == MAX_PRODUCT_STAMPS:
            break
        if _vendor_in_same_record(page_text, match.start(), match.end()):
            return _script_date(
                page_text, now, default_tz, fetched_at, _PRODUCT_RECORD_STAMP, (match.start(), match.end())
            )
    return None


def _script_date(
    page_text: str,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
    pattern: re.Pattern[str] = _SCRIPT_DATE,
    span: tuple[int, int] = (0, MAX_SCRIPT_SCAN),
) -> DateCandidate | None:
    """The first publication stamp in the page's scripts (within `span`), when the page shows no date at all."""
    match = pattern.search(page_text, *span)
    if match is None:
        return None
    parsed = parse_date(match.group("stamp") + (match.group("zone") or ""), now=now, default_tz=default_tz)
    if parsed is None or _is_future(parsed, fetched_at):
        return None
    return DateCandidate("script:published", parsed)


# A full date closing the document title after a separator: `... – DW – 13.06.2023`, `... | DW | 28.04.2023`
# (Deutsche Welle), `... : 31.10.2023, 10.19 Uhr` (nnz-online.de): the date the browser's tab shows.
_TITLE_TAIL = re.compile(r"(\S)\s[|–—:·•-]\s*((?:(?!\s[|–—:·•-]\s)[^|–—:·•]){6,40})$")
# A range's start before the separator: `3. Februar`, `3 février`, `12 March` (the title ends in the range's end).
_RANGE_START = re.compile(r"\b\d{1,2}\.?\s+([^\W\d_]{3,})\.?$")
_FULL_DAY = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}"
)


# The closing days of quarters and of the year: a report's balance-sheet day, not its publication's.
_PERIOD_ENDS = {(3, 31), (6, 30), (9, 30), (12, 31)}


def _title_date(
    scan: PageScan,
    now: datetime | None,
    default_tz: tzinfo,
    fetched_at: datetime | None,
    modified: DateCandidate | None = None,
) -> DateCandidate | None:
    """The date the page's `<title>` ends in, after a separator, when nothing in the page dates it: some
    outlets put the publication day in the title itself (Deutsche Welle, nnz-online.de). A date range
    (`14. - 20. Januar 2022`, `3. Februar – 28. April 2024`) or a date inside the title's words is none, and
    so is a date after the day the page was last changed: an event's, a deadline's or a match's day
    (`Jazz im Park – 17.08.2024` modified in May, `... – Date limite : 15/03/2024`), not the publication's, and
    the closing day of a period the title names (`Geschäftsbericht 2023 der Stadtwerke – 31.12.2023`, a
    quarterly report's `Q2 2024 – 30.06.2024`: companies' and public utilities' report pages)."""
    title = (scan.title_text or "")[-200:]
    tail = _TITLE_TAIL.search(title)
    if tail is None or tail.group(1).isdigit() or tail.group(1) == ".":
        return None  # `14. - 20. Januar 2022`: a range's end
    start = _RANGE_START.search(title, 0, tail.start(1) + 1)
    if start is not None and start.group(1).lower() in MONTHS:
        return None  # `3. Februar – 28. April 2024`: a range's end
    text = tail.group(2).strip()
    if not _FULL_DAY.match(text):
        return None
    found = _dated_line(text, "visible:title-date", now, default_tz, fetched_at)
    if found is None or not text.startswith((found.parsed.raw or "")[:6]):
        return None
    if modified is not None and found.parsed.value.date() > modified.parsed.value.date():
        return None  # the page was last changed before that day: an event's or a deadline's day
    value = found.parsed.value
    if (value.month, value.day) in _PERIOD_ENDS and str(value.year) in title[: tail.start(2)]:
        return None  # `Geschäftsbericht 2023 ... – 31.12.2023`: the reporting period's closing day
    return found


# The page footer's `This page was last edited on 29 January 2020, at 13:22` (MediaWiki's footer-info-lastmod
# on Wikipedia and every MediaWiki wiki, in the wiki's language), `Last modified on ...`, `Zuletzt geändert am`.
_LAST_CHANGED = re.compile(
    r"(?i)\blast\s+(?:edited|modified|updated|changed)\b|\bzuletzt\b.{0,40}\b(?:geändert|bearbeitet|aktualisiert)"
    r"|\bmodifiée\s+pour\s+la\s+dernière\s+fois|\bdernière\s+(?:modification|mise\s+à\s+jour)"
    r"|\búltima\s+(?:modificación|edición|actualización)|\bultima\s+modifica|\blaatst\s+(?:gewijzigd|bewerkt)"
    r"|\bterakhir\s+(?:diubah|diperbarui|disunting)"
)
MAX_FOOTER_LINES = 8


def _last_changed_line(
    scan: PageScan, now: datetime | None, default_tz: tzinfo, fetched_at: datetime | None
) -> DateCandidate | None:
    """The last resort of a page that shows no date but when it was last changed (wikis, documentation and
    association pages): that line, read among the page's last date lines, outside comments and teasers."""
    for element in reversed(scan.date_lines[-MAX_FOOTER_LINES:]):
        text = element_text(element.tag)
        if not _LAST_CHANGED.search(text) or in_excluded_area(element.tag, _FAR_EXCLUDED):
            continue
        found = _dated_line(text, "visible:last-changed", now, default_tz, fetched_at)
        if found is not None:
            return found
    return None


# `Aktualisiert am 17.01.2021`, `Stand: 30.12.2016`, `Last updated: ...`, `Diperbarui ...`.
_UPDATE_LINE = re.compile(
    r"(?i)\W*(?:zuletzt\s+)?(?:aktualisiert|stand\s*:|(?:last\s+)?updated|diperbarui|mis\s+à\s+jour|actualizado)"
)


def _dated_line(
    text: str, source: str, now: datetime | None, default_tz: tzinfo, fetched_at: datetime | None
) -> DateCandidate | None:
    parsed = search_date(text, now=now, default_tz=default_tz)
    if parsed is None or _is_future(parsed, fetched_at) or _is_relative(parsed):
        return None
    return DateCandidate(source, parsed)


# A line that says what its date is: `Datum: 26. Januar 2022`, `Published on`, `Publicado el`, `Tanggal`.
_DATE_LABEL = re.compile(
    r"(?i)\W*(?:datum|date|published|posted|veröffentlicht|veröffentlichung|erschienen|erscheinungsdatum|"
    r"publiziert|publicado|publié|pubblicato|gepubliceerd|publicerad|publiceret|publisert|julkaistu|"
    r"opublikowano|publikováno|yayınlanma|tanggal|diterbitkan|dipublikasikan|terbit"
    # `Erstellt am`, `Fecha:`, `Data:` (Italian, Portuguese, Polish), `Dato:` (Nordic), `Dátum:`, `Tarih:`,
    # `Publicada`/`Publicação`, `Publicat` (Romanian, Catalan), `Objavljeno` (Croatian, Slovenian, Serbian)
    r"|erstellt|fecha|data|dato|dátum|tarih|publicada|publicação|publicat|objavljeno|опубликовано)\b"
)


LABEL_CHARS = 40
POST_FOOTER_CHARS = 120

# The blog theme's sentence about the post under its text: WordPress' classic `This entry was posted on
# Wednesday, November 27th, 2019 at 3:21 pm and is filed under ...` (Kubrick's `postmetadata`, copied by many
# themes: Elegant Grunge, Sunburn, and others) and its translations (`Der Beitrag wurde am Mittwoch, den 27.
# November 2019 um 15:21 Uhr veröffentlicht`: whiskyverkostung.com; `Dieser Eintrag wurde am ...`, `Cet article
# a été publié le ...`, `Esta entrada fue publicada el ...`, `Dit bericht werd geplaatst op ...`). The opening
# alone is also a republishing note's (`This article was published on May 4, 2019 by Inside Housing`) or an
# update note's (`Dieser Artikel wurde am 3. Januar 2023 aktualisiert`): `_is_post_footer` asks for the theme's
# shape too.
_POST_FOOTER = re.compile(
    r"(?i)\W*(?:this\s+(?:entry|post)\s+was\s+(?:posted|published)\s+on"
    r"|(?:der|dieser)\s+(?:beitrag|eintrag|artikel)\s+wurde\s+am"
    r"|cet\s+(?:article|billet)\s+a\s+été\s+publié\s+le|esta\s+entrada\s+fue\s+publicada\s+el"
    r"|dit\s+bericht\s+werd\s+geplaatst\s+op)\b"
)
# The theme prints the time after the day (`at 3:21 pm`, `um 15:21 Uhr`, `à 15 h 21`, `a las 15:21`, `om
# 15:21`) or files the post under its categories (`and is filed under`, `abgelegt`, `classé dans`).
_FOOTER_TIME = re.compile(
    r"(?i)\b(?:at|um|à|a\s+las|om)\s+\d{1,2}\s?[:.h]\s?\d{2}(?:\s*(?:[ap]\.?\s?m\b\.?|uhr\b|h\b))?"
)
_FOOTER_FILED = re.compile(r"(?i)\bfiled\s+under\b|\babgelegt\b|\bclassé\b|\barchivad[ao]\b|\bgearchiveerd\b")
# What the theme's sentence never says: an update, a source or a place of first publication after the date.
_FOOTER_NOT_THEME = re.compile(
    r"(?i)aktualisiert|überarbeitet|geändert|updated|modified|revised|mis\s+à\s+jour|modifié|actualizad"
    r"|bijgewerkt|republi|repost|\b(?:originally|first)\b"
)
_FOOTER_SOURCE_AFTER = re.compile(r"(?i)\W{0,3}(?:by|from|in|on|dans|par|sur|von|bei|auf|in|en|por|door)\s")
_GERMAN_FOOTER = re.compile(r"(?i)\W*(?:der|dieser)\s")
_GERMAN_VERB = re.compile(r"(?i)\b(?:veröffentlicht|publiziert|geschrieben|erstellt)\b")


def _is_post_footer(text: str) -> bool:
    """The theme's sentence about the post: its opening, its publishing verb (German sets it last), the time
    after the day or the `filed under` tail, and no update word or source after the date."""
    head = text[:POST_FOOTER_CHARS]
    if not _POST_FOOTER.match(head) or _FOOTER_NOT_THEME.search(head):
        return False
    if _GERMAN_FOOTER.match(head) and not _GERMAN_VERB.search(head):
        return False
    timed = _FOOTER_TIME.search(head)
    if timed is not None:
        return not _FOOTER_SOURCE_AFTER.match(head, timed.end())
    return bool(_FOOTER_FILED.search(head))


def _is_labelled_date(tag: Tag) -> bool:
    """A date line under a publication label: in its own text (`Datum: 26. Januar 2022`), or right before it
    as the previous sibling (`<b>Veröffentlicht:</b> <span>04.02.2022</span>`, `Veröffentlichung:
    <a href=...>04.02.2022</a>`, a definition list's `<dt>Datum</dt><dd>...</dd>`)."""
    text = element_text(tag)
    if _DATE_LABEL.match(text) or _is_post_footer(text):
        return True
    node = tag.previous_sibling
    while node is not None:
        if isinstance(node, Comment):  # `<!-- date -->`, `<!-- .entry-meta -->`: markup notes, no label
            node = node.previous_sibling
            continue
        text = element_text(node) if isinstance(node, Tag) else str(node).strip()
        if text:
            return len(text) <= LABEL_CHARS and bool(_DATE_LABEL.match(text))
        node = node.previous_sibling
    return False


# Far from the headline only the areas of other people's or other stories' dates are excluded (the page
# footer of a small site may hold the article's own date).
_RAIL = re.compile(r"sidebar|side-bar|aside", re.I)


def _in_article_rail(tag: Tag, headline: Tag | None) -> bool:
    """Inside a side column of the article itself: an `<article>` that holds the headline also holds a
    `sidebar`-named box with the article's date and byline (magazine templates that set the meta data in a
    sticky rail beside the text). Any other excluded name on the way up (related, comments ...) still counts."""
    if headline is None:
        return False
    node: Tag | None = tag.parent
    rail = False
    while node is not None and node.name not in ("body", "html", "[document]"):
        if node.name == "article":
            return rail and any(parent is node for parent in headline.parents)
        hints = attr_text(node, "class") + " " + attr_text(node, "id")
        if _RAIL.search(hints):
            rail = True
            hints = _RAIL.sub(" ", hints)
        if (hints.strip() and _FAR_EXCLUDED.search(hints)) or node.name in ("aside", "nav"):
            return False
        node = node.parent
    return False


_FAR_EXCLUDED = re.compile(
    r"sidebar|side-bar|(?<![a-z])related|comment(?!ary)|komentar|disqus|respond|popular|populer|recommend|teaser"
    r"|(?<![a-z])widget|(?<![a-z])menu|navbar|(?<![a-z])nav(?![a-z])|archive|calendar|kalender",
    re.IGNORECASE,
)


def _in_zone(parsed: ParsedDate, tz: tzinfo | None) -> datetime:
    """The value expressed in `tz`. A date without a time names a day, not an instant: it stays that day
    (midnight in `tz`) instead of turning into the evening before (`2019-11-19` UTC is not 18 Nov, 19:00 EST)."""
    if tz is None:
        return parsed.value
    if not parsed.has_time:
        return parsed.value.replace(tzinfo=tz)
    return in_zone(parsed.value, tz)


def _modified(
    scan: PageScan, jsonld: JsonLdArticle, now: datetime | None, default_tz: tzinfo
) -> DateCandidate | None:
    raw: list[tuple[str, str | None]] = [("jsonld:dateModified", jsonld.date_modified)]
    for key in MODIFIED_META:
        for meta_value in scan.meta.get(key, ())[:1]:
            raw.append((f"meta:{key}", meta_value))
    for source, value in raw:
        if value:
            parsed = parse_date(value, now=now, default_tz=default_tz)
            if parsed is not None:
                return DateCandidate(source, parsed)
    return None


# --- an event's own dates (#10 web-kinds-12) ---------------------------------------------------------------
# An event's start and end are never the page's publication. schema.org Event and the subtypes event plugins
# and ticket shops write (The Events Calendar/Tribe, Events Manager, Modern Events Calendar, Eventbrite,
# Meetup, Ticketmaster, Reservix and Eventim pages, theatre and concert-hall CMSs). `PublicationEvent` and
# `BroadcastEvent` are left out: they date a publication or a live stream.
_EVENT_TYPES = frozenset(
    "event festival musicevent theaterevent comedyevent danceevent exhibitionevent literaryevent screeningevent"
    " sportsevent socialevent businessevent educationevent childrensevent foodevent saleevent visualartsevent"
    " courseinstance eventseries".split()
)
_ARTICLE_NODE_TYPES = frozenset(ARTICLE_TYPES)
MAX_EVENT_NODES = 20  # a venue's programme page lists more: those are a listing's, read as no event page
# A weekend festival's days; a longer run (a festival week, an exhibition's weeks) dates its first and last day
# only: a post written during the run is no event record.
MAX_EVENT_SPAN_DAYS = 3
MAX_EVENT_HEADINGS = 5
MAX_ITEMTYPES_READ = 50  # an article's itemscope comes early; a shop's 10k product microdata is not all read
MAX_EVENT_NAME_CHARS = 300
_WORD = re.compile(r"\w+")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•-]\s+|\s+::?\s+")
_ARTICLE_TYPE_NAMES = "|".join(sorted(ARTICLE_TYPES, key=len, reverse=True))
_NAMED_ARTICLE_TYPE = re.compile(
    rf'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?(?:{_ARTICLE_TYPE_NAMES})"', re.I
)
_ARTICLE_ITEMTYPE = re.compile(rf"schema\.org/(?:{_ARTICLE_TYPE_NAMES})/?$", re.I)
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
# Markup that holds an event's schedule, whatever page it is on: hCalendar (`dtstart`/`dtend`, written by
# The Events Calendar 3.x, Events Manager, Drupal's Date module) and microformats2 (`dt-start`/`dt-end`), The
# Events Calendar's schedule line (`tribe-events-schedule`, `tribe-event-date-start`), and microdata
# `startDate`/`endDate`/`doorTime` (Eventbrite, Meetup, schema.org Event markup in theatre and club themes).
_EVENT_SCHEDULE_CLASSES = frozenset(
    "dtstart dtend dt-start dt-end tribe-events-schedule tribe-event-date-start tribe-event-date-end".split()
)
_EVENT_SCHEDULE_PROPS = frozenset({"startdate", "enddate", "doortime"})
EVENT_SCHEDULE_LEVELS = 4  # the date's element and its box (`div.tribe-events-schedule > h2 > span > abbr`)
EVENT_SCHEDULE_DESCENDANTS = 20
MAX_SCHEDULE_STAMPS_SKIPPED = 50  # a venue's programme lists dozens of start times before a post's own stamp


def _event_days(scan: PageScan, soup: BeautifulSoup, headline: str | None) -> frozenset[date]:
    """The calendar days of the event an event page is about: a schema.org Event (or subtype) in the JSON-LD
    that is the page's main subject (`_main_events`) and no article on the page (`_declares_article`). Empty on
    every other page: a news story or a blog post about an event, or a post beside an events plugin's widget
    (The Events Calendar's list widget, Events Manager's sidebar: their JSON-LD names other events), keeps its
    date line."""
    return scan.remember(("event-days",), lambda: _read_event_days(scan, soup, headline))


def _read_event_days(scan: PageScan, soup: BeautifulSoup, headline: str | None) -> frozenset[date]:
    texts = scan.jsonld_texts
    if not texts or sum(len(t) for t in texts) > MAX_JSONLD_CHARS:
        return frozenset()
    if not any("vent" in t or "estival" in t or "ourseInstance" in t for t in texts):
        return frozenset()  # no Event type named: most pages' JSON-LD is not parsed a second time
    nodes: list[dict] = []
    for text in texts:
        values = parse_jsonld_text(text)
        if not values and _NAMED_ARTICLE_TYPE.search(text):
            # A broken article block (unescaped quotes in its headline) still makes the page a story.
            return frozenset()
        nodes.extend(flatten_nodes(values))
    if len(nodes) > MAX_EVENT_NODES * 4:
        return frozenset()
    events = [node for node in nodes if _node_types(node) & _EVENT_TYPES]
    if (
        not events
        or len(events) > MAX_EVENT_NODES
        or any(_node_types(n) & _ARTICLE_NODE_TYPES for n in nodes)
    ):
        return frozenset()
    main = _main_events(nodes, events, _headline_texts(scan, headline))
    if not main or _declares_article(soup):
        return frozenset()
    days: set[date] = set()
    for node in main:
        days.update(_span_days(_iso_day(node.get("startDate")), _iso_day(node.get("endDate"))))
    return frozenset(days)


def _node_types(node: dict) -> set[str]:
    """A node's types, lower-cased, full-URL types (`http://schema.org/NewsArticle`) read by their last part."""
    value = node.get("@type")
    return {
        v.rstrip("/").rsplit("/", 1)[-1].lower()
        for v in (value if isinstance(value, list) else [value])
        if isinstance(v, str)
    }


def _main_events(nodes: list[dict], events: list[dict], headlines: list[list[str]]) -> list[dict]:
    """The Event nodes that are the page's subject: a WebPage's `mainEntity` (Yoast/RankMath graphs, Tribe's
    single-event graph), an Event naming its page (`mainEntityOfPage`), or an Event named like the page's
    headline (Divi/Elementor venue pages, Events Manager, ticket shops: `<h1>` = the event's name, or one a
    word prefix of the other: `Parasite` / `Parasite (OmU)`, `Repair Café` / `Repair Café im Stadtteilzentrum`).
    An events plugin's sidebar widget writes Event nodes named unlike the post's headline: those are not it."""
    main_ids = set()
    for node in nodes:
        entity = node.get("mainEntity")
        for value in entity if isinstance(entity, list) else [entity]:
            if isinstance(value, dict) and isinstance(value.get("@id"), str):
                main_ids.add(value["@id"])
    return [
        event
        for event in events
        if event.get("mainEntityOfPage")
        or (isinstance(event.get("@id"), str) and event["@id"] in main_ids)
        or _names_headline(event.get("name"), headlines)
    ]


def _headline_texts(scan: PageScan, headline: str | None) -> list[list[str]]:
    """The page's headline, its first `<h1>` and its `<title>`'s first segment, as lists of words."""
    texts = [headline or ""]
    texts.extend(e.tag.get_text(" ") for e in scan.headings[:MAX_EVENT_HEADINGS] if e.tag.name == "h1")
    if scan.title_text:
        texts.append(_TITLE_SEPARATOR.split(scan.title_text, 1)[0])
    return [words for words in (_WORD.findall(t[:MAX_EVENT_NAME_CHARS].casefold()) for t in texts) if words]


def _names_headline(name: Any, headlines: list[list[str]]) -> bool:
    if not isinstance(name, str):
        return False
    words = _WORD.findall(name[:MAX_EVENT_NAME_CHARS].casefold())
    if not words:
        return False
    return any(h[: len(words)] == words or words[: len(h)] == h for h in headlines)


def _declares_article(soup: BeautifulSoup) -> bool:
    """A microdata article on the page (`itemtype=.../LiveBlogPosting`, `.../NewsArticle`, `.../BlogPosting`:
    WordPress themes, Spanish and Italian papers' liveblogs): the page is a story, whatever events its JSON-LD
    names."""
    for tag in soup.find_all(itemtype=True, limit=MAX_ITEMTYPES_READ):
        itemtype = tag.get("itemtype")
        if isinstance(itemtype, str) and _ARTICLE_ITEMTYPE.search(itemtype.strip()):
            return True
    return False


def _iso_day(value: Any) -> date | None:
    found = _ISO_DAY.match(value) if isinstance(value, str) else None
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _span_days(start: date | None, end: date | None) -> set[date]:
    if start is None or end is None or end < start:
        return {d for d in (start, end) if d is not None}
    if (end - start).days > MAX_EVENT_SPAN_DAYS:
        return {start, end}
    return {start + timedelta(days=n) for n in range((end - start).days + 1)}


def _unless_event_day(line: DateLine | None, days: frozenset[date]) -> DateLine | None:
    """The date line near the headline, unless it falls on the event's days on an event page: then it is the
    event's `Wann & wo` box, and what follows it is the programme (other events' days), no publication line."""
    return None if line is not None and _event_dated(line.parsed, days) else line


def _without_event_stamps(machine: list[DateCandidate], days: frozenset[date]) -> list[DateCandidate]:
    """An event page's `<time>` and microdata stamps on the event's days are its schedule, not its date; an
    explicit `itemprop=datePublished` stays (a post about the event written on its day)."""
    if not days:
        return machine
    return [
        c
        for c in machine
        if c.source == "microdata:datePublished"
        or not (c.source.startswith(_STAMP_SOURCES) and _event_dated(c.parsed, days))
    ]


def _event_dated(parsed: ParsedDate, days: frozenset[date]) -> bool:
    """The date falls on a day of the page's event (its own calendar day as written)."""
    return bool(days) and parsed.value.date() in days


def _in_event_schedule(tag: Tag) -> bool:
    """The date line is, holds or sits in an event's schedule markup (`_EVENT_SCHEDULE_CLASSES`)."""
    node: Tag | None = tag
    for _ in range(EVENT_SCHEDULE_LEVELS):
        if node is None or node.name in ("body", "html", "[document]"):
            break
        if _is_event_schedule(node):
            return True
        node = node.parent
    return any(_is_event_schedule(inner) for inner in tag.find_all(True, limit=EVENT_SCHEDULE_DESCENDANTS))


def _is_event_schedule(tag: Tag) -> bool:
    if attr_text(tag, "itemprop").lower() in _EVENT_SCHEDULE_PROPS:
        return True
    return not _EVENT_SCHEDULE_CLASSES.isdisjoint(attr_words(tag, "class"))
