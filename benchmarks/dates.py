"""Accuracy and speed of ``resolve_date`` against dateparser on TempEval-3 gold dates.

Run: ``python benchmarks/dates.py [--misses all|ours|none] [--repeat N]``

(a) Accuracy.  For every gold ``TIMEX3`` of type ``DATE`` in ``../shared/data/tempeval3``
(TimeBank and AQUAINT) whose value is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Www``,
the annotated words are resolved with the document creation time as the anchor.

* The gold span is ``from_timex(value, mod)`` for the mods ``START`` / ``MID`` / ``END`` /
  ``APPROX`` (so "late November" is days 21-30, as the annotators marked it); one-sided mods
  (``AFTER``, ``ON_OR_AFTER``...) are ignored and the value's whole unit is the gold span.
* conflict_events is correct when the resolved span's first and last day equal the gold span's.
  Its direction comes from the tense cues ``find_dates`` uses (``direction_before``: the nearest
  cue earlier in the sentence, at most 80 characters back); the score with the direction always
  "past" is printed too.  The fallback is pinned to English, as the corpus is English.
* dateparser gets ``dateparser.parse(text, languages=['en'], settings={'RELATIVE_BASE':
  anchor, 'PREFER_DATES_FROM': 'past'})`` (and the tense-cue direction in a second column).  It
  returns a point, so it is scored leniently: correct when that point, truncated to the gold
  value's granularity (year, month, ISO week or day), equals the gold value; mods are ignored
  for it (any day of November counts for "late November").

(b) Speed: both resolve the same expressions (every gold text with its anchor) in one run;
conflict_events is timed three ways: without its result cache (every call parses), one pass
over the list starting from an empty cache (an expression repeated with the same anchor, as
"Friday" is within one article, is parsed once), and with the cache already warm.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tempeval3"
_VALUE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?")
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@attrs.frozen(kw_only=True)
class GoldDate:
    document: str
    text: str
    value: str
    mod: str | None
    anchor: dt.date
    context: str  # the document text up to the expression (for the tense cues)


def load_gold(root: Path) -> list[GoldDate]:
    gold: list[GoldDate] = []
    for path in sorted(root.glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if dct is None or body is None:
            continue
        anchor = dt.date.fromisoformat(dct.group(1)[:10])
        plain: list[str] = []
        length = 0
        open_timex: tuple[dict[str, str], int] | None = None
        position = 0
        content = body.group(1)
        for tag in _TAG.finditer(content):
            chunk = html.unescape(content[position : tag.start()])
            plain.append(chunk)
            length += len(chunk)
            position = tag.end()
            closing, name = tag.group(1), tag.group(2)
            if name != "TIMEX3":
                continue
            if not closing:
                open_timex = (dict(_ATTR.findall(tag.group(3))), length)
            elif open_timex is not None:
                attributes, start = open_timex
                open_timex = None
                value = attributes.get("value", "")
                if attributes.get("type") != "DATE" or not _VALUE.fullmatch(value):
                    continue
                text = "".join(plain)
                gold.append(
                    GoldDate(
                        document=path.stem,
                        text=text[start:length],
                        value=value,
                        mod=attributes.get("mod"),
                        anchor=anchor,
                        context=text[:start],
                    )
                )
    return gold


def gold_span(g: GoldDate) -> tuple[dt.date, dt.date]:
    from conflict_events.parse import from_timex

    mod = g.mod if g.mod in ("START", "MID", "END", "APPROX") else None
    span = from_timex(g.value, mod)
    return span.start, span.end


def truncate(day: dt.date, value: str) -> str:
    if "W" in value:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()[: len(value)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", choices=("all", "ours", "none"), default="ours")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes (best is shown)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"TempEval-3 data not found at {DATA.resolve()}; nothing to measure.")
        return 0

    import dateparser

    from conflict_events import DateResolutionError, resolve_date
    from conflict_events.parse._dates import _resolve_cached
    from conflict_events.parse._dates_find import direction_before

    gold = load_gold(DATA)
    directions = [direction_before(g.context + g.text, len(g.context)) for g in gold]

    def ours(g: GoldDate, direction: Any) -> tuple[dt.date, dt.date] | None:
        try:
            span = resolve_date(g.text, g.anchor, direction=direction, languages=["en"])
        except DateResolutionError:
            return None
        return span.start, span.end

    def theirs(g: GoldDate, direction: str) -> dt.datetime | None:
        base = dt.datetime(g.anchor.year, g.anchor.month, g.anchor.day)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": direction}
        result: dt.datetime | None = dateparser.parse(g.text, languages=["en"], settings=settings)
        return result

    ours_tense = ours_past = theirs_past = theirs_tense = 0
    misses: list[str] = []
    their_misses: list[str] = []
    for g, direction in zip(gold, directions, strict=True):
        expected = gold_span(g)
        got = ours(g, direction)
        ours_tense += got == expected
        ours_past += ours(g, "past") == expected
        point = theirs(g, "past")
        ok_theirs = point is not None and truncate(point.date(), g.value) == g.value
        theirs_past += ok_theirs
        point_tense = theirs(g, direction)
        theirs_tense += point_tense is not None and truncate(point_tense.date(), g.value) == g.value
        label = f"{g.document}: {g.text!r} anchor {g.anchor} gold {g.value}"
        label += f" {g.mod}" if g.mod else ""
        if got != expected:
            shown = f"{got[0]}..{got[1]}" if got else "error"
            misses.append(f"  {label} ({direction}) -> {shown}")
        if not ok_theirs:
            their_misses.append(f"  {label} -> {point.date() if point else None}")

    n = len(gold)
    print(f"TempEval-3 gold DATE expressions (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www): {n}")
    print(f"{'':34}{'conflict_events':>17}{'dateparser':>12}")
    print(f"{'direction from tense cues':34}{ours_tense / n:>17.1%}{theirs_tense / n:>12.1%}")
    print(f"{'direction always past':34}{ours_past / n:>17.1%}{theirs_past / n:>12.1%}")
    if args.misses in ("ours", "all"):
        print(f"\nconflict_events misses ({len(misses)}, tense-cue direction):")
        print("\n".join(misses))
    if args.misses == "all":
        print(f"\ndateparser misses ({len(their_misses)}, past):")
        print("\n".join(their_misses))

    # (b) speed on the same expressions
    calls = [(g.text, g.anchor, d) for g, d in zip(gold, directions, strict=True)]
    uncached = _resolve_cached.__wrapped__

    def run_ours_uncached() -> None:
        for text, anchor, direction in calls:
            with contextlib.suppress(DateResolutionError):
                uncached(text, anchor, direction == "future", ("en",))

    def run_ours_cached() -> None:
        for text, anchor, direction in calls:
            with contextlib.suppress(DateResolutionError):
                resolve_date(text, anchor, direction=direction, languages=["en"])

    def run_dateparser() -> None:
        for text, anchor, direction in calls:
            base = dt.datetime(anchor.year, anchor.month, anchor.day)
            dateparser.parse(
                text,
                languages=["en"],
                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": direction},
            )

    def best(run: Callable[[], None]) -> float:
        run()  # warm up (imports, dateparser's caches, our result cache)
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        return min(times) / len(calls) * 1e6

    def run_ours_one_pass() -> None:
        _resolve_cached.cache_clear()  # each pass starts empty; repeats within it hit
        run_ours_cached()

    ours_cold = best(run_ours_uncached)
    ours_pass = best(run_ours_one_pass)
    ours_warm = best(run_ours_cached)
    theirs_us = best(run_dateparser)
    print(f"\nspeed over the same {len(calls)} expressions (best of {args.repeat} passes):")
    print(f"  dateparser.parse(languages=['en'])      {theirs_us:9.1f} us/expression")
    print(
        f"  resolve_date, no result cache           {ours_cold:9.1f} us/expression"
        f"  ({theirs_us / ours_cold:.0f}x faster)"
    )
    print(
        f"  resolve_date, one pass, empty cache     {ours_pass:9.1f} us/expression"
        f"  ({theirs_us / ours_pass:.0f}x faster)"
    )
    print(
        f"  resolve_date, result cache warm         {ours_warm:9.1f} us/expression"
        f"  ({theirs_us / ours_warm:.0f}x faster)"
    )
    print(f"  'dateparser' imported by conflict_events fast path: {_fast_path_imports()}")
    return 0


def _fast_path_imports() -> bool:
    import subprocess

    code = (
        "import sys, datetime as dt, conflict_events as ce;"
        "ce.resolve_date('last Friday', dt.date(2024, 11, 27));"
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


if __name__ == "__main__":
    sys.exit(main())
