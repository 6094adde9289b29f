"""CRF features for Arabic tokens: the word, its clitics and stem, its shape, distributional clusters,
place-list hits, and the same for the words around it (±2).

Everything that depends on the word alone is computed once per distinct word and cached with the
neighbour-prefixed copies ready, so tagging a sentence is mostly list concatenation (speed matters:
the tagger must keep up with tens of thousands of tokens a second on one core).
"""

from __future__ import annotations

import unicodedata

import numpy as np

from rasid.entities.ner.gazetteer import GazetteerMatcher
from rasid.entities.ner.lexicon import Lexicon
from rasid.entities.ner.words import CliticSplitter, norm

NEIGHBOURS = (-2, -1, 1, 2)
_CACHE_LIMIT = 300_000


def shape(word: str) -> str:
    kinds = set()
    for ch in word:
        if "\u0600" <= ch <= "\u06ff":
            kinds.add("ar")
        elif ch.isdigit():
            kinds.add("9")
        elif ch.isalpha():
            kinds.add("Lu" if ch.isupper() else "l")
        else:
            kinds.add("p" if unicodedata.category(ch).startswith("P") else "s")
    return "".join(sorted(kinds))


class WordInfo:
    __slots__ = ("norm", "stem", "own", "near", "dense")

    def __init__(self, norm_: str, stem: str, own: list[str], near: dict[int, list[str]],
                 dense: dict[str, float] | None = None):
        self.norm = norm_
        self.stem = stem
        self.own = own
        self.dense = dense
        self.near = near


class FeatureExtractor:
    def __init__(self, clusters: dict[str, tuple[str, ...]], gazetteer: GazetteerMatcher | None,
                 splitter: CliticSplitter, lexicon: Lexicon | None = None,
                 embeddings: tuple[dict[str, int], "np.ndarray"] | None = None):
        self.clusters = clusters
        self.embeddings = embeddings
        self.gazetteer = gazetteer
        self.splitter = splitter
        self.lexicon = lexicon
        self._lexicon_matchers: dict[int, tuple[Lexicon, GazetteerMatcher]] = {}
        self._cache: dict[str, WordInfo] = {}

    def _cluster_ids(self, n: str, stem: str, prefix: str) -> tuple[str, ...]:
        ids = self.clusters.get(n)
        if ids is None and prefix:
            # وبوتين is rare in news but بوتين is not: fall back to the clitic-free form.
            ids = self.clusters.get(stem) or self.clusters.get(self.splitter.table.ARTICLE + stem)
        return ids or ()

    def _dense(self, n: str, stem: str, prefix: str) -> dict[str, float] | None:
        """The word's distributional vector as real-valued features (clitic-free form as fallback)."""
        if self.embeddings is None:
            return None
        rows, vectors = self.embeddings
        row = rows.get(n)
        if row is None and prefix:
            row = rows.get(stem)
            if row is None:
                row = rows.get(self.splitter.table.ARTICLE + stem)
        if row is None:
            return None
        return {f"e{k}": float(v) for k, v in enumerate(vectors[row]) if v}

    def _word(self, word: str) -> WordInfo:
        info = self._cache.get(word)
        if info is not None:
            return info
        n = norm(word)
        prefix, stem, suffix = self.splitter.split(n)
        ids = self._cluster_ids(n, stem, prefix)
        sh = shape(word)
        own = [
            "w=" + n, "st=" + stem, "pre=" + prefix, "suf=" + suffix, "sh=" + sh,
            "len=" + str(min(len(n), 12)),
            "p2=" + stem[:2], "p3=" + stem[:3], "s1=" + stem[-1:], "s2=" + stem[-2:], "s3=" + stem[-3:],
            "ws2=" + n[-2:], "ws3=" + n[-3:],
        ]
        if ids:
            own.extend(f"c{k}={c}" for k, c in enumerate(ids))
        else:
            own.append("c=none")
        if word != n and word.isascii() is False and word[:1] != n[:1]:
            own.append("folded")  # hamza/alef spelling differs from its folded form
        short = ["w=" + n, "st=" + stem, "pre=" + prefix, "sh=" + sh]
        if ids:
            short.extend(f"c{k}={c}" for k, c in enumerate(ids) if k in (1, 3))
        far = ["w=" + n, "st=" + stem]
        if ids:
            far.append(f"c1={ids[1]}")
        near = {d: [f"{d}{f}" for f in (short if abs(d) == 1 else far)] for d in NEIGHBOURS}
        info = WordInfo(n, stem, own, near, self._dense(n, stem, prefix))
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = info
        return info

    def _lexicon_matcher(self, lexicon: Lexicon) -> GazetteerMatcher:
        held = self._lexicon_matchers.get(id(lexicon))
        if held is None or held[0] is not lexicon:  # ids are reused once a lexicon is freed
            held = self._lexicon_matchers[id(lexicon)] = (lexicon, GazetteerMatcher(lexicon.entities, self.splitter))
        return held[1]

    def parts(self, words: list[str], lexicon: Lexicon | None = None) -> tuple[list[WordInfo], list[list[str]]]:
        """Per-word cached features, and the features that depend on the sequence (edges, word pairs,
        list matches).  ``lexicon`` overrides the model's own (jackknifed training)."""
        infos = [self._word(w) for w in words]
        n = len(infos)
        normed = [i.norm for i in infos]
        gaz = self.gazetteer.match(normed) if self.gazetteer else [None] * n
        lexicon = lexicon or self.lexicon
        if lexicon is not None:
            mem = self._lexicon_matcher(lexicon).match(normed)
            types = lexicon.word_types
            usual = [types.get(i.norm) or types.get(i.stem) for i in infos]
        else:
            mem = usual = [None] * n
        extras: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = []
            if i < 2:
                feats.append("-1BOS" if i == 0 else "-2BOS")
                if i == 0:
                    feats.append("-2BOS")
            if i >= n - 2:
                feats.append("1EOS" if i == n - 1 else "2EOS")
                if i == n - 1:
                    feats.append("2EOS")
            prev_w = normed[i - 1] if i else "<s>"
            next_w = normed[i + 1] if i + 1 < n else "</s>"
            feats.append("bg-=" + prev_w + "|" + info.norm)
            feats.append("bg+=" + info.norm + "|" + next_w)
            for name, marks in (("g", gaz), ("m", mem), ("u", usual)):
                if marks[i]:
                    feats.append(name + "=" + marks[i])
                if i and marks[i - 1]:
                    feats.append("-1" + name + "=" + marks[i - 1])
                if i + 1 < n and marks[i + 1]:
                    feats.append("1" + name + "=" + marks[i + 1])
            extras.append(feats)
        return infos, extras

    def sentence(self, words: list[str], lexicon: Lexicon | None = None) -> list[list[str]] | list[dict]:
        """All features of each word, as crfsuite takes them (dicts when some are real-valued)."""
        infos, extras = self.parts(words, lexicon)
        n = len(infos)
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = ["bias"] + info.own
            for d in NEIGHBOURS:
                j = i + d
                if 0 <= j < n:
                    feats += infos[j].near[d]
            feats += extras[i]
            if self.embeddings is not None:
                item = dict.fromkeys(feats, 1.0)
                if info.dense:
                    item.update(info.dense)
                out.append(item)
            else:
                out.append(feats)
        return out
