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
    article.timerefs = find_timerefs(text, language, parse_day(article.published))
    return article


time_step = per_article(annotate_time)
