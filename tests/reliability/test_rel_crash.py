"""Crash safety: SIGKILL an ingest at random points; after each kill the SQLite database is
consistent (integrity, no event without a source, no article missing its events' sources, no
orphans, full-text index in step, counts never go down), and re-running completes the batch
with exactly what one clean run stores, no duplicates.

A handful of kills on a small corpus here; the full bar (20 kills, whole real corpus):

    RASAD_CRASH_KILLS=20 RASAD_CRASH_CORPUS=full .venv/bin/pytest tests/reliability/test_rel_crash.py -s
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dbcheck import counts, fingerprint, problems

REPO = Path(__file__).resolve().parents[2]
HELPER = REPO / "scripts" / "crash_ingest.py"
KILLS = int(os.environ.get("RASAD_CRASH_KILLS", "3"))
FULL = os.environ.get("RASAD_CRASH_CORPUS", "") == "full"


@pytest.fixture(scope="module")
def corpus(real_articles_path: Path, seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    if FULL:
        return [str(real_articles_path), str(seeds_dir)]
    d = tmp_path_factory.mktemp("crashcorpus")
    lines = real_articles_path.read_text(encoding="utf-8").splitlines()[:14]
    (d / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "zz_binary.txt").write_bytes(b"%PDF-1.4 not an article")  # a document that fails: an issue row
    return [str(d / "articles.jsonl"), str(seeds_dir), str(d / "zz_binary.txt")]


@pytest.fixture(scope="module")
def src_snapshot(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of src/rasad that every run of this test imports (PYTHONPATH comes before the editable
    install): the clean run and the crashed runs must run the same code even while the tree changes."""
    import shutil

    d = tmp_path_factory.mktemp("src")
    shutil.copytree(REPO / "src" / "rasad", d / "rasad", ignore=shutil.ignore_patterns("__pycache__"))
    return str(d)


# Small store batches (one transaction each) so that kills land between commits of one run
# on this small corpus, not only before the first or after the last.
_ENV: dict[str, str] = {"RASAD_BATCH_SIZE": "3"}


def _spawn(db: Path, paths: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **_ENV}
    return subprocess.Popen([sys.executable, str(HELPER), str(db), *paths], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=str(REPO))


def _run_to_end(db: Path, paths: list[str]) -> str:
    p = _spawn(db, paths)
    out, _ = p.communicate(timeout=600)
    assert p.returncode == 0, out[-2000:]
    return out


def _wait_for(p: subprocess.Popen[str], pred) -> bool:  # type: ignore[no-untyped-def]
    """Read the helper's lines until pred(line); False if it ended first."""
    assert p.stdout is not None
    for line in p.stdout:
        if pred(line.strip()):
            return True
    return False


def test_sigkill_during_ingest_leaves_a_consistent_database(corpus: list[str], tmp_path: Path,
                                                            src_snapshot: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_ENV, "PYTHONPATH", src_snapshot)
    clean = tmp_path / "clean.db"
    t0 = time.monotonic()
    _run_to_end(clean, corpus)
    duration = time.monotonic() - t0  # kills "from the start" land within one run's time
    want_counts, want = counts(clean), fingerprint(clean)
    assert want_counts["articles"] > 5 and want_counts["events"] > 0
    assert problems(clean) == []

    db = tmp_path / "crash.db"
    rng = random.Random(int(os.environ.get("RASAD_CRASH_SEED", "9")))
    step = max(2, want_counts["articles"] * 2 // max(KILLS, 1))
    prev = counts(db)
    kills, log = 0, []
    for attempt in range(KILLS * 4):
        if kills >= KILLS:
            break
        if prev["articles"] >= want_counts["articles"]:
            # a run finished before its kill landed: go on killing runs on a fresh database
            db = tmp_path / f"crash{attempt}.db"
            prev = counts(db)
        mode = rng.choice(["doc", "doc", "ready", "spawn"])
        p = _spawn(db, corpus)
        if mode == "doc":  # after the N-th document, a moment into the next one
            target = prev["articles"] + rng.randint(1, step)
            _wait_for(p, lambda s, t=target: s == f"doc {t}" or s.startswith("done"))
            time.sleep(rng.uniform(0, 0.08))
        elif mode == "ready":  # at a random time once the database is open
            _wait_for(p, lambda s: s == "ready")
            time.sleep(rng.uniform(0, 1.0))
        else:  # at a random time from the start: imports, opening, migrating
            time.sleep(rng.uniform(0.05, max(0.1, duration)))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            kills += 1
        p.wait(timeout=60)
        if p.stdout is not None:
            p.stdout.close()
        bad = problems(db)
        now = counts(db)
        log.append((mode, p.returncode, now["articles"], now["events"]))
        assert bad == [], f"after kill {kills} ({mode}): {bad}"
        assert all(now[t] >= prev[t] for t in now), f"counts went down: {prev} -> {now}"
        prev = now
    print(f"\n{kills} SIGKILLs (mode, returncode, articles, events): {log}")
    assert kills >= min(KILLS, 2), log

    _run_to_end(db, corpus)  # the re-run completes the batch
    assert problems(db) == []
    assert counts(db) == want_counts
    got = fingerprint(db)
    assert got["articles"] == want["articles"]
    assert got["events"] == want["events"]
    assert got["issues"] == want["issues"]

    _run_to_end(db, corpus)  # and once more: nothing new, nothing duplicated
    assert counts(db) == want_counts
