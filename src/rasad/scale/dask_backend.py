"""The Dask backend: the same pipeline on the workers of a `dask.distributed` cluster.

    from rasad.scale.dask_backend import connect, dask_results, write_partitions
    client = connect("tcp://scheduler:8786")       # or a Client / LocalCluster address
    for item in dask_results(paths, client): ...   # ArticleResult | DocIssue, in input order
    write_partitions(paths, client, "out/", "parquet")  # workers write part-NNNNN files

The client walks the inputs (`iter_raw`) and cuts them into partitions of `batch_size` raw
documents; each partition is one task (`rasad.scale.batch.process_batch`) that reads and
processes its documents with the process's cached Pipeline. `PipelinePlugin` builds that
Pipeline when a worker starts, so the knowledge base is loaded once per worker process, not
per task. At most `2 * threads + 2` partitions are in flight, so the client's memory stays flat.

Results come back in partition order, so `rasad extract --dask` writes the same output as a
single process and `rasad ingest --dask` stores through the one service-layer writer in the
same order (merging events across articles needs a single writer; SQLite or PostgreSQL).
With `--out-dir`, workers write their partitions themselves (JSON Lines document records, or
Parquet with one row per event) and only counts come back.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from distributed import Client, WorkerPlugin

from rasad.scale.batch import DEFAULT_BATCH, batched, get_pipeline, process_batch, raw_stream
from rasad.scale.partitions import OUT_FORMATS, write_part_task
from rasad.settings import Settings, load_settings


class PipelinePlugin(WorkerPlugin):
    """Builds the worker process's Pipeline (knowledge base) once, when the worker starts."""

    name = "rasad-pipeline"

    def __init__(self, settings: Settings | None = None):
        self.settings = settings

    def setup(self, worker: Any) -> None:
        get_pipeline(self.settings)


def connect(address: str | Client, settings: Settings | None = None) -> Client:
    """A client for the scheduler at `address` (or the given client), with the plugin registered."""
    client = address if isinstance(address, Client) else Client(address)
    client.register_plugin(PipelinePlugin(settings or load_settings()))
    return client


def _window(client: Client) -> int:
    return 2 * max(1, sum(client.nthreads().values())) + 2


def _run(client: Client, fn: Any, parts: Iterator[Any]) -> Iterator[Any]:
    """Submit fn(part, index) per partition, bounded, and yield the results in order."""
    tag = uuid.uuid4().hex[:8]
    window = _window(client)
    pending: deque[Any] = deque()
    for i, part in enumerate(parts):
        pending.append(client.submit(fn, part, i, key=f"rasad-{tag}-{i:06d}"))
        if len(pending) >= window:
            fut = pending.popleft()
            yield fut.result()
            fut.release()
    while pending:
        fut = pending.popleft()
        yield fut.result()
        fut.release()


def _process_part(part: list[Any], index: int) -> list[Any]:
    return process_batch(part)


def dask_results(paths: Sequence[str | Path], address: str | Client, *, batch_size: int = DEFAULT_BATCH,
                 settings: Settings | None = None) -> Iterator[Any]:
    """`ArticleResult | DocIssue` for every document of `paths`, processed on the cluster."""
    settings = settings or load_settings()
    own = not isinstance(address, Client)
    client = connect(address, settings)
    try:
        for out in _run(client, _process_part, batched(raw_stream(paths, settings), batch_size)):
            yield from out
    finally:
        if own:
            client.close()


def write_partitions(paths: Sequence[str | Path], address: str | Client, out_dir: str | Path, fmt: str = "jsonl",
                     *, batch_size: int = DEFAULT_BATCH, settings: Settings | None = None,
                     doc_format: str = "rich") -> Iterator[dict[str, Any]]:
    """Process `paths` on the cluster; each worker writes its partitions under `out_dir` (a
    folder every worker can write: a shared file system). Yields each partition's counts."""
    if fmt not in OUT_FORMATS:
        raise ValueError(f"out format must be one of {OUT_FORMATS}")
    settings = settings or load_settings()
    own = not isinstance(address, Client)
    client = connect(address, settings)
    try:
        task = partial(write_part_task, out_dir=str(Path(out_dir).resolve()), fmt=fmt, doc_format=doc_format)
        yield from _run(client, task, batched(raw_stream(paths, settings), batch_size))
    finally:
        if own:
            client.close()
