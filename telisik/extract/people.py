"""Deciding an article's authors, agencies and editor: person names only, from the most trustworthy place.

Order: labelled credit lines (`Penulis:`, `Reporter:`, `Pewarta:`, `Oleh`, `By`, `Laporan wartawan` ...),
nearest the headline first; then the byline element next to the headline (its innermost name elements
when it is a block holding names, an outlet and a date); then the `Name - SITE` line that opens the article
text (the seed's own form); then a `(Name)` sign-off after the last paragraph; then JSON-LD `author`; then
author meta tags (`content_author`, `dable:author`, `author`, parsely/sailthru/Dublin Core). The visible page
beats JSON-LD because some sites put the editor into JSON-LD `author`; when the visible byline shows only the
first names of a longer JSON-LD list, the list wins. Names pass `telisik.extract.bylines`, which keeps persons
only; the site, channel, publisher and host names are passed to it as known non-persons.

Organisations credited (news agencies in a byline such as `Paula Steiger, SDA`, Organization-typed JSON-LD
authors when no person is named) go to `agencies`, never to `authors`. The editor comes from labelled lines
(`Editor`, `Redaktur`, `Red`) or editor meta; it is removed from unlabelled author lists (bylines that show
writer and editor side by side without roles) and from JSON-LD/meta authors (the page says who edited).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timezone
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

from telisik.article import Article
from telisik.cleantext import fold_for_matching
from telisik.extract.credits import (
    AUTHOR_PATH,
    READERS_AND_NAVIGATION,
    CreditLine,
    DateLine,
    TextRun,
    area_hints,
    credit_lines,
    date_line_runs,
    find_byline_elements,
    find_date_line,
    foreign_credit_lines,
    headline_ancestor_ids,
    headline_tag,
    home_link_texts,
    href_path,
    in_excluded_area,
    in_named_frame,
    in_story_card,
    in_story_card_row,
    in_teaser_card,
    in_teaser_item,
    is_author_label,
    is_capitalised_name,
    is_editor_label,
    is_inside,
    nodes_in_order,
    profile_only_links,
    prose_between,
    text_longer_than,
)
from telisik.extract.credits import (
    _first_text_paragraph as first_text_paragraph,
)
from telisik.extract.dates import search_date
from telisik.extract.jsonld import MAX_JSONLD_CHARS, PHOTOGRAPHER_WORDS, JsonLdArticle
from telisik.extract.kinds import jsonld_types
from telisik.extract.metadata import (
    SCRIPT_EDITOR_LABELS,
    SHORT_CREDIT_LABELS,
    Element,
    PageScan,
    attr_text,
    attr_words,
    element_text,
    first_meta,
    heading_text,
    plain_number,
    single_line,
    text_shorter_than,
)
from telisik.extract.siterules import rule_elements

_UTC = timezone.utc

AUTHOR_META = (
    "content_author",
    "dable:author",
    "author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "article:author",
    "byl",
)
EDITOR_META = ("content_editor", "editor", "dable:editor")


def is_indonesian_page(article: Article) -> bool:
    """The page is in Indonesian (declared or detected), or served from an `.id` host."""
    return article.language == "id" or (article.site or "").endswith(".id")


def _byline_tools():
    from telisik.extract.bylines import clean_person_name, parse_byline

    return parse_byline, clean_person_name


def _without_date(text: str) -> str:
    """A byline line with its date part removed ('Name | Jum'at, 17 Februari 2017 - 13:30 wib' -> 'Name |')."""
    parsed = search_date(text)
    if parsed is not None and parsed.raw:
        # A separator, not a space: the date often sits between the names and a channel or section name
        # (`By A, B <time>...</time> Spaceflight`).
        text = text.replace(parsed.raw, " | ")
    return single_line(text)


# A picture's credit or a rights notice, not a byline: `Foto: …`, `Bild: …`, and a line opened by `©`/`(c)`/
# `Copyright` (`© Seenland Tourismus / Lea Gerber` on a tourism board's hero picture, agencies' `© dpa`, stock
# sites' `© Jane Doe / Adobe Stock` under pictures of municipal, club and company sites).
_PHOTO_CREDIT = re.compile(
    r"(?i)^(?:\W*(?:foto|photo|photograph|image|gambar|ilustrasi|illustration|video)\b|\W*bild(?:quelle)?\s*:"
    r"|\s*(?:©|\(c\)|copyright\b))"
)


def _innermost_byline(outer, elements, parse_byline, site_names: list[str]):
    """Authors read from the innermost byline elements inside `outer` ('<div class=byline-section>' holding
    '<span class=author>A and B</span>' and a date and an outlet name): the names without their decoration."""
    from telisik.extract.bylines import Byline

    inner = [e for e in elements if e is not outer and is_inside(e.tag, outer.tag)]
    leaves = [e for e in inner if not any(o is not e and is_inside(o.tag, e.tag) for o in inner)]
    from telisik.extract.bylines import is_news_agency

    authors: list[str] = []
    agencies: list[str] = []
    editor = None
    after_agency = False
    last_names: list[str] = []  # the names read from the leaf before, which a role leaf after it describes
    photographers: list[str] = []
    photo_label = False  # a `Foto:` label leaf: the name leaf right after it is the photographer's
    for leaf in sorted(leaves, key=lambda e: e.index):
        text = element_text(leaf.tag)
        if not text or len(text) > 200:
            continue
        if last_names and own_job_line(text, last_names):
            last_names = []
            continue  # `Leiterin Projektmanagement, Lagerwerk` on its own line under the name (no role class)
        if marked_as_role_line(leaf.tag) and not _CONJOINED_NAME.match(text):
            photo_label = _photographer_label_before_name(text)
            if _PHOTOGRAPHER_ROLE.match(text) and not photo_label:  # the role alone after the name
                authors = [a for a in authors if a not in last_names]
                photographers.extend(last_names)
            last_names = []
            continue  # a job line is no name (`Leiterin Projektmanagement`, `Senior Editor`)
        if photo_label:
            photo_label = False
            byline = parse_byline(_without_date(text), site_names=site_names)
            photographers.extend(a for a in byline.authors if a not in photographers)
            continue
        if is_news_agency(text):
            after_agency = True  # `<a>Reuters, </a><span>Washington,</span>`: what follows is the dateline
            agencies.append(text.strip(" ,;|"))
            continue
        if authors and _CONJOINED_NAME.match(text):
            text = _CONJOINED_NAME_LEAD.sub("", text)  # `y Pablo Jiménez Ruiz`: the second writer
        text = _name_line_before_job_line(leaf.tag, parse_byline, site_names) or text
        byline = parse_byline(_without_date(text), site_names=site_names)
        found = [a for a in byline.authors if not (after_agency and len(a.split()) == 1)]
        last_names = [a for a in found if a not in authors]
        authors.extend(last_names)
        agencies.extend(a for a in byline.agencies if a not in agencies)
        editor = editor or byline.editor
    if photographers and not authors:
        # Only the photographer is credited (a photo story): the credit stays, as `Fotografer: D` alone does.
        authors, photographers = photographers, []
    if authors:
        # Beside a name, a desk in its own leaf is the writer's job line (`Redaktion Haus.de` under the name).
        agencies = [a for a in agencies if is_news_agency(a)]
    # Leaves read apart: `<a>dpa</a><a>MM-Redaktion</a>` is two credits, not `dpaMM-Redaktion`.
    return Byline(authors=authors, editor=editor, agencies=agencies, photographers=photographers)


# The class of an author card's job line, read token by token and matched at the token's end
# (`blog-post__author-role` on HubSpot blog templates, `author__role` on DPG/Mediahuis-style news sites,
# `author-job`/`author-position` of WordPress author boxes (Simple Author Box, Molongui, PublishPress Authors),
# `author-card__role` of Ghost themes, `c-author__job-title`/`jobtitle` of news CMSes' author cards), or
# schema.org's `jobTitle`/`roleName`: the line beside the name says what the person does, it names no one.
# `author-title` is left out (WordPress themes class the name itself so), as are utility classes that only
# hold the word inside (`position-relative`).
_ROLE_CLASS_TOKEN = re.compile(
    r"(?i)(?:^|[-_])(?:role|job|jobtitle|job[-_]title|designation|occupation|position|funktion)$"
)
# camelCase tokens of older custom CMSs' author boxes (`authorRole`, `authorJob`, `bylineJobTitle` on Burda/Focus-
# like portals and hand-built 2010s templates): read case-sensitively, the capital marking the word's start.
_ROLE_CAMEL_TOKEN = re.compile(r"^[a-z]+(?:Role|Job|JobTitle|Jobtitle)$")
_ROLE_ITEMPROPS = frozenset({"jobtitle", "rolename"})
# A role line naming the pictures' maker: the name before it is the photographer's, not a writer's (`Fenna
# Dijkhuis` `fotograaf` on Dutch regional dailies, `Fotograf`/`Fotografin` on German ones, `photographe`,
# `fotógrafo`, `fotografo`, `fotografer`, `Foto`, `Videograf`).
# A role line also says `fotoreporter`, or only `Foto`/`Photo`; a JSON-LD job title names the maker in full.
_PHOTOGRAPHER_ROLE = re.compile(rf"(?i)^\W*(?:{PHOTOGRAPHER_WORDS}|fotoreporter|foto|photo)\W*$")


# A line opening with a conjunction is the second writer's (`y Pablo Jiménez Ruiz` in a box's `author-position`
# line on Spanish WordPress themes): never a job line, whatever its class says.
_CONJOINED_NAME = re.compile(r"(?i)^\W*(?:y|e|und|and|et|en|dan|i|och|og|ve)\s+(?-i:[A-ZÀ-ÖØ-Þ])")
_CONJOINED_NAME_LEAD = re.compile(r"(?i)^\W*(?:y|e|und|and|et|en|dan|i|och|og|ve)\s+")
_OWN_JOB_LINE_WORDS = 12
_CARD_LINES = 4


def _name_line_before_job_line(tag: Tag, parse_byline, site_names: list[str]) -> str | None:
    """The name's line of a card element whose lines are elements of their own (`<p>Katharina Pernsteiner</p>
    <p>Leiterin Projektmanagement, Lagerwerk</p>`) when the line after it is the job line: the name alone."""
    lines = [child for child in tag.children if isinstance(child, Tag) and child.name in ("p", "div", "span")]
    if not 2 <= len(lines) <= _CARD_LINES:
        return None
    name, job = element_text(lines[0]), element_text(lines[1])
    if not name or not job or len(name) > _MAX_NAME_LINE:
        return None
    names = parse_byline(_without_date(name), site_names=site_names).authors
    return name if names and own_job_line(job, names) else None


def own_job_line(text: str, names_before: list[str]) -> bool:
    """A line of its own right after the line of one two-word name, opening with a post (`Leiterin
    Projektmanagement, Lagerwerk`, `Geschäftsführer Beratungshaus Nord`, `Jefa de prensa`, `Kepala Bagian
    Humas`): the card's job line (HubSpot hand-built cards, WordPress author boxes, contact boxes). Two
    capitalised words alone may be a surname-first name (`Leiter Michael`) and stay one; a name of three words
    or more (`Ana María Leiter Fernández`) is left as it is."""
    from telisik.extract.bylines import opens_a_job_line

    words = text.split()
    if len(names_before) != 1 or len(_untitled(names_before[0]).split()) != 2:
        return False
    if not 2 <= len(words) <= _OWN_JOB_LINE_WORDS or not opens_a_job_line(words[0].lower().strip(".,:")):
        return False
    return len(words) >= 3 or "," in text or not words[1][:1].isupper()


_MAX_NAME_LINE = 80


def _untitled(name: str) -> str:
    """The name without academic titles before it (`Dr. Jana Oberleiter` -> `Jana Oberleiter`)."""
    words = name.split()
    while len(words) > 1 and words[0].endswith("."):
        words = words[1:]
    return " ".join(words)


def _photographer_label_before_name(text: str) -> bool:
    """A role leaf that labels the name leaf after it as the photographer's (`<span class=byline__role>Foto:
    </span> <span class=byline__name>Sara Nyberg</span>` on Swedish, Norwegian, Danish and Finnish local papers'
    byline lists (`Foto:`/`Bild:`/`Kuva:`), German regional bylines): the colon says the name follows, where a
    role without it (`fotograaf` under the name, DPG/Mediahuis-style cards) describes the name before it."""
    return text.rstrip().endswith(":") and bool(_PHOTOGRAPHER_ROLE.match(text) or _PICTURE_LABEL.match(text))


# Nordic and German picture labels beside `Foto` (`Bild:` sv/de, `Kuva:` fi, `Billede:` da).
_PICTURE_LABEL = re.compile(r"(?i)^\W*(?:bild|kuva|billede|fotos?)\s*:\s*$")


def marked_as_role_line(tag: Tag) -> bool:
    """The element is an author card's job or role line by its class tokens or schema.org itemprop."""
    itemprop = tag.get("itemprop")
    if isinstance(itemprop, str) and _ROLE_ITEMPROPS.intersection(itemprop.lower().split()):
        return True
    classes = tag.get("class")
    tokens = classes.split() if isinstance(classes, str) else classes or []
    return any(_ROLE_CLASS_TOKEN.search(token) or _ROLE_CAMEL_TOKEN.match(token) for token in tokens)


def _follows_agency(tag) -> bool:
    """The element comes right after a news agency's name (its previous non-blank sibling)."""
    from telisik.extract.bylines import is_news_agency

    node = tag.previous_sibling
    while node is not None:
        text = element_text(node) if isinstance(node, Tag) else str(node).strip()
        if text:
            return is_news_agency(text)
        node = node.previous_sibling
    return False


def _rule_byline(soup: BeautifulSoup, rules: Any) -> str | None:
    text = " , ".join(element_text(e) for e in rule_elements(soup, rules, "byline_selector"))
    return text or None


@dataclass
class _People:
    """Authors, agencies and editor as decided so far, with where each came from."""

    authors: list[str] = field(default_factory=list)
    author_source: str | None = None
    agencies: list[str] = field(default_factory=list)
    editor: str | None = None
    editor_source: str | None = None
    labelled: bool = False  # the authors came from a labelled credit line or a site rule
    # Agencies and desks credited where no person was named (`Redaksi` in the header, the persons elsewhere).
    credited_alone: set[str] = field(default_factory=set)
    # A place after the names is the dateline (`Von Hans Müller, Berlin`); off on Indonesian pages, where a
    # one-word co-author (`Budi Santoso, Andhika`) is common.
    places: bool = False
    byline_tag: Tag | None = None  # the visible byline element the authors were read from
    # `Written by` lines: a credit label for the writer, but also a film's or song's credits in an info box and
    # a closing note; read only when nothing else names the author (see `_people_from_written_by`).
    written_by: list[CreditLine] = field(default_factory=list)
    # Persons the visible byline shows as photographers: the structured data's author list may hold them too.
    photographers: set[str] = field(default_factory=set)

    def parse_byline(self, text: str, *, site_names: list[str]):
        from telisik.extract.bylines import parse_byline

        return parse_byline(text, site_names=site_names, places=self.places)

    def single_word_byline(self) -> bool:
        """The authors are one word read from an unlabelled byline element: a first name, a username or a
        section label sitting in a byline-classed box (`Immobilien`)."""
        return (
            self.author_source == "visible:byline"
            and not self.labelled
            and len(self.authors) == 1
            and len(self.authors[0].split()) == 1
        )

    def add_agencies(self, names: list[str]) -> None:
        known = {fold_for_matching(a) for a in self.agencies}
        for name in names:
            if fold_for_matching(name) not in known:
                self.agencies.append(name)
                known.add(fold_for_matching(name))
                if not self.authors:
                    self.credited_alone.add(name)

    def drop_desks_credited_alone(self) -> None:
        """A desk, account, the outlet or its publishing company credited where no person was named loses to
        the person named elsewhere (class 3: `Redaksi` in the header, `Penulis: Budi` after the body; DW's meta
        `author` 'Deutsche Welle' and its `Autorin/Autor` line naming the writer); news agencies stay
        credited."""
        from telisik.extract.bylines import is_news_agency

        if self.authors:
            self.agencies = [
                a for a in self.agencies if not (a in self.credited_alone and not is_news_agency(a))
            ]


def set_people(
    article: Article,
    soup: BeautifulSoup,
    scan: PageScan,
    jsonld: JsonLdArticle,
    anchor: int | None,
    site_names: list[str],
    rules: Any,
    skip_texts: list[str],
) -> None:
    """Set `authors`, `agencies` and `editor` of `article` (the order of trust is in the module docstring)."""
    people = _People(places=not is_indonesian_page(article))
    _people_from_rule(people, soup, rules, site_names, skip_texts)
    photographers = _people_from_credit_lines(people, article, scan, anchor, site_names, skip_texts)
    if not people.authors:
        _people_from_byline_elements(
            people,
            scan,
            anchor,
            site_names,
            skip_texts,
            bool(jsonld.authors),
            metadata_person=_metadata_names_person(jsonld, scan, site_names),
        )
    if not people.authors:
        _people_from_site_dateline(people, soup, scan, anchor, site_names, skip_texts)
    if not people.authors and photographers:
        people.authors, people.author_source = photographers, "visible:credit:fotografer"
    if not people.authors:
        _people_from_closing_credit(people, soup, scan, anchor, site_names, skip_texts)
    _people_from_jsonld(people, jsonld, site_names, _credited_for_words(soup, jsonld.photographers))
    if not people.authors or people.single_word_byline():
        _people_from_meta(people, scan, site_names)
    if not people.authors and people.written_by:
        _people_from_written_by(people, scan, anchor, site_names, skip_texts)
    if not people.authors:
        _people_from_foreign_credit(people, soup, scan, anchor, site_names, skip_texts)
    if not people.authors:
        _people_from_author_box(people, scan, anchor, site_names)
    if not people.authors and _only_desks_credited(people):
        _people_behind_a_desk_credit(people, scan, anchor, site_names, skip_texts)
    if not people.authors and people.agencies and not is_indonesian_page(article):
        _site_owner_in_date_row(people, soup, scan, anchor, site_names)
    if not people.authors and not people.agencies and not is_indonesian_page(article):
        _username_from_byline_elements(people, scan, anchor, site_names)
    if not people.authors and not people.agencies and people.editor is None:
        _people_from_signed_closing(people, soup, scan, anchor, site_names)
    _people_from_script_credit(people, scan, anchor, site_names, skip_texts)
    _brahmic_author_link_byline(people, soup, article)
    _greek_nominative_from_author_link(people, soup)
    if not _co_authors_in_line(people, scan, anchor, site_names, jsonld.authors):
        _co_authors_in_sibling_cards(people, site_names)
    if people.editor is None:
        _editor_from_meta(people, scan, site_names)
    _editor_shown_as_writer(people, scan, anchor, site_names)
    _drop_editor_from_authors(people)
    people.drop_desks_credited_alone()
    _write_people(article, people)


def _people_behind_a_desk_credit(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str], skip_texts: list[str]
) -> None:
    """The person named elsewhere where nobody or only a desk, an account or the outlet is credited: a name
    beside the date line or beside an avatar, in that order. (A bio paragraph's `About the author` name and a
    name alone closing the text were tried here and withdrawn after review: book reviews, publisher pages,
    obituaries, poems, greetings and link lists have the same shapes.)"""
    _people_beside_date_line(people, scan, anchor, site_names, skip_texts)
    if not people.authors and _only_desks_credited(people):
        _people_beside_avatar(people, scan, anchor, site_names, skip_texts)


# Static-site and blog generators whose themes print the owner's name in the post's meta row (Hugo's Beautiful
# Hugo and PaperMod, Jekyll's minima through jekyll-seo-tag, Hexo, Ghost, Eleventy, Gatsby, Pelican).
_PERSONAL_SITE_GENERATORS = re.compile(r"(?i)^\s*(?:hugo|jekyll|hexo|ghost|eleventy|gatsby|pelican)\b")


def _site_owner_in_date_row(
    people: _People, soup: BeautifulSoup, scan: PageScan, anchor: int | None, site_names: list[str]
) -> None:
    """A personal site named after its owner (`og:site_name` `Tom Ashby`), built by a static-site or blog
    generator, whose metadata `author` is that same name and whose post-meta row under the headline prints it
    beside the date (Beautiful Hugo `Posted on March 5, 2017 | 5 minutes | 1017 words | Tom Ashby`, PaperMod
    `March 5, 2017 · 5 min · Tom Ashby`, Jekyll minima's `post-meta`): the owner wrote the post. Elsewhere a
    byline naming the site is the outlet (class 3), so the four signals must agree: generator, site name,
    metadata author and the date row."""
    if not any(_PERSONAL_SITE_GENERATORS.match(g) for g in scan.meta.get("generator", ())[:2]):
        return
    owner = next(
        (a for a in people.agencies if a in people.credited_alone and _is_site_owner(a, site_names)), None
    )
    if owner is None or _names_another_writer_or_a_firm(soup, owner):
        return
    folded = fold_for_matching(owner)
    others = [name for name in site_names if fold_for_matching(name) != folded and not _host_of(name, folded)]
    shown = _People(places=people.places)
    _people_beside_date_line(shown, scan, anchor, others, [])
    if [fold_for_matching(a) for a in shown.authors] == [folded]:
        people.authors, people.author_source = shown.authors, shown.author_source
        people.byline_tag = shown.byline_tag
        people.agencies = [a for a in people.agencies if a != owner]
        people.credited_alone.discard(owner)


# A line naming the post's writer in the text (`This is a guest essay by X`, `Guest post by X`, `Texto escrito por
# X`, `Gastbeitrag von X`, `Écrit par X`, `Scritto da X`, `Geschreven door X`, `Ditulis oleh X`): a guest post on
# a personal site, whose owner only published it.
_GUEST_WRITER_LINE = re.compile(
    r"(?i)\b(?:guest\s+(?:post|essay|article|column|piece)\s+by|written\s+by|escrito\s+por|texto\s+de"
    r"|geschrieben\s+von|gastbeitrag\s+von|écrit\s+par|rédigé\s+par|scritto\s+da|geschreven\s+door"
    r"|gastblog\s+(?:van|door)|ditulis\s+oleh|napisane\s+przez|autor(?:ka)?\s+tekstu:?)\s+(?P<who>[^\n.,;]{2,40})"
)
# A company form after the site's name (`Hartley Brennan LLP`, `Müller & Partner GmbH`): a firm named after its
# founders, whose posts are the firm's.
_COMPANY_FORM = (
    r"\s*,?\s*(?:LLP|LLC|Ltd\.?|Limited|Inc\.?|GmbH|AG|KG|S\.L\.|S\.A\.|S\.r\.l\.|B\.V\.|PLC"
    r"|& ?(?:Co|Partners?)\b|Partners?\b)(?!\w)"
)
_OWNER_TEXT_CHARS = 200_000


def _names_another_writer_or_a_firm(soup: BeautifulSoup, owner: str) -> bool:
    """The page's text credits a writer other than the site's owner, or names the site as a firm (read only on
    the few pages where the owner rule is about to fire)."""
    text = soup.get_text(" ")[:_OWNER_TEXT_CHARS]
    folded_owner = fold_for_matching(owner)
    for match in _GUEST_WRITER_LINE.finditer(text):
        if folded_owner not in fold_for_matching(match.group("who")):
            return True
    return re.search(re.escape(owner) + _COMPANY_FORM, text) is not None


def _is_site_owner(name: str, site_names: list[str]) -> bool:
    """The outlet credited is the site's own name and reads as a person's full name (`Tom Ashby`)."""
    folded = fold_for_matching(name)
    return _full_name_shape(name) and any(fold_for_matching(s) == folded for s in site_names)


def _host_of(name: str, folded_owner: str) -> bool:
    """A site name that is the owner's host or handle (`tomashby.net`, `tomashby`)."""
    return fold_for_matching(name).split(".")[0] == folded_owner.replace(" ", "")


def _only_desks_credited(people: _People) -> bool:
    """No agency credited, or only the outlet or a desk credited where no person was named (metadata `author`
    `Jakarta Globe`, `Redaksi`): a person's name beside the date line still wins over it (class 3), as
    `drop_desks_credited_alone` does for every other source. A news agency credited (`AFP`) is the byline."""
    from telisik.extract.bylines import is_news_agency

    return all(a in people.credited_alone and not is_news_agency(a) for a in people.agencies)


def _people_from_rule(
    people: _People, soup: BeautifulSoup, rules: Any, site_names: list[str], skip_texts: list[str]
) -> None:
    ruled = _rule_byline(soup, rules)
    if not ruled:
        return
    parse_byline = people.parse_byline
    byline = parse_byline(_without_date(ruled), site_names=site_names)
    if byline.authors:
        people.authors, people.author_source, people.labelled = byline.authors, "rule:byline", True
    people.add_agencies(byline.agencies)
    if byline.editor:
        people.editor, people.editor_source = byline.editor, "rule:byline"
    skip_texts.append(ruled)


def _people_from_credit_lines(
    people: _People,
    article: Article,
    scan: PageScan,
    anchor: int | None,
    site_names: list[str],
    skip_texts: list[str],
) -> list[str]:
    """Authors and editor from labelled credit lines; returns the photographers credited (a fallback)."""
    parse_byline = people.parse_byline
    lines = credit_lines(scan)
    if not is_indonesian_page(article):
        # `Red:`/`Rep.` are Indonesian abbreviations; elsewhere they start phrases (`Red: Green`, `Rep. Smith`).
        lines = [line for line in lines if line.label not in SHORT_CREDIT_LABELS]
    if anchor is not None:
        # Credits nearest the headline first (after it preferred): a list of other stories may carry bylines.
        lines.sort(key=lambda line: (line.element.index < anchor, abs(line.element.index - anchor)))
    photographers: list[str] = []
    headline = headline_tag(scan, anchor)
    own = headline_ancestor_ids(headline)
    for line in lines[:_MAX_CREDIT_LINES]:
        if people.authors and people.editor is not None:
            # Nothing a further line gives is read: photographers and `Written by` lines are fallbacks for a
            # page with no author (32000 `By X` lines were each parsed).
            break
        if line.label in _INLINE_CREDIT_WORDS and _in_other_story_card(scan, headline, anchor, line, own):
            continue  # `By X` under another story's headline in a card (Metro's lists, class names hashed)
        if line.label == _WRITTEN_BY:
            people.written_by.append(line)
            continue
        if _is_job_ad(scan) and _in_contact_box(line.element.tag, scan):
            continue  # a job ad's `Kontak` box (`Oleh Rina Wulandari, HRD`): the recruiter, no writer
        if line.label in SCRIPT_EDITOR_LABELS:
            _editor_of_script_label(people, line, site_names, skip_texts)
            continue
        byline = parse_byline(_without_date(line.text), site_names=site_names)
        if line.label == "fotografer":
            # A photo credit names the article's author only on photo stories with no other byline.
            if not photographers and byline.authors:
                photographers = byline.authors
            continue
        if not people.authors and (byline.authors or byline.agencies) and is_author_label(line.label):
            people.authors, people.labelled = byline.authors, True
            people.author_source = f"visible:credit:{line.label}"
            people.byline_tag = line.element.tag
            people.add_agencies(byline.agencies)
            skip_texts.append(line.text)
        if people.editor is None:
            name = byline.editor
            if name is None and is_editor_label(line.label) and byline.authors:
                name = byline.authors[0]
            if name:
                people.editor, people.editor_source = name, f"visible:credit:{line.label}"
                skip_texts.append(line.text)
    _co_writers_in_later_credit(people, scan, lines[:_MAX_CREDIT_LINES], anchor, site_names)
    return photographers


# `【责任编辑：周丽华】`, `एडिट: नेहा सिंह`: the label, its colon and the brackets around the line.
_SCRIPT_EDITOR_LINE = re.compile(r"^[【\[]?\s*[^\s:：]+\s*[:：]\s*(?P<name>[^】\]|/]{2,40}?)\s*[】\]]?\s*$")


_EDITOR_NAME_WORDS = 4
_EDITOR_NAME_CJK = 12
_NOT_IN_EDITOR_NAME = re.compile(r"[,，、…?？!！。]")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_EDITOR_BLOCKS_AT_END = 3
_EDITOR_BLOCKS_READ = 400
# A block that is a `Label: value` line (`编辑：…`, `निर्देशक: …`, `【来源：…】`).
_LABEL_VALUE_BLOCK = re.compile(r"^[【\[]?\s*([^\s:：【\[]{1,12})\s*[:：]\s*\S")


def _short_editor_name(name: str) -> bool:
    """A name's length and no sentence marks (`谢谢陈老师` in a Q&A is, `新书写了多久？` is not)."""
    if _NOT_IN_EDITOR_NAME.search(name):
        return False
    return len(name.split()) <= _EDITOR_NAME_WORDS and len(_CJK_LETTER.findall(name)) <= _EDITOR_NAME_CJK


def _editor_line_closes_text(tag: Tag, label: str) -> bool:
    """The label's block is among the last three of its box (or its first), and no neighbouring block is another
    `Label: value` line of a different label (a film's or a book's credits list) nor the label again (an
    interview's `编辑：` questions)."""
    before = tag.find_previous_sibling()
    closing = len(tag.find_next_siblings(limit=_EDITOR_BLOCKS_AT_END)) < _EDITOR_BLOCKS_AT_END
    if before is not None and not closing:
        return False
    after = tag.find_next_sibling()
    if any(_block_label(other) not in {None, label} for other in (before, after) if other is not None):
        return False
    siblings = itertools.chain(
        tag.find_previous_siblings(limit=_EDITOR_BLOCKS_READ),
        tag.find_next_siblings(limit=_EDITOR_BLOCKS_READ),
    )
    return not any(_block_label(other) == label for other in siblings)


def _block_label(block: Tag) -> str | None:
    if text_longer_than(block, _SCRIPT_CREDIT_CHARS):
        return None
    match = _LABEL_VALUE_BLOCK.match(element_text(block))
    return match.group(1).lower() if match else None


def _editor_of_script_label_line(people: _People) -> bool:
    source = people.editor_source or ""
    return (
        source.startswith("visible:credit:")
        and source.removeprefix("visible:credit:") in SCRIPT_EDITOR_LABELS
    )


def _editor_of_script_label(
    people: _People, line: CreditLine, site_names: list[str], skip_texts: list[str]
) -> None:
    """The editor named by a Chinese (`责任编辑：`) or Hindi (`एडिट:`) label: never a writer."""
    match = _SCRIPT_EDITOR_LINE.match(line.text)
    if people.editor is not None or match is None:
        return
    name = match.group("name").strip()
    if not _short_editor_name(name) or not _editor_line_closes_text(line.element.tag, line.label):
        return
    if people.parse_byline(name, site_names=site_names).authors == [name] or _brahmic_name(name):
        people.editor, people.editor_source = name, f"visible:credit:{line.label}"
        skip_texts.append(line.text)


def _co_writers_in_later_credit(
    people: _People, scan: PageScan, lines: list[CreditLine], anchor: int | None, site_names: list[str]
) -> None:
    """The header's credit names one writer (`Penulis: A | Editor: C`), the text's opening credit names the
    whole team (`Laporan Wartawan Tribunlampung.co.id, A dan B`; the Tribun network, Kompas' regional
    `Kontributor`, Sumatran and Kalimantan dailies' `Laporan: A dan B`): a later writer's credit in the text that
    names every writer found and more, each further one a full name, adds them; one that names the header's
    writer as its editor beside other writers replaces them (`_credits_header_writer_as_editor`). Only lines
    after the headline, outside cards of other stories and comments."""
    if (
        not people.labelled
        or people.agencies
        or not (people.author_source or "").startswith("visible:credit:")
    ):
        return
    known = {fold_for_matching(a) for a in people.authors}
    headline = headline_tag(scan, anchor)
    own = headline_ancestor_ids(headline)
    later = (
        line
        for line in lines
        if anchor is not None
        and line.element.index > anchor
        and is_author_label(line.label)
        and line.label not in _INLINE_CREDIT_WORDS  # `By X` heads a byline or a card, not the text's credit
        and line.label != "fotografer"  # a photo credit (`Fotografer: A dan B`) names no writer
        and line.element.tag is not people.byline_tag
    )
    for line in itertools.islice(later, _LATER_CREDITS):
        if _in_other_story_card(scan, headline, anchor, line, own) or in_excluded_area(line.element.tag):
            continue
        byline = people.parse_byline(_without_date(line.text), site_names=site_names)
        found = {fold_for_matching(a) for a in byline.authors}
        added = [a for a in byline.authors if fold_for_matching(a) not in known]
        if byline.agencies:
            continue
        if (
            found > known
            and all(_co_author_name(a, site_names) for a in added)
            and _joined_to_writers(line.text, byline.authors, known)
        ):
            people.authors = byline.authors
            return
        if found and not found & known and _credits_header_writer_as_editor(people, byline.editor):
            people.authors, people.byline_tag = byline.authors, line.element.tag
            people.author_source = f"visible:credit:{line.label}"
            return


_LATER_CREDITS = 3  # writers' credits looked at after the header's: the text's opening line, the closing box
_CONJUNCTION = re.compile(r"(?i)(?:^|\W)(?:dan|and|serta|&)(?:\W|$)")


def _joined_to_writers(text: str, names: list[str], known: set[str]) -> bool:
    """Each name the later credit adds is a co-writer in a list a conjunction closes after it (`A dan B`, `A, B
    dan C`) or listed before a known writer: a single name after the writer's comma is a dateline's place (`Andi
    Wijaya, Rejang Lebong`, `…, Ogan Ilir`) or a source (`…, Haji Ahmad Dahlan`, `…, Dewi Anggraini (Kepala
    Dinas PUPR)`)."""
    lowered = text.lower()
    spans: list[tuple[int, int, bool]] = []
    for name in names:
        start = lowered.find(name.lower())
        if start < 0:
            return False
        spans.append((start, start + len(name), fold_for_matching(name) in known))
    spans.sort()
    joins = [
        _CONJUNCTION.search(lowered[a[1] : b[0]]) is not None for a, b in zip(spans, spans[1:], strict=False)
    ]
    for i, (_start, _end, is_known) in enumerate(spans):
        if is_known:
            continue
        # `A dan B`; `A, B dan C`: a list closed by a conjunction after this name; or listed before a known writer
        joined = any(joins[max(i - 1, 0) :]) if i > 0 else any(joins)
        if not joined and not any(later_known for _s, _e, later_known in spans[i + 1 :]):
            return False
    return True


def _credits_header_writer_as_editor(people: _People, editor: str | None) -> bool:
    """The one writer of the header's byline is the person the text's closing credit names as editor, beside
    another writer (`Penulis Siti Nurhayati Editor Mohammad Nurfatoni` under `Oleh Mohammad Nurfatoni`): on
    WordPress portals where the editor's account posts the story (PWMU and other Muhammadiyah and NU portals,
    campus and regency sites, the issue's class 4), the byline shows the poster; the closing credit says who
    wrote it."""
    return editor is not None and len(people.authors) == 1 and _same_person(people.authors[0], editor)


_WRITTEN_BY = "written by"
# Credit lines read, nearest the headline first: real pages show at most a dozen (11 on the most of 868 corpus
# pages); a page with thousands (`<p>By X</p>` x 32000) credits no one further away.
_MAX_CREDIT_LINES = 50
_INLINE_CREDIT_WORDS = frozenset({"by", "oleh"})
_WRITTEN_BY_REACH = 15  # elements between the headline and a `Written by` line that credits the article


# A film's, show's, song's or book's credits box: `Written by` beside `Directed by`, `Starring`, `Music by`.
_WORKS_CREDIT = re.compile(
    r"(?i)\b(?:directed|produced|composed|illustrated|narrated|music|lyrics|starring|cast|screenplay|running time)\b"
)


def _in_works_credits(tag: Tag) -> bool:
    """The `Written by` line sits in a box of a work's credits (its siblings, or its parent's, name a director,
    the cast, the music): the work's writer, not the article's."""
    node: Tag | None = tag
    for _ in range(2):
        if node is None or node.parent is None:
            return False
        siblings = [s for s in node.parent.find_all(True, recursive=False, limit=20) if s is not node]
        if any(_WORKS_CREDIT.search(element_text(s)[:80]) for s in siblings):
            return True
        node = node.parent
    return False


def _people_from_written_by(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str], skip_texts: list[str]
) -> None:
    """`Written by <a>Name</a>` under the headline (Healthline, Medical News Today), when no metadata, credit
    line or byline element names the author: never a film's or song's credits in an info box further down
    the text (`Written by: Greta Gerwig, Noah Baumbach`), a sentence (`Written by X and Y.`) or a closing
    note after the body."""
    if anchor is None:
        return
    for line in people.written_by:
        offset = line.element.index - anchor
        if (
            not -_WRITTEN_BY_ABOVE <= offset <= _WRITTEN_BY_REACH
            or offset == 0
            or line.text.rstrip().endswith(".")
        ):
            continue
        if offset > 0 and prose_between(scan, line.element.tag, anchor):
            continue
        if offset < 0 and not _dated_row_above(line.element.tag):
            continue
        if _in_works_credits(line.element.tag):
            continue
        byline = people.parse_byline(_without_date(line.text), site_names=site_names)
        if byline.authors or byline.agencies:
            people.authors, people.labelled = byline.authors, True
            people.author_source = f"visible:credit:{line.label}"
            people.add_agencies(byline.agencies)
            skip_texts.append(line.text)
            return


_WRITTEN_BY_ABOVE = 8  # elements between a `Written By` row above the headline (Squarespace) and the headline
_ROW_LEVELS = 2


_STORY_TITLE_WORDS = 3  # a story's title, not a category link (`News`, `Local News`) beside the meta row


def _dated_row_above(tag: Tag) -> bool:
    """A `Written By` line above the headline counts in the article's meta row, a short box that also shows the
    date (Squarespace's `Written By Sam Nguyen March 11, 2026` over the title, Wix's and Ghost's rows above it);
    a `Written by` line alone above the headline belongs to what precedes it."""
    node: Tag | None = tag
    for _ in range(_ROW_LEVELS):
        node = node.parent if node is not None else None
        if node is None or node.name in ("body", "html", "[document]") or text_longer_than(node, _LINE_CHARS):
            return False
        if search_date(_line_text(node)) is not None:
            # A ticker's or a previous story's card holds a link to that story beside the line (`Latest: <a>Crab
            # season extended</a> Written By Lena Morrow March 2, 2026`): no meta row of this article's.
            return not any(
                not is_inside(a, tag, _ROW_LEVELS + 2) and len(element_text(a).split()) >= _STORY_TITLE_WORDS
                for a in node.find_all("a", limit=8)
            )
    return False


def _people_from_byline_elements(
    people: _People,
    scan: PageScan,
    anchor: int | None,
    site_names: list[str],
    skip_texts: list[str],
    metadata_names_author: bool = False,
    metadata_person: bool = False,
) -> None:
    parse_byline = people.parse_byline
    elements = find_byline_elements(scan, anchor)
    if metadata_person:
        # A link known only by its address spelling the name never overrides the metadata's author (review:
        # a newsletter's, a team's or a place's page linked in the meta row of a page whose JSON-LD names Jane).
        profiles = profile_only_links(scan, anchor)
        elements = [e for e in elements if id(e.tag) not in profiles]
    # Repeated byline boxes are other stories' only when the metadata names the author: a forum thread's
    # posts repeat theirs too, and there the first one is the page's author.
    teasers = _teaser_bylines(elements) if metadata_names_author else set()
    single_word: tuple[Element, Any] | None = None
    # A byline badged `Editor`, held until another writer is credited.
    badged: tuple[Element, Any] | None = None
    for index, element in enumerate(elements):
        if id(element.tag) in teasers or _in_contact_box(element.tag, scan):
            continue
        byline = _read_byline_element(element, elements, parse_byline, site_names)
        if byline is None:
            continue
        if (
            badged is None
            and index < _EDITOR_BADGE_ELEMENTS
            and len(byline.authors) == 1
            and _name_labelled_editor(element.tag, byline.authors[0])
        ):
            # The page may label this name its editor (class 4), but a single writer's own job-title badge
            # (`author-role`, `job-title`, `cargo`, vcard `role` reading `Editor` on blogs and opinion pages) has
            # the same shape: the name is held back, and is the editor only when a writer's box follows.
            badged = (element, byline)
            continue
        if badged is not None and not _other_writer_credited(element.tag, byline, badged[1]):
            continue
        if single_word is not None and not _full_name_instead(single_word[0], element, byline):
            continue  # after a one-word name, only a full name near it is worth taking instead
        if _one_word_guess(people, byline) and single_word is None:
            # `Travel` (a section link classed `channel-name`) or `Immobilien` (a `span.name` kicker) before
            # the writer's full name in the byline elements under it (Daily Star, finanzmarktwelt.de, Metro):
            # a single capitalised word is kept only when no full name follows.
            single_word = (element, byline)
            continue
        if badged is not None and byline.authors and people.editor is None:
            people.editor, people.editor_source = badged[1].authors[0], "visible:credit:editor"
        _take_byline(people, element, byline, skip_texts)
        if byline.authors:
            return
    if badged is not None:
        # No writer's box after the badged name: it is the writer's own badge, never a reason to lose them.
        _take_byline(people, badged[0], badged[1], skip_texts)
        return
    if single_word is not None:
        _take_byline(people, single_word[0], single_word[1], skip_texts)


# A byline box that shows one name beside a label element reading only `Editor` (`Redaktur`, `Penyunting`):
# the role badge of an editor's card under the headline, as Indonesian news portals print it (an avatar, the
# name linked to its author page, a `<span>Editor</span>` badge) and as WordPress/news themes whose author card
# prints the user's role do. German `Redakteur`, Dutch `redacteur` and French `rédacteur` name writers, so
# they are not read here.
_EDITOR_ROLE_LABEL = re.compile(r"(?i)^\s*(?:editor|redaktur|penyunting)\s*[:：]?\s*$")
_EDITOR_LINE_CHARS = 80  # one name and its role label; a longer box is a card or a header
_EDITOR_LINE_ELEMENTS = 16


# The badge is checked on the first byline boxes only (pages of thousands of cards).
_EDITOR_BADGE_ELEMENTS = 6
_EDITOR_LINE_LEVELS = 3  # the name link, a wrapper (`span.name > a`), the card's line
# A line that labels its name some other way (`By`, `Por`, `Von`, `Oleh`, `Penulis:`) or lists names is no
# bare name beside a badge.
_OTHER_LABEL = re.compile(r"(?i)(?:^|\s)(?:by|por|von|oleh|par|door)\s|[:：,，|、]")
# A writer's box the badged editor gives way to: Indonesian portals' reporter/penulis/pewarta/kontributor boxes,
# WordPress and news themes' author cards (`post-author`, `author-name`, `byline`, `writer`).
_WRITER_BOX_TOKENS = ("reporter", "penulis", "pewarta", "kontributor", "author", "writer", "byline")
_WRITER_BOX_LEVELS = 3


def _other_writer_credited(tag: Tag, byline: Any, badged: Any) -> bool:
    """A byline after an `Editor`-badged name credits another writer: a different name, in a box whose class or
    id names a writer's box. Anything else (a name read twice, a stray card) is passed over."""
    if not byline.authors or badged.authors[0] in byline.authors:
        return False
    node: Tag | None = tag
    for _ in range(_WRITER_BOX_LEVELS):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        classes = node.get("class") or ""
        names = f"{classes if isinstance(classes, str) else ' '.join(classes)} {node.get('id') or ''}".lower()
        if any(token in names for token in _WRITER_BOX_TOKENS):
            return True
        node = node.parent
    return False


def _name_labelled_editor(tag: Tag, name: str) -> bool:
    """The byline element (or the line just around it) is one name beside an element whose whole text is an
    editor role. A line holding any other label (`Penulis & Editor: X`, `Reporter: A`, `By`) never counts:
    only the bare name and its badge, so one person writing and editing keeps their byline."""
    node: Tag | None = tag
    for _ in range(_EDITOR_LINE_LEVELS):
        if node is None or node.name in ("body", "html", "article", "[document]"):
            return False
        if text_longer_than(node, _EDITOR_LINE_CHARS):
            return False
        text = node.get_text(" ", strip=True)
        label = next(
            (
                d
                for d in node.find_all(True, limit=_EDITOR_LINE_ELEMENTS)
                if _EDITOR_ROLE_LABEL.match(d.get_text(" ", strip=True))
            ),
            None,
        )
        if label is not None:
            rest = text.replace(label.get_text(" ", strip=True), " ", 1).strip()
            return bool(rest) and not _OTHER_LABEL.search(rest) and len(rest.split()) <= len(name.split()) + 1
        node = node.parent
    return False


# A job ad's contact person is no writer (#10 web-kinds-12). Job ads declare schema.org JobPosting for Google
# for Jobs (Personio, softgarden, d.vinci, rexx, WP Job Manager, Greenhouse and Lever hosted boards, StepStone
# and Indeed pages): there a box named as a contact (`contact-person-box`, `kontakt`, Indonesian `kontak-hrd`, `ansprechpartner`,
# `recruiter-card`) holds the recruiter. On any page a box named for a contact person (`contact-person`,
# `ansprechpartner`, `kontaktperson`) is one: press releases' and associations' `Ansprechpartner` boxes too.
# Class and id tokens are read by their start, whole tokens only (`author-contact` is an author's box).
_CONTACT_PERSON_TOKENS = ("contact-person", "contactperson", "contact_person", "ansprechp", "kontaktperson")
_JOB_AD_CONTACT_TOKENS = (*_CONTACT_PERSON_TOKENS, "contact", "kontak", "recruiter", "hiring-manager")
_JOB_AD_TYPES = frozenset({"jobposting"})
CONTACT_BOX_LEVELS = 4  # `div.contact-person-box > div.panel-body > p.contact-name > strong`


def _is_job_ad(scan: PageScan) -> bool:
    """The page declares a JobPosting (JSON-LD, or microdata's `hiringOrganization`) and no article node: a
    newspaper's story about a vacancy, or a blog's `We are hiring` post, keeps its writer's byline."""
    return bool(scan.remember(("job-ad",), lambda: _declares_job_posting(scan)))


def _declares_job_posting(scan: PageScan) -> bool:
    texts = scan.jsonld_texts
    if texts and sum(len(t) for t in texts) <= MAX_JSONLD_CHARS:
        types, article_nodes = jsonld_types(texts)
        if article_nodes:
            return False
        if _JOB_AD_TYPES.intersection(types):
            return True
    return bool(scan.itemprops.get("hiringorganization"))


def _in_contact_box(tag: Tag, scan: PageScan) -> bool:
    """The byline element sits in a contact box: one named for a contact person, or on a job ad any box
    named as a contact (`_JOB_AD_CONTACT_TOKENS`; the page's JSON-LD is read only then)."""
    node: Tag | None = tag
    for _ in range(CONTACT_BOX_LEVELS):
        if node is None or node.name in ("body", "html", "article", "[document]"):
            return False
        tokens = (*attr_words(node, "class"), *attr_words(node, "id"))
        if any(token.startswith(_CONTACT_PERSON_TOKENS) for token in tokens):
            return True
        if any(token.startswith(_JOB_AD_CONTACT_TOKENS) for token in tokens) and _is_job_ad(scan):
            return True
        node = node.parent
    return False


def _metadata_names_person(jsonld: JsonLdArticle, scan: PageScan, site_names: list[str]) -> bool:
    """The JSON-LD or the meta `author` names someone other than the outlet or a company (`Jane Doe`, not
    `Diário do Norte`)."""
    from telisik.extract.bylines import is_organisation

    names = [*jsonld.authors, *(v for key in AUTHOR_META for v in scan.meta.get(key, ())[:1])]
    return any(
        name.strip()
        and not name.lower().startswith(("http://", "https://"))
        and name not in jsonld.organization_authors
        and not is_organisation(name)
        and not _names_the_site(name, site_names)
        and fold_for_matching(name) not in home_link_texts(scan)  # `<a href="/">Riverside Dispatch</a>`
        for name in names
    )


_FULL_NAME_REACH = 40  # elements between a one-word byline and the full name that replaces it


def _full_name_instead(guess: Element, element: Element, byline: Any) -> bool:
    """A full name in a byline element near the one-word guess, and not another of its kind (a forum thread's
    `h4.message-name` repeated under every post names each post's writer: the first is the page's)."""
    if not byline.authors or len(byline.authors[0].split()) < 2:
        return False
    if abs(element.index - guess.index) > _FULL_NAME_REACH:
        return False
    same_kind = element.tag.name == guess.tag.name and element.tag.get("class") == guess.tag.get("class")
    return not (same_kind and element.tag.get("class"))


def _one_word_guess(people: _People, byline: Any) -> bool:
    """One author of one word from an unlabelled byline element, outside Indonesia (where one-word names are
    common and a section word rarely sits in a byline box)."""
    return people.places and len(byline.authors) == 1 and len(byline.authors[0].split()) == 1


# The footer credit of the site's template or its maker (`© 2026 Blog. Designed by Jago Desain` on Blogger's
# Median UI, `Theme by MH Themes`, `Designed & developed by Jegtheme` (JNews), `Theme by Kriesi`, `designed by
# Themes by bavotasan.com`, `Designed by Gray Digital Media - Powered by …`, `Template by Way2Themes`): a
# `credit`/`creator`-classed box naming a person or firm who wrote no article.
_SITE_MAKER_CREDIT = re.compile(
    r"(?i)\b(?:(?:re)?designed|design|theme|template|developed|powered|built|crafted|coded|created\s+with)"
    r"(?:\s*(?:&|and|dan)\s*\w+)?\s+(?:by|oleh)\b|\b(?:didesain|dikembangkan|desain|template)\s+oleh\b"
)


_BY_WORD = re.compile(r"(?i)\b(?:by|oleh)\b")


# Words that credit the writing in a line that also credits design (`Words and design by Jane Morrison`,
# `Reporting, design and development by …`, `Teks dan desain oleh …`): the line is the article's own byline.
_WRITING_WORDS = re.compile(
    r"(?i)\b(?:words?|text|story|reporting|reported|written|writing|author|teks|tulisan|naskah|liputan|penulis)\b"
)


def _credits_only_site_makers(text: str) -> bool:
    """Every `by`/`oleh` of the line belongs to a maker's credit (`© 2026 Blog. Designed by Jago Desain`); a
    byline that also credits a designer (`Words by Ana Putri, design by Tim Grafis`, `Words and design by Jane
    Morrison`) is still read."""
    makers = len(_SITE_MAKER_CREDIT.findall(text))
    if makers == 0 or makers != len(_BY_WORD.findall(text)):
        return False
    first_maker = _SITE_MAKER_CREDIT.search(text)
    if first_maker is None:
        return True
    # The writing word must open the maker's own clause: `© 2026 Story Blog. Designed by …` is still a footer.
    clause = max(text.rfind(mark, 0, first_maker.start()) for mark in ".|©·") + 1
    return _WRITING_WORDS.search(text, clause, first_maker.start()) is None


def _read_byline_element(element: Element, elements: list[Element], parse_byline, site_names: list[str]):
    """The byline read from one byline-like element, or None when it is no byline (too long, a photo credit,
    no person or agency, a dateline city after an agency)."""
    shown = _name_beside_handle(element.tag)
    if shown is not None:
        byline = parse_byline(shown, site_names=site_names)
        if byline.authors:
            return byline
    microdata = _microdata_names(element.tag)
    text = ", ".join(microdata) if microdata else element_text(element.tag)
    if not text or len(text) > 200 or _PHOTO_CREDIT.match(text) or _credits_only_site_makers(text):
        return None
    if not microdata and _only_topic_links(element.tag):
        return None
    if microdata:
        byline = parse_byline(", ".join(microdata), site_names=site_names)
    else:
        byline = _innermost_byline(element, elements, parse_byline, site_names)
    if not byline.authors and not byline.agencies:
        # `<p>Markus Feldhaus</p><p>Geschäftsführer Beratungshaus Nord</p>`: the name's line without the job line.
        text = _name_line_before_job_line(element.tag, parse_byline, site_names) or text
        byline = parse_byline(_without_date(text), site_names=site_names)
    if not byline.authors and not byline.agencies and not microdata:
        byline = _byline_from_runs(element.tag, parse_byline, site_names) or byline
    if byline.authors and all(len(a.split()) == 1 for a in byline.authors) and _follows_agency(element.tag):
        return None  # `<a>Reuters, </a><span>Washington,</span>`: a dateline city after the agency
    if byline.authors or byline.agencies:
        return byline
    return None


# Pages listing a topic, tag or category, not a person: WordPress `/tag/`, `/category/` (and `rel="tag"`),
# Drupal's taxonomy terms (`/taxonomy/term/12`, pathauto's `/themen/…`, `/schlagworte/…`), TYPO3 and Joomla
# category pages, Blogger's `/search/label/`, Ghost's `/tag/`, news CMSes' `/topics/`, `/thema/`, `/temas/`.
_TOPIC_LINK_PATH = re.compile(
    r"/(?:tags?|topics?|themen|thema|themes?|category|categories|kategorie[n]?|kategori|rubriken|rubrik"
    r"|schlagworte?|stichworte?|temas?|tematy?|sujets?|argomenti|onderwerpen|onderwerp|assuntos?"
    r"|keywords?|labels?|label|taxonomy/term|term|topik|tagged)(?:/|$)",
    re.I,
)
_TOPIC_LINKS_LOOKED_AT = 12
# A label beside the chips (`Themen:`, `Tags`) is all a topic list holds besides its links.
_WORDS_BESIDE_TOPICS = 1


def _only_topic_links(tag: Tag) -> bool:
    """The box shows nothing but links to topic, tag or category pages (`<div class="field--name-field-
    kategorie"><a href="/themen/bildung-und-kita">Bildung und Kita</a></div>`: Drupal's entity-reference
    field, whose `field--name-…` class reads as a `name` box; WordPress `cat-links`/`tags-links` in a post's
    `entry-meta`; Ghost's and Blogger's label chips): subjects of the page, never its writers. A writer's link
    (`rel="author"`, an author page) or any other text beside the links keeps the box a byline."""
    links: list[Tag] | None = [tag] if tag.name == "a" and tag.get("href") else []
    if not links:
        links = _small_box_links(tag)
    if not links or len(links) > _TOPIC_LINKS_LOOKED_AT:
        return False
    if not all(_topic_link(link) for link in links):
        return False
    outside = element_text(tag)
    for link in links:
        outside = outside.replace(element_text(link), " ", 1)
    words_beside = len(re.findall(r"[^\W\d_]{2,}", outside))
    if words_beside == 0 and not any(_category_link(link) for link in links) and _named_as_writer_box(tag):
        return False  # the writer filed as a taxonomy term or a tag, in a box named for the writer
    return words_beside <= _WORDS_BESIDE_TOPICS


def _category_link(link: Tag) -> bool:
    """WordPress' category link (`rel="category tag"`): themes that print the categories in the author slot."""
    rel = link.get("rel")
    rels = rel if isinstance(rel, list) else str(rel or "").split()
    return "category" in rels


# A box named for the writer (`field--name-field-author`, `field--name-field-autor`, `byline-name`, `post-author`):
# Drupal news sites model their writers as taxonomy terms (`/taxonomy/term/451`), and WordPress and Ghost blogs
# without author accounts file a guest writer as a tag (`rel="tag"`); the box's name says what the link is. A
# label beside the links (`Themen:`, `Tags:`) or WordPress' `rel="category tag"` still marks a topic list, whatever
# the box is called.
_WRITER_BOX_NAME = re.compile(
    r"(?i)author|autor|auteur|writer|verfasser|penulis|wartawan|byline|by-line|reporter|firma|written"
)
_WRITER_BOX_LEVELS = 3


def _named_as_writer_box(tag: Tag) -> bool:
    node: Tag | None = tag
    for _ in range(_WRITER_BOX_LEVELS):
        if node is None or node.name in ("body", "html", "article", "[document]"):
            return False
        if _WRITER_BOX_NAME.search(area_hints(node)):
            return True
        node = node.parent
    return False


# A box of topic chips or a handle line is a few dozen elements; a bigger one (a wrapper, hostile nesting tens of
# thousands deep) is none, and is not walked further: each of a page's byline elements is looked at.
_SMALL_BOX_TAGS = 80


def _small_box_tags(tag: Tag) -> list[Tag] | None:
    """The elements inside `tag`, or None when there are more than `_SMALL_BOX_TAGS` (the walk stops there)."""
    found: list[Tag] = []
    for node in nodes_in_order(tag):
        if isinstance(node, Tag):
            found.append(node)
            if len(found) > _SMALL_BOX_TAGS:
                return None
    return found


def _small_box_links(tag: Tag) -> list[Tag] | None:
    inside = _small_box_tags(tag)
    if inside is None:
        return None
    return [node for node in inside if node.name == "a" and node.get("href")]


def _topic_link(link: Tag) -> bool:
    rel = link.get("rel")
    rels = rel if isinstance(rel, list) else str(rel or "").split()
    if "author" in rels:
        return False
    if "tag" in rels or "category" in rels:
        return True
    href = link.get("href")
    return isinstance(href, str) and _TOPIC_LINK_PATH.search(href_path(href)) is not None


# A forum account's handle with its owner's full name in brackets beside it: Discourse's crawler view
# (`<a href="/u/hachterberg">hachterberg</a> (Helen Achterberg)`), phpBB and vBulletin profiles' `handle (Real
# Name)`, mailing-list archives' `jdoe (Jane Doe)`. The full name is the writer; the handle (microdata `name`)
# is the account.
_HANDLE_WITH_NAME = re.compile(r"^@?(?P<handle>[^\s()]{2,40})\s*\((?P<name>[^()]{3,60})\)$")
_HANDLE_LINE_CHARS = 110


def _name_beside_handle(tag: Tag) -> str | None:
    if _small_box_tags(tag) is None or text_longer_than(tag, _HANDLE_LINE_CHARS):
        return None
    match = _HANDLE_WITH_NAME.match(element_text(tag))
    handle = match.group("handle").lstrip("@") if match else ""
    if match is None or not _USERNAME.match(handle) or not _handle_shaped(handle):
        return None
    name = match.group("name").strip()
    return name if len(name.split()) >= 2 else None


def _handle_shaped(word: str) -> bool:
    """`hachterberg`, `marcel_dv`, `jdoe42`: lower-case or joined by `_`/`.`/digits; a capitalised word is a
    name (`Budi (Kompas TV)`: the writer and his outlet)."""
    return word[0].islower() or any(ch in "_." or ch.isdigit() for ch in word)


def _take_byline(people: _People, element: Element, byline: Any, skip_texts: list[str]) -> None:
    people.authors, people.author_source = byline.authors, "visible:byline"
    people.byline_tag = element.tag
    people.add_agencies(byline.agencies)
    people.photographers.update(fold_for_matching(name) for name in byline.photographers)
    skip_texts.append(element_text(element.tag))  # the line as shown, for the body
    if people.editor is None and byline.editor:
        people.editor, people.editor_source = byline.editor, "visible:byline"


_MAX_RUNS = 12


def _text_runs(tag: Tag) -> list[str]:
    """The element's text nodes, each stripped (at most `_MAX_RUNS`): the pieces a reader sees apart."""
    runs: list[str] = []
    for node in tag.find_all(string=True):
        if isinstance(node, Comment) or node.parent is None or node.parent.name in ("script", "style"):
            continue
        text = single_line(str(node)).strip()
        if text:
            runs.append(text)
            if len(runs) > _MAX_RUNS:
                return []
    return runs


def _byline_from_runs(tag: Tag, parse_byline, site_names: list[str]):
    """A byline box whose names sit in elements of their own with no separator between them (Der Standard's
    `<span>Birgit Baumann</span> <span>Anna Giulia Fink</span> <span>Jan Michael Marchart</span>`, Ukrainska
    Pravda's names before the date, Daily Star's `<a>Sophie Foster</a><span>Travel News Reporter</span>` read
    as `Sophie FosterTravel News Reporter`): its text nodes read as a list. None when there is one node."""
    runs = _text_runs(tag)
    if len(runs) < 2:
        return None
    names: list[str] = []
    for run in runs:
        if _RUN_DECORATION.match(run) or not _without_date(run).strip(" |"):
            continue  # `By`, `und`, `|`, the date
        found = parse_byline(run, site_names=site_names).authors
        if len(found) != 1 or len(found[0].split()) < 2:
            return None  # anything else than one full name per run: not a box of names (a handle, a tag list)
        names.append(found[0])
    if len(names) < 2 and len(runs) > len(names) + 1:
        return None
    return parse_byline(", ".join(names), site_names=site_names) if names else None


# The pieces of a byline box between its names: a "by" word, a conjunction, a separator.
_RUN_DECORATION = re.compile(
    r"(?i)^[\W_]*(?:(?:by|von|par|por|door|di|de|av|af|oleh|and|und|et|y|e|en|og|och|dan)[\W_]*)?$"
)


_MICRODATA_NAMES = 6


def _microdata_names(tag: Tag) -> list[str]:
    """The `itemprop="name"` texts inside an `itemprop="author"` element (schema.org microdata: `<span
    itemprop="author" itemscope><a itemprop="url"><span itemprop="name">Name</span></a><span>Redakteur
    Politik</span></span>`): the names alone, without the job, avatar text or links around them."""
    itemprop = tag.get("itemprop")
    if not isinstance(itemprop, str) or "author" not in itemprop.lower().split():
        return []
    found = tag.find_all(True, itemprop="name", limit=_MICRODATA_NAMES)
    names = [_microdata_value(t) for t in found if _owned_by(t, tag)]
    return [n for n in names if n]


def _owned_by(name: Tag, author: Tag) -> bool:
    """The `itemprop="name"` belongs to the author itself, not to an item nested in it (the employer in
    `worksFor`, an `affiliation`, the avatar's ImageObject): no other `itemscope` between the two."""
    node = name.parent
    while node is not None and node is not author:
        if node.has_attr("itemscope"):
            return False
        node = node.parent
    return node is author


def _microdata_value(tag: Tag) -> str:
    """An element's text; a `<meta itemprop="name" content="...">` (tagDiv's `td-page-meta`) its content."""
    if tag.name == "meta":
        content = tag.get("content")
        return single_line(content) if isinstance(content, str) else ""
    return element_text(tag)


# Words of departments and organisations that CMS credit phrases name instead of a person (`Erstellt von
# Pressestelle`, `Geschrieben von Freiwillige Feuerwehr`, `Posted by Communications Office`).
_OFFICE_WORDS = frozenset(
    "office communications department category uncategorized university school club association council"
    " committee city county society foundation institute press media marketing team writer editor editors"
    " newsroom admin administrator webmaster".split()
    + "gemeinde stadt stadtverwaltung verwaltung pressestelle feuerwehr freiwillige verein vorstand redaktion"
    " öffentlichkeitsarbeit kreisverwaltung landratsamt rathaus schule kirchengemeinde abteilung"
    # Public administrations of other languages (see bylines' `_PUBLIC_OFFICE_WORDS`): `Erstellt von Bürgerbüro`,
    # `Publié par Mairie de X`, `Publicado por Ayuntamiento de X`, `Geplaatst door Gemeente X`.
    " gemeindeverwaltung bürgerbüro bürgeramt magistrat mairie ayuntamiento municipio comune prefeitura"
    " gemeente urząd pemerintah"
    # `Parish Office`, `Church Office`, `Club Secretary`, `Parish Secretary`: church and club accounts.
    " parish secretary".split()
)


def _names_an_office(name: str) -> bool:
    return any(
        word.lower().strip(".,") in _OFFICE_WORDS or word.lower() in _NON_NAME_WORDS for word in name.split()
    )


def _people_from_foreign_credit(
    people: _People,
    soup: BeautifulSoup,
    scan: PageScan,
    anchor: int | None,
    site_names: list[str],
    skip_texts: list[str],
) -> None:
    """`Autor: X`, `Text: X`, `Von <span>X</span>`, `Yazar: X`: a labelled credit line in another language."""
    parse_byline = people.parse_byline
    desk_seen = False
    for line in foreign_credit_lines(soup, scan, anchor):
        if desk_seen and not (line.inline and _opens_the_text(line.element.tag)):
            return
        if _is_job_ad(scan) and _in_contact_box(line.element.tag, scan):
            continue  # a job ad's `Kontak` box (`Oleh Rina Wulandari, HRD`): the recruiter, no writer
        value = _credit_value(line.text, line.label)
        byline = parse_byline(_without_date(value), site_names=site_names)
        # `Posted by Alex Durán, AMP Project Marketing, Google`: the writer's team after the name.
        byline.authors = [a for a in byline.authors if not _acronym_beside_words(a.split())]
        if line.inline and (not byline.authors or any(len(a.split()) < 2 for a in byline.authors)):
            continue  # `von Jennifer`, `von Berlin`: an unlabelled `von` line must name a person in full
        if line.inline and any(_names_an_office(a) for a in byline.authors):
            continue  # `Erstellt von Gemeinde Neuhausen`, `Posted by Communications Office`
        if byline.authors:
            if not line.inline:
                byline.authors = [_without_doctor(a) for a in byline.authors]
            people.authors, people.labelled = byline.authors, True
            people.author_source = f"visible:credit:{line.label}"
            people.add_agencies(byline.agencies)
            skip_texts.append(line.text)
            return
        if not value.strip(" |,"):
            continue
        if desk_seen or not _desk_credit_only(byline):
            return  # the nearest credit names no person (`von uriebe`): farther ones belong to other posts
        # The CMS byline credits a desk or account (`Por: Redação`, `Von: Redaktion`, `Par La rédaction`; tagDiv
        # Newspaper, Jannah, JNews single templates): the writer may sign the text's first line (`Por Renata
        # Figueiredo, em Vila Serrana`), an inline credit near the headline, which is still read; any further
        # line must be such an inline credit too.
        desk_seen = True


# Blocks that never open an article's text with its writer's credit: a heading (`<h3>Por Semana Santa</h3>`), a
# quotation or a picture's caption (a poem's `Por Cecília Meireles` after its blockquote).
_NOT_A_TEXT_ROW = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption")
_ROWS_BEFORE_LOOKED_AT = 4


def _opens_the_text(tag: Tag) -> bool:
    """The credit's block (`<p><strong>Por Renata Figueiredo, em Vila Serrana</strong></p>`) is the first text row
    of its box, the article text right under the headline and the desk byline (tagDiv Newspaper, Jannah, JNews
    single templates): a later `Von …` line is a quoted letter's or a poem's credit."""
    block = tag
    while block.name in _INLINE_WRAPPERS and block.parent is not None:
        block = block.parent
    if block.name not in ("p", "div") or block.find_parent(_NOT_A_TEXT_ROW) is not None:
        return False
    before = block.find_previous_siblings(limit=_ROWS_BEFORE_LOOKED_AT)
    if len(before) >= _ROWS_BEFORE_LOOKED_AT:
        return False
    return not any(isinstance(s, Tag) and s.get_text(strip=True) for s in before)


def _desk_credit_only(byline) -> bool:
    """A credit naming only a desk or the newsroom (`Redação`, `Redaktion`, `Newsroom`), no person and no news
    agency (an agency's credit names the piece's source: farther names are other stories')."""
    from telisik.extract.bylines import is_desk, is_news_agency

    return bool(byline.agencies) and all(is_desk(a) and not is_news_agency(a) for a in byline.agencies)


def _without_doctor(name: str) -> str:
    """A labelled field's `Autor: Dr. Maria Keller` (TYPO3 tt_news, Joomla and university CMSs print the
    account's record with its title) names `Maria Keller`: the `Dr.` alone is dropped before a first name and
    a surname. A byline's prose form (`von Dr. Max Kolter`) keeps it as printed (see `without_titles_and_degrees`)."""
    words = name.split()
    if len(words) == 3 and words[0] in ("Dr.", "Dr") and all(w[:1].isupper() for w in words[1:]):
        return " ".join(words[1:])
    return name


def _credit_value(text: str, label: str) -> str:
    """What follows a foreign credit label: after its colon when the colon follows the label (`Autor: X`),
    else after the label word (`Por Adriano Fernandes | 03/05/2022 20:36`: the colon of the time is no
    label's, campograndenews.com.br and other Portuguese, Spanish and German inline bylines with a time)."""
    stripped = text.strip()
    rest = stripped[len(label) :] if stripped.lower().startswith(label) else stripped
    if rest.lstrip().startswith(":"):
        return rest.lstrip()[1:]
    if ":" in rest and not stripped.lower().startswith(label):
        return rest.split(":", 1)[1]
    return rest


# The heading of a box about the writer after the text: `About the author`, `Über den Autor`, `Tentang Penulis`.
_ABOUT_AUTHOR = re.compile(
    r"(?i)^\W*(?:about\s+the\s+(?:author|writer)|über\s+(?:den\s+autor|die\s+autorin)|zu[mr]\s+autor(?:in)?"
    r"|tentang\s+penulis|profil\s+penulis|sobre\s+(?:el\s+autor|la\s+autora|o\s+autor|a\s+autora)"
    r"|à\s+propos\s+de\s+l.auteur(?:e)?|over\s+de\s+auteur|sull.autore|yazar\s+hakkında"
    r"|om\s+(?:forfatteren|skribenten))\W*$"
)
_AUTHOR_BOX_LOOKAHEAD = 8
_MAX_BOX_HEADING = 40


def _people_from_author_box(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str]
) -> None:
    """The writer named in a box about the author after the text, found by its heading (`<h3>Über den
    Autor</h3><p><strong>Name</strong> schreibt seit ...</p>`): the first short element after the heading, or
    the bold or linked name opening its first paragraph. Boxes in sidebars and comments do not count."""
    for element in scan.headings:
        if anchor is not None and element.index <= anchor:
            continue
        heading = heading_text(scan, element.tag)  # the page's heading measures: no nesting read whole again
        if heading is None:
            # A bounded count first: reading each of many nested headings whole is quadratic.
            if text_longer_than(element.tag, _MAX_BOX_HEADING):
                continue
            heading = element_text(element.tag)
        if (
            len(heading) > _MAX_BOX_HEADING
            or not _ABOUT_AUTHOR.match(heading)
            or in_excluded_area(element.tag)
        ):
            continue
        for node in element.tag.find_all_next(True, limit=_AUTHOR_BOX_LOOKAHEAD):
            name = _box_name(node)
            if not name:
                continue
            found = people.parse_byline(name, site_names=site_names).authors
            if found and (not people.places or all(len(a.split()) >= 2 for a in found)):
                people.authors, people.author_source = found, "visible:author-box"
                return
        return
    _people_from_classed_author_box(people, scan, anchor, site_names)


# A box about the writer after the text, named by its class rather than a heading: WordPress' Simple Author Box
# (`saboxplugin-wrap`), Molongui (`molongui-author-box`), Starbox (`abh_box`), PublishPress (`pp-author-boxes`),
# themes' `author-box`/`about-author`/`author-bio`, German company and utility sites' `autorenbox`/`authorbox`
# (often an `<aside>` after the text, a small label `Über die Autorin` in a span).
_AUTHOR_BOX_CLASS = re.compile(
    r"(?i)author-?box|authorbox|about-?(?:the-)?author|author-?bio(?![a-z])|autoren-?box|autor-?box|author-card"
    r"|saboxplugin-wrap|molongui-author-box|abh_box|pp-author-boxes|author-info(?![a-z])"
)
_AUTHOR_BOX_NAME_CLASS = re.compile(r"(?i)(?<![a-z])(?:name|authorname)(?![a-z])|__name|-name")
_AUTHOR_BOXES = 4
_BOX_NODES = 30


def _people_from_classed_author_box(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str]
) -> None:
    """The writer named in a box classed as the author's after the headline (`_AUTHOR_BOX_CLASS`): its element
    classed as a name (`authorbox__name`, `saboxplugin-authorname`, `itemprop="name"`), or the short line after
    its `Über die Autorin`/`About the author` label. Boxes in comments, sidebars and menus do not count (a
    blog's sidebar `About me` box names the owner, not this post's writer)."""
    boxes = 0
    for element in scan.byline_hints:
        if anchor is None or element.index <= anchor:
            continue
        if not _AUTHOR_BOX_CLASS.search(area_hints(element.tag)):
            continue
        boxes += 1
        if boxes > _AUTHOR_BOXES:
            return
        parent = element.tag.parent
        if parent is not None and in_excluded_area(parent, READERS_AND_NAVIGATION):
            continue
        writers_box = _WRITERS_BOX_CLASS.search(area_hints(element.tag)) is not None
        found = _author_box_names(people, element.tag, site_names, writers_box=writers_box)
        if found:
            people.authors, people.author_source = found, "visible:author-box"
            return


# Boxes a site or a plugin prints for its own writers (`authorbox`, `autorenbox`, Simple Author Box, Molongui,
# Starbox, PublishPress): a plain line after their `Über die Autorin` label is the writer. A generic
# `author-bio`/`author-info`/`author-card` also shows the author of a book, a film or a product under review
# (`<div class="book-info"><div class="author-bio">Über den Autor …` on book blogs and publishers' pages):
# there only a name the box marks as one (classed as a name, `itemprop="name"`, a link to an author page) counts.
_WRITERS_BOX_CLASS = re.compile(
    r"(?i)author-?box|authorbox|autoren-?box|autor-?box|about-?(?:the-)?author|saboxplugin-wrap"
    r"|molongui-author-box|abh_box|pp-author-boxes"
)


def _author_box_names(people: _People, box: Tag, site_names: list[str], *, writers_box: bool) -> list[str]:
    after_label = False
    for node in box.find_all(True, limit=_BOX_NODES):
        if _small_box_tags(node) is None:
            continue  # a wrapper (or hostile nesting): the name is a short line, read without walking it all
        text = element_text(node)
        if not text or len(text) > _MAX_BOX_NAME:
            continue
        if _ABOUT_AUTHOR.match(text):
            after_label = True
            continue
        named = (
            node.get("itemprop") == "name"
            or _AUTHOR_BOX_NAME_CLASS.search(area_hints(node)) is not None
            or _author_page_link(node)
        )
        if not (named or (after_label and writers_box)) or (
            node.find(True, recursive=False) is not None and not named
        ):
            continue  # after the label, the name is a leaf line
        found = people.parse_byline(text, site_names=site_names).authors
        if found and len(found) == 1 and len(found[0].split()) >= 2:
            return found
        if named:
            return []
    return []


def _author_page_link(node: Tag) -> bool:
    href = node.get("href") if node.name == "a" else None
    return isinstance(href, str) and AUTHOR_PATH.search(href_path(href)) is not None


_MAX_BOX_NAME = 60


def _box_name(node: Tag) -> str | None:
    """A short element's text, or the bold/linked words opening a paragraph (`<p><b>Name</b> is ...</p>`)."""
    if node.name in ("img", "script", "style", "svg", "figure", "picture", "noscript"):
        return None
    text = element_text(node)
    if not text:
        return None
    if len(text) <= _MAX_BOX_NAME:
        return text
    first = next((c for c in node.children if not (isinstance(c, str) and not c.strip())), None)
    if isinstance(first, Tag) and first.name in ("b", "strong", "a"):
        opening = element_text(first)
        return opening if 0 < len(opening) <= _MAX_BOX_NAME else None
    return None


_TEASER_REPEATS = 3


def _teaser_bylines(elements: list[Element]) -> set[int]:
    """Byline boxes of a list of other stories: three or more elements of the same tag and class, each under
    its own parent, holding different texts (`<div class="authors">von A</div>` in every teaser card of a
    'more on this' grid next to the article: GameStar, news portals' recirculation boxes)."""
    groups: dict[tuple[str, str], list[Element]] = {}
    for element in elements:
        classes = element.tag.get("class")
        if classes:
            key = (element.tag.name, " ".join(classes) if isinstance(classes, list) else str(classes))
            groups.setdefault(key, []).append(element)
    teasers: set[int] = set()
    for group in groups.values():
        if len(group) < _TEASER_REPEATS:
            continue
        parents = {id(e.tag.parent) for e in group}
        texts = {element_text(e.tag) for e in group}
        if len(parents) == len(group) and len(texts) == len(group):
            teasers.update(id(e.tag) for e in group)
    return teasers


# A blog or forum account name in the byline: `von gizzmo`, `happyface313`, `Herr_Rein`, `fri.juli`. Only
# lower-case words or words with digits, `_` or `.` (a capitalised single word is more often a label).
_USERNAME = re.compile(r"^(?=[^\s]*(?:[a-z]|\d|_))(?=\S*[a-z])[A-Za-z][\w.\-]{1,28}[\w]$")
_BY_PREFIX = re.compile(r"(?i)^(?:by|von|par|por|door|di|oleh|posted by|geschrieben von)\s+")
_USERNAME_ELEMENTS = 3
_FILE_NAME = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?|zip|mp[34]|mov|heic)$")


def _username_from_byline_elements(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str]
) -> None:
    """The account name a blog or forum shows as the byline, when no person's name was found: the archive
    keeps who posted it. Generic accounts (`admin`, `redaktion`) and interface words are not authors."""
    from telisik.extract.bylines import NON_PERSON_WORDS, is_desk, is_news_agency

    for element in find_byline_elements(scan, anchor)[:_USERNAME_ELEMENTS]:
        text = _BY_PREFIX.sub("", _without_date(element_text(element.tag)).strip(" |,·-")).strip(" |,·-")
        if not _USERNAME.match(text) or text[:1].isupper() and text.isalpha():
            continue
        if _FILE_NAME.search(text):
            continue  # an attachment's file name (`tomate_blatt1.jpg`) under a post, no account
        key = text.lower()
        if len(key) <= 3 and key.isalpha():
            continue  # a sign-off code (`amw`, `dpa`), not an account
        if (
            key in NON_PERSON_WORDS
            or is_desk(text)
            or is_news_agency(text)
            or "admin" in key
            or any(key == fold_for_matching(n).replace(" ", "") for n in site_names)
        ):
            continue
        people.authors, people.author_source = [text], "visible:byline:account"
        return


# `Dheny Window - BLORA.TELISIKFAKTA.COM`, `Vidya Pinandhita - detikHealth`: the writer's name before the
# outlet's host or name, alone on the first line of the article text.
_SITE_DATELINE = re.compile(r"^(?P<name>[^-–—|:()]{3,60}?)\s+[-–—|]\s+(?P<site>\S[^-–—|]{1,60})$")
_FIRST_LINE_WINDOW = 40  # elements after the headline
_SITE_DATELINE_CHARS = 124  # the longest text `_SITE_DATELINE` matches (whitespace folded to single spaces)


def _people_from_site_dateline(
    people: _People,
    soup: BeautifulSoup,
    scan: PageScan,
    anchor: int | None,
    site_names: list[str],
    skip_texts: list[str],
) -> None:
    """The `Name - SITE` line that opens the article text (right after the headline)."""
    parse_byline = people.parse_byline
    for element in scan.name_lines:
        if anchor is not None and not anchor < element.index <= anchor + _FIRST_LINE_WINDOW:
            continue
        if text_longer_than(element.tag, _SITE_DATELINE_CHARS):
            continue  # a block that opens with a short line: no `Name - SITE` line (not read whole)
        text = element_text(element.tag)
        match = _SITE_DATELINE.match(text)
        if match is None or not _names_the_site(match.group("site"), site_names):
            continue
        name = match.group("name")
        if _names_a_region(name) or (
            len(name.split()) == 1 and (name.isupper() or _opens_text(element.tag, text))
        ):
            # `JAKARTA - KOMPAS.com`, `<strong>Banyuwangi - SITE.COM</strong> - text`, `Kabupaten Blora - SITE`: a
            # place dateline, not a writer; one word on a line of its own is a writer (`Sutrisno - SITE.ID`).
            continue
        byline = parse_byline(match.group("name"), site_names=site_names)
        if byline.authors:
            people.authors, people.author_source = byline.authors, "visible:site-dateline"
            skip_texts.append(text)
            return


def _opens_text(tag: Tag, text: str) -> bool:
    """An inline element at the start of a longer paragraph (`<p><strong>Banyuwangi - SITE</strong> - text`)."""
    parent = tag.parent
    return (
        tag.name not in ("p", "div", "li", "section")
        and parent is not None
        and not text_shorter_than(parent, len("".join(text.split())) + 3)
    )


def _in_other_story_card(
    scan: PageScan, headline: Tag | None, anchor: int | None, line: CreditLine, own: frozenset[int]
) -> bool:
    """`in_story_card`, never for a credit between the headline and the first text paragraph: the header's own
    byline row may hold a long link (`Ikuti kami di Google News`, `Read this article in English`, a series
    link) and recirculation cards come after the text."""
    if not in_story_card(line.element.tag, own):
        return False
    if headline is None or anchor is None or line.element.index < anchor:
        return True
    first_text = scan.remember(
        ("people.first_text", id(headline)), lambda: first_text_paragraph(scan, headline, 10**9)
    )
    return first_text is None or line.element.index > first_text


def _names_a_region(text: str) -> bool:
    words = text.split()
    return any(w.lower().strip(".,") in _NON_NAME_WORDS for w in words) or any(
        w.lower() in _COMPASS_AFTER for w in words[1:]
    )


# `(Budi Santoso)` alone as the line after the article's last paragraph: the writer's sign-off.
_CLOSING_CREDIT = re.compile(r"^\((?P<name>[^()]{3,60})\)$")
_CLOSING_CREDIT_CHARS = 62  # the longest text `_CLOSING_CREDIT` matches
MIN_PROSE_CHARS = 120


def _people_from_closing_credit(
    people: _People,
    soup: BeautifulSoup,
    scan: PageScan,
    anchor: int | None,
    site_names: list[str],
    skip_texts: list[str],
) -> None:
    """A writer's name in brackets right after a paragraph of prose, after the headline."""
    parse_byline = people.parse_byline
    for element in reversed(scan.name_lines):
        if anchor is not None and element.index <= anchor:
            break
        if text_longer_than(element.tag, _CLOSING_CREDIT_CHARS):
            continue  # a block that opens with `(Name)`: no sign-off line (not read whole)
        text = element_text(element.tag)
        match = _CLOSING_CREDIT.match(text)
        if match is None or in_excluded_area(element.tag):
            continue
        previous = _line_owner(element.tag, text).find_previous_sibling()
        if previous is None or not _closes_prose(previous, match.group("name")):
            continue
        if not parse_byline(match.group("name"), site_names=site_names).authors:
            continue  # `(bud/rin)`: initials codes
        writer, _, edited = _writer_and_editor(match.group("name"), site_names)
        byline = parse_byline(writer, site_names=site_names)
        if byline.authors:
            people.authors, people.author_source = byline.authors, "visible:closing-credit"
            skip_texts.append(text)
            # `(Budi Santoso/Rina)`: Indonesian sign-offs name the writer, then after the slash the editor.
            editor = parse_byline(edited, site_names=site_names).authors if edited else []
            if editor and people.editor is None:
                people.editor, people.editor_source = editor[0], "visible:closing-credit"
            return


_TEXT_START_NODES = 400  # tags walked after the headline for the text's first paragraph
_TEXT_OPENING_CHARS = 100
_CLOSING_CHILDREN = 6  # trailing children of the text box looked at (an ad slot or a script may close it)


def _text_opening_paragraph(headline: Tag) -> Tag | None:
    """The first long `<p>` after the headline (a bounded walk)."""
    return _paragraph_longer_after(headline, _TEXT_OPENING_CHARS)


def _paragraph_longer_after(headline: Tag, chars: int) -> Tag | None:
    """The first `<p>` longer than `chars` after the headline, within `_TEXT_START_NODES` tags."""
    for walked, node in enumerate(headline.next_elements):
        if walked > _TEXT_START_NODES:
            return None
        if isinstance(node, Tag) and node.name == "p" and text_longer_than(node, chars):
            return node
    return None


# The greeting that closes a letter, a newsletter or a club's news before the signature: German, English, Dutch,
# French, Spanish, Italian, Indonesian.
_GREETING = re.compile(
    r"(?i)^\W*(?:(?:herzliche|viele|liebe|beste|freundliche|sonnige|grüne|mit\s+freundlichen|mit\s+herzlichen)"
    r"\s+grüße\b.{0,40}|herzlichst|(?:best|kind|warm|warmest|with\s+best|with\s+kind)\s+(?:regards|wishes)"
    r"|regards|best\s+wishes|(?:yours\s+)?sincerely|(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?"
    r"|cordialement|bien\s+à\s+vous|amitiés|(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente"
    r"|(?:cordiali\s+)?saluti|un\s+saluto|hormat\s+kami|salam\s+hangat)\W*$"
)
_POSSESSIVE = re.compile(r"(?i)^(?:ihr|ihre|eure|euer|dein|deine|your|yours|votre|vos|tu|vuestra?)\s+")
_SIGNATURE_ROWS = 3  # rows after the greeting read for the name (a role or the club's name may follow)
_GREETINGS_LOOKED_AT = 4


def _people_from_signed_closing(
    people: _People, soup: BeautifulSoup, scan: PageScan, anchor: int | None, site_names: list[str]
) -> None:
    """The person signing the text's closing greeting (`Herzliche Grüße aus dem Vorstand<br>Jutta Reinecke<br>
    Schriftführerin`, `Best wishes,<br>Tom Ellis`): Mailchimp and other newsletter archives, club and parish
    news, a society's letter to members, whose pages credit no one else. Read only when nothing else names an
    author; the greeting must be after the headline and close the text (no paragraph of prose after it), and
    the signature a full name, never the club, the board or a team (`Ihr Vorstand`)."""
    headline = headline_tag(scan, anchor)
    if not _opens_with_salutation(headline.next_elements if headline is not None else soup.descendants):
        return  # a news report quoting a letter, a statement or an email reply: no `Liebe …`/`Dear …` opens it
    for string in reversed(_greetings(headline.next_elements if headline is not None else soup.descendants)):
        tag = string.parent
        if tag is None or _quoted(tag):
            continue
        index = scan.index_of.get(id(tag))
        if index is None or (anchor is not None and index <= anchor) or in_excluded_area(tag):
            continue
        if not _follows_prose(tag):
            continue  # a comment's or a card's signature: the greeting's block does not follow the text
        name = _signature_after(string, site_names)
        if name is None or _prose_after(tag):
            continue
        people.authors, people.author_source = [name], "visible:signed-closing"
        return


# The salutation opening a newsletter or a letter to members (`Liebe Gartenfreunde,`, `Dear members,`, `Hallo
# zusammen!`, `Yth. Bapak/Ibu`, `Kepada Yth.`): a few words, then a comma or `!` (or the row ends). A news report
# quoting a letter or a statement has none; a lead opening `Kepada wartawan, Bupati …` is no salutation.
_SALUTATION = re.compile(
    r"(?i)^\W*(?:(?:liebe[rs]?|hallo|dear|hi|hello|beste|geachte|cher|chère|chers|chères|querid[oa]s?"
    r"|estimad[oa]s?|car[oi]|gentil[ie]?)\s+[^,.!?:;]{1,60}(?:[,!]|\s*$)|(?:kepada\s+)?yth\b|yang\s+terhormat\b)"
)
_SALUTATION_ROWS = 4  # text rows after the headline looked at (a date row, a summary line may come first)


def _opens_with_salutation(nodes) -> bool:
    """One of the first few text rows after the headline is a salutation (outside a quotation)."""
    rows = 0
    for node in nodes:
        if type(node) is not NavigableString or not node.strip():
            continue
        if _SALUTATION.match(node) and node.parent is not None and not _quoted(node.parent):
            return True
        rows += 1
        if rows >= _SALUTATION_ROWS:
            return False
    return False


_QUOTING_TAGS = frozenset({"blockquote", "q", "figure"})
_QUOTE_PARENTS_WALKED = 8


def _quoted(tag: Tag) -> bool:
    """The tag is inside a blockquote, a q or a figure (a bounded walk up)."""
    for _ in range(_QUOTE_PARENTS_WALKED):
        if tag.name in _QUOTING_TAGS:
            return True
        if tag.parent is None:
            return False
        tag = tag.parent
    return False


def _greetings(nodes) -> list[NavigableString]:
    """The first few short text nodes that are a closing greeting (one plain walk: no per-node search calls)."""
    match = _GREETING.match
    found: list[NavigableString] = []
    for node in nodes:
        if type(node) is NavigableString and len(node) <= _MAX_GREETING_CHARS and match(node):
            found.append(node)
            if len(found) >= _GREETINGS_LOOKED_AT:
                break
    return found


_MAX_GREETING_CHARS = 80


def _signature_after(greeting, site_names: list[str]) -> str | None:
    """The first full name among the few short text rows after the greeting (in its block)."""
    for row in itertools.islice(_rows_after(greeting), _SIGNATURE_ROWS):
        text = _POSSESSIVE.sub("", single_line(row)).strip(" ,.")
        if not text:
            continue
        if len(text) > _MAX_SIGNATURE_CHARS or _names_an_office(text):
            return None
        name = parse_one_name(text, site_names)
        if name is not None:
            return name
    return None


_MAX_SIGNATURE_CHARS = 60


def _rows_after(greeting):
    """The text strings after the greeting, in document order."""
    for node in greeting.next_elements:
        if isinstance(node, str) and not isinstance(node, Comment) and node.strip():
            yield node


def _follows_prose(tag: Tag) -> bool:
    """The greeting's block (its paragraph, past inline wrappers) comes right after a paragraph of the text."""
    block: Tag = tag
    while block.name in _INLINE_WRAPPERS and block.parent is not None:
        block = block.parent
    previous = block.find_previous_sibling()
    return previous is not None and text_longer_than(previous, _LAST_PARAGRAPH_CHARS)


_LAST_PARAGRAPH_CHARS = 100
_INLINE_WRAPPERS = frozenset({"b", "strong", "em", "i", "span", "font", "small"})


def _prose_after(tag: Tag) -> bool:
    """A paragraph of prose follows (outside footers and sidebars): the greeting does not close the text (a
    letter quoted in an article, a signature in a comment)."""
    return any(
        len(element_text(p)) > _CLOSING_PROSE_CHARS and not in_excluded_area(p)
        for p in tag.find_all_next("p", limit=_PARAGRAPHS_AFTER_GREETING)
    )


_CLOSING_PROSE_CHARS = 150
_PARAGRAPHS_AFTER_GREETING = 6


def _writer_and_editor(name: str, site_names: list[str]) -> tuple[str, str, str]:
    """A closing credit split at its slash: `(Budi Santoso/Rina)` is writer, then editor; `(Waspada/Rudi Arman
    Sinaga)`, `(Banjarmasinpost.co.id/Name)`, `(Tribunnews.com/Name)` name the outlet itself, then its writer
    (the Tribun network's and Sumatran dailies' closer). Another outlet or agency before the slash (`(Antara/Name)`,
    a photo credit) is not the site's own credit, and a single word after it (`(Waspada/Siaga)`) is no name."""
    first, slash, rest = name.partition("/")
    rest = rest.strip()
    # Four letters at least: a desk code (`(ant/Name)`) or a reporter's initials are no outlet's name.
    if (
        slash
        and "/" not in rest
        and len(first.strip()) >= 4
        and _names_this_outlet(first, site_names)
        and _is_full_name(rest)
    ):
        return rest, "", ""
    return first, slash, rest


def _names_this_outlet(word: str, site_names: list[str]) -> bool:
    """The outlet serving the page, by name or host (`Waspada`, `Banjarmasinpost.co.id`): any other host
    (`Kompas.com` quoted on another site, `Antaranews.com`) or an agency credits someone else's work."""
    from telisik.extract.bylines import is_news_agency

    word = word.strip()
    if is_news_agency(word):
        return False
    # A host is matched by its first label (`Tribunnews.com` -> `tribunnews`), never by its shape alone.
    label = re.sub(r"(?i)^www\.", "", word).split(".")[0]
    return bool(label) and _names_the_site(label, site_names)


# Photo and document sources printed where a closing credit's name would be (`(Tribunnews/Dok Pribadi)`,
# `(Waspada/Ist)`, `(Humas Polda)`): no person.
_SOURCE_WORDS = frozenset(
    "dok dok. dokumentasi pribadi ist ist. istimewa humas arsip net file foto screenshot tangkapan layar"
    " handout courtesy".split()
)


def _is_full_name(name: str) -> bool:
    """Two or more capitalised words of letters (`Rudi Arman Sinaga`), no digits or initials codes, and none a
    place's, a rubric's or a photo source's word (`Kota Medan`, `Sumut Bisnis`, `Pematang Siantar`, `Dok
    Pribadi`)."""
    if not is_capitalised_name(name):
        return False
    folded = [w.lower().strip(".,") for w in name.split()]
    return folded[0] not in _PLACE_FIRST_WORDS and not any(
        w in _NON_NAME_WORDS or w in _SOURCE_WORDS for w in folded
    )


_MAX_LINE_WRAPPERS = 4


def _line_owner(tag: Tag, text: str) -> Tag:
    """The outermost element holding only `text`: the paragraph of a sign-off set in bold italics
    (`<p><strong><em>(Ditulis oleh Name)</em></strong></p>`, WordPress fact-check and news themes), whose
    previous sibling is the text's last paragraph."""
    for _ in range(_MAX_LINE_WRAPPERS):
        parent = tag.parent
        if parent is None or parent.name in ("body", "html", "[document]"):
            break
        # A parent with more text than the line is not read whole (2000 sign-off lines in one box each read it).
        if text_longer_than(parent, len(text)) or element_text(parent) != text:
            break
        tag = parent
    return tag


MIN_SENTENCE_CHARS = 40


def _closes_prose(previous: Tag, name: str) -> bool:
    """The bracketed line follows the text: a long paragraph, or (for a full name of 2+ capitalised words,
    which no initials code or caption credit is) any sentence of the text."""
    text = element_text(previous)
    if len(text) >= MIN_PROSE_CHARS:
        return True
    # a full name of 2+ capitalised words (`(Slamet Riyadi)`), which no initials code (`(fby/sfr)`) is
    return (
        is_capitalised_name(name)
        and previous.name == "p"
        and len(text) >= MIN_SENTENCE_CHARS
        and text[-1] in '.!?"”'
    )


def _names_the_site(text: str, site_names: list[str]) -> bool:
    """A host (`BLORA.TELISIKFAKTA.COM`), or the site's name or one of its channels (`detikHealth`)."""
    folded = fold_for_matching(text).replace(" ", "")
    if re.fullmatch(r"(?i)[\w-]+(?:\.[\w-]+)+", text.strip()):
        return True
    for name in site_names:
        key = fold_for_matching(name).replace(" ", "")
        if len(key) >= 4 and (folded == key or folded.startswith(key) or key.startswith(folded)):
            return True
    return False


def _people_from_jsonld(
    people: _People, jsonld: JsonLdArticle, site_names: list[str], writing_photographers: list[str]
) -> None:
    """JSON-LD `author`: persons when the page showed none; the full list when the visible byline showed only
    its first names (`A und weitere`); organisations and agencies credited go to the agencies. Photographers
    the JSON-LD reader left out come back when the page credits them for words (`writing_photographers`)."""
    from telisik.extract.bylines import is_desk, is_news_agency, is_organisation, is_outlet

    _, clean_person_name = _byline_tools()
    organisations = set(jsonld.organization_authors)
    agencies = [
        n
        for n in jsonld.authors
        if n in organisations
        or is_news_agency(n)
        or is_desk(n)
        or is_outlet(n, site_names)
        or is_organisation(n)
    ]
    persons: list[str | None] = []
    for entry in [*writing_photographers, *jsonld.authors]:
        if entry in agencies:
            continue
        name = clean_person_name(_login_as_name(_JSONLD_SHORT_CODE.sub("", entry)), site_names=site_names)
        persons.extend([name] if name else _names_in_author_entry(people, entry, site_names))
    # A photographer the visible byline shows with that role is listed among the JSON-LD authors by DPG/
    # Mediahuis-style and German regional sites (every credited person is an `author` there): not a writer.
    names = [n for n in dict.fromkeys(persons) if n and fold_for_matching(n) not in people.photographers]
    if names and (not people.authors or _fuller_than_single_word(people, names)):
        people.authors, people.author_source = names, "jsonld:author"
    elif people.authors and len(names) > len(people.authors) and _opens_the_list(people, names):
        people.authors, people.author_source = names, "jsonld:author"
    if (not people.authors and not people.agencies) or people.author_source == "jsonld:author":
        # Organisations listed beside JSON-LD persons (`Paula Steiger` and Organization `SDA`) are credited too.
        people.add_agencies([" ".join(a.split()) for a in agencies])


# A credit line that gives a person the words (`Text und Fotos: Lena Kraus`, `Words and pictures by`, `Teks dan
# foto:`, `Texte et photos :`, `Texto y fotos:`, `Tekst en foto's:`, `Testo e foto di`): that person writes,
# whatever the JSON-LD `jobTitle` says.
_WORDS_CREDIT = re.compile(
    r"(?i)\b(?:text|texte|texto|testo|tekst|teks|tekstur|words|written|story|reportage)\b"
)
_CREDIT_LINE_CHARS = 160
_CREDIT_STRINGS = 20


def _credited_for_words(soup: BeautifulSoup, photographers: list[str]) -> list[str]:
    """The JSON-LD photographers whom a short visible credit line credits for words."""
    found: list[str] = []
    for name in photographers[:MAX_PHOTOGRAPHERS]:
        pattern = re.compile(re.escape(name))
        for string in soup.find_all(string=pattern, limit=_CREDIT_STRINGS):
            holder = string.parent
            if holder is None or holder.name in ("script", "style", "title"):
                continue
            line = element_text(
                holder.parent if holder.name in ("a", "span", "strong", "b") and holder.parent else holder
            )
            if len(line) <= _CREDIT_LINE_CHARS and _WORDS_CREDIT.search(line):
                found.append(name)
                break
    return found


MAX_PHOTOGRAPHERS = 4


def _names_in_author_entry(people: _People, entry: str, site_names: list[str]) -> list[str]:
    """The persons in one JSON-LD author entry that is more than a name: several names in one string
    (`A, B and C`), a name and its outlet or job (`Troy L. Smith, Cleveland.com`, `Jill Disis, CNN Business`,
    `By TOM KRISHER, AP Auto Writer`), or a name and a description of the writer (LRT's `Povilas
    Aleksandravičius, Mykolo Romerio universiteto ... profesorius, Lrt.lt`, The Conversation-style `Jane Doe,
    professor of history at ...`): the description is dropped, the name kept."""
    if len(entry) > _MAX_AUTHOR_ENTRY or _INVERTED_NAME.match(entry):
        return []  # `Müller, Hans`: one person written family name first, or two one-word names: unclear
    found = people.parse_byline(entry, site_names=site_names).authors
    if found or "," not in entry:
        return found
    _, clean_person_name = _byline_tools()
    head, rest = entry.split(",", 1)
    name = clean_person_name(head, site_names=site_names)
    if name and len(name.split()) >= 2 and _DESCRIPTION_WORD.search(rest):
        return [name]
    return []


_MAX_AUTHOR_ENTRY = 300
# `Müller, Hans`: one capitalised word, a comma, one capitalised word (and initials).
_INVERTED_NAME = re.compile(
    r"^\s*(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:-[^\W\d_]+)?\s*,\s*"
    r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:-[^\W\d_]+)?(?:\s+(?-i:[A-Z])\.)*\s*$"
)
# A lower-case word of three letters or more: the rest of the entry describes (`professor of history`,
# `universiteto ... fakulteto profesorius`); another name would be capitalised.
_DESCRIPTION_WORD = re.compile(r"(?<![\w-])(?-i:[a-zà-ÿ])[^\W\d_]{2,}")


# A staff code after a JSON-LD name: `Elena Oberholzer (obe)` (NZZ, Swiss and German CMSs sign with initials).
_JSONLD_SHORT_CODE = re.compile(r"\s*\(\s*[^\W\d_]{1,6}\.?\s*\)\s*$")


# A CMS login written as the JSON-LD name: `christian.stadtfeld`, `robert.stitz` (first.last, lower case).
_LOGIN_NAME = re.compile(r"^([^\W\d_]{2,})[._]([^\W\d_]{2,})$")


def _login_as_name(name: str) -> str:
    """`robert.stitz` -> `Robert Stitz`: a first.last login names its person; anything else is left alone."""
    match = _LOGIN_NAME.match(name.strip())
    if match is None or not name.islower():
        return name
    return f"{match.group(1).capitalize()} {match.group(2).capitalize()}"


def _opens_the_list(people: _People, names: list[str]) -> bool:
    """The visible byline shows the first names of a longer JSON-LD list (`By Maya Gebeily` where JSON-LD
    lists her and a co-author; Kompas and Reuters print one name above a shared story). An unlabelled byline
    may hold its names in any order; a labelled one must open the list, so that JSON-LD's writer-plus-editor
    lists do not turn a visible `Penulis:` line into two authors."""
    folded = [fold_for_matching(n) for n in names]
    shown = [fold_for_matching(a) for a in people.authors]
    if not all(a in folded for a in shown):
        return False
    if not people.labelled:
        return True
    extra = [n for n in names if fold_for_matching(n) not in shown]
    editor = fold_for_matching(people.editor) if people.editor else None
    return folded[: len(shown)] == shown and all(fold_for_matching(n) != editor for n in extra)


# Twitter card labels (WordPress SEO plugins): `twitter:label1` "Written by" / "Geschrieben von" / "Escrito
# por" with the name in `twitter:data1`.
_WRITTEN_BY_LABEL = re.compile(
    r"(?i)^(?:written\s+by|geschrieben\s+von|verfasst\s+von|escrito\s+por|écrit\s+par|scritto\s+da|"
    r"geschreven\s+door|ditulis\s+oleh|author|autor|auteur|penulis)$"
)


def _twitter_card_author(scan: PageScan) -> str | None:
    for number in ("1", "2"):
        labels = scan.meta.get(f"twitter:label{number}", ())
        if labels and _WRITTEN_BY_LABEL.match(labels[0].strip()):
            data = scan.meta.get(f"twitter:data{number}", ())
            return data[0] if data else None
    return None


def _fuller_than_single_word(people: _People, names: list[str]) -> bool:
    """Metadata names a person in full where the visible byline element gave one word: the word was a first
    name (`Todd` for `Todd Bates`) or a label in a byline-classed box (`Immobilien`), and the full name wins."""
    return people.single_word_byline() and bool(names) and len(names[0].split()) >= 2


# Site platforms whose name a theme or the platform itself prints as `<meta name="author">` (OpenSID village
# sites, Blogger and Wix templates, Joomla! and Drupal themes, TYPO3 and Squarespace defaults, Hugo and Jekyll
# starter themes): software, no writer. A name on the list counts only when the page itself names the platform
# too (its `<meta name="generator">` or a footer link `OpenSID v2601.0.0` / `Powered by WordPress`), so a writer
# who happens to be called Hugo or Ghost keeps the byline.
_PLATFORM_PRODUCTS = frozenset(
    (
        "opensid",
        "wordpress",
        "joomla",
        "joomla!",
        "drupal",
        "blogger",
        "blogspot",
        "wix",
        "wix.com",
        "wix.com website builder",
        "squarespace",
        "ghost",
        "hugo",
        "jekyll",
        "typo3",
        "typo3 cms",
        "weebly",
        "webflow",
        "hubspot",
        "contao",
        "concrete5",
        "phpnuke",
        "php-nuke",
        "tumblr",
    )
)
# Platform names that are also given names: a `Hugo` meta author on a Hugo-built blog is as likely its writer.
_PLATFORMS_NAMED_LIKE_PEOPLE = frozenset({"hugo"})
# A footer credit's lead-in (en, de, fr, es, it, nl, pt, pl, id): `Powered by`, `Hecho con`, `Dibuat dengan`.
_CREDIT_WORDS = (
    r"(?:(?:proudly\s+)?powered\s+by|built\s+with|made\s+with|hecho\s+con|creado\s+con|"
    r"desarrollado\s+con|dibuat\s+dengan|didukung\s+oleh|betrieben\s+mit|erstellt\s+mit|"
    r"propuls[ée]\s+par|r[ée]alis[ée]\s+avec|realizzato\s+con|gemaakt\s+met|mogelijk\s+gemaakt\s+door|"
    r"feito\s+com|desenvolvido\s+com|stworzone\s+(?:w|przy\s+u[żz]yciu)|obs[łl]ugiwane\s+przez)"
)
_POWERED_BY = re.compile(rf"(?i)^{_CREDIT_WORDS}\s+")
_CREDIT_BEFORE = re.compile(rf"(?i){_CREDIT_WORDS}\W*$")  # the text right before a credit link
# `WordPress 6.4.2`, `OpenSID v2601.0.0`, `Joomla! - Open Source Content Management`, `Hugo 0.121.1`.
_PRODUCT_TAIL = re.compile(r"(?:\s+-\s.*|\s+v?\d[\w.\-]*)$", re.I)
_FOOTER_LINKS_LOOKED_AT = 80  # the platform's credit sits in the footer: the page's last links
# The platforms' own sites a credit links to (OpenSID's GitHub and OpenDesa, wordpress.org, joomla.org, …).
_PLATFORM_SITES = (
    "github.com/opensid",
    "opendesa.id",
    "wordpress.org",
    "wordpress.com",
    "joomla.org",
    "drupal.org",
    "blogger.com",
    "wix.com",
    "squarespace.com",
    "ghost.org",
    "gohugo.io",
    "jekyllrb.com",
    "typo3.org",
    "weebly.com",
    "webflow.com",
    "hubspot.com",
    "contao.org",
    "concrete5.org",
    "concretecms.org",
    "phpnuke.org",
    "tumblr.com",
)
_FOOTER_TOKENS = frozenset({"footer", "site-footer", "page-footer", "main-footer", "colophon", "site-info"})
MAX_CREDIT_LEVELS = 12


def _product_name(text: str) -> str:
    """The product a generator value or credit link names, folded, without version or tagline."""
    name = _POWERED_BY.sub("", single_line(text)[:120])
    return fold_for_matching(_PRODUCT_TAIL.sub("", name)).strip()


def _platform_as_writer(value: str, scan: PageScan) -> bool:
    """A metadata author that is the page's own platform: the generator's product, or a known platform the
    page credits by a link (in its footer, after `Powered by`, or to the platform's own site). Never a platform
    named like a person (Hugo): a same-named writer keeps the byline (review)."""
    name = _product_name(value)
    if not name or name in _PLATFORMS_NAMED_LIKE_PEOPLE:
        return False
    if any(_product_name(g) == name for g in scan.meta.get("generator", ())[:3]):
        return True
    if name not in _PLATFORM_PRODUCTS:
        return False
    return any(
        _product_name(link.get_text(" ")) == name and _is_platform_credit(link)
        for link in scan.links[-_FOOTER_LINKS_LOOKED_AT:]
    )


def _is_platform_credit(link: Tag) -> bool:
    """The link reads as the site's platform credit: it sits in the footer (contentinfo), says or follows
    `Powered by`/`Hecho con`/`Dibuat dengan`, or goes to the platform's own site — not any link that happens to
    share the name (a team page's `Hugo`)."""
    href = attr_text(link, "href").lower()
    if any(site in href for site in _PLATFORM_SITES):
        return True
    if _POWERED_BY.match(single_line(link.get_text(" "))[:120]):
        return True
    before = link.previous_sibling
    if type(before) is NavigableString and _CREDIT_BEFORE.search(str(before)[-60:]):
        return True
    return _in_footer(link)


def _in_footer(tag: Tag) -> bool:
    return in_named_frame(tag, MAX_CREDIT_LEVELS, ("footer",), ("contentinfo",), _FOOTER_TOKENS)


def _people_from_meta(people: _People, scan: PageScan, site_names: list[str]) -> None:
    parse_byline = people.parse_byline
    card = _twitter_card_author(scan)
    if card:
        byline = parse_byline(re.sub(r"\s@\w+", " ", card), site_names=site_names)
        if byline.authors and (not people.authors or _fuller_than_single_word(people, byline.authors)):
            people.authors, people.author_source = byline.authors, "meta:twitter:data"
            return
    for key in AUTHOR_META:
        for value in scan.meta.get(key, ())[:1]:
            if value.lower().startswith(("http://", "https://")) or _platform_as_writer(value, scan):
                continue
            byline = parse_byline(value, site_names=site_names)
            if people.authors and not _fuller_than_single_word(people, byline.authors):
                return
            if byline.authors:
                people.authors, people.author_source = byline.authors, f"meta:{key}"
                people.add_agencies(byline.agencies)
                return
            if byline.agencies and not people.agencies:
                people.add_agencies(byline.agencies)


def _editor_from_meta(people: _People, scan: PageScan, site_names: list[str]) -> None:
    _, clean_person_name = _byline_tools()
    found = first_meta(scan, *EDITOR_META)
    if found:
        name = clean_person_name(found[1], site_names=site_names)
        if name:
            people.editor, people.editor_source = name, f"meta:{found[0]}"


def _editor_shown_as_writer(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str]
) -> None:
    """Metadata `author` naming the person the page credits as `Editor:` after the text is the editor put in the
    wrong field (class 4), unless the page also prints that name as the byline beside the date under the
    headline: then one person wrote and edited (Pikiran Rakyat Media Network portals, small portals and
    government sites; see `_writer_shown_apart`), and the visible byline is the source."""
    editor = people.editor
    source = people.author_source or ""
    if not editor or not source.startswith(("jsonld:", "meta:")) or len(people.authors) != 1:
        return
    credited = (people.editor_source or "").startswith("visible:credit")
    if not credited or not _same_person(people.authors[0], editor):
        return
    shown = _People(places=people.places)
    _people_beside_date_line(shown, scan, anchor, site_names, [])
    if len(shown.authors) == 1 and _same_person(shown.authors[0], editor):
        people.authors, people.author_source = shown.authors, shown.author_source
        people.byline_tag = shown.byline_tag


def _drop_editor_from_authors(people: _People) -> None:
    source = people.author_source or ""
    if _editor_of_script_label_line(people) and source.startswith(("jsonld:", "meta:")):
        # A Chinese or Hindi portal's `责任编辑：`/`एडिट:` person also named in its meta `author`, with no reporter
        # credited anywhere: on these CMSs the editor of a desk story is the one who filed it, and the site
        # itself declares them its author; kept (a dateline's reporter still replaces them).
        return
    if people.editor and source.startswith(("jsonld:", "meta:")):
        # Sites put the editor into JSON-LD/meta `author` and name the writer nowhere: the page's own
        # `Editor : X` line says X edited it; X did not write it.
        editor = people.editor
        people.authors = [a for a in people.authors if not _same_person(a, editor)]
        return
    if people.editor and not people.labelled:
        # Unlabelled bylines list the editor next to the writer (Kompas): the editor is not an author.
        folded = fold_for_matching(people.editor)
        remaining = [a for a in people.authors if fold_for_matching(a) != folded]
        if not remaining and _writer_shown_apart(people):
            return
        if remaining or people.editor_source != people.author_source:
            # The editor alone in an unlabelled byline (`Editor: <a href="/author/rina">Rina</a>` found again as
            # an author link) is still the editor: editors never become authors.
            people.authors = remaining


_EDITOR_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:editor|redaktur|penyunting|red\b|disunting|diedit|edited)")


def _writer_shown_apart(people: _People) -> bool:
    """The one name of the byline under the headline is also the `Editor:` credited after the text: on Pikiran
    Rakyat Media Network portals (`read__info__author` and `Editor: X`), and on small portals and government
    sites where one person writes and edits, the writer is the editor. Kept as the author when neither the
    byline element nor the line around it names an editor role (else it is the editor's line found again:
    `<span>Editor</span> <a class="author">Rina</a>`)."""
    tag = people.byline_tag
    if (
        tag is None
        or people.author_source not in ("visible:byline", "visible:date-line")
        or not (people.editor_source or "").startswith("visible:credit")
    ):
        return False
    text = element_text(tag)
    line = _line_owner(tag, text).parent
    context = element_text(line) if line is not None and line.name not in ("body", "html") else text
    # A long context is no byline line: whether it names the editor's role cannot be told (dropped as before).
    return len(context) <= _MAX_BYLINE_CONTEXT and _EDITOR_WORD.search(context) is None


_MAX_BYLINE_CONTEXT = 200


def _same_person(full: str, short: str) -> bool:
    """`Rina Kusumawati` and the editor line's `Rina K.` or `Rina`: the same first name, and every further word
    of the shorter form an initial or the start of the corresponding word (JSON-LD spells the editor in full,
    the credit line shortens it)."""
    long_words = fold_for_matching(full).replace(".", " ").split()
    short_words = fold_for_matching(short).replace(".", " ").split()
    if len(short_words) > len(long_words):
        long_words, short_words = short_words, long_words
    if not short_words or long_words[0] != short_words[0]:
        return False
    return all(lw.startswith(sw) for lw, sw in zip(long_words[1:], short_words[1:], strict=False))


def _write_people(article: Article, people: _People) -> None:
    article.authors = list(dict.fromkeys(people.authors))
    if article.authors and people.author_source:
        article.sources["authors"] = people.author_source
    article.agencies = list(people.agencies)
    if article.agencies:
        article.sources["agencies"] = people.author_source or "jsonld:author"
    if people.editor:
        article.editor = people.editor
        article.sources["editor"] = people.editor_source or "visible"


# --- Co-authors in the byline's own line ---------------------------------------------------------------------

_LINE_LEVELS = 3  # levels from the element the names were read from up to the line that shows them all
_LINE_CHARS = 160  # a byline line; a longer box is a card, a header or a paragraph
_LINE_ELEMENTS = 40  # elements in a byline line (names, links, separators, a date, an avatar)
_NOT_IN_LINE = frozenset(
    "p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote figure figcaption table tbody thead tr td th".split()
)
# Another role credited in the line (`Text: A, Fotos: B`, `Fotografer : B`, `Editor: C`, `Grafik`): its names
# are not all writers, whatever the line's reading says.
_OTHER_ROLE = re.compile(
    r"(?i)(?<![^\W\d_])(?:foto\w*|photo\w*|bild(?:er)?|kamera\w*|camera\w*|video\w*|grafi[kc]\w*|graphic\w*"
    r"|illustrat\w*|infogra\w*|editor\w*|redaktur|penyunting|edited|disunting|cartoon\w*|karikatur"
    # review: `| Produced by John Roe`, `; additional reporting by John Roe` credit a producer, a helper
    r"|produ[ck]\w*|additional|zusätzlich\w*|mitarbeit|tambahan)"
)
_LINE_SOURCES = ("visible:byline", "visible:credit:")


def _co_authors_in_line(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str], metadata_authors: list[str]
) -> bool:
    """The whole byline line when the element the authors were read from shows only the first of them: each name
    in its own link or box (Escenic/CUE `<span>Por</span> <span><a>Joana Martins</a></span> <span>e</span>
    <span><a>Rui Costa</a></span>`, Newspack's `by` box before the first name, the Guardian's DCR `rel=author`
    links side by side, Le Monde's Méthode `Par <a>Claire Dubois</a> et <span>Hugo Lemaire</span>`, Der
    Tagesspiegel's `Von <a>A</a> und <a>B</a>`). Taken when the short line around it, read as a byline, names
    every author found and more, each a full name that is no desk or outlet (`Text: A, Fotos: B` keeps A)."""
    tag = people.byline_tag
    source = people.author_source or ""
    if tag is None or not people.authors or not source.startswith(_LINE_SOURCES) or people.agencies:
        return False
    headline = headline_tag(scan, anchor)
    known = {fold_for_matching(a) for a in people.authors}
    listed = {fold_for_matching(a) for a in metadata_authors}
    node: Tag | None = tag
    for _ in range(_LINE_LEVELS):
        node = node.parent if node is not None else None
        if (
            node is None
            or node.name in _NOT_IN_LINE
            or node.name in ("body", "html", "[document]", "article")
        ):
            return False
        if text_longer_than(node, _LINE_CHARS):
            return False
        inner = node.find_all(True, limit=_LINE_ELEMENTS)
        if len(inner) >= _LINE_ELEMENTS or any(t.name in _NOT_IN_LINE or t is headline for t in inner):
            return False
        text = _line_text(node)
        if _OTHER_ROLE.search(text):
            return False
        byline = people.parse_byline(_without_date(text), site_names=site_names)
        found = {fold_for_matching(a) for a in byline.authors}
        added = [a for a in byline.authors if fold_for_matching(a) not in known]
        if listed & known and not {fold_for_matching(a) for a in added} <= listed:
            return False  # the JSON-LD names the writer found: a name it leaves out is no co-author (`Produced by`)
        if found > known and not byline.agencies and all(_co_author_name(a, site_names) for a in added):
            people.authors = byline.authors
            people.byline_tag = node
            return True
        if found and not found >= known:
            return False  # the line names other people: not this byline's line
    return False


_SIBLING_CARDS = 4  # co-authors' cards beside the first writer's
_NOT_WRITER_CARD = re.compile(r"(?i)review|fact|check|geprüft|interview|gespräch|moderat|guest|gast|speaker")


def _co_authors_in_sibling_cards(people: _People, site_names: list[str]) -> None:
    """Each writer in a card of their own, side by side (Brightspot's public-media `ArticlePage-authorInfo`:
    picture, `By <a href="/people/daniel-ortega">`, station; the next card `<a href="/people/priya-raman">`;
    Arc's and WordPress themes' author boxes the same way): the cards after the first writer's that have its
    tag and class and link a name to a page under the same path (`/people/`, `/author/`), the name spelt by the
    address or the path a writer's."""
    tag = people.byline_tag
    if tag is None or not people.authors or not (people.author_source or "").startswith(_LINE_SOURCES):
        return
    known = {fold_for_matching(a) for a in people.authors}
    node: Tag | None = tag
    for _ in range(_LINE_LEVELS):
        node = node.parent if node is not None else None
        if node is None or node.name in ("body", "html", "[document]", "article", "main"):
            return
        if text_longer_than(node, _AVATAR_CARD_CHARS):
            return
        link = next((a for a in node.find_all("a", href=True, limit=3) if _writer_link_of(a, known)), None)
        if link is None:
            continue
        rest = _card_rest(node, link)
        names = _names_in_cards_after(node, _path_folder(str(link["href"])), site_names, rest)
        if names:
            people.authors = people.authors + [n for n in names if fold_for_matching(n) not in known]
            return


def _writer_link_of(link: Tag, known: set[str]) -> bool:
    return fold_for_matching(element_text(link)) in known


def _path_folder(href: str) -> str:
    """`/people/` of `https://www.ocpr.org/people/daniel-ortega`: the folder of the writers' pages."""
    path = href_path(href)
    return path.rstrip("/").rsplit("/", 1)[0] + "/"


_CARD_BY_WORDS = frozenset("by von par por door oleh av af de and und et e y dan &".split())


def _card_rest(card: Tag, link: Tag) -> str:
    """A writer's card without its name and `By`: what every writer's card repeats (the station's name, or
    nothing). A card that shows more or other words (`Host, Morning Edition`, `Meteorologist`, `State Senator`,
    `Produced by`, `Featuring`, `Translated by`) is a person of another role (review of the sibling-card rule)."""
    words = element_text(card).replace(element_text(link), " ", 1).split()
    return " ".join(w for w in words if w.lower().strip(":") not in _CARD_BY_WORDS)


def _same_card_rest(rest: str, first: str) -> bool:
    """The card repeats the writer's card: nothing but the name, the same words, or each its own station when the
    writer's card shows one (`Oregon Coast Public Radio`, `Boise State Public Radio`: a shared public-media story)."""
    from telisik.extract.bylines import is_organisation

    return not rest or rest == first or (bool(first) and is_organisation(first) and is_organisation(rest))


def _names_in_cards_after(card: Tag, folder: str, site_names: list[str], rest: str) -> list[str]:
    from telisik.extract.credits import slug_names_link

    names: list[str] = []
    for sibling in card.find_next_siblings(True, limit=_SIBLING_CARDS):
        if sibling.name != card.name or sibling.get("class") != card.get("class"):
            break
        if text_longer_than(sibling, _AVATAR_CARD_CHARS):
            break
        link = sibling.find("a", href=True)
        href = str(link["href"]) if link is not None else ""
        if link is None or folder == "/" or _path_folder(href) != folder:
            break
        name = element_text(link)
        if not (AUTHOR_PATH.search(href) or slug_names_link(href, name)):
            break
        if _OTHER_ROLE.search(element_text(sibling)) or _NOT_WRITER_CARD.search(element_text(sibling)):
            break  # `Medically reviewed by`, `Fact checked by`, `Interview:`: a card of another role
        if not _same_card_rest(_card_rest(sibling, link), rest):
            break
        byline = parse_one_name(name, site_names)
        if byline is None:
            break
        names.append(byline)
    return names


def parse_one_name(text: str, site_names: list[str]) -> str | None:
    """The text as one person's full name, or None."""
    from telisik.extract.bylines import parse_byline

    found = parse_byline(text, site_names=site_names).authors
    return found[0] if len(found) == 1 and _co_author_name(found[0], site_names) else None


def _line_text(node: Tag) -> str:
    """The line's pieces joined with spaces (`<span>by</span><span>A</span>` must not read `byA`)."""
    return single_line(" ".join(node.stripped_strings))


def _co_author_name(name: str, site_names: list[str]) -> bool:
    return _full_name_shape(name) and not _names_the_site(name, site_names)


# --- A name beside the date line ---------------------------------------------------------------------------

_DATE_LINE_REACH = 70  # elements between the headline and its date line (a lead picture may sit between)
_MAX_SKIPPED_RUNS = 2  # pieces between the date and the name (`Published`, the outlet's host, `/`)
_MAX_SKIPPED_WORDS = 3
# Links to a topic or section page: a tag list's person (`Donald Trump`) or a place, not the writer.
_TOPIC_PATH = re.compile(
    r"/(?:tags?|topics?|themen|thema|themes?|category|categories|kategori|section|sections|rubrik|ressort"
    r"|schlagworte?|stichworte?|temas?|sujets?|argomenti)/",
    re.I,
)
# First words of two-word places printed as datelines beside the date (`New York | 7 March 2024`), and the
# articles and contracted prepositions that open a rubric, never a name (`Im Wortlaut`, `Der Kommentar`).
_PLACE_FIRST_WORDS = frozenset(
    "new san santa los las hong buenos kuala rio são sao saint st port tel abu ho cape la le el".split()
    + "the der die das den dem im am zum zur vom beim ins les une un".split()
    # Place prefixes (`East Jerusalem`, `Bad Homburg`, `Landkreis Harburg`, `United States`, `Sri Lanka`).
    + "east west north south central upper lower great united british sri gaza bad neu sankt kreis".split()
    + "landkreis stadt groß gross klein hohen alt ober unter nieder costa puerto saudi addis sierra".split()
    # Indonesian places are mostly a geographic noun and a name (`Bandar Lampung`, `Tanjung Pinang`, `Pulau Seribu`).
    + "bandar banda tanjung pangkal kepulauan nusa pulau teluk muara sungai gunung bukit tanah lubuk tebing"
    " labuhan pematang".split()
)
# Common nouns no person's name holds, seen beside dates as places, rubrics and buttons (`Mexico City`,
# `Climate Change`, `Live Updates`, `Read More`, `Lokales Berlin`, `Politik Inland`, `Editorial Team`).
_NON_NAME_WORDS = frozenset(
    "city town bank island islands county province state states kingdom republic africa america columbia"
    " carolina coast valley district region news update updates more now change check content article"
    " interview analysis episode podcast transport government council comment comments column desk team"
    " office department editorial report reporter release gallery video live opinion premium sponsored"
    " exclusive breaking local world politics business sport sports science health culture weather beach"
    " avenue airport stadium heights arabia zealand rica rico emirates league championship festival awards"
    " weekend tonight highlights headlines stories photos pictures panorama monday tuesday wednesday"
    " thursday friday saturday sunday".split()
    + "lokales politik inland ausland meinung leserbrief kommentar pressemitteilung stadtverwaltung"
    " verwaltung gemeinde redaktion pressestelle feuerwehr verein vorstand nachrichten wirtschaft kultur"
    " wetter ressort".split()
    # Indonesian regions and offices printed as the dateline beside the date (`Kota Banyuwangi`, `Jawa Timur`,
    # `Pemerintah Provinsi`, `Kabupaten Blora`): no person's name holds them.
    + "kota kabupaten kab. provinsi prov. pemerintah pemkot pemkab pemprov dinas kecamatan kelurahan desa"
    " jawa sumatera sumatra kalimantan sulawesi papua maluku kepulauan nusa".split()
    # Indonesian rubrics printed in the date row (`Gaya Hidup | Sabtu, 9 Maret 2024`, `Sepak Bola`).
    + "ekonomi bisnis hidup wisata kuliner hukum kriminal bola liga olahraga hiburan nasional daerah"
    " internasional teknologi tekno otomotif kesehatan pendidikan edukasi politik peristiwa opini nusantara"
    " selebriti musik sains budaya cek fakta tajuk rencana pembaca terkini kabar kisah sorot tokoh info".split()
)
# Words that open the byline itself (`von`, `by`): the only lower-case piece a name may follow in the row;
# after any other (`Interview mit`, `Gespräch with`) the name is the story's subject.
_NAME_LEAD_WORDS = frozenset("by von oleh par por di da door af av".split())


def _people_beside_date_line(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str], skip_texts: list[str]
) -> None:
    """The writer's full name printed in the row of the date line under the headline, with no label, link path
    or class to say so (Berliner Zeitung `Name | 17.05.2026, 19:06 Uhr`, Anadolu Ajansı, Metro, Times of India
    `Name / TIMESOFINDIA.COM / date`, BBC `date … Name`, 1000things.at, golf.de `1. Februar 2022 , Name`,
    Börsen-Zeitung, DW): the names right before the date, else right after it. Only full names of two words or
    more, never a label (`Anzahl Kommentare:`), a button, or a link but to a writer's page."""
    if anchor is None:
        return
    headline = headline_tag(scan, anchor)
    line = find_date_line(scan, anchor, search_date=search_date, now=None, default_tz=_UTC, headline=headline)
    _names_in_date_row(people, line, anchor, headline, site_names, skip_texts)
    if people.authors:
        return
    # The publication date may be printed after the text (`First published on: …`, the Indian Express's AMP
    # pages, Hindustan Times, NDTV) while the row under the headline shows the writer beside the update stamp
    # (`Priya Nair | Express News Service` `Updated on: 06 Feb 2026`, Times of India's `Updated: …`).
    update = find_date_line(
        scan, anchor, search_date=search_date, now=None, default_tz=_UTC, headline=headline, updates=True
    )
    if update is not None and (line is None or update.element.index < line.element.index):
        _names_in_date_row(people, update, anchor, headline, site_names, skip_texts, update=True)
        if people.authors:
            return
        line = update
    # The date row right under the headline, when the date line chosen for the page lies farther (its date a
    # link to the month's archive, WordPress MH Magazine's `1. Februar 2022` `Luis Holuch` on skispringen.com;
    # Junge Freiheit's list row `Kommentar` `19. Oktober 2019` `Boris T. Kaiser`; Newspaper-theme rows).
    nearest = _nearest_dated_piece(scan, headline, anchor)
    if nearest is not None and (line is None or nearest.element.index < line.element.index):
        _names_in_date_row(people, nearest, anchor, headline, site_names, skip_texts)


_NEAREST_DATE_PIECES = 30  # text pieces after the headline looked at for its date row
_NEAREST_DATE_TAGS = 300  # elements after it (empty boxes, icons, pictures) before the walk gives up
_DATED_PIECE_CHARS = 60


def _nearest_dated_piece(scan: PageScan, headline: Tag | None, anchor: int) -> DateLine | None:
    """The first short text piece after the headline that holds a full date, before the text's first paragraph
    of prose (a few pieces looked at: no page scan)."""
    if headline is None:
        return None
    pieces = tags = 0
    for node in headline.next_elements:
        if isinstance(node, Tag):
            tags += 1
            if tags > _NEAREST_DATE_TAGS or (
                node.name == "p" and text_longer_than(node, _PROSE_PARAGRAPH_CHARS)
            ):
                return None
            continue
        if isinstance(node, Comment) or node.parent is None or node.parent is headline:
            continue
        if is_inside(node.parent, headline, _HEADLINE_LEVELS):
            continue
        text = single_line(str(node)).strip()
        if not text or node.parent.name in ("script", "style"):
            continue
        pieces += 1
        if pieces > _NEAREST_DATE_PIECES:
            return None
        if len(text) > _DATED_PIECE_CHARS or not _has_digit(text):
            continue
        parsed = search_date(text, now=None, default_tz=_UTC)
        index = scan.index_of.get(id(node.parent))
        if parsed is None or index is None or index <= anchor:
            continue
        tag = node.parent
        if in_teaser_card(tag) or in_teaser_item(tag, headline):
            return None  # another story's card under the headline ("read also"): its date, its writer
        if _in_quote(tag):
            continue  # an embedded post's date (`— Jane Doe (@janedoe) March 3, 2026` of a tweet or Instagram post)
        if text_longer_than(tag, _LINE_CHARS):
            return None  # the dateline opening the text's own box (`BLORA, 5 Maret 2026 <br> <b>Arief Rohman</b>`)
        return DateLine(parsed, Element(tag, index), text)
    return None


_PROSE_PARAGRAPH_CHARS = 150
_QUOTE_LEVELS = 6


def _in_quote(tag: Tag) -> bool:
    """Inside a quotation or an embedded post (`<blockquote class="twitter-tweet">`, Instagram's, a `<q>`)."""
    node: Tag | None = tag
    for _ in range(_QUOTE_LEVELS):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if node.name in ("blockquote", "q", "cite"):
            return True
        node = node.parent
    return False


_HEADLINE_LEVELS = 6


def _names_in_date_row(
    people: _People,
    line: DateLine | None,
    anchor: int,
    headline: Tag | None,
    site_names: list[str],
    skip_texts: list[str],
    update: bool = False,
) -> None:
    """The writer's names in the row of one date line under the headline (see `_people_beside_date_line`); beside
    an update stamp only as `_writer_before_update` allows."""
    if line is None or not 0 < line.element.index - anchor <= _DATE_LINE_REACH:
        return  # a row above the headline is its kicker (`Public Transport · 7 March 2024`), not its byline
    if in_story_card_row(line.element.tag.parent or line.element.tag, None, headings=False):
        return  # `Lesen Sie auch: …` `2. März 2026` `John Whitaker`: another story's card under the headline
    found = date_line_runs(line, headline)
    if found is None or len(_words(_without_date(found[0][found[1]].text))) > _MAX_SKIPPED_WORDS:
        return  # the date inside a sentence (`Der nächste Stammtisch findet am Mi. 5. Mai statt`): no date row
    runs, date_index = found
    runs = runs[: date_index + 1] + _meta_pieces(runs[date_index + 1 :])
    # The date line's element may be the whole row (`<div><span>Interview mit</span> <span>Peter Lang</span>
    # <span>07.03.2024</span></div>`): the date is its first piece holding a digit.
    date_index = next((i for i in range(date_index, len(runs)) if _has_digit(runs[i].text)), date_index)
    if update and not _writer_before_update(runs, date_index, site_names):
        return
    # `1. Februar 2022 , Daniel Dillenburg`: the name in the date's own text.
    byline = _full_name_run(runs[date_index], site_names, people) or _names_next_to(
        runs, date_index, site_names, people, step=-1
    )
    if not byline.authors and not update:
        byline = _names_next_to(runs, date_index, site_names, people, step=1)
    if byline.authors:
        people.authors, people.author_source = byline.authors, "visible:date-line"
        people.byline_tag = line.element.tag
        people.add_agencies(byline.agencies)
        skip_texts.extend(byline.authors)


# Another role credited, or a correction, in the update stamp's row (`Medically reviewed by`, `Fact checked by`,
# `Correction`): its name is no writer's.
_UPDATE_OTHER_ROLE = re.compile(r"(?i)review|check|geprüft|correct|korrektur|koreksi|ralat|edit|redaktur")


def _writer_before_update(runs: list[TextRun], date_index: int, site_names: list[str]) -> bool:
    """The row of an update stamp names the writer only as the Indian Express, Times of India and Hindustan Times
    print it: the name before the stamp with the writer's service or desk beside it (`Priya Nair | Express News
    Service`, `TNN`); never a name after the stamp (a live blog's first post, a correction's editor), nor a row
    that credits another role (review of the update-stamp rule: `Medically reviewed by`, `Correction`)."""
    from telisik.extract.bylines import is_known_non_person

    before = [run.text.strip() for run in runs[:date_index] if run.text.strip()]
    if any(_UPDATE_OTHER_ROLE.search(text) or _OTHER_ROLE.search(text) for text in before):
        return False
    return any(
        len(_words(text)) <= _MAX_SERVICE_WORDS
        and _has_letters(text)
        and not _has_digit(text)
        and is_known_non_person(text, site_names)
        for text in before
    )


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


# A meta row's count of minutes or words (`2 min`, `4 min read`, `341 palavras`, `5 Min. Lesezeit`, `1.200 Wörter`).
_READING_PIECE = re.compile(r"(?i)^[\d.,]+\s*(?:[^\W\d_]+\.?)(?:\s+[^\W\d_]+\.?){0,2}$")
_META_SEPARATOR = re.compile(r"\s*([·•|])\s*")
# Japanese and Korean print the reporter's title after the name; Chinese prints `记者` before it, after the
# outlet (`新华社记者 王小明`), so no Chinese title is listed here.
_CJK_ROLE_AFTER = frozenset({"記者", "기자", "特派員", "編集委員"})


def _meta_pieces(runs: list[TextRun]) -> list[TextRun]:
    """The row's pieces after the date as a reader tells them apart: a text that strings the reading time, the
    word count and the names with `·` or `|` (Hugo PaperMod's `· 2 min · 341 palavras · Ana Paula Ribeiro, Lucas
    Ferreira`, Medium's `4 min read · Feb 16`, Ghost's and Jekyll themes' meta lines) split at them, the counts
    left out and the names apart; a name run followed by a CJK reporter's title (`佐藤 美咲` `記者`, Korean
    `기자`) joined to it, as the name's own label."""
    pieces: list[TextRun] = []
    for run in runs:
        if run.href is None and _has_digit(run.text) and _META_SEPARATOR.search(run.text):
            for piece in _META_SEPARATOR.split(run.text):
                piece = piece.strip()
                if piece and not _READING_PIECE.match(piece):
                    pieces.extend(_comma_pieces(TextRun(piece, run.control, None, run.kind)))
            continue
        if pieces and run.text.strip() in _CJK_ROLE_AFTER and _cjk_name(pieces[-1].text):
            last = pieces[-1]
            pieces[-1] = TextRun(
                f"{last.text.strip()} {run.text.strip()}", last.control, last.href, last.kind
            )
            continue
        pieces.append(run)
    return pieces


def _comma_pieces(run: TextRun) -> list[TextRun]:
    """`Ana Paula Ribeiro, Lucas Ferreira` as two names with the comma between them."""
    if "," not in run.text or _has_digit(run.text):
        return [run]
    pieces: list[TextRun] = []
    for name in run.text.split(","):
        if pieces:
            pieces.append(TextRun(",", run.control, None, run.kind))
        if name.strip():
            pieces.append(TextRun(name.strip(), run.control, None, run.kind))
    return pieces


def _cjk_name(text: str) -> bool:
    """A Japanese, Chinese or Korean name as printed beside its title: one or two words of 1-4 ideographs or
    Hangul syllables each (`佐藤 美咲`, `김민수`)."""
    words = text.split()
    # One word of two characters or ending like an institution: a place (`大阪`, `서울`), a desk (`社会部`,
    # `사회부`), an outlet (`朝日新聞`, `新华社`).
    if len(words) == 1 and (len(words[0]) < 3 or words[0].endswith(_CJK_NOT_NAME_ENDINGS)):
        return False
    return 1 <= len(words) <= 2 and all(
        1 <= len(w) <= 4 and all("\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" for c in w)
        for w in words
    )


# Endings of a desk, a bureau, an outlet or a station (部 department, 局 bureau, 社 company, 新聞/報/报 paper,
# 台/視/视 station, Korean 부 department, 팀 team, 일보/신문 paper, 방송 broadcaster, 뉴스 news).
_CJK_NOT_NAME_ENDINGS = tuple("部 局 課 社 新聞 報 报 台 視 视 부 팀 일보 신문 방송 뉴스".split())


def _names_next_to(
    runs: list[TextRun], date_index: int, site_names: list[str], people: _People, *, step: int
):
    """The full names in the runs from the date on, in one direction (-1: before it). Before the first name only
    one-word pieces and labels are passed over (`Published`, `TIMESOFINDIA.COM`, `Autor:`), and after the date
    nothing but the date's own pieces; a second name must follow a separator (`|`, `,`, `und`)."""
    from telisik.extract.bylines import Byline

    byline = Byline()
    skipped = 0
    separated = True
    last_kind = ""
    index = date_index + step
    if step > 0:
        # The date may span several pieces (`17.05.2026,` `19:06 Uhr`): the pieces holding digits after it.
        while index < len(runs) and any(c.isdigit() for c in runs[index].text):
            index += 1
    stop: TextRun | None = None
    unseparated = labelled = after_share = False
    while 0 <= index < len(runs):
        run = runs[index]
        index += step
        if run.control or (byline.authors and run.text.strip(" |,;/·•-–—") == byline.authors[-1]):
            continue  # a button, or the name again (an avatar's label, then the profile link)
        if step > 0 and not byline.authors and _in_share_bar(runs, index - step):
            after_share = True
            continue  # `Bagikan: Facebook Twitter Salin Link` between the date and the name (iNews, Jakarta Globe)
        if step > 0 and not byline.authors and _WRITER_LABEL_ALONE.match(run.text.strip()):
            labelled = True  # `STAND 21.4.2021, 16:41 Uhr AUTOR/IN Julius Richter` (SWR), `Penulis Budi`
            continue
        found = _full_name_run(run, site_names, people)
        # Names in elements of one kind side by side (`<span class="simple">` each, Der Standard) need no
        # separator; else a second name must follow one (`Name Reiterrevue International`: the outlet).
        if found is not None and (separated or (run.kind == last_kind and not run.kind.endswith("."))):
            unseparated = unseparated or (bool(byline.authors) and not separated)
            labelled = labelled or _opens_with_lead_word(run.text)
            # Read backwards, the names are reversed at the end: a piece's own names go in reversed too.
            names = found.authors[::-1] if step < 0 else found.authors
            byline.authors.extend(a for a in names if a not in byline.authors)
            byline.agencies.extend(a for a in found.agencies if a not in byline.agencies)
            separated, last_kind = False, run.kind
            continue
        if _RUN_DECORATION.match(run.text):
            # `| By` before the name (read backwards: after it) labels the byline.
            labelled = labelled or (_opens_with_lead_word(run.text) and bool(byline.authors) == (step < 0))
            separated = True
            continue
        if byline.authors or step > 0 or not _passable_before_name(run.text, site_names, people):
            stop = run
            break  # after the date only its own pieces, buttons and separators come before the name
        skipped += 1
        if skipped > _MAX_SKIPPED_RUNS:
            break
    if byline.authors and _names_not_bylined(stop, step, unseparated, labelled):
        return Byline()
    if byline.authors and step > 0 and not labelled and _tag_or_role_after(stop, after_share):
        return Byline()
    if step < 0:
        byline.authors.reverse()
    return byline


def _tag_or_role_after(stop: TextRun | None, after_share: bool) -> bool:
    """After the date, a name followed by a role word is that role's (`Budi Santoso` `Fotografer`); after a share
    bar, one followed by a topic with a number (`Ganjar Pranowo` `Pilpres 2024`) is a tag row."""
    if stop is None:
        return False
    text = stop.text.strip(" |,;/·•-–—")
    return bool(_ROLE_ALONE.match(text)) or (after_share and _has_digit(text) and text[:1].isupper())


_ROLE_ALONE = re.compile(
    r"(?i)^(?:foto(?:grafer)?|photo(?:grapher)?|fotograf(?:in)?|videogra(?:fer|pher)|kameramen|camera|editor"
    r"|redaktur|penyunting)$"
)


# A writer's label alone in its element, with or without its colon, after the date and before the name.
_WRITER_LABEL_ALONE = re.compile(
    r"(?i)^(?:autor(?:in)?(?:/in|\*in|:in)?|autor\*innen|author|writer|verfasser(?:in)?|auteur|autore|texto?|penulis"
    r"|reporter|pewarta|wartawan|jurnalis)\s*:?$"
)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _opens_with_lead_word(text: str) -> bool:
    words = _words(text)
    return bool(words) and words[0].lower() in _NAME_LEAD_WORDS


def _names_not_bylined(stop: TextRun | None, step: int, unseparated: bool, labelled: bool) -> bool:
    """Names in the date row that are no byline: after the date with no `by`/`von`, a tag list (`Joe Biden`
    `Donald Trump` side by side) or a name followed by more capitalised pieces (topics, buttons); before it,
    the object of a phrase (`Interview mit` Peter Lang)."""
    if labelled:
        return False
    if step > 0:
        # Another name-shaped piece after the name (a topic list: `Joe Biden`, `Donald Trump`); a count (`1
        # Kommentar`), a time or a button (`Folge mir`) after it is the row's furniture.
        text = stop.text if stop is not None else ""
        words = _words(text)
        more = len(words) >= 2 and not _has_digit(text) and all(w[:1].isupper() for w in words)
        return unseparated or more
    if stop is None or stop.text.rstrip().endswith(":"):
        return False
    words = _words(stop.text)
    if len(words) > _MAX_SKIPPED_WORDS + 1 or stop.text.rstrip().endswith((".", "!", "?")):
        return False  # a sentence of its own before the row (a standfirst), not a phrase leading to the name
    last = words[-1] if words else ""
    return last[:1].islower() and last.lower() not in _NAME_LEAD_WORDS


def _passable(text: str) -> bool:
    """A piece between the name and the date: one word (`Published`, the outlet's host) or a label."""
    return len(_words(text)) == 1 or text.rstrip().endswith(":")


def _passable_before_name(text: str, site_names: list[str], people: _People) -> bool:
    """A piece between the name and the date after it: one word or a label; another labelled date (`Diperbarui:
    09 Maret 2024 15:30` before `Diterbitkan: …`); the outlet's name after the writer's (`Verda Nano Setiawan,
    CNBC Indonesia`: CNBC/CNN Indonesia, detik's `Name - detikNews`, `Name / TIMESOFINDIA.COM`); an editor's
    credit (`Name • Editor: Putri • date`)."""
    if _passable(text):
        return True
    bare = _without_date(text).strip(" |,;/·•-–—")
    if bare != text.strip(" |,;/·•-–—") and (not bare or _passable(bare)):
        return True
    if not bare or _has_digit(bare) or len(bare) > _MAX_PASSED_CHARS:
        return False
    if _names_the_site(bare, site_names):
        return True
    from telisik.extract.bylines import is_known_non_person

    if len(_words(bare)) <= _MAX_SERVICE_WORDS and is_known_non_person(bare, site_names):
        # `Priya Nair | Express News Service | Updated on: …` (the Indian Express, Times of India's `TNN`, PTI's
        # `Press Trust of India`, `Metro Desk`): the writer's service or desk between the name and the date.
        return True
    byline = people.parse_byline(bare, site_names=site_names)
    return byline.editor is not None and not byline.authors


_MAX_PASSED_CHARS = 60
_MAX_SERVICE_WORDS = 4
_SHARE_LINK = re.compile(
    r"(?i)^(?:#|javascript:|mailto:|whatsapp:)|sharer|/share\b|share\?|sharing|intent/tweet|api\.whatsapp|wa\.me/"
    r"|t\.me/share|line\.me/|pinterest\.[a-z.]+/pin/create|linkedin\.com/(?:share|cws)"
)


def _in_share_bar(runs: list[TextRun], index: int) -> bool:
    """A piece of a share bar: a link to a share endpoint (or to nothing: `Salin Link`), or the label right
    before one (`Bagikan:`, `Share:`)."""
    run = runs[index]
    if run.href is not None:
        return _SHARE_LINK.search(run.href) is not None
    if not run.text.rstrip().endswith(":") or len(_words(run.text)) > 2 or index + 1 >= len(runs):
        return False
    following = runs[index + 1].href
    return following is not None and _SHARE_LINK.search(following) is not None


def _words(text: str) -> list[str]:
    """The words of a text, without lone separators (`/`, `|`, `,`)."""
    return [w for w in text.split() if any(c.isalnum() for c in w)]


_WRITER_LINK = re.compile(r"(?i)auth?or|autor|auteur|writer|reporter|journalist|penulis|wartawan|redakt")
# A word with a capital inside (`WindEnergie`, `RNZonline`) is a brand; `McDonald`, `DeShawn`, `LeBron` are names.
_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|O')\w*[a-zà-ÿ][A-ZÀ-Þ]")


def _inner_particle(words: list[str], index: int) -> bool:
    """`von` in `Alexa von Heyden`, `bin` in `Muhammad bin Salman`: a lower-case particle inside a name (not
    `di`, `y`, `la`, `el`: a preposition, a conjunction or an article in a phrase beside the date)."""
    if not 0 < index < len(words) - 1:
        return False
    word = words[index]
    # `de`, `da`, `der` alone open organisations' names as often (`Secretaria de Saúde`, `Haus der Kunst`).
    return word in _INNER_PARTICLES or (word in _SECOND_PARTICLES and words[index - 1] in ("von", "van"))


_INNER_PARTICLES = frozenset("von van bin binti".split())
_SECOND_PARTICLES = frozenset("der den de ter ten".split())  # `Ursula von der Leyen`, `Rafael van der Vaart`


def _acronym_beside_words(words: list[str]) -> bool:
    """An acronym of three capitals or more beside ordinary words names an organisation (`MDV Sports`, `AMP
    Project Marketing`); a name in capitals is all capitals (`MORITZ PAPPERT`), initials are short (`JR Smith`)."""
    shouted = [w for w in words if len(w) >= 3 and w.isupper()]
    return bool(shouted) and len(shouted) < len(words)


def _full_name_run(run: TextRun, site_names: list[str], people: _People):
    """The byline of a piece of the date row that is one full name (`Abdul Adhim Kamouss`, `, Daniel
    Dillenburg` after a date in the same text, `Reuters, Thorsten Kramer`), or None."""
    if run.href is not None and not (AUTHOR_PATH.search(run.href) or _WRITER_LINK.search(run.href)):
        return None  # a link to a section, a share button, a map: not to the writer's page
    if run.text.rstrip().endswith(":"):
        return None  # a label (`Anzahl Kommentare:`)
    text = _without_date(run.text).strip(" |,;/·•-–—")
    if not text or any(c.isdigit() for c in text) or text.isupper():
        return None  # shouted words beside a date are a label (`04. November 2021 | PAID CONTENT`)
    from telisik.extract.bylines import is_news_agency

    words = text.split()
    if len(words) >= 2 and words[-1] in _CJK_ROLE_AFTER and _cjk_name(" ".join(words[:-1])):
        # `佐藤 美咲 記者`: the reporter's title after the name says whose name it is.
        return people.parse_byline(" ".join(words[:-1]), site_names=site_names)
    byline = people.parse_byline(text, site_names=site_names)
    # `Putu Agus Pransuamitra, CNBC Indonesia`: the outlet after the writer's name is no co-author.
    byline.agencies = [a for a in byline.agencies if not _names_the_site(a, site_names)]
    joined = len(byline.authors) <= _MAX_JOINED_NAMES and _JOINED_NAMES.search(text) is not None
    if not (len(byline.authors) == 1 or joined) or not all(is_news_agency(a) for a in byline.agencies):
        return None
    return byline if all(_full_name_shape(name) for name in byline.authors) else None


# `Rina Kusumawati dan Andi Wijaya`, `Jane Doe and John Roe`: several writers in one piece of the date row.
_JOINED_NAMES = re.compile(r"(?i)\s(?:dan|and|und|&|et|y|e|en|og|och)\s")
_MAX_JOINED_NAMES = 3


def _full_name_shape(name: str) -> bool:
    """Two words or more, capitalised like a name; no place, rubric, brand or organisation."""
    words = name.split()
    return not (
        len(words) < 2
        or not all(w[:1].isupper() or _inner_particle(words, i) for i, w in enumerate(words))
        or words[0].lower().rstrip(".") in _PLACE_FIRST_WORDS
        or any(w.lower().strip(".,") in _NON_NAME_WORDS for w in words)
        or any(w.lower() in _COMPASS_AFTER for w in words[1:])  # `Jakarta Timur`, never `Timur Tinç`
        or (len(words[-1]) > 1 and words[-1].isupper() and not words[0].isupper())  # `Washington DC`
        or any(_INNER_CAPITAL.match(w) for w in words)
        or _acronym_beside_words(words)
    )


# --- A name beside the writer's avatar under the headline ---------------------------------------------------

_AVATAR_WALK = 250  # elements after the headline looked at for an avatar (stops at the first text paragraph)
_AVATARS = 4
_AVATAR_CARD_LEVELS = 3
_AVATAR_CARD_CHARS = 200
_AVATAR_PIECES = 12
_AVATAR_MAX_SIZE = 200  # pixels: a lead picture is larger
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _people_beside_avatar(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str], skip_texts: list[str]
) -> None:
    """The writer's full name printed beside a small picture that names the same person, between the headline
    and the text, with no label, class or metadata to say so: the picture's `alt` (watson.ch, Medium, Substack,
    WordPress avatars), its file name (`1000things-evgenia-karp-….jpg`, 1000things.at) or the profile link
    around it (`/andiwijaya1987`, Kompasiana user posts) holds the name. A lead picture of a person (in a
    `<figure>`, larger, with a caption sentence) is no avatar."""
    headline = headline_tag(scan, anchor)
    if headline is None:
        return
    pictures, passed, after_text = _pictures_before_text(headline)
    for i, img in enumerate(pictures):
        if i >= after_text and len(pictures) - after_text > 1:
            break  # pictures side by side after the text: commenters, a team, related posts, liveblog entries
        name = _name_beside_avatar(img, headline, site_names, people)
        # A person the standfirst already named is its subject (an interviewee's profile box: SRF's People Box).
        if name is not None and fold_for_matching(name) not in passed:
            people.authors, people.author_source = [name], "visible:avatar"
            skip_texts.append(name)
            return


def _pictures_before_text(headline: Tag) -> tuple[list[Tag], str, int]:
    """The `<img>`s after the headline and before the second paragraph of text (a standfirst may come before the
    writer's card: watson.ch), in a bounded walk; the folded text of the paragraph passed; the position in the
    list of the first picture after it."""
    found: list[Tag] = []
    passed = ""
    after_text = _AVATARS
    seen = 0
    for node in headline.next_elements:
        if not isinstance(node, Tag):
            continue
        seen += 1
        if seen > _AVATAR_WALK:
            break
        if node.name in ("h2", "h3", "h4", "h5", "h6") and not node.find("img"):
            break  # the next section (`3 Komentar`, `Berita Terkait`): no writer's card beyond it
        if (node.name == "p" and not text_shorter_than(node, _TEXT_PARAGRAPH_CHARS)) or (
            node.name in ("div", "section") and _long_own_text(node)
        ):
            if passed:
                break
            passed = fold_for_matching(single_line(node.get_text()[:_PASSED_TEXT_CHARS]))
            after_text = len(found)
        if node.name == "img":
            found.append(node)
            if len(found) >= _AVATARS:
                break
    return found, passed, after_text


_PASSED_TEXT_CHARS = 2000


def _long_own_text(node: Tag) -> bool:
    """Text printed straight in a block (`<div>` bodies split by `<br>`), not in a child element."""
    return any(
        isinstance(child, str)
        and not isinstance(child, Comment)
        and len(child.strip()) >= _TEXT_PARAGRAPH_CHARS
        for child in node.children
    )


_TEXT_PARAGRAPH_CHARS = 100


def _name_beside_avatar(img: Tag, headline: Tag, site_names: list[str], people: _People) -> str | None:
    if (
        _too_large_for_avatar(img)
        or _ancestor_named(img, "figure", 4) is not None
        or _ancestor_named(img, "blockquote", 6) is not None  # an embedded post's author (a tweet card)
        or _links_to_a_story(img)
    ):
        return None
    keys = _avatar_keys(img)
    if not keys:
        return None
    card = img
    for _ in range(_AVATAR_CARD_LEVELS):
        parent = card.parent
        if (
            parent is None
            or parent.name in ("body", "html", "[document]", "article", "main")
            or _nested_in(headline, parent)
        ):
            break
        card = parent
        if not text_shorter_than(card, _AVATAR_CARD_CHARS):
            return None
        name = _name_in_card(card, keys, site_names, people)
        if name is not None:
            return name if _writer_card(card, img) else None
    return None


# An address of a story, not of a profile: a date or a long number among its segments (`/2024/03/08/`,
# `/453207266-sazerac`), a slug of three words or more, a page file.
_STORY_SEGMENT = re.compile(r"(?i)^(?:\d{4,}.*|[^-]+(?:-[^-]+){2,}|.*\.(?:s?html?|php|aspx?))$")


def _links_to_a_story(tag: Tag) -> bool:
    """Inside a link to another story (a related-story card: its picture's `alt` and its title say the same)."""
    link = tag if tag.name == "a" else _ancestor_named(tag, "a", 3)
    href = link.get("href") if link is not None else None
    if not isinstance(href, str):
        return False
    path = href.split("?")[0].split("#")[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    return any(_STORY_SEGMENT.match(segment) for segment in path.split("/") if segment)


def _ancestor_named(tag: Tag, name: str, levels: int) -> Tag | None:
    node = tag.parent
    for _ in range(levels):
        if node is None:
            return None
        if node.name == name:
            return node
        node = node.parent
    return None


def _nested_in(tag: Tag, ancestor: Tag) -> bool:
    return tag is ancestor or any(parent is ancestor for parent in tag.parents)


def _too_large_for_avatar(img: Tag) -> bool:
    for attribute in ("width", "height"):
        size = plain_number(img.get(attribute))
        if size is not None and size > _AVATAR_MAX_SIZE:
            return True
    return False


def _avatar_keys(img: Tag) -> list[str]:
    """The picture's `alt`, its file names and the link around it, folded to letters only."""
    texts = [
        img.get(attribute)
        for attribute in ("alt", "src", "data-src", "srcset", "data-srcset", "data-lazy-src")
    ]
    link = _ancestor_named(img, "a", 3)
    if link is not None:
        texts.append(link.get("href"))
    return [
        _NOT_LETTERS.sub("", fold_for_matching(t[:3000])) for t in texts if isinstance(t, str) and t.strip()
    ]


def _name_in_card(card: Tag, keys: list[str], site_names: list[str], people: _People) -> str | None:
    """A piece of the card that is one full name whose letters the avatar's alt, file name or link holds."""
    for index, node in enumerate(card.find_all(string=True)):
        if index >= _AVATAR_PIECES:
            break
        if isinstance(node, Comment) or node.parent is None or node.parent.name in ("script", "style"):
            continue
        text = single_line(str(node))
        if not text or len(text) > 60:
            continue
        found = _full_name_run(TextRun(text, False, None), site_names, people)
        if found is None or len(found.authors) != 1 or _links_to_a_story(node.parent):
            continue
        key = _NOT_LETTERS.sub("", fold_for_matching(found.authors[0]))
        if len(key) >= 6 and any(key in k for k in keys):
            return found.authors[0]
    return None


_FOLLOW = re.compile(r"(?i)^(?:follow|folgen|ikuti|suivre|seguir|abonnieren|subscribe)\b")


def _writer_card(card: Tag, img: Tag) -> bool:
    """Writer's evidence in the avatar's card: a link to a writer's page or a one-segment profile handle, a
    follow button, or a date (the byline row); a subject's or commenter's portrait has none of these."""
    for link in card.find_all("a", href=True, limit=8):
        href = str(link.get("href"))
        path = href.split("?")[0].split("#")[0]
        if "//" in path:
            path = path.split("//", 1)[1].partition("/")[2]
        segments = [x for x in path.split("/") if x]
        if AUTHOR_PATH.search(href) or _WRITER_LINK.search(href) or len(segments) == 1:
            return True
    for node in card.find_all(string=True, limit=_AVATAR_PIECES):
        text = single_line(str(node))
        if _FOLLOW.match(text) or (_has_digit(text) and search_date(text) is not None):
            return True
    return False


_COMPASS_AFTER = frozenset("timur barat tengah utara selatan".split())


# --- Writers' credits of the presses of other scripts --------------------------------------------------------
# Each is a convention of a whole press, read in the text's own box at its opening or its close, and only where
# no visible byline named a person (nobody, a desk, an account, the company or the metadata `author` alone).

_SCRIPT_CREDIT_CHARS = 80  # a credit line is short; a longer paragraph is text
_CLOSING_DEPTH = 3  # nested boxes descended into at the text's end (`Haberin devamı` collapsed blocks)
_OPENING_SIBLINGS = 3  # paragraphs before the text's first long one looked at for an opening credit


def _people_from_script_credit(
    people: _People, scan: PageScan, anchor: int | None, site_names: list[str], skip_texts: list[str]
) -> None:
    """The writer in the credit form of a press of another script where the byline names no person."""
    if not _no_person_credited(people):
        return
    headline = headline_tag(scan, anchor)
    if headline is None:
        return
    found = _chinese_dateline_reporters(headline)
    # Ideographic text says in 60 characters what a Latin paragraph says in 100: the shorter first paragraph.
    opening = (
        (_text_opening_paragraph(headline) or _first_paragraph_after(headline)) if found is None else None
    )
    if opening is not None and opening.parent is not None:
        for line in _closing_paragraphs(opening.parent):
            found = (
                _japanese_closing_reporter(line)
                or _turkish_news_credit(line)
                or _vietnamese_closing_names(line)
            )
            if found:
                break
        found = found or _arabic_opening_writer(opening)
    if found is None:
        return
    text, candidates = found[1], found[0]
    names = [n for n in candidates if people.parse_byline(n, site_names=site_names).authors == [n]]
    if names and len(names) == len(candidates):
        people.authors, people.author_source, people.labelled = names, "visible:script-credit", True
        skip_texts.append(text)


def _no_person_credited(people: _People) -> bool:
    """Nobody, only the metadata `author` (a company, an editor) or only a desk account is credited."""
    from telisik.extract.bylines import is_desk

    if not people.authors or people.author_source == "meta:author":
        return True
    return people.author_source == "visible:byline" and all(is_desk(name) for name in people.authors)


def _closing_paragraphs(box: Tag) -> list[Tag]:
    """The `<p>` closing the text: the last paragraph among the box's trailing children, or, when a box of
    paragraphs comes after it (a collapsed `read on` block, the article element beside the standfirst), the
    one closing that box (a few levels down)."""
    for _ in range(_CLOSING_DEPTH):
        children = [child for child in box.children if isinstance(child, Tag)][-_CLOSING_CHILDREN:]
        for child in reversed(children):
            if child.name == "p":
                return [] if in_excluded_area(child) else [child]
            if child.name in _TEXT_BOXES and _holds_paragraphs(child):
                box = child
                break
        else:
            return []
    return []


_TEXT_BOXES = frozenset({"div", "section", "article"})
_PARAGRAPHS_IN_BOX = 2


def _holds_paragraphs(box: Tag) -> bool:
    """The box has paragraphs of its own (a text box, not a card or a share bar)."""
    count = 0
    for child in itertools.islice(box.children, _TEXT_START_NODES):
        count += isinstance(child, Tag) and child.name == "p"
        if count >= _PARAGRAPHS_IN_BOX:
            return True
    return False


def _short_line(tag: Tag) -> str | None:
    if text_longer_than(tag, _SCRIPT_CREDIT_CHARS):
        return None
    return element_text(tag) or None


# Japanese papers and Kyodo-fed articles close the text with the reporter in full-width brackets `（北村真由）`,
# `（北村 真由）`, after a role (`（編集委員・北村真由）`, `（聞き手・北村真由）`) or two reporters `（北村真由、南雲健太）`.
# Only a NAME's shape is read: 2-5 ideographs (a space or `・` inside), a given name in kana after them; the
# brackets close a text for many other things too: a source (`（厚生労働省）`), a place (`（長野市）`), a quoted
# person (`（山田太郎さん）`, `（長野大学教授）`), a paper (`（産経新聞）`), a note (`（敬称略）`, `（肩書は当時）`).
_JA_CLOSING_BRACKET = re.compile(r"^（(?P<inner>[^（）]{2,30})）$")
_JA_ROLE_PREFIX = re.compile(r"^(?:編集委員|論説委員|専門記者|聞き手|取材|構成|文)・")
_JA_NAME = re.compile(
    r"^[\u4e00-\u9fff々]{1,4}[ 　・]?[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]{1,4}$"
)
_JA_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff々]")
_JA_IDEOGRAPHS = (2, 5)
_JA_PARTICLES = frozenset("はをのが")
# Agencies (`（共同）`), closing notes, honorifics and titles of the person spoken of, institutions and places.
_JA_NOT_A_PERSON = re.compile(
    r"^(?:共同|時事|新華|ロイター|聯合|続く|終わり|次号に続く|敬称略|随時掲載|完|肩書は当時)$"
    r"|(?:さん|氏|様|教授|会長|社長|知事|市長|議員|省|庁|市|町|村|県|府|都|区|新聞|通信|大学|会|局|課|部|社"
    r"|班|室|支局|電|員|者|長)$"
)


def _japanese_closing_reporter(line: Tag) -> tuple[list[str], str] | None:
    text = _short_line(line)
    match = _JA_CLOSING_BRACKET.match(text) if text else None
    if match is None or text is None:
        return None
    inner = _JA_ROLE_PREFIX.sub("", match.group("inner"))
    # `（北村真由、写真も）`: the reporter took the pictures too
    names = [name for name in inner.split("、") if not name.startswith("写真")]
    if not names or len(names) > 2 or not all(_japanese_name(name) for name in names):
        return None
    return [re.sub(r"[ 　]", "", name) for name in names], text


def _japanese_name(text: str) -> bool:
    """A Japanese person's name by its shape: ideographs (a kana given name after them), no particle, no
    honorific, title, institution or closing-note ending."""
    if _JA_NAME.match(text) is None or _JA_PARTICLES.intersection(text) or _JA_NOT_A_PERSON.search(text):
        return False
    low, high = _JA_IDEOGRAPHS
    return low <= len(_JA_IDEOGRAPH.findall(text)) <= high


# Turkish local news closes with the credit row `Haber: Elif Kaya / Kamera: Murat Demir` (`Muhabir:` the same):
# `Haber:` names the writer; the camera operator, photographer or video maker after it is none.
_TR_NEWS_CREDIT = re.compile(
    r"^(?:Haber|Muhabir)\s*:\s*(?P<name>[^/|:]{3,60}?)\s*"
    r"(?:[/|]\s*(?:Kamera|Foto|Fotoğraf|Video|Görüntü|Montaj)\s*:\s*[^/|:]{2,60})*$"
)


def _turkish_news_credit(line: Tag) -> tuple[list[str], str] | None:
    text = _short_line(line)
    match = _TR_NEWS_CREDIT.match(text) if text else None
    if match is None or text is None or _TR_INSTITUTION.search(match.group("name")):
        return None
    return [match.group("name").strip()], text


# `Haber: Ankara Valiliği`, `Haber: Büyükşehir Belediyesi Basın Bürosu`: an office's release, no writer.
_TR_INSTITUTION = re.compile(
    r"(?i)\b(?:Belediyesi|Valiliği|Bürosu|Müdürlüğü|Bakanlığı|Başkanlığı|Ajansı|Merkezi|Kaymakamlığı"
    r"|Üniversitesi|Derneği)\b"
)


# Vietnamese papers (VnExpress, Tuổi Trẻ, Thanh Niên) sign the text with a right-aligned bold last paragraph of
# the writers' names joined by ` - ` (`Ngọc Tài - Hoài Thanh`).
_VI_NAME = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]+(?: [A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,3}$")
_RIGHT_ALIGNED = re.compile(r"(?i)text-align\s*:\s*right")
# Provinces and major cities, and newspapers, whose names have a person's shape.
_VI_PLACES_AND_PAPERS = frozenset(
    name.casefold()
    for name in (
        "Hà Nội",
        "TP HCM",
        "Hồ Chí Minh",
        "Đà Nẵng",
        "Hải Phòng",
        "Cần Thơ",
        "Huế",
        "Nha Trang",
        "Đà Lạt",
        "Quảng Ninh",
        "Quảng Nam",
        "Quảng Ngãi",
        "Nghệ An",
        "Thanh Hóa",
        "Bình Dương",
        "Đồng Nai",
        "Khánh Hòa",
        "Lâm Đồng",
        "Vũng Tàu",
        "Hạ Long",
        "Phú Quốc",
        "Sài Gòn",
        "Thanh Niên",
        "Tuổi Trẻ",
        "Dân Trí",
        "VnExpress",
        "Vietnamnet",
        "Lao Động",
        "Nhân Dân",
        "Tiền Phong",
        "Zing",
        "Người Lao Động",
        "Sài Gòn Giải Phóng",
        "Công An Nhân Dân",
        "Pháp Luật",
        "Vietnam Plus",
    )
)


def _vietnamese_closing_names(line: Tag) -> tuple[list[str], str] | None:
    text = _short_line(line)
    if text is None or not _right_aligned(line) or not _all_bold(line):
        return None
    names = [name.strip() for name in text.split(" - ")]
    if any(name.casefold() in _VI_PLACES_AND_PAPERS for name in names):
        return None  # `Hà Nội - Đà Nẵng`, `Thanh Niên - Dân Trí`: places or sources, no writers
    if not all(_VI_NAME.match(name) for name in names) or any(_named_in_paragraphs(line, n) for n in names):
        return None  # `Nguyễn Văn An - Hà Nội`: a reader's letter signed with a place the text speaks of
    return names, text


_PARAGRAPHS_READ = 200


def _named_in_paragraphs(line: Tag, name: str) -> bool:
    """The name occurs in a paragraph of the text before the line (a place, a person the text speaks of); the
    pictures' captions (`Ảnh: Ngọc Tài`) are no paragraphs of the text."""
    for count, paragraph in enumerate(line.find_previous_siblings("p")):
        if count >= _PARAGRAPHS_READ:
            return False
        if name in element_text(paragraph):
            return True
    return False


def _right_aligned(tag: Tag) -> bool:
    style, align = tag.get("style"), tag.get("align")
    return (isinstance(style, str) and bool(_RIGHT_ALIGNED.search(style))) or align == "right"


def _all_bold(tag: Tag) -> bool:
    inner = [child for child in tag.children if not (isinstance(child, str) and not child.strip())]
    return len(inner) == 1 and isinstance(inner[0], Tag) and inner[0].name in {"strong", "b"}


# Chinese provincial papers and Xinhua reprints name the reporters in the opening dateline
# `新华社南宁2月4日电（记者 李明远 黄晓婷）`, `本报讯（记者 张文杰 通讯员 李晓红）`, `（全媒体记者 张文杰）`: role words
# separate the names (a correspondent or intern named after its role is a writer too); a photo credit
# `（记者 李明远 摄）`, `李晓红/图` is no writer's. The bracket opens the first paragraph or follows its dateline,
# never inside a quote.
_ZH_ROLE = r"(?:全媒体记者|融媒体记者|特约记者|见习记者|记者|記者|通讯员|实习生)"
_ZH_DATELINE_REPORTERS = re.compile(r"[（(]" + _ZH_ROLE + r"[\s　：:]*(?P<names>[^（）()]{2,40})[）)]")
_ZH_ROLE_WORDS = frozenset(
    "记者 記者 通讯员 实习生 见习记者 全媒体记者 融媒体记者 特约记者 报道 摄影报道 文 文/图".split()
)
_ZH_PHOTO_ROLES = frozenset({"摄", "图"})
_ZH_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_ZH_DATELINE_CHARS = 60  # the dateline opens the paragraph
# What may stand before the bracket: nothing, `本报讯`, an agency's `…电`, a place and a date.
_ZH_DATELINE_BEFORE = re.compile(r"^[^“”「」\"'‘’]{0,24}?(?:本报讯|讯|电|\d{1,2}月\d{1,2}日)?\s*$")
_ZH_DATELINE_END = re.compile(r"(?:本报讯|讯|电|\d{1,2}月\d{1,2}日)\s*$")


def _chinese_dateline_reporters(headline: Tag) -> tuple[list[str], str] | None:
    opening = _first_paragraph_after(headline)
    if opening is None:
        return None
    text = element_text(opening)[:_ZH_DATELINE_CHARS]
    match = _ZH_DATELINE_REPORTERS.search(text)
    if match is None or not _opens_dateline(text[: match.start()]):
        return None
    names = _zh_reporter_names(match.group("names"))
    if not names:
        return None
    return names, ""


def _opens_dateline(before: str) -> bool:
    """The bracket opens the paragraph or follows its dateline (`本报讯`, `新华社南宁2月4日电`)."""
    return (
        not before.strip()
        or _ZH_DATELINE_END.search(before) is not None
        and bool(_ZH_DATELINE_BEFORE.match(before))
    )


def _zh_reporter_names(text: str) -> list[str] | None:
    """The writers' names between role words; a photographer's name (`李晓红/图`, `… 摄`) is left out and a
    bracket that is a photo caption alone gives none."""
    tokens = [t for t in re.split(r"[\s　、，,]+", text) if t]
    if not tokens or tokens[-1] == "摄" or tokens[-1].endswith("摄") and tokens[-1] not in _ZH_ROLE_WORDS:
        return None
    names: list[str] = []
    for token in tokens:
        if token in _ZH_ROLE_WORDS:
            continue
        name, _, role = token.partition("/")
        if role in _ZH_PHOTO_ROLES:
            continue
        if not _ZH_NAME.match(name) or role not in {"", "文", "文/图"}:
            return None
        names.append(name)
    return names or None


_FIRST_PARAGRAPH_CHARS = 30


def _first_paragraph_after(headline: Tag) -> Tag | None:
    """The first `<p>` of some length after the headline (a bounded walk): the dateline's paragraph, none when
    that paragraph sits in an excluded area (the walk does not go on past it)."""
    node = _paragraph_longer_after(headline, _FIRST_PARAGRAPH_CHARS)
    return None if node is None or in_excluded_area(node) else node


# Egyptian and Gulf news sites on WordPress open the text with the writer's line `كتب: محمد عبد الرحمن`
# (`كتبت:` for a woman, `بقلم` by) while the theme credits an editorial account.
# `كتب`/`كتبت` (wrote) also open a sentence (`كتب التاريخ من جديد`): only with the label's colon; `بقلم` is a
# credit word alone. A name holds no preposition or conjunction.
_AR_OPENING_WRITER = re.compile(
    r"^(?:(?:كتب|كتبت)\s*[:：\-–]|بقلم\s*[:：]?)\s*(?:(?:د|م|أ)\.\s*)?"
    r"(?P<name>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){1,4})$"
)
# An agency, a desk or a job is no writer (`كتب: وكالات الأنباء`, `المحرر الصحي`, `بقلم رئيس مجلس الإدارة`); a
# name's first word does not open with the article `ال`.
_AR_NOT_A_NAME = frozenset("وكالة وكالات الأنباء محرر المحرر قسم رئيس مجلس فريق التحرير مدير مراسل".split())
_AR_SENTENCE_WORDS = frozenset("في من على إلى الى عن مع أن ان و قد لقد هذا هذه".split())


def _arabic_opening_writer(opening: Tag) -> tuple[list[str], str] | None:
    node = opening.find_previous_sibling()
    for _ in range(_OPENING_SIBLINGS):
        if node is None:
            return None
        text = _short_line(node) if node.name == "p" else None
        match = _AR_OPENING_WRITER.match(text) if text else None
        if match is not None and text is not None:
            words = match.group("name").split()
            if _AR_SENTENCE_WORDS.intersection(words) or _AR_NOT_A_NAME.intersection(words):
                return None
            if words[0].startswith("ال"):
                return None
            return [match.group("name")], text
        node = node.find_previous_sibling()
    return None


# Greek bylines put the name in the genitive after the article (`Της Μαρίας Παπαδοπούλου`, `Του Γιώργου
# Νικολάου`: Kathimerini, To Vima, regional sites); the author box or author page link elsewhere on the page
# shows the nominative (`Μαρία Παπαδοπούλου`). The nominative is taken only from a link to the same author page
# whose words agree with the genitive's stems: case endings are never made up.
_GREEK_GENITIVE_ARTICLE = re.compile(r"^(?:Της|Του|Των)\s")
_AUTHOR_LINKS_LOOKED_AT = 8


def _greek_nominative_from_author_link(people: _People, soup: BeautifulSoup) -> None:
    tag = people.byline_tag
    if tag is None or people.author_source != "visible:byline" or len(people.authors) != 1:
        return
    if not _GREEK_GENITIVE_ARTICLE.match(element_text(tag)):
        return
    link = tag.find("a", href=True)
    href = link.get("href") if link is not None else None
    if not isinstance(href, str) or not href.strip("/"):
        return
    genitive = people.authors[0]
    names = {
        " ".join(element_text(other).split())
        for other in soup.find_all("a", href=href, limit=_AUTHOR_LINKS_LOOKED_AT)
    }
    names.discard(genitive)
    nominatives = [name for name in names if _same_greek_name(genitive, name)]
    others = [name for name in names if name not in nominatives and _two_capitalised_words(name)]
    # A desk's author page (`/author/newsroom/`) linked under other persons' names too names nobody in particular.
    if len(nominatives) == 1 and not others:
        people.authors = nominatives


def _two_capitalised_words(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= _MAX_GREEK_NAME_WORDS and all(word[:1].isupper() for word in words)


_MAX_GREEK_NAME_WORDS = 4


def _same_greek_name(genitive: str, nominative: str) -> bool:
    """Each word of the genitive is the genitive of the nominative's word by the exact case endings: first and
    last name both (`Μαρίας`/`Μαρία`, `Γιώργου`/`Γιώργος`, `Παπαδοπούλου` for either)."""
    one, two = genitive.split(), nominative.split()
    if len(one) != len(two) or not all(word[:1].isupper() for word in one + two):
        return False
    return all(_greek_genitive_of(a, b) for a, b in zip(one, two, strict=True))


def _greek_genitive_of(genitive: str, nominative: str) -> bool:
    """Feminine -α/-η names take ς (`Μαρία` -> `Μαρίας`); masculine -ος/-ης give -ου, -ας gives -α, -ης gives -η;
    surnames in -ου do not change."""
    gen, nom = _greek_fold(genitive), _greek_fold(nominative)
    if gen == nom:
        return True
    if nom.endswith(("α", "η")) and gen == nom + "σ":
        return True
    if nom.endswith(("οσ", "ησ")) and gen.endswith("ου"):
        return gen[:-2] == nom[:-2]
    return nom.endswith(("ασ", "ησ")) and gen == nom[:-1]


def _greek_fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ς", "σ")


# Hindi dailies (Dainik/Amar Ujala-style Next.js pages) credit the reporter as a link to the author's page
# followed by the city in a span of its own (`<a href="/author/amit-verma-a_2231">अमित वर्मा</a><span>, इंदौर
# </span>`). Brahmic names hold vowel signs (combining marks) the Latin name reader does not take for letters:
# they are read here only in that shape, never as a name anywhere else.
_AUTHOR_PAGE_PATH = re.compile(r"(?i)/(?:authors?|profile|reporters?|lekhak|writers?|journalists?)/[^/?#]")
_AUTHOR_PAGE_LINKS = 20
_BRAHMIC = re.compile(r"[\u0900-\u0dff\u0e00-\u0e7f]")
_BRAHMIC_NAME_WORDS = (2, 4)
_CITY_AFTER_LINK_CHARS = 40


def _brahmic_author_link_byline(people: _People, soup: BeautifulSoup, article: Article) -> None:
    if not _no_person_credited(people) or not _may_be_in_brahmic_script(article):
        return
    for link in soup.find_all("a", href=_AUTHOR_PAGE_PATH, limit=_AUTHOR_PAGE_LINKS):
        name = " ".join(element_text(link).split())
        if _brahmic_name(name) and _city_span_after(link) and not in_excluded_area(link):
            people.authors, people.author_source, people.labelled = [name], "visible:byline", True
            return


# Languages written in the Brahmic scripts `_BRAHMIC` covers (Devanagari to Sinhala, and Thai).
_BRAHMIC_LANGUAGES = frozenset(
    {"hi", "mr", "ne", "sa", "bn", "as", "pa", "gu", "or", "ta", "te", "kn", "ml", "si", "th"}
)


def _may_be_in_brahmic_script(article: Article) -> bool:
    """The page's language is one of those scripts', or its headline is written in one (a page declared `en`
    by its theme): the author links are not looked for on every other page (a walk over all the links)."""
    language = (article.language or "").split("-")[0].lower()
    return language in _BRAHMIC_LANGUAGES or bool(_BRAHMIC.search(article.title or ""))


def _brahmic_name(text: str) -> bool:
    """Two to four words of a Brahmic script's letters and vowel signs, no desk word (`वेब डेस्क`, `संवाददाता`)."""
    from telisik.extract.bylines import is_desk

    words = text.split()
    low, high = _BRAHMIC_NAME_WORDS
    if not low <= len(words) <= high or not _BRAHMIC.search(text) or is_desk(text):
        return False
    return all(ch.isalpha() or unicodedata.category(ch) in {"Mn", "Mc"} for word in words for ch in word)


def _city_span_after(link: Tag) -> bool:
    """A short `, <city>` span follows the link (or the box holding the link alone: `<span class=author><a>…</a>
    </span>, <span class=city>भोपाल</span>`)."""
    node: Tag = link
    parent = link.parent
    if link.find_next_sibling() is None and parent is not None and element_text(parent) == element_text(link):
        node = parent
    after = node.find_next_sibling()
    if after is None or after.name != "span" or text_longer_than(after, _CITY_AFTER_LINK_CHARS):
        return False
    between = node.next_sibling
    comma = isinstance(between, NavigableString) and between is not after and str(between).strip() == ","
    text = element_text(after).strip()
    if comma and not text.startswith(","):
        text = ", " + text
    return text.startswith(",") and len(text.strip(", ").split()) in {1, 2}
