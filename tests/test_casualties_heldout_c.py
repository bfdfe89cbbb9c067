"""Constructions the last held-out Arabic, Russian, Ukrainian and Turkish articles showed the
casualty grammar missed (issue 14, fifth session), each on sentences written for this test:
a qualifier after the noun kept in the count's written words, "one of" the people of a group
(ar "أحد" / "إحدى", ru / uk "один из", tr an ablative plural before the count), protesters as
civilians in every language, a part with its own group, and spelled-out teens of two words."""

from __future__ import annotations

import pytest
from reading import figures, worded_figures

from conflict_events.extract import find_casualties
from conflict_events.parse import parse_count

# -- the qualifier after the noun --------------------------------------------------------------


def test_postposed_qualifier_keeps_the_written_words() -> None:
    """ "14 شخصاً على الأقل": the count's text is the words as written, noun and all, so that
    the figure can be found in the text (the qualifier's words are not next to the number)."""
    text = "وقال مصدر طبي إن 14 شخصاً على الأقل أصيبوا بجروح في الاشتباكات."
    (m,) = find_casualties(text, lexicon="ar")
    assert m.figure.count.text == "14 شخصاً على الأقل"
    assert m.figure.count.text in text
    assert (m.figure.outcome.value, m.figure.count.low, m.figure.count.qualifier.value) == (
        "injured",
        14,
        "at_least",
    )


def test_postposed_qualifier_total_and_part_with_its_own_group() -> None:
    text = "أصيب 32 شخصاً على الأقل، بينهم 9 عناصر من الشرطة، في مواجهات قرب الميناء."
    got = worded_figures(text, "ar")
    assert got == [
        ("32 شخصاً على الأقل", "injured", "total", 32, None, "at_least"),
        ("9 عناصر من الشرطة", "injured", "combatants", 9, 9, "exact"),
    ]
    total, part = find_casualties(text, lexicon="ar")
    assert (total.role, part.role, part.total_index) == ("total", "breakdown", 0)


# -- "one of" the people of a group ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ar",
            "وأعلنت الشرطة أن أحد المحتجين توفي في المستشفى متأثراً بجروحه.",
            [("killed", "civilians", 1, 1, "exact")],
        ),
        (
            "ar",
            "قُتل أحد عناصر الأمن وأصيب ثلاثة آخرون في الهجوم على الحاجز.",
            [("killed", "combatants", 1, 1, "exact"), ("injured", "combatants", 3, 3, "exact")],
        ),
        (
            "ar",
            "قُتلت إحدى المتظاهرات برصاص قناص قرب الساحة.",
            [("killed", "civilians", 1, 1, "exact")],
        ),
        (
            "ru",
            "Один из протестующих скончался в больнице.",
            [("killed", "civilians", 1, 1, "exact")],
        ),
        (
            "ru",
            "Погиб один из военных, еще трое ранены.",
            [("killed", "combatants", 1, 1, "exact"), ("injured", "combatants", 3, 3, "exact")],
        ),
        ("ru", "Ранили одного из военных.", [("injured", "combatants", 1, 1, "exact")]),
        (
            "uk",
            "Один із протестувальників помер у лікарні.",
            [("killed", "civilians", 1, 1, "exact")],
        ),
        ("uk", "Загинув один з військових.", [("killed", "combatants", 1, 1, "exact")]),
        (
            "tr",
            "Göstericilerden biri hastanede hayatını kaybetti.",
            [("killed", "civilians", 1, 1, "exact")],
        ),
        ("tr", "Polislerden 3'ü yaralandı.", [("injured", "combatants", 3, 3, "exact")]),
        ("tr", "Askerlerden ikisi şehit oldu.", [("killed", "combatants", 2, 2, "exact")]),
    ],
)
def test_one_of_a_group(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text, lang) == expected


def test_one_of_is_no_figure_without_an_outcome() -> None:
    """ "أحد المتظاهرين" speaking, "one of the protesters said": no casualty."""
    assert figures("وقال أحد المتظاهرين للصحفيين إن الشرطة أطلقت النار في الهواء.", "ar") == []
    assert figures("Один из протестующих рассказал журналистам о задержаниях.", "ru") == []


# -- protesters are civilians, in every language ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "Police said 40 protesters were injured.", 40),
        ("ar", "وقتل نحو 300 متظاهر خلال الاحتجاجات.", 300),
        ("ar", "أصيب 12 متظاهراً برصاص قوات الأمن.", 12),
        ("ar", "وأسفرت المواجهات عن إصابة 18 محتجاً.", 18),
        ("ru", "Ранены 12 протестующих.", 12),
        ("uk", "Поранено 12 протестувальників.", 12),
        ("tr", "Olaylarda 14 gösterici yaralandı.", 14),
    ],
)
def test_protesters_are_civilians(lang: str, text: str, low: int) -> None:
    ((_, group, got, _, _),) = figures(text, lang)
    assert (group, got) == ("civilians", low)


# -- spelled-out teens of two words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ar", "ثلاثة عشر", 13),
        ("ar", "أحد عشر", 11),
        ("ar", "إحدى عشرة", 11),
        ("tr", "on iki", 12),
        ("tr", "on", 10),
        ("tr", "on iki bin", 12000),
        ("ar", "أحد", 1),
    ],
)
def test_teens_of_two_words(lang: str, text: str, value: int) -> None:
    assert parse_count(text, lexicon=lang).low == value


def test_teens_of_two_words_in_running_text() -> None:
    assert figures("قتل ثلاثة عشر شخصا في الغارة.", "ar") == [("killed", "total", 13, 13, "exact")]
    assert figures("Saldırıda on iki kişi hayatını kaybetti.", "tr") == [
        ("killed", "total", 12, 12, "exact")
    ]
