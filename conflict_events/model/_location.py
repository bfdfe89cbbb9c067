"""Location: a place, at some precision."""

from __future__ import annotations

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import (
    Rules,
    country,
    instance,
    items,
    member,
    number,
    string,
    to_tuple,
)
from conflict_events.model._plain import Plain
from conflict_events.model._vocab import GeoPrecision, LocationKind

__all__ = ["Location", "Point"]


def _to_float(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # left as it is, for the range check to report
            return value
    return value


@attrs.frozen(kw_only=True)
class Point(Plain):
    """WGS 84 latitude and longitude in degrees.

    >>> Point(lat=36.2, lon=37.16).lat
    36.2
    """

    lat: float = attrs.field(converter=_to_float)
    lon: float = attrs.field(converter=_to_float)

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _point_valid(self):
            _POINT_RULES.raise_problems(self)

    def __str__(self) -> str:
        """Latitude and longitude, as stored.

        >>> str(Point(lat=36.2, lon=37.16))
        '(36.2, 37.16)'
        """
        return _display.point_text(self)


_POINT_RULES = Rules(Point, {"lat": number(-90.0, 90.0), "lon": number(-180.0, 180.0)})
_point_valid = _POINT_RULES.valid


def _to_geo_precision(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, (bool, GeoPrecision)) and 1 <= value <= 7:
        return GeoPrecision(value)
    return value


@attrs.frozen(kw_only=True)
class Location(Plain):
    """A place: its name, kind, country (ISO 3166-1 alpha-2), the administrative units that
    contain it (largest first: ``("Aleppo Governorate", "Jebel Saman District")``), a point,
    how precisely that point is known, and the gazetteer entry it came from
    (``"geonames:170063"``).

    >>> Location(name="Aleppo", kind="city", country="SY", point=Point(lat=36.2, lon=37.16)).kind
    <LocationKind.CITY: 'city'>
    """

    name: str
    kind: LocationKind = attrs.field(converter=_converters.location_kind)
    country: str | None = None
    admin_path: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    point: Point | None = None
    geo_precision: GeoPrecision | None = attrs.field(default=None, converter=_to_geo_precision)
    gazetteer_id: str | None = None

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _location_valid(self):
            _RULES.raise_problems(self)

    def __str__(self) -> str:
        """``Aleppo (city, SY)``.

        >>> str(Location(name="Aleppo", kind="city", country="SY"))
        'Aleppo (city, SY)'
        """
        return _display.location_text(self)


_RULES = Rules(
    Location,
    {
        "name": string(),
        "kind": member(LocationKind),
        "country": country(),
        "admin_path": items(str, string()),
        "point": instance(Point, optional=True),
        "geo_precision": member(GeoPrecision, optional=True),
        "gazetteer_id": string(optional=True),
    },
)
_location_valid = _RULES.valid
