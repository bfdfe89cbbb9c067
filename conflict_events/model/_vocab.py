"""Controlled vocabularies of the model, as string enums (their values are the JSON form)."""

from __future__ import annotations

from enum import IntEnum, StrEnum

__all__ = [
    "ActorKind",
    "CasualtyGroup",
    "ClaimKind",
    "CountQualifier",
    "EventType",
    "FactionRole",
    "GeoPrecision",
    "LocationKind",
    "Outcome",
    "Precision",
    "SubEventType",
    "Verification",
]


class ActorKind(StrEnum):
    """What sort of party an actor is.

    The first eight are ACLED's actor types (``inter`` codes 1-8); the rest cover UCDP's sides
    and the sources and bodies news names.
    """

    STATE_FORCE = "state_force"  # ACLED 1; UCDP side_a governments' forces
    REBEL_GROUP = "rebel_group"  # ACLED 2
    POLITICAL_MILITIA = "political_militia"  # ACLED 3
    IDENTITY_MILITIA = "identity_militia"  # ACLED 4
    RIOTERS = "rioters"  # ACLED 5
    PROTESTERS = "protesters"  # ACLED 6
    CIVILIANS = "civilians"  # ACLED 7
    EXTERNAL_FORCE = "external_force"  # ACLED 8: external/other forces
    GOVERNMENT = "government"  # UCDP's "Government of X"
    NON_STATE_GROUP = "non_state_group"  # UCDP non-state side that ACLED would split
    IGO = "igo"
    NGO = "ngo"
    MONITOR = "monitor"
    MEDIA = "media"
    PERSON = "person"
    OTHER = "other"

    @property
    def acled_inter(self) -> int | None:
        """ACLED's numeric actor type, or None when ACLED has no such type.

        >>> ActorKind.GOVERNMENT.acled_inter, ActorKind.from_acled_inter(1).value
        (1, 'state_force')
        """
        return _ACLED_INTER.get(self)

    @classmethod
    def from_acled_inter(cls, code: int) -> ActorKind:
        """The kind for ACLED ``inter`` code 1-8 (``ValueError`` otherwise)."""
        for kind, c in _ACLED_INTER.items():
            if c == code:
                return kind
        raise ValueError(f"ACLED inter code must be 1-8, got {code!r}")


_ACLED_INTER = {
    ActorKind.STATE_FORCE: 1,
    ActorKind.REBEL_GROUP: 2,
    ActorKind.POLITICAL_MILITIA: 3,
    ActorKind.IDENTITY_MILITIA: 4,
    ActorKind.RIOTERS: 5,
    ActorKind.PROTESTERS: 6,
    ActorKind.CIVILIANS: 7,
    ActorKind.EXTERNAL_FORCE: 8,
    # ACLED codes a government ("Government of Benin (2016-)") with its forces, as 1; the
    # kind of code 1 stays STATE_FORCE (the first entry with it).
    ActorKind.GOVERNMENT: 1,
}


class EventType(StrEnum):
    """ACLED's six event types."""

    BATTLES = "battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "explosions_remote_violence"
    VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians"
    PROTESTS = "protests"
    RIOTS = "riots"
    STRATEGIC_DEVELOPMENTS = "strategic_developments"

    @property
    def acled_label(self) -> str:
        return _EVENT_LABELS[self]

    @classmethod
    def from_acled_label(cls, label: str) -> EventType:
        for k, v in _EVENT_LABELS.items():
            if v == label:
                return k
        raise ValueError(f"not an ACLED event type: {label!r}")


_EVENT_LABELS = {
    EventType.BATTLES: "Battles",
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: "Explosions/Remote violence",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "Violence against civilians",
    EventType.PROTESTS: "Protests",
    EventType.RIOTS: "Riots",
    EventType.STRATEGIC_DEVELOPMENTS: "Strategic developments",
}


class SubEventType(StrEnum):
    """ACLED's 25 sub-event types; each belongs to one :class:`EventType`."""

    ARMED_CLASH = "armed_clash"
    GOVERNMENT_REGAINS_TERRITORY = "government_regains_territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "non_state_actor_overtakes_territory"
    CHEMICAL_WEAPON = "chemical_weapon"
    AIR_DRONE_STRIKE = "air_drone_strike"
    SUICIDE_BOMB = "suicide_bomb"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "shelling_artillery_missile_attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "remote_explosive_landmine_ied"
    GRENADE = "grenade"
    SEXUAL_VIOLENCE = "sexual_violence"
    ATTACK = "attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "abduction_forced_disappearance"
    PEACEFUL_PROTEST = "peaceful_protest"
    PROTEST_WITH_INTERVENTION = "protest_with_intervention"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "excessive_force_against_protesters"
    VIOLENT_DEMONSTRATION = "violent_demonstration"
    MOB_VIOLENCE = "mob_violence"
    AGREEMENT = "agreement"
    ARRESTS = "arrests"
    CHANGE_TO_GROUP_ACTIVITY = "change_to_group_activity"
    DISRUPTED_WEAPONS_USE = "disrupted_weapons_use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "headquarters_or_base_established"
    LOOTING_PROPERTY_DESTRUCTION = "looting_property_destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "non_violent_transfer_of_territory"
    OTHER = "other"

    @property
    def event_type(self) -> EventType:
        return _SUB[self][0]

    @property
    def acled_label(self) -> str:
        return _SUB[self][1]

    @property
    def plover(self) -> str | None:
        """The PLOVER event type this sub-event maps to, where one fits (see docs/model.md)."""
        return _SUB[self][2]

    @classmethod
    def from_acled_label(cls, label: str) -> SubEventType:
        for k, v in _SUB.items():
            if v[1] == label:
                return k
        raise ValueError(f"not an ACLED sub-event type: {label!r}")


_B = EventType.BATTLES
_E = EventType.EXPLOSIONS_REMOTE_VIOLENCE
_V = EventType.VIOLENCE_AGAINST_CIVILIANS
_P = EventType.PROTESTS
_R = EventType.RIOTS
_S = EventType.STRATEGIC_DEVELOPMENTS
_SUB: dict[SubEventType, tuple[EventType, str, str | None]] = {
    SubEventType.ARMED_CLASH: (_B, "Armed clash", "FIGHT"),
    SubEventType.GOVERNMENT_REGAINS_TERRITORY: (_B, "Government regains territory", "FIGHT"),
    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY: (
        _B,
        "Non-state actor overtakes territory",
        "FIGHT",
    ),
    SubEventType.CHEMICAL_WEAPON: (_E, "Chemical weapon", "FIGHT"),
    SubEventType.AIR_DRONE_STRIKE: (_E, "Air/drone strike", "FIGHT"),
    SubEventType.SUICIDE_BOMB: (_E, "Suicide bomb", "ASSAULT"),
    SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK: (
        _E,
        "Shelling/artillery/missile attack",
        "FIGHT",
    ),
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED: (_E, "Remote explosive/landmine/IED", "ASSAULT"),
    SubEventType.GRENADE: (_E, "Grenade", "FIGHT"),
    SubEventType.SEXUAL_VIOLENCE: (_V, "Sexual violence", "ASSAULT"),
    SubEventType.ATTACK: (_V, "Attack", "ASSAULT"),
    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE: (_V, "Abduction/forced disappearance", "ASSAULT"),
    SubEventType.PEACEFUL_PROTEST: (_P, "Peaceful protest", "PROTEST"),
    SubEventType.PROTEST_WITH_INTERVENTION: (_P, "Protest with intervention", "PROTEST"),
    SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS: (
        _P,
        "Excessive force against protesters",
        "ASSAULT",
    ),
    SubEventType.VIOLENT_DEMONSTRATION: (_R, "Violent demonstration", "PROTEST"),
    SubEventType.MOB_VIOLENCE: (_R, "Mob violence", "ASSAULT"),
    SubEventType.AGREEMENT: (_S, "Agreement", "AGREE"),
    SubEventType.ARRESTS: (_S, "Arrests", "COERCE"),
    SubEventType.CHANGE_TO_GROUP_ACTIVITY: (_S, "Change to group/activity", "MOBILIZE"),
    SubEventType.DISRUPTED_WEAPONS_USE: (_S, "Disrupted weapons use", "COERCE"),
    SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED: (
        _S,
        "Headquarters or base established",
        "MOBILIZE",
    ),
    SubEventType.LOOTING_PROPERTY_DESTRUCTION: (_S, "Looting/property destruction", "ASSAULT"),
    SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY: (
        _S,
        "Non-violent transfer of territory",
        "CONCEDE",
    ),
    SubEventType.OTHER: (_S, "Other", None),
}


class Outcome(StrEnum):
    """What happened to the people a casualty figure counts."""

    KILLED = "killed"
    INJURED = "injured"
    DISPLACED = "displaced"
    CAPTURED = "captured"
    MISSING = "missing"


class CasualtyGroup(StrEnum):
    """The generic groups a figure can count.  A figure's ``group`` is one of these values or
    the id of an actor (``actor:hts``) or of a faction side (``faction:...``)."""

    TOTAL = "total"
    CIVILIANS = "civilians"
    COMBATANTS = "combatants"


class Precision(StrEnum):
    """How finely a :class:`TimeSpan` is known, finest first.

    ``interval`` is a span with day-exact ends that no calendar unit names ("between 27 and 29
    November", "the past week", "since Wednesday").
    """

    PART_OF_DAY = "part_of_day"
    DAY = "day"
    INTERVAL = "interval"
    WEEK = "week"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    SEASON = "season"
    PART_OF_YEAR = "part_of_year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class CountQualifier(StrEnum):
    """How a reported number bounds the true one (docs/design.md#counts)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    APPROXIMATELY = "approximately"
    RANGE = "range"
    VAGUE = "vague"


class ClaimKind(StrEnum):
    REPORTED = "reported"
    CLAIMED = "claimed"
    DENIED = "denied"
    ALLEGED = "alleged"
    CONFIRMED = "confirmed"


class Verification(StrEnum):
    UNVERIFIED = "unverified"
    INDEPENDENTLY_VERIFIED = "independently_verified"
    DISPUTED = "disputed"


class FactionRole(StrEnum):
    """How an associated actor stands to a faction's lead actor."""

    ALLIED_WITH = "allied_with"
    BACKED_BY = "backed_by"


class LocationKind(StrEnum):
    SITE = "site"  # an airport, a citadel, a prison, a base
    NEIGHBOURHOOD = "neighbourhood"
    VILLAGE = "village"
    TOWN = "town"
    CITY = "city"
    ADMIN3 = "admin3"
    ADMIN2 = "admin2"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    REGION = "region"  # a named area that is no administrative unit ("northwestern Syria")
    FEATURE = "feature"  # a road, a river, a border crossing, a front line


class GeoPrecision(IntEnum):
    """How exactly a location's point is known; the values are UCDP GED's ``where_prec``.

    ACLED's ``geo_precision`` 1-3 maps onto it (see :meth:`from_acled` / :attr:`acled`).
    """

    EXACT = 1  # the place itself
    NEAR = 2  # within about 25 km of the point
    ADMIN2 = 3  # only the second-order administrative unit is known
    ADMIN1 = 4  # only the first-order administrative unit is known
    AREA = 5  # a linear feature or area: a road, a border region, a front
    COUNTRY = 6
    INTERNATIONAL = 7  # international waters or airspace

    @property
    def acled(self) -> int:
        """ACLED ``geo_precision``: 1 the place, 2 near it / part of a region, 3 a larger area."""
        if self is GeoPrecision.EXACT:
            return 1
        if self is GeoPrecision.NEAR:
            return 2
        return 3

    @classmethod
    def from_acled(cls, code: int) -> GeoPrecision:
        """ACLED 1 -> EXACT, 2 -> NEAR, 3 -> ADMIN2 (ACLED codes a provincial capital or a
        district centre for a region named only; ADMIN2 is the nearest UCDP level)."""
        try:
            return {1: cls.EXACT, 2: cls.NEAR, 3: cls.ADMIN2}[code]
        except KeyError:
            raise ValueError(f"ACLED geo_precision must be 1, 2 or 3, got {code!r}") from None
