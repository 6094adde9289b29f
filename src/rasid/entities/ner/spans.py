"""BIO tags to entity spans, with conlleval's reading of ill-formed sequences (an I- after O starts an entity)."""

from __future__ import annotations


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) for each entity in ``tags``."""
    spans: list[tuple[int, int, str]] = []
    start = None
    kind = None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and label != kind)
        if start is not None and (prefix == "O" or begins):
            spans.append((start, i, kind))
            start, kind = None, None
        if begins:
            start, kind = i, label
    return spans
