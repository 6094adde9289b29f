"""The one codec for rasid's records: any dataclass of ``rasid.model`` to JSON-ready data and back.

    data = to_data(story)            # plain dicts, lists, strings and numbers
    story = from_data(Story, data)   # the typed record again

Both directions read the dataclass's own fields and type hints, so a field added with a
default needs no change here: old data (without it) gets the default, and keys a newer
rasid wrote that this one does not know are ignored.  A citation (a NamedTuple) is the list
``[article_id, start, end]``, as docs/schema.md gives it; the object form is read too.

Stories, entities and copy groups are stored as documents of a kind, each linked to the
articles it covers; ``save``/``load``/``load_all`` below are the only place that writes and
reads them, so every stage, command, API route and page sees the same records.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from rasid.model import CopyGroup, Entity, Story

T = TypeVar("T")


# -- encoding ---------------------------------------------------------------------------------
def to_data(value: Any, exclude: tuple[str, ...] = ()) -> Any:
    """JSON-ready data for a record, a list of records, or any plain value inside one;
    ``exclude`` leaves out top-level fields (``article_ids`` of a record loaded without them)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name not in exclude}
    if isinstance(value, (list, tuple)):  # a NamedTuple too: positional, compact
        return [to_data(item, exclude) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(to_data(item) for item in value)
    if isinstance(value, dict):
        return {str(key): to_data(item) for key, item in value.items()}
    return value


def encode(value: Any) -> bytes:
    """``to_data`` of a record or view as UTF-8 JSON, Arabic unescaped: what the API sends and the
    views table keeps.  orjson walks dataclasses itself, field by field as ``to_data`` does, and
    hands back to it what it does not know (a citation, a set): the same JSON, faster."""
    import orjson

    return orjson.dumps(value, default=to_data, option=orjson.OPT_NON_STR_KEYS)


def decode(cls: type[T], body: bytes | str) -> T:
    """The record or view of type ``cls`` that ``encode`` wrote."""
    import orjson

    return from_data(cls, orjson.loads(body))


# -- decoding ---------------------------------------------------------------------------------
# Each type hint is turned once into a decoder function; decoding a record is then a walk of
# plain function calls (a story with its timeline and summary decodes thousands of values).
@lru_cache(maxsize=None)
def _init_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


def from_data(cls: type[T], data: Any) -> T:
    """The record of type ``cls`` that ``data`` encodes (missing fields take their defaults)."""
    return _decoder(cls)(data)


def _same(value: Any) -> Any:
    return value


@lru_cache(maxsize=None)
def _decoder(hint: Any) -> Callable[[Any], Any]:
    if hint is Any or hint in (str, bool, type(None), object):
        return _same
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            inner = _decoder(options[0])
            return _same if inner is _same else (lambda v: None if v is None else inner(v))
        decoders = [(option, _decoder(option)) for option in options]

        def union(value):
            if value is None:
                return None
            for option, decode in decoders:
                if _fits(option, value):
                    return decode(value)
            return decoders[0][1](value)

        return union
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record_decoder(hint)
    if isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):
        return lambda v: None if v is None else hint(**{k: x for k, x in v.items() if k in hint._fields}) \
            if isinstance(v, dict) else hint(*v)
    if origin in (list, set, frozenset):
        item = _decoder(args[0]) if args else _same
        if origin is list:
            return (lambda v: None if v is None else list(v)) if item is _same else \
                (lambda v: None if v is None else [item(x) for x in v])
        return lambda v: None if v is None else origin(item(x) for x in v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v: None if v is None else tuple(item(x) for x in v)
        if args:
            parts = [_decoder(a) for a in args]
            return lambda v: None if v is None else tuple(d(x) for d, x in zip(parts, v))
        return lambda v: None if v is None else tuple(v)
    if origin is dict:
        key, item = (_decoder(args[0]), _decoder(args[1])) if args else (_same, _same)
        if key is _same and item is _same:
            return lambda v: None if v is None else dict(v)
        return lambda v: None if v is None else {key(k): item(x) for k, x in v.items()}
    if hint is float:
        return lambda v: float(v) if isinstance(v, int) and not isinstance(v, bool) else v
    if hint is int:  # JSON object keys arrive as strings
        return lambda v: int(v) if isinstance(v, str) and v.lstrip("-").isdigit() else v
    return _same


def _record_decoder(cls: type) -> Callable[[Any], Any]:
    plan: list[tuple[str, Callable[[Any], Any]]] = []

    def decode(data: Any):
        if data is None:
            return None
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__} expects an object, got {type(data).__name__}")
        if not plan:  # filled on first use: a record type may refer to itself
            hints = typing.get_type_hints(cls)
            plan.extend((name, _decoder(hints[name])) for name in _init_fields(cls))
        return cls(**{name: d(data[name]) for name, d in plan if name in data})

    return decode


def _fits(hint: Any, value: Any) -> bool:
    """Whether ``value`` could be data of ``hint`` (to choose within ``A | B``)."""
    origin = typing.get_origin(hint) or hint
    if origin in (list, set, frozenset, tuple):
        return isinstance(value, list)
    if origin is dict or (isinstance(origin, type) and dataclasses.is_dataclass(origin)):
        return isinstance(value, dict)
    if origin is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(origin, type) and isinstance(value, origin)


# -- records in the store ---------------------------------------------------------------------
# kind -> record type.  A kind's documents link to the record's articles; the links, not the
# data, hold the article ids (an entity of ten thousand articles keeps them once).
KINDS: dict[type, str] = {Story: "story", Entity: "entity", CopyGroup: "copy_group"}


def kind_of(cls: type) -> str:
    return KINDS[cls]


def _links(record: Any) -> list[str]:
    if isinstance(record, CopyGroup):
        return list(record.members)
    return list(record.article_ids)


def _sort_key(record: Any) -> float:
    """How listings order a kind, largest first: stories by size, entities by salience."""
    if isinstance(record, Entity):
        return float(record.salience)
    return float(len(_links(record)))


def to_document(record: Any):
    from rasid.storage.base import Document

    data = to_data(record)
    data.pop("id")
    data.pop("article_ids", None)
    return Document(record.id, data, _links(record), _sort_key(record))


def from_document(cls: type[T], document, articles: bool = True, only: tuple[str, ...] | None = None) -> T:
    """The record a document holds; ``only`` decodes just those fields (the rest keep their defaults:
    a listing of stories needs their titles, not their timelines)."""
    data = dict(document.data) if only is None else {k: document.data[k] for k in only if k in document.data}
    data["id"] = document.id
    if articles and "article_ids" in _init_fields(cls):
        data["article_ids"] = list(document.article_ids)
    return from_data(cls, data)


def save(store, records: Sequence[Any]) -> None:
    """Insert or replace records (all of one type), with their article links, in one transaction."""
    if not records:
        return
    kind = kind_of(type(records[0]))
    store.put_documents(kind, [to_document(r) for r in records])


def delete(store, cls: type, ids: Sequence[str] | None = None) -> None:
    store.delete_documents(kind_of(cls), ids)


def load(store, cls: type[T], record_id: str, articles: bool = True) -> T | None:
    """One record by id; ``articles=False`` leaves its ``article_ids`` empty (cheaper for a name)."""
    document = store.get_document(kind_of(cls), record_id, links=articles)
    return from_document(cls, document, articles) if document else None


def load_all(store, cls: type[T], article_id: str | None = None, articles: bool = True) -> Iterator[T]:
    """Every record of a type, largest first; only those covering ``article_id`` if given."""
    for document in store.iter_documents(kind_of(cls), article_id=article_id, links=articles):
        yield from_document(cls, document, articles)


def load_many(store, cls: type[T], ids: Sequence[str], articles: bool = True,
              only: tuple[str, ...] | None = None) -> list[T]:
    """Records by id, in the order given (unknown ids skipped); ``only``: see ``from_document``."""
    return [from_document(cls, d, articles, only) for d in store.get_documents(kind_of(cls), list(ids), links=articles)]


def covering(store, cls: type[T], article_ids: Sequence[str]) -> list[T]:
    """The records of a type linked to any of these articles (the copy groups of a story)."""
    return [from_document(cls, d) for d in store.documents_for_articles(kind_of(cls), list(article_ids))]
