"""Event cues that ACLED's notes use and a careful reader reads the same way in any text
(issue 13/14).  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._events import find_event_cues
from conflict_events.model import SubEventType

S = SubEventType
DAY = dt.date(2024, 11, 30)


def _first(text: str) -> SubEventType | None:
    engagements = extract_report(text, published=DAY).engagements
    return engagements[0].sub_event_type if engagements else None


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Villagers retaliated by attacking a nomad camp nearby.", "assault"),
        ("Residents created a communal self-defence militia in the town.", "change"),
        ("Traders created a well-armed vigilante militia in the market.", "change"),
        ("Land seizure: youths grabbed lands belonging to settlers.", "looting"),
        ("A march on parliament was stopped by the police.", "intervention"),
        ("Police fired tear gas at stone-pelting youths.", "stoning"),
    ],
)
def test_cues(text: str, family: str) -> None:
    assert family in {c.family for c in find_event_cues(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a community's members beating a suspect are a mob: their own community word is
        # no communal target
        (
            "Members of the herding community beat and captured a man known for stealing goats.",
            S.MOB_VIOLENCE,
        ),
        ("Farmers responded by attacking a pastoralist camp near the river.", S.ATTACK),
        ("A protest march in the capital was stopped by the police.", S.PROTEST_WITH_INTERVENTION),
        ("Youths grabbed lands belonging to migrant farmers near the town.", S.MOB_VIOLENCE),
    ],
)
def test_types(text: str, expected: SubEventType) -> None:
    assert _first(text) is expected
