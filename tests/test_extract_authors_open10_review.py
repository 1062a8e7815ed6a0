"""The review of wip-authors10b as full pages (#10, session 10): every page is a reviewer's hostile page on which
a session-10 author rule credited the wrong person (a quoted letter's signer, a regency or a source after the
writer's comma, a photographer, `Topik` read as a label, a surname read as a job title, another cook's recipe, a
dated credit phrase opening a sentence, `Book review by`). Each assertion failed on 11719ab except the
guards (a3_galeri_label, d8_card_div, g14b_en_lead_short, b34b_team_list, b34c_team_place)."""

from __future__ import annotations

import pytest

from telisik.extract import extract_article

URL = "https://www.example-news.co.id/berita/2026/03/03/judul-berita"

# H: a letter quoted at the end of a council story, `Kind regards, / Michael Thompson / Head of Highways`
H1_QUOTED_LETTER = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p>'
    "The council said on Tuesday that the new bridge linking the two villages would open next month a"
    "fter the budget had been approved by members. The council said on Tuesday that the new bridge li"
    "nking the two villages would open next month after the budget had been approved by members. </p>"
    "<p>The council said on Tuesday that the new bridge linking the two villages would open next mont"
    "h after the budget had been approved by members. The council said on Tuesday that the new bridge"
    " linking the two villages would open next month after the budget had been approved by members. <"
    "/p><p>The council said on Tuesday that the new bridge linking the two villages would open next m"
    "onth after the budget had been approved by members. The council said on Tuesday that the new bri"
    "dge linking the two villages would open next month after the budget had been approved by members"
    ". </p><p>The letter, sent to residents on Monday, read in full:</p><blockquote><p>We regret to i"
    "nform you that the footbridge will be closed for repairs during the whole of the spring season. "
    "We regret to inform you that the footbridge will be closed for repairs during the whole of the s"
    "pring season. </p><p>Kind regards,<br>Michael Thompson<br>Head of Highways</p></blockquote>\n</ar"
    'ticle>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak'
    ' di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><'
    "footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# H: a letter closing the story
H2_LETTER_END = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p>'
    "The council said on Tuesday that the new bridge linking the two villages would open next month a"
    "fter the budget had been approved by members. The council said on Tuesday that the new bridge li"
    "nking the two villages would open next month after the budget had been approved by members. </p>"
    "<p>The council said on Tuesday that the new bridge linking the two villages would open next mont"
    "h after the budget had been approved by members. The council said on Tuesday that the new bridge"
    " linking the two villages would open next month after the budget had been approved by members. <"
    "/p><p>The council said on Tuesday that the new bridge linking the two villages would open next m"
    "onth after the budget had been approved by members. The council said on Tuesday that the new bri"
    "dge linking the two villages would open next month after the budget had been approved by members"
    ". </p><p>In his letter to members the chairman explained why the club had to move its annual mee"
    "ting this year to the town hall. In his letter to members the chairman explained why the club ha"
    "d to move its annual meeting this year to the town hall. </p><p>Best wishes,<br>Michael Thompson"
    '</p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan ja'
    'lan rusak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>'
    "\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# H: a press office's email reply quoted at the end (`Regards, / Sarah Jenkins / Press Office`)
H3_EMAIL_REPLY = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p>'
    "The council said on Tuesday that the new bridge linking the two villages would open next month a"
    "fter the budget had been approved by members. The council said on Tuesday that the new bridge li"
    "nking the two villages would open next month after the budget had been approved by members. </p>"
    "<p>The council said on Tuesday that the new bridge linking the two villages would open next mont"
    "h after the budget had been approved by members. The council said on Tuesday that the new bridge"
    " linking the two villages would open next month after the budget had been approved by members. <"
    "/p><p>The council said on Tuesday that the new bridge linking the two villages would open next m"
    "onth after the budget had been approved by members. The council said on Tuesday that the new bri"
    "dge linking the two villages would open next month after the budget had been approved by members"
    ". </p><p>The company replied to our questions by email on Tuesday evening, after the story had f"
    "irst been published online. The company replied to our questions by email on Tuesday evening, af"
    "ter the story had first been published online. </p><p><em>Regards,</em></p><p><em>Sarah Jenkins<"
    '/em></p><p><em>Press Office, Acme Rail</em></p>\n</article>\n<aside class="sidebar"><h3>Terpopuler'
    '</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga caba'
    "i naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rig"
    "hts reserved.</p></footer></body></html>"
)

# H: a school's circular quoted at the end (`Hormat kami, / Drs. Sutrisno Hadi / Kepala Sekolah`)
H4_SURAT_EDARAN = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    "olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<p>Pemerintah k"
    "abupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan se"
    "telah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan "
    "penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pem"
    "erintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan"
    " depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan "
    "jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. <"
    "/p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimu"
    "lai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pem"
    "bangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh"
    " dewan. </p><p>Berikut isi surat edaran yang diterima redaksi dari pihak sekolah terkait libur s"
    "emester dan jadwal pengambilan rapor siswa. Berikut isi surat edaran yang diterima redaksi dari "
    "pihak sekolah terkait libur semester dan jadwal pengambilan rapor siswa. </p><p>Hormat kami,</p>"
    '<p>Drs. Sutrisno Hadi</p><p>Kepala Sekolah</p>\n</article>\n<aside class="sidebar"><h3>Terpopuler<'
    '/h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai'
    " naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All righ"
    "ts reserved.</p></footer></body></html>"
)

# H: a committee chairman's greeting quoted at the end (`Salam hangat, / Bambang Sutejo / Ketua Panitia`)
H5_SALAM = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    "olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<p>Pemerintah k"
    "abupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan se"
    "telah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan "
    "penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pem"
    "erintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan"
    " depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan "
    "jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. <"
    "/p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimu"
    "lai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pem"
    "bangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh"
    " dewan. </p><p>Dalam sambutannya, ketua panitia menyampaikan terima kasih kepada seluruh warga y"
    "ang telah berpartisipasi dalam kegiatan bersih desa tahun ini. Dalam sambutannya, ketua panitia "
    "menyampaikan terima kasih kepada seluruh warga yang telah berpartisipasi dalam kegiatan bersih d"
    "esa tahun ini. </p><p>Salam hangat,</p><p>Bambang Sutejo</p><p>Ketua Panitia</p>\n</article>\n<asi"
    'de class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a'
    '></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&'
    "copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# B: a source after the writer's comma (`Kontributor: Andi Wijaya, Dewi Anggraini (Kepala Dinas PUPR)`)
B2_KONTRIBUTOR = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Kontributor: Andi Wijaya, Dewi Anggrain'
    "i (Kepala Dinas PUPR)</p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubun"
    "g antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupate"
    "n menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah a"
    "nggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan "
    "penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah"
    " kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan "
    "setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan "
    "jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. P"
    "emerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bul"
    'an depan setelah anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpo'
    'puler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga'
    " cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. Al"
    "l rights reserved.</p></footer></body></html>"
)

# B: a source after the writer's comma (`Reporter: Andi Wijaya, Haji Ahmad Dahlan`)
B6_REPORTER_SOURCE = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Pemerintah kabupaten menyatakan bahwa p'
    "embangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui ol"
    "eh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan "
    "dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyataka"
    "n bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran dis"
    "etujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar d"
    "esa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten "
    "menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah ang"
    "garan disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubun"
    "g antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah k"
    "abupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan se"
    "telah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan "
    "penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Rep"
    'orter: Andi Wijaya, Haji Ahmad Dahlan</p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><'
    'ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik'
    " jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights re"
    "served.</p></footer></body></html>"
)

# B: the regency after the writer's comma (`Kontributor: Andi Wijaya, Rejang Lebong`)
B34_PLACE2 = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Kontributor: Andi Wijaya, Rejang Lebong'
    "</p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dim"
    "ulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pe"
    "mbangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui ole"
    "h dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa"
    " akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan"
    " bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran dise"
    "tujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung a"
    "ntar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten m"
    "enyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah angg"
    "aran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan pen"
    "ghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah ka"
    "bupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan set"
    'elah anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><u'
    'l><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik '
    "jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights res"
    "erved.</p></footer></body></html>"
)

# B: the regency after the writer's comma (`…, Ogan Ilir`)
B35_PLACE2 = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Kontributor: Andi Wijaya, Ogan Ilir</p>'
    "<p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai"
    " bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pemban"
    "gunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh de"
    "wan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa aka"
    "n dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bah"
    "wa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetuju"
    "i oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar"
    " desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menya"
    "takan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran"
    " disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghub"
    "ung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupa"
    "ten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah"
    ' anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><l'
    'i><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik jela'
    "ng Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserve"
    "d.</p></footer></body></html>"
)

# B: `Laporan Wartawan: Andi Wijaya, Ogan Ilir` after the text
B41_LAPORAN_AFTER = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Laporan Wartawan: Andi Wijaya, Ogan Ili'
    "r</p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan di"
    "mulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa p"
    "embangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui ol"
    "eh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar des"
    "a akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyataka"
    "n bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran dis"
    "etujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung "
    "antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten "
    "menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah ang"
    "garan disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan pe"
    "nghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah k"
    "abupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan se"
    'telah anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><'
    'ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik'
    " jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights re"
    "served.</p></footer></body></html>"
)

# B: `Reporter: Andi Wijaya, Rejang Lebong` after the text
B42_REPORTER_AFTER = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Reporter: Andi Wijaya, Rejang Lebong</p'
    "><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimula"
    "i bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pemba"
    "ngunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh d"
    "ewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa ak"
    "an dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan ba"
    "hwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetuj"
    "ui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung anta"
    "r desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten meny"
    "atakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggara"
    "n disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghu"
    "bung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabup"
    "aten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setela"
    'h anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><'
    'li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik jel'
    "ang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserv"
    "ed.</p></footer></body></html>"
)

# B/C: a photo credit `Fotografer: Andi Wijaya dan Budi Santoso` adds no writer
B50_FOTOGRAFER_TEAM = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Pemerintah kabupaten menyatakan bahwa p'
    "embangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui ol"
    "eh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan "
    "dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyataka"
    "n bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran dis"
    "etujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar d"
    "esa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten "
    "menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah ang"
    "garan disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubun"
    "g antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah k"
    "abupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan se"
    "telah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan "
    "penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Fot"
    'ografer: Andi Wijaya dan Budi Santoso</p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><'
    'ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik'
    " jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights re"
    "served.</p></footer></body></html>"
)

# C: a photo credit `Fotografer: Budi Santoso | Editor: Rina Marlina` keeps the header's writer
C6_PHOTO_CREDIT = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Rina Marlina</div><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan pe'
    "nghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah k"
    "abupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan se"
    "telah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan je"
    "mbatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pem"
    "erintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan"
    ' depan setelah anggaran disetujui oleh dewan. </p><figure><img src="/f1.jpg" alt=""><figcaption>'
    "Warga bergotong royong membersihkan saluran air di Desa Sukamaju.</figcaption></figure><p>Pemeri"
    "ntah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan de"
    "pan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jem"
    "batan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p>"
    "<p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai"
    " bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pemban"
    "gunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh de"
    'wan. </p><p>Fotografer: Budi Santoso | Editor: Rina Marlina</p>\n</article>\n<aside class="sidebar'
    '"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href'
    '="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal'
    " Berita. All rights reserved.</p></footer></body></html>"
)

# E: `Topik` is a Sundanese given name (a spelling of Taufik), not a tag-list label
E7_TOPIK = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di Garu'
    't - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di Garut"></'
    'head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik"'
    '>Politik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di Garut</h1>\n<div class="'
    'credit">Penulis: Topik Hidayat | Editor: Rina Marlina</div><p>Pemerintah kabupaten menyatakan ba'
    "hwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetuj"
    "ui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa "
    "akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten meny"
    "atakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggara"
    "n disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung an"
    "tar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabup"
    "aten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setela"
    "h anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan peng"
    "hubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerin"
    "tah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan dep"
    "an setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jemb"
    "atan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p>\n"
    '</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan r'
    'usak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</ma'
    "in><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# E: `Topik Hidayat` in JSON-LD
E8_TOPIK_JSONLD = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di Garu'
    't - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di Garut"><s'
    'cript type="application/ld+json">{"@type":"NewsArticle","headline":"Jembatan baru dibangun di Ga'
    'rut","author":{"@type":"Person","name":"Topik Hidayat"}}</script></head><body>\n<header><nav><a h'
    'ref="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav></header>\n<'
    "main><article><h1>Jembatan baru dibangun di Garut</h1>\n<p>Pemerintah kabupaten menyatakan bahwa "
    "pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui o"
    "leh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan"
    " dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatak"
    "an bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran di"
    "setujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar "
    "desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten"
    " menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah an"
    "ggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubu"
    "ng antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah "
    "kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan s"
    "etelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan"
    " penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. </p>\n</ar"
    'ticle>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak'
    ' di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><'
    "footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# A: `Penulis: admin | Fotografer: Budi Santoso` on a photo gallery: the photographer stays the fallback credit
A1_GALLERY_ADMIN = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>FOTO: Gotong royong bersihkan '
    'saluran air - Portal Berita</title>\n<meta property="og:title" content="FOTO: Gotong royong bersi'
    'hkan saluran air"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a'
    '> <a href="/politik">Politik</a></nav></header>\n<main><article><h1>FOTO: Gotong royong bersihkan'
    ' saluran air</h1>\n<div class="post-meta">Penulis: admin | Fotografer: Budi Santoso</div><figure>'
    '<img src="/f1.jpg" alt=""><figcaption>Warga bergotong royong membersihkan saluran air di Desa Su'
    'kamaju, Kamis (3/3/2026).</figcaption></figure><figure><img src="/f1.jpg" alt=""><figcaption>War'
    "ga bergotong royong membersihkan saluran air di Desa Sukamaju, Kamis (3/3/2026).</figcaption></f"
    'igure><figure><img src="/f1.jpg" alt=""><figcaption>Warga bergotong royong membersihkan saluran '
    'air di Desa Sukamaju, Kamis (3/3/2026).</figcaption></figure><figure><img src="/f1.jpg" alt=""><'
    "figcaption>Warga bergotong royong membersihkan saluran air di Desa Sukamaju, Kamis (3/3/2026).</"
    "figcaption></figure><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung ant"
    "ar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten men"
    "yatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggar"
    'an disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a hr'
    'ef="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik jelang Rama'
    "dan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p><"
    "/footer></body></html>"
)

# A: `Penulis: Tim Redaksi | Fotografer: Budi Santoso` on a photo gallery
A2_GALLERY_REDAKSI = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>FOTO: Gotong royong bersihkan '
    'saluran air - Portal Berita</title>\n<meta property="og:title" content="FOTO: Gotong royong bersi'
    'hkan saluran air"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a'
    '> <a href="/politik">Politik</a></nav></header>\n<main><article><h1>FOTO: Gotong royong bersihkan'
    ' saluran air</h1>\n<div class="post-meta">Penulis: Tim Redaksi | Fotografer: Budi Santoso</div><f'
    'igure><img src="/f1.jpg" alt=""><figcaption>Warga bergotong royong membersihkan saluran air di D'
    'esa Sukamaju, Kamis (3/3/2026).</figcaption></figure><figure><img src="/f1.jpg" alt=""><figcapti'
    "on>Warga bergotong royong membersihkan saluran air di Desa Sukamaju, Kamis (3/3/2026).</figcapti"
    'on></figure><figure><img src="/f1.jpg" alt=""><figcaption>Warga bergotong royong membersihkan sa'
    'luran air di Desa Sukamaju, Kamis (3/3/2026).</figcaption></figure><figure><img src="/f1.jpg" al'
    't=""><figcaption>Warga bergotong royong membersihkan saluran air di Desa Sukamaju, Kamis (3/3/20'
    "26).</figcaption></figure><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubu"
    "ng antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupat"
    "en menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah "
    'anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li'
    '><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik jelan'
    "g Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserved"
    ".</p></footer></body></html>"
)

# A: `Galeri Foto | Fotografer: …` gives no `Galeri`
A3_GALERI_LABEL = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>FOTO: Gotong royong bersihkan '
    'saluran air - Portal Berita</title>\n<meta property="og:title" content="FOTO: Gotong royong bersi'
    'hkan saluran air"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a'
    '> <a href="/politik">Politik</a></nav></header>\n<main><article><h1>FOTO: Gotong royong bersihkan'
    ' saluran air</h1>\n<div class="post-meta">Galeri Foto | Fotografer: Budi Santoso</div><figure><im'
    'g src="/f1.jpg" alt=""><figcaption>Warga bergotong royong membersihkan saluran air di Desa Sukam'
    'aju, Kamis (3/3/2026).</figcaption></figure><figure><img src="/f1.jpg" alt=""><figcaption>Warga '
    "bergotong royong membersihkan saluran air di Desa Sukamaju, Kamis (3/3/2026).</figcaption></figu"
    're><figure><img src="/f1.jpg" alt=""><figcaption>Warga bergotong royong membersihkan saluran air'
    ' di Desa Sukamaju, Kamis (3/3/2026).</figcaption></figure><figure><img src="/f1.jpg" alt=""><fig'
    "caption>Warga bergotong royong membersihkan saluran air di Desa Sukamaju, Kamis (3/3/2026).</fig"
    "caption></figure><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar "
    "desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyat"
    "akan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran "
    'disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href='
    '"/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan'
    "</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></fo"
    "oter></body></html>"
)

# D: `By Jane Doe Senior Engineer` on an author card: the trailing title is cut
D1_CARD = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<di'
    'v class="author-card"><span class="author">By Jane Doe Senior Engineer</span></div><p>The counci'
    "l said on Tuesday that the new bridge linking the two villages would open next month after the b"
    "udget had been approved by members. The council said on Tuesday that the new bridge linking the "
    "two villages would open next month after the budget had been approved by members. </p><p>The cou"
    "ncil said on Tuesday that the new bridge linking the two villages would open next month after th"
    "e budget had been approved by members. The council said on Tuesday that the new bridge linking t"
    "he two villages would open next month after the budget had been approved by members. </p><p>The "
    "council said on Tuesday that the new bridge linking the two villages would open next month after"
    " the budget had been approved by members. The council said on Tuesday that the new bridge linkin"
    "g the two villages would open next month after the budget had been approved by members. </p><p>T"
    "he council said on Tuesday that the new bridge linking the two villages would open next month af"
    "ter the budget had been approved by members. The council said on Tuesday that the new bridge lin"
    "king the two villages would open next month after the budget had been approved by members. </p>\n"
    '</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan r'
    'usak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</ma'
    "in><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# D: `Officer` is a surname after a given name
D2_OFFICER = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p '
    'class="byline">By Jared Officer</p><p>The council said on Tuesday that the new bridge linking th'
    "e two villages would open next month after the budget had been approved by members. The council "
    "said on Tuesday that the new bridge linking the two villages would open next month after the bud"
    "get had been approved by members. </p><p>The council said on Tuesday that the new bridge linking"
    " the two villages would open next month after the budget had been approved by members. The counc"
    "il said on Tuesday that the new bridge linking the two villages would open next month after the "
    "budget had been approved by members. </p><p>The council said on Tuesday that the new bridge link"
    "ing the two villages would open next month after the budget had been approved by members. The co"
    "uncil said on Tuesday that the new bridge linking the two villages would open next month after t"
    "he budget had been approved by members. </p><p>The council said on Tuesday that the new bridge l"
    "inking the two villages would open next month after the budget had been approved by members. The"
    " council said on Tuesday that the new bridge linking the two villages would open next month afte"
    'r the budget had been approved by members. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler'
    '</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga caba'
    "i naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rig"
    "hts reserved.</p></footer></body></html>"
)

# D: `Fellow` is a surname after a given name
D3_FELLOW = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<di'
    'v class="byline">By Tom Fellow and Ann Lee | March 3, 2026</div><p>The council said on Tuesday t'
    "hat the new bridge linking the two villages would open next month after the budget had been appr"
    "oved by members. The council said on Tuesday that the new bridge linking the two villages would "
    "open next month after the budget had been approved by members. </p><p>The council said on Tuesda"
    "y that the new bridge linking the two villages would open next month after the budget had been a"
    "pproved by members. The council said on Tuesday that the new bridge linking the two villages wou"
    "ld open next month after the budget had been approved by members. </p><p>The council said on Tue"
    "sday that the new bridge linking the two villages would open next month after the budget had bee"
    "n approved by members. The council said on Tuesday that the new bridge linking the two villages "
    "would open next month after the budget had been approved by members. </p><p>The council said on "
    "Tuesday that the new bridge linking the two villages would open next month after the budget had "
    "been approved by members. The council said on Tuesday that the new bridge linking the two villag"
    "es would open next month after the budget had been approved by members. </p>\n</article>\n<aside c"
    'lass="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></l'
    'i><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy'
    "; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# D: `Producer` is a surname in the meta author
D4_META = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"><meta name="author" content="Kevin Producer"></head><body>\n<header><nav><a href="/">Beranda<'
    '/a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav></header>\n<main><article><h'
    "1>Council approves new bridge budget</h1>\n<p>The council said on Tuesday that the new bridge lin"
    "king the two villages would open next month after the budget had been approved by members. The c"
    "ouncil said on Tuesday that the new bridge linking the two villages would open next month after "
    "the budget had been approved by members. </p><p>The council said on Tuesday that the new bridge "
    "linking the two villages would open next month after the budget had been approved by members. Th"
    "e council said on Tuesday that the new bridge linking the two villages would open next month aft"
    "er the budget had been approved by members. </p><p>The council said on Tuesday that the new brid"
    "ge linking the two villages would open next month after the budget had been approved by members."
    " The council said on Tuesday that the new bridge linking the two villages would open next month "
    "after the budget had been approved by members. </p><p>The council said on Tuesday that the new b"
    "ridge linking the two villages would open next month after the budget had been approved by membe"
    "rs. The council said on Tuesday that the new bridge linking the two villages would open next mon"
    'th after the budget had been approved by members. </p>\n</article>\n<aside class="sidebar"><h3>Ter'
    'populer</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Har'
    "ga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. "
    "All rights reserved.</p></footer></body></html>"
)

# D: `Officer` is a surname in JSON-LD
D5_JSONLD = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves new b'
    'ridge budget","author":{"@type":"Person","name":"Jared Officer"}}</script></head><body>\n<header>'
    '<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav></'
    "header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p>The council said on Tuesda"
    "y that the new bridge linking the two villages would open next month after the budget had been a"
    "pproved by members. The council said on Tuesday that the new bridge linking the two villages wou"
    "ld open next month after the budget had been approved by members. </p><p>The council said on Tue"
    "sday that the new bridge linking the two villages would open next month after the budget had bee"
    "n approved by members. The council said on Tuesday that the new bridge linking the two villages "
    "would open next month after the budget had been approved by members. </p><p>The council said on "
    "Tuesday that the new bridge linking the two villages would open next month after the budget had "
    "been approved by members. The council said on Tuesday that the new bridge linking the two villag"
    "es would open next month after the budget had been approved by members. </p><p>The council said "
    "on Tuesday that the new bridge linking the two villages would open next month after the budget h"
    "ad been approved by members. The council said on Tuesday that the new bridge linking the two vil"
    "lages would open next month after the budget had been approved by members. </p>\n</article>\n<asid"
    'e class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a>'
    '</li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&c'
    "opy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# D: `Chairman` is a surname
D6_SURNAME_CHAIRMAN = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p '
    'class="byline">By Rebecca Chairman</p><p>The council said on Tuesday that the new bridge linking'
    " the two villages would open next month after the budget had been approved by members. The counc"
    "il said on Tuesday that the new bridge linking the two villages would open next month after the "
    "budget had been approved by members. </p><p>The council said on Tuesday that the new bridge link"
    "ing the two villages would open next month after the budget had been approved by members. The co"
    "uncil said on Tuesday that the new bridge linking the two villages would open next month after t"
    "he budget had been approved by members. </p><p>The council said on Tuesday that the new bridge l"
    "inking the two villages would open next month after the budget had been approved by members. The"
    " council said on Tuesday that the new bridge linking the two villages would open next month afte"
    "r the budget had been approved by members. </p><p>The council said on Tuesday that the new bridg"
    "e linking the two villages would open next month after the budget had been approved by members. "
    "The council said on Tuesday that the new bridge linking the two villages would open next month a"
    'fter the budget had been approved by members. </p>\n</article>\n<aside class="sidebar"><h3>Terpopu'
    'ler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga c'
    "abai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All "
    "rights reserved.</p></footer></body></html>"
)

# D: the name's and the title's spans run together (`Jane DoeSenior Engineer`)
D8_CARD_DIV = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How we cut our build times in '
    'half - Portal Berita</title>\n<meta property="og:title" content="How we cut our build times in ha'
    'lf"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>How we cut our build times in half</h1>\n<di'
    'v class="byline">By <span class="name">Jane Doe</span><span class="title">Senior Engineer</span>'
    "</div><p>The council said on Tuesday that the new bridge linking the two villages would open nex"
    "t month after the budget had been approved by members. The council said on Tuesday that the new "
    "bridge linking the two villages would open next month after the budget had been approved by memb"
    "ers. </p><p>The council said on Tuesday that the new bridge linking the two villages would open "
    "next month after the budget had been approved by members. The council said on Tuesday that the n"
    "ew bridge linking the two villages would open next month after the budget had been approved by m"
    "embers. </p><p>The council said on Tuesday that the new bridge linking the two villages would op"
    "en next month after the budget had been approved by members. The council said on Tuesday that th"
    "e new bridge linking the two villages would open next month after the budget had been approved b"
    "y members. </p><p>The council said on Tuesday that the new bridge linking the two villages would"
    " open next month after the budget had been approved by members. The council said on Tuesday that"
    " the new bridge linking the two villages would open next month after the budget had been approve"
    'd by members. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">War'
    'ga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li'
    "></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></b"
    "ody></html>"
)

# G: a sentence opening with a dated phrase (`Geschrieben am 3.3.2026 von Hans Meier, wurde der Brief…`)
G13_DE_QUOTE = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Der Brief - Portal Berita</tit'
    'le>\n<meta property="og:title" content="Der Brief"></head><body>\n<header><nav><a href="/">Beranda'
    '</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav></header>\n<main><article><'
    "h1>Der Brief</h1>\n<p>Geschrieben am 3.3.2026 von Hans Meier, wurde der Brief erst jetzt veröffen"
    "tlicht.</p><p>The council said on Tuesday that the new bridge linking the two villages would ope"
    "n next month after the budget had been approved by members. The council said on Tuesday that the"
    " new bridge linking the two villages would open next month after the budget had been approved by"
    " members. </p><p>The council said on Tuesday that the new bridge linking the two villages would "
    "open next month after the budget had been approved by members. The council said on Tuesday that "
    "the new bridge linking the two villages would open next month after the budget had been approved"
    " by members. </p><p>The council said on Tuesday that the new bridge linking the two villages wou"
    "ld open next month after the budget had been approved by members. The council said on Tuesday th"
    "at the new bridge linking the two villages would open next month after the budget had been appro"
    'ved by members. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">W'
    'arga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></'
    "li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer><"
    "/body></html>"
)

# G: a lead opening with a dated phrase (`Posted on March 3, 2026 by Tom Harris, the video has been viewed…`)
G14_EN_LEAD_COMMA = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Viral video of the bridge - Po'
    'rtal Berita</title>\n<meta property="og:title" content="Viral video of the bridge"></head><body>\n'
    '<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a>'
    "</nav></header>\n<main><article><h1>Viral video of the bridge</h1>\n<p>Posted on March 3, 2026 by "
    "Tom Harris, the video has been viewed two million times.</p><p>The council said on Tuesday that "
    "the new bridge linking the two villages would open next month after the budget had been approved"
    " by members. The council said on Tuesday that the new bridge linking the two villages would open"
    " next month after the budget had been approved by members. </p><p>The council said on Tuesday th"
    "at the new bridge linking the two villages would open next month after the budget had been appro"
    "ved by members. The council said on Tuesday that the new bridge linking the two villages would o"
    "pen next month after the budget had been approved by members. </p><p>The council said on Tuesday"
    " that the new bridge linking the two villages would open next month after the budget had been ap"
    "proved by members. The council said on Tuesday that the new bridge linking the two villages woul"
    'd open next month after the budget had been approved by members. </p>\n</article>\n<aside class="s'
    'idebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><'
    'a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 '
    "Portal Berita. All rights reserved.</p></footer></body></html>"
)

# G: the same, a short sentence (`…by Tom Harris, it went viral.`)
G14B_EN_LEAD_SHORT = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Viral video of the bridge - Po'
    'rtal Berita</title>\n<meta property="og:title" content="Viral video of the bridge"></head><body>\n'
    '<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a>'
    "</nav></header>\n<main><article><h1>Viral video of the bridge</h1>\n<p>Posted on March 3, 2026 by "
    "Tom Harris, it went viral.</p><p>The council said on Tuesday that the new bridge linking the two"
    " villages would open next month after the budget had been approved by members. The council said "
    "on Tuesday that the new bridge linking the two villages would open next month after the budget h"
    "ad been approved by members. </p><p>The council said on Tuesday that the new bridge linking the "
    "two villages would open next month after the budget had been approved by members. The council sa"
    "id on Tuesday that the new bridge linking the two villages would open next month after the budge"
    "t had been approved by members. </p><p>The council said on Tuesday that the new bridge linking t"
    "he two villages would open next month after the budget had been approved by members. The council"
    " said on Tuesday that the new bridge linking the two villages would open next month after the bu"
    'dget had been approved by members. </p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul'
    '><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Harga cabai naik j'
    "elang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. All rights rese"
    "rved.</p></footer></body></html>"
)

# F: a roundup WebPage holding one Recipe by another cook
F1_RECIPE_ROUNDUP = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ten best apple pies - Portal B'
    'erita</title>\n<meta property="og:title" content="Ten best apple pies"><script type="application/'
    'ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, {"@typ'
    'e": "Recipe", "name": "Grandma\'s apple pie", "author": {"@type": "Person", "name": "Mary Berry"}'
    '}]}</script></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a h'
    'ref="/politik">Politik</a></nav></header>\n<main><article><h1>Ten best apple pies</h1>\n<p>The cou'
    "ncil said on Tuesday that the new bridge linking the two villages would open next month after th"
    "e budget had been approved by members. The council said on Tuesday that the new bridge linking t"
    "he two villages would open next month after the budget had been approved by members. </p><p>The "
    "council said on Tuesday that the new bridge linking the two villages would open next month after"
    " the budget had been approved by members. The council said on Tuesday that the new bridge linkin"
    "g the two villages would open next month after the budget had been approved by members. </p><p>T"
    "he council said on Tuesday that the new bridge linking the two villages would open next month af"
    "ter the budget had been approved by members. The council said on Tuesday that the new bridge lin"
    "king the two villages would open next month after the budget had been approved by members. </p><"
    "p>The council said on Tuesday that the new bridge linking the two villages would open next month"
    " after the budget had been approved by members. The council said on Tuesday that the new bridge "
    "linking the two villages would open next month after the budget had been approved by members. </"
    'p>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jala'
    'n rusak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n<'
    "/main><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# F: an Article naming only its publisher beside another cook's Recipe
F2_ARTICLE_ORG = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ten best apple pies - Portal B'
    'erita</title>\n<meta property="og:title" content="Ten best apple pies"><script type="application/'
    'ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "Ten bes'
    't apple pies", "publisher": {"@type": "Organization", "name": "Food Mag"}}, {"@type": "Recipe", '
    '"name": "Apple pie", "author": {"@type": "Person", "name": "Mary Berry"}}]}</script></head><body'
    '>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</'
    "a></nav></header>\n<main><article><h1>Ten best apple pies</h1>\n<p>The council said on Tuesday tha"
    "t the new bridge linking the two villages would open next month after the budget had been approv"
    "ed by members. The council said on Tuesday that the new bridge linking the two villages would op"
    "en next month after the budget had been approved by members. </p><p>The council said on Tuesday "
    "that the new bridge linking the two villages would open next month after the budget had been app"
    "roved by members. The council said on Tuesday that the new bridge linking the two villages would"
    " open next month after the budget had been approved by members. </p><p>The council said on Tuesd"
    "ay that the new bridge linking the two villages would open next month after the budget had been "
    "approved by members. The council said on Tuesday that the new bridge linking the two villages wo"
    "uld open next month after the budget had been approved by members. </p><p>The council said on Tu"
    "esday that the new bridge linking the two villages would open next month after the budget had be"
    "en approved by members. The council said on Tuesday that the new bridge linking the two villages"
    " would open next month after the budget had been approved by members. </p>\n</article>\n<aside cla"
    'ss="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li>'
    '<li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; '
    "2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# E/7: `Book review by Jane Doe`: the word before the piece's noun is part of the label, no `Book`
E1_BOOKREVIEW = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p '
    'class="byline">Book review by Jane Doe</p><p>The council said on Tuesday that the new bridge lin'
    "king the two villages would open next month after the budget had been approved by members. The c"
    "ouncil said on Tuesday that the new bridge linking the two villages would open next month after "
    "the budget had been approved by members. </p><p>The council said on Tuesday that the new bridge "
    "linking the two villages would open next month after the budget had been approved by members. Th"
    "e council said on Tuesday that the new bridge linking the two villages would open next month aft"
    "er the budget had been approved by members. </p><p>The council said on Tuesday that the new brid"
    "ge linking the two villages would open next month after the budget had been approved by members."
    " The council said on Tuesday that the new bridge linking the two villages would open next month "
    "after the budget had been approved by members. </p><p>The council said on Tuesday that the new b"
    "ridge linking the two villages would open next month after the budget had been approved by membe"
    "rs. The council said on Tuesday that the new bridge linking the two villages would open next mon"
    'th after the budget had been approved by members. </p>\n</article>\n<aside class="sidebar"><h3>Ter'
    'populer</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">Har'
    "ga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita. "
    "All rights reserved.</p></footer></body></html>"
)

# E/7: `Opinion piece by Jane Doe`, a guard
E1B_OPINION_PIECE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge bu'
    'dget - Portal Berita</title>\n<meta property="og:title" content="Council approves new bridge budg'
    'et"></head><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/po'
    'litik">Politik</a></nav></header>\n<main><article><h1>Council approves new bridge budget</h1>\n<p '
    'class="byline">Opinion piece by Jane Doe</p><p>The council said on Tuesday that the new bridge l'
    "inking the two villages would open next month after the budget had been approved by members. The"
    " council said on Tuesday that the new bridge linking the two villages would open next month afte"
    "r the budget had been approved by members. </p><p>The council said on Tuesday that the new bridg"
    "e linking the two villages would open next month after the budget had been approved by members. "
    "The council said on Tuesday that the new bridge linking the two villages would open next month a"
    "fter the budget had been approved by members. </p><p>The council said on Tuesday that the new br"
    "idge linking the two villages would open next month after the budget had been approved by member"
    "s. The council said on Tuesday that the new bridge linking the two villages would open next mont"
    "h after the budget had been approved by members. </p><p>The council said on Tuesday that the new"
    " bridge linking the two villages would open next month after the budget had been approved by mem"
    "bers. The council said on Tuesday that the new bridge linking the two villages would open next m"
    'onth after the budget had been approved by members. </p>\n</article>\n<aside class="sidebar"><h3>T'
    'erpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">H'
    "arga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berita"
    ". All rights reserved.</p></footer></body></html>"
)

# H: the same, its lead opening `Kepada wartawan, …` (no salutation)
H5B_KEPADA_LEAD = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    "olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<p>Kepada warta"
    "wan, Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimul"
    "ai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan bahwa pemb"
    "angunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh "
    "dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa a"
    "kan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten menyatakan b"
    "ahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetu"
    "jui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung ant"
    "ar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten men"
    "yatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah anggar"
    "an disetujui oleh dewan. </p><p>Dalam sambutannya, ketua panitia menyampaikan terima kasih kepad"
    "a seluruh warga yang telah berpartisipasi dalam kegiatan bersih desa tahun ini. Dalam sambutanny"
    "a, ketua panitia menyampaikan terima kasih kepada seluruh warga yang telah berpartisipasi dalam "
    "kegiatan bersih desa tahun ini. </p><p>Salam hangat,</p><p>Bambang Sutejo</p><p>Ketua Panitia</p"
    '>\n</article>\n<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan'
    ' rusak di desa</a></li><li><a href="/b">Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</'
    "main><footer><p>&copy; 2026 Portal Berita. All rights reserved.</p></footer></body></html>"
)

# B: a team list closed by `dan` (`Andi Wijaya, Budi Santoso dan Citra Lestari`) adds both co-writers, a guard
B34B_TEAM_LIST = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Kontributor: Andi Wijaya, Budi Santoso '
    "dan Citra Lestari</p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung an"
    "tar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten me"
    "nyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah angga"
    "ran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan peng"
    "hubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kab"
    "upaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan sete"
    "lah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jemb"
    "atan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemer"
    "intah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan d"
    "epan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembang"
    "unan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dew"
    "an. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimula"
    'i bulan depan setelah anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>'
    'Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">'
    "Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berit"
    "a. All rights reserved.</p></footer></body></html>"
)

# B: a regency after the team (`Andi Wijaya dan Budi Santoso, Rejang Lebong`): the line is not read, a guard
B34C_TEAM_PLACE = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan baru dibangun di desa'
    ' - Portal Berita</title>\n<meta property="og:title" content="Jembatan baru dibangun di desa"></he'
    'ad><body>\n<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">P'
    'olitik</a></nav></header>\n<main><article><h1>Jembatan baru dibangun di desa</h1>\n<div class="cre'
    'dit">Penulis: Andi Wijaya | Editor: Rina Marlina</div><p>Kontributor: Andi Wijaya dan Budi Santo'
    "so, Rejang Lebong</p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung an"
    "tar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kabupaten me"
    "nyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan setelah angga"
    "ran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jembatan peng"
    "hubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemerintah kab"
    "upaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan depan sete"
    "lah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembangunan jemb"
    "atan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dewan. Pemer"
    "intah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimulai bulan d"
    "epan setelah anggaran disetujui oleh dewan. </p><p>Pemerintah kabupaten menyatakan bahwa pembang"
    "unan jembatan penghubung antar desa akan dimulai bulan depan setelah anggaran disetujui oleh dew"
    "an. Pemerintah kabupaten menyatakan bahwa pembangunan jembatan penghubung antar desa akan dimula"
    'i bulan depan setelah anggaran disetujui oleh dewan. </p>\n</article>\n<aside class="sidebar"><h3>'
    'Terpopuler</h3><ul><li><a href="/a">Warga keluhkan jalan rusak di desa</a></li><li><a href="/b">'
    "Harga cabai naik jelang Ramadan</a></li></ul></aside>\n</main><footer><p>&copy; 2026 Portal Berit"
    "a. All rights reserved.</p></footer></body></html>"
)


PAGES = [
    pytest.param(H1_QUOTED_LETTER, [], id="h1_quoted_letter"),
    pytest.param(H2_LETTER_END, [], id="h2_letter_end"),
    pytest.param(H3_EMAIL_REPLY, [], id="h3_email_reply"),
    pytest.param(H4_SURAT_EDARAN, [], id="h4_surat_edaran"),
    pytest.param(H5_SALAM, [], id="h5_salam"),
    pytest.param(B2_KONTRIBUTOR, ["Andi Wijaya"], id="b2_kontributor"),
    pytest.param(B6_REPORTER_SOURCE, ["Andi Wijaya"], id="b6_reporter_source"),
    pytest.param(B34_PLACE2, ["Andi Wijaya"], id="b34_place2"),
    pytest.param(B35_PLACE2, ["Andi Wijaya"], id="b35_place2"),
    pytest.param(B41_LAPORAN_AFTER, ["Andi Wijaya"], id="b41_laporan_after"),
    pytest.param(B42_REPORTER_AFTER, ["Andi Wijaya"], id="b42_reporter_after"),
    pytest.param(B50_FOTOGRAFER_TEAM, ["Andi Wijaya"], id="b50_fotografer_team"),
    pytest.param(C6_PHOTO_CREDIT, ["Rina Marlina"], id="c6_photo_credit"),
    pytest.param(E7_TOPIK, ["Topik Hidayat"], id="e7_topik"),
    pytest.param(E8_TOPIK_JSONLD, ["Topik Hidayat"], id="e8_topik_jsonld"),
    pytest.param(A1_GALLERY_ADMIN, ["Budi Santoso"], id="a1_gallery_admin"),
    pytest.param(A2_GALLERY_REDAKSI, ["Budi Santoso"], id="a2_gallery_redaksi"),
    pytest.param(A3_GALERI_LABEL, [], id="a3_galeri_label"),
    pytest.param(D1_CARD, ["Jane Doe"], id="d1_card"),
    pytest.param(D2_OFFICER, ["Jared Officer"], id="d2_officer"),
    pytest.param(D3_FELLOW, ["Tom Fellow", "Ann Lee"], id="d3_fellow"),
    pytest.param(D4_META, ["Kevin Producer"], id="d4_meta"),
    pytest.param(D5_JSONLD, ["Jared Officer"], id="d5_jsonld"),
    pytest.param(D6_SURNAME_CHAIRMAN, ["Rebecca Chairman"], id="d6_surname_chairman"),
    pytest.param(D8_CARD_DIV, ["Jane Doe"], id="d8_card_div"),
    pytest.param(G13_DE_QUOTE, [], id="g13_de_quote"),
    pytest.param(G14_EN_LEAD_COMMA, [], id="g14_en_lead_comma"),
    pytest.param(G14B_EN_LEAD_SHORT, [], id="g14b_en_lead_short"),
    pytest.param(F1_RECIPE_ROUNDUP, [], id="f1_recipe_roundup"),
    pytest.param(F2_ARTICLE_ORG, [], id="f2_article_org"),
    pytest.param(E1_BOOKREVIEW, ["Jane Doe"], id="e1_bookreview"),
    pytest.param(E1B_OPINION_PIECE, ["Jane Doe"], id="e1b_opinion_piece"),
    pytest.param(H5B_KEPADA_LEAD, [], id="h5b_kepada_lead"),
    pytest.param(B34B_TEAM_LIST, ["Andi Wijaya", "Budi Santoso", "Citra Lestari"], id="b34b_team_list"),
    pytest.param(B34C_TEAM_PLACE, ["Andi Wijaya"], id="b34c_team_place"),
]


@pytest.mark.parametrize(("html", "expected"), PAGES)
def test_review_page(html: str, expected: list[str]) -> None:
    assert extract_article(html, url=URL).authors == expected
