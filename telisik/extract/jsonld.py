"""JSON-LD reading: tolerant parsing of `<script type="application/ld+json">` blocks and the article node in them.

Real pages ship broken JSON-LD: trailing commas, raw control characters inside strings, HTML comments or CDATA
wrappers, several objects concatenated in one script. `parse_jsonld_text` repairs what it safely can and
returns every object it finds. `read_jsonld` flattens `@graph` containers, resolves `@id` references and picks
the node that describes the article, preferring real article types over a generic `WebPage`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from telisik.extract.metadata import single_line

# Types that describe a news article, strongest first; WebPage only as a weaker fallback.
ARTICLE_TYPES = (
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "liveblogposting",
    "article",
    "blogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
)
WEAK_TYPES = ("webpage", "itempage", "collectionpage")

_COMMENT_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f]")
# Real JSON-LD nests a dozen levels; deeper values are hostile and would overflow the readers' recursion.
MAX_DEPTH = 64
# JSON-LD a second reader parses for one question (a product, an event, a job ad): a page whose blocks hold more
# is a listing or a hostile page, and the question's answer is no.
MAX_JSONLD_CHARS = 200_000
# More names or keywords than a page could credit: enough for any real article, and a bound on the work.
MAX_NAMES = 50
MAX_KEYWORDS = 200


@dataclass
class JsonLdArticle:
    """The article fields read from JSON-LD (raw values; dates are strings, parsed later)."""

    type: str | None = None
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    # Authors typed Organization (a news agency, the newsroom itself): credited, but not persons.
    organization_authors: list[str] = field(default_factory=list)
    # Persons left out of `authors` as photographers alone (`jobTitle: Fotograf` beside a writer): restored by
    # the people reader when the visible byline credits them for words (`Text und Fotos: …`).
    photographers: list[str] = field(default_factory=list)
    date_published: str | None = None
    date_modified: str | None = None
    # A LiveBlogPosting's `coverageStartTime`: a publication date only on a page that states no other one.
    coverage_start: str | None = None
    publisher: str | None = None
    image: str | None = None
    section: str | None = None
    keywords: list[str] = field(default_factory=list)
    description: str | None = None
    language: str | None = None
    url: str | None = None
    body: str | None = None
    # The text of the page's main recipe or how-to (description, ingredients, steps): see `_work_text`.
    work_text: str | None = None
    breadcrumb: list[str] = field(default_factory=list)  # BreadcrumbList names, in position order
    is_weak: bool = False  # read from a WebPage-like node, not an article node


def parse_jsonld_text(text: str) -> list[Any]:
    """All JSON values in one script's text; broken JSON repaired where possible, unparseable text skipped."""
    text = _COMMENT_WRAPPERS.sub("", text.strip()).strip()
    if not text:
        return []
    for candidate in (text, _repair(text)):
        values = _decode_all(candidate)
        if values:
            return values
    return []


def _repair(text: str) -> str:
    """Fix the common breakages: control characters inside strings and trailing commas."""
    text = _CONTROL_CHARS.sub(" ", text)
    return _TRAILING_COMMA.sub(r"\1", text)


def _decode_all(text: str) -> list[Any]:
    """Decode one or more concatenated JSON values; stop at the first undecodable position."""
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    index = 0
    length = len(text)
    while index < length:
        while index < length and text[index] in " \t\r\n;,":
            index += 1
        if index >= length:
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except (ValueError, RecursionError):
            break
        if not _nested_deeper_than(value, MAX_DEPTH):
            values.append(value)
    return values


def _nested_deeper_than(value: Any, limit: int) -> bool:
    """Whether lists and objects nest more than `limit` levels inside `value` (an iterative walk)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values() if isinstance(child, (dict, list)))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item if isinstance(child, (dict, list)))
    return False


def flatten_nodes(values: list[Any]) -> list[dict]:
    """Every object node: top-level values, lists, and `@graph` members (nested graphs too)."""
    nodes: list[dict] = []
    stack = list(reversed(values))
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            graph = value.get("@graph")
            if graph is not None:
                stack.extend(reversed(graph if isinstance(graph, list) else [graph]))
            # A WebPage often wraps the article as its mainEntity.
            main_entity = value.get("mainEntity")
            if isinstance(main_entity, (dict, list)):
                stack.append(main_entity)
            if any(key != "@graph" and key != "@context" for key in value):
                nodes.append(value)
    return nodes


def _types(node: dict) -> list[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return [v.lower() for v in values if isinstance(v, str)]


def _rank(node: dict) -> int | None:
    """Lower is better; None for nodes that do not describe the page's article."""
    types = _types(node)
    for rank, name in enumerate(ARTICLE_TYPES):
        if name in types:
            return rank
    for rank, name in enumerate(WEAK_TYPES):
        if name in types:
            return 100 + rank
    return None


def _url_key(url: str) -> str:
    url = url.strip().lower().split("#", 1)[0]
    url = re.sub(r"^https?://(www\.)?", "", url)
    return url.rstrip("/")


def _describes_page(node: dict, page_keys: set[str]) -> bool:
    for key in ("url", "@id", "mainEntityOfPage"):
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and _url_key(value) in page_keys:
            return True
    return False


def read_jsonld(script_texts: list[str], page_urls: tuple[str | None, ...] = ()) -> JsonLdArticle | None:
    """The article described by a page's JSON-LD scripts, or None when there is none.

    Among several article nodes (some pages describe related stories too), the one whose url/@id/
    mainEntityOfPage is one of `page_urls` (the fetched and canonical URLs) wins, then the strongest type."""
    values: list[Any] = []
    for text in script_texts:
        values.extend(parse_jsonld_text(text))
    nodes = flatten_nodes(values)
    if not nodes:
        return None
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    ranked = [(rank, i, node) for i, node in enumerate(nodes) if (rank := _rank(node)) is not None]
    breadcrumb = _breadcrumb(nodes, by_id)
    if not ranked:
        found = JsonLdArticle(breadcrumb=breadcrumb, is_weak=True)
        _work_authors(found, nodes, by_id, [], set())
        _work_text(found, nodes, by_id, [], set())
        return found if breadcrumb or found.authors or found.organization_authors or found.work_text else None
    page_keys = {_url_key(u) for u in page_urls if u}
    if page_keys:
        ranked.sort(
            key=lambda item: (item[0] >= 100, not _describes_page(item[2], page_keys), item[0], item[1])
        )
    else:
        ranked.sort(key=lambda item: (item[0], item[1]))
    best_rank, _, best = ranked[0]
    result = _read_node(best, by_id)
    result.is_weak = best_rank >= 100
    result.breadcrumb = breadcrumb
    # A weak WebPage node still fills what the article node lacks (Yoast puts dates on WebPage).
    for rank, _, node in ranked[1:]:
        if rank >= 100:
            _fill_missing(result, _read_node(node, by_id))
    _work_authors(result, nodes, by_id, [node for _, _, node in ranked], page_keys)
    _work_text(result, nodes, by_id, [node for _, _, node in ranked], page_keys)
    return result


# The work a blog post presents, described apart from the post: WP Recipe Maker's, Tasty Recipes' and Mediavine
# Create's `Recipe` node, a how-to plugin's `HowTo`. Its `author` is the post's writer on food and craft blogs
# whose theme prints no Person author in the article node.
_WORK_TYPES = ("recipe", "howto")


def _work_authors(
    result: JsonLdArticle, nodes: list[dict], by_id: dict[str, dict], pages: list[dict], page_keys: set[str]
) -> None:
    """Fill the authors from the page's recipe or how-to node when the article node names none, and only when
    that node is the page's main entity: the only node described (no article or WebPage node), its url or
    mainEntityOfPage is the page's, or its name opens the article's or WebPage's headline (`Torta di mele della
    nonna Ada` under `Torta di mele della nonna Ada (senza burro)`). A roundup (`Ten best apple pies`) holding
    one other cook's Recipe credits no one."""
    if result.authors or result.organization_authors:
        return
    work = _main_work(nodes, pages, page_keys)
    if work is None:
        return
    credited = work.get("author") or work.get("creator")
    items = credited if isinstance(credited, list) else [credited]
    # Only Person nodes: recipe plugins write the writer as a Person; a bare string there is mostly the brand
    # or the site's account (`"author": "EAT SMARTER"`, `"author": "przepisy.pl"`).
    persons = [item for item in (_resolve(i, by_id) for i in items[:MAX_NAMES]) if _is_person_node(item)]
    result.authors = _names(persons, by_id)


def _main_work(nodes: list[dict], pages: list[dict], page_keys: set[str]) -> dict | None:
    """The page's one recipe or how-to node when it is what the page presents (see `_work_authors`)."""
    works = [node for node in nodes if any(t in _WORK_TYPES for t in _types(node))]
    if len(works) != 1:
        return None  # none, or a carousel of other recipes (each by its own cook): not this post's
    if pages and not _is_main_work(works[0], pages, page_keys):
        return None
    return works[0]


def _work_text(
    result: JsonLdArticle, nodes: list[dict], by_id: dict[str, dict], pages: list[dict], page_keys: set[str]
) -> None:
    """The text of the page's main recipe or how-to: its description, ingredients and steps, in order. Sites
    built as script-rendered apps (homify's DIY pages, React and Vue recipe and craft sites) send that text only
    in the JSON-LD and their state blob; the caller uses it only for a page whose visible text is next to
    nothing (assemble._work_text_instead): the recipe card a page shows is read as shown."""
    work = _main_work(nodes, pages, page_keys)
    if work is None:
        return
    parts: list[str] = []
    description = _text(work.get("description"))
    if description:
        parts.append(description)
    for key in ("recipeIngredient", "tool", "supply"):
        parts.extend(_step_texts(work.get(key), by_id))
    parts.extend(_step_texts(work.get("step") or work.get("recipeInstructions"), by_id))
    result.work_text = "\n\n".join(parts[:MAX_STEPS]) or None


MAX_STEPS = 300  # texts of one recipe or how-to: more than any real one holds, and a bound on the work


def _step_texts(value: Any, by_id: dict[str, dict], depth: int = 0) -> list[str]:
    """Texts of a how-to's or recipe's steps: strings, HowToStep/HowToDirection/HowToTip `text`, the items of a
    HowToSection or of a step's `itemListElement`, in order (bounded in depth and count)."""
    if depth > 4 or value is None:
        return []
    items = value if isinstance(value, list) else [value]
    texts: list[str] = []
    for item in items[:MAX_STEPS]:
        item = _resolve(item, by_id)
        if isinstance(item, str):
            text = _text(item)
            texts.extend([text] if text else [])
        elif isinstance(item, dict):
            text = _text(item.get("text")) or (None if "itemListElement" in item else _text(item.get("name")))
            texts.extend([text] if text else [])
            texts.extend(_step_texts(item.get("itemListElement"), by_id, depth + 1))
        if len(texts) >= MAX_STEPS:
            break
    return texts


def _is_main_work(work: dict, pages: list[dict], page_keys: set[str]) -> bool:
    """The recipe or how-to node is what the page presents: its url/mainEntityOfPage is the page's, or its name
    and a headline of the article or WebPage nodes open alike (word by word)."""
    for key in ("url", "mainEntityOfPage"):
        value = work.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and page_keys and _url_key(value) in page_keys:
            return True
    name = _words(_text(work.get("name")))
    if not name:
        return False
    for page in pages[:_PAGES_COMPARED]:
        headline = _words(_text(page.get("headline")) or _text(page.get("name")))
        if headline and (headline[: len(name)] == name or name[: len(headline)] == headline):
            return True
    return False


_PAGES_COMPARED = 5


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", text.lower()) if text else []


def _is_person_node(item: Any) -> bool:
    return isinstance(item, dict) and "person" in _types(item)


def _breadcrumb(nodes: list[dict], by_id: dict[str, dict]) -> list[str]:
    """Names of the first BreadcrumbList's items in position order."""
    for node in nodes:
        if "breadcrumblist" not in _types(node):
            continue
        items = node.get("itemListElement")
        items = items if isinstance(items, list) else [items]
        entries: list[tuple[float, int, str]] = []
        for order, item in enumerate(items):
            item = _resolve(item, by_id)
            if not isinstance(item, dict):
                continue
            name = _text(item.get("name"))
            if name is None:
                thing = _resolve(item.get("item"), by_id)
                name = _text(thing.get("name")) if isinstance(thing, dict) else None
            position = item.get("position")
            try:
                key = float(position)  # type: ignore[arg-type]  # a TypeError is caught
            except (TypeError, ValueError):
                key = float(order)
            if name:
                entries.append((key, order, name))
        if entries:
            return [name for _, _, name in sorted(entries)]
    return []


def _fill_missing(target: JsonLdArticle, source: JsonLdArticle) -> None:
    for name in (
        "headline",
        "date_published",
        "date_modified",
        "coverage_start",
        "image",
        "section",
        "description",
        "language",
        "url",
        "publisher",
    ):
        if getattr(target, name) is None and getattr(source, name) is not None:
            setattr(target, name, getattr(source, name))
    if not target.keywords and source.keywords:
        target.keywords = source.keywords


def _resolve(value: Any, by_id: dict[str, dict], depth: int = 0) -> Any:
    """Replace a `{"@id": ...}` reference by the node it names (bounded, so cycles cannot loop)."""
    if depth < 4 and isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        ref = value.get("@id")
        if isinstance(ref, str) and ref in by_id and by_id[ref] is not value:
            return by_id[ref]
    return value


def _text(value: Any) -> str | None:
    """A clean string from a JSON-LD value (strings, numbers, first of a list, {"@value": ...})."""
    if isinstance(value, list):
        for item in value:
            text = _text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("name"))
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = single_line(str(value))
        return text or None
    return None


# A Person's `jobTitle`/`roleName` naming the pictures' maker and nothing else (`photographer`, `Fotograf`,
# `fotograaf`, `photographe`, `fotógrafo`, `fotografo`, `fotografer`): DPG/Mediahuis-style, German regional and
# Indonesian news sites list every credited person as an `author`. A second role (`Fotografin und Redakteurin`,
# `Photographe et journaliste`) or a photojournalist (`Photojournalist`, `Fotojournalist`, `fotojurnalis`)
# writes too.
# (`telisik.extract.people` reads the same words, and a bare `Foto`/`Photo`, as a role line under a name)
PHOTOGRAPHER_WORDS = (
    r"foto(?:graaf|grafin|grafer|grafo|grafa|grafe|graf)|fotógraf[oa]|photograph(?:er|e)"
    r"|video(?:graf|grafer|grapher|graaf)"
)
_PHOTOGRAPHER_JOB = re.compile(rf"(?i)^\W*(?:{PHOTOGRAPHER_WORDS})\W*$")


def _photographer_node(item: Any) -> bool:
    if not isinstance(item, dict):
        return False
    return any(_PHOTOGRAPHER_JOB.match(_text(item.get(key)) or "") for key in ("jobTitle", "roleName"))


def _photographers_beside_writers(value: Any, by_id: dict[str, dict]) -> list[str]:
    """The persons of an `author` value whose `jobTitle`/`roleName` is a photographer's alone, when another
    Person (not an organisation) is credited beside them as a writer: they are left out of the authors."""
    items = [_resolve(item, by_id) for item in (value if isinstance(value, list) else [value])[:MAX_NAMES]]
    if not any(_is_person_node(item) and not _photographer_node(item) for item in items):
        return []
    return _names([item for item in items if _photographer_node(item)], by_id)


def _authors_without_photographers(value: Any, by_id: dict[str, dict]) -> list[str]:
    """The names of an `author` value without the photographers beside a writer (DPG/Mediahuis-style, German
    regional and Indonesian news sites list every credited person as an `author`)."""
    left_out = set(_photographers_beside_writers(value, by_id))
    return [name for name in _names(value, by_id) if name not in left_out]


def _names(value: Any, by_id: dict[str, dict]) -> list[str]:
    """Names from an author-like value: strings, Person/Organization nodes, lists, @id references."""
    items = value if isinstance(value, list) else [value]
    names: dict[str, None] = {}
    for item in items:
        item = _resolve(item, by_id)
        if isinstance(item, str):
            name = single_line(item)
        elif isinstance(item, dict):
            name = _text(item.get("name")) or _given_and_family_name(item)
        else:
            name = ""
        if name:
            names[name] = None
            if len(names) >= MAX_NAMES:
                break
    return list(names)


def _given_and_family_name(person: dict) -> str:
    """A Person node without `name` but with schema.org's `givenName`/`familyName` (Der Standard, several CMSs
    that write structured names): the name as written, given name first."""
    parts = [_text(person.get(key)) for key in ("givenName", "additionalName", "familyName")]
    return " ".join(part for part in parts if part)


def _organization_names(value: Any, by_id: dict[str, dict]) -> list[str]:
    """Names of the Organization-typed nodes of an author-like value."""
    items = value if isinstance(value, list) else [value]
    names: dict[str, None] = {}
    for item in items:
        item = _resolve(item, by_id)
        if isinstance(item, dict) and any("organization" in t for t in _types(item)):
            name = _text(item.get("name"))
            if name:
                names[name] = None
                if len(names) >= MAX_NAMES:
                    break
    return list(names)


def _url(value: Any, by_id: dict[str, dict]) -> str | None:
    value = _resolve(value, by_id)
    if isinstance(value, list):
        for item in value:
            url = _url(item, by_id)
            if url:
                return url
        return None
    if isinstance(value, dict):
        return _text(value.get("url") or value.get("contentUrl") or value.get("@id"))
    return _text(value)


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list):
        parts = [p for p in value if isinstance(p, str)]
    else:
        return []
    keywords: dict[str, None] = {}
    for part in parts:
        part = single_line(part)
        if part:
            keywords[part] = None
            if len(keywords) >= MAX_KEYWORDS:
                break
    return list(keywords)


def _coverage_start(node: dict, types: list[str]) -> str | None:
    """A live blog's start (schema.org `LiveBlogPosting.coverageStartTime`): Google's live-blog markup,
    Automattic's Liveblog plugin for WordPress and newsroom CMSes (Mediahuis, DPG, Ringier, Schibsted live
    pages) may give only the coverage window. Kept apart from `datePublished`: the page's own publication
    stamps (`article:published_time`, any `datePublished`) win over it (see `published`)."""
    return _text(node.get("coverageStartTime")) if "liveblogposting" in types else None


def _read_node(node: dict, by_id: dict[str, dict]) -> JsonLdArticle:
    types = _types(node)
    publisher = _resolve(node.get("publisher"), by_id)
    main = _resolve(node.get("mainEntityOfPage"), by_id)
    url = _text(node.get("url")) or _url(main, by_id)
    section = node.get("articleSection")
    return JsonLdArticle(
        type=types[0] if types else None,
        headline=_text(node.get("headline")) or _text(node.get("name")),
        authors=_authors_without_photographers(node.get("author") or node.get("creator"), by_id),
        photographers=_photographers_beside_writers(node.get("author") or node.get("creator"), by_id),
        organization_authors=_organization_names(node.get("author") or node.get("creator"), by_id),
        date_published=_text(node.get("datePublished")) or _text(node.get("dateCreated")),
        date_modified=_text(node.get("dateModified")),
        coverage_start=_coverage_start(node, types),
        publisher=next(iter(_names(publisher, by_id)), None),
        image=_url(node.get("image") or node.get("thumbnailUrl"), by_id),
        section=_text(section),
        keywords=_keywords(node.get("keywords")),
        description=_text(node.get("description")),
        language=_text(node.get("inLanguage")),
        url=url if url and url.startswith("http") else None,
        body=_text(node.get("articleBody")),
    )
