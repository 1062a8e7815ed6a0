"""Author rules of session 16 (#10, indonesia-shapes-5 and web-kinds-14: sites nobody tuned for).

- A class saying comments are NOT there (PenciDesign's PenNews/Soledad `noloaddisqus` on the article, themes'
  `no-comments`/`nocomments` post classes) is a state of the box, not a comment area: the
  article's closing credit (`Penulis: A dan B | Editor: C`) is read, so the writers beat the editor's account
  in the byline (class 4). A real comment area (`comments-area`, Disqus' `disqus_thread`) still hides its names.
- Blogger's `post-author` label in its interface languages (`Eingestellt von`, `Pubblicato da`, `Geplaatst
  door`, `Opublikowane przez`, `Postado por`, `Dikirim oleh`) is cut from the name.
- A personal site named after its owner, built by a static-site or blog generator (Hugo's Beautiful Hugo and
  PaperMod, Jekyll minima with jekyll-seo-tag, Ghost, Hexo), whose metadata author is the site's name and whose
  post-meta row under the headline prints that name: the owner wrote the post. A company site whose name reads
  like a person, without a generator's mark or without the name in the post-meta row, keeps no author.
- A CMS byline crediting a desk (`Por: Redação`; tagDiv Newspaper, Jannah, JNews single templates) does not end
  the search: the writer's inline credit opening the text (`Por Renata Figueiredo, em Vila Serrana`) is read,
  its place after a `from`/`in` word (`em`, `in`, `aus`, `desde`, `z`) cut. A news agency's credit still ends it.
- Readers' threads named otherwise than `comment` (SPIP's `forum-fil`/`forum-message`, Dutch `reacties`, plural
  only: a singular `reactie` meta row holds the post's own byline) never give the article's byline.
Each test serves a complete page (head metadata, navigation, sidebar, footer) and names the family it stands for.
"""

from __future__ import annotations

from telisik.extract import extract_article

# --- PenNews: editor's account in the byline, writers in the closing credit ---------------------------------

_PROSE_ID = [
    "LEBAK – Puluhan petani di Kecamatan Cibeber mengikuti pelatihan pembuatan pupuk organik yang digelar Dinas "
    "Pertanian bersama kelompok tani setempat, Rabu (4/2/2026).",
    "Pelatihan meliputi cara mengolah kotoran ternak dan sisa panen menjadi pupuk kompos yang siap pakai dalam "
    "waktu tiga minggu. Peserta juga diajari membuat pupuk cair dari limbah dapur.",
    "Kepala Bidang Penyuluhan mengatakan harga pupuk kimia yang terus naik membuat petani perlu alternatif yang "
    "lebih murah dan ramah lingkungan.",
]


def _pennews_page(*, article_class: str, closing: str, comments: str = "") -> str:
    """A PenNews (PenciDesign) single post of a regency portal: Yoast graph, byline with the WP account."""
    text = "".join(f"<p>{p}</p>" for p in _PROSE_ID)
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>Puluhan Petani Cibeber Belajar Membuat Pupuk Organik - Kabar Lebak</title>
<meta name="author" content="Dedi Kurniawan">
<meta property="og:site_name" content="Kabar Lebak">
<meta property="og:title" content="Puluhan Petani Cibeber Belajar Membuat Pupuk Organik">
<meta property="article:published_time" content="2026-02-04T06:10:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context": "https://schema.org", "@graph": [
{{"@type": "Article", "headline": "Puluhan Petani Cibeber Belajar Membuat Pupuk Organik",
"datePublished": "2026-02-04T06:10:00+00:00", "author": {{"@id": "#/schema/person/1"}}}},
{{"@type": "Person", "@id": "#/schema/person/1", "name": "Dedi Kurniawan"}}]}}</script>
</head><body class="post-template-default single single-post sidebar-right">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/">Kabar Lebak</a></div>
<nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/berita">Berita</a></li>
<li><a href="/daerah">Daerah</a></li><li><a href="/olahraga">Olahraga</a></li></ul></nav></header>
<div class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-7781" class="{article_class} post-7781 post type-post status-publish">
<header class="entry-header penci-entry-header"><h1 class="entry-title penci-entry-title">Puluhan Petani Cibeber
Belajar Membuat Pupuk Organik</h1>
<div class="entry-meta penci-entry-meta"><span class="entry-meta-item penci-byline"><span class="author vcard">
<a class="url fn n" href="/author/dedi/">Dedi Kurniawan</a></span></span><span class="entry-meta-item
penci-posted-on"><time class="entry-date published" datetime="2026-02-04T13:10:00+07:00">Rabu, 4 Februari 2026 |
13:10 WIB</time></span></div></header>
<div class="penci-entry-content entry-content">{text}{closing}</div>
<footer class="penci-entry-footer"><span class="tags-links"><a href="/tag/pertanian" rel="tag">Pertanian</a>
</span></footer></article>
{comments}
</main></div>
<div id="secondary" class="widget-area penci-sidebar-widgets"><aside class="widget"><h4 class="widget-title">
Terpopuler</h4><ul><li><a href="/b/1">Jalan Rusak di Cileles Mulai Diperbaiki</a></li></ul></aside></div>
</div>
<footer id="colophon" class="site-footer"><p>© 2026 Kabar Lebak. All rights reserved.</p></footer>
</div></body></html>"""


_PENNEWS_CLOSING = "<p><em>Penulis: Ahmad Fauzi dan Neng Siti Rohmah | Editor: Dedi Kurniawan</em></p>"


def test_pennews_noloaddisqus_article_reads_closing_writers_over_editor_byline():
    html = _pennews_page(article_class="penci-single-artcontent noloaddisqus", closing=_PENNEWS_CLOSING)
    assert extract_article(html).authors == ["Ahmad Fauzi", "Neng Siti Rohmah"]


def test_no_comments_post_class_is_a_state_not_a_comment_area():
    # WordPress themes' `no-comments` post class (comments closed on the post): the closing credit is the post's.
    html = _pennews_page(article_class="hentry no-comments", closing=_PENNEWS_CLOSING)
    assert extract_article(html).authors == ["Ahmad Fauzi", "Neng Siti Rohmah"]


def test_credit_in_a_real_comment_area_still_ignored():
    # Must not fire: a reader's comment quoting a credit line under the article is no credit of the article.
    comments = (
        '<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><div '
        'class="comment-body"><p><em>Penulis: Joko Susilo | Editor: Dedi Kurniawan</em></p></div></li></ol></div>'
    )
    html = _pennews_page(article_class="penci-single-artcontent", closing="", comments=comments)
    assert extract_article(html).authors == ["Dedi Kurniawan"]


def test_disqus_thread_box_stays_a_comment_area():
    # Must not fire: `disqus_thread` is Disqus' own area, no state class.
    comments = (
        '<div id="disqus_thread" class="disqus-comments"><p><em>Penulis: Joko Susilo | Editor: Rina Marlina</em>'
        "</p></div>"
    )
    html = _pennews_page(article_class="penci-single-artcontent", closing="", comments=comments)
    assert extract_article(html).authors == ["Dedi Kurniawan"]


# --- Blogger's post-author label -----------------------------------------------------------------------------


def _blogger_page(*, lang: str, label: str, name: str, comment_label: str = "") -> str:
    """A Blogger (classic `post-footer`) post of a hobby blog, with its comments and profile widget."""
    prose = (
        "Heute zeige ich euch, wie wir unser kleines Gewächshaus aus alten Fenstern gebaut haben. Die Fenster "
        "stammen vom Sperrmüll, das Holz aus dem Baumarkt und die Schrauben aus Opas Werkstatt."
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="{lang}"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<meta content="blogger" name="generator"/>
<title>Gartenglück: Unser Gewächshaus aus alten Fenstern</title>
<meta content="https://gartenglueck.blogspot.com/2012/05/gewachshaus.html" property="og:url"/>
<meta content="Unser Gewächshaus aus alten Fenstern" property="og:title"/>
</head><body><div class="content-outer"><header><div class="header-outer"><h1 class="title">
<a href="https://gartenglueck.blogspot.com/">Gartenglück</a></h1></div></header>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner">
<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Sonntag, 13. Mai 2012</span>
</h2><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Unser Gewächshaus aus
alten Fenstern</h3><div class="post-body entry-content"><p>{prose}</p><p>{prose}</p><p>{prose}</p></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">
{label}
<span class="fn">{name}</span>
</span><span class="post-timestamp">um <a class="timestamp-link" href="#"><abbr class="published"
title="2012-05-13T10:20:00+02:00">10:20</abbr></a></span></div></div></div>
<div class="comments" id="comments"><h4>3 Kommentare:</h4><dl id="comments-block">
<dt class="comment-author"><a href="#">Gartenhexe Moni</a> {comment_label}</dt><dd class="comment-body">
<p>Toll geworden!</p></dd></dl></div></div></div></div></div>
<div class="column-right-inner"><div class="sidebar section"><div class="widget Profile"><h2>Über mich</h2>
<a class="profile-name-link g-profile" href="#" rel="author">{name}</a></div></div></div></div></div>
<footer><div class="footer-outer">Design: Einfach. Powered by Blogger.</div></footer></div></body></html>"""


def test_blogger_german_post_author_label_is_cut():
    html = _blogger_page(lang="de", label="Eingestellt von", name="Franziska Brenner")
    assert extract_article(html).authors == ["Franziska Brenner"]


def test_blogger_italian_and_dutch_post_author_labels_are_cut():
    assert extract_article(
        _blogger_page(lang="it", label="Pubblicato da", name="Chiara Fontana")
    ).authors == ["Chiara Fontana"]
    assert extract_article(
        _blogger_page(lang="nl", label="Geplaatst door", name="Sanne de Vries")
    ).authors == ["Sanne de Vries"]


def test_blogger_label_words_inside_a_name_are_kept():
    # Must not fire: a name that merely contains label-like words stays whole (the label must open the line).
    from telisik.extract.bylines import parse_byline

    assert parse_byline("Daniela Postado").authors == ["Daniela Postado"]
    assert parse_byline("Anna Geplaatst").authors == ["Anna Geplaatst"]


def test_blogger_label_as_a_sentence_in_the_text_is_no_byline():
    # Must not fire: `Pubblicato da Mondadori` in the text is a book's publisher, not the post's byline.
    from telisik.extract.bylines import parse_byline

    html = _blogger_page(lang="it", label="Pubblicato da", name="Chiara Fontana")
    assert "Mondadori" not in extract_article(html).authors
    assert parse_byline("Pubblicato da Mondadori nel 2011, il romanzo racconta la storia").authors != [
        "Mondadori"
    ]


# --- A personal site named after its owner ---------------------------------------------------------------------


def _hugo_page(*, site: str, generator: str, meta_author: str, meta_row_name: str) -> str:
    """A Beautiful Hugo post of a personal tech blog (Bootstrap navbar, post-heading, Staticman comments)."""
    prose = (
        "The program wrote one row per reading and every insert was its own transaction, so every insert waited "
        "for an fsync on the SD card. Wrapping a minute of readings in one transaction fixed it."
    )
    generator_meta = f'<meta name="generator" content="{generator}" />' if generator else ""
    author_meta = f'<meta name="author" content="{meta_author}"/>' if meta_author else ""
    row_name = f"&nbsp;|&nbsp;<i class='fa fa-user'></i>&nbsp;{meta_row_name}" if meta_row_name else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" />
<title>Batching inserts on a Raspberry Pi - {site}</title>
<meta property="og:title" content="Batching inserts on a Raspberry Pi - {site}">
{author_meta}
<meta property="og:type" content="website" />
<meta property="og:site_name" content="{site}" />
{generator_meta}
</head><body>
<nav class="navbar navbar-default navbar-fixed-top navbar-custom"><div class="container-fluid">
<a class="navbar-brand" href="/">{site}</a><ul class="nav navbar-nav navbar-right"><li><a href="/">Blog</a></li>
<li><a href="/page/about/">About</a></li></ul></div></nav>
<header class="header-section"><div class="intro-header no-img"><div class="container"><div class="row">
<div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1"><div class="post-heading">
<h1>Batching inserts on a Raspberry Pi</h1>
<span class="post-meta"><i class="fa fa-calendar-o"></i>&nbsp;Posted on April 9, 2018
&nbsp;|&nbsp;<i class="fa fa-clock-o"></i>&nbsp;4&nbsp;minutes
&nbsp;|&nbsp;<i class="fa fa-book"></i>&nbsp;812&nbsp;words
{row_name}
</span></div></div></div></div></div></header>
<div class="container" role="main"><div class="row"><div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
<article role="main" class="blog-post"><p>{prose}</p><p>{prose}</p><p>{prose}</p></article>
<ul class="pager blog-pager"><li class="previous"><a href="/post/older/">&larr; Previous Post</a></li></ul>
<div class="staticman-comments"><div class="comment"><strong class="comment__author">Priya N.</strong>
<p>Thanks, this saved my weekend.</p></div></div>
</div></div></div>
<footer><div class="container"><p class="credits copyright text-muted">{site} &nbsp;&bull;&nbsp; 2018</p>
</div></footer></body></html>"""


def test_hugo_site_owner_in_post_meta_row_is_the_author():
    html = _hugo_page(
        site="Tom Ashby", generator="Hugo 0.40", meta_author="Tom Ashby", meta_row_name="Tom Ashby"
    )
    assert extract_article(html).authors == ["Tom Ashby"]


def test_jekyll_site_owner_in_post_meta_row_is_the_author():
    html = _hugo_page(
        site="Laura Brennan",
        generator="Jekyll v3.8.5",
        meta_author="Laura Brennan",
        meta_row_name="Laura Brennan",
    )
    assert extract_article(html).authors == ["Laura Brennan"]


def test_person_named_company_without_generator_keeps_no_author():
    # Must not fire: a firm named like a person (`Morgan Stanley`) on a CMS with no static-site generator's mark.
    html = _hugo_page(
        site="Morgan Stanley", generator="", meta_author="Morgan Stanley", meta_row_name="Morgan Stanley"
    )
    assert extract_article(html).authors == []


def test_site_owner_not_in_post_meta_row_keeps_no_author():
    # Must not fire: the owner's name only in metadata and the footer, nowhere in the post's meta row.
    html = _hugo_page(site="Tom Ashby", generator="Hugo 0.40", meta_author="Tom Ashby", meta_row_name="")
    assert extract_article(html).authors == []


# --- A desk's CMS byline, the writer's inline credit in the text ----------------------------------------------


def _tagdiv_page(*, byline: str, first_line: str) -> str:
    """A tagDiv Newspaper cloud-template single of a Brazilian regional paper."""
    prose = (
        "A feira funciona todos os sábados, das 7h às 13h, na praça da matriz, com produtores de hortaliças, "
        "frutas, queijos e pães de fermentação natural de sete comunidades rurais do município."
    )
    return f"""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="UTF-8" />
<title>Vila Serrana ganha feira de produtores orgânicos - Folha da Serra</title>
<meta property="og:site_name" content="Folha da Serra" />
<meta property="og:title" content="Folha da Serra" />
<meta name="twitter:data1" content="Redação" />
</head><body class="post-template-default single single-post td-standard-pack">
<div class="td-header-template-wrap"><div class="tdb-header-menu"><ul class="tdb-block-menu"><li><a href="/">
Início</a></li><li><a href="/cidades/">Cidades</a></li><li><a href="/esportes/">Esportes</a></li></ul></div></div>
<div id="tdb-autoload-article"><div class="td-main-content-wrap"><div class="tdc-row"><div class="vc_column">
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">Vila Serrana ganha feira de produtores orgânicos
</h1></div>
<div class="td_block_wrap tdb_single_author tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<div class="tdb-author-name-wrap"><span class="tdb-author-by">Por:</span> <a class="tdb-author-name"
href="/author/redacao/">{byline}</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<time class="entry-date updated td-module-date" datetime="2022-08-03T14:20:11-03:00">3 de agosto de 2022</time>
</div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index">
<p><strong>{first_line}</strong></p><p>{prose}</p><p>{prose}</p><p>{prose}</p></div></div>
</div></div></div></div>
<div class="td-footer-template-wrap"><p>© Folha da Serra 2022</p></div></body></html>"""


def test_desk_byline_then_writer_signing_the_first_line():
    html = _tagdiv_page(byline="Redação", first_line="Por Renata Figueiredo, em Vila Serrana")
    assert extract_article(html).authors == ["Renata Figueiredo"]


def test_place_after_in_word_is_cut_from_the_name():
    from telisik.extract.bylines import parse_byline

    assert parse_byline("Hans Müller, in Bad Homburg", places=True).authors == ["Hans Müller"]
    assert parse_byline("Jan Nowak, z Nowego Sącza", places=True).authors == ["Jan Nowak"]


def test_agency_byline_is_not_passed_over():
    # Must not fire: a news agency credited in the byline is the source; a later `Por` line is not read over it.
    article = extract_article(
        _tagdiv_page(byline="Reuters", first_line="Por Renata Figueiredo, em Vila Serrana")
    )
    assert article.authors == []
    assert article.agencies == ["Reuters"]


def test_co_author_after_comma_is_no_place():
    # Must not fire: `A, B` of two names keeps both (no `from`/`in` word before the second).
    from telisik.extract.bylines import parse_byline

    assert parse_byline("Renata Figueiredo, Ana Souza", places=True).authors == [
        "Renata Figueiredo",
        "Ana Souza",
    ]
    # `di`/`de` open names and Italian/French bylines (`di Marco Rossi`): never read as a place's preposition.
    assert parse_byline("Jean Martin, de Villiers Paul", places=True).authors != ["Jean Martin"]


# --- Readers' threads named `forum` (SPIP) or `reacties` ------------------------------------------------------


def _spip_page(*, byline: str, forum: str) -> str:
    """A SPIP 3 dist article of a party federation: cartouche, chapô, texte, forum under it."""
    prose = (
        "La fédération appelle à un rassemblement devant l’hôpital pour défendre la maternité, dont la fermeture "
        "obligerait les futures mères du sud du département à faire plus d’une heure de route pour accoucher."
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Maternité : rassemblement samedi - Fédération de la Drôme</title>
<meta name="generator" content="SPIP 3.0.5" />
</head><body class="page_article"><div class="page"><div class="header"><a href="./" class="accueil">
Fédération de la Drôme</a></div><div class="nav clearfix"><ul><li><a href="rubrique1">Actualités</a></li>
<li><a href="rubrique2">Élus</a></li></ul></div>
<div class="main"><div class="wrapper hfeed"><div class="content hentry" id="content">
<div class="cartouche"><h1 class="h1 entry-title">Maternité : rassemblement samedi</h1>
<p class="info-publi"><abbr class="published" title="2012-10-03T12:41:18Z">mercredi 3 octobre 2012</abbr>
<span class="auteurs">{byline}</span></p></div>
<div class="texte entry-content"><p>{prose}</p><p>{prose}</p><p>{prose}</p></div>
<div class="forum-total"><h2>2 Messages</h2></div>{forum}</div></div></div>
<div class="aside"><h2>Dans la même rubrique</h2><ul><li><a href="article213">Conseil fédéral</a></li></ul></div>
<div class="footer">Site réalisé avec SPIP</div></div></body></html>"""


_SPIP_FORUM = (
    '<ul class="forum"><li class="forum-fil"><div class="forum-message hentry" id="forum700"><div class="forum-chapo">'
    '<strong class="forum-titre"><a href="#forum700">Maternité</a></strong><small><abbr class="published" '
    'title="2012-10-03">3 octobre 2012 à 18:21</abbr>, par <span class="vcard author">Marie-Claude Vernet</span>'
    '</small></div><div class="forum-texte"><p>Je serai au rassemblement samedi avec ma famille.</p></div></div>'
    "</li></ul>"
)


def test_spip_forum_signer_is_not_the_byline():
    html = _spip_page(byline="par Fédération MSE 26", forum=_SPIP_FORUM)
    assert "Marie-Claude Vernet" not in extract_article(html).authors


def test_spip_article_author_still_read_with_a_forum():
    # Must not fire on the article's own byline: the cartouche's author stays the author.
    byline = (
        'par <span class="vcard author"><a class="url fn spip_in" href="auteur2">Hélène Carrel</a></span>'
    )
    html = _spip_page(byline=byline, forum=_SPIP_FORUM)
    assert extract_article(html).authors == ["Hélène Carrel"]


def test_forum_word_in_an_article_class_is_not_a_thread():
    # Must not fire: an opinion rubric classed `forum` (a newspaper's `Forum` page) is the article itself.
    byline = (
        'par <span class="vcard author"><a class="url fn spip_in" href="auteur2">Hélène Carrel</a></span>'
    )
    html = _spip_page(byline=byline, forum="").replace(
        'class="content hentry"', 'class="content hentry forum rubrique-forum"'
    )
    assert extract_article(html).authors == ["Hélène Carrel"]
