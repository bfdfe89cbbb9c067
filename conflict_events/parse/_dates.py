"""Relative and absolute dates in news: :func:`resolve_date` and :func:`find_dates`.

The semantics are DESIGN.md section 3; ``docs/dates.md`` lists every rule and decision.  The
English news expressions go through a fast path: the text is normalised, then one compiled
alternation of rules is matched against it, and the matching rule's handler computes the span.
Only what no rule covers (absolute dates in other languages, unusual formats) goes to
dateparser, which is imported on that first use.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import Literal

import attrs
from dateutil.easter import easter

from conflict_events._errors import DateResolutionError
from conflict_events.model import Precision, TimeSpan
from conflict_events.parse._dates_vocab import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SEASONS,
    WEEKDAYS,
    alternation,
)

__all__ = ["DateMention", "find_dates", "read_in_context", "resolve_date"]

Direction = Literal["past", "future"]

# The longest text resolve_date looks at.  No date expression is longer; refusing longer
# input up front keeps every later step (and dateparser) off adversarial strings.
MAX_EXPRESSION_CHARS = 120

_DAY = dt.timedelta(days=1)
_Span = tuple[dt.date, dt.date, Precision]


class _RejectError(Exception):
    """A rule matched the words but they name no real date (e.g. "February 30")."""


# --------------------------------------------------------------------------------------------
# regex fragments (normalised text: lower case, single spaces, no dots, hyphens next to letters
# turned into spaces)
_WD = alternation(WEEKDAYS)
_MON = alternation(MONTHS)
_NUMW = alternation(NUMBER_WORDS)
_ORDW = alternation(ORDINAL_WORDS)
_NUM = rf"(?:\d{{1,3}}|{_NUMW}|a couple of|couple of|a|an)"
_DAYN = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|{_ORDW})"
_YEAR4 = r"[12]\d{3}"
_TEENS_99 = alternation(w for w, n in NUMBER_WORDS.items() if n >= 10)
_YEARW = (
    rf"(?:(?:eighteen|nineteen|twenty) (?:{_TEENS_99}|hundred|oh {alternation(w for w, n in NUMBER_WORDS.items() if n < 10)})"
    rf"|two thousand(?: and)?(?: {_NUMW})?)"
)
_YEAR = rf"(?:{_YEAR4}|{_YEARW})"
_POD = r"(?:morning|afternoon|evening|night|midday|noon|midnight|dawn|daybreak|overnight|lunchtime)"
_EDGE = (
    r"(?:early|mid|late|the beginning of|the start of|the middle of|the end of|the early part of"
    r"|the latter part of|the later part of|the first part of|the last part of|the close of)"
)
_UNIT = r"(?:day|week|month|year|decade)"
_YREL = r"(?:last|this|next)"
_MREL = r"(?:last|next|this|coming|past)"

_EDGE_PART = {
    "early": 0,
    "the beginning of": 0,
    "the start of": 0,
    "the early part of": 0,
    "the first part of": 0,
    "mid": 1,
    "the middle of": 1,
    "late": 2,
    "the end of": 2,
    "the latter part of": 2,
    "the later part of": 2,
    "the last part of": 2,
    "the close of": 2,
}


# --------------------------------------------------------------------------------------------
# small calendar helpers
def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> _Span:
    return dt.date(year, month, 1), _month_end(year, month), Precision.MONTH


def _year_span(year: int) -> _Span:
    return dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR


def _week_span(day: dt.date) -> _Span:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6), Precision.WEEK


def _decade_span(year: int) -> _Span:
    first = year - year % 10
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), Precision.DECADE


def _interval(start: dt.date, end: dt.date) -> _Span:
    if start > end:
        raise _RejectError(f"the span would end ({end}) before it starts ({start})")
    return start, end, Precision.DAY if start == end else Precision.INTERVAL


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _number(word: str) -> int:
    if word[0].isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    if word.endswith("couple of"):
        return 2
    return NUMBER_WORDS[word]


def _day_number(word: str) -> int:
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    return int(word.rstrip("stndrh"))


def _year_number(word: str) -> int:
    if word[0].isdigit():
        return int(word)
    if word.startswith("two thousand"):
        rest = word[len("two thousand") :].removeprefix(" and").strip()
        return 2000 + (NUMBER_WORDS[rest] if rest else 0)
    head, _, rest = word.partition(" ")
    century = NUMBER_WORDS[head] * 100
    if rest == "hundred":
        return century
    return century + NUMBER_WORDS[rest.removeprefix("oh ")]


def _rel_year(rel: str, anchor: dt.date) -> int:
    return anchor.year + {"last": -1, "this": 0, "next": 1}[rel]


def _part(start: dt.date, end: dt.date, third: int, prec: Precision) -> _Span:
    """The first, middle or last third of a month (days 1-10 / 11-20 / 21-end) or of a year
    (Jan-Apr / May-Aug / Sep-Dec)."""
    if prec is Precision.MONTH:
        lo = start.replace(day=(1, 11, 21)[third])
        hi = end if third == 2 else start.replace(day=(10, 20)[third])
        return lo, hi, Precision.PART_OF_MONTH
    if prec is Precision.YEAR:
        lo = dt.date(start.year, (1, 5, 9)[third], 1)
        hi = _month_end(start.year, (4, 8, 12)[third])
        return lo, hi, Precision.PART_OF_YEAR
    if prec is Precision.WEEK:  # Mon-Wed / Wed-Fri / Fri-Sun
        lo = start + dt.timedelta(days=2 * third)
        return lo, lo + dt.timedelta(days=2), Precision.INTERVAL
    if prec is Precision.DECADE:  # years 0-3 / 4-6 / 7-9
        lo_year = start.year + (0, 4, 7)[third]
        hi_year = start.year + (3, 6, 9)[third]
        return dt.date(lo_year, 1, 1), dt.date(hi_year, 12, 31), Precision.INTERVAL
    raise _RejectError(f"no early/mid/late part of a {prec.value}")


def _weekday(wd: int, anchor: dt.date, future: bool, strict: bool) -> dt.date:
    if future:
        ahead = (wd - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead or (7 if strict else 0))
    back = (anchor.weekday() - wd) % 7
    return anchor - dt.timedelta(days=back or (7 if strict else 0))


def _yearless_day(month: int, day: int, anchor: dt.date, future: bool) -> dt.date:
    """The month-day in the most recent year that puts it on or before the anchor (past), or
    the first that puts it on or after it (future); 29 February looks up to 8 years away."""
    step = 1 if future else -1
    for k in range(9):
        year = anchor.year + step * k
        if day <= calendar.monthrange(year, month)[1]:
            candidate = dt.date(year, month, day)
            if (candidate >= anchor) if future else (candidate <= anchor):
                return candidate
    raise _RejectError(f"month {month} has no day {day}")


def _yearless_month(month: int, rel: str | None, anchor: dt.date, future: bool) -> int:
    """The year of a month named without one."""
    if rel in ("this",):
        return anchor.year
    if rel in ("last", "past"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _season_span(season: str, year: int) -> _Span:
    first = SEASONS[season]
    start = dt.date(year, first, 1)
    end_year, end_month = _shift_month(year, first, 2)
    return start, _month_end(end_year, end_month), Precision.SEASON


def _yearless_season(season: str, rel: str | None, anchor: dt.date, future: bool) -> _Span:
    candidates = [_season_span(season, anchor.year + k) for k in (-2, -1, 0, 1)]
    if rel in ("last", "past"):
        return [c for c in candidates if c[1] < anchor][-1]
    if rel in ("next", "coming"):
        return next(c for c in candidates if c[0] > anchor)
    if rel == "this":
        containing = [c for c in candidates if c[0] <= anchor <= c[1]]
        return containing[0] if containing else _season_span(season, anchor.year)
    if future:
        return next(c for c in candidates if c[1] >= anchor)
    return [c for c in candidates if c[0] <= anchor][-1]


def _holiday(name: str, year: int) -> dt.date:
    if name.startswith("christmas eve"):
        return dt.date(year, 12, 24)
    if name.startswith("christmas"):
        return dt.date(year, 12, 25)
    if name in ("new year eve", "new years eve"):
        return dt.date(year, 12, 31)
    if name.startswith("new year"):
        return dt.date(year, 1, 1)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November (US)
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    sunday: dt.date = easter(year)
    offset = {"good friday": -2, "easter monday": 1}.get(name, 0)
    return sunday + dt.timedelta(days=offset)


# --------------------------------------------------------------------------------------------
# the rules: (pattern, handler).  A handler gets the match (through ``g``, which reads the
# rule's own groups), the anchor and the direction, and returns a span or raises _RejectError.
_Groups = Callable[[str], str | None]
# a handler returns None when the words fit the pattern but the rule cannot read them
_Handler = Callable[[_Groups, dt.date, bool], _Span | None]
_RULES: list[tuple[str, _Handler]] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    def register(handler: _Handler) -> _Handler:
        _RULES.append((pattern, handler))
        return handler

    return register


_DAYWORD_OFFSET = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


@_rule(
    r"(?:(?P<edge>early|late|earlier|later) )?"
    r"(?P<w>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow"
    rf"|last night)(?: (?P<pod>{_POD}))?"
)
def _dayword(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    word = g("w") or ""
    day = anchor + dt.timedelta(days=_DAYWORD_OFFSET[word])
    part = g("pod") or g("edge") in ("early", "late") or word in ("tonight", "last night")
    return day, day, Precision.PART_OF_DAY if part else Precision.DAY


@_rule(r"this (?:morning|afternoon|evening)")
def _this_part_of_day(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    return anchor, anchor, Precision.PART_OF_DAY


@_rule(
    r"(?:(?P<rel>last|next|this coming|this past|this|coming|past) )?"
    rf"(?:(?P<edge>early|late|earlier|later) )?(?P<wd>{_WD})"
    rf"(?: (?P<pod>{_POD}))?"
)
def _weekday_rule(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    wd = WEEKDAYS[g("wd") or ""]
    rel = g("rel")
    if rel in ("last", "this past", "past"):
        day = _weekday(wd, anchor, future=False, strict=True)
    elif rel in ("next", "this coming", "coming"):
        day = _weekday(wd, anchor, future=True, strict=True)
    else:
        day = _weekday(wd, anchor, future=future, strict=False)
    part = g("pod") or g("edge") in ("early", "late")
    return day, day, Precision.PART_OF_DAY if part else Precision.DAY


def _month_day(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    rel = g("wdrel")
    if rel in ("this coming", "this past"):  # "this coming Sunday, March 8" looks forward
        future = rel == "this coming"
    month = MONTHS[g("mon") or g("mon2") or ""]
    day = _day_number(g("day") or g("day2") or "")
    year_text, yrel = g("year"), g("yrel")
    if year_text or yrel:
        year = int(year_text) if year_text else _rel_year(yrel or "", anchor)
        if day > calendar.monthrange(year, month)[1]:
            raise _RejectError(f"{calendar.month_name[month]} {year} has no day {day}")
        date = dt.date(year, month, day)
    else:
        date = _yearless_day(month, day, anchor, future)
    return date, date, Precision.DAY


_rule(
    rf"(?:(?:(?P<wdrel>this coming|this past|this) )?(?P<wd>{_WD}) )?"
    rf"(?:(?P<mon>{_MON}) (?:the )?(?P<day>{_DAYN})"
    rf"|(?:the )?(?P<day2>{_DAYN}) (?:of )?(?P<mon2>{_MON}))"
    rf"(?: (?P<year>{_YEAR4})| (?P<yrel>{_YREL}) year)?"
)(_month_day)


@_rule(r"(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})")
def _iso_day(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    date = dt.date(int(g("y") or ""), int(g("m") or ""), int(g("d") or ""))
    return date, date, Precision.DAY


@_rule(r"(?P<y>\d{4})-(?P<m>\d{2})")
def _iso_month(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    return _month_span(int(g("y") or ""), int(g("m") or ""))


def _month_of(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A month named with or without a year ("March", "last March", "March 2016",
    "March last year"), or "this / last / next month"."""
    unit_rel = g("urel")
    if unit_rel:
        year, month = _shift_month(
            anchor.year, anchor.month, {"last": -1, "this": 0, "the": 0, "next": 1}[unit_rel]
        )
        return _month_span(year, month)
    month = MONTHS[g("mon") or ""]
    year_text, yrel = g("year"), g("yrel")
    if year_text:
        return _month_span(_year_number(year_text), month)
    if yrel:
        return _month_span(_rel_year(yrel, anchor), month)
    return _month_span(_yearless_month(month, g("rel"), anchor, future), month)


_MONTH_REF = (
    rf"(?:(?:(?P<rel>{_MREL}) )?(?P<mon>{_MON})(?: (?:of )?(?:(?P<year>{_YEAR})"
    rf"|(?P<yrel>{_YREL}) year))?)"
)
_rule(_MONTH_REF)(_month_of)


def _year_of(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    year_text = g("year") or g("year2")
    if year_text:
        return _year_span(_year_number(year_text))
    rel = g("yr") or ""
    offset = {"last": -1, "next": 1, "the coming": 1}
    return _year_span(anchor.year + offset.get(rel, 0))


_YEAR_REF = (
    rf"(?:(?:the year )?(?P<year>{_YEAR})"
    r"|(?P<yr>last|this|next|the current|the coming|the) year)"
)


@_rule(rf"(?:the year )?(?P<year>{_YEAR})|the (?P<year2>{_YEAR4}) period")
def _year_rule(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    return _year_of(g, anchor, future)


@_rule(rf"(?P<edge>{_EDGE}) (?:{_MONTH_REF}|(?P<urel>last|this|next|the) month)")
def _part_of_month(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    start, end, prec = _month_of(g, anchor, future)
    third = _EDGE_PART[g("edge") or ""]
    part = _part(start, end, third, prec)
    if not (g("year") or g("yrel") or g("rel") or g("urel")):
        # a bare month: the most recent such part that starts on or before the anchor (past),
        # or the first that ends on or after it (future), as for the month itself
        step = 1 if future else -1
        if (part[1] < anchor) if future else (part[0] > anchor):
            start, end, prec = _month_span(start.year + step, start.month)
            part = _part(start, end, third, prec)
    return part


@_rule(rf"(?P<edge>{_EDGE}) {_YEAR_REF}")
def _part_of_year(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    start, end, prec = _year_of(g, anchor, future)
    return _part(start, end, _EDGE_PART[g("edge") or ""], prec)


@_rule(r"(?P<edge>" + _EDGE + r") (?P<wrel>last|this|next|the) week")
def _part_of_week(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    shift = {"last": -7, "next": 7}.get(g("wrel") or "", 0)
    start, end, prec = _week_span(anchor + dt.timedelta(days=shift))
    return _part(start, end, _EDGE_PART[g("edge") or ""], prec)


@_rule(rf"(?:the )?(?:year end|end of year)(?: (?P<year>{_YEAR4}))?")
def _year_end(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """The accounting "year-end": 31 December, of the year given, else the most recent on or
    before the anchor (past) / the first on or after it (future)."""
    year = g("year")
    day = dt.date(int(year), 12, 31) if year else _yearless_day(12, 31, anchor, future)
    return day, day, Precision.DAY


@_rule(r"(?P<which>earlier|later) (?:this|in the|this current|in this) (?P<unit>week|month|year)")
def _earlier_later(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    unit = g("unit")
    if unit == "week":
        start, end, _ = _week_span(anchor)
    elif unit == "month":
        start, end, _ = _month_span(anchor.year, anchor.month)
    else:
        start, end, _ = _year_span(anchor.year)
    if g("which") == "earlier":
        return _interval(start, anchor)
    return _interval(anchor, end)


@_rule(
    r"(?P<rel>last|this|next|the current|current|the coming|coming|the past|past|the last"
    r"|the next) (?P<unit>week|month|year|decade|century)"
)
def _unit_relative(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    rel, unit = g("rel") or "", g("unit") or ""
    if rel in ("the past", "past", "the last"):
        return _interval(_add_units(anchor, unit, -1), anchor)
    if rel in ("the coming", "coming", "the next"):
        return _interval(anchor, _add_units(anchor, unit, 1))
    return _calendar_unit(unit, anchor, {"last": -1, "next": 1}.get(rel, 0))


def _add_units(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` (possibly negative) units; a month or year move keeps the day of
    the month, clamped to the target month's length (31 March - 1 month = 29 February)."""
    if unit == "hour":  # whole days: 24 hours back from any time of the anchor day
        return day + dt.timedelta(days=-(-n // 24) if n > 0 else n // 24)
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
    year, month = _shift_month(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _calendar_unit(unit: str, anchor: dt.date, shift: int) -> _Span:
    """The calendar day / ISO week / month / year / decade / century containing the anchor,
    moved by ``shift`` units."""
    if unit == "day":
        day = anchor + dt.timedelta(days=shift)
        return day, day, Precision.DAY
    if unit == "week":
        return _week_span(anchor + dt.timedelta(weeks=shift))
    if unit == "month":
        return _month_span(*_shift_month(anchor.year, anchor.month, shift))
    if unit == "year":
        return _year_span(anchor.year + shift)
    if unit == "decade":
        return _decade_span(anchor.year + 10 * shift)
    first = (anchor.year // 100 + shift) * 100
    return dt.date(first, 1, 1), dt.date(first + 99, 12, 31), Precision.CENTURY


@_rule(
    rf"(?P<n>{_NUM}) (?P<unit>{_UNIT})s? (?P<dir>ago|earlier|before|back|later|after|from now"
    rf"|hence|from today)|in (?P<n2>{_NUM}) (?P<unit2>{_UNIT})s?(?: time)?"
    rf"|(?P<unit3>{_UNIT}) (?P<dir3>ago|earlier)"
)
def _units_ago(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    n = _number(g("n") or g("n2") or "a")  # "year-ago", "month-earlier": one unit
    unit = g("unit") or g("unit2") or g("unit3") or ""
    sign = -1 if (g("dir") or g("dir3")) in ("ago", "earlier", "before", "back") else 1
    return _calendar_unit(unit, anchor, sign * n)


@_rule(
    r"(?:the )?(?P<rel>past|last|next|coming) (?P<n>" + _NUM + r") "
    r"(?P<unit>hour|day|week|month|year)s?"
)
def _past_n_units(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    unit, n = g("unit") or "", _number(g("n") or "")
    if g("rel") in ("past", "last"):
        return _interval(_add_units(anchor, unit, -n), anchor)
    return _interval(anchor, _add_units(anchor, unit, n))


@_rule(
    r"(?:the )?(?:(?P<edge>early|mid|late) )?"
    r"(?:(?P<full>\d{3}0)s|'?(?P<short>\d0)s"
    r"|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
)
def _decade(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    full = g("full")
    if full:
        first = int(full)
    else:
        words = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies")
        word = g("word")
        tens = int(g("short") or "0") if not word else 20 + 10 * words.index(word)
        if word in ("eighties", "nineties"):
            tens = 80 if word == "eighties" else 90
        # the most recent such decade that starts on or before the anchor (past), or the
        # first that ends on or after it (future)
        first = anchor.year // 100 * 100 + tens
        if future and first + 9 < anchor.year:
            first += 100
        elif not future and first > anchor.year:
            first -= 100
    span = _decade_span(first)
    edge = g("edge")
    return _part(span[0], span[1], _EDGE_PART[edge], span[2]) if edge else span


@_rule(rf"(?:the )?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDW}) century|(?P<rel>this|last) century")
def _century(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    rel = g("rel")
    if rel:
        return _calendar_unit("century", anchor, -1 if rel == "last" else 0)
    number = _day_number(g("ord") or "")
    if number < 1:
        raise _RejectError("there is no 0th century")
    first = (number - 1) * 100
    if first < 1:
        raise _RejectError("the first century starts before year 1")
    return dt.date(first, 1, 1), dt.date(first + 99, 12, 31), Precision.CENTURY


@_rule(
    r"(?:(?P<rel>last|next|this|past|coming) )?(?:the )?"
    r"(?P<season>spring|summer|autumn|fall|winter)"
    rf"(?: (?:of )?(?:(?P<year>{_YEAR})|(?P<yrel>{_YREL}) year))?"
)
def _season(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    season = g("season") or ""
    year_text, yrel = g("year"), g("yrel")
    if year_text:
        return _season_span(season, _year_number(year_text))
    if yrel:
        return _season_span(season, _rel_year(yrel, anchor))
    return _yearless_season(season, g("rel"), anchor, future)


@_rule(r"(?P<rel>the|this|last|next|past|the past|this past|this coming|coming|the coming) weekend")
def _weekend(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    rel = g("rel")
    if rel in ("last", "past", "the past", "this past"):  # ends strictly before the anchor
        saturday = _weekday(5, anchor - _DAY, future=False, strict=False)
    elif rel in ("next", "coming", "this coming", "the coming"):  # starts after the anchor
        saturday = _weekday(5, anchor, future=True, strict=True)
    elif future:  # the first that ends on or after the anchor
        saturday = _weekday(6, anchor, future=True, strict=False) - _DAY
    else:  # the most recent that starts on or before the anchor
        saturday = _weekday(5, anchor, future=False, strict=False)
    return saturday, saturday + _DAY, Precision.INTERVAL


@_rule(
    r"(?:the )?(?P<q>first|second|third|fourth|last|1st|2nd|3rd|4th) (?P<unit>quarter|half)"
    rf"(?: of)? {_YEAR_REF}|q(?P<qn>[1-4]) (?P<qyear>{_YEAR4})"
)
def _quarter(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    if g("qn"):
        year, index, months = int(g("qyear") or ""), int(g("qn") or "") - 1, 3
    else:
        year = _year_of(g, anchor, future)[0].year
        months = 3 if g("unit") == "quarter" else 6
        words = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}
        words.update({"fourth": 3, "4th": 3, "last": 12 // months - 1})
        index = words[g("q") or ""]
        if index >= 12 // months:
            raise _RejectError("a year has two halves")
    first_month = index * months + 1
    return (
        dt.date(year, first_month, 1),
        _month_end(year, first_month + months - 1),
        Precision.PART_OF_YEAR,
    )


@_rule(
    r"(?:(?P<rel>last|next|this) )?(?P<h>christmas eve|christmas day|christmas|new years eve"
    r"|new year eve|new years day|new year day|thanksgiving day|thanksgiving|easter sunday"
    rf"|easter monday|easter|good friday)(?: (?P<year>{_YEAR4}))?"
)
def _holiday_rule(g: _Groups, anchor: dt.date, future: bool) -> _Span:
    name = g("h") or ""
    if g("year"):
        day = _holiday(name, int(g("year") or ""))
        return day, day, Precision.DAY
    rel = g("rel")
    candidates = [_holiday(name, anchor.year + k) for k in (-1, 0, 1)]
    if rel == "last" or (rel is None and not future):
        day = [d for d in candidates if (d < anchor if rel else d <= anchor)][-1]
    elif rel == "next" or (rel is None and future):
        day = next(d for d in candidates if (d > anchor if rel else d >= anchor))
    else:
        day = candidates[1]
    return day, day, Precision.DAY


_WEEK_OF_PREFIX = "the week of "


_RuleEntry = tuple[tuple[str, ...], tuple[int, ...], _Handler]
_Bucket = tuple[re.Pattern[str], dict[str, _RuleEntry]]


def _renamed(index: int, pattern: str) -> str:
    """The rule's pattern with its group names prefixed ``r<index>_``, inside a group named
    ``r<index>``, so that rules can share one alternation."""
    prefix = f"r{index}_"
    renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<{prefix}\1>", pattern)
    renamed = re.sub(r"\(\?P=(\w+)\)", rf"(?P={prefix}\1)", renamed)
    return f"(?P<r{index}>{renamed})"


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None for "any".

    Read from the parsed pattern (``re._parser``); anything unexpected, including a Python
    without that module, gives None, which only makes the dispatch below try the rule more
    often, never less.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        chars, nullable = _first_of(list(_parser.parse(pattern)))
    except Exception:  # a private module: any surprise means "could start with anything"
        return None
    return None if chars is None or nullable else frozenset(chars)


def _first_of(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether the sequence can match empty)."""
    from re import _constants as c  # type: ignore[attr-defined]

    chars: set[str] = set()
    for op, av in items:
        item: set[str] | None
        if op is c.LITERAL:
            item, nullable = {chr(av)}, False  # type: ignore[arg-type]
        elif op is c.IN:
            item, nullable = set(), False
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is c.LITERAL:
                    item.add(chr(value))
                elif kind is c.RANGE:
                    item.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    item.update("0123456789")
                else:  # negation, other categories
                    item = None
                    break
        elif op is c.SUBPATTERN:
            item, nullable = _first_of(list(av[-1]))  # type: ignore[index]
        elif op is c.BRANCH:
            item, nullable = set(), False
            for branch in av[1]:  # type: ignore[index]
                sub, sub_nullable = _first_of(list(branch))
                nullable = nullable or sub_nullable
                item = None if item is None or sub is None else item | sub
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            item, nullable = _first_of(list(av[2]))  # type: ignore[index]
            nullable = nullable or av[0] == 0  # type: ignore[index]
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            item, nullable = set(), True
        else:  # any character, group references...
            return None, False
        if item is None:
            return None, False
        chars |= item
        if not nullable:
            return chars, False
    return chars, True


# Dispatch on the first character: each rule is tried only for text starting with a
# character its pattern can start with; an alternation per distinct set of rules, compiled on
# first use.
_FIRST_CHARS = [_first_chars(pattern) for pattern, _ in _RULES]
_KNOWN_FIRST = frozenset().union(*(chars for chars in _FIRST_CHARS if chars))
_BUCKETS: dict[str, _Bucket] = {}
_BUCKETS_BY_RULES: dict[tuple[int, ...], _Bucket] = {}


def _bucket(first: str) -> _Bucket:
    """The alternation of the rules text starting with ``first`` can match, and per rule (by
    the name of its outer group) the names and indices of its own groups and its handler."""
    key = first if first in _KNOWN_FIRST else ""
    found = _BUCKETS.get(key)
    if found is not None:
        return found
    rules = tuple(
        i for i, chars in enumerate(_FIRST_CHARS) if chars is None or (key and key in chars)
    )
    found = _BUCKETS_BY_RULES.get(rules)
    if found is None:
        compiled = re.compile("|".join(_renamed(i, _RULES[i][0]) for i in rules) or "(?!)")
        table: dict[str, _RuleEntry] = {}
        for i in rules:
            prefix = f"r{i}_"
            own = [
                (n[len(prefix) :], j)
                for n, j in compiled.groupindex.items()
                if n.startswith(prefix)
            ]
            # the outer group first, twice, so that m.group(*indices) always returns a tuple
            outer = compiled.groupindex[f"r{i}"]
            names = ("", "", *(n for n, _ in own))
            table[f"r{i}"] = (names, (outer, outer, *(j for _, j in own)), _RULES[i][1])
        found = _BUCKETS_BY_RULES[rules] = (compiled, table)
    _BUCKETS[key] = found
    return found


# --------------------------------------------------------------------------------------------
# normalisation
# one C-level pass folds dashes, curly apostrophes and commas
_FOLD = str.maketrans(
    {
        **dict.fromkeys(map(chr, range(0x2010, 0x2016)), "-"),
        "\u2212": "-",
        **dict.fromkeys("\u2018\u2019\u02bc`\u00b4", "'"),
        ",": " ",
        # dots go too: "Nov. 27", "a.m."; a dotted numeric date ("27.11.2024") no rule reads
        # either way, and the fallback gets the text as written
        ".": " ",
    }
)
_DECADE_APOSTROPHE = re.compile(r"(\d0)'s\b")
_POSSESSIVE = re.compile(r"'s\b")
_LETTER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])")
_OR_SO = re.compile(r" or so\b")
_EDGE_PUNCT = " \t\n\r\"'()[]{}:;!?*"
_PREFIX = re.compile(
    r"(?:(?P<hedge>on or about|on or around|about|around|approximately|approx|roughly|nearly"
    r"|almost|circa|ca|c|close to|just over|just under|more than|less than|some|an estimated"
    r"|perhaps|probably|possibly)"
    r"|(?P<filler>sometime|some time|as of|on|at|in|during|over|by|of|for|throughout|within"
    r"|much of|most of|all of|the whole of|the bulk of|part of"
    r"|(?:a|a good|a large|a big|a major|the better|the greater) part of))"
    r" "
)


def _normalise(text: str) -> tuple[str, bool]:
    """Lower case, single spaces, no dots or commas, hyphens next to letters made spaces
    ("mid-November" -> "mid november"), possessives dropped, and whether "or so" hedged it."""
    s = text.lower().translate(_FOLD)
    # each substitution runs only when its character is present: most expressions need none
    if "'" in s:
        s = _POSSESSIVE.sub("", _DECADE_APOSTROPHE.sub(r"\1s", s))
    if "-" in s:
        s = _LETTER_HYPHEN.sub(" ", s)
    s = " ".join(s.split()).strip(_EDGE_PUNCT)
    if " or so" in s:
        return _OR_SO.sub("", s), True
    return s, False


# --------------------------------------------------------------------------------------------
# resolution of normalised text
# "fiscal 1989", "fiscal year 1989", "FY 1989", "the current fiscal year": the calendar year
# stands in for the fiscal year (whose months depend on the organisation), marked approximate
_FISCAL = re.compile(r"\bfiscal (?:year )?|\bfy ?(?=\d{4}\b)")
# spans open at one end, which a TimeSpan cannot hold ("1994 or later", "post-1959")
_OPEN_ENDED = re.compile(
    r"(?:after|before|post|pre|prior to) "
    r"|.*(?: or (?:later|earlier|after|before|beyond)| and (?:beyond|later|after|onwards?)"
    r"| onwards?)$"
)
# "the day before last Tuesday", "the day after Christmas"
_DAY_SHIFT = re.compile(r"(?:the )?day (?P<way>before|after) ")
# words that make an expression relative or anaphoric: the fast path reads the relative
# English there is; what it refused, dateparser's absolute parsers could only misread
_RELATIVE_WORD = re.compile(
    r"\b(?:ago|previous|following|preceding|next|last|this|that|these|those|then|same"
    r"|earlier|later|since|beyond|period|fiscal|days?|weeks?|months?|years?|decades?"
    r"|century|centuries|past|coming|current)\b"
)
_RANGE_PREFIX = re.compile(r"(?P<kind>between|from) ")
_RANGE_SEPARATOR = re.compile(r" (?:and|to|until|till|through|thru) | ?- ?")
_ABSOLUTE_CUE = re.compile(rf"\d|\b(?:{_MON}|{_WD})\b")
_BARE_DAY = re.compile(rf"(?:the )?{_DAYN}")
_CONTEXTUAL = re.compile(
    rf"(?:{_WD} )?(?:{_MON} (?:the )?{_DAYN}|(?:the )?{_DAYN} (?:of )?{_MON})|{_WD}|{_MON}"
    rf"|{_MON} (?:the )?{_DAYN} ?- ?{_DAYN}|{_DAYN} ?- ?{_DAYN} (?:of )?{_MON}"
)


# --------------------------------------------------------------------------------------------
# anaphora: expressions that count from a time the text named before ("that year", "the
# following day", "the previous Friday", "two days later"), not from the publication date
_ANAPHORA = re.compile(
    r"(?:(?P<edge>early|earlier|late|later|mid) (?:in )?)?(?P<that>that|the same|the|the full)"
    r" (?P<unit>day|week|month|year)"
    r"|the (?P<step>following|next|previous|preceding|prior|subsequent)"
    rf" (?P<unit2>day|{_POD}|week|month|year)"
    rf"|the (?P<wstep>following|previous|preceding|prior) (?P<wd>{_WD})"
    rf"|(?P<n>{_NUM}) (?P<unit3>day|week|month|year)s? (?P<way>earlier|later|before|after)"
    r"|(?P<then>then)"
)
_ANAPHORA_FIRST = frozenset(("early", "earlier", "late", "later", "mid", "that", "the", "then"))
_ANAPHORA_LAST = (" later", " after")
# "the next week / month / year" count from the anchor ("the coming week"), as DESIGN.md has it
_DEICTIC_NEXT = frozenset(("week", "month", "year"))
_UNIT_SPAN: dict[str, Callable[[dt.date], _Span]] = {
    "day": lambda d: (d, d, Precision.DAY),
    "week": _week_span,
    "month": lambda d: _month_span(d.year, d.month),
    "year": lambda d: _year_span(d.year),
}


def _reference_points(ref: _Span, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """The day a backward step counts from and the day a forward step counts from.  A span
    that runs up to the anchor ("since 2016", "the past week") offers its start for both:
    what the text named is where it began."""
    start, end, precision = ref
    if end == anchor and start < end and precision is Precision.INTERVAL:
        return start, start
    return start, end


def _anaphoric(s: str, ref: _Span, anchor: dt.date, future: bool) -> _Span | None:
    """The span of anaphoric ``s`` counted from ``ref``; None when ``s`` is not anaphoric or
    ``ref`` is too coarse for it ("that day" after "in 2016")."""
    if s.split(" ", 1)[0] not in _ANAPHORA_FIRST and not s.endswith(_ANAPHORA_LAST):
        return None  # most expressions: no regex run
    m = _ANAPHORA.fullmatch(s)
    if m is None:
        return None
    back, forward = _reference_points(ref, anchor)
    if m["then"]:
        return ref
    if m["unit"]:
        unit, edge = m["unit"], m["edge"]
        if m["that"] in ("the", "the full") and (edge is None or unit != "day"):
            # "for the full year", "a high for the year": wire and business copy mean the
            # current one; "earlier in the year" is the deictic rule's
            return _UNIT_SPAN[unit](anchor) if edge is None else None
        whole = _UNIT_SPAN[unit](back)
        if back != forward and not (whole[0] <= ref[0] and ref[1] <= whole[1]):
            return None  # the reference is coarser than the unit or runs past it
        if edge is None:
            return whole
        if unit == "day":
            return back, back, Precision.PART_OF_DAY
        if edge == "earlier":  # "earlier that year": from the unit's start to the reference
            return whole if back == whole[0] else _interval(whole[0], back - _DAY)
        if edge == "later":
            return whole if forward == whole[1] else _interval(forward + _DAY, whole[1])
        third = {"early": 0, "mid": 1, "late": 2}.get(edge)
        return whole if third is None else _part(whole[0], whole[1], third, whole[2])
    if m["step"]:
        unit, sign = m["unit2"], -1 if m["step"] in ("previous", "preceding", "prior") else 1
        if m["step"] == "next" and unit in _DEICTIC_NEXT:
            return None
        if unit not in _UNIT_SPAN:  # "the next morning": the day after, part of the day
            day = forward + _DAY if sign > 0 else back - _DAY
            return day, day, Precision.PART_OF_DAY
        return _calendar_unit(unit, forward if sign > 0 else back, sign)
    if m["wstep"]:
        wd = WEEKDAYS[m["wd"]]
        if m["wstep"] == "following":
            day = _weekday(wd, forward, future=True, strict=True)
        else:
            day = _weekday(wd, back, future=False, strict=True)
        return day, day, Precision.DAY
    if m["way"] in ("earlier", "before"):
        # "a year earlier" in news is the year-ago comparison, counted from the publication
        # date (the deictic rule); a narrative steps forward: "two days later"
        return None
    return _calendar_unit(m["unit3"], forward, _number(m["n"]))


def _week_of(g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """ "the week of March 6": the ISO week containing the day."""
    inner = _resolve_core(g("rest") or "", anchor, future)
    if inner is not None and inner[2] in (Precision.DAY, Precision.PART_OF_DAY):
        return _week_span(inner[0])
    return None


def _day_shift(g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """ "the day before last Tuesday": a day on either side of a day."""
    inner = _resolve_core(g("rest") or "", anchor, future)
    if inner is None or inner[2] not in (Precision.DAY, Precision.PART_OF_DAY):
        return None
    day = inner[0] + (_DAY if g("way") == "after" else -_DAY)
    return day, day, Precision.DAY


# find_dates reads each expression twice in a row (past and future): the last result is kept
# for the second reading (one entry, so a stream of new texts gains as much as one text)
@functools.lru_cache(maxsize=1)
def _parse(s: str) -> tuple[_Handler, _Groups] | None:
    """The rule that reads the normalised ``s`` and its groups, or None (a handler only reads
    the groups, so the same result may serve again)."""
    pattern, table = _BUCKETS.get(s[0]) or _bucket(s[0])
    m = pattern.fullmatch(s)
    if m is None:
        return None
    names, indices, handler = table[m.lastgroup]  # type: ignore[index]
    # the rule's own groups by name; .get gives None for groups a shared helper reads but this
    # rule lacks
    return handler, dict(zip(names, m.group(*indices), strict=True)).get


def _keyword_phrases() -> list[str]:
    """The commonest news date expressions (normalised), parsed once into _KEYWORDS."""
    days = [w for w in WEEKDAYS if len(w) > 4]
    units = ("week", "month", "year", "weekend", "decade", "century")
    parts_of_day = ("morning", "afternoon", "evening", "night")
    phrases = [*_DAYWORD_OFFSET, *MONTHS, *days]
    phrases += [
        f"{word} {part}" for word in ("yesterday", "today", "tomorrow") for part in parts_of_day
    ]
    phrases += [f"{rel} {day}" for rel in ("last", "next", "this") for day in days]
    phrases += [f"{day} {part}" for day in days for part in parts_of_day]
    phrases += [f"{rel} {month}" for rel in ("last", "next", "this") for month in MONTHS]
    phrases += [
        f"{rel} {unit}"
        for rel in ("last", "this", "next", "the past", "the coming")
        for unit in units
    ]
    phrases += [
        f"{when} {rel} {unit}"
        for when in ("earlier", "later")
        for rel in ("this", "in the")
        for unit in units[:3]
    ]
    phrases += ["the weekend", "this morning", "this afternoon", "this evening"]
    return phrases


# exact normalised text -> (handler, groups): the commonest expressions skip the regexes
_KEYWORDS: dict[str, tuple[_Handler, _Groups]] = {}


def _match_rule(s: str, anchor: dt.date, future: bool) -> _Span | None:
    if not s:
        return None
    parsed = _KEYWORDS.get(s)
    if parsed is None:
        if len(s) == 4 and s.isdigit() and s[0] in "12":  # a year, the commonest form
            parsed = _year_rule, {"year": s}.get
        else:
            if not _KEYWORDS:  # filled on first use, which keeps importing the module cheap
                for phrase in _keyword_phrases():
                    found = _parse(phrase)
                    if found is not None:
                        _KEYWORDS[phrase] = found
            parsed = _parse(s)
        if parsed is None:
            if s.startswith(_WEEK_OF_PREFIX):
                parsed = _week_of, {"rest": s[len(_WEEK_OF_PREFIX) :]}.get
            else:
                return None
    handler, groups = parsed
    try:
        return handler(groups, anchor, future)
    except (ValueError, OverflowError, IndexError, StopIteration) as exc:
        # an impossible calendar date (day 31 of a 30-day month, year 0, year 10000)
        raise _RejectError(str(exc)) from None


def _resolve_range(s: str, anchor: dt.date, future: bool) -> _Span | None:
    prefix = _RANGE_PREFIX.match(s)
    body = s[prefix.end() :] if prefix else s
    for sep in _RANGE_SEPARATOR.finditer(body):
        word = sep.group().strip()
        if prefix and (word == "and") != (prefix.group("kind") == "between"):
            continue
        if not prefix and word == "and":
            continue
        left, right = body[: sep.start()], body[sep.end() :]
        try:
            span = _range_of_latest(left, right, anchor, future)
        except _RejectError:
            continue
        if span is not None:
            return span
    return None


def _range_of(left: str, right: str, anchor: dt.date, future: bool) -> _Span | None:
    if _BARE_DAY.fullmatch(right):  # "November 27-29": the right end takes the left's month
        first = _resolve_core(left, anchor, future)
        if first is None or first[2] is not Precision.DAY:
            return None
        last = first[0].replace(day=_day_number(right.removeprefix("the ")))
        return _interval(first[0], last)
    last_span = _resolve_core(right, anchor, future)
    if last_span is None:
        return None
    end = last_span[1]
    if _BARE_DAY.fullmatch(left):  # "27 to 29 November": the left end takes the right's month
        if last_span[2] is not Precision.DAY:
            return None
        return _interval(end.replace(day=_day_number(left.removeprefix("the "))), end)
    if _CONTEXTUAL.fullmatch(left):  # "from Monday to Wednesday": count back from the end
        first_span = _resolve_core(left, end, False)
    else:
        first_span = _resolve_core(left, anchor, future)
    if first_span is None:
        return None
    return _interval(first_span[0], end)


def _range_of_latest(left: str, right: str, anchor: dt.date, future: bool) -> _Span | None:
    """A range, in the past direction the most recent one that starts on or before the anchor
    ("from 27 to 29 November" read on 28 November is this year's), not the most recent whose
    end is."""
    span = _range_of(left, right, anchor, future)
    if future or span is None or not (_CONTEXTUAL.fullmatch(right) or _BARE_DAY.fullmatch(right)):
        return span
    try:
        later = _range_of(left, right, anchor, True)
    except _RejectError:
        return span
    return later if later is not None and later[0] <= anchor else span


def _resolve_core(s: str, anchor: dt.date, future: bool, ref: _Span | None = None) -> _Span | None:
    """The span of normalised ``s``, or None if no rule reads it; raises _RejectError for words
    that a rule reads but that name no real date.  With ``ref`` (the time the text named last),
    anaphoric expressions count from it."""
    while True:
        if ref is not None:
            try:
                span = _anaphoric(s, ref, anchor, future)
            except (ValueError, OverflowError) as exc:  # a step past year 9999 or before 1
                raise _RejectError(str(exc)) from None
            if span is not None:
                return span
        span = _match_rule(s, anchor, future)
        if span is not None:
            return span
        if s.startswith("since "):
            since = _resolve_core(s[6:], anchor, False, ref)
            return None if since is None else _interval(since[0], anchor)
        shift = _DAY_SHIFT.match(s)
        if shift is not None:
            try:
                return _day_shift(
                    {"rest": s[shift.end() :], "way": shift["way"]}.get, anchor, future
                )
            except OverflowError as exc:  # the day after 31 December 9999
                raise _RejectError(str(exc)) from None
        ranged = _resolve_range(s, anchor, future)
        if ranged is not None:
            return ranged
        prefix = _PREFIX.match(s)
        if prefix is None:
            return None
        s = s[prefix.end() :]


# the letters a hedge or a filler before one can start with
_HEDGE_INITIALS = _first_chars(_PREFIX.pattern) or frozenset(map(chr, range(0x110000)))


def _strip_prefixes(s: str) -> str:
    while (prefix := _PREFIX.match(s)) is not None:
        s = s[prefix.end() :]
    return s


def _hedged(s: str) -> bool:
    while True:
        prefix = _PREFIX.match(s)
        if prefix is None:
            return False
        if prefix.group("hedge"):
            return True
        s = s[prefix.end() :]


# --------------------------------------------------------------------------------------------
# public API
def _check_args(text: object, anchor: object, direction: object) -> bool:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not isinstance(anchor, dt.date) or isinstance(anchor, dt.datetime):
        raise TypeError(f"anchor must be a datetime.date, got {type(anchor).__name__}")
    if direction not in (None, "past", "future"):
        raise ValueError(f"direction must be 'past' or 'future', got {direction!r}")
    return direction == "future"


def resolve_date(
    text: str,
    anchor: dt.date,
    *,
    direction: Direction | None = None,
    reference: TimeSpan | None = None,
    languages: Sequence[str] | None = None,
) -> TimeSpan:
    """The span of days that ``text`` means, read relative to ``anchor`` (the publication date).

    ``direction`` is ``"past"`` (the default: news reports what happened) or ``"future"``
    (for "will ...", "is expected to ..."); it decides which Thursday "Thursday" is.
    ``reference`` is the time the text named last, which anaphoric expressions count from
    ("that year", "the following day", "the previous Friday", "two days later", "then");
    without it those raise, as nothing says which year "that year" is, except "N days later /
    earlier", which then count from the anchor.  :func:`find_dates` passes each mention the one
    before it.
    ``languages`` (dateparser codes, e.g. ``["fr"]``) pins the languages tried for text the
    English fast path does not read; without it dateparser detects the language.

    Raises :class:`~conflict_events.DateResolutionError`, quoting ``text``, when the text is
    not a date; never guesses and never fills missing parts in from the anchor.

    >>> import datetime as dt
    >>> wed = dt.date(2024, 11, 27)
    >>> span = resolve_date("on Thursday", wed)
    >>> span.start, span.precision.value
    (datetime.date(2024, 11, 21), 'day')
    >>> resolve_date("Thursday", wed, direction="future").start
    datetime.date(2024, 11, 28)
    >>> s = resolve_date("late 2016", wed)
    >>> s.start, s.end, s.precision.value
    (datetime.date(2016, 9, 1), datetime.date(2016, 12, 31), 'part_of_year')
    >>> fell = resolve_date("May 22, 1995", wed)
    >>> resolve_date("the following year", wed, reference=fell).start
    datetime.date(1996, 1, 1)
    >>> resolve_date("the 45th of Octember", wed)
    Traceback (most recent call last):
    ...
    conflict_events.DateResolutionError: not a date expression: 'the 45th of Octember'
    ...
    """
    future = _check_args(text, anchor, direction)
    langs = tuple(languages) if languages else None
    ref = _reference_span(reference)
    result = _resolve_cached(text, anchor, future, langs, ref)
    if isinstance(result, str):
        raise DateResolutionError(text, result)
    return result


def _reference_span(reference: object) -> _Span | None:
    if reference is None:
        return None
    if not isinstance(reference, TimeSpan):
        raise TypeError(f"reference must be a TimeSpan, got {type(reference).__name__}")
    return reference.start, reference.end, reference.precision


def _fast(
    text: str, anchor: dt.date, future: bool, ref: _Span | None = None
) -> tuple[str, tuple[_Span, bool] | str | None]:
    """The normalised text, and what the fast path makes of it: the span and whether it is
    approximate; a reason (str) when the text is certainly not a date; None when no rule reads
    it."""
    normalised = _normalised(text)
    if isinstance(normalised, str):
        return "", normalised
    s, approximate = normalised
    try:
        span = _resolve_core(s, anchor, future, ref)
    except _RejectError as exc:
        return s, f"not a real date ({exc})"
    if span is None:
        if _OPEN_ENDED.match(s):
            return s, "open-ended (a span needs both ends)"
        if _ANAPHORA.fullmatch(_strip_prefixes(s)):
            if ref is None:
                return s, "refers back to a time named earlier; give that time as the reference"
            return s, "refers back to a time the reference is too coarse for"
        return s, None
    return s, (span, approximate or _hedge_of(s))


def _normalised(text: str) -> tuple[str, bool] | str:
    """``text`` normalised for the rules (fiscal words dropped) and whether that made it
    approximate; or the reason it cannot be a date."""
    if len(text) > MAX_EXPRESSION_CHARS:
        return f"too long to be a date expression (over {MAX_EXPRESSION_CHARS} characters)"
    s, approximate = _normalise(text)
    if not s:
        return "not a date expression"
    if "f" in s and ("fiscal" in s or "fy" in s):
        fiscal = _FISCAL.sub("", s)
        approximate = approximate or fiscal != s
        s = fiscal
    return s, approximate


def _hedge_of(s: str) -> bool:
    """Whether normalised ``s`` opens with a hedge ("about", "around"); most expressions
    have no leading word that could be one."""
    return s[0] in _HEDGE_INITIALS and _hedged(s)


def _fast_found(
    s: str, approximate: bool, anchor: dt.date, future: bool, ref: _Span | None
) -> tuple[_Span, bool] | None:
    """What :func:`_fast` finds in the normalised ``s`` when it is a span; None otherwise (the
    reason is not worked out)."""
    try:
        span = _resolve_core(s, anchor, future, ref)
    except _RejectError:
        return None
    if span is None:
        return None
    return span, approximate or _hedge_of(s)


def _span_of(text: str, anchor: dt.date, found: tuple[_Span, bool]) -> TimeSpan:
    (start, end, precision), approximate = found
    return TimeSpan(
        start=start,
        end=end,
        precision=precision,
        approximate=approximate,
        expression=text,
        anchor=anchor,
    )


def _resolve_uncached(
    text: str,
    anchor: dt.date,
    future: bool,
    languages: tuple[str, ...] | None,
    ref: _Span | None = None,
) -> TimeSpan | str:
    """The span of ``text``, or the reason it is not a date."""
    s, found = _fast(text, anchor, future, ref)
    if isinstance(found, tuple):
        return _span_of(text, anchor, found)
    if isinstance(found, str):
        return found

    # An English absolute date has a digit or a month or weekday name, and no word that makes
    # it relative; with the language pinned to English and no such date, dateparser has
    # nothing to find.
    def english_ok() -> bool:
        return _ABSOLUTE_CUE.search(s) is not None and _RELATIVE_WORD.search(s) is None

    if languages == ("en",) and not english_ok():
        return "not a date expression"
    from conflict_events.parse._dates_fallback import fallback_span

    span = fallback_span(text.strip(), anchor, future, languages, english_ok)
    if span is None:
        return "not a date expression"
    return _span_of(text, anchor, (span, False))


# Results by (text, anchor, direction, languages), refusals included: an article's dates
# share one anchor and repeat ("Friday" several times), and a refusal is as deterministic as
# a span.
_resolve_cached = functools.lru_cache(maxsize=8192)(_resolve_uncached)


def _resolve_fast(
    text: str, anchor: dt.date, future: bool, ref: _Span | None = None
) -> TimeSpan | None:
    """The fast path alone: the span, or None where it reads none (find_dates never calls
    dateparser)."""
    found = _fast(text, anchor, future, ref)[1]
    return _span_of(text, anchor, found) if isinstance(found, tuple) else None


@attrs.frozen(kw_only=True)
class DateMention:
    """A date expression found in running text: the words as written, where they are
    (``text[start_char:end_char]``), the direction it was read in (the sentence's tense; for
    words the direction does not change, the side of the anchor the span lies on), and the
    span."""

    text: str
    start_char: int
    end_char: int
    direction: Direction
    when: TimeSpan


def find_dates(text: str, anchor: dt.date) -> list[DateMention]:
    """Every date expression in ``text``, in order, each resolved relative to ``anchor``.

    The tense of the verb group nearest each mention in its clause chooses its direction
    ("will", "is expected to", "scheduled" look forward; "said", "was", "-ed" verbs back); a
    month named without a year whose reading falls outside the anchor's year while the other
    reading falls inside it, nearer the anchor, takes the other reading (docs/dates.md).

    >>> import datetime as dt
    >>> found = find_dates(
    ...     "Rebels entered the city on Thursday and talks will resume next Monday.",
    ...     dt.date(2024, 11, 30),
    ... )
    >>> [(m.text, m.when.start.isoformat(), m.direction) for m in found]
    [('Thursday', '2024-11-28', 'past'), ('next Monday', '2024-12-02', 'future')]
    """
    from conflict_events.parse._dates_find import ScannerSearch, SentenceStops

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    _check_args("", anchor, None)
    mentions: list[DateMention] = []
    scanner = ScannerSearch(text)
    sentences = SentenceStops(text)

    def direction_of(text: str, start: int, end: int) -> Direction:
        return sentences.direction(start, end)

    position = 0
    # the time the text named last, which "that year" or "the next morning" counts from; before
    # any, the publication day
    reference: _Span = (anchor, anchor, Precision.DAY)
    while True:
        m = scanner.search(position)
        if m is None:
            break
        group = "core" if m.group("core") is not None else "year"
        start, end = m.span(group)
        direction, span = _read_with(text, start, end, anchor, reference, direction_of)
        if span is None:  # words shaped like a date that name none; look again inside them
            position = m.start() + 1
            continue
        reference = span.start, span.end, span.precision
        mentions.append(
            DateMention(
                text=text[start:end],
                start_char=start,
                end_char=end,
                direction=direction,
                when=span,
            )
        )
        position = end
    return mentions


# How near the anchor the reading in the anchor's year must be for the year-style check to take
# it: about a quarter.  Further away, a yearless date is as likely the one the tense gave.
_NEAR_DAYS = 92
_NAMES_MONTH = re.compile(rf"(?i:\b(?:{_MON})\b)")


def read_in_context(
    text: str, start: int, end: int, anchor: dt.date, reference: TimeSpan | None = None
) -> tuple[Direction, TimeSpan | None]:
    """The direction of the date ``text[start:end]`` and its span (fast path only; None when
    the fast path does not read it), as :func:`find_dates` chooses them.

    The tense of the sentence gives the direction
    (:func:`~conflict_events.parse._dates_find.direction_at`).  Then the year-style check:
    news style gives the year of a date outside the current year, so when the expression names
    a month but no year, its reading in that direction lies outside the anchor's calendar
    year, and the reading in the other direction lies inside it and nearer the anchor, the
    other reading is taken.  ``reference`` is as for :func:`resolve_date`.

    >>> import datetime as dt
    >>> t = "The court set a hearing for Jan. 14."
    >>> direction, span = read_in_context(t, 28, 35, dt.date(2025, 1, 6))
    >>> direction, span.start.isoformat()
    ('future', '2025-01-14')
    """
    return _read_in_context(text, start, end, anchor, _reference_span(reference))


def _read_in_context(
    text: str, start: int, end: int, anchor: dt.date, ref: _Span | None
) -> tuple[Direction, TimeSpan | None]:
    from conflict_events.parse._dates_find import direction_at

    return _read_with(text, start, end, anchor, ref, direction_at)


def _read_with(
    text: str,
    start: int,
    end: int,
    anchor: dt.date,
    ref: _Span | None,
    direction_of: Callable[[str, int, int], Direction],
) -> tuple[Direction, TimeSpan | None]:
    """:func:`read_in_context` with the tense read by ``direction_of`` (``direction_at``, or
    the same for one text with its sentence stops found once).

    The expression is normalised once and both readings are compared as plain spans: a
    TimeSpan's equality is that of its fields, and the two readings share their expression
    and anchor, so ``past == future`` as TimeSpans exactly when the plain spans (with the
    approximate flags) are equal.  Only the reading returned becomes a TimeSpan."""
    expression = text[start:end]
    normalised = _normalised(expression)
    if isinstance(normalised, str):
        return direction_of(text, start, end), None
    s, approximate = normalised
    past = _fast_found(s, approximate, anchor, False, ref)
    future = _fast_found(s, approximate, anchor, True, ref)
    if past is not None and past == future:
        # Words whose reading the direction does not change: a span before the anchor or
        # running up to it ("2016", "last week", "since Monday") is past, one after it
        # ("next month") future, and the tense is not needed; one that covers the anchor or
        # starts on it ("today", "the weekend" on a Saturday) takes the tense.
        (first, last, _), _ = past
        if last < anchor or (last == anchor and first < anchor):
            return "past", _span_of(expression, anchor, past)
        if first > anchor:
            return "future", _span_of(expression, anchor, past)
    direction: Direction = direction_of(text, start, end)
    found, other = (future, past) if direction == "future" else (past, future)
    if (
        found is not None
        and other is not None
        and _NAMES_MONTH.search(expression)
        and _prefer_other(found[0], other[0], anchor)
    ):
        return ("past" if direction == "future" else "future"), _span_of(expression, anchor, other)
    return direction, None if found is None else _span_of(expression, anchor, found)


def _prefer_other(span: _Span, other: _Span, anchor: dt.date) -> bool:
    def in_year(s: _Span) -> bool:
        return s[0].year == anchor.year == s[1].year

    def distance(s: _Span) -> int:
        if s[0] > anchor:
            return (s[0] - anchor).days
        return max(0, (anchor - s[1]).days)

    near = distance(other)
    return not in_year(span) and in_year(other) and near <= _NEAR_DAYS and near < distance(span)
