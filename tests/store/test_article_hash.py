"""Article.content_hash is computed once and kept (a cached_property on a frozen dataclass)."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import pickle
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.types import Article


def _reference(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@given(st.text(alphabet=st.sampled_from("اب ت\n\t  ةى5.،x"), max_size=60))
def test_hash_is_the_reference(text: str) -> None:
    a = Article("d", text)
    assert a.content_hash == _reference(text)
    assert a.content_hash == _reference(text)  # the cached value, read again


def test_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = hashlib.sha256

    def counting(data: bytes) -> object:
        calls.append(data)
        return real(data)

    a = Article("d", "نص المقال")
    monkeypatch.setattr(hashlib, "sha256", counting)
    h = a.content_hash
    assert a.content_hash == h and a.content_hash == h
    assert len(calls) == 1


def test_cache_does_not_leak() -> None:
    a = Article("d", "نص  المقال\n هنا", published=date(2020, 1, 2), title="t")
    before = pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL), pickle.dumps(a), repr(a), hash(a)
    h = a.content_hash
    # pickles, repr, equality and hash are those of the fields only
    assert (pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL), pickle.dumps(a), repr(a), hash(a)) == before
    b = pickle.loads(before[0])
    assert b == a and b.content_hash == h
    assert copy.copy(a).content_hash == h and copy.deepcopy(a).content_hash == h
    # a changed copy hashes its own text, not the cached one
    c = dataclasses.replace(a, text="نص آخر")
    assert c.content_hash == _reference("نص آخر") != h
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "x"  # type: ignore[misc]
