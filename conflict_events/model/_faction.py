"""Faction: one side of an engagement."""

from __future__ import annotations

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import (
    Relation,
    Rules,
    duplicates,
    identifier,
    items,
    member,
    string,
    to_tuple,
)
from conflict_events.model._plain import Plain
from conflict_events.model._vocab import FactionRole

__all__ = ["Faction", "FactionMember"]


@attrs.frozen(kw_only=True)
class FactionMember(Plain):
    """An actor associated with a faction's lead, and how (allied with it, or backing it)."""

    actor: str
    role: FactionRole = attrs.field(
        default=FactionRole.ALLIED_WITH, converter=_converters.faction_role
    )

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _member_valid(self):
            _MEMBER_RULES.raise_problems(self)

    def __str__(self) -> str:
        """As in a faction's form: ``+actor:sna`` (an ally), ``backed by actor:tr``.

        >>> str(FactionMember(actor="actor:tr", role="backed_by"))
        'backed by actor:tr'
        """
        return _display.member_text(self)


_MEMBER_RULES = Rules(FactionMember, {"actor": identifier(), "role": member(FactionRole)})
_member_valid = _MEMBER_RULES.valid


@attrs.frozen(kw_only=True)
class Faction(Plain):
    """One side: the lead actor's id, the associated actors with their roles, and optionally the
    side's name as a source writes it (UCDP's ``side_a``).  Maps to ACLED ``actor1`` +
    ``assoc_actor_1`` and to UCDP ``side_a`` / ``side_b``.

    >>> Faction(lead="actor:hts", associates=[FactionMember(actor="actor:sna")]).associates[0].role
    <FactionRole.ALLIED_WITH: 'allied_with'>
    """

    lead: str
    associates: tuple[FactionMember, ...] = attrs.field(default=(), converter=to_tuple)
    name: str | None = None

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _faction_valid(self):
            _RULES.raise_problems(self)

    def __str__(self) -> str:
        """The lead, then each associate: ``actor:hts +actor:sna backed by actor:tr``.

        >>> str(Faction(lead="actor:hts", associates=[FactionMember(actor="actor:sna")]))
        'actor:hts +actor:sna'
        """
        return _display.faction_text(self)

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """The lead's id, then the associates' ids."""
        return (self.lead, *(m.actor for m in self.associates))


def _associates(f: Faction) -> list[tuple[str, str]] | tuple[()]:
    members = f.associates
    if not members:
        return ()
    out = [
        (f"associates[{i}].actor", f"is the lead actor {f.lead!r}")
        for i, m in enumerate(members)
        if m.actor == f.lead
    ]
    if len(members) > 1:
        out += [("associates", f"lists {d!r} twice") for d in duplicates(m.actor for m in members)]
    return out or ()


_RULES = Rules(
    Faction,
    {"lead": identifier(), "associates": items(FactionMember), "name": string(optional=True)},
    [Relation(("associates",), _associates, when="{associates}")],
)
_faction_valid = _RULES.valid
