"""Engagement: one event of armed conflict."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from hashlib import sha1
from typing import Any

import attrs

from conflict_events.model import _converters
from conflict_events.model._checks import (
    ID_RE,
    Problems,
    check_enum,
    check_id,
    check_instance,
    check_int,
    check_items,
    check_str,
    duplicates,
    slot_setters,
    to_tuple,
)
from conflict_events.model._faction import Faction
from conflict_events.model._location import Location
from conflict_events.model._report import Attribution, CasualtyReport
from conflict_events.model._time import TimeSpan
from conflict_events.model._vocab import EventType, SubEventType

__all__ = ["Engagement"]

#: Namespace for uuid5 ids of records that have a canonical key (``Engagement.make_id``).
ID_NAMESPACE = uuid.UUID("4f2b9a36-1f0e-5c3a-9d57-6c0e3b8a2e11")
_NAMESPACE_BYTES = ID_NAMESPACE.bytes
# RFC 4122 version 5 and variant bits, as uuid.UUID(bytes=..., version=5) sets them.
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID5_BITS = (5 << 76) | (0x8000 << 48)


def _to_dict(value: object) -> object:
    if isinstance(value, Mapping) and not isinstance(value, dict):
        return dict(value)
    return value


def _check_tag(p: Problems, field: str, value: str) -> None:
    check_str(p, field, value)


@attrs.frozen(kw_only=True)
class Engagement:
    """An event: a battle, an airstrike, shelling, a capture of territory...

    It names its parties by actor id through its factions (the registry holds the actors),
    carries where and when, every casualty report with its attribution, the attributions of
    the event itself, and the id of the campaign it belongs to (``parent``).  ``extras`` keeps
    columns of a source format that the model has no field for, so they round-trip.

    >>> import datetime as dt
    >>> e = Engagement(
    ...     id="engagement:example",
    ...     event_type="battles",
    ...     sub_event_type="armed_clash",
    ...     when=TimeSpan.on(dt.date(2024, 11, 28)),
    ... )
    >>> e.sub_event_type.acled_label
    'Armed clash'
    """

    id: str
    event_type: EventType = attrs.field(converter=_converters.event_type)
    sub_event_type: SubEventType | None = attrs.field(
        default=None, converter=_converters.sub_event_type
    )
    when: TimeSpan
    location: Location | None = None
    factions: tuple[Faction, ...] = attrs.field(default=(), converter=to_tuple)
    casualties: tuple[CasualtyReport, ...] = attrs.field(default=(), converter=to_tuple)
    attributions: tuple[Attribution, ...] = attrs.field(default=(), converter=to_tuple)
    parent: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    confidence: int | None = None
    extras: dict[str, str] = attrs.field(factory=dict, converter=_to_dict, hash=False)

    def __attrs_post_init__(self) -> None:
        if _engagement_ok(self):
            return
        p = Problems()
        check_id(p, "id", self.id)
        check_enum(p, "event_type", self.event_type, EventType)
        check_enum(p, "sub_event_type", self.sub_event_type, SubEventType, optional=True)
        if (
            isinstance(self.sub_event_type, SubEventType)
            and isinstance(self.event_type, EventType)
            and self.sub_event_type.event_type is not self.event_type
        ):
            p.add(
                "sub_event_type",
                f"{self.sub_event_type.value!r} belongs to event type "
                f"{self.sub_event_type.event_type.value!r}, not {self.event_type.value!r}",
            )
        check_instance(p, "when", self.when, TimeSpan)
        check_instance(p, "location", self.location, Location, optional=True)
        if check_items(p, "factions", self.factions, Faction):
            for d in duplicates(f.lead for f in self.factions):
                p.add("factions", f"two factions are led by {d!r}")
        check_items(p, "casualties", self.casualties, CasualtyReport)
        check_items(p, "attributions", self.attributions, Attribution)
        check_id(p, "parent", self.parent, optional=True)
        if self.parent == self.id:
            p.add("parent", "an engagement cannot be its own parent")
        check_str(p, "description", self.description, optional=True, nonempty=False)
        check_items(p, "tags", self.tags, str, _check_tag)
        check_int(p, "confidence", self.confidence, optional=True, lo=0, hi=100)
        if not isinstance(self.extras, dict):
            p.add("extras", f"must be a mapping of strings to strings, got {self.extras!r}")
        else:
            for k, v in self.extras.items():
                if not isinstance(k, str) or not k or not isinstance(v, str):
                    p.add(f"extras[{k!r}]", f"must map a non-empty string to a string, got {v!r}")
        p.raise_if_any(self)

    @staticmethod
    def make_id(key: str) -> str:
        """A stable id from a canonical key (uuid5): the same key always gives the same id.

        >>> Engagement.make_id("acled:BEN892")
        'engagement:...'
        >>> Engagement.make_id("k") == f"engagement:{uuid.uuid5(ID_NAMESPACE, 'k')}"
        True
        """
        # uuid5 spelled out (sha1, then the version and variant bits): uuid.uuid5 builds two
        # UUID objects and costs several times this, once per candidate engagement.
        digest = int.from_bytes(sha1(_NAMESPACE_BYTES + key.encode("utf-8")).digest()[:16])
        value = (digest & _UUID_CLEAR) | _UUID5_BITS
        h = f"{value:032x}"
        return f"engagement:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    @classmethod
    def trusted(
        cls,
        *,
        id: str,
        event_type: EventType,
        sub_event_type: SubEventType | None,
        when: TimeSpan,
        location: Location | None,
        factions: tuple[Faction, ...],
        casualties: tuple[CasualtyReport, ...],
        attributions: tuple[Attribution, ...],
        description: str | None,
        tags: tuple[str, ...],
        confidence: int | None,
    ) -> Engagement:
        """An engagement from fields the caller has already made valid, without the
        converters and checks (``parent`` None, no ``extras``).  Internal: for the extractor,
        which builds every field from validated parts; the result equals the validated
        constructor's (the tests compare them).  Anything a user passes goes through
        ``Engagement(...)``.

        >>> import datetime as dt
        >>> fields = dict(
        ...     id="engagement:x", event_type=EventType.BATTLES,
        ...     sub_event_type=SubEventType.ARMED_CLASH, when=TimeSpan.on(dt.date(2024, 1, 1)),
        ...     location=None, factions=(), casualties=(), attributions=(), description=None,
        ...     tags=(), confidence=40,
        ... )
        >>> Engagement.trusted(**fields) == Engagement(**fields)
        True
        """
        # The slots set directly, in field order (no keyword dict built twice and looped
        # over, as the generic ``trusted`` does: this runs once per candidate engagement).
        self = object.__new__(cls)
        (
            set_id, set_event_type, set_sub_event_type, set_when, set_location, set_factions,
            set_casualties, set_attributions, set_parent, set_description, set_tags,
            set_confidence, set_extras,
        ) = _SLOT_SETTERS  # fmt: skip
        set_id(self, id)
        set_event_type(self, event_type)
        set_sub_event_type(self, sub_event_type)
        set_when(self, when)
        set_location(self, location)
        set_factions(self, factions)
        set_casualties(self, casualties)
        set_attributions(self, attributions)
        set_parent(self, None)
        set_description(self, description)
        set_tags(self, tags)
        set_confidence(self, confidence)
        set_extras(self, {})
        return self

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """Every actor id the factions name, in order."""
        return tuple(a for f in self.factions for a in f.actor_ids)


# Each field's slot setter, in field order (for ``Engagement.trusted``).
_SLOT_SETTERS: tuple[Any, ...] = slot_setters(
    Engagement, *(field.name for field in attrs.fields(Engagement))
)


def _engagement_ok(e: Engagement) -> bool:
    """The valid case, checked cheaply; False sends the instance to the full checks.

    Item types are checked with ``set(map(type, ...))``: C-level loops, since this runs for
    every row a reader builds."""
    eid, et, sub, parent, conf = e.id, e.event_type, e.sub_event_type, e.parent, e.confidence
    factions, extras, tags = e.factions, e.extras, e.tags
    return (
        type(eid) is str
        and ID_RE.fullmatch(eid) is not None
        and type(et) is EventType
        and (sub is None or (type(sub) is SubEventType and sub.event_type is et))
        and type(e.when) is TimeSpan
        and (e.location is None or type(e.location) is Location)
        and type(factions) is tuple
        and (not factions or set(map(type, factions)) == _FACTION)
        and len({f.lead for f in factions}) == len(factions)
        and type(e.casualties) is tuple
        and (not e.casualties or set(map(type, e.casualties)) == _REPORT)
        and type(e.attributions) is tuple
        and (not e.attributions or set(map(type, e.attributions)) == _ATTRIBUTION)
        and (
            parent is None
            or (type(parent) is str and parent != eid and ID_RE.fullmatch(parent) is not None)
        )
        and (e.description is None or type(e.description) is str)
        and type(tags) is tuple
        and (not tags or (set(map(type, tags)) == _STR and all(map(str.strip, tags))))
        and (conf is None or (type(conf) is int and 0 <= conf <= 100))
        and type(extras) is dict
        and (
            not extras
            or (
                set(map(type, extras)) == _STR
                and set(map(type, extras.values())) == _STR
                and "" not in extras
            )
        )
    )


_FACTION = {Faction}
_REPORT = {CasualtyReport}
_ATTRIBUTION = {Attribution}
_STR = {str}
