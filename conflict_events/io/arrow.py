"""Arrow and Parquet for engagements (needs the ``arrow`` extra: ``pip install
conflict-events[arrow]``).

One row per engagement, in nested Arrow types that mirror the model: ``when`` and
``location`` are structs, ``factions`` / ``casualties`` / ``attributions`` / ``tags`` lists,
``extras`` a ``map<string, string>``; dates are ``date32``, enums their string values,
``geo_precision`` its UCDP number.  Every field of every class is written (defaults included),
so DuckDB, Polars and Spark see plain typed columns::

    SELECT "when".start, location.country, len(factions) FROM 'events.parquet'

The file's metadata records the serialisation ``schema_version``.

>>> import datetime as dt, tempfile, pathlib
>>> from conflict_events import Engagement, TimeSpan
>>> e = Engagement(id="engagement:x", event_type="battles", when=TimeSpan.on(dt.date(2024, 11, 28)))
>>> path = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
>>> write_parquet([e], path)
1
>>> list(read_parquet(path)) == [e]
True
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from conflict_events._errors import FileError, Problem, RowError, ValidationError
from conflict_events.io._converter import SCHEMA_VERSION, structure
from conflict_events.io._files import Stream, atomic_path, check_not_same
from conflict_events.model import Engagement

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["read_parquet", "schema", "to_table", "write_parquet"]

#: How many engagements go into one Arrow record batch (and one Parquet row group at most):
#: bounds memory while writing and reading.
BATCH_SIZE = 10_000


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "conflict_events.io.arrow needs pyarrow: install the 'arrow' extra, "
            "pip install 'conflict-events[arrow]'"
        ) from None
    return pyarrow


def schema() -> pa.Schema:
    """The Arrow schema of an engagement row.

    >>> schema().field("when").type.field("start").type
    DataType(date32[day])
    """
    pa = _pyarrow()
    string, date = pa.string(), pa.date32()
    when = pa.struct(
        [
            ("start", date),
            ("end", date),
            ("precision", string),
            ("approximate", pa.bool_()),
            ("expression", string),
            ("anchor", date),
        ]
    )
    count = pa.struct(
        [
            ("low", pa.int64()),
            ("high", pa.int64()),
            ("qualifier", string),
            ("figure", pa.int64()),
            ("text", string),
        ]
    )
    point = pa.struct([("lat", pa.float64()), ("lon", pa.float64())])
    location = pa.struct(
        [
            ("name", string),
            ("kind", string),
            ("country", string),
            ("admin_path", pa.list_(string)),
            ("point", point),
            ("geo_precision", pa.int8()),
            ("gazetteer_id", string),
        ]
    )
    member = pa.struct([("actor", string), ("role", string)])
    faction = pa.struct([("lead", string), ("associates", pa.list_(member)), ("name", string)])
    attribution = pa.struct(
        [
            ("source", string),
            ("source_name", string),
            ("claim", string),
            ("verification", string),
            ("quote", string),
            ("published", date),
            ("url", string),
        ]
    )
    figure = pa.struct(
        [
            ("outcome", string),
            ("group", string),
            ("count", count),
            ("part_of", pa.int64()),
            ("subgroup", string),
            ("superseded", pa.bool_()),
            ("background", pa.bool_()),
        ]
    )
    report = pa.struct(
        [("figures", pa.list_(figure)), ("attribution", attribution), ("as_of", when)]
    )
    return pa.schema(
        [
            pa.field("id", string, nullable=False),
            pa.field("event_type", string, nullable=False),
            ("sub_event_type", string),
            pa.field("when", when, nullable=False),
            ("location", location),
            ("factions", pa.list_(faction)),
            ("casualties", pa.list_(report)),
            ("attributions", pa.list_(attribution)),
            ("parent", string),
            ("description", string),
            ("tags", pa.list_(string)),
            ("confidence", pa.int64()),
            ("extras", pa.map_(string, string)),
        ],
        metadata={"conflict_events.schema_version": SCHEMA_VERSION},
    )


def _plain(value: Any) -> Any:
    """A model value as the Python value pyarrow builds the schema's type from."""
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return list(value.items())
    return value


def to_table(engagements: Iterable[Engagement]) -> pa.Table:
    """Engagements as one Arrow table (for Polars / DuckDB in memory).

    >>> import datetime as dt
    >>> from conflict_events import TimeSpan
    >>> e = Engagement(id="engagement:x", event_type="battles", when=TimeSpan.on(dt.date(2024, 11, 28)))
    >>> to_table([e]).column("event_type").to_pylist()
    ['battles']
    """
    pa = _pyarrow()
    return pa.Table.from_pylist([_plain(e) for e in engagements], schema=schema())


def write_parquet(
    engagements: Iterable[Engagement], path: str | os.PathLike[str], *, batch_size: int = BATCH_SIZE
) -> int:
    """Write engagements to a Parquet file in batches (constant memory); returns how many.

    The file is written atomically: a temporary file beside ``path`` is renamed over it once
    every batch was written, so a failure or an interrupt leaves ``path`` as it was.  A value
    Arrow cannot hold raises :class:`RowError`."""
    pa = _pyarrow()
    check_not_same(getattr(engagements, "source", None), path)
    arrow_schema = schema()
    written = 0
    with (
        atomic_path(path) as temporary,
        pa.parquet.ParquetWriter(temporary, arrow_schema) as writer,
    ):
        batch: list[dict[str, Any]] = []
        for engagement in engagements:
            batch.append(_plain(engagement))
            if len(batch) >= batch_size:
                _write_batch(pa, writer, batch, arrow_schema, written)
                written += len(batch)
                batch = []
        if batch or not written:
            _write_batch(pa, writer, batch, arrow_schema, written)
            written += len(batch)
    return written


def _write_batch(
    pa: Any, writer: Any, batch: list[dict[str, Any]], arrow_schema: Any, before: int
) -> None:
    try:
        table = pa.Table.from_pylist(batch, schema=arrow_schema)
    except (pa.ArrowException, OverflowError) as exc:  # e.g. an integer beyond 64 bits
        raise RowError(
            f"cannot be written as Parquet: {exc}", line=before + 1, column=None
        ) from None
    writer.write_table(table)


def _data(value: Any) -> Any:
    """An Arrow row value as the plain data the converter structures (dates as ISO text)."""
    if isinstance(value, dict):
        return {k: _data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_data(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def read_parquet(
    path: str | os.PathLike[str],
    *,
    lenient: bool = False,
    errors: list[RowError] | None = None,
) -> Iterator[Engagement]:
    """Stream engagements from a Parquet file written by :func:`write_parquet` (or any file
    with the same columns), one record batch at a time.

    A row that breaks the model raises :class:`RowError` (``line`` the 1-based row number,
    ``column`` the path of the first problem); with ``lenient=True`` it is appended to
    ``errors`` and reading goes on, as for JSON Lines and CSV.
    """
    name = os.fspath(path)
    return Stream(_rows(name, lenient=lenient, errors=errors), name)


def _rows(name: str, *, lenient: bool, errors: list[RowError] | None) -> Iterator[Engagement]:
    pa = _pyarrow()
    try:
        parquet = pa.parquet.ParquetFile(name)
    except (pa.ArrowException, OSError, ValueError) as exc:  # ArrowInvalid: not Parquet
        raise FileError(f"cannot read as Parquet: {_arrow_reason(exc)}", path=name) from None
    row = 0
    for group in range(parquet.num_row_groups):
        end = row + parquet.metadata.row_group(group).num_rows
        batches = parquet.iter_batches(batch_size=BATCH_SIZE, row_groups=[group])
        while True:
            try:
                batch = next(batches, None)
                records = [] if batch is None else batch.to_pylist()
            except (pa.ArrowException, OSError, ValueError) as exc:  # corrupt page, bad snappy
                err = RowError(
                    f"unreadable Parquet row group {group} (rows {row + 1} to {end}): "
                    + _arrow_reason(exc),
                    line=row + 1,
                )
                if not lenient:
                    raise err from None
                if errors is not None:
                    errors.append(err)
                row = end
                break
            if batch is None:
                break
            for record in records:
                row += 1
                engagement, problem = _engagement(record, row)
                if problem is not None:
                    if not lenient:
                        raise problem from None
                    if errors is not None:
                        errors.append(problem)
                    continue
                yield engagement


def _engagement(record: dict[str, Any], row: int) -> tuple[Any, RowError | None]:
    """The engagement of one Arrow row, or the :class:`RowError` saying why there is none."""
    try:
        pairs = record.pop("extras", None) or []  # a map column reads as (key, value) pairs
        data = _data(record)
        data["extras"] = dict(pairs)
        return structure(data, Engagement), None
    except ValidationError as exc:
        problems = exc.problems
    except (TypeError, ValueError, AttributeError) as exc:  # not an engagement's columns
        problems = (Problem("$", f"not an engagement row: {exc}"),)
    reason = "; ".join(str(p) for p in problems)
    return None, RowError(reason, line=row, column=problems[0].path)


def _arrow_reason(exc: BaseException) -> str:
    """The first line of an Arrow error (its messages carry a C++ trace on later lines)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
