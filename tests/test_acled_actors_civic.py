"""ACLED's civil-society organisations written by their proper name alone (no country, no
acronym): read by the civic template (docs/acled-actors.md).  Names written for these tests."""

from __future__ import annotations

import pytest

from conflict_events import ActorRegistry
from conflict_events.model import ActorKind
from conflict_events.resolve import parse_acled_actor
from conflict_events.resolve._definitions import find_unresolved_actors


@pytest.mark.parametrize(
    ("cell", "country"),
    [
        ("Forum of Citizens for Good Governance", None),
        ("Coalition for Free and Fair Elections", None),
        ("Union of Teachers of Togo", "TG"),
        ("Federation of Taxi Drivers of Ghana", "GH"),
        ("Association of Market Women of the Savanna", None),
    ],
)
def test_a_civil_society_name_resolves_by_the_civic_template(
    cell: str, country: str | None
) -> None:
    parsed = parse_acled_actor(cell)
    assert parsed is not None
    assert parsed.template == "civic"
    assert parsed.contextual  # the row gives its type
    assert parsed.country == country
    actor = ActorRegistry.default().resolve(cell)
    assert actor.name == cell
    assert actor.kind is ActorKind.OTHER
    # with the row's inter code (6: protesters) it takes the row's kind
    row = parse_acled_actor(cell, inter=6)
    assert row is not None
    assert row.kind is ActorKind.PROTESTERS


@pytest.mark.parametrize(
    "cell",
    [
        # an armed group's head word: never a civic organisation
        "Union of Patriotic Forces",
        "Lions of the Savanna Movement",
        "Popular Front for the Liberation of the North",
        # not written like a name
        "union of students",
        "the forum said on Monday",
        # a head written last: a speaker's description or a name the text defines itself
        "Ahmed Musa of the Lagos-based Citizens Rights Foundation",
        "Traders Association",
        # a state body
        "Council of Ministers",
    ],
)
def test_names_that_are_no_civic_organisation(cell: str) -> None:
    parsed = parse_acled_actor(cell)
    assert parsed is None or parsed.template != "civic"


def test_an_unknown_armed_group_stays_unresolved_in_running_text() -> None:
    text = "Fighters of the Union of Patriotic Forces attacked a village on Monday."
    found = find_unresolved_actors(text, ActorRegistry.default())
    assert [u.text for u in found] == ["Union of Patriotic Forces"]
