"""UCDP GED CSV: read it into engagements and write it back, cell for cell.

>>> import io
>>> row = ("1,XYZ-2020-1-1-1,2020,1,Clear,1,1,1,Xland: Government,1,1,Government of Xland - "
...        "Front,10,10,Government of Xland,20,20,Front,1,\\"Paper,2020-05-02,Clash\\",Paper,"
...        "2020-05-02,Clash,Police,1,Town A,near Town A,A province,B district,9.5,2.25,"
...        "POINT (2.25 9.5),1000,Benin,500,Africa,1,1,2020-05-01 00:00:00.000,"
...        "2020-05-01 00:00:00.000,1,2,0,0,3,4,3,500,")
>>> text = ",".join(COLUMNS) + "\\n" + row + "\\n"
>>> [e] = read(io.StringIO(text))
>>> total = e.casualties[0].figure("killed")
>>> total.count.low, total.count.figure, total.count.high, e.factions[0].lead
(3, 3, 4, 'actor:ucdp:10')
>>> out = io.StringIO()
>>> write([e], out), out.getvalue() == text
(1, True)

Sides become factions (ids ``actor:ucdp:<side_*_new_id>``); ``low`` / ``best`` / ``high`` one
killed-total :class:`Count` (``range``, the best estimate as its ``figure``) and the four death
counts exact figures per group; ``where_prec`` the location's :class:`GeoPrecision`;
``date_start`` / ``date_end`` / ``date_prec`` the :class:`TimeSpan`; ``source_office`` (with
``source_date``) the attributions.  Cells the model has no field for, and original cells the
writer would not reproduce, are kept in extras under ``"ucdp.<column>"`` (docs/interop.md).

Rows whose estimates break low <= best <= high (real releases have them) are read as
published: the count holds the smaller of low / high as its low bound, the kept cells give the
original order back on writing, and the row is flagged in extras under
:data:`INCONSISTENT_ESTIMATES` and, when a ``notices`` list is given to :func:`read`, reported
there as a :class:`RowError` naming the line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence

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
    country_name,
    engagement_id,
    format_float,
    getter,
    kept,
    key_cell,
    parse_int,
    parse_point,
    point_cells,
    put,
    read_csv,
    row_formatter,
    write_csv,
)
from conflict_events.model import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    CountQualifier,
    Engagement,
    EventType,
    Faction,
    GeoPrecision,
    Location,
    LocationKind,
    Outcome,
    Point,
    TimeSpan,
)
from conflict_events.model._checks import ID_RE

__all__ = [
    "COLUMNS",
    "INCONSISTENT_ESTIMATES",
    "UCDP_SOURCE",
    "UNKNOWN_GROUP",
    "read",
    "write",
]

#: The 49 columns of UCDP GED CSV, in their standard order.
COLUMNS: tuple[str, ...] = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)

REQUIRED = frozenset({"id", "side_a", "side_b", "date_prec", "date_start", "date_end"})

#: Columns the model has no field for: kept verbatim in extras (when not blank).
TEXT_COLUMNS = (
    "relid",
    "year",
    "active_year",
    "code_status",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_b_dset_id",
    "number_of_sources",
    "source_article",
    "source_headline",
    "source_original",
    "where_description",
    "priogrid_gid",
    "country_id",
    "region",
    "event_clarity",
    "gwnoa",
    "gwnob",
)

#: Model columns whose original text is kept only when the writer would write it otherwise.
HINT_COLUMNS = frozenset(
    {
        "type_of_violence",
        "side_a_new_id",
        "side_b_new_id",
        "side_a",
        "side_b",
        "source_office",
        "source_date",
        "where_prec",
        "adm_1",
        "adm_2",
        "latitude",
        "longitude",
        "geom_wkt",
        "country",
        "date_prec",
        "date_start",
        "date_end",
        "deaths_a",
        "deaths_b",
        "deaths_civilians",
        "deaths_unknown",
        "best",
        "high",
        "low",
    }
)

#: The extras key that flags a row whose estimates break low <= best <= high; its value says
#: how ("best < low", "low > high"...).
INCONSISTENT_ESTIMATES = "ucdp:inconsistent_estimates"

#: The casualty group of ``deaths_unknown``: deaths UCDP could not assign to a side or to
#: civilians (an id-shaped group, since the model's generic groups have no "unknown").
UNKNOWN_GROUP = "ucdp:unknown"

#: The source of the casualty figures: UCDP, which codes them from the reports it cites.
UCDP_SOURCE = "actor:ucdp"

_DATE_SUFFIX = " 00:00:00.000"
_ONE_SIDED = "3"


def read(
    source: Source,
    *,
    lenient: bool = False,
    errors: list[RowError] | None = None,
    notices: list[RowError] | None = None,
) -> Iterator[Engagement]:
    """Stream the engagements of a UCDP GED CSV file, one row at a time (constant memory).

    Errors work as in :func:`conflict_events.io.acled.read`.  Rows read correctly but flagged
    (estimates outside low <= best <= high) are appended to ``notices`` when it is given.

    >>> import io
    >>> bad = ",".join(COLUMNS) + "\\n" + ",".join(["x"] * 49) + "\\n"
    >>> next(read(io.StringIO(bad)))
    Traceback (most recent call last):
    ...
    conflict_events.RowError: line 2, column 'type_of_violence': expected a type of violence 1, 2 or 3 (got 'x')
    """
    return read_csv(source, FORMAT, lenient=lenient, errors=errors, notices=notices)


def write(
    engagements: Iterable[Engagement],
    target: Target,
    *,
    columns: Sequence[str] | None = None,
    lenient: bool = False,
    errors: list[RowError] | None = None,
) -> int:
    """Write engagements as UCDP GED CSV rows; returns how many were written.  Columns and
    the reporting of what GED cannot hold work as in :func:`conflict_events.io.acled.write`.

    >>> import io
    >>> write([], io.StringIO())
    0
    """
    return write_csv(engagements, target, FORMAT, columns=columns, lenient=lenient, errors=errors)


# -- reading ---------------------------------------------------------------------------------------
_Hints = tuple[tuple[str, str], ...]
_PLACE_COLUMNS = (
    "where_coordinates",
    "latitude",
    "longitude",
    "geom_wkt",
    "where_prec",
    "adm_1",
    "adm_2",
    "country",
)
_DEATH_COLUMNS = (
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
)


def _make_parser(
    header: Sequence[str], header_json: str | None
) -> Callable[[list[str]], Engagement]:
    absent = len(header)
    index = {name: i for i, name in enumerate(header)}
    at = {c: index.get(c, absent) for c in COLUMNS}
    standard = set(COLUMNS)
    kept_columns = [c for c in TEXT_COLUMNS if c in index]
    kept_columns += [name for name in header if name not in standard]
    kept_names = tuple(f"ucdp.{c}" for c in kept_columns)
    kept_cells = getter([index[c] for c in kept_columns])
    i_id, i_type = at["id"], at["type_of_violence"]
    date_getter = getter([at["date_start"], at["date_end"], at["date_prec"]])
    side_getter = getter([at[c] for c in ("side_a_new_id", "side_a", "side_b_new_id", "side_b")])
    place_getter = getter([at[c] for c in _PLACE_COLUMNS])
    source_getter = getter([at["source_office"], at["source_date"]])
    death_getter = getter([at[c] for c in _DEATH_COLUMNS])
    when_cache: dict[tuple[str, ...], tuple[TimeSpan, _Hints]] = {}
    side_cache: dict[tuple[str, ...], tuple[tuple[Faction, Faction], _Hints]] = {}
    place_cache: dict[tuple[str, ...], tuple[Location | None, _Hints]] = {}
    source_cache: dict[tuple[str, ...], tuple[tuple[Attribution, ...], _Hints]] = {}
    death_cache: dict[tuple[str, ...], tuple[tuple[CasualtyReport, ...], _Hints, str | None]] = {}

    def parse(cells: list[str]) -> Engagement:
        extras = {
            name: value for name, value in zip(kept_names, kept_cells(cells), strict=False) if value
        }
        if header_json is not None:
            extras["ucdp:columns"] = header_json
        key = cells[i_id]
        if ":" in key and ID_RE.fullmatch(key):
            eid = key
        elif key.strip():
            eid = engagement_id("ucdp:" + key)
            extras["ucdp.id"] = key
        else:
            raise CellError("id must not be blank", "id", key)

        violence = cells[i_type]
        event_type = _event_type(violence)
        if _type_of_violence(event_type) != violence:
            extras["ucdp.type_of_violence"] = violence

        date_cells = date_getter(cells)
        when = when_cache.get(date_cells)
        if when is None:
            when = _when(*date_cells)
            put(when_cache, date_cells, when)
        extras.update(when[1])

        side_cells = side_getter(cells)
        sides = side_cache.get(side_cells)
        if sides is None:
            sides = _sides(*side_cells)
            put(side_cache, side_cells, sides)
        extras.update(sides[1])
        leads = (sides[0][0].lead, sides[0][1].lead)

        place_cells = place_getter(cells)
        place = place_cache.get(place_cells)
        if place is None:
            place = _location(*place_cells)
            put(place_cache, place_cells, place)
        extras.update(place[1])

        source_cells = source_getter(cells)
        sourced = source_cache.get(source_cells)
        if sourced is None:
            sourced = _sources(*source_cells)
            put(source_cache, source_cells, sourced)
        extras.update(sourced[1])

        death_cells = (*death_getter(cells), *leads)
        deaths = death_cache.get(death_cells)
        if deaths is None:
            deaths = _casualties(*death_cells)
            put(death_cache, death_cells, deaths)
        extras.update(deaths[1])
        if deaths[2] is not None:
            extras[INCONSISTENT_ESTIMATES] = deaths[2]

        try:
            return Engagement(
                id=eid,
                event_type=event_type,
                when=when[0],
                location=place[0],
                factions=sides[0],
                casualties=deaths[0],
                attributions=sourced[0],
                extras=extras,
            )
        except ValidationError as exc:
            raise CellError(str(exc), None, None) from None

    return parse


def _event_type(violence: str) -> EventType:
    # GED's three types of violence: 1 state-based, 2 non-state (both fighting between organised
    # sides: battles) and 3 one-sided violence against civilians.
    v = violence.strip()
    if v == _ONE_SIDED:
        return EventType.VIOLENCE_AGAINST_CIVILIANS
    if v in ("1", "2", ""):
        return EventType.BATTLES
    raise CellError("expected a type of violence 1, 2 or 3", "type_of_violence", violence)


def _type_of_violence(event_type: EventType) -> str:
    return _ONE_SIDED if event_type is EventType.VIOLENCE_AGAINST_CIVILIANS else "1"


def _parse_date(cell: str, column: str) -> dt.date:
    text = cell.strip()
    if text.endswith(_DATE_SUFFIX):
        text = text[: -len(_DATE_SUFFIX)]
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise CellError("expected a date 'YYYY-MM-DD' or 'YYYY-MM-DD 00:00:00.000'", column, cell)


def _format_date(day: dt.date) -> str:
    return day.isoformat() + _DATE_SUFFIX


def _when(start_cell: str, end_cell: str, precision_cell: str) -> tuple[TimeSpan, _Hints]:
    precision = parse_int(precision_cell, "date_prec", lo=1, hi=5)
    start = _parse_date(start_cell, "date_start")
    end = _parse_date(end_cell, "date_end")
    if end < start:
        raise CellError(f"date_end is before date_start {start_cell!r}", "date_end", end_cell)
    when = TimeSpan.from_ucdp(start, end, precision)
    hints = []
    if _format_date(start) != start_cell:
        hints.append(("ucdp.date_start", start_cell))
    if _format_date(end) != end_cell:
        hints.append(("ucdp.date_end", end_cell))
    if str(when.ucdp_date_prec) != precision_cell:
        hints.append(("ucdp.date_prec", precision_cell))
    return when, tuple(hints)


def _side_lead(new_id: str, name: str, column: str) -> str:
    if new_id.strip():
        parse_int(new_id, f"{column}_new_id", lo=0)
        return f"actor:ucdp:{new_id.strip()}"
    if not name.strip():
        raise CellError(f"{column} must not be blank", column, name)
    return actor_id("ucdp:name", name)  # never mistaken for a numeric GED id


def _sides(
    a_id: str, a_name: str, b_id: str, b_name: str
) -> tuple[tuple[Faction, Faction], _Hints]:
    lead_a = _side_lead(a_id, a_name, "side_a")
    lead_b = _side_lead(b_id, b_name, "side_b")
    if lead_b == lead_a:  # one actor on both sides: the model wants distinct sides
        lead_b += "~2"
    hints = []
    for column, cell, lead in (("side_a_new_id", a_id, lead_a), ("side_b_new_id", b_id, lead_b)):
        if _new_id(lead) != cell:
            hints.append((f"ucdp.{column}", cell))
    factions = (
        Faction(lead=lead_a, name=_side_name(a_name)),
        Faction(lead=lead_b, name=_side_name(b_name)),
    )
    for column, cell, faction in (("side_a", a_name, factions[0]), ("side_b", b_name, factions[1])):
        if _side_cell(faction) != cell:  # a blank-looking name, or an id other than the lead
            hints.append((f"ucdp.{column}", cell))
    return factions, tuple(hints)


def _side_cell(faction: Faction) -> str:
    """The side_a / side_b cell the writer makes for ``faction``."""
    return faction.name if faction.name is not None else faction.lead


def _side_name(cell: str) -> str | None:
    if not cell.strip() or ID_RE.fullmatch(cell):
        return None
    return cell


def _new_id(lead: str) -> str:
    """The side_*_new_id the writer makes from a lead id ("" when it is no UCDP number)."""
    number = lead.removeprefix("actor:ucdp:").removesuffix("~2")
    return number if lead.startswith("actor:ucdp:") and number.isdigit() else ""


def _location(
    name: str,
    lat_cell: str,
    lon_cell: str,
    wkt_cell: str,
    precision_cell: str,
    adm1: str,
    adm2: str,
    country_cell: str,
) -> tuple[Location | None, _Hints]:
    cells = (name, lat_cell, lon_cell, wkt_cell, precision_cell, adm1, adm2, country_cell)
    if not any(c.strip() for c in cells):
        return None, ()
    if not name.strip():
        raise CellError(
            "where_coordinates is blank while other place columns are filled",
            "where_coordinates",
            name,
        )
    hints: list[tuple[str, str]] = []
    point = parse_point(lat_cell, lon_cell, "ucdp", hints)
    if _wkt(point) != wkt_cell:
        hints.append(("ucdp.geom_wkt", wkt_cell))
        if point is not None and not _wkt_agrees(wkt_cell, point):
            hints.append((WKT_READ_WITH, _point_key(point)))
    precision = None
    if precision_cell.strip():
        precision = GeoPrecision(parse_int(precision_cell, "where_prec", lo=1, hi=7))
        if str(precision.value) != precision_cell:
            hints.append(("ucdp.where_prec", precision_cell))
    path = admin_path_of((adm1, adm2), ("ucdp.adm_1", "ucdp.adm_2"), hints)
    country = country_from_name(country_cell) if country_cell.strip() else None
    if country_name(country) != country_cell:
        hints.append(("ucdp.country", country_cell))
    location = Location(
        name=name,
        kind=_location_kind(precision),
        country=country,
        admin_path=path,
        point=point,
        geo_precision=precision,
    )
    return location, tuple(hints)


def _location_kind(precision: GeoPrecision | None) -> LocationKind:
    """What ``where_coordinates`` names at each ``where_prec``: a place for 1-2, the admin unit
    for 3-4, a region or feature for 5 and 7, the country for 6."""
    if precision is GeoPrecision.ADMIN2:
        return LocationKind.ADMIN2
    if precision is GeoPrecision.ADMIN1:
        return LocationKind.ADMIN1
    if precision is GeoPrecision.COUNTRY:
        return LocationKind.COUNTRY
    if precision in (GeoPrecision.AREA, GeoPrecision.INTERNATIONAL):
        return LocationKind.REGION
    return LocationKind.TOWN


def _wkt_number(x: float) -> str:
    text = format_float(x)
    return text[:-2] if text.endswith(".0") else text


def _wkt(point: Point | None) -> str:
    """GED's geom_wkt for a point: ``POINT (lon lat)``, integral values without ``.0``."""
    if point is None:
        return ""
    return f"POINT ({_wkt_number(point.lon)} {_wkt_number(point.lat)})"


def _attributions(office_cell: str, date_cell: str) -> tuple[Attribution, ...]:
    offices = [s.strip() for s in office_cell.split(";")] if office_cell.strip() else []
    dates: list[dt.date | None] = [None] * len(offices)
    parts = [s.strip() for s in date_cell.split(";")] if date_cell.strip() else []
    if len(parts) == len(offices):
        with contextlib.suppress(ValueError):  # dates that do not parse stay unknown
            dates = [dt.date.fromisoformat(p) if len(p) == 10 else None for p in parts]
    return tuple(
        Attribution(source_name=office, published=day)
        for office, day in zip(offices, dates, strict=True)
        if office
    )


def _sources(office_cell: str, date_cell: str) -> tuple[tuple[Attribution, ...], _Hints]:
    attributions = _attributions(office_cell, date_cell)
    office_text, date_text = _source_cells(attributions)
    hints = []
    if office_text != office_cell:
        hints.append(("ucdp.source_office", office_cell))
    if date_text != date_cell:
        hints.append(("ucdp.source_date", date_cell))
    return attributions, tuple(hints)


def _source_cells(attributions: tuple[Attribution, ...]) -> tuple[str, str]:
    office = ";".join(a.source_name or a.source or "" for a in attributions)
    if attributions and all(a.published is not None for a in attributions):
        dates = ";".join(a.published.isoformat() for a in attributions if a.published)
    else:
        dates = ""
    return office, dates


def _casualties(
    deaths_a: str,
    deaths_b: str,
    civilians: str,
    unknown: str,
    best_cell: str,
    high_cell: str,
    low_cell: str,
    lead_a: str,
    lead_b: str,
) -> tuple[tuple[CasualtyReport, ...], _Hints, str | None]:
    figures: list[CasualtyFigure] = []
    hints: list[tuple[str, str]] = []
    flag = None
    estimates = (best_cell, high_cell, low_cell)
    if any(c.strip() for c in estimates):
        best, high, low = (
            parse_int(cell, column, lo=0)
            for cell, column in zip(estimates, ("best", "high", "low"), strict=True)
        )
        count = Count(
            low=min(low, high), high=max(low, high), qualifier=CountQualifier.RANGE, figure=best
        )
        figures.append(CasualtyFigure(outcome=Outcome.KILLED, group="total", count=count))
        if low > high:
            flag = "low > high"
        elif best < low:
            flag = "best < low"
        elif best > high:
            flag = "best > high"
        for column, cell, n in (
            ("best", best_cell, best),
            ("high", high_cell, count.high),
            ("low", low_cell, count.low),
        ):
            if str(n) != cell:
                hints.append((f"ucdp.{column}", cell))
    for column, cell, group in (
        ("deaths_a", deaths_a, lead_a),
        ("deaths_b", deaths_b, lead_b),
        ("deaths_civilians", civilians, "civilians"),
        ("deaths_unknown", unknown, UNKNOWN_GROUP),
    ):
        if not cell.strip():
            continue
        n = parse_int(cell, column, lo=0)
        if str(n) != cell:
            hints.append((f"ucdp.{column}", cell))
        figures.append(CasualtyFigure(outcome=Outcome.KILLED, group=group, count=Count.exact(n)))
    if not figures:
        return (), tuple(hints), flag
    report = CasualtyReport(figures=tuple(figures), attribution=Attribution(source=UCDP_SOURCE))
    return (report,), tuple(hints), flag


# -- writing ---------------------------------------------------------------------------------------
def _formatter(header: Sequence[str]) -> Callable[[Engagement], list[str]]:
    return row_formatter(header, COLUMNS, "ucdp", _standard_cells)


def _standard_cells(e: Engagement) -> dict[str, str]:
    extras = e.extras
    out = {c: extras.get(f"ucdp.{c}", "") for c in TEXT_COLUMNS}
    out["id"] = key_cell(e, "ucdp", "id")
    event_type = e.event_type
    out["type_of_violence"] = kept(
        extras,
        "ucdp.type_of_violence",
        _type_of_violence(event_type),
        lambda c: _event_type(c) is event_type,
    )

    when = e.when
    start, end = when.start, when.end
    out["date_start"] = kept(
        extras, "ucdp.date_start", _format_date(start), lambda c: _parse_date(c, "") == start
    )
    out["date_end"] = kept(
        extras, "ucdp.date_end", _format_date(end), lambda c: _parse_date(c, "") == end
    )
    out["date_prec"] = kept(
        extras,
        "ucdp.date_prec",
        str(when.ucdp_date_prec),
        lambda c: TimeSpan.from_ucdp(start, end, parse_int(c, "")) == when,
    )

    for side, faction in zip(("a", "b"), (*e.factions, None, None), strict=False):
        if faction is None:
            out[f"side_{side}"] = out[f"side_{side}_new_id"] = ""
            continue
        lead = faction.lead
        new_id = _new_id(lead)
        out[f"side_{side}_new_id"] = kept(
            extras,
            f"ucdp.side_{side}_new_id",
            new_id,
            functools.partial(_names_side, lead=lead),
        )
        out[f"side_{side}"] = kept(
            extras,
            f"ucdp.side_{side}",
            _side_cell(faction),
            functools.partial(_names_side_cell, name=faction.name),
        )

    _location_cells(e.location, extras, out)

    attributions = e.attributions
    office, dates = _source_cells(attributions)
    kept_office = extras.get("ucdp.source_office", office)
    kept_dates = extras.get("ucdp.source_date", dates)
    if _attributions(kept_office, kept_dates) == attributions:  # the kept pair still reads so
        office, dates = kept_office, kept_dates
    out["source_office"], out["source_date"] = office, dates
    _death_cells(e, extras, out)
    return out


def _names_side_cell(cell: str, name: str | None) -> bool:
    return _side_name(cell) == name


def _names_side(cell: str, lead: str) -> bool:
    return cell.strip() == _new_id(lead) != ""


def _counts(cell: str, n: int | None) -> bool:
    return n is not None and parse_int(cell, "") == n


def _location_cells(location: Location | None, extras: dict[str, str], out: dict[str, str]) -> None:
    if location is None:
        for c in _PLACE_COLUMNS:
            out[c] = ""
        return
    out["where_coordinates"] = location.name
    point = location.point
    out["latitude"], out["longitude"] = point_cells(point, "ucdp", extras)
    wkt = _wkt(point)
    if point is not None and extras.get(WKT_READ_WITH) == _point_key(point):
        # the row's geom_wkt disagreed with its latitude / longitude when read, and the
        # point was not changed since: give the cell back as it was
        out["geom_wkt"] = extras.get("ucdp.geom_wkt", wkt)
    else:
        out["geom_wkt"] = kept(extras, "ucdp.geom_wkt", wkt, lambda c: _wkt_agrees(c, point))
    precision = location.geo_precision
    out["where_prec"] = kept(
        extras,
        "ucdp.where_prec",
        "" if precision is None else str(precision.value),
        lambda c: parse_int(c, "") == precision,
    )
    out["adm_1"], out["adm_2"] = admin_cells(
        extras, ("ucdp.adm_1", "ucdp.adm_2"), location.admin_path
    )
    country = location.country
    out["country"] = kept(
        extras,
        "ucdp.country",
        country_name(country),
        lambda c: (country_from_name(c) if c.strip() else None) == country,
    )


#: GED's geom_wkt can carry more digits than its latitude / longitude columns; a kept geom_wkt
#: is written back while it lies within this many degrees (about 100 m) of the point (a kept
#: blank one always: the reader takes the point from latitude / longitude).
WKT_TOLERANCE = 0.001


#: The extras key that records, for a row whose geom_wkt disagrees with its latitude /
#: longitude, the point it was read with (``"<lat> <lon>"``): the writer gives the cell back
#: as read while the point is still that one.
WKT_READ_WITH = "ucdp:geom_wkt_read_with"


def _point_key(point: Point) -> str:
    return f"{format_float(point.lat)} {format_float(point.lon)}"


def _wkt_agrees(cell: str, point: Point | None) -> bool:
    """Whether a geom_wkt cell is blank or names ``point`` (within WKT_TOLERANCE)."""
    if not cell.strip():
        return True
    try:
        return _same_place(_wkt_point(cell), point)
    except ValueError:
        return False


def _same_place(a: Point | None, b: Point | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a.lat - b.lat) <= WKT_TOLERANCE and abs(a.lon - b.lon) <= WKT_TOLERANCE


def _wkt_point(cell: str) -> Point | None:
    """The point a kept geom_wkt cell names (a blank cell names none)."""
    text = cell.strip()
    if not text:
        return None
    if not (text.startswith("POINT (") and text.endswith(")")):
        raise ValueError(text)
    lon, lat = text[7:-1].split()
    return Point(lat=float(lat), lon=float(lon))


def _death_cells(e: Engagement, extras: dict[str, str], out: dict[str, str]) -> None:
    report = next((r for r in e.casualties if r.figure(Outcome.KILLED) is not None), None)
    if report is None and e.casualties:
        report = e.casualties[0]
    leads = [f.lead for f in e.factions[:2]] + ["", ""]
    groups = {
        "deaths_a": leads[0],
        "deaths_b": leads[1],
        "deaths_civilians": "civilians",
        "deaths_unknown": UNKNOWN_GROUP,
    }
    for column, group in groups.items():
        figure = report.figure(Outcome.KILLED, group) if report is not None and group else None
        n = None if figure is None else figure.count.figure
        out[column] = kept(
            extras,
            f"ucdp.{column}",
            "" if n is None else str(n),
            functools.partial(_counts, n=n),
        )
    total = None if report is None else report.figure(Outcome.KILLED)
    count = None if total is None else total.count
    best = None if count is None else count.figure
    low = None if count is None else count.low
    high = None if count is None else count.high
    out["best"] = kept(
        extras,
        "ucdp.best",
        "" if best is None else str(best),
        lambda c: best is not None and parse_int(c, "") == best,
    )
    # A row published with low > high is held with the bounds in order; the kept cells give
    # the published order back as long as they still name the same two bounds.
    kept_low = extras.get("ucdp.low", "" if low is None else str(low))
    kept_high = extras.get("ucdp.high", "" if high is None else str(high))
    try:
        same = (
            low is not None
            and high is not None
            and sorted((parse_int(kept_low, ""), parse_int(kept_high, ""))) == [low, high]
        )
    except CellError:
        same = False
    out["low"] = kept_low if same else ("" if low is None else str(low))
    out["high"] = kept_high if same else ("" if high is None else str(high))


def _notice(e: Engagement) -> tuple[str, str] | None:
    flag = e.extras.get(INCONSISTENT_ESTIMATES)
    if flag is None:
        return None
    return f"the estimates break low <= best <= high ({flag}); read as published", "best"


FORMAT = CsvFormat(
    name="ucdp",
    notice=_notice,
    columns=COLUMNS,
    required=REQUIRED,
    hint_columns=HINT_COLUMNS,
    derived_extras=frozenset({INCONSISTENT_ESTIMATES, WKT_READ_WITH}),
    parser=_make_parser,
    formatter=_formatter,
)
