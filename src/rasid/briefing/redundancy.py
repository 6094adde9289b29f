"""Near-identical sentences across articles: wire copy says the same thing many times.

Sentences are compared as L2-normalised tf-idf rows of a sparse matrix, so a whole story
(thousands of sentences) is one sparse product rather than a Python double loop.
"""

from __future__ import annotations

from scipy import sparse


def similarity_matrix(rows: sparse.csr_matrix) -> sparse.csr_matrix:
    """Cosine similarity of every pair of (already L2-normalised) rows."""
    return (rows @ rows.T).tocsr()


def group_near_duplicates(similarity: sparse.csr_matrix, owners: list[int], threshold: float) -> list[list[int]]:
    """Groups of row indices whose members say the same thing, each group sorted.

    Only pairs from *different* owners (articles) are joined: two similar sentences inside
    one article are a writer repeating themself, not independent support.
    """
    parent = list(range(len(owners)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    coo = sparse.triu(similarity, k=1).tocoo()
    for i, j, value in zip(coo.row, coo.col, coo.data):
        if value >= threshold and owners[i] != owners[j]:
            a, b = find(int(i)), find(int(j))
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(owners)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
