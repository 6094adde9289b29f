"""The story signals between every two articles of a batch at once, as one matrix.

``combine(signals, a, b)`` weighs one article against one story; clustering a day's
articles among themselves needs it for every pair, which one call at a time costs
seconds per thousand articles.  Each signal of ``rasid.stories.signals`` is written here
as matrix arithmetic over the batch (sparse products for the term vectors, one dense
product for the embeddings), with the same silences: a signal with nothing to say about
a pair drops its weight from that pair's mean.  ``tests/test_stories.py`` checks the
matrix against ``combine`` pair by pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from rasid.stories.signals import (
    EmbeddingSignal,
    EntitySignal,
    HappeningSignal,
    LeadGapSignal,
    LeadSignal,
    Signal,
    SpecificsSignal,
    TfidfSignal,
    TimeSignal,
    TitleConflictSignal,
    combine,
)


# Up to this many articles, pairs are scored one by one.
SMALL = 6


def _rows(vectors: Sequence[dict[str, float]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    indptr, indices, data = [0], [], []
    for vector in vectors:
        for term, weight in vector.items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            data.append(weight)
        indptr.append(len(indices))
    return sparse.csr_matrix((np.asarray(data, dtype=np.float32), indices, indptr),
                             shape=(len(vectors), max(1, len(vocabulary))))


def _incidence(sets: Sequence[frozenset[str] | set[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    return _rows([dict.fromkeys(s, 1.0) for s in sets], vocabulary)


def _dot(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    columns = max(a.shape[1], b.shape[1])
    a.resize((a.shape[0], columns))
    b.resize((b.shape[0], columns))
    return (a @ b.T).toarray()


def similarity_matrix(signals: Sequence[Signal], docs: Sequence) -> np.ndarray:
    """``combine(signals, docs[i], docs[j])`` for every pair, symmetric (each pair scored
    as two one-member stories), with 1 on the diagonal."""
    n = len(docs)
    if n == 0:
        return np.zeros((0, 0))
    if n <= SMALL:  # a few pairs cost less one by one than as matrices
        similarity = np.eye(n, dtype=np.float32)
        for i in range(n):
            for j in range(i + 1, n):
                similarity[i, j] = similarity[j, i] = pair_score(signals, docs[i], docs[j])
        return similarity
    # float32 throughout: a day of 3,000 articles is 9 million pairs per matrix.
    total = np.zeros((n, n), dtype=np.float32)
    weight = np.zeros((n, n), dtype=np.float32)
    penalty = np.zeros((n, n), dtype=np.float32)
    languages = [d.language for d in docs]
    codes = {code: i for i, code in enumerate(sorted({x for x in languages if x}))}
    if len(codes) > 1:
        index = np.array([codes.get(x, -1) for x in languages])
        known = index >= 0
        same_language = (index[:, None] == index[None, :]) | ~known[:, None] | ~known[None, :]
    else:
        same_language = np.ones((n, n), dtype=bool)
    cache: dict = {}
    for signal in signals:
        value, said = _matrix(signal, docs, same_language, cache)
        if value is None:  # a signal this module does not know: score it pair by pair
            value, said = _pairwise_fallback(signal, docs)
        # Not in place: a signal's matrix may be shared through ``cache`` (the lead cosine
        # that LeadSignal and LeadGapSignal both read), and weighing it in place would hand
        # the next signal weighted values.
        value = value.astype(np.float32, copy=False)
        if signal.content:
            value = value * np.float32(signal.weight)
            value[~said] = 0.0
            total += value
            weight += said * np.float32(signal.weight)
        else:
            value = np.float32(signal.weight) * (1.0 - value)
            value[~said] = 0.0
            penalty += value
        del value, said
    np.maximum(weight, np.float32(1e-12), out=weight)
    total /= weight
    total[weight <= 1e-12] = 0.0
    total -= penalty
    np.fill_diagonal(total, 1.0)
    return total


def _matrix(signal, docs, same_language, cache: dict) -> tuple[np.ndarray | None, np.ndarray | None]:
    n = len(docs)
    if isinstance(signal, EmbeddingSignal):
        present = np.array([d.embedding is not None for d in docs])
        if not present.any():
            return np.zeros((n, n)), np.zeros((n, n), dtype=bool)
        matrix = np.stack([d.embedding if d.embedding is not None else np.zeros(512, dtype=np.float32) for d in docs])
        norms = np.linalg.norm(matrix, axis=1)
        present &= norms > 0
        unit = matrix / np.where(norms > 0, norms, 1.0)[:, None]
        cosine = unit @ unit.T
        return np.maximum(0.0, (cosine - signal.floor) / (1.0 - signal.floor)), np.outer(present, present)
    if isinstance(signal, (TfidfSignal, SpecificsSignal)):
        attribute = {TfidfSignal: "tfidf", SpecificsSignal: "specifics"}[type(signal)]
        return _cosines([getattr(d, attribute) for d in docs], same_language)
    if isinstance(signal, (LeadSignal, LeadGapSignal)):
        if "lead" not in cache:  # one product for both lead signals (the caller never writes into it)
            cache["lead"] = _cosines([d.lead_tfidf for d in docs], same_language)
        cosine, said = cache["lead"]
        if isinstance(signal, LeadSignal):
            return cosine, said
        return np.minimum(1.0, cosine / signal.floor), said
    if isinstance(signal, TimeSignal):
        days = [d.day for d in docs]
        present = np.array([d is not None for d in days])
        ordinals = np.array([d.toordinal() if d is not None else 0 for d in days], dtype=np.float64)
        gap = np.abs(ordinals[:, None] - ordinals[None, :])
        return np.exp(-gap / signal.scale_days), np.outer(present, present)
    if isinstance(signal, EntitySignal):
        sets = [d.entities for d in docs]
        vocabulary = {}
        rows = _incidence(sets, vocabulary)
        shared = (rows @ rows.T).toarray()
        sizes = np.array([len(s) for s in sets], dtype=np.float64)
        present = sizes > 0
        with np.errstate(invalid="ignore", divide="ignore"):
            # combine(a, b) divides by a's entities; the symmetric pair score averages both ways
            value = 0.5 * (shared / np.where(sizes > 0, sizes, 1.0)[:, None] + shared / np.where(sizes > 0, sizes, 1.0)[None, :])
        return value, np.outer(present, present)
    if isinstance(signal, (TitleConflictSignal, HappeningSignal)):
        if "names" not in cache:
            cache["names"] = _names_shared(docs)
        shared = cache["names"]
        named = np.array([bool(d.title_names) for d in docs])
        if isinstance(signal, TitleConflictSignal):
            return shared.astype(np.float64), np.outer(named, named) & same_language
        days = [_happenings(d) for d in docs]
        vocabulary = {}
        rows = _incidence([frozenset(x.isoformat() for x in ds) for ds in days], vocabulary)
        agree = (rows @ rows.T).toarray() > 0
        dated = np.array([bool(ds) for ds in days])
        said = np.outer(dated, dated)
        if signal.exempt_named:
            said &= ~(~agree & shared & np.outer(named, named))
        return agree.astype(np.float64), said
    return None, None


def _cosines(vectors: Sequence[dict[str, float]], same_language: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair's dot product of unit sparse vectors, and where both sides have one (in one language)."""
    rows = _rows(vectors, {})
    present = np.array([bool(v) for v in vectors])
    return (rows @ rows.T).toarray(), np.outer(present, present) & same_language


def _names_shared(docs) -> np.ndarray:
    vocabulary: dict[str, int] = {}
    names = _incidence([d.title_names for d in docs], vocabulary)
    lead = _incidence([frozenset(d.lead_terms) for d in docs], vocabulary)
    crossed = _dot(names, lead)
    return (crossed + crossed.T) > 0


def _happenings(doc) -> frozenset:
    if hasattr(doc, "happenings"):
        return doc.happenings
    return frozenset((doc.happening,)) if doc.happening else frozenset()


def _pairwise_fallback(signal, docs) -> tuple[np.ndarray, np.ndarray]:
    n = len(docs)
    value = np.zeros((n, n))
    said = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            scores = [s for s in (signal.score(docs[i], _AsStory(docs[j])), signal.score(docs[j], _AsStory(docs[i])))
                      if s is not None]
            if scores:
                value[i, j] = value[j, i] = sum(scores) / len(scores)
                said[i, j] = said[j, i] = True
    return value, said


class _AsStory:
    """An incoming article seen as a one-member story (for signals scored pair by pair)."""

    def __init__(self, doc):
        self._doc = doc
        self._mapping = {
            "size": 1, "embedding_sum": doc.embedding if doc.embedding is not None else np.zeros(512, dtype=np.float32),
            "tfidf_sum": doc.tfidf, "tfidf_norm": 1.0 if doc.tfidf else 0.0,
            "specifics_sum": doc.specifics, "specifics_norm": 1.0 if doc.specifics else 0.0,
            "lead_sum": doc.lead_tfidf, "lead_norm": 1.0 if doc.lead_tfidf else 0.0,
            "lead_term_counts": dict.fromkeys(doc.lead_terms, 1),
            "title_name_counts": dict.fromkeys(doc.title_names, 1), "happening_counts": dict.fromkeys(_happenings(doc), 1),
            "first_day": doc.day, "last_day": doc.day, "entity_counts": dict.fromkeys(doc.entities, 1),
            "languages": {doc.language: 1} if doc.language else {}, "anchored": True,
        }

    def __getattr__(self, name):
        mapping = self._mapping
        if name in mapping:
            return mapping[name]
        return getattr(self._doc, name)


def pair_score(signals: Sequence[Signal], a, b) -> float:
    """One pair, the way ``similarity_matrix`` scores it (for tests and for reading a pair)."""
    return 0.5 * (combine(signals, a, _AsStory(b)) + combine(signals, b, _AsStory(a)))


def cross_linkage(signals: Sequence[Signal], group: Sequence, members: Sequence) -> float:
    """Mean pair score between ``group`` and ``members`` (average linkage between the two)."""
    matrix = similarity_matrix(signals, [*group, *members])
    return float(matrix[: len(group), len(group) :].mean())


def average_linkage_groups(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """Positions grouped by average linkage cut where members are on average ``threshold``
    similar, each group in position order, groups in order of their first position."""
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), t=1.0 - threshold,
                      criterion="distance")
    groups: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(int(label), []).append(position)
    return sorted(groups.values(), key=lambda g: g[0])
