"""Turning the bytes of a fetched page into text: which character encoding, verified against the bytes.

Order of evidence (as browsers do, plus verification): a byte-order mark; the HTTP Content-Type charset;
a <meta charset> / <meta http-equiv=Content-Type> / XML declaration in the first 4 KB. A declared charset
is not believed blindly: servers and templates often lie (KapanLagi declares iso-8859-1 and serves UTF-8),
so bytes that are valid UTF-8 with non-ASCII content are read as UTF-8 whatever the declaration says.
iso-8859-1 and us-ascii are read as windows-1252, as the WHATWG Encoding standard requires. Mostly-UTF-8
pages with a few stray windows-1252 bytes (pasted text) are decoded as UTF-8 with those bytes read as
windows-1252 one by one. `decode_html` never raises.

`page_content_problem` is the one check of whether bytes can be a page at all (not empty, not an image, an
archive or an executable), used by every way into the archive: `fetch`, the crawl, and `import` of saved files
and of WARC records, so that bytes one of them refuses are refused by all.
"""

from __future__ import annotations

import codecs
import re

__all__ = [
    "decode_html",
    "charset_from_content_type",
    "sniff_meta_charset",
    "META_SCAN_BYTES",
    "HTML_TYPES",
    "sniff_binary",
    "page_content_problem",
]

META_SCAN_BYTES = 4096

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# How much of the body is looked at to tell binary from text.
_SNIFF_BYTES = 8192
_BINARY_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"RIFF", "application/octet-stream"),
    (b"\x7fELF", "application/octet-stream"),
    (b"WARC/", "application/warc"),
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers treat as windows-1252, plus common misspellings seen in the wild.
_ALIASES = {
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "iso_8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "l1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "cp1252": "windows-1252",
    "x-cp1252": "windows-1252",
    "utf8": "utf-8",
    "utf8mb4": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",  # superset: browsers decode gb2312 and gbk labels as gb18030
    "gbk": "gb18030",
    "iso-8859-9": "windows-1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "ks_c_5601-1987": "euc-kr",
}

# Codecs whose bytes 0x80-0xFF are all single characters: valid UTF-8 in them is almost surely UTF-8.
_WESTERN_SINGLE_BYTE = {"windows-1252", "cp1252", "iso8859-15", "latin_1", "cp1250", "cp1254", "iso8859-2"}

_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", re.IGNORECASE)


def _cp1252_byte(byte: int) -> str:
    """One byte read as windows-1252; the five bytes it leaves undefined map to C1 controls (WHATWG)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_CP1252_TABLE = [_cp1252_byte(b) for b in range(256)]


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Error handler: read each undecodable byte as windows-1252 and carry on."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252_TABLE[b] for b in bad), error.end


codecs.register_error("telisik-cp1252", _cp1252_fallback)


def _canonical(label: str | bytes | None) -> str | None:
    """A Python codec name for a charset label, or None when the label names no usable codec."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    python_name = info.name
    if python_name in ("cp1252", "latin-1", "iso8859-1", "ascii"):
        return "windows-1252"
    if python_name in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        # Without a BOM a UTF-16 declaration on ASCII-compatible markup is a lie (WHATWG: use UTF-8).
        return "utf-8"
    if not _is_text_codec(info):
        return None
    return python_name


def _is_text_codec(info: codecs.CodecInfo) -> bool:
    """Reject bytes-to-bytes codecs (base64, zlib, rot13) that codecs.lookup also knows."""
    return getattr(info, "_is_text_encoding", True)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, as a Python codec name (None if absent/unknown)."""
    if not content_type:
        return None
    match = _CHARSET_PARAM.search(content_type.encode("latin-1", "ignore"))
    return _canonical(match.group(1)) if match else None


def sniff_meta_charset(content: bytes, limit: int = META_SCAN_BYTES) -> str | None:
    """The charset declared inside the document's first `limit` bytes (meta tags or XML declaration)."""
    head = bytes(content[:limit])
    xml = _XML_DECL.match(head)
    if xml:
        found = _canonical(xml.group(1))
        if found:
            return found
    for tag in _META_TAG.finditer(head):
        match = _CHARSET_PARAM.search(tag.group(0))
        if match:
            found = _canonical(match.group(1))
            if found:
                return found
    return None


def _bom(content: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name, len(bom)
    return None


def _utf8_status(content: bytes) -> tuple[bool, bool]:
    """(valid UTF-8, has non-ASCII bytes)."""
    if content.isascii():
        return True, False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False, True
    return True, True


def _looks_mostly_utf8(content: bytes, *, min_sequences: int = 1, stray_per_utf8_byte: float = 1.0) -> bool:
    """True when the page has real UTF-8 sequences and not too many bytes that are not part of one.

    That is the mixed page: UTF-8 with stray windows-1252 bytes (a pasted quote, a legacy footer).
    Valid multi-byte UTF-8 sequences almost never occur by accident in windows-1252 text, so a few of
    them are strong evidence; how strong depends on what the page declared (see the callers).
    Linear time and memory: the decoder itself finds the valid sequences (no per-sequence objects).
    """
    valid = content.decode("utf-8", "ignore")  # drops exactly the bytes that are not valid UTF-8
    high_bytes = _count_high(content)
    stray = len(content) - len(valid.encode("utf-8"))
    utf8_bytes = high_bytes - stray
    sequences = len(valid) - (len(content) - high_bytes)  # non-ASCII characters that decoded
    if sequences < min_sequences:
        return False
    return stray <= max(4, utf8_bytes * stray_per_utf8_byte)


def _count_high(content: bytes) -> int:
    """Count bytes >= 0x80 quickly on large pages (translate deletes ASCII bytes in C)."""
    return len(content.translate(None, bytes(range(0x80))))


def _decode_declared(content: bytes, encoding: str) -> tuple[str, str] | None:
    """Decode with a declared encoding after checking the bytes agree; None when they clearly don't."""
    valid_utf8, non_ascii = _utf8_status(content)
    if encoding == "utf-8":
        if valid_utf8:
            return content.decode("utf-8"), "utf-8"
        if _looks_mostly_utf8(content, stray_per_utf8_byte=2.0):
            return content.decode("utf-8", "telisik-cp1252"), "utf-8"
        return None  # declared UTF-8 but it is not: let the next evidence decide
    if valid_utf8 and non_ascii:
        # Legacy labels on UTF-8 bytes: the label is wrong (real UTF-8 text is never an accident).
        return content.decode("utf-8"), "utf-8"
    if encoding in _WESTERN_SINGLE_BYTE and _looks_mostly_utf8(
        content, min_sequences=3, stray_per_utf8_byte=0.25
    ):
        # A UTF-8 page with a few stray bytes behind a legacy label.
        return content.decode("utf-8", "telisik-cp1252"), "utf-8"
    if encoding == "windows-1252":
        return content.decode("cp1252", "telisik-cp1252"), "windows-1252"
    try:
        return content.decode(encoding), encoding
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    text = content.decode(encoding, "replace")
    # Accept a few replacement characters; many mean the label is wrong.
    if text.count("\ufffd") <= max(4, len(text) // 1000):
        return text, encoding
    return None


def _fallback(content: bytes) -> tuple[str, str]:
    """No usable declaration: UTF-8 if the bytes are UTF-8 (or mostly), else windows-1252."""
    valid_utf8, _ = _utf8_status(content)
    if valid_utf8:
        return content.decode("utf-8"), "utf-8"
    if _looks_mostly_utf8(content):
        return content.decode("utf-8", "telisik-cp1252"), "utf-8"
    return content.decode("cp1252", "telisik-cp1252"), "windows-1252"


def decode_html(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a page's bytes to text; returns (text, encoding used). Never raises.

    The encoding returned is a Python codec name ('utf-8', 'windows-1252', 'iso8859-2', 'shift_jis', ...).
    Note that a mixed page reports 'utf-8' although a strict UTF-8 decode of its bytes would fail: decode
    stored bytes again through this function, not with bytes.decode(encoding).
    """
    if isinstance(content, str):
        return content, "utf-8"
    try:
        content = bytes(content or b"")
        bom = _bom(content)
        if bom:
            name, size = bom
            return content[size:].decode(name, "replace"), name
        for declared in (charset_from_content_type(content_type), sniff_meta_charset(content)):
            if declared:
                decoded = _decode_declared(content, declared)
                if decoded is not None:
                    return decoded
        return _fallback(content)
    except Exception:  # a codec bug or an exotic codec must not take a crawl down
        return bytes(content).decode("utf-8", "replace"), "utf-8"


def sniff_binary(content: bytes) -> str | None:
    """The media type of bytes that are not text (by magic number or control bytes), None when they may be."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text with a byte-order mark: NUL bytes are expected
    head = bytes(content[:_SNIFF_BYTES])
    for magic, media in _BINARY_MAGIC:
        if head.startswith(magic):
            return media
    if not head:
        return None
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    # Real pages may carry a stray control byte or two; random binary is ~11% control bytes.
    if controls > max(2, len(head) // 50):
        return "application/octet-stream"
    return None


def page_content_problem(content: bytes, media: str = "") -> str | None:
    """Why `content`, declared as media type `media` ('' when unknown), cannot be an HTML page; None if it can.

    The same one-line reasons whichever way the bytes came in: "empty response", "not an HTML page
    (image/png)", "binary content served as text/html".
    """
    if media and media not in HTML_TYPES:
        return f"not an HTML page ({media})"
    if not content.strip():
        return "empty response"
    binary = sniff_binary(content)
    if binary and media:
        return f"binary content served as {media}"
    if binary:
        return f"not an HTML page ({binary})"
    return None
