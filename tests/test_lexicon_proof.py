"""The proof that no fast path needs a hand edit: words added *only* in a test lexicon — a month
name and a casualty phrase — are read through ``find_dates`` and the whole ``extract_report``
(dateline, dates, keyword index, casualty scanner, attributions, engagements), and the
built-in lexicon, which lacks them, reads nothing there."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report, find_dates, resolve_date
from conflict_events.lexicon import load

TEXT = "Militants entombed 14 quarrymen on 3 Brumaire 2024 near Idlib, activists said."
PUBLISHED = dt.date(2024, 11, 30)


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return load("en").extended(
        {
            "calendar": {"months": {"october": ["brumaire"]}},
            "casualties": {
                "left_verbs": {"killed": ["entombed"]},
                "civilian_nouns": ["quarrymen", "quarryman"],
            },
        }
    )


def test_the_built_in_lexicon_lacks_the_words() -> None:
    assert not any("Brumaire" in m.text for m in find_dates(TEXT, PUBLISHED))
    report = extract_report(TEXT, published=PUBLISHED)
    assert not [f for r in report.casualties for f in r.figures if f.count.low == 14]


def test_a_month_name_in_a_test_lexicon_is_resolved_and_found(lexicon) -> None:  # type: ignore[no-untyped-def]
    span = resolve_date("3 Brumaire 2024", PUBLISHED, lexicon=lexicon)
    assert (span.start, span.end) == (dt.date(2024, 10, 3), dt.date(2024, 10, 3))
    [mention] = [m for m in find_dates(TEXT, PUBLISHED, lexicon=lexicon) if "Brumaire" in m.text]
    assert mention.text == "3 Brumaire 2024"
    assert mention.when.start == dt.date(2024, 10, 3)


def test_a_phrase_and_a_month_in_a_test_lexicon_go_through_extract_report(lexicon) -> None:  # type: ignore[no-untyped-def]
    report = extract_report(TEXT, published=PUBLISHED, lexicon=lexicon)
    assert [d.text for d in report.dates] == ["3 Brumaire 2024"]
    figures = [
        (f.outcome.value, f.group, f.count.low) for r in report.casualties for f in r.figures
    ]
    assert figures == [("killed", "civilians", 14)]
    [casualties] = report.casualties
    assert casualties.attribution.source_name == "activists"
