"""TimeSpan: when something happened, as an inclusive range of days with a precision."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import Check, Relation, Rules, boolean, date, member, string
from conflict_events.model._plain import Plain
from conflict_events.model._vocab import Precision

__all__ = ["TimeSpan"]

_ONE_DAY = dt.timedelta(days=1)


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


def _shape_problem(start: dt.date, end: dt.date, prec: Precision) -> str | None:
    """Why ``start``..``end`` cannot have precision ``prec``, or None if it can."""
    if prec in (Precision.DAY, Precision.PART_OF_DAY):
        if start != end:
            return f"a {prec.value} span is one day, got {start}..{end}"
    elif prec is Precision.WEEK:
        if start.weekday() != 0 or end != start + dt.timedelta(days=6):
            return f"a week span is an ISO week, Monday to Sunday, got {start}..{end}"
    elif prec is Precision.MONTH:
        if start.day != 1 or end != _month_end(start.year, start.month):
            return f"a month span is a whole calendar month, got {start}..{end}"
    elif prec is Precision.PART_OF_MONTH:
        if (start.year, start.month) != (end.year, end.month):
            return f"a part_of_month span lies within one month, got {start}..{end}"
    elif prec is Precision.PART_OF_YEAR:
        if start.year != end.year:
            return f"a part_of_year span lies within one year, got {start}..{end}"
    elif prec in (Precision.YEAR, Precision.DECADE, Precision.CENTURY):
        years = 1 if prec is Precision.YEAR else 10 if prec is Precision.DECADE else 100
        if (
            start.year % years
            or (start.month, start.day) != (1, 1)
            or end != dt.date(start.year + years - 1, 12, 31)
        ):
            return f"a {prec.value} span is a whole calendar {prec.value}, got {start}..{end}"
    elif prec is Precision.SEASON and (end - start).days > 100:
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
        # The shape once the order holds; a single day needs no call.
        Relation(
            ("start", "end", "precision"),
            _shape,
            when="{start} <= {end} and not ({precision} is _DAY and {start} == {end})",
            env={"_DAY": Precision.DAY},
        ),
    ],
)
_span_valid = _RULES.valid
