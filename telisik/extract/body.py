"""Article body extraction: find the part of a page that holds the article text and render it as plain text.

The method is generic (no per-site selectors), in the spirit of readability and jusText:

1. One iterative walk over the tree (no recursion: pages nest 100k levels deep) cuts the page's text into
   *units*: runs of inline text between block boundaries, also split at `<br><br>`. Each unit remembers the
   block that owns it, its length and how much of it is link text. Scripts, styles, forms controls, hidden
   elements and embedded media are skipped. The same walk records each element's class/id hint.
2. Units that read like prose (long enough, few links, punctuation) credit their container and, less, its
   ancestors; each container's score is then weighed by its link density and by class/id hints
   (`article`, `content`, `isi` ... up; `comment`, `sidebar`, `terkait`, `baca-juga` ... down).
3. The best container wins; its siblings join when they continue it (sections of one article split by ads).
4. The winner's units are rendered in document order, minus boilerplate: link lists, captions, share bars,
   `Baca juga` inserts, ads and video promos, credit lines, sign-off initials like `(vyp/kna)`, and the
   byline/date lines the caller passes in `skip_texts`. A short dateline block such as `Jakarta -` sitting
   before the first paragraph is merged into it.

`extract_body` never raises: any failure gives an empty string.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from telisik.cleantext import cjk_letter_count, cjk_weighted_length, collapse_whitespace
from telisik.extract.bylines import is_news_agency
from telisik.extract.dates import search_date
from telisik.extract.jsonld import MAX_JSONLD_CHARS, flatten_nodes, parse_jsonld_text
from telisik.extract.metadata import SIDEBAR_LAYOUT, TITLE_SEPARATOR, plain_number, without_topic_classes
from telisik.extract.siterules import rule_elements
from telisik.urls import site_of

if TYPE_CHECKING:
    from telisik.extract.siterules import SiteRules

__all__ = ["extract_body"]

# Elements whose content is never article text.
_SKIP_TAGS = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio select textarea button "
    "input option head title meta link img picture source map area frame frameset dialog".split()
)
# Elements that start a new line of text; everything else is inline and joined without extra spaces.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot "
    "tr td th ul caption legend".split()
)
# Blocks that hold a paragraph of their own (their text credits the enclosing container).
_PARAGRAPH_TAGS = frozenset("p pre blockquote h1 h2 h3 h4 h5 h6 li dd dt td th caption".split())
_MEDIA_TAGS = frozenset("img picture video iframe object embed svg canvas".split())
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Structural elements that are boilerplate whatever their class says.
_JUNK_TAGS = frozenset("nav aside footer figcaption menu".split())
_TAG_BONUS = {
    "div": 5,
    "article": 10,
    "main": 5,
    "section": 3,
    "td": 3,
    "pre": 3,
    "blockquote": 3,
    "form": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "li": -3,
    "dd": -3,
    "dt": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
    "header": -5,
}

# Class/id hints, matched on the lower-cased `class id itemprop role` string. Words match anywhere
# ("articlebody", "post-comments"); tokens only as whole tokens ("ad" in "ad-slot", not in "header").
_POSITIVE_WORDS = frozenset(
    "article content entry post story detail read body text isi main berita news blog".split()
)
# Junk strong enough to drop a block inside the chosen container whatever else its class says.
_STRONG_JUNK_WORDS = frozenset(
    "comment disqus related share social newsletter promo sponsor advert terkait baca-juga bacajuga rekomendasi "
    "recommend caption outbrain taboola".split()
)
# An Indonesian portal's comment box by its whole class token (own PHP CMSs of regional and kabupaten portals,
# OpenSID, translated WordPress themes): `komentar` as a word would drop an article's `komentar-kutipan` quote
# or `komentar-fraksi` statements block.
_COMMENT_BOX_TOKENS = frozenset(
    "komentar komentar-box komentar-form komentar-list komentar-area komentar-wrap kolom-komentar form-komentar "
    "list-komentar box-komentar daftar-komentar area-komentar".split()
)
_STRONG_JUNK_TOKENS = frozenset("ad ads iklan tags".split())
# Junk unless a content word sits next to it (readability's okMaybeItsACandidate).
_WEAK_JUNK_WORDS = frozenset(
    "sharing breadcrumb subscri signup widget popular populer author-box authorbox author-bio authorbio "
    "about-author tag-list taglist tagcloud dable popin pagination pager toolbar rating cookie gdpr sidebar "
    "video-embed read-more share-box more-news sisip teaser".split()
)
_WEAK_JUNK_TOKENS = frozenset(
    "nav navbar menu adv hidden hide print tag topik byline credit readmore morenews embed".split()
)
# Blocks whose paragraphs never vote for the article container (comment threads, related and promoted
# stories): specific enough that a page-wide wrapper is unlikely to carry them.
_SILENT_WORDS = frozenset(
    "comment disqus replies komentar tanggapan related recommend rekomendasi terkait outbrain taboola populer "
    "popular baca-juga bacajuga newsletter trending most-read mostread lainnya".split()
)
_SILENT_TOKENS = frozenset("reply respond balas".split())
# Words that lower a container's score.
_NEGATIVE_WORDS = (
    _STRONG_JUNK_WORDS
    | _WEAK_JUNK_WORDS
    | frozenset(
        "footer masthead modal popup banner byline meta credit topik lainnya headline-list list-news".split()
    )
)
_NEGATIVE_TOKENS = (
    _STRONG_JUNK_TOKENS
    | _WEAK_JUNK_TOKENS
    | frozenset("header foot skip jump login search follow gallery thumb more prev next".split())
)
_HINT_WORDS = sorted(_POSITIVE_WORDS | _NEGATIVE_WORDS | _SILENT_WORDS, key=len, reverse=True)
_HINT_WORD = re.compile("(?=(" + "|".join(re.escape(w) for w in _HINT_WORDS) + "))")
_HINT_TOKEN = re.compile(r"[a-z0-9]+")


# Hint words read inside longer words that mean something else: `operating`, `iterating`, `generating` hold
# `rating`; `accreditation` holds `credit`; a BEM root like `APageRoot__Sections` (Lidl's Nuxt pages) holds
# `pager`. Blanked before the words are read. (`expandable` holds the widget name `dable` and stays junk-read:
# a collapsed box in an article holds its extras, SRF's background boxes.)
_FALSE_FRIEND_HINT = re.compile(
    # each letter run read from its start only (a search from every letter of a long class is quadratic); a
    # page's or site's own box stays junk-read: `storyPageRecommendations`, `detailPageRekomendasi`,
    # `ArticlePageRelated`, `siteRating`
    r"(?<![a-z])(?:co)?(?:ope|ite|gene|mode|mig|integ|accele|deco|cele|vib|calib)rating[a-z]*"
    r"|(?<![a-z])[a-z]*accredit[a-z]*"
    r"|(?<![a-z])[a-z]*[a-z]pager(?=[a-df-z])[a-z]*"
)


@dataclass(frozen=True)
class _Hint:
    """What a class/id string says about its block."""

    junk: bool  # never article text (inside the chosen container)
    silent: bool  # its paragraphs do not vote
    weight: int  # class weight added to a container's score
    strong: bool = False  # a strong junk word (comment, related, ad, share...): never a misread class


# Atomic CSS compiled to two-letter class names (Medium and its custom domains: `class="gm ik zb gw an bm pe ah
# nx dt ad ys ..."`, Atomizer and Fela builds): a token there is a hash, and `ad` one by chance, not an ad.
_ATOMIC_TOKEN = 2  # letters at most of a generated class name
_ATOMIC_MIN_TOKENS = 8


def _is_atomic_class(hint: str) -> bool:
    return sum(1 for token in hint.split() if len(token) <= _ATOMIC_TOKEN) >= _ATOMIC_MIN_TOKENS


# The facts, buttons and footers of a recipe card plugin, named by the plugin's own classes: Tasty Recipes
# (`tasty-recipes-details` with author, times, yield, category, cuisine; the card's title and rating, the scale
# and cook-mode buttons, nutrition, keywords, the `tag us on Instagram` footer) and Mediavine Create
# (`mv-create-times`, `mv-create-meta`, `mv-create-nutrition`, `mv-create-social`). The ingredients,
# instructions and notes are the recipe's text. (WP Recipe Maker's facts are read by their text:
# `_without_recipe_facts`.)
_RECIPE_CARD_CHROME = re.compile(
    r"(?<![\w-])(?:tasty-recipes-(?:entry-header-details|details|title|rating|ratings-buttons|buttons|print-link"
    r"|jump-link-container|scale-container|units-scale-container|cook-mode|nutrition|nutrifox|keywords|entry-footer)"
    r"|mv-create-(?:title|times|time|meta|nutrition|rating|social|print-button|reviews))(?![\w-])"
)


# The offer box of a paywall, named by its parts (`paywall__box`, `paywall-offer`, `paywall__cta`: Plenigo and
# Piano templates of regional papers, Steady's `steady-paywall-*`). A bare `paywall` class is not enough: Condé
# Nast and others wrap the paid text itself in `div.paywall`. The same parts named the CSS-modules way,
# `<Component>_<part>__<hash>` (`Paywall_box__Jk3Lm`, `paywall_cta__x1`): Next.js and webpack builds of news sites
# (Tamedia, Ringier, 20 Minuten-like Swiss and German dailies; any React front end built with CSS modules).
_PAYWALL_OFFER_MODULE_FORM = (
    r"paywall_(?:box|offers?|cta|prompt|banner|card|modal|overlay)__[a-z0-9]{4,}(?:-[a-z0-9]+)?(?![\w-])"
)
_PAYWALL_OFFER = re.compile(
    r"paywall(?:__|-)(?:box|offers?|cta|prompt|banner|card|modal|overlay|teaser-box|container--offer)(?![\w-])|"
    + _PAYWALL_OFFER_MODULE_FORM
)
# CSS-modules class names are generated from a component's name: a front end may call the wrapper of the paid text
# itself `Paywall_overlay__x` or `paywall_box__x` (blurred or locked text). Such a block is the offer only when it
# holds a link or button to subscribe and little unlinked text (a heading, a short pitch): `_is_text_in_module_paywall`.
_PAYWALL_OFFER_MODULE = re.compile(_PAYWALL_OFFER_MODULE_FORM)


# A service box with the site's helpline (`infobox--hotline`, `helpline-box`, `teaser--hotline`: health portals'
# 1450/111 boxes, a utility's service number, a bank's hotline): the site's, set beside any of its pages.
_HELPLINE_BOX = re.compile(
    r"(?:box|teaser|card|banner)(?:--|-|__)(?:hotline|helpline)(?![\w-])"
    r"|(?<![\w-])(?:hotline|helpline)(?:--|-|__)(?:box|teaser|card|banner)(?![\w-])"
)


# A box about the writer, by a whole class token the platform or theme emits: `author-box` (Genesis, many themes),
# Astra's `ast-author-box`, Elementor's `elementor-author-box`, `autorenbox`, `author-card`, `author-bio`,
# `about-the-author`. A byline's own `author-name` or `author` element is not a box; nor is Brightspot's `AuthorBio`
# block, read with the byline (its removal moves the page's standfirst out of the text). A BEM element of a theme's
# block (`blog-post__author-card`) is read apart, by its place after the text (`_is_bem_author_card`).
_AUTHOR_BOX_CLASS = re.compile(
    r"(?:^|\s)(?:ast-|elementor-)?(?:author|autor|autoren|autorin|auteur|autore|penulis)(?:-?box|-?card|-bio|-profile)"
    r"(?=$|\s)|(?:^|\s)about-(?:the-)?author(?=$|\s)"
)


def _is_recipe_card_chrome(hint: str) -> bool:
    return ("tasty-recipes-" in hint or "mv-create-" in hint) and bool(_RECIPE_CARD_CHROME.search(hint))


@functools.lru_cache(maxsize=8192)
def _read_hint(hint: str) -> _Hint:
    """Classify a class/id hint in one regex pass; cached because pages repeat the same classes."""
    if _is_recipe_card_chrome(hint):
        return _Hint(junk=True, silent=True, weight=-25, strong=True)
    if "paywall" in hint and _PAYWALL_OFFER.search(hint):
        return _Hint(junk=True, silent=True, weight=-25, strong=True)
    if "line" in hint and _HELPLINE_BOX.search(hint):
        return _Hint(junk=True, silent=True, weight=-25, strong=True)
    if ("aut" in hint or "penulis" in hint) and _AUTHOR_BOX_CLASS.search(hint):
        return _Hint(junk=True, silent=True, weight=-25)
    # `commentary` is an article genre (an opinion column: Taz, Guardian, NZZ), not a comment thread.
    hint = hint.replace("commentary", "opinion")
    if _FALSE_FRIEND_HINT.search(hint):
        hint = _FALSE_FRIEND_HINT.sub(" ", hint)
    if "sidebar" in hint:  # `site__main--no-sidebar`, `has-sidebar`: the page's layout, not a sidebar
        hint = SIDEBAR_LAYOUT.sub(" ", hint)
    if "hid" in hint and any(_SHOWN_FROM.match(token) for token in hint.split()):
        hint = hint.replace("hidden", " ")  # `hidden lg:block`: shown from a breakpoint on
    if "hidden-" in hint:
        # `hidden-xs`: hidden on a phone only (`_mobile_only`)
        hint = " ".join(token for token in hint.split() if not _BREAKPOINT_HIDDEN.match(token))
    words = set(_HINT_WORD.findall(hint))
    tokens = set(_HINT_TOKEN.findall(hint))
    if _is_atomic_class(hint):
        tokens = {token for token in tokens if len(token) > _ATOMIC_TOKEN}
    positive = bool(words & _POSITIVE_WORDS)
    strong = bool(words & _STRONG_JUNK_WORDS or tokens & _STRONG_JUNK_TOKENS) or (
        "komentar" in hint and not _COMMENT_BOX_TOKENS.isdisjoint(hint.split())
    )
    weak = bool(words & _WEAK_JUNK_WORDS or tokens & _WEAK_JUNK_TOKENS)
    junk = strong or (weak and not positive)
    silent = bool(words & _SILENT_WORDS or tokens & _SILENT_TOKENS)
    negative = bool(words & _NEGATIVE_WORDS or tokens & _NEGATIVE_TOKENS)
    return _Hint(junk, silent, (25 if positive else 0) - (25 if negative else 0), strong)


# Paragraphs that are inserts, promos or labels rather than article text.
# Ad labels in other scripts and `Read also` labels in more languages, alone on their line: in
# _BOILERPLATE_TEXT, and in _LABEL_LINE, which keeps them out of headings.
_SCRIPT_AD_LABELS = r"広告|スポンサーリンク|광고|广告|廣告|إعلان|विज्ञापन|โฆษณา|διαφήμιση|פרסומת|quảng cáo"
_READ_ALSO_LABELS = (
    r"lees (?:ook|meer)|zie ook|czytaj (?:też|także|również)|zobacz (?:też|także|również)|przeczytaj (?:też|także)"
    r"|ayrıca (?:okuyun|bakınız)|ilginizi çekebilir|関連記事|관련\s?기사|相关阅读|相關閱讀|延伸阅读|延伸閱讀"
    # the same labels of Central and Eastern European, Greek, Russian, Vietnamese, Hindi and Arabic papers: Czech
    # `Čtěte také` (iDNES, Novinky, Deník), Slovak `Čítajte aj` (SME, aktuality.sk), Hungarian `Olvassa el ezt is`
    # (Index, hvg), Croatian/Serbian `Pročitajte i` (Jutarnji, Blic), Romanian `Citește și` (Digi24, Adevărul),
    # Greek `Διαβάστε επίσης` (Kathimerini, in.gr), Russian `Читайте также` (Bitrix regional sites, RIA),
    # Vietnamese `Xem thêm` (VnExpress, Tuổi Trẻ), Hindi `यह भी पढ़ें` (Bhaskar, Amar Ujala, Jagran), Arabic
    # `اقرأ أيضا` (Jannah/Jnews WordPress themes, Youm7), Japanese `【関連記事】`
    r"|čtěte (?:také|též|i)|čítajte (?:aj|tiež)|olvassa el(?: ezt)?(?: is)?|pročitajte (?:i|još|također|takođe)"
    r"|cite(?:ș|ş|s)te (?:(?:ș|ş|s)i|mai mult)|διαβάστε (?:επίσης|ακόμη|ακόμα)|читайте (?:также|ещё|еще|тоже)"
    r"|xem thêm|(?:यह|ये) भी पढ़ें|(?:إقرأ|اقرأ|اقرا) (?:أيضا|أيضاً|ايضا|ايضاً)|【関連記事】"
    # the `more on this topic` box inside the text, a label over links to other stories (Spiegel-like and German
    # regional papers' `Mehr zum Thema` asset boxes, `More on this story`, `Sur le même sujet`, `Más sobre este
    # tema`, `Mais sobre o assunto`, `Di più sull'argomento`, `Meer over dit onderwerp`, `Więcej na ten temat`):
    # as a heading it goes only over a box of links (a section of the text named so stays)
    r"|mehr zum thema|more on this (?:topic|story)|sur le même sujet|más sobre (?:este|el) tema"
    r"|mais sobre (?:o|este) assunto|di più sull'argomento|meer over dit onderwerp|więcej na ten temat"
)
_BOILERPLATE_TEXT = re.compile(
    r"^(?:baca(?:\s+(?:juga|pula|selengkapnya|lainnya|berita))?\s*[:.\-–]|baca juga\b|simak juga\b|"
    r"lihat juga\b|jangan lewatkan\b|berita terkait\b|artikel terkait\b|berita lainnya\b|"
    # a health page's reviewer line (Healthline's `Medically reviewed by`, NetDoktor's and Apotheken Umschau's
    # `Medizinisch/Fachlich geprüft von`, `Revisado médicamente por`, `Medisch beoordeeld door`), short
    # line, no sentence (`Medically reviewed by the ethics board in 2019, the study ...` is the text)
    r"(?=.{0,150}$)(?!.*[.!?]$)(?:(?:medically|clinically|medizinisch|fachlich|ärztlich|medisch) (?:reviewed"
    r"|fact-checked|geprüft|beoordeeld|gecontroleerd) (?:by|von|door)\b|(?:revisado|validado) médicamente por\b"
    r"|relu (?:médicalement )?par\b)|"
    r"baca artikel menarik|read also\b|also read\b|read more\s*:|related\s*:|see also\s*:|"
    r"advert(?:isement)?s?$|iklan$|sponsored$|anzeige$|publicidad$|publicité$|pubblicità$|scroll to continue|"
    r"this (?:slideshow|video|content) requires javascript|(?:image|photo|foto|gambar) \d+ (?:of|dari) \d+$|\[(\w+)\b[^\]]*\].*\[/\1\]$|\[\w+:[^\]]*\]$|simak video\b|saksikan video\b|"
    r"tonton video\b|simak juga video\b|(?:photo|foto|gambar|ilustrasi|image)\s*:\s*\S[^.]{0,80}$|"
    r"copyright\s*©|©\s*\d{4}|share this\b|bagikan\b|tags?\s*:|topik\s*:|follow us\b|ikuti (?:kami|berita)|"
    r"dapatkan (?:update|berita)|"
    r"(?:editor|penulis|reporter|pewarta|redaktur|sumber|fotografer|kontributor|penyunting|"
    r"editing by|reporting by|writing by)\s*:?\s*\S[^.]{0,60}$"
    # `See also:` labels of other languages, alone on their line (the links under them go as a link list)
    r"|(?:veja|leia) tamb[ée]m\s*:?$|(?:lea|lee) tambi[ée]n\s*:?$|(?:siehe|lesen sie) auch\s*:?$|(?:voir|lire) aussi\s*:?$"
    r"|(?:vedi|leggi) anche\s*:?$"
    # labels over links to other stories, alone on their line (`Auch interessant`, `À découvrir`, `Para saber
    # más`, `Taip pat skaitykite`, `RELATED COVERAGE`, `Most read in Football`, `More Great WIRED Stories`)
    r"|(?:auch interessant|das könnte sie (?:auch )?interessieren|mehr themen(?: auf [\w.-]+)?|(?:à|a) découvrir"
    r"|à lire aussi|para saber más|te puede interesar|taip pat skaitykite|related coverage(?: from [^.]{1,60})?"
    r"|most read(?: in [\w ]{1,30})?|you (?:may|might) also like|more great [\w ]{1,20} stories|more stories"
    r"|recommended(?: for you)?|related(?: (?:stories|articles|posts|content|news|coverage))?"
    # Hindi papers' `More news` label closing the story (Dainik Bhaskar's `खबरें और भी हैं...`)
    r"|खबरें और भी हैं)\s*[:.…]*$"
    # player placeholders: `Player wird geladen`, `Video wird geladen`, `watch now`
    r"|(?:player|video) wird geladen\.*$|watch now$"
    # ad labels in other languages, alone on their line (`REKLAM`, `Реклама:`, `Werbung`), also in other scripts:
    # Japanese `広告` and `スポンサーリンク`, Korean `광고`, Chinese `广告`/`廣告`, Arabic `إعلان`, Hindi `विज्ञापन`,
    # Thai `โฆษณา`, Greek `Διαφήμιση`, Hebrew `פרסומת`, Vietnamese `Quảng cáo`
    r"|(?:reklam[ae]?|реклама|reklama|werbung|mainos|advertentie|publicidade|annonce|"
    + _SCRIPT_AD_LABELS
    + r")\s*[:：]?$"
    # a multi-page article's page counter, alone on its line (Joomla's pagebreak `Strona 1 z 2`, `Page 1 of 2`,
    # `Seite 1 von 2`, `Halaman 1 dari 2`, `Página 1 de 2`, `Pagina 1 di 2`, `Pagina 1 van 2`, `Sayfa 1 / 2`)
    r"|(?:page|seite|strona|halaman|p[áa]gina|sayfa|sivu|side|sida)\s+\d{1,3}\s*(?:of|von|z|dari|de|di|van|sur|av"
    r"|/)\s*\d{1,3}$"
    # `Read also` labels alone on their line in more languages: Dutch `Lees ook`/`Lees meer`/`Zie ook`, Polish
    # `Czytaj też`/`Czytaj także`/`Zobacz też`, Turkish `Ayrıca okuyun`/`İlginizi çekebilir`, Japanese `関連記事`,
    # Korean `관련기사`, Chinese `相关阅读`/`延伸閱讀`
    r"|(?:" + _READ_ALSO_LABELS + r")\s*[:：]?$"
    # an agency's input note closing a rewritten wire story, alone on its line: `(With inputs from PTI)`, `(With
    # agency inputs)`, `(mit Material von dpa)`, `(Mit Material der dpa und AFP)`, `(avec AFP)`, `(con
    # información de EFE)`
    # (an agency's token is needed: an acronym, dpa, Reuters, agencies: `(avec son homologue allemand)` is text)
    r"|\((?=[^()]*(?:(?-i:\b[A-Z]{2,6}\b)|\bdpa\b|\b(?:reuters|agenc(?:y|ies)|agencias?|agenturen|agences?)\b))"
    r"(?:with (?:inputs? from|agency inputs?)|mit material (?:von|der|aus)|avec|con información(?: de)?)\b"
    r"[^()]{0,60}\)$"
    # ad labels between dashes (tagDiv Newspaper's `td-adspot-title` `- Advertisement -` on fajar.co.id and other
    # tagDiv sites, `- Iklan -`) and `Advertisement - Scroll to continue`: alone on their line, or the dash would
    # join them to the next paragraph as a dateline
    r"|[-–—]+\s*(?:advert(?:isement)?s?|advertising|iklan)\s*[-–—]+$"
    r"|advertisement\s*[-–—:]\s*(?:scroll|continue)\b.{0,30}$"
    # the label over an ad slot of detik, Suara and JawaPos-network pages, joined to the ad label when the class
    # that hides it is gone: `ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT`, `SCROLL TO RESUME CONTENT`
    r"|(?:advertisement\s*)?scroll to (?:continue|resume)(?: with)?(?: (?:the )?(?:content|reading|article))?$"
    # the visually hidden closing line of a skipped box in BBC World Service pages (Simorgh): `Akhir dari
    # Artikel-artikel yang direkomendasikan`, `End of Twitter post`, `Final de Recomendados`, `Fin de … publication`
    # — only a platform's post or one of those box names, with the page's running count (`End of Twitter post,
    # 1`): a free-worded `End of …` line is a subheading (`End of an era for Instagram posts`)
    r"|(?:end of|akhir dari|final de|fin de)\s+(?:(?:la|le|du|los|las)\s+)?(?:(?:twitter|x|youtube|facebook|instagram|tiktok|telegram|spotify"
    r"|linkedin)\s+(?:posts?|postingan|video|publication)|(?:postingan|publication|video)\s+(?:twitter|x|youtube"
    r"|facebook|instagram|tiktok|telegram|spotify|linkedin)|artikel-artikel yang direkomendasikan|paling banyak"
    r" dibaca|recommended articles|most read|recomendad[oa]s|lo más leído)(?:,\s*\d{1,3})?\s*$"
    # reading-time and relative-update lines (`6 minute read`, `3 Min Lesezeit`, `Lesedauer: 4 Min.`,
    # `Last updated 15 hours ago`)
    r"|\d{1,3}\s*(?:min(?:ute)?s?|minuten)\.?\s*(?:read|lesezeit|lesen|baca|de lecture|de lectura)\.?$"
    r"|(?:lesedauer|lesezeit|reading time|read time|waktu baca|temps de lecture)\s*:?\s*\d{1,3}\s*min\w*\.?$"
    r"|(?:last )?updated\s+\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$"
    # the title of a table of contents (its links go as a link list), with the plugin's show/hide toggle
    r"|(?:inhaltsverzeichnis|table of contents|daftar isi|sommaire|spis treści|índice de contenidos?)\s*:?\s*"
    r"(?:\[[^\]]{1,20}\]|\([^)]{1,20}\)|toggle|hide|show|anzeigen|verbergen|ausblenden|sembunyikan|tampilkan|[▼▲►▾])?$"
    # WordPress's post footer (`This entry was posted on … and is filed under …`) and `Updated on <date>` lines
    r"|this entry was posted\b|(?:der|dieser) (?:beitrag|eintrag|artikel) wurde am\b"
    r"|(?:zuletzt )?aktualisiert(?: am)?\s*:?\s.{0,30}\d{4}\.?$|(?:last )?updated(?: on)?\s*:?\s.{0,30}\d{4}\.?$"
    # The abbreviations need their colon or dot: `Red Deer hosts the finals` is a sentence.
    r"|(?:red|rep)\s*[:.]\s*\S[^.]{0,60}$"
    # the attribution line an embedded post closes with: `— KPU Kebumen (@kpukebumen) March 8, 2024`
    r"|[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*.{3,30}\d{4}$"
    # the closing credit of the Tribun network's regional papers and Kompas: `(Banjarmasinpost.co.id/Name)`,
    # `(TribunJateng.com/Name)`, `(Kompas.com/Name)` - the site's host, a slash, the writer
    r"|\((?:[\w-]+\.)+(?:com|co\.id|id|net|tv)\s*/\s*[^()/]{2,60}\)$"
    # syndication notes: `----- Artikel ini telah naik di detikBali ...` (detik), `Artikel ini telah tayang di
    # Tribunnews.com dengan judul ...` (Tribun), `... di Kompas.com` (Kompas), `... di Suara.com` (Suara network)
    r"|-*\s*artikel ini (?:telah |sudah )?(?:tayang|naik|terbit|dimuat|diterbitkan|ditayangkan)\s+(?:di|pada)\b"
    # copyright and anti-crawling notices: `Dilarang keras mengambil konten ... tanpa izin` (ANTARA), `Dilarang
    # mengutip/menyalin ...`, `Hak cipta dilindungi undang-undang`
    # (a notice is short: a paragraph of the text that opens with these words is not cut)
    r"|(?=.{0,300}$)(?:dilarang (?:keras )?(?:mengambil|mengutip|menyalin|memperbanyak|mereproduksi|"
    r"menyebarluaskan)\b|hak cipta dilindungi\b))",
    re.I,
)
# Credit and syndication notes under the text: the agency's `(Reporting by X; additional reporting by Y; Editing
# by Z)`, `First published in The Conversation.`, `Dieser Artikel ist zuerst bei "Capital" erschienen.`
# (`Originally published on Live Science.` is left alone: ScrapingHub's truth keeps it; so is a contributor's
# `X contributed reporting.`, which the authored english-news page keeps). Checked only on short lines holding
# one of `_CREDIT_NOTE_KEYS`.
_CREDIT_NOTE = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing) by\b"
    r"|(?:this (?:article|story) (?:was|is) )?first published (?:in|on|by|at)\b"
    r"|(?:dieser|der) (?:artikel|beitrag|text) (?:ist|erschien|wurde) (?:zuerst|erstmals)\b",
    re.I,
)
_CREDIT_NOTE_KEYS = ("reporting by", "writing by", "editing by", "published", "zuerst", "erstmals")
_MAX_CREDIT_NOTE = 300


def _is_credit_note(text: str) -> bool:
    if len(text) > _MAX_CREDIT_NOTE:
        return False
    lowered = text.lower()
    return any(key in lowered for key in _CREDIT_NOTE_KEYS) and bool(_CREDIT_NOTE.match(text))


# Image captions and credits: short lines ending with a photo credit or carrying a copyright sign.
_CAPTION_TEXT = re.compile(
    r"(?:(?:foto|photo|gambar|image|ilustrasi|sumber foto|credit|kredit)\s*:\s*[^.]{1,60}\.?|\((?:ilustrasi|foto|"
    # whole words (`(Fotostation vor Ort ...)` in a list item, `(Istanbul)` are no credits), and Indonesian
    # `(Dokpri)`, `(Dok. pribadi)`, `(Dok. Humas)` are: personal or office documentation
    r"fotos|dok|dokpri|dokumen|dokumentasi|istimewa|ist)\b[^)]{0,60}\))$|©",
    re.I,
)
_PROMO_TEXT = re.compile(
    # the placeholder of an embed held back until cookies are accepted (Borlabs Cookie, Complianz, Usercentrics,
    # Real Cookie Banner; a map of Outdooractive or Google Maps, a YouTube video): `Um die Karte anzuzeigen,
    # akzeptieren Sie bitte Cookies von ...`, `To view this video, please accept marketing cookies`
    r"(?:\bum (?:die|den|das|diese[nsr]?) [\w-]{2,30} (?:anzuzeigen|zu laden|zu sehen)|\bto (?:view|see|show|display|"
    r"load|watch) (?:the|this) (?:map|video|content|embed)|\bpour (?:afficher|voir|charger) (?:la carte|cette vidéo|"
    r"ce contenu|la vidéo)|\bper (?:visualizzare|vedere|caricare) (?:la mappa|il video|questo contenuto|il contenuto)|"
    r"\bpara (?:ver|mostrar|cargar) (?:el mapa|este vídeo|el vídeo|este contenido)|\bom (?:de|deze) (?:kaart|video|"
    r"inhoud) te (?:bekijken|tonen|laden)|\baby (?:wyświetlić|zobaczyć) (?:mapę|wideo|treść))\b"
    # ... told to the reader (`please accept`, `akzeptieren Sie`, `vous devez accepter`): `To watch the video,
    # viewers had to accept all cookies` reports on a placeholder, in the text
    r"[^\w]{0,3}(?:(?:please|bitte|veuillez|si prega di|por favor|gelieve|prosimy) )?(?:(?:you (?:must|need to"
    r"|have to)|vous devez|debe|devi|moet u|musisz) )?(?:accept|akzeptier|zustimm|accepte|accett|acept"
    r"|accepteer|zaakceptuj|allow|erlaub)\w*\b.{0,40}?\bcookies?\b|"
    # Usercentrics' and Borlabs' wording of the same box: `Wir benötigen Ihre Zustimmung, um den Inhalt von
    # Outdooractive zu laden.`, `Klicken Sie auf „Akzeptieren“, um die Karte anzuzeigen.`, `We need your consent
    # to load the YouTube Video service`
    r"\b(?:wir benötigen|wir brauchen) ihre zustimmung,? um\b|\bwe need your consent to load\b|\bnous avons "
    r"besoin de votre consentement pour charger\b|\bklicken sie auf\W{1,3}(?:alle )?(?:akzeptieren|zustimmen"
    r"|erlauben|laden)\W{1,3},? um (?:die|den|das|diese[nsr]?) [\w-]{2,30} (?:anzuzeigen|zu laden|zu sehen)\b"
    r"|\bclick\W{1,3}(?:accept|allow|load)\W{1,3} to (?:view|see|show|display|load|watch) (?:the|this)"
    r" (?:map|video|content|embed)\b|"
    r"google news|whatsapp channel|saluran whatsapp|channel whatsapp|telegram channel|"
    r"(?:klik|click) (?:di ?sini|here) untuk|click here for more|subscribe to our|newsletter|"
    # the reader told to sign up (`Sign up for our newsletter`, `sign up for the free briefing`), not a
    # sentence reporting that others are urged to sign up for alerts or a program
    r"(?:^|[.!?]\s+|[,;]\s*|\s[—–-]\s*)sign up for\b|\bsign up for (?:our|my|free)\b|"
    # calls to action under the text: letters to the editor, subscriptions, apps, sign-in to comment
    r"(?:submit|write|send) (?:your |a )?letters? to the editor|\bsubscribe (?:now|today)\b|"
    r"\bdownload (?:the|our) [\w .-]{0,40}\bapps?\b|\benter your e-?mail\b|want to hear what you think|"
    r"\b(?:must|musst|müssen|muss) (?:be |sein )?(?:eingeloggt|angemeldet|logged in|signed in)\b|"
    r"\b(?:eingeloggt|angemeldet) sein\b|"
    # affiliate notices (`Bei den Verlinkungen handelt es sich um Affiliate Links`, `This post contains affiliate links`)
    r"\baffiliate[- ]?links?\b|"
    # `report an error` notices under the text, in several languages
    r"\b(?:menemukan|temukan|ada) kesalahan\b|\blaporkan (?:kesalahan|kepada redaksi)\b|"
    r"\b(?:found|spotted|see) (?:an? )?(?:error|mistake|typo)\b|\breport an? (?:error|typo|correction)\b|"
    r"\bfehler (?:gefunden|melden)\b|\bsignaler une erreur\b|\b(?:reportar|informar de) un error\b|"
    # consent, sign-up form and embed placeholder notices: `This site is protected by reCAPTCHA ...`, `By signing
    # up, you confirm ...`, `Ich akzeptiere die Datenschutzerklärung`, `Ein Klick für den Datenschutz`, `We
    # apologize, but this video has failed to load.`
    r"\bprotected by recaptcha\b|\bby (?:signing up|subscribing|registering), you\b|\bich akzeptiere die datenschutz|"
    r"\bein klick für den datenschutz\b|\b(?:video|player|content) (?:has )?failed to load\b|"
    # calls for the reader's opinion or a share: `Like this story? Share it with a friend!`, `Tell us what YOU
    # think...`, `Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel`
    r"\blike this (?:story|article)\?|\btell us what you think\b|\bihre meinung ist uns wichtig\b",
    re.I,
)
# Notices whose words a news sentence may also say (`Según la asociación, los enlaces de afiliado generan …`,
# `komentar baru tampil setelah diperiksa moderator, kata juru bicara`, `We're hiring 200 nurses, the chief executive
# told the board`): they count only without reported speech, and short or in the page's own voice (`this`, `we`,
# `este`, `cet`, `ini`, `kami`).
_NOTICE_TEXT = re.compile(
    # affiliate notices in more languages (travel, food and review blogs): `Este artículo contiene enlaces de
    # afiliado`, `Cet article contient des liens d'affiliation`, `link di affiliazione`, `links afiliados`
    r"\benlaces? de afiliad[oa]s?\b|\bliens? (?:d'|d’)?affili(?:ation|és?)\b|\blink (?:di affiliazione|affiliati)\b|"
    r"\blinks? afiliados?\b|\btautan afiliasi\b|\bpartnerlinks?\b|"
    # a newsletter's footer (Mailchimp's in every language, Substack, Sendinblue): the postal address and the
    # settings/unsubscribe line
    r"\bour mailing address is\b|\bunsere postanschrift\b|\bnotre adresse postale\b|\bchange how you receive these\b|"
    r"\bwie sie diese e-mails erhalten\b|\bvon dieser liste abmelden\b|\bunsubscribe from this list\b|"
    r"\bupdate (?:your |subscription )?preferences or unsubscribe\b|"
    r"\byou (?:are )?receiv(?:ed|ing) this (?:e-?mail|newsletter) because\b|"
    # comment-form notices (WordPress in every language, OpenSID village sites, Disqus-less blogs)
    r"\bkomentar baru (?:terbit|tampil|muncul|akan tampil)\b|\bsilakan (?:tulis|isi|tinggalkan) komentar\b|"
    r"^formulir komentar\b|\byour comment is awaiting moderation\b|\byour email address will not be published\b|"
    r"\balamat email anda tidak akan dipublikasikan\b|\bihre e-mail-adresse wird nicht veröffentlicht\b|"
    r"\bvotre adresse (?:e-mail|de messagerie) ne sera pas publiée\b|\btu dirección de correo electrónico no será\b|"
    # a recipe card's call to share a photo (WP Recipe Maker, Tasty Recipes)
    r"\b(?:tried|made) this recipe\?|\bdid you make this recipe\b|\bhai provato questa ricetta\b|"
    r"\brezept ausprobiert\b|\bvous avez (?:testé|essayé) cette recette\b|\b¿?has probado esta receta\b|"
    # a hiring box set in an engineering blog's text
    r"^(?=.{0,150}$)we(?:'|’| a)re hiring\b|"
    # the republishing notice closing a nonprofit newsroom's story (Newspack's and ProPublica's republish boxes,
    # INN members, The Conversation, Agência Pública): it names this story, republishing and the Creative Commons
    # licence (`This story may be republished for free under a Creative Commons license`, `Republish this article
    # ... under our Creative Commons license`, `Cet article peut être republié ... Creative Commons`); a newsroom's
    # page on its republishing terms (`Our stories may be ...`) and a court story's clause keep theirs
    r"\b(?:this (?:story|article)|cet article|cette enquête|este artículo|esta nota|este reportaje|esta reportagem"
    r"|esta matéria|questo articolo|dit artikel|dit verhaal)\b.{0,30}?\b(?:may|can|is|peut|est|puede|es|pode|é|può|è|mag|wordt)\b"
    r".{0,20}?\b(?:republished|republié|republicad[oa]|ripubblicato|herpubliceerd)\b.{0,80}?\bcreative commons\b|"
    r"\brepublish this (?:story|article)\b.{0,80}?\bcreative commons\b",
    re.I,
)
_MAX_SHORT_NOTICE = (
    120  # characters: `Komentar baru terbit setelah disetujui Admin`, `Die mit * markierten Links sind …`
)
# A dateline set apart from the first paragraph: `Jakarta -`, `JAKARTA, KOMPAS.com —`, `TRIBUNNEWS.COM -`.
_DATELINE = re.compile(r"^[^\s].{0,70}?\s*(?:-{1,2}|–|—)$")
# Sign-off initials at the end of the last paragraph: `(vyp/kna)`, `(fbn)`, `(E-2)`, `(kpl/pur/tch)`.
_SIGNOFF = re.compile(
    r"\s*[(\[](?:[A-Za-z]{1,6}\d?(?:\s*/\s*[A-Za-z]{1,6}\d?){0,4}|[A-Z]{1,3}-\d{1,3})[)\]]\s*$"
)
_SIGNOFF_TAIL = 300
_COMMAS = re.compile(r"[,،、，]")
_SENTENCE_END = re.compile(r"[.!?…\"”’:;)。！？」』）।॥؟۔]\s*$")
_DOUBLE_SPACE_BR = re.compile(r"\s*\n\s*")

_MIN_UNIT = 25  # characters: shorter units do not vote for a container


@dataclass
class _Unit:
    """A run of inline text between block boundaries (a paragraph candidate)."""

    owner: int  # index of the owning block element in `_Page.tags`
    text: str
    length: int
    link_length: int
    junk: int  # index of the innermost strongly-junk ancestor element, -1 when none
    silent: bool  # inside a comment thread or related-stories block: does not vote

    @property
    def link_density(self) -> float:
        return self.link_length / self.length if self.length else 0.0


@dataclass
class _Page:
    """What one walk over the tree learns: elements in document order and the text units they own."""

    tags: list[Tag] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)  # one past the index of the last descendant
    hint: list[str] = field(default_factory=list)
    units: list[_Unit] = field(default_factory=list)
    media: set[int] = field(default_factory=set)  # blocks that directly hold an image, video or embed
    lightbox: list[str] = field(default_factory=list)  # captions carried in images' lightbox attributes
    lightbox_text: str | None = None  # the captions joined by NULs, built on first use (one search per unit)
    headline: int = -1  # index of the article's headline element, -1 when unknown or not in the tree
    # the blocks of the article's opening set between the headline and the chosen text
    opening: list[tuple[int, int]] = field(default_factory=list)
    host: str = ""  # the page's host (without `www.`): links to its own donation/membership pages
    path: str = ""  # the page's own path: a heading linking to it (or to a fragment) names no other story
    sponsored: set[int] = field(
        default_factory=set
    )  # blocks holding a `rel="sponsored"` (paid/affiliate) link
    # panels of a product page's tabs left out of the chosen text (reviews, shipping terms, forms): start, end
    shut: list[tuple[int, int]] = field(default_factory=list)
    shut_starts: list[int] = field(default_factory=list)
    product: bool | None = None  # a shop's product page (`_is_product_page`), read on first use
    strict_product: bool | None = None  # the same, by signals articles lack (`_is_strict_product_page`)
    linkless_lists: dict[int, bool] = field(default_factory=dict)  # `id` of a chip's list: it holds no link
    short_rows: dict[int, bool] = field(
        default_factory=dict
    )  # a row's index: all its cells short (`_cell_of`)
    document: Any = None  # the parsed page, for its head's signals
    jsonld_texts: list[str] | None = None  # its JSON-LD scripts' texts (`_jsonld_texts`), read on first use
    declared_article: bool | None = (
        None  # it declares itself an article (`_declares_article`), read on first use
    )
    dated_article: bool | None = None  # `_declares_dated_article`, read on first use
    ingredients: set[int] = field(
        default_factory=set
    )  # a declared recipe's ingredient lines outside the scores' text
    data_panels: bool = (
        False  # the text is a group of tabs opening with a panel of data rows (`_opens_with_data_panel`)
    )
    # `<aside>` fact and information boxes of the article's own (`_article_fact_boxes`): read as its text
    fact_boxes: set[int] = field(default_factory=set)


def extract_body(
    soup: BeautifulSoup | Tag,
    *,
    url: str | None = None,
    title: str | None = None,
    skip_texts: tuple[str, ...] | list[str] = (),
    rules: SiteRules | None = None,
    headline: Tag | None = None,
    opening: list[str] | None = None,
    site_names: tuple[str, ...] | list[str] = (),
    jsonld_texts: Sequence[str] | None = None,
) -> str:
    """Plain text of the article body: paragraphs and subheadings in order, one blank line between them.

    `title` and `skip_texts` (byline and date lines) are left out of the body if they appear in it; `rules`
    (site rules) may name the body container and extra blocks or text patterns to strip; `headline` is the
    article's headline element when the caller found it (the text block it opens is the article's). When
    `opening` is a list, the paragraphs of an opening set in its own box between the headline and the text (a
    standfirst by its place, or the text's first paragraphs) are appended to it and left out of the returned
    body, for the caller to place; otherwise the body opens with them. A line that is only one of `site_names`
    (the outlet's name: a station's or paper's credit under each writer in the byline row) is left out.
    `jsonld_texts` are the page's JSON-LD scripts' texts when the caller has read them (else they are looked up).
    """
    try:
        return _extract_body(
            soup,
            title=title,
            skip_texts=tuple(skip_texts or ()),
            rules=rules,
            headline=headline,
            opening=opening,
            site_names=tuple(site_names or ()),
            url=url,
            jsonld_texts=jsonld_texts,
        )
    except Exception:  # noqa: BLE001 - extraction must never take the pipeline down
        return ""


def _extract_body(
    soup: Any,
    *,
    title: str | None,
    skip_texts: tuple[str, ...],
    rules: Any,
    headline: Tag | None = None,
    opening: list[str] | None = None,
    site_names: tuple[str, ...] = (),
    url: str | None = None,
    jsonld_texts: Sequence[str] | None = None,
) -> str:
    root = _body_root(soup)
    if root is None:
        return ""
    if rules is not None:
        _apply_strip_selectors(root, getattr(rules, "strip_selectors", ()) or ())
        selected = [el for el in rule_elements(root, rules, "body_selector") if isinstance(el, Tag)]
        if selected:
            page = _walk(selected[0])
            paragraphs = _render(page, [(0, len(page.tags))] if page.tags else [])
            for extra in selected[1:]:
                extra_page = _walk(extra)
                paragraphs += _render(extra_page, [(0, len(extra_page.tags))] if extra_page.tags else [])
            return _finish(paragraphs, title, skip_texts, getattr(rules, "strip_patterns", ()) or ())
    page = _walk(root, headline)
    if not page.units:
        return ""
    page.host = _site_host(url)
    page.path = _path_of(url)
    page.document = soup
    if jsonld_texts is not None:  # the metadata scan's copy: no second walk of the whole tree for the scripts
        page.jsonld_texts = [text[:MAX_JSONLD_CHARS] for text in jsonld_texts[:_JSONLD_SCRIPTS]]
    ranges, loose_owner = _choose_containers(page)
    main = _declared_main_instead(page, ranges, loose_owner)
    if main >= 0:
        ranges, loose_owner, page.opening = [(main, page.end[main])], -1, []
    page.fact_boxes, beside = _article_fact_boxes(page, ranges, loose_owner)
    ranges = ranges + [(box, page.end[box]) for box in beside]
    patterns = getattr(rules, "strip_patterns", ()) or () if rules is not None else ()
    items: set[str] = set()
    # The opening's paragraphs go to `opening` when the caller places them (a standfirst or the text's start).
    head: list[str] | None = [] if opening is not None and page.opening else None
    paragraphs = _render(page, ranges, loose_owner, items, head=head)
    if head:
        text = _finish(head, title, skip_texts, patterns, names=site_names)
        if opening is not None and text:
            opening.extend(text.split("\n\n"))
    return _finish_on(page)(
        paragraphs,
        title,
        skip_texts,
        patterns,
        items,
        names=site_names,
        data_head=lambda: (page.data_panels or not _declares_article(page)) and not _is_product_page(page),
        publisher=lambda: _publisher_names(page),
        product=lambda: _is_strict_product_page(page),
    )


# The article's fact and information boxes: set in an `<aside>` (HTML's element for "content tangentially related"),
# read as chrome like the page's sidebar. German regional papers' `Info`/`Zur Person`/`Fakten` boxes
# (`aside.infobox`, `aside.factbox`), trade magazines' `Projektdaten`, Dutch municipal and NL Design System news's
# `Meer informatie` contact block, French `encadré`/`Pratique`, Scandinavian `faktaboks`, English `key-facts` and
# WordPress themes' `aside` in the post's content all write it so. Such a box is the article's when it sits inside
# the chosen container, or right after it inside the same article wrapper, and reads as a heading over short lines:
# label/value rows or a few sentences, with next to no links, no picture, no form, and a class and heading that
# name no furniture (related reads, newsletter, author bio, poll, tags, ads: those asides stay out).
_FACT_BOX_MAX_TAGS = 200  # elements: a box of a few rows, not a hostile aside of empty tags
_FACT_BOX_MAX_TEXT = 1500  # characters
_FACT_BOX_MAX_LINE = 500  # characters: short prose, not a second article
_FACT_BOX_MIN_LINES = 2  # under its heading
_FACT_BOX_MAX_LINK_SHARE = 0.3
_FACT_BOX_MAX_HEADING = 60  # characters
_FACT_BOX_REJECT_TAGS = [
    *"form input button select textarea img picture video iframe audio figure nav svg object embed".split()
]
# Headings of the furniture an `<aside>` holds inside articles (the read-also and ad labels are boilerplate already):
# newsletter, author bio, poll, tags, ads, share, table of contents, subscription offer, comments.
_FURNITURE_HEADING = re.compile(
    r"newsletter|nieuwsbrief|infolettre|lettre d.information|bolet[ií]n|iscriviti|buletin|berlangganan"
    r"|\bauthor\b|autor|auteur|autore|penulis|\bpoll\b|umfrage|sondage|encuesta|sondaggio|peiling|ankieta"
    r"|enqu[eê]te|jajak pendapat|\btags?\b|schlagw[oö]rt|\bthemen\b|\btopik\b|advert|sponsor|iklan|publicit"
    r"|pubblicit|publicidad|werbung|teilen|\bshare\b|delen|partager|bagikan|compartir|condividi"
    r"|inhalt|contents|sommaire|[ií]ndice|inhoud|daftar isi"
    r"|abonn|subscri|suscri|assin[ae]|abbona|langganan|premium|paywall"
    r"|komment|comment|reacties|coment|komentar",
    re.I,
)


_FACT_BOX_MAX_ASIDES = 50  # asides examined per page
_FACT_BOX_MAX_HINT = 200  # characters of class/id: a box's few tokens, not a hostile attribute
# The positive signs of a fact box (one is needed). Class tokens the platforms write for it, read as whole tokens
# (BEM `article__factbox`, `factbox__title` included): German `infobox`/`factbox`/`fakten`/`infokasten`, Dutch
# `kader`/`meer-informatie`, French `encadre`, Scandinavian `faktaboks`/`faktaruta`, English `fact-box`/`key-facts`/
# `at-a-glance`, Indonesian `box-info`, Spanish `despiece`.
_FACT_BOX_CLASS = re.compile(
    r"(?<![a-z0-9-])(?:info-?box|fact-?box|facts?|fakten(?:box)?|info-?kasten|faktaboks|faktaruta|fakta|encadr[eé]"
    r"|kader|key-?facts|at-a-glance|meer-informatie|box-info|info-box|despiece|correction|korrektur)(?![a-z0-9-])"
)
# Fact-style headings, the whole heading or its first words: `Info`, `Fakten`, `Zur Person`, `Steckbrief`,
# `Projektdaten`, `Pratique`, `En bref`, `Repères`, `Key facts`, `At a glance`, `Meer informatie`, `Fakta om …`,
# `Datos`, `Claves`, `In breve`, `Scheda`, `Informasi`, and the corrections box newspapers set after a text.
_FACT_BOX_HEADING = re.compile(
    r"(?:info|infos|information(?:en)?|infokasten|fakten|zahlen und fakten|daten und fakten|zur person|zur sache"
    r"|projektdaten|steckbrief|hintergrund|pratique|infos? pratiques?|en bref|rep[eè]res|en chiffres|key facts"
    r"|fast facts|facts?|at a glance|by the numbers|fact ?box|meer informatie|praktische informatie|feiten"
    r"|fakta(?: om)?|faktaboks|datos|claves|ficha|in breve|scheda|in cifre|informasi|fakta|sekilas"
    r"|korrektur|correction|rectificatif|correctie|rettifica|fe de errores|ralat)(?![\w-])",
    re.I,
)
_LABEL_ROW = re.compile(r"[^:\n]{1,40}?\s?:\s*\S")
# Promotion and house furniture an aside holds after a text: job ads, donation and support appeals, follow-us and
# app boxes, podcasts, sponsors, gift articles, disclaimers, affiliate notes, contests, imprint.
_FURNITURE_PROMO = re.compile(
    r"stellenangebot|stellenanzeige|\bjobs?\b|karriere|career|hiring|vacature|lowongan|emploi|empleo|lavora con|"
    r"spende|spenden|donat|donasi|unterst[uü]tz|support|steun|dukung|soutenez|soutenir|apoya|sostieni|"
    r"folgen sie|folge uns|folgt uns|follow|\bvolg|seguici|s[ií]guenos|suivez|ikuti|\bapps?\b|podcast|"
    r"sponsor|pr[äa]sentiert|presented by|gesponsert|verschenk|\bgift|cadeau|regala|hadiah|"
    r"disclaimer|haftung|avertissement|affiliate|provision|werbelink|partnerlink|"
    r"gewinnspiel|verlos|giveaway|concours|sorteo|concorso|winactie|undian|kuis|"
    r"impressum|imprint|colofon|mentions l[eé]gales|[uü]ber uns|about us|written by|geschrieben von|"
    r"mitglied|member|lidmaatschap|adh[eé]rer|anggota",
    re.I,
)
# Contact calls are furniture as headings (`Haben Sie Hinweise?`, `Contact us`); a `Meer informatie` box of a
# `block--contact` class is the article's, so the class is not asked.
_FURNITURE_CONTACT = re.compile(r"hinweis|kontakt|contact|tip|neem contact|hubungi", re.I)


def _article_fact_boxes(
    page: _Page, ranges: list[tuple[int, int]], loose_owner: int
) -> tuple[set[int], list[int]]:
    """The `<aside>` fact boxes that are the article's: all of them, and those set right after a chosen container
    (outside every range: the caller adds them). One pass over the units; only the first few asides are examined
    (a page of thousands of asides is no article's fact boxes)."""
    boxes: dict[int, list[_Unit]] = {}
    signed: set[int] = set()  # boxes set after a line the text's sign-off closes (`(dpa/lsw)`, `(vyp/kna)`)
    tags = page.tags
    before = ""  # the last line outside an aside
    for unit in page.units:
        if unit.junk < 0 or tags[unit.junk].name != "aside":
            before = unit.text
            continue
        units = boxes.get(unit.junk)
        if units is None:
            if len(boxes) >= _FACT_BOX_MAX_ASIDES:
                continue
            units = boxes[unit.junk] = []
            if _SIGNOFF.search(before[-_SIGNOFF_TAIL:]):
                signed.add(unit.junk)
        units.append(unit)
    kept: set[int] = set()
    beside: list[int] = []
    for box, units in boxes.items():
        # the sign-off closes the text: a box after it would leave the credit mid-text, past the edge trimming
        if box in signed:
            continue
        inside = any(start < box < stop for start, stop in ranges)
        after = not inside and _follows_container(page, box, ranges, loose_owner)
        if (inside or after) and _is_fact_box(page, box, units):
            kept.add(box)
            if after:
                beside.append(box)
    return kept, beside


def _follows_container(page: _Page, box: int, ranges: list[tuple[int, int]], loose_owner: int) -> bool:
    """The box is the next element after a chosen container, under the same parent, and that parent is the
    article's own wrapper (the block holding its loose prose, or an `<article>` element), not the page's layout."""
    for start, stop in ranges:
        holder = page.parent[start]
        if stop == box and page.parent[box] == holder and holder >= 0:
            return holder == loose_owner or page.tags[holder].name == "article"
    return False


def _is_fact_box(page: _Page, box: int, units: list[_Unit]) -> bool:
    """A heading over a few short lines that carries a fact-box sign (class, heading or label/value rows), next to
    no links, no pictures or forms, named as no furniture. The cheap signs are asked first, the box's tree last."""
    tags = page.tags
    stop = page.end[box]
    if stop - box > _FACT_BOX_MAX_TAGS or len(units) < _FACT_BOX_MIN_LINES + 1:
        return False
    hint = page.hint[box]
    if len(hint) > _FACT_BOX_MAX_HINT:
        return False
    if hint and (_read_hint(hint).junk or _FURNITURE_HEADING.search(hint) or _FURNITURE_PROMO.search(hint)):
        return False
    heading = units[0]
    title = heading.text.strip()
    if (
        tags[heading.owner].name not in _SUBHEADING_TAGS
        or heading.length > _FACT_BOX_MAX_HEADING
        or heading.link_length
        or _is_boilerplate_text(title)
        or _FURNITURE_HEADING.search(title)
        or _FURNITURE_PROMO.search(title)
        or _FURNITURE_CONTACT.search(title)
    ):
        return False
    if not (
        _FACT_BOX_CLASS.search(hint.lower())
        or _FACT_BOX_HEADING.match(title)
        or _mostly_label_rows(units[1:])
    ):
        return False
    text = sum(unit.length for unit in units)
    links = sum(unit.link_length for unit in units)
    if (
        text > _FACT_BOX_MAX_TEXT
        or links > _FACT_BOX_MAX_LINK_SHARE * text
        or any(unit.length > _FACT_BOX_MAX_LINE for unit in units)
        or any(tags[unit.owner].name in _SUBHEADING_TAGS for unit in units[1:])
    ):
        return False
    if any(index in page.media for index in range(box, stop)):
        return False
    # forms, buttons and embeds are not blocks of the walk: asked of the box's own small tree, last
    return tags[box].find(_FACT_BOX_REJECT_TAGS) is None


def _mostly_label_rows(lines: list[_Unit]) -> bool:
    """Most lines read `Label: value` (a data sheet: `Baujahr: 1974`, `Adresse : 12, rue …`, `Coste: 8,4 …`)."""
    rows = sum(1 for unit in lines if _LABEL_ROW.match(unit.text.strip()))
    return rows >= _FACT_BOX_MIN_LINES and 2 * rows > len(lines)


# A page's one declared main region (`<main>`, `role="main"`) that holds this many times the chosen text, almost
# without links, is the text: the scores picked one box of a landing, service or info page whose sections are
# each wrapped in boxes of their own (a product page's features, FAQ and comparison table; a shop's information
# page in a Nuxt/BEM tree). trafilatura takes its readability fallback at twice its own text.
_DECLARED_MAIN_FACTOR = 2.5
_DECLARED_MAIN_MAX_LINK_SHARE = 0.1


def _declared_main_instead(page: _Page, ranges: list[tuple[int, int]], loose_owner: int) -> int:
    """The page's declared main region when the chosen text is a small part of its link-poor prose, else -1."""
    main = _declared_main_region(page) if ranges else -1
    if main < 0:
        return -1
    stop = page.end[main]
    if any(not (main <= start < stop) for start, _ in ranges) or (main, stop) in ranges:
        return -1
    text_len, link_len = _subtree_text(page)
    chosen = sum(text_len[start] for start, _ in ranges)
    if (
        text_len[main] < _DECLARED_MAIN_FACTOR * chosen
        or link_len[main] > _DECLARED_MAIN_MAX_LINK_SHARE * text_len[main]
    ) or _declares_article(page):
        return -1
    # the text each renders (lists and tables are such pages' text; a list of search terms written inline is
    # an index, not text)
    shown = _rendered_length(_render(page, ranges, loose_owner, set()))
    wider = _rendered_length(_render(page, [(main, stop)], -1, set()))
    if wider < _DECLARED_MAIN_FACTOR * max(shown, 1):
        return -1
    # a strict product page's region holding its customers' review widget (Judge.me, Yotpo, Stamped, Okendo,
    # WooCommerce, Shopware, Magento: `_CUSTOMER_REVIEW_TOKENS`) would bring the reviews in with the description
    return -1 if _is_strict_product_page(page) and _has_customer_reviews(page, main) else main


# Elementor's document of a page's own content (not a post's: Elementor Pro's single-post template wraps the post
# with related posts, pricing, testimonials and team sections; not its header and footer templates).
_BUILDER_PAGE_TYPES = frozenset({"wp-page", "single-page"})


def _declared_main_region(page: _Page) -> int:
    """The page's one `<main>` (or `role="main"`), else Elementor's one content document of a page; -1 when there
    is none or more than one. (`itemprop="mainContentOfPage"` is no such region: Blogger and WordPress themes set
    it on the wrapper of a post and its related snippets.)"""
    mains: list[int] = []
    documents: list[int] = []
    for index, tag in enumerate(page.tags):
        attrs = tag.attrs
        if tag.name == "main" or attrs.get("role") == "main":
            mains.append(index)
        elif attrs.get("data-elementor-type") in _BUILDER_PAGE_TYPES:
            documents.append(index)
    for found in (mains, documents):
        if found:
            return found[0] if len(found) == 1 else -1
    return -1


# A page that declares itself an article (`article:published_time`, a JSON-LD or microdata Article or Posting) is
# one text: its `<main>` also holds the reporter's bio, the outlet's "about us" and corrections boxes, a live blog's
# key points, a player's labels, which the scores rightly leave out. (`og:type` article alone is no such signal:
# sites set it on every page, product pages too.)
_ARTICLE_TYPE = (
    r"(?:News|Blog|Reportage|Opinion|Analysis|Tech|Satirical|Scholarly|LiveBlog|DiscussionForum|SocialMedia)?"
    r"(?:Article|Posting)"
)
_DECLARED_ARTICLE_JSONLD = re.compile(r'"@type"\s*:\s*\[?\s*"' + _ARTICLE_TYPE + '"')
_DECLARED_ARTICLE_ITEMTYPE = re.compile(r"schema\.org/" + _ARTICLE_TYPE + r"\b")


def _declares_article(page: _Page) -> bool:
    if page.declared_article is None:
        page.declared_article = page.document is not None and (
            _declares_dated_article(page)
            or any(_DECLARED_ARTICLE_ITEMTYPE.search(str(tag.get("itemtype") or "")) for tag in page.tags)
        )
    return page.declared_article


def _declares_dated_article(page: _Page) -> bool:
    """The page's head or JSON-LD declares an article (`article:published_time`, a JSON-LD Article type): a news
    or blog post. Joomla's `item-page` declares schema.org/Article microdata on every page, an association's
    history or a club's contacts too: microdata alone is no news page."""
    if page.dated_article is None:
        head = page.document.find("head") if page.document is not None else None
        page.dated_article = page.document is not None and (
            (
                isinstance(head, Tag)
                and head.find("meta", attrs={"property": "article:published_time"}) is not None
            )
            or any(_DECLARED_ARTICLE_JSONLD.search(text) for text in _jsonld_texts(page))
        )
    return page.dated_article


def _rendered_length(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs if not _is_inline_list(p, len(_COMMAS.findall(p))))


def _body_root(soup: Any) -> Tag | None:
    if not isinstance(soup, Tag):
        return None
    body = soup.find("body") if soup.name != "body" else soup
    return body if isinstance(body, Tag) else soup


def _apply_strip_selectors(root: Tag, selectors: Any) -> None:
    for selector in selectors:
        try:
            for element in root.select(selector):
                element.decompose()
        except Exception:  # noqa: BLE001 - a bad selector in a rules file must not stop extraction
            continue


# --------------------------------------------------------------------------------------------------- walk


def _hint_of(tag: Tag) -> str:
    attrs = tag.attrs
    if not attrs:
        return ""
    parts = []
    for key in ("class", "id", "itemprop", "role"):
        value = attrs.get(key)
        if value:
            text = " ".join(value) if isinstance(value, list) else str(value)
            parts.append(without_topic_classes(text) if key == "class" else text)
    return " ".join(parts).lower()


def _hint_reading(tag: Tag) -> tuple[str, _Hint | None]:
    """The element's hint and what it says (None without a hint)."""
    attrs = tag.attrs
    if not attrs:
        return "", None
    get: Any = attrs.get  # str values when parsed with multi_valued_attributes=None, as telisik does
    try:
        return _cached_hint_reading(get("class"), get("id"), get("itemprop"), get("role"))
    except TypeError:  # list-valued attributes (a soup parsed with bs4's defaults) are not hashable
        hint = _hint_of(tag)
        return hint, _read_hint(hint) if hint else None


@functools.lru_cache(maxsize=8192)
def _cached_hint_reading(classes: Any, id_: Any, itemprop: Any, role: Any) -> tuple[str, _Hint | None]:
    """`_hint_of` and `_read_hint` of these attribute values; cached because pages repeat their classes."""
    parts = []
    for key, value in (("class", classes), ("id", id_), ("itemprop", itemprop), ("role", role)):
        if value:
            text = str(value)
            parts.append(without_topic_classes(text) if key == "class" else text)
    hint = " ".join(parts).lower()
    return hint, _read_hint(hint) if hint else None


# Class names that hide an element in every CSS framework (a whole class, not `hidden-xs`: hidden on phones).
_HIDING_CLASSES = frozenset("hidden is-hidden hide d-none visually-hidden sr-only screen-reader-text".split())
# ... unless a breakpoint shows it again (Tailwind `hidden lg:block`, Bootstrap `d-none d-md-flex`).
_SHOWN_FROM = re.compile(
    r"(?:\w+:|d-\w+-)(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)$"
)
_MAY_HIDE = re.compile(r"(?i)hid|d-none|d-lg-none|d-xl-none|visible-|sr-only|screen-reader|material-")
# Icon fonts drawn from ligatures: `<i class="material-icons">access_time</i>` shows a clock, never the word
# (Material Icons / Material Symbols, used by Materialize, MDC and Angular Material themes).
_ICON_FONT_CLASS = re.compile(r"material-(?:icons|symbols)")
_STREAMED_PART = re.compile(r"S:[0-9a-z]+$")


def _is_hidden(tag: Tag) -> bool:
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs:
        # React's streamed server rendering parks each resolved part of the page in `<div hidden id="S:1">`
        # and a script moves it into place: that text is what the reader sees (Next.js news sites).
        return not _STREAMED_PART.match(str(attrs.get("id") or ""))
    style = attrs.get("style")
    if style and isinstance(style, str):
        compact = style.replace(" ", "").lower()
        if "display:none" in compact or "visibility:hidden" in compact:
            return True
    classes = attrs.get("class")
    if classes and _hides_by_class(str(classes)):
        return True
    return attrs.get("aria-hidden") == "true" and tag.name not in ("body", "html", "main", "article")


@functools.lru_cache(maxsize=8192)
def _hides_by_class(classes: str) -> bool:
    """A class string that hides its element; cached because pages repeat the same class strings."""
    if not _MAY_HIDE.search(classes):  # a cheap test first: most elements have none of these
        return False
    tokens = classes.lower().split()
    if any(_ICON_FONT_CLASS.match(t) for t in tokens):
        return True
    if _HIDING_CLASSES.intersection(tokens) and not any(_SHOWN_FROM.match(t) for t in tokens):
        return True
    return _mobile_only(tokens)


# Bootstrap 3's responsive utilities, read for a desktop's view (the page an archive keeps): `hidden-xs`,
# `hidden-sm`, `hidden-md` hide a block on smaller screens only, `hidden-lg` and Bootstrap 4's `d-lg-none` on a
# desktop; `visible-xs`/`visible-sm`/`visible-md` (with `-block`, `-inline`) show a block on smaller screens
# only, the phone copy of a table or teaser the desktop copy repeats.
_BREAKPOINT_HIDDEN = re.compile(r"hidden-(?:xs|sm|md)$")
_DESKTOP_HIDDEN = re.compile(r"hidden-lg|d-(?:lg|xl)-none$")
_BREAKPOINT_VISIBLE = re.compile(r"visible-(?:xs|sm|md|lg)(?:-block|-inline|-inline-block)?$")


def _mobile_only(tokens: list[str]) -> bool:
    if any(_DESKTOP_HIDDEN.match(t) for t in tokens):
        return True
    visible = [t for t in tokens if _BREAKPOINT_VISIBLE.match(t)]
    return bool(visible) and not any(t.startswith("visible-lg") for t in visible)


# An accordion's question is a toggle button inside a heading (or a definition term) and its answer a panel the
# toggle opens: the WAI-ARIA accordion pattern that Bootstrap 4/5 `.accordion`/`collapse`, Kadence and Gutenberg
# accordion blocks, Foundation, GOV.UK and most CMS FAQ modules follow. Both are text the reader opens with one
# click (FAQPage and health/how-to pages keep their answers there), unlike a menu's toggle in the navigation.
_DISCLOSURE_ATTRS = ("aria-expanded", "aria-controls", "data-bs-toggle", "data-toggle", "data-bs-target")
_DISCLOSURE_HOLDERS = frozenset("h1 h2 h3 h4 h5 h6 dt".split())
_DISCLOSURE_LEVELS = 2  # the button sits in the heading or one span/div below it


def _is_disclosure_heading(button: Tag) -> bool:
    """A toggle button that is an accordion's heading: its label is the question (or section name) of the text
    below it, and the heading holds nothing else (`<h2>Kommentare (14)<button>anzeigen</button></h2>` is a
    heading with a button beside it; a popover's or tooltip's `Was ist das?` is no heading)."""
    attrs = button.attrs
    if not attrs or not any(key in attrs for key in _DISCLOSURE_ATTRS):
        return False
    toggle = attrs.get("data-bs-toggle") or attrs.get("data-toggle")
    if toggle in ("popover", "tooltip", "dropdown", "modal"):
        return False
    holder = _disclosure_holder(button)
    if holder is None:
        return False
    label = button.get_text().strip()
    # a label cut short (`Nico Lange ...`) opens the rest of a teaser: a `more` toggle, not a heading
    return bool(label) and not label.endswith(("...", "…")) and _text_up_to(holder, len(label)) == label


def _text_up_to(tag: Tag, limit: int) -> str | None:
    """The element's text stripped, or None once it runs past `limit` characters (a heading of many buttons is
    read once per button: stop early)."""
    parts: list[str] = []
    size = 0
    for text in tag.strings:
        size += len(text.strip())
        if size > limit:
            return None
        parts.append(text)
    return "".join(parts).strip()


def _disclosure_holder(button: Tag) -> Tag | None:
    """The heading (or definition term) a toggle sits in, a span/div below it at most."""
    parent = button.parent
    for _ in range(_DISCLOSURE_LEVELS):
        if parent is None:
            return None
        if parent.name in _DISCLOSURE_HOLDERS:
            return parent
        parent = parent.parent
    return None


def _is_disclosure_panel(tag: Tag, tabs: dict[str, str]) -> bool:
    """A hidden accordion panel the reader opens: `hidden="until-found"` (searchable by the browser: GOV.UK,
    Gutenberg's accordion) or a labelled region (`role="region" aria-labelledby=...`, the WAI-ARIA accordion
    panel) right after the heading whose toggle labels it. A menu's or a dialog's hidden box, a gift or share
    panel opened by a button in the text, a translation in another language (`lang=`) are none."""
    attrs = tag.attrs
    if attrs.get("hidden") == "until-found":
        return True
    if "lang" not in attrs and (_is_accordion_panel(tag) or _is_hidden_tab_panel(tag, tabs)):
        return True
    label = attrs.get("aria-labelledby")
    if attrs.get("role") != "region" or not label or "lang" in attrs:
        return False
    heading = tag.find_previous_sibling()
    if not isinstance(heading, Tag) or heading.name not in _DISCLOSURE_HOLDERS:
        return False
    if heading.get("id") == label:
        return True
    toggle = heading.find(id=label)
    return isinstance(toggle, Tag) and _is_disclosure_heading(toggle)


# The tabs the walk has passed (WooCommerce's `wc-tabs`, jQuery UI, Magento 2, Bootstrap 4 and 5): the panel each
# names by `aria-controls` (or a tab link's `href="#id"`), and the tab's text and id, noted as the walk enters
# them (a tab list comes before its panels): no search per panel (pages of hundreds of panels).
_TABS_NOTED = 2000  # tabs noted on one page
_TAB_NAME_MAX = 100  # characters of a tab's text kept
_TAB_NAME_NODES = 400  # nodes read for them at most
_TAB_NOTE_MAX = 400  # characters noted for one panel
_TAB_TARGETS = 4  # panels one tab names
_TAB_TOGGLES = frozenset({"tab", "pill"})
# A shut tab panel is read only when its tab (or its own id) names the product's description or data: never a
# review, question or comment tab (`tab-erfahrungen`, `Kundenmeinungen`, `tab-avaliacoes`, `tab-testimonials`,
# `Pendapat pembeli`: review round 2). Stems of de/en/fr/es/it/nl/pl/pt/id words.
_DATA_TAB_NAME = re.compile(
    r"beschreibung|beschrijving|description|descrip|descri[cç][aã]o|descrizione|deskripsi|omschrijving|\bopis\b"
    r"|detail|dettagli|szczeg|rincian|spe[cz]ifi|specyfik|spesifik|attribut|informa[tcçs]|merkmal|eigenschap"
    r"|eigenschaft|datenblatt|technisch|technical|caract|kenmerk|parametr|fiche|ficha|scheda|dane techniczne"
)
_REVIEW_TAB_NAME = re.compile(
    r"review|bewert|rezens|erfahrung|meinung|avis|opini|avalia|ervaring|testimon|pendapat|ulasan|recensi"
    r"|beoordel|comment|kommentar|question|frage|pytani|pergunt|pregunt|domand|vragen|rating"
)


def _note_tab(tabs: dict[str, str], tag: Tag) -> None:
    """Note the panel a tab names (`aria-controls`, or the `href="#id"` of a link that is a tab or a tab's
    toggle), with the tab's text and id."""
    attrs = tag.attrs
    target = attrs.get("aria-controls")
    if not target and tag.name == "a":
        href = attrs.get("href")
        toggle = attrs.get("data-toggle") or attrs.get("data-bs-toggle")
        parent = tag.parent
        is_tab = (
            attrs.get("role") == "tab"
            or toggle in _TAB_TOGGLES
            or (isinstance(parent, Tag) and parent.get("role") in ("tab", "tablist"))
        )
        if is_tab and isinstance(href, str) and href.startswith("#"):
            target = href[1:]
    if not target or not isinstance(target, str) or len(tabs) >= _TABS_NOTED:
        return
    name = f"{_tab_name(tag)} {attrs.get('id') or ''}"
    for panel in target.split()[:_TAB_TARGETS]:  # `aria-controls` may name several panels
        noted = tabs.get(panel, "")
        if len(noted) < _TAB_NOTE_MAX:  # thousands of tabs naming one panel add nothing after the first few
            tabs[panel] = f"{noted} {name}"


def _tab_name(tag: Tag) -> str:
    """The tab's text, its first `_TAB_NAME_MAX` characters, read node by node in document order with a budget: a
    tab element wrapping the rest of a hostile page (5,000 nested `aria-controls` boxes) is not read whole, nor
    walked to its end (bs4's `descendants` first finds the subtree's last node), once per nested tab."""
    parts: list[str] = []
    size = 0
    stack: list[Any] = [iter(tag.contents)]
    for _ in range(_TAB_NAME_NODES):
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            if not stack:
                break
            continue
        if isinstance(node, Tag):
            if node.name not in ("script", "style", "template"):
                stack.append(iter(node.contents))
        elif type(node) is NavigableString or isinstance(node, CData):
            text = node.strip()
            if text:
                parts.append(text)
                size += len(text) + 1
                if size > _TAB_NAME_MAX:
                    break
    return " ".join(parts)[:_TAB_NAME_MAX]


def _is_hidden_tab_panel(panel: Tag, tabs: dict[str, str]) -> bool:
    """A tab panel hidden until its tab is clicked (`role="tabpanel"`, inline `display:none`), whose tab in a tab
    list (`role="tab"`, or a link) names the panel by `aria-controls` or `href="#id"`, and whose tab or id names
    the product's description or data (`_DATA_TAB_NAME`: WooCommerce's `Zusätzliche Informationen`/`Additional
    information`, Magento 2's `Specyfikacja`/`More Information`, jQuery UI tabs, WAI-ARIA tabs of spec and
    database pages). Text one click opens, like an accordion's; a shop's review, question and comment panels
    stay shut (`_names_shop_panel`, `_REVIEW_TAB_NAME`)."""
    ident = panel.attrs.get("id")
    if panel.attrs.get("role") != "tabpanel" or not ident or not isinstance(ident, str):
        return False
    classes = panel.get("class")
    hint = " ".join(classes) if isinstance(classes, list) else str(classes or "")
    if _names_shop_panel(f"{hint} {ident}".lower()):
        return False  # the shop's reviews, questions or shipping terms stay shut
    tab = tabs.get(ident)
    if tab is None:
        return False
    name = f"{tab} {ident}".lower()
    return _DATA_TAB_NAME.search(name) is not None and _REVIEW_TAB_NAME.search(name) is None


_FORM_CONTROLS = ("input", "select", "textarea", "button", "form")
_FORM_CONTROL_NAMES = frozenset(_FORM_CONTROLS)
_ACCORDION_SIBLINGS = 40  # items of one accordion read
_ACCORDION_MIN_ITEMS = 2  # a lone toggled panel is a newsletter, share or menu box; an accordion has several


def _is_accordion_panel(panel: Tag) -> bool:
    """One of several panels of one accordion, each opened by the toggle of the heading right before it
    (`<h2><button aria-controls="acc2">Gebühren</button></h2><div id="acc2" hidden>`, Bootstrap's
    `data-bs-target="#acc2"`, `<dt><button>` FAQ lists): the WAI-ARIA accordion of municipal service portals
    (Dienstleistungsbeschreibungen), Bootstrap collapse FAQs, Kadence and Drupal accordions, without the panel's
    own `role="region"`. Each counted panel holds no form control (a newsletter sign-up, a letter-to-the-editor
    form toggled the same way are no text), and a lone toggled panel is none: a sibling item of the same tag and
    class, `_ACCORDION_SIBLINGS` elements away at most, must be one too. Read once per panel: the walker asks
    for the panel and for its bare toggle (review: a page of 5000 toggles read each twice)."""
    cached = panel.__dict__.get(_ACCORDION_MARK)
    if cached is None:
        cached = panel.__dict__[_ACCORDION_MARK] = _reads_as_accordion_panel(panel)
    return bool(cached)


_ACCORDION_MARK = "_telisik_accordion_panel"  # the per-panel answer, kept on the parsed element


def _reads_as_accordion_panel(panel: Tag) -> bool:
    if not _is_form_free_toggled_panel(panel):
        return False
    item = _accordion_item(panel)
    key = (item.name, tuple(item.get("class") or ()))
    for siblings in (item.next_siblings, item.previous_siblings):
        seen = 0
        for sibling in siblings:
            if not isinstance(sibling, Tag):
                continue
            seen += 1
            if seen > _ACCORDION_SIBLINGS:
                break
            if (sibling.name, tuple(sibling.get("class") or ())) != key:
                continue
            inner = sibling if item is panel else _accordion_item_panel(sibling)
            if inner is not None and _is_form_free_toggled_panel(inner):
                return True
    return False


def _accordion_item(panel: Tag) -> Tag:
    """The accordion's item: the wrapper of just the heading and the panel (`div.acc_item`), else the panel."""
    parent = panel.parent
    if parent is not None and parent.name not in ("body", "main", "article"):
        children = _first_elements(parent, 3)
        if len(children) == 2:
            return parent
    return panel


def _accordion_item_panel(item: Tag) -> Tag | None:
    """The panel of a wrapped item (its second child), None when the item is no heading-and-panel pair."""
    children = _first_elements(item, 3)
    return children[1] if len(children) == 2 else None


_ELEMENT_SCAN = 12  # children read (text nodes between elements included)


def _first_elements(tag: Tag, count: int) -> list[Tag]:
    found: list[Tag] = []
    for seen, child in enumerate(tag.children):
        if seen >= _ELEMENT_SCAN or len(found) >= count:
            break
        if isinstance(child, Tag):
            found.append(child)
    return found


def _is_form_free_toggled_panel(panel: Tag) -> bool:
    cached = panel.__dict__.get(_TOGGLED_MARK)
    if cached is None:
        cached = panel.__dict__[_TOGGLED_MARK] = _controlled_by_heading_before(
            panel
        ) and not _holds_form_control(panel)
    return bool(cached)


_TOGGLED_MARK = "_telisik_toggled_panel"


def _controlled_by_heading_before(panel: Tag) -> bool:
    """The panel is the one the toggle of the heading right before it opens."""
    panel_id = panel.get("id")
    if not isinstance(panel_id, str) or not panel_id:
        return False
    heading = _element_sibling(panel, forward=False)
    if isinstance(heading, Tag) and _is_bare_toggle(heading):
        return _toggle_target(heading) == panel_id and _is_toggle_label(heading)
    if not isinstance(heading, Tag) or heading.name not in _DISCLOSURE_HOLDERS:
        return False
    toggle = heading.find("button") or heading.find("a")
    if not isinstance(toggle, Tag):
        return False
    return _toggle_target(toggle) == panel_id and _is_disclosure_heading(toggle)


def _toggle_target(toggle: Tag) -> str | None:
    target = toggle.get("aria-controls") or toggle.get("data-bs-target") or toggle.get("data-target")
    return target.lstrip("#") if isinstance(target, str) else None


# An accordion's toggle need not sit in a heading: jQuery accordion plugins, Elementor's toggle widget
# (`div.elementor-tab-title role="button"`), Divi and many hand-made FAQ modules of health portals put a bare
# `<button aria-expanded aria-controls="faq-0">` (or a `role="button"` element) right before the panel it opens.
# Its label is the question; it counts only when the panel is one of several of one accordion.
_TOGGLE_LABEL_MAX = 200  # characters: a question or a section's name, never a paragraph


def _is_bare_toggle(tag: Tag) -> bool:
    attrs = tag.attrs
    if not attrs or "aria-expanded" not in attrs or "aria-controls" not in attrs:
        return False
    return tag.name == "button" or attrs.get("role") == "button"


def _is_toggle_label(toggle: Tag) -> bool:
    label = _text_up_to(toggle, _TOGGLE_LABEL_MAX)
    return bool(label) and not str(label).endswith(("...", "…")) and not _holds_form_control(toggle)


def _holds_form_control(tag: Tag) -> bool:
    """`tag.find(_FORM_CONTROLS) is not None`, read without bs4's filter objects (one per call: a page of
    thousands of accordion panels asks once per panel and toggle)."""
    return any(isinstance(node, Tag) and node.name in _FORM_CONTROL_NAMES for node in tag.descendants)


def _element_sibling(tag: Tag, forward: bool) -> Tag | None:
    """The next (or previous) sibling element: `find_next_sibling()` without bs4's filter objects."""
    for node in tag.next_siblings if forward else tag.previous_siblings:
        if isinstance(node, Tag):
            return node
    return None


def _is_bare_accordion_toggle(button: Tag) -> bool:
    """A bare toggle whose panel, the element right after it, is one of several panels of one accordion."""
    if not _is_bare_toggle(button):
        return False
    panel = _element_sibling(button, forward=True)
    return isinstance(panel, Tag) and panel.get("id") == _toggle_target(button) and _is_accordion_panel(panel)


def _is_junk_element(tag: Tag, hint: str) -> bool:
    """True for blocks that never belong to the article text (share bars, related lists, captions...)."""
    name = tag.name
    if name in ("body", "html", "main"):
        return False
    if name in _JUNK_TAGS:
        return True
    return bool(hint) and _read_hint(hint).junk


_ICON_CLASS = re.compile(r"emoji|smil|icon|inlineimg", re.I)
# The folder a forum's or blog's smileys are served from (WordPress `wp-includes/images/smilies/icon_wink.gif`,
# `s.w.org/images/core/emoji/`, vBulletin `images/smilies/`, phpBB and Forumotion `smilies/`, `images/smileys/`):
# the picture's own address says it is an icon when its class says nothing.
_ICON_SRC = re.compile(r"/(?:smilies|smileys|smilys|emoticons|emoji)/", re.I)


_SMILEY_MAX_SIDE = 32  # pixels: a picture drawn this small inside a line of text is a smiley or an icon


def _drawn_sides(picture: Tag) -> list[int | None]:
    """The picture's `width` and `height` attributes as plain numbers (None where not one)."""
    return [plain_number(str(picture.attrs.get(key) or "")) for key in ("width", "height")]


def _any_side_below(sides: list[int | None], limit: int) -> bool:
    return any(side is not None and side < limit for side in sides)


def _is_icon(tag: Tag) -> bool:
    """An emoji, smiley or icon drawn inside a line of text (`img.wp-smiley`, `img.emoji`, `img.inlineimg`, an
    image from a smileys folder, or 32 pixels at most): it does not make the paragraph a picture's caption."""
    attrs = tag.attrs
    if not attrs:
        return False
    if _ICON_CLASS.search(str(attrs.get("class") or "")):
        return True
    sizes = _drawn_sides(tag)
    if _any_side_below(sizes, _SMILEY_MAX_SIDE + 1):
        return True
    if any(size is not None for size in sizes):
        return False  # a picture drawn larger is no smiley, whatever folder it is served from
    src = attrs.get("src")
    if src and isinstance(src, str) and _ICON_SRC.search(src):
        return True
    return False


# A reference mark in brackets linked to its note on the same page: MediaWiki's `<sup class="reference"><a
# href="#cite_note-1">[1]</a></sup>` (every MediaWiki wiki and Wikipedia mirror) and footnote plugins that print
# `[1]`: not a word of the sentence. (A bare superscript number linked to a note, `Harbor.<sup>1</sup>` of
# Substack, stays: the cms-shapes truth keeps it.) `m<sup>2</sup>` and `1<sup>st</sup>` have no link.
REFERENCE_MARK = re.compile(r"\[\d{1,3}\]|\[[a-z]\]|\[note \d{1,3}\]")


def is_reference_mark(sup: Tag) -> bool:
    """A `<sup>` that only marks a reference (`[1]` linked to a note on the page); lead.py asks it too."""
    if len(sup.contents) > 5:
        return False
    # the link a direct child, the rest blank: never a walk of the sup's subtree (nested <sup>s on hostile pages)
    link = None
    for child in sup.contents:
        if isinstance(child, Tag):
            if child.name != "a" or link is not None:
                return False
            link = child
        elif not isinstance(child, NavigableString) or child.strip():
            return False
    if link is None:
        return False
    href = link.get("href")
    # the fragment names a note (`#cite_note-1`, `#fn1`, `#footnote-2`, `#ref3`): `#layer-1` is an anchor of the text
    if (
        not isinstance(href, str)
        or not href.startswith("#")
        or len(href) < 2
        or not _NOTE_FRAGMENT.search(href)
    ):
        return False
    # the link's text from its own strings and its children's single strings (MediaWiki's `<span>[</span>1<span>]`)
    if len(link.contents) > 5:
        return False
    pieces = []
    for child in link.contents:
        # one level down only: `.string` would recurse through nested single children
        piece: object = child
        if isinstance(child, Tag):
            piece = child.contents[0] if len(child.contents) == 1 else None
        if not isinstance(piece, NavigableString):
            return False
        pieces.append(str(piece))
    text = "".join(pieces)
    if len(text) > _MAXREFERENCE_MARK:
        return False
    return bool(REFERENCE_MARK.fullmatch(text.strip()))


_NOTE_FRAGMENT = re.compile(r"cite|note|fn|ref", re.I)
_MAXREFERENCE_MARK = 12  # characters: `[note 12]` with its spaces


_NON_TEXT = (Comment, CData, ProcessingInstruction, Declaration, Doctype)
_LIGHTBOX_ATTRS = ("data-glightbox", "data-caption", "data-title", "data-sub-html")
_MIN_LIGHTBOX_CAPTION = 30  # characters: shorter attribute texts are labels (`lihat foto`), not captions


def _walk(root: Tag, headline: Tag | None = None) -> _Page:
    """One iterative pass: elements in document order with parents, hints, subtree ends, and text units."""
    return _Walker(headline).run(root)


class _Walker:
    """The state of one `_walk`: the page being built and the inline text of the current unit."""

    def __init__(self, headline: Tag | None = None) -> None:
        self.page = _Page()
        self.headline = headline
        self.junk_of: list[int] = []  # innermost junk ancestor-or-self per element
        self.silent_of: list[bool] = []  # inside a block whose paragraphs must not vote
        self.parts: list[str] = []  # inline text of the current unit; "" marks a <br>
        self.link_parts: list[int] = []  # indices into `parts` of text inside links
        self.has_br = False
        self.owner_stack: list[int] = []
        self.link_depth = 0
        self.tabs: dict[str, str] = {}  # the tabs passed (`_note_tab`): the panels they name

    def run(self, root: Tag) -> _Page:
        root_index = self.open_tag(root, -1)
        self.owner_stack.append(root_index)
        # Stack of (element index, iterator over children, is block, is link).
        stack: list[tuple[int, Any, bool, bool]] = [(root_index, iter(root.contents), True, False)]
        end = self.page.end
        while stack:
            index, children, is_block, is_link = stack[-1]
            entered = self.consume(index, children)
            if entered is not None:
                stack.append(entered)
                continue
            stack.pop()
            end[index] = len(self.page.tags)
            if is_block:
                if self.parts:  # most blocks close with no inline text pending: no call
                    self.flush()
                self.owner_stack.pop()
            if is_link:
                self.link_depth -= 1
        self.flush()
        return self.page

    def consume(self, index: int, children: Any) -> tuple[int, Any, bool, bool] | None:
        """Take this element's children until one needs descending into (returned); None when none is left."""
        parts, plain_string = self.parts, NavigableString
        for child in children:
            kind = type(child)
            if kind is plain_string or (kind is not Tag and isinstance(child, NavigableString)):
                if kind is plain_string or not isinstance(child, _NON_TEXT):
                    if self.link_depth:
                        self.link_parts.append(len(parts))
                    parts.append(child)
                continue
            if kind is not Tag and not isinstance(child, Tag):
                continue
            entered = self.enter(child, index)
            if entered is not None:
                return entered
        return None

    def enter(self, child: Tag, index: int) -> tuple[int, Any, bool, bool] | None:
        """Open `child` (None when it is a <br>, skipped or hidden: nothing to descend into)."""
        name = child.name
        if name == "br":
            self.parts.append("\n")
            self.parts.append("")
            self.has_br = True
            return None
        attrs = child.attrs
        if attrs and ("aria-controls" in attrs or (name == "a" and str(attrs.get("href", ""))[:1] == "#")):
            _note_tab(self.tabs, child)  # a tab (a `<button>` too, skipped below) before its panels
        if (
            (
                name in _SKIP_TAGS
                and not (
                    name == "button" and (_is_disclosure_heading(child) or _is_bare_accordion_toggle(child))
                )
            )
            or (child.attrs and _is_hidden(child) and not _is_disclosure_panel(child, self.tabs))
            or (name == "sup" and is_reference_mark(child))
        ):
            if name in _MEDIA_TAGS and self.owner_stack and not _is_icon(child):
                self.page.media.add(self.owner_stack[-1])
                if name == "img":
                    self.note_lightbox(child)
            return None
        if name in _INLINE_CAPTION_TAGS and child.attrs and _is_inline_picture_caption(child):
            return None
        child_index = self.open_tag(child, index)
        child_block = name in _BLOCK_TAGS
        child_link = name == "a"
        if child_block:
            if self.parts:
                self.flush()
            self.owner_stack.append(child_index)
        if child_link:
            self.link_depth += 1
            rel = child.attrs.get("rel") if child.attrs else None
            if rel and "sponsored" in rel and self.owner_stack:
                self.page.sponsored.add(self.owner_stack[-1])
        return (child_index, iter(child.contents), child_block, child_link)

    def note_lightbox(self, img: Tag) -> None:
        """The caption a lightbox script shows for this picture (GLightbox `data-glightbox="title: ..."` on the
        Tribun network's pictures, Fancybox `data-caption`, Lightbox2 `data-title`, lightGallery
        `data-sub-html`), on the image or the link around it."""
        for tag in (img, img.parent):
            attrs = tag.attrs if tag is not None else None
            if not attrs:
                continue
            for key in _LIGHTBOX_ATTRS:
                value = attrs.get(key)
                if value and isinstance(value, str) and len(value) >= _MIN_LIGHTBOX_CAPTION:
                    self.page.lightbox.append(_fold(value))

    def flush(self) -> None:
        parts, link_parts = self.parts, self.link_parts
        if not parts:
            return
        owner = self.owner_stack[-1] if self.owner_stack else 0
        has_br = self.has_br
        segments = _split_at_double_br(parts, link_parts) if has_br else [(parts, link_parts)]
        # Source line breaks are spaces to a browser (pretty-printed HTML breaks paragraphs mid-sentence);
        # only <pre> keeps them.
        keep_newlines = not has_br and self.page.tags[owner].name == "pre"
        for texts, links in segments:
            joined = "".join(texts)
            if joined.isspace():  # the whitespace between blocks: most flushes, and no unit
                continue
            text = collapse_whitespace(joined if keep_newlines else joined.replace("\n", " "))
            if not text:
                continue
            link_length = len(collapse_whitespace("".join(texts[i] for i in links))) if links else 0
            self.page.units.append(
                _Unit(
                    owner,
                    text,
                    len(text),
                    min(link_length, len(text)),
                    self.junk_of[owner],
                    self.silent_of[owner],
                )
            )
        parts.clear()
        link_parts.clear()
        self.has_br = False

    def open_tag(self, tag: Tag, parent_index: int) -> int:
        page, junk_of = self.page, self.junk_of
        index = len(page.tags)
        if tag is self.headline:
            page.headline = index
        page.tags.append(tag)
        page.parent.append(parent_index)
        page.end.append(index + 1)
        hint, read = _hint_reading(tag)
        page.hint.append(hint)
        inherited = junk_of[parent_index] if parent_index >= 0 else -1
        silent = parent_index >= 0 and self.silent_of[parent_index]
        name = tag.name
        if name in _JUNK_TAGS and name not in ("body", "html", "main"):
            junk_of.append(index)
        elif read is not None and name not in ("body", "html", "main"):
            junk_of.append(index if read.junk else inherited)
            silent = silent or read.silent
        else:
            junk_of.append(inherited)
        if (
            tag.attrs
            and tag.attrs.get("role") == "tabpanel"
            and _is_hidden(tag)
            and _is_hidden_tab_panel(tag, self.tabs)
        ):
            silent = (
                True  # a shut tab's text is read with its group (`_sibling_panels`), never chosen for itself
            )
        self.silent_of.append(silent)
        return index


# An inline caption set right after its picture inside an inline photo wrapper, in text split by `<br>` with
# no block to hold the caption apart: Naver News's `span.end_photo_org > img + em.img_desc` (and the Korean
# regional dailies' copies of that end page), Daum's `span.thumb_g + em.txt_caption`. Its class must name it a
# caption or description, and the wrapper holds nothing but the picture and it: a link's icon and label (`a > img
# + span.file-desc`) or an emoji's description inside a sentence are words of the text.
_INLINE_CAPTION_TAGS = frozenset(("em", "span", "i", "small", "cite"))
_INLINE_PHOTO_WRAPPERS = frozenset(("span",))
_ICON_MAX_SIDE = 48  # pixels: a picture set smaller is an icon, not a photo
_CAPTION_CLASS_WORDS = frozenset(("desc", "caption", "cap", "credit", "descr", "description"))
_INLINE_CAPTION_MAX = 200  # characters
_CLASS_WORD = re.compile(r"[a-z]+")


def _is_inline_picture_caption(tag: Tag) -> bool:
    classes = tag.get("class")
    if not classes:
        return False
    words = set(
        _CLASS_WORD.findall((" ".join(classes) if isinstance(classes, list) else str(classes)).lower())
    )
    parent = tag.parent
    if not words & _CAPTION_CLASS_WORDS or parent is None or parent.name not in _INLINE_PHOTO_WRAPPERS:
        return False
    before = tag.find_previous_sibling(True)
    if before is None or before.name not in ("img", "picture") or _is_icon(before) or _drawn_small(before):
        return False
    # nothing else in the wrapper: its other children are the picture and the caption only (counted first: a
    # wrapper of thousands of captions is not rendered once per caption)
    if len(parent.find_all(True, recursive=False, limit=3)) != 2:
        return False
    caption = tag.get_text(strip=True)
    return len(caption) <= _INLINE_CAPTION_MAX and len(parent.get_text(strip=True)) == len(caption)


def _drawn_small(picture: Tag) -> bool:
    """A picture set smaller than a photo (`width="16"`: a file type's icon beside a link)."""
    return _any_side_below(_drawn_sides(picture), _ICON_MAX_SIDE)


def _split_at_double_br(parts: list[str], link_parts: list[int]) -> list[tuple[list[str], list[int]]]:
    """Split inline parts at two or more <br> separated only by whitespace (Antara/Republika layouts)."""
    linked = set(link_parts)
    segments: list[tuple[list[str], list[int]]] = [([], [])]
    breaks = 0
    for i, text in enumerate(parts):
        if text == "":
            breaks += 1
            if breaks == 2:
                segments.append(([], []))
            continue
        if text.strip():
            breaks = 0
        texts, links = segments[-1]
        if i in linked:
            links.append(len(texts))
        texts.append(text)
    return [s for s in segments if s[0]]


# ------------------------------------------------------------------------------------------------ scoring


def _unit_votes(unit: _Unit) -> float:
    if unit.length < _MIN_UNIT or unit.link_density > 0.5:
        return 0.0
    if _BOILERPLATE_TEXT.match(unit.text):
        return 0.0
    commas = len(_COMMAS.findall(unit.text))
    if _is_inline_list(unit.text, commas):
        commas = 0  # a list written inline (keywords, tag clouds, signatories): commas that are not prose
    return 1.0 + commas + min(unit.length / 100.0, 3.0)


def _is_inline_list(text: str, commas: int) -> bool:
    return commas >= _INLINE_LIST_COMMAS and len(text.split()) < _INLINE_LIST_WORDS_PER_COMMA * commas


_INLINE_LIST_COMMAS = 8
_INLINE_LIST_WORDS_PER_COMMA = 6


def _scores(page: _Page, voters: list[_Unit]) -> tuple[list[float], list[bool]]:
    """Each element's votes from the prose units below it (the owner's block and four ancestors, fading)."""
    tags, parent = page.tags, page.parent
    count = len(tags)
    score = [0.0] * count
    scored = [False] * count
    for unit in voters:
        votes = _unit_votes(unit)
        if votes <= 0:
            continue
        owner = unit.owner
        if tags[owner].name in _PARAGRAPH_TAGS:
            node = parent[owner]
        else:
            node = owner
        level = 0
        while node >= 0 and level < 5:
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            score[node] += votes / divider
            scored[node] = True
            node = parent[node]
            level += 1
    return score, scored


def _winner(
    page: _Page,
    voters: list[_Unit],
    score: list[float],
    scored: list[bool],
    text_len: list[int],
    link_len: list[int],
) -> tuple[list[int], list[float], int]:
    """The voters' prose length per subtree, each element's final score and the best element outside furniture."""
    tags = page.tags
    count = len(tags)
    good_len = _subtree_sum(page, {id(u) for u in voters})
    final = [0.0] * count
    for i in range(count):
        if not scored[i]:
            continue
        total = text_len[i]
        density = link_len[i] / total if total else 0.0
        # A positive class hint helps a container that has text to show for it, not an empty title box.
        hint = _hint_weight(page.hint[i])
        bonus = _TAG_BONUS.get(tags[i].name, 0) + (min(hint, score[i]) if hint > 0 else hint)
        final[i] = (score[i] + bonus) * (1.0 - density)
    best = max((i for i in range(count) if scored[i]), key=lambda i: final[i])
    return good_len, final, _outside_page_furniture(page, final, scored, best)


# A shop's widget of customer reviews, named by the class or id its platform emits: Judge.me (`jdgm-rev-widg`,
# `#judgeme_product_reviews`), Yotpo (`yotpo-main-widget`, `yotpo-reviews`), Stamped (`stamped-main-widget`,
# `stamped-reviews`), Okendo (`okeReviews`, `oke-w-reviews`), Loox (`#looxReviews`), Shopify Product Reviews
# (`spr-container`, `#shopify-product-reviews`), WooCommerce (`woocommerce-Reviews`), Shopware 5 and 6
# (`content--product-reviews`, `product-detail-review-list`), Magento 2 (`review-list`, `#customer-reviews`),
# Trusted Shops (`ts-product-reviews`), Reviews.io (`reviewsio-carousel-widget`). Whole tokens only: a review
# article's `review-body`, `entry-review` or `review` never names such a widget. On a product page it is never
# the text (the description is), however long its customers' texts.
_CUSTOMER_REVIEW_TOKENS = frozenset(
    "jdgm-rev-widg jdgm-review-widget judgeme_product_reviews yotpo-main-widget yotpo-reviews yotpo-display-wrapper "
    "stamped-main-widget stamped-reviews okereviews oke-w-reviews looxreviews spr-container shopify-product-reviews "
    "spr-reviews woocommerce-reviews content--product-reviews product-detail-review-list review-list "
    "customer-reviews ts-product-reviews reviewsio-carousel-widget".split()
)
_REVIEW_WIDGET_LEVELS = 12  # the winner's ancestors looked at: a widget wraps its list in a few boxes


def _customer_reviews_around(page: _Page, best: int) -> int:
    """The customer-review widget that holds the winner on a product page, else -1."""
    node = best
    widget = -1
    for _ in range(_REVIEW_WIDGET_LEVELS):
        if node < 0:
            break
        if not _CUSTOMER_REVIEW_TOKENS.isdisjoint(page.hint[node].split()):
            widget = node  # the outermost: the widget's header and summary go with its list
        node = page.parent[node]
    if widget < 0 or not _is_strict_product_page(page):
        return -1
    return widget


def _has_customer_reviews(page: _Page, root: int) -> bool:
    """Whether a customer-review widget sits inside `root` (one pass over its subtree)."""
    return any(
        not _CUSTOMER_REVIEW_TOKENS.isdisjoint(page.hint[index].split())
        for index in range(root, page.end[root])
    )


def _beside_product_heading(page: _Page, voters: list[_Unit], best: int) -> bool:
    """The block that wins once the reviews stop voting is the product's: its prose names the product (a word of
    the `<h1>`) and is not mostly a collapsed `<details>` (shipping and returns). A store's
    `Über uns`, a newsletter box or a footer that wins instead is no description: the widget's choice stays."""
    heading = next((i for i, tag in enumerate(page.tags) if tag.name == "h1"), -1)
    if heading < 0:
        return False
    box = _common_ancestor(page, [heading, best])
    if box < 0 or not _names_product(page, voters, heading, best):
        return False
    stop = page.end[best]
    shut = shown = 0  # prose length in collapsed `<details>` and outside them (headings aside)
    for unit in voters:
        if best <= unit.owner < stop and page.tags[unit.owner].name not in _HEADING_TAGS:
            if _in_details(page, unit.owner, box):
                shut += unit.length
            else:
                shown += unit.length
    return shown > shut


_PRODUCT_WORD = re.compile(r"[^\W\d_]{4,}")


def _names_product(page: _Page, voters: list[_Unit], heading: int, best: int) -> bool:
    """The winner's prose names the product: a word of four letters or more of its `<h1>` (`Slim Wallet`:
    `Slim RFID-blocking wallet …`; `Sidamo`), which a shop's `Über uns` or newsletter box does not."""
    heading_stop = page.end[heading]
    words = {
        word.casefold()
        for unit in page.units
        if heading <= unit.owner < heading_stop
        for word in _PRODUCT_WORD.findall(unit.text)
    }
    stop = page.end[best]
    return any(
        word.casefold() in words
        for unit in voters
        if best <= unit.owner < stop and page.tags[unit.owner].name not in _HEADING_TAGS
        for word in _PRODUCT_WORD.findall(unit.text)
    )


def _in_details(page: _Page, node: int, box: int) -> bool:
    """A `<details>` between the element (itself included) and the box holds it."""
    while node >= 0 and node >= box:
        if page.tags[node].name == "details":
            return True
        node = page.parent[node]
    return False


def _choose_containers(page: _Page) -> tuple[list[tuple[int, int]], int]:
    """The index ranges (subtrees) that hold the article, and the element whose own prose text joins them.

    The second value is the parent of the winning container: text sitting directly in it (a lead paragraph
    not wrapped in any element, as on KapanLagi or VIVA pages) belongs to the article when it reads as prose.
    """
    count = len(page.tags)
    voters = [u for u in page.units if not u.silent and _unit_votes(u) > 0]
    if not voters:  # everything looked like comments: better some text than none
        voters = page.units
    score, scored = _scores(page, voters)
    if not any(scored):
        return [(0, count)], -1
    text_len, link_len = _subtree_text(page)
    good_len, final, best = _winner(page, voters, score, scored, text_len, link_len)
    widget = _customer_reviews_around(page, best)
    if widget >= 0:
        # A shop's widget of customer reviews won over the product's description: the reviews do not vote.
        stop = page.end[widget]
        others = [u for u in voters if not widget <= u.owner < stop]
        other_score, other_scored = _scores(page, others)
        rerun = (
            _winner(page, others, other_score, other_scored, text_len, link_len)
            if others and any(other_scored)
            else None
        )
        if rerun is not None and _beside_product_heading(page, others, rerun[2]):
            voters, scored = others, other_scored
            good_len, final, best = rerun
    sidebar = _teaser_sidebar_to_leave(page, final, scored, best, text_len, link_len, good_len)
    if sidebar >= 0:
        # the sidebar's teasers are no contenders either (they would pull the choice up to the page's columns)
        # nor are the columns holding it (their text would bring it back)
        scored = [flag and not sidebar <= i < page.end[sidebar] for i, flag in enumerate(scored)]
        for ancestor in _ancestors(page, sidebar):
            scored[ancestor] = False
        best = max((i for i in range(count) if scored[i]), key=lambda i: final[i])
    block = _headline_block(page, good_len, voters)
    confined = False
    if (
        block >= 0
        and not _is_inside(page, best, block)
        and not (best <= block < page.end[best])
        and (
            _in_repeated_items(page, best, block, text_len, link_len)
            or good_len[block] - good_len[page.headline] >= good_len[best]
        )
    ):
        # The scores chose a list of posts away from the block the headline opens (a comment thread, a
        # list of teasers): the headline's own prose is the article, and only candidates inside it compete.
        scored = [flag and block <= i < page.end[block] for i, flag in enumerate(scored)]
        if any(scored):
            best = max((i for i in range(count) if scored[i]), key=lambda i: final[i])
            confined = True
    best = _promote(page, final, scored, best, block)
    best = _article_body_ancestor(page, best, text_len, link_len, good_len)
    if good_len[best] < _WEAK_WINNER_CHARS:
        best = _marked_body_instead(page, best, text_len, link_len)
    best = _widened_weak_winner(page, best, text_len, link_len, good_len)
    ranges = _with_siblings(page, final, scored, best, text_len, link_len, good_len)
    ranges += _sections_in_repeated_wrappers(page, best, text_len, link_len, good_len)
    ranges += _sections_in_sibling_frames(page, best, text_len, link_len, good_len)
    ranges += _same_class_blocks(page, best, ranges, text_len, link_len, good_len)
    ranges += _sibling_panels(page, best, text_len, link_len, good_len)
    ranges = _first_forum_post_only(page, ranges)
    ranges = _without_comment_sections(page, best, ranges)
    page.opening = _opening_under_headline(page, ranges, text_len, link_len)
    ranges += page.opening
    ranges += _pros_cons_beside(page, ranges)
    if confined:  # the posts outside the headline's block lost: none of them joins as a same-class block
        ranges = [(start, stop) for start, stop in ranges if block <= start < page.end[block]] or ranges
    ranges += _text_after_headline_box(page, ranges, text_len, link_len)
    ranges += _features_after_description(page, best, text_len, link_len)
    ranges = _with_recipe_ingredients(page, best, ranges, text_len, link_len)
    ranges += _declared_product_description(page, ranges, text_len, link_len)
    page.data_panels = _opens_with_data_panel(page, ranges)
    page.shut = _shop_panels_inside(page, ranges)
    page.shut = _outermost_ranges(
        page.shut
        + _media_widgets_inside(page, ranges, text_len)
        + _landing_widgets_inside(page, ranges, text_len)
    )
    return sorted(set(ranges)), page.parent[best]


# A page that declares a Recipe (JSON-LD or microdata: WP Recipe Maker, Tasty Recipes, Mediavine Create, Chefkoch,
# allrecipes, BBC Good Food, Marmiton, przepisy.pl, Cookpad) has its ingredients as content; a recipe site sets
# them in a block of their own beside the steps, which the steps' prose outvotes. The declared `recipeIngredient`
# strings (or microdata's `itemprop="recipeIngredient"`/`ingredients`) found as lines outside the chosen text
# anchor that block: the text widens to the box holding both when it stays link-poor and little more than the
# two, else the block joins. A recipe article whose ingredients are already in its text finds none outside.
_RECIPE_JSONLD = re.compile(r'"@type"\s*:\s*\[?\s*(?:"[^"]{0,40}"\s*,\s*){0,3}"Recipe"')
_INGREDIENT_PROPS = frozenset({"recipeingredient", "ingredients"})
_INGREDIENT_MAX = 100  # declared ingredients read (a hostile page's list is no longer than this)
_INGREDIENT_LINE_MAX = 200  # characters: an ingredient line, with its amount and note
_INGREDIENTS_MIN = 3
_INGREDIENT_UNITS_READ = 5000  # units looked at: a hostile page's paragraphs are no ingredient list
_RECIPE_BOX_FACTOR = 1.5  # the box holding steps and ingredients: at most this times the two together
_RECIPE_BOX_LINK_SHARE = 0.2
_INGREDIENT_LEVELS = 8  # ancestors of an ingredient line looked at for the list's block
_INGREDIENT_MAJORITY = 0.6  # of the matched lines in the block
_INGREDIENT_BLOCK_SHARE = 0.3  # of the ingredients' block's text in its matched lines


def _declared_ingredients(page: _Page) -> list[str] | None:
    """The folded `recipeIngredient` strings of a JSON-LD Recipe; [] for a microdata Recipe; None for no Recipe."""
    if page.document is None:
        return None
    texts = [text for text in _jsonld_texts(page) if _RECIPE_JSONLD.search(text)]
    found: list[str] = []
    for text in texts:
        for node in flatten_nodes(parse_jsonld_text(text)):
            value = node.get("recipeIngredient") or node.get("ingredients")
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list):
                found += [_fold(item) for item in value[:_INGREDIENT_MAX] if isinstance(item, str)]
    if texts:
        return [item for item in found if len(item) >= 3][:_INGREDIENT_MAX]
    if any("schema.org/Recipe" in str(tag.attrs.get("itemtype", "")) for tag in page.tags if tag.attrs):
        return []
    return None


def _is_ingredient_line(page: _Page, unit: _Unit, declared: list[str]) -> bool:
    """A short line the page declares an ingredient: marked so in microdata, or one of the declared strings
    (with or without its amount: `dynia` declared, `dynia 400 gramów` shown; `400 g pumpkin` declared)."""
    node = unit.owner
    for _ in range(3):
        if node < 0:
            break
        if not _INGREDIENT_PROPS.isdisjoint(page.hint[node].split()):
            return True
        node = page.parent[node]
    folded = _fold(unit.text)
    return any(item in folded or (len(folded) >= 3 and folded in item) for item in declared)


def _with_recipe_ingredients(
    page: _Page, best: int, ranges: list[tuple[int, int]], text_len: list[int], link_len: list[int]
) -> list[tuple[int, int]]:
    declared = _declared_ingredients(page)
    if declared is None or not ranges:
        return ranges
    starts = sorted(ranges)
    lines: list[int] = []
    lengths: list[int] = []
    for unit in page.units[:_INGREDIENT_UNITS_READ]:
        if unit.length > _INGREDIENT_LINE_MAX or any(start <= unit.owner < stop for start, stop in starts):
            continue
        if _is_ingredient_line(page, unit, declared):
            lines.append(unit.owner)
            lengths.append(unit.length)
    if len(lines) < max(_INGREDIENTS_MIN, len(declared) // 2):
        return ranges
    pairs = sorted(
        zip(lines, lengths, strict=True)
    )  # document order: a unit after a nested block comes later
    lines, lengths = [line for line, _ in pairs], [size for _, size in pairs]
    block = _ingredients_block(page, lines)
    inside = (
        [index for index, line in enumerate(lines) if block <= line < page.end[block]] if block >= 0 else []
    )
    length = sum(lengths[index] for index in inside)
    # the block is the list (its names, amounts, group labels), not a page that names an ingredient here and there
    if len(inside) < _INGREDIENTS_MIN or length < _INGREDIENT_BLOCK_SHARE * text_len[block]:
        return ranges
    if any(start <= block < stop for start, stop in starts):
        return ranges
    if block > starts[0][0] and _declares_article(page):
        return ranges  # a recipe box after a news story's text (the linked recipe's card) is no part of it
    page.ingredients = {
        lines[index] for index in inside
    }  # a shopping list's tick box or icon beside each line makes no caption of it
    box = _common_ancestor(page, [block, best])
    chosen = _chosen_text_length(ranges, text_len)
    if (
        box >= 0
        and link_len[box] <= _RECIPE_BOX_LINK_SHARE * text_len[box]
        and text_len[box] <= _RECIPE_BOX_FACTOR * (chosen + text_len[block])
    ):
        stop = page.end[box]
        return [(start, end) for start, end in ranges if not box <= start < stop] + [(box, stop)]
    return ranges + [(block, page.end[block])]


def _ingredients_block(page: _Page, lines: list[int]) -> int:
    """The innermost ancestor of the middle line that holds most of the lines (a stray match elsewhere, a
    sponsor's product named in a promo box, stays out), -1 when none within reach."""
    middle = lines[len(lines) // 2]
    node = page.parent[middle]
    for _ in range(_INGREDIENT_LEVELS):
        if node < 0:
            return -1
        stop = page.end[node]
        if bisect.bisect_left(lines, stop) - bisect.bisect_left(lines, node) >= _INGREDIENT_MAJORITY * len(
            lines
        ):
            return node
        node = page.parent[node]
    return -1


# A product page's own description, marked in its microdata (`itemprop="description"` in the schema.org Product's
# scope: Shopify themes, WooCommerce, Magento 2, PrestaShop, Shopware 5), set apart from the blocks the scores chose
# (a features table of short cells, beside image-and-text sections): it joins. Only on a strict product page, only
# the page's own product (the Product scope holding the page's `<h1>` or, without one, its first marked product
# name; the description after that heading: a
# theme's shipping bar marked so above it is none), never a recommended product's teaser (another scope, or a
# link card), never an Offer's, a Review's or an Organization's, and never when its text is already in the chosen
# text (PrestaShop's short description, Magento 2's overview: the long description's first sentence).
_PRODUCT_DESCRIPTION_MIN = 80  # characters: more than a line
_PRODUCT_DESCRIPTION_LINK_SHARE = 0.2
_PRODUCT_SCOPE_LEVELS = 12
_PRODUCT_DESCRIPTION_PROBE = 60  # folded characters of its first line looked for in the chosen text


def _declared_product_description(
    page: _Page, ranges: list[tuple[int, int]], text_len: list[int], link_len: list[int]
) -> list[tuple[int, int]]:
    if not ranges or not _is_strict_product_page(page):
        return []
    heading = _product_heading(page)
    if heading < 0:
        return []
    for index, tag in enumerate(page.tags):
        if not tag.attrs or tag.attrs.get("itemprop") != "description" or index < heading:
            continue
        if any(start <= index < stop or index <= start < page.end[index] for start, stop in ranges):
            return []
        scope = _product_scope(page, index)
        if scope < 0 or not scope <= heading < page.end[scope]:
            continue  # another product's (a recommended product's teaser) or no Product's
        if (
            text_len[index] >= _PRODUCT_DESCRIPTION_MIN
            and link_len[index] <= _PRODUCT_DESCRIPTION_LINK_SHARE * text_len[index]
            and not _in_link(page, index, scope)
            and not _already_chosen(page, index, ranges)
        ):
            return [(index, page.end[index])]
        return []
    return []


def _product_heading(page: _Page) -> int:
    """The page's `<h1>`, else (a theme without one) the first product name marked in a Product's scope; -1."""
    heading = next((i for i, tag in enumerate(page.tags) if tag.name == "h1"), -1)
    if heading >= 0:
        return heading
    return next(
        (
            i
            for i, tag in enumerate(page.tags)
            if tag.attrs and tag.attrs.get("itemprop") == "name" and _product_scope(page, i) >= 0
        ),
        -1,
    )


def _product_scope(page: _Page, index: int) -> int:
    """The nearest `itemscope` holding the element when it is a schema.org Product, else -1."""
    node = page.parent[index]
    for _ in range(_PRODUCT_SCOPE_LEVELS):
        if node < 0:
            return -1
        attrs = page.tags[node].attrs
        if attrs and "itemscope" in attrs:
            return node if "schema.org/Product" in str(attrs.get("itemtype", "")) else -1
        node = page.parent[node]
    return -1


def _in_link(page: _Page, index: int, scope: int) -> bool:
    """The element sits in a link between it and its scope (a product card)."""
    node = index
    while node > scope:
        if page.tags[node].name == "a":
            return True
        node = page.parent[node]
    return False


def _already_chosen(page: _Page, index: int, ranges: list[tuple[int, int]]) -> bool:
    """The description's first line is in the chosen text already."""
    stop = page.end[index]
    first = next((u for u in page.units if index <= u.owner < stop), None)
    if first is None:
        return True
    probe = _fold(first.text)[:_PRODUCT_DESCRIPTION_PROBE]
    return any(
        probe in _fold(u.text) for u in page.units if any(low <= u.owner < high for low, high in ranges)
    )


def _common_ancestor(page: _Page, nodes: list[int]) -> int:
    """The innermost element holding all the nodes (themselves included), -1 when none."""
    common = nodes[0]
    for node in nodes[1:]:
        while common >= 0 and not common <= node < page.end[common]:
            common = page.parent[common]
    return common


def _outermost_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges sorted, without those inside another (`_in_shut_panel` reads them by their starts)."""
    kept: list[tuple[int, int]] = []
    for start, stop in sorted(ranges):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, stop))
    return kept


# (Affiliate product boxes between a listicle's items are left in: gift guides, product reviews, recipes and book
# reviews set their own text in the same `product-box`/AAWP/Lasso boxes, and no shape tells the two apart.)


# A broadcaster's or news site's media widgets between the paragraphs (ARD/BR/tagesschau-like `mediaCon`
# boxes, ORF/SRF/ZDF-like players, WordPress gallery sliders, Drupal/TYPO3 galleries): a video or audio player with
# its `Video: title | programme, date` line, and a picture gallery's title with its `zurück Bild 1 von 6 weiter`
# pager. Told by the player's or gallery's markup (class/id words) AND its shape: a video box whose whole text is
# one short line opening with its medium's label, in a text at least five times longer, on a page of one or two
# such boxes (a how-to of video steps, a video page whose story sits in the box, keep theirs); a gallery holding a
# worded pager (`Bild 1 von 6`, `Photo 1 sur 4`, or a `zurück … weiter` pair around its number: never bare digits,
# which dates and scores also are) and little of the text. Only the outermost box so named is read, once.
_MEDIA_BOX_TAGS = frozenset("div aside section figure".split())
_PLAYER_WORDS = frozenset("videoplayer player videocon audioplayer audiocon jwplayer brightcove vjs".split())
_VIDEO_BOX_WORDS = frozenset("video videos videocon mediacon media audio audiocon".split())
_GALLERY_WORDS = frozenset(
    "gallery galerie bildergalerie fotogalerie galleria galeria slideshow diashow bilderstrecke fotostrecke"
    " fotogaleria".split()
)
# the line's label (en/de/nl/id `Video:`, fr `Vidéo :`, es/pt `Vídeo:`, pl `Wideo:`), after at most a player's
# own short label (`Video`, `Play`) before it
_MEDIA_LINE = re.compile(r"(?:video|audio|vid[ée]o|v[íi]deo|wideo)\s?:\s", re.I)
_MEDIA_LINE_HEAD = 16  # characters of a player's own label before the line's
_MEDIA_LINE_MAX = 150  # characters: a title, maybe a `| programme, date`
_SECOND_SENTENCE = re.compile(r"[.!?]\s+[^\W\d_]")  # a line of two sentences is a paragraph
_MEDIA_TEXT_FACTOR = 5  # the text outside the box this many times the box's at least
_MEDIA_BOXES_MAX = 2  # more such boxes make them the page's own steps or story
_MEDIA_BOX_ELEMENTS = 200  # elements of a widget read (slides included)
_GALLERY_SHARE = 0.25  # of the chosen text at most: more, and the gallery is the story (a photo story)
_GALLERY_PROSE = 150  # characters: a caption this long holding its own text is a photo story's paragraph
_PAGER_LINE_MAX = 40  # characters of a pager's line (`zurück Bild 1 von 6 weiter`)
_PAGER_COUNT = r"\d{1,3}\s*(?:von|of|de|di|sur|z|van|dari|/)\s*\d{1,3}\b"
_WORDED_PAGER = re.compile(
    r"\b(?:bild|foto|photo|image|picture|slide|imagen|immagine|afbeelding|zdjęcie|gambar|fotografia)\s+"
    + _PAGER_COUNT,
    re.I,
)
_PAGER_PREV = re.compile(
    r"\b(?:zurück|prev|previous|précédente?|anterior|precedente|vorige|poprzednie|sebelumnya|voltar)\b", re.I
)
_PAGER_NEXT = re.compile(
    r"\b(?:weiter|next|suivante?|siguiente|successiva|successivo|próxim[ao]|volgende|następne|berikutnya)\b",
    re.I,
)
_PAGER_NUMBER = re.compile(r"\b" + _PAGER_COUNT)


def _media_widgets_inside(
    page: _Page, ranges: list[tuple[int, int]], text_len: list[int]
) -> list[tuple[int, int]]:
    videos: list[tuple[int, int]] = []
    galleries: list[tuple[int, int]] = []
    seen = 0
    whole = _chosen_text_length(ranges, text_len)
    for start, stop in sorted(ranges):
        i = max(start + 1, seen)
        while i < stop:
            if page.tags[i].name not in _MEDIA_BOX_TAGS or not page.hint[i]:
                i += 1
            elif not _GALLERY_WORDS.isdisjoint(_class_name_words(page.tags[i])):
                # the outermost gallery-named box is read once: nested ones are no candidates of their own
                if _is_gallery_widget(page, i, whole, text_len):
                    galleries.append((i, page.end[i]))
                i = page.end[i]
            elif _is_video_candidate(page, i, text_len):
                # likewise the outermost media-named box short enough: its inner boxes hold the same line
                if _is_video_box(page, i, whole, text_len):
                    videos.append((i, page.end[i]))
                i = page.end[i]
            else:
                i += 1
        seen = max(seen, stop)
    if len(videos) > _MEDIA_BOXES_MAX:
        videos = []
    return videos + galleries


# A landing page's selling widgets, named by the words of the class page builders and themes give them:
# testimonials (Elementor `elementor-widget-testimonial`, Divi `et_pb_testimonial`, Beaver Builder
# `fl-module-testimonials`, Avada `fusion-testimonials`, WPBakery themes' `testimonials-row`), pricing tables
# (`et_pb_pricing_tables`, `fusion-pricing-table`, `pricing-table`, `pricing-row`). Inside the text of a page that
# declares no article they are not its text (a news article's own quotes and prices are left alone). Calls to
# action are `_is_cta_box`'s: a theme's own `cta` part names boxes of text too.
_LANDING_WIDGET_WORDS = frozenset({"testimonial", "testimonials", "pricing"})
_LANDING_WIDGET_MAX_SHARE = 0.5  # of the chosen text: a part of it, not the page of testimonials itself
# A carousel's clones of its own slides (Owl Carousel's `owl-item cloned`, Slick's `slick-cloned`, Swiper's
# `swiper-slide-duplicate`): the same slides again, on any page.
_CAROUSEL_CLONE_TOKENS = frozenset({"slick-cloned", "swiper-slide-duplicate"})


# A page builder's own testimonial and pricing widgets: a landing page's parts wherever they stand.
_BUILDER_LANDING_TOKENS = frozenset(
    "elementor-widget-testimonial elementor-widget-testimonial-carousel elementor-widget-price-table"
    " et_pb_testimonial et_pb_pricing_tables et_pb_pricing_table fl-module-testimonials fl-module-pricing-table"
    " fusion-testimonials fusion-pricing-table".split()
)


def _landing_widgets_inside(
    page: _Page, ranges: list[tuple[int, int]], text_len: list[int]
) -> list[tuple[int, int]]:
    """The testimonials and pricing tables inside the chosen text of a landing page (`_is_landing_page`), none
    of them set between the text's paragraphs, and the carousels' cloned slides on any page: boxes the text
    skips. A case study's client quote, a price guide's table of prices, an old news page's fare box in a
    `testimonial` or `pricing` class are the text (review round 2)."""
    clones: list[tuple[int, int]] = []
    named: list[int] = []
    whole = _chosen_text_length(ranges, text_len)
    seen = 0
    for start, stop in sorted(ranges):
        i = max(start + 1, seen)
        while i < stop:
            hint = page.hint[i]
            if not hint:
                i += 1
                continue
            tokens = hint.split()
            clone = not _CAROUSEL_CLONE_TOKENS.isdisjoint(tokens) or (
                "cloned" in tokens and "owl-item" in tokens
            )
            widget = ("testimonial" in hint or "pricing" in hint) and not _LANDING_WIDGET_WORDS.isdisjoint(
                _class_name_words(page.tags[i])
            )
            if widget and text_len[i] > _LANDING_WIDGET_MAX_SHARE * whole:
                i = page.end[
                    i
                ]  # the page's own testimonials (a `Kundenstimmen` page): its items too are text
                continue
            if clone:
                clones.append((i, page.end[i]))
            elif widget:
                named.append(i)
            else:
                i += 1
                continue
            i = page.end[i]
        seen = max(seen, stop)
    # `_declares_article` asked last: it reads the page's head and structured data
    if not named or not _is_landing_page(page, named) or _declares_article(page):
        return clones
    return clones + [(i, page.end[i]) for i in named if not _between_paragraphs(page, i)]


def _is_landing_page(page: _Page, widgets: list[int]) -> bool:
    """The widgets are a landing page's: testimonials and pricing tables both, or a page builder's own widget
    (`_BUILDER_LANDING_TOKENS`: Elementor, Divi, Beaver Builder, Avada)."""
    kinds = set()
    for i in widgets:
        if not _BUILDER_LANDING_TOKENS.isdisjoint(page.hint[i].split()):
            return True
        words = _class_name_words(page.tags[i])
        kinds.add("pricing" if "pricing" in words else "testimonial")
    return len(kinds) > 1


def _between_paragraphs(page: _Page, index: int) -> bool:
    """The element stands in running prose: its element siblings before and after it are paragraphs."""
    tag = page.tags[index]
    before = tag.find_previous_sibling()
    after = tag.find_next_sibling()
    return isinstance(before, Tag) and isinstance(after, Tag) and before.name == "p" and after.name == "p"


def _hint_words(page: _Page, index: int) -> set[str]:
    hint = page.hint[index]
    return set(_NAME_WORDS.findall(hint)) | set(hint.split()) if hint else set()


def _is_video_candidate(page: _Page, index: int, text_len: list[int]) -> bool:
    """A box named for video or audio, short enough to be a player with its line."""
    return 0 < text_len[index] <= _MEDIA_LINE_HEAD + _MEDIA_LINE_MAX and not _VIDEO_BOX_WORDS.isdisjoint(
        _hint_words(page, index)
    )


def _is_video_box(page: _Page, index: int, whole: int, text_len: list[int]) -> bool:
    """A media box holding a player and one short line labelled with its medium (`Video: … | Sender, date`), in a
    text at least five times longer than it."""
    stop = page.end[index]
    if stop - index > _MEDIA_BOX_ELEMENTS or whole - text_len[index] < _MEDIA_TEXT_FACTOR * text_len[index]:
        return False
    player = any(
        page.tags[i].name in ("video", "audio", "iframe")
        or not _PLAYER_WORDS.isdisjoint(_hint_words(page, i))
        for i in range(index + 1, stop)
    )
    if not player:
        return False
    text = page.tags[index].get_text(" ", strip=True)
    label = _MEDIA_LINE.search(text, 0, _MEDIA_LINE_HEAD + 8)
    if label is None or label.start() > _MEDIA_LINE_HEAD:
        return False
    line = text[label.start() :]
    return len(line) <= _MEDIA_LINE_MAX and not _SECOND_SENTENCE.search(line)


def _class_name_words(tag: Tag) -> set[str]:
    """The words of the element's class (an id may be an address: `…/slideshow/76280065.cms`)."""
    value = tag.get("class")
    text = " ".join(value) if isinstance(value, list) else str(value or "")
    return set(_NAME_WORDS.findall(text.lower()))


def _chosen_text_length(ranges: list[tuple[int, int]], text_len: list[int]) -> int:
    """The text of the chosen blocks, each counted once (ranges may nest)."""
    total, reach = 0, -1
    for start, stop in sorted(ranges):
        if start >= reach:
            total += text_len[start]
            reach = stop
    return total


def _is_gallery_widget(page: _Page, index: int, whole: int, text_len: list[int]) -> bool:
    """A gallery named so, with a worded pager line (`Bild 1 von 6`, `zurück 1 / 6 weiter`), holding little of the
    text and no paragraph of it (a slideshow story's slides carry its text: Times Internet, Burda, Gruner+Jahr)."""
    stop = page.end[index]
    if text_len[index] > _GALLERY_SHARE * whole or stop - index > _MEDIA_BOX_ELEMENTS:
        return False
    if len(page.tags[index].find_all("img", limit=2)) < 2:
        return False  # a gallery holds its slides' pictures; one slide of a slideshow story is no gallery
    if any(
        text_len[i] >= _GALLERY_PROSE and _holds_text_itself(page.tags[i]) for i in range(index + 1, stop)
    ):
        return False
    return _holds_pager_line(page, index + 1, stop, text_len)


def _holds_pager_line(page: _Page, start: int, stop: int, text_len: list[int]) -> bool:
    """An element among these holding a pager's short line; each line is read once, at its outermost element."""
    i = start
    while i < stop:
        if 0 < text_len[i] <= _PAGER_LINE_MAX:
            if _is_pager_line(page.tags[i].get_text(" ", strip=True)):
                return True
            i = page.end[i]
        else:
            i += 1
    return False


def _is_pager_line(text: str) -> bool:
    """`Bild 1 von 6`, `Photo 1 sur 4`, or a number between a back and a forward control (`zurück 1/6 weiter`)."""
    if _WORDED_PAGER.search(text):
        return True
    return bool(_PAGER_NUMBER.search(text) and _PAGER_PREV.search(text) and _PAGER_NEXT.search(text))


def _holds_text_itself(tag: Tag) -> bool:
    """The element holds text of its own (a paragraph, a caption), not only in child blocks."""
    return any(isinstance(child, NavigableString) and child.strip() for child in tag.children)


# A product page (Shopware 6, WooCommerce, Magento, Shopify Dawn) or a help page sets its text in tabs or
# collapsible sections: a description, then features, technical data, materials, care, each in a panel of its
# own (`role="tabpanel"`, Bootstrap `.tab-pane`, WooCommerce `.woocommerce-Tabs-panel`, `<details>`). The scores
# pick the longest panel; its sibling panels and the description before them are the same text. Panels of
# reviews, questions and shipping terms are the shop's, named so in their class or id.
_PANEL_CLASS_TOKENS = frozenset("tab-pane tabs-panel tab-panel woocommerce-tabs-panel wc-tab".split())
_PANEL_LEVELS = 4  # the winner sits in its panel or a few wrappers below it
_PANEL_WRAPPER_LEVELS = 2  # a panel's own wrappers (Dawn's `div.product__accordion > details`)
_MAX_PANELS = 12
_PANEL_HINT_DEPTH = 3  # elements from a panel's start read for its name (`<details id=...shipping...>`)
# Whole words of a class or id (`tab-reviews`, `product-detail-review`, `woocommerce-Tabs-panel--reviews`), never
# a part of one (`presentation`, `operating`, `preview`, `return-route`).
_SHOP_PANEL_WORDS = frozenset(
    "review reviews rating ratings comment comments question questions qa faq shipping delivery returns refund"
    " refunds bewertung bewertungen kundenbewertungen versand lieferung rezension rezensionen fragen avis"
    " livraison opinion opiniones opinioni resenas reseñas envio envios recensioni recensione spedizione"
    " spedizioni beoordelingen verzending opinie recenzje dostawa ulasan pengiriman rückgabe retours devoluciones"
    " resi retour zwroty pengembalian".split()
)
_NAME_WORDS = re.compile(r"[^\W\d_]+")
_DESCRIPTION_MIN = 100  # characters of prose for the block before the panels to be the product's description


def _is_panel(page: _Page, index: int) -> bool:
    tag = page.tags[index]
    if tag.name == "details":
        return True
    attrs = tag.attrs
    if attrs and attrs.get("role") == "tabpanel":
        return True
    return bool(_PANEL_CLASS_TOKENS.intersection(page.hint[index].split())) or _is_term_tab(page, index)


# Magento 1's RWD theme (and themes built on it) sets a product's tabs as a definition list: each `<dt class="tab">`
# the label, each `<dd class="tab-container">` the panel (`dl.collateral-tabs`). Only a `<dd>` in a `<dl>`: a
# `div.tab-container` is as often the whole group of tabs (jQuery EasyTabs, hybris) as one panel.
_TERM_TAB_TOKENS = frozenset("tab-container tab-content".split())


def _is_term_tab(page: _Page, index: int) -> bool:
    tag = page.tags[index]
    if tag.name != "dd" or not _TERM_TAB_TOKENS.intersection(page.hint[index].split()):
        return False
    holder = page.parent[index]
    return holder >= 0 and page.tags[holder].name == "dl"


def _panel_around(page: _Page, best: int) -> int:
    """The panel (tab pane, `<details>`) that holds the winner, or -1."""
    node = best
    for _ in range(_PANEL_LEVELS):
        if node < 0:
            return -1
        if _is_panel(page, node):
            return node
        node = page.parent[node]
    return -1


def _panel_item(page: _Page, panel: int) -> int:
    """The panel with the wrappers that hold it alone: the item repeated in the group of panels."""
    item = panel
    for _ in range(_PANEL_WRAPPER_LEVELS):
        parent = page.parent[item]
        if parent < 0 or not _holds_only(page, parent, item):
            break
        item = parent
    return item


def _holds_only(page: _Page, parent: int, child: int) -> bool:
    """The element holds this one child element and nothing else (in constant time: document order)."""
    return child == parent + 1 and page.end[child] == page.end[parent]


def _panel_of_item(page: _Page, item: int) -> int:
    """The panel inside a repeated item (the item itself, or the one element its wrappers hold)."""
    node = item
    for _ in range(_PANEL_WRAPPER_LEVELS + 1):
        if _is_panel(page, node):
            return node
        if node + 1 >= page.end[node] or not _holds_only(page, node, node + 1):
            return -1
        node += 1
    return -1


def _is_shop_panel(page: _Page, panel: int) -> bool:
    """A panel of reviews, questions or shipping terms: named so in its own or its first elements' class/id."""
    stop = min(page.end[panel], panel + _PANEL_HINT_DEPTH)
    return (
        any(_names_shop_panel(page.hint[i]) for i in range(panel, stop))
        or _read_hint_of(page, panel).strong
        or _shop_summary(page.tags[panel])
        or _shop_term_label(page, panel)
    )


def _shop_term_label(page: _Page, panel: int) -> bool:
    """A `<dd>` tab whose `<dt>` label is nothing but the shop's shipping, returns or payment terms (Magento 1's
    `Versand & Rückgabe`, `Shipping & Returns`), beside a tab of the same list holding more text (the product's
    description): a shop that sets its only description under `Versand`, or in `Details & Delivery`, keeps it."""
    if not _is_term_tab(page, panel):
        return False
    children = _term_list_children(page, page.parent[panel])
    if children is None or panel not in children or children.index(panel) == 0:
        return False
    label = page.tags[children[children.index(panel) - 1]]
    if label.name != "dt":
        return False
    words = _NAME_WORDS.findall(label.get_text(" ", strip=True).lower()[: _SUMMARY_LABEL_MAX + 1])
    if not words or not _TERMS_LABEL_WORDS.issuperset(words) or _LABEL_JOINERS.issuperset(words):
        return False
    own = len(page.tags[panel].get_text(" ", strip=True))
    return any(
        tab != panel and page.tags[tab].name == "dd" and len(page.tags[tab].get_text(" ", strip=True)) > own
        for tab in children
    )


def _term_list_children(page: _Page, holder: int) -> list[int] | None:
    """The child elements of a product's `<dl>` of tabs (labels and panels), None when it holds more than a
    product's tabs (read in document order, a bounded number of steps)."""
    children: list[int] = []
    i, stop = holder + 1, page.end[holder]
    while i < stop:
        if len(children) >= 2 * _TERM_TABS_MAX:
            return None
        children.append(i)
        i = page.end[i]
    return children


# the words of a shipping/returns/payment tab's label, and the words joining them (`Versand & Rückgabe`,
# `Shipping and Returns`, `Livraison et retours`, `Envío y devoluciones`, `Wysyłka i zwroty`)
_LABEL_JOINERS = frozenset("und and et y e i en dan amp".split())
_TERMS_LABEL_WORDS = _LABEL_JOINERS | frozenset(
    "versand lieferung rückgabe rücksendung zahlung zahlungsarten bezahlung shipping delivery returns return"
    " refunds payment payments livraison retours retour paiement envío envio envíos envios devoluciones"
    " devolución pago pagos spedizione spedizioni resi pagamento pagamenti consegna entrega devoluções"
    " verzending retourneren betaling wysyłka dostawa zwroty płatność pengiriman pengembalian pembayaran".split()
)
_TERM_TABS_MAX = 12  # tabs of a product's list read (a longer list is no product's tabs)


_SUMMARY_LABEL_MAX = 60  # characters of a collapsible tab's label


def _shop_summary(tag: Tag) -> bool:
    """A `<details>` whose label names the shop's terms (Shopify Dawn's collapsible tabs carry no name but their
    label: `Shipping & Returns`, `Versand & Rückgabe`, `Livraison et retours`)."""
    if tag.name != "details":
        return False
    summary = tag.find("summary", recursive=False)
    if not isinstance(summary, Tag):
        return False
    label = summary.get_text(" ", strip=True).lower()
    return len(label) <= _SUMMARY_LABEL_MAX and not _SHOP_PANEL_WORDS.isdisjoint(_NAME_WORDS.findall(label))


def _names_shop_panel(hint: str) -> bool:
    return bool(hint) and not _SHOP_PANEL_WORDS.isdisjoint(_NAME_WORDS.findall(hint))


# A product page says so: `og:type` product, a schema.org Product (JSON-LD or microdata), a form that puts the
# product in the cart (Shopware's `/checkout/line-item/add`, Shopify's `/cart/add`, WooCommerce's `form.cart`,
# Magento's `product_addtocart_form`).
_PRODUCT_JSONLD = re.compile(r'"@type"\s*:\s*\[?\s*"(?:Product|ProductGroup|IndividualProduct)"')
_CART_FORM = re.compile(
    r"cart|basket|warenkorb|checkout|panier|carrito|carrello|winkelwagen|koszyk|keranjang"
)
_JSONLD_SCRIPTS = 20


def _is_product_page(page: _Page) -> bool:
    if page.product is None:
        page.product = _product_page_signal(page)
    return page.product


def _product_page_signal(page: _Page) -> bool:
    for index, tag in enumerate(page.tags):
        attrs = tag.attrs
        if not attrs:
            continue
        if tag.name == "form" and _CART_FORM.search(
            f"{attrs.get('action', '')} {attrs.get('data-type', '')} {page.hint[index]}".lower()
        ):
            return True
        if "schema.org/Product" in str(attrs.get("itemtype", "")):
            return True
    if page.document is None:
        return False
    if _og_type(page).startswith("product"):
        return True
    return any(_PRODUCT_JSONLD.search(text) for text in _jsonld_texts(page))


def _og_type(page: _Page) -> str:
    """The page's `og:type`, lower-cased ('' when none)."""
    og_type = page.document.find("meta", attrs={"property": "og:type"})
    return str(og_type.get("content", "")).lower() if isinstance(og_type, Tag) else ""


def _names_jsonld(kind: str | None) -> bool:
    return isinstance(kind, str) and "ld+json" in kind.lower()


def _jsonld_texts(page: _Page) -> list[str]:
    """The page's first JSON-LD scripts' texts (bounded), read once for both product signals."""
    if page.jsonld_texts is None:
        # the metadata scan's test: a type naming JSON-LD (`application/ld+json; charset=utf-8` too)
        scripts = page.document.find_all("script", attrs={"type": _names_jsonld}, limit=_JSONLD_SCRIPTS)
        page.jsonld_texts = [script.get_text()[:MAX_JSONLD_CHARS] for script in scripts]
    return page.jsonld_texts


# The strict product signal, for the rules that read a product's or listing's own blocks (specification tables,
# features sections, `<dt>`/`<dd>` lines, feature chips): articles carry the loose signals too (Shopify and
# WooCommerce blog posts a cart form in their header or mini-cart, review articles a Product JSON-LD holding the
# Review, news sites a merch shop's cart form). Strict: `og:type` product; or a schema.org Product in JSON-LD or
# microdata on a page whose structured data names no review or article; or a cart form in the main content.
_ARTICLE_JSONLD = re.compile(
    r'"@type"\s*:\s*\[?\s*"(?:Review|Article|NewsArticle|BlogPosting|ReportageNewsArticle|TechArticle'
    r'|Report)"'
)
_ARTICLE_ITEMTYPE = re.compile(r"schema\.org/(?:Review|Article|NewsArticle|BlogPosting)")
_CHROME_HOLDERS = frozenset("header nav aside footer".split())
_CHROME_HOLDER_WORDS = frozenset("header mini minicart drawer navbar sidebar footer menu offcanvas".split())


def _is_strict_product_page(page: _Page) -> bool:
    if page.strict_product is None:
        page.strict_product = _is_product_page(page) and _strict_product_signal(page)
    return page.strict_product


def _strict_product_signal(page: _Page) -> bool:
    if page.document is None:
        return False
    og = _og_type(page)
    if og.startswith("product"):
        return True
    if og == "article":
        return False
    texts = _jsonld_texts(page)
    article_items = any(
        _ARTICLE_ITEMTYPE.search(str(tag.attrs.get("itemtype", ""))) for tag in page.tags if tag.attrs
    )
    if not article_items and not any(_ARTICLE_JSONLD.search(text) for text in texts):
        if any(_PRODUCT_JSONLD.search(text) for text in texts):
            return True
        if any("schema.org/Product" in str(tag.attrs.get("itemtype", "")) for tag in page.tags if tag.attrs):
            return True
    return any(
        _is_content_cart_form(page, index) for index, tag in enumerate(page.tags) if tag.name == "form"
    )


def _is_content_cart_form(page: _Page, index: int) -> bool:
    attrs = page.tags[index].attrs
    if not _CART_FORM.search(
        f"{attrs.get('action', '')} {attrs.get('data-type', '')} {page.hint[index]}".lower()
    ):
        return False
    node = index
    for _ in range(60):  # bounded: the form's holders up to the page
        # `<body>`'s classes name the page's layout (WordPress's `right-sidebar`, `mega-menu-primary`): no holder
        if node < 0 or page.tags[node].name in ("body", "html"):
            return True
        if page.tags[node].name in _CHROME_HOLDERS:
            return False
        if not _CHROME_HOLDER_WORDS.isdisjoint(_NAME_WORDS.findall(page.hint[node].lower())):
            return False
        node = page.parent[node]
    return False


def _read_hint_of(page: _Page, index: int) -> _Hint:
    return _read_hint(page.hint[index]) if page.hint[index] else _Hint(False, False, 0)


def _panel_texts(page: _Page, panel: int) -> set[str]:
    """The prose texts of a panel's units."""
    stop = page.end[panel]
    return {u.text for u in page.units if panel <= u.owner < stop and u.length >= _MIN_UNIT}


def _is_other_view(page: _Page, panel: int, shown: set[str]) -> bool:
    """A panel that shows the winner's text another way (a news site's `Summary` or `Speed read` tab beside its
    `Article` tab: Daily Maverick, Blick): it repeats a paragraph of the winner's panel, or it is a form."""
    stop = page.end[panel]
    if _holds_form(page, panel):
        return True
    return any(u.text in shown for u in page.units if panel <= u.owner < stop and u.length >= _MIN_UNIT)


def _shop_panels_inside(page: _Page, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The review, question, shipping and form panels of a group of tabs inside the chosen text (the scores chose
    the box that holds all of a product's tabs). Only on a product page: a news story's FAQ, a guide's `<details>`
    of its return route, a column's commentary are the text."""
    shut: list[tuple[int, int]] = []
    groups: dict[int, bool] = {}  # group of panels -> it holds another panel (built once per group)
    seen = 0  # ranges may nest: each element is looked at once
    for start, stop in sorted(ranges):
        i = max(start, seen)
        while i < stop:
            if _is_panel(page, i):
                if (_is_shop_panel(page, i) or _holds_form(page, i)) and _has_sibling_panel(page, i, groups):
                    if not _is_product_page(page):
                        return []
                    shut.append((i, page.end[i]))
                i = page.end[i]
                continue
            i += 1
        seen = max(seen, stop)
    return shut


def _links_teasers(page: _Page, panel: int, link_len: list[int]) -> bool:
    """A panel of linked headlines with their ledes (a news site's `Neueste`/`Latest` tab beside the article's):
    other stories, not more of this one. A product's features or care notes link a word or two at most."""
    return link_len[panel] > 0 and any(
        page.tags[i].name in _HEADING_TAGS and link_len[i] > 0 for i in range(panel, page.end[panel])
    )


def _holds_form(page: _Page, panel: int) -> bool:
    return any(page.tags[i].name == "form" for i in range(panel, page.end[panel]))


def _has_sibling_panel(page: _Page, panel: int, groups: dict[int, bool]) -> bool:
    """The panel's group holds other panels (a product's tabs; a huge group is a list, not tabs)."""
    group = page.parent[_panel_item(page, panel)]
    if group < 0:
        return False
    if group not in groups:
        siblings = _element_children(page, group)
        panels = sum(1 for other in siblings[: _MAX_PANELS * 4 + 1] if _panel_of_item(page, other) >= 0)
        groups[group] = len(siblings) <= _MAX_PANELS * 4 and panels >= 2
    return groups[group]


def _sibling_panels(
    page: _Page, best: int, text_len: list[int], link_len: list[int], good_len: list[int]
) -> list[tuple[int, int]]:
    """The other panels of the winner's group of tabs or collapsible sections, and the description before them."""
    panel = _panel_around(page, best)
    if panel < 0:
        return []
    item = _panel_item(page, panel)
    group = page.parent[item]
    if group < 0:
        return []
    siblings = _element_children(page, group)
    shown = _panel_texts(page, panel)
    ranges: list[tuple[int, int]] = []
    first = -1
    for position, sibling in enumerate(siblings):
        other = _panel_of_item(page, sibling)
        if other < 0:
            continue
        if first < 0:
            first = position
        if len(ranges) >= _MAX_PANELS:
            break
        if (
            other != panel
            and not _is_shop_panel(page, other)
            and text_len[other] > 2 * link_len[other]
            and not _is_other_view(page, other, shown)
            and (not _links_teasers(page, other, link_len) or _is_product_page(page))
        ):
            ranges.append((other, page.end[other]))
    if not ranges:
        return []
    ranges.append((panel, page.end[panel]))  # with its tab's or summary's label when the winner is below it
    if first > 0:
        before = siblings[first - 1]
        if (
            good_len[before] >= _DESCRIPTION_MIN
            and good_len[before] >= 0.6 * text_len[before]
            and link_len[before] <= 0.2 * text_len[before]
            and not _read_hint_of(page, before).strong
        ):
            ranges.append((before, page.end[before]))
    return ranges


def _opens_with_data_panel(page: _Page, ranges: list[tuple[int, int]]) -> bool:
    """The chosen text opens with a group of tabs (itself, or its panels joined) whose first panel holds no prose:
    rows of labels and values (a drug or product database's `Präparat`/`Wirkstoff`/`Preise` panes in Bootstrap's
    `tab-pane`s, a spec sheet's WAI-ARIA `tabpanel`s, Foundation's or jQuery UI's `tabs-panel`s). Its lines before
    the first prose paragraph are the page's data, even where the site's template declares every page a
    NewsArticle. Only when every line before that paragraph is the group's (its panels, its tab bar) or a heading:
    a story's share bar, kicker, audio player or ad label before or after a box of tabs keeps the head trimmed.
    An article set in a tab opens its own panel with prose; a news page's tabs of other stories never join
    (`_links_teasers`)."""
    if not ranges:
        return False
    start, stop = min(ranges)
    panel = next((i for i in range(start, min(stop, start + _DATA_PANEL_REACH)) if _is_panel(page, i)), -1)
    if panel < 0 or not _has_sibling_panel(page, panel, {}):
        return False
    end = page.end[panel]
    if any(start <= u.owner < end and _is_prose(u.text) for u in page.units):
        return False
    group = page.parent[panel]
    group_stop = page.end[group] if group >= 0 else end
    for unit in page.units:
        if not any(low <= unit.owner < high for low, high in ranges):
            continue
        if _is_prose(unit.text):
            return True
        in_group = group <= unit.owner < group_stop
        if (
            not in_group
            and not _in_tab_bar(page, unit.owner)
            and page.tags[unit.owner].name not in _HEADING_TAGS
        ):
            return False
    return True


def _in_tab_bar(page: _Page, node: int) -> bool:
    """The element sits in a bar of tabs (`role=tablist`, Bootstrap's `nav-tabs`, Foundation's `tabs`)."""
    for _ in range(4):
        if node < 0:
            return False
        attrs = page.tags[node].attrs
        if (attrs and attrs.get("role") == "tablist") or not _TAB_BAR_TOKENS.isdisjoint(
            page.hint[node].split()
        ):
            return True
        node = page.parent[node]
    return False


_TAB_BAR_TOKENS = frozenset("nav-tabs tabs tablist tabs-nav ui-tabs-nav".split())
_DATA_PANEL_REACH = 40  # elements from the chosen text's start to its first panel (a heading, a tab bar)


# The chosen text is only the headline's box (headline, standfirst, date line, picture): the article's text set
# in the box's next sibling joins. At most this many prose units besides the headline make a box, not a text.
_BOX_PROSE_UNITS = 3
_BOX_LEVELS = 3  # the box's ancestors whose next sibling may hold the text
_AFTER_BOX_MIN_CHARS = 300
_AFTER_BOX_MIN_UNIT = 150  # characters: one paragraph at least reads as running text
_AFTER_BOX_LINK_SHARE = 0.2
_AFTER_BOX_SKIP = frozenset("ul ol dl form table nav aside footer menu select".split())


# A listing's or product's features follow its description in a section of their own, a heading over a list of
# label/value pairs (`<dl>`, or a table): real-estate portals (immobiliare.it's `Caratteristiche`, idealista's
# `Características básicas`, ImmoScout24's `Ausstattung`), marketplaces and shop themes (`Specifications`,
# `Technische Daten`). On a product page the section right after the description's (its next sibling, or its
# wrapper's) is the text; the cost, energy, map and mortgage boxes after it are the portal's.
_FEATURES_LEVELS = 2
_FEATURES_LINK_SHARE = 0.2


def _features_after_description(
    page: _Page, best: int, text_len: list[int], link_len: list[int]
) -> list[tuple[int, int]]:
    if not _is_strict_product_page(page):
        return []
    node = best
    for _ in range(_FEATURES_LEVELS):
        follower = _next_text_sibling(page, node, text_len)
        if follower >= 0 and _is_features_section(page, follower, text_len, link_len):
            return [(follower, page.end[follower])]
        node = page.parent[node]
        if node < 0 or page.tags[node].name in ("body", "html", "main"):
            break
    return []


# The shop's own sections after a description, in the main languages: shipping and returns, reviews and ratings.
_NOT_FEATURES_HEADING = re.compile(
    r"shipping|delivery|versand|liefer|pengiriman|env[ií]o|livraison|spedizion|verzending|bezorg|wysy[lł]k|dostaw"
    r"|entrega|return|retour|r[üu]cksend|devoluc|reso\b|review|bewertung|ulasan|avis|recensio|beoordel|opini|rating"
)
_RATING_VALUE = re.compile(
    r"\b\d{1,3}\s?%|\b[1-5]\s(?:stars?|sterne?|bintang|[ée]toiles?|stelle|estrellas?)\b|★"
)


def _is_features_section(page: _Page, block: int, text_len: list[int], link_len: list[int]) -> bool:
    """A block opening with a heading over a definition list or a label/value table, with few links."""
    tag = page.tags[block]
    if _is_junk_element(tag, page.hint[block]) or link_len[block] > _FEATURES_LINK_SHARE * text_len[block]:
        return False
    first = next((u for u in page.units if block <= u.owner < page.end[block] and not u.silent), None)
    if first is None or page.tags[first.owner].name not in _SUBHEADING_TAGS:
        return False
    if _NOT_FEATURES_HEADING.search(first.text.lower()) or _RATING_VALUE.search(tag.get_text(" ")[:2000]):
        return False  # the shop's shipping table or reviews breakdown, not the product's features
    if tag.find("dl") is not None:
        return True
    table = tag.find("table")
    return isinstance(table, Tag) and (table.find("th") is not None or _is_spec_table(table))


def _text_after_headline_box(
    page: _Page, ranges: list[tuple[int, int]], text_len: list[int], link_len: list[int]
) -> list[tuple[int, int]]:
    """The article's text in the block right after the headline's box, when the scores chose the box itself.

    A reader finds the text under the box that holds the headline with its standfirst. Templates set the two
    in sibling blocks (`header` + `div.content`, `div.article-header` + `div.article-body`); when the text is
    short or the standfirst long, the box wins and the text is lost (gdp.de press releases served with
    generic tags, elnuevodia.com with hashed classes: seen on the traf-eval tuning part). Only the box's next
    sibling, or its ancestors' (three levels), may join, and only when it reads as running text: a comment
    thread, a list of related stories or a form after a one-paragraph article stays out."""
    headline = page.headline
    if headline < 0 or not ranges:
        return []
    box = _box_of_headline_and_text(page, headline, ranges)
    if box < 0:
        return []
    shown = _prose_units_inside(page, box, headline)
    if len(shown) > _BOX_PROSE_UNITS or _holds_running_text(page, box, headline):
        return []
    node = box
    for _ in range(_BOX_LEVELS):
        follower = _next_text_sibling(page, node, text_len)
        if follower >= 0:
            joins = _reads_as_text(page, follower, text_len, link_len, shown) and not _opens_with_boxs_name(
                page, follower, box
            )
            return [(follower, page.end[follower])] if joins else []
        node = page.parent[node]
        if node < 0 or page.tags[node].name in ("body", "html"):
            return []
    return []


def _box_of_headline_and_text(page: _Page, headline: int, ranges: list[tuple[int, int]]) -> int:
    """The nearest block holding the headline and every chosen range (a few levels up at most), -1 when none:
    the headline's box when the chosen text sits in it."""
    node = headline
    for _ in range(_BOX_LEVELS + 2):
        if node < 0 or page.tags[node].name in ("body", "html"):
            return -1
        if all(node <= start and stop <= page.end[node] for start, stop in ranges):
            return node
        node = page.parent[node]
    return -1


def _prose_units_inside(page: _Page, box: int, headline: int) -> set[str]:
    """The texts of the voting units inside `box`, the headline's aside (bounded: stops past the limit)."""
    texts: set[str] = set()
    for unit in page.units:
        if box <= unit.owner < page.end[box] and not headline <= unit.owner < page.end[headline]:
            if _unit_votes(unit) > 0:
                texts.add(unit.text)
                if len(texts) > _BOX_PROSE_UNITS:
                    break
    return texts


def _is_running_unit(unit: _Unit) -> bool:
    """A paragraph of running text: long enough, few links."""
    return unit.length >= _AFTER_BOX_MIN_UNIT and unit.link_density < _AFTER_BOX_LINK_SHARE


def _holds_running_text(page: _Page, box: int, headline: int) -> bool:
    """Two paragraphs of running text in the box besides the headline: a brief that is an article of its own
    (what follows it is a bio, a teaser or the next post), not a headline box with its standfirst."""
    found = 0
    for unit in page.units:
        if box <= unit.owner < page.end[box] and not headline <= unit.owner < page.end[headline]:
            if _is_running_unit(unit):
                found += 1
                if found >= 2:
                    return True
    return False


def _opens_with_boxs_name(page: _Page, block: int, box: int) -> bool:
    """The block opens with the name a short line of the box carries (its byline): the writer's bio."""
    first = next((u for u in page.units if block <= u.owner < page.end[block] and not u.silent), None)
    if first is None:
        return False
    words = re.findall(r"[^\W\d_]+", first.text[:80])[:2]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    name = " ".join(words)
    return any(box <= u.owner < page.end[box] and u.length < 100 and name in u.text for u in page.units)


def _next_text_sibling(page: _Page, node: int, text_len: list[int]) -> int:
    """The first next sibling of `node` that holds text (empty ones, such as ad slots, are passed), -1 when
    none: in document order the next sibling starts where `node`'s subtree ends."""
    parent = page.parent[node]
    following = page.end[node]
    while following < len(page.tags) and page.parent[following] == parent:
        if text_len[following]:
            return following
        following = page.end[following]
    return -1


def _reads_as_text(
    page: _Page, block: int, text_len: list[int], link_len: list[int], shown: set[str]
) -> bool:
    """The block reads as an article's running text: prose with few links, a paragraph of running text, not
    a list, form, table or page furniture, not opening with a heading of its own (as `Comments` or `Related`
    boxes do), not repeating what the box shows (a print or mobile copy of the standfirst), and no repeated
    items (a thread of posts)."""
    tag = page.tags[block]
    if tag.name in _AFTER_BOX_SKIP or _is_junk_element(tag, page.hint[block]):
        return False
    units = [u for u in page.units if block <= u.owner < page.end[block]]
    if not units or 0 <= units[0].junk < block:  # the block sits in page furniture
        return False
    if _opens_as_teaser_or_post(page, block, units):
        return False
    # what a reader reads there: the related-stories or share boxes and the link lists inside the text aside
    inside = [u for u in units if u.junk < block and not u.silent and u.link_density <= 0.5]
    if not inside or page.tags[inside[0].owner].name in _HEADING_TAGS or inside[0].text in shown:
        return False
    length = sum(u.length for u in inside)
    if length < _AFTER_BOX_MIN_CHARS or sum(u.link_length for u in inside) > _AFTER_BOX_LINK_SHARE * length:
        return False
    if not any(_is_running_unit(u) for u in inside):
        return False
    return not _in_repeated_items(page, block, block, text_len, link_len)


def _opens_as_teaser_or_post(page: _Page, block: int, units: list[_Unit]) -> bool:
    """Before its first paragraph of running text the block shows a heading, a linked line (another story's
    headline: `Up next`, `Read next` boxes) or a `<time>` (the next post of a live blog or stream)."""
    first_long = next((u for u in units if _is_running_unit(u)), None)
    stop = first_long.owner if first_long is not None else page.end[block]
    for unit in units:
        if unit is first_long:
            break
        if unit.link_density > 0.5 or page.tags[unit.owner].name in _HEADING_TAGS:
            return True
    return any(page.tags[i].name == "time" for i in range(block, stop))


# The article's opening set in a box of its own between the headline and the chosen text: this many units are
# looked at back from the text, in a box that shares an ancestor with the text this many levels up at most.
_OPENING_UNITS = 6
_OPENING_LEVELS = 4
_OPENING_MIN_CHARS = 80
# characters: a line that opens with a date is a date line (`PUBLISHED: May 2, 2023 at 4:56 p.m.`)
_OPENING_DATE_PREFIX = 40
_OPENING_MAX_LINK_SHARE = 0.25
_OPENING_END = re.compile(r"[.!?…\"”»。！？]\s*$")
_TOOL_BAR_LINKS = 12


def _opening_under_headline(
    page: _Page, ranges: list[tuple[int, int]], text_len: list[int], link_len: list[int]
) -> list[tuple[int, int]]:
    """Prose paragraphs between the headline and the chosen text, in the box the text shares with them a few
    levels up: the article's opening (a standfirst, or the first paragraph) set in a block of its own before
    the body's block, which the scores leave out because it is a cousin, not a sibling, of the winner.

    A reader sees it right under the headline, before the text. Seen on pages whose class names do not name
    their standfirst box (hashed or utility classes: brandeins.de, brigitte.de, furche.at, reiterrevue.de,
    spektrum.de, haus.de, cicero.de, diakonie.de, focus.de) and, as served, where lead.py reads the same
    standfirst by its class (fundus's ORF, Tages-Anzeiger, Berliner Zeitung, Die Welt, FAZ, ZDF pages). Only
    full sentences of some length with few links, outside junk-classed, silent and furniture blocks, and no
    heading, list item or date line: a byline, a kicker or a headline repeated is none. Captions (a
    `<figcaption>`), short labels and share bars of one-word links between are stepped over; a list of links,
    a comment or related block, `<nav>`/`<aside>`/`<footer>` stops the search."""
    if not ranges:
        return []
    start = min(a for a, _ in ranges)
    headline = _headline_before_text(page, start, ranges)
    if headline < 0 or start < page.end[headline]:
        return []  # the headline is inside (or after) the text: nothing sits between them
    near: dict[int, int] = {}
    node = page.parent[start]
    for level in range(_OPENING_LEVELS):
        if node < 0 or page.tags[node].name in ("body", "html"):
            break
        near[node] = level
        node = page.parent[node]
    if not near or (headline != page.headline and _common_near_ancestor(page, headline, near) < 0):
        return []  # an `<h1>` taken for the headline must sit in the text's box (not the site's header)
    stop = page.end[start]
    first = next((i for i, u in enumerate(page.units) if start <= u.owner < stop), len(page.units))
    if headline != page.headline and _own_title_between(page, headline, first):
        return []  # the `<h1>` names the section (`Pressemitteilungen`, `Agenda`); the text has its own title
    found: list[tuple[int, int]] = []
    for i in range(first - 1, max(-1, first - 1 - _OPENING_UNITS), -1):
        unit = page.units[i]
        shared = _common_near_ancestor(page, unit.owner, near)
        if unit.owner < page.end[headline] or shared < 0:
            break
        verdict = _opening_verdict(page, unit, shared, text_len)
        if verdict is None:
            break  # a box of other things (links, a related list, a comment) sits between: stop there
        if verdict and (headline == page.headline or _is_standfirst_box(page, unit.owner, shared)):
            found.append((unit.owner, page.end[unit.owner]))
    return found


# A review's or product test's pros and cons set as two boxes side by side between the headline and the text, each
# a heading over a list (COMPUTER BILD, CHIP, PC-WELT, TechRadar's `For`/`Against`, Tom's Guide, Les Numériques,
# Xataka's `A favor`/`En contra`, WordPress review plugins such as WP Review and Lasso's pros/cons block): the
# test's verdict in short, part of the text. Both headings must name a pro and a con side, each over a list.
# Review: only on a product test's page (og:type product, a schema.org Product or Review, an aggregate rating) and
# only under pro/con words: `Plus`/`Minus` boxes are a market report's top movers, a partner offer's
# `Voordelen`/`Nadelen` an ad beside a news story.
_PRO_HEADINGS = frozenset(
    "pro pros vorteile avantages ventajas pregi voordelen zalety kelebihan prós".split()
)
_CON_HEADINGS = frozenset(
    "contra con cons nachteile inconvénients desventajas difetti nadelen wady kekurangan contras".split()
)
_REVIEW_JSONLD = re.compile(r'"@type"\s*:\s*\[?\s*"(?:Product|Review)"|"aggregateRating"')
_REVIEW_ITEMTYPE = re.compile(r"schema\.org/(?:Product|Review|AggregateRating)")
_PROS_CONS_SIDE_MAX = 1500  # characters of one side: short points, not a section of the text
_PROS_CONS_RANGES = 20  # chosen blocks whose neighbours are looked at
_PROS_CONS_CHILDREN = 40  # children of a chosen block's parent read


def _pros_cons_beside(page: _Page, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A pros and cons pair right before or after a chosen block, in the same parent (between a test's intro
    and its text, or after the text): the scores leave the box of short list items out."""
    found: list[tuple[int, int]] = []
    for start, _ in sorted(ranges)[:_PROS_CONS_RANGES]:
        children = _child_indexes(page, page.parent[start])
        if start not in children:
            continue
        at = children.index(start)
        for near in children[max(0, at - 1) : at + 2]:
            if near != start and _is_pros_cons_pair(page.tags[near]):
                found.append((near, page.end[near]))
    if not found or page.document is None or not _is_review_page(page):
        return []
    return [r for r in dict.fromkeys(found) if r not in ranges]


def _is_review_page(page: _Page) -> bool:
    """A product test's or review's page by its markup: og:type product, a Product or Review in JSON-LD or
    microdata, an aggregate rating."""
    if _og_type(page).startswith("product") or any(
        _REVIEW_JSONLD.search(text) for text in _jsonld_texts(page)
    ):
        return True
    return any(_REVIEW_ITEMTYPE.search(str(tag.attrs.get("itemtype", ""))) for tag in page.tags if tag.attrs)


def _child_indexes(page: _Page, parent: int) -> list[int]:
    """The indexes of the parent's child elements in document order (bounded)."""
    if parent < 0:
        return []
    children: list[int] = []
    node = parent + 1
    while node < page.end[parent] and len(children) < _PROS_CONS_CHILDREN:
        if page.parent[node] != parent:
            break
        children.append(node)
        node = page.end[node]
    return children


def _is_pros_cons_pair(box: Tag) -> bool:
    sides = _first_elements(box, 3)
    if len(sides) != 2 or box.find("a") is not None:  # the points are plain text: linked ones are teasers
        return False
    pro, con = (_side_heading(side) for side in sides)
    return pro in _PRO_HEADINGS and con in _CON_HEADINGS


def _side_heading(side: Tag) -> str:
    """The side's heading as a lowered word (`Pro`, `Contra:`), when the side is a heading over one list."""
    children = _first_elements(side, 3)
    if len(children) != 2 or children[1].name not in ("ul", "ol"):
        return ""
    if children[0].name not in _HEADING_TAGS and children[0].name not in ("p", "strong", "b", "div", "span"):
        return ""
    if _text_up_to(side, _PROS_CONS_SIDE_MAX) is None:
        return ""
    return children[0].get_text(" ", strip=True).rstrip(":").strip().lower()


def _own_title_between(page: _Page, headline: int, first: int) -> bool:
    """A heading (`h2`/`h3`: Drupal's `node__title`, WordPress's `entry-title`) between the `<h1>` and the text."""
    for i in range(first - 1, max(-1, first - 1 - 4 * _OPENING_UNITS), -1):
        owner = page.units[i].owner
        if owner < page.end[headline]:
            return False
        if page.tags[owner].name in ("h2", "h3"):
            return True
    return False


# Under an `<h1>` taken in place of the found headline, only a box classed as the text's standfirst opens the text
# (Drupal's `field--name-field-chapo`/`-summary`/`-lead`, WordPress themes' `entry-summary`, `intro`, `teaser`,
# `chapo`): the listing intro, filter help or closure notice under a section's `<h1>` is the section's.
_STANDFIRST_WORDS = re.compile(
    r"chapo|chapeau|summary|lead|intro|teaser|standfirst|excerpt|abstract|kicker-text"
)


def _is_standfirst_box(page: _Page, owner: int, shared: int) -> bool:
    node = owner
    for _ in range(12):  # bounded: from the unit up to the box it shares with the text
        if node < 0:
            return False
        if _STANDFIRST_WORDS.search(page.hint[node].lower()):
            return True
        if node == shared:
            return False
        node = page.parent[node]
    return False


def _headline_before_text(page: _Page, start: int, ranges: list[tuple[int, int]]) -> int:
    """The headline the text opens under: the caller's, or, when the caller's sits after the text and outside
    it (the title matched a footer's or sidebar's site name: og:title naming the museum, school or blog, as
    Drupal institution sites, Blogger blogs and WordPress themes serve it), the page's only shown `<h1>` before
    the text. -1 when neither."""
    headline = page.headline
    if headline < start or any(a <= headline < b for a, b in ranges):
        return headline
    h1s: list[int] = []
    for unit in page.units:  # in document order: the walk stops at the text, or at a second `<h1>`
        if unit.owner >= start or len(h1s) > 1:
            break
        if page.tags[unit.owner].name == "h1":
            h1s.append(unit.owner)
    return h1s[0] if len(h1s) == 1 else headline


def _common_near_ancestor(page: _Page, owner: int, near: dict[int, int]) -> int:
    node = owner
    for _ in range(40):  # bounded: pages nest thousands of levels deep
        if node < 0:
            return -1
        if node in near:
            return node
        node = page.parent[node]
    return -1


def _is_tool_bar(page: _Page, unit: _Unit) -> bool:
    """A line of one-word links (`whatsapp pinterest facebook twitter mail Drucken`): a share or tool bar,
    stepped over; a list of links to other stories has links of several words."""
    links = page.tags[unit.owner].find_all("a", limit=_TOOL_BAR_LINKS + 1)
    if not links or len(links) > _TOOL_BAR_LINKS:
        return False
    return all(len(link.get_text(" ", strip=True).split()) <= 1 for link in links)


def _opening_verdict(page: _Page, unit: _Unit, shared: int, text_len: list[int]) -> bool | None:
    """True: a paragraph of the opening; False: a line stepped over (a caption, a date, a label); None: a box
    that is no part of the article (links, a junk-classed or silent block, the page's furniture)."""
    if unit.length < _MIN_UNIT or (unit.link_density > _OPENING_MAX_LINK_SHARE and _is_tool_bar(page, unit)):
        return False
    if unit.junk > shared and page.tags[unit.junk].name == "figcaption":
        return False  # the lead picture's caption, between the standfirst and the text
    # a junk-classed block inside the box the text shares stops the search (an ancestor's class is misread)
    if (
        unit.link_density > _OPENING_MAX_LINK_SHARE
        or unit.silent
        or unit.junk > shared
        or _in_furniture(page, unit.owner)
    ):
        return None
    owner = unit.owner
    name = page.tags[owner].name
    return (
        unit.length >= _OPENING_MIN_CHARS
        and name not in _HEADING_TAGS
        and name not in ("li", "dt", "dd", "td", "th", "figcaption")
        and text_len[owner] == unit.length
        and owner not in page.media
        and bool(_OPENING_END.search(unit.text))
        and _unit_votes(unit) > 0
        and not _is_boilerplate_text(unit.text)
        and search_date(unit.text[:_OPENING_DATE_PREFIX]) is None
        and not _in_other_things_box(page, unit, shared, text_len)
    )


_OPENING_BOX_SLACK = 150  # characters a paragraph's own box may hold besides it (a label, a linked title)
_NOT_OPENING_BOX = ("a", "form", "button", "input", "h1", "h2", "h3", "h4", "h5", "h6")


def _in_other_things_box(page: _Page, unit: _Unit, shared: int, text_len: list[int]) -> bool:
    """The paragraph's own box (its highest ancestor below `shared` holding little more text than it) also holds
    a linked title, a heading, a form or button, or a picture: a teaser card, a newsletter or audio box, a
    caption -- not the article's opening."""
    owner = unit.owner
    box = owner
    node = page.parent[owner]
    for _ in range(40):
        if node < 0 or node == shared or text_len[node] > unit.length + _OPENING_BOX_SLACK:
            break
        box = node
        node = page.parent[node]
    before = page.tags[box].find_previous_sibling(True)
    if before is not None and before.find(("img", "picture", "video")) and not before.get_text(strip=True):
        return True  # the box right after a bare picture is its caption
    if box == owner:
        return False
    own = page.tags[owner]
    headline = page.tags[page.headline] if page.headline >= 0 else None
    for tag in page.tags[box].find_all(_NOT_OPENING_BOX, limit=20):
        if (
            tag is headline
            or tag.name == "a"
            and (len(tag.get_text(" ", strip=True).split()) < 2 or own in tag.parents)
        ):
            continue
        return True
    return False


def _outside_page_furniture(page: _Page, final: list[float], scored: list[bool], best: int) -> int:
    """The best candidate that is not inside a `<footer>`, `<nav>` or `<aside>` element (a site footer's
    about text, a sidebar's text widget): those elements are the page's furniture whatever their classes
    say, and a short article (a photo post's few lines) must not lose to them. A page that sets its whole
    article in an `<aside>` (rnz.de) has no other candidate outside it, and keeps it."""
    if not _in_furniture(page, best):
        return best
    others = sorted((i for i in range(len(final)) if scored[i]), key=lambda i: -final[i])
    for i in others[:50]:
        # an ancestor of `best` is no way out: its text inside the furniture element would not be rendered
        if final[i] > 0 and not _is_inside(page, best, i) and not _in_furniture(page, i):
            return i
    return best


# A sidebar named so by the page's layout: WordPress themes' `#sidebar`/`widget-area`, Drupal's `sidebar`
# columns, Joomla and custom templates' `#sidebar`, Bootstrap layouts' `col-md-4 sidebar`, ARIA's complementary
# region. Whole tokens only (`sidebar-layout`, `has-sidebar` name the page's layout).
_SIDEBAR_TOKENS = frozenset(
    {"sidebar", "widget-area", "sidebar-first", "sidebar-second", "sidebar-left", "sidebar-right"}
)
_SIDEBAR_LEVELS = 6  # the winner's ancestors looked at
_SIDEBAR_WAY_OUT_SHARE = 0.25  # the prose the way out holds, as a share of the sidebar list's


def _sidebar_around(page: _Page, best: int) -> int:
    """The nearest ancestor (or `best` itself) the layout names a sidebar, else -1."""
    node = best
    for _ in range(_SIDEBAR_LEVELS):
        if node < 0 or page.tags[node].name in ("body", "html"):
            return -1
        if page.tags[node].attrs.get("role") == "complementary" or not _SIDEBAR_TOKENS.isdisjoint(
            page.hint[node].split()
        ):
            return node
        node = page.parent[node]
    return -1


def _teaser_sidebar_to_leave(
    page: _Page,
    final: list[float],
    scored: list[bool],
    best: int,
    text_len: list[int],
    link_len: list[int],
    good_len: list[int],
) -> int:
    """The sidebar around the winner, to be left for a candidate outside it, when the winner is the sidebar's list of dated teasers (a news
    ticker, `Aktuelles`/`Latest news`: linked titles over a date and a summary) and the page's content column
    holds prose of its own (an about, service or company page of short boxes: custom PHP sites, WordPress and
    Joomla templates). Two signals agree: the layout names the sidebar, and the winner is a list of posts."""
    sidebar = _sidebar_around(page, best)
    if sidebar < 0:
        return -1
    lines = [0] * len(page.tags)
    for unit in page.units:
        lines[unit.owner] += 1
    for i in range(len(lines) - 1, 0, -1):
        if page.parent[i] >= 0:
            lines[page.parent[i]] += lines[i]
    node, holds = best, False
    while node >= 0 and not holds:
        holds = _holds_items(page, node, lines, text_len, link_len)
        node = page.parent[node] if node != sidebar else -1
    if not holds:
        return -1
    stop = page.end[sidebar]
    others = sorted((i for i in range(len(final)) if scored[i]), key=lambda i: -final[i])
    for i in others[:50]:
        if final[i] > 0 and not sidebar <= i < stop and not _is_inside(page, sidebar, i):
            if good_len[i] >= _SIDEBAR_WAY_OUT_SHARE * good_len[best] and not _in_furniture(page, i):
                return sidebar
    return -1


def _in_furniture(page: _Page, index: int) -> bool:
    node = index
    for _ in range(40):  # bounded: pages nest thousands of levels deep
        if node < 0:
            return False
        name = page.tags[node].name
        if name in _JUNK_TAGS and name != "figcaption":
            return True
        node = page.parent[node]
    return False


_ITEM_MIN_TEXT = 100  # characters: an item of a list of posts holds a post's or a teaser's text
_MIN_ITEMS = 3


def _in_repeated_items(page: _Page, best: int, block: int, text_len: list[int], link_len: list[int]) -> bool:
    """`best` is, holds or sits in one of three or more sibling items of one tag that each hold a few lines
    of text: a list of posts (a comment thread's `ol > li`, a grid of teasers), not an article's text.
    Paragraphs are no items; an item holds two lines at least (a name and a text, a headline and a summary).
    Classes are not compared: items' classes and ids often differ (`even`/`odd`, `li-comment-123`). An item
    that opens with an unlinked subheading and carries no `<time>` is a section of the article (a Q&A, an
    explainer's or an itinerary's parts), not a post. Checked up to, not including, the ancestor `best` shares
    with `block`."""
    lines = [0] * len(page.tags)
    for unit in page.units:
        lines[unit.owner] += 1
    for i in range(len(lines) - 1, 0, -1):
        if page.parent[i] >= 0:
            lines[page.parent[i]] += lines[i]
    if _holds_items(page, best, lines, text_len, link_len):
        return True
    node = best
    while node >= 0 and not _is_inside(page, block, node):
        parent = page.parent[node]
        if parent < 0 or _is_inside(page, block, parent):
            break
        if _holds_items(page, parent, lines, text_len, link_len, page.tags[node].name):
            return True
        node = parent
    return False


def _holds_items(
    page: _Page, index: int, lines: list[int], text_len: list[int], link_len: list[int], kind: str = ""
) -> bool:
    counts: dict[str, int] = {}
    for child in _element_children(page, index):
        name = page.tags[child].name
        if text_len[child] < _ITEM_MIN_TEXT:
            continue
        if name != "li" and (name in _PARAGRAPH_TAGS or lines[child] < 2):
            continue
        if kind and name != kind:
            continue
        if _is_article_section(page, child, text_len, link_len):
            continue
        counts[name] = counts.get(name, 0) + 1
        if counts[name] >= _MIN_ITEMS:
            return True
    return False


_SECTION_LINK_SHARE = 0.3  # an article's section is prose; a labelled box of teasers is mostly links


def _is_article_section(page: _Page, item: int, text_len: list[int], link_len: list[int]) -> bool:
    """The item's first text is an unlinked subheading, over prose with few links, and no `<time>` dates it: a
    part of the article (`h3` question + answer, a chapter), where a post opens with a linked headline (a
    teaser) or a name and a time (a comment), and a box of teasers under a label (`Podobne przepisy`, `See
    also`) is mostly links."""
    if link_len[item] > _SECTION_LINK_SHARE * text_len[item]:
        return False
    stop = page.end[item]
    first = item + 1
    while first < stop and (text_len[first] == 0 or page.tags[first].name not in _PARAGRAPH_TAGS):
        first += 1
    if first >= stop or page.tags[first].name not in _HEADING_TAGS or link_len[first]:
        return False
    return not any(page.tags[i].name == "time" for i in range(item + 1, stop))


_HEADLINE_BLOCK_PROSE = 500  # characters of prose besides the headline
_HEADLINE_BLOCK_PARAGRAPHS = 3  # prose paragraphs besides the headline: a standfirst alone is no article


def _headline_block(page: _Page, good_len: list[int], voters: list[_Unit]) -> int:
    """The nearest ancestor of the article's headline that holds a few paragraphs of prose besides it: the
    block the headline opens (a header with the headline and a standfirst is not yet that block, nor is a
    `<header>` element). -1 without a headline, or when only `<body>` holds that much."""
    headline = page.headline
    if headline < 0:
        return -1
    owners = sorted(u.owner for u in voters)
    stop = page.end[headline]
    own = good_len[headline]
    own_paragraphs = bisect.bisect_left(owners, stop) - bisect.bisect_left(owners, headline)
    node = page.parent[headline]
    while node >= 0 and page.tags[node].name not in ("body", "html"):
        # a `<header>` holds the headline with its standfirst, picture and byline: the article's head, not its text
        if good_len[node] - own >= _HEADLINE_BLOCK_PROSE and page.tags[node].name != "header":
            paragraphs = bisect.bisect_left(owners, page.end[node]) - bisect.bisect_left(owners, node)
            if paragraphs - own_paragraphs >= _HEADLINE_BLOCK_PARAGRAPHS:
                return node
        node = page.parent[node]
    return -1


# Class/id/itemprop names that mark the element holding the whole article text on many CMSs (`articleBody`
# microdata, `article-body`, `story-body`, WordPress `entry-content`/`post-content`).
_ARTICLE_BODY_HINT = re.compile(
    r"article-?body|story-?body|entry-content|post-content|post-body|article__body"
)
_BODY_ANCESTOR_LEVELS = 4


def _article_body_ancestor(
    page: _Page, best: int, text_len: list[int], link_len: list[int], good_len: list[int]
) -> int:
    """The nearest ancestor marked as the article body when it holds more of the prose than `best`: the
    article is split into sibling blocks by ads or inline boxes (NYT's companion columns, ad slots between
    WordPress paragraphs) and the scores picked one block."""
    node = page.parent[best]
    for _ in range(_BODY_ANCESTOR_LEVELS):
        if node < 0 or page.tags[node].name in ("body", "html"):
            return best
        hint = page.hint[node]
        if hint and _ARTICLE_BODY_HINT.search(hint) and not _read_hint(hint).junk:
            total = text_len[node]
            if good_len[node] > 1.2 * good_len[best] and total and link_len[node] <= 0.3 * total:
                return node
        node = page.parent[node]
    return best


_WEAK_WINNER_CHARS = 200


def _marked_body_instead(page: _Page, best: int, text_len: list[int], link_len: list[int]) -> int:
    """When the winner holds almost no prose (a page of short lines: a photo post's list of films and
    cameras, a data sheet), the element the CMS marks as the article body (`entry-content`, `articleBody`)
    is the text, if it holds more than the winner and is not a link list."""
    found = best
    for i, hint in enumerate(page.hint):
        if (
            hint
            and _ARTICLE_BODY_HINT.search(hint)
            and text_len[i] > max(text_len[found], 100)
            and link_len[i] <= 0.5 * text_len[i]
            and not _read_hint(hint).junk
        ):
            found = i
    return found


_WEAK_WINNER_TEXT = 1000  # characters: a winner this short may be one box of a page of boxes
_WIDEN_LEVELS = 6
_WIDEN_MAX_LINK_SHARE = 0.1
_WIDEN_FACTOR = 3
_WIDEN_MIN_PROSE_SHARE = 0.6


def _widened_weak_winner(
    page: _Page, best: int, text_len: list[int], link_len: list[int], good_len: list[int]
) -> int:
    """The highest ancestor (a few levels up, below `<body>`) that holds three times the winner's text as
    prose, almost without links, when the winner is short: on pages that set their text in boxes of a grid
    (an info or help page's columns, a rental's description tabs, a page builder's modules) the scores pick
    one box and its cousins, wrapped in boxes of their own, are no siblings. Text under a junk-classed block
    inside the ancestor does not count (it would not be rendered)."""
    if text_len[best] >= _WEAK_WINNER_TEXT:
        return best
    found = best
    node = page.parent[best]
    for _ in range(_WIDEN_LEVELS):
        if node < 0 or page.tags[node].name in ("body", "html"):
            break
        total = text_len[node]
        if (
            total >= _WIDEN_FACTOR * text_len[best]
            and link_len[node] <= _WIDEN_MAX_LINK_SHARE * total
            and good_len[node] >= _WIDEN_MIN_PROSE_SHARE * total
            and not _is_junk_element(page.tags[node], page.hint[node])
        ):
            shown = _shown_prose_length(page, node)
            if shown >= _WIDEN_FACTOR * text_len[best] and shown >= _WIDEN_MIN_PROSE_SHARE * total:
                found = node
        node = page.parent[node]
    return found


def _shown_prose_length(page: _Page, node: int) -> int:
    """Length of the prose units inside `node` that no junk-classed block inside it hides (a list written
    inline, keywords or a tag cloud, is no prose)."""
    stop = page.end[node]
    return sum(
        u.length
        for u in page.units
        if node <= u.owner < stop
        and u.junk < node
        and _unit_votes(u) > 0
        and not _is_inline_list(u.text, len(_COMMAS.findall(u.text)))
    )


def _hint_weight(hint: str) -> int:
    return _read_hint(hint).weight if hint else 0


def _subtree_text(page: _Page) -> tuple[list[int], list[int]]:
    """Text and link-text lengths per element, summed bottom-up in one reverse pass."""
    count = len(page.tags)
    text_len = [0] * count
    link_len = [0] * count
    for unit in page.units:
        text_len[unit.owner] += unit.length
        link_len[unit.owner] += unit.link_length
    parent = page.parent
    for i in range(count - 1, 0, -1):
        p = parent[i]
        if p >= 0:
            text_len[p] += text_len[i]
            link_len[p] += link_len[i]
    return text_len, link_len


def _subtree_sum(page: _Page, voter_ids: set[int]) -> list[int]:
    """Length of the voting (prose) units per element, summed bottom-up."""
    good = [0] * len(page.tags)
    for unit in page.units:
        if id(unit) in voter_ids:
            good[unit.owner] += unit.length
    parent = page.parent
    for i in range(len(good) - 1, 0, -1):
        if parent[i] >= 0:
            good[parent[i]] += good[i]
    return good


def _ancestors(page: _Page, index: int) -> list[int]:
    chain = []
    node = page.parent[index]
    while node >= 0:
        chain.append(node)
        node = page.parent[node]
    return chain


def _promote(page: _Page, final: list[float], scored: list[bool], best: int, block: int = -1) -> int:
    """Move up from the best candidate when the article is split over siblings of a common ancestor; when
    `best` sits in the block the headline opens, only candidates inside that block count (posts of a comment
    thread after the article are no parts of it)."""
    top_score = final[best]
    if top_score <= 0:
        return best
    # Readability's rule: when several strong candidates share an ancestor, that ancestor is the article.
    contenders = sorted((i for i in range(len(final)) if scored[i] and i != best), key=lambda i: -final[i])[
        :5
    ]
    contenders = [
        i
        for i in contenders
        if final[i] >= 0.75 * top_score
        and not _is_inside(page, i, best)
        and not _is_inside(page, best, i)
        and not (block >= 0 and _is_inside(page, best, block) and not _is_inside(page, i, block))
    ]
    if len(contenders) >= 2:
        best_chain = _ancestors(page, best)
        for ancestor in best_chain:
            inside = sum(1 for i in contenders if _is_inside(page, i, ancestor))
            if inside >= 2:
                if page.tags[ancestor].name not in ("body", "html"):
                    best = ancestor
                break
    # Readability also climbs once when an ancestor scores higher than the chain below it.
    last = final[best]
    threshold = last / 3
    node = page.parent[best]
    while node >= 0 and page.tags[node].name not in ("body", "html"):
        if not scored[node]:
            node = page.parent[node]
            continue
        if final[node] < threshold:
            break
        if final[node] > last:
            best = node
            break
        last = final[node]
        node = page.parent[node]
    # An only child carries no more than its parent.
    while True:
        p = page.parent[best]
        if p < 0 or page.tags[p].name in ("body", "html"):
            break
        if _element_children(page, p) != [best]:
            break
        best = p
    return best


def _is_inside(page: _Page, index: int, ancestor: int) -> bool:
    return ancestor < index < page.end[ancestor]


def _element_children(page: _Page, index: int) -> list[int]:
    children = []
    i = index + 1
    stop = page.end[index]
    while i < stop:
        children.append(i)
        i = page.end[i]
    return children


def _with_siblings(
    page: _Page,
    final: list[float],
    scored: list[bool],
    best: int,
    text_len: list[int],
    link_len: list[int],
    good_len: list[int],
) -> list[tuple[int, int]]:
    """The best container plus siblings that continue the article (readability's sibling rule)."""
    p = page.parent[best]
    if p < 0:
        return [(best, page.end[best])]
    threshold = max(10.0, final[best] * 0.2)
    best_hint = page.hint[best]
    # Lookups built once, so that a container with thousands of siblings stays linear.
    media = sorted(page.media)
    long_owners = sorted(u.owner for u in page.units if u.length >= _MIN_UNIT)
    last_text = {u.owner: u.text for u in page.units}
    ranges = []
    for sibling in _element_children(page, p):
        if sibling == best:
            ranges.append((best, page.end[best]))
            continue
        hint = page.hint[sibling]
        if _is_junk_element(page.tags[sibling], hint) or page.tags[sibling].name == "form":
            continue
        if _is_photo_block(page, sibling, good_len, media, long_owners):
            continue
        bonus = final[best] * 0.2 if best_hint and hint == best_hint else 0.0
        if scored[sibling] and final[sibling] + bonus >= threshold:
            ranges.append((sibling, page.end[sibling]))
            continue
        # A later part of the same article, wrapped deeper than readability's scores reach.
        if (
            good_len[sibling] >= max(400, 0.25 * good_len[best])
            and good_len[sibling] >= 0.6 * text_len[sibling]
            and link_len[sibling] <= 0.2 * text_len[sibling]
        ):
            ranges.append((sibling, page.end[sibling]))
            continue
        if page.tags[sibling].name == "p" and text_len[sibling]:
            density = link_len[sibling] / text_len[sibling]
            length = text_len[sibling]
            if (length > 80 and density < 0.25) or (
                0 < length <= 80 and density == 0 and _ends_sentence(last_text, sibling)
            ):
                ranges.append((sibling, page.end[sibling]))
    return ranges


def _sections_in_repeated_wrappers(
    page: _Page, best: int, text_len: list[int], link_len: list[int], good_len: list[int]
) -> list[tuple[int, int]]:
    """Parts of the article in wrappers of their own: templates that close the text block for an ad or a
    pull quote and reopen it in a new wrapper of the same class (`div.container > section.cms-content`,
    repeated) hold one article in cousins, not siblings. Blocks with the winner's own class inside the
    wrapper's same-class siblings join when they read as prose."""
    wrapper = page.parent[best]
    best_hint = page.hint[best]
    if wrapper < 0 or page.parent[wrapper] < 0 or not best_hint or not page.hint[wrapper]:
        return []
    ranges = []
    for other in _element_children(page, page.parent[wrapper]):
        if other == wrapper or page.hint[other] != page.hint[wrapper]:
            continue
        for block in _element_children(page, other):
            if (
                page.hint[block] == best_hint
                and good_len[block] >= 0.6 * text_len[block] > 0
                and link_len[block] <= 0.2 * text_len[block]
            ):
                ranges.append((block, page.end[block]))
    return ranges


# A page of sections each set in a frame of its own: Bootstrap's `section > div.container > div.row > div.col-md-8`,
# Foundation's `grid-container > grid-x > cell`, Bulma's `section > div.container > div.columns > div.column`,
# Elementor's and WPBakery's `section > container > column` rows. The sections' own classes differ (`section-3`,
# `bg-light`, `is-dark`); the frame's path below them is the same.
_FRAME_MIN_DEPTH = 2  # levels of only children below the winner: a frame, not a box
_FRAME_MAX_DEPTH = 6
_FRAME_MIN_SECTIONS = 2  # framed sections that join: one alone is a box beside the text (newsletter, author)
_FRAME_MIN_PROSE_SHARE = 0.3  # of a framed section's text in voting prose


def _frame_path(page: _Page, best: int) -> list[tuple[str, str]]:
    """The (tag, class) path from the winner down its only element children: the frame its text sits in."""
    path: list[tuple[str, str]] = []
    node = best
    while len(path) < _FRAME_MAX_DEPTH:
        children = _element_children(page, node)
        if len(children) != 1 or not page.hint[children[0]]:
            break
        node = children[0]
        path.append((page.tags[node].name, page.hint[node]))
    return path


def _follow_frame(page: _Page, top: int, path: list[tuple[str, str]]) -> int:
    """The block at the end of `path` below `top` (each level's first child of that tag and class), else -1."""
    node = top
    for name, hint in path:
        node = next(
            (
                child
                for child in _element_children(page, node)
                if page.tags[child].name == name and page.hint[child] == hint
            ),
            -1,
        )
        if node < 0:
            return -1
    return node


# Frames the page's layout names as furniture, by a word of the class or id of the section or of any box of its
# frame (review round 2: author bios, related teasers, newsletters, comments, donation appeals, testimonials and
# calls to action are framed like the text's sections on Bootstrap news and landing pages).
_FURNITURE_FRAME_WORDS = frozenset(
    "author authors autor autorin auteur autore bio biography comment comments kommentar kommentare commentaires"
    " commenti comentarios reacties komentarze komentar related similar more recommended newsletter subscribe"
    " subscription signup abo cta donate donation donations spenden spende support testimonial testimonials"
    " pricing price prices plans reviews review rating ratings share social sidebar widget widgets promo teaser"
    " teasers banner ad ads advert advertisement sponsored".split()
)
_FRAME_SIBLINGS_READ = 60  # sections of one page looked at
_FRAME_PROSE_LINE = 80  # characters of a paragraph that reads as prose (a card's name and price do not)
_FRAME_STEP_LINE = 25  # characters of an ordered list's step


def _sections_in_sibling_frames(
    page: _Page, best: int, text_len: list[int], link_len: list[int], good_len: list[int]
) -> list[tuple[int, int]]:
    """The other sections of a page that sets each section in a frame of its own (`_frame_path`): the winner's
    sibling elements of its tag whose frame, followed by tag and class, ends in a block that opens with an
    unlinked heading over link-poor prose paragraphs (`_is_article_section`, `_has_prose_paragraph`), and
    whose frame no class names furniture (`_FURNITURE_FRAME_WORDS`). Two such sections at least: a comparison
    guide's, a service or landing page's parts, where the scores took one of them. Never on a page that
    declares an article: its text is one block, the framed sections after it are bios, comments and appeals."""
    path = _frame_path(page, best)
    parent = page.parent[best]
    if len(path) < _FRAME_MIN_DEPTH or parent < 0 or _declares_article(page):
        return []
    name = page.tags[best].name
    prose = _prose_paragraph_owners(page)
    ranges = []
    for sibling in _element_children(page, parent)[:_FRAME_SIBLINGS_READ]:
        if (
            sibling == best
            or page.tags[sibling].name != name
            or _is_junk_element(page.tags[sibling], page.hint[sibling])
        ):
            continue
        block = _follow_frame(page, sibling, path)
        if (
            block >= 0
            # prose that votes (a comment thread's or an author box's lines do not), a table under it the section's too
            and good_len[block] >= _FRAME_MIN_PROSE_SHARE * text_len[block] > 0
            and _is_article_section(page, block, text_len, link_len)
            and _has_prose_paragraph(page, block, prose)
            and not _names_furniture_frame(page, sibling, block)
        ):
            ranges.append((block, page.end[block]))
    return ranges if len(ranges) >= _FRAME_MIN_SECTIONS else []


def _prose_paragraph_owners(page: _Page) -> list[int]:
    """The elements (in document order) that own a unit of link-poor prose: a `<p>` of `_FRAME_PROSE_LINE`
    characters, or an unlinked step of an ordered list (`<ol><li>`: a guide's `So eröffnen Sie …` steps), where
    a card holds a linked name and a price."""
    owners = set()
    for unit in page.units:
        name = page.tags[unit.owner].name
        if name == "p" and unit.length >= _FRAME_PROSE_LINE and unit.link_density < _SECTION_LINK_SHARE:
            owners.add(unit.owner)
        elif (
            name == "li"
            and unit.length >= _FRAME_STEP_LINE
            and unit.link_length == 0
            and page.tags[page.parent[unit.owner]].name == "ol"
        ):
            owners.add(unit.owner)
    return sorted(owners)


def _has_prose_paragraph(page: _Page, block: int, prose: list[int]) -> bool:
    at = bisect.bisect_left(prose, block)
    return at < len(prose) and prose[at] < page.end[block]


def _names_furniture_frame(page: _Page, section: int, block: int) -> bool:
    """A class or id of the section, of its frame's boxes or of the block names it furniture."""
    node = block
    while node >= section:
        hint = page.hint[node]
        if hint and not _FURNITURE_FRAME_WORDS.isdisjoint(_NAME_WORDS.findall(hint.lower())):
            return True
        node = page.parent[node]
    return False


_DIGITS = re.compile(r"\d+")


def _class_key(page: _Page, index: int) -> str:
    """The element's tag and class/id hint without the numbers that tell items apart (`post_949757`,
    `answer-10378`, `et_pb_text_2`, `Text36950`)."""
    hint = page.hint[index]
    return page.tags[index].name + " " + _DIGITS.sub("", hint) if hint else ""


def _same_class_blocks(
    page: _Page,
    best: int,
    taken: list[tuple[int, int]],
    text_len: list[int],
    link_len: list[int],
    good_len: list[int],
) -> list[tuple[int, int]]:
    """Blocks elsewhere on the page with the winner's own tag and class that read as prose: the posts of a
    forum thread or a Q&A page (`div.message-content`, `div.postrow`, `div.s-prose`), and page builders that
    put each text section in a block of the same class (`et_pb_text_inner`, `section.textblock`,
    `field--name-field-text`), where the scores pick one post or one section."""
    key = _class_key(page, best)
    if not key or _read_hint(page.hint[best]).junk:
        return []
    name = page.tags[best].name
    ranges: list[tuple[int, int]] = []
    taken_ends = dict(taken)  # subtrees already in the article: skipped whole
    misread = _misread_junk_hints(page, best)
    i = 0
    count = len(page.tags)
    while i < count:
        if i in taken_ends:
            i = max(taken_ends[i], i + 1)
            continue
        if (
            page.tags[i].name == name
            and not _is_inside(page, best, i)  # an ancestor of the winner is no other post: it holds them all
            and good_len[i] >= 0.6 * text_len[i] > 0
            and link_len[i] <= 0.2 * text_len[i]
            and _class_key(page, i) == key
            and not _in_junk_area(page, i, misread)
            and not _under_teaser_heading(page, i, best)
        ):
            ranges.append((i, page.end[i]))
            i = page.end[i]
            continue
        i += 1
    return ranges


# The post element a forum engine wraps each post of a thread in, read as whole class tokens: vBulletin 4
# (`li.postbitlegacy.postcontainer`, `postbit`), vBulletin 5 (`li.b-post`), SMF 2 (`div.post_wrapper`), Invision 4
# (`article.cPost.ipsComment`), WoltLab (`article.wbbPost`), Discourse's crawler view (`div.crawler-post`); by id,
# vBulletin 3/4's and MyBB's `post_123` and phpBB's `div.post#p123`; and schema.org's DiscussionForumPosting that
# WoltLab and Discourse put on each post. XenForo 2's `message--post` is left out: the traf-eval corpus's truth
# keeps a XenForo thread's replies (an announcement thread's answers), where the page sets keep the first post only.
_FORUM_POST_TOKENS = frozenset(
    "postcontainer postbitlegacy postbit b-post post_wrapper cpost ipscomment wbbpost crawler-post".split()
)
_FORUM_POST_ID = re.compile(r"post_\d+|p\d+")
_FORUM_POST_ITEMTYPE = re.compile(r"schema\.org/DiscussionForumPosting\b", re.I)
_FORUM_POST_LEVELS = 10  # a post's text sits a few wrappers below its post element


def _first_forum_post_only(page: _Page, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The thread's first post alone when the chosen blocks lie in several posts of a forum thread (the same-class
    join reads every reply's `div.content` as more text): a thread page's article is its opening post, the
    replies are its comments. Blocks outside any post element stay."""
    posts = {start: _forum_post_of(page, start) for start, _ in ranges}
    found = {post for post in posts.values() if post >= 0}
    if len(found) < 2:
        return ranges
    first = min(found)
    if _post_number(page.tags[first]) > 1 or _LATER_PAGE_PATH.search(page.path):
        return ranges  # a later page of the thread: no opening post to stand for it
    return [(start, stop) for start, stop in ranges if posts[start] in (-1, first)]


# The post's number in its thread, a link reading `#12` in its header: vBulletin's `a.postcounter`, XenForo's and
# WoltLab's share link, MyBB's post anchors; or SMF 2's header line `« Reply #15 on: March 7, 2017 »` (`Antwort
# #15`, `Réponse #15`, `Respuesta #15` in its language packs). Invision's and XenForo's later pages carry the page
# in the path (`/topic/8812-name/page/2/`). phpBB shows no number (left: its `start=` is in the query).
_POST_COUNTER = re.compile(r"#\s?(\d{1,6})")
_POST_COUNTER_LINKS = 20  # links of a post read for its counter
_REPLY_COUNTER = re.compile(
    r"\b(?:reply|antwort|réponse|respuesta|risposta|resposta|antwoord|odpowiedź|balasan)\s*#\s?(\d{1,6})",
    re.I,
)
_POST_HEADER_STRINGS = 12  # text pieces of a post read for its reply counter
_LATER_PAGE_PATH = re.compile(r"/page[-/]?(?:[2-9]|\d{2,6})$")


def _post_number(post: Tag) -> int:
    """The post's number in its thread when a counter link or a reply counter shows it, else 0."""
    for link in post.find_all("a", limit=_POST_COUNTER_LINKS):
        match = _POST_COUNTER.fullmatch(link.get_text(strip=True))
        if match:
            return int(match.group(1))
    for k, piece in enumerate(post.strings):
        if k >= _POST_HEADER_STRINGS:
            break
        found = _REPLY_COUNTER.search(piece[:_REPLY_COUNTER_CHARS])
        if found:
            return int(found.group(1))
    return 0


_REPLY_COUNTER_CHARS = 200


def _forum_post_of(page: _Page, index: int) -> int:
    """The nearest post element of a forum engine around the block (itself included), or -1."""
    node = index
    for _ in range(_FORUM_POST_LEVELS):
        if node < 0:
            return -1
        if _is_forum_post(page.tags[node]):
            return node
        node = page.parent[node]
    return -1


def _is_forum_post(tag: Tag) -> bool:
    if not tag.attrs:
        return False
    if not _FORUM_POST_TOKENS.isdisjoint(_class_tokens(tag)):
        return True
    ident = tag.get("id")
    if isinstance(ident, str) and _FORUM_POST_ID.fullmatch(ident) and tag.name in ("div", "li", "article"):
        return True
    itemtype = tag.get("itemtype")
    return isinstance(itemtype, str) and _FORUM_POST_ITEMTYPE.search(itemtype) is not None


# A reader-comment section of an old news CMS that the sibling rule takes for more text: named so in its class or id
# (`div.kommentare#kommentare`, `#comments`, `.reactions`) or by a comments heading with its count (`Leserkommentare
# (3)`, `Kommentare (12)`, `Comments (4)`, `3 Commentaires`, `Comentarios (2)`, `Reacties (5)`, `Komentar (3)`), and
# holding entries headed `name schrieb am 15.06.16, 19:12 Uhr:` (German local papers' scripts, vBulletin-style
# guestbooks), `name wrote on …:`, `name a écrit le …`, `name escribió el …`, `name schreef op …`, `name scrisse
# il …`, `name escreveu em …`, `name napisał …`, `name menulis pada …`. Both signals together, and only the past
# tense of a posted entry: a press review quotes editorials as `Die Zeitung schreibt am 14.03.:` under `Kommentare
# der Zeitungen`, an article documents the Facebook posts it announces under `Kommentare aus der Facebook-Gruppe`.
_COMMENT_WORDS = re.compile(
    r"comment|kommentar|komentar|comentario|coment[aá]rio|reactie|reacties|reactions", re.I
)
_COMMENTS_NAME = (
    r"(?:leser|reader|user)?(?:kommentare?|comments?|commentaires?|comentarios?|comentários?|commenti|reacties"
    r"|reactions|reacciones|komentar(?:ze|zy)?)"
)
_COMMENTS_HEADING = re.compile(
    r"(?:" + _COMMENTS_NAME + r"\s*[(\[]\s*\d{1,6}\s*[)\]]|\d{1,6}\s+" + _COMMENTS_NAME + r")\s*:?",
    re.I,
)
_COMMENT_HEADER = re.compile(
    r"[^\n]{1,60}?\s(?:schrieb|wrote|a écrit|escribió|escreveu|scrisse|ha scritto|schreef"
    r"|napisał|napisała|menulis)(?:\s(?:am|on|le|el|em|il|op|pada|dnia))?\s[^\n]{0,30}?\d[^\n]{0,30}:?"
)
_COMMENT_HEADER_MAX = 120  # characters of an entry's header line
_MIN_COMMENT_ENTRIES = 2
_COMMENT_HEADING_MAX = 40  # characters of the section's heading


def _without_comment_sections(page: _Page, best: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chosen blocks less the reader-comment sections among the winner's joined blocks (a few read: each
    costs a pass over the page's units)."""
    named = [start for start, _ in ranges if start != best and _names_comments(page, start)]
    drop = {start for start in named[:_MAX_COMMENT_SECTIONS] if _holds_comment_entries(page, start)}
    return [(start, stop) for start, stop in ranges if start not in drop] if drop else ranges


_MAX_COMMENT_SECTIONS = 4


def _names_comments(page: _Page, index: int) -> bool:
    return bool(_COMMENT_WORDS.search(page.hint[index] or "")) or _opens_with_comment_heading(page, index)


def _holds_comment_entries(page: _Page, index: int) -> bool:
    """The block holds at least two entries headed by a commenter's `name schrieb am <date>:` line."""
    stop = page.end[index]
    entries = 0
    for unit in page.units:
        if (
            index <= unit.owner < stop
            and unit.length <= _COMMENT_HEADER_MAX
            and _COMMENT_HEADER.fullmatch(unit.text)
        ):
            entries += 1
            if entries >= _MIN_COMMENT_ENTRIES:
                return True
    return False


def _opens_with_comment_heading(page: _Page, index: int) -> bool:
    heading = page.tags[index].find(_HEADING_TAGS)
    if heading is None:
        return False
    text = heading.get_text(" ", strip=True)
    return len(text) <= _COMMENT_HEADING_MAX and _COMMENTS_HEADING.fullmatch(text) is not None


def _under_teaser_heading(page: _Page, index: int, best: int) -> bool:
    """The block is one entry of a listing: the wrapper it shares with nothing of the winner's (the entry)
    has a linked headline (`h2.entry-title > a`), as on a blog's front page of posts."""
    entry = index
    while page.parent[entry] >= 0 and not _is_inside(page, best, page.parent[entry]):
        entry = page.parent[entry]
    for heading in page.tags[entry].find_all(_HEADING_TAGS, limit=3):
        if heading.find("a") is not None:
            return True
    return False


def _misread_junk_hints(page: _Page, best: int) -> frozenset[int]:
    """The winner's own ancestors whose class/id reads as junk: the article sits inside them, so the word that
    made them junk was misread (`apageroot__section` holds `pager`, `elementor-widget-wrap` holds `widget`),
    and text blocks of the winner's class inside them join. A block of the same class elsewhere on the page (a
    cookie notice, an about-us box or the sidebar column in their own `overflow-x-hidden`,
    `elementor-widget-wrap` or `theiaStickySidebar` wrapper) is not excused."""
    ancestors = set()
    node = page.parent[best]
    steps = 0
    while node >= 0 and steps < 40:
        steps += 1
        hint = page.hint[node]
        if hint and page.tags[node].name not in _JUNK_TAGS and _read_hint(hint).junk:
            ancestors.add(node)
        node = page.parent[node]
    return frozenset(ancestors)


def _in_junk_area(page: _Page, index: int, misread: frozenset[int] = frozenset()) -> bool:
    """Inside a junk-classed or silent block (sidebar, comments, related stories), or such a block itself;
    the blocks in `misread` (the winner's own ancestors) do not count."""
    node = index
    steps = 0
    while node >= 0 and steps < 40:
        steps += 1
        tag = page.tags[node]
        if _is_junk_element(tag, page.hint[node]) and node not in misread:
            return True
        if page.hint[node] and _read_hint(page.hint[node]).silent:
            return True
        node = page.parent[node]
    return False


def _is_photo_block(
    page: _Page, index: int, good_len: list[int], media: list[int], long_owners: list[int]
) -> bool:
    """A block with an image and no more than a caption's worth of text (`media`, `long_owners` sorted)."""
    stop = page.end[index]
    if bisect.bisect_left(media, index) == bisect.bisect_left(media, stop):
        return False
    voting = bisect.bisect_left(long_owners, stop) - bisect.bisect_left(long_owners, index)
    return voting <= 1 and good_len[index] < 500


_PROSE_BESIDE_IMAGE = 100  # characters


def _is_caption_unit(
    page: _Page, unit: _Unit, units_per_owner: dict[int, int], text_len: list[int], media: list[int]
) -> bool:
    """A short, lone text in a small block around an image: a caption or photo credit."""
    if unit.length >= 300 or units_per_owner.get(unit.owner, 0) != 1:
        return False
    owner = unit.owner
    if owner in page.media:
        # A paragraph or list item that starts with a small picture (`<p><img class="alignleft">text</p>`)
        # and holds a sentence's worth of text is article text; a caption there is a short line.
        return not (page.tags[owner].name in ("p", "li") and unit.length >= _PROSE_BESIDE_IMAGE)
    parent = page.parent[owner]
    if parent in page.media and text_len[parent] < 1.5 * unit.length + 20:
        return not _is_heading_by_icon(page, owner, parent)
    if _captions_own_picture(page, unit):
        return True
    return bool(media) and _in_small_picture_block(page, owner, unit.length, text_len, media)


_OWN_PICTURE_CAPTION_MAX = 200  # characters


def _captions_own_picture(page: _Page, unit: _Unit) -> bool:
    """A short line set in an inline element beside the picture wrapper its block holds: a picture viewer's
    caption (Wix's Ricos `imageViewer` > image container + `span` caption, Gutenberg's and page builders' image
    widgets with a `span` caption). A block's own paragraph (`p`, a heading, a list item) is never one."""
    owner = unit.owner
    if unit.length > _OWN_PICTURE_CAPTION_MAX or page.tags[owner].name not in ("div", "figure", "a"):
        return False
    children = _element_children(page, owner)
    return 0 < len(children) <= 2 and any(child in page.media for child in children)


def _is_heading_by_icon(page: _Page, owner: int, parent: int) -> bool:
    """A heading next to an inline drawing only (`<div><svg class="icon"/><h2>Care</h2></div>`: the icon of a
    Shopify Dawn collapsible tab, of an Elementor icon box, of a Gutenberg accordion): a section's heading, not a
    picture's caption."""
    if page.tags[owner].name not in _HEADING_TAGS:
        return False
    names = {child.name for child in page.tags[parent].children if isinstance(child, Tag)}
    return "svg" in names and not names & (_MEDIA_TAGS - {"svg"})


# More text than a caption and its credit stops the climb; so does a quoted passage shown with its picture
# or a table cell with an icon.
_NO_CAPTION_BLOCKS = frozenset("blockquote td th tr table".split())
_HEADING_NAMES = sorted(_HEADING_TAGS)
# Ancestors climbed: a caption sits a few wrappers away from its picture (`figure > div > div > p`).
_CAPTION_CLIMB = 4


def _classes_name_the_article(page: _Page, container: int) -> bool:
    """A class or id of the container or of one of its ancestors reads as an article or content block."""
    node = container
    while node >= 0:
        attrs = page.tags[node].attrs
        if attrs and ("class" in attrs or "id" in attrs):
            get: Any = attrs.get
            try:
                reading = _cached_hint_reading(get("class"), get("id"), None, None)[1]
            except TypeError:  # list-valued attributes (a soup parsed with bs4's defaults)
                reading = None
            if reading is not None and reading.weight > 0:
                return True
        node = page.parent[node]
    return False


def _in_small_picture_block(
    page: _Page, owner: int, length: int, text_len: list[int], media: list[int]
) -> bool:
    """The text is all but alone in a small block that also holds a picture, a few wrappers up: the caption
    of a picture whose wrappers carry no `caption` class (hashed CSS-module or utility classes)."""
    node = page.parent[owner]
    for _ in range(_CAPTION_CLIMB):
        if node < 0 or text_len[node] >= length + 40 or page.tags[node].name in _NO_CAPTION_BLOCKS:
            return False
        if bisect.bisect_left(media, node) != bisect.bisect_left(media, page.end[node]):
            # a picture under a heading with a short text is a titled section or a teaser, not a caption
            return page.tags[node].find(_HEADING_NAMES) is None
        node = page.parent[node]
    return False


def _ends_sentence(last_text: dict[int, str], index: int) -> bool:
    text = last_text.get(index, "")
    return text.rstrip().endswith(".")


# ---------------------------------------------------------------------------------------------- rendering


def _render(
    page: _Page,
    ranges: list[tuple[int, int]],
    loose_owner: int = -1,
    items: set[str] | None = None,
    *,
    head: list[str] | None = None,
) -> list[str]:
    """The article paragraphs inside `ranges` (plus prose owned by `loose_owner`), boilerplate left out;
    the texts of list items are also added to `items`. With `head`, the paragraphs of the opening's blocks
    (`page.opening`) go there instead."""
    if not ranges:
        return []
    tags = page.tags
    paragraphs: list[str] = []
    ordered = sorted(ranges)
    text_len, link_len = _subtree_text(page)
    units_per_owner: dict[int, int] = {}
    for unit in page.units:
        units_per_owner[unit.owner] = units_per_owner.get(unit.owner, 0) + 1
    # Pictures for the class-free caption test: only where no class names the article's block, as on pages
    # served with CSS-module or hashed class names; a page whose classes name its blocks names its captions.
    media = [] if _classes_name_the_article(page, ordered[0][0]) else sorted(page.media)
    last_row = last_cell = -1
    divert = page.opening if head is not None else []
    data_tables: dict[int, bool] = {}
    quotes: list[int] = []  # positions in `paragraphs` of texts set in a <blockquote> or a quote box
    class_shares: dict[int, dict[str, float]] = {}
    appeals = _appeal_boxes(page, ordered, text_len, link_len)
    pictures = sorted(page.media)
    prose_seen = False  # a prose paragraph has been read: a breadcrumb trail sits above the text only
    read_also_box = -1  # the box of the last read-also label inside the text (`_in_read_also_box`)
    for index, unit in enumerate(page.units):
        if (
            unit.owner not in page.ingredients
            and _is_caption_unit(page, unit, units_per_owner, text_len, media)
        ) or _is_set_apart(page, index, unit, text_len, appeals, pictures):
            continue
        loose = unit.owner == loose_owner and loose_owner >= 0
        if (
            _outside_or_lightbox_caption(page, unit, ordered, loose)
            or _in_shut_panel(page, unit)
            or _is_action_line(page, unit, text_len)
        ):
            continue
        if loose:
            paragraphs.extend(_loose_prose(unit))
            continue
        container = next(start for start, stop in ordered if start <= unit.owner < stop)
        if (
            unit.junk > container
            and unit.junk not in page.fact_boxes
            and not _is_unlinked_feature_chip(page, unit.junk)
            and not _is_table_in_embed_block(page, unit, text_len, link_len)
            and not _is_text_in_module_paywall(page, unit.junk, text_len, link_len)
            and (
                tags[unit.junk].name in _JUNK_TAGS
                or (
                    text_len[unit.junk] < 0.5 * text_len[container]
                    and not _class_holds_most(page, unit.junk, container, text_len, class_shares)
                )
            )
        ):
            # A junk-classed block inside the article goes unless it, or the blocks of its class together,
            # are most of it (a misread class); a `<footer>`, `<nav>`, `<aside>` or `<figcaption>` element goes
            # whatever its size.
            continue
        cell = _cell_of(page, unit.owner)
        data_cell = cell >= 0 and _in_data_table(page, cell, data_tables)
        if not data_cell and _inside_link_list(page, unit.owner, container, text_len, link_len):
            continue
        text = _own_text(page, unit, container)
        if unit.link_density > 0.5 and (
            _in_read_also_box(page, unit.owner, read_also_box)
            or (
                not data_cell
                and not (tags[unit.owner].name in _HEADING_TAGS and unit.length > 20)
                and not _is_cited_address(tags[unit.owner].name, text)
                and not _linked_sentence_in_prose(page, index, container, ordered)
            )
        ):
            continue
        read_also_box = _read_also_box(page, unit, container, text, text_len, link_len) or read_also_box
        if (
            (
                _is_boilerplate_text(text)
                and not (
                    tags[unit.owner].name in _SUBHEADING_TAGS
                    and _heading_not_label(text)
                    and not _heads_link_box(page, unit, container, text_len, link_len)
                )
                and not _label_inside_sentence(text, paragraphs)
            )
            or (not paragraphs and _is_italic_caption_under_picture(page, index, container))
            or _labels_link_box(page, unit, container, text, text_len, link_len)
            # a trail above the text, never a list item or a heading (`Home > Settings > Privacy` as a step of a
            # tutorial, `Home / Away / Neutral splits` over a table)
            or (
                not prose_seen
                and tags[unit.owner].name not in _HEADING_TAGS
                and tags[unit.owner].name != "li"
                and _is_breadcrumb(text)
            )
        ):
            continue
        if not text or _diverted(unit.owner, text, divert, head):
            continue
        # Table cells of one row read as one line: `Nama | Jabatan | Partai`.
        row = page.parent[cell] if cell >= 0 else -1
        line_owner = cell if cell >= 0 else unit.owner
        if paragraphs and _continues_line(page, line_owner, row, last_row, last_cell):
            paragraphs[-1] = f"{paragraphs[-1]} | {text}"
            _note_row(items, paragraphs[-1], data_cell or tags[unit.owner].name == "dd")
        else:
            paragraphs.append(text)
            prose_seen = prose_seen or _is_prose(text)
            if items is not None:
                _note_item(items, _item_name(page, unit.owner), text)
                _note_heading_kind(items, page, unit.owner, text)
            if _in_quote(page, unit.owner, container):
                quotes.append(len(paragraphs) - 1)
        last_row, last_cell = row, line_owner
    return _without_edge_notes(_without_pull_quotes(paragraphs, quotes))


# The outlet's own pages that ask the reader for money or membership, as the first segment of a link's path
# (`/donate/`: Newspack's donate block, public-media donate boxes; `/apoie/`: Brazilian nonprofits; `/spenden`,
# `/soutenir`, `/sostieni`, `/dukung`, `/support-us`, `/membership`) or Ghost's member portal (`#/portal/signup`
# in its kg-cta and signup cards). A tag page (`/tag/donasi`) names a topic, not an appeal; `/members/` (a forum's
# user pages), `/join` and `/support` (a help desk) name too much else.
_APPEAL_PATHS = frozenset(
    "donate donations donation donar doar doe spenden spende unterstuetzen unterstützen soutenir faire-un-don dona "
    "sostieni sostienici apoie apoia apoya support-us supportus membership become-a-member dukung donasi wesprzyj "
    "steun steun-ons word-lid".split()
)
# characters: an appeal is a line or two with its button; a paragraph of the text is longer
_APPEAL_BOX_MAX = 400
_APPEAL_LEVELS = 3


def _site_host(url: str | None) -> str:
    """The host a link or the page is on, `www.` aside (`urls.site_of`): '' for a relative link."""
    return site_of(url).removeprefix("www.") if url else ""


def _is_appeal_link(tag: Tag, host: str) -> bool:
    """A link to the outlet's own donation, support or membership page."""
    href = tag.get("href")
    if not isinstance(href, str) or not href:
        return False
    href = href.strip()
    if href.startswith("#/portal/"):
        return True
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    if parts.netloc and (not host or _site_host(href) != host):
        return False
    first = parts.path.strip("/").split("/", 1)[0].lower()
    return first in _APPEAL_PATHS


def _path_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        return urlsplit(url).path.rstrip("/")
    except ValueError:
        return ""


# class names of known appeal blocks: Newspack's donate block, Ghost's kg-cta card, support/membership boxes
_APPEAL_CLASS = re.compile(r"donat|kg-cta|cta-card|support-us|membership|spenden|apoie", re.I)
_APPEAL_STOP = frozenset(("p", "li", "dd", "td", "th", "blockquote"))
_APPEAL_PROSE = 60  # characters: a sibling this long with no appeal link is a paragraph of the text


def _appeal_boxes(
    page: _Page, ordered: list[tuple[int, int]], text_len: list[int], link_len: list[int]
) -> set[int]:
    """The blocks of the article's container that are a short appeal around a link to the outlet's donation or
    membership page (Newspack's donate block, Ghost's member call-to-action card, a support line after the text):
    the largest ancestor of the link, `_APPEAL_LEVELS` up at most, whose text stays under `_APPEAL_BOX_MAX`, that
    climbs past no paragraph or list item and no sibling paragraph of prose, and that reads as a button box (the
    link is most of its text, a known appeal block's class, or it sits after the last prose paragraph); and the
    teaser cards of other stories set in the text (`_is_teaser_card`). Every element is visited once: a box found
    covers its descendants (no rescan per link on a box of thousands of icon links)."""
    tags, end = page.tags, page.end
    boxes: set[int] = set()
    prose_children: dict[int, list[int]] = {}
    for start, stop in ordered:
        if _is_bem_author_card(
            page, start, text_len
        ):  # a card read as a block of its own: kept only amid the text
            if _card_after_text(page, ordered, start, stop):
                boxes.update(range(start, stop))
            continue
        appeal_links: list[int] = []
        candidates: list[tuple[int, int]] = []  # (box, link)
        groups: set[int] = set()  # boxes that are a set-apart appeal group (`_set_apart_appeal_group`)
        cards: list[
            int
        ] = []  # a theme's BEM author cards, dropped only after the text (`_is_bem_author_card`)
        i = start + 1
        while i < stop:
            name = tags[i].name
            if _is_bem_author_card(page, i, text_len):
                cards.append(i)
                i = end[i]
                continue
            whole = _whole_box_at(page, i, start, text_len, link_len)
            if whole >= 0:
                boxes.update(range(whole, end[whole]))
                i = end[whole]
                continue
            if name != "a" or not _is_appeal_link(tags[i], page.host):
                i += 1
                continue
            appeal_links.append(i)
            box = _appeal_climb(page, i, start, text_len, appeal_links, prose_children)
            if box >= 0:
                group = _set_apart_appeal_group(page, box, start, text_len)
                if group >= 0:
                    box = group
                    groups.add(group)
                candidates.append((box, i))
                i = max(i + 1, end[box])
            else:
                i += 1
        if not candidates and not cards:
            continue
        last_prose = _last_prose(page, start, stop, [box for box, _ in candidates] + cards)
        found = [
            box
            for box, link in candidates
            if 0 <= last_prose < box
            or box in groups
            or link_len[link] >= 0.5 * text_len[box]
            or _appeal_class(page, box, link)
        ]
        found.extend(card for card in cards if 0 <= last_prose < card)
        outer = _outermost(found, end)
        # never every line of the text: a short story about a fund is no appeal box
        if not outer or sum(text_len[box] for box, _ in outer) >= 0.5 * text_len[start]:
            continue
        for box, stop_at in outer:
            boxes.update(range(box, stop_at))
    return boxes


def _last_prose(page: _Page, start: int, stop: int, skipped: list[int]) -> int:
    """The last element of the container holding a paragraph of prose outside the `skipped` boxes; -1 when none."""
    inside = _outermost(skipped, page.end)
    starts = [b for b, _ in inside]
    last_prose = -1
    for unit in page.units:
        if start <= unit.owner < stop and unit.length >= 80 and unit.owner > last_prose:
            at = bisect.bisect_right(starts, unit.owner) - 1
            if at < 0 or unit.owner >= inside[at][1]:
                last_prose = unit.owner
    return last_prose


# A theme's BEM element naming an author card (HubSpot themes' `blog-post__author-card`, WordPress themes'
# `post__author-box`, `entry__autor-box`). A BEM block also names a standfirst or a fact box so
# (`gastbeitrag__author-card` holding the guest author's thesis, `portrait__auteur-card` a timeline): such a box is
# dropped only when it comes after the text's last paragraph (`_appeal_boxes`) and holds no paragraph of prose.
_BEM_AUTHOR_CARD = re.compile(r"__(?:author|autor|autorin|auteur|autore|penulis)-(?:card|box)$")
_AUTHOR_CARD_WALK = 60  # elements of a card read
_AUTHOR_CARD_LINE_MAX = 150  # characters of a card's longest paragraph: a name, a role, a line of bio


def _card_after_text(page: _Page, ordered: list[tuple[int, int]], card: int, card_end: int) -> bool:
    """The other blocks of the text hold a paragraph of prose before the card and none after it."""
    before = after = False
    for unit in page.units:
        if unit.length < 80 or card <= unit.owner < card_end:
            continue
        if any(start <= unit.owner < stop for start, stop in ordered):
            before = before or unit.owner < card
            after = after or unit.owner >= card_end
    return before and not after


def _is_bem_author_card(page: _Page, index: int, text_len: list[int]) -> bool:
    tag = page.tags[index]
    hint = page.hint[index]
    if not hint or "__" not in hint or tag.name not in _CTA_BOX_TAGS:
        return False
    if not any(_BEM_AUTHOR_CARD.search(token) for token in _class_tokens(tag)):
        return False
    stop = page.end[index]
    if stop - index > _AUTHOR_CARD_WALK:
        return False
    return all(
        text_len[i] < _AUTHOR_CARD_LINE_MAX for i in range(index + 1, stop) if page.tags[i].name == "p"
    )


def _whole_box_at(page: _Page, index: int, start: int, text_len: list[int], link_len: list[int]) -> int:
    """The box dropped whole that the element at `index` is or opens: a teaser card of another story, a
    call-to-action box (`_is_cta_box`), or the paywall offer box around a subscription link; -1 when none."""
    tag = page.tags[index]
    if tag.name == "article" and _is_teaser_card(page, index, text_len, link_len):
        return index
    if _is_cta_box(page, index, start, text_len):
        return index
    if tag.name == "a" and _is_subscription_link(tag, page.host):
        return _paywall_box(page, index, start, text_len)
    if tag.name in _CTA_BOX_TAGS and _is_wall_offer_box(page, index, start, text_len):
        return index
    return -1


def _outermost(nodes: list[int], end: list[int]) -> list[tuple[int, int]]:
    """The (start, end) ranges of the nodes not inside another of them, in document order."""
    ranges: list[tuple[int, int]] = []
    for node in sorted(set(nodes)):
        if ranges and node < ranges[-1][1]:
            continue
        ranges.append((node, end[node]))
    return ranges


def _appeal_climb(
    page: _Page,
    link: int,
    start: int,
    text_len: list[int],
    appeal_links: list[int],
    prose_children: dict[int, list[int]],
) -> int:
    """The appeal box around `link`: its block, then up to `_APPEAL_LEVELS` wrappers while they stay short,
    the block is no paragraph or list item, and the wrapper holds no other paragraph of prose."""
    tags, parent, end = page.tags, page.parent, page.end
    node = parent[link]
    if node <= start or text_len[node] > _APPEAL_BOX_MAX:
        return -1
    box = node
    for _ in range(_APPEAL_LEVELS - 1):
        node = parent[box]
        if tags[box].name in _APPEAL_STOP or node <= start or text_len[node] > _APPEAL_BOX_MAX:
            break
        blocked = False
        for child in _prose_children(page, node, text_len, prose_children):
            if child != box:
                # a sibling of prose with no appeal link of its own (links after this one are not known yet)
                at = bisect.bisect_left(appeal_links, child)
                if not (at < len(appeal_links) and appeal_links[at] < end[child]) and not _has_appeal_link(
                    page, child
                ):
                    blocked = True
                    break
        if blocked:
            break
        box = node
    return box


# A call-to-action component by the class the platform emits, read as a whole token or a token's prefix: HubSpot's
# `hs-cta-wrapper`/`hs-cta-node`/`hs-cta-embed-<id>`, themes' `cta_button`, Elementor's
# `elementor-widget-call-to-action`, Ghost's `kg-cta-card`, Divi's `et_pb_cta_<n>` modules. A theme's own `cta`
# part (`event-cta`, `info-cta`, `step-cta-box`, `cta-bancaria`, `<p class="cta">`) names boxes of text too: not read.
# Only a short block with a link or a button.
_CTA_TOKEN = re.compile(r"hs-cta-|cta_button$|elementor-widget-call-to-action$|kg-cta-card$|et_pb_cta_")
_CTA_WALK = 60  # elements of a box read for its link


# blocks only: an inline link styled as a call to action (`<a class="cta-link">`) may sit in a sentence of the text,
# and a paragraph styled `cta` is a line of the text
_CTA_BOX_TAGS = frozenset("div section aside figure form".split())


def _is_cta_box(page: _Page, index: int, start: int, text_len: list[int]) -> bool:
    hint = page.hint[index]
    if not hint or "cta" not in hint or page.tags[index].name not in _CTA_BOX_TAGS:
        return False
    if not _has_cta_token(page.tags[index]):
        return False
    if text_len[index] > _APPEAL_BOX_MAX or 2 * text_len[index] >= text_len[start]:
        return False
    stop = min(page.end[index], index + _CTA_WALK)
    return any(page.tags[i].name in ("a", "button") for i in range(index, stop))


def _has_cta_token(tag: Tag) -> bool:
    return any(_CTA_TOKEN.match(token) for token in _class_tokens(tag))


def _class_tokens(tag: Tag) -> list[str]:
    """The element's class words, lower-cased."""
    return [word.lower() for word in _class_words(tag)]


def _class_words(tag: Tag) -> list[str]:
    """The element's class words as written (a list with bs4's multi-valued parse, one string with ours)."""
    classes = tag.get("class") if tag.attrs else None
    return classes if isinstance(classes, list) else str(classes or "").split()


# A block set apart by the editor's own box markup: the WordPress block editor's `has-background` (and its
# `has-<colour>-background-color`) on a group, cover or columns block; Gutenberg/Kadence/GenerateBlocks info boxes.
_SET_APART_TOKEN = re.compile(r"has-background|has-[a-z0-9-]+-background-color")
_GROUP_LEVELS = 3  # the button's box, the group's inner container, the group
_GROUP_WALK = 60  # elements of a group read
_GROUP_MAX_PROSE = 2  # paragraphs: a title line aside, an appeal is a sentence or two


def _set_apart_appeal_group(page: _Page, box: int, start: int, text_len: list[int]) -> int:
    """The set-apart group around an appeal's button box: an ancestor, `_GROUP_LEVELS` up at most, coloured as a
    box by the editor (`_SET_APART_TOKEN`) or of a known appeal block's class (a donation group between two
    paragraphs: NGO and association blogs' `Unterstützen Sie unsere Arbeit!`, Newspack's donate groups), short,
    holding a paragraph or two and no link but links to the outlet's donation pages; -1 when none. A coloured box
    of facts or a paragraph about a fund has other links, more lines, or none of these classes."""
    tags, end = page.tags, page.end
    node, found = page.parent[box], -1
    for _ in range(_GROUP_LEVELS):
        if node <= start or text_len[node] > _APPEAL_BOX_MAX or end[node] - node > _GROUP_WALK:
            break
        if _is_boxed_block(tags[node]) and _holds_appeal_only(page, node) and _says_appeal(page, node):
            found = node
        node = page.parent[node]
    return found


# The appeal's own words, as words, in the main languages: a coloured fact box linking to a donation page
# (`Stand der Finanzierung: 18.400 von 25.000 Euro`, `Our members in numbers`) asks for nothing.
_APPEAL_WORDS = re.compile(
    r"(?i)\b(?:donate|donate now|spende|spenden|spendet|unterstützen|unterstütze|support us|support our"
    r"|doneer|steun|apoie|apoia|doe|dona|donar|apoya|sostieni|donasi|dukung|soutenez|soutenir|faire un don"
    r"|wesprzyj|wspieraj|wspomóż)\b"
)
_APPEAL_WORDS_TEXT = 1_000  # characters of a box read for them


def _says_appeal(page: _Page, node: int) -> bool:
    return bool(_APPEAL_WORDS.search(page.tags[node].get_text(" ")[:_APPEAL_WORDS_TEXT]))


def _is_boxed_block(tag: Tag) -> bool:
    if not tag.attrs:
        return False
    classes = tag.get("class")
    text = " ".join(classes) if isinstance(classes, list) else str(classes or "")
    return bool(text) and bool(_SET_APART_TOKEN.search(text) or _APPEAL_CLASS.search(text))


def _holds_appeal_only(page: _Page, node: int) -> bool:
    """Every link of the block goes to a donation or membership page, and it holds `_GROUP_MAX_PROSE` paragraphs
    at most, no list and no quote."""
    paragraphs = 0
    for index in range(node + 1, page.end[node]):
        tag = page.tags[index]
        if tag.name == "a" and not _is_appeal_link(tag, page.host):
            return False
        if tag.name in ("ul", "ol", "dl", "table", "blockquote"):
            return False
        if tag.name == "p":
            paragraphs += 1
    return 0 < paragraphs <= _GROUP_MAX_PROSE


def _prose_children(page: _Page, node: int, text_len: list[int], known: dict[int, list[int]]) -> list[int]:
    """The children of `node` holding a paragraph's worth of text, listed once per node: a wrapper of thousands
    of icon links is walked once, not once per link (a short wrapper has a handful of them at most)."""
    if node not in known:
        children, child = [], node + 1
        while child < page.end[node]:
            if text_len[child] >= _APPEAL_PROSE:
                children.append(child)
            child = page.end[child]
        known[node] = children
    return known[node]


def _has_appeal_link(page: _Page, node: int) -> bool:
    for i in range(node, min(page.end[node], node + 200)):
        if page.tags[i].name == "a" and _is_appeal_link(page.tags[i], page.host):
            return True
    return False


# The first path segment of a link to the outlet's subscription page (`/abonnement/numerique`, `/abo`,
# `/subscribe`, `/suscripcion`, `/abbonamenti`, `/abonneren`, `/assinatura`, `/berlangganan`, `/prenumerata`).
_SUBSCRIPTION_PATHS = frozenset(
    "abonnement abonnements abonnieren abo abos aboshop abo-shop subscribe subscription subscriptions suscripcion "
    "suscripciones suscribete suscribirse abbonamento abbonamenti abbonati abonneren abonnee abonnementen "
    "assinatura assinaturas assine berlangganan langganan prenumerata subskrypcja".split()
)
# A paywall's offer box, by a whole class token (`paywall`, `regwall`, `abo-wall`; not `is-paywall-free`, not
# `article-paywall-content`, which wrap the text itself): French regional dailies' (EBRA, Ouest-France-like)
# `paywall` boxes, Plenigo and Piano templates of German `Plus` articles, es/it/nl paid-content boxes.
_PAYWALL_TOKENS = frozenset(("paywall", "pay-wall", "regwall", "reg-wall", "abo-wall", "abowall"))
# its lines all invite to subscribe or log in (`La suite est réservée aux abonnés`, `Déjà abonné ?`)
_SUBSCRIBE_WORD = re.compile(
    r"abonn|\babo\b|subscri|suscri|abbon|iscriv|langganan|assin|prenumer|\blog ?in\b|connexion|connecter"
    # a metered wall's counter (`You have read 2 of 3 free articles`, `Sie haben 2 von 3 kostenlosen Artikeln
    # gelesen`, `Il vous reste 1 article gratuit`, `Anda telah membaca 2 dari 3 artikel gratis`)
    r"|free (?:articles?|stor(?:y|ies))|kostenlose[nm]? (?:artikel|beitr)|articles? (?:gratuits?|offerts?)"
    r"|art[ií]culos? (?:gratuitos?|gratis)|articol[oi] (?:gratuit[oi]|gratis)|gratis artikel|artikel gratis"
    r"|(?:artigos?|matérias?) gratuit[oa]s?|(?:darmow|bezpłatn)\w{0,12} artyku"
)
_PAYWALL_BOX_MAX = 800  # characters: a title, a pitch, two or three offers and the log-in line
_PAYWALL_LEVELS = 5  # the offer's link sits in a list of offers, an offer card and the box's inner wrapper
_PAYWALL_WALK = 200  # elements of the box read
_PAYWALL_TEXT_TAGS = frozenset(("p", "li"))
_PAYWALL_NOT_OFFER = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "table", "dl", "blockquote", "figure"))


def _is_subscription_link(tag: Tag, host: str) -> bool:
    href = tag.get("href")
    if not isinstance(href, str) or not href.strip():
        return False
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    # the outlet's own shop: its host or a subdomain of it (`abo.zeitung.de`)
    linked = _site_host(href.strip()) if parts.netloc else host
    if parts.netloc and not (host and (linked == host or linked.endswith("." + host))):
        return False
    first = parts.path.strip("/").split("/", 1)[0].lower()
    return first in _SUBSCRIPTION_PATHS


def _is_subscription_host_link(tag: Tag, host: str) -> bool:
    """A link to the outlet's shop on a subdomain named for it (`langganan.tempo.co`, `abo.zeitung.de`,
    `assine.<paper>.com.br`): read only for a wall box's button, since the same hosts serve readers' clubs and
    events linked from the text's own lines."""
    href = tag.get("href")
    if not isinstance(href, str) or not href.strip():
        return False
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    if not parts.netloc or not host:
        return False
    linked = _site_host(href.strip())
    if linked == host or not linked.endswith("." + host):
        return False
    return linked.split(".", 1)[0] in _SUBSCRIPTION_PATHS


# A wall block named for a product or a meter, by a whole class token: `plus-paywall` (Solopos' Espos Plus, the
# `<product>-paywall` blocks of Kompas.id's KOMPAS+, kumparanPLUS, Jawa Pos premium), `premium-paywall`,
# `metered-paywall`, `paywall-meter`/`paywall-counter` (Tempo's and Piano templates' metered counters). A state
# (`has-paywall`, `is-paywall`) or a wrapper of the text (`article-paywall`, `content-paywall`) is not one.
_WALL_BLOCK_TOKEN = re.compile(
    r"(?:(?!(?:has|is|no|not|with|show|hide|article|content|entry|post|body|text)-)[a-z0-9]+-)(?:pay|reg|abo)-?wall"
    r"|(?:pay|reg|abo)-?wall-(?:meter|counter)"
)
_WALL_LINK_WALK = 60  # elements of a wall box read for its button


def _is_wall_offer_box(page: _Page, index: int, start: int, text_len: list[int]) -> bool:
    """A block with a wall token (`_PAYWALL_TOKENS` or `_WALL_BLOCK_TOKEN`) after the text's start, short, less than
    half the text, holding a subscribe button (`_has_subscribe_button`), and whose every line of text, bare `div`s
    and loose text too, is the offer's (`_is_offer_line`): Indonesian premium and metered walls (Solopos Espos Plus,
    Tempo, KOMPAS+) whose buttons go to a sister domain (`id.espos.id/paket`) or a bare subscription host
    (`langganan.tempo.co/`)."""
    if index <= start or not page.hint[index] or "wall" not in page.hint[index]:
        return False
    if text_len[index] > _PAYWALL_BOX_MAX or 2 * text_len[index] >= text_len[start]:
        return False
    if page.end[index] - index > _PAYWALL_WALK:
        return False
    if not any(
        token in _PAYWALL_TOKENS or _WALL_BLOCK_TOKEN.fullmatch(token)
        for token in _class_tokens(page.tags[index])
    ):
        return False
    return _has_subscribe_button(page, index, text_len) and _every_line_offers(page, index)


# A button's or link's call to subscribe, by its words (not any word of the family: `assinatura`, `abonnés`,
# `connexion`, `pelanggan` name subscriptions in story text too).
_SUBSCRIBE_CTA = re.compile(
    r"\bsubscribe\b|\babonnieren\b|\babo abschlie|\bjetzt abo\b|s'abonner|\babonnez\b|\bassin(?:ar|e)\b"
    r"|\bsuscr[ií]b(?:ete|irse|ase)\b|\babbonati\b|\babbonarsi\b|\babonneer\b|\babonneren\b|\bsubskrybuj\b"
    r"|\bprenumeruj\b|\b(?:ber)?langganan\b"
)
_CTA_TEXT_MAX = 120  # characters of a button's counted text: a call to act, not a line of the story
# the block of a line of text: inline links and emphasis in it belong to it
_LINE_TAGS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "blockquote"))
_BUTTON_LOOK = 5  # `<button>`s of a box read (they are skipped tags, read from the tree)


def _has_subscribe_button(page: _Page, node: int, text_len: list[int]) -> bool:
    """A short link to a subscription URL (the site's path, or its shop's subdomain) or with a call to subscribe,
    or a `<button>` saying one."""
    for i in range(node + 1, min(page.end[node], node + _WALL_LINK_WALK)):
        tag = page.tags[i]
        if tag.name != "a" or text_len[i] > _CTA_TEXT_MAX:
            continue
        if _is_subscription_link(tag, page.host) or _is_subscription_host_link(tag, page.host):
            return True
        if _SUBSCRIBE_CTA.search(tag.get_text(" ")[: 2 * _CTA_TEXT_MAX].lower()):
            return True
    for button in page.tags[node].find_all("button", limit=_BUTTON_LOOK):
        text = button.get_text(" ")[: 2 * _CTA_TEXT_MAX]
        if len(text.strip()) <= _CTA_TEXT_MAX and _SUBSCRIBE_CTA.search(text.lower()):
            return True
    return False


def _every_line_offers(page: _Page, node: int) -> bool:
    """Each element of the box holding text of its own is read as a line (its enclosing `p`/`li`/heading when it
    is inline in one); each line must be a part of the wall or invite to subscribe."""
    read: set[int] = set()
    stop = page.end[node]
    if _holds_own_text(page.tags[node]):
        return False
    for index in range(node + 1, stop):
        tag = page.tags[index]
        if tag.name not in _PAYWALL_NOT_OFFER and not _holds_own_text(tag):
            continue
        line = _line_of(page, index, node)
        if line in read:
            continue
        read.add(line)
        if not _is_offer_line(page, line, node):
            return False
    return True


def _holds_own_text(tag: Tag) -> bool:
    return any(
        isinstance(child, NavigableString) and not isinstance(child, Comment) and child.strip()
        for child in tag.children
    )


def _line_of(page: _Page, index: int, box: int) -> int:
    node = index
    for _ in range(_PAYWALL_PART_LEVELS):
        if node <= box:
            break
        if page.tags[node].name in _LINE_TAGS:
            return node
        node = page.parent[node]
    return index


def _is_offer_line(page: _Page, line: int, box: int) -> bool:
    tag = page.tags[line]
    if _is_paywall_part(page, line, box):
        return True
    if tag.name in _PAYWALL_NOT_OFFER:
        return False
    if _invites_to_subscribe(page, tag, line):
        return True
    return tag.name == "a" and _is_subscription_host_link(tag, page.host)


def _paywall_box(page: _Page, link: int, start: int, text_len: list[int]) -> int:
    """The paywall offer box around a subscription link: the outermost ancestor, `_PAYWALL_LEVELS` up at most,
    with a paywall class token whose every line invites to subscribe (`_is_offer_only`); -1 when none."""
    node, box = page.parent[link], -1
    for _ in range(_PAYWALL_LEVELS):
        if node <= start or text_len[node] > _PAYWALL_BOX_MAX:
            break
        if set(_class_tokens(page.tags[node])) & _PAYWALL_TOKENS and _is_offer_only(page, node):
            box = node
        node = page.parent[node]
    return box


def _is_offer_only(page: _Page, node: int) -> bool:
    """No heading, table or quote of the text in the box, and each paragraph or list item holds a subscribe word
    or a subscription link: a Plus article's paid lines (`Die Tore: 0:1 ...`) and key-figure lists stay. A line
    that is a part of the paywall component itself (`_is_paywall_part`: its title, its list of selling points)
    counts as the offer's whatever it says."""
    stop = page.end[node]
    if stop - node > _PAYWALL_WALK:
        return False
    for index in range(node + 1, stop):
        tag = page.tags[index]
        if tag.name not in _PAYWALL_NOT_OFFER and tag.name not in _PAYWALL_TEXT_TAGS:
            continue
        if _is_paywall_part(page, index, node):
            continue
        if tag.name in _PAYWALL_NOT_OFFER:
            return False
        if not _invites_to_subscribe(page, tag, index):
            return False
    return True


# A class naming an offer part of the paywall component (BEM elements and suffixes of the wall's own block:
# `paywall__title`, `paywall__usps`, `paywall-offer`, `regwall__login`): DPG Media's and Mediahuis' premium walls
# (title, selling points, offer, log-in line), Plenigo and Piano templates of German regional papers, Steady's
# `steady-paywall-*`. Only the offer's parts: a wall's `__content`, `__body`, `__article` or `__text` element may wrap
# the paid text itself, and paid text in a bare `div.paywall` (Condé Nast) has plain paragraphs.
_PAYWALL_PART = re.compile(
    r"(?:^|-)(?:pay|reg|abo)-?wall(?:-(?:meter|counter))?(?:__|-)(?:title|heading|headline|usps?|benefits?|features"
    r"|offers?|price|login|cta|subscribe|button|pitch|plans?)(?![a-z])"
)
_PAYWALL_PART_LEVELS = 3  # the line, its list and the list's wrapper


def _is_paywall_part(page: _Page, index: int, box: int) -> bool:
    """The line at `index`, or one of its few wrappers below the box, carries a paywall part's class."""
    node = index
    for _ in range(_PAYWALL_PART_LEVELS):
        if node <= box:
            return False
        # the words as written: `wall` is looked for case-sensitively, the part's pattern in the lower-cased word
        if any(
            "wall" in word and _PAYWALL_PART.search(word.lower()) for word in _class_words(page.tags[node])
        ):
            return True
        node = page.parent[node]
    return False


def _invites_to_subscribe(page: _Page, tag: Tag, index: int) -> bool:
    if _SUBSCRIBE_WORD.search(tag.get_text(" ").lower()):
        return True
    return any(
        page.tags[i].name == "a" and _is_subscription_link(page.tags[i], page.host)
        for i in range(index, page.end[index])
    )


def _appeal_class(page: _Page, box: int, link: int) -> bool:
    """The box, or the link itself, carries a known appeal block's class (`wp-block-newspack-blocks-donate`,
    `kg-cta-card`)."""
    node = link
    while node >= box:
        tag = page.tags[node]
        if tag.attrs:
            classes = tag.get("class")
            text = " ".join(classes) if isinstance(classes, list) else str(classes or "")
            if _APPEAL_CLASS.search(text):
                return True
        node = page.parent[node]
    return False


_TEASER_PLAIN_MAX = 150  # characters besides the linked title: a byline, a date, a one-line summary


_TEASER_HEADING_REACH = 60  # elements from a card's start to its heading


def _is_teaser_card(page: _Page, index: int, text_len: list[int], link_len: list[int]) -> bool:
    """An `<article>` nested in the article's text whose heading is a link to another page of the site and that
    holds little else: another story's card (Newspack's homepage-articles `Related` block, Drupal's teaser view
    mode in a related field, WordPress themes' `article.post` cards in an inserted list), not a section of this
    story nor a live-blog entry (a heading linking to `#entry-2` or to the page itself)."""
    if text_len[index] - link_len[index] > _TEASER_PLAIN_MAX:
        return False
    # A card's heading comes first or after a picture: a bounded look (nested cards with no `</article>` must
    # not rescan each other's contents)
    for i in range(index + 1, min(page.end[index], index + _TEASER_HEADING_REACH)):
        if page.tags[i].name in _HEADING_TAGS:
            if not (link_len[i] > 0 and link_len[i] >= 0.8 * text_len[i]):
                return False
            link = page.tags[i].find("a", href=True)
            return link is not None and _links_elsewhere(page, link.get("href"))
    return False


def _links_elsewhere(page: _Page, href: object) -> bool:
    """The link goes to another page of the same site (not a fragment of this page, not the page itself)."""
    if not isinstance(href, str) or not href.strip() or href.strip().startswith("#"):
        return False
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    if parts.netloc and page.host and _site_host(href.strip()) != page.host:
        return False
    if not parts.path:
        return False
    return not (page.path and parts.path.rstrip("/") == page.path)


# A line of the page's tools: its links run scripts or open dialogs instead of leading anywhere (`Drucken` as
# `javascript:window.print()`, `Auf die Merkliste`/`Merken` as Bootstrap's `data-toggle="modal"`, `Teilen` as
# `href="#"` with a script): print and bookmark bars of drug and product databases, municipal service pages and
# news sites (Bootstrap, jQuery, TYPO3 and Drupal templates). Two such links and no other, and the line is the
# links (nearly all its text) or a bar of short parts between separators (`Hersteller · PZN 123 · Merken ·
# Drucken`). A sentence with glossary tooltips or calculator links (`href="#"`), an FAQ question's toggle, a
# list item's `(map, menu)` dialogs are text (review round 2): never a heading or list item, never prose.
_ACTION_LINE_MAX = 200  # characters
_ACTION_LINKS_MIN = 2
_ACTION_LINKS_READ = 6
_ACTION_LINK_SHARE = 0.8  # of the line's text in its links
_ACTION_BAR_SEPARATORS = re.compile(r"\s[·•|]\s")
_ACTION_BAR_PARTS_MIN = 3
_ACTION_BAR_PART_MAX = 40  # characters: a maker's name, a number, a tool; no sentence
_ACTION_LINE_NEVER = frozenset({"li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "summary"})


def _is_action_line(page: _Page, unit: _Unit, text_len: list[int]) -> bool:
    """The unit's element is a short line of tools: its links are all actions (`_is_action_link`) and make the
    line, or stand in a bar of short parts (`_is_tool_bar_text`)."""
    if unit.link_density == 0 or text_len[unit.owner] > _ACTION_LINE_MAX:
        return False
    tag = page.tags[unit.owner]
    if tag.name in _ACTION_LINE_NEVER:
        return False
    if unit.link_density < _ACTION_LINK_SHARE and not _is_tool_bar_text(unit.text):
        return False
    links = tag.find_all("a", limit=_ACTION_LINKS_READ + 1)
    if not _ACTION_LINKS_MIN <= len(links) <= _ACTION_LINKS_READ:
        return False
    return all(_is_action_link(link) for link in links)


def _is_tool_bar_text(text: str) -> bool:
    """Three parts or more between middle dots, bullets or bars, each short: a bar, not a sentence."""
    parts = _ACTION_BAR_SEPARATORS.split(text)
    return len(parts) >= _ACTION_BAR_PARTS_MIN and all(
        len(part.strip()) <= _ACTION_BAR_PART_MAX for part in parts
    )


def _is_action_link(link: Tag) -> bool:
    if link.get("href") is None:
        return False  # a named anchor (`<a name="teil2">`) is a place in the text, no tool
    href = str(link.get("href")).strip().lower()
    toggle = str(link.get("data-toggle") or link.get("data-bs-toggle") or "").lower()
    return href in ("", "#") or href.startswith("javascript:") or toggle in ("modal", "dropdown")


def _is_set_apart(
    page: _Page, index: int, unit: _Unit, text_len: list[int], appeals: set[int], pictures: list[int]
) -> bool:
    """The unit sits in an appeal box or a teaser card (`appeals`) or an affiliate box, or is a small-print
    caption."""
    if appeals and unit.owner in appeals:
        return True
    if page.sponsored and unit.owner in page.sponsored and _in_affiliate_box(page, unit, text_len):
        return True
    if unit.length < _LAYOUT_TITLE_MAX and _is_centred_photo_caption(page, unit.owner, unit.text):
        return True
    return unit.length < _SMALL_CAPTION_MAX and _is_small_print_caption(page, index, text_len, pictures)


_SMALL_CAPTION_MAX = 200  # characters
_LAYOUT_TITLE_MAX = 120  # characters: a picture's caption line, never a paragraph
_PICTURE_CAPTION_MAX = 150  # CJK-weighted characters: a caption line with its credit (`（记者 李明远 摄）`)
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.I)


def _is_centred_photo_caption(page: _Page, owner: int, text: str) -> bool:
    """A picture's caption line, told by where the editor set it and by its credit: a short centred line right
    under a centred paragraph holding only a picture, the text resuming uncentred after it, that names the
    photographer or the picture's source (the photo caption of Xinhua, People's Daily, Banyuetan and TRS WCM
    portals, `（记者 李明远 摄）`; `Foto:`, `Ảnh:`, `사진=`, `写真：`). A centred section heading under a picture
    (`二、加快推进基础设施建设`), a centred line that follows text and a centred line of a text set all centred
    stay; a table's `<caption>` and a title line over a table stay too (they name what the table shows)."""
    tag = page.tags[owner]
    if tag.name != "p" or not _is_centred(tag):
        return False
    if cjk_weighted_length(text) > _PICTURE_CAPTION_MAX:
        return False  # a paragraph of the text set centred under a picture
    if not _PHOTO_CREDIT_MARK.search(text) or _ENUMERATION_PREFIX.match(text):
        return False
    # the text resumes uncentred after it: on a post whose text is all centred (WordPress classic-editor posts of
    # reviews or programmes, centred line by line) a centred line under a picture is the text
    after = tag.find_next_sibling(True)
    if after is None or _is_centred(after):
        return False
    before = tag.find_previous_sibling(True)
    return before is not None and before.name == "p" and _is_centred(before) and _holds_picture_only(before)


# a photographer's or picture source's mark: `摄`, `供图`, `图片来源`, `图：`/`（图…`, `Foto`, `Photo`, `Ảnh`, `사진`,
# `写真`
_PHOTO_CREDIT_MARK = re.compile(
    r"摄|攝|供图|供圖|图片来源|圖片來源|图\s*[:：/／]|[（(]图|foto|photo|ảnh|사진|写真", re.I
)
# a numbered section heading: `一、`, `（二）`, `1.`, `2、`
_ENUMERATION_PREFIX = re.compile(
    r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、．])"
)


def _is_centred(tag: Tag) -> bool:
    align = tag.get("align")
    if isinstance(align, str) and align.lower() == "center":
        return True
    style = tag.get("style")
    return isinstance(style, str) and bool(_CENTRED_STYLE.search(style))


def _holds_picture_only(tag: Tag) -> bool:
    """A paragraph with a picture (in a link or not) and no text."""
    return tag.find(("img", "picture"), recursive=True) is not None and not tag.get_text(strip=True)


_AFFILIATE_BOX_MAX = 300  # characters: a booking or product box is a line or two around its paid link
_AFFILIATE_CALL_MIN = 25  # characters of the paid link: a call to book or buy, a product's name
_AFFILIATE_BOX_SLACK = 40  # characters the box may hold besides the line (a label, a button)


def _in_affiliate_box(page: _Page, unit: _Unit, text_len: list[int]) -> bool:
    """A short line with a paid/affiliate link (`rel="sponsored"`, which Google asks of them: Booking.com and
    GetYourGuide boxes of travel blogs, Amazon boxes of AAWP/Lasso on review blogs) set alone in its own box: the
    box is an ad. The same link inside a paragraph of the text's flow (its parent is the text's block) stays."""
    # the paid link is most of the line or a call of its own (`Check prices and availability here`, a product's
    # name): `The full report is on the partner site.` with two linked words is a sentence of the text
    if unit.length > _AFFILIATE_BOX_MAX or (
        2 * unit.link_length < unit.length
        and unit.link_length < _AFFILIATE_CALL_MIN
        and not _is_recommendation_line(unit.text)
    ):
        return False
    box = page.parent[unit.owner]
    if box < 0 or page.tags[box].name in ("body", "html", "article", "main", "section"):
        return False
    if text_len[box] > text_len[unit.owner] + _AFFILIATE_BOX_SLACK:
        return False
    # set apart among the text's own paragraphs: a page builder that wraps every paragraph in its own `div` puts
    # divs, not paragraphs, beside it
    tag = page.tags[box]
    return any(
        isinstance(sibling, Tag) and sibling.name in _TEXT_SIBLINGS
        for sibling in (tag.find_previous_sibling(), tag.find_next_sibling())
    )


_TEXT_SIBLINGS = frozenset("p h2 h3 h4 ul ol".split())
# The star German, Austrian and Dutch blogs put after an affiliate link's words (`Backblech*`, explained in a
# `*Affiliate-Link` note): the line recommends a product for a commission, however short the link.
_AFFILIATE_STAR = re.compile(r"[^\W\d_]\*(?:[\s,.;:!?)]|$)")
# ... in a recommendation box, whose line opens with its label (`Mein Lieblingsblech:`, `Unser Tipp:`, `Tip:`,
# `Empfehlung:`); a starred hotel in a sentence of the travel story (`Wir wohnten im Hotel Alpenrose* ...`) is text
_BOX_LABEL = re.compile(r"[^.:!?\n]{2,40}:\s")


def _is_recommendation_line(text: str) -> bool:
    return bool(_BOX_LABEL.match(text)) and bool(_AFFILIATE_STAR.search(text))


_SMALL_PRINT_INNER = 8  # inline elements of the line read for a small-print style (a span or two)
_SMALL_PRINT_SHARE = 0.9  # an inline small element holds the line, not a word or two of it
_SMALL_NEIGHBOUR = 40  # characters: a neighbouring line this long in the same small print is the text
# small print: `small`, `x-small`, `xx-small`, 12px or less, 0.75em/rem or less (`0.875em` is the body's size)
_SMALL_PRINT = re.compile(
    r"font-size\s*:\s*(?:x{0,2}-?small\b|(?:[0-9]|1[0-2])(?:\.\d+)?px|0?\.(?:[0-6]\d*|7(?:[0-4]\d*|5)?)(?:em|rem)\b)",
    re.I,
)


def _is_small_print_caption(page: _Page, index: int, text_len: list[int], pictures: list[int]) -> bool:
    """A short line set in small print in its own block right after a block that holds only a picture, smaller
    than the text around it: the caption typed under an image in a blog editor, with no caption markup (Blogger's
    `div.separator` image box followed by `<div style="text-align: center"><span style="font-size: x-small">`,
    WordPress's classic editor `<p><small>`, Indonesian regional portals' `font-size: 10px` photo lines). On a page
    set all in small print (Blogger and Word-pasted posts) the line after a picture is text."""
    parent = page.parent
    unit = page.units[index]
    box = _small_print_box(page, unit, text_len)
    if box < 0:
        return False
    previous = box - 1
    while previous >= 0 and previous != parent[box] and parent[previous] != parent[box]:
        previous = parent[previous]
    if previous < 0 or previous == parent[box] or text_len[previous] > 0:
        return False
    if bisect.bisect_left(pictures, previous) == bisect.bisect_left(pictures, page.end[previous]):
        return False
    for near in (index - 1, index + 1):  # the text around it in the same small print: the page's own size
        if 0 <= near < len(page.units):
            other = page.units[near]
            if other.length >= _SMALL_NEIGHBOUR and _small_print_box(page, other, text_len) >= 0:
                return False
    return True


def _small_print_box(page: _Page, unit: _Unit, text_len: list[int]) -> int:
    """The block of the unit's line (with the wrappers holding nothing else) when the line is set in small print
    (the block's style, or an inline `<small>`/styled span holding nearly all of it); -1 otherwise."""
    tags, parent = page.tags, page.parent
    box = unit.owner
    small = False
    for _ in range(3):  # the unit's block and the wrappers holding nothing else
        small = small or _in_small_print(tags[box])
        up = parent[box]
        if up < 0 or text_len[up] > unit.length + 5:
            break
        box = up
    if not small:
        inner = range(unit.owner + 1, min(page.end[unit.owner], unit.owner + 1 + _SMALL_PRINT_INNER))
        small = any(
            (tags[i].name == "small" or _in_small_print(tags[i]))
            and len(" ".join(tags[i].get_text().split())) >= _SMALL_PRINT_SHARE * unit.length
            for i in inner
        )
    return box if small else -1


def _in_small_print(tag: Tag) -> bool:
    if tag.name == "small":
        return True
    style = tag.get("style") if tag.attrs else None
    return isinstance(style, str) and "font-size" in style and bool(_SMALL_PRINT.search(style))


def _loose_prose(unit: _Unit) -> list[str]:
    """The text sitting directly in the winner's parent, when it reads as prose (a lead paragraph not wrapped
    in any element)."""
    if unit.length > 80 and unit.link_density < 0.25 and not _is_boilerplate_text(unit.text):
        return [unit.text]
    return []


def _diverted(owner: int, text: str, divert: list[tuple[int, int]], head: list[str] | None) -> bool:
    """The text belongs to one of the `divert` blocks (the opening's) and went to `head`."""
    if head is None or not any(start <= owner < stop for start, stop in divert):
        return False
    head.append(text)
    return True


def _class_holds_most(
    page: _Page, junk: int, container: int, text_len: list[int], shares: dict[int, dict[str, float]]
) -> bool:
    """Three blocks or more with the junk block's tag and class (numbers aside) hold most of the container's
    text together: the article is set in a series of sections whose class holds a junk word
    (`apageroot__sectionwrapper 10034038` holds `pager`), a misread class, not boilerplate. Only a weak junk
    word can be misread: a series of comments, related stories or ad slots (`comment`, `related-post`,
    `ad-slot`) inside the article is still boilerplate, and silent blocks never hold the article."""
    hint = page.hint[junk]
    if not hint or not text_len[container]:
        return False
    read = _read_hint(hint)
    if read.strong or read.silent:
        return False
    by_class = shares.get(container)
    if by_class is None:
        by_class = shares[container] = _class_shares(page, container, text_len)
    return by_class.get(_class_key(page, junk), 0.0) >= 0.5


def _class_shares(page: _Page, container: int, text_len: list[int]) -> dict[str, float]:
    """Share of the container's text held by each tag-and-class key (three blocks or more of it), in one pass
    over the container: a page with thousands of distinctly classed items costs one walk, not one per class."""
    totals: dict[str, list[int]] = {}  # key -> [text, blocks, end of the last counted block]
    hints = page.hint
    for i in range(container + 1, page.end[container]):
        if not hints[i]:
            continue
        key = _class_key(page, i)
        entry = totals.get(key)
        if entry is None:
            totals[key] = [text_len[i], 1, page.end[i]]
        elif i >= entry[2]:  # nested blocks of the same class are counted once
            entry[0] += text_len[i]
            entry[1] += 1
            entry[2] = page.end[i]
    whole = text_len[container]
    # two blocks may be the page's two columns (a sticky-column plugin classes both `theiaStickySidebar`)
    return {key: text / whole for key, (text, blocks, _) in totals.items() if blocks >= _MIN_SECTIONS}


_MIN_SECTIONS = 3


# A web address written out as the whole line (`https://www.snopes.com/fact-check/on-gardasil/`, `www.example.de`),
# after a number in a list of sources or after a short label (`Video: https://...`, `KONTAK: info@example.com`,
# `Аккаунт: @name`, `Ticketing www.example.com`); an e-mail address or a social account's handle counts.
_LABELLED_ADDRESS = re.compile(
    r"(?:\d{1,3}\s+|[^\W\d_][^:–—\n]{0,30}?\s*[:–—-]?\s+)?"
    r"(?:(?:https?://|www\.)\S{4,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30}(?:,\s*@\w{2,30})*)$",
    re.I,
)


def _closes_with_address(text: str) -> bool:
    """A web address, bare or labelled, among the short lines after the text: its source or the page it
    announces (a writer's e-mail address there is a credit line, not the text's)."""
    return "@" not in text and bool(_LABELLED_ADDRESS.match(text))


def _is_cited_address(name: str, text: str) -> bool:
    """A paragraph that is a web address written out in full, linked: a source the text cites (a blog's or a
    press release's references, a petition's address, a contact's e-mail or account), not a link to another page
    of the site."""
    return name in ("p", "div") and bool(_LABELLED_ADDRESS.match(text))


_ITALIC_TAGS = frozenset(("em", "i"))
_ITALIC_CAPTION_MAX = 250  # characters
# the lead picture sits in the article element, this many levels above the text block at most
_PICTURE_LEVELS = 3


def _is_italic_caption_under_picture(page: _Page, index: int, container: int) -> bool:
    """The text's first line set wholly in italics right under the lead picture, with no caption of its own, is
    that picture's caption typed into the post (Metro Bali's and other WordPress regional portals' photo lines,
    Joomla government portals' `<p><em>... (Foto: Diskominfo)</em></p>`): not the text's first paragraph."""
    unit = page.units[index]
    if not unit.text or unit.length > _ITALIC_CAPTION_MAX or unit.text[0] in "\"“'‘":
        return False
    children = [c for c in page.tags[unit.owner].contents if not (isinstance(c, str) and c.isspace())]
    if len(children) != 1 or not isinstance(children[0], Tag) or children[0].name not in _ITALIC_TAGS:
        return False
    area = container
    for _ in range(_PICTURE_LEVELS):
        parent = page.parent[area]
        if parent < 0 or page.tags[parent].name in ("body", "html"):
            break  # a logo in the page header is no lead picture
        area = parent
    pictures = [block for block in page.media if area <= block < unit.owner]
    return bool(pictures) and not _text_between(page, max(pictures), index)


def _text_between(page: _Page, picture: int, index: int) -> bool:
    """A unit of a sentence's length between the picture and unit `index` (share labels, ad marks and the
    picture's own credit do not count): the line is then no longer right under the picture."""
    for k in range(index - 1, -1, -1):
        earlier = page.units[k]
        if page.end[earlier.owner] <= picture:
            return False  # before the picture: nothing in between
        inside_picture = picture <= earlier.owner < page.end[picture]
        if not inside_picture and earlier.length >= _MIN_UNIT:
            return True
    return False


def _outside_or_lightbox_caption(
    page: _Page, unit: _Unit, ordered: list[tuple[int, int]], loose: bool
) -> bool:
    """The unit is outside the chosen blocks (and not the loose text), or repeats a lightbox caption. The
    block test comes first: the lightbox test compares the unit with every caption (a gallery holds many)."""
    if not loose and not any(start <= unit.owner < stop for start, stop in ordered):
        return True
    return _in_lightbox_caption(page, unit)


def _in_lightbox_caption(page: _Page, unit: _Unit) -> bool:
    """The unit repeats the caption a lightbox shows for a picture: it is that picture's caption."""
    captions = page.lightbox
    if not captions or unit.length < _MIN_LIGHTBOX_CAPTION or page.tags[unit.owner].name in _HEADING_TAGS:
        return False  # a heading that names a picture's subject stays
    folded = _fold(unit.text)
    if "\0" in folded:
        return any(folded in caption for caption in captions)
    if page.lightbox_text is None:
        # One string for all captions: a gallery of thousands was searched caption by caption for every unit.
        page.lightbox_text = "\0".join(captions)
    return folded in page.lightbox_text


_QUOTE_LEVELS = 3  # a quote's text sits in the <blockquote> or one or two blocks below it


def _in_quote(page: _Page, owner: int, container: int) -> bool:
    node = owner
    for _ in range(_QUOTE_LEVELS):
        if node <= container or node < 0:
            return False
        if page.tags[node].name == "blockquote" or "quote" in page.hint[node]:
            return True
        node = page.parent[node]
    return False


_QUOTE_EDGES = " \t\"'“”‘’«»„.,;:…-–—"
_MIN_PULL_QUOTE = 20  # characters: a shorter quote may recur by chance


_MAX_PULL_QUOTES = 100  # a magazine sets a handful; more are quotations of a document, kept as they are


def _without_pull_quotes(paragraphs: list[str], quotes: list[int]) -> list[str]:
    """A pull quote is a sentence of the text set large beside it: a <blockquote> (or quote box) whose words recur
    in another paragraph is a duplicate and goes (ANTARA and BeritaJakarta open the text with one; magazines'
    WordPress `wp-block-pullquote`, The Atlantic's and Guardian-style pull quotes likewise); a quotation that is
    not repeated stays."""
    if not quotes:
        return paragraphs
    quoted = set(quotes)
    # The other paragraphs as one string, NUL-separated (a key holding no NUL matches inside one paragraph);
    # and only the first quotes asked: a page of thousands of quotes was searched paragraph by paragraph.
    others = "\0".join(_fold(text) for i, text in enumerate(paragraphs) if i not in quoted)
    dropped = set()
    for position in quotes[:_MAX_PULL_QUOTES]:
        key = _fold(paragraphs[position]).strip(_QUOTE_EDGES)
        if len(key) >= _MIN_PULL_QUOTE and "\0" not in key and key in others:
            dropped.add(position)
    return [text for i, text in enumerate(paragraphs) if i not in dropped]


# Editor and writer credit lines of other scripts, set as a line of their own at the text's edge: Hindi
# `एडिट:`/`संपादन:`/`लेखक:` (Bhaskar, Amar Ujala, NDTV Hindi), Chinese `【责任编辑：…】`/`（责任编辑：… ）`/`编辑：`
# (TRS and Xinhua reprints, Sina, The Paper), Japanese `編集：`, Korean `편집:`, Arabic `تحرير:`, Turkish `Editör:`,
# Vietnamese `Biên tập:`. The value is a short name: no list, no sentence, no question (a Q&A's `编辑：这个嘛……`).
_SCRIPT_CREDIT_LINE = re.compile(
    r"[【（(\[]?\s*(एडिट|संपादन|संपादक|लेखक|责任编辑|責任編輯|编辑|編輯|編集|편집|تحرير|editör|biên tập(?: viên)?)"
    r"\s*[:：]\s*([^\s.।。!?！？:：,，、…|][^.।。!?！？:：,，、…|]{0,40}?)\s*[】）)\]]?$",
    re.I,
)
# any `Label: value` line (a film's or book's credits: `監督：山田太郎`, `पुस्तक: गोदान`; a Q&A's `Muhabir: …`)
_LABEL_VALUE_LINE = re.compile(r"[【（(\[]?\s*([^\s:：]{1,20}(?: [^\s:：]{1,20})?)\s*[:：]\s*\S")
# labels of the same credit block as the editor's (`编辑：张三 审核：李四` under `（责任编辑：王晓红 ）`)
_CREDIT_LABELS = re.compile(
    r"(?:एडिट|संपादन|संपादक|लेखक|责任编辑|責任編輯|编辑|編輯|編集|편집|تحرير|editör|biên tập(?: viên)?|审核|審核|校对"
    r"|校對|责编|責編|来源|來源|记者|記者|기자|इनपुट|nguồn|kaynak|المصدر)",
    re.I,
)
_CREDIT_NAME_WORDS = 4  # words of a name in a spaced script
_CREDIT_NAME_CJK = 12  # letters of a name in CJK
_EDGE_BLOCKS = 3  # the text's last blocks where credit lines and notices sit
_REPRINT_STATEMENT_MAX = 300  # characters
# the reprint statement of Chinese portals (Xinhua-network, People's Daily-network and TRS WCM sites):
# `凡本网注明“来源：…”的所有作品，版权均属于…，未经本网授权不得转载`, naming rights or reprints
_REPRINT_STATEMENT = re.compile(r"凡本(?:网|站|报)(?:未)?注明")
_REPRINT_WORDS = re.compile(r"版权|版權|转载|轉載|授权|授權")


def _without_edge_notes(paragraphs: list[str]) -> list[str]:
    """The editor's credit line and the portal's reprint statement at the text's edge (its first block or its
    last three) go; the same shapes inside the text (a film's credit list, an interview's `编辑：` answers, a
    sentence quoting the statement) stay."""
    count = len(paragraphs)
    edge = sorted({0, *range(max(count - _EDGE_BLOCKS, 0), count)} & set(range(count)))
    dropped = {i for i in edge if _is_edge_credit(paragraphs, i) or _is_reprint_statement(paragraphs[i])}
    if not dropped:
        return paragraphs
    return [text for i, text in enumerate(paragraphs) if i not in dropped]


def _is_reprint_statement(text: str) -> bool:
    return (
        len(text) <= _REPRINT_STATEMENT_MAX
        and _REPRINT_STATEMENT.match(text) is not None
        and _REPRINT_WORDS.search(text) is not None
        and "？" not in text
        and "?" not in text
    )


def _is_edge_credit(paragraphs: list[str], index: int) -> bool:
    match = _SCRIPT_CREDIT_LINE.match(paragraphs[index])
    if match is None or not _is_short_name(match.group(2)):
        return False
    label = match.group(1).lower()
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(paragraphs):
            other = _LABEL_VALUE_LINE.match(paragraphs[neighbour])
            # a film's or book's credit list (`監督：…` beside `編集：…`)
            if other is not None and not _CREDIT_LABELS.fullmatch(other.group(1)):
                return False
    # an interview whose speaker is the editor (`编辑：…` answer after answer)
    same_label = re.compile(r"[【（(\[]?\s*" + re.escape(label) + r"\s*[:：]", re.I)
    return not any(i != index and same_label.match(text) for i, text in enumerate(paragraphs))


def _is_short_name(value: str) -> bool:
    letters = cjk_letter_count(value)
    if letters:
        return letters <= _CREDIT_NAME_CJK and len(value.split()) <= _CREDIT_NAME_WORDS
    return len(value.split()) <= _CREDIT_NAME_WORDS


# A sentence with its links inside it: at most this share of it linked, this much of it plain text.
_IN_TEXT_LINKS_MAX_DENSITY = 0.75
_IN_TEXT_LINKS_MIN_PLAIN = 20
_IN_TEXT_LINKS_MIN_WORDS = 8
_FULL_STOP = re.compile(r"[.!?…。！？][\"”’»)]?\s*$")


def _linked_sentence_in_prose(page: _Page, index: int, container: int, ranges: list[tuple[int, int]]) -> bool:
    """A whole sentence whose links sit inside it (`In April 2024, the couple [announced they are expecting
    a third child.]`) next to a prose paragraph of the article: text with in-text links, not a link list.

    Seen on BBC, Express, Metro, The Sun, NBC's Dallas-Fort Worth station and a baking blog: sentences that
    link most of their words to earlier stories. A link list has no sentence stop or too little plain text
    around its links; a pointer (`... are [here].`) links one short word.
    """
    unit = page.units[index]
    if (
        unit.link_density > _IN_TEXT_LINKS_MAX_DENSITY
        or unit.length - unit.link_length < _IN_TEXT_LINKS_MIN_PLAIN
    ):
        return False
    if len(unit.text.split()) < _IN_TEXT_LINKS_MIN_WORDS or not _FULL_STOP.search(unit.text):
        return False
    if not (
        _prose_next_to(page, index, -1, container, ranges)
        or _prose_next_to(page, index, 1, container, ranges)
    ):
        return False
    return not _has_pointer_link(page.tags[unit.owner])


def _has_pointer_link(tag: Tag) -> bool:
    """A link whose text is one short word (`here`, `hier`, `ici`, `sini`): a call to follow it, not prose."""
    for link in tag.find_all("a", limit=20):
        words = link.get_text(" ", strip=True).split()
        if len(words) == 1 and len(words[0]) <= 5:
            return True
    return False


def _prose_next_to(page: _Page, index: int, step: int, container: int, ranges: list[tuple[int, int]]) -> bool:
    """The nearest unit of some length before (step -1) or after (+1) `index`, in the same container, is an
    unlinked prose paragraph."""
    span = next(((a, b) for a, b in ranges if a == container), None)
    if span is None:
        return False
    i = index + step
    for _ in range(3):  # a short line between (a photo credit, an ad label) does not count
        if not 0 <= i < len(page.units):
            return False
        near = page.units[i]
        if not span[0] <= near.owner < span[1]:
            return False
        if near.length >= _IN_TEXT_LINKS_MIN_PLAIN:
            return near.link_density < 0.25 and _is_prose(near.text)
        i += step
    return False


_HEADING_CLASS_TOKENS = frozenset("h2 h3 h4 h5 h6".split())
_HEADING_CLASS_HOLDERS = frozenset("div p span strong".split())


def _item_name(page: _Page, owner: int) -> str:
    """The element's name for `_note_item`: a block styled as a heading by class (Bootstrap's `.h4` utility,
    used by Shopware 6, Shopify and many Bootstrap themes for `<div class="h4">Technische Daten</div>`) is one."""
    name = page.tags[owner].name
    if name in _HEADING_CLASS_HOLDERS and page.hint[owner]:
        heading = _HEADING_CLASS_TOKENS.intersection(page.hint[owner].split())
        if heading:
            return min(heading)
    return name


def _in_shut_panel(page: _Page, unit: _Unit) -> bool:
    if not page.shut:
        return False
    if len(page.shut_starts) != len(page.shut):
        page.shut_starts = [start for start, _ in page.shut]
    k = bisect.bisect_right(page.shut_starts, unit.owner) - 1
    return k >= 0 and unit.owner < page.shut[k][1]


_CELL_TAGS = frozenset(("td", "th"))
_CELL_PARAGRAPH_TAGS = frozenset(("p", "div", "span"))


# A CMS's embed block around a table the editor inserted into the text: Agora's `art_embed art_table`, Drupal's
# `entity-embed`/`embedded-entity`, Arc XP's and CKEditor's raw-HTML `embed` widgets. `embed` is a weak junk token
# (social and video embeds); a table of text in such a block, junk for no other reason, is the text's table.
_EMBED_TABLE_LEVELS = 4  # td < tr < tbody < table, the table's wrapper
_EMBED_TABLE_LINKS = 0.5  # of the table's text at most in links: no list of links to other pages


_MODULE_PAYWALL_PITCH = 200  # characters of unlinked text in an offer box: a heading, a pitch, a login line


def _is_text_in_module_paywall(page: _Page, junk: int, text_len: list[int], link_len: list[int]) -> bool:
    """A block junk only for a CSS-modules paywall class (`Paywall_card__x`, `paywall_overlay__x`) that wraps text
    rather than offers a subscription: no link or button in it, or more unlinked text than an offer's pitch (the
    paid paragraphs themselves, locked or blurred). Such a block stays, as it did before the class was read."""
    hint = page.hint[junk]
    if not hint or "aywall_" not in hint or not _PAYWALL_OFFER_MODULE.search(hint.lower()):
        return False
    if _read_hint(_PAYWALL_OFFER_MODULE.sub(" ", hint.lower())).junk:
        return False  # junk for another reason too
    return link_len[junk] == 0 or text_len[junk] - link_len[junk] > _MODULE_PAYWALL_PITCH


# The embed blocks of CMSs that wrap what the editor inserted into the text, by whole class token: Agora's
# `art_embed`, Drupal's `entity-embed`/`embedded-entity`, WordPress' `wp-block-embed` (raw HTML), Arc XP's and
# CKEditor's `html-embed`/`raw-html`. A bare `embed` (tickers, tweet cards, odds, consent, polls) is not one.
_CMS_EMBED_TOKENS = frozenset(
    (
        "art_embed",
        "entity-embed",
        "embedded-entity",
        "wp-block-embed",
        "wp-block-embed__wrapper",
        "html-embed",
        "raw-html",
    )
)


def _is_table_in_embed_block(page: _Page, unit: _Unit, text_len: list[int], link_len: list[int]) -> bool:
    junk = unit.junk
    cell = _cell_of(page, unit.owner)
    if cell < 0 or not page.hint[junk] or "embed" not in page.hint[junk]:
        return False
    if _CMS_EMBED_TOKENS.isdisjoint(page.hint[junk].lower().split()):
        return False
    if _read_hint(page.hint[junk].replace("embed", " ")).junk:
        return False  # junk for another reason too (`embed-ad`, `twitter-embed sidebar`)
    table = page.parent[cell]
    for _ in range(_EMBED_TABLE_LEVELS):
        if table <= junk or page.tags[table].name == "table":
            break
        table = page.parent[table]
    if table <= junk or page.tags[table].name != "table":
        return False
    return link_len[table] <= _EMBED_TABLE_LINKS * text_len[table]


def _cell_of(page: _Page, owner: int) -> int:
    """The table cell the unit reads in (-1 outside a table): the cell itself, or the cell around its only
    paragraph, as tables pasted from Word (`MsoNormalTable` cells of `p.MsoNormal`, reprinted by TRS and
    Xinhua-network portals), TinyMCE and CKEditor tables, Confluence and Google Docs exports set each cell's
    text in a `<p>`."""
    if page.tags[owner].name in _CELL_TAGS:
        return owner
    parent = page.parent[owner]
    if (
        parent < 0
        or page.tags[owner].name not in _CELL_PARAGRAPH_TAGS
        or page.tags[parent].name not in _CELL_TAGS
    ):
        return -1
    # one paragraph in the cell: a layout table's cell holding a column of paragraphs is no row of data
    if len(_child_tags(page.tags[parent], limit=2)) != 1:
        return -1
    # and a row of short cells: a layout table's columns of one long paragraph each are no row of data
    row = page.parent[parent]
    if row < 0:
        return -1
    short = page.short_rows.get(row)
    if short is None:
        short = page.short_rows[row] = _row_cells_short(page.tags[row])
    return parent if short else -1


_ROW_CELL_MAX = 150  # characters: a data cell is a value, a name or a phrase
_ROW_CELLS_LOOKED_AT = 50


def _row_cells_short(row: Tag) -> bool:
    if row.name != "tr":
        return False
    cells = _child_tags(row, _CELL_TAGS, limit=_ROW_CELLS_LOOKED_AT + 1)
    if len(cells) > _ROW_CELLS_LOOKED_AT:
        return False
    return all(len(other.get_text(" ", strip=True)) <= _ROW_CELL_MAX for other in cells)


def _child_tags(tag: Tag, names: frozenset[str] | None = None, *, limit: int) -> list[Tag]:
    """The element's first `limit` child elements (of `names` when given): what `find_all(names or True,
    recursive=False, limit=limit)` finds, without bs4's matcher, which cost a table of 30,000 rows seconds
    (every row's cells are read once, from `_cell_of`)."""
    found: list[Tag] = []
    for child in tag.children:
        if isinstance(child, Tag) and (names is None or child.name in names):
            found.append(child)
            if len(found) >= limit:
                break
    return found


def _continues_line(page: _Page, owner: int, row: int, last_row: int, last_cell: int) -> bool:
    """The element reads on the line before it: the next cell of a table row, or a `<dd>` after its `<dt>`."""
    if row >= 0 and page.tags[row].name == "tr" and row == last_row and owner != last_cell:
        return True
    return _values_its_term(page, owner, last_cell)


_TAG_WORDS = frozenset(("tag", "tags"))


def _is_unlinked_feature_chip(page: _Page, junk: int) -> bool:
    """On a product or listing page, an item classed `tag` in a list without links is a feature chip
    (`Balcone`, `Cantina`: real-estate portals' extra features, shop themes' material and care badges), not
    the tag list of an article, whose tags link to their pages."""
    tag = page.tags[junk]
    if tag.name != "li" or not _TAG_WORDS.intersection(_NAME_WORDS.findall(page.hint[junk].lower())):
        return False
    holder = tag.parent
    if holder is None or not _is_strict_product_page(page):
        return False
    key = id(holder)  # one look for links per list, not per item: a list of thousands of chips stays linear
    if key not in page.linkless_lists:
        page.linkless_lists[key] = holder.find("a") is None
    return page.linkless_lists[key]


def _values_its_term(page: _Page, owner: int, last: int) -> bool:
    """On a product or listing page, a `<dd>` right after its `<dt>` reads with it as one line, as a
    specification table's row does (`Piano | 3° piano, con ascensore`): the features grids of real-estate
    portals and shop themes (Shopify's and Shopware's property lists)."""
    tags = page.tags
    return (
        tags[owner].name == "dd"
        and last >= 0
        and tags[last].name == "dt"
        and page.parent[last] == page.parent[owner]
        and _is_strict_product_page(page)
        and _is_short_pair(page, last, owner)
    )


# A product's property line is short: a label of a few words over a value without sentences (`Piano | 3° piano,
# con ascensore`); a glossary's, FAQ's or programme's `<dd>` is a sentence of its own and reads apart.
_PAIR_TERM_MAX = 40
_PAIR_VALUE_MAX = 80
_SENTENCE_STOP = re.compile(r"[.!?;]\s|[.!?]$")


def _is_short_pair(page: _Page, term: int, value: int) -> bool:
    term_text = page.tags[term].get_text(" ", strip=True)
    value_text = page.tags[value].get_text(" ", strip=True)
    return (
        len(term_text) <= _PAIR_TERM_MAX
        and len(term_text.split()) <= 4
        and len(value_text) <= _PAIR_VALUE_MAX
        and not _SENTENCE_STOP.search(value_text)
    )


def _note_row(items: set[str] | None, row: str, data_cell: bool) -> None:
    """A row of a data table continues the list its heading opens (`Technische Daten`, then its rows)."""
    if items is not None and data_cell:
        items.add(row)


def _note_item(items: set[str], name: str, text: str) -> None:
    """Remember list items, and headings (marked), for the edge trimming of `_finish`."""
    if name in ("li", "dd", "dt"):
        items.add(text)
    elif name in _SUBHEADING_TAGS:
        items.add(_HEADING_MARK + text)
        if len(text.split()) >= 3:
            items.add(_SUBHEADING_MARK + text)


def _note_heading_kind(items: set[str], page: _Page, owner: int, text: str) -> None:
    """Remember a heading's tag and class with its text (`_opens_a_run_of_sections`), on a page that declares
    no article: a news page's section name or label over the text (`Politik` as a plain `<h2>`, a live blog's
    `h3.lb-title`, `h3.story-h3`) shares its tag and class with the subheadings below (review round 2)."""
    name = page.tags[owner].name
    if name in _HEADING_TAGS and len(text) <= _SECTION_HEADING_MAX and not _declares_dated_article(page):
        items.add(f"{_HEADING_KIND_MARK}{name} {page.hint[owner]}\x00{text}")


def _in_data_table(page: _Page, cell: int, known: dict[int, bool]) -> bool:
    """The cell's table has header cells (`<th>`): a table of data (platforms, results, prices) whose linked
    cells are values, not a list of links to other pages."""
    table = page.parent[cell]
    for _ in range(3):  # td < tr < (tbody|thead) < table
        if table < 0 or page.tags[table].name == "table":
            break
        table = page.parent[table]
    if table < 0 or page.tags[table].name != "table":
        return False
    if table not in known:
        tag = page.tags[table]
        known[table] = tag.find("th") is not None or (_is_strict_product_page(page) and _is_spec_table(tag))
    return known[table]


# A product's specification table without header cells: rows of a label cell and a value cell (`Berat | 2.9
# kg`), as marketplaces (Tokopedia, Shopee, Lazada, Bukalapak, Amazon's `prodDetTable` in its older form) and
# shop themes (Shopware's and Magento's property tables in themes that set labels in `<td>`) serve it. On a
# product page it is the product's text; on an article a table without header cells may be a layout table.
_SPEC_MIN_ROWS = 3
_SPEC_MAX_ROWS = 80
_SPEC_LABEL_MAX = 40  # characters of a label cell


def _is_spec_table(table: Tag) -> bool:
    rows = table.find_all("tr", limit=_SPEC_MAX_ROWS + 1)
    if not _SPEC_MIN_ROWS <= len(rows) <= _SPEC_MAX_ROWS:
        return False
    for row in rows:
        cells = row.find_all(("td", "th"), recursive=False)
        if len(cells) != 2 or len(cells[0].get_text(" ", strip=True)) > _SPEC_LABEL_MAX:
            return False
        if cells[1].find("table") is not None:
            return False  # a layout table holding a table: no specification (and no walk down its nesting)
        if any(cell.find("a") is not None for cell in cells):
            return False  # a table of links (a journal's `More from` list, an archive) is no specification
    return True


def _inside_link_list(
    page: _Page, owner: int, container: int, text_len: list[int], link_len: list[int]
) -> bool:
    """True when the unit sits in a list or table (below the container) made mostly of links."""
    node = owner
    steps = 0
    while node > container and steps < 30:  # bounded: pages nest thousands of levels deep
        steps += 1
        name = page.tags[node].name
        if name in ("ul", "ol", "table", "dl") and text_len[node]:
            if link_len[node] / text_len[node] > 0.5:
                return True
        node = page.parent[node]
    return False


def _is_boilerplate_text(text: str) -> bool:
    if _BOILERPLATE_TEXT.match(text) or _is_credit_note(text):
        return True
    if len(text) < _MAX_CREDIT_BOX and _is_credit_box(text):
        return True
    # A caption needs a `Foto:` colon, an `(ilustrasi)` bracket or a `©`: the regex runs only then.
    if len(text) < 200 and ("©" in text or ":" in text or "(" in text) and _CAPTION_TEXT.search(text):
        return True
    if len(text) >= 300 or not _may_promote(text):
        return False
    if _PROMO_TEXT.search(text):
        return True
    return (
        bool(_NOTICE_TEXT.search(text))
        and not _REPORTING.search(text)
        and (len(text) < _MAX_SHORT_NOTICE or bool(_DISCLAIMER_OWN.search(text)))
    )


# The ad labels in other scripts and the read-also labels: alone in a paragraph they are chrome, as an h2-h6 heading
# they title a section of the text (`広告` over a story about advertising, `Zie ook` over a list of sources).
_LABEL_LINE = re.compile(r"(?:" + _SCRIPT_AD_LABELS + "|" + _READ_ALSO_LABELS + r")\s*[:：]?$", re.I)


# a read-also label alone on its line (`Xem thêm`, `Čtěte také`), in the other scripts too
_READ_ALSO_LINE = re.compile(r"(?:" + _READ_ALSO_LABELS + r")\s*[:：]?$", re.I)
_OPEN_SENTENCE_END = re.compile(r"\w$")


def _label_inside_sentence(text: str, paragraphs: list[str]) -> bool:
    """The label's words are a word of a sentence the editor split over blocks (`bấm vào nút` / `Xem thêm` /
    `để mở danh sách…`: a button's name in a how-to): the block before it ends in a word, not a stop."""
    return (
        bool(paragraphs)
        and _READ_ALSO_LINE.match(text) is not None
        and bool(_OPEN_SENTENCE_END.search(paragraphs[-1]))
    )


_LINK_BOX_SHARE = 0.7  # of the box's text besides its heading, in links


# A read-also label alone on its line (`Lee también`, `Leia também`, `Lesen Sie auch`, `Leggi anche`, `Lire aussi`,
# `Baca juga`, `Read also`, and `_READ_ALSO_LABELS`' languages): the box it opens inside the text holds a teaser.
_READ_ALSO_BOX_LABEL = re.compile(
    r"(?:(?:veja|leia) tamb[ée]m|(?:lea|lee) tambi[ée]n|(?:siehe|lesen sie) auch|(?:voir|lire) aussi|à lire aussi"
    r"|(?:vedi|leggi) anche|baca juga|read also|also read|" + _READ_ALSO_LABELS + r")\s*[:：]?$",
    re.I,
)


_READ_ALSO_BOX_MAX = 300  # characters besides the label: a section kicker, a headline or two
_READ_ALSO_KICKER_MAX = 24  # unlinked characters besides the label: a section kicker (`Sociedad`, `Politik`)


def _read_also_box(
    page: _Page, unit: _Unit, container: int, text: str, text_len: list[int], link_len: list[int]
) -> int:
    """The box a read-also label (`text`) opens: the label's own block when it holds more than the label (a
    `<span>` label in a `<div>` with the teaser's link), else the label's parent; 0 when the line is no such label,
    -1 when the box is the text's block itself or more than a teaser."""
    if not _READ_ALSO_BOX_LABEL.match(text):
        return 0
    box = unit.owner if text_len[unit.owner] > unit.length else page.parent[unit.owner]
    rest = text_len[box] - unit.length
    # a teaser box: a headline or two besides the label, mostly linked (never a wrapper of the text's own lines)
    if box <= container or rest <= 0 or rest > _READ_ALSO_BOX_MAX or link_len[box] < _LINK_BOX_SHARE * rest:
        return -1
    # nothing but the label and the links (a section kicker at most): a how-to step or a box with a line of prose
    # besides its linked heading is no teaser
    if rest - link_len[box] > _READ_ALSO_KICKER_MAX:
        return -1
    return box


def _in_read_also_box(page: _Page, owner: int, box: int) -> bool:
    """A linked line (a linked headline, `<a><h3>…</h3></a>`) in the box a read-also label opened inside the text:
    the teaser's title, whatever its length. Vocento's `Lee también` boxes, Ippen's and Funke's `Lesen Sie auch`
    teasers, GEDI's `Leggi anche`, Gutenberg/Jannah/JNews related-post boxes with a linked `<h3>` title. The box
    is the label's parent, below the text's block; prose lines of the box (no links) are not touched."""
    return box >= 0 and box < owner < page.end[box]


def _heads_link_box(
    page: _Page, unit: _Unit, container: int, text_len: list[int], link_len: list[int]
) -> bool:
    """The read-also heading titles a box of its own inside the text that holds nothing but links to other
    stories (iDNES's `Čtěte také` box, Jannah's `اقرأ أيضا` block, Bitrix's `Читайте также` list): the box's
    label, not a section's heading. A heading in the text's own flow (its parent is the text's block) or over
    prose stays."""
    box = page.parent[unit.owner]
    if box <= container:
        return False
    rest = text_len[box] - unit.length
    return rest > 0 and link_len[box] >= _LINK_BOX_SHARE * rest


# A related-stories box set inside the text with a label that is no heading element: El País's
# `sumario-noticias-relacionadas` (`<div class="encabezado"><span>Más información</span></div>` over linked
# titles), Spiegel-like asset boxes, Reach's `read-more-links` and WordPress related-posts plugins' `div` titles.
# The linked titles go as a link list; the label, whatever its words, goes with them when it is a short line
# without a stop in a box of its own inside the text that holds nothing but two links or more besides it.
_BOX_LABEL_MAX = 40  # characters
_BOX_LABEL_WORDS = 4
_BOX_LINKS_SHARE = 0.9  # of the box's text besides its label, in links
_BOX_MIN_LINKS = 2


def _labels_link_box(
    page: _Page, unit: _Unit, container: int, text: str, text_len: list[int], link_len: list[int]
) -> bool:
    tag = page.tags[unit.owner]
    if tag.name in _HEADING_TAGS or unit.link_length or len(text) > _BOX_LABEL_MAX:
        return False
    if len(text.split()) > _BOX_LABEL_WORDS or text.rstrip(":").endswith((".", "!", "?", "…")):
        return False
    box = page.parent[unit.owner]
    if box <= container:
        return False
    rest = text_len[box] - unit.length
    if rest <= 0 or link_len[box] < _BOX_LINKS_SHARE * rest:
        return False
    if any(char.isdigit() for char in text):
        return False  # a score or a figure over links (`Score final 3-1`) is news of its own
    links = page.tags[box].find_all("a", href=True, limit=_BOX_LINKS_READ)
    return sum(1 for link in links if _links_an_article(str(link["href"]))) >= _BOX_MIN_LINKS


# Review: the box's links must lead to other articles (a contact box's mailto:/tel: links, a match's video and
# table pages are no related stories): an http(s) or site path whose last segment is a slug of several words
# or holds an id.
_BOX_LINKS_READ = 12
_ARTICLE_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){2,}|\d{4,}")


def _links_an_article(href: str) -> bool:
    try:
        parts = urlsplit(href)
    except ValueError:  # an address urlsplit refuses (`http://[x/…`, a broken IPv6 host) leads nowhere
        return False
    if parts.scheme not in ("", "http", "https") or not parts.path.strip("/"):
        return False
    last = parts.path.rstrip("/").rsplit("/", 1)[-1].lower()
    return _ARTICLE_SLUG.search(last) is not None


# `sign up for` after a comma or a dash (`Great, sign up for the briefing`): a promo line, but a heading of a
# deals list reads the same (`Disney Plus is Now Live, Sign up for the Disney +, Hulu, and ESPN+ Package`)
_SIGNUP_AFTER_MARK = re.compile(r"(?:[,;]\s*|\s[—–-]\s*)sign up for\b", re.I)


def _heading_not_label(text: str) -> bool:
    """An h2-h6 heading that only the script ad labels, the read-also labels or a `, sign up for` turn matched:
    it titles a section of the text."""
    if _LABEL_LINE.match(text):
        return True
    if not _SIGNUP_AFTER_MARK.search(text):
        return False
    return not _is_boilerplate_text(
        _SIGNUP_AFTER_MARK.sub(lambda m: m[0][: -len("sign up for")] + "signup for", text)
    )


# A line that only dates the article: a publication or update label, then a date with its time, zone and reading
# time (Brightspot's `Published February 20, 2026 at 6:45 PM PST`, AMP dailies' `Updated on: 06 Feb 2026, 7:12 pm
# 2 min read`, `Publicado el 3 de marzo de 2026`, `Veröffentlicht am 12.03.2026, 06:45 Uhr`, `Diperbarui 5 Maret
# 2026`, tagesschau's and ORF's `Stand: 03.02.2026 15:10 Uhr`), printed inside the text's box by templates whose
# byline row sits there.
_DATE_LABEL = re.compile(
    r"(?:first |last |zuletzt )?(?:published|updated|posted|modified|publicad[oa]|actualizad[oa]|atualizad[oa]"
    r"|stand|veröffentlicht|aktualisiert|publié|mis à jour|modifié|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
    r"|opublikowano|zaktualizowano|diterbitkan|diperbarui|dipublikasikan|yayınlanma|güncellenme|güncelleme)"
    r"(?:\s+(?:on|at|am|le|el|em|il|op|pada|tarihi))?\s*[:：]?\s+(?P<rest>\S.*)$",
    re.I,
)
_READING_TIME_TAIL = re.compile(
    r"[\s|·•-]*\d{1,3}\s*(?:min(?:ute)?s?|minuten)\.?\s*(?:read|lesezeit|de lectura|de lecture"
    r"|baca|di lettura|leestijd)?\.?$",
    re.I,
)
_MAX_DATE_LINE = 90  # characters
# characters after the label: `Mittwoch, 12. März 2026, 06:45 Uhr`, `3 de marzo de 2026 a las 18:42 h`
_MAX_DATE_REST = 45
_MAX_DATE_LINE_WORDS = 5  # words of letters besides the label: month, `at`, `PM`, a zone, a weekday


def _is_date_label_line(text: str) -> bool:
    """The line is a publication/update label and a date, nothing else: `Updated figures show ...` is a sentence."""
    if len(text) > _MAX_DATE_LINE:
        return False
    match = _DATE_LABEL.match(text)
    if match is None:
        return False
    rest = _READING_TIME_TAIL.sub("", match["rest"])
    # a date with its time and zone: a longer rest carries more (a podcast's `Dauer: … Lizenz: …` data line)
    if len(rest) > _MAX_DATE_REST or len(_LETTER_WORD.findall(rest)) > _MAX_DATE_LINE_WORDS:
        return False
    if _DATE_LINE_MORE.search(rest):
        return False
    return search_date(rest) is not None


# A byline row read as one line with its date (`Von Birgit Hofstätter und Lukas Pichler · Stand: 3. Februar
# 2026, 15:10 Uhr` on Austrian and German news and live tickers, `Por Ana Ruiz | Actualizado 3 feb 2026`,
# `Par Jean Dupont, publié le 3 février 2026`, `By Dana Miller, updated March 3, 2026 at 9:10 a.m.`): it opens
# with the byline word, names a writer read as the byline and holds a date; no sentence.
_BYLINE_OPENER = re.compile(r"(?:von|by|par|por|di|door|oleh|przez|av|af)\s", re.I)
_MAX_BYLINE_DATE_LINE = 160  # characters: two or three names, a label and a date with its time


def _is_byline_date_line(folded: str, skip: set[str]) -> bool:
    if len(folded) > _MAX_BYLINE_DATE_LINE or not _BYLINE_OPENER.match(folded):
        return False
    if folded.rstrip().endswith((".", "!", "?")) and not folded.rstrip().endswith(("a.m.", "p.m.")):
        return False
    names = [name for name in skip if " " in name and len(name) >= 5 and not any(c.isdigit() for c in name)]
    return any(name in folded for name in names) and search_date(folded) is not None


# what makes a dated line more than a label: an agent (`Published by Penguin, March 3`), text after the date
# (`June 12, 2025, 320 pages`, `3 de março de 2026. Leia mais`)
_DATE_LINE_MORE = re.compile(
    r"\b(?:by|von|por|par|oleh|da|door|przez)\s|[.;!?]\s+[^\W\d_]{2,}|,\s*\d+\s+(?!(?:at|um|à|às|a|alle|om|pukul|"
    r"o|le|de|el|di|uhr|h|hrs?|am|pm|a\.m\.|p\.m\.|wib|wita|wit|ist|gmt|utc|cet|cest|[a-z]{2,4}t)\b)[^\W\d_]{3,}",
    re.I,
)


# Every alternative of `_PROMO_TEXT` holds one of these words: a line with none of them (nearly every line)
# skips the regex, whose case-blind alternation costs tens of microseconds per line.
_PROMO_KEYS = (
    "google news", "whatsapp", "telegram", "klik", "click", "sign up", "subscribe", "newsletter", "to the editor",
    "download", "enter your", "hear what", "eingeloggt", "angemeldet", "logged in", "signed in", "affiliate",
    "kesalahan", "laporkan", "error", "mistake", "typo", "correction", "fehler", "erreur",
    "recaptcha", "signing up", "subscribing", "registering", "akzeptiere", "ein klick", "failed to load",
    "like this", "tell us", "ihre meinung", "afilia", "affilia", "affilié", "partnerlink", "mailing address",
    "postanschrift", "adresse postale", "receive these", "e-mails erhalten", "liste abmelden", "unsubscribe",
    "receiving this", "received this", "komentar baru", "tulis komentar", "isi komentar", "tinggalkan komentar",
    "formulir komentar", "awaiting moderation", "will not be published", "tidak akan dipublikasikan",
    "nicht veröffentlicht", "ne sera pas publiée", "no será", "this recipe", "questa ricetta", "rezept ausprobiert",
    "cette recette", "esta receta", "re hiring", "cookie", "zustimmung", "consent", "klicken sie auf",
    "creative commons",
)  # fmt: skip


def _may_promote(text: str) -> bool:
    lowered = text.lower()
    return any(key in lowered for key in _PROMO_KEYS)


def _finish(
    paragraphs: list[str],
    title: str | None,
    skip_texts: tuple[str, ...],
    patterns: Any,
    items: set[str] | frozenset[str] = frozenset(),
    *,
    names: tuple[str, ...] = (),
    data_head: Callable[[], bool] | None = None,
    publisher: Callable[[], set[str]] | None = None,
    product: Callable[[], bool] | None = None,
) -> str:
    compiled = _compile_patterns(patterns)
    skip = {_fold(s) for s in skip_texts if s and s.strip()}
    names_only = {_fold(name) for name in names if name and name.strip()}
    title_key = _fold(title) if title and title.strip() else ""
    kept: list[str] = []
    begun = False  # a prose paragraph has been kept: the text has begun
    opened = 0  # prose paragraphs kept: a standfirst may come before the byline row, the text comes after it
    prose = [_is_prose(text) for text in paragraphs]
    last_prose = max((i for i, is_prose in enumerate(prose) if is_prose), default=-1)
    for index, text in enumerate(paragraphs):
        if "on line" in text:
            text = _PHP_ERROR.sub("", text).strip()
            if not text:
                continue
        folded = _fold(text)
        if folded in skip or any(_repeats(folded, s) for s in skip):
            continue
        listed = text in items or _HEADING_MARK + text in items
        # the outlet's name alone (a credit in the byline row) and a date-label line (`Updated March 5, 2026`)
        # before the text's second prose paragraph (a standfirst may open the box); a date label also after the
        # text's end; never a list item or a heading
        if not listed and (
            (opened < 2 and folded in names_only)
            or ((opened < 2 or index > last_prose) and _is_date_label_line(text))
            or (opened < 2 and _is_byline_date_line(folded, skip))
        ):
            continue
        if title_key and _repeats_title(folded, title_key, begun):
            continue
        if compiled and any(p.search(text) for p in compiled):
            continue
        if (
            prose[index] if text is paragraphs[index] else _is_prose(text)
        ):  # (a PHP error cut out: read again)
            begun = True
            opened += 1
        kept.append(text)
    kept = _merge_datelines(kept)
    kept = _cut_after_signoff(kept)
    kept = _cut_at_more_heading(kept)
    if publisher is not None:
        kept = _cut_publisher_boilerplate(kept, publisher)
    kept = _cut_appendix(kept, items)
    kept = _without_edge_disclaimers(kept)
    kept = _without_recipe_facts(kept)
    kept = _without_table_sources(kept)
    kept = _without_error_report_box(kept)
    kept = _trim_edges(kept, items, names_only, data_head=data_head, product=product)
    kept = _without_wire_tail(kept)
    if kept:
        # Only the tail can hold a sign-off: a regex over a huge last paragraph would try every position.
        head, tail = kept[-1][:-_SIGNOFF_TAIL], kept[-1][-_SIGNOFF_TAIL:]
        last = (head + _SIGNOFF.sub("", tail)).rstrip()
        if last:
            kept[-1] = last
        else:
            kept.pop()
    # Unicode's canonical composition (NFC), the form the web's text is compared in: a page may spell a letter
    # precomposed or as base and sign (Bengali `য়` as U+09DF or U+09AF U+09BC, Vietnamese, Devanagari).
    return unicodedata.normalize("NFC", "\n\n".join(kept))


# A news site's report-an-error box set between or after the paragraphs: its question or label (`Fehler gesehen?`,
# `Fehler gefunden?` on 20 Minuten, Tamedia and Swiss/German regional sites; `Found an error?`, `Spotted a
# mistake?`, `Report an error`, `Vous avez repéré une erreur ?`, `Signaler une erreur`, `¿Has visto un error?`,
# `Hai trovato un errore?`, `Fout gezien?`, `Zauważyłeś błąd?`, `Encontrou um erro?`, `Menemukan kesalahan?`) and a
# short invitation to tell the newsroom (`Melde ihn uns hier.`, `Let us know.`). Both together, on one line or
# two: the label alone may head a how-to's section, the invitation alone is any sentence. The invitation must
# address the newsroom: `us` (`uns`, `nous`, `ons`, `nas`/`nam`, `kami`, the enclitic `Escríbenos`,
# `Escreva-nos`, `Scrivici`) or the box's link word (`hier`, `here`, `ici`, `aquí`, `qui`, `tutaj`, `di sini`): a
# civic notice's `Fehler gefunden? Melden Sie sich beim Wahlamt.` sends the reader elsewhere and stays.
_ERROR_REPORT_LABEL = (
    r"(?:fehler (?:gesehen|gefunden|entdeckt)\s*\?|(?:found|spotted|seen|see) (?:an? )?(?:error|mistake|typo)\s*\?"
    r"|report an? (?:error|mistake|typo)|vous avez (?:vu|repéré|trouvé|constaté) une (?:erreur|faute)\s*\?"
    r"|signaler une (?:erreur|faute)|¿?(?:has visto|has encontrado|viste|encontraste) (?:un|algún) error\s*\?"
    r"|reportar un error|hai (?:visto|trovato|notato) un errore\s*\?|segnala(?:ci)? un errore|fout gezien\s*\?"
    r"|fout (?:melden|gevonden\s*\?)|zauważył(?:eś|aś|eś/aś)? błąd\s*\?|zgłoś błąd"
    r"|(?:encontrou|viu) (?:um )?erro\s*\?|menemukan kesalahan\s*\?|laporkan kesalahan)"
)
_ERROR_REPORT_INVITE = (
    r"(?=[^.!?]{0,80}[.!]?$)[^.!?]{0,40}\b(?:meld|schreib|sag|report|tell|let us know|contact|signal|écri|dites"
    r"|avís|escríb|cuént|comunic|segnal|scriv|meld|laat het ons|zgłoś|napisz|daj nam znać|inform|avis|lapor"
    r"|hubungi|beri tahu)"
)
_ERROR_REPORT_LINE = re.compile(_ERROR_REPORT_LABEL + r"\s*(?:" + _ERROR_REPORT_INVITE + r".*)?$", re.I)
_ERROR_REPORT_QUESTION = re.compile(_ERROR_REPORT_LABEL + r"\s*$", re.I)
_ERROR_REPORT_INVITE_LINE = re.compile(_ERROR_REPORT_INVITE, re.I)
_ERROR_REPORT_LABEL_PREFIX = re.compile(_ERROR_REPORT_LABEL, re.I)
_NEWSROOM_ADDRESSEE = re.compile(
    r"\b(?:uns|us|nous|ons|do nas|nam|kami|hier|here|ici|aqu[ií]|aqui|tutaj|di ?sini)\b"
    r"|\b(?:escr[ií]be|av[ií]sa|cu[eé]nta|d[ií]|contact[ae]|inf[oó]rma|h[aá]z|comun[ií]ca)(?:nos|noslo)\b"
    r"|\w-nos\b|\b(?:segnala|scrivi|contatta|di|fa|dic)(?:ci|celo)\b",
    re.I,
)
_MAX_ERROR_REPORT = 160  # characters of the box's text


def _without_error_report_box(paragraphs: list[str]) -> list[str]:
    """The text less a report-an-error box: its label with the invitation on the same line or the next one."""
    drop: set[int] = set()
    for i, text in enumerate(paragraphs):
        if len(text) > _MAX_ERROR_REPORT or not _ERROR_REPORT_LINE.match(text):
            continue
        if not _ERROR_REPORT_QUESTION.match(text):  # the label and its invitation on one line
            if _addresses_newsroom(text, _ERROR_REPORT_LABEL_PREFIX.match(text)):
                drop.add(i)
        elif (
            i + 1 < len(paragraphs)
            and len(paragraphs[i + 1]) <= _MAX_ERROR_REPORT - len(text)
            and _ERROR_REPORT_INVITE_LINE.match(paragraphs[i + 1])
            and _NEWSROOM_ADDRESSEE.search(paragraphs[i + 1])
        ):
            drop.update((i, i + 1))
    return [text for i, text in enumerate(paragraphs) if i not in drop] if drop else paragraphs


def _addresses_newsroom(text: str, label: re.Match[str] | None) -> bool:
    """The invitation after the box's label speaks to the newsroom (`Melde ihn uns hier.`)."""
    return label is not None and _NEWSROOM_ADDRESSEE.search(text, label.end()) is not None


# The lines a press-release wire closes a release with, after its text and boilerplate: PR Newswire's `SOURCE
# Company` and multimedia lines (`Logo - http://photos.prnewswire.com/…`, `Photo - …`, `Video - …`), and the contact
# blocks of PR Newswire, Business Wire, GlobeNewswire and Cision labelled for the press (`Media Contact: name,
# phone, e-mail`, `Investor Contacts:`, `Press contact:`, `Contacto de prensa:`, `Pressekontakt:`, `Contact
# presse :`). Only the trailing run of such lines goes, and a contact block only with a phone number or an e-mail
# address in it. A bare `Kontakt:`/`Contact:` block and a study's `Originalpublikation:` go only from a press
# release (a wire dateline or `SOURCE` line, a `Pressemitteilung` label on the page: TYPO3/Drupal university
# newsrooms, idw): at a news item's end they are the reader's contact (a police appeal's `Contact: … on 101`, a
# charity's `Kontak: name, 0812-…`) or the science story's reference.
_WIRE_SOURCE = re.compile(r"SOURCE\s+[A-Z0-9][^.!?]{0,80}\.?$")
_WIRE_MEDIA = re.compile(r"(?:Logo|Photo|Video|Multimedia|Infographic|Image)s?\s+[-–]\s+https?://\S+$")
_PRESS_CONTACT = re.compile(
    r"(?:(?:media|press|investor|analyst|news|public relations|pr)\s+(?:and\s+\w+\s+)?(?:contacts?|inquiries)"
    r"|pressekontakt|medienkontakt|kontakt für (?:medien|presse)|contact presse|contacts? médias?"
    r"|contacto(?:s)? (?:de prensa|para medios)|contatti stampa|perskontakt|contato(?:s)? (?:de imprensa|para a imprensa)"
    r"|kontak media|kontakt dla mediów)"
    r"\s*:",
    re.I,
)
_RELEASE_CONTACT = re.compile(
    r"(?:contacts?|kontakt|ansprechpartner(?:in)?|contacto|contatto|contato|kontak)\s*:", re.I
)
# The study a university's or institute's release reports on, cited after its text (idw releases, TYPO3 and
# Drupal university newsrooms: `Originalpublikation: Lechner H, … (2016): Title. Journal 12(3): 211-224.`,
# `Original publication:`, `Publication originale :`, `Publicación original:`): a reference, with a year or a DOI.
_CITATION_LINE = re.compile(
    r"(?:originalpublikation|originalveröffentlichung|original (?:publication|paper|article)|publication originale"
    r"|publicación original|pubblicazione originale|oorspronkelijke publicatie|publikacja)\s*:"
    r"(?=.*(?:\((?:19|20)\d\d\)|\bdoi\b|10\.\d{4,}/))",
    re.I,
)
# A phone number or an e-mail address (also spam-protected `name(at)uni-x.de`). A phone is a `Tel.`-labelled
# number, an international one, or three groups of digits parted by spaces, slashes or hyphens (`212-555-0167`,
# `0000 00-4417`, `0812-3456-7890`) or dots in the US way (`212.555.0167`): a date (`12.03.2018`, `2018-03-12`) is
# none.
_CONTACT_DETAIL = re.compile(
    r"@[\w-]+\.[\w.-]+|\(at\)[\w-]+\.[a-z]{2,}"
    r"|\b(?:tel|phone|telefon|fon|tél|teléfono|telefone|telp|hp)\.?\s*:?\s*\+?\(?\d"
    r"|\+\d{1,3}[\s(]*\d"
    r"|(?<![\d.])(?!\d{4}-\d\d-\d\d\b)\(?\d{2,5}\)?(?:[\s/-]\d{2,8}){2,4}\b"
    r"|\b\d{3}\.\d{3}\.\d{4}\b",
    re.I,
)
_MAX_WIRE_CONTACT = 300  # characters of a contact block
# A wire's dateline in the release's first lines (`NEW YORK, March 8, 2016 /PRNewswire/ --`, `(BUSINESS WIRE)--`,
# `/CNW/`, `/EINPresswire.com/`, `(GLOBE NEWSWIRE)`, news aktuell's `(ots)`).
_WIRE_DATELINE = re.compile(
    r"/PRNewswire(?:-[\w ]{1,30})?/|\(BUSINESS WIRE\)|/CNW(?: Telbec)?/|GLOBE NEWSWIRE|/EINPresswire(?:\.com)?/"
    r"|\(ots\)|\bACCESSWIRE\b"
)
_DATELINE_PARAGRAPHS = 3
_DATELINE_CHARS = 400


def _without_wire_tail(paragraphs: list[str]) -> list[str]:
    """The text less a wire's closing lines (source, multimedia links, contact blocks) at its end."""
    release = any(
        _WIRE_DATELINE.search(text, 0, _DATELINE_CHARS) for text in paragraphs[:_DATELINE_PARAGRAPHS]
    )
    end = len(paragraphs)
    while end > 1 and _is_wire_tail_line(paragraphs[end - 1], release):
        release = release or _WIRE_SOURCE.match(paragraphs[end - 1]) is not None
        end -= 1
    return paragraphs[:end]


def _is_wire_tail_line(text: str, release: bool = False) -> bool:
    if len(text) > _MAX_WIRE_CONTACT:
        return False
    if _WIRE_SOURCE.match(text) or _WIRE_MEDIA.match(text):
        return True
    if release and _CITATION_LINE.match(text):
        return True
    contact = _PRESS_CONTACT if not release else _RELEASE_CONTACT
    return (
        _PRESS_CONTACT.match(text) is not None or contact.match(text) is not None
    ) and _CONTACT_DETAIL.search(text) is not None


# A press release's own label on its page, a line of its own and no link: TYPO3 tt_news's `Pressemitteilung
# Nr. 45/2016`, a newsroom's `Press release`, `Communiqué de presse`, `Comunicado de prensa`, `Comunicato stampa`,
# `Persbericht`, `Informacja prasowa`, `Siaran pers`.
_RELEASE_LABEL = re.compile(
    r"(?:pressemitteilung|presseinformation|pressemeldung|medienmitteilung|press release|news release"
    r"|communiqué de presse|comunicado de prensa|comunicato stampa|persbericht|comunicado de imprensa"
    r"|informacja prasowa|siaran pers)(?:en|s)?(?:\s*(?:nr\.?|no\.?|n°|#)\s*[\d/.-]{1,12})?",
    re.I,
)
_RELEASE_LABEL_MAX = 60  # characters of the label's line
_RELEASE_LABEL_UNITS = 5000  # units read for it


def _finish_on(page: _Page) -> Callable[..., str]:
    """`_finish`, then a press release's closing contact block and study reference cut when the page labels
    itself a press release (the label is no line of the text: `_finish` cannot see it)."""

    def finish(*args: Any, **kwargs: Any) -> str:
        return _without_release_tail(page, _finish(*args, **kwargs))

    return finish


def _without_release_tail(page: _Page, text: str) -> str:
    paragraphs = text.split("\n\n")
    end = len(paragraphs)
    while end > 1 and _is_wire_tail_line(paragraphs[end - 1], release=True):
        end -= 1
    if end == len(paragraphs) or not _labels_press_release(page):
        return text
    return "\n\n".join(paragraphs[:end])


def _labels_press_release(page: _Page) -> bool:
    return any(
        unit.length <= _RELEASE_LABEL_MAX and not unit.link_length and _RELEASE_LABEL.fullmatch(unit.text)
        for unit in page.units[:_RELEASE_LABEL_UNITS]
    )


# A PHP error printed into the page by a broken plugin (`Warning: Creating default object from empty value in
# /www/htdocs/.../cache.php on line 36`): server output, never the article's text.
_PHP_ERROR = re.compile(
    r"(?:PHP\s+)?(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error):\s.{0,400}?"
    r"\sin\s+\S+\.php\s+on line\s+\d+"
)


def _repeats_title(paragraph: str, title: str, begun: bool) -> bool:
    """The headline shown again: the title itself anywhere, a line much like it only before the text begins
    (a subheading further down that extends it, `Bee Simulator Mehrspieler` under `Bee Simulator`, stays)."""
    if paragraph == title:
        return True
    return not begun and _repeats(paragraph, title)


def _repeats(paragraph: str, line: str) -> bool:
    """The paragraph is (nearly all) a byline/date/title line shown elsewhere: `By X | March 3` vs `By X`."""
    if not paragraph or not line:
        return False
    if line in paragraph:
        # A bare name (an author link's text) may open a line of the text itself (`Walter: Germany.`):
        # the slack for what surrounds a short line is as short as the line.
        return len(paragraph) < len(line) + min(20, max(8, len(line)))
    return paragraph in line and len(paragraph) >= 0.6 * len(line)


def _compile_patterns(patterns: Any) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        if isinstance(pattern, re.Pattern):
            compiled.append(pattern)
            continue
        try:
            compiled.append(re.compile(pattern))
        except (re.error, TypeError):
            continue
    return compiled


def _fold(text: str) -> str:
    return collapse_whitespace(text).casefold()


def _merge_datelines(paragraphs: list[str]) -> list[str]:
    """`Jakarta -` set apart from the first paragraph joins it."""
    merged: list[str] = []
    i = 0
    while i < len(paragraphs):
        text = paragraphs[i]
        if i + 1 < len(paragraphs) and len(text) <= 70 and _DATELINE.match(text):
            merged.append(f"{text} {paragraphs[i + 1]}")
            i += 2
            continue
        merged.append(text)
        i += 1
    return merged


def _is_prose(text: str) -> bool:
    """A paragraph that reads like article text rather than a label, headline or credit."""
    size = _reading_length(text)
    return size >= 100 or (size >= 50 and bool(_SENTENCE_END.search(text)))


def _reading_length(text: str) -> int:
    """The text's length in Latin-letter equivalents (CJK letters count three); 100 characters are enough."""
    return len(text) if len(text) >= 100 else cjk_weighted_length(text)


# A short line of three words or more that ends a sentence, with no `Label:` before it.
_OPENING_SENTENCE = re.compile(r"^(?![^\s:]{1,25}:)\S+(?:\s+\S+){2,}[.!?…]$")


_LETTER_WORD = re.compile(r"(?<!\S)[^\W\d_]+[.!?…,;]?(?!\S)")


def _is_opening_sentence(text: str, items: set[str] | frozenset[str]) -> bool:
    """Three words of letters at least (a date line's `19:09 3 Min.` is no sentence), or six CJK letters that
    end with a full stop (`“妈妈，为什么还不能出去？”`)."""
    if text in items:
        return False
    if _CJK_SENTENCE.search(text):
        return cjk_letter_count(text) >= _CJK_MIN_SENTENCE
    return bool(_OPENING_SENTENCE.match(text)) and len(_LETTER_WORD.findall(text)) >= 3


_CJK_SENTENCE = re.compile(r"[。！？][」』”）]?$")
_CJK_MIN_SENTENCE = 6


def _introduces_list(text: str, following: str, items: set[str] | frozenset[str]) -> bool:
    """A short line ending with a colon right before a list item: the list's own introduction
    (`Osoby niewidome, słabowidzące:`, `Zutaten:`), part of the text it opens."""
    return following in items and len(text) < 100 and text.rstrip().endswith(":") and text not in items


_SUBHEADING_TAGS = frozenset("h2 h3 h4 h5 h6".split())
_SUBHEADING_MARK = "\x00h "  # prefix of the subheadings' texts in `items`
_HEADING_MARK = "\x00H "  # prefix of every h2-h6 text in `items`, however short
_HEADING_KIND_MARK = "\x00K "  # prefix of every h1-h6's `tag class\x00text` in `items`
_SECTION_HEADING_MAX = 80  # characters: a section's heading, not a headline's sentence


# A `Label: value` line of data: a short label of one to four words, then a value on the same line
# (`Belichtungszeit: 60 x 3 Minuten`, `Einsendeschluss: 03.11.2019`, `Address: 1-2-3 Nemuro`).
_LABEL_VALUE = re.compile(r"^(?P<label>[^\W\d_][^:\n]{0,30}?)\s?:\s*\S.{0,120}$")
# Labels of credits and sources: a run of these is the byline/credit tail, never data of the article.
_CREDIT_LABEL = re.compile(
    r"(?:penulis|editor|redaktur|reporter|pewarta|sumber|foto|fotos?grafer|photos?|bild|quelle|source|"
    r"credits?|kredit|writer|author|autor|von|by|oleh|kontributor|jurnalis|teks|text|copyright)\b",
    re.I,
)
_MIN_DATA_RUN = 3


def _data_run_length(lines: list[str], start: int) -> int:
    """How many lines from `start` form a run of three or more `Label: value` data lines (photo data,
    offer terms, venue details) that closes an article; 0 when they do not, or when a label is a credit."""
    end = start
    while end < len(lines) and _is_data_line(lines[end]):
        end += 1
    return end - start if end - start >= _MIN_DATA_RUN else 0


def _is_data_line(text: str) -> bool:
    return _is_data_match(_LABEL_VALUE.match(text))


def _is_data_match(match: re.Match[str] | None) -> bool:
    return (
        match is not None
        and len(match["label"].split()) <= 4
        and not _CREDIT_LABEL.match(match["label"])
        and not _SEE_ALSO_LABEL.match(match["label"])
    )


# `Lesen Sie auch: …`, `Baca juga: …`, `Voir aussi : …`: a link to another story, never a line of data.
_SEE_ALSO_LABEL = re.compile(
    r"(?:lesen sie|siehe|read|see|also|voir|lire|lea|leia|veja|vedi|leggi|baca|lihat|simak|zie|lees|czytaj)\b",
    re.I,
)


def _practical_run_length(tail: list[str]) -> int:
    """How many of the tail's first lines are `Label: value` lines of practical information: a box's dates,
    places, prices, tickets, opening hours, contact and registration (and a recipe card's servings and times).
    A tag line's `Schlagworte:`, a share bar's `Partager :`, a source's `Fuente:` is no such line."""
    run = 0
    while run < len(tail) and run < _MAX_PRACTICAL_RUN:
        match = _LABEL_VALUE.match(tail[run])
        if match is None or not _is_data_match(match) or not _PRACTICAL_LABEL.match(match["label"]):
            break
        run += 1
    return run


_MAX_PRACTICAL_RUN = 12  # lines
# Practical labels of event, venue and service boxes (French regional papers' `Pratique`, German local papers'
# `Info`/`Auf einen Blick`, municipal and club news, recipe cards of WordPress recipe plugins): en, de, fr, es,
# it, nl, pt, pl, id.
_PRACTICAL_LABEL = re.compile(
    r"(?:dates?|datum|termine?|wann|wo|ort|orte|lieux?|adresse|address|anschrift|tarifs?|prix|preise?|eintritt"
    r"|kosten|prices?|tickets?|billets?|billetterie|karten|vorverkauf|horaires?|öffnungszeiten|opening hours"
    r"|hours|times?|uhrzeit|zeit|info|infos|informations?|kontakt|contact|anmeldung|inscriptions?|registration"
    r"|réservations?|reservierung|booking|entradas?|precios?|lugar|fecha|horarios?|biglietti|prezzi|prezzo|luogo"
    r"|orari|data|dove|quando|prijs|plaats|locatie|tijd|openingstijden|entree|toegang|kaarten|preço|local"
    r"|bilhetes|horário|cena|miejsce|bilety|godziny|harga|tempat|waktu|tiket|lokasi|alamat|kontak|pendaftaran"
    r"|telefon|tel|téléphone|phone|e-?mail|web|internet|site|website|parking|anfahrt|accès|acceso|veranstalter"
    r"|organisateurs?|organizer|portionen|schwierigkeit|zubereitungszeit|backzeit|kochzeit|servings|difficulty"
    r"|prep time|cook time|portions|difficulté|cuisson|préparation|porciones|dificultad|porzioni|difficoltà"
    r"|porties|porções|porcje|porsi)\b",
    re.I,
)


def _data_run_ends_text(paragraphs: list[str], last: int, first: int) -> bool:
    """The text's last paragraph and the one before it are `Label: value` lines of prose length: a practical-
    information box closing the article (French regional papers' `Pratique` encadré, German local papers'
    `Info`/`Auf einen Blick`, event and venue pages' `Dates:`/`Lieu:`/`Tarifs:`), whose shorter lines after them
    (`Billetterie : office de tourisme … et sur www.…`) continue it."""
    return last - first >= 1 and all(_is_data_line(paragraphs[i]) for i in (last - 1, last))


# Lines before the first prose paragraph: a headline block (kicker, byline, date, share labels left after the
# title and byline lines went) is a few; on a page that is no article and no shop's (`_declares_article`,
# `_is_product_page`: a live blog's key points, a read-aloud player's labels, a table of contents, a shop's price
# and rating lines are many) this many are the page's data set before its prose (a drug database's label/value
# grid, an imprint's address block, a recipe's ingredients), kept.
_DATA_HEAD_LINES = 6


def _trim_edges(
    paragraphs: list[str],
    items: set[str] | frozenset[str] = frozenset(),
    names: set[str] | frozenset[str] = frozenset(),
    *,
    data_head: Callable[[], bool] | None = None,
    product: Callable[[], bool] | None = None,
) -> list[str]:
    """Drop the headline/byline/date lines before the first prose paragraph and the labels after the last;
    list items that continue a list the last paragraph belongs to stay (the last point of a bulleted list).
    When `data_head` says so (a page that is no article and no shop's: asked only then), many lines before the
    first prose paragraph are the page's data and stay."""
    first = next((i for i, text in enumerate(paragraphs) if _is_prose(text)), None)
    if first is None:
        return paragraphs
    if first >= _DATA_HEAD_LINES and data_head is not None and data_head():
        first = 0
    # A subheading that opens the text right before its first paragraph belongs to it; so does a short
    # opening sentence ('Werbung nervt. Tracking nervt.', 'When I woke up, there was nothing.').
    while first > 0 and (
        _SUBHEADING_MARK + paragraphs[first - 1] in items
        or _is_opening_sentence(paragraphs[first - 1], items)
        or _introduces_list(paragraphs[first - 1], paragraphs[first], items)
        or _opens_the_text(paragraphs[first - 1], names)
    ):
        first -= 1
    if first > 0 and _opens_a_run_of_sections(paragraphs, first - 1, items, names):
        first -= 1
    last = max(i for i, text in enumerate(paragraphs) if _is_prose(text))
    tail = paragraphs[last + 1 :]
    letter = _opens_as_letter(paragraphs[first])
    # Short closing lines that read as sentences stay ("He was 72."); labels and link titles go.
    kept_tail: list[str] = []
    previous = paragraphs[last]
    listing = previous in items  # the last kept line is a list item or the heading of a list
    listing = listing or _product_list_lead_in(previous, tail, 0, items, product)
    data_left = 0  # lines of a run of `Label: value` data lines still to keep, this one included
    chronology = _is_chronology(paragraphs, last)
    if tail and _data_run_ends_text(paragraphs, last, first):
        run = _practical_run_length(tail)
        data_left = run + 1 if run else 0  # the loop counts the first line off before it reads it
    if _is_product_data_tail(tail, items, product):
        return paragraphs[first:]
    for k, text in enumerate(tail):
        heads_list = (
            _HEADING_MARK + text in items
            and k + 1 < len(tail)
            and (tail[k + 1] in items or _data_run_length(tail, k + 1) > 0)
        )
        data_left = data_left - 1 if data_left else _data_run_length(tail, k)
        signs = bool(kept_tail) and _signs_after(kept_tail[-1], text, items)
        if (
            len(text) < 100
            and not _SENTENCE_END.search(text)
            and not (text in items and listing)
            and not heads_list
            and not data_left
            and not (chronology and _is_dated_entry(text))
            and not _closes_with_address(text)
            and not (k == len(tail) - 1 and _is_information_address(text))  # the text's last line only
            and not _VALEDICTION.match(text)
            and not _closes_letter(text)
            and not _closes_letter_signed(text)
            and not signs
            and not (k == 0 and _is_signature(text, names))
            and not (k == 0 and letter and _is_possessive_signer(text, items))
        ):
            break
        kept_tail.append(text)
        if signs or _closes_letter_signed(text) or (k == 0 and letter and _is_possessive_signer(text, items)):
            # the letter ends with its signer: a blog's `Verlinkt bei …` link-party line after it is none, and
            # one signer closes it (review: a page repeating `Guten Appetit!` and a name kept 540 KB of them)
            break
        listing = text in items or heads_list or _product_list_lead_in(text, tail, k + 1, items, product)
    return paragraphs[first : last + 1] + kept_tail


# A chronology's entries, each led by its year or month and year (a CV or an about page's `Auswahl des Schaffens`,
# a band's or association's history, an exhibition list: `Oktober 2015 …`, `2008-2012 …`, `Mei 2012 …`). When the
# last prose paragraph is one and so are two of the four before it, the short entries after it are the list's
# older entries, not labels: WordPress about pages, Jimdo and Wix CVs, association histories. Only a bare year or
# a month's name and year (`ab März 2012`) at the line's start, followed by the entry's words: a news story's
# `Seit 2019 …`/`Pada 2019 …` paragraphs, `Copyright 2024 dpa`, `Stand 2024`, an archive's `Juni 2024 (14)` or
# `Hemeroteca 2023` and a count (`About 2000 people`) make none. (WordPress emits `article:published_time` on its
# about pages too: a page declaring an article is not excluded.)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "  # en
    "januar jänner februar märz mai juni juli oktober dezember "  # de
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "  # fr
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "  # es
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "  # it
    "januari februari maart mei augustus "  # nl (and id: januari, februari, mei, juni, juli, agustus)
    "maret agustus desember "  # id
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "  # pt
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split()  # pl
)
_SINCE = frozenset(
    "ab seit since from depuis desde dal dall sinds vanaf od sejak".split()
)  # `ab März 2012 …`
_DATED_ENTRY = re.compile(
    r"(?:([^\W\d_]{2,6})\s+(?=[^\W\d_]{3,12}\.?\s+(?:19|20)\d))?(?:([^\W\d_]{3,12})\.?\s+)?(?:19|20)\d{2}"
    r"(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}|heute|today|now))?[\s:,–-]+(?=[^(\s])(?=.*[^\W\d_]{3})"
)
_CHRONOLOGY_BEFORE = 4  # lines before the last prose paragraph looked at
_CHRONOLOGY_ENTRIES = 2  # of them led by a date, with the last prose paragraph


def _is_dated_entry(text: str) -> bool:
    """A bare year or a month's name and year (after `ab`, `since`, … at most) opens the line, words follow."""
    found = _DATED_ENTRY.match(text[:80])
    if found is None:
        return False
    since, month = found.group(1), found.group(2)
    if month is None:
        return since is None
    return month.casefold() in _MONTHS and (since is None or since.casefold() in _SINCE)


def _is_chronology(paragraphs: list[str], last: int) -> bool:
    if not _is_dated_entry(paragraphs[last]):
        return False
    before = paragraphs[max(0, last - _CHRONOLOGY_BEFORE) : last]
    return sum(1 for text in before if _is_dated_entry(text)) >= _CHRONOLOGY_ENTRIES


def _product_list_lead_in(
    lead_in: str,
    tail: list[str],
    start: int,
    items: set[str] | frozenset[str],
    product: Callable[[], bool] | None,
) -> bool:
    """On a product page, a lead-in line (`Die Vorteile auf einen Blick:`, `Features:`) over the one short list
    that closes the description heads it: the product's feature bullets stay, as Magento's, WooCommerce's and
    Shopware's description tabs set them. Only the text's last list, of a few short items, and never under a
    payment or shipping lead-in (`Bezahlen Sie bequem per:`: the shop's terms); only on a product page: an
    article's `Lesen Sie auch:` over a list of links at its end is the site's."""
    if product is None or not 0 < len(tail) - start <= _LEAD_IN_ITEMS_MAX:
        return False
    if not _introduces_list(lead_in, tail[start], items) or _TERMS_LEAD_IN.search(lead_in):
        return False
    rest = tail[start:]
    return all(line in items and len(line) <= _LEAD_IN_ITEM_MAX for line in rest) and product()


_DATA_TAIL_MAX = 40  # lines of a product's closing feature list and data tabs


def _is_product_data_tail(
    tail: list[str], items: set[str] | frozenset[str], product: Callable[[], bool] | None
) -> bool:
    """On a product page, the lines after the description's last paragraph are all short list items, table rows
    and the headings over them: the feature bullets that close the description and the data tab joined after it
    (WooCommerce's `Zusätzliche Informationen`/`Additional information` table, Shopware's and Magento's
    `Technische Daten`, PrestaShop's `Datenblatt`), never under a payment or shipping heading."""
    if product is None or not 0 < len(tail) <= _DATA_TAIL_MAX:
        return False
    for line in tail:
        if len(line) > _LEAD_IN_ITEM_MAX:
            return False
        if _HEADING_MARK + line in items:
            if _TERMS_LEAD_IN.search(line):
                return False
        elif line not in items:
            return False
    return product()


_LEAD_IN_ITEMS_MAX = 15  # items of a product's feature list
_LEAD_IN_ITEM_MAX = 100  # characters of a feature bullet
# a lead-in naming payment or shipping (de/en/fr/es/it/pt/nl/pl/id)
_TERMS_LEAD_IN = re.compile(
    r"\b(?:bezahl\w*|zahlung\w*|pay|paying|payments?|paypal|versand\w*|shipping|lieferung\w*"
    r"|paiements?|payer|livraison|pagos?|pagar|envíos?|envios?|pagamentos?|spedizion[ei]|betal\w*|verzend\w*"
    r"|płatnoś\w*|płatn\w*|wysyłk\w*|pembayaran|pengiriman|bayar)\b",
    re.I,
)


# A heading that opens the "more on this" part after an article: `Weitere Themen`, `Weitere Informationen`,
# `Das könnte Sie auch interessieren!`, `You may also like`, `More from The Nation`. (`Lesen Sie auch`,
# `Mehr zum Thema`, `Leia também` also head inserts inside the text: they do not end it.)
_MORE_HEADING = re.compile(
    r"(?:weitere\s+(?:themen|beiträge|artikel|informationen|infos|nachrichten|\w*tipps)|das könnte sie auch|"
    r"te puede interesar|you (?:may|might) also like|more from|related (?:articles|stories|posts)|"
    r"potrebbe interessarti|about the author|über (?:den autor|die autorin)|tentang penulis)",
    re.I,
)


def _cut_at_more_heading(paragraphs: list[str]) -> list[str]:
    """A short "more on this" heading in the second half of the text ends the article there."""
    for i in range(len(paragraphs) // 2 + 1, len(paragraphs)):
        text = paragraphs[i]
        if (
            len(text) < 80
            and _MORE_HEADING.match(text)
            and not text.rstrip().endswith(".")
            and not (i == len(paragraphs) - 1 and _is_information_address(text))
        ):
            return paragraphs[:i]
    return paragraphs


# The text's closing pointer to more information with its web address on the same line (`Weitere Informationen
# zum Förderverein: www.…`, `Weitere Infos unter www.…`, `More information: https://…`, `Plus d'informations :
# www.…`, `Más información: www.…`, `Maggiori informazioni: www.…`, `Meer informatie: www.…`, `Mais informações:
# www.…`, `Więcej informacji: www.…`, `Informasi lebih lanjut: www.…`): municipal and club news on Joomla, TYPO3
# and WordPress, press releases, university news. It names its address after a colon or `unter`/`at`/`sur`: a
# heading over a box of links (`Weitere Informationen`, `Weitere Nachrichten auf www.…`) holds none so.
_INFORMATION_ADDRESS = re.compile(
    r"^(?:weitere|mehr|more|further|plus d['’]|más|mas|maggiori|ulteriori|meer|mais|więcej|informasi|info)\s?"
    r"(?:informationen|infos?|information|informations|información|informazioni|informatie|informações|informacji"
    r"|lebih lanjut|selengkapnya)\b[^:\n]{0,60}?(?:\s?:\s*|\s(?:unter|at|on|sur|en|su|op|em|na|di)\s)"
    r"(?:https?://|www\.)\S{4,}$",
    re.I,
)


def _is_information_address(text: str) -> bool:
    return (
        len(text) <= _INFORMATION_LINE_MAX
        and _INFORMATION_ADDRESS.match(text) is not None
        and _ON_THE_TOPIC.search(text) is None
    )


# `Weitere Informationen zum Thema: www.…/wahl` heads a related-coverage box (news sites' `Mehr zum Thema`
# widgets): a pointer to more on the topic, not the text's own closing information about its subject.
_ON_THE_TOPIC = re.compile(
    r"\b(?:zum thema|zu diesem thema|on this (?:topic|story|subject)|on the topic|sur (?:ce|le) sujet"
    r"|sobre (?:el|este|o|esse|este) tema|sull['’]argomento|su questo tema|over dit onderwerp|over het onderwerp"
    r"|sobre o assunto|na ten temat|tentang (?:topik|hal) ini)\b",
    re.I,
)


_INFORMATION_LINE_MAX = 200  # characters


# The publisher's boilerplate closing a press release: `About Kestrel Bay University: Founded in 1891, …`,
# `### About Acme Corp` (universities' news offices, companies' newsrooms, PR wires: PR Newswire, Business Wire,
# GlobeNewswire, ots/news aktuell, Cision), `Über die Stadtwerke X`, `À propos de X`, `Acerca de X`, `Sobre a X`,
# `Informazioni su X`, `Over X`, `Tentang X`: a heading or a bold label naming the page's own publisher. An
# `About …` section naming anything else (`Über die Umfrage`, `About the study`, a company in the news) is text.
_ABOUT_LABEL = re.compile(
    r"(?:(?:about|über|uber|[àa] propos d(?:e|u|es)|acerca de|sobre|informazioni su|over|tentang|om)\s+"
    r"|[àa] propos d['’])"
    r"(?:(?:the|die|der|den|das|la|le|les|el|los|las|a|o|os|as|il|lo|het|de)\s+|l['’])?"
    r"(?P<name>[^\s:.!?][^:!?\n]{1,80}?)\s*(?::\s|:$|$)",
    re.I,
)
_ABOUT_NAME_MIN = 3  # characters of the name read after the label
_GENERIC_SITE_LABELS = frozenset("news blog press media presse newsroom edu org gov info online home".split())
_PUBLISHER_TYPES = re.compile(
    r"(?:Organization|Corporation|CollegeOrUniversity|University|NGO|School|EducationalOrganization|NewsMediaOrganization"
    r"|GovernmentOrganization|LocalBusiness|Company)$"
)
_PUBLISHER_JSONLD_NODES = 200  # JSON-LD nodes read for organisations' names


def _cut_publisher_boilerplate(paragraphs: list[str], publisher: Callable[[], set[str]]) -> list[str]:
    """A paragraph in the text's second half opening with `About <the publisher>` ends the text, when it opens
    the publisher's profile (`_opens_profile`) and nothing but contact lines follow the profile's paragraph. It
    must leave at least as much text before it as it cuts."""
    total = sum(len(text) for text in paragraphs)
    before = 0
    names: set[str] | None = None
    for i, text in enumerate(paragraphs):
        if i > len(paragraphs) // 2 and 2 * before >= total:
            match = _ABOUT_LABEL.match(text[:120])
            if match and len(match.group("name")) >= _ABOUT_NAME_MIN:
                names = publisher() if names is None else names
                if _names_publisher(match.group("name"), names) and _is_profile_section(paragraphs, i, match):
                    return paragraphs[:i]
        before += len(text)
    return paragraphs


def _is_profile_section(paragraphs: list[str], index: int, label: re.Match[str]) -> bool:
    """The `About <name>` at `index` opens the organisation's profile (inline after the label, or the next
    paragraph after a heading), and only contact lines follow it to the text's end."""
    text = paragraphs[index]
    inline = text[label.end() :].strip()
    profile, after = (
        (inline, index + 1) if inline else (" ".join(paragraphs[index + 1 : index + 2]), index + 2)
    )
    if not _opens_profile(profile, _bare_organisation(_fold(label.group("name")))):
        return False
    rest = paragraphs[after:]
    return len(rest) <= _CONTACT_LINES_MAX and all(_is_contact_line(line) for line in rest)


# A profile sentence opening with the organisation's name, a short clause (`Founded in 1891, `) and an article
# allowed before it, its legal form or a short parenthesis after it, then `is`/`ist`/`est`/`es`/`è`/`is een`/
# `adalah`/`jest` …: `Founded in 1891, Kestrel Bay University is a public research university`. A paragraph about
# anything else (`Philosophen haben …`, `Today the Ledger publishes …`, `Lindau wurde 882 …`) is the text's.
_PROFILE_CLAUSE = re.compile(r"[^.,;:!?]{1,40},\s+")
_PROFILE_ARTICLE = re.compile(r"(?:(?:the|die|der|das|la|le|el|a|o|il|lo|de|het)\s+|l['’])?")
_PROFILE_VERB = re.compile(
    r"\W{0,3}(?:[^.!?]{0,30}?\s)?(?:is|are|was|has been|ist|sind|war|est|sont|es|son|fue|è|sono|é|são|foi|zijn|adalah"
    r"|merupakan|jest|są)\b"
)
_CONTACT_LINE = re.compile(
    r"(?:media|press|presse|pers|medien|contact|kontakt|contacto|contato|contatto|kontak|pressekontakt"
    r"|informações para a imprensa|informationen für (?:die )?presse|for (?:more|further) information"
    r"|weitere informationen|plus d['’]informations|más información|per informazioni|e-?mail|tel|phone|telefon|fax"
    r"|source|quelle|fonte|sumber|###|-30-)\b",
    re.I,
)
_CONTACT_LINES_MAX = 6
_CONTACT_LINE_CHARS = 300


def _opens_profile(text: str, name: str) -> bool:
    if len(name) < _ABOUT_NAME_MIN:
        return False
    folded = _fold(text[:200])
    clause = _PROFILE_CLAUSE.match(folded)
    for start in (0, clause.end() if clause else -1):
        if start < 0:
            continue
        article = _PROFILE_ARTICLE.match(folded, start)
        at = article.end() if article else start
        if folded.startswith(name, at) and _PROFILE_VERB.match(folded, at + len(name)):
            return True
    return False


def _is_contact_line(text: str) -> bool:
    return len(text) <= _CONTACT_LINE_CHARS and bool(_CONTACT_LINE.match(text.lstrip(" *#–—-")))


def _names_publisher(name: str, names: set[str]) -> bool:
    """`name`, its company form aside (`Acme, Inc.`, `PT Maju Jaya Tbk`, `Stadtwerke X GmbH`), is one of the
    publisher's names, or one of them without its channel word (`Kestrel Bay University` of the site name
    `Kestrel Bay University News`). `About Kestrel Bay's new dean` is text."""
    bare = _bare_organisation(_fold(name))
    if len(bare) < _ABOUT_NAME_MIN or bare in _GENERIC_SITE_LABELS:
        return False
    return any(bare in (_bare_organisation(known), _CHANNEL_WORD.sub("", known)) for known in names)


# The channel word after an organisation's name in its site's name: `X News`, `X Newsroom`, `X Presse`.
_CHANNEL_WORD = re.compile(
    r"\s+(?:news|newsroom|press|press room|media|blog|magazine|online|today|aktuell|nachrichten|presse"
    r"|pressestelle|actualités|actualites|noticias|notizie|nieuws|berita|aktualności)$"
)
# An organisation's legal form, and Indonesian companies' leading `PT`.
_COMPANY_FORM = re.compile(
    r",?\s+(?:inc|corp|corporation|co|company|ltd|llc|plc|gmbh|ag|se|kg|e\.\s?v|sa|s\.a|srl|s\.r\.l|spa|s\.p\.a"
    r"|bv|b\.v|nv|n\.v|tbk|oy|ab|as)\.?$"
)


def _bare_organisation(name: str) -> str:
    return _COMPANY_FORM.sub("", name.removeprefix("pt ")).strip()


def _publisher_names(page: _Page) -> set[str]:
    """The folded names the page gives its publisher: `og:site_name`, JSON-LD publishers, source organisations,
    organisation authors and top-level organisation nodes (`_jsonld_publisher_names`), and the `<title>`'s suffix
    after a separator. An organisation the story is `about` or `mentions` is no publisher; nor is the host's name."""
    names: set[str] = set()
    document = page.document
    site = document.find("meta", attrs={"property": "og:site_name"}) if document is not None else None
    if isinstance(site, Tag):
        names.add(_fold(str(site.get("content") or "")))
    for text in _jsonld_texts(page):
        names.update(_jsonld_publisher_names(text))
    title = document.find("title") if document is not None else None
    if title is not None:
        parts = TITLE_SEPARATOR.split(title.get_text()[:300].strip())
        if len(parts) > 1 and parts[-1].strip():
            names.add(_fold(parts[-1]))
    return {name for name in names if len(name) >= _ABOUT_NAME_MIN}


_PUBLISHER_KEYS = ("publisher", "sourceOrganization", "author")


def _jsonld_publisher_names(text: str) -> set[str]:
    """Names of a JSON-LD script's publishing organisations, `_PUBLISHER_JSONLD_NODES` nodes read at most: read by
    telisik's JSON-LD reader (bounded depth: a hostile script nested thousands deep is skipped, not recursed)."""
    names: set[str] = set()
    nodes = flatten_nodes(parse_jsonld_text(text))[:_PUBLISHER_JSONLD_NODES]
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        if _is_organisation(node):
            names.update(_organisation_name(node))
        for key in _PUBLISHER_KEYS:
            value = node.get(key)
            for item in (value if isinstance(value, list) else [value])[:10]:
                if isinstance(item, dict) and set(item) <= {"@id", "@type"}:
                    item = by_id.get(str(item.get("@id")), item)
                if isinstance(item, str) and key != "author":
                    names.add(_fold(item))
                elif isinstance(item, dict) and (key != "author" or _is_organisation(item)):
                    names.update(_organisation_name(item))
    return names


def _is_organisation(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _PUBLISHER_TYPES.search(k) for k in kinds)


def _organisation_name(node: dict[str, Any]) -> set[str]:
    name = node.get("name")
    return {_fold(name)} if isinstance(name, str) else set()


def _cut_after_signoff(paragraphs: list[str]) -> list[str]:
    """A paragraph that is only a sign-off code, like `(kpl/otx)`, ends the article."""
    for i in range(len(paragraphs) - 1, len(paragraphs) // 2, -1):
        if _SIGNOFF.fullmatch(" " + paragraphs[i]):
            return paragraphs[:i]
    return paragraphs


# --- Appendices and notices of the open web (issue #10, session 10: blogs, press releases, wikis, newsletters,
# recipe cards, forums). Each class below is printed by many sites of a family, named where it is defined.

# A breadcrumb trail printed as one line above the headline: `Accueil > Actualités > Title` (SPIP's `arbo`),
# `Home » Blog » Title` (Yoast and Rank Math breadcrumbs), `Home / News / Title` (Drupal, Joomla, gov.uk-style
# design systems), `Beranda > Berita > Title` (Indonesian WordPress themes). Two separators of one kind after a
# home word: `Home / away form` is a sentence.
_BREADCRUMB = re.compile(
    r"^(?:home(?:page)?|accueil|startseite|inicio|início|beranda|halaman utama|strona główna|etusivu|hem"
    r"|forside|principale|pagina iniziale|home page)\s*(?P<sep>[>»›/|→])\s*\S[^\n]*?\s(?P=sep)\s*\S",
    re.I,
)
_MAX_BREADCRUMB = 300

# A line of two credit labels or more under the text (`Penulis: A dan B Penyunting: C Fotografer: D` in
# Indonesian campus and regional papers such as Balairung and Tempo's closing `Penulis: … Editor: …`; magazines'
# `Words: A Photos: B`): a credit box, never a sentence.
_CREDIT_BOX_LABEL = re.compile(
    r"(?:^|\s)(?:penulis|penyunting|editor|redaktur|reporter|pewarta|fotografer|foto|ilustrator|ilustrasi|desain"
    r"|words|text|photos?|photography|illustrations?|writer|editing|layout)\s*:",
    re.I,
)
_MAX_CREDIT_BOX = 300

# Labels of a forum's quoted earlier post, first in the quote box: phpBB's `name wrote: ↑ date`, with its jump arrow
# or the date; vBulletin's `Originally Posted by`; SMF's `Quote from: name on date`; XenForo's `name said:`.
# The header goes; the quoted words stay (a quotation, like any blockquote of the text).
_FORUM_QUOTE = re.compile(
    r"^(?:\S{1,40} (?:wrote|schrieb|a écrit|escribió|scrisse|menulis|schreef|skrev|napisał)\s*:\s*"
    r"(?:↑\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,? \w+\.? \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
    r"|\S{1,40} (?:wrote|schrieb|a écrit|escribió|scrisse|menulis|schreef|skrev|napisał)\s*:\s*↑"
    r"|(?:originally posted by|zitat von|citation de) \S{1,40}|quote from: \S{1,40} on [^\n]{6,40}?\d{4}"
    r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?|\S{1,40} said:\s*↑)\s*",
    re.I,
)

# MediaWiki's section edit links, printed after every heading: `Results[edit]`, `[edit | edit source]`,
# `Resultat[redigera]`, `[bearbeiten | Quelltext bearbeiten]`, `[modifier | modifier le code]`, `[sunting]`.
_EDIT_SECTION = re.compile(
    r"\s*\[\s*(?:edit|edit source|redigera|bearbeiten|modifier|editar|modifica|bewerken|sunting|edytuj|muokkaa"
    r"|rediger|redigér|править|редактировать|szerkesztés|upravit|düzenle|sửa|編集|编辑)"
    r"(?:\s*\|\s*[^\[\]|]{1,40})?\s*\]$",
    re.I,
)


def _own_text(page: _Page, unit: _Unit, container: int) -> str:
    """The unit's text without a heading's section edit link or a forum quote's header (`name wrote: ↑ date`:
    the quoted words stay, as any blockquote of the text)."""
    text = unit.text
    name = page.tags[unit.owner].name
    if name in _HEADING_TAGS:
        return _without_edit_link(text)
    if name == "pre" and text[:1] in "01" and _is_line_numbers(text) and _beside_code(page.tags[unit.owner]):
        return ""  # a code block's line-number gutter
    if text[:1] != "↑" and " " in text[:60]:
        header = _FORUM_QUOTE.match(text)
        if header and _in_quote(page, unit.owner, container):
            return text[header.end() :]
    return text


_MIN_GUTTER_LINES = 3


def _is_line_numbers(text: str) -> bool:
    """A code block's line-number gutter, a `<pre>` of its own: `1 2 3 4` counting up by one from 0 or 1 (Rouge's
    `rouge-gutter` on Jekyll/GitHub Pages, Pygments' `linenos` on Sphinx/MkDocs/Pelican, Hugo Chroma's table
    mode, SyntaxHighlighter's `gutter`)."""
    numbers = text.split()
    # ASCII digits of a line number only: `³` is a digit int() refuses, a 5000-digit number is no line number
    if len(numbers) < _MIN_GUTTER_LINES or not all(
        n.isascii() and n.isdigit() and len(n) <= 6 for n in numbers
    ):
        return False
    first = int(numbers[0])
    return all(int(n) == first + i for i, n in enumerate(numbers))


def _beside_code(pre: Tag) -> bool:
    """A gutter sits in a table cell beside the code's (Rouge, Pygments, Chroma), or right beside the code's
    `<pre>`/`<code>`: a program's output `1 2 3 4 5` under `Output:` is text. A few steps, never a sibling scan."""
    node: Tag | None = pre
    for _ in range(3):
        if node is None:
            break
        if node.name == "td":
            return True
        node = node.parent
    for step in ("next_sibling", "previous_sibling"):
        sibling = getattr(pre, step)
        for _ in range(3):
            if sibling is None:
                break
            if isinstance(sibling, Tag):
                if sibling.name in ("pre", "code"):
                    return True
                break
            if str(sibling).strip():
                break
            sibling = getattr(sibling, step)
    return False


def _without_edit_link(text: str) -> str:
    """A heading's text without MediaWiki's section edit link; the heading alone stays as it is."""
    if not text.endswith("]"):
        return text
    stripped = _EDIT_SECTION.sub("", text)
    return stripped if stripped else text


def is_notice(text: str) -> bool:
    """A notice, promo or disclaimer line rather than text: never a standfirst (lead.py)."""
    return _is_boilerplate_text(text) or _is_disclaimer(text) or _is_breadcrumb(text)


def _is_breadcrumb(text: str) -> bool:
    # a trail ends with the page's title, not a full stop: `Home / away / neutral games are …` is a sentence
    return len(text) < _MAX_BREADCRUMB and not text.endswith(".") and bool(_BREADCRUMB.match(text))


def _is_credit_box(text: str) -> bool:
    """Two credit labels or more, the first opening the line, no sentence between them."""
    if len(text) > _MAX_CREDIT_BOX or ":" not in text:
        return False
    labels = _CREDIT_BOX_LABEL.findall(text)
    # names after the labels: a quotation or a clause after a comma (`Photo: a selfie, sent at 2 a.m., the court
    # heard`) is a sentence
    return (
        len(labels) >= 2
        and bool(_CREDIT_BOX_LABEL.match(text))
        and ". " not in text
        and not _CREDIT_BOX_PROSE.search(text)
    )


_CREDIT_BOX_PROSE = re.compile(r"[\"“”«»„]|,\s+[a-z]")


# The end of a press release: `– ENDS –`, `-ENDS-`, `ENDS` (NGOs, UK and Irish government departments,
# universities), `###` and `# # #` (PR Newswire, Business Wire, EIN Presswire, US agencies), `-30-` (Canadian and US
# newsrooms); upper case only, alone on its line or before `Notes to editors`. What follows is for editors.
_ENDS_MARK = re.compile(
    r"^(?:[-–—*\s]*ENDS[-–—*\s.]*|#{3,}|#(?: #){2}|[-–—]\s?30\s?[-–—])\s*"
    r"(?i:notes? (?:to|for) (?:the )?editors?\s*:?)?$"
)
_EDITORS_NOTES = re.compile(
    r"(?:notes? (?:to|for) (?:the )?editors?|editor'?s'? notes|hinweise? für redaktionen)\s*:?$", re.I
)
# The heading of a blog's or CMS's comment section and of SPIP's post-scriptum, alone on its line: `Comments`,
# `3 Comments`, `Leave a Reply` (WordPress), `Post a Comment` (Blogger), `Messages` and `P.-S.` (SPIP), `Kommentare`,
# `Komentar` (OpenSID, Indonesian WordPress themes), `Commentaires`, `Reacties`.
_COMMENTS_HEADING = re.compile(
    r"(?:\d{1,4}\s+)?(?:comments?|kommentare?|komentar|commentaires?|comentarios?|commenti"
    r"|reacties|messages|leave a (?:reply|comment)|post a comment|tinggalkan (?:balasan|komentar)"
    r"|laisser un commentaire|schreibe einen kommentar|deja un comentario|lascia un commento)\s*[:(]?\s*\d{0,4}\)?:?$"
    r"|p\.\s?-?\s?s\.|post-scriptum",
    re.I,
)
# The heading of the notes and references after the text (MediaWiki's `References`/`Källor`/`Einzelnachweise`,
# SPIP's and WordPress footnote plugins' `Notes`, think tanks' `Endnotes`); cut only when every line after it is a
# note: a `Notes` subheading followed by text is part of the article.
_NOTES_HEADING = re.compile(
    r"(?:(?:end|foot)?notes?|references?|sources?|källor|referenser|fotnoter|noter|einzelnachweise|quellen"
    r"|anmerkungen|fußnoten|références|notas|referencias|fuentes|riferimenti|bronnen|voetnoten|referensi"
    r"|catatan(?: kaki)?|rujukan|przypisy|bibliografia)\s*:?$",
    re.I,
)
# A note's marker: MediaWiki's `↑` and `^` back links, `[1]` (SPIP), `(1)`, `1.` or `1)`.
_NOTE_MARK = re.compile(r"^(?:[↑^]|\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]\s|\*\s)")
_APPENDIX_SCAN = 60  # lines from the end: an appendix is short, and a huge text is never walked twice


def _cut_appendix(paragraphs: list[str], items: set[str] | frozenset[str]) -> list[str]:
    """A press release's end mark, a notes-to-editors heading, a comment section's or post-scriptum's heading, or
    a notes heading over notes only, after the text's first third: the article ends before it."""
    count = len(paragraphs)
    # after the text's first third (two paragraphs at least): an appendix may be as long as a short release
    start = max(count // 3, 2, count - _APPENDIX_SCAN)
    # a release has one end mark: `###` or `ENDS` printed twice or more breaks the text's sections
    marks = [i for i in range(start, count) if len(paragraphs[i]) <= 60 and _ENDS_MARK.match(paragraphs[i])]
    # the last heading of the text's own sections: a comment section's heading comes after every one of them (SPIP's
    # `P.-S.` before its `Messages`, not a `Comments` subheading of a story about a news site's comments)
    last_heading = max(
        (
            i
            for i in range(start, count)
            if _HEADING_MARK + paragraphs[i] in items
            and not (
                len(paragraphs[i]) <= 60
                and (_COMMENTS_HEADING.fullmatch(paragraphs[i]) or _NOTES_HEADING.match(paragraphs[i]))
            )
        ),
        default=-1,
    )
    for i in range(start, count):
        text = paragraphs[i]
        if len(text) > 60:
            continue
        heading = _HEADING_MARK + text in items
        if len(marks) == 1 and i == marks[0] and _release_tail(paragraphs, i):
            return paragraphs[:i]
        if _EDITORS_NOTES.match(text) and _shorter_after(paragraphs, i):
            return paragraphs[:i]
        if (
            heading
            and i > last_heading
            and _COMMENTS_HEADING.fullmatch(text)
            and _shorter_after(paragraphs, i)
            # a comment opens with its writer's line; a paragraph of prose under `Comments` is a story's section
            # (SPIP's `P.-S.` heads the writer's own closing words: prose under it is the appendix)
            and (
                text[:1] in "pP"
                or not (i + 1 < count and len(paragraphs[i + 1]) >= 100 and _is_prose(paragraphs[i + 1]))
            )
        ):
            return paragraphs[:i]
        if (
            _NOTES_HEADING.match(text)
            and i + 1 < count
            and (
                (
                    all(_NOTE_MARK.match(p) for p in paragraphs[i + 1 :])
                    and (heading or all(_CITATION.search(p) for p in paragraphs[i + 1 :]))
                )
                or (
                    heading
                    and _SOURCES_HEADING.match(text)
                    and _is_reference_list(paragraphs[i + 1 :], items)
                )
            )
        ):
            return paragraphs[:i]
    # MediaWiki's references with no heading kept: a run of `↑`/`^` lines closing the text
    end = count
    while end > start and paragraphs[end - 1][:1] in ("↑", "^"):
        end -= 1
    return paragraphs[:end]


# The heading of a sources list (not `Notes`/`Catatan`/`Note`, over an announcement's dated dates or a show's
# opening hours): German `Quellen`/`Literatur`, English `Sources`/`References`/`Bibliography`, and their kin.
_SOURCES_HEADING = re.compile(
    r"(?:quellen(?:angaben)?|literatur(?:verzeichnis)?|weiterführende literatur|referenzen|sources?|references?"
    r"|bibliograph(?:y|ie)|bibliografia|bibliografía|fuentes|referencias|fonti|riferimenti bibliografici|bronnen"
    r"|literatuur|références|źródła|sumber|daftar pustaka|referências|fontes)\s*:?$",
    re.I,
)
# A bibliography's entry names its year (`Kawai K et al.: ... BMJ Open 2014; 4: e004833.`).
_REFERENCE_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def _is_reference_list(lines: list[str], items: set[str] | frozenset[str]) -> bool:
    """Unnumbered list items that each cite a dated work: the sources list under a `Quellen`/`Sources` heading of a
    health or science page (gesundheit.gv.at, NHS, Mayo Clinic, MedizinTransparent)."""
    run = 0
    while run < len(lines) and lines[run] in items and _REFERENCE_YEAR.search(lines[run]):
        run += 1
    # the page's closing lines may follow the list (a disclaimer, `Was this helpful?`): a few, shorter than it
    rest = lines[run:]
    return run >= _MIN_REFERENCES and len(rest) <= _REFERENCE_TAIL_LINES and len(rest) < run


_MIN_REFERENCES = 2
_REFERENCE_TAIL_LINES = 3


# A citation's marks, for notes under a `Notes:` line that is no heading: a year in brackets, pages, a retrieval
# date, a link, MediaWiki's back arrow. `1. Peserta wajib membawa KTP` under `Catatan:` is an announcement's list.
_CITATION = re.compile(
    r"\(\d{4}\)|\bpp?\.\s?\d|\bretrieved\b|\bdiakses\b|\babgerufen\b|https?://|www\.|↑|\bibid\b", re.I
)
# the heading that opens a release's tail after its end mark
_RELEASE_TAIL_HEADING = re.compile(
    r"(?:about|contact|media contacts?|press contacts?|notes?|notes? to editors|über|kontakt|à propos|tentang"
    r"|kontak)\b.{0,40}$",
    re.I,
)


def _release_tail(paragraphs: list[str], index: int) -> bool:
    """What follows a release's end mark: under half of what precedes it, or an About/Contact/Notes heading."""
    if index + 1 < len(paragraphs) and _RELEASE_TAIL_HEADING.match(paragraphs[index + 1]):
        return True
    return 2 * sum(map(len, paragraphs[index + 1 :])) < sum(map(len, paragraphs[:index]))


def _shorter_after(paragraphs: list[str], index: int) -> bool:
    """Less text after the line than before it: a release's tail (contacts, `About us`), not a blog's `###` section
    break in the middle of a post."""
    return sum(map(len, paragraphs[index + 1 :])) < sum(map(len, paragraphs[:index]))


# A disclaimer in the first two or last three paragraphs: `The views expressed … are those of the author(s) and do
# not necessarily reflect …` (think tanks, op-ed pages, university blogs, Project Syndicate-style syndication),
# `Disclaimer: …` (affiliate and review blogs), its translations, and the Indonesian opinion pages' `Tulisan ini
# adalah opini pribadi penulis … tidak mencerminkan …`. A paragraph of prose that discusses a disclaimer does not
# open with these words.
_DISCLAIMER = re.compile(
    r"(?:disclaimer|haftungsausschluss|aviso legal|descargo de responsabilidad)\s*:"
    r"|(?:the )?(?:views|opinions) expressed (?:in |here|by |on ).{0,120}\b(?:(?:do|does) not necessarily|not "
    r"necessarily (?:reflect|represent)|are (?:solely |entirely )?(?:those|the responsibility) of the (?:authors?"
    r"|writers?|contributors?))"
    r"|(?:die|las|les|le|as|i)\s+(?:hier\s+)?(?:geäußerten|vertretenen|opiniones|opinions|opiniões|opinioni)"
    r".{0,120}\b(?:nicht notwendigerweise|no reflejan necesariamente|n'engagent que|ne reflètent pas"
    r"|não refletem necessariamente|non riflettono necessariamente)",
    re.I,
)
_MAX_DISCLAIMER = 400
_DISCLAIMER_EDGE = 3


# Reported speech (`…, the chair warned`, `said the fraud officer`, `advirtió el ministro`, `kata juru bicara`): a
# news sentence about a disclaimer, a notice, a source or a job opening, never the notice itself.
_REPORTING = re.compile(
    r"\b(?:said|says|warned|told|explained|according to|dijo|advirtió|afirmó|declaró|según|a déclaré|a dit"
    r"|a averti|selon|sagte|erklärte|warnte|laut|kata|ujar|katanya|ujarnya|menurut|tutur|disse|ha detto"
    r"|secondo)\b",
    re.I,
)
# A disclaimer speaks of its own page, writer or publisher (`this article`, `the author`, `wij ontvangen`, `tidak
# mewakili … redaksi`, `not financial advice`): `Disclaimer: a single word on a betting app's home screen has become
# the centre of a court case` opens a story.
_DISCLAIMER_OWN = re.compile(
    r"\b(?:this|these|our|we|i|my|you|your|author|authors|writer|writers|contributors?|publisher|editorial|site|blog"
    r"|dit|deze|wij|we|ons|onze|ik|dieser|diese|dieses|wir|unser\w*|ich|ce|cet|cette|nous|notre|je|este|esta|estos"
    r"|nuestr\w+|nosotros|ini|kami|saya|penulis|redaksi|pribadi|not (?:financial|investment|legal|medical|tax)"
    r"|informational|affiliate|sponsored|commission)\b",
    re.I,
)


def _is_disclaimer(text: str) -> bool:
    return (
        len(text) <= _MAX_DISCLAIMER
        and bool(_DISCLAIMER.match(text))
        and not _REPORTING.search(text)
        and bool(_DISCLAIMER_OWN.search(text))
    )


def _without_edge_disclaimers(paragraphs: list[str]) -> list[str]:
    count = len(paragraphs)
    edges = set(range(min(2, count))) | set(range(max(0, count - _DISCLAIMER_EDGE), count))
    dropped = {i for i in edges if _is_disclaimer(paragraphs[i])}
    return [text for i, text in enumerate(paragraphs) if i not in dropped] if dropped else paragraphs


# A recipe card's facts (WP Recipe Maker, Tasty Recipes, Mediavine Create, Zip Recipes): prep/cook/total times,
# servings, and the nutrition block under its heading. Only a run of two facts or more goes: one `Cottura 45
# minuti` line may be a step.
_RECIPE_TIME = re.compile(
    r"^(?:(?:(?:prep(?:aration)?|cook(?:ing)?|total|rest(?:ing)?|bake|baking|active|inactive)\s*time"
    r"|prep|cook|preparazione|cottura|riposo|tempo totale|zubereitung(?:szeit)?|kochzeit|backzeit|ruhezeit"
    r"|gesamtzeit|arbeitszeit|(?:temps de )?(?:préparation|cuisson|repos)|temps total|(?:tiempo de )?(?:preparación"
    r"|cocción|reposo)|tiempo total|waktu (?:persiapan|memasak|total)|bereidingstijd|kooktijd|oventijd)"
    r"\s*:?\s*\d{1,4}(?:[,.]\d)?\s*(?:min\w*|h|hrs?|hours?|ore|ora|std\.?|stunden?|heures?|horas?|jam|menit|uur"
    r"|minuut)\b[^.!?]{0,20}"
    r"|(?:servings?|serves|yield|porzioni|portionen|portions|porciones|raciones|porsi|personen|porties)"
    r"\s*:?\s*\d{1,4}\b[^.!?]{0,25})$",
    re.I,
)
_NUTRITION_HEADING = re.compile(
    r"(?:nutrition(?:al)?(?: facts| information| info)?|valori nutrizionali|nährwerte|nährwertangaben"
    r"|valeurs nutritionnelles|información nutricional|valores nutricionales|informasi gizi|nutrition per serving"
    r"|voedingswaarde)\s*:?$",
    re.I,
)
_NUTRIENT = re.compile(
    r"^(?:calories|calorie|kalorien|kalori|energy|energie|energia|calorías)\s*:?\s*\d", re.I
)


# The card's course and cuisine tags on one line (`Course Dessert Cuisine Italian`, `Portata Dolci Cucina Italiana`,
# `Gang Nachtisch Küche Deutsch`, `Plat Dessert Cuisine Française`): two labels of a card, never a sentence.
# Labels and values are capitalised as the cards print them: a heading `Course fees and cuisine options` stays.
_RECIPE_TAGS = re.compile(
    r"^(?:Course|Portata|Gang|Plat|Plato|Hidangan)\s+[A-ZÀ-Þ][^.!?]{0,40}?\s(?:Cuisine|Cucina|Küche|Cocina|Keuken"
    r"|Masakan)\s+[A-ZÀ-Þ][^.!?]{0,40}$"
)


_RECIPE_LABEL = re.compile(r"\s*:?\s*\d.*$", re.S)  # what follows a fact's label


def _without_recipe_facts(paragraphs: list[str]) -> list[str]:
    drop: set[int] = {i for i, text in enumerate(paragraphs) if len(text) < 90 and _RECIPE_TAGS.match(text)}
    i = 0
    count = len(paragraphs)
    while i < count:
        j = i
        while j < count and len(paragraphs[j]) < 60 and _RECIPE_TIME.match(paragraphs[j]):
            j += 1
        # two labels of a card at least (prep and cook, a time and servings): `Total time: 2 hours 8 min for
        # Kiptum` twice is a race's results
        if j - i >= 2 and len({_RECIPE_LABEL.sub("", paragraphs[k]).lower() for k in range(i, j)}) >= 2:
            drop.update(range(i, j))
        if _NUTRITION_HEADING.match(paragraphs[i]) and i + 1 < count and _NUTRIENT.match(paragraphs[i + 1]):
            drop.update((i, i + 1))
        i = max(j, i + 1)
    return [text for i, text in enumerate(paragraphs) if i not in drop] if drop else paragraphs


# A table's source line right under it (`Source: NOAA ice charts.`, `Quelle: Destatis`, `Fuente: INE`): the
# table's caption, not a paragraph of the text. Needs the table's rows (cells joined with ` | `) right before it.
_TABLE_SOURCE = re.compile(
    r"^(?:sources?|quelle[n]?|fuentes?|fonte|bron(?:nen)?|källa|kilde|sumber|źródło|kaynak)\s*:\s*\S",
    re.I,
)
_MAX_TABLE_SOURCE = 200
_MAX_TABLE_SOURCE_WORDS = 12


def _without_table_sources(paragraphs: list[str]) -> list[str]:
    drop = {
        i
        for i in range(2, len(paragraphs))
        if len(paragraphs[i]) < _MAX_TABLE_SOURCE
        and " | " in paragraphs[i - 1]
        and " | " in paragraphs[i - 2]
        and " | " not in paragraphs[i]  # a row of the table itself (`Source: survey | 2025`) is the text
        and _TABLE_SOURCE.match(paragraphs[i])
        # a source names itself in a few words; `Source: a council officer, who asked not to be named, said …` is text
        and len(paragraphs[i].split()) <= _MAX_TABLE_SOURCE_WORDS
        and ", who" not in paragraphs[i]
        and not _REPORTING.search(paragraphs[i])
    }
    return [text for i, text in enumerate(paragraphs) if i not in drop] if drop else paragraphs


# A salutation opening a newsletter or a letter (`Liebe Gartenfreundinnen und Gartenfreunde,`, `Dear members,`,
# `Chers amis,`, `Queridos lectores:`, `Halo Sobat,`): the text's first line, kept before its first paragraph.
# Personal blogs (Blogger, WordPress) and parish or club letters (Joomla, TYPO3) address their readers with a
# pronoun or a superlative too (`Ihr Lieben,`, `Meine Lieben,`, `My dear friends,`, `Carissimi parrocchiani,`,
# `Queridísimos hermanos,`, `Caríssimos amigos,`, `Kochani,`, `Moi drodzy,`).
_SALUTATION = re.compile(
    # a pronoun-led line ending in a colon is a list's lead-in (`My Hello Kitty collection:`), no salutation
    r"^(?!(?:ihr|meine|my|mes|mis|miei|mie|mijn|moi|moje|meus|minhas)\s[^\n]*:$)"
    r"(?:(?:ihr|meine|my|mes|mis|miei|mie|mijn|moi|moje|meus|minhas)\s+)?"
    r"(?:dear|hi(?=[\s,])|hello|hey|greetings|liebe[rns]?|hallo|sehr geehrte[rn]?|chers?|chères?|bonjour|querid[oa]s?"
    r"|queridísim[oa]s|estimad[oa]s?|hola|car[ieao]|carissim[ieao]|caríssim[oa]s?|gentili|beste|lieve|hej|kære"
    r"|drodzy|drogie|kochani|szanowni|halo|hai|yth\.?)\b[^.!?:\d]{0,80}[,!:]$",
    re.I,
)
_MAX_OPENING_LINE = 90


def _opens_a_run_of_sections(
    paragraphs: list[str], index: int, items: set[str] | frozenset[str], names: set[str] | frozenset[str]
) -> bool:
    """The line right before the text's first paragraph is the first of its section headings: a heading whose
    tag and class a later heading of the text repeats (an about or association page's `Unsere Geschichte`,
    then `Vorstand`, `Mitgliedsbeiträge` as `<h3>`; a citizen-service page's `h2.sp-section__title`s; a
    product's description and data tabs; Joomla articles, TYPO3 and Drupal service pages, WordPress pages). A
    news page's kicker or section name over the text is set apart in a class of its own (`kicker`,
    `overline`, `rubric`), and the page's name is no section."""
    text = paragraphs[index]
    if not items or _fold(text) in names:
        return False
    kinds: dict[str, set[str]] = {}
    for item in items:
        if item.startswith(_HEADING_KIND_MARK):
            kind, _, heading = item[len(_HEADING_KIND_MARK) :].partition("\x00")
            kinds.setdefault(heading, set()).add(kind)
    own = kinds.get(text)
    if not own:
        return False
    return any(kinds.get(later, set()) & own for later in paragraphs[index + 1 :] if later != text)


def _opens_the_text(text: str, names: set[str] | frozenset[str]) -> bool:
    """A salutation (`Dear members,`) or a dateline set apart with the outlet's name (`Lamongan, NU Online Jatim`
    on every NU Online regional site, `Jayapura, Jubi`): the text's first line, not a byline or date line."""
    if _opens_as_letter(text):
        return True
    if len(text) > _MAX_OPENING_LINE:
        return False
    place, comma, outlet = text.partition(", ")
    return bool(comma) and 0 < len(place) <= 30 and _is_place(place) and _fold(outlet) in names


# A dateline's place: one capitalised word (`Lamongan`, `Jayapura`, `Saint-Étienne`) or capitals only (`KUALA
# LUMPUR`). Two capitalised words read as a byline (`Jane Doe, Daily Courier`), so `Kuala Lumpur, Bernama` is left
# to the byline rules: a place's words lost there are fewer than a writer's name kept as text.
_PLACE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*|[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){1,2}")


def _is_place(text: str) -> bool:
    return (
        bool(_PLACE.fullmatch(text))
        and not any(c.isdigit() for c in text)
        and not any(word.lower() in _LABEL_WORDS for word in text.split())
    )


# A post signed right under its last paragraph with a dash: `— The Tessellate maintainers` (release notes of
# MkDocs/Hugo/Jekyll project blogs: `— The Rust Release Team`), `– Anna` (personal blogs, letters): the signer's
# line closes the text. Capitalised words only, no sentence.
_SIGNATURE = re.compile(r"[—–]\s?(?:[A-ZÀ-Þ][\w.'’-]*\s?){1,5}(?:(?:team|maintainers|editors|crew)\s?)?$")


def _is_signature(text: str, names: set[str] | frozenset[str]) -> bool:
    """A signer's line; an agency's or the outlet's credit (`— Reuters`, `– ANTARA`) is no signature."""
    if len(text) > _MAX_OPENING_LINE or not _SIGNATURE.match(text):
        return False
    signer = text.lstrip("—– ")
    if is_news_agency(signer) or _fold(signer) in names:
        return False
    # a team (`The Tessellate maintainers`) or a person's name (`Anna`, `Anna K.`): `— Read More Stories`, `— Getty
    # Images`, `— Story Continues Below`, `– Baca Juga` are labels
    words = signer.split()
    if words[-1].lower() in _SIGNER_TEAMS:
        return True
    return len(words) <= 2 and "." not in signer and not any(word.lower() in _LABEL_WORDS for word in words)


_SIGNER_TEAMS = frozenset({"team", "maintainers", "editors", "crew"})
# words of a label, a credit or a desk, never of a signer's name (`— Related Coverage`, `– Baca Juga`, `— Getty
# Images`, `— AFP Photo`, `— Staff Report`, `— Sponsored Content`, `Opinion, Daily Courier`)
_LABEL_WORDS = frozenset(
    "related coverage read more stories story article top back share tags tag baca juga lihat images image photo "
    "photos foto video sponsored content advertisement iklan staff report reporter reporting opinion opini editorial "
    "analysis news sport sports business updated continues below "
    "teilen partager compartir condividi delen udostępnij compartilhar bagikan".split()  # share labels
)


# A letter-like post's closing line, on a line of its own after the last paragraph, with the signer's name on the
# next line: forum posts (WoltLab, vBulletin, phpBB: `Danke schon mal und viele Grüße` / `Karl`), Blogger and
# WordPress personal blogs (`Bis bald,` / `eure Anna`, `xoxo,` / `Jess`), letters to members. The phrase is the
# whole line (a thanks may lead into it: `Danke schon mal und viele Grüße`, `Thanks and best wishes`): a widget's
# `Escucha: Hasta luego` or `Video: Tot ziens` only ends in one. A one-word closing needs its comma (`Cheers,`,
# `Saludos,`): `Thanks` alone may be a button's label.
_LETTER_CLOSING = re.compile(
    r"^(?:(?:danke|vielen dank|thanks|thank you|merci|gracias|grazie|bedankt|dzięki|obrigad[oa]|terima kasih)\b"
    r"[^,.!?:\n]{0,30}?\s(?:und|and|et|y|e|en|i|dan)\s)?"
    r"(?:(?:(?:herzliche|viele|liebe|beste|freundliche|schöne|sonnige)\s+)?grüße|(?:lg|vg|mfg)|gruß"
    r"|bis (?:bald|dann|morgen|zum nächsten mal)|(?:best|kind|warm) (?:wishes|regards)|see you soon|take care"
    r"|à (?:bientôt|très vite)|gros bisous|hasta (?:pronto|luego|la próxima)|un abrazo|a presto|un saluto"
    r"|tot (?:ziens|snel)|do zobaczenia|até (?:logo|breve)|um abraço|sampai jumpa|salam hangat)\s?[,!.]?$"
    r"|^(?:cheers|thanks|best|love|xoxo|bises|saludos|besos|baci|groetjes|pozdrawiam|abraços|beijos|salam),$",
    re.I,
)
_MAX_CLOSING_LINE = 60  # characters
# The signer under a closing: a name (`Karl`, `Anna Becker`) or a possessive and a name (`eure Anna`, `Euer Tom`,
# `your friend Jess` is left out: three words read as a label, `Mehr zum Thema`).
_SIGNER_LINE = re.compile(
    r"(?:(?i:eure?|deine?|your|yours|votre|ta|ton|tu|vuestr[ao]|je|jullie|vostr[ao]|wasza?|sua|seu|teu|tua)\s"
    r"|[A-ZÀ-Þ][^\W\d_]+\s)?[A-ZÀ-Þ][^\W\d_]+"
)
# A player's or gallery's caption under a widget is no signer (`Spotify Playlist`, `Video Tipps`).
_MEDIA_WORDS = frozenset(
    "video videos audio podcast playlist spotify youtube soundcloud deezer stream livestream radio tv foto fotos"
    " photo photos bild bilder galerie gallery galería galeria mediathek escucha listen hören écouter ascolta"
    " luister słuchaj dengarkan tonton watch".split()
)


def _closes_letter(text: str) -> bool:
    if len(text) > _MAX_CLOSING_LINE:
        return False
    return _LETTER_CLOSING.search(text) is not None or _MEAL_WISH.match(text) is not None


# A recipe post's closing wish with its `!` (`Guten Appetit!`, `Bon appétit !`, `Smacznego!`, `Buon appetito!`):
# food blogs on WordPress (WP Recipe Maker, Tasty Recipes themes) and Blogger sign their recipes under it
# (`Smacznego!<br><em>Kasia</em>`, `Guten Appetit! Eure Anna`). The `!` is required: `Guten Appetit` alone is a
# magazine's section or a restaurant guide's heading as often.
_MEAL_WISHES = (
    "guten appetit",
    "bon appétit",
    "buon appetito",
    "buen provecho",
    "eet smakelijk",
    "smacznego",
    "bom apetite",
    "selamat makan",
    "selamat menikmati",
    "selamat mencoba",
)
_MEAL_WISH = re.compile(r"^(?:" + "|".join(_MEAL_WISHES) + r")\s?!$", re.I)


def _opens_as_letter(text: str) -> bool:
    """The text's first line is a salutation (`Ihr Lieben,`, `Dear friends,`, `Carissimi parrocchiani,`)."""
    return len(text) <= _MAX_OPENING_LINE and _SALUTATION.match(text) is not None


# A possessive and a first name signing a post under its last paragraph (`Eure Franzi`, `Euer Tom`, `Deine Anna`,
# `Votre Marie`, `Vostra Giulia`, `Wasza Kasia`, `Jullie Sanne`): personal blogs on Blogger and WordPress, club
# and parish letters. Read only when the text opened with a salutation (both ends of a letter agree): a
# comment box's `Deine Meinung` or a shop's `Your Account` after a news story is no signer.
# Review: `je`, `ta` and `sua` are left out: `Je Suis`, `Ta Cuisine`, `Sua Excelência` are no signers.
_SIGNER_POSSESSIVES = frozenset(
    "eure euer eurer deine dein your yours votre vos ton vuestra vuestro jullie vostra vostro wasza wasz twoja "
    "seu teu tua".split()
)
_POSSESSIVE_SIGNER = re.compile(
    r"(?i:"
    + "|".join(sorted(_SIGNER_POSSESSIVES, key=lambda word: (-len(word), word)))
    + r")\s[A-ZÀ-Þ][^\W\d_]+"
)


def _is_possessive_signer(text: str, items: set[str] | frozenset[str]) -> bool:
    return (
        _POSSESSIVE_SIGNER.fullmatch(text) is not None
        and _is_signer_line(text)
        and not _names_interface(text)
        and text not in items
        and _HEADING_MARK + text not in items
    )


def _signs_after(closing: str, text: str, items: set[str] | frozenset[str]) -> bool:
    """`text` signs the letter under its closing line. A greeting (`Liebe Grüße`) takes any signer line; a meal
    wish (`Guten Appetit!`) only a bare given name (`Kasia`) or a possessive and one (`Eure Anna`): a recipe
    page's `Rezept Drucken`, `Weitere Rezepte`, `Resep Lainnya` buttons and links follow it as often."""
    if _LETTER_CLOSING.search(closing) is not None and len(closing) <= _MAX_CLOSING_LINE:
        return _is_signer_line(text)
    if _MEAL_WISH.match(closing) is None or text in items or _HEADING_MARK + text in items:
        return False
    if _names_interface(text) or not _is_signer_line(text):
        return False
    return len(text.split()) == 1 or _POSSESSIVE_SIGNER.fullmatch(text) is not None


# Nouns of a page's interface and navigation after a possessive or on a recipe page's buttons (`Deine Meinung`,
# `Your Cart`, `Votre Commentaire`, `Weitere Rezepte`, `Rezept Drucken`, `Resep Lainnya`): en, de, fr, es, it,
# nl, pt, pl, id. A signer's given name is none of them.
_INTERFACE_NOUNS = frozenset(
    "meinung kommentar kommentare warenkorb konto profil suche anmeldung abo newsletter rezept rezepte drucken "
    "merken teilen nachricht daten einstellungen cart basket account profile comment comments opinion search "
    "login recipes recipe print save subscription feedback message settings menu panier compte commentaire "
    "commentaires avis recherche recette recettes imprimer carrito cuenta comentario comentarios opinión "
    "búsqueda receta recetas imprimir carrello opinione commento commenti ricerca ricetta ricette stampa "
    "winkelwagen mening reactie reacties zoeken recept recepten carrinho conta comentário opinião pesquisa "
    "receita receitas koszyk konto komentarz opinia przepis przepisy drukuj keranjang akun komentar pendapat "
    "resep cetak lainnya weitere more autres otras altre andere outras inne "
    # a recipe card's headings and a page's links after a meal wish (review: `Zutaten`, `Tipp`, `Ingredienti`,
    # `Ingrédients`, `Mehr`): WP Recipe Maker, Tasty Recipes, Mediavine Create cards
    "zutaten zubereitung tipp tipps anleitung notizen portionen ingredients ingredient instructions directions "
    "method notes tip tips nutrition servings ingrédients préparation astuce astuces ingredientes preparación "
    "elaboración consejo consejos ingredienti preparazione procedimento consiglio consigli ingrediënten "
    "bereiding bereidingswijze preparo dica dicas składniki przygotowanie wykonanie porada porady bahan "
    "langkah mehr plus más più meer mais więcej lagi "
    # social networks' share and follow links (review: `Pinterest`, `Instagram`)
    "pinterest instagram facebook twitter whatsapp telegram tiktok linkedin youtube threads mastodon bluesky "
    "flipboard reddit tumblr email e-mail rss".split()
)


def _names_interface(text: str) -> bool:
    return any(word.lower().strip(".,:!") in _INTERFACE_NOUNS for word in text.split())


def _closes_letter_signed(text: str) -> bool:
    """The closing and the signer on one line (`Danke schon mal und viele Grüße Heike`, `Bis bald eure Anna`,
    `Cheers, Jess`): forum posts (XenForo, vBulletin, phpBB) and personal blogs write them so as often as on two
    lines. The signer is the line's last one or two words, read as the signer line is."""
    if len(text) > _MAX_CLOSING_LINE + _MAX_SIGNER_WORDS_CHARS:
        return False
    words = text.split()
    if len(words) < 2 or not _is_signer_line(words[-1]) or _names_interface(words[-1]):
        return False  # `Guten Appetit! Pinterest`: a share button under the wish
    if len(words) > 2 and words[-2].lower() in _SIGNER_POSSESSIVES:
        return _closes_letter(" ".join(words[:-2]))
    closing = " ".join(words[:-1])
    return _closes_letter(closing) and _GREETING_END.search(closing) is not None


_MAX_SIGNER_WORDS_CHARS = 30  # characters of the signer's name after the closing
# Review: a farewell and a word on one line (`Hasta luego Lucas`, `À bientôt Paris`, `Bis dann Kreisblatt`) is a
# film's, a song's or a column's title as often; only a greeting word or a possessive goes before a one-word name.
_GREETING_END = re.compile(
    r"(?:grüße|gruß|lg|vg|mfg|regards|cheers|wishes|saludos|abrazos?|bises|bisous|amitiés|groetjes|pozdrawiam"
    r"|salam(?: hangat)?)[,!.]?$"
    # the meal wishes' last words (`… Guten Appetit! Eure Anna`)
    r"|(?:" + "|".join(wish.split()[-1] for wish in _MEAL_WISHES) + r")\s?!$",
    re.I,
)


def _is_signer_line(text: str) -> bool:
    """A signer's name line right under a letter's closing; never a label (`Related Coverage`)."""
    return (
        len(text) <= _MAX_OPENING_LINE
        and _SIGNER_LINE.fullmatch(text) is not None
        and not any(word.lower() in _LABEL_WORDS or word.lower() in _MEDIA_WORDS for word in text.split())
    )


# A letter's or newsletter's closing (`Herzliche Grüße aus dem Vorstand`, `Best regards, the team`, `Cordialement`,
# `Salam hangat`): the text's last line, with the signer's name after it on the same line.
_VALEDICTION = re.compile(
    r"(?:herzliche|viele|liebe|beste|freundliche) grüße|mit freundlichen grüßen|(?:best|kind|warm|warmest) regards"
    r"|yours (?:sincerely|truly|faithfully)|sincerely|cordialement|bien à vous|amitiés|un saludo|saludos cordiales"
    r"|cordiali saluti|un caro saluto|met vriendelijke groet(?:en)?|hartelijke groet(?:en)?|salam hangat|hormat kami",
    re.I,
)
