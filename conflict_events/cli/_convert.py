"""``conflict-events convert`` and ``conflict-events validate``: bulk files between ACLED CSV,
UCDP GED CSV, JSON Lines and Parquet, with a progress bar on stderr and an error summary."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

import click

from conflict_events._errors import ConflictEventsError, FileError, RowError
from conflict_events.io._files import check_not_same, open_source
from conflict_events.model import Engagement

__all__ = ["COMMANDS", "convert", "validate"]

READ_FORMATS = ("acled", "ucdp", "jsonl", "parquet")
WRITE_FORMATS = ("acled", "ucdp", "jsonl", "parquet")
#: How many errors the summary quotes in full (all are counted).
SHOWN_ERRORS = 10
#: Files smaller than this get no progress bar.
PROGRESS_MIN_BYTES = 1 << 20


class _ProgressLines:
    """The lines of a text file, advancing a click progress bar by the characters handed out
    (the CSV and JSON Lines readers only iterate over lines)."""

    def __init__(self, inner: IO[str], bar: Any) -> None:
        self._inner = inner
        self._bar = bar

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._inner)
        self._bar.update(len(line))
        return line


def guess_format(path: Path) -> str:
    """The input format of ``path`` from its extension, else from its CSV header.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = p.write_text("event_id_cnty,event_date\\n")
    >>> guess_format(p)
    'acled'
    """
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            header = fh.readline(1 << 16)
    except OSError as exc:
        raise FileError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    names = {name.strip().strip('"') for name in header.split(",")}
    if "event_id_cnty" in names:
        return "acled"
    if {"relid", "side_a", "date_prec"} & names:
        return "ucdp"
    raise click.UsageError(f"cannot tell the format of {str(path)!r}; pass --from")


def _read(
    fmt: str,
    fh: IO[str] | None,
    path: Path,
    lenient: bool,
    errors: list[RowError],
    notices: list[RowError] | None = None,
) -> Iterator[Engagement]:
    if fmt == "parquet":
        from conflict_events.io import arrow

        return arrow.read_parquet(path, lenient=lenient, errors=errors)
    assert fh is not None
    if fmt == "jsonl":
        from conflict_events.io.json import read_jsonl

        return read_jsonl(fh, Engagement, lenient=lenient, errors=errors)
    if fmt == "acled":
        from conflict_events.io import acled

        return acled.read(fh, lenient=lenient, errors=errors)
    from conflict_events.io import ucdp

    return ucdp.read(fh, lenient=lenient, errors=errors, notices=notices)


def _write(
    fmt: str, engagements: Iterable[Engagement], path: Path, lenient: bool, errors: list[RowError]
) -> int:
    if fmt == "parquet":
        from conflict_events.io import arrow

        return arrow.write_parquet(engagements, path)
    if fmt == "jsonl":
        from conflict_events.io.json import write_jsonl

        return write_jsonl(engagements, path)
    if fmt == "acled":
        from conflict_events.io import acled

        return acled.write(engagements, path, lenient=lenient, errors=errors)
    from conflict_events.io import ucdp

    return ucdp.write(engagements, path, lenient=lenient, errors=errors)


def _summary(what: str, errors: list[RowError], *, every: bool = False) -> None:
    """Tell ``errors`` on stderr: the first ten in full, then counts by column (``every``:
    all of them in full)."""
    if not errors:
        return
    click.echo(f"{len(errors)} {what}:", err=True)
    shown = errors if every else errors[:SHOWN_ERRORS]
    for err in shown:
        click.echo(f"  {err}", err=True)
    if len(errors) > len(shown):
        click.echo(f"  ... and {len(errors) - SHOWN_ERRORS} more", err=True)
        by_column = Counter(err.column or "(row)" for err in errors)
        listed = ", ".join(f"{column}: {n}" for column, n in by_column.most_common(10))
        click.echo(f"  by column: {listed}", err=True)


def _run(
    path: Path,
    fmt: str,
    lenient: bool,
    progress: bool | None,
    consume: Any,
    notices: list[RowError] | None = None,
) -> list[RowError]:
    """Open ``path`` with a progress bar (for long files on a terminal) and hand the
    engagements it reads to ``consume``; returns the reading errors (and appends the rows the
    reader flags but keeps to ``notices``)."""
    errors: list[RowError] = []
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise FileError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    show = progress if progress is not None else size >= PROGRESS_MIN_BYTES
    if fmt == "parquet":
        consume(_read(fmt, None, path, lenient, errors, notices))
        return errors
    # undecodable bytes are kept for the readers to report row by row (see io._files)
    with open_source(path) as fh:
        if not show:
            consume(_read(fmt, fh, path, lenient, errors, notices))
            return errors
        bar: Any = click.progressbar(length=size, label=f"reading {path.name}", file=sys.stderr)
        with bar:
            lines = cast("IO[str]", _ProgressLines(fh, bar))
            consume(_read(fmt, lines, path, lenient, errors, notices))
    return errors


_progress_option = click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: for files of 1 MiB and more).",
)


@click.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@click.option("--from", "from_format", type=click.Choice(READ_FORMATS), help="Input format.")
@click.option(
    "--to", "to_format", type=click.Choice(WRITE_FORMATS), required=True, help="Output format."
)
@click.option(
    "--lenient",
    is_flag=True,
    help="Skip bad rows (and write what the output format can hold) instead of stopping.",
)
@_progress_option
def convert(
    source: Path,
    target: Path,
    from_format: str | None,
    to_format: str,
    lenient: bool,
    progress: bool | None,
) -> None:
    """Convert SOURCE to TARGET between ACLED CSV, UCDP GED CSV, JSON Lines and Parquet.

    Bad input rows, and values the output format cannot hold, stop the conversion with exit
    code 1; with --lenient they are summarised on stderr and the rest is converted.  TARGET
    is replaced only when the conversion succeeds: a failure or Ctrl-C leaves it as it was.
    """
    write_errors: list[RowError] = []
    written = 0

    def consume(engagements: Iterator[Engagement]) -> None:
        nonlocal written
        written = _write(to_format, engagements, target, lenient, write_errors)

    try:
        # the output replaces its file only once complete (io writes atomically), but
        # writing over the input would still lose it: refuse the same file, or a link to it
        check_not_same(source, target)
        fmt = from_format or guess_format(source)
        read_errors = _run(source, fmt, lenient, progress, consume)
    except ConflictEventsError as exc:
        raise click.ClickException(str(exc)) from None
    _summary("bad input rows skipped", read_errors)
    _summary("rows written with values the output format cannot hold", write_errors)
    click.echo(f"wrote {written} engagements to {target}", err=True)


@click.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from", "from_format", type=click.Choice(READ_FORMATS), help="Input format.")
@_progress_option
def validate(source: Path, from_format: str | None, progress: bool | None) -> None:
    """Check every row of SOURCE against the model; list the bad ones (exit code 1 if any),
    then every notice the reader collected: rows read as published but worth a look, such
    as UCDP estimates out of order (low <= best <= high broken)."""
    count = 0
    notices: list[RowError] = []

    def consume(engagements: Iterator[Engagement]) -> None:
        nonlocal count
        for _ in engagements:
            count += 1

    try:
        fmt = from_format or guess_format(source)
        errors = _run(source, fmt, True, progress, consume, notices)
    except ConflictEventsError as exc:
        raise click.ClickException(str(exc)) from None
    _summary("bad rows", errors)
    _summary("notices (rows read as published)", notices, every=True)
    click.echo(
        f"{count} valid engagements, {len(errors)} bad rows, {len(notices)} notices in {source}",
        err=True,
    )
    if errors:
        raise SystemExit(1)


COMMANDS = [convert, validate]
