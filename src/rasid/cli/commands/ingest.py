"""``rasid ingest PATH...``: read, clean and store crawled pages, with a progress bar and a closing report."""

from __future__ import annotations

import json
import sys

from rasid.cli.common import add_command, is_terminal, progress
from rasid.errors import RasidError, printable
from rasid.executor.base import make_executor
from rasid.pipeline.ingest import IngestReport, ingest
from rasid.storage.base import open_store


def add_ingest_options(parser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders: text, HTML, WARC, JSON, JSONL, Parquet (gzip too)")
    parser.add_argument("--map", dest="field_map", metavar="JSON",
                        help='field mapping for JSON/JSONL/Parquet records, e.g. \'{"raw_text": "body", "outlet": "site"}\'')
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per spare core)")
    parser.add_argument("--executor", choices=("local", "ray"), default="local", help="where pipeline steps run")
    parser.add_argument("--batch-size", type=int, default=500, help="articles stored per transaction (default 500)")


def run_ingest(args, store) -> IngestReport:
    field_map = None
    if args.field_map:
        try:
            field_map = json.loads(args.field_map)
        except json.JSONDecodeError as exc:
            raise RasidError(f"--map is not valid JSON: {exc}") from None
    bar = progress(desc="ingesting", unit=" articles")

    def show_failure(failure) -> None:
        line = f"rasid: skipped {printable(str(failure))}"  # a file name may hold a newline or an escape
        if is_terminal():
            bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    with make_executor(args.executor, args.workers) as executor:
        try:
            report = ingest(args.paths, store, executor=executor, field_map=field_map, batch_size=args.batch_size,
                            on_article=bar.update, on_failure=show_failure)
        finally:
            bar.close()
    return report


def print_report(report: IngestReport, out=None) -> None:
    # Each failure was already printed, with its reason, the moment it happened.
    print(report.summary() + (" (each failure is listed above with its reason)" if report.failed else ""), file=out or sys.stderr)


def _ingest_command(args) -> int:
    with open_store(args.db) as store:
        report = run_ingest(args, store)
    print_report(report)
    return report.exit_code


def register(subparsers) -> None:
    parser = add_command(subparsers, "ingest", "read crawled pages into the database")
    add_ingest_options(parser)
    parser.set_defaults(func=_ingest_command)
