"""Concurrency: readers query while an ingest writes (SQLite in WAL mode, no "database is locked"
surfacing), and several writers ingest into one database at once (SQLite and, with
RASAD_TEST_PG_URL, PostgreSQL) without errors, duplicates or broken references."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from dbcheck import RULES, counts, problems
from sqlalchemy import create_engine, text

from rasad.service.events import EventFilter, EventService
from rasad.store.db import to_url

REPO = Path(__file__).resolve().parents[2]
HELPER = REPO / "scripts" / "crash_ingest.py"
FTS_RULES = ("article not in full-text index", "full-text row without article", "evidence not in full-text index")


@pytest.fixture(scope="module")
def small_corpus(real_articles_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two overlapping JSONL files (articles 0-15 and 8-23) in opposite orders."""
    lines = real_articles_path.read_text(encoding="utf-8").splitlines()
    d = tmp_path_factory.mktemp("conc")
    a, b = d / "a.jsonl", d / "b.jsonl"
    a.write_text("\n".join(lines[:16]) + "\n", encoding="utf-8")
    b.write_text("\n".join(reversed(lines[8:24])) + "\n", encoding="utf-8")
    return a, b


def _writer(db: str, *paths: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(HELPER), db, *map(str, paths)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=str(REPO))


def test_readers_query_while_one_writer_ingests(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    db = tmp_path / "rw.db"
    EventService.open(str(db)).close()  # create and migrate first
    with EventService.open(str(db)) as svc:
        with svc.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

    errors: list[BaseException] = []
    seen: list[int] = []
    stop = threading.Event()

    def reader(k: int) -> None:
        last = 0
        try:
            with EventService.open(str(db)) as rsvc:
                while not stop.is_set():
                    n = rsvc.stats()["articles"]
                    assert n >= last, "a reader saw the article count go down"
                    last = n
                    rsvc.events(EventFilter(text="الرئيس"), limit=20, with_total=True)
                    rsvc.articles("وزير", limit=5)
                    if k == 0:
                        seen.append(n)
        except BaseException as e:  # noqa: BLE001 - collected and re-raised in the test thread
            errors.append(e)

    readers = [threading.Thread(target=reader, args=(k,), daemon=True) for k in range(3)]
    for t in readers:
        t.start()
    # and a reader in another process, with plain sqlite3, at the same time
    proc_reader = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         "con = sqlite3.connect(sys.argv[1], timeout=30)\n"
         "end = time.time() + float(sys.argv[2])\n"
         "n = 0\n"
         "while time.time() < end:\n"
         "    con.execute('SELECT count(*) FROM events e JOIN event_sources s ON s.event_id = e.id').fetchone()\n"
         "    n += 1\n"
         "print(n)\n", str(db), "8"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    w = _writer(str(db), small_corpus[0])
    out, err = w.communicate(timeout=300)
    stop.set()
    for t in readers:
        t.join(timeout=60)
    pout, perr = proc_reader.communicate(timeout=60)
    assert w.returncode == 0, err[-2000:]
    assert "locked" not in err
    assert errors == [], errors
    assert proc_reader.returncode == 0 and int(pout) > 0, perr[-2000:]
    assert len(seen) > 1 and seen[-1] > 0 and max(seen) > min(seen), "the readers did not overlap the writes"
    assert problems(db) == []


def test_several_writers_at_once(db_url: str, small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    """Three processes ingest overlapping files into one database at the same time."""
    a, b = small_corpus
    EventService.open(db_url).close()  # migrate once before the race (as a deployment would)
    writers = [_writer(db_url, a), _writer(db_url, b), _writer(db_url, b, a)]
    results = [w.communicate(timeout=600) for w in writers]
    for w, (_out, err) in zip(writers, results, strict=True):
        assert w.returncode == 0, err[-3000:]
    eng = create_engine(to_url(db_url))
    try:
        with eng.connect() as conn:
            n_articles = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
            dup = conn.execute(text("SELECT count(*) FROM (SELECT content_hash FROM articles GROUP BY content_hash "
                                    "HAVING count(*) > 1) d")).scalar_one()
            broken = {name: conn.execute(text(sql)).scalar_one() for name, sql in RULES.items()
                      if name not in FTS_RULES and name != "duplicate article"}
            n_events = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
    finally:
        eng.dispose()
    assert dup == 0
    assert {k: v for k, v in broken.items() if v} == {}
    # 24 distinct lines; the reader may refuse or merge some, so compare with one writer alone
    single = str(tmp_path / "single.db")
    s = _writer(single, b, a)
    _, err = s.communicate(timeout=600)
    assert s.returncode == 0, err[-2000:]
    assert n_articles == counts(single)["articles"]
    print(f"\n{db_url.split(':')[0]}: {n_articles} articles, {n_events} events with three writers; "
          f"one writer: {counts(single)['events']} events")
    if db_url.endswith(".db"):
        assert problems(db_url) == []

