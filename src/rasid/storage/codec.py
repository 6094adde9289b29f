"""Article <-> storable form.  Span lists are stored compactly; everything else by field name."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

import orjson

from rasid.model import Article, Mention, Quote, RemovedLine, Sentence, TimeRef

# Columns stored as their own SQL columns; the rest of an Article lives in the annotations JSON.
COLUMNS = (
    "id", "origin", "content_hash", "source_format", "url", "outlet", "title", "author",
    "published", "published_estimated", "fetched", "language", "dateline", "text",
)
_SPAN_TYPES = {"mentions": Mention, "timerefs": TimeRef, "quotes": Quote}


def annotations_of(article: Article) -> dict[str, Any]:
    return {
        "credits": article.credits,
        "removed": [[r.line_no, r.text, r.reason] for r in article.removed],
        "sentences": [[s.start, s.end] for s in article.sentences],
        "meta": article.meta,
        **{name: [asdict(x) for x in getattr(article, name)] for name in _SPAN_TYPES},
    }


def encode_annotations(article: Article) -> str:
    return json.dumps(annotations_of(article), ensure_ascii=False, separators=(",", ":"))


def read_json(text: str) -> Any:
    """Stored JSON, parsed by orjson (a third of an entity page's time went to json.loads); what orjson
    refuses and json reads (NaN, a lone surrogate escaped by json.dumps) falls back to json."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def article_from_record(record: dict[str, Any], annotations: str | dict) -> Article:
    data = read_json(annotations) if isinstance(annotations, str) else annotations
    known = {f.name for f in fields(Article)}
    article = Article(raw_text="", **{k: v for k, v in record.items() if k in known and k != "raw_text"})
    article.published_estimated = bool(article.published_estimated)
    article.credits = list(data.get("credits", []))
    article.removed = [RemovedLine(*r) for r in data.get("removed", [])]
    article.sentences = [Sentence(s, e) for s, e in data.get("sentences", [])]
    article.meta = dict(data.get("meta", {}))
    for name, cls in _SPAN_TYPES.items():
        setattr(article, name, [cls(**x) for x in data.get(name, [])])
    return article


def article_as_dict(article: Article) -> dict[str, Any]:
    """The export form: columns plus annotations, without the raw page text."""
    record = {name: getattr(article, name) for name in COLUMNS}
    record.update(annotations_of(article))
    record["removed"] = [{"line": r.line_no, "text": r.text, "reason": r.reason} for r in article.removed]
    return record
