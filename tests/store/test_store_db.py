"""The store: migrations on both back ends, idempotent and atomic article writes, full-text."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from rasad.errors import DocIssue, StoreError
from rasad.store import Store
from rasad.store.db import include_object, to_url
from rasad.store.models import Base
from rasad.store.repo import ACTORS, ARTICLES, EVENTS, ISSUES, SOURCES
from store.factories import NETANYAHU, TEXT_A, article, event, unique_text


@pytest.fixture
def store(db_url: str):
    s = Store(db_url)
    yield s
    s.close()


def _count(s: Store, table) -> int:
    with s.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(table)).scalar_one())


def test_migrations_match_models(store: Store) -> None:
    with store.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(mc, Base.metadata) == []
        from alembic.script import ScriptDirectory

        from rasad.store.db import _alembic_config

        head = ScriptDirectory.from_config(_alembic_config(conn)).get_current_head()
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head


def test_reopening_does_not_migrate_again(db_url: str) -> None:
    Store(db_url).close()
    s = Store(db_url)  # a second open finds the schema at head
    with s.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    s.close()


def test_sqlite_is_configured_for_sharing(tmp_path) -> None:
    s = Store(str(tmp_path / "x.db"))
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    s.close()


def test_urls() -> None:
    assert to_url("rasad.db") == "sqlite:///rasad.db"
    assert to_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
    assert to_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"


def test_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        Store("mysql://nobody@nowhere/x")


def test_same_article_twice_is_stored_once(store: Store) -> None:
    a = article("d1", TEXT_A)
    first = store.add_article(a, [event("d1")])
    # same text with different whitespace and another doc id: same content hash
    again = store.add_article(article("d1-copy", TEXT_A.replace(" ", "  ")), [event("d1-copy")])
    assert not first.duplicate and first.new_events == 1
    assert again.duplicate and again.article_id == first.article_id
    assert _count(store, ARTICLES) == 1
    assert _count(store, EVENTS) == 1
    assert _count(store, SOURCES) == 1


def test_article_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasad.store import repo

    calls = {"n": 0}
    real = repo._Merger.add

    def failing_add(self, seq, ev):  # the second event fails after the first was written
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(self, seq, ev)

    monkeypatch.setattr(repo._Merger, "add", failing_add)
    with pytest.raises(RuntimeError):
        store.add_article(article("d1", TEXT_A), [event("d1"), event("d1", "call")])
    for table in (ARTICLES, EVENTS, SOURCES, ACTORS):
        assert _count(store, table) == 0
    monkeypatch.setattr(repo._Merger, "add", real)
    out = store.add_article(article("d1", TEXT_A), [event("d1"), event("d1", "call")])
    assert out.new_events == 2


def test_issues_are_stored_with_the_article(store: Store) -> None:
    w = DocIssue("d1.txt", None, "LIMIT-001", "too many events", "warning")
    store.add_article(article("d1", TEXT_A), [], [w])
    store.add_issues([DocIssue("bad.bin", 3, "INPUT-003", "binary content, not text")])
    with store.engine.connect() as c:
        rows = c.execute(select(ISSUES.c.source, ISSUES.c.line, ISSUES.c.code, ISSUES.c.severity)
                         .order_by(ISSUES.c.id)).all()
    assert [tuple(r) for r in rows] == [("d1.txt", None, "LIMIT-001", "warning"), ("bad.bin", 3, "INPUT-003", "error")]


def test_actor_rows_keep_names_for_lookup(store: Store) -> None:
    store.add_article(article("d1", TEXT_A), [event("d1")])
    with store.engine.connect() as c:
        key = c.execute(select(ACTORS.c.name_key).where(ACTORS.c.id == NETANYAHU.id)).scalar_one()
    assert key == "benjamin netanyahu | بنيامين نتنياهو"


def test_article_full_text_is_normalised(store: Store) -> None:
    from rasad.service.events import EventService

    store.add_article(article("d1", TEXT_A), [])
    store.add_article(article("d2", unique_text("x")), [])
    svc = EventService(store)
    # taa marbuta, alef-hamza and alef maqsura are folded, and clitics are stripped
    assert [a["doc_id"] for a in svc.articles("غزه")] == ["d1"]
    assert [a["doc_id"] for a in svc.articles("الأسرى")] == ["d1"]
    assert [a["doc_id"] for a in svc.articles("اسري")] == ["d1"]
    assert [a["doc_id"] for a in svc.articles("جهود")] == ["d1"]  # the text has الجهود
    assert [a["doc_id"] for a in svc.articles("سوريا")] == []
    assert svc.articles("كلمةx3")[0]["doc_id"] == "d2"
    assert svc.articles('"; DROP TABLE articles; --') == []
    assert len(svc.articles()) == 2
