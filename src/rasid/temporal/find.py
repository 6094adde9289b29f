"""Public entry: temporal expressions of a text as TimeRefs, resolved against an anchor date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from rasid.model import TimeRef
from rasid.temporal.calendar import add_months, hijri_year_of, month_end
from rasid.temporal.expressions import find_expressions
from rasid.temporal.resolve import Resolved, resolve


def find_timerefs(text: str, language: str, anchor: date | None = None) -> list[TimeRef]:
    """Every date, range and relative expression in ``text``, offsets into ``text`` itself.

    ``anchor`` is the day the text was written (the article's date).  Without it, relative
    expressions are still returned with ``value=""`` (and ``weekday`` set when they name one)
    so a caller can resolve them later; absolute ones are resolved regardless.
    """
    out: list[TimeRef] = []
    told: dict[str, Resolved] = {}  # the last day, month and year the text named outright
    found = find_expressions(text, language)
    anchor = _told_today(found, anchor)
    said = _said_on(text, found, anchor)
    for n, e in enumerate(found):
        r = _narrative(e, told, anchor) if e.narrative else resolve(e, said.get(n, anchor))
        if r is not None:
            _tell(e, r, told)
        weekday = e.weekday if e.kind != "range" else e.parts[0].weekday
        out.append(TimeRef(
            start=e.start, end=e.end, text=text[e.start:e.end],
            value=r.value if r else "", granularity=r.granularity if r else _granularity_hint(e),
            relative=e.relative, weekday=weekday,
            calendar=e.calendar if e.kind != "range" else e.parts[0].calendar,
            time_of_day=e.time if r else None,
        ))
    return out


_QUOTE_PAIRS = {"«": "»", "“": "”"}
_SENTENCE_ENDS = ".!?؟\n"


def _said_on(text: str, found, anchor: date | None) -> dict[int, date]:
    """«كشف الوزير امس (الاربعاء) "أن جلسة مجلس الوزراء غدا ستبدأ"»: a day word inside a quotation counts
    from the day the quoted words were said, where the same sentence dates the saying just before the
    quotation opens (yesterday's «غدا» is today).  Index of the expression -> its anchor."""
    if anchor is None:
        return {}
    out: dict[int, date] = {}
    for n, e in enumerate(found):
        if e.kind != "dayword" and not (e.kind == "weekday" and e.offset is not None):
            continue
        opening = _quote_opening(text, e.start)
        if opening is None:
            continue
        before = [k for k, b in enumerate(found[:n]) if b.end <= opening
                  and not any(c in _SENTENCE_ENDS for c in text[b.end:opening])]
        if not before:
            continue
        b = found[before[-1]]
        if b.kind not in ("dayword", "weekday") or b.offset in (None, 0):
            continue
        r = resolve(b, anchor)
        if r is not None and r.granularity == "day":
            out[n] = r.first
    return out


def _quote_opening(text: str, at: int) -> int | None:
    """Where the quotation holding offset ``at`` opens, if ``at`` lies inside one (same paragraph)."""
    lo = text.rfind("\n", 0, at) + 1
    for open_, close in _QUOTE_PAIRS.items():
        o = text.rfind(open_, lo, at)
        if o >= 0 and text.rfind(close, o, at) < 0:
            return o
    return None


def _told_today(found, anchor: date | None) -> date | None:
    """The day the text itself says it was written, where it says so: «اليوم الأربعاء» in a page
    dated Friday (wire copy republished days later) makes every «اليوم», «أمس» and «الأسبوع الماضي» of
    it count from that Wednesday.  Only where every such clue agrees; otherwise the page's date."""
    if anchor is None:
        return None
    days = set()
    for e in found:
        e = e.parts[0] if e.kind == "range" else e
        if e.offset is None or e.kind not in ("weekday", "date"):
            continue
        r = resolve(e, anchor)
        if r is not None and r.granularity == "day":
            days.add(r.first - timedelta(days=e.offset))
    return days.pop() if len(days) == 1 else anchor


def _tell(e, r: Resolved, told: dict[str, Resolved]) -> None:
    """Remember the day, month and year the text named, for «العام التالي» / «الشهر السابق» after it:
    a date with its year written, a day or month without one («في يوليو» is this July, so «الشهر
    السابق» after it is June), and «العام الماضي», «الشهر الماضي» (2014, so «العام السابق» is 2013).
    A year-less date tells no year: the year a reader takes it in is a guess, not what the text named."""
    if e.kind == "date" and e.month is not None:  # the month itself, in its calendar, for «14 من الشهر نفسه»
        told["month_of"] = (e.calendar, e.year if e.year is not None else
                            (hijri_year_of(r.first) if e.calendar == "hijri" else r.first.year), e.month)
    if e.kind == "date":
        units = ("day", "month", "year") if e.year is not None else ("day", "month")
    elif e.kind == "unitrel" and not e.narrative and e.unit in ("month", "year"):
        units = (e.unit,)
    else:
        return
    for unit in units:
        if r.granularity == unit or (unit == "year" and r.granularity in ("day", "month")) \
                or (unit == "month" and r.granularity == "day"):
            told[unit] = r


def _narrative(e, told: dict[str, Resolved], anchor: date | None = None) -> Resolved | None:
    """«العام التالي» after «في 2012»: the unit after (or before) the one the text last named.  With
    nothing named before it, «العام السابق» is the year before this one, as «العام الماضي»; «العام
    التالي» is unresolved (the following year of what, a reader cannot tell)."""
    if e.kind == "dayofmonth":
        if "month_of" not in told:
            return None
        calendar, year, month = told["month_of"]
        return resolve(replace(e, kind="date", year=year, month=month, calendar=calendar, narrative=False), anchor)
    base = told.get(e.unit)
    if base is None:
        base = told.get("year") if e.unit == "year" else None
    if base is None:
        return resolve(replace(e, kind="unitrel", narrative=False), anchor) if e.direction < 0 else None
    if e.unit == "year":
        year = base.first.year + e.direction
        return Resolved(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))
    if e.unit == "month":
        first = add_months(base.first, e.direction)
        return Resolved(first.isoformat()[:7], "month", first, month_end(first.year, first.month))
    if e.unit == "day":
        day = base.first + timedelta(days=e.direction)
        return Resolved(day.isoformat(), "day", day, day)
    return None


def _granularity_hint(e) -> str:
    if e.kind == "range":
        return "range"
    if e.kind in ("weekday", "dayword") or e.day:
        return "day"
    if e.unit:
        return e.unit
    return "month" if e.month else "year"
