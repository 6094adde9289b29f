"""The service layer: one object holding a database, the settings and an executor, answering
every question the command line, the REST API and the web pages ask.

    ws = rasid.open("news.db")
    ws.run(["crawl/"])
    for story in ws.stories(sort="growth"):
        print(story.title, story.size)

Handlers above it only translate: arguments in, a view out, printed or rendered.  Nothing
above this layer writes SQL or decides anything about the data.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import gzip
import json
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from rasid import records
from rasid.briefing.brief import Briefing, story_briefing
from rasid.briefing.timeline import source_label
from rasid.errors import NotFound, RasidError
from rasid.model import Article, CopyGroup, Entity, IngestFailure, Story
from rasid.service.views import (
    ArticlePage, ArticleSummary, ArticleView, CopyOf, Count, EntityView, EventView, MentionView, OutletSentence,
    Overview, Participant, QuoteRecord, SearchResults, SeriesPoint, StorySummary, StoryView, TimelineEvent,
)
from rasid.settings import Settings
from rasid.storage.base import ArticleFilter, Store, open_store
from rasid.storage.codec import read_json

STORY_SORTS = ("size", "recent", "growth")
COUNT_BY = ("day", "outlet", "language")
# "Growing" and "rising" compare the latest week of the database with the week before it.
WINDOW_DAYS = 7
# An entity page reads its quotes from at most this many of its latest articles that quote it, and
# the quotes about it from this many of its latest articles: a name in ten thousand articles
# must not cost ten thousand article reads per page view.
QUOTE_SCAN = 200
ABOUT_SCAN = 60
# Names it appears with, and its quotes, are read from its latest this many articles: the company it
# keeps now, at a cost that does not grow with its whole history (المملكة's 4,109 articles took
# 200 ms for the names and 150 ms for the quotes).
CO_SCAN = 500
RISING_MIN = 5  # articles this week before a name can be "rising"
MAX_LIMIT = 10_000  # the REST API caps its pages lower
VIEW_BATCH = 50  # views built per task when refresh_views builds them on workers
# What a listing row of a story needs: decoding a story's timeline and summary for a title is waste.
LISTED = ("title", "outlets", "date_start", "date_end", "size")  # and the count of its events


@dataclass(slots=True)
class _Answer:
    """A stored view: which, its stamp, its bytes, and the view itself when built just now."""

    kind: str
    id: str
    stamp: int
    body: bytes
    view: object | None = None


@dataclass
class RunReport:
    """What ``run`` did: the ingest report and one line per stage."""

    ingest: "IngestReport"  # noqa: F821 - rasid.pipeline.ingest, imported lazily
    stages: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return self.ingest.exit_code


def _limit(value: int, name: str = "limit") -> int:
    if not 1 <= value <= MAX_LIMIT:
        raise RasidError(f"{name} must be between 1 and {MAX_LIMIT}")
    return value


def _day(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise RasidError(f"{name} must be a date written YYYY-MM-DD, not {value!r}")


def summarize_article(article: Article, lead_chars: int = 180) -> ArticleSummary:
    lead = " ".join(article.text[: lead_chars + 40].split())
    if len(lead) > lead_chars:
        lead = lead[:lead_chars].rsplit(" ", 1)[0] + "…"
    return ArticleSummary(id=article.id or "", title=article.title, outlet=article.outlet, published=article.published,
                          published_estimated=article.published_estimated, language=article.language,
                          url=article.url, origin=article.origin, source=source_label(article), lead=lead,
                          removed=len(article.removed))


def _listed(documents) -> list[StorySummary]:
    """Listing rows of stored stories: their events are counted in the stored data, never decoded
    (decoding a large story's timeline to count it was most of an entity page's time)."""
    rows = []
    for document in documents:
        story = records.from_document(Story, document, False, LISTED)
        rows.append(StorySummary(id=story.id, title=story.title, size=story.size or len(story.article_ids),
                                 outlets=list(story.outlets), date_start=story.date_start, date_end=story.date_end,
                                 events=len(document.data.get("events") or ())))
    return rows


def encode_cursor(key: tuple[str, int]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key)).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        published, rowid = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        if not isinstance(published, str) or not isinstance(rowid, int):
            raise ValueError
        return published, rowid
    except (ValueError, TypeError, UnicodeDecodeError):
        raise RasidError("cursor is not one this server gave out (pass next_cursor back unchanged)") from None


def remembered(method):
    """A view asked for again while the database has not changed is the one answered before.
    ``rasid serve`` turns this on: a page and its API twin (or two server threads) then build a
    story's or an entity's view once, not once each.  The views are shared, so callers never
    change them."""

    @functools.wraps(method)
    def answer(self, *args, **kwargs):
        if not self._remember:
            return method(self, *args, **kwargs)
        generation = self.generation()
        if generation is None:
            return method(self, *args, **kwargs)
        key = (method.__name__, args, tuple(sorted(kwargs.items())))
        with self._lock:
            kept = self._views.get(key)
            if kept is not None and kept[0] == generation:
                self._views.move_to_end(key)
                return kept[1]
        view = method(self, *args, **kwargs)
        with self._lock:
            self._views[key] = (generation, view)
            self._views.move_to_end(key)
            while len(self._views) > self._remember:
                self._views.popitem(last=False)
        return view

    return answer


class Workspace:
    """A database opened with its settings.  Safe to share between threads: each thread gets its
    own connection (SQLite in WAL mode lets readers run while one writer writes).  ``remember``:
    how many views (``remembered``) to keep while the database stays the same; 0 keeps none."""

    def __init__(self, settings: Settings | None = None, db: str | None = None, remember: int = 0):
        settings = settings or Settings.load()
        self.settings = settings.with_overrides(db=db) if db else settings
        self._local = threading.local()
        self._stores: list[Store] = []
        self._lock = threading.Lock()
        self._watcher: Store | None = None
        self._parsed: dict = {}
        self._remember = remember
        self._views: OrderedDict = OrderedDict()
        self._decoded: OrderedDict = OrderedDict()  # (kind, id) -> (stamp, view): see _view
        self.store  # open now: a bad path or URL is reported here, not on the first question

    # -- plumbing ----------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.settings.db)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._stores = self._stores, []
            if self._watcher is not None:
                stores.append(self._watcher)
                self._watcher = None
        for store in stores:
            try:
                store.close()
            except Exception:  # noqa: BLE001 - a connection of a finished thread may be gone already
                pass
        self._local = threading.local()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def generation(self):
        """Changes whenever the database does (see ``Store.generation``); None: unknown, cache nothing."""
        with self._lock:
            if self._watcher is None:
                self._watcher = open_store(self.settings.db)
            try:
                return self._watcher.generation()
            except Exception:  # noqa: BLE001 - a lost connection: open another next time, cache nothing now
                self._watcher.close()
                self._watcher = None
                return None

    def answer_stamp(self, what: str, key: str) -> int | None:
        """The stamp of the stored view of the story, entity or article (``what``) with the id
        ``key``: the same stamp, the same view, so anything made from the view alone (a page, the
        API answer) still holds; any write that changes what the view shows moves it.  None where
        ``key`` is not an id (a prefix, a spelling)."""
        kinds = {"story": records.kind_of(Story), "entity": records.kind_of(Entity), "article": self.store.ARTICLE_VIEW}
        if what not in kinds:
            raise RasidError(f"no stored view of {what!r}")
        return self.store.view_stamp(kinds[what], key)

    def executor(self):
        from rasid.executor.base import make_executor

        return make_executor(self.settings.executor, self.settings.workers)

    # -- writing -----------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], field_map: dict[str, str] | None = None,
               on_article: Callable[[int], None] | None = None,
               on_failure: Callable[[IngestFailure], None] | None = None,
               relabel: Callable[[str], str] | None = None, executor=None):
        """Read, clean and store pages; returns the IngestReport (each failure one line)."""
        from rasid.pipeline.ingest import ingest

        own = executor is None
        executor = executor or self.executor()
        try:
            return ingest(paths, self.store, executor=executor, field_map=field_map,
                          batch_size=self.settings.batch_size, on_article=on_article, on_failure=on_failure,
                          relabel=relabel)
        finally:
            if own:
                executor.close()

    def process(self, progress: Callable[..., object] | None = None, executor=None) -> list[str]:
        """Run every stage after ingest (entities/dates/quotes, stories, linking) on what is new,
        then build the views those stages made stale."""
        from rasid.pipeline.stages import StageContext, format_duration, run_stages

        progress = progress or _silent_progress
        own = executor is None
        executor = executor or self.executor()
        try:
            summaries = run_stages(StageContext(self.store, executor, progress, self.settings.ner,
                                                batch_size=self.settings.batch_size))
            # Built here, not by their first reader: a reader who builds a view waits for it, and so
            # does everyone queued behind them (on all of SaudiNewsNet, a cold story or entity page
            # cost 25-40 ms to build against 5-15 ms to show, and a server under load builds each
            # once per process).  All 102,810 with their pages took 2 min 25 s on 2 cores, a tenth
            # of the stages' time.
            started = time.perf_counter()
            summaries.append(f"{self.refresh_views(progress, executor)} in {format_duration(time.perf_counter() - started)}")
            return summaries
        finally:
            if own:
                executor.close()

    def run(self, paths: Iterable[str | Path], field_map: dict[str, str] | None = None,
            on_article: Callable[[int], None] | None = None,
            on_failure: Callable[[IngestFailure], None] | None = None,
            on_ingested: Callable[[object], None] | None = None,
            on_stage: Callable[[str], None] | None = None,
            progress: Callable[..., object] | None = None,
            relabel: Callable[[str], str] | None = None) -> RunReport:
        """The main job: ingest the paths, then every stage.  ``on_ingested`` gets the ingest
        report when ingest ends; ``on_stage`` each stage's one-line summary as it ends."""
        with self.executor() as executor:
            report = RunReport(self.ingest(paths, field_map, on_article, on_failure, relabel, executor))
            if on_ingested:
                on_ingested(report.ingest)
            for line in self.process(progress, executor):
                report.stages.append(line)
                if on_stage:
                    on_stage(line)
        return report

    # -- stored views --------------------------------------------------------------------------
    def _answer(self, kind: str, key: str, resolve: Callable[[str], str], build: Callable[[str], object],
                encode: Callable[[object], bytes] = records.encode) -> _Answer:
        """A view as stored (``Store.get_view``), built and kept when missing or stale.  ``key`` is
        tried as the id first (an index lookup); ``resolve`` turns anything else (a prefix, a
        spelling) into the id."""
        body, stamp = self.store.get_view(kind, key)
        if body is not None:
            return _Answer(kind, key, stamp, body)
        view_id = resolve(key)
        if view_id != key:
            body, stamp = self.store.get_view(kind, view_id)
            if body is not None:
                return _Answer(kind, view_id, stamp, body)
        view = build(view_id)
        body = encode(view)
        self.store.put_view(kind, view_id, body, stamp)
        return _Answer(kind, view_id, stamp, body, view)

    def _view(self, cls: type, answer: _Answer):
        """The view itself: decoded once per process while its stamp stays (a page and its API
        twin, or many readers, decode it once; an ingest elsewhere in the database keeps it)."""
        if not self._remember:
            return answer.view if answer.view is not None else records.decode(cls, answer.body)
        key = (answer.kind, answer.id)
        with self._lock:
            kept = self._decoded.get(key)
            if kept is not None and kept[0] == answer.stamp:
                self._decoded.move_to_end(key)
                return kept[1]
        view = answer.view if answer.view is not None else records.decode(cls, answer.body)
        with self._lock:
            self._decoded[key] = (answer.stamp, view)
            self._decoded.move_to_end(key)
            while len(self._decoded) > self._remember:
                self._decoded.popitem(last=False)
        return view

    def _builders(self) -> dict[str, tuple[Callable[[str], object], Callable[[object], bytes], type]]:
        """Per kind of view: how to build one from its id, how to encode it, and its class."""
        return {records.kind_of(Story): (self._story_view, records.encode, StoryView),
                records.kind_of(Entity): (self._entity_view, _encode_entity_view, EntityView),
                self.store.ARTICLE_VIEW: (self._article_view, records.encode, ArticleView)}

    def build_views(self, wanted: Sequence[tuple[str, str]]) -> list[tuple[str, str, bytes, int, dict]]:
        """(kind, id, body, stamp, pages) of these views, each built from what the store held at
        its stamp, with its pages built ahead ({language: gzip-compressed HTML}, see
        ``rasid.web.ahead``; none where the web workspace is not installed)."""
        builders = self._builders()
        pages = _pages_ahead()
        built = []
        for kind, view_id in wanted:
            body, stamp = self.store.get_view(kind, view_id)
            build, encode, view_class = builders[kind]
            try:
                if body is None:
                    view = build(view_id)
                    body = encode(view)
                else:  # built already, its pages missing: show what is stored
                    view = records.decode(view_class, body)
                built.append((kind, view_id, body, stamp, pages.render(kind, view_id, view) if pages else {}))
            except NotFound:  # deleted meanwhile
                continue
        return built

    def refresh_views(self, progress: Callable[..., object] | None = None, executor=None) -> str:
        """Build every stale or missing view of the stories, entities and articles, and their
        pages, ahead of serving (so that no first reader waits), on the executor's workers when given."""
        progress = progress or _silent_progress
        wanted = [(kind, view_id) for kind in self._builders() for view_id in self.store.stale_views(kind)]
        pages = _pages_ahead()
        if pages:
            stale = set(wanted)
            wanted += [(kind, view_id) for kind in self._builders() for lang in pages.LANGUAGES
                       for view_id in self.store.unpaged_views(kind, lang) if (kind, view_id) not in stale]
        batches = [wanted[i : i + VIEW_BATCH] for i in range(0, len(wanted), VIEW_BATCH)]
        results = executor.map_batches(_ViewBuilder(self.settings), batches) if executor else map(self.build_views, batches)
        kept = 0
        bar = progress(desc="views", unit=" views", total=len(wanted))
        try:
            for built in results:
                # One writer, here: the workers only read.
                kept += self.store.put_views(built)
                bar.update(len(built))
        finally:
            bar.close()
        return f"built {kept} views (stories, entities, articles)" + (" with their pages" if pages else "")

    def stored_page(self, what: str, key: str, lang: str) -> str | None:
        """The page built ahead for the story, entity or article (``what``) with the exact id
        ``key``, in the interface language ``lang``, while its view stands; else None."""
        body = self.store.get_page(what, key, lang)
        return gzip.decompress(body).decode() if body is not None else None

    # -- articles ----------------------------------------------------------------------------
    def _article_id(self, article_id: str) -> str:
        # The exact id first (an index lookup); a prefix only when that finds nothing.
        if self.store.existing_ids([article_id]):
            return article_id
        article = self.store.get_article(article_id)
        if article is None:
            raise NotFound(f"no article with id {article_id!r}")
        return article.id or article_id

    def article(self, article_id: str) -> ArticleView:
        return self._view(ArticleView, self._article_answer(article_id))

    def article_answer(self, article_id: str) -> bytes:
        """The article view as the API sends it (stored JSON)."""
        return self._article_answer(article_id).body

    def _article_answer(self, article_id: str) -> _Answer:
        return self._answer(self.store.ARTICLE_VIEW, article_id, self._article_id, self._article_view)

    def _article_view(self, article_id: str) -> ArticleView:
        found = self.store.get_articles([article_id])
        if not found:
            raise NotFound(f"no article with id {article_id!r}")
        article = found[0]
        linked = {m.entity_id for m in article.mentions if m.entity_id}
        names = {e.id: e.name for e in records.load_many(self.store, Entity, sorted(linked), articles=False)}
        mentions = [MentionView(m.start, m.end, m.text, m.type, m.entity_id, names.get(m.entity_id or ""))
                    for m in article.mentions]
        group = next(iter(records.covering(self.store, CopyGroup, [article.id])), None)
        copies = []
        if group is not None:
            others = [a for a in group.members if a != article.id]
            copies = [summarize_article(a) for a in self.store.get_articles(others)]
        story_ids = self.store.linked_ids(records.kind_of(Story), article.id)
        story = next(iter(self._story_rows(story_ids[:1])), None)
        return ArticleView(article, source_label(article), mentions, group, copies, story)

    def articles(self, outlet: str | None = None, language: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, story: str | None = None, entity: str | None = None,
                 cursor: str | None = None, limit: int = 50) -> ArticlePage:
        """Articles newest first, filtered, a page at a time (pass ``next_cursor`` back as ``cursor``)."""
        linked = None
        if story and entity:
            raise RasidError("filter by a story or by an entity, not both")
        if story:
            linked = (records.kind_of(Story), self._story_id(story))
        elif entity:
            linked = (records.kind_of(Entity), self._entity(entity, articles=False).id)
        where = ArticleFilter(outlet=outlet or None, language=language or None,
                              date_from=_day(date_from, "date_from"), date_to=_day(date_to, "date_to"), linked=linked)
        after = decode_cursor(cursor) if cursor else None
        found, key = self.store.page_articles(where, after, _limit(limit))
        return ArticlePage([summarize_article(a) for a in found], encode_cursor(key) if key else None)

    def articles_by_id(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """Listing rows of these articles, in the order given (unknown ids skipped)."""
        return [summarize_article(a) for a in self.store.get_articles(list(ids))]

    def count_articles(self) -> int:
        return self.store.count_articles()

    def count_stories(self) -> int:
        return self.store.count_documents(records.kind_of(Story))

    # -- search and counts -----------------------------------------------------------------------
    @remembered
    def search(self, query: str, outlet: str | None = None, language: str | None = None,
               date_from: str | None = None, date_to: str | None = None, limit: int = 20,
               facets: bool = True) -> SearchResults:
        """Ranked matches with highlighted snippets; ``facets`` adds counts by outlet, language and day
        over every match (not only the ones returned)."""
        where = ArticleFilter(outlet=outlet or None, language=language or None,
                              date_from=_day(date_from, "date_from"), date_to=_day(date_to, "date_to"))
        query = (query or "").strip()
        if len(query) > 500:
            raise RasidError("query is too long (500 characters at most)")
        if not query:
            return SearchResults(query, [], 0, [], [], [])
        parsed = self._parse(query)
        hits = self.store.search(parsed, where, limit=_limit(limit))
        if not facets:
            return SearchResults(query, hits, len(hits), [], [], [])
        grid = self.store.count_grid(("day", "outlet", "language"), where, parsed)
        by: dict[str, Counter] = {"day": Counter(), "outlet": Counter(), "language": Counter()}
        for day, outlet, language, n in grid:
            by["day"][day] += n
            by["outlet"][outlet] += n
            by["language"][language] += n
        total = sum(by["language"].values())

        def ranked(counter: Counter) -> list[Count]:
            return sorted((Count(k, n) for k, n in counter.items()), key=lambda c: (-c.count, c.key or ""))

        days = _days(sorted((Count(k, n) for k, n in by["day"].items()), key=lambda c: c.key or ""))
        return SearchResults(query, hits, total, ranked(by["outlet"]), ranked(by["language"]), days)

    def _parse(self, query: str):
        """The query widened to the spellings the index holds: the costly part of a search, kept
        until the database changes (its vocabulary with it)."""
        key = (query, self.generation())
        with self._lock:
            parsed = self._parsed.get(key)
        if parsed is None:
            parsed = self.store.parse(query)
            if key[1] is not None:
                with self._lock:
                    if len(self._parsed) > 2000:
                        self._parsed.clear()
                    self._parsed[key] = parsed
        return parsed

    def counts(self, query: str | None = None, by: str = "day", outlet: str | None = None,
               language: str | None = None, date_from: str | None = None, date_to: str | None = None) -> list[Count]:
        """How many articles (matching ``query``, or all) per day, outlet or language: the attention
        a subject got over time and across sources."""
        if by not in COUNT_BY:
            raise RasidError(f"by must be one of {', '.join(COUNT_BY)}, not {by!r}")
        where = ArticleFilter(outlet=outlet or None, language=language or None,
                              date_from=_day(date_from, "date_from"), date_to=_day(date_to, "date_to"))
        found = [Count(k, n) for k, n in self.store.count_by(by, where, (query or "").strip() or None)]
        if by == "day":
            return _days(found)
        return sorted(found, key=lambda c: (-c.count, c.key or ""))

    # -- stories -------------------------------------------------------------------------------
    def _story_rows(self, ids: Sequence[str]) -> list[StorySummary]:
        """Listing rows of these stories, in the order given (unknown ids skipped): their fields
        are read from the stored data by the database, which is never parsed here whole."""
        found = self.store.document_fields(records.kind_of(Story), list(ids), LISTED, lengths=("events",))
        rows = []
        for story_id in ids:
            values = found.get(story_id)
            if values is None:
                continue
            outlets = values["outlets"]
            rows.append(StorySummary(id=story_id, title=values["title"] or "", size=int(values["size"] or 0),
                                     outlets=list(read_json(outlets)) if outlets else [],
                                     date_start=values["date_start"], date_end=values["date_end"],
                                     events=int(values["#events"] or 0)))
        return rows

    def _story_id(self, story_id: str) -> str:
        if self.store.get_document(records.kind_of(Story), story_id, links=False) is not None:
            return story_id
        matches = self.store.document_ids_with_prefix(records.kind_of(Story), story_id) if story_id else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise RasidError(f"story id prefix {story_id!r} is ambiguous; give more characters")
        raise NotFound(f"no story with id {story_id!r} (see: rasid stories)")

    def _story(self, story_id: str) -> Story:
        story = records.load(self.store, Story, self._story_id(story_id))
        if story is None:  # deleted between the two reads
            raise NotFound(f"no story with id {story_id!r}")
        return story

    def story_record(self, story_id: str) -> Story:
        """The stored record itself (id or unique prefix): every field, article ids included."""
        return self._story(story_id)

    def _window(self) -> tuple[str, str, str] | None:
        """(start of the week before, start of the latest week, newest day) of the database."""
        latest = self.store.latest_published()
        if not latest:
            return None
        try:
            newest = date.fromisoformat(latest[:10])
        except ValueError:
            return None
        split = newest - timedelta(days=WINDOW_DAYS - 1)
        return (split - timedelta(days=WINDOW_DAYS)).isoformat(), split.isoformat(), newest.isoformat()

    def stories(self, sort: str = "size", limit: int = 20, offset: int = 0, since: str | None = None,
                min_size: int = 1) -> list[StorySummary]:
        """Stories by size (articles), by recency (newest article) or by growth (articles in the
        database's latest week against the week before)."""
        if sort not in STORY_SORTS:
            raise RasidError(f"sort must be one of {', '.join(STORY_SORTS)}, not {sort!r}")
        limit, since = _limit(limit), _day(since, "since")
        if offset < 0:
            raise RasidError("offset must not be negative")
        kind = records.kind_of(Story)
        if sort == "growth":
            window = self._window()
            if window is None:
                return []
            activity = self.store.linked_activity(kind, *window[:2])
            ranked = sorted(activity, key=lambda r: (-(r[2] - r[1]), -r[2], r[0]))
            ranked = [r for r in ranked if r[2] > r[1] and r[1] + r[2] >= min_size][offset: offset + limit]
            rows = {s.id: s for s in self._story_rows([r[0] for r in ranked])}
            return [replace(rows[r[0]], recent=r[2], before=r[1]) for r in ranked if r[0] in rows]
        found: list[StorySummary] = []
        page = offset
        # Filters (since, min_size) apply after the store's order: read on until the page is full.
        while len(found) < limit:
            if sort == "recent":
                ids = [r[0] for r in self.store.latest_by_document(kind, limit * 2, page)]
                batch = self._story_rows(ids)
            else:
                batch = _listed(self.store.document_page(kind, limit * 2, page, links=False))
            if not batch:
                break
            page += len(batch) if sort == "size" else limit * 2
            for story in batch:
                if story.size < min_size or (since and (story.date_end or "") < since):
                    if sort == "size" and story.size < min_size:
                        return found  # sizes only fall from here
                    continue
                found.append(story)
                if len(found) >= limit:
                    break
        return found

    def story(self, story_id: str) -> StoryView:
        return self._view(StoryView, self._story_answer(story_id))

    def story_answer(self, story_id: str) -> bytes:
        """The story view as the API sends it (stored JSON)."""
        return self._story_answer(story_id).body

    def _story_answer(self, story_id: str) -> _Answer:
        return self._answer(records.kind_of(Story), story_id, self._story_id, self._story_view)

    def _story_view(self, story_id: str) -> StoryView:
        story = self._story(story_id)
        briefing, articles = story_briefing(self.store, story)
        copies: dict[str, CopyOf] = {}
        for group in records.covering(self.store, CopyGroup, story.article_ids):
            for member, relation in group.members.items():
                if member != group.original_id:
                    copies[member] = CopyOf(group.original_id, relation)
        articles = sorted(articles, key=lambda a: (a.published or "9999", a.id or ""))
        per_day = Counter(((a.published or "")[:10], source_label(a)) for a in articles if a.published)
        series = [SeriesPoint(day, outlet, n) for (day, outlet), n in sorted(per_day.items())]
        mentioned = Counter(m.entity_id for a in articles for m in {x.entity_id: x for x in a.mentions}.values()
                            if m.entity_id)
        top = [entity_id for entity_id, _ in mentioned.most_common(12)]
        entities = {e.id: _linked(e) for e in records.load_many(self.store, Entity, top, articles=False)}
        return StoryView(story, [summarize_article(a) for a in articles], copies, series, briefing,
                         [(entities[i], mentioned[i]) for i in top if i in entities],
                         timeline_events(story, briefing, articles))

    def brief(self, story_id: str) -> Briefing:
        return story_briefing(self.store, self._story(story_id))[0]

    def brief_with_articles(self, story_id: str) -> tuple[Briefing, list[Article]]:
        return story_briefing(self.store, self._story(story_id))

    def events(self, story: str | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 100) -> list[EventView]:
        """The dated happenings of one story, or of the largest stories, in date order."""
        date_from, date_to, limit = _day(date_from, "date_from"), _day(date_to, "date_to"), _limit(limit)
        if story:
            stories = [self._story(story)]
        else:
            stories = [records.from_document(Story, d, False)
                       for d in self.store.document_page(records.kind_of(Story), 200, links=False)]
        found = []
        for s in stories:
            for event in s.events:
                if date_from and (event.date_end or "") < date_from:
                    continue
                if date_to and (event.date_start or "") > date_to:
                    continue
                found.append(EventView(event, s.title))
        found.sort(key=lambda v: (v.event.date_start or "", v.event.id))
        return found[:limit]

    # -- entities --------------------------------------------------------------------------------
    def _entity(self, name: str, articles: bool = True) -> Entity:
        from rasid.entities.names import name_key
        from rasid.text.normalize import normalize

        kind = records.kind_of(Entity)
        document = self.store.get_document(kind, name, links=articles)
        if document is not None:
            return records.from_document(Entity, document, articles)
        if not name.strip():
            raise NotFound("no entity named ''")
        key, wanted, partial = name_key(name), normalize(name), None
        for entity in records.load_all(self.store, Entity, articles=False):
            spellings = [entity.name, *entity.aliases]
            if any(name_key(a) == key for a in spellings):
                return records.load(self.store, Entity, entity.id, articles) if articles else entity
            if partial is None and any(wanted in normalize(a) for a in spellings):
                partial = entity
        if partial is None:
            raise NotFound(f"no entity named {name!r}")
        return records.load(self.store, Entity, partial.id, articles) if articles else partial

    def entity_record(self, name: str) -> Entity:
        """The stored record itself (id or any spelling): every field, article ids included."""
        return self._entity(name, articles=True)

    def entities(self, type: str | None = None, story: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[tuple[Entity, int]]:
        """Entities by salience (or, within a story, by how many of its articles name them), each with
        its number of articles.  ``article_ids`` are left empty: ask ``entity`` for one's articles."""
        limit = _limit(limit)
        kind = records.kind_of(Entity)
        wanted_type = type.upper() if type else None
        if wanted_type and wanted_type not in ("PERS", "LOC", "ORG", "MISC"):
            raise RasidError(f"type must be PERS, LOC, ORG or MISC, not {type!r}")
        if story:
            shared = self.store.co_linked(records.kind_of(Story), self._story_id(story), kind, limit=5000)
            loaded = {e.id: e for e in records.load_many(self.store, Entity, [i for i, _ in shared], articles=False)}
            found = [(loaded[i], n) for i, n in shared if i in loaded and (not wanted_type or loaded[i].type == wanted_type)]
            return found[offset: offset + limit]
        documents = self.store.document_page(kind, limit, offset, links=False,
                                             where_field=("type", wanted_type) if wanted_type else None)
        found = [records.from_document(Entity, d, False) for d in documents]
        counts = self.store.link_counts(kind, [e.id for e in found])
        return [(e, counts.get(e.id, 0)) for e in found]

    def entity(self, name: str) -> EntityView:
        """One entity by id or any spelling: aliases, articles over time and by outlet, the entities
        and stories it appears with, and quotes by and about it."""
        return self._view(EntityView, self._entity_answer(name))

    def entity_answer(self, name: str) -> bytes:
        """The entity view as the API sends it (stored JSON; the entity without its article ids)."""
        return self._entity_answer(name).body

    def _entity_answer(self, name: str) -> _Answer:
        return self._answer(records.kind_of(Entity), name, lambda n: self._entity(n, articles=False).id,
                            self._entity_view, _encode_entity_view)

    def _entity_view(self, entity_id: str) -> EntityView:
        entity = records.load(self.store, Entity, entity_id, articles=False)
        if entity is None:
            raise NotFound(f"no entity named {entity_id!r}")
        kind = records.kind_of(Entity)
        where = ArticleFilter(linked=(kind, entity.id))
        days, outlets = Counter(), Counter()
        for day, outlet, n in self.store.count_grid(("day", "outlet"), where):
            days[day] += n
            outlets[outlet] += n
        per_day = _days(sorted((Count(k, n) for k, n in days.items()), key=lambda c: c.key or ""))
        per_outlet = sorted((Count(k, n) for k, n in outlets.items()), key=lambda c: (-c.count, c.key or ""))
        total = sum(c.count for c in per_outlet)
        shared = self.store.co_linked(kind, entity.id, kind, limit=15, latest=CO_SCAN)
        others = {e.id: _linked(e) for e in records.load_many(self.store, Entity, [i for i, _ in shared], articles=False)}
        stories = self._story_rows(entity.story_ids[:30])
        stories.sort(key=lambda s: -s.size)
        # A quote record reads the columns and the quotes only: its article's mentions and sentences
        # are not decoded (the latest articles are, whole: their mentions place the quotes about it,
        # and one parse of the annotations costs less than several partial ones).
        speaking, _ = self.store.page_articles(
            ArticleFilter(linked=(kind, entity.id), linked_latest=CO_SCAN, quoted=entity.id), None, QUOTE_SCAN,
            parts=("quotes",))
        quotes_by = [_quote_record(a, q) for a in speaking for q in a.quotes if q.speaker_entity_id == entity.id]
        latest, _ = self.store.page_articles(where, None, ABOUT_SCAN)
        quotes_about = []
        for article in latest:
            mentioned = [(m.start, m.end) for m in article.mentions if m.entity_id == entity.id]
            for quote in article.quotes:
                if quote.speaker_entity_id != entity.id and any(quote.start <= s and e <= quote.end for s, e in mentioned):
                    quotes_about.append(_quote_record(article, quote))
        return EntityView(entity, total, per_day, per_outlet, [(others[i], n) for i, n in shared if i in others],
                          stories, quotes_by, quotes_about, [summarize_article(a) for a in latest[:20]],
                          len(latest))

    # -- quotes ----------------------------------------------------------------------------------
    def quotes(self, speaker: str | None = None, story: str | None = None, entity: str | None = None,
               limit: int | None = None) -> list[QuoteRecord]:
        """Who said what, each quote cited by article and span; by speaker (any spelling), story or
        the entity that said it."""
        from rasid.quotes.listing import iter_quote_records

        if entity:
            wanted = self._entity(entity, articles=False)
            where = ArticleFilter(linked=(records.kind_of(Entity), wanted.id), quoted=wanted.id)
            found = []
            cursor = None
            while True:
                page, cursor = self.store.page_articles(where, cursor, 200)
                found += [_quote_record(a, q) for a in page for q in a.quotes if q.speaker_entity_id == wanted.id]
                if cursor is None or (limit and len(found) >= limit):
                    break
            return found[:limit] if limit else found
        story_id = self._story_id(story) if story else None
        found = []
        for record in iter_quote_records(self.store, speaker=speaker, story_id=story_id):
            found.append(QuoteRecord(**record))
            if limit and len(found) >= limit:
                break
        return found

    # -- the home page ---------------------------------------------------------------------------
    def overview(self, limit: int = 8) -> Overview:
        window = self._window()
        story_kind, entity_kind = records.kind_of(Story), records.kind_of(Entity)
        rising: list[tuple[Entity, int, int]] = []
        if window:
            activity = self.store.linked_activity(entity_kind, *window[:2])
            # Rising: named far more this week than the week before (a ratio, so a name always in
            # the news does not rise by being in more of a busier week's articles).
            ranked = sorted((r for r in activity if r[2] >= RISING_MIN and r[2] > 2 * r[1]),
                            key=lambda r: (-(r[2] + 1) / (r[1] + 1), -r[2], r[0]))[:limit]
            loaded = {e.id: e for e in records.load_many(self.store, Entity, [r[0] for r in ranked], articles=False)}
            rising = [(loaded[r[0]], r[2], r[1]) for r in ranked if r[0] in loaded]
        outlets = sorted((Count(k, n) for k, n in self.store.count_by("outlet")), key=lambda c: (-c.count, c.key or ""))
        return Overview(as_of=window[2] if window else None, articles=self.store.count_articles(),
                        stories=self.store.count_documents(story_kind), entities=self.store.count_documents(entity_kind),
                        latest=self.stories("recent", limit), growing=self.stories("growth", limit), rising=rising,
                        outlets=outlets[:12])

    # -- export ----------------------------------------------------------------------------------
    def export(self, out: IO[str], format: str = "jsonl") -> None:
        from rasid.export.writers import WRITERS

        if format not in WRITERS:
            raise RasidError(f"format must be one of {', '.join(sorted(WRITERS))}, not {format!r}")
        WRITERS[format](self.store, out)

    def export_lines(self) -> Iterator[str]:
        """The JSONL export line by line, read through a connection of its own, closed at the end
        (a server streams it while other requests use the workspace)."""
        from rasid.export.writers import jsonl_lines

        store = open_store(self.settings.db)
        try:
            yield from jsonl_lines(store)
        finally:
            store.close()


def timeline_events(story: Story, briefing: Briefing, articles: Sequence[Article]) -> list[TimelineEvent]:
    """The briefing's timeline with each entry's event beside it: place, participants (linked to
    the entities the story's mentions of them were linked to) and one sentence per outlet."""
    from rasid.entities.names import name_key

    events = {e.id: e for e in story.events}
    texts = {a.id: a.text for a in articles}
    linked: dict[str, Counter] = {}
    glued: dict[str, Counter] = {}  # the same without a one- or two-letter clitic (بكيم -> كيم)
    # A large story repeats each spelling hundreds of times: key each spelling once.
    spellings = Counter((m.text, m.entity_id) for article in articles for m in article.mentions if m.entity_id)
    for (text, entity_id), count in spellings.items():
        linked.setdefault(name_key(text), Counter())[entity_id] += count
        for cut in (1, 2):
            if len(text) - cut >= 3:
                glued.setdefault(name_key(text[cut:]), Counter())[entity_id] += count

    def participant(name: str) -> Participant:
        key = name_key(name)
        found = linked.get(key) or glued.get(key)
        return Participant(name, found.most_common(1)[0][0] if found else None)

    timeline = []
    for entry in briefing.timeline:
        event = events.get(entry.event_id)
        sentences: dict[str, OutletSentence] = {}
        told = entry.citation
        for s in sorted(event.sentences if event else [], key=lambda s: s.article_id != told.article_id):
            if s.outlet not in sentences and s.article_id in texts:
                sentences[s.outlet] = OutletSentence(s.outlet, s.article_id, s.start, s.end,
                                                     texts[s.article_id][s.start:s.end])
        people: dict[str, Participant] = {}  # one per entity: لبيونج يانج and بيونغ يانغ are one place
        for name in event.participants if event else []:
            found = participant(name)
            people.setdefault(found.entity_id or name, found)
        timeline.append(TimelineEvent(entry, event.place if event else None, list(people.values()),
                                      list(sentences.values()), len(event.article_ids) if event else 0))
    return timeline


class _ViewBuilder:
    """Builds views in a worker process, through a workspace of its own on the same database."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, wanted: list[tuple[str, str]]) -> list[tuple[str, str, bytes, int]]:
        import os

        key = (os.getpid(), self.settings.db)
        if key not in _BUILDERS:  # one per process (a forked worker must not use its parent's connections)
            _BUILDERS.clear()
            _BUILDERS[key] = Workspace(self.settings)
        return _BUILDERS[key].build_views(wanted)


_BUILDERS: dict = {}


@functools.cache
def _pages_ahead():
    """The web workspace's page builder (``rasid.web.ahead``), when it is installed: the service
    layer names it rather than imports it, so the engine runs without the web extras."""
    try:
        from rasid.web import ahead
    except ImportError:
        return None
    return ahead


def _linked(entity: Entity) -> Entity:
    """An entity as another view shows it: a link (id, name, type, spellings).  Its own stories
    were nine tenths of the stored story and entity views of SaudiNewsNet (3.4 GB of 4.7; «باريس»
    alone is in hundreds of stories)."""
    return replace(entity, story_ids=[])


def _encode_entity_view(view: EntityView) -> bytes:
    # The view lists the entity's articles by count and by the latest few: its ids are left out.
    # Only the entity is walked in Python; orjson encodes the rest (walking the whole view with
    # to_data first was a third of a cold entity page's time).
    fields = {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}
    return records.encode({**fields, "entity": records.to_data(view.entity, exclude=("article_ids",))})


def _days(counts: list[Count]) -> list[Count]:
    """Counts of articles dated to the day (an estimate only good to the month or year has no day)."""
    return [c for c in counts if c.key and len(c.key) == 10]


def _quote_record(article: Article, quote) -> QuoteRecord:
    return QuoteRecord(article_id=article.id or "", start=quote.start, end=quote.end, text=quote.text, kind=quote.kind,
                       speaker=quote.speaker, speaker_entity_id=quote.speaker_entity_id, relayed_by=quote.relayed_by,
                       outlet=article.outlet, published=article.published, title=article.title)


class _SilentBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

    def write(self, *args, **kwargs) -> None:
        pass


def _silent_progress(*args, **kwargs) -> _SilentBar:
    return _SilentBar()


def open(db: str | None = None, settings: Settings | None = None, **overrides) -> Workspace:  # noqa: A001
    """A workspace on ``db`` (a SQLite path or a postgresql:// URL; default: the settings' db).
    ``overrides`` replace settings by name (``executor="ray"``, ``workers=4``)."""
    settings = (settings or Settings.load()).with_overrides(db=db, **overrides)
    return Workspace(settings)


__all__ = ["RunReport", "Workspace", "open", "summarize_article"]
