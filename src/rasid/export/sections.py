"""What an export contains: named top-level sections, each a stream of JSON-ready records.

Later stages add their sections (stories, entities, quotes, ...) here, and every
export format picks them up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from rasid.storage.base import Store
from rasid.storage.codec import article_as_dict


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles():
        yield article_as_dict(article)


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    from rasid.quotes.listing import iter_quote_records

    yield from iter_quote_records(store)


def _documents(kind: str) -> Callable[[Store], Iterator[dict[str, Any]]]:
    def records(store: Store) -> Iterator[dict[str, Any]]:
        for doc in store.iter_documents(kind):
            yield {"id": doc.id, **doc.data, "article_ids": doc.article_ids}

    return records


SECTIONS: dict[str, Callable[[Store], Iterator[dict[str, Any]]]] = {
    "articles": _articles,
    "quotes": _quotes,
    "copy_groups": _documents("copy_group"),
    "stories": _documents("story"),
    "entities": _documents("entity"),
}
