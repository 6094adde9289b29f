"""PostgreSQL backend: the same Store for a server shared by many analysts.

Search uses a GIN-indexed tsvector that rasid builds itself from its stems (with
positions, so phrases work), because PostgreSQL's text parser decides what a letter is
from the server's locale and may split Arabic words under a C locale.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from rasid.errors import RasidError
from rasid.model import Article
from rasid.search.query import ParsedQuery, index_terms_of, parse_query, same_skeleton
from rasid.search.snippet import find_matches, make_snippet
from rasid.storage.base import ArticleFilter, Document, SearchHit, Store, filter_sql
from rasid.storage.codec import COLUMNS, article_from_record, encode_annotations
from rasid.storage.schema import migrations


_ANNOTATED = "({a}.annotations->'meta'->>'annotated')::int"


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(title_terms: str, body_terms: str) -> str:
    """Positions count across title then body; title lexemes carry weight A, body B."""
    positions: dict[str, list[str]] = {}
    position = 0
    for weight, terms in (("A", title_terms), ("B", body_terms)):
        for term in terms.split():
            position = min(position + 1, 16383)  # tsvector's largest position
            positions.setdefault(term, []).append(f"{position}{weight}")
    return " ".join(f"{_lexeme(t)}:{','.join(p[:256])}" for t, p in positions.items())


def tsquery_literal(parsed: ParsedQuery) -> str:
    def phrase(stems: list[str]) -> str:
        return "(" + " <-> ".join(_lexeme(s) for s in stems) + ")"

    return " & ".join("(" + " | ".join(phrase(p) for p in group) + ")" for group in parsed.groups)


class PostgresStore(Store):
    def __init__(self, url: str):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:
            raise RasidError("PostgreSQL storage needs psycopg: pip install 'rasid[postgres]'") from None
        try:
            self.db = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.OperationalError as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else "connection failed"
            raise RasidError(f"cannot connect to PostgreSQL: {first_line}") from None
        self._migrate()

    def _migrate(self) -> None:
        with self.db.transaction():
            # One migrator at a time when several analysts start rasid together.
            self.db.execute("SELECT pg_advisory_xact_lock(7261737)")
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.db.execute("SELECT MAX(version) AS v FROM schema_version").fetchone()["v"] or 0
            for version, script in migrations("postgres"):
                if version > current:
                    self.db.execute(script)
                    self.db.execute("INSERT INTO schema_version VALUES (%s)", (version,))

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT MAX(version) AS v FROM schema_version").fetchone()["v"] or 0

    # -- writing ----------------------------------------------------------------
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        rows = self.db.execute("SELECT id FROM articles WHERE id = ANY(%s)", (list(ids),)).fetchall()
        return {r["id"] for r in rows}

    def add_articles(self, articles: Sequence[Article]) -> int:
        columns = ", ".join(COLUMNS) + ", annotations, search"
        marks = ", ".join(["%s"] * len(COLUMNS)) + ", %s::jsonb, %s::tsvector"
        added = 0
        with self.db.transaction():
            present = self.existing_ids([a.id for a in articles])
            terms: set[str] = set()
            for article in articles:
                if article.id in present:
                    continue
                present.add(article.id)
                title_terms, body_terms = article.index_terms or index_terms_of(article)
                terms.update(title_terms.split())
                terms.update(body_terms.split())
                values = [getattr(article, c) for c in COLUMNS]
                values += [encode_annotations(article), tsvector_literal(title_terms, body_terms)]
                self.db.execute(f"INSERT INTO articles ({columns}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING", values)
                added += 1
            if terms:
                self.db.execute("INSERT INTO search_terms SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING",
                                (sorted(terms),))
        return added

    def update_articles(self, articles: Sequence[Article]) -> None:
        names = [c for c in COLUMNS if c not in ("id", "text")]
        assignments = ", ".join(f"{c} = %s" for c in names) + ", annotations = %s::jsonb"
        with self.db.transaction():
            for article in articles:
                self.db.execute(f"UPDATE articles SET {assignments} WHERE id = %s",
                                [getattr(article, c) for c in names] + [encode_annotations(article), article.id])

    # -- reading ----------------------------------------------------------------
    @staticmethod
    def _article(row: dict) -> Article:
        return article_from_record({c: row[c] for c in COLUMNS}, row["annotations"])

    def get_article(self, article_id: str) -> Article | None:
        rows = self.db.execute("SELECT * FROM articles WHERE id = %s OR id LIKE %s LIMIT 2",
                               (article_id, article_id.replace("%", "") + "%")).fetchall()
        exact = [r for r in rows if r["id"] == article_id]
        if exact or len(rows) == 1:
            return self._article((exact or rows)[0])
        if len(rows) > 1:
            raise RasidError(f"article id prefix {article_id!r} is ambiguous; give more characters")
        return None

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        rows = {r["id"]: r for r in self.db.execute("SELECT * FROM articles WHERE id = ANY(%s)", (list(ids),))}
        return [self._article(rows[i]) for i in ids if i in rows]

    def article_ids(self, where: ArticleFilter | None = None, order: str = "published") -> list[str]:
        clause, params = filter_sql(where, "a", "%s", _ANNOTATED)
        orders = {"published": "a.published NULLS LAST, a.rowid", "ingested": "a.rowid"}
        sql = f"SELECT a.id FROM articles a {'WHERE ' + clause if clause else ''} ORDER BY {orders[order]}"
        return [r["id"] for r in self.db.execute(sql, params).fetchall()]

    def iter_articles(self, where: ArticleFilter | None = None, order: str = "published") -> Iterator[Article]:
        # Ids first, bodies in pages: memory stays flat and callers may write while iterating.
        ids = self.article_ids(where, order)
        for i in range(0, len(ids), 500):
            yield from self.get_articles(ids[i : i + 500])

    def count_articles(self, where: ArticleFilter | None = None) -> int:
        clause, params = filter_sql(where, "a", "%s", _ANNOTATED)
        sql = f"SELECT COUNT(*) AS n FROM articles a {'WHERE ' + clause if clause else ''}"
        return self.db.execute(sql, params).fetchone()["n"]

    # -- search -----------------------------------------------------------------
    def variants(self, term: str) -> list[str]:
        rows = self.db.execute("SELECT term FROM search_terms WHERE term >= %s AND term < %s",
                               (term[0], term[0] + "\U0010ffff")).fetchall()
        return same_skeleton(term, (r["term"] for r in rows))

    def contains(self, term: str) -> bool:
        return self.db.execute("SELECT 1 FROM search_terms WHERE term = %s", (term,)).fetchone() is not None

    def search(self, query: str, where: ArticleFilter | None = None, limit: int = 20) -> list[SearchHit]:
        parsed = parse_query(query, self)
        if parsed.is_empty():
            return []
        clause, params = filter_sql(where, "a", "%s", _ANNOTATED)
        sql = (
            "SELECT a.*, ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.search, q) AS score "
            "FROM articles a, CAST(%s AS tsquery) q "
            f"WHERE a.search @@ q {'AND ' + clause if clause else ''} ORDER BY score DESC, a.rowid LIMIT %s"
        )
        hits = []
        for row in self.db.execute(sql, [tsquery_literal(parsed), *params, limit]).fetchall():
            spans = find_matches(row["text"], parsed.terms)
            hits.append(SearchHit(
                article_id=row["id"], score=float(row["score"]), title=row["title"], outlet=row["outlet"],
                published=row["published"], language=row["language"],
                snippet=make_snippet(row["text"], spans), highlights=spans,
            ))
        return hits

    # -- documents ----------------------------------------------------------------
    def put_documents(self, kind: str, documents: Sequence[Document]) -> None:
        with self.db.transaction():
            for doc in documents:
                self.db.execute("DELETE FROM documents WHERE kind = %s AND id = %s", (kind, doc.id))
                self.db.execute("INSERT INTO documents (kind, id, data, sort_key) VALUES (%s, %s, %s::jsonb, %s)",
                                (kind, doc.id, json.dumps(doc.data, ensure_ascii=False), doc.sort_key))
                if doc.article_ids:
                    self.db.execute(
                        "INSERT INTO document_articles (kind, id, article_id) "
                        "SELECT %s, %s, unnest(%s::text[]) ON CONFLICT DO NOTHING", (kind, doc.id, doc.article_ids))

    def delete_documents(self, kind: str, ids: Sequence[str] | None = None) -> None:
        if ids is None:
            self.db.execute("DELETE FROM documents WHERE kind = %s", (kind,))
        else:
            self.db.execute("DELETE FROM documents WHERE kind = %s AND id = ANY(%s)", (kind, list(ids)))

    def _document(self, kind: str, row: dict) -> Document:
        links = [r["article_id"] for r in self.db.execute(
            "SELECT article_id FROM document_articles WHERE kind = %s AND id = %s ORDER BY article_id",
            (kind, row["id"])).fetchall()]
        return Document(row["id"], row["data"], links, row["sort_key"])

    def get_document(self, kind: str, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE kind = %s AND id = %s", (kind, doc_id)).fetchone()
        return self._document(kind, row) if row else None

    def iter_documents(self, kind: str, article_id: str | None = None) -> Iterator[Document]:
        if article_id is None:
            rows = self.db.execute("SELECT * FROM documents WHERE kind = %s ORDER BY sort_key DESC, id", (kind,))
        else:
            rows = self.db.execute(
                "SELECT d.* FROM documents d JOIN document_articles l ON l.kind = d.kind AND l.id = d.id "
                "WHERE d.kind = %s AND l.article_id = %s ORDER BY d.sort_key DESC, d.id", (kind, article_id))
        for row in rows.fetchall():
            yield self._document(kind, row)

    def get_state(self, stage: str) -> bytes | None:
        row = self.db.execute("SELECT state FROM stage_state WHERE stage = %s", (stage,)).fetchone()
        return bytes(row["state"]) if row else None

    def set_state(self, stage: str, state: bytes) -> None:
        self.db.execute(
            "INSERT INTO stage_state (stage, state, updated_at) VALUES (%s, %s, now()) "
            "ON CONFLICT (stage) DO UPDATE SET state = EXCLUDED.state, updated_at = now()", (stage, state))

    def close(self) -> None:
        self.db.close()
