"""Light stemming for search and clustering, driven by each language's affix table."""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang import all_tables
from rasid.text.normalize import normalize, words


@lru_cache(maxsize=1)
def _rules():
    return [(re.compile(t.SCRIPT), t) for t in all_tables("affixes")]


def _table_for(word: str):
    for script, table in _rules():
        if script.match(word):
            return table
    return None


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem one *normalised* word: strip one prefix and one suffix, keeping a minimum length."""
    table = _table_for(word)
    if table is None:
        return word
    for prefix in table.PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= table.MIN_STEM:
            word = word[len(prefix):]
            break
    for suffix in table.SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= table.MIN_STEM:
            word = word[: -len(suffix)]
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
