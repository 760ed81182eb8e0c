"""The REST API under /api: events, actors, articles, stats, export and ingest.

Every route calls the service layer (rasad.service.events.EventService and
rasad.service.web_queries), never the ORM. Routes are plain `def`s: FastAPI runs them in
its thread pool, so a slow query never blocks the event loop.
"""

from __future__ import annotations

import json
import tempfile
import threading
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request, UploadFile
from fastapi.responses import StreamingResponse
from pydantic import TypeAdapter, ValidationError

from rasad.api import models as m
from rasad.errors import BadRequest, DocIssue, RasadError, TooLargeInput
from rasad.service import web_queries as wq
from rasad.service.events import EventFilter, EventService
from rasad.settings import Settings

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": m.ErrorOut, "description": "bad request"},
    404: {"model": m.ErrorOut, "description": "not found"},
    422: {"model": m.ErrorOut, "description": "invalid parameters"},
}

Sort = Literal["date", "confidence", "n_sources", "reported", "id"]


def get_service(request: Request) -> EventService:
    svc: EventService = request.app.state.service
    return svc


def get_settings(request: Request) -> Settings:
    st: Settings = request.app.state.settings
    return st


Svc = Annotated[EventService, Depends(get_service)]


def event_filter(
    actor: Annotated[str | None, Query(description="actor: any name or alias (Arabic or English) or id")] = None,
    actor2: Annotated[str | None, Query(description="a second actor: events where both take part")] = None,
    country: Annotated[str | None, Query(description="ISO3 of any participant (comma-separated)")] = None,
    type: Annotated[str | None, Query(description="call, visit, meeting, talks, invitation, message "
                                                  "(comma-separated)")] = None,
    type_class: Annotated[str | None, Query(description="remote, in-person, invitation")] = None,
    status: Annotated[Literal["occurred", "planned"] | None, Query()] = None,
    since: Annotated[date | None, Query(description="events on or after (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="events on or before (YYYY-MM-DD)")] = None,
    topic: Annotated[str | None, Query()] = None,
    outlet: Annotated[str | None, Query(description="reported by this outlet")] = None,
    q: Annotated[str | None, Query(description="full-text search over the evidence sentences")] = None,
    min_sources: Annotated[int | None, Query(ge=1)] = None,
    doc_id: Annotated[str | None, Query(description="reported by this document")] = None,
) -> EventFilter:
    def s(v: str | None) -> str | None:
        return v.strip() or None if v is not None else None

    return EventFilter(actor=s(actor), with_actor=s(actor2), country=s(country), type=s(type),
                       type_class=s(type_class), status=status, since=since, until=until, topic=s(topic),
                       outlet=s(outlet), text=s(q), min_sources=min_sources, doc_id=s(doc_id))


Filter = Annotated[EventFilter, Depends(event_filter)]


def make_router() -> APIRouter:
    r = APIRouter(prefix="/api", responses=ERRORS)

    @r.get("/events", response_model=m.EventPageOut, tags=["events"], summary="Events, filtered and paged")
    def list_events(svc: Svc, f: Filter,
                    limit: Annotated[int, Query(ge=1, le=500)] = 50,
                    offset: Annotated[int, Query(ge=0)] = 0,
                    sort: Sort = "date",
                    order: Literal["desc", "asc"] = "desc",
                    total: Annotated[bool, Query(description="also count every match")] = True,
                    sources: Annotated[bool, Query(description="include each event's reports")] = True,
                    ) -> Any:
        return svc.events(f, sort=sort, desc=order == "desc", limit=limit, offset=offset, with_total=total,
                          with_sources=sources).to_dict()

    @r.get("/events/{event_id}", response_model=m.EventOut, tags=["events"],
           summary="One event with all its reports (sources, outlets, evidence sentences)")
    def one_event(svc: Svc, event_id: int) -> Any:
        return svc.event(event_id)

    @r.get("/actors", response_model=list[m.ActorSummaryOut], tags=["actors"],
           summary="Actors by name, alias or id; the most active ones without q")
    def actors(svc: Svc, q: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
        return wq.search_actors(svc, q, limit=limit)

    @r.get("/actors/{actor_id}", response_model=m.ActorDetailOut, tags=["actors"],
           summary="One actor: counts per period and type, top counterparts, contact network")
    def actor(svc: Svc, actor_id: str, period: Literal["month", "year"] = "month",
              top: Annotated[int, Query(ge=1, le=200)] = 20) -> Any:
        return wq.actor_detail(svc, actor_id, period=period, top=top)

    @r.get("/pairs", tags=["actors"], summary="Two actors' shared history (actor ids)")
    def pair(svc: Svc, a: str, b: str, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> Any:
        d = wq.pair_history(svc, a, b, limit=limit)
        d["events"] = [m.EventOut.model_validate(e).model_dump() for e in d["events"]]
        return d

    @r.get("/articles/{article_id}", response_model=m.ArticleOut, tags=["articles"],
           summary="One article with its events' evidence sentences as offsets and segments")
    def article(svc: Svc, article_id: int) -> Any:
        return wq.article_detail(svc, article_id)

    @r.get("/stats", response_model=m.StatsOut, tags=["stats"],
           summary="Totals and counts by type, country pair and month")
    def stats(svc: Svc) -> Any:
        return wq.stats(svc)

    @r.get("/export", tags=["export"], summary="The events as contract JSON Lines, CSV or PLOVER",
           response_class=StreamingResponse,
           responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}})
    def export(svc: Svc, f: Filter, format: Literal["jsonl", "csv", "plover"] = "jsonl") -> StreamingResponse:
        from rasad.export import export as write

        buf = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8", newline="")
        try:
            write(svc, format, buf, f)  # type: ignore[arg-type]
        except BaseException:
            buf.close()
            raise
        buf.seek(0)

        def chunks() -> Iterator[str]:
            try:
                while block := buf.read(1 << 16):
                    yield block
            finally:
                buf.close()

        media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson; charset=utf-8"
        ext = "csv" if format == "csv" else "jsonl"
        name = f"rasad-events{'-plover' if format == 'plover' else ''}.{ext}"
        return StreamingResponse(chunks(), media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @r.post("/ingest", response_model=m.IngestOut, tags=["ingest"],
            summary="Process and store articles (JSON list or uploaded files); needs the bearer token",
            responses={401: {"model": m.ErrorOut}, 413: {"model": m.ErrorOut}},
            openapi_extra={"requestBody": {"content": {
                "application/json": {"schema": {"type": "array",
                                                "items": m.IngestItem.model_json_schema()}},
                "multipart/form-data": {"schema": {"type": "object", "properties": {
                    "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}})
    async def ingest(request: Request, authorization: Annotated[str | None, Header()] = None) -> Any:
        from fastapi.concurrency import run_in_threadpool

        from rasad.api.security import check_token

        settings: Settings = request.app.state.settings
        check_token(settings.ingest_token, authorization)
        limit = settings.max_doc_bytes * 20
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > limit:
            raise TooLargeInput(f"request of {size} bytes, over the limit of {limit}")
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            items = await _from_files(request, settings)
        else:
            body = await request.body()
            if len(body) > limit:
                raise TooLargeInput(f"request over the limit of {limit} bytes")
            items = _from_json(body)
        svc = get_service(request)
        return await run_in_threadpool(_ingest, request, svc, settings, items)

    return r


_ITEMS = TypeAdapter(list[m.IngestItem])


def _from_json(body: bytes) -> list[m.IngestItem | DocIssue]:
    from fastapi.exceptions import RequestValidationError

    try:
        data = json.loads(body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as e:
        raise BadRequest(f"body is not JSON: {e}") from None
    if isinstance(data, dict) and "articles" in data:
        data = data["articles"]
    if isinstance(data, dict):
        data = [data]
    try:
        return list(_ITEMS.validate_python(data))
    except ValidationError as e:
        raise RequestValidationError(e.errors(include_url=False, include_context=False)) from None


async def _from_files(request: Request, settings: Settings) -> list[m.IngestItem | DocIssue]:
    from rasad.errors import EncodingInput, MalformedJSON, UnsupportedInput
    from rasad.ingest.raw import decode_bytes

    form = await request.form(max_files=200)
    out: list[m.IngestItem | DocIssue] = []
    files = [v for _, v in form.multi_items() if isinstance(v, UploadFile) or hasattr(v, "read")]
    if not files:
        raise BadRequest("no files in the form (field name: files)")
    for f in files:
        name = (getattr(f, "filename", None) or "upload").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
        data = await f.read(settings.max_doc_bytes * 20 + 1)
        stem, _, ext = name.rpartition(".")
        ext = ext.lower() if stem else ""
        stem = stem or name
        try:
            if ext in ("jsonl", "ndjson", "json"):
                try:
                    text = data.decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise EncodingInput("JSON file is not UTF-8", source=name) from None
                lines = [text] if ext == "json" else text.splitlines()
                for n, line in enumerate(lines, start=1):
                    if not line.strip():
                        continue
                    try:
                        obj = json.loads(line)
                        objs = obj if isinstance(obj, list) else [obj]
                        out.extend(_ITEMS.validate_python(objs))
                    except (json.JSONDecodeError, ValidationError, RecursionError) as e:
                        out.append(MalformedJSON(f"bad article object: {str(e).splitlines()[0]}",
                                                 source=name, line=n).to_issue())
            elif ext in ("txt", "text", "html", "htm", "xhtml"):
                if len(data) > settings.max_doc_bytes:
                    raise TooLargeInput(f"over the limit of {settings.max_doc_bytes} bytes", source=name)
                text = decode_bytes(data, source=name)
                if ext.startswith(("htm", "xhtm")):
                    out.append(m.IngestItem(id=stem, html=text))
                else:
                    out.append(m.IngestItem(id=stem, text=text))
            else:
                raise UnsupportedInput(f"unsupported file type {('.' + ext) if ext else '(none)'}; "
                                       "expected .txt, .html, .jsonl or .json", source=name)
        except RasadError as e:
            out.append(e.to_issue())
    return out


_PIPELINE_LOCK = threading.Lock()


def _pipeline(request: Request, settings: Settings) -> Any:
    """The app's pipeline, built on first use (loading the knowledge base takes a while)."""
    with _PIPELINE_LOCK:
        p = getattr(request.app.state, "pipeline", None)
        if p is None:
            from rasad.service.pipeline import Pipeline

            p = Pipeline(kb=get_service(request).kb, settings=settings)
            request.app.state.pipeline = p
        return p


def _articles(items: list[m.IngestItem | DocIssue], settings: Settings) -> Iterator[Any]:
    from rasad.errors import PipelineError
    from rasad.ingest.raw import RawDoc
    from rasad.read import read_raw

    for n, it in enumerate(items, start=1):
        if isinstance(it, DocIssue):
            yield it
            continue
        src = f"api:{n}"
        content = it.html if it.html and it.html.strip() else (it.text or "")
        kind: Literal["text", "html"] = "html" if it.html and it.html.strip() else "text"
        if len(content.encode("utf-8", "surrogatepass")) > settings.max_doc_bytes:  # lone surrogates: the reader replaces them
            yield TooLargeInput(f"over the limit of {settings.max_doc_bytes} bytes", source=src).to_issue()
            continue
        meta = {k: v for k, v in (("title", it.title), ("published", it.published), ("outlet", it.outlet),
                                  ("url", it.url), ("author", it.author)) if v}
        try:
            yield from read_raw(RawDoc(doc_id=str(it.id), source=src, kind=kind, content=content, meta=meta))
        except RasadError as e:
            if e.source is None:
                e.source = src
            yield e.to_issue()
        except Exception as e:  # noqa: BLE001 - one bad document must not fail the request
            yield PipelineError(f"reader failed: {type(e).__name__}: {e}", source=src).to_issue()


def _ingest(request: Request, svc: EventService, settings: Settings,
            items: list[m.IngestItem | DocIssue]) -> dict[str, Any]:
    pipe = request.app.state.pipeline_override or _pipeline(request, settings)
    return svc.ingest_articles(_articles(items, settings), pipeline=pipe, settings=settings).to_dict()
