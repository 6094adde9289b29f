"""Quotes: who said what, direct and reported speech with its speaker."""

from rasid.model import Article
from rasid.pipeline.base import per_article
from rasid.quotes.extract import extract_quotes


def annotate_quotes(article: Article) -> Article:
    """Fill ``article.quotes`` (the pipeline step form of ``extract_quotes``)."""
    article.quotes = extract_quotes(article)
    return article


quotes_step = per_article(annotate_quotes)

__all__ = ["extract_quotes", "annotate_quotes", "quotes_step"]
