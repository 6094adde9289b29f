"""Syndicated copies: the same wire report published at many addresses.

Two passes find them.  Bodies that are identical after matching-normalisation share a
hash and are grouped exactly (so no identical copy can be missed, however short).  Near
copies are found with MinHash over normalised word shingles and banded LSH; every LSH
candidate is then verified on the exact shingle sets, so the banding only decides recall,
never precision.
"""

from __future__ import annotations

import hashlib
import zlib
from functools import lru_cache
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import rensa

from rasid.model import Article, CopyGroup
from rasid.text.normalize import normalize, words

SHINGLE_WORDS = 4
NUM_PERM = 128
# A copy shares at least this Jaccard of shingles with another copy (verified exactly).
JACCARD_THRESHOLD = 0.5
# ... or the shorter body lies mostly inside the longer one (a trimmed wire story).
CONTAINMENT_THRESHOLD = 0.8
# Labels against the original: below this size ratio a contained copy is "partial".
PARTIAL_SIZE_RATIO = 0.8


def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Bands ``b`` and rows ``r`` (``b*r <= num_perm``) whose S-curve best fits ``threshold``.

    Two sets of Jaccard ``s`` agree on one MinHash row with probability ``s``, on a whole
    band of ``r`` rows with ``s**r``, and collide in at least one of ``b`` bands with
    ``P(s) = 1 - (1 - s**r)**b``: an S-curve whose steep part sits near
    ``(1/b)**(1/r)``.  We pick the (b, r) minimising the missed mass
    ``∫_t^1 (1 - P(s)) ds`` (false negatives) plus the admitted mass ``∫_0^t P(s) ds``
    (false positives, which only cost verification time), weighting misses twice because
    a missed copy cannot be recovered later while a false candidate is checked exactly.
    """

    def integrate(f, lo: float, hi: float, steps: int = 200) -> float:
        width = (hi - lo) / steps
        return sum(f(lo + (i + 0.5) * width) for i in range(steps)) * width

    best: tuple[float, int, int] | None = None
    for b in range(1, num_perm + 1):
        r = num_perm // b
        if r == 0:
            break

        def collide(s: float, b: int = b, r: int = r) -> float:
            return 1.0 - (1.0 - s**r) ** b

        false_pos = integrate(collide, 0.0, threshold)
        false_neg = integrate(lambda s: 1.0 - collide(s), threshold, 1.0)
        cost = false_pos + 2.0 * false_neg
        if best is None or cost < best[0]:
            best = (cost, b, r)
    assert best is not None
    return best[1], best[2]


def body_key(tokens: Sequence[str]) -> str:
    """Hash of a body's normalised word tokens (whitespace and orthographic variants fold away)."""
    return hashlib.blake2b(" ".join(tokens).encode(), digest_size=12).hexdigest()


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9), np.uint64(0x27D4EB2F165667C5))


def shingle_hashes(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 64-bit hashes of the ``size``-word shingles of normalised tokens.

    Each token is hashed once (crc32, stable across processes unlike ``hash()``, so a
    saved index stays valid) and shingles are mixed from their tokens' hashes in numpy,
    which is what makes de-duplicating tens of thousands of articles take seconds.
    """
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    token_hashes = np.fromiter((_token_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(tokens) < size:
        return np.unique(np.bitwise_xor.reduce(token_hashes * _MIX[0]).reshape(1))
    count = len(tokens) - size + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for offset in range(size):
        part = token_hashes[offset : offset + count] * _MIX[offset % len(_MIX)]
        mixed ^= (part << np.uint64(offset * 7 % 64)) | (part >> np.uint64((64 - offset * 7) % 64))
    return np.unique(mixed)


@lru_cache(maxsize=500_000)
def _token_hash(token: str) -> int:
    return zlib.crc32(token.encode()) + 1


def _overlap(a: np.ndarray, b: np.ndarray) -> int:
    return int(np.intersect1d(a, b, assume_unique=True).size)


@dataclass(slots=True)
class _Entry:
    article_id: str
    key: str
    hashes: np.ndarray
    published: str
    credits: bool
    order: int


@dataclass(slots=True)
class CopyIndex:
    """Incremental copy finder: ``add`` articles as they arrive, read ``groups()`` any time.

    Picklable as a whole (plain Python containers and numpy arrays), so the caller can
    persist it between runs.
    """

    jaccard_threshold: float = JACCARD_THRESHOLD
    containment_threshold: float = CONTAINMENT_THRESHOLD
    num_perm: int = NUM_PERM
    shingle_words: int = SHINGLE_WORDS
    _entries: dict[str, _Entry] = field(default_factory=dict)
    _by_key: dict[str, str] = field(default_factory=dict)  # body key -> first article id
    _bands: list[dict[bytes, list[str]]] = field(default_factory=list)
    # article id -> the group's first member.  A newcomer joins a group only if it copies
    # that first member itself: linking through any member let templated statements
    # (execution notices, weather bulletins) chain unrelated reports into one group.
    _root: dict[str, str] = field(default_factory=dict)
    _band_shape: tuple[int, int] = (0, 0)

    def __post_init__(self) -> None:
        # LSH only proposes candidates; containment pairs can have Jaccard as low as the
        # size ratio, so the banding aims a little below the verification threshold.
        b, r = lsh_bands(self.jaccard_threshold * 0.8, self.num_perm)
        self._band_shape = (b, r)
        self._bands = [dict() for _ in range(b)]

    # -- adding ------------------------------------------------------------------------
    def add(self, article: Article) -> list[str]:
        """Index one article; returns the ids of already-indexed articles it copies (or is copied by)."""
        article_id = _article_id(article)
        return self.add_tokens(article_id, body_tokens(article), article.published, bool(article.credits))

    def add_tokens(self, article_id: str, tokens: Sequence[str], published: str | None = None, credits: bool = False) -> list[str]:
        """``add`` for a caller that already holds the article's normalised tokens."""
        if article_id in self._entries or not tokens:
            return []
        hashes = shingle_hashes(tokens, self.shingle_words)
        entry = _Entry(
            article_id=article_id,
            key=body_key(tokens),
            hashes=hashes,
            published=published or "",
            credits=credits,
            order=len(self._entries),
        )
        self._entries[article_id] = entry
        matches: list[str] = []
        same_body = self._by_key.setdefault(entry.key, article_id)
        if same_body != article_id:
            matches.append(same_body)
        if hashes.size:
            offsets = np.array([0, hashes.size], dtype=np.uint64)
            rows = rensa.RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets, self.num_perm, 42).to_rows()
            digest = np.asarray(rows[0], dtype=np.uint64)
            b, r = self._band_shape
            candidates: set[str] = set()
            for band in range(b):
                bucket = self._bands[band].setdefault(digest[band * r : (band + 1) * r].tobytes(), [])
                candidates.update(bucket)
                bucket.append(article_id)
            for other in sorted(candidates):  # sorted: set order varies by process
                if other not in matches and self._is_copy(entry, self._entries[other]):
                    matches.append(other)
        # An identical body always joins the group of its first occurrence.
        self._root[article_id] = self._root[same_body] if same_body != article_id else self._best_group(entry, matches)
        return matches

    def _best_group(self, entry: _Entry, matches: list[str]) -> str:
        best, best_score = entry.article_id, -1.0
        for root in dict.fromkeys(self._root[m] for m in matches):
            original = self._entries[root]
            if not self._is_copy(entry, original):
                continue
            jaccard, containment = self._pair(entry, original)
            if max(jaccard, containment) > best_score:
                best, best_score = root, max(jaccard, containment)
        return best

    def add_many(self, articles: Iterable[Article]) -> None:
        for article in articles:
            self.add(article)

    def _is_copy(self, a: _Entry, b: _Entry) -> bool:
        if a.key == b.key:
            return True
        common = _overlap(a.hashes, b.hashes)
        smaller = min(a.hashes.size, b.hashes.size)
        union = a.hashes.size + b.hashes.size - common
        if union and common / union >= self.jaccard_threshold:
            return True
        # Containment alone would pair any one-paragraph brief with a long article that
        # quotes it; demand the brief be at least a few shingles long.
        return smaller >= 8 and common / smaller >= self.containment_threshold

    # -- reading -----------------------------------------------------------------------
    def similarity(self, a_id: str, b_id: str) -> tuple[float, float]:
        """Exact (Jaccard, containment of the smaller) between two indexed articles."""
        return self._pair(self._entries[a_id], self._entries[b_id])

    @staticmethod
    def _pair(a: _Entry, b: _Entry) -> tuple[float, float]:
        common = _overlap(a.hashes, b.hashes)
        union = a.hashes.size + b.hashes.size - common
        smaller = min(a.hashes.size, b.hashes.size)
        return (common / union if union else 1.0, common / smaller if smaller else 1.0)

    def group_of(self, article_id: str) -> list[str]:
        root = self._root[article_id]
        return [a for a, r in self._root.items() if r == root]

    def groups(self) -> list[CopyGroup]:
        members: dict[str, list[str]] = {}
        for article_id, root in self._root.items():
            members.setdefault(root, []).append(article_id)
        return [self._label(ids) for ids in members.values() if len(ids) > 1]

    def _label(self, ids: list[str]) -> CopyGroup:
        entries = [self._entries[i] for i in ids]
        # Earliest published wins; on the same date, the one crediting an agency, then the
        # fullest body (copies trim, rarely add), then the first seen.
        original = min(entries, key=lambda e: (e.published or "\uffff", not e.credits, -e.hashes.size, e.order))
        labels = {original.article_id: "original"}
        for entry in entries:
            if entry is original:
                continue
            labels[entry.article_id] = self._relation(original, entry)
        group_id = hashlib.blake2b("\x00".join(sorted(ids)).encode(), digest_size=8).hexdigest()
        return CopyGroup(id=group_id, original_id=original.article_id, members=labels)

    def _relation(self, original: _Entry, copy: _Entry) -> str:
        if original.key == copy.key:
            return "identical"
        small, large = sorted((original.hashes.size, copy.hashes.size))
        common = _overlap(original.hashes, copy.hashes)
        if small and large and small / large < PARTIAL_SIZE_RATIO and common / small >= self.containment_threshold:
            return "partial"
        return "edited"


def _article_id(article: Article) -> str:
    return article.id or article.origin


def body_tokens(article: Article) -> list[str]:
    return words(normalize(article.text or article.raw_text))


def find_copy_groups(articles: Sequence[Article]) -> list[CopyGroup]:
    """Group syndicated copies among ``articles``; each group names its likely original."""
    index = CopyIndex()
    index.add_many(articles)
    return index.groups()


def expected_collision(similarity: float, bands: int, rows: int) -> float:
    """Probability that two sets of Jaccard ``similarity`` share an LSH band (the S-curve)."""
    return 1.0 - (1.0 - similarity**rows) ** bands


__all__ = [
    "CopyIndex",
    "find_copy_groups",
    "lsh_bands",
    "expected_collision",
    "shingle_hashes",
    "body_tokens",
    "body_key",
]
