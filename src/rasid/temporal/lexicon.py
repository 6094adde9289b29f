"""The language tables (rasid.lang.<code>.temporal) compiled into one token lexicon.

Every table key is normalised the same way as the text, so "أيلول", "ايلول" and "أيلولَ"
meet, and multi-word keys ("كانون الثاني", "the day before yesterday") become token tuples
matched longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasid.lang import tables
from rasid.text.normalize import normalize

# Letters plus the marks (harakat, tatweel) that may sit inside an Arabic word; digits apart,
# so "15سبتمبر2023" splits into 15 / سبتمبر / 2023.
TOKEN = re.compile(r"(?:[^\W\d_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640])+|\d+|\S")


@lru_cache(maxsize=65536)
def norm(token: str) -> str:
    return normalize(token)


def split_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(norm(t) for t in TOKEN.findall(phrase))


@dataclass(slots=True)
class Lexicon:
    # first token -> [(tokens, kind, value)] longest first
    heads: dict[str, list[tuple[tuple[str, ...], str, object]]] = field(default_factory=dict)
    weak: set[str] = field(default_factory=set)  # normalised phrases needing date context
    proclitics: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    numeric_order: str = "dmy"
    future_prefix: re.Pattern | None = None
    future_exceptions: frozenset[str] = frozenset()

    def add(self, phrase: str, kind: str, value: object) -> None:
        toks = split_phrase(phrase)
        if not toks:
            return
        entries = self.heads.setdefault(toks[0], [])
        if (toks, kind, value) not in entries:
            entries.append((toks, kind, value))
            entries.sort(key=lambda e: -len(e[0]))


# table attribute -> lexicon kind; dict tables carry their values, sets carry True
_KINDS = {
    "MONTHS": "month", "HIJRI_MONTHS": "hmonth", "HIJRI_MARKERS": "hmark",
    "GREGORIAN_MARKERS": "gmark", "WEEKDAYS": "weekday", "DAY_WORDS": "dayword",
    "DAY_PARTS": "daypart", "DAY_NOUNS": "daynoun", "UNITS": "unit", "RELATIVE_MARKERS": "rel",
    "AGO_BEFORE": "ago_before", "AGO_AFTER": "ago_after", "LATER_BEFORE": "later",
    "APPROXIMATORS": "approx", "YEAR_WORDS": "yearword", "YEAR_PREPOSITIONS": "yearprep",
    "RANGE_FROM": "from", "RANGE_TO": "to", "LIST_AND": "and", "DAY_MONTH_JOINERS": "join",
    "ORDINAL_SUFFIXES": "ordsuf", "ORDINAL_DAYS": "ordday", "NUMBER_WORDS": "numword",
    "NUMBER_JOINERS": "numjoin", "FUTURE_WORDS": "future", "EVENT_RELATIVE": "event_rel",
    "DATE_APPOSITIONS": "apposition", "NOW_WORDS": "now", "NOT_TEMPORAL": "not_temporal",
}


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon | None:
    t = tables(language, "temporal")
    if t is None:
        return None
    lex = Lexicon()
    for attr, kind in _KINDS.items():
        entries = getattr(t, attr, None) or {}
        items = entries.items() if isinstance(entries, dict) else ((e, True) for e in entries)
        for phrase, value in items:
            lex.add(phrase, kind, value)
    lex.weak = {" ".join(split_phrase(p)) for p in (*t.WEAK_MONTHS, *t.WEAK_HIJRI_MONTHS)}
    lex.proclitics = tuple(norm(p) for p in t.PROCLITICS)
    lex.conjunctions = tuple(norm(p) for p in t.CONJUNCTION_CLITICS)
    lex.numeric_order = t.NUMERIC_ORDER
    if t.FUTURE_PREFIX:
        lex.future_prefix = re.compile(t.FUTURE_PREFIX)
    lex.future_exceptions = frozenset(norm(w) for w in t.FUTURE_PREFIX_EXCEPTIONS)
    return lex
