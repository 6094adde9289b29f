"""Normalising the many ways crawls write a date into ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

# "2015/07/21" and "2015.07.21 10:00" are common in Arabic crawls; fromisoformat wants dashes.
_YMD_SEPARATORS = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_YEAR_OR_MONTH = re.compile(r"^\d{4}(-\d{2})?$")


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds since the epoch (JavaScript, Elasticsearch dumps)
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _from_string(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    if _YEAR_OR_MONTH.match(text):
        return text
    match = _YMD_SEPARATORS.match(text)
    if match:
        year, month, day = match.groups()
        text = f"{year}-{int(month):02d}-{int(day):02d}{text[match.end():]}"
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    if text.isdigit() and len(text) >= 9:
        return _from_epoch(float(text))
    try:  # RFC 2822, as in HTTP headers and RSS: "Tue, 21 Jul 2015 22:35:03 GMT"
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# "/2020/08/24/", "/2024/5/13/", "/2020-06-03-1.3874341", "/20150725/": the CMS's publication day.
_URL_YMD = re.compile(r"(?<![\d])((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?![\d])")
_URL_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d])")


def date_in_url(url: str | None) -> str | None:
    """The publication day an article URL spells out, or None.  Only the path counts (a query's
    "?date=" is often the crawl's), and only a whole year-month-day: "/2020/08/" is an archive."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    for pattern in (_URL_YMD, _URL_COMPACT):
        for m in pattern.finditer(path):
            year, month, day = int(m[1]), int(m[2]), int(m[3])
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
    return None


def to_iso(value: object) -> str | None:
    """ISO 8601 text for a date given as text, epoch number or date object; None when unknown.

    Keeps the granularity it is given: a date stays a date, a naive time stays naive
    (crawls rarely say which zone a bare "2015-07-21 22:35:03" is in, so we do not guess).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if isinstance(value, str):
        return _from_string(value)
    return None
