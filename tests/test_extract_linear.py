"""The extractors run in time linear in the text, also on pathological repetitions.

Each test times a stage on a 10,000- and a 200,000-character repetition of one phrase and
bounds the ratio (20x the input; a quadratic stage gives 400x).  CPU time, best of three
runs with fresh copies of the text (no cache shared between runs), so a busy machine moves
both timings alike."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from conflict_events.extract._attribution import extract_attributions
from conflict_events.extract._casualties import find_casualties
from conflict_events.extract._report import extract_report

SHORT, LONG = 10_000, 200_000
# Linear is 20; the bound leaves room for noise and allocation, far below quadratic's 400.
BOUND = 80


def _best_time(run: Callable[[str], object], unit: str, size: int, salt: int) -> float:
    best = float("inf")
    for attempt in range(3):
        # A fresh string each time: the stages cache their last few texts.
        text = f"{salt}-{attempt} " + unit * (size // len(unit))
        start = time.process_time()
        run(text)
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)


def _ratio(run: Callable[[str], object], unit: str) -> float:
    return _best_time(run, unit, LONG, 1) / _best_time(run, unit, SHORT, 2)


UNITS = ["according to ", "killed ", "at least 12 ", "the ", "said the monitor ", "12 killed, "]
# A report also reads dates and names: the date scanner's worst cases join the phrases above.
REPORT_UNITS = [*UNITS, "Thursday ", "May 2023, ", "he said ", "since 2011, 12 killed; "]


@pytest.mark.slow
@pytest.mark.parametrize("unit", UNITS)
def test_attributions_are_linear(unit: str) -> None:
    assert _ratio(extract_attributions, unit) < BOUND


@pytest.mark.slow
@pytest.mark.parametrize("unit", UNITS)
def test_casualties_are_linear(unit: str) -> None:
    assert _ratio(find_casualties, unit) < BOUND


@pytest.mark.slow
@pytest.mark.parametrize("unit", REPORT_UNITS)
def test_reports_are_linear(unit: str) -> None:
    def report(text: str) -> object:
        return extract_report(text, published=dt.date(2024, 11, 30))

    assert _ratio(report, unit) < BOUND


def test_many_attributions_in_one_sentence_are_all_found() -> None:
    # The overlap test keeps the phrases in start order: every second "X said" of a run
    # without stops is its own attribution, in text order.
    text = "Activists said, " * 500
    found = extract_attributions(text)
    starts = [m.start_char for m in found]
    assert len(found) == 500
    assert starts == sorted(starts)
