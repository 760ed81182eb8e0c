"""Merging across articles in the store: one event per contact, sources, outlets, wire copies."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.service.events import EventService
from rasad.store import Store
from store.factories import (
    BLINKEN,
    CAIRO,
    DOHA,
    EGYPT,
    KHALILZAD,
    NETANYAHU,
    SISI,
    TALIBAN,
    TALIBAN_DELEGATION,
    TEXT_A,
    article,
    event,
    unique_text,
)


@pytest.fixture
def svc(db_url: str):
    s = EventService(Store(db_url), kb=None)
    s._kb_loaded = True  # no knowledge base: these tests are about the store alone
    yield s
    s.close()


def add(svc: EventService, doc: str, *events, outlet: str | None = "A", published=date(2024, 3, 18), text=None):
    return svc.store.add_article(article(doc, text or unique_text(doc), outlet=outlet, published=published),
                                 [e if e.doc_id == doc else _redoc(e, doc) for e in events])


def _redoc(e, doc):
    from dataclasses import replace

    return replace(e, doc_id=doc)


def all_events(svc: EventService) -> list[dict]:
    return svc.events(sort="id", desc=False, limit=1000).items


def test_two_outlets_one_contact_one_event(svc: EventService) -> None:
    add(svc, "r1", event("r1", "meeting", (TALIBAN,), (KHALILZAD,), location=DOHA, confidence=0.6), outlet="Al Jazeera")
    out = add(svc, "r2", event("r2", "talks", (KHALILZAD,), (TALIBAN,), location=DOHA, confidence=0.5),
              outlet="Asharq Al-Awsat", published=date(2024, 3, 19))
    assert out.merged_events == 1 and out.new_events == 0
    [e] = all_events(svc)
    assert e["n_sources"] == 2 and e["n_outlets"] == 2 and e["n_reports"] == 2
    assert e["confidence"] == pytest.approx(0.8)
    assert e["first_reported"] == "2024-03-18" and e["last_reported"] == "2024-03-19"
    assert sorted(s["doc_id"] for s in e["sources"]) == ["r1", "r2"]
    assert e["location"] == {"name_en": "Doha", "country": "QAT"}


def test_a_call_filed_from_two_datelines_is_one_event(svc: EventService) -> None:
    # each outlet files a phone call from its own capital: the places differ, the contact is one
    add(svc, "c1", event("c1", "call", (NETANYAHU,), (SISI,), location=CAIRO), outlet="Al-Ahram")
    out = add(svc, "c2", event("c2", "call", (NETANYAHU,), (SISI,), location=DOHA), outlet="Al Jazeera")
    assert out.merged_events == 1
    [e] = all_events(svc)
    assert e["n_sources"] == 2


def test_meetings_in_two_countries_stay_apart(svc: EventService) -> None:
    add(svc, "m1", event("m1", "meeting", (NETANYAHU,), (SISI,), location=CAIRO), outlet="Al-Ahram")
    out = add(svc, "m2", event("m2", "meeting", (NETANYAHU,), (SISI,), location=DOHA), outlet="Al Jazeera")
    assert out.merged_events == 0 and len(all_events(svc)) == 2


def test_wire_copies_count_as_one_source(svc: EventService) -> None:
    add(svc, "w1", event("w1", confidence=0.6), outlet="X", text=TEXT_A)
    add(svc, "w2", event("w2", confidence=0.6), outlet="Y", text=TEXT_A + " (رويترز)")
    [e] = all_events(svc)
    assert e["n_reports"] == 2 and e["n_sources"] == 1 and e["n_outlets"] == 2
    assert e["confidence"] == pytest.approx(0.6)  # a copy is no corroboration
    groups = {s["wire_group"] for s in e["sources"]}
    assert len(groups) == 1


def test_different_dates_are_different_contacts(svc: EventService) -> None:
    add(svc, "a", event("a", first=date(2024, 3, 18)))
    add(svc, "b", event("b", first=date(2024, 5, 2)), published=date(2024, 5, 2))
    assert len(all_events(svc)) == 2


def test_range_and_day_merge_to_the_narrower_date(svc: EventService) -> None:
    add(svc, "a", event("a", first=date(2024, 3, 23), last=date(2024, 3, 31), status="planned"))
    add(svc, "b", event("b", first=date(2024, 3, 25)), published=date(2024, 3, 25))
    [e] = all_events(svc)
    assert e["when"] == {"start": "2024-03-25", "end": "2024-03-25"}
    assert e["status"] == "occurred"


def test_country_actor_merges_with_its_leader(svc: EventService) -> None:
    add(svc, "a", event("a", "call", (SISI,), (BLINKEN,)))
    add(svc, "b", event("b", "call", (EGYPT,), (BLINKEN,)))
    add(svc, "c", event("c", "call", (TALIBAN_DELEGATION,), (BLINKEN,)))
    evs = all_events(svc)
    assert [e["n_sources"] for e in evs] == [2, 1]
    assert {a["id"] for a in evs[0]["source"]} == {SISI.id, EGYPT.id}  # both names are searchable


def test_class_place_and_actor_mismatches_do_not_merge(svc: EventService) -> None:
    add(svc, "a", event("a", "meeting", location=DOHA))
    add(svc, "b", event("b", "call"))  # other class
    add(svc, "c", event("c", "meeting", location=CAIRO))  # other place
    add(svc, "d", event("d", "meeting", (NETANYAHU,), (SISI,)))  # other actors
    assert len(all_events(svc)) == 4


def test_two_events_of_one_article_are_never_merged(svc: EventService) -> None:
    add(svc, "a", event("a", evidence="لقاء أول"), event("a", evidence="لقاء ثان"))
    assert len(all_events(svc)) == 2


def test_incremental_and_idempotent(svc: EventService) -> None:
    add(svc, "a", event("a", topics=("gaza",)))
    add(svc, "b", event("b", topics=("hostages",)), outlet="B")
    before = all_events(svc)
    assert add(svc, "a", event("a")).duplicate and add(svc, "b", event("b")).duplicate
    assert all_events(svc) == before
    add(svc, "c", event("c", topics=("gaza",)), outlet="C")  # a later article joins the same event
    [e] = all_events(svc)
    assert e["n_sources"] == 3 and e["n_outlets"] == 3 and e["topics"] == ["gaza", "hostages"]


def test_undated_report_joins_an_event_reported_the_same_week(svc: EventService) -> None:
    add(svc, "a", event("a", first=date(2024, 3, 18)))
    add(svc, "b", event("b", first=None), published=date(2024, 3, 20))
    add(svc, "c", event("c", first=None), published=date(2024, 9, 1))
    assert [e["n_sources"] for e in all_events(svc)] == [2, 1]


def test_with_nothing_to_compare_only_wire_copies_merge(svc: EventService) -> None:
    add(svc, "a", event("a", first=None), published=None, text=TEXT_A)
    add(svc, "b", event("b", first=None), published=None)  # another article: maybe another meeting
    add(svc, "c", event("c", first=None), published=None, outlet="C", text=TEXT_A + " المصدر: وكالات")
    assert sorted(e["n_reports"] for e in all_events(svc)) == [1, 2]


def test_a_merged_report_does_not_put_an_actor_on_both_sides(svc: EventService) -> None:
    add(svc, "a", event("a", "visit", (SISI,), (BLINKEN,)))
    add(svc, "b", event("b", "visit", (BLINKEN,), (SISI, EGYPT)))
    [e] = all_events(svc)
    assert [a["id"] for a in e["source"]] == [SISI.id]
    assert sorted(a["id"] for a in e["target"]) == sorted([BLINKEN.id, EGYPT.id])
