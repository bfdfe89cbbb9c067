"""Accuracy floors on the TempEval-3 gold dates (a regression guard; skips without the data).

The measures are benchmarks/dates.py's: the gold DATE values of the forms YYYY, YYYY-MM,
YYYY-MM-DD and YYYY-Www (each document once), resolved from their words with the document
creation time as anchor, the direction and the reference time (for "that year", "the
following month") chosen from the document as find_dates chooses them.  "Within the gold
value" is the issue's measure (the span lies in the gold value's interval, the rule dateparser
is scored by too); "exact" compares with from_timex(value, mod).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# Measured 92.4% within the gold value and 90.5% exact when these guards were set
# (benchmarks/dates.py); the target is 92% within the gold value.
WITHIN_FLOOR = 0.92
EXACT_FLOOR = 0.90


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
    within, exact = bench.library_scores(gold)  # type: ignore[attr-defined]
    assert within >= WITHIN_FLOOR
    assert exact >= EXACT_FLOOR
