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

import json
import os
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar

import orjson

from conflict_events._errors import Problem, RowError, ValidationError
from conflict_events.io._converter import SCHEMA_VERSION, structure, unstructure
from conflict_events.io._files import (
    Lines,
    Stream,
    atomic_text,
    check_not_same,
    open_source,
    path_of,
)

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


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError(key)
        out[key] = value
    return out


def _duplicate_key(text: str | bytes, data: Any) -> str | None:
    """A key that appears twice in one object of ``text`` (orjson keeps the last silently),
    or None.

    The fast test counts colons: every key in the text has one, and so does every colon in a
    string.  orjson's own output of what it kept has the same strings minus those of dropped
    values, and one colon per kept key; so without escapes (``\\u003a`` spells a colon) the two
    counts are equal exactly when no key was dropped.  Only otherwise is the text parsed again
    by the json module, which sees every pair."""
    if not isinstance(data, (dict, list)):
        return None
    if isinstance(text, str):
        exact = "\\u" in text or text.count(":") != _colons(data)
    else:
        exact = b"\\u" in text or text.count(b":") != _colons(data)
    if not exact:
        return None
    try:
        json.loads(text, object_pairs_hook=_no_duplicates)
    except _DuplicateKeyError as exc:
        return str(exc.args[0])
    except (ValueError, RecursionError):
        return None
    return None


def _colons(data: Any) -> int:
    try:
        return orjson.dumps(data).count(b":")
    except (TypeError, orjson.JSONEncodeError):  # an integer beyond 64 bits: count otherwise
        return -1


# Integers beyond 64 bits: orjson reads them as floats, so the message would quote 1.8e+19.
_BIG_INT = re.compile(r"(?<![0-9.eE+-])-?[0-9]{20,}(?![0-9.eE])")


def _quote_big_integers(text: str | bytes, problems: tuple[Problem, ...]) -> list[Problem]:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    digits = {repr(float(m.group())): m.group() for m in _BIG_INT.finditer(text)}
    out = []
    for problem in problems:
        message = problem.message
        for shown, literal in digits.items():
            if message.endswith(f"got {shown}"):
                message = f"integer out of range (64 bits at most), got {literal}"
                break
        out.append(Problem(problem.path, message))
    return out


def loads(text: str | bytes, cls: type[T]) -> T:
    """A ``cls`` from JSON text.  ``schema_version`` may be absent; if present its major
    version must match.  Every problem is reported in one :class:`ValidationError`; a key
    given twice in one object is one.

    >>> from conflict_events import Count
    >>> loads('{"low": 4, "low": 5, "qualifier": "exact"}', Count)
    Traceback (most recent call last):
    ...
    conflict_events.ValidationError: 1 problem in Count:
      $: the key 'low' appears twice in one object
    """
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ValidationError([Problem("$", f"not valid JSON: {exc}")], cls.__name__) from None
    duplicate = _duplicate_key(text, data)
    if duplicate is not None:
        raise ValidationError(
            [Problem("$", f"the key {duplicate!r} appears twice in one object")], cls.__name__
        )
    try:
        return _from_record(data, cls)
    except ValidationError as exc:
        if not _BIG_INT.search(text if isinstance(text, str) else text.decode("utf-8", "replace")):
            raise
        problems = _quote_big_integers(text, exc.problems)
        raise ValidationError(problems, exc.type_name) from None
    except RecursionError:  # a safety net: the converter bounds what it quotes
        raise ValidationError([Problem("$", "nested too deeply")], cls.__name__) from None


def write_jsonl(objs: Iterable[Any], target: str | os.PathLike[str] | IO[str]) -> int:
    """Write one JSON record per line; returns how many were written.  A path is written
    atomically (a temporary file renamed over it when every record was written); a record
    JSON cannot hold raises :class:`RowError` naming its line.

    >>> import io
    >>> from conflict_events import Count
    >>> write_jsonl([Count.exact(4)], io.StringIO())
    1
    """
    check_not_same(getattr(objs, "source", None), target)
    n = 0
    with atomic_text(target) as fh:
        for obj in objs:
            try:
                line = orjson.dumps(_record(obj)).decode()
            except orjson.JSONEncodeError as exc:
                raise RowError(f"cannot be written as JSON: {exc}", line=n + 1) from None
            fh.write(line)
            fh.write("\n")
            n += 1
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
    column); a line holding bytes that are not UTF-8 names the byte and its offset.  With
    ``lenient=True`` bad lines are appended to ``errors`` and reading goes on.  Blank lines
    are skipped, and so is a UTF-8 byte-order mark.

    >>> import io
    >>> from conflict_events import Count
    >>> text = '\\ufeff{"low": 1, "high": 1, "qualifier": "exact"}\\n[[[]]]\\n'
    >>> errors = []
    >>> [c.low for c in read_jsonl(io.StringIO(text), Count, lenient=True, errors=errors)]
    [1]
    >>> errors[0].line
    2
    """
    records = _read_records(source, cls, lenient=lenient, errors=errors)
    return Stream(records, path_of(source))


def _read_records(
    source: str | os.PathLike[str] | IO[str],
    cls: type[T],
    *,
    lenient: bool,
    errors: list[RowError] | None,
) -> Iterator[T]:
    with open_source(source) as fh:
        lines = Lines(fh)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                raise RowError(
                    f"not UTF-8: byte 0x{exc.object[exc.start]:02x} ({exc.reason}); pass the "
                    "path, or open the file with errors='surrogateescape', to read the others",
                    line=lines.number + 1,
                ) from None
            lineno = lines.number
            bad = lines.take_bad()
            if bad:
                err = RowError(bad[0][1], line=lineno)
            elif not line.strip():
                continue
            else:
                try:
                    yield loads(line, cls)
                    continue
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
            if not lenient:
                raise err from None
            if errors is not None:
                errors.append(err)


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialised :class:`Engagement` and every type it
    contains; the same document ships as ``conflict_events/io/engagement.schema.json``."""
    from conflict_events.io._schema import load_schema

    return load_schema()
