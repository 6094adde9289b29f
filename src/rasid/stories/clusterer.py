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
from rasid.stories.events import group_events
from rasid.stories.features import Features, IncrementalIdf, extract
from rasid.stories.pairwise import average_linkage_groups, cross_linkage, similarity_matrix
from rasid.stories.specifics import discount_places
from rasid.stories.prefetch import embed_leads
from rasid.stories.signals import Signal, combine
from rasid.temporal.calendar import parse_day

EMBEDDING_DIM = 512


@dataclass(slots=True)
class _StoryState:
    """A story's running sums.  Only its anchors are summed: the news reports it was built
    on.  An opinion column joins a story but does not pull others in, unless the story
    has no anchor yet (then it is summed, and the story attracts only strong matches)."""

    id: str
    article_ids: list[str]
    embedding_sum: np.ndarray
    tfidf_sum: dict[str, float]
    tfidf_norm: float = 0.0
    specifics_sum: dict[str, float] = field(default_factory=dict)
    specifics_norm: float = 0.0
    lead_sum: dict[str, float] = field(default_factory=dict)
    lead_norm: float = 0.0
    # Lead terms and title specifics of the summed members, with the count of members using each.
    lead_term_counts: dict[str, int] = field(default_factory=dict)
    title_name_counts: dict[str, int] = field(default_factory=dict)
    happening_counts: dict[date, int] = field(default_factory=dict)
    first_day: date | None = None
    last_day: date | None = None
    # The last day a group of reports matched the story strongly (or the day it began): how
    # fresh its core is.  Weak joins do not renew it, so a story cannot live on by chaining.
    core_day: date | None = None
    entity_counts: dict[str, int] = field(default_factory=dict)
    outlets: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    row: int = 0
    summed: int = 0  # members in the sums
    anchored: bool = False  # some summed member is a news report

    @property
    def size(self) -> int:
        """Members in the sums: what average-linkage signals divide by."""
        return self.summed

    @property
    def members(self) -> int:
        return len(self.article_ids)


@dataclass(slots=True)
class _Record:
    """What is kept of each article: enough to weigh it again, regroup events and title a story."""

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
    lead_tfidf: dict[str, float] = field(default_factory=dict)
    lead_set: frozenset[str] = frozenset()
    title_names: frozenset[str] = frozenset()
    happening: date | None = None
    kind: str = "news"


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
        self.removed: set[str] = set()  # stories merged into another by the last add/add_many call

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
        self.removed = set()
        if self.config.use_embeddings:
            embed_leads(batch, self.config.embed_threads)
        assigned: list[str] = []
        # Within a batch, candidates from the story matrix are computed once per day.
        for day_batch in _by_day(batch):
            assigned.extend(self._add_day(day_batch))
        # A later article may have split a story: report where each article ended up.
        return [self._records[f.article_id].story_id for f in batch]

    def _add_day(self, batch: list[Features]) -> list[str]:
        """One day's articles: first grouped among themselves (average linkage over the
        pairwise signals, cut at the join threshold), then each group joins the story it is
        on average closest to, or starts one.  Deciding a day at once spares the single
        pass its order: the second report of a happening no longer finds only the first."""
        day = batch[0].day
        fresh: list[Features] = []
        seen: set[str] = set()
        for features in batch:
            if features.article_id not in self._records and features.article_id not in seen:
                seen.add(features.article_id)
                fresh.append(features)
        # The whole day's articles count towards IDF before any is weighted: a term the day
        # repeats everywhere is known as common from the day's first article on.
        for features in fresh:
            self.idf.add(features.terms)
            self.specifics_idf.add(features.specific_counts)
        for features in fresh:
            self.weigh(features)
        if fresh:
            active_rows = self._active_rows(day)
            to_stories = None
            if self.config.use_embeddings and active_rows.size:
                embeddings = np.stack([f.embedding for f in fresh])
                story_matrix = self._matrix[active_rows]
                norms = np.linalg.norm(story_matrix, axis=1, keepdims=True)
                norms[norms == 0] = 1.0
                to_stories = embeddings @ (story_matrix / norms).T
            for group in _day_groups(self.config, fresh):
                members = [fresh[i] for i in group]
                candidates: set[str] = set()
                for i in group:
                    candidates |= self._term_candidates(fresh[i])
                    if to_stories is not None:
                        for row in _top(to_stories[i], self.config.candidate_neighbours):
                            candidates.add(self._rows[active_rows[row]])
                candidates &= self._stories.keys()  # (a story merged into another since the day began)
                view = _GroupView.of(members)
                story_id, strong, bridged = self._choose(view, candidates, members)
                for features in members:
                    story_id = self._join(features, story_id)
                for other_id in bridged:
                    story_id = self._merge(story_id, other_id)
                story = self._stories[story_id]
                if strong and day is not None:
                    story.core_day = max(getattr(story, "core_day", None) or day, day)
        return [self._records[f.article_id].story_id for f in batch]

    def weigh(self, features: Features) -> Features:
        """Set the article's TF-IDF, lead and specifics vectors with the stream's current IDF,
        and pick out the headline terms rare enough to name one happening."""
        features.tfidf = self.idf.vector(features.terms, self.config.tfidf_terms)
        features.lead_tfidf = self.idf.vector(features.lead_terms, self.config.lead_terms)
        features.specifics = discount_places(self.specifics_idf.vector(features.specific_counts, self.config.specifics_terms),
                                             self.config.place_weight)
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
                if story_id in self._stories:  # (not one merged into another since)
                    shared[story_id] = shared.get(story_id, 0.0) + weight
        if len(shared) > self.config.candidate_stories:
            return set(sorted(shared, key=shared.__getitem__, reverse=True)[: self.config.candidate_stories])
        return set(shared)

    def _choose(self, view: _GroupView, candidates: set[str], members: Sequence[Features]) -> tuple[str | None, bool, list[str]]:
        """The story the group joins (None: it starts one), whether the match is strong, and
        the other stories the group also matches at ``merge_threshold``: it bridges them.

        Candidates are first scored against the story's sums (cheap), which stand in for the
        story only loosely: the centroid of many reports is close to each, and a headline
        name or a happening day any one member has counts for the whole story, so a story
        grew by chaining through one stray member (the Jazan rains took the Asir rains'
        reports, which the day's own grouping had kept apart).  Those that pass are then
        scored as average linkage over pairs of the group's articles and the story's core
        (``_core``): the measure the day's grouping uses, so a group joins a story only when
        it would have been grouped with the story's core had they come on one day."""
        best_id, best_score, best_strong = None, -1.0, False
        matched: list[tuple[float, str]] = []
        for story_id in sorted(candidates):  # sorted: ties resolve the same in every process
            story = self._stories[story_id]
            weak_only = self._is_old(story, view.day) or self._is_stale(story, view.day) or not story.anchored
            needed = self.config.strong_threshold if weak_only else self.config.threshold
            if combine(self.config.signals, view, story, content_only=weak_only) < needed:
                continue  # the sums rarely score a story under its core: a cheap first cut
            content, score = self._core_scores(members, story)
            if weak_only:
                score = content
            else:
                needed += self.config.core_margin
            if score < needed:
                continue
            matched.append((score, story_id))
            if score <= best_score:
                continue
            best_id, best_score, best_strong = story_id, score, content >= self.config.strong_threshold
        bridged = [story_id for score, story_id in matched
                   if story_id != best_id and score >= self.config.merge_threshold]
        return best_id, best_id is None or best_strong, bridged

    def _core(self, story: _StoryState) -> list[_Record]:
        """The members a story is judged by: its anchors (news reports; all members while it
        has none), the latest ``core_size`` of them, so the cost of a join stays bounded."""
        records = [self._records[a] for a in story.article_ids]
        anchors = [r for r in records if r.kind == "news"] or records
        return anchors[-self.config.core_size :]

    def _core_scores(self, members: Sequence[Features], story: _StoryState) -> tuple[float, float]:
        """(content signals only, all signals): mean pair score of the group with the core."""
        core = [_MemberView.of(r) for r in self._core(story)]
        signals = self.config.signals
        return (cross_linkage([s for s in signals if s.content], members, core),
                cross_linkage(signals, members, core))

    def _is_stale(self, story: _StoryState, day: date | None) -> bool:
        """Whether the story's core last matched strongly more than ``stale_days`` before
        ``day``: then only a strong match joins it (weakly joined members kept it looking
        alive: the deputy crown prince's daily phone calls chained for three weeks)."""
        core = getattr(story, "core_day", None)  # states saved before core_day existed: never stale
        if day is None or core is None:
            return False
        return (day - core).days > self.config.stale_days

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
            lead_tfidf=features.lead_tfidf,
            lead_set=frozenset(features.lead_terms),
            title_names=features.title_names,
            happening=features.happening,
            kind=features.kind,
        )
        self._records[features.article_id] = record
        story = self._stories[story_id]
        self._accumulate(story, features.article_id, record)
        self._dirty.add(story_id)
        self.touched.add(story_id)
        if story.members in self.config.split_sizes:
            self._reexamine(story)
        return story_id

    def _merge(self, story_id: str, other_id: str) -> str:
        """One story of the two a group bridged.  The older keeps its id (the one readers have
        seen and linked to longest); the other's stored record is the stage's to delete
        (``removed``).  Returns the id kept."""
        a, b = self._stories[story_id], self._stories[other_id]
        key = lambda s: (s.first_day or date.max, -s.members, s.id)
        keep, gone = (a, b) if key(a) <= key(b) else (b, a)
        position = {article_id: i for i, article_id in enumerate(keep.article_ids + gone.article_ids)}
        ids = sorted(position, key=lambda i: (self._records[i].published or "", position[i]))
        for article_id in gone.article_ids:
            self._records[article_id].story_id = keep.id
        cores = [d for d in (getattr(keep, "core_day", None), getattr(gone, "core_day", None)) if d is not None]
        del self._stories[gone.id]
        self._matrix[gone.row] = 0.0
        self._events.pop(gone.id, None)
        self._dirty.discard(gone.id)
        self.touched.discard(gone.id)
        self.removed.add(gone.id)
        self._rebuild(keep, ids)
        keep.core_day = max(cores) if cores else None
        self._dirty.add(keep.id)
        self.touched.add(keep.id)
        return keep.id

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
        anchor = record.kind == "news"
        if anchor and not story.anchored and story.summed:
            # The first report to join a story seeded by columns becomes its anchor; the
            # columns leave the sums.
            story.anchored = True
            self._resum(story)
        elif anchor or not story.anchored:
            story.anchored = story.anchored or anchor
            self._add_to_sums(story, record)
        if record.day is not None:
            story.first_day = min(story.first_day or record.day, record.day)
            story.last_day = max(story.last_day or record.day, record.day)
        for entity in record.entities:
            story.entity_counts[entity] = story.entity_counts.get(entity, 0) + 1
        if record.language:
            story.languages[record.language] = story.languages.get(record.language, 0) + 1
        if record.outlet:
            story.outlets[record.outlet] = story.outlets.get(record.outlet, 0) + 1

    def _add_to_sums(self, story: _StoryState, record: _Record) -> None:
        story.summed += 1
        if record.embedding is not None:
            self._matrix[story.row] += record.embedding
            story.embedding_sum = self._matrix[story.row]
        story.tfidf_norm = _add_sparse(story.tfidf_sum, story.tfidf_norm, record.tfidf, self._postings, story.id)
        story.specifics_norm = _add_sparse(story.specifics_sum, story.specifics_norm, record.specifics)
        story.lead_norm = _add_sparse(story.lead_sum, story.lead_norm, record.lead_tfidf)
        for term in record.lead_set:
            story.lead_term_counts[term] = story.lead_term_counts.get(term, 0) + 1
        for term in record.title_names:
            story.title_name_counts[term] = story.title_name_counts.get(term, 0) + 1
        if record.happening is not None:
            story.happening_counts[record.happening] = story.happening_counts.get(record.happening, 0) + 1

    def _resum(self, story: _StoryState) -> None:
        """Rebuild the sums from the story's anchors (or all members while it has none)."""
        self._matrix[story.row] = 0.0
        story.embedding_sum = self._matrix[story.row]
        story.summed = 0
        story.tfidf_sum, story.tfidf_norm = {}, 0.0
        story.specifics_sum, story.specifics_norm = {}, 0.0
        story.lead_sum, story.lead_norm = {}, 0.0
        story.lead_term_counts, story.title_name_counts = {}, {}
        story.happening_counts = {}
        records = [self._records[a] for a in story.article_ids]
        story.anchored = any(r.kind == "news" for r in records)
        for record in records:
            if record.kind == "news" or not story.anchored:
                self._add_to_sums(story, record)

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
        story.article_ids = list(article_ids)
        story.entity_counts, story.languages, story.outlets = {}, {}, {}
        days = []
        for article_id in article_ids:
            record = self._records[article_id]
            for entity in record.entities:
                story.entity_counts[entity] = story.entity_counts.get(entity, 0) + 1
            if record.language:
                story.languages[record.language] = story.languages.get(record.language, 0) + 1
            if record.outlet:
                story.outlets[record.outlet] = story.outlets.get(record.outlet, 0) + 1
            if record.day is not None:
                days.append(record.day)
        story.first_day, story.last_day = (min(days), max(days)) if days else (None, None)
        self._resum(story)

    def set_published(self, article_id: str, published: str | None, happening: date | None = None) -> str | None:
        """A member's date became known later (estimated with its story's help), and with it
        the day its lead gives: regroup the story's events and widen its span.  Returns the
        story id, or None for an unknown article."""
        record = self._records.get(article_id)
        if record is None or (record.published == published and record.happening == happening):
            return None
        record.published = published
        record.day = parse_day(published)
        record.happening = happening
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
        """The story's events: its members grouped by happening (``rasid.stories.events``),
        each dated by the days its reports give (their leads' dates, else publication)."""
        views = [_MemberView.of(self._records[a]) for a in state.article_ids]
        events: list[Event] = []
        for group in group_events(views, self.config.signals, self.config.events):
            ids = [state.article_ids[i] for i in group]
            days = sorted(d for a in ids if (d := self._records[a].happening or self._records[a].day) is not None)
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


def _add_sparse(total: dict[str, float], norm: float, vector: dict[str, float],
                postings: dict[str, list[str]] | None = None, story_id: str = "") -> float:
    """Add ``vector`` into the running sum ``total``; returns the sum's new L2 norm.  With
    ``postings``, a term new to the sum lists the story under that term."""
    norm2 = norm**2
    for term, weight in vector.items():
        old = total.get(term)
        if old is None:
            if postings is not None:
                postings.setdefault(term, []).append(story_id)
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
    lead_tfidf: dict[str, float]
    lead_set: frozenset[str]
    title_names: frozenset[str]
    happening: date | None = None
    size: int = 1
    anchored: bool = True

    @classmethod
    def of(cls, record: _Record) -> _MemberView:
        return cls(record.embedding, record.tfidf, record.specifics, record.day, record.entities, record.language,
                   record.lead_tfidf, record.lead_set, record.title_names, record.happening)

    @property
    def title_name_counts(self) -> dict[str, int]:
        return dict.fromkeys(self.title_names, 1)

    @property
    def happening_counts(self) -> dict[date, int]:
        return {self.happening: 1} if self.happening else {}

    @property
    def happenings(self) -> frozenset[date]:
        return frozenset((self.happening,)) if self.happening else frozenset()

    @property
    def lead_sum(self) -> dict[str, float]:
        return self.lead_tfidf

    @property
    def lead_norm(self) -> float:
        return 1.0 if self.lead_tfidf else 0.0

    @property
    def lead_term_counts(self) -> dict[str, int]:
        return dict.fromkeys(self.lead_set, 1)

    lead_terms = lead_term_counts  # as an incoming article

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


def _day_groups(config: StoryConfig, fresh: Sequence[Features]) -> list[list[int]]:
    """Indices of the day's articles grouped by average linkage, in order of first member."""
    if len(fresh) == 1:
        return [[0]]
    return average_linkage_groups(similarity_matrix(config.signals, fresh), config.threshold)


@dataclass(slots=True)
class _GroupView:
    """Articles of one day that belong together, seen as one incoming article: their mean
    vectors, so a signal's dot product with a story's sums is the mean over all pairs
    (average linkage between the group and the story)."""

    embedding: np.ndarray | None
    tfidf: dict[str, float]
    specifics: dict[str, float]
    lead_tfidf: dict[str, float]
    lead_terms: dict[str, int]
    title_names: frozenset[str]
    happenings: frozenset[date]
    day: date | None
    entities: frozenset[str]
    language: str | None

    @classmethod
    def of(cls, members: Sequence[Features]) -> _GroupView:
        if len(members) == 1:
            f = members[0]
            return cls(f.embedding, f.tfidf, f.specifics, f.lead_tfidf, f.lead_terms, f.title_names,
                       frozenset((f.happening,)) if f.happening else frozenset(), f.day, f.entities, f.language)
        n = len(members)
        embeddings = [f.embedding for f in members if f.embedding is not None]
        embedding = None
        if embeddings:
            mean = np.mean(np.stack(embeddings), axis=0)
            norm = float(np.linalg.norm(mean))
            embedding = mean / norm if norm else mean
        languages = [f.language for f in members if f.language]
        return cls(
            embedding=embedding,
            tfidf=_mean_sparse([f.tfidf for f in members], n),
            specifics=_mean_sparse([f.specifics for f in members], n),
            lead_tfidf=_mean_sparse([f.lead_tfidf for f in members], n),
            lead_terms={t: 1 for f in members for t in f.lead_terms},
            title_names=frozenset().union(*(f.title_names for f in members)),
            happenings=frozenset(f.happening for f in members if f.happening),
            day=members[0].day,
            entities=frozenset().union(*(f.entities for f in members)),
            language=max(set(languages), key=languages.count) if languages else None,
        )


def _mean_sparse(vectors: Sequence[dict[str, float]], n: int) -> dict[str, float]:
    total: dict[str, float] = {}
    for vector in vectors:
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight / n
    return total


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
