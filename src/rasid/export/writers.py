"""JSON (one document), JSONL (one record a line, tagged with its section) and CSV (articles)."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from collections.abc import Iterator
from typing import IO

from rasid.export.sections import RECORD_TYPES, SECTIONS
from rasid.model import SCHEMA_VERSION
from rasid.storage.base import Store

CSV_COLUMNS = ("id", "origin", "url", "outlet", "title", "author", "published", "published_estimated",
               "language", "dateline", "credits", "removed_lines", "text")


def _dump(record) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_json(store: Store, out: IO[str]) -> None:
    # Streamed section by section so a large database never sits in memory at once.
    header = {"schema": "rasid-export", "schema_version": SCHEMA_VERSION,
              "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    out.write(_dump(header)[:-1])
    for name, records in SECTIONS.items():
        out.write(f', "{name}": [')
        for i, record in enumerate(records(store)):
            out.write(("," if i else "") + "\n  " + _dump(record))
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
        writer.writerow([row[c] for c in CSV_COLUMNS])


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}
