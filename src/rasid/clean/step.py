"""The cleaning step over a stream: batches feed cross-page repetition counts, or bring them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from rasid.clean.boilerplate import BoilerplateStats, is_candidate
from rasid.clean.cleaner import clean_article
from rasid.clean.lines import split_lines
from rasid.model import Article

DEFAULT_BATCH = 1000


def clean_articles(
    articles: Iterable[Article], batch_size: int = DEFAULT_BATCH, boilerplate: BoilerplateStats | None = None
) -> Iterator[Article]:
    """Clean a stream in order.  A ``TemplateBatch`` (what the ingest hands its workers) brings
    the template verdicts learnt across the whole input and earlier runs; any other stream is
    counted batch by batch before it is cleaned, counts carrying over to later batches."""
    templates = getattr(articles, "templates", None)
    if templates is not None and boilerplate is None:
        for article in articles:
            yield clean_article(article, templates)
        return
    stats = boilerplate if boilerplate is not None else BoilerplateStats()
    stream = iter(articles)
    while batch := list(islice(stream, max(1, batch_size))):
        split = [split_lines(article.raw_text or "") for article in batch]
        for article, lines in zip(batch, split):
            candidates = [(ln.text, ln.key) for ln in lines if ln.key and is_candidate(ln.text, ln.n_words, ln.terminal)]
            longest = max((ln.text for ln in lines), key=len, default="")
            stats.observe(article, candidates, longest, lines[0].text if lines else None)
        for article, lines in zip(batch, split):
            yield clean_article(article, stats, lines)
