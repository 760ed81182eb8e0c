"""The read side of the store: filtered, sorted, paged event queries returning plain dicts.

Every filter is a bound parameter. Actor filters take any name or alias, Arabic or English
(through the knowledge base's search and the stored actors' normalised names) or an id.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import Connection, and_, bindparam, exists, func, literal, or_, select
from sqlalchemy.sql import Select

from rasad.store import fts
from rasad.store.repo import ACTORS, ARTICLES, EVENT_ACTORS, EVENT_TOPICS, EVENTS, SOURCES

SortKey = Literal["date", "confidence", "n_sources", "reported", "id"]
SORTS: tuple[str, ...] = ("date", "confidence", "n_sources", "reported", "id")


@dataclass(frozen=True)
class EventFilter:
    """What `rasad events`, `rasad export --where`, the API and the batch runner filter on."""

    actor: str | None = None  # any name, alias (Arabic or English) or actor id
    with_actor: str | None = None  # a second actor: events where both take part
    country: str | None = None  # ISO3 of any participant
    type: str | None = None  # call, visit, ... (comma-separated for several)
    type_class: str | None = None  # remote, in-person, invitation
    status: str | None = None  # occurred, planned
    since: date | None = None  # the event's dates overlap [since, until]
    until: date | None = None
    topic: str | None = None
    outlet: str | None = None  # reported by this outlet
    text: str | None = None  # full-text over the evidence sentences (normalised Arabic)
    min_sources: int | None = None
    doc_id: str | None = None  # reported by this document

    def is_empty(self) -> bool:
        return all(v is None for v in asdict(self).values())


@dataclass
class Page:
    items: list[dict[str, Any]]
    limit: int
    offset: int
    total: int | None = None
    next_offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Resolver:
    """Turns an actor query into actor ids (knowledge base first, then stored names)."""

    kb: Any = None
    cache: dict[str, list[str]] = field(default_factory=dict)

    def ids(self, conn: Connection, q: str) -> list[str]:
        q = q.strip()
        if q in self.cache:
            return self.cache[q]
        out: dict[str, None] = {}
        if q.startswith("rasad:") or (q[:1] == "Q" and q[1:].isdigit()):
            out[q] = None
        if self.kb is not None:
            try:
                for a in self.kb.search(q):
                    out[a.id] = None
            except Exception:  # noqa: BLE001 - a broken KB must not break queries
                pass
        k = " ".join(fts.words(q))
        if k:
            pat = "% " + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"
            padded = literal(" ") + ACTORS.c.name_key + literal(" ")
            rows = conn.execute(select(ACTORS.c.id).where(
                or_(ACTORS.c.id == q, ACTORS.c.wikidata == q, padded.like(pat, escape="\\"))))
            for (aid,) in rows:
                out[aid] = None
        self.cache[q] = list(out)
        return self.cache[q]


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split(",") if x.strip()]


def where_clauses(conn: Connection, f: EventFilter, resolver: Resolver, dialect: str) -> list[Any]:
    w: list[Any] = []
    for q in (f.actor, f.with_actor):
        if q:
            ids = resolver.ids(conn, q)
            w.append(EVENTS.c.id.in_(select(EVENT_ACTORS.c.event_id).where(EVENT_ACTORS.c.actor_id.in_(ids)))
                     if ids else literal(False))
    if f.country:
        cs = [c.upper() for c in _split(f.country)]
        w.append(EVENTS.c.id.in_(select(EVENT_ACTORS.c.event_id).where(EVENT_ACTORS.c.country.in_(cs))))
    if f.type:
        w.append(EVENTS.c.type.in_(_split(f.type)))
    if f.type_class:
        w.append(EVENTS.c.type_class.in_(_split(f.type_class)))
    if f.status:
        w.append(EVENTS.c.status == f.status)
    if f.since:
        w.append(EVENTS.c.last >= f.since)
    if f.until:
        w.append(EVENTS.c.first <= f.until)
    if f.topic:
        w.append(EVENTS.c.id.in_(select(EVENT_TOPICS.c.event_id).where(EVENT_TOPICS.c.topic.in_(_split(f.topic)))))
    if f.min_sources:
        w.append(EVENTS.c.n_sources >= f.min_sources)
    if f.outlet or f.doc_id:
        cond = []
        if f.outlet:
            cond.append(func.lower(ARTICLES.c.outlet) == f.outlet.strip().lower())
        if f.doc_id:
            cond.append(ARTICLES.c.doc_id == f.doc_id)
        w.append(exists(select(SOURCES.c.id).join(ARTICLES, ARTICLES.c.id == SOURCES.c.article_id)
                        .where(and_(SOURCES.c.event_id == EVENTS.c.id, *cond))))
    if f.text:
        m = fts.match_rowids_sql(dialect, "evidence_fts", SOURCES.c.id, SOURCES.c.search_text, f.text)
        if m is not None:
            w.append(EVENTS.c.id.in_(select(SOURCES.c.event_id).where(m)))
    return w


def _order(sort: str, desc: bool) -> list[Any]:
    col = {"date": EVENTS.c.first, "confidence": EVENTS.c.confidence, "n_sources": EVENTS.c.n_sources,
           "reported": EVENTS.c.last_reported, "id": EVENTS.c.id}.get(sort)
    if col is None:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")
    tie = EVENTS.c.id.desc() if desc else EVENTS.c.id.asc()
    if sort == "id":
        return [tie]
    primary = col.desc().nulls_last() if desc else col.asc().nulls_last()
    return [primary, tie]


def select_events(conn: Connection, f: EventFilter, resolver: Resolver, dialect: str) -> Select[Any]:
    return select(*_EVENT_COLS).where(*where_clauses(conn, f, resolver, dialect))


def query_events(conn: Connection, f: EventFilter, resolver: Resolver, dialect: str, *, sort: str = "date",
                 desc: bool = True, limit: int = 50, offset: int = 0, with_total: bool = False,
                 with_sources: bool = True) -> Page:
    limit = max(1, min(int(limit), 10_000))
    offset = max(0, int(offset))
    base = select_events(conn, f, resolver, dialect)
    if f.actor and sort == "date" and desc:
        rows = _actor_newest(conn, f, resolver, dialect, offset + limit + 1)[offset:]
    else:
        rows = list(conn.execute(base.order_by(*_order(sort, desc)).limit(limit + 1).offset(offset)))
    more = len(rows) > limit
    rows = rows[:limit]
    total = None
    if with_total:
        total = int(conn.execute(select(func.count()).select_from(base.subquery())).scalar_one())
    items = hydrate(conn, rows, with_sources=with_sources)
    return Page(items, limit, offset, total, offset + limit if more else None)


def _actor_newest(conn: Connection, f: EventFilter, resolver: Resolver, dialect: str, need: int) -> list[Any]:
    """The newest `need` events of an actor that pass the other filters.

    Walks the index (actor_id, day, event_id) newest first in chunks (keyset), checking the
    other filters on each chunk, so a busy actor's page costs a few index reads instead of a
    sort of all its events. Same order as the general query (date desc, undated last, id desc).
    """
    assert f.actor is not None
    ids = resolver.ids(conn, f.actor)
    if not ids:
        return []
    others = where_clauses(conn, replace(f, actor=None), resolver, dialect)
    ea = EVENT_ACTORS.c
    out: list[Any] = []
    seen: set[int] = set()
    cursor: tuple[int, int] | None = None
    chunk = max(64, 2 * need)
    while len(out) < need:
        q = select(ea.event_id, ea.day).where(ea.actor_id.in_(ids))
        if cursor is not None:
            q = q.where(or_(ea.day < cursor[0], and_(ea.day == cursor[0], ea.event_id < cursor[1])))
        pairs = conn.execute(q.order_by(ea.day.desc(), ea.event_id.desc()).limit(chunk)).all()
        if not pairs:
            break
        cursor = (pairs[-1][1], pairs[-1][0])
        cand = [e for e, _ in pairs if e not in seen]
        seen.update(cand)
        if cand:
            rows = list(conn.execute(select(*_EVENT_COLS).where(EVENTS.c.id.in_(cand), *others)))
            rows.sort(key=lambda r: (r.first.toordinal() if r.first else 0, r.id), reverse=True)
            out.extend(rows)
        if len(pairs) < chunk:
            break
    return out[:need]


def iter_events(conn: Connection, f: EventFilter, resolver: Resolver, dialect: str, *, sort: str = "id",
                desc: bool = False, batch: int = 500, with_sources: bool = True) -> Iterator[dict[str, Any]]:
    """Every matching event, in batches (keyset on id: memory stays flat)."""
    last = 0
    while True:
        q = select_events(conn, f, resolver, dialect).where(EVENTS.c.id > last).order_by(EVENTS.c.id).limit(batch)
        rows = list(conn.execute(q))
        if not rows:
            return
        yield from hydrate(conn, rows, with_sources=with_sources)
        last = rows[-1].id


_EVENT_FIELDS = ("id", "type", "type_class", "status", "first", "last", "location_name", "location_country", "topics",
                 "confidence", "n_sources", "n_outlets", "n_reports", "first_reported", "last_reported")
# The columns hydrate() reads; list queries select only these (not merge keys or timestamps).
_EVENT_COLS = tuple(EVENTS.c[n] for n in _EVENT_FIELDS)

# Built once: compiling the statement per call showed up in profiles; "ids" expands at execution.
_HYD_ACTORS = (select(EVENT_ACTORS.c.event_id, EVENT_ACTORS.c.role, ACTORS.c.id, ACTORS.c.name_en, ACTORS.c.name_ar,
                      ACTORS.c.kind, ACTORS.c.country, EVENT_ACTORS.c.title, ACTORS.c.wikidata)
               .join(ACTORS, ACTORS.c.id == EVENT_ACTORS.c.actor_id)
               .where(EVENT_ACTORS.c.event_id.in_(bindparam("ids", expanding=True)))
               .order_by(EVENT_ACTORS.c.event_id, ACTORS.c.id))
_HYD_SOURCES = (select(SOURCES.c.event_id, SOURCES.c.article_id, ARTICLES.c.doc_id, ARTICLES.c.part, ARTICLES.c.outlet,
                       ARTICLES.c.published, ARTICLES.c.title, ARTICLES.c.url, ARTICLES.c.wire_group, SOURCES.c.seq,
                       SOURCES.c.type, SOURCES.c.status, SOURCES.c.evidence, SOURCES.c.confidence,
                       SOURCES.c.sentence_start, SOURCES.c.sentence_end, SOURCES.c.trigger, SOURCES.c.trigger_start,
                       SOURCES.c.trigger_end, SOURCES.c.cameo, SOURCES.c.plover_type, SOURCES.c.plover_mode)
                .join(ARTICLES, ARTICLES.c.id == SOURCES.c.article_id)
                .where(SOURCES.c.event_id.in_(bindparam("ids", expanding=True)))
                .order_by(SOURCES.c.event_id, ARTICLES.c.published, SOURCES.c.id))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def hydrate(conn: Connection, rows: Sequence[Any], *, with_sources: bool = True) -> list[dict[str, Any]]:
    """Event rows to plain dicts with their actors (by role) and, optionally, sources.

    `rows` are rows with at least the `_EVENT_FIELDS` columns (any order, e.g. select(EVENTS)).
    This is on every API list: rows are unpacked by position and the joined queries prebuilt,
    as attribute access on rows and per-call statement building cost more than the SQL.
    """
    if not rows:
        return []
    get = itemgetter(*(rows[0]._fields.index(n) for n in _EVENT_FIELDS))
    evs = [get(r) for r in rows]
    ids = [e[0] for e in evs]
    actors: dict[int, dict[str, list[dict[str, Any]]]] = {i: {"source": [], "target": [], "mediator": []}
                                                           for i in ids}
    for eid, role, aid, name_en, name_ar, kind, country, title, wikidata in conn.execute(
            _HYD_ACTORS, {"ids": ids}).all():
        actors[eid].setdefault(role, []).append({
            "id": aid, "name_en": name_en, "name_ar": name_ar, "kind": kind, "country": country,
            "title": title, "wikidata": wikidata})
    sources: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if with_sources:
        isos: dict[date, str] = {}  # publication days repeat across a page's sources
        for (eid, article_id, doc_id, part, outlet, published, atitle, url, wire_group, seq, type_, status, evidence,
             confidence, s_start, s_end, trigger, t_start, t_end, cameo, p_type, p_mode) in conn.execute(
                _HYD_SOURCES, {"ids": ids}).all():
            if published:
                pub = isos.get(published)
                if pub is None:
                    pub = isos[published] = published.isoformat()
            else:
                pub = None
            sources[eid].append({
                "article_id": article_id, "doc_id": doc_id, "part": part, "outlet": outlet,
                "published": pub, "title": atitle, "url": url, "wire_group": wire_group,
                "seq": seq, "type": type_, "status": status, "evidence": evidence,
                "confidence": confidence, "sentence": [s_start, s_end],
                "trigger": {"text": trigger, "start": t_start, "end": t_end},
                "cameo": cameo, "plover": {"type": p_type, "mode": p_mode}})
    out = []
    for (eid, type_, type_class, status, first, last, loc_name, loc_country, topics, confidence, n_sources, n_outlets,
         n_reports, first_reported, last_reported) in evs:
        a = actors[eid]
        d: dict[str, Any] = {
            "id": eid, "type": type_, "type_class": type_class, "status": status,
            "when": {"start": first.isoformat(), "end": last.isoformat()} if first and last else None,
            "location": ({"name_en": loc_name, "country": loc_country} if (loc_name or loc_country) else None),
            "topics": list(topics or []), "confidence": confidence, "n_sources": n_sources,
            "n_outlets": n_outlets, "n_reports": n_reports, "first_reported": _iso(first_reported),
            "last_reported": _iso(last_reported),
            "source": a["source"], "target": a["target"], "mediators": a["mediator"],
        }
        if with_sources:
            d["sources"] = sources[eid]
        out.append(d)
    return out
