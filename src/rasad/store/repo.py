"""The write side of the store: one article (with its events and issues) per transaction.

`Store.add_result` stores an `ArticleResult` atomically: the article, its actors, its
events merged into existing ones (rasad.merge.rules) or new, its sources and issues, and
the full-text rows. An article whose content hash is already stored is skipped, so
re-ingesting anything adds nothing. SQLAlchemy Core with bound parameters throughout.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, func, select, update
from sqlalchemy.exc import IntegrityError

from rasad.errors import DocIssue, StoreError
from rasad.merge import rules, wire
from rasad.store import fts
from rasad.store.db import open_engine
from rasad.store.models import Base
from rasad.types import Actor, Article, Event

T = Base.metadata.tables
ARTICLES, ACTORS, EVENTS = T["articles"], T["actors"], T["events"]
EVENT_ACTORS, EVENT_TOPICS, SOURCES, ISSUES = T["event_actors"], T["event_topics"], T["event_sources"], T["issues"]

MAX_CANDIDATES = 50

# Statements built once (the write path runs them for every article): SQLAlchemy then only
# binds parameters instead of rebuilding and re-keying the statement each time.
_INS_ARTICLE = ARTICLES.insert().returning(ARTICLES.c.id)
_INS_EVENT = EVENTS.insert().returning(EVENTS.c.id)
_INS_SOURCE = SOURCES.insert().returning(SOURCES.c.id)
_UPD_WIRE = update(ARTICLES).where(ARTICLES.c.id == bindparam("b_id")).values(wire_group=bindparam("b_group"))
_UPD_DAY = update(EVENT_ACTORS).where(EVENT_ACTORS.c.event_id == bindparam("b_id")).values(day=bindparam("b_day"))


@dataclass(frozen=True)
class AddOutcome:
    """What storing one article did."""

    article_id: int | None
    duplicate: bool = False
    new_events: int = 0
    merged_events: int = 0


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Store:
    """A database (SQLite file or PostgreSQL) opened and migrated to the newest schema."""

    def __init__(self, url_or_path: str, engine: Engine | None = None):
        self.url = url_or_path
        try:
            self.engine = engine if engine is not None else open_engine(url_or_path)
        except Exception as err:  # bad URL, unreachable server, unreadable file
            raise StoreError(f"cannot open database {url_or_path!r}: {err}") from err
        self.dialect = self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- dialect helpers
    def _insert_ignore(self, table: Any) -> Any:
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table).on_conflict_do_nothing()
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()

    # ---------------------------------------------------------------- reads used by ingest
    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(ARTICLES.c.id).where(ARTICLES.c.content_hash == content_hash)
                                ).first() is not None

    # ---------------------------------------------------------------- writes
    def add_issues(self, issues: Iterable[DocIssue]) -> None:
        rows = [_issue_row(i) for i in issues]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(ISSUES.insert(), rows)

    def add_article(self, article: Article, events: Sequence[Event] = (),
                    issues: Sequence[DocIssue] = ()) -> AddOutcome:
        """Store one article with its events and issues in one transaction (all or nothing)."""
        try:
            with self.engine.begin() as conn:
                return self._add(conn, article, events, issues)
        except IntegrityError:
            # Another writer stored the same content between our check and insert.
            with self.engine.connect() as conn:
                got = conn.execute(select(ARTICLES.c.id).where(
                    ARTICLES.c.content_hash == article.content_hash)).scalar()
            if got is not None:
                return AddOutcome(int(got), duplicate=True)
            raise

    def _add(self, conn: Connection, article: Article, events: Sequence[Event],
             issues: Sequence[DocIssue]) -> AddOutcome:
        h = article.content_hash
        got = conn.execute(select(ARTICLES.c.id).where(ARTICLES.c.content_hash == h)).scalar()
        if got is not None:
            return AddOutcome(int(got), duplicate=True)
        body = fts.search_text(article.title, article.text)
        sketch = wire.sketch(article.text)
        art_id = int(conn.execute(_INS_ARTICLE, dict(
            doc_id=article.doc_id, part=article.part, title=article.title, published=article.published,
            published_raw=article.published_raw, outlet=article.outlet, author=article.author,
            url=article.url, source=article.source, text=article.text, content_hash=h,
            minhash=sketch, wire_group=None, n_events=len(events),
            search_text=None if self.dialect == "sqlite" else body, ingested_at=_now(),
        )).scalar_one())
        conn.execute(_UPD_WIRE, {"b_id": art_id, "b_group": art_id})
        if self.dialect == "sqlite":
            fts.index_sqlite(conn, "article_fts", art_id, body)
        self._upsert_actors(conn, [a for e in events for a in (*e.source, *e.target, *e.mediators)])
        merger = _Merger(self, conn, article, art_id, sketch)
        new = merged = 0
        for seq, ev in enumerate(events):
            if merger.add(seq, ev):
                merged += 1
            else:
                new += 1
        rows = [_issue_row(i) for i in issues]
        if rows:
            conn.execute(ISSUES.insert(), rows)
        return AddOutcome(art_id, new_events=new, merged_events=merged)

    def _upsert_actors(self, conn: Connection, actors: Sequence[Actor]) -> None:
        seen: dict[str, Actor] = {}
        for a in actors:
            seen.setdefault(a.id, a)
        if not seen:
            return
        rows = [{"id": a.id, "name_en": a.name_en, "name_ar": a.name_ar, "kind": a.kind, "country": a.country,
                 "wikidata": a.wikidata,
                 "name_key": name_key(a.name_en, a.name_ar)}
                for a in seen.values()]
        conn.execute(self._insert_ignore(ACTORS), rows)


def name_key(*names: str | None) -> str:
    """Normalised names, words only (el-Sisi -> el sisi), joined by " | " for word-bounded LIKE."""
    return " | ".join(" ".join(fts.words(n)) for n in names if n)


def _issue_row(i: DocIssue) -> dict[str, Any]:
    return {"source": i.source, "line": i.line, "code": i.code, "message": i.message,
            "severity": i.severity, "created": _now()}


class _Merger:
    """Merges one article's events into the stored events (within its transaction)."""

    def __init__(self, store: Store, conn: Connection, article: Article, art_id: int, sketch: bytes):
        self.store = store
        self.conn = conn
        self.article = article
        self.art_id = art_id
        self.sketch = sketch
        self.wire_checked: set[int] = set()
        self.wire_changed = False
        self.touched: list[tuple[int, Event]] = []

    # -- candidates
    def _candidates(self, ev: Event) -> list[int]:
        c = self.conn
        key, ckey = rules.merge_key(ev), rules.country_key(ev)
        cols = (EVENTS.c.id, EVENTS.c.first, EVENTS.c.last, EVENTS.c.location_name, EVENTS.c.location_country,
                EVENTS.c.first_reported, EVENTS.c.last_reported, EVENTS.c.merge_key)
        rows = list(c.execute(select(*cols).where(EVENTS.c.merge_key == key)
                              .order_by(EVENTS.c.id.desc()).limit(MAX_CANDIDATES)))
        lenient = list(c.execute(select(*cols).where(and_(EVENTS.c.country_key == ckey, EVENTS.c.merge_key != key))
                                 .order_by(EVENTS.c.id.desc()).limit(MAX_CANDIDATES)))
        if lenient:
            mine = [rules.ref(a) for a in (*ev.source, *ev.target, *ev.mediators)]
            ids = [r.id for r in lenient]
            theirs: dict[int, list[rules.ActorRef]] = {i: [] for i in ids}
            q = (select(EVENT_ACTORS.c.event_id, ACTORS.c.id, ACTORS.c.kind, ACTORS.c.country)
                 .join(ACTORS, ACTORS.c.id == EVENT_ACTORS.c.actor_id).where(EVENT_ACTORS.c.event_id.in_(ids)))
            for eid, aid, kind, country in c.execute(q):
                theirs[eid].append(rules.ActorRef(aid, kind, country))
            rows += [r for r in lenient if rules.actors_compatible(mine, theirs[r.id])]
        reported = [self.article.published]
        ok: list[tuple[int, int, int]] = []
        for r in rows:
            dates_ok = rules.dates_compatible(ev.first, ev.last, reported, r.first, r.last,
                                              [r.first_reported, r.last_reported])
            if dates_ok is False or (dates_ok is None and not self._wire_twin(r.id)):
                continue
            loc = ev.location
            if not rules.places_compatible(loc.name_en if loc else None, loc.country if loc else None,
                                           r.location_name, r.location_country):
                continue
            exact = 0 if r.merge_key == key else 1
            gap = _gap(ev.first, ev.last, r.first, r.last)
            ok.append((exact, gap, r.id))
        ok.sort()
        cand = [i for _, _, i in ok]
        if not cand:
            return []
        # never merge two events of the same article: the extractor already told them apart
        same = set(c.execute(select(SOURCES.c.event_id).where(
            and_(SOURCES.c.event_id.in_(cand), SOURCES.c.article_id == self.art_id))).scalars())
        return [i for i in cand if i not in same]

    def add(self, seq: int, ev: Event) -> bool:
        """Store the report; True when it joined an existing event."""
        cands = self._candidates(ev)
        if cands:
            eid = cands[0]
            changed = self.wire_changed
            self._check_wire(eid)
            self._add_source(eid, seq, ev)
            self._add_actors(eid, ev, merged=True)
            self._refresh(eid, ev)
            if self.wire_changed and not changed:  # refresh what was counted before
                for old, oev in self.touched:
                    self._refresh(old, oev)
            self.touched.append((eid, ev))
            return True
        eid = self._new_event(ev)
        self._add_source(eid, seq, ev)
        self._add_actors(eid, ev)
        self._refresh(eid, ev)
        self.touched.append((eid, ev))
        return False

    def _wire_twin(self, eid: int) -> bool:
        """Is this article a wire copy of one of the event's source articles?"""
        q = (select(ARTICLES.c.minhash).join(SOURCES, SOURCES.c.article_id == ARTICLES.c.id)
             .where(and_(SOURCES.c.event_id == eid, ARTICLES.c.id != self.art_id)).distinct())
        return any(wire.is_wire_copy(self.sketch, sig) for (sig,) in self.conn.execute(q))

    def _check_wire(self, eid: int) -> None:
        """Join the wire group of a near-duplicate article among the event's sources."""
        c = self.conn
        q = (select(ARTICLES.c.id, ARTICLES.c.minhash, ARTICLES.c.wire_group)
             .join(SOURCES, SOURCES.c.article_id == ARTICLES.c.id)
             .where(and_(SOURCES.c.event_id == eid, ARTICLES.c.id != self.art_id)).distinct())
        for aid, sig, group in c.execute(q):
            if aid in self.wire_checked:
                continue
            self.wire_checked.add(aid)
            if wire.is_wire_copy(self.sketch, sig):
                c.execute(_UPD_WIRE, {"b_id": self.art_id, "b_group": group})
                self.wire_changed = True
                return


    def _new_event(self, ev: Event) -> int:
        now = _now()
        loc = ev.location
        return int(self.conn.execute(_INS_EVENT, dict(
            type=ev.type, type_class=rules.type_class(ev.type), status=ev.status, first=ev.first, last=ev.last,
            location_name=loc.name_en if loc else None, location_country=loc.country if loc else None,
            topics=list(ev.topics), confidence=float(ev.confidence), n_sources=1, n_outlets=0, n_reports=1,
            first_reported=self.article.published, last_reported=self.article.published,
            merge_key=rules.merge_key(ev), country_key=rules.country_key(ev), created_at=now, updated_at=now,
        )).scalar_one())

    def _add_source(self, eid: int, seq: int, ev: Event) -> None:
        payload = ev.to_rich()
        sid = int(self.conn.execute(_INS_SOURCE, dict(
            event_id=eid, article_id=self.art_id, seq=seq, type=ev.type, status=ev.status, first=ev.first,
            last=ev.last, sentence_start=ev.sentence_start, sentence_end=ev.sentence_end, trigger=ev.trigger,
            trigger_start=ev.trigger_start, trigger_end=ev.trigger_end, evidence=ev.evidence,
            confidence=float(ev.confidence), cameo=ev.cameo, plover_type=ev.plover_type,
            plover_mode=ev.plover_mode, payload=payload,
            search_text=None if self.store.dialect == "sqlite" else fts.search_text(ev.evidence),
        )).scalar_one())
        if self.store.dialect == "sqlite":
            fts.index_sqlite(self.conn, "evidence_fts", sid, fts.search_text(ev.evidence))

    def _add_actors(self, eid: int, ev: Event, merged: bool = False) -> None:
        """The report's actors; a merged report adds only actors the event lacks (in any role),
        so that outlets that frame direction differently do not put one actor on both sides."""
        have: set[str] = set()
        if merged:
            have = set(self.conn.execute(select(EVENT_ACTORS.c.actor_id).where(EVENT_ACTORS.c.event_id == eid))
                       .scalars())
        rows = []
        for role, actors in (("source", ev.source), ("target", ev.target), ("mediator", ev.mediators)):
            for a in actors:
                if a.id in have:
                    continue
                rows.append({"event_id": eid, "actor_id": a.id, "role": role, "country": a.country,
                             "title": a.title, "day": _day(ev.first)})
        if rows:
            self.conn.execute(self.store._insert_ignore(EVENT_ACTORS), rows)
        if ev.topics:
            self.conn.execute(self.store._insert_ignore(EVENT_TOPICS),
                              [{"event_id": eid, "topic": t} for t in dict.fromkeys(ev.topics)])

    def _refresh(self, eid: int, ev: Event) -> None:
        """Recompute the event's aggregates from all its sources."""
        c = self.conn
        q = (select(SOURCES.c.confidence, SOURCES.c.status, SOURCES.c.first, SOURCES.c.last, ARTICLES.c.outlet,
                    ARTICLES.c.published, ARTICLES.c.wire_group, ARTICLES.c.id)
             .join(ARTICLES, ARTICLES.c.id == SOURCES.c.article_id).where(SOURCES.c.event_id == eid))
        best: dict[int, float] = {}
        outlets: set[str] = set()
        reported: list[date] = []
        statuses: set[str] = set()
        n = 0
        span: tuple[date | None, date | None] = (None, None)
        for conf, status, first, last, outlet, published, group, aid in c.execute(q):
            n += 1
            g = int(group if group is not None else aid)
            best[g] = max(best.get(g, 0.0), float(conf))
            outlets.add(outlet.strip().casefold() if outlet else f"?wire{g}")
            if published:
                reported.append(published)
            statuses.add(status)
            span = rules.narrower(span, (first, last))
        cur = c.execute(select(EVENTS.c.topics, EVENTS.c.location_name, EVENTS.c.location_country)
                        .where(EVENTS.c.id == eid)).one()
        topics = list(dict.fromkeys([*(cur.topics or []), *ev.topics]))
        values: dict[str, Any] = {
            "n_reports": n, "n_sources": len(best), "n_outlets": len(outlets),
            "confidence": rules.combined_confidence(best.values()),
            "first_reported": min(reported, default=None), "last_reported": max(reported, default=None),
            "status": "occurred" if "occurred" in statuses else "planned",
            "first": span[0], "last": span[1], "topics": topics, "updated_at": _now(),
        }
        if cur.location_name is None and cur.location_country is None and ev.location is not None:
            values["location_name"] = ev.location.name_en
            values["location_country"] = ev.location.country
        c.execute(update(EVENTS).where(EVENTS.c.id == bindparam("b_id")), {**values, "b_id": eid})
        c.execute(_UPD_DAY, {"b_id": eid, "b_day": _day(span[0])})


def _day(d: date | None) -> int:
    return d.toordinal() if d else 0


def _gap(a0: date | None, a1: date | None, b0: date | None, b1: date | None) -> int:
    if not (a0 and a1 and b0 and b1):
        return 10_000
    if a0 <= b1 and b0 <= a1:
        return 0
    return min(abs((a0 - b1).days), abs((b0 - a1).days))


def count(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
