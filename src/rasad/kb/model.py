"""Knowledge-base entries as loaded from the data files (see data/README.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasad.errors import KnowledgeError


@dataclass(frozen=True)
class Office:
    role: str
    of: str  # ISO3 country or organisation id ("org:un")
    for_: str | None = None  # envoys: the country the office is for
    title: str | None = None
    start: date | None = None
    end: date | None = None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class Entry:
    """One entity: a person, country, organisation or place."""

    id: str
    kind: str  # "person" | "country" | "organization" | "place"
    name_en: str
    name_ar: str | None
    country: str | None
    wikidata: str | None = None
    aliases_en: list[str] = field(default_factory=list)
    aliases_ar: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    # countries / organisations: how English titles name them
    title_name: str | None = None
    short_en: str | None = None
    # places
    place_kind: str = "city"
    metonym: bool = False
    default: bool = False
    domestic: bool = False  # organisations: a country's party or bloc (organizations.yaml `domestic`)
    seat: str | None = None  # a seat of office: the role whose holder it stands for (البيت الأبيض: president)
    gender: str | None = None  # people: "f" for a woman (a feminine office form resolves only to her)


def parse_date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    try:
        if len(text) == 4:
            return date(int(text), 1, 1)
        if len(text) == 7:
            return date(int(text[:4]), int(text[5:7]), 1)
        return date.fromisoformat(text)
    except ValueError as err:
        raise KnowledgeError(f"bad date {text!r}", source=where) from err


def person_from_dict(d: dict[str, Any], where: str) -> Entry:
    if not isinstance(d, dict) or not d.get("id") or not d.get("name_en"):
        raise KnowledgeError(f"person entry without id/name_en: {str(d)[:80]}", source=where)
    offices = []
    for o in d.get("offices") or []:
        if not isinstance(o, dict) or not o.get("role") or not o.get("of"):
            raise KnowledgeError(f"{d['id']}: office without role/of: {o}", source=where)
        offices.append(Office(role=str(o["role"]), of=str(o["of"]), for_=o.get("for"), title=o.get("title"),
                              start=parse_date(o.get("start"), where), end=parse_date(o.get("end"), where)))
    gender = d.get("gender")
    if gender not in (None, "f", "m"):
        raise KnowledgeError(f"{d['id']}: gender must be f or m, not {gender!r}", source=where)
    return Entry(id=str(d["id"]), kind="person", name_en=str(d["name_en"]), name_ar=d.get("name_ar"),
                 country=d.get("country"), wikidata=d.get("wikidata") or None, gender=gender,
                 aliases_en=[str(a) for a in d.get("aliases_en") or []],
                 aliases_ar=[str(a) for a in d.get("aliases_ar") or []], offices=offices)
