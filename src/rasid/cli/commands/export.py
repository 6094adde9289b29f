"""``rasid export``: the database as JSON (one document), JSONL or CSV."""

from __future__ import annotations

import sys

from rasid.cli.common import add_command
from rasid.export.writers import WRITERS
from rasid.storage.base import open_store


def _export_command(args) -> int:
    with open_store(args.db) as store:
        if args.output in (None, "-"):
            WRITERS[args.format](store, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                WRITERS[args.format](store, out)
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "export", "export everything (schema: docs/schema.md)")
    parser.add_argument("--format", choices=sorted(WRITERS), default="json")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.set_defaults(func=_export_command)
