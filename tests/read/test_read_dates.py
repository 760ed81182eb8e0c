"""Publication-date formats (examples written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.read.dates import date_remainder, find_date, parse_published


@pytest.mark.parametrize(
    ("s", "want"),
    [
        # pages
        ("الإثنين 01 ديسمبر 2025 - 10:12 م", date(2025, 12, 1)),
        ("الثلاثاء 7 أكتوبر 2025 | 10:44 م", date(2025, 10, 7)),
        ("تاريخ النشر: 20th, March 2024 GMT", date(2024, 3, 20)),
        ("2025-12-05@01:30:30 GMT", date(2025, 12, 5)),
        # Levantine / Iraqi month names
        ("الأحد 15 كانون الأول 2024", date(2024, 12, 15)),
        ("3 تشرين الثاني 2023", date(2023, 11, 3)),
        ("9 آب 2022", date(2022, 8, 9)),
        # Maghrebi month names
        ("18 دجنبر 2024", date(2024, 12, 18)),
        ("2 جانفي 2019", date(2019, 1, 2)),
        ("19 أوت 2015", date(2015, 8, 19)),
        ("5 شتنبر 2018", date(2018, 9, 5)),
        # dual month names, Arabic-Indic and Persian digits
        ("7 أكتوبر/تشرين الأول 2023", date(2023, 10, 7)),
        ("٢٣ مارس ٢٠٢٤", date(2024, 3, 23)),
        ("۲۳ مارس ۲۰۲۴", date(2024, 3, 23)),
        ("الجمعة ١٤ يونيو ٢٠٢٤ - ٠٣:٢٠ م", date(2024, 6, 14)),
        # English order
        ("March 20, 2024", date(2024, 3, 20)),
        # Hijri, and Hijri + Gregorian (Gregorian wins)
        ("26 شوال 1436 هـ", date(2015, 8, 11)),
        ("الرياض 15 رمضان 1446 هـ الموافق 15 مارس 2025 م واس", date(2025, 3, 15)),
        # JSONL `published`
        ("Tue, 08 May 2018 22:44:23 GMT", date(2018, 5, 8)),
        ("Fri, 13 Apr 2018 10:12:45 +0400", date(2018, 4, 13)),
        ("2017-01-21T23:43:00+01:00", date(2017, 1, 21)),
        ("2023-12-28T18:06:00.0000000", date(2023, 12, 28)),
        ("2015-08-03 20:30:57", date(2015, 8, 3)),
        ("19/10/2014", date(2014, 10, 19)),
        ("04/09/2024", date(2024, 9, 4)),
        ("2014/10/19", date(2014, 10, 19)),
    ],
)
def test_parse_published(s: str, want: date) -> None:
    assert parse_published(s) == want


@pytest.mark.parametrize(
    "s",
    [
        "",
        None,
        "ديسمبر 2025",  # no day
        "© 2025 جميع الحقوق محفوظة",  # a footer year is not a date
        "كلمات دلالية: رمضان 1445 هـ",  # no day
        "في الـ 28 من ديسمبر الجاري",  # no year
        "31/02/2024",  # impossible
        "اليوم 06:42",
    ],
)
def test_not_a_publication_date(s: str | None) -> None:
    assert parse_published(s) is None


def test_month_first_only_when_day_first_is_impossible() -> None:
    assert parse_published("12/25/2020") == date(2020, 12, 25)


def test_remainder_tells_pure_date_lines_from_datelines() -> None:
    s = "الإثنين 01 ديسمبر 2025 - 10:12 م"
    found = find_date(s)
    assert found is not None and date_remainder(s, found) == []
    s = "الرياض 15 رمضان 1446 هـ الموافق 15 مارس 2025 م واس"
    found = find_date(s)
    assert found is not None and "الرياض" in date_remainder(s, found)
