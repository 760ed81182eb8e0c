"""Month and weekday names, from babel's CLDR data plus `data/months.yaml`.

All keys are normalised with `rasad.arabic.normalize_key` so that lookups are
insensitive to alef/ya/ta-marbuta spelling and diacritics. Used by the publication-date
reader (`rasad.read`) and the time-expression resolver (`rasad.timex`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from babel.dates import get_day_names, get_month_names

from rasad.arabic.normalize import normalize_key
from rasad.dataio import load_yaml


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("rasad.timex").joinpath("data/months.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


@lru_cache(maxsize=1)
def gregorian_months() -> dict[str, int]:
    """Normalised month name -> month number (1..12), all dialects and spellings."""
    d = _data()
    out: dict[str, int] = {}
    for loc in d["cldr_locales"]:
        for num, name in get_month_names("wide", locale=loc).items():
            out[normalize_key(name)] = int(num)
    for num, names in d["gregorian_extra"].items():
        for name in names:
            out[normalize_key(str(name))] = int(num)
    return out


@lru_cache(maxsize=1)
def hijri_months() -> dict[str, int]:
    return {normalize_key(str(n)): int(num) for num, names in _data()["hijri"].items() for n in names}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Normalised weekday name (with and without ال) -> Python weekday (Monday = 0)."""
    out: dict[str, int] = {}
    # CLDR counts from Monday = 0 as Python does.
    for num, name in get_day_names("wide", locale="ar").items():
        out[normalize_key(name)] = int(num)
    for num, names in _data()["weekdays"].items():
        for n in names:
            out[normalize_key(str(n))] = int(num)
    for k, v in list(out.items()):
        if k.startswith("ال"):
            out.setdefault(k[2:], v)
    return out
