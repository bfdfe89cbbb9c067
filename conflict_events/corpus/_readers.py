"""Readers of article corpora: a folder of text files, JSON Lines, CSV, Parquet, or standard
input.  Each yields :class:`Article` s in the order of the input, streaming where the format
allows; a bad record raises :class:`RowError` with its line (and column), or with
``lenient=True`` is appended to ``errors`` and reading goes on.  Nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from conflict_events._errors import RowError, ValidationError
from conflict_events.corpus._article import Article

__all__ = ["COLUMNS", "read_articles"]

#: The fields of an article record and their default column names.
COLUMNS: tuple[str, ...] = ("id", "text", "published", "source", "url", "language")

#: File suffixes read as text articles when a folder is given.
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".text")

#: The side file of ``name.txt`` that may give its id, published date, source, url, language.
SIDE_SUFFIX = ".meta.json"


def _column_names(columns: Mapping[str, str] | None) -> dict[str, str]:
    names = {field: field for field in COLUMNS}
    for field, column in (columns or {}).items():
        if field not in names:
            raise ValueError(
                f"unknown article field {field!r} in columns; fields are {', '.join(COLUMNS)}"
            )
        names[field] = column
    return names


def _article(
    record: Mapping[str, Any],
    names: Mapping[str, str],
    *,
    line: int,
    fallback_id: str,
    published: dt.date | None,
) -> Article:
    text = record.get(names["text"])
    if text is None:
        raise RowError(f"no {names['text']!r} field (the article text)", line=line)
    if not isinstance(text, str):
        raise RowError(
            "the article text must be a string", line=line, column=names["text"], value=repr(text)
        )
    raw_id = record.get(names["id"])
    fields: dict[str, Any] = {
        "id": str(raw_id) if raw_id not in (None, "") else fallback_id,
        "text": text,
        "published": record.get(names["published"]) or published,
        "source": record.get(names["source"]),
        "url": record.get(names["url"]),
        "language": record.get(names["language"]),
    }
    try:
        return Article(**fields)
    except ValidationError as error:
        problem = error.problems[0]
        column = names.get(problem.path.removeprefix("$."), None)
        raise RowError(problem.message, line=line, column=column) from None


def _records_jsonl(handle: IO[str]) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(handle, start=1):
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            # yielded, not raised: the next line can still be read
            yield number, RowError(f"not JSON: {error.msg}", line=number, column=f"{error.colno}")


def _records_csv(handle: IO[str]) -> Iterator[tuple[int, Any]]:
    reader = csv.DictReader(handle, strict=True)
    try:
        for record in reader:
            yield reader.line_num, record
    except csv.Error as error:
        raise RowError(f"malformed CSV: {error}", line=reader.line_num) from None


def _records_parquet(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - the arrow extra is not installed
        raise RowError(
            "reading Parquet needs pyarrow: pip install 'conflict-events[arrow]'", line=0
        ) from None
    try:
        parquet = pq.ParquetFile(path)
        number = 0
        for batch in parquet.iter_batches():
            for record in batch.to_pylist():
                number += 1
                yield number, record
    except (OSError, ValueError) as error:  # ArrowInvalid is a ValueError
        raise RowError(f"cannot read Parquet file {str(path)!r}: {error}", line=0) from None


def _read_records(
    records: Iterator[tuple[int, Any]],
    names: Mapping[str, str],
    where: str,
    published: dt.date | None,
    lenient: bool,
    errors: list[RowError] | None,
) -> Iterator[Article]:
    while True:
        try:
            number, record = next(records)
        except StopIteration:
            return
        except RowError as error:  # a CSV or Parquet reader cannot go on past its error
            if not lenient or error.line == 0:
                raise
            if errors is not None:
                errors.append(error)
            return
        try:
            if isinstance(record, RowError):
                raise record
            if not isinstance(record, Mapping):
                raise RowError("an article record must be a JSON object", line=number)
            yield _article(
                record, names, line=number, fallback_id=f"{where}:{number}", published=published
            )
        except RowError as error:
            if not lenient:
                raise
            if errors is not None:
                errors.append(error)


def _side_file(path: Path) -> dict[str, Any]:
    side = path.with_name(path.stem + SIDE_SUFFIX)
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RowError(f"cannot read side file {str(side)!r}: {error}", line=1) from None
    if not isinstance(data, dict):
        raise RowError(f"side file {str(side)!r} must hold a JSON object", line=1)
    return data


def _read_text_file(path: Path, article_id: str, published: dt.date | None) -> Article:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise RowError(
            f"not UTF-8 text: {path} (byte {error.start}: {error.reason})", line=1
        ) from None
    side = _side_file(path)
    record = {"id": article_id, "published": published, **side, "text": text}
    return _article(
        record, _column_names(None), line=1, fallback_id=article_id, published=published
    )


def _read_folder(
    folder: Path, published: dt.date | None, lenient: bool, errors: list[RowError] | None
) -> Iterator[Article]:
    paths = sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
    )
    for path in paths:
        article_id = path.relative_to(folder).with_suffix("").as_posix()
        try:
            yield _read_text_file(path, article_id, published)
        except RowError as error:
            error = RowError(f"{path}: {error.reason}", line=error.line, column=error.column)
            if not lenient:
                raise error from None
            if errors is not None:
                errors.append(error)


def _format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    for name, forms in (
        ("jsonl", (".jsonl", ".ndjson")),
        ("csv", (".csv",)),
        ("parquet", (".parquet", ".pq")),
    ):
        if any(s in forms for s in suffixes):
            return name
    return "text"


def _read_one(
    source: str | Path,
    *,
    format: str | None,
    columns: Mapping[str, str] | None,
    published: dt.date | None,
    lenient: bool,
    errors: list[RowError] | None,
    stdin: IO[str] | None,
) -> Iterator[Article]:
    names = _column_names(columns)
    if str(source) == "-":
        handle = stdin if stdin is not None else sys.stdin
        fmt = format or "jsonl"
        if fmt == "text":
            yield _article(
                {"text": handle.read()}, names, line=1, fallback_id="stdin", published=published
            )
            return
        reader = _records_csv(handle) if fmt == "csv" else _records_jsonl(handle)
        yield from _read_records(reader, names, "stdin", published, lenient, errors)
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_folder(path, published, lenient, errors)
        return
    if not path.is_file():
        raise FileNotFoundError(f"no such file or folder: {str(path)!r}")
    fmt = format or _format_of(path)
    if fmt == "text":
        yield _read_text_file(path, path.stem, published)
    elif fmt == "parquet":
        yield from _read_records(
            _records_parquet(path), names, path.name, published, lenient, errors
        )
    elif fmt in ("jsonl", "csv"):
        with path.open(encoding="utf-8-sig", newline="" if fmt == "csv" else None) as handle:
            reader = _records_csv(handle) if fmt == "csv" else _records_jsonl(handle)
            yield from _read_records(reader, names, path.name, published, lenient, errors)
    else:
        raise ValueError(f"unknown corpus format {fmt!r}; use text, jsonl, csv or parquet")


def read_articles(
    sources: str | Path | Iterable[str | Path],
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    published: dt.date | str | None = None,
    lenient: bool = False,
    errors: list[RowError] | None = None,
    stdin: IO[str] | None = None,
) -> Iterator[Article]:
    """The articles of one or more sources, in order.

    A source is a folder (every ``*.txt`` file under it, sorted by path; the id is the path
    relative to the folder without its suffix; a side file ``NAME.meta.json`` may give
    ``published``, ``source``, ``url``, ``language``, ``id``), a JSON Lines, CSV or Parquet
    file with the columns ``id, text, published, source, url, language`` (rename them with
    ``columns={"text": "body"}``; only the text is required), one text file, or ``"-"`` for
    standard input (JSON Lines unless ``format`` says ``text`` or ``csv``).  ``format``
    overrides the suffix.  ``published`` is the default publication date of articles that do
    not give one (without either, the extractor reads the dateline).

    >>> import io
    >>> lines = io.StringIO('{"id": "a", "text": "Rebels took Saraqib.", "published": "2024-11-28"}\\n')
    >>> [a.id for a in read_articles("-", stdin=lines)]
    ['a']
    >>> next(read_articles("-", stdin=io.StringIO('{"id": "b"}\\n')))
    Traceback (most recent call last):
    ...
    conflict_events.RowError: line 1: no 'text' field (the article text)
    """
    default = None
    if published is not None:
        default = Article(id="default", text="", published=published).published
    if isinstance(sources, str | Path):
        sources = [sources]
    for source in sources:
        yield from _read_one(
            source,
            format=format,
            columns=columns,
            published=default,
            lenient=lenient,
            errors=errors,
            stdin=stdin,
        )
