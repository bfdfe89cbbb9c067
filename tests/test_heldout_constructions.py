"""General constructions that fresh held-out articles showed the casualty grammar missed
(issue 14): each tested with sentences written for these tests, in every language listed."""

from __future__ import annotations

import pytest
from reading import figures


# A verb of forcing, its object's count, then the infinitive of fleeing: displaced.
@pytest.mark.parametrize(
    ("lang", "text", "low", "high", "qualifier"),
    [
        ("pt", "Os confrontos forçaram milhares a fugir das aldeias.", 2000, 9999, "vague"),
        ("pt", "A seca e a guerra obrigaram 3.000 pessoas a fugir.", 3000, 3000, "exact"),
        (
            "pt",
            "A ofensiva obrigou mais de 800 pessoas a abandonar as suas casas.",
            800,
            None,
            "more_than",
        ),
        (
            "es",
            "Los enfrentamientos obligaron a 300 personas a huir del pueblo.",
            300,
            300,
            "exact",
        ),
        ("es", "La incursión obligó a huir a unas 400 personas.", 400, 400, "approximately"),
        ("de", "Die Angriffe zwangen rund 5.000 Menschen zur Flucht.", 5000, 5000, "approximately"),
        ("ru", "Обстрелы вынудили 600 человек покинуть свои дома.", 600, 600, "exact"),
        (
            "ru",
            "Свои дома были вынуждены покинуть более 2 млн человек.",
            2000000,
            None,
            "more_than",
        ),
        ("uk", "Обстріли змусили 300 мешканців залишити свої домівки.", 300, 300, "exact"),
        ("uk", "Свої домівки були змушені залишити понад 700 людей.", 700, None, "more_than"),
        (
            "tr",
            "Çatışmalar yüzünden 4 binden fazla kişi evlerini terk etmişti.",
            4000,
            None,
            "more_than",
        ),
    ],
)
def test_forced_to_flee_is_displaced(
    lang: str, text: str, low: int, high: int | None, qualifier: str
) -> None:
    got = figures(text, lang)
    assert [(o, lo, hi, q) for o, _, lo, hi, q in got] == [("displaced", low, high, qualifier)]


def test_people_taken_away_are_captured_unless_they_have_an_outcome() -> None:
    assert figures("Os homens armados levaram três mulheres da aldeia.", "pt") == [
        ("captured", "civilians", 3, 3, "exact")
    ]
    # carried to hospital: the people's own outcome, not an abduction
    assert figures("Os socorristas levaram 4 feridos para o hospital.", "pt") == [
        ("injured", "total", 4, 4, "exact")
    ]
    assert figures("A viagem levou duas horas.", "pt") == []


def test_made_prisoner_is_captured() -> None:
    assert figures("Die Miliz machte zwölf Polizisten zu Gefangenen.", "de") == [
        ("captured", "combatants", 12, 12, "exact")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("uk", "Під завалами рятувальники знайшли тіла ще трьох людей.", 3),
        ("uk", "Поліція повідомила про загибель двох цивільних.", 2),
        ("ru", "Спасатели обнаружили тела четырех человек.", 4),
        ("ru", "Власти сообщили о гибели пяти человек.", 5),
    ],
)
def test_bodies_and_death_of_count_killed(lang: str, text: str, low: int) -> None:
    assert [(o, lo) for o, _, lo, _, _ in figures(text, lang)] == [("killed", low)]


def test_more_between_verb_and_count_keeps_the_verb() -> None:
    assert figures("Окупанти вбили ще двох людей.", "uk") == [("killed", "total", 2, 2, "exact")]


def test_arabic_qualifier_after_the_modified_noun_phrase() -> None:
    got = figures("قتل سبعة جنود ماليين على الأقل في الكمين.", "ar")
    assert [(o, lo, hi, q) for o, _, lo, hi, q in got] == [("killed", 7, None, "at_least")]


@pytest.mark.parametrize(
    ("lang", "text", "outcome", "group", "low"),
    [
        ("ru", "Ведомство сообщило о 14 погибших мирных жителях.", "killed", "civilians", 14),
        ("ru", "Речь идет о 9 раненых военнослужащих.", "injured", "combatants", 9),
        ("uk", "Йдеться про 11 загиблих цивільних.", "killed", "civilians", 11),
    ],
)
def test_outcome_participle_before_the_people_noun(
    lang: str, text: str, outcome: str, group: str, low: int
) -> None:
    assert [(o, gr, lo) for o, gr, lo, _, _ in figures(text, lang)] == [(outcome, group, low)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Un comerciante murió tras el tiroteo."),
        ("pt", "Um comerciante morreu no ataque."),
        ("fr", "Un berger a été tué près du village."),
        ("de", "Ein Händler wurde getötet."),
        ("en", "A vendor was killed near the river."),
    ],
)
def test_ordinary_occupations_are_civilians(lang: str, text: str) -> None:
    assert figures(text, lang) == [("killed", "civilians", 1, 1, "exact")]


def test_vague_count_with_partitive_and_adjective_after_the_noun() -> None:
    assert figures("Une trentaine de soldats maliens ont été tués dans l'embuscade.", "fr") == [
        ("killed", "combatants", 30, 30, "approximately")
    ]
