"""Flat tables: every row carries its article id, every column is typed, files are atomic."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflict_events.corpus import Article, extract_many
from conflict_events.extract import ArticleReport
from conflict_events.tables import TABLES, rows, table, table_paths, to_arrow, write_tables

TEXTS = [
    "Hayat Tahrir al-Sham captured Saraqib on Thursday, killing 12 soldiers, the army said.",
    "Shelling killed at least four civilians and wounded 20 in Idlib on Monday, activists said.",
    "An airstrike on Maarat al-Numan killed nine people on Sunday, the Syrian Observatory said.",
]


@pytest.fixture(scope="module")
def reports() -> list[ArticleReport]:
    articles = [
        Article(id=f"a{i}", text=t, published=dt.date(2024, 11, 30), url=f"https://ex.org/{i}")
        for i, t in enumerate(TEXTS)
    ]
    return list(extract_many(articles, jobs=1))


def test_every_table_row_has_every_column_and_its_article(reports: list[ArticleReport]) -> None:
    for name, spec in TABLES.items():
        got = list(rows(reports, name))
        assert got, name
        for row in got:
            assert tuple(row) == spec.names
            assert row["article_id"] in {"a0", "a1", "a2"}
            assert row["url"] == f"https://ex.org/{row['article_id'][1:]}"


def test_figure_rows_are_the_reports_figures(reports: list[ArticleReport]) -> None:
    expected = [
        (r.article_id, f.outcome.value, f.group, f.count.low, f.count.high, f.count.qualifier.value)
        for r in reports
        for c in r.casualties
        for f in c.figures
    ]
    got = [
        (row["article_id"], row["outcome"], row["group"], row["low"], row["high"], row["qualifier"])
        for row in rows(reports, "figures")
    ]
    assert got == expected
    assert ("a1", "killed", "civilians", 4, None, "at_least") in got


def test_engagement_and_member_rows(reports: list[ArticleReport]) -> None:
    engagements = list(rows(reports, "engagements"))
    assert len(engagements) == sum(len(r.engagements) for r in reports)
    members = list(rows(reports, "faction_members"))
    leads = [m for m in members if m["role"] == "lead"]
    assert len(leads) == sum(len(e.factions) for r in reports for e in r.engagements)


def test_arrow_columns_are_typed(reports: list[ArticleReport]) -> None:
    pa = pytest.importorskip("pyarrow")
    figures = to_arrow(reports, "figures")
    assert figures.schema.field("low").type == pa.int64()
    assert figures.schema.field("published").type == pa.date32()
    dates = to_arrow(reports, "dates")
    assert dates.column("start").to_pylist()[0] == reports[0].dates[0].when.start


def test_pandas_and_polars_frames_have_no_object_columns(reports: list[ArticleReport]) -> None:
    pytest.importorskip("pandas")
    from conflict_events.tables import to_pandas

    frame = to_pandas(reports, "figures")
    assert "object" not in {str(t) for t in frame.dtypes}
    assert frame["low"].tolist()[: len(reports[0].casualties[0].figures)] == [
        f.count.low for f in reports[0].casualties[0].figures
    ]
    pytest.importorskip("polars")
    from conflict_events.tables import to_polars

    assert to_polars(reports, "engagements").height == sum(len(r.engagements) for r in reports)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_files_hold_every_row(reports: list[ArticleReport], tmp_path: Path, suffix: str) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"run{suffix}"
    counts = write_tables(reports, out, list(TABLES))
    for name, path in table_paths(out, list(TABLES)).items():
        assert counts[name] == len(list(rows(reports, name)))
        if suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as handle:
                read = list(csv.DictReader(handle))
            assert len(read) == counts[name]
            assert list(read[0]) == list(table(name).names) if read else True
        elif suffix == ".jsonl":
            read = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            assert len(read) == counts[name]
        else:
            import pyarrow.parquet as pq

            assert pq.read_table(path).num_rows == counts[name]


def test_one_table_goes_to_the_named_file(reports: list[ArticleReport], tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    write_tables(reports, out, ["figures"])
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_a_failure_leaves_nothing_behind(reports: list[ArticleReport], tmp_path: Path) -> None:
    def broken() -> Iterator[ArticleReport]:
        yield reports[0]
        raise KeyboardInterrupt

    out = tmp_path / "run.csv"
    with pytest.raises(KeyboardInterrupt):
        write_tables(broken(), out, ["figures", "dates"])
    assert list(tmp_path.iterdir()) == []


def test_bad_requests_fail_before_writing(reports: list[ArticleReport], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown table 'figure'"):
        write_tables(reports, tmp_path / "x.csv", ["figure"])
    with pytest.raises(ValueError, match="cannot tell the format"):
        write_tables(reports, tmp_path / "x.txt", ["figures"])
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_tables(reports, tmp_path / "no" / "x.csv", ["figures"])
    assert list(tmp_path.iterdir()) == []
