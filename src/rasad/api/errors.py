"""One error shape for every error: {"error": {"code", "message", "details"}}.

Codes come from rasad.errors (NOT-FOUND, BAD-REQUEST, UNAUTHORIZED, INPUT-..., STORE-000),
plus VALIDATION for request validation (422) and HTTP-<status> for routing errors.
Web pages (paths outside /api, /openapi.json and /docs) get the same information as an
HTML page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasad.errors import BadRequest, InputError, NotFound, RasadError, StoreError, TooLargeInput, Unauthorized

log = logging.getLogger("rasad.api")

HTTP_CODES = {400: "BAD-REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT-FOUND",
              405: "METHOD-NOT-ALLOWED", 413: "TOO-LARGE", 422: "VALIDATION", 500: "INTERNAL"}


def status_of(err: RasadError) -> int:
    if isinstance(err, NotFound):
        return 404
    if isinstance(err, Unauthorized):
        return 401
    if isinstance(err, TooLargeInput):
        return 413
    if isinstance(err, BadRequest | InputError):
        return 400
    if isinstance(err, StoreError):
        return 503
    return 500


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def _wants_html(request: Request) -> bool:
    p = request.url.path
    if p.startswith(("/api", "/openapi", "/docs", "/static")):
        return False
    return "text/html" in request.headers.get("accept", "")


def render(request: Request, status: int, code: str, message: str, details: Any = None,
           headers: dict[str, str] | None = None) -> Response:
    if _wants_html(request):
        pages = getattr(request.app.state, "pages", None)
        if pages is not None:
            return pages.error_page(request, status, code, message, headers)
    return JSONResponse(jsonable_encoder(error_body(code, message, details)), status_code=status, headers=headers)


async def _rasad_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RasadError)
    status = status_of(exc)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if status >= 500:
        log.error("%s", exc)
    return render(request, status, exc.code, exc.message, {"where": exc.where()} if exc.source else None, headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
               for e in exc.errors()]
    return render(request, 422, "VALIDATION", "invalid request parameters", details)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = HTTP_CODES.get(exc.status_code, f"HTTP-{exc.status_code}")
    return render(request, exc.status_code, code, str(exc.detail), None, getattr(exc, "headers", None))


async def _value_error(request: Request, exc: Exception) -> Response:
    # the service raises ValueError for a bad sort key, period or format
    return render(request, 400, BadRequest.code, str(exc))


async def _internal(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return render(request, 500, "INTERNAL", "internal server error")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RasadError, _rasad_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(ValueError, _value_error)
    app.add_exception_handler(Exception, _internal)
