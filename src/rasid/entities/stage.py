"""The linking stage: stored mentions to canonical entities, entities stored as documents.

Incremental: the linker (rasid.entities.linking.EntityLinker) is kept in the store between
runs; each run hands it the articles it has not linked yet and every article's current
story, and rewrites only the entities and articles that changed.  Its state records the
enrichment version it linked and the linking rules it applied: when either changes
(every article re-tagged, or names grouped another way), the next run links the corpus
afresh.
"""

from __future__ import annotations

from dataclasses import asdict

from rasid.entities.linking import RULES_VERSION, EntityLinker
from rasid.pipeline import faults
from rasid.pipeline.enrich import ENRICHMENT_VERSION
from rasid.storage.base import ArticleFilter, Document, Store
from rasid.storage.state_codec import load_state, save_state

KIND = "entity"
STATE = "entities"
BATCH = 2000


def story_membership(store: Store) -> dict[str, str]:
    return {article_id: doc.id for doc in store.iter_documents("story") for article_id in doc.article_ids}


def _load_linker(store: Store) -> EntityLinker | None:
    return load_state(store, STATE, EntityLinker, version=(ENRICHMENT_VERSION, RULES_VERSION))


def link_stored(store: Store) -> tuple[int, int]:
    """Link what is new since the last run (everything on the first).

    Returns (entities in the corpus, articles whose links were written)."""
    linker = _load_linker(store)
    fresh = linker is None
    if fresh:
        linker = EntityLinker()
    # Ingestion order: the same corpus links the same way however many runs it took.
    not_enriched = set(store.article_ids(ArticleFilter(annotated_below=ENRICHMENT_VERSION)))
    known = linker.article_ids
    pending = [i for i in store.article_ids(order="ingested") if i not in known and i not in not_enriched]
    story_of = story_membership(store)
    # One update for all pending articles: a story's short names resolve against all of it.
    result = linker.update([a for start in range(0, len(pending), BATCH)
                            for a in store.get_articles(pending[start : start + BATCH])],
                           story_of, load=store.get_articles)
    if not (fresh or pending or result.relinked or result.entities or result.removed):
        return linker.entity_count, 0  # nothing changed: nothing to write
    # The links, the entities and the linker that made them commit together.
    with store.transaction():
        if fresh:
            store.delete_documents(KIND)
        if result.relinked:
            store.update_articles(result.relinked)
        faults.point("entities.after_relink")
        if result.removed:
            store.delete_documents(KIND, result.removed)
        documents = []
        for entity in result.entities:
            data = asdict(entity)
            del data["article_ids"]  # kept as the document's article links
            documents.append(Document(entity.id, data, entity.article_ids, entity.salience))
        store.put_documents(KIND, documents)
        faults.point("entities.after_documents")
        save_state(store, STATE, linker, version=(ENRICHMENT_VERSION, RULES_VERSION))
    return linker.entity_count, len(result.relinked)
