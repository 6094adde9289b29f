"""Options every command shares, and small helpers for terminal output."""

from __future__ import annotations

import argparse
import sys

from rasid.settings import DEFAULT_DB, Settings

EXIT_OK = 0
EXIT_SOME_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None,
                        help=f"database: a SQLite file path or a postgresql:// URL (default: $RASID_DB, "
                             f"the settings file's db, else ./{DEFAULT_DB})")
    common.add_argument("--config", metavar="FILE", default=None,
                        help="settings file (default: $RASID_CONFIG, else ./rasid.toml when present)")
    common.add_argument("--debug", action="store_true", help="show tracebacks for unexpected errors")
    return common


COMMON = _common_options()


def add_command(subparsers, name: str, help: str, **kwargs) -> argparse.ArgumentParser:
    return subparsers.add_parser(name, parents=[COMMON], help=help, description=help, **kwargs)


# Flags that are settings: read into the one Settings object (file < environment < flags).
SETTING_FLAGS = ("db", "config", "executor", "workers", "batch_size", "host", "port", "token", "protect_reads",
                 "upload_limit_mb", "processes")


def load_settings(args: argparse.Namespace) -> Settings:
    return Settings.load(flags={name: getattr(args, name, None) for name in SETTING_FLAGS})


def workspace(args: argparse.Namespace):
    """The service layer (a ``rasid.service.Workspace``) on the command's database, with the
    settings read once in ``main``."""
    from rasid.service.workspace import Workspace

    return Workspace(args.settings)


def print_json(value) -> None:
    """Any view or record as JSON, through the one codec."""
    import json

    from rasid.records import to_data

    print(json.dumps(to_data(value), ensure_ascii=False, indent=1))


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stderr
    return hasattr(stream, "isatty") and stream.isatty()


def progress(iterable=None, total=None, desc: str = "", unit: str = "it"):
    """A progress bar on a terminal; silent when output is piped or redirected."""
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, disable=not is_terminal(), dynamic_ncols=True)


# Arguments that are words, names, ids or dates (not file names): a control character or an
# undecodable byte in them is a mistake (a pasted escape sequence, a wrong terminal
# encoding) that would otherwise fail deep inside with a traceback.
TEXT_ARGUMENTS = {"query", "outlet", "language", "date_from", "date_to", "speaker", "story", "name", "id", "since",
                  "type", "field_map"}


_LABELS = {"query": "the search words", "id": "the id", "name": "the name", "story": "the story id", "paths": "a path"}


def check_arguments(args) -> None:
    """One clear line for argument text rasid cannot use; file names may hold anything but NUL."""
    from rasid.errors import RasidError, printable

    for dest, value in vars(args).items():
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                continue
            label = _LABELS.get(dest, f"--{dest.replace('_', '-')}")
            holds = "hold" if dest == "query" else "holds"
            if "\x00" in text:
                raise RasidError(f"{label} ({printable(text)}) {holds} a NUL character; remove it")
            if dest not in TEXT_ARGUMENTS:
                continue
            bad = next((ch for ch in text if printable(ch) != ch and ch not in "\t\n"), None)
            if bad is not None:
                what = "bytes that are not UTF-8" if 0xDC80 <= ord(bad) <= 0xDCFF else "a control character"
                raise RasidError(f"{label} ({printable(text)}) {holds} {what} ({printable(bad)}); remove it")
