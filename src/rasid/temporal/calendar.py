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
    """Tabular (arithmetic) Islamic calendar; official Umm al-Qura dates may differ by a day or two."""
    jd = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return date.fromordinal(jd - 1721425)


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
