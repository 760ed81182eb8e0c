"""Writers for `rasad export` (see the package docstring for the formats)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import select

from rasad.service.events import EventFilter, EventService
from rasad.store.repo import ARTICLES, SOURCES

FORMATS = ("jsonl", "csv", "plover")

CSV_COLUMNS = ("event_id", "type", "type_class", "status", "start", "end", "location", "location_country",
               "source", "source_countries", "target", "target_countries", "mediators", "topics", "confidence",
               "n_sources", "n_outlets", "n_reports", "first_reported", "last_reported", "outlets", "doc_ids",
               "evidence")

_MODES = {"call": "phone", "visit": "visit", "meeting": "unspecified", "talks": "unspecified",
          "invitation": "invite", "message": "letter"}


def export(svc: EventService, fmt: str, out: IO[str], f: EventFilter | None = None) -> int:
    """Write the export to `out`; returns the number of records (lines or rows) written."""
    f = f or EventFilter()
    if fmt == "jsonl":
        return _jsonl(svc, out, f)
    if fmt == "csv":
        return _csv(svc, out, f)
    if fmt == "plover":
        return _plover(svc, out, f)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


# --------------------------------------------------------------------------- jsonl (contract)
def _jsonl(svc: EventService, out: IO[str], f: EventFilter) -> int:
    wanted: set[int] | None = None
    if not f.is_empty():
        wanted = {e["id"] for e in svc.iter_events(f, with_sources=False)}
    n = 0
    last = 0
    engine = svc.store.engine
    while True:  # keyset batches over articles: memory stays flat
        with engine.connect() as conn:
            arts = list(conn.execute(select(ARTICLES.c.id, ARTICLES.c.doc_id, ARTICLES.c.part, ARTICLES.c.title,
                                            ARTICLES.c.published, ARTICLES.c.outlet, ARTICLES.c.url)
                                     .where(ARTICLES.c.id > last).order_by(ARTICLES.c.id).limit(500)))
            if not arts:
                return n
            last = arts[-1].id
            evs: dict[int, list[dict[str, Any]]] = {a.id: [] for a in arts}
            q = (select(SOURCES.c.article_id, SOURCES.c.event_id, SOURCES.c.payload)
                 .where(SOURCES.c.article_id.in_(list(evs))).order_by(SOURCES.c.article_id, SOURCES.c.seq))
            for aid, eid, payload in conn.execute(q):
                if wanted is None or eid in wanted:
                    evs[aid].append({**payload, "event_id": eid})
        for a in arts:
            if wanted is not None and not evs[a.id]:
                continue
            doc = {"doc_id": a.doc_id, "part": a.part, "title": a.title,
                   "published": a.published.isoformat() if a.published else None, "outlet": a.outlet,
                   "url": a.url, "events": evs[a.id]}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1


# --------------------------------------------------------------------------- csv
def _names(actors: list[dict[str, Any]]) -> str:
    return "; ".join(a["name_en"] or a["name_ar"] or a["title"] or a["id"] for a in actors)


def _countries(actors: list[dict[str, Any]]) -> str:
    return "; ".join(dict.fromkeys(a["country"] for a in actors if a["country"]))


def _csv(svc: EventService, out: IO[str], f: EventFilter) -> int:
    out.write("\ufeff")  # BOM: Excel reads the file as UTF-8
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for e in svc.iter_events(f):
        when = e["when"] or {}
        loc = e["location"] or {}
        srcs = e["sources"]
        w.writerow([
            e["id"], e["type"], e["type_class"], e["status"], when.get("start"), when.get("end"), loc.get("name_en"),
            loc.get("country"), _names(e["source"]), _countries(e["source"]), _names(e["target"]),
            _countries(e["target"]), _names(e["mediators"]), "; ".join(e["topics"]), e["confidence"],
            e["n_sources"], e["n_outlets"], e["n_reports"], e["first_reported"], e["last_reported"],
            "; ".join(dict.fromkeys(s["outlet"] for s in srcs if s["outlet"])),
            "; ".join(dict.fromkeys(s["doc_id"] for s in srcs)), srcs[0]["evidence"] if srcs else "",
        ])
        n += 1
    return n


# --------------------------------------------------------------------------- plover
def _actor(a: dict[str, Any], role: str) -> dict[str, Any]:
    return {"name": a["name_en"] or a["name_ar"] or a["title"], "name_ar": a["name_ar"], "id": a["id"],
            "wikidata": a["wikidata"], "country": a["country"], "kind": a["kind"], "title": a["title"], "role": role}


def plover_records(e: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """PLOVER-style records of one merged event."""
    when = e["when"] or {}
    best = max(e["sources"], key=lambda s: s["confidence"]) if e.get("sources") else None
    if e["type"] == "invitation" or e["status"] == "planned":
        etype = "AGREE"
    else:
        etype = "CONSULT"
    mode = (best["plover"]["mode"] if best and best["plover"]["mode"] else None) or _MODES.get(e["type"], "")
    common = {
        "date": when.get("start"), "date_end": when.get("end"),
        "location": ({"name": e["location"]["name_en"], "country": e["location"]["country"]}
                     if e["location"] else None),
        "context": e["topics"], "confidence": e["confidence"], "status": e["status"], "rasad_type": e["type"],
        "n_sources": e["n_sources"], "n_outlets": e["n_outlets"],
        "sources": [{"doc_id": s["doc_id"], "outlet": s["outlet"], "published": s["published"], "url": s["url"],
                     "evidence": s["evidence"]} for s in e.get("sources", [])],
    }
    yield {"id": f"rasad-{e['id']}", "event_type": etype, "mode": mode,
           "actor1": [_actor(a, "source") for a in e["source"]],
           "actor2": [_actor(a, "target") for a in e["target"]],
           "cameo": best["cameo"] if best else None, **common}
    if e["type"] == "talks":
        for i, m in enumerate(e["mediators"], 1):
            yield {"id": f"rasad-{e['id']}-m{i}", "event_type": "MEDIATE", "mode": "",
                   "actor1": [_actor(m, "mediator")],
                   "actor2": [_actor(a, "party") for a in (*e["source"], *e["target"])], "cameo": "045", **common}


def _plover(svc: EventService, out: IO[str], f: EventFilter) -> int:
    n = 0
    for e in svc.iter_events(f):
        for rec in plover_records(e):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
