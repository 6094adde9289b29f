"""Names remembered from the training data: whole entity strings and the usual type of each word in them.

Learned from the annotated sentences only.  While training, each sentence's features come from a
lexicon built on the *other* folds (jackknifing): a lexicon built on the sentence itself would always
be right, the CRF would learn to trust it blindly, and that trust would not hold on new text.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from pathlib import Path

from rasid.entities.ner.corpus import Sentence
from rasid.entities.ner.spans import bio_spans
from rasid.entities.ner.words import norm

# A word counts as "usually TYPE" when it carries that type at least this share of the times it is seen.
MIN_SHARE = 0.5
MIN_SEEN = 2


class Lexicon:
    def __init__(self, entities: dict[tuple[str, ...], str], word_types: dict[str, str]):
        self.entities = entities
        self.word_types = word_types

    @classmethod
    def learn(cls, sentences: list[Sentence]) -> "Lexicon":
        entity_votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        word_votes: dict[str, Counter] = defaultdict(Counter)
        seen: Counter = Counter()
        for words, tags in sentences:
            normed = [norm(w) for w in words]
            seen.update(normed)
            for a, b, kind in bio_spans(tags):
                entity_votes[tuple(normed[a:b])][kind] += 1
                for w in normed[a:b]:
                    word_votes[w][kind] += 1
        entities = {key: votes.most_common(1)[0][0] for key, votes in entity_votes.items()
                    if len("".join(key)) > 1}
        word_types = {}
        for w, votes in word_votes.items():
            kind, count = votes.most_common(1)[0]
            if seen[w] >= MIN_SEEN and count / seen[w] >= MIN_SHARE:
                word_types[w] = kind
        return cls(entities, word_types)

    def save(self, path: str | Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
            for key, kind in sorted(self.entities.items()):
                out.write(f"E\t{kind}\t{' '.join(key)}\n")
            for word, kind in sorted(self.word_types.items()):
                out.write(f"W\t{kind}\t{word}\n")

    @classmethod
    def load(cls, path: str | Path) -> "Lexicon":
        entities: dict[tuple[str, ...], str] = {}
        word_types: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                what, kind, text = line.rstrip("\n").split("\t", 2)
                if what == "E":
                    entities[tuple(text.split(" "))] = kind
                else:
                    word_types[text] = kind
        return cls(entities, word_types)


def jackknife(sentences: list[Sentence], folds: int) -> list[tuple[list[int], Lexicon]]:
    """For each fold: the indices of its sentences and a lexicon learned from all the others."""
    out = []
    for k in range(folds):
        held = [i for i in range(len(sentences)) if i % folds == k]
        rest = [s for i, s in enumerate(sentences) if i % folds != k]
        out.append((held, Lexicon.learn(rest)))
    return out
