"""``conflict-events extract INPUT...``: the records of news articles — from text files,
folders, corpus files (JSON Lines, CSV, Parquet) or standard input — printed for reading, as
JSON, or written as flat tables; for several articles, the reconciled casualty estimates with
every claim and its source."""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import click

from conflict_events.cli._options import IsoDate, name_files, names_options

if TYPE_CHECKING:
    from conflict_events.corpus import Article, ArticleError
    from conflict_events.extract._report import ArticleReport
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._reconcile import Estimate
    from conflict_events.resolve._registry import ActorRegistry

__all__ = [
    "COMMANDS",
    "FORMATS",
    "extract",
    "print_reports",
]

#: Output formats printed on stdout (without ``--out``).
FORMATS = ("table", "json", "jsonl", "records")
#: Input formats of a corpus (``text`` is one article per file).
INPUT_FORMATS = ("text", "jsonl", "csv", "parquet")
#: The tables written by ``--out`` unless ``--tables`` names others.
DEFAULT_TABLES = "figures,engagements"


def _estimate_lines(
    estimates: Sequence[Estimate], reports: Sequence[tuple[str, ArticleReport]]
) -> dict[int, list[str]]:
    from conflict_events.cli._format import format_attribution, format_count

    # A claim holds the very figure object of its report, so identity finds its file.
    origin: dict[int, str] = {}
    for label, report in reports:
        for casualty in report.casualties:
            for figure in casualty.figures:
                origin[id(figure)] = label
    lines: dict[int, list[str]] = {}
    for i, est in enumerate(estimates):
        for claim in est.claims:
            where = origin.get(id(claim.figure), "?")
            line = (
                f"{format_count(claim.figure.count)}  {format_attribution(claim.attribution)}"
                f"  [{where}]"
            )
            # One source's earlier figures: the claim grew (153 -> 412 -> 910).
            earlier = [
                f"{format_count(e.figure.count)} [{origin.get(id(e.figure), '?')}]"
                for e in claim.earlier
            ]
            if earlier:
                line += f"  (earlier: {', '.join(earlier)})"
            lines.setdefault(i, []).append(line)
    return lines


def _table_output(reports: Iterable[ArticleReport]) -> None:
    from conflict_events.cli._format import render_estimates, render_report
    from conflict_events.resolve._reconcile import reconcile

    done: list[tuple[str, ArticleReport]] = []
    for report in reports:
        label = report.article_id or "article"
        click.echo(("\n" if done else "") + render_report(report, title=label))
        done.append((label, report))
    if len(done) > 1:
        by_incident = reconcile([report for _, report in done], by="incident")
        for incident, found in by_incident.items():
            estimates = list(found.values())
            if not estimates:
                continue
            lines = _estimate_lines(estimates, done)
            click.echo("\n" + render_estimates(estimates, lines, scope=str(incident)))


def _estimate_records(done: Sequence[tuple[str, ArticleReport]]) -> list[dict[str, Any]]:
    from conflict_events.io._converter import unstructure
    from conflict_events.resolve._reconcile import reconcile

    if len(done) < 2:
        return []
    by_incident = reconcile([report for _, report in done], by="incident")
    return [
        {
            "type": "estimate",
            "scope": str(incident),
            "incident": unstructure(incident),
            **unstructure(estimate),
        }
        for incident, found in by_incident.items()
        for estimate in found.values()
    ]


def print_reports(reports: Iterable[ArticleReport], fmt: str = "table") -> None:
    """Print ``reports`` on stdout as they come, in ``fmt``:

    * ``table``: per article its tables, then (for several) the reconciled estimates;
    * ``json``: one document ``{"schema_version", "reports", "estimates"}``;
    * ``jsonl``: the candidate engagements, one JSON object per line in the library's JSON
      form (what ``conflict-events convert`` reads);
    * ``records``: the article reports, then the estimates, one JSON record per line.

    >>> from conflict_events import extract_report
    >>> import datetime as dt
    >>> r = extract_report("Shelling killed four civilians in Binnish on Monday.",
    ...                    published=dt.date(2024, 11, 30))
    >>> print_reports([r], "jsonl")  # doctest: +ELLIPSIS
    {"id":"engagement:...","event_type":"explosions_remote_violence",...}
    """
    import orjson

    from conflict_events.io._converter import SCHEMA_VERSION

    if fmt == "table":
        _table_output(reports)
        return
    if fmt == "jsonl":
        from conflict_events.io.json import dumps

        for report in reports:
            for engagement in report.engagements:
                click.echo(dumps(engagement))
        return
    done: list[tuple[str, ArticleReport]] = []
    records: list[dict[str, Any]] = []
    for report in reports:
        label = report.article_id or "article"
        record = {"type": "article_report", "file": label, **report.to_dict()}
        done.append((label, report))
        if fmt == "records":
            click.echo(orjson.dumps({**record, "schema_version": SCHEMA_VERSION}).decode())
        else:
            records.append(record)
    estimates = _estimate_records(done)
    if fmt == "records":
        for record in estimates:
            click.echo(orjson.dumps({**record, "schema_version": SCHEMA_VERSION}).decode())
        return
    document = {"schema_version": SCHEMA_VERSION, "reports": records, "estimates": estimates}
    click.echo(orjson.dumps(document, option=orjson.OPT_INDENT_2).decode())


class _Prepended:
    """Standard input with its first line already read (to tell JSON Lines from text)."""

    def __init__(self, first: str, rest: IO[str]) -> None:
        self._first = first
        self._rest = rest

    def __iter__(self) -> Iterator[str]:
        return itertools.chain([self._first], self._rest)

    def read(self, size: int = -1) -> str:
        return self._first + self._rest.read()


def _stdin_format(given: str | None) -> tuple[str, IO[str]]:
    """The format of standard input: ``given``, else JSON Lines when its first non-blank line
    starts with ``{``, else one text article."""
    stdin = sys.stdin
    if given is not None:
        return given, stdin
    first = ""
    for line in stdin:
        first += line
        if line.strip():
            break
    fmt = "jsonl" if first.lstrip().startswith("{") else "text"
    return fmt, cast("IO[str]", _Prepended(first, stdin))


class _Failures:
    """Articles that could not be read or extracted, told on stderr as they happen."""

    def __init__(self) -> None:
        self.count = 0

    def tell(self, where: str, error: Exception) -> None:
        self.count += 1
        click.echo(f"Error: {where}{error}", err=True)


def _articles(
    inputs: Sequence[str],
    *,
    input_format: str | None,
    published: dt.date | None,
    source: str | None,
    lenient: bool,
    failures: _Failures,
) -> Iterator[Article]:
    import attrs

    from conflict_events._errors import RowError
    from conflict_events.corpus import read_articles

    for given in inputs:
        fmt, stdin = (input_format, None) if given != "-" else _stdin_format(input_format)
        errors: list[RowError] = []
        where = "stdin" if given == "-" else given
        articles = read_articles(
            given,
            format=fmt,
            published=published,
            lenient=lenient,
            errors=errors,
            stdin=stdin,
        )
        one_text = (
            given != "-" and Path(given).is_file() and (fmt or _suffix_format(given)) == "text"
        )
        try:
            for article in articles:
                if one_text and article.id == Path(given).stem:
                    article = attrs.evolve(article, id=given)  # named as the user wrote it
                if source is not None and article.source is None:
                    article = attrs.evolve(article, source=source)
                yield article
                while errors:
                    failures.tell(f"{where}: ", errors.pop(0))
        except RowError as error:
            raise click.ClickException(f"{where}: {error}") from None
        while errors:
            failures.tell(f"{where}: ", errors.pop(0))


def _suffix_format(given: str) -> str:
    suffixes = {s.lower() for s in Path(given).suffixes}
    for fmt, forms in (
        ("jsonl", {".jsonl", ".ndjson"}),
        ("csv", {".csv"}),
        ("parquet", {".parquet", ".pq"}),
    ):
        if suffixes & forms:
            return fmt
    return "text"


def _reports(
    articles: Iterable[Article],
    *,
    jobs: int,
    lenient: bool,
    progress: bool,
    failures: _Failures,
    names: tuple[ActorRegistry | None, Gazetteer | None] = (None, None),
) -> Iterator[ArticleReport]:
    from conflict_events.corpus import extract_many

    errors: list[ArticleError] = []
    registry, gazetteer = names
    for report in extract_many(
        articles,
        jobs=jobs,
        progress=progress,
        lenient=lenient,
        errors=errors,
        registry=registry,
        gazetteer=gazetteer,
    ):
        yield report
        while errors:
            failures.tell("", errors.pop(0))
    while errors:
        failures.tell("", errors.pop(0))


def _check_tables(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    from conflict_events.tables import TABLES

    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in TABLES]
    if unknown or not names:
        raise click.BadParameter(
            f"unknown table {', '.join(map(repr, unknown)) or repr(value)}; "
            f"tables are {', '.join(TABLES)}"
        )
    return names


def _check_out(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    from conflict_events.tables import FORMATS as TABLE_FORMATS

    if value is not None and value.suffix.lower() not in TABLE_FORMATS:
        raise click.BadParameter(
            f"{str(value)!r}: name a .csv, .jsonl or .parquet file (the suffix gives the format)"
        )
    return value


@click.command("extract")
@click.argument(
    "inputs",
    nargs=-1,
    required=True,
    metavar="INPUT...",
    type=click.Path(exists=True, allow_dash=True),
)
@click.option(
    "--published",
    type=IsoDate(),
    default=None,
    help="Publication date anchoring relative dates (for records of a corpus file: those "
    "that give none); default: each article's dateline.",
)
@click.option(
    "--source",
    default=None,
    metavar="NAME",
    help="The outlet (actor id or name), for articles that name none; default: the dateline's.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="What stdout gets: table (default) for reading; json one document; jsonl the "
    "engagements one per line (what convert reads); records the reports one per line.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    callback=_check_out,
    help="Write flat tables to this .csv, .jsonl or .parquet file instead of printing; "
    "several tables go beside it as STEM.TABLE.SUFFIX.",
)
@click.option(
    "--tables",
    default=DEFAULT_TABLES,
    show_default=True,
    metavar="NAMES",
    callback=_check_tables,
    help="The tables --out writes, comma-separated: figures, engagements, faction_members, "
    "dates, names, attributions.",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=None,
    help="How to read the inputs; default: by suffix (.jsonl, .csv, .parquet; else one text "
    "article), and for - JSON Lines if it starts with '{', else text.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    metavar="N",
    show_default=True,
    help="Processes extracting in parallel.",
)
@click.option(
    "--lenient",
    is_flag=True,
    help="Report each article that cannot be read or extracted on stderr and go on "
    "(exit status 1 at the end); default: stop at the first.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Articles done and articles/s on stderr (default: with --out, when stderr is a terminal).",
)
@names_options
def extract(
    inputs: tuple[str, ...],
    published: dt.date | None,
    source: str | None,
    fmt: str | None,
    out: Path | None,
    tables: list[str],
    input_format: str | None,
    jobs: int,
    lenient: bool,
    progress: bool | None,
    actors: tuple[str, ...],
    places: tuple[str, ...],
) -> None:
    """Extract dates, actors, places, casualty figures and candidate engagements from news
    articles.  An INPUT is a text file (one article), a folder (every .txt file under it), a
    corpus file of articles (.jsonl, .csv or .parquet with the columns id, text, published,
    source, url, language; only text is required), or - for standard input.

    Without --out the records are printed (several articles: also the reconciled estimate of
    every casualty figure, with each claim and its source); with --out they are written as
    flat tables.  An article without --published and without a dateline ("Published: 30
    November 2024", "ALEPPO, Syria, Nov 30, 2024 (AFP) -") is an error: the extractor never
    assumes today.
    """
    if out is not None and fmt is not None:
        raise click.UsageError("--format is for printing; with --out the suffix gives the format")
    if inputs.count("-") > 1:
        raise click.UsageError("standard input (-) can be read once")
    failures = _Failures()
    articles = _articles(
        inputs,
        input_format=input_format,
        published=published,
        source=source,
        lenient=lenient,
        failures=failures,
    )
    show = progress if progress is not None else out is not None and _stderr_is_terminal()
    names = name_files(actors, places)
    reports = _reports(
        articles, jobs=jobs, lenient=lenient, progress=show, failures=failures, names=names
    )
    if out is None:
        print_reports(reports, fmt or "table")
    else:
        from conflict_events.tables import table_paths, write_tables

        written = write_tables(reports, out, tables)
        paths = table_paths(out, tables)
        for name, count in written.items():
            click.echo(f"wrote {count} {name} rows to {paths[name]}", err=True)
    if failures.count:
        raise click.ClickException(f"{failures.count} article(s) could not be extracted")


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


COMMANDS = [extract]
