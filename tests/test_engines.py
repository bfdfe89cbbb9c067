"""The flat tables inside existing engines (Dask, Spark in local mode); skipped without them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conflict_events.corpus import Article, extract_many
from conflict_events.corpus._engines import pandas_meta, spark_schema, table_frame
from conflict_events.tables import rows

TEXTS = [
    "Hayat Tahrir al-Sham captured Saraqib on Thursday, killing 12 soldiers, the army said.",
    "Shelling killed at least four civilians and wounded 20 in Idlib on Monday, activists said.",
    "An airstrike on Maarat al-Numan killed nine people on Sunday, the Syrian Observatory said.",
    "Gunmen abducted 15 villagers near Kandi last week, local officials said.",
]
RECORDS = [
    {"id": f"a{i}", "text": t, "published": "2024-11-30", "url": None} for i, t in enumerate(TEXTS)
]


def _expected(name: str) -> list[tuple[object, ...]]:
    articles = [Article(**r) for r in RECORDS]
    return [tuple(row.values()) for row in rows(extract_many(articles, jobs=1), name)]


def test_dask_map_partitions() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = dd.from_pandas(pd.DataFrame(RECORDS), npartitions=2)
    out = frame.map_partitions(table_frame, "figures", meta=pandas_meta("figures"))
    got = out.compute(scheduler="processes", num_workers=2)
    normalised = [
        tuple(None if pd.isna(v) else v for v in row) for row in got.itertuples(index=False)
    ]
    assert normalised == _expected("figures")


@pytest.mark.slow  # a local Spark takes most of a minute to start
def test_spark_map_in_arrow(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    import conflict_events

    # Spark's Python workers: this interpreter, importing this checkout of the package.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYTHONPATH", str(Path(conflict_events.__file__).resolve().parents[1]))

    from conflict_events.corpus._engines import table_batches

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("conflict-events-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        frame = spark.createDataFrame(
            RECORDS, schema="id string, text string, published string, url string"
        )
        out = frame.mapInArrow(
            lambda batches: table_batches(batches, "figures"), spark_schema("figures")
        )
        got = [tuple(row) for row in out.collect()]
    finally:
        spark.stop()
    assert sorted(got, key=repr) == sorted(_expected("figures"), key=repr)
