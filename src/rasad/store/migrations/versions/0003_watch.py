"""Monitoring state (rasad watch): sources, items seen, raw pages, fetch failures, alerts.

The models are in rasad/watch/models.py (on the store's Base).

Revision ID: 0003_watch
Revises: 0002
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_watch"
down_revision = "0002"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("last_polled", sa.DateTime()),
        sa.Column("next_due", sa.DateTime()),
        sa.Column("last_status", sa.Integer()),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.PrimaryKeyConstraint("name", name="pk_watch_sources"),
    )
    op.create_table(
        "watch_items",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("key", sa.String(1024), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Text()),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_watch_items"),
        sa.UniqueConstraint("source", "key", name="uq_watch_items_source_key"),
    )
    op.create_table(
        "watch_pages",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("url_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("final_url", sa.Text()),
        sa.Column("status", sa.Integer()),
        sa.Column("content_type", sa.String(255)),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("body", sa.LargeBinary()),
        sa.Column("body_sha256", sa.String(64)),
        sa.Column("fetched_at", sa.DateTime()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try", sa.DateTime()),
        sa.Column("error_code", sa.String(32)),
        sa.Column("error", sa.Text()),
        sa.Column("article_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_watch_pages"),
        sa.UniqueConstraint("url_hash", name="uq_watch_pages_url_hash"),
    )
    op.create_index("ix_watch_pages_source_state", "watch_pages", ["source", "state"])
    op.create_table(
        "watch_failures",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(255)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("final", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_watch_failures"),
    )
    op.create_index("ix_watch_failures_at", "watch_failures", ["at"])
    op.create_table(
        "watch_alerts",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("watch", sa.String(255), nullable=False),
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("printed_at", sa.DateTime()),
        sa.Column("webhook_url", sa.Text()),
        sa.Column("webhook_status", sa.String(64)),
        sa.Column("webhook_attempts", sa.Integer(), nullable=False),
        sa.Column("webhook_done", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_watch_alerts"),
        sa.UniqueConstraint("watch", "event_id", "reason", name="uq_watch_alerts_watch_event_reason"),
    )
    op.create_index("ix_watch_alerts_created_at", "watch_alerts", ["created_at"])
    op.create_index("ix_watch_alerts_event_id", "watch_alerts", ["event_id"])


def downgrade() -> None:
    for table in ("watch_alerts", "watch_failures", "watch_pages", "watch_items", "watch_sources"):
        op.drop_table(table)
