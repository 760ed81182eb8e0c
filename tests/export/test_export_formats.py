"""Exports: contract JSON Lines per document, CSV with BOM, PLOVER-style records; --where filters."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from rasad.export import export
from rasad.service.events import EventFilter, EventService
from rasad.store import Store
from store.factories import (
    ABBAS,
    BLINKEN,
    DOHA,
    KHALILZAD,
    NETANYAHU,
    QATAR,
    SISI,
    TALIBAN,
    article,
    event,
    unique_text,
)

SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "spec" / "events.schema.json"


@pytest.fixture
def svc(db_url: str):
    s = EventService(Store(db_url), kb=None)
    s._kb_loaded = True
    st = s.store
    st.add_article(article("n1", unique_text("n1"), outlet="A"), [
        event("n1", "meeting", (NETANYAHU,), (BLINKEN,), topics=("gaza",), evidence="التقى نتنياهو بلينكن")])
    st.add_article(article("s1", unique_text("s1"), outlet="B"), [
        event("s1", "call", (SISI,), (ABBAS,), evidence="اتصل السيسي بعباس, وقال \"نعم\""),
        event("s1", "invitation", (SISI,), (ABBAS,), status="planned", first=date(2024, 4, 1), last=date(2024, 4, 7),
              evidence="ودعاه لزيارة القاهرة")])
    for doc in ("k1", "k2"):
        st.add_article(article(doc, unique_text(doc), outlet=doc.upper()), [
            event(doc, "talks", (TALIBAN,), (KHALILZAD,), mediators=(QATAR,), location=DOHA,
                  evidence="مفاوضات بين طالبان وخليل زاد بوساطة قطرية")])
    st.add_article(article("empty", unique_text("empty")), [])
    yield s
    s.close()


def run(svc: EventService, fmt: str, **where) -> str:
    buf = io.StringIO()
    export(svc, fmt, buf, EventFilter(**where))
    return buf.getvalue()


def test_jsonl_is_the_contract_per_document(svc: EventService) -> None:
    docs = [json.loads(line) for line in run(svc, "jsonl").splitlines()]
    assert [d["doc_id"] for d in docs] == ["n1", "s1", "k1", "k2", "empty"]
    assert [len(d["events"]) for d in docs] == [1, 2, 1, 1, 0]
    k1, k2 = docs[2]["events"][0], docs[3]["events"][0]
    assert k1["event_id"] == k2["event_id"]  # one merged event, two documents
    assert k1["mediators"][0]["name_en"] == "Qatar" and k1["when"] == {"start": "2024-03-18", "end": "2024-03-18"}
    if SCHEMA.exists():
        import jsonschema

        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        for d in docs:
            jsonschema.validate(d, schema)


def test_jsonl_where(svc: EventService) -> None:
    docs = [json.loads(line) for line in run(svc, "jsonl", actor="Sisi", type="invitation").splitlines()]
    assert [(d["doc_id"], [e["type"] for e in d["events"]]) for d in docs] == [("s1", ["invitation"])]


def test_csv_has_bom_one_row_per_event_and_quotes(svc: EventService) -> None:
    text = run(svc, "csv")
    assert text.startswith("\ufeffevent_id,")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 4
    talks = next(r for r in rows if r["type"] == "talks")
    assert talks["source"] == "Taliban" and talks["mediators"] == "Qatar" and talks["n_sources"] == "2"
    assert talks["outlets"] == "K1; K2" and talks["doc_ids"] == "k1; k2"
    call = next(r for r in rows if r["type"] == "call")
    assert call["evidence"] == 'اتصل السيسي بعباس, وقال "نعم"' and call["source_countries"] == "EGY"
    assert len(list(csv.DictReader(io.StringIO(run(svc, "csv", country="AFG").lstrip("\ufeff"))))) == 1


def test_plover(svc: EventService) -> None:
    recs = [json.loads(line) for line in run(svc, "plover").splitlines()]
    by_type = {(r["rasad_type"], r["event_type"]) for r in recs}
    assert by_type == {("meeting", "CONSULT"), ("call", "CONSULT"), ("invitation", "AGREE"), ("talks", "CONSULT"),
                       ("talks", "MEDIATE")}
    med = next(r for r in recs if r["event_type"] == "MEDIATE")
    assert med["actor1"][0]["name"] == "Qatar" and {a["name"] for a in med["actor2"]} == {"Taliban", "Zalmay Khalilzad"}
    assert len(med["sources"]) == 2 and med["location"] == {"name": "Doha", "country": "QAT"}
    assert all(r["date"] for r in recs)


def test_unknown_format(svc: EventService) -> None:
    with pytest.raises(ValueError):
        run(svc, "xml")
