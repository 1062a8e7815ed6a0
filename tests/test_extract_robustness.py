"""extract_article never raises and always returns an Article: random text, random bytes, mutated real pages."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from telisik.article import Article
from telisik.extract import PARSER_VERSION, extract_article

PAGES = Path(__file__).parent / "fixtures" / "pages"
SEED_PAGE = (PAGES / "jnews-regional.html").read_text(encoding="utf-8")
FRAGMENTS = [
    "<html>",
    "</html>",
    "<head>",
    "<body>",
    "<h1>",
    "</h1>",
    "<p>",
    "</p>",
    "<br>",
    "<div class='date'>",
    "</div>",
    "<time datetime='2026-13-45T99:99'>",
    "<script type='application/ld+json'>",
    "</script>",
    '{"@graph": [{"@id": "#a", "author": {"@id": "#a"}}]}',
    '{"@type": "NewsArticle", "datePublished": 5}',
    "<meta property='article:published_time' content='31 Februari 2026'>",
    "<link rel=canonical href='::'>",
    "Penulis: ",
    "Editor :",
    "Oleh",
    "Selasa, 27 Januari 20226 15:28 WIB",
    "&#0;",
    "&#xD800;",
    "\x00",
    "\ufeff",
    "<title>",
    "</title>",
    "<table><tr><td>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<svg><foreignObject>",
]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(article):
    assert isinstance(article, Article)
    assert article.parser_version == PARSER_VERSION
    assert isinstance(article.body, str)
    assert isinstance(article.authors, list)
    if article.published is not None:
        assert article.published.tzinfo is not None


@SETTINGS
@given(st.text(max_size=2000))
@example(".TXT")  # bs4 warns that it looks like a file name: a warning is not an extraction error
def test_random_text(text):
    _check(extract_article(text))


@SETTINGS
@given(
    st.binary(max_size=2000),
    st.sampled_from([None, "text/html", "text/html; charset=utf-16", "x/y; charset=bogus"]),
)
@example(b"<?xml", None)  # bs4 warns that it looks like XML: a warning is not an extraction error
def test_random_bytes(data, content_type):
    _check(extract_article(data, "https://example.com/a", content_type=content_type))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60))
def test_random_tag_soup(parts):
    _check(extract_article("".join(parts), "https://example.com/a"))


@SETTINGS
@given(st.data())
def test_mutated_real_page(data):
    html = SEED_PAGE
    for _ in range(data.draw(st.integers(min_value=1, max_value=6))):
        start = data.draw(st.integers(min_value=0, max_value=len(html)))
        end = data.draw(st.integers(min_value=start, max_value=min(len(html), start + 400)))
        insert = data.draw(st.sampled_from(["", *FRAGMENTS]))
        html = html[:start] + insert + html[end:]
    as_bytes = data.draw(st.booleans())
    _check(
        extract_article(
            html.encode("utf-8", "surrogatepass") if as_bytes else html, "https://blora.example/a"
        )
    )


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60))
def test_inner_pipeline_does_not_rely_on_the_boundary(parts):
    # The boundary in extract_article hides bugs; the pipeline behind it should not need it on tag soup.
    from telisik.extract.assemble import assemble_article

    _check(assemble_article("".join(parts), "https://example.com/a"))


def test_a_huge_one_paragraph_page_stays_fast():
    # A scaled-down 19 MB single-line page: every pass must stay linear and cheap on one enormous text run.
    text = "kata yang panjang sekali, dan seterusnya. " * 50_000  # 2 MB
    html = f"<html><head><title>Besar</title></head><body><h1>Besar</h1><p>{text}</p></body></html>"
    started = time.process_time()
    article = extract_article(html, "https://example.id/besar")
    assert time.process_time() - started < 5.0
    assert article.language == "id" and len(article.body) > 1_900_000


def test_a_mangled_canonical_url_is_ignored_not_an_error():
    # `urljoin` raises on an unbalanced IPv6 bracket (hypothesis found one in a mutated real page)
    page = (
        '<html><head><link rel="canonical" href="http://[kabar/berita"><title>Banjir</title></head>'
        "<body><article><h1>Banjir</h1><p>Banjir merendam rumah warga di Cepu sejak pagi.</p></article></body></html>"
    )
    article = extract_article(page, "https://kabar.test/berita/banjir")
    assert article.canonical_url == "https://kabar.test/berita/banjir"
