"""Byline parsing: person names (authors) and the editor out of a byline/credit line.

Indonesian bylines come in many shapes: `Oleh: Budi`, `Penulis: A | Editor: B`, `Reporter : A Redaktur : B`,
`Vidya Pinandhita - detikHealth`, `Natasha Oktalia, Jurnalis`, `Laporan wartawan Tribunnews.com, Budi`,
`By Corry Anestia on 16 Feb 2016 at 09:10 WIB`. `parse_byline`:

1. removes what is never a name: dates (and the `on`/`pada` before them), time stamps (`Published ...`),
   URLs, e-mail addresses, host names, initials codes (`(fai/idh)`), parentheticals (`(Kompas TV)`);
2. splits the line into role segments at role labels (author, editor, other such as `Sumber:`); a role word
   right after a name (`Natasha Oktalia, Jurnalis`) describes that name, what follows it is an outlet;
3. splits each segment into candidates (`,` `dan` `&` `/`); in `Name - SITE` chains only the first piece
   that holds a name counts, the rest is a site or channel;
4. keeps the candidates that `clean_person_name` accepts.

A line with no role label at all is trusted only when every candidate is either a name or a recognised
non-person: one piece of prose (`Syrian defense ministries`) rejects the whole line.

What is not a person: site, channel, brand and agency names (`detikNews`, `TRIBUNJATENG.COM`, `Antara`),
desk and account words (`Redaksi`, `Tim`, `Admin`, `Email`), initials codes (`(E-2)`, `FHM`), dates, URLs,
anything with digits, more than five words, and names whose words are not capitalised (`prwir`). Single
capitalised words are accepted (`Andhika`): one-word names are common in Indonesia.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from telisik.extract.dates import search_date

__all__ = [
    "Byline",
    "parse_byline",
    "clean_person_name",
    "is_news_agency",
    "is_desk",
    "NON_PERSON_WORDS",
    "NEWS_AGENCIES",
    "NEWS_BRANDS",
]


@dataclass
class Byline:
    """Person names read from a byline: authors in order, the editor separately, the text they came from."""

    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    raw: str = ""
    agencies: list[str] = field(default_factory=list)  # news agencies credited in the author part
    # Persons the byline shows with a photographer's role (`Fenna Dijkhuis` `fotograaf`): never writers, even
    # where the structured data lists them as authors.
    photographers: list[str] = field(default_factory=list)


# Office accounts that parish, municipal, club and association sites (WordPress, Joomla, TYPO3) post under:
# `Pfarrbüro`, `Gemeindebüro`, `Geschäftsstelle`, `Vereinsvorstand`, `Secretariat`, `Secrétariat paroissial`,
# `Secretaría parroquial`, `Segreteria parrocchiale`, `Parochiesecretariaat`, `Kancelaria parafialna`,
# `Parish Office`, `Church Office`: an office, never a person (no one's name holds these words; `Parish` and
# `Church` are surnames, so English accounts go by their `office`; `Club Secretary` is left: `Press Secretary
# Jane Doe` names a person; `Paroisse` is a French surname, so only `paroissial(e)` is read).
_OFFICE_ACCOUNT_WORDS = frozenset(
    """
    pfarrbüro pfarramt pfarrei pfarrgemeinde pfarrverband pfarreiengemeinschaft gemeindebüro kirchenbüro
    kirchengemeinde geschäftsstelle vereinsvorstand vereinsbüro vorstandschaft
    secretariat secrétariat paroissial paroissiale secretaría parroquia parroquial segreteria
    parrocchia parrocchiale secretariaat parochie parochiesecretariaat kancelaria parafia parafialna
    secretaria paróquia paroquial sekretariat paroki office
    """.split()
)
# Words that never appear in a person's name but do appear in credit lines for desks, teams, accounts and
# distribution services. A candidate containing one of them is not a person. Deliberately generic.
NON_PERSON_WORDS = frozenset(
    """
    redaksi redaktur redaktor admin administrator adm humas relawan volunteer tim team desk newsroom editorial staf staff
    kontributor koresponden jurnalis wartawan reporter penulis pewarta peliput editor penyunting fotografer
    videografer author writer sumber source foto photo video ilustrasi infografis grafis
    wire newswire pr press rilis release siaran pers berita news media online official webmaster
    sekretariat diskominfo kominfo pemkab pemkot pemprov polres polda kodim
    anonim anonymous guest tamu user pengguna unknown oleh by the
    email e-mail twitter facebook instagram linkedin whatsapp youtube tiktok telegram google rss follow
    pinterest reddit tumblr flipboard
    ikuti bagikan share subscribe kemarin yesterday today
    redakcja redação redacao redaktionen redaksjonen toimitus redakce redakcia uredništvo merkezi
    redaktion rédaction redacción redazione redactie nachrichten quelle folgen teilen mehr view privacy notice
    autoren authors auteurs autori autores writers columnists
    operator netizen biro advertorial pariwara warga daerah kiriman pembaca
    khusus eksklusif investigasi
    lifestyle abonnieren newsletter profil profile leitender leitende stellvertretender stellvertretende
    über autorenseite artikelübersicht stand uhr themen thema agencies
    topics tags tagged categories schlagworte stichworte
    veröffentlicht publiziert published posted publié publicado pubblicato gepubliceerd diterbitkan
    montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday
    saturday sunday
    senin selasa rabu kamis jumat sabtu minggu ahad
    """.split()
) | frozenset(
    # Institutions and their press offices that university, ministry and council sites put in `meta author`
    # (`Universität X, Stabsstelle Presse und Kommunikation`, `University of X, Office of Communications`,
    # `Université X, Service communication`): an organisation, never a writer (TYPO3, Drupal, Plone sites). No
    # person is named `X Universität`, so these count anywhere in a name; the press and communication words
    # (surnames too: `Marie Presse`) count only in an office's name (`_names_a_press_office`).
    """
    universität university université universidad università universiteit universidade uniwersytet universitas
    hochschule fachhochschule stabsstelle pressestelle pressebüro
    """.split()
)
NON_PERSON_WORDS |= _OFFICE_ACCOUNT_WORDS
# Public administrations that municipal, county and state sites (TYPO3, Drupal, Joomla, govCMS, Indonesian
# regency portals) put in `meta author` or a credit line: `Stadtverwaltung Döbeln`, `Landratsamt X`, `Mairie de
# X`, `Ayuntamiento de X`, `Prefeitura de X`, `Gemeentehuis X`, `Urząd Gminy X`: an organisation, never a
# writer. Only compounds and nouns no person's name holds; `Stadt X`, `City of X` and the like are read by
# their leading word in `_names_a_public_office`. Indonesian `Pemerintah Kabupaten X` too (`pemkab` is above).
_PUBLIC_OFFICE_WORDS = frozenset(
    """
    stadtverwaltung gemeindeverwaltung kreisverwaltung verbandsgemeindeverwaltung amtsverwaltung
    stadtverwaltungen landratsamt bürgerbüro bürgeramt bürgerservice bürgerbüros stadtamt gemeindeamt
    bezirksamt ordnungsamt einwohnermeldeamt stadtgemeinde marktgemeinde samtgemeinde verbandsgemeinde
    bezirksregierung regierungspräsidium kreisausschuss gemeindevorstand stadtkanzlei
    gemeindekanzlei préfecture sous-préfecture ayuntamiento ajuntament concello municipalidad
    alcaldía prefeitura gemeentehuis urząd starostwo pemerintah kabupaten
    """.split()
)
NON_PERSON_WORDS |= _PUBLIC_OFFICE_WORDS
# Office nouns that are surnames too (`Michael Rathaus`, `Anne Mairie`, `Jan Stadhuis`, `Landkreis`): an office
# only as the whole name, its first word (`Rathaus Döbeln`, `Mairie de Lyon`) or after an article or
# preposition (`Bürgerbüro im Rathaus`, `Pressestelle des Landkreises`), never a two-word name's last word.
_SURNAME_OFFICE_WORDS = frozenset("rathaus mairie stadhuis landkreis landkreises rathauses".split())
_OFFICE_PLACE_WORDS = frozenset("im in der des dem am vom la le de du del the of".split())
# The press and communication words of a press office's name, and the office words they follow there
# (`Stabsstelle Presse und Kommunikation`, `Office of Communications`, `Service communication`, `Referat
# Presse`, `Departamento de Comunicación`, `Biro Komunikasi`).
_PRESS_WORDS = frozenset(
    """
    presse press kommunikation communications communication comunicación comunicacion comunicazione
    communicatie comunicação comunicacao komunikacja komunikasi öffentlichkeitsarbeit pressearbeit media
    """.split()
)
_OFFICE_WORDS_BEFORE_PRESS = frozenset(
    """
    stabsstelle pressestelle pressebüro abteilung referat büro amt dezernat office department dept service
    services bureau département direction servicio departamento oficina dirección ufficio servizio
    dipartimento afdeling dienst departamento gabinete assessoria dział biuro biro bagian divisi humas
    """.split()
)
_OFFICE_JOINING_WORDS = frozenset(
    "und and of for für et de des du la y e di del della van voor en i dan &".split()
)

# News agencies whose name alone in a credit line means "agency copy", not a person.
NEWS_AGENCIES = frozenset(
    "antara reuters afp ap xinhua bernama anadolu kyodo yonhap aap dpa efe ansa tass sputnik bloomberg pti ians "
    "upi jiji interfax sda apa kna epd ddp ats belga anp ritzau lusa ctk pap mti hina dpa-afx apa-ots "
    "ntb stt tanjug agerpres bta epa notimex telam télam iha dha pna vna keystone-sda čtk".split()
)

# Indonesian and international news brands: a candidate with one of these words is an outlet, not a person.
NEWS_BRANDS = frozenset(
    """
    cnn bbc cnbc kompas kompascom detik detikcom tribun tribunnews okezone liputan6 kumparan antaranews jpnn
    sindonews idntimes inews metrotv tvone rcti sctv beritasatu republika tempo tempoco kapanlagi merdekacom
    """.split()
)

# Lower-case particles that may sit inside a name (`Muhammad bin Salman`, `Van der Berg`).
_PARTICLES = frozenset(
    "bin binti bte van von der den de da di du del della al el la le dos das ter ten y".split()
)
# Honorifics and academic titles written before a name; `dr.` (physician) is written lower-case in Indonesia.
_TITLES = frozenset("dr dr. drg drg. drs drs. dra dra. ir ir. prof prof. h h. hj hj. kh kh.".split())
# Academic degrees written after a name (`Budi Santoso, S.H., M.Si.`): a piece that is only a degree is dropped.
_DEGREE = re.compile(
    r"^(?:[SMD]\.[A-Z][A-Za-z]{0,3}\.?(?:[A-Z][a-z]{0,3}\.?)?"
    r"|(?:SH|SE|MM|MH|MSi|SPd|MPd|SSos|SKom|SIP|ST|MT|MA|MAg|SAg|SHI|Lc|PhD|MBA|MSc|BSc|BA)\.?)$"
)

# `Text`, `Texto`, `Tekst`, `Testo`, `Teksti` as a credit label, alone or with the photographs (`Text und Fotos`,
# `Texto y fotos`, `Tekst i zdjęcia`, `Tekst en foto's`, `Testo e foto`): the writer's label (the photographer is
# the writer).
_TEXT_WORDS = (
    r"(?:text|texto|tekst|testo|teksti)(?:\s+(?:und|and|&|y|e|i|en|og|och|ja|et)\s+"
    r"(?:fotos?|foto's|fotografie|fotografias?|fotografías|photos?|bilder|bild|zdjęcia|kuvat))?"
)
# Settings that `Text` opens in interface text (`Text Size`, video players' `Text Edge Style`, `Text Color`).
_TEXT_SETTINGS = (
    r"(?i:size|edge|style|color|colour|opacity|font|only|version|mode|alerts?|messages?|settings|tracks?"
    r"|background|window|formatting|zoom|größe|grösse|grootte|tamaño|tamanho|dimensione|rozmiar)"
)
# Role labels that start a credit segment. Short abbreviations need a colon so that names are not mistaken.
_AUTHOR_LABELS = (
    # `Laporan wartawan Tribunnews.com, Budi` and Kompas' `Kontributor Bandung, Budi`: the words up to the
    # comma name the outlet or the place, not a person.
    r"laporan\s+(?:wartawan|reporter|koresponden|kontributor)(?:\s+[^\s,:|][^,:|]{0,40},)?",
    r"(?:kontributor|koresponden)\s+[^\s,:|]+(?:\s+[^\s,:|]+){0,2},",
    # `Kontributor Blora: Budi`, `Wartawan Kudus: Budi`: the place before the colon.
    r"(?:kontributor|koresponden|wartawan|jurnalis)\s+[^\s,:|]+(?:\s+[^\s,:|]+){0,2}(?=\s*:)",
    r"ditulis\s+oleh|diposting\s+oleh|dipublikasikan\s+oleh|diunggah\s+oleh",
    r"written\s+by|posted\s+by|reported\s+by|story\s+by|text\s+by|words\s+by",
    # `Reporting by Jane Doe` (Antara English), `Article By A and B, Reuters`, `Stories by Jane Doe` (Vanguard):
    # the noun before `by` is part of the label, never a co-author.
    # `Post by rusty_spokes` (phpBB, Discourse and blog footers), `Recipe by`, `Guest post by`: the piece's noun.
    # One word may qualify the piece's noun (`Book review by`, `Film review by`, `Opinion piece by`).
    r"(?:additional\s+)?(?:reporting|article|stories|report|analysis|commentary|column|essay|writing|post"
    r"|guest\s+post|blog\s+post|entry|recipe)\s+by"
    r"|(?:[^\W\d_]{2,20}\s+)?(?:review|piece)\s+by",
    # French `Un article de Jane Dupont pour Le Figaro`, `(Article de Jane Dupont dans La Tribune)`.
    r"(?:un\s+)?article\s+de",
    # German, Spanish, French, Portuguese credit phrases: `Erstellt von`, `Artikel von`, `Escrito por`.
    r"(?:erstellt|geschrieben|verfasst|ein\s+artikel|artikel|beitrag|text|ein\s+kommentar|kommentar|gastbeitrag"
    r"|kolumne|analyse|eine\s+analyse|reportage)\s+von|escrito\s+por|publicado\s+por"
    r"|écrit\s+par|publié\s+par|texto\s+de",
    # Blogger's `post-author` label in its interface languages (`Posted by`, `Publié par`, `Publicado por`
    # above; `Diposting oleh` with the Indonesian ones), the same words in WordPress themes' post meta
    # (`Pubblicato da`, `Geplaatst door`) and Tumblr/Blogger clones: a label, never part of the name.
    r"eingestellt\s+von|pubblicato\s+da|geplaatst\s+door|opublikowane\s+przez|opublikował(?:a)?"
    r"|dikirim\s+oleh|postado\s+por|publicada\s+por",
    # `Peliput Alyakin` (Baubau Post): `peliput`, who covered it, as `Tim Peliput:` names a team.
    r"oleh|by|penulis|reporter|pewarta|peliput|wartawan|kontributor|koresponden|jurnalis|author|writer",
    r"fotografer|photographer|videografer",
    r"rep(?=\s*:)|pen(?=\s*:)|ditulis(?=\s*:)|laporan(?=\s*:)",
    # `Tim Liputan: A, B dan C`, `Tim Penulis: ...`: the team's members follow.
    r"tim\s+(?:liputan|penulis|peliput|reporter|wartawan)(?=\s*:)",
    # `Autor: X`, `Autorin: X`, `Auteur : X`, `Von: X`
    # Nordic `Av:`/`Af:` only as written (never `AF:`, a camera review's autofocus line).
    r"autor(?:in)?(?=\s*:)|auteur(?=\s*:)|autore(?=\s*:)|von(?=\s*:)|(?-i:[Aa][vf])(?=\s*:)",
    # `Texto: Ana García | Fotos: ...`, `Tekst: ...`, `Yazar: ...`: the writer's label in other languages.
    rf"(?:{_TEXT_WORDS}|yazar|forfatter|författare|skribent|verfasser(?:in)?)(?=\s*:)",
    # The same text label with no colon, opening the line before a capitalised name: Drupal's inline field label
    # (`<div class="field__label">Tekst</div><div class="field__item">Anouk De Vriendt</div>`, the colon is
    # drawn by CSS), magazine credits (`Text und Fotos Hans Müller`, `Testo Marco Rossi`, Republik's `Text`
    # role before the names). Never `Text Size`/`Text Edge Style` (a player's or a page's settings).
    # A full name of two words or more follows (`Texto Completo` is the full text, not a writer).
    rf"^{_TEXT_WORDS}(?=\s+(?-i:[^\W\d_a-zà-ÿ])[^\s,;|]*\s+[^\W\d_])(?!\s+{_TEXT_SETTINGS}\b)",
)
_EDITOR_LABELS = (
    # Reuters' sign-off `Reporting by A; Editing by B`: the editor.
    r"disunting\s+oleh|diedit\s+oleh|edited\s+by|editing\s+by",
    r"editor|redaktur|penyunting|penyelaras",
    # `Red: Budi`, `Red. Budi Santoso` (never `Red Deer`: the abbreviation needs its colon or dot).
    r"red(?=\s*:|\.\s*(?-i:[A-Z]))|ed(?=\s*:)",
    # `Redaktion: Hans Müller` names who edited, not a desk.
    r"(?:redaktion|redacción|redactie|redazione|rédaction)(?=\s*:)",
)
_OTHER_LABELS = (
    # `(Photographs by Jane Doe)`, `Photos by ...`: the photographer, not a writer.
    r"(?:photos?|photographs?|pictures?|images?|illustrations?|graphics?|videos?)\s+by",
    r"sumber|source|foto|photo|ilustrasi|video|grafis|infografis|penerjemah|translator"
    r"|fotos|photos|bilder|bild|fotografie|imagen|imágenes|quelle|fuente|fonte",
)


# After a name and a comma or dash, the words before a role word qualify it: `, Senior` in `Jane Doe, Senior
# Writer`, `, AP Auto` in `Tom Krisher, AP Auto Writer`.
_ROLE_QUALIFIER = re.compile(r"(?:,|\s[-–—|·•])[^,|·•–—]*$")
_QUALIFIERS = frozenset(
    "senior junior chief staff staf contributing special associate managing deputy lead kepala utama".split()
)
_DESCRIPTOR = re.compile(
    r"jurnalis|wartawan|reporter|penulis|pewarta|kontributor|koresponden|writer|author", re.IGNORECASE
)


def _label_group(name: str, labels) -> str:
    return rf"(?P<{name}>{'|'.join(labels)})"


_LABEL = re.compile(
    rf"(?<![\w.@/])(?:{_label_group('editor', _EDITOR_LABELS)}|{_label_group('author', _AUTHOR_LABELS)}"
    rf"|{_label_group('other', _OTHER_LABELS)})(?:(?<=,)|(?![\w@]))\s*[:.]?\s*",
    re.IGNORECASE,
)
# Parenthesised codes such as `(fai/idh)`, `(kpl/pur/tch)`, `(E-2)`, `(FHM)`; bare `fai/idh` too.
_CODE = re.compile(r"\(\s*[^()\s]{1,20}\s*\)|(?<!\S)[a-z]{2,5}(?:/[a-z]{2,5})+(?!\S)", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\([^()]{0,60}\)|\[[^\[\]]{0,60}\]")
_TAG = re.compile(r"<[^<>]{0,200}>")  # stray markup from a caller that passed inner HTML
# Patterns below start only at a token boundary (lookbehinds) so that they stay linear on hostile input.
_URL = re.compile(r"(?<!\S)(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# A token that is a host name: `Kompas.com`, `BLORA.TELISIKFAKTA.COM`, `tribunnews.co.id`.
_DOMAIN = re.compile(
    r"(?<![\w-])[\w-]+\.(?:com|co|id|net|org|news|tv|info|biz|web|my|sg|io|xyz|site|online|media)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s,;|/]+")  # `/` too: `(Tribunnews.com/Jane Doe)` keeps the name
# Splits between names in one segment; a dash/bar/bullet separates a name from its site or channel.
_CHAIN_SPLIT = re.compile(r"\s+[-–—|·•]+\s+|\s*[|·•]\s*|\s+[–—]\s*|\s*[–—]\s+")
# `and` in Indonesian, English, German, French, Italian/Portuguese, Dutch, Swedish, Norwegian/Danish.
# A comma before the last `and` (`A, B, dan C`, `A, B, and C`) is one separator.
_NAME_SPLIT = re.compile(
    r"\s*[,;/]\s*(?:(?:dan|and|serta|und|et|e|en|och|og|y)\s+)?|\s+(?:dan|and|&|serta|und|et|e|en|och|og|via)\s+"
    r"|\s*&\s*",
    re.IGNORECASE,
)
# A weekday written before the date is part of it: `The Jakarta Post | Fri, 07/30/2010 4:57 PM`, `Sophie Brunn,
# Clément Parrot le vendredi 14 juillet 2017` (never a one-word co-author `Fri`).
_DATE_WORDS = re.compile(
    r"(?:[\s,]+(?:on|pada|tanggal|tgl\.?|diterbitkan|dipublikasikan|published|updated"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad)\.?)+[\s,]*$",
    re.IGNORECASE,
)
# `Published 7:07 PM EST`, `Updated: ...`, `Diperbarui ...` end a byline: what follows is a time stamp. Spanish
# `Actualizado el ...`, Portuguese `Atualizado em ...`, German `Aktualisiert am ...` alike (byline boxes classed
# `autor` hold the author's name and the time stamps together).
_STAMP_TAIL = re.compile(
    r"\b(?:published|updated|last\s+updated|diperbarui|diterbitkan|dipublikasikan|actualizado|atualizado"
    r"|aktualisiert)\b(?!\s+(?:oleh|by)\b).*$",
    re.IGNORECASE,
)
# The lower-case `on`/`am`/`le`/`el`/`il`/`op`/`em`/`pada` left before the place a date was cut from (`VON X am
# 12.03.2024`, `VON X am | `); a name's capitalised last word stays (`By Tuan Le | July 14, 2017`, `Von Tom Op
# 12.03.2024`).
_ON_BEFORE_CUT = re.compile(r"\s+(?:on|am|le|el|il|op|em|pada|tanggal)\s*(?=\||$)")
_MAX_WORDS = 5
# Besides letters, a name holds only spaces, initials' dots, apostrophes (Ma'ruf) and hyphens (Abdul-Rahman).
_NAME_PUNCTUATION = frozenset(" .'’-")
_EDGE_PUNCTUATION = " ,;:|-–—·•\"'“”"
_MAX_LINE_WORDS = 30
_MAX_LINE_CHARS = 600
_MAX_NAME_INPUT = 200


def parse_byline(text: str, *, site_names=(), places: bool = False) -> Byline:
    """Authors and editor named in a byline or credit line; site, agency and desk names are dropped.

    With `places`, a place written after the names (`Von Hans Müller, Berlin`, `By Jane Doe, Washington`,
    `Par Jean Dupont, à Paris`) is the dateline, not a co-author (see `_is_dateline_place`). Callers leave it
    off where one-word names are common (Indonesian pages: `Budi Santoso, Andhika` is two writers)."""
    raw = text if isinstance(text, str) else ""
    byline = Byline(raw=raw)
    if len(raw) > _MAX_LINE_CHARS:
        return byline  # a credit line is short; a long text is a paragraph, not a byline
    if places and _is_post_description(raw):
        return byline  # `(Lyon, correspondant)` in its own element beside the names: the writer's post
    line = _strip_noise(raw)
    if not line or len(line.split()) > _MAX_LINE_WORDS:
        return byline
    segments = _segments(line)
    agencies: list[str] = []
    judged = [
        (
            role,
            *_names_in_segment(segment, site_names, agencies if role == "author" else None, places, labelled),
        )
        for role, segment, labelled in segments
    ]
    if not _LABEL.search(line) and not all(recognised for _, _, recognised in judged):
        # No role label and a piece that is neither a name nor a known non-person: prose, not a byline
        # (`The Russian and Syrian defense ministries`).
        return byline
    byline.agencies = agencies
    for role, names, _ in judged:
        if role == "editor":
            if byline.editor is None and names:
                byline.editor = names[0]
        elif role == "author":
            for name in names:
                if name not in byline.authors:
                    byline.authors.append(name)
    return byline


# A line that is all in brackets, its pieces split at commas and slashes.
_BRACKETED = re.compile(r"^\s*[(\[]([^()\[\]]{1,80})[)\]]\s*$")


def _is_post_description(text: str) -> bool:
    """A bracketed place and role printed after the names, in an element of its own: `(Lyon, correspondant)`
    (Le Monde's Méthode output), `(Berlin, Korrespondentin)`, `(Madrid, corresponsal)`, `(correspondant à
    Lyon)`, `(envoyé spécial)`. The place is the writer's post, no co-author; a bracketed name keeps its
    person (`(Jane Doe, Berlin)`, `(Jane Doe, correspondent)`): a piece of two words or more that is no place
    shape is a name."""
    match = _BRACKETED.match(text)
    if not match:
        return False
    pieces = [p.strip() for p in re.split(r"[,/;]", match.group(1)) if p.strip()]
    roles = [p for p in pieces if _names_a_post(p)]
    if not roles:
        return False
    return all(piece in roles or _is_place(piece) for piece in pieces)


def _names_a_post(piece: str) -> bool:
    """`correspondant`, `Korrespondentin in Kairo`, `envoyé spécial`: a job, alone or with its place."""
    if _JOB_DESCRIPTION.match(piece):
        return True
    words = [w.lower().strip(".:") for w in piece.split()]
    return bool(words) and _is_role_word(words[0])


def clean_person_name(text: str, *, site_names=()) -> str | None:
    """The person's name in `text` (role words stripped, ALL CAPS turned to Title Case), or None."""
    return _judge(text, site_names)[0]


def _judge(text: str, site_names, labelled: bool = False) -> tuple[str | None, bool]:
    """(name, recognised). `name` is the cleaned person's name or None. `recognised` is False only for text
    that is neither a name nor a known non-person (site, agency, desk, role, code, degree, date): prose."""
    if not isinstance(text, str) or len(text) > _MAX_NAME_INPUT:
        return None, not isinstance(text, str)
    name = re.sub(r"\s+", " ", text).strip(_EDGE_PUNCTUATION)
    for _ in range(3):  # `Oleh: Penulis: Budi` happens when a template repeats its label
        label = _LABEL.match(name)
        if not label:
            break
        if label.group("other"):
            return None, True  # `Sumber: Persib`, `Foto: ...`: a source or a credit, not a person
        name = name[label.end() :].strip(_EDGE_PUNCTUATION)
    if _is_place_after_name(name):
        return None, True  # `, de Campinas`, `, em Lisboa`, `, z Krakowa`: where the writer wrote from
    name = _without_foreign_by(_unglue(name))
    if name.lower() in _FOREIGN_BY_WORDS:
        return None, True  # `Por` alone: the name sits in another element
    name = _strip_suffixes(name.strip(_EDGE_PUNCTUATION)).strip(_EDGE_PUNCTUATION)
    name = without_titles_and_degrees(name)
    if _is_known_non_person(name, site_names):
        return None, True
    if not _looks_like_person(name, labelled):
        return None, False
    return _fix_case(name), True


# Honorifics and academic titles written before a name, folded (lower-case, dots and hyphens dropped): the
# German/Austrian degrees and posts (`Mag.`, `MMag.`, `Dr. med.`, `Dipl.-Ing.`, `Ing.`, `Univ.-Prof.`, `PD`,
# `Priv.-Doz.`), the Dutch (`drs.`, `ir.`, `mr.`, `dr.`), Polish (`mgr`, `inż.`, `dr hab.`, `lic.`, `ks.` for a
# priest), Indonesian (`Hj.`, `KH`, `drg.`, `Ir.`; the hajj's `H.` stays: it is a given name's initial as often,
# `H. Ross Perot`), English (`Dr`, `Prof`, `Mr`, `Mrs`, `Ms`, `Rev`) and Romance
# (`Dott.`, `Ing.`, `Lic.`, `Me`) ones. Health portals, think tanks, universities, law firms and Indonesian
# regional news print them on bylines; the truth of every set names the person without them.
_TITLE_KEYS = frozenset(
    """dr drmed drphil drrernat drjur driur drdent drvet drhc drhabil drmult drdr drsc prof profdr univprof
    apluniversitätsprof apluniversitatsprof honprof mag mmag magphil magpharm magrernat dipling diplkfm
    diplpsych dipl ing dring pd privdoz doz drs dra drg ir mr mrs ms miss rev mgr inz inż lic ks hab hj kh
    dott dotssa dottssa avv arch me mme sr sra""".split()
)
# Latin faculty and honour abbreviations that follow `Dr.` (`Dr. med.`, `Dr. rer. nat.`, `Dr. h.c.`).
_FACULTY_KEYS = frozenset("med phil rer nat jur iur dent vet hc habil mult oec pol techn sc".split())
# Titles written in capitals only: `DI` (Austrian Diplom-Ingenieur) and `PD` (Privatdozent) would otherwise take
# the Italian surname particle `Di` (`Di Maio`) or a name.
_CAPITALS_ONLY_TITLES = frozenset({"DI", "PD"})
# Two bare capitals are a title only on a byline printed all in capitals (`DR AMARA OKONKWO`); elsewhere they
# are initials (Indian and Malaysian `MS Ravi Shankar`, `KH Abdul Rasheed`, American `JR Smith`).
_CAPITAL_PAIR_TITLES = frozenset({"DR", "MR", "MS", "KH"})
# Initials written with their dots (`M.R.`, `K.S.`, `H.J.`, `M.E.`): a name part, never a title, though their
# letters spell one (`mr`, `ks`, `hj`, `me`) once the dots are dropped.
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}$")
# Degrees written after a name without a comma (`Jane Doe PhD`, `Anna Huber MSc`); after a comma `_DEGREE`
# drops them. Mixed or upper case only, so that a surname (`Jack Ma`) stays.
_TRAILING_DEGREE = re.compile(
    r"^(?:Ph\.?D\.?|M\.?Sc\.?|B\.?Sc\.?|MBA|M\.?A\.?|B\.?A\.?|MPH|MD|M\.D\.|LL\.?M\.?|DPhil|MEd|BEd|"
    r"MAS|MLS|BEng|MEng|Bakk\.|MSc\.?|BSc\.?|MA\.|MBA\.)$"
)
# Indonesia writes a physician's and a dentist's title lower-case before the name and keeps it as part of the
# public name (`dr. Reisa Broto Asmoro`, the government's COVID-19 spokeswoman): left as written.
_KEPT_LOWER_TITLES = frozenset({"dr.", "dr", "drg.", "drg"})
# `Dr.` alone before the name is kept as the page prints it (`von Dr. Max Kolter`: tests/
# test_extract_unseen_authors.py holds that convention); in a run of titles (`Prof. Dr.`, `Dr. med.`) and
# written without its dot (`Dr Amara Okonkwo-Reid`, British style) it goes.
_KEPT_ALONE_TITLES = frozenset({"Dr.", "DR."})
_MAX_TITLES = 6  # `Univ.-Prof. Dr. med. Dr. h.c.`: a run of titles longer than this is no byline


def _title_key(word: str) -> str:
    return re.sub(r"[.\-]", "", word).casefold()


def _is_title_word(word: str, *, after_doctor: bool, all_capitals: bool = False) -> bool:
    if word in _CAPITALS_ONLY_TITLES:
        return True
    if word in _KEPT_LOWER_TITLES:
        return False
    if _DOTTED_INITIALS.match(word) and not (after_doctor and word.islower()):
        return False  # `M.R. Narayan Swamy`, `H.J. de Vries`; `Dr. h.c.` keeps its faculty
    if word.upper() == word and len(word.strip(".")) == 2:
        return all_capitals and word.strip(".") in _CAPITAL_PAIR_TITLES
    key = _title_key(word)
    if after_doctor and key in _FACULTY_KEYS:
        return True
    return key in _TITLE_KEYS and (key not in {"me", "sr", "ing", "lic", "hab", "arch"} or word.endswith("."))


def _leading_title_count(words: list[str]) -> int:
    count, after_doctor = 0, False
    all_capitals = " ".join(words).isupper()
    while count < min(len(words) - 2, _MAX_TITLES):
        word = words[count]
        if not _is_title_word(word, after_doctor=after_doctor, all_capitals=all_capitals):
            break
        after_doctor = _title_key(word) in {"dr", "drdr", "dring"} or (after_doctor and word.endswith("."))
        count += 1
    return count


def without_titles_and_degrees(name: str) -> str:
    """`Mag. Katharina Lechner` -> `Katharina Lechner`, `Univ.-Prof. Dr. med. Anna Huber` -> `Anna Huber`,
    `Jane Doe PhD` -> `Jane Doe`: honorifics and academic titles before a name and a degree after it are no part
    of the name. Two words of name always stay (`Dr. Schmidt` is left as written: it is all the byline says)."""
    words = name.split()
    if len(words) < 3:
        return name
    start = _leading_title_count(words)
    if start == 1 and words[0] in _KEPT_ALONE_TITLES:
        start = 0
    end = len(words)
    if end - start >= 3 and _TRAILING_DEGREE.match(words[end - 1]) and not name.isupper():
        end -= 1
    if start == 0 and end == len(words):
        return name
    return " ".join(words[start:end]).strip(_EDGE_PUNCTUATION)


# `von`, `par`, `por`, `door`, `di`, `av`/`af` before a byline's first name are "by" in German, French, Spanish
# and Portuguese, Dutch, Italian, Norwegian/Swedish/Danish (`von Laura Eßlinger`, `Par Denis Loctier`). Only at
# the start and before a capitalised word: `von der Leyen` keeps its particle.
_FOREIGN_BY_WORDS = frozenset({"von", "par", "por", "door", "di", "by", "oleh", "de", "av", "af"})
_FOREIGN_BY = re.compile(r"^(?:von|par|por|door|di|av|af)\s+(?=[^\W\d_])", re.IGNORECASE)
# A name glued to an interface word by the page's markup: `Sarah LazareTwitter`, `Budi SantosoLifestyle`.
_GLUED = re.compile(r"(?<=[a-zà-ÿ])([A-Z][a-z]+)$")


# "by" words that are never a name's own particle (`von`, `di`, `de` may be: `von der Leyen`, `Di Maio`).
_NEVER_PARTICLE = frozenset({"par", "por", "door", "av", "af"})


def _without_foreign_by(name: str) -> str:
    words = name.split(maxsplit=2)
    if (
        len(words) == 3
        and words[0].lower() in _FOREIGN_BY_WORDS
        and _is_title_word(words[1], after_doctor=False)
    ):
        return name.split(maxsplit=1)[1]  # `Door drs. Jan de Vries`: a lower-case title after the "by"
    match = _FOREIGN_BY.match(name)
    if match and name[match.end()].isupper():
        rest = name[match.end() :]
        if (
            rest.split()[0].lower() not in _PARTICLES
            or name[: match.end()].strip().lower() in _NEVER_PARTICLE
        ):
            return rest  # `Par Le Figaro`, `Por La Redacción`: the article opens the outlet's name
    return name


def _unglue(name: str) -> str:
    """Cut an interface or section word glued to the last name word (`Sarah LazareTwitter` -> `Sarah Lazare`)."""
    match = _GLUED.search(name)
    if match and match.group(1).lower() in NON_PERSON_WORDS and len(name.split()) > 1:
        return name[: match.start()]
    return name


# A role label glued to the name before it by inline markup (`<span>Budi Santoso</span><span>Editor Rina</span>`
# reads `Budi SantosoEditor Rina`): a space goes back in before the label.
_GLUED_LABEL = re.compile(
    r"(?<=[a-zà-ÿ])(?=(?:Editor|Penulis|Reporter|Redaktur|Pewarta|Fotografer|Foto|Sumber|Jurnalis|Kontributor"
    r"|Photo|Source|Writer|Autor|Text)\b)"
)


# `Haufe-Lexware GmbH & Co. KG`: the partnership tail of a company's name would split off as a second name;
# `Copyright`/`©` before a company in a meta author is the notice's word.
_COMPANY_TAIL = re.compile(r"(?<=\w\.|\wH)\s*&\s*Co\.?\s*(?:KGaA|KG|OHG)\b\.?")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?", re.IGNORECASE)


# Social handles and pictographs after a name (`Jane Doe @janedoe`, `Jane Doe ✍️`).
_HANDLE_OR_SYMBOL = re.compile(r"(?<!\S)@\w+|[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")


# A footnote mark after (or before) a writer's name: Indonesian opinion columns sign `Oleh: Name*)` or `Oleh : *)
# Name` and explain it under the text (`*) Penulis adalah dosen …`); English columns use `Jane Doe*`.
_FOOTNOTE_MARK = re.compile(r"\(?\*+\)?")


def _strip_noise(text: str) -> str:
    """Remove what is never part of a name: dates (and their `on`/`pada`), URLs, e-mails, initials codes."""
    line = re.sub(r"\s+", " ", _TAG.sub(" ", text)).strip()
    line = _GLUED_LABEL.sub(" ", line)
    line = _HANDLE_OR_SYMBOL.sub(" ", line)
    line = _FOOTNOTE_MARK.sub(" ", line)
    line = _COMPANY_TAIL.sub("", _COPYRIGHT.sub("", line)).strip()
    if line.startswith("(") and line.endswith(")") and line.count("(") == 1:
        line = line[1:-1].strip()  # a whole line in brackets, `(Budi Santoso)`: the brackets are typography
    date = search_date(line)
    guard = 0
    while date is not None and guard < 3:
        start = line.find(date.raw)
        if start < 0 or not any(ch.isdigit() for ch in date.raw):
            break  # `USA TODAY`, `Kemarin`: a word that is also a relative date stays for the name rules
        head = _DATE_WORDS.sub("", line[:start])
        line = f"{head} | {line[start + len(date.raw) :]}"
        date = search_date(line)
        guard += 1
    line = _STAMP_TAIL.sub("", line)
    line = _ON_BEFORE_CUT.sub(" ", line)
    line = _JOB_DESCRIPTION.sub("", line)
    line = _FOR_OUTLET.sub("", line)
    line = _URL.sub(" | ", line)
    line = _TOKEN.sub(lambda token: " | " if _DOMAIN.search(token.group(0)) else token.group(0), line)
    line = _CODE.sub(" ", line)
    # Other parentheticals after a name hold an outlet, a place or a role: `Budi Santoso (Kompas TV)`.
    line = _PARENTHETICAL.sub(" | ", line)
    line = _REPORT_BY_PLACE.sub(lambda m: f"Laporan: {m.group('name') or m.group('alone')}", line)
    return re.sub(r"\s+", " ", line).strip(" |·•-–—,")


# `Un article de Jane Dupont pour Le Figaro`, `(Article de Jane Dupont dans La Tribune)`, `By JANE DOE FOR
# MAILONLINE`: the outlet the writer wrote for ends the line; it is no co-author.
_FOR_OUTLET = re.compile(r"(?i)(?<=\w)\s+(?:pour|dans|for)\s+(?:(?:le|la|les|the)\s+)?(?-i:[A-Z])[^|]*$")


# Tribun Network's regional sites open the text with `Laporan Yusmadi | Aceh Besar` (report by NAME | PLACE),
# no colon: `Laporan` before a capitalised name is the label, the piece after the bar is the place. Blogs and
# regional portals write the same label with the name alone (`Laporan Andre Vetronius`, `Laporan H.Bakhtiar
# Danau`): two words or more, so that a rubric (`Laporan Khusus`) stays out. Its `Laporan Wartawan X, Name`
# form is matched by the label list.
_REPORT_BY_PLACE = re.compile(
    r"^laporan\s+(?!(?:wartawan|reporter|koresponden|kontributor)\b)(?=(?-i:[A-Z]))"
    r"(?:(?P<name>[^|:,;()]{2,50}?)\s*\|\s*[^|:,;()]{2,40}|(?P<alone>[^|:,;()\s]+(?:\s+[^|:,;()\s]+){1,3}))$",
    re.I,
)


def _segments(line: str) -> list[tuple[str, str, bool]]:
    """Split a line at role labels: [(role, text, labelled)], role is author (default), editor or other;
    `labelled` when a label written with its colon (`Penulis:`, `Editor :`) opens the text."""
    segments = []
    role, start, labelled = "author", 0, False
    credited_writer, after_label = False, False
    for match in _LABEL.finditer(line):
        before = line[start : match.start()]
        segments.append((role, before, labelled))
        credited_writer = credited_writer or (role == "author" and after_label and _names_someone(before))
        after_label = True
        role = "editor" if match.group("editor") else "author" if match.group("author") else "other"
        labelled = ":" in match.group(0)
        if role == "author" and credited_writer and _PHOTOGRAPHER_LABEL.match(match.group("author")):
            # A credit box naming the writers, then `Penyunting: C Fotografer: D` (student presses, campus and
            # government portals, magazine credit boxes `Text: A, Photographer: B`): the photographer is
            # credited for the pictures, not the text. Alone (`Fotografer: D` on a photo story) it stays a
            # credit people.py may fall back to.
            role = "other"
        if (
            role == "author"
            and ":" not in match.group(0)
            and before.strip(" |·•-–—,;:")
            and (segments[-1][0] == "author" and _DESCRIPTOR.fullmatch(match.group("author")))
        ):
            # `Budi Santoso - Jurnalis Telisik Fakta`, `Natasha Oktalia, Jurnalis`: a role word after a name
            # describes that name; what follows it is the outlet or the place, and words between the comma
            # and the role word qualify the role (`Jane Doe, Senior Writer`).
            role = "other"
            segments[-1] = ("author", _without_role_qualifier(before), segments[-1][2])
        start = match.end()
    segments.append((role, line[start:], labelled))
    return [(r, s.strip(" |·•-–—,;:"), b) for r, s, b in segments if s.strip(" |·•-–—,;:")]


_PHOTOGRAPHER_LABEL = re.compile(r"(?i)fotografer|photographer|videografer")
_JOINING_WORDS = frozenset("dan and und et y e serta sekaligus".split())


def _names_someone(text: str) -> bool:
    """A word that is no conjunction nor a desk's or account's word: `Reporter & Fotografer: A`, `Penulis dan
    Fotografer: A` join two roles of one person; `Penulis: A dan B Fotografer: C` credits the writers first;
    `Penulis: admin | Fotografer: D`, `Penulis: Tim Redaksi | Fotografer: D` credit no writer, so the
    photographer stays the fallback credit."""
    return any(
        w.lower() not in _JOINING_WORDS
        and w.lower() not in NON_PERSON_WORDS
        and w.lower() not in NEWS_AGENCIES
        for w in re.findall(r"[^\W\d_]{2,}", text)
    )


def _without_role_qualifier(text: str) -> str:
    """`Jane Doe, Senior` -> `Jane Doe` when the words after the last comma qualify a role, not name a person."""
    match = _ROLE_QUALIFIER.search(text)
    if not match:
        return text
    words = [w.lower().strip(".,:;") for w in match.group(0).strip(" ,|·•–—-").split()]
    if not words or any(w in _QUALIFIERS or w in NEWS_AGENCIES or w in NEWS_BRANDS for w in words):
        return text[: match.start()]
    return text


def _names_in_segment(
    segment: str, site_names, agencies: list[str] | None = None, places: bool = False, labelled: bool = False
) -> tuple[list[str], bool]:
    """Names in one role segment, and whether every piece looked at was recognised (a name or a known
    non-person). In `Name - SITE` chains, pieces after the first one holding a name are sites/channels.
    News agencies met on the way are added to `agencies`."""
    recognised = True
    for piece in _CHAIN_SPLIT.split(segment):
        names: list[str] = []
        after_agency = False
        candidates = _split_names(piece)
        dateline = _dateline_places(piece, candidates) if places else set()
        for index, candidate in enumerate(candidates):
            if index in dateline:
                continue  # `Hans Müller, Berlin`: the dateline's place, recognised, never a person
            if index and _ends_with_role_word(candidate):
                continue  # `Tom Krisher, Senior Writer`: a job title after a name
            if after_agency and len(candidate.split()) == 1 and not is_desk(candidate):
                continue  # `Reuters, Washington`: the one word after an agency is its dateline city
            if is_news_agency(candidate):
                after_agency = True
                if agencies is not None:
                    _add_agency(agencies, candidate)
                continue  # an agency, recognised: never a person (`Deutsche Presse-Agentur`)
            candidate, agency = _split_trailing_agency(candidate)
            if agency and agencies is not None:
                _add_agency(agencies, agency)
            if names and _after_comma(piece, candidate) and _names_a_paper(candidate):
                if agencies is not None:
                    _add_agency(agencies, candidate)
                continue  # `By Jane Doe, Washington Post`: the paper the writer wrote for
            name, known = _judge(
                _without_trailing_title(_without_glued_role(candidate)), site_names, labelled
            )
            if (
                name is None
                and agencies is not None
                and (is_desk(candidate) or is_outlet(candidate, site_names) or is_organisation(candidate))
            ):
                _add_agency(agencies, candidate)
            recognised = recognised and known
            if name and name not in names:
                names.append(name)
        if names:
            return names, recognised
    return [], recognised


# A place after the names: one capitalised word (`Berlin`, `Zürich`, `WASHINGTON`), a place of several words
# joined by lower-case links (`Frankfurt am Main`, `Rio de Janeiro`, `Halle an der Saale`) or opened by a word
# that starts place names (`New York`, `San Francisco`, `Buenos Aires`), or a preposition and a place (`à
# Paris`, `aus Kairo`, `in Brüssel`, `from London`, `desde Madrid`, `em Lisboa`).
_PLACE_WORD = r"(?:[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*)"
# `from`/`in` before the place: `à`, `aus`, `in`, `from`, `nach`, `dans`, `a`, and the Portuguese, Spanish,
# Italian, French, Polish and Indonesian `de`/`da`/`do`/`desde`/`em`/`en`/`na`/`no`/`di`/`dari`/`z`/`w`
# (`Mariana Lopes, de Campinas`, `Ana Ruiz, desde Bogotá`, `Jan Nowak, z Krakowa`, `Budi, dari Medan`): lower-case
# words, so a name's own particle (`De Souza`, `Di Maio`) is not taken.
_PLACE_PREPOSITION = (
    r"(?:(?i:à|aus|in|from|desde|em|nach|dans|a)|(?-i:de|da|do|des|du|en|na|no|di|dari|z|w|ze|we))"
)
_PLACE = re.compile(
    rf"^(?:{_PLACE_PREPOSITION}\s+)?(?-i:[^\W\d_a-zà-ÿ]){_PLACE_WORD}?"
    rf"(?:\s+(?:am|an|der|de|del|do|da|on|upon|sur|im|ob)){{1,2}}\s+{_PLACE_WORD}$"
    rf"|^(?:{_PLACE_PREPOSITION}\s+)?(?-i:[^\W\d_a-zà-ÿ]){_PLACE_WORD}?$"
    rf"|^(?:{_PLACE_PREPOSITION}\s+)?(?:new|san|santa|são|los|las|buenos|hong|kuala|tel|abu|"
    rf"sankt|st\.|port|cape|ciudad|la|el){{1}}\s+{_PLACE_WORD}$"
    # A place of two or three capitalised words after an unambiguous `in`/`from` word (`em Vila Serrana`,
    # `in Bad Homburg`, `aus Sankt Augustin`, `desde Villa Gesell`, `z Nowego Sącza`): the lower-case word never
    # opens a name (`de`/`da`/`di`/`a` do: `di Marco Rossi`, `de Jean Dupont`, so they are left out).
    rf"|^(?-i:à|aus|in|from|desde|em|nach|dans|dari|z|w)\s+(?-i:[^\W\d_a-zà-ÿ]){_PLACE_WORD}?"
    rf"(?:\s+(?-i:[^\W\d_a-zà-ÿ]){_PLACE_WORD}?){{1,2}}$",
    re.IGNORECASE,
)
_PREPOSITION_PLACE = re.compile(rf"^{_PLACE_PREPOSITION}\s+(?-i:[^\W\d_a-zà-ÿ])")
_AND_AFTER_COMMA = re.compile(r"(?i)^(?:dan|and|serta|und|et|e|en|och|og|y)\s")


# A lower-case `from`/`in` word before a place, read apart from the name it follows (`<span>, de Campinas</span>`
# in Brazilian and Portuguese portals' author boxes, `Ana Ruiz, desde Bogotá`, `Jan Nowak, z Krakowa`, `Budi,
# dari Medan`): never a person. `von`/`di`/`par` are left out: they are the "by" before a name (`di Marco
# Rossi`), and a name of two capitalised words is no place (`de Jean Dupont`).
_PLACE_AFTER_NAME = re.compile(
    r"^(?:de|da|do|dos|das|des|du|em|en|in|aus|from|desde|nach|dans|à|z|ze|w|we|dari)\s+(?=\S)"
)


def _is_place_after_name(text: str) -> bool:
    match = _PLACE_AFTER_NAME.match(text)
    if not match:
        return False
    rest = text[match.end() :]
    return (
        bool(_PLACE.match(rest)) and not _PREPOSITION_PLACE.match(rest) and rest.split()[0] not in _PARTICLES
    )


def _names_an_outlet(text: str) -> bool:
    """Review: an agency or a paper after `from`/`dari`/`w` is where the story came from, not a place
    (`Mary Jones, from Associated Press`, `Budi Santoso, dari Jawa Pos`, `Anna Nowak, w Gazeta Wyborcza`): the
    byline's outlet checks read it."""
    return (
        is_news_agency(text)
        or is_organisation(text)
        or _names_a_publication(text)
        or _names_a_paper(text)
        or any(w.lower() in NEWS_BRANDS or w.lower() in NEWS_AGENCIES for w in text.split())
    )


def _after_comma(piece: str, candidate: str) -> bool:
    return re.search(r",\s*" + re.escape(candidate.strip()), piece) is not None


def _dateline_places(piece: str, candidates: list[str]) -> set[int]:
    """Indices of the candidates that are the dateline's place (`Hans Müller, Berlin`; `Jane Doe, Berlin,
    Germany`): the last ones, each written after a comma (not joined by `and`) and shaped like a place
    (`_PLACE`), after a name of two words or more. A one-word co-author after a full name is rare outside
    Indonesia; `Doe, Jane` (an inverted name: one word first) and name lists of one-word scripts (Korean
    `배윤경, 이상현`) never qualify."""
    places: set[int] = set()
    if len(candidates) < 2 or "," not in piece:
        return places
    tails = [t.strip() for t in piece.split(",")]
    index = len(candidates) - 1
    while index >= 1 and len(places) < 2 and len(tails) > 1:
        tail = tails.pop()
        if tail != candidates[index].strip() or not _is_place(tail):
            break
        places.add(index)
        index -= 1
    if not any(len(c.split()) >= 2 for c in candidates[: index + 1]):
        return set()
    return places


def _is_place(text: str) -> bool:
    shape = text.strip(_EDGE_PUNCTUATION)
    if _AND_AFTER_COMMA.match(shape) or not _PLACE.match(shape) or is_desk(shape) or _is_suffix(shape):
        return False
    if is_news_agency(shape):
        return False  # `By Jane Doe and John Roe, Reuters`: the agency, kept with the agencies
    preposition = _PREPOSITION_PLACE.match(shape)
    if preposition and _names_an_outlet(shape[preposition.end() - 1 :]):
        return False  # `from Associated Press`, `dari Jawa Pos`: the outlet the writer writes for
    letters = "".join(ch for ch in shape if ch.isalpha())
    # `MD`, `RDN`, `AP`: a degree or a code, not a city.
    return not (letters.isupper() and len(letters) < 5 and not _PREPOSITION_PLACE.match(shape))


# `and` in Spanish, Polish/Croatian/Czech, Turkish, Finnish: also name particles or one-letter words (`Ortega y
# Gasset`), so they split only between two names of two words or more (`Juan Pérez y María López`).
_GUARDED_AND = re.compile(r"\s+(?:y|i|a|ve|ja)\s+")


def _split_names(piece: str) -> list[str]:
    names: list[str] = []
    for candidate in _NAME_SPLIT.split(piece):
        parts = _GUARDED_AND.split(candidate)
        if len(parts) > 1 and all(len(part.split()) >= 2 for part in parts):
            names.extend(parts)
        else:
            names.append(candidate)
    return names


# Agencies known by several words (single-word ones are in NEWS_AGENCIES).
_AGENCY_NAMES = frozenset(
    {
        "associated press",
        "the associated press",
        "agence france-presse",
        "agence france presse",
        "united press international",
        "press association",
        "kantor berita antara",
        "lkbn antara",
        "antara news",
        "deutsche presse-agentur",
        "austria presse agentur",
        "schweizerische depeschenagentur",
        "katholische nachrichten-agentur",
        "evangelischer pressedienst",
        "agencia efe",
        "agência lusa",
        "agenzia nova",
        "europa press",
        "agência brasil",
        "tt nyhetsbyrån",
        "anadolu ajansı",
        "anadolu agency",
    }
)


_AGENCY_NAMES_LONGEST_FIRST = tuple(sorted(_AGENCY_NAMES, key=len, reverse=True))
_AGENCY_LAST_WORDS = frozenset(name.split()[-1] for name in _AGENCY_NAMES)


def _split_trailing_agency(candidate: str) -> tuple[str, str | None]:
    """`JANE DOE Associated Press` -> (`JANE DOE`, `Associated Press`): an agency written in full after the
    name with no comma (AP member papers' bylines, `Name Agence France-Presse`)."""
    words = candidate.lower().split()
    if len(words) < 3 or words[-1] not in _AGENCY_LAST_WORDS:
        return candidate, None
    folded = " ".join(words)
    for agency in _AGENCY_NAMES_LONGEST_FIRST:
        if folded.endswith(" " + agency):
            words = candidate.split()
            keep = len(words) - len(agency.split())
            if keep >= 1:
                return " ".join(words[:keep]), " ".join(words[keep:])
    return candidate, None


def is_outlet(candidate: str, site_names) -> bool:
    """The candidate is the site's own name in full (`Par Le Figaro et AFP`, `Salzburger Nachrichten` as the
    author): the newsroom credited as author, an organisation kept with the agencies."""
    name = _FOREIGN_BY.sub("", candidate.strip(_EDGE_PUNCTUATION)).strip(_EDGE_PUNCTUATION)
    if not name or len(name) > 60 or "." in name:
        return False  # a host name (`Kompas.com`) is the outlet's address printed in a dateline
    key = _fold_key(name)
    return len(key) >= 3 and any(
        isinstance(s, str) and (_fold_key(s) == key or ("." in s and _words_of_host(name, s)))
        for s in site_names or ()
    )


def _add_agency(agencies: list[str], text: str) -> None:
    # `von Redaktion`, `par AFP`: the "by" word is not part of the desk's or agency's name.
    name = _FOREIGN_BY.sub("", " ".join(text.strip(_EDGE_PUNCTUATION).split()))
    if name and name.casefold() not in {a.casefold() for a in agencies}:
        agencies.append(name)


# A newsroom's own desk credited as author (`Redaktion`, `Tim Redaksi`, `NZZ-Redaktion`, `Newsdesk`): an
# organisation, kept with the agencies (never a person).
_DESK_WORDS = frozenset(
    "redaksi redaktion rédaction redaction redacción redazione redactie newsroom newsdesk desk "
    # Polish, Portuguese, Swedish/Danish/Norwegian, Finnish, Czech, Slovak, Croatian, Turkish desks.
    "redakcja redação redacao redaktionen redaktør redaksjonen toimitus redakce redakcia uredništvo "
    "merkezi "
    # Arabic editorial-team accounts (`فريق التحرير`, `هيئة التحرير`, `المحرر`) of Egyptian and Gulf sites.
    "التحرير المحرر "
    # Hindi, Thai, Bengali and Tamil desks, agencies and staff credits (`वेब डेस्क`, `संवाददाता`, `भाषा` (PTI's
    # Hindi service), `ब्यूरो रिपोर्ट`, `กองบรรณาธิการ`, `নিজস্ব প্রতিবেদক`, `செய்திப்பிரிவு`).
    "संवाददाता डेस्क एजेंसी टीम भाषा ब्यूरो रिपोर्ट กองบรรณาธิการ নিজস্ব செய்திப்பிரிவு".split()
)


def is_desk(text: str) -> bool:
    """`Redaktion`, `Tim Redaksi`, `MM-Redaktion`: a newsroom desk (short, and naming one)."""
    words = [w.lower().strip(".,:;()") for w in re.split(r"[\s\-/]+", text.strip()) if w]
    return 0 < len(words) <= 4 and any(w in _DESK_WORDS for w in words)


def is_news_agency(text: str) -> bool:
    """`Reuters`, `AP`, `The Associated Press`, `ANTARA`: a news agency's name alone."""
    key = " ".join(text.lower().strip(_EDGE_PUNCTUATION).split())
    key = _FOREIGN_BY.sub("", key)  # `par AFP`, `Por Europa Press`
    return key in NEWS_AGENCIES or key in _AGENCY_NAMES


def _ends_with_role_word(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1].lower().strip(".,:;") in _ROLE_WORDS


def _strip_suffixes(name: str) -> str:
    """Drop what follows a name and is not part of it: `, S.H., M.Si.`, `, Jurnalis`, a trailing `Reporter`,
    a trailing ALL-CAPS outlet after a mixed-case name (`Kevin McCoy USA TODAY`)."""
    head, *rest = [piece.strip() for piece in name.split(",")]
    if rest and all(not piece or _is_suffix(piece) for piece in rest):
        name = head
    words = name.split()
    while len(words) > 1 and _is_suffix(words[-1]):
        words.pop()
    if not "".join(words).isupper():
        run = 0
        while run < len(words) and words[-1 - run].isalpha() and words[-1 - run].isupper():
            run += 1
        # Two or more name words before it and at least five capitals: an outlet, not initials (`Gonsaga AE`).
        label = words[len(words) - run - 1].endswith(":") if run < len(words) else False
        # `Pereka Grafik: UMMUL SYUHAIDA OTHMAN`: after a label's colon the capitals are the name itself.
        if (
            run
            and not label
            and len(words) - run >= 2
            and sum(len(w) for w in words[len(words) - run :]) >= 5
        ):
            words = words[: len(words) - run]
    return " ".join(words).rstrip(" ,;:")


def _is_suffix(text: str) -> bool:
    """An academic degree or role words: `S.Sos`, `M.Si.`, `Jurnalis`, `Wartawan Senior`."""
    if _DEGREE.match(text):
        return True
    words = [w.lower().strip(".,:") for w in text.split()]
    return bool(words) and _is_role_word(words[0])


# Job titles that may follow a name (`Budi Santoso, Wartawan Senior`, `Jane Doe Reporter`).
_ROLE_WORDS = frozenset(
    """
    jurnalis wartawan reporter penulis pewarta peliput editor penyunting redaktur redaktor fotografer videografer
    kontributor koresponden author writer correspondent columnist kolumnis contributor staf staff
    redakteur redakteurin korrespondent korrespondentin journalist journalistin autor autorin reporterin
    chefredakteur chefredakteurin volontär volontärin moderator moderatorin fotograf fotografin
    journaliste rédacteur rédactrice correspondant correspondante periodista redactor redactora corresponsal
    giornalista redattore redattrice corrispondente verslaggever
    redaktör redaktør chefredaktör chefredaktør skribent journalisten
    기자 특파원 記者 特派員 记者
    """.split()
)
# German compounds end in a role word: `Wirtschaftsredakteur`, `Auslandskorrespondentin`.
_ROLE_ENDINGS = (
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "journalist",
    "journalistin",
    "redaktör",
    "redaktør",  # Swedish, Norwegian/Danish: `chefredaktör`, `testredaktör`
)


# `Redakteur für Wirtschaft und Umwelt`, `Reporter for Science and Health`: a job and its beat, to the end of the
# line (the `und`/`and` inside must not make `Umwelt` a second name).
_JOB_DESCRIPTION = re.compile(
    r"(?i)(?<![\w-])(?:\w*redakteur(?:in)?|\w*korrespondent(?:in)?|reporter(?:in)?|editor|correspondent|"
    r"journalist(?:in)?|wartawan|jurnalis|corresponsal|correspondant(?:e)?|corrispondente|correspondente"
    r"|enviad[oa]\s+especial|envoyée?\s+spéciale?|inviat[oa]|kontributor|koresponden)"
    # `Corresponsal en Atenas`, `correspondant à Bruxelles`, `Korrespondentin in Kairo`: a post, not names.
    r"\s+(?:für|for|of|de|du|di|untuk|bidang|per|en|in|à|a|em|da|aus|at|from|di|in)\s+[^|]*$"
)


def _is_role_word(word: str) -> bool:
    return word in _ROLE_WORDS or (len(word) > 10 and word.endswith(_ROLE_ENDINGS))


# Words that name a publication, never a person: a regional account `Warta Blora`, `Kabar Kudus`, `Lesotho
# Times`, `Kieler Zeitung` in the author field is the outlet (an organisation, kept with the agencies); so is a
# broadcaster (`Deutsche Welle`, `Bayerischer Rundfunk`, `Zweites Deutsches Fernsehen`, `France Télévisions`).
_PUBLICATION_WORDS = frozenset(
    """
    warta kabar portal harian koran majalah tabloid info channel radio times daily journal gazette
    zeitung kurier anzeiger rundschau tagblatt tageblatt magazin magazine revista diario periódico periodico
    giornale gazzetta krant dagblad tidning gazeta dziennik gazetesi
    rundfunk fernsehen television télévision televisión televisione televisão broadcasting
    """.split()
)
# Newspaper words that are surnames too (Emily Post, Jan Pos, Tom Herald): a name holding one is a paper only
# where a paper stands — after a writer's name and a comma (`By Jane Doe, Washington Post`, `Oleh Budi, Jawa
# Pos`) — or when it opens the name the Indonesian way (`Radar Semarang`, `Tribun Jateng`, `Pos Kupang`), or
# after `The` (`The Jakarta Post`).
_PAPER_WORDS = frozenset("post pos herald tribune tribun chronicle telegraph observer inquirer radar".split())
_PAPER_FIRST_WORDS = frozenset("radar tribun tribune pos".split())


def _names_a_publication(text: str) -> bool:
    """A short name holding a publication word (`Warta Blora`, `Lesotho Times`, `Radar Semarang`)."""
    words = _name_words(text)
    if not 0 < len(words) <= 4:
        return False
    if len(words) > 1 and (
        words[0] in _PAPER_FIRST_WORDS or (words[0] == "the" and _PAPER_WORDS.intersection(words))
    ):
        return True  # `Radar Semarang`, `Pos Kupang`; `The Jakarta Post` (nobody's name opens with `The`)
    # `Welle` is a surname too (Klaus Welle): only the broadcaster's whole name counts.
    return any(w in _PUBLICATION_WORDS for w in words) or "deutsche welle" in " ".join(words)


def _names_a_paper(text: str) -> bool:
    """A name of two to four words holding a newspaper word (`Washington Post`, `Jawa Pos`): asked only of a
    name written after a writer's name and a comma."""
    words = _name_words(text)
    return 1 < len(words) <= 4 and any(w in _PAPER_WORDS for w in words)


def _name_words(text: str) -> list[str]:
    return [w.lower().strip(".,'’:;") for w in _FOREIGN_BY.sub("", text.strip(_EDGE_PUNCTUATION)).split()]


# A company's legal form (`Olympia-Verlag GmbH`, `Acme Ltd`, `Example Inc.`, `Verein e.V.`): the
# publishing company in an author field (corporate sites, publishers' meta tags), an organisation.
_COMPANY_FORM = re.compile(
    r"(?<![\w.])(?:GmbH|mbH|KGaA|Ltd|Inc|LLC|LLP|PLC|plc|Corp|Pty|e\.\s?V|S\.A|S\.L|S\.p\.A|B\.V|N\.V)"
    r"\.?(?![\w.])"
)
# Press-release portals (ots/presseportal, APA-OTS, Business Wire, PR Newswire, Cision) credit the issuing
# company with the legal form of its country, always closing the name: Italian `S.p.A.`/`SpA`/`S.r.l.`, French
# `SARL`, Finnish `Oyj`, Indonesian `... Tbk` need one word before them. The short forms are also initials and
# surnames (`KG Suresh`, `SA Aiyar`, `AB Susanto`, `AG Sulzberger` open Indian, Indonesian and American
# bylines; `Mamadou SA` closes a West African one): German/Swiss/Austrian `AG`, `KG`, French/Spanish/Swiss `SA`,
# `SAS`, Dutch/Belgian `BV`/`NV`, Nordic `AB`, `Oy`, `ASA`, Indian `Pvt`, English `Limited` count only after two
# words or more (`Securitas Data AG`, `Grupo Ribera SA`, `Red Deer AB`). `PT` opens Indonesian company names but
# also initials (`PT Usha`): never read.
_CLOSING_LONG_FORM = re.compile(r"(?:SARL|SpA|S\.r\.l|Srl|Oyj|Tbk)\.?")
_CLOSING_SHORT_FORM = re.compile(r"(?:AG|KG|SA|SAS|AB|NV|BV|ASA|Oy|Pvt|Limited)\.?")
_COMPANY_LINKS = frozenset("& und and of the für der des de du la von".split())
_MAX_COMPANY_WORDS = 6


def _is_company(text: str) -> bool:
    """A company's name: its legal form after capitalised words (`Deutsches Weininstitut GmbH`), short; a
    sentence that mentions one (`Gemeinsame Pressemitteilung mit Naturschutzbund e.V.`) is not a name."""
    words = text.strip(_EDGE_PUNCTUATION).split()
    if not 1 < len(words) <= _MAX_COMPANY_WORDS:
        return False
    if _COMPANY_FORM.search(text) is None and not _closes_with_legal_form(words):
        return False
    return all(w[:1].isupper() or w.lower() in _COMPANY_LINKS or _COMPANY_FORM.match(w) for w in words)


def _closes_with_legal_form(words: list[str]) -> bool:
    """The name's last word is a legal form (see `_CLOSING_LONG_FORM`) with enough words before it."""
    last = words[-1]
    if _CLOSING_LONG_FORM.fullmatch(last):
        return True
    return len(words) >= 3 and _CLOSING_SHORT_FORM.fullmatch(last) is not None


def is_known_non_person(text: str, site_names=()) -> bool:
    """A desk, a news service, an outlet, a company or a code by its words (`Express News Service`, `Metro
    Desk`, `Oregon Coast Public Radio`): a piece a byline row may show beside the writer's name."""
    return _is_known_non_person(text.strip(), site_names)


def is_organisation(text: str) -> bool:
    """A publication (`Jawa Pos`, `Lesotho Times`) or a company (`Olympia-Verlag GmbH`) by its name."""
    return _names_a_publication(text) or _is_company(text) or _cjk_company(text)


# The legal forms and publisher words of Japanese, Korean and Chinese companies (`株式会社信越日日新聞社`, `(주)`,
# `有限公司`, `报社`): written into the name without spaces, never part of a person's name.
_CJK_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|新聞社|通信社|주식회사|\(주\)|㈜|신문사|有限公司|股份|报社|報社"
)
_CJK_COMPANY_CHARS = 40


def _cjk_company(text: str) -> bool:
    return len(text) <= _CJK_COMPANY_CHARS and _CJK_COMPANY.search(text) is not None


def _is_known_non_person(name: str, site_names) -> bool:
    """Empty, a code, a date, a URL or host, a degree, a company, or a name holding a desk/brand/agency/role
    word."""
    if not name or _CODE.fullmatch(name) or any(ch.isdigit() for ch in name):
        return True
    if is_organisation(name):
        return True
    if _URL.search(name) or _DOMAIN.search(name) or _DEGREE.match(name) or _is_site_name(name, site_names):
        return True
    words = name.split()
    folded = [w.lower().strip(".,'’:;") for w in words]
    if any(
        w in NON_PERSON_WORDS or w in NEWS_BRANDS or w in NEWS_AGENCIES or _is_role_word(w) for w in folded
    ):
        return True
    if any(part in NON_PERSON_WORDS for w in folded if "-" in w for part in w.split("-")):
        return True  # `NZZ-Redaktion`: a desk
    if _is_job_title(folded):
        return True
    if len(folded) == 1 and folded[0] in _WEEKDAY_ABBREVIATIONS:
        return True  # `Fri` of `The Jakarta Post | Fri, 07/30/2010`: a date's weekday left alone
    if _names_a_press_office(folded) or _names_a_public_office(folded):
        return True
    if len(folded) == 1 and folded[0] in _READER_WORDS:
        return True  # `Leser` of a `Leser-Reporter` box: readers' contributions, no writer
    if any("admin" in w or w.startswith(("redaksi", "redaktur")) for w in folded):
        return True  # `Superadmin`, `Adminweb`, `Webadmin`, `redaksikatasulsel`: a site account
    if len(words) == 1 and name[:1].islower() and any(ch.isupper() for ch in name):
        return True  # camelCase brand: detikNews, kumparanBISNIS
    letters = "".join(ch for ch in name if ch.isalpha())
    return len(words) == 1 and letters.isupper() and len(letters) <= 3  # initials code: FHM


# Job nouns that end a job title printed beside a name on author cards, press releases and contact boxes
# (`Communications Officer`, `Senior Engineer`, `Research Fellow`, `Policy Analyst`). Occupational surnames
# (Baker, Cook, Carter, Chancellor, Judge, Marshall, Porter, Dean, Bishop, Clark) are left out: a name may end in
# them.
_JOB_NOUNS = frozenset(
    """
    officer engineer manager director fellow coordinator specialist analyst researcher scientist lecturer professor
    designer developer consultant adviser advisor president vice-president chairman chairwoman chairperson
    secretary spokesperson spokesman spokeswoman strategist economist administrator librarian curator producer
    intern architect technician executive ceo cto cfo coo founder co-founder
    """.split()
)
_HEAD_OF = frozenset({"head", "chief", "director", "manager", "officer", "professor", "lecturer"})
# The words that qualify a job noun in a title (`Senior Engineer`, `Policy Analyst`, `Communications Officer`):
# only these before the noun make a title; any other word is a given name (`Jared Officer`, `Kevin Producer`,
# `Tom Fellow`, `Rebecca Chairman`: occupational surnames).
_TITLE_QUALIFIERS = frozenset(
    """
    senior junior lead principal staff chief deputy associate assistant executive managing general vice
    research policy communications communication press programme program project product marketing sales
    technical software data media public affairs relations creative editorial digital content visiting
    postdoctoral teaching founding board regional national international business finance financial operations
    legal medical clinical honorary development design engineering security platform account
    """.split()
)


# Posts that open a job line printed under a name on author cards and contact boxes without an `of`
# (`Leiterin Projektmanagement`, `Geschäftsführer Vertrieb`, `Directeur commercial`, `Jefa de prensa`,
# `Responsabile marketing`, `Kepala Bagian Humas`): a name never opens with one. German compounds end in
# `-leiter`/`-leiterin` (`Projektleiterin Logistik`). Read only on a line of its own after the name's line in an
# author card (`opens_a_job_line`, people.py), never inside one byline string: `Leiter Michael` (surname first),
# `Hans Jürgen Leiter Müller` and `José Luis Jefe Ortega` are names.
_JOB_OPENERS = frozenset(
    """
    leiter leiterin geschäftsführer geschäftsführerin referent referentin pressesprecher pressesprecherin
    vorsitzender vorsitzende inhaber inhaberin directeur directrice responsable chargé chargée directora jefa
    jefe direttore direttrice responsabile kierownik kierowniczka dyrektor dyrektorka kepala direktur manajer
    redakteur redakteurin korrespondent korrespondentin volontär volontärin rédacteur rédactrice redactor
    redactora redattore redattrice redacteur redaktor redaktorka
    """.split()
)
# German compounds: `Projektleiterin`, `Chefredakteur`, `Politikredakteurin`, `Auslandskorrespondent` (the news
# portals' author boxes: `Redakteur Politik & Gesellschaft` under the name).
_JOB_OPENER_ENDINGS = ("leiter", "leiterin", "redakteur", "redakteurin", "korrespondent", "korrespondentin")


def opens_a_job_line(word: str) -> bool:
    """`leiterin`, `geschäftsführer`, `projektleiter`, `directeur`, `jefa`, `kepala` (folded): a post's word."""
    return word in _JOB_OPENERS or (len(word) > 8 and word.endswith(_JOB_OPENER_ENDINGS))


def _is_job_title(folded: list[str]) -> bool:
    """`Communications Officer`, `Senior Engineer`, `Head of Research`: two words or more, the last a job noun
    and every word before it a qualifier, or the first a post followed by `of`/`for`."""
    if len(folded) < 2:
        return False
    if folded[0] in _HEAD_OF and folded[1] in ("of", "for"):
        return True
    return folded[-1] in _JOB_NOUNS and all(w in _TITLE_QUALIFIERS for w in folded[:-1])


_TITLE_WORDS = _TITLE_QUALIFIERS | _JOB_NOUNS


def _unglued(word: str) -> list[str]:
    """`DoeSenior` -> [`Doe`, `Senior`]: a name's span and a title's span run together without a space (a title
    word glued after a lower-case letter); any other word is kept whole (`McDonald`)."""
    for i in range(1, len(word)):
        if word[i].isupper() and word[i - 1].islower() and word[i:].lower() in _TITLE_WORDS:
            return [word[:i], word[i:]]
    return [word]


def _without_trailing_title(candidate: str) -> str:
    """`Jane Doe Senior Engineer` -> `Jane Doe`: a job title (qualifiers and a job noun) after a name of two
    words or more on an author card whose spans run together."""
    words = [part for word in candidate.split() for part in _unglued(word)]
    if len(words) < 4 or words[-1].lower().strip(".,") not in _JOB_NOUNS:
        return candidate
    cut = len(words) - 1
    while cut > 2 and words[cut - 1].lower().strip(".,") in _TITLE_QUALIFIERS:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) - 1 else candidate


# A person's post printed on the line under the name in contact boxes and author cards (a `<br>` or a block
# the text joins with a space): `Claudia Gebhardt Personalreferentin` (career pages: Personio, softgarden,
# d.vinci), `Jan Meier Pressesprecher` (press releases' contact boxes on ministries', police and company sites),
# `Anna Roth Redakteurin` (regional papers' author cards), `Marie Dupont Rédactrice`, `Luca Bianchi Redattore`.
# Only the post's nouns and compounds, never a surname: `Leiter`, `Sprecher`, `Writer` are surnames, and so
# are compounds of `-leiter` (`Oberleiter`, `Spielleiter`) and `-sprecher` (`Fürsprecher`): read are `-sprecherin`
# and `Pressesprecher` only. After a name of two words or more.
_GLUED_ROLE_WORDS = frozenset(
    """
    referent referentin pressesprecher pressesprecherin redakteur redakteurin korrespondent korrespondentin
    journalistin reporterin autorin volontär volontärin geschäftsführer geschäftsführerin sachbearbeiter
    sachbearbeiterin rédacteur rédactrice journaliste periodista redactora giornalista redattore redattrice
    verslaggever redacteur redaktorka dziennikarz dziennikarka wartawan jurnalis pewarta
    """.split()
)
_GLUED_ROLE_ENDINGS = (
    "referent",
    "referentin",
    "pressesprecher",
    "sprecherin",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "beauftragter",
    "beauftragte",
    "sachbearbeiterin",
)
GLUED_COMPOUND_CHARS = 9  # `Pressesprecher`, `Personalreferentin`; `Sprecher`, `Leiter` alone are surnames


def _without_glued_role(candidate: str) -> str:
    """`Claudia Gebhardt Personalreferentin` -> `Claudia Gebhardt`: a post's word after a capitalised name."""
    words = candidate.split()
    if len(words) < 3 or not _is_glued_role(words[-1].lower().strip(".,")):
        return candidate
    name = words[:-1]
    return " ".join(name) if all(w[:1].isupper() for w in name) else candidate


def _is_glued_role(word: str) -> bool:
    return word in _GLUED_ROLE_WORDS or (
        len(word) > GLUED_COMPOUND_CHARS and word.endswith(_GLUED_ROLE_ENDINGS)
    )


def _names_a_press_office(folded: list[str]) -> bool:
    """A press office's name: press and communication words alone (`Kommunikation`, `Presse und
    Kommunikation`), or after an office word (`Stabsstelle Presse`, `Office of Communications`). A name with
    such a surname (`Marie Presse`, `Sarah Communication`) is a person's."""
    if not any(w in _PRESS_WORDS for w in folded):
        return False
    if all(
        w in _PRESS_WORDS or w in _OFFICE_JOINING_WORDS or w in _OFFICE_WORDS_BEFORE_PRESS for w in folded
    ):
        return True
    first_press = next(i for i, w in enumerate(folded) if w in _PRESS_WORDS)
    return any(w in _OFFICE_WORDS_BEFORE_PRESS for w in folded[:first_press])


# The leading words of a town's, a county's or a council's name as its site credits itself: `Stadt Döbeln`,
# `Gemeinde Schwielowsee`, `Magistrat der Stadt X`, `City of Boulder`, `Town of X`, `X City Council`, `Ville de
# Lyon`, `Commune de X`, `Comune di Bologna`, `Municipio de X`, `Gemeente Utrecht`, `Gmina X`, `Pemerintah
# Kota X`: an office of the public administration. As the first word only (or `council` after a place word),
# so `Anna Stadt` or `Jane Town` stay persons; `of`/`de`/`di` must follow the English and Romance ones.
_PUBLIC_OFFICE_LEADS = frozenset("stadt gemeinde magistrat gemeente gmina miasto".split())
_PUBLIC_OFFICE_LEADS_OF = frozenset(
    "city town village county borough ville commune comune municipio município".split()
)
_OF_WORDS = frozenset("of de di du do da del".split())
_COUNCIL_WORDS = frozenset("council conseil consiglio".split())
_COUNCIL_PLACES = frozenset("city town county borough district parish municipal regional shire".split())
MAX_OFFICE_WORDS = 6


def _names_a_public_office(folded: list[str]) -> bool:
    if not folded or len(folded) > MAX_OFFICE_WORDS:
        return False
    if folded[0] in _SURNAME_OFFICE_WORDS or any(
        w in _SURNAME_OFFICE_WORDS and folded[i - 1] in _OFFICE_PLACE_WORDS for i, w in enumerate(folded) if i
    ):
        return True
    if len(folded) < 2:
        return False
    if folded[0] in _PUBLIC_OFFICE_LEADS:
        return True
    if folded[0] in _PUBLIC_OFFICE_LEADS_OF and folded[1] in _OF_WORDS:
        return True
    return any(
        w in _COUNCIL_WORDS and i > 0 and folded[i - 1] in _COUNCIL_PLACES for i, w in enumerate(folded)
    )


# A readers' contribution's label left alone once its second part (`-Reporter`, `-Foto`) is cut: 20 Minuten's
# and Blick's `Leser-Reporter`, `Leserbeitrag`, `Leserfoto`; `reader`/`lecteur`/`lector`/`lettore`/`lezer`/`leitor`/
# `czytelnik` boxes of other sites. As the whole name only: `Peter Leser` stays a person.
_READER_WORDS = frozenset(
    "leser leserin leserinnen leserreporter leserbeitrag leserfoto leserbrief reader readers lecteur lecteurs"
    " lectrice lector lectores lettore lettori lezer lezers leitor leitores czytelnik czytelnicy".split()
)
_WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def _looks_like_person(name: str, labelled: bool = False) -> bool:
    """Letters, a few words, capitalised like a name. After a label written with its colon (`Penulis: iwan
    Arifianto | Editor: muslimah` on Tribun Network's regional sites, `Laporan : samhadi purba`) the name is
    taken as typed into the CMS, lower case included: the label says a person follows. A lone lower-case word
    with fewer than two vowels is a reporter's initials code there (`Pewarta: prwir`), not a name."""
    if len(name) > 60 or not all(ch.isalpha() or ch in _NAME_PUNCTUATION for ch in name):
        return False
    words = name.split()
    if len(words) > _MAX_WORDS or not all(any(ch.isalpha() for ch in word) for word in words):
        return False
    if labelled and _typed_as_a_name(words):
        return True
    return _capitalised_like_a_name(words)


# Words of a sentence, not of a name, in a lower-case value after a label (`Penulis: tidak diketahui`, `Editor:
# belum ada`, `Laporan: Hari ini di Jakarta`).
_SENTENCE_WORDS = frozenset(
    """
    tidak belum ada tanpa di ini itu hari yang dari untuk dan ke pada dengan akan sudah nama diketahui
    the of to in on at and a an is are was no none unknown not
    """.split()
)
_MAX_TYPED_WORDS = 3


def _typed_as_a_name(words: list[str]) -> bool:
    """A value typed into the CMS as a name, lower case allowed: a few words, none of them a sentence's word; a
    lone word with two vowels or more (fewer is a reporter's initials code)."""
    if len(words) > _MAX_TYPED_WORDS or any(w.lower() in _SENTENCE_WORDS for w in words):
        return False
    return len(words) > 1 or sum(ch in "aeiouAEIOU" for ch in words[0]) >= 2


def _is_site_name(name: str, site_names) -> bool:
    """The site's name or host; a single word is also the site when it is a word of a site name (`Beachbody`
    of 'The Beachbody Blog') or starts a host label (`Vortex` on vortexcannon.org)."""
    key = _fold_key(name)
    one_word = len(name.split()) == 1 and len(key) >= 4
    for site in site_names or ():
        if not isinstance(site, str) or not site.strip():
            continue
        site_key = _fold_key(site)
        bare = _fold_key(re.sub(r"\.(?:co\.id|com|id|net|org|co)$", "", site.strip(), flags=re.IGNORECASE))
        if key in (site_key, bare):
            return True
        if one_word and _names_part_of_site(key, site, site_key):
            return True
        if not one_word and "." in site and _words_of_host(name, site):
            return True
        if _site_name_and_one_word(name, site):
            return True
    return False


_SITE_WORDS_AT_LEAST = 2
# The word an outlet's web desk or edition adds to its name; a person's further name (`María Pérez García` on
# María Pérez's own site, `Tom Hughes Williams`) is none of them.
_OUTLET_EDITION_WORDS = frozenset(
    "online news digital tv media daily group team desk bureau web redaksi redaktion newsroom staff "
    "डिजिटल टीम डेस्क ब्यूरो न्यूज़ न्यूज ऑनलाइन".split()
)


def _site_name_and_one_word(name: str, site: str) -> bool:
    """The site's name of two words or more with one word after it: the outlet's web desk or edition as meta
    author (`Prakash Dainik Digital`, `Jawa Pos Online`, `प्रकाश दैनिक डिजिटल`, `Amar Ujala Bureau`)."""
    words, site_words = name.split(), site.split()
    if len(site_words) < _SITE_WORDS_AT_LEAST or len(words) != len(site_words) + 1:
        return False
    if words[-1].lower().strip(".,") not in _OUTLET_EDITION_WORDS:
        return False  # `John Smith Jr.`, `María Pérez García` on the person's own site is the person
    return [_fold_key(w) for w in words[:-1]] == [_fold_key(w) for w in site_words]


_PUBLIC_SUFFIX_LABELS = frozenset("www m com co id net org or go ac sch web my biz info news".split())


def _words_of_host(name: str, host: str) -> bool:
    """`RMOL Jateng` on jateng.rmol.id, `Kabar Blora` on blora.kabar.id: every word of the name is a label of
    the host and one is its registrable label (the brand): the regional edition's own name, not a person."""
    labels = [label for label in host.casefold().split(".") if label]
    brand_labels = [label for label in labels if label not in _PUBLIC_SUFFIX_LABELS]
    if len(brand_labels) < 2:
        return False
    words = [_fold_key(word) for word in name.split()]
    return brand_labels[-1] in words and all(word in brand_labels for word in words)


def _names_part_of_site(key: str, site: str, site_key: str) -> bool:
    words = site.split()
    if len(words) > 1:
        return key in {_fold_key(word) for word in words}
    # A host label (`vortexcannon`): a long enough prefix is the brand.
    return len(key) >= 5 and "." not in site and site_key.startswith(key)


def _fold_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _capitalised_like_a_name(words: list[str]) -> bool:
    """Each word starts upper-case (particles and titles excepted); camelCase brands like detikNews fail."""
    letters = "".join(ch for ch in "".join(words) if ch.isalpha())
    if letters.isupper():
        # ALL CAPS: a single short word is an initials code (FHM), anything else a shouted name.
        return len(words) > 1 or len(letters) > 3
    significant = [w for w in words if w.lower() not in _TITLES and w.lower() not in _PARTICLES]
    if not significant:
        return False
    for word in significant:
        first = next((ch for ch in word if ch.isalpha()), "")
        if not first or first.islower():  # scripts without case (`first` uncased) are not judged here
            return False
        if len(words) == 1 and len(letters) < 2:
            return False
    return True


def _fix_case(name: str) -> str:
    """Turn an ALL-CAPS name into Title Case (particles lower-case); leave other names as written."""
    letters = "".join(ch for ch in name if ch.isalpha())
    if not letters.isupper():
        return name
    words = []
    for index, word in enumerate(name.split()):
        lower = word.lower()
        if index > 0 and lower in _PARTICLES:
            words.append(lower)
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word))
    return " ".join(words)
