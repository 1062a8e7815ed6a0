"""Dates of session 12 (#10): the German sentence of WordPress's classic Kubrick theme under a post.

Kubrick (WordPress's default theme for years, and the themes copied from it) prints no date beside the title of
a single post; under the text it says `Dieser Eintrag wurde am Mittwoch, 19. Mai 2010 um 23:03 Uhr gepostet und
unter Allgemein abgelegt.` in its German translation, and some copies put the post's title in the place of
`Dieser Eintrag`. Both pages are dated by that line. A rule that read `gepostet` as the theme's verb (and the
title-subject form) was reviewed and withdrawn: a police report's `Der Beitrag wurde am 14. Juni 2024 um 22:40 Uhr
gepostet und unter mehreren Profilen geteilt.` then outdated the report's own date line.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from telisik.extract import extract_article
from telisik.extract.published import _is_post_footer

_TEXT = (
    "<p>Animierte Typografie ist mehr als bewegte Buchstaben: Sie erzählt mit dem Rhythmus der Schrift, und "
    "gute Arbeiten lesen sich wie ein Gedicht, das man zugleich sieht und hört.</p>"
    "<p>In den letzten Wochen habe ich einige Beispiele gesammelt, die Literatur und Bewegung verbinden, von "
    "kurzen Zitaten bis zu ganzen Kurzgeschichten, die Wort für Wort über den Bildschirm laufen.</p>"
)


def _kubrick_page(footer: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8">
<title>Bewegliche Lettern &raquo; Literatur und Animated Typography</title>
<meta name="generator" content="WordPress 2.9.2">
<link rel="alternate" type="application/rss+xml" title="Bewegliche Lettern RSS Feed" href="/feed/">
<link rel='archives' title='Mai 2010' href='/2010/05/'>
<link rel='archives' title='April 2010' href='/2010/04/'>
</head>
<body>
<div id="page">
<div id="header" role="banner"><div id="headerimg"><h1><a href="/">Bewegliche Lettern</a></h1>
<div class="description">Typografie, Schrift und Gestaltung</div></div></div>
<hr>
<div id="content" class="widecolumn" role="main">
<div class="navigation"><div class="alignleft">&laquo; <a href="/2010/05/schriftmuster/">Schriftmuster</a></div>
<div class="alignright"></div></div>
<div class="post-112 post hentry category-allgemein" id="post-112">
<h2>Literatur und Animated Typography</h2>
<div class="entry">{_TEXT}
<p class="postmetadata alt"><small>{footer}</small></p>
</div></div>
<h3 id="comments">Eine Antwort zu &#8222;Literatur und Animated Typography&#8220;</h3>
<ol class="commentlist"><li class="alt" id="comment-9"><cite>Marie</cite> sagt:<br>
<small class="commentmetadata"><a href="#comment-9">20. Mai 2010 um 08:12</a></small>
<p>Schöne Sammlung, danke!</p></li></ol>
</div>
<div id="sidebar" role="complementary"><ul><li><h2>Archiv</h2><ul><li><a href="/2010/05/">Mai 2010</a></li>
<li><a href="/2010/04/">April 2010</a></li></ul></li></ul></div>
<hr><div id="footer" role="contentinfo"><p>Bewegliche Lettern läuft mit WordPress</p></div>
</div></body></html>"""


@pytest.mark.parametrize(
    "footer",
    [
        "Dieser Eintrag wurde am Mittwoch, 19. Mai 2010 um 23:03 Uhr gepostet und unter "
        "<a href='/category/allgemein/'>Allgemein</a> abgelegt.",
        "<a href='/2010/05/literatur/' rel='bookmark'>Literatur und Animated Typography</a> wurde am "
        "<nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr gepostet und unter "
        "<a href='/category/allgemein/'>Allgemein</a> abgelegt.",
    ],
)
def test_kubricks_german_post_sentence_dates_the_post(footer: str) -> None:
    result = extract_article(
        _kubrick_page(footer), url="https://bewegliche-lettern.example/2010/05/literatur/"
    )
    assert result.published == datetime(2010, 5, 19, 23, 3, tzinfo=timezone(timedelta(hours=2)))


def test_a_reported_sentence_with_a_time_is_no_post_footer() -> None:
    assert not _is_post_footer("Die Mitteilung wurde am 3. Mai um 14:00 Uhr veröffentlicht, sagte sie.")
    assert not _is_post_footer("Der Vertrag wurde am 19. Mai 2010 um 23:03 Uhr unterzeichnet.")
    assert not _is_post_footer(
        "Der Beitrag wurde am 14. Juni 2024 um 22:40 Uhr gepostet und unter mehreren Profilen geteilt."
    )
    assert _is_post_footer(
        "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und ist unter News abgelegt."
    )
