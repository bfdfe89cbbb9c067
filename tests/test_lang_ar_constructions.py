"""Arabic constructions of conflict reporting (issue 14), one behavioural assertion each.

Every sentence is written for this test in the style of SANA, the Syrian Observatory, Al
Jazeera, Asharq Al-Awsat, Saba and Sudanese outlets; none is a fixture sentence.  Each test
names the construction it reads (docs/languages.md, "Arabic").
"""

from __future__ import annotations

import datetime as dt

from reading import Figure, figures

from conflict_events import extract_attributions, extract_report
from conflict_events.extract import find_casualties
from conflict_events.parse import find_dates
from conflict_events.text import lower_same_length, sentences


def _figures(text: str) -> list[Figure]:
    return figures(text, "ar")


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, lexicon="ar")]


# --- sentences -------------------------------------------------------------------------------


def test_a_full_stop_before_an_arabic_letter_ends_the_sentence() -> None:
    text = "قتل جنديان في ريف درعا. وكانت دورية قد تعرضت لهجوم مماثل."
    assert _sentences(text) == ["قتل جنديان في ريف درعا.", "وكانت دورية قد تعرضت لهجوم مماثل."]


def test_the_arabic_question_mark_ends_the_sentence() -> None:
    text = "من يحمي المدنيين؟ تساءل ناشطون في إدلب."
    assert _sentences(text) == ["من يحمي المدنيين؟", "تساءل ناشطون في إدلب."]


def test_an_arabic_abbreviation_does_not_end_the_sentence() -> None:
    text = "وقال د. سامر الخطيب إن المستشفى امتلأ."
    assert _sentences(text) == [text]


def test_arabic_punctuation_is_read_as_latin_marks_at_the_same_offsets() -> None:
    text = "قتلى، وجرحى؛ لماذا؟"
    low = lower_same_length(text)
    assert (len(low), low.count(","), low.count(";"), low.count("?")) == (len(text), 1, 1, 1)


# --- counts and figures ----------------------------------------------------------------------


def test_a_qualifier_after_the_noun_governs_the_count() -> None:
    assert _figures("قُتل 17 مدنياً على الأقل في قصف على بلدة كفرنبل.") == [
        ("killed", "civilians", 17, None, "at_least")
    ]


def test_a_conjunction_joined_to_a_count_starts_the_next_figure() -> None:
    assert _figures("ارتفعت حصيلة الاشتباكات إلى 23 قتيلاً و41 جريحاً.") == [
        ("killed", "total", 23, 23, "exact"),
        ("injured", "total", 41, 41, "exact"),
    ]


def test_a_conjunction_joined_to_a_verb_before_the_count() -> None:
    assert _figures("قتلت المجموعة 8 رعاة، وأصابت 5 آخرين قرب الفاشر.")[1] == (
        "injured",
        "civilians",
        5,
        5,
        "exact",
    )


def test_a_list_of_groups_with_a_joined_conjunction() -> None:
    assert _figures("قُتل 6 جنود و2 مدنيين بانفجار عبوة ناسفة.") == [
        ("killed", "combatants", 6, 6, "exact"),
        ("killed", "civilians", 2, 2, "exact"),
    ]


def test_a_passive_verb_with_a_damma_after_its_subject() -> None:
    assert _figures("وقال سكان إن خمسة مزارعين قُتلوا في حقولهم.") == [
        ("killed", "civilians", 5, 5, "exact")
    ]


def test_a_dual_noun_counts_two() -> None:
    assert _figures("وأكد المستشفى أن بين القتلى طفلتين.") == [
        ("killed", "civilians", 2, 2, "exact")
    ]


def test_a_bare_singular_part_of_a_total() -> None:
    assert _figures("قُتل 4 أشخاص بينهم امرأة في غارة على معرة النعمان.") == [
        ("killed", "total", 4, 4, "exact"),
        ("killed", "civilians", 1, 1, "exact"),
    ]


def test_a_bare_singular_subject_after_that() -> None:
    assert _figures("وذكرت مصادر محلية أن فتى استشهد برصاص الاحتلال.") == [
        ("killed", "total", 1, 1, "exact")
    ]


def test_parts_after_a_comma_and_they_are() -> None:
    found = find_casualties("قتل 9 أشخاص، هم 5 مدنيين و4 من عناصر النظام.", lexicon="ar")
    assert [(m.role, m.figure.count.low) for m in found] == [
        ("total", 9),
        ("breakdown", 5),
        ("breakdown", 4),
    ]


def test_a_partitive_names_the_group() -> None:
    assert _figures("وأصيب ثلاثة من عمال الإغاثة بجروح.") == [
        ("injured", "civilians", 3, 3, "exact")
    ]


def test_a_party_name_in_quotes_after_from() -> None:
    found = find_casualties('أسفرت المواجهات عن مقتل 3 من "قسد" وإصابة آخرين.', lexicon="ar")
    assert found[0].group_text == "قسد"


def test_a_construct_toll_with_no_of() -> None:
    assert _figures("وأفادت الوزارة بارتفاع عدد الجرحى إلى 52.") == [
        ("injured", "total", 52, 52, "exact")
    ]


def test_a_construct_toll_names_its_group() -> None:
    assert _figures("وارتفع عدد القتلى المدنيين إلى 19 بحسب المرصد.") == [
        ("killed", "civilians", 19, 19, "exact")
    ]


def test_the_object_count_after_the_verb_and_its_subject() -> None:
    assert _figures("واختطف مسلحون مجهولون فجر اليوم 12 طالباً من مدرستهم.") == [
        ("captured", "civilians", 12, 12, "exact")
    ]


def test_a_modifier_after_the_noun_before_its_outcome() -> None:
    assert _figures("وقالت مصادر إن 7 عناصر حوثيين لقوا حتفهم.") == [
        ("killed", "combatants", 7, 7, "exact")
    ]


def test_a_verb_split_around_its_count() -> None:
    assert _figures("لقي 25 شخصاً على الأقل حتفهم في المعارك.") == [
        ("killed", "total", 25, None, "at_least")
    ]


def test_the_life_of_before_the_count() -> None:
    assert _figures("أودت الغارات بحياة 14 شخصاً في مدينة دوما.") == [
        ("killed", "total", 14, 14, "exact")
    ]


def test_tens_with_the_article_and_tens_of_thousands() -> None:
    assert _figures("أودى النزاع بحياة عشرات الآلاف وأسفر عن مقتل العشرات منهم.") == [
        ("killed", "total", 20000, 99999, "vague"),
        ("killed", "total", 20, 99, "vague"),
    ]


def test_the_fate_of_others_is_unknown() -> None:
    assert _figures("وخطف المسلحون 4 صيادين، ولا يزال مصير 3 آخرين مجهولا.")[-1] == (
        "missing",
        "civilians",
        3,
        3,
        "exact",
    )


def test_people_of_the_residents_are_civilians() -> None:
    assert _figures("اعتقلت القوات 11 شاباً من سكان حي القدم.") == [
        ("captured", "civilians", 11, 11, "exact")
    ]


def test_displaced_after_forced_to() -> None:
    assert _figures("أجبرت المعارك نحو 3 آلاف شخص على النزوح.") == [
        ("displaced", "total", 3000, 3000, "approximately")
    ]


# --- sources, background, events, dates ------------------------------------------------------


def test_a_source_with_a_quoted_name_speaks_after_its_verb() -> None:
    [m] = extract_attributions('قالت شبكة "أطباء السودان" إن 9 مدنيين قتلوا.', lexicon="ar")
    assert "أطباء السودان" in m.attribution.source_name


def test_a_source_is_read_up_to_a_word_that_follows_a_speaker() -> None:
    [m] = extract_attributions("وأفاد المرصد السوري لاحقا بمقتل 3 مدنيين.", lexicon="ar")
    assert m.attribution.source_name == "المرصد السوري"


def test_a_definite_head_points_back_to_the_named_ministry() -> None:
    text = "أعلنت وزارة الصحة اليمنية مقتل 6 مدنيين. وأصيب 10 آخرون، بحسب الوزارة."
    report = extract_report(text, published=dt.date(2025, 4, 2), lexicon="ar")
    names = {c.attribution.source_name for c in report.casualties}
    assert names == {"وزارة الصحة اليمنية"}


def test_a_figure_told_in_the_pluperfect_is_background() -> None:
    text = (
        "قتل 5 مدنيين في قصف على مدينة تعز اليوم.\n\n"
        "وكانت الجماعة قد قصفت الحي نفسه يوم الأحد، ما أدى إلى إصابة 3 أطفال."
    )
    report = extract_report(text, published=dt.date(2025, 4, 2), lexicon="ar")
    flags = [f.background for c in report.casualties for f in c.figures]
    assert flags == [False, True]


def test_marches_are_a_protest_and_no_drone_strike() -> None:
    text = "خرجت اليوم مسيرات جماهيرية حاشدة في مدينة تعز تنديدا بالحصار."
    report = extract_report(text, published=dt.date(2025, 4, 2), lexicon="ar")
    assert [e.sub_event_type.value for e in report.engagements] == ["peaceful_protest"]


def test_shelling_in_the_accusative() -> None:
    text = "وقال مصدر محلي إن قصفاً مدفعياً استهدف قرية الرقيبة."
    report = extract_report(text, published=dt.date(2025, 4, 2), lexicon="ar")
    assert [e.sub_event_type.value for e in report.engagements] == [
        "shelling_artillery_missile_attack"
    ]


def test_a_weekday_with_a_joined_conjunction() -> None:
    [d] = find_dates("وقتل جندي والخميس الماضي.", anchor=dt.date(2024, 12, 1), lexicon="ar")
    assert (d.when.start, d.when.end) == (dt.date(2024, 11, 28), dt.date(2024, 11, 28))


def test_yesterday_with_a_joined_preposition() -> None:
    [d] = find_dates("وكانت القوات قد انسحبت بالأمس.", anchor=dt.date(2024, 12, 1), lexicon="ar")
    assert d.when.start == dt.date(2024, 11, 30)


def test_a_joined_preposition_after_according_to_opens_the_name() -> None:
    [m] = extract_attributions("ووفقا لوكالة الأنباء اليمنية، قتل 4 صيادين.", lexicon="ar")
    assert m.attribution.source_name == "وكالة الأنباء اليمنية"


def test_a_bracketed_acronym_belongs_to_the_speaker() -> None:
    [m] = extract_attributions(
        "أفادت وكالة الأنباء السودانية (سونا) بأن 8 مدنيين قتلوا.", lexicon="ar"
    )
    assert m.attribution.source_name == "وكالة الأنباء السودانية (سونا)"


def test_a_dual_others_takes_the_group_just_named() -> None:
    assert _figures("قُتل شرطي وأصيب آخران في كمين.") == [
        ("killed", "combatants", 1, 1, "exact"),
        ("injured", "combatants", 2, 2, "exact"),
    ]


def test_a_thousand_read_alone() -> None:
    assert _figures("فر أكثر من ألفي شخص من المخيم.") == [
        ("displaced", "total", 2000, None, "more_than")
    ]


def test_a_number_goes_on_after_its_scale_with_a_joined_conjunction() -> None:
    assert _figures("ارتفعت حصيلة الشهداء إلى 43 ألفا و846 شهيدا.") == [
        ("killed", "total", 43846, 43846, "exact")
    ]


def test_half_a_million() -> None:
    assert _figures("أسفرت الحرب عن نزوح نحو نصف مليون شخص.") == [
        ("displaced", "total", 500000, 500000, "approximately")
    ]


def test_the_bare_head_points_back_to_the_organisation_not_its_director() -> None:
    text = (
        "وقال المرصد السوري لحقوق الإنسان إن 6 مقاتلين قتلوا.\n\n"
        "وقال مدير المرصد رامي عبد الرحمن إن المعارك مستمرة.\n\n"
        "وأفاد المرصد لاحقا بمقتل 4 مدنيين."
    )
    report = extract_report(text, published=dt.date(2024, 12, 1), lexicon="ar")
    assert report.casualties[-1].attribution.source_name == "المرصد السوري لحقوق الإنسان"
