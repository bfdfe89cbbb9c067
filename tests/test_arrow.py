"""Arrow / Parquet: engagements survive a Parquet file, and DuckDB can query it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    Faction,
    FactionMember,
    Location,
    Point,
    RowError,
    TimeSpan,
)
from conflict_events.model import MODEL_TYPES

pa = pytest.importorskip("pyarrow")
from conflict_events.io import acled, arrow, ucdp  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


def _rich() -> Engagement:
    return Engagement(
        id="engagement:aleppo-1",
        event_type="battles",
        sub_event_type="non_state_actor_overtakes_territory",
        when=TimeSpan.between(
            dt.date(2024, 11, 27),
            dt.date(2024, 11, 29),
            approximate=True,
            expression="from 27 to 29 November",
            anchor=dt.date(2024, 12, 1),
        ),
        location=Location(
            name="Aleppo",
            kind="city",
            country="SY",
            admin_path=("Aleppo Governorate",),
            point=Point(lat=36.2, lon=37.16),
            geo_precision=1,
            gazetteer_id="geonames:170063",
        ),
        factions=[
            Faction(
                lead="actor:hts", associates=[FactionMember(actor="actor:sna", role="backed_by")]
            ),
            Faction(lead="actor:saa", name="Syrian Arab Army"),
        ],
        casualties=[
            CasualtyReport(
                figures=[
                    CasualtyFigure(
                        outcome="killed",
                        group="total",
                        count=Count(low=320, high=None, qualifier="more_than", figure=320),
                    ),
                    CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(28)),
                ],
                attribution=Attribution(
                    source="actor:sohr",
                    claim="reported",
                    published=dt.date(2024, 12, 1),
                    url="https://example.org/a",
                ),
                as_of=TimeSpan.on(dt.date(2024, 12, 1)),
            )
        ],
        attributions=[Attribution(source_name="activists", quote="over 320 killed")],
        parent="engagement:offensive",
        description="Rebels entered the city.",
        tags=("offensive",),
        confidence=70,
        extras={"note": "kept"},
    )


def test_schema_covers_every_model_field() -> None:
    # a field added to the model must be added to the Arrow schema too
    schema = arrow.schema()
    assert schema.names == [f.name for f in attrs.fields(Engagement)]
    assert schema.metadata[b"conflict_events.schema_version"] == b"1.0"
    when = schema.field("when").type
    assert [when.field(i).name for i in range(when.num_fields)] == [
        f.name for f in attrs.fields(TimeSpan)
    ]
    assert len(MODEL_TYPES) == 12


def test_rich_engagement_round_trips(tmp_path: Path) -> None:
    e = _rich()
    path = tmp_path / "e.parquet"
    assert arrow.write_parquet([e, attrs.evolve(e, id="engagement:aleppo-2", extras={})], path) == 2
    back = list(arrow.read_parquet(path))
    assert back[0] == e
    assert back[1].id == "engagement:aleppo-2"
    assert back[1].extras == {}


def test_csv_fixtures_round_trip_through_parquet(tmp_path: Path) -> None:
    engagements = [
        *acled.read(FIXTURES / "acled_variants.csv"),
        *ucdp.read(FIXTURES / "ucdp_variants.csv"),
    ]
    path = tmp_path / "e.parquet"
    arrow.write_parquet(engagements, path, batch_size=3)  # several row groups
    assert list(arrow.read_parquet(path)) == engagements


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert arrow.write_parquet([], path) == 0
    assert list(arrow.read_parquet(path)) == []


def test_bad_rows_are_row_errors(tmp_path: Path) -> None:
    rows = arrow.to_table([_rich()]).to_pylist()
    rows[0]["when"]["end"] = dt.date(2024, 11, 1)  # before the start
    path = tmp_path / "bad.parquet"
    pa.parquet.write_table(pa.Table.from_pylist(rows * 2, schema=arrow.schema()), path)
    with pytest.raises(RowError) as info:
        list(arrow.read_parquet(path))
    assert info.value.line == 1
    assert info.value.column == "$.when.end"
    errors: list[RowError] = []
    assert list(arrow.read_parquet(path, lenient=True, errors=errors)) == []
    assert [e.line for e in errors] == [1, 2]


def test_duckdb_queries_the_nested_columns(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "e.parquet"
    arrow.write_parquet([_rich()], path)
    [row] = duckdb.sql(
        f"""SELECT "when".start, location.country, len(factions), factions[1].lead,
                   casualties[1].figures[2].count.low, extras['note']
            FROM '{path}'"""
    ).fetchall()
    assert row == (dt.date(2024, 11, 27), "SY", 2, "actor:hts", 28, "kept")
