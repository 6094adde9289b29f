"""Opening input files: transparent gzip, size limits, and OS errors as readable problems."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from rasid.ingest.errors import Unreadable

GZIP_MAGIC = b"\x1f\x8b"


def human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} KB"
    return f"{n} bytes"


def too_big(size: int | None, limit: int) -> Unreadable:
    """``size`` None: a gzip file known only to decompress past the limit."""
    limit_text = f"the {human_size(limit)} limit per page; raise max_bytes to read it"
    if size is None:
        return Unreadable(f"file decompresses to more than {limit_text}")
    return Unreadable(f"file is {human_size(size)}, over {limit_text}")


def is_gzip(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(2) == GZIP_MAGIC
    except OSError as err:
        raise os_problem(err) from None


def os_problem(err: OSError) -> Unreadable:
    reason = err.strerror or str(err)
    if isinstance(err, FileNotFoundError):
        reason = "no such file or folder"
    return Unreadable(f"cannot read: {reason.lower()}")


def gzip_problem(err: Exception) -> Unreadable:
    if isinstance(err, EOFError):
        return Unreadable("truncated gzip: the compressed data ends early")
    return Unreadable(f"corrupt gzip: {err}")


# What a damaged .gz raises while being read; callers turn these into one failure line.
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


@contextmanager
def open_stream(path: Path) -> Iterator[BinaryIO]:
    """A binary stream of the file's content, decompressed when it is gzip (by magic bytes,
    so a mis-named file works too)."""
    compressed = is_gzip(path)
    try:
        handle = gzip.open(path, "rb") if compressed else open(path, "rb")
    except OSError as err:
        raise os_problem(err) from None
    with handle:
        yield handle


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The whole (decompressed) content of a one-page file, refusing anything over max_bytes
    before reading it: plain files by their size on disk, gzip by reading one byte past the limit."""
    compressed = is_gzip(path)
    if not compressed:
        try:
            size = os.stat(path).st_size
        except OSError as err:
            raise os_problem(err) from None
        if size > max_bytes:
            raise too_big(size, max_bytes)
    with open_stream(path) as stream:
        try:
            data = stream.read(max_bytes + 1)
        except GZIP_ERRORS as err:
            raise gzip_problem(err) from None
        except OSError as err:
            raise os_problem(err) from None
    if len(data) > max_bytes:
        raise too_big(None, max_bytes)
    return data
