"""Where an export goes: a file written whole or not at all, never over what is being read."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from rasid.errors import RasidError, printable

def database_files(db: str) -> list[str]:
    """The local files a database is made of (none for a server URL), before opening it."""
    if "://" in db:
        return []
    from rasid.storage.sqlite import sqlite_files

    return sqlite_files(db)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_target(target: str, protected: Iterable[str]) -> None:
    """Refuse an output path that is (or links to) a file the command reads."""
    for path in protected:
        if _same_file(target, path):
            raise RasidError(f"-o {printable(target)}: that is {printable(path)}, which this command reads; "
                             "choose another file (nothing was written)")
    if os.path.isdir(target):
        raise RasidError(f"-o {printable(target)}: is a folder; give a file name")


@contextmanager
def atomic_text_file(target: str, protected: Iterable[str] = ()) -> Iterator[IO[str]]:
    """A text stream whose content replaces ``target`` only once it is complete.

    Written to a temporary file in the same folder and renamed over the target at the end
    (a rename is atomic): an export interrupted by Ctrl-C, a full disk or a kill leaves the
    previous file (or none), never half a file.  Lone surrogates in text are written as
    ``\\udXXX`` escapes, which JSON reads back; CSV shows them the same way."""
    check_target(target, protected)
    folder = Path(target).resolve().parent
    if not folder.is_dir():
        raise RasidError(f"-o {printable(target)}: the folder does not exist")
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{Path(target).name}.", suffix=".partial")
    except OSError as exc:
        raise RasidError(f"-o {printable(target)}: cannot write in {printable(str(folder))} "
                         f"({(exc.strerror or str(exc)).lower()})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="", errors="backslashreplace") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
