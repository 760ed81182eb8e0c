"""rasad.api: the FastAPI application (REST API under /api, web UI, OpenAPI at /docs).

    from rasad.api import create_app
    app = create_app()      # nothing is created at import time
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from rasad.service.events import EventService
    from rasad.settings import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None, service: EventService | None = None, *,
               pipeline: Any = None, cache_size: int = 1024) -> FastAPI:
    from rasad.api.app import create_app as _create

    return _create(settings, service, pipeline=pipeline, cache_size=cache_size)
