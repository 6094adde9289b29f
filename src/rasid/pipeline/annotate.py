"""Cheap per-article annotations every later stage relies on: language and sentences."""

from __future__ import annotations

from rasid.model import Article
from rasid.text.langid import detect_language
from rasid.text.sentences import split_sentences


def identify_language(article: Article) -> Article:
    # The cleaner already identified the page's language to pick its phrase tables.
    if not article.language:
        article.language = detect_language(f"{article.title or ''}\n{article.text}")
    return article


def split_into_sentences(article: Article) -> Article:
    article.sentences = split_sentences(article.text)
    return article
