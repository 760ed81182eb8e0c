"""The single writer's merge caches (event sources, event articles, sketch prefixes, event
actors): another writer's articles and rolled-back articles are seen as the database has them."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.service.events import EventService
from rasad.store import Store, repo
from rasad.types import Actor
from store.factories import BLINKEN, KHALILZAD, NETANYAHU, TEXT_A, article, event, unique_text


def _svc(url: str) -> EventService:
    s = EventService(Store(url), kb=None)
    s._kb_loaded = True
    return s


def _add(store: Store, doc: str, outlet: str, text: str | None = None, confidence: float = 0.5,
         published: date = date(2024, 3, 18)):
    return store.add_article(article(doc, text or unique_text(doc), outlet=outlet, published=published),
                             [event(doc, confidence=confidence)])


def _only_event(svc: EventService) -> dict:
    [e] = svc.events(sort="id", desc=False, limit=10).items
    return e


def test_two_writers_merge_into_one_event(db_url: str) -> None:
    a, b = _svc(db_url), _svc(db_url)
    try:
        _add(a.store, "w1", "X", text=TEXT_A, confidence=0.6)
        _add(b.store, "o1", "Y", confidence=0.5)  # b merges into the event a created (and cached)
        out = _add(a.store, "w2", "Z", text=TEXT_A + " (رويترز)", confidence=0.6)  # a wire copy of w1
        assert out.merged_events == 1
        e = _only_event(a)
        # w1 and w2 are one source (a wire copy), o1 another: what one writer would have stored
        assert (e["n_reports"], e["n_sources"], e["n_outlets"]) == (3, 2, 3)
        assert e["confidence"] == pytest.approx(0.8)
        groups = {s["doc_id"]: s["wire_group"] for s in e["sources"]}
        assert groups["w1"] == groups["w2"] != groups["o1"]
        _add(b.store, "o2", "V", confidence=0.5)  # b's caches are behind by two articles
        e = _only_event(b)
        assert (e["n_reports"], e["n_sources"], e["n_outlets"]) == (4, 3, 4)
    finally:
        a.close()
        b.close()


def test_an_article_rolled_back_after_merging_leaves_nothing_behind(db_url: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    svc = _svc(db_url)
    try:
        _add(svc.store, "a", "A", confidence=0.5)
        settle = repo._Merger.settle

        def fail_on_b(self: repo._Merger) -> None:
            settle(self)  # the caches already hold b's source when its savepoint rolls back
            if self.article.doc_id == "b":
                raise RuntimeError("injected")

        monkeypatch.setattr(repo._Merger, "settle", fail_on_b)
        outs = svc.store.add_articles([(article("b", unique_text("b"), outlet="B"), [event("b", confidence=0.9)], ()),
                                       (article("c", unique_text("c"), outlet="C"), [event("c", confidence=0.5)], ())])
        assert outs[0].error is not None and outs[1].merged_events == 1
        e = _only_event(svc)
        assert (e["n_reports"], e["n_sources"], e["n_outlets"]) == (2, 2, 2)
        assert e["confidence"] == pytest.approx(0.75)
        assert sorted(s["doc_id"] for s in e["sources"]) == ["a", "c"]
        monkeypatch.setattr(repo._Merger, "settle", settle)
        _add(svc.store, "d", "D", confidence=0.5)
        e = _only_event(svc)
        assert (e["n_reports"], e["n_outlets"]) == (3, 3)
        assert e["confidence"] == pytest.approx(0.875)
    finally:
        svc.close()


USA = Actor("Q30", "United States", "الولايات المتحدة", "country", "USA", None, "Q30")


def test_an_actor_another_writer_added_is_seen_by_the_lenient_match(db_url: str) -> None:
    a, b = _svc(db_url), _svc(db_url)

    def report(store: Store, doc: str, *actors: Actor):
        return store.add_article(article(doc, unique_text(doc), outlet=doc),
                                 [event(doc, source=actors[:1], target=actors[1:])])

    try:
        report(a.store, "r1", NETANYAHU, BLINKEN)
        # a compares r2 with r1's event by its actors: Khalilzad is not Blinken, so a new event
        assert report(a.store, "r2", NETANYAHU, KHALILZAD).new_events == 1
        # b adds "the United States" to r1's event (a country covers its own officials)
        assert report(b.store, "r3", NETANYAHU, USA).merged_events == 1
        # Khalilzad is now covered by the United States, and every actor of the event by r4's:
        # a must see the actors b added, not the ones it compared r2 with
        out = report(a.store, "r4", NETANYAHU, BLINKEN, KHALILZAD)
        assert out.merged_events == 1
        first = min(a.events(sort="id", desc=False, limit=10).items, key=lambda e: e["id"])
        assert first["n_reports"] == 3
        assert sorted(s["doc_id"] for s in first["sources"]) == ["r1", "r3", "r4"]
    finally:
        a.close()
        b.close()
