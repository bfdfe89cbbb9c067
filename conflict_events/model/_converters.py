"""Named attrs converters from enum values to enum members (named functions, so that type
checkers understand them).  A value that is no member is passed through unchanged for the
class's check to report with its path."""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar, cast

from conflict_events.model._vocab import (
    ActorKind,
    ClaimKind,
    CountQualifier,
    EventType,
    FactionRole,
    LocationKind,
    Outcome,
    Precision,
    SubEventType,
    Verification,
)

E = TypeVar("E", bound=Enum)


def _member(enum: type[E], value: Any) -> E:
    if type(value) is enum:
        return value
    try:  # the value map is a dict: much cheaper than calling the enum
        return cast("E", enum._value2member_map_[value])
    except (KeyError, TypeError):  # not a member's value, or unhashable
        return cast("E", value)


def actor_kind(value: ActorKind | str) -> ActorKind:
    return _member(ActorKind, value)


def claim_kind(value: ClaimKind | str) -> ClaimKind:
    return _member(ClaimKind, value)


def count_qualifier(value: CountQualifier | str) -> CountQualifier:
    return _member(CountQualifier, value)


def event_type(value: EventType | str) -> EventType:
    return _member(EventType, value)


def faction_role(value: FactionRole | str) -> FactionRole:
    return _member(FactionRole, value)


def location_kind(value: LocationKind | str) -> LocationKind:
    return _member(LocationKind, value)


def outcome(value: Outcome | str) -> Outcome:
    return _member(Outcome, value)


def precision(value: Precision | str) -> Precision:
    return _member(Precision, value)


def sub_event_type(value: SubEventType | str | None) -> SubEventType | None:
    return None if value is None else _member(SubEventType, value)


def verification(value: Verification | str) -> Verification:
    return _member(Verification, value)
