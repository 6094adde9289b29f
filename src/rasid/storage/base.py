"""The storage interface every backend implements, and how a database URL picks one."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from rasid.model import Article


@dataclass(slots=True)
class ArticleFilter:
    outlet: str | None = None
    language: str | None = None
    date_from: str | None = None  # inclusive ISO date
    date_to: str | None = None  # inclusive ISO date
    # Only articles whose per-article annotations are older than this version (or missing).
    annotated_below: int | None = None
    # Only articles linked to this document: ("story", id), ("entity", id).
    linked: tuple[str, str] | None = None
    # With ``linked``: only among that document's latest this many articles.
    linked_latest: int | None = None
    # Only articles quoting this entity (a quote whose speaker_entity_id is it).
    quoted: str | None = None

    def is_empty(self) -> bool:
        return not (self.outlet or self.language or self.date_from or self.date_to or self.annotated_below
                    or self.linked or self.quoted)


@dataclass(slots=True)
class SearchHit:
    article_id: str
    score: float
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    snippet: str = ""  # matches between ** marks
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets into the article text
    snippet_parts: list[tuple[str, bool]] = field(default_factory=list)  # the snippet as (piece, matched)


@dataclass(slots=True)
class Document:
    id: str
    data: dict
    article_ids: list[str] = field(default_factory=list)
    sort_key: float = 0.0


class Store(abc.ABC):
    """One database: articles, their derived annotations, and full-text search over them."""

    @abc.abstractmethod
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are already stored."""

    @abc.abstractmethod
    def add_articles(self, articles: Sequence[Article]) -> int:
        """Store a batch atomically (all or nothing); already-present ids are skipped. Returns how many were new."""

    @abc.abstractmethod
    def update_articles(self, articles: Sequence[Article]) -> None:
        """Rewrite metadata and annotations of stored articles (later stages add mentions, dates, quotes)."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None:
        """One article by id, or by an unambiguous id prefix."""

    @abc.abstractmethod
    def get_articles(self, ids: Sequence[str], parts: Sequence[str] | None = None) -> list[Article]:
        """Articles by exact id, in the order given (missing ids are skipped); ``parts``: only these
        keys of the annotations are read, the rest left empty."""

    @abc.abstractmethod
    def article_ids(self, where: ArticleFilter | None = None, order: str = "published") -> list[str]:
        """Ids of the articles matching a filter, in the same order as ``iter_articles``."""

    @abc.abstractmethod
    def iter_articles(self, where: ArticleFilter | None = None, order: str = "published") -> Iterator[Article]:
        """Articles matching a filter, oldest first by default."""

    @abc.abstractmethod
    def count_articles(self, where: ArticleFilter | None = None) -> int: ...

    @abc.abstractmethod
    def search(self, query: str, where: ArticleFilter | None = None, limit: int = 20) -> list[SearchHit]: ...

    # -- documents derived from many articles (copy groups, stories, entities, ...) --
    @abc.abstractmethod
    def put_documents(self, kind: str, documents: Sequence[Document]) -> None:
        """Insert or replace documents of one kind, with their article links, in one transaction."""

    @abc.abstractmethod
    def delete_documents(self, kind: str, ids: Sequence[str] | None = None) -> None:
        """Delete these documents of a kind (all of the kind when ``ids`` is None)."""

    @abc.abstractmethod
    def get_document(self, kind: str, doc_id: str, links: bool = True) -> Document | None:
        """One document; ``links=False`` skips reading its article links (an entity may have thousands)."""

    @abc.abstractmethod
    def iter_documents(self, kind: str, article_id: str | None = None, links: bool = True) -> Iterator[Document]:
        """Documents of a kind, largest ``sort_key`` first; only those linked to ``article_id`` if given."""

    @abc.abstractmethod
    def transaction(self, changes: bool = True) -> AbstractContextManager:
        """``with store.transaction():`` every write inside commits together, or none does (a
        stage's results and its saved state, so a kill between them cannot leave one without
        the other).  Nested, the inner block is part of the outer transaction.  ``changes=False``:
        the writes only keep views, so the ``generation`` stays."""

    @abc.abstractmethod
    def stage_lock(self) -> AbstractContextManager:
        """``with store.stage_lock():`` one process at a time runs the stages on this database
        (another waits, saying so); freed when the holder ends, however it ends."""

    @abc.abstractmethod
    def get_state(self, stage: str) -> bytes | None:
        """Saved state of an incremental stage: bytes written by ``rasid.storage.state_codec``."""

    @abc.abstractmethod
    def set_state(self, stage: str, state: bytes) -> None: ...

    def generation(self):
        """Something that changes whenever the database's content does (None: this backend cannot
        say, so nothing may be cached)."""
        return None

    @abc.abstractmethod
    def delete_state(self, stage: str) -> None: ...

    def require_writable(self) -> None:
        """Raise (one line) before any work when this database cannot be written."""

    def local_files(self) -> list[str]:
        """The files on this machine the database is made of (none for a server)."""
        return []

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def linked_ids_sql(mark: str, latest: bool = False) -> str:
    """SQL selecting the ids of the articles linked to one document; its parameters are the kind and
    the id, then, with ``latest``, how many of the newest of them to keep."""
    if not latest:
        return f"SELECT l.article_id FROM document_articles l WHERE l.kind = {mark} AND l.id = {mark}"
    return (f"SELECT l.article_id FROM document_articles l JOIN articles b ON b.id = l.article_id "
            f"WHERE l.kind = {mark} AND l.id = {mark} ORDER BY COALESCE(b.published, '') DESC, b.rowid DESC LIMIT {mark}")


def filter_sql(where: ArticleFilter | None, alias: str, mark: str, annotation_version_sql: str = "",
               quoted: tuple[str, str] = ("", "{}")) -> tuple[str, list]:
    """The WHERE clause for a filter, with the backend's parameter mark ("?" or "%s") and its
    expressions for the stored annotation version and for "quotes this entity" (SQL, and how the
    entity id becomes its parameter); ``{a}`` stands for the table alias, ``{m}`` for the mark."""
    if where is None or where.is_empty():
        return "", []
    clauses, params = [], []
    for column, value in (("outlet", where.outlet), ("language", where.language)):
        if value:
            clauses.append(f"{alias}.{column} = {mark}")
            params.append(value)
    if where.date_from:
        clauses.append(f"{alias}.published >= {mark}")
        params.append(where.date_from)
    if where.date_to:
        # A bare date bound includes the whole day, whatever time the article carries.
        clauses.append(f"substr({alias}.published, 1, 10) <= {mark}")
        params.append(where.date_to)
    if where.annotated_below:
        clauses.append(f"COALESCE({annotation_version_sql.format(a=alias)}, 0) < {mark}")
        params.append(where.annotated_below)
    if where.linked:
        # IN, not a correlated EXISTS: the document's links drive the lookup, so an entity of 300
        # articles costs 300 index probes, not a probe per article in the database.
        clauses.append(f"{alias}.id IN ({linked_ids_sql(mark, where.linked_latest is not None)})")
        params.extend(where.linked)
        if where.linked_latest is not None:
            params.append(where.linked_latest)
    if where.quoted:
        clauses.append(quoted[0].format(a=alias, m=mark))
        params.append(quoted[1].format(where.quoted))
    return " AND ".join(clauses), params


def open_store(url: str) -> Store:
    """``postgresql://...`` opens PostgreSQL; anything else is a SQLite file path."""
    if url.startswith(("postgresql://", "postgres://")):
        from rasid.storage.postgres import PostgresStore

        return PostgresStore(url)
    from rasid.storage.sqlite import SQLiteStore

    return SQLiteStore(url)


def store_all(store: Store, articles: Iterable[Article], batch_size: int = 500) -> int:
    added = 0
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            added += store.add_articles(batch)
            batch = []
    if batch:
        added += store.add_articles(batch)
    return added
