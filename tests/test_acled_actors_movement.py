"""ACLED cells naming a movement by its proper name, the head written last ("... Movement"):
read by the movement template as a coded cell (the row's inter code gives the kind), while in
running text an unknown "... Movement" stays an unresolved armed-group mention (DESIGN §10).
Names written for these tests."""

from __future__ import annotations

import io

import pytest

from conflict_events import ActorRegistry
from conflict_events.io import acled
from conflict_events.model import Actor, ActorKind
from conflict_events.resolve import parse_acled_actor
from conflict_events.resolve._definitions import find_unresolved_actors

CELL = "Quiet Harbour Movement"


@pytest.mark.parametrize(
    ("inter", "kind"),
    [
        (None, ActorKind.OTHER),
        (3, ActorKind.POLITICAL_MILITIA),
        (5, ActorKind.RIOTERS),
        (6, ActorKind.PROTESTERS),
        (7, ActorKind.CIVILIANS),
    ],
)
def test_a_movement_cell_takes_an_unarmed_or_political_rows_kind(
    inter: int | None, kind: ActorKind
) -> None:
    parsed = parse_acled_actor(CELL, inter=inter)
    assert parsed is not None
    assert (parsed.template, parsed.kind, parsed.country) == ("movement", kind, None)
    assert parsed.id == "actor:acled:quiet-harbour-movement"


@pytest.mark.parametrize("inter", [1, 2, 4, 8])
def test_a_movement_cell_coded_as_an_armed_actor_is_not_read_by_the_template(inter: int) -> None:
    assert parse_acled_actor(CELL, inter=inter) is None


@pytest.mark.parametrize(
    "cell",
    [
        "Movement",  # no name before the head
        "the harbour movement",  # a description, not a name
        "Quiet Harbour Army Movement",  # another armed head word: the registry's to know
        "Quiet Harbour Movement (Benin)",  # a parenthesised country: the named template's
    ],
)
def test_what_the_movement_template_does_not_read(cell: str) -> None:
    parsed = parse_acled_actor(cell, inter=6)
    assert parsed is None or parsed.template != "movement"


def test_the_registry_resolves_a_movement_cell_without_its_row() -> None:
    actor = ActorRegistry.default().resolve("Lagoon Voices Movement")
    assert (actor.id, actor.kind) == ("actor:acled:lagoon-voices-movement", ActorKind.OTHER)


def test_in_text_an_unknown_movement_stays_an_unresolved_mention() -> None:
    text = "Gunmen of the Quiet Harbour Movement attacked a checkpoint near the river on Monday."
    found = find_unresolved_actors(text, ActorRegistry.default())
    assert [(u.text, u.head) for u in found] == [("Quiet Harbour Movement", "movement")]
    assert text[found[0].start : found[0].end] == "Quiet Harbour Movement"


def test_in_text_a_registry_movement_is_known() -> None:
    registry = ActorRegistry(
        [Actor(id="actor:qhm", name="Quiet Harbour Movement", kind=ActorKind.REBEL_GROUP)]
    )
    text = "Gunmen of the Quiet Harbour Movement attacked a checkpoint near the river on Monday."
    assert find_unresolved_actors(text, registry) == []


def _read(actor2: str, inter2: int, assoc1: str) -> dict[str, tuple[Actor, ...]]:
    row = (
        "X9,05 March 2023,2023,1,Demonstrations,Protests,Peaceful protest,"
        f"Protesters (Togo),{assoc1},6,{actor2},,{inter2},60,,768,Western Africa,Togo,"
        "Kara,Kara,,Kara,9.55,1.19,1,Local paper,National,,0,,1"
    )
    actors: dict[str, tuple[Actor, ...]] = {}
    list(acled.read(io.StringIO(",".join(acled.COLUMNS) + "\n" + row + "\n"), actors=actors))
    return actors


def _one(actors: dict[str, tuple[Actor, ...]], name: str) -> Actor:
    [actor] = [a for group in actors.values() for a in group if a.name == name]
    return actor


def test_a_movement_coded_as_protesters_takes_the_rows_kind_and_country() -> None:
    actors = _read("Civilians (Togo)", 7, CELL)
    movement = _one(actors, CELL)
    assert (movement.kind, movement.country) == (ActorKind.PROTESTERS, "TG")


def test_a_movement_coded_as_a_rebel_group_keeps_the_rows_type_not_the_templates() -> None:
    actors = _read("Hill Road Movement", 2, "Forum of Drivers for Safe Roads")
    movement = _one(actors, "Hill Road Movement")
    assert (movement.kind, movement.country) == (ActorKind.REBEL_GROUP, "TG")
    assert "row's inter code" in (movement.description or "")


def test_a_civic_name_without_a_country_takes_the_rows_country() -> None:
    actors = _read("Civilians (Togo)", 7, "Forum of Drivers for Safe Roads")
    forum = _one(actors, "Forum of Drivers for Safe Roads")
    assert (forum.kind, forum.country) == (ActorKind.PROTESTERS, "TG")


def test_a_cell_that_says_no_single_country_keeps_none() -> None:
    actors = _read("Civilians (International)", 7, CELL)
    assert _one(actors, "Civilians (International)").country is None
