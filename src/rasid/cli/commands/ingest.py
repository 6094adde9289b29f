"""``rasid ingest PATH...``: read, clean and store crawled pages, with a progress bar and a closing report."""

from __future__ import annotations

import json
import sys

from rasid.cli.common import add_command, is_terminal, progress, workspace
from rasid.errors import RasidError, printable


def add_ingest_options(parser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders: text, HTML, WARC, JSON, JSONL, Parquet (gzip too)")
    parser.add_argument("--map", dest="field_map", metavar="JSON",
                        help='field mapping for JSON/JSONL/Parquet records, e.g. \'{"raw_text": "body", "outlet": "site"}\'')
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--executor", choices=("local", "ray"), default=None, help="where pipeline steps run (local)")
    parser.add_argument("--batch-size", type=int, default=None, help="articles stored per transaction (default 500; "
                        "rasid run enriches min(N, 200) per transaction)")


def field_map_of(args) -> dict | None:
    if not args.field_map:
        return None
    try:
        return json.loads(args.field_map)
    except json.JSONDecodeError as exc:
        raise RasidError(f"--map is not valid JSON: {exc}") from None


class IngestProgress:
    """The progress bar of an ingest, and its failures printed one line each as they happen."""

    def __init__(self):
        self.bar = progress(desc="ingesting", unit=" articles")

    def article(self, n: int) -> None:
        self.bar.update(n)

    def failure(self, failure) -> None:
        line = f"rasid: skipped {printable(str(failure))}"  # a file name may hold a newline or an escape
        if is_terminal():
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        self.bar.close()


def print_report(report, out=None) -> None:
    # Each failure was already printed, with its reason, the moment it happened.
    print(report.summary() + (" (each failure is listed above with its reason)" if report.failed else ""), file=out or sys.stderr)


def _ingest_command(args) -> int:
    field_map = field_map_of(args)
    shown = IngestProgress()
    with workspace(args) as ws:
        try:
            report = ws.ingest(args.paths, field_map, on_article=shown.article, on_failure=shown.failure)
        finally:
            shown.close()
    print_report(report)
    return report.exit_code


def register(subparsers) -> None:
    parser = add_command(subparsers, "ingest", "read crawled pages into the database")
    add_ingest_options(parser)
    parser.set_defaults(func=_ingest_command)
