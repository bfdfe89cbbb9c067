"""The record of one place as the gazetteer stores it, shared by the gazetteer and the
GeoNames reader (a module of its own, so that neither imports the other)."""

from __future__ import annotations

from typing import NamedTuple

from conflict_events.model import GeoPrecision, LocationKind

__all__ = ["Place", "populated_kind"]


class Place(NamedTuple):
    """One place: its id, primary name, kind, country, admin path, point, precision and
    population (0 when unknown)."""

    gazetteer_id: str
    name: str
    kind: LocationKind
    country: str | None
    admin_path: tuple[str, ...]
    lat: float | None
    lon: float | None
    precision: GeoPrecision | None
    population: int


def populated_kind(population: int) -> LocationKind:
    """A populated place's kind by its population: a city from 100,000 people, a town from
    10,000, else a village.

    >>> populated_kind(250_000).value, populated_kind(12_000).value, populated_kind(0).value
    ('city', 'town', 'village')
    """
    if population >= 100_000:
        return LocationKind.CITY
    if population >= 10_000:
        return LocationKind.TOWN
    return LocationKind.VILLAGE
