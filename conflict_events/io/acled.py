"""ACLED CSV exports: read them into engagements and write them back, cell for cell.

>>> import io
>>> text = (
...     ",".join(COLUMNS) + "\\n"
...     "XYZ1,05 March 2023,2023,1,Political violence,Battles,Armed clash,"
...     "Militia A (Xland),,3,Militia B (Xland),,3,33,,204,Western Africa,Benin,"
...     "Borgou,Parakou,,Parakou,9.337,2.6303,1,Local paper,National,Some notes,2,,1680000000\\n"
... )
>>> [e] = read(io.StringIO(text))
>>> e.when.start, e.factions[1].lead, e.location.country, e.casualties[0].figures[0].count.low
(datetime.date(2023, 3, 5), 'actor:acled:militia-b-xland', 'BJ', 2)
>>> out = io.StringIO()
>>> write([e], out)
1
>>> out.getvalue() == text
True

Each column maps to a model field where one fits; cells the model has no field for are kept in
``Engagement.extras`` under ``"acled.<column>"``, and so is the original text of a model column
whenever the writer would not reproduce it from the typed value (an ISO ``event_date``, a
latitude written ``"12.04550"``).  Such a kept cell is used on writing only while it still reads
back as the engagement's current value, so edits to the typed fields write through.  The full
column table is in docs/interop.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from conflict_events._errors import RowError, ValidationError
from conflict_events.io._csv import (
    CellError,
    CsvFormat,
    Source,
    Target,
    actor_id,
    admin_cells,
    admin_path_of,
    country_from_name,
    country_from_numeric,
    country_name,
    country_numeric,
    engagement_id,
    getter,
    kept,
    key_cell,
    parse_int,
    parse_point,
    point_cells,
    put,
    read_csv,
    row_formatter,
    split_list,
    write_csv,
)
from conflict_events.model import (
    Actor,
    ActorKind,
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    EventType,
    Faction,
    FactionMember,
    GeoPrecision,
    Location,
    LocationKind,
    SubEventType,
    TimeSpan,
)
from conflict_events.model._checks import ID_RE
from conflict_events.model._vocab import FactionRole, Outcome

if TYPE_CHECKING:
    from conflict_events.resolve import ActorRegistry

__all__ = ["ACLED_SOURCE", "COLUMNS", "read", "write"]

#: The 31 columns of an ACLED export, in their standard order.
COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: Columns a file must have; the others may be absent (older exports lack some).
REQUIRED = frozenset({"event_id_cnty", "event_date", "time_precision", "event_type", "actor1"})

#: Columns the model has no field for: kept verbatim in extras (when not blank).
TEXT_COLUMNS = (
    "disorder_type",
    "inter1",
    "inter2",
    "civilian_targeting",
    "region",
    "source_scale",
    "timestamp",
)

#: Model columns whose original text is kept only when the writer would write it otherwise.
HINT_COLUMNS = frozenset(
    {
        "event_date",
        "year",
        "time_precision",
        "interaction",
        "assoc_actor_1",
        "assoc_actor_2",
        "iso",
        "country",
        "admin1",
        "admin2",
        "admin3",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "fatalities",
        "tags",
    }
)

#: The source of the fatality figure when a row names no source: ACLED, which codes it.
ACLED_SOURCE = "actor:acled"

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(_MONTHS, start=1)}

# ACLED's actor-type words (recent exports write these instead of the codes 1-8), used only to
# validate inter1 / inter2; they belong beside ActorKind.acled_inter (requested of the model).
# In the order of their codes 1-8: the word form of an inter cell gives its code.
_INTER_CODES = {
    word: code
    for code, word in enumerate(
        (
            "state forces",
            "rebel group",
            "political militia",
            "identity militia",
            "rioters",
            "protesters",
            "civilians",
            "external/other forces",
        ),
        start=1,
    )
}
_INTER_WORDS = frozenset(_INTER_CODES)
_EVENT_TYPES = {t.acled_label: t for t in EventType}
_SUB_EVENT_TYPES = {t.acled_label: t for t in SubEventType}


def read(
    source: Source,
    *,
    lenient: bool = False,
    errors: list[RowError] | None = None,
    actors: dict[str, tuple[Actor, ...]] | None = None,
    registry: ActorRegistry | None = None,
) -> Iterator[Engagement]:
    """Stream the engagements of an ACLED CSV export, one row at a time (constant memory).

    ``source`` is a path or an open text file.  A bad row raises :class:`RowError` naming its
    line and column and quoting the cell; with ``lenient=True`` bad rows are appended to
    ``errors`` instead and reading goes on.  A header that lacks a required column always
    raises.  Unknown extra columns are kept in extras and written back in their place.

    With ``actors`` (a dict to fill), every actor id of the engagements read (leads and
    associates) is mapped to the actors its cell names: each name of the cell
    (:func:`~conflict_events.resolve.split_acled_cell`) resolved by ``registry`` (default:
    :meth:`ActorRegistry.default <conflict_events.resolve.ActorRegistry.default>`), a template
    name (docs/acled-actors.md) built with the row's ``inter`` code so social groups get
    their kind, and a name neither knows as an actor of the row's ``inter`` kind and country
    (see docs/interop.md).  The engagements themselves are the same either way: their ids
    stay the cells' ids, so every cell is written back unchanged.

    >>> import io
    >>> row = ("X1,05 March 2023,2023,1,Political violence,Battles,Armed clash,"
    ...        "Military Forces of Benin (2016-),,1,Farmers (Benin),,4,14,,204,Western Africa,"
    ...        "Benin,Alibori,Karimama,,Karimama,12.06,3.18,1,Local paper,National,,0,,1")
    >>> actors = {}
    >>> [e] = read(io.StringIO(",".join(COLUMNS) + "\\n" + row + "\\n"), actors=actors)
    >>> [(a.kind.value, a.country) for a in actors[e.factions[1].lead]]
    [('identity_militia', 'BJ')]

    >>> import io
    >>> bad = ",".join(COLUMNS) + "\\nX1,31 Febtober 2020,2020,1" + "," * 27 + "\\n"
    >>> next(read(io.StringIO(bad)))
    Traceback (most recent call last):
    ...
    conflict_events.RowError: line 2, column 'event_date': expected a date like '28 December 2022', '28-December-2022' or '2022-12-28' (got '31 Febtober 2020')
    >>> errors = []
    >>> list(read(io.StringIO(bad), lenient=True, errors=errors)), errors[0].line
    ([], 2)
    """
    engagements = read_csv(source, FORMAT, lenient=lenient, errors=errors)
    if actors is None:
        return engagements
    return _resolving(engagements, actors, registry)


def _inter_code(cell: str) -> int | None:
    text = cell.strip()
    if text.isdigit():
        return int(text) or None
    return _INTER_CODES.get(text.lower())


def _resolving(
    engagements: Iterator[Engagement],
    actors: dict[str, tuple[Actor, ...]],
    registry: ActorRegistry | None,
) -> Iterator[Engagement]:
    from conflict_events.resolve import ActorRegistry, split_acled_cell

    names = registry if registry is not None else ActorRegistry.default()
    cache: dict[tuple[str, int | None, str | None], Actor] = {}

    def resolve(part: str, inter: int | None, country: str | None) -> Actor:
        key = (part, inter, country)
        actor = cache.get(key)
        if actor is None:
            actor = cache[key] = _row_actor(names, part, inter, country)
        return actor

    for e in engagements:
        extras = e.extras
        country = e.location.country if e.location is not None else None
        for side, faction in zip(("1", "2"), e.factions, strict=False):
            inter = _inter_code(extras.get(f"acled.inter{side}", ""))
            if faction.name is not None and faction.lead not in actors:
                actors[faction.lead] = tuple(
                    resolve(p, inter, country) for p in split_acled_cell(faction.name)
                )
            cell = extras.get(f"acled.assoc_actor_{side}")
            parts = split_list(cell) if cell is not None else ()
            by_id = {actor_id("acled", part): part for part in parts}
            for member in faction.associates:
                if member.actor not in actors and member.actor in by_id:
                    actors[member.actor] = tuple(
                        resolve(p, inter, country) for p in split_acled_cell(by_id[member.actor])
                    )
        yield e


_TEMPLATE_IDS = "actor:acled:"


def _row_actor(registry: ActorRegistry, name: str, inter: int | None, country: str | None) -> Actor:
    """The actor one name of an ACLED cell stands for in its row (see :func:`read`)."""
    from conflict_events.resolve import acled_actor, parse_acled_actor

    try:
        known: Actor | None = registry.resolve(name)
    except LookupError:
        known = None
    if known is None or known.id.startswith(_TEMPLATE_IDS):
        # A template name (the registry builds those without the row): rebuilt with the
        # row's inter code, which gives social groups, movements and organisations their kind.
        template = acled_actor(name, inter=inter)
        if template is not None:
            parsed = parse_acled_actor(name, inter=inter)
            if (
                template.country is None
                and country is not None
                and parsed is not None
                and parsed.contextual
                and not parsed.international
            ):
                # "FCBE: Cowry Forces for an Emerging Benin", "Forum of ...", "... Movement",
                # "Farmers": ACLED lists such an actor under the country it acts in, the row's.
                return attrs.evolve(template, country=country)
            return template
        if known is not None and parse_acled_actor(name) is not None:
            # A template the row's code refuses (a "... Movement" coded as an armed group):
            # the row's own type and country stand.
            known = None
    if known is not None:
        return known
    # A proper name no registry knows: ACLED's row still types it and places it.
    return Actor(
        id=actor_id("acled", name),
        name=name,
        kind=ActorKind.from_acled_inter(inter) if inter else ActorKind.OTHER,
        country=country,
        description="an ACLED actor known only by its row's inter code and country",
    )


def write(
    engagements: Iterable[Engagement],
    target: Target,
    *,
    columns: Sequence[str] | None = None,
    lenient: bool = False,
    errors: list[RowError] | None = None,
) -> int:
    """Write engagements as ACLED CSV rows; returns how many were written.

    The columns are ``columns`` if given, else the header the first engagement was read with
    (kept in extras when it was not the standard one), else :data:`COLUMNS`.  Whatever an
    engagement holds that ACLED cannot (a third faction, an injured count, a location kind, a
    parent id...) is reported as a :class:`RowError` naming the lost model path: raised, or
    with ``lenient=True`` appended to ``errors`` while the row is written as far as it goes.

    >>> import datetime as dt, io
    >>> e = Engagement(id="engagement:x", event_type="battles", when=TimeSpan.on(dt.date(2024, 11, 28)),
    ...     factions=[Faction(lead="actor:hts")], parent="engagement:campaign")
    >>> errors = []
    >>> write([e], io.StringIO(), lenient=True, errors=errors)
    1
    >>> errors[0].column
    '$.parent'
    """
    return write_csv(engagements, target, FORMAT, columns=columns, lenient=lenient, errors=errors)


# -- cells ---------------------------------------------------------------------------------------
def _parse_date(cell: str, column: str = "event_date") -> dt.date:
    text = cell.strip()
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return dt.date.fromisoformat(text)
        day, month, year = text.replace("-", " ").split()  # older exports: 12-March-2019
        number = _MONTH_NUMBER.get(month.lower())
        if number is not None and day.isdigit() and year.isdigit() and len(year) == 4:
            return dt.date(int(year), number, int(day))
    except ValueError:
        pass
    raise CellError(
        "expected a date like '28 December 2022', '28-December-2022' or '2022-12-28'", column, cell
    )


def _format_date(day: dt.date) -> str:
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def _check_inter(cell: str, column: str) -> None:
    text = cell.strip()
    if text and not ((text.isdigit() and int(text) <= 8) or text.lower() in _INTER_WORDS):
        raise CellError(
            "expected an ACLED actor type: a code 0-8 or a word such as 'State forces'",
            column,
            cell,
        )


def _derived_interaction(inter1: str, inter2: str) -> str:
    """ACLED's interaction code from two numeric actor types: the lower first, except that a
    missing second actor (0) comes last ("70"); "" for the word forms."""
    if len(inter1) != 1 or len(inter2) != 1 or not (inter1 + inter2).isdigit():
        return ""
    if inter2 == "0":
        return inter1 + "0"
    return min(inter1, inter2) + max(inter1, inter2)


def _interaction(inter1: str, inter2: str, interaction: str) -> _Hints:
    _check_inter(inter1, "inter1")
    _check_inter(inter2, "inter2")
    if interaction == _derived_interaction(inter1, inter2):
        return ()
    return (("acled.interaction", interaction),)


def _location_kind() -> LocationKind:
    # ACLED does not say what kind of place `location` is; it is mostly a town or village.
    return LocationKind.TOWN


_PLACE_COLUMNS = (
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "admin1",
    "admin2",
    "admin3",
    "iso",
    "country",
)

_Hints = tuple[tuple[str, str], ...]


def _make_parser(
    header: Sequence[str], header_json: str | None
) -> Callable[[list[str]], Engagement]:
    """A function turning the cells of one ACLED row into an engagement.

    Parts that repeat across rows (dates, actors, places, sources) are built once and interned,
    keyed on their raw cells; itemgetter picks each part's cells in one C call, and the row
    function reads everything from its closure (the hot loop of every ACLED read).
    """
    absent = len(header)  # the trailing "" every row gets
    index = {name: i for i, name in enumerate(header)}
    at = {c: index.get(c, absent) for c in COLUMNS}
    standard = set(COLUMNS)
    kept_columns = [c for c in TEXT_COLUMNS if c in index]
    kept_columns += [name for name in header if name not in standard]
    kept_names = tuple(f"acled.{c}" for c in kept_columns)
    kept_cells = getter([index[c] for c in kept_columns])
    inter_getter = getter([at["inter1"], at["inter2"], at["interaction"]])
    inter_cache: dict[tuple[str, ...], _Hints] = {}
    i_key, i_actor2, i_assoc2 = at["event_id_cnty"], at["actor2"], at["assoc_actor_2"]
    i_tags, i_notes = at["tags"], at["notes"]
    date_getter = getter([at["event_date"], at["time_precision"], at["year"]])
    type_getter = getter([at["event_type"], at["sub_event_type"]])
    first_getter = getter([at["actor1"], at["assoc_actor_1"]])
    place_getter = getter([at[c] for c in _PLACE_COLUMNS])
    source_getter = getter([at["source"], at["fatalities"]])
    when_cache: dict[tuple[str, ...], tuple[TimeSpan, _Hints]] = {}
    faction_cache: dict[tuple[str, ...], tuple[Faction, _Hints]] = {}
    location_cache: dict[tuple[str, ...], tuple[Location | None, _Hints]] = {}
    source_cache: dict[
        tuple[str, ...], tuple[tuple[Attribution, ...], tuple[CasualtyReport, ...], _Hints]
    ] = {}
    tags_cache: dict[str, tuple[tuple[str, ...], _Hints]] = {}
    type_cache: dict[tuple[str, ...], tuple[EventType, SubEventType | None]] = {}
    id_re = ID_RE.fullmatch

    def parse(cells: list[str]) -> Engagement:
        extras = {
            name: value for name, value in zip(kept_names, kept_cells(cells), strict=False) if value
        }
        inter_cells = inter_getter(cells)
        inter_hints = inter_cache.get(inter_cells)
        if inter_hints is None:
            inter_hints = _interaction(*inter_cells)
            put(inter_cache, inter_cells, inter_hints)
        if inter_hints:
            extras.update(inter_hints)
        if header_json is not None:
            extras["acled:columns"] = header_json
        # ACLED's event_id_cnty is the key; an engagement id written out comes back as is.
        key = cells[i_key]
        if ":" in key and id_re(key):
            eid = key
        elif key.strip():
            eid = engagement_id("acled:" + key)
            extras["acled.event_id_cnty"] = key
        else:
            raise CellError("event_id_cnty must not be blank", "event_id_cnty", key)

        date_cells = date_getter(cells)
        when = when_cache.get(date_cells)
        if when is None:
            when = _when(*date_cells)
            put(when_cache, date_cells, when)
        if when[1]:
            extras.update(when[1])

        type_cells = type_getter(cells)
        types = type_cache.get(type_cells)
        if types is None:
            types = _types(*type_cells)
            put(type_cache, type_cells, types)

        first_cells = first_getter(cells)
        first = faction_cache.get(first_cells)
        if first is None:
            first = _faction(first_cells[0], first_cells[1], "1", "")
            put(faction_cache, first_cells, first)
        if first[1]:
            extras.update(first[1])
        actor2 = cells[i_actor2]
        if actor2:
            lead = first[0].lead
            second_cells = (actor2, cells[i_assoc2], lead)
            second = faction_cache.get(second_cells)
            if second is None:
                second = _faction(actor2, cells[i_assoc2], "2", lead)
                put(faction_cache, second_cells, second)
            if second[1]:
                extras.update(second[1])
            factions: tuple[Faction, ...] = (first[0], second[0])
        elif cells[i_assoc2].strip():
            raise CellError(
                "assoc_actor_2 names actors but actor2 is blank", "assoc_actor_2", cells[i_assoc2]
            )
        else:
            factions = (first[0],)

        place_cells = place_getter(cells)
        place = location_cache.get(place_cells)
        if place is None:
            place = _location(*place_cells)
            put(location_cache, place_cells, place)
        if place[1]:
            extras.update(place[1])

        source_cells = source_getter(cells)
        sourced = source_cache.get(source_cells)
        if sourced is None:
            sourced = _sources(*source_cells)
            put(source_cache, source_cells, sourced)
        if sourced[2]:
            extras.update(sourced[2])

        tag_cell = cells[i_tags]
        tagged = tags_cache.get(tag_cell)
        if tagged is None:
            tagged = _tags(tag_cell)
            put(tags_cache, tag_cell, tagged)
        if tagged[1]:
            extras.update(tagged[1])

        try:
            return Engagement(
                id=eid,
                event_type=types[0],
                sub_event_type=types[1],
                when=when[0],
                location=place[0],
                factions=factions,
                casualties=sourced[1],
                attributions=sourced[0],
                description=cells[i_notes] or None,
                tags=tagged[0],
                extras=extras,
            )
        except ValidationError as exc:  # the parts are valid; only cross-field checks remain
            raise CellError(str(exc), None, None) from None

    return parse


def _when(date_cell: str, precision_cell: str, year_cell: str) -> tuple[TimeSpan, _Hints]:
    precision = parse_int(precision_cell, "time_precision", lo=1, hi=3)
    day = _parse_date(date_cell)
    if year_cell.strip() and parse_int(year_cell, "year") != day.year:
        raise CellError(f"year does not match event_date {date_cell!r}", "year", year_cell)
    when = TimeSpan.from_acled(day, precision)
    hints = []
    if _format_date(when.start) != date_cell:
        hints.append(("acled.event_date", date_cell))
    if str(precision) != precision_cell:
        hints.append(("acled.time_precision", precision_cell))
    if str(day.year) != year_cell:
        hints.append(("acled.year", year_cell))
    return when, tuple(hints)


def _faction(actor_cell: str, assoc_cell: str, side: str, taken: str) -> tuple[Faction, _Hints]:
    column = f"actor{side}"
    if not actor_cell.strip():
        raise CellError(f"{column} must not be blank", column, actor_cell)
    lead = actor_id("acled", actor_cell)
    if lead == taken:
        # ACLED codes fights within one group (rioters against rioters) as actor1 == actor2;
        # the model wants distinct sides, so the second side gets a marked id.
        lead += "~2"
    name = None if ID_RE.fullmatch(actor_cell) else actor_cell
    members = _members(assoc_cell, lead)
    hints = []
    if "; ".join(members) != assoc_cell:
        hints.append((f"acled.assoc_actor_{side}", assoc_cell))
    faction = Faction(
        lead=lead, associates=tuple(FactionMember(actor=m) for m in members), name=name
    )
    return faction, tuple(hints)


def _members(assoc_cell: str, lead: str) -> list[str]:
    # Duplicates and the lead itself are left out of the typed associates (the model forbids
    # them); the cell text itself is kept, so it is still written back.
    members: list[str] = []
    for part in split_list(assoc_cell):
        member = actor_id("acled", part)
        if member != lead and member not in members:
            members.append(member)
    return members


def _types(event_cell: str, sub_cell: str) -> tuple[EventType, SubEventType | None]:
    event_type = _EVENT_TYPES.get(event_cell)
    if event_type is None:
        raise CellError("expected an ACLED event type such as 'Battles'", "event_type", event_cell)
    if not sub_cell:
        return event_type, None
    sub = _SUB_EVENT_TYPES.get(sub_cell)
    if sub is None:
        raise CellError(
            "expected an ACLED sub-event type such as 'Armed clash'", "sub_event_type", sub_cell
        )
    if sub.event_type is not event_type:
        raise CellError(
            f"the sub-event type belongs to {sub.event_type.acled_label!r}, not {event_cell!r}",
            "sub_event_type",
            sub_cell,
        )
    return event_type, sub


def _location(
    name: str,
    lat_cell: str,
    lon_cell: str,
    precision_cell: str,
    admin1: str,
    admin2: str,
    admin3: str,
    iso_cell: str,
    country_cell: str,
) -> tuple[Location | None, _Hints]:
    if not any(
        c.strip()
        for c in (
            name,
            lat_cell,
            lon_cell,
            precision_cell,
            admin1,
            admin2,
            admin3,
            iso_cell,
            country_cell,
        )
    ):
        return None, ()
    if not name.strip():
        raise CellError("location is blank while other place columns are filled", "location", name)
    hints: list[tuple[str, str]] = []
    point = parse_point(lat_cell, lon_cell, "acled", hints)
    precision = None
    if precision_cell.strip():
        precision = GeoPrecision.from_acled(parse_int(precision_cell, "geo_precision", lo=1, hi=3))
        if str(precision.acled) != precision_cell:
            hints.append(("acled.geo_precision", precision_cell))
    admin_path = admin_path_of(
        (admin1, admin2, admin3), ("acled.admin1", "acled.admin2", "acled.admin3"), hints
    )
    country = country_from_numeric(iso_cell) if iso_cell.strip() else None
    if country is None and not iso_cell.strip() and country_cell.strip():
        country = country_from_name(country_cell)
    if country_numeric(country) != iso_cell:
        hints.append(("acled.iso", iso_cell))
    if country_name(country) != country_cell:
        hints.append(("acled.country", country_cell))
    location = Location(
        name=name,
        kind=_location_kind(),
        country=country,
        admin_path=admin_path,
        point=point,
        geo_precision=precision,
    )
    return location, tuple(hints)


def _attributions(source_cell: str) -> tuple[Attribution, ...]:
    return tuple(Attribution(source_name=s) for s in split_list(source_cell))


def _sources(
    source_cell: str, fatalities_cell: str
) -> tuple[tuple[Attribution, ...], tuple[CasualtyReport, ...], _Hints]:
    attributions = _attributions(source_cell)
    hints = []
    if "; ".join(a.source_name or "" for a in attributions) != source_cell:
        hints.append(("acled.source", source_cell))
    casualties: tuple[CasualtyReport, ...] = ()
    if fatalities_cell.strip():
        n = parse_int(fatalities_cell, "fatalities", lo=0)
        if str(n) != fatalities_cell:
            hints.append(("acled.fatalities", fatalities_cell))
        casualties = (
            CasualtyReport(
                figures=(
                    CasualtyFigure(outcome=Outcome.KILLED, group="total", count=Count.exact(n)),
                ),
                attribution=_casualty_attribution(source_cell),
            ),
        )
    return attributions, casualties, tuple(hints)


def _casualty_attribution(source_cell: str) -> Attribution:
    if source_cell.strip():
        return Attribution(source_name=source_cell)
    return Attribution(source=ACLED_SOURCE)


def _tags(cell: str) -> tuple[tuple[str, ...], _Hints]:
    tags = split_list(cell)
    return tags, (() if "; ".join(tags) == cell else (("acled.tags", cell),))


# -- writing ---------------------------------------------------------------------------------------
def _formatter(header: Sequence[str]) -> Callable[[Engagement], list[str]]:
    return row_formatter(header, COLUMNS, "acled", _standard_cells)


def _standard_cells(e: Engagement) -> dict[str, str]:
    extras = e.extras
    out = {c: extras.get(f"acled.{c}", "") for c in TEXT_COLUMNS}
    out["event_id_cnty"] = key_cell(e, "acled", "event_id_cnty")

    when = e.when
    precision = when.acled_time_precision
    out["time_precision"] = kept(
        extras, "acled.time_precision", str(precision), lambda c: parse_int(c, "") == precision
    )
    date_text = kept(
        extras,
        "acled.event_date",
        _format_date(when.start),
        lambda c: TimeSpan.from_acled(_parse_date(c), precision) == when,
    )
    out["event_date"] = date_text
    year = _parse_date(date_text).year
    out["year"] = kept(
        extras, "acled.year", str(year), lambda c: not c.strip() or parse_int(c, "") == year
    )

    out["interaction"] = extras.get(
        "acled.interaction", _derived_interaction(out["inter1"], out["inter2"])
    )
    out["event_type"] = e.event_type.acled_label
    out["sub_event_type"] = e.sub_event_type.acled_label if e.sub_event_type else ""

    for side, faction in zip(("1", "2"), (*e.factions, None, None), strict=False):
        if faction is None:
            out[f"actor{side}"] = out[f"assoc_actor_{side}"] = ""
            continue
        out[f"actor{side}"] = faction.name if faction.name is not None else faction.lead
        out[f"assoc_actor_{side}"] = kept(
            extras,
            f"acled.assoc_actor_{side}",
            "; ".join(m.actor for m in faction.associates),
            functools.partial(_names_associates, faction=faction),
        )

    _location_cells(e.location, extras, out)

    attributions = e.attributions
    out["source"] = kept(
        extras,
        "acled.source",
        "; ".join(a.source_name or a.source or "" for a in attributions),
        lambda c: _attributions(c) == attributions,
    )
    killed = None
    for report in e.casualties:
        figure = report.figure(Outcome.KILLED, "total")
        if figure is not None:
            killed = figure.count.figure if figure.count.figure is not None else figure.count.low
            break
    default = "" if killed is None else str(killed)
    out["fatalities"] = kept(
        extras,
        "acled.fatalities",
        default,
        lambda c: killed is not None and parse_int(c, "") == killed,
    )
    out["notes"] = e.description or ""
    tags = e.tags
    out["tags"] = kept(extras, "acled.tags", "; ".join(tags), lambda c: split_list(c) == tags)
    return out


def _names_associates(cell: str, faction: Faction) -> bool:
    """Whether an assoc_actor cell reads back as ``faction``'s associates."""
    return _members(cell, faction.lead) == [m.actor for m in faction.associates] and all(
        m.role is FactionRole.ALLIED_WITH for m in faction.associates
    )


def _location_cells(location: Location | None, extras: dict[str, str], out: dict[str, str]) -> None:
    if location is None:
        for c in (
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "admin1",
            "admin2",
            "admin3",
            "iso",
            "country",
        ):
            out[c] = ""
        return
    out["location"] = location.name
    point = location.point
    out["latitude"], out["longitude"] = point_cells(point, "acled", extras)
    precision = location.geo_precision
    acled_precision = None if precision is None else precision.acled
    out["geo_precision"] = kept(
        extras,
        "acled.geo_precision",
        "" if acled_precision is None else str(acled_precision),
        lambda c: parse_int(c, "") == acled_precision,
    )
    out["admin1"], out["admin2"], out["admin3"] = admin_cells(
        extras, ("acled.admin1", "acled.admin2", "acled.admin3"), location.admin_path
    )
    country = location.country
    # The country is read from iso; from the country name only when iso is blank.  So a kept
    # name is written back beside a filled iso whatever it says, and beside a blank iso only
    # while it still names the country.
    name = extras.get("acled.country", country_name(country))
    iso = out["iso"] = kept(
        extras,
        "acled.iso",
        country_numeric(country),
        lambda c: (country_from_numeric(c) if c.strip() else country_from_name(name)) == country,
    )
    out["country"] = kept(
        extras,
        "acled.country",
        country_name(country),
        lambda c: bool(iso.strip()) or country_from_name(c) == country,
    )


FORMAT = CsvFormat(
    name="acled",
    columns=COLUMNS,
    required=REQUIRED,
    hint_columns=HINT_COLUMNS,
    parser=_make_parser,
    formatter=_formatter,
)
