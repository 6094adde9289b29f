"""SQLite backend: one file, WAL journal, versioned migrations, FTS5 search.

Each batch of articles is written in one transaction, so an ingest killed with
``kill -9`` leaves every committed batch intact and nothing half-written; the next
run skips what is present (by identity) and carries on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from rasid.errors import RasidError
from rasid.model import Article
from rasid.search.query import index_terms_of
from rasid.storage.codec import COLUMNS, encode_annotations
from rasid.storage.schema import migrations
from rasid.storage.sql import SQLStore


class SQLiteStore(SQLStore):
    ANNOTATED = "json_extract({a}.annotations, '$.meta.annotated')"
    ANNOTATED_WITH = "json_extract({a}.annotations, '$.meta.annotated_with')"
    JSON_TEXT = "json_extract({col}, '$.{key}')"
    # The annotations are compact JSON written by rasid (storage.codec): a quote's speaker reads
    # "speaker_entity_id":"<id>" in it, and instr finds that without parsing the document.
    QUOTED = ("instr({a}.annotations, {m}) > 0", '"speaker_entity_id":"{}"')
    ORDERS = {"published": "a.published IS NULL, a.published, a.rowid", "ingested": "a.rowid"}

    def __init__(self, path: str | Path):
        self.path = str(path)
        parent = Path(self.path).expanduser().resolve().parent
        if not parent.is_dir():
            raise RasidError(f"{self.path}: the folder for the database does not exist")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise RasidError(f"{self.path}: not a rasid database ({exc})") from None
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row
        self._depth = 0
        self._migrate()

    @contextmanager
    def _transaction(self):
        if self._depth:  # already inside one: part of the outer transaction
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        finally:
            self._depth -= 1

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        for version, script in migrations("sqlite"):
            if version <= current:
                continue
            # executescript commits on its own; wrap it so a failed migration leaves no half schema.
            self.db.executescript(f"BEGIN;\n{script}\nINSERT INTO schema_version VALUES ({version});\nCOMMIT;")

    def generation(self) -> int | None:
        """A number that changes whenever another connection (another thread, process or user)
        commits to the database: what a cache of answers checks to know they still hold."""
        if getattr(self, "_watch", None) is None:
            self._watch = sqlite3.connect(self.path, check_same_thread=False)
        return self._watch.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        if getattr(self, "_watch", None) is not None:
            self._watch.close()
            self._watch = None
        super().close()

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0

    def add_articles(self, articles: Sequence[Article]) -> int:
        present = self.existing_ids([a.id for a in articles])
        added = 0
        columns = ", ".join(COLUMNS) + ", annotations"
        marks = ", ".join("?" * (len(COLUMNS) + 1))
        with self._transaction():
            for article in articles:
                if article.id in present:
                    continue
                present.add(article.id)  # the same page twice in one batch
                values = [getattr(article, c) for c in COLUMNS] + [encode_annotations(article)]
                cursor = self.db.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", values)
                title_terms, body_terms = article.index_terms or index_terms_of(article)
                self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                (cursor.lastrowid, title_terms, body_terms))
                added += 1
        return added

    TERMS_TABLE = "articles_terms"  # fts5vocab over the index

    def _ranked(self, parsed, clause, params, limit):
        sql = (
            "SELECT a.*, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? {'AND ' + clause if clause else ''} ORDER BY score LIMIT ?"
        )
        return [(row, -row["score"]) for row in self.db.execute(sql, [parsed.to_fts(), *params, limit])]

    def _matching(self, parsed):
        return ("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?",
                [parsed.to_fts()])
