"""Russian and Ukrainian count in tens ("два десятка", twenty): the word for a ten is a scale
word as "тысяча" is, and alone ("десятки", tens of) it stays a vague count."""

from __future__ import annotations

import pytest

from conflict_events.parse import parse_count


@pytest.mark.parametrize(
    ("text", "lang", "low", "high", "qualifier"),
    [
        ("два десятка", "ru", 20, 20, "exact"),
        ("около двух десятков", "ru", 20, 20, "approximately"),
        ("более трёх десятков", "ru", 30, None, "more_than"),
        ("два десятки", "uk", 20, 20, "exact"),
        ("понад три десятки", "uk", 30, None, "more_than"),
        ("близько двох десятків", "uk", 20, 20, "approximately"),
    ],
)
def test_tens_multiply_their_number(
    text: str, lang: str, low: int, high: int | None, qualifier: str
) -> None:
    count = parse_count(text, lexicon=lang)
    assert (count.low, count.high, count.qualifier.value) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "lang"), [("десятки", "ru"), ("десятков", "ru"), ("десятки", "uk")]
)
def test_tens_alone_are_vague(text: str, lang: str) -> None:
    count = parse_count(text, lexicon=lang)
    assert (count.low, count.high, count.qualifier.value) == (20, 99, "vague")
