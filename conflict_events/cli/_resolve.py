"""``conflict-events resolve-actor`` and ``resolve-place``: look a name up from the shell."""

from __future__ import annotations

import datetime as dt

import click

from conflict_events.cli._options import published_option

__all__ = ["COMMANDS", "resolve_actor", "resolve_place"]

_FORMAT = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one line per field; json: the record as the library serialises it.",
)


def _print(record: object, output_format: str, lines: list[tuple[str, object]]) -> None:
    if output_format == "json":
        from conflict_events.io.json import dumps

        click.echo(dumps(record, indent=True))
        return
    for label, value in lines:
        if value not in (None, "", ()):
            click.echo(f"{label}: {value}")


@click.command("resolve-actor")
@click.argument("name")
@published_option("Only names in use on this day (the article's date).", aliases=("--on",))
@_FORMAT
def resolve_actor(name: str, published: dt.date | None, output_format: str) -> None:
    """Resolve NAME to an actor of the built-in registry.

    Exits with status 1 and the reason when the name is unknown or ambiguous.
    """
    from conflict_events._errors import AmbiguousNameError, UnknownNameError
    from conflict_events.resolve._registry import ActorRegistry

    registry = ActorRegistry.default()
    try:
        actor = registry.resolve(name, on=published)
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise click.ClickException(str(exc)) from None
    _print(
        actor,
        output_format,
        [
            ("id", actor.id),
            ("name", actor.name),
            ("kind", actor.kind.value),
            ("country", actor.country),
            ("active", _period(actor.active_from, actor.active_until)),
            ("predecessors", ", ".join(actor.predecessors)),
            ("successors", ", ".join(actor.successors)),
            ("description", actor.description),
        ],
    )


@click.command("resolve-place")
@click.argument("name")
@click.option("--country", default=None, metavar="CODE", help="ISO 3166-1 alpha-2 code, e.g. SY.")
@_FORMAT
def resolve_place(name: str, country: str | None, output_format: str) -> None:
    """Resolve NAME to a place of the built-in gazetteer.

    Exits with status 1 and the reason when the name is unknown or ambiguous.
    """
    from conflict_events._errors import AmbiguousNameError, UnknownNameError
    from conflict_events.resolve._gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    try:
        place = gazetteer.resolve(name, country=country.upper() if country else None)
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise click.ClickException(str(exc)) from None
    point = f"{place.point.lat}, {place.point.lon}" if place.point else None
    _print(
        place,
        output_format,
        [
            ("id", place.gazetteer_id),
            ("name", place.name),
            ("kind", place.kind.value),
            ("country", place.country),
            ("admin path", " > ".join(place.admin_path)),
            ("point", point),
        ],
    )


def _period(start: dt.date | None, end: dt.date | None) -> str | None:
    if start is None and end is None:
        return None
    return f"{start.isoformat() if start else ''}..{end.isoformat() if end else ''}"


COMMANDS = [resolve_actor, resolve_place]
