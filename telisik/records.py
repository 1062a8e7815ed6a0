"""Writing records (dicts) as JSON, JSON Lines or CSV to a text stream: what `export`, `search`, `history`
and `sites list` print. JSON escapes control characters itself; CSV cells get them stripped."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from telisik.cleantext import strip_control_chars

RECORD_FORMATS = ("json", "jsonl", "csv")


def write_records(
    records: Iterable[dict[str, Any]], out: IO[str], output_format: str, columns: Sequence[str] | None = None
) -> int:
    """Write `records` to `out` as json (one array), jsonl or csv; returns how many. ValueError for another
    format. CSV columns are `columns`, else the first record's keys."""
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
            writer.writerow({k: _csv_cell(v) for k, v in _sanitize(record).items()})
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
