"""The FastAPI application factory: the REST API under /api, the web UI, OpenAPI at /docs.

    app = create_app()                          # settings from RASAD_* environment variables
    app = create_app(settings, service=svc)     # tests: an EventService on a temporary database

Nothing is created at import time: the service (database engine) and the templates are
made by `create_app`; a service the factory opened itself is closed on shutdown.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from rasad.service.events import EventService
from rasad.settings import Settings, load_settings

DESCRIPTION = """rasad (رصد): diplomatic contacts extracted from Arabic news — who called, met, visited,
hosted, invited, negotiated with or wrote to whom, when, where, with the Arabic sentence that says so.

Every error has one shape: `{"error": {"code": "...", "message": "...", "details": ...}}`.
"""


def create_app(settings: Settings | None = None, service: EventService | None = None, *,
               pipeline: Any = None, cache_size: int = 1024) -> FastAPI:
    """Build the app. `service` defaults to one opened on `settings.db`; `pipeline` (anything
    with `.process(article)`) replaces the extraction pipeline POST /api/ingest uses;
    `cache_size` bounds the read API's response cache (0: off; see rasad.api.cache)."""
    from rasad import __version__ as version
    from rasad.api import errors
    from rasad.api.cache import ResponseCache
    from rasad.api.routes import make_router
    from rasad.api.security import SecurityHeaders
    from rasad.web.pages import Pages

    settings = settings or load_settings()
    owned = service is None
    if service is None:
        from rasad.service.web_queries import MemoKB
        from rasad.store import Store

        svc = EventService(Store(settings.db), kb=MemoKB())
    else:
        svc = service

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if owned:  # load the knowledge base in the background, not on the first actor query
            import threading

            threading.Thread(target=lambda: getattr(svc.kb, "real", None), daemon=True).start()
        try:
            yield
        finally:
            if owned:
                svc.close()

    app = FastAPI(title="rasad", version=version, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.settings = settings
    app.state.service = svc
    app.state.pipeline = None
    app.state.pipeline_override = pipeline
    errors.install(app)
    app.include_router(make_router())
    pages = Pages(settings)
    app.state.pages = pages
    pages.install(app)
    app.add_middleware(ResponseCache, engine=svc.store.engine, size=cache_size)
    app.add_middleware(SecurityHeaders)
    return app
