"""The options every subcommand shares, so the command line speaks one vocabulary: ISO dates
shown as ``YYYY-MM-DD``, ``--published`` for the reference date a command reads from
(with the older names ``--anchor`` and ``--on`` kept as hidden, deprecated aliases), and
``--actors FILE`` / ``--places FILE`` for a user's own registry and gazetteer files."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

__all__ = ["DATE_METAVAR", "IsoDate", "name_files", "names_options", "published_option"]

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


def names_options(command: F) -> F:
    """The ``--actors FILE`` and ``--places FILE`` options (each may repeat; tuples of paths,
    read by :func:`name_files`).

    >>> @click.command()
    ... @names_options
    ... def run(actors, places): pass
    >>> [p.opts[0] for p in run.params]
    ['--actors', '--places']
    """
    command = click.option(
        "--places",
        multiple=True,
        metavar="FILE",
        type=click.Path(exists=True, dir_okay=False),
        help="GeoNames dump files (cities500.txt, allCountries.txt, a country's BJ.txt; with "
        "admin1CodesASCII.txt for the admin paths) to read places from instead of the "
        "embedded gazetteer; may repeat.",
    )(command)
    return click.option(
        "--actors",
        multiple=True,
        metavar="FILE",
        type=click.Path(exists=True, dir_okay=False),
        help="Actors to add to the built-in registry: a registry JSON file (.json), a UCDP "
        "Actor Dataset CSV, or a CAMEO/TABARI .actors dictionary; may repeat.",
    )(command)


def name_files(
    actors: tuple[str, ...], places: tuple[str, ...]
) -> tuple[ActorRegistry | None, Gazetteer | None]:
    """The registry and gazetteer of ``--actors`` / ``--places`` (None for the built-in one
    when a list is empty); a file that cannot be read is a usage error quoting it.

    >>> name_files((), ())
    (None, None)
    """
    from conflict_events._errors import ConflictEventsError
    from conflict_events.resolve._user_files import read_actor_files, read_place_files

    registry: ActorRegistry | None = None
    gazetteer: Gazetteer | None = None
    try:
        if actors:
            registry = read_actor_files(actors)
    except (ConflictEventsError, OSError, ValueError) as exc:
        raise click.BadParameter(f"{', '.join(actors)}: {exc}", param_hint="--actors") from None
    try:
        if places:
            gazetteer = read_place_files(places)
    except (ConflictEventsError, OSError, ValueError) as exc:
        raise click.BadParameter(f"{', '.join(places)}: {exc}", param_hint="--places") from None
    return registry, gazetteer
