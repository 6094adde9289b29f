"""Date arithmetic the resolver needs: months, ISO weeks, and the tabular Hijri calendar."""

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
