"""Turning an expression into dates, given the day the text was written (the anchor).

Rules for what the text leaves open (news usage; each is one line to change):
- a weekday alone ("يوم الجمعة") is the anchor itself when it names the anchor's weekday,
  otherwise the most recent such day in the past six days, or the next one within six days
  when a future cue ("سيزور", "will", "المقرر") precedes it in the same sentence;
- "الثلاثاء الماضي"/"last Tuesday" is strictly before the anchor, "المقبل"/"next" strictly after;
- "اليوم الخميس" is the anchor plus the word's offset, moved to the named weekday when the
  two disagree by up to three days (wire copy republished a day later keeps "today Thursday");
- a day and month without a year take the nearest occurrence, a day in the past counting as
  twice as far as one in the future (news reports the past but announces dates ahead), or -
  with a future cue - the first on/after three days before the anchor;
  a month alone takes the latest one starting on/before the anchor (future cue: the first
  ending on/after it); "آب الماضي" is the last August strictly before the anchor's month;
- "منذ 24 عاما" is the anchor's year minus 24 at year granularity; "قبل يومين" and "منذ
  أسبوعين" a day (news means the day it happened, not an ISO week), "منذ 18 شهرا" a month;
- "بعد ثلاث سنوات" counts from the day of writing only with a future cue ("سيتم ... بعد"); in a
  past narrative it counts from an event the resolver does not know, so it is left unresolved (so
  are months, years and decades with no future cue: «واعتزل بعد 10 أعوام», «بعد 25 عاما قضاها»
  tell a life, not the years ahead; days and weeks ahead are news' own «تنطلق بعد ثلاثة أيام»);
- "خلال ثلاثة أيام", "في غضون شهرين" say how long something takes, not when: a duration, so
  unresolved (a reader dates no day by it; "خلال الأيام الثلاثة الماضية" is read as a vague stretch);
- "الأيام الماضية", "الأشهر المقبلة" name no stretch a reader could date: unresolved;
- "العام التالي" is the year after the one the text last named (resolved by ``find_timerefs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rasid.temporal.calendar import (
    add_months, hijri_month_end, hijri_to_gregorian, hijri_year_of, iso_week, month_end, week_bounds,
)
from rasid.temporal.expressions import Expr


@dataclass(slots=True)
class Resolved:
    value: str
    granularity: str
    first: date
    last: date


_LONG_UNITS = ("month", "year", "decade")
# A month named with a future cue is the coming one when it begins within this many months; further
# ahead, news means the one just gone (a bare month name rarely announces what is most of a year away;
# Hijri months are the seasons of fasting and pilgrimage, announced a year ahead: «سيقام في شهر رمضان»).
_AHEAD_MONTHS = 8  # "بعد N" of these counts from today only with a future cue


def _day(d: date) -> Resolved:
    return Resolved(d.isoformat(), "day", d, d)


def _month(y: int, m: int) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}", "month", date(y, m, 1), month_end(y, m))


def _year(y: int) -> Resolved:
    return Resolved(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def _week(d: date) -> Resolved:
    lo, hi = week_bounds(d)
    return Resolved(iso_week(d), "week", lo, hi)


def _weekday_near(target: date, weekday: int) -> date:
    delta = (weekday - target.weekday()) % 7
    return target + timedelta(days=delta - 7 if delta > 3 else delta)


def _resolve_weekday(e: Expr, anchor: date) -> date:
    if e.offset is not None:
        return _weekday_near(anchor + timedelta(days=e.offset), e.weekday)
    back = (anchor.weekday() - e.weekday) % 7
    ahead = (e.weekday - anchor.weekday()) % 7
    # (a direction of -2 is the one before the last: «يوم الجمعة قبل الماضي»)
    if e.direction is not None and e.direction < 0:
        return anchor - timedelta(days=(back or 7) + 7 * (-e.direction - 1))
    if e.direction is not None and e.direction > 0:
        return anchor + timedelta(days=(ahead or 7) + 7 * (e.direction - 1))
    if e.direction == 0:
        return week_bounds(anchor)[0] + timedelta(days=e.weekday)
    if back == 0:
        return anchor
    return anchor + timedelta(days=ahead) if e.future else anchor - timedelta(days=back)


def _gregorian(e: Expr, year: int) -> tuple[date, date]:
    """First and last Gregorian day of e's (month, day) in the given year of e's calendar."""
    if e.calendar == "hijri":
        if e.day:
            d = hijri_to_gregorian(year, e.month, e.day)
            return d, d
        if e.month:
            return hijri_to_gregorian(year, e.month, 1), hijri_month_end(year, e.month)
        return hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1) - timedelta(days=1)
    if e.day:
        d = date(year, e.month, e.day)
        return d, d
    if e.month:
        return date(year, e.month, 1), month_end(year, e.month)
    return date(year, 1, 1), date(year, 12, 31)


def _pick_year(e: Expr, anchor: date) -> int | None:
    base = hijri_year_of(anchor) if e.calendar == "hijri" else anchor.year
    options = []
    for y in (base - 1, base, base + 1):
        try:
            options.append((y, *_gregorian(e, y)))
        except ValueError:  # 29 February
            continue
    if not options:
        return None
    anchor_month = (anchor.year, anchor.month)
    # a Hijri month ends and begins inside Gregorian ones: it is past (to come) when all of it is
    by_day = e.day or e.calendar == "hijri"
    if e.direction is not None and e.direction < 0:
        ok = [y for y, lo, hi in options if (hi < anchor if by_day else (lo.year, lo.month) < anchor_month)]
        return max(ok) + e.direction + 1 if ok else None  # «رمضان قبل الماضي»: a year before the last
    if e.direction == 1:
        ok = [y for y, lo, hi in options if (lo > anchor if by_day else (lo.year, lo.month) > anchor_month)]
        return min(ok) if ok else None
    if e.direction == 0:
        return base
    if e.future:
        limit = anchor - timedelta(days=3) if e.day else anchor
        ok = [y for y, lo, hi in options if hi >= limit]
        first = min(ok) if ok else None
        start = next((lo for y, lo, hi in options if y == first), None)
        if e.day or e.calendar == "hijri" or start is None \
                or (start.year - anchor.year) * 12 + start.month - anchor.month <= _AHEAD_MONTHS:
            return first
        # «ستقوم الإدارة بسداد راتب شهر مايو» written in August: the May just gone, not next year's (below)
    if e.past and e.day:  # «احتفلت المدارس في الحادي والعشرين من مارس»: the last one
        ok = [y for y, lo, hi in options if lo <= anchor]
        return max(ok) if ok else None
    if e.day:
        # the nearest occurrence, the past counting double: "في 28 ديسمبر" written on 5 January
        # is last December, "في 16 سبتمبر" written on 9 August is next month
        return min(options, key=lambda o: (o[1] - anchor).days if o[1] >= anchor else 2 * (anchor - o[1]).days)[0]
    ok = [y for y, lo, hi in options if lo <= anchor]
    return max(ok) if ok else None


def _resolve_date(e: Expr, anchor: date | None) -> Resolved | None:
    year = e.year
    if year is None:
        if anchor is None:
            return None
        if e.year_offset is not None:  # «رمضان من العام الماضي»: a year of the month's own calendar
            year = (hijri_year_of(anchor) if e.calendar == "hijri" else anchor.year) + e.year_offset
        else:
            year = _pick_year(e, anchor)
        if year is None:
            return None
    try:
        lo, hi = _gregorian(e, year)
    except ValueError:
        return None
    if e.part and e.part != "whole" and not e.day:
        return _month_part(e.part, lo, hi)
    if e.calendar == "hijri":
        if e.day:
            return _day(lo)
        return Resolved(f"{lo.isoformat()}/{hi.isoformat()}", "range", lo, hi)
    if e.day:
        return _day(lo)
    if e.month:
        return _month(year, e.month)
    return _year(year)


def _month_part(part: str, lo: date, hi: date) -> Resolved:
    """The day or ten days of a month its part names: "last" its last day, "late" its last ten days."""
    if part == "first":
        return _day(lo)
    if part == "last":
        return _day(hi)
    if part == "middle":  # «بحلول منتصف الشهر الجاري», «في منتصف تموز»: its 15th
        return _day(lo + timedelta(days=14))
    first, last = {"early": (lo, lo + timedelta(days=9)), "mid": (lo + timedelta(days=10), lo + timedelta(days=19)),
                   "late": (hi - timedelta(days=9), hi), "first_half": (lo, lo + timedelta(days=14)),
                   "second_half": (lo + timedelta(days=15), hi), "lastweek": (hi - timedelta(days=6), hi),
                   **{f"week{n}": (lo + timedelta(days=7 * n - 7), lo + timedelta(days=7 * n - 1)) for n in (1, 2, 3, 4)}}[part]
    return Resolved(f"{first.isoformat()}/{last.isoformat()}", "range", first, last)


def _resolve_unit(unit: str, anchor: date, steps: int) -> Resolved | None:
    if unit == "day":
        return _day(anchor + timedelta(days=steps))
    if unit == "week":
        return _week(anchor + timedelta(weeks=steps))
    if unit == "month":
        d = add_months(anchor, steps)
        return _month(d.year, d.month)
    if unit == "year":
        return _year(anchor.year + steps)
    if unit == "decade":
        return _year(anchor.year + 10 * steps)
    return None



def resolve(e: Expr, anchor: date | None) -> Resolved | None:
    try:
        return _resolve(e, anchor)
    except (ValueError, OverflowError):  # "منذ 2500 عام": before year 1, outside the calendar
        return None


def _resolve(e: Expr, anchor: date | None) -> Resolved | None:
    if e.kind == "range":
        a, b = (resolve(p, anchor) for p in e.parts)
        if a is None or b is None or b.last < a.first:
            # a stretch that would end before it starts names no stretch: «صيام الاثنين والخميس» written
            # on a Monday is every Monday and Thursday, not this Monday back to last Thursday
            return None
        first, last = min(a.first, b.first), max(a.last, b.last)
        if "/" in a.value or "/" in b.value:  # ends that are stretches themselves (Hijri years): their days
            return Resolved(f"{first.isoformat()}/{last.isoformat()}", "range", first, last)
        return Resolved(f"{a.value}/{b.value}", "range", first, last)
    if e.kind == "date":
        return _resolve_date(e, anchor)
    if anchor is None:
        return None
    if e.kind == "weekday":
        return None if e.listed else _day(_resolve_weekday(e, anchor))
    if e.kind == "dayword":
        return _day(anchor + timedelta(days=e.offset))
    if e.kind == "unitrel":
        return _resolve_unit(e.unit, anchor, e.direction)
    if e.kind == "ago":
        if e.direction > 0 and (e.past or (e.unit in _LONG_UNITS and not e.future)):
            return None
        if e.unit == "week":
            return _day(anchor + timedelta(weeks=e.direction * e.count))
        return _resolve_unit(e.unit, anchor, e.direction * e.count)
    if e.kind == "dayofmonth":
        m = add_months(anchor, e.direction)
        try:
            return _day(date(m.year, m.month, e.day))
        except ValueError:
            return None
    return None
