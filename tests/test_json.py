"""JSON / JSON Lines serialisation, the converter's rules, and the JSON Schema."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import json
import math
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import cattrs
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import conflict_events
from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    Faction,
    FactionMember,
    GeoPrecision,
    Location,
    Outcome,
    Point,
    Precision,
    RowError,
    TimeSpan,
    ValidationError,
)
from conflict_events.io import _converter
from conflict_events.io._schema import SCHEMA_FILE, build_schema, render
from conflict_events.io.json import SCHEMA_VERSION, dumps, loads, read_jsonl, schema, write_jsonl
from conflict_events.model import MODEL_TYPES
from conflict_events.model._count import MAX_COUNT
from conflict_events.strategies import (
    casualty_reports,
    engagements,
    factions,
    locations,
    points,
)

PACKAGE = Path(conflict_events.__file__).parent
FORMATS = Draft202012Validator.FORMAT_CHECKER
VALIDATOR = Draft202012Validator(schema(), format_checker=FORMATS)


@functools.cache
def validator_for(cls: type) -> Draft202012Validator:
    """A validator for one class's ``$defs`` entry (no ``schema_version``)."""
    root = schema()
    return Draft202012Validator(
        {"$schema": root["$schema"], "$defs": root["$defs"], "$ref": f"#/$defs/{cls.__name__}"},
        format_checker=FORMATS,
    )


def doc(obj: Any) -> dict[str, Any]:
    """``obj`` serialised, as a mutable dict."""
    data: dict[str, Any] = orjson.loads(dumps(obj))
    return data


def load_problems(data: Any, cls: type = Engagement) -> dict[str, str]:
    """The problems ``loads`` reports for ``data``: path -> messages joined with ' / '."""
    with pytest.raises(ValidationError) as info:
        loads(orjson.dumps(data), cls)
    out: dict[str, str] = {}
    for p in info.value.problems:
        out[p.path] = f"{out[p.path]} / {p.message}" if p.path in out else p.message
    return out


def sample() -> Engagement:
    """A hand-built engagement with every kind of part."""
    return Engagement(
        id="engagement:sample-1",
        event_type="battles",
        sub_event_type="armed_clash",
        when=TimeSpan.on(
            dt.date(2024, 11, 28), expression="on Thursday", anchor=dt.date(2024, 11, 29)
        ),
        location=Location(
            name="Atarib",
            kind="town",
            country="SY",
            admin_path=["Aleppo Governorate"],
            point=Point(lat=36.14, lon=36.83),
            geo_precision=GeoPrecision.NEAR,
        ),
        factions=[
            Faction(lead="actor:a", associates=[FactionMember(actor="actor:b", role="backed_by")]),
            Faction(lead="actor:c"),
        ],
        casualties=[
            CasualtyReport(
                figures=[
                    CasualtyFigure(outcome="killed", group="total", count=Count.exact(12)),
                    CasualtyFigure(
                        outcome="injured",
                        group="civilians",
                        count=Count(low=20, high=None, qualifier="at_least", figure=20),
                    ),
                ],
                attribution=Attribution(source="actor:monitor", published=dt.date(2024, 11, 29)),
            )
        ],
        attributions=[Attribution(source_name="local sources", claim="claimed")],
        tags=["offensive"],
        confidence=70,
        extras={"source_scale": "National"},
    )


# -- round trips --------------------------------------------------------------------------
@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_round_trip_and_schema_for_every_type(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    assert type(obj) is cls
    text = dumps(obj)
    assert loads(text, cls) == obj
    record = orjson.loads(text)
    assert record["schema_version"] == SCHEMA_VERSION
    del record["schema_version"]
    validator_for(cls).validate(record)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(engagements())
def test_500_engagements_round_trip_and_validate(engagement: Engagement) -> None:
    text = dumps(engagement)
    assert loads(text, Engagement) == engagement
    VALIDATOR.validate(orjson.loads(text))


def test_sample_round_trips_and_validates() -> None:
    e = sample()
    assert loads(dumps(e), Engagement) == e
    assert loads(dumps(e, indent=True), Engagement) == e
    VALIDATOR.validate(doc(e))


def test_unstructure_of_the_sample() -> None:
    data = doc(sample())
    assert data["when"] == {
        "start": "2024-11-28",
        "end": "2024-11-28",
        "precision": "day",
        "expression": "on Thursday",
        "anchor": "2024-11-29",
    }
    assert data["location"]["geo_precision"] == 2  # an IntEnum is its number
    assert data["factions"][1] == {"lead": "actor:c"}  # defaults are left out
    assert data["attributions"] == [{"source_name": "local sources", "claim": "claimed"}]
    assert list(data)[-1] == "schema_version"


def test_example_script() -> None:
    script = Path(__file__).resolve().parents[1] / "examples" / "build_engagement.py"
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("round trip equal: True\nvalid against the JSON Schema: True\n")


def test_dumps_indent_and_bytes_input() -> None:
    text = dumps(Count.exact(4), indent=True)
    assert "\n  " in text
    assert loads(text.encode(), Count) == Count.exact(4)


def test_dumps_refuses_non_model_values() -> None:
    with pytest.raises(TypeError, match="model object"):
        dumps([Count.exact(1)])


def test_the_largest_count_round_trips_and_a_larger_one_is_refused() -> None:
    big = Count.exact(MAX_COUNT)
    assert loads(dumps(big), Count) == big
    data = {"low": MAX_COUNT + 1, "high": None, "qualifier": "at_least"}
    assert list(load_problems(data, Count)) == ["$.low"]


# -- the converter ------------------------------------------------------------------------
def test_one_converter_never_the_global_one() -> None:
    assert _converter.converter is not cattrs.global_converter
    # The global converter is left untouched: it knows nothing of dates.
    day = dt.date(2024, 1, 1)
    assert cattrs.global_converter.unstructure(day) is day
    # No other module of the package builds a converter.
    pattern = re.compile(r"\b(make_converter|Converter)\s*\(")
    builders = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if pattern.search(p.read_text("utf-8"))
    ]
    assert builders == ["io/_converter.py"]


@pytest.mark.parametrize(
    ("path", "value", "fragment"),
    [
        (("confidence",), "50", "expected an integer"),
        (("confidence",), 50.0, "expected an integer"),
        (("confidence",), True, "expected an integer"),
        (("location", "point", "lat"), "36.1", "expected a number"),
        (("location", "geo_precision"), "2", "expected an integer"),
        (("location", "name"), 5, "expected a string"),
        (("when", "approximate"), 1, "true or false"),
        (("when", "start"), "28 November 2024", "ISO date"),
        (("when", "start"), 20241128, "ISO date string"),
        (("when", "start"), "2024-11-28T00:00:00", "ISO date"),
        (("event_type",), "Battles", "'Battles'"),
    ],
)
def test_no_coercion(path: tuple[str, ...], value: object, fragment: str) -> None:
    data = doc(sample())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = load_problems(data)
    where = "$." + ".".join(path)
    assert list(found) == [where]
    assert fragment in found[where]


def test_ints_are_accepted_for_floats() -> None:
    assert loads('{"lat": 36, "lon": -3}', Point) == Point(lat=36.0, lon=-3.0)


def test_null_for_an_optional_field_is_its_default() -> None:
    data = doc(sample())
    data["location"] = None
    data["parent"] = None
    assert loads(orjson.dumps(data), Engagement).location is None


def test_missing_required_key() -> None:
    data = doc(sample())
    del data["when"]["precision"]
    del data["id"]
    assert load_problems(data) == {
        "$.id": "required key missing",
        "$.when.precision": "required key missing",
    }


def test_not_json_and_not_an_object() -> None:
    assert list(load_problems_text("{not json")) == ["$"]
    assert "not valid JSON" in load_problems_text("{not json")["$"]
    assert "expected an object for Engagement" in load_problems_text("[1, 2]")["$"]


def load_problems_text(text: str) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        loads(text, Engagement)
    return {p.path: p.message for p in info.value.problems}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("tags",), "abc"),
        (("tags",), ""),
        (("tags",), {"a": "b"}),
        (("tags",), {}),
        (("location", "admin_path"), "Aleppo"),
        (("factions",), {"lead": "actor:a"}),
    ],
)
def test_a_list_field_refuses_other_types(path: tuple[str, ...], value: object) -> None:
    data = doc(sample())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = load_problems(data)
    where = "$." + ".".join(path)
    assert list(found) == [where]
    assert "expected a list" in found[where]


@pytest.mark.parametrize(
    ("path", "value"),
    [(("when",), None), (("factions", 0), 5), (("extras",), ["a"]), (("location",), "Atarib")],
)
def test_a_non_object_says_an_object_was_expected(path: tuple[Any, ...], value: object) -> None:
    data = doc(sample())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = load_problems(data)
    where = "$" + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path)
    assert list(found) == [where]
    assert "expected an object" in found[where]


def test_only_calendar_dates_are_dates() -> None:
    data = doc(sample())
    data["when"]["start"] = data["when"]["end"] = "2024-W48-4"
    assert set(load_problems(data)) == {"$.when.start", "$.when.end"}


# -- mutations: break one invariant deep inside a valid engagement ------------------------
Mutation = Callable[[dict[str, Any], st.DataObject], str]


def _index(data: st.DataObject, items: list[Any]) -> int:
    return data.draw(st.integers(0, len(items) - 1))


def count_low_above_high(d: dict[str, Any], data: st.DataObject) -> str:
    i = _index(data, d["casualties"])
    j = _index(data, d["casualties"][i]["figures"])
    d["casualties"][i]["figures"][j]["count"] = {"low": 10, "high": 3, "qualifier": "range"}
    return f"$.casualties[{i}].figures[{j}].count.high"


def bad_latitude(d: dict[str, Any], data: st.DataObject) -> str:
    d["location"]["point"]["lat"] = data.draw(st.sampled_from([90.001, -91, 1e6]))
    return "$.location.point.lat"


def end_before_start(d: dict[str, Any], data: st.DataObject) -> str:
    i = _index(data, d["casualties"])
    start = dt.date.fromisoformat(d["casualties"][i]["as_of"]["start"])
    d["casualties"][i]["as_of"]["end"] = (start - dt.timedelta(days=1)).isoformat()
    return f"$.casualties[{i}].as_of.end"


def unknown_key(d: dict[str, Any], data: st.DataObject) -> str:
    i = _index(data, d["factions"])
    d["factions"][i]["colour"] = "red"
    return f"$.factions[{i}].colour"


def wrong_type(d: dict[str, Any], data: st.DataObject) -> str:
    i = _index(data, d["casualties"])
    d["casualties"][i]["attribution"]["published"] = 20241128
    return f"$.casualties[{i}].attribution.published"


def bad_member_id(d: dict[str, Any], data: st.DataObject) -> str:
    i = _index(data, d["factions"])
    d["factions"][i]["associates"] = [{"actor": "Free Syrian Army"}]
    return f"$.factions[{i}].associates[0].actor"


def duplicate_figure(d: dict[str, Any], data: st.DataObject) -> str:
    i = _index(data, d["casualties"])
    figures = d["casualties"][i]["figures"]
    figures.append(copy.deepcopy(figures[0]))
    return f"$.casualties[{i}].figures"


def wrong_sub_event_type(d: dict[str, Any], data: st.DataObject) -> str:
    d["event_type"] = "protests"
    d["sub_event_type"] = "armed_clash"
    return "$.sub_event_type"


def no_source(d: dict[str, Any], data: st.DataObject) -> str:
    i = _index(data, d["attributions"])
    d["attributions"][i] = {"claim": "denied"}
    return f"$.attributions[{i}].source"


def bad_extra(d: dict[str, Any], data: st.DataObject) -> str:
    d.setdefault("extras", {})["iso"] = 760
    return "$.extras['iso']"


def confidence_too_high(d: dict[str, Any], data: st.DataObject) -> str:
    d["confidence"] = 101
    return "$.confidence"


def bad_week(d: dict[str, Any], data: st.DataObject) -> str:
    d["when"] = {"start": "2024-11-26", "end": "2024-12-02", "precision": "week"}
    return "$.when.precision"


MUTATIONS = [
    count_low_above_high,
    bad_latitude,
    end_before_start,
    unknown_key,
    wrong_type,
    bad_member_id,
    duplicate_figure,
    wrong_sub_event_type,
    no_source,
    bad_extra,
    confidence_too_high,
    bad_week,
]

# Engagements where every list and optional part the mutations reach is present.
_dates = {"min_date": dt.date(1900, 1, 1), "max_date": dt.date(2100, 12, 31)}
_reports = casualty_reports(as_of=st.builds(TimeSpan.on, st.dates(dt.date(1900, 1, 2))), **_dates)
FULL = st.builds(
    lambda e, fs, rs, attrib: attrs.evolve(e, factions=fs, casualties=rs, attributions=attrib),
    engagements(
        locations=locations(points=points()),
        max_factions=0,
        max_casualty_reports=0,
        max_attributions=0,
        **_dates,
    ),
    st.lists(factions(), min_size=1, max_size=3, unique_by=lambda f: f.lead),
    st.lists(_reports, min_size=1, max_size=3),
    st.lists(st.from_type(Attribution), min_size=1, max_size=2),
)


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda m: m.__name__)
@settings(max_examples=25, deadline=None)
@given(engagement=FULL, data=st.data())
def test_a_broken_invariant_is_reported_at_its_path(
    mutate: Mutation, engagement: Engagement, data: st.DataObject
) -> None:
    d = doc(engagement)
    path = mutate(d, data)
    assert set(load_problems(d)) == {path}


def test_every_problem_in_one_error() -> None:
    d = doc(sample())
    d["when"]["end"] = "2024-11-01"  # before start
    d["location"]["point"]["lon"] = 200  # out of range
    d["factions"][0]["associates"][0]["role"] = "friend"  # not a role
    d["factions"][1]["lead"] = 7  # wrong type
    d["casualties"][0]["figures"][1]["count"]["high"] = 5  # at_least has no high
    d["casualties"][0]["attribution"]["url"] = "example.org"  # not http(s)
    d["attributions"][0]["mood"] = "grim"  # unknown key
    d["extras"]["n"] = 1  # not a string
    with pytest.raises(ValidationError) as info:
        loads(orjson.dumps(d), Engagement)
    err = info.value
    assert set(err.paths) == {
        "$.when.end",
        "$.location.point.lon",
        "$.factions[0].associates[0].role",
        "$.factions[1].lead",
        "$.casualties[0].figures[1].count.high",
        "$.casualties[0].attribution.url",
        "$.attributions[0].mood",
        "$.extras['n']",
    }
    assert str(err).startswith(f"{len(err.problems)} problems in Engagement:\n")
    for p in err.problems:
        assert f"  {p.path}: {p.message}" in str(err)


@pytest.mark.parametrize(
    ("cls", "data", "paths"),
    [
        (
            Engagement,
            {
                "id": "sample 1",
                "event_type": "battles",
                "when": {"start": "2024-11-02", "end": "2024-11-01", "precision": "interval"},
            },
            {"$.id", "$.when.end"},
        ),
        (
            Engagement,
            {
                "id": "sample 1",
                "event_type": "battles",
                "when": {"start": "2024-11-01", "end": "2024-11-01", "precision": "day"},
                "colour": "red",
            },
            {"$.id", "$.colour"},
        ),
        (
            Count,
            {"low": -1, "high": None, "qualifier": "at_least", "note": "x"},
            {"$.low", "$.note"},
        ),
    ],
)
def test_an_objects_own_problems_are_listed_beside_its_parts(
    cls: type, data: dict[str, Any], paths: set[str]
) -> None:
    assert set(load_problems(data, cls)) == paths


def test_a_wrong_type_hides_only_the_rules_that_involve_it() -> None:
    """docs/serialization.md: a field whose value cannot be read is reported, and so is every
    other problem, in its own object and elsewhere; only the rules that involve the unread
    field (here Count's ``low <= high``) cannot be checked."""
    d = doc(sample())
    d["location"]["name"] = 5  # wrong type
    d["location"]["country"] = "sy"  # a value problem of the same object
    d["casualties"][0]["figures"][0]["count"] = {"low": "9", "high": 2, "qualifier": "range"}
    d["when"]["end"] = "2024-11-01"  # another object
    assert set(load_problems(d)) == {
        "$.location.name",
        "$.location.country",
        "$.casualties[0].figures[0].count.low",
        "$.when.end",
    }


# -- schema_version -----------------------------------------------------------------------
def test_records_carry_the_schema_version() -> None:
    assert SCHEMA_VERSION == "1.0"
    assert orjson.loads(dumps(sample()))["schema_version"] == SCHEMA_VERSION
    assert orjson.loads(dumps(Count.exact(1)))["schema_version"] == SCHEMA_VERSION
    # Only the top level carries it.
    assert "schema_version" not in orjson.loads(dumps(sample()))["when"]


@pytest.mark.parametrize("version", [None, "1.0", "1.7", "1"])
def test_readable_versions(version: str | None) -> None:
    d = doc(sample())
    if version is None:
        del d["schema_version"]
    else:
        d["schema_version"] = version
    assert loads(orjson.dumps(d), Engagement) == sample()


@pytest.mark.parametrize("version", ["2.0", "0.9", 1, None, ""])
def test_unreadable_versions(version: object) -> None:
    d = doc(sample())
    d["schema_version"] = version
    found = load_problems(d)
    assert list(found) == ["$.schema_version"]
    assert f"schema version {SCHEMA_VERSION}" in found["$.schema_version"]


def test_schema_version_in_a_nested_object_is_unknown() -> None:
    d = doc(sample())
    d["when"]["schema_version"] = "1.0"
    assert load_problems(d) == {"$.when.schema_version": "unknown key"}


# -- JSON Lines ---------------------------------------------------------------------------
def test_jsonl_round_trip_path(tmp_path: Path) -> None:
    items = [sample(), attrs.evolve(sample(), id="engagement:sample-2", tags=())]
    path = tmp_path / "events.jsonl"
    assert write_jsonl(items, path) == 2
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["schema_version"] == "1.0" for line in lines)
    assert list(read_jsonl(path, Engagement)) == items


@given(st.lists(st.from_type(Count), max_size=5))
def test_jsonl_round_trip_stream(items: list[Count]) -> None:
    buf = io.StringIO()
    assert write_jsonl(iter(items), buf) == len(items)
    buf.seek(0)
    assert list(read_jsonl(buf, Count)) == items


def _bad_stream() -> io.StringIO:
    good = dumps(Count.exact(1))
    return io.StringIO(
        "\n".join(
            [
                good,  # 1
                "",  # 2: blank, skipped
                '{"low": 3, "high": 1, "qualifier": "range"}',  # 3: invariant
                "{oops",  # 4: not JSON
                good,  # 5
                '{"low": 1, "high": 1, "qualifier": "exact", "extra": 1, "figure": "1"}',  # 6
                "   ",  # 7: blank
                good,  # 8
            ]
        )
        + "\n"
    )


def test_jsonl_strict_stops_at_the_first_bad_line() -> None:
    reader = read_jsonl(_bad_stream(), Count)
    assert next(reader) == Count.exact(1)
    with pytest.raises(RowError) as info:
        next(reader)
    err = info.value
    assert err.line == 3
    assert err.column == "$.high"
    assert "must be >= low (3)" in str(err)
    assert str(err).startswith("line 3, column '$.high'")
    assert isinstance(err.__cause__, ValidationError)


def test_jsonl_lenient_collects_bad_lines_and_goes_on() -> None:
    errors: list[RowError] = []
    got = list(read_jsonl(_bad_stream(), Count, lenient=True, errors=errors))
    assert got == [Count.exact(1)] * 3
    assert [e.line for e in errors] == [3, 4, 6]
    assert errors[1].column == "$"
    assert "not valid JSON" in str(errors[1])
    # Every problem of a line is in its error.
    assert "$.extra: unknown key" in str(errors[2])
    assert "$.figure" in str(errors[2])


def test_jsonl_lenient_without_a_list_skips_quietly() -> None:
    assert len(list(read_jsonl(_bad_stream(), Count, lenient=True))) == 3


def test_jsonl_reads_lazily(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(dumps(Count.exact(1)) + "\n{broken\n", "utf-8")
    reader = read_jsonl(path, Count)
    assert next(reader) == Count.exact(1)  # the broken second line has not been read yet
    with pytest.raises(RowError, match="line 2"):
        next(reader)


# -- the JSON Schema ----------------------------------------------------------------------
def test_shipped_schema_is_the_generated_one() -> None:
    shipped = (PACKAGE / "io" / SCHEMA_FILE).read_text("utf-8")
    assert shipped == render(build_schema()), (
        "the shipped schema is stale: run python -m conflict_events.io._schema"
    )
    assert schema() == build_schema()


def test_schema_regeneration_check_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "conflict_events.io._schema", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(s)


def test_schema_returns_a_fresh_copy() -> None:
    s = schema()
    s["title"] = "changed"
    assert schema()["title"] == "Engagement"


def test_schema_follows_the_classes() -> None:
    s = schema()
    defs = s["$defs"]
    for cls in MODEL_TYPES:
        d = defs[cls.__name__]
        fields = attrs.fields(cls)
        assert list(d["properties"]) == [f.name for f in fields]
        assert d.get("required", []) == [f.name for f in fields if f.default is attrs.NOTHING]
        assert d["additionalProperties"] is False
    assert list(s["properties"]) == [*defs["Engagement"]["properties"], "schema_version"]
    assert s["required"] == ["id", "event_type", "when"]
    assert s["additionalProperties"] is False
    assert defs["GeoPrecision"] == {
        "description": defs["GeoPrecision"]["description"],
        "type": "integer",
        "minimum": 1,
        "maximum": 7,
    }
    assert defs["Precision"]["enum"][:2] == ["part_of_day", "day"]
    assert defs["Engagement"]["properties"]["extras"]["additionalProperties"] == {"type": "string"}


@pytest.mark.parametrize(
    ("cls", "value", "ok"),
    [
        (Point, {"lat": 90, "lon": -180}, True),
        (Point, {"lat": 90.5, "lon": 0}, False),
        (Point, {"lat": 0, "lon": 180.5}, False),
        (Count, {"low": -1, "high": None, "qualifier": "at_least"}, False),
        (Count, {"low": 2**53, "high": None, "qualifier": "at_least"}, False),
        (Count, {"low": 2**53 - 1, "high": None, "qualifier": "at_least"}, True),
        (Count, {"low": 1, "high": 1, "qualifier": "exact", "text": ""}, True),
        (Location, {"name": " ", "kind": "city"}, False),
        (Location, {"name": "X", "kind": "city", "country": "sy"}, False),
        (Location, {"name": "X", "kind": "city", "geo_precision": 8}, False),
        (Location, {"name": "X", "kind": "city", "admin_path": ["A", ""]}, False),
        (Faction, {"lead": "actor:a b"}, False),
        (Faction, {"lead": "actor:a", "extra": 1}, False),
        (Attribution, {}, False),
        (Attribution, {"source": None, "source_name": None}, False),
        (Attribution, {"source_name": "AFP"}, True),
        (Attribution, {"source": "actor:afp", "url": "ftp://x"}, False),
        (
            CasualtyFigure,
            {
                "outcome": "killed",
                "group": "civilians",
                "count": {"low": 1, "high": 1, "qualifier": "exact"},
            },
            True,
        ),
        (
            CasualtyFigure,
            {
                "outcome": "killed",
                "group": "actor:hts",
                "count": {"low": 1, "high": 1, "qualifier": "exact"},
            },
            True,
        ),
        (
            CasualtyFigure,
            {
                "outcome": "killed",
                "group": "soldiers",
                "count": {"low": 1, "high": 1, "qualifier": "exact"},
            },
            False,
        ),
        (CasualtyReport, {"figures": [], "attribution": {"source": "actor:a"}}, False),
        (TimeSpan, {"start": "2024-02-30", "end": "2024-03-01", "precision": "interval"}, False),
        (TimeSpan, {"start": "2024-W48-4", "end": "2024-11-28", "precision": "day"}, False),
        (
            Engagement,
            {
                "id": "engagement:x",
                "event_type": "battles",
                "when": {"start": "2024-01-01", "end": "2024-01-01", "precision": "day"},
                "confidence": 101,
            },
            False,
        ),
        (
            Engagement,
            {
                "id": "engagement:x",
                "event_type": "battles",
                "when": {"start": "2024-01-01", "end": "2024-01-01", "precision": "day"},
                "extras": {"": "x"},
            },
            False,
        ),
    ],
)
def test_schema_field_rules(cls: type, value: dict[str, Any], ok: bool) -> None:
    assert validator_for(cls).is_valid(value) is ok


def test_schema_version_in_the_schema() -> None:
    d = doc(sample())
    assert VALIDATOR.is_valid(d)
    d["schema_version"] = "2.0"
    assert not VALIDATOR.is_valid(d)
    del d["schema_version"]
    assert VALIDATOR.is_valid(d)


# Where loads accepts a document, the schema must too: the schema is never stricter than the
# model.  (It is looser: it cannot say cross-field rules such as start <= end.)
_JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 200),
    st.floats(-200, 200),
    st.sampled_from(["", " ", "x", "actor:x", "SY", "2024-11-28", "day", "total", "https://a"]),
    st.just([]),
    st.just({}),
)


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _leaves(v, (*path, i))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(engagement=FULL, data=st.data())
def test_schema_is_never_stricter_than_the_model(
    engagement: Engagement, data: st.DataObject
) -> None:
    d = doc(engagement)
    path = data.draw(st.sampled_from(_leaves(d)[1:]))
    parent = d
    for key in path[:-1]:
        parent = parent[key]
    new = data.draw(_JSON_VALUES)
    parent[path[-1]] = new
    try:
        loads(orjson.dumps(d), Engagement)
    except ValidationError:
        return
    errors = [e.message for e in VALIDATOR.iter_errors(d)]
    assert not errors, (path, new, errors)


# The same agreement for objects built in Python, which skip the converter's type checks: any
# object the model lets through serialises to a schema-valid document.  (This also pins the
# model's fast paths for valid input to its full checks.)
_PYTHON_VALUES = st.one_of(
    _JSON_VALUES,
    st.sampled_from(
        [
            math.nan,
            math.inf,
            -0.0,
            10**20,
            MAX_COUNT + 1,
            dt.date(2024, 11, 28),
            dt.datetime(2024, 11, 28, 12, 0),
            "2024-W48-4",
            "actor:x\n",
            ("a", ""),
            ["actor:x", "actor:x"],
            Precision.DAY,
            GeoPrecision.EXACT,
            Outcome.KILLED,
            {"": "x"},
            {"k": 1},
        ]
    ),
)


def _slots(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths (attribute names and tuple indexes) to every field of every object in the tree."""
    out = []
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        out.append((*path, f.name))
        if attrs.has(type(value)):
            out += _slots(value, (*path, f.name))
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if attrs.has(type(item)):
                    out += _slots(item, (*path, f.name, i))
    return out


def _replace(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    """``obj`` with the value at ``path`` replaced, every object on the way rebuilt (and so
    checked again)."""
    name, rest = path[0], path[1:]
    if not rest:
        return attrs.evolve(obj, **{name: value})
    child = getattr(obj, name)
    if isinstance(rest[0], int):
        i, rest = rest[0], rest[1:]
        items = list(child)
        items[i] = _replace(items[i], rest, value)
        return attrs.evolve(obj, **{name: tuple(items)})
    return attrs.evolve(obj, **{name: _replace(child, rest, value)})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(engagement=FULL, data=st.data())
def test_what_the_model_accepts_the_schema_accepts(
    engagement: Engagement, data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from(_slots(engagement)))
    value = data.draw(_PYTHON_VALUES)
    try:
        changed = _replace(engagement, path, value)
    except ValidationError:
        return
    record = orjson.loads(dumps(changed))
    errors = [e.message for e in VALIDATOR.iter_errors(record)]
    assert not errors, (path, value, errors)
    assert loads(orjson.dumps(record), Engagement) == changed
