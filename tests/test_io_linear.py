"""The readers take time in proportion to their input on pathological files: a huge cell, a
cell of escaped quotes or line breaks, a row of empty cells, a long JSON string, a long list,
deep nesting, thousands of keys, a huge integer.

Each input is timed at 10,000 and at 200,000 characters; the ratio of the two times, not an
absolute time, is checked: linear work gives about 20, quadratic about 400.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from conflict_events import Engagement, RowError
from conflict_events.io import acled, ucdp
from conflict_events.io.json import loads, read_jsonl

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"
ACLED = (FIXTURES / "acled_variants.csv").read_text()
ACLED_HEADER = ACLED.splitlines()[0]
UCDP = (FIXTURES / "ucdp_variants.csv").read_text()
UCDP_HEADER = UCDP.splitlines()[0]

SMALL, LARGE = 10_000, 200_000
#: Linear work scales by LARGE / SMALL = 20; the bound leaves room for noise and caches.
MAX_RATIO = 60


def _seconds(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeat):
            run()
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


def _ratio(make: Callable[[int], str], parse: Callable[[str], object]) -> float:
    small, large = make(SMALL), make(LARGE)
    parse(large)  # warm caches and imports
    return _seconds(lambda: parse(large), 1) / _seconds(lambda: parse(small), 20)


def _acled_with_notes(notes: str) -> str:
    """The fixture's first row with ``notes`` as its notes cell, written by the writer."""
    first = next(acled.read(io.StringIO(ACLED)))
    out = io.StringIO()
    acled.write([attrs.evolve(first, description=notes)], out)
    return out.getvalue()


def _read_acled(text: str) -> object:
    errors: list[RowError] = []
    return list(acled.read(io.StringIO(text), lenient=True, errors=errors))


def _read_ucdp(text: str) -> object:
    errors: list[RowError] = []
    return list(ucdp.read(io.StringIO(text), lenient=True, errors=errors))


def _read_jsonl(text: str) -> object:
    errors: list[RowError] = []
    return list(read_jsonl(io.StringIO(text), Engagement, lenient=True, errors=errors))


def _loads(text: str) -> object:
    try:
        return loads(text, Engagement)
    except ValueError as exc:
        return exc


CASES: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "acled huge cell": (lambda n: _acled_with_notes("x" * n), _read_acled),
    "acled escaped quotes": (lambda n: _acled_with_notes('"' * (n // 2)), _read_acled),
    "acled line breaks in a cell": (lambda n: _acled_with_notes("a\r\n" * (n // 3)), _read_acled),
    "acled empty cells": (lambda n: ACLED_HEADER + "\n" + "," * n + "\n", _read_acled),
    "acled bad bytes": (
        lambda n: ACLED_HEADER + "\n" + "\udce9" * n + "\n",
        _read_acled,
    ),
    "ucdp open quote to the end": (
        lambda n: UCDP_HEADER + "\n" + '1,"' + "y" * n,
        _read_ucdp,
    ),
    "jsonl long string": (
        lambda n: '{"id": "engagement:x", "description": "' + "z" * n + '"}\n',
        _read_jsonl,
    ),
    "jsonl long list": (
        lambda n: '{"tags": [' + ",".join(['"t"'] * (n // 4)) + "]}\n",
        _read_jsonl,
    ),
    "jsonl many keys": (
        lambda n: "{" + ",".join(f'"k{i}": 1' for i in range(n // 10)) + "}\n",
        _read_jsonl,
    ),
    "jsonl duplicate keys": (lambda n: "{" + ",".join(['"id": 1'] * (n // 8)) + "}\n", _read_jsonl),
    "loads deep nesting": (lambda n: "[" * (n // 2) + "]" * (n // 2), _loads),
    "loads nesting in a field": (
        lambda n: '{"tags": [' + "[" * 900 + "]" * 900 + "]," + '"x": "' + "w" * n + '"}',
        _loads,
    ),
    "loads huge integer": (lambda n: '{"confidence": ' + "9" * n + "}", _loads),
    "loads escaped quotes and colons": (
        lambda n: '{"description": "' + '\\":' * (n // 3) + '"}',
        _loads,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_readers_are_linear(case: str) -> None:
    make, parse = CASES[case]
    ratio = _ratio(make, parse)
    assert ratio < MAX_RATIO, f"{case}: 20x the input took {ratio:.0f}x the time"
