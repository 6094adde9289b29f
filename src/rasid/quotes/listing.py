"""Quotes gathered from stored articles, as flat records for listings and exports."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasid import records
from rasid.model import Entity, Story
from rasid.storage.base import Store
from rasid.text.normalize import normalize


def _speaker_matches(wanted: str, speaker: str | None, aliases: set[str]) -> bool:
    if not speaker:
        return False
    names = {normalize(speaker)} | aliases
    return any(wanted in name or name in wanted for name in names if name)


def iter_quote_records(store: Store, speaker: str | None = None, story_id: str | None = None) -> Iterator[dict[str, Any]]:
    wanted = normalize(speaker) if speaker else None
    article_ids = None
    if story_id:
        story = records.load(store, Story, story_id)
        article_ids = story.article_ids if story else []
    articles = store.get_articles(article_ids) if article_ids is not None else store.iter_articles()
    entity_aliases: dict[str, set[str]] = {}
    for article in articles:
        for quote in article.quotes:
            if wanted is not None:
                aliases = set()
                if quote.speaker_entity_id:
                    if quote.speaker_entity_id not in entity_aliases:
                        entity = records.load(store, Entity, quote.speaker_entity_id, articles=False)
                        entity_aliases[quote.speaker_entity_id] = (
                            {normalize(a) for a in entity.aliases} if entity else set())
                    aliases = entity_aliases[quote.speaker_entity_id]
                if not _speaker_matches(wanted, quote.speaker, aliases):
                    continue
            yield {
                "article_id": article.id, "outlet": article.outlet, "published": article.published,
                "speaker": quote.speaker, "speaker_entity_id": quote.speaker_entity_id,
                "relayed_by": quote.relayed_by, "kind": quote.kind, "text": quote.text,
                "start": quote.start, "end": quote.end,
            }
