"""The event service: every query filter, sorting, paging and the ingest loop (fake extractor)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.errors import DocIssue, NotFound
from rasad.service.events import EventFilter, EventService
from rasad.store import Store
from store.factories import (
    ABBAS,
    BLINKEN,
    DOHA,
    KHALILZAD,
    NETANYAHU,
    SISI,
    TALIBAN,
    FakePipeline,
    article,
    event,
    unique_text,
)


class FakeKB:
    """kb.search: a nickname only the knowledge base knows."""

    def search(self, q: str):
        return [NETANYAHU] if q == "بيبي" else []


@pytest.fixture
def svc(db_url: str):
    s = EventService(Store(db_url), kb=FakeKB())
    st = s.store
    st.add_article(article("n1", unique_text("n1"), outlet="Outlet A", published=date(2024, 3, 18)), [
        event("n1", "meeting", (NETANYAHU,), (BLINKEN,), first=date(2024, 3, 18), topics=("gaza", "hostages"),
              evidence="التقى رئيس الوزراء نتنياهو وزير الخارجية بلينكن في القدس", confidence=0.9)])
    st.add_article(article("s1", unique_text("s1"), outlet="Outlet B", published=date(2024, 3, 20)), [
        event("s1", "call", (SISI,), (ABBAS,), first=date(2024, 3, 20), topics=("gaza",),
              evidence="أجرى الرئيس السيسي اتصالاً هاتفياً بالرئيس الفلسطيني محمود عباس", confidence=0.8)])
    for doc, outlet in (("k1", "Outlet C"), ("k2", "Outlet D")):
        st.add_article(article(doc, unique_text(doc), outlet=outlet, published=date(2020, 2, 29)), [
            event(doc, "meeting", (TALIBAN,), (KHALILZAD,), first=date(2020, 2, 29), location=DOHA,
                  evidence="التقى وفد طالبان المبعوث الأمريكي زلماي خليل زاد في الدوحة", confidence=0.5)])
    st.add_article(article("i1", unique_text("i1"), outlet="Outlet A", published=date(2024, 3, 22)), [
        event("i1", "invitation", (SISI,), (NETANYAHU,), first=date(2024, 4, 1), last=date(2024, 4, 7),
              status="planned", evidence="وجه السيسي دعوة إلى نتنياهو لزيارة القاهرة", confidence=0.6)])
    yield s
    s.close()


def ids(svc: EventService, **kw) -> list[str]:
    """Doc ids of the first source of each event returned (sorted by date, newest first)."""
    sort = kw.pop("sort", "date")
    page = svc.events(EventFilter(**kw), sort=sort)
    return [e["sources"][0]["doc_id"] for e in page.items]


def test_no_filter_newest_first(svc: EventService) -> None:
    assert ids(svc) == ["i1", "s1", "n1", "k1"]


@pytest.mark.parametrize("q", ["نتنياهو", "نتنیاهو", "Netanyahu", "benjamin netanyahu", "Q43723", "بيبي"])
def test_actor_by_any_name(svc: EventService, q: str) -> None:
    assert ids(svc, actor=q) == ["i1", "n1"]


def test_actor_names_match_whole_words(svc: EventService) -> None:
    assert ids(svc, actor="Netan") == []
    assert ids(svc, actor="nobody at all") == []


def test_pair_of_actors(svc: EventService) -> None:
    assert ids(svc, actor="السيسي", with_actor="نتنياهو") == ["i1"]
    assert ids(svc, actor="Sisi", with_actor="Blinken") == []


def test_country_type_status(svc: EventService) -> None:
    assert ids(svc, country="EGY") == ["i1", "s1"]
    assert ids(svc, country="afg,pse") == ["s1", "k1"]
    assert ids(svc, type="call") == ["s1"]
    assert ids(svc, type="call,invitation") == ["i1", "s1"]
    assert ids(svc, type_class="in-person") == ["n1", "k1"]
    assert ids(svc, status="planned") == ["i1"]


def test_date_range_overlap(svc: EventService) -> None:
    assert ids(svc, since=date(2024, 3, 19), until=date(2024, 3, 31)) == ["s1"]
    assert ids(svc, since=date(2024, 4, 5)) == ["i1"]
    assert ids(svc, until=date(2021, 1, 1)) == ["k1"]


def test_topic_outlet_sources(svc: EventService) -> None:
    assert ids(svc, topic="gaza") == ["s1", "n1"]
    assert ids(svc, outlet="outlet a") == ["i1", "n1"]
    assert ids(svc, outlet="Outlet D") == ["k1"]  # reported by k2 too
    assert ids(svc, min_sources=2) == ["k1"]
    assert ids(svc, doc_id="k2") == ["k1"]


@pytest.mark.parametrize("q,want", [
    ("اتصالا هاتفيا", ["s1"]),   # tanween dropped
    ("الفلسطينى", ["s1"]),       # alef maqsura folded
    ("الدوحة", ["k1"]),          # taa marbuta folded
    ("دوحه", ["k1"]),            # article stripped
    ("القدس نتنياهو", ["n1"]),    # every word must match
    ("القدس عباس", []),
])
def test_full_text_over_evidence(svc: EventService, q: str, want: list[str]) -> None:
    assert ids(svc, text=q) == want


def test_sorting_and_paging(svc: EventService) -> None:
    assert ids(svc, sort="n_sources")[0] == "k1"
    assert ids(svc, sort="confidence") == ["n1", "s1", "k1", "i1"]  # k1: 1-(0.5*0.5) = 0.75
    p1 = svc.events(limit=2, with_total=True)
    assert p1.total == 4 and p1.next_offset == 2 and len(p1.items) == 2
    p2 = svc.events(limit=2, offset=2)
    assert p2.next_offset is None
    assert [e["id"] for e in p1.items + p2.items] == [e["id"] for e in svc.events().items]
    asc = svc.events(sort="date", desc=False).items
    assert asc[0]["sources"][0]["doc_id"] == "k1"
    with pytest.raises(ValueError):
        svc.events(sort="bogus")


def test_results_are_plain_data(svc: EventService) -> None:
    import json

    e = svc.events(EventFilter(actor="Khalilzad")).items[0]
    json.dumps(e)  # no ORM objects, no dates
    assert e["n_sources"] == 2 and e["location"] == {"name_en": "Doha", "country": "QAT"}
    assert [a["name_en"] for a in e["source"]] == ["Taliban"]
    assert svc.event(e["id"])["id"] == e["id"]
    with pytest.raises(NotFound):
        svc.event(999_999)
    assert [a["id"] for a in svc.resolve_actor("زلماي خليل زاد")] == [KHALILZAD.id]
    st = svc.stats()
    assert (st["articles"], st["events"], st["reports"], st["multi_source_events"]) == (5, 4, 5, 1)


def test_iter_events_streams_everything(svc: EventService) -> None:
    assert len(list(svc.iter_events(EventFilter(country="EGY")))) == 2


# ------------------------------------------------------------------------------ ingest loop
def test_ingest_articles(db_url: str) -> None:
    a1 = article("a1", unique_text("a1"))
    a2 = article("a2", unique_text("a2"))
    crash = article("c", unique_text("c"))
    warn = DocIssue("a2.txt", None, "LIMIT-001", "kept 200 events", "warning")
    pipe = FakePipeline({"a1": (event("a1"),), "a2": (event("a2", "call"),)}, issues={"a2": (warn,)},
                        boom={"c"})
    bad = DocIssue("x.bin", None, "INPUT-003", "binary content, not text")
    with EventService(Store(db_url), kb=FakeKB()) as svc:
        rep = svc.ingest_articles([a1, bad, a2, crash, a1], pipeline=pipe)
        assert (rep.documents, rep.stored, rep.duplicates, rep.failed, rep.warnings) == (5, 2, 1, 2, 1)
        assert rep.new_events == 2
        assert {i.code for i in rep.issues} == {"INPUT-003", "LIMIT-001", "PIPE-000"}
        assert {i["code"] for i in svc.issues()} == {"INPUT-003", "LIMIT-001", "PIPE-000"}
        calls = pipe.calls
        again = svc.ingest_articles([a1, a2], pipeline=pipe)
        assert again.duplicates == 2 and again.stored == 0 and pipe.calls == calls  # extractor not rerun
        assert svc.stats()["events"] == 2


def test_actor_pages_walk_the_index_in_date_order(db_url: str) -> None:
    """More events than one index chunk, undated ones, another filter: same order as a full sort."""
    from dataclasses import replace as dc_replace
    from datetime import timedelta

    with EventService(Store(db_url), kb=FakeKB()) as svc:
        evs = []
        for i in range(300):
            first = None if i % 7 == 0 else date(2024, 1, 1) + timedelta(days=(i * 37) % 200)
            evs.append(event("big", "call" if i % 3 else "meeting", (SISI,), (BLINKEN,), first=first,
                             evidence=f"حدث {i}"))
        svc.store.add_article(article("big", unique_text("big")), [dc_replace(e) for e in evs])
        every = list(svc.iter_events(EventFilter(actor="Sisi", type="call"), with_sources=False))
        want = [e["id"] for e in sorted(every, key=lambda e: ((e["when"] or {}).get("start") or "", e["id"]),
                                        reverse=True)]
        got = []
        for off in range(0, 220, 70):
            got += [e["id"] for e in svc.events(EventFilter(actor="Sisi", type="call"), limit=70, offset=off,
                                                 with_sources=False).items]
        assert len(want) == 200 and got == want
