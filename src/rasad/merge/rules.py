"""When are two reports the same contact, and what does the merged event look like.

Reports of one contact agree on the type class (remote: call, message; in-person: visit,
meeting, talks; invitation), on who took part and roughly on when and where. Outlets
differ in how specific they are ("Egypt" vs "Sisi", "the Taliban" vs "a Taliban
delegation"), so actors are compared by id, and a country or group actor also matches
any actor of the same country.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rasad.types import Actor, Event

TYPE_CLASS = {"call": "remote", "message": "remote", "visit": "in-person", "meeting": "in-person",
              "talks": "in-person", "invitation": "invitation"}

DATE_TOLERANCE = timedelta(days=1)  # "yesterday" vs "on Monday" across time zones and deadlines
UNDATED_WINDOW = timedelta(days=7)  # an undated report matches events reported within a week
CONFIDENCE_CAP = 0.99
COUNTRY_KINDS = frozenset({"country", "group"})


def type_class(event_type: str) -> str:
    return TYPE_CLASS.get(event_type, event_type)


def actor_key(a: Actor) -> str:
    """Entity-level key: the id, except that country/group actors are their country."""
    if a.kind in COUNTRY_KINDS and a.country:
        return f"C:{a.country}"
    return a.id


def _participants(e: Event) -> tuple[Actor, ...]:
    return (*e.source, *e.target, *e.mediators)


def merge_key(e: Event) -> str:
    """Exact key: type class + sorted actor keys (source, target and mediators alike)."""
    keys = sorted({actor_key(a) for a in _participants(e)})
    return type_class(e.type) + "|" + "|".join(keys)


def country_key(e: Event) -> str:
    """Coarse key: type class + sorted countries; candidates for the lenient actor match."""
    cs = sorted({a.country or f"?{a.id}" for a in _participants(e)})
    return type_class(e.type) + "|" + "|".join(cs)


@dataclass(frozen=True)
class ActorRef:
    """An actor of a stored event as the merge rules see it."""

    id: str
    kind: str
    country: str | None


def ref(a: Actor) -> ActorRef:
    return ActorRef(a.id, a.kind, a.country)


def _covers(x: ActorRef, others: Sequence[ActorRef]) -> bool:
    for y in others:
        if x.id == y.id:
            return True
        if x.country and x.country == y.country and (x.kind in COUNTRY_KINDS or y.kind in COUNTRY_KINDS):
            return True
    return False


def actors_compatible(a: Sequence[ActorRef], b: Sequence[ActorRef]) -> bool:
    """Every actor of each side is the same entity as, or the country of, one on the other."""
    if not a or not b:
        return False
    return all(_covers(x, b) for x in a) and all(_covers(y, a) for y in b)


def dates_compatible(a_first: date | None, a_last: date | None, a_reported: Iterable[date | None],
                     b_first: date | None, b_last: date | None, b_reported: Iterable[date | None]) -> bool | None:
    """Overlapping ranges (with a day's tolerance); an undated side must be reported close by.

    None when nothing can be compared (no event date and no report date on one side): the
    caller then merges only wire copies, since the same pair meets again and again.
    """
    if a_first and a_last and b_first and b_last:
        return a_first - DATE_TOLERANCE <= b_last and b_first - DATE_TOLERANCE <= a_last
    # One side has no date: compare what is known with the other's report dates.
    ra = [d for d in a_reported if d]
    rb = [d for d in b_reported if d]
    lo_a, hi_a = (a_first, a_last) if a_first and a_last else (min(ra, default=None), max(ra, default=None))
    lo_b, hi_b = (b_first, b_last) if b_first and b_last else (min(rb, default=None), max(rb, default=None))
    if lo_a is None or hi_a is None or lo_b is None or hi_b is None:
        return None  # nothing to compare: same actors and class is all we have
    return lo_a - UNDATED_WINDOW <= hi_b and lo_b - UNDATED_WINDOW <= hi_a


def places_compatible(a_name: str | None, a_country: str | None, b_name: str | None, b_country: str | None) -> bool:
    if not (a_name or a_country) or not (b_name or b_country):
        return True
    if a_country and b_country and a_country != b_country:
        return False
    if a_name and b_name and a_country is None and b_country is None:
        return a_name.casefold() == b_name.casefold()
    return True


def combined_confidence(per_source: Iterable[float], cap: float = CONFIDENCE_CAP) -> float:
    """1 - prod(1 - c_i) over independent sources: corroboration raises confidence."""
    miss = 1.0
    for c in per_source:
        miss *= 1.0 - max(0.0, min(1.0, c))
    return round(min(cap, 1.0 - miss), 4)


def narrower(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> tuple[date | None, date | None]:
    """The more precise of two date ranges (a known range beats None; shorter beats longer)."""
    if a[0] is None or a[1] is None:
        return b
    if b[0] is None or b[1] is None:
        return a
    # overlapping: the intersection is what both reports allow
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo <= hi:
        return lo, hi
    return a if (a[1] - a[0]) <= (b[1] - b[0]) else b
