"""Events inside a story: articles about the same happening, with a date span.

A story about Kim and Putin holds the Vostochny summit, the aircraft-plant visit two
days later and a visit to Pyongyang nine months later.  Reports of one happening come
out the day it happens and the next; so, with dates, an event spans at most
``span_days`` from its first report, and within that span articles group by content
(two unrelated happenings the same day stay apart).  Without dates, content alone
decides: average-linkage over lead embeddings and TF-IDF with a *story-local* IDF (the
vocabulary every member shares names the story, not the event).

Measured limit (seeds): the content of the summit reports and the plant-visit report
overlap more than two summit reports do (each recaps the other), so content alone
cannot split those two; it does split the June 2024 visit from the 2023 ones.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform


@dataclass(slots=True)
class EventConfig:
    # Average-linkage cut: members of one event are on average this similar.
    threshold: float = 0.3
    # An event's reports come out within this many days of its first report.
    span_days: int = 1
    # Dated articles the same days join an event only if this similar to it (on average).
    dated_threshold: float = 0.1
    embedding_weight: float = 0.5
    embedding_floor: float = 0.2
    # Beyond this many undated articles, content clustering runs on consecutive blocks.
    block: int = 400


@dataclass(slots=True)
class EventMember:
    article_id: str
    embedding: np.ndarray | None
    tfidf: dict[str, float]
    day: date | None


def group_events(members: Sequence[EventMember], config: EventConfig) -> list[list[int]]:
    """Partition member indices into events (each list sorted by index)."""
    if not members:
        return []
    dated = [i for i, m in enumerate(members) if m.day is not None]
    undated = [i for i, m in enumerate(members) if m.day is None]
    groups: list[list[int]] = []
    if dated:
        groups = _by_span(dated, members, config)
    if undated and not groups:
        for start in range(0, len(undated), config.block):
            groups.extend(_cluster(undated[start : start + config.block], members, config))
    elif undated:
        groups = _attach_undated(groups, undated, members, config)
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


class _Running:
    """An event being built: sums that give its mean similarity to a newcomer in O(terms)."""

    __slots__ = ("members", "embedding_sum", "tfidf_sum")

    def __init__(self) -> None:
        self.members: list[int] = []
        self.embedding_sum: np.ndarray | None = None
        self.tfidf_sum: dict[str, float] = {}

    def add(self, index: int, member: EventMember) -> None:
        self.members.append(index)
        if member.embedding is not None:
            self.embedding_sum = member.embedding.copy() if self.embedding_sum is None else self.embedding_sum + member.embedding
        for term, weight in member.tfidf.items():
            self.tfidf_sum[term] = self.tfidf_sum.get(term, 0.0) + weight

    def mean_similarity(self, member: EventMember, config: EventConfig) -> float:
        """Average-linkage similarity: the mean over members of the pairwise score."""
        n = len(self.members)
        terms = sum(w * self.tfidf_sum.get(t, 0.0) for t, w in member.tfidf.items()) / n
        if member.embedding is None or self.embedding_sum is None:
            return terms
        cosine = float(member.embedding @ self.embedding_sum) / n
        semantic = max(0.0, (cosine - config.embedding_floor) / (1.0 - config.embedding_floor))
        return config.embedding_weight * semantic + (1.0 - config.embedding_weight) * terms


def _by_span(dated: list[int], members: Sequence[EventMember], config: EventConfig) -> list[list[int]]:
    order = sorted(dated, key=lambda i: (members[i].day, i))
    events: list[_Running] = []
    open_events: list[_Running] = []  # events still within their span
    for index in order:
        member = members[index]
        open_events = [e for e in open_events if (member.day - members[e.members[0]].day).days <= config.span_days]
        best, best_score = None, config.dated_threshold
        for event in open_events:
            score = event.mean_similarity(member, config)
            if score >= best_score:
                best, best_score = event, score
        if best is None:
            best = _Running()
            events.append(best)
            open_events.append(best)
        best.add(index, member)
    return [e.members for e in events]


def _attach_undated(groups, undated, members, config) -> list[list[int]]:
    running = []
    for group in groups:
        event = _Running()
        for index in group:
            event.add(index, members[index])
        running.append(event)
    for index in undated:
        best = max(running, key=lambda e: e.mean_similarity(members[index], config))
        if best.mean_similarity(members[index], config) >= config.threshold:
            best.add(index, members[index])
        else:
            event = _Running()
            event.add(index, members[index])
            running.append(event)
    return [e.members for e in running]


def _cluster(block: list[int], members: Sequence[EventMember], config: EventConfig) -> list[list[int]]:
    if len(block) == 1:
        return [block]
    similarity = _similarity([members[i] for i in block], config)
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - config.threshold, criterion="distance")
    grouped: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        grouped.setdefault(int(label), []).append(block[position])
    return list(grouped.values())


def _similarity(members: list[EventMember], config: EventConfig) -> np.ndarray:
    n = len(members)
    local_df: Counter[str] = Counter()
    for m in members:
        local_df.update(m.tfidf.keys())
    vocabulary = {t: i for i, t in enumerate(local_df)}
    matrix = np.zeros((n, len(vocabulary)), dtype=np.float32)
    for row, m in enumerate(members):
        for term, weight in m.tfidf.items():
            # Terms every member shares get zero weight: they name the story, not the event.
            matrix[row, vocabulary[term]] = weight * math.log(n / local_df[term])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    matrix /= norms
    terms = matrix @ matrix.T
    if all(m.embedding is not None for m in members):
        embeddings = np.stack([m.embedding for m in members])
        cosine = embeddings @ embeddings.T
        semantic = np.clip((cosine - config.embedding_floor) / (1.0 - config.embedding_floor), 0.0, 1.0)
        similarity = config.embedding_weight * semantic + (1.0 - config.embedding_weight) * terms
    else:
        similarity = terms
    return similarity
