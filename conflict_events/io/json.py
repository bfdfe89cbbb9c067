"""JSON and JSON Lines for every model type, and the JSON Schema of the serialised form.

A serialised record is the object's fields (defaults left out) plus ``schema_version``.

>>> import datetime as dt
>>> from conflict_events import Count
>>> text = dumps(Count.exact(4))
>>> text
'{"low":4,"high":4,"qualifier":"exact","figure":4,"schema_version":"1.0"}'
>>> loads(text, Count) == Count.exact(4)
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar

import orjson

from conflict_events._errors import Problem, RowError, ValidationError
from conflict_events.io._converter import SCHEMA_VERSION, structure, unstructure

__all__ = ["SCHEMA_VERSION", "dumps", "loads", "read_jsonl", "schema", "write_jsonl"]

T = TypeVar("T")


def _record(obj: Any) -> dict[str, Any]:
    data = unstructure(obj)
    if not isinstance(data, dict):
        raise TypeError(f"dumps() takes a model object, got {type(obj).__name__}")
    data["schema_version"] = SCHEMA_VERSION
    return data


def dumps(obj: Any, *, indent: bool = False) -> str:
    """``obj`` (any model object) as a JSON object with ``schema_version``."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(_record(obj), option=option).decode()


def _from_record(data: Any, cls: type[T]) -> T:
    if isinstance(data, dict) and "schema_version" in data:
        version = data.pop("schema_version")
        if not isinstance(version, str) or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValidationError(
                [
                    Problem(
                        "$.schema_version",
                        f"this library reads schema version {SCHEMA_VERSION}, got {version!r}",
                    )
                ],
                cls.__name__,
            )
    return structure(data, cls)


def loads(text: str | bytes, cls: type[T]) -> T:
    """A ``cls`` from JSON text.  ``schema_version`` may be absent; if present its major
    version must match.  Every problem is reported in one :class:`ValidationError`.
    """
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ValidationError([Problem("$", f"not valid JSON: {exc}")], cls.__name__) from None
    return _from_record(data, cls)


def _open_text(target: str | os.PathLike[str] | IO[str], mode: str) -> tuple[IO[str], bool]:
    if isinstance(target, (str, os.PathLike)):
        return open(target, mode, encoding="utf-8", newline=""), True
    return target, False


def write_jsonl(objs: Iterable[Any], target: str | os.PathLike[str] | IO[str]) -> int:
    """Write one JSON record per line; returns how many were written."""
    fh, close = _open_text(target, "w")
    n = 0
    try:
        for obj in objs:
            fh.write(orjson.dumps(_record(obj)).decode())
            fh.write("\n")
            n += 1
    finally:
        if close:
            fh.close()
    return n


def read_jsonl(
    source: str | os.PathLike[str] | IO[str],
    cls: type[T],
    *,
    lenient: bool = False,
    errors: list[RowError] | None = None,
) -> Iterator[T]:
    """Stream ``cls`` records from JSON Lines, one line at a time (constant memory).

    A bad line raises :class:`RowError` naming the line (and the first bad field as the
    column).  With ``lenient=True`` bad lines are appended to ``errors`` and reading goes on.
    Blank lines are skipped.
    """
    fh, close = _open_text(source, "r")
    try:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield loads(line, cls)
            except ValidationError as exc:
                # one problem names its path as the column; several are listed with theirs
                only = exc.problems[0] if len(exc.problems) == 1 else None
                err = RowError(
                    only.message if only else "; ".join(str(p) for p in exc.problems),
                    line=lineno,
                    column=only.path if only else None,
                )
                if not lenient:
                    raise err from exc
                if errors is not None:
                    errors.append(err)
    finally:
        if close:
            fh.close()


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialised :class:`Engagement` and every type it
    contains; the same document ships as ``conflict_events/io/engagement.schema.json``."""
    from conflict_events.io._schema import load_schema

    return load_schema()
