"""tf-idf vectors of sentences, with idf from a news corpus where the language has one.

Inside a single article, idf computed over its own sentences punishes exactly the words
the article is about (they occur in many of its sentences).  A document frequency table
from a large news corpus (``rasid.lang.<code>.summary_idf``) says instead how common a word
is in news in general.  Languages without a table fall back to idf over the input's own
sentences, which still down-weights that input's filler.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
from scipy import sparse

from rasid.lang import SUPPORTED, tables


@lru_cache(maxsize=1)
def _corpus_tables() -> list[tuple[re.Pattern, object]]:
    out = []
    for code in SUPPORTED:
        affixes, frequencies = tables(code, "affixes"), tables(code, "summary_idf")
        if affixes is not None and frequencies is not None:
            out.append((re.compile(affixes.SCRIPT), frequencies))
    return out


def _corpus_idf(term: str) -> float | None:
    for script, table in _corpus_tables():
        if script.match(term):
            documents, frequency = table.load()
            return math.log((documents + 1) / (frequency.get(term, 0) + 1)) + 1.0
    return None


def normalize_rows(matrix: sparse.spmatrix) -> sparse.csr_matrix:
    matrix = sparse.csr_matrix(matrix)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


class TermWeights:
    """Vocabulary and idf fixed on the input sentences; vectorises any bag of terms."""

    def __init__(self, sentence_terms: list[Counter]):
        self.vocabulary: dict[str, int] = {}
        in_input: Counter = Counter()
        for terms in sentence_terms:
            in_input.update(terms.keys())
            for t in terms:
                self.vocabulary.setdefault(t, len(self.vocabulary))
        n = len(sentence_terms)
        self.idf = {}
        for term, df in in_input.items():
            corpus = _corpus_idf(term)
            self.idf[term] = corpus if corpus is not None else math.log((1 + n) / (1 + df)) + 1.0

    def matrix(self, bags: list[Counter]) -> sparse.csr_matrix:
        """One L2-normalised row per bag; terms outside the vocabulary are ignored."""
        rows, cols, data = [], [], []
        for r, terms in enumerate(bags):
            for t, count in terms.items():
                column = self.vocabulary.get(t)
                if column is not None:
                    rows.append(r)
                    cols.append(column)
                    data.append((1 + math.log(count)) * self.idf[t])
        raw = sparse.csr_matrix((data, (rows, cols)), shape=(len(bags), len(self.vocabulary)))
        return normalize_rows(raw)
