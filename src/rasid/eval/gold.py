"""Reading gold JSONL files: one record a line, blank lines skipped, a bad line named by file and number.

Every ``rasid eval`` command reads its gold this way, so a user who mistypes a record gets the same kind
of one-line answer («pairs.jsonl:12: not a pair (...)») from each of them instead of a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from rasid.errors import RasidError

T = TypeVar("T")

# What a record's parser raises for a record without the fields it needs.
BAD_RECORD = (ValueError, KeyError, TypeError, AttributeError)


def read_jsonl(files: Iterable[Path], parse: Callable[[dict, Path, int], T], kind: str) -> list[T]:
    """``parse(record, file, line_no)`` of every record of ``files``; raises one RasidError for the first bad line.

    ``kind`` names a record in the error, as «a pair» or «an EASC record».  A parser raising one of
    BAD_RECORD says why in its message; json.JSONDecodeError is a ValueError, so broken JSON reads alike.
    """
    items: list[T] = []
    for file in files:
        with file.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    items.append(parse(json.loads(line), file, line_no))
                except BAD_RECORD as exc:
                    raise RasidError(f"{file}:{line_no}: not {kind} ({_reason(exc)})") from None
    return items


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"no field {exc}"
    return str(exc) or type(exc).__name__


def one_file(path: str | Path, expected: str) -> list[Path]:
    """``[path]`` when it is a file, else a RasidError saying what file was expected."""
    path = Path(path)
    if not path.is_file():
        raise RasidError(f"{path}: no such file (expected {expected})")
    return [path]
