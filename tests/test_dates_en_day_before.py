"""English "the day before", "the day after", "the night before" (anaphora: the step after
its unit, counted from the date named before, else the publication day) and "the night of /
from <weekday> to <weekday>" (the two days, an interval); docs/dates.md."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import DateResolutionError, find_dates, resolve_date
from conflict_events.lexicon import load

ANCHOR = dt.date(2025, 3, 14)  # a Friday


def _found(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (m.text, m.when.start.isoformat(), m.when.end.isoformat(), str(m.when.precision.value))
        for m in find_dates(text, ANCHOR)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militiamen raided Kidal on Wednesday. Drones had circled the town the day before, "
            "residents said.",
            ("the day before", "2025-03-11", "2025-03-11", "day"),
        ),
        (
            "A convoy was ambushed on 3 March near Gao. Two wounded drivers died the day after "
            "in hospital.",
            ("the day after", "2025-03-04", "2025-03-04", "day"),
        ),
        (
            "Fighters overran the base on Tuesday. The night before, mortars hit its gate.",
            ("The night before", "2025-03-10", "2025-03-10", "part_of_day"),
        ),
        (
            "The ceasefire collapsed on March 9. The morning after, shelling resumed.",
            ("The morning after", "2025-03-10", "2025-03-10", "part_of_day"),
        ),
    ],
)
def test_a_step_after_its_unit_counts_from_the_date_before(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _found(text)[-1] == expected


def test_without_a_date_before_it_counts_from_the_publication_day() -> None:
    text = "Gunmen torched a clinic in Bunia the day before, a nurse said."
    assert _found(text) == [("the day before", "2025-03-13", "2025-03-13", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "Refugees crossed the river the day before the vote.",
        "The day after the bombing, the market stayed shut.",
        "Troops shelled the ridge the night before last.",
        "He was detained the day after he spoke to reporters.",
    ],
)
def test_a_day_before_something_else_is_not_read(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militias seized the dam in April 2024. The day before, villagers fled.",
        "The siege tightened last week. The night after, the bridge fell.",
    ],
)
def test_no_step_from_a_time_longer_than_a_day(text: str) -> None:
    assert len(_found(text)) == 1


def test_the_day_before_yesterday_stays_its_own_day() -> None:
    assert _found("Insurgents blew up a bridge the day before yesterday.") == [
        ("the day before yesterday", "2025-03-12", "2025-03-12", "day")
    ]


@pytest.mark.parametrize("follower", load("en").words("date_grammar.scan.event_count_followers"))
def test_every_follower_lets_the_step_be_found(follower: str) -> None:
    text = f"Rebels seized Goma on Monday, and a mortar struck the day before {follower} it."
    found = _found(text)
    assert found[-1] == ("the day before", "2025-03-09", "2025-03-09", "day")


def test_resolve_date_reads_the_step_with_a_reference_only() -> None:
    ref = resolve_date("6 February 2025", ANCHOR)
    day = resolve_date("the day after", ANCHOR, reference=ref)
    assert (day.start, day.end) == (dt.date(2025, 2, 7), dt.date(2025, 2, 7))
    evening = resolve_date("the evening before", ANCHOR, reference=ref)
    assert (evening.start, str(evening.precision.value)) == (dt.date(2025, 2, 5), "part_of_day")
    with pytest.raises(DateResolutionError):
        resolve_date("the day before", ANCHOR)
    with pytest.raises(DateResolutionError):
        resolve_date("the day before the election", ANCHOR, reference=ref)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes erupted in Tillaberi on the night of Tuesday to Wednesday, the army said.",
            ("the night of Tuesday to Wednesday", "2025-03-11", "2025-03-12", "interval"),
        ),
        (
            "Drones struck the port during the night from Sunday to Monday.",
            ("the night from Sunday to Monday", "2025-03-09", "2025-03-10", "interval"),
        ),
        (
            "Looting spread on the night of Thursday 6 into Friday 7 March.",
            ("the night of Thursday 6 into Friday 7 March", "2025-03-06", "2025-03-07", "interval"),
        ),
    ],
)
def test_the_night_from_one_weekday_to_the_next(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _found(text) == [expected]


def test_the_night_between_two_days_not_in_a_row_is_refused() -> None:
    with pytest.raises(DateResolutionError):
        resolve_date("the night from Monday to Thursday", ANCHOR)
