"""Estimating when an undated page was published, from what the page itself says.

The page is read as a set of clues, each a function of a candidate publication day D:
- a date alone on its own line (or ``meta["date_line"]``): the page's own date stamp;
- "today" tied to a full date ("اليوم الجمعة 15سبتمبر2023"): D is that date;
- "today"/"yesterday" tied to a weekday ("اليوم (الخميس)", "أمس (الأربعاء)"): D's weekday;
- "منذ 24 عاما" beside an explicit year ("يوليو 2000"): D's year is that year plus 24;
- day/month mentions without a year ("يومي 18 و19 يونيو") lie near D, after it when a
  future cue precedes them, and weekday mentions resolved from D should land on them
  ("يومي الثلاثاء والأربعاء" = 18 and 19 June only when D is Monday 17 June 2024);
- month mentions ("آب الماضي", "في سبتمبر") lie near D;
- dates of the same story from the caller (``context_dates``) lie near D.
Every day of the plausible years is scored; the best-scoring days form the estimate (one day,
or a window reported at month/year granularity).  Weights are round numbers chosen by reading
the rules against hand-made cases, not fitted: a hard clue (weekday) outweighs a soft one
(proximity), and a year from "منذ N عاما" outweighs nothing but is outvoted by two clues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from rasid.lang import SUPPORTED
from rasid.temporal.expressions import Expr, find_expressions
from rasid.temporal.resolve import resolve

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
_MAX_LEFTOVER_WORDS = 3  # "نشر في: 2023-09-15 10:30" still counts as a date line


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    text: str
    reason: str


@dataclass(slots=True)
class PublicationEstimate:
    """Best guess of a page's publication date.

    ``date`` is ISO at ``granularity`` (day "2024-06-17", month "2023-09", year "2023"), or None
    when only the weekday is known (``weekday``, Monday=0).  ``earliest``/``latest`` bound the
    days that fit the clues equally well.
    """

    date: str | None
    granularity: str  # day | month | year | weekday
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    earliest: str | None = None
    latest: str | None = None
    weekday: int | None = None
    estimated: bool = True


def _closeness(days: int, plateau: int, fade: int) -> float:
    days = abs(days)
    return 1.0 if days <= plateau else max(0.0, 1.0 - (days - plateau) / fade)


def _full_date(e: Expr) -> date | None:
    if e.kind == "date" and e.year and e.day and e.calendar == "gregorian":
        return date(e.year, e.month, e.day)
    if e.kind == "date" and e.year and e.day:
        r = resolve(e, None)
        return r.first if r else None
    return None


def _date_line(text: str, language: str, exprs: list[Expr], meta: dict | None) -> tuple[date, Evidence] | None:
    if meta and meta.get("date_line"):
        line = str(meta["date_line"])
        # a page's date line may be in another language than its body ("Sep 15, 2023" on an Arabic page)
        for code in dict.fromkeys((language, *SUPPORTED)):
            found = [e for e in find_expressions(line, code) if _full_date(e)]
            if found:
                return _full_date(found[0]), Evidence(-1, -1, line, "date line (meta)")
    for m in _LINE.finditer(text):
        inside = [e for e in exprs if e.start >= m.start() and e.end <= m.end()]
        if len(inside) != 1:
            continue
        e = inside[0]
        d = _full_date(e)
        if d is None or e.offset is not None:
            continue
        leftover = text[m.start():e.start] + " " + text[e.end:m.end()]
        if "@" in leftover:
            continue  # "— Robert Maguire (@RobertMaguire_) November 18, 2019": an embedded tweet's signature
        if len(_WORD.findall(leftover)) <= _MAX_LEFTOVER_WORDS:
            return d, Evidence(e.start, e.end, text[e.start:e.end], "date alone on a line")
    return None


def _flat(exprs: list[Expr]) -> list[Expr]:
    return [p for e in exprs for p in (e.parts or (e,))]


class _Clues:
    def __init__(self, text: str, exprs: list[Expr], not_after: date):
        self.text = text
        self.weekday: list[tuple[int, Expr]] = []  # publication weekday implied
        self.today_partial: list[Expr] = []
        self.today_full: list[tuple[date, Expr]] = []
        self.ago_years: list[tuple[set[int], Expr]] = []
        self.yearless_days: list[Expr] = []
        self.yearless_months: list[Expr] = []
        self.free_weekdays: list[Expr] = []
        flat = _flat(exprs)
        # Years the page speaks of as past: the page is at least that recent.
        past_years = sorted({e.year for e in flat if e.kind == "date" and e.year and e.calendar == "gregorian"
                             and not e.future and e.year <= not_after.year})
        self.latest_year = past_years[-1] if past_years else None
        seen_ago: set[int] = set()
        for e in flat:
            if e.offset is not None and e.kind == "date" and e.day:
                if e.year:
                    self.today_full.append((_full_date(e) - timedelta(days=e.offset), e))
                else:
                    self.today_partial.append(e)
            elif e.offset is not None and e.weekday is not None:
                self.weekday.append(((e.weekday - e.offset) % 7, e))
            elif e.kind == "ago" and e.direction == -1 and e.unit in ("year", "decade"):
                n = e.count * (10 if e.unit == "decade" else 1)
                # "منذ 24 عاما" beside "يوليو 2000": only pairings that are not older than the
                # latest year the page mentions and not in the future are kept
                years = {y + n for y in past_years if self.latest_year <= y + n <= not_after.year}
                if n not in seen_ago and years:
                    seen_ago.add(n)
                    self.ago_years.append((years, e))
            elif e.kind == "date" and e.year is None and e.day:
                self.yearless_days.append(e)
            elif e.kind == "date" and e.year is None and e.month:
                self.yearless_months.append(e)
            elif e.kind == "weekday" and e.offset is None:
                self.free_weekdays.append(e)

    def candidate_years(self) -> set[int]:
        years: set[int] = set()
        for ys, _ in self.ago_years:
            for y in ys:
                years |= {y - 1, y, y + 1}
        if self.latest_year:
            years |= {self.latest_year, self.latest_year + 1}
        years |= {d.year for d, _ in self.today_full}
        return years

    def score(self, d: date, context: list[date]) -> tuple[float, list[Expr], bool]:
        """Score of publication day d, the clues that agree, and whether a clue pins the day."""
        s = 0.0
        used: list[Expr] = []
        pinned = False
        for wd, e in self.weekday:
            hit = d.weekday() == wd
            s += 3 if hit else -3
            if hit:
                used.append(e)
        for said, e in self.today_full:  # "اليوم الجمعة 15سبتمبر2023"
            if d == said:
                s += 6
                used.append(e)
                pinned = True
        for e in self.today_partial:
            said = d + timedelta(days=e.offset)  # "غدا الاثنين الموافق 20 يوليو": D is the 19th
            hit = (said.month, said.day) == (e.month, e.day)
            s += 3 if hit else -3
            if hit:
                used.append(e)
                pinned = True
        if self.latest_year and d.year < self.latest_year:
            s -= 4
        for ys, e in self.ago_years:
            if d.year in ys:
                s += 2
                used.append(e)
            elif d.year - 1 in ys or d.year + 1 in ys:
                s += 1  # "منذ 24 عاما" is rounded: July 2000 to June 2024
        mentioned: set[date] = set()
        for e in self.yearless_days:
            r = resolve(e, d)
            if r is None:
                continue
            mentioned.add(r.first)
            delta = (r.first - d).days
            c = _closeness(delta, 14, 45)
            if e.future and delta < 0:
                c -= 1
            s += c
            if c > 0.5:
                used.append(e)
        for e in self.yearless_months:
            r = resolve(e, d)
            if r is None:
                continue
            gap = 0 if r.first <= d <= r.last else min(abs((r.first - d).days), abs((r.last - d).days))
            c = _closeness(gap, 31, 90)
            s += 0.5 * c
            if c > 0.5:
                used.append(e)
        if mentioned:
            for e in self.free_weekdays:
                r = resolve(e, d)
                if r and r.first in mentioned:
                    s += 2
                    used.append(e)
                    pinned = True
        for c in context:
            s += 3 * _closeness((d - c).days, 0, 30)
        if context:
            pinned = True
        return s, used, pinned


def estimate_publication_date(
    text: str,
    language: str,
    meta: dict | None = None,
    context_dates: list[date] | None = None,
    year_hint: int | None = None,
    not_after: date | None = None,
) -> PublicationEstimate | None:
    """Estimate the publication date of an undated page from its own clues.

    ``context_dates``: dates of dated articles in the same story (pull the estimate towards
    them); ``year_hint``: the year when known from elsewhere; ``not_after``: the page cannot be
    newer than this (its fetch date; default today).  Returns None when the page holds no clue.
    """
    exprs = find_expressions(text, language)
    context = sorted(context_dates or [])
    not_after = not_after or date.today()

    line = _date_line(text, language, exprs, meta)
    clues = _Clues(text, exprs, not_after)
    if line:
        d, ev = line
        agree = [e for dd, e in clues.today_full if dd == d]
        evidence = [ev] + [_ev(text, e, "today's date in the text") for e in agree]
        return PublicationEstimate(d.isoformat(), "day", 0.97 if agree else 0.95, evidence,
                                   d.isoformat(), d.isoformat())

    year_known = bool(year_hint or context or clues.ago_years or clues.today_full)
    if year_hint:
        years = {year_hint}
    elif context:
        years = {c.year for c in context} | {(c + timedelta(days=45)).year for c in context} \
            | {(c - timedelta(days=45)).year for c in context}
    else:
        years = clues.candidate_years()
    years = {y for y in years if 1800 <= y <= not_after.year}
    wds = {wd for wd, _ in clues.weekday}
    if not years:
        if len(wds) == 1:
            return PublicationEstimate(None, "weekday", 0.2, [_ev(text, e, "today's weekday") for _, e in clues.weekday],
                                       weekday=wds.pop())
        return None

    scored: list[tuple[float, date, list[Expr], bool]] = []
    for y in sorted(years):
        d = date(y, 1, 1)
        while d.year == y and d <= not_after:
            s, used, pinned = clues.score(d, context)
            scored.append((s, d, used, pinned))
            d += timedelta(days=1)
    if not scored:
        return None
    best_score = max(x[0] for x in scored)
    if best_score <= 0 and not context:
        return None
    best = [x for x in scored if x[0] >= best_score - 1e-9]
    first, last = best[0][1], best[-1][1]
    runner_up = max((x[0] for x in scored if x[0] < best_score - 1e-9), default=float("-inf"))
    margin = best_score - runner_up
    used, pinned = best[0][2], best[0][3]
    if clues.today_full:
        pinned = True
    if first == last and pinned and year_known and margin >= 0.5:
        value, gran = first.isoformat(), "day"
    elif (first.year, first.month) == (last.year, last.month) and year_known:
        value, gran = f"{first.year:04d}-{first.month:02d}", "month"
    elif first.year == last.year:
        value, gran = f"{first.year:04d}", "year"
    else:
        if len(wds) == 1:
            return PublicationEstimate(None, "weekday", 0.2, [_ev(text, e, "today's weekday") for _, e in clues.weekday],
                                       weekday=next(iter(wds)))
        return None
    evidence = _dedupe([_ev(text, e, _reason(clues, e)) for e in used])
    if clues.today_full:
        confidence = 0.9
    else:
        confidence = 0.25 + 0.15 * bool(clues.weekday) + 0.2 * year_known + 0.15 * pinned + 0.1 * (margin >= 2)
    confidence *= {"day": 1.0, "month": 0.8, "year": 0.5}[gran]
    weekday = first.weekday() if gran == "day" else (next(iter(wds)) if len(wds) == 1 else None)
    return PublicationEstimate(value, gran, round(min(confidence, 0.9), 2), evidence, first.isoformat(),
                               last.isoformat(), weekday)


def _reason(clues: _Clues, e: Expr) -> str:
    if any(e is x for _, x in clues.weekday):
        return "today's weekday"
    if e in clues.today_partial:
        return "today's day and month"
    if any(e is x for _, x in clues.ago_years):
        return "years since a dated event"
    if e in clues.free_weekdays:
        return "weekday matching a dated mention"
    return "mention near the publication date"


def _ev(text: str, e: Expr, reason: str) -> Evidence:
    return Evidence(e.start, e.end, text[e.start:e.end], reason)


def _dedupe(evs: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for ev in evs:
        if (ev.start, ev.end) not in seen:
            seen.add((ev.start, ev.end))
            out.append(ev)
    return out
