"""Mends of the last read of session 16 (#10): letters' signers, places after a byline, microdata items.

- A recipe post's meal wish (`Guten Appetit!`, `Smacznego!`) keeps only a given name (or a possessive and one)
  under it: a recipe card's headings (`Zutaten`, `Ingredienti`, `Ingrédients`, `Tipp`), a social network's link
  (`Pinterest`, `Instagram`) and a `Mehr` link are no signers, on a line of their own or on the wish's line (WP
  Recipe Maker, Tasty Recipes and Mediavine Create cards; Jetpack, Shariff and AddToAny share bars). One signer
  closes a letter: a page repeating wish and name pairs keeps one.
- A possessive signer is a possessive and a name (`Eure Franzi`, `Wasza Kasia`): `Je Suis`, `Ta Cuisine`, `Sua
  Excelência` are a slogan's, a category's and an address's words.
- An agency or a paper after `from`/`dari`/`w` in a byline (`Mary Jones, from Associated Press`, `Budi Santoso,
  dari Jawa Pos`) is no dateline place; `aus Sankt Augustin` still is.
- A microdata Article item that is its page's main entity (`itemprop="mainEntityOfPage"`, TYPO3 news and
  hand-made templates) is the story's own: its datePublished is read, not a side list's.

Each body test serves a full page (head metadata, navigation, sharing, comments, sidebar, footer).
"""

from __future__ import annotations

import pytest
from test_extract_dates16 import _SINGLE, _typo3_page
from test_extract_letters16 import GERMAN_PROSE, _blogger_page, _body, _br_post, _wordpress_recipe_page

from telisik.extract import extract_article
from telisik.extract.bylines import parse_byline

_PROSE = "".join(f"<p>{text}</p>\n" for text in GERMAN_PROSE[1:])


@pytest.mark.parametrize(
    "label", ["Zutaten", "Tipp", "Ingredienti", "Ingrédients", "Pinterest", "Instagram", "Mehr"]
)
def test_recipe_card_or_share_word_after_a_meal_wish_is_no_signer(label: str) -> None:
    lines = _body(_wordpress_recipe_page(_PROSE + f"<p>Guten Appetit!</p>\n<p>{label}</p>"))
    assert label not in lines


def test_share_link_on_the_wish_line_is_no_signer() -> None:
    lines = _body(_wordpress_recipe_page(_PROSE + "<p>Guten Appetit! Pinterest</p>"))
    assert not any("Pinterest" in line for line in lines)


def test_repeated_wish_and_name_pairs_keep_one_signer() -> None:
    pairs = "".join("<p>Guten Appetit!</p>\n<p>Anna</p>\n" for _ in range(200))
    lines = _body(_wordpress_recipe_page(_PROSE + pairs))
    assert lines.count("Anna") <= 1
    assert len(lines) <= len(GERMAN_PROSE) + 2


# --- must not fire: a given name under the wish stays ---


def test_given_name_after_a_meal_wish_stays() -> None:
    lines = _body(_wordpress_recipe_page(_PROSE + "<p>Guten Appetit!</p>\n<p>Anna</p>"))
    assert lines[-1] == "Anna"


def test_given_name_on_the_wish_line_stays() -> None:
    lines = _body(_wordpress_recipe_page(_PROSE + "<p>Guten Appetit! Anna</p>"))
    assert lines[-1] == "Guten Appetit! Anna"


def test_possessive_and_name_after_a_meal_wish_stays() -> None:
    lines = _body(_wordpress_recipe_page(_PROSE + "<p>Smacznego!</p>\n<p>Wasza Kasia</p>"))
    assert lines[-1] == "Wasza Kasia"


# --- possessive signers ---


@pytest.mark.parametrize("line", ["Je Suis", "Ta Cuisine", "Sua Excelência"])
def test_slogan_after_a_letter_is_no_possessive_signer(line: str) -> None:
    post = _br_post(["Ihr Lieben,", *GERMAN_PROSE]) + f"<br /><br />\n{line}"
    assert line not in _body(_blogger_page(post))


@pytest.mark.parametrize("signer", ["Eure Franzi", "Deine Anna"])
def test_possessive_and_given_name_still_sign_a_letter(signer: str) -> None:
    post = _br_post(["Ihr Lieben,", *GERMAN_PROSE]) + f"<br /><br />\n<i>{signer}</i>"
    assert _body(_blogger_page(post))[-1] == signer


# --- an outlet after `from`/`dari` in a byline ---


def test_agency_after_from_is_no_place() -> None:
    byline = parse_byline("Budi Santoso, dari Jawa Pos", places=True)
    assert byline.authors == ["Budi Santoso"]
    assert byline.agencies == ["dari Jawa Pos"]
    assert parse_byline("Anna Nowak, w Gazeta Wyborcza", places=True).agencies == ["w Gazeta Wyborcza"]


def test_place_after_from_is_still_cut() -> None:
    for text in (
        "Hans Müller, aus Sankt Augustin",
        "Mariana Lopes, em Vila Serrana",
        "Jane Doe, from London",
    ):
        byline = parse_byline(text, places=True)
        assert len(byline.authors) == 1 and not byline.agencies, text


# --- a microdata Article item that is its page's main entity ---


def test_main_entity_article_item_gives_its_own_date() -> None:
    single = _SINGLE.replace('itemscope="itemscope"', 'itemscope itemprop="mainEntityOfPage"')
    article = extract_article(
        _typo3_page(single),
        url="https://www.imkerverband-haldenau.de/aktuelles/nachrichten/detail/news/kurse/",
    )
    assert article.published is not None and article.published.date().isoformat() == "2016-03-14"


def test_web_page_record_around_the_headline_is_still_skipped() -> None:
    single = _SINGLE.replace('itemtype="http://schema.org/Article"', 'itemtype="http://schema.org/WebPage"')
    article = extract_article(
        _typo3_page(single),
        url="https://www.imkerverband-haldenau.de/aktuelles/nachrichten/detail/news/kurse/",
    )
    assert article.published is None or article.published.date().isoformat() != "2016-03-14"
