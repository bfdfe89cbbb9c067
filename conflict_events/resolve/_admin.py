"""First- and second-level administrative divisions of every country, from the
``iso3166-2`` package: ISO 3166-2 subdivisions (pycountry's list, kept current) with a
point, a type ("State", "Department", "Province"), a parent code and names in other
languages ("Nord-Kivu": "North Kivu (eng)").  Why this source: docs/names.md, "The world
gazetteer"."""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from conflict_events.model import GeoPrecision, LocationKind
from conflict_events.resolve._place import Place

__all__ = ["country_names", "data_path", "divisions", "first_level_points", "other_names"]

# "North Kivu (eng), Jimbo la Kivu Kaskazini (swa)": a name, then its language code.
_OTHER_NAME = re.compile(r"\s*([^,()]+?)\s*\(([a-z]{3})[^)]*\)\s*(?:,|$)")
# "Ḩalab [Aleppo]" style brackets and footnote marks in ISO names.
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")


def data_path() -> Path:
    """The ``iso3166-2`` package's data file, found without importing the package (whose
    import pulls in an HTTP client)."""
    spec = importlib.util.find_spec("iso3166_2")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("the iso3166-2 package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "iso3166-2.json"


@functools.cache
def _data() -> dict[str, dict[str, dict[str, Any]]]:
    import orjson

    loaded: dict[str, dict[str, dict[str, Any]]] = orjson.loads(data_path().read_bytes())
    return loaded


def other_names(value: str | None) -> list[tuple[str, str]]:
    """The names in an ISO ``localOtherName`` field, each with its language code.

    >>> other_names("North Kivu (eng), Jimbo la Kivu Kaskazini (swa)")
    [('North Kivu', 'eng'), ('Jimbo la Kivu Kaskazini', 'swa')]
    """
    if not value:
        return []
    return [(m.group(1), m.group(2)) for m in _OTHER_NAME.finditer(value) if m.group(1).strip()]


def divisions(
    skip: frozenset[str] = frozenset(),
) -> Iterator[tuple[Place, list[str], list[str]]]:
    """Every ISO 3166-2 subdivision (of countries not in ``skip``) as a place, its names
    and its alternate names.  Names: the ISO name, its English name ("North Kivu") and the
    name followed by its type ("Borno State", "Borgou Department"), so that a name that is
    also a common word can still be found in text with its type written after it.
    Alternate names (resolved, never scanned for in text: in other languages they are
    often common words, "وسط" is "centre"): the other-language names.

    >>> found = {p.name: (p.kind.value, names) for p, names, _ in divisions()
    ...          if p.country == "NG" and p.name == "Borno"}
    >>> found["Borno"][0], "Borno State" in found["Borno"][1]
    ('admin1', True)
    """
    data = _data()
    for country, entries in data.items():
        if country in skip:
            continue
        for code, entry in entries.items():
            raw = str(entry.get("name") or "").strip()
            name = _BRACKETED.sub("", raw).strip() or raw
            if not name:
                continue
            point: list[float] = list(entry.get("latLng") or ())
            lat = float(point[0]) if len(point) == 2 else None
            lon = float(point[1]) if len(point) == 2 else None
            parent = entry.get("parentCode")
            parent_name = None
            if parent and parent in entries:
                parent_name = _BRACKETED.sub("", str(entries[parent].get("name") or "")).strip()
            kind = LocationKind.ADMIN2 if parent else LocationKind.ADMIN1
            precision = GeoPrecision.ADMIN2 if parent else GeoPrecision.ADMIN1
            others = other_names(entry.get("localOtherName"))
            names = [name, *(n for n, language in others if language == "eng")]
            alternates = [n for n, language in others if language != "eng"]
            kind_word = str(entry.get("type") or "").strip()
            if kind_word and len(kind_word.split()) == 1:
                names.append(f"{name} {kind_word}")
            yield (
                Place(
                    f"iso3166-2:{code}",
                    name,
                    kind,
                    country,
                    (parent_name,) if parent_name else (),
                    lat,
                    lon,
                    precision,
                    0,
                ),
                names,
                alternates,
            )


def first_level_points() -> dict[str, list[tuple[str, float, float]]]:
    """Per country, each first-level subdivision's name and point (for the admin1 join)."""
    points: dict[str, list[tuple[str, float, float]]] = {}
    for place, _names, _alternates in divisions():
        if place.kind is LocationKind.ADMIN1 and place.lat is not None and place.lon is not None:
            assert place.country is not None
            points.setdefault(place.country, []).append((place.name, place.lat, place.lon))
    return points


#: The lexicon table of the short names a language's news gives countries.
_COUNTRY_NAMES = "names.country_names"
#: ISO names that are common words or first names in the language ("Maurice"): left out.
_LEFT_OUT = "names.country_name_rules.left_out"


@functools.cache
def country_names() -> Mapping[str, tuple[str, ...]]:
    """ISO 3166-1 code -> the country's names in the languages of the package's lexicons
    other than English (GeoNames' names are English): the ISO short and common names in
    each language that ``pycountry`` (the list behind ``iso3166-2``) ships, those not
    written inverted ("Syrienne, République arabe") nor left out as common words
    (``names.country_name_rules.left_out``: "Maurice"), and each lexicon's
    ``names.country_names`` (the short names news uses: "Syrie", "Россия").  Arabic takes
    only its lexicon's list: ISO's Arabic names include common words ("مالي", financial).

    >>> names = country_names()
    >>> "Tchad" in names["TD"], "Россия" in names["RU"], "Suriye" in names["SY"]
    (True, True, True)
    """
    from conflict_events.lexicon import available_languages, load

    found: dict[str, list[str]] = {}
    for language in sorted(available_languages()):
        lexicon = load(language)
        if not lexicon.has(_COUNTRY_NAMES):
            continue  # English, and any language that names none
        pairs = [] if language == "ar" else _iso_names(language)
        if lexicon.has(_LEFT_OUT):
            left_out = set(lexicon.words(_LEFT_OUT))
            pairs = [(code, name) for code, name in pairs if name not in left_out]
        table = lexicon.mapping(_COUNTRY_NAMES)
        for code in table:
            pairs.extend((str(code), n) for n in lexicon.words(f"{_COUNTRY_NAMES}.{code}"))
        for code, name in pairs:
            names = found.setdefault(code, [])
            if name not in names:
                names.append(name)
    return {code: tuple(names) for code, names in found.items()}


def _iso_names(language: str) -> list[tuple[str, str]]:
    """(code, name) of pycountry's names of the countries in ``language``; none where
    pycountry or its translations are missing."""
    try:
        import gettext

        import pycountry
    except ImportError:  # pragma: no cover - a dependency of iso3166-2
        return []
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return []
    out = []
    for country in pycountry.countries:
        for english in (country.name, getattr(country, "common_name", None)):
            if not english:
                continue
            name = translation.gettext(english)
            if name != english and "," not in name:
                out.append((str(country.alpha_2), name))
    return out
