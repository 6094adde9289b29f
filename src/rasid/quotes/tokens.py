"""Tokens with their offsets into the article text and their matching form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasid.text.normalize import normalize

# Python's \w leaves out Arabic harakat and shadda (category Mn), which would cut "أكّدت" in
# two; the word pattern lets marks continue a word, and joins hyphenated names (جونغ-أون).
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"
_WORD_PART = rf"[^\W_][\w{_MARKS}]*"
_TOKEN = re.compile(rf"{_WORD_PART}(?:[-'’]{_WORD_PART})*|[^\w\s{_MARKS}]")

COMMAS = frozenset("،,؛;")
OPENING_PUNCT = frozenset("(-–—")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    norm: str
    is_word: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        out.append(Token(m.start(), m.end(), raw, normalize(raw), raw[0].isalnum()))
    return out
