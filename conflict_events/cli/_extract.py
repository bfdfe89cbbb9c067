"""``conflict-events extract FILE...``: the records of news articles, and for several articles
the reconciled casualty estimates with every claim and its source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from conflict_events.cli._format import format_span
from conflict_events.model import CasualtyReport, EventType

if TYPE_CHECKING:
    from conflict_events.extract._report import ArticleReport
    from conflict_events.resolve._reconcile import Estimate

__all__ = ["COMMANDS", "OVERALL", "Article", "extract", "run_extract", "scope_of_reports"]

FORMATS = ("table", "json", "jsonl")


class _DateParam(click.ParamType):  # type: ignore[type-arg]
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"expected an ISO date such as 2024-11-30, got {value!r}", param, ctx)


Article = tuple[str, str]  # (label, text)


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
            lines.setdefault(i, []).append(
                f"{format_count(claim.figure.count)}  {format_attribution(claim.attribution)}"
                f"  [{where}]"
            )
    return lines


OVERALL = "overall tolls"


def scope_of_reports(
    reports: Sequence[tuple[str, ArticleReport]],
) -> dict[str, list[CasualtyReport]]:
    """The casualty reports of all articles, by the scope they count.

    A figure given for one strike, shelling or bombing (a casualty report attached to an
    ``explosions_remote_violence`` engagement) counts that incident only; it is reconciled
    with other reports of the same incident (same sub-event type, place and dates), never
    with an overall toll.  Everything else is an overall toll of the fighting.
    """
    scopes: dict[str, list[CasualtyReport]] = {OVERALL: []}
    for _, report in reports:
        incident: dict[int, str] = {}
        for e in report.engagements:
            if e.event_type is not EventType.EXPLOSIONS_REMOTE_VIOLENCE:
                continue
            where = e.location.name if e.location is not None else "an unnamed place"
            kind = (e.sub_event_type or e.event_type).acled_label
            label = f"{kind} at {where}, {format_span(e.when)}"
            for casualty in e.casualties:
                incident[id(casualty)] = label
        for casualty in report.casualties:
            scopes.setdefault(incident.get(id(casualty), OVERALL), []).append(casualty)
    return {scope: found for scope, found in scopes.items() if found}


def run_extract(
    articles: Sequence[Article],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    fmt: str = "table",
) -> tuple[str, list[str]]:
    """Extract every article and render the records (and, for several articles, the
    reconciled estimates) in ``fmt``.  Returns the output and one message per article that
    could not be read."""
    import orjson

    from conflict_events._errors import ConflictEventsError
    from conflict_events.cli._format import render_estimates, render_report
    from conflict_events.extract._report import extract_report
    from conflict_events.io._converter import SCHEMA_VERSION, unstructure
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._reconcile import reconcile
    from conflict_events.resolve._registry import ActorRegistry

    registry = ActorRegistry.default()
    gazetteer = Gazetteer.default()
    reports: list[tuple[str, ArticleReport]] = []
    errors: list[str] = []
    for label, text in articles:
        try:
            report = extract_report(
                text, published=published, source=source, registry=registry, gazetteer=gazetteer
            )
        except ConflictEventsError as exc:
            errors.append(f"{label}: {exc}")
            continue
        reports.append((label, report))
    scoped: list[tuple[str, list[Estimate]]] = []
    if len(reports) > 1:
        scoped = [
            (scope, list(reconcile(found).values()))
            for scope, found in scope_of_reports(reports).items()
        ]

    if fmt == "table":
        parts = [render_report(report, title=label) for label, report in reports]
        for scope, estimates in scoped:
            lines = _estimate_lines(estimates, reports)
            parts.append(render_estimates(estimates, lines, scope=scope))
        return "\n\n".join(parts), errors
    records: list[dict[str, Any]] = [
        {"type": "article_report", "file": label, **report.to_dict()} for label, report in reports
    ]
    estimate_records = [
        {"type": "estimate", "scope": scope, **unstructure(e)}
        for scope, estimates in scoped
        for e in estimates
    ]
    if fmt == "json":
        document = {
            "schema_version": SCHEMA_VERSION,
            "reports": records,
            "estimates": estimate_records,
        }
        return orjson.dumps(document, option=orjson.OPT_INDENT_2).decode(), errors
    json_lines = [
        orjson.dumps({**record, "schema_version": SCHEMA_VERSION}).decode()
        for record in (*records, *estimate_records)
    ]
    return "\n".join(json_lines), errors


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise click.ClickException(f"{path}: {exc.strerror}") from None


def emit(output: str, errors: Sequence[str]) -> None:
    """Print the output, then each error on stderr; exit 1 if there was any."""
    if output:
        click.echo(output)
    for message in errors:
        click.echo(f"error: {message}", err=True)
    if errors:
        raise SystemExit(1)


@click.command("extract")
@click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--published",
    type=_DateParam(),
    default=None,
    help="Publication date (YYYY-MM-DD) anchoring relative dates; default: each file's dateline.",
)
@click.option(
    "--source", default=None, help="The outlet (actor id or name); default: the dateline's."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table for reading; json one document; jsonl one record per line.",
)
def extract(
    files: tuple[Path, ...], published: dt.date | None, source: str | None, fmt: str
) -> None:
    """Extract dates, actors, places, casualty figures and candidate engagements from news
    articles (plain-text FILEs).  With several files, also print the reconciled estimate of
    every casualty figure, with each claim and its source.

    Without --published a file must start with a dateline ("Published: 30 November 2024",
    "ALEPPO, Syria, Nov 30, 2024 (AFP) -"); the extractor never assumes today.
    """
    articles = [(str(path), _read(path)) for path in files]
    emit(*run_extract(articles, published=published, source=source, fmt=fmt))


COMMANDS = [extract]
