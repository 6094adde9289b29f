"""BIO tags and entity spans: conlleval's reading of tags as spans, and longest-match tagging from a name table."""

from __future__ import annotations

from collections.abc import Callable, Iterable


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


def longest_match_tags(n: int, max_words: int, kind_of: Callable[[int, int], str | None],
                       starts: Iterable[int] | None = None) -> list[str | None]:
    """BIO tags ('B-LOC', 'I-LOC', ...) for ``n`` words from a table lookup, longest match first.

    ``kind_of(i, size)`` is the type of the ``size`` words starting at ``i`` (None when they are no
    listed name); ``starts``, in increasing order, are the only words that may begin a name, when
    the caller knows (most words begin none, and the tagger runs this on every sentence).
    Matched words are consumed: a name inside a longer one is not tagged again.
    """
    out: list[str | None] = [None] * n
    free = 0  # first word not covered by a match
    for i in range(n) if starts is None else starts:
        if i < free:
            continue
        for size in range(min(max_words, n - i), 0, -1):
            kind = kind_of(i, size)
            if kind:
                out[i] = "B-" + kind
                for j in range(i + 1, i + size):
                    out[j] = "I-" + kind
                free = i + size
                break
    return out
