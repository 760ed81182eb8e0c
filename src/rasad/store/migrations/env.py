"""Alembic environment for rasad's store, run programmatically by `rasad.store.db.migrate`.

The caller passes an open connection in ``config.attributes["connection"]``; there is
no alembic.ini and no offline mode (the store always migrates the live database).
"""

from __future__ import annotations

from alembic import context

from rasad.store.db import include_object
from rasad.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached if someone runs `alembic` by hand
    raise RuntimeError("rasad migrations run through rasad.store.db.migrate(engine)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
