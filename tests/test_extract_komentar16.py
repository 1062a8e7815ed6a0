"""An Indonesian comment box inside the chosen column is no text (#10, session 16).

Indonesian regional and kabupaten portals (old own PHP CMSs, OpenSID village sites, WordPress themes such as
JNews/Newsup translated, `kolom-komentar` boxes) name their comment box `komentar`, the word `comment` is for the
English themes already. When the chosen column also holds the box, its form's labels (`Nama`, `Email`,
`Komentar`) and notice (`Komentar Anda akan tampil setelah disetujui admin.`) read as the text's end, and the
desk's initials closer (`(rt/ndi)`) before them stayed. `komentar` now joins `comment` among the strong junk
words of a block's class.

Guards: the word in the text (`Komentar warga di media sosial …`) stays, and a German opinion column classed
`kommentar` (another word) keeps its text.
Each test serves a full page (head metadata, menu, date line, share bar, tags, related list, sidebar, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://www.lintas-example.com/berita/8841/jalan-amblas"

PROSE = (
    "Masohi, Lintas Example - Ruas jalan di Negeri Tehoru amblas sepanjang dua puluh meter setelah hujan deras "
    "mengguyur wilayah itu sejak Senin malam.",
    "Akibatnya, kendaraan roda empat dari arah Masohi tidak bisa melintas. Hanya sepeda motor yang masih bisa "
    "lewat dengan hati-hati di sisi jalan.",
    "Sopir angkutan antarkabupaten mengatakan dirinya sudah tertahan sejak subuh bersama puluhan kendaraan lain.",
    '"Kami bawa sembako untuk Bula. Kalau lama begini bisa rusak barang-barang," ujarnya, Rabu (28/1/2026).',
    "Pemerintah negeri bersama warga memasang batang kelapa dan karung pasir di tepi badan jalan.",
    "Kepala balai jalan nasional mengatakan tim sudah diturunkan ke lokasi untuk penanganan darurat.",
    "Ia memperkirakan jalan dapat kembali dilalui kendaraan roda empat dalam tiga hari jika cuaca mendukung. "
    "Pengendara diimbau menggunakan jalur laut sementara waktu.",
)


def _portal_page(paragraphs: list[str], *, box_class: str = "komentar") -> str:
    pars = "\n".join(f'<div class="par">{text}</div>' for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Lintas Example</title>
<meta name="author" content="Redaksi"><meta property="og:title" content="Lintas Example"></head>
<body><div id="wrapper"><div id="header"><a href="/">Lintas Example</a></div>
<div id="menu"><ul><li><a href="/berita">Berita</a></li><li><a href="/opini">Opini</a></li></ul></div>
<div id="main"><div id="kiri">
<div class="path">Anda di : <a href="/">Home</a> &raquo; Detail Berita</div>
<div class="judul"><h2>Jalan di Tehoru Amblas, Kendaraan Roda Empat Tak Bisa Melintas</h2></div>
<div class="tgl_posting">Rabu 28 Jan 2026 - 09.15 WIT | Dibaca: 1.248 kali | Oleh: Redaksi</div>
<div class="gbr_berita"><img src="/images/berita/8841.jpg" alt=""><div class="ket_gambar">Kondisi jalan yang amblas.
(Foto: Istimewa)</div></div>
<div class="isi_berita"><div class="kontributor"><i>Kontributor Masohi, Rusdi T.</i></div>
{pars}
<div class="par">(rt/ndi)</div></div>
<div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Twitter</a></div>
<div class="tag">Tags: <a href="#">Tehoru</a>, <a href="#">Jalan Nasional</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a href="#">Pemadaman Listrik Bergilir Dijadwalkan Akhir Pekan
</a> <span class="tgl">(2 Jan 2026)</span></li><li><a href="#">Pemilihan Kepala Desa Serentak Digelar di 48 Desa</a>
<span class="tgl">(4 Jan 2026)</span></li><li><a href="#">Kapal Feri Tertahan Akibat Angin Kencang di Selat</a>
<span class="tgl">(5 Jan 2026)</span></li></ul></div>
<div class="{box_class}"><h3>Komentar</h3><form action="#"><table><tr><td>Nama</td><td><input name="nama"></td></tr>
<tr><td>Email</td><td><input name="email"></td></tr><tr><td>Komentar</td><td><textarea></textarea></td></tr>
</table><input type="submit" value="Kirim"></form><p class="catatan">Komentar Anda akan tampil setelah disetujui
admin.</p></div>
</div><div id="kanan"><div class="box"><h3>Terpopuler</h3><ol><li><a href="#">Tim Pelajar Lolos ke Putaran
Nasional</a><br><small>27 Jan 2026</small></li><li><a href="#">Dua Nelayan Hilang Saat Melaut</a><br><small>26 Jan
2026</small></li></ol></div><div class="box"><h3>Polling</h3><p>Bagaimana kondisi jalan di kampung Anda?</p>
<label><input type="radio"> Baik</label><label><input type="radio"> Rusak berat</label></div></div></div>
<div id="footer">© 2026 Lintas Example. Tentang Kami | Redaksi | Pedoman Media Siber</div></div>
</body></html>"""


def _lines(html: str) -> list[str]:
    body = extract_article(html, url=URL).body or ""
    return [line for line in body.split("\n") if line.strip()]


def test_comment_form_labels_and_initials_go() -> None:
    lines = _lines(_portal_page(list(PROSE)))
    assert lines[-1] == PROSE[-1]
    assert not {"Nama", "Email", "Komentar", "(rt/ndi)"} & set(lines)


def test_word_komentar_in_the_text_stays() -> None:
    quoted = (
        "Komentar warga di media sosial pun ramai: banyak yang meminta pemerintah segera membangun jembatan "
        "darurat agar hasil kebun bisa dibawa ke pasar."
    )
    lines = _lines(_portal_page([PROSE[0], quoted, *PROSE[1:]]))
    assert quoted in lines


def test_german_kommentar_column_keeps_its_text() -> None:
    prose = (
        "Die Stadt hat sich mit dem neuen Bäderkonzept viel vorgenommen, doch die Rechnung geht nur auf, wenn "
        "die Besucherzahlen tatsächlich steigen, und dafür spricht bisher wenig.",
        "Wer die Eintrittspreise erhöht und zugleich die Öffnungszeiten kürzt, darf sich nicht wundern, wenn "
        "die Familien lieber an den Baggersee fahren.",
        "Der Gemeinderat sollte deshalb noch einmal nachrechnen, bevor er im Mai die Verträge unterschreibt.",
    )
    paragraphs = "\n".join(f"<p>{text}</p>" for text in prose)
    html = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kommentar: Das Bäderkonzept rechnet sich nicht</title>
<meta property="og:type" content="article"></head><body>
<header><a href="/">Kreisblatt</a><nav><a href="/lokales">Lokales</a> <a href="/meinung">Meinung</a></nav></header>
<main><article class="kommentar">
<h1>Das Bäderkonzept rechnet sich nicht</h1><p class="autor">Von Jana Roth</p>
<div class="kommentar__text">{paragraphs}</div>
</article></main>
<footer>© Kreisblatt · Impressum</footer></body></html>"""
    body = extract_article(html, url="https://www.kreisblatt.example.de/meinung/baederkonzept").body or ""
    assert all(text in body for text in prose)
