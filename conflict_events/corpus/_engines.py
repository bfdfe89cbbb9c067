"""Past one machine: the per-article extraction inside an existing engine.

The library ships no scheduler.  These functions are the pieces an engine needs — the flat
tables of a batch of articles, as Arrow record batches (Spark's ``mapInArrow``) or as a pandas
frame (Dask's ``map_partitions``) — with the registry and gazetteer built once per worker
process (the defaults are cached per process).  ``docs/corpus.md`` has the whole recipes; the
tests run both in local mode.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from conflict_events.corpus._article import Article
from conflict_events.corpus._many import extract_article

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["articles_from_arrow", "pandas_meta", "spark_schema", "table_batches", "table_frame"]

_SPARK_TYPES = {
    "string": "string",
    "int64": "bigint",
    "float64": "double",
    "bool": "boolean",
    "date": "date",
}


def spark_schema(name: str) -> str:
    """Table ``name``'s columns as a Spark DDL schema string (for ``mapInArrow``).

    >>> spark_schema("names")
    'article_id string, url string, kind string, text string, start_char bigint, end_char bigint, entity_id string'
    """
    from conflict_events.tables._tables import table

    return ", ".join(f"{c.name} {_SPARK_TYPES[c.type]}" for c in table(name).columns)


def articles_from_arrow(batch: pa.RecordBatch | pa.Table) -> Iterator[Article]:
    """The articles of an Arrow batch with columns ``id, text`` and optionally ``published,
    source, url, language``.

    >>> import pyarrow as pa
    >>> batch = pa.RecordBatch.from_pylist([{"id": "a1", "text": "Rebels took Saraqib."}])
    >>> [a.id for a in articles_from_arrow(batch)]
    ['a1']
    """
    for record in batch.to_pylist():
        yield Article(
            id=str(record["id"]),
            text=record["text"],
            published=record.get("published"),
            source=record.get("source"),
            url=record.get("url"),
            language=record.get("language"),
        )


def table_batches(batches: Iterable[pa.RecordBatch], name: str) -> Iterator[pa.RecordBatch]:
    """For each Arrow batch of articles, the rows of table ``name`` as one Arrow batch — the
    function Spark's ``DataFrame.mapInArrow`` takes (with :func:`spark_schema`).

    >>> import pyarrow as pa
    >>> batch = pa.RecordBatch.from_pylist([{"id": "a1", "text": "Shelling killed 4 civilians.",
    ...                                       "published": "2024-11-30"}])
    >>> [b.num_rows for b in table_batches([batch], "figures")]
    [1]
    """
    import pyarrow as pa

    from conflict_events.tables._tables import rows
    from conflict_events.tables._write import arrow_schema

    schema = arrow_schema(name)
    for batch in batches:
        reports = (extract_article(article) for article in articles_from_arrow(batch))
        yield pa.RecordBatch.from_pylist(list(rows(reports, name)), schema=schema)


def pandas_meta(name: str) -> Any:
    """An empty pandas frame with table ``name``'s columns and types (Dask's ``meta``)."""
    import pandas as pd

    from conflict_events.tables._write import arrow_schema

    return arrow_schema(name).empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def table_frame(articles: Any, name: str) -> Any:
    """The rows of table ``name`` for a pandas frame of articles, as a pandas frame — the
    function Dask's ``map_partitions`` takes (with ``meta=pandas_meta(name)``).

    >>> import pandas as pd
    >>> frame = pd.DataFrame([{"id": "a1", "text": "Shelling killed 4 civilians.",
    ...                        "published": "2024-11-30"}])
    >>> table_frame(frame, "figures")["low"].tolist()
    [4]
    """
    import pandas as pd
    import pyarrow as pa

    batch = pa.RecordBatch.from_pandas(articles, preserve_index=False)
    tables = list(table_batches([batch], name))
    return pa.Table.from_batches(tables).to_pandas(types_mapper=pd.ArrowDtype)
