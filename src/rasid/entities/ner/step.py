"""The pipeline step: tag every article's clean text with the model for its language."""

from __future__ import annotations

from rasid.entities.ner.tagger import tag
from rasid.model import Article
from rasid.pipeline.base import per_article


def tag_entities(article: Article) -> Article:
    article.mentions = tag(article.text, article.language)
    return article


ner_step = per_article(tag_entities)
