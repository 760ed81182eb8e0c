"""The Maghreb's cabinets, speakers, party and union leaders (data/people/cabinets_west.yaml): offices with a
role key resolve by date, the rest name their holder, upper houses do not take the lower house's phrase, and
the Polisario Front's leaders are a non-state party."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase


@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الداخلية التونسي", date(2016, 5, 1), "Hedi Majdoub"),
    ("وزير الداخلية التونسي", date(2019, 1, 15), "Hichem Fourati"),
    ("وزير الدفاع التونسي", date(2016, 5, 1), "Farhat Horchani"),
    ("وزير الدفاع التونسي", date(2018, 5, 1), "Abdelkarim Zbidi"),
    # the acting foreign minister between Jhinaoui's dismissal and the Fakhfakh government
    ("وزير الخارجية التونسي", date(2019, 12, 1), "Sabri Bachtobji"),
    ("وزير الداخلية المغربي", date(2015, 6, 1), "Mohamed Hassad"),
    ("وزير الداخلية المغربي", date(2018, 6, 1), "Abdelouafi Laftit"),
    ("وزير الداخلية الجزائري", date(2014, 1, 1), "Tayeb Belaiz"),
    ("رئيس البرلمان الجزائري", date(2014, 1, 1), "Mohamed Larbi Ould Khelifa"),
    ("رئيس الأركان الجزائري", date(2019, 4, 1), "Ahmed Gaid Salah"),
    ("رئيس الأركان الجزائري", date(2020, 3, 1), "Saïd Chengriha"),
    ("وزير الداخلية الليبي", date(2019, 6, 1), "Fathi Bashagha"),
    ("زعيم جبهة البوليساريو", date(2015, 6, 1), "Mohamed Abdelaziz"),
    ("زعيم جبهة البوليساريو", date(2017, 6, 1), "Brahim Ghali"),
])
def test_role_resolves_to_holder(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


@pytest.mark.parametrize(("text", "name", "who", "country"), [
    ("استقبل الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي السفير", "نور الدين الطبوبي",
     "Noureddine Taboubi", "TUN"),
    ("التقت رئيسة منظمة الأعراف وداد بوشماوي وفدا أوروبيا", "وداد بوشماوي", "Wided Bouchamaoui", "TUN"),
    ("أجرى المستشار الملكي فؤاد عالي الهمة محادثات", "فؤاد عالي الهمة", "Fouad Ali El Himma", "MAR"),
    ("وقال إدريس لشكر الكاتب الأول للاتحاد الاشتراكي", "إدريس لشكر", "Driss Lachgar", "MAR"),
    ("استقبل الفريق أحمد قايد صالح قائد القوات البرية", "الفريق أحمد قايد صالح", "Ahmed Gaid Salah", "DZA"),
    ("وصرح أحمد معيتيق نائب رئيس المجلس الرئاسي", "أحمد معيتيق", "Ahmed Maiteeq", "LBY"),
])
def test_names_resolve_with_their_country(kb: KnowledgeBase, text: str, name: str, who: str, country: str) -> None:
    found = [(m.text, m.actor.name_en, m.actor.country) for m in kb.find_mentions(text, date(2018, 1, 1))
             if m.actor is not None and m.actor.kind == "person"]
    assert found == [(name, who, country)]


def test_an_upper_house_president_does_not_take_the_speakers_phrase(kb_people) -> None:
    # Benchamach presided over the House of Councillors (`official`): the parliament's speaker is the lower house's
    assert kb_people("رئيس البرلمان المغربي", date(2016, 1, 1)) == [("رئيس البرلمان المغربي", "Rachid Talbi Alami")]


def test_a_minister_without_a_role_key_gives_the_title_but_no_phrase(kb: KnowledgeBase, kb_people) -> None:
    (m,) = [m for m in kb.find_mentions("سليم خلبوس", date(2018, 1, 1)) if m.kind == "person"]
    assert m.actor is not None and m.actor.title == "Minister of Higher Education and Scientific Research of Tunisia"
    assert kb_people("وزير التعليم العالي التونسي", date(2018, 1, 1)) == []


def test_polisario_leaders_are_a_non_state_party(kb: KnowledgeBase) -> None:
    assert [(m.text, m.entry_id) for m in kb.find_mentions("جبهة البوليساريو", date(2018, 1, 1))] == [
        ("جبهة البوليساريو", "org:polisario")]
    offices = kb.offices("rasad:p:brahim-ghali")
    assert any(o.active(date(2018, 1, 1)) and o.of == "org:polisario" for o in offices)
