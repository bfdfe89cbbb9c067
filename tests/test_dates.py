"""resolve_date: one test per row of the design (docs/design.md#dates), boundaries, and properties.

The anchor of most tests is Wednesday 27 November 2024; every expected date below was worked
out by hand from a calendar (Thursday 21 Nov, Monday 25 Nov, Saturday 23 Nov ...).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import subprocess
import sys
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import DateResolutionError, Precision, TimeSpan, resolve_date

WED = dt.date(2024, 11, 27)  # a Wednesday
D = dt.date


def span(text: str, anchor: dt.date = WED, **kw: object) -> tuple[dt.date, dt.date, str]:
    s = resolve_date(text, anchor, **kw)  # type: ignore[arg-type]
    return s.start, s.end, s.precision.value


# -- weekdays ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "direction", "day", "precision"),
    [
        ("on Thursday", "past", D(2024, 11, 21), "day"),
        ("Thursday", "past", D(2024, 11, 21), "day"),
        ("Wednesday night", "past", D(2024, 11, 27), "part_of_day"),  # the anchor itself
        ("Sunday afternoon", "past", D(2024, 11, 24), "part_of_day"),
        ("Thursday", "future", D(2024, 11, 28), "day"),
        ("Wednesday", "future", D(2024, 11, 27), "day"),
        ("Tuesday", "future", D(2024, 12, 3), "day"),
        ("Friday's", "past", D(2024, 11, 22), "day"),
    ],
)
def test_weekday(text: str, direction: str, day: dt.date, precision: str) -> None:
    assert span(text, direction=direction) == (day, day, precision)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("last Friday", D(2024, 11, 22)),
        ("last Wednesday", D(2024, 11, 20)),  # strictly before the anchor
        ("next Sunday", D(2024, 12, 1)),
        ("next Wednesday", D(2024, 12, 4)),  # strictly after
        ("this past Monday", D(2024, 11, 25)),
        ("this coming Monday", D(2024, 12, 2)),
    ],
)
def test_last_next_weekday(text: str, day: dt.date) -> None:
    assert span(text) == (day, day, "day")


def test_last_next_weekday_ignore_direction() -> None:
    assert span("last Friday", direction="future")[0] == D(2024, 11, 22)
    assert span("next Sunday", direction="past")[0] == D(2024, 12, 1)


# -- day words and N units ago ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("yesterday", D(2024, 11, 26)),
        ("today", D(2024, 11, 27)),
        ("tomorrow", D(2024, 11, 28)),
        ("the day before yesterday", D(2024, 11, 25)),
        ("the day after tomorrow", D(2024, 11, 29)),
        ("3 days ago", D(2024, 11, 24)),
        ("three days ago", D(2024, 11, 24)),
        ("in 3 days", D(2024, 11, 30)),
        ("ten days ago", D(2024, 11, 17)),
    ],
)
def test_day_words(text: str, day: dt.date) -> None:
    assert span(text)[:2] == (day, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two weeks ago", (D(2024, 11, 11), D(2024, 11, 17), "week")),
        ("a week ago", (D(2024, 11, 18), D(2024, 11, 24), "week")),
        ("3 months ago", (D(2024, 8, 1), D(2024, 8, 31), "month")),
        ("11 months ago", (D(2023, 12, 1), D(2023, 12, 31), "month")),
        ("2 years ago", (D(2022, 1, 1), D(2022, 12, 31), "year")),
        ("in two weeks", (D(2024, 12, 9), D(2024, 12, 15), "week")),
    ],
)
def test_units_ago_are_calendar_units(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    assert span(text) == expected


# -- last / this / next unit ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week", (D(2024, 11, 18), D(2024, 11, 24), "week")),
        ("this week", (D(2024, 11, 25), D(2024, 12, 1), "week")),
        ("next week", (D(2024, 12, 2), D(2024, 12, 8), "week")),
        ("last month", (D(2024, 10, 1), D(2024, 10, 31), "month")),
        ("this month", (D(2024, 11, 1), D(2024, 11, 30), "month")),
        ("next month", (D(2024, 12, 1), D(2024, 12, 31), "month")),
        ("last year", (D(2023, 1, 1), D(2023, 12, 31), "year")),
        ("this year", (D(2024, 1, 1), D(2024, 12, 31), "year")),
        ("next year", (D(2025, 1, 1), D(2025, 12, 31), "year")),
    ],
)
def test_calendar_units(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    assert span(text) == expected


def test_over_the_weekend() -> None:
    assert span("over the weekend") == (D(2024, 11, 23), D(2024, 11, 24), "interval")
    saturday = D(2024, 11, 30)  # a weekend that starts on the anchor counts
    assert span("over the weekend", saturday)[:2] == (D(2024, 11, 30), D(2024, 12, 1))
    assert span("the weekend", direction="future")[:2] == (D(2024, 11, 30), D(2024, 12, 1))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("the past week", D(2024, 11, 20)),
        ("the past 3 days", D(2024, 11, 24)),
        ("the past 24 hours", D(2024, 11, 26)),
        ("the last 48 hours", D(2024, 11, 25)),
        ("in the past month", D(2024, 10, 27)),
    ],
)
def test_the_past_n_units(text: str, start: dt.date) -> None:
    assert span(text) == (start, WED, "interval")


def test_earlier_this_month_and_year() -> None:
    assert span("earlier this month") == (D(2024, 11, 1), WED, "interval")
    assert span("earlier this year") == (D(2024, 1, 1), WED, "interval")
    assert span("later this month") == (WED, D(2024, 11, 30), "interval")


# -- since, between, from ... to ----------------------------------------------------------------
def test_since() -> None:
    assert span("since Monday") == (D(2024, 11, 25), WED, "interval")
    assert span("since 2011") == (D(2011, 1, 1), WED, "interval")
    assert span("since early November") == (D(2024, 11, 1), WED, "interval")
    with pytest.raises(DateResolutionError):
        resolve_date("since tomorrow", WED)  # would end before it starts


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between 10 and 12 November", D(2024, 11, 10), D(2024, 11, 12)),
        ("from 27 to 29 November", D(2024, 11, 27), D(2024, 11, 29)),
        ("November 20-22", D(2024, 11, 20), D(2024, 11, 22)),
        ("between Nov. 1 and Nov. 3", D(2024, 11, 1), D(2024, 11, 3)),
        ("from Monday to Wednesday", D(2024, 11, 25), D(2024, 11, 27)),
        ("between 2010 and 2015", D(2010, 1, 1), D(2015, 12, 31)),
        ("from March to May 2016", D(2016, 3, 1), D(2016, 5, 31)),
    ],
)
def test_ranges(text: str, start: dt.date, end: dt.date) -> None:
    assert span(text) == (start, end, "interval")


def test_range_of_days_is_the_latest_that_starts_by_the_anchor() -> None:
    # read on the 28th, "27 to 29 November" is this year's although the 29th is still ahead
    assert span("from 27 to 29 November", D(2024, 11, 28))[:2] == (
        D(2024, 11, 27),
        D(2024, 11, 29),
    )


# -- months and month-days without a year ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "direction", "year", "month"),
    [
        ("March", "past", 2024, 3),
        ("in December", "past", 2023, 12),
        ("November", "past", 2024, 11),  # starts on or before the anchor
        ("December", "future", 2024, 12),
        ("March", "future", 2025, 3),
        ("last March", "past", 2024, 3),
        ("last November", "past", 2023, 11),
        ("next January", "past", 2025, 1),
        ("March last year", "past", 2023, 3),
    ],
)
def test_month_without_year(text: str, direction: str, year: int, month: int) -> None:
    assert resolve_date(text, WED, direction=direction) == TimeSpan.of_month(  # type: ignore[arg-type]
        year, month, expression=text, anchor=WED
    )


@pytest.mark.parametrize(
    ("text", "direction", "day"),
    [
        ("November 27", "past", D(2024, 11, 27)),
        ("Nov. 27", "past", D(2024, 11, 27)),
        ("Nov. 28", "past", D(2023, 11, 28)),
        ("Nov. 28", "future", D(2024, 11, 28)),
        ("27 November", "past", D(2024, 11, 27)),
        ("the 3rd of March", "past", D(2024, 3, 3)),
        ("March eighth", "past", D(2024, 3, 8)),
        ("Tuesday, November 28", "past", D(2023, 11, 28)),  # 28 Nov 2023 was a Tuesday
        ("Nov. 27, 2016", "past", D(2016, 11, 27)),
        ("27 November 2016", "past", D(2016, 11, 27)),
        ("2016-11-27", "past", D(2016, 11, 27)),
    ],
)
def test_month_day(text: str, direction: str, day: dt.date) -> None:
    assert span(text, direction=direction) == (day, day, "day")


def test_part_of_a_bare_month_follows_the_direction() -> None:
    nov5 = D(2024, 11, 5)
    assert span("late November", nov5)[:2] == (D(2023, 11, 21), D(2023, 11, 30))
    assert span("early November", nov5)[:2] == (D(2024, 11, 1), D(2024, 11, 10))
    assert span("early November", D(2024, 11, 11), direction="future")[0] == D(2025, 11, 1)


def test_weekday_with_date_follows_the_date_rule() -> None:
    # the design: the most recent year that puts the day on or before the anchor, even where
    # the weekday named does not match it (28 Nov 2023 was a Tuesday)
    assert span("Thursday, November 28")[:2] == (D(2023, 11, 28), D(2023, 11, 28))
    assert span("Thursday, November 28", direction="future")[0] == D(2024, 11, 28)


# -- parts of months and years, years, decades ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("early November", D(2024, 11, 1), D(2024, 11, 10), "part_of_month"),
        ("mid-November", D(2024, 11, 11), D(2024, 11, 20), "part_of_month"),
        ("late November", D(2024, 11, 21), D(2024, 11, 30), "part_of_month"),
        ("late February 2024", D(2024, 2, 21), D(2024, 2, 29), "part_of_month"),
        ("late February 2023", D(2023, 2, 21), D(2023, 2, 28), "part_of_month"),
        ("the end of last month", D(2024, 10, 21), D(2024, 10, 31), "part_of_month"),
        ("early 2016", D(2016, 1, 1), D(2016, 4, 30), "part_of_year"),
        ("mid-2016", D(2016, 5, 1), D(2016, 8, 31), "part_of_year"),
        ("late 2016", D(2016, 9, 1), D(2016, 12, 31), "part_of_year"),
        ("late last year", D(2023, 9, 1), D(2023, 12, 31), "part_of_year"),
        ("2016", D(2016, 1, 1), D(2016, 12, 31), "year"),
        ("in 2016", D(2016, 1, 1), D(2016, 12, 31), "year"),
        ("nineteen ninety-six", D(1996, 1, 1), D(1996, 12, 31), "year"),
        ("December 2016", D(2016, 12, 1), D(2016, 12, 31), "month"),
        ("the 1980s", D(1980, 1, 1), D(1989, 12, 31), "decade"),
        ("the '90s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("the 19th century", D(1800, 1, 1), D(1899, 12, 31), "century"),
        ("summer 2016", D(2016, 6, 1), D(2016, 8, 31), "season"),
        ("last winter", D(2023, 12, 1), D(2024, 2, 29), "season"),
        ("the first quarter of 2016", D(2016, 1, 1), D(2016, 3, 31), "part_of_year"),
    ],
)
def test_parts_years_decades(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert span(text) == (start, end, precision)


# -- other languages go to dateparser --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("le 27 novembre 2024", None, (D(2024, 11, 27), D(2024, 11, 27), "day")),
        ("27. November 2024", ["de"], (D(2024, 11, 27), D(2024, 11, 27), "day")),
        ("diciembre de 2016", ["es"], (D(2016, 12, 1), D(2016, 12, 31), "month")),
    ],
)
def test_other_languages(
    text: str, languages: list[str] | None, expected: tuple[dt.date, dt.date, str]
) -> None:
    assert span(text, languages=languages) == expected


# -- hedges, precision, provenance ------------------------------------------------------------------
def test_hedges_set_approximate() -> None:
    assert resolve_date("about three weeks ago", WED).approximate
    assert resolve_date("a week or so ago", WED).approximate
    assert resolve_date("around Nov. 1", WED).approximate
    assert not resolve_date("three weeks ago", WED).approximate


def test_span_records_expression_and_anchor() -> None:
    s = resolve_date("last Friday", WED)
    assert (s.expression, s.anchor) == ("last Friday", WED)


# -- not dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "banana",
        "",
        "   ",
        "the 45th of Octember",
        "February 30",
        "February 29, 2023",
        "25",
        "the 27th",
        "five years",
        "the fall of Aleppo",
        "that year",
    ],
)
def test_not_a_date(text: str) -> None:
    with pytest.raises(DateResolutionError) as info:
        resolve_date(text, WED)
    assert repr(text) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_bad_arguments() -> None:
    # the one rule for argument types (tests/test_argument_types.py): a datetime's date and
    # an ISO string are dates; other types are TypeErrors
    assert resolve_date("today", dt.datetime(2024, 11, 27, 12)).start == WED
    assert resolve_date("today", "2024-11-27").start == WED
    with pytest.raises(TypeError, match="anchor"):
        resolve_date("today", 20241127)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="direction"):
        resolve_date("today", WED, direction="sideways")  # type: ignore[arg-type]


# -- boundaries ------------------------------------------------------------------------------------
def test_year_boundary() -> None:
    thu = D(2025, 1, 2)
    assert span("last week", thu)[:2] == (D(2024, 12, 23), D(2024, 12, 29))
    assert span("this week", thu)[:2] == (D(2024, 12, 30), D(2025, 1, 5))
    assert span("December", thu)[:2] == (D(2024, 12, 1), D(2024, 12, 31))
    assert span("last month", thu)[:2] == (D(2024, 12, 1), D(2024, 12, 31))
    assert span("Dec. 31", thu)[:2] == (D(2024, 12, 31), D(2024, 12, 31))
    assert span("Jan. 5", thu, direction="future")[0] == D(2025, 1, 5)
    assert span("Jan. 5", thu)[0] == D(2024, 1, 5)
    assert span("winter", thu)[:2] == (D(2024, 12, 1), D(2025, 2, 28))


def test_month_boundary() -> None:
    fri = D(2024, 3, 1)
    assert span("yesterday", fri)[0] == D(2024, 2, 29)
    assert span("the past week", fri)[:2] == (D(2024, 2, 23), fri)
    assert span("3 months ago", fri)[:2] == (D(2023, 12, 1), D(2023, 12, 31))
    assert span("late last month", fri)[:2] == (D(2024, 2, 21), D(2024, 2, 29))
    assert span("the past month", D(2024, 3, 31))[0] == D(2024, 2, 29)  # clamped


def test_leap_day() -> None:
    assert span("Feb 29", D(2025, 6, 1))[0] == D(2024, 2, 29)
    assert span("Feb 29", D(2025, 3, 1), direction="future")[0] == D(2028, 2, 29)
    assert span("a year ago", D(2024, 2, 29))[:2] == (D(2023, 1, 1), D(2023, 12, 31))
    assert span("the past year", D(2024, 2, 29))[:2] == (D(2023, 2, 28), D(2024, 2, 29))


# -- properties ------------------------------------------------------------------------------------
anchors = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))
direction_dependent = st.sampled_from(
    [
        "Thursday",
        "Sunday night",
        "March",
        "in December",
        "Nov. 27",
        "February 29",
        "the 3rd of January",
        "the weekend",
        "summer",
        "winter",
        "early November",
        "late November",
        "mid-March",
        "Christmas",
        "Easter",
        "the '80s",
        "Monday, Oct. 26",
    ]
)
any_expression = st.one_of(
    direction_dependent,
    st.sampled_from(
        ["last week", "next month", "3 weeks ago", "the past 7 days", "since Monday", "2016"]
    ),
)


@given(text=any_expression, anchor=anchors, future=st.booleans())
def test_start_not_after_end(text: str, anchor: dt.date, future: bool) -> None:
    s = resolve_date(text, anchor, direction="future" if future else "past")
    assert s.start <= s.end


@given(text=direction_dependent, anchor=anchors)
def test_past_spans_start_by_the_anchor(text: str, anchor: dt.date) -> None:
    assert resolve_date(text, anchor).start <= anchor


@given(text=direction_dependent, anchor=anchors)
def test_future_spans_end_on_or_after_the_anchor(text: str, anchor: dt.date) -> None:
    assert resolve_date(text, anchor, direction="future").end >= anchor


@given(text=st.text(max_size=40), anchor=anchors)
def test_only_date_resolution_errors(text: str, anchor: dt.date) -> None:
    try:
        s = resolve_date(text, anchor, languages=["en"])
    except DateResolutionError:
        return
    assert s.start <= s.end


@given(
    text=st.lists(
        st.sampled_from(["last", "Nov.", "27", "between", "and", "the", "week", "-", "of", "ago"]),
        max_size=12,
    ).map(" ".join),
    anchor=anchors,
)
def test_only_date_resolution_errors_on_date_words(text: str, anchor: dt.date) -> None:
    with contextlib.suppress(DateResolutionError):
        resolve_date(text, anchor)


@pytest.mark.parametrize(
    "text",
    ["1 " * 50_000, "a" * 100_000, "between " * 10_000 + "and", "Nov. " * 30_000, "-" * 90_000],
)
def test_long_adversarial_input_is_refused_quickly(text: str) -> None:
    # a safety bound, not a speed target: catastrophic backtracking would take minutes
    t0 = time.perf_counter()
    with pytest.raises(DateResolutionError):
        resolve_date(text, WED)
    assert time.perf_counter() - t0 < 2.0


def test_import_does_not_load_dateparser() -> None:
    code = (
        "import sys, datetime as dt\n"
        "import conflict_events as ce\n"
        "assert 'dateparser' not in sys.modules\n"
        "ce.resolve_date('last Friday', dt.date(2024, 11, 27))\n"
        "ce.find_dates('Talks resumed on Thursday.', dt.date(2024, 11, 27))\n"
        "ce.resolve_date('banana', dt.date(2024, 11, 27), languages=['en']) "
        "if False else None\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_precision_enum_values() -> None:
    assert resolve_date("last week", WED).precision is Precision.WEEK


def test_cli_resolve_date() -> None:
    from click.testing import CliRunner

    from conflict_events.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["resolve-date", "since Wednesday", "--anchor", "2024-11-30"])
    assert result.exit_code == 0
    assert result.output.strip() == "2024-11-27..2024-11-30 (interval)"
    result = runner.invoke(
        main, ["resolve-date", "Thursday", "--anchor", "2024-11-27", "--direction", "future"]
    )
    assert result.output.strip() == "2024-11-28..2024-11-28 (day)"
    result = runner.invoke(
        main, ["resolve-date", "about a week ago", "--anchor", "2024-11-27", "--format", "json"]
    )
    assert '"start":"2024-11-18"' in result.output
    assert '"approximate":true' in result.output
    result = runner.invoke(main, ["resolve-date", "banana", "--anchor", "2024-11-27"])
    assert result.exit_code == 1
    assert "'banana'" in result.output


# -- forms added with the tense work (docs/dates.md) ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "direction", "start", "end", "precision"),
    [
        # "this coming" / "this past" before a weekday and date fix the direction
        ("this coming Sunday, December first", "past", D(2024, 12, 1), D(2024, 12, 1), "day"),
        ("this past Sunday, November 24", "future", D(2024, 11, 24), D(2024, 11, 24), "day"),
        ("March eighth", "past", D(2024, 3, 8), D(2024, 3, 8), "day"),
        ("March eighth", "future", D(2025, 3, 8), D(2025, 3, 8), "day"),
        # "year-end" is the closing day of the year; "the end of the year" its last third
        ("year-end", "past", D(2023, 12, 31), D(2023, 12, 31), "day"),
        ("by year-end", "future", D(2024, 12, 31), D(2024, 12, 31), "day"),
        ("year-end 2016", "past", D(2016, 12, 31), D(2016, 12, 31), "day"),
        ("the end of the year", "past", D(2024, 9, 1), D(2024, 12, 31), "part_of_year"),
        ("the 1988 period", "past", D(1988, 1, 1), D(1988, 12, 31), "year"),
        # adjectives: "the year-earlier quarter", "year-ago levels"
        ("year-earlier", "past", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("year-ago", "past", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("month-earlier", "past", D(2024, 10, 1), D(2024, 10, 31), "month"),
        ("week-ago", "past", D(2024, 11, 18), D(2024, 11, 24), "week"),
        # how much of a span an event took does not change the span
        ("a good part of 1990", "past", D(1990, 1, 1), D(1990, 12, 31), "year"),
        ("much of last year", "past", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("most of March 2016", "past", D(2016, 3, 1), D(2016, 3, 31), "month"),
        # a day on either side of a day
        ("the day before last Tuesday", "past", D(2024, 11, 25), D(2024, 11, 25), "day"),
        ("day after Christmas", "past", D(2023, 12, 26), D(2023, 12, 26), "day"),
        ("day after Christmas", "future", D(2024, 12, 26), D(2024, 12, 26), "day"),
        ("the day before November 3", "past", D(2024, 11, 2), D(2024, 11, 2), "day"),
        ("the day after tomorrow", "past", D(2024, 11, 29), D(2024, 11, 29), "day"),
    ],
)
def test_added_forms(
    text: str, direction: str, start: dt.date, end: dt.date, precision: str
) -> None:
    assert span(text, direction=direction) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("fiscal 1989", 1989),
        ("fiscal year 2016", 2016),
        ("in fiscal 2016", 2016),
        ("FY 2016", 2016),
        ("FY2016", 2016),
        ("the current fiscal year", 2024),
        ("last fiscal year", 2023),
    ],
)
def test_fiscal_years_are_approximate_calendar_years(text: str, year: int) -> None:
    s = resolve_date(text, WED)
    assert (s.start, s.end, s.precision, s.approximate) == (
        D(year, 1, 1),
        D(year, 12, 31),
        Precision.YEAR,
        True,
    )
    assert not resolve_date(str(year), WED).approximate


@pytest.mark.parametrize(
    "text",
    [
        "1994 or later",
        "1990 and beyond",
        "post-1959",
        "after 1990",
        "before March 2016",
        "2016 onwards",
        "pre-2000",
    ],
)
def test_open_ended_spans_are_refused(text: str) -> None:
    with pytest.raises(DateResolutionError, match="open-ended"):
        resolve_date(text, WED)


@pytest.mark.parametrize(
    "text", ["the fiscal year", "the day before the weekend", "the day after", "weeks ago"]
)
def test_added_forms_refuse_what_they_cannot_read(text: str) -> None:
    with pytest.raises(DateResolutionError):
        resolve_date(text, WED)


def test_refusals_are_cached_and_still_raise() -> None:
    for _ in range(2):
        with pytest.raises(DateResolutionError, match="'the following week'"):
            resolve_date("the following week", WED, languages=["en"])


def test_english_relative_words_never_reach_dateparser() -> None:
    code = (
        "import sys, datetime as dt\n"
        "import conflict_events as ce\n"
        "for text in ('10 days', 'the previous Friday', 'fiscal 1988 period', 'that May'):\n"
        "    try:\n"
        "        ce.resolve_date(text, dt.date(2024, 11, 27), languages=['en'])\n"
        "    except ce.DateResolutionError:\n"
        "        pass\n"
        "    else:\n"
        "        raise SystemExit(text)\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- the first-character dispatch agrees with one alternation of every rule ------------------------
def _full_alternation() -> re.Pattern[str]:
    from conflict_events.parse import _dates

    grammar = _dates._EN()
    return re.compile(
        "|".join(_dates._renamed(i, p) for i, p in enumerate(grammar.patterns) if p is not None)
    )


_FULL = _full_alternation()
_WORDS = str.split(
    "last next this the of early late mid in ago earlier later past coming a two 3 27 27th 1990 "
    "2016 twenty first eighth monday friday tue march nov may week weeks month year years day "
    "days decade century weekend summer winter christmas easter yesterday today tonight night "
    "morning 80s '80s 1980s 19th q1 first quarter half end beginning year end 2016-05-04 2016-05"
)


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
def test_dispatch_agrees_with_the_full_alternation(words: list[str]) -> None:
    from conflict_events.parse import _dates

    text = " ".join(words)
    full = _FULL.fullmatch(text)
    parsed = _dates._parse(_dates._EN(), text)
    assert (full is None) == (parsed is None)
    if full is not None and parsed is not None:
        rule = full.lastgroup or ""
        handler, groups = parsed
        assert _dates._RULES[int(rule[1:])].handler is handler
        for name, index in _FULL.groupindex.items():
            if name.startswith(rule + "_"):
                assert full.group(index) == groups.get(name[len(rule) + 1 :])


def test_keyword_table_agrees_with_the_rules() -> None:
    from conflict_events.parse import _dates

    resolve_date("yesterday", WED)  # fills the table
    keywords = _dates._EN().keywords
    assert len(keywords) > 100
    for phrase, (handler, _) in keywords.items():
        full = _FULL.fullmatch(phrase)
        if full is None:  # a filler led a phrase: the phrase's own entry (_filler_led)
            prefix = _dates._EN().prefix.match(phrase)
            assert prefix is not None
            assert keywords[phrase] is keywords[phrase[prefix.end() :]]
            continue
        assert _dates._RULES[int((full.lastgroup or "")[1:])].handler is handler


@given(
    text=st.lists(
        st.sampled_from(
            [
                "the",
                "day",
                "before",
                "after",
                "week",
                "of",
                "Dec.",
                "31",
                "Jan.",
                "1",
                "year-end",
                "fiscal",
                "FY",
                "9999",
                "1994",
                "or",
                "later",
                "much",
                "period",
                "year-ago",
                "this",
                "coming",
                "Sunday,",
                "March",
                "eighth",
                "last",
                "Tuesday",
            ]
        ),
        min_size=1,
        max_size=8,
    ).map(" ".join),
    anchor=st.dates(),
    future=st.booleans(),
)
def test_new_words_at_the_ends_of_the_calendar(text: str, anchor: dt.date, future: bool) -> None:
    # dates next to 1 January 1 and 31 December 9999 must be refused, never overflow
    try:
        s = resolve_date(text, anchor, direction="future" if future else "past", languages=["en"])
    except DateResolutionError:
        return
    assert s.start <= s.end


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("the day after Dec. 31", D(9999, 12, 31)),
        ("the day before Jan. 1", D(1, 1, 1)),
        ("the week of Dec. 31", D(9999, 12, 31)),
    ],
)
def test_days_beyond_the_calendar_are_refused(text: str, anchor: dt.date) -> None:
    with pytest.raises(DateResolutionError, match="not a real date"):
        resolve_date(text, anchor)


def test_a_month_of_the_last_year_a_date_holds_ends_on_its_last_day() -> None:
    # found by hypothesis: the month span was counted back from the next month's first day,
    # which for December 9999 does not exist
    span = resolve_date("Dec. 9999", dt.date(2000, 1, 1), direction="past")
    assert (span.start, span.end, span.precision) == (
        dt.date(9999, 12, 1),
        dt.date(9999, 12, 31),
        Precision.MONTH,
    )


def test_dateparser_never_invents_a_year_for_english() -> None:
    # dateparser reads the "29" of "27 and 29 November" as the year 1929; an English reading
    # the fast path refused stands only with its year written out
    with pytest.raises(DateResolutionError):
        resolve_date("27 and 29 November", dt.date(2024, 11, 30))
    assert resolve_date("Dec. 9999", dt.date(2024, 11, 30)).start == dt.date(9999, 12, 1)
    # digits alone name no day ("16-hour" is no 16 August); a named weekday near the anchor does
    for text in ("16-hour", "10:35 a.m."):
        with pytest.raises(DateResolutionError):
            resolve_date(text, dt.date(1998, 8, 17), direction="future")
    noon = resolve_date("noon Thursday", dt.date(1998, 8, 17), direction="future")
    assert noon.start == dt.date(1998, 8, 20)
