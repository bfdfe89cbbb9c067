"""Write engagements to Parquet and query them with DuckDB.

Reads the Benin ACLED export from ../shared/data when it is there; otherwise builds a few
engagements by hand.  Run: ``python examples/parquet_duckdb.py`` (needs pyarrow and duckdb).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable
from pathlib import Path

import duckdb

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    Faction,
    Location,
    TimeSpan,
)
from conflict_events.io import acled, arrow

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def sample_engagements() -> Iterable[Engagement]:
    """The Benin export if present, else three made-up engagements."""
    export = SHARED / "acled" / "benin-2022.csv"
    if export.is_file():
        return acled.read(export)
    return [
        Engagement(
            id=Engagement.make_id(f"example:{day}"),
            event_type="battles",
            sub_event_type="armed_clash",
            when=TimeSpan.on(dt.date(2024, 11, day)),
            location=Location(name=town, kind="town", country="SY"),
            factions=[Faction(lead="actor:example-rebels"), Faction(lead="actor:example-army")],
            casualties=[
                CasualtyReport(
                    figures=[
                        CasualtyFigure(outcome="killed", group="total", count=Count.exact(killed))
                    ],
                    attribution=Attribution(source_name="a monitoring group"),
                )
            ],
        )
        for day, town, killed in ((27, "Town A", 12), (28, "Town B", 30), (29, "Town A", 5))
    ]


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "engagements.parquet"
    n = arrow.write_parquet(sample_engagements(), path)
    print(f"wrote {n} engagements to {path}")
    # Nested columns are plain SQL: struct fields with '.', lists with [] (1-based) and len(),
    # the extras map with ['key'].
    query = f"""
        SELECT location.admin_path[1] AS admin1,
               count(*) AS events,
               sum(casualties[1].figures[1].count.low) AS killed,
               min("when".start) AS first_day
        FROM '{path}'
        WHERE event_type <> 'protests'
        GROUP BY ALL
        ORDER BY killed DESC NULLS LAST
        LIMIT 5
    """
    for row in duckdb.sql(query).fetchall():
        print(row)


if __name__ == "__main__":
    main()
