"""The opening rule (#10: paragraphs between the headline and the chosen text, in a cousin box, join the
article) must not take another box's text. Each fixture in tests/fixtures/body7_review/ is a complete page (head
metadata and JSON-LD, navigation, article, related links, comments, sidebar, footer) of a shape seen on several
sites: a 'Baca Juga' / 'Te puede interesar' / 'Terpopuler' teaser card (detik/kompas/tribun-style related boxes,
el país/20minutos cards), a header teaser of another story (German regional portals), a newsletter box with a
form, a text-to-speech box with a play button (Indonesian and US outlets), a picture's caption set as a <p> after
the picture (CSS-module sites), a summary box repeating the text's first paragraphs, an embed consent box with a
button, and a picture served from an uploads/emoji folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.extract import extract_article

_FIXTURES = Path(__file__).parent / "fixtures" / "body7_review"


def _extract(stem: str):
    (path,) = _FIXTURES.glob(f"{stem}_*.html")
    html = path.read_text(encoding="utf-8")
    url = "https://example.com/x"
    first = html.find("<!--URL ")
    if first >= 0:
        url = html[first + 8 : html.find(" -->", first)]
    return extract_article(html, url=url)


# (finding, a text of another box that must be neither the lead nor in the body)
_NOT_THE_ARTICLE = [
    ("F01", "Hujan deras sejak sore membuat debit Sungai Cimanuk naik drastis"),  # 'Baca Juga' card
    ("F02", "La norma limita el precio del alquiler en zonas tensionadas"),  # 'Te puede interesar' card
    ("F03", "Material longsor setinggi dua meter menutup badan jalan"),  # left rail 'Terpopuler' card
    ("F04", "Wer eine funktionierende Gasheizung hat, muss sie nicht ausbauen"),  # header teaser
    ("F08", "Dapatkan ringkasan berita terpenting dari Priangan"),  # newsletter box with a form
    ("F09", "Artikel ini dibacakan oleh suara buatan mesin"),  # audio box with a play button
    ("F14", "Wir benötigen Ihre Zustimmung, um den Inhalt von YouTube zu laden"),  # consent box with a button
    ("F16", "Cyclists ride along the new protected lane on Main Street"),  # caption after the picture
]


@pytest.mark.parametrize(("stem", "junk"), _NOT_THE_ARTICLE)
def test_another_boxs_text_is_no_opening(stem: str, junk: str) -> None:
    article = _extract(stem)
    assert junk not in (article.lead or "")
    assert junk not in article.body


def test_a_teaser_in_the_header_does_not_open_the_body() -> None:
    article = _extract("F04")
    assert article.body.startswith("Die Bundesregierung will die Förderung")


def test_a_summary_box_repeating_the_text_is_not_placed_twice() -> None:
    article = _extract("F17")
    paragraphs = [p for p in article.body.split("\n") if p.strip()]
    assert len(paragraphs) == len(set(paragraphs))
    assert article.body.count("The city council voted on Tuesday") == 1


def test_a_large_picture_from_an_emoji_folder_keeps_its_caption_out() -> None:
    article = _extract("F18")
    assert "Tangkapan layar deretan emoji baru 2023." not in article.body
    assert article.body.startswith("Unicode Consortium resmi mengumumkan 31 emoji baru")


# Notices set between the headline and the text, in the place of a standfirst, on many outlets: a subscription
# gift notice (SPIEGEL+, Zeit+, FAZ+), 'réservé aux abonnés' (Le Monde, Le Figaro, Libération), a finished live
# ticker's pointer to the new one (German and Austrian portals), an affiliate disclosure and a 'Pin this recipe'
# pitch (food and product blogs), a sponsor label (German regional outlets), an embed's consent text. None shares
# content words with the headline or the text, as a standfirst does.
_NOTICES = [
    pytest.param(
        "F05",
        "Dieser Artikel gehört zum Angebot von SPIEGEL+",
        marks=pytest.mark.xfail(
            strict=True, reason="a function word ('können' ties the gift notice to the text)"
        ),
    ),
    ("F06", "Article réservé aux abonnés"),
    pytest.param(
        "F07",
        "Dieser Ticker wird nicht mehr aktualisiert",
        marks=pytest.mark.xfail(
            strict=True, reason="a function word ('neuen' ties the ticker notice to the text)"
        ),
    ),
    ("F11", "This post contains links to products we use and love"),
    pytest.param(
        "F12",
        "Pin this recipe now to remember it later",
        marks=pytest.mark.xfail(
            strict=True, reason="a function word ('every' ties the Pinterest pitch to the text)"
        ),
    ),
    ("F13", "Anzeige: Dieser Beitrag entstand in Kooperation"),
    ("F15", "We need your consent to load this content"),
]


@pytest.mark.parametrize(("stem", "notice"), _NOTICES)
def test_a_notice_in_the_standfirsts_place_is_no_opening(stem: str, notice: str) -> None:
    article = _extract(stem)
    assert notice not in (article.lead or "")
    assert notice not in article.body


def test_a_standfirst_beside_a_consent_notice_stays_the_lead() -> None:
    article = _extract("F15")
    assert (article.lead or "").endswith(
        "Twelve miles of protected lanes, three years, and a fight that split the council down the middle."
    )
    assert article.body.startswith("The city council voted on Tuesday")


def test_a_standfirst_above_an_audio_box_is_the_lead() -> None:
    """A dek, then a 'Listen to this article' box with a play button (NYT, Guardian, Spiegel, Kompas audio
    players), then the text: the dek is the lead, the audio notice is nowhere, the text's first paragraph opens the
    body."""
    article = _extract("F10")
    assert (
        article.lead
        == "Twelve miles of protected lanes, three years, and a fight that split the council down the middle."
    )
    assert "Listen to this article" not in article.body
    assert article.body.startswith("The city council voted on Tuesday")
