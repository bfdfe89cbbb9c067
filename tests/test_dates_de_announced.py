"""German "angekündigt" (announced) tells of a past announcement, as English "announced"
does, and is no word that looks forward: a weekday in its clause is the one before the
anchor ("hatte am Montag angekündigt, … zu verlegen").  Words of a plan still look
forward ("geplant", "vorgesehen")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates

# a Tuesday
ANCHOR = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "day", "direction"),
    [
        (
            "Das Innenministerium hatte bereits am Montag angekündigt, weitere Polizisten "
            "in die Provinz zu schicken.",
            "2026-03-09",
            "past",
        ),
        (
            "Die Armee hat am Freitag angekündigt, die Straße wieder zu öffnen.",
            "2026-03-06",
            "past",
        ),
        ("Die Wahl ist für Sonntag geplant.", "2026-03-15", "future"),
        ("Der Abzug ist für Donnerstag vorgesehen.", "2026-03-12", "future"),
    ],
)
def test_announced_is_no_future_word(text: str, day: str, direction: str) -> None:
    (mention,) = find_dates(text, ANCHOR, lexicon="de")
    assert (mention.when.start.isoformat(), mention.direction) == (day, direction)
