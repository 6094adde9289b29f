"""Near-identical sentences across articles: wire copy says the same thing many times.

Sentences are compared as L2-normalised tf-idf rows of a sparse matrix, block by block, so
a whole story (thousands of sentences) is a few sparse products, not a Python double loop.
"""

from __future__ import annotations

from scipy import sparse


_BLOCK = 1000  # rows compared at a time: a story of thousands of sentences stays within memory


def similar_pairs(rows: sparse.csr_matrix, threshold: float) -> list[tuple[int, int]]:
    """Pairs (i < j) of (already L2-normalised) rows whose cosine reaches ``threshold``."""
    pairs = []
    for first in range(0, rows.shape[0], _BLOCK):
        block = (rows[first : first + _BLOCK] @ rows.T).tocoo()
        for i, j, value in zip(block.row, block.col, block.data):
            if value >= threshold and first + i < j:
                pairs.append((first + int(i), int(j)))
    return pairs


def group_near_duplicates(rows: sparse.csr_matrix, owners: list[int], threshold: float) -> list[list[int]]:
    """Groups of row indices whose members say the same thing, each group sorted.

    Leader clustering in row order: a sentence joins the earliest group whose *first*
    sentence it matches, else starts its own.  Joining any member instead (single link)
    chains short look-alikes - "<name> – Buraidah" bylines - into one group of hundreds.
    Only sentences from *different* owners (articles) join: two similar sentences inside
    one article are a writer repeating themself, not independent support.
    """
    matches: dict[int, list[int]] = {}
    for i, j in similar_pairs(rows, threshold):
        if owners[i] != owners[j]:
            matches.setdefault(j, []).append(i)
    leader_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    for j in range(len(owners)):
        leaders = sorted(i for i in matches.get(j, ()) if leader_of.get(i) == i)
        # one sentence per article in a group: a second one from the same article starts anew
        leader = next((i for i in leaders if all(owners[m] != owners[j] for m in groups[i])), j)
        leader_of[j] = leader
        groups.setdefault(leader, []).append(j)
    return sorted(groups.values(), key=lambda g: g[0])
