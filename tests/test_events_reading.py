"""Event types a careful reader gives, constructions read in several languages (issue 14's
"events" part): each construction is a lexicon entry plus a general rule of
``extract/_events.py``, and each test has a sentence that reads otherwise beside it.

Every sentence was written for this test in the style of wire copy.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._events import find_event_cues
from conflict_events.model import SubEventType

S = SubEventType
PUBLISHED = dt.date(2024, 11, 30)


def _types(text: str, lang: str = "en") -> list[SubEventType | None]:
    report = extract_report(text, published=PUBLISHED, lexicon=lang)
    return [e.sub_event_type for e in report.engagements]


MAIN_EVENT = [
    # An air force, its helicopters or drones bombing: an air strike, not the killing.
    (
        "en",
        "The air force bombed a village in Depayin township on Thursday, killing 18 people.",
        S.AIR_DRONE_STRIKE,
    ),
    ("pt", "A força aérea bombardeou uma aldeia no norte, matando nove civis.", S.AIR_DRONE_STRIKE),
    ("es", "La fuerza aérea bombardeó una aldea del norte el jueves.", S.AIR_DRONE_STRIKE),
    ("fr", "L'armée de l'air a bombardé un village du nord jeudi.", S.AIR_DRONE_STRIKE),
    ("de", "Die Luftwaffe hat am Donnerstag ein Dorf im Norden bombardiert.", S.AIR_DRONE_STRIKE),
    # A bomb planted, not fired.
    (
        "en",
        "A roadside explosive device killed a soldier near Apatzingan on Tuesday.",
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    ),
    # A drone shot down is a weapon's use disrupted (ACLED).
    (
        "en",
        "Fighters of the movement said they shot down a surveillance drone over the city.",
        S.DISRUPTED_WEAPONS_USE,
    ),
    # Turkish is verb-final: the target stands before the verb.
    ("tr", "Jandarma, sızma girişiminde bulunan 3 teröristi öldürdü.", S.ARMED_CLASH),
    ("tr", "Teröristler köyde 3 sivili öldürdü.", S.ATTACK),
    # The people a figure counts are victims, not who fought.
    (
        "es",
        "Al menos cinco personas murieron el jueves en un enfrentamiento armado entre "
        "facciones rivales en el sur de Culiacán.",
        S.ARMED_CLASH,
    ),
    ("en", "Youths clashed with traders at the main market on Monday.", S.MOB_VIOLENCE),
    # A genitive after an attack noun names the attackers; the target is read after it.
    (
        "pt",
        "Cerca de 20 casas foram incendiadas e seis civis foram mortos num ataque de "
        "insurgentes à aldeia de Chitunda.",
        S.ATTACK,
    ),
    (
        "fr",
        "Une attaque des jihadistes contre un camp de déplacés a fait douze morts.",
        S.ATTACK,
    ),
    # Houses burned with no one killed or hurt: property destruction.
    (
        "pt",
        "Cerca de 20 casas foram incendiadas num ataque de insurgentes à aldeia de Chitunda.",
        S.LOOTING_PROPERTY_DESTRUCTION,
    ),
    # Angry youths with barricades and burning tyres demonstrate (no one is their target).
    (
        "fr",
        "Des centaines de jeunes en colère ont érigé des barricades et brûlé des pneus "
        "pour dénoncer l'inaction des Casques bleus.",
        S.VIOLENT_DEMONSTRATION,
    ),
    ("fr", "Des jeunes en colère ont lynché un voleur présumé au marché.", S.MOB_VIOLENCE),
    # Gathered to demand: a protest.
    (
        "es",
        "Familiares de los presos se concentraron frente al penal para exigir información.",
        S.PEACEFUL_PROTEST,
    ),
    (
        "pt",
        "Moradores se concentraram em frente à prefeitura para exigir segurança.",
        S.PEACEFUL_PROTEST,
    ),
    # Shots at someone: the target decides.
    (
        "pt",
        "Três suspeitos atiraram contra os policiais durante a operação na favela.",
        S.ARMED_CLASH,
    ),
    ("en", "Gunmen opened fire on passengers at a bus station in Jos.", S.ATTACK),
    ("en", "Militants opened fire on a police checkpoint outside the town.", S.ARMED_CLASH),
    # A cue that names its shooter has a doer.
    ("ar", "استشهد شاب برصاص قناصة إسرائيليين شرقي مدينة خان يونس.", S.ATTACK),
    # A withdrawal beside a change of ground, with no fighting, is a transfer without a fight.
    (
        "en",
        "Rebel fighters entered the town of Diafarabe after government troops withdrew "
        "from their camp.",
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    ),
    (
        "en",
        "Rebel fighters captured the town of Diafarabe after heavy fighting as government "
        "troops withdrew.",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    # A civilian with a firearm is armed: an attack on a civilian, not mob violence.
    (
        "en",
        "A farmer with a shotgun shot and wounded a pastoralist near the village.",
        S.ATTACK,
    ),
    ("en", "A group of youths beat a pastoralist near the village.", S.MOB_VIOLENCE),
    # Forced nudity is sexual violence (ACLED).
    (
        "en",
        "Policemen beat and stripped a woman naked at a checkpoint in the town.",
        S.SEXUAL_VIOLENCE,
    ),
    # Someone arrested in an exchange of fire was taken in a battle.
    (
        "en",
        "One militant was wounded and arrested following an exchange of gunfire with park rangers.",
        S.ARMED_CLASH,
    ),
    ("en", "Police arrested two men suspected of stealing cattle in the village.", S.ARRESTS),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MAIN_EVENT)
def test_the_main_event_has_its_acled_type(lang: str, text: str, expected: SubEventType) -> None:
    types = _types(text, lang)
    assert types, text
    assert types[0] is expected, (text, types)


def test_a_drone_shot_down_takes_no_state_actor_into_the_capture() -> None:
    # "an army drone" is the thing shot down: the army did not seize the village.
    text = (
        "The paramilitary force said its fighters had shot down an army drone over the city "
        "and seized the village of Kazgil."
    )
    types = _types(text)
    assert S.DISRUPTED_WEAPONS_USE in types, types
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY in types, types
    assert S.GOVERNMENT_REGAINS_TERRITORY not in types, types


def test_two_weapons_are_two_incidents() -> None:
    text = (
        "Artillery shelling killed a woman in Huliaipole on Monday. "
        "In Stepnohirsk a drone strike hit a car, wounding two men."
    )
    assert _types(text) == [S.SHELLING_ARTILLERY_MISSILE_ATTACK, S.AIR_DRONE_STRIKE]


def test_one_weapon_told_twice_is_one_incident() -> None:
    text = "Artillery shelling hit Huliaipole on Monday. The shelling killed a woman."
    assert _types(text) == [S.SHELLING_ARTILLERY_MISSILE_ATTACK]


def test_a_later_intervention_keeps_the_violent_demonstration() -> None:
    text = (
        "Des centaines de jeunes en colère ont érigé des barricades et brûlé des pneus à Bunia "
        "vendredi. La police a dispersé les manifestants et interpellé une douzaine d'entre eux."
    )
    assert _types(text, "fr") == [S.VIOLENT_DEMONSTRATION]


def test_a_dateline_sentence_keeps_its_figures() -> None:
    text = (
        "Choque armado en Sinaloa\n\n"
        "Culiacán (México), 12 dic (EFE).- Al menos siete personas murieron este jueves en un "
        "enfrentamiento armado entre facciones rivales en el sur de Culiacán."
    )
    report = extract_report(text, published=dt.date(2024, 12, 12), lexicon="es")
    assert [e.sub_event_type for e in report.engagements] == [S.ARMED_CLASH]
    assert report.engagements[0].casualties, report.engagements[0]


def test_a_toll_without_a_doer_is_no_event() -> None:
    # (beside the sniper test above: nobody is said to have done it)
    assert _types("استشهد شاب شرقي مدينة خان يونس.", "ar") == []


def test_a_month_name_before_a_number_blocks_no_cue() -> None:
    assert [c.text for c in find_event_cues("On 24 May 2020, clashes erupted in the town.")] == [
        "clashes"
    ]
    # ... while the modal still makes a cue unreal.
    assert find_event_cues("Rebels may attack the town.") == []


def test_a_mention_that_points_back_is_the_same_incident() -> None:
    text = (
        "A number of traders clashed with each other at the cattle market on Monday. "
        "Two people were wounded in the fighting."
    )
    report = extract_report(text, published=PUBLISHED)
    assert [e.sub_event_type for e in report.engagements] == [S.MOB_VIOLENCE]
    assert report.engagements[0].casualties


def test_fighting_told_anew_is_its_own_event() -> None:
    # No word points back: a battle of its own beside the market brawl.
    text = (
        "A number of traders clashed with each other at the cattle market on Monday. "
        "Soldiers and militants fought near the border."
    )
    assert _types(text) == [S.MOB_VIOLENCE, S.ARMED_CLASH]


def test_goods_seized_take_no_ground() -> None:
    text = "Farmers attacked a pastoralist camp on Monday. Three people were wounded and cattle seized."
    types = _types(text)
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY not in types, types
    assert _types("Rebels seized the town of Kazgil on Sunday.") == [
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    ]
