"""``rasid`` entry point: builds the parser from every command module and maps errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from rasid import __version__
from rasid.cli import commands
from rasid.cli.common import EXIT_INTERNAL, EXIT_INTERRUPTED, check_arguments, load_settings
from rasid.errors import RasidError, printable
from rasid.settings import activate
from rasid.storage.errors import database_error, is_database_error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasid",
        description="rasid (راصد): ingest crawled news, clean it, store it, search it, find its stories.",
    )
    parser.add_argument("--version", action="version", version=f"rasid {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers)
    return parser


def query_words(argv: list[str], positional: list[str], unknown: list[str]) -> list[str]:
    """The search words in the order typed: the positional ones and those argparse took for
    unknown options."""
    positional, unknown, words = list(positional), list(unknown), []
    for token in argv:
        if unknown and token == unknown[0]:
            words.append(unknown.pop(0))
        elif positional and token == positional[0]:
            words.append(positional.pop(0))
    return words + positional + unknown


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a notice comes (the CLI run in-process)."""

    def emit(self, record: logging.LogRecord) -> None:
        print(printable(self.format(record)), file=sys.stderr)


def _notices() -> None:
    """Warnings from inside rasid (a refused saved state, waiting for another run) print
    as ``rasid: ...`` lines, like every other message."""
    logger = logging.getLogger("rasid")
    if not logger.handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("rasid: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
        logger.propagate = False


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        if getattr(args, "command", None) != "search" or not all(u.startswith("-") for u in unknown):
            parser.error(f"unrecognized arguments: {' '.join(unknown)}")
        # A search word that begins with "-" is not an option: rasid search -x finds "-x".
        args.query = query_words(argv, args.query, unknown)
    _notices()
    try:
        check_arguments(args)
        args.settings = load_settings(args)
        activate(args.settings)
        return int(args.func(args) or 0)
    except RasidError as exc:
        if getattr(args, "debug", False):
            raise
        print(f"rasid: {printable(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rasid: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        if getattr(args, "debug", False):
            raise
        if is_database_error(exc):
            settings = getattr(args, "settings", None)
            problem = database_error(exc, getattr(settings, "db", None) or getattr(args, "db", None) or "the database")
            print(f"rasid: {problem}", file=sys.stderr)
            return problem.exit_code
        print(f"rasid: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
