"""Settings: defaults, overridden by environment variables `RASAD_<NAME>` (upper case).

    RASAD_DB                    database URL or SQLite path (default: rasad.db)
    RASAD_MAX_DOC_BYTES         largest document accepted (default: 5 MB)
    RASAD_MAX_EVENTS_PER_DOC    events kept per document (default: 200)
    RASAD_DOC_TIMEOUT_S         per-document processing time limit (default: 20 s)
    RASAD_INGEST_TOKEN          token for POST /api/ingest; unset = endpoint off
    RASAD_ALLOWED_DIRS          os.pathsep-separated folders the API may read files from
    RASAD_BATCH_SIZE            articles stored per database transaction (default: 200; each
                                article has its own savepoint, so a failure rolls back only it)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    db: str = "rasad.db"
    max_doc_bytes: int = 5_000_000
    max_events_per_doc: int = 200
    doc_timeout_s: float = 20.0
    ingest_token: str | None = None
    allowed_dirs: tuple[str, ...] = field(default_factory=tuple)
    batch_size: int = 200

    def with_(self, **kw: object) -> Settings:
        return replace(self, **{k: v for k, v in kw.items() if v is not None})  # type: ignore[arg-type]


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    kw: dict[str, object] = {}
    for f in fields(Settings):
        raw = env.get(f"RASAD_{f.name.upper()}")
        if raw is None:
            continue
        if f.name == "allowed_dirs":
            kw[f.name] = tuple(str(Path(p).resolve()) for p in raw.split(os.pathsep) if p)
        elif f.type in ("int",):
            kw[f.name] = int(raw)
        elif f.type in ("float",):
            kw[f.name] = float(raw)
        else:
            kw[f.name] = raw or None if f.name == "ingest_token" else raw
    return Settings(**kw)  # type: ignore[arg-type]
