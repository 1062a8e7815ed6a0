"""Paywall rules of session 17 (#10, web-kinds-15: sites nobody tuned for).

- A paywall's offer box named the CSS-modules way, `<Component>_<part>__<hash>` (`Paywall_box__Jk3Lm`,
  `Paywall_cta__a81Qz`), is the same offer box as BEM's `paywall__box`/`paywall__cta` (Plenigo and Piano templates):
  Next.js and webpack front ends of news sites (Tamedia-, Ringier-, 20 Minuten-like dailies) build their class
  names so. Its title (`Jetzt weiterlesen mit Abo`) and pitch go with it. A CSS-modules wrapper of the paid text
  itself (`Paywall_content__…`, `Paywall_body__…`) is no offer part and stays, and so does a part name without the
  module hash (`paywall_box`, a hand-written class some themes give the paid text).
Each test serves a complete Next.js article page (head metadata, navigation, author box, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

_TEXT = [
    "Die Ankündigung kam am Montagabend: Alle acht grossen Gewerkschaften rufen für den 21. März zu einem "
    "landesweiten Streiktag auf. Es ist das erste Mal seit dem Rentenkonflikt, dass sie geschlossen auftreten.",
    "Auslöser ist ein Dekret, mit dem die Regierung die Bezugsdauer des Arbeitslosengeldes von 18 auf 15 Monate "
    "kürzen will. Der Premierminister verteidigte die Reform am Dienstag in der Nationalversammlung.",
    "Besonders heikel ist die Lage bei der Staatsbahn. Eine Gewerkschaft hat einen unbefristeten Streik "
    "angekündigt, auch die Hafenarbeiter in Marseille und Le Havre wollen die Arbeit niederlegen.",
]
_PAID = (
    "Auch in der Regierungspartei wächst der Unmut. Mindestens zwanzig Abgeordnete haben einen Brief "
    "unterzeichnet, in dem sie eine Verschiebung der Reform fordern."
)
_OFFER_TITLE = "Jetzt weiterlesen mit Abo"
_OFFER_PITCH = "Erhalten Sie unbegrenzten Zugang zu allen Artikeln. Erster Monat für nur 1 Franken."


def _nextjs_page(closing: str) -> str:
    text = "".join(f'<p class="ArticleParagraph_root__4mszW">{p}</p>' for p in _TEXT)
    return f"""<!DOCTYPE html>
<html lang="de-CH"><head><meta charset="utf-8">
<title>Gewerkschaften drohen mit Streik | Tagesbote</title>
<meta property="og:title" content="Tagesbote">
<meta property="og:site_name" content="Tagesbote">
<meta name="author" content="Tagesbote">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Gewerkschaften drohen mit Streik", "datePublished": "2024-03-12T05:15:00.000Z",
"author": [{{"@type": "Person", "name": "Anna Keller"}}], "isAccessibleForFree": false}}</script>
</head><body><div id="__next">
<header class="Header_root__Lm2Bq"><a href="/">Tagesbote</a><nav class="Navigation_root__Z0nAs"><ul>
<li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li>
</ul></nav><div class="Header_actions__q8Eb2"><a href="/abo">Abonnieren</a><a href="/login">Anmelden</a></div>
</header>
<main class="Layout_main__x2Yd8"><article class="Article_root__tNeV2">
<div class="ArticleHead_root__3h0wN"><h1 class="ContentHead_title__wQ3ko">Gewerkschaften drohen mit Streik</h1>
<div class="Byline_root__ydn4x"><a class="Byline_name__8FhS3" href="/autorinnen/anna-keller">Anna Keller</a>
<span class="ContentMetaInfo_published__aQ2f1">Publiziert: 12.03.2024, 06:15</span></div></div>
<div class="ArticleBody_root__nT7Bd">{text}
{closing}
</div>
<div class="AuthorBox_root__mN8jc"><p class="AuthorBox_name__aK1cD">Anna Keller ist Frankreich-Korrespondentin.</p>
</div>
</article></main>
<footer class="Footer_root__Hw6Vv"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a>
<p>© 2024 Tagesbote</p></footer>
</div></body></html>"""


def _body(html: str) -> str:
    return extract_article(html, url="https://www.tagesbote.ch/streik-518273649012").body


def test_css_modules_paywall_box_goes() -> None:
    """Tamedia-/Ringier-like Next.js: the `Paywall_box__…` offer closing the visible text is cut whole."""
    closing = (
        '<div class="Paywall_root__q1aZp paywall"><div class="Paywall_fade__x8sRt" aria-hidden="true"></div>'
        f'<div class="Paywall_box__Jk3Lm"><h3>{_OFFER_TITLE}</h3><p>{_OFFER_PITCH}</p>'
        '<a class="Button_root__kT8Hz" href="/abo">Jetzt abonnieren</a>'
        '<p>Bereits Abonnentin oder Abonnent? <a href="/login">Anmelden</a></p></div></div>'
    )
    body = _body(_nextjs_page(closing))
    assert _TEXT[-1][:60] in body
    assert _OFFER_TITLE not in body
    assert "unbegrenzten Zugang" not in body


def test_css_modules_paywall_content_stays() -> None:
    """The paid text in a `Paywall_content__…` wrapper (a subscriber's view) is the text, not an offer."""
    closing = f'<div class="Paywall_content__Qe71x"><p class="ArticleParagraph_root__4mszW">{_PAID}</p></div>'
    body = _body(_nextjs_page(closing))
    assert _PAID[:60] in body


def test_paywall_box_without_module_hash_stays() -> None:
    """A hand-written `paywall_box` class (no CSS-modules hash) around paid paragraphs keeps them."""
    closing = (
        f'<div class="paywall_box"><h2>Risse in der Regierungsfraktion</h2>'
        f'<p class="ArticleParagraph_root__4mszW">{_PAID}</p></div>'
    )
    body = _body(_nextjs_page(closing))
    assert _PAID[:60] in body
    assert "Risse in der Regierungsfraktion" in body
