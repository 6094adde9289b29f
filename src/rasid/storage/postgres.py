"""PostgreSQL backend: the same Store for a server shared by many analysts.

Search uses a GIN-indexed tsvector that rasid builds itself from its stems (with
positions, so phrases work), because PostgreSQL's text parser decides what a letter is
from the server's locale and may split Arabic words under a C locale.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import contextmanager

from rasid.errors import RasidError
from rasid.model import Article
from rasid.search.query import ParsedQuery, index_terms_of
from rasid.storage.codec import COLUMNS, encode_annotations
from rasid.storage.errors import check_version, shown
from rasid.storage.schema import migrations
from rasid.storage.sql import SQLStore


log = logging.getLogger("rasid")

# Advisory lock keys (any bigint, the same in every rasid): schema migration, article
# inserts, the stages.
_MIGRATION_LOCK = 7261737
_INSERT_LOCK = 7261738
_STAGE_LOCK = 7261739
TRY_MS = 50  # how long a write that may be skipped (keeping a view) waits for a lock


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


class PostgresStore(SQLStore):
    MARK = "%s"
    JSON_MARK = "%s::jsonb"
    ANNOTATED = "({a}.annotations->'meta'->>'annotated')::int"
    ANNOTATED_WITH = "({a}.annotations->'meta'->>'annotated_with')"
    JSON_TEXT = "({col}->>'{key}')"
    JSON_LENGTH = "jsonb_array_length({col}->'{key}')"
    NO_BODY = "NULL::bytea"
    QUOTED = ("{a}.annotations @> jsonb_build_object('quotes', jsonb_build_array("
              "jsonb_build_object('speaker_entity_id', {m}::text)))", "{}")
    ORDERS = {"published": "a.published NULLS LAST, a.rowid", "ingested": "a.rowid"}

    def __init__(self, url: str):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:
            raise RasidError("PostgreSQL storage needs psycopg: pip install 'rasid[postgres]'") from None
        self.url = url
        try:
            self.db = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.OperationalError as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else "connection failed"
            raise RasidError(f"cannot connect to PostgreSQL: {first_line}") from None
        self._migrate()

    def _begin(self):
        return self.db.transaction()

    def _migrate(self) -> None:
        latest = migrations("postgres")[-1][0]
        with self.db.transaction():
            # One migrator at a time when several analysts start rasid together.
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.db.execute("SELECT MAX(version) AS v FROM schema_version").fetchone()["v"] or 0
            check_version(self.url, current, latest)
            for version, script in migrations("postgres"):
                if version > current:
                    self.db.execute(script)
                    self.db.execute("INSERT INTO schema_version VALUES (%s)", (version,))

    COUNTS_CHANGES = False  # see SQLStore: the log position below moves with every write instead

    def generation(self) -> str | None:
        """The server's write-ahead log position: it moves with every write, so an unchanged one
        means no answer changed (None where the server does not say)."""
        try:
            return self.db.execute("SELECT pg_current_wal_lsn()::text AS lsn").fetchone()["lsn"]
        except Exception:  # noqa: BLE001 - a standby or a restricted role: no caching, no error
            return None

    def _try_write(self, sql: str, params) -> bool:
        import psycopg

        # A stage's transaction holds its rows for minutes: a reader keeping a view gives up instead.
        try:
            with self.db.transaction():
                self.db.execute(f"SET LOCAL lock_timeout = '{TRY_MS}ms'")
                return super()._try_write(sql, params)
        except psycopg.errors.LockNotAvailable:
            return False

    @contextmanager
    def stage_lock(self):
        # A session advisory lock: the server frees it when the connection ends, however
        # the process holding it ended.
        if not self.db.execute("SELECT pg_try_advisory_lock(%s) AS ok", (_STAGE_LOCK,)).fetchone()["ok"]:
            log.warning("%s: another rasid run is working on this database; waiting for it to finish", shown(self.url))
            self.db.execute("SELECT pg_advisory_lock(%s)", (_STAGE_LOCK,))
        try:
            yield
        finally:
            if not self.db.closed:
                self.db.execute("SELECT pg_advisory_unlock(%s)", (_STAGE_LOCK,))

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT MAX(version) AS v FROM schema_version").fetchone()["v"] or 0

    def add_articles(self, articles: Sequence[Article]) -> int:
        columns = ", ".join(COLUMNS) + ", annotations, search"
        marks = ", ".join(["%s"] * len(COLUMNS)) + ", %s::jsonb, %s::tsvector"
        added = 0
        with self.transaction():
            # Batches from several processes are written one at a time: two inserting the same
            # pages in different orders would otherwise deadlock on the unique index.
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_INSERT_LOCK,))
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
                cursor = self.db.execute(f"INSERT INTO articles ({columns}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING",
                                         values)
                added += cursor.rowcount
            if terms:
                self.db.execute("INSERT INTO search_terms SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING",
                                (sorted(terms),))
        return added

    TERMS_TABLE = "search_terms"

    def _ranked(self, parsed, clause, params, limit):
        sql = (
            "SELECT a.*, ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.search, q) AS score "
            "FROM articles a, CAST(%s AS tsquery) q "
            f"WHERE a.search @@ q {'AND ' + clause if clause else ''} ORDER BY score DESC, a.rowid LIMIT %s"
        )
        rows = self.db.execute(sql, [tsquery_literal(parsed), *params, limit]).fetchall()
        return [(row, float(row["score"])) for row in rows]

    def _matching(self, parsed):
        return "FROM articles a WHERE a.search @@ CAST(%s AS tsquery)", [tsquery_literal(parsed)]
