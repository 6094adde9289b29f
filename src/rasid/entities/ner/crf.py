"""A linear-chain CRF's weights as numpy arrays, and Viterbi decoding over them.

crfsuite trains the model; tagging goes through here because crfsuite must be handed every feature
of every token as a string, which costs ~100 µs a token in Python.  With the weights in a matrix,
the scores of a word's own features are summed once per distinct word and reused (see
``FastTagger``), so tagging runs several times faster.  Scores and decoding are crfsuite's:
a sum of state-feature weights plus label-transition weights, no start/end transitions.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


class CrfWeights:
    def __init__(self, labels: list[str], attributes: list[str], state: np.ndarray, transitions: np.ndarray):
        self.labels = labels
        self.index = {a: i for i, a in enumerate(attributes)}
        self.attributes = attributes
        self.state = state  # (attributes, labels)
        self.transitions = transitions  # (from label, to label)

    @classmethod
    def from_crfsuite(cls, path: str | Path) -> "CrfWeights":
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = list(tagger.labels())
        label_index = {lab: i for i, lab in enumerate(labels)}
        attributes = sorted({a for a, _ in info.state_features})
        attr_index = {a: i for i, a in enumerate(attributes)}
        state = np.zeros((len(attributes), len(labels)), dtype=np.float32)
        for (attr, label), weight in info.state_features.items():
            state[attr_index[attr], label_index[label]] = weight
        transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (src, dst), weight in info.transitions.items():
            transitions[label_index[src], label_index[dst]] = weight
        tagger.close()
        return cls(labels, attributes, state, transitions)

    def save(self, path: str | Path) -> None:
        with open(path, "wb") as out:  # a file object keeps numpy from appending .npz to the name
            np.savez_compressed(
                out, labels=np.frombuffer("\n".join(self.labels).encode(), dtype=np.uint8),
                attributes=np.frombuffer("\n".join(self.attributes).encode(), dtype=np.uint8),
                state=self.state, transitions=self.transitions)

    @classmethod
    def load(cls, path: str | Path) -> "CrfWeights":
        with np.load(path) as data:
            labels = data["labels"].tobytes().decode().split("\n")
            attributes = data["attributes"].tobytes().decode().split("\n")
            return cls(labels, attributes, data["state"].astype(np.float32), data["transitions"])

    def score(self, features: list[str]) -> np.ndarray:
        rows = [i for f in features if (i := self.index.get(f)) is not None]
        return self.state[rows].sum(axis=0) if rows else np.zeros(len(self.labels), dtype=np.float32)

    def viterbi(self, emissions: np.ndarray) -> list[int]:
        n = emissions.shape[0]
        if n == 0:
            return []
        score = emissions[0]
        back = np.empty((n, emissions.shape[1]), dtype=np.int64)
        columns = np.arange(emissions.shape[1])
        for t in range(1, n):
            candidates = score[:, None] + self.transitions
            best = candidates.argmax(axis=0)
            back[t] = best
            score = candidates[best, columns] + emissions[t]
        path = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return path[::-1]
