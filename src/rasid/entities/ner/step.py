"""The pipeline step: tag every article's clean text with the model for its language, or, for a
language with no trained model but shape rules (English), with the rules."""

from __future__ import annotations

from rasid.entities.ner.rules import tag_by_shape
from rasid.entities.ner.tagger import tag
from rasid.lang import tables
from rasid.model import Article
from rasid.pipeline.base import per_article


def tag_entities(article: Article) -> Article:
    if tables(article.language, "ner") is not None:
        article.mentions = tag(article.text, article.language)
    else:
        article.mentions = tag_by_shape(article.text, article.language)
    return article


ner_step = per_article(tag_entities)
