"""Word clusters learned from unlabelled news: the CRF's bridge from words seen in training to unseen ones.

Brown clustering is the classic choice but takes hours on millions of words in pure Python; this
computes the same kind of distributional classes in about a minute: positive PMI of ±2 word
co-occurrence, truncated SVD to dense vectors, then k-means at a few granularities (coarse classes
generalise, fine ones discriminate; the CRF weighs them).  Only the word→cluster table is shipped.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from rasid.entities.ner.tokenize import tokens
from rasid.entities.ner.words import norm

GRANULARITIES = (32, 128, 512, 2048)


def read_saudinewsnet(folder: str | Path) -> Iterable[str]:
    for path in sorted(Path(folder).glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            if article.get("content"):
                yield article["content"]


def tokenised_corpus(texts: Iterable[str]) -> list[list[str]]:
    return [[norm(t) for t in tokens(text)] for text in texts]


def learn_clusters(documents: list[list[str]], vocab_size: int = 80_000, context_size: int = 20_000,
                   min_count: int = 3, dim: int = 128, granularities=GRANULARITIES, seed: int = 13
                   ) -> tuple[dict[str, tuple[int, ...]], np.ndarray, list[str]]:
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    counts = Counter(w for doc in documents for w in doc)
    vocab = [w for w, c in counts.most_common(vocab_size) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(context_size, len(vocab))
    ids = np.fromiter((index.get(w, -1) for doc in documents for w in doc + [""]), dtype=np.int64)
    rows, cols = [], []
    for d in (1, 2):
        for a, b in ((ids[:-d], ids[d:]), (ids[d:], ids[:-d])):
            keep = (a >= 0) & (b >= 0) & (b < n_ctx)
            rows.append(a[keep])
            cols.append(b[keep])
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    cooc = sparse.coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(vocab), n_ctx)).tocsr()
    cooc.sum_duplicates()
    total = cooc.sum()
    row_sum = np.asarray(cooc.sum(axis=1)).ravel()
    # Context distribution smoothed (^0.75) so rare contexts do not dominate PMI.
    col_sum = np.asarray(cooc.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum()
    coo = cooc.tocoo()
    pmi = np.log(coo.data * 1.0 / (row_sum[coo.row] / total) / (col_sum[coo.col] * total))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=cooc.shape)
    svd = TruncatedSVD(n_components=dim, random_state=seed, algorithm="randomized", n_iter=5)
    vectors = svd.fit_transform(ppmi)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = []
    for k in granularities:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
        labels.append(km.fit_predict(vectors))
    table = {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}
    return table, vectors.astype(np.float32), vocab


def save_clusters(table: dict[str, tuple[int, ...]], path: str | Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        for word, ids in table.items():
            out.write(word + "\t" + " ".join(map(str, ids)) + "\n")


def load_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, _, ids = line.rstrip("\n").partition("\t")
            table[word] = tuple(ids.split())
    return table


def save_embeddings(vectors: np.ndarray, vocab: list[str], dims: int, path: str | Path) -> None:
    """The first ``dims`` SVD components (the strongest), scaled to unit variance, as float16."""
    part = vectors[:, :dims]
    part = part / (part.std(axis=0, keepdims=True) + 1e-9)
    with open(path, "wb") as out:
        np.savez_compressed(out, words=np.frombuffer("\n".join(vocab).encode(), dtype=np.uint8),
                            vectors=part.astype(np.float16))


def load_embeddings(path: str | Path) -> tuple[dict[str, int], np.ndarray]:
    with np.load(path) as data:
        words = data["words"].tobytes().decode().split("\n")
        return {w: i for i, w in enumerate(words)}, data["vectors"].astype(np.float32)
