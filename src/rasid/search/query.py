"""Turn what a user typed into a safe FTS5 expression over stemmed, normalised terms.

Every user word becomes a quoted FTS5 string, so FTS syntax characters in a query
(``"``, ``*``, ``:``, ``NEAR(``, ``-``, ``^``) are plain text and can never break the query.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rasid.text.normalize import normalize, words
from rasid.text.stem import skeleton, stem

# Transliteration variants only matter for long words (names); short ones would
# collide with unrelated words once weak letters are dropped.
MIN_VARIANT_LENGTH = 5


@dataclass(slots=True)
class ParsedQuery:
    groups: list[list[list[str]]]  # AND of groups; a group is OR of phrases; a phrase is a list of stems

    @property
    def terms(self) -> set[str]:
        return {term for group in self.groups for phrase in group for term in phrase}

    def is_empty(self) -> bool:
        return not self.groups

    def to_fts(self) -> str:
        def phrase(stems: list[str]) -> str:
            return '"' + " ".join(stems) + '"'

        return " AND ".join("(" + " OR ".join(phrase(p) for p in group) + ")" for group in self.groups)


def parse_query(text: str, variants_of: Callable[[str], Iterable[str]] = lambda term: ()) -> ParsedQuery:
    """Quoted parts are phrases; other words are ANDed, each widened to its spelling variants."""
    groups: list[list[list[str]]] = []
    for quoted, loose in re.findall(r'"([^"]*)"|(\S+)', text):
        if quoted:
            stems = [stem(w) for w in words(normalize(quoted))]
            if stems:
                groups.append([stems])
            continue
        for word in words(normalize(loose)):
            term = stem(word)
            alternatives = [[term]]
            if len(term) >= MIN_VARIANT_LENGTH:
                alternatives += [[v] for v in sorted(set(variants_of(term)) - {term})]
            groups.append(alternatives)
    return ParsedQuery(groups)


def same_skeleton(term: str, candidates: Iterable[str]) -> list[str]:
    """Spellings that differ only in where weak letters sit (أمريكا/أميركا), not in how many
    there are: an added vowel letter usually makes another word (محادث/مايحدث)."""
    key, length = skeleton(term), len(term)
    return [c for c in candidates if len(c) == length and skeleton(c) == key]


def index_text(text: str | None) -> str:
    """What the FTS index stores for a piece of text: its stems, space-separated."""
    tokens = words(normalize(text or ""))
    stem_of = {w: stem(w) for w in set(tokens)}  # news repeats words; stem each once
    return " ".join([stem_of[w] for w in tokens])


def index_terms_of(article) -> tuple[str, str]:
    return index_text(article.title), index_text(article.text)


def with_index_terms(article):
    """Pipeline step body: compute the index terms where the pipeline runs, not in the writer."""
    article.index_terms = index_terms_of(article)
    return article
