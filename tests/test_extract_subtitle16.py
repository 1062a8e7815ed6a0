"""A blog theme's short subtitle under the headline is the standfirst (#10, session 16).

Blog themes print a one-line subtitle under the post's headline, shorter than the 60 characters a standfirst
otherwise needs: Beautiful Hugo's `h2.post-subheading`, Start Bootstrap Clean Blog's `h2.subheading` (Jekyll,
Hugo and Ghost ports), Jekyll themes' `p.post-subtitle`, WordPress `h2.entry-subtitle` and tagDiv's
`p.td-post-sub-title`, Ghost Casper's `p.article-excerpt`. It is read as the lead when a class token ends in the
subtitle's name AND the box is the headline's very next element, with four words or more and no link.

Guards: a one-word `h2.subheading` (`Introduction`) after the headline, a subtitle-classed line holding a link
(`Part 2 of the SQLite series`), and a `h2.subheading` section heading inside the text are no lead.
Each test serves a full page (head metadata, navigation, post meta, tags, comments, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://tomashby.example.net/post/2017-03-05-sqlite-inserts/"
TITLE = "Why my SQLite inserts were 200x slower than they should be"

PROSE = (
    "I have a small Go program running on a Raspberry Pi in my garage that logs temperature and humidity readings "
    "from six sensors every ten seconds into an SQLite database.",
    "After a few weeks I noticed that the program was falling behind: the readings arrived in bursts, and the "
    "log showed that every insert took around eighty milliseconds.",
    "The fix was one line: wrap the inserts of each batch in a transaction, so that SQLite syncs the journal to "
    "the SD card once per batch instead of once per row.",
)


def _hugo_page(subtitle: str, *, inside: str = "") -> str:
    """A Beautiful Hugo post: intro header with headline, subtitle and post meta, then the article, then Disqus."""
    paragraphs = [f"<p>{text}</p>" for text in PROSE]
    paragraphs.insert(1, inside)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Tom's notes</title>
<meta name="generator" content="Hugo 0.19"><meta property="og:title" content="{TITLE}">
<meta property="og:type" content="article"><meta name="description" content="Notes on Go, SQLite and small computers.">
</head><body>
<nav class="navbar navbar-default navbar-fixed-top"><div class="container"><a class="navbar-brand" href="/">Tom's
notes</a><ul class="nav navbar-nav"><li><a href="/post/">Blog</a></li><li><a href="/page/about/">About</a></li></ul>
</div></nav>
<header class="header-section"><div class="intro-header no-img"><div class="container"><div class="row">
<div class="col-lg-8 col-lg-offset-2"><div class="post-heading">
<h1>{TITLE}</h1>
{subtitle}
<span class="post-meta"><i class="fa fa-calendar-o"></i>&nbsp;Posted on March 5, 2017 &nbsp;|&nbsp;5&nbsp;minutes
</span>
</div></div></div></div></div></header>
<div class="container" role="main"><div class="row"><div class="col-lg-8 col-lg-offset-2">
<article role="main" class="blog-post">
{"".join(paragraphs)}
</article>
<div class="blog-tags"><a href="/tags/go/">go</a>&nbsp;<a href="/tags/sqlite/">sqlite</a></div>
<ul class="pager blog-pager"><li class="previous"><a href="/post/2017-02-11-pi-sensors/">&larr; Previous Post</a></li>
</ul>
<div class="disqus-comments"><div id="disqus_thread"></div></div>
</div></div></div>
<footer><div class="container"><p class="credits copyright text-muted">Tom Ashby &nbsp;&bull;&nbsp; 2017 &nbsp;&bull;&nbsp;
Powered by Hugo &nbsp;&bull;&nbsp; Theme Beautiful Hugo</p></div></footer>
</body></html>"""


def _lead(html: str) -> str | None:
    return extract_article(html, url=URL).lead


def test_beautiful_hugo_post_subheading_is_the_lead() -> None:
    html = _hugo_page('<h2 class="post-subheading">A tale of transactions, fsync and a Raspberry Pi</h2>')
    assert _lead(html) == "A tale of transactions, fsync and a Raspberry Pi"


def test_ghost_article_excerpt_is_the_lead() -> None:
    html = _hugo_page(
        '<p class="article-excerpt gh-article-excerpt">Eighty milliseconds per row, and why</p>'
    )
    assert _lead(html) == "Eighty milliseconds per row, and why"


def test_one_word_subheading_is_no_lead() -> None:
    assert _lead(_hugo_page('<h2 class="subheading">Introduction</h2>')) is None


def test_subtitle_with_a_link_is_no_lead() -> None:
    html = _hugo_page(
        '<p class="post-subtitle">Part 2 of the <a href="/tags/sqlite/">SQLite on a Pi series</a></p>'
    )
    assert _lead(html) is None


def test_section_subheading_inside_the_text_is_no_lead() -> None:
    html = _hugo_page("", inside='<h2 class="subheading">Where the eighty milliseconds went</h2>')
    assert _lead(html) is None
