"""ACLED cell forms the registry resolves beyond the templates: undecided alternatives
("A and/or B"), proper names with ACLED's parenthesised country, and organisations whose
name ends with their country (docs/acled-actors.md)."""

from __future__ import annotations

import pytest

from conflict_events import ActorKind, ActorRegistry, UnknownNameError
from conflict_events.resolve import parse_acled_actor


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


def test_alternatives_make_one_actor_of_their_shared_kind(registry: ActorRegistry) -> None:
    jnim = registry.resolve("JNIM: Group for Support of Islam and Muslims")
    sahel = registry.resolve("Islamic State (Sahel)")
    cell = "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"
    either = registry.resolve(cell)
    assert either.id not in (jnim.id, sahel.id)
    assert either.id.startswith("actor:acled:")
    assert either.kind is jnim.kind is sahel.kind
    assert jnim.name in either.name
    assert sahel.name in either.name
    assert cell in [a.name for a in either.aliases]


def test_alternatives_of_one_actor_are_that_actor(registry: ActorRegistry) -> None:
    assert registry.resolve("JNIM and/or Group for Support of Islam and Muslims").id == (
        registry.resolve("JNIM").id
    )


def test_alternatives_with_an_unknown_name_stay_unknown(registry: ActorRegistry) -> None:
    with pytest.raises(UnknownNameError):
        registry.resolve("JNIM and/or Lions of the Savanna Front")


def test_alternatives_of_different_kinds_are_other(registry: ActorRegistry) -> None:
    either = registry.resolve("Civilians (Benin) and/or Military Forces of Benin (2016-)")
    assert (either.kind, either.country) == (ActorKind.OTHER, "BJ")


def test_a_proper_name_with_a_country_is_an_organisation_of_it(registry: ActorRegistry) -> None:
    actor = registry.resolve("Patriotic Renewal Union (Togo)")
    assert (actor.id, actor.kind, actor.country) == (
        "actor:acled:patriotic-renewal-union-togo",
        ActorKind.OTHER,
        "TG",
    )
    named = parse_acled_actor("Patriotic Renewal Union (Togo)", inter=6)
    assert named is not None
    assert named.kind is ActorKind.PROTESTERS


def test_a_known_name_with_its_country_is_the_registry_actor(registry: ActorRegistry) -> None:
    assert registry.resolve("Hezbollah (Lebanon)").id == registry.resolve("Hezbollah").id


def test_a_known_name_with_another_country_is_not_forced(registry: ActorRegistry) -> None:
    actor = registry.resolve("Hezbollah (Brazil)")
    assert actor.id != registry.resolve("Hezbollah").id
    assert actor.country == "BR"


def test_a_parenthesised_region_is_no_country() -> None:
    assert parse_acled_actor("Patriotic Renewal Union (Sahel)") is None


@pytest.mark.parametrize(
    ("cell", "country"),
    [
        ("PNU: Patriotic Renewal Union of Togo", "TG"),
        ("CFE: Cowry Forces for an Emerging Benin", "BJ"),
        ("SPLM/A: Sudan People's Liberation Movement", None),  # a country early says nothing
        ("ABC: Alliance for Better Cities", None),
    ],
)
def test_an_organisation_ending_with_a_country_is_of_it(cell: str, country: str | None) -> None:
    named = parse_acled_actor(cell)
    assert named is not None
    assert named.country == country
