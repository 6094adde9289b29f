"""Mapping a structured record (JSON, JSONL, Parquet, CSV row) onto an Article.

The default mapping tries, per Article field, the names below in order and uses the first
one the record has.  SaudiNewsNet (source, url, date_extracted, title, author, content)
loads with it as is.  A user map ``{"raw_text": "body", "outlet": "site"}`` replaces the
candidates for the fields it names; other fields keep the defaults.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from rasid.errors import RasidError
from rasid.ingest.dates import to_iso
from rasid.ingest.errors import Unreadable, require_words
from rasid.model import Article

DEFAULT_FIELD_MAP: dict[str, tuple[str, ...]] = {
    "raw_text": ("content", "text", "body", "article", "article_text", "maintext", "full_text", "story"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "uri", "href", "source_url"),
    "outlet": ("outlet", "source", "site", "sitename", "site_name", "publisher", "domain", "source_domain"),
    "author": ("author", "authors", "byline", "creator", "writer"),
    "published": (
        "published", "published_at", "publish_date", "date_published", "date_publish", "pubdate",
        "datetime", "date", "date_extracted", "timestamp",
    ),
    "fetched": ("fetched", "fetched_at", "crawled_at", "crawl_date", "date_download", "date_crawled", "retrieved"),
}  # fmt: skip

MAPPABLE_FIELDS = tuple(DEFAULT_FIELD_MAP)

log = logging.getLogger("rasid")


def resolve_field_map(field_map: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The candidate names per field after applying a user's overrides; a field the Article
    does not have is a usage error, reported before any file is read."""
    resolved = dict(DEFAULT_FIELD_MAP)
    for field, key in (field_map or {}).items():
        if field not in DEFAULT_FIELD_MAP:
            raise RasidError(
                f"field map: unknown article field {field!r}; choose from {', '.join(MAPPABLE_FIELDS)}"
            )
        if not isinstance(key, str) or not key:
            raise RasidError(f"field map: the record field for {field!r} must be a non-empty name")
        resolved[field] = (key,)
    return resolved


def _lookup(record: Mapping[str, Any], key: str) -> tuple[bool, Any]:
    if key in record:
        return True, record[key]
    if "." in key:  # "meta.title" reaches into nested objects
        node: Any = record
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                return False, None
            node = node[part]
        return True, node
    return False, None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):  # {"name": "Reuters", "id": "reuters"} as in news APIs
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, (list, tuple)):
        parts = [part for part in (_as_text(item) for item in value) if part]
        return ", ".join(parts) if parts else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _body_text(value: Any) -> str | None:
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return "\n\n".join(value)  # a body stored as a list of paragraphs
    if isinstance(value, (Mapping, int, float)):  # a number is never an article's text
        return None
    return _as_text(value)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, (int, float)):
        shown = str(value)
        return f"a number ({shown if len(shown) <= 20 else shown[:20] + '…'})"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"a {type(value).__name__}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(value: Any) -> tuple[Any, int]:
    """``value`` with every lone surrogate (a JSON ``\\ud800`` escape with no partner: half
    an emoji cut by a crawler) replaced by U+FFFD, and how many there were.  Such text cannot
    be stored or printed as UTF-8; everything else in the record is fine."""
    if isinstance(value, str):
        found = len(_SURROGATE.findall(value))
        return (_SURROGATE.sub("\ufffd", value), found) if found else (value, 0)
    if isinstance(value, Mapping):
        total, cleaned = 0, {}
        for key, item in value.items():
            key, n_key = valid_text(key)
            item, n_item = valid_text(item)
            cleaned[key] = item
            total += n_key + n_item
        return (cleaned, total) if total else (value, 0)
    if isinstance(value, (list, tuple)):
        parts = [valid_text(item) for item in value]
        total = sum(n for _, n in parts)
        return ([item for item, _ in parts], total) if total else (value, 0)
    return value, 0


class RecordMapper:
    """Turns records into Articles; caches which key serves which field per key layout,
    since the records of one file nearly always share it."""

    def __init__(self, field_map: dict[str, tuple[str, ...]], source_format: str):
        self._candidates = field_map
        self._format = source_format
        self._layouts: dict[tuple[str, ...], dict[str, str | None]] = {}

    @property
    def text_keys(self) -> tuple[str, ...]:
        return self._candidates["raw_text"]

    def _keys_for(self, record: Mapping[str, Any]) -> dict[str, str | None]:
        layout = tuple(record)
        chosen = self._layouts.get(layout)
        if chosen is None:
            chosen = {}
            for field, names in self._candidates.items():
                chosen[field] = next((name for name in names if _lookup(record, name)[0]), None)
            if len(self._layouts) < 256:
                self._layouts[layout] = chosen
        return chosen

    def article(self, record: Any, fallback_origin: str, label: str) -> Article:
        """``label`` names the record in messages ("record 12", "line 40")."""
        if not isinstance(record, Mapping):
            raise Unreadable(f"{label}: expected an object with fields, found {_kind(record)}")
        record, invalid = valid_text(record)
        keys = self._keys_for(record)
        values = {field: (_lookup(record, key)[1] if key else None) for field, key in keys.items()}

        url = (_as_text(values["url"]) or "").strip() or None
        where = f"{label} ({url})" if url else label
        text_key = keys["raw_text"]
        if text_key is None:
            names = ", ".join(self._candidates["raw_text"])
            raise Unreadable(f"{where}: no text field (looked for {names}); pass a field map naming it")
        raw_text = _body_text(values["raw_text"])
        if raw_text is None and values["raw_text"] is not None:
            raise Unreadable(f"{where}: text field {text_key!r} holds {_kind(values['raw_text'])}, not text")
        if not raw_text or not raw_text.strip():
            raise Unreadable(f"{where}: empty text")
        try:
            require_words(raw_text)
        except Unreadable as junk:
            raise Unreadable(f"{where}: {junk.problem}") from None
        if "\r" in raw_text:
            raw_text = raw_text.replace("\r\n", "\n").replace("\r", "\n")

        meta: dict[str, Any] = {}
        if invalid:
            note = f"{invalid} invalid character{'s' if invalid > 1 else ''} (lone surrogates) replaced with U+FFFD"
            meta["ingest_note"] = note
            log.warning("%s: %s: %s", fallback_origin.rpartition("#")[0] or fallback_origin, where, note)
        used = {key.split(".")[0] for key in keys.values() if key}
        extras = {
            key: value
            for key, value in record.items()
            if key not in used and isinstance(value, (str, int, float, bool)) and value != ""
        }
        if extras:
            meta["fields"] = extras
        published = to_iso(values["published"])
        if published is None and values["published"] not in (None, ""):
            meta["published_raw"] = str(values["published"])
        fetched = to_iso(values["fetched"])

        return Article(
            origin=url or fallback_origin,
            raw_text=raw_text,
            source_format=self._format,
            url=url,
            outlet=(_as_text(values["outlet"]) or "").strip() or None,
            title=(_as_text(values["title"]) or "").strip() or None,
            author=(_as_text(values["author"]) or "").strip() or None,
            published=published,
            fetched=fetched,
            meta=meta,
        )
