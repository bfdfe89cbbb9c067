"""ACLED CSV: every column read into the model and written back unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    Point,
    RowError,
    TimeSpan,
    strategies,
)
from conflict_events.io import acled
from conflict_events.io._csv import actor_id, engagement_id

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _round_trip(text: str) -> str:
    out = io.StringIO()
    acled.write(acled.read(io.StringIO(text)), out)
    return out.getvalue()


# -- real data -----------------------------------------------------------------------------------
def test_every_row_of_the_benin_export_round_trips(shared_data: Path) -> None:
    path = shared_data / "acled" / "benin-2022.csv"
    raw = path.read_text(encoding="utf-8")
    engagements = list(acled.read(path))
    assert len(engagements) == len(_rows(raw)) == 406
    out = io.StringIO()
    assert acled.write(engagements, out) == 406
    assert _rows(out.getvalue()) == _rows(raw)  # every cell of every row
    assert out.getvalue() == raw  # and the bytes, since the export uses minimal quoting


def test_benin_values_are_typed(shared_data: Path) -> None:
    first = next(acled.read(shared_data / "acled" / "benin-2022.csv"))
    # BEN892: 28 December 2022, Civilians (Benin) with Refugees/IDPs (Benin), 0 fatalities.
    assert first.id == Engagement.make_id("acled:BEN892")
    assert first.when == TimeSpan.on(dt.date(2022, 12, 28))
    assert first.factions[0].name == "Civilians (Benin)"
    assert first.factions[0].associates[0].actor == "actor:acled:refugees-idps-benin"
    assert first.location is not None
    assert first.location.country == "BJ"
    assert first.location.admin_path == ("Alibori", "Karimama")
    assert first.location.point == Point(lat=12.0455, lon=3.1338)
    assert first.location.geo_precision is GeoPrecision.NEAR
    assert first.casualties[0].figure("killed") is not None
    assert first.extras["acled.event_id_cnty"] == "BEN892"


# -- fixtures: every column variant --------------------------------------------------------------
@pytest.mark.parametrize("name", ["acled_variants.csv", "acled_old_layout.csv"])
def test_fixture_round_trips_byte_for_byte(name: str) -> None:
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    assert _round_trip(raw) == raw


def test_column_variants_read_as_documented() -> None:
    by_key = {
        e.extras["acled.event_id_cnty"]: e for e in acled.read(FIXTURES / "acled_variants.csv")
    }
    clash, attack, riot, month, protest = (by_key[f"XLD{i}"] for i in range(1, 6))

    assert clash.when == TimeSpan.on(dt.date(2023, 3, 5))
    assert clash.casualties[0].figures[0].count == Count.exact(2)
    assert clash.casualties[0].attribution == Attribution(source_name="Daily Paper")
    assert clash.extras["acled.my_note"] == "checked"  # an unknown column is kept
    assert clash.description == "Clash in the market, two dead."
    assert "acled.interaction" not in clash.extras  # 33 follows from inter1 3, inter2 3

    # ISO date, ";"-lists without the usual spacing, "010" fatalities, "10.20" latitude.
    assert attack.when == TimeSpan.on(dt.date(2023, 3, 7))
    assert attack.extras["acled.event_date"] == "2023-03-07"
    assert [m.actor for m in attack.factions[0].associates] == [
        "actor:acled:militia-c-xland",
        "actor:acled:militia-d-xland",
    ]
    assert [a.source_name for a in attack.attributions] == ["Paper One", "Paper Two"]
    assert attack.casualties[0].figures[0].count.low == 10
    assert attack.tags == ("women targeted: farmers", "crowd size=no report")
    assert attack.location is not None
    assert attack.location.point == Point(lat=10.2, lon=3.0)
    assert attack.location.admin_path == ("Borgou", "Kalale")  # admin2 blank: admin3 moves up
    assert attack.extras["acled.admin2"] == ""

    # Words for inter codes; actor2 == actor1; time_precision 2 is the ISO week.
    assert riot.factions[0].lead == "actor:acled:rioters-xland"
    assert riot.factions[1].lead == "actor:acled:rioters-xland~2"
    assert riot.when == TimeSpan.of_week(dt.date(2023, 3, 8))
    assert riot.when.start == dt.date(2023, 3, 6)
    assert riot.casualties == ()  # blank fatalities: unknown, not zero
    assert riot.extras["acled.interaction"] == "Rioters-Rioters"

    # time_precision 3 is the calendar month; an unknown iso leaves the country open.
    assert month.when == TimeSpan.of_month(2023, 7)
    assert month.factions[0].associates == (FactionMember(actor="actor:acled:militia-c-xland"),)
    assert month.location is not None
    assert month.location.country is None
    assert month.attributions == ()
    assert month.casualties[0].attribution.source == acled.ACLED_SOURCE

    # A blank iso: the country comes from its name.
    assert protest.location is not None
    assert protest.location.country == "BJ"
    assert protest.location.admin_path == ("Atlantique", "Ouidah", "Pahou")


def test_old_layout_keeps_its_columns_and_order() -> None:
    [e] = acled.read(FIXTURES / "acled_old_layout.csv")
    assert e.when == TimeSpan.on(dt.date(2019, 3, 12))
    assert e.extras["acled.data_id"] == "7001"
    assert e.extras["acled.iso3"] == "BEN"
    out = io.StringIO()
    acled.write([e], out)
    assert out.getvalue().splitlines()[0].startswith("data_id,iso,event_id_cnty,")


# -- bad input -----------------------------------------------------------------------------------
BAD_ROWS = [
    (2, "event_date", "31 Febtober 2023"),
    (3, "time_precision", "4"),
    (4, "sub_event_type", "Peaceful protest"),
    (5, "latitude", "95.5"),
    (6, "fatalities", "-2"),
    (8, "inter1", "9"),
    (9, "actor1", ""),
    (10, None, None),  # too few cells
    (11, "year", "2022"),
    (12, "longitude", ""),
    (13, "event_id_cnty", ""),
    (16, "assoc_actor_2", "Militia B (Xland)"),
]


def test_lenient_reading_reports_every_bad_row_and_keeps_the_good() -> None:
    errors: list[RowError] = []
    good = list(acled.read(FIXTURES / "acled_bad.csv", lenient=True, errors=errors))
    assert [e.extras["acled.event_id_cnty"] for e in good] == ["GOOD1", "GOOD2"]
    assert [(e.line, e.column, e.value) for e in errors] == BAD_ROWS


def test_strict_reading_raises_on_the_first_bad_row() -> None:
    with pytest.raises(RowError) as info:
        list(acled.read(FIXTURES / "acled_bad.csv"))
    assert info.value.line == 2
    assert "'31 Febtober 2023'" in str(info.value)


def test_missing_required_columns_are_named() -> None:
    header = [c for c in acled.COLUMNS if c not in ("event_date", "actor1")]
    with pytest.raises(RowError, match="'event_date', 'actor1'") as info:
        list(acled.read(io.StringIO(",".join(header) + "\n"), lenient=True))
    assert info.value.line == 1


def test_empty_file_and_repeated_column_are_errors() -> None:
    with pytest.raises(RowError, match="empty"):
        list(acled.read(io.StringIO("")))
    with pytest.raises(RowError, match="twice"):
        list(acled.read(io.StringIO(",".join([*acled.COLUMNS, "year"]) + "\n")))


@given(st.text(max_size=300))
def test_any_text_row_gives_an_engagement_or_a_row_error(text: str) -> None:
    source = io.StringIO(",".join(acled.COLUMNS) + "\n" + text)
    errors: list[RowError] = []
    for e in acled.read(source, lenient=True, errors=errors):
        assert isinstance(e, Engagement)
    assert all(isinstance(err, RowError) for err in errors)


# -- writing ---------------------------------------------------------------------------------------
def _benin_like() -> Engagement:
    [e] = [
        e
        for e in acled.read(FIXTURES / "acled_variants.csv")
        if e.extras["acled.event_id_cnty"] == "XLD2"
    ]
    return e


def test_typed_edits_write_through_kept_cells() -> None:
    e = _benin_like()
    assert e.location is not None
    moved = attrs.evolve(
        e,
        when=TimeSpan.on(dt.date(2023, 4, 1)),
        location=attrs.evolve(e.location, point=Point(lat=10.25, lon=3.0)),
    )
    out = io.StringIO()
    acled.write([moved], out)
    [row] = _rows(out.getvalue())
    assert row["event_date"] == "01 April 2023"  # the kept ISO text named another day
    assert row["latitude"] == "10.25"
    assert row["longitude"] == "3.0"
    assert row["fatalities"] == "010"  # unchanged: still reads as 10
    # unchanged values keep their original text
    [original] = _rows(_round_trip((FIXTURES / "acled_variants.csv").read_text()))[1:2]
    assert original["latitude"] == "10.20"


def test_what_acled_cannot_hold_is_reported() -> None:
    e = Engagement(
        id="engagement:test-1",
        event_type="battles",
        when=TimeSpan.between(dt.date(2024, 11, 27), dt.date(2024, 11, 29)),
        location=Location(name="Aleppo", kind="city", country="SY"),
        factions=[
            Faction(lead="actor:hts"),
            Faction(lead="actor:saa"),
            Faction(lead="actor:sna"),
        ],
        casualties=[
            CasualtyReport(
                figures=[CasualtyFigure(outcome="injured", group="total", count=Count.exact(4))],
                attribution=Attribution(source="actor:sohr"),
            )
        ],
        confidence=80,
    )
    with pytest.raises(RowError) as info:
        acled.write([e], io.StringIO())
    assert info.value.line == 2
    errors: list[RowError] = []
    out = io.StringIO()
    assert acled.write([e], out, lenient=True, errors=errors) == 1
    [err] = errors
    lost = str(err)
    for path in ("$.when", "$.location.kind", "$.factions", "$.casualties", "$.confidence"):
        assert path in lost
    [again] = acled.read(io.StringIO(out.getvalue()))
    assert again.id == e.id  # an engagement id is written as event_id_cnty and read back
    assert [f.lead for f in again.factions] == ["actor:hts", "actor:saa"]
    assert again.when == TimeSpan.of_week(dt.date(2024, 11, 27))


def test_write_chooses_columns() -> None:
    e = _benin_like()
    out = io.StringIO()
    acled.write(
        [e],
        out,
        columns=[
            "event_id_cnty",
            "event_date",
            "time_precision",
            "event_type",
            "actor1",
            "my_note",
        ],
        lenient=True,
    )
    assert (
        out.getvalue().splitlines()[1]
        == "XLD2,2023-03-07,1,Violence against civilians,Militia A (Xland),"
    )
    with pytest.raises(RowError, match="required"):
        acled.write([e], io.StringIO(), columns=["event_date"])
    empty = io.StringIO()
    assert acled.write([], empty) == 0
    assert empty.getvalue() == ",".join(acled.COLUMNS) + "\n"


# -- properties ------------------------------------------------------------------------------------
def test_engagement_id_matches_the_model() -> None:
    for key in ("acled:BEN892", "acled:", "ucdp:300380", "acled:ÄÖ ü"):
        assert engagement_id(key) == Engagement.make_id(key)


@given(st.text(min_size=1, max_size=20))
def test_engagement_id_matches_the_model_on_any_key(key: str) -> None:
    assert engagement_id(key) == Engagement.make_id(key)


def test_actor_ids() -> None:
    assert actor_id("acled", "Police Forces of Benin (2016-)") == (
        "actor:acled:police-forces-of-benin-2016"
    )
    assert actor_id("acled", "Ḥayʾat Taḥrīr al-Shām") == "actor:acled:hay-at-tahrir-al-sham"
    assert actor_id("acled", "???").startswith("actor:acled:x")


_names = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" ()-/'."),
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() and actor_id("acled", s) != "")
_cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=30
)


@st.composite
def acled_rows(draw: st.DrawFn) -> dict[str, str]:
    """Valid ACLED rows with the cell variants real exports use."""
    day = draw(st.dates(dt.date(1997, 1, 1), dt.date(2030, 12, 31)))
    sub = draw(st.sampled_from(list(acled.SubEventType)))
    actor1 = draw(_names)
    actor2 = draw(st.one_of(st.just(""), _names))
    inter = st.one_of(st.sampled_from("12345678"), st.sampled_from(["State forces", "Rioters"]))
    lat = draw(st.floats(-90, 90, allow_nan=False))
    lon = draw(st.floats(-180, 180, allow_nan=False))
    fatalities = draw(st.one_of(st.just(""), st.integers(0, 10_000).map(str)))
    row = dict.fromkeys(acled.COLUMNS, "")
    row.update(
        event_id_cnty=draw(st.from_regex(r"[A-Z]{3}[0-9]{1,6}", fullmatch=True)),
        event_date=draw(st.sampled_from([day.isoformat(), f"{day.day:02d} {day:%B} {day.year}"])),
        year=str(day.year),
        time_precision=draw(st.sampled_from("123")),
        disorder_type=draw(_cells),
        event_type=sub.event_type.acled_label,
        sub_event_type=sub.acled_label,
        actor1=actor1,
        assoc_actor_1="; ".join(draw(st.lists(_names, max_size=3))),
        inter1=draw(inter),
        actor2=actor2,
        assoc_actor_2="; ".join(draw(st.lists(_names, max_size=2))) if actor2 else "",
        inter2=draw(inter) if actor2 else "0",
        interaction=draw(st.one_of(st.just(""), st.from_regex(r"[0-8]{2}", fullmatch=True))),
        iso=draw(st.sampled_from(["204", "4", "760", ""])),
        region=draw(_cells),
        country=draw(st.sampled_from(["Benin", "Afghanistan", "Syria", ""])),
        admin1=draw(_cells),
        admin2=draw(_cells),
        location=draw(_names),
        latitude=draw(st.sampled_from([repr(lat), f"{lat:.4f}"])),
        longitude=draw(st.sampled_from([repr(lon), f"{lon:.2f}"])),
        geo_precision=draw(st.sampled_from("123")),
        source=draw(_cells),
        notes=draw(_cells),
        fatalities=fatalities,
        tags=draw(_cells),
        timestamp=draw(st.integers(0, 2**31).map(str)),
    )
    return row


def _csv_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(acled.COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@given(st.lists(acled_rows(), min_size=1, max_size=4))
def test_any_valid_row_round_trips_cell_for_cell(rows: list[dict[str, str]]) -> None:
    text = _csv_text(rows)
    assert _rows(_round_trip(text)) == rows


@given(acled_rows())
def test_read_write_read_is_the_identity_on_read_engagements(row: dict[str, str]) -> None:
    [e] = acled.read(io.StringIO(_csv_text([row])))
    out = io.StringIO()
    acled.write([e], out)  # strict: nothing may be lost
    assert list(acled.read(io.StringIO(out.getvalue()))) == [e]


_ids = st.from_regex(r"actor:[a-z]{1,8}", fullmatch=True)


@st.composite
def engagements(draw: st.DrawFn) -> Engagement:
    """Engagements from anywhere: more than ACLED can hold."""
    sub = draw(st.one_of(st.none(), st.sampled_from(list(acled.SubEventType))))
    event_type = sub.event_type if sub else draw(st.sampled_from(list(acled.EventType)))
    leads = draw(st.lists(_ids, unique=True, max_size=3))
    start = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))
    when = draw(
        st.sampled_from(
            [
                TimeSpan.on(start),
                TimeSpan.of_week(start),
                TimeSpan.of_month(start.year, start.month),
                TimeSpan.between(start, start + dt.timedelta(days=2)),
            ]
        )
    )
    location = draw(
        st.one_of(
            st.none(),
            st.builds(
                Location,
                name=_names,
                kind=st.sampled_from(["town", "city"]),
                country=st.sampled_from([None, "BJ", "SY"]),
                point=st.one_of(
                    st.none(),
                    st.builds(
                        Point,
                        lat=st.floats(-90, 90, allow_nan=False),
                        lon=st.floats(-180, 180, allow_nan=False),
                    ),
                ),
                geo_precision=st.one_of(st.none(), st.sampled_from(list(GeoPrecision))),
                admin_path=st.lists(_names, max_size=4).map(tuple),
            ),
        )
    )
    killed = draw(st.one_of(st.none(), st.integers(0, 500)))
    casualties = (
        []
        if killed is None
        else [
            CasualtyReport(
                figures=[
                    CasualtyFigure(outcome="killed", group="total", count=Count.exact(killed))
                ],
                attribution=Attribution(source_name=draw(_names)),
            )
        ]
    )
    return Engagement(
        id=draw(st.from_regex(r"engagement:[a-z0-9]{1,10}", fullmatch=True)),
        event_type=event_type,
        sub_event_type=sub,
        when=when,
        location=location,
        factions=[Faction(lead=lead, name=draw(st.one_of(st.none(), _names))) for lead in leads],
        casualties=casualties,
        attributions=[Attribution(source_name=n) for n in draw(st.lists(_names, max_size=2))],
        description=draw(st.one_of(st.none(), _cells)),
        tags=draw(st.lists(_names, max_size=2)),
        parent=draw(st.one_of(st.none(), st.just("engagement:campaign"))),
    )


@given(engagements())
def test_any_engagement_is_stable_after_one_pass_and_losses_are_reported(e: Engagement) -> None:
    errors: list[RowError] = []
    first = io.StringIO()
    acled.write([e], first, lenient=True, errors=errors)
    try:
        [once] = acled.read(io.StringIO(first.getvalue()))
    except RowError:
        assert errors  # a row that does not even read back was reported when written
        return
    if once != e:
        assert errors, "a value was lost without a report"
    else:
        assert not errors
    second = io.StringIO()
    acled.write([once], second)  # strict: the second pass loses nothing
    assert second.getvalue() == first.getvalue()
    assert list(acled.read(io.StringIO(second.getvalue()))) == [once]


# -- the converter's fast path (io/_converter.py) gives what the cattrs path gives ---------------
def _fast_and_slow(data: object, cls: type) -> tuple[object, object]:
    from conflict_events.io import _converter

    fast = _converter.structure(data, cls)
    slow = _converter.converter.structure(data, cls)
    return fast, slow


def test_fast_converter_matches_cattrs_on_csv_engagements() -> None:
    import orjson

    from conflict_events.io import _converter, ucdp

    engagements = [
        *acled.read(FIXTURES / "acled_variants.csv"),
        *ucdp.read(FIXTURES / "ucdp_variants.csv"),
    ]
    for e in engagements:
        fast, slow = _converter.unstructure(e), _converter.converter.unstructure(e)
        assert orjson.dumps(fast) == orjson.dumps(slow)  # same keys, order and values
        assert _fast_and_slow(slow, Engagement) == (e, e)


@given(strategies.engagements())
def test_fast_converter_matches_cattrs_on_any_engagement(e: Engagement) -> None:
    import orjson

    from conflict_events.io import _converter

    data = _converter.converter.unstructure(e)
    assert orjson.dumps(_converter.unstructure(e)) == orjson.dumps(data)
    fast, slow = _fast_and_slow(orjson.loads(orjson.dumps(data)), Engagement)
    assert fast == slow == e


def test_fast_converter_interning_does_not_confuse_look_alike_values() -> None:
    import uuid

    from conflict_events import ValidationError
    from conflict_events.io import _converter

    good = {"source_name": "12345678-1234-5678-1234-567812345678"}
    assert _converter.structure(good, Attribution).source_name == good["source_name"]
    # prints like the cached input, but a UUID is no string: the cattrs path refuses it
    look_alike = {"source_name": uuid.UUID(good["source_name"])}
    with pytest.raises(ValidationError, match="expected a string"):
        _converter.structure(look_alike, Attribution)
    # a date object where an ISO string belongs is refused too, cached or not
    span = {"start": "2024-01-01", "end": "2024-01-01", "precision": "day"}
    assert _converter.structure(span, TimeSpan) == TimeSpan.on(dt.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="ISO date"):
        _converter.structure({**span, "start": dt.date(2024, 1, 1)}, TimeSpan)
