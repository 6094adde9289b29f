"""Tokenisation with character offsets that matches ANERcorp's: words, numbers, and each punctuation mark apart.

ANERcorp keeps decimals and percentages whole (``1.3``, ``30%``) and splits every other punctuation
mark off the word (``"`` ``،`` ``(``), so the tagger must see the same units at run time or its
features (previous word, next word) stop meaning what they meant in training.
"""

from __future__ import annotations

import re

# Arabic diacritics, Quranic marks and tatweel are not \w in Python's re (they are Mn/Lm),
# so ``\w+`` would cut مُحَمَّد into pieces; they are added to the word class here.
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d"
# A decimal point or percent sign stays with the digits before it (بـ34.3, 30%, ٪).
_TOKEN = re.compile(rf"[\w{_MARKS}]+(?:(?<=\d)[.,٫]\d+)*(?:(?<=\d)[%٪])?|\S")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each token of ``text``."""
    return [m.span() for m in _TOKEN.finditer(text)]


def tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]
