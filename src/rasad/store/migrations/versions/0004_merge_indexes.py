"""Indexes for the single writer's merge reads, so their cost does not grow with the database.

- events (country_key, id, merge_key) instead of (country_key): the lenient merge candidates are
  the newest events of a country key with *another* exact key; the old index made SQLite look up
  every event row of the country key newer than the 50th such event (all of the busiest pair's
  events, when one exact key dominates its country key) to test merge_key. This one is read in
  id order and carries merge_key, so skipped events cost an index entry, not a row.
- event_sources (event_id, article_id) instead of (event_id): the wire-copy checks list the
  articles reporting an event from the index alone (event_sources rows carry the evidence and
  the JSON payload). Read in article order, which for one event is also source order.

Revision ID: 0004_merge_indexes
Revises: 0003_watch
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0004_merge_indexes"
down_revision = "0003_watch"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_country_key_id", "events", ["country_key", "id", "merge_key"])
    op.drop_index("ix_events_country_key", table_name="events")
    op.create_index("ix_event_sources_event_article", "event_sources", ["event_id", "article_id"])
    op.drop_index("ix_event_sources_event", table_name="event_sources")


def downgrade() -> None:
    op.create_index("ix_event_sources_event", "event_sources", ["event_id"])
    op.drop_index("ix_event_sources_event_article", table_name="event_sources")
    op.create_index("ix_events_country_key", "events", ["country_key"])
    op.drop_index("ix_events_country_key_id", table_name="events")
