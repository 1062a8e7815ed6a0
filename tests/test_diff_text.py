"""Word-level diffs of article versions (telisik.textdiff): readable, exact, terminal-safe."""

from __future__ import annotations

import click

from telisik.textdiff import (
    Segment,
    diff_paragraphs,
    diff_words,
    render_segments,
    render_text_diff,
    split_paragraphs,
    tokenize_words,
)


def test_tokens_join_back_to_the_original_text():
    text = "Banjir  melanda\tCepu,\n\nwarga mengungsi. "
    assert "".join(tokenize_words(text)) == text


def test_one_inserted_word_is_the_only_change():
    segments = diff_words("Banjir melanda Cepu", "Banjir besar melanda Cepu")
    assert segments == [
        Segment("equal", "Banjir "),
        Segment("insert", "besar"),
        Segment("equal", " melanda Cepu"),
    ]


def test_replaced_word_renders_with_plain_markers():
    text = render_segments(diff_words("korban tewas 3 orang", "korban tewas 5 orang"), color=False)
    assert text == "korban tewas [-3-]{+5+} orang"


def test_removed_word_keeps_single_spacing():
    text = render_segments(diff_words("Kapolres AKBP Budi Santoso", "Kapolres Budi Santoso"), color=False)
    assert text == "Kapolres [-AKBP-] Budi Santoso"


def test_whitespace_only_change_is_no_change():
    segments = diff_words("a  b", "a b")
    assert all(seg.op == "equal" for seg in segments)
    assert "".join(seg.text for seg in segments) == "a b"


def test_colour_rendering_uses_ansi_styles_and_no_markers():
    text = render_segments(diff_words("lama", "baru"), color=True)
    assert click.style("lama", fg="red", strikethrough=True) in text
    assert click.style("baru", fg="green", underline=True) in text
    assert "[-" not in text and "{+" not in text


def test_paragraph_added_at_end_is_one_insert_and_unchanged_paragraphs_fold():
    old = "\n\n".join(f"Paragraf {i} tentang banjir di Cepu." for i in range(8))
    new = old + "\n\nRalat: jumlah pengungsi 120 jiwa, bukan 210."
    changes = diff_paragraphs(old, new)
    kinds = [c.kind for c in changes]
    assert kinds == ["folded", "equal", "insert"]
    assert changes[0].folded == 7
    assert changes[-1].segments == (Segment("insert", "Ralat: jumlah pengungsi 120 jiwa, bukan 210."),)


def test_single_unchanged_paragraph_is_shown_not_folded():
    old = "Satu.\n\nDua.\n\nTiga lama."
    new = "Satu.\n\nDua.\n\nTiga baru."
    text = render_text_diff("T", "T", old, new, color=False)
    assert "Satu." in text and "unchanged paragraph" not in text
    assert "Tiga [-lama.-]{+baru.+}" in text


def test_rewritten_paragraph_gets_a_word_diff_in_place():
    old = "Pembuka.\n\nHujan deras sejak pagi membuat sungai meluap.\n\nPenutup."
    new = "Pembuka.\n\nHujan deras sejak Senin pagi membuat sungai Bengawan Solo meluap.\n\nPenutup."
    text = render_text_diff("Judul", "Judul", old, new, color=False)
    assert "Hujan deras sejak {+Senin+} pagi membuat sungai {+Bengawan Solo+} meluap." in text


def test_full_diff_reports_unchanged_title_and_body():
    text = render_text_diff("Judul sama", "Judul sama", "Isi.", "Isi.", color=False)
    assert text == "Title (unchanged): Judul sama\n\nBody unchanged.\n"


def test_title_change_shown_with_markers():
    text = render_text_diff("Banjir di Cepu", "Banjir bandang di Cepu", "x", "x", color=False)
    assert text.splitlines()[0] == "Title: Banjir {+bandang+} di Cepu"


def test_split_paragraphs_drops_blank_ones():
    assert split_paragraphs("a\n\n\n  \n\nb\n \nc") == ["a", "b", "c"]
    assert split_paragraphs("") == []


def test_paragraph_count_mismatch_diffs_as_one_block():
    old = "Satu dua tiga.\n\nEmpat lima."
    new = "Satu dua tiga empat lima."
    text = render_text_diff("T", "T", old, new, color=False)
    assert "[-" in text and "{+" in text
    # nothing invented: removing the markers' removed parts gives the new text back
    changes = diff_paragraphs(old, new)
    rebuilt = "".join(seg.text for c in changes for seg in c.segments if seg.op != "delete")
    assert rebuilt.split() == new.split()
