"""Chrome and recall in other languages and scripts (issue #10, session 13, web-kinds-7): the inserts, credit lines,
standfirsts, captions and tables of Central and Eastern European, Russian, Hindi, Chinese and Korean news pages.

- `Read also` labels of more languages alone on their line (Czech `Čtěte také`, Slovak `Čítajte aj`, Hungarian
  `Olvassa el ezt is`, Croatian/Serbian `Pročitajte i`, Romanian `Citește și`, Greek `Διαβάστε επίσης`, Russian
  `Читайте также`, Vietnamese `Xem thêm`, Hindi `यह भी पढ़ें`, Arabic `اقرأ أيضا`, Japanese `【関連記事】`), and
  such a heading when it titles a box of nothing but links (iDNES, Jannah, Bitrix); a heading of the text's own
  flow or a sentence that starts with the words stays;
- editor and writer credit lines of other scripts with their colon (Hindi `एडिट:`, Chinese `责任编辑：`/`编辑：`,
  Japanese `編集：`, Korean `편집:`, Arabic `تحرير:`, Turkish `Editör:`, Vietnamese `Biên tập:`); a line that ends a
  sentence stays;
- a bold standfirst named as the summary (Naver's `strong.media_end_summary`, Daum's `strong.summary_view`), read
  as the lead though it is a phrase line; bold text named nothing stays the text;
- an inline caption right after its picture in an inline photo wrapper whose class names it (Naver's
  `em.img_desc`); emphasis beside a picture, or a caption class without the picture, stays;
- table cells holding one `<p>` each (Word's `MsoNormalTable`, TinyMCE, Confluence) read as rows `a | b | c`;
- a table's `<caption>` that is a title, a centred bold title right before a table, a short centred line under a
  centred picture paragraph (Xinhua, People's Daily, TRS WCM portals, WordPress classic editor) go; a caption
  that is a sentence, a centred line after text, a centred sentence before a table stay;
- Chinese portals' reprint statement (`凡本网注明“来源：…”`).
"""

from __future__ import annotations

from telisik.extract import extract_article

_NAV = ["Zprávy", "Sport", "Kultura", "Ekonomika", "Názory", "Počasí"]


def _page(*, lang: str, site: str, title: str, article: str, url: str, head: str = "") -> str:
    """A full news page: head metadata, menu, the article, a most-read sidebar, comments and the footer."""
    nav = "".join(f'<li><a href="/r{i}/">{name}</a></li>' for i, name in enumerate(_NAV))
    side = "".join(
        f'<li><a href="/clanek/{i}/">{site} – nejčtenější článek číslo {i}</a></li>' for i in range(5)
    )
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="description" content="{title}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2026-02-04T10:15:00+01:00">{head}
</head><body>
<header class="site-header"><a class="logo" href="/">{site}</a><nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="content-wrap"><main id="main">{article}</main>
<aside class="sidebar"><h3>Nejčtenější</h3><ul>{side}</ul></aside></div>
<section class="comments"><h3>Diskuse (2)</h3><ul><li class="comment"><span class="nick">petr77</span>
<p class="comment-text">Konečně, čekali jsme na to dlouho.</p></li></ul></section>
<footer class="site-footer"><p>© 2026 {site}. Všechna práva vyhrazena.</p><a href="/kontakt">Kontakt</a></footer>
</body></html>"""


def _body(page: str, url: str) -> str:
    article = extract_article(page, url=url)
    return "\n\n".join(part for part in (article.lead, article.body) if part)


def _paragraphs(texts: list[str], attrs: str = "") -> str:
    return "".join(f"<p{attrs}>{text}</p>" for text in texts)


# --- Czech: read-also boxes and table captions ------------------------------------------------------------------

_CS = [
    "Zastupitelé Prostějova ve středu schválili smlouvu se sdružením stavebních firem, které vzešlo z dvoukolového "
    "tendru. Nabídlo cenu 842 milionů korun bez DPH, tedy zhruba o 40 milionů méně, než počítal rozpočet.",
    "„Je to největší investice do kultury v historii města. Chceme, aby sál byl hotový včas a bez navyšování "
    "ceny,“ uvedl primátor Pavel Holub po jednání zastupitelstva.",
    "Nový sál naváže na budovu kulturního centra ze sedmdesátých let minulého století. Hlavní prostor pojme 900 "
    "diváků, menší sál pro komorní hudbu dvě stě lidí.",
    "Město na stavbu získalo dotaci 310 milionů korun z evropských fondů. Zbytek zaplatí z vlastního rozpočtu a z "
    "úvěru, který zastupitelé schválili už loni na podzim.",
]
_CS_URL = "https://www.zpravyhana.cz/zpravy/prostejov-koncertni-sal.A260204_101500_prostejov_hnk"
_ALSO_BOX = (
    '<div class="art-also"><h3>Čtěte také</h3><ul><li><a href="/zpravy/soutez.A250611/">'
    '<img src="/foto/a.jpg" alt=""><span class="also-title">Prostějov vypíše architektonickou soutěž na nový sál'
    '</span><span class="also-time">11. června 2025</span></a></li><li><a href="/zpravy/orchestr.A241002/">'
    '<span class="also-title">Orchestr hraje v tělocvičně. Hudebníci žádají nový sál</span>'
    '<span class="also-time">2. října 2024</span></a></li></ul></div>'
)
_TABLE_ROWS = (
    "<tbody><tr><th>Etapa</th><th>Termín</th></tr><tr><td>Zahájení stavby</td><td>duben 2026</td></tr>"
    "<tr><td>Hrubá stavba</td><td>podzim 2027</td></tr><tr><td>Dokončení</td><td>prosinec 2028</td></tr></tbody>"
)


def _cs_page(content: str) -> str:
    article = f"""<div class="art-full"><h1 itemprop="name headline">Prostějov postaví koncertní sál za 860 milionů</h1>
<div class="authors">Autor: <a href="/autor/jana-dvorakova">Jana Dvořáková</a>, ČTK</div>
<span class="time">4. února 2026 10:15</span>
<div class="bbtext" id="art-text">{content}</div>
<div class="art-author-tags"><a href="/tema/prostejov">Prostějov</a><a href="/tema/kultura">Kultura</a></div></div>"""
    return _page(
        lang="cs", site="Zprávy Haná", title="Prostějov postaví koncertní sál", article=article, url=_CS_URL
    )


def test_a_read_also_box_goes_and_a_table_caption_stays() -> None:
    """iDNES-style `Čtěte také` boxes of teaser links (their heading too) go; the table's rows stay, and so does
    its `<caption>` (it names what the table shows: the review's `Volební účast v krajích` page)."""
    table = f'<table class="tab-info"><caption>Harmonogram stavby</caption>{_TABLE_ROWS}</table>'
    content = _paragraphs(_CS[:2]) + _ALSO_BOX + _paragraphs(_CS[2:3]) + table + _paragraphs(_CS[3:])
    body = _body(_cs_page(content), _CS_URL)
    assert all(text in body for text in _CS)
    assert "Čtěte také" not in body
    assert "Harmonogram stavby" in body
    assert "Hrubá stavba | podzim 2027" in body


def test_a_read_also_heading_over_prose_stays() -> None:
    """A `Čtěte také` heading in the text's own flow, over the text's paragraphs, titles a section."""
    content = _paragraphs(_CS[:2]) + "<h3>Čtěte také</h3>" + _paragraphs(_CS[2:])
    body = _body(_cs_page(content), _CS_URL)
    assert "Čtěte také" in body
    assert all(text in body for text in _CS)


def test_a_read_also_heading_of_a_box_of_prose_stays() -> None:
    """A box with the heading over a paragraph of text (not a list of links) is a section of the text."""
    box = f'<div class="art-box"><h3>Čtěte také</h3><p>{_CS[2]}</p></div>'
    body = _body(_cs_page(_paragraphs(_CS[:2]) + box + _paragraphs(_CS[3:])), _CS_URL)
    assert "Čtěte také" in body
    assert all(text in body for text in _CS)


def test_a_sentence_starting_with_the_label_words_stays() -> None:
    """Prose that opens with `Čtěte také` or `Читайте также` but goes on is the text."""
    prose = (
        "Čtěte také pozorně podmínky dotace: město musí sál provozovat nejméně deset let, jinak peníze vrátí."
    )
    body = _body(_cs_page(_paragraphs(_CS[:2] + [prose] + _CS[2:])), _CS_URL)
    assert prose in body


def test_a_caption_that_is_a_sentence_stays() -> None:
    """A `<caption>` written as a sentence of the text stays; so do the rows."""
    caption = "Stavba proběhne ve čtyřech etapách, jak je schválilo zastupitelstvo."
    table = f"<table><caption>{caption}</caption>{_TABLE_ROWS}</table>"
    body = _body(_cs_page(_paragraphs(_CS[:2]) + table + _paragraphs(_CS[2:])), _CS_URL)
    assert caption in body
    assert "Dokončení | prosinec 2028" in body


# --- read-also labels of other languages ------------------------------------------------------------------------

_RU = [
    "Власти Перми утвердили новую схему движения общественного транспорта. Изменения вступят в силу с первого "
    "марта и затронут сорок два маршрута автобусов и трамваев.",
    "По словам заместителя главы города, интервалы движения на основных направлениях сократятся в среднем на три "
    "минуты, а ночные рейсы будут запущены на шести линиях.",
    "Жители смогут высказать замечания к схеме до конца февраля на сайте администрации и на публичных слушаниях "
    "в районах.",
]
_RU_URL = "https://perm-vesti.ru/news/transport/12345/"


def _ru_page(content: str) -> str:
    article = f"""<div class="news-detail"><h1>Пермь меняет схему движения транспорта</h1>
<div class="news-date-time">04.02.2026 10:15</div><div class="detail-text">{content}</div></div>"""
    return _page(
        lang="ru", site="Пермь Вести", title="Пермь меняет схему транспорта", article=article, url=_RU_URL
    )


def test_read_also_labels_of_other_languages_go() -> None:
    """Bitrix's `Читайте также:` line, Greek, Romanian and Hindi labels alone on their line go."""
    labels = ["Читайте также:", "Διαβάστε επίσης", "Citește și:", "यह भी पढ़ें", "Xem thêm"]
    content = _paragraphs(_RU[:1]) + _paragraphs(labels) + _paragraphs(_RU[1:])
    body = _body(_ru_page(content), _RU_URL)
    assert all(text in body for text in _RU)
    assert not any(label in body for label in labels)


def test_prose_opening_with_a_label_word_stays() -> None:
    """`Xem thêm` and `Читайте также` opening a sentence of the text are the text."""
    prose = [
        "Читайте также внимательно новые расписания: на некоторых остановках автобусы будут ходить реже.",
        "Xem thêm thông tin về lịch trình mới tại các nhà chờ xe buýt trong thành phố từ tuần sau.",
    ]
    body = _body(_ru_page(_paragraphs(_RU[:1] + prose + _RU[1:])), _RU_URL)
    assert all(text in body for text in prose)


# --- credit lines of other scripts ------------------------------------------------------------------------------

_HI = [
    "इंदौर के मशहूर फूड हब 56 दुकान की दुकानें अब रात 2 बजे तक खुली रह सकेंगी। नगर निगम परिषद ने मंगलवार शाम हुई "
    "बैठक में इस प्रस्ताव को मंजूरी दे दी।",
    "महापौर ने कहा कि रात में आने वाले लोगों के लिए पार्किंग और सफाई की अलग व्यवस्था की जाएगी। इसके लिए निगम अतिरिक्त "
    "कर्मचारी तैनात करेगा।",
    "व्यापारी संघ ने फैसले का स्वागत किया है। संघ के अध्यक्ष ने कहा कि इससे कारोबार बढ़ेगा और शहर की रात की रौनक लौटेगी।",
]
_HI_URL = "https://www.prakashdainik.com/local/mp/indore/news/56-dukan-night-2026.html"


def _hi_page(content: str, header: str = "") -> str:
    article = f"""<article><h1>इंदौर में 56 दुकान अब रात 2 बजे तक खुलेगी</h1>
<h2 class="b1c2d3e4">नगर निगम परिषद की बैठक में प्रस्ताव पास; पार्किंग और सफाई के लिए अलग व्यवस्था होगी।</h2>
<div class="a9b0c1d2"><span>प्रकाशित: 04 फ़रवरी 2026, 10:15 AM (IST)</span></div>{header}
<div class="f9a0b1c2" data-story-body="true">{content}</div></article>"""
    return _page(lang="hi", site="प्रकाश दैनिक", title="56 दुकान रात 2 बजे तक", article=article, url=_HI_URL)


def test_editor_lines_of_other_scripts_go() -> None:
    """Bhaskar's `एडिट:` line, a TRS reprint's `编辑：` and a Turkish `Editör:` line closing the text go (the
    text's last three blocks; an editor line after the standfirst, not the text's first block, now stays)."""
    credits = ["एडिट: नेहा सिंह", "编辑：王芳", "Editör: Ayşe Yılmaz"]
    content = _paragraphs(_HI) + _paragraphs(credits)
    body = _body(_hi_page(content), _HI_URL)
    assert all(text in body for text in _HI)
    assert not any(credit in body for credit in credits)


def test_a_label_line_that_ends_a_sentence_stays() -> None:
    """An interview's `लेखक:` answer ending a sentence, a `编辑：` line ending one, are the text."""
    lines = ["लेखक: हाँ, मैंने यही कहा था।", "编辑：我们会继续关注此事。"]
    body = _body(_hi_page(_paragraphs(_HI[:2] + lines + _HI[2:])), _HI_URL)
    assert all(line in body for line in lines)


# --- Korean: Naver's bold summary and inline captions -----------------------------------------------------------

_KO = [
    "광주광역시가 다음 달 15일부터 시내버스 노선을 12년 만에 전면 개편한다. 시는 4일 시청 브리핑룸에서 기자회견을 열고 "
    "전체 102개 노선 가운데 27개를 신설하거나 폐지하고, 41개 노선의 경로를 조정하는 내용의 개편안을 발표했다.",
    "이번 개편의 핵심은 급행 간선버스 4개 노선의 신설이다. 급행 노선은 상무지구와 첨단지구, 광주송정역과 충장로 등 "
    "통행량이 많은 구간을 정류장 수를 줄여 운행한다.",
    "배차 간격도 짧아진다. 시는 운행 대수를 983대에서 1천21대로 38대 늘리고, 출퇴근 시간대 배차 간격을 평균 14분에서 "
    "11분으로 줄일 계획이다.",
]
_KO_SUMMARY = "마을버스 연계·급행 간선 4개 신설…평균 배차 간격 14분→11분"
_KO_CAPTION = "광주 북구의 한 버스정류장에서 시민들이 버스를 기다리고 있다. /한빛일보 DB"
_KO_URL = "https://www.hanbitilbo.co.kr/news/articleView.html?idxno=402911"


def _ko_page(text: str) -> str:
    article = f"""<div id="ct" class="media_end_head"><h2 class="media_end_head_headline">광주 시내버스 12년 만에 전면 개편</h2>
<div class="media_end_head_info"><span class="media_end_head_info_datestamp_time" data-date-time="2026-02-04 10:15:00">
2026.02.04 10:15</span></div></div>
<div id="contents" class="newsct_body"><article id="dic_area" class="go_trans _article_content">{text}</article>
<p class="view-copyright">&lt;저작권자 © 한빛일보, 무단전재 및 재배포 금지&gt;</p></div>"""
    return _page(lang="ko", site="한빛일보", title="광주 시내버스 전면 개편", article=article, url=_KO_URL)


def _ko_text(first: str, picture: str) -> str:
    return f"{first}<br><br>{_KO[0]}<br><br>{picture}<br><br>{_KO[1]}<br><br>{_KO[2]}<br><br>박서연 기자"


def test_naver_summary_and_inline_caption() -> None:
    """Naver's `strong.media_end_summary` is the standfirst (read though it is a phrase line); the picture's
    `em.img_desc` caption in its `span.end_photo_org` goes."""
    picture = f'<span class="end_photo_org"><img src="/photo/1.jpg" alt=""><em class="img_desc">{_KO_CAPTION}</em></span>'
    summary = f'<strong class="media_end_summary">{_KO_SUMMARY}</strong>'
    body = _body(_ko_page(_ko_text(summary, picture)), _KO_URL)
    assert body.startswith(_KO_SUMMARY)
    assert all(text in body for text in _KO)
    assert _KO_CAPTION not in body


def test_bold_text_named_nothing_is_no_summary_and_emphasis_beside_a_picture_stays() -> None:
    """A bold phrase line with no summary class is not taken as a lead; an `em` after a picture without a caption
    class, and a caption-classed `em` with no picture before it, are text."""
    bold = f"<strong>{_KO_SUMMARY}</strong>"
    picture = f'<span class="ico"><img src="/icon/bus.png" alt=""><em>{_KO_CAPTION}</em></span>'
    article = extract_article(_ko_page(_ko_text(bold, picture)), url=_KO_URL)
    assert article.lead != _KO_SUMMARY
    assert _KO_CAPTION in article.body
    no_picture = f'<span class="note"><em class="img_desc">{_KO_CAPTION}</em></span>'
    assert _KO_CAPTION in _body(_ko_page(_ko_text(bold, no_picture)), _KO_URL)


# --- Chinese: Word-pasted tables, centred captions and titles ---------------------------------------------------

_ZH = [
    "新华社南宁2月4日电（记者 李明远 黄晓婷）记者从广西北部湾国际港务集团获悉，今年1月，北部湾港完成集装箱吞吐量"
    "78.6万标准箱，同比增长12.6%，实现新年“开门红”。",
    "据介绍，1月份北部湾港新开通集装箱航线3条，分别通往越南海防、泰国林查班和印度尼西亚雅加达。目前港口集装箱航线"
    "总数达到82条，其中外贸航线53条。",
    "海铁联运成为吞吐量增长的重要支撑。1月份，西部陆海新通道海铁联运班列共开行1026列，同比增长18.3%，货物主要来自"
    "重庆、四川、云南、贵州等地。",
    "广西壮族自治区交通运输厅有关负责人表示，今年广西将继续推进北部湾港扩能改造，计划新建万吨级以上泊位6个，力争"
    "全年集装箱吞吐量突破950万标准箱。",
]
_ZH_URL = "https://www.guisheng.cn/finance/2026-02/04/content_4481156.htm"
_CENTRE = ' style="text-align: center;"'
_INDENT = ' style="text-indent: 2em;"'
_ZH_CAPTION = "2月3日，集装箱货轮停靠在钦州港自动化集装箱码头。（记者 李明远 摄）"
_ZH_PICTURE = f'<p{_CENTRE}><img src="/images/2026-02/04/a1.jpg" border="0"></p>'


def _zh_table() -> str:
    cell = '<td style="border:1px solid #000;padding:4px"><p style="text-align:center">{}</p></td>'
    rows = [
        ["指标", "1月完成", "同比增长"],
        ["集装箱吞吐量（万标准箱）", "78.6", "12.6%"],
        ["货物吞吐量（万吨）", "3215", "7.9%"],
    ]
    body = "".join("<tr>" + "".join(cell.format(text) for text in row) + "</tr>" for row in rows)
    return f'<table class="MsoNormalTable" border="1" cellspacing="0" align="center"><tbody>{body}</tbody></table>'


def _zh_page(content: str) -> str:
    article = f"""<div class="article"><h1 class="article-title">北部湾港1月集装箱吞吐量同比增长12.6%</h1>
<div class="article-info"><span>2026-02-04 10:15</span><span>来源：新华社</span></div>
<div class="article-content" id="detailContent">{content}</div>
<div class="article-editor">【责任编辑：周丽华】</div>
<div class="article-statement">凡本网注明“来源：桂声网”的所有作品，版权均属于桂声网，未经授权不得转载、摘编或利用其它方式使用上述作品。</div></div>"""
    return _page(
        lang="zh-CN", site="桂声网", title="北部湾港1月集装箱吞吐量增长", article=article, url=_ZH_URL
    )


def test_word_table_rows_and_centred_caption() -> None:
    """A Word-pasted table's cells of one `<p>` read as rows; the centred caption under the centred picture (its
    `摄` credit) and the reprint statement go; the bold centred title over the table stays (a table's title names
    what it shows: that rule was withdrawn after review)."""
    title = f"<p{_CENTRE}><strong>1月北部湾港主要生产指标</strong></p>"
    content = (
        _paragraphs(_ZH[:2], _INDENT)
        + _ZH_PICTURE
        + f'<p{_CENTRE} class="pic-desc">{_ZH_CAPTION}</p>'
        + _paragraphs(_ZH[2:3], _INDENT)
        + title
        + _zh_table()
        + _paragraphs(_ZH[3:], _INDENT)
    )
    body = _body(_zh_page(content), _ZH_URL)
    assert all(text in body for text in _ZH)
    assert "指标 | 1月完成 | 同比增长" in body
    assert "货物吞吐量（万吨） | 3215 | 7.9%" in body
    assert _ZH_CAPTION not in body
    assert "主要生产指标" in body
    assert "凡本网注明" not in body


def test_centred_lines_after_text_or_long_stay() -> None:
    """A centred line after a text paragraph (a verse, a slogan) and a long centred paragraph under a picture are
    the text; a non-centred paragraph under a centred picture too."""
    verse = "海上生明月，天涯共此时"
    long_centred = (
        _ZH[2] + "港口方面表示，将继续优化作业流程，提升服务水平，为客户提供更加便捷高效的物流服务。"
    )
    content = (
        _paragraphs(_ZH[:1], _INDENT)
        + f"<p{_CENTRE}>{verse}</p>"
        + _ZH_PICTURE
        + f"<p{_CENTRE}>{long_centred}</p>"
        + _ZH_PICTURE
        + _paragraphs(_ZH[1:2])
        + _paragraphs(_ZH[3:], _INDENT)
    )
    body = _body(_zh_page(content), _ZH_URL)
    assert verse in body
    assert long_centred in body
    assert _ZH[1] in body


def test_a_centred_sentence_or_plain_subheading_before_a_table_stays() -> None:
    """A centred bold line ending a sentence before a table, and a centred bold subheading before a paragraph, are
    the text."""
    sentence = f"<p{_CENTRE}><strong>下表列出了1月份的主要生产指标。</strong></p>"
    subheading = f"<p{_CENTRE}><strong>智慧港口建设提速</strong></p>"
    content = (
        _paragraphs(_ZH[:2], _INDENT) + sentence + _zh_table() + subheading + _paragraphs(_ZH[2:], _INDENT)
    )
    body = _body(_zh_page(content), _ZH_URL)
    assert "下表列出了1月份的主要生产指标。" in body
    assert "智慧港口建设提速" in body
    assert "集装箱吞吐量（万标准箱） | 78.6 | 12.6%" in body


def test_a_centred_line_of_a_text_set_all_centred_stays() -> None:
    """A WordPress classic-editor post set centred line by line (a theatre's reviews under their pictures, a
    programme under its poster): a centred line under a centred picture, followed by more centred text, is the
    text."""
    review = "“Very talented people! Super fun and entertaining! Very cultural, and we also won a prize!”"
    programme = "Jeongdong Theater Tradition Series Performance"
    content = (
        _paragraphs(_ZH[:2], _CENTRE)
        + _ZH_PICTURE
        + f"<p{_CENTRE}>{review}</p>"
        + f"<p{_CENTRE}><strong>– Ali***</strong></p>"
        + _ZH_PICTURE
        + f"<p{_CENTRE}>{programme}</p>"
        + _paragraphs(_ZH[2:], _CENTRE)
    )
    body = _body(_zh_page(content), _ZH_URL)
    assert review in body
    assert programme in body


def test_a_layout_table_of_paragraph_columns_is_no_row() -> None:
    """A 2000s layout table whose cells each hold a column of paragraphs: the paragraphs stay paragraphs, not
    cells of one row joined by ` | `."""
    left = _paragraphs(_ZH[:2])
    right = _paragraphs(_ZH[2:])
    content = (
        f'<table width="100%"><tr><td valign="top">{left}</td><td valign="top">{right}</td></tr></table>'
    )
    body = _body(_zh_page(content), _ZH_URL)
    assert all(text in body.split("\n\n") for text in _ZH)


def test_a_long_line_after_the_label_word_stays() -> None:
    """`लेखक:` opening a long line that goes on past a name (a profile of the writer in the text) is the text."""
    line = "लेखक: अमित वर्मा ने इंदौर के बाजारों पर तीन किताबें लिखी हैं और वे बीस साल से शहर पर लिख रहे हैं"
    body = _body(_hi_page(_paragraphs(_HI[:2] + [line] + _HI[2:])), _HI_URL)
    assert line in body


def test_a_bold_lead_in_of_the_first_paragraph_is_no_summary() -> None:
    """A bold, summary-classed lead-in inside the text's first paragraph is the text's own words, not a lead."""
    first = f'<p><strong class="summary">{_KO_SUMMARY}</strong> {_KO[0]}</p>'
    text = first + _paragraphs(_KO[1:])
    article = extract_article(_ko_page(text), url=_KO_URL)
    assert article.lead != _KO_SUMMARY
    assert _KO_SUMMARY in article.body


def test_a_sentence_quoting_the_reprint_statement_stays() -> None:
    """Text that reports on reprint rules, quoting the statement mid-sentence, is the text."""
    quoted = "该网站在页面底部声明：凡本网注明来源的作品，版权均属于本网，记者就此采访了有关法律专家。"
    body = _body(_zh_page(_paragraphs(_ZH[:2] + [quoted] + _ZH[2:], _INDENT)), _ZH_URL)
    assert quoted in body
