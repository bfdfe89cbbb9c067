"""Sides, victims and places of engagements read as a careful reader would (issue 13/14):
two states' forces acting together are one side (a lead and an ally), civilian occupations
are civilian victims in every language, and the most specific place of a written admin path
is where the event happened.  The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.model import (
    Engagement,
    FactionRole,
    GeoPrecision,
    LocationKind,
    SubEventType,
)

DAY = dt.date(2024, 11, 30)


def _engagements(text: str, lang: str = "en") -> list[Engagement]:
    return list(extract_report(text, published=DAY, lexicon=lang).engagements)


def _sides(e: Engagement) -> list[tuple[str, tuple[tuple[str, FactionRole], ...]]]:
    return [(f.lead, tuple((m.actor, m.role) for m in f.associates)) for f in e.factions]


ALLY = FactionRole.ALLIED_WITH

# Two states' forces named together before the cue: one side, the first named leads (ACLED
# actor1) and the other is allied with it (assoc_actor_1) -- never two opposing sides, and
# never one of them dropped because its name runs into the cue ("Syrian warplanes struck").
JOINT_FORCES = [
    ("en", "Russian and Syrian warplanes struck Idlib on Monday, killing five civilians."),
    ("en", "Nigerien and Malian troops attacked jihadists near Menaka on Monday."),
    ("es", "Aviones rusos y sirios bombardearon Idlib el lunes y mataron a cinco civiles."),
    ("es", "Las fuerzas rusas y sirias atacaron Idlib el lunes."),
    ("fr", "Des avions russes et syriens ont bombardé Idlib lundi, tuant cinq civils."),
    ("de", "Russische und syrische Kampfflugzeuge bombardierten am Montag Idlib."),
    ("ru", "Российские и сирийские самолёты нанесли удары по Идлибу в понедельник."),
]


@pytest.mark.parametrize(("lang", "text"), JOINT_FORCES)
def test_two_states_forces_acting_together_are_one_allied_side(lang: str, text: str) -> None:
    [e] = _engagements(text, lang)
    [(lead, associates)] = _sides(e)
    # the two states, each once, the second allied with the first
    assert len(associates) == 1
    assert associates[0][1] is ALLY
    countries = {lead.split(":")[1].split("-")[0], associates[0][0].split(":")[1].split("-")[0]}
    assert len(countries) == 2
    assert "factions:target-only" not in e.tags  # they acted


def test_the_first_named_state_leads_the_joint_side() -> None:
    [e] = _engagements("Russian and Syrian warplanes struck Idlib on Monday.")
    assert _sides(e) == [("actor:russia-mil", (("actor:syria-mil", ALLY),))]
    [e] = _engagements("Syrian and Russian warplanes struck Idlib on Monday.")
    assert _sides(e) == [("actor:syria-mil", (("actor:russia-mil", ALLY),))]


def test_an_aircraft_and_its_verb_are_one_air_strike() -> None:
    # German writes the aircraft and the verb as two cue words; one strike, not an air
    # strike and a shelling.
    for text in (
        "Russische Kampfflugzeuge bombardierten am Montag die Stadt Idlib.",
        "Am Montag bombardierten russische Kampfflugzeuge die Stadt Idlib.",
    ):
        types = [e.sub_event_type for e in _engagements(text, "de")]
        assert types == [SubEventType.AIR_DRONE_STRIKE]
    [e] = _engagements("Російські літаки завдали ударів по Харкову в понеділок.", "uk")
    assert e.sub_event_type is not None
    assert e.sub_event_type.value == "air_drone_strike"
    assert [f.lead for f in e.factions] == ["actor:russia-mil"]


def test_a_force_named_after_the_verb_is_still_the_other_side() -> None:
    # "clashed with": the actor after the cue is the opposing side, not an ally.
    [e] = _engagements("Malian troops clashed with JNIM fighters near Menaka on Monday.")
    assert [f.lead for f in e.factions] == ["actor:mali-mil", "actor:jnim"]
    assert all(not f.associates for f in e.factions)


# People at their trade or prayer -- herders, fishers, miners and gold panners, traders,
# worshippers, villagers -- are civilians: the figure's group is civilians and an attack on
# them is violence against civilians, in every language (ACLED: "gunmen killed two herders").
OCCUPATION_TOLLS = [
    ("en", "Gunmen killed two herders near the village on Monday."),
    ("en", "Jihadists killed four fishermen on the lake on Monday."),
    ("en", "Bandits killed three gold miners on Monday."),
    ("en", "Gunmen shot dead three gold panners on Monday."),
    ("fr", "Des hommes armés ont tué deux éleveurs lundi."),
    ("fr", "Des assaillants ont tué trois orpailleurs lundi."),
    ("es", "Yihadistas mataron a cuatro pescadores el lunes."),
    ("pt", "Insurgentes mataram três garimpeiros na segunda-feira."),
    ("de", "Bewaffnete haben am Montag zwei Hirten getötet."),
    ("ru", "Боевики убили двух пастухов в понедельник."),
    ("ru", "Боевики убили трёх старателей в понедельник."),
    ("uk", "Бойовики вбили двох пастухів у понеділок."),
    ("uk", "Бойовики вбили чотирьох рибалок у понеділок."),
    ("tr", "Silahlı kişiler pazartesi günü iki çobanı öldürdü."),
    ("ar", "قتل مسلحون اثنين من الرعاة يوم الاثنين."),
]


@pytest.mark.parametrize(("lang", "text"), OCCUPATION_TOLLS)
def test_civilian_occupations_are_civilian_victims(lang: str, text: str) -> None:
    report = extract_report(text, published=DAY, lexicon=lang)
    figures = [f for c in report.casualties for f in c.figures]
    assert figures
    assert {f.group for f in figures} == {"civilians"}
    assert [e.sub_event_type.value for e in report.engagements if e.sub_event_type] == ["attack"]


OCCUPATION_ATTACKS = [
    ("en", "Gunmen attacked gold panners on Monday."),
    ("en", "Gunmen attacked shepherds on Monday."),
    ("fr", "Des hommes armés ont attaqué des bergers lundi."),
    ("es", "Hombres armados atacaron a unos pastores el lunes."),
    ("pt", "Insurgentes atacaram garimpeiros na segunda-feira."),
    ("de", "Dschihadisten griffen am Montag Fischer an."),
    ("de", "Bewaffnete griffen am Montag Goldgräber an."),
    ("ru", "Боевики напали на пастухов в понедельник."),
    ("uk", "Бойовики напали на рибалок у понеділок."),
    ("tr", "Silahlı kişiler pazartesi günü çobanlara saldırdı."),
    ("ar", "هاجم مسلحون رعاة يوم الاثنين."),
]


@pytest.mark.parametrize(("lang", "text"), OCCUPATION_ATTACKS)
def test_an_attack_on_people_at_their_trade_is_an_attack_on_civilians(lang: str, text: str) -> None:
    # one engagement, violence against civilians (not an armed clash with no target)
    assert [e.sub_event_type.value for e in _engagements(text, lang) if e.sub_event_type] == [
        "attack"
    ]


def test_armed_targets_still_make_a_clash() -> None:
    # the in-cue object and the verb-final object read whom it hit, armed men included
    [e] = _engagements("Dschihadisten griffen am Montag Soldaten an.", "de")
    assert e.sub_event_type is not None
    assert e.sub_event_type.value == "armed_clash"
    [e] = _engagements("Militanlar pazartesi günü askerlere saldırdı.", "tr")
    assert e.sub_event_type is not None
    assert e.sub_event_type.value == "armed_clash"


# The place of an engagement whose text writes an admin path: the most specific place the
# path locates, never one of the path's own units because it stands nearer the cue, with the
# geo precision of what is known (a village the gazetteer lacks: near its commune).
PATHS = [
    "Gunmen killed two herders in Kabo (Tchaourou, Borgou) on Tuesday.",
    "In Kabo (Tchaourou, Borgou), gunmen killed two herders on Tuesday.",
    "Gunmen killed two herders in Kabo, in Tchaourou commune, Borgou, on Tuesday.",
    "In Kabo, in Tchaourou commune, Borgou, gunmen killed two herders on Tuesday.",
]


@pytest.mark.parametrize("text", PATHS)
def test_the_place_a_path_locates_is_where_it_happened(text: str) -> None:
    report = extract_report(text, published=DAY)
    [e] = report.engagements
    assert e.location is not None
    kabo = next(m for m in report.places if m.text == "Kabo")
    # Kabo (the Central African Republic's) lies in no unit of the path: a place in the
    # commune, read near it
    assert kabo.entity_id.startswith("in:")
    assert e.location.country == "BJ"
    assert e.location.geo_precision is GeoPrecision.NEAR


def test_a_known_village_beats_its_commune_named_nearer_the_cue() -> None:
    text = "In Sirarou (N'Dali, Borgou), gunmen killed a farmer on Tuesday."
    [e] = _engagements(text)
    assert e.location is not None
    assert e.location.country == "BJ"
    assert e.location.geo_precision is GeoPrecision.NEAR  # Sirarou: a place near N'Dali
    # a path with no place before it is read as it stands
    [e] = _engagements("Gunmen killed a farmer in N'Dali (Borgou) on Tuesday.")
    assert e.location is not None
    assert e.location.geo_precision is GeoPrecision.EXACT


def test_a_bare_comma_list_of_places_is_no_path() -> None:
    report = extract_report("Airstrikes hit Aleppo, Idlib and Hama on Monday.", published=DAY)
    assert not any(m.entity_id.startswith("in:") for m in report.places)
    [e] = report.engagements
    assert e.location is not None
    assert e.location.name == "Aleppo"


def test_a_finer_unit_of_the_path_beats_a_coarse_stand_in() -> None:
    # The gazetteer places the unknown village only in the province; the text names its
    # commune, whose town it knows: the event is near that town.
    text = "On Tuesday, youths burned a customs post in Agbokou Daho (Seme-Podji, Oueme)."
    [e] = _engagements(text)
    assert e.location is not None
    assert e.location.kind is not LocationKind.ADMIN1
    assert e.location.geo_precision is GeoPrecision.NEAR


def test_an_article_opens_no_path() -> None:
    # "a Palo Alto company": an apposition, not the place's admin path
    report = extract_report(
        "Guilmaro, a Benin border town, was attacked by gunmen on Monday.", published=DAY
    )
    assert not any(m.entity_id.startswith("in:") for m in report.places)
