"""The pipeline step for time: date an undated article from its own clues, then resolve its
temporal expressions against its (given or estimated) date."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from rasid.model import Article, TimeRef
from rasid.pipeline.base import per_article
from rasid.temporal.calendar import month_end, parse_day
from rasid.temporal.find import find_timerefs
from rasid.temporal.publication import estimate_publication_date


def annotate_time(article: Article, context_dates: list[date] | None = None) -> Article:
    """Fill ``timerefs``; when ``published`` is missing, estimate it (``published_estimated``).

    The estimate is written as ISO at its granularity ("2024-06-17", "2023-09", "2023") and the
    full estimate (confidence, evidence, window) goes to ``meta["published_estimate"]``.
    Relative expressions are resolved against a day-precise date; against a month or a year
    only where every day of it gives the same value («آب الماضي» written in September 2023 is
    August 2023 whichever day of September it was; «أمس» is no day).
    """
    language = article.language or "ar"
    text = article.text or article.raw_text
    if not article.published:
        est = estimate_publication_date(text, language, meta=article.meta, context_dates=context_dates,
                                        not_after=parse_day(article.fetched))
        if est is not None:
            article.meta["published_estimate"] = asdict(est)
            if est.date:
                article.published = est.date
                article.published_estimated = True
    anchor = parse_day(article.published)
    if anchor is None and (span := _span(article.published)) is not None:
        refs = _alike(find_timerefs(text, language, span[0]), find_timerefs(text, language, span[1]))
    else:
        refs = find_timerefs(text, language, anchor)
    article.timerefs = [r for r in refs if not _inside_a_name(r, article)]
    return article


def _span(published: str | None) -> tuple[date, date] | None:
    """First and last day of a month-precise ("2023-09") or year-precise ("2023") date."""
    if not published:
        return None
    try:
        if len(published) == 7:
            first = date(int(published[:4]), int(published[5:7]), 1)
            return first, month_end(first.year, first.month)
        if len(published) == 4:
            return date(int(published), 1, 1), date(int(published), 12, 31)
    except ValueError:
        return None
    return None


def _alike(early: list[TimeRef], late: list[TimeRef]) -> list[TimeRef]:
    """The expressions as resolved from the span's first day, each kept resolved only where
    its last day resolves it alike (the expressions found are the same: finding them reads
    no date)."""
    out = []
    for a, b in zip(early, late):
        if a.value and a.value != b.value:
            a = replace(a, value="", time_of_day=None)
        out.append(a)
    return out


def _inside_a_name(ref, article: Article) -> bool:
    """«أحمد الخميس», «روسيا اليوم»: a weekday, month or day word that is part of a name the tagger
    found around it (a surname, a channel) is no date.  Only when the name is longer than the
    expression and the expression has no digits (a date written out is a date whatever surrounds it)."""
    if any(ch.isdigit() for ch in ref.text):
        return False
    return any(m.type in ("PERS", "ORG", "LOC") and m.start <= ref.start and ref.end <= m.end
               and m.end - m.start > ref.end - ref.start for m in article.mentions)


time_step = per_article(annotate_time)
