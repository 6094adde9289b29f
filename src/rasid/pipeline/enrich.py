"""Per-article enrichment after ingest: entities, dates and quotes, on stored articles.

Kept apart from ingest so ingest stays fast (read, clean, store, index) and so improving a
model means re-running this stage, not re-reading the crawl.  Each article records the
version of the enrichment it received and the NER model that tagged it (its *mark*); a run
picks up every article whose mark is not today's, so a killed run resumes where it stopped and
a changed model or setting redoes exactly the articles it affects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rasid.executor.base import Executor
from rasid.model import Article
from rasid.pipeline import faults
from rasid.pipeline.base import Step, chain
from rasid.settings import NerSettings
from rasid.storage.base import Store

# Raise when a step is added or changes what it writes: stored articles are then redone.
# 2: the Arabic name-span repairs of issue 11 (rasid.entities.ner.refine, entities RULES_VERSION 14).
# 3: the time rules of issue 11 (counted days, year end, listed weekdays, clitics before weekdays).
ENRICHMENT_VERSION = 3


def enrichment_mark(language: str | None, ner: NerSettings | None = None) -> str:
    """What an article of ``language`` is enriched with: this stage's version and the NER model
    and engine the settings choose for that language.  Stored with each article
    (``meta.annotated_with``); an article whose mark differs from today's is redone, so changing
    the English model redoes the English articles and nothing else, and new quote rules
    (``rasid.quotes.extract.RULES_VERSION``) redo every article."""
    from rasid.entities.ner.tagger import ner_identity
    from rasid.quotes.extract import RULES_VERSION as QUOTE_RULES

    return f"{ENRICHMENT_VERSION}.q{QUOTE_RULES}/{ner_identity(language, ner)}"


class _Mark:
    """The last step: record the version and mark (picklable, for worker processes and Ray)."""

    __name__ = "mark_enriched"

    def __init__(self, ner: NerSettings | None):
        self.ner = ner

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            article.meta["annotated"] = ENRICHMENT_VERSION
            article.meta["annotated_with"] = enrichment_mark(article.language, self.ner)
            yield article


def enrichment_steps(ner: NerSettings | None = None) -> Step:
    from rasid.quotes import quotes_step
    from rasid.temporal.step import time_step

    from rasid.entities.ner.step import TagInBatches

    # Mentions first: the quote extractor snaps speakers to them.
    return chain([TagInBatches(ner=ner), time_step, quotes_step, _Mark(ner)])


@dataclass
class EnrichmentState:
    stale: list[str]  # ids of articles to (re)do, in ingestion order
    settled: dict[str, str]  # language ("" when unknown) -> mark, where every article carries today's mark


def enrichment_state(store: Store, ner: NerSettings | None = None) -> EnrichmentState:
    expected: dict[str | None, str] = {}
    stale: list[str] = []
    unsettled: set[str | None] = set()
    for article_id, language, mark in store.annotation_marks():
        if language not in expected:
            expected[language] = enrichment_mark(language, ner)
        if mark != expected[language]:
            stale.append(article_id)
            unsettled.add(language)
    settled = {language or "": mark for language, mark in expected.items() if language not in unsettled}
    return EnrichmentState(stale, settled)


ENRICH_BATCH = 200  # articles enriched per commit at most: their entities, dates and quotes are held until then


def enrich_stored(store: Store, executor: Executor, batch_size: int = ENRICH_BATCH,
                  on_progress: Callable[[int], None] | None = None, redo: bool = False,
                  ner: NerSettings | None = None) -> int:
    """Enrich every stored article that lacks the current enrichment; returns how many were done."""
    # Ids first: the store is rewritten while results come back.
    ids = store.article_ids(order="ingested") if redo else enrichment_state(store, ner).stale

    def batches() -> Iterator[list[Article]]:
        for i in range(0, len(ids), batch_size):
            yield store.get_articles(ids[i : i + batch_size])

    done = 0
    for enriched in executor.map_batches(enrichment_steps(ner), batches()):
        store.update_articles(enriched)
        faults.point("enrich.after_batch")
        done += len(enriched)
        if on_progress:
            on_progress(len(enriched))
    return done


def changed_languages(store: Store, stage: str, settled: dict[str, str]) -> set[str]:
    """Languages whose articles were re-enriched (settled under another mark) since ``stage`` last
    recorded ``settled`` with ``record_marks``; the stage redoes what it built from them."""
    saved = store.get_state(f"{stage}.marks")
    before = json.loads(saved) if saved else {}
    return {language for language, mark in before.items() if language in settled and settled[language] != mark}


def record_marks(store: Store, stage: str, settled: dict[str, str]) -> None:
    saved = store.get_state(f"{stage}.marks")
    before = json.loads(saved) if saved else {}
    marks = {**before, **settled}
    if marks != before or saved is None:  # a run with nothing new writes nothing
        store.set_state(f"{stage}.marks", json.dumps(marks, sort_keys=True).encode())
