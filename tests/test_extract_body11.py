"""Body rules for text the reader opens with a click, and for class names that are hashes (#10, session 11).

- Accordion questions: a toggle button inside a heading (the WAI-ARIA accordion pattern: Bootstrap 4/5
  `.accordion`, Kadence and Gutenberg accordion blocks, GOV.UK, CMS FAQ modules) is the question of the answer
  below it, and a hidden answer panel (`role="region" aria-labelledby`, `hidden="until-found"`) is text.
- Product tabs: the panels beside the winning one (Shopware 6 and Bootstrap `.tab-pane`, WooCommerce
  `.woocommerce-Tabs-panel`, Magento `role="tabpanel"`, Shopify Dawn `<details>`) and the description before
  them are one text; reviews, questions and shipping panels, forms and panels that repeat the text (a news
  site's `Summary` tab) are not.
- A block styled as a heading by class (`<div class="h4">`, Bootstrap themes, Shopware, Shopify) heads the
  list or data table after it at the text's end; a heading beside an icon drawing is no caption.
- Atomic CSS class names (Medium, Atomizer/Fela builds) are hashes: `ad` among them is no ad.

Each test serves a complete page (head metadata, navigation, sidebar or footer) of its family.
"""

from __future__ import annotations

from telisik.extract import extract_article

_PROSE = (
    "The first paragraph of the text explains what the page is about, in full sentences a reader follows "
    "from the start to the end without any trouble at all."
)
_PROSE_2 = (
    "A second paragraph adds the details that matter most, the numbers and the names, and it ends with a "
    "sentence that closes the thought properly for the reader."
)


def _page(main: str, *, title: str, lang: str = "en", og_type: str = "article", head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Example Site</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example Site">
<meta name="description" content="{title}: everything you need to know.">
<link rel="canonical" href="https://www.example.org/{title.lower().replace(" ", "-")}/">
{head}
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Example Site</a>
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav"
    aria-controls="mainnav" aria-expanded="false">Open the main menu</button>
  <nav id="mainnav" class="main-nav collapse"><ul>
    <li><a href="/topics/">Topics</a></li><li><a href="/service/">Service</a></li>
    <li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li>
  </ul></nav>
</header>
<main id="main">
<div class="container">
{main}
</div>
</main>
<aside class="sidebar">
  <h3>Popular pages</h3>
  <ul>
    <li><a href="/a/">How to read your electricity meter in five steps</a></li>
    <li><a href="/b/">Moving house: what to do about your contract</a></li>
  </ul>
</aside>
<footer class="site-footer">
  <p>© 2026 Example Site. <a href="/imprint/">Imprint</a> · <a href="/privacy/">Privacy</a></p>
</footer>
</body>
</html>"""


def _body(html: str) -> str:
    return extract_article(html, url="https://www.example.org/page/").body


# --- accordions ---------------------------------------------------------------------------------------------


def _bootstrap_item(n: int, question: str, answer: str, *, shown: bool = False) -> str:
    state = "collapse show" if shown else "collapse"
    return f"""<div class="accordion-item"><h2 class="accordion-header" id="heading-{n}">
<button class="accordion-button{"" if shown else " collapsed"}" type="button" data-bs-toggle="collapse"
 data-bs-target="#collapse-{n}" aria-expanded="{str(shown).lower()}" aria-controls="collapse-{n}">{question}</button>
</h2><div id="collapse-{n}" class="accordion-collapse {state}" aria-labelledby="heading-{n}">
<div class="accordion-body"><p>{answer}</p></div></div></div>"""


_ANSWERS = [
    "Most people notice a burning pain on one side of the body first, and a rash follows two or three days "
    "later along the same nerve.",
    "A doctor can usually tell from the rash alone; in unclear cases a swab from a blister is sent to the lab "
    "for a test.",
    "Antiviral tablets shorten the illness when they are taken within three days of the rash appearing, and "
    "painkillers help with the rest.",
]
_QUESTIONS = ["What are the symptoms?", "How is it diagnosed?", "How is it treated?"]


def test_bootstrap_accordion_keeps_its_questions() -> None:
    items = "".join(
        _bootstrap_item(n, q, a, shown=n == 0)
        for n, (q, a) in enumerate(zip(_QUESTIONS, _ANSWERS, strict=True))
    )
    html = _page(
        f"""<article class="article"><h1>Shingles</h1><div class="article__content">
<p>{_PROSE}</p><div class="accordion" id="acc">{items}</div></div></article>""",
        title="Shingles",
    )
    body = _body(html)
    for question, answer in zip(_QUESTIONS, _ANSWERS, strict=True):
        assert f"{question}\n\n{answer}" in body
    assert "Open the main menu" not in body


def test_hidden_aria_region_answers_are_kept() -> None:
    """A FAQ accordion after the text, answers `hidden` until opened (WAI-ARIA accordion, FAQPage sites)."""
    items = "".join(
        f"""<div class="faq__item"><h3 class="faq__question"><button class="faq__trigger" aria-expanded="false"
 aria-controls="faq-answer-{n}" id="faq-q-{n}">{q}</button></h3><div class="faq__answer" id="faq-answer-{n}"
 role="region" aria-labelledby="faq-q-{n}" hidden><p>{a}</p></div></div>"""
        for n, (q, a) in enumerate(zip(_QUESTIONS, _ANSWERS, strict=True))
    )
    html = _page(
        f"""<article class="article"><h1>Shingles explained</h1><div class="richtext"><p>{_PROSE}</p>
<p>{_PROSE_2}</p></div><section class="faq"><h2>Frequently asked questions</h2>{items}</section></article>""",
        title="Shingles explained",
    )
    body = _body(html)
    assert body.endswith(f"{_QUESTIONS[-1]}\n\n{_ANSWERS[-1]}")
    assert _QUESTIONS[0] in body and _ANSWERS[0] in body


def test_a_menu_toggle_and_a_hidden_dialog_stay_out() -> None:
    """Must not fire: the navbar's toggle (no heading around it) and a hidden cookie dialog (no labelled
    region) are no accordion."""
    html = _page(
        f"""<article class="article"><h1>Meter readings</h1><p>{_PROSE}</p><p>{_PROSE_2}</p>
<div class="consent" role="dialog" aria-labelledby="consent-title" hidden><p id="consent-title">We use cookies
to measure how this site is used and to show you content that matters to you; you may refuse them.</p></div>
</article>""",
        title="Meter readings",
    )
    body = _body(html)
    assert "Open the main menu" not in body
    assert "cookies" not in body
    assert body == f"{_PROSE}\n\n{_PROSE_2}"


def test_a_cut_label_that_opens_a_teaser_is_no_question() -> None:
    """Must not fire: a toggle whose label is cut short (`Anna Berg ...`) opens the rest of a teaser."""
    html = _page(
        f"""<article class="article"><h1>Interview</h1><p>{_PROSE}</p>
<div class="expander"><h2><button aria-expanded="false" aria-controls="more-1">Anna Berg ...</button></h2>
<div id="more-1"><p>{_PROSE_2}</p></div></div></article>""",
        title="Interview",
    )
    body = _body(html)
    assert "Anna Berg" not in body
    assert _PROSE_2 in body


# --- product tabs -------------------------------------------------------------------------------------------

_DESCRIPTION = (
    "This cordless hedge trimmer is made for everyone who wants a tidy hedge without a cable or the smell of "
    "petrol. The brushless motor runs quietly and the 52 cm blade cuts a grown hedge in one pass."
)
_DESCRIPTION_2 = (
    "The rear handle turns through 180 degrees, so the sides and the top are equally comfortable to cut, and "
    "the diamond-ground blades leave clean cuts that heal fast."
)


def _shopware(extra_panel: str = "") -> str:
    return _page(
        f"""<div class="product-detail"><h1 class="product-detail-name">Cordless hedge trimmer HS 18</h1>
<p class="product-detail-price">229.00 €*</p>
<form class="buy-widget" action="/checkout/line-item/add"><button class="btn btn-buy">Add to basket</button></form>
<div class="product-detail-tabs"><ul class="nav nav-tabs" role="tablist">
<li><a class="nav-link active" href="#description-tab-pane" role="tab">Description</a></li>
<li><a class="nav-link" href="#features-tab-pane" role="tab">Highlights</a></li>
<li><a class="nav-link" href="#properties-tab-pane" role="tab">Technical data</a></li>
<li><a class="nav-link" href="#review-tab-pane" role="tab">Reviews (37)</a></li></ul>
<div class="tab-content">
<div class="tab-pane fade show active" id="description-tab-pane" role="tabpanel"><div class="product-detail-description">
<p>{_DESCRIPTION}</p><p>{_DESCRIPTION_2}</p></div></div>
<div class="tab-pane fade" id="features-tab-pane" role="tabpanel"><div class="h4">Highlights at a glance</div>
<ul><li>Brushless 18 V motor for long runs and little wear</li><li>52 cm cutting length, 24 mm tooth gap</li>
<li>Only 3.1 kg with the battery fitted</li></ul></div>
<div class="tab-pane fade" id="properties-tab-pane" role="tabpanel"><div class="h4">Technical data</div>
<table class="table"><tbody><tr><th>Cutting length</th><td>52 cm</td></tr><tr><th>Voltage</th><td>18 V</td></tr>
<tr><th>Weight</th><td>3.1 kg</td></tr></tbody></table></div>
<div class="tab-pane fade" id="review-tab-pane" role="tabpanel"><div class="product-detail-review">
<p class="h4">Customer reviews</p><p>Works well on my privet hedge, the battery lasts for the whole garden and
more, very happy with it overall.</p><p>Max from Leipzig, 12 March 2026</p></div></div>
{extra_panel}
</div></div></div>""",
        title="Cordless hedge trimmer HS 18",
        og_type="product",
    )


def test_product_tab_panels_join_the_description() -> None:
    body = _body(_shopware())
    assert body.startswith(_DESCRIPTION)
    assert "Highlights at a glance\n\nBrushless 18 V motor for long runs and little wear" in body
    assert body.endswith("Technical data\n\nCutting length | 52 cm\n\nVoltage | 18 V\n\nWeight | 3.1 kg")
    assert "privet" not in body  # the reviews panel is the shop's


_CARE = (
    "Spot clean with a damp cloth and cold water. Do not machine wash or dry clean: it will strip the wax.</p>"
    "<p>Once a year, or when the canvas stops beading water, rub in a thin coat of our fabric wax bar and set it "
    "with a hair dryer on a low setting.</p><p>Small creases and scuffs are part of the character of waxed canvas "
    "and will fade or deepen over time."
)


def test_shopify_dawn_collapsible_tabs_join_with_their_labels() -> None:
    def tab(name: str, text: str) -> str:
        return f"""<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_{name}">
<summary><div class="summary__title"><svg class="icon icon-{name}"></svg><h2 class="h4 accordion__title">{name.title()}</h2>
</div><svg class="icon icon-caret"></svg></summary><div class="accordion__content rte"><p>{text}</p></div></details></div>"""

    html = _page(
        f"""<section class="product"><div class="product__info-container">
<div class="product__title"><h1>Waxed canvas tote</h1></div><div class="price">$168.00 USD</div>
<div class="product__description rte quick-add-hidden"><p>{_DESCRIPTION}</p><ul><li>Waxed cotton canvas body</li>
<li>Leather handles with copper rivets</li></ul></div>
{tab("materials", "The canvas is woven in North Carolina and waxed with a paraffin blend without petroleum solvents.")}
{tab("care", _CARE)}
{tab("shipping", "Free shipping on orders over $150 in the contiguous US, returns within 30 days of delivery.")}
</div></section>""",
        title="Waxed canvas tote",
        og_type="product",
    )
    body = _body(html)
    assert _DESCRIPTION in body and "Leather handles with copper rivets" in body
    assert "Materials\n\nThe canvas is woven" in body
    assert "Care\n\nSpot clean" in body and "fade or deepen over time." in body
    assert "Free shipping" not in body


def test_a_news_articles_summary_and_speed_read_tabs_stay_out() -> None:
    """Must not fire: a news site's `Summary` tab repeats the article's opening; a `Speed read` tab is a form."""
    summary = f"""<div class="tab-pane" id="summary" role="tabpanel"><h2 class="first-paragraph">{_PROSE}</h2>
<h3>Summary</h3><ul><li>The court heard the case for three days and will rule within the next few months.</li></ul></div>
<div class="tab-pane" id="speed" role="tabpanel"><form><label>Reading speed</label><input type="text" value="250">
<label><input type="checkbox">Hide text box</label></form></div>"""
    html = _page(
        f"""<article class="article"><h1>Court hears the case</h1><div class="tab-content">
<div class="tab-pane active" id="article" role="tabpanel"><div class="article-content"><p>{_PROSE}</p>
<p>{_PROSE_2}</p><p>{_DESCRIPTION_2}</p><p>{_DESCRIPTION}</p><p>{_ANSWERS[0]}</p><p>{_ANSWERS[1]}</p>
<p>{_ANSWERS[2]}</p></div></div>{summary}</div></article>""",
        title="Court hears the case",
    )
    body = _body(html)
    assert body.startswith(f"{_PROSE}\n\n{_PROSE_2}\n\n{_DESCRIPTION_2}")
    assert body.endswith(_ANSWERS[2])
    assert "Reading speed" not in body and "next few months" not in body


def test_a_sidebars_tabs_do_not_join_an_article() -> None:
    """Must not fire: the article is no panel; a sidebar's `Latest / Most read` tab panes stay out."""
    html = _page(
        f"""<article class="article"><h1>Council budget</h1><div class="entry-content"><p>{_PROSE}</p>
<p>{_PROSE_2}</p></div></article>
<div class="widget-tabs"><div class="tab-pane active" role="tabpanel"><ul><li><a href="/x/">A long headline of the
latest story on this site about the weather</a></li></ul></div><div class="tab-pane" role="tabpanel"><p>The most read
story of the week, which many readers shared with their friends and families on the weekend.</p></div></div>""",
        title="Council budget",
    )
    assert _body(html) == f"{_PROSE}\n\n{_PROSE_2}"


# --- headings by class and icons ----------------------------------------------------------------------------


def test_a_plain_label_after_the_text_still_goes() -> None:
    """Must not fire: a label with no heading class after the last paragraph is cut as before, and so is a
    class-styled heading followed by nothing that belongs to it."""
    html = _page(
        f"""<article class="article"><h1>Opening hours</h1><div class="entry-content"><p>{_PROSE}</p>
<p>{_PROSE_2}</p><div class="label">Share this page</div><div class="h4">Print</div></div></article>""",
        title="Opening hours",
    )
    body = _body(html)
    assert body == f"{_PROSE}\n\n{_PROSE_2}"


def test_a_caption_beside_a_photo_still_goes() -> None:
    """Must not fire: the icon rule is for drawings; a heading-less caption beside a photo is still a caption."""
    html = _page(
        f"""<article class="article"><h1>Harbour festival</h1><div class="entry-content"><p>{_PROSE}</p>
<div class="pic"><img src="/img/harbour.jpg" width="800" height="500" alt=""><span>Boats in the harbour.</span></div>
<p>{_PROSE_2}</p></div></article>""",
        title="Harbour festival",
    )
    assert "Boats in the harbour" not in _body(html)


# --- atomic class names -------------------------------------------------------------------------------------

_ATOMIC = "gm ik zb gw an bm pe ah nx dt ad ys gg ka ce ra"


def test_ad_among_atomic_class_names_is_no_ad() -> None:
    html = _page(
        f"""<article><h1 class="pw-post-title">Six time zone bugs</h1>
<p class="pw-post-body-paragraph hk hl ab">{_PROSE}</p>
<p class="pw-post-body-paragraph {_ATOMIC}">{_PROSE_2}</p>
<ul><li class="{_ATOMIC}">A daily partition key computed from the ingestion time, not the event time.</li>
<li class="ao it qz nb ip kt hu bv">Two dashboards that converted to Pacific time, one that did not.</li></ul>
<p class="pw-post-body-paragraph xy db lx">{_DESCRIPTION_2}</p></article>""",
        title="Six time zone bugs",
    )
    body = _body(html)
    assert _PROSE_2 in body
    assert "A daily partition key" in body


def test_a_real_ad_slot_still_goes() -> None:
    """Must not fire: `ad` in a short class string (`ad ad-slot`, `ad mid`) is an ad."""
    html = _page(
        f"""<article class="article"><h1>Rail strike</h1><div class="entry-content"><p>{_PROSE}</p>
<div class="ad ad-slot"><p>Advertisement: the best mattress deals of the season are here, do not miss them now.</p></div>
<div class="ad mid"><p>Sponsored: upgrade your kitchen with our spring collection and save on every order.</p></div>
<p>{_PROSE_2}</p></div></article>""",
        title="Rail strike",
    )
    body = _body(html)
    assert "mattress" not in body and "kitchen" not in body
    assert body == f"{_PROSE}\n\n{_PROSE_2}"


# --- recipe cards -------------------------------------------------------------------------------------------

_STORY = (
    "Every autumn, as soon as the apples in my grandmother's garden were ripe, the whole house smelled of this "
    "crumble cake, and I have baked it every year since she gave me her notebook."
)
_STORY_2 = (
    "She never weighed anything: a good cup of flour and butter until it feels right, so it took me a few "
    "tries to turn her notes into a recipe that works every time."
)


def _tasty_card() -> str:
    return """<div class="tasty-recipes tasty-recipes-2288 tasty-recipes-display">
<div class="tasty-recipes-entry-header"><div class="tasty-recipes-entry-header-details">
<h2 class="tasty-recipes-title">Apple crumble cake</h2>
<div class="tasty-recipes-details"><ul><li class="author"><span class="tasty-recipes-label">Author:</span>
<span class="tasty-recipes-author-name">Steffi</span></li><li class="prep-time"><span class="tasty-recipes-label">Prep
Time:</span> <span class="tasty-recipes-prep-time">30 minutes</span></li><li class="category"><span
class="tasty-recipes-label">Category:</span> <span class="tasty-recipes-category">Cake</span></li></ul></div>
<div class="tasty-recipes-buttons"><a class="button" href="/print/2288/">Print Recipe</a></div></div></div>
<div class="tasty-recipes-entry-content"><div class="tasty-recipes-ingredients"><div class="tasty-recipes-ingredients-header">
<h3>Ingredients</h3><div class="tasty-recipes-units-scale-container"><span class="tasty-recipes-scale-container">
<span class="tasty-recipes-scale-label">Scale</span><button class="tasty-recipes-scale-button">1x</button></span></div></div>
<div class="tasty-recipes-ingredients-body"><ul><li>500 g flour</li><li>200 ml warm milk</li><li>1.5 kg sour apples</li>
</ul></div></div><div class="tasty-recipes-instructions"><h3>Instructions</h3><div class="tasty-recipes-instructions-body">
<ol><li>Dissolve the yeast in the warm milk and leave it for ten minutes.</li><li>Knead everything into a smooth dough
and let it rise for an hour in a warm place.</li></ol></div></div>
<div class="tasty-recipes-notes"><h3>Notes</h3><div class="tasty-recipes-notes-body"><p>For a quick version, use a
sponge batter instead of the yeast dough; the baking time stays the same.</p></div></div>
<div class="tasty-recipes-nutrition"><h3>Nutrition</h3><ul><li><strong class="tasty-recipes-label">Calories:</strong>
<span>312 kcal</span></li><li><strong class="tasty-recipes-label">Fat:</strong> <span>13 g</span></li></ul></div>
<div class="tasty-recipes-keywords"><p><span class="tasty-recipes-label">Keywords:</span> apple cake, crumble</p></div>
</div><div class="tasty-recipes-entry-footer"><h3>Did you make this recipe?</h3><p>Tag
<a href="https://www.instagram.com/example">@example</a> on Instagram, I love to see your photos!</p></div></div>"""


def test_tasty_recipes_card_keeps_its_recipe_not_its_facts() -> None:
    html = _page(
        f"""<article class="post"><h1 class="entry-title">Apple crumble cake like grandma's</h1>
<div class="entry-content"><p>{_STORY}</p><p>{_STORY_2}</p>{_tasty_card()}</div></article>""",
        title="Apple crumble cake like grandma's",
    )
    body = _body(html)
    assert body.startswith(f"{_STORY}\n\n{_STORY_2}")
    for kept in (
        "Ingredients",
        "500 g flour",
        "Instructions",
        "let it rise for an hour",
        "Notes",
        "sponge batter",
    ):
        assert kept in body
    for chrome in (
        "Author:",
        "Prep Time",
        "Category:",
        "Scale",
        "Calories",
        "Keywords",
        "Instagram",
        "Print Recipe",
    ):
        assert chrome not in body
    assert "Apple crumble cake\n\n" not in body


def test_mediavine_create_card_keeps_its_instructions() -> None:
    """Mediavine Create: times and the meta line go, the instructions stay."""
    html = _page(
        f"""<article class="post"><h1 class="entry-title">Lemon bars</h1><div class="entry-content"><p>{_STORY}</p>
<p>{_STORY_2}</p><div class="mv-create-card mv-create-card-recipe"><h2 class="mv-create-title">Easy lemon bars with a
shortbread base</h2>
<div class="mv-create-times"><div class="mv-create-time">Prep Time 15 minutes</div><div class="mv-create-time">Cook
Time 25 minutes</div></div><div class="mv-create-instructions"><h3>Instructions</h3><ol><li>Press the shortbread into
the tin and bake it for fifteen minutes until it is golden.</li><li>Pour the lemon filling over the warm base and bake
for ten more minutes.</li></ol></div><div class="mv-create-meta"><span>Category: Dessert</span></div></div></div>
</article>""",
        title="Lemon bars",
    )
    body = _body(html)
    assert "Press the shortbread" in body and "Instructions" in body
    assert "Prep Time" not in body and "Category: Dessert" not in body
    assert "Easy lemon bars" not in body


def test_a_nutrition_section_of_a_health_article_stays() -> None:
    """Must not fire: a theme's own `nutrition` block of an article is no recipe plugin's card."""
    section = (
        "Adults need about 25 to 30 grams of fibre a day, and most people eat far less than that, which is why "
        "doctors recommend whole grains, pulses and vegetables at every meal."
    )
    html = _page(
        f"""<article class="article"><h1>Eating for a healthy gut</h1><div class="article-body"><p>{_STORY_2}</p>
<div class="nutrition box-nutrition"><h2>Nutrition</h2><p>{section}</p></div><p>{_PROSE_2}</p></div></article>""",
        title="Eating for a healthy gut",
    )
    body = _body(html)
    assert section in body and "Nutrition" in body


def test_a_starred_affiliate_line_in_a_box_goes() -> None:
    line = (
        "<strong>My favourite tray:</strong> I have baked with this "
        '<a href="https://www.amazon.de/dp/B00X?tag=x-21" rel="sponsored nofollow">enamelled tray*</a> for years.'
    )
    html = _page(
        f"""<article class="post"><h1 class="entry-title">Crumble cake</h1><div class="entry-content"><p>{_STORY}</p>
<div class="wp-block-group is-style-tipp"><p>{line}</p></div><p>{_STORY_2}</p></div></article>""",
        title="Crumble cake",
    )
    body = _body(html)
    assert "enamelled tray" not in body
    assert body == f"{_STORY}\n\n{_STORY_2}"


def test_a_starred_link_in_the_texts_flow_and_an_unstarred_box_stay() -> None:
    """Must not fire: a starred paid link inside a paragraph of the text's flow is the writer's sentence, and a
    box whose short paid link carries no star is left as before."""
    flow = (
        'The cake needs a deep tray; I use an <a href="https://www.amazon.de/dp/B00X?tag=x-21" rel="sponsored">'
        "enamelled tray*</a> because nothing sticks to it, but any deep tray will do."
    )
    boxed = (
        'We stayed two nights at the <a href="https://www.booking.com/h?aid=1" rel="sponsored">Hotel Linde</a> '
        "in the old town, which we can recommend to anyone."
    )
    html = _page(
        f"""<article class="post"><h1 class="entry-title">Crumble cake</h1><div class="entry-content"><p>{_STORY}</p>
<p>{flow}</p><div class="wp-block-group"><p>{boxed}</p></div><p>{_STORY_2}</p></div></article>""",
        title="Crumble cake",
    )
    body = _body(html)
    assert "enamelled tray* because nothing sticks" in body
    assert "Hotel Linde" in body


# --- paywall offers and consent placeholders ----------------------------------------------------------------


def test_a_paywall_offer_box_goes() -> None:
    html = _page(
        f"""<article class="article"><h1>County votes to merge its hospitals</h1><div class="article__body">
<p>{_PROSE}</p><p>{_PROSE_2}</p></div><div class="paywall" id="plenigo-paywall"><div class="paywall__box">
<h2 class="paywall__title">Read on with Plus</h2><p class="paywall__text">Read every article from your region: four
weeks for 0.99 €, then 9.99 € a month. Cancel any time.</p><a class="button" href="/abo/">Try it now</a></div></div>
</article>""",
        title="County votes to merge its hospitals",
    )
    assert _body(html) == f"{_PROSE}\n\n{_PROSE_2}"


def test_paid_text_in_a_paywall_content_block_stays() -> None:
    """Must not fire: the paid text itself (`paywall-content`, `article-body has-paywall`) is the article."""
    html = _page(
        f"""<article class="article has-paywall"><h1>County votes</h1><div class="article-body"><p>{_PROSE}</p>
<div class="paywall-content"><p>{_PROSE_2}</p><p>{_DESCRIPTION_2}</p></div></div></article>""",
        title="County votes",
    )
    assert _body(html) == f"{_PROSE}\n\n{_PROSE_2}\n\n{_DESCRIPTION_2}"


def test_a_maps_cookie_placeholder_goes() -> None:
    html = _page(
        f"""<article class="tour"><h1>Three lakes bike tour</h1><div class="tour-desc"><p>{_PROSE}</p><p>{_PROSE_2}</p>
</div><section class="tour-map"><div class="map-placeholder"><p>To view the map, please accept cookies from
Outdooractive.</p><button>Load map</button></div></section></article>""",
        title="Three lakes bike tour",
    )
    assert "accept cookies" not in _body(html)


def test_a_sentence_about_cookies_stays() -> None:
    """Must not fire: the words without the placeholder's `to view the map/video` request are a sentence."""
    cookies = (
        "The regulator found that to view the video archive, visitors were never asked about cookies at all, "
        "a breach the company has now fixed."
    )
    html = _page(
        f"""<article class="article"><h1>Privacy fine</h1><div class="article-body"><p>{_PROSE}</p><p>{cookies}</p>
<p>Bakers sold more cookies than ever this winter, the trade association said on Monday in its report.</p>
</div></article>""",
        title="Privacy fine",
    )
    body = _body(html)
    assert "Bakers sold more cookies" in body
    assert "never asked about cookies" in body


# --- health pages: reviewer line and sources list -----------------------------------------------------------

_SOURCES = (
    "<li>Federal Ministry of Health: Vaccination plan 2025/2026. Vienna 2025.</li>"
    "<li>Gross GE et al.: Guideline on the diagnosis and therapy of zoster. AWMF register 013-023, 2019.</li>"
    "<li>Kawai K et al.: Systematic review of incidence and complications of herpes zoster. BMJ Open 2014; 4.</li>"
)


def test_a_health_pages_sources_list_and_reviewer_line_go() -> None:
    html = _page(
        f"""<article class="article"><h1>Shingles</h1><div class="article__content"><p>{_PROSE}</p><p>{_PROSE_2}</p>
<h2>Sources</h2><ul class="sources-list">{_SOURCES}</ul>
<p class="article__meta-review">Medically reviewed by: Dr. Florian Aigner, dermatologist</p>
<p>Was this information helpful?</p></div></article>""",
        title="Shingles",
    )
    assert _body(html) == f"{_PROSE}\n\n{_PROSE_2}"


def test_a_sources_section_of_prose_and_a_reviewed_sentence_stay() -> None:
    """Must not fire: a `Sources` heading over prose or over undated items is a section of the text, and a
    sentence that reports a review is the writer's."""
    reviewed = (
        "Medically reviewed by the hospital's ethics board in 2019, the study was nonetheless criticised for its "
        "small sample and its short follow-up period, as several experts told us."
    )
    html = _page(
        f"""<article class="article"><h1>Where our data come from</h1><div class="article__content"><p>{_PROSE}</p>
<p>{reviewed}</p><h2>Sources</h2><ul><li>Interviews with twelve nurses on three wards</li><li>The hospital's own
figures on waiting times</li></ul><p>{_PROSE_2}</p></div></article>""",
        title="Where our data come from",
    )
    body = _body(html)
    assert reviewed in body
    assert "Sources\n\nInterviews with twelve nurses on three wards" in body
    assert body.endswith(_PROSE_2)


def test_a_helpline_box_goes() -> None:
    html = _page(
        f"""<article class="article"><h1>Shingles</h1><div class="article__content"><p>{_PROSE}</p><p>{_PROSE_2}</p>
<div class="infobox infobox--hotline"><div class="infobox__title">Health line 1450</div><p>Not sure whether you need a
doctor? Call 1450 at any hour and a trained nurse will advise you on what to do next.</p></div></div></article>""",
        title="Shingles",
    )
    assert _body(html) == f"{_PROSE}\n\n{_PROSE_2}"


def test_a_fact_box_and_an_article_about_a_hotline_stay() -> None:
    """Must not fire: a fact box that is no helpline box, and a story whose text is about a hotline."""
    hotline = (
        "The new crisis hotline took more than 4,000 calls in its first month, twice as many as the health "
        "ministry had planned for, and it will hire twenty more staff."
    )
    facts = "Shingles is caused by the same virus as chickenpox, and about one in three people get it in their lives."
    html = _page(
        f"""<article class="article hotline-story"><h1>Crisis line swamped</h1><div class="article__content">
<p>{hotline}</p><div class="infobox infobox--facts"><div class="infobox__title">Facts</div><p>{facts}</p></div>
<p>{_PROSE_2}</p></div></article>""",
        title="Crisis line swamped",
    )
    body = _body(html)
    assert hotline in body and facts in body


# --- a picture viewer's caption -----------------------------------------------------------------------------


def _viewer(caption_html: str) -> str:
    return f"""<div type="image" class="_1cTGW"><div data-hook="imageViewer" class="_3-Ubl" role="button">
<div class="_1G4N5" data-hook="image-container"><img src="https://static.example.com/media/shelves.jpg" alt=""></div>
{caption_html}</div></div>"""


def test_a_picture_viewers_span_caption_goes() -> None:
    """Wix's Ricos image viewer (and image widgets built the same way): a span caption beside the image box."""
    html = _page(
        f"""<article><h1 class="blog-post-title">Firing day</h1><div class="post-content"><p>{_PROSE}</p>
{_viewer('<span class="_2OmB7" data-hook="imageViewerCaption">Greenware on the drying shelves.</span>')}
<p>{_PROSE_2}</p></div></article>""",
        title="Firing day",
    )
    assert _body(html) == f"{_PROSE}\n\n{_PROSE_2}"


def test_a_paragraph_after_a_picture_box_stays() -> None:
    """Must not fire: a paragraph element after the picture box, and a long line, are text, not captions."""
    line = (
        "We load the kiln on Friday evening and let it climb slowly through the night, and by Saturday noon the "
        "first pieces are ready to come out and cool on the shelves by the window, where the light is best for "
        "checking the glaze."
    )
    html = _page(
        f"""<article><h1 class="blog-post-title">Firing day</h1><div class="post-content"><p>{_PROSE}</p>
{_viewer(f"<p>{_PROSE_2}</p>")}{_viewer(f"<span>{line}</span>")}</div></article>""",
        title="Firing day",
    )
    body = _body(html)
    assert _PROSE_2 in body and line in body
