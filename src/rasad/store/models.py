"""SQLAlchemy 2 models of the event database.

The schema (one Alembic migration chain in `rasad/store/migrations` creates it on both
SQLite and PostgreSQL):

- ``articles``: one row per distinct article (``content_hash`` is unique, so the same
  article ingested twice is stored once), with a bottom-k MinHash sketch of its word
  shingles for near-duplicate (wire copy) detection and the ``wire_group`` it belongs to.
- ``actors``: every actor seen, by its stable id (Wikidata QID or ``rasad:...``).
- ``events``: one row per real contact after merging across articles.
- ``event_actors``: who took part, with their role and title at the event's date.
- ``event_sources``: each article's report of the event (offsets, evidence, codes).
- ``event_topics``: topic tags, one row each, for filtering.
- ``issues``: per-document processing problems.

Full-text search lives outside the ORM (see `rasad.store.fts`): a SQLite FTS5 table, or
a PostgreSQL GIN index over ``to_tsvector('simple', search_text)``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so that migrations are the same on both back ends.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT primary keys autoincrement on PostgreSQL; on SQLite only INTEGER is the rowid.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(255), index=True)
    part: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    published_raw: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255), index=True)
    author: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="-")
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    wire_group: Mapped[int | None] = mapped_column(BigInteger, index=True)
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    name_en: Mapped[str | None] = mapped_column(Text)
    name_ar: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    wikidata: Mapped[str | None] = mapped_column(String(32))
    # normalize_key of name_en and name_ar joined by " | ", for name look-ups
    name_key: Mapped[str] = mapped_column(Text, default="")


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(16))
    type_class: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    first: Mapped[date | None] = mapped_column(Date)
    last: Mapped[date | None] = mapped_column(Date)
    location_name: Mapped[str | None] = mapped_column(Text)
    location_country: Mapped[str | None] = mapped_column(String(3))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float)
    n_sources: Mapped[int] = mapped_column(Integer, default=1)
    n_outlets: Mapped[int] = mapped_column(Integer, default=0)
    n_reports: Mapped[int] = mapped_column(Integer, default=1)
    first_reported: Mapped[date | None] = mapped_column(Date)
    last_reported: Mapped[date | None] = mapped_column(Date)
    merge_key: Mapped[str] = mapped_column(String(512))
    country_key: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_events_merge_key", "merge_key"),
        Index("ix_events_country_key_id", "country_key", "id", "merge_key"),  # migration 0004
        Index("ix_events_first", "first"),
        Index("ix_events_type_first", "type", "first"),
        Index("ix_events_confidence", "confidence"),
        Index("ix_events_n_sources", "n_sources"),
    )


class EventActorRow(Base):
    __tablename__ = "event_actors"

    event_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("events.id", ondelete="CASCADE"),
                                          primary_key=True)
    actor_id: Mapped[str] = mapped_column(String(255), ForeignKey("actors.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)  # source | target | mediator
    country: Mapped[str | None] = mapped_column(String(3))  # the actor's, copied for fast filters
    title: Mapped[str | None] = mapped_column(Text)
    # the event's first day as an ordinal (0 = undated): the index (actor_id, day, event_id)
    # answers "newest events of this actor" without sorting all of them (migration 0002)
    day: Mapped[int] = mapped_column(Integer, server_default="0")

    __table_args__ = (
        Index("ix_event_actors_actor", "actor_id", "event_id"),
        Index("ix_event_actors_actor_day", "actor_id", "day", "event_id"),
        Index("ix_event_actors_country", "country", "event_id"),
    )


class EventTopicRow(Base):
    __tablename__ = "event_topics"

    event_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("events.id", ondelete="CASCADE"),
                                          primary_key=True)
    topic: Mapped[str] = mapped_column(String(128), primary_key=True)

    __table_args__ = (Index("ix_event_topics_topic", "topic", "event_id"),)


class EventSourceRow(Base):
    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("events.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("articles.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # the event's position in the article's event list
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    first: Mapped[date | None] = mapped_column(Date)
    last: Mapped[date | None] = mapped_column(Date)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    trigger: Mapped[str] = mapped_column(Text, default="")
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    cameo: Mapped[str] = mapped_column(String(8), default="")
    plover_type: Mapped[str] = mapped_column(String(32), default="")
    plover_mode: Mapped[str] = mapped_column(String(32), default="")
    payload: Mapped[dict] = mapped_column(JSON)  # Event.to_rich(): the report exactly as extracted
    search_text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("article_id", "seq", name="uq_event_sources_article_seq"),
        Index("ix_event_sources_event_article", "event_id", "article_id"),  # migration 0004
    )


class IssueRow(Base):
    __tablename__ = "issues"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32), index=True)
    message: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16))
    created: Mapped[datetime] = mapped_column(DateTime)
