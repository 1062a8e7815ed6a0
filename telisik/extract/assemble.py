"""Assembling an `Article` from one page: parse once, read metadata in order of trust, then the body.

How each field is decided (the source that won is recorded in `article.sources`):

- canonical_url: `<link rel=canonical>`, og:url, JSON-LD url/mainEntityOfPage, else the fetched URL; made
  absolute and normalised; a canonical pointing at the site's home page for an inner URL is ignored.
- title: the visible heading (h1/h2/heading-like) that agrees with the metadata titles, in its visible wording;
  otherwise the best metadata title with site-name prefixes/suffixes removed (`telisik.extract.headline`).
- published: machine-readable candidates in order of trust (JSON-LD article node, `article:published_time`,
  other meta, microdata, `<time datetime>` near the headline, JSON-LD WebPage node) and the visible date line
  near the headline. When the visible line has a full date and time, the first machine value on the same
  minute wins (it carries the seconds); when none agrees, the visible one wins. Values later than the fetch
  time + 1 day are rejected. Pages in Indonesian are expressed in the visible line's zone, else WIB (+07:00);
  a time without zone on an Indonesian page is WIB (`telisik.extract.published`).
- authors: labelled credit lines (`Penulis:`, `Reporter:`, `Oleh`, `By` ...), then the byline next to the
  headline, then JSON-LD `author`, then author meta tags. The visible page beats JSON-LD because some sites
  put the editor into JSON-LD `author`. Only person names are kept (site, channel and agency names are passed
  to the byline parser as non-persons). The editor never appears among unlabelled authors.
- editor: labelled credit lines (`Editor`, `Redaktur`, `Red`), then `content_editor`-style meta
  (`telisik.extract.people`).
- language: `<html lang>`, og:locale, content-language, JSON-LD inLanguage; a small stopword test overrides a
  declared English when the text is plainly Indonesian (a common template default).
- section: `article:section`, JSON-LD articleSection, other section meta, then the breadcrumb trail.
- tags: `article:tag`, JSON-LD keywords, rel=tag links or a tag-list box, then news_keywords-style meta.
- page_urls / single_page_url: `telisik.extract.pagination.find_pagination`; a site rule's single-page template.
- body: `telisik.extract.body.extract_body`, with the byline/date/credit lines as `skip_texts`, run last;
  JSON-LD `articleBody` replaces it when it is long and the visible text holds less than 60 % of its words.
- lead: the standfirst shown between headline and text (`telisik.extract.lead`), read before the body; a body
  that holds it keeps it (there is then no separate lead), so nothing is shown twice.
- agencies: organisations credited as authors (`telisik.extract.people`).
Site rules (`rules`), when given, override title, byline and date with their selectors and set the zone.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timezone, tzinfo
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.element import AttributeDict

from telisik.article import Article
from telisik.cleantext import fold_for_matching, normalize_paragraphs
from telisik.extract.credits import in_excluded_area, is_share_widget
from telisik.extract.dates import WIB
from telisik.extract.headline import Headline, choose_headline, clean_title
from telisik.extract.jsonld import MAX_KEYWORDS, JsonLdArticle, read_jsonld
from telisik.extract.kinds import decide_kind, page_evidence
from telisik.extract.lead import _PROMO as _LEAD_PROMO
from telisik.extract.lead import find_lead, split_lead
from telisik.extract.metadata import (
    LANGUAGE_SAMPLE_CHARS,
    TITLE_SEPARATOR,
    Element,
    PageScan,
    element_text,
    first_meta,
    scan_page,
    single_line,
)
from telisik.extract.people import is_indonesian_page, set_people
from telisik.extract.prestrip import strip_inert_markup
from telisik.extract.published import set_dates
from telisik.extract.siterules import rule_elements

SECTION_META = ("article:section", "parsely-section", "section", "category", "dtk:kanal", "content_category")
TAG_META = ("article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "dc.subject")
IMAGE_META = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "image",
    "thumbnailurl",
)
DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
LANGUAGE_META = ("og:locale", "content-language", "language", "dc.language", "dcterms.language")

_ID_STOPWORDS = frozenset(
    "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada oleh sebagai telah sudah "
    "bisa kata mereka saat atau lebih para kami kita tersebut menjadi dia hingga namun adalah".split()
)
_EN_STOPWORDS = frozenset(
    "the and of to in is that for it with as was on be by at this are from have has an not but were they his "
    "which their said would will".split()
)
_WORD = re.compile(r"[a-z]+")


_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_page(html: str | bytes, content_type: str | None) -> str:
    """The page as text: bytes are decoded with the verified declared charset (telisik.charset)."""
    if isinstance(html, str):
        # A lone surrogate (text decoded with `surrogateescape`, or built by hand) cannot be fed to lxml.
        if _SURROGATE.search(html):
            return _SURROGATE.sub("\ufffd", html)
        return html
    try:
        from telisik.charset import decode_html

        return decode_html(bytes(html), content_type)[0]
    except Exception:  # noqa: BLE001 - decoding must never fail the extraction
        return bytes(html).decode("utf-8", errors="replace")


def assemble_article(
    html: str | bytes,
    url: str | None,
    *,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
    rules: Any = None,
) -> Article:
    """Build the `Article` for one page."""
    from telisik.extract import PARSER_VERSION

    article = Article(url=url, fetched_at=fetched_at, parser_version=PARSER_VERSION)
    text = decode_page(html, content_type)
    if not text.strip():
        return article
    # One parse. Class and rel stay plain strings (multi_valued_attributes=None): splitting them into lists
    # for every element is parse time spent for nothing, as all readers match patterns on the joined string.
    # A plain attribute dict: lxml hands over str values only, so bs4's converting dict is pure overhead.
    soup = BeautifulSoup(
        strip_inert_markup(text), "lxml", multi_valued_attributes=None, attribute_dict_class=AttributeDict
    )
    if soup.body is None and re.search(r"(?i)<body[\s>]", text):
        # The stripped text left a construct the parser never closed (a script whose JavaScript holds
        # markup-like strings): the tree ends in the head. Parse the page as served instead.
        soup = BeautifulSoup(text, "lxml", multi_valued_attributes=None, attribute_dict_class=AttributeDict)
    scan = scan_page(soup)
    og_url = first_meta(scan, "og:url")
    jsonld = (
        read_jsonld(scan.jsonld_texts, (url, scan.canonical, og_url[1] if og_url else None))
        or JsonLdArticle()
    )

    _set_urls(article, scan, jsonld, url)
    site_names = _site_names(scan, jsonld, article)
    article.language = _language(article, scan, jsonld)
    indonesian = is_indonesian_page(article)
    site_tz = getattr(rules, "default_timezone", None) if rules is not None else None
    local_tz: tzinfo | None = site_tz or (WIB if indonesian else None)
    default_tz: tzinfo = local_tz or timezone.utc

    headline = _rule_headline(soup, scan, rules) or choose_headline(scan, jsonld.headline, site_names)
    anchor = headline.element.index if headline and headline.element else None
    if headline:
        article.title = headline.text
        article.sources["title"] = headline.source

    skip_texts: list[str] = []
    set_dates(
        article,
        soup,
        scan,
        jsonld,
        anchor,
        fetched_at,
        default_tz,
        local_tz,
        rules,
        skip_texts,
        page_text=text,
    )
    set_people(article, soup, scan, jsonld, anchor, site_names, rules, skip_texts)
    _set_descriptive_fields(article, scan, jsonld, site_names, url)

    _set_pagination(article, soup, scan, url)
    evidence = page_evidence(
        scan, article.canonical_url or url, jsonld_weak=jsonld.is_weak
    )  # before the body
    # The lead before the body (body extraction may mutate the tree); the body last.
    lead = find_lead(
        headline.element.tag if headline and headline.element else None, skip_texts, article.description
    )
    headline_tag = headline.element.tag if headline and headline.element else None
    opening: list[str] = []  # paragraphs set in their own box between the headline and the text
    # the outlet's own name (not the host's labels): a line that is only it is a credit in the byline row
    outlet_names = [name for name in (article.site_name, jsonld.publisher) if name]
    if not outlet_names:  # no metadata: the name the <title> closes with (`Headline | NU Online Jatim`)
        outlet_names = _title_suffix(scan.title_text, article.title)
    article.body = _body(
        soup, article, skip_texts, rules, headline_tag, opening, outlet_names, jsonld_texts=scan.jsonld_texts
    )
    if len(article.body) < MAX_BODY_FOR_NOSCRIPT and "<noscript" in text.lower():
        opened = _body_from_noscript(text, article, skip_texts, rules)
        if len(opened) > len(article.body):
            article.body, opening = opened, []
    if article.body:
        article.sources["body"] = "visible:body"
    fallback = _jsonld_body_instead(article.body, jsonld.body) if rules is None else None
    if fallback:
        article.body, article.sources["body"] = fallback, "jsonld:articleBody"
    elif rules is None and len(article.body) < MAX_BODY_FOR_WORK_TEXT and jsonld.work_text:
        article.body, article.sources["body"] = _jsonld_text(jsonld.work_text), "jsonld:work"
        opening = []
    opening = _about_the_story(opening, article.body, article.title)
    article.body, lead = _place_opening(article.body, lead, opening)
    article.body, article.lead = split_lead(article.body, lead)
    if article.lead:
        article.sources["lead"] = "visible:lead"
    if article.single_page_url is None and rules is not None and url:
        single = getattr(rules, "single_page_url_for", None)
        article.single_page_url = single(url) if callable(single) else None
        if article.single_page_url:
            article.sources["single_page_url"] = "rule:single_page_template"
    decide_kind(article, evidence)
    return article


# --- URLs and site ---------------------------------------------------------------------------------------


def _normalize(url: str) -> str:
    try:
        from telisik.urls import normalize_url

        return normalize_url(url)
    except Exception:  # noqa: BLE001 - a malformed URL keeps its raw form
        return url


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def _is_home(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


def _set_urls(article: Article, scan: PageScan, jsonld: JsonLdArticle, url: str | None) -> None:
    candidates = [("link:canonical", scan.canonical)]
    og = first_meta(scan, "og:url", "twitter:url")
    if og:
        candidates.append((f"meta:{og[0]}", og[1]))
    candidates.append(("jsonld:url", jsonld.url))
    for source, value in candidates:
        if not value:
            continue
        try:
            absolute = urljoin(url, value) if url else value
        except ValueError:  # a mangled URL ("http://[x/"): not a canonical URL
            continue
        if not absolute.lower().startswith(("http://", "https://")):
            continue
        if url and _is_home(absolute) and not _is_home(url):
            continue  # a template canonical to the home page would merge every article into one
        article.canonical_url = _normalize(absolute)
        article.sources["canonical_url"] = source
        break
    if article.canonical_url is None and url:
        article.canonical_url = _normalize(url)
        article.sources["canonical_url"] = "url"
    article.site = _host(article.canonical_url) or _host(url)
    if article.site:
        article.sources["site"] = "canonical_url" if _host(article.canonical_url) else "url"


def _site_names(scan: PageScan, jsonld: JsonLdArticle, article: Article) -> list[str]:
    """Names of the site, channel and publisher: never persons."""
    names: list[str] = []
    for key in ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher"):
        for value in scan.meta.get(key, ())[:1]:
            names.append(value.lstrip("@"))
    if jsonld.publisher:
        names.append(jsonld.publisher)
    for host in {article.site, _host(article.url)}:
        if host:
            names.append(host)
            labels = [
                label for label in host.split(".") if label not in ("www", "m", "com", "co", "id", "net")
            ]
            names.extend(labels)
    site_name = scan.meta.get("og:site_name", [None])[0] or jsonld.publisher
    if site_name and not re.match(r"(?i)https?://", site_name):
        article.site_name = site_name
        article.sources["site_name"] = (
            "meta:og:site_name" if scan.meta.get("og:site_name") else "jsonld:publisher"
        )
    return [n for n in dict.fromkeys(names) if n]


# --- language --------------------------------------------------------------------------------------------


def _primary_tag(value: str | None) -> str | None:
    if not value:
        return None
    tag = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    if tag == "in":  # the withdrawn ISO 639 code for Indonesian, still served by old templates
        tag = "id"
    return tag if re.fullmatch(r"[a-z]{2,3}", tag) else None


def _stopword_language(scan: PageScan, title: str | None) -> str | None:
    text = " ".join([title or "", *scan.meta.get("description", [])[:1], *scan.paragraphs[:8]])
    text = text[:LANGUAGE_SAMPLE_CHARS]
    words = _WORD.findall(fold_for_matching(text))
    if len(words) < 8:
        return None
    id_hits = sum(w in _ID_STOPWORDS for w in words) / len(words)
    en_hits = sum(w in _EN_STOPWORDS for w in words) / len(words)
    if id_hits >= 0.06 and id_hits > 2 * en_hits:
        return "id"
    if en_hits >= 0.06 and en_hits > 2 * id_hits:
        return "en"
    return None


def _language(article: Article, scan: PageScan, jsonld: JsonLdArticle) -> str | None:
    declared: tuple[str, str | None] | None = None
    if _primary_tag(scan.html_lang):
        declared = ("html:lang", _primary_tag(scan.html_lang))
    else:
        for key in LANGUAGE_META:
            for value in scan.meta.get(key, ())[:1]:
                if declared is None and _primary_tag(value):
                    declared = (f"meta:{key}", _primary_tag(value))
        if declared is None and _primary_tag(jsonld.language):
            declared = ("jsonld:inLanguage", _primary_tag(jsonld.language))
    detected = _stopword_language(scan, scan.meta.get("og:title", [scan.title_text])[0])
    if declared and not (declared[1] == "en" and detected == "id"):
        article.sources["language"] = declared[0]
        return declared[1]
    if detected:
        article.sources["language"] = "text:stopwords"
        return detected
    return None


# --- description, section, tags, image -------------------------------------------------------------------


def _split_tags(values: list[str]) -> list[str]:
    """The distinct comma-separated tags of `values`, in order (at most MAX_KEYWORDS: a hostile page may list
    thousands)."""
    tags: dict[str, None] = {}
    for value in values:
        for part in value.split(","):
            part = single_line(part)
            if part:
                tags[part] = None
                if len(tags) >= MAX_KEYWORDS:
                    return list(tags)
    return list(tags)


def _set_descriptive_fields(
    article: Article, scan: PageScan, jsonld: JsonLdArticle, site_names: list[str], url: str | None
) -> None:
    found = first_meta(scan, *DESCRIPTION_META)
    if found:
        article.description, article.sources["description"] = found[1], f"meta:{found[0]}"
    elif jsonld.description:
        article.description, article.sources["description"] = jsonld.description, "jsonld:description"

    found = first_meta(scan, SECTION_META[0])
    if found:
        article.section, article.sources["section"] = found[1], f"meta:{found[0]}"
    elif jsonld.section:
        article.section, article.sources["section"] = jsonld.section, "jsonld:articleSection"
    else:
        found = first_meta(scan, *SECTION_META[1:])
        if found:
            article.section, article.sources["section"] = found[1], f"meta:{found[0]}"
        else:
            _set_breadcrumb_section(article, scan, jsonld, site_names)

    if scan.meta.get("article:tag"):
        article.tags, article.sources["tags"] = _split_tags(scan.meta["article:tag"]), "meta:article:tag"
    elif jsonld.keywords:
        article.tags, article.sources["tags"] = list(jsonld.keywords), "jsonld:keywords"
    else:
        visible = _visible_tags(scan)
        if visible:
            article.tags, article.sources["tags"] = visible, "visible:rel-tag"
        else:
            for key in TAG_META[1:]:
                if scan.meta.get(key):
                    article.tags, article.sources["tags"] = _split_tags(scan.meta[key][:1]), f"meta:{key}"
                    break

    found = first_meta(scan, *IMAGE_META)
    image = found[1] if found else jsonld.image
    if image:
        try:
            article.image = urljoin(url, image) if url else image
        except ValueError:  # `http://[bad/x.jpg`: an unparsable address is kept as written, never a crash
            article.image = image
        article.sources["image"] = f"meta:{found[0]}" if found else "jsonld:image"


_HOME_WORDS = frozenset({"home", "beranda", "index", "indeks", "news", "berita", "halaman utama", "homepage"})


def _section_from_trail(names: list[str], article: Article, site_names: list[str]) -> str | None:
    """The innermost section of a breadcrumb trail: not the home link, the site, or the article itself."""
    skip = {fold_for_matching(n) for n in site_names} | _HOME_WORDS
    title = fold_for_matching(article.title or "")
    kept = [n for n in names if fold_for_matching(n) not in skip and fold_for_matching(n) != title]
    kept = [n for n in kept if len(n) <= 40 and len(n.split()) <= 4]
    return kept[-1] if kept else None


def _set_breadcrumb_section(
    article: Article, scan: PageScan, jsonld: JsonLdArticle, site_names: list[str]
) -> None:
    section = _section_from_trail(jsonld.breadcrumb, article, site_names)
    source = "jsonld:breadcrumb"
    if section is None and scan.breadcrumbs:
        links = scan.breadcrumbs[0].tag.find_all("a")
        section = _section_from_trail([element_text(a) for a in links], article, site_names)
        source = "visible:breadcrumb"
    if section:
        article.section, article.sources["section"] = section, source


def _looks_like_tag(text: str) -> bool:
    return bool(text) and len(text) <= 40 and len(text.split()) <= 5


def _visible_tags(scan: PageScan) -> list[str]:
    """Tags shown on the page: rel=tag links, else the links of the first tag-list box outside sidebars.

    A box whose links read like headlines (long) is a related-articles list, not tags."""
    links = [e.tag for e in scan.tag_links if not in_excluded_area(e.tag)]
    if not links:
        for box in scan.tag_boxes:
            if in_excluded_area(box.tag) or is_share_widget(box.tag):
                continue  # `share-tools--event-tag`: a share bar, not a tag list
            texts = [element_text(a).lstrip("#").strip() for a in box.tag.find_all("a")]
            texts = [t for t in texts if t]
            if texts and sum(map(_looks_like_tag, texts)) > len(texts) / 2:
                links = box.tag.find_all("a")
                break
    texts = [element_text(link).lstrip("#").strip() for link in links]
    return [
        t for t in dict.fromkeys(texts) if _looks_like_tag(t) and t.lower() not in ("tags", "tag", "topik")
    ]


# --- body and pagination ---------------------------------------------------------------------------------


def _rule_headline(soup: BeautifulSoup, scan: PageScan, rules: Any) -> Headline | None:
    elements = rule_elements(soup, rules, "title_selector")
    element = elements[0] if elements else None
    text = element_text(element) if element is not None else ""
    if not text:
        return None
    index = scan.index_of.get(id(element))
    found = Element(element, index) if index is not None and element is not None else None
    return Headline(text, "rule:title", found)


# characters: a longer lone opening paragraph is the text's first, not a standfirst (lead.py's bound)
MAX_STANDFIRST_CHARS = 900


# a word of the opening that may tie it to the story (shorter words are mostly function words)
_OPENING_WORD = re.compile(r"[^\W\d_]{5,}")
_OPENING_WORD_REACH = 3000  # characters of the text whose words an opening paragraph may share
_OPENING_MIN_SHARED = 1  # a content word an opening paragraph shares with the headline or the text's start
_OPENING_MIN_WORDS = 6  # a paragraph with fewer spaced words (CJK, Thai) is not asked


def _about_the_story(opening: list[str], body: str, title: str | None) -> list[str]:
    """The opening paragraphs that share a content word with the headline or the text's start: a standfirst
    retells the story; a notice set in its place does not (a subscription or gift notice, an affiliate
    disclosure, a sponsor label, an embed's consent text), nor is a subscription box. Only over a body: a page whose only text is the
    opening keeps it."""
    if not opening or not body:
        return opening
    story = f"{title or ''} {body[:_OPENING_WORD_REACH]}"
    story_words = {word.casefold() for word in _OPENING_WORD.findall(story)}
    kept = []
    for paragraph in opening:
        words = {word.casefold() for word in _OPENING_WORD.findall(paragraph)}
        if _LEAD_PROMO.search(paragraph):
            continue  # a subscription or newsletter box is never the lead (lead.py), nor the opening
        if len(paragraph.split()) < _OPENING_MIN_WORDS or len(words & story_words) >= _OPENING_MIN_SHARED:
            kept.append(paragraph)
    return kept


def _place_opening(body: str, lead: str | None, opening: list[str]) -> tuple[str, str | None]:
    """(body, lead) with the paragraphs set between the headline and the text placed, never lost: the one
    lead.py read stays the lead; a lone other paragraph is the lead when there is none (a standfirst by its
    place) when there is none and a body to stand over (also when lead.py's lead is the text's own first
    paragraph); the rest open the body."""
    if not opening:
        return body, lead
    if body and lead and split_lead(body, lead)[1] is None:
        lead = None  # lead.py read the text's own first paragraph: the standfirst above it is the lead
    folded_lead = " ".join(lead.split()).casefold() if lead else ""
    rest = [p for p in opening if not folded_lead or " ".join(p.split()).casefold() not in folded_lead]
    folded_body = " ".join(body.split()).casefold()
    rest = [p for p in rest if " ".join(p.split()).casefold() not in folded_body]  # the text repeats it
    if not lead and body and len(rest) == 1 and len(rest[0]) <= MAX_STANDFIRST_CHARS:
        return body, rest[0]
    if not rest:
        return body, lead
    opened = "\n\n".join(rest)
    return (f"{opened}\n\n{body}" if body else opened), lead


def _body(
    soup: BeautifulSoup,
    article: Article,
    skip_texts: list[str],
    rules: Any,
    headline: Any = None,
    opening: list[str] | None = None,
    site_names: list[str] | None = None,
    *,
    jsonld_texts: list[str] | None = None,
) -> str:
    try:
        from telisik.extract.body import extract_body
    except ImportError:
        return ""
    return extract_body(
        soup,
        url=article.url,
        title=article.title,
        skip_texts=tuple(dict.fromkeys(skip_texts)),
        rules=rules,
        headline=headline,
        opening=opening,
        site_names=tuple(site_names or ()),
        jsonld_texts=jsonld_texts,
    )


_MAX_TITLE_SUFFIX = 40


def _title_suffix(title_text: str | None, headline: str | None) -> list[str]:
    """The site's name as the document title's last segment after the headline, or nothing."""
    if not title_text or not headline:
        return []
    parts = TITLE_SEPARATOR.split(title_text)
    if len(parts) < 2 or not title_text.casefold().startswith(headline.casefold()[:30]):
        return []
    suffix = parts[-1].strip()
    if not 2 <= len(suffix) <= _MAX_TITLE_SUFFIX or suffix.casefold() in headline.casefold():
        return []
    return [suffix]


# A body this short is a widget's line or a notice: a page that keeps its text in `<noscript>` is read again.
MAX_BODY_FOR_NOSCRIPT = 200


def _body_from_noscript(text: str, article: Article, skip_texts: list[str], rules: Any) -> str:
    """The body of a page that renders its article with JavaScript and keeps the text only in `<noscript>`
    (Blogger's dynamic templates put the post in a `<script type="text/template">` and, for readers without
    scripts, in a `<noscript>`): the page parsed again with the `<noscript>` blocks opened. Only tried when
    the page gave no body, or one shorter than `MAX_BODY_FOR_NOSCRIPT` (a sidebar widget's line)."""
    soup = BeautifulSoup(text, "lxml", multi_valued_attributes=None, attribute_dict_class=AttributeDict)
    for block in soup.find_all("noscript"):
        block.unwrap()
    return _body(soup, article, skip_texts, rules)


_WORDS = re.compile(r"\w+")
# The JSON-LD text replaces the visible one only when it is long and the visible text holds little of it: an
# article thrown away with a boilerplate-classed ancestor, or cut into pieces the extractor did not join.
MIN_JSONLD_BODY_CHARS = 400
# A visible text shorter than this is no text of the page's own: a script-rendered how-to or recipe page's text is
# then read from its JSON-LD (jsonld._work_text). The recipe card a page shows is read as shown.
MAX_BODY_FOR_WORK_TEXT = 200
MAX_SHARED_SHARE = 0.6


def _jsonld_text(value: str, *, normalize: bool = True) -> str:
    """A JSON-LD text field as plain paragraphs: many sites put (escaped) HTML there."""
    text = unescape(value)  # first: some sites escape the HTML they put there
    if "<" in text and ">" in text:
        text = BeautifulSoup(re.sub(r"(?i)</p>|<br\s*/?>", "\n\n", text), "lxml").get_text()
    return normalize_paragraphs(text) if normalize else text


def _jsonld_body_instead(body: str, jsonld_body: str | None) -> str | None:
    """JSON-LD `articleBody` as plain paragraphs when it is the article and the visible extraction missed it."""
    if not jsonld_body or len(jsonld_body) < MIN_JSONLD_BODY_CHARS or len(jsonld_body) < 1.5 * len(body):
        return None
    text = _jsonld_text(jsonld_body, normalize=False)
    repeat = text.find(text[:120], 120)
    if repeat > 0:  # the whole text twice over (a template bug seen on several CMSs): keep it once
        text = text[:repeat]
    expected = _WORDS.findall(text.lower())
    if len(expected) < 60:
        return None
    shared = sum((Counter(expected) & Counter(_WORDS.findall(body.lower()))).values()) / len(expected)
    if shared > MAX_SHARED_SHARE:
        return None
    return normalize_paragraphs(text)


def _set_pagination(article: Article, soup: BeautifulSoup, scan: PageScan, url: str | None) -> None:
    try:
        from telisik.extract.pagination import find_pagination
    except ImportError:
        return
    base = url or article.canonical_url
    if not base:
        return
    try:
        pagination = find_pagination(soup, base, scan=scan)
    except Exception:  # noqa: BLE001 - pagination is optional: a failure leaves the article single-page
        return
    article.page_urls = list(pagination.page_urls)
    article.single_page_url = pagination.single_page_url
    if article.page_urls:
        article.sources["page_urls"] = "visible:pagination"
    if article.single_page_url:
        article.sources["single_page_url"] = "visible:pagination"


__all__ = ["assemble_article", "decode_page", "clean_title"]
