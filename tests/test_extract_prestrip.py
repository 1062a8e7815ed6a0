"""Pre-parse stripping of inert markup: what goes, and what broken markup must never lose."""

from __future__ import annotations

from telisik.extract import extract_article
from telisik.extract.prestrip import MAX_BLOCK_CHARS, strip_inert_markup

ARTICLE = (
    "<p>" + "Warga Blora memadati alun-alun sejak pagi untuk menyaksikan kirab budaya tahunan. " * 3 + "</p>"
)


def test_comments_styles_scripts_and_noscript_go():
    html = (
        "<html><head><style>p{color:red}</style><script>var a = '<p>not text</p>';</script></head><body>"
        "<!-- ad slot --><noscript><img src=x.gif></noscript><p>Kept</p></body></html>"
    )
    out = strip_inert_markup(html)
    assert "color:red" not in out and "not text" not in out and "ad slot" not in out and "x.gif" not in out
    assert "<p>Kept</p>" in out


def test_jsonld_scripts_are_kept():
    html = '<script type="application/ld+json">{"@type": "NewsArticle"}</script><script>track()</script>'
    out = strip_inert_markup(html)
    assert '{"@type": "NewsArticle"}' in out and "track()" not in out


def test_svg_drawing_leaves_an_empty_svg():
    out = strip_inert_markup('<p>a<svg viewBox="0 0 2 2"><path d="M0 0"/><use href="#i"/></svg>b</p>')
    assert out == "<p>a<svg></svg>b</p>"


def test_a_comment_hides_a_script_tag_inside_it():
    html = "<!-- <script src=old.js> -->" + ARTICLE + "<script>x()</script>"
    out = strip_inert_markup(html)
    assert ARTICLE in out and "x()" not in out


def test_unclosed_script_does_not_swallow_the_page():
    html = "<body><script>var broken = 1;" + ARTICLE + "</body>"
    assert strip_inert_markup(html) == html
    unclosed_comment = "<body><!-- start of widget" + ARTICLE + "</body>"
    assert strip_inert_markup(unclosed_comment) == unclosed_comment


def test_thousands_of_unclosed_openings_leave_the_page_and_later_blocks_right():
    """A page of thousands of `<!--` and `<script>` that never close (a broken template loop, a hostile page):
    each is left to the parser, and a block that does close after them still goes. (Each opening once searched
    the next 200,000 characters again: 100,000 bare `<!--` in 700 kB took 16 s; `benchmarks/hostile_pages.py`.)"""
    openers = "<!-- a " * 3000 + "<script>b " * 3000 + "<SVG>c " * 3000
    html = "<body>" + openers + ARTICLE + "<style>p.gone { color: red }</style></body>"
    stripped = strip_inert_markup(html)
    assert stripped == "<body>" + openers + ARTICLE + "</body>"
    assert "kirab budaya" in stripped and "gone" not in stripped


def test_a_script_longer_than_the_bound_is_left_to_the_parser():
    html = "<script>" + "x" * (MAX_BLOCK_CHARS + 10) + "</script>" + ARTICLE
    assert strip_inert_markup(html) == html


def test_tag_names_inside_attribute_values_are_not_tags():
    html = '<div title="<script>">' + ARTICLE + "</div><script>x()</script>"
    assert ARTICLE in strip_inert_markup(html)


def test_empty_comment_forms_are_left_alone():
    html = "<p>a<!-->b</p><p>c<!--->d</p>" + ARTICLE + "<!-- end -->"
    out = strip_inert_markup(html)
    assert out.startswith("<p>a<!-->b</p><p>c<!--->d</p>") and "end" not in out


def test_extraction_survives_an_unclosed_script_before_the_article():
    html = (
        "<html><head><title>Kirab budaya di Blora</title></head><body><h1>Kirab budaya di Blora</h1>"
        "<script>var x = 1;" + ARTICLE + "</body></html>"
    )
    article = extract_article(html, "https://example.id/kirab")
    assert article.title == "Kirab budaya di Blora"


def test_blank_runs_go_before_block_tags_only():
    html = "<div>\n\t<p>Satu</p>\n  <p><b>dua</b> <i>tiga</i>\n<a href='/x'>empat</a></p>\n</div>"
    out = strip_inert_markup(html)
    assert out == "<div><p>Satu</p><p><b>dua</b> <i>tiga</i>\n<a href='/x'>empat</a></p>\n</div>"


def test_words_stay_apart_after_blank_runs_are_cut():
    html = (
        "<html><head><title>Kirab budaya</title></head><body><h1>Kirab budaya</h1>\n<div class='byline'>"
        "<span>Oleh</span>\n<div>Budi Santoso</div></div>\n" + ARTICLE + "</body></html>"
    )
    article = extract_article(html, "https://example.id/kirab")
    assert article.authors == ["Budi Santoso"]
    assert "alun-alun sejak pagi" in article.body


def test_page_whose_huge_script_holds_a_script_tag_in_a_string_keeps_its_body():
    # An ad script longer than MAX_BLOCK_CHARS is left in place; a `<script>` inside one of its JavaScript
    # strings must not make the stripped page lose the closing tag, and with it the whole <body>.
    from telisik.extract import extract_article
    from telisik.extract.prestrip import MAX_BLOCK_CHARS

    js = "var slot=1;" * (MAX_BLOCK_CHARS // 10) + "w('\\n<script type=\"text/javascript\">\\nfor(;;){}');"
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Crash on the highway</title><script>var s=1;</script>"
        f"<script type='text/javascript' id='gpt-js-after'>\n/* <![CDATA[ */\n{js}\n/* ]]> */\n</script></head>"
        "<body><nav><a href='/'>Home</a></nav><article><h1>Crash on the highway</h1>"
        + ARTICLE
        + "</article><footer>Copyright</footer></body></html>"
    )
    assert "Warga Blora memadati alun-alun" in extract_article(html, "https://news.example/crash").body
