from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic import fold_digits, normalize, normalize_key, split_sentences, strip_clitics


def test_normalize_folds_alef_and_keeps_offsets():
    src = "التقى  الرئيسُ إردوغانَ في أنقرة"
    n = normalize(src)
    assert n.text == "التقي الرييس اردوغان في انقره"
    i = n.text.index("اردوغان")
    s, e = n.span(i, i + len("اردوغان"))
    assert src[s:e] == "إردوغانَ"[:-1] or src[s:e] == "إردوغان"


def test_normalize_drops_tatweel_and_bidi_and_digits():
    src = "\u202bقـــال في ٢٠٢٤\u200b"
    n = normalize(src)
    assert n.text == "قال في 2024"
    assert src[n.index[-1]] == "٤"


def test_normalize_key_matches_spelling_variants():
    assert normalize_key("نتنياهو") == normalize_key("نَتَنْياهو")
    assert normalize_key("الأمريكي") == normalize_key("الامريكى")


def test_fold_digits_keeps_length():
    s = "٣٠ مارس ۱۴۰۳"
    assert fold_digits(s) == "30 مارس 1403"
    assert len(fold_digits(s)) == len(s)


def test_split_sentences_offsets_are_exact():
    text = "زار الوزير القاهرة. والتقى نظيره المصري؟ نعم!\nسطر جديد"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["زار الوزير القاهرة.", "والتقى نظيره المصري؟", "نعم!", "سطر جديد"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_split_sentences_keeps_decimals_and_joins_wrapped_lines():
    text = ("ارتفع المؤشر بنسبة 3.5 في المئة خلال تداولات اليوم في البورصة المحلية\n"
            "وسط توقعات بمزيد من الارتفاع.")
    sents = split_sentences(text)
    assert len(sents) == 1


def test_a_long_first_line_wrapped_mid_sentence_counts_towards_a_wrapped_text():
    # a radio item wrapped at about 100 characters: the first line (prose, not a headline) ends mid-sentence
    text = ("استقبل رئيس الحكومة مهدي جمعة اليوم الثلاثاء 22 جويلية 2014 بقصر الحكومة بالقصبة وزير الشؤون الخارجية الجزائري\n"
            "رمطان لعمامرة الذي سلمه رسالة خطية من الرئيس الجزائري.\n"
            "وتناول اللقاء سبل دعم التعاون الامني بين البلدين على الحدود المشتركة، خاصة\n"
            "بعد العملية الارهابية التي استهدفت الجيش.\n"
            "ومن المنتظر ان يستقبل رئيس الجمهورية الوزير الجزائري مساء اليوم.\n"
            "وكان لعمامرة قد ادى زيارة الى تونس في شهر فيفري الماضي،\n"
            "التقى خلالها الرئيس.")
    sents = split_sentences(text)
    assert sents[0].text.endswith("رسالة خطية من الرئيس الجزائري.")
    # a short headline on the first line still ends there
    head = "جمعة يستقبل لعمامرة\n" + text
    assert split_sentences(head)[0].text == "جمعة يستقبل لعمامرة"


def test_a_radio_item_wrapped_after_a_few_words_is_one_sentence():
    # radio items wrap at any width, even inside a name
    text = ("استقبل رئيس الجمهورية المؤقت محمد\n"
            "الناصر اليوم السبت بقصر قرطاج كلا من الرئيس الفرنسي ورئيس الدولة الجزائري عبد القادر\n"
            "بن صالح، الذين حلوا بتونس للمشاركة في موكب التشييع.\n"
            "وتناول اللقاء العلاقات الثنائية بين البلدين وسبل دعمها في مختلف\n"
            "المجالات.")
    sents = split_sentences(text)
    assert [s.text.split()[0] for s in sents] == ["استقبل", "وتناول"]


def test_strip_clitics():
    assert "نتنياهو" in strip_clitics("وبنتنياهو")
    assert "رييس" in strip_clitics("بالرئيس")


def test_fast_normalize_equals_reference_loop():
    """normalize() is a fast rewrite (bench hot spot); it must equal the per-character loop."""
    import random

    from rasad.arabic.normalize import _DROP, _MAP, _normalize_slow

    alpha = [*_DROP, *_MAP, *" \n\t\u00a0\u2028\x0babcİẞßابت"]
    rnd = random.Random(7)
    for _ in range(3000):
        s = "".join(rnd.choice(alpha) for _ in range(rnd.randint(0, 14)))
        for lower in (True, False):
            assert normalize(s, lower=lower) == _normalize_slow(s, lower=lower), repr(s)


def test_hashtag_underscores_separate_words():
    src = "استقبل #محمد_بن_سلمان الوزير"
    n = normalize(src)
    assert n.text == "استقبل #محمد بن سلمان الوزير"
    i = n.text.index("محمد بن سلمان")
    s, e = n.span(i, i + len("محمد بن سلمان"))
    assert src[s:e] == "محمد_بن_سلمان"


def test_letters_that_lower_case_to_two_characters_keep_the_offset_map_whole():
    src = "İstanbul في إسطنبول"
    n = normalize(src)
    assert len(n.index) == len(n.text)
    i = n.text.index("اسطنبول")
    s, e = n.span(i, i + len("اسطنبول"))
    assert src[s:e] == "إسطنبول"
    assert n.span(0, len(n.text)) == (0, len(src))


def test_the_written_out_space_list_is_every_unicode_space() -> None:
    import importlib

    n = importlib.import_module("rasad.arabic.normalize")
    assert tuple(n._SPACES) == tuple(c for c in map(chr, range(0x110000)) if c.isspace() and c not in " \n")


def test_a_headline_line_before_a_punctuated_body_is_its_own_sentence():
    text = ("الرئيس يستقبل وزير الخارجية الفرنسي في قصر الرئاسة اليوم\n"
            "استقبل الرئيس اليوم وزير الخارجية الفرنسي في قصر الرئاسة.\n"
            "وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة.\n"
            "وحضر اللقاء عدد من المسؤولين.")
    sents = split_sentences(text)
    assert [s.text.split()[0] for s in sents] == ["الرئيس", "استقبل", "وبحث", "وحضر"]
    # hard-wrapped text (most lines end mid-sentence) is still joined
    wrapped = ("أكد وزير الخارجية خلال لقائه نظيره الإيطالي اليوم في العاصمة\n"
               "على ضرورة تعزيز التعاون الثنائي في مجالات الطاقة والهجرة\n"
               "والتعليم العالي بين البلدين.\n"
               "وقال الوزير إن البلدين يعملان على تنظيم منتدى اقتصادي مشترك\n"
               "خلال الأشهر المقبلة.")
    assert len(split_sentences(wrapped)) == 2


# Characters normalize_key treats specially: mapped and dropped ones, blanks (newline included),
# Greek capital sigma (lower() depends on its neighbours), letters outside the Arabic blocks.
_KEY_CHARS = st.sampled_from(list("اأإآىئؤةکیـًٌٍَُِّْٰ٠١٩۰۹\u200b\u200c\u200f\u202b\ufeff\u061c\u00a0\u2007\t\n\r_،؛؟«»ΣσΑİ abc.:-"
                                  "\x0b\x0c\x1c\x1f\x85\u2028\u2029\u3000"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_KEY_CHARS | st.characters(blacklist_categories=("Cs",)), max_size=300).map("".join))
def test_normalize_key_long_texts_equal_the_translate_route(text: str) -> None:
    # texts of _KEY_LONG characters and more go through str.replace per character present
    from rasad.arabic.normalize import _TABLE

    assert normalize_key(text) == " ".join(text.translate(_TABLE).lower().split())
    assert normalize_key(text * 3) == " ".join((text * 3).translate(_TABLE).lower().split())
