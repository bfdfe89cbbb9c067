"""Readable plain-text tables for the command line: an article's records and the reconciled
estimates.  The tables are laid out by rich (docs/cli.md says why): columns fit the terminal's
width, long cells wrap instead of being cut, and there is no colour and no box drawing, so
output pipes and diffs cleanly."""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from conflict_events.model import Attribution, Count, Engagement, TimeSpan
from conflict_events.model._display import count_text, span_dates

if TYPE_CHECKING:
    from conflict_events.extract._report import ArticleReport
    from conflict_events.resolve._reconcile import Estimate

__all__ = [
    "format_attribution",
    "format_count",
    "format_span",
    "render_estimates",
    "render_report",
    "table",
    "terminal_width",
]

#: Columns holding identifiers: kept on one line whenever they fit in half the width.
ID_COLUMNS = frozenset({"id", "source", "factions"})
#: A wrapped column keeps at least this many characters a line (or its widest cell).
MIN_WRAPPED = 8


def terminal_width() -> int | None:
    """The width tables are laid out to: ``$COLUMNS`` if set, the terminal's width when
    standard output is a terminal, else ``None`` (no limit: pipes and files get whole lines).

    >>> import os; saved = os.environ.get("COLUMNS"); os.environ["COLUMNS"] = "100"
    >>> terminal_width()
    100
    >>> _ = os.environ.pop("COLUMNS") if saved is None else os.environ.update(COLUMNS=saved)
    """
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        if sys.stdout.isatty():
            return shutil.get_terminal_size().columns
    except (AttributeError, ValueError):  # a closed or replaced stdout
        pass
    return None


def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, width: int | None = None
) -> str:
    """Rows under headers, laid out by rich within ``width`` characters (default:
    :func:`terminal_width`).  A cell too long for its column wraps onto more lines; no
    cell is ever cut, and identifier columns stay whole when they can.

    >>> print(table(["a", "bb"], [[1, "x"], [22, "[y]"]]))
    a   bb
    --- ---
    1   x
    22  [y]
    """
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if width is None:
        width = terminal_width()
    cells = [[" ".join(str(value).split()) for value in row] for row in rows]
    # a rule under the header, and nothing else: no frame, no column separators
    plain = box.Box("    \n    \n -  \n    \n    \n    \n    \n    \n")
    grid = Table(box=plain, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    naturals = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    words = [
        max([len(w) for row in cells for w in row[i].split()], default=0)
        for i in range(len(headers))
    ]
    wholes = [
        h in ID_COLUMNS and (width is None or n <= width // 2)
        for h, n in zip(headers, naturals, strict=True)
    ]
    floors = _floors(naturals, words, wholes, width)
    for header, whole, floor in zip(headers, wholes, floors, strict=True):
        grid.add_column(
            header,
            overflow="fold",  # never an ellipsis: a long id wraps, it is not hidden
            no_wrap=whole,
            min_width=floor,
        )
    for row in cells:
        grid.add_row(*(Text(value) for value in row))  # Text: "[actor:x]" is not markup
    out = io.StringIO()
    console = Console(
        file=out,
        width=width or 1 << 16,
        color_system=None,
        force_terminal=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    console.print(grid, crop=False)  # a row wider than the width is wrapped, never cut
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


def _floors(
    naturals: Sequence[int], words: Sequence[int], wholes: Sequence[bool], width: int | None
) -> list[int | None]:
    """The narrowest each column may get (``None``: rich decides).  Whole identifier columns
    keep their width; the others keep their longest word (so "[actor:sohr]" is not folded),
    else as much of it as a fair share of ``width`` allows, else a few characters: the first
    of these that fits in ``width``."""
    if width is None:
        return [None] * len(naturals)
    gaps = len(naturals)  # one space after each column
    free = width - gaps - sum(n for n, w in zip(naturals, wholes, strict=True) if w)
    share = free // max(1, wholes.count(False))
    tiers = (
        [max(min(n, MIN_WRAPPED), word) for n, word in zip(naturals, words, strict=True)],
        [
            max(min(n, MIN_WRAPPED), min(word, share))
            for n, word in zip(naturals, words, strict=True)
        ],
        [min(n, MIN_WRAPPED) for n in naturals],
    )
    for wanted in tiers:
        floors = [n if w else f for n, f, w in zip(naturals, wanted, wholes, strict=True)]
        if sum(floors) + gaps <= width:
            return [None if w else f for f, w in zip(wanted, wholes, strict=True)]
    return [None] * len(naturals)


def format_count(count: Count) -> str:
    """A count as a reader writes it: ``28``, ``>300``, ``>=20``, ``<=50``, ``~1000``,
    ``10-15``, ``24-99 (vague)``.

    >>> format_count(Count(low=300, high=None, qualifier="more_than", figure=300))
    '>300'
    >>> format_count(Count(low=10, high=15, qualifier="range"))
    '10-15'
    """
    return count_text(count)  # the model's one short form (str(count))


def format_span(span: TimeSpan) -> str:
    """A span as ``2024-11-28`` or ``2024-11-27..2024-11-30``, with ``~`` when approximate.

    >>> import datetime as dt
    >>> format_span(TimeSpan.between(dt.date(2024, 11, 27), dt.date(2024, 11, 30)))
    '2024-11-27..2024-11-30'
    """
    return span_dates(span)


def format_attribution(attribution: Attribution) -> str:
    """Who says so: ``actor:sohr (reported)``, or the source's name as written.

    >>> format_attribution(Attribution(source_name="rescuers", claim="claimed"))
    'rescuers (claimed)'
    """
    who = attribution.source or attribution.source_name or "?"
    if attribution.source and attribution.source_name:
        who = f"{attribution.source_name} [{attribution.source}]"
    extra = (
        ""
        if attribution.verification.value == "unverified"
        else f", {attribution.verification.value}"
    )
    return f"{who} ({attribution.claim.value}{extra})"


def _factions(engagement: Engagement) -> str:
    sides = []
    for faction in engagement.factions:
        side = faction.lead
        for member in faction.associates:
            mark = "+" if member.role.value == "allied_with" else "backed by "
            side += f" {mark}{member.actor}"
        sides.append(side)
    return " vs ".join(sides) or "-"


def render_report(report: ArticleReport, *, title: str) -> str:
    """One article's records as titled tables: anchor, warnings, dates, actors, places,
    casualty figures (each with its count, qualifier and source) and candidate engagements."""
    out = [f"== {title} =="]
    how: str = report.anchor_source
    if report.dateline is not None and how == "dateline":
        how = f"dateline {report.dateline.text!r}"
    out.append(f"publication date: {report.anchor.isoformat()} ({how})")
    if report.source or report.source_name:
        out.append(
            f"source: {report.source_name or report.source}"
            + (f" [{report.source}]" if report.source and report.source_name else "")
        )
    out += [f"warning: {w}" for w in report.warnings]

    out.append(f"\nDates ({len(report.dates)})")
    out.append(
        table(
            ["text", "span", "precision"],
            [[d.text, format_span(d.when), d.when.precision.value] for d in report.dates],
        )
    )
    counts: dict[tuple[str, str], int] = {}
    for m in report.actors:
        key = (m.entity_id, m.text)
        counts[key] = counts.get(key, 0) + 1
    out.append(f"\nActors ({len(report.actors)} mentions)")
    out.append(table(["id", "as written", "times"], [[k[0], k[1], n] for k, n in counts.items()]))
    counts = {}
    for m in report.places:
        key = (m.entity_id, m.text)
        counts[key] = counts.get(key, 0) + 1
    out.append(f"\nPlaces ({len(report.places)} mentions)")
    out.append(table(["id", "as written", "times"], [[k[0], k[1], n] for k, n in counts.items()]))

    figure_rows: list[list[object]] = [
        [
            f.outcome.value,
            f.group,
            format_count(f.count),
            f.count.qualifier.value,
            f.count.text or "",
            format_attribution(r.attribution),
        ]
        for r in report.casualties
        for f in r.figures
    ]
    out.append(f"\nCasualty figures ({len(figure_rows)})")
    headers = ["outcome", "group", "count", "qualifier", "as written", "source"]
    out.append(table(headers, figure_rows))

    rows: list[list[object]] = []
    for e in report.engagements:
        where = e.location.name if e.location is not None else "-"
        figures = sum(len(r.figures) for r in e.casualties)
        rows.append(
            [
                (e.sub_event_type or e.event_type).value,
                format_span(e.when),
                where,
                _factions(e),
                figures,
                e.confidence if e.confidence is not None else "",
            ]
        )
    out.append(f"\nCandidate engagements ({len(rows)})")
    out.append(table(["type", "when", "where", "factions", "figures", "conf"], rows))
    return "\n".join(out)


def render_estimates(
    estimates: Sequence[Estimate], claims_of: dict[int, list[str]], *, scope: str
) -> str:
    """Reconciled estimates of one scope: per (outcome, group) the low / best / high, whether
    reports conflict, and under it every claim with its source and file (``claims_of[i]``),
    then the estimates of the subgroups the sources name inside the group."""
    out = [f"== Reconciled estimates: {scope} ({len(estimates)}) =="]
    for i, est in enumerate(estimates):
        conflict = "  CONFLICT" if est.conflict else ""
        high = f"{est.high}+ (a claim sets no upper bound)" if est.high_unbounded else est.high
        out.append(
            f"\n{est.outcome.value} / {est.group}: low {est.low}, best {est.best}, high {high}"
            f"{conflict}"
        )
        out += [f"  - {line}" for line in claims_of.get(i, [])]
        for sub in est.subgroups:  # "three women" among eleven civilians: inside the group
            conflict = "  CONFLICT" if sub.conflict else ""
            high = f"{sub.high}+" if sub.high_unbounded else sub.high
            out.append(
                f"  of whom {sub.subgroup}: low {sub.low}, best {sub.best}, high {high}{conflict}"
            )
    return "\n".join(out)
