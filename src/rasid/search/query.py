"""Turn what a user typed into a safe FTS5 expression over stemmed, normalised terms.

Every user word becomes a quoted FTS5 string, so FTS syntax characters in a query
(``"``, ``*``, ``:``, ``NEAR(``, ``-``, ``^``) are plain text and can never break the query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from rasid.text.normalize import normalize, words
from rasid.text.stem import skeleton, stem

# Transliteration variants only matter for long words (names); short ones would
# collide with unrelated words once weak letters are dropped.
MIN_VARIANT_LENGTH = 5
# Parts of a name written joined (بيونغيانغ = بيونغ + يانغ) are at least this long.
MIN_SPLIT_PART = 3


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


class Vocabulary(Protocol):
    """What the index knows about its terms, so a query can widen to the spellings present."""

    def variants(self, term: str) -> Iterable[str]: ...

    def contains(self, term: str) -> bool: ...


class NoVocabulary:
    def variants(self, term: str) -> Iterable[str]:
        return ()

    def contains(self, term: str) -> bool:
        return False


def parse_query(text: str, vocabulary: Vocabulary = NoVocabulary()) -> ParsedQuery:
    """Quoted parts are phrases; other words are ANDed, each widened to the spellings the index holds:
    weak-letter variants (أمريكا/أميركا) and names written joined or apart (بيونغيانغ/بيونغ يانغ)."""
    groups: list[list[list[str]]] = []
    for quoted, loose in re.findall(r'"([^"]*)"|(\S+)', text):
        if quoted:
            stems = [stem(w) for w in words(normalize(quoted))]
            if stems:
                groups.append([stems])
            continue
        for word in words(normalize(loose)):
            groups.append(_alternatives(word, vocabulary))
    return ParsedQuery(_join_split_names(groups, vocabulary))


def _alternatives(word: str, vocabulary: Vocabulary) -> list[list[str]]:
    term = stem(word)
    found = [[term]]
    if len(term) >= MIN_VARIANT_LENGTH:
        found += [[v] for v in sorted(set(vocabulary.variants(term)) - {term})]
    if len(word) >= 2 * MIN_SPLIT_PART:
        for cut in range(MIN_SPLIT_PART, len(word) - MIN_SPLIT_PART + 1):
            left, right = stem(word[:cut]), stem(word[cut:])
            if vocabulary.contains(left) and vocabulary.contains(right):
                found.append([left, right])
    return found


def _join_split_names(groups: list[list[list[str]]], vocabulary: Vocabulary) -> list[list[list[str]]]:
    """Two adjacent single words that the index also holds written as one word become one group."""
    out: list[list[list[str]]] = []
    i = 0
    while i < len(groups):
        if i + 1 < len(groups) and len(groups[i][0]) == len(groups[i + 1][0]) == 1:
            left, right = groups[i][0][0], groups[i + 1][0][0]
            joined = [t for t in {left + right, stem(left + right)} if vocabulary.contains(t)]
            if joined:
                out.append([[left, right]] + [[t] for t in joined])
                i += 2
                continue
        out.append(groups[i])
        i += 1
    return out


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
