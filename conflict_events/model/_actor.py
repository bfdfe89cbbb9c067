"""Actor: any party to, or source on, a conflict event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import (
    Check,
    Relation,
    Rules,
    Step,
    boolean,
    country,
    date,
    duplicates,
    identifier,
    items,
    member,
    string,
    to_tuple,
)
from conflict_events.model._plain import Plain
from conflict_events.model._vocab import ActorKind

__all__ = ["Actor", "Alias"]


@attrs.frozen(kw_only=True)
class Alias(Plain):
    """Another name of an actor: optionally in a language (BCP 47 tag), optionally valid only
    from / until a date (inclusive), optionally an acronym (acronyms match exactly only)."""

    name: str
    language: str | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    acronym: bool = False

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _alias_valid(self):
            _ALIAS_RULES.raise_problems(self)

    def __str__(self) -> str:
        """The name, then its language, ``acronym`` and validity where given.

        >>> print(Alias(name="RSF", language="en", acronym=True, valid_from=dt.date(2013, 8, 1)))
        RSF (en, acronym, 2013-08-01..)
        """
        return _display.alias_text(self)

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


def _to_aliases(value: Any) -> Any:
    """An attrs converter: a list becomes a tuple, and a plain string alias (``"RSF"``) an
    :class:`Alias` of that name; a blank one is left for the check to report."""
    value = to_tuple(value)
    if type(value) is tuple and any(isinstance(a, str) for a in value):
        return tuple(Alias(name=a) if isinstance(a, str) and a.strip() else a for a in value)
    return value


def _period(start: str, end: str) -> Check:
    """``start <= end`` where both are given (reported at ``end``)."""
    return Check(
        (start, end),
        f"{{{start}}} is None or {{{end}}} is None or {{{start}}} <= {{{end}}}",
        end,
        lambda obj: f"must not be before {start} ({getattr(obj, start)})",
    )


_ALIAS_RULES = Rules(
    Alias,
    {
        "name": string(),
        "language": string(
            optional=True,
            then=Step(
                "_LANGUAGE(_v) is not None",
                lambda v: f"must be a language tag such as 'ar' or 'en', got {v!r}",
            ),
        ),
        "valid_from": date(optional=True),
        "valid_until": date(optional=True),
        "acronym": boolean(),
    },
    [_period("valid_from", "valid_until")],
)
_alias_valid = _ALIAS_RULES.valid


@attrs.frozen(kw_only=True)
class Actor(Plain):
    """A party: armed group, state force, government, IGO, NGO, monitor, media outlet, person.

    Actors refer to each other by id: ``predecessors`` / ``successors`` hold the ids of the
    groups this one grew out of or became (Nusra Front -> JFS -> HTS).

    >>> Actor(id="actor:hts", name="Hay'at Tahrir al-Sham", kind="rebel_group", country="SY").kind
    <ActorKind.REBEL_GROUP: 'rebel_group'>
    """

    id: str
    name: str
    kind: ActorKind = attrs.field(converter=_converters.actor_kind)
    country: str | None = None
    aliases: tuple[Alias, ...] = attrs.field(default=(), converter=_to_aliases)
    predecessors: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    successors: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    active_from: dt.date | None = None
    active_until: dt.date | None = None
    description: str | None = None

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _actor_valid(self):
            _ACTOR_RULES.raise_problems(self)

    def __str__(self) -> str:
        """The name, the id, then the kind, country and active period where given.

        >>> print(Actor(id="actor:hts", name="Hayat Tahrir al-Sham", kind="rebel_group",
        ...             country="SY", active_from=dt.date(2017, 1, 28)))
        Hayat Tahrir al-Sham [actor:hts] (rebel_group, SY, 2017-01-28..)
        """
        return _display.actor_text(self)

    def names(self, on: dt.date | None = None) -> tuple[str, ...]:
        """The canonical name and every alias valid ``on`` that day (all of them if None)."""
        return (self.name, *(a.name for a in self.aliases if on is None or a.valid_on(on)))


def _lineage(field: str) -> Callable[[Actor], list[tuple[str, str]] | tuple[()]]:
    def check(actor: Actor) -> list[tuple[str, str]] | tuple[()]:
        ids: tuple[str, ...] = getattr(actor, field)
        if not ids:
            return ()
        out = [(field, f"lists {d!r} twice") for d in duplicates(ids)]
        if actor.id in ids:
            out.insert(0, (field, f"an actor cannot be its own {field[:-1]}: {actor.id!r}"))
        return out or ()

    return check


def _both_sides(actor: Actor) -> list[tuple[str, str]] | tuple[()]:
    if not actor.predecessors or not actor.successors:
        return ()
    both = sorted(set(actor.predecessors) & set(actor.successors))
    return [("successors", f"{b!r} is listed as both predecessor and successor") for b in both]


_ACTOR_RULES = Rules(
    Actor,
    {
        "id": identifier(),
        "name": string(),
        "kind": member(ActorKind),
        "country": country(),
        "aliases": items(Alias),
        "predecessors": items(str, identifier()),
        "successors": items(str, identifier()),
        "active_from": date(optional=True),
        "active_until": date(optional=True),
        "description": string(optional=True, nonempty=False),
    },
    [
        Relation(("predecessors",), _lineage("predecessors"), when="{predecessors}"),
        Relation(("successors",), _lineage("successors"), when="{successors}"),
        Relation(
            ("predecessors", "successors"), _both_sides, when="{predecessors} and {successors}"
        ),
        _period("active_from", "active_until"),
    ],
)
_actor_valid = _ACTOR_RULES.valid
