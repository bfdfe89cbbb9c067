"""Instructions per expression of ``resolve_date`` per language, and where they go, by valgrind.

Run: ``python benchmarks/resolve_instructions.py [--languages es,uk] [--passes 3]
[--bytecodes]``

The calls are those ``benchmarks/dates.py --languages`` times (the answer keys' date
expressions and the rules' examples the library reads, in its ``spread`` order), made to
``_resolve_uncached`` as that benchmark makes them (no result cache).  Under ``valgrind
--tool=callgrind`` each measured loop is a ``functools.reduce`` (``--collect-atstart=no
--toggle-collect=functools_reduce --dump-after=functools_reduce``: one count per loop; the
start-up, the grammar and the warm-up passes are not counted), run with ``PYTHONHASHSEED=0``
(set and dict order move the count by a percent or two).  The count of a loop that does
nothing is taken off each step's, so a step's figure is what its own calls cost:

* ``whole``: ``_resolve_uncached(grammar, text, anchor, False, None)``, the benchmark's call;
* ``normalise``: ``_normalised`` (lower case, the normal-form test, the hedge-after and fiscal
  cues);
* ``route``: the route of the normalised text's first two words (a dict look-up);
* ``keywords``: the keyword table's look-up of the normalised text;
* ``core``: ``_resolve_core`` given the route (the parse, the handler, the constructions);
* ``handler``: the handlers alone, called with the groups the parse gives (texts read in
  one pass by a rule or the keyword table);
* ``hedge``: the hedge verdict (``route[5] and _hedge_of``);
* ``span``: building the ``TimeSpan`` (``trusted_span`` for the calendar tables' spans,
  ``resolved_span``, the constructor and the class's checks across fields, for the others).

The steps overlap (``core`` holds ``keywords`` and ``handler``), so they do not add up to
``whole``; ``whole`` less ``normalise``, ``core``, ``hedge`` and ``span`` is the frame of
``_resolve_uncached`` itself.  ``--bytecodes`` counts instead, without valgrind, the
bytecodes the interpreter runs per call, by function (``sys.settrace`` with opcode events):
what a frame costs in the instruction count is about 70 instructions a bytecode.

Needs valgrind and a CPython whose symbols are not stripped; without them it says so and exits 0.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import functools
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
LANGUAGES = ("fr", "es", "pt", "ar", "de", "ru", "uk", "tr")
STEPS = ("nothing", "whole", "normalise", "route", "keywords", "core", "handler", "hedge", "span")


def _calls(code: str) -> list[tuple[str, dt.date]]:
    sys.path.insert(0, str(ROOT))
    from dates import language_expressions

    return language_expressions(code)


def _loops(code: str) -> dict[str, tuple[Callable[..., object], list[tuple[Any, ...]]]]:
    """Per step, the function a loop calls and the arguments of each of its calls."""
    from conflict_events.lexicon import load
    from conflict_events.model._time import resolved_span, trusted_span
    from conflict_events.parse import _dates as d

    gr = d._grammar(load(code))
    calls = _calls(code)
    normalised, routed, cored, handled, hedged, spans = [], [], [], [], [], []
    for text, anchor in calls:
        found = d._normalised(gr, text)
        if isinstance(found, str):
            continue
        s, approximate = found
        route = gr.routes.get(d._first_two_words(s)) or gr.route(d._first_two_words(s))
        normalised.append((gr, text))
        routed.append((d._first_two_words(s),))
        cored.append((gr, s, anchor, False, None, route))
        hedged.append((route, gr, s))
        parsed = gr.keywords.get(s) or d._parse_uncached(gr, s)
        if parsed is not None:
            handled.append((parsed[0], gr, parsed[1], anchor, False))
        try:
            span = d._resolve_core(gr, s, anchor, False, None, route)
        except d._RejectError:
            continue
        if span is not None:
            make = trusted_span if type(span) is d._CheckedSpan else resolved_span
            spans.append((make, *span, approximate, text, anchor))

    def whole(text: str, anchor: dt.date) -> object:
        return d._resolve_uncached(gr, text, anchor, False, None)

    def route_of(word: str) -> object:
        return gr.routes.get(word) or gr.route(word)

    def keyword(gr: Any, s: str, *_: object) -> object:
        return gr.keywords.get(s)

    def core(*args: Any) -> object:
        d._LAST_PARSE = None, "", None  # a parse is never served from the call before
        return d._resolve_core(*args)

    def handler(h: Callable[..., object], *args: object) -> object:
        try:
            return h(*args)
        except Exception:  # a rejected date costs what it costs
            return None

    def hedge(route: Any, gr: Any, s: str) -> object:
        return route[5] and d._hedge_of(gr, s)

    def span(make: Callable[..., object], *args: object) -> object:
        return make(*args)

    def nothing(*_: object) -> None:
        return None

    return {
        "nothing": (nothing, [(text,) for text, _ in calls]),
        "whole": (whole, calls),
        "normalise": (d._normalised, normalised),
        "route": (route_of, routed),
        "keywords": (keyword, cored),
        "core": (core, cored),
        "handler": (handler, handled),
        "hedge": (hedge, hedged),
        "span": (span, spans),
    }


def _inner(code: str, passes: int) -> None:
    """The measured process (inside valgrind): per step, two warm-up passes, then the loop
    callgrind counts; prints each loop's number of calls."""
    loops = _loops(code)
    for step in STEPS:
        function, calls = loops[step]
        for _ in range(2):
            for args in calls:
                function(*args)
        functools.reduce(lambda _, args: function(*args), calls * passes, None)
        print(step, len(calls) * passes, flush=True)


def _count(code: str, passes: int) -> dict[str, float] | None:
    """Instructions per call of each step (the empty loop's taken off), or None."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "cg.out")
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce",
            "--dump-after=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--inner",
            code,
            "--passes",
            str(passes),
        ]
        env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
        if done.returncode != 0:
            return None
        sizes = [(line.split()[0], int(line.split()[1])) for line in done.stdout.splitlines()]
        dumps = sorted(glob.glob(out + ".*"), key=lambda p: int(p.rsplit(".", 1)[1]))
        totals = []
        for path in dumps:
            found = re.search(r"^(?:summary|totals): (\d+)", Path(path).read_text(), re.M)
            totals.append(int(found.group(1)) if found else 0)
        if len(totals) != len(sizes):
            return None
    per_call = {step: total / n for (step, n), total in zip(sizes, totals, strict=True) if n}
    loop = per_call.get("nothing", 0.0)
    return {step: cost - loop for step, cost in per_call.items() if step != "nothing"}


def _bytecodes(code: str) -> tuple[int, collections.Counter[str]]:
    """The number of calls and the bytecodes they run, by function (one pass, after two)."""
    from conflict_events.lexicon import load
    from conflict_events.parse import _dates as d

    gr = d._grammar(load(code))
    function, calls = _loops(code)["whole"]
    for _ in range(2):
        for args in calls:
            function(*args)
    counts: collections.Counter[str] = collections.Counter()

    def trace(frame: Any, event: str, arg: object) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            counts[frame.f_code.co_qualname] += 1
        return trace

    sys.settrace(trace)
    try:
        for text, anchor in calls:
            d._resolve_uncached(gr, text, anchor, False, None)
    finally:
        sys.settrace(None)
    return len(calls), counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--bytecodes", action="store_true", help="count bytecodes, no valgrind")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inner:
        _inner(args.inner, args.passes)
        return 0
    codes = args.languages.split(",")
    if args.bytecodes:
        for code in codes:
            n, counts = _bytecodes(code)
            total = sum(counts.values())
            print(f"{code}: {total / n:.0f} bytecodes per call ({n} calls)")
            for name, count in counts.most_common(12):
                print(f"  {count / n:8.1f}  {name}")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing to count (the timing is benchmarks/dates.py)")
        return 0
    print("instructions per call, by step (callgrind; the empty loop's cost taken off)")
    print(f"  {'lang':6}" + "".join(f"{step:>10}" for step in STEPS[1:]))
    for code in codes:
        counted = _count(code, args.passes)
        if counted is None:
            print(f"  {code:6}not counted (valgrind failed or Python's symbols are stripped)")
            continue
        print(f"  {code:6}" + "".join(f"{counted.get(step, 0):>10,.0f}" for step in STEPS[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
