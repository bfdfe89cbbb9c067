"""English on the derived scanner: a day or a part of the day stepped back or forward from
the time named before ("the day before", "the night after"), found where no event is named
after the step (a punctuation mark, the text's end or one of ``[scan]``
``event_count_followers`` comes next), and never where one is ("the day before the vote").

The derived scanner reads English only where ``[scan] derived`` is true: a test lexicon switches
it on.  No other language's lexicon has the ``[scan]`` table, so none reads text differently.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates
from conflict_events.lexicon import load

ANCHOR = dt.date(2023, 5, 20)
DERIVED = load("en")


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.when.start.isoformat()) for m in find_dates(text, ANCHOR, lexicon=DERIVED)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Gunmen raided Dosso on 14 May. The evening before, villagers had fled.",
            [("14 May", "2023-05-14"), ("The evening before", "2023-05-13")],
        ),
        (
            "A convoy was ambushed near Tahoua on Tuesday; the day after, two more died.",
            [("Tuesday", "2023-05-16"), ("the day after", "2023-05-17")],
        ),
        (
            "Troops reached Agadez on 3 April and left the morning after.",
            [("3 April", "2023-04-03"), ("the morning after", "2023-04-04")],
        ),
        (
            "Shelling hit Maradi on 9 March. The night before in Zinder, a market burned.",
            [("9 March", "2023-03-09"), ("The night before", "2023-03-08")],
        ),
        (
            "Police detained six men. The day before, a mosque was attacked.",
            [("The day before", "2023-05-19")],
        ),
    ],
)
def test_a_step_after_a_day_with_no_event_after_it_is_a_mention(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered on the day before the referendum.",
        "Two soldiers died the morning after the raid on the depot.",
        "The day was calm in Niamey, residents said.",
    ],
)
def test_a_step_before_an_event_or_a_unit_alone_is_no_mention(text: str) -> None:
    assert _found(text) == []


def test_a_count_before_an_event_stays_no_mention_and_one_after_none_is_read() -> None:
    assert _found("Rebels withdrew three days after the ceasefire.") == []
    assert [m for m, _ in _found("Fighting resumed on 2 May. Aid arrived four days after.")] == [
        "2 May",
        "four days after",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Exports fell to $80 million last year, from $95 million the year before.",
        "Then, after two weeks of talks, the rebels withdrew.",
        "The week after, nothing changed.",
    ],
)
def test_a_step_after_a_unit_that_takes_none_is_no_mention(text: str) -> None:
    assert [m for m, _ in _found(text)] == (["last year"] if "last year" in text else [])
