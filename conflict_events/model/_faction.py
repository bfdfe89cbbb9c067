"""Faction: one side of an engagement."""

from __future__ import annotations

import attrs

from conflict_events.model import _converters
from conflict_events.model._checks import (
    ID_RE,
    Problems,
    check_enum,
    check_id,
    check_items,
    check_str,
    duplicates,
    to_tuple,
)
from conflict_events.model._vocab import FactionRole

__all__ = ["Faction", "FactionMember"]


@attrs.frozen(kw_only=True)
class FactionMember:
    """An actor associated with a faction's lead, and how (allied with it, or backing it)."""

    actor: str
    role: FactionRole = attrs.field(
        default=FactionRole.ALLIED_WITH, converter=_converters.faction_role
    )

    def __attrs_post_init__(self) -> None:
        a = self.actor
        if type(a) is str and ID_RE.fullmatch(a) and type(self.role) is FactionRole:
            return
        p = Problems()
        check_id(p, "actor", self.actor)
        check_enum(p, "role", self.role, FactionRole)
        p.raise_if_any(self)


@attrs.frozen(kw_only=True)
class Faction:
    """One side: the lead actor's id, the associated actors with their roles, and optionally the
    side's name as a source writes it (UCDP's ``side_a``).  Maps to ACLED ``actor1`` +
    ``assoc_actor_1`` and to UCDP ``side_a`` / ``side_b``.

    >>> Faction(lead="actor:hts", associates=[FactionMember(actor="actor:sna")]).associates[0].role
    <FactionRole.ALLIED_WITH: 'allied_with'>
    """

    lead: str
    associates: tuple[FactionMember, ...] = attrs.field(default=(), converter=to_tuple)
    name: str | None = None

    def __attrs_post_init__(self) -> None:
        lead, members, name = self.lead, self.associates, self.name
        if (
            type(lead) is str
            and ID_RE.fullmatch(lead)
            and type(members) is tuple
            and all(type(m) is FactionMember and m.actor != lead for m in members)
            and len({m.actor for m in members}) == len(members)
            and (name is None or (type(name) is str and bool(name.strip())))
        ):
            return
        p = Problems()
        check_id(p, "lead", self.lead)
        if check_items(p, "associates", self.associates, FactionMember):
            for i, m in enumerate(self.associates):
                if m.actor == self.lead:
                    p.add(f"associates[{i}].actor", f"is the lead actor {self.lead!r}")
            for d in duplicates(m.actor for m in self.associates):
                p.add("associates", f"lists {d!r} twice")
        check_str(p, "name", self.name, optional=True)
        p.raise_if_any(self)

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """The lead's id, then the associates' ids."""
        return (self.lead, *(m.actor for m in self.associates))
