"""A capitalised common noun with a joined case ending opens a Turkish sentence: the name
after it is still found ("Saldırıyı Pakistan Talibanı üstlendi"), as after a word of the
language ("Le Hezbollah"), while a capitalised word that is no word of the language still
continues a name ("Kuzey Pakistan Talibanı" may name another group)."""

from __future__ import annotations

import pytest

from conflict_events import ActorRegistry
from conflict_events.resolve._actor_forms import is_language_word


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saldırıyı Pakistan Talibanı üstlendi.", ["actor:ttp"]),
        ("Saldırıda Suriye Demokratik Güçleri mensupları hedef alındı.", ["actor:sdf"]),
        ("Çatışmada PKK militanları öldürüldü.", ["actor:pkk"]),
        ("Saldırganları Suriye Demokratik Güçleri yakaladı.", ["actor:sdf"]),
    ],
)
def test_name_after_an_opening_noun_with_a_case_ending(
    registry: ActorRegistry, text: str, expected: list[str]
) -> None:
    found = [m.entity_id for m in registry.find_mentions(text, language="tr")]
    assert found == expected


def test_an_unknown_capitalised_word_still_continues_the_name(registry: ActorRegistry) -> None:
    text = "Kuzey Pakistan Talibanı saldırıyı üstlendi."
    assert registry.find_mentions(text, language="tr") == []


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("saldırıyı", "tr", True),
        ("saldırıda", "tr", True),
        ("saldırı", "tr", True),
        ("pakistan", "tr", False),
        ("kuzey", "tr", False),
        # a language without joined case endings reads its words as written only
        ("nigeria", "en", False),
        ("attacked", "en", True),
        ("les", "fr", True),
    ],
)
def test_is_language_word(word: str, language: str, expected: bool) -> None:
    assert is_language_word(word, language) is expected
