"""``rasid export``: the database as JSON (one document), JSONL or CSV."""

from __future__ import annotations

import sys

from rasid.cli.common import add_command, workspace
from rasid.export.output import atomic_text_file, check_target, database_files
from rasid.export.writers import WRITERS


def _export_command(args) -> int:
    database = database_files(args.settings.db)
    if args.output not in (None, "-"):
        check_target(args.output, database)  # before opening: a new database file would be created
    with workspace(args) as ws:
        if args.output in (None, "-"):
            # Any text stays valid JSON on the way out, lone surrogates included.
            sys.stdout.reconfigure(errors="backslashreplace")
            ws.export(sys.stdout, args.format)
        else:
            with atomic_text_file(args.output, database) as out:
                ws.export(out, args.format)
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "export", "export everything (schema: docs/schema.md)")
    parser.add_argument("--format", choices=sorted(WRITERS), default="json")
    parser.add_argument("-o", "--output", help="file to write, replaced only once complete (default: standard output)")
    parser.set_defaults(func=_export_command)
