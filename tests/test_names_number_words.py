"""A place mention spelt as a number word of the article's language is a count, not a place
(docs/names.md, "Places": "Sete" opening a Portuguese sentence is seven, not Sète).  Texts
written for this test."""

from __future__ import annotations

import pytest

from conflict_events import ActorRegistry, Gazetteer
from conflict_events.extract._names import find_names


@pytest.fixture(scope="module")
def parts() -> tuple[ActorRegistry, Gazetteer]:
    return ActorRegistry.default(), Gazetteer.default()


def _places(parts: tuple[ActorRegistry, Gazetteer], text: str, language: str) -> list[str]:
    registry, gazetteer = parts
    return [m.text for m in find_names(text, registry, gazetteer, lexicon=language).place_mentions]


def test_a_number_word_opening_a_sentence_is_no_place(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = "Sete suspeitos foram detidos em Belém. Sete outros fugiram."
    assert _places(parts, text, "pt") == ["Belém"]


def test_the_same_name_is_a_place_in_a_language_where_it_is_no_number(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    # in a French text "Sète" is the port; the Portuguese number rule does not reach it
    assert "Sète" in _places(parts, "Des heurts ont éclaté à Sète samedi soir.", "fr")


def test_a_longer_name_holding_a_number_word_stays_a_place(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    assert "Sete Lagoas" in _places(
        parts, "A polícia prendeu dois homens em Sete Lagoas na terça-feira.", "pt"
    )
