"""Label consistency across a text: features for a second CRF pass from the first pass's labels nearby.

A news text names the same club, bank or minister many times, and a sentence-level CRF catches some
of the mentions and misses others (ANERcorp dev: «البنك التجاري» found once, missed six times in the
same article).  Following Krishnan & Manning (2006, "An effective two-stage model for exploiting
non-local dependencies in NER"), a second CRF sees, for each token, what the first pass said about
the same word and the same word sequence in the surrounding sentences, and learns how far to trust it.

Words are compared by their clitic-free stem so والبنك, للبنك and البنك count as one.  The token's own
sentence is left out of its counts: its own labels are given separately (``s1=``), and counting them
twice would make the second pass echo the first.
"""

from __future__ import annotations

from collections import defaultdict

from rasid.entities.ner.spans import bio_spans, longest_match_tags

# Longest entity (in words) looked up as a whole in the surrounding text.
MAX_ENTITY_WORDS = 6


def token_types(tags: list[str]) -> list[str]:
    """The entity type covering each token ('O' outside), read as conlleval reads BIO."""
    out = ["O"] * len(tags)
    for a, b, kind in bio_spans(tags):
        for i in range(a, b):
            out[i] = kind
    return out


class _Window:
    """Counts of first-pass labels per word stem and per entity (stem sequence) over a set of sentences."""

    def __init__(self) -> None:
        self.words: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.entities: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def update(self, stems: list[str], types: list[str], spans: list[tuple[int, int, str]], sign: int) -> None:
        for stem, kind in zip(stems, types):
            self.words[stem][kind] += sign
        for a, b, kind in spans:
            if b - a <= MAX_ENTITY_WORDS:
                self.entities[tuple(stems[a:b])][kind] += sign

    def entity_type(self, key: tuple[str, ...]) -> str | None:
        votes = self.entities.get(key)
        if not votes:
            return None
        kind, count = max(votes.items(), key=lambda kv: kv[1])
        return kind if count > 0 else None

    def word_features(self, stem: str) -> list[str]:
        votes = self.words.get(stem)
        if not votes:
            return []
        total = sum(v for v in votes.values() if v > 0)
        if not total:
            return []
        named = [(v, k) for k, v in votes.items() if k != "O" and v > 0]
        if not named:
            return ["dw=O"]
        count, kind = max(named)
        return ["dw=" + kind, "dw=" + kind + ("+" if 2 * count >= total else "-")]


def _sentence_features(stems: list[str], tags: list[str], window: _Window) -> list[list[str]]:
    n = len(stems)
    found = longest_match_tags(n, MAX_ENTITY_WORDS, lambda i, size: window.entity_type(tuple(stems[i:i + size])))
    out = []
    for i in range(n):
        feats = ["s1=" + tags[i], "-1s1=" + (tags[i - 1] if i else "<s>"),
                 "1s1=" + (tags[i + 1] if i + 1 < n else "</s>")]
        feats += window.word_features(stems[i])
        if found[i]:
            feats.append("de=" + found[i])
            feats.append("de=" + found[i] + "|" + tags[i])
        out.append(feats)
    return out


def context_features(stems: list[list[str]], tags: list[list[str]], window: int) -> list[list[list[str]]]:
    """Per sentence, per token: features from first-pass ``tags`` of the ``window`` sentences either side.

    ``stems`` are the clitic-free stems of each sentence's words; sentences are in text order.
    """
    types = [token_types(t) for t in tags]
    spans = [bio_spans(t) for t in tags]
    counts = _Window()
    n = len(stems)
    for s in range(min(n, window + 1)):
        counts.update(stems[s], types[s], spans[s], 1)
    out = []
    for s in range(n):
        counts.update(stems[s], types[s], spans[s], -1)
        out.append(_sentence_features(stems[s], tags[s], counts))
        counts.update(stems[s], types[s], spans[s], 1)
        if s + window + 1 < n:
            counts.update(stems[s + window + 1], types[s + window + 1], spans[s + window + 1], 1)
        if s - window >= 0:
            counts.update(stems[s - window], types[s - window], spans[s - window], -1)
    return out
