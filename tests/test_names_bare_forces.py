"""A bare state-force victim noun is the article country's force (docs/names.md)."""

from __future__ import annotations

import pytest
from reading import article_groups as _groups

from conflict_events import ActorRegistry, Gazetteer
from conflict_events.extract import find_casualties


@pytest.fixture(scope="module")
def names_parts() -> tuple[ActorRegistry, Gazetteer]:
    return ActorRegistry.default(), Gazetteer.default()


def test_one_country_and_no_foreign_force(names_parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = (
        "Suspected JNIM militants attacked an army position near Karimama in Alibori, Benin, "
        "on Monday. One soldier was killed. A policeman was killed in Kandi on Tuesday."
    )
    assert _groups(names_parts, text) == [
        ("One soldier", "actor:benin-mil"),
        ("A policeman", "actor:benin-police"),
    ]


def test_the_rule_reads_the_articles_language(
    names_parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = "Deux gendarmes ont été tués mardi à Djibo, dans le nord du Burkina Faso."
    groups = _groups(names_parts, text, "fr")
    assert len(groups) == 1
    assert groups[0][1].startswith("actor:acled:police-forces-of-burkina-faso")


def test_a_foreign_force_turns_it_off(names_parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = (
        "Insurgents attacked Mocimboa da Praia in Cabo Delgado, Mozambique. "
        "Rwandan soldiers repelled them; four soldiers were killed."
    )
    assert ("four soldiers", "combatants") in _groups(names_parts, text)


def test_two_states_at_war_turn_it_off(names_parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = "Russian forces shelled Kharkiv on Monday. Two soldiers were killed, officials said."
    assert _groups(names_parts, text) == [("Two soldiers", "combatants")]


def test_no_country_no_force(names_parts: tuple[ActorRegistry, Gazetteer]) -> None:
    assert _groups(names_parts, "Two soldiers were killed on Monday.") == [
        ("Two soldiers", "combatants")
    ]


def test_a_named_force_beats_the_rule(names_parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = "In Gao, Mali, three Chadian soldiers were killed on Monday."
    assert _groups(names_parts, text) == [("three Chadian soldiers", "actor:chad-mil")]


def test_the_plain_registry_keeps_bare_nouns_generic(
    names_parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    registry, _ = names_parts
    found = find_casualties("In Kandi, Benin, one soldier was killed.", registry=registry)
    assert [m.figure.group for m in found] == ["combatants"]
