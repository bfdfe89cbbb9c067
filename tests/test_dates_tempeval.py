"""Accuracy floor on the TempEval-3 gold dates (a regression guard; skips without the data).

The measure is benchmarks/dates.py's: the gold DATE values of the forms YYYY, YYYY-MM,
YYYY-MM-DD and YYYY-Www (each document once), resolved from their words with the document
creation time as anchor, the direction chosen as find_dates chooses it (the tense of the
sentence in the whole document, then the year-style check), compared with
from_timex(value, mod).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conflict_events import DateResolutionError, resolve_date

# Measured 89.3% when this guard was set (benchmarks/dates.py); the floor leaves a little room
# for deliberate semantic fixes.
FLOOR = 0.885


def _benchmark_module() -> object:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "dates.py"
    spec = importlib.util.spec_from_file_location("_dates_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tempeval_accuracy_floor(shared_data: Path) -> None:
    root = shared_data / "tempeval3"
    if not root.is_dir():
        pytest.skip(f"TempEval-3 data not found at {root}")
    bench = _benchmark_module()
    gold = bench.load_gold(root)  # type: ignore[attr-defined]
    assert len(gold) > 1000
    correct = 0
    for g in gold:
        direction = bench.library_direction(g)  # type: ignore[attr-defined]
        try:
            span = resolve_date(g.text, g.anchor, direction=direction, languages=["en"])
        except DateResolutionError:
            continue
        correct += (span.start, span.end) == bench.gold_span(g)  # type: ignore[attr-defined]
    assert correct / len(gold) >= FLOOR
