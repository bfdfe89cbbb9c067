"""Ukrainian constructions of conflict reporting, one behavioural assertion each (issue 14).

The sentences are written for these tests in the style of Ukrinform, Suspilne and UNIAN
copy; none comes from a fixture article.
"""

from __future__ import annotations

import datetime as dt

from reading import WordedFigure, worded_figures

from conflict_events.extract import extract_attributions, extract_report
from conflict_events.parse import find_dates, parse_count

LANG = "uk"


def _figures(text: str) -> list[WordedFigure]:
    """(words, outcome, group, low, high, qualifier) of every figure of ``text``."""
    return worded_figures(text, LANG)


def _sources(text: str) -> list[str]:
    return [a.attribution.source_name or "" for a in extract_attributions(text, lexicon=LANG)]


def _report_sources(text: str) -> list[str | None]:
    """The source of each figure group of the report, in order."""
    report = extract_report(text, published=dt.date(2025, 6, 10), lexicon=LANG)
    return [r.attribution.source_name for r in report.casualties]


# -- counts ---------------------------------------------------------------------------------


def test_a_number_word_with_an_apostrophe_inside_is_one_word() -> None:
    assert [parse_count(w, lexicon=LANG).low for w in ("п'яти", "дев’ятеро", "П'ятьох")] == [
        5,
        9,
        5,
    ]


# -- casualties ---------------------------------------------------------------------------------


def test_an_age_before_a_bare_singular_is_part_of_the_figure() -> None:
    assert _figures("Внаслідок удару загинула 72-річна пенсіонерка.") == [
        ("72-річна пенсіонерка", "killed", "civilians", 1, 1, "exact")
    ]


def test_an_impersonal_participle_with_an_accusative_singular() -> None:
    assert _figures("У Нікополі поранено 45-річну жінку.") == [
        ("45-річну жінку", "injured", "civilians", 1, 1, "exact")
    ]


def test_died_before_its_subject_counts_one() -> None:
    assert _figures("У лікарні помер водій маршрутки.") == [
        ("водій", "killed", "civilians", 1, 1, "exact")
    ]


def test_a_count_noun_with_its_outcome_in_the_genitive_is_a_toll() -> None:
    assert _figures("Кількість поранених у Сумах зросла до дев'яти.") == [
        ("дев'яти", "injured", "total", 9, 9, "exact")
    ]


def test_the_dash_copula_after_among() -> None:
    assert _figures("Серед загиблих - двоє підлітків.") == [
        ("двоє підлітків", "killed", "civilians", 2, 2, "exact")
    ]


def test_the_outcome_noun_before_its_verb_then_the_count() -> None:
    assert _figures("Поранень зазнали щонайменше 14 людей.") == [
        ("щонайменше 14 людей", "injured", "total", 14, None, "at_least")
    ]


def test_the_place_of_captivity_and_its_copula_before_the_count() -> None:
    assert _figures("За даними омбудсмана, у полоні перебувають понад 500 цивільних.") == [
        ("понад 500 цивільних", "captured", "civilians", 500, None, "more_than")
    ]


def test_a_collective_numeral_in_the_accusative_after_taken_prisoner() -> None:
    assert _figures("Окупанти взяли в полон п'ятьох морпіхів.") == [
        ("п'ятьох морпіхів", "captured", "total", 5, 5, "exact")
    ]


def test_those_who_sought_medical_help_are_injured() -> None:
    assert _figures("Ще семеро звернулися по медичну допомогу.") == [
        ("семеро", "injured", "total", 7, 7, "exact")
    ]


def test_the_police_as_a_phrase_is_a_combatant_group() -> None:
    assert _figures("Загинули троє працівників поліції.") == [
        ("троє працівників поліції", "killed", "combatants", 3, 3, "exact")
    ]


# -- attribution ----------------------------------------------------------------------------


def test_her_data_point_back_to_the_nearest_person() -> None:
    text = "Про це повідомила речниця ОВА Оксана Петренко. За її даними, поранено трьох людей."
    assert _sources(text)[-1] == "речниця ОВА Оксана Петренко"


def test_a_spelled_out_acronym_points_back_to_the_name_it_abbreviates() -> None:
    text = (
        "Про це повідомила Сумська ОВА. "
        "За даними обласної військової адміністрації, поранено двох людей."
    )
    assert _sources(text)[-1] == "Сумська ОВА"


def test_about_this_with_an_adverbial_points_back_to_the_sentence_before() -> None:
    text = "У Херсоні загинули двоє людей. Про це у неділю повідомив очільник ОВА Петро Коваль."
    assert _report_sources(text) == ["очільник ОВА Петро Коваль"]


def test_a_neuter_verb_after_a_ministry() -> None:
    assert _sources("Затримано шістьох підозрюваних, повідомило МВС.") == ["МВС"]


def test_as_reported_in_the_imperfective_names_its_source() -> None:
    assert _sources("Як повідомляв Укрінформ, загинули четверо людей.") == ["Укрінформ"]


def test_a_command_with_a_direction_in_its_name_speaks() -> None:
    text = "Сили оборони півдня повідомили, що поранено двох військових."
    assert _sources(text) == ["Сили оборони півдня"]


def test_the_channel_between_the_verb_and_its_speaker_is_skipped() -> None:
    text = "Загинули двоє людей, написав у Telegram голова ОВА Іван Коваль."
    assert _sources(text) == ["голова ОВА Іван Коваль"]


# -- dates ----------------------------------------------------------------------------------


def test_the_evening_before_is_a_part_of_a_day() -> None:
    [d] = find_dates(
        "Удару завдали напередодні ввечері.", anchor=dt.date(2025, 6, 10), lexicon=LANG
    )
    assert (d.text, d.when.start, d.when.precision.value) == (
        "напередодні ввечері",
        dt.date(2025, 6, 9),
        "part_of_day",
    )


def test_up_to_after_an_outcome_verb_is_a_qualifier() -> None:
    assert _figures("За добу знищено до 300 окупантів.") == [
        ("до 300 окупантів", "killed", "combatants", None, 300, "at_most")
    ]


def test_a_predicative_count_after_the_outcome_noun() -> None:
    assert _figures("Поранених уже восьмеро.") == [("восьмеро", "injured", "total", 8, 8, "exact")]


def test_a_dash_before_one_person_after_among() -> None:
    assert _figures("Серед поранених — 16-річний хлопець.") == [
        ("16-річний хлопець", "injured", "civilians", 1, 1, "exact")
    ]
