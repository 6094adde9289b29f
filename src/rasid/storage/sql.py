"""What SQLite and PostgreSQL stores share: the same tables and the same queries, written
once with the backend's parameter mark.  Each backend adds its connection, transactions,
full-text index and the few SQL spellings that differ."""

from __future__ import annotations

import abc
import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from rasid.errors import RasidError
from rasid.model import Article
from rasid.pipeline import faults
from rasid.search.query import ParsedQuery, parse_query, same_skeleton
from rasid.search.snippet import find_matches, make_snippet
from rasid.storage.base import ArticleFilter, Document, SearchHit, Store, filter_sql
from rasid.storage.codec import COLUMNS, article_from_record, encode_annotations

CHUNK = 500
_UPDATED = [c for c in COLUMNS if c not in ("id", "text")]


class SQLStore(Store):
    MARK = "?"  # parameter placeholder
    JSON_MARK = "?"  # placeholder for a JSON document
    ANNOTATED = ""  # SQL for the stored enrichment version, ``{a}`` standing for the table alias
    ORDERS: dict[str, str] = {}
    TERMS_TABLE = ""  # every indexed stem, one row each, column "term"

    db: Any
    _depth = 0  # open transaction blocks

    @abc.abstractmethod
    def _begin(self) -> AbstractContextManager:
        """The backend's own transaction: commit on success, roll back on error."""

    @contextmanager
    def transaction(self):
        if self._depth:  # already inside one: part of the outer transaction
            yield
            return
        with self._begin():
            self._depth += 1
            try:
                yield
                faults.point("store.before_commit")
            finally:
                self._depth -= 1
        faults.point("store.after_commit")

    def _rows(self, sql: str, params: Sequence = ()) -> list:
        return self.db.execute(sql.replace("?", self.MARK), params).fetchall()

    def _run(self, sql: str, params: Sequence = ()) -> None:
        self.db.execute(sql.replace("?", self.MARK), params)

    def _where(self, where: ArticleFilter | None, alias: str = "a") -> tuple[str, list]:
        return filter_sql(where, alias, self.MARK, self.ANNOTATED)

    # -- articles -------------------------------------------------------------------
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), CHUNK):
            chunk = list(ids[i : i + CHUNK])
            found.update(r["id"] for r in self._rows(f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def update_articles(self, articles: Sequence[Article]) -> None:
        assignments = ", ".join(f"{c} = ?" for c in _UPDATED) + f", annotations = {self.JSON_MARK}"
        with self.transaction():
            for article in articles:
                self._run(f"UPDATE articles SET {assignments} WHERE id = ?",
                          [getattr(article, c) for c in _UPDATED] + [encode_annotations(article), article.id])

    @staticmethod
    def _article(row) -> Article:
        return article_from_record({c: row[c] for c in COLUMNS}, row["annotations"])

    def get_article(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT * FROM articles WHERE id = ? OR id LIKE ? LIMIT 2",
                          (article_id, article_id.replace("%", "") + "%"))
        exact = [r for r in rows if r["id"] == article_id]
        if exact or len(rows) == 1:
            return self._article((exact or rows)[0])
        if len(rows) > 1:
            raise RasidError(f"article id prefix {article_id!r} is ambiguous; give more characters")
        return None

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        found: dict[str, Article] = {}
        for i in range(0, len(ids), CHUNK):
            chunk = list(ids[i : i + CHUNK])
            for row in self._rows(f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                found[row["id"]] = self._article(row)
        return [found[i] for i in ids if i in found]

    def article_ids(self, where: ArticleFilter | None = None, order: str = "published") -> list[str]:
        clause, params = self._where(where)
        sql = f"SELECT a.id FROM articles a {'WHERE ' + clause if clause else ''} ORDER BY {self.ORDERS[order]}"
        return [r["id"] for r in self.db.execute(sql, params).fetchall()]

    def iter_articles(self, where: ArticleFilter | None = None, order: str = "published") -> Iterator[Article]:
        # Ids first, bodies in pages: memory stays flat and callers may write while iterating.
        ids = self.article_ids(where, order)
        for i in range(0, len(ids), CHUNK):
            yield from self.get_articles(ids[i : i + CHUNK])

    def count_articles(self, where: ArticleFilter | None = None) -> int:
        clause, params = self._where(where)
        sql = f"SELECT COUNT(*) AS n FROM articles a {'WHERE ' + clause if clause else ''}"
        return self.db.execute(sql, params).fetchone()["n"]

    # -- search ------------------------------------------------------------------------
    @abc.abstractmethod
    def _ranked(self, parsed: ParsedQuery, clause: str, params: list, limit: int) -> list[tuple[Any, float]]:
        """Matching article rows with their scores, best first (the backend's full-text index)."""

    def search(self, query: str, where: ArticleFilter | None = None, limit: int = 20) -> list[SearchHit]:
        parsed = parse_query(query, self)
        if parsed.is_empty():
            return []
        clause, params = self._where(where)
        return [self._hit(row, parsed, score) for row, score in self._ranked(parsed, clause, params, limit)]

    # The index's own vocabulary, for widening a query to the spellings present.
    def variants(self, term: str) -> list[str]:
        # Variants share the first letter, so only that slice of the vocabulary is scanned.
        rows = self._rows(f"SELECT term FROM {self.TERMS_TABLE} WHERE term >= ? AND term < ?",
                          (term[0], term[0] + "\U0010ffff"))
        return same_skeleton(term, (r["term"] for r in rows))

    def contains(self, term: str) -> bool:
        return bool(self._rows(f"SELECT 1 AS found FROM {self.TERMS_TABLE} WHERE term = ?", (term,)))

    @staticmethod
    def _hit(row, parsed: ParsedQuery, score: float) -> SearchHit:
        spans = find_matches(row["text"], parsed.terms)
        return SearchHit(article_id=row["id"], score=score, title=row["title"], outlet=row["outlet"],
                         published=row["published"], language=row["language"],
                         snippet=make_snippet(row["text"], spans), highlights=spans)

    # -- documents ----------------------------------------------------------------
    def put_documents(self, kind: str, documents: Sequence[Document]) -> None:
        with self.transaction():
            for doc in documents:
                self._run("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, doc.id))
                self._run(f"INSERT INTO documents (kind, id, data, sort_key) VALUES (?, ?, {self.JSON_MARK}, ?)",
                          (kind, doc.id, json.dumps(doc.data, ensure_ascii=False), doc.sort_key))
                for article_id in dict.fromkeys(doc.article_ids):
                    self._run("INSERT INTO document_articles (kind, id, article_id) VALUES (?, ?, ?)",
                              (kind, doc.id, article_id))

    def delete_documents(self, kind: str, ids: Sequence[str] | None = None) -> None:
        with self.transaction():
            if ids is None:
                self._run("DELETE FROM documents WHERE kind = ?", (kind,))
            for doc_id in ids or ():
                self._run("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, doc_id))

    def _document(self, kind: str, row) -> Document:
        links = [r["article_id"] for r in self._rows(
            "SELECT article_id FROM document_articles WHERE kind = ? AND id = ? ORDER BY article_id", (kind, row["id"]))]
        data = row["data"] if isinstance(row["data"], dict) else json.loads(row["data"])
        return Document(row["id"], data, links, row["sort_key"])

    def get_document(self, kind: str, doc_id: str) -> Document | None:
        rows = self._rows("SELECT * FROM documents WHERE kind = ? AND id = ?", (kind, doc_id))
        return self._document(kind, rows[0]) if rows else None

    def iter_documents(self, kind: str, article_id: str | None = None) -> Iterator[Document]:
        if article_id is None:
            rows = self._rows("SELECT * FROM documents WHERE kind = ? ORDER BY sort_key DESC, id", (kind,))
        else:
            rows = self._rows(
                "SELECT d.* FROM documents d JOIN document_articles l ON l.kind = d.kind AND l.id = d.id "
                "WHERE d.kind = ? AND l.article_id = ? ORDER BY d.sort_key DESC, d.id", (kind, article_id))
        for row in rows:
            yield self._document(kind, row)

    # -- stage state ------------------------------------------------------------------
    def get_state(self, stage: str) -> bytes | None:
        rows = self._rows("SELECT state FROM stage_state WHERE stage = ?", (stage,))
        return bytes(rows[0]["state"]) if rows else None

    def set_state(self, stage: str, state: bytes) -> None:
        with self.transaction():
            self._run("INSERT INTO stage_state (stage, state) VALUES (?, ?) "
                      "ON CONFLICT (stage) DO UPDATE SET state = excluded.state, updated_at = CURRENT_TIMESTAMP",
                      (stage, state))

    def delete_state(self, stage: str) -> None:
        with self.transaction():
            self._run("DELETE FROM stage_state WHERE stage = ?", (stage,))

    def close(self) -> None:
        self.db.close()
