"""Events read in the tenth session of 2026-12-07 (docs/events.md, "A past clash told with
a displacement, victims before a participle, and weapons in the verb"): a clash that made
people flee at an earlier time of its own is an incident of its own; the people a figure
counts before a past participle ("14 personas asesinadas") are whom it hit, not a mob; an
ambush or a shooting told by its participle alone ("emboscado", "foram baleados") is an act
someone did; drones that "struck" a place are a drone strike, and drones shot down in the
Arabic dual are a weapon's use disrupted.  Every sentence was written for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.model import SubEventType

S = SubEventType
PUBLISHED = dt.date(2026, 3, 11)


def _subs(text: str, lang: str) -> list[SubEventType | None]:
    report = extract_report(text, published=PUBLISHED, lexicon=lang)
    return [e.sub_event_type for e in report.engagements]


PAST_CLASH_AND_FLIGHT = [
    ("es", "En agosto del año pasado, unas 900 personas de Culiacán huyeron tras combates "
           "entre dos grupos criminales."),
    ("pt", "Em junho do ano passado, cerca de 900 moradores de Macomia fugiram após "
           "confrontos entre os insurgentes e o exército."),
    ("en", "In June last year, some 900 residents of Malakal fled after clashes between "
           "two armed groups."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PAST_CLASH_AND_FLIGHT)
def test_a_past_clash_that_made_people_flee_is_an_incident(lang: str, text: str) -> None:
    assert _subs(text, lang) == [S.ARMED_CLASH]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Unas 900 personas de Tacámbaro huyeron esta semana tras los combates."),
        ("en", "Some 900 residents of Malakal fled this week after the clashes."),
    ],
)
def test_a_clash_that_made_people_flee_now_is_still_its_cause(lang: str, text: str) -> None:
    # (no earlier time of its own: the cause of a displacement told elsewhere)
    assert S.ARMED_CLASH not in _subs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Fueron 9 personas asesinadas en Zamora el sábado."),
        ("pt", "Foram 9 pessoas assassinadas em Belém no sábado."),
        ("fr", "Au total, 9 personnes tuées à Kiwanja samedi."),
    ],
)
def test_people_a_figure_counts_before_a_participle_are_victims(lang: str, text: str) -> None:
    subs = _subs(text, lang)
    assert S.MOB_VIOLENCE not in subs
    assert subs == [S.ATTACK]


def test_people_before_an_active_verb_still_acted() -> None:
    subs = _subs("Unos vecinos golpearon y mataron a un presunto ladrón en Tlaxcala.", "es")
    assert subs == [S.MOB_VIOLENCE]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Un agente de la Guardia Nacional fue emboscado el jueves en la carretera a Uruapan."),
        ("pt", "Um sargento da Polícia Militar foi emboscado na quinta-feira em Belford Roxo."),
        ("pt", "Na quinta-feira, três policiais militares foram baleados durante uma ronda em São Gonçalo."),
        ("es", "El jueves, tres policías municipales fueron baleados durante un patrullaje en Celaya."),
    ],
)  # fmt: skip
def test_forces_ambushed_or_shot_unnamed_attackers(lang: str, text: str) -> None:
    assert _subs(text, lang) == [S.ARMED_CLASH]


def test_drones_that_struck_a_place() -> None:
    text = (
        "At least 12 people were killed when drones struck a busy bus station in Kosti on Monday."
    )
    assert S.AIR_DRONE_STRIKE in _subs(text, "en")


def test_drones_shot_down_in_the_arabic_dual() -> None:
    text = "وقال الجيش إن دفاعاته الجوية أسقطت مسيّرتين فوق مدينة كوستي مساء الأحد."
    assert S.DISRUPTED_WEAPONS_USE in _subs(text, "ar")
