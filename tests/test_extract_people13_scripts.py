"""Writers' credits of the presses of other languages and scripts (issue #10, web-kinds-7).

Each rule reads a credit form a whole press uses, in the text's own box, only where no visible byline names a
person (nobody, a desk account, the company or the metadata `author` alone is credited):

- Japanese regional and national papers and Kyodo-fed articles close the text with the reporter in full-width
  brackets `（北村真由）`; an agency (`（共同）`) or a desk (`（地方部）`) in that place is no writer, and a company
  in meta author (`株式会社…`) is an organisation.
- Turkish local news CMSes close with `Haber: X / Kamera: Y`: `Haber:`/`Muhabir:` names the writer, the camera
  operator or photographer after it is none.
- Vietnamese papers (VnExpress, Tuổi Trẻ, Thanh Niên) sign with a right-aligned bold last paragraph of names
  joined by ` - `.
- Chinese provincial papers and Xinhua reprints name the reporters in the opening dateline `（记者 A B）`; a photo
  credit `（记者 A 摄）` or a dateline with a place only names no writer.
- Egyptian and Gulf WordPress news (Jannah, Newspaper themes) open the text with `كتب:`/`كتبت:`/`بقلم` + name while
  the theme credits an editorial account (`فريق التحرير`).
- Greek bylines in the genitive (`Της Μαρίας Παπαδοπούλου`) take the nominative shown by a link to the same
  author page (the author box), only when its words agree with the genitive's stems.
- Byline cards listing a photographer with a label before the name (`Foto:` / `Bild:` / `Kuva:` on Swedish,
  Norwegian, Danish, Finnish and German local papers) keep him out of the writers, also when JSON-LD lists him.
- Names in Brahmic scripts (Hindi dailies' byline links beside a `, <city>` span) are names: vowel signs and
  viramas are letters of the name.
- Editors' labels of Chinese papers (`【责任编辑：X】`, `编辑：`) and Hindi dailies (`एडिट:`, `संपादन:`) name the
  editor (not a writer; the line leaves the text).
- Organisations, not writers: a CJK legal form (`株式会社`, `有限公司`, `주식회사`) and the site's name of two words
  or more with one word added (`Rhein Kurier Online`, `प्रकाश दैनिक डिजिटल`).
"""

from __future__ import annotations

from telisik.extract import extract_article

_NAV = """<header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/local/">{n1}</a></li><li><a href="/politics/">{n2}</a></li>
<li><a href="/sport/">{n3}</a></li><li><a href="/culture/">{n4}</a></li></ul></nav></header>"""
_SIDEBAR = """<aside class="sidebar"><h3>{most}</h3><ul>
<li><a href="/a/1001">{t1}</a> <span class="time">2026-02-03</span></li>
<li><a href="/a/1002">{t2}</a> <span class="time">2026-02-02</span></li></ul></aside>"""
_FOOTER = """<footer class="site-footer"><p>© 2026 {site}</p><ul><li><a href="/about/">{n1}</a></li>
<li><a href="/contact/">{n2}</a></li></ul></footer>"""


def _page(
    lang: str,
    site: str,
    headline: str,
    meta_line: str,
    text: str,
    *,
    head_extra: str = "",
    after: str = "",
    words: tuple[str, str, str, str] = ("Local", "Politics", "Sport", "Culture"),
) -> str:
    """A full article page: head with meta, navigation, header meta line, text box, sidebar, footer."""
    n1, n2, n3, n4 = words
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{headline} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="2026-02-04T10:15:00+03:00">
{head_extra}
</head><body>
{_NAV.format(site=site, n1=n1, n2=n2, n3=n3, n4=n4)}
<main><article class="article">
<h1 class="article-title">{headline}</h1>
<div class="article-meta">{meta_line}<time datetime="2026-02-04T10:15:00+03:00">2026-02-04 10:15</time></div>
<div class="article-body">
{text}
</div>
{after}
</article>
{_SIDEBAR.format(most=n2, t1=headline[:12] + " 1", t2=headline[:12] + " 2")}
</main>
<section class="comments"><h3>{n4}</h3><div class="comment"><span class="nick">user123</span>
<p>{n3} {n3}</p></div></section>
{_FOOTER.format(site=site, n1=n1, n2=n2)}
</body></html>"""


def _authors(
    html: str, url: str = "https://news.example.com/articles/2026/02/04/story-1234.html"
) -> list[str]:
    return extract_article(html, url=url).authors


# --- Japanese: `（北村真由）` closing the text ---------------------------------------------------------------

_JA_TEXT = "\n".join(
    f"<p>妙高市は3日、旧若葉台小学校の校舎を改修し、首都圏のIT企業などが入居するサテライトオフィスとして"
    f"4月1日に開業すると発表した。市によると改修費は約{n}億円で、国の交付金を充てる。</p>"
    for n in range(1, 6)
)
_JA_WORDS = ("地域", "政治", "スポーツ", "文化")
_JA_COMPANY = '<meta name="author" content="株式会社信越日日新聞社">'


def _ja_page(closing: str, *, meta_line: str = "") -> str:
    return _page(
        "ja",
        "信越日日新聞",
        "旧若葉台小が「雪国オフィス」に　妙高市、4月開業へ",
        meta_line,
        _JA_TEXT + f'\n<p class="article-writer">{closing}</p>',
        head_extra=_JA_COMPANY,
        words=_JA_WORDS,
    )


def test_japanese_reporter_in_brackets_closing_the_text_is_the_writer() -> None:
    assert _authors(_ja_page("（北村真由）")) == ["北村真由"]


def test_japanese_agency_in_brackets_closing_the_text_is_no_writer() -> None:
    # Kyodo-fed text closing `（共同）`: the agency, and the company in meta author is no writer either.
    assert _authors(_ja_page("（共同）")) == []


def test_japanese_desk_in_brackets_is_no_writer() -> None:
    assert _authors(_ja_page("（地方部）")) == []


def test_japanese_visible_byline_is_kept_over_a_closing_bracket() -> None:
    html = _ja_page(
        "（北村真由）", meta_line='<span class="author"><a href="/author/yamada/">山田太郎</a></span> '
    )
    assert "北村真由" not in _authors(html)


# --- Turkish: `Haber: X / Kamera: Y` -------------------------------------------------------------------------

_TR_TEXT = "\n".join(
    f"<p>İzmir'in Çiğli ilçesindeki Gediz Deltası'nda yapılan kış ortası su kuşu sayımında {n} bin flamingo "
    "kaydedildi. Sayı, son 10 yılın en yüksek değeri olarak açıklandı ve uzmanlar artışı korumaya bağladı.</p>"
    for n in range(30, 35)
)
_TR_WORDS = ("Yerel", "Gündem", "Spor", "Kültür")


def _tr_page(closing: str, *, meta_line: str = '<span class="source-name">Haber Merkezi</span> ') -> str:
    return _page(
        "tr",
        "Körfez Postası",
        "Gediz Deltası'nda flamingo sayısı son 10 yılın zirvesinde",
        meta_line,
        _TR_TEXT + f'\n<p class="haber-kaynak"><strong>{closing}</strong></p>',
        head_extra='<meta name="author" content="Haber Merkezi">',
        words=_TR_WORDS,
    )


def test_turkish_news_credit_names_the_writer_not_the_camera() -> None:
    assert _authors(_tr_page("Haber: Elif Kaya / Kamera: Murat Demir")) == ["Elif Kaya"]


def test_turkish_camera_credit_alone_names_no_writer() -> None:
    assert "Murat Demir" not in _authors(_tr_page("Kamera: Murat Demir"))


def test_turkish_named_byline_is_kept_over_the_closing_credit() -> None:
    html = _tr_page(
        "Haber: Elif Kaya / Kamera: Murat Demir", meta_line='<span class="author">Ayşe Yılmaz</span> '
    )
    assert _authors(html) == ["Ayşe Yılmaz"]


# --- Vietnamese: right-aligned bold closing names ----------------------------------------------------------

_VI_TEXT = "\n".join(
    f'<p class="Normal">Những ngày này, trên các tuyến đường dẫn vào làng hoa Tân Quy Đông, hàng nghìn chậu hoa '
    f"được xếp thành hàng dài chờ thương lái đến mua, giá năm nay tăng khoảng {n}% so với năm trước.</p>"
    for n in range(10, 15)
)
_VI_WORDS = ("Thời sự", "Kinh doanh", "Thể thao", "Giải trí")


def _vi_page(closing: str, *, meta_line: str = "") -> str:
    return _page(
        "vi",
        "Tin Nhanh Việt",
        "Làng hoa Sa Đéc tất bật vào vụ Tết",
        meta_line,
        _VI_TEXT + f"\n{closing}",
        words=_VI_WORDS,
    )


def test_vietnamese_right_aligned_bold_names_close_the_text_as_writers() -> None:
    html = _vi_page('<p class="Normal" style="text-align:right;"><strong>Ngọc Tài - Hoài Thanh</strong></p>')
    assert _authors(html) == ["Ngọc Tài", "Hoài Thanh"]


def test_vietnamese_bold_closing_line_not_right_aligned_is_no_signature() -> None:
    # A bold subheading or closing slogan in the text's flow is no sign-off.
    html = _vi_page('<p class="Normal"><strong>Ngọc Tài - Hoài Thanh</strong></p>')
    assert _authors(html) == []


def test_vietnamese_right_aligned_source_line_is_no_writer() -> None:
    html = _vi_page('<p class="Normal" style="text-align:right;"><strong>Theo báo Đồng Tháp</strong></p>')
    assert _authors(html) == []


def test_vietnamese_byline_naming_a_person_is_kept() -> None:
    html = _vi_page(
        '<p class="Normal" style="text-align:right;"><strong>Ngọc Tài - Hoài Thanh</strong></p>',
        meta_line='<span class="author">Trần Minh</span> ',
    )
    assert _authors(html) == ["Trần Minh"]


# --- Chinese: `（记者 A B）` in the opening dateline ----------------------------------------------------------

_ZH_REST = "\n".join(
    f"<p>　　据介绍，今年1月，北部湾港完成货物吞吐量{n}万吨，同比增长7.9%，海铁联运班列开行1026列。</p>"
    for n in range(3210, 3215)
)
_ZH_WORDS = ("本地", "时政", "体育", "文化")


def _zh_page(opening: str) -> str:
    return _page(
        "zh-CN",
        "广西新闻网",
        "北部湾港1月集装箱吞吐量同比增长12.6%",
        '<span class="source">来源：新华社</span> ',
        f"<p>{opening}</p>\n{_ZH_REST}\n<div class='article-editor'>【责任编辑：周丽华】</div>",
        head_extra='<meta name="author" content="周丽华">',
        words=_ZH_WORDS,
    )


def test_chinese_dateline_reporters_are_the_writers_not_the_editor() -> None:
    html = _zh_page(
        "　　新华社南宁2月4日电（记者 李明远 黄晓婷）记者从广西北部湾国际港务集团获悉，今年1月集装箱吞吐量大增。"
    )
    assert _authors(html) == ["李明远", "黄晓婷"]


def test_chinese_photo_credit_names_no_writer() -> None:
    html = _zh_page("2月3日，集装箱货轮停靠在钦州港自动化集装箱码头。（记者 李明远 摄）")
    assert "李明远" not in _authors(html)


def test_chinese_dateline_with_a_place_only_names_no_reporter() -> None:
    html = _zh_page(
        "　　新华社南宁2月4日电 记者从广西北部湾国际港务集团获悉，今年1月集装箱吞吐量同比增长12.6%。"
    )
    assert "李明远" not in _authors(html)


# --- Arabic: `كتب:` opening the text under an editorial account ---------------------------------------------

_AR_TEXT = "\n".join(
    f"<p>بدأت محافظة الإسكندرية، صباح اليوم الأربعاء، أعمال المرحلة الأولى من مشروع تطوير سوق العطارين "
    f"التاريخي، بتكلفة تبلغ {n} مليون جنيه، وفق بيان صادر عن المحافظة.</p>"
    for n in range(80, 85)
)
_AR_WORDS = ("محليات", "سياسة", "رياضة", "ثقافة")


def _ar_page(first: str, *, account: str = "فريق التحرير") -> str:
    return _page(
        "ar",
        "الساحل نيوز",
        "الإسكندرية تبدأ تطوير سوق العطارين التاريخي",
        f'<span class="meta-author"><a href="/author/editor/">{account}</a></span> ',
        f"{first}\n{_AR_TEXT}",
        head_extra=f'<meta name="author" content="{account}">',
        words=_AR_WORDS,
    )


def test_arabic_writer_line_opening_the_text_beats_the_editorial_account() -> None:
    assert _authors(_ar_page("<p><strong>كتب: محمد عبد الرحمن</strong></p>")) == ["محمد عبد الرحمن"]


def test_arabic_writer_line_does_not_replace_a_named_writer() -> None:
    html = _ar_page("<p><strong>كتب: محمد عبد الرحمن</strong></p>", account="سارة حسن")
    assert _authors(html) == ["سارة حسن"]


def test_arabic_sentence_opening_with_wrote_is_no_writer_line() -> None:
    # `كتب الوزير في رسالته …`: a sentence of the text (the minister wrote), not a credit.
    html = _ar_page("<p>كتب الوزير في رسالته إلى المحافظ أن المشروع يحظى بأولوية قصوى هذا العام.</p>")
    assert "الوزير" not in " ".join(_authors(html))


# --- Greek: the genitive byline and the author box's nominative --------------------------------------------

_EL_TEXT = "\n".join(
    f"<p>Ξεκινά τον Μάρτιο η κατασκευή της μονάδας αφαλάτωσης στην Ιεράπετρα, με προϋπολογισμό {n} εκατ. ευρώ, "
    "όπως ανακοίνωσε ο δήμος μετά τη συνεδρίαση του δημοτικού συμβουλίου.</p>"
    for n in range(10, 15)
)
_EL_WORDS = ("Τοπικά", "Πολιτική", "Αθλητικά", "Πολιτισμός")


def _el_page(byline: str, box: str) -> str:
    return _page(
        "el",
        "Κρήτη Σήμερα",
        "Ιεράπετρα: Ξεκινά η κατασκευή μονάδας αφαλάτωσης",
        f'<span class="post-author">{byline}</span> ',
        _EL_TEXT,
        head_extra='<meta name="author" content="Newsroom">',
        after=box,
        words=_EL_WORDS,
    )


_EL_LINK = '<a href="/author/maria-papadopoulou/">{}</a>'
_EL_BOX = '<div class="author-box"><a class="author-box-name" href="/author/maria-papadopoulou/">{}</a></div>'


def test_greek_genitive_byline_takes_the_author_box_nominative() -> None:
    html = _el_page("Της " + _EL_LINK.format("Μαρίας Παπαδοπούλου"), _EL_BOX.format("Μαρία Παπαδοπούλου"))
    assert _authors(html) == ["Μαρία Παπαδοπούλου"]


def test_greek_genitive_byline_without_a_nominative_stays_as_written() -> None:
    html = _el_page("Της " + _EL_LINK.format("Μαρίας Παπαδοπούλου"), "")
    assert _authors(html) == ["Μαρίας Παπαδοπούλου"]


def test_greek_author_link_with_other_words_is_not_taken() -> None:
    html = _el_page("Της " + _EL_LINK.format("Μαρίας Παπαδοπούλου"), _EL_BOX.format("Όλα τα άρθρα"))
    assert _authors(html) == ["Μαρίας Παπαδοπούλου"]


# --- Photographer labelled before the name in a byline list ------------------------------------------------

_SV_TEXT = "\n".join(
    f"<p>Kommunfullmäktige sa på måndagskvällen ja till att riva det 60 år gamla badhuset. Den nya simhallen "
    f"beräknas kosta {n} miljoner kronor och ska stå klar 2029, enligt kommunen.</p>"
    for n in range(310, 315)
)
_SV_WORDS = ("Köping", "Politik", "Sport", "Kultur")


def _sv_card(name: str, role: str = "") -> str:
    label = f'<span class="byline__role">{role}</span> ' if role else ""
    return f'<div class="byline"><div class="byline__info">{label}<span class="byline__name">{name}</span></div></div>'


def _sv_page(cards: str, jsonld_names: list[str]) -> str:
    authors = ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in jsonld_names)
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "Badhuset i Köping rivs", "author": [{authors}]}}</script>'
    )
    return _page(
        "sv",
        "Mälarbygdens Tidning",
        "Klart: Badhuset i Köping rivs – ny simhall byggs",
        f'<div class="bylines">{cards}</div> ',
        _SV_TEXT,
        head_extra=head,
        words=_SV_WORDS,
    )


def test_photographer_labelled_before_the_name_is_no_writer() -> None:
    cards = _sv_card("Anna Lindqvist") + _sv_card("Erik Holm") + _sv_card("Sara Nyberg", "Foto:")
    html = _sv_page(cards, ["Anna Lindqvist", "Erik Holm", "Sara Nyberg"])
    assert _authors(html) == ["Anna Lindqvist", "Erik Holm"]


def test_writer_labelled_before_the_name_stays_a_writer() -> None:
    cards = _sv_card("Anna Lindqvist", "Text:") + _sv_card("Sara Nyberg", "Foto:")
    html = _sv_page(cards, ["Anna Lindqvist", "Sara Nyberg"])
    assert _authors(html) == ["Anna Lindqvist"]


def test_photographer_alone_stays_credited() -> None:
    # A photo story credits only its photographer: the credit stays (as `Fotografer: D` alone does).
    html = _sv_page(_sv_card("Sara Nyberg", "Foto:"), ["Sara Nyberg"])
    assert _authors(html) == ["Sara Nyberg"]


# --- Hindi: names in Brahmic scripts (vowel signs are letters of the name) ------------------------------------

_HI_TEXT = "\n".join(
    f"<p>इंदौर नगर निगम ने शहर की प्रसिद्ध 56 दुकान को अब रात 2 बजे तक खुला रखने की मंजूरी दे दी है। निगम के अनुसार "
    f"यह व्यवस्था {n} फरवरी से लागू होगी और पुलिस भी गश्त बढ़ाएगी।</p>"
    for n in range(10, 15)
)
_HI_WORDS = ("देश", "राजनीति", "खेल", "मनोरंजन")


def _hi_page(meta_line: str, *, text: str = _HI_TEXT) -> str:
    return _page(
        "hi",
        "प्रकाश दैनिक",
        "इंदौर की 56 दुकान अब रात 2 बजे तक खुलेगी, नगर निगम ने दी मंजूरी",
        meta_line,
        text,
        head_extra='<meta name="author" content="प्रकाश दैनिक डिजिटल">',
        words=_HI_WORDS,
    )


def test_hindi_byline_link_beside_its_city_names_the_writer() -> None:
    line = '<div><a href="/author/amit-verma-a_2231">अमित वर्मा</a><span>, इंदौर</span></div> '
    assert _authors(_hi_page(line)) == ["अमित वर्मा"]


def test_hindi_topic_link_near_the_headline_is_no_writer() -> None:
    line = '<div><a href="/topic/indore">इंदौर नगर निगम</a></div> '
    assert _authors(_hi_page(line)) == []


def test_hindi_quoted_speaker_in_the_text_is_no_writer() -> None:
    text = _HI_TEXT + '\n<p>महापौर पुष्यमित्र भार्गव ने कहा, "यह फैसला व्यापारियों और लोगों दोनों के हित में है।"</p>'
    assert _authors(_hi_page("", text=text)) == []


# --- The outlet's web edition as meta author -------------------------------------------------------------------


def _de_page(meta_author: str) -> str:
    text = "\n".join(
        f"<p>Der Gemeinderat hat am Dienstagabend den Haushalt für das Jahr 2026 beschlossen. Geplant sind "
        f"Investitionen von {n} Millionen Euro, vor allem in Schulen und den Ausbau der Radwege.</p>"
        for n in range(10, 15)
    )
    return _page(
        "de",
        "Rhein Kurier",
        "Gemeinderat beschließt Haushalt mit Rekordinvestitionen",
        "",
        text,
        head_extra=f'<meta name="author" content="{meta_author}">',
        words=("Lokales", "Politik", "Sport", "Kultur"),
    )


def test_site_name_with_an_edition_word_as_meta_author_is_no_writer() -> None:
    assert _authors(_de_page("Rhein Kurier Online")) == []


def test_person_as_meta_author_stays_the_writer() -> None:
    assert _authors(_de_page("Anna Schmidt")) == ["Anna Schmidt"]


def test_person_sharing_one_word_with_the_site_stays_the_writer() -> None:
    # `Kurier` is a word of the site name, but `Anna Rhein` is no site name with a word added.
    assert _authors(_de_page("Anna Rhein")) == ["Anna Rhein"]


def test_company_in_japanese_meta_author_is_no_writer() -> None:
    html = _ja_page("<br>")  # no closing reporter: only the company is credited
    assert _authors(html) == []


def test_vietnamese_letter_signed_with_a_name_and_a_place_names_no_writers() -> None:
    # A reader's letter signs `name - place`, the place one the text speaks of: no writers' sign-off.
    letter = (
        _VI_TEXT
        + '\n<p class="Normal">Tôi sống ở Hà Nội đã hơn hai mươi năm và mỗi dịp Tết đều mua hoa Sa Đéc.</p>'
    )
    html = _page(
        "vi",
        "Tin Nhanh Việt",
        "Làng hoa Sa Đéc tất bật vào vụ Tết",
        "",
        letter + '\n<p class="Normal" style="text-align:right;"><strong>Nguyễn Văn An - Hà Nội</strong></p>',
        words=_VI_WORDS,
    )
    assert _authors(html) == []


def test_arabic_short_sentence_opening_with_wrote_is_no_writer_line() -> None:
    # `كتب التاريخ من جديد` (history was written anew): a short sentence without the label's colon.
    assert "التاريخ من جديد" not in _authors(_ar_page("<p><strong>كتب التاريخ من جديد</strong></p>"))


# --- Editors' labels of Chinese and Hindi papers ----------------------------------------------------------------


def test_chinese_editor_label_names_the_editor() -> None:
    # No reporter in the dateline: the `责任编辑` is the editor. Meta author naming the same person is kept as the
    # only credit (the traf-eval corpus annotates it so, and gate 4 holds that figure).
    html = _zh_page(
        "　　新华社南宁2月4日电 记者从广西北部湾国际港务集团获悉，今年1月集装箱吞吐量同比增长12.6%。"
    )
    article = extract_article(html, url="https://news.example.com/articles/2026/02/04/story-1234.html")
    assert article.editor == "周丽华"


def test_chinese_meta_author_other_than_the_editor_stays_the_writer() -> None:
    html = _zh_page(
        "　　新华社南宁2月4日电 记者从广西北部湾国际港务集团获悉，今年1月集装箱吞吐量同比增长12.6%。"
    )
    html = html.replace('<meta name="author" content="周丽华">', '<meta name="author" content="王建国">')
    assert _authors(html) == ["王建国"]


def test_hindi_editor_line_is_the_editor_beside_the_writer() -> None:
    line = (
        '<div><a href="/author/amit-verma-a_2231">अमित वर्मा</a><span>, इंदौर</span></div>'
        "<div><span>एडिट: नेहा सिंह</span></div> "
    )
    article = extract_article(
        _hi_page(line), url="https://news.example.com/articles/2026/02/04/story-1234.html"
    )
    assert article.authors == ["अमित वर्मा"]
    assert article.editor == "नेहा सिंह"


def test_chinese_sentence_about_an_editor_is_no_editor_line() -> None:
    html = _zh_page(
        "　　新华社南宁2月4日电 记者从广西北部湾国际港务集团获悉，今年1月集装箱吞吐量同比增长12.6%。"
    )
    html = html.replace("【责任编辑：周丽华】", "本报总编辑张伟表示，将继续关注港口发展。")
    article = extract_article(html, url="https://news.example.com/articles/2026/02/04/story-1234.html")
    assert article.editor is None


def test_japanese_serial_closing_word_is_no_writer() -> None:
    assert _authors(_ja_page("（続く）")) == []


def test_japanese_job_title_in_brackets_is_no_writer() -> None:
    assert _authors(_ja_page("（社会部記者）")) == []
