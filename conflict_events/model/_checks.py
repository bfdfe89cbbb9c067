"""Shared field checks.  Each model class gathers every problem of an instance in
``__attrs_post_init__`` and raises one :class:`ValidationError`, so a caller sees them all."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TypeVar

from conflict_events._errors import Problem, ValidationError

ID_RE = re.compile(r"[a-z][a-z0-9_-]*:[A-Za-z0-9][A-Za-z0-9._:/~-]*")
COUNTRY_RE = re.compile(r"[A-Z]{2}")
LANGUAGE_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


class Problems:
    """Collects problems for one instance; ``raise_if_any`` raises them as one error."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, field: str, message: str) -> None:
        self.items.append(Problem(f"$.{field}" if field else "$", message))

    def nested(self, field: str, error: ValidationError) -> None:
        self.items.extend(error.prefixed(f"$.{field}").problems)

    def raise_if_any(self, obj: object) -> None:
        if self.items:
            raise ValidationError(self.items, type(obj).__name__)


def to_tuple(value: Any) -> Any:
    """An attrs converter: lists become tuples; anything else is left for the check."""
    if isinstance(value, list):
        return tuple(value)
    return value


def check_enum(
    p: Problems, field: str, value: Any, enum: type[Enum], optional: bool = False
) -> None:
    if value is None and optional:
        return
    if not isinstance(value, enum):
        allowed = ", ".join(repr(m.value) for m in enum)
        p.add(field, f"must be one of {allowed}, got {value!r}")


def check_str(
    p: Problems, field: str, value: Any, *, optional: bool = False, nonempty: bool = True
) -> bool:
    if value is None and optional:
        return False
    if not isinstance(value, str):
        p.add(field, f"must be a string, got {value!r}")
        return False
    if nonempty and not value.strip():
        p.add(field, f"must not be empty or blank, got {value!r}")
        return False
    return True


def check_id(p: Problems, field: str, value: Any, *, optional: bool = False) -> None:
    if check_str(p, field, value, optional=optional) and not ID_RE.fullmatch(value):
        p.add(field, f"must be an id like 'actor:hts' (type:key, no spaces), got {value!r}")


def check_country(p: Problems, field: str, value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not COUNTRY_RE.fullmatch(value)):
        p.add(field, f"must be an ISO 3166-1 alpha-2 code such as 'SY', got {value!r}")


def check_date(p: Problems, field: str, value: Any, *, optional: bool = False) -> bool:
    if value is None and optional:
        return False
    if type(value) is not dt.date:
        p.add(field, f"must be a datetime.date, got {value!r}")
        return False
    return True


def check_bool(p: Problems, field: str, value: Any) -> None:
    if not isinstance(value, bool):
        p.add(field, f"must be true or false, got {value!r}")


def check_int(
    p: Problems,
    field: str,
    value: Any,
    *,
    optional: bool = False,
    lo: int | None = None,
    hi: int | None = None,
) -> bool:
    if value is None and optional:
        return False
    if not isinstance(value, int) or isinstance(value, bool):
        p.add(field, f"must be an integer, got {value!r}")
        return False
    if lo is not None and value < lo:
        p.add(field, f"must be >= {lo}, got {value!r}")
        return False
    if hi is not None and value > hi:
        p.add(field, f"must be <= {hi}, got {value!r}")
        return False
    return True


def check_float(p: Problems, field: str, value: Any, lo: float, hi: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        p.add(field, f"must be a number, got {value!r}")
    elif (isinstance(value, float) and not math.isfinite(value)) or not lo <= value <= hi:
        p.add(field, f"must be between {lo:g} and {hi:g}, got {value!r}")


def check_items(
    p: Problems,
    field: str,
    value: Any,
    kind: type | tuple[type, ...],
    each: Callable[[Problems, str, Any], object] | None = None,
) -> bool:
    """``value`` must be a tuple whose items are of ``kind``; ``each`` checks an item further."""
    if not isinstance(value, tuple):
        p.add(field, f"must be a list, got {value!r}")
        return False
    ok = True
    for i, item in enumerate(value):
        if not isinstance(item, kind):
            names = (
                kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            )
            p.add(f"{field}[{i}]", f"must be a {names}, got {item!r}")
            ok = False
        elif each is not None:
            each(p, f"{field}[{i}]", item)
    return ok


def check_instance(
    p: Problems, field: str, value: Any, kind: type, *, optional: bool = False
) -> None:
    if value is None and optional:
        return
    if not isinstance(value, kind):
        p.add(field, f"must be a {kind.__name__}, got {value!r}")


def duplicates(values: Iterable[Any]) -> list[Any]:
    seen: set[Any] = set()
    dup: list[Any] = []
    for v in values:
        if v in seen and v not in dup:
            dup.append(v)
        seen.add(v)
    return dup


_T = TypeVar("_T")


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the slots ``names`` of the slotted class ``cls``, in that order: a
    frozen attrs class refuses ``setattr``, its slots' own descriptors do not.  The hot paths
    that build many objects from parts already valid (engagements, attributions, mentions)
    set them through these; their tests compare the result with the validated constructor's.

    >>> import attrs
    >>> @attrs.frozen
    ... class Point:
    ...     x: int
    >>> p = object.__new__(Point)
    >>> (set_x,) = slot_setters(Point, "x")
    >>> set_x(p, 3)
    >>> p == Point(3)
    True
    """
    return tuple(getattr(cls, name).__set__ for name in names)


def trusted(cls: type[_T], **fields: Any) -> _T:
    """An instance of the frozen attrs class ``cls`` with ``fields`` set as given, without its
    converters and checks: for callers that build every field from parts already valid (their
    tests compare the result with the validated constructor's)."""
    self = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(self, name, value)
    return self
