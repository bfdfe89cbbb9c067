"""TimeSpan: when something happened, as an inclusive range of days with a precision."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import (
    Check,
    Relation,
    Rules,
    boolean,
    date,
    member,
    string,
)
from conflict_events.model._plain import Plain
from conflict_events.model._trusted import checked_constructor, trusted_constructor
from conflict_events.model._vocab import Precision

__all__ = ["TimeSpan", "checked_span", "month_length", "resolved_span", "trusted_span"]

_ONE_DAY = dt.timedelta(days=1)


# the days of each month of a common year (February has 29 in a leap year)
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` without working out the weekday (a month
    outside 1-12 raises its error).

    >>> month_length(2024, 2), month_length(1900, 2), month_length(2023, 11)
    (29, 28, 30)
    """
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    if 1 <= month <= 12:
        return _MONTH_DAYS[month]
    return calendar.monthrange(year, month)[1]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@attrs.frozen(kw_only=True)
class TimeSpan(Plain):
    """An inclusive range of days, ``start`` to ``end``, known at ``precision``.

    Calendar precisions fix the shape: a ``day`` span is one day, a ``week`` an ISO week
    (Monday-Sunday), a ``month`` / ``year`` / ``decade`` / ``century`` the whole unit.
    ``approximate`` is set where the text hedges ("about", "around").  ``expression`` and
    ``anchor`` record the words and the publication date a resolved span came from.

    >>> import datetime as dt
    >>> TimeSpan.of_month(2024, 2)
    TimeSpan(start=datetime.date(2024, 2, 1), end=datetime.date(2024, 2, 29), precision=<Precision.MONTH: 'month'>, approximate=False, expression=None, anchor=None)
    >>> TimeSpan.on(dt.date(2024, 11, 27)).days
    1
    """

    start: dt.date
    end: dt.date
    precision: Precision = attrs.field(converter=_converters.precision)
    approximate: bool = False
    expression: str | None = None
    anchor: dt.date | None = None

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _span_valid(self):
            _RULES.raise_problems(self)

    def __str__(self) -> str:
        """The dates and the precision: ``2024-11-27..2024-11-30 (interval)``.

        >>> str(TimeSpan.on(dt.date(2024, 11, 28), approximate=True))
        '~2024-11-28 (day)'
        """
        return _display.span_text(self)

    # -- constructors -------------------------------------------------------------------
    @classmethod
    def on(cls, day: dt.date, **kw: Any) -> TimeSpan:
        """The single day ``day``."""
        return cls(start=day, end=day, precision=kw.pop("precision", Precision.DAY), **kw)

    @classmethod
    def between(cls, start: dt.date, end: dt.date, **kw: Any) -> TimeSpan:
        """An ``interval`` span from ``start`` to ``end`` inclusive (a single day if equal)."""
        prec = kw.pop("precision", Precision.DAY if start == end else Precision.INTERVAL)
        return cls(start=start, end=end, precision=prec, **kw)

    @classmethod
    def of_week(cls, day: dt.date, **kw: Any) -> TimeSpan:
        """The ISO week (Monday-Sunday) containing ``day``."""
        monday = day - dt.timedelta(days=day.weekday())
        return cls(start=monday, end=monday + dt.timedelta(days=6), precision=Precision.WEEK, **kw)

    @classmethod
    def of_month(cls, year: int, month: int, **kw: Any) -> TimeSpan:
        return cls(
            start=dt.date(year, month, 1),
            end=_month_end(year, month),
            precision=Precision.MONTH,
            **kw,
        )

    @classmethod
    def of_year(cls, year: int, **kw: Any) -> TimeSpan:
        return cls(
            start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision=Precision.YEAR, **kw
        )

    @classmethod
    def of_decade(cls, year: int, **kw: Any) -> TimeSpan:
        first = year - year % 10
        return cls(
            start=dt.date(first, 1, 1),
            end=dt.date(first + 9, 12, 31),
            precision=Precision.DECADE,
            **kw,
        )

    # -- derived -------------------------------------------------------------------------
    @property
    def days(self) -> int:
        """How many days the span covers (inclusive)."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def overlaps(self, other: TimeSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    # -- format precision codes ------------------------------------------------------------
    @property
    def acled_time_precision(self) -> int:
        """ACLED ``time_precision``: 1 the day is known, 2 a range within a week, 3 longer."""
        if self.days == 1:
            return 1
        if self.days <= 7:
            return 2
        return 3

    @property
    def ucdp_date_prec(self) -> int:
        """UCDP GED ``date_prec``: 1 exact day, 2 a 2-6 day range, 3 a week, 4 a month,
        5 longer."""
        n = self.days
        if n == 1:
            return 1
        if n <= 6:
            return 2
        if n == 7:
            return 3
        if n <= 31:
            return 4
        return 5

    @classmethod
    def from_acled(cls, event_date: dt.date, time_precision: int) -> TimeSpan:
        """The span ACLED means by ``event_date`` at ``time_precision`` 1, 2 or 3.

        ACLED codes an uncertain date as a representative day of the period (its codebook): for
        2 the span is the ISO week containing it, for 3 its calendar month.
        """
        if time_precision == 1:
            return cls.on(event_date)
        if time_precision == 2:
            return cls.of_week(event_date)
        if time_precision == 3:
            return cls.of_month(event_date.year, event_date.month)
        raise ValueError(f"ACLED time_precision must be 1, 2 or 3, got {time_precision!r}")

    @classmethod
    def from_ucdp(cls, date_start: dt.date, date_end: dt.date, date_prec: int) -> TimeSpan:
        """The span of a GED row: its start and end dates, the calendar precision they fill
        when they are aligned to one (date_prec 3 week, 4 month, 5 year), else an interval."""
        if date_prec not in (1, 2, 3, 4, 5):
            raise ValueError(f"UCDP date_prec must be 1-5, got {date_prec!r}")
        for prec in (Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR):
            if not _shape_problem(date_start, date_end, prec) and (
                prec is Precision.DAY or date_prec >= 3
            ):
                return cls(start=date_start, end=date_end, precision=prec)
        return cls(start=date_start, end=date_end, precision=Precision.INTERVAL)


# The members the checks compare with, read once: on Python 3.11 each ``Precision.X`` goes
# through the enum metaclass's ``__getattr__`` hook, many times the cost of a global.
_DAY, _PART_OF_DAY, _WEEK = Precision.DAY, Precision.PART_OF_DAY, Precision.WEEK
_MONTH, _PART_OF_MONTH, _PART_OF_YEAR = (
    Precision.MONTH,
    Precision.PART_OF_MONTH,
    Precision.PART_OF_YEAR,
)
_YEAR, _DECADE, _CENTURY = Precision.YEAR, Precision.DECADE, Precision.CENTURY
_SEASON, _INTERVAL = Precision.SEASON, Precision.INTERVAL
_SIX_DAYS = dt.timedelta(days=6)
_YEARS = {_YEAR: 1, _DECADE: 10, _CENTURY: 100}


def _shape_problem(start: dt.date, end: dt.date, prec: Precision) -> str | None:
    """Why ``start``..``end`` cannot have precision ``prec``, or None if it can."""
    if prec is _DAY or prec is _PART_OF_DAY:
        if start != end:
            return f"a {prec.value} span is one day, got {start}..{end}"
    elif prec is _WEEK:
        if start.weekday() != 0 or end != start + _SIX_DAYS:
            return f"a week span is an ISO week, Monday to Sunday, got {start}..{end}"
    elif prec is _MONTH:
        # end == _month_end(start.year, start.month), read off the dates without making one
        if (
            start.day != 1
            or end.month != start.month
            or end.year != start.year
            or end.day != month_length(end.year, end.month)
        ):
            return f"a month span is a whole calendar month, got {start}..{end}"
    elif prec is _PART_OF_MONTH:
        if (start.year, start.month) != (end.year, end.month):
            return f"a part_of_month span lies within one month, got {start}..{end}"
    elif prec is _PART_OF_YEAR:
        if start.year != end.year:
            return f"a part_of_year span lies within one year, got {start}..{end}"
    elif prec is _YEAR or prec is _DECADE or prec is _CENTURY:
        years = _YEARS[prec]
        if (
            start.year % years
            or start.month != 1
            or start.day != 1
            or end.year != start.year + years - 1
            or end.month != 12
            or end.day != 31
        ):
            return f"a {prec.value} span is a whole calendar {prec.value}, got {start}..{end}"
    elif prec is _SEASON and (end - start).days > 100:
        return f"a season span is at most about three months, got {start}..{end}"
    return None


def _shape(span: TimeSpan) -> tuple[tuple[str, str], ...]:
    shape = _shape_problem(span.start, span.end, span.precision)
    return (("precision", shape),) if shape else ()


_RULES = Rules(
    TimeSpan,
    {
        "start": date(),
        "end": date(),
        "precision": member(Precision),
        "approximate": boolean(),
        "expression": string(optional=True, nonempty=False),
        "anchor": date(optional=True),
    },
    [
        Check(
            ("start", "end"),
            "{start} <= {end}",
            "end",
            lambda s: f"must not be before start ({s.start}), got {s.end}",
        ),
        # The shape once the order holds; a single day or part of one, and an interval
        # (any days), have none to check, so need no call.
        Relation(
            ("start", "end", "precision"),
            _shape,
            when=(
                "{start} <= {end} and {precision} is not _INTERVAL"
                " and not ({start} == {end} and ({precision} is _DAY or {precision} is _POD))"
            ),
            env={"_DAY": _DAY, "_POD": _PART_OF_DAY, "_INTERVAL": _INTERVAL},
        ),
    ],
)
_span_valid = _RULES.valid
# positional: the fields in their order, start, end, precision, approximate, expression, anchor
_trusted_span = trusted_constructor(TimeSpan, positional=True)
# ``trusted_span(start, end, precision, approximate, expression, anchor)``: the positional
# trusted constructor alone, no check, for fields of their types by construction whose
# start, end and precision a check of the class's rules has passed before (the date
# resolver's calendar tables check each month, year, week and decade span once, when they
# make it, through resolved_span)
trusted_span: Callable[
    [dt.date, dt.date, Precision, bool, str | None, dt.date | None], TimeSpan
] = _trusted_span


# The class's checks across fields alone (Rules.relations_hold), for resolved_span
_span_relations_hold = _RULES.relations_hold
_RELATION_FIELDS = _RULES.relation_fields


def checked_span(
    start: dt.date,
    end: dt.date,
    precision: Precision,
    approximate: bool,
    expression: str | None,
    anchor: dt.date | None,
) -> TimeSpan:
    """``TimeSpan(start=start, end=end, ...)`` for a hot path: made by the trusted
    constructor (no converter, no ``__init__`` machinery) and checked with the class's own
    rules; what they refuse goes through the constructor, which converts and raises as it
    always does.  So the result, and any error, is the constructor's.

    >>> day = dt.date(2024, 11, 27)
    >>> checked_span(day, day, Precision.DAY, False, "today", day) == TimeSpan.on(
    ...     day, expression="today", anchor=day
    ... )
    True
    >>> checked_span(day, day, Precision.WEEK, False, None, None)
    Traceback (most recent call last):
    ...
    conflict_events.ValidationError: 1 problem in TimeSpan:
      $.precision: a week span is an ISO week, Monday to Sunday, got 2024-11-27..2024-11-27
    """
    span = _trusted_span(start, end, precision, approximate, expression, anchor)
    if _span_valid(span):
        return span
    return TimeSpan(
        start=start,
        end=end,
        precision=precision,
        approximate=approximate,
        expression=expression,
        anchor=anchor,
    )


# ``resolved_span(start, end, precision, approximate, expression, anchor)``: checked_span
# for fields of their types by construction (two dates, a Precision member, a bool, a str
# or None, a date or None), as the date resolver makes them.  Only the class's checks across
# fields run (the order of the ends, the shape of the precision); what they refuse goes
# through checked_span, so through the constructor, which raises as it always does.  One
# generated function (the trusted constructor, then the checks), one call per span;
# tests/test_dates_dispatch.py compares it with the constructor.
resolved_span: Callable[
    [dt.date, dt.date, Precision, bool, str | None, dt.date | None], TimeSpan
] = checked_constructor(
    TimeSpan, _span_relations_hold, _RELATION_FIELDS, checked_span, _RULES.relations_source
)
