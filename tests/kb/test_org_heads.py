"""Heads of international organisations (people/org_heads.yaml): an agency's role phrase resolves to
the holder on the date and to the successor later, and the heads' names resolve alone."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase


def _people(kb: KnowledgeBase, text: str, on: date) -> list[str | None]:
    return [m.actor.name_en for m in kb.find_mentions(text, on) if m.actor is not None and m.actor.kind == "person"]


@pytest.mark.parametrize(("text", "on", "who"), [
    # the IMF's managing director, by three of her titles, and her predecessor
    ("وقالت المديرة العامة لصندوق النقد الدولي إن المفاوضات مستمرة", date(2025, 11, 9), "Kristalina Georgieva"),
    ("واستقبل الرئيس مديرة صندوق النقد الدولي في القصر", date(2021, 4, 2), "Kristalina Georgieva"),
    ("والتقى رئيسة صندوق النقد الدولي على هامش القمة", date(2023, 6, 20), "Kristalina Georgieva"),
    ("وبحثت المديرة العامة لصندوق النقد الدولي مع الوزير برنامج القرض", date(2016, 3, 1), "Christine Lagarde"),
    # the World Bank's president and his predecessor
    ("واجتمع رئيس البنك الدولي مع وزير المالية", date(2024, 1, 1), "Ajay Banga"),
    ("واجتمع رئيس البنك الدولي مع وزير المالية", date(2021, 10, 14), "David Malpass"),
    # the ICC's prosecutor (a fixed phrase) and the one before him
    ("وطالب المدعي العام للمحكمة الجنائية الدولية بإصدار مذكرات توقيف", date(2023, 3, 17), "Karim Khan"),
    ("وزارت المدعية العامة للمحكمة الجنائية الدولية رام الله", date(2016, 1, 27), "Fatou Bensouda"),
    # a mission's head ("رئيسة البعثة الأممية في ليبيا") and UNIFIL's commander
    ("واستقبل المنفي رئيسة البعثة الأممية في ليبيا", date(2025, 6, 1), "Hanna Tetteh"),
    ("واستقبل المنفي رئيس بعثة الأمم المتحدة للدعم في ليبيا", date(2019, 5, 1), "Ghassan Salamé"),
    ("والتقى الرئيس عون قائد قوات اليونيفيل", date(2025, 3, 1), "Aroldo Lázaro Sáenz"),
    # the UN's two High Commissioners are told apart by their phrases
    ("وحذر المفوض السامي للأمم المتحدة لشؤون اللاجئين من موجة نزوح", date(2019, 9, 1), "Filippo Grandi"),
    ("وحذر مفوض الأمم المتحدة السامي لحقوق الإنسان من موجة نزوح", date(2019, 9, 1), "Michelle Bachelet"),
    ("وحذر مفوض الأمم المتحدة السامي لحقوق الإنسان من موجة نزوح", date(2024, 9, 1), "Volker Türk"),
    ("والتقى المفوض العام للأونروا بوزير الخارجية", date(2017, 2, 1), "Pierre Krähenbühl"),
    ("والتقى المفوض العام للأونروا بوزير الخارجية", date(2024, 2, 1), "Philippe Lazzarini"),
    # UNESCO's director-general before and after November 2025
    ("وزارت المديرة العامة لليونسكو مدينة الموصل", date(2022, 3, 1), "Audrey Azoulay"),
    ("وزار المدير العام لليونسكو مدينة الموصل", date(2026, 3, 1), "Khaled El-Enany"),
    # the European Commission's and Parliament's presidents
    ("وأجرى اتصالا برئيسة المفوضية الأوروبية", date(2024, 3, 1), "Ursula von der Leyen"),
    ("وأجرى اتصالا برئيس المفوضية الأوروبية", date(2016, 3, 1), "Jean-Claude Juncker"),
    ("واستقبل رئيسة البرلمان الأوروبي", date(2023, 3, 1), "Roberta Metsola"),
])
def test_agency_role_resolves_to_holder_on_the_date(kb: KnowledgeBase, text: str, on: date, who: str) -> None:
    assert _people(kb, text, on) == [who]


@pytest.mark.parametrize(("text", "who"), [
    ("واستقبل الرئيس غورغييفا في القاهرة", "Kristalina Georgieva"),
    ("والتقى كريستالينا جورجيفا في واشنطن", "Kristalina Georgieva"),
    ("وقال أجاي بانغا إن البنك سيدعم الخطة", "Ajay Banga"),
    ("وأعلن كريم خان فتح تحقيق", "Karim Khan"),
    ("والتقى الأمين العام لرابطة العالم الإسلامي محمد العيسى", "Mohammad Al-Issa"),
])
def test_head_names_resolve_alone(kb: KnowledgeBase, text: str, who: str) -> None:
    assert who in _people(kb, text, date(2024, 6, 1))


def test_a_bare_manager_of_a_country_is_no_office(kb: KnowledgeBase) -> None:
    """"مدير" is not a head: "مدير مصر للطيران" is an airline's manager, not Egypt's president, and
    "مدير البنك الدولي في مصر" the bank's country director, not its president."""
    assert _people(kb, "وقال مدير مصر للطيران إن الرحلات مستمرة", date(2022, 1, 1)) == []
    assert _people(kb, "وقال مدير البنك الدولي في مصر إن القرض أقر", date(2022, 1, 1)) == []


def test_deputy_of_an_agency_head_is_not_the_head(kb: KnowledgeBase) -> None:
    assert "Kristalina Georgieva" not in _people(kb, "وقالت نائبة مديرة صندوق النقد الدولي", date(2023, 1, 1))
