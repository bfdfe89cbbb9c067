"""find_dates: date expressions in running text, their offsets, spans and tense direction."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import DateMention, find_dates, resolve_date
from conflict_events.parse._dates import read_in_context
from conflict_events.parse._dates_tense import direction_at, sentence_bounds

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


# -- tense: the verb group nearest the date in its clause ------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "mention", "direction", "day"),
    [
        # a reporting verb after a comma is another clause; "will" governs the date
        ("Talks will resume Monday, officials said.", "Monday", "future", D(2024, 12, 2)),
        # a date opening the sentence takes the verb that follows
        ("On Monday, the envoy said the talks had stalled.", "Monday", "past", D(2024, 11, 25)),
        ("On Tuesday, the president will visit the border.", "Tuesday", "future", D(2024, 12, 3)),
        # the group's first auxiliary decides: "will be paid" is future, "paid" alone past
        ("The wages will be paid on Friday, he said.", "Friday", "future", D(2024, 12, 6)),
        ("The wages were paid on Friday.", "Friday", "past", D(2024, 11, 29)),
        # a past auxiliary with a plan still looks forward
        ("Negotiators did not plan to meet before Monday.", "Monday", "future", D(2024, 12, 2)),
        # a modal perfect looks back
        ("The vote may have taken place on Tuesday.", "Tuesday", "past", D(2024, 11, 26)),
        # "could" is as often past as not: no cue, so past
        ("Neither side could be reached on Thursday.", "Thursday", "past", D(2024, 11, 28)),
        # "expected" inside a hyphenated adjective is not a verb
        (
            "A lower-than-expected turnout on Wednesday dented hopes.",
            "Wednesday",
            "past",
            D(2024, 11, 27),
        ),
        # "next to" is a place, not a time
        ("Shells landed next to the school on Friday.", "Friday", "past", D(2024, 11, 29)),
        # "until" makes a deadline, unless it opens the sentence before a past verb
        ("Until Friday, the road was open.", "Friday", "past", D(2024, 11, 29)),
        ("The crossing stays shut until Friday.", "Friday", "future", D(2024, 12, 6)),
        # a possessive date names an event's day; another clause's verb says nothing about it
        (
            "After Wednesday's vote, the council will meet again.",
            "Wednesday's",
            "past",
            D(2024, 11, 27),
        ),
        # a sentence ends after a number too ("Dec. 7." is not an initial)
        (
            "Troops will withdraw by Dec. 7. In trading on Friday, shares fell.",
            "Friday",
            "past",
            D(2024, 11, 29),
        ),
        # the cue may lie more than 80 characters before the date, in the same sentence
        (
            "The minister is scheduled to spend only a few hours in the capital, her first stop"
            " on a tour of the region, on Tuesday morning.",
            "Tuesday morning",
            "future",
            D(2024, 12, 3),
        ),
    ],
)
def test_tense_of_the_nearest_verb_group(
    sentence: str, mention: str, direction: str, day: dt.date
) -> None:
    (m,) = [m for m in find_dates(sentence, SAT) if m.text == mention]
    assert (m.direction, m.when.start) == (direction, day)


def test_since_before_a_date_is_past() -> None:
    text = "The ship has been at sea since March and was scheduled to return."
    start = text.index("March")
    assert direction_at(text, start, start + 5) == "past"


@pytest.mark.parametrize(
    ("sentence", "anchor", "mention", "day"),
    [
        # past by tense, but last year's 14 January would carry its year: this year's, 8 days on
        ("The court set a hearing for Jan. 14.", D(2025, 1, 6), "Jan. 14", D(2025, 1, 14)),
        ("The offer was extended to Nov. 20.", D(2024, 11, 2), "Nov. 20", D(2024, 11, 20)),
        ("The offer was extended to November.", D(2024, 10, 30), "November", D(2024, 11, 1)),
        # future by tense, but next year's 7 August is a year away; this year's was 11 days ago
        ("The envoy will report on the Aug. 7 talks.", D(2024, 8, 18), "Aug. 7", D(2024, 8, 7)),
        # the other reading is far: the tense stands
        ("Rebels seized the town on Dec. 28.", D(2025, 1, 6), "Dec. 28", D(2024, 12, 28)),
        # both readings in the anchor's year: the tense stands
        ("The firm announced the deal in January.", D(2024, 11, 2), "January", D(2024, 1, 1)),
    ],
)
def test_year_style_check(sentence: str, anchor: dt.date, mention: str, day: dt.date) -> None:
    (m,) = [m for m in find_dates(sentence, anchor) if m.text == mention]
    assert m.when.start == day


def test_read_in_context_matches_find_dates() -> None:
    text = "The court set a hearing for Jan. 14, and rebels attacked on Friday."
    anchor = D(2025, 1, 6)
    for m in find_dates(text, anchor):
        assert read_in_context(text, m.start_char, m.end_char, anchor) == (m.direction, m.when)


def test_new_forms_are_found() -> None:
    anchor = D(1998, 3, 5)
    text = (
        "Women's Day is this coming Sunday, March eighth. Profit in fiscal 1997 rose from the"
        " year-ago level. The board met the day before last Tuesday. Output will recover by"
        " year-end. Demand for 1999 or later is high."
    )
    assert [(m.text, m.when.start, m.when.end) for m in find_dates(text, anchor)] == [
        ("this coming Sunday, March eighth", D(1998, 3, 8), D(1998, 3, 8)),
        ("fiscal 1997", D(1997, 1, 1), D(1997, 12, 31)),
        ("year-ago", D(1997, 1, 1), D(1997, 12, 31)),
        ("the day before last Tuesday", D(1998, 3, 2), D(1998, 3, 2)),
        ("year-end", D(1998, 12, 31), D(1998, 12, 31)),
    ]


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 40))
def test_direction_at_any_text(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert direction_at(text, start, end) in ("past", "future")
    assert sentence_bounds(text, start, end)[0] <= start


def test_many_verbs_stay_linear() -> None:
    # a safety bound, not a speed target: every mention looks at a bounded window only
    text = ("Rebels said they will attack on Friday and were expected Monday " * 3000).strip()
    t0 = time.perf_counter()
    assert len(find_dates(text, SAT)) == 6000
    assert time.perf_counter() - t0 < 20.0


def test_since_before_a_date_looks_back_even_when_a_comma_follows() -> None:
    # "since" decides before any verb of another segment does ("will say" is future)
    text = "Fighting since Monday, the ministry will say, has killed dozens."
    start = text.index("Monday")
    assert direction_at(text, start, start + 6) == "past"


@pytest.mark.parametrize(
    ("sentence", "mention", "day", "precision"),
    [
        ("Gunmen attacked a village late on Sunday, the army said.", "late on Sunday", 24, "part_of_day"),
        ("Militants stormed a post before dawn on Tuesday.", "before dawn on Tuesday", 26, "part_of_day"),
        ("The convoy was hit early on Monday morning.", "early on Monday morning", 25, "part_of_day"),
        ("Shelling resumed shortly after midnight on Friday.", "shortly after midnight on Friday", 29, "part_of_day"),
        ("Fighters entered the town in the early hours of Sunday.", "the early hours of Sunday", 24, "part_of_day"),
        ("A curfew began at noon Thursday, police said.", "noon Thursday", 28, "part_of_day"),
        ("The strike came before dawn yesterday.", "before dawn yesterday", 29, "part_of_day"),
        # "later" keeps the whole day, as "later Friday" does
        ("Talks broke down later on Friday.", "later on Friday", 29, "day"),
        # "before" with no part of day is no part of a day (an open span: only the day is found)
        ("The town fell before Tuesday.", "Tuesday", 26, "day"),
    ],
)  # fmt: skip
def test_part_of_day_before_a_day(sentence: str, mention: str, day: int, precision: str) -> None:
    [m] = find_dates(sentence, SAT)
    assert (m.text, m.when.start, m.when.end, m.when.precision.value) == (
        mention,
        D(2024, 11, day),
        D(2024, 11, day),
        precision,
    )
    assert resolve_date(mention, SAT) == m.when
