"""The linking stage: stored mentions to canonical entities, entities stored as documents.

Incremental: the linker (rasid.entities.linking.EntityLinker) is kept in the store between
runs; each run hands it the articles it has not linked yet and every article's current
story, and rewrites only the entities and articles that changed.  Its state records the
enrichment version it linked and the linking rules it applied, and the NER model each
language was tagged with: when any changes (articles re-tagged, or names grouped another
way), the next run links the corpus afresh.
"""

from __future__ import annotations

from rasid import records
from rasid.entities.linking import RULES_VERSION, EntityLinker
from rasid.model import Entity, Story
from rasid.pipeline import faults
from rasid.pipeline.enrich import ENRICHMENT_VERSION, changed_languages, enrichment_state, record_marks
from rasid.settings import NerSettings
from rasid.storage.base import Store
from rasid.storage.state_codec import load_state, save_state

STATE = "entities"
BATCH = 2000


def story_membership(store: Store) -> dict[str, str]:
    return {article_id: story_id for story_id, article_id in store.document_links(records.kind_of(Story))}


def _load_linker(store: Store) -> EntityLinker | None:
    return load_state(store, STATE, EntityLinker, version=(ENRICHMENT_VERSION, RULES_VERSION))


def link_stored(store: Store, ner: NerSettings | None = None) -> tuple[int, int]:
    """Link what is new since the last run (everything on the first, and after the articles of a
    language were re-tagged by another NER model).

    Returns (entities in the corpus, articles whose links were written)."""
    enrichment = enrichment_state(store, ner)
    linker = _load_linker(store)
    if linker is not None and changed_languages(store, STATE, enrichment.settled):
        linker = None
    fresh = linker is None
    if fresh:
        linker = EntityLinker()
    # Ingestion order: the same corpus links the same way however many runs it took.
    not_enriched = set(enrichment.stale)
    known = linker.article_ids
    pending = [i for i in store.article_ids(order="ingested") if i not in known and i not in not_enriched]
    story_of = story_membership(store)
    # One update for all pending articles: a story's short names resolve against all of it.
    result = linker.update([a for start in range(0, len(pending), BATCH)
                            for a in store.get_articles(pending[start : start + BATCH])],
                           story_of, load=store.get_articles)
    if not (fresh or pending or result.relinked or result.entities or result.removed):
        record_marks(store, STATE, enrichment.settled)  # (written only when they moved)
        return linker.entity_count, 0  # nothing changed: the linker is not saved again
    # The links, the entities and the linker that made them commit together.
    with store.transaction():
        if fresh:
            records.delete(store, Entity)
        if result.relinked:
            store.update_articles(result.relinked)
        faults.point("entities.after_relink")
        if result.removed:
            records.delete(store, Entity, result.removed)
        records.save(store, result.entities)
        faults.point("entities.after_documents")
        save_state(store, STATE, linker, version=(ENRICHMENT_VERSION, RULES_VERSION))
        record_marks(store, STATE, enrichment.settled)
    return linker.entity_count, len(result.relinked)
