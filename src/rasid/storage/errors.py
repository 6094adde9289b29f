"""A database problem as one line a user can act on: which database, what is wrong, what to do.

SQLite and PostgreSQL report trouble as exceptions whose text means little to an analyst
("database or disk is full", "database disk image is malformed"); each becomes a
``RasidError`` naming the database and the way out.  Nothing here writes to the database.
"""

from __future__ import annotations

import sqlite3

from rasid.errors import RasidError, printable


class DatabaseProblem(RasidError):
    """A database the command cannot use (exit code 2, like any unusable input)."""


def shown(location: str) -> str:
    """A database path or URL for a message: on one line, and without a password."""
    if "://" in location and "@" in location:
        scheme, _, rest = location.partition("://")
        credentials, _, host = rest.rpartition("@")
        location = f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
    return printable(location)


def check_version(location: str, current: int, latest: int) -> None:
    if current > latest:
        raise DatabaseProblem(f"{shown(location)}: made by a newer rasid (schema version {current}; this rasid knows "
                              f"up to {latest}); upgrade rasid, or give --db another database. Nothing was changed")


# (what SQLite says, what the user is told); the first match wins.
_SQLITE = (
    ("file is not a database", "not a rasid database (the file is damaged or is another kind of file); "
     "give --db another file, or restore it from a backup. Nothing was changed"),
    ("malformed", "the database file is damaged ({error}); restore it from a backup "
     "(sqlite3's .recover command can save what is left). Nothing more was written"),
    ("disk is full", "the disk is full; the batch being written was not kept, everything stored before is intact. "
     "Free some space and run again: it carries on where it stopped"),
    ("database is locked", "another process kept the database locked too long; "
     "wait for it to finish and run again"),
    ("readonly", "the database is read-only ({error}); make the file and its folder writable, "
     "or copy it somewhere writable. Nothing was changed"),
    ("unable to open", "cannot open the database file ({error}); check the path and its permissions"),
    ("disk i/o error", "disk I/O error while using the database ({error}): the disk may be full or failing, or the "
     "file over a size limit; the transaction was rolled back, what was stored before is intact. Check, then run again"),
)


def database_error(exc: Exception, location: str) -> RasidError:
    """A one-line ``RasidError`` for a database exception (a generic one if unrecognised)."""
    if isinstance(exc, RasidError):
        return exc
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if isinstance(exc, sqlite3.Error):
        for needle, message in _SQLITE:
            if needle in lowered:
                return DatabaseProblem(f"{shown(location)}: {message.format(error=printable(text))}")
    return DatabaseProblem(f"{shown(location)}: database error: {printable(text)}")


def is_database_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(exc, psycopg.Error)
