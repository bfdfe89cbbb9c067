"""English on the scanner derived from the resolver's rules (seventeenth session): the one
date grammar's find side.  Each mention's direction is the verb-group reader's, read through
the text's sentence stops (a window with no word that could carry a tense reads "past"
without being tokenised), so a text of thousands of dates costs about what the hand-kept
scanner's did; and the expressions the two grammars used to disagree on are found whole, as
``resolve_date`` reads them."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from conflict_events import find_dates, resolve_date
from conflict_events.parse._dates import read_in_context

ANCHOR = dt.date(2024, 11, 30)


def _cpu(text: str) -> float:
    start = time.process_time()
    find_dates(text, ANCHOR)
    return time.process_time() - start


@pytest.mark.parametrize("unit", ["Monday ", "Nov. 27 ", "last week, "])
def test_a_long_run_of_english_dates_reads_no_window_twice(unit: str) -> None:
    find_dates(unit, ANCHOR)  # the grammar compiled outside the timing
    # far below the ten seconds tests/test_find_dates.py allows under any load
    assert _cpu(unit * (60_000 // len(unit))) < 3.0


def test_directions_are_the_full_rules_past_the_sentence_stops_shortcut() -> None:
    # more than 64 tense readings in one text, so the cue index is used, with tense words in
    # some sentences and none in others
    sentences = [
        "Talks will resume on Monday.",
        "Rebels shelled the town on Friday.",
        "Monday Tuesday Wednesday",
        "The ceasefire is expected to hold until Thursday, officials said.",
    ]
    text = " ".join(sentences[i % len(sentences)] for i in range(120))
    found = find_dates(text, ANCHOR)
    assert len(found) > 150
    reference = None
    for m in found:
        assert read_in_context(text, m.start_char, m.end_char, ANCHOR, reference) == (
            m.direction,
            m.when,
        )
        reference = m.when


# Expressions the hand-kept scanner found only in part (or not at all) while resolve_date read
# them whole: now found as read.  (sentence, the mention, its first day)
WHOLE = [
    ("The treaty was signed in nineteen ninety-six, envoys said.", "nineteen ninety-six",
     dt.date(1996, 1, 1)),
    ("Sales rose in the week of March 6, the company said.", "the week of March 6",
     dt.date(2024, 3, 4)),
    ("The plant closed a week or so ago, workers said.", "a week or so ago",
     dt.date(2024, 11, 18)),
    # "May" is a date after a word that makes it one ("by", "in"), the verb "may" never
    ("Shelling has intensified this year, and by May the front had moved.", "May",
     dt.date(2024, 5, 1)),
    ("Attacks rose through the current year, the monitor said.", "the current year",
     dt.date(2024, 1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "mention", "first"), WHOLE)
def test_a_date_the_resolver_reads_is_found_whole(
    sentence: str, mention: str, first: dt.date
) -> None:
    found = find_dates(sentence, ANCHOR)
    assert mention in [m.text for m in found]
    [m] = [m for m in found if m.text == mention]
    span = resolve_date(mention, ANCHOR, direction=m.direction)
    assert (m.when.start, m.when.end, m.when.precision, m.when.approximate) == (
        span.start,
        span.end,
        span.precision,
        span.approximate,
    )
    assert m.when.start == first


def test_jan_the_name_is_no_month() -> None:
    found = find_dates("Foreign Minister Jan Kavan said on Monday the talks failed.", ANCHOR)
    assert [m.text for m in found] == ["Monday"]
