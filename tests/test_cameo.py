"""Import of CAMEO/TABARI actor dictionaries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflict_events import ActorKind, RowError, UnknownNameError
from conflict_events.resolve._cameo import parse_cameo_date, read_cameo
from conflict_events.resolve._registry import ActorRegistry

D = dt.date

# A dictionary written for these tests in the format of PETRARCH's actor files.
DICTIONARY = """\
# test dictionary
SYRIA_  [SYR]
+SYRIAN_
+SURIYAH_

NORTHERN_STORM_BRIGADE_(NSB)_ [SYRREB] # a comment
+LIWA_ASIFAT_AL-SHIMAL_

SAMPLE_MINISTER_  ; CountryInfo.txt
+MINISTER_SAMPLE_
\t[SYRGOV 000717-20121231]
\t[SYRELI 20130101-20141231]

LATER_LEADER_
\t[TURGOV >20150101]

EARLY_LEADER_\t[IRNGOV <781231] [ELI]

UN_AGENCY_ [IGOUNOREF]
SAMPLE_MINISTER_
\t[---]
"""


@pytest.fixture
def dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "test.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_dates() -> None:
    assert parse_cameo_date("000717") == D(2000, 7, 17)
    assert parse_cameo_date("301231") == D(2030, 12, 31)
    assert parse_cameo_date("311231") == D(1931, 12, 31)
    assert parse_cameo_date("18970101") == D(1897, 1, 1)
    for bad in ("2004017", "200401011", "991332", "", "abcdef"):
        with pytest.raises(ValueError, match="date"):
            parse_cameo_date(bad)


def test_records_become_actors(dictionary: Path) -> None:
    actors = {a.id: a for a in read_cameo(dictionary)}
    assert list(actors) == [
        "actor:cameo:syria",
        "actor:cameo:northern-storm-brigade-nsb",
        "actor:cameo:sample-minister",
        "actor:cameo:later-leader",
        "actor:cameo:early-leader",
        "actor:cameo:un-agency",
        "actor:cameo:sample-minister-2",
    ]
    syria = actors["actor:cameo:syria"]
    assert (syria.name, syria.country, syria.kind) == ("SYRIA", "SY", ActorKind.OTHER)
    assert [a.name for a in syria.aliases] == ["SYRIAN", "SURIYAH"]
    brigade = actors["actor:cameo:northern-storm-brigade-nsb"]
    assert brigade.name == "NORTHERN STORM BRIGADE"
    assert brigade.kind is ActorKind.REBEL_GROUP
    assert [(a.name, a.acronym) for a in brigade.aliases] == [
        ("NSB", True),
        ("LIWA ASIFAT AL-SHIMAL", False),
    ]
    minister = actors["actor:cameo:sample-minister"]
    assert minister.kind is ActorKind.GOVERNMENT  # the first code decides
    assert (minister.active_from, minister.active_until) == (D(2000, 7, 17), D(2014, 12, 31))
    assert "SYRGOV 2000-07-17..2012-12-31" in (minister.description or "")
    later = actors["actor:cameo:later-leader"]
    assert (later.country, later.active_from, later.active_until) == ("TR", D(2015, 1, 1), None)
    early = actors["actor:cameo:early-leader"]  # a default code: always active
    assert (early.active_from, early.active_until, early.kind) == (None, None, ActorKind.PERSON)
    assert actors["actor:cameo:un-agency"].kind is ActorKind.IGO
    assert actors["actor:cameo:un-agency"].country is None


def test_registry_from_cameo_respects_periods(dictionary: Path) -> None:
    registry = ActorRegistry.from_cameo(dictionary)
    assert registry.resolve("Minister Sample", on=D(2010, 1, 1)).id == "actor:cameo:sample-minister"
    assert registry.resolve("NSB").id == "actor:cameo:northern-storm-brigade-nsb"
    assert registry.resolve("Later Leader", on=D(2016, 1, 1)).id == "actor:cameo:later-leader"
    with pytest.raises(UnknownNameError, match="2015-01-01"):
        registry.resolve("Later Leader", on=D(2014, 1, 1))


BAD_LINES = [
    ("\t[SYRGOV]\n", 1, "before any actor"),
    ("+SYNONYM_\n", 1, "before any actor"),
    ("X_\n\t[SYRGOV 2004017-20061201]\n", 2, "YYMMDD"),
    ("X_\n\t[SYRGOV 20121207-20120802]\n", 2, "ends before"),
    ("X_\n\t[SYRGOV 20121204]\n", 2, "code restriction"),
    ("X_\n\t[SYR GOV]\n", 2, "code restriction"),
    ("X_\n\t[SYRGOV 991332-991231]\n", 2, "calendar"),
]


@pytest.mark.parametrize(("text", "line", "reason"), BAD_LINES)
def test_bad_lines_raise_with_their_line_number(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RowError, match=reason) as info:
        list(read_cameo(path))
    assert info.value.line == line


def test_lenient_reading_skips_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.actors.txt"
    path.write_text("GOOD_ [SYRGOV]\n\t[SYRGOV 2004017-20061201]\nALSO_GOOD_ [TURMIL]\n")
    errors: list[RowError] = []
    actors = list(read_cameo(path, lenient=True, errors=errors))
    assert [a.name for a in actors] == ["GOOD", "ALSO GOOD"]
    assert [e.line for e in errors] == [2]
    assert actors[1].kind is ActorKind.STATE_FORCE


def test_taken_ids_get_a_suffix(dictionary: Path) -> None:
    actors = list(read_cameo(dictionary, taken={"actor:cameo:syria"}))
    assert actors[0].id == "actor:cameo:syria-2"


def test_real_phoenix_dictionaries(shared_data: Path) -> None:
    paths = sorted((shared_data / "phoenix").glob("*.actors.txt"))
    assert paths
    errors: list[RowError] = []
    registry = ActorRegistry.from_cameo(paths, lenient=True, errors=errors)
    assert len(registry) > 20_000
    assert 0 < len(errors) < 50  # a handful of malformed dates, each with its line
    assert all(e.line > 0 for e in errors)
    annan = registry.resolve("Kofi Annan")
    assert annan.kind is ActorKind.PERSON
    assert "IGOUNO 1997-01-01..2006-12-31" in (annan.description or "")
    assert registry.resolve("Syria").country == "SY"
    with pytest.raises(RowError):
        ActorRegistry.from_cameo(paths)  # strict mode stops at the first bad line


@pytest.mark.slow
def test_the_first_scan_of_the_phoenix_registry_costs_less_than_loading_it(
    shared_data: Path,
) -> None:
    import time

    paths = sorted((shared_data / "phoenix").glob("*.actors.txt"))
    start = time.perf_counter()
    registry = ActorRegistry.from_cameo(paths, lenient=True, errors=[])
    loading = time.perf_counter() - start
    start = time.perf_counter()
    found = registry.find_mentions("Kofi Annan met the UN envoy in Damascus.")
    first_scan = time.perf_counter() - start
    assert "Kofi Annan" in [m.text for m in found]
    # Building the scanner once was three times the loading (a per-group recomputation of
    # which groups are case-sensitive, quadratic in the 36,000 names); now it is less.
    assert first_scan < loading


def test_format_codes_come_from_the_data_file() -> None:
    from conflict_events.resolve._cameo import ROLE_KINDS
    from conflict_events.resolve._geonames import GEONAMES_COLUMNS
    from conflict_events.resolve._words import name_sources

    data = name_sources()
    assert {code: kind.value for code, kind in ROLE_KINDS.items()} == data["cameo"]["role_kinds"]
    assert list(GEONAMES_COLUMNS) == data["geonames"]["columns"]
    assert len(GEONAMES_COLUMNS) == 19
