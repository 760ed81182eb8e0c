"""Pipeline.process over whole articles: the same events the CLI and the API give."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from rasad.service.pipeline import ArticleResult, Pipeline
from rasad.types import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_process_gives_a_call_with_evidence(pipeline: Pipeline) -> None:
    text = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم، "
            "بحثا خلاله الأوضاع في المنطقة.")
    res = pipeline.process(Article("a1", text, published=date(2025, 10, 7)))
    assert isinstance(res, ArticleResult) and not res.issues
    assert [(e.type, e.status) for e in res.events] == [("call", "occurred")]
    e = res.events[0]
    assert {a.name_en for a in e.source + e.target} >= {"Vladimir Putin", "Benjamin Netanyahu"}
    assert e.evidence in text
    assert e.when_dict() == {"start": "2025-10-07", "end": "2025-10-07"}


def test_process_article_without_contact(pipeline: Pipeline) -> None:
    res = pipeline.process(Article("a2", "ارتفعت أسعار النفط اليوم بعد بيانات المخزونات الأمريكية.",
                                   published=date(2024, 1, 1)))
    assert res.events == () and res.issues == ()


def test_an_article_with_no_contact_word_skips_the_later_stages(pipeline: Pipeline) -> None:
    # sport naming a country, a city and a date: no verb or noun of contact, so nothing is resolved
    sport = Article("a3", "فاز المنتخب المغربي على نظيره المصري بهدفين في الرباط يوم الأحد 5 مايو 2024.",
                    published=date(2024, 5, 6))
    res = pipeline.process(sport)
    assert res.events == () and res.times == () and res.mentions == () and res.issues == ()
    assert len(res.sentences) == 1
    # the same sentence with a contact word goes through every stage
    talks = Article("a4", "التقى وزير الخارجية المغربي نظيره المصري في الرباط يوم الأحد 5 مايو 2024.",
                    published=date(2024, 5, 6))
    res = pipeline.process(talks)
    assert res.times and res.mentions
    assert res.events


def test_contract_output_validates_against_schema(pipeline: Pipeline, shared_dir: Path, seeds_dir: Path) -> None:
    from rasad.cli.extract import document_record
    from rasad.read import read_paths

    schema = json.loads((shared_dir / "spec" / "events.schema.json").read_text(encoding="utf-8"))
    n_events = 0
    for item in read_paths(sorted(str(p) for p in seeds_dir.glob("*.txt"))):
        assert isinstance(item, Article)
        rec = document_record([pipeline.process(item)], "events-jsonl")
        jsonschema.validate(rec, schema)
        n_events += len(rec["events"])
        for ev in rec["events"]:
            assert " ".join(ev["evidence"].split()) in " ".join(item.text.split())
    assert n_events > 0


def test_a_wire_dateline_s_day_anchors_today_and_yesterday(pipeline: Pipeline) -> None:
    # crawled the day after: "اليوم" and "مساء أمس" are the dateline's day and the day before it
    text = (" الرياض 3 ذو الحجة 1441 هـ الموافق 24 يوليو 2020 م واس\n"
            " استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية في الرياض اليوم، وزير الخارجية "
            "العراقي فؤاد حسين.\n"
            " وكان سموه قد تلقى مساء أمس اتصالاً هاتفياً من وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح.")
    res = pipeline.process(Article("spa", text, published=date(2020, 7, 25)))
    assert not res.issues
    got = {e.type: e.when_dict() for e in res.events}
    assert got["visit"] == {"start": "2020-07-24", "end": "2020-07-24"}
    assert got["call"] == {"start": "2020-07-23", "end": "2020-07-23"}


def test_an_ambassador_to_the_kingdom_and_namesakes_told_apart_by_country(pipeline: Pipeline) -> None:
    text = ("استقبل وزير الخارجية السعودي الأمير سعود الفيصل في مكتبه اليوم سفير اليابان لدى المملكة. "
            "وفي تونس، التقى وزير الشؤون الخارجية عثمان الجرندي نظيره الليبي محمد عبد العزيز.")
    res = pipeline.process(Article("a", text, published=date(2013, 4, 16)))
    actors = {a.title or "": a for e in res.events for a in e.source + e.target}
    assert "Ambassador of Japan to Saudi Arabia" in actors
    libyan = [a for a in actors.values() if a.name_en == "Mohamed Abdelaziz"]
    assert [a.country for a in libyan] == ["LBY"]


def test_an_undated_report_is_read_against_its_lead_s_date(pipeline: Pipeline) -> None:
    # no publication date (Moroccan sites give none): the lead's full date dates "الوزير المصري" and "مساء الاثنين"
    text = ("استقبل وزير الشؤون الخارجية والتعاون صلاح الدين مزوار، يوم الثلاثاء 10 نونبر 2015 بالرباط، وزير الخارجية "
            "المصري سامح شكري.\nوسلّم شكري رسالة خطية من الرئيس عبد الفتاح السيسي إلى جلالة الملك محمد السادس.\n"
            "كما استقبل رئيس الحكومة عبد الإله بنكيران، في اليوم نفسه، الوزير المصري.")
    res = pipeline.process(Article("m", text, published=None))
    assert res.article.published is None  # the stored article keeps no date of its own
    pairs = {(e.source[0].name_en, e.target[0].name_en, e.when_dict()["start"] if e.when_dict() else None)
             for e in res.events}
    assert ("Sameh Shoukry", "Abdelilah Benkirane", "2015-11-10") in pairs


def test_a_perfect_contact_verb_after_an_undated_report_s_lead_day_is_past(pipeline: Pipeline) -> None:
    # read against its lead's day (1 May), "وتلقى ... يوم الأربعاء 2 ماي" is a call that happened, not a plan
    text = ("أعلن وزير الشؤون الخارجية ناصر بوريطة، يوم الثلاثاء فاتح ماي 2018 بالرباط، قرارا جديدا. وتلقى بوريطة، "
            "يوم الأربعاء 2 ماي، اتصالا هاتفيا من نظيره السعودي عادل الجبير.")
    res = pipeline.process(Article("m", text, published=None))
    assert [(e.type, e.status, e.first) for e in res.events] == [("call", "occurred", date(2018, 5, 2))]
