"""The cleaning step over a stream: batches feed cross-page repetition counts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from rasid.clean.boilerplate import BoilerplateStats
from rasid.clean.cleaner import clean_article
from rasid.model import Article

DEFAULT_BATCH = 1000


def clean_articles(
    articles: Iterable[Article], batch_size: int = DEFAULT_BATCH, boilerplate: BoilerplateStats | None = None
) -> Iterator[Article]:
    """Clean a stream in order.  Each batch is counted before it is cleaned, and counts
    carry over to later batches, so an outlet's template is learnt from every page seen so far."""
    stats = boilerplate if boilerplate is not None else BoilerplateStats()
    stream = iter(articles)
    while batch := list(islice(stream, max(1, batch_size))):
        for article in batch:
            stats.observe(article)
        for article in batch:
            yield clean_article(article, stats)
