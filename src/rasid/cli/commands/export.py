"""``rasid export``: the database as JSON (one document), JSONL or CSV."""

from __future__ import annotations

import sys

from rasid.cli.common import add_command
from rasid.export.output import atomic_text_file, check_target, database_files
from rasid.export.writers import WRITERS
from rasid.storage.base import open_store


def _export_command(args) -> int:
    if args.output not in (None, "-"):
        check_target(args.output, database_files(args.db))  # before opening: a new database file would be created
    with open_store(args.db) as store:
        if args.output in (None, "-"):
            # Any text stays valid JSON on the way out, lone surrogates included.
            sys.stdout.reconfigure(errors="backslashreplace")
            WRITERS[args.format](store, sys.stdout)
        else:
            with atomic_text_file(args.output, database_files(args.db)) as out:
                WRITERS[args.format](store, out)
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "export", "export everything (schema: docs/schema.md)")
    parser.add_argument("--format", choices=sorted(WRITERS), default="json")
    parser.add_argument("-o", "--output", help="file to write, replaced only once complete (default: standard output)")
    parser.set_defaults(func=_export_command)
