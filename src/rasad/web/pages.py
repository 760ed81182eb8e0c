"""Server-rendered pages (Jinja2, autoescape on everywhere) over the same service as the API.

Article text is never marked safe: a highlight is built by cutting the text at the stored
offsets (rasad.service.web_queries.segments) and letting the template escape each piece.
Every script is a static file (the Content-Security-Policy forbids inline scripts); charts
fetch their data from the JSON API. Front-end libraries come from web/node_modules (npm,
pinned by web/package-lock.json) and are served under /static/vendor/ by a fixed name map,
so no request names a file path.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from rasad.errors import NotFound
from rasad.service import web_queries as wq
from rasad.service.events import EventFilter, EventService
from rasad.settings import Settings
from rasad.types import EVENT_TYPES

HERE = Path(__file__).resolve().parent
REPO_WEB = HERE.parents[2] / "web" / "node_modules"  # a source checkout: `npm ci` in web/
BUNDLED = HERE / "static" / "vendor"  # or files copied into the package at build time

# name under /static/vendor/ -> path inside node_modules (fixed: no path comes from a request)
VENDOR = {
    "echarts.min.js": "echarts/dist/echarts.min.js",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
}

TYPE_LABELS = {"call": ("Call", "اتصال"), "visit": ("Visit", "زيارة"), "meeting": ("Meeting", "لقاء"),
               "talks": ("Talks", "مفاوضات"), "invitation": ("Invitation", "دعوة"), "message": ("Message", "رسالة")}
STATUS_LABELS = {"occurred": ("Occurred", "جرى"), "planned": ("Planned", "مُزمع")}
SORT_LABELS = {"date": "Date · التاريخ", "reported": "Reported · تاريخ النشر", "confidence": "Confidence · الثقة",
               "n_sources": "Sources · المصادر", "id": "Id · المعرّف"}
PAGE_SIZE = 25


def vendor_path(name: str) -> Path | None:
    rel = VENDOR.get(name)
    if rel is None:
        return None
    for p in (REPO_WEB / rel, BUNDLED / name):
        if p.is_file():
            return p
    return None


def _urlq(v: Any) -> str:
    return quote(str(v), safe="")


def _http_url(v: Any) -> str | None:
    """The URL when it is http(s), else None: a scraped `url` of `javascript:...` must not become a link."""
    u = str(v or "").strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def _parse_date(v: str | None) -> date | None:
    if not v or not v.strip():
        return None
    return date.fromisoformat(v.strip())


class Pages:
    def __init__(self, settings: Settings):
        self.settings = settings
        # autoescape=True for every template, whatever its extension
        self.env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters["urlq"] = _urlq
        self.env.filters["http_url"] = _http_url
        self.env.globals.update(TYPE_LABELS=TYPE_LABELS, STATUS_LABELS=STATUS_LABELS, SORT_LABELS=SORT_LABELS,
                                EVENT_TYPES=EVENT_TYPES)

    # ------------------------------------------------------------------ rendering
    def render(self, request: Request, name: str, status: int = 200, headers: dict[str, str] | None = None,
               **ctx: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(request_path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status, headers=headers)

    def error_page(self, request: Request, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
        return self.render(request, "error.html", status=status, headers=headers, code=code, message=message,
                           status_code=status)

    # ------------------------------------------------------------------ routes
    def install(self, app: FastAPI) -> None:
        svc = app.state.service
        P = self

        @app.get("/static/vendor/{name}", include_in_schema=False)
        def vendor(name: str) -> Response:
            p = vendor_path(name)
            if p is None:
                raise NotFound(f"no vendor file {name!r} (run `make setup` or `cd web && npm ci`)")
            return FileResponse(p, headers={"Cache-Control": "public, max-age=86400"})

        app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

        @app.get("/favicon.ico", include_in_schema=False)
        def favicon() -> Response:
            return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml",
                                headers={"Cache-Control": "public, max-age=86400"})

        @app.get("/docs", include_in_schema=False)
        def docs(request: Request) -> HTMLResponse:
            return P.render(request, "docs.html")

        @app.get("/", include_in_schema=False)
        def dashboard(request: Request) -> HTMLResponse:
            st = svc.stats()
            recent = svc.events(EventFilter(), sort="reported", limit=15).items
            top = wq.search_actors(svc, None, limit=12)
            return P.render(request, "dashboard.html", stats=st, recent=recent, top_actors=top)

        @app.get("/events", include_in_schema=False)
        def events(request: Request) -> HTMLResponse:
            return P._events(request, svc)

        @app.get("/events/{event_id}", include_in_schema=False)
        def event(request: Request, event_id: int) -> HTMLResponse:
            e = svc.event(event_id)
            texts = wq.article_texts(svc, [s["article_id"] for s in e.get("sources", [])])
            views = []
            for s in e.get("sources", []):
                text = texts.get(s["article_id"], "")
                start, end = wq.locate(text, s["evidence"], *s["sentence"])
                spans = [(start, end, 1)]
                t = s["trigger"]
                if start <= t["start"] < t["end"] <= end and text[t["start"]:t["end"]] == t["text"]:
                    spans.append((t["start"], t["end"], 2))
                segs = wq.segments(text, spans)
                views.append({**s, "segments": segs, "located": [start, end]})
            return P.render(request, "event.html", e=e, views=views)

        @app.get("/actors", include_in_schema=False)
        def actors(request: Request) -> HTMLResponse:
            q = (request.query_params.get("q") or "").strip()
            return P.render(request, "actors.html", q=q, actors=wq.search_actors(svc, q or None, limit=100))

        @app.get("/actors/{actor_id}", include_in_schema=False)
        def actor(request: Request, actor_id: str) -> HTMLResponse:
            d = wq.actor_detail(svc, actor_id)
            recent = svc.events(EventFilter(actor=actor_id), sort="date", limit=20, with_total=True,
                                with_sources=True)
            return P.render(request, "actor.html", d=d, recent=recent.items, total=recent.total)

        @app.get("/pair", include_in_schema=False)
        def pair(request: Request) -> HTMLResponse:
            a = (request.query_params.get("a") or "").strip()
            b = (request.query_params.get("b") or "").strip()
            if not a or not b:
                raise NotFound("a pair needs two actor ids: /pair?a=ID&b=ID")
            d = wq.pair_history(svc, a, b)
            return P.render(request, "pair.html", d=d)

        @app.get("/articles/{article_id}", include_in_schema=False)
        def article(request: Request, article_id: int) -> HTMLResponse:
            d = wq.article_detail(svc, article_id)
            return P.render(request, "article.html", a=d)

    def _events(self, request: Request, svc: EventService) -> HTMLResponse:
        qp = request.query_params
        form = {k: (qp.get(k) or "").strip() for k in
                ("q", "actor", "actor2", "country", "type", "status", "since", "until", "topic", "outlet", "sort")}
        problems: list[str] = []
        f = EventFilter(actor=form["actor"] or None, with_actor=form["actor2"] or None,
                        country=form["country"] or None, type=form["type"] or None,
                        status=form["status"] if form["status"] in STATUS_LABELS else None,
                        topic=form["topic"] or None, outlet=form["outlet"] or None, text=form["q"] or None)
        for k in ("since", "until"):
            try:
                d = _parse_date(form[k])
                f = replace(f, since=d) if k == "since" else replace(f, until=d)
            except ValueError:
                problems.append(f"{k}: not a date (YYYY-MM-DD) · تاريخ غير صالح")
                form[k] = ""
        sort = form["sort"] if form["sort"] in SORT_LABELS else "date"
        try:
            page_no = max(1, int(qp.get("page") or 1))
        except ValueError:
            page_no = 1
        page = svc.events(f, sort=sort, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE, with_total=True)
        keep = {k: v for k, v in form.items() if v}

        def link(n: int) -> str:
            return "/events?" + urlencode({**keep, "page": n})

        return self.render(request, "events.html", form=form, page=page, page_no=page_no, problems=problems,
                           prev_url=link(page_no - 1) if page_no > 1 else None,
                           next_url=link(page_no + 1) if page.next_offset is not None else None,
                           filtered=not f.is_empty())
