"""Limits: document size, events per document and a real per-document time limit, all in Settings;
exceeding one is a clear per-document issue and the batch goes on."""

from __future__ import annotations

import json
import signal
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from rasad.errors import DocumentTimeout
from rasad.ingest import iter_raw
from rasad.service.deadline import deadline
from rasad.service.pipeline import Pipeline
from rasad.settings import Settings, load_settings
from rasad.types import Article

S_MEET = "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو وزير الخارجية الأمريكي أنتوني بلينكن في القدس اليوم الاثنين."
S_CALL = "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً بالرئيس الفلسطيني محمود عباس."
S_VISIT = "وزار الرئيس الفرنسي إيمانويل ماكرون العاصمة السعودية الرياض أمس والتقى ولي العهد الأمير محمد بن سلمان."
TEXT = f"{S_MEET} وبحث الجانبان الأوضاع في غزة. {S_CALL} {S_VISIT}"


def _spin(*_a: object, **_k: object) -> list:
    """An extractor stuck in pure Python forever: only a real time limit gets out of it."""
    while True:
        pass


def _run_bounded(fn, limit_s: float = 60.0):  # type: ignore[no-untyped-def]
    """Run fn in a thread; fail (instead of hanging the suite) if it has not returned in limit_s."""
    out: dict[str, object] = {}
    t = threading.Thread(target=lambda: out.setdefault("r", fn()), daemon=True)
    t.start()
    t.join(limit_s)
    assert not t.is_alive(), "the per-document time limit did not stop the document"
    return out["r"]


def test_settings_read_limits_from_environment() -> None:
    st = load_settings({"RASAD_MAX_DOC_BYTES": "1234", "RASAD_MAX_EVENTS_PER_DOC": "7", "RASAD_DOC_TIMEOUT_S": "2.5"})
    assert (st.max_doc_bytes, st.max_events_per_doc, st.doc_timeout_s) == (1234, 7, 2.5)


def test_timeout_interrupts_a_stuck_document_in_the_main_thread(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasad.extract.extract_events", _spin)
    p = Pipeline(kb=kb, settings=Settings(doc_timeout_s=0.3))
    before = signal.getsignal(signal.SIGALRM)
    res = p.process(Article("stuck", TEXT, published=date(2024, 3, 20), source="stuck.txt"))
    assert [i.code for i in res.issues] == ["LIMIT-002"]
    assert res.issues[0].source == "stuck.txt" and "limit 0.3 s" in res.issues[0].message
    assert res.events == ()
    # nothing left behind: no timer running, the previous handler back
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_timeout_interrupts_a_stuck_document_in_a_worker_thread(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasad.extract.extract_events", _spin)
    p = Pipeline(kb=kb, settings=Settings(doc_timeout_s=0.3))
    res = _run_bounded(lambda: p.process(Article("stuck", TEXT, source="api:1")))
    assert [i.code for i in res.issues] == ["LIMIT-002"]


def test_the_next_document_is_processed_normally_after_a_timeout(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    p = Pipeline(kb=kb, settings=Settings(doc_timeout_s=0.3))
    with monkeypatch.context() as m:
        m.setattr("rasad.extract.extract_events", _spin)
        assert p.process(Article("stuck", TEXT)).issues[0].code == "LIMIT-002"
    res = p.process(Article("ok", TEXT, published=date(2024, 3, 18)))
    assert not res.issues and len(res.events) >= 2


def test_a_timer_never_fires_after_its_block(kb) -> None:
    """A document finished in time must not be interrupted later (the thread goes on with other work)."""
    def work() -> str:
        with deadline(0.2):
            pass
        time.sleep(0.5)  # past the limit, outside the block
        return "done"

    assert _run_bounded(work) == "done"
    assert work() == "done"  # main thread (SIGALRM) path too


def test_deadline_raises_document_timeout_with_source() -> None:
    with pytest.raises(DocumentTimeout) as info, deadline(0.1, source="x.txt"):
        while True:
            pass
    assert info.value.source == "x.txt" and info.value.code == "LIMIT-002"


def test_real_pathological_document_is_stopped(kb) -> None:
    """A page of one 240 KB 'sentence' of trigger words (24,000 time expressions): seconds of work
    (at 60 KB it was, before the time-expression speed-up, and is now about the limit itself); the
    limit stops it."""
    text = "آب أبرق آب آب آب آب اختتمت تشرين ثاني آب 1 " * 6000
    p = Pipeline(kb=kb, settings=Settings(doc_timeout_s=0.5))
    res = _run_bounded(lambda: p.process(Article("soup", text, published=date(7, 10, 5))))
    assert [i.code for i in res.issues] == ["LIMIT-002"]


def test_too_many_events_keeps_the_first_and_warns(kb) -> None:
    p = Pipeline(kb=kb, settings=Settings(max_events_per_doc=1))
    res = p.process(Article("many", TEXT, published=date(2024, 3, 18), source="many.txt"))
    assert len(res.events) == 1
    assert [(i.code, i.severity) for i in res.issues] == [("LIMIT-001", "warning")]
    assert "kept the first 1" in res.issues[0].message


def test_too_many_events_article_is_still_stored(kb, tmp_path: Path) -> None:
    from rasad.service.events import EventService

    with EventService.open(str(tmp_path / "l.db"), kb=kb) as svc:
        rep = svc.ingest_articles([Article("many", TEXT, published=date(2024, 3, 18), source="many.txt")],
                                  settings=Settings(max_events_per_doc=1))
        assert (rep.stored, rep.failed, rep.warnings) == (1, 0, 1)
        assert svc.stats()["events"] == 1
        assert [i["code"] for i in svc.issues()] == ["LIMIT-001"]


def test_oversized_text_is_refused_by_the_pipeline(kb) -> None:
    p = Pipeline(kb=kb, settings=Settings(max_doc_bytes=1000))
    res = p.process(Article("big", TEXT * 10, source="big.txt"))
    assert [i.code for i in res.issues] == ["INPUT-005"] and res.events == ()
    assert p.process(Article("small", TEXT)).issues == ()


def test_oversized_files_and_lines_are_refused_by_the_reader(tmp_path: Path) -> None:
    st = Settings(max_doc_bytes=2000)
    (tmp_path / "big.txt").write_text(TEXT * 20, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": TEXT}), json.dumps({"id": "b", "text": TEXT * 20}),
             json.dumps({"id": "c", "text": TEXT})]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(getattr(x, "code", None), getattr(x, "line", None), getattr(x, "doc_id", None))
           for x in iter_raw([str(tmp_path)], st)]
    assert got == [("INPUT-005", None, None), (None, None, "a"), ("INPUT-005", 2, None), (None, None, "c"),
                   (None, None, "ok")]


def test_stray_exception_in_a_stage_is_a_document_issue(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> list:
        raise KeyError("bug")

    monkeypatch.setattr("rasad.extract.extract_events", boom)
    res = Pipeline(kb=kb).process(Article("bug", TEXT, source="bug.txt"))
    assert [i.code for i in res.issues] == ["PIPE-000"] and "KeyError" in res.issues[0].message

