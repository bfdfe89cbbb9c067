"""How fast the Hypothesis strategies draw: 500 engagements, against a target of 0.8 seconds.

Run: ``python benchmarks/strategies.py [--examples N] [--repeat R]``

One ``@given(engagements())`` test with ``max_examples=N`` (generation only: no shrinking, no
example database, no deadline) is run ``R`` times; the line printed is the best run's CPU time
of this process (the machine may be shared: CPU time and the best of several runs keep other
processes' load out of most of the figure) and its ratio to the target (under 1.00 meets it).
Issue 17 asks for under 1 s; the target is set clearly below that so that a loaded machine
still meets the issue.  The time includes Hypothesis's own engine work per example, which is
what a test suite pays: nearly all of it is per draw, so the strategies draw as few times as
they can (see docs/strategies.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the tree this script belongs to, not an installed copy

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

from conflict_events import Engagement  # noqa: E402
from conflict_events.strategies import engagements  # noqa: E402

TARGET = 0.8  # seconds for 500 engagements
ISSUE_BUDGET = 1.0  # what issue 17 asks for


def draw_seconds(examples: int) -> tuple[float, int]:
    """CPU seconds to draw ``examples`` engagements, and how many were drawn."""
    drawn = 0

    @settings(
        max_examples=examples,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(engagements())
    def draw(e: Engagement) -> None:
        nonlocal drawn
        drawn += 1

    start = time.process_time()
    draw()
    return time.process_time() - start, drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = [draw_seconds(args.examples) for _ in range(args.repeat)]
    seconds, drawn = min(runs)
    scale = args.examples / 500
    target, budget = TARGET * scale, ISSUE_BUDGET * scale
    print(
        f"{drawn} engagements drawn in {seconds:.2f} s CPU (best of {args.repeat}); "
        f"ratio to the {target:g} s target: {seconds / target:.2f} "
        f"(to the issue's {budget:g} s: {seconds / budget:.2f}); "
        f"load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
