"""One test per cleaning rule, on short pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.ingest import RawDoc
from rasad.read import read_raw
from rasad.read.furniture import furniture, load_furniture
from rasad.types import Article

P1 = "استقبل الرئيس المصري في قصر الاتحادية اليوم وزير الخارجية الإيطالي وبحث معه العلاقات الثنائية."
P2 = "وأكد الجانبان خلال اللقاء أهمية تعزيز التعاون الاقتصادي ومواصلة التشاور بشأن قضايا المنطقة."
P3 = "وقال المتحدث باسم الرئاسة إن اللقاء تناول أيضا الأوضاع في ليبيا والسودان وجهود التهدئة."
TITLE = "الرئيس المصري يستقبل وزير الخارجية الإيطالي"


def read(text: str, **meta: str) -> list[Article]:
    return read_raw(RawDoc(doc_id="t", source="t.txt", kind="text", content=text, meta=dict(meta)))


def one(text: str, **meta: str) -> Article:
    arts = read(text, **meta)
    assert len(arts) == 1
    return arts[0]


def body_lines(a: Article) -> list[str]:
    return [ln for ln in a.text.split("\n") if ln.strip()]


def test_plain_article_is_kept_verbatim() -> None:
    a = one(f"{TITLE}\n\n{P1}\n\n{P2}\n")
    assert a.title == TITLE
    assert body_lines(a) == [P1, P2]
    assert a.text == f"{P1}\n\n{P2}"


def test_editor_lines_and_masthead_outlet() -> None:
    a = one(f"صدى الشرق\nرئيس التحرير\nمحمود سليم\n\n{TITLE}\n\n{P1}\n{P2}")
    assert a.outlet == "صدى الشرق"
    assert "محمود سليم" not in a.text and "رئيس التحرير" not in a.text
    assert body_lines(a) == [P1, P2]


def test_editor_line_with_name_on_the_same_line() -> None:
    a = one(f"رئيس التحرير: محمود سليم\n{TITLE}\n{P1}\n{P2}")
    assert body_lines(a) == [P1, P2]


def test_byline_gives_author() -> None:
    a = one(f"{TITLE}\nبقلم: سارة منصور\n\n{P1}\n\n{P2}")
    assert a.author == "سارة منصور"
    assert "سارة" not in a.text


def test_author_line_after_date_line() -> None:
    a = one(f"{TITLE}\nالأحد 12 يناير 2025 - 03:15 م\nكريم الحسيني\nالوطن\n\n{P1}\n\n{P2}")
    assert a.author == "كريم الحسيني"
    assert a.outlet == "الوطن"
    assert a.published == date(2025, 1, 12)
    assert body_lines(a) == [P1, P2]


def test_site_name_with_colon_at_the_top() -> None:
    a = one(f"الجزيرة:\n\n{TITLE}\n\n{P1}\n\n{P2}")
    assert a.outlet == "الجزيرة"
    assert "الجزيرة" not in a.text


def test_section_name_and_photo_captions_are_dropped() -> None:
    a = one(f"شؤون عربية\n\n{TITLE}\n\nأخبار مصر\nالرئيس المصري\nالرئيس المصري\n\n{P1}\n\n{P2}")
    assert body_lines(a) == [P1, P2]


@pytest.mark.parametrize("button", ["شارك الان", "شارك الآن", "طباعة", "شارك", "طباعة شارك مصر إيطاليا ليبيا"])
def test_share_and_print_buttons(button: str) -> None:
    a = one(f"{TITLE}\n{button}\n\n{P1}\n\n{P2}\n\n{button}")
    assert body_lines(a) == [P1, P2]


def test_poll_with_question_and_answers() -> None:
    page = (f"{TITLE}\n\n{P1}\n\n{P2}\n\nاستطلاع رأي\n\n"
            "هل تؤيد عقد قمة عربية طارئة هذا الشهر؟\n\nنعم\nلا\nلا أعرف\n")
    a = one(page)
    assert body_lines(a) == [P1, P2]


def test_poll_in_the_middle_then_text_goes_on() -> None:
    page = f"{TITLE}\n\n{P1}\n\nاستطلاع راى\nهل تتوقع نجاح المفاوضات؟\nنعم\nلا\n\n{P2}"
    assert body_lines(one(page)) == [P1, P2]


def test_market_ticker() -> None:
    page = (f"{TITLE}\n\n{P1}\n\n{P2}\n\nأسعار الذهب والدولار\n\n"
            "الذهب عيار 21 3720 جنيها\nسعر الدولار 50.60 جنيها\nسعر اليورو 54.10 جنيها\nSlider Image\n")
    assert body_lines(one(page)) == [P1, P2]


def test_lone_ticker_line() -> None:
    page = f"{TITLE}\n\n{P1}\n\nسعر الريال 13.18 جنيهًا\n\n{P2}"
    assert body_lines(one(page)) == [P1, P2]


@pytest.mark.parametrize("tags", ["كلمات دلالية: مصر إيطاليا ليبيا", "الوسوم: مصر إيطاليا",
                                  "الكلمات المفتاحية مصر إيطاليا", "Tags: Egypt Italy"])
def test_tag_lines(tags: str) -> None:
    a = one(f"{TITLE}\n\n{P1}\n\n{P2}\n\n{tags}\n")
    assert body_lines(a) == [P1, P2]


def test_related_headline_list_at_the_end() -> None:
    page = (f"{TITLE}\n\n{P1}\n\n{P2}\n\nمقالات مشابهة\n\n"
            "  • وزير الخارجية يلتقي نظيره اليوناني في أثينا\n"
            "  • ارتفاع أسعار الذهب في الأسواق المحلية\n"
            "  • ⭕ الرئيس يفتتح مشروعات جديدة في الصعيد\n")
    a = one(page)
    assert body_lines(a) == [P1, P2]


def test_read_also_in_the_middle_keeps_the_rest_of_the_article() -> None:
    page = (f"{TITLE}\n\n{P1}\n\nاقرأ أيضا:\nوزير الخارجية يلتقي نظيره اليوناني في أثينا\n"
            f"ارتفاع أسعار الذهب في الأسواق المحلية\n\n{P2}\n\n{P3}")
    a = one(page)
    assert body_lines(a) == [P1, P2, P3]


def test_read_also_inline_headline() -> None:
    page = f"{TITLE}\n\n{P1}\n\nاقرأ أيضاً: وزير الخارجية يلتقي نظيره اليوناني في أثينا\n\n{P2}"
    assert body_lines(one(page)) == [P1, P2]


def test_related_headlines_run_together_on_one_line() -> None:
    run = ("سامي نادر: الحكومة تواجه امتحانا صعبامنى خليل: الانتخابات المقبلة ستحسم الخلاف"
           "رامي عادل: المعارضة تعيد ترتيب صفوفها")
    assert body_lines(one(f"{TITLE}\n\n{P1}\n\n{run}\n\n{P2}")) == [P1, P2]


@pytest.mark.parametrize("footer", ["جميع الحقوق محفوظة © 2025 صدى الشرق", "© 2025 صدى الشرق",
                                    "كافة الحقوق محفوظة لموقع صدى الشرق"])
def test_footers(footer: str) -> None:
    a = one(f"{TITLE}\n\n{P1}\n\n{P2}\n\n{footer}\nسياسة الخصوصية\nاتصل بنا\n")
    assert body_lines(a) == [P1, P2]
    assert a.published is None  # a footer year is never a publication date


def test_embedded_tweet_and_its_attribution() -> None:
    tweet = ('"نرحب بوزير الخارجية الإيطالي في القاهرة"المتحدث باسم الرئاسة #مصر #إيطاليا '
             "pic.twitter.com/Ab12Cd34Ef")
    attribution = "— المتحدث باسم الرئاسة (@EgyPresidency) January 12, 2025"
    a = one(f"{TITLE}\n\n{P1}\n\n{tweet}\n{attribution}\n\n\n\n{P2}")
    assert body_lines(a) == [P1, P2]


def test_read_the_writer() -> None:
    page = f"{TITLE}\n\n{P1}\n\n{P2}\n\nاقرأ للكاتب\nالقاهرة وروما: شراكة على ضفتي المتوسط\n"
    assert body_lines(one(page)) == [P1, P2]


def test_saudinewsnet_share_prefix_is_cut_and_the_sentence_kept() -> None:
    a = one(" شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك " + P1 + "\n" + P2, title=TITLE)
    assert body_lines(a) == [P1, P2]


def test_repeated_headline_in_header_and_body() -> None:
    a = one(f"{TITLE}\n\nالاثنين 13 يناير 2025\n\n{TITLE}\n\n{P1}\n\n{TITLE}\n\n{P2}")
    assert a.title == TITLE
    assert body_lines(a) == [P1, P2]


def test_headline_repeated_with_variants_before_the_body() -> None:
    variant = "الرئيس المصري يستقبل وزير خارجية إيطاليا لبحث العلاقات الثنائية"
    a = one(f"< {variant}\n{TITLE}\n\n{variant}\n\n{P1}\n\n{P2}")
    assert a.title == TITLE
    assert body_lines(a) == [P1, P2]


def test_jsonl_title_repeated_as_first_line() -> None:
    a = one(f"{TITLE}\n{P1}\n{P2}", title=TITLE)
    assert a.title == TITLE
    assert body_lines(a) == [P1, P2]


def test_crawl_stamp_loses_to_the_stated_publication_date() -> None:
    a = read(f"الشروق:\n2025-12-05@01:30:30 GMT\n\n{TITLE}\n\nتاريخ النشر: 20th, March 2024 GMT\n\n{P1}\n\n{P2}")[0]
    assert a.published == date(2024, 3, 20)
    assert a.published_raw == "تاريخ النشر: 20th, March 2024 GMT"
    assert "2025" not in a.text and "تاريخ النشر" not in a.text


def test_crawl_stamp_alone_is_the_fallback() -> None:
    a = one(f"2025-12-05@01:30:30 GMT\n{TITLE}\n\n{P1}\n\n{P2}")
    assert a.published == date(2025, 12, 5)


def test_wire_dateline_is_kept_in_text_and_dated() -> None:
    line = "القاهرة 12 رجب 1446 هـ الموافق 12 يناير 2025 م أ ش أ"
    a = one(f"{line}\n{P1}\n{P2}")
    assert a.published == date(2025, 1, 12)
    assert a.text.startswith(line)


def test_wire_end_markers() -> None:
    a = one(f"{TITLE}\n{P1}\n{P2}\n // انتهى //\n 17:22 ت م \n")
    assert body_lines(a) == [P1, P2]


def test_date_in_the_body_is_not_a_publication_date() -> None:
    a = one(f"{TITLE}\n\n{P1}\n\nوكان الرئيسان قد التقيا في 7 أكتوبر 2023 في روما.\n\n{P2}")
    assert a.published is None


MAYADEEN_TAIL = (
    "\nمصر\n\n\nإيطاليا\n\n\nالعلاقات الثنائية\n\n\n"
    "في السابع من تشرين الأول/أكتوبر 2023 أعلنت كتائب القسام معركة \"طوفان الأقصى\"، فاقتحمت المستوطنات.\n\n\n"
    "اليوم 06:42\n\n\n20 اب\n\n\nتصفح المزيد\n\n\n"
    "شبكة الميادين الإعلامية قناة فضائية عربية إخبارية مستقلة انطلقت في الحادي عشر من حزيران من العام 2012\n"
    "واتخذت من العاصمة بيروت مقرا لها.\n\nجميع الحقوق محفوظة"
)


def test_tag_list_timestamps_and_network_footer_at_the_end() -> None:
    a = one(f"{P1}\n{P2}\n{MAYADEEN_TAIL}", title=TITLE)
    assert body_lines(a) == [P1, P2]


def test_app_promotion_footer_after_separator() -> None:
    page = f"{P1}\n{P2}\n---------------------\nيمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق الموقع."
    assert body_lines(one(page, title=TITLE)) == [P1, P2]


# --- several articles on one page ----------------------------------------------
Q1 = "أجرى وزير الخارجية الأردني اتصالا هاتفيا مع نظيره القطري بحث خلاله جهود وقف إطلاق النار في غزة."
Q2 = "واتفق الوزيران على مواصلة التنسيق، وأكد الوزير القطري أن الوساطة مستمرة رغم الصعوبات."
HEAD2 = "وزير الخارجية الأردني يتصل بنظيره القطري"


def test_second_full_article_under_read_also_is_part_two() -> None:
    page = (f"{TITLE}\n\nتاريخ النشر: 12 يناير 2025\n\n{P1}\n\n{P2}\n\nالمصدر: صدى الشرق\n\n"
            f"إقرأ أيضاً:\n\n{HEAD2}\n\n{Q1}\n\n{Q2}\n\nمقالات مشابهة\n• عنوان أول للخبر\n• عنوان ثان للخبر\n")
    a, b = read(page)
    assert (a.part, b.part) == (1, 2)
    assert a.title == TITLE and b.title == HEAD2
    assert body_lines(a) == [P1, P2] and body_lines(b) == [Q1, Q2]
    assert a.published == date(2025, 1, 12)
    assert b.published is None  # no date of its own, no page date: never part 1's


def test_second_part_with_its_own_date() -> None:
    page = (f"{TITLE}\n\nتاريخ النشر: 12 يناير 2025\n\n{P1}\n\n{P2}\n\nكلمات دلالية: مصر\n\n"
            f"اقرأ أيضا\n{HEAD2}\nالخميس 9 يناير 2025 - 11:00 ص\n{Q1}\n{Q2}\n")
    a, b = read(page)
    assert a.published == date(2025, 1, 12)
    assert b.published == date(2025, 1, 9)


def test_second_part_gets_the_page_date_not_part_ones() -> None:
    page = (f"2025-01-20@10:00:00 GMT\n{TITLE}\nتاريخ النشر: 12 يناير 2025\n\n{P1}\n\n{P2}\n\nالمصدر: صدى الشرق\n\n"
            f"اقرأ أيضا:\n{HEAD2}\n{Q1}\n{Q2}\n")
    a, b = read(page)
    assert a.published == date(2025, 1, 12)
    assert b.published == date(2025, 1, 20) and b.published_raw == "2025-01-20@10:00:00 GMT"


def test_every_kept_line_is_a_line_of_the_source() -> None:
    page = (f"الجزيرة:\n{TITLE}\nبقلم: سارة منصور\nشارك الان\n\n{P1}\n\n{P2}\n\nاستطلاع رأي\nهل تؤيد؟\nنعم\n"
            f"\nكلمات دلالية: مصر\n\nجميع الحقوق محفوظة")
    src_lines = {ln.strip() for ln in page.split("\n")}
    for a in read(page):
        for ln in a.text.split("\n"):
            assert not ln or ln in src_lines


def test_furniture_file_is_well_formed_and_cues_are_normalised() -> None:
    f = furniture()
    assert "اقرا ايضا" in f.related  # إقرأ أيضاً folded
    assert all(max_words > 0 for _, max_words in f.drop_line_prefix)
    g = load_furniture(
        "drop_line: [x]\ndrop_line_prefix: [{cue: y}]\ndrop_line_contains: []\ndrop_line_regex: []\n"
        "strip_prefix: []\ntail_cut: []\nend_markers: []\neditor_label: []\nbyline_prefix: []\npoll: []\n"
        "ticker: []\nticker_words: []\nrelated: []\ndate_labels: []\nboilerplate: []\noutlets: []\n"
    )
    assert g.drop_line_prefix == (("y", 12),)


def test_feed_text_wrapped_mid_sentence_keeps_its_first_fragment() -> None:
    text = ("قال مسؤول عسكري\nإن وفدا رفيعا وصل إلى القاهرة لإجراء محادثات مع المسؤولين المصريين حول الهدنة.\n"
            "وأضاف أن المحادثات ستتواصل غدا.")
    a = one(text, title=TITLE)
    assert a.text == text


def test_feed_text_with_outlet_line_first() -> None:
    a = one(f"الجزيرة\n{P1}\n{P2}", title=TITLE)
    assert a.outlet == "الجزيرة" and body_lines(a) == [P1, P2]


def test_an_unpunctuated_lead_after_the_headline_is_body() -> None:
    # news sites often drop the final period of a paragraph; a long line after the headline is the lead
    text = ("العربي يبحث مع ليون تطورات الأزمة الليبية\n\n"
            "استقبل الأمين العام لجامعة الدول العربية الدكتور نبيل العربي اليوم الاثنين المبعوث الأممي إلى ليبيا "
            "برناردينو ليون بمقر الأمانة العامة للجامعة بالقاهرة\n\n"
            "ومن المنتظر أن يتوجه ليون إلى طرابلس نهاية الأسبوع الجاري.")
    art = one(text)
    assert art.title == "العربي يبحث مع ليون تطورات الأزمة الليبية"
    assert art.text.startswith("استقبل الأمين العام")
    # a short deck under the headline stays out of the body
    art = one("العربي يبحث مع ليون تطورات الأزمة الليبية\nلقاء في القاهرة\n" + text.split("\n\n", 1)[1])
    assert "لقاء في القاهرة" not in art.text


def test_a_lead_wrapped_mid_sentence_is_not_the_headline_repeated() -> None:
    # a feed's text with hard line breaks: the first line restates the headline's words and many more
    title = "قائد السبسي يتلقى مكالمة هاتفية من امير قطر"
    first = "تلقى رئيس الجمهورية الباجي قائد السبسي مساء امس الاحد مكالمة هاتفية من امير دولة قطر الشيخ تميم بن"
    rest = "حمد آل ثاني تناولت تطورات الازمة الخليجية وتداعياتها على المنطقة، وفق ما افاد به بلاغ لرئاسة الجمهورية."
    a = one(f"{first}\n{rest}", title=title)
    assert body_lines(a) == [first, rest]
    # the headline itself repeated (or trimmed) at the top is still dropped
    assert body_lines(one(f"{title}\n{first}\n{rest}", title=title)) == [first, rest]
