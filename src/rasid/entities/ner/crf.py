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

# Sentences decoded together (sorted by length, so little padding).
_VITERBI_BATCH = 256


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


def viterbi_many(emissions: list[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """``viterbi`` for many sentences at once: one numpy step per position across all sentences of a
    length group, instead of one per token (numpy's per-call cost dominates with 9 labels)."""
    paths: list[list[int]] = [[] for _ in emissions]
    order = sorted((i for i, e in enumerate(emissions) if len(e)), key=lambda i: len(emissions[i]))
    labels = transitions.shape[0]
    for start in range(0, len(order), _VITERBI_BATCH):
        group = order[start:start + _VITERBI_BATCH]
        lengths = np.array([len(emissions[i]) for i in group])
        longest = int(lengths.max())
        padded = np.zeros((len(group), longest, labels), dtype=np.float32)
        for row, i in enumerate(group):
            padded[row, :len(emissions[i])] = emissions[i]
        score = padded[:, 0]
        back = np.zeros((longest, len(group), labels), dtype=np.int64)
        for t in range(1, longest):
            candidates = score[:, :, None] + transitions  # (sentence, from, to)
            best = candidates.argmax(axis=1)
            stepped = np.take_along_axis(candidates, best[:, None, :], axis=1)[:, 0] + padded[:, t]
            live = (t < lengths)[:, None]
            # A finished sentence keeps its score and points back to itself, so its path is unchanged.
            score = np.where(live, stepped, score)
            back[t] = np.where(live, best, np.arange(labels))
        last = score.argmax(axis=1)
        for row, i in enumerate(group):
            path = [int(last[row])]
            for t in range(lengths[row] - 1, 0, -1):
                path.append(int(back[t, row, path[-1]]))
            paths[i] = path[::-1]
    return paths


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = x.max(axis=axis, keepdims=True)
    return np.squeeze(top, axis=axis) + np.log(np.exp(x - top).sum(axis=axis))


def marginals(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """(tokens, labels) posterior probability of each label at each position (forward-backward in log
    space over the same scores ``viterbi`` maximises), for judging how sure the CRF is of a tagging."""
    n, labels = emissions.shape
    if n == 0:
        return np.zeros((0, labels))
    scores = emissions.astype(np.float64)
    trans = transitions.astype(np.float64)
    alpha = np.empty((n, labels))
    beta = np.zeros((n, labels))
    alpha[0] = scores[0]
    for t in range(1, n):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + trans, axis=0) + scores[t]
    for t in range(n - 2, -1, -1):
        beta[t] = _logsumexp(trans + (scores[t + 1] + beta[t + 1])[None, :], axis=1)
    total = _logsumexp(alpha[-1], axis=0)
    return np.exp(alpha + beta - total)
