"""Partition files: each batch of results written as out_dir/part-NNNNN.jsonl or .parquet.

JSON Lines partitions hold the `rasad extract` document records (rich or events-jsonl), one
line per input document; Parquet partitions hold one row per event (actors, location as JSON
strings; `topics` a list). Each file is written to a temporary name and renamed, so a
partition is complete or absent. `extract_to_dir` runs locally (in this process or a pool)
or on Dask, where the workers write the files (a file system they share).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from rasad.errors import DocIssue
from rasad.scale.batch import DEFAULT_BATCH, batched, pool_map, process_batch, raw_stream
from rasad.settings import Settings, load_settings

OUT_FORMATS = ("jsonl", "parquet")


def _event_rows(results: list[Any]) -> list[dict[str, Any]]:
    rows = []
    for r in results:
        for e in r.events:
            rows.append({
                "doc_id": e.doc_id, "part": e.part, "type": e.type, "status": e.status,
                "first": e.first.isoformat() if e.first else None, "last": e.last.isoformat() if e.last else None,
                "source": json.dumps([a.to_dict() for a in e.source], ensure_ascii=False),
                "target": json.dumps([a.to_dict() for a in e.target], ensure_ascii=False),
                "mediators": json.dumps([a.to_dict() for a in e.mediators], ensure_ascii=False),
                "location": json.dumps(e.location.to_dict(), ensure_ascii=False) if e.location else None,
                "topics": list(e.topics), "evidence": e.evidence, "confidence": float(e.confidence),
                "sentence_start": e.sentence_start, "sentence_end": e.sentence_end, "trigger": e.trigger,
                "cameo": e.cameo, "plover_type": e.plover_type, "plover_mode": e.plover_mode,
                "published": r.article.published.isoformat() if r.article.published else None,
                "outlet": r.article.outlet,
            })
    return rows


def write_part(items: list[Any], index: int, out_dir: str, fmt: str, doc_format: str = "rich") -> dict[str, Any]:
    """Write one partition's results to out_dir/part-NNNNN.(jsonl|parquet); return its counts."""
    from rasad.cli.extract import document_record

    results = [x for x in items if not isinstance(x, DocIssue)]
    issues = [x for x in items if isinstance(x, DocIssue)] + [i for r in results for i in r.issues]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"part-{index:05d}.{fmt}"
    tmp = path.with_suffix(path.suffix + ".tmp")
    docs = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = _event_rows(results)
        pq.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA), tmp)
        docs = len({r.article.doc_id for r in results})
    else:
        with open(tmp, "w", encoding="utf-8") as fh:
            group: list[Any] = []
            for r in results + [None]:
                if group and (r is None or r.article.doc_id != group[0].article.doc_id):
                    fh.write(json.dumps(document_record(group, doc_format), ensure_ascii=False) + "\n")
                    docs += 1
                    group = []
                if r is not None:
                    group.append(r)
    tmp.replace(path)  # a partition file is complete or absent
    return {"path": str(path), "documents": docs, "events": sum(len(r.events) for r in results),
            "failed": sum(i.severity == "error" for i in issues), "issues": [i.to_dict() for i in issues]}


def write_part_task(part: list[Any], index: int, out_dir: str, fmt: str, doc_format: str) -> dict[str, Any]:
    return write_part(process_batch(part), index, out_dir, fmt, doc_format)


def _schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema([
        ("doc_id", s), ("part", pa.int32()), ("type", s), ("status", s), ("first", s), ("last", s),
        ("source", s), ("target", s), ("mediators", s), ("location", s), ("topics", pa.list_(s)),
        ("evidence", s), ("confidence", pa.float64()), ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()), ("trigger", s), ("cameo", s), ("plover_type", s), ("plover_mode", s),
        ("published", s), ("outlet", s),
    ])


PARQUET_SCHEMA = _schema()


def _write_one(part: list[Any], index: int, **kw: Any) -> list[dict[str, Any]]:
    return [write_part_task(part, index, **kw)]


def _indexed(parts: Iterator[list[Any]]) -> Iterator[tuple[list[Any], int]]:
    for i, p in enumerate(parts):
        yield p, i


def _star(fn: Any, arg: tuple[list[Any], int]) -> list[dict[str, Any]]:
    return fn(*arg)


def local_partitions(paths: Sequence[str | Path], out_dir: str | Path, fmt: str = "jsonl", *, workers: int = 1,
                     batch_size: int = DEFAULT_BATCH, settings: Settings | None = None,
                     doc_format: str = "rich") -> Iterator[dict[str, Any]]:
    """write_partitions on this machine: in this process (workers=1) or a process pool."""
    if fmt not in OUT_FORMATS:
        raise ValueError(f"out format must be one of {OUT_FORMATS}")
    settings = settings or load_settings()
    fn = partial(_write_one, out_dir=str(Path(out_dir).resolve()), fmt=fmt, doc_format=doc_format)
    parts = _indexed(batched(raw_stream(paths, settings), batch_size))
    if workers <= 1:
        for p, i in parts:
            yield from fn(p, i)
        return
    yield from pool_map(partial(_star, fn), parts, workers, settings)


def extract_to_dir(paths: Sequence[str | Path], out_dir: str | Path, fmt: str = "jsonl", doc_format: str = "rich",
                   *, workers: int = 1, dask: str | None = None, batch_size: int = DEFAULT_BATCH) -> int:
    """`rasad extract --out-dir`: write the partitions, print issues and a summary on stderr;
    returns the exit code (1 if any document failed)."""
    from rasad.cli.common import err_console

    if dask is not None:
        from rasad.scale.dask_backend import write_partitions

        counts = write_partitions(paths, dask, out_dir, fmt, batch_size=batch_size, doc_format=doc_format)
    else:
        counts = local_partitions(paths, out_dir, fmt, workers=workers, batch_size=batch_size,
                                  doc_format=doc_format)
    parts = docs = events = failed = 0
    for c in counts:
        parts += 1
        docs += c["documents"]
        events += c["events"]
        failed += c["failed"]
        for i in c["issues"]:
            err_console.print(f"{i['severity']}: {DocIssue(**i)}", highlight=False, markup=False, soft_wrap=True)
    err_console.print(f"{docs} documents, {events} events written to {parts} {fmt} partitions in {out_dir}; "
                      f"{failed} documents failed", highlight=False)
    return 1 if failed else 0
