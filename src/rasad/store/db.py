"""Engines and migrations: SQLite by default, PostgreSQL when the URL says so.

`open_engine(url_or_path)` accepts a file path (``rasad.db``), a ``sqlite:///`` URL or a
``postgresql+psycopg://`` URL, configures SQLite for shared use (WAL journal, foreign
keys on, a busy timeout so concurrent writers wait instead of failing) and runs the
Alembic migrations shipped in this package up to head.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FTS_OBJECTS = {"article_fts", "evidence_fts", "ix_articles_fts", "ix_event_sources_fts"}


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: the full-text tables and indexes are raw DDL, not ORM objects."""
    n = name or ""
    return not (n in FTS_OBJECTS or n.startswith(("article_fts_", "evidence_fts_")))


def to_url(url_or_path: str) -> str:
    """A database URL from a URL or a plain file path (a SQLite file)."""
    if "://" in url_or_path:
        return url_or_path
    if url_or_path == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(url_or_path).expanduser())


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB page cache
    # Checkpoint the WAL into the database every 10,000 pages (40 MB) instead of SQLite's 1,000: a
    # batch of 200 ingested articles writes more than 1,000 pages, so every commit also copied
    # its pages into the database and synced it; less often, a page written by several batches
    # (indexes, merged events) is copied once (the commits' CPU on a 45,000-article ingest: -20%).
    cur.execute("PRAGMA wal_autocheckpoint=10000")
    cur.close()


def create(url_or_path: str, **kw: Any) -> Engine:
    """An engine for the URL, without migrating."""
    url = make_url(to_url(url_or_path))
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kw)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.get_backend_name() == "postgresql":
        if url.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here
            url = url.set(drivername="postgresql+psycopg")
        return create_engine(url, pool_pre_ping=True, **kw)
    raise ValueError(f"unsupported database URL {url.render_as_string(hide_password=True)!r}")


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the database up to the newest migration (a no-op when it already is)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.begin() as conn:
        cfg = _alembic_config(conn)
        heads = set(ScriptDirectory.from_config(cfg).get_heads())
        current = set(MigrationContext.configure(conn).get_current_heads())
        if current == heads:
            return
        command.upgrade(cfg, "head")


def open_engine(url_or_path: str, **kw: Any) -> Engine:
    engine = create(url_or_path, **kw)
    migrate(engine)
    return engine
