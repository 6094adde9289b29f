"""Sentence boundaries as offsets into the clean text.

Arabic news ends sentences with "." "؟" "!" and, very often, only with a line break;
quotes close after the full stop (.” or .») so closers are kept with their sentence.
"""

from __future__ import annotations

import re

from rasid.model import Sentence

_BOUNDARY = re.compile(
    r"""(?:[.!?؟…]+["”»’')\]]*)(?=\s)   # terminal punctuation, then any closers, before a space
      |\n+                              # a line break always ends a sentence
    """,
    re.VERBOSE,
)
# A full stop after a lone letter or a short abbreviation ("U.S.", "د.") is not an ending.
_ABBREVIATION = re.compile(r"(?:^|\s)(?:\w|[A-Z][a-z]{0,3}|د|م|ص|ج|أ)\.$")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if not match.group().startswith("\n") and _ABBREVIATION.search(text[max(0, match.start() - 6): match.start() + 1]):
            continue
        _append(text, start, end, sentences)
        start = end
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
