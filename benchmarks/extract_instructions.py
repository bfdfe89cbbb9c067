"""Instructions per article for ``extract_report`` and each of its stages, counted by valgrind.

Run: ``python benchmarks/extract_instructions.py [--articles N] [--stages dates,report,...]``

Timing on a shared machine moves by a third between runs minutes apart; the number of
instructions the interpreter executes for one article does not.  This script runs each stage
under ``valgrind --tool=callgrind`` on N new copies of the benchmark's distinct-sentence
~1,000-word article (the row of ``benchmarks/extract.py`` the 200 articles/s target is read on),
collecting only inside the measured loop (``--toggle-collect=functools_reduce``: the loop is a
``functools.reduce``, so start-up, imports and building the registry and gazetteer are not
counted), and prints millions of instructions per article.  Compare two trees by running it
in each (``git archive REV | tar -x -C /tmp/old`` and ``PYTHONPATH=/tmp/old``).

The count moves by about 1 M per article with the string hash seed (set and dict order), so
the measured process runs with ``PYTHONHASHSEED=0`` unless the caller sets another seed.
The objects of the warm-up are collected and frozen (``gc.freeze``) before the loop: otherwise
a full collection (about 90 M at this heap's size) lands inside the loop or not, by the
allocation counts, and moves the figure by a third between trees that differ in one fast path.

Needs valgrind and a CPython whose symbols are not stripped; without them it says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
STAGES = ("dates", "names", "casualties", "attributions", "report")


def _stage(name: str) -> Callable[[str], object]:
    from conflict_events.extract._attribution import extract_attributions
    from conflict_events.extract._casualties import find_casualties
    from conflict_events.extract._report import extract_report
    from conflict_events.parse._dates import find_dates
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

    registry, gazetteer = ActorRegistry.default(), Gazetteer.default()
    anchor = dt.date(2023, 5, 15)
    stages: dict[str, Callable[[str], object]] = {
        "dates": lambda t: find_dates(t, anchor),
        "names": lambda t: (registry.find_mentions(t), gazetteer.find_mentions(t)),
        "casualties": lambda t: find_casualties(t, registry=registry),
        "attributions": lambda t: extract_attributions(t, registry=registry, published=anchor),
        "report": lambda t: extract_report(t, registry=registry, gazetteer=gazetteer),
    }
    return stages[name]


def _inner(stage: str, articles: int) -> None:
    """The measured run (inside valgrind): warm up, then the loop callgrind collects."""
    sys.path.insert(0, str(ROOT))
    from extract import _distinct_article

    article = _distinct_article()
    run = _stage(stage)
    _stage("report")(article + "\n(warm)")  # compiled patterns, automata, the gazetteer index
    run(article + "\n(warm again)")
    # A full collection falls wherever the allocation counts put it: inside the loop for one
    # tree and not for another (about 90 M), so the warm objects are collected and frozen
    # first and the loop counts the articles' own work.
    gc.collect()
    gc.freeze()
    texts = [f"{article}\n(ref {i})" for i in range(articles)]
    functools.reduce(lambda _, text: run(text), texts, None)


def _count(stage: str, articles: int) -> float | None:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=functools_reduce",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--inner",
        stage,
        "--articles",
        str(articles),
    ]
    env = {"PYTHONHASHSEED": "0", **os.environ}  # one seed: a steady count
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None or int(found.group(1)) == 0:
        return None
    return int(found.group(1)) / articles / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        _inner(args.inner, args.articles)
        return
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing to count (the timing is benchmarks/extract.py)")
        return
    print(f"million instructions per ~1,000-word article (distinct sentences, {args.articles} new)")
    for stage in args.stages.split(","):
        if stage not in STAGES:
            parser.error(f"unknown stage {stage!r}; choose from {', '.join(STAGES)}")
        counted = _count(stage, args.articles)
        shown = "not counted (valgrind failed or Python's symbols are stripped)"
        print(f"  {stage:<14} {shown if counted is None else f'{counted:6.2f}'}")


if __name__ == "__main__":
    main()
