"""Country names and nisbas of data/country_forms.yaml that the regular rule gets wrong, and Mali,
whose name is also a common word and is read only inside an office phrase."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase, default_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_kb()


def _found(kb: KnowledgeBase, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.entry_id) for m in kb.find_mentions(text, date(2023, 1, 1), unresolved=True)]


@pytest.mark.parametrize(("text", "iso3"), [
    ("قرغيزستان", "KGZ"), ("قيرغيزستان", "KGZ"), ("قرغيزيا", "KGZ"), ("الوفد القرغيزي", "KGZ"),
    ("الحكومة التشيلية", "CHL"), ("ميانمار", "MMR"), ("ساحل العاج", "CIV"), ("الحكومة البيروفية", "PER"),
])
def test_country_forms(kb: KnowledgeBase, text: str, iso3: str) -> None:
    found = _found(kb, text)
    assert len(found) == 1 and (found[0][1] or "").endswith(iso3), found


@pytest.mark.parametrize(("text", "role"), [
    ("الرئيس التشيلي", "president:CHL"), ("الرئيس القيرغيزي", "president:KGZ"),
    ("الرئيس المالي", "president:MLI"), ("رئيس وزراء مالي", "prime_minister:MLI"),
    ("وزير الخارجية المالي", "foreign_minister:MLI"), ("الرئيس الألباني", "president:ALB"),
])
def test_office_of_the_country(kb: KnowledgeBase, text: str, role: str) -> None:
    found = [m for m in kb.find_mentions(text, date(1990, 1, 1)) if m.kind == "person"]
    assert [(m.text, m.entry_id) for m in found] == [(text, f"rasad:role:{role}")]


@pytest.mark.parametrize("text", ["الدعم المالي", "قدم مالي كله", "وزير المالية", "الجبهة التركمانية", "الباني"])
def test_common_words_are_no_country(kb: KnowledgeBase, text: str) -> None:
    assert _found(kb, text) == []
