"""Anaphoric dates: expressions that count from a time the text named before.

``resolve_date(..., reference=span)`` reads "that year", "the following day", "the previous
Friday", "two days later" from ``span``; ``find_dates`` passes each mention the one before it
(the publication day before any).  Expected dates worked out by hand from a calendar: 22 May
1995 was a Monday; 27 November 2024 a Wednesday; 2024 is a leap year.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import DateResolutionError, TimeSpan, find_dates, resolve_date
from conflict_events.strategies import timespans

WED = dt.date(2024, 11, 27)
D = dt.date


def ref(text: str, anchor: dt.date = WED) -> TimeSpan:
    return resolve_date(text, anchor)


def span(text: str, reference: TimeSpan, anchor: dt.date = WED) -> tuple[dt.date, dt.date, str]:
    s = resolve_date(text, anchor, reference=reference)
    return s.start, s.end, s.precision.value


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # the unit containing the reference
        ("that year", "May 22, 1995", (D(1995, 1, 1), D(1995, 12, 31), "year")),
        ("in that year", "May 22, 1995", (D(1995, 1, 1), D(1995, 12, 31), "year")),
        ("that month", "May 22, 1995", (D(1995, 5, 1), D(1995, 5, 31), "month")),
        ("that week", "May 22, 1995", (D(1995, 5, 22), D(1995, 5, 28), "week")),
        ("that day", "May 22, 1995", (D(1995, 5, 22), D(1995, 5, 22), "day")),
        ("the same day", "May 22, 1995", (D(1995, 5, 22), D(1995, 5, 22), "day")),
        ("the same year", "June 1998", (D(1998, 1, 1), D(1998, 12, 31), "year")),
        # a part of it, before or after the reference
        ("earlier that day", "May 22, 1995", (D(1995, 5, 22), D(1995, 5, 22), "part_of_day")),
        ("later in the day", "May 22, 1995", (D(1995, 5, 22), D(1995, 5, 22), "part_of_day")),
        ("later that year", "June 1998", (D(1998, 7, 1), D(1998, 12, 31), "interval")),
        ("earlier that year", "June 1998", (D(1998, 1, 1), D(1998, 5, 31), "interval")),
        ("later that year", "1998", (D(1998, 1, 1), D(1998, 12, 31), "year")),
        ("late that year", "June 1998", (D(1998, 9, 1), D(1998, 12, 31), "part_of_year")),
        ("early that month", "June 1998", (D(1998, 6, 1), D(1998, 6, 10), "part_of_month")),
        # one unit on
        ("the following day", "May 22, 1995", (D(1995, 5, 23), D(1995, 5, 23), "day")),
        ("the next day", "May 22, 1995", (D(1995, 5, 23), D(1995, 5, 23), "day")),
        ("the next morning", "May 22, 1995", (D(1995, 5, 23), D(1995, 5, 23), "part_of_day")),
        ("the previous night", "May 22, 1995", (D(1995, 5, 21), D(1995, 5, 21), "part_of_day")),
        ("the following week", "May 22, 1995", (D(1995, 5, 29), D(1995, 6, 4), "week")),
        ("the following month", "March 1989", (D(1989, 4, 1), D(1989, 4, 30), "month")),
        ("the following year", "May 22, 1995", (D(1996, 1, 1), D(1996, 12, 31), "year")),
        ("the previous year", "May 22, 1995", (D(1994, 1, 1), D(1994, 12, 31), "year")),
        # year and month boundaries
        ("the following day", "December 31, 2023", (D(2024, 1, 1), D(2024, 1, 1), "day")),
        ("the following month", "December 2023", (D(2024, 1, 1), D(2024, 1, 31), "month")),
        ("the preceding month", "January 2024", (D(2023, 12, 1), D(2023, 12, 31), "month")),
        ("the following day", "February 28, 2024", (D(2024, 2, 29), D(2024, 2, 29), "day")),
        ("the previous day", "March 1, 2024", (D(2024, 2, 29), D(2024, 2, 29), "day")),
        ("the previous day", "March 1, 2023", (D(2023, 2, 28), D(2023, 2, 28), "day")),
        # weekdays strictly before / after the reference
        ("the previous Friday", "May 22, 1995", (D(1995, 5, 19), D(1995, 5, 19), "day")),
        ("the following Monday", "May 22, 1995", (D(1995, 5, 29), D(1995, 5, 29), "day")),
        ("the following Tuesday", "May 22, 1995", (D(1995, 5, 23), D(1995, 5, 23), "day")),
        # steps forward from the reference
        ("two days later", "May 22, 1995", (D(1995, 5, 24), D(1995, 5, 24), "day")),
        ("a week later", "May 22, 1995", (D(1995, 5, 29), D(1995, 6, 4), "week")),
        ("three months later", "May 22, 1995", (D(1995, 8, 1), D(1995, 8, 31), "month")),
        ("then", "June 1998", (D(1998, 6, 1), D(1998, 6, 30), "month")),
    ],
)
def test_anaphora_count_from_the_reference(
    text: str, reference: str, expected: tuple[dt.date, dt.date, str]
) -> None:
    assert span(text, ref(reference)) == expected


def test_a_span_up_to_the_anchor_offers_its_start() -> None:
    since = ref("since Wednesday", D(2024, 11, 30))  # 27..30 November
    assert span("the following day", since, D(2024, 11, 30))[0] == D(2024, 11, 28)
    assert span("that day", since, D(2024, 11, 30))[0] == D(2024, 11, 27)


def test_earlier_and_ago_count_from_the_anchor() -> None:
    # "a year earlier" in news is the year-ago comparison (docs/dates.md)
    reference = ref("May 22, 1995")
    assert span("a year earlier", reference) == (D(2023, 1, 1), D(2023, 12, 31), "year")
    assert span("two days ago", reference)[0] == D(2024, 11, 25)


def test_deictic_expressions_ignore_the_reference() -> None:
    reference = ref("May 22, 1995")
    assert span("last week", reference) == span("last week", ref("2010"))
    assert span("the next week", reference)[:2] == (WED, D(2024, 12, 4))
    assert span("earlier this year", reference)[:2] == (D(2024, 1, 1), WED)
    # "for the full year", "a high for the year": the current one
    assert span("the year", reference)[:2] == (D(2024, 1, 1), D(2024, 12, 31))
    assert span("the full year", reference)[:2] == (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize("text", ["that year", "the following day", "the previous Friday", "then"])
def test_without_a_reference_they_are_refused(text: str) -> None:
    with pytest.raises(DateResolutionError, match="reference") as info:
        resolve_date(text, WED)
    assert repr(text) in str(info.value)


def test_a_reference_too_coarse_is_refused() -> None:
    with pytest.raises(DateResolutionError, match="too coarse"):
        resolve_date("that day", WED, reference=ref("June 1998"))
    with pytest.raises(DateResolutionError, match="too coarse"):
        resolve_date("that year", WED, reference=ref("between 2010 and 2012"))


def test_reference_must_be_a_timespan() -> None:
    with pytest.raises(TypeError, match="TimeSpan"):
        resolve_date("that year", WED, reference=D(1995, 5, 22))  # type: ignore[arg-type]


def test_find_dates_passes_each_mention_the_one_before() -> None:
    text = (
        "The commander was captured on 3 March 2019. Later that day his deputy fled, and "
        "the following morning the town fell. Two days later a truce was signed. "
        "Fighting resumed in June 2020 and the front moved again later that year. "
        "On Friday the ministry said the truce held."
    )
    found = {m.text: (m.when.start, m.when.end) for m in find_dates(text, D(2024, 11, 27))}
    assert found == {
        "3 March 2019": (D(2019, 3, 3), D(2019, 3, 3)),
        "Later that day": (D(2019, 3, 3), D(2019, 3, 3)),
        "the following morning": (D(2019, 3, 4), D(2019, 3, 4)),
        "Two days later": (D(2019, 3, 6), D(2019, 3, 6)),
        "June 2020": (D(2020, 6, 1), D(2020, 6, 30)),
        "later that year": (D(2020, 7, 1), D(2020, 12, 31)),
        "Friday": (D(2024, 11, 22), D(2024, 11, 22)),  # deictic: from the anchor
    }


def test_find_dates_before_any_date_counts_from_the_publication_day() -> None:
    found = find_dates("Earlier that day, shelling hit the market.", D(2024, 11, 27))
    assert [(m.text, m.when.start) for m in found] == [("Earlier that day", D(2024, 11, 27))]


@given(
    text=st.sampled_from(
        [
            "that year",
            "that day",
            "later that year",
            "earlier that month",
            "the next day",
            "the following week",
            "the previous Friday",
            "two days later",
            "then",
            "a decade later",
            "the same week",
        ]
    )
    | st.text(max_size=40),
    reference=timespans(min_date=D(1, 1, 1), max_date=D(9999, 12, 31)),
    anchor=st.dates(),
)
def test_anaphora_never_raise_anything_else(
    text: str, reference: TimeSpan, anchor: dt.date
) -> None:
    try:
        s = resolve_date(text, anchor, reference=reference, languages=["en"])
    except DateResolutionError:
        return
    assert s.start <= s.end


def test_cli_resolve_date_takes_a_reference() -> None:
    from click.testing import CliRunner

    from conflict_events.cli import main

    runner = CliRunner()
    args = ["resolve-date", "later that year", "--anchor", "2024-11-30"]
    result = runner.invoke(main, [*args, "--reference", "June 1998"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "1998-07-01..1998-12-31 (interval)"
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "'later that year'" in result.output
    assert "reference" in result.output
