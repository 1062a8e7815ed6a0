"""Records (dicts) and how they are written: `article_record` (the shape of an article in `show --format json`
and `export`), and `write_records` as JSON, JSON Lines or CSV to any text stream. JSON escapes control
characters itself; CSV cells get them stripped.

CSV cells are made spreadsheet-safe (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`,
tab or carriage return, which a spreadsheet would run as a formula, gets a single quote in front (`'=1+1`);
the quote shows in a text editor. `csv_raw=True` (`--csv-raw`) writes cells as they are, for pipelines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any

from telisik.cleantext import strip_control_chars

if TYPE_CHECKING:
    from telisik.article import StoredArticle

RECORD_FORMATS = ("json", "jsonl", "csv")


def article_record(article: StoredArticle) -> dict[str, Any]:
    """One exported article, in the shape `telisik show --format json` prints: the archive id, the public
    fields (`Article.to_dict`), then the version's fetch facts (version, status, final URL, content hash)."""
    return {
        "id": article.id,
        **article.to_dict(),
        "version": article.version,
        "status": article.status,
        "final_url": article.final_url,
        "content_hash": article.content_hash,
        "removed_since": article.removed_since,  # taken down from its site since then (re-checks)
    }


def write_records(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    output_format: str,
    columns: Sequence[str] | None = None,
    *,
    csv_raw: bool = False,
) -> int:
    """Write `records` to `out` as json (one array), jsonl or csv; returns how many. ValueError for another
    format. CSV columns are `columns`, else the first record's keys; cells neutralised unless `csv_raw`."""
    count = 0
    if output_format == "json":
        out.write("[")
        for count, record in enumerate(records, 1):
            out.write(("\n" if count == 1 else ",\n") + json.dumps(record, ensure_ascii=False, default=str))
        out.write("\n]\n" if count else "]\n")
    elif output_format == "jsonl":
        for count, record in enumerate(records, 1):
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif output_format == "csv":
        import csv  # here, not at the top: `telisik search` start-up pays only for what it prints

        writer = None
        for count, record in enumerate(records, 1):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(columns or record.keys()), extrasaction="ignore")
                writer.writeheader()
            cells = {k: _csv_cell(v) for k, v in _sanitize(record).items()}
            writer.writerow(cells if csv_raw else {k: neutralise_formula(v) for k, v in cells.items()})
    else:
        raise ValueError(f"unknown format {output_format!r}")
    return count


def _sanitize(value: Any) -> Any:
    if isinstance(value, str):
        return strip_control_chars(value)
    if isinstance(value, list):
        return [_sanitize(v) for v in value]
    if isinstance(value, dict):
        return {k: _sanitize(v) for k, v in value.items()}
    return value


def _csv_cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


# What a spreadsheet reads as the start of a formula (OWASP). Checked after control characters are stripped,
# so a carriage return in front cannot hide an `=` behind it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: Any) -> Any:
    """A text cell a spreadsheet would evaluate, made literal with a leading single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
