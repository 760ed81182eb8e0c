"""The plain frozen dataclasses that flow between stages.

Offsets (`start`, `end`) are always character offsets into `Article.text`, the cleaned
text, which is never rewritten after reading: normalised forms carry offsets back to it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property
from typing import Any, Literal

ActorKind = Literal["person", "country", "organization", "group"]
EventType = Literal["call", "visit", "meeting", "talks", "invitation", "message"]
Status = Literal["occurred", "planned"]
Precision = Literal["day", "week", "month", "year", "range", "season"]

EVENT_TYPES: tuple[str, ...] = ("call", "visit", "meeting", "talks", "invitation", "message")


@dataclass(frozen=True)
class Article:
    """One article read from a page, file or JSON line."""

    doc_id: str
    text: str
    part: int = 1
    title: str | None = None
    published: date | None = None
    published_raw: str | None = None
    outlet: str | None = None
    author: str | None = None
    source: str = "-"
    url: str | None = None

    # Computed on first access and kept in the instance dict (cached_property writes the dict
    # directly, so the frozen dataclass's __setattr__ is not involved): process_batch, prepare and
    # the ingest service each read it (~20 us a time for a news article). Fields never change
    # after __init__ (dataclasses.replace builds a new instance, without the cache), so the
    # cached value cannot go stale; equality, hash and repr read the fields only, and pickles
    # leave the cache out (`__getstate__`: the same bytes as without it).
    @cached_property
    def content_hash(self) -> str:
        """Stable hash of the cleaned text: the same article twice is stored once."""
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__
        if "content_hash" in state:
            state = state.copy()
            del state["content_hash"]
        return state

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "part": self.part,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_raw": self.published_raw,
            "outlet": self.outlet,
            "author": self.author,
            "text": self.text,
            "source": self.source,
            "url": self.url,
        }


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # == article.text[start:end]


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in text and resolved against an anchor date."""

    text: str
    start: int
    end: int
    first: date  # first day of the range
    last: date  # last day of the range (== first for one day)
    precision: Precision
    method: str  # how it was resolved: "absolute", "relative:yesterday", "weekday:past", ...
    tense: Literal["past", "future", "present", "unknown"] = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.first.isoformat(), "end": self.last.isoformat(),
                "precision": self.precision, "offset": [self.start, self.end], "method": self.method}


@dataclass(frozen=True)
class Actor:
    """A resolved actor: a person, a country, an organisation or a group (delegation)."""

    id: str  # Wikidata QID when known for certain, else a stable rasad id ("rasad:...")
    name_en: str | None
    name_ar: str | None
    kind: ActorKind
    country: str | None  # ISO 3166-1 alpha-3
    title: str | None = None  # office held at the date of the event
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name_en": self.name_en, "name_ar": self.name_ar, "kind": self.kind,
                "country": self.country, "title": self.title, "wikidata": self.wikidata}


@dataclass(frozen=True)
class Place:
    id: str
    name_en: str
    name_ar: str | None
    country: str | None
    kind: Literal["city", "country", "site", "region"] = "city"

    def to_dict(self) -> dict[str, Any]:
        return {"name_en": self.name_en, "country": self.country}


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names or describes an actor or place."""

    text: str
    start: int
    end: int
    kind: Literal["person", "country", "organization", "group", "place", "role"]
    entry_id: str | None  # knowledge-base entry id, None when unresolved
    actor: Actor | None = None
    place: Place | None = None
    via: str = "name"  # "name", "alias", "partial", "role", "nisba", "metonym", "coref"

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        p = self.place
        return {
            "text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
            "id": self.entry_id,
            "name_en": a.name_en if a else (p.name_en if p else None),
            "name_ar": a.name_ar if a else (p.name_ar if p else None),
            "country": a.country if a else (p.country if p else None),
            "title": a.title if a else None,
            "wikidata": a.wikidata if a else None,
            "via": self.via,
        }


@dataclass(frozen=True)
class Event:
    """One diplomatic contact reported by one article (before merging across articles)."""

    type: EventType
    status: Status
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    evidence: str  # the sentence, verbatim from Article.text
    confidence: float
    doc_id: str
    part: int = 1
    mediators: tuple[Actor, ...] = ()
    first: date | None = None
    last: date | None = None
    location: Place | None = None
    topics: tuple[str, ...] = ()
    sentence_start: int = 0
    sentence_end: int = 0
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    cameo: str = ""
    plover_type: str = ""
    plover_mode: str = ""
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def when_dict(self) -> dict[str, str] | None:
        if self.first is None or self.last is None:
            return None
        return {"start": self.first.isoformat(), "end": self.last.isoformat()}

    def to_contract(self) -> dict[str, Any]:
        """Exactly the shape of ../shared/spec/events.schema.json's event."""
        return {
            "type": self.type,
            "status": self.status,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "mediators": [a.to_dict() for a in self.mediators],
            "when": self.when_dict(),
            "location": self.location.to_dict() if self.location else None,
            "topics": list(self.topics),
            "evidence": self.evidence,
            "confidence": round(float(self.confidence), 3),
        }

    def to_rich(self) -> dict[str, Any]:
        """The contract plus trigger/sentence offsets and CAMEO/PLOVER codes."""
        d = self.to_contract()
        d.update({
            "doc_id": self.doc_id, "part": self.part,
            "sentence": [self.sentence_start, self.sentence_end],
            "trigger": {"text": self.trigger, "start": self.trigger_start, "end": self.trigger_end},
            "cameo": self.cameo, "plover": {"type": self.plover_type, "mode": self.plover_mode},
        })
        return d


def dict_built(cls: type, names: tuple[str, ...]) -> bool:
    """May instances of the frozen dataclass `cls` be built by setting their __dict__ to these
    fields in this order, skipping __init__ (rasad.kb.engine does so for Mentions and rasad.timex
    for TimeExprs: the same object, so equality, hash, repr and pickling agree)? Only while `cls`
    keeps that plain shape: exactly these fields, no __slots__, no __post_init__."""
    return (tuple(f.name for f in fields(cls)) == names and "__slots__" not in vars(cls)
            and not hasattr(cls, "__post_init__"))
