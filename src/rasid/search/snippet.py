"""Snippets cut from the original text with matched words highlighted.

The index holds stems of normalised text, so matches are found again here by stemming
the original words and mapping normalised offsets back to original ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.text.normalize import normalize_with_offsets
from rasid.text.stem import stem

_WORD = re.compile(r"\w+", re.UNICODE)


def find_matches(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Original-text spans of words whose stem is one of ``terms``."""
    if not terms:
        return []
    normalized, offsets = normalize_with_offsets(text)
    spans = []
    # A stem is what is left of its word once affixes are cut, so only words holding a term can
    # match: the regex finds those in one pass instead of stemming every word of the article.
    for m in _holding(frozenset(terms)).finditer(normalized.replace("_", " ")):
        if stem(m.group()) in terms:
            # End where the next kept character starts, so marks dropped by normalisation
            # (a final damma, a tatweel) stay inside the highlighted word.
            end = offsets[m.end()] if m.end() < len(offsets) else len(text)
            spans.append((offsets[m.start()], end))
    return spans


@lru_cache(maxsize=1024)
def _holding(terms: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b\w*(?:{alternatives})\w*", re.UNICODE)


def snippet_parts(text: str, spans: list[tuple[int, int]], width: int = 220) -> list[tuple[str, bool]]:
    """A window of about ``width`` characters around the densest run of matches, as pieces of
    text each marked matched or not (for a page to highlight without parsing markers), with
    "…" pieces where the window cuts the text."""
    if not text:
        return []
    if not spans:
        cut = text[:width].replace("\n", " ")
        return [(cut + ("…" if len(text) > width else ""), False)]
    best_start, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i:] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    lo = max(0, best_start - width // 4)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = min(len(text), lo + width)
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    pieces: list[tuple[str, bool]] = []
    cursor = lo
    for s, e in spans:
        if s < lo or e > hi:
            continue
        pieces += [(text[cursor:s], False), (text[s:e], True)]
        cursor = e
    pieces.append((text[cursor:hi], False))
    pieces = [(piece.replace("\n", " "), matched) for piece, matched in pieces if piece]
    # The window starts and ends on word boundaries; its outer spaces are not part of it.
    if pieces and not pieces[0][1]:
        pieces[0] = (pieces[0][0].lstrip(), False)
    if pieces and not pieces[-1][1]:
        pieces[-1] = (pieces[-1][0].rstrip(), False)
    pieces = [p for p in pieces if p[0]]
    return ([("…", False)] if lo > 0 else []) + pieces + ([("…", False)] if hi < len(text) else [])


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = 220,
                 mark: tuple[str, str] = ("**", "**")) -> str:
    """``snippet_parts`` as one string, each match between ``mark``s."""
    return "".join(f"{mark[0]}{piece}{mark[1]}" if matched else piece
                   for piece, matched in snippet_parts(text, spans, width))
