"""Rival camps inside one country (people/camps.yaml): a camp's leaders hold an office of the camp's
organisation while it is a rival (so a contact between two camps of one country is diplomatic),
and the camps' offices do not take over the state's role phrases."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase


def _nonstate(kb: KnowledgeBase, name: str, on: date) -> bool:
    """The extractor's test: does the person hold an office of an organisation on the day?"""
    (a,) = kb.search(name, limit=1)
    return any(o.active(on) and o.of.startswith("org:") for o in kb.offices(kb._id_of(a)))


@pytest.mark.parametrize(("name", "on", "expected"), [
    ("Khalifa Haftar", date(2020, 9, 10), True),
    ("Aguila Saleh Issa", date(2020, 9, 10), True),
    ("Khalid al-Mishri", date(2020, 10, 8), True),
    ("Fayez al-Sarraj", date(2020, 10, 8), False),
    # Hemedti: inside the government until the war with the army, a rival camp from it
    ("Mohamed Hamdan Dagalo", date(2021, 3, 10), False),
    ("Mohamed Hamdan Dagalo", date(2023, 6, 1), True),
    ("Abdel Fattah al-Burhan", date(2023, 6, 1), False),
    ("Abdalla Hamdok", date(2020, 1, 1), False),
    ("Abdalla Hamdok", date(2024, 1, 2), True),
    ("Omer al-Digair", date(2019, 6, 1), True),
    # the STC's head: a rival before the Presidential Leadership Council, a member of it after
    ("Aidarous al-Zubaidi", date(2019, 11, 5), True),
    ("Aidarous al-Zubaidi", date(2023, 6, 1), False),
    ("Jibril Rajoub", date(2020, 10, 1), True),
    ("Mahmoud Abbas", date(2020, 10, 1), False),
    ("Badr Jamous", date(2023, 1, 1), True),
    ("Ahmed al-Sharaa", date(2020, 1, 1), True),
    ("Ahmed al-Sharaa", date(2025, 3, 10), False),
    ("Mazloum Abdi", date(2025, 3, 10), True),
    ("Amir Khan Muttaqi", date(2020, 9, 12), True),
    ("Amir Khan Muttaqi", date(2022, 1, 1), False),
])
def test_camp_leaders_are_non_state_while_their_camp_is_a_rival(kb: KnowledgeBase, name: str, on: date,
                                                                 expected: bool) -> None:
    assert _nonstate(kb, name, on) is expected


@pytest.mark.parametrize(("text", "on", "who"), [
    ("قائد الجيش الوطني الليبي", date(2019, 4, 5), "Khalifa Haftar"),
    ("القائد العام للجيش الليبي", date(2019, 4, 5), "Khalifa Haftar"),
    ("رئيس مجلس النواب الليبي", date(2020, 9, 10), "Aguila Saleh Issa"),
    ("رئيس البرلمان الليبي", date(2020, 9, 10), "Aguila Saleh Issa"),
    ("رئيس المجلس الأعلى للدولة", date(2024, 1, 1), "Mohamed Takala"),
    # the eastern governments do not take Libya's prime minister over
    ("رئيس الوزراء الليبي", date(2022, 6, 1), "Abdul Hamid Dbeibeh"),
    ("رئيس الوزراء الليبي", date(2018, 6, 1), "Fayez al-Sarraj"),
    ("رئيس مجلس السيادة السوداني", date(2021, 3, 10), "Abdel Fattah al-Burhan"),
    ("نائب رئيس مجلس السيادة", date(2021, 3, 10), "Mohamed Hamdan Dagalo"),
    ("نائب رئيس مجلس السيادة", date(2024, 3, 1), "Malik Agar"),
    ("قائد قوات الدعم السريع", date(2024, 3, 1), "Mohamed Hamdan Dagalo"),
    ("رئيس المجلس السياسي الأعلى", date(2020, 1, 1), "Mahdi al-Mashat"),
    # a movement's officers do not answer "the leader of" it
    ("زعيم جماعة الحوثي", date(2020, 1, 1), "Abdul-Malik al-Houthi"),
    ("زعيم حركة طالبان", date(2020, 1, 1), "Hibatullah Akhundzada"),
    ("رئيس المكتب السياسي لحركة حماس", date(2019, 1, 1), "Ismail Haniyeh"),
    ("رئيس المجلس الانتقالي الجنوبي", date(2019, 11, 5), "Aidarous al-Zubaidi"),
])
def test_camp_offices_resolve(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_a_movement_title_before_an_officer_is_his(kb_people) -> None:
    # "زعيم حماس في غزة" is no office of the role list, but Sinwar holds one of Hamas: one mention
    text = "وقال زعيم حماس يحيى السنوار"
    assert kb_people(text, date(2019, 1, 1)) == [("زعيم حماس يحيى السنوار", "Yahya Sinwar")]
    # a state title before a camp officer who never held it stays apart
    text = "ورافق وزير الخارجية اليمني هاني بن بريك"
    assert [w for _, w in kb_people(text, date(2019, 1, 1))] == ["Khaled al-Yamani", "Hani bin Breik"]
