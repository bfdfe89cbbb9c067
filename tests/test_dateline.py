"""Datelines: which header lines give the publication date, and when the anchor is suspect."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import Gazetteer, Location, extract_report
from conflict_events.extract._dateline import (
    YEARLESS_DATE_WINDOW_DAYS,
    Dateline,
    anchor_warnings,
    find_dateline,
)
from conflict_events.model import TimeSpan
from conflict_events.parse._dates import DateMention

D = dt.date


@pytest.mark.parametrize(
    ("header", "date", "outlet"),
    [
        ("Published: 30 November 2024", D(2024, 11, 30), None),
        ("Published: 30 November 2024 | Levant Wire", D(2024, 11, 30), "Levant Wire"),
        ("Published on Nov. 30, 2024", D(2024, 11, 30), None),
        ("Updated: December 2, 2024 09:15 GMT", D(2024, 12, 2), None),
        ("Date: 2024-11-30", D(2024, 11, 30), None),
        ("POSTED 3rd December 2024 by A. Writer | Orontes Daily", D(2024, 12, 3), "Orontes Daily"),
        ("Saturday, November 30, 2024", D(2024, 11, 30), None),
        ("Sat 30 November 2024 — Northern Monitor", D(2024, 11, 30), "Northern Monitor"),
        ("2024-11-30", D(2024, 11, 30), None),
    ],
)
def test_labelled_and_bare_lines(header: str, date: dt.date, outlet: str | None) -> None:
    found = find_dateline(header + "\nRebels entered the city on Friday.")
    assert found is not None
    assert found.date == date
    assert found.outlet == outlet
    assert found.end == len(header)  # the body starts on the next line


def test_wire_dateline_with_place_agency_and_same_line_body() -> None:
    text = "ALEPPO, Syria, Nov 30, 2024 (AFP) — Rebels entered the city."
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.outlet, found.date) == ("ALEPPO, Syria", "AFP", D(2024, 11, 30))
    assert text[found.end :] == "Rebels entered the city."


def test_wire_dateline_without_year_has_no_date() -> None:
    found = find_dateline("BEIRUT, Dec 2 (Reuters) - Rebels advanced.")
    assert found is not None
    assert (found.year, found.month, found.day) == (None, 12, 2)
    assert found.date is None


def test_wire_dateline_without_a_date_names_place_and_outlet() -> None:
    found = find_dateline("BEIRUT (Reuters) - Rebels advanced.")
    assert found is not None
    assert (found.place, found.outlet, found.month, found.day, found.date) == (
        "BEIRUT",
        "Reuters",
        None,
        None,
        None,
    )
    assert found.end == len("BEIRUT (Reuters) - ")


def test_a_mixed_case_place_without_a_date_needs_a_known_agency() -> None:
    assert find_dateline("Odessa (dpa) - Drohnen trafen die Stadt.", lexicon="de") is not None
    # a name in brackets after a capitalised word is no dateline unless the outlet is known
    assert find_dateline("Rebels (HTS) - what we know\nText") is None


def test_bare_weekday_line_without_year_is_a_dateline_that_cannot_anchor() -> None:
    found = find_dateline("Monday, July 28\nRebels entered the city on Friday.")
    assert found is not None
    assert found.date is None
    assert found.weekday == 0


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered Aleppo on November 30, 2024.",  # a date in prose
        "November 30\nRebels entered the city.",  # no year and no weekday
        "Published: Nov 31, 2024\nText",  # no such day
        "Published: 30 November\nText",  # a labelled line must give the year
        "",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_only_the_first_five_non_blank_lines_are_searched() -> None:
    head = "\n\n".join(f"Line {i} of the story." for i in range(5))
    assert find_dateline(head + "\nPublished: 30 November 2024") is None
    head4 = "\n\n".join(f"Line {i} of the story." for i in range(4))
    found = find_dateline(head4 + "\nPublished: 30 November 2024")
    assert found is not None
    assert found.date == D(2024, 11, 30)


def test_weekday_problem() -> None:
    wrong = find_dateline("Monday, July 28, 2024")  # 2024-07-28 was a Sunday
    assert wrong is not None
    assert wrong.weekday_problem() == (
        "dateline 'Monday, July 28, 2024' names a Monday, but 2024-07-28 is a Sunday"
    )
    right = find_dateline("Sunday, July 28, 2024")
    assert right is not None
    assert right.weekday_problem() is None


def _mention(text: str, when: TimeSpan) -> DateMention:
    return DateMention(
        text=text, start_char=100, end_char=100 + len(text), direction="past", when=when
    )


def test_yearless_dates_far_from_the_anchor_warn() -> None:
    # A "Monday, July 28" dateline over a story about late November.
    anchor = D(2025, 7, 28)
    mentions = [
        _mention("November 27", TimeSpan.on(D(2024, 11, 27))),
        _mention(
            "late November",
            TimeSpan.between(D(2024, 11, 21), D(2024, 11, 30), precision="part_of_month"),
        ),
    ]
    dateline = Dateline(
        text="Monday, July 28, 2025", start=0, end=21, year=2025, month=7, day=28, weekday=0
    )
    warnings = anchor_warnings(anchor, dateline=dateline, given=False, dates=mentions)
    assert len(warnings) == 1
    # The nearest year-less date is late November, which ends 240 days before the anchor.
    assert "240 days from 'late November'" in warnings[0]
    assert "dateline 'Monday, July 28, 2025'" in warnings[0]


def test_yearless_dates_near_the_anchor_and_dates_with_years_do_not_warn() -> None:
    anchor = D(2024, 11, 30)
    near = [_mention("November 27", TimeSpan.on(D(2024, 11, 27)))]
    assert anchor_warnings(anchor, dateline=None, given=True, dates=near) == []
    with_year = [_mention("March 2011", TimeSpan.of_month(2011, 3))]
    assert anchor_warnings(anchor, dateline=None, given=True, dates=with_year) == []
    weekday = [_mention("Thursday", TimeSpan.on(D(2024, 11, 28)))]
    assert anchor_warnings(anchor, dateline=None, given=True, dates=weekday) == []


def test_window_edge() -> None:
    anchor = D(2024, 12, 31)
    edge = D(2024, 12, 31) - dt.timedelta(days=YEARLESS_DATE_WINDOW_DAYS)
    at_edge = [_mention(edge.strftime("%B %d"), TimeSpan.on(edge))]
    assert anchor_warnings(anchor, dateline=None, given=True, dates=at_edge) == []
    beyond = edge - dt.timedelta(days=1)
    past_edge = [_mention(beyond.strftime("%B %d"), TimeSpan.on(beyond))]
    assert len(anchor_warnings(anchor, dateline=None, given=True, dates=past_edge)) == 1


def test_given_date_that_differs_from_the_dateline_warns() -> None:
    dateline = find_dateline("Published: 30 November 2024\nText")
    warnings = anchor_warnings(D(2024, 12, 2), dateline=dateline, given=True, dates=[])
    assert warnings == [
        "dateline 'Published: 30 November 2024' gives 2024-11-30, "
        "but the publication date given is 2024-12-02"
    ]


@given(st.text())
def test_find_dateline_never_raises(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert 0 <= found.start <= found.end <= len(text)


def test_long_adversarial_header_lines_are_handled() -> None:
    for text in (
        "A" * 200_000,
        "ALEPPO, " * 20_000,
        "Published: " + "1 " * 50_000,
        ("Monday, " * 30_000) + "\n",
    ):
        assert find_dateline(text) is None


def test_extract_report_reads_a_place_only_dateline_with_the_callers_gazetteer() -> None:
    """A mixed-case place alone before a dash is a dateline only when the gazetteer knows
    it; extract_report asks the gazetteer it was given."""
    text = (
        "Gunmen attack a market\n"
        "Lower Fennick - Gunmen killed three traders in the market on Monday, police said.\n"
    )
    known = Gazetteer.from_locations(
        [Location(name="Lower Fennick", kind="town", country="NG", gazetteer_id="t:1")]
    )
    published = dt.date(2025, 3, 4)
    with_place = extract_report(text, published=published, gazetteer=known)
    assert with_place.dateline is not None
    assert with_place.dateline.place == "Lower Fennick"
    without = extract_report(text, published=published)
    assert without.dateline is None
