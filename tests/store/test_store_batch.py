"""Batched writes (Store.add_articles, EventService.store_results): one transaction per batch, each
article atomic inside it, merging within the batch as across batches."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from rasad.errors import DocIssue
from rasad.service.events import EventService
from rasad.service.pipeline import ArticleResult
from rasad.store import Store
from rasad.store.repo import ACTORS, ARTICLES, EVENTS, ISSUES, SOURCES, prepare
from store.factories import BLINKEN, EGYPT, SISI, TEXT_A, article, event, unique_text


@pytest.fixture
def svc(db_url: str):
    s = EventService(Store(db_url), kb=None)
    s._kb_loaded = True
    yield s
    s.close()


def _count(store: Store, table) -> int:
    with store.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(table)).scalar_one())


def _result(doc: str, *events, text: str | None = None, outlet: str = "A", published=date(2024, 3, 18)):
    from dataclasses import replace

    return ArticleResult(article(doc, text or unique_text(doc), outlet=outlet, published=published),
                         events=tuple(replace(e, doc_id=doc) for e in events))


def test_a_batch_merges_within_itself_like_one_article_at_a_time(db_url: str, tmp_path) -> None:
    batch = [_result("a", event("a")), _result("b", event("b"), outlet="B"),
             _result("c", event("c", "call", (SISI,), (BLINKEN,)), outlet="C"),
             _result("d", event("d", "call", (EGYPT,), (BLINKEN,)), outlet="D")]
    with EventService(Store(db_url), kb=None) as one_by_one:
        for r in batch:
            one_by_one.store_result(r)
        want = one_by_one.events(sort="id", desc=False, limit=100).items
    with EventService(Store(str(tmp_path / "batch.db")), kb=None) as batched:
        rep = batched.store_results(batch)
        got = batched.events(sort="id", desc=False, limit=100).items
    assert (rep.stored, rep.new_events, rep.merged_events) == (4, 2, 2)
    assert [(e["n_sources"], e["n_outlets"]) for e in got] == [(2, 2), (2, 2)]
    strip = [{k: v for k, v in e.items() if k not in ("id", "sources")} for e in want]
    assert [{k: v for k, v in e.items() if k not in ("id", "sources")} for e in got] == strip


def test_a_failing_article_is_rolled_back_alone(svc: EventService, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasad.store import repo

    real = repo._Merger.add

    def failing_add(self, seq, ev):
        if self.article.doc_id == "bad":
            raise RuntimeError("disk full")
        return real(self, seq, ev)

    monkeypatch.setattr(repo._Merger, "add", failing_add)
    new_actor = event("bad", "call", (EGYPT,), (BLINKEN,))  # EGYPT is stored by no other article
    rep = svc.store_results([_result("a", event("a")), _result("bad", new_actor),
                             _result("b", event("b"), outlet="B"),
                             DocIssue("x.bin", None, "INPUT-003", "binary content, not text")])
    assert (rep.documents, rep.stored, rep.failed) == (4, 2, 2)
    assert {i.code for i in rep.issues} == {"STORE-000", "INPUT-003"}
    st = svc.store
    assert _count(st, ARTICLES) == 2 and _count(st, EVENTS) == 1 and _count(st, SOURCES) == 2
    with st.engine.connect() as c:
        assert c.execute(select(ACTORS.c.id).where(ACTORS.c.id == EGYPT.id)).first() is None
        assert {r for (r,) in c.execute(select(ISSUES.c.code))} == {"STORE-000", "INPUT-003"}
    # the actor the failed article brought was rolled back, and is written when it comes again
    monkeypatch.setattr(repo._Merger, "add", real)
    again = svc.store_results([_result("bad", new_actor)])
    assert again.stored == 1
    with st.engine.connect() as c:
        assert c.execute(select(ACTORS.c.id).where(ACTORS.c.id == EGYPT.id)).first() is not None


def test_repeats_within_a_batch_and_across_batches_are_stored_once(svc: EventService) -> None:
    r = _result("w1", event("w1"), text=TEXT_A)
    copy = ArticleResult(article("w1-copy", TEXT_A.replace(" ", "  ")), events=r.events)  # same content hash
    rep = svc.store_results([r, copy, r])
    assert (rep.stored, rep.duplicates) == (1, 2)
    again = svc.store_results([r, prepare(copy.article, copy.events)])
    assert (again.stored, again.duplicates) == (0, 2)
    assert _count(svc.store, ARTICLES) == 1 and _count(svc.store, SOURCES) == 1


def test_prepared_results_store_like_results(svc: EventService, tmp_path) -> None:
    rs = [_result("a", event("a")), _result("b", event("b"), outlet="B"), _result("w", event("w"), text=TEXT_A),
          _result("w2", event("w2"), text=TEXT_A + " (رويترز)", outlet="C")]
    svc.store_results([prepare(r.article, r.events, r.issues) for r in rs])
    with EventService(Store(str(tmp_path / "plain.db")), kb=None) as plain:
        plain.store_results(rs)
        want = plain.events(sort="id", desc=False, limit=100).items
    got = svc.events(sort="id", desc=False, limit=100).items
    assert [(e["n_sources"], e["n_reports"], e["confidence"]) for e in got] == \
        [(e["n_sources"], e["n_reports"], e["confidence"]) for e in want] == [(3, 4, pytest.approx(0.973))]  # a, b and one wire pair


def test_ingest_in_batches_skips_the_pipeline_for_repeats(db_url: str) -> None:
    from store.factories import FakePipeline

    arts = [article(f"d{i}", unique_text(f"d{i}")) for i in range(7)]
    pipe = FakePipeline({a.doc_id: (event(a.doc_id),) for a in arts})
    seen: list[int] = []
    with EventService(Store(db_url), kb=None) as svc:
        rep = svc.ingest_articles([*arts, arts[0], arts[3]], pipeline=pipe, batch_size=3,
                                  on_item=lambda _i, r: seen.append(r.documents))
        assert (rep.documents, rep.stored, rep.duplicates) == (9, 7, 2) and pipe.calls == 7
        assert seen == [3, 3, 3, 6, 6, 6, 9, 9, 9]  # called once each document's batch is stored
        [e] = svc.events(limit=10).items
        assert e["n_reports"] == 7


def _rows(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table (and the full-text bodies), times of writing left out."""
    from rasad.store.models import Base

    skip = {"ingested_at", "created_at", "updated_at", "created"}
    out: dict[str, list[tuple]] = {}
    with store.engine.connect() as c:
        for name, table in Base.metadata.tables.items():
            cols = [col for col in table.columns if col.name not in skip]
            out[name] = [tuple(r) for r in c.execute(select(*cols).order_by(*table.primary_key.columns))]
        for fts in ("article_fts", "evidence_fts"):
            out[fts] = [tuple(r) for r in c.exec_driver_sql(f"SELECT rowid, body FROM {fts} ORDER BY rowid")]
    return out


def test_the_sqlite_fast_path_writes_what_sqlalchemy_writes(tmp_path) -> None:
    from rasad.errors import DocIssue
    from store.factories import ABBAS, CAIRO, DOHA, QATAR, TEXT_A

    batches = [
        [_result("a", event("a", topics=("gaza", "hostages"), location=DOHA)),
         _result("b", event("b", topics=("gaza",)), outlet="B"),  # merges into a's event
         _result("c", event("c", "call", (SISI,), (BLINKEN,), first=None, last=None), outlet=None),
         DocIssue("x.bin", None, "INPUT-003", "binary content, not text")],
        [_result("w", event("w", "visit", (ABBAS,), (QATAR,), location=CAIRO, mediators=(EGYPT,)), text=TEXT_A),
         _result("w2", event("w2", "visit", (ABBAS,), (QATAR,)), text=TEXT_A + " (رويترز)", outlet="C"),  # wire copy
         ArticleResult(article("i", unique_text("i"), published=None),
                       issues=(DocIssue("i.txt", 3, "READ-001", "a warning", "warning"),)),
         _result("d", event("d", "call", (EGYPT,), (BLINKEN,), first=date(2024, 3, 19)), outlet="D")],
    ]
    got = {}
    for fast in (True, False):
        st = Store(str(tmp_path / f"{fast}.db"))
        st.fast_sqlite = fast
        with EventService(st, kb=None) as s:
            for b in batches:
                s.store_results(b)
            got[fast] = _rows(st)
    assert got[True]["events"] and got[True]["event_actors"] and got[True]["event_topics"] and got[True]["issues"]
    assert got[True] == got[False]


def test_the_sqlite_fast_path_raises_sqlalchemy_errors(tmp_path) -> None:
    from sqlalchemy.exc import IntegrityError

    from rasad.store.repo import _INS_ARTICLE, _Exec

    st = Store(str(tmp_path / "e.db"))
    from datetime import datetime

    row = {"doc_id": "a", "part": 1, "text": "x", "content_hash": "h", "source": "a.txt", "n_events": 0,
           "ingested_at": datetime(2024, 3, 18)}
    with st.engine.connect() as conn:
        x = _Exec(st, conn)
        assert x.cur is not None  # the fast path
        x.insert(_INS_ARTICLE, row)
        with pytest.raises(IntegrityError):
            x.insert(_INS_ARTICLE, {**row, "doc_id": "b"})  # same content hash
    st.close()
