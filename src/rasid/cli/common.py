"""Options every command shares, and small helpers for terminal output."""

from __future__ import annotations

import argparse
import os
import sys

DEFAULT_DB = "rasid.db"

EXIT_OK = 0
EXIT_SOME_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=os.environ.get("RASID_DB", DEFAULT_DB),
                        help=f"database: a SQLite file path or a postgresql:// URL (default: ./{DEFAULT_DB})")
    common.add_argument("--debug", action="store_true", help="show tracebacks for unexpected errors")
    return common


COMMON = _common_options()


def add_command(subparsers, name: str, help: str, **kwargs) -> argparse.ArgumentParser:
    return subparsers.add_parser(name, parents=[COMMON], help=help, description=help, **kwargs)


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stderr
    return hasattr(stream, "isatty") and stream.isatty()


def progress(iterable=None, total=None, desc: str = "", unit: str = "it"):
    """A progress bar on a terminal; silent when output is piped or redirected."""
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, disable=not is_terminal(), dynamic_ncols=True)
