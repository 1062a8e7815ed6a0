"""Article extraction: one HTML page in, one `Article` out.

`extract_article` is the public entry point (also re-exported as `telisik.extract_article`). Garbage in gives
an `Article` with empty fields; a crash of the extractor is an `ExtractionError` (telisik.errors). Metadata is read first from the parsed tree (read-only), the
body last, because body extraction may mutate the tree.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from telisik.article import Article

# 17: a post's own edge lines kept (salutations, possessive and meal-wish signers, closing information lines with
# their address, practical-information runs), a blog theme's subtitle as the lead, `komentar` boxes out, the
# article's own <aside> fact boxes in; "no comments" state classes, Blogger's posted-by labels in eight languages, a
# static site's owner in its post-meta row, an inline credit after a desk byline, places after names, SPIP and Dutch
# reader threads, an editor-badged byline yielding to the credited reporter; Next.js paywall offers, inline read-also
# boxes with linked headlines out, CMS-embedded tables in; a live blog's coverage start when it has no other date; a
# site-name title yielding to a dated main heading, the headline's own microdata date, a US press release's
# dateline zone;
# 16: non-article pages: tabbed data panels, a product's own description, a declared recipe's ingredients, a CV's
# dated entries, opening section headings and shut data tabs in; customer-review widgets, sidebar tickers, landing
# widgets, carousel clones and action-link lines out; sections in frames of their own joined; event days no
# publication dates, public offices and job-ad contacts no writers, a site-name title yielding to the page's <h1>;
# 15: a forum thread's first post (its text and its date), a forum footer's zone, a weekday deciding a numeric
# date's order, teaser cards' dates, Latin America's one-zone domains; reader-comment sections, report-an-error
# boxes, a press release's contacts, SOURCE and citation lines, `Mehr zum Thema` boxes out, a letter's closing
# kept; Magento's tab lists, shops' shipping tabs, video lines and gallery pagers; kicker and headline parts of one
# heading, a title box's heading, a news extension's item heading over its section's, `Autor:` lines of meta boxes,
# institutions and reader-reporter labels no writers; Business Wire's subheadline as the standfirst; then FAQ
# panels of bare toggles, product tests' pro/contra lists and byline dates, boxes of article links under a label,
# twin subtitle leads, one-line signed closings; glued kickers spaced, table layouts' title cells, office accounts,
# forum handles and editorial posts no writers, typography classes no caption areas;
# 14: update-labelled date lines yield to their unlabelled neighbour, 1C-Bitrix's server zone over a language's;
# platforms' CTA boxes, author boxes by class, appeal donation groups, the publisher's About boilerplate, paywall
# offer parts, product and meter walls out; read-also labels, credit lines and reprint notes of other scripts out,
# summary standfirsts, one-<p> table cells as rows; author cards' role lines, photographers, a release number's
# <h1>, a site-name <title> over a boxed heading, the platform as meta author; writers' credits of ja, zh, ar, tr,
# vi, hi, el presses and Nordic photo labels;
# 13: a page's declared main region (`<main>`, Elementor's page document) when the scores cut it to one box,
# data before a non-article's first paragraph, Bootstrap's responsive utilities read for a desktop, hint words
# inside other words; organisations by their legal form and shops' product cards are no writers, a site's name
# as og:title and a shop's category <h1>; narrow paywall boxes, Creative Commons republishing notices, byline-and-date
# rows and `Stand:` labels out of the text, hidden accordion panels opened by their heading in;
# 12: script-rendered how-to and recipe pages read from their JSON-LD; accordions, FAQ blocks and product tabs in
# the text; shop, recipe-card, paywall, consent and helpline chrome out; product pages take no review or delivery
# dates; dominant zones of .es/.pt/.nz/.ec, zones declared by Squarespace/Wix settings, HubSpot's UTC datetimes;
# degrees and titles out of names, places after a writer, topic chips, customer reviews and picture credits no
# writers, TYPO3 meta rows above the headline, author boxes after the text, forum handles' full names;
# 11: co-authors in the byline's line and sibling cards, profile links that spell the name, the date row's writer
# without metadata or classes; job titles, honorifics and credit-box labels; dated display lines as titles of
# h1-less pages, permalink glyphs, wiki namespaces, site-name og:titles; updated-first date pairs, original stamps
# behind a later shown date, top-bar dates, localized Blogger footers; press-release ends, disclaimers, notices,
# recipe-card facts, wiki appendices, forum quote headers, credit boxes;
# 10: bylines of BBC label lists, outlet closers `(Site/Name)`, colonless text labels, TYPO3 meta rows; template
# makers' credits, bracketed posts and chrome lines (date labels, page counters, read-also and script ad labels,
# agency notes, appeal boxes, teaser cards, small-print captions) out of the text; the text after a headline box;
# UTC times shown in the page's zone; the theme's post sentence and more month names;
# 9: the date row under the headline without metadata or classes, avatars with writer evidence, Indonesian
# places and rubrics beside the date, the article's opening in a cousin box, DOI reference lines, the zone of a
# page's writing system, Blogger footer times, title-end dates, hostile JSON-LD/titles/credit runs bounded;
# 8: bylines beside the date line and in name runs, CMS credit phrases, state classes, class-free block choice
# (furniture, post lists, the headline's block), kicker-free and first-segment headlines, NFC titles, dates of
# pages without metadata; 7: publications and footnote marks in bylines, author cards' role captions, date rows over credit rows, the
# dated copy of a repeated headline, compound relative dates, more date formats and labels, NFC bodies, cited
# addresses and more boilerplate lines; 6: lightbox captions, pull quotes, closing credits, icon ligatures;
# 5: outlets' local time for zoneless stamps, author-page links and foreign credit labels, sibling blocks
# and marked bodies, embedded posts, first-paragraph leads, teaser-list dates, SEO titles;
# 4: meta boxes, story cards, datelines, account bylines, inline lists, noscript bodies; 3: agencies field,
# foreign bylines, zoneless times, body recall; 2: English zones, Red/Rep labels
PARSER_VERSION = "17"

__all__ = ["PARSER_VERSION", "extract_article"]


def extract_article(
    html: str | bytes,
    url: str | None = None,
    *,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
    rules: Any = None,
) -> Article:
    """Extract an article from `html` (text, or bytes decoded with the page's verified charset).

    Raises ExtractionError (a TelisikError wrapping the crash) when the extractor fails: the caller that
    archives the page reports it as that page's failure, so a bug is never an empty article."""
    from telisik.errors import ExtractionError

    if not isinstance(html, (str, bytes, bytearray)):
        html = ""  # not a page at all (None, a number): an empty article, as garbage text gives
    try:
        import warnings

        from bs4 import MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

        from telisik.extract.assemble import assemble_article

        with warnings.catch_warnings(), _collector_paused():
            # bs4's opinions of the input ("looks like a file name", "looks like XML") are about the page we
            # were given, which is read all the same: a warning must never become an extraction error.
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            return assemble_article(html, url, fetched_at=fetched_at, content_type=content_type, rules=rules)
    except Exception as exc:  # noqa: BLE001 - one error type, with the cause, for every boundary
        raise ExtractionError.wrapping(exc) from exc


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while one page is extracted. Parsing builds a tree of tens of
    thousands of objects that all live until the page is done, and every few hundred allocations the collector
    traversed the young ones again, and ever more often the old ones: a quarter of the extraction's CPU, for no
    garbage found. Resumed afterwards, it frees the page's tree (bs4 trees are cyclic) in one pass. Left as it
    is when the caller had paused it (or another thread is extracting), so it is never switched on by us."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
