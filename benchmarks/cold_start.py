"""Cold start: what a new process pays before its first result (issue 15, item 5).

Prints, each the median over ``--runs`` fresh Python processes, in wall time and in the
process's CPU time (which a machine busy with other work inflates less):

* ``import conflict_events``;
* the first ``find_dates`` (import included) with the on-disk caches present;
* the first ``extract_report`` (import included) with the on-disk caches present (the
  default gazetteer, the date scanner's start pattern, the compiled grammars' patterns:
  docs/architecture.md, "Caches");
* the same without caches (an empty cache directory: everything is derived, and the caches
  are written for the next process; ``--cold-runs`` processes, 0 to skip);

then the ratio of the cached first report to the 0.5 s target, and the load average before
and after (a loaded machine inflates the wall times: compare the CPU times then).

The caches and Python's bytecode are kept in a temporary directory
(``CONFLICT_EVENTS_CACHE_DIR``, ``PYTHONPYCACHEPREFIX``), so the user's own cache is
untouched and the figures are those of an installed package (whose modules are compiled to
bytecode once), whatever ``PYTHONDONTWRITEBYTECODE`` says.

Run from the repository root: ``python benchmarks/cold_start.py [--runs 7] [--cold-runs 1]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_SECONDS = 0.5
ROOT = Path(__file__).resolve().parent.parent

_PROGRAM = """
import sys, time
wall, cpu = time.perf_counter(), time.process_time()
import datetime as dt
import conflict_events as ce
imported = time.perf_counter() - wall, time.process_time() - cpu
anchor = dt.date(2024, 11, 30)
text = "Rebels said on Monday that 3 soldiers were killed near Aleppo."
if sys.argv[1] == "dates":
    ce.find_dates(text, anchor)
else:
    ce.extract_report(text, published=anchor)
print(*imported, time.perf_counter() - wall, time.process_time() - cpu)
"""


def _run(cache: Path, bytecode: Path, what: str) -> tuple[float, float, float, float]:
    """(import wall, import CPU, first call wall, first call CPU), import included, in a
    fresh process using the cache directory ``cache``."""
    environment = dict(os.environ, CONFLICT_EVENTS_CACHE_DIR=str(cache))
    environment.pop("CONFLICT_EVENTS_NO_CACHE", None)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(bytecode)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [environment.get("PYTHONPATH")])]
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, what],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    a, b, c, d = map(float, done.stdout.split())
    return a, b, c, d


def _medians(runs: list[tuple[float, float, float, float]]) -> tuple[float, ...]:
    return tuple(statistics.median(column) for column in zip(*runs, strict=True))


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per figure")
    parser.add_argument(
        "--cold-runs", type=int, default=1, help="fresh processes without caches (0: skip)"
    )
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    with tempfile.TemporaryDirectory() as folder:
        cache, bytecode = Path(folder) / "cache", Path(folder) / "bytecode"
        # Bytecode and caches written once, by a process that pays for both.
        warm_up = _run(cache, bytecode, "report")
        load_before = _load()
        cold = [
            _run(Path(folder) / f"empty-{n}", bytecode, "report") for n in range(args.cold_runs)
        ]
        dates = [_run(cache, bytecode, "dates") for _ in range(runs)]
        warm = [_run(cache, bytecode, "report") for _ in range(runs)]
        load_after = _load()
    import_wall, import_cpu, report_wall, report_cpu = _medians(warm)
    _, _, dates_wall, dates_cpu = _medians(dates)
    cores = os.cpu_count() or 1
    print(f"fresh processes per figure: {runs} (medians); cores {cores}")
    print(f"load average (1 min)               {load_before:6.2f} before, {load_after:.2f} after")
    print("                                     wall      CPU")
    print(f"import conflict_events             {import_wall:6.3f} s  {import_cpu:6.3f} s")
    print(f"first find_dates, caches           {dates_wall:6.3f} s  {dates_cpu:6.3f} s")
    print(f"first extract_report, caches       {report_wall:6.3f} s  {report_cpu:6.3f} s")
    if cold:
        _, _, cold_wall, cold_cpu = _medians(cold)
        print(f"first extract_report, no caches    {cold_wall:6.3f} s  {cold_cpu:6.3f} s")
    else:
        cold_wall = warm_up[2]
    print(
        f"cached / target ({TARGET_SECONDS} s)           {report_wall / TARGET_SECONDS:6.2f}"
        f"    {report_cpu / TARGET_SECONDS:6.2f}"
        f"  ({'met' if report_wall < TARGET_SECONDS else 'NOT met'} in wall time,"
        f" {'met' if report_cpu < TARGET_SECONDS else 'NOT met'} in CPU time)"
    )
    if max(load_before, load_after) > cores - 1:
        print(
            f"the machine is loaded (load {max(load_before, load_after):.2f} on {cores} cores):"
            " the wall times are inflated; the CPU times are the better guide"
        )
    print(f"no caches / caches                 {cold_wall / report_wall:6.1f}x")


if __name__ == "__main__":
    main()
