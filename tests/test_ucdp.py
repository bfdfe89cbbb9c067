"""UCDP GED CSV: every column read into the model and written back unchanged."""

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
    GeoPrecision,
    Location,
    LocationKind,
    Point,
    Precision,
    RowError,
    TimeSpan,
)
from conflict_events.io import ucdp

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _round_trip(text: str) -> str:
    out = io.StringIO()
    ucdp.write(ucdp.read(io.StringIO(text)), out)
    return out.getvalue()


def test_every_row_of_the_ged_sample_round_trips(shared_data: Path) -> None:
    path = shared_data / "ucdp" / "ged-sample.csv"
    raw = path.read_text(encoding="utf-8")
    notices: list[RowError] = []
    engagements = list(ucdp.read(path, notices=notices))
    assert len(engagements) == len(_rows(raw)) == 500
    out = io.StringIO()
    assert ucdp.write(engagements, out) == 500
    assert _rows(out.getvalue()) == _rows(raw)
    assert out.getvalue() == raw
    # The rows whose estimates break low <= best <= high, found by hand in the file.
    bad = [r["id"] for r in _rows(raw) if not int(r["low"]) <= int(r["best"]) <= int(r["high"])]
    assert len(bad) == len(notices) == 6
    flagged = [e.extras["ucdp.id"] for e in engagements if ucdp.INCONSISTENT_ESTIMATES in e.extras]
    assert flagged == bad


def test_ged_sample_values_are_typed(shared_data: Path) -> None:
    first = next(ucdp.read(shared_data / "ucdp" / "ged-sample.csv"))
    # id 300380: Government of Syria (118) v Syrian insurgents (4456), 2013-01-03, 2 killed.
    assert first.id == Engagement.make_id("ucdp:300380")
    assert [f.lead for f in first.factions] == ["actor:ucdp:118", "actor:ucdp:4456"]
    assert first.when == TimeSpan.on(dt.date(2013, 1, 3))
    assert first.location is not None
    assert first.location.country == "SY"
    assert first.location.point == Point(lat=35.763369, lon=36.558974)
    total = first.casualties[0].figure("killed")
    assert total is not None
    assert (total.count.low, total.count.figure, total.count.high) == (2, 2, 2)
    side_b = first.casualties[0].figure("killed", "actor:ucdp:4456")
    assert side_b is not None
    assert side_b.count == Count.exact(2)
    assert [a.source_name for a in first.attributions] == ["Support Kurds in Syria", "VDC"]
    assert first.attributions[0].published == dt.date(2013, 1, 3)


def test_fixture_round_trips_byte_for_byte() -> None:
    raw = (FIXTURES / "ucdp_variants.csv").read_text(encoding="utf-8")
    assert _round_trip(raw) == raw


def test_column_variants_read_as_documented() -> None:
    notices: list[RowError] = []
    clash, nonstate, onesided, same_side = ucdp.read(
        FIXTURES / "ucdp_variants.csv", notices=notices
    )
    assert clash.event_type.value == "battles"
    assert clash.location is not None
    assert clash.location.admin_path == ("A province", "B district")

    # Plain dates, a 3-day interval, low > high, a more precise geom_wkt, two dated sources.
    assert nonstate.when == TimeSpan.between(dt.date(2020, 5, 3), dt.date(2020, 5, 5))
    assert nonstate.extras["ucdp.type_of_violence"] == "2"
    total = nonstate.casualties[0].figure("killed")
    assert total is not None
    assert total.count == Count(low=3, high=4, qualifier="range", figure=2)
    assert nonstate.extras[ucdp.INCONSISTENT_ESTIMATES] == "low > high"
    assert nonstate.casualties[0].figure("killed", ucdp.UNKNOWN_GROUP) is not None
    assert [(a.source_name, a.published) for a in nonstate.attributions] == [
        ("Paper", dt.date(2020, 5, 3)),
        ("Radio", dt.date(2020, 5, 4)),
    ]

    # One-sided violence, country-level place, a UCDP country name, a month.
    assert onesided.event_type.value == "violence_against_civilians"
    assert onesided.location is not None
    assert onesided.location.kind is LocationKind.COUNTRY
    assert onesided.location.geo_precision is GeoPrecision.COUNTRY
    assert onesided.location.country == "CD"
    assert onesided.when.precision is Precision.MONTH
    assert onesided.attributions == ()

    # The same actor on both sides; blank deaths; dates that do not pair with the offices.
    assert [f.lead for f in same_side.factions] == ["actor:ucdp:10", "actor:ucdp:10~2"]
    assert [f.group for f in same_side.casualties[0].figures] == ["total"]
    assert same_side.location is not None
    assert same_side.location.point is None
    assert same_side.location.country is None
    assert all(a.published is None for a in same_side.attributions)

    assert [(n.line, n.column) for n in notices] == [(3, "best"), (4, "best"), (5, "best")]


def test_bad_rows_name_line_and_column() -> None:
    errors: list[RowError] = []
    good = list(ucdp.read(FIXTURES / "ucdp_bad.csv", lenient=True, errors=errors))
    assert [e.extras["ucdp.id"] for e in good] == ["8005"]
    assert [(e.line, e.column, e.value) for e in errors] == [
        (2, "date_end", "2020-04-30"),
        (3, "type_of_violence", "4"),
        (4, "where_prec", "8"),
        (5, "best", "x"),
        (7, "date_prec", "9"),
        (8, "side_a_new_id", "1x0"),
        (9, "longitude", "200"),
        (10, "date_start", "01/05/2020"),
    ]
    with pytest.raises(RowError, match="line 2, column 'date_end'"):
        list(ucdp.read(FIXTURES / "ucdp_bad.csv"))


def test_missing_required_columns_are_named() -> None:
    header = [c for c in ucdp.COLUMNS if c != "date_start"]
    with pytest.raises(RowError, match="'date_start'"):
        list(ucdp.read(io.StringIO(",".join(header) + "\n")))


@given(st.text(max_size=300))
def test_any_text_row_gives_an_engagement_or_a_row_error(text: str) -> None:
    errors: list[RowError] = []
    source = io.StringIO(",".join(ucdp.COLUMNS) + "\n" + text)
    for e in ucdp.read(source, lenient=True, errors=errors):
        assert isinstance(e, Engagement)
    assert all(isinstance(err, RowError) for err in errors)


def test_typed_edits_write_through() -> None:
    nonstate = list(ucdp.read(FIXTURES / "ucdp_variants.csv"))[1]
    report = nonstate.casualties[0]
    fixed = attrs.evolve(
        report,
        figures=(
            CasualtyFigure(
                outcome="killed",
                group="total",
                count=Count(low=2, high=6, qualifier="range", figure=3),
            ),
            *report.figures[1:],
        ),
    )
    out = io.StringIO()
    ucdp.write([attrs.evolve(nonstate, casualties=(fixed,))], out)
    [row] = _rows(out.getvalue())
    assert (row["low"], row["best"], row["high"]) == ("2", "3", "6")
    assert row["date_start"] == "2020-05-03"  # untouched: the original text stays


def test_what_ged_cannot_hold_is_reported() -> None:
    e = Engagement(
        id="engagement:test-2",
        event_type="explosions_remote_violence",
        when=TimeSpan.on(dt.date(2024, 11, 28)),
        location=Location(
            name="Aleppo", kind="city", country="SY", point=Point(lat=36.2, lon=37.16)
        ),
        factions=[Faction(lead="actor:hts", name="HTS"), Faction(lead="actor:saa")],
        casualties=[
            CasualtyReport(
                figures=[CasualtyFigure(outcome="killed", group="total", count=Count.exact(12))],
                attribution=Attribution(source="actor:sohr"),
            )
        ],
    )
    errors: list[RowError] = []
    out = io.StringIO()
    ucdp.write([e], out, lenient=True, errors=errors)
    [err] = errors
    for path in ("$.event_type", "$.location.kind", "$.factions[0].lead", "$.casualties"):
        assert path in str(err)
    [once] = ucdp.read(io.StringIO(out.getvalue()))
    second = io.StringIO()
    ucdp.write([once], second)  # strict: stable after one pass
    assert second.getvalue() == out.getvalue()


_names = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" ()-,"),
    min_size=1,
    max_size=20,
).filter(str.strip)
_cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=20
)


@st.composite
def ged_rows(draw: st.DrawFn) -> dict[str, str]:
    start = draw(st.dates(dt.date(1989, 1, 1), dt.date(2030, 1, 1)))
    end = start + dt.timedelta(days=draw(st.integers(0, 40)))
    suffix = draw(st.sampled_from(["", " 00:00:00.000"]))
    lat = draw(st.floats(-90, 90, allow_nan=False))
    lon = draw(st.floats(-180, 180, allow_nan=False))
    estimates = sorted(draw(st.lists(st.integers(0, 1000), min_size=3, max_size=3)))
    if draw(st.booleans()):  # the published order, right or wrong
        estimates = draw(st.permutations(estimates))
    low, best, high = (str(n) for n in estimates)
    row = {c: draw(_cells) if c in ucdp.TEXT_COLUMNS else "" for c in ucdp.COLUMNS}
    row.update(
        id=str(draw(st.integers(1, 10**7))),
        type_of_violence=draw(st.sampled_from("123")),
        side_a_new_id=str(draw(st.integers(1, 500))),
        side_a=draw(_names),
        side_b_new_id=draw(st.sampled_from(["", "777"])),
        side_b=draw(_names),
        source_office=";".join(draw(st.lists(_names, max_size=3))),
        where_prec=draw(st.sampled_from("1234567")),
        where_coordinates=draw(_names),
        adm_1=draw(_cells),
        adm_2=draw(_cells),
        latitude=repr(lat),
        longitude=repr(lon),
        country=draw(st.sampled_from(["Syria", "DR Congo (Zaire)", "Atlantis", ""])),
        date_prec=draw(st.sampled_from("12345")),
        date_start=start.isoformat() + suffix,
        date_end=end.isoformat() + suffix,
        deaths_a=str(draw(st.integers(0, 50))),
        deaths_b=str(draw(st.integers(0, 50))),
        deaths_civilians=str(draw(st.integers(0, 50))),
        deaths_unknown=draw(st.sampled_from(["", "0", "3"])),
        best=best,
        low=low,
        high=high,
    )
    row["geom_wkt"] = draw(st.sampled_from([f"POINT ({lon!r} {lat!r})", ""]))
    return row


def _csv_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(ucdp.COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@given(st.lists(ged_rows(), min_size=1, max_size=3))
def test_any_valid_row_round_trips_cell_for_cell(rows: list[dict[str, str]]) -> None:
    assert _rows(_round_trip(_csv_text(rows))) == rows


@given(ged_rows())
def test_read_write_read_is_the_identity_on_read_engagements(row: dict[str, str]) -> None:
    [e] = ucdp.read(io.StringIO(_csv_text([row])))
    out = io.StringIO()
    ucdp.write([e], out)
    assert list(ucdp.read(io.StringIO(out.getvalue()))) == [e]
