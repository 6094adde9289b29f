"""Terms: the normalised, stemmed content words that TF-IDF and specifics are built from."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rasid.lang import all_tables
from rasid.text.normalize import normalize
from rasid.text.stem import stem


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    # Language-blind: the union of every language's list, normalised like the text, so a
    # mixed-language stream needs no per-article branching.
    return frozenset(normalize(w) for table in all_tables("stopwords") for w in table.STOPWORDS)


@lru_cache(maxsize=300_000)
def term_of(token: str) -> str | None:
    """The term a normalised token counts as, or None for a stopword or a single character."""
    # Numbers stay: a year or a death toll is what tells two earthquakes apart.
    if token in _stopwords() or len(token) < 2:
        return None
    return stem(token)


def terms_of(tokens: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for token in tokens:
        term = term_of(token)
        if term is not None:
            counts[term] += 1
    return counts
