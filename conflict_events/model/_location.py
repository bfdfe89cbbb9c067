"""Location: a place, at some precision."""

from __future__ import annotations

import attrs

from conflict_events.model import _converters
from conflict_events.model._checks import (
    COUNTRY_RE,
    Problems,
    check_country,
    check_enum,
    check_float,
    check_instance,
    check_items,
    check_str,
    to_tuple,
)
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
class Point:
    """WGS 84 latitude and longitude in degrees.

    >>> Point(lat=36.2, lon=37.16).lat
    36.2
    """

    lat: float = attrs.field(converter=_to_float)
    lon: float = attrs.field(converter=_to_float)

    def __attrs_post_init__(self) -> None:
        lat, lon = self.lat, self.lon
        # Fast path: the common valid case costs a few comparisons (NaN fails them).
        if (
            type(lat) is float
            and type(lon) is float
            and -90.0 <= lat <= 90.0
            and -180.0 <= lon <= 180.0
        ):
            return
        p = Problems()
        check_float(p, "lat", self.lat, -90.0, 90.0)
        check_float(p, "lon", self.lon, -180.0, 180.0)
        p.raise_if_any(self)


def _to_geo_precision(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, (bool, GeoPrecision)) and 1 <= value <= 7:
        return GeoPrecision(value)
    return value


@attrs.frozen(kw_only=True)
class Location:
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

    def __attrs_post_init__(self) -> None:
        if _location_ok(self):
            return
        p = Problems()
        check_str(p, "name", self.name)
        check_enum(p, "kind", self.kind, LocationKind)
        check_country(p, "country", self.country)
        check_items(p, "admin_path", self.admin_path, str, lambda pp, f, v: check_str(pp, f, v))
        check_instance(p, "point", self.point, Point, optional=True)
        check_enum(p, "geo_precision", self.geo_precision, GeoPrecision, optional=True)
        check_str(p, "gazetteer_id", self.gazetteer_id, optional=True)
        p.raise_if_any(self)


def _location_ok(loc: Location) -> bool:
    """The valid case, checked cheaply; False sends the instance to the full checks."""
    country, gid, path = loc.country, loc.gazetteer_id, loc.admin_path
    return (
        type(loc.name) is str
        and bool(loc.name.strip())
        and type(loc.kind) is LocationKind
        and (
            country is None or (type(country) is str and COUNTRY_RE.fullmatch(country) is not None)
        )
        and type(path) is tuple
        and all(type(a) is str and a.strip() for a in path)
        and (loc.point is None or type(loc.point) is Point)
        and (loc.geo_precision is None or type(loc.geo_precision) is GeoPrecision)
        and (gid is None or (type(gid) is str and bool(gid.strip())))
    )
