"""The one rule for argument types across the public API (docs/dates.md, "Argument
types"): a date is a ``datetime.date``, a ``datetime.datetime`` (its date is taken, as
written: no timezone is converted) or an ISO string ("2024-11-30", or an ISO date-time whose
date is taken); text is a ``str``.  Anything of another type is a ``TypeError`` naming the
argument; a string that is no ISO date is a :class:`~conflict_events.ValidationError`.
"""

from __future__ import annotations

import datetime as dt

from conflict_events._errors import Problem, ValidationError

__all__ = ["as_date", "as_text"]


def as_date(value: object, name: str, where: str) -> dt.date:
    """``value`` as a date by the rule above; ``name`` is the argument's, ``where`` the
    entry point's (for the messages).

    >>> as_date("2024-11-30", "anchor", "resolve_date")
    datetime.date(2024, 11, 30)
    >>> as_date(dt.datetime(2024, 11, 30, 23, 5), "anchor", "resolve_date")
    datetime.date(2024, 11, 30)
    >>> as_date(20241130, "anchor", "resolve_date")
    Traceback (most recent call last):
    ...
    TypeError: anchor must be a datetime.date or an ISO date string, got int
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValidationError(
                [Problem(f"$.{name}", f"must be an ISO date (YYYY-MM-DD), got {value!r:.80}")],
                where,
            ) from None
    raise TypeError(
        f"{name} must be a datetime.date or an ISO date string, got {type(value).__name__}"
    )


def as_text(value: object, name: str = "text") -> str:
    """``value`` if it is a ``str``, else a ``TypeError`` naming the argument.

    >>> as_text(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: text must be a str, got bytes
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    return value
