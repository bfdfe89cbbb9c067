"""The flat tables as Arrow tables, pandas / Polars data frames, and CSV, JSON Lines or
Parquet files.  Files are written in one streaming pass over the reports (a stream from
``extract_many`` is read once, whatever the number of tables), each to a temporary file
beside its target that replaces the target only when complete: a failure or an interrupt
leaves no partial table behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from conflict_events.tables._tables import Row, rows, table

if TYPE_CHECKING:
    import pyarrow as pa

    from conflict_events.extract._report import ArticleReport

__all__ = ["FORMATS", "to_arrow", "to_pandas", "to_polars", "write_tables"]

#: File formats by suffix.
FORMATS: dict[str, str] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}

#: Rows per Arrow record batch (and Parquet row group) while writing: bounds memory.
BATCH_ROWS = 10_000


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "Arrow, Parquet and data frames need pyarrow: pip install 'conflict-events[arrow]'"
        ) from None
    return pyarrow


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of table ``name``.

    >>> arrow_schema("figures").field("low").type
    DataType(int64)
    """
    pa = _pyarrow()
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    spec = table(name)
    return pa.schema(
        [pa.field(c.name, types[c.type], metadata={"doc": c.doc}) for c in spec.columns],
        metadata={"table": name, "doc": spec.doc},
    )


def _batch(pa: Any, schema: Any, batch: list[Row]) -> Any:
    return pa.RecordBatch.from_pylist(batch, schema=schema)


def to_arrow(reports: Iterable[ArticleReport], name: str) -> pa.Table:
    """Table ``name`` of ``reports`` as a pyarrow Table with typed columns (dates as
    ``date32``, integers as ``int64``; None is null).

    >>> import datetime as dt
    >>> from conflict_events import extract_report
    >>> r = extract_report("Shelling killed 4 civilians on Monday.", published=dt.date(2024, 11, 30))
    >>> to_arrow([r], "figures").column("low").to_pylist()
    [4]
    """
    pa = _pyarrow()
    schema = arrow_schema(name)
    return pa.Table.from_pylist(list(rows(reports, name)), schema=schema)


def to_pandas(reports: Iterable[ArticleReport], name: str) -> Any:
    """Table ``name`` as a pandas DataFrame (needs pandas), with nullable typed columns
    (``Int64``, ``boolean``, ``string``) rather than object columns of mixed values."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        raise ImportError("to_pandas needs pandas: pip install pandas") from None
    return to_arrow(reports, name).to_pandas(types_mapper=pd.ArrowDtype)


def to_polars(reports: Iterable[ArticleReport], name: str) -> Any:
    """Table ``name`` as a Polars DataFrame (needs polars)."""
    try:
        import polars as pl
    except ImportError:  # pragma: no cover
        raise ImportError("to_polars needs polars: pip install polars") from None
    return pl.from_arrow(to_arrow(reports, name))


def _cell(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _Sink:
    """One table being written to a temporary file beside its target."""

    def __init__(self, name: str, target: Path, fmt: str) -> None:
        self.name, self.target, self.fmt = name, target, fmt
        self.columns = table(name).names
        self.count = 0
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        self.temp = Path(temp)
        self._handle: IO[Any] | None = None
        self._writer: Any = None
        self._batch: list[Row] = []
        if fmt == "parquet":
            os.close(fd)
            pa = _pyarrow()
            self._pa = pa
            self._schema = arrow_schema(name)
            self._writer = pa.parquet.ParquetWriter(str(self.temp), self._schema)
        else:
            self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
            if fmt == "csv":
                self._writer = csv.writer(self._handle, lineterminator="\n")
                self._writer.writerow(self.columns)

    def add(self, row: Row) -> None:
        self.count += 1
        if self.fmt == "parquet":
            self._batch.append(row)
            if len(self._batch) >= BATCH_ROWS:
                self._flush()
        elif self.fmt == "csv":
            self._writer.writerow(["" if row[c] is None else _cell(row[c]) for c in self.columns])
        else:
            assert self._handle is not None
            self._handle.write(
                json.dumps({c: _cell(row[c]) for c in self.columns}, ensure_ascii=False)
            )
            self._handle.write("\n")

    def _flush(self) -> None:
        if self._batch:
            self._writer.write_batch(_batch(self._pa, self._schema, self._batch))
            self._batch = []

    def commit(self) -> None:
        if self.fmt == "parquet":
            self._flush()
            self._writer.close()
        else:
            assert self._handle is not None
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        try:
            if self.fmt == "parquet":
                self._writer.close()
            elif self._handle is not None:
                self._handle.close()
        finally:
            self.temp.unlink(missing_ok=True)


def table_paths(out: str | Path, names: Sequence[str]) -> dict[str, Path]:
    """Where each table goes: ``out`` itself for one table, else ``STEM.TABLE.SUFFIX`` beside
    it (``results.parquet`` → ``results.figures.parquet``, ``results.engagements.parquet``).

    >>> sorted(p.name for p in table_paths("out/results.csv", ["figures", "dates"]).values())
    ['results.dates.csv', 'results.figures.csv']
    """
    path = Path(out)
    if len(names) == 1:
        return {names[0]: path}
    return {name: path.with_name(f"{path.stem}.{name}{path.suffix}") for name in names}


def write_tables(
    reports: Iterable[ArticleReport],
    out: str | Path,
    tables: Sequence[str] = ("figures",),
    *,
    format: str | None = None,
) -> dict[str, int]:
    """Write the ``tables`` of ``reports`` in one pass, as CSV, JSON Lines or Parquet (by
    ``out``'s suffix, or ``format``); returns the rows written per table.  Each file appears
    only when complete.

    >>> import datetime as dt, tempfile, pathlib
    >>> from conflict_events import extract_report
    >>> r = extract_report("Shelling killed 4 civilians on Monday.", published=dt.date(2024, 11, 30))
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "run.csv"
    >>> write_tables([r], out, ["figures", "dates"])
    {'figures': 1, 'dates': 1}
    >>> (out.parent / "run.figures.csv").read_text().splitlines()[0][:30]
    'article_id,url,report,outcome,'
    """
    names = list(dict.fromkeys(tables))
    for name in names:
        table(name)  # an unknown name fails before anything is written
    path = Path(out)
    fmt = format or FORMATS.get(path.suffix.lower())
    if fmt not in ("csv", "jsonl", "parquet"):
        raise ValueError(
            f"cannot tell the format of {str(path)!r}: use a .csv, .jsonl or .parquet "
            "name, or format='csv' / 'jsonl' / 'parquet'"
        )
    if not path.parent.is_dir():
        raise FileNotFoundError(f"the output folder {str(path.parent)!r} does not exist")
    sinks: list[_Sink] = []
    try:
        for name, target in table_paths(path, names).items():
            sinks.append(_Sink(name, target, fmt))
        for report in reports:
            for sink in sinks:
                spec = table(sink.name)
                for row in spec.rows_of(report):
                    sink.add({c: row.get(c) for c in sink.columns})
        for sink in sinks:
            sink.commit()
    except BaseException:
        for sink in sinks:
            if sink.temp.exists():
                sink.discard()
        raise
    return {sink.name: sink.count for sink in sinks}
