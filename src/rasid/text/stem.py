"""Light stemming for search and clustering, driven by each language's affix table."""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang import all_tables
from rasid.text.normalize import normalize, words


class _Affixes:
    """One language's affix table arranged for speed: affixes grouped by length, longest first."""

    def __init__(self, table):
        self.table = table
        self.min_stem = table.MIN_STEM
        self.prefixes = self._by_length(table.PREFIXES)
        self.suffixes = self._by_length(table.SUFFIXES)

    @staticmethod
    def _by_length(affixes) -> list[tuple[int, frozenset[str]]]:
        lengths = sorted({len(a) for a in affixes}, reverse=True)
        return [(n, frozenset(a for a in affixes if len(a) == n)) for n in lengths]


@lru_cache(maxsize=1)
def _rules():
    return [(re.compile(t.SCRIPT), _Affixes(t)) for t in all_tables("affixes")]


@lru_cache(maxsize=4096)
def _affixes_for(first_letter: str) -> _Affixes | None:
    for script, affixes in _rules():
        if script.match(first_letter):
            return affixes
    return None


def _table_for(word: str):
    affixes = _affixes_for(word[:1]) if word else None
    return affixes.table if affixes else None


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """Stem one *normalised* word: strip one prefix and one suffix, keeping a minimum length."""
    affixes = _affixes_for(word[:1]) if word else None
    if affixes is None:
        return word
    for n, prefixes in affixes.prefixes:
        if len(word) - n >= affixes.min_stem and word[:n] in prefixes:
            word = word[n:]
            break
    for n, suffixes in affixes.suffixes:
        if len(word) - n >= affixes.min_stem and word[-n:] in suffixes:
            word = word[:-n]
            break
    return word


@lru_cache(maxsize=200_000)
def skeleton(term: str) -> str:
    """A term with weak letters removed after its first letter, to meet transliteration variants."""
    table = _table_for(term)
    if table is None or not table.WEAK_LETTERS:
        return term
    return term[0] + "".join(ch for ch in term[1:] if ch not in table.WEAK_LETTERS)


def stems(text: str) -> list[str]:
    """Normalise and stem every word of raw text."""
    return [stem(w) for w in words(normalize(text))]
