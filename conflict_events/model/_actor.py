"""Actor: any party to, or source on, a conflict event."""

from __future__ import annotations

import datetime as dt

import attrs

from conflict_events.model import _converters
from conflict_events.model._checks import (
    LANGUAGE_RE,
    Problems,
    check_bool,
    check_country,
    check_date,
    check_enum,
    check_id,
    check_items,
    check_str,
    duplicates,
    to_tuple,
)
from conflict_events.model._vocab import ActorKind

__all__ = ["Actor", "Alias"]


@attrs.frozen(kw_only=True)
class Alias:
    """Another name of an actor: optionally in a language (BCP 47 tag), optionally valid only
    from / until a date (inclusive), optionally an acronym (acronyms match exactly only)."""

    name: str
    language: str | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    acronym: bool = False

    def __attrs_post_init__(self) -> None:
        p = Problems()
        check_str(p, "name", self.name)
        if check_str(p, "language", self.language, optional=True) and not LANGUAGE_RE.fullmatch(
            self.language  # type: ignore[arg-type]
        ):
            p.add("language", f"must be a language tag such as 'ar' or 'en', got {self.language!r}")
        ok = check_date(p, "valid_from", self.valid_from, optional=True)
        if check_date(p, "valid_until", self.valid_until, optional=True) and ok:
            assert self.valid_from is not None
            assert self.valid_until is not None
            if self.valid_from > self.valid_until:
                p.add("valid_until", f"must not be before valid_from ({self.valid_from})")
        check_bool(p, "acronym", self.acronym)
        p.raise_if_any(self)

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


@attrs.frozen(kw_only=True)
class Actor:
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
    aliases: tuple[Alias, ...] = attrs.field(default=(), converter=to_tuple)
    predecessors: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    successors: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    active_from: dt.date | None = None
    active_until: dt.date | None = None
    description: str | None = None

    def __attrs_post_init__(self) -> None:
        p = Problems()
        check_id(p, "id", self.id)
        check_str(p, "name", self.name)
        check_enum(p, "kind", self.kind, ActorKind)
        check_country(p, "country", self.country)
        check_items(p, "aliases", self.aliases, Alias)
        for field in ("predecessors", "successors"):
            ids = getattr(self, field)
            if check_items(p, field, ids, str, lambda pp, f, v: check_id(pp, f, v)):
                if self.id in ids:
                    p.add(field, f"an actor cannot be its own {field[:-1]}: {self.id!r}")
                for d in duplicates(ids):
                    p.add(field, f"lists {d!r} twice")
        if isinstance(self.predecessors, tuple) and isinstance(self.successors, tuple):
            for both in sorted(set(self.predecessors) & set(self.successors)):
                p.add("successors", f"{both!r} is listed as both predecessor and successor")
        ok = check_date(p, "active_from", self.active_from, optional=True)
        if check_date(p, "active_until", self.active_until, optional=True) and ok:
            assert self.active_from is not None
            assert self.active_until is not None
            if self.active_from > self.active_until:
                p.add("active_until", f"must not be before active_from ({self.active_from})")
        check_str(p, "description", self.description, optional=True, nonempty=False)
        p.raise_if_any(self)

    def names(self, on: dt.date | None = None) -> tuple[str, ...]:
        """The canonical name and every alias valid ``on`` that day (all of them if None)."""
        return (self.name, *(a.name for a in self.aliases if on is None or a.valid_on(on)))
