"""Body recall rules of session 12 (#10): pages whose text the scores cut to one box or whose opening lines went.

- The declared main region: on a landing, service or information page the text's sections each sit in boxes of
  their own (a software product page's hero, features grid, FAQ accordion and comparison table; a shop's
  sustainability page built of Nuxt/BEM section components; an Elementor page's sections and widgets), and the
  scores pick one box. When the page's one `<main>` (or `role="main"`; else its `itemprop="mainContentOfPage"`
  block; else Elementor's content document) holds 2.5 times the chosen text and almost no links, the region is
  the text. A news page whose `<main>` also holds teaser lists (links) or a comment thread, or a post with an
  inline list of search terms, stays as it was.
- Hint words inside other words: `operating`, `iterating`, `generating` hold `rating`, `accreditation` holds
  `credit`, a BEM root `APageRoot__Sections` holds `pager`; none of them names a junk block.
- Data before the prose: a headline block before the text's first prose paragraph is a few lines (kicker,
  byline, date, share labels); six lines or more are the page's own data (a drug database's label/value grid, an
  imprint's address block, a recipe's ingredients), kept. A news page's headline block stays trimmed.

Each test serves a complete page (head metadata, navigation, footer) of its family.
"""

from __future__ import annotations

from telisik.extract import extract_article
from telisik.extract.body import _read_hint


def _page(body: str, *, title: str, lang: str = "en", og_type: str = "website", head_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{title}">
<meta name="description" content="{title}">
{head_extra}
</head>
<body>
<header class="site-header"><a class="logo" href="/">Brand</a>
<nav class="main-nav"><ul><li><a href="/products">Products</a></li><li><a href="/pricing">Pricing</a></li>
<li><a href="/support">Support</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
{body}
<footer class="site-footer"><p>© 2026 Brand Inc.</p><ul><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms</a></li><li><a href="/imprint">Imprint</a></li></ul></footer>
</body>
</html>"""


_FEATURES = [
    (
        "Runs side by side",
        "Use the second system next to your own without restarting, share files and folders between both, and "
        "copy text from one window into the other as if they were one machine.",
    ),
    (
        "Set up in minutes",
        "The assistant detects what you need to get started and downloads it for you, so the first machine is "
        "ready within minutes rather than the afternoon it used to take.",
    ),
    (
        "Fast on battery",
        "Demanding applications run without slowing the host down, and the travel mode stretches the battery "
        "when you are away from a power socket for a long flight.",
    ),
    (
        "Choose your view",
        "Hide the second system and keep only its applications on your desktop, or let it fill the whole "
        "screen when you are new to it and want to feel at home from the first day.",
    ),
    (
        "Touch bar and dock",
        "Put the applications of the second system into the dock and the touch bar, launch them from there "
        "and switch between them with the same keys you already use every day.",
    ),
    (
        "One-click tuning",
        "Pick productivity, games, design, testing or development, and the settings of the virtual machine "
        "are tuned for that kind of work without you touching a single option.",
    ),
    (
        "Save disk space",
        "Unused space inside the virtual machine is given back to your computer automatically, so the second "
        "system never takes more of your disk than it really needs at the moment.",
    ),
    (
        "Works with your devices",
        "Printers, cameras, drives and pens connect to either system with one click, and the clipboard, the "
        "sound and the network are shared between them without any setup.",
    ),
]
_FAQ = [
    (
        "How does it work?",
        "The application creates a virtual machine, a copy of a computer in software, and runs the second "
        "system inside it while your own keeps running as before.",
    ),
    (
        "What are the system requirements?",
        "Any machine of the last six years with eight gigabytes of memory and twenty gigabytes of free disk "
        "space runs it; more memory makes the second system faster.",
    ),
    (
        "What is your return policy?",
        "Every purchase made on our site comes with a thirty-day money-back guarantee; write to the support "
        "team and the amount is refunded within a week of the request.",
    ),
]


_SYSTEMS = [
    "Windows 11 and Windows 10, Home and Pro editions",
    "Windows Server 2022, 2019 and 2016, Standard and Datacenter",
    "Ubuntu 24.04 LTS, 22.04 LTS and 20.04 LTS, desktop and server",
    "Fedora Linux 40 and 39, Workstation and Server editions",
    "Debian GNU/Linux 12 and 11, with the standard desktop",
    "Red Hat Enterprise Linux 9 and 8, and their rebuilds",
    "openSUSE Leap 15.6 and 15.5, and SUSE Linux Enterprise 15",
    "Linux Mint 22 and 21, Cinnamon, MATE and Xfce editions",
    "FreeBSD 14 and 13, and the other BSD systems in text mode",
    "Older systems such as Windows 7 and Windows XP for legacy software",
]


def _frame(n: int, section_class: str, inner: str) -> str:
    """A TYPO3 content element: `div.frame` around a theme's section, container, row and column."""
    return (
        f"<div id='c{n}' class='frame frame-default frame-type-html frame-layout-0'><section "
        f"class='{section_class}'><div class='container'><div class='row'><div class='col-xs-12 col-sm-6'>"
        f"{inner}</div></div></div></section></div>"
    )


def _landing_page() -> str:
    features = "".join(
        _frame(400 + n, "section-feature", f"<div class='feature-card'><h3>{h}</h3><p>{t}</p></div>")
        for n, (h, t) in enumerate(_FEATURES)
    )
    systems = "".join(f"<li>{name}</li>" for name in _SYSTEMS)
    answers = [
        f"<p>{_FAQ[0][1]}</p>",
        f"<p>{_FAQ[1][1]}</p><h5>Supported guest systems</h5><ul>{systems}</ul><p>Other systems may work as "
        "well; they are not on the list because we have not tested them in our lab yet or found issues we are "
        "still working on. Download the trial and install the system of your choice to see for yourself.</p>",
        f"<p>{_FAQ[2][1]}</p>",
    ]
    faq = "".join(
        f"<div class='panel panel-default'><div class='panel-heading'><h4 class='panel-title'>"
        f"<a data-toggle='collapse' href='#faq{n}'>{q}</a></h4></div><div id='faq{n}' class='panel-collapse "
        f"collapse accordion-faq_collapse{n}'><div class='panel-body'>{answer}</div></div></div>"
        for n, ((q, _), answer) in enumerate(zip(_FAQ, answers, strict=True))
    )
    compare = (
        "<h2>Compare editions</h2><table class='table'><tr><th>Feature</th><th>Standard</th><th>Pro</th></tr>"
        "<tr><td>Debug plug-in for the development studio</td><td>no</td><td>yes</td></tr>"
        "<tr><td>Network conditioner to simulate slow connections</td><td>no</td><td>yes</td></tr></table>"
    )
    main = (
        "<main>"
        + _frame(
            398,
            "section-hero",
            "<h1>Run a second system on your computer</h1><p class='lead'>Fast, powerful and easy: the most "
            "trusted desktop virtualization for over ten years.</p><a class='btn' href='/buy'>Buy now</a>",
        )
        + features
        + _frame(
            410,
            "section-tweets",
            "<h2>Over seven million users</h2>"
            + "".join(
                f"<blockquote><p>{quote}</p><cite>{who}</cite></blockquote>"
                for quote, who in (
                    (
                        "Of all the ways to run a second system, this is my favourite because it simply works, "
                        "it is fast and it is reliable.",
                        "A reviewer, Tech Weekly",
                    ),
                    (
                        "It is astonishing that starting the virtual machine is faster than starting a real "
                        "computer next to it on the same desk.",
                        "A columnist, Daily Gadget",
                    ),
                    (
                        "The most tightly integrated way to run the applications of another system that we have "
                        "tested this year.",
                        "Editors, PC Review",
                    ),
                )
            ),
        )
        + _frame(415, "section-compareTable", compare)
        + _frame(
            421,
            "section-faq simplified faqs",
            f"<h2>FAQs</h2><div class='accordion'><div class='panel-group accordion-faq'>{faq}</div></div>",
        )
        + "</main>"
    )
    return _page(main, title="Desktop for Mac | Brand")


def test_a_landing_page_whose_scores_pick_its_faq_box_reads_its_whole_main_region():
    result = extract_article(_landing_page(), url="https://brand.example/products/desktop/")
    for heading, text in _FEATURES:
        assert heading in result.body
        assert text in result.body
    assert _FAQ[1][1] in result.body
    assert "Network conditioner to simulate slow connections" in result.body
    assert "© 2026 Brand Inc." not in result.body
    assert "Pricing" not in result.body.split("\n\n")


def _news_page_with_teasers() -> str:
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "The council approved the new bus lines on Tuesday evening after a debate that lasted almost three "
            "hours and ended with a clear majority of the members in favour.",
            "The first of the lines will run from the station to the hospital from March, every ten minutes "
            "during the day and every half hour in the evening and at weekends.",
        )
    )
    teasers = "".join(
        f"<article class='card'><h3><a href='/news/{n}'>Other story number {n} from the region today</a></h3>"
        f"<p>A summary of the other story, written as a full sentence that says what happened, where and "
        f"when, in about as many words as a reader takes in at a glance. <a href='/news/{n}'>More</a></p>"
        f"</article>"
        for n in range(12)
    )
    main = (
        "<main><article class='story'><h1>Council approves new bus lines</h1>"
        f"<div class='story-body'>{story}</div></article>"
        f"<section class='more'><h2>More from the region</h2>{teasers}</section></main>"
    )
    return _page(main, title="Council approves new bus lines", og_type="article")


def test_a_news_story_in_a_main_region_full_of_teasers_stays_the_story():
    result = extract_article(_news_page_with_teasers(), url="https://paper.example/news/bus-lines")
    assert result.body.startswith("The council approved the new bus lines")
    assert "Other story number" not in result.body
    assert "A summary of the other story" not in result.body


def _short_post_with_comments() -> str:
    comments = "".join(
        f"<li class='comment'><div class='comment-author'>Reader {n}</div><div class='comment-content'><p>I "
        f"agree with most of what you wrote here, and I would add that the same happened in our town last "
        f"year, when the council made exactly the same promise. Comment number {n}.</p></div></li>"
        for n in range(10)
    )
    main = (
        "<main id='main' class='site-main'><article class='post'><h1>A short note on the new lines</h1>"
        "<div class='entry-content'><p>The new bus lines are a good start, but they leave the northern "
        "villages without any service after eight in the evening, which is when most of us come home.</p>"
        "</div></article>"
        f"<div id='comments' class='comments-area'><h2>10 comments</h2><ol class='comment-list'>{comments}</ol>"
        "</div></main>"
    )
    return _page(main, title="A short note on the new lines", og_type="article")


def test_a_short_post_with_a_long_comment_thread_keeps_the_post_alone():
    result = extract_article(_short_post_with_comments(), url="https://blog.example/2026/03/short-note/")
    assert result.body.startswith("The new bus lines are a good start")
    assert "Comment number" not in result.body


def _nuxt_shop_page() -> str:
    sections = "".join(
        f"<section id='{n}' class='APageRoot__SectionWrapper'><div class='ATheContent__Section'>"
        f"<section class='AContentPageTextAndImage'><div class='AContentPageTextAndImage__Content'>"
        f"<h2 class='AContentPageTextAndImage__Headline'>{h}</h2><div class='AContentPageTextAndImage__Text'>"
        f"<p>{t}</p></div></div></section></div></section>"
        for n, (h, t) in enumerate(
            [
                (
                    "Digital return documents",
                    "Since this spring we send delivery notes and return labels only by e-mail: that saves "
                    "paper for printing and the paper pouches on every parcel we ship to our customers.",
                ),
                (
                    "Digital manuals",
                    "Not only inside the parcel but on the product itself we want to save paper, so the printed "
                    "manuals are replaced step by step by digital ones you can download at any time.",
                ),
                (
                    "Boxes from recycled paper",
                    "The paper waste of our stores and warehouses goes back to our box suppliers, who turn it "
                    "into the shipping boxes your next order arrives in, again and again.",
                ),
            ]
        )
    )
    main = (
        "<div id='__nuxt'><div class='ATheContentPage__Wrapper'><main class='APageRoot'>"
        f"<div class='APageRoot__Wrapper'><div class='APageRoot__Sections'>{sections}</div></div></main></div></div>"
    )
    return _page(main, title="Sustainability in our online shop", lang="de")


def test_a_bem_page_root_is_not_read_as_a_pager():
    assert not _read_hint("apageroot__sections").junk
    assert not _read_hint("operating-system-guide").junk
    assert not _read_hint("accreditation-info").junk
    assert _read_hint("pager").junk
    assert _read_hint("pagers").junk
    assert _read_hint("star-rating").junk
    assert _read_hint("photo-credit").junk
    result = extract_article(_nuxt_shop_page(), url="https://shop.example/c/sustainability/s10009344")
    assert "Since this spring we send delivery notes" in result.body
    assert "The paper waste of our stores and warehouses" in result.body
    assert "Not only inside the parcel" in result.body


def _drug_database_page() -> str:
    rows = [
        ("Präparat", "Chininum salicylicum D4 Tabletten"),
        ("Kennzeichen", "Homöopathisches Arzneimittel"),
        ("Gebrauchsinformation", "Kein Beipackzettel vom Hersteller bereitgestellt"),
        ("Fachinformation", "Keine Fachinformation zu diesem Präparat verfügbar"),
        ("Wirkstoffe", "Chininum salicylicum Trit. D4"),
        ("Darreichungsform", "Tabletten"),
        ("Packungsgrößen", "80 Tabletten N1"),
    ]
    grid = "".join(
        f"<div class='row mb-2'><div class='col-12 col-sm-4 font-weight-bold pb-2'>{label}</div>"
        f"<div class='col-12 col-sm-8'><p>{value}</p></div></div>"
        for label, value in rows
    )
    main = (
        "<div class='container'><div class='content_main'><div class='content'>"
        "<h1>Chininum salicylicum D4 Tabletten</h1>"
        f"<div class='tab-content mb-3'><div id='praeparat' class='tab-pane fade show active'>{grid}"
        "<p>Homöopathische Arzneimittel werden nach den Vorschriften des Arzneibuchs hergestellt; ihre "
        "Wirksamkeit ist für die hier genannten Anwendungsgebiete nicht in Studien belegt worden.</p>"
        "</div></div></div></div></div>"
    )
    return _page(main, title="Chininum salicylicum D4 Tabletten", lang="de")


def test_a_label_value_grid_before_the_prose_is_the_page_data_and_stays():
    result = extract_article(_drug_database_page(), url="https://arznei.example/produkte/chininum_433873")
    assert "Kein Beipackzettel vom Hersteller bereitgestellt" in result.body
    assert "Keine Fachinformation zu diesem Präparat verfügbar" in result.body
    assert "80 Tabletten N1" in result.body
    assert "Homöopathische Arzneimittel werden nach den Vorschriften" in result.body


def _imprint_page() -> str:
    article = """<article class="page"><div class="entry-content">
<h2>Angaben gemäß § 5 TMG</h2>
<p>Agentur Nordlicht</p><p>Anika Beispiel</p><p>Heideweg 1</p><p>29614 Soltau</p>
<h2>Kontakt</h2><p>Telefon: 05191 000000</p><p>E-Mail: info@agentur.example</p>
<h2>Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV</h2><p>Anika Beispiel, Heideweg 1, 29614 Soltau</p>
<h2>Haftung für Inhalte</h2>
<p>Als Diensteanbieter sind wir gemäß § 7 Abs. 1 TMG für eigene Inhalte auf diesen Seiten nach den allgemeinen
Gesetzen verantwortlich. Nach §§ 8 bis 10 TMG sind wir als Diensteanbieter jedoch nicht verpflichtet,
übermittelte oder gespeicherte fremde Informationen zu überwachen.</p>
<p>Verpflichtungen zur Entfernung oder Sperrung der Nutzung von Informationen nach den allgemeinen Gesetzen
bleiben hiervon unberührt. Eine diesbezügliche Haftung ist jedoch erst ab dem Zeitpunkt der Kenntnis einer
konkreten Rechtsverletzung möglich.</p>
</div></article>"""
    return _page(article, title="Impressum – Agentur Nordlicht", lang="de")


def test_an_imprints_address_block_before_its_first_paragraph_stays():
    result = extract_article(_imprint_page(), url="https://agentur.example/impressum/")
    assert "Angaben gemäß § 5 TMG" in result.body
    assert "Heideweg 1" in result.body
    assert "Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV" in result.body
    assert "Als Diensteanbieter sind wir" in result.body


def _news_page_with_headline_block() -> str:
    article = """<article class="story">
<p class="kicker">Verkehr</p>
<h1>Neue Buslinien ab März</h1>
<p class="byline">Von Jana Beispiel</p>
<p class="dateline">12. Februar 2026, 14:05 Uhr</p>
<p class="share">Teilen</p>
<div class="story-body">
<p>Der Stadtrat hat am Dienstagabend die neuen Buslinien beschlossen, nach einer Debatte von fast drei
Stunden und mit einer klaren Mehrheit der Mitglieder.</p>
<p>Die erste Linie fährt ab März vom Bahnhof zum Klinikum, tagsüber alle zehn Minuten und abends sowie am
Wochenende jede halbe Stunde.</p>
</div></article>"""
    return _page(article, title="Neue Buslinien ab März", lang="de", og_type="article")


def test_a_news_pages_short_headline_block_is_still_trimmed():
    result = extract_article(
        _news_page_with_headline_block(), url="https://zeitung.example/lokales/buslinien"
    )
    assert result.body.startswith("Der Stadtrat hat am Dienstagabend")
    assert "Teilen" not in result.body
    assert "Verkehr" not in result.body.split("\n\n")


def _bootstrap3_review_page() -> str:
    rows = "".join(
        f"<tr><td>{name}</td><td>{price}</td><td>{battery}</td></tr>"
        for name, price, battery in (
            ("Phone One", "399 euros", "two days"),
            ("Phone Two", "549 euros", "a day and a half"),
            ("Phone Three", "799 euros", "one day"),
        )
    )
    article = f"""<div class="container"><div class="row"><div class="col-md-8">
<article class="post"><h1>Three mid-range phones compared</h1>
<div class="entry-content">
<p>We used the three phones for a month each, as our only phone, and measured how long the battery lasted on
an ordinary working day with maps, messages, music and a few photos.</p>
<div class="table-responsive hidden-xs"><table class="table table-striped">
<tr><th>Model</th><th>Price</th><th>Battery</th></tr>{rows}</table></div>
<div class="visible-xs"><ul class="mobile-summary"><li>Phone One: 399 euros</li><li>Phone Two: 549 euros</li>
<li>Phone Three: 799 euros</li></ul></div>
<p>The cheapest of the three lasted longest, which surprised us more than anything else we found this month,
and it is the one we would recommend to anyone who does not need the best camera.</p>
</div></article></div>
<div class="col-md-4"><aside class="sidebar"><h3>Newsletter</h3><p>Sign up for our weekly tests.</p></aside></div>
</div></div>"""
    return _page(article, title="Three mid-range phones compared", og_type="article")


def test_bootstrap_responsive_utilities_are_read_for_a_desktop():
    # `hidden-xs` hides the comparison table on phones only; `visible-xs` is the phone's copy of it.
    result = extract_article(_bootstrap3_review_page(), url="https://tests.example/2026/phones-compared/")
    assert "Phone Two | 549 euros | a day and a half" in result.body
    assert "Phone One: 399 euros" not in result.body
    assert result.body.startswith("We used the three phones")
    assert result.body.endswith("does not need the best camera.")


def _elementor_widget(kind: str, inner: str, n: int) -> str:
    return (
        f"<div class='elementor-element elementor-element-{n:04x} elementor-widget elementor-widget-{kind}' "
        f"data-id='{n:04x}' data-element_type='widget' data-widget_type='{kind}.default'>"
        f"<div class='elementor-widget-container'>{inner}</div></div>"
    )


def _elementor_section(columns: list[str], n: int) -> str:
    cols = "".join(
        f"<div class='elementor-column elementor-col-{100 // len(columns)} elementor-top-column elementor-element "
        f"elementor-element-{n + k:04x}' data-element_type='column'><div class='elementor-widget-wrap "
        f"elementor-element-populated'>{col}</div></div>"
        for k, col in enumerate(columns)
    )
    return (
        f"<section class='elementor-section elementor-top-section elementor-element elementor-element-{n:04x} "
        f"elementor-section-boxed' data-element_type='section'><div class='elementor-container "
        f"elementor-column-gap-default'>{cols}</div></section>"
    )


_SERVICES = [
    (
        "Hausärztliche Versorgung",
        "Akute Erkrankungen, chronische Krankheiten und Hausbesuche für unsere Patientinnen und Patienten im "
        "ganzen Stadtteil, auch am Wochenende über den Notdienst.",
    ),
    (
        "Vorsorge",
        "Check-up ab 35, Hautkrebs-Screening und Impfungen nach den Empfehlungen der Ständigen Impfkommission, "
        "mit Erinnerung per Post oder Mail.",
    ),
    (
        "Diagnostik",
        "Ruhe- und Belastungs-EKG, Lungenfunktion, Ultraschall von Bauch und Schilddrüse und ein eigenes Labor "
        "für die wichtigsten Blutwerte am selben Tag.",
    ),
    (
        "Reisemedizin",
        "Beratung vor Fernreisen, Impfungen gegen Gelbfieber und Tollwut und eine Reiseapotheke, die zu Ihrem "
        "Ziel und Ihrer Gesundheit passt.",
    ),
]
_TREATMENTS = [
    (
        "Akupunktur",
        "Wir setzen Akupunktur vor allem bei chronischen Rückenschmerzen, Kniegelenksarthrose und Migräne ein; "
        "die Krankenkassen übernehmen sie bei Rücken- und Knieschmerzen.",
    ),
    (
        "Langzeit-Blutdruckmessung",
        "Über 24 Stunden misst ein kleines Gerät Ihren Blutdruck, auch nachts, und zeigt uns, ob eine Therapie "
        "wirkt oder angepasst werden muss.",
    ),
    (
        "Ultraschall",
        "Wir untersuchen Bauchorgane, Schilddrüse und Halsgefäße mit modernen Ultraschallgeräten, ohne "
        "Strahlenbelastung und in wenigen Minuten.",
    ),
    (
        "Ernährungsberatung",
        "Bei Diabetes, Übergewicht oder erhöhten Blutfetten stellen wir mit Ihnen einen Plan auf, der in Ihren "
        "Alltag passt und den Sie durchhalten.",
    ),
]


def _elementor_services_page() -> str:
    boxes = [
        _elementor_widget(
            "icon-box",
            f"<div class='elementor-icon-box-wrapper'><div class='elementor-icon-box-content'><h3 "
            f"class='elementor-icon-box-title'><span>{title}</span></h3><p class='elementor-icon-box-description'>"
            f"{text}</p></div></div>",
            0x100 + n,
        )
        for n, (title, text) in enumerate(_SERVICES)
    ]
    accordion = _elementor_widget(
        "accordion",
        "<div class='elementor-accordion' role='tablist'>"
        + "".join(
            f"<div class='elementor-accordion-item'><div id='elementor-tab-title-{n}' class='elementor-tab-title' "
            f"data-tab='{n}' role='button' aria-controls='elementor-tab-content-{n}' aria-expanded='false'>"
            f"<a class='elementor-accordion-title' href=''>{title}</a></div><div id='elementor-tab-content-{n}' "
            f"class='elementor-tab-content elementor-clearfix' data-tab='{n}' role='region'><p>{text}</p></div></div>"
            for n, (title, text) in enumerate(_TREATMENTS)
        )
        + "</div>",
        0x200,
    )
    intro = _elementor_widget(
        "text-editor",
        "<p>In unserer hausärztlichen Gemeinschaftspraxis begleiten wir Sie und Ihre Familie durch alle "
        "Lebensphasen, von der Vorsorge bis zur Behandlung chronischer Erkrankungen.</p>",
        0x300,
    )
    heading = _elementor_widget(
        "heading", "<h1 class='elementor-heading-title'>Unsere Leistungen</h1>", 0x301
    )
    document = (
        "<div data-elementor-type='wp-page' data-elementor-id='27' class='elementor elementor-27'>"
        + _elementor_section([heading + intro], 0x10)
        + _elementor_section(boxes, 0x20)
        + _elementor_section(
            [
                _elementor_widget(
                    "heading", "<h2 class='elementor-heading-title'>Besondere Leistungen</h2>", 0x302
                )
                + accordion,
                _elementor_widget(
                    "text-editor",
                    "<p>Einige Leistungen werden von den gesetzlichen Krankenkassen nicht übernommen. Wir beraten "
                    "Sie vorab transparent über Nutzen und Kosten.</p>",
                    0x303,
                ),
            ],
            0x30,
        )
        + "</div>"
    )
    header = (
        "<div data-elementor-type='header' class='elementor elementor-12 elementor-location-header'>"
        + _elementor_section(
            [
                _elementor_widget(
                    "nav-menu",
                    "<nav><ul><li><a href='/'>Start</a></li><li><a href='/team/'>Team</a>"
                    "</li><li><a href='/leistungen/'>Leistungen</a></li></ul></nav>",
                    0x400,
                )
            ],
            0x40,
        )
        + "</div>"
    )
    return _page(header + document, title="Unsere Leistungen – Hausarztpraxis am See", lang="de")


def test_an_elementor_page_reads_its_whole_content_document():
    # The scores pick the accordion widget; the page's own Elementor document (data-elementor-type wp-page, not
    # the header template's) is its declared content region, and holds 2.5 times that text.
    result = extract_article(_elementor_services_page(), url="https://praxis.example/leistungen/")
    for title, text in _SERVICES + _TREATMENTS:
        assert text in result.body
    assert "Einige Leistungen werden von den gesetzlichen Krankenkassen nicht übernommen" in result.body
    assert "Team" not in result.body.split("\n\n")
