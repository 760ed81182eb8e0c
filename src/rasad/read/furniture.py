"""Loads the furniture cues of `data/furniture.yaml` (format documented in that file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rasad.arabic.normalize import normalize_key
from rasad.dataio import load_yaml

# libyaml's parser when PyYAML has it (same documents, same SafeConstructor; a fifth of the
# loading time), else the pure-Python one.

# Characters ignored at the end of a line (and of a cue) when comparing them.
_TRAIL = " :：-–—•·|/\\*_.،,"


def cue_key(text: str) -> str:
    """The comparison form of a line or cue: normalised, trailing punctuation dropped."""
    return normalize_key(text).strip(_TRAIL).strip()


@dataclass(frozen=True)
class Furniture:
    drop_line: frozenset[str]
    drop_line_prefix: tuple[tuple[str, int], ...]
    drop_line_contains: tuple[str, ...]
    drop_line_regex: tuple[re.Pattern[str], ...]
    strip_prefix: tuple[str, ...]
    tail_cut: tuple[str, ...]
    end_markers: tuple[str, ...]
    editor_label: tuple[str, ...]
    byline_prefix: tuple[str, ...]
    poll: tuple[str, ...]
    ticker: tuple[str, ...]
    ticker_words: frozenset[str]
    related: tuple[str, ...]
    date_labels: tuple[tuple[str, int], ...]
    boilerplate: tuple[str, ...]
    outlets: dict[str, str]  # key -> name as written in the data file
    # Derived, for one C-level str.startswith test before a loop over cues (most lines match none).
    date_label_cues: tuple[str, ...] = ()
    drop_line_prefix_cues: tuple[str, ...] = ()
    # drop_line_regex as one alternation (one fullmatch call per line instead of one per pattern:
    # a full match of the alternation is a full match of one of them); None: test each one
    drop_line_any: re.Pattern[str] | None = None


def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if not patterns or any(p.flags & ~re.UNICODE for p in patterns):
        return None  # flags (inline or not) would apply to the whole alternation
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:  # e.g. two patterns naming the same group
        return None


def _keys(items: list[Any]) -> tuple[str, ...]:
    # Longest first, so that the most specific cue is the one reported.
    return tuple(sorted({cue_key(str(x)) for x in items if cue_key(str(x))}, key=len, reverse=True))


def load_furniture(text: str) -> Furniture:
    d = load_yaml(text)
    prefixes = sorted(((cue_key(str(e["cue"])), int(e.get("max_words", 12))) for e in d["drop_line_prefix"]),
                      key=lambda t: len(t[0]), reverse=True)
    labels = sorted(((cue_key(str(e["cue"])), int(e["rank"])) for e in d["date_labels"]),
                    key=lambda t: len(t[0]), reverse=True)
    # Byline cues keep their colon: "كتب:" is a byline, "كتب" alone must be followed by a name.
    regexes = tuple(re.compile(str(x)) for x in d["drop_line_regex"])
    bylines = tuple(sorted({normalize_key(str(x)) for x in d["byline_prefix"]}, key=len, reverse=True))
    return Furniture(
        drop_line=frozenset(cue_key(str(x)) for x in d["drop_line"]),
        drop_line_prefix=tuple(prefixes),
        drop_line_contains=tuple(normalize_key(str(x)) for x in d["drop_line_contains"]),
        drop_line_regex=regexes,
        strip_prefix=_keys(d["strip_prefix"]),
        tail_cut=_keys(d["tail_cut"]),
        end_markers=_keys(d["end_markers"]),
        editor_label=_keys(d["editor_label"]),
        byline_prefix=bylines,
        poll=_keys(d["poll"]),
        ticker=_keys(d["ticker"]),
        ticker_words=frozenset(cue_key(str(x)) for x in d["ticker_words"]),
        related=_keys(d["related"]),
        date_labels=tuple(labels),
        boilerplate=_keys(d["boilerplate"]),
        outlets={cue_key(str(x)): str(x) for x in d["outlets"]},
        date_label_cues=tuple(c for c, _ in labels),
        drop_line_prefix_cues=tuple(c for c, _ in prefixes),
        drop_line_any=_any_of(regexes),
    )


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    text = resources.files("rasad.read").joinpath("data/furniture.yaml").read_text(encoding="utf-8")
    return load_furniture(text)
