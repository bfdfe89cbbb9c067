"""``conflict-events resolve-date TEXT --published DATE``: print the span a date expression
means."""

from __future__ import annotations

import datetime as dt

import click

from conflict_events.cli._options import published_option

__all__ = ["COMMANDS"]


@click.command("resolve-date")
@click.argument("text")
@published_option(
    "The publication date the expression is read from (required).", aliases=("--anchor",)
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
        "'the following day' count from (itself an expression read from --published)."
    ),
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: the span on one line; json: the TimeSpan as the library serialises it.",
)
def resolve_date_command(
    text: str, published: dt.date | None, direction: str, reference: str | None, output_format: str
) -> None:
    """Resolve a date expression such as "last Friday" or "late 2016" to a span of days.

    \b
    $ conflict-events resolve-date "since Wednesday" --published 2024-11-30
    2024-11-27..2024-11-30 (interval)
    $ conflict-events resolve-date "later that year" --published 2024-11-30 --reference "June 1998"
    1998-07-01..1998-12-31 (interval)
    """
    from conflict_events._errors import DateResolutionError
    from conflict_events.parse._dates import resolve_date

    if published is None:
        raise click.UsageError("Missing option '--published'.")
    anchor = published
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
