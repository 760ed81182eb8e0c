"""The monitor's persistent state (tables in rasad.watch.models), through SQLAlchemy Core.

Everything that must survive a restart goes through here: sources' validators and due
times, the items seen, the page queue with raw bytes and retry counts, the failure log
and the alerts (unique per watch, event and reason).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, select, update

from rasad.errors import WatchError
from rasad.store.models import Base
from rasad.watch import models as _models  # noqa: F401 - registers the tables on Base
from rasad.watch.config import Source, WatchSettings
from rasad.watch.feeds import FeedItem
from rasad.watch.fetch import normalize_url

T = Base.metadata.tables
SOURCES_T, ITEMS, PAGES, FAILURES, ALERTS = (T["watch_sources"], T["watch_items"], T["watch_pages"],
                                             T["watch_failures"], T["watch_alerts"])

PENDING, DONE, FAILED, REFUSED, GIVEN_UP = "pending", "done", "failed", "refused", "given_up"


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def url_hash(url: str) -> str:
    return hashlib.sha256(normalize_url(url).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PageTask:
    id: int
    url: str
    source: str
    attempts: int
    meta: dict[str, Any]
    etag: str | None
    last_modified: str | None


class WatchState:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.dialect = engine.dialect.name

    def _insert_ignore(self, table: Any) -> Any:
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table).on_conflict_do_nothing()
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()

    # ---------------------------------------------------------------- sources
    def sync_sources(self, sources: Iterable[Source]) -> None:
        """A row per configured source; a source whose URL changed forgets its validators."""
        with self.engine.begin() as c:
            have = {r.name: r.url for r in c.execute(select(SOURCES_T.c.name, SOURCES_T.c.url))}
            for s in sources:
                if s.name not in have:
                    c.execute(SOURCES_T.insert().values(name=s.name, url=s.url, failures=0))
                elif have[s.name] != s.url:
                    c.execute(update(SOURCES_T).where(SOURCES_T.c.name == s.name).values(
                        url=s.url, etag=None, last_modified=None, next_due=None))

    def source(self, name: str) -> dict[str, Any]:
        with self.engine.connect() as c:
            r = c.execute(select(SOURCES_T).where(SOURCES_T.c.name == name)).first()
            return dict(r._mapping) if r else {}

    def next_due(self) -> dict[str, datetime | None]:
        with self.engine.connect() as c:
            return {r.name: r.next_due for r in c.execute(select(SOURCES_T.c.name, SOURCES_T.c.next_due))}

    def source_polled(self, name: str, **values: Any) -> None:
        with self.engine.begin() as c:
            c.execute(update(SOURCES_T).where(SOURCES_T.c.name == name).values(**values))

    def source_failed(self, name: str, err: WatchError, url: str) -> int:
        with self.engine.begin() as c:
            n = int(c.execute(select(SOURCES_T.c.failures).where(SOURCES_T.c.name == name)).scalar() or 0) + 1
            c.execute(update(SOURCES_T).where(SOURCES_T.c.name == name).values(
                failures=n, last_error=f"{err.code} {err.message}"))
        self.log_failure("feed", name, url, err, n, final=False)
        return n

    # ---------------------------------------------------------------- items and pages
    def add_items(self, source: str, items: Sequence[FeedItem]) -> list[FeedItem]:
        """Record the items not seen before (and queue their pages); returns those new items."""
        if not items:
            return []
        t = now()
        new: list[FeedItem] = []
        with self.engine.begin() as c:
            keys = list(dict.fromkeys(i.key for i in items))
            seen: set[str] = set()
            for k in range(0, len(keys), 500):
                seen.update(c.execute(select(ITEMS.c.key).where(
                    and_(ITEMS.c.source == source, ITEMS.c.key.in_(keys[k:k + 500])))).scalars())
            for it in items:
                if it.key in seen:
                    continue
                seen.add(it.key)
                new.append(it)
            if not new:
                return []
            c.execute(self._insert_ignore(ITEMS), [
                {"source": source, "key": it.key[:1024], "url": it.url, "title": it.title,
                 "published": it.published, "seen_at": t} for it in new])
            c.execute(self._insert_ignore(PAGES), [
                {"url_hash": url_hash(it.url), "url": normalize_url(it.url), "source": source, "state": PENDING,
                 "meta": {"title": it.title, "published": it.published}, "attempts": 0, "article_ids": [],
                 "created_at": t} for it in new])
        return new

    def pending_pages(self, source: str, limit: int, settings: WatchSettings) -> list[PageTask]:
        t = now()
        q = (select(PAGES.c.id, PAGES.c.url, PAGES.c.source, PAGES.c.attempts, PAGES.c.meta, PAGES.c.etag,
                    PAGES.c.last_modified)
             .where(and_(PAGES.c.source == source, PAGES.c.state.in_((PENDING, FAILED)),
                         PAGES.c.attempts < settings.max_attempts,
                         or_(PAGES.c.next_try.is_(None), PAGES.c.next_try <= t)))
             .order_by(PAGES.c.id).limit(limit))
        with self.engine.connect() as c:
            return [PageTask(r.id, r.url, r.source, r.attempts, dict(r.meta or {}), r.etag, r.last_modified)
                    for r in c.execute(q)]

    def page_fetched(self, page_id: int, *, final_url: str, status: int, content_type: str | None,
                     etag: str | None, last_modified: str | None, body: bytes | None) -> None:
        """Keep the raw page as soon as it is fetched (before reading it)."""
        with self.engine.begin() as c:
            c.execute(update(PAGES).where(PAGES.c.id == page_id).values(
                final_url=final_url, status=status, content_type=content_type, etag=etag,
                last_modified=last_modified, body=body,
                body_sha256=hashlib.sha256(body).hexdigest() if body is not None else None, fetched_at=now()))

    def page_done(self, page_id: int, article_ids: Sequence[int]) -> None:
        with self.engine.begin() as c:
            c.execute(update(PAGES).where(PAGES.c.id == page_id).values(
                state=DONE, article_ids=list(article_ids), next_try=None, error_code=None, error=None))

    def page_refused(self, page_id: int, source: str, url: str, code: str, message: str, attempts: int) -> None:
        with self.engine.begin() as c:
            c.execute(update(PAGES).where(PAGES.c.id == page_id).values(
                state=REFUSED, next_try=None, error_code=code, error=message, attempts=attempts + 1))
        self._log("page", source, url, code, message, attempts + 1, final=True)

    def page_failed(self, task: PageTask, err: WatchError, settings: WatchSettings) -> bool:
        """Count a failed attempt; returns True when the page is given up (no more tries)."""
        n = task.attempts + 1
        final = (not err.retryable) or n >= settings.max_attempts
        values: dict[str, Any] = {"attempts": n, "error_code": err.code, "error": err.message}
        if final:
            values.update(state=GIVEN_UP if err.retryable else REFUSED, next_try=None)
        else:
            delay = settings.retry_after_s * 2 ** (n - 1)
            values.update(state=FAILED, next_try=now() + timedelta(seconds=delay))
        with self.engine.begin() as c:
            c.execute(update(PAGES).where(PAGES.c.id == task.id).values(**values))
        self.log_failure("page", task.source, task.url, err, n, final=final)
        return final

    def pages(self, source: str | None = None) -> list[dict[str, Any]]:
        q = select(PAGES).order_by(PAGES.c.id)
        if source:
            q = q.where(PAGES.c.source == source)
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def page_body(self, url: str) -> bytes | None:
        """The raw bytes kept for a page URL (evidence that survives link rot)."""
        with self.engine.connect() as c:
            return c.execute(select(PAGES.c.body).where(PAGES.c.url_hash == url_hash(url))).scalar()

    # ---------------------------------------------------------------- failures
    def log_failure(self, kind: str, source: str | None, url: str, err: WatchError, attempt: int,
                    final: bool) -> None:
        self._log(kind, source, url, err.code, err.message, attempt, final)

    def _log(self, kind: str, source: str | None, url: str, code: str, message: str, attempt: int,
             final: bool) -> None:
        with self.engine.begin() as c:
            c.execute(FAILURES.insert().values(at=now(), source=source, kind=kind, url=url, code=code,
                                               message=message, attempt=attempt, final=int(final)))

    def failures(self, limit: int = 100) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            rows = c.execute(select(FAILURES).order_by(FAILURES.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    # ---------------------------------------------------------------- alerts
    def add_alert(self, watch: str, event_id: int, reason: str, payload: dict[str, Any],
                  webhook_url: str | None) -> int | None:
        """Record an alert; None when this (watch, event, reason) was alerted before."""
        with self.engine.begin() as c:
            got = c.execute(select(ALERTS.c.id).where(and_(
                ALERTS.c.watch == watch, ALERTS.c.event_id == event_id, ALERTS.c.reason == reason))).first()
            if got is not None:
                return None
            res = c.execute(self._insert_ignore(ALERTS).values(
                watch=watch, event_id=event_id, reason=reason, created_at=now(), payload=payload,
                webhook_url=webhook_url, webhook_attempts=0, webhook_done=int(webhook_url is None),
            ).returning(ALERTS.c.id)).first()
            return int(res[0]) if res is not None else None

    def undelivered(self, webhook_attempts: int) -> list[dict[str, Any]]:
        q = (select(ALERTS).where(or_(ALERTS.c.printed_at.is_(None),
                                      and_(ALERTS.c.webhook_done == 0,
                                           ALERTS.c.webhook_attempts < webhook_attempts)))
             .order_by(ALERTS.c.id))
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def alert_printed(self, alert_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(update(ALERTS).where(ALERTS.c.id == alert_id).values(printed_at=now()))

    def alert_webhook(self, alert_id: int, status: str, attempts: int, done: bool) -> None:
        with self.engine.begin() as c:
            c.execute(update(ALERTS).where(ALERTS.c.id == alert_id).values(
                webhook_status=status[:64], webhook_attempts=attempts, webhook_done=int(done)))

    def alerts(self, since: datetime | None = None, *, watch: str | None = None, limit: int = 500,
               after_id: int | None = None) -> list[dict[str, Any]]:
        q = select(ALERTS)
        if since is not None:
            q = q.where(ALERTS.c.created_at >= since)
        if watch:
            q = q.where(ALERTS.c.watch == watch)
        if after_id is not None:
            q = q.where(ALERTS.c.id > after_id)
        q = q.order_by(ALERTS.c.id.desc()).limit(limit)
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]
