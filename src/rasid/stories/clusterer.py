"""Incremental story clustering: each arriving article joins a story or starts one.

Single pass, in arrival order.  For an article we gather a few candidate stories cheaply
(stories sharing its rarest terms, stories nearest its embedding among those active in
the time window, and the stories of its nearest neighbours in the same batch), score
each candidate with the weighted signals, and join the best one above the threshold.
Only that story's sums change; nothing else is recomputed.  Events inside a story are
regrouped lazily, only for stories that changed since they were last read.

State: a ``StoryClusterer`` holds only plain containers and numpy arrays (the embedding
model lives in a process-wide cache), so ``rasid.storage.state_codec`` saves it as data
and reads it back to resume the stream; ``to_state()``/``from_state()`` wrap exactly that.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from rasid.model import Article, Event, Story
from rasid.stories.config import StoryConfig
from rasid.stories.events import EventMember, group_events
from rasid.stories.features import Features, IncrementalIdf, extract
from rasid.stories.prefetch import embed_leads
from rasid.stories.signals import Signal, combine
from rasid.temporal.calendar import parse_day

EMBEDDING_DIM = 512


@dataclass(slots=True)
class _StoryState:
    id: str
    article_ids: list[str]
    embedding_sum: np.ndarray
    tfidf_sum: dict[str, float]
    tfidf_norm: float = 0.0
    specifics_sum: dict[str, float] = field(default_factory=dict)
    specifics_norm: float = 0.0
    first_day: date | None = None
    last_day: date | None = None
    entity_counts: dict[str, int] = field(default_factory=dict)
    outlets: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    row: int = 0

    @property
    def size(self) -> int:
        return len(self.article_ids)


@dataclass(slots=True)
class _Record:
    """What is kept of each article: enough to regroup events and to title a story."""

    story_id: str
    embedding: np.ndarray | None
    tfidf: dict[str, float]
    day: date | None
    title: str
    published: str | None
    specifics: dict[str, float] = field(default_factory=dict)
    entities: frozenset[str] = frozenset()
    language: str | None = None
    outlet: str | None = None


class StoryClusterer:
    def __init__(self, config: StoryConfig | None = None):
        self.config = config or StoryConfig()
        self.idf = IncrementalIdf(self.config.idf_power)
        self.specifics_idf = IncrementalIdf()
        self._stories: dict[str, _StoryState] = {}
        self._records: dict[str, _Record] = {}
        self._postings: dict[str, list[str]] = {}
        self._rows: list[str] = []  # row -> story id, for the embedding matrix
        self._matrix = np.zeros((64, EMBEDDING_DIM), dtype=np.float32)
        self._events: dict[str, list[Event]] = {}
        self._dirty: set[str] = set()
        self.touched: set[str] = set()  # stories changed by the last add/add_many call

    # -- adding ------------------------------------------------------------------------
    def add(self, article: Article) -> str:
        return self.add_many([article])[0]

    def add_many(self, articles: Iterable[Article]) -> list[str]:
        """Add articles in arrival order; returns the story id of each."""
        batch = [extract(a, self.config.lead_chars) for a in articles]
        return self.add_features(batch)

    def add_features(self, batch: Sequence[Features]) -> list[str]:
        """``add_many`` for features already extracted (by ``rasid.stories.prefetch``, or by
        the benchmark, which shares the tokens with de-duplication)."""
        self.touched = set()
        if self.config.use_embeddings:
            embed_leads(batch, self.config.embed_threads)
        assigned: list[str] = []
        # Within a batch, candidates from the story matrix are computed once per day.
        for day_batch in _by_day(batch):
            assigned.extend(self._add_day(day_batch))
        # A later article may have split a story: report where each article ended up.
        return [self._records[f.article_id].story_id for f in batch]

    def _add_day(self, batch: list[Features]) -> list[str]:
        day = batch[0].day
        active_rows = self._active_rows(day)
        if self.config.use_embeddings:
            embeddings = np.stack([f.embedding for f in batch])
            story_matrix = self._matrix[active_rows]
            norms = np.linalg.norm(story_matrix, axis=1, keepdims=True)
            norms[norms == 0] = 1.0
            to_stories = embeddings @ (story_matrix / norms).T if active_rows.size else None
            within = embeddings @ embeddings.T
        # The whole day's articles count towards IDF before any is weighted: a term the day
        # repeats everywhere is known as common from the day's first article on.
        fresh = [f for f in batch if f.article_id not in self._records]
        for features in fresh:
            self.idf.add(features.terms)
            self.specifics_idf.add(features.specific_counts)
        assigned: list[str] = []
        for i, features in enumerate(batch):
            if features.article_id in self._records:
                assigned.append(self._records[features.article_id].story_id)
                continue
            self.weigh(features)
            candidates = self._term_candidates(features)
            if self.config.use_embeddings:
                k = self.config.candidate_neighbours
                if to_stories is not None:
                    for row in _top(to_stories[i], k):
                        candidates.add(self._rows[active_rows[row]])
                if i:
                    for j in _top(within[i, :i], k):
                        record = self._records.get(batch[j].article_id)
                        if record is not None:
                            candidates.add(record.story_id)
            story_id = self._choose(features, candidates)
            assigned.append(self._join(features, story_id))
        return assigned

    def weigh(self, features: Features) -> Features:
        """Set the article's TF-IDF and specifics vectors with the stream's current IDF."""
        features.tfidf = self.idf.vector(features.terms, self.config.tfidf_terms)
        features.specifics = self.specifics_idf.vector(features.specific_counts, self.config.specifics_terms)
        return features

    def _active_rows(self, day: date | None) -> np.ndarray:
        if day is None:
            return np.arange(len(self._rows))
        cutoff = day - timedelta(days=self.config.window_days)
        rows = [s.row for s in self._stories.values() if s.last_day is None or s.last_day >= cutoff]
        return np.asarray(sorted(rows), dtype=np.int64)

    def _term_candidates(self, features: Features) -> set[str]:
        rare = sorted(features.tfidf.items(), key=lambda kv: -kv[1])[: self.config.candidate_terms]
        shared: dict[str, float] = {}
        for term, weight in rare:
            # Postings grow in arrival order, so the tail holds the stories still alive.
            for story_id in self._postings.get(term, ())[-self.config.candidate_postings :]:
                shared[story_id] = shared.get(story_id, 0.0) + weight
        if len(shared) > self.config.candidate_stories:
            return set(sorted(shared, key=shared.__getitem__, reverse=True)[: self.config.candidate_stories])
        return set(shared)

    def _choose(self, features: Features, candidates: set[str]) -> str | None:
        best_id, best_score = None, -1.0
        for story_id in sorted(candidates):  # sorted: ties resolve the same in every process
            story = self._stories[story_id]
            if self._is_old(story, features.day):
                score = combine(self.config.signals, features, story, content_only=True)
                if score < self.config.strong_threshold:
                    continue
            else:
                score = combine(self.config.signals, features, story)
                if score < self.config.threshold:
                    continue
            if score > best_score:
                best_id, best_score = story_id, score
        return best_id

    def _is_old(self, story: _StoryState, day: date | None) -> bool:
        if day is None or story.last_day is None:
            return False
        return abs((day - story.last_day).days) > self.config.window_days and (
            story.first_day is None or abs((story.first_day - day).days) > self.config.window_days
        )

    def _join(self, features: Features, story_id: str | None) -> str:
        if story_id is None:
            story_id = self._new_story(features.article_id)
        record = _Record(
            story_id=story_id,
            embedding=features.embedding,
            tfidf=features.tfidf,
            day=features.day,
            title=features.title,
            published=features.published,
            specifics=features.specifics,
            entities=features.entities,
            language=features.language,
            outlet=features.outlet,
        )
        self._records[features.article_id] = record
        story = self._stories[story_id]
        self._accumulate(story, features.article_id, record)
        self._dirty.add(story_id)
        self.touched.add(story_id)
        if story.size in self.config.split_sizes:
            self._reexamine(story)
        return story_id

    def _new_story(self, first_article_id: str) -> str:
        story_id = _story_id(first_article_id)
        row = len(self._rows)
        if row == self._matrix.shape[0]:
            self._matrix = np.vstack([self._matrix, np.zeros_like(self._matrix)])
            for other in self._stories.values():
                other.embedding_sum = self._matrix[other.row]
        self._rows.append(story_id)
        self._stories[story_id] = _StoryState(
            id=story_id, article_ids=[], embedding_sum=self._matrix[row], tfidf_sum={}, row=row
        )
        return story_id

    def _accumulate(self, story: _StoryState, article_id: str, record: _Record) -> None:
        story.embedding_sum = self._matrix[story.row]
        story.article_ids.append(article_id)
        if record.embedding is not None:
            self._matrix[story.row] += record.embedding
            story.embedding_sum = self._matrix[story.row]
        story.tfidf_norm = _add_sparse(story.tfidf_sum, story.tfidf_norm, record.tfidf, self._new_term(story.id))
        story.specifics_norm = _add_sparse(story.specifics_sum, story.specifics_norm, record.specifics)
        if record.day is not None:
            story.first_day = min(story.first_day or record.day, record.day)
            story.last_day = max(story.last_day or record.day, record.day)
        for entity in record.entities:
            story.entity_counts[entity] = story.entity_counts.get(entity, 0) + 1
        if record.language:
            story.languages[record.language] = story.languages.get(record.language, 0) + 1
        if record.outlet:
            story.outlets[record.outlet] = story.outlets.get(record.outlet, 0) + 1

    # -- local reassignment ------------------------------------------------------------
    def _reexamine(self, story: _StoryState) -> None:
        """Split the story in two when its members form two clearly separate groups."""
        ids = list(story.article_ids)
        records = [self._records[a] for a in ids]
        similarity = _pairwise(self.config.signals, records)
        parts = _two_groups(similarity)
        if parts is None or min(len(p) for p in parts) < self.config.split_min_part:
            return
        if _silhouette(similarity, parts) < self.config.split_silhouette:
            return
        # The part holding the story's first report keeps the story; the other starts one.
        keep, move = parts if 0 in parts[0] else (parts[1], parts[0])
        moved_id = self._new_story(ids[move[0]])
        self._rebuild(story, [ids[i] for i in keep])
        new_story = self._stories[moved_id]
        for i in move:
            self._records[ids[i]].story_id = moved_id
        self._rebuild(new_story, [ids[i] for i in move])
        self._dirty.update((story.id, moved_id))
        self.touched.update((story.id, moved_id))

    def _rebuild(self, story: _StoryState, article_ids: list[str]) -> None:
        self._matrix[story.row] = 0.0
        story.article_ids = []
        story.tfidf_sum, story.tfidf_norm = {}, 0.0
        story.specifics_sum, story.specifics_norm = {}, 0.0
        story.first_day = story.last_day = None
        story.entity_counts, story.languages, story.outlets = {}, {}, {}
        for article_id in article_ids:
            self._accumulate(story, article_id, self._records[article_id])

    def _new_term(self, story_id: str):
        return lambda term: self._postings.setdefault(term, []).append(story_id)

    def set_published(self, article_id: str, published: str | None) -> str | None:
        """A member's date became known later (estimated with its story's help): regroup the
        story's events and widen its span.  Returns the story id, or None for an unknown article."""
        record = self._records.get(article_id)
        if record is None or record.published == published:
            return None
        record.published = published
        record.day = parse_day(published)
        story = self._stories[record.story_id]
        days = [self._records[a].day for a in story.article_ids if self._records[a].day is not None]
        story.first_day, story.last_day = (min(days), max(days)) if days else (None, None)
        self._dirty.add(record.story_id)
        return record.story_id

    # -- reading -----------------------------------------------------------------------
    def story_of(self, article_id: str) -> str | None:
        record = self._records.get(article_id)
        return record.story_id if record else None

    @property
    def stories(self) -> list[Story]:
        return [self.story(story_id) for story_id in self._stories]

    def story(self, story_id: str) -> Story:
        state = self._stories[story_id]
        if story_id in self._dirty or story_id not in self._events:
            self._events[story_id] = self._group_events(state)
            self._dirty.discard(story_id)
        days = [d for d in (state.first_day, state.last_day) if d is not None]
        return Story(
            id=story_id,
            title=self._title(state),
            article_ids=list(state.article_ids),
            events=list(self._events[story_id]),
            outlets=sorted(state.outlets),
            date_start=days[0].isoformat() if days else None,
            date_end=days[-1].isoformat() if days else None,
        )

    def _title(self, state: _StoryState) -> str:
        """The title of the member closest to the story's centre: its most typical report."""
        records = [self._records[a] for a in state.article_ids]
        if len(records) > 1 and all(r.embedding is not None for r in records):
            scores = np.stack([r.embedding for r in records]) @ state.embedding_sum
            return records[int(np.argmax(scores))].title
        return records[0].title

    def _group_events(self, state: _StoryState) -> list[Event]:
        members = [
            EventMember(a, self._records[a].embedding, self._records[a].tfidf, self._records[a].day)
            for a in state.article_ids
        ]
        events: list[Event] = []
        for group in group_events(members, self.config.events):
            ids = [state.article_ids[i] for i in group]
            days = sorted(self._records[a].day for a in ids if self._records[a].day is not None)
            first = min(ids, key=lambda a: (self._records[a].published or "\uffff", state.article_ids.index(a)))
            events.append(
                Event(
                    id=hashlib.blake2b(f"{state.id}\x00{ids[0]}".encode(), digest_size=8).hexdigest(),
                    story_id=state.id,
                    title=self._records[first].title,
                    article_ids=ids,
                    date_start=days[0].isoformat() if days else None,
                    date_end=days[-1].isoformat() if days else None,
                )
            )
        events.sort(key=lambda e: (e.date_start or "", e.article_ids[0]))
        return events

    # -- persistence -------------------------------------------------------------------
    def to_state(self) -> bytes:
        """The whole clusterer as bytes (``rasid.storage.state_codec``, never pickle);
        resume with ``StoryClusterer.from_state``."""
        from rasid.storage.state_codec import dumps

        return dumps(self, "stories")

    @classmethod
    def from_state(cls, state: bytes) -> StoryClusterer:
        from rasid.storage.state_codec import loads

        clusterer = loads(state, "stories")
        if not isinstance(clusterer, cls):
            raise TypeError("not a StoryClusterer state")
        return clusterer

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_matrix"] = self._matrix[: len(self._rows)].copy()
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        matrix = np.zeros((max(64, 2 * len(self._rows)), EMBEDDING_DIM), dtype=np.float32)
        matrix[: len(self._rows)] = state["_matrix"]
        self._matrix = matrix
        for story in self._stories.values():
            story.embedding_sum = self._matrix[story.row]


def _add_sparse(total: dict[str, float], norm: float, vector: dict[str, float], on_new=None) -> float:
    """Add ``vector`` into the running sum ``total``; returns the sum's new L2 norm."""
    norm2 = norm**2
    for term, weight in vector.items():
        old = total.get(term)
        if old is None:
            if on_new is not None:
                on_new(term)
            old = 0.0
        total[term] = old + weight
        norm2 += (old + weight) ** 2 - old**2
    return float(np.sqrt(max(norm2, 0.0)))


@dataclass(slots=True)
class _MemberView:
    """One stored article seen both as an incoming article and as a one-member story, so
    the signals that weigh joins also weigh two members against each other."""

    embedding: np.ndarray | None
    tfidf: dict[str, float]
    specifics: dict[str, float]
    day: date | None
    entities: frozenset[str]
    language: str | None
    size: int = 1

    @classmethod
    def of(cls, record: _Record) -> _MemberView:
        return cls(record.embedding, record.tfidf, record.specifics, record.day, record.entities, record.language)

    @property
    def embedding_sum(self) -> np.ndarray:
        return self.embedding if self.embedding is not None else np.zeros(EMBEDDING_DIM, dtype=np.float32)

    @property
    def tfidf_sum(self) -> dict[str, float]:
        return self.tfidf

    @property
    def tfidf_norm(self) -> float:
        return 1.0 if self.tfidf else 0.0  # stored vectors are L2-normalised

    @property
    def specifics_sum(self) -> dict[str, float]:
        return self.specifics

    @property
    def specifics_norm(self) -> float:
        return 1.0 if self.specifics else 0.0

    @property
    def first_day(self) -> date | None:
        return self.day

    last_day = first_day

    @property
    def entity_counts(self) -> dict[str, int]:
        return dict.fromkeys(self.entities, 1)

    @property
    def languages(self) -> dict[str, int]:
        return {self.language: 1} if self.language else {}


def _pairwise(signals: Sequence[Signal], records: list[_Record]) -> np.ndarray:
    views = [_MemberView.of(r) for r in records]
    n = len(views)
    similarity = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            # Signals are asymmetric only in which side's norm they divide by; average both ways.
            score = 0.5 * (combine(signals, views[i], views[j]) + combine(signals, views[j], views[i]))
            similarity[i, j] = similarity[j, i] = score
    return similarity


def _two_groups(similarity: np.ndarray, rounds: int = 20) -> tuple[list[int], list[int]] | None:
    """Two groups by average similarity: seeded with the least similar pair, each member
    then moves to the group it is on average closer to, until nothing moves."""
    n = similarity.shape[0]
    if n < 2:
        return None
    masked = similarity + np.eye(n) * 2.0
    a, b = np.unravel_index(int(np.argmin(masked)), masked.shape)
    labels = np.where(similarity[:, a] >= similarity[:, b], 0, 1)
    labels[a], labels[b] = 0, 1
    for _ in range(rounds):
        means = []
        for k in (0, 1):
            members = labels == k
            if not members.any():
                return None
            total = similarity[:, members].sum(axis=1) - np.where(members, 1.0, 0.0)
            means.append(total / np.maximum(members.sum() - members.astype(int), 1))
        new = np.where(means[0] >= means[1], 0, 1)
        if (new == labels).all():
            break
        labels = new
    groups = [sorted(np.flatnonzero(labels == k).tolist()) for k in (0, 1)]
    return (groups[0], groups[1]) if groups[0] and groups[1] else None


def _silhouette(similarity: np.ndarray, parts: tuple[list[int], list[int]]) -> float:
    """Mean silhouette (Rousseeuw 1987) with 1 - similarity as the distance."""
    values = []
    for own, other in (parts, parts[::-1]):
        for i in own:
            inside = [1.0 - similarity[i, j] for j in own if j != i]
            if not inside:
                values.append(0.0)
                continue
            a = float(np.mean(inside))
            b = float(np.mean([1.0 - similarity[i, j] for j in other]))
            values.append((b - a) / max(a, b) if max(a, b) > 0 else 0.0)
    return float(np.mean(values))


def _by_day(batch: Sequence[Features]) -> list[list[Features]]:
    groups: list[list[Features]] = []
    for features in batch:
        if groups and groups[-1][0].day == features.day:
            groups[-1].append(features)
        else:
            groups.append([features])
    return groups


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    if scores.size <= k:
        return np.arange(scores.size)
    return np.argpartition(-scores, k)[:k]


def _story_id(article_id: str) -> str:
    return hashlib.blake2b(f"story\x00{article_id}".encode(), digest_size=8).hexdigest()
