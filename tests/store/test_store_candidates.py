"""The merge candidate query's date prefilter (repo._date_prefilter) drops exactly the candidates
that rules.dates_compatible rules out (False), among the same newest events of each key: dated and
undated reports and events, reports with or without a publication date, events with one or both
report dates, in either order."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import insert

from rasad.merge import rules
from rasad.store import Store, repo
from store.factories import event

KEY, CKEY, OTHER = "in-person|A|B", "in-person|AAA|BBB", "in-person|A|C"


def _maybe(rnd: random.Random, d: date, spread: int) -> date | None:
    return None if rnd.random() < 0.3 else d + timedelta(days=rnd.randint(-spread, spread))


def _rows(rnd: random.Random, n: int, merge_key: str) -> list[dict]:
    base = date(2024, 3, 18)
    now = datetime(2024, 3, 20)
    out = []
    for _ in range(n):
        first = _maybe(rnd, base, 20)
        last = None if first is None or rnd.random() < 0.1 else first + timedelta(days=rnd.randint(0, 5))
        fr, lr = _maybe(rnd, base, 20), _maybe(rnd, base, 20)  # in any order, either may be NULL
        out.append(dict(type="meeting", type_class="in-person", status="occurred", first=first, last=last,
                        topics=[], confidence=0.5, n_sources=1, n_outlets=1, n_reports=1, first_reported=fr,
                        last_reported=lr, merge_key=merge_key, country_key=CKEY, created_at=now, updated_at=now))
    return out


def test_the_prefilter_drops_exactly_what_dates_compatible_rules_out(db_url: str) -> None:
    rnd = random.Random(8)
    store = Store(db_url)
    try:
        with store.engine.begin() as conn:
            # more than MAX_CANDIDATES of each key: the newest are the candidates
            conn.execute(insert(repo.EVENTS), _rows(rnd, repo.MAX_CANDIDATES + 15, KEY))
            conn.execute(insert(repo.EVENTS), _rows(rnd, repo.MAX_CANDIDATES + 15, OTHER))
        with store.engine.connect() as conn:
            everything = conn.execute(repo.EVENTS.select()).all()
            newest = {}
            for lenient, key in ((0, KEY), (1, OTHER)):
                rows = sorted((r for r in everything if r.merge_key == key), key=lambda r: -r.id)
                newest[lenient] = rows[:repo.MAX_CANDIDATES]
            x = repo._Exec(store, conn)
            base = date(2024, 3, 18)
            kept = dropped = 0
            for _ in range(300):
                first = _maybe(rnd, base, 25)
                last = None if first is None or rnd.random() < 0.1 else first + timedelta(days=rnd.randint(0, 5))
                published = _maybe(rnd, base, 25)
                ev = replace(event("d"), first=first, last=last)
                got = x.rows(repo._SEL_CANDIDATES, {"key": KEY, "ckey": CKEY, **repo._date_bounds(ev, published)},
                             repo._LAZY_TOPICS)
                want = set()
                for lenient, rows in newest.items():
                    for r in rows:
                        ok = rules.dates_compatible(first, last, [published], r.first, r.last,
                                                    [r.first_reported, r.last_reported])
                        if ok is not False:
                            want.add((lenient, r.id))
                        dropped += ok is False
                assert {(r.lenient, r.id) for r in got} == want
                kept += len(want)
            assert kept and dropped  # both outcomes were exercised
    finally:
        store.close()


def test_bounds_at_the_calendar_ends_filter_nothing() -> None:
    nothing = {"lo": None, "hi": None, "ulo": None, "uhi": None}
    assert repo._date_bounds(replace(event("d"), first=date.min, last=date.min), None) == nothing
    undated = replace(event("d"), first=None, last=None)
    assert repo._date_bounds(undated, date.max) == nothing
    assert repo._date_bounds(undated, None) == nothing
    assert repo._date_bounds(replace(event("d"), first=date(2024, 3, 18), last=None), None) == nothing
