"""Initial schema: articles, actors, events, event actors/topics/sources, issues, full-text.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("published_raw", sa.Text()),
        sa.Column("outlet", sa.String(255)),
        sa.Column("author", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("minhash", sa.LargeBinary()),
        sa.Column("wire_group", sa.BigInteger()),
        sa.Column("n_events", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text()),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    op.create_index("ix_articles_doc_id", "articles", ["doc_id"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_articles_wire_group", "articles", ["wire_group"])

    op.create_table(
        "actors",
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("name_en", sa.Text()),
        sa.Column("name_ar", sa.Text()),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("wikidata", sa.String(32)),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
    )
    op.create_index("ix_actors_country", "actors", ["country"])

    op.create_table(
        "events",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("type_class", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("first", sa.Date()),
        sa.Column("last", sa.Date()),
        sa.Column("location_name", sa.Text()),
        sa.Column("location_country", sa.String(3)),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("n_outlets", sa.Integer(), nullable=False),
        sa.Column("n_reports", sa.Integer(), nullable=False),
        sa.Column("first_reported", sa.Date()),
        sa.Column("last_reported", sa.Date()),
        sa.Column("merge_key", sa.String(512), nullable=False),
        sa.Column("country_key", sa.String(512), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_merge_key", "events", ["merge_key"])
    op.create_index("ix_events_country_key", "events", ["country_key"])
    op.create_index("ix_events_first", "events", ["first"])
    op.create_index("ix_events_type_first", "events", ["type", "first"])
    op.create_index("ix_events_confidence", "events", ["confidence"])
    op.create_index("ix_events_n_sources", "events", ["n_sources"])

    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("actor_id", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("title", sa.Text()),
        sa.PrimaryKeyConstraint("event_id", "actor_id", "role", name="pk_event_actors"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_event_actors_event_id_events"),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name="fk_event_actors_actor_id_actors"),
    )
    op.create_index("ix_event_actors_actor", "event_actors", ["actor_id", "event_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country", "event_id"])

    op.create_table(
        "event_topics",
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("topic", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "topic", name="pk_event_topics"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_event_topics_event_id_events"),
    )
    op.create_index("ix_event_topics_topic", "event_topics", ["topic", "event_id"])

    op.create_table(
        "event_sources",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("first", sa.Date()),
        sa.Column("last", sa.Date()),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("trigger_start", sa.Integer(), nullable=False),
        sa.Column("trigger_end", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("plover_type", sa.String(32), nullable=False),
        sa.Column("plover_mode", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_event_sources"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_event_sources_event_id_events"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_event_sources_article_id_articles"),
        sa.UniqueConstraint("article_id", "seq", name="uq_event_sources_article_seq"),
    )
    op.create_index("ix_event_sources_event", "event_sources", ["event_id"])

    op.create_table(
        "issues",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer()),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_issues"),
    )
    op.create_index("ix_issues_code", "issues", ["code"])

    # Full-text search over normalised Arabic (see rasad.store.fts).
    if op.get_bind().dialect.name == "sqlite":
        # Contentless FTS5 tables: rowid = articles.id / event_sources.id; the indexed text is
        # the row's search_text (normalize_key of the text plus clitic-stripped stems).
        op.execute("CREATE VIRTUAL TABLE article_fts USING fts5(body, content='', tokenize='unicode61')")
        op.execute("CREATE VIRTUAL TABLE evidence_fts USING fts5(body, content='', tokenize='unicode61')")
    else:
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('simple', search_text))")
        op.execute("CREATE INDEX ix_event_sources_fts ON event_sources "
                   "USING gin (to_tsvector('simple', search_text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS evidence_fts")
        op.execute("DROP TABLE IF EXISTS article_fts")
    for table in ("issues", "event_sources", "event_topics", "event_actors", "events", "actors", "articles"):
        op.drop_table(table)
