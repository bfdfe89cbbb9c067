"""Errors that suggest (issue 17): an unknown actor name lists the closest known names, an
unknown id the closest ids, a refused date expression the closest known date words; the
suggestions are computed only when the message is read, and survive pickling."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from conflict_events import ActorRegistry, DateResolutionError, UnknownNameError, resolve_date
from conflict_events.lexicon import load
from conflict_events.parse._dates import suggest_date_words
from conflict_events.parse._dates_vocab import date_words

ANCHOR = dt.date(2024, 11, 30)


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


def test_an_unknown_name_lists_the_closest_known_names(registry: ActorRegistry) -> None:
    with pytest.raises(UnknownNameError) as caught:
        registry.resolve("Hayat Tahrir")
    error = caught.value
    assert error.suggestions
    assert "actor:hts" in error.suggestions[0]
    message = str(error)
    assert message.startswith("no actor named 'Hayat Tahrir'; did you mean ")
    assert repr(error.suggestions[0]) in message


def test_an_unknown_id_lists_the_closest_ids(registry: ActorRegistry) -> None:
    with pytest.raises(UnknownNameError) as caught:
        registry.get("actor:htss")
    assert caught.value.suggestions[0] == "actor:hts"
    assert "did you mean 'actor:hts'" in str(caught.value)
    assert all(s in registry for s in map(registry.get, caught.value.suggestions))


def test_nothing_close_suggests_nothing(registry: ActorRegistry) -> None:
    with pytest.raises(UnknownNameError) as caught:
        registry.resolve("qqxxzzvv")
    assert caught.value.suggestions == ()
    assert str(caught.value) == "no actor named 'qqxxzzvv'"


def test_a_cached_refusal_suggests_the_same(registry: ActorRegistry) -> None:
    messages = []
    for _ in range(2):  # the second answer comes from the registry's cache
        with pytest.raises(UnknownNameError) as caught:
            registry.resolve("Hezbolla party")
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert "actor:hezbollah" in messages[0]


def test_suggestions_pickle(registry: ActorRegistry) -> None:
    with pytest.raises(UnknownNameError) as caught:
        registry.get("actor:htss")
    again = pickle.loads(pickle.dumps(caught.value))
    assert again == caught.value
    assert str(again) == str(caught.value)


def test_suggestions_are_computed_only_when_read() -> None:
    calls: list[int] = []

    def suggest() -> tuple[str, ...]:
        calls.append(1)
        return ("near",)

    error = UnknownNameError("far", "actor", suggestions=suggest)
    assert calls == []
    assert str(error).endswith("did you mean 'near'?")
    assert str(error).endswith("did you mean 'near'?")
    assert calls == [1]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("last Fridya", "last Friday"),
        ("next wek", "next week"),
        ("yesterdya mornin", "yesterday morning"),
        ("3 Decmber 2024", "3 December 2024"),
    ],
)
def test_a_refused_date_suggests_the_closest_known_words(text: str, suggestion: str) -> None:
    with pytest.raises(DateResolutionError) as caught:
        resolve_date(text, ANCHOR)
    assert f"did you mean {suggestion!r}?" in str(caught.value)
    # and the suggestion is a date the library reads
    assert resolve_date(suggestion, ANCHOR).expression == suggestion


def test_a_refused_date_with_no_near_word_suggests_nothing() -> None:
    with pytest.raises(DateResolutionError) as caught:
        resolve_date("the fall of Aleppo", ANCHOR)
    assert "did you mean" not in str(caught.value)


def test_suggestions_come_from_the_lexicon() -> None:
    # a word added to the data is suggested: the words are not listed in code
    extended = load("en").extended({"dates": {"words": {"relative": ["erstwhile"]}}})
    assert suggest_date_words("erstwhle", date_words(extended)) == "erstwhile"
    assert suggest_date_words("erstwhle", date_words("en")) is None
