"""wire.Probe (the single writer's wire-copy test against many articles) answers exactly as
wire.is_wire_copy, its early 'no' from the other sketch's first hashes included."""

from __future__ import annotations

import random
import struct

from rasad.merge import wire


def _sketch(hashes: list[int]) -> bytes:
    hs = sorted(set(hashes))[:wire.K]
    return struct.pack(f">{len(hs)}Q", *hs)


def _pairs(rnd: random.Random, n: int) -> list[tuple[bytes, bytes]]:
    out = []
    for _ in range(n):
        # near the threshold: a shared run, and unshared hashes placed below all of it on either side
        size = rnd.choice([1, 3, 20, 64, 100, 128, 128, 200])
        common = [rnd.getrandbits(60) + (1 << 62) for _ in range(size)]
        low_b = [rnd.getrandbits(50) for _ in range(rnd.randint(0, 40))]
        low_a = [rnd.getrandbits(50) for _ in range(rnd.randint(0, 12))]
        keep = rnd.random()
        a = [h for h in common if rnd.random() < 0.5 + keep / 2] + low_a
        out.append((_sketch(a), _sketch(common + low_b)))
        # and unrelated or partly related articles
        x = [rnd.getrandbits(64) for _ in range(rnd.choice([2, 50, 300]))]
        y = [h if rnd.random() < rnd.random() else rnd.getrandbits(64) for h in x]
        out.append((_sketch(x), _sketch(y)))
    return out


def test_probe_matches_is_wire_copy() -> None:
    rnd = random.Random(11)
    copies = 0
    for a, b in [*_pairs(rnd, 4000), (b"", b""), (_sketch([1, 2]), b""), (b"", _sketch([1]))]:
        for x, y in ((a, b), (b, a)):
            expected = wire.is_wire_copy(x, y)
            probe = wire.Probe(x)
            assert probe.is_copy(y) == expected
            assert probe.maybe(wire.prefix(y)) or not expected  # never rules out a copy
            copies += expected
    assert copies > 500  # the pairs do reach the threshold from both sides


def test_probe_rules_out_unrelated_articles() -> None:
    a = wire.sketch("التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد وبحثا العلاقات الثنائية بين البلدين")
    b = wire.sketch("أجرى الرئيس الفرنسي اتصالا هاتفيا مع ولي العهد السعودي تناول فيه التطورات الإقليمية والدولية")
    assert not wire.Probe(a).maybe(wire.prefix(b))
    assert wire.Probe(a).maybe(wire.prefix(a)) and wire.Probe(a).is_copy(a)
