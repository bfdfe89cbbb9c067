"""The options every subcommand shares, so the command line speaks one vocabulary: ISO dates
shown as ``YYYY-MM-DD``, and ``--published`` for the reference date a command reads from
(with the older names ``--anchor`` and ``--on`` kept as hidden, deprecated aliases)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

__all__ = ["DATE_METAVAR", "IsoDate", "published_option"]

F = TypeVar("F", bound=Callable[..., Any])

#: How a date is shown in ``--help``.
DATE_METAVAR = "YYYY-MM-DD"


class IsoDate(click.ParamType):  # type: ignore[type-arg]
    """A calendar date written as ISO 8601 (``2024-11-30``).

    >>> IsoDate().convert("2024-11-30", None, None)
    datetime.date(2024, 11, 30)
    """

    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return DATE_METAVAR

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"expected an ISO date such as 2024-11-30, got {value!r}", param, ctx)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _alias(new: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is None:
            return
        if _stderr_is_terminal():  # told to a person; scripts keep working unchanged
            click.echo(f"Warning: {param.opts[0]} is deprecated; use {new}.", err=True)
        ctx.params[new.lstrip("-").replace("-", "_")] = value

    return store


def published_option(help: str, *, aliases: tuple[str, ...] = ()) -> Callable[[F], F]:
    """The ``--published YYYY-MM-DD`` option (a :class:`datetime.date` or ``None``), with
    ``aliases`` accepted as hidden, deprecated spellings (a warning on stderr when it is a
    terminal).

    >>> @click.command()
    ... @published_option("The day.", aliases=("--on",))
    ... def day(published): click.echo(published)
    >>> [p.opts[0] for p in day.params]
    ['--published', '--on']
    """

    def decorate(command: F) -> F:
        for old in reversed(aliases):
            command = click.option(
                old,
                type=IsoDate(),
                default=None,
                hidden=True,
                expose_value=False,
                callback=_alias("--published"),
                help="Deprecated spelling of --published.",
            )(command)
        return click.option("--published", type=IsoDate(), default=None, help=help)(command)

    return decorate
