"""Near-duplicate articles (wire copies): bottom-k MinHash over word shingles.

Two outlets that print the same agency dispatch are one source, not two. We estimate the
Jaccard similarity of the articles' sets of word 4-shingles (over normalised text) with a
bottom-k sketch: hash every shingle once (64 bits, from cached blake2b word hashes) and keep the k smallest
hashes. For two sketches, the share of the k smallest hashes of their union that both
contain estimates the Jaccard similarity (Broder 1997). Hand-written because it is a
dozen lines and datasketch would bring numpy/scipy for one function.
"""

from __future__ import annotations

import functools
import hashlib
import struct

from rasad.arabic import normalize_key

SHINGLE = 4
K = 128
WIRE_THRESHOLD = 0.8


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    words = normalize_key(text).split()
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


_MASK = (1 << 64) - 1
_MUL = 0x9E3779B97F4A7C15  # odd 64-bit constant (golden ratio): mixes word hashes into shingle hashes


@functools.lru_cache(maxsize=200_000)
def _wh(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")


def _shingle_hashes(text: str, n: int = SHINGLE) -> set[int]:
    """64-bit hashes of the word n-shingles: word hashes (cached) combined by multiply-xor,
    so no shingle string is built. Stable across processes (stored sketches stay valid)."""
    return _key_shingle_hashes(normalize_key(text), n)


_ZERO8 = bytes(8)
_LOW_LANE = b"\xff" * 8 + _ZERO8  # one 128-bit lane whose low 64 bits are set (little-endian)
# a word's _wh as a 128-bit lane (8 little-endian bytes, 8 zero bytes), for the words seen (a dict
# subscript is a third of an lru_cache call)
_LANES: dict[str, bytes] = {}


def _lane_bytes(words: list[str]) -> bytes:
    d = _LANES
    try:
        return b"".join([d[w] for w in words])
    except KeyError:
        if len(d) > 200_000:
            d.clear()
        for w in words:
            if w not in d:
                d[w] = _wh(w).to_bytes(8, "little") + _ZERO8
        return b"".join([d[w] for w in words])


def _key_shingle_hashes(key: str, n: int = SHINGLE) -> set[int]:
    """`_shingle_hashes` of already normalised text (normalize_key).

    h_j = ((h_{j-1} ^ x_j) * MUL) mod 2^64 over the n word hashes x of each shingle, then
    h ^ (h >> 29), computed for all the shingles of the text at once with a few operations on
    large integers (C loops) instead of ~10 Python integer operations per shingle (numpy is no
    dependency): the word hashes sit in 128-bit lanes of one integer (lane i, bits 128i..128i+63,
    holds the i-th shingle's word), so a product by the 64-bit MUL stays inside its lane (under
    2^128), masking every lane to its low 64 bits (`low`) is the mod, XOR is lane by lane, and
    after a shift by 29 the bits a lane receives from the next one land in its high half, which
    the last mask clears. The shingles starting at word i read words i..i+n-1: the n integers
    are the lanes from word j on, for j < n. The same hashes as one shingle at a time
    (tests/merge checks it against a reference loop)."""
    words = key.split()
    if not words:
        return set()
    lanes = _lane_bytes(words)
    if len(words) < n:  # a short text is one shingle padded with zero hashes
        lanes += bytes(16 * (n - len(words)))
        m = 1
    else:
        m = len(words) - n + 1
    size = 16 * m
    low = int.from_bytes(_LOW_LANE * m, "little")
    acc = int.from_bytes(lanes[:size], "little") * _MUL
    for j in range(1, n):
        acc = ((acc & low) ^ int.from_bytes(lanes[16 * j:16 * j + size], "little")) * _MUL
    h = acc & low
    h = (h ^ (h >> 29)) & low
    return set(struct.unpack(f"<{2 * m}Q", h.to_bytes(size, "little"))[::2])


def sketch(text: str, k: int = K) -> bytes:
    """The k smallest shingle hashes, sorted, packed as big-endian uint64."""
    return sketch_key(normalize_key(text), k)


def sketch_key(key: str, k: int = K) -> bytes:
    """`sketch` of already normalised text (the store normalises each article once)."""
    hashes = sorted(_key_shingle_hashes(key))[:k]
    return struct.pack(f">{len(hashes)}Q", *hashes)


def unpack(sig: bytes | None) -> list[int]:
    if not sig:
        return []
    return list(struct.unpack(f">{len(sig) // 8}Q", sig))


_SETS: dict[bytes, frozenset[int]] = {}


def _hash_set(sig: bytes | None) -> frozenset[int]:
    """The sketch's hashes as a set, kept for the next comparisons: the single writer compares
    each new article with the sources of every candidate event, the same sketches again and again."""
    if not sig:
        return frozenset()
    s = _SETS.get(sig)
    if s is None:
        if len(_SETS) >= 2048:  # some 9 KB each
            _SETS.clear()
        s = _SETS[sig] = frozenset(unpack(sig))
    return s


def similarity(a: bytes | None, b: bytes | None, k: int = K) -> float:
    """Estimated Jaccard similarity of the two articles' shingle sets (0 when unknown)."""
    sa, sb = _hash_set(a), _hash_set(b)
    if not sa or not sb:
        return 0.0
    # sorted() and set intersection in C: heapq.nsmallest and a generator over the k hashes were
    # most of the single writer's merging time (it compares sketches of every candidate's sources)
    union_k = sorted(sa | sb)[:k]
    return len((sa & sb).intersection(union_k)) / len(union_k)


def is_wire_copy(a: bytes | None, b: bytes | None, threshold: float = WIRE_THRESHOLD) -> bool:
    sa, sb = _hash_set(a), _hash_set(b)
    if not sa or not sb:
        return 0.0 >= threshold
    # similarity counts shared hashes among the k smallest of the union, so it is at most
    # |sa & sb| / min(k, |sa | sb|): when that bound is under the threshold (most pairs share
    # almost nothing), the answer is known without sorting the union.
    shared = len(sa & sb)
    if shared / min(K, len(sa) + len(sb) - shared) < threshold:
        return False
    return similarity(a, b) >= threshold


# Most pairs of articles are no wire copies, and that shows in the first few hashes of the other's
# sketch. Let U be the k smallest hashes of the union (u = |U| <= K) and S the shared ones in U;
# similarity >= threshold means |S| >= threshold * u, so at most (1 - threshold) * u <= ALLOWED
# hashes of U are not shared. U holds every hash of the union below its largest, so b's hashes in
# U are the first |b & U| >= |S| of b's sorted sketch, and |S| >= 103 when u = K (when u < K, U is
# the whole union and holds all of b). So of the first PREFIX <= 103 hashes of b (or all of b),
# at most ALLOWED are not in a's sketch; and at least one is (|S| >= 1). Checking that needs only
# PREFIX hashes of the other article (`prefix`), and rules out most pairs (wire.Probe.maybe).
ALLOWED = int((1.0 - WIRE_THRESHOLD) * K) + 1  # 25.6 -> 26: one more for rounding
PREFIX = 48
_PREFIX_FMT = struct.Struct(f">{PREFIX}Q")


class Probe:
    """`is_wire_copy(sig, other)` for one article against many others (the same answers):
    `maybe(other_prefix)` rules most out from the first PREFIX hashes of the other's sketch
    (`prefix(other)`); `is_copy(other)` is the full test."""

    def __init__(self, sig: bytes | None):
        self.sig = sig
        self.set = frozenset(unpack(sig))

    def maybe(self, other_prefix: bytes | None) -> bool:
        """False only when `other` (whose `prefix` this is) cannot be a wire copy of this sketch."""
        if not self.set or not other_prefix:
            return False  # an empty sketch is nobody's copy (is_wire_copy: similarity 0.0)
        hs = _PREFIX_FMT.unpack(other_prefix) if len(other_prefix) == _PREFIX_FMT.size else unpack(other_prefix)
        shared = len(self.set.intersection(hs))
        return shared > 0 and len(hs) - shared <= ALLOWED

    def is_copy(self, other: bytes | None) -> bool:
        return self.maybe(prefix(other)) and is_wire_copy(self.sig, other)


def prefix(sig: bytes | None) -> bytes:
    """The first PREFIX hashes of a sketch (it is sorted), as stored."""
    return sig[:_PREFIX_FMT.size] if sig else b""
