"""Per-article enrichment after ingest: entities, dates and quotes, on stored articles.

Kept apart from ingest so ingest stays fast (read, clean, store, index) and so improving a
model means re-running this stage, not re-reading the crawl.  Each article records the
version of the enrichment it received; a run picks up whatever is below the current one,
so a killed run resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rasid.executor.base import Executor
from rasid.model import Article
from rasid.pipeline import faults
from rasid.pipeline.base import Step, chain, per_article
from rasid.storage.base import ArticleFilter, Store

# Raise when a step is added or changes what it writes: stored articles are then redone.
ENRICHMENT_VERSION = 1


def _mark_enriched(article: Article) -> Article:
    article.meta["annotated"] = ENRICHMENT_VERSION
    return article


def enrichment_steps() -> Step:
    from rasid.quotes import quotes_step
    from rasid.temporal.step import time_step

    from rasid.entities.ner.step import ner_step

    # Mentions first: the quote extractor snaps speakers to them.
    return chain([ner_step, time_step, quotes_step, per_article(_mark_enriched)])


def enrich_stored(store: Store, executor: Executor, batch_size: int = 200,
                  on_progress: Callable[[int], None] | None = None, redo: bool = False) -> int:
    """Enrich every stored article that lacks the current enrichment; returns how many were done."""
    pending = ArticleFilter(annotated_below=None if redo else ENRICHMENT_VERSION)

    # Ids first: the store is rewritten while results come back.
    ids = store.article_ids(pending, order="ingested")

    def batches() -> Iterator[list[Article]]:
        for i in range(0, len(ids), batch_size):
            yield store.get_articles(ids[i : i + batch_size])

    done = 0
    for enriched in executor.map_batches(enrichment_steps(), batches()):
        store.update_articles(enriched)
        faults.point("enrich.after_batch")
        done += len(enriched)
        if on_progress:
            on_progress(len(enriched))
    return done
