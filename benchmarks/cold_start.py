"""Cold start: what a new process pays before its first result (issue 15, item 5).

Prints, each measured in fresh Python processes (best of ``--runs``):

* the time to ``import conflict_events``;
* the first ``extract_report`` (import included) with the on-disk caches present (the
  default gazetteer, the date scanner's compiled form and prefilter, the date keyword
  table: see docs/dates.md, "Loading time");
* the same without caches (an empty cache directory: everything is derived, and the caches
  are written for the next process);

and the ratio of the cached first report to the 0.5 s target.  The caches are kept in a
temporary directory (``CONFLICT_EVENTS_CACHE_DIR``), so the user's own cache is untouched.

Run from the repository root: ``python benchmarks/cold_start.py [--runs 3]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_SECONDS = 0.5

_PROGRAM = """
import time
t0 = time.perf_counter()
import datetime as dt
import conflict_events as ce
t1 = time.perf_counter()
ce.extract_report(
    "Rebels said on Monday that 3 soldiers were killed near Aleppo.",
    published=dt.date(2024, 11, 30),
)
t2 = time.perf_counter()
print(t1 - t0, t2 - t0)
"""


def _run(cache: Path) -> tuple[float, float]:
    """(import, import + first extract_report) in a fresh process using ``cache``."""
    environment = dict(os.environ, CONFLICT_EVENTS_CACHE_DIR=str(cache))
    environment.pop("CONFLICT_EVENTS_NO_CACHE", None)
    root = Path(__file__).resolve().parent.parent
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(root), *filter(None, [environment.get("PYTHONPATH")])]
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    imported, first = map(float, done.stdout.split())
    return imported, first


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure")
    runs = parser.parse_args(argv).runs
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as folder:
        cold: list[tuple[float, float]] = []
        for run in range(runs):
            empty = Path(folder) / f"empty-{run}"
            cold.append(_run(empty))
        warm_cache = Path(folder) / "empty-0"  # written by the first cold run
        warm = [_run(warm_cache) for _ in range(runs)]
    best_import = min(i for i, _ in warm)
    best_warm = min(f for _, f in warm)
    best_cold = min(f for _, f in cold)
    print(f"load average (1 min)               {load:6.2f}")
    print(f"import conflict_events             {best_import:6.3f} s")
    print(f"first extract_report, caches       {best_warm:6.3f} s  (best of {runs})")
    print(f"first extract_report, no caches    {best_cold:6.3f} s  (best of {runs})")
    print(
        f"cached / target ({TARGET_SECONDS} s)           {best_warm / TARGET_SECONDS:6.2f}"
        f"  ({'met' if best_warm < TARGET_SECONDS else 'NOT met'})"
    )
    print(f"no caches / caches                 {best_cold / best_warm:6.1f}x")


if __name__ == "__main__":
    main()
