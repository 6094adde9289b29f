"""The linking stage: every stored mention to its canonical entity, entities stored as documents."""

from __future__ import annotations

from dataclasses import asdict

from rasid.entities.linking import link_entities
from rasid.storage.base import Document, Store

KIND = "entity"


def story_membership(store: Store) -> dict[str, str]:
    return {article_id: doc.id for doc in store.iter_documents("story") for article_id in doc.article_ids}


def link_stored(store: Store) -> int:
    """Relink the whole corpus (keys are stable, so entity ids survive); returns the entity count."""
    articles = list(store.iter_articles())
    before = {a.id: ([m.entity_id for m in a.mentions], [q.speaker_entity_id for q in a.quotes]) for a in articles}
    entities = link_entities(articles, story_membership(store))
    changed = [a for a in articles
               if before[a.id] != ([m.entity_id for m in a.mentions], [q.speaker_entity_id for q in a.quotes])]
    if changed:
        store.update_articles(changed)
    store.delete_documents(KIND)
    documents = []
    for entity in entities:
        data = asdict(entity)
        del data["article_ids"]  # kept as the document's article links
        documents.append(Document(entity.id, data, entity.article_ids, entity.salience))
    store.put_documents(KIND, documents)
    return len(entities)
