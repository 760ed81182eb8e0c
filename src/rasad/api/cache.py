"""A response cache for the read API that is never stale: GET /api/... answers are kept while
the database has not changed, and dropped as soon as any connection commits a change.

On SQLite, `PRAGMA data_version` on a connection of its own tells in O(1) whether any other
connection (an ingest in this server, `rasad ingest` in another process) committed since the
last look; the cache keeps (version, response) per URL in an LRU. Other back ends are not
cached (no such cheap signal), so their answers are always fresh. Exports, ingest and error
answers are never cached. A hand-written ASGI middleware because no library ties a cache to
SQLite's data version.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import Engine

SKIP = ("/api/export", "/api/ingest")
MAX_BODY = 2 << 20


class DataVersion:
    """SQLite's data_version, read on one dedicated connection (which never writes)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.lock = threading.Lock()
        self.conn: Any = None

    def get(self) -> int | None:
        with self.lock:
            try:
                if self.conn is None:
                    self.conn = self.engine.raw_connection()
                cur = self.conn.cursor()
                try:
                    cur.execute("PRAGMA data_version")
                    return int(cur.fetchone()[0])
                finally:
                    cur.close()
            except Exception:  # noqa: BLE001 - no version: no caching, never a wrong answer
                self.close()
                return None

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:  # noqa: BLE001
                pass
            self.conn = None


class ResponseCache:
    def __init__(self, app: Any, engine: Engine, size: int = 1024):
        self.app = app
        self.size = size
        self.enabled = engine.dialect.name == "sqlite" and size > 0
        self.version = DataVersion(engine)
        self.entries: OrderedDict[tuple[str, bytes], tuple[int, list[Any], bytes]] = OrderedDict()
        self.lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if (not self.enabled or scope["type"] != "http" or scope.get("method") != "GET"
                or not path.startswith("/api/") or path.startswith(SKIP)):
            await self.app(scope, receive, send)
            return
        # a PRAGMA on a private connection takes microseconds: no thread hop for it
        version = self.version.get()
        if version is None:
            await self.app(scope, receive, send)
            return
        key = (path, scope.get("query_string", b""))
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None and hit[0] == version:
                self.entries.move_to_end(key)
        if hit is not None and hit[0] == version:
            await send({"type": "http.response.start", "status": 200,
                        "headers": [*hit[1], (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": hit[2]})
            return

        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        keep = [True]

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                keep[0] = message["status"] == 200
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body" and keep[0]:
                chunks.append(message.get("body", b""))
                if sum(len(c) for c in chunks) > MAX_BODY:
                    keep[0] = False
                    chunks.clear()
                elif not message.get("more_body", False):
                    with self.lock:
                        self.entries[key] = (version, list(start.get("headers", [])), b"".join(chunks))
                        self.entries.move_to_end(key)
                        while len(self.entries) > self.size:
                            self.entries.popitem(last=False)
            await send(message)

        await self.app(scope, receive, capture)

    def close(self) -> None:
        self.version.close()
