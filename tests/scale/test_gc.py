"""rasad.scale's garbage-collector settings: a run collects the youngest generation less often and
gives the caller its thresholds back; pool workers keep what was loaded before the work (inherited
frozen from the parent when forked) out of the collector's scans."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from rasad.scale import batch


def test_collecting_less_restores_the_thresholds_even_on_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), batch.collecting_less():
        assert gc.get_threshold() == (max(before[0], batch.GC_GEN0), *before[1:])
        raise RuntimeError("boom")
    assert gc.get_threshold() == before


def test_collecting_less_never_collects_more_often() -> None:
    before = gc.get_threshold()
    gc.set_threshold(batch.GC_GEN0 * 2, *before[1:])
    try:
        with batch.collecting_less():
            assert gc.get_threshold()[0] == batch.GC_GEN0 * 2
    finally:
        gc.set_threshold(*before)


def test_a_run_gives_back_the_callers_thresholds(real_articles_path: Path, tmp_path: Path) -> None:
    sub = tmp_path / "two.jsonl"
    with open(real_articles_path, encoding="utf-8") as src:
        sub.write_text("".join(next(src) for _ in range(2)), encoding="utf-8")
    before = gc.get_threshold()
    seen = []
    for _item in batch.results([str(sub)]):
        seen.append(gc.get_threshold()[0])
    assert seen and all(t >= batch.GC_GEN0 for t in seen)
    assert gc.get_threshold() == before


def _gc_state(_: object) -> list[tuple[int, int]]:
    return [(gc.get_threshold()[0], gc.get_freeze_count())]


def test_pool_workers_freeze_their_start_and_collect_less() -> None:
    assert gc.get_freeze_count() == 0
    [(gen0, frozen)] = list(batch.pool_map(_gc_state, [None], workers=1))
    assert gen0 == batch.GC_GEN0
    assert frozen > 0  # the knowledge base and the modules are out of the collector's scans
    assert gc.get_freeze_count() == 0  # the parent's objects are collectable again after the pool


def test_a_process_that_froze_its_objects_keeps_them_frozen() -> None:
    gc.freeze()
    try:
        n = gc.get_freeze_count()
        list(batch.pool_map(_gc_state, [None], workers=1))
        assert gc.get_freeze_count() >= n
    finally:
        gc.unfreeze()
