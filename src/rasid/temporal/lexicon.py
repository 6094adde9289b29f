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
from rasid.temporal.tokens import norm, tokenize, trigger_pattern

def split_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(tokenize(phrase)[2])


@dataclass(slots=True)
class Lexicon:
    # first token -> [(tokens, kind, value)] longest first
    heads: dict[str, list[tuple[tuple[str, ...], str, object]]] = field(default_factory=dict)
    weak: set[str] = field(default_factory=set)  # normalised phrases needing date context
    weak_days: set[str] = field(default_factory=set)  # day words needing a part of the day or day noun before
    proclitics: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    # clitic -> the article it stands for or swallowed (لل for ل + ال): the word is also read with it put back
    articles: dict[str, str] = field(default_factory=dict)
    numeric_order: str = "dmy"
    day_after_month: bool = True  # "September 15" (the day written after the month) is read
    future_prefix: re.Pattern | None = None
    future_exceptions: frozenset[str] = frozenset()
    trigger: re.Pattern | None = None  # where an expression may start (see tokens.tokenize)
    bare_hijri_years: tuple[int, int] = (1, 0)  # years read as Hijri without a marker (empty range: none)
    historic_days: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> year of the event
    # normalised token -> phrases it may start, clitic-stripped readings included (memo)
    _readings: dict[str, tuple] = field(default_factory=dict)

    def readings(self, tok: str) -> tuple:
        """(tokens, kind, value, clitic) for every phrase ``tok`` may begin, longest first.

        An exact reading of one word wins over clitic-stripped ones (اليوم is not ال + يوم)."""
        found = self._readings.get(tok)
        if found is None:
            found = tuple((t, k, v, "") for t, k, v in self.heads.get(tok, ()))
            if all(len(t) > 1 for t, *_ in found):
                # only phrases start with the word as written («الأسبوع الأخير من»): alone it is still
                # read after its clitic (ال + أسبوع)
                # the word as written after its clitic; failing that, with the article the clitic
                # swallowed put back («للنصف الأول»: ل + النصف)
                # Shortest clitic first, and every reading kept: «والأحد» is و + الأحد (Sunday) before it is
                # وال + أحد (one, which only starts «أحد عشر»), «والاثنين» و + الاثنين before وال + اثنين (two)
                stripped = sorted(((p, tok[len(p):]) for p in self.proclitics
                                   if tok.startswith(p) and len(tok) - len(p) >= 2), key=lambda c: len(c[0]))
                seen = {(t, k) for t, k, *_ in found}
                for p, rest in stripped:
                    for t, k, v in self.heads.get(rest, ()):
                        if (t, k) not in seen:
                            seen.add((t, k))
                            found += ((t, k, v, p),)
                if len(seen) == len(self.heads.get(tok, ())):  # nothing after a clitic: put the article back
                    for p, rest in ((p, self.articles[p] + r) for p, r in stripped if p in self.articles):
                        if rest in self.heads:
                            found += tuple((t, k, v, p) for t, k, v in self.heads[rest])
                            break
            if len(self._readings) > 200_000:  # bounded memo over a long crawl
                self._readings.clear()
            self._readings[tok] = found
        return found

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
    "RANGE_FROM": "from", "RANGE_TO": "to", "LIST_AND": "and", "LIST_OR": "or", "DAY_MONTH_JOINERS": "join",
    "ORDINAL_SUFFIXES": "ordsuf", "ORDINAL_DAYS": "ordday", "NUMBER_WORDS": "numword",
    "NUMBER_JOINERS": "numjoin", "FUTURE_WORDS": "future", "EVENT_RELATIVE": "event_rel",
    "DATE_APPOSITIONS": "apposition", "NOW_WORDS": "now", "NOT_TEMPORAL": "not_temporal",
    "SINCE_CUES": "since_cue", "NOT_AFTER_DAY_WORDS": "not_after_dayword",
    "NOT_BEFORE_DAY_WORDS": "not_before_dayword", "MONTH_NOUNS": "month_noun", "MONTH_EPITHETS": "month_epithet", "ORDINAL_DAYS_BEFORE_MONTH": "ordday_bare",
    "WITHIN_BEFORE": "within", "EVENT_NOUNS": "event_noun", "GROUP_NOUNS": "group_noun", "NARRATIVE_MARKERS": "narrative",
    "HIJRI_FEASTS": "feast", "DECADES": "decade_word", "CENTURIES": "century", "PERIOD_PARTS": "period_part",
    "CLOCK_WORDS": "clock", "HOUR_WORDS": "hourword", "MINUTE_WORDS": "minuteword",
    "HOUR_PERIODS": "hourperiod", "PAST_VERBS": "past", "APPROXIMATORS_AFTER": "approx_after",
    "MONTH_PARTS": "month_part", "MONTH_WEEKS": "month_week", "YEAR_FRACTIONS": "fraction", "FIRST_WORDS": "first", "RANGE_BETWEEN": "between",
    "NOT_FUTURE_BEFORE": "not_future", "NAMES_BEFORE_WEEKDAY": "given_name", "TITLES_BEFORE_NAME": "royal_title",
    "SAME_WORDS": "same", "SAME_BEFORE": "same_before", "FRACTION_HEADS": "fraction_head",
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
    lex.weak_days = {" ".join(split_phrase(p)) for p in getattr(t, "WEAK_DAY_WORDS", ())}
    lex.proclitics = tuple(norm(p) for p in t.PROCLITICS)
    lex.conjunctions = tuple(norm(p) for p in t.CONJUNCTION_CLITICS)
    lex.articles = {norm(p): norm(a) for p, a in (getattr(t, "ARTICLE_CLITICS", None) or {}).items()}
    lex.numeric_order = t.NUMERIC_ORDER
    lex.day_after_month = getattr(t, "DAY_AFTER_MONTH", True)
    lex.bare_hijri_years = tuple(getattr(t, "BARE_HIJRI_YEARS", None) or (1, 0))
    lex.historic_days = dict(getattr(t, "HISTORIC_DAYS", None) or {})
    if t.FUTURE_PREFIX:
        lex.future_prefix = re.compile(t.FUTURE_PREFIX)
    lex.future_exceptions = frozenset(norm(w) for w in t.FUTURE_PREFIX_EXCEPTIONS)
    lex.trigger = trigger_pattern(_trigger_words(lex), lex.proclitics)
    return lex


# Every expression contains one of these (or a year, or a numeric date): "15 سبتمبر", "منذ 24
# عاما", "هذا الأسبوع", "last Tuesday", "between 2019 and 2021".  Prepositions, "this/last" and
# number words are reached from them, inside the region tokenised around each match.
_TRIGGER_KINDS = {"month", "hmonth", "weekday", "dayword", "daynoun", "unit", "yearword", "feast", "decade_word",
                  "clock", "fraction"}


def _trigger_words(lex: Lexicon) -> list[str]:
    """One distinctive token per phrase: "كانون الثاني" -> كانون, "بعد غد" -> غد, "أول أمس" -> أمس.

    A token that is itself a function word of the grammar (بعد, الثاني, this) would fire on
    every sentence, so the longest other token is used (the last one on a tie)."""
    other = {toks[0] for entries in lex.heads.values() for toks, kind, _ in entries
             if len(toks) == 1 and kind not in _TRIGGER_KINDS}
    words = []
    for entries in lex.heads.values():
        for toks, kind, _ in entries:
            if kind in _TRIGGER_KINDS:
                pool = [t for t in toks if t not in other] or list(toks)
                words.append(max(reversed(pool), key=len))
    return words
