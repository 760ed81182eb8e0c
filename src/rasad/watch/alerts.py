"""Watchlists and alerts: which new or newly corroborated events a watch matches, and delivery.

An event *change* comes from storing one article: ``new`` when the event was created by it,
``corroborated`` when it joined an existing event and raised its count of independent
sources (wire copies of one story count once). Each (watch, event, reason) is alerted at
most once, ever: the alert row is written first (unique in the database), then printed,
appended to the JSON Lines file and POSTed to the webhook. Delivery that did not happen
(a crash, a webhook down) is retried on the next poll; a webhook is tried
`webhook_attempts` times, then given up (reported, never fatal).

Watch terms (actors, pair members, countries) are resolved with the knowledge base:
an ISO 3166 alpha-3 code is a country; an id (Q79, rasad:p:...) is that actor; any other
text is the knowledge base's best match for the name or alias (`KnowledgeBase.search`),
and a country matches every participant of that country. A name the knowledge base does
not know matches participants whose stored Arabic or English name contains it.

For the web UI: `alerts_since(db, since)` lists alerts raised since a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, func, select

from rasad.arabic import normalize_key
from rasad.errors import DocIssue, WebhookFailed
from rasad.watch.config import Watch, WatchConfig
from rasad.watch.state import WatchState


@dataclass(frozen=True)
class EventChange:
    event_id: int
    reason: str  # new | corroborated
    n_before: int
    n_after: int
    article_id: int


def event_changes(engine: Engine, article_id: int) -> list[EventChange]:
    """What storing article `article_id` did to events: created them, or added independent sources.

    The store's AddOutcome gives counts only, so this compares each touched event's
    independent sources (distinct wire groups) without this article and with it."""
    from rasad.store.repo import ARTICLES, EVENTS, SOURCES

    out: list[EventChange] = []
    with engine.connect() as c:
        eids = list(dict.fromkeys(c.execute(select(SOURCES.c.event_id).where(SOURCES.c.article_id == article_id)
                                            .order_by(SOURCES.c.seq)).scalars()))
        for eid in eids:
            group = func.coalesce(ARTICLES.c.wire_group, ARTICLES.c.id)
            before = int(c.execute(
                select(func.count(func.distinct(group))).select_from(SOURCES)
                .join(ARTICLES, ARTICLES.c.id == SOURCES.c.article_id)
                .where(and_(SOURCES.c.event_id == eid, SOURCES.c.article_id != article_id))).scalar_one())
            after = int(c.execute(select(EVENTS.c.n_sources).where(EVENTS.c.id == eid)).scalar_one())
            if before == 0:
                out.append(EventChange(int(eid), "new", 0, after, article_id))
            elif after > before:
                out.append(EventChange(int(eid), "corroborated", before, after, article_id))
    return out


# ------------------------------------------------------------------------ matching
@dataclass(frozen=True)
class Term:
    text: str
    ids: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    name_key: str = ""  # fallback: a normalised name to look for in participants' names

    def matches(self, actor: dict[str, Any]) -> bool:
        if actor.get("id") in self.ids:
            return True
        if actor.get("country") and actor["country"] in self.countries:
            return True
        if self.name_key:
            names = " | ".join(normalize_key(n) for n in (actor.get("name_ar"), actor.get("name_en")) if n)
            return self.name_key in names
        return False


class Matcher:
    def __init__(self, kb: Any = None):
        self.kb = kb
        self._cache: dict[str, Term] = {}

    def term(self, text: str) -> Term:
        t = self._cache.get(text)
        if t is None:
            t = self._cache[text] = self._resolve(text)
        return t

    def _resolve(self, text: str) -> Term:
        q = text.strip()
        if len(q) == 3 and q.isalpha() and q.isupper():
            return Term(q, countries=frozenset({q}))
        if q.startswith("rasad:") or (q[:1] == "Q" and q[1:].isdigit()):
            return Term(q, ids=frozenset({q}), countries=self._country_of(q))
        if self.kb is not None:
            try:
                found = self.kb.search(q, limit=1)
            except Exception:  # noqa: BLE001 - a broken knowledge base falls back to names
                found = []
            if found:
                a = found[0]
                countries = frozenset({a.country}) if a.kind == "country" and a.country else frozenset()
                return Term(q, ids=frozenset({a.id}), countries=countries)
        return Term(q, name_key=normalize_key(q))

    def _country_of(self, actor_id: str) -> frozenset[str]:
        if self.kb is None:
            return frozenset()
        try:
            a = self.kb.actor(actor_id)
        except Exception:  # noqa: BLE001 - unknown id: match by id only
            return frozenset()
        return frozenset({a.country}) if a.kind == "country" and a.country else frozenset()

    def matches(self, w: Watch, ev: dict[str, Any]) -> bool:
        parts = [*ev.get("source", []), *ev.get("target", []), *ev.get("mediators", [])]
        if w.types and ev.get("type") not in w.types:
            return False
        if int(ev.get("n_sources") or 0) < w.min_sources:
            return False
        if w.topics:
            have = {str(t).casefold() for t in ev.get("topics", [])}
            if not any(t.casefold() in have for t in w.topics):
                return False
        if w.actors and not any(self.term(a).matches(p) for a in w.actors for p in parts):
            return False
        if w.countries:
            terms = [self.term(c) for c in w.countries]
            if not any(t.matches(p) and (t.countries or p.get("kind") == "country") for t in terms for p in parts):
                return False
        if w.pairs and not any(self._pair(a, b, parts) for a, b in w.pairs):
            return False
        return True

    def _pair(self, a: str, b: str, parts: list[dict[str, Any]]) -> bool:
        ta, tb = self.term(a), self.term(b)
        return any(ta.matches(p) and tb.matches(q) for i, p in enumerate(parts) for j, q in enumerate(parts)
                   if i != j)


# ------------------------------------------------------------------------ alerts
def _names(actors: Sequence[dict[str, Any]]) -> str:
    return ", ".join(a.get("name_en") or a.get("name_ar") or a.get("id") or "?" for a in actors) or "?"


def summary(watch: str, reason: str, ev: dict[str, Any]) -> str:
    when = ev.get("when") or {}
    date = when.get("start") or "date unknown"
    if when.get("end") and when.get("end") != when.get("start"):
        date += f"..{when['end']}"
    srcs = ev.get("sources") or []
    evidence = srcs[-1]["evidence"] if srcs else ""
    word = "NEW" if reason == "new" else f"CORROBORATED ({ev.get('n_sources')} sources)"
    return (f"[{watch}] {word} {ev.get('type')} #{ev.get('id')}: {_names(ev.get('source', []))} -> "
            f"{_names(ev.get('target', []))} ({date}) — {evidence}")


def alert_payload(watch: str, reason: str, ev: dict[str, Any], change: EventChange) -> dict[str, Any]:
    srcs = ev.get("sources") or []
    latest = next((s for s in srcs if s.get("article_id") == change.article_id), srcs[-1] if srcs else {})
    return {
        "watch": watch, "reason": reason, "event_id": ev.get("id"),
        "n_sources_before": change.n_before, "n_sources": ev.get("n_sources"),
        "summary": summary(watch, reason, ev),
        "evidence": latest.get("evidence"), "url": latest.get("url"), "outlet": latest.get("outlet"),
        "event": ev,
    }


def _alert_record(row: dict[str, Any]) -> dict[str, Any]:
    created = row["created_at"]
    return {"alert_id": row["id"], "created_at": created.isoformat() if created else None, **row["payload"]}


class Alerter:
    """Turns event changes into alerts (database first) and delivers them."""

    def __init__(self, config: WatchConfig, state: WatchState, *, kb: Any = None,
                 event: Callable[[int], dict[str, Any]] | None = None,
                 echo: Callable[[str], None] | None = None, client: Any = None):
        self.config = config
        self.state = state
        self.matcher = Matcher(kb)
        self.event = event
        self.echo = echo or print
        self._client = client
        self._attempted: set[int] = set()  # webhook attempts of this poll: one per alert per poll

    def begin_run(self) -> None:
        self._attempted.clear()

    def consider(self, changes: Sequence[EventChange]) -> int:
        """Record alerts for the changes the watches match; returns how many were new."""
        if not self.config.watches or self.event is None:
            return 0
        n = 0
        for ch in changes:
            ev = self.event(ch.event_id)
            for w in self.config.watches:
                if ch.reason not in w.reasons or not self.matcher.matches(w, ev):
                    continue
                hook = w.webhook or self.config.alerts.webhook
                if self.state.add_alert(w.name, ch.event_id, ch.reason, alert_payload(w.name, ch.reason, ev, ch),
                                        hook) is not None:
                    n += 1
        return n

    @property
    def client(self) -> Any:
        if self._client is None:
            import httpx

            s = self.config.settings
            self._client = httpx.Client(timeout=httpx.Timeout(s.webhook_timeout_s),
                                        headers={"User-Agent": s.user_agent})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def deliver(self) -> tuple[int, list[DocIssue]]:
        """Deliver every alert not yet printed/written or posted; returns (delivered, issues)."""
        s = self.config.settings
        out = self.config.alerts
        issues: list[DocIssue] = []
        delivered = 0
        for row in self.state.undelivered(s.webhook_attempts):
            rec = _alert_record(row)
            if row["printed_at"] is None:
                if out.print:
                    self.echo(rec["summary"])
                if out.jsonl:
                    p = Path(out.jsonl).expanduser()
                    p.parent.mkdir(parents=True, exist_ok=True)
                    with p.open("a", encoding="utf-8") as fh:
                        fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                self.state.alert_printed(row["id"])
                delivered += 1
            if row["webhook_url"] and not row["webhook_done"] and row["id"] not in self._attempted:
                self._attempted.add(row["id"])
                n = row["webhook_attempts"] + 1
                try:
                    r = self.client.post(row["webhook_url"], content=json.dumps(rec, ensure_ascii=False,
                                                                                 default=str).encode("utf-8"),
                                         headers={"Content-Type": "application/json; charset=utf-8"})
                    ok, status = 200 <= r.status_code < 300, str(r.status_code)
                except Exception as e:  # noqa: BLE001 - any webhook failure is reported, never fatal
                    ok, status = False, f"{type(e).__name__}"
                if ok:
                    self.state.alert_webhook(row["id"], status, n, True)
                else:
                    final = n >= s.webhook_attempts
                    self.state.alert_webhook(row["id"], ("given up: " if final else "failed: ") + status, n, final)
                    err = WebhookFailed(f"alert {row['id']} to {row['webhook_url']}: {status} (attempt {n}"
                                        f"{', given up' if final else ''})", source=row["webhook_url"])
                    self.state.log_failure("webhook", None, row["webhook_url"], err, n, final)
                    issues.append(err.to_issue("warning"))
        return delivered, issues


def alerts_since(db: str | Engine | Any, since: datetime | None = None, *, watch: str | None = None,
                 limit: int = 500, after_id: int | None = None) -> list[dict[str, Any]]:
    """Alerts raised at or after `since` (or with id > `after_id`), newest first, as plain dicts:
    alert_id, created_at, watch, reason, event_id, n_sources, summary, evidence, url, outlet, event.

    `db` is a database URL or path, an Engine, a Store or an EventService."""
    engine: Engine
    close = False
    if isinstance(db, Engine):
        engine = db
    elif hasattr(db, "engine"):
        engine = db.engine
    elif hasattr(db, "store"):
        engine = db.store.engine
    else:
        from rasad.store import Store

        st = Store(str(db))
        engine, close = st.engine, True
    try:
        rows = WatchState(engine).alerts(since, watch=watch, limit=limit, after_id=after_id)
        return [_alert_record(r) for r in rows]
    finally:
        if close:
            engine.dispose()
