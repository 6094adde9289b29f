"""Date arithmetic the resolver needs: months, ISO weeks, the tabular Hijri calendar and the Solar Hijri
(Persian) calendar."""

from __future__ import annotations

from datetime import date, timedelta


def parse_day(iso: str | None) -> date | None:
    """The day of an ISO date or date-time ("2023-09-14", "2015-07-21 22:35:03"); None for a
    coarser value ("2023-09") or anything unreadable."""
    if not iso or len(iso) < 10:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def add_months(d: date, months: int) -> date:
    """First day of the month ``months`` after d's month."""
    idx = d.year * 12 + d.month - 1 + months
    return date(idx // 12, idx % 12 + 1, 1)


def month_end(year: int, month: int) -> date:
    return add_months(date(year, month, 1), 1) - timedelta(days=1)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def hijri_to_gregorian(year: int, month: int = 1, day: int = 1) -> date:
    """The Umm al-Qura calendar (Saudi Arabia's official one, as the Gulf press dates) where
    ``hijridate`` covers it (1343-1500 AH), else the tabular (arithmetic) Islamic calendar, which
    may differ by a day or two."""
    umm_al_qura = _umm_al_qura(year, month, day)
    if umm_al_qura is not None:
        return umm_al_qura
    jd = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return date.fromordinal(jd - 1721425)


def _umm_al_qura(year: int, month: int, day: int) -> date | None:
    try:
        from hijridate import Hijri
    except ImportError:
        return None
    try:
        if day > 29:  # a 29-day month has no 30th: its day after the 29th is the next month's first
            return Hijri(year, month, 29).to_gregorian() + timedelta(days=day - 29)
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(d: date) -> int:
    """The tabular Hijri year containing d."""
    y = int((d.toordinal() - hijri_to_gregorian(1).toordinal()) / 354.367) + 1
    while hijri_to_gregorian(y + 1) <= d:
        y += 1
    while hijri_to_gregorian(y) > d:
        y -= 1
    return y


def hijri_month_end(year: int, month: int) -> date:
    nxt = hijri_to_gregorian(year + 1, 1, 1) if month == 12 else hijri_to_gregorian(year, month + 1, 1)
    return nxt - timedelta(days=1)


# 1 Farvardin 1399 (Nowruz, the Solar Hijri new year) fell on 20 March 2020.
_NOWRUZ_1399 = date(2020, 3, 20)
_SOLAR_LEAP_IN_CYCLE = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def _solar_leap(year: int) -> bool:
    """The 33-year rule of the Solar Hijri calendar: eight leap years in each cycle.  It agrees
    with Iran's astronomical calendar from 1244 to 1403 AP and strays by a day only rarely around
    them, which is all a page's date line needs."""
    return year % 33 in _SOLAR_LEAP_IN_CYCLE


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (``2 Tir 1399`` -> 2020-06-22): the first six
    months have 31 days, the next five 30, Esfand 29 (30 in a leap year).  None for a day that
    does not exist or a year outside 1300-1500 AP."""
    if not (1300 <= year <= 1500 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else (30 if _solar_leap(year) else 29)
    if day > length:
        return None
    nowruz = _NOWRUZ_1399
    for y in range(1399, year):  # whole years between 1399 and the date's year, forward
        nowruz += timedelta(days=366 if _solar_leap(y) else 365)
    for y in range(year, 1399):  # or back
        nowruz -= timedelta(days=366 if _solar_leap(y) else 365)
    before = 31 * min(month - 1, 6) + 30 * max(month - 7, 0)
    return nowruz + timedelta(days=before + day - 1)
