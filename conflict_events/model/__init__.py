"""The domain model: frozen, slotted, keyword-only attrs classes and their vocabularies."""

from conflict_events.model._actor import Actor, Alias
from conflict_events.model._count import Count
from conflict_events.model._engagement import Engagement
from conflict_events.model._faction import Faction, FactionMember
from conflict_events.model._location import Location, Point
from conflict_events.model._report import Attribution, CasualtyFigure, CasualtyReport
from conflict_events.model._time import TimeSpan
from conflict_events.model._vocab import (
    ActorKind,
    CasualtyGroup,
    ClaimKind,
    CountQualifier,
    EventType,
    FactionRole,
    GeoPrecision,
    LocationKind,
    Outcome,
    Precision,
    SubEventType,
    Verification,
)

__all__ = [
    "Actor",
    "ActorKind",
    "Alias",
    "Attribution",
    "CasualtyFigure",
    "CasualtyGroup",
    "CasualtyReport",
    "ClaimKind",
    "Count",
    "CountQualifier",
    "Engagement",
    "EventType",
    "Faction",
    "FactionMember",
    "FactionRole",
    "GeoPrecision",
    "Location",
    "LocationKind",
    "Outcome",
    "Point",
    "Precision",
    "SubEventType",
    "TimeSpan",
    "Verification",
]

#: Every class of the model, in dependency order (used by the converter and the schema).
MODEL_TYPES = (
    TimeSpan,
    Count,
    Point,
    Location,
    Alias,
    Actor,
    FactionMember,
    Faction,
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Engagement,
)
