"""The extractor on sentences written for each construction (with a stand-in knowledge base)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_fakekb import CAIRO, FORMS, SISI, FakeKB, person

from rasad.arabic import split_sentences
from rasad.extract import extract_events
from rasad.timex import find_times
from rasad.types import Actor, Article, Event

KB = FakeKB()
PUB = date(2024, 3, 20)  # a Wednesday


def run(text: str, published: date | None = PUB) -> list[Event]:
    art = Article("t", text, published=published)
    return extract_events(art, sentences=split_sentences(text), times=find_times(text, published),
                          mentions=KB.find_mentions(text, published), kb=KB)


def brief(text: str, published: date | None = PUB) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.type, e.status, tuple(a.name_en or "" for a in e.source), tuple(a.name_en or "" for a in e.target))
            for e in run(text, published)]


def test_call_active_with_apposition_and_today() -> None:
    text = ("أجرى رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، اتصالًا هاتفيًا مع الرئيس الأمريكي، دونالد ترامب، "
            "اليوم، حيث تناول الجانبان الأمن الإقليمي.")
    evs = run(text)
    assert [(e.type, e.status) for e in evs] == [("call", "occurred")]
    e = evs[0]
    assert [a.name_en for a in e.source] == ["Benjamin Netanyahu"]
    assert [a.name_en for a in e.target] == ["Donald Trump"]
    assert e.when_dict() == {"start": "2024-03-20", "end": "2024-03-20"}
    assert e.evidence == text
    assert "regional security" in e.topics
    assert e.cameo == "041" and e.plover_mode == "phone"


def test_call_received_is_directed_from_the_caller() -> None:
    assert brief("تلقى الرئيس المصري اتصالا هاتفيا من الرئيس الفرنسي.") == [
        ("call", "occurred", ("Emmanuel Macron",), ("Abdel Fattah el-Sisi",))]


def test_passive_call_between_two() -> None:
    assert brief("وجرى اتصال هاتفي بين بوتين ونتنياهو أمس.") == [
        ("call", "occurred", ("Vladimir Putin",), ("Benjamin Netanyahu",))]


def test_nominal_headline() -> None:
    assert brief("اتصال بين بوتين ونتنياهو") == [("call", "occurred", ("Vladimir Putin",), ("Benjamin Netanyahu",))]


def test_host_guest_construction() -> None:
    evs = run("استقبل الملك سلمان وزير الخارجية الروسي في الرياض أمس.")
    assert len(evs) == 1
    e = evs[0]
    assert (e.type, e.status) == ("visit", "occurred")
    assert [a.name_en for a in e.source] == ["Sergey Lavrov"]
    assert [a.name_en for a in e.target] == ["Salman bin Abdulaziz"]
    assert e.location is not None and e.location.name_en == "Riyadh"
    assert e.when_dict() == {"start": "2024-03-19", "end": "2024-03-19"}
    assert e.cameo == "043"


def test_reported_speech_keeps_the_speaker_out() -> None:
    assert brief("قال مسؤول من حركة حماس إن وزير الخارجية الروسي سيرغي لافروف اجتمع مع خالد مشعل اليوم.") == [
        ("meeting", "occurred", ("Sergey Lavrov",), ("Khaled Meshaal",))]


def test_coordination_of_two_parties() -> None:
    evs = run("التقى السيسي وأردوغان في القاهرة.")
    assert [(e.type, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in evs] == [
        ("visit", ["Recep Tayyip Erdogan"], ["Abdel Fattah el-Sisi"])]  # met at the host's city
    assert evs[0].location is not None and evs[0].location.name_en == "Cairo"


def test_omitted_subject_refers_to_previous_sentence() -> None:
    evs = run("وصل الرئيس الفرنسي إلى القاهرة أمس. وأجرى اتصالا هاتفيا بالرئيس الروسي.")
    kinds = [(e.type, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in evs]
    assert ("call", ["Emmanuel Macron"], ["Vladimir Putin"]) in kinds
    call = next(e for e in evs if e.type == "call")
    explicit = next(e for e in evs if e.type == "visit")
    assert call.confidence < explicit.confidence


def test_visit_to_a_city_targets_its_country() -> None:
    evs = run("وصل وزير الخارجية الروسي إلى القاهرة في زيارة رسمية.")
    assert len(evs) == 1
    assert evs[0].type == "visit" and evs[0].target[0].country == "EGY" and evs[0].target[0].kind == "country"
    assert evs[0].location is not None and evs[0].location.name_en == "Cairo"


def test_planned_future_and_next_week() -> None:
    evs = run("سيزور ماكرون مصر الأسبوع المقبل.")
    assert [(e.type, e.status) for e in evs] == [("visit", "planned")]
    assert evs[0].when_dict() == {"start": "2024-03-23", "end": "2024-03-31"}
    assert evs[0].plover_type == "AGREE"


def test_planned_cue_without_future_verb() -> None:
    assert [e.status for e in run("ومن المقرر أن يلتقي بوتين أردوغان في موسكو.")] == ["planned"]


@pytest.mark.parametrize("text", [
    "لم يلتق ترامب بوتين خلال القمة.",
    "لن يزور ماكرون مصر هذا العام.",
    "نفى الكرملين أن يكون بوتين التقى نتنياهو.",
    "أعلن البيت الأبيض إلغاء زيارة ترامب إلى مصر.",
    "قد يلتقي ترامب بوتين لاحقا.",
    "إذا تحقق تقدم فسيلتقي ترامب بوتين.",
    "وفي حال نجاح المفاوضات يزور نتنياهو القاهرة.",
])
def test_negated_cancelled_conditional_possible_are_not_events(text: str) -> None:
    assert run(text) == []


def test_invitation_and_visit_purpose() -> None:
    assert brief("وجه ترامب دعوة إلى نتنياهو لزيارة البيت الأبيض.") == [
        ("invitation", "occurred", ("Donald Trump",), ("Benjamin Netanyahu",))]
    assert brief("دعا بوتين نتنياهو لزيارة موسكو.") == [
        ("invitation", "occurred", ("Vladimir Putin",), ("Benjamin Netanyahu",))]


def test_called_for_is_not_an_invitation() -> None:
    assert run("دعا بوتين إلى وقف إطلاق النار في غزة.") == []


def test_message_and_cable() -> None:
    assert brief("بعث الملك سلمان برقية تهنئة إلى الرئيس المصري.") == [
        ("message", "occurred", ("Salman bin Abdulaziz",), ("Abdel Fattah el-Sisi",))]


def test_talks_with_mediator() -> None:
    evs = run("جرت مفاوضات بين إسرائيل وحماس بوساطة قطرية في القاهرة.")
    assert len(evs) == 1
    e = evs[0]
    assert e.type == "talks"
    assert {a.name_en for a in e.source + e.target} == {"Israel", "Hamas"}


def test_headline_and_body_are_one_event() -> None:
    text = "اتصال بين بوتين ونتنياهو\n\nأجرى الرئيس الروسي اتصالا هاتفيا مع نتنياهو اليوم الأربعاء."
    evs = run(text)
    assert len(evs) == 1
    assert evs[0].when_dict() == {"start": "2024-03-20", "end": "2024-03-20"}


def test_discussed_in_headline_gives_way_to_the_call() -> None:
    text = "ترامب ونتنياهو يبحثان نزع سلاح حماس\n\nأجرى نتنياهو اتصالا هاتفيا مع ترامب اليوم."
    assert [e.type for e in run(text)] == ["call"]


def test_several_events_in_one_sentence() -> None:
    evs = run("التقى بوتين أردوغان في موسكو، ثم اتصل بالرئيس الفرنسي.")
    assert sorted(e.type for e in evs) == ["call", "visit"]  # Erdogan met Putin in Moscow: a visit
    call = next(e for e in evs if e.type == "call")
    assert [a.name_en for a in call.source] == ["Vladimir Putin"]


def test_same_country_is_not_diplomatic() -> None:
    assert run("استقبل الملك سلمان وزير الخارجية السعودي في الرياض.") == []


def test_vague_time_gives_no_date() -> None:
    evs = run("التقى بوتين أردوغان مؤخرا.")
    assert len(evs) == 1 and evs[0].when_dict() is None


def test_no_date_without_time_words() -> None:
    evs = run("اتصل الرئيس الروسي بالرئيس التركي.")
    assert len(evs) == 1 and evs[0].when_dict() is None


def test_contract_shape() -> None:
    evs = run("اتصل الرئيس الروسي بالرئيس التركي.")
    d = evs[0].to_contract()
    assert set(d) == {"type", "status", "source", "target", "mediators", "when", "location", "topics", "evidence",
                      "confidence"}
    r = evs[0].to_rich()
    assert r["trigger"]["text"] == "اتصل" and r["cameo"] == "041"


def test_plural_office_before_coordinated_countries() -> None:
    evs = run("اجتمع وزراء خارجية روسيا والسعودية وقطر في موسكو اليوم.")
    pairs = {frozenset((e.source[0].name_en or e.source[0].country, e.target[0].name_en or e.target[0].country))
             for e in evs}
    assert frozenset(("Sergey Lavrov", "Adel al-Jubeir")) in pairs
    assert len(evs) == 3  # a meeting of three is one contact per pair


def test_present_tense_lede_is_occurred() -> None:
    assert [e.status for e in run("العاهل السعودي الملك سلمان يستقبل الرئيس الفرنسي في الرياض، ويبحث معه الأوضاع.")] \
        == ["occurred"]


def test_meeting_during_two_visits_is_converted_once() -> None:
    text = ("وصل بوتين إلى تركيا أمس. وكان بوتين زار تركيا العام الماضي. "
            "والتقى بوتين الرئيس التركي في أنقرة أمس.")
    evs = run(text)
    assert any(e.type == "visit" and e.target[0].name_en == "Recep Tayyip Erdogan" for e in evs)


# ---------------------------------------------------------------- rules added after the first release
def test_support_verb_before_a_long_coordinated_subject() -> None:
    # VSO: the light verb stands before two parties, each with title and name
    assert brief("أجرى الرئيس الروسي، فلاديمير بوتين، والرئيس التركي، أردوغان، محادثات مطولة مساء الأحد.") == [
        ("talks", "occurred", ("Vladimir Putin",), ("Recep Tayyip Erdogan",))]


def test_unresolved_title_refers_to_the_person_named_with_it() -> None:
    prince = person("Q99", "Khalid bin Fahd", "SAU")
    role = Actor(id="rasad:role:crown_prince:SAU", name_en=None, name_ar=None, kind="person", country="SAU",
                 title="Crown Prince of Saudi Arabia")
    kb = FakeKB({"الأمير خالد": prince, "ولي العهد": role, "السيسي": SISI, "القاهرة": CAIRO})
    text = "أعلنت الرياض أن الأمير خالد، ولي العهد، سيغادر غدا. واستقبل السيسي ولي العهد في القاهرة اليوم."
    evs = extract_events(Article("t", text, published=PUB), sentences=split_sentences(text),
                         times=find_times(text, PUB), mentions=kb.find_mentions(text, PUB), kb=kb)
    assert [(e.type, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in evs] == [
        ("visit", ["Khalid bin Fahd"], ["Abdel Fattah el-Sisi"])]


def test_reception_names_the_hosts_after_the_guest() -> None:
    assert brief("وكان في استقبال الرئيس الفرنسي في مطار القاهرة، الرئيس المصري عبد الفتاح السيسي.") == [
        ("visit", "occurred", ("Emmanuel Macron",), ("Abdel Fattah el-Sisi",))]


def test_reception_pronoun_is_the_visitor_and_named_host_replaces_the_country() -> None:
    assert brief("وصل الرئيس الفرنسي إلى الرياض اليوم، وكان في استقباله خادم الحرمين الشريفين.") == [
        ("visit", "occurred", ("Emmanuel Macron",), ("Salman bin Abdulaziz",))]


def test_speaker_before_a_quotation_is_not_a_party() -> None:
    assert brief('وقال الرئيس المصري "استقبلت مصر اليوم الرئيس الفرنسي بكل ترحيب".') == [
        ("visit", "occurred", ("Emmanuel Macron",), ("Egypt",))]


def test_possessive_pronoun_after_a_visit_noun_is_the_visitor() -> None:
    assert brief("استقبل الملك سلمان الرئيس التركي في أول زيارة له منذ سنوات.") == [
        ("visit", "occurred", ("Recep Tayyip Erdogan",), ("Salman bin Abdulaziz",))]


def test_denied_contact_drops_the_same_contact_reported_elsewhere() -> None:
    text = ("نفت الحكومة المصرية أن يكون الرئيس المصري قد التقى نتنياهو. "
            "وكانت صحيفة إسرائيلية قد ذكرت أن نتنياهو اجتمع بالسيسي سرا في القاهرة.")
    assert brief(text) == []


def test_planning_cue_of_a_later_clause_does_not_make_a_contact_planned() -> None:
    text = "بحث وزير الخارجية الروسي في اتصال هاتفي مع الجبير الأوضاع، ثم قال إن الرد سيكون قويا."
    assert brief(text) == [("call", "occurred", ("Sergey Lavrov",), ("Adel al-Jubeir",))]


def test_object_after_a_comma_may_follow_long_adverbials() -> None:
    text = "استقبل الملك سلمان في مكتبه بالديوان الملكي في الرياض صباح اليوم الأربعاء، الرئيس التركي أردوغان."
    assert brief(text) == [("visit", "occurred", ("Recep Tayyip Erdogan",), ("Salman bin Abdulaziz",))]


def test_openness_to_a_summit_is_only_a_possibility() -> None:
    assert brief("قال الكرملين إن روسيا منفتحة على عقد قمة بين بوتين وترامب.") == []


def test_country_after_an_institution_noun_is_not_a_party() -> None:
    # "the Qatar Foundation" names an institution, not Qatar as a host
    assert brief("التقى الرئيس المصري مدير مؤسسة قطر في القاهرة.") == []


def test_dual_office_noun_refers_to_the_last_two_people() -> None:
    text = "هاجم بوتين سياسات ماكرون الأسبوع الماضي. وتطرق الرئيسان إلى الأزمة خلال اتصال هاتفي أمس."
    assert brief(text) == [("call", "occurred", ("Vladimir Putin",), ("Emmanuel Macron",))]


def test_praising_a_visit_does_not_make_the_speaker_the_visitor() -> None:
    assert brief("أشاد ماكرون بزيارة مرتقبة إلى روسيا لبعثة دولية.") == []


def test_undated_contact_later_in_a_report_takes_the_lead_day() -> None:
    text = ("عقد وزير الخارجية الروسي اجتماعا مع الجبير اليوم الإثنين في موسكو. "
            "وأجرى لافروف بعد ذلك اتصالا هاتفيا مع الرئيس الفرنسي.")
    evs = run(text, date(2024, 3, 18))
    assert [(e.type, e.when_dict()) for e in evs] == [
        ("visit", {"start": "2024-03-18", "end": "2024-03-18"}),  # al-Jubeir in Moscow
        ("call", {"start": "2024-03-18", "end": "2024-03-18"})]


def test_background_contact_does_not_take_the_lead_day() -> None:
    text = "التقى الرئيس المصري الجبير اليوم في القاهرة. وكان الجبير قد التقى الرئيس الفرنسي في باريس."
    evs = run(text)
    assert [e.when_dict() for e in evs] == [{"start": "2024-03-20", "end": "2024-03-20"}, None]


def test_visit_upon_an_invitation() -> None:
    evs = run("يصل الرئيس التركي إلى القاهرة غدا بناء على دعوة الرئيس المصري عبد الفتاح السيسي.")
    assert [(e.type, e.status, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in evs] == [
        # (the trip answers the Egyptian president's invitation: he is the host)
        ("visit", "planned", ["Recep Tayyip Erdogan"], ["Abdel Fattah el-Sisi"]),
        ("invitation", "occurred", ["Abdel Fattah el-Sisi"], ["Recep Tayyip Erdogan"])]


def test_visit_in_response_to_an_invitation_from() -> None:
    assert brief("قام الجبير بزيارة إلى مصر تلبية لدعوة كريمة من الرئيس المصري.") == [
        ("visit", "occurred", ("Adel al-Jubeir",), ("Abdel Fattah el-Sisi",)),
        ("invitation", "occurred", ("Abdel Fattah el-Sisi",), ("Adel al-Jubeir",))]


def test_necessity_of_a_summit_is_not_a_contact() -> None:
    assert brief("أكد الرئيس المصري على ضرورة عقد قمة مع الرئيس الفرنسي.") == []


def test_marker_before_an_unread_title_belongs_to_the_named_person() -> None:
    # "مع مبعوث روسيا إلى مصر لافروف": Russia and Egypt sit inside the title; Lavrov is the party
    assert brief("اجتمع الجبير اليوم مع مبعوث روسيا إلى مصر لافروف.") == [
        ("meeting", "occurred", ("Adel al-Jubeir",), ("Sergey Lavrov",))]


def test_noun_with_hamza_seat_and_pronoun_takes_a_direct_object() -> None:
    # "لقائه X": the hamza sits on ya before the pronoun; the pronoun is the subject, X the object
    assert brief("وأشار ماكرون إلى ذلك خلال لقائه الرئيس التركي أمس.") == [
        ("meeting", "occurred", ("Emmanuel Macron",), ("Recep Tayyip Erdogan",))]


ABBAS = person("Q127998", "Mahmoud Abbas", "PSE", "President of the State of Palestine")


def test_last_name_alone_refers_to_the_person_named_in_full() -> None:
    kb = FakeKB({**FORMS, "الرئيس الفلسطيني محمود عباس": ABBAS})
    text = "وصل الرئيس الفلسطيني محمود عباس إلى القاهرة أمس. والتقى عباس الرئيس المصري في قصر الاتحادية."
    art = Article("t", text, published=PUB)
    evs = extract_events(art, sentences=split_sentences(text), times=find_times(text, PUB),
                         mentions=kb.find_mentions(text, PUB), kb=kb)
    # the meeting in the host's country during the visit is that visit, to the named host
    assert [(e.type, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in evs] == [
        ("visit", ["Mahmoud Abbas"], ["Abdel Fattah el-Sisi"])]


def test_summit_that_brings_two_leaders_together() -> None:
    assert brief("وناقش الجانبان القمة التي من المقرر أن تجمع الرئيس الأمريكي بالرئيس الروسي الشهر المقبل.") == [
        ("meeting", "planned", ("Donald Trump",), ("Vladimir Putin",))]


def test_gather_verb_without_a_meeting_noun_is_no_contact() -> None:
    assert brief("تجمع مصر وتركيا التبرعات للاجئين.") == []


def test_marked_object_after_long_adverbials() -> None:
    text = ("اجتمع الرئيس المصري عبد الفتاح السيسي، في مكتبه بمقر الرئاسة في مدينة القاهرة صباح اليوم "
            "الأربعاء بحضور عدد كبير من كبار المسؤولين والمستشارين، مع وزير الخارجية الروسي سيرغي لافروف.")
    assert brief(text) == [("visit", "occurred", ("Sergey Lavrov",), ("Abdel Fattah el-Sisi",))]


def test_seat_of_a_government_is_a_place_not_the_object() -> None:
    yemen = Actor(id="country:YEM", name_en="Yemen", name_ar=None, kind="country", country="YEM")
    kb = FakeKB({**FORMS, "الحكومة اليمنية": yemen})
    text = "التقى الرئيس التركي، اليوم في مقر الحكومة اليمنية بالرياض، وزير الخارجية السعودي."
    evs = extract_events(Article("t", text, published=PUB), sentences=split_sentences(text),
                         times=find_times(text, PUB), mentions=kb.find_mentions(text, PUB), kb=kb)
    assert [([a.name_en for a in e.source], [a.name_en for a in e.target]) for e in evs] == [
        (["Recep Tayyip Erdogan"], ["Faisal bin Farhan"])]


def test_talks_during_a_visit_are_the_visit_to_the_named_host() -> None:
    # "لإجراء محادثات": the masdar of a support verb carries the talks noun
    assert brief("ويزور الرئيس التركي روسيا حاليا لإجراء محادثات مع الرئيس الروسي.") == [
        ("visit", "occurred", ("Recep Tayyip Erdogan",), ("Vladimir Putin",))]


def test_relative_clause_subject_is_the_antecedent() -> None:
    # the planning cue of the main clause does not govern the relative clause
    evs = brief("ومن المقرر أن يجتمع لافروف مع ماكرون الذي يزور قطر لإجراء محادثات بشأن سوريا.")
    assert ("visit", "occurred", ("Emmanuel Macron",), ("Qatar",)) in evs
    assert ("meeting", "planned", ("Sergey Lavrov",), ("Emmanuel Macron",)) in evs


def test_background_visit_with_a_relative_support_verb_and_a_year() -> None:
    evs = run("ويقيم مشعل في الدوحة وكانت آخر زيارة قام بها لموسكو في 2010.")
    assert [(e.type, e.status, [a.name_en for a in e.source], [a.name_en for a in e.target], e.when_dict())
            for e in evs] == [("visit", "occurred", ["Khaled Meshaal"], ["Russia"],
                               {"start": "2010-01-01", "end": "2010-12-31"})]


def test_two_visits_of_one_pair_on_different_days_are_two() -> None:
    text = "وزار مشعل موسكو في 2010. وكان مشعل قد زار موسكو في 2006."
    assert [e.when_dict()["start"] for e in run(text) if e.when_dict()] == ["2010-01-01", "2006-01-01"]


def test_invitation_to_a_pronoun_object() -> None:
    assert brief("اجتمع لافروف مع مشعل اليوم ووجه له الدعوة لزيارة موسكو.") == [
        ("meeting", "occurred", ("Sergey Lavrov",), ("Khaled Meshaal",)),
        ("invitation", "occurred", ("Sergey Lavrov",), ("Khaled Meshaal",))]


def test_imperfect_with_today_is_scheduled_and_contacts_during_it_share_its_status() -> None:
    evs = brief("يقوم الجبير اليوم بزيارة لموسكو يجري خلالها مباحثات مع الرئيس الروسي.")
    assert evs == [("visit", "planned", ("Adel al-Jubeir",), ("Vladimir Putin",))]


def test_a_party_joining_a_future_meeting() -> None:
    evs = brief("وقال مسؤولون إن اجتماع ماكرون مع لافروف الذي سيشارك فيه أيضا الجبير سيركز على سوريا.")
    assert evs == [("meeting", "planned", ("Emmanuel Macron",), ("Sergey Lavrov",)),
                   ("meeting", "planned", ("Adel al-Jubeir",), ("Emmanuel Macron", "Sergey Lavrov"))]


def test_counterpart_is_the_same_office_in_that_country() -> None:
    assert brief("التقى عادل الجبير في روما نظيره الإيطالي أمس.") == [
        ("meeting", "occurred", ("Adel al-Jubeir",), ("Paolo Gentiloni",))]


def test_bare_office_is_the_holder_named_earlier() -> None:
    text = ("يتوجه وزير الدفاع الإسرائيلي يوآف غالانت إلى واشنطن بناء على دعوة وزير الدفاع الأميركي لويد أوستن. "
            "وقال البيان إن غالانت سيجتمع مع وزير الدفاع في مقر الوزارة.")
    assert ("meeting", "planned", ("Yoav Gallant",), ("Lloyd Austin",)) in brief(text)


def test_bare_office_of_the_country_the_article_is_about() -> None:
    text = "وصل الرئيس التركي إلى تونس بدعوة من رئيس الحكومة. وتأتي الزيارة الأولى منذ عام إلى تونس في إطار العلاقات بين تونس وتركيا."
    assert ("invitation", "occurred", ("Youssef Chahed",), ("Recep Tayyip Erdogan",)) in brief(text)


def test_office_in_a_chain_of_titles_is_not_a_party() -> None:
    text = ("زار الرئيس التركي، النائب الثاني لرئيس الحكومة وزير الدفاع، تونس أمس. "
            "والتقى خلال الزيارة مسؤولين في تونس.")
    assert all("Youssef Chahed" not in e[3] for e in brief(text))


def test_relative_pronoun_after_a_title_refers_to_the_person() -> None:
    text = ("استقبل الرئيس المصري اليوم الرئيس التركي، رئيس مجلس إدارة مؤسسة قطر للتعليم التي يؤدي زيارة "
            "إلى مصر بدعوة من وزير الخارجية الروسي.")
    evs = brief(text)
    assert ("invitation", "occurred", ("Sergey Lavrov",), ("Recep Tayyip Erdogan",)) in evs


def test_dual_imperfect_support_verb() -> None:
    assert brief("قال دبلوماسيون إن روسيا وقطر سيبدآن محادثات الأسبوع المقبل.") == [
        ("talks", "planned", ("Russia",), ("Qatar",))]


def test_joint_press_conference_with_a_counterpart_is_a_meeting() -> None:
    assert brief("وقال الجبير أمس خلال مؤتمر صحفي مشترك مع نظيره الإيطالي إن الحل سياسي.")[:1] == [
        ("meeting", "occurred", ("Adel al-Jubeir",), ("Paolo Gentiloni",))]
    assert brief("وقال الجبير أمس خلال مؤتمر صحفي في الرياض إن الحل سياسي.") == []


def test_former_office_holder_is_not_the_holder() -> None:
    text = "وصل الجبير إلى موسكو أمس. ويفترض أن يجري مارك وهو السفير الأمريكي السابق محادثات مع السيسي."
    assert brief(text) == [("visit", "occurred", ("Adel al-Jubeir",), ("Russia",))]


def test_definite_noun_between_the_two_presidents_points_back() -> None:
    text = ("وجرى اتصال هاتفي بين بوتين وماكرون اليوم. "
            "وأوضح الكرملين في نقله لنص المحادثة الهاتفية بين الرئيسين أنهما اتفقا على البقاء على اتصال.")
    assert brief(text) == [("call", "occurred", ("Vladimir Putin",), ("Emmanuel Macron",))]


def test_definite_noun_with_a_between_pair_set_off_by_a_comma() -> None:
    text = "وتتواصل المحادثات الحساسة في القاهرة، بين وفود من إسرائيل وحركة حماس، بوساطة مصرية."
    assert [e[:2] for e in brief(text)] == [("talks", "occurred")]
    assert brief("وتناول اللقاء مستقبل العلاقات بين إسرائيل وقطر.") == []


def test_two_nisbas_after_a_summit_are_its_sides() -> None:
    # the leaders named in the sentence are the sides of "قمة ثنائية مصرية أردنية"
    text = ("وبحث الرئيس المصري والعاهل الأردني، خلال قمة ثنائية مصرية أردنية، الثلاثاء، "
            "الأوضاع في المنطقة.")
    assert brief(text) == [("meeting", "occurred", ("Abdel Fattah el-Sisi",), ("Abdullah II",))]
    # no leader named: the two countries
    evs = run("وانطلقت المباحثات المصرية السودانية أمس في القاهرة.")
    assert [(e.type, [a.country for a in e.source], [a.country for a in e.target]) for e in evs] == [
        ("talks", ["EGY"], ["SDN"])]


def test_a_single_nisba_is_no_side() -> None:
    assert brief("رحب الرئيس التركي بالمبادرة المصرية السودانية.") == []
    assert brief("وعقدت القمة المصرية في شرم الشيخ.") == []


def test_dual_country_name_after_a_summit() -> None:
    evs = run("وجاء البيان في أعقاب قمة الكوريتين في 27 فبراير.")
    assert [(e.type, e.status, {a.country for a in e.source + e.target}) for e in evs] == [
        ("meeting", "occurred", {"KOR", "PRK"})]
    assert evs[0].when_dict() == {"start": "2024-02-27", "end": "2024-02-27"}
    assert brief("واتفقت الكوريتان على خفض التوتر.") == []  # a subject, no contact word


def test_long_chain_of_titles_between_support_verb_and_noun() -> None:
    # eighteen words of titles between بعث and برقية
    text = ("وبعث الملك سلمان بن عبدالعزيز خادم الحرمين الشريفين رئيس مجلس الوزراء القائد الأعلى للقوات "
            "المسلحة نائب رئيس مجلس الوزراء وزير الدفاع برقية تهنئة إلى الرئيس المصري.")
    assert brief(text) == [("message", "occurred", ("Salman bin Abdulaziz",), ("Abdel Fattah el-Sisi",))]
    # ordinary words still end the reach
    far = ("وبعث الملك سلمان أمس إلى القاهرة وفدا كبيرا من رجال الأعمال والمستثمرين والخبراء في مجالات "
           "الطاقة والنقل والصناعة والزراعة ثم تحدث عن برقية تهنئة إلى الرئيس المصري.")
    assert brief(far) == []


def test_discussing_in_foreign_cities_is_a_visit_to_each() -> None:
    evs = run("وقال المتحدث إن لافروف سيبحث في الرياض والقاهرة جهود التهدئة في المنطقة.")
    assert [(e.type, e.status, [a.name_en for a in e.source], [a.country for a in e.target],
             e.location.name_en if e.location else None) for e in evs] == [
        ("visit", "planned", ["Sergey Lavrov"], ["SAU"], "Riyadh"),
        ("visit", "planned", ["Sergey Lavrov"], ["EGY"], "Cairo")]
    # at home, or about a topic, no trip
    assert brief("وبحث لافروف في موسكو جهود التهدئة.") == []
    assert brief("وبحث لافروف في الأزمة السورية.") == []


def test_a_visit_to_two_cities_is_one_visit_per_host() -> None:
    evs = run("وسيزور لافروف الرياض والقاهرة الأسبوع المقبل.")
    assert [(e.type, e.status, [a.country for a in e.target], e.location.name_en if e.location else None)
            for e in evs] == [("visit", "planned", ["SAU"], "Riyadh"), ("visit", "planned", ["EGY"], "Cairo")]


def test_given_normalisation_gives_the_same_events() -> None:
    from rasad.arabic import normalize

    text = "استقبل الملك سلمان وزير الخارجية الروسي في الرياض أمس. وأجرى نتنياهو اتصالًا هاتفيًا مع ترامب."
    art = Article("t", text, published=PUB)
    args = dict(sentences=split_sentences(text), times=find_times(text, PUB), mentions=KB.find_mentions(text, PUB),
                kb=KB)
    plain = extract_events(art, **args)  # type: ignore[arg-type]
    assert plain
    normalize("another text")  # the last-result cache of normalize() no longer holds this article
    assert extract_events(art, norm=normalize(text), **args) == plain  # type: ignore[arg-type]
    # a normalisation of another text is ignored
    assert extract_events(art, norm=normalize("نص آخر"), **args) == plain  # type: ignore[arg-type]


def test_perfect_receive_verb_with_today_is_occurred() -> None:
    # تلقى is a perfect verb (form V) even though it begins with ت: with اليوم it reports what happened
    assert brief("تلقى الرئيس المصري اليوم اتصالا هاتفيا من الرئيس الفرنسي.") == [
        ("call", "occurred", ("Emmanuel Macron",), ("Abdel Fattah el-Sisi",))]


def test_host_named_after_haythu_in_the_visit_sentence() -> None:
    # the clause joined by حيث / و has the visitor as omitted subject: the named person is the host
    assert brief("وصل الرئيس الفرنسي إلى القاهرة أمس حيث التقى الرئيس المصري.") == [
        ("visit", "occurred", ("Emmanuel Macron",), ("Abdel Fattah el-Sisi",))]
    assert brief("زار الرئيس التركي موسكو أمس والتقى الرئيس الروسي.") == [
        ("visit", "occurred", ("Recep Tayyip Erdogan",), ("Vladimir Putin",))]


def test_purpose_noun_after_a_planned_trip_is_a_visit_to_the_host() -> None:
    got = brief("ومن المقرر أن يتوجه الرئيس الفرنسي إلى قطر، ثم إلى القاهرة للقاء الرئيس المصري.")
    assert ("visit", "planned", ("Emmanuel Macron",), ("Abdel Fattah el-Sisi",)) in got


def test_working_session_with_a_counterpart_is_a_meeting() -> None:
    assert brief("عقد وزير الخارجية الروسي جلسة عمل مع وزير الخارجية السعودي أمس.") == [
        ("meeting", "occurred", ("Sergey Lavrov",), ("Faisal bin Farhan",))]
    assert brief("عقد البرلمان جلسة عمل أمس.") == []


def test_dateline_city_before_the_agency_is_not_the_host() -> None:
    # WAM/SPA style: city, date, agency between slashes, then the verb; an honorific before the guest
    assert brief("القاهرة في 20 مارس / وام / استقبل الرئيس المصري اليوم، فخامة الرئيس الفرنسي.") == [
        ("visit", "occurred", ("Emmanuel Macron",), ("Abdel Fattah el-Sisi",))]


def test_invitation_made_during_a_call_has_the_call_status_and_day() -> None:
    evs = run("تلقى الرئيس المصري أمس اتصالا هاتفيا من الرئيس الفرنسي. "
              "ووجه الرئيس الفرنسي خلال الاتصال دعوة إلى الرئيس المصري لزيارة باريس الشهر المقبل.")
    inv = [e for e in evs if e.type == "invitation"]
    assert len(inv) == 1 and inv[0].status == "occurred"
    assert inv[0].when_dict() == {"start": "2024-03-19", "end": "2024-03-19"}


def test_meeting_another_official_of_the_host_country_during_a_visit_is_a_visit() -> None:
    got = brief("استقبل الملك سلمان اليوم الرئيس الفرنسي. "
                "والتقى الرئيس الفرنسي في وقت سابق اليوم وزير الخارجية السعودي.")
    assert got[0] == ("visit", "occurred", ("Emmanuel Macron",), ("Salman bin Abdulaziz",))
    assert got[1][0] == "visit" and got[1][2] == ("Emmanuel Macron",)


def test_subjectless_sentence_after_a_visit_continues_the_visitor() -> None:
    got = brief("وصل الرئيس الفرنسي إلى الرياض أمس. كما التقى وزير الخارجية السعودي.")
    assert ("visit", "occurred", ("Emmanuel Macron",), ("Faisal bin Farhan",)) in got
    # with the other party behind a marker the clause has its own subject
    got = brief("وصل الرئيس الفرنسي إلى الرياض أمس. كما التقى الملك سلمان بوزير الخارجية السعودي.")
    assert all("Emmanuel Macron" not in e[2] or "Faisal bin Farhan" not in e[3] for e in got[1:])


def test_message_handed_over_in_a_relative_clause_after_a_reception() -> None:
    got = brief("استقبل الرئيس المصري اليوم وزير الخارجية السعودي، الذي سلمه رسالة من أخيه الملك سلمان.")
    assert ("message", "occurred", ("Salman bin Abdulaziz",), ("Abdel Fattah el-Sisi",)) in got
    got = brief("استقبل الرئيس المصري اليوم وزير الخارجية السعودي والوفد المرافق له، "
                "الذي نقل إلى الرئيس المصري رسالة شفهية من الملك سلمان.")
    assert ("message", "occurred", ("Salman bin Abdulaziz",), ("Abdel Fattah el-Sisi",)) in got


def test_similar_cable_to_an_honorific_pronoun_goes_to_the_same_recipient() -> None:
    got = brief("بعث الملك سلمان برقية تهنئة إلى الرئيس التركي بمناسبة فوزه. "
                "كما بعث وزير الخارجية السعودي برقية تهنئة مماثلة لفخامته.")
    assert got == [("message", "occurred", ("Salman bin Abdulaziz",), ("Recep Tayyip Erdogan",)),
                   ("message", "occurred", ("Faisal bin Farhan",), ("Recep Tayyip Erdogan",))]


def test_meeting_in_the_hosts_capital_is_a_visit_to_the_host() -> None:
    assert brief("التقى الرئيس الفرنسي الرئيس المصري أمس في القاهرة.") == [
        ("visit", "occurred", ("Emmanuel Macron",), ("Abdel Fattah el-Sisi",))]
    # on a summit's sidelines nobody hosts the other
    got = brief("التقى الرئيس الفرنسي الرئيس المصري أمس على هامش القمة في القاهرة.")
    assert got and got[0][0] == "meeting"


def test_host_named_in_the_next_sentence_during_the_visit() -> None:
    got = brief("من المقرر أن يزور الرئيس الفرنسي السعودية الأسبوع المقبل. "
                "وقالت مصادر إن ماكرون سيلتقي خلال الزيارة الملك سلمان.")
    assert ("visit", "planned", ("Emmanuel Macron",), ("Salman bin Abdulaziz",)) in got


def test_subjectless_visit_of_countries_continues_the_previous_subject() -> None:
    got = brief("وصل الرئيس الفرنسي إلى القاهرة أمس. وزار قطر وتركيا قبل ذلك.")
    assert got[1][0] == "visit" and got[1][2] == ("Emmanuel Macron",)
    assert set(got[1][3]) == {"Qatar", "Turkey"}
