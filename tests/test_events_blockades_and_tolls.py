"""Two constructions a careful reader reads the same way in every language (docs/events.md,
"Blockades and killings told with their weapon").  Sentences written for these tests.

* A road blocked by people who protest is how they protest: a peaceful protest, unless
  violence is told with it (burning tyres, clashes, a killing), which makes it a violent
  demonstration.  A blockade told alone stays a violent demonstration (ACLED codes
  road-blocking so).
* A killing told with its weapon or manner ("asesinadas a tiros", "shot dead") is an attack
  even with nobody named: someone did it.  A bare toll ("five people died") stays a toll.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.model import SubEventType

S = SubEventType
DAY = dt.date(2026, 3, 14)


def _types(text: str, language: str) -> list[SubEventType]:
    return [
        e.sub_event_type for e in extract_report(text, published=DAY, lexicon=language).engagements
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Protesters blocked roads in the capital on Thursday to demand the release of detainees."),
        ("fr", "Des manifestants ont bloqué la route nationale jeudi pour dénoncer l'insécurité."),
        ("es", "Cientos de vecinos bloquearon la carretera el jueves en una protesta para exigir más seguridad."),
        ("pt", "Moradores bloquearam a estrada na quinta-feira em protesto contra a violência."),
        ("tr", "Yüzlerce kişi perşembe günü kara yolunu trafiğe kapatarak güvenlik zafiyetini protesto etti."),
        ("ru", "В четверг жители перекрыли трассу в знак протеста против закрытия больницы."),
        ("uk", "У четвер мешканці перекрили дорогу на знак протесту проти підвищення цін."),
        ("de", "Demonstranten blockierten am Donnerstag die Autobahn aus Protest gegen die Regierung."),
    ],
)  # fmt: skip
def test_a_blockade_by_protesters_is_a_peaceful_protest(language: str, text: str) -> None:
    assert _types(text, language) == [S.PEACEFUL_PROTEST]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Protesters blocked the road with tyres on fire on Thursday."),
        ("es", "Los vecinos bloquearon la carretera con llantas ardiendo el jueves en protesta por el crimen."),
        ("pt", "Moradores bloquearam a estrada com pneus em chamas em protesto contra a morte do jovem."),
        ("fr", "Des manifestants ont bloqué la route avec des pneus en feu pour dénoncer l'insécurité."),
        ("ru", "Протестующие перекрыли дорогу горящими покрышками."),
        ("en", "Residents blocked the highway on Thursday after gunmen killed two traders."),
    ],
)  # fmt: skip
def test_a_blockade_with_violence_is_a_violent_demonstration(language: str, text: str) -> None:
    assert _types(text, language) == [S.VIOLENT_DEMONSTRATION]


def test_a_blockade_dispersed_by_police_is_a_protest_with_intervention() -> None:
    text = "Protesters blocked the road on Thursday and police dispersed them with tear gas."
    assert _types(text, "en") == [S.PROTEST_WITH_INTERVENTION]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El pasado domingo, otras cinco personas fueron asesinadas a tiros en un bar de Quevedo."),
        ("es", "Tres hombres fueron muertos a tiros el domingo en la plaza del pueblo."),
        ("pt", "No domingo, cinco pessoas foram mortas a tiros num bar da periferia."),
        ("en", "On Sunday, five people were shot dead in a bar on the outskirts of the town."),
        ("fr", "Dimanche, cinq personnes ont été tuées par balles dans un bar."),
        ("tr", "Pazar günü bir barda beş kişi silahla vurularak öldürüldü."),
        ("ru", "В воскресенье в баре были убиты ножом пять человек."),
        ("ar", "قتل خمسة أشخاص بالرصاص في حانة يوم الأحد."),
    ],
)  # fmt: skip
def test_a_killing_told_with_its_weapon_is_an_attack(language: str, text: str) -> None:
    (engagement,) = extract_report(text, published=DAY, lexicon=language).engagements
    assert engagement.sub_event_type is S.ATTACK
    assert engagement.factions == ()  # nobody named: an unidentified perpetrator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El domingo, cinco personas murieron en un bar."),
        ("en", "On Sunday, five people were killed in the town."),
        ("pt", "No domingo, cinco pessoas morreram na cidade."),
    ],
)
def test_a_bare_toll_is_no_event(language: str, text: str) -> None:
    assert _types(text, language) == []


def test_a_toll_told_with_its_weapon_in_a_clash_stays_the_clash() -> None:
    text = "Two soldiers were shot dead during clashes with rebels on Sunday."
    assert _types(text, "en") == [S.ARMED_CLASH]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Wednesday, police fired live rounds at protesters in the capital. One protester "
               "was shot dead and three were wounded, a rights group said."),
        ("es", "El miércoles, la policía disparó munición real contra los manifestantes en la capital. "
               "Un manifestante fue asesinado a tiros y tres resultaron heridos, según una ONG."),
    ],
)  # fmt: skip
def test_a_killing_told_with_its_weapon_without_time_or_place_is_the_toll_before(
    language: str, text: str
) -> None:
    # The toll of the event the sentence before tells, not an attack of its own.
    assert S.ATTACK not in _types(text, language)
