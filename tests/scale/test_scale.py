"""rasad.scale: the process pool and the Dask backend give exactly the single-process events."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from rasad.errors import DocIssue
from rasad.scale import batched, results
from rasad.scale.batch import store_items
from rasad.service.events import EventService


def _inputs(seeds_dir: Path, real_articles_path: Path, tmp_path: Path, n: int = 30) -> list[str]:
    """The seeds and the first n real articles (in a temp JSONL), plus one bad line."""
    sub = tmp_path / "real30.jsonl"
    with open(real_articles_path, encoding="utf-8") as src, open(sub, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(src, n))
        out.write("{not json\n")
    return [str(p) for p in sorted(seeds_dir.glob("*.txt"))] + [str(sub)]


def _sig(items: Any) -> list[Any]:
    out = []
    for x in items:
        if isinstance(x, DocIssue):
            out.append(("issue", str(x)))
        else:
            out.append((x.article.doc_id, x.article.part, [e.to_rich() for e in x.events],
                        [i.to_dict() for i in x.issues]))
    return out


@pytest.fixture(scope="module")
def single(seeds_dir: Path, real_articles_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    paths = _inputs(seeds_dir, real_articles_path, tmp_path_factory.mktemp("in"))
    return paths, _sig(results(paths, workers=1))


def test_batched_streams_in_order() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_single_process_equals_pipeline(single: tuple[list, list]) -> None:
    from rasad.read import read_paths
    from rasad.service.pipeline import Pipeline

    paths, sig = single
    pipe = Pipeline()
    direct = _sig(x if isinstance(x, DocIssue) else pipe.process(x) for x in read_paths(paths))
    assert sig == direct
    assert sum(len(x[2]) for x in sig if x[0] != "issue") > 10  # events were found
    assert any(x[0] == "issue" and "INPUT-006" in x[1] for x in sig)  # the bad line, in place


def test_workers_give_the_same_results_in_order(single: tuple[list, list]) -> None:
    paths, sig = single
    assert _sig(results(paths, workers=2, batch_size=4)) == sig


def test_parallel_ingest_equals_single(single: tuple[list, list], tmp_path: Path) -> None:
    from rasad.export import export
    from rasad.scale import ingest

    paths, _ = single
    dumps = []
    for w in (1, 2):
        with EventService.open(str(tmp_path / f"w{w}.db")) as svc:
            rep = ingest(svc, paths, workers=w, batch_size=5)
            assert rep.stored > 30 and rep.failed == 1
            again = ingest(svc, paths, workers=w, batch_size=5)
            assert again.stored == 0 and again.duplicates == rep.stored
            buf = __import__("io").StringIO()
            export(svc, "jsonl", buf)
            dumps.append(buf.getvalue())
    assert dumps[0] == dumps[1] and dumps[0].count("\n") > 10


def test_store_items_counts_issues_and_known_articles(tmp_path: Path) -> None:
    from rasad.service.pipeline import ArticleResult
    from rasad.types import Article

    issue = DocIssue(source="x.txt", line=None, code="INPUT-002", message="empty")
    known = Article(doc_id="a", text="نص الخبر الأول")
    with EventService.open(str(tmp_path / "s.db")) as svc:
        store_items(svc, [ArticleResult(known)])
        # an unprocessed article whose text is stored is a duplicate; one whose text is not
        # (its earlier copy failed) is processed and stored here
        rep = store_items(svc, [issue, Article(doc_id="a2", text=known.text), Article(doc_id="b", text="نص آخر")])
    assert (rep.documents, rep.failed, rep.duplicates, rep.stored) == (3, 1, 1, 1)


def test_a_worker_extracts_a_text_once(real_articles_path: Path) -> None:
    from rasad.ingest.raw import iter_raw
    from rasad.scale.batch import _EXTRACTED, process_batch
    from rasad.store.repo import Prepared
    from rasad.types import Article

    raws = list(itertools.islice(iter_raw([real_articles_path]), 2))
    _EXTRACTED.clear()
    try:
        out = process_batch([raws[0], raws[1], raws[0]], for_store=True)
        again = process_batch([raws[1]], for_store=True)
    finally:
        _EXTRACTED.clear()
    assert [type(x) for x in out] == [Prepared, Prepared, Article] and isinstance(again[0], Article)
    assert out[2].content_hash == out[0].content_hash


def test_parallel_ingest_of_repeated_input_equals_single(single: tuple[list, list], tmp_path: Path) -> None:
    from rasad.export import export
    from rasad.scale import ingest

    paths, _ = single
    twice = paths + paths[-1:]  # the real articles twice in one run
    reps, dumps = [], []
    for w in (1, 2):
        with EventService.open(str(tmp_path / f"w{w}.db")) as svc:
            rep = ingest(svc, twice, workers=w, batch_size=5)
            reps.append((rep.documents, rep.stored, rep.duplicates, rep.failed, rep.warnings, rep.new_events,
                         rep.merged_events))
            buf = __import__("io").StringIO()
            export(svc, "jsonl", buf)
            dumps.append(buf.getvalue())
    assert reps[0] == reps[1] and reps[0][2] >= 30
    assert dumps[0] == dumps[1] and dumps[0].count("\n") > 10


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_gives_exactly_the_single_process_events(single: tuple[list, list], dask_client: Any) -> None:
    from rasad.scale.dask_backend import dask_results

    paths, sig = single
    assert _sig(dask_results(paths, dask_client, batch_size=4)) == sig
    # the knowledge base was loaded once per worker process, by the plugin, not per task
    loaded = dask_client.run(lambda: __import__("rasad.scale.batch", fromlist=["x"])._PIPELINE is not None)
    assert list(loaded.values()) == [True, True]


def test_dask_partitions_jsonl_and_parquet(single: tuple[list, list], dask_client: Any, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from rasad.scale.dask_backend import write_partitions

    paths, sig = single
    want = [e for x in sig if x[0] != "issue" for e in x[2]]
    counts = list(write_partitions(paths, dask_client, tmp_path / "j", "jsonl", batch_size=10))
    assert len(counts) == 4 and sum(c["events"] for c in counts) == len(want)
    got = [e for p in sorted((tmp_path / "j").glob("part-*.jsonl"))
           for line in p.read_text(encoding="utf-8").splitlines() for e in json.loads(line)["events"]]
    assert got == want
    list(write_partitions(paths, dask_client, tmp_path / "p", "parquet", batch_size=10))
    table = pq.read_table(tmp_path / "p")
    assert table.num_rows == len(want)
    assert table.column("evidence").to_pylist() == [e["evidence"] for e in want]


def test_dask_ingest_equals_single(single: tuple[list, list], dask_client: Any, tmp_path: Path) -> None:
    from rasad.export import export
    from rasad.scale import ingest

    paths, _ = single
    dumps = []
    for kw in ({}, {"dask": dask_client}):
        with EventService.open(str(tmp_path / f"{len(kw)}.db")) as svc:
            ingest(svc, paths, batch_size=6, **kw)
            buf = __import__("io").StringIO()
            export(svc, "jsonl", buf)
            dumps.append(buf.getvalue())
    assert dumps[0] == dumps[1]


def test_warm_up_loads_the_pipeline_and_leaves_no_text_marked_extracted() -> None:
    from rasad.scale import batch

    batch._warm_up(None)
    assert batch._PIPELINE is not None and not batch._EXTRACTED
