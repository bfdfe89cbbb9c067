"""``find_dates`` runs in time linear in the text in every language, on long runs of dates.

As ``tests/test_extract_linear.py``: CPU time on a 10,000- and a 200,000-character repetition
of one phrase (best of three, fresh copies), and the ratio bounded far below quadratic's 400.
Each language's derived scanner reads a tense cue near every date it finds; a long sentence of
dates must not make each date reread the whole sentence."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from conflict_events import find_dates

SHORT, LONG = 10_000, 200_000
BOUND = 80
ANCHOR = dt.date(2024, 11, 30)

UNITS = {
    "fr": "jeudi ",
    "es": "el jueves, ",
    "pt": "na quinta-feira, ",
    "de": "am Freitag ",
    "ru": "три дня назад ",
    "uk": "у четвер ",
    "tr": "perşembe günü ",
    "ar": "أمس السبت ",
}


def _best_time(language: str, unit: str, size: int, salt: int) -> float:
    best = float("inf")
    for attempt in range(3):
        text = f"{salt}-{attempt} " + unit * (size // len(unit))
        start = time.process_time()
        find_dates(text, ANCHOR, lexicon=language)
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(UNITS))
def test_dates_are_linear_in_every_language(language: str) -> None:
    unit = UNITS[language]
    find_dates(unit, ANCHOR, lexicon=language)  # the grammar compiled outside the timing
    ratio = _best_time(language, unit, LONG, 1) / _best_time(language, unit, SHORT, 2)
    assert ratio < BOUND
