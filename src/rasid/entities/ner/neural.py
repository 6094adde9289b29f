"""A BiLSTM-CRF tagger run in numpy: the neural alternative to the CRF, on the same tables.

Each token is read as its (fine-tuned) distributional vector, the vector of its clitic-free stem,
a character CNN over the normalised word, and small embeddings of the CRF's categorical cues
(clitics, shape, place-list and training-name matches, the four cluster ids); a one-layer BiLSTM
and a CRF layer tag the sentence.  Training (``neural_train``) needs torch; tagging needs only numpy,
so torch is not a runtime dependency.  Sentences of one text are run through the LSTM together.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from rasid.entities.ner.features import shape
from rasid.entities.ner.gazetteer import GazetteerMatcher
from rasid.entities.ner.lexicon import Lexicon
from rasid.entities.ner.words import CliticSplitter, norm

NEURAL_FILE = "neural.npz"
CATEGORIES = ("pre", "suf", "sh", "g", "m", "u", "c0", "c1", "c2", "c3")
MAX_CHARS = 20
PAD, UNKNOWN = 0, 1


class TokenEncoder:
    """Words -> the integer inputs of the network; the vocabularies travel with the model."""

    def __init__(self, splitter: CliticSplitter, clusters: dict, gazetteer: GazetteerMatcher | None,
                 words: list[str], categories: dict[str, dict[str, int]] | None = None,
                 chars: dict[str, int] | None = None):
        self.splitter = splitter
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.words = {w: i + 2 for i, w in enumerate(words)}
        self.categories = categories or {k: {"<pad>": PAD, "<unk>": UNKNOWN} for k in CATEGORIES}
        self.chars = chars or {"<pad>": PAD, "<unk>": UNKNOWN}
        self.frozen = categories is not None
        self._lexicon_matchers: dict[int, tuple[Lexicon, GazetteerMatcher]] = {}
        self._cache: dict = {}

    def _id(self, table: dict[str, int], value: str) -> int:
        found = table.get(value)
        if found is None:
            if self.frozen:
                return UNKNOWN
            found = table[value] = len(table)
        return found

    def _matcher(self, lexicon: Lexicon) -> GazetteerMatcher:
        held = self._lexicon_matchers.get(id(lexicon))
        if held is None or held[0] is not lexicon:
            held = self._lexicon_matchers[id(lexicon)] = (lexicon, GazetteerMatcher(lexicon.entities, self.splitter))
        return held[1]

    def _static(self, word: str, lexicon: Lexicon | None):
        """Everything about ``word`` that does not depend on its neighbours, cached per word and lexicon."""
        key = (word, id(lexicon))
        found = self._cache.get(key)
        if found is not None and (lexicon is None or found[-1] is lexicon):
            return found
        x = norm(word)
        pre, stem, suf = self.splitter.split(x)
        article = self.splitter.table.ARTICLE
        word_id = self.words.get(x) or self.words.get(stem) or self.words.get(article + stem) or UNKNOWN
        stem_id = self.words.get(stem) or UNKNOWN
        cl = self.clusters.get(x) or self.clusters.get(stem) or ("none",) * 4
        usual = (lexicon.word_types.get(x) or lexicon.word_types.get(stem)) if lexicon else None
        ids = {k: self._id(self.categories[k], v) for k, v in
               zip(("pre", "suf", "sh", "u", "c0", "c1", "c2", "c3"), (pre, suf, shape(word), str(usual)) + tuple(cl[:4]))}
        chars = [self._id(self.chars, ch) for ch in x[:MAX_CHARS]]
        found = (x, word_id, stem_id, ids, chars, lexicon)
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def encode(self, words: list[str], lexicon: Lexicon | None):
        statics = [self._static(w, lexicon) for w in words]
        normed = [s[0] for s in statics]
        n = len(words)
        gaz = self.gazetteer.match(normed) if self.gazetteer else [None] * n
        mem = self._matcher(lexicon).match(normed) if lexicon else [None] * n
        g_ids, m_ids = self.categories["g"], self.categories["m"]
        cats = []
        for (_, _, _, ids, _, _), g, m in zip(statics, gaz, mem):
            cats.append([ids[k] if k in ids else self._id(g_ids if k == "g" else m_ids, str(g if k == "g" else m))
                         for k in CATEGORIES])
        return [s[1] for s in statics], [s[2] for s in statics], cats, [s[4] for s in statics]

    def vocabularies(self) -> dict:
        return {"categories": self.categories, "chars": self.chars}


def batch(encoded: list) -> tuple[np.ndarray, ...]:
    """Pad a list of encoded sentences into arrays (B, T), (B, T), (B, T, K), (B, T, C) and a mask."""
    b = len(encoded)
    t = max(len(e[0]) for e in encoded)
    c = max((len(ch) for e in encoded for ch in e[3]), default=1) or 1
    words = np.zeros((b, t), dtype=np.int64)
    stems = np.zeros((b, t), dtype=np.int64)
    cats = np.zeros((b, t, len(CATEGORIES)), dtype=np.int64)
    chars = np.zeros((b, t, c), dtype=np.int64)
    mask = np.zeros((b, t), dtype=bool)
    for i, (w, s, k, ch) in enumerate(encoded):
        n = len(w)
        words[i, :n] = w
        stems[i, :n] = s
        cats[i, :n] = k
        for j, chs in enumerate(ch):
            chars[i, j, :len(chs)] = chs
        mask[i, :n] = True
    return words, stems, cats, chars, mask


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NeuralNet:
    """numpy forward pass of the network ``neural_train.Net`` trains (same parameter names)."""

    def __init__(self, params: dict[str, np.ndarray], labels: list[str]):
        self.p = params
        self.labels = labels
        self._weights = {}
        for suffix in ("", "_reverse"):
            w_ih, w_hh = params[f"lstm.weight_ih_l0{suffix}"], params[f"lstm.weight_hh_l0{suffix}"]
            bias = params[f"lstm.bias_ih_l0{suffix}"] + params[f"lstm.bias_hh_l0{suffix}"]
            hidden = w_hh.shape[1]
            # torch orders gates (input, forget, cell, output); regroup the three sigmoid gates first.
            order = np.concatenate([np.arange(0, 2 * hidden), np.arange(3 * hidden, 4 * hidden),
                                    np.arange(2 * hidden, 3 * hidden)])
            self._weights[suffix] = (np.ascontiguousarray(w_ih[order].T), np.ascontiguousarray(w_hh[order].T),
                                     bias[order])

    @classmethod
    def load(cls, path: str | Path) -> tuple["NeuralNet", dict]:
        with np.load(path) as data:
            meta = json.loads(data["meta"].tobytes().decode())
            params = {k: data[k].astype(np.float32) for k in data.files if k != "meta"}
        return cls(params, meta["labels"]), meta

    def _lstm(self, x: np.ndarray, suffix: str) -> np.ndarray:
        """One LSTM direction over time-major ``x`` (T, B, D) whose padding is all at the end:
        outputs at real positions never depend on padding, so no masking is needed."""
        w_ih, w_hh, bias = self._weights[suffix]
        t, b, _ = x.shape
        hidden = w_hh.shape[0]
        gates_in = (x.reshape(t * b, -1) @ w_ih + bias).reshape(t, b, 4 * hidden)
        h = np.zeros((b, hidden), dtype=np.float32)
        c = np.zeros((b, hidden), dtype=np.float32)
        out = np.empty((t, b, hidden), dtype=np.float32)
        g = np.empty((b, 4 * hidden), dtype=np.float32)
        three = 3 * hidden
        for s in range(t):
            np.matmul(h, w_hh, out=g)
            g += gates_in[s]
            # Gates were reordered to (input, forget, output, cell) at load: one sigmoid, one tanh.
            sig = _sigmoid(g[:, :three])
            c = sig[:, hidden:2 * hidden] * c + sig[:, :hidden] * np.tanh(g[:, three:])
            h = sig[:, 2 * hidden:] * np.tanh(c)
            out[s] = h
        return out

    def emissions(self, words, stems, cats, chars, mask) -> np.ndarray:
        p = self.p
        emb = p["wemb.weight"]
        parts = [emb[words], emb[stems]]
        parts += [p[f"cemb.{i}.weight"][cats[:, :, i]] for i in range(cats.shape[2])]
        b, t, c = chars.shape
        ch = p["chemb.weight"][chars.reshape(b * t, c)]  # (N, C, E)
        kernel, kbias = p["conv.weight"], p["conv.bias"]  # (F, E, 3)
        padded = np.pad(ch, ((0, 0), (1, 1), (0, 0)))
        windows = np.concatenate([padded[:, k:k + c] for k in range(kernel.shape[2])], axis=2)  # (N, C, 3E)
        flat_kernel = kernel.transpose(2, 1, 0).reshape(-1, kernel.shape[0])  # (3E, F)
        conv = np.maximum(windows @ flat_kernel + kbias, 0.0).max(axis=1)
        parts.append(conv.reshape(b, t, -1))
        x = np.concatenate(parts, axis=2).astype(np.float32)
        lengths = mask.sum(axis=1)
        # The backward direction reads each sentence reversed within its own length, so its
        # padding also comes last; positions past a sentence's end map to themselves (padding).
        steps = np.arange(t)
        flip = np.where(steps[None, :] < lengths[:, None], lengths[:, None] - 1 - steps[None, :], steps[None, :])
        rows = np.arange(b)[:, None]
        forward = self._lstm(x.transpose(1, 0, 2).copy(), "")
        backward = self._lstm(x[rows, flip].transpose(1, 0, 2).copy(), "_reverse")
        h = np.concatenate([forward.transpose(1, 0, 2), backward.transpose(1, 0, 2)[rows, flip]], axis=2)
        return h @ p["out.weight"].T + p["out.bias"]

    def decode(self, emissions: np.ndarray, length: int) -> list[str]:
        trans, start, end = self.p["trans"], self.p["start"], self.p["end"]
        score = start + emissions[0]
        back = []
        for t in range(1, length):
            candidates = score[:, None] + trans
            best = candidates.argmax(axis=0)
            back.append(best)
            score = candidates[best, np.arange(len(best))] + emissions[t]
        score = score + end
        path = [int(score.argmax())]
        for best in reversed(back):
            path.append(int(best[path[-1]]))
        return [self.labels[k] for k in reversed(path)]

    def tag_batch(self, encoded: list) -> list[list[str]]:
        arrays = batch(encoded)
        em = self.emissions(*arrays)
        return [self.decode(em[i], len(e[0])) for i, e in enumerate(encoded)]
