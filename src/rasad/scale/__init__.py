"""rasad.scale: the pipeline over large inputs, streamed, in parallel processes or on Dask.

    from rasad.scale import results, ingest
    for item in results(paths, workers=2): ...      # ArticleResult | DocIssue, input order
    ingest(svc, paths, workers=2)                   # workers extract, this process stores
    ingest(svc, paths, dask="tcp://host:8786")      # Dask workers extract, this process stores

`rasad extract` and `rasad ingest` take `--workers N` and `--dask ADDRESS` and call these.
The Dask backend (rasad.scale.dask_backend) is imported only when asked for. See docs/scale.md.
"""

from rasad.scale.batch import (
    DEFAULT_BATCH,
    batched,
    get_pipeline,
    ingest,
    process_batch,
    results,
    store_items,
)

__all__ = ["DEFAULT_BATCH", "batched", "get_pipeline", "ingest", "process_batch", "results", "store_items"]
