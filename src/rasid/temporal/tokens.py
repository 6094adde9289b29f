"""Fast tokenisation for matching: word, number and punctuation tokens of the ORIGINAL text,
each with its start/end offsets there and its normalised form.

It runs on every article, and Python-level work per token is what costs, so only the regions
around a possible time word are tokenised: a compiled trigger pattern (month and weekday
names, units, day words, years, numeric dates) finds them in one C-level pass over the text
with its marks (harakat, tatweel, invisible joiners) cut out; offsets are mapped back through
the positions of the removed marks.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

# _translation is the shared folding table; the trigger pattern needs its inverse (which spellings
# fold to each letter), and rebuilding it here would duplicate the orthography tables.
from rasid.text.normalize import _translation, normalize

# Removed before matching: Arabic marks, tatweel, joiners and direction marks.
_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200b-\u200f\u061c\ufeff\u00ad]")
# Letters and digits glued together ("15سبتمبر2023") are separate tokens.
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
_SPACE = re.compile(r"\s+")
SENTINEL = "\x00"  # stands between two regions so no phrase spans the gap

_norm_cache: dict[str, str] = {}


def norm(token: str) -> str:
    found = _norm_cache.get(token)
    if found is None:
        if len(_norm_cache) > 200_000:
            _norm_cache.clear()
        found = _norm_cache[token] = normalize(token)
    return found


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """normalised char -> regex class of every spelling that folds to it (أ/إ/آ/ا, ة/ه, ى/ي)."""
    groups: dict[str, set[str]] = {}
    for src, dst in _translation().items():
        if dst is not None and len(dst) == 1:
            groups.setdefault(dst, {dst}).add(chr(src))
    return {k: "[" + "".join(re.escape(c) for c in sorted(v)) + "]" for k, v in groups.items()}


def _trie_regex(words: list[str]) -> str:
    """One alternation per shared prefix, so the scan does not try every word at every position."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    variants = _variants()

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(variants.get(ch, re.escape(ch)) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def trigger_pattern(words: list[str], clitics: tuple[str, ...]) -> re.Pattern:
    """Where an expression may be: a time word (clitic allowed before), a year, a numeric date."""
    clitic = ("(?:" + "|".join(re.escape(c) for c in sorted(clitics, key=len, reverse=True)) + ")?") if clitics else ""
    words = sorted({w for w in words if w})
    return re.compile(
        rf"\d{{4}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d|(?<![^\W\d_]){clitic}{_trie_regex(words)}(?![^\W\d_])",
        re.IGNORECASE,
    )


def _back(text: str, pos: int, words: int) -> int:
    for _ in range(words):
        if pos <= 1:
            return 0
        k = max(text.rfind(" ", 0, pos - 1), text.rfind("\n", 0, pos - 1))
        if k < 0:
            return 0
        pos = k + 1
    return pos


def _forward(text: str, pos: int, words: int) -> int:
    n = len(text)
    for _ in range(words):
        k = text.find(" ", pos + 1)
        if k < 0:
            return n
        pos = k
    return pos


def tokenize(text: str, trigger: re.Pattern | None = None, before: int = 10, after: int = 14):
    """(starts, ends, norms); with ``trigger``, only the regions around its matches."""
    removed = [m.start() for m in _MARKS.finditer(text)]
    clean = _MARKS.sub("", text) if removed else text
    gaps = [pos - k for k, pos in enumerate(removed)]  # where in ``clean`` each mark was cut
    if trigger is None or not unicodedata.is_normalized("NFKC", clean):
        regions = [(0, len(clean))]
    else:
        regions = []
        for m in trigger.finditer(clean):
            a, b = _back(clean, m.start(), before), _forward(clean, m.end(), after)
            if regions and a <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(b, regions[-1][1]))
            else:
                regions.append((a, b))
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    for a, b in regions:
        if norms:
            starts.append(a)
            ends.append(a)
            norms.append(SENTINEL)
        spans = [m.span() for m in _TOKEN.finditer(clean, a, b)]
        norms.extend([norm(clean[s:e]) for s, e in spans])
        if gaps:  # bisect_right: a mark right after a word (أمسِ) stays with that word
            starts.extend([s + bisect_right(gaps, s) for s, _ in spans])
            ends.extend([e + bisect_right(gaps, e) for _, e in spans])
        else:
            starts.extend([s for s, _ in spans])
            ends.extend([e for _, e in spans])
    return starts, ends, norms
