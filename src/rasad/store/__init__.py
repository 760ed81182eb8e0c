"""The event database (SQLAlchemy 2; SQLite by default, PostgreSQL by URL; Alembic migrations).

    from rasad.store import Store
    store = Store("rasad.db")            # or "postgresql+psycopg://user:pw@host/db"
    store.add_article(article, events)   # one transaction, idempotent by content hash

Reads go through rasad.service.events.EventService.
"""

from rasad.store.db import open_engine, to_url
from rasad.store.repo import AddOutcome, Store

__all__ = ["AddOutcome", "Store", "open_engine", "to_url"]
