"""``rasid export``: the database as JSON (one document), JSONL or CSV."""

from __future__ import annotations

import sys

from rasid.cli.common import add_command, workspace
from rasid.export.writers import WRITERS


def _export_command(args) -> int:
    with workspace(args) as ws:
        if args.output in (None, "-"):
            ws.export(sys.stdout, args.format)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                ws.export(out, args.format)
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "export", "export everything (schema: docs/schema.md)")
    parser.add_argument("--format", choices=sorted(WRITERS), default="json")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.set_defaults(func=_export_command)
