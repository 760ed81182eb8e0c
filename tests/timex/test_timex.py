"""Unit tests of rasad.timex, one or more per pattern (anchor: Wednesday 20 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.timex import find_times, resolve_one

A = date(2024, 3, 20)  # a Wednesday; 10 Ramadan 1445


def one(text: str, anchor: date | None = A, tense: str | None = None) -> tuple[str, str, str] | None:
    t = resolve_one(text, anchor, tense=tense)
    return None if t is None else (t.first.isoformat(), t.last.isoformat(), t.precision)


@pytest.mark.parametrize("text,first,last,precision", [
    ("اليوم", "2024-03-20", "2024-03-20", "day"),
    ("أمس", "2024-03-19", "2024-03-19", "day"),
    ("أول أمس", "2024-03-18", "2024-03-18", "day"),
    ("غداً", "2024-03-21", "2024-03-21", "day"),
    ("بعد غد", "2024-03-22", "2024-03-22", "day"),
    ("مساء أمس", "2024-03-19", "2024-03-19", "day"),
    ("ليلة أمس", "2024-03-19", "2024-03-19", "day"),
    ("صباح اليوم الأربعاء", "2024-03-20", "2024-03-20", "day"),
])
def test_relative_days(text: str, first: str, last: str, precision: str) -> None:
    assert one(text) == (first, last, precision)


def test_weekday_follows_tense() -> None:
    assert one("زار الرئيس القاهرة الاثنين") == ("2024-03-18", "2024-03-18", "day")
    assert one("سيزور الرئيس القاهرة الاثنين") == ("2024-03-25", "2024-03-25", "day")
    assert one("يزور الرئيس القاهرة الجمعة") == ("2024-03-22", "2024-03-22", "day")
    assert one("يوم الجمعة المقبل") == ("2024-03-22", "2024-03-22", "day")
    assert one("الأربعاء المقبل") == ("2024-03-27", "2024-03-27", "day")
    assert one("الأربعاء الماضي") == ("2024-03-13", "2024-03-13", "day")
    assert one("التقى الوزير نظيره الأربعاء") == ("2024-03-20", "2024-03-20", "day")
    assert one("مساء الخميس", tense="past") == ("2024-03-14", "2024-03-14", "day")
    assert one("مساء الخميس", tense="future") == ("2024-03-21", "2024-03-21", "day")


def test_nearest_verb_decides() -> None:
    t = resolve_one("قال المتحدث إن الرئيس سيلتقي نظيره الأحد", A)
    assert t is not None and t.first == date(2024, 3, 24) and t.tense == "future"


def test_units() -> None:
    assert one("الأسبوع المقبل") == ("2024-03-23", "2024-03-31", "week")
    assert one("الأسبوع الماضي") == ("2024-03-09", "2024-03-17", "week")
    assert one("الشهر الماضي") == ("2024-02-01", "2024-02-29", "month")
    assert one("الشهر الجاري") == ("2024-03-01", "2024-03-31", "month")
    assert one("العام المقبل") == ("2025-01-01", "2025-12-31", "year")
    assert one("هذا العام") == ("2024-01-01", "2024-12-31", "year")


def test_same_month_and_year_are_those_told_before() -> None:
    """"من الشهر نفسه", "من العام ذاته": the month or year of the expression just before (in the
    calendar it was told in); alone, nothing."""
    def spans(text: str) -> list[tuple[str, str, str]]:
        return [(t.text, t.first.isoformat(), t.last.isoformat()) for t in find_times(text, A)]

    assert spans("زار أنقرة في الثالث من فبراير، ثم اتصل بنظيره في السابع عشر من الشهر نفسه") == [
        ("الثالث من فبراير", "2024-02-03", "2024-02-03"),
        ("السابع عشر من الشهر نفسه", "2024-02-17", "2024-02-17")]
    assert spans("التقيا في 3 ذو الحجة 1437 هـ، ثم في 10 من الشهر ذاته")[1][1:] == ("2016-09-11", "2016-09-11")
    assert spans("وقع الاتفاق في مارس 2019، وزار الرئيس باريس في أكتوبر من العام نفسه")[1] == (
        "أكتوبر من العام نفسه", "2019-10-01", "2019-10-31")
    assert spans("زار الوزير عمان في 5 يناير 2021، والتقى الملك في نفس الشهر")[1][1:] == ("2021-01-01", "2021-01-31")
    # (a Gregorian month's year in the Gregorian calendar, after a Hijri date too)
    assert spans("التقيا في 3 ذو الحجة 1437 هـ، ثم في مارس من العام نفسه")[1][1:] == ("2016-03-01", "2016-03-31")
    assert spans("أواخر العام ذاته") == []  # nothing told before
    assert spans("في 25 من الشهر نفسه") == []


def test_counts() -> None:
    assert one("منذ ثلاثة أيام") == ("2024-03-17", "2024-03-17", "day")
    assert one("قبل يومين") == ("2024-03-18", "2024-03-18", "day")
    assert one("خلال الأيام المقبلة") == ("2024-03-21", "2024-03-27", "range")
    assert one("منذ أيام") is None


def test_absolute() -> None:
    assert one("28 من ديسمبر الجاري") == ("2024-12-28", "2024-12-28", "day")
    assert one("20 كانون الثاني 2024") == ("2024-01-20", "2024-01-20", "day")
    assert one("3 جانفي 2024") == ("2024-01-03", "2024-01-03", "day")
    assert one("الموافق 5 رمضان 1445 هـ") == ("2024-03-15", "2024-03-15", "day")
    assert one("٢٠/٠٣/٢٠٢٤") == ("2024-03-20", "2024-03-20", "day")
    assert one("2024-03-20") == ("2024-03-20", "2024-03-20", "day")
    assert one("من 3 إلى 5 مارس") == ("2024-03-03", "2024-03-05", "range")
    assert one("20th, March 2024") == ("2024-03-20", "2024-03-20", "day")


@pytest.mark.parametrize("text", ["صحيفة إسرائيل اليوم", "اليوم الوطني", "الأمين العام", "الرأي العام",
                                  "الأحد عشر لاعبا", "مؤخرا", "منذ سنوات"])
def test_not_times(text: str) -> None:
    assert find_times(text, A) == []


def test_offsets_point_into_original() -> None:
    text = "وأكد الوزير، مساءَ أمسِ، أن ..."
    (t,) = find_times(text, A)
    assert text[t.start:t.end] == t.text and t.text.startswith("مساء")


def test_no_anchor_keeps_absolute_only() -> None:
    found = find_times("التقى أمس في 20 مارس 2024", None)
    assert [t.text for t in found] == ["20 مارس 2024"]


def test_a_country_before_today_is_not_a_newspaper_name() -> None:
    from datetime import date

    from rasad.timex import find_times

    on = date(2021, 6, 10)
    for text in ("التقى الرئيس المصري اليوم الملك عبدالله.", "زار نتنياهو إسرائيل اليوم", "وصل إلى تونس اليوم"):
        assert [str(t.first) for t in find_times(text, on)] == ["2021-06-10"], text
    assert find_times("قال لصحيفة المصري اليوم إن المحادثات ستستأنف", on) == []


def test_report_day_is_a_wire_dateline_s_date_before_the_page_s() -> None:
    from rasad.timex import report_day

    text = "جدة 14 شوال 1435 هـ الموافق 10 أغسطس 2014 م واس\nاستقبل ولي العهد اليوم وزير الدفاع البريطاني."
    times = find_times(text, date(2014, 8, 11))
    assert report_day(text, times, date(2014, 8, 11)) == date(2014, 8, 10)
    # the same day, a date in the body, or a date far from the page's: no other anchor
    assert report_day(text, times, date(2014, 8, 10)) is None
    body = "استقبل ولي العهد اليوم وزير الدفاع البريطاني، وكان قد التقاه في 10 أغسطس 2014 في لندن."
    assert report_day(body, find_times(body, date(2014, 8, 11)), date(2014, 8, 11)) is None
    assert report_day(text, times, date(2014, 9, 11)) is None


def test_since_a_weekday_is_the_last_one_whatever_the_tense() -> None:
    # "يواصل لقاءاته منذ الأحد" on Wednesday 12 April 2023: since Sunday the 9th, not the next Sunday
    got = find_times("يواصل المبعوث لقاءاته منذ يوم الأحد", date(2023, 4, 12))
    assert [(t.first, t.tense) for t in got] == [(date(2023, 4, 9), "past")]
    got = find_times("يلتقي المبعوث الأحد", date(2023, 4, 12))
    assert [t.first for t in got] == [date(2023, 4, 16)]


def test_days_counted_from_another_event_are_no_date() -> None:
    # "بعد يوم واحد من استقبال X": one day after something told, not tomorrow
    got = [t.text for t in find_times("وجاءت الزيارة بعد يوم واحد من استقبال الرئيس ضيفه أمس الثلاثاء.", A)]
    assert got == ["أمس الثلاثاء"]
    assert [t.text for t in find_times("يصل الوزير بعد يوم واحد إلى بغداد.", A)] == ["بعد يوم"]
