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
            _, status, response_headers, body = entry
            await send({"type": "http.response.start", "status": status, "headers": response_headers})
            await send({"type": "http.response.body", "body": body})
            return
        captured: dict = {"body": []}

        async def keep(message):
            if message["type"] == "http.response.start":
                captured["status"], captured["headers"] = message["status"], message.get("headers", [])
            elif message["type"] == "http.response.body":
                captured["body"].append(message.get("body", b""))
                if not message.get("more_body"):
                    self._store(key, generation, captured)
            await send(message)

        await self.app(scope, receive, keep)

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

    def _store(self, key, generation, captured) -> None:
        body = b"".join(captured["body"])
        names = {name.lower() for name, _ in captured.get("headers", [])}
        if captured.get("status") != 200 or b"set-cookie" in names or len(body) > MAX_ENTRY:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[3])
            self._entries[key] = (generation, captured["status"], captured["headers"], body)
            self._bytes += len(body)
            while self._bytes > MAX_BYTES and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped[3])


def _cookies(headers: dict) -> dict[str, str]:
    found = {}
    for part in headers.get(b"cookie", b"").decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            found[name] = value
    return found


def _cookie(headers: dict, name: bytes) -> str:
    return _cookies(headers).get(name.decode(), "")
