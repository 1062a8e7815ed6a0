"""Title and writer rules of session 14's third round (#10), for pages as the web served them in 2014-2020.

- A heading's kicker classed `overhead` (Focus Online's and Burda portals' `<span class="overhead">` beside a
  `headline` span) is a kicker like `dachzeile`/`topline`/`spitzmarke`; and a heading whose kicker and rest the
  markup glues (`<span>Streit um Windpark</span><span>Bürgermeister …</span>`) is never read as one word
  (`WindparkBürgermeister`): a space goes between them unless the rest opens in lower case (`<em>Ober</em>
  bürgermeister`, one word).
- An author box's role line classed in camelCase (`authorRole`, `authorJob` of older custom CMSs) and a line of its
  own opening with an editorial post (`Redakteur Politik & Gesellschaft`, `Chefredakteurin`, `rédacteur`,
  `redactor`, `redattore`, `redaktor`) under the name is the writer's job, no second writer.
- Office accounts parish, municipal, club and association sites post under (`Pfarrbüro`, `Gemeindebüro`,
  `Geschäftsstelle`, `Vereinsvorstand`, `Secrétariat paroissial`, `Parish Office`) are no persons.
- A forum engine's member link (XenForo `a.username[data-user-id]`, vBulletin `member.php?u=`, phpBB
  `memberlist.php?mode=viewprofile`, MyBB, SMF) showing a handle's shape (`Heike_aus_H`, `cb_tinkerer`: `_`,
  `.`, digits or a lower-case start) is an account: no writer. A name-shaped account (`Tiberius`) stays, and so
  do blogs' account bylines (WordPress `author vcard` linking `/author/name/`).
- An attachment's file name (`tomate_blatt1.jpg`) is never an account byline.
- A typography scale's class (Medium's `uiScale-caption--regular`/`ui-captionStrong`, Material UI's
  `MuiTypography-caption`) names a text size, not a picture's caption: a byline inside it is the article's.
- A 2000s PHP table layout's one news item (club and association sites, CuteNews/PHP-Fusion-like news scripts)
  without <h1> under a generic <title>: the row of one title-classed cell holding a bold line (`<td
  class="newstitle"><font><b>`) between the date's row and the text's row is the title; a list of two such
  items, a linked title cell or an own <h1> keep the other readings.

Each test serves a complete page (head metadata, navigation, sidebar, footer, comments where the family has
them) and names the family it stands for; every rule has look-alikes where it must not fire.
"""

from __future__ import annotations

from telisik.extract import extract_article

_PROSE_DE = [
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Förderung für das kommende Jahr "
    "deutlich zu erhöhen, nachdem mehrere Vereine auf die gestiegenen Kosten hingewiesen hatten.",
    "Die Verwaltung soll bis zum Frühjahr ein Konzept vorlegen, wie die zusätzlichen Mittel verteilt werden. "
    "Dabei sollen auch kleinere Initiativen berücksichtigt werden, die bisher leer ausgingen.",
    "Kritik kam vor allem aus der Opposition, die eine bessere Kontrolle der Ausgaben fordert und auf die "
    "angespannte Haushaltslage der Stadt verweist, die im nächsten Jahr weiter sparen muss.",
]
_TEXT_DE = "".join(f"<p>{p}</p>" for p in _PROSE_DE)
_PROSE_EN = [
    "The first week was the hardest. My fingers went numb before I reached the bridge, and by the time I got to "
    "the office I needed ten minutes with a coffee before I could type anything at all.",
    "By December I had learned to layer properly, to carry a spare pair of gloves and to leave the house five "
    "minutes earlier than I thought I needed to, because the ice on the canal path never forgives haste.",
    "What surprised me most was how much I came to enjoy it. The dark mornings were quiet, the roads were empty "
    "and I arrived at work awake in a way no train journey had ever managed in six years of commuting.",
]
_TEXT_EN = "".join(f"<p>{p}</p>" for p in _PROSE_EN)


def _portal(h1: str, author_box: str, *, title: str, og_title: str = "BLICKPUNKT Online") -> str:
    """A Focus-like national portal of 2018: site-name og:title, the meta author the site's."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title} - BLICKPUNKT Online</title>
<meta name="description" content="Zwölf Windräder sollen auf dem Höhenzug entstehen.">
<meta name="author" content="BLICKPUNKT Online">
<meta property="og:site_name" content="BLICKPUNKT Online">
<meta property="og:title" content="{og_title}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2018-03-12T13:05:00Z">
</head>
<body>
<div class="header"><a class="logo" href="/">BLICKPUNKT Online</a>
<ul class="mainNav"><li><a href="/politik/">Politik</a></li><li><a href="/finanzen/">Finanzen</a></li>
<li><a href="/wissen/">Wissen</a></li><li><a href="/sport/">Sport</a></li></ul></div>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/politik/">Politik</a></div>
<div class="articleContent col-8"><div class="article">
<div class="articleHead">
<div class="articleIdentH1">{h1}</div>
{author_box}
<div class="displayDate">Montag, 12.03.2018, 14:05</div>
</div>
<div class="textBlock">{_TEXT_DE}</div>
<div class="mehrZumThema"><h3>Mehr zum Thema</h3><ul>
<li><a href="/politik/windkraft-a.html">Windkraft: Länder streiten über Abstände</a></li>
<li><a href="/politik/naturschutz-b.html">Naturschutz klagt gegen Genehmigung</a></li></ul></div>
</div></div>
<div class="sidebar col-4"><h3>Meistgelesen</h3><ul>
<li><a href="/politik/grundsteuer.html">Grundsteuer: Gericht kippt Entscheidung</a></li></ul></div>
<div class="footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></div>
</body>
</html>"""


_BOX = (
    '<div class="authorMeta"><span class="created">BLICKPUNKT-Online-Autor '
    '<a class="authorLink" href="/experts/markus-feldhaus/">Markus Feldhaus</a></span>'
    '<span class="authorRole">{role}</span></div>'
)
_HEADLINE = "Bürgermeister droht dem Land mit Klage"


def test_overhead_kicker_is_left_out_of_the_title() -> None:
    """Focus Online / Burda portals: `<span class="overhead">` + `<span class="headline">` in the <h1>."""
    h1 = f'<h1><span class="overhead">Streit um Windpark</span><span class="headline">{_HEADLINE}</span></h1>'
    article = extract_article(
        _portal(h1, _BOX.format(role="Redakteur"), title=f"Streit um Windpark: {_HEADLINE}")
    )
    assert article.title == _HEADLINE


def test_glued_kicker_and_headline_are_read_apart() -> None:
    """An unclassed first span glued to the rest (custom CMSs): the whole heading, if taken, has its space."""
    h1 = f"<h1><span>Streit um Windpark</span>{_HEADLINE}</h1>"
    html = _portal(
        h1, "", title=f"Streit um Windpark {_HEADLINE}", og_title=f"Streit um Windpark {_HEADLINE}"
    )
    article = extract_article(html)
    assert "WindparkBürgermeister" not in article.title
    assert article.title in (_HEADLINE, f"Streit um Windpark {_HEADLINE}")


def test_word_split_by_markup_is_not_spaced() -> None:
    """Must not fire: `<em>Ober</em>bürgermeister` is one word, the rest opening in lower case."""
    h1 = "<h1><em>Ober</em>bürgermeister droht dem Land mit Klage</h1>"
    title = "Oberbürgermeister droht dem Land mit Klage"
    article = extract_article(_portal(h1, "", title=title, og_title=title))
    assert article.title == title


def test_heading_without_kicker_is_kept_whole() -> None:
    """Must not fire: a plain <h1> (no first part) is the title as shown."""
    h1 = f"<h1>{_HEADLINE}</h1>"
    article = extract_article(_portal(h1, _BOX.format(role="Redakteur"), title=_HEADLINE))
    assert article.title == _HEADLINE


def test_camel_case_role_line_names_no_second_writer() -> None:
    """Focus-like author box: `span.authorRole` `Redakteur Politik & Gesellschaft` under the name."""
    html = _portal(
        f"<h1>{_HEADLINE}</h1>", _BOX.format(role="Redakteur Politik &amp; Gesellschaft"), title=_HEADLINE
    )
    assert extract_article(html).authors == ["Markus Feldhaus"]


def test_editorial_post_line_without_class_is_a_job_line() -> None:
    """Hand-built author cards: an unclassed `Chefredakteurin Wirtschaft und Finanzen` line under the name."""
    box = (
        '<div class="authorMeta"><span class="created">Von <a class="authorLink" href="/experts/anna-berg/">'
        "Anna Berg</a></span><span>Chefredakteurin Wirtschaft und Finanzen</span></div>"
    )
    assert extract_article(_portal(f"<h1>{_HEADLINE}</h1>", box, title=_HEADLINE)).authors == ["Anna Berg"]


def test_second_writer_in_a_camel_case_name_box_stays() -> None:
    """Must not fire: two writers, each in an `authorLink`/`authorName` leaf (no role class), both kept."""
    box = (
        '<div class="authorMeta"><span class="created">Von <a class="authorLink" href="/experts/markus-feldhaus/">'
        'Markus Feldhaus</a> und <a class="authorName" href="/experts/lena-brandt/">Lena Brandt</a></span></div>'
    )
    authors = extract_article(_portal(f"<h1>{_HEADLINE}</h1>", box, title=_HEADLINE)).authors
    assert authors == ["Markus Feldhaus", "Lena Brandt"]


def test_surname_after_a_name_line_is_not_a_job() -> None:
    """Must not fire: a second writer's own line (`Lena Redakteur`? no: a name) — a name line is no post."""
    box = (
        '<div class="authorMeta"><a class="authorLink" href="/experts/markus-feldhaus/">Markus Feldhaus</a>'
        '<span class="authorRole">Politik</span></div>'
        '<div class="authorMeta"><a class="authorLink" href="/experts/jens-leiter/">Jens Korrer</a></div>'
    )
    authors = extract_article(_portal(f"<h1>{_HEADLINE}</h1>", box, title=_HEADLINE)).authors
    assert "Markus Feldhaus" in authors
    assert "Politik" not in authors


def _wordpress(author: str, href: str, *, lang: str = "de") -> str:
    """WordPress Twenty Twelve post of a parish, club or personal blog (2016): no og, no JSON-LD."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<title>Kar- und Ostertage 2016: Gottesdienste | Pfarrei St. Martin</title>
<link rel="stylesheet" href="/wp-content/themes/twentytwelve/style.css">
</head>
<body class="single single-post">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">Pfarrei St. Martin</a></h1>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Start</a></li>
<li><a href="/gottesdienste/">Gottesdienste</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">
<article id="post-311" class="post-311 post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">Kar- und Ostertage 2016: Gottesdienste</h1></header>
<div class="entry-content">{_TEXT_DE}</div>
<footer class="entry-meta">Dieser Beitrag wurde am <a href="/2016/03/06/kar/" rel="bookmark">
<time class="entry-date" datetime="2016-03-06T10:12:31+00:00">6. März 2016</time></a> veröffentlicht
<span class="by-author"> von <span class="author vcard"><a class="url fn n" href="{href}"
rel="author">{author}</a></span></span>.</footer>
</article>
<nav class="nav-single"><a href="/2016/02/28/fastenessen/" rel="prev">Fastenessen im Pfarrheim</a></nav>
</div></div>
<div id="secondary" class="widget-area"><aside class="widget"><h3 class="widget-title">Bürozeiten</h3>
<p>Mo–Fr 9–12 Uhr</p></aside></div></div>
<footer id="colophon"><a href="/impressum/">Impressum</a></footer></div>
</body>
</html>"""


def test_parish_office_account_is_no_writer() -> None:
    """WordPress parish site: the office account `Pfarrbüro` posts the news."""
    assert extract_article(_wordpress("Pfarrbüro", "/author/pfarrbuero/")).authors == []


def test_club_office_account_is_no_writer() -> None:
    """Club and association sites: `Geschäftsstelle` and `Vereinsvorstand` accounts."""
    assert extract_article(_wordpress("Geschäftsstelle", "/author/gs/")).authors == []
    assert extract_article(_wordpress("Vereinsvorstand", "/author/vorstand/")).authors == []


def test_english_church_office_account_is_no_writer() -> None:
    """Church and parish blogs in English: `Parish Office`, `Church Office`."""
    assert extract_article(_wordpress("Parish Office", "/author/office/", lang="en")).authors == []
    assert extract_article(_wordpress("Church Office", "/author/office/", lang="en")).authors == []


def test_surname_church_stays() -> None:
    """Must not fire: `Charlotte Church` (a surname that is also the building's word) writes the post."""
    assert extract_article(_wordpress("Charlotte Church", "/author/cchurch/", lang="en")).authors == [
        "Charlotte Church"
    ]


def test_person_posting_on_a_parish_site_stays() -> None:
    """Must not fire: the parish's pastoral assistant posting under her name."""
    assert extract_article(_wordpress("Maria Pfarr", "/author/mpfarr/")).authors == ["Maria Pfarr"]


def test_blog_login_stays_the_writer() -> None:
    """Must not fire: a blog's account byline (`gizzmo` linking `/author/g1zzm0/`) is no forum handle."""
    assert extract_article(_wordpress("gizzmo_42", "/author/g1zzm0/")).authors == ["gizzmo_42"]


def _forum(member_link: str) -> str:
    """XenForo 2 thread view (2019): the starter's member link in the description and the post header."""
    return f"""<!DOCTYPE html>
<html lang="de-DE" dir="LTR" data-app="public">
<head>
<meta charset="utf-8">
<title>Tomaten im Gewächshaus: braune Flecken an den Blättern | Gartenfreunde Forum</title>
<meta property="og:type" content="website">
<meta property="og:title" content="Tomaten im Gewächshaus: braune Flecken an den Blättern">
</head>
<body>
<div class="p-pageWrapper"><header class="p-header"><a href="/">Gartenfreunde Forum</a></header>
<nav class="p-nav"><ul><li><a href="/forums/">Foren</a></li><li><a href="/whats-new/">Neues</a></li></ul></nav>
<div class="p-body-header"><h1 class="p-title-value">Tomaten im Gewächshaus: braune Flecken an den Blättern</h1>
<div class="p-description"><ul class="listInline"><li>{member_link}</li>
<li><time class="u-dt" datetime="2019-04-02T19:47:00+0200">02.04.2019</time></li></ul></div></div>
<article class="message message--post" data-author="Heike_aus_H">
<div class="message-cell message-cell--user"><h4 class="message-name">{member_link}</h4></div>
<div class="message-cell message-cell--main"><div class="message-content">
<div class="bbWrapper">{"<br /><br />".join(_PROSE_DE)}</div></div></div></article>
<article class="message message--post" data-author="Tomatenheinz">
<div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/tomaten_heinz.88/"
class="username" data-user-id="88">tomaten_heinz</a></h4></div>
<div class="message-cell message-cell--main"><div class="bbWrapper">Klingt nach Dürrfleckenkrankheit.</div></div>
</article>
<footer class="p-footer"><a href="/help/terms/">Nutzungsbedingungen</a></footer></div>
</body>
</html>"""


def test_xenforo_member_handle_is_no_writer() -> None:
    """XenForo: `<a class="username" data-user-id=…>Heike_aus_H</a>`."""
    link = '<a href="/members/heike_aus_h.2001/" class="username" data-user-id="2001">Heike_aus_H</a>'
    assert extract_article(_forum(link)).authors == []


def test_phpbb_and_vbulletin_member_links_are_forum_markup() -> None:
    """phpBB `memberlist.php?mode=viewprofile` and vBulletin `member.php?u=` links classed `username`."""
    phpbb = '<a href="./memberlist.php?mode=viewprofile&amp;u=54" class="username">cb_tinkerer</a>'
    vbulletin = '<a href="member.php?u=4411" class="username">passat_fan77</a>'
    assert extract_article(_forum(phpbb)).authors == []
    assert extract_article(_forum(vbulletin)).authors == []


def test_name_shaped_forum_account_stays() -> None:
    """Must not fire: a XenForo starter whose account is a capitalised word (`Tiberius`, a game studio's
    moderator posting patch notes) is read as a name, as traf-eval's truth does."""
    link = (
        '<a href="/forums/members/tiberius.8/" class="username" data-user-id="8">'
        '<span class="username--staff">Tiberius</span></a>'
    )
    assert extract_article(_forum(link)).authors == ["Tiberius"]


def test_username_classed_link_to_a_blog_author_page_stays() -> None:
    """Must not fire: a theme classing its author link `username`, pointing at `/author/` (no forum engine)."""
    html = _wordpress("tlow_99", "/author/tlow/").replace('class="url fn n"', 'class="username"')
    assert extract_article(html).authors == ["tlow_99"]


def test_username_classed_link_without_forum_address_stays() -> None:
    """Must not fire: `class="username"` alone (a community blog's profile link), no engine's address or id."""
    link = '<a href="/profil/heike/" class="username">heike_h</a>'
    html = _wordpress("x", "/author/x/").replace(
        '<span class="author vcard"><a class="url fn n" href="/author/x/"\nrel="author">x</a></span>',
        f'<span class="author vcard">{link}</span>',
    )
    assert extract_article(html).authors == ["heike_h"]


def _medium(byline_scale: str) -> str:
    """Old Medium post (2016): the author lockup inside a `uiScale` typography box, responses below."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What six months of bike commuting in winter taught me – The Long Commute – Medium</title>
<meta property="og:title" content="What six months of bike commuting in winter taught me – The Long Commute">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2016-06-21T16:42:11.503Z">
</head>
<body>
<div class="metabar"><a href="/">Medium</a> <a href="/the-long-commute">The Long Commute</a></div>
<main role="main"><article class="postArticle">
<header class="container"><div class="{byline_scale} u-flexCenter"><div class="u-flex1"><div class="u-paddingBottom3">
<a class="ds-link postMetaInline postMetaInline-authorLockup ui-captionStrong link" href="/@tamsin.achterberg"
data-user-id="a31c">Tamsin Achterberg</a></div>
<time datetime="2016-06-21T16:42:11.503Z">Jun 21, 2016</time></div></div></header>
<div class="section-content"><div class="section-inner">
<h1 class="graf graf--h3 graf--title">What six months of bike commuting in winter taught me</h1>
{_TEXT_EN}<h3 class="graf graf--h3">Layers, not bulk</h3>{_TEXT_EN}<h3 class="graf graf--h3">Ice</h3>{_TEXT_EN}
</div></div>
</article>
<div class="responsesStreamWrapper"><header class="heading">Responses</header>
<div class="streamItem"><div class="postMetaInline-authorLockup"><a href="/@jon.vasquez">Jon Vasquez</a>
<time datetime="2016-06-21T19:02:41.112Z">Jun 21, 2016</time></div><p>The bar mitts tip is gold.</p></div></div>
</main>
<footer><a href="/about">About</a> <a href="/policy">Legal</a></footer>
</body>
</html>"""


def test_byline_in_a_typography_scale_box_is_the_writer() -> None:
    """Medium 2016: `uiScale-caption--regular` and `ui-captionStrong` are text sizes, no picture caption."""
    article = extract_article(_medium("uiScale uiScale-ui--regular uiScale-caption--regular"))
    assert article.authors == ["Tamsin Achterberg"]


def test_picture_caption_credit_stays_out() -> None:
    """Must not fire: a name inside a real picture caption box (`image-caption`) is no writer."""
    html = _medium("image-caption").replace("postMetaInline-authorLockup ui-captionStrong", "credit")
    article = extract_article(html)
    assert "Tamsin Achterberg" not in article.authors


def test_figcaption_name_is_no_writer() -> None:
    """Must not fire: `<figcaption>` holding a typography class still is a picture's caption."""
    figure = (
        '<figure><img src="/img/bike.jpg" alt=""><figcaption class="MuiTypography-caption">'
        '<a href="/@lena.photo" class="author">Lena Fotografin</a></figcaption></figure>'
    )
    html = _medium("uiScale").replace(
        '<div class="section-content">', figure + '<div class="section-content">'
    )
    assert "Lena Fotografin" not in extract_article(html).authors


def test_attachment_file_name_is_no_account() -> None:
    """Forum and blog attachments list file names (`tomate_blatt1.jpg`) near the post: no account byline."""
    assert extract_article(_wordpress("tomate_blatt1.jpg", "/author/x/")).authors == []


def test_dotted_accounts_stay() -> None:
    """Must not fire: blog accounts with dots (`fri.juli`, `koffergepackt.com`) are no file names."""
    assert extract_article(_wordpress("fri.juli", "/author/frijuli/")).authors == ["fri.juli"]
    assert extract_article(_wordpress("koffergepackt.com", "/author/kg/")).authors == ["koffergepackt.com"]


_CLUB_TEXT = "<br><br>".join(_PROSE_DE)


def _club_item(title_cell: str, date: str = "14.09.2015") -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="5" class="newsbox">
  <tr><td class="newsdate"><b>{date}</b></td></tr>
  <tr>{title_cell}</tr>
  <tr><td class="newstext">{_CLUB_TEXT}</td></tr>
 </table>"""


def _club_page(items: str, h1: str = "") -> str:
    """A sports club's PHP table layout (2015): HTML 4.01 nested tables, a generic <title>, no h1, no metadata."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>TSV Eichenau 1898 e.V. - Handball - News</title>
<meta name="author" content="TSV Eichenau Webmaster">
</head>
<body bgcolor="#FFFFFF">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="kopf"><img src="/img/logo.gif" alt="TSV Eichenau 1898 e.V."></td></tr>
<tr><td width="180" valign="top" class="navi"><a href="/index.php">Home</a><br><a href="/handball.php">Handball</a><br>
<a href="/fussball.php">Fußball</a><br><a href="/turnen.php">Turnen</a></td>
<td width="720" valign="top">{h1}{items}
<table width="100%"><tr><td class="navhead">Termine</td></tr>
<tr><td class="small">26.09.2015 Heimspiel gegen HSG Ampertal</td></tr></table></td></tr>
<tr><td colspan="2" class="fuss">Letzte Aktualisierung: 15.09.2015 | <a href="/impressum.php">Impressum</a></td></tr>
</table>
</body>
</html>"""


_TITLE_CELL = (
    '<td class="newstitle"><font size="3"><b>Zweite Herren mit Auswärtssieg in Kirchheim</b></font></td>'
)


def test_title_row_under_date_row_is_the_title() -> None:
    """2000s PHP table layouts (club sites, news scripts): date row, bold title-classed row, text row."""
    article = extract_article(_club_page(_club_item(_TITLE_CELL)))
    assert article.title == "Zweite Herren mit Auswärtssieg in Kirchheim"


def test_news_list_of_table_items_has_no_item_title() -> None:
    """Must not fire: a news list page showing two such items is no single item's view."""
    second = _TITLE_CELL.replace(
        "Zweite Herren mit Auswärtssieg in Kirchheim", "Erste Damen verlieren knapp in Dachau"
    )
    article = extract_article(_club_page(_club_item(_TITLE_CELL) + _club_item(second, "12.09.2015")))
    assert article.title not in (
        "Zweite Herren mit Auswärtssieg in Kirchheim",
        "Erste Damen verlieren knapp in Dachau",
    )


def test_linked_title_row_is_a_teaser() -> None:
    """Must not fire: a title cell linking to the item (an archive's teaser) is not the page's title."""
    linked = '<td class="newstitle"><b><a href="/news.php?id=412">Zweite Herren mit Auswärtssieg in Kirchheim</a></b></td>'
    assert (
        extract_article(_club_page(_club_item(linked))).title != "Zweite Herren mit Auswärtssieg in Kirchheim"
    )


def test_own_h1_wins_over_title_row() -> None:
    """Must not fire: a page with its own <h1> keeps it."""
    h1 = "<h1>Handball: Bericht vom Wochenende</h1>"
    assert (
        extract_article(_club_page(_club_item(_TITLE_CELL), h1=h1)).title
        == "Handball: Bericht vom Wochenende"
    )
