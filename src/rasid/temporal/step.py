"""The pipeline step for time: date an undated article from its own clues, then resolve its
temporal expressions against its (given or estimated) date."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from rasid.model import Article
from rasid.pipeline.base import per_article
from rasid.temporal.calendar import parse_day
from rasid.temporal.find import find_timerefs
from rasid.temporal.publication import estimate_publication_date


def annotate_time(article: Article, context_dates: list[date] | None = None) -> Article:
    """Fill ``timerefs``; when ``published`` is missing, estimate it (``published_estimated``).

    The estimate is written as ISO at its granularity ("2024-06-17", "2023-09", "2023") and the
    full estimate (confidence, evidence, window) goes to ``meta["published_estimate"]``.
    Relative expressions are resolved only against a day-precise date.
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
    refs = find_timerefs(text, language, parse_day(article.published))
    article.timerefs = [r for r in refs if not _inside_a_name(r, article)]
    return article


def _inside_a_name(ref, article: Article) -> bool:
    """«أحمد الخميس», «روسيا اليوم»: a weekday, month or day word that is part of a name the tagger
    found around it (a surname, a channel) is no date.  Only when the name is longer than the
    expression and the expression has no digits (a date written out is a date whatever surrounds it)."""
    if any(ch.isdigit() for ch in ref.text):
        return False
    return any(m.type in ("PERS", "ORG", "LOC") and m.start <= ref.start and ref.end <= m.end
               and m.end - m.start > ref.end - ref.start for m in article.mentions)


time_step = per_article(annotate_time)
