"""What every response of ``rasid serve`` carries and every request must pass: the bearer token,
the upload cap, and headers that make a hostile page text inert in a browser."""

from __future__ import annotations

import hmac

from fastapi import Request

from rasid.errors import RasidError

# No inline script and no inline style anywhere: every script and stylesheet is a file the
# package ships; SVG charts use presentation attributes, which CSP does not restrict.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
TOKEN_COOKIE = "rasid_token"


class Unauthorized(RasidError):
    """No token, or the wrong one (HTTP 401)."""


class TooLarge(RasidError):
    """A request body over the upload cap (HTTP 413)."""


def token_matches(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def presented_token(request: Request) -> str | None:
    """A token in the Authorization header, else in the cookie the login page sets."""
    return bearer(request) or request.cookies.get(TOKEN_COOKIE)


class BodyLimit:
    """ASGI middleware refusing request bodies over ``limit`` bytes, by Content-Length when the
    client sends one and by counting otherwise, before anything parses them."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                too_big = True
            if too_big:
                return await self._refuse(scope, send)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise TooLarge(self._message())
            return message

        try:
            return await self.app(scope, counted, send)
        except TooLarge:
            return await self._refuse(scope, send)

    def _message(self) -> str:
        return f"the upload is over the {self.limit // 1_000_000} MB limit (raise it with --upload-limit-mb)"

    async def _refuse(self, scope, send):
        import json

        body = json.dumps({"error": self._message()}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                *[(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]]})
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """ASGI middleware adding ``HEADERS`` to every response (a plain ASGI wrapper: the decorator
    form runs each request through extra tasks and streams, which a busy server feels)."""

    _encoded = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[(k, v) for k, v in self._encoded if k not in present]]
            await send(message)

        await self.app(scope, receive, with_headers)
