"""JSON (one document), JSONL (one record a line, tagged with its section) and CSV (articles)."""

from __future__ import annotations

import csv
import json
import math
from datetime import datetime, timezone
from collections.abc import Iterator
from typing import IO

from rasid.export.sections import RECORD_TYPES, SECTIONS
from rasid.model import SCHEMA_VERSION
from rasid.pipeline import faults
from rasid.storage.base import Store

CSV_COLUMNS = ("id", "origin", "url", "outlet", "title", "author", "published", "published_estimated",
               "language", "dateline", "credits", "removed_lines", "text")


# json escapes the C0 controls itself.  DEL, the C1 controls and the line and paragraph
# separators it leaves raw, and line-based readers split on some of them (Python's
# splitlines on U+2028 and NEL; JavaScript before ES2019 refused U+2028 in strings): escaped
# too, so one record is one line for any reader.  They only ever occur inside strings.
_RAW_LINE_BREAKERS = {c: f"\\u{c:04x}" for c in (*range(0x7F, 0xA0), 0x2028, 0x2029)}


def _dump(record) -> str:
    # NaN and infinities are not JSON at all: written as null.
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except ValueError:
        text = json.dumps(_finite(record), ensure_ascii=False, allow_nan=False)
    return text.translate(_RAW_LINE_BREAKERS)


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


# OWASP's rule for CSV injection: a cell a spreadsheet would read as a formula (=, +, -, @)
# or that starts with a tab or carriage return is prefixed with a single quote, so it is
# shown as the text it is.  (The csv module already quotes cells holding quotes, commas
# and newlines.)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str | int | float | bool | None:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_json(store: Store, out: IO[str]) -> None:
    # Streamed section by section so a large database never sits in memory at once.
    header = {"schema": "rasid-export", "schema_version": SCHEMA_VERSION,
              "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    out.write(_dump(header)[:-1])
    for name, records in SECTIONS.items():
        out.write(f', "{name}": [')
        for i, record in enumerate(records(store)):
            out.write(("," if i else "") + "\n  " + _dump(record))
            faults.point("export.after_record")
        out.write("\n]")
    out.write("}\n")


def jsonl_lines(store: Store) -> Iterator[str]:
    """The JSONL export one line at a time (for a server to stream)."""
    for name, records in SECTIONS.items():
        label = RECORD_TYPES[name]
        for record in records(store):
            if "type" in record:  # an entity's own type (PERS, LOC, ...) must not hide the line's
                record = {f"{label}_type" if k == "type" else k: v for k, v in record.items()}
            yield _dump({"type": label, **record}) + "\n"


def write_jsonl(store: Store, out: IO[str]) -> None:
    for line in jsonl_lines(store):
        out.write(line)


def write_csv(store: Store, out: IO[str]) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for record in SECTIONS["articles"](store):
        row = dict(record, credits="; ".join(record["credits"]), removed_lines=len(record["removed"]))
        writer.writerow([csv_cell(row[c]) for c in CSV_COLUMNS])


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}
