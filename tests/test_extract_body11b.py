"""Body rules for pages whose title is the site's name, and for product specification tables (#10, session 11).

- The headline the text opens under: when the page's title (og:title, `<title>`) is the site's name, as
  Drupal institution sites (museums, town halls), Blogger blogs and WordPress themes serve it, the headline
  found for it is the site name in the footer, after the text. The page's only `<h1>` before the text is the
  headline then, and the opening set in its own box between the two (a Drupal `field--name-field-chapo`, a
  theme's intro box) is the text's first paragraph.
- A specification table without header cells (label cell, value cell: `Berat | 2.9 kg`), as marketplaces
  (Tokopedia, Shopee, Lazada, Bukalapak) and shop themes that set labels in `<td>` (Shopware, Magento) serve
  it, is the product's text on a product page (schema.org Product, og:type product, a cart form); on an
  article a table without header cells may be layout, and stays as it was.
- A listing's features after its description: on a product or listing page the section right after the
  description's, a heading over a `<dl>` or a label/value table (immobiliare.it's `Caratteristiche`,
  idealista's `Características básicas`, ImmoScout24's `Ausstattung`, shops' `Specifications`), joins the text;
  a `<dd>` reads with its `<dt>` as one line (`Piano | 3° piano`), and unlinked items classed `tag` are feature
  chips (`Balcone`), not an article's tag list. The costs or map box after the features stays out; an
  article's glossary `<dl>` and linked tag list stay as they were.

Each test serves a complete page (head metadata, navigation, sidebar or footer) of its family.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from telisik.extract import extract_article
from telisik.extract.body import extract_body

_PROSE = (
    "The first paragraph of the text explains what the page is about, in full sentences a reader follows "
    "from the start to the end without any trouble at all."
)
_PROSE_2 = (
    "A second paragraph adds the details that matter most, the numbers and the names, and it ends with a "
    "sentence that closes the thought properly for the reader."
)
_PROSE_3 = (
    "A third paragraph closes the text with what happens next, where to go and whom to ask, written out in "
    "sentences as long as the others so that the text reads as running prose."
)
_OPENING = (
    "For the first time since it entered the collections, the whole set of textiles left by the family is "
    "shown: more than a hundred silks, carpets and embroideries, thirty of them restored for the occasion."
)


def _site_named_page(main: str, *, og_title: str, header_extra: str = "", before_main: str = "") -> str:
    """A Drupal institution page: og:title and <title> name the site; the footer repeats the name as a heading."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{og_title}</title>
<meta property="og:type" content="website">
<meta property="og:title" content="{og_title}">
<meta property="og:site_name" content="{og_title}">
<meta name="description" content="Museum of textile art.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
</head>
<body class="path-node page-node-type-exhibition">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header role="banner" class="site-header"><div class="site-name"><a href="/" rel="home">{og_title}</a></div>
{header_extra}
<nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/visit">Visit</a></li>
<li><a href="/exhibitions">Exhibitions</a></li><li><a href="/collections">Collections</a></li></ul></nav></header>
{before_main}
<main role="main"><a id="main-content" tabindex="-1"></a>
{main}
</main>
<footer class="site-footer"><div class="footer-about"><h2>{og_title}</h2>
<p>12 Quay Street, open every day but Monday from 10 am to 6 pm.</p>
<ul><li><a href="/press">Press</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/legal">Legal notice</a></li></ul>
</div></footer>
</body>
</html>"""


def _exhibition(opening: str) -> str:
    return f"""<article class="node node--type-exhibition node--view-mode-full">
<div class="expo-hero"><div class="expo-hero__text"><div class="field field--name-field-kicker">Temporary exhibition</div>
<h1 class="page-title"><span class="field field--name-title">Threads of the Orient: silks and carpets</span></h1>
<div class="field field--name-field-place">Silk gallery, level 1</div></div></div>
<div class="expo-layout"><div class="expo-main">
{opening}
<div class="field field--name-field-paragraphs field__items">
<div class="field__item"><div class="paragraph paragraph--type--text"><div class="field field--name-field-text">
<h2>What the exhibition is about</h2><p>{_PROSE}</p><p>{_PROSE_2}</p></div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text"><div class="field field--name-field-text">
<h2>A model restoration</h2><p>{_PROSE_3}</p></div></div></div>
</div></div></div>
</article>"""


def test_the_only_h1_before_the_text_heads_it_when_the_title_names_the_site() -> None:
    chapo = (
        '<div class="clearfix text-formatted field field--name-field-chapo">'
        f"<p><strong>{_OPENING}</strong></p></div>"
    )
    article = extract_article(
        _site_named_page(_exhibition(chapo), og_title="Museum of Weavers"),
        url="https://www.museum.example/exhibitions/threads",
    )
    text = f"{article.lead or ''}\n\n{article.body}"
    assert _OPENING in text
    assert _PROSE in article.body and _PROSE_3 in article.body


def test_a_promotional_box_under_the_h1_stays_out_when_the_headline_is_in_the_text() -> None:
    # OpenSID-like village site: the site's h1 and a welcome line sit above the post, whose own headline
    # is inside the chosen text: the welcome line is no opening.
    welcome = (
        "Welcome to the official website of the village. The registry office is open Monday to Friday "
        "from eight in the morning to three in the afternoon."
    )
    main = f"""<h1 class="site-title">Village of Sukamulya</h1>
<div class="marquee-box"><p>{welcome}</p></div>
<div class="content-wrap"><div class="artikel" id="artikel-post">
<h2 class="judul">Village council sets the aid recipients</h2>
<h3 class="kecil">Administrator | 29 January 2026 | Village news</h3>
<div class="teks"><p>{_PROSE}</p><p>{_PROSE_2}</p><p>{_PROSE_3}</p></div></div></div>"""
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Village council sets the aid recipients | Village website</title></head>
<body><div class="container">{main}</div>
<footer class="site-footer"><p>Copyright the village government.</p></footer></body></html>"""
    article = extract_article(page, url="https://village.example/artikel/2026/01/29/aid")
    assert welcome not in article.body and welcome not in (article.lead or "")
    assert _PROSE in article.body


def test_a_slogan_above_the_text_is_no_opening_when_the_h1_is_the_sites_name() -> None:
    # The site's name as the header's h1 and a slogan between the header and the text: the h1 is no
    # headline of the text (it sits outside the text's box), so nothing above the text opens it. The body
    # is read as the pipeline calls it, with the headline found for the title: the footer's site name.
    slogan = (
        "The museum of textile art of the city, home to the finest silks, carpets and embroideries "
        "collected by the weavers of the region over three centuries."
    )
    header_extra = '<h1 class="site-branding">Museum of Weavers</h1>'
    before_main = (
        f'<div class="region region-highlighted"><div class="block-intro"><p>{slogan}</p></div></div>'
    )
    main = f"""<div class="layout-content"><article class="node node--type-page">
<div class="field field--name-body"><p>{_PROSE}</p><p>{_PROSE_2}</p><p>{_PROSE_3}</p></div></article></div>"""
    html = _site_named_page(
        main, og_title="Museum of Weavers", header_extra=header_extra, before_main=before_main
    )
    soup = BeautifulSoup(html, "lxml")
    opening: list[str] = []
    body = extract_body(soup, headline=soup.select_one("footer h2"), opening=opening)
    assert slogan not in body and slogan not in opening
    assert body == f"{_PROSE}\n\n{_PROSE_2}\n\n{_PROSE_3}"


_SPEC_ROWS = [("Brand", "Kirana"), ("Model", "RC-18"), ("Power", "400 Watt"), ("Weight", "2.9 kg")]


def _spec_table(rows: list[tuple[str, ...]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="css-dl4hcp"><tbody>{cells}</tbody></table>'


def _marketplace_page(spec: str, *, product: bool = True) -> str:
    jsonld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",'
        '"name":"Digital rice cooker RC-18","brand":{"@type":"Brand","name":"Kirana"},'
        '"offers":{"@type":"Offer","price":"389000","priceCurrency":"IDR"}}</script>'
        if product
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Buy Digital rice cooker RC-18 | Marketplace</title>
<meta property="og:title" content="Digital rice cooker RC-18">
<meta property="og:site_name" content="Marketplace">
{jsonld}
</head>
<body>
<header class="css-1h2k3"><a href="/">Marketplace</a><form action="/search"><input name="q"></form>
<nav class="css-9am1"><a href="/c/kitchen">Kitchen</a> <a href="/c/home">Home</a> <a href="/c/phones">Phones</a></nav>
</header>
<div class="css-qsr6rz"><div class="css-xeesao" id="pdp_comp-product_content">
<h1 class="css-1os9jjn" data-testid="lblPDPDetailProductName">Digital rice cooker RC-18</h1>
<div class="css-lhqcvp"><p><span>Sold</span> <span>5k+</span></p><p>4.8</p><span>(1,231 ratings)</span></div>
<div class="price css-rcy5hh">Rp389.000</div>
<div class="css-jewm2m"><p>Colour: <b>White</b></p><button>White</button><button>Black</button></div>
<div role="tabpanel" data-testid="lblPDPDescriptionProduk" class="css-hwlb1o">
<div data-testid="lblPDPDescriptionProdukText">{_PROSE}<br><br>{_PROSE_2}<br><br>{_PROSE_3}</div>
<button class="css-vdb9z6">Show less</button></div>
<section class="css-oabwug" id="pdp_comp-spec"><h2 class="css-nqybmo">Specifications</h2>{spec}</section>
</div></div>
<div class="css-reviews"><h2>Reviews</h2><p>Great product, arrived quickly.</p></div>
<footer class="css-foot"><a href="/help">Help</a> <a href="/terms">Terms</a></footer>
</body>
</html>"""


def test_a_product_pages_specification_table_without_header_cells_is_text() -> None:
    article = extract_article(
        _marketplace_page(_spec_table(_SPEC_ROWS)), url="https://shop.example/kirana/rc-18"
    )
    assert "Brand | Kirana" in article.body
    assert article.body.rstrip().endswith("Weight | 2.9 kg")


def test_a_label_value_table_on_an_article_is_left_as_it_was() -> None:
    # The same shape without any product signal: an article's closing layout table is not the text.
    article = extract_article(
        _marketplace_page(_spec_table(_SPEC_ROWS), product=False), url="https://blog.example/kirana/rc-18"
    )
    assert "Brand | Kirana" not in article.body
    assert _PROSE_3 in article.body


def test_a_product_pages_table_of_three_columns_without_header_cells_is_no_specification() -> None:
    variants = [("RC-18 white", "1.8 l", "Rp389.000"), ("RC-18 red", "1.8 l", "Rp399.000")] * 2
    article = extract_article(
        _marketplace_page(_spec_table(variants)), url="https://shop.example/kirana/rc-18"
    )
    assert "RC-18 white | 1.8 l | Rp389.000" not in article.body
    assert _PROSE_3 in article.body


_DESCRIPTION = (
    "In a quiet residential street, a few steps from the bus stop and the shops, we offer for sale a bright "
    "three-room flat on the third floor of a building from the seventies with a lift."
)
_DESCRIPTION_2 = (
    "The flat, fully renovated in 2022, has an entrance, a living room with a kitchenette and a balcony, two "
    "double bedrooms, a bathroom with a window and a shower, and a store room."
)


def _listing_page(*, product: bool = True, chips_linked: bool = False) -> str:
    jsonld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":["Product",'
        '"RealEstateListing"],"name":"Three-room flat, Borgo Panigale","offers":{"@type":"Offer",'
        '"price":"229000","priceCurrency":"EUR"}}</script>'
        if product
        else ""
    )
    chip = (
        '<li class="re-tag"><a href="/tag/{0}">{0}</a></li>'
        if chips_linked
        else '<li class="re-tag">{0}</li>'
    )
    # linked: two tags only, so that the section's links stay a small share of its text
    names = ("Balcony", "Cellar") if chips_linked else ("Balcony", "Cellar", "Armoured door")
    chips = "".join(chip.format(name) for name in names)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Three-room flat for sale, Borgo Panigale, Bologna - ref. BP-14 | Homes Portal</title>
<meta property="og:title" content="Three-room flat for sale in Bologna">
<meta property="og:type" content="website">
{jsonld}
</head>
<body>
<header class="nd-header"><a href="/">Homes Portal</a><nav><a href="/sale">Sale</a> <a href="/rent">Rent</a>
<a href="/agencies">Agencies</a></nav></header>
<main class="re-layout">
<div class="re-title"><h1 class="re-title__title">Three-room flat, via Tiziano 14, Bologna</h1></div>
<div class="re-overview"><span class="re-priceBox">EUR 229,000</span><ul class="re-featuresBadges">
<li>3 rooms</li><li>82 m2</li><li>1 bathroom</li></ul></div>
<section class="re-section re-descriptionSection"><h2 class="re-section__title">Description</h2>
<div class="re-description"><div class="re-description__text"><div>{_DESCRIPTION}<br><br>{_DESCRIPTION_2}<br><br>
{_PROSE_3}</div></div><button class="re-readAll">Read all</button></div></section>
<section class="re-section re-featuresSection"><h2 class="re-section__title">Features</h2>
<dl class="re-featuresGrid"><div class="re-featuresItem"><dt>Type</dt><dd>Flat</dd></div>
<div class="re-featuresItem"><dt>Floor</dt><dd>3rd floor, with lift</dd></div>
<div class="re-featuresItem"><dt>Surface</dt><dd>82 m2</dd></div>
<div class="re-featuresItem"><dt>Heating</dt><dd>Central, radiators, gas</dd></div></dl>
<h3 class="re-section__subtitle">Other features</h3><ul class="re-tagsList">{chips}</ul></section>
<section class="re-section re-costsSection"><h2 class="re-section__title">Costs</h2>
<dl><dt>Price</dt><dd>EUR 229,000</dd><dt>Service charges</dt><dd>EUR 110/month</dd></dl></section>
<section class="re-section re-contact"><h2>Contact the agency</h2><form action="/contact"><input name="email">
<button>Send</button></form></section>
</main>
<footer class="nd-footer"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>"""


def test_a_listings_features_section_joins_its_description() -> None:
    article = extract_article(_listing_page(), url="https://homes.example/listing/123456/")
    assert _DESCRIPTION in article.body
    assert "Floor | 3rd floor, with lift" in article.body
    assert article.body.rstrip().endswith("Armoured door")
    assert "Service charges" not in article.body


def test_a_features_grid_without_a_product_signal_stays_out() -> None:
    article = extract_article(_listing_page(product=False), url="https://homes.example/listing/123456/")
    assert _DESCRIPTION in article.body
    assert "Floor | 3rd floor, with lift" not in article.body


def test_linked_tags_on_a_listing_are_a_tag_list_not_feature_chips() -> None:
    article = extract_article(_listing_page(chips_linked=True), url="https://homes.example/listing/123456/")
    assert "Floor | 3rd floor, with lift" in article.body
    assert "Cellar" not in article.body


def test_an_articles_glossary_list_keeps_its_terms_and_definitions_apart() -> None:
    definition = (
        "The share of the sale price a buyer pays up front, before the mortgage covers the rest of it, "
        "usually between ten and twenty per cent of the price."
    )
    main = f"""<article class="post"><h1>How to buy your first flat</h1><div class="entry-content">
<p>{_PROSE}</p><p>{_PROSE_2}</p><h2>Words you will meet</h2>
<dl><dt>Deposit</dt><dd>{definition}</dd><dt>Survey</dt><dd>{_PROSE_3}</dd></dl></div></article>"""
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How to buy your first flat</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-10T09:00:00Z">
</head><body><header><a href="/">Homes Blog</a></header><main>{main}</main>
<footer><a href="/privacy">Privacy</a></footer></body></html>"""
    article = extract_article(page, url="https://blog.example/first-flat/")
    assert "Deposit | " not in article.body
    assert f"Deposit\n\n{definition}" in article.body
