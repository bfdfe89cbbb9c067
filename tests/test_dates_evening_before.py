"""The evening before the day the text named last, in every language that has a word for it
(thirteenth session of 2026-12-07): de "am Vorabend", fr "la veille au soir", es "la noche
anterior", pt "na noite anterior" / "na véspera à noite", ru "накануне вечером", uk
"напередодні ввечері" (``grammar.previous_day_part``, docs/dates.md).  Counted from the day
named before it, as English's "the evening before"; with none named, from the publication day.
Every text was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates

ANCHOR = dt.date(2025, 6, 13)  # a Friday


def _spans(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [
        (m.text, m.when.start.isoformat(), m.when.precision.value)
        for m in find_dates(text, ANCHOR, lexicon=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        ("Am Mittwoch explodierte eine Mine. Am Vorabend hatten Rebellen die Straße blockiert.",
         "de", "Am Vorabend"),
        ("Mercredi, une mine a explosé. La veille au soir, des rebelles avaient bloqué la route.",
         "fr", "La veille au soir"),
        ("El miércoles estalló una mina. La noche anterior, rebeldes habían bloqueado la vía.",
         "es", "La noche anterior"),
        ("Na quarta-feira explodiu uma mina. Na noite anterior, rebeldes bloquearam a estrada.",
         "pt", "Na noite anterior"),
        ("В среду взорвалась мина. Накануне вечером боевики перекрыли дорогу.", "ru",
         "Накануне вечером"),
        ("У середу вибухнула міна. Напередодні ввечері бойовики перекрили дорогу.", "uk",
         "Напередодні ввечері"),
    ],
)  # fmt: skip
def test_evening_before_the_day_named(text: str, lang: str, phrase: str) -> None:
    # Wednesday 11 June 2025: the evening before is Tuesday the 10th
    assert _spans(text, lang)[-1] == (phrase, "2025-06-10", "part_of_day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am Vorabend hatten Rebellen die Straße blockiert.", "de"),
        ("La noche anterior, rebeldes habían bloqueado la vía.", "es"),
        ("Na véspera à noite, rebeldes bloquearam a estrada.", "pt"),
    ],
)  # fmt: skip
def test_evening_before_without_a_day_named(text: str, lang: str) -> None:
    # no day named before it: the evening before the publication day
    [(_, start, precision)] = _spans(text, lang)
    assert (start, precision) == ("2025-06-12", "part_of_day")
