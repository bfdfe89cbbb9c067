"""TimeSpan to and from TIMEX3 values (TimeML, as in TimeBank and TempEval) and EDTF strings.

TIMEX3 ``DATE`` values name a calendar unit (``1998-01-08``, ``2012-12``, ``2013-W11``,
``199`` for the 1990s, ``2016-SU``, ``2016-Q1``) and ``mod`` narrows it (``START`` / ``MID`` /
``END``) or hedges it (``APPROX``).  EDTF (Library of Congress, levels 0-1 plus the level-2
quarters and halves) writes the same with ``~`` for approximate, ``X`` for unspecified digits,
21-24 for seasons and ``start/end`` for intervals.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from conflict_events._errors import DateResolutionError, Problem, ValidationError
from conflict_events.model import Precision, TimeSpan

__all__ = ["Timex", "from_edtf", "from_timex", "to_edtf", "to_timex"]

_MODS = ("START", "MID", "END")
# TIMEX3 mods that bound a span on one side only; a TimeSpan is closed, so they are refused.
_OPEN_MODS = frozenset(
    {
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE",
    }
)
_SEASON_CODES = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_MONTH_TO_CODE = {v: k for k, v in _SEASON_CODES.items()}
_EDTF_SEASONS = {21: 3, 22: 6, 23: 9, 24: 12}  # spring, summer, autumn, winter
_EDTF_QUARTERS = {33: 1, 34: 4, 35: 7, 36: 10}
_EDTF_HALVES = {40: 1, 41: 7}


class Timex(NamedTuple):
    """A TIMEX3 ``value`` and its ``mod`` (None when the value says it all)."""

    value: str
    mod: str | None = None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _third(span: TimeSpan) -> int | None:
    """0 / 1 / 2 when ``span`` is the early / mid / late part of its month or year as the
    resolver builds them (days 1-10 / 11-20 / 21-end; Jan-Apr / May-Aug / Sep-Dec)."""
    s, e = span.start, span.end
    if span.precision is Precision.PART_OF_MONTH:
        for i, (lo, hi) in enumerate(((1, 10), (11, 20), (21, 31))):
            if s.day == lo and e.day == min(hi, _month_end(s.year, s.month).day):
                return i
    if span.precision is Precision.PART_OF_YEAR:
        for i, (lo, hi) in enumerate(((1, 4), (5, 8), (9, 12))):
            if (s.month, s.day) == (lo, 1) and e == _month_end(s.year, hi):
                return i
    return None


def _sub_year(span: TimeSpan) -> str | None:
    """``Qn`` / ``Hn`` when ``span`` is a calendar quarter or half of its year."""
    s, e = span.start, span.end
    if s.day != 1 or s.year != e.year or e != _month_end(e.year, e.month):
        return None
    months = e.month - s.month + 1
    if months == 3 and s.month % 3 == 1:
        return f"Q{s.month // 3 + 1}"
    if months == 6 and s.month in (1, 7):
        return f"H{s.month // 6 + 1}"
    return None


def _unrepresentable(span: TimeSpan, what: str) -> ValidationError:
    return ValidationError(
        [
            Problem(
                "$.precision",
                f"{span.start}..{span.end} ({span.precision.value}) has no {what}; "
                "use to_edtf, which writes intervals",
            )
        ],
        "TimeSpan",
    )


def to_timex(span: TimeSpan) -> Timex:
    """The TIMEX3 ``value`` and ``mod`` of ``span``.

    Spans no TIMEX3 ``DATE`` value names (an interval such as "since Wednesday") raise
    :class:`~conflict_events.ValidationError`; :func:`to_edtf` writes those.

    >>> import datetime as dt
    >>> from conflict_events import TimeSpan
    >>> to_timex(TimeSpan.of_week(dt.date(2013, 3, 13)))
    Timex(value='2013-W11', mod=None)
    >>> from conflict_events.parse import resolve_date
    >>> to_timex(resolve_date("late November", dt.date(2024, 12, 5)))
    Timex(value='2024-11', mod='END')
    """
    p, s = span.precision, span.start
    approx = "APPROX" if span.approximate else None
    if p in (Precision.DAY, Precision.PART_OF_DAY):
        return Timex(s.isoformat(), approx)
    if p is Precision.WEEK:
        year, week, _ = s.isocalendar()
        return Timex(f"{year:04d}-W{week:02d}", approx)
    if p is Precision.MONTH:
        return Timex(f"{s.year:04d}-{s.month:02d}", approx)
    if p is Precision.YEAR:
        return Timex(f"{s.year:04d}", approx)
    if p is Precision.DECADE:
        return Timex(f"{s.year // 10:03d}", approx)
    if p is Precision.CENTURY:
        return Timex(f"{s.year // 100:02d}", approx)
    if _is_season(span):
        return Timex(f"{s.year:04d}-{_SEASON_MONTH_TO_CODE[s.month]}", approx)
    third = _third(span)
    if third is not None:
        value = f"{s.year:04d}-{s.month:02d}" if p is Precision.PART_OF_MONTH else f"{s.year:04d}"
        return Timex(value, _MODS[third])
    if p is Precision.PART_OF_YEAR:
        part = _sub_year(span)
        if part:
            return Timex(f"{s.year:04d}-{part}", approx)
    raise _unrepresentable(span, "TIMEX3 DATE value")


def _is_season(span: TimeSpan) -> bool:
    """Whether ``span`` is a whole meteorological season (Mar-May, Jun-Aug, Sep-Nov, Dec-Feb)."""
    s = span.start
    return (
        span.precision is Precision.SEASON
        and s.day == 1
        and s.month in _SEASON_MONTH_TO_CODE
        and span.end == _season_end(s.year, s.month)
    )


def _season_end(year: int, month: int) -> dt.date:
    index = year * 12 + month - 1 + 2
    return _month_end(index // 12, index % 12 + 1)


_TIMEX_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T[\w:.+-]{1,20})?)?"
    r"|W(?P<w>\d{2})(?P<we>-WE)?|(?P<season>SP|SU|FA|WI)|Q(?P<q>[1-4])|H(?P<h>[12])))?"
    r"|(?P<decade>\d{3})|(?P<century>\d{2})"
)


def from_timex(value: str, mod: str | None = None) -> TimeSpan:
    """The span a TIMEX3 ``DATE`` value (with its ``mod``) denotes.

    ``START`` / ``MID`` / ``END`` take the first / middle / last third of a month (days
    1-10 / 11-20 / 21-end), year (Jan-Apr / May-Aug / Sep-Dec), ISO week (Mon-Wed / Wed-Fri /
    Fri-Sun) or decade (years 0-3 / 4-6 / 7-9); ``APPROX`` sets the approximate flag.  Values
    that name no calendar span (``PRESENT_REF``, ``XXXX-XX-XX``) and one-sided mods
    (``BEFORE``, ``ON_OR_AFTER``...) raise :class:`~conflict_events.DateResolutionError`.

    >>> s = from_timex("1998-11", "END")
    >>> s.start, s.end, s.precision.value
    (datetime.date(1998, 11, 21), datetime.date(1998, 11, 30), 'part_of_month')
    >>> from_timex("199").end
    datetime.date(1999, 12, 31)
    """
    if not isinstance(value, str):
        raise TypeError(f"value must be a str, got {type(value).__name__}")
    mod = mod.upper() if mod else None
    if mod in _OPEN_MODS:
        raise DateResolutionError(value, f"mod {mod} bounds the span on one side only")
    if mod not in (None, "APPROX", *_MODS):
        raise DateResolutionError(value, f"unknown TIMEX3 mod {mod!r}")
    m = _TIMEX_VALUE.fullmatch(value.strip())
    if m is None:
        raise DateResolutionError(value, "not a TIMEX3 date value this library reads")
    try:
        span = _timex_span(m)
    except ValueError as exc:
        raise DateResolutionError(value, f"not a real date ({exc})") from None
    approximate = mod == "APPROX"
    if mod in _MODS:
        span = _narrow(span, _MODS.index(mod), value)
    return TimeSpan(
        start=span.start, end=span.end, precision=span.precision, approximate=approximate
    )


def _timex_span(m: re.Match[str]) -> TimeSpan:
    if m.group("decade"):
        return TimeSpan.of_decade(int(m.group("decade")) * 10)
    if m.group("century"):
        first = int(m.group("century")) * 100
        if first == 0:
            raise ValueError("century 00 would include year 0")
        return TimeSpan(
            start=dt.date(first, 1, 1), end=dt.date(first + 99, 12, 31), precision=Precision.CENTURY
        )
    year = int(m.group("y"))
    if m.group("d"):
        return TimeSpan.on(dt.date(year, int(m.group("m")), int(m.group("d"))))
    if m.group("m"):
        return TimeSpan.of_month(year, int(m.group("m")))
    if m.group("w"):
        monday = dt.date.fromisocalendar(year, int(m.group("w")), 1)
        if m.group("we"):
            saturday = monday + dt.timedelta(days=5)
            return TimeSpan.between(saturday, saturday + dt.timedelta(days=1))
        return TimeSpan.of_week(monday)
    if m.group("season"):
        first = _SEASON_CODES[m.group("season")]
        return TimeSpan(
            start=dt.date(year, first, 1),
            end=_season_end(year, first),
            precision=Precision.SEASON,
        )
    if m.group("q"):
        first = (int(m.group("q")) - 1) * 3 + 1
        return _part_of_year(year, first, 3)
    if m.group("h"):
        return _part_of_year(year, 1 if m.group("h") == "1" else 7, 6)
    return TimeSpan.of_year(year)


def _part_of_year(year: int, first_month: int, months: int) -> TimeSpan:
    return TimeSpan(
        start=dt.date(year, first_month, 1),
        end=_month_end(year, first_month + months - 1),
        precision=Precision.PART_OF_YEAR,
    )


def _narrow(span: TimeSpan, third: int, value: str) -> TimeSpan:
    s, e, p = span.start, span.end, span.precision
    if p in (Precision.DAY, Precision.PART_OF_DAY):
        return TimeSpan.on(s, precision=Precision.PART_OF_DAY)
    if p is Precision.MONTH:
        lo = s.replace(day=(1, 11, 21)[third])
        hi = e if third == 2 else s.replace(day=(10, 20)[third])
        return TimeSpan(start=lo, end=hi, precision=Precision.PART_OF_MONTH)
    if p is Precision.YEAR:
        return _part_of_year(s.year, (1, 5, 9)[third], 4)
    if p is Precision.WEEK:
        lo = s + dt.timedelta(days=2 * third)
        return TimeSpan.between(lo, lo + dt.timedelta(days=2))
    if p is Precision.DECADE:
        return TimeSpan.between(
            dt.date(s.year + (0, 4, 7)[third], 1, 1), dt.date(s.year + (3, 6, 9)[third], 12, 31)
        )
    raise DateResolutionError(value, f"no {_MODS[third]} part of a {p.value} value")


# -- EDTF ------------------------------------------------------------------------------------
def _edtf_point(span: TimeSpan) -> str | None:
    """The single EDTF date that names ``span`` exactly, or None."""
    p, s = span.precision, span.start
    if p in (Precision.DAY, Precision.PART_OF_DAY):
        return s.isoformat()
    if p is Precision.MONTH:
        return f"{s.year:04d}-{s.month:02d}"
    if p is Precision.YEAR:
        return f"{s.year:04d}"
    if p is Precision.DECADE:
        return f"{s.year // 10:03d}X"
    if p is Precision.CENTURY:
        return f"{s.year // 100:02d}XX"
    if _is_season(span):
        code = {v: k for k, v in _EDTF_SEASONS.items()}[s.month]
        return f"{s.year:04d}-{code}"
    if p is Precision.PART_OF_YEAR:
        part = _sub_year(span)
        if part:
            number = int(part[1])
            code = 32 + number if part[0] == "Q" else 39 + number
            return f"{s.year:04d}-{code}"
    return None


def to_edtf(span: TimeSpan) -> str:
    """``span`` as an EDTF string: a date at the span's precision where one names it
    (``2024-11``, ``198X``, ``2016-22`` for summer 2016), else a ``start/end`` interval of
    days; ``~`` marks an approximate span.

    >>> import datetime as dt
    >>> from conflict_events import TimeSpan
    >>> to_edtf(TimeSpan.of_month(2024, 11, approximate=True))
    '2024-11~'
    >>> to_edtf(TimeSpan.between(dt.date(2024, 11, 27), dt.date(2024, 11, 29)))
    '2024-11-27/2024-11-29'
    """
    mark = "~" if span.approximate else ""
    point = _edtf_point(span)
    if point is not None:
        return point + mark
    return f"{span.start.isoformat()}{mark}/{span.end.isoformat()}{mark}"


_EDTF_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[?~%])?"
    r"|(?P<decade>\d{3})X(?P<qd>[?~%])?|(?P<century>\d{2})XX(?P<qc>[?~%])?"
)


def _edtf_date(text: str, whole: str) -> tuple[TimeSpan, bool]:
    m = _EDTF_DATE.fullmatch(text)
    if m is None:
        raise DateResolutionError(whole, "not an EDTF date this library reads")
    qualifier = m.group("q") or m.group("qd") or m.group("qc")
    approximate = qualifier in ("~", "%", "?")
    if m.group("decade"):
        return TimeSpan.of_decade(int(m.group("decade")) * 10), approximate
    if m.group("century"):
        first = int(m.group("century")) * 100
        if first == 0:
            raise DateResolutionError(whole, "century 00XX includes year 0")
        span = TimeSpan(
            start=dt.date(first, 1, 1),
            end=dt.date(first + 99, 12, 31),
            precision=Precision.CENTURY,
        )
        return span, approximate
    year = int(m.group("y"))
    if year == 0:
        raise DateResolutionError(whole, "year 0000 is outside the calendar this library uses")
    if m.group("d"):
        return TimeSpan.on(dt.date(year, int(m.group("m")), int(m.group("d")))), approximate
    if m.group("m"):
        month = int(m.group("m"))
        if month in _EDTF_SEASONS:
            first = _EDTF_SEASONS[month]
            span = TimeSpan(
                start=dt.date(year, first, 1),
                end=_season_end(year, first),
                precision=Precision.SEASON,
            )
            return span, approximate
        if month in _EDTF_QUARTERS:
            return _part_of_year(year, _EDTF_QUARTERS[month], 3), approximate
        if month in _EDTF_HALVES:
            return _part_of_year(year, _EDTF_HALVES[month], 6), approximate
        return TimeSpan.of_month(year, month), approximate
    return TimeSpan.of_year(year), approximate


def from_edtf(text: str) -> TimeSpan:
    """The span an EDTF date or closed interval denotes; ``~``, ``?`` and ``%`` set the
    approximate flag.  Open or unknown interval ends (``2024/..``) raise
    :class:`~conflict_events.DateResolutionError`.

    >>> from_edtf("198X").precision.value
    'decade'
    >>> s = from_edtf("2024-11-27/2024-12")
    >>> s.start, s.end, s.precision.value
    (datetime.date(2024, 11, 27), datetime.date(2024, 12, 31), 'interval')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    stripped = text.strip()
    if len(stripped) > 40:
        raise DateResolutionError(text, "too long to be an EDTF date")
    try:
        if "/" in stripped:
            first_text, _, last_text = stripped.partition("/")
            first, approx_first = _edtf_date(first_text, text)
            last, approx_last = _edtf_date(last_text, text)
            if first.start > last.end:
                raise DateResolutionError(text, "the interval ends before it starts")
            return TimeSpan.between(first.start, last.end, approximate=approx_first or approx_last)
        span, approximate = _edtf_date(stripped, text)
    except ValueError as exc:
        if isinstance(exc, DateResolutionError):
            raise
        raise DateResolutionError(text, f"not a real date ({exc})") from None
    return TimeSpan(
        start=span.start, end=span.end, precision=span.precision, approximate=approximate
    )
