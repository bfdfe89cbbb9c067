"""Engagement: one event of armed conflict."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from hashlib import sha1

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import (
    Check,
    Relation,
    Rule,
    Rules,
    Step,
    duplicates,
    identifier,
    instance,
    integer,
    items,
    member,
    string,
    to_tuple,
)
from conflict_events.model._faction import Faction
from conflict_events.model._location import Location
from conflict_events.model._plain import Plain
from conflict_events.model._report import Attribution, CasualtyReport
from conflict_events.model._time import TimeSpan
from conflict_events.model._trusted import trusted_constructor
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


@attrs.frozen(kw_only=True)
class Engagement(Plain):
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

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _engagement_valid(self):
            _RULES.raise_problems(self)

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
        made: Engagement = _trusted_engagement(
            id=id,
            event_type=event_type,
            sub_event_type=sub_event_type,
            when=when,
            location=location,
            factions=factions,
            casualties=casualties,
            attributions=attributions,
            description=description,
            tags=tags,
            confidence=confidence,
        )
        return made

    def __str__(self) -> str:
        """One line, as the CLI's engagement table has it.

        >>> import datetime as dt
        >>> print(Engagement(id="engagement:x", event_type="battles",
        ...                  when=TimeSpan.on(dt.date(2024, 11, 28))))
        battles 2024-11-28: - (0 figures)
        """
        return _display.engagement_text(self)

    def _repr_html_(self) -> str:
        """Jupyter: a one-row table (:func:`_display.engagements_html`)."""
        return _display.engagements_html([self])

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """Every actor id the factions name, in order."""
        return tuple(a for f in self.factions for a in f.actor_ids)


def _distinct_leads(e: Engagement) -> list[tuple[str, str]] | tuple[()]:
    factions = e.factions
    if len(factions) < 2:
        return ()
    return [
        ("factions", f"two factions are led by {d!r}") for d in duplicates(f.lead for f in factions)
    ] or ()


def _extras(e: Engagement) -> list[tuple[str, str]] | tuple[()]:
    extras = e.extras
    if not extras:
        return ()
    return [
        (f"extras[{k!r}]", f"must map a non-empty string to a string, got {v!r}")
        for k, v in extras.items()
        if not isinstance(k, str) or not k or not isinstance(v, str)
    ] or ()


def _own_parent(e: Engagement) -> str:
    return "an engagement cannot be its own parent"


_RULES = Rules(
    Engagement,
    {
        "id": identifier(),
        "event_type": member(EventType),
        "sub_event_type": member(SubEventType, optional=True),
        "when": instance(TimeSpan),
        "location": instance(Location, optional=True),
        "factions": items(Faction),
        "casualties": items(CasualtyReport),
        "attributions": items(Attribution),
        "parent": identifier(optional=True),
        "description": string(optional=True, nonempty=False),
        "tags": items(str, string()),
        "confidence": integer(optional=True, lo=0, hi=100),
        "extras": Rule(
            (
                Step(
                    "isinstance(_v, dict)",
                    lambda v: f"must be a mapping of strings to strings, got {v!r}",
                ),
            )
        ),
    },
    [
        Check(
            ("event_type", "sub_event_type"),
            "{sub_event_type} is None or {sub_event_type}.event_type is {event_type}",
            "sub_event_type",
            lambda e: (
                f"{e.sub_event_type.value!r} belongs to event type "
                f"{e.sub_event_type.event_type.value!r}, not {e.event_type.value!r}"
            ),
        ),
        Relation(("factions",), _distinct_leads, when="len({factions}) > 1"),
        Check((), "{parent} is None or {parent} != {id}", "parent", _own_parent),
        Relation(("extras",), _extras, when="{extras}"),
    ],
)
_engagement_valid = _RULES.valid
_trusted_engagement = trusted_constructor(Engagement)
