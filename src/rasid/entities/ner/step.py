"""The pipeline step: tag every article's clean text with the model for its language, or, for a
language with no model but shape rules (English), with the rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rasid.entities.ner.refine import metadata_mentions, refine_mentions
from rasid.entities.ner.rules import tag_by_shape
from rasid.entities.ner.tagger import NerTagger, corpus_names, name_book, tag_many, tagger_for
from rasid.model import Article
from rasid.settings import NerSettings

# Articles tagged in one call: the neural and transformers engines batch their sentences together
# (a GPU is idle on one article's sentences); the CRF gives the same mentions either way.
BATCH_ARTICLES = 64


def tag_entities(article: Article) -> Article:
    return _tag_batch([article])[0]


class TagInBatches:
    """A step that tags articles a batch at a time, each language's texts with one ``tag_many`` call.

    It carries the NER settings it was built with (None: the process's), so a worker process or a
    Ray task tags with the models the run was started with."""

    def __init__(self, size: int = BATCH_ARTICLES, ner: NerSettings | None = None):
        self.size = size
        self.ner = ner
        self.__name__ = "ner_step"

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.size:
                yield from _tag_batch(batch, self.ner)
                batch = []
        yield from _tag_batch(batch, self.ner)


def _tag_batch(batch: list[Article], ner: NerSettings | None = None) -> list[Article]:
    by_language: dict[str | None, list[Article]] = defaultdict(list)
    for article in batch:
        by_language[article.language].append(article)
    for language, group in by_language.items():
        if tagger_for(language, ner) is None:
            for article in group:
                article.mentions = tag_by_shape(article.text, language)
            continue
        # The span repairs are read from the shipped tagger's mistakes on real news; a model the user
        # configured (a transformers folder) keeps its own spans.
        repair = isinstance(tagger_for(language, ner), NerTagger)
        book, corpus = (name_book(language, ner=ner), corpus_names(language, ner)) if repair else (None, None)
        for article, mentions in zip(group, tag_many([a.text for a in group], language, ner)):
            article.mentions = refine_mentions(article.text, mentions, language, book, corpus) if repair else mentions
            if repair:
                bylines = [r.text for r in article.removed if r.reason.startswith("byline")]
                article.mentions = metadata_mentions(article.dateline, article.author, language, book,
                                                     article.mentions, bylines, article.credits) + article.mentions
    return batch


ner_step = TagInBatches()
