"""Review pages of the fix-body7 rules (session 13): look-alike pages of other families, written by a reader who
never saw the rules, each asserting the right value (`must` lines kept in the lead or body, `must_not` lines gone).

What review found (52 pages; the branch was worse than its base on 17) and what changed:
- read-also labels of cs/sk/hu/hr/sr/ro/el/ru/vi/hi/ar/ja (r1): a label word set alone in a block of a sentence the
  editor split over blocks (`bấm vào nút` / `Xem thêm` / `để mở…`, a button's name in a how-to) went; a label now
  stays when the block before it ends in a word, not a stop.
- editor and writer credit lines of other scripts (r3): `लेखक:`/`編集：`/`편집:` in a book's or film's credit list and
  `编辑：`/`Editör:` answers of an interview went. The line now goes only from the text's first block or its last
  three, with a short name (four words, twelve CJK letters; no comma, `，`, `、`, `…`, question or exclamation),
  no `Label: value` neighbour of another kind (`監督：`, `प्रकाशक:`) and no other line of the same label (a Q&A).
- summary-classed bold standfirsts (r4): a bold `img_summary` caption in a photo wrapper was read as the lead;
  a bold box right after an `<img>` or inside a `<figure>`/photo-classed wrapper is no standfirst.
- inline picture captions (r5): a link's file icon with its label (`a > img + span.file-desc`) and an emoji's
  description inside a sentence went; the wrapper must now be a `<span>` holding only the picture and the caption,
  and the picture no icon (emoji/smiley/icon classes, drawn under 48 pixels).
- one-<p> cells read as rows (r6): a layout table's two columns of one long paragraph each were joined into a
  row; every cell of the row must now be short (150 characters).
- centred captions and table titles (r7): the `<caption>` drop and the centred bold line over a table were
  withdrawn (a table's title names what it shows); a short centred line under a centred picture goes only with a
  photo credit mark (`摄`, `供图`, `图片来源`, `Foto`, `Photo`, `Ảnh`, `사진`, `写真`) and no section number
  (`二、加快推进基础设施建设` stays).
- the reprint statement of Chinese portals (r8): a sentence quoting it and a contributors' notice went; it now
  goes only from the text's last three blocks, at most 300 characters, naming rights or reprints
  (`版权`/`转载`/`授权`), not asked as a question.
Pages where base and branch are both wrong (link lists of sources dropped as link lists, a summary-classed table
of contents or photo caption, logos and stars inside a sentence, centred lines under a centred picture) are strict
xfails naming the miss.

Each page is the reviewer's, built compactly: the same news-site shell (head metadata with JSON-LD, header and
menu, breadcrumb, the article with its byline and share bar, related list, sidebar, comments, footer); in an
article, `¶` is a paragraph of plain news text in the page's language and `¤` that text without its `<p>`.
"""

from __future__ import annotations

import json
from typing import NamedTuple

import pytest

from telisik.extract import extract_article


class Case(NamedTuple):
    name: str
    lang: str
    site: str
    title: str
    author: str
    article: str
    must: list[str]
    must_not: list[str]


DATE = "2026-03-04T09:30:00+01:00"

FILL = {
    "zh": "记者从有关部门了解到，今年以来全市共新建和改造公共服务设施二百余处，惠及居民超过五十万人，相关工作将在年底前全部完成验收。",
    "ja": "関係者によると、今年度は市内で公共施設の改修が相次いでおり、住民からは利便性の向上を歓迎する声が多く聞かれるという。",
    "ko": "관계자에 따르면 올해 들어 시내 공공시설 개선 사업이 잇따라 추진되고 있으며 주민들은 편의성 향상을 반기고 있다.",
    "ru": "По словам представителей администрации, в этом году в городе отремонтировали более двухсот"
    " объектов социальной инфраструктуры, и работы будут продолжены.",
    "cs": "Podle mluvčího radnice se letos ve městě opravilo přes dvě stě veřejných budov a práce bud"
    "ou pokračovat i v příštím roce, kdy se dočkají další čtvrti.",
    "hi": "अधिकारियों के अनुसार इस साल शहर में दो सौ से अधिक सार्वजनिक भवनों की मरम्मत की गई है और यह"
    " काम अगले साल भी जारी रहेगा।",
    "ar": "وقال مسؤولون إن المدينة رممت هذا العام أكثر من مئتي مبنى عام، وإن الأعمال ستتواصل خلال الع"
    "ام المقبل لتشمل أحياء أخرى.",
    "vi": "Theo đại diện chính quyền, năm nay thành phố đã sửa chữa hơn hai trăm công trình công cộng"
    " và công việc sẽ tiếp tục trong năm tới.",
    "el": "Σύμφωνα με εκπρόσωπο του δήμου, φέτος επισκευάστηκαν περισσότερα από διακόσια δημόσια κτίρ"
    "ια και οι εργασίες θα συνεχιστούν και το επόμενο έτος.",
    "en": "According to a city spokesperson, more than two hundred public buildings were repaired thi"
    "s year, and the work will continue into next year across other districts.",
    "de": "Nach Angaben eines Sprechers der Stadt wurden in diesem Jahr mehr als zweihundert öffentli"
    "che Gebäude saniert, und die Arbeiten sollen im kommenden Jahr weitergehen.",
    "id": "Menurut juru bicara pemerintah kota, tahun ini lebih dari dua ratus gedung publik telah di"
    "perbaiki dan pekerjaan akan berlanjut tahun depan di kecamatan lain.",
    "tr": "Belediye sözcüsüne göre bu yıl kentte iki yüzden fazla kamu binası onarıldı ve çalışmalar "
    "gelecek yıl diğer mahallelerde de sürecek.",
}
NAV = {
    "zh": ["首页", "国内", "国际", "财经", "科技", "体育", "文化"],
    "ja": ["ニュース", "政治", "経済", "国際", "スポーツ", "文化"],
    "ko": ["정치", "경제", "사회", "생활/문화", "세계", "IT/과학"],
    "ru": ["Главная", "Политика", "Экономика", "Общество", "Спорт", "Культура"],
    "cs": ["Zprávy", "Domácí", "Zahraniční", "Ekonomika", "Sport", "Kultura"],
    "hi": ["होम", "देश", "विदेश", "मनोरंजन", "खेल", "बिजनेस"],
    "ar": ["الرئيسية", "أخبار", "اقتصاد", "رياضة", "ثقافة", "منوعات"],
    "vi": ["Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật"],
    "el": ["Ελλάδα", "Κόσμος", "Οικονομία", "Πολιτική", "Αθλητισμός", "Πολιτισμός"],
    "en": ["News", "World", "Business", "Tech", "Sport", "Culture"],
    "de": ["Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Reise"],
    "id": ["Berita", "Nasional", "Ekonomi", "Olahraga", "Tekno", "Gaya Hidup"],
    "tr": ["Gündem", "Dünya", "Ekonomi", "Spor", "Kültür", "Yazarlar"],
}


def _page(case: Case) -> str:
    lang, site, title = case.lang, case.site, case.title
    fill = FILL[lang]
    article = case.article.replace("¶", f"<p>{fill}</p>").replace("¤", fill)
    nav = "".join(f'<li><a href="/c{i}/">{name}</a></li>' for i, name in enumerate(NAV[lang]))
    side = "".join(
        f'<li><a href="/a/{i}.html">{site} {NAV[lang][i % 6]} {fill[:30]} {i}</a></li>' for i in range(6)
    )
    url = _url(case)
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": DATE,
            "author": [{"@type": "Person", "name": case.author}],
            "publisher": {"@type": "Organization", "name": site},
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {site}</title>
<meta name="description" content="{title}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">
<meta property="article:published_time" content="{DATE}">
<meta name="author" content="{case.author}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="/static/main.css"><script src="/static/ads.js" async></script>
</head><body>
<header class="site-header"><div class="top"><a class="logo" href="/">{site}</a><form class="search"><input name="q"></form></div>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="breadcrumb"><a href="/">{site}</a> &gt; <a href="/c1/">{NAV[lang][1]}</a></div>
<div class="container"><main id="main" class="main-col">
<article class="article">
<h1 class="article-title">{title}</h1>
<div class="meta"><span class="author">{case.author}</span> <time datetime="{DATE}">{DATE[:10]}</time></div>
<div class="article-body" id="content">
{article}
</div>
<div class="share"><a href="https://facebook.com/share">Facebook</a> <a href="https://twitter.com/share">X</a></div>
</article>
<section class="related"><h3>{NAV[lang][0]}</h3><ul>{side}</ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Top</h3><ol>{side}</ol></div><div class="ad-box">AD</div></aside></div>
<section class="comments"><h3>Comments (2)</h3><ul><li class="comment"><span class="nick">user77</span><p class="comment-text">{fill[:40]}</p></li></ul></section>
<footer class="site-footer"><p>© 2026 {site}</p><a href="/about">About</a> <a href="/privacy">Privacy</a></footer>
</body></html>"""


def _url(case: Case) -> str:
    return f"https://www.{case.site.lower().replace(' ', '')}.example/{case.name}.html"


CASES = [
    # --- read-also labels of other languages alone on their line
    Case(
        "r1_1",
        "ru",
        "Gorod24",
        "Как правильно читать договор аренды: пять советов юриста",
        "Анна Петрова",
        "¶¶<h2>Читайте также</h2><p>Так называется раздел договора, который многие пропускают: в нё"
        "м перечислены приложения — акт приёма-передачи, опись имущества и график платежей. Именно "
        "их юрист советует читать также внимательно, как и основной текст.</p>¶¶",
        must=["перечислены приложения"],
        must_not=[],
    ),
    Case(
        "r1_2",
        "vi",
        "Tuoi Tre",
        "Hướng dẫn dùng ứng dụng ngân hàng mới: nút 'Xem thêm' nằm ở đâu",
        "Nguyễn Văn Minh",
        "¶¶<p>Bước 3: Trên màn hình chính, bấm vào nút</p><p><strong>Xem thêm</strong></p><p>để mở "
        "danh sách tất cả dịch vụ, sau đó chọn mục Chuyển khoản quốc tế.</p>¶¶",
        must=["Xem thêm", "Chuyển khoản quốc tế"],
        must_not=[],
    ),
    Case(
        "r1_3",
        "cs",
        "Denik",
        "Ministerstvo spustilo kampaň na podporu čtení",
        "Jan Novák",
        "¶¶<p>Kampaň nese název</p><blockquote><p>Čtěte také!</p></blockquote><p>a na plakátech ji "
        "propagují známé osobnosti, mezi nimi herečka Jana Plodková.</p>¶¶",
        must=["Čtěte také", "známé osobnosti"],
        must_not=[],
    ),
    Case(
        "r1_4",
        "hi",
        "Bhaskar",
        "नई शिक्षा नीति पर विशेषज्ञों की राय",
        "राकेश शर्मा",
        "¶¶¶<p>यह भी पढ़ें</p><ul><li><a href='/x/1'>बोर्ड परीक्षा का नया कार्यक्रम जारी</a></li><l"
        "i><a href='/x/2'>कॉलेज में प्रवेश की तारीख बढ़ी</a></li></ul>¶¶<p>खबरें और भी हैं...</p>",
        must=["अधिकारियों के अनुसार इस साल शह"],
        must_not=["यह भी पढ़ें", "खबरें और भी हैं", "बोर्ड परीक्षा का नया"],
    ),
    Case(
        "r1_5",
        "ar",
        "Youm7",
        "مسابقة للقراءة في المدارس",
        "محمد علي",
        "¶¶<p>وحملت المسابقة شعار</p><p>«اقرأ أيضا»</p><p>وشارك فيها أكثر من عشرة آلاف طالب من مختل"
        "ف المحافظات خلال الشهر الماضي.</p>¶¶",
        must=["اقرأ أيضا", "عشرة آلاف طالب"],
        must_not=[],
    ),
    # --- the heading of a read-also box of links
    pytest.param(
        Case(
            "r2_1",
            "de",
            "Heise",
            "Linux-Kernel 7.2: Die wichtigsten Neuerungen",
            "Thorsten Leemhuis",
            "¶¶¶<section class='further'><h2>Siehe auch</h2><ul><li><a href='https://kernel.org/doc/htm"
            "l/latest/scheduler/'>Kernel-Dokumentation zum Scheduler</a>: erklärt das neue EEVDF-Verhal"
            "ten ausführlich</li><li><a href='https://lwn.net/Articles/1'>LWN-Artikel zur Merge-Window-"
            "Diskussion</a></li><li><a href='https://git.kernel.org/'>Git-Log des Release-Kandidaten 7."
            "2-rc1 mit allen Commits</a></li></ul></section>",
            must=["Kernel-Dokumentation zum Scheduler", "Siehe auch"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a `Siehe auch` section of source links is dropped as a link list (base does the same)",
        ),
        id="r2_1",
    ),
    pytest.param(
        Case(
            "r2_2",
            "ru",
            "Habr",
            "Гайд: как собрать домашний NAS своими руками",
            "Иван Смирнов",
            "¶¶¶<div class='guide-section'><h2>Читайте также</h2><p><a href='/docs/zfs'>Документация ZF"
            "S on Linux</a> — <a href='/docs/raid'>Сравнение уровней RAID</a> — <a href='/docs/ups'>Выб"
            "ор ИБП для NAS</a></p></div><div class='guide-section'><h2>Итог</h2>¶</div>",
            must=["Документация ZFS on Linux", "Итог"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a `\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435` section of document links is dropped as a link list (base keeps only the heading)",
        ),
        id="r2_2",
    ),
    pytest.param(
        Case(
            "r2_3",
            "cs",
            "iRozhlas",
            "Volby 2026: kde najdete oficiální výsledky",
            "Jan Novák",
            "¶¶¶<div class='box-sources'><h3>Čtěte také</h3><ul><li><a href='https://volby.cz'>volby.cz"
            " – oficiální výsledky Českého statistického úřadu</a></li><li><a href='https://mvcr.cz'>Mi"
            "nisterstvo vnitra – seznam kandidátních listin</a></li></ul></div>¶",
            must=["volby.cz"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a `\u010ct\u011bte tak\u00e9` box of source links is dropped as a link list (base keeps only the heading)",
        ),
        id="r2_3",
    ),
    pytest.param(
        Case(
            "r2_4",
            "en",
            "Guardian",
            "How to file your tax return: a step-by-step guide",
            "Hilary Osborne",
            "¶¶¶<div class='section'><h2>Related</h2><ul><li><a href='https://gov.uk/self-assessment'>H"
            "MRC Self Assessment portal</a></li><li><a href='https://gov.uk/tax-deadlines'>Official tax"
            " deadlines for 2026</a></li><li><a href='https://gov.uk/penalties'>Penalties for late retu"
            "rns</a></li></ul></div>",
            must=["HMRC Self Assessment portal"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a `See also` section of official links is dropped as a link list (base does the same)",
        ),
        id="r2_4",
    ),
    Case(
        "r2_5",
        "el",
        "Kathimerini",
        "Νέα μέτρα για τη στέγαση",
        "Μαρία Παπαδοπούλου",
        "¶¶¶<div class='read-more-box'><h4>Διαβάστε επίσης</h4><ul><li><a href='/a/1'>Πώς θα λειτου"
        "ργήσει το νέο πρόγραμμα</a></li><li><a href='/a/2'>Οι τιμές των ενοικίων ανεβαίνουν ξανά</"
        "a></li></ul></div>¶¶",
        must=["Σύμφωνα με εκπρόσωπο του δήμου"],
        must_not=["Διαβάστε επίσης", "Οι τιμές των ενοικίων"],
    ),
    pytest.param(
        Case(
            "r2_6",
            "cs",
            "Lidovky",
            "Sto let od vydání Války s mloky",
            "Jan Novák",
            "¶¶¶<div class='box-biblio'><h3>Čtěte také</h3><ul><li><a href='/k/1'>Karel Čapek: Válka s "
            "mloky</a>, 1936</li><li><a href='/k/2'>Karel Čapek: Krakatit</a>, 1924</li><li><a href='/k"
            "/3'>Karel Čapek: Továrna na absolutno</a>, 1922</li></ul></div>¶",
            must=["Krakatit", "Čtěte také"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a `\u010ct\u011bte tak\u00e9` bibliography box is taken for a read-also box (base drops its list too)",
        ),
        id="r2_6",
    ),
    Case(
        "r2_7",
        "ar",
        "Jannah",
        "ارتفاع أسعار الذهب",
        "سارة محمود",
        "¶¶¶<div class='related-posts-inline'><h3 class='block-title'>اقرأ أيضا</h3><ul><li><a href"
        "='/p/1'>أسعار الفضة اليوم في الأسواق</a></li><li><a href='/p/2'>توقعات البنك المركزي للفائ"
        "دة</a></li></ul></div>¶¶",
        must=["وقال مسؤولون إن المد"],
        must_not=["اقرأ أيضا", "أسعار الفضة اليوم"],
    ),
    pytest.param(
        Case(
            "r2_8",
            "en",
            "NYT",
            "The ten best books about the sea",
            "A. O. Scott",
            "¶¶¶<section class='list-section'><h2>Related</h2><ol><li><a href='https://books.example/1'"
            ">Moby-Dick by Herman Melville, the great American novel</a> (Harper, 1851), a classic</li>"
            "<li><a href='https://books.example/2'>The Old Man and the Sea by Ernest Hemingway, a novel"
            "la</a> (Scribner, 1952), a classic</li><li><a href='https://books.example/3'>The Sea, the "
            "Sea by Iris Murdoch, a Booker winner</a> (Chatto, 1978), a classic</li></ol></section>¶",
            must=["Moby-Dick by Herman Melville", "Related"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a `Related` list of books with their links is dropped as a link list (base does the same)",
        ),
        id="r2_8",
    ),
    # --- editor and writer credit lines of other scripts
    Case(
        "r3_1",
        "hi",
        "AmarUjala",
        "पुस्तक समीक्षा: गोदान का नया संस्करण",
        "सीमा वर्मा",
        "¶¶<p>पुस्तक: गोदान</p><p>लेखक: मुंशी प्रेमचंद</p><p>प्रकाशक: राजकमल प्रकाशन</p><p>मूल्य: 299 रुपये</p>¶¶",
        must=["लेखक: मुंशी प्रेमचंद", "प्रकाशक: राजकमल"],
        must_not=[],
    ),
    Case(
        "r3_2",
        "zh",
        "Xinhuanet",
        "专访知名编辑：好书是怎样炼成的",
        "李明",
        "¶<p>记者：您做编辑多少年了</p><p>编辑：整整二十年，从校对做起</p><p>记者：最难忘的一本书是哪本</p><p>编辑：应该是那本关于长江的纪实文学，前后改了七稿</p"
        ">¶¶",
        must=["编辑：整整二十年", "前后改了七稿"],
        must_not=[],
    ),
    Case(
        "r3_3",
        "ja",
        "Cinema Today",
        "映画『海辺の町』レビュー 静かな傑作",
        "田中実",
        "¶¶<p>監督：山田太郎</p><p>脚本：佐藤花子</p><p>撮影：鈴木一郎</p><p>編集：高橋美咲</p><p>音楽：中村健</p>¶¶",
        must=["監督：山田太郎", "編集：高橋美咲"],
        must_not=[],
    ),
    Case(
        "r3_4",
        "tr",
        "Hurriyet",
        "Yayın dünyasının emektarı anlatıyor",
        "Ayşe Kaya",
        "¶<p><b>Muhabir:</b> Kitabın fikri nasıl doğdu</p><p><b>Editör:</b> Aslında bir kahve sohbe"
        "tinde, yıllar önce İzmir'de</p>¶¶",
        must=["kahve sohbetinde"],
        must_not=[],
    ),
    Case(
        "r3_5",
        "ko",
        "Hankyoreh",
        "영화 '바다의 시간' 제작진 인터뷰",
        "최유진",
        "¶¶<p>감독: 김지훈</p><p>촬영: 이수민</p><p>편집: 박서연</p><p>음악: 정하늘</p>¶¶",
        must=["감독: 김지훈", "편집: 박서연"],
        must_not=[],
    ),
    Case(
        "r3_6",
        "zh",
        "Sina",
        "城市更新进入新阶段",
        "新华社",
        "¶¶¶<p class='article-editor'>（责任编辑：王晓红 ）</p><p>编辑：张三 审核：李四</p>",
        must=["记者从有关部门了解到，今年以来全市共新建"],
        must_not=["王晓红", "编辑：张三"],
    ),
    Case(
        "r3_7",
        "tr",
        "Milliyet",
        "Editörle kısa söyleşi: yeni dizi yolda",
        "Mehmet Demir",
        "¶<p><b>Muhabir:</b> Yeni dizi ne zaman çıkacak?</p><p><b>Editör:</b> Sonbaharda, ilk iki k"
        "itap birlikte</p><p><b>Muhabir:</b> Çeviriler de olacak mı?</p><p><b>Editör:</b> Evet, kes"
        "inlikle</p>¶¶",
        must=["Sonbaharda, ilk iki kitap birlikte", "Evet, kesinlikle"],
        must_not=[],
    ),
    Case(
        "r3_8",
        "ar",
        "AlAhram",
        "قراءة في كتاب: مختارات من الشعر العربي الحديث",
        "أحمد حسن",
        "¶¶<p>الكتاب: مختارات من الشعر العربي الحديث</p><p>تحرير: د. سلمى الخضراء الجيوسي</p><p>الن"
        "اشر: دار الشروق، 2025</p>¶¶",
        must=["تحرير: د. سلمى الخضراء الجيوسي"],
        must_not=[],
    ),
    Case(
        "r3_9",
        "zh",
        "Guangming",
        "对话出版人：纸书还有未来吗",
        "陈静",
        "¶<p>记者：您觉得纸书会消失吗？</p><p>编辑：这个嘛……很难说</p><p>记者：为什么？</p><p>编辑：读者的习惯在变，但是纸书的手感无法替代</p>¶¶",
        must=["编辑：这个嘛", "纸书的手感无法替代"],
        must_not=[],
    ),
    # --- summary-classed bold standfirsts
    Case(
        "r4_1",
        "ko",
        "KBS News",
        "[핵심 요약] 내년 예산안 무엇이 달라지나",
        "김민수",
        "<div class='summary-box'><strong class='summary'>이 기사의 핵심 내용 세 가지: 예산 총액 증가, 복지 지출 확대, 국방비"
        " 조정 관련 주요 쟁점 정리 안내</strong><ul><li>예산 총액 680조 원</li><li>복지 지출 5% 증가</li></ul></div>¶¶¶¶",
        must=["관계자에 따르면 올해 들어 시내 공공", "예산 총액 680조 원"],
        must_not=[],
    ),
    pytest.param(
        Case(
            "r4_2",
            "zh",
            "The Paper",
            "长江流域生态修复调查",
            "王芳",
            "<p class='summary'><strong>本文要点</strong></p><div class='toc summary'><b class='summary-tit"
            "le'>目录：一、背景与现状 二、主要做法 三、存在的问题 四、下一步工作建议与展望 五、专家观点汇总</b></div>¶¶¶¶",
            must=["记者从有关部门了解到，今年以来全市共新建"],
            must_not=["目录：一、背景与现状"],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="a summary-classed table of contents is kept as text (base does the same)"
        ),
        id="r4_2",
    ),
    pytest.param(
        Case(
            "r4_3",
            "ja",
            "Asahi",
            "新型ロケット打ち上げ成功",
            "佐藤健",
            "<p class='lead-photo'><img src='/p.jpg' alt=''></p><strong class='summary'>発射台から上昇する新型ロケット"
            "＝4日午前、種子島宇宙センターで（代表撮影）</strong>¶¶¶¶",
            must=["関係者によると、今年度は市内で公共施設の"],
            must_not=["種子島宇宙センターで"],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="a summary-classed photo caption is kept (base does the same)"
        ),
        id="r4_3",
    ),
    Case(
        "r4_4",
        "ko",
        "Daum",
        "서울 버스 노선 개편",
        "이지은",
        "<strong class='summary_view'>서울시, 내달부터 간선버스 12개 노선 개편<br>출퇴근 시간 배차 간격 14분→11분 단축<br>심야버스 3"
        "개 노선 신설</strong>¶¶¶¶",
        must=["배차 간격 14분→11분", "관계자에 따르면 올해 들어 시내 공공"],
        must_not=[],
    ),
    Case(
        "r4_5",
        "zh",
        "Ifeng",
        "春运首日客流回升",
        "赵磊",
        "<div class='kicker summary'>【春运观察】</div><p class='subtitle'>——来自北京西站的现场报道</p>¶¶¶¶",
        must=["记者从有关部门了解到，今年以来全市共新建"],
        must_not=[],
    ),
    Case(
        "r4_6",
        "zh",
        "Sohu",
        "新能源汽车销量创新高",
        "刘洋",
        "<div class='related-news'><p class='summary'>相关阅读 新能源汽车下乡活动启动 多地出台购车补贴政策 充电桩建设提速 换电模式受关注 电"
        "池回收体系加快完善</p></div>¶¶¶¶",
        must=["记者从有关部门了解到，今年以来全市共新建"],
        must_not=["充电桩建设提速"],
    ),
    Case(
        "r4_7",
        "ko",
        "Chosun",
        "남해안 해돋이 명소 5선",
        "정다은",
        "<div class='art_photo'><img src='/sun.jpg'><strong class='img_summary'>경남 남해 금산 보리암에서 바라본 "
        "새해 첫 해돋이 풍경 사진 제공 남해군청 관광과</strong></div>¶¶¶¶",
        must=["관계자에 따르면 올해 들어 시내 공공"],
        must_not=["보리암에서 바라본"],
    ),
    Case(
        "r4_8",
        "ja",
        "Nikkei",
        "半導体投資 国内で拡大",
        "山本大輔",
        "<b class='summary-label'>この記事のポイント　国内で半導体投資が拡大　政府補助金が後押し　人材不足が課題に　地方の雇用にも波及効果</b><ul class"
        "='points'><li>投資額は過去最高</li></ul>¶¶¶¶",
        must=["関係者によると、今年度は市内で公共施設の"],
        must_not=[],
    ),
    # --- inline picture captions
    Case(
        "r5_1",
        "en",
        "Reuters",
        "Court publishes full ruling on data retention",
        "Jane Smith",
        "¶¶<p>The court has published the <a href='/ruling.pdf'><img src='/icons/pdf.png' width='16"
        "' alt=''><span class='file-desc'>full 84-page ruling</span></a> on its website, together w"
        "ith a summary for the press.</p>¶¶",
        must=["full 84-page ruling"],
        must_not=[],
    ),
    pytest.param(
        Case(
            "r5_2",
            "de",
            "Kicker",
            "Sparta Prag gewinnt Derby",
            "Max Müller",
            "¶¶<p>Die Aufstellung: <span class='team'><img src='/crest/sparta.png' alt=''><span class='"
            "team-caption'>Sparta Prag</span></span> gegen <span class='team'><img src='/crest/slavia.p"
            "ng' alt=''><span class='team-caption'>Slavia Prag</span></span>, Anpfiff 18 Uhr.</p>¶¶",
            must=["Sparta Prag gegen", "Slavia Prag"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a linked team name with its logo inside a sentence is lost (base does the same)",
        ),
        id="r5_2",
    ),
    pytest.param(
        Case(
            "r5_3",
            "id",
            "Detik",
            "Ulasan ponsel terbaru: baterai awet",
            "Andi Pratama",
            "¶¶<p>Penilaian kami: <span class='rating'><img src='/stars45.png' alt='4.5'><em class='rat"
            "ing-desc'>4,5 dari 5, layak dibeli untuk pengguna harian</em></span>.</p>¶¶",
            must=["4,5 dari 5"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a rating's stars with their text inside a sentence are lost (base does the same)",
        ),
        id="r5_3",
    ),
    Case(
        "r5_4",
        "ko",
        "Naver",
        "한강 불꽃축제 인파 몰려",
        "박지성",
        "<div id='dic_area'>¤<br><br><span class='end_photo_org'><img src='/p1.jpg' alt=''><em clas"
        "s='img_desc'>4일 서울 여의도 한강공원에서 열린 불꽃축제 모습. 연합뉴스</em></span><br><br>¤<br><br>¤</div>",
        must=["관계자에 따르면 올해 들어 시내 공공"],
        must_not=["여의도 한강공원에서 열린 불꽃축제 모습"],
    ),
    Case(
        "r5_5",
        "en",
        "BlogMag",
        "Our week in emoji: a reader survey",
        "Kate Lee",
        "¶¶<p>Most readers picked <span class='emoji-wrap'><img class='emoji' src='/e/smile.png' al"
        "t='🙂'><span class='emoji-description'>the classic smile</span></span> as their favourite, "
        "ahead of the thumbs-up.</p>¶¶",
        must=["the classic smile"],
        must_not=[],
    ),
    Case(
        "r5_6",
        "ko",
        "Daum",
        "제주 유채꽃 만개",
        "한지민",
        "<div class='article_view'><section>¤<br><br><a href='/photo/1'><img src='/p.jpg'><span cla"
        "ss='txt_caption'>제주 서귀포시 유채꽃밭에서 관광객들이 사진을 찍고 있다. 뉴스1</span></a><br><br>¤<br><br>¤</section"
        "></div>",
        must=["관계자에 따르면 올해 들어 시내 공공"],
        must_not=["관광객들이 사진을 찍고"],
    ),
    # --- table cells of one <p> read as rows
    Case(
        "r6_1",
        "en",
        "OldTownGazette",
        "Council approves new library",
        "Bob Stone",
        "<table width='100%' class='layout'><tr><td width='50%' valign='top'><p>¤ The new library w"
        "ill open in spring and hold forty thousand books in its first phase.</p></td><td width='50"
        "%' valign='top'><p>¤ Critics say the budget of four million should have gone to schools in"
        "stead of the library.</p></td></tr></table>¶",
        must=["forty thousand books in its first phase.", "Critics say the budget"],
        must_not=["first phase. | "],
    ),
    Case(
        "r6_2",
        "de",
        "Lokalblatt",
        "Vereinsnachrichten aus Oberdorf",
        "Karl Huber",
        "<table border='0' cellpadding='0'><tr><td><p>¤ ¤ ¤ ¤</p></td></tr><tr><td><p>¤ ¤ ¤</p></td"
        "></tr></table>",
        must=["Nach Angaben eines Sprechers d"],
        must_not=[],
    ),
    Case(
        "r6_3",
        "cs",
        "Obec Lhota",
        "Zápis ze zastupitelstva",
        "Jan Novák",
        "<table><tr><td><p>Otázka občana</p></td><td>¶</td></tr><tr><td><p>Odpověď starosty</p></td"
        "><td>¶</td></tr></table>¶",
        must=["Otázka občana"],
        must_not=[],
    ),
    Case(
        "r6_4",
        "zh",
        "Gov.cn",
        "2026年第一季度主要经济指标",
        "国家统计局",
        "¶<table class='MsoNormalTable' border='1'><tr><td><p class='MsoNormal'>指标</p></td><td><p c"
        "lass='MsoNormal'>数值</p></td><td><p class='MsoNormal'>同比</p></td></tr><tr><td><p class='Mso"
        "Normal'>地区生产总值</p></td><td><p class='MsoNormal'>3201亿元</p></td><td><p class='MsoNormal'>5."
        "2%</p></td></tr></table>¶¶",
        must=["地区生产总值 | 3201亿元 | 5.2%"],
        must_not=[],
    ),
    Case(
        "r6_5",
        "en",
        "OldNews",
        "Letters to the editor",
        "Editor",
        "<table width='600'><tr><td valign='top'><p>¤ Sincerely, a reader from Leeds.</p></td><td v"
        "align='top' width='160'><p><a href='/subscribe'>Subscribe to our print edition today for o"
        "nly 2 pounds a week</a></p></td></tr></table>¶¶",
        must=["a reader from Leeds."],
        must_not=["Subscribe to our print"],
    ),
    Case(
        "r6_6",
        "id",
        "Kompas",
        "Daftar harga BBM terbaru",
        "Rina Sari",
        "¶¶<table><tbody><tr><td><div>Pertalite</div></td><td><div>Rp 10.000</div></td></tr><tr><td"
        "><div>Pertamax</div></td><td><div>Rp 12.950</div></td></tr></tbody></table>¶",
        must=["Pertamax | Rp 12.950"],
        must_not=[],
    ),
    # --- centred captions and table titles
    Case(
        "r7_1",
        "cs",
        "iDNES",
        "Výsledky voleb podle krajů",
        "Jan Novák",
        "¶¶<table><caption>Volební účast v krajích v roce 2025 (v procentech)</caption><tr><th>Kraj"
        "</th><th>Účast</th></tr><tr><td>Praha</td><td>71,2</td></tr><tr><td>Brno</td><td>68,4</td>"
        "</tr></table>¶",
        must=["Volební účast v krajích", "Praha | 71,2"],
        must_not=[],
    ),
    Case(
        "r7_2",
        "vi",
        "VnExpress",
        "Giá vàng hôm nay tăng mạnh",
        "Hoài Thu",
        "¶¶<p style='text-align:center'><strong>Bảng giá vàng SJC tại Hà Nội và TP HCM</strong></p>"
        "<table><tr><td>Loại</td><td>Mua</td><td>Bán</td></tr><tr><td>SJC 1L</td><td>89,5</td><td>9"
        "1,5</td></tr></table>¶¶",
        must=["Bảng giá vàng SJC", "SJC 1L | 89,5 | 91,5"],
        must_not=[],
    ),
    Case(
        "r7_3",
        "zh",
        "People",
        "市政府工作报告（摘要）",
        "人民网",
        "¶<p style='text-align:center'><img src='/a.jpg'></p><p style='text-align:center'><strong>二"
        "、加快推进基础设施建设</strong></p>¶¶<p style='text-align:center'><img src='/b.jpg'></p><p style='tex"
        "t-align:center'><strong>三、持续改善民生福祉</strong></p>¶¶",
        must=["二、加快推进基础设施建设", "三、持续改善民生福祉"],
        must_not=[],
    ),
    pytest.param(
        Case(
            "r7_4",
            "en",
            "PoetryDaily",
            "A poem for the first day of spring",
            "Mary Oliver",
            "<p style='text-align:center'><img src='/spring.jpg'></p><p style='text-align:center'><em>T"
            "he thaw came quietly, the river spoke</em></p>¶¶¶",
            must=["The thaw came quietly"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="a centred first line under a centred picture is lost (base does the same)"
        ),
        id="r7_4",
    ),
    pytest.param(
        Case(
            "r7_5",
            "de",
            "Gemeinde",
            "Neujahrsgruß des Bürgermeisters",
            "Hans Maier",
            "¶¶¶<p align='center'><img src='/sig.png' alt='Unterschrift'></p><p align='center'>Ihr Bürg"
            "ermeister Hans Maier</p><p><small>Gemeinde Oberdorf, Hauptstraße 1</small></p>",
            must=["Ihr Bürgermeister Hans Maier"],
            must_not=[],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a centred signature line under a centred picture is lost (base does the same)",
        ),
        id="r7_5",
    ),
    Case(
        "r7_6",
        "zh",
        "Xinhua",
        "春耕时节田间忙",
        "新华社",
        "¶<p align='center'><img src='/c.jpg'></p><p align='center'>4月2日，农民在田间劳作（记者 李明远 摄）</p>¶¶",
        must=["记者从有关部门了解到，今年以来全市共新建"],
        must_not=["农民在田间劳作"],
    ),
    Case(
        "r7_7",
        "en",
        "StatsBlog",
        "UK inflation in five charts",
        "Tom Green",
        "¶¶<table><caption>CPI annual rate, per cent, Jan-Mar 2026; source: ONS</caption><tr><td>Ja"
        "n</td><td>3.1</td></tr><tr><td>Feb</td><td>2.9</td></tr></table>¶",
        must=["CPI annual rate", "Jan | 3.1"],
        must_not=[],
    ),
    # --- the reprint statement of Chinese portals
    Case(
        "r8_1",
        "zh",
        "Legal Daily",
        "网站转载纠纷案宣判：免责声明不能免责",
        "法制日报",
        "¶<p>凡本网注明“来源：XX日报”的作品均为转载，这一声明能否让网站免责？法院审理认为，该声明不能对抗权利人的合法权益，被告仍应承担侵权责任，赔偿原告经济损失三万元。</p>¶¶",
        must=["法院审理认为", "赔偿原告经济损失三万元"],
        must_not=[],
    ),
    Case(
        "r8_2",
        "zh",
        "CCTV",
        "全国两会特别报道",
        "央视网",
        "¶¶¶<p>凡本网注明“来源：央视网”的所有作品，版权均属于央视网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</p>",
        must=["记者从有关部门了解到，今年以来全市共新建"],
        must_not=["版权均属于央视网"],
    ),
    Case(
        "r8_3",
        "zh",
        "Local News",
        "本报启事",
        "本报",
        "¶<p>凡本报未注明作者的稿件，稿酬请与编辑部联系领取，联系电话010-12345678，联系人王老师，截止日期为今年12月31日。</p>¶¶",
        must=["稿酬请与编辑部联系领取"],
        must_not=[],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name if isinstance(case, Case) else None)
def test_review_page(case: Case) -> None:
    article = extract_article(_page(case), url=_url(case))
    text = f"{article.lead or ''}\n\n{article.body or ''}"
    missing = [line for line in case.must if line not in text]
    kept = [line for line in case.must_not if line in text]
    assert (missing, kept) == ([], [])
    assert article.title == case.title
