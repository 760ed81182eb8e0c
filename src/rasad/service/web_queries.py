"""Read queries the API and the web UI need beyond `EventService`'s own: one actor with its
counterparts, counts per period and contact network; one article with its reports' sentence
offsets; statistics by type, country pair and month; actor search with counts.

Everything goes through the store's engine and tables (SQLAlchemy Core, bound parameters)
and returns plain dicts, like `EventService`. Functions take the service as first argument
so that the CLI, the API and the batch runner keep sharing one service object.
"""

from __future__ import annotations

import functools
import threading
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from rasad.errors import NotFound
from rasad.service.events import EventService
from rasad.store.repo import ACTORS, ARTICLES, EVENT_ACTORS, EVENTS, SOURCES

PERIODS = ("month", "year")


class MemoKB:
    """The default knowledge base, loaded on first use, with `search` memoised.

    The knowledge base does not change while a server runs, and every actor filter of every
    request asks `kb.search(name)` again (about 20 ms each): a server keeps the answers in an
    LRU of `size` names. Everything else is passed through to the real knowledge base.
    """

    def __init__(self, kb: Any = None, size: int = 4096):
        self._real = kb
        self._lock = threading.Lock()
        self._search = functools.lru_cache(maxsize=size)(self._search_uncached)

    @property
    def real(self) -> Any:
        if self._real is None:
            with self._lock:
                if self._real is None:
                    from rasad.kb import default_kb

                    self._real = default_kb()
        return self._real

    def _search_uncached(self, q: str, limit: int) -> tuple[Any, ...]:
        return tuple(self.real.search(q, limit=limit))

    def search(self, q: str, limit: int = 10) -> list[Any]:
        return list(self._search(q, limit))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)
NETWORK_NODES = 25


def _actor_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "name_en": r.name_en, "name_ar": r.name_ar, "kind": r.kind, "country": r.country,
            "wikidata": r.wikidata}


def _period(d: date | None, period: str) -> str | None:
    if d is None:
        return None
    return f"{d.year:04d}" if period == "year" else f"{d.year:04d}-{d.month:02d}"


def _n_events_by_actor(conn: Any, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    q = (select(EVENT_ACTORS.c.actor_id, func.count(func.distinct(EVENT_ACTORS.c.event_id)))
         .where(EVENT_ACTORS.c.actor_id.in_(ids)).group_by(EVENT_ACTORS.c.actor_id))
    return {str(a): int(n) for a, n in conn.execute(q)}


def search_actors(svc: EventService, q: str | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
    """Stored actors matching a name, alias or id (any language), or the most active ones when
    `q` is empty; each with `n_events`, most active first."""
    limit = max(1, min(int(limit), 500))
    with svc.store.engine.connect() as conn:
        if q and q.strip():
            rows = svc.resolve_actor(q)
            counts = _n_events_by_actor(conn, [r["id"] for r in rows])
            out: list[dict[str, Any]] = [{**{k: r.get(k) for k in ("id", "name_en", "name_ar", "kind", "country", "wikidata")},
                    "n_events": counts.get(r["id"], 0)} for r in rows]
            out.sort(key=lambda d: (-d["n_events"], d["name_en"] or d["name_ar"] or d["id"]))
            return out[:limit]
        n = func.count(func.distinct(EVENT_ACTORS.c.event_id)).label("n")
        top = (select(EVENT_ACTORS.c.actor_id, n).group_by(EVENT_ACTORS.c.actor_id)
               .order_by(n.desc(), EVENT_ACTORS.c.actor_id).limit(limit).subquery())
        rows2 = conn.execute(select(ACTORS, top.c.n).join(top, top.c.actor_id == ACTORS.c.id)
                             .order_by(top.c.n.desc(), ACTORS.c.id))
        return [{**_actor_dict(r), "n_events": int(r.n)} for r in rows2]


def actor_detail(svc: EventService, actor_id: str, *, period: str = "month", top: int = 20) -> dict[str, Any]:
    """One actor: counts by type and per period (for a timeline), its top counterparts, and an
    ego network (the actor, its top counterparts, and contacts among them)."""
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; one of {', '.join(PERIODS)}")
    top = max(1, min(int(top), 200))
    with svc.store.engine.connect() as conn:
        row = conn.execute(select(ACTORS).where(ACTORS.c.id == actor_id)).first()
        if row is None:
            raise NotFound(f"no actor {actor_id!r}")
        mine = select(EVENT_ACTORS.c.event_id).where(EVENT_ACTORS.c.actor_id == actor_id)
        evs = list(conn.execute(select(EVENTS.c.id, EVENTS.c.type, EVENTS.c.first)
                                .where(EVENTS.c.id.in_(mine))))
        by_type = Counter(str(r.type) for r in evs)
        per: dict[str, Counter[str]] = defaultdict(Counter)
        undated = 0
        for r in evs:
            p = _period(r.first, period)
            if p is None:
                undated += 1
            else:
                per[p][str(r.type)] += 1
        # counterparts: every other actor of the same events, whatever the role
        other = aliased(EVENT_ACTORS)
        n = func.count(func.distinct(other.c.event_id)).label("n")
        last = func.max(EVENTS.c.first).label("last")
        cq = (select(other.c.actor_id, n, last)
              .join(EVENTS, EVENTS.c.id == other.c.event_id)
              .where(and_(other.c.event_id.in_(mine), other.c.actor_id != actor_id))
              .group_by(other.c.actor_id).order_by(n.desc(), other.c.actor_id).limit(top))
        cps = list(conn.execute(cq))
        actors = {r.id: _actor_dict(r) for r in conn.execute(
            select(ACTORS).where(ACTORS.c.id.in_([c.actor_id for c in cps])))}
        counterparts = [{"actor": actors[c.actor_id], "n_events": int(c.n),
                         "last": c.last.isoformat() if c.last else None}
                        for c in cps if c.actor_id in actors]
        network = _network(conn, _actor_dict(row), len(evs), counterparts[:NETWORK_NODES])
    return {
        "actor": _actor_dict(row), "n_events": len(evs), "by_type": dict(sorted(by_type.items())),
        "period": period, "undated": undated,
        "periods": [{"period": p, "n": sum(c.values()), "by_type": dict(sorted(c.items()))}
                    for p, c in sorted(per.items())],
        "counterparts": counterparts, "network": network,
    }


def _network(conn: Any, ego: dict[str, Any], n_ego: int, cps: list[dict[str, Any]]) -> dict[str, Any]:
    nodes = [{**ego, "n_events": n_ego, "ego": True}]
    nodes += [{**c["actor"], "n_events": c["n_events"], "ego": False} for c in cps]
    edges = [{"source": ego["id"], "target": c["actor"]["id"], "weight": c["n_events"]} for c in cps]
    ids = [c["actor"]["id"] for c in cps]
    if len(ids) > 1:
        a, b = aliased(EVENT_ACTORS), aliased(EVENT_ACTORS)
        q = (select(a.c.actor_id, b.c.actor_id, func.count(func.distinct(a.c.event_id)))
             .join(b, and_(b.c.event_id == a.c.event_id, b.c.actor_id > a.c.actor_id))
             .where(and_(a.c.actor_id.in_(ids), b.c.actor_id.in_(ids)))
             .group_by(a.c.actor_id, b.c.actor_id))
        edges += [{"source": str(x), "target": str(y), "weight": int(w)} for x, y, w in conn.execute(q)]
    return {"nodes": nodes, "edges": edges}


def pair_history(svc: EventService, a: str, b: str, *, limit: int = 200) -> dict[str, Any]:
    """Two stored actors (by id) and every event where both take part, newest first,
    with counts per month and type."""
    from rasad.store.query import EventFilter

    with svc.store.engine.connect() as conn:
        rows = {r.id: _actor_dict(r) for r in conn.execute(select(ACTORS).where(ACTORS.c.id.in_([a, b])))}
    for x in (a, b):
        if x not in rows:
            raise NotFound(f"no actor {x!r}")
    page = svc.events(EventFilter(actor=a, with_actor=b), sort="date", limit=limit, with_total=True)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for e in page.items:
        if e["when"]:
            per[e["when"]["start"][:7]][e["type"]] += 1
    return {"a": rows[a], "b": rows[b], "total": page.total, "events": page.items,
            "by_type": dict(sorted(Counter(e["type"] for e in page.items).items())),
            "periods": [{"period": p, "n": sum(c.values()), "by_type": dict(sorted(c.items()))}
                        for p, c in sorted(per.items())]}


def segments(text: str, spans: list[tuple[int, int, int]]) -> list[dict[str, Any]]:
    """Cut `text` at every span boundary; each piece lists the ids of the spans covering it.

    `spans` are (start, end, id). Offsets out of range are clamped. The pieces are plain
    text: whoever renders them escapes each one (never join them into markup first).
    """
    n = len(text)
    clean = [(max(0, min(s, n)), max(0, min(e, n)), i) for s, e, i in spans]
    clean = [(s, e, i) for s, e, i in clean if e > s]
    cuts = sorted({0, n, *[s for s, _, _ in clean], *[e for _, e, _ in clean]})
    out = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        if e <= s:
            continue
        ids = sorted({i for a, b, i in clean if a <= s and e <= b})
        out.append({"start": s, "end": e, "text": text[s:e], "events": ids})
    return out


def article_detail(svc: EventService, article_id: int) -> dict[str, Any]:
    """One stored article: metadata, text, its reports (event id, type, sentence and trigger
    offsets into the text) and the text cut into segments at the sentence offsets."""
    with svc.store.engine.connect() as conn:
        art = conn.execute(select(ARTICLES.c.id, ARTICLES.c.doc_id, ARTICLES.c.part, ARTICLES.c.title,
                                  ARTICLES.c.published, ARTICLES.c.outlet, ARTICLES.c.url, ARTICLES.c.author,
                                  ARTICLES.c.text, ARTICLES.c.wire_group)
                           .where(ARTICLES.c.id == article_id)).first()
        if art is None:
            raise NotFound(f"no article {article_id}")
        reps = list(conn.execute(
            select(SOURCES.c.event_id, SOURCES.c.seq, SOURCES.c.type, SOURCES.c.status, SOURCES.c.evidence,
                   SOURCES.c.sentence_start, SOURCES.c.sentence_end, SOURCES.c.trigger, SOURCES.c.trigger_start,
                   SOURCES.c.trigger_end, SOURCES.c.confidence)
            .where(SOURCES.c.article_id == article_id).order_by(SOURCES.c.seq)))
    text = art.text or ""
    reports = []
    for r in reps:
        s, e = locate(text, r.evidence, r.sentence_start, r.sentence_end)
        reports.append({"event_id": r.event_id, "seq": r.seq, "type": r.type, "status": r.status,
                        "evidence": r.evidence, "confidence": r.confidence, "sentence": [s, e],
                        "trigger": {"text": r.trigger, "start": r.trigger_start, "end": r.trigger_end}})
    return {
        "id": art.id, "doc_id": art.doc_id, "part": art.part, "title": art.title,
        "published": art.published.isoformat() if art.published else None, "outlet": art.outlet,
        "url": art.url, "author": art.author, "wire_group": art.wire_group, "text": text,
        "reports": reports,
        "segments": segments(text, [(r["sentence"][0], r["sentence"][1], r["event_id"]) for r in reports]),
    }


def locate(text: str, evidence: str, start: int, end: int) -> tuple[int, int]:
    """The evidence's offsets in `text`: the stored ones when they point at it, else the first
    verbatim occurrence, else the stored ones clamped (never an error: the page still shows)."""
    n = len(text)
    if 0 <= start < end <= n and (not evidence or text[start:end] == evidence):
        return start, end
    if evidence:
        i = text.find(evidence)
        if i >= 0:
            return i, i + len(evidence)
    s = max(0, min(start, n))
    return s, max(s, min(end, n))


def article_texts(svc: EventService, article_ids: list[int]) -> dict[int, str]:
    if not article_ids:
        return {}
    with svc.store.engine.connect() as conn:
        return {int(i): t or "" for i, t in conn.execute(
            select(ARTICLES.c.id, ARTICLES.c.text).where(ARTICLES.c.id.in_(article_ids)))}


def stats(svc: EventService, *, pairs: int = 30) -> dict[str, Any]:
    """The service's totals plus counts by type, by country pair (unordered, countries of the
    two sides) and by month of the event's first day."""
    base = svc.stats()
    with svc.store.engine.connect() as conn:
        months: Counter[str] = Counter()
        undated = 0
        for (first,) in conn.execute(select(EVENTS.c.first)):
            if first is None:
                undated += 1
            else:
                months[f"{first.year:04d}-{first.month:02d}"] += 1
        a, b = aliased(EVENT_ACTORS), aliased(EVENT_ACTORS)
        q = (select(a.c.event_id, a.c.country, b.c.country).distinct()
             .join(b, b.c.event_id == a.c.event_id)
             .where(and_(a.c.role == "source", b.c.role == "target", a.c.country.is_not(None),
                         b.c.country.is_not(None), a.c.country != b.c.country)))
        seen: set[tuple[int, str, str]] = set()
        for eid, x, y in conn.execute(q):
            lo, hi = sorted((str(x), str(y)))
            seen.add((int(eid), lo, hi))
        pc = Counter((lo, hi) for _, lo, hi in seen)
    return {
        "totals": {k: v for k, v in base.items() if k != "events_by_type"},
        "by_type": base.get("events_by_type", {}),
        "by_country_pair": [{"a": x, "b": y, "n": n} for (x, y), n in
                            sorted(pc.items(), key=lambda kv: (-kv[1], kv[0]))[:pairs]],
        "by_month": [{"month": m, "n": n} for m, n in sorted(months.items())],
        "undated": undated,
    }
