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
from rasid.search.snippet import find_matches, snippet_parts
from rasid.storage.base import ArticleFilter, Document, SearchHit, Store, filter_sql, linked_ids_sql
from rasid.storage.codec import COLUMNS, article_from_record, encode_annotations, read_json

CHUNK = 500


def _same_json(stored, text: str) -> bool:
    """Whether a stored JSON document (text, or already decoded by the driver) holds ``text``."""
    return stored == text if isinstance(stored, str) else stored == json.loads(text)


def _field_name(name: str) -> str:
    # Field names are spliced into SQL (JSON paths cannot be parameters everywhere): code, never user input.
    if not name.isidentifier():
        raise ValueError(f"not a field name: {name!r}")
    return name
_UPDATED = [c for c in COLUMNS if c not in ("id", "text")]


class SQLStore(Store):
    MARK = "?"  # parameter placeholder
    JSON_MARK = "?"  # placeholder for a JSON document
    ANNOTATED = ""  # SQL for the stored enrichment version, ``{a}`` standing for the table alias
    ANNOTATED_WITH = ""  # SQL for the stored enrichment fingerprint (meta.annotated_with)
    JSON_TEXT = ""  # SQL for a top-level text field of a JSON column: {col}, {key}
    JSON_LENGTH = ""  # SQL for the number of items of a top-level list field of a JSON column (NULL: none)
    # SQL for "the annotations hold a quote by entity {m}" ({a}: the table alias), and the
    # parameter an entity id becomes.
    QUOTED: tuple[str, str] = ("", "{}")
    ORDERS: dict[str, str] = {}
    TERMS_TABLE = ""  # every indexed stem, one row each, column "term"

    db: Any
    _depth = 0  # open transaction blocks

    @abc.abstractmethod
    def _begin(self) -> AbstractContextManager:
        """The backend's own transaction: commit on success, roll back on error."""

    _changes = False  # the open transaction changes content (not only kept views)
    # Whether write transactions count themselves in the changes table (migration 0004).  A
    # backend whose writers run side by side (PostgreSQL) would queue them all on that one row,
    # so it says its generation otherwise (its log position).
    COUNTS_CHANGES = True

    @contextmanager
    def transaction(self, changes: bool = True):
        if self._depth:  # already inside one: part of the outer transaction
            self._changes = self._changes or changes
            yield
            return
        with self._begin():
            self._depth += 1
            self._changes = changes
            try:
                yield
                if self._changes and self.COUNTS_CHANGES:
                    # In the same transaction: a reader that sees the new content sees the new generation.
                    self._run("UPDATE changes SET generation = generation + 1")
                faults.point("store.before_commit")
            finally:
                self._depth -= 1
        faults.point("store.after_commit")

    def generation(self) -> int | None:
        """How many content changes were committed, by anyone (migration 0004): keeping a view a
        reader built is not one, so the answers cached by others stay good."""
        rows = self._rows("SELECT generation FROM changes WHERE id = 1")
        return int(rows[0]["generation"]) if rows else None

    def _rows(self, sql: str, params: Sequence = ()) -> list:
        return self.db.execute(sql.replace("?", self.MARK), params).fetchall()

    def _run(self, sql: str, params: Sequence = ()) -> None:
        self.db.execute(sql.replace("?", self.MARK), params)

    def _where(self, where: ArticleFilter | None, alias: str = "a") -> tuple[str, list]:
        return filter_sql(where, alias, self.MARK, self.ANNOTATED, self.QUOTED)

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
            self._stale_views("", [], [a.id for a in articles])

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

    def get_articles(self, ids: Sequence[str], parts: Sequence[str] | None = None) -> list[Article]:
        """Articles by exact id, in the order given.  ``parts``: only these keys of the annotations
        ("quotes", "meta", ...; see codec.annotations_of) are read, the rest left empty: a view that
        shows an article's quotes need not decode its every mention and sentence (an entity page
        read 260 whole articles for the quotes of a few)."""
        found: dict[str, Article] = {}
        if parts is None:
            selected = "*"
        else:
            # Names from codec's fixed keys, never input.
            selected = ", ".join([*COLUMNS, *(f"{self.JSON_TEXT.format(col='annotations', key=_field_name(k))} AS p_{k}"
                                              for k in parts)])
        for i in range(0, len(ids), CHUNK):
            chunk = list(ids[i : i + CHUNK])
            for row in self._rows(f"SELECT {selected} FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                if parts is None:
                    found[row["id"]] = self._article(row)
                else:
                    data = {k: read_json(row[f"p_{k}"]) for k in parts if row[f"p_{k}"] is not None}
                    found[row["id"]] = article_from_record({c: row[c] for c in COLUMNS}, data)
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

    def search(self, query: str | ParsedQuery, where: ArticleFilter | None = None, limit: int = 20) -> list[SearchHit]:
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query, self)
        if parsed.is_empty():
            return []
        clause, params = self._where(where)
        return [self._hit(row, parsed, score) for row, score in self._ranked(parsed, clause, params, limit)]

    # The index's own vocabulary, for widening a query to the spellings present.
    def variants(self, term: str) -> list[str]:
        # Variants share the first letter and the length (same_skeleton), so only that slice of the
        # vocabulary is read, and only its terms of that length come back to Python.
        rows = self._rows(f"SELECT term FROM {self.TERMS_TABLE} WHERE term >= ? AND term < ? AND length(term) = ?",
                          (term[0], term[0] + "\U0010ffff", len(term)))
        return same_skeleton(term, (r["term"] for r in rows))

    def contains(self, term: str) -> bool:
        return bool(self._rows(f"SELECT 1 AS found FROM {self.TERMS_TABLE} WHERE term = ?", (term,)))

    @staticmethod
    def _hit(row, parsed: ParsedQuery, score: float) -> SearchHit:
        spans = find_matches(row["text"], parsed.terms)
        parts = snippet_parts(row["text"], spans)
        return SearchHit(article_id=row["id"], score=score, title=row["title"], outlet=row["outlet"],
                         published=row["published"], language=row["language"],
                         snippet="".join(f"**{p}**" if matched else p for p, matched in parts), highlights=spans,
                         snippet_parts=parts)

    # -- documents ----------------------------------------------------------------
    def put_documents(self, kind: str, documents: Sequence[Document]) -> None:
        with self.transaction():
            changed: list[str] = []
            touched: set[str] = set()  # articles whose views, and their documents' views, may show the change
            for doc in documents:
                text = json.dumps(doc.data, ensure_ascii=False)
                links = list(dict.fromkeys(doc.article_ids))
                old = self._rows("SELECT data, sort_key FROM documents WHERE kind = ? AND id = ?", (kind, doc.id))
                if old:
                    old_links = self._links(kind, doc.id)
                    same_data = _same_json(old[0]["data"], text) and old[0]["sort_key"] == doc.sort_key
                    if same_data and old_links == set(links):
                        continue  # a stage rewriting what it already wrote: nothing any view shows moved
                    # New data shows wherever the document does; new links only where they came or went.
                    touched |= (old_links | set(links)) if not same_data else (old_links ^ set(links))
                else:
                    touched.update(links)
                changed.append(doc.id)
                self._run("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, doc.id))
                self._run(f"INSERT INTO documents (kind, id, data, sort_key) VALUES (?, ?, {self.JSON_MARK}, ?)",
                          (kind, doc.id, text, doc.sort_key))
                for article_id in links:
                    self._run("INSERT INTO document_articles (kind, id, article_id) VALUES (?, ?, ?)",
                              (kind, doc.id, article_id))
            self._stale_views(kind, changed, sorted(touched))

    def delete_documents(self, kind: str, ids: Sequence[str] | None = None) -> None:
        with self.transaction():
            if ids is None:
                self._stale_all_views()
                self._run("DELETE FROM documents WHERE kind = ?", (kind,))
            touched: set[str] = set()
            for doc_id in ids or ():
                touched |= self._links(kind, doc_id)
                self._run("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, doc_id))
            if ids:
                self._stale_views(kind, list(ids), sorted(touched))

    def _links(self, kind: str, doc_id: str) -> set[str]:
        return {r["article_id"] for r in self._rows(
            "SELECT article_id FROM document_articles WHERE kind = ? AND id = ?", (kind, doc_id))}

    # -- stored views (migration 0003) -----------------------------------------------------
    # A view is an answer built from many records (a story with its briefing, an entity with its
    # mentions over time), kept as the bytes the API sends.  Everything a view shows comes from
    # its own record and from articles it shares with the records it shows (an article's story,
    # the names in it; an entity's companions): so a write marks stale the views of what it wrote,
    # of the articles concerned, and of every document linked to those articles.  Marking stale
    # moves a view's stamp; a view is only kept if its stamp is the one read before building it.
    ARTICLE_VIEW = "article"
    NO_BODY = "NULL"  # a stale view's body, typed as the column where the backend needs it
    SHOWN_TOGETHER = "copy_group"  # the documents whose articles' views show each other (rasid.records.KINDS)
    # The document kinds that have views (with ARTICLE_VIEW, the kinds Workspace._builders builds).
    # Only their rows are marked stale: a row for a copy group or a cleaning template is never
    # read, and writing one for every document a write touched cost a fresh day's run seconds.
    VIEWED = ("story", "entity")

    def get_view(self, kind: str, view_id: str) -> tuple[bytes | None, int]:
        """A stored view and its stamp; (None, stamp) when it is stale or was never built."""
        rows = self._rows("SELECT body, stamp FROM views WHERE kind = ? AND id = ?", (kind, view_id))
        if not rows:
            return None, 0
        body = rows[0]["body"]
        return (bytes(body) if body is not None else None), rows[0]["stamp"]

    def view_stamp(self, kind: str, view_id: str) -> int | None:
        """The stamp the view of this exact id has now, built or not (what ``get_view`` would
        give, without reading the body); None when ``view_id`` is no id of that kind (a prefix, a
        spelling: what it names is only known by resolving it)."""
        rows = self._rows("SELECT stamp FROM views WHERE kind = ? AND id = ?", (kind, view_id))
        if rows:
            return rows[0]["stamp"]
        if kind == self.ARTICLE_VIEW:
            known = self._rows("SELECT 1 FROM articles WHERE id = ?", (view_id,))
        else:
            known = self._rows("SELECT 1 FROM documents WHERE kind = ? AND id = ?", (kind, view_id))
        return 0 if known else None  # never built nor marked: get_view's stamp is 0

    def put_view(self, kind: str, view_id: str, body: bytes, stamp: int) -> bool:
        """Keep a view built from what the store held at ``stamp`` (from ``get_view``); refused
        (False) when a write has marked it stale since, or when a writer holds the database:
        a reader never waits to keep an answer it has already given."""
        return self._try_write(self._KEEP, (kind, view_id, body, stamp))

    def put_views(self, views: Sequence[tuple]) -> int:
        """Keep many (kind, id, body, stamp) views in one transaction, as ``put_view`` would
        (waiting for the database like any write); returns how many were kept.  A fifth item,
        {language: page}, keeps the view's pages with it (``get_page``)."""
        kept = 0
        with self.transaction(changes=False):
            for kind, view_id, body, stamp, *pages in views:
                if self.db.execute(self._KEEP.replace("?", self.MARK), (kind, view_id, body, stamp)).rowcount > 0:
                    kept += 1
                    for lang, page in (pages[0] if pages else {}).items():
                        self.db.execute(self._KEEP_PAGE.replace("?", self.MARK), (kind, view_id, lang, page, stamp))
        return kept

    _KEEP_PAGE = ("INSERT INTO pages (kind, id, lang, body, stamp) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, id, lang) "
                  "DO UPDATE SET body = excluded.body, stamp = excluded.stamp")

    def get_page(self, kind: str, view_id: str, lang: str) -> bytes | None:
        """The page kept with the view of this exact id, in this language; None when there is none
        or its view has been marked stale since (its stamp moved)."""
        rows = self._rows("SELECT p.body FROM pages p JOIN views v ON v.kind = p.kind AND v.id = p.id "
                          "AND v.stamp = p.stamp WHERE p.kind = ? AND p.id = ? AND p.lang = ?", (kind, view_id, lang))
        return bytes(rows[0]["body"]) if rows else None

    def unpaged_views(self, kind: str, lang: str, limit: int = 1_000_000) -> list[str]:
        """Ids of the built views of a kind that have no good page in this language."""
        sql = ("SELECT v.id FROM views v LEFT JOIN pages p ON p.kind = v.kind AND p.id = v.id AND p.lang = ? "
               "AND p.stamp = v.stamp WHERE v.kind = ? AND v.body IS NOT NULL AND p.id IS NULL LIMIT ?")
        return [r["id"] for r in self._rows(sql, (lang, kind, limit))]

    _KEEP = ("INSERT INTO views (kind, id, body, stamp) VALUES (?, ?, ?, ?) ON CONFLICT (kind, id) "
             "DO UPDATE SET body = excluded.body WHERE views.stamp = excluded.stamp")

    def _try_write(self, sql: str, params: Sequence) -> bool:
        """Run one write at once or not at all (the backends bound how long it may wait for a lock)."""
        return self.db.execute(sql.replace("?", self.MARK), params).rowcount > 0

    def stale_views(self, kind: str, limit: int = 1_000_000) -> list[str]:
        """Ids of the documents of a kind (``ARTICLE_VIEW``: of the articles) whose view is stale or
        was never built, largest (newest) first."""
        if kind == self.ARTICLE_VIEW:
            sql = ("SELECT a.id FROM articles a LEFT JOIN views v ON v.kind = ? AND v.id = a.id "
                   "WHERE v.body IS NULL ORDER BY a.rowid DESC LIMIT ?")
        else:
            sql = ("SELECT d.id FROM documents d LEFT JOIN views v ON v.kind = d.kind AND v.id = d.id "
                   "WHERE d.kind = ? AND v.body IS NULL ORDER BY d.sort_key DESC, d.id LIMIT ?")
        return [r["id"] for r in self._rows(sql, (kind, limit))]

    # Marking stale: the row is written whether or not a view was built, so a reader building it
    # meanwhile sees the stamp move and does not keep what it built.
    _STALE = " ON CONFLICT (kind, id) DO UPDATE SET body = NULL, stamp = views.stamp + 1"

    def _stale_views(self, kind: str, ids: Sequence[str], article_ids: Sequence[str]) -> None:
        ids = list(dict.fromkeys(ids)) if kind in self.VIEWED else []
        viewed = ",".join(f"'{k}'" for k in self.VIEWED)  # constants of this class, never input
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            rows = ", ".join(f"(?, ?, {self.NO_BODY}, 1)" for _ in chunk)
            self._run(f"INSERT INTO views (kind, id, body, stamp) VALUES {rows}" + self._STALE,
                      [value for view_id in chunk for value in (kind, view_id)])
        for i in range(0, len(article_ids), CHUNK):
            chunk = list(article_ids[i : i + CHUNK])
            marks = ",".join("?" * len(chunk))
            self._run(f"INSERT INTO views (kind, id, body, stamp) SELECT ?, id, {self.NO_BODY}, 1 FROM articles "
                      f"WHERE id IN ({marks})" + self._STALE, [self.ARTICLE_VIEW, *chunk])
            self._run(f"INSERT INTO views (kind, id, body, stamp) SELECT DISTINCT kind, id, {self.NO_BODY}, 1 "
                      f"FROM document_articles WHERE article_id IN ({marks}) AND kind IN ({viewed})" + self._STALE,
                      chunk)
            # An article's view lists its copies (title, date, lead): theirs show this one.
            self._run(f"INSERT INTO views (kind, id, body, stamp) SELECT DISTINCT ?, s.article_id, {self.NO_BODY}, 1 "
                      f"FROM document_articles l JOIN document_articles s ON s.kind = l.kind AND s.id = l.id "
                      f"WHERE l.kind = ? AND l.article_id IN ({marks})" + self._STALE,
                      [self.ARTICLE_VIEW, self.SHOWN_TOGETHER, *chunk])

    def _stale_all_views(self) -> None:
        self._run("UPDATE views SET body = NULL, stamp = stamp + 1")
        self._run(f"INSERT INTO views (kind, id, body, stamp) SELECT ?, id, {self.NO_BODY}, 1 FROM articles WHERE true"
                  + self._STALE, (self.ARTICLE_VIEW,))
        viewed = ",".join(f"'{k}'" for k in self.VIEWED)
        self._run(f"INSERT INTO views (kind, id, body, stamp) SELECT kind, id, {self.NO_BODY}, 1 FROM documents "
                  f"WHERE kind IN ({viewed})" + self._STALE)

    def _document(self, kind: str, row, links: bool = True) -> Document:
        linked = [r["article_id"] for r in self._rows(
            "SELECT article_id FROM document_articles WHERE kind = ? AND id = ? ORDER BY article_id",
            (kind, row["id"]))] if links else []
        data = row["data"] if isinstance(row["data"], dict) else read_json(row["data"])
        return Document(row["id"], data, linked, row["sort_key"])

    def get_document(self, kind: str, doc_id: str, links: bool = True) -> Document | None:
        rows = self._rows("SELECT * FROM documents WHERE kind = ? AND id = ?", (kind, doc_id))
        return self._document(kind, rows[0], links) if rows else None

    def iter_documents(self, kind: str, article_id: str | None = None, links: bool = True) -> Iterator[Document]:
        if article_id is None:
            rows = self._rows("SELECT * FROM documents WHERE kind = ? ORDER BY sort_key DESC, id", (kind,))
        else:
            rows = self._rows(
                "SELECT d.* FROM documents d JOIN document_articles l ON l.kind = d.kind AND l.id = d.id "
                "WHERE d.kind = ? AND l.article_id = ? ORDER BY d.sort_key DESC, d.id", (kind, article_id))
        for row in rows:
            yield self._document(kind, row, links)

    def get_documents(self, kind: str, ids: Sequence[str], links: bool = True) -> list[Document]:
        """Documents by id, in the order given (missing ones skipped)."""
        found: dict[str, Document] = {}
        for i in range(0, len(ids), CHUNK):
            chunk = list(ids[i : i + CHUNK])
            for row in self._rows(f"SELECT * FROM documents WHERE kind = ? AND id IN ({','.join('?' * len(chunk))})",
                                  [kind, *chunk]):
                found[row["id"]] = self._document(kind, row, links)
        return [found[i] for i in ids if i in found]

    def document_fields(self, kind: str, ids: Sequence[str], keys: Sequence[str],
                        lengths: Sequence[str] = ()) -> dict[str, dict[str, Any]]:
        """Some top-level fields of these documents' data, by id, as the database extracts them
        (text: a string as itself, a number or a list as its JSON text, None where absent), and
        for each of ``lengths`` the number of items of that list field as "#name".  A listing row
        of a story needs five fields and the count of its events: parsing all of its data (its
        timeline, its summary) for them was a seventh of an entity page."""
        columns = [f"{self.JSON_TEXT.format(col='data', key=_field_name(k))} AS f_{k}" for k in keys]
        columns += [f"{self.JSON_LENGTH.format(col='data', key=_field_name(k))} AS n_{k}" for k in lengths]
        found: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), CHUNK):
            chunk = list(ids[i : i + CHUNK])
            for row in self._rows(f"SELECT id, {', '.join(columns)} FROM documents WHERE kind = ? "
                                  f"AND id IN ({','.join('?' * len(chunk))})", [kind, *chunk]):
                values = {k: row[f"f_{k}"] for k in keys}
                values.update({f"#{k}": row[f"n_{k}"] for k in lengths})
                found[row["id"]] = values
        return found

    # -- what the service layer asks (listings, facets, charts) -----------------------------
    BY = {"day": "substr(a.published, 1, 10)", "outlet": "a.outlet", "language": "a.language"}

    @abc.abstractmethod
    def _matching(self, parsed: ParsedQuery) -> tuple[str, list]:
        """FROM and WHERE of the articles matching a parsed query (alias ``a``), and its parameters."""

    def count_by(self, by: str, where: ArticleFilter | None = None,
                 query: str | ParsedQuery | None = None) -> list[tuple[str | None, int]]:
        """Articles per day, outlet or language (of those matching ``query`` when given), by key."""
        return self.count_grid((by,), where, query)

    def count_grid(self, by: tuple[str, ...], where: ArticleFilter | None = None,
                   query: str | ParsedQuery | None = None) -> list[tuple]:
        """Articles per combination of keys (("day", "outlet"): per day per outlet), as
        (key, ..., count) rows: one pass over the matches however many facets are wanted."""
        keys = [f"{self.BY[name]} AS k{i}" for i, name in enumerate(by)]
        group = ", ".join(f"k{i}" for i in range(len(by)))
        clause, params = self._where(where)
        if query:
            parsed = query if isinstance(query, ParsedQuery) else parse_query(query, self)
            if parsed.is_empty():
                return []
            source, match_params = self._matching(parsed)
            sql = f"SELECT {', '.join(keys)}, COUNT(*) AS n {source} {'AND ' + clause if clause else ''} GROUP BY {group}"
            params = [*match_params, *params]
        else:
            sql = (f"SELECT {', '.join(keys)}, COUNT(*) AS n FROM articles a {'WHERE ' + clause if clause else ''} "
                   f"GROUP BY {group}")
        rows = [(*(r[f"k{i}"] for i in range(len(by))), r["n"]) for r in self._rows(sql, params)]
        return sorted(rows, key=lambda row: tuple("" if k is None else str(k) for k in row[:-1]))

    def parse(self, query: str) -> ParsedQuery:
        """A query parsed once against this index's vocabulary, for ``search`` and ``count_grid``."""
        return parse_query(query, self)

    def page_articles(self, where: ArticleFilter | None = None, after: tuple[str, int] | None = None,
                      limit: int = 50, parts: Sequence[str] | None = None) -> tuple[list[Article], tuple[str, int] | None]:
        """Newest first, ``limit`` at a time; pass the returned key as ``after`` for the next page
        (a keyset: articles added meanwhile never shift a page).  ``parts``: as ``get_articles``."""
        clause, params = self._where(where)
        clauses = [clause] if clause else []
        if after is not None:
            clauses.append("(COALESCE(a.published, ''), a.rowid) < (?, ?)")
            params = [*params, after[0], after[1]]
        sql = (f"SELECT a.id, COALESCE(a.published, '') AS p, a.rowid AS r FROM articles a "
               f"{'WHERE ' + ' AND '.join(clauses) if clauses else ''} ORDER BY p DESC, r DESC LIMIT ?")
        rows = self._rows(sql, [*params, limit + 1])
        articles = self.get_articles([r["id"] for r in rows[:limit]], parts)
        more = len(rows) > limit
        return articles, ((rows[limit - 1]["p"], rows[limit - 1]["r"]) if more else None)

    def document_links(self, kind: str) -> list[tuple[str, str]]:
        """Every (document id, article id) link of a kind."""
        return [(r["id"], r["article_id"]) for r in self._rows(
            "SELECT id, article_id FROM document_articles WHERE kind = ?", (kind,))]

    def documents_for_articles(self, kind: str, article_ids: Sequence[str]) -> list[Document]:
        """The documents of a kind linked to any of these articles, each once."""
        ids: dict[str, None] = {}
        for i in range(0, len(article_ids), CHUNK):
            chunk = list(article_ids[i : i + CHUNK])
            # "kind || ''" (here and in linked_ids): the planner, left to itself, walks every link of
            # the kind through the primary key (3 ms for a story's, on all of SaudiNewsNet) instead
            # of the few links of these articles through the by-article index (0.01 ms).
            for r in self._rows(f"SELECT DISTINCT id FROM document_articles WHERE kind || '' = ? "
                                f"AND article_id IN ({','.join('?' * len(chunk))})", [kind, *chunk]):
                ids[r["id"]] = None
        return self.get_documents(kind, sorted(ids))

    def co_linked(self, kind: str, doc_id: str, other_kind: str, limit: int = 20,
                  latest: int | None = None) -> list[tuple[str, int]]:
        """Documents of ``other_kind`` sharing most articles with this one, with how many;
        ``latest``: counted over this document's latest that many articles only."""
        articles = linked_ids_sql("?", latest is not None)
        params = [] if latest is None else [latest]
        return [(r["id"], r["n"]) for r in self._rows(
            # "o.kind || ''": compared as an expression, so the planner reaches o through each shared
            # article (the by-article index) instead of scanning every link of the kind.
            f"SELECT o.id AS id, COUNT(*) AS n FROM ({articles}) s "
            "JOIN document_articles o ON o.article_id = s.article_id "
            "WHERE o.kind || '' = ? AND NOT (o.kind = ? AND o.id = ?) "
            "GROUP BY o.id ORDER BY n DESC, o.id LIMIT ?", (kind, doc_id, *params, other_kind, kind, doc_id, limit))]

    def linked_activity(self, kind: str, since: str, split: str) -> list[tuple[str, int, int, str]]:
        """Per document of a kind with articles published on or after ``since``: how many before
        ``split``, how many from it on, and its latest date; for 'fastest growing' and 'rising'."""
        return [(r["id"], r["n_before"], r["n_after"], r["latest"]) for r in self._rows(
            "SELECT l.id AS id, SUM(CASE WHEN a.published < ? THEN 1 ELSE 0 END) AS n_before, "
            "SUM(CASE WHEN a.published >= ? THEN 1 ELSE 0 END) AS n_after, MAX(a.published) AS latest "
            "FROM document_articles l JOIN articles a ON a.id = l.article_id "
            "WHERE l.kind = ? AND a.published >= ? GROUP BY l.id", (split, split, kind, since))]

    def latest_by_document(self, kind: str, limit: int, offset: int = 0) -> list[tuple[str, str | None, int]]:
        """Documents of a kind by their newest article, newest first: (id, latest date, articles)."""
        return [(r["id"], r["latest"], r["n"]) for r in self._rows(
            "SELECT l.id AS id, MAX(a.published) AS latest, COUNT(*) AS n FROM document_articles l "
            "JOIN articles a ON a.id = l.article_id WHERE l.kind = ? "
            "GROUP BY l.id ORDER BY latest DESC, n DESC, l.id LIMIT ? OFFSET ?", (kind, limit, offset))]

    def document_page(self, kind: str, limit: int, offset: int = 0, links: bool = True,
                      where_field: tuple[str, str] | None = None) -> list[Document]:
        """Documents of a kind, largest ``sort_key`` first, a page at a time; ``where_field``
        (name, value) keeps those whose data has that value (an entity's "type")."""
        clause, params = "", []
        if where_field is not None:
            clause = f"AND {self.JSON_TEXT.format(col='data', key=_field_name(where_field[0]))} = ?"
            params = [where_field[1]]
        rows = self._rows(f"SELECT * FROM documents WHERE kind = ? {clause} ORDER BY sort_key DESC, id LIMIT ? OFFSET ?",
                          [kind, *params, limit, offset])
        return [self._document(kind, row, links) for row in rows]

    def link_counts(self, kind: str, ids: Sequence[str]) -> dict[str, int]:
        """How many articles each of these documents links to."""
        counts: dict[str, int] = {}
        for i in range(0, len(ids), CHUNK):
            chunk = list(ids[i : i + CHUNK])
            for r in self._rows(f"SELECT id, COUNT(*) AS n FROM document_articles WHERE kind = ? "
                                f"AND id IN ({','.join('?' * len(chunk))}) GROUP BY id", [kind, *chunk]):
                counts[r["id"]] = r["n"]
        return counts

    def count_documents(self, kind: str) -> int:
        return self._rows("SELECT COUNT(*) AS n FROM documents WHERE kind = ?", (kind,))[0]["n"]

    def document_ids_with_prefix(self, kind: str, prefix: str, limit: int = 2) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return [r["id"] for r in self._rows(
            "SELECT id FROM documents WHERE kind = ? AND id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (kind, escaped + "%", limit))]

    def linked_ids(self, kind: str, article_id: str) -> list[str]:
        """Ids of the documents of a kind linked to one article."""
        return [r["id"] for r in self._rows(
            "SELECT id FROM document_articles WHERE kind || '' = ? AND article_id = ? ORDER BY id", (kind, article_id))]

    def latest_published(self) -> str | None:
        rows = self._rows("SELECT MAX(published) AS latest FROM articles")
        return rows[0]["latest"] if rows else None

    def annotation_marks(self) -> list[tuple[str, str | None, str | None]]:
        """(id, language, what enriched it) of every article, in ingestion order."""
        mark = self.ANNOTATED_WITH.format(a="a")
        return [(r["id"], r["language"], r["mark"]) for r in self._rows(
            f"SELECT a.id, a.language, {mark} AS mark FROM articles a ORDER BY a.rowid")]

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
