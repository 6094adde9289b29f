"""Public entry: temporal expressions of a text as TimeRefs, resolved against an anchor date."""

from __future__ import annotations

from datetime import date

from rasid.model import TimeRef
from rasid.temporal.expressions import find_expressions
from rasid.temporal.resolve import resolve


def find_timerefs(text: str, language: str, anchor: date | None = None) -> list[TimeRef]:
    """Every date, range and relative expression in ``text``, offsets into ``text`` itself.

    ``anchor`` is the day the text was written (the article's date).  Without it, relative
    expressions are still returned with ``value=""`` (and ``weekday`` set when they name one)
    so a caller can resolve them later; absolute ones are resolved regardless.
    """
    out: list[TimeRef] = []
    for e in find_expressions(text, language):
        r = resolve(e, anchor)
        weekday = e.weekday if e.kind != "range" else e.parts[0].weekday
        out.append(TimeRef(
            start=e.start, end=e.end, text=text[e.start:e.end],
            value=r.value if r else "", granularity=r.granularity if r else _granularity_hint(e),
            relative=e.relative, weekday=weekday,
            calendar=e.calendar if e.kind != "range" else e.parts[0].calendar,
        ))
    return out


def _granularity_hint(e) -> str:
    if e.kind == "range":
        return "range"
    if e.kind in ("weekday", "dayword") or e.day:
        return "day"
    if e.unit:
        return e.unit
    return "month" if e.month else "year"
