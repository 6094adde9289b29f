"""SQLite backend: one file, WAL journal, versioned migrations, FTS5 search.

Each batch of articles is written in one transaction, so an ingest killed with
``kill -9`` leaves every committed batch intact and nothing half-written; the next
run skips what is present (by identity) and carries on.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from rasid.errors import RasidError
from rasid.model import Article
from rasid.search.query import index_terms_of, parse_query, same_skeleton
from rasid.search.snippet import find_matches, make_snippet
from rasid.storage.base import ArticleFilter, Document, SearchHit, Store, filter_sql
from rasid.storage.schema import migrations
from rasid.storage.codec import COLUMNS, article_from_record, encode_annotations


class SQLiteStore(Store):
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
        self._migrate()

    # -- schema ---------------------------------------------------------------
    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        for version, script in migrations("sqlite"):
            if version <= current:
                continue
            # executescript commits on its own; wrap it so a failed migration leaves no half schema.
            self.db.executescript(f"BEGIN;\n{script}\nINSERT INTO schema_version VALUES ({version});\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0

    # -- writing ----------------------------------------------------------------
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def add_articles(self, articles: Sequence[Article]) -> int:
        present = self.existing_ids([a.id for a in articles])
        added = 0
        columns = ", ".join(COLUMNS) + ", annotations"
        marks = ", ".join("?" * (len(COLUMNS) + 1))
        self.db.execute("BEGIN IMMEDIATE")
        try:
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
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return added

    def update_articles(self, articles: Sequence[Article]) -> None:
        assignments = ", ".join(f"{c} = ?" for c in COLUMNS if c not in ("id", "text")) + ", annotations = ?"
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for article in articles:
                values = [getattr(article, c) for c in COLUMNS if c not in ("id", "text")]
                self.db.execute(f"UPDATE articles SET {assignments} WHERE id = ?",
                                values + [encode_annotations(article), article.id])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- reading ----------------------------------------------------------------
    def _article(self, row: sqlite3.Row) -> Article:
        return article_from_record({c: row[c] for c in COLUMNS}, row["annotations"])

    def get_article(self, article_id: str) -> Article | None:
        rows = self.db.execute(
            "SELECT * FROM articles WHERE id = ? OR id LIKE ? LIMIT 2", (article_id, article_id.replace("%", "") + "%")
        ).fetchall()
        exact = [r for r in rows if r["id"] == article_id]
        if exact or len(rows) == 1:
            return self._article((exact or rows)[0])
        if len(rows) > 1:
            raise RasidError(f"article id prefix {article_id!r} is ambiguous; give more characters")
        return None

    @staticmethod
    def _where(where: ArticleFilter | None, alias: str = "a") -> tuple[str, list]:
        return filter_sql(where, alias, "?", "json_extract({a}.annotations, '$.meta.annotated')")

    _ORDERS = {"published": "a.published IS NULL, a.published, a.rowid", "ingested": "a.rowid"}

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        found: dict[str, Article] = {}
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
                found[row["id"]] = self._article(row)
        return [found[i] for i in ids if i in found]

    def article_ids(self, where: ArticleFilter | None = None, order: str = "published") -> list[str]:
        clause, params = self._where(where)
        sql = f"SELECT a.id FROM articles a {'WHERE ' + clause if clause else ''} ORDER BY {self._ORDERS[order]}"
        return [r[0] for r in self.db.execute(sql, params)]

    def iter_articles(self, where: ArticleFilter | None = None, order: str = "published") -> Iterator[Article]:
        clause, params = self._where(where)
        sql = f"SELECT a.* FROM articles a {'WHERE ' + clause if clause else ''} ORDER BY {self._ORDERS[order]}"
        for row in self.db.execute(sql, params):
            yield self._article(row)

    def count_articles(self, where: ArticleFilter | None = None) -> int:
        clause, params = self._where(where)
        return self.db.execute(f"SELECT COUNT(*) FROM articles a {'WHERE ' + clause if clause else ''}", params).fetchone()[0]

    # -- search -----------------------------------------------------------------
    # The index's own vocabulary (fts5vocab), for widening a query to the spellings present.
    def variants(self, term: str) -> list[str]:
        # Variants share the first letter, so only that slice of the vocabulary is scanned.
        upper = term[0] + "\U0010ffff"
        candidates = (r[0] for r in self.db.execute(
            "SELECT term FROM articles_terms WHERE term >= ? AND term < ?", (term[0], upper)))
        return same_skeleton(term, candidates)

    def contains(self, term: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles_terms WHERE term = ?", (term,)).fetchone() is not None

    def search(self, query: str, where: ArticleFilter | None = None, limit: int = 20) -> list[SearchHit]:
        parsed = parse_query(query, self)
        if parsed.is_empty():
            return []
        clause, params = self._where(where)
        sql = (
            "SELECT a.*, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? {'AND ' + clause if clause else ''} ORDER BY score LIMIT ?"
        )
        hits = []
        terms = parsed.terms
        for row in self.db.execute(sql, [parsed.to_fts(), *params, limit]):
            spans = find_matches(row["text"], terms)
            hits.append(SearchHit(
                article_id=row["id"], score=-row["score"], title=row["title"], outlet=row["outlet"],
                published=row["published"], language=row["language"],
                snippet=make_snippet(row["text"], spans), highlights=spans,
            ))
        return hits

    # -- documents ----------------------------------------------------------------
    def put_documents(self, kind: str, documents: Sequence[Document]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for doc in documents:
                self.db.execute("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, doc.id))
                self.db.execute("INSERT INTO documents (kind, id, data, sort_key) VALUES (?, ?, ?, ?)",
                                (kind, doc.id, json.dumps(doc.data, ensure_ascii=False), doc.sort_key))
                self.db.executemany("INSERT OR IGNORE INTO document_articles (kind, id, article_id) VALUES (?, ?, ?)",
                                    [(kind, doc.id, a) for a in doc.article_ids])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def delete_documents(self, kind: str, ids: Sequence[str] | None = None) -> None:
        if ids is None:
            self.db.execute("DELETE FROM documents WHERE kind = ?", (kind,))
            return
        self.db.executemany("DELETE FROM documents WHERE kind = ? AND id = ?", [(kind, i) for i in ids])

    def _document(self, kind: str, row: sqlite3.Row) -> Document:
        links = [r[0] for r in self.db.execute(
            "SELECT article_id FROM document_articles WHERE kind = ? AND id = ?", (kind, row["id"]))]
        return Document(row["id"], json.loads(row["data"]), links, row["sort_key"])

    def get_document(self, kind: str, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE kind = ? AND id = ?", (kind, doc_id)).fetchone()
        return self._document(kind, row) if row else None

    def iter_documents(self, kind: str, article_id: str | None = None) -> Iterator[Document]:
        if article_id is None:
            rows = self.db.execute("SELECT * FROM documents WHERE kind = ? ORDER BY sort_key DESC, id", (kind,))
        else:
            rows = self.db.execute(
                "SELECT d.* FROM documents d JOIN document_articles l ON l.kind = d.kind AND l.id = d.id "
                "WHERE d.kind = ? AND l.article_id = ? ORDER BY d.sort_key DESC, d.id", (kind, article_id))
        for row in rows.fetchall():
            yield self._document(kind, row)

    def get_state(self, stage: str) -> bytes | None:
        row = self.db.execute("SELECT state FROM stage_state WHERE stage = ?", (stage,)).fetchone()
        return row[0] if row else None

    def set_state(self, stage: str, state: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO stage_state (stage, state, updated_at) "
                        "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", (stage, state))

    def close(self) -> None:
        self.db.close()
