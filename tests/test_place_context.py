"""Admin paths in text vote for the article's country and pick among namesakes
(docs/names.md, "Context")."""

from __future__ import annotations

import pytest

from conflict_events.resolve import (
    Gazetteer,
    admin_path_places,
    article_country,
    read_admin_paths,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def test_a_short_division_votes_through_its_path(gazetteer: Gazetteer) -> None:
    text = "Residents of Zangnanado (Zangnanado, Zou) blocked the road."
    # "Zou" alone resolves to a town elsewhere; as a path's widest unit it is the division.
    assert gazetteer.resolve("Zou", fuzzy=False).country != "BJ"
    ids = admin_path_places(text, gazetteer)
    assert [gazetteer.get(i).country for i in ids] == ["BJ"]
    assert article_country(ids, gazetteer=gazetteer) == "BJ"


def test_a_parenthesis_after_no_name_casts_no_vote(gazetteer: Gazetteer) -> None:
    assert admin_path_places("Gunmen struck (Zou) on Monday.", gazetteer) == []
    assert admin_path_places("No brackets here.", gazetteer) == []


def test_a_unit_named_in_several_countries_casts_no_vote(gazetteer: Gazetteer) -> None:
    # Some division name shared by two countries' divisions: no single vote.
    shared = None
    for place in gazetteer._places:
        units = gazetteer._divisions(place.name, frozenset({place.kind}))
        if place.kind.value == "admin1" and len(units) > 1 and place.name.isalpha():
            shared = place.name
            break
    assert shared is not None
    assert admin_path_places(f"Fighting in Kalo ({shared}) spread.", gazetteer) == []


def test_read_admin_paths_keeps_mentions_without_a_path(gazetteer: Gazetteer) -> None:
    text = "Rebels entered Aleppo on Friday."
    found = gazetteer.find_mentions(text)
    assert read_admin_paths(text, found, gazetteer) == found


def test_read_admin_paths_picks_the_namesake_in_the_path(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked Kandi (Alibori) on Friday."
    found = gazetteer.find_mentions(text, country="BJ")
    read = read_admin_paths(text, found, gazetteer, country="BJ")
    kandi = next(m for m in read if m.text == "Kandi")
    assert gazetteer.get(kandi.entity_id).country == "BJ"
