"""Office phrases around a name, with the packaged knowledge base (its people included)."""

from __future__ import annotations

from datetime import date


def test_an_office_dated_by_then_still_names_the_person_after_it(kb_people) -> None:
    # "الرئيس الإيراني آنذاك X": the president at the time, not the one in office on the day
    assert kb_people("والتقى الرئيس الإيراني آنذاك إبراهيم رئيسي.", date(2024, 11, 11)) == [
        ("الرئيس الإيراني آنذاك إبراهيم رئيسي", "Ebrahim Raisi")]


def test_a_first_deputy_s_principal_is_not_a_mention(kb_people) -> None:
    # "النائب الأول للرئيس الإيراني X": the deputy, not the president
    assert [n for _, n in kb_people("بمشاركة النائب الأول للرئيس الإيراني محمد رضا عارف.", date(2024, 11, 11))] == [
        "Mohammad Reza Aref"]


def test_a_feminine_office_names_a_woman_or_nobody(kb_people) -> None:
    # "رئيسة الوزراء البريطانية": Theresa May in 2017; in 2020 the office was a man's, so the phrase
    # names nobody rather than Boris Johnson
    assert [n for _, n in kb_people("التقت رئيسة الوزراء البريطانية في لندن الوزير.", date(2017, 6, 1))] == [
        "Theresa May"]
    assert "Boris Johnson" not in [n for _, n in kb_people("التقت رئيسة الوزراء البريطانية في لندن الوزير.",
                                                           date(2020, 1, 10))]
    # (the masculine form is anyone's)
    assert [n for _, n in kb_people("التقى رئيس الوزراء البريطاني في لندن الوزير.", date(2017, 6, 1))] == [
        "Theresa May"]


def test_every_office_reads_in_the_feminine(kb_people) -> None:
    # roles.yaml lists "رئيس مجلس الوزراء"; its feminine, with the nisba agreeing with the council,
    # and "مساعدة وزير الخارجية" are derived from it (roles.yaml `feminine`)
    assert [n for _, n in kb_people("وأدت رئيسة مجلس الوزراء الإيطالي زيارة.", date(2023, 6, 6))] == [
        "Giorgia Meloni"]
    got = kb_people("بحضور مساعدة وزير الخارجية الأميركي للشؤون الأفريقية مولي في.", date(2023, 5, 6))
    assert got and got[0][0] == "مساعدة وزير الخارجية الأميركي"
    # (a woman's form still names no man)
    assert "Nikol Pashinyan" not in [n for _, n in kb_people("التقت رئيسة مجلس الوزراء الأرميني الوفد.",
                                                             date(2023, 6, 6))]


def test_a_bare_office_before_another_holder_s_titled_name_is_not_his_title(kb_people) -> None:
    # "والتقى ولي العهد رئيس الوزراء الفرنسي X": the crown prince is the subject, not a title of the
    # French prime minister; a chain of offices the person holds stays one mention
    assert kb_people("والتقى ولي العهد رئيس الوزراء الفرنسي إدوارد فيليب.", date(2018, 4, 10)) == [
        ("رئيس الوزراء الفرنسي إدوارد فيليب", "Édouard Philippe")]
    assert [n for _, n in kb_people("ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان",
                                    date(2018, 4, 10))] == ["Mohammed bin Salman"]
