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
