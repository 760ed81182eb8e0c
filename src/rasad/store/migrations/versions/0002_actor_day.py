"""event_actors.day: the event's first day (ordinal, 0 when undated) beside the actor, indexed
(actor_id, day, event_id), so "newest events of an actor" reads an index range instead of
sorting every event of a busy actor.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event_actors", sa.Column("day", sa.Integer(), nullable=False, server_default="0"))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE event_actors SET day = COALESCE((SELECT CAST(julianday(e.first) - 1721424.5 AS INTEGER) "
                   "FROM events e WHERE e.id = event_actors.event_id), 0)")
    else:
        op.execute("UPDATE event_actors ea SET day = COALESCE(e.first - DATE '0001-01-01' + 1, 0) "
                   "FROM events e WHERE e.id = ea.event_id")
    op.create_index("ix_event_actors_actor_day", "event_actors", ["actor_id", "day", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_actors_actor_day", table_name="event_actors")
    with op.batch_alter_table("event_actors") as b:
        b.drop_column("day")
