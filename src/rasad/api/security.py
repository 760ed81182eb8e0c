"""Security headers on every response, and the ingest token check.

A pure ASGI middleware (not BaseHTTPMiddleware) so that it costs next to nothing per request.
The Content-Security-Policy allows scripts from this origin only: every script of the UI is
a static file, none is inline. Styles allow 'unsafe-inline' because the chart library sets
style attributes on the elements it draws (tooltips); no script can run through a style.
"""

from __future__ import annotations

import hmac
from typing import Any

from rasad.errors import NotFound, Unauthorized

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")

HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityHeaders:
    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in HEADERS if k not in have]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_token(expected: str | None, authorization: str | None) -> None:
    """Raise NotFound when ingest is off (no token set), Unauthorized when the bearer token is
    missing or wrong. The comparison takes the same time whatever the token's content."""
    if not expected:
        raise NotFound("ingest is off: start the server with RASAD_INGEST_TOKEN set")
    given = ""
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer":
            given = value.strip()
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise Unauthorized("missing or wrong bearer token")
