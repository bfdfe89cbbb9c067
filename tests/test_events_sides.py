"""Sides, victims and places of engagements read as a careful reader would (issue 13/14):
two states' forces acting together are one side (a lead and an ally), civilian occupations
are civilian victims in every language, and the most specific place of a written admin path
is where the event happened.  The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.model import Engagement, FactionRole

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
        assert [e.sub_event_type.value for e in _engagements(text, "de")] == ["air_drone_strike"]
    [e] = _engagements("Російські літаки завдали ударів по Харкову в понеділок.", "uk")
    assert e.sub_event_type is not None
    assert e.sub_event_type.value == "air_drone_strike"
    assert [f.lead for f in e.factions] == ["actor:russia-mil"]


def test_a_force_named_after_the_verb_is_still_the_other_side() -> None:
    # "clashed with": the actor after the cue is the opposing side, not an ally.
    [e] = _engagements("Malian troops clashed with JNIM fighters near Menaka on Monday.")
    assert [f.lead for f in e.factions] == ["actor:mali-mil", "actor:jnim"]
    assert all(not f.associates for f in e.factions)
