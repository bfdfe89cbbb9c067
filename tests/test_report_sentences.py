"""The body's sentences: a heading is left out, a last line without a stop is not (an event
note is often one such line)."""

from __future__ import annotations

import datetime as dt

from conflict_events import extract_report
from conflict_events.extract._report import _body_sentences
from conflict_events.lexicon import load

DAY = dt.date(2022, 5, 20)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in _body_sentences(text, 0, load("en"))]


def test_a_short_note_without_a_stop_is_a_sentence() -> None:
    note = "Traders protested in Parakou against new market taxes"
    assert _sentences(note) == [note]
    assert _sentences(note + "  \n") == [note]
    report = extract_report(note, published=DAY)
    assert [str(e.event_type) for e in report.engagements] == ["protests"]


def test_a_heading_that_text_follows_is_left_out() -> None:
    text = (
        "Traders Protest in Parakou\n"
        "Traders protested in Parakou on Monday against new market taxes.\n"
        "Police dispersed the crowd"
    )
    assert _sentences(text) == [
        "Traders protested in Parakou on Monday against new market taxes.",
        "Police dispersed the crowd",
    ]
    # A long line without a stop is a sentence wherever it stands.
    long_line = (
        "Gunmen attacked a police post near the border town overnight and burned two vehicles"
    )
    assert _sentences(long_line + "\nThe attackers fled.") == [long_line, "The attackers fled."]
