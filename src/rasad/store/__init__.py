"""The event database (SQLAlchemy 2; SQLite by default, PostgreSQL by URL; Alembic migrations).

    from rasad.store import Store
    store = Store("rasad.db")            # or "postgresql+psycopg://user:pw@host/db"
    store.add_article(article, events)   # one transaction, idempotent by content hash

Reads go through rasad.service.events.EventService.
"""

# The monitor's tables (migration 0003_watch) live on the same Base: load them so that
# Base.metadata always describes the whole schema.
import rasad.watch.models  # noqa: F401
from rasad.store.db import open_engine, to_url
from rasad.store.repo import AddOutcome, Store

__all__ = ["AddOutcome", "Store", "open_engine", "to_url"]
