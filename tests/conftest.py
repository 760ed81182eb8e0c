"""Fixtures shared by the whole suite (the one conftest.py).

The shared corpus lives in ../shared beside the repo (never copied into the repo);
tests that need it are skipped with a clear reason when it is absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASAD_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def real_articles_path(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "real" / "articles.jsonl"


@pytest.fixture(scope="session")
def real_articles(real_articles_path: Path) -> list[dict]:
    return [json.loads(line) for line in real_articles_path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dev_ids(shared_dir: Path) -> set[str]:
    return set(json.loads((shared_dir / "corpus" / "real" / "split.json").read_text())["dev"])


@pytest.fixture(scope="session")
def gold(shared_dir: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for p in (shared_dir / "corpus" / "seeds" / "gold.jsonl", shared_dir / "corpus" / "real" / "gold-dev.jsonl"):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["doc_id"]] = d
    return out


# --- the event database: every store test runs on SQLite and, when RASAD_TEST_PG_URL is set
# (.ci/run sets it after .ci/services starts PostgreSQL), on PostgreSQL in a fresh schema.
@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        yield str(tmp_path / "rasad.db")
        return
    base = os.environ.get("RASAD_TEST_PG_URL")
    if not base:
        pytest.skip("RASAD_TEST_PG_URL not set (run .ci/services)")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
