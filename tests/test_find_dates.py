"""find_dates: date expressions in running text, their offsets, spans and tense direction."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import DateMention, find_dates

SAT = dt.date(2024, 11, 30)  # a Saturday
D = dt.date

TEXT = (
    "Rebels entered the city on Thursday after fighting that began last Wednesday. "
    "Talks will resume next Monday, officials said. In May 2016 the group, which may "
    "have grown since, staged a march. About three weeks ago the front was quiet; "
    "the fall of the town came over the weekend. The vote is scheduled for Dec. 3."
)


def found(text: str, anchor: dt.date = SAT) -> list[tuple[str, dt.date, dt.date, str]]:
    return [(m.text, m.when.start, m.when.end, m.direction) for m in find_dates(text, anchor)]


def test_finds_every_date_in_order_with_offsets() -> None:
    mentions = find_dates(TEXT, SAT)
    assert all(TEXT[m.start_char : m.end_char] == m.text for m in mentions)
    assert [m.start_char for m in mentions] == sorted(m.start_char for m in mentions)
    assert found(TEXT) == [
        ("Thursday", D(2024, 11, 28), D(2024, 11, 28), "past"),
        ("last Wednesday", D(2024, 11, 27), D(2024, 11, 27), "past"),
        ("next Monday", D(2024, 12, 2), D(2024, 12, 2), "future"),
        ("May 2016", D(2016, 5, 1), D(2016, 5, 31), "past"),
        ("About three weeks ago", D(2024, 11, 4), D(2024, 11, 10), "past"),
        ("the weekend", D(2024, 11, 30), D(2024, 12, 1), "past"),
        ("Dec. 3", D(2024, 12, 3), D(2024, 12, 3), "future"),
    ]


def test_mentions_are_date_mentions_with_spans() -> None:
    (mention,) = find_dates("It happened yesterday.", SAT)
    assert isinstance(mention, DateMention)
    assert mention.when.expression == "yesterday"
    assert mention.when.anchor == SAT


def test_modal_may_march_and_fall_are_not_dates() -> None:
    assert found("Prices may fall as protesters march on the capital.") == []


@pytest.mark.parametrize(
    ("sentence", "direction", "day"),
    [
        ("The ceasefire collapsed on Friday.", "past", D(2024, 11, 29)),
        ("Talks will resume on Friday.", "future", D(2024, 12, 6)),
        ("Delegates are expected to arrive on Friday.", "future", D(2024, 12, 6)),
        ("The summit is scheduled for Friday.", "future", D(2024, 12, 6)),
        ("The curfew stays in force until Friday.", "future", D(2024, 12, 6)),
        ("He said on Friday that talks would resume.", "past", D(2024, 11, 29)),
        # a cue in an earlier sentence does not reach this one
        ("Talks will resume. Shelling hit the town on Friday.", "past", D(2024, 11, 29)),
        # an abbreviation's dot does not end the sentence
        (
            "The dividend will be paid Dec. 14 to holders of record Friday.",
            "future",
            D(2024, 12, 6),
        ),
    ],
)
def test_tense_cues_choose_direction(sentence: str, direction: str, day: dt.date) -> None:
    mention = find_dates(sentence, SAT)[-1]
    assert (mention.text, mention.direction, mention.when.start) == ("Friday", direction, day)


def test_ranges_and_since_are_one_mention() -> None:
    assert found("Clashes from 27 to 29 November and since Wednesday left dozens dead.") == [
        ("from 27 to 29 November", D(2024, 11, 27), D(2024, 11, 29), "past"),
        ("since Wednesday", D(2024, 11, 27), SAT, "past"),
    ]


def test_bare_years_need_a_date_word() -> None:
    assert found("About 2000 soldiers died in 2016.") == [
        ("2016", D(2016, 1, 1), D(2016, 12, 31), "past")
    ]


def test_empty_and_dateless_text() -> None:
    assert find_dates("", SAT) == []
    assert find_dates("No dates here at all.", SAT) == []


@given(st.text(max_size=200))
def test_any_text_gives_consistent_mentions(text: str) -> None:
    for m in find_dates(text, SAT):
        assert text[m.start_char : m.end_char] == m.text
        assert m.when.start <= m.when.end


@pytest.mark.parametrize(
    "unit",
    ["Nov. 27 ", "between 1 and ", "Monday ", "the ", "late last ", "1 2 3 ", "from Nov. 2 - "],
)
def test_long_adversarial_text_stays_linear(unit: str) -> None:
    # a safety bound, not a speed target: super-linear scanning would take minutes
    text = unit * (60_000 // len(unit))
    t0 = time.perf_counter()
    find_dates(text, SAT)
    assert time.perf_counter() - t0 < 10.0
