from rasad.timex.lexicon import gregorian_months, hijri_months, weekdays


def test_month_names_of_every_dialect():
    g = gregorian_months()
    assert g["يناير"] == 1 and g["جانفي"] == 1 and g["كانون الثاني"] == 1
    assert g["دجنبر"] == 12 and g["كانون الاول"] == 12 and g["ديسمبر"] == 12
    assert g["غشت"] == 8 and g["اب"] == 8 and g["اغسطس"] == 8


def test_hijri_and_weekdays():
    assert hijri_months()["رمضان"] == 9
    assert hijri_months()["ذي الحجه"] == 12
    assert weekdays()["الاثنين"] == 0 and weekdays()["جمعه"] == 4
