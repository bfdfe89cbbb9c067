"""Unresolved armed-group names at a sentence's start keep only the name (issue 13)."""

from __future__ import annotations

import pytest

from conflict_events.resolve import ActorRegistry
from conflict_events.resolve._definitions import find_unresolved_actors


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fighters of the Lions of the Savanna Front attacked Kandi.",
            "Lions of the Savanna Front",
        ),
        ("Gunmen fled. Suspected Lions Front fighters were seen.", "Lions Front"),
        ("Overnight Lions of the Savanna Front raided a camp.", "Lions of the Savanna Front"),
        (
            "\u201cLater Kora Liberation Army units came back,\u201d he said.",
            "Kora Liberation Army",
        ),
    ],
)
def test_a_common_word_opening_the_sentence_is_not_part_of_the_name(
    registry: ActorRegistry, text: str, name: str
) -> None:
    found = find_unresolved_actors(text, registry)
    assert [u.text for u in found] == [name]
    assert text[found[0].start : found[0].end] == name


@pytest.mark.parametrize(
    "text",
    [
        # a word that starts known names may start this one too
        "Union of Patriotic Forces fighters attacked.",
        # not a common word of the lexicon
        "Kora Liberation Army fighters attacked.",
        # inside a sentence the capital belongs to the name
        "Witnesses named the Suspected Lions Front.",
        # a common word before a head word modifies it
        "Air Force Kora Brigade units attacked.",
    ],
)
def test_other_opening_words_stay(registry: ActorRegistry, text: str) -> None:
    found = find_unresolved_actors(text, registry)
    expected = {
        "Union": "Union of Patriotic Forces",
        "Kora": "Kora Liberation Army",
        "Witnesses": "Suspected Lions Front",
        "Air": "Air Force Kora Brigade",
    }[text.split()[0]]
    assert [u.text for u in found] == [expected]


def test_the_article_language_gives_the_common_words(registry: ActorRegistry) -> None:
    text = "Selon le Front de libération du Kora, l'attaque a échoué."
    english = find_unresolved_actors(text, registry)
    french = find_unresolved_actors(text, registry, language="fr")
    assert [u.text for u in english] == ["Selon le Front de libération du Kora"]
    assert [u.text for u in french] == ["Front de libération du Kora"]
