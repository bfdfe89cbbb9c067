"""Places in Arabic text: every Arabic name GeoNames gives a place of the Arabic-speaking
world (and a city abroad of a million people), read whole or after a joined proclitic,
never a word of the language (docs/names.md, "Places in Arabic text").  The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from reading import found_places as _found

from conflict_events import Gazetteer
from conflict_events.lexicon import load
from conflict_events.resolve._arabic import (
    ABROAD_MIN_POPULATION,
    arabic_speaking,
    arabic_words,
    proclitic_forms,
)
from conflict_events.resolve._normalize import arabic_key


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


# (sentence, the mention as written, the place's country): places of Iraq, Yemen, Sudan,
# Libya, Gaza and Somalia, which only Syria's Arabic names were scanned for before.
READ = [
    ("قُتل ثلاثة مدنيين في انفجار سيارة مفخخة في بغداد صباح اليوم.", "بغداد", "IQ"),
    ("وقالت الشرطة إن الهجوم وقع جنوب كركوك.", "كركوك", "IQ"),
    ("سقطت قذائف على أحياء سكنية في الفاشر المحاصرة.", "الفاشر", "SD"),
    ("وصل النازحون إلى عدن بعد أيام من السير.", "عدن", "YE"),
    ("أعلنت السلطات حظر التجول في مقديشو.", "مقديشو", "SO"),
    ("استهدفت غارة منزلا في خان يونس ليلا.", "خان يونس", "PS"),
    ("تتواصل المعارك في ولاية شمال كردفان.", "شمال كردفان", "SD"),
    ("اندلعت اشتباكات عنيفة في بنغازي.", "بنغازي", "LY"),
]


@pytest.mark.parametrize(("text", "written", "country"), READ)
def test_arabic_names_of_the_arab_world_are_read(
    gazetteer: Gazetteer, text: str, written: str, country: str
) -> None:
    found = _found(gazetteer, text)
    assert [w for w, _ in found] == [written], found
    assert found[0][1].endswith(f", {country}")


# A joined proclitic ("و" and, "ب" in, "ل" for) is taken off the word as written.
PROCLITICS = [
    ("قصفت الطائرات مواقع في الموصل وكركوك.", ["الموصل", "وكركوك"], ["IQ", "IQ"]),
    ("وتعرضت أحياء بالخرطوم لقصف مدفعي.", ["بالخرطوم"], ["SD"]),
    ("أرسلت الحكومة تعزيزات لمأرب.", ["لمأرب"], ["YE"]),
    ("ووصلت القافلة إلى غزة وبغداد في اليوم نفسه.", ["غزة", "وبغداد"], ["PS", "IQ"]),
]


@pytest.mark.parametrize(("text", "written", "countries"), PROCLITICS)
def test_a_name_after_a_joined_proclitic_is_read(
    gazetteer: Gazetteer, text: str, written: list[str], countries: list[str]
) -> None:
    found = _found(gazetteer, text)
    assert [w for w, _ in found] == written, found
    assert [p.rsplit(", ", 1)[1] for _, p in found] == countries


# Words of the language that GeoNames gives some place as its Arabic name: none is a place.
NOT_PLACES = [
    "وقال المتحدث إن الجيش أصدر بيانا يوم الخميس.",  # "إن" (Ans, BE), "بيان", "الخميس"
    "وكان خمسة من عناصر الأمن بين القتلى.",  # "كان" (Cannes), "خمس", "الأمن" (Emmen)
    "تبنت حركة حماس الهجوم.",  # "حماس" spelled "hms" as Homs
    "وانتشرت قوات تابعة للفرقة الرابعة في الحي الجنوبي.",  # "للفرقة" is no "ف" + Raqqa
    "فرّ السكان من البلاد عبر الوادي بلا ماء.",  # the country, a valley, "without"
    "تجمع المحتجون في الميدان الرئيسي شمال العاصمة.",  # a square, the north, the capital
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_common_words_are_no_places(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == []


def test_a_shared_name_needs_the_country(gazetteer: Gazetteer) -> None:
    text = "تجددت الاشتباكات في طرابلس مساء السبت."
    assert _found(gazetteer, text) == []  # Libya's and Lebanon's Tripoli
    assert _found(gazetteer, text, country="LY") == [("طرابلس", "Tripoli, LY")]
    assert _found(gazetteer, text, country="LB") == [("طرابلس", "Tripoli, LB")]


def test_abroad_only_large_cities(gazetteer: Gazetteer) -> None:
    # Tehran and Istanbul are read; a small foreign town's transliteration is not.
    found = _found(gazetteer, "وصل الوفد إلى طهران قادما من إسطنبول.")
    assert [p.rsplit(", ", 1)[1] for _, p in found] == ["IR", "TR"]
    assert all(
        gazetteer.population(gazetteer.resolve(w).gazetteer_id or "") >= ABROAD_MIN_POPULATION
        for w, _ in found
    )
    assert "IR" not in arabic_speaking()
    assert "IQ" in arabic_speaking()


def test_the_words_come_from_the_arabic_lexicon() -> None:
    words = arabic_words()
    lexicon = load("ar")
    # every listed common word, and the lexicon's own words (a weekday of the calendar)
    for word in lexicon.words("names.place_forms.common_words"):
        assert arabic_key(word) in words.common_keys
    assert arabic_key("الخميس") in words.common_keys
    # a name of the names table is no common word ("اليمن" is a country)
    assert arabic_key("اليمن") not in words.common_keys
    # an overlay's word joins them
    extended = lexicon.extended({"names": {"place_forms": {"common_words": ["بغداد"]}}})
    assert arabic_key("بغداد") in arabic_words(extended).common_keys


def test_proclitic_forms() -> None:
    words = arabic_words()
    assert proclitic_forms("بالخرطوم", words)[:2] == [arabic_key("بالخرطوم"), arabic_key("الخرطوم")]
    assert proclitic_forms("للفرقة", words) == [arabic_key("للفرقة"), arabic_key("لفرقة")]
    # too little left after the proclitic: the word alone
    assert proclitic_forms("وفي", words) == [arabic_key("وفي")]
