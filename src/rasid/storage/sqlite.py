"""SQLite backend: one file, WAL journal, versioned migrations, FTS5 search.

Each batch of articles is written in one transaction, so an ingest killed with
``kill -9`` leaves every committed batch intact and nothing half-written; the next
run skips what is present (by identity) and carries on.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rasid.errors import RasidError
from rasid.model import Article
from rasid.search.query import index_terms_of
from rasid.storage.codec import COLUMNS, encode_annotations
from rasid.storage.errors import DatabaseProblem, check_version, database_error, shown
from rasid.storage.schema import migrations
from rasid.storage.sql import SQLStore

log = logging.getLogger("rasid")

# How long a write waits for another process's write to finish: a stage commits its results
# in one transaction, and on a large database that can take a few minutes.
BUSY_SECONDS = 600
# ...and how long a write that may be skipped (keeping a view a reader built) waits, in ms.
TRY_MS = 10


def sqlite_files(path: str) -> list[str]:
    """A SQLite database's files: itself, its journals and rasid's lock file beside it."""
    return [path + suffix for suffix in ("", "-wal", "-shm", "-journal", ".lock")]


def statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one by one (``executescript`` would commit the
    transaction the migration runs in)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        yield pending


class SQLiteStore(SQLStore):
    ANNOTATED = "json_extract({a}.annotations, '$.meta.annotated')"
    ANNOTATED_WITH = "json_extract({a}.annotations, '$.meta.annotated_with')"
    JSON_TEXT = "json_extract({col}, '$.{key}')"
    JSON_LENGTH = "json_array_length({col}, '$.{key}')"
    # The annotations are compact JSON written by rasid (storage.codec): a quote's speaker reads
    # "speaker_entity_id":"<id>" in it, and instr finds that without parsing the document.
    QUOTED = ("instr({a}.annotations, {m}) > 0", '"speaker_entity_id":"{}"')
    ORDERS = {"published": "a.published IS NULL, a.published, a.rowid", "ingested": "a.rowid"}

    def __init__(self, path: str | Path):
        self.path = str(path)
        location = Path(self.path).expanduser()
        if not location.resolve().parent.is_dir():
            raise RasidError(f"{shown(self.path)}: the folder for the database does not exist")
        if location.is_dir():
            raise RasidError(f"{shown(self.path)}: is a folder, not a database file")
        # A file this user cannot write is opened read-only: reading it works, and nothing
        # (not even the journal mode) is changed in it.
        self.read_only = location.exists() and not os.access(location, os.W_OK)
        try:
            if self.read_only:
                self.db = sqlite3.connect(f"{location.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                          check_same_thread=False, timeout=BUSY_SECONDS)
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                          timeout=BUSY_SECONDS)
            # Waiting first: two processes opening one new file both switch it to WAL.
            self.db.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
            self.db.row_factory = sqlite3.Row
            # Whose file is it?  Asked before anything is changed in it (WAL mode included).
            check_version(self.path, self._version() or 0, migrations("sqlite")[-1][0])
            if not self.read_only:
                self._switch_to_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise database_error(exc, self.path) from None

    def _switch_to_wal(self) -> None:
        # Switching a new file to WAL takes an exclusive lock without calling the busy handler
        # (pager.c, pagerExclusiveLock): while another process is reading the file, the switch
        # fails at once with "database is locked", so it is retried here instead.
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    @contextmanager
    def _begin(self):
        # IMMEDIATE: the write lock is taken (or waited for) at the start, so reads inside
        # see the latest data and the transaction never fails half-way for a lock.
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            # SQLite has already rolled back on some errors (a full disk): rolling back again
            # would raise and hide the real error.
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def _version(self) -> int | None:
        """The schema version, None when the file has no rasid schema yet."""
        # One read of sqlite_master: two would let another process's migration commit between
        # them, and its new tables would look like someone else's schema.
        names = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if "schema_version" not in names:
            if names:
                raise RasidError(f"{shown(self.path)}: not a rasid database (it holds other tables); "
                                 "give --db a new file name")
            return None
        return self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0

    def _migrate(self) -> None:
        known = migrations("sqlite")
        latest = known[-1][0]
        current = self._version()
        check_version(self.path, current or 0, latest)
        if current == latest:
            return
        if self.read_only:
            raise RasidError(f"{shown(self.path)}: the database needs upgrading but the file is read-only; "
                             "make it writable (or copy it) and run again")
        with self._begin():
            # Another process may have migrated while this one waited for the lock.
            current = self._version()
            check_version(self.path, current or 0, latest)
            if current is None:
                self.db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            for version, script in known:
                if version > (current or 0):
                    for statement in statements(script):
                        self.db.execute(statement)
                    self.db.execute("INSERT INTO schema_version VALUES (?)", (version,))

    def _try_write(self, sql: str, params) -> bool:
        # Another process mid-transaction (a stage commits for minutes): give up at once
        # rather than hold a reader's answer for it.
        if self.read_only:
            return False
        self.db.execute(f"PRAGMA busy_timeout={TRY_MS}")
        try:
            return super()._try_write(sql, params)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return False
            raise
        finally:
            self.db.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0

    def add_articles(self, articles: Sequence[Article]) -> int:
        added = 0
        columns = ", ".join(COLUMNS) + ", annotations"
        marks = ", ".join("?" * (len(COLUMNS) + 1))
        terms: set[str] = set()
        with self.transaction():
            # Inside the write lock: another process storing the same pages meanwhile is seen.
            present = self.existing_ids([a.id for a in articles])
            for article in articles:
                if article.id in present:
                    continue
                present.add(article.id)  # the same page twice in one batch
                values = [getattr(article, c) for c in COLUMNS] + [encode_annotations(article)]
                cursor = self.db.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", values)
                title_terms, body_terms = article.index_terms or index_terms_of(article)
                self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                (cursor.lastrowid, title_terms, body_terms))
                terms.update(title_terms.split(), body_terms.split())
                added += 1
            if terms:
                # The batch's terms once each (a news batch repeats most of its words), in key order so
                # the inserts walk the table's B-tree forwards: ~60 ms for a 500-article batch's 15,000
                # terms against all of SaudiNewsNet's 91,000 (the index insert itself costs more).
                self.db.executemany("INSERT OR IGNORE INTO search_terms (term) VALUES (?)", ((t,) for t in sorted(terms)))
        return added

    def local_files(self) -> list[str]:
        return sqlite_files(self.path)

    def require_writable(self) -> None:
        if self.read_only:
            raise DatabaseProblem(f"{shown(self.path)}: the database file is read-only; make it writable, or copy it "
                                  "somewhere writable and give --db the copy. Nothing was changed")

    @contextmanager
    def stage_lock(self):
        # A lock file beside the database, locked with flock: the kernel frees it when the
        # process dies, however it dies.  Not the database file itself: SQLite's own POSIX
        # locks on it are dropped when any descriptor of that file in the process is closed.
        lock_path = self.path + ".lock"
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise RasidError(f"{shown(lock_path)}: cannot create the lock file beside the database "
                             f"({exc.strerror.lower()})") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log.warning("%s: another rasid run is working on this database; waiting for it to finish",
                            shown(self.path))
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    TERMS_TABLE = "search_terms"  # migration 0005

    def _ranked(self, parsed, clause, params, limit):
        # Ranked on the index alone, the page's rows read after: sorting whole rows (text and
        # annotations) of every match to keep twenty cost most of a common word's search.
        joined = "JOIN articles a ON a.rowid = articles_fts.rowid " if clause else ""
        sql = (
            "SELECT a.*, r.score AS score FROM (SELECT articles_fts.rowid AS hit, bm25(articles_fts, 2.0, 1.0) AS score "
            f"FROM articles_fts {joined}WHERE articles_fts MATCH ? {'AND ' + clause if clause else ''} "
            "ORDER BY score, hit LIMIT ?) r JOIN articles a ON a.rowid = r.hit ORDER BY r.score, r.hit"
        )
        return [(row, -row["score"]) for row in self.db.execute(sql, [parsed.to_fts(), *params, limit])]

    def _matching(self, parsed):
        return ("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?",
                [parsed.to_fts()])
