"""rasad.ingest: raw documents from files, folders, JSON Lines and stdin.

`iter_raw` yields `RawDoc` records (or a `DocIssue` per bad document); `rasad.read`
turns them into articles. The `rasad ingest` command stores those articles.
"""

from rasad.ingest.raw import RawDoc, decode_bytes, iter_raw

__all__ = ["RawDoc", "decode_bytes", "iter_raw"]
