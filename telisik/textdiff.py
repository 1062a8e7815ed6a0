"""Word-level differences between two versions of an article, readable on a terminal.

Bodies are compared paragraph by paragraph first (so a paragraph added at the end shows as one added
paragraph, not as a churn of words), then word by word inside paragraphs that were rewritten. Unchanged
paragraphs are folded into a one-line note so that a one-word correction in a long article stays readable.

Rendering: with colour (a terminal), removed words are red and struck through, added words green and
underlined; without colour, removed words are written `[-like this-]` and added words `{+like this+}`
(the convention of `git diff --word-diff=plain` and `wdiff`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import click

Op = Literal["equal", "delete", "insert"]

# A word is a run of non-space characters; the spaces between words are kept as their own tokens so that the
# rendered text reads exactly like the original.
_TOKEN = re.compile(r"\s+|\S+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

# How many unchanged paragraphs to show around a change before folding the rest.
CONTEXT_PARAGRAPHS = 1


@dataclass(frozen=True)
class Segment:
    """A run of text that is unchanged, removed or added."""

    op: Op
    text: str


def tokenize_words(text: str) -> list[str]:
    """Words and the whitespace between them, in order; joining the tokens gives back `text`."""
    return _TOKEN.findall(text)


def diff_words(old: str, new: str) -> list[Segment]:
    """Word-level difference of two strings as segments; unchanged words appear once."""
    old_tokens, new_tokens = tokenize_words(old), tokenize_words(new)
    # autojunk would treat frequent words ("yang", "di") as junk on long texts and produce a poorer diff.
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, "equal", "".join(old_tokens[i1:i2]))
            continue
        removed, added = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        if tag in ("delete", "replace"):
            _append(segments, "delete", removed)
        if tag in ("insert", "replace"):
            _append(segments, "insert", added)
    return _tidy_spaces(segments)


def _append(segments: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op == op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


def _tidy_spaces(segments: list[Segment]) -> list[Segment]:
    """Move the spaces around changed runs into unchanged text: `[-word -]` reads better as `[-word-] `."""
    tidy: list[Segment] = []
    for seg in segments:
        if seg.op == "equal":
            _append(tidy, "equal", seg.text)
            continue
        core = seg.text.strip()
        if not core:  # a change in whitespace only is not worth showing in a word diff
            if seg.op == "insert":
                _append(tidy, "equal", seg.text)
            continue
        lead = seg.text[: len(seg.text) - len(seg.text.lstrip())]
        trail = seg.text[len(seg.text.rstrip()) :]
        _append(tidy, "equal", lead)
        _append(tidy, seg.op, core)
        _append(tidy, "equal", trail)
    return tidy


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of an article body (separated by blank lines), stripped, empty ones dropped."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text or "") if p.strip()]


@dataclass(frozen=True)
class ParagraphChange:
    """One paragraph of the diffed body: kept, removed, added, or rewritten (word segments)."""

    kind: Literal["equal", "delete", "insert", "replace", "folded"]
    segments: tuple[Segment, ...] = ()
    folded: int = 0  # for kind == "folded": how many unchanged paragraphs were left out


def diff_paragraphs(old: str, new: str, *, context: int = CONTEXT_PARAGRAPHS) -> list[ParagraphChange]:
    """Paragraph-aware body diff: rewritten paragraphs get a word diff, long unchanged runs are folded."""
    old_paras, new_paras = split_paragraphs(old), split_paragraphs(new)
    matcher = difflib.SequenceMatcher(None, old_paras, new_paras, autojunk=False)
    changes: list[ParagraphChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes.extend(ParagraphChange("equal", (Segment("equal", p),)) for p in old_paras[i1:i2])
        elif tag == "delete":
            changes.extend(ParagraphChange("delete", (Segment("delete", p),)) for p in old_paras[i1:i2])
        elif tag == "insert":
            changes.extend(ParagraphChange("insert", (Segment("insert", p),)) for p in new_paras[j1:j2])
        else:
            changes.extend(_pair_rewritten(old_paras[i1:i2], new_paras[j1:j2]))
    return _fold_unchanged(changes, context)


def _pair_rewritten(old_paras: Sequence[str], new_paras: Sequence[str]) -> list[ParagraphChange]:
    """Paragraphs replaced one-for-one get word diffs; a count mismatch is diffed as one block of text."""
    if len(old_paras) == len(new_paras):
        return [
            ParagraphChange("replace", tuple(diff_words(o, n)))
            for o, n in zip(old_paras, new_paras, strict=True)
        ]
    return [ParagraphChange("replace", tuple(diff_words("\n\n".join(old_paras), "\n\n".join(new_paras))))]


def _fold_unchanged(changes: list[ParagraphChange], context: int) -> list[ParagraphChange]:
    changed_at = [i for i, c in enumerate(changes) if c.kind != "equal"]
    keep = {j for i in changed_at for j in range(i - context, i + context + 1)}
    folded: list[ParagraphChange] = []
    hidden: list[ParagraphChange] = []
    for i, change in enumerate(changes):
        if change.kind == "equal" and i not in keep:
            hidden.append(change)
            continue
        _flush_hidden(folded, hidden)
        folded.append(change)
    _flush_hidden(folded, hidden)
    return folded


def _flush_hidden(folded: list[ParagraphChange], hidden: list[ParagraphChange]) -> None:
    # Folding a single paragraph would replace it with a note of the same length: show it instead.
    if len(hidden) == 1:
        folded.append(hidden[0])
    elif hidden:
        folded.append(ParagraphChange("folded", folded=len(hidden)))
    hidden.clear()


def render_segments(segments: Sequence[Segment], *, color: bool) -> str:
    """Segments as text: colour on a terminal, `[-removed-]{+added+}` markers otherwise."""
    parts = []
    for seg in segments:
        if seg.op == "equal":
            parts.append(seg.text)
        elif color:
            if seg.op == "delete":
                parts.append(click.style(seg.text, fg="red", strikethrough=True))
            else:
                parts.append(click.style(seg.text, fg="green", underline=True))
        else:
            parts.append(f"[-{seg.text}-]" if seg.op == "delete" else f"{{+{seg.text}+}}")
    return "".join(parts)


def render_body_diff(changes: Sequence[ParagraphChange], *, color: bool) -> str:
    """A paragraph diff as text, paragraphs separated by blank lines, folded stretches as a short note."""
    blocks = []
    for change in changes:
        if change.kind == "folded":
            noun = "paragraph" if change.folded == 1 else "paragraphs"
            note = f"… {change.folded} unchanged {noun} …"
            blocks.append(click.style(note, dim=True) if color else note)
        else:
            blocks.append(render_segments(change.segments, color=color))
    return "\n\n".join(blocks)


def has_changes(segments: Sequence[Segment]) -> bool:
    return any(seg.op != "equal" for seg in segments)


def render_text_diff(
    old_title: str | None,
    new_title: str | None,
    old_body: str | None,
    new_body: str | None,
    *,
    color: bool,
    context: int = CONTEXT_PARAGRAPHS,
) -> str:
    """The readable diff of an article's title and body, as printed by `telisik diff`."""
    title_segments = diff_words(old_title or "", new_title or "")
    body_changes = diff_paragraphs(old_body or "", new_body or "", context=context)
    lines = []
    if has_changes(title_segments):
        lines.append("Title: " + render_segments(title_segments, color=color))
    else:
        lines.append(f"Title (unchanged): {new_title or ''}")
    lines.append("")
    if any(c.kind not in ("equal", "folded") for c in body_changes):
        lines.append(render_body_diff(body_changes, color=color))
    else:
        lines.append("Body unchanged.")
    return "\n".join(lines) + "\n"
