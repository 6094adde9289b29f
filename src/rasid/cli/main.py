"""``rasid`` entry point: builds the parser from every command module and maps errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from rasid import __version__
from rasid.cli import commands
from rasid.cli.common import EXIT_INTERNAL, EXIT_INTERRUPTED, load_settings
from rasid.errors import RasidError
from rasid.settings import activate


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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.settings = load_settings(args)
        activate(args.settings)
        return int(args.func(args) or 0)
    except RasidError as exc:
        if getattr(args, "debug", False):
            raise
        print(f"rasid: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rasid: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        if getattr(args, "debug", False):
            raise
        print(f"rasid: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
