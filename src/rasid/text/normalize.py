"""Normalisation for matching only (search, de-duplication, linking).

Displayed and exported text is always the original; when a match must be shown,
``normalize_with_offsets`` maps every normalised character back to its source offset.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from rasid.lang import all_tables


@lru_cache(maxsize=1)
def _translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for ortho in all_tables("orthography"):
        for ch in ortho.DIACRITICS + ortho.TATWEEL:
            table[ord(ch)] = None
        for src, dst in ortho.LETTER_FOLDS.items():
            table[ord(src)] = dst
        for digits in (ortho.DIGITS, ortho.EXTENDED_DIGITS):
            for value, ch in enumerate(digits):
                table[ord(ch)] = str(value)
    # Joiners and direction marks are invisible noise inside words.
    for ch in "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u00ad":
        table[ord(ch)] = None
    return table


@lru_cache(maxsize=1)
def _fast_plan() -> tuple[re.Pattern, list[tuple[str, str]]]:
    # str.translate with a dict looks up every character in Python; one regex pass for the
    # deletions and a C-speed str.replace per folded letter is about three times faster on news text.
    table = _translation()
    dropped = "".join(chr(k) for k, v in table.items() if v is None)
    return re.compile(f"[{re.escape(dropped)}]"), [(chr(k), v) for k, v in table.items() if v is not None]


def normalize(text: str) -> str:
    """NFKC, case-fold, drop diacritics/tatweel/invisible marks, fold letter variants and digits."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    dropped, folds = _fast_plan()
    text = dropped.sub("", text.lower())
    for variant, base in folds:
        if variant in text:
            text = text.replace(variant, base)
    return text


# What each character normalises to, learnt once per character: a news text repeats a hundred
# or so distinct characters, and normalising each again cost a search page most of its time.
_PIECES: dict[str, str] = {}


def _piece(ch: str) -> str:
    piece = unicodedata.normalize("NFKC", ch).lower().translate(_translation())
    if len(_PIECES) < 65536:
        _PIECES[ch] = piece
    return piece


class _Offsets(Sequence[int]):
    """Source offset of each normalised character, when normalising only deleted characters:
    normalised position ``j`` is source position ``j`` plus the number of deletions at or before
    it, found by bisection instead of held as one integer per character."""

    __slots__ = ("_shifts", "_length")

    def __init__(self, deleted: list[int], length: int):
        # The k-th deletion (0-based) at source position d sits before normalised position d - k.
        self._shifts = [d - k for k, d in enumerate(deleted)]
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, j):
        if isinstance(j, slice):
            return [self[i] for i in range(*j.indices(self._length))]
        if j < 0:
            j += self._length
        if not 0 <= j < self._length:
            raise IndexError(j)
        return j + bisect_right(self._shifts, j)


def normalize_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """Like ``normalize`` but also returns, for each output character, its offset in ``text``.

    Each distinct character is normalised once and the text translated in one C pass; a
    character-by-character loop cost a search page three quarters of its time (50 hits, each
    a whole article)."""
    pieces = _PIECES
    table = {}
    expands = False
    for ch in set(text):
        piece = pieces.get(ch)
        if piece is None:
            piece = _piece(ch)
        if piece != ch:
            table[ord(ch)] = piece
            expands = expands or len(piece) > 1
    normalized = _replaced(text, table) if table else text
    if not expands:
        dropped = "".join(chr(k) for k, v in table.items() if not v)
        deleted = [m.start() for m in re.finditer(f"[{re.escape(dropped)}]", text)] if dropped else []
        return normalized, _Offsets(deleted, len(normalized))
    offsets: list[int] = []
    for i, ch in enumerate(text):
        piece = table.get(ord(ch), ch)
        offsets.extend([i] * len(piece))
    return normalized, offsets


def _replaced(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)``, one C-speed ``str.replace`` per changed character where no
    replacement holds a character that is itself replaced (then one after another is the same
    as all at once): translate looks every character up in Python, and for a search page's
    snippets (50 whole articles) that was half the cost of normalising."""
    changed = {chr(k): v for k, v in table.items()}
    if any(ch in changed for piece in changed.values() for ch in piece):
        return text.translate(table)
    for ch, piece in changed.items():
        text = text.replace(ch, piece)
    return text


_WORD = re.compile(r"\w+", re.UNICODE)


def words(normalized: str) -> list[str]:
    """Word tokens of already-normalised text (underscores count as separators)."""
    return [w for w in _WORD.findall(normalized.replace("_", " "))]
