"""Answers kept while the database stays the same: a page or an API answer is computed once per
change of the database, not once per reader.

Most entries carry the database's generation when they were made (``Workspace.generation``:
SQLite's count of content changes, PostgreSQL's log position); any change, by any process, makes
them stale.  A story's, an entity's or an article's page and API answer are made from its stored
view alone, so they carry that view's stamp instead (``Workspace.answer_stamp``): an ingest
elsewhere in the database, or a reader keeping another view, leaves them good, and a write that
changes what the view shows makes them stale.  Only GET answers of 200 that set no cookie are
kept, and only for a request that would be allowed to read anyway; job pages, uploads and the
export are never kept.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from rasid.web.security import presented_token, token_matches

UNCACHED = ("/api/v1/jobs", "/api/v1/export", "/api/v1/ingest", "/jobs", "/ingest", "/login", "/ui/", "/static/")
MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY = 2 * 1024 * 1024
# Paths answered from one stored view: the prefix, and which view the rest of the path names.
VIEWED = (("/story/", "story"), ("/api/v1/stories/", "story"), ("/entity/", "entity"),
          ("/api/v1/entities/", "entity"), ("/article/", "article"), ("/api/v1/articles/", "article"))


class AnswerCache:
    def __init__(self, app, state):
        self.app = app
        self.state = state  # the FastAPI app's state: workspace, settings, token
        self._entries: OrderedDict = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        if self.state.settings.protect_reads and not self._may_read(headers):
            return await self.app(scope, receive, send)
        generation = self._version(scope["path"])
        if generation is None:
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""), _cookie(headers, b"ui"))
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == generation:
                self._entries.move_to_end(key)
        if entry is not None and entry[0] == generation:
            _, status, response_headers, body, tag = entry
            if tag in _listed(headers.get(b"if-none-match", b"")):
                # The reader holds this answer already (its browser asks again): nothing to send.
                return await self._not_modified(send, response_headers)
            await send({"type": "http.response.start", "status": status, "headers": response_headers})
            await send({"type": "http.response.body", "body": body})
            return
        captured: dict = {"body": []}

        async def keep(message):
            # The answer is held until its last part, so its ETag (made from all of it) goes first.
            if message["type"] == "http.response.start":
                captured["start"] = message
                return
            if message["type"] == "http.response.body":
                captured["body"].append(message.get("body", b""))
                if message.get("more_body"):
                    return
                start = captured["start"]
                body = b"".join(captured["body"])
                kept = self._store(key, generation, start, body)
                if kept is not None:
                    tag = dict(kept)[b"etag"]
                    if tag in _listed(headers.get(b"if-none-match", b"")):
                        await self._not_modified(send, kept)
                        return
                    start = {**start, "headers": kept}
                await send(start)
                await send({"type": "http.response.body", "body": body})
                return
            await send(message)

        await self.app(scope, receive, keep)

    @staticmethod
    async def _not_modified(send, headers) -> None:
        kept = [(name, value) for name, value in headers if name.lower() not in _ENTITY]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})

    def _version(self, path: str):
        """What an answer to this path is good for: its view's stamp, else the generation."""
        workspace = self.state.workspace
        for prefix, what in VIEWED:
            if path.startswith(prefix) and "/" not in (key := path[len(prefix):]) and key:
                stamp = workspace.answer_stamp(what, key)
                if stamp is not None:
                    return ("view", stamp)
                break
        generation = workspace.generation()
        return None if generation is None else ("all", generation)

    def _may_read(self, headers: dict) -> bool:
        class _Request:  # what presented_token reads
            def __init__(self, raw):
                self.headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in raw.items()}
                self.cookies = _cookies(raw)

        return token_matches(presented_token(_Request(headers)), self.state.token)

    def _store(self, key, generation, start, body: bytes) -> list | None:
        """Keep an answer; returns its headers with its ETag, None when it is not kept."""
        headers = list(start.get("headers", []))
        names = {name.lower() for name, _ in headers}
        if start.get("status") != 200 or b"set-cookie" in names or b"etag" in names or len(body) > MAX_ENTRY:
            return None
        tag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
        headers.append((b"etag", tag))
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[3])
            self._entries[key] = (generation, start["status"], headers, body, tag)
            self._bytes += len(body)
            while self._bytes > MAX_BYTES and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped[3])
        return headers


# What a 304 leaves out: it describes no body (RFC 9110, 15.4.5).
_ENTITY = (b"content-length", b"content-type", b"content-encoding")


def _listed(value: bytes) -> list[bytes]:
    """The tags of an If-None-Match header (weak ones compare as strong: the answer is one kept)."""
    if value.strip() == b"*":
        return []
    return [tag.strip().removeprefix(b"W/") for tag in value.split(b",") if tag.strip()]


def _cookies(headers: dict) -> dict[str, str]:
    found = {}
    for part in headers.get(b"cookie", b"").decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            found[name] = value
    return found


def _cookie(headers: dict, name: bytes) -> str:
    return _cookies(headers).get(name.decode(), "")
