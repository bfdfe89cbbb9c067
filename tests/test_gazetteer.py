"""Gazetteer: the default data, ranking rules, GeoNames dump files."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import (
    AmbiguousNameError,
    GeoPrecision,
    Location,
    LocationKind,
    Point,
    RowError,
    UnknownNameError,
)
from conflict_events.resolve._gazetteer import (
    Gazetteer,
    _build_default,
    _load_default,
    cache_directory,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


VARIANTS = [
    ("Aleppo", "geonames:170063"),
    ("ALEPPO", "geonames:170063"),
    ("Halab", "geonames:170063"),
    ("Ḥalab", "geonames:170063"),
    ("Alep", "geonames:170063"),
    ("حلب", "geonames:170063"),
    ("Damascus", "geonames:170654"),
    ("دمشق", "geonames:170654"),
    ("Hama", "geonames:170017"),
    ("Ḩamāh", "geonames:170017"),
    ("Homs", "geonames:169577"),
    ("Idleb", "geonames:169389"),
    ("إدلب", "geonames:169389"),
    ("Deir al-Zour", "geonames:170794"),
    ("Deir ez-Zor", "geonames:170794"),
    ("Ar Raqqah", "geonames:172955"),
    ("al-Raqqa", "geonames:172955"),
    ("Raqqa", "geonames:172955"),
    ("Kobane", "geonames:172256"),
    ("Ayn al-Arab", "geonames:172256"),
    ("Tell Rifaat", "geonames:163476"),
    ("Khan Sheikhoun", "geonames:168325"),
    ("Saraqeb", "geonames:164816"),
    ("Palmyra", "geonames:163808"),
    ("Tadmur", "geonames:163808"),
    ("Ma'arrat al-Nu'man", "ce:maarat-al-numan"),
    ("معرة النعمان", "ce:maarat-al-numan"),
    ("Aleppo Citadel", "ce:aleppo-citadel"),
    ("Citadel of Aleppo", "ce:aleppo-citadel"),
    ("Aleppo International Airport", "ce:aleppo-international-airport"),
    ("Kuweires airbase", "ce:kuweires-military-airbase"),
    ("Nayrab airbase", "ce:nayrab-military-airbase"),
    ("Hmeimim air base", "ce:khmeimim-air-base"),
    ("Aleppo Governorate", "ce:aleppo-governorate"),
    ("Idlib province", "ce:idlib-governorate"),
    ("محافظة حلب", "ce:aleppo-governorate"),
    ("Rif Dimashq", "ce:rif-dimashq-governorate"),
    ("Mount Simeon District", "ce:mount-simeon-district"),
    ("Syria", "geonames:163843"),
    ("Syrian Arab Republic", "geonames:163843"),
    ("سوريا", "geonames:163843"),
    ("Türkiye", "geonames:298795"),
    ("Damascuss", "geonames:170654"),  # fuzzy
]


@pytest.mark.parametrize(("name", "gazetteer_id"), VARIANTS)
def test_spelling_variants_resolve(gazetteer: Gazetteer, name: str, gazetteer_id: str) -> None:
    assert gazetteer.resolve(name).gazetteer_id == gazetteer_id


def test_locations_carry_kind_point_admin_path_and_precision(gazetteer: Gazetteer) -> None:
    aleppo = gazetteer.resolve("Aleppo")
    assert aleppo.kind is LocationKind.CITY
    assert aleppo.country == "SY"
    assert aleppo.admin_path == ("Aleppo Governorate",)
    assert aleppo.point is not None
    assert abs(aleppo.point.lat - 36.2) < 0.1
    assert aleppo.geo_precision is GeoPrecision.EXACT
    governorate = gazetteer.get("ce:aleppo-governorate")
    assert governorate.kind is LocationKind.ADMIN1
    assert governorate.admin_path == ()
    assert governorate.geo_precision is GeoPrecision.ADMIN1
    citadel = gazetteer.get("ce:aleppo-citadel")
    assert citadel.kind is LocationKind.SITE
    assert citadel.admin_path == ("Aleppo Governorate",)
    syria = gazetteer.resolve("Syria")
    assert syria.kind is LocationKind.COUNTRY
    assert syria.geo_precision is GeoPrecision.COUNTRY


def test_populated_place_beats_the_unit_of_the_same_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Idlib").kind is LocationKind.CITY
    assert gazetteer.resolve("Hama").kind is LocationKind.CITY


def test_primary_name_beats_an_alternate_name(gazetteer: Gazetteer) -> None:
    # Libya's Al Khums is also called "Homs"; Syria's Homs has it as its name.
    assert gazetteer.resolve("Homs").country == "SY"
    assert gazetteer.resolve("Homs", country="LY").gazetteer_id == "geonames:2219905"


def test_population_gap_decides_only_when_large(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Paris").country == "FR"  # 2.1 M against small namesakes
    with pytest.raises(AmbiguousNameError) as info:
        gazetteer.resolve("Tripoli")  # Libya 1.3 M, Lebanon 0.23 M: too close
    assert any("LB" in c for c in info.value.candidates)
    assert any("LY" in c for c in info.value.candidates)
    assert gazetteer.resolve("Tripoli", country="LB").gazetteer_id == "geonames:266826"


def test_country_that_has_no_such_place_is_unknown_with_a_hint(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownNameError, match="known in SY"):
        gazetteer.resolve("Aleppo", country="FR")


UNKNOWN = ["Narnia", "Gotham City", "", "   ", "Aleppp", "Syrian Observatory", "Nowhereville"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_unknown_places(gazetteer: Gazetteer, name: str) -> None:
    with pytest.raises(UnknownNameError):
        gazetteer.resolve(name)


@given(st.text(max_size=40))
def test_no_string_raises_anything_but_the_documented_errors(name: str) -> None:
    try:
        location = Gazetteer.default().resolve(name)
    except (UnknownNameError, AmbiguousNameError):
        return
    assert isinstance(location, Location)


def test_get_len_contains_iter(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) > 34_000
    assert "geonames:170063" in gazetteer
    assert gazetteer.get("geonames:170063") in gazetteer
    assert "geonames:0" not in gazetteer
    assert 3 not in gazetteer
    first = next(iter(gazetteer))
    assert isinstance(first, Location)
    assert first.gazetteer_id in gazetteer
    with pytest.raises(UnknownNameError):
        gazetteer.get("geonames:0")
    assert gazetteer.population("geonames:170063") > 1_000_000


def _curated() -> dict[str, Any]:
    raw = resources.files("conflict_events").joinpath("data", "places.json").read_bytes()
    data: dict[str, Any] = orjson.loads(raw)
    return data


def test_every_curated_name_and_alias_resolves_in_syria(gazetteer: Gazetteer) -> None:
    data = _curated()
    for record in data["places"]:
        assert gazetteer.resolve(record["name"], country="SY").gazetteer_id == record["id"]
        assert record["source"].strip()
    for ext in data["extends"]:
        place = gazetteer.get(ext["gazetteer_id"])
        for alias in ext["aliases"]:
            # Within its country; elsewhere a namesake may make it ambiguous ("al-Qusayr").
            assert gazetteer.resolve(alias, country=place.country) == place, alias
    governorates = [p for p in data["places"] if p["kind"] == "admin1"]
    assert len(governorates) == 14


def test_from_locations() -> None:
    g = Gazetteer.from_locations(
        [
            Location(name="Kafr Nubl", kind="town", country="SY", gazetteer_id="x:1"),
            Location(
                name="Big Town",
                kind="city",
                country="SY",
                gazetteer_id="x:2",
                point=Point(lat=35.0, lon=36.0),
            ),
            Location(name="Big Town", kind="village", country="SY", gazetteer_id="x:3"),
        ],
        aliases={"x:1": ["Kafranbel"]},
        populations={"x:2": 50_000, "x:3": 400},
    )
    assert g.resolve("Kafranbel").gazetteer_id == "x:1"
    assert g.resolve("big town").gazetteer_id == "x:2"  # 125 times the people
    with pytest.raises(ValueError, match="gazetteer_id"):
        Gazetteer.from_locations([Location(name="X", kind="town")])


# --- GeoNames dump files -----------------------------------------------------------------

# Rows written for these tests in the 19-column GeoNames layout (values invented).
ROWS = [
    [
        "900001",
        "Qasr Tawil",
        "Qasr Tawil",
        "Kasr Tawil,قصر طويل,QTW",
        "35.5",
        "37.5",
        "P",
        "PPL",
        "SY",
        "",
        "09",
        "",
        "",
        "",
        "25000",
        "",
        "300",
        "Asia/Damascus",
        "2024-01-01",
    ],
    [
        "900002",
        "Tall Hamra",
        "Tall Hamra",
        "",
        "35.6",
        "37.6",
        "P",
        "PPLA2",
        "SY",
        "",
        "12",
        "",
        "",
        "",
        "150000",
        "",
        "250",
        "Asia/Damascus",
        "2024-01-01",
    ],
    [
        "900003",
        "Wadi Sample",
        "Wadi Sample",
        "",
        "35.7",
        "37.7",
        "H",
        "WAD",
        "SY",
        "",
        "09",
        "",
        "",
        "",
        "0",
        "",
        "200",
        "Asia/Damascus",
        "2024-01-01",
    ],
    [
        "900004",
        "Sample Governorate",
        "Sample Governorate",
        "",
        "35.8",
        "37.8",
        "A",
        "ADM1",
        "SY",
        "",
        "09",
        "",
        "",
        "",
        "0",
        "",
        "200",
        "Asia/Damascus",
        "2024-01-01",
    ],
    [
        "900005",
        "Old Fort",
        "Old Fort",
        "",
        "35.9",
        "37.9",
        "S",
        "CSTL",
        "SY",
        "",
        "12",
        "",
        "",
        "",
        "",
        "",
        "200",
        "Asia/Damascus",
        "2024-01-01",
    ],
]
ADMIN1 = "SY.09\tHalab\tHalab\t170062\nSY.12\tIdlib\tIdlib\t169388\n"


def _write(tmp_path: Path, rows: list[list[str]], extra: str = "") -> Path:
    path = tmp_path / "cities.txt"
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n" + extra, encoding="utf-8")
    return path


def test_from_geonames(tmp_path: Path) -> None:
    cities = _write(tmp_path, ROWS)
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text(ADMIN1, encoding="utf-8")
    g = Gazetteer.from_geonames(cities, admin1)
    assert len(g) == 5
    qasr = g.resolve("Kasr Tawil")
    assert (qasr.gazetteer_id, qasr.kind, qasr.admin_path) == (
        "geonames:900001",
        LocationKind.TOWN,
        ("Halab",),
    )
    assert g.resolve("قصر طويل") == qasr
    with pytest.raises(UnknownNameError):
        g.resolve("QTW")  # codes among the alternate names are not names
    assert g.resolve("Tall Hamra").kind is LocationKind.CITY
    assert g.resolve("Wadi Sample").kind is LocationKind.FEATURE
    assert g.resolve("Wadi Sample").geo_precision is GeoPrecision.AREA
    governorate = g.resolve("Sample Governorate")
    assert governorate.kind is LocationKind.ADMIN1
    assert governorate.admin_path == ()
    assert g.resolve("Old Fort").kind is LocationKind.SITE
    only_towns = Gazetteer.from_geonames(cities, min_population=20_000, feature_classes={"P"})
    assert len(only_towns) == 2


BAD_ROWS = [
    (["x", *ROWS[0][1:]], "geonameid"),
    ([*ROWS[0][:4], "north", *ROWS[0][5:]], "latitude"),
    ([*ROWS[0][:5], "200.5", *ROWS[0][6:]], "longitude"),
    ([*ROWS[0][:8], "Syria", *ROWS[0][9:]], "country code"),
    ([*ROWS[0][:14], "many", *ROWS[0][15:]], "population"),
    (ROWS[0][:10], None),
]


@pytest.mark.parametrize(("row", "column"), BAD_ROWS)
def test_bad_geonames_rows(tmp_path: Path, row: list[str], column: str | None) -> None:
    path = _write(tmp_path, [ROWS[1], row])
    with pytest.raises(RowError) as info:
        Gazetteer.from_geonames(path)
    assert info.value.line == 2
    assert info.value.column == column
    errors: list[RowError] = []
    g = Gazetteer.from_geonames(path, lenient=True, errors=errors)
    assert len(g) == 1
    assert [e.line for e in errors] == [2]


def test_bad_admin1_row(tmp_path: Path) -> None:
    cities = _write(tmp_path, ROWS[:1])
    admin1 = tmp_path / "admin1.txt"
    admin1.write_text("SY.09\tHalab\tHalab\t1\nnonsense\n", encoding="utf-8")
    with pytest.raises(RowError) as info:
        Gazetteer.from_geonames(cities, admin1)
    assert info.value.line == 2


# --- the on-disk cache of the default gazetteer -----------------------------------------


def _state(g: Gazetteer) -> tuple[Any, ...]:
    """Everything a gazetteer answers from, in comparable form."""
    scanner, decided = g._scanning()
    index = g._index
    return (
        list(g._places),
        dict(g._by_id),
        index.exact,
        index.arabic,
        g._fuzzy_names(),
        scanner.tables(),
        decided,
    )


SAMPLE = "Rebels took Saraqib, shelled Tal Rifaat and حلب, near Aleppo Citadel and Homs."


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    """The default gazetteer freshly built (``Gazetteer.default()`` may come from a cache)."""
    return _build_default()


@pytest.fixture(scope="module")
def cache_miss(tmp_path_factory: pytest.TempPathFactory, built: Gazetteer) -> Path:
    """A cache directory written by a miss."""
    directory = tmp_path_factory.mktemp("cache")
    assert _load_default(directory, build=lambda: built) is built
    return directory


def test_cache_hit_gives_the_same_gazetteer(built: Gazetteer, cache_miss: Path) -> None:
    gazetteer = built
    [path] = cache_miss.glob("gazetteer-*.marshal")
    hit = _load_default(cache_miss, build=_must_not_build)
    assert hit is not gazetteer
    assert hit.find_mentions(SAMPLE) == gazetteer.find_mentions(SAMPLE)
    assert hit.find_mentions(SAMPLE, country="SY") == gazetteer.find_mentions(SAMPLE, country="SY")
    assert hit.resolve("Halab") == gazetteer.resolve("Halab")
    assert hit.resolve("Aleppo Citadell") == gazetteer.resolve("Aleppo Citadel")  # fuzzy
    assert _state(hit) == _state(gazetteer)
    assert len(hit) == len(gazetteer)
    assert path.exists()


def _must_not_build() -> Gazetteer:
    raise AssertionError("the cache should have been used")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not a cache",
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-100] + bytes(100),  # a section overwritten
        lambda data: b"",
    ],
)
def test_damaged_cache_is_rebuilt_and_rewritten(
    built: Gazetteer, cache_miss: Path, tmp_path: Path, damage: Any
) -> None:
    gazetteer = built
    [path] = cache_miss.glob("gazetteer-*.marshal")
    copy = tmp_path / path.name
    copy.write_bytes(damage(path.read_bytes()))
    builds: list[int] = []

    def build() -> Gazetteer:
        builds.append(1)
        return gazetteer

    assert _load_default(tmp_path, build=build) is gazetteer
    assert builds == [1]
    assert copy.read_bytes() == path.read_bytes()  # rewritten whole


def test_stale_caches_beyond_the_newest_few_are_removed(
    gazetteer: Gazetteer, tmp_path: Path
) -> None:
    # Checkouts of other versions sharing the directory keep their newest builds (they
    # would otherwise delete each other's and rebuild in turn); older ones go.
    from conflict_events.resolve._gazetteer_store import KEEP_STALE

    stale = [tmp_path / f"gazetteer-{n:04d}.marshal" for n in range(KEEP_STALE + 2)]
    for age, path in enumerate(reversed(stale)):
        path.write_bytes(b"from an older version")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    _load_default(tmp_path, build=lambda: gazetteer)
    kept = [path.exists() for path in stale]
    assert kept == [True] * KEEP_STALE + [False, False]
    assert len(list(tmp_path.glob("gazetteer-*.marshal"))) == KEEP_STALE + 1


def test_unwritable_cache_directory_still_works(gazetteer: Gazetteer, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-directory"
    blocked.write_text("x")
    assert _load_default(blocked / "cache", build=lambda: gazetteer) is gazetteer


def test_cache_directory_and_switch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CONFLICT_EVENTS_CACHE_DIR", raising=False)
    monkeypatch.delenv("CONFLICT_EVENTS_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_directory() == tmp_path / "conflict_events"
    monkeypatch.setenv("CONFLICT_EVENTS_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_directory() == tmp_path / "mine"
    monkeypatch.setenv("CONFLICT_EVENTS_NO_CACHE", "1")
    assert cache_directory() is None
    monkeypatch.setenv("CONFLICT_EVENTS_NO_CACHE", "0")
    assert cache_directory() == tmp_path / "mine"


def test_no_cache_directory_means_a_build(gazetteer: Gazetteer) -> None:
    assert _load_default(None, build=lambda: gazetteer) is gazetteer


# --- what a process holds (docs/names.md, "What a process holds") ------------------------


def test_a_name_of_one_place_is_held_as_its_code(built: Gazetteer) -> None:
    exact = built._index.exact
    # "Tripoli" names several places, "Halab" one: a tuple of codes, and a bare code.
    assert isinstance(exact["tripoli"], tuple)
    assert len(exact["tripoli"]) > 1
    assert isinstance(exact["halab"], int)
    assert built._places[exact["halab"] >> 1].gazetteer_id == "geonames:170063"
    # Every entry of several codes really has several: one code is never a tuple.
    assert all(isinstance(v, int) or len(v) > 1 for v in exact.values())


def test_the_places_share_their_country_codes_and_admin_paths(built: Gazetteer) -> None:
    syrian = [p for p in built._places if p.country == "SY"]
    assert len(syrian) > 10
    assert len({id(p.country) for p in syrian}) == 1
    paths = [p.admin_path for p in built._places if p.admin_path == ("Aleppo Governorate",)]
    assert len(paths) > 1
    assert len({id(path) for path in paths}) == 1


def test_a_cache_hit_unpacks_what_is_asked_for_and_lets_the_bytes_go(cache_miss: Path) -> None:
    hit = _load_default(cache_miss, build=_must_not_build)
    pending = hit._pending
    assert pending is not None
    # Latin text is read by the scanner alone; Arabic words are looked up on the Arabic
    # key, which needs the places and their index (as Cyrillic words do).
    hit.find_mentions(SAMPLE.replace(" and حلب", ""))
    assert "scan" not in pending.sections
    assert "core" in pending.sections
    hit.find_mentions(SAMPLE)
    assert not {"core", "index"} & set(pending.sections)
    hit.resolve("Halab")
    assert not {"core", "index"} & set(pending.sections)
    # Reading text never resolves fuzzily: the fuzzy names are still bytes ...
    assert hit._fuzzy_names_ is None
    assert isinstance(pending.sections["fuzzy"], bytes)
    # ... until a fuzzy resolve asks for them.
    assert hit.resolve("Aleppo Citadell").gazetteer_id == "ce:aleppo-citadel"
    assert hit._fuzzy_names_ is not None
    assert not pending.sections


def test_a_fuzzy_resolve_first_unpacks_the_index_then_the_fuzzy_names(cache_miss: Path) -> None:
    hit = _load_default(cache_miss, build=_must_not_build)
    assert hit._index_ is None
    names = hit._fuzzy_names()
    assert ("aleppo", hit._by_id["geonames:170063"]) in names


def test_a_section_unpacked_twice_is_unpacked_once(cache_miss: Path) -> None:
    import threading

    hit = _load_default(cache_miss, build=_must_not_build)
    pending = hit._pending
    assert pending is not None
    threads = [threading.Thread(target=pending.unpack, args=(hit, "core")) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    places = hit._places
    pending.unpack(hit, "core")  # already done: nothing happens
    assert hit._places is places
    assert len(places) == len(hit)
