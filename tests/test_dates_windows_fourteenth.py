"""Windows up to the publication day in every language (session of 2026-12-07, fourteenth).

The design's "the past week" is the seven days up to the anchor, "last week" the calendar's
ISO week.  Other languages name the past unit by the words around it ("за последнюю
неделю", "la semaine écoulée", "خلال الأسبوع الماضي"), a count after "since" ("depuis trois
jours") or "within" ("binnen drei Tagen", read on the side of the anchor the tense says).
And the scanner takes a rule's longest match when its optional head was read first ("مساء
اليوم السابق", the evening before, not "مساء اليوم", this evening).  Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates, resolve_date

# Thursday 12 March 2026
ANCHOR = dt.date(2026, 3, 12)
WEEK = (dt.date(2026, 3, 5), ANCHOR)
MONTH = (dt.date(2026, 2, 12), ANCHOR)
YEAR = (dt.date(2025, 3, 12), ANCHOR)

# (language, sentence, the mention, its span)
PAST_UNITS = [
    ("ru", "За минувшую неделю боевики трижды обстреляли посёлок.", "За минувшую неделю", WEEK),
    ("ru", "За последний месяц в регионе погибли 40 человек.", "За последний месяц", MONTH),
    ("uk", "За останній місяць окупанти 30 разів атакували громаду.", "За останній місяць", MONTH),
    ("uk", "Протягом останнього тижня загинули семеро цивільних.", "Протягом останнього тижня",
     WEEK),
    ("es", "Durante la última semana murieron doce policías en la provincia.", "la última semana",
     WEEK),
    ("es", "En el último año fueron secuestradas 80 personas.", "el último año", YEAR),
    ("pt", "No último mês foram mortos 15 garimpeiros na região.", "No último mês", MONTH),
    ("pt", "Durante a última semana morreram nove soldados.", "Durante a última semana", WEEK),
    ("fr", "Le mois écoulé, 25 civils ont été tués dans la province.", "Le mois écoulé", MONTH),
    ("fr", "Au cours de la dernière semaine, l'armée a perdu six soldats.", "la dernière semaine",
     WEEK),
    ("ar", "قتل 14 مدنيا على مدى الشهر الماضي في المحافظة.", "على مدى الشهر الماضي", MONTH),
    ("ar", "سقط عشرة جرحى خلال الأسبوع المنصرم في البلدة.", "خلال الأسبوع المنصرم", WEEK),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "mention", "span"), PAST_UNITS)
def test_the_past_unit_is_a_window_up_to_the_anchor(
    lang: str, sentence: str, mention: str, span: tuple[dt.date, dt.date]
) -> None:
    found = [m for m in find_dates(sentence, ANCHOR, lexicon=lang) if m.text == mention]
    assert found, [m.text for m in find_dates(sentence, ANCHOR, lexicon=lang)]
    assert (found[0].when.start, found[0].when.end) == span
    when = resolve_date(mention, ANCHOR, lexicon=lang)
    assert (when.start, when.end, when.precision) == (*span, "interval")


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # the calendar's last week stays the ISO week (DESIGN §3 "last week")
        ("de", "in der vergangenen Woche", (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
        ("ar", "الأسبوع الماضي", (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
        ("uk", "минулого тижня", (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
        ("ru", "на прошлой неделе", (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
        ("es", "la semana pasada", (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
        ("fr", "la semaine dernière", (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
        # a weekend after "the last" is read by the weekend's rule
        ("es", "el último fin de semana", (dt.date(2026, 3, 7), dt.date(2026, 3, 8))),
    ],
)
def test_the_calendar_unit_keeps_its_reading(
    lang: str, text: str, span: tuple[dt.date, dt.date]
) -> None:
    when = resolve_date(text, ANCHOR, lexicon=lang)
    assert (when.start, when.end) == span


COUNTS = [
    # since a count of units: up to the anchor
    ("fr", "Depuis deux mois, les combats ont fait 300 morts.", "Depuis deux mois",
     (dt.date(2026, 1, 12), ANCHOR)),
    ("de", "Seit zehn Tagen wurden 40 Menschen verschleppt.", "Seit zehn Tagen",
     (dt.date(2026, 3, 2), ANCHOR)),
    # within a count of units, in the past
    ("de", "Innerhalb von zehn Tagen wurden drei Dörfer überfallen.", "Innerhalb von zehn Tagen",
     (dt.date(2026, 3, 2), ANCHOR)),
    ("fr", "En l'espace de deux semaines, 18 soldats ont été tués.", "En l'espace de deux semaines",
     (dt.date(2026, 2, 26), ANCHOR)),
    ("es", "En el plazo de tres días fueron asesinados seis comerciantes.",
     "En el plazo de tres días", (dt.date(2026, 3, 9), ANCHOR)),
    ("pt", "No espaço de dois meses foram mortos 20 agricultores.", "No espaço de dois meses",
     (dt.date(2026, 1, 12), ANCHOR)),
    ("ru", "В течение пяти дней погибли 11 мирных жителей.", "В течение пяти дней",
     (dt.date(2026, 3, 7), ANCHOR)),
    ("uk", "Протягом п'яти днів загинули 11 цивільних.", "Протягом п'яти днів",
     (dt.date(2026, 3, 7), ANCHOR)),
    ("ar", "قتل 11 مدنيا في غضون خمسة أيام.", "في غضون خمسة أيام",
     (dt.date(2026, 3, 7), ANCHOR)),
    # a count of hours with its article joined by a tatweel, and "last" before a count
    ("ar", "قتل تسعة أشخاص خلال الـ48 ساعة الماضية.", "الـ48 ساعة الماضية",
     (dt.date(2026, 3, 10), ANCHOR)),
    ("ar", "أصيب سبعة جنود خلال آخر 72 ساعة.", "آخر 72 ساعة", (dt.date(2026, 3, 9), ANCHOR)),
    ("ar", "قتل خمسة في الساعات الـ24 الماضية.", "الساعات الـ24 الماضية",
     (dt.date(2026, 3, 11), ANCHOR)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "mention", "span"), COUNTS)
def test_counted_windows(
    lang: str, sentence: str, mention: str, span: tuple[dt.date, dt.date]
) -> None:
    found = [m for m in find_dates(sentence, ANCHOR, lexicon=lang) if m.text == mention]
    assert found, [m.text for m in find_dates(sentence, ANCHOR, lexicon=lang)]
    assert (found[0].when.start, found[0].when.end, found[0].when.precision) == (*span, "interval")


@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        ("de", "binnen zwei Wochen", dt.date(2026, 3, 26)),
        ("ru", "в течение трёх дней", dt.date(2026, 3, 15)),
        ("ar", "في غضون ثلاثة أيام", dt.date(2026, 3, 15)),
        ("es", "en el plazo de dos meses", dt.date(2026, 5, 12)),
    ],
)
def test_within_looks_forward_in_the_future(lang: str, text: str, end: dt.date) -> None:
    when = resolve_date(text, ANCHOR, lexicon=lang, direction="future")
    assert (when.start, when.end) == (ANCHOR, end)


def test_within_in_running_text_takes_the_tense() -> None:
    text = "Die Armee wird binnen zwei Wochen weitere Truppen entsenden."
    (mention,) = find_dates(text, ANCHOR, lexicon="de")
    assert mention.text == "binnen zwei Wochen"
    assert (mention.when.start, mention.when.end) == (ANCHOR, dt.date(2026, 3, 26))


def test_the_longest_match_of_a_rule_wins_in_running_text() -> None:
    # the optional part of the day before a day word ("مساء" + "اليوم") is read first by the
    # engine; the day word alone ("مساء اليوم السابق") is longer and wins
    text = "هاجم المسلحون القرية يوم الأربعاء. وكانوا قد تجمعوا مساء اليوم السابق قرب الوادي."
    found = [
        (m.text, m.when.start, m.when.precision) for m in find_dates(text, ANCHOR, lexicon="ar")
    ]
    assert ("مساء اليوم السابق", dt.date(2026, 3, 10), "part_of_day") in found
    assert all(m != "مساء اليوم" for m, _, _ in found)
    # with nothing named before, the evening before the publication day
    when = resolve_date("مساء اليوم السابق", ANCHOR, lexicon="ar")
    assert (when.start, when.end, when.precision) == (
        dt.date(2026, 3, 11),
        dt.date(2026, 3, 11),
        "part_of_day",
    )
    # "this evening" keeps its reading
    when = resolve_date("مساء اليوم", ANCHOR, lexicon="ar")
    assert (when.start, when.precision) == (ANCHOR, "part_of_day")
