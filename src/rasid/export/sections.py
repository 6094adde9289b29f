"""What an export contains: named top-level sections, each a stream of JSON-ready records.

Later stages add their sections (stories, entities, quotes, ...) here, and every
export format picks them up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from rasid import records
from rasid.model import CopyGroup, Entity, Story
from rasid.storage.base import Store
from rasid.storage.codec import article_as_dict


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles():
        yield article_as_dict(article)


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    from rasid.quotes.listing import iter_quote_records

    yield from iter_quote_records(store)


def _records(cls: type) -> Callable[[Store], Iterator[dict[str, Any]]]:
    def section(store: Store) -> Iterator[dict[str, Any]]:
        for record in records.load_all(store, cls):
            data = records.to_data(record)
            if isinstance(record, CopyGroup):
                data["article_ids"] = list(record.members)
            yield data

    return section


SECTIONS: dict[str, Callable[[Store], Iterator[dict[str, Any]]]] = {
    "articles": _articles,
    "quotes": _quotes,
    "copy_groups": _records(CopyGroup),
    "stories": _records(Story),
    "entities": _records(Entity),
}
# What each section's records are called one at a time (the JSONL ``type`` field).
RECORD_TYPES = {"articles": "article", "quotes": "quote", "copy_groups": "copy_group", "stories": "story",
                "entities": "entity"}
