"""Review pages for the premium and metered wall rules (#10, session 13, fix-body8).

A read-only review of fix-body8 wrote 16 look-alike pages; the branch dropped real text on 8 of them (main kept it)
and one of its words made a regex quadratic. What changed after it:

- Rule 1 (a block with a product's or meter's wall token, `plus-paywall`, `premium-paywall`, `paywall-meter`):
  every line of text in the box is read, bare `div`s and loose text too (wall_1, wall_5), and its button must be
  a short link to a subscription URL or with a call to subscribe (`subscribe`, `abonnieren`, `s'abonner`,
  `assinar`, `suscríbete`, `abbonati`, `abonneren`, `subskrybuj`, `berlangganan`) or a `<button>` saying one: a
  story link whose text holds `assinatura`, `abonnés` or `connexion` is none (wall_3, wall_4).
- Rule 2 (the shop's subdomain, `abo.`, `assine.`, `langganan.`): only for that box's button, never for links in
  the text's paragraphs nor in the older subscription-link box rule (sub_1, sub_2).
- Rule 3: `pelanggan` (customer) is no offer word (wall_2, pel_1, pel_2); a wall meter's lines are offer lines
  only when they hold a counter phrase or a call to subscribe, its named parts (`paywall-meter__login`) count as
  the wall's (pel_4).
- The Polish counter phrase reads at most 12 letters between its words (it was quadratic on long strings).

sub_3 and pel_3 lose their last paragraph on main too (another rule): strict xfails, left.

Each test serves a complete page (head metadata, JSON-LD, navigation, sidebar, footer).
"""

from __future__ import annotations

import json

import pytest

from telisik.extract import extract_article


def _page(
    name: str,
    *,
    lang: str,
    site: str,
    host: str,
    title: str,
    author: str,
    published: str,
    lead: str,
    main: str,
    section: str = "News",
    extra_side: str = "",
    comments: str = "",
) -> str:
    """A full news page (head metadata, JSON-LD, navigation, sidebar, newsletter box, footer) around `main`."""
    nav = "".join(
        f'<li><a href="/{s.lower()}/">{s}</a></li>'
        for s in ["Home", section, "Politik", "Economy", "Sport", "Kultur", "Opinion", "Video", "Podcast"]
    )
    side = "".join(
        f'<li><a href="/{section.lower()}/{i}-story">Most read headline number {i} from {site}</a></li>'
        for i in range(1, 8)
    )
    foot = "".join(
        f'<li><a href="/{x}">{x.title()}</a></li>'
        for x in ["impressum", "privacy", "contact", "advertise", "careers", "terms", "sitemap"]
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": published,
            "dateModified": published,
            "author": [{"@type": "Person", "name": author}],
            "publisher": {
                "@type": "Organization",
                "name": site,
                "logo": {"@type": "ImageObject", "url": f"https://{host}/logo.png"},
            },
            "mainEntityOfPage": f"https://{host}/{section.lower()}/{name}",
        },
        ensure_ascii=False,
    )
    html = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{lead[:150]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="https://{host}/{section.lower()}/{name}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author}">
<link rel="canonical" href="https://{host}/{section.lower()}/{name}">
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="/assets/main.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
</head>
<body class="single-article">
<header class="site-header"><a class="logo" href="/">{site}</a>
<a class="header-login" href="/login">Login</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<main id="main"><div class="container">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/{section.lower()}/">{section}</a></nav>
<article class="article">
<h1 class="article-title">{title}</h1>
<div class="byline">By <a rel="author" href="/author/{author.lower().replace(" ", "-")}">{author}</a> · <time datetime="{published}">{published[:10]}</time></div>
<figure class="lead-image"><img src="https://{host}/img/{name}.jpg" alt=""><figcaption>Photo: {site}</figcaption></figure>
<div class="article-body entry-content">
<p>{lead}</p>
{main}
</div>
<div class="share"><a href="https://facebook.com/sharer">Facebook</a> <a href="https://x.com/intent">X</a> <a href="https://wa.me/">WhatsApp</a></div>
<div class="tags"><a href="/tag/a">{section}</a> <a href="/tag/b">{site}</a></div>
</article>
{comments}
<aside class="sidebar"><div class="widget"><h2>Most read</h2><ul>{side}</ul></div>{extra_side}
<div class="newsletter"><h3>Newsletter</h3><p>Every morning in your inbox.</p><form><input type="email"><button>Sign up</button></form></div></aside>
</div></main>
<footer class="site-footer"><ul>{foot}</ul><p>© 2026 {site}. All rights reserved.</p></footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());</script>
</body>
</html>"""
    return html


def _check(name: str, must: list[str], must_not: list[str], **page: str) -> None:
    host, section = page["host"], page.get("section", "News")
    article = extract_article(_page(name, **page), url=f"https://{host}/{section.lower()}/{name}")
    body = article.body or ""
    for text in must:
        assert text in body, text
    for text in must_not:
        assert text not in body, text


def test_wall_1() -> None:
    """Rule 1 must NOT fire: paid text set in bare `div`s in a `premium-paywall` with a login line and a subscribe button; every text line of the box is read, so the two sentences stay."""
    _check(
        "wall_1",
        ["11,4 kilometer", "rambu peringatan"],
        ["Sudah berlangganan"],
        lang="id",
        site="Warta Solo",
        host="www.wartasolo.id",
        title="Pemkot Surakarta perbaiki 14 ruas jalan rusak",
        author="Dwi Prasetyo",
        published="2026-02-10T09:00:00+07:00",
        lead="Pemerintah Kota Surakarta mulai memperbaiki 14 ruas jalan yang rusak akibat banjir pekan lalu, dengan anggaran perubahan senilai Rp 23 miliar yang disetujui DPRD pada Senin malam.",
        main='<p>Kepala Dinas Pekerjaan Umum mengatakan perbaikan dimulai dari ruas Jalan Slamet Riyadi dan Jalan Adi Sucipto yang dilalui ribuan kendaraan setiap hari.</p>\n<p>Menurut dia, pengerjaan ditargetkan selesai sebelum Lebaran agar arus mudik tidak terganggu oleh lubang dan genangan di badan jalan.</p>\n<p>Warga di kawasan Laweyan mengeluhkan lubang yang sudah menyebabkan sedikitnya tiga pengendara sepeda motor terjatuh dalam sepekan terakhir.</p>\n<div class="premium-paywall"><div class="para">Wali kota juga meminta kontraktor memasang rambu peringatan di setiap titik pengerjaan malam hari.</div><div class="para">Total panjang jalan yang diperbaiki mencapai 11,4 kilometer, terpanjang di Kecamatan Banjarsari.</div><p class="note">Sudah berlangganan? <a href="/login">Masuk</a></p><a class="btn" href="/langganan">Berlangganan</a></div>',
        section="Daerah",
    )


def test_wall_2() -> None:
    """Rule 1/3 must NOT fire: a `plus-paywall` list of PLN customer notes (`Pelanggan ...`): `pelanggan` (customer) is no offer word."""
    _check(
        "wall_2",
        ["Pelanggan prabayar tidak dikenai", "kompensasi otomatis", "PLN Mobile"],
        [],
        lang="id",
        site="Jateng Today",
        host="www.jatengtoday.id",
        title="PLN padamkan listrik bergilir di 12 kecamatan",
        author="Sri Lestari",
        published="2026-03-05T11:30:00+07:00",
        lead="PT PLN (Persero) Unit Induk Distribusi Jawa Tengah memadamkan listrik secara bergilir di 12 kecamatan pada Kamis karena perbaikan gardu induk yang rusak tersambar petir.",
        main='<p>Manajer komunikasi PLN mengatakan pemadaman berlangsung paling lama empat jam di setiap wilayah dan dijadwalkan antara pukul 09.00 dan 15.00 WIB.</p>\n<p>Gardu induk Jelok rusak pada Selasa sore setelah hujan deras disertai petir melanda Kabupaten Semarang dan sekitarnya.</p>\n<p>Sejumlah pelaku usaha kecil mengaku merugi karena mesin pendingin dan mesin jahit tidak dapat digunakan selama pemadaman.</p>\n<div class="plus-paywall"><ul><li>Pelanggan prabayar tidak dikenai pemotongan token selama pemadaman.</li><li>Pelanggan pascabayar mendapat kompensasi otomatis pada tagihan bulan depan.</li><li>Pelanggan bisnis dapat mengajukan keringanan melalui kantor unit layanan.</li></ul><p>Pelanggan dapat melapor gangguan melalui aplikasi PLN Mobile atau <a href="https://www.pln.co.id/pelanggan">layanan pelanggan 123</a>.</p></div>',
        section="Ekonomi",
    )


def test_wall_3() -> None:
    """Rule 1 must NOT fire: a story about signing a contract in a `paywall` div; a link whose text says `assinatura` is no subscribe button."""
    _check(
        "wall_3",
        ["Palácio 29 de Março", "encerra todas as ações"],
        [],
        lang="pt-BR",
        site="Gazeta do Sul",
        host="www.gazetadosul.com.br",
        title="Prefeito assina contrato de concessão do transporte",
        author="Mariana Costa",
        published="2026-04-14T18:20:00-03:00",
        lead="O prefeito de Curitiba assinou nesta terça-feira o contrato de concessão das linhas de ônibus da região metropolitana, encerrando uma disputa judicial de quatro anos.",
        main='<p>O acordo prevê a renovação de 60% da frota até 2028 e a instalação de ar-condicionado em todos os novos veículos.</p>\n<p>A tarifa técnica ficará congelada durante os dois primeiros anos do contrato, segundo a secretaria municipal de mobilidade.</p>\n<p>Empresários do setor criticaram a exigência de ônibus elétricos em parte das linhas, alegando custo elevado de manutenção e de recarga.</p>\n<p>Vereadores da oposição pediram acesso integral às planilhas de custo antes da votação do orçamento do próximo ano.</p>\n<div class="paywall"><p>A assinatura ocorreu no Palácio 29 de Março, na presença de representantes de nove empresas do consórcio.</p><p>Segundo a procuradoria, o documento assinado pelas partes encerra todas as ações em curso no Tribunal de Justiça. <a href="/politica/tj-arquiva-acoes">Leia: TJ arquiva ações sobre assinatura</a></p></div>',
        section="Cidades",
    )


def test_wall_4() -> None:
    """Rule 1 must NOT fire: a story about internet subscribers (`abonnés`, `connexion`) in a `paywall` div; a story link is no subscribe button."""
    _check(
        "wall_4",
        ["Bouches-du-Rhône et du Var", "95 % des clients"],
        [],
        lang="fr",
        site="Le Courrier du Sud",
        host="www.courrierdusud.fr",
        title="Panne internet géante dans le Sud",
        author="Julien Moreau",
        published="2026-05-20T07:45:00+02:00",
        lead="Une panne géante a privé d'internet près de deux millions de foyers dans le sud de la France mardi soir, après la coupure accidentelle d'un câble de fibre optique près de Marseille.",
        main="<p>L'incident est survenu sur un chantier de voirie où une pelleteuse a sectionné une artère principale du réseau de collecte.</p>\n<p>Les équipes techniques ont travaillé toute la nuit pour rétablir le service, qui est revenu progressivement à partir de quatre heures du matin.</p>\n<p>La préfecture a indiqué que les numéros d'urgence étaient restés joignables pendant toute la durée de la panne, contrairement à 2021.</p>\n<p>Plusieurs élus locaux réclament désormais un plan de sécurisation des chantiers situés à proximité des infrastructures de télécommunication.</p>\n<div class=\"paywall\"><p>Chez Free, les abonnés des Bouches-du-Rhône et du Var ont été les plus touchés, selon l'opérateur.</p><p>La connexion a été rétablie pour 95 % des clients à six heures, a précisé <a href=\"/economie/free-panne\">l'opérateur, qui promet un geste commercial à ses abonnés</a>.</p></div>",
        section="Region",
    )


def test_wall_5() -> None:
    """Rule 1 must NOT fire: how-to steps in bare `div`s of a `story-paywall` with a log-in `<button>`."""
    _check(
        "wall_5",
        ["Open 192.168.1.1", "Firmware Update", "five minutes"],
        [],
        lang="en",
        site="TechHome Weekly",
        host="www.techhomeweekly.com",
        title="How to update your router firmware",
        author="Sam Okafor",
        published="2026-01-22T10:00:00Z",
        lead="If your router keeps dropping the connection, the fix is often a firmware update. Here is how to do it safely on the most common home models.",
        main='<p>Before you start, plug your computer into the router with a cable: a firmware update over Wi-Fi can brick the device if the signal drops.</p>\n<p>Write down your current settings, including the network name and password, because some updates reset the router to factory defaults.</p>\n<p>You will need the admin password printed on the sticker under the router unless you changed it when you set the network up.</p>\n<div class="story-paywall"><div class="step">1. Open 192.168.1.1 in your browser.</div><div class="step">2. Go to Advanced, then System, then Firmware Update.</div><div class="step">3. Click Check and wait about five minutes for the reboot.</div><p>Then log in again with the admin password.</p><button class="btn">Log in</button></div>',
        section="Guides",
    )


def test_wall_6() -> None:
    """Should fire: a `tb-paywall` offer (Plenigo-like) with a counter line, an Abo pitch and a button to `abo.<host>`."""
    _check(
        "wall_6",
        ["Einzelhandelsverband", "drei Euro"],
        ["kostenlosen Artikeln", "0,99"],
        lang="de",
        site="Tagblatt Beispiel",
        host="www.tagblatt-beispiel.de",
        title="Parken in Tübingen wird teurer",
        author="Anna Keller",
        published="2026-06-12T19:10:00+02:00",
        lead="Der Gemeinderat von Tübingen hat am Donnerstagabend mit knapper Mehrheit beschlossen, die Parkgebühren in der Innenstadt ab Juli deutlich zu erhöhen.",
        main='<p>Künftig kostet eine Stunde Parken in der Altstadt drei Euro statt bisher zwei Euro, Anwohnerparkausweise werden doppelt so teuer.</p>\n<p>Die Einnahmen sollen nach dem Willen der Verwaltung in den Ausbau des Busnetzes und in sichere Radwege fließen.</p>\n<p>Der Einzelhandelsverband warnte vor sinkenden Kundenzahlen und forderte eine Stunde kostenloses Parken am Samstag.</p>\n<section class="tb-paywall"><h3 class="paywall__title">Weiterlesen mit TB+</h3><p>Sie haben 3 von 3 kostenlosen Artikeln gelesen.</p><p>Jetzt TB+ Abo testen: 4 Wochen für 0,99 €, danach monatlich kündbar.</p><a class="btn" href="https://abo.tagblatt-beispiel.de/angebote">Zum Angebot</a><p>Bereits Abonnent? <a href="/login">Anmelden</a></p></section>',
        section="Lokales",
    )


def test_wall_7() -> None:
    """A `kompasplus-paywall` offer with a `<button>`: the served paragraphs stay and the offer goes (as on main)."""
    _check(
        "wall_7",
        ["panen raya", "Cipinang"],
        ["khusus pelanggan", "Rp 50.000 per bulan"],
        lang="id",
        site="Harian Nusantara",
        host="www.hariannusantara.id",
        title="Harga beras medium naik",
        author="Budi Santoso",
        published="2026-02-18T07:00:00+07:00",
        lead="Harga beras medium di pasar tradisional Jakarta naik menjadi Rp 14.500 per kilogram pada pekan ini, tertinggi sejak awal tahun.",
        main='<p>Pedagang di Pasar Induk Cipinang menyebut pasokan dari Jawa Tengah berkurang karena panen mundur akibat cuaca.</p>\n<p>Badan Pangan Nasional menyatakan akan menggelontorkan beras cadangan pemerintah ke pasar dalam operasi pasar mulai Senin.</p>\n<p>Ekonom memperkirakan harga akan kembali turun setelah panen raya pada bulan April mendatang.</p>\n<div class="kompasplus-paywall"><div class="kompasplus-paywall__box"><p><span>Artikel ini khusus pelanggan.</span> <span>Nikmati akses tanpa batas mulai Rp 50.000 per bulan.</span></p><button class="btn-primary" onclick="go()">Langganan Sekarang</button></div></div>',
        section="Ekonomi",
    )


def test_sub_1() -> None:
    """Rule 2 must NOT fire: readers' events linked on `abo.<host>` from the paid paragraphs of a `paywall` div."""
    _check(
        "sub_1",
        ["Public Viewing am Marktplatz", "5000 Besuchern"],
        [],
        lang="de",
        site="Rheinblatt Beispiel",
        host="www.rheinblatt-beispiel.de",
        title="Fußball-Streaming wird erneut teurer",
        author="Markus Weber",
        published="2026-07-01T06:00:00+02:00",
        lead="Der Streamingdienst hat seine Preise für Bundesliga-Übertragungen zum dritten Mal in zwei Jahren erhöht, Fußballfans müssen künftig 34,99 Euro im Monat zahlen.",
        main='<p>Der Anbieter begründet die Erhöhung mit gestiegenen Kosten für die Übertragungsrechte, die er bis 2029 erworben hat.</p>\n<p>Verbraucherschützer raten Kundinnen und Kunden, ihre Verträge genau zu prüfen, da ein Sonderkündigungsrecht besteht.</p>\n<p>Wer jährlich zahlt, spart nach Angaben des Unternehmens rund 15 Prozent gegenüber dem monatlichen Tarif.</p>\n<p>Der Deutsche Fußball-Bund äußerte sich bislang nicht zu den neuen Preisen der Übertragungen.</p>\n<div class="paywall"><p>Leserinnen und Leser unserer Zeitung können das Spiel am Samstag im Public Viewing am Marktplatz sehen; Karten gibt es im <a href="https://abo.rheinblatt-beispiel.de/events/public-viewing">Leserservice</a>.</p><p>Die Stadt rechnet mit bis zu 5000 Besuchern, <a href="https://abo.rheinblatt-beispiel.de/events">Infos und Anmeldung hier</a>.</p></div>',
        section="Wirtschaft",
    )


def test_sub_2() -> None:
    """Rule 2 must NOT fire: a readers' club link on `assine.<host>` inside a paid paragraph."""
    _check(
        "sub_2",
        ["Shopping Iguatemi"],
        [],
        lang="pt-BR",
        site="Correio do Pampa",
        host="www.correiodopampa.com.br",
        title="Vacina da gripe liberada para todos em Porto Alegre",
        author="Luiza Fernandes",
        published="2026-05-04T12:00:00-03:00",
        lead="A Secretaria de Saúde de Porto Alegre ampliou nesta segunda-feira a vacinação contra a gripe para todas as pessoas acima de seis meses de idade.",
        main='<p>A medida foi tomada após a procura abaixo do esperado entre os grupos prioritários, que atingiu apenas 38% da meta.</p>\n<p>As doses estão disponíveis em 120 unidades de saúde, de segunda a sexta-feira, das 8h às 17h.</p>\n<p>Aos sábados, três shoppings da cidade terão postos volantes de vacinação, segundo a prefeitura.</p>\n<p>É necessário apresentar documento com foto e, se possível, a carteira de vacinação.</p>\n<div class="paywall"><p>O clube de benefícios do jornal distribui vales para o posto do Shopping Iguatemi; veja a lista em <a href="https://assine.correiodopampa.com.br/clube/saude">clube do leitor</a>.</p></div>',
        section="Saude",
    )


@pytest.mark.xfail(strict=True, reason="main drops this paid paragraph too (another rule): left")
def test_sub_3() -> None:
    """A newsletter link on `subscribe.<host>` inside a paid paragraph."""
    _check(
        "sub_3",
        ["live chat on Thursday"],
        [],
        lang="en",
        site="Valley Herald",
        host="www.valleyherald.com",
        title="District moves to four-day school week",
        author="Jordan Lee",
        published="2026-03-11T15:00:00-06:00",
        lead="The state's largest school district will move to a four-day week next year, becoming the biggest system in the country to do so.",
        main='<p>District officials said the change would save about $4 million a year in transportation and utility costs.</p>\n<p>Teachers\' unions largely backed the plan, citing burnout and the difficulty of filling vacancies in rural schools.</p>\n<p>Parents who work full-time raised concerns about child care on Fridays, when buildings will stay open for optional programs.</p>\n<p>The school board approved the calendar by a 5-2 vote after a four-hour public hearing on Monday night.</p>\n<div class="paywall"><p>Our education team will answer readers\' questions in a live chat on Thursday; <a href="https://subscribe.valleyherald.com/newsletters/education">sign up for the education newsletter</a> to get the link.</p></div>',
        section="Education",
    )


def test_sub_4() -> None:
    """Should fire: a `paywall` offer whose only button goes to `langganan.<host>/paket`."""
    _check(
        "sub_4",
        ["BMKG", "enam jam"],
        ["Pilih Paket", "Baca selengkapnya dengan berlangganan"],
        lang="id",
        site="Koran Timur",
        host="www.korantimur.id",
        title="17 penumpang kapal tenggelam di Selat Sape selamat",
        author="Ahmad Fauzi",
        published="2026-01-09T16:00:00+08:00",
        lead="Tim SAR gabungan menemukan seluruh 17 penumpang kapal motor yang tenggelam di perairan Selat Sape, Nusa Tenggara Barat, dalam keadaan selamat.",
        main='<p>Kapal motor itu terbalik dihantam gelombang setinggi tiga meter saat berlayar dari Pelabuhan Sape menuju Labuan Bajo.</p>\n<p>Para penumpang bertahan dengan pelampung selama hampir enam jam sebelum ditemukan nelayan setempat.</p>\n<p>Basarnas mengimbau nelayan dan operator kapal untuk memperhatikan peringatan cuaca dari BMKG selama musim angin barat.</p>\n<div class="paywall"><div class="paywall__inner"><p>Baca selengkapnya dengan berlangganan Koran Timur Digital.</p><a class="btn" href="https://langganan.korantimur.id/paket">Pilih Paket</a></div></div>',
        section="Nasional",
    )


def test_pel_1() -> None:
    """Rule 3 must NOT fire: PDAM customer notes (`Pelanggan ...`) in a `paywall` div with a `/berlangganan/` info link."""
    _check(
        "pel_1",
        ["potongan tagihan 20 persen", "jadwal truk tangki"],
        [],
        lang="id",
        site="Suara Pesisir",
        host="www.suarapesisir.id",
        title="Pipa PDAM bocor, 40.000 rumah tanpa air",
        author="Yuliana Putri",
        published="2026-02-25T13:00:00+07:00",
        lead="PDAM Tirta Moedal Semarang menghentikan sementara distribusi air bersih ke 40.000 sambungan rumah setelah pipa transmisi utama bocor di Jalan Kaligawe.",
        main='<p>Direktur utama PDAM mengatakan perbaikan pipa berdiameter 800 milimeter itu membutuhkan waktu sedikitnya dua hari.</p>\n<p>Warga di Kecamatan Genuk dan Pedurungan terpaksa membeli air galon dan mengandalkan sumur tetangga.</p>\n<p>PDAM mengerahkan 15 truk tangki untuk mendistribusikan air bersih ke permukiman yang terdampak.</p>\n<div class="paywall"><p>Pelanggan yang terdampak akan mendapat potongan tagihan 20 persen pada bulan Maret.</p><p>Pelanggan dapat memantau jadwal truk tangki melalui <a href="/berlangganan/info-pdam">kanal info pelanggan</a> kami.</p></div>',
        section="Kota",
    )


def test_pel_2() -> None:
    """Rule 3 must NOT fire: a `premium-paywall` list of Telkom's compensation for customers and a `Cek Status Pelanggan` button."""
    _check(
        "pel_2",
        ["tambahan kuota 50 GB", "restitusi sesuai kontrak"],
        [],
        lang="id",
        site="Jatim Kini",
        host="www.jatimkini.id",
        title="Gangguan IndiHome lumpuhkan internet Jawa Timur",
        author="Rizky Hidayat",
        published="2026-04-02T20:00:00+07:00",
        lead="Gangguan jaringan IndiHome melumpuhkan akses internet di sebagian Jawa Timur selama delapan jam pada Rabu, berdampak pada layanan perbankan dan sekolah daring.",
        main='<p>Telkom menyebut gangguan dipicu putusnya kabel serat optik bawah laut yang menghubungkan Surabaya dan Madura.</p>\n<p>Sejumlah bank melaporkan transaksi di mesin ATM terganggu di Bangkalan dan Sampang hingga sore hari.</p>\n<p>Dinas pendidikan meminta sekolah menunda ujian daring yang dijadwalkan pada hari itu.</p>\n<div class="premium-paywall"><p>Kompensasi yang dijanjikan Telkom:</p><ul><li>Pelanggan IndiHome mendapat tambahan kuota 50 GB.</li><li>Pelanggan korporat mendapat restitusi sesuai kontrak.</li></ul><p>Pelanggan dapat mengecek status kompensasi dengan tombol berikut.</p><a class="btn" href="https://my.indihome.co.id/status">Cek Status Pelanggan</a></div>',
        section="Tekno",
    )


@pytest.mark.xfail(strict=True, reason="main drops this paid paragraph too (another rule): left")
def test_pel_3() -> None:
    """A story about free articles in a `paywall` div."""
    _check(
        "pel_3",
        ["five free articles a month", "ask for a refund"],
        [],
        lang="en",
        site="Lakeside Tribune",
        host="www.lakesidetribune.com",
        title="Library card now unlocks three newspapers",
        author="Emma Davis",
        published="2026-09-08T08:00:00-05:00",
        lead="The city's public library will give every card holder free access to three national newspapers from next month, in a deal funded by a local foundation.",
        main='<p>Readers will be able to log on from home with their library card number and read the papers\' websites without limits.</p>\n<p>The foundation is paying $120,000 for the first year of the programme, which the library hopes to extend to magazines.</p>\n<p>Librarians said demand for print newspapers in the reading room had fallen by half since the pandemic.</p>\n<p>The library board will review usage figures after six months before deciding whether to renew the contract.</p>\n<div class="paywall"><p>Until now, non-subscribers could read only five free articles a month on most of the sites.</p><p>Card holders who already pay for a <a href="/subscribe">subscription</a> can ask for a refund, the library said.</p></div>',
        section="Local",
    )


def test_pel_4() -> None:
    """Rule 3 must NOT fire: a `paywall-meter` wrapper also holding the last paragraph; a meter's line is an offer line only with a counter phrase."""
    _check(
        "pel_4",
        ["asamblea el martes"],
        ["artículos gratuitos"],
        lang="es",
        site="Diario Levante Ejemplo",
        host="www.levanteejemplo.es",
        title="Valencia amplía el carril bici hasta la Malvarrosa",
        author="Carlos Ruiz",
        published="2026-06-26T14:00:00+02:00",
        lead="El Ayuntamiento de Valencia aprobó este viernes la ampliación del carril bici de la avenida del Puerto, que conectará el centro con la playa de la Malvarrosa.",
        main='<p>La obra costará 2,3 millones de euros y se prevé que comience en septiembre, tras el verano.</p>\n<p>Los comerciantes de la zona temen perder plazas de aparcamiento durante los meses de obras.</p>\n<p>El concejal de Movilidad aseguró que se habilitarán 200 plazas provisionales en un solar cercano.</p>\n<div class="metered-paywall"><div class="paywall-meter"><p>La asociación de vecinos celebrará una asamblea el martes para presentar alegaciones al proyecto.</p><p>Le quedan 2 artículos gratuitos este mes. <a href="/suscripcion">Suscríbete</a></p></div></div>',
        section="Local",
    )


def test_pel_5() -> None:
    """Should fire: a Piano-like `paywall-counter` (`Il vous reste 2 articles gratuits`) between paragraphs."""
    _check(
        "pel_5",
        ["18 millions", "essences résistantes"],
        ["articles gratuits"],
        lang="fr",
        site="Le Progrès Exemple",
        host="www.leprogres-exemple.fr",
        title="Lyon va planter 10 000 arbres",
        author="Claire Martin",
        published="2026-10-01T10:00:00+02:00",
        lead="La ville de Lyon va planter 10 000 arbres d'ici 2027 dans les quartiers les plus exposés aux vagues de chaleur, a annoncé la mairie jeudi.",
        main='<p>Les plantations commenceront cet automne dans le 8e arrondissement, où les températures dépassent souvent celles du centre de trois degrés.</p>\n<div class="tp-container"><div class="paywall-counter"><p>Il vous reste 2 articles gratuits ce mois-ci.</p><a class="btn" href="/abonnement">Je m\'abonne</a></div></div>\n<p>Le budget de l\'opération s\'élève à 18 millions d\'euros, financés en partie par la métropole et l\'Union européenne.</p>\n<p>Des associations de riverains demandent que les arbres soient choisis parmi des essences résistantes à la sécheresse.</p>',
        section="Lyon",
    )


def test_hostile_select_in_wall_button_keeps_the_text() -> None:
    """A 150 kB string inside a `<select>` in a wall box's link: the text before the box is read. (It took 11.7 s
    before the button's words were read from short links only; the time is measured in benchmarks/hostile_pages.py,
    shape `select in a wall link`.)"""
    para = (
        "<p>"
        + "The council voted on Tuesday to close the old harbour bridge for eighteen months after inspectors found corrosion. "
        * 3
        + "</p>"
    )
    filler = "darmow" * 25000
    html = (
        "<html><head><title>T</title></head><body><article><h1>T</h1><div class='article-body'>"
        f"{para * 6}<div class='premium-paywall'><p>Subscribe now</p><a href='/x'>go<select><option>{filler}</option>"
        "</select></a></div></div></article></body></html>"
    )
    body = extract_article(html, url="https://www.example.com/a/1").body or ""
    assert "harbour bridge" in body
