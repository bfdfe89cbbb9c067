"""The plain form of model values: ``to_dict()`` on every model class.

The plain form is what the library's one converter (``conflict_events.io._converter``) writes
before the JSON text: a dict per object, field order, fields at their default left out
(required ones always written, first), dates as ISO strings, enums as their values, tuples as
lists.  It is a rule of the model, so it lives here, below the io layer: the model never
imports io, and ``to_dict()`` works without loading cattrs.  The tests check that it equals
what the converter unstructures, and that the converter reads it back, on every class.

As cattrs does (and for the same reason: dispatching every value through generic hooks costs
more than the work), each class gets one function written from its fields as straight-line
code, compiled on first use and cached.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

import attrs

__all__ = ["Plain", "plain_function"]

PlainFunction = Callable[[Any], Any]

# Values the plain form keeps as they are.
_IDENTITY = (str, int, float, bool, type(None))


def _as_is(value: Any) -> Any:
    return value


# Each class's function; a class being built maps to a stand-in that looks the function up
# when called (a class may hold values of its own type).
_FUNCTIONS: dict[type, PlainFunction] = {}


def _function_for(tp: Any) -> PlainFunction:
    """The plain form of a value of the type ``tp`` (``_as_is`` where it is the value)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if all(a in _IDENTITY for a in args):
            return _as_is
        if len(args) == 2 and type(None) in args:
            inner = _function_for(next(a for a in args if a is not type(None)))
            return lambda value: None if value is None else inner(value)
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _function_for(args[0])
        if item is _as_is:
            return list
        return lambda value: [item(v) for v in value]
    elif origin is dict and args == (str, str):
        return dict
    elif tp in _IDENTITY:
        return _as_is
    elif isinstance(tp, type):
        if attrs.has(tp):
            return plain_function(tp)
        if issubclass(tp, Enum):
            return {member: member.value for member in tp}.__getitem__
        if tp is dt.date:
            return dt.date.isoformat
    raise TypeError(f"the plain form has no rule for the type {tp!r}")


def plain_function(cls: type) -> PlainFunction:
    """The function that gives the plain form of an instance of the attrs class ``cls``.

    >>> from conflict_events.model import Count
    >>> plain_function(Count)(Count.exact(4))
    {'low': 4, 'high': 4, 'qualifier': 'exact', 'figure': 4}
    """
    found = _FUNCTIONS.get(cls)
    if found is not None:
        return found

    def late(obj: Any) -> Any:
        return _FUNCTIONS[cls](obj)

    _FUNCTIONS[cls] = late
    try:
        function = _compile(cls)
    except BaseException:
        del _FUNCTIONS[cls]
        raise
    _FUNCTIONS[cls] = function
    return function


def _compile(cls: type) -> PlainFunction:
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {}
    head: list[str] = []  # fields without a default: always written, first
    tail: list[str] = []
    for i, field in enumerate(attrs.fields(cls)):
        tp = hints[field.name]
        function = _function_for(tp)
        optional = typing.get_origin(tp) in (typing.Union, types.UnionType)
        if function is _as_is:
            expr = "v"
        elif optional:
            # Optional[X]: X's function, called only when the value is not None
            (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
            namespace[f"f{i}"] = _function_for(inner)
            expr = f"(None if v is None else f{i}(v))"
        else:
            namespace[f"f{i}"] = function
            expr = f"f{i}(v)"
        name, default = field.name, field.default
        if default is attrs.NOTHING:
            head.append(f"    v = obj.{name}\n    res[{name!r}] = {expr}\n")
            continue
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            # A default is left out when the value equals a fresh one; the model's factories
            # make empty values, so one made now compares the same.
            default = default.factory()
        namespace[f"d{i}"] = default
        test = "v is not None" if default is None else f"v != d{i}"
        tail.append(f"    v = obj.{name}\n    if {test}:\n        res[{name!r}] = {expr}\n")
    source = (
        f"def plain_{cls.__name__}(obj):\n    res = {{}}\n"
        + "".join(head)
        + "".join(tail)
        + "    return res\n"
    )
    exec(compile(source, f"<plain form of {cls.__qualname__}>", "exec"), namespace)
    compiled: PlainFunction = namespace[f"plain_{cls.__name__}"]
    return compiled


class Plain:
    """What every model class inherits: :meth:`to_dict`."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """This value as plain JSON-ready data: what ``conflict_events.io.json.dumps`` writes
        (without ``schema_version``), and what ``conflict_events.io.json.loads`` reads back.

        >>> import datetime as dt
        >>> from conflict_events import Count, TimeSpan
        >>> Count(low=37, high=None, qualifier="at_least").to_dict()
        {'low': 37, 'high': None, 'qualifier': 'at_least'}
        >>> TimeSpan.on(dt.date(2024, 11, 28)).to_dict()
        {'start': '2024-11-28', 'end': '2024-11-28', 'precision': 'day'}
        """
        cls = type(self)
        function = _FUNCTIONS.get(cls) or plain_function(cls)
        data: dict[str, Any] = function(self)
        return data
