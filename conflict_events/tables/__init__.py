"""Flat tables from article reports — casualty figures, engagements, faction members, date
mentions, name mentions, attributions — as Arrow tables, pandas / Polars data frames, CSV,
JSON Lines and Parquet.  Every row carries its article's id; ``docs/corpus.md`` lists the
columns of each table.
"""

from __future__ import annotations

from conflict_events.tables._tables import TABLES, Column, Table, rows, table
from conflict_events.tables._write import (
    FORMATS,
    arrow_schema,
    table_paths,
    to_arrow,
    to_pandas,
    to_polars,
    write_tables,
)

__all__ = [
    "FORMATS",
    "TABLES",
    "Column",
    "Table",
    "arrow_schema",
    "rows",
    "table",
    "table_paths",
    "to_arrow",
    "to_pandas",
    "to_polars",
    "write_tables",
]
