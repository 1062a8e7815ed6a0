"""Charset detection: BOM, HTTP header, <meta>, each verified against the bytes; never raises."""

from __future__ import annotations

import codecs
import html
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.corpus import CORPUS as SHARED_CORPUS
from support.corpus import requires as requires_corpus

from telisik.charset import charset_from_content_type, decode_html, sniff_meta_charset

CORPUS = SHARED_CORPUS / "indonesia"

TEXT = "Caf\u00e9 \u201cSenja\u201d \u2014 harga \u20ac5, na\u00efve"


def page(head: str, body: str = TEXT) -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


def test_windows_1252_declared_only_in_meta() -> None:
    data = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode("cp1252")
    text, encoding = decode_html(data, "text/html")
    assert encoding == "windows-1252"
    assert TEXT in text


def test_meta_charset_attribute_form() -> None:
    data = page('<meta charset="ISO-8859-2">', "\u0105\u0107\u017c").encode("iso-8859-2")
    text, encoding = decode_html(data)
    assert encoding == "iso8859-2"
    assert "\u0105\u0107\u017c" in text


def test_iso_8859_1_is_read_as_windows_1252() -> None:
    # Bytes 0x80-0x9F are C1 controls in true latin-1 but curly quotes/dashes on real pages (WHATWG).
    data = page("", "\u201ckutipan\u201d \u2014 ok").encode("cp1252")
    text, encoding = decode_html(data, "text/html; charset=ISO-8859-1")
    assert encoding == "windows-1252"
    assert "\u201ckutipan\u201d \u2014 ok" in text


def test_declared_latin1_but_bytes_are_utf8_kapanlagi_case() -> None:
    data = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode("utf-8")
    text, encoding = decode_html(data, "text/html; charset=iso-8859-1")
    assert encoding == "utf-8"
    assert TEXT in text and "\u00c3" not in text


def test_header_wins_over_meta_when_both_verify() -> None:
    data = page('<meta charset="iso-8859-2">', "\u0105").encode("iso-8859-2")
    _, encoding = decode_html(data, "text/html; charset=iso-8859-15")
    assert encoding == "iso8859-15"


def test_wrong_header_utf8_falls_through_to_meta() -> None:
    data = page('<meta charset="windows-1252">').encode("cp1252") * 3
    text, encoding = decode_html(data, "text/html; charset=utf-8")
    assert encoding == "windows-1252"
    assert TEXT in text


@pytest.mark.parametrize(
    ("bom_encoding", "name"), [("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
def test_bom_wins_over_everything(bom_encoding: str, name: str) -> None:
    data = page('<meta charset="windows-1252">').encode(bom_encoding)
    if bom_encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    text, encoding = decode_html(data, "text/html; charset=iso-8859-1")
    assert encoding == name
    assert TEXT in text
    assert not text.startswith("\ufeff")


def test_no_declaration_utf8_and_legacy_bytes() -> None:
    assert decode_html(page("").encode("utf-8")) == (page(""), "utf-8")
    text, encoding = decode_html(page("").encode("cp1252"))
    assert (encoding, TEXT in text) == ("windows-1252", True)


def test_mixed_page_utf8_with_stray_cp1252_bytes() -> None:
    data = page('<meta charset="utf-8">', "Sudah dibaca 1.000\u00d7 \u2014 terima kasih").encode("utf-8")
    data = data.replace(b"</body>", b"<p>\x93Kutipan lama\x94 dari arsip caf\xe9</p></body>")
    text, encoding = decode_html(data, "text/html; charset=utf-8")
    assert encoding == "utf-8"
    assert "1.000\u00d7 \u2014 terima kasih" in text
    assert "\u201cKutipan lama\u201d dari arsip caf\u00e9" in text
    assert "\ufffd" not in text


def test_mixed_page_behind_latin1_label() -> None:
    body = "\u00e9t\u00e9 \u2014 " * 5
    data = page('<meta charset="iso-8859-1">', body).encode("utf-8").replace(b"</p>", b" \x96 fin</p>")
    text, encoding = decode_html(data)
    assert encoding == "utf-8"
    assert body in text and "\u2013 fin" in text


@pytest.mark.parametrize("label", ["bogus-charset", "base64", "zlib", "", "utf-16", "x-user-defined-9"])
def test_unknown_or_unsuitable_labels_fall_back(label: str) -> None:
    data = page(f'<meta charset="{label}">').encode("cp1252")
    text, encoding = decode_html(data, f"text/html; charset={label}")
    assert encoding == "windows-1252"
    assert TEXT in text


def test_utf8_aliases() -> None:
    data = page("").encode("utf-8")
    assert decode_html(data, "text/html; charset=utf8mb4")[1] == "utf-8"
    assert decode_html(data, 'text/html; charset="UTF8"')[1] == "utf-8"


def test_meta_after_scan_window_is_not_read() -> None:
    data = ("<!-- " + "x" * 5000 + " -->" + page('<meta charset="iso-8859-2">', "\u0105")).encode(
        "iso-8859-2"
    )
    assert sniff_meta_charset(data) is None
    assert sniff_meta_charset(data[5010:]) == "iso8859-2"


def test_xml_declaration_is_read() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-2"?><html><body>\u0105</body></html>'.encode("iso-8859-2")
    assert decode_html(data) == (
        '<?xml version="1.0" encoding="ISO-8859-2"?><html><body>\u0105</body></html>',
        "iso8859-2",
    )


def test_charset_from_content_type() -> None:
    assert charset_from_content_type("text/html; charset=UTF-8") == "utf-8"
    assert charset_from_content_type("text/html;charset='windows-1252'") == "windows-1252"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None
    assert charset_from_content_type("text/html; charset=nonsense") is None


def test_empty_and_str_input() -> None:
    assert decode_html(b"") == ("", "utf-8")
    assert decode_html(b"", "text/html; charset=windows-1252") == ("", "windows-1252")
    assert decode_html("already text") == ("already text", "utf-8")  # type: ignore[arg-type]


@given(
    st.binary(max_size=3000),
    st.sampled_from(
        [
            None,
            "text/html",
            "text/html; charset=utf-8",
            "text/html; charset=iso-8859-1",
            "text/html; charset=shift_jis",
            "text/html; charset=utf-16",
            "text/html; charset=\x00",
        ]
    ),
)
def test_decode_html_never_raises(data: bytes, content_type: str | None) -> None:
    text, encoding = decode_html(data, content_type)
    assert isinstance(text, str)
    codecs.lookup(encoding)  # always a codec Python knows


@given(st.text(max_size=500))
def test_utf8_text_round_trips(text: str) -> None:
    assert decode_html(text.encode("utf-8"))[0] == text


def _corpus_entries() -> list[dict]:
    manifest = CORPUS / "manifest.json"
    if not manifest.exists():
        return []
    return json.loads(manifest.read_text(encoding="utf-8"))


@requires_corpus("indonesia", "manifest.json")
@pytest.mark.parametrize("entry", _corpus_entries(), ids=lambda e: e["id"])
def test_corpus_pages_decode_cleanly(entry: dict) -> None:
    truth = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))[entry["id"]]
    data = (CORPUS / "html" / f"{entry['id']}.html").read_bytes()
    # Served with the charset the site declared (KapanLagi: iso-8859-1, bytes actually UTF-8).
    text, encoding = decode_html(data, f"text/html; charset={entry['charset']}")
    assert encoding == "utf-8"
    assert "\ufffd" not in text and "\u00e2\u20ac" not in text  # no mojibake of curly quotes/dashes
    assert " ".join(truth["title"].split()) in " ".join(html.unescape(text).split())
