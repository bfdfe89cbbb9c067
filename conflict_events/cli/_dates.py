"""``conflict-events resolve-date TEXT --anchor DATE``: print the span a date expression means."""

from __future__ import annotations

import datetime as dt

import click

__all__ = ["COMMANDS"]


def _parse_anchor(ctx: click.Context, param: click.Parameter, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}") from None


@click.command("resolve-date")
@click.argument("text")
@click.option(
    "--anchor",
    required=True,
    callback=_parse_anchor,
    help="The publication date the expression is read from (YYYY-MM-DD).",
)
@click.option(
    "--direction",
    type=click.Choice(["past", "future"]),
    default="past",
    show_default=True,
    help="Which way a bare weekday or month points.",
)
@click.option(
    "--reference",
    default=None,
    metavar="EXPRESSION",
    help=(
        "The time the text named before, which anaphora such as 'that year' or "
        "'the following day' count from (itself an expression read from --anchor)."
    ),
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def resolve_date_command(
    text: str, anchor: dt.date, direction: str, reference: str | None, output_format: str
) -> None:
    """Resolve a date expression such as "last Friday" or "late 2016" to a span of days.

    \b
    $ conflict-events resolve-date "since Wednesday" --anchor 2024-11-30
    2024-11-27..2024-11-30 (interval)
    $ conflict-events resolve-date "later that year" --anchor 2024-11-30 --reference "June 1998"
    1998-07-01..1998-12-31 (interval)
    """
    from conflict_events._errors import DateResolutionError
    from conflict_events.parse._dates import resolve_date

    try:
        earlier = None if reference is None else resolve_date(reference, anchor)
        span = resolve_date(
            text,
            anchor,
            direction="future" if direction == "future" else "past",
            reference=earlier,
        )
    except DateResolutionError as exc:
        raise click.ClickException(str(exc)) from None
    if output_format == "json":
        from conflict_events.io.json import dumps

        click.echo(dumps(span))
        return
    line = f"{span.start.isoformat()}..{span.end.isoformat()} ({span.precision.value}"
    line += ", approximate)" if span.approximate else ")"
    click.echo(line)


COMMANDS = [resolve_date_command]
