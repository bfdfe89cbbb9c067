"""TimeSpan to and from TIMEX3 values and EDTF strings."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import DateResolutionError, Precision, TimeSpan, ValidationError
from conflict_events.parse import from_edtf, from_timex, to_edtf, to_timex

D = dt.date


@pytest.mark.parametrize(
    ("value", "mod", "start", "end", "precision"),
    [
        ("1998-01-08", None, D(1998, 1, 8), D(1998, 1, 8), "day"),
        ("1998-01-08T14:30", None, D(1998, 1, 8), D(1998, 1, 8), "day"),
        ("2012-12", None, D(2012, 12, 1), D(2012, 12, 31), "month"),
        ("2013-W11", None, D(2013, 3, 11), D(2013, 3, 17), "week"),
        ("2009-W01", None, D(2008, 12, 29), D(2009, 1, 4), "week"),  # ISO year starts early
        ("2013-W11-WE", None, D(2013, 3, 16), D(2013, 3, 17), "interval"),
        ("1998", None, D(1998, 1, 1), D(1998, 12, 31), "year"),
        ("199", None, D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("19", None, D(1900, 1, 1), D(1999, 12, 31), "century"),
        ("2016-SU", None, D(2016, 6, 1), D(2016, 8, 31), "season"),
        ("2016-WI", None, D(2016, 12, 1), D(2017, 2, 28), "season"),
        ("2016-Q2", None, D(2016, 4, 1), D(2016, 6, 30), "part_of_year"),
        ("2016-H2", None, D(2016, 7, 1), D(2016, 12, 31), "part_of_year"),
        ("1998-11", "START", D(1998, 11, 1), D(1998, 11, 10), "part_of_month"),
        ("1998-11", "MID", D(1998, 11, 11), D(1998, 11, 20), "part_of_month"),
        ("1998-11", "END", D(1998, 11, 21), D(1998, 11, 30), "part_of_month"),
        ("2024-02", "END", D(2024, 2, 21), D(2024, 2, 29), "part_of_month"),
        ("1996", "MID", D(1996, 5, 1), D(1996, 8, 31), "part_of_year"),
        ("1989-W44", "END", D(1989, 11, 3), D(1989, 11, 5), "interval"),
        ("199", "START", D(1990, 1, 1), D(1993, 12, 31), "interval"),
    ],
)
def test_from_timex(
    value: str, mod: str | None, start: dt.date, end: dt.date, precision: str
) -> None:
    span = from_timex(value, mod)
    assert (span.start, span.end, span.precision.value) == (start, end, precision)


def test_approx_mod_sets_the_flag() -> None:
    assert from_timex("1994", "APPROX").approximate
    assert not from_timex("1994").approximate


@pytest.mark.parametrize(
    ("value", "mod"),
    [
        ("PRESENT_REF", None),
        ("XXXX-XX-XX", None),
        ("1998-13", None),
        ("1998-02-30", None),
        ("2013-W54", None),
        ("00", None),
        ("1959", "AFTER"),
        ("1994", "ON_OR_AFTER"),
        ("1994", "SOMETIMES"),
        ("2016-SU", "END"),
        ("", None),
    ],
)
def test_from_timex_refuses(value: str, mod: str | None) -> None:
    with pytest.raises(DateResolutionError) as info:
        from_timex(value, mod)
    assert repr(value) in str(info.value)


@pytest.mark.parametrize(
    ("span", "value", "mod"),
    [
        (TimeSpan.on(D(1998, 1, 8)), "1998-01-08", None),
        (TimeSpan.of_week(D(2013, 3, 13)), "2013-W11", None),
        (TimeSpan.of_week(D(2008, 12, 30)), "2009-W01", None),
        (TimeSpan.of_month(2012, 12), "2012-12", None),
        (TimeSpan.of_year(1998, approximate=True), "1998", "APPROX"),
        (TimeSpan.of_decade(1987), "198", None),
        (
            TimeSpan(start=D(2024, 11, 21), end=D(2024, 11, 30), precision="part_of_month"),
            "2024-11",
            "END",
        ),
        (
            TimeSpan(start=D(2016, 1, 1), end=D(2016, 4, 30), precision="part_of_year"),
            "2016",
            "START",
        ),
        (
            TimeSpan(start=D(2016, 7, 1), end=D(2016, 9, 30), precision="part_of_year"),
            "2016-Q3",
            None,
        ),
        (TimeSpan(start=D(2016, 3, 1), end=D(2016, 5, 31), precision="season"), "2016-SP", None),
    ],
)
def test_to_timex(span: TimeSpan, value: str, mod: str | None) -> None:
    assert to_timex(span) == (value, mod)


def test_to_timex_refuses_intervals() -> None:
    with pytest.raises(ValidationError):
        to_timex(TimeSpan.between(D(2024, 11, 27), D(2024, 11, 29)))


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (TimeSpan.on(D(2024, 11, 27)), "2024-11-27"),
        (TimeSpan.of_month(2024, 11, approximate=True), "2024-11~"),
        (TimeSpan.of_year(2016), "2016"),
        (TimeSpan.of_decade(1980), "198X"),
        (
            TimeSpan(start=D(1900, 1, 1), end=D(1999, 12, 31), precision="century"),
            "19XX",
        ),
        (TimeSpan(start=D(2016, 6, 1), end=D(2016, 8, 31), precision="season"), "2016-22"),
        (
            TimeSpan(start=D(2016, 1, 1), end=D(2016, 3, 31), precision="part_of_year"),
            "2016-33",
        ),
        (TimeSpan.of_week(D(2013, 3, 13)), "2013-03-11/2013-03-17"),
        (TimeSpan.between(D(2024, 11, 27), D(2024, 11, 29)), "2024-11-27/2024-11-29"),
        (
            TimeSpan.between(D(2024, 11, 27), D(2024, 11, 29), approximate=True),
            "2024-11-27~/2024-11-29~",
        ),
    ],
)
def test_to_edtf(span: TimeSpan, text: str) -> None:
    assert to_edtf(span) == text


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "approximate"),
    [
        ("2024-11-27", D(2024, 11, 27), D(2024, 11, 27), "day", False),
        ("2024-11?", D(2024, 11, 1), D(2024, 11, 30), "month", True),
        ("2024~", D(2024, 1, 1), D(2024, 12, 31), "year", True),
        ("198X", D(1980, 1, 1), D(1989, 12, 31), "decade", False),
        ("2016-24", D(2016, 12, 1), D(2017, 2, 28), "season", False),
        ("2016-41", D(2016, 7, 1), D(2016, 12, 31), "part_of_year", False),
        ("2024-11-27/2024-12", D(2024, 11, 27), D(2024, 12, 31), "interval", False),
    ],
)
def test_from_edtf(
    text: str, start: dt.date, end: dt.date, precision: str, approximate: bool
) -> None:
    span = from_edtf(text)
    assert (span.start, span.end, span.precision.value, span.approximate) == (
        start,
        end,
        precision,
        approximate,
    )


@pytest.mark.parametrize(
    "text", ["", "2024/..", "../2024", "2024-13", "2024-12/2024-01", "0000", "nonsense", "1" * 60]
)
def test_from_edtf_refuses(text: str) -> None:
    with pytest.raises(DateResolutionError):
        from_edtf(text)


calendar_spans = st.one_of(
    st.dates(min_value=D(1000, 1, 1), max_value=D(2999, 12, 31)).map(TimeSpan.on),
    st.dates(min_value=D(1000, 1, 8), max_value=D(2999, 12, 24)).map(TimeSpan.of_week),
    st.tuples(st.integers(1000, 2999), st.integers(1, 12)).map(lambda ym: TimeSpan.of_month(*ym)),
    st.integers(1000, 2999).map(TimeSpan.of_year),
    st.integers(1000, 2999).map(TimeSpan.of_decade),
)


@given(calendar_spans, st.booleans())
def test_timex_round_trip(span: TimeSpan, approximate: bool) -> None:
    span = TimeSpan(
        start=span.start, end=span.end, precision=span.precision, approximate=approximate
    )
    assert from_timex(*to_timex(span)) == span


@given(calendar_spans, st.booleans())
def test_edtf_round_trip(span: TimeSpan, approximate: bool) -> None:
    span = TimeSpan(
        start=span.start, end=span.end, precision=span.precision, approximate=approximate
    )
    back = from_edtf(to_edtf(span))
    assert (back.start, back.end, back.approximate) == (span.start, span.end, approximate)
    if span.precision is not Precision.WEEK:  # EDTF has no week; it comes back an interval
        assert back.precision is span.precision


@given(st.text(max_size=30), st.one_of(st.none(), st.text(max_size=12)))
def test_from_timex_only_raises_its_error(value: str, mod: str | None) -> None:
    with contextlib.suppress(DateResolutionError):
        from_timex(value, mod)


@given(st.text(max_size=30))
def test_from_edtf_only_raises_its_error(text: str) -> None:
    with contextlib.suppress(DateResolutionError):
        from_edtf(text)
