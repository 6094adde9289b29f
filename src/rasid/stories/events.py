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
    # Undated stories: articles dated further apart than this are never linked.
    max_gap_days: int = 2
    # Dated articles the same days join an event only if this similar to it (on average).
    dated_threshold: float = 0.1
    embedding_weight: float = 0.5
    embedding_floor: float = 0.2
    # Beyond this many articles a date segment is clustered in consecutive blocks.
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


def _by_span(dated: list[int], members: Sequence[EventMember], config: EventConfig) -> list[list[int]]:
    order = sorted(dated, key=lambda i: (members[i].day, i))
    events: list[list[int]] = []
    open_events: list[int] = []  # indices into ``events`` still within their span
    for index in order:
        day = members[index].day
        open_events = [e for e in open_events if (day - members[events[e][0]].day).days <= config.span_days]
        best, best_score = None, config.dated_threshold
        for e in open_events:
            score = _mean_similarity(index, events[e], members, config)
            if score >= best_score:
                best, best_score = e, score
        if best is None:
            events.append([index])
            open_events.append(len(events) - 1)
        else:
            events[best].append(index)
    return events


def _attach_undated(groups, undated, members, config) -> list[list[int]]:
    for index in undated:
        scores = [_mean_similarity(index, g, members, config) for g in groups]
        best = max(range(len(groups)), key=lambda g: scores[g])
        if scores[best] >= config.threshold:
            groups[best].append(index)
        else:
            groups.append([index])
    return groups


def _mean_similarity(index: int, group: list[int], members: Sequence[EventMember], config: EventConfig) -> float:
    chosen = [members[i] for i in group] + [members[index]]
    similarity = _similarity(chosen, config, local_idf=False)
    return float(similarity[-1, :-1].mean())


def _date_segments(members: Sequence[EventMember], max_gap: int) -> list[list[int]]:
    """Split dated members where consecutive dates jump by more than ``max_gap`` days."""
    dated = sorted((m.day, i) for i, m in enumerate(members) if m.day is not None)
    undated = [i for i, m in enumerate(members) if m.day is None]
    segments: list[list[int]] = []
    for day, index in dated:
        if segments and (day - members[segments[-1][-1]].day).days <= max_gap:
            segments[-1].append(index)
        else:
            segments.append([index])
    if undated:
        # Undated articles cannot be placed in time: content decides among all of them.
        if segments:
            segments = [sum(segments, []) + undated]
        else:
            segments = [undated]
    return segments


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


def _similarity(members: list[EventMember], config: EventConfig, local_idf: bool = True) -> np.ndarray:
    n = len(members)
    local_df: Counter[str] = Counter()
    for m in members:
        local_df.update(m.tfidf.keys())
    vocabulary = {t: i for i, t in enumerate(local_df)}
    matrix = np.zeros((n, len(vocabulary)), dtype=np.float32)
    for row, m in enumerate(members):
        for term, weight in m.tfidf.items():
            # Terms every member shares get zero weight: they name the story, not the event.
            matrix[row, vocabulary[term]] = weight * (math.log(n / local_df[term]) if local_idf else 1.0)
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
    days = [m.day for m in members]
    for i in range(n):
        for j in range(i + 1, n):
            if days[i] is not None and days[j] is not None and abs((days[i] - days[j]).days) > config.max_gap_days:
                similarity[i, j] = similarity[j, i] = 0.0
    return similarity
