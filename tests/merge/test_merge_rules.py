"""Merge rules (pure): keys, actor/date/place compatibility, confidence, wire copies."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.merge import (
    actors_compatible,
    combined_confidence,
    country_key,
    dates_compatible,
    merge_key,
    places_compatible,
    similarity,
    sketch,
    type_class,
)
from rasad.merge.rules import narrower, ref
from store.factories import BLINKEN, EGYPT, NETANYAHU, SISI, TALIBAN, TALIBAN_DELEGATION, TEXT_A, event

D = date


def test_type_classes() -> None:
    assert {type_class(t) for t in ("call", "message")} == {"remote"}
    assert {type_class(t) for t in ("visit", "meeting", "talks")} == {"in-person"}
    assert type_class("invitation") == "invitation"


def test_merge_key_ignores_direction_and_in_person_subtype() -> None:
    a = event("a", "visit", (NETANYAHU,), (BLINKEN,))
    b = event("b", "meeting", (BLINKEN,), (NETANYAHU,))
    assert merge_key(a) == merge_key(b)
    assert merge_key(a) != merge_key(event("c", "call", (NETANYAHU,), (BLINKEN,)))


def test_country_and_group_actors_key_by_country() -> None:
    a = event("a", "meeting", (TALIBAN_DELEGATION,), (BLINKEN,))
    assert merge_key(a) == "in-person|C:AFG|Q7821917"
    assert country_key(a) == "in-person|AFG|USA"


def test_actor_compatibility_falls_back_to_country_only_for_countries_and_groups() -> None:
    sisi_blinken = [ref(SISI), ref(BLINKEN)]
    egypt_blinken = [ref(EGYPT), ref(BLINKEN)]
    assert actors_compatible(sisi_blinken, egypt_blinken)
    assert actors_compatible([ref(TALIBAN)], [ref(TALIBAN_DELEGATION)])
    assert not actors_compatible([ref(SISI), ref(BLINKEN)], [ref(NETANYAHU), ref(BLINKEN)])
    assert not actors_compatible([ref(SISI)], [ref(SISI), ref(BLINKEN)])  # a third party is another contact
    assert not actors_compatible([], [ref(SISI)])


def test_dates() -> None:
    assert dates_compatible(D(2024, 3, 18), D(2024, 3, 18), [], D(2024, 3, 19), D(2024, 3, 19), [])  # a day apart
    assert not dates_compatible(D(2024, 3, 18), D(2024, 3, 18), [], D(2024, 3, 25), D(2024, 3, 25), [])
    assert dates_compatible(D(2024, 3, 23), D(2024, 3, 31), [], D(2024, 3, 25), D(2024, 3, 25), [])  # inside range
    # one side undated: compare with the other's report dates, within a week
    assert dates_compatible(None, None, [D(2024, 3, 20)], D(2024, 3, 18), D(2024, 3, 18), [D(2024, 3, 18)])
    assert not dates_compatible(None, None, [D(2024, 6, 1)], D(2024, 3, 18), D(2024, 3, 18), [D(2024, 3, 18)])
    assert dates_compatible(None, None, [None], D(2024, 3, 18), D(2024, 3, 18), []) is None  # nothing known


def test_places() -> None:
    assert places_compatible("Doha", "QAT", None, None)
    assert places_compatible("Doha", "QAT", None, "QAT")
    assert not places_compatible("Doha", "QAT", "Cairo", "EGY")
    assert not places_compatible("Doha", None, "Cairo", None)


def test_confidence_grows_with_corroboration_and_is_capped() -> None:
    assert combined_confidence([0.6]) == 0.6
    assert combined_confidence([0.6, 0.5]) == 0.8
    assert combined_confidence([0.6, 0.5, 0.5]) > 0.8
    assert combined_confidence([0.99, 0.99, 0.99]) == 0.99


def test_narrower_dates() -> None:
    assert narrower((None, None), (D(2024, 3, 1), D(2024, 3, 31))) == (D(2024, 3, 1), D(2024, 3, 31))
    assert narrower((D(2024, 3, 1), D(2024, 3, 31)), (D(2024, 3, 18), D(2024, 3, 18))) == (D(2024, 3, 18),) * 2


def test_wire_copy_similarity() -> None:
    edited = TEXT_A.replace("وقال مكتب نتنياهو", "وأضاف مكتب نتنياهو")
    other = "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الفلسطيني محمود عباس تناول التطورات."
    assert similarity(sketch(TEXT_A), sketch(TEXT_A)) == 1.0
    assert 0.6 < similarity(sketch(TEXT_A), sketch(edited)) < 1.0
    assert similarity(sketch(TEXT_A), sketch(other)) == 0.0
    assert similarity(None, sketch(TEXT_A)) == 0.0


def _reference_sketch(text: str, k: int = 128) -> bytes:
    """The sketch as first written (one loop per shingle): stored sketches must stay comparable."""
    import hashlib
    import heapq
    import struct

    from rasad.arabic import normalize_key

    mask, mul = (1 << 64) - 1, 0x9E3779B97F4A7C15
    hs = [int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "big")
          for w in normalize_key(text).split()]
    if len(hs) < 4:
        hs = hs + [0] * (4 - len(hs)) if hs else []
    out = set()
    for i in range(len(hs) - 3):
        h = 0
        for x in hs[i:i + 4]:
            h = ((h ^ x) * mul) & mask
        out.add(h ^ (h >> 29))
    got = heapq.nsmallest(k, out)
    return struct.pack(f">{len(got)}Q", *got)


@pytest.mark.parametrize("text", [TEXT_A, TEXT_A * 3, "", "كلمة", "كلمة ثانية ثالثة", "a b c d", "a b c d e"])
def test_sketch_matches_the_reference(text: str) -> None:
    assert sketch(text) == _reference_sketch(text)


def _reference_similarity(a: bytes, b: bytes, k: int = 128) -> float:
    import heapq

    from rasad.merge.wire import unpack

    sa, sb = set(unpack(a)), set(unpack(b))
    if not sa or not sb:
        return 0.0
    union_k = heapq.nsmallest(k, sa | sb)
    return sum(1 for h in union_k if h in sa and h in sb) / len(union_k)


def test_wire_similarity_and_its_early_answer_match_the_definition() -> None:
    import random
    import struct

    from rasad.merge.wire import is_wire_copy

    rng = random.Random(8)

    def sk(hs: set[int]) -> bytes:
        s = sorted(hs)[:128]
        return struct.pack(f">{len(s)}Q", *s)

    n = 0
    for _ in range(400):
        common = {rng.getrandbits(64) for _ in range(rng.choice([0, 5, 60, 110, 128, 200]))}
        a = sk(common | {rng.getrandbits(64) for _ in range(rng.choice([0, 3, 20, 128]))})
        b = sk(common | {rng.getrandbits(64) for _ in range(rng.choice([0, 3, 20, 128]))})
        ref = _reference_similarity(a, b)
        assert similarity(a, b) == ref
        for thr in (0.0, 0.3, 0.8, 1.0):
            assert is_wire_copy(a, b, thr) == (ref >= thr)
        n += ref >= 0.8
    assert 0 < n < 400  # both answers were exercised


def test_sketch_matches_the_reference_on_random_texts() -> None:
    # the lane-packed shingle hashes (wire._key_shingle_hashes) against the loop, for every length
    import random

    rnd = random.Random(5)
    vocab = ["وزير", "الخارجية", "المصري", "التقى", "نظيره", "في", "القاهرة", "a", "b", "ﻻ", "٣", "x" * 40]
    for size in [*range(12), 50, 300, 2000]:
        text = " ".join(rnd.choice(vocab) for _ in range(size))
        assert sketch(text) == _reference_sketch(text)
