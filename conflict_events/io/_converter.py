"""The one cattrs converter of the library.  Everything that turns model objects into plain
data and back goes through :data:`converter`; the global cattrs converter is never used.

Rules: dates are ISO strings; enums their values; defaults are omitted on the way out; on the
way in, unknown keys, wrong types (no coercion: ``"5"`` is not an int) and broken invariants
are all errors, reported together as one :class:`ValidationError` with JSON paths.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import reprlib
import types
import typing
from collections.abc import Iterator
from enum import Enum
from typing import Any, TypeVar

import attrs
import orjson
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

__all__ = ["SCHEMA_VERSION", "converter", "show", "structure", "unstructure"]

T = TypeVar("T")

#: Version of the serialised form; bumped when a change would break readers.
SCHEMA_VERSION = "1.0"

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _bounded_repr() -> reprlib.Repr:
    shown = reprlib.Repr()
    # Deep enough and wide enough that anything shown within SHOWN characters is the plain
    # repr; deeper nesting is cut to "[...]" instead of recursing through all of it.
    shown.maxlevel = 20
    shown.maxtuple = shown.maxlist = shown.maxarray = shown.maxdict = 100
    shown.maxset = shown.maxfrozenset = shown.maxdeque = 100
    shown.maxstring = shown.maxlong = shown.maxother = SHOWN + 2
    return shown


#: How many characters of a bad value an error message quotes.
SHOWN = 200
_REPR = _bounded_repr()


def show(value: Any) -> str:
    """``repr(value)`` cut at :data:`SHOWN` characters, built only as far as it is shown (a
    value nested a thousand deep is no RecursionError).

    >>> show([[[1]]])
    '[[[1]]]'
    >>> len(show("x" * 10_000)) <= SHOWN
    True
    """
    if value is None or type(value) in (bool, int, float):
        text = repr(value)
    elif type(value) is str:
        text = repr(value[: SHOWN + 1])
    else:
        text = _REPR.repr(value)
    return text[:SHOWN]


def _strict(kind: type, name: str) -> Any:
    def hook(value: Any, _: Any) -> Any:
        if type(value) is bool and kind is not bool:
            raise TypeError(f"expected {name}, got {show(value)}")
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise TypeError(f"expected {name}, got {show(value)}")
        return value

    return hook


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string 'YYYY-MM-DD', got {show(value)}")
    try:
        if len(value) != 10 or not _ISO_DATE.fullmatch(value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO date 'YYYY-MM-DD', got {show(value)}") from None


def _is_list_type(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_list(value: Any, tp: Any) -> tuple[Any, ...]:
    # cattrs would iterate a string or an object where a list belongs ("abc" -> a, b, c)
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list, got {show(value)}")
    item = typing.get_args(tp)[0]
    return tuple([converter.structure(v, item) for v in value])


def _build() -> OrjsonConverter:
    conv = make_converter(forbid_extra_keys=True, omit_if_default=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(float, _strict(float, "a number"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_structure_hook_func(_is_list_type, _structure_list)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(Enum, lambda e: e.value)
    return conv


converter: OrjsonConverter = _build()


# -- fast paths ----------------------------------------------------------------------------------
# cattrs dispatches every value through generic hooks; for the model's few shapes that costs more
# than the model's own validation.  So each model class also gets a specialised function
# generated from its fields.  A fast structure function accepts only input the cattrs path
# accepts, and gives the same result; on anything else it raises _NotFastError and the cattrs path runs
# instead, so errors, paths and messages are exactly the cattrs ones.  Model objects are frozen,
# so nested objects that repeat (counts, spans, places, factions) are interned by their JSON
# text in bounded tables.


class _NotFastError(Exception):
    """The fast path does not handle this input; the cattrs path decides."""


_INTERN_LIMIT = 4096


def _fast_str(value: Any) -> Any:
    if isinstance(value, str):
        return value
    raise _NotFastError


def _fast_int(value: Any) -> Any:
    if isinstance(value, int) and type(value) is not bool:
        return value
    raise _NotFastError


def _fast_float(value: Any) -> Any:
    if type(value) is float:
        return value
    if isinstance(value, int) and type(value) is not bool:
        return float(value)
    raise _NotFastError


def _fast_bool(value: Any) -> Any:
    if type(value) is bool:
        return value
    raise _NotFastError


def _fast_date(value: Any) -> Any:
    # fromisoformat also reads ISO week dates ("2024-W48-4"): only YYYY-MM-DD is a date here
    if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _NotFastError from None
    raise _NotFastError


def _fast_structure_for(tp: Any, classes: dict[type, Any]) -> Any:
    """A fast structure function for the type ``tp``, or None where there is none."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        inner = _fast_structure_for(next(a for a in args if a is not type(None)), classes)
        if inner is None:
            return None

        def optional(value: Any) -> Any:
            return None if value is None else inner(value)

        return optional
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _fast_structure_for(args[0], classes)
        if item is None:
            return None

        def sequence(value: Any) -> Any:
            if type(value) is not list:
                raise _NotFastError
            return tuple([item(v) for v in value])

        if isinstance(args[0], type) and attrs.has(args[0]):
            # lists of model objects repeat as a whole (the sides of a conflict, the
            # sources of a country's reports): intern the tuple too
            return _interned(sequence)
        return sequence
    if origin is dict and args == (str, str):

        def mapping(value: Any) -> Any:
            if type(value) is not dict:
                raise _NotFastError
            kinds = set(map(type, value.values()))
            kinds.update(map(type, value))
            if kinds and kinds != {str}:  # str subclasses too go the cattrs way
                raise _NotFastError
            return dict(value)

        return mapping
    if isinstance(tp, type):
        if attrs.has(tp):
            return _fast_structure_class(tp, classes)
        if issubclass(tp, Enum):
            # The cattrs hooks check the base type and the model's converters make the
            # member; a value that names no member goes the cattrs way for its message.
            members = {m.value: m for m in tp}
            exact = int if issubclass(tp, int) else str

            def member(value: Any) -> Any:
                if value.__class__ is exact:
                    found = members.get(value)
                    if found is not None:
                        return found
                raise _NotFastError

            return member
        for base, fast in ((bool, _fast_bool), (int, _fast_int), (str, _fast_str)):
            if issubclass(tp, base):
                return fast
        if tp is float:
            return _fast_float
        if tp is dt.date:
            return _fast_date
    return None


def _fast_structure_class(cls: type, classes: dict[type, Any]) -> Any:
    if cls in classes:
        return classes[cls]

    def late(value: Any) -> Any:  # a placeholder for recursive references
        return classes[cls](value)

    classes[cls] = late
    hints = typing.get_type_hints(cls)
    fields = []
    for field in attrs.fields(cls):
        fast = _fast_structure_for(hints[field.name], classes)
        if fast is None:
            classes[cls] = None
            return None
        fields.append((field.name, fast, field.default is attrs.NOTHING))
    allowed = frozenset(name for name, _, _ in fields)
    namespace: dict[str, Any] = {"cls": cls, "allowed": allowed, "_NotFastError": _NotFastError}
    namespace["ValidationError"] = ValidationError
    lines = [
        f"def structure_{cls.__name__}(value):",
        "    if value.__class__ is not dict or not value.keys() <= allowed:",
        "        raise _NotFastError",
    ]
    required = [(i, name) for i, (name, _, req) in enumerate(fields) if req]
    lines.append("    try:")
    lines.append(
        "        kwargs = {"
        + ", ".join(f"{name!r}: f{i}(value[{name!r}])" for i, name in required)
        + "}"
    )
    lines += ["    except KeyError:", "        raise _NotFastError from None"]
    for i, (name, fast, req) in enumerate(fields):
        namespace[f"f{i}"] = fast
        if not req:
            lines.append(f"    if {name!r} in value:")
            lines.append(f"        kwargs[{name!r}] = f{i}(value[{name!r}])")
    lines += [
        "    try:",
        "        return cls(**kwargs)",
        "    except ValidationError:",
        "        raise _NotFastError from None",
    ]
    exec(compile("\n".join(lines) + "\n", f"<fast structure {cls.__name__}>", "exec"), namespace)
    structure_fast = namespace[f"structure_{cls.__name__}"]

    if cls.__name__ == "Engagement":  # engagements are unique; their parts repeat
        classes[cls] = structure_fast
        return structure_fast
    classes[cls] = _interned(structure_fast)
    return classes[cls]


def _interned(structure_fast: Any) -> Any:
    """``structure_fast`` with a bounded table of the results it gave, keyed on the input's
    JSON text; a hit also needs the stored input to equal this one, so inputs that print alike
    but differ (a UUID or an Enum where a string belongs) miss."""
    interned: dict[bytes, tuple[Any, Any]] = {}
    dumps = orjson.dumps

    def structure_interned(value: Any) -> Any:
        try:
            key = dumps(value, option=_INTERN_KEY_OPTIONS)
        except (TypeError, orjson.JSONEncodeError):
            raise _NotFastError from None
        found = interned.get(key)
        if found is not None and found[0] == value:
            return found[1]
        result = structure_fast(value)
        if len(interned) >= _INTERN_LIMIT:
            interned.clear()
        interned[key] = (value, result)
        return result

    return structure_interned


# Values orjson would print like JSON but that are not JSON (dates, dataclasses, subclasses of
# str / int / dict / list) make the key fail, so they take the cattrs path.
_INTERN_KEY_OPTIONS = (
    orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)


def _fast_tables() -> tuple[dict[type, Any], dict[type, Any]]:
    from conflict_events.model import MODEL_TYPES
    from conflict_events.model._plain import plain_function

    structurers: dict[type, Any] = {}
    for cls in MODEL_TYPES:
        _fast_structure_class(cls, structurers)
    # the plain form is the model's own to_dict(), generated once per class
    unstructurers: dict[type, Any] = {cls: plain_function(cls) for cls in MODEL_TYPES}
    return structurers, unstructurers


_FAST_STRUCTURE, _FAST_UNSTRUCTURE = _fast_tables()


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
            [Problem("$", f"expected an object for {cls.__name__}, got {show(data)}")],
            cls.__name__,
        )
    fast = _FAST_STRUCTURE.get(cls)
    if fast is not None:
        try:
            return fast(data)  # type: ignore[no-any-return]
        except _NotFastError:
            pass  # the cattrs path below gives the errors
    try:
        return converter.structure(data, cls)
    except ValidationError as exc:
        problems = list(exc.prefixed("$").problems)
    except (BaseValidationError, TypeError, ValueError, KeyError, AttributeError) as exc:
        problems = list(_problems(exc, "$"))
    if hasattr(cls, "__attrs_attrs__"):
        # cattrs stops at an object whose part failed; walk the data again to list the
        # object's own problems too.  Only bad input pays for this.
        found: list[Problem] = []
        _collect(data, cls, "$", found)
        if found:
            problems = found
    raise ValidationError(problems, getattr(cls, "__name__", str(cls))) from None


class _Invalid:
    """Stands in for a field whose value failed, so the object's other checks can run."""

    def __repr__(self) -> str:
        return "<invalid>"


_INVALID = _Invalid()


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _collect(data: Any, tp: Any, path: str, problems: list[Problem]) -> Any:
    """Structure ``data`` as ``tp`` like the converter does, but record every problem in
    ``problems`` instead of stopping; returns the value, or ``_INVALID``."""
    if attrs.has(tp):
        return _collect_object(data, tp, path, problems)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union) and type(None) in args:
        if data is None:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _collect(data, inner, path, problems)
    if origin is tuple:
        if not isinstance(data, (list, tuple)):
            problems.append(Problem(path, f"expected a list, got {show(data)}"))
            return _INVALID
        items = [_collect(v, args[0], f"{path}[{i}]", problems) for i, v in enumerate(data)]
        return _INVALID if any(v is _INVALID for v in items) else tuple(items)
    if origin is dict:
        if not isinstance(data, dict):
            problems.append(Problem(path, f"expected an object, got {show(data)}"))
            return _INVALID
        out = {}
        for k, v in data.items():
            out[_collect(k, args[0], f"{path}[{k!r}]", problems)] = _collect(
                v, args[1], f"{path}[{k!r}]", problems
            )
        return _INVALID if _INVALID in out or _INVALID in out.values() else out
    try:
        return converter.structure(data, tp)
    except Exception as exc:  # a leaf: report what the hook said
        problems.append(Problem(path, str(exc) or type(exc).__name__))
        return _INVALID


def _collect_object(data: Any, cls: type, path: str, problems: list[Problem]) -> Any:
    if not isinstance(data, dict):
        problems.append(Problem(path, f"expected an object for {cls.__name__}, got {show(data)}"))
        return _INVALID
    fields = attrs.fields(cls)
    known = {f.name for f in fields}
    unknown = sorted(k for k in data if k not in known)
    problems.extend(Problem(f"{path}.{k}", "unknown key") for k in unknown)
    hints = _hints(cls)
    values: dict[str, Any] = {}
    failed: set[str] = set()
    for f in fields:
        if f.name not in data:
            if f.default is attrs.NOTHING:
                problems.append(Problem(f"{path}.{f.name}", "required key missing"))
                failed.add(f.name)
            continue
        before = len(problems)
        value = _collect(data[f.name], hints[f.name], f"{path}.{f.name}", problems)
        if value is _INVALID or len(problems) > before:
            failed.add(f.name)
        else:
            values[f.name] = value
    if not failed:
        try:
            obj = cls(**values)
        except ValidationError as exc:
            problems.extend(exc.prefixed(path).problems)
            return _INVALID
        return _INVALID if unknown else obj
    # Some fields failed: run the object's own checks with placeholders for them, and keep
    # the problems that do not stem from a placeholder.
    partial: Any = object.__new__(cls)
    for f in fields:
        if f.name in values:
            value = values[f.name]
            if callable(f.converter):
                value = f.converter(value)
        elif f.name in failed:
            value = _INVALID
        elif isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            value = f.default.factory()
        else:
            value = f.default
        object.__setattr__(partial, f.name, value)
    try:
        partial.__attrs_post_init__()
    except ValidationError as exc:
        for problem in exc.prefixed(path).problems:
            stem = problem.path[len(path) + 1 :]
            name = stem.split(".", 1)[0].split("[", 1)[0]
            if name not in failed and "<invalid>" not in problem.message:
                problems.append(problem)
    except Exception:
        pass
    return _INVALID


def unstructure(obj: Any) -> Any:
    """``obj`` as plain JSON-ready values (dicts, lists, strings, numbers)."""
    fast = _FAST_UNSTRUCTURE.get(type(obj))
    if fast is not None:
        return fast(obj)
    return converter.unstructure(obj)
