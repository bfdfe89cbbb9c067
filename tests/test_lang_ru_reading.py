"""Russian constructions of conflict reporting, one behavioural assertion each (issue 14).

The sentences are written for these tests in the style of TASS, Interfax and RIA Novosti
copy; none comes from a fixture article.
"""

from __future__ import annotations

import datetime as dt

from reading import WordedFigure, worded_figures

from conflict_events.extract import extract_attributions, extract_report
from conflict_events.parse import find_dates

LANG = "ru"


def _figures(text: str) -> list[WordedFigure]:
    """(words, outcome, group, low, high, qualifier) of every figure of ``text``."""
    return worded_figures(text, LANG)


def _sources(text: str) -> list[str]:
    return [a.attribution.source_name or "" for a in extract_attributions(text, lexicon=LANG)]


def _report_sources(text: str) -> list[str | None]:
    """The source of each figure group of the report, in order."""
    report = extract_report(text, published=dt.date(2025, 3, 3), lexicon=LANG)
    return [r.attribution.source_name for r in report.casualties]


# -- casualties ---------------------------------------------------------------------------------


def test_an_age_before_a_bare_singular_is_part_of_the_figure() -> None:
    assert _figures("При обстреле поселка погибла 63-летняя пенсионерка.") == [
        ("63-летняя пенсионерка", "killed", "civilians", 1, 1, "exact")
    ]


def test_a_bare_singular_in_the_accusative_after_the_verb_counts_one() -> None:
    assert _figures("Неизвестные похитили женщину на трассе под Хасавюртом.") == [
        ("женщину", "captured", "civilians", 1, 1, "exact")
    ]


def test_died_before_its_subject_counts_one() -> None:
    assert _figures("Утром в больнице скончался водитель автобуса.") == [
        ("водитель", "killed", "civilians", 1, 1, "exact")
    ]


def test_a_count_noun_with_its_outcome_in_the_genitive_is_a_toll() -> None:
    assert _figures("Число раненых в Белгороде выросло до 23.") == [
        ("23", "injured", "total", 23, 23, "exact")
    ]


def test_the_dash_copula_after_among_inside_a_quotation() -> None:
    text = '"Среди раненых - трое подростков", - написал мэр.'
    assert _figures(text) == [("трое подростков", "injured", "civilians", 3, 3, "exact")]


def test_the_outcome_noun_before_its_verb_then_the_count() -> None:
    assert _figures("Ранения получили не менее 12 человек.") == [
        ("не менее 12 человек", "injured", "total", 12, None, "at_least")
    ]


def test_the_place_of_captivity_and_its_copula_before_the_count() -> None:
    assert _figures("По данным омбудсмена, в плену находятся более 300 человек.") == [
        ("более 300 человек", "captured", "total", 300, None, "more_than")
    ]


def test_a_collective_numeral_in_the_accusative() -> None:
    assert _figures("Боевики захватили восьмерых военнослужащих.") == [
        ("восьмерых военнослужащих", "captured", "combatants", 8, 8, "exact")
    ]


def test_the_police_as_a_phrase_is_a_combatant_group() -> None:
    assert _figures("В перестрелке ранены двое сотрудников полиции.") == [
        ("двое сотрудников полиции", "injured", "combatants", 2, 2, "exact")
    ]


def test_those_who_sought_medical_help_are_injured() -> None:
    assert _figures("Еще четверо обратились за медицинской помощью.") == [
        ("четверо", "injured", "total", 4, 4, "exact")
    ]


def test_a_feminine_verb_of_killing_before_the_count() -> None:
    assert _figures("Армия заявила, что уничтожила более 40 боевиков.") == [
        ("более 40 боевиков", "killed", "combatants", 40, None, "more_than")
    ]


# -- attribution ----------------------------------------------------------------------------


def test_a_bracketed_acronym_after_an_inverted_speaker_belongs_to_the_name() -> None:
    text = "Погибли семь человек, сообщила Организация Объединенных Наций (ООН)."
    assert _sources(text) == ["Организация Объединенных Наций (ООН)"]


def test_his_words_point_back_to_the_nearest_person() -> None:
    text = "Об этом сообщил мэр Донецка Алексей Кулемзин. По его словам, ранены двое."
    assert _sources(text)[-1] == "мэр Донецка Алексей Кулемзин"


def test_the_rights_defenders_point_back_to_the_monitor_named_before() -> None:
    text = (
        "Об этом сообщила Сирийская обсерватория по правам человека. "
        "По данным правозащитников, ранены 20 человек."
    )
    assert _sources(text)[-1] == "Сирийская обсерватория по правам человека"


def test_about_this_with_an_adverbial_points_back_to_the_sentence_before() -> None:
    text = "В Курске погибли два человека. Об этом в понедельник сообщил губернатор Иван Белов."
    assert _report_sources(text) == ["губернатор Иван Белов"]


def test_a_listener_in_the_dative_is_skipped_before_the_speaker() -> None:
    text = "Погибли трое военных, рассказал ТАСС источник в силовых структурах."
    assert _sources(text) == ["источник"]


def test_a_neuter_verb_after_a_ministry() -> None:
    assert _sources("Задержаны четверо подозреваемых, сообщило МВД.") == ["МВД"]


def test_the_imperfective_past_of_an_earlier_report() -> None:
    assert _sources("Ранее губернатор Иван Белов сообщал о трех погибших.") == [
        "губернатор Иван Белов"
    ]


def test_a_quotation_of_several_sentences_takes_the_speaker_after_it() -> None:
    text = (
        '"Погибли два человека. Еще пятеро ранены. Все они жители села", '
        "- написал в Telegram губернатор Иван Белов."
    )
    assert _report_sources(text) == ["губернатор Иван Белов", "губернатор Иван Белов"]


# -- dates ----------------------------------------------------------------------------------


def test_the_evening_before_is_a_part_of_a_day() -> None:
    [d] = find_dates("Удар был нанесен накануне вечером.", anchor=dt.date(2025, 3, 3), lexicon=LANG)
    assert (d.text, d.when.start, d.when.precision.value) == (
        "накануне вечером",
        dt.date(2025, 3, 2),
        "part_of_day",
    )


def test_up_to_after_an_outcome_verb_is_a_qualifier() -> None:
    assert _figures("За сутки уничтожено до 90 боевиков.") == [
        ("до 90 боевиков", "killed", "combatants", None, 90, "at_most")
    ]


def test_up_to_as_a_preposition_is_no_count() -> None:
    assert _figures("Задержанным грозит до 15 лет лишения свободы.") == []


def test_a_predicative_count_after_the_outcome_noun() -> None:
    assert _figures("Погибших уже шестеро.") == [("шестеро", "killed", "total", 6, 6, "exact")]


def test_an_organisation_in_the_prepositional_after_the_verb_is_put_back() -> None:
    text = 'Погибли двое, сообщили "Интерфаксу" в Следственном комитете.'
    assert _sources(text) == ["Следственный комитет"]


def test_the_agencys_interlocutor_is_the_source_named_before() -> None:
    text = "Об этом сообщила пресс-служба МЧС. Погибли трое, уточнил собеседник агентства."
    assert _sources(text)[-1] == "пресс-служба МЧС"
