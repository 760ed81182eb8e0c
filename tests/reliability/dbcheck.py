"""Consistency checks of a rasad SQLite database (used by the crash and concurrency tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = ("articles", "events", "event_sources", "event_actors", "event_topics", "actors")

# name -> query counting rows that break the rule (all must be 0)
RULES = {
    "event without a source": "SELECT count(*) FROM events e WHERE NOT EXISTS "
                              "(SELECT 1 FROM event_sources s WHERE s.event_id = e.id)",
    "source without its article": "SELECT count(*) FROM event_sources s WHERE NOT EXISTS "
                                  "(SELECT 1 FROM articles a WHERE a.id = s.article_id)",
    "source without its event": "SELECT count(*) FROM event_sources s WHERE NOT EXISTS "
                                "(SELECT 1 FROM events e WHERE e.id = s.event_id)",
    "article missing some of its events' sources": "SELECT count(*) FROM articles a WHERE a.n_events != "
                                                   "(SELECT count(*) FROM event_sources s WHERE s.article_id = a.id)",
    "orphan event_actors": "SELECT count(*) FROM event_actors x WHERE NOT EXISTS "
                           "(SELECT 1 FROM events e WHERE e.id = x.event_id) OR NOT EXISTS "
                           "(SELECT 1 FROM actors a WHERE a.id = x.actor_id)",
    "orphan event_topics": "SELECT count(*) FROM event_topics t WHERE NOT EXISTS "
                           "(SELECT 1 FROM events e WHERE e.id = t.event_id)",
    "event report count off": "SELECT count(*) FROM events e WHERE e.n_reports != "
                              "(SELECT count(*) FROM event_sources s WHERE s.event_id = e.id)",
    "article not in full-text index": "SELECT count(*) FROM articles a WHERE a.id NOT IN "
                                      "(SELECT rowid FROM article_fts)",
    "full-text row without article": "SELECT count(*) FROM article_fts f WHERE f.rowid NOT IN "
                                     "(SELECT id FROM articles)",
    "evidence not in full-text index": "SELECT count(*) FROM event_sources s WHERE s.id NOT IN "
                                       "(SELECT rowid FROM evidence_fts)",
    "duplicate article": "SELECT count(*) FROM (SELECT content_hash FROM articles GROUP BY content_hash "
                         "HAVING count(*) > 1)",
}


def connect(path: str | Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), timeout=30)
    con.execute("PRAGMA busy_timeout=30000")
    return con


def has_schema(path: str | Path) -> bool:
    if not Path(path).exists():
        return False
    with connect(path) as con:
        return con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'event_sources'").fetchone()[0] == 1


def problems(path: str | Path) -> list[str]:
    """Every broken rule, as text; [] when the database is consistent."""
    out: list[str] = []
    con = connect(path)
    try:
        ic = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if ic != ["ok"]:
            out.append(f"integrity_check: {ic[:5]}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            out.append(f"foreign_key_check: {fk[:5]}")
        if not has_schema(path):
            return out
        for name, sql in RULES.items():
            n = con.execute(sql).fetchone()[0]
            if n:
                out.append(f"{name}: {n}")
    finally:
        con.close()
    return out


def counts(path: str | Path) -> dict[str, int]:
    if not has_schema(path):
        return dict.fromkeys(TABLES, 0)
    con = connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # fixed names
    finally:
        con.close()


def fingerprint(path: str | Path) -> dict[str, object]:
    """What a run stored, independent of row ids: articles by hash, events by content and sources."""
    con = connect(path)
    try:
        arts = sorted(r[0] for r in con.execute("SELECT content_hash FROM articles"))
        events = sorted(tuple("" if v is None else str(v) for v in r) for r in con.execute(
            "SELECT e.type, e.status, e.first, e.last, e.merge_key, e.n_sources, e.n_reports, "
            "(SELECT group_concat(h, ',') FROM (SELECT a.content_hash || ':' || s.seq AS h FROM event_sources s "
            " JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id ORDER BY h)), "
            "(SELECT group_concat(k, ',') FROM (SELECT x.actor_id || '/' || x.role AS k FROM event_actors x "
            " WHERE x.event_id = e.id ORDER BY k)) FROM events e"))
        issues = sorted(set(con.execute("SELECT source, line, code FROM issues").fetchall()),
                        key=lambda r: (r[0], r[1] or 0, r[2]))
        return {"articles": arts, "events": events, "issues": issues}
    finally:
        con.close()
