"""Numeric dates (docs/dates.md, "Numeric dates"): one reading resolves, two readings need
``day_first`` (or the lexicon's ``meta.day_first``) and are otherwise refused naming both;
find_dates reports the ones it can read and passes over versions, scores and phone numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import DateResolutionError, find_dates, resolve_date
from conflict_events.lexicon import load

ANCHOR = dt.date(2024, 12, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13/12/2024", dt.date(2024, 12, 13)),
        ("12/13/2024", dt.date(2024, 12, 13)),
        ("2024-12-03", dt.date(2024, 12, 3)),
        ("03.12.2024", dt.date(2024, 12, 3)),  # dotted: the day-first writers' form
        ("31-1-2023", dt.date(2023, 1, 31)),
        ("5/5/2024", dt.date(2024, 5, 5)),  # both readings the same day
    ],
)
def test_a_numeric_date_with_one_reading_resolves(text: str, expected: dt.date) -> None:
    span = resolve_date(text, ANCHOR)
    assert (span.start, span.end, span.precision.value) == (expected, expected, "day")
    assert span.expression == text


@pytest.mark.parametrize("text", ["3/12/2024", "12-3-2024", "(3/12/2024)"])
def test_an_ambiguous_numeric_date_names_both_readings(text: str) -> None:
    with pytest.raises(DateResolutionError) as caught:
        resolve_date(text, ANCHOR)
    message = str(caught.value)
    assert "ambiguous" in message
    assert "2024-12-03" in message
    assert "2024-03-12" in message
    assert repr(text) in message


@pytest.mark.parametrize(
    ("day_first", "expected"), [(True, dt.date(2024, 12, 3)), (False, dt.date(2024, 3, 12))]
)
def test_day_first_chooses(day_first: bool, expected: dt.date) -> None:
    assert resolve_date("3/12/2024", ANCHOR, day_first=day_first).start == expected
    found = find_dates("Talks on 3/12/2024 failed.", ANCHOR, day_first=day_first)
    assert [(m.text, m.when.start) for m in found] == [("3/12/2024", expected)]


def test_the_lexicon_gives_the_default_order() -> None:
    assert not load("en").has("meta.day_first")  # English has none: US and UK differ
    day_first = load("en").extended({"meta": {"day_first": True}})
    assert resolve_date("3/12/2024", ANCHOR, lexicon=day_first).start == dt.date(2024, 12, 3)
    # an explicit argument wins over the lexicon
    got = resolve_date("3/12/2024", ANCHOR, lexicon=day_first, day_first=False)
    assert got.start == dt.date(2024, 3, 12)


@pytest.mark.parametrize("text", ["31/02/2024", "13/13/2024", "0/5/2024"])
def test_no_calendar_reading_is_refused(text: str) -> None:
    with pytest.raises(DateResolutionError, match="not a real date"):
        resolve_date(text, ANCHOR)


def test_day_first_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="day_first"):
        resolve_date("13/12/2024", ANCHOR, day_first="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="day_first"):
        find_dates("on 13/12/2024", ANCHOR, day_first=1)  # type: ignore[arg-type]


def test_find_dates_reports_unambiguous_numeric_dates_in_order() -> None:
    text = (
        "Clashes on 13/12/2024 killed four; on 14.11.2024 and 2024-12-03 too. "
        "A hearing is set for 12/27/2024. Talks on 3/12/2024 failed."
    )
    found = find_dates(text, ANCHOR)
    got = [(m.text, m.when.start, m.direction) for m in found]
    assert got == [
        ("13/12/2024", dt.date(2024, 12, 13), "past"),
        ("14.11.2024", dt.date(2024, 11, 14), "past"),
        ("2024-12-03", dt.date(2024, 12, 3), "past"),
        ("12/27/2024", dt.date(2024, 12, 27), "future"),
    ]
    for m in found:
        assert text[m.start_char : m.end_char] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "Upgrade to version 3.12.2024.1 now.",
        "The v2.1.2024 build and release 1.2.3.2024 shipped.",
        "Call 555-12-2024 or 020-7946-0958 for details.",
        "The score was 3-1, then 12-10 after extra time.",
        "Serial 12/11/20245 and code 1/2/2024/7 are not dates.",
        "Coordinates 13.12.2024x and ref 13/12/2024-b were logged.",
    ],
)
def test_find_dates_passes_over_versions_scores_and_phone_numbers(text: str) -> None:
    assert [m.text for m in find_dates(text, ANCHOR)] == []
