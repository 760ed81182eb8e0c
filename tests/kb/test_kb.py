"""Unit tests of rasad.kb over the packaged country/org/place/role data and a fixture people file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasad.kb import KnowledgeBase, load_kb

FIXTURE = Path(__file__).parent / "fixtures" / "people"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(people_dir=FIXTURE)


def _one(kb: KnowledgeBase, text: str, on: date | None = None, **kw: object) -> list[dict]:
    return [m.to_dict() for m in kb.find_mentions(text, on, **kw)]


def test_role_with_name_is_one_person_mention(kb: KnowledgeBase) -> None:
    text = "قال وزير الخارجية السعودي عادل الجبير إن"
    ms = _one(kb, text, date(2018, 5, 1))
    assert len(ms) == 1
    m = ms[0]
    assert m["name_en"] == "Adel al-Jubeir"
    assert text[m["start"]:m["end"]] == "وزير الخارجية السعودي عادل الجبير"
    assert m["title"] == "Foreign Minister of Saudi Arabia"


def test_role_resolves_by_date(kb: KnowledgeBase) -> None:
    assert _one(kb, "الرئيس الأمريكي", date(2018, 1, 1))[0]["name_en"] == "Donald Trump"
    assert _one(kb, "الرئيس الأميركي", date(2022, 1, 1))[0]["name_en"] == "Joe Biden"
    undated = _one(kb, "الرئيس الأمريكي")[0]
    assert undated["name_en"] is None
    assert undated["title"] == "President of the United States"
    assert undated["country"] == "USA"
    assert undated["id"] == "rasad:role:president:USA"


def test_clitics_and_word_boundaries(kb: KnowledgeBase) -> None:
    ms = _one(kb, "اتصل وبنتنياهو ولبوتين بالرئيس الروسي وللسعودية", date(2019, 1, 1))
    names = [m["name_en"] for m in ms]
    assert names[:2] == ["Benjamin Netanyahu", "Vladimir Putin"]
    assert "Saudi Arabia" in names
    # inside a longer word: no match
    ms = _one(kb, "السعوديةكذا ومصريين")
    assert [(m["text"], m["country"]) for m in ms] == [("مصريين", "EGY")]


def test_offsets_map_to_original_text(kb: KnowledgeBase) -> None:
    text = "التقى  الرئيسُ   الأمريكيّ دونالد ترامب"
    m = _one(kb, text, date(2018, 1, 1))[0]
    assert text[m["start"]:m["end"]] == "الرئيسُ   الأمريكيّ دونالد ترامب"


def test_countries_nisbas_metonyms(kb: KnowledgeBase) -> None:
    ms = _one(kb, "أكدت الحكومة الإيرانية أن واشنطن والبيت الأبيض والكرملين وفلسطين")
    got = [(m["kind"], m["country"], m["via"]) for m in ms]
    assert got[0] == ("country", "IRN", "metonym")
    assert ("place", "USA", "metonym") in got
    assert sum(1 for g in got if g[1] == "RUS") == 1
    assert got[-1] == ("country", "PSE", "name")
    nis = _one(kb, "مسؤول سعودي والصحفي الإسرائيلي")
    assert [(m["country"], m["via"]) for m in nis] == [("SAU", "nisba"), ("ISR", "nisba")]


def test_nisba_after_role_is_part_of_the_role(kb: KnowledgeBase) -> None:
    ms = _one(kb, "رئيس الوزراء الإسرائيلي", date(2015, 1, 1))
    assert len(ms) == 1 and ms[0]["name_en"] == "Benjamin Netanyahu"
    ms = _one(kb, "رئيس الحكومة الإسرائيلية", date(2015, 1, 1))
    assert len(ms) == 1 and ms[0]["name_en"] == "Benjamin Netanyahu"


def test_fixed_and_org_roles(kb: KnowledgeBase) -> None:
    assert _one(kb, "خادم الحرمين الشريفين", date(2016, 1, 1))[0]["name_en"] == "Salman bin Abdulaziz"
    assert _one(kb, "ملك الأردن", date(2016, 1, 1))[0]["name_en"] == "Abdullah II"
    assert _one(kb, "العاهل الأردني", date(2016, 1, 1))[0]["name_en"] == "Abdullah II"
    assert _one(kb, "الأمين العام للأمم المتحدة", date(2019, 1, 1))[0]["name_en"] == "António Guterres"
    env = _one(kb, "المبعوث الأممي إلى سوريا", date(2016, 1, 1))
    assert env[0]["name_en"] == "Staffan de Mistura"
    env = _one(kb, "المبعوث الخاص للأمم المتحدة إلى سوريا", date(2016, 1, 1))
    assert len(env) == 1 and env[0]["name_en"] == "Staffan de Mistura"
    undated = _one(kb, "المبعوث الأممي إلى اليمن")[0]
    assert undated["title"] == "UN Special Envoy for Yemen"


def test_counterpart_group_and_orgs(kb: KnowledgeBase) -> None:
    ms = _one(kb, "بحث مع نظيره الأمريكي والوفد الإسرائيلي وحركة حماس والحوثيين", date(2020, 1, 1))
    got = [(m["kind"], m["country"], m["via"]) for m in ms]
    assert got[0] == ("person", "USA", "counterpart")
    assert got[1][:2] == ("group", "ISR")
    assert ms[2]["name_en"] == "Hamas" and ms[2]["kind"] == "organization"
    assert ms[3]["name_en"] == "Houthis" and ms[3]["country"] == "YEM"


def test_ambiguous_forms_use_document_context(kb: KnowledgeBase) -> None:
    assert _one(kb, "وصل إلى عمان")[0]["country"] == "OMN"
    jordan = _one(kb, "الأردن يستضيف المحادثات في عمان")
    assert jordan[-1]["kind"] == "place" and jordan[-1]["country"] == "JOR"
    assert _one(kb, "في طرابلس")[0]["country"] == "LBY"
    assert _one(kb, "لبنان: اشتباكات في طرابلس")[-1]["country"] == "LBN"
    assert _one(kb, "زار المملكة")[0]["country"] == "SAU"


def test_bare_heads_only_when_asked(kb: KnowledgeBase) -> None:
    assert _one(kb, "قال الرئيس إن") == []
    ms = _one(kb, "قال الرئيس إن", unresolved=True)
    assert ms[0]["kind"] == "role" and ms[0]["id"] is None


def test_actor_holder_search(kb: KnowledgeBase) -> None:
    a = kb.actor("rasad:p:test-trump", date(2018, 1, 1))
    assert a.id == "Q22686" and a.title == "President of the United States"
    assert kb.actor("rasad:p:test-trump", date(2022, 1, 1)).title is None
    assert kb.actor("Q22686").name_en == "Donald Trump"
    assert kb.holder("president", "USA", date(2022, 6, 1)).name_en == "Joe Biden"  # type: ignore[union-attr]
    assert kb.holder("president", "USA", date(1990, 1, 1)) is None
    assert kb.search("trump")[0].name_en == "Donald Trump"
    assert kb.search("ترمب")[0].name_en == "Donald Trump"
    assert kb.search("Adel al Jubeir")[0].name_en == "Adel al-Jubeir"
    assert kb.search("Adel Al-Jubair")[0].name_en == "Adel al-Jubeir"
    assert kb.search("Saudi Arabia")[0].country == "SAU"
    place = kb.place_of("place:riyadh")
    assert place is not None and place.country == "SAU"


def test_all_countries_loaded(kb: KnowledgeBase) -> None:
    isos = {e.country for e in kb.entries.values() if e.kind == "country"}
    assert len(isos) >= 240 and {"PSE", "USA", "SAU", "KOR", "PRK"} <= isos
    assert kb.role_title("monarch", "QAT") == "Emir of Qatar"
    assert kb.role_title("foreign_minister", "SAU") == "Foreign Minister of Saudi Arabia"


def test_a_quoted_organisation_still_completes_the_office(kb: KnowledgeBase) -> None:
    plain = _one(kb, "التقى الأمين العام للأمم المتحدة", date(2019, 1, 1))
    quoted = _one(kb, 'التقى الأمين العام لمنظمة "الأمم المتحدة"', date(2019, 1, 1))
    assert plain[0]["name_en"] == quoted[0]["name_en"] == "António Guterres"


def test_a_deputy_or_spokesman_of_an_office_is_not_its_holder(kb: KnowledgeBase) -> None:
    assert _one(kb, "الرئيس الروسي", date(2019, 1, 1))[0]["name_en"] == "Vladimir Putin"
    for text in ("قال المتحدث باسم الرئيس الروسي", "التقى نائب الرئيس الروسي", "مستشار الرئيس الروسي"):
        assert all(m["name_en"] != "Vladimir Putin" for m in _one(kb, text, date(2019, 1, 1))), text


def test_a_short_bin_alias_is_not_read_inside_a_brothers_name() -> None:
    from rasad.kb import default_kb

    real = default_kb()
    names = [m.actor.name_en for m in real.find_mentions("استقبل الرئيس الشيخ طحنون بن زايد آل نهيان",
                                                        date(2021, 8, 18)) if m.actor is not None]
    assert "Mohamed bin Zayed Al Nahyan" not in names
    names = [m.actor.name_en for m in real.find_mentions("وقال بن زايد إن", date(2021, 8, 18)) if m.actor]
    assert names == ["Mohamed bin Zayed Al Nahyan"]


def test_the_special_envoy_of_the_president_is_not_the_president() -> None:
    from rasad.kb import default_kb

    names = [m.actor.name_en for m in default_kb().find_mentions(
        "وستيف ويتكوف المبعوث الخاص للرئيس الأمريكي لشؤون الشرق الأوسط", date(2025, 4, 12)) if m.actor]
    # the title after the name is the US envoy's (Witkoff's on the date), never the president's
    assert set(names) == {"Steve Witkoff"}


def test_an_office_before_a_name_merges_only_into_its_holder(kb: KnowledgeBase) -> None:
    # "the guest of the US president, Dr Adel al-Jubeir": the office is Trump's on that day, so it
    # stays a mention of its own and the name after it is Jubeir alone
    text = "وكان في استقبال ضيف الرئيس الأمريكي الدكتور عادل الجبير"
    ms = _one(kb, text, date(2018, 5, 1))
    assert [(text[m["start"]:m["end"]], m["name_en"]) for m in ms] == [
        ("الرئيس الأمريكي", "Donald Trump"), ("الدكتور عادل الجبير", "Adel al-Jubeir")]
    # a former holder keeps the title in the news: one mention
    text = "وقال الرئيس الأمريكي دونالد ترامب"
    assert [(text[m["start"]:m["end"]], m["name_en"]) for m in _one(kb, text, date(2022, 3, 1))] == [
        ("الرئيس الأمريكي دونالد ترامب", "Donald Trump")]
    # an office nobody is known to hold on the day is the named person's
    text = "وصرح وزير الخارجية الإسرائيلي بنيامين نتنياهو"
    assert [(text[m["start"]:m["end"]], m["name_en"]) for m in _one(kb, text, date(2016, 1, 1))] == [
        ("وزير الخارجية الإسرائيلي بنيامين نتنياهو", "Benjamin Netanyahu")]


def test_resolutions_remembered_per_date_do_not_leak_across_dates() -> None:
    # one knowledge base remembers what a role phrase and a name resolve to, per date: the same
    # text on alternating dates gets each date's office holder and title, as a fresh one does
    kb = load_kb(people_dir=FIXTURE)
    text = "التقى الرئيس الأمريكي مع بايدن"
    got = [[(m["name_en"], m["title"]) for m in _one(kb, text, day)]
           for day in (date(2018, 1, 1), date(2022, 1, 1), date(2015, 1, 1), date(2018, 1, 1), date(2022, 1, 1))]
    assert got[0] == [("Donald Trump", "President of the United States"), ("Joe Biden", None)]
    assert got[1] == [("Joe Biden", "President of the United States"), ("Joe Biden", "President of the United States")]
    assert got[2][1] == ("Joe Biden", kb.role_title("vice_president", "USA"))
    assert got[3:] == got[:2]
    assert kb.holder("president", "USA", date(2018, 1, 1)) != kb.holder("president", "USA", date(2022, 1, 1))
    fresh = load_kb(people_dir=FIXTURE)
    assert got[2] == [(m["name_en"], m["title"]) for m in _one(fresh, text, date(2015, 1, 1))]


def test_mentions_are_the_dataclass_they_claim_to_be(kb: KnowledgeBase) -> None:
    # find_mentions builds Mention objects without the dataclass __init__ (for speed): each must
    # equal, hash, print and pickle exactly as the one the constructor makes
    import dataclasses
    import pickle

    from rasad.types import Mention

    ms = kb.find_mentions("قال وزير الخارجية السعودي عادل الجبير في الرياض", date(2018, 5, 1))
    assert ms
    for m in ms:
        ref = Mention(*(getattr(m, f.name) for f in dataclasses.fields(Mention)))
        assert m == ref and hash(m) == hash(ref) and repr(m) == repr(ref)
        assert pickle.dumps(m) == pickle.dumps(ref) and pickle.loads(pickle.dumps(m)) == ref
        assert vars(m) == vars(ref) and list(vars(m)) == list(vars(ref))


def test_a_word_that_is_wa_and_another_name_is_read_by_the_document(kb: KnowledgeBase) -> None:
    # "وجدة" is Oujda, or و + "جدة" (Jeddah): a list of places after another place, or a document
    # about Saudi Arabia, reads the conjunction; a Moroccan one keeps Oujda
    def places(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.place.name_en) for m in kb.find_mentions(text, date(2019, 6, 2)) if m.place is not None]

    assert ("جدة", "Jeddah") in places("أجرى الوزير جولة قادته إلى القاهرة وجدة.")
    assert ("جدة", "Jeddah") in places("وصل الوزير السعودي إلى وجدة أمس.")
    assert ("وجدة", "Oujda") in places("زار العاهل المغربي الملك محمد السادس وجدة أمس.")
    assert ("وجدة", "Oujda") in places("وصل الوزير إلى وجدة أمس.")



def test_a_phrase_holding_a_place_s_form_is_not_that_place(kb: KnowledgeBase) -> None:
    # places.yaml `not_in`: "مسقط رأس" is a birthplace, not Muscat; Muscat alone still is
    def places(text: str) -> list[str | None]:
        return [m.place.name_en for m in kb.find_mentions(text, date(2016, 12, 15)) if m.place is not None]

    assert places("وصل الضيف إلى مدينة ناغاتو، مسقط رأس مضيفه.") == []
    assert places("وهي مسقط رأسه.") == []
    assert places("وصل الضيف إلى مسقط أمس.") == ["Muscat"]


def test_a_place_head_and_a_country_s_nisba_locate_a_place_the_kb_does_not_list(kb: KnowledgeBase) -> None:
    # roles.yaml `place_heads`: "مدينة ناغاتو اليابانية" is a city in Japan, named in English by its
    # country, its Arabic name kept as written
    def places(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
        return [(m.text, m.place.name_ar, m.place.name_en, m.place.country)
                for m in kb.find_mentions(text, date(2016, 12, 15)) if m.place is not None]

    assert places("وصل الضيف إلى مدينة ناغاتو اليابانية أمس.") == [
        ("مدينة ناغاتو اليابانية", "ناغاتو", "Japan", "JPN")]
    assert places("التقيا في منتجع كراسنايا بوليانا الروسي.")[0][1:] == ("كراسنايا بوليانا", "Russia", "RUS")
    assert places("وصل الضيف إلى ولاية نيو مكسيكو الأمريكية.")[0][1:] == ("نيو مكسيكو", "United States", "USA")
    # a nisba with no place head before it stays the country
    assert places("التقى الرئيس بالوزيرة اليابانية أمس.") == []
