"""The whole corpus through read -> pipeline -> merge -> store (SQLite): idempotent re-ingest,
and the one contact reported by two outlets (real r0020 and r0061) as one event."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.service.events import EventFilter, EventService


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path):
    inputs = sorted(str(p) for p in (shared_dir / "corpus" / "seeds").glob("*.txt"))
    inputs.append(str(shared_dir / "corpus" / "real" / "articles.jsonl"))
    svc = EventService.open(str(tmp_path_factory.mktemp("corpus") / "rasad.db"))
    first = svc.ingest_paths(inputs)
    yield svc, inputs, first
    svc.close()


@pytest.mark.slow
def test_reingesting_the_corpus_adds_nothing(corpus_db) -> None:
    svc, inputs, first = corpus_db
    assert first.stored > 150 and first.failed == 0
    before = svc.stats()
    again = svc.ingest_paths(inputs)
    assert again.stored == 0 and again.duplicates == first.stored
    assert svc.stats() == before


@pytest.mark.slow
def test_multi_source_events_have_distinct_articles(corpus_db) -> None:
    svc, _, _ = corpus_db
    for e in svc.events(EventFilter(min_sources=2), limit=500).items:
        docs = [s["doc_id"] for s in e["sources"]]
        assert len(set(docs)) == len(docs)


@pytest.mark.slow
def test_taliban_khalilzad_in_doha_is_one_event_with_two_sources(corpus_db) -> None:
    svc, _, _ = corpus_db
    items = svc.events(EventFilter(actor="Khalilzad", with_actor="Taliban", type_class="in-person"), limit=50).items
    both = [e for e in items if {"r0020", "r0061"} <= {s["doc_id"] for s in e["sources"]}]
    assert len(both) == 1
    assert both[0]["n_sources"] >= 2
    assert not [e for e in items if e not in both and {s["doc_id"] for s in e["sources"]} & {"r0020", "r0061"}
                and (e["when"] or {}).get("start") == (both[0]["when"] or {}).get("start")]
