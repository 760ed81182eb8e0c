"""The monitor's own tables, on the store's declarative Base (migration 0003_watch creates them).

- ``watch_sources``: per configured source, its conditional-request validators (ETag,
  Last-Modified), when it was polled and is next due, consecutive failures.
- ``watch_items``: every feed/sitemap item seen, by (source, GUID or link): an item is
  queued once, ever, across restarts.
- ``watch_pages``: one row per article page URL: its state (pending, done, failed,
  refused), the raw bytes as fetched (so the evidence survives link rot), validators,
  attempts and the next retry time, and the stored article ids.
- ``watch_failures``: a log of every failed fetch (feed, page, robots.txt, webhook) with
  the attempt count, for reports.
- ``watch_alerts``: alerts raised, unique per (watch, event, reason) so that nothing is
  alerted twice, with their delivery state (JSONL file, webhook).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rasad.store.models import Base, BigId


class WatchSourceRow(Base):
    __tablename__ = "watch_sources"

    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled: Mapped[datetime | None] = mapped_column(DateTime)
    next_due: Mapped[datetime | None] = mapped_column(DateTime)
    last_status: Mapped[int | None] = mapped_column(Integer)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive failed polls
    last_error: Mapped[str | None] = mapped_column(Text)


class WatchItemRow(Base):
    __tablename__ = "watch_items"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(1024))  # GUID / Atom id, else the link
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("source", "key", name="uq_watch_items_source_key"),)


class WatchPageRow(Base):
    __tablename__ = "watch_pages"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    url_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the normalised URL
    url: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(16))  # pending | done | failed | refused
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)  # title, published from the feed
    final_url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(255))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body: Mapped[bytes | None] = mapped_column(LargeBinary)  # the page exactly as fetched
    body_sha256: Mapped[str | None] = mapped_column(String(64))
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try: Mapped[datetime | None] = mapped_column(DateTime)
    error_code: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(Text)
    article_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_watch_pages_source_state", "source", "state"),)


class WatchFailureRow(Base):
    __tablename__ = "watch_failures"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str | None] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))  # feed | page | webhook
    url: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    attempt: Mapped[int] = mapped_column(Integer)  # the page's (or source's) failure count so far
    final: Mapped[int] = mapped_column(Integer, default=0)  # 1 when given up


class WatchAlertRow(Base):
    __tablename__ = "watch_alerts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    watch: Mapped[str] = mapped_column(String(255))
    event_id: Mapped[int] = mapped_column(BigInteger, index=True)
    reason: Mapped[str] = mapped_column(String(32))  # new | corroborated
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    printed_at: Mapped[datetime | None] = mapped_column(DateTime)  # printed and written to the JSONL file
    webhook_url: Mapped[str | None] = mapped_column(Text)
    webhook_status: Mapped[str | None] = mapped_column(String(64))  # "200", "failed: ...", "given up"
    webhook_attempts: Mapped[int] = mapped_column(Integer, default=0)
    webhook_done: Mapped[int] = mapped_column(Integer, default=0)  # 1 when delivered or given up

    __table_args__ = (
        UniqueConstraint("watch", "event_id", "reason", name="uq_watch_alerts_watch_event_reason"),
    )
