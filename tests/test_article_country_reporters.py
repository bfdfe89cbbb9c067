"""Who reports, monitors or helps casts no vote for the country an article is about: AFP is
French, TASS Russian and the Syrian Observatory British-based, wherever the events are."""

from __future__ import annotations

import pytest

from conflict_events import ActorRegistry, Gazetteer
from conflict_events.extract._names import find_names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen killed 12 people in Borno on Sunday, AFP reported.", "NG"),
        ("Gunmen killed 12 people in Borno on Sunday, Reuters and TASS reported.", "NG"),
        ("Airstrikes hit Idlib on Monday, the Syrian Observatory for Human Rights said.", "SY"),
    ],
)
def test_an_outlet_or_monitor_does_not_vote_for_the_articles_country(
    text: str, country: str
) -> None:
    names = find_names(text, ActorRegistry.default(), Gazetteer.default())
    assert names.country == country


def test_a_party_still_votes() -> None:
    text = "Boko Haram fighters attacked the town on Sunday, AFP reported."
    names = find_names(text, ActorRegistry.default(), Gazetteer.default())
    assert names.country == "NG"
