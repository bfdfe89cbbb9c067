"""Readers for GeoNames dump files (https://download.geonames.org/export/dump/).

``cities15000.txt``, ``cities500.txt``, ``allCountries.txt`` and the per-country files share
19 tab-separated columns: geonameid, name, asciiname, alternatenames (comma-separated),
latitude, longitude, feature class, feature code, country code, cc2, admin1 code, admin2,
admin3, admin4, population, elevation, dem, timezone, modification date.
``admin1CodesASCII.txt`` has ``CC.code``, name, ASCII name and geonameid.

How a row becomes a place (docs/names.md): feature class P is a populated place (a city
from 100,000 people, a town from 10,000, else a village; PPLX a neighbourhood), A an
administrative unit (ADM1 admin1, ADM2 admin2, ADM3/ADM4 admin3, PCL* a country, other A a
region), S a site, T a feature with an exact point, R/H/L/U/V a feature known as an area.
The id is ``geonames:<geonameid>``; the admin path is the admin1 name when
``admin1CodesASCII.txt`` is given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from conflict_events._errors import RowError
from conflict_events.model import GeoPrecision, LocationKind
from conflict_events.model._checks import COUNTRY_RE
from conflict_events.resolve._place import Place as _Place
from conflict_events.resolve._place import populated_kind as _populated_kind
from conflict_events.resolve._words import name_sources

__all__ = ["GEONAMES_COLUMNS", "read_admin1", "read_geonames"]

#: The 19 columns of a GeoNames geoname dump file (``name_sources.toml``: a format's
#: column names, not words of a language).
GEONAMES_COLUMNS: tuple[str, ...] = tuple(name_sources()["geonames"]["columns"])

_ADMIN_KINDS = {
    "ADM1": (LocationKind.ADMIN1, GeoPrecision.ADMIN1),
    "ADM2": (LocationKind.ADMIN2, GeoPrecision.ADMIN2),
    "ADM3": (LocationKind.ADMIN3, GeoPrecision.ADMIN2),
    "ADM4": (LocationKind.ADMIN3, GeoPrecision.ADMIN2),
}


def _kind(
    feature_class: str, feature_code: str, population: int
) -> tuple[LocationKind, GeoPrecision]:
    if feature_class == "P":
        if feature_code == "PPLX":
            return LocationKind.NEIGHBOURHOOD, GeoPrecision.EXACT
        return _populated_kind(population), GeoPrecision.EXACT
    if feature_class == "A":
        base = feature_code.rstrip("H")  # ADM1H etc. are historical units
        if base in _ADMIN_KINDS:
            return _ADMIN_KINDS[base]
        if feature_code.startswith("PCL"):
            return LocationKind.COUNTRY, GeoPrecision.COUNTRY
        return LocationKind.REGION, GeoPrecision.AREA
    if feature_class == "S":
        return LocationKind.SITE, GeoPrecision.EXACT
    if feature_class == "T":
        return LocationKind.FEATURE, GeoPrecision.EXACT
    return LocationKind.FEATURE, GeoPrecision.AREA


def _open(path: str | os.PathLike[str]) -> Iterator[tuple[int, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.rstrip("\r\n")
            if line and not line.startswith("#"):
                yield lineno, line


def read_admin1(
    path: str | os.PathLike[str], *, lenient: bool = False, errors: list[RowError] | None = None
) -> dict[str, str]:
    """``{"SY.09": "Aleppo", ...}`` from ``admin1CodesASCII.txt``.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "admin1.txt"
    >>> _ = path.write_text("SY.09\\tAleppo\\tAleppo\\t170062\\n", encoding="utf-8")
    >>> read_admin1(path)
    {'SY.09': 'Aleppo'}
    """
    names: dict[str, str] = {}
    for lineno, line in _open(path):
        cells = line.split("\t")
        if len(cells) < 2 or "." not in cells[0] or not cells[1].strip():
            err = RowError(
                "expected 'CC.code<TAB>name<TAB>asciiname<TAB>geonameid'", line=lineno, value=line
            )
            if not lenient:
                raise err
            if errors is not None:
                errors.append(err)
            continue
        names[cells[0]] = cells[1].strip()
    return names


def _row(cells: list[str], lineno: int, admin1: dict[str, str]) -> tuple[_Place, list[str]]:
    def bad(column: int, expected: str) -> RowError:
        return RowError(expected, line=lineno, column=GEONAMES_COLUMNS[column], value=cells[column])

    if len(cells) != len(GEONAMES_COLUMNS):
        raise RowError(
            f"expected {len(GEONAMES_COLUMNS)} tab-separated columns, got {len(cells)}",
            line=lineno,
        )
    if not cells[0].isdigit():
        raise bad(0, "expected a numeric geonameid")
    name = cells[1].strip()
    if not name:
        raise bad(1, "expected a name")
    try:
        lat, lon = float(cells[4]), float(cells[5])
    except ValueError:
        column = 4 if not _is_float(cells[4]) else 5
        raise bad(column, "expected a decimal degree") from None
    if not (-90.0 <= lat <= 90.0):
        raise bad(4, "expected a latitude between -90 and 90")
    if not (-180.0 <= lon <= 180.0):
        raise bad(5, "expected a longitude between -180 and 180")
    country = cells[8].strip() or None
    if country is not None and not COUNTRY_RE.fullmatch(country):
        raise bad(8, "expected an ISO 3166-1 alpha-2 code")
    population_text = cells[14].strip()
    if population_text and not population_text.isdigit():
        raise bad(14, "expected a whole number")
    population = int(population_text or 0)
    kind, precision = _kind(cells[6].strip(), cells[7].strip(), population)
    admin1_name = admin1.get(f"{country}.{cells[10].strip()}") if country else None
    place = _Place(
        f"geonames:{cells[0]}",
        name,
        kind,
        country,
        (admin1_name,) if admin1_name and kind is not LocationKind.ADMIN1 else (),
        lat,
        lon,
        precision,
        population,
    )
    alternates = [cells[2].strip(), *(a.strip() for a in cells[3].split(","))]
    return place, [a for a in alternates if a and a != name]


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def read_geonames(
    path: str | os.PathLike[str],
    admin1: dict[str, str] | None = None,
    *,
    min_population: int = 0,
    feature_classes: Iterable[str] | None = None,
    lenient: bool = False,
    errors: list[RowError] | None = None,
) -> Iterator[tuple[_Place, list[str]]]:
    """Stream ``(place, alternate names)`` from a GeoNames dump file, one row at a time.

    A bad row raises :class:`RowError` with its line number and column; with
    ``lenient=True`` it is appended to ``errors`` and skipped.  Rows under
    ``min_population`` or outside ``feature_classes`` (e.g. ``{"P", "A"}``) are skipped.
    """
    classes = frozenset(feature_classes) if feature_classes is not None else None
    admin1 = admin1 or {}
    for lineno, line in _open(path):
        cells = line.split("\t")
        if classes is not None and len(cells) > 6 and cells[6] not in classes:
            continue
        try:
            place, alternates = _row(cells, lineno, admin1)
        except RowError as err:
            if not lenient:
                raise
            if errors is not None:
                errors.append(err)
            continue
        if place.population < min_population:
            continue
        yield place, alternates
