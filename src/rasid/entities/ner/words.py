"""Splitting an Arabic word into clitics and stem, for features that survive و/ب/ال/ـه attached to a name.

A general light stemmer (rasid.text.stem) also strips plural and feminine endings, which would merge
a name with common words (e.g. ...ات); here only clitics go, and the stripping stays conservative:
a prefix is removed only if the stem keeps ``MIN_STEM`` letters.
"""

from __future__ import annotations

from functools import lru_cache

from rasid.lang import tables
from rasid.text.normalize import normalize


class CliticSplitter:
    def __init__(self, language: str = "ar"):
        table = tables(language, "ner")
        if table is None:
            raise ValueError(f"no NER tables for language {language!r}")
        self.table = table
        prefixes = {""}
        for conj in ("",) + tuple(table.CONJUNCTIONS):
            for prep in ("",) + tuple(table.PREPOSITIONS):
                prefixes.add(conj + prep)
                prefixes.add(conj + prep + table.ARTICLE)
            prefixes.add(conj + table.CONTRACTED_ARTICLE)
        # Longest first so وبال wins over و.
        self.prefixes = sorted(prefixes, key=len, reverse=True)
        self.suffixes = tuple(sorted(table.PRONOUN_SUFFIXES, key=len, reverse=True))
        self.min_stem = table.MIN_STEM
        self.split = lru_cache(maxsize=200_000)(self._split)

    def _split(self, norm: str) -> tuple[str, str, str]:
        """(proclitics, stem, enclitic) of an already-normalised word."""
        prefix = ""
        for candidate in self.prefixes:
            if candidate and norm.startswith(candidate) and len(norm) - len(candidate) >= self.min_stem + 1:
                prefix = candidate
                break
        rest = norm[len(prefix):]
        suffix = ""
        # A definite noun takes no pronoun suffix (الكتابه is not الكتاب+ه), so only bare stems lose one.
        if not prefix.endswith(self.table.ARTICLE) and not prefix.endswith(self.table.CONTRACTED_ARTICLE):
            for candidate in self.suffixes:
                if rest.endswith(candidate) and len(rest) - len(candidate) >= self.min_stem + 1:
                    suffix = candidate
                    break
        return prefix, rest[: len(rest) - len(suffix)], suffix


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    return normalize(word)
