"""The one cattrs converter of the library.  Everything that turns model objects into plain
data and back goes through :data:`converter`; the global cattrs converter is never used.

Rules: dates are ISO strings; enums their values; defaults are omitted on the way out; on the
way in, unknown keys, wrong types (no coercion: ``"5"`` is not an int) and broken invariants
are all errors, reported together as one :class:`ValidationError` with JSON paths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import Enum
from typing import Any, TypeVar

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from conflict_events._errors import Problem, ValidationError

__all__ = ["SCHEMA_VERSION", "converter", "structure", "unstructure"]

T = TypeVar("T")

#: Version of the serialised form; bumped when a change would break readers.
SCHEMA_VERSION = "1.0"


def _strict(kind: type, name: str) -> Any:
    def hook(value: Any, _: Any) -> Any:
        if type(value) is bool and kind is not bool:
            raise TypeError(f"expected {name}, got {value!r}")
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise TypeError(f"expected {name}, got {value!r}")
        return value

    return hook


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string 'YYYY-MM-DD', got {value!r}")
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO date 'YYYY-MM-DD', got {value!r}") from None


def _build() -> OrjsonConverter:
    conv = make_converter(forbid_extra_keys=True, omit_if_default=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(float, _strict(float, "a number"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(Enum, lambda e: e.value)
    return conv


converter: OrjsonConverter = _build()


def _problems(exc: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(exc, ValidationError):
        yield from exc.prefixed(path).problems
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield Problem(f"{path}.{key}", "unknown key")
    elif isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                sub_path = f"{path}.{note.name}"
            elif isinstance(note, IterableValidationNote):
                sub_path = (
                    f"{path}[{note.index!r}]"
                    if isinstance(note.index, str)
                    else (f"{path}[{note.index}]")
                )
            else:
                sub_path = path
            if isinstance(sub, KeyError) and isinstance(note, AttributeValidationNote):
                yield Problem(sub_path, "required key missing")
            else:
                yield from _problems(sub, sub_path)
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            yield from _problems(sub, path)
    else:
        yield Problem(path, str(exc) or type(exc).__name__)


def structure(data: Any, cls: type[T]) -> T:
    """``data`` (plain JSON-like values) as a ``cls``; every problem in one ValidationError."""
    if hasattr(cls, "__attrs_attrs__") and not isinstance(data, dict):
        raise ValidationError(
            [Problem("$", f"expected an object for {cls.__name__}, got {data!r:.200}")],
            cls.__name__,
        )
    try:
        return converter.structure(data, cls)
    except ValidationError as exc:
        raise exc.prefixed("$") from None
    except (BaseValidationError, TypeError, ValueError, KeyError) as exc:
        raise ValidationError(
            list(_problems(exc, "$")), getattr(cls, "__name__", str(cls))
        ) from None


def unstructure(obj: Any) -> Any:
    """``obj`` as plain JSON-ready values (dicts, lists, strings, numbers)."""
    return converter.unstructure(obj)
