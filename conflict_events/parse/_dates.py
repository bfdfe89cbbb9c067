"""Relative and absolute dates in news: :func:`resolve_date` and :func:`find_dates`.

The semantics are in docs/design.md#dates; ``docs/dates.md`` lists every rule and decision.  The
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
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, NamedTuple, cast

import attrs

from conflict_events._errors import DateResolutionError
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import Precision, TimeSpan
from conflict_events.model._time import month_length, resolved_span, trusted_span
from conflict_events.parse._args import as_date, as_text
from conflict_events.parse._dates_numeric import NUMERIC_DATE, day_first_of, numeric_reading
from conflict_events.parse._dates_vocab import (
    DateWords,
    alternation,
    date_words,
    known_words,
    trie_alternation,
)
from conflict_events.text._accel import compiled, end_words, first_chars, literal_prefixes

__all__ = ["DateMention", "find_dates", "read_in_context", "resolve_date"]

Direction = Literal["past", "future"]

# The longest text resolve_date looks at.  No date expression is longer; refusing longer
# input up front keeps every later step (and dateparser) off adversarial strings.
MAX_EXPRESSION_CHARS = 120

_DAY = dt.timedelta(days=1)
# one to seven days, the steps between weekdays
_DAYS = tuple(dt.timedelta(days=n) for n in range(8))


class _Deltas(dict[int, dt.timedelta]):
    """``timedelta(n)`` by ``n`` days: made once for the steps the handlers commonly take
    (building one parses its arguments in C, several times the cost of this look-up),
    made on each call for any other."""

    __slots__ = ()

    def __missing__(self, n: int) -> dt.timedelta:
        return dt.timedelta(n)


# up to a year of days either way, which covers day offsets, weeks and parts of weeks
_DELTA = _Deltas({n: dt.timedelta(n) for n in range(-400, 401)})
_Span = tuple[dt.date, dt.date, Precision]
# The precisions the calendar helpers give, read once: on Python 3.11 each ``Precision.X``
# goes through the enum metaclass's ``__getattr__`` hook, many times the cost of a global.
_AT_DAY, _AT_PART_OF_DAY, _AT_INTERVAL = Precision.DAY, Precision.PART_OF_DAY, Precision.INTERVAL
_AT_WEEK, _AT_MONTH, _AT_YEAR, _AT_DECADE = (
    Precision.WEEK,
    Precision.MONTH,
    Precision.YEAR,
    Precision.DECADE,
)
_AT_PART_OF_MONTH, _AT_PART_OF_YEAR = Precision.PART_OF_MONTH, Precision.PART_OF_YEAR
_AT_SEASON, _AT_CENTURY = Precision.SEASON, Precision.CENTURY


class _RejectError(Exception):
    """A rule matched the words but they name no real date (e.g. "February 30")."""


# what a handler raises for words that name no real date: its own _RejectError, and an
# impossible calendar date (day 31 of a 30-day month, year 0, year 10000), which
# _resolve_core turns into one
_REJECTED = (_RejectError, ValueError, OverflowError, IndexError, StopIteration)


# --------------------------------------------------------------------------------------------
# regex fragments of one lexicon's words (normalised text: lower case, single spaces, no dots,
# hyphens next to letters turned into spaces)
@attrs.frozen(kw_only=True)
class _Fragments:
    wd: str
    mon: str
    numw: str
    ordw: str
    num: str
    dayn: str
    year4: str
    year: str
    pod: str
    # before a day: a part of day ("before dawn on", "the early hours of"), an edge ("late",
    # "later") and the link word an edge may take ("late on")
    pod_lead: str
    day_edge: str
    pod_link: str
    edge: str
    unit: str
    # the units of a window up to the anchor or from it ("the past three days")
    window_unit: str
    yrel: str
    mrel: str
    month_ref: str
    year_ref: str
    dayword: str
    this_pod: str
    season: str
    holiday: str
    decade_word: str
    ago: str
    hence: str
    # the unit words (every inflected form: dates.unit_keys)
    unitw: str
    # "of" between a day, a month and a year ("27 de noviembre"): "(?:of )?" in English
    of_opt: str
    # before a year after a month ("de 2024"), after the year ("2024 года"), a second
    # spelling of the month after a slash ("نيسان/أبريل"): empty in English
    of_year: str
    year_tail: str
    mon_tail: str
    # the alternation of each dates.toml ``grammar`` entry (None where the language has none)
    gx: dict[str, str | None]
    # the first words of weekday names of several words (read after a lead word only)
    short_weekdays: tuple[str, ...]
    # the proclitics written joined to the next word (Arabic "و", "ب"), as an alternation ("" for
    # none): skipped before a date as a filler is
    proclitic: str
    # English's own rules: the alternation of each relative table (date_grammar.toml
    # ``relatives``: "last" before a weekday, a unit...) and of each word slot (``rules``);
    # "(?!)" for a lexicon without the words (every other language: its constructions are its
    # ``grammar`` entries, ``gx``); and the words of each slot
    rel: Mapping[str, str]
    rw: Mapping[str, str]
    slot_words: Mapping[str, tuple[str, ...]]
    # relative word -> its step, per relative table; and the numbered slots of ``rules`` (the
    # quarters, the day shift's way), word -> number
    steps: Mapping[str, Mapping[str, int]]
    numbered: Mapping[str, Mapping[str, int]]
    # unit word of the rules -> the grammar's unit ("week")
    units: Mapping[str, str]


def _fragments(w: DateWords) -> _Fragments:
    lex = w.lexicon
    steps = {key: _table_of(lex, f"{_RELATIVES}.{key}") for key in _mapping(lex, _RELATIVES)}
    rules = _mapping(lex, _RULE_WORDS)
    numbered = {
        k: _table_of(lex, f"{_RULE_WORDS}.{k}") for k, v in rules.items() if _is_numbered(v)
    }
    # the slots of words of [rules]
    slots: dict[str, tuple[str, ...]] = {
        k: tuple(str(word).lower() for word in cast("Iterable[str]", v))
        for k, v in rules.items()
        if not _is_table(v)
    }
    units = {str(k).lower(): str(v) for k, v in _mapping(lex, f"{_RULE_WORDS}.units").items()}
    rel = _Alternations((key, _any_of(table)) for key, table in steps.items())
    rw = _Alternations((key, _any_of(words)) for key, words in slots.items())
    rw |= {key: _any_of(table) for key, table in numbered.items()}
    the, year_word = rw["article"], rw["year"]
    numw = trie_alternation(w.numbers)
    ordw = trie_alternation(w.ordinals)
    year4 = r"[12]\d{3}"
    teens_99 = trie_alternation(word for word, n in w.numbers.items() if n >= 10)
    units_9 = trie_alternation(word for word, n in w.numbers.items() if n < 10)
    yearw = (
        rf"(?:{trie_alternation(w.year_centuries)} (?:{teens_99}|{w.year_hundred}|{w.year_oh} {units_9})"
        rf"|{w.year_two_thousand}(?: and)?(?: {numw})?)"
    )
    year = rf"(?:{year4}|{yearw})"
    mon = trie_alternation(w.months)
    # "March of last year"; "last March" (date_grammar.toml ``relatives``)
    yrel, mrel = _any_of(w.year_relatives), _any_of(w.month_relatives)
    gw = w.grammar
    of_opt = rf"(?:{_any_of((*slots.get('of', ()), *gw.get('of', ())))} )?"
    of_year = rf"(?:{trie_alternation(gw['of'])} )?" if gw.get("of") else ""
    year_tail = rf"(?: {trie_alternation(gw['year_after'])})?" if gw.get("year_after") else ""
    # the second name after a slash ("نيسان/أبريل") or in brackets ("أبريل (نيسان)")
    mon_tail = (
        rf"(?: ?{trie_alternation(gw['month_pair'])} ?(?P<pair>{mon})| \((?P<pair2>{mon})\))?"
        if gw.get("month_pair")
        else ""
    )
    pod, link = trie_alternation(w.parts_of_day), _any_of(w.part_of_day_links)
    # the word for month after the name ("Mart ayında")
    if gw.get("month_words"):
        mon_tail += rf"(?: {trie_alternation(gw['month_words'])})?"
    # the word for month and its "of" before the name ("le mois de décembre")
    mon_head = rf"(?:{trie_alternation(gw['month_heads'])} )?" if gw.get("month_heads") else ""
    return _Fragments(
        wd=trie_alternation(w.weekdays),
        mon=mon,
        numw=numw,
        ordw=ordw,
        num=rf"(?:\d{{1,3}}|{numw}|{trie_alternation(w.counts)})",
        dayn=rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:{rw['ordinal_suffixes']})?|{ordw})",
        year4=year4,
        year=year,
        pod=pod,
        pod_lead=(
            rf"(?:(?:{_any_of(w.part_of_day_leads)} )?{pod}|{_any_of(w.parts_of_day_before)})"
            rf"(?: {link})?"
        ),
        day_edge=_any_of((*w.day_edges, *w.day_edges_whole)),
        pod_link=link,
        edge=trie_alternation(w.edges),
        unit=trie_alternation(w.units),
        window_unit=_any_of(w.construction("window_units")),
        yrel=yrel,
        mrel=mrel,
        month_ref=(
            rf"(?:(?:(?P<rel>{mrel}) )?{mon_head}(?P<mon>{mon}){mon_tail}(?: {of_opt}(?:(?P<year>{year})"
            rf"{year_tail}|(?P<yrel>{yrel}) {year_word}))?)"
        ),
        year_ref=(
            rf"(?:(?:{the} {year_word} )?(?P<year>{year})"
            rf"|(?P<yr>{rel['year_alone']}) {year_word})"
        ),
        dayword=trie_alternation(w.day_offsets),
        this_pod=trie_alternation(w.this_parts_of_day),
        season=trie_alternation(w.seasons),
        holiday=trie_alternation(w.holidays),
        decade_word=trie_alternation(w.decades),
        ago=trie_alternation(w.ago),
        hence=trie_alternation(w.hence),
        unitw=trie_alternation(w.unit_keys),
        of_opt=of_opt,
        of_year=of_year,
        year_tail=year_tail,
        mon_tail=mon_tail,
        gx={key: trie_alternation(words) if words else None for key, words in gw.items()},
        short_weekdays=tuple(_short_weekdays_of(w)) if gw.get("short_weekday_leads") else (),
        proclitic=trie_alternation(w.lexicon.words(_PROCLITICS))
        if w.lexicon.has(_PROCLITICS)
        else "",
        rel=rel,
        rw=rw,
        slot_words=slots,
        steps=steps,
        numbered=numbered,
        units=units,
    )


# the proclitics of a language that writes them joined to the next word (read by language
# detection too)
_PROCLITICS = "dates.constructions.clitics.proclitics"


# date_grammar.toml's tables of English's own rules (docs/dates.md, "English's own words")
_RELATIVES = "date_grammar.relatives"
_RULE_WORDS = "date_grammar.rules"
_NONE = "(?!)"


class _Alternations(dict[str, str]):
    """Alternations by slot; one that never matches for a slot the lexicon lacks."""

    __slots__ = ()

    def __missing__(self, key: str) -> str:
        return _NONE


def _mapping(lexicon: Lexicon, path: str) -> Mapping[str, object]:
    """The table at ``path``; empty where the lexicon has none."""
    return lexicon.mapping(path) if lexicon.has(path) else {}


def _is_table(value: object) -> bool:
    return isinstance(value, Mapping)


def _is_numbered(value: object) -> bool:
    return isinstance(value, Mapping) and all(type(v) is int for v in value.values())


def _table_of(lexicon: Lexicon, path: str) -> dict[str, int]:
    """word -> number of the table at ``path`` (lower case; empty where there is none)."""
    return {str(k).lower(): int(cast("int", v)) for k, v in _mapping(lexicon, path).items()}


def _units_of(f: _Fragments, *keys: str) -> str:
    """The alternation of the rules' unit words whose unit is one of ``keys``."""
    return _any_of(word for word, unit in f.units.items() if unit in keys)


def _first_words(words: Iterable[str]) -> frozenset[str] | None:
    """The first words of ``words`` (pattern fragments, as the lexicon writes them), when
    each is plain words (nothing a regex reads otherwise) and does not start with a space;
    else None.  A pattern made of them (:func:`_any_of`) matches at the start of a word of
    normalised text (single spaces) and before a space only if that word is one of these.

    >>> sorted(_first_words(["about", "more or less"]))
    ['about', 'more']
    >>> _first_words(["c" + chr(92) + ".", "about"]) is None  # a regex escape
    True
    """
    found = set()
    for word in words:
        first = word.split(" ", 1)[0]
        if not first or any(re.escape(part) != part for part in word.split(" ")):
            return None
        found.add(first)
    return frozenset(found)


def _least_words(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` but those that hold another of them: text holds one of ``words`` exactly
    when it holds one of these (a cue test, fewer tests).

    >>> _least_words(("geschäftsjahr", "geschäftsjahres", "fiskaljahr"))
    ('geschäftsjahr', 'fiskaljahr')
    """
    found = tuple(dict.fromkeys(words))
    return tuple(w for w in found if not any(v != w and v in w for v in found))


def _any_of(words: Iterable[str]) -> str:
    """The alternation of ``words``; one that never matches when there are none."""
    words = tuple(words)
    return trie_alternation(words) if words else "(?!)"


# --------------------------------------------------------------------------------------------
# small calendar helpers
def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, month_length(year, month))


class _CheckedSpan(tuple[dt.date, dt.date, Precision]):
    """A span of the calendar tables (a month, a year, an ISO week, a decade): made once, and
    checked then with the class's rules (:func:`resolved_span`, which raises what the
    constructor raises), so that a ``TimeSpan`` made of it as it is needs no check again
    (:func:`_span_of`, :func:`_resolve_uncached`: the trusted constructor alone).  A handler
    that takes one apart and builds another returns a plain tuple, which is checked."""

    __slots__ = ()


def _checked(start: dt.date, end: dt.date, precision: Precision) -> _CheckedSpan:
    resolved_span(start, end, precision, False, None, None)  # raises what TimeSpan raises
    return _CheckedSpan((start, end, precision))


class _MonthSpans(dict[tuple[int, int], _Span]):
    """The span of each (year, month), made at its first use: ``dt.date`` parses its
    arguments at every call, several times the cost of the look-up.  A month that is no
    calendar month raises as the constructor does, and is not kept."""

    __slots__ = ()

    def __missing__(self, key: tuple[int, int]) -> _Span:
        year, month = key
        span = self[key] = _checked(dt.date(year, month, 1), _month_end(year, month), _AT_MONTH)
        return span


class _YearSpans(dict[int, _Span]):
    """The span of each year, made at its first use (as :class:`_MonthSpans`)."""

    __slots__ = ()

    def __missing__(self, year: int) -> _Span:
        span = self[year] = _checked(dt.date(year, 1, 1), dt.date(year, 12, 31), _AT_YEAR)
        return span


# (weeks are many: the table is emptied when it is full)
_MAX_WEEKS = 4096


class _WeekSpans(dict[dt.date, _Span]):
    """The ISO week of each Monday, made at its first use (as :class:`_MonthSpans`)."""

    __slots__ = ()

    def __missing__(self, monday: dt.date) -> _Span:
        if len(self) >= _MAX_WEEKS:
            self.clear()
        span = self[monday] = _checked(monday, monday + _DAYS[6], _AT_WEEK)
        return span


class _DecadeSpans(dict[int, _Span]):
    """The span of each decade, by its first year (as :class:`_MonthSpans`)."""

    __slots__ = ()

    def __missing__(self, first: int) -> _Span:
        span = self[first] = _checked(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), _AT_DECADE)
        return span


class _SeasonSpans(dict[tuple[int, int], _Span]):
    """The span of each season, by its first month and year: that month and the two after
    it (as :class:`_MonthSpans`; "this summer" weighs four years' seasons)."""

    __slots__ = ()

    def __missing__(self, key: tuple[int, int]) -> _Span:
        first, year = key
        end_year, end_month = _shift_month(year, first, 2)
        span = self[key] = _checked(
            dt.date(year, first, 1), _month_end(end_year, end_month), _AT_SEASON
        )
        return span


_MONTH_SPANS = _MonthSpans()
_YEAR_SPANS = _YearSpans()
_SEASON_SPANS = _SeasonSpans()
_WEEK_SPANS = _WeekSpans()
_DECADE_SPANS = _DecadeSpans()


def _month_span(year: int, month: int) -> _Span:
    """The whole calendar month.

    >>> _month_span(2024, 2)
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29), <Precision.MONTH: 'month'>)
    """
    return _MONTH_SPANS[year, month]


def _year_span(year: int) -> _Span:
    """The whole calendar year.

    >>> _year_span(2016)[:2]
    (datetime.date(2016, 1, 1), datetime.date(2016, 12, 31))
    """
    return _YEAR_SPANS[year]


def _week_span(day: dt.date) -> _Span:
    return _WEEK_SPANS[day - _DAYS[day.weekday()]]


def _decade_span(year: int) -> _Span:
    return _DECADE_SPANS[year - year % 10]


def _interval(start: dt.date, end: dt.date) -> _Span:
    if start > end:
        raise _RejectError(f"the span would end ({end}) before it starts ({start})")
    return start, end, _AT_DAY if start == end else _AT_INTERVAL


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _number(word: str, w: DateWords) -> int:
    if word[0].isdigit():
        return int(word)
    count = w.counts.get(word)
    return w.numbers[word] if count is None else count


def _day_number(word: str, w: DateWords) -> int:
    ordinal = w.ordinals.get(word)
    if ordinal is not None:
        return ordinal
    # one or two digits, then maybe an ordinal suffix ("21st")
    return int(word[:2] if word[1:2].isdigit() else word[:1])


def _year_number(word: str, w: DateWords) -> int:
    if word[0].isdigit():
        return int(word)
    if word.startswith(w.year_two_thousand):
        rest = word[len(w.year_two_thousand) :].removeprefix(" and").strip()
        return 2000 + (w.numbers[rest] if rest else 0)
    head, _, rest = word.partition(" ")
    century = w.numbers[head] * 100
    if rest == w.year_hundred:
        return century
    return century + w.numbers[rest.removeprefix(w.year_oh + " ")]


def _step(gr: _Grammar, g: _Groups, table: str, group: str = "rel") -> int:
    """The step of the relative word in the group ``group`` (date_grammar.toml
    ``relatives.<table>``: "last" -1, "next" 1); 0 where the group did not take part."""
    word = g.get(group)
    return 0 if word is None else gr.fragments.steps[table][word]


def _rel_year(w: DateWords, rel: str, anchor: dt.date) -> int:
    """The year "last" / "this" / "next" (``rel``) names before "year"."""
    return anchor.year + w.year_relatives[rel]


def _part(start: dt.date, end: dt.date, third: int, prec: Precision) -> _Span:
    """The first, middle or last third of a month (days 1-10 / 11-20 / 21-end) or of a year
    (Jan-Apr / May-Aug / Sep-Dec)."""
    if prec is _AT_MONTH:
        lo = start.replace(day=(1, 11, 21)[third])
        hi = end if third == 2 else start.replace(day=(10, 20)[third])
        return lo, hi, _AT_PART_OF_MONTH
    if prec is _AT_YEAR:
        lo = dt.date(start.year, (1, 5, 9)[third], 1)
        hi = _month_end(start.year, (4, 8, 12)[third])
        return lo, hi, _AT_PART_OF_YEAR
    if prec is _AT_WEEK:  # Mon-Wed / Wed-Fri / Fri-Sun
        lo = start + _DELTA[2 * third]
        return lo, lo + _DELTA[2], _AT_INTERVAL
    if prec is _AT_DECADE:  # years 0-3 / 4-6 / 7-9
        lo_year = start.year + (0, 4, 7)[third]
        hi_year = start.year + (3, 6, 9)[third]
        return dt.date(lo_year, 1, 1), dt.date(hi_year, 12, 31), _AT_INTERVAL
    raise _RejectError(f"no early/mid/late part of a {prec.value}")


def _weekday(wd: int, anchor: dt.date, future: bool, strict: bool) -> dt.date:
    if future:
        ahead = (wd - anchor.weekday()) % 7
        return anchor + _DAYS[ahead or (7 if strict else 0)]
    back = (anchor.weekday() - wd) % 7
    return anchor - _DAYS[back or (7 if strict else 0)]


#: the days of each month every year has (index 1-12): February's 29th is not one
_EVERY_YEAR_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _yearless_day(month: int, day: int, anchor: dt.date, future: bool) -> dt.date:
    """The month-day in the most recent year that puts it on or before the anchor (past), or
    the first that puts it on or after it (future); 29 February looks up to 8 years away."""
    if day <= _EVERY_YEAR_DAYS[month]:  # a day every year has: this year's or a neighbour's
        year = anchor.year
        candidate = dt.date(year, month, day)
        if future:
            return candidate if candidate >= anchor else dt.date(year + 1, month, day)
        return candidate if candidate <= anchor else dt.date(year - 1, month, day)
    step = 1 if future else -1
    for k in range(9):
        year = anchor.year + step * k
        if day <= month_length(year, month):
            candidate = dt.date(year, month, day)
            if (candidate >= anchor) if future else (candidate <= anchor):
                return candidate
    raise _RejectError(f"month {month} has no day {day}")


def _yearless_month(month: int, step: int | None, anchor: dt.date, future: bool) -> int:
    """The year of a month named without one, after a relative word of ``step`` ("last
    March": -1) or none."""
    if step == 0:
        return anchor.year
    if step is not None and step < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if step is not None:
        return anchor.year if month > anchor.month else anchor.year + 1
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _season_span(first: int, year: int) -> _Span:
    """The season that starts with the month ``first`` of ``year``.

    >>> _season_span(12, 2023)[:2]
    (datetime.date(2023, 12, 1), datetime.date(2024, 2, 29))
    """
    return _SEASON_SPANS[first, year]


def _yearless_season(season: int, step: int | None, anchor: dt.date, future: bool) -> _Span:
    """The season named after a relative word of ``step`` ("last summer": -1) or none."""
    candidates = [_season_span(season, anchor.year + k) for k in (-2, -1, 0, 1)]
    if step is not None and step < 0:
        return [c for c in candidates if c[1] < anchor][-1]
    if step is not None and step > 0:
        return next(c for c in candidates if c[0] > anchor)
    if step == 0:
        containing = [c for c in candidates if c[0] <= anchor <= c[1]]
        return containing[0] if containing else _season_span(season, anchor.year)
    if future:
        return next(c for c in candidates if c[1] >= anchor)
    return [c for c in candidates if c[0] <= anchor][-1]


# the holidays of dates.toml (its keys) by the day each falls on
_FIXED_HOLIDAYS = {"christmas_eve": (12, 24), "christmas": (12, 25), "new_years_eve": (12, 31)}
_FIXED_HOLIDAYS["new_years_day"] = (1, 1)
_EASTER_OFFSETS = {"easter": 0, "good_friday": -2, "easter_monday": 1}


def _holiday(key: str, year: int) -> dt.date:
    fixed = _FIXED_HOLIDAYS.get(key)
    if fixed is not None:
        return dt.date(year, *fixed)
    if key == "thanksgiving":  # the fourth Thursday of November (US)
        first = dt.date(year, 11, 1)
        return first + dt.timedelta((3 - first.weekday()) % 7 + 21)
    from dateutil.easter import easter  # imported when a movable feast is first read

    sunday: dt.date = easter(year)
    return sunday + dt.timedelta(_EASTER_OFFSETS[key])


# --------------------------------------------------------------------------------------------
# the rules: (pattern, handler, examples).  A pattern is a function of the lexicon's regex
# fragments, so each lexicon compiles its own; a handler gets the grammar (``gr``, whose words
# it reads), the match's groups (``g``, the rule's own groups by name), the anchor and the
# direction, and returns a span or raises _RejectError.  Every rule lists a few examples: the
# tests check that resolve_date reads each and that find_dates finds each in a sentence with
# the same span (tests/test_date_rules.py).
# A rule's groups by name (None for a group that did not take part; absent for one a shared
# handler reads but this rule lacks: the handlers read them all with g.get("name")).  A plain
# dict, with the grammar passed beside it: CPython specialises ``dict.get`` only on an exact
# dict (a subclass's call costs half as much again), and the match's ``groupdict()`` is one
# already.  A handler only reads it (the keyword table's groups serve every call).
_Groups = dict[str, "str | None"]


# a handler returns None when the words fit the pattern but the rule cannot read them
_Handler = Callable[["_Grammar", _Groups, dt.date, bool], "_Span | None"]
# a template returns None where the lexicon lacks the words of its construction (most rules
# for constructions other languages have are None in English)
_Template = Callable[[_Fragments], "str | None"]


@attrs.frozen
class _Rule:
    template: _Template
    handler: _Handler
    examples: tuple[str, ...]
    # False for a rule whose words find_dates does not look for in running text (the reason
    # is at the rule)
    in_text: bool = True
    # examples in other languages, by lexicon code (the English ones are ``examples``)
    languages: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)


_RULES: list[_Rule] = []


def _rule(
    template: _Template | str,
    *,
    examples: tuple[str, ...] = (),
    in_text: bool = True,
    languages: Mapping[str, tuple[str, ...]] | None = None,
) -> Callable[[_Handler], _Handler]:
    def register(handler: _Handler) -> _Handler:
        pattern = template
        _RULES.append(
            _Rule(
                template=(lambda f: pattern) if isinstance(pattern, str) else pattern,
                handler=handler,
                examples=examples,
                in_text=in_text,
                languages=languages or {},
            )
        )
        return handler

    return register


# Handlers written in two steps: what a rule's groups say (``read``: a plan, which holds no
# anchor or direction) and the span the plan names for an anchor and a direction
# (``apply``); the handler is the one after the other, so that the resolver's every reading
# is theirs.  The fast keyword table reads each of its texts' plans once, at its first use
# (_planned), and applies it at every call.
_Read = Callable[["_Grammar", _Groups], Any]
_Apply = Callable[["_Grammar", Any, dt.date, bool], "_Span | None"]
_TWO_STEPS: dict[_Handler, tuple[_Read, _Apply]] = {}


def _two_steps(read: _Read, apply: _Apply) -> _Handler:
    """The handler that reads a rule's groups with ``read`` and applies the plan."""

    def handler(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
        return apply(gr, read(gr, g), anchor, future)

    handler.__name__ = handler.__qualname__ = read.__name__.removesuffix("_read")
    handler.__doc__ = read.__doc__
    _TWO_STEPS[handler] = read, apply
    return handler


def _planned(gr: _Grammar, entry: list[Any], anchor: dt.date, future: bool) -> _Span | None:
    """A fast-table entry of a two-step handler at its first use (``entry``: the text, the
    read and apply steps, the groups and the hedge verdict): the plan read, the entry made
    the plan's, the plan applied."""
    text, read, apply, groups, hedged = entry
    plan = read(gr, groups)  # (raises, where the words name nothing, as the handler does)
    cast("dict[str, object]", gr.fast_keywords)[text] = apply, plan, hedged
    return cast("_Span | None", apply(gr, plan, anchor, future))


def _dayword_read(gr: _Grammar, g: _Groups) -> tuple[dt.timedelta, Precision]:
    word = g.get("w") or ""
    w = gr.words
    part = (
        g.get("pod")
        or g.get("lead")
        or g.get("edge") in w.day_edges
        or word in w.part_of_day_offsets
    )
    return _DELTA[w.day_offsets[word]], _AT_PART_OF_DAY if part else _AT_DAY


def _dayword_apply(
    gr: _Grammar, plan: tuple[dt.timedelta, Precision], anchor: dt.date, future: bool
) -> _Span:
    offset, precision = plan
    day = anchor + offset
    return day, day, precision


_dayword = _two_steps(_dayword_read, _dayword_apply)
_rule(
    lambda f: (
        rf"(?:(?:(?P<lead>{f.pod_lead})|(?P<edge>{f.day_edge})(?: {f.pod_link})?) )?"
        rf"(?P<w>{f.dayword})(?: (?P<pod>{f.pod}))?"
    ),
    examples=(
        "yesterday", "late yesterday", "yesterday lunchtime", "tomorrow morning",
        "before dawn yesterday", "shortly after midnight today",
    ),
)(_dayword)  # fmt: skip


@_rule(lambda f: rf"{f.rw['this']} {f.this_pod}", examples=("this morning", "this evening"))
def _this_part_of_day(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    return anchor, anchor, _AT_PART_OF_DAY


def _weekday_rule_read(gr: _Grammar, g: _Groups) -> tuple[int, int, bool, Precision]:
    lead = g.get("lead")
    part = g.get("pod") or lead or g.get("edge") in gr.words.day_edges
    return (
        gr.words.weekdays[g.get("wd") or ""],
        _step(gr, g, "weekday"),
        lead is not None and _leads_into_night(gr, lead),
        _AT_PART_OF_DAY if part else _AT_DAY,
    )


def _stepped_weekday(wd: int, step: int, anchor: dt.date, future: bool) -> dt.date:
    """The weekday ``wd`` a rule's step names: the last one strictly before the anchor (step
    below 0), the next strictly after it (above 0), else the nearest in the direction.

    >>> _stepped_weekday(3, -1, dt.date(2024, 11, 28), False)  # "last Thursday"
    datetime.date(2024, 11, 21)
    """
    if step < 0:
        return _weekday(wd, anchor, future=False, strict=True)
    if step > 0:
        return _weekday(wd, anchor, future=True, strict=True)
    return _weekday(wd, anchor, future=future, strict=False)


def _weekday_rule_apply(
    gr: _Grammar, plan: tuple[int, int, bool, Precision], anchor: dt.date, future: bool
) -> _Span:
    wd, step, into, precision = plan
    return _day_or_night_into(_stepped_weekday(wd, step, anchor, future), into, precision)


def _day_or_night_into(day: dt.date, into: bool, precision: Precision) -> _Span:
    """The day at ``precision``, or, ``into``, the night into it: the day before and the day,
    an interval (as :func:`_night_into`)."""
    if into:
        return day - _DAY, day, _AT_INTERVAL
    return day, day, precision


def _calendar_day(year: int, month: int, day: int) -> dt.date:
    """The date, refused where the month of that year has no such day."""
    if day > month_length(year, month):
        raise _RejectError(f"{calendar.month_name[month]} {year} has no day {day}")
    return dt.date(year, month, day)


_weekday_rule = _two_steps(_weekday_rule_read, _weekday_rule_apply)
_rule(
    lambda f: (
        rf"(?:(?P<lead>{f.pod_lead}) )?"
        rf"(?:(?P<rel>{f.rel['weekday']}) )?"
        rf"(?:(?P<edge>{f.day_edge}) (?:{f.pod_link} )?)?(?P<wd>{f.wd})"
        rf"(?: (?P<pod>{f.pod}))?"
    ),
    examples=(
        "Thursday", "last Friday", "next Monday", "Sunday night", "this past Tuesday",
        "late on Sunday", "late Saturday night", "before dawn on Tuesday",
        "shortly after midnight on Friday", "in the early hours of Sunday", "noon Thursday",
    ),
)(_weekday_rule)  # fmt: skip


def _month_day_read(
    gr: _Grammar, g: _Groups
) -> tuple[int, int, dt.date | None, int | None, bool | None, bool, Precision]:
    """A day of a named month: the month, the day, the date when a year is written, the
    step of a relative year ("this year": 0), the direction a weekday's relative word sets,
    whether the lead makes it the night into the day, and the precision."""
    w = gr.words
    if g.get("mon") is not None and gr.native:
        # the month before its day is English's order: the other languages write the day
        # first, and their "juin 23" comes from a comma normalised away ("En juin, 23 civils")
        raise _RejectError(f"{g.get('mon')!r} before its day is not this language's order")
    step = _step(gr, g, "weekday_date", "wdrel")
    # "this coming Sunday, March 8" looks forward
    way = (step > 0) if step else None
    month = _named_month(gr, g, g.get("mon") or g.get("mon2") or "")
    day = _day_number(g.get("day") or g.get("day2") or "", w)
    year_text, yrel = g.get("year"), g.get("yrel")
    date, year_step = None, None
    if year_text:
        date = _calendar_day(int(year_text), month, day)
    elif yrel:
        year_step = w.year_relatives[yrel]
    lead = g.get("lead")
    into = lead is not None and _leads_into_night(gr, lead)
    return month, day, date, year_step, way, into, _AT_PART_OF_DAY if lead else _AT_DAY


def _month_day_apply(
    gr: _Grammar,
    plan: tuple[int, int, dt.date | None, int | None, bool | None, bool, Precision],
    anchor: dt.date,
    future: bool,
) -> _Span:
    month, day, date, year_step, way, into, precision = plan
    if date is None:
        if year_step is not None:
            date = _calendar_day(anchor.year + year_step, month, day)
        else:
            date = _yearless_day(month, day, anchor, future if way is None else way)
    return _day_or_night_into(date, into, precision)


_month_day = _two_steps(_month_day_read, _month_day_apply)
_rule(
    lambda f: (
        rf"(?:(?P<lead>{f.pod_lead}) )?"
        rf"(?:(?:(?P<wdrel>{f.rel['weekday_date']}) )?(?P<wd>{f.wd}) )?"
        rf"(?:(?P<mon>{f.mon}) (?:{f.rw['article']} )?(?P<day>{f.dayn})"
        rf"|(?:{f.rw['article']} )?(?P<day2>{f.dayn}) {f.of_opt}(?P<mon2>{f.mon}){f.mon_tail})"
        rf"(?: {f.of_year}(?P<year>{f.year4}){f.year_tail}| (?P<yrel>{f.yrel}) {f.rw['year']})?"
    ),
    examples=(
        "March 8", "8 March 2023", "Jan. 14", "the 5th of May", "Sunday, March 8",
        "before dawn on March 8", "the night of Friday, Oct. 23", "overnight into March 8",
    ),
)(_month_day)  # fmt: skip


def _named_month(gr: _Grammar, g: _Groups, word: str) -> int:
    """The month ``word`` names; a second name after it ("نيسان/أبريل", "أبريل (نيسان)") must
    name the same month."""
    months = gr.words.months
    month = months[word]
    pair = g.get("pair") or g.get("pair2")
    if pair is not None and months[pair] != month:
        raise _RejectError(f"{word!r} and {pair!r} are two months")
    return month


@_rule(
    r"(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})",
    examples=("2024-11-27", "2023-01-05"),
)
def _iso_day(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    date = dt.date(int(g.get("y") or ""), int(g.get("m") or ""), int(g.get("d") or ""))
    return date, date, _AT_DAY


# not looked for in running text: "2019-20" or "2024-11" there is as often a span of years or a
# code as a month
@_rule(r"(?P<y>\d{4})-(?P<m>\d{2})", examples=("2024-11", "2019-03"), in_text=False)
def _iso_month(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    month = int(g.get("m") or "")
    if month > 12:  # no month: "2019-20" is a range of years (_range_of)
        return None
    return _month_span(int(g.get("y") or ""), month)


def _month_of(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A month named with or without a year ("March", "last March", "March 2016",
    "March last year"), or "this / last / next month"."""
    unit_rel = g.get("urel")
    if unit_rel:
        year, month = _shift_month(anchor.year, anchor.month, _step(gr, g, "part", "urel"))
        return _month_span(year, month)
    w = gr.words
    month = _named_month(gr, g, g.get("mon") or "")
    year_text, yrel = g.get("year"), g.get("yrel")
    if year_text:
        return _month_span(_year_number(year_text, w), month)
    if yrel:
        return _month_span(_rel_year(w, yrel, anchor), month)
    step = w.month_relatives.get(g.get("rel") or "")
    return _month_span(_yearless_month(month, step, anchor, future), month)


_rule(
    lambda f: f.month_ref,
    examples=("in March", "last March", "May 2023", "March of last year", "Sept. 2019"),
)(_month_of)


def _year_of(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    year_text = g.get("year") or g.get("year2")
    if year_text:
        return _year_span(_year_number(year_text, gr.words))
    return _year_span(anchor.year + _step(gr, g, "year_alone", "yr"))


@_rule(
    lambda f: (
        rf"(?:{f.rw['article']} {f.rw['year']} )?(?P<year>{f.year})"
        rf"|{f.rw['article']} (?P<year2>{f.year4}) {f.rw['period']}"
    ),
    examples=("in 2016", "since 2019", "the year 2003", "the 2015 period"),
)
def _year_rule(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    return _year_of(gr, g, anchor, future)


@_rule(
    lambda f: (
        rf"(?P<edge>{f.edge}) (?:{f.month_ref}|(?P<urel>{f.rel['part']}) {_units_of(f, 'month')})"
    ),
    examples=("mid-November", "early March 2020", "the end of last month", "late May"),
)
def _part_of_month(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    start, end, prec = _month_of(gr, g, anchor, future)
    third = gr.words.edges[g.get("edge") or ""]
    part = _part(start, end, third, prec)
    if not (g.get("year") or g.get("yrel") or g.get("rel") or g.get("urel")):
        # a bare month: the most recent such part that starts on or before the anchor (past),
        # or the first that ends on or after it (future), as for the month itself
        step = 1 if future else -1
        if (part[1] < anchor) if future else (part[0] > anchor):
            start, end, prec = _month_span(start.year + step, start.month)
            part = _part(start, end, third, prec)
    return part


@_rule(
    lambda f: rf"(?P<edge>{f.edge}) {f.year_ref}",
    examples=("late 2016", "early this year", "the beginning of 2020"),
)
def _part_of_year(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    start, end, prec = _year_of(gr, g, anchor, future)
    return _part(start, end, gr.words.edges[g.get("edge") or ""], prec)


@_rule(
    lambda f: rf"(?P<edge>{f.edge}) (?P<wrel>{f.rel['part']}) {_units_of(f, 'week')}",
    examples=("early last week", "late this week", "the end of the week"),
)
def _part_of_week(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    start, end, prec = _week_span(anchor + _DELTA[7 * _step(gr, g, "part", "wrel")])
    return _part(start, end, gr.words.edges[g.get("edge") or ""], prec)


@_rule(
    lambda f: rf"(?:{f.rw['article']} )?{f.rw['year_end']}(?: (?P<year>{f.year4}))?",
    examples=("year-end", "year-end 2023"),
)
def _year_end(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """The accounting "year-end": 31 December, of the year given, else the most recent on or
    before the anchor (past) / the first on or after it (future)."""
    year = g.get("year")
    day = dt.date(int(year), 12, 31) if year else _yearless_day(12, 31, anchor, future)
    return day, day, _AT_DAY


@_rule(
    lambda f: (
        rf"(?:(?P<earlier>{f.rw['earlier']})|{f.rw['later']}) {f.rw['earlier_later_links']}"
        rf" (?P<unit>{_units_of(f, 'week', 'month', 'year')})"
    ),
    examples=("earlier this week", "later this month", "earlier in the year"),
)
def _earlier_later(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    unit = gr.fragments.units[g.get("unit") or ""]
    if unit == "week":
        start, end, _ = _week_span(anchor)
    elif unit == "month":
        start, end, _ = _month_span(anchor.year, anchor.month)
    else:
        start, end, _ = _year_span(anchor.year)
    if g.get("earlier") is not None:
        return _interval(start, anchor)
    return _interval(anchor, end)


@_rule(
    lambda f: (
        rf"(?P<rel>{f.rel['unit']}|{f.rel['unit_window']})"
        rf" (?P<unit>{_units_of(f, 'week', 'month', 'year', 'decade', 'century')})"
    ),
    examples=("last week", "next month", "this year", "the past week", "last century"),
)
def _unit_relative(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    f = gr.fragments
    rel, unit = g.get("rel") or "", f.units[g.get("unit") or ""]
    window = f.steps["unit_window"].get(rel)
    if window is not None:  # "the past week": up to the anchor, "the coming week" from it
        if window < 0:
            return _interval(_add_units(anchor, unit, -1), anchor)
        return _interval(anchor, _add_units(anchor, unit, 1))
    return _calendar_unit(unit, anchor, f.steps["unit"][rel])


def _add_units(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` (possibly negative) units; a month or year move keeps the day of
    the month, clamped to the target month's length (31 March - 1 month = 29 February)."""
    if unit == "hour":  # whole days: 24 hours back from any time of the anchor day
        return day + _DELTA[-(-n // 24) if n > 0 else n // 24]
    if unit == "day":
        return day + _DELTA[n]
    if unit == "week":
        return day + _DELTA[7 * n]
    months = n * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
    year, month = _shift_month(day.year, day.month, months)
    return dt.date(year, month, min(day.day, month_length(year, month)))


def _calendar_unit(unit: str, anchor: dt.date, shift: int) -> _Span:
    """The calendar day / ISO week / month / year / decade / century containing the anchor,
    moved by ``shift`` units."""
    if unit == "day":
        day = anchor + _DELTA[shift]
        return day, day, _AT_DAY
    if unit == "week":
        return _week_span(anchor + _DELTA[7 * shift])
    if unit == "month":
        return _month_span(*_shift_month(anchor.year, anchor.month, shift))
    if unit == "year":
        return _year_span(anchor.year + shift)
    if unit == "decade":
        return _decade_span(anchor.year + 10 * shift)
    first = (anchor.year // 100 + shift) * 100
    return dt.date(first, 1, 1), dt.date(first + 99, 12, 31), _AT_CENTURY


@_rule(
    lambda f: (
        rf"(?P<n>{f.num}) (?P<unit>{f.unit})s? (?P<dir>{f.ago}|{f.hence})"
        rf"|{f.rw['count_future_before']} (?P<n2>{f.num}) (?P<unit2>{f.unit})s?"
        rf"(?: {f.rw['count_future_after']})?"
        rf"|(?P<unit3>{f.unit}) (?P<dir3>{f.rw['unit_ago']})"
        # a unit that alone counts one ("неделю назад"), where the language has such forms
        + (
            rf"|(?P<unit4>{f.gx['single_units']}) (?P<dir4>{f.ago})"
            if "single_units" in f.gx
            else ""
        )
    ),
    examples=("three days ago", "two weeks earlier", "in 10 days", "a year ago", "year-ago"),
    languages={"ru": ("неделю назад", "год назад"), "uk": ("тиждень тому", "місяць тому")},
)
def _units_ago(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    w = gr.words
    count = g.get("n") or g.get("n2")
    n = _number(count, w) if count else 1  # "year-ago", "неделю назад": one unit
    unit = g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4") or ""
    # "year-ago" (dir3) is one unit back
    sign = -1 if g.get("dir3") is not None or (g.get("dir") or g.get("dir4")) in w.ago else 1
    return _calendar_unit(_unit_key(unit, w), anchor, sign * n)


def _unit_key(word: str, w: DateWords) -> str:
    """The grammar's unit ("day", "week"...) of a unit word of the lexicon ("jours", "дня");
    a unit the calendar rules cannot count (an hour, a weekend) is refused."""
    key = w.unit_keys.get(word) or w.unit_keys.get(word.removesuffix("s"))
    if key not in ("day", "week", "month", "year", "decade", "century"):
        raise _RejectError(f"{word!r} is no calendar unit")
    return key


@_rule(
    lambda f: (
        rf"(?:{f.rw['article']} )?(?P<rel>{f.rel['count_window']}) (?P<n>{f.num}) "
        rf"(?P<unit>{f.window_unit})s?"
    ),
    examples=(
        "the past three days",
        "the next two weeks",
        "the last 24 hours",
        "the past three decades",
    ),
)
def _past_n_units(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    unit, n = g.get("unit") or "", _number(g.get("n") or "", gr.words)
    if _step(gr, g, "count_window") < 0:
        return _interval(_add_units(anchor, unit, -n), anchor)
    return _interval(anchor, _add_units(anchor, unit, n))


@_rule(
    lambda f: (
        rf"(?:{f.rw['article']} )?(?:(?P<edge>{f.rw['decade_edges']}) )?"
        rf"(?:(?P<full>\d{{3}}0)s|'?(?P<short>\d0)s|(?P<word>{f.decade_word}))"
    ),
    examples=("the 1990s", "the early 2000s", "the nineties", "the '80s"),
)
def _decade(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    full = g.get("full")
    if full:
        first = int(full)
    else:
        word = g.get("word")
        tens = int(g.get("short") or "0") if not word else gr.words.decades[word]
        # the most recent such decade that starts on or before the anchor (past), or the
        # first that ends on or after it (future)
        first = anchor.year // 100 * 100 + tens
        if future and first + 9 < anchor.year:
            first += 100
        elif not future and first > anchor.year:
            first -= 100
    span = _decade_span(first)
    edge = g.get("edge")
    return _part(span[0], span[1], gr.words.edges[edge], span[2]) if edge else span


@_rule(
    lambda f: (
        rf"(?:{f.rw['article']} )?(?P<ord>\d{{1,2}}{f.rw['ordinal_suffixes']}|{f.ordw})"
        rf" {_units_of(f, 'century')}|(?P<rel>{f.rel['century']}) {_units_of(f, 'century')}"
    ),
    examples=("the 19th century", "the twentieth century"),
)
def _century(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    if g.get("rel"):
        return _calendar_unit("century", anchor, _step(gr, g, "century"))
    number = _day_number(g.get("ord") or "", gr.words)
    if number < 1:
        raise _RejectError("there is no 0th century")
    first = (number - 1) * 100
    if first < 1:
        raise _RejectError("the first century starts before year 1")
    return dt.date(first, 1, 1), dt.date(first + 99, 12, 31), _AT_CENTURY


@_rule(
    lambda f: (
        # (an edge first: "early summer", "the start of summer", "початку літа")
        rf"(?:(?P<edge>{f.edge}) {f.of_opt})?"
        rf"(?:(?P<rel>{f.rel['season']}) )?(?:{f.rw['article']} )?"
        rf"(?P<season>{f.season})"
        rf"(?: (?:{f.rw['of']} )?(?:(?P<year>{f.year})|(?P<yrel>{f.yrel}) {f.rw['year']}))?"
    ),
    # (English's hand scanner does not look for an edge before a season: "early summer" is
    # read by resolve_date only, not listed as an example of text)
    examples=("last summer", "the spring of 2019", "winter 2022", "next autumn"),
)  # fmt: skip
def _season(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    w = gr.words
    season = w.seasons[g.get("season") or ""]
    year_text, yrel = g.get("year"), g.get("yrel")
    if year_text:
        span = _season_span(season, _year_number(year_text, w))
    elif yrel:
        span = _season_span(season, _rel_year(w, yrel, anchor))
    else:
        rel = g.get("rel")
        step = None if rel is None else _step(gr, g, "season")
        span = _yearless_season(season, step, anchor, future)
    edge = g.get("edge")
    return span if edge is None else _season_part(span, w.edges[edge])


def _season_part(span: _Span, third: int) -> _Span:
    """The first, middle or last month of a season ("early summer": June), a part of its
    year (the month is the season's third, not a month the text names)."""
    first = span[0].replace(day=1)
    month = (first.month - 1 + third) % 12 + 1
    year = first.year + (first.month - 1 + third) // 12
    start = dt.date(year, month, 1)
    return start, _month_end(year, month), _AT_PART_OF_YEAR


@_rule(
    lambda f: rf"(?P<rel>{f.rel['weekend']}) {f.rw['weekend']}",
    examples=("last weekend", "this weekend", "the weekend"),
)
def _weekend(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    return _weekend_span(_step(gr, g, "weekend"), anchor, future)


def _weekend_span(step: int, anchor: dt.date, future: bool) -> _Span:
    """The weekend ``step`` weekends from the anchor's (0: the nearest, as ``future`` says)."""
    if step < 0:  # ends strictly before the anchor
        saturday = _weekday(5, anchor - _DAY, future=False, strict=False)
    elif step > 0:  # starts after the anchor
        saturday = _weekday(5, anchor, future=True, strict=True)
    elif future:  # the first that ends on or after the anchor
        saturday = _weekday(6, anchor, future=True, strict=False) - _DAY
    else:  # the most recent that starts on or before the anchor
        saturday = _weekday(5, anchor, future=False, strict=False)
    return saturday, saturday + _DAY, _AT_INTERVAL


@_rule(
    lambda f: (
        rf"(?:{f.rw['article']} )?(?P<q>{f.rw['quarter_ordinals']})"
        rf" (?P<unit>{f.rw['quarter_parts']})(?: {f.rw['of']})? {f.year_ref}"
        rf"|(?P<letter>{f.rw['quarter_letters']})(?P<qn>[1-4]) (?P<qyear>{f.year4})"
    ),
    examples=("the first quarter of 2023", "the second half of last year", "Q3 2021"),
)
def _quarter(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    numbered = gr.fragments.numbered
    if g.get("qn"):
        year, index = int(g.get("qyear") or ""), int(g.get("qn") or "") - 1
        months = numbered["quarter_letters"][g.get("letter") or ""]
    else:
        year = _year_of(gr, g, anchor, future)[0].year
        months = numbered["quarter_parts"][g.get("unit") or ""]
        number = numbered["quarter_ordinals"][g.get("q") or ""]  # -1: the last
        index = 12 // months - 1 if number < 0 else number - 1
    if index >= 12 // months:
        raise _RejectError("a year has two halves" if months == 6 else "no such part of a year")
    first_month = index * months + 1
    return (
        dt.date(year, first_month, 1),
        _month_end(year, first_month + months - 1),
        _AT_PART_OF_YEAR,
    )


@_rule(
    lambda f: rf"(?:(?P<rel>{f.rel['holiday']}) )?(?P<h>{f.holiday})(?: (?P<year>{f.year4}))?",
    examples=("Christmas Day", "New Year's Eve", "Easter 2020", "Good Friday"),
)
def _holiday_rule(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    key = gr.words.holidays[g.get("h") or ""]
    if g.get("year"):
        day = _holiday(key, int(g.get("year") or ""))
        return day, day, _AT_DAY
    rel = g.get("rel")
    step = (1 if future else -1) if rel is None else _step(gr, g, "holiday")
    candidates = [_holiday(key, anchor.year + k) for k in (-1, 0, 1)]
    if step < 0:
        day = [d for d in candidates if (d < anchor if rel else d <= anchor)][-1]
    elif step > 0:
        day = next(d for d in candidates if (d > anchor if rel else d >= anchor))
    else:
        day = candidates[1]
    return day, day, _AT_DAY


# --------------------------------------------------------------------------------------------
# Constructions other languages have (docs/languages.md, "Dates"): their words are the
# lexicon's ``dates.grammar`` entries, and each template is None for a lexicon without them
# (English), so English compiles none of these rules.
def _gx(f: _Fragments, *keys: str) -> tuple[str, ...] | None:
    """The alternations of the grammar entries ``keys``, or None if one is missing; a key
    ending in "?" is optional (the empty alternation "(?!)" stands in)."""
    found = []
    for key in keys:
        optional = key.endswith("?")
        value = f.gx.get(key.rstrip("?"))
        if value is None:
            if not optional:
                return None
            value = "(?!)"
        found.append(value)
    return tuple(found)


@functools.cache
def _short_weekdays_of(w: DateWords) -> dict[str, int]:
    """first word of a weekday name of several words -> the weekday (Monday = 0); a first
    word that is a weekday name already, or that two weekdays share, is left out."""
    found: dict[str, set[int]] = {}
    for spelling, day in w.weekdays.items():
        head, _, rest = spelling.partition(" ")
        if rest and head not in w.weekdays:
            found.setdefault(head, set()).add(day)
    return {head: days.pop() for head, days in found.items() if len(days) == 1}


def _weekday_template(f: _Fragments) -> str | None:
    words = _gx(f, "this", "last_before?", "next_before?", "last_after?", "next_after?")
    if words is None:
        return None
    this, last_b, next_b, last_a, next_a = words
    before, after, pod_after, joined, link = (
        _gx(
            f,
            "weekday_before?",
            "weekday_after?",
            "part_of_day_after?",
            "joined_part_of_day?",
            "part_of_day_link?",
        )
        or ("(?!)",) * 5
    )
    # a weekday named by the first word of its name ("segunda" for "segunda-feira"), read only
    # after one of the words that make it one ("na segunda"): alone it is a common word
    short = f.short_weekdays
    leads = f.gx.get("short_weekday_leads")
    short_form = (
        rf"|(?P<lead>{leads}) (?P<wds>{trie_alternation(short)})" if short and leads else ""
    )
    return (
        rf"(?:(?P<pod1>{f.pod}) {f.of_opt})?"
        rf"(?:(?:(?P<this>{this}) |(?P<last>{last_b}) |(?P<next>{next_b}) |{before} )?"
        rf"(?P<wd>{f.wd}){short_form})(?P<podj>{joined})?(?: {after})?"
        # (a link elided before the part: "en fin d'après-midi")
        rf"(?: (?:{link}(?: |(?<=')))?(?P<pod>{f.pod})(?: {pod_after})?)?"
        rf"(?: (?P<last2>{last_a})| (?P<next2>{next_a}))?"
        # the day of the month in brackets (the closing one is cut with the edge punctuation)
        r"(?: \((?P<dom>\d{1,2})\)?)?"
    )


def _weekday_other_read(gr: _Grammar, g: _Groups) -> tuple[int, int, int | None, Precision]:
    """A weekday with the words other languages put around it: "this" and "last" before or
    after it, a part of the day before or after it (or joined to it: "Samstagabend"), and the
    day of the month in brackets ("nesta terça-feira (25)")."""
    w = gr.words
    short = g.get("wds")
    wd = w.weekdays[g.get("wd") or ""] if short is None else _short_weekdays_of(w)[short]
    # a lead word of a short name may say "last" or "next" ("na última segunda")
    lead = g.get("lead")
    lead = lead.rsplit(" ", 1)[-1] if lead else ""
    if g.get("last") or g.get("last2") or lead in w.grammar.get("last_before", ()):
        step = -1
    elif g.get("next") or g.get("next2") or lead in w.grammar.get("next_before", ()):
        step = 1
    else:
        step = 0
    dom = g.get("dom")
    part = g.get("pod") or g.get("pod1") or g.get("podj")
    return wd, step, None if dom is None else int(dom), _AT_PART_OF_DAY if part else _AT_DAY


def _weekday_other_apply(
    gr: _Grammar, plan: tuple[int, int, int | None, Precision], anchor: dt.date, future: bool
) -> _Span | None:
    wd, step, dom, precision = plan
    day = _stepped_weekday(wd, step, anchor, future)
    if dom is not None and dom != day.day:
        return None
    return day, day, precision


_weekday_other = _two_steps(_weekday_other_read, _weekday_other_apply)
_rule(
    _weekday_template,
    languages={
        "fr": ("ce jeudi", "mardi dernier", "jeudi soir", "dans la nuit de jeudi"),
        "es": ("el pasado martes", "este jueves", "la noche del viernes"),
        "pt": ("nesta terça-feira", "na quinta-feira passada", "domingo à noite", "na segunda"),
        "de": ("am Freitag", "Samstagabend", "vergangenen Dienstag"),
        "ru": ("в четверг утром", "в прошлую среду"),
        "uk": ("у неділю вранці", "минулого четверга"),
        "tr": ("perşembe günü", "cuma gecesi", "geçen salı"),
        "ar": ("مساء السبت", "يوم الخميس", "أمس السبت"),
    },
)(_weekday_other)  # fmt: skip


def _window_template(f: _Fragments) -> str | None:
    words = _gx(
        f, "past_window?", "past_n_before?", "past_n_after?", "so_far?", "past_n_article?",
        "past_unit_before?", "past_unit_after?", "past_unit_lead?", "unit_articles?",
        "since_count?", "within?",
    )  # fmt: skip
    # (the article and the lead words alone make no window)
    if words is None or all(word == "(?!)" for i, word in enumerate(words) if i not in (7, 8)):
        return None
    window, before, after, so_far, article, one_before, one_after, lead, unit_article = words[:9]
    since_count, within = words[9:]
    nothing = "(?!)"
    branches = [
        rf"(?P<window>{window})",
        rf"{before} (?P<n>{f.num}) (?P<unit>{f.unitw})",
        # (an article may be joined to the count: "الـ24 ساعة الماضية")
        rf"(?:{article} ?)?(?P<n3>{f.num}) (?:{after} (?P<unit4>{f.unitw})"
        rf"|(?P<unit5>{f.unitw}) {after})",
        rf"(?P<unit2>{f.unitw}) (?:{article} ?)?(?P<n2>{f.num}) {after}",
        rf"{so_far} (?P<unit3>{f.unitw})",
    ]
    if one_before != nothing:  # the past unit: "за последнюю неделю", "la última semana"
        branches.append(rf"{one_before} (?P<one>{f.unitw})")
    if one_after != nothing:
        # "la semaine écoulée", "خلال الأسبوع الماضي"; where the language lists lead words,
        # one is needed (the unit with "last" after it alone is the calendar unit there:
        # "الأسبوع الماضي")
        head = "" if lead == nothing else f"{lead} "
        branches.append(rf"{head}(?:{unit_article} ?)?(?P<one2>{f.unitw}) {one_after}")
    if since_count != nothing:  # "depuis trois jours": since a count of units, to the anchor
        branches.append(rf"{since_count} (?P<n6>{f.num}) (?P<unit6>{f.unitw})")
    if within != nothing:  # "binnen drei Tagen": before the anchor or after it, by the tense
        branches.append(rf"(?P<within>{within}) (?P<n7>{f.num}) (?P<unit7>{f.unitw})")
    return "|".join(branches)


@_rule(
    _window_template,
    languages={
        "fr": ("les trois derniers jours", "les dernières 24 heures", "la semaine écoulée",
               "depuis trois jours", "en l'espace de deux semaines", "le dernier mois"),
        "es": ("las últimas 24 horas", "en lo que va del año", "la última semana",
               "el último mes", "en el plazo de dos semanas"),
        "pt": ("as últimas 24 horas", "os últimos três dias", "na última semana",
               "no último mês", "no espaço de dois meses"),
        "de": ("die vergangenen 24 Stunden", "in den letzten drei Tagen", "binnen einer Woche",
               "innerhalb von drei Tagen", "seit zwei Wochen"),
        "ru": ("за сутки", "за последние сутки", "в течение ночи", "за последнюю неделю",
               "за минувший месяц", "в течение трёх дней"),
        "uk": ("за добу", "за минулу добу", "протягом минулої доби", "за останній тиждень",
               "за минулий місяць", "протягом двох тижнів"),
        "tr": ("son 24 saatte", "son üç günde"),
        "ar": ("الأيام الثلاثة الماضية", "الأيام الخمسة الماضية", "خلال الأسبوع الماضي",
               "الـ24 ساعة الماضية", "آخر 48 ساعة", "في غضون ثلاثة أيام"),
    },
)  # fmt: skip
def _window_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """A window that ends on the publication day: the past day or night ("за сутки"), the
    past N units, the current unit so far, the past unit ("за последнюю неделю"), N units
    after "since" ("depuis trois jours"); "within" N units ("binnen drei Tagen") is the
    window before the anchor or after it, as the tense says."""
    w = gr.words
    if g.get("window"):
        return _interval(anchor - _DAY, anchor)
    unit3 = g.get("unit3")
    if unit3 is not None:
        start, _, _ = _calendar_unit(_unit_key(unit3, w), anchor, 0)
        return _interval(start, anchor)
    one = g.get("one") or g.get("one2")
    if one is not None:
        # the past week, month, year; another unit word (a weekend) is read by other rules
        unit = w.unit_keys.get(one, "")
        if unit not in _WINDOW_UNITS:
            return None
        return _interval(_add_units(anchor, unit, -1), anchor)
    word = (
        g.get("unit") or g.get("unit2") or g.get("unit4") or g.get("unit5") or g.get("unit6")
        or g.get("unit7") or ""
    )  # fmt: skip
    unit = w.unit_keys.get(word, "")
    if unit not in _WINDOW_UNITS:
        raise _RejectError(f"{word!r} is no unit a window counts")
    n = _number(g.get("n") or g.get("n2") or g.get("n3") or g.get("n6") or g.get("n7") or "", w)
    if future and g.get("within") is not None:
        return _interval(anchor, _add_units(anchor, unit, n))
    return _interval(_add_units(anchor, unit, -n), anchor)


# the units a window up to the anchor counts ("за последние сутки", "la semaine écoulée")
_WINDOW_UNITS = frozenset(("hour", "day", "week", "month", "year"))


def _unit_template(f: _Fragments) -> str | None:
    words = _gx(
        f, "this", "last_before?", "next_before?", "last_after?", "next_after?", "this_after?",
        "unit_articles?",
    )  # fmt: skip
    if words is None:
        return None
    this, last_b, next_b, last_a, next_a, this_a, article = words
    return (
        rf"(?:(?P<last>{last_b})|(?P<next>{next_b})|(?P<this>{this})) (?P<unit>{f.unitw})"
        rf"(?: {this_a})?"
        rf"|(?:{article} ?)?(?P<unit2>{f.unitw}) (?:(?P<last2>{last_a})|(?P<next2>{next_a})"
        rf"|(?P<this2>{this_a}))"
        # "el fin de semana": a weekend with its article
        rf"|{article} (?P<unit3>{f.unitw})"
    )


def _unit_other_read(gr: _Grammar, g: _Groups) -> tuple[str | None, int]:
    """This / last / next week, month, year, weekend, with the adjective before or after its
    noun."""
    word = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
    key = gr.words.unit_keys.get(word)
    shift = -1 if g.get("last") or g.get("last2") else 1 if g.get("next") or g.get("next2") else 0
    if g.get("unit3") and key != "weekend":
        return None, shift
    if key == "weekend":
        return key, shift
    if key not in ("day", "week", "month", "year", "decade", "century") or key == "day":
        return None, shift
    return key, shift


def _unit_other_apply(
    gr: _Grammar, plan: tuple[str | None, int], anchor: dt.date, future: bool
) -> _Span | None:
    key, shift = plan
    if key is None:  # (no unit the rule reads)
        return None
    if key == "weekend":
        return _weekend_span(shift, anchor, future)
    return _calendar_unit(key, anchor, shift)


_unit_other = _two_steps(_unit_other_read, _unit_other_apply)
_rule(
    _unit_template,
    languages={
        "fr": ("la semaine dernière", "ce week-end", "le mois prochain"),
        "es": ("el mes pasado", "esta semana", "el fin de semana"),
        "pt": ("na semana passada", "no ano passado", "neste fim de semana"),
        "de": ("vergangene Woche", "letzten Monat", "dieses Wochenende"),
        "ru": ("на прошлой неделе", "в прошлом месяце"),
        "uk": ("минулого тижня", "минулого місяця"),
        "tr": ("geçen hafta", "geçen ay"),
        "ar": ("الأسبوع الماضي", "الشهر الماضي"),
    },
)(_unit_other)  # fmt: skip


def _weekend_lead_template(f: _Fragments) -> str | None:
    words = _gx(f, "weekends", "weekend_leads?", "since?")
    # (Turkish names its weekends but puts "since" after them: "hafta sonundan bu yana", read
    # by the edge rule and since_after)
    if words is None or (f.gx.get("weekend_leads") is None and f.gx.get("since") is None):
        return None
    weekends, leads, since = words
    clitic = rf"(?:{f.proclitic})?" if f.proclitic else ""
    # the weekend noun after "since" or a preposition that makes it the nearest weekend
    # ("seit dem Wochenende", "с выходных", "на выходных", "منذ عطلة نهاية الأسبوع")
    return rf"{clitic}(?:(?P<since>{since})|{leads}) (?P<weekend>{weekends})"


@_rule(
    _weekend_lead_template,
    languages={
        "fr": ("depuis le week-end", "à partir du week-end"),
        "es": ("desde el fin de semana", "a partir del fin de semana"),
        "pt": ("desde o fim de semana", "a partir do fim de semana"),
        "de": ("seit dem Wochenende", "am Wochenende"),
        "ru": ("с выходных", "на выходных"),
        "uk": ("з вихідних", "на вихідних"),
        "ar": ("منذ عطلة نهاية الأسبوع", "في عطلة نهاية الأسبوع"),
    },
)  # fmt: skip
def _weekend_lead(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """The nearest weekend after a lead word; after "since", its Saturday to the anchor."""
    if g.get("since"):
        return _since(_weekend_span(0, anchor, False), anchor)
    return _weekend_span(0, anchor, future)


def _season_other_template(f: _Fragments) -> str | None:
    words = _gx(
        f, "this", "last_before?", "next_before?", "last_after?", "next_after?", "this_after?",
        "unit_articles?",
    )  # fmt: skip
    if words is None:
        return None
    this, last_b, next_b, last_a, next_a, this_a, article = words
    article = rf"(?:{article} ?)?"
    # a season with "last", "next" or "this" before or after it ("au printemps dernier", "im
    # vergangenen Sommer", "прошлой весной", "الربيع الماضي"); alone it is _season's
    return (
        rf"(?:(?P<last>{last_b})|(?P<next>{next_b})|(?P<this>{this})) {article}"
        rf"(?P<season>{f.season})"
        rf"|{article}(?P<season2>{f.season}) (?:(?P<last2>{last_a})|(?P<next2>{next_a})"
        rf"|(?P<this2>{this_a}))"
    )


@_rule(
    _season_other_template,
    languages={
        "fr": ("le printemps dernier", "l'été prochain", "cet hiver"),
        "es": ("la primavera pasada", "este verano"),
        "pt": ("o verão passado", "este inverno"),
        "de": ("im vergangenen Frühjahr", "letzten Sommer", "diesen Winter"),
        "ru": ("прошлой весной", "этим летом"),
        "uk": ("минулої весни", "цього літа"),
        "tr": ("geçen yaz", "bu kış"),
        "ar": ("الربيع الماضي", "الصيف المقبل"),
    },
)  # fmt: skip
def _season_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """Last / next / this season: as English "last summer" (the most recent one that ends
    before the anchor, the first that starts after it, the one containing it)."""
    season = gr.words.seasons[g.get("season") or g.get("season2") or ""]
    last, nxt = g.get("last") or g.get("last2"), g.get("next") or g.get("next2")
    return _yearless_season(season, -1 if last else 1 if nxt else 0, anchor, future)


def _count_template(f: _Fragments) -> str | None:
    if f.gx.get("ago_before") is None and f.gx.get("hence_before") is None:
        return None
    ago_b, hence_b, duals, singles = (
        _gx(f, "ago_before?", "hence_before?", "dual_units?", "single_units?") or ()
    )
    # with a proclitic, as "since" ("ومنذ يومين": "منذ" is both)
    clitic = rf"(?:{f.proclitic})?" if f.proclitic else ""
    return (
        rf"{clitic}(?P<dir>{ago_b}|{hence_b}) "
        rf"(?:(?P<n>{f.num}) (?P<unit>{f.unitw})|(?P<dual>{duals})|(?P<single>{singles}))"
    )


@_rule(
    _count_template,
    languages={
        "fr": ("il y a trois jours", "il y a deux semaines", "dans deux jours"),
        "es": ("hace dos semanas", "hace nueve días"),
        "pt": ("há três dias", "há duas semanas"),
        "de": ("vor zwei Tagen", "vor drei Wochen"),
        "ar": ("منذ ثلاثة أيام", "منذ يومين"),
        "ru": ("через три дня", "через две недели", "через неделю"),
        "uk": ("через три дні", "через два тижні", "через місяць"),
    },
)  # fmt: skip
def _count_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A count of units with the "ago" or "in" word before it ("il y a trois jours")."""
    w = gr.words
    sign = -1 if (g.get("dir") or "") in w.grammar.get("ago_before", ()) else 1
    dual = g.get("dual")
    if dual is not None:
        return _calendar_unit(_unit_key(dual, w), anchor, 2 * sign)
    single = g.get("single")  # "через неделю": one unit
    if single is not None:
        return _calendar_unit(_unit_key(single, w), anchor, sign)
    return _calendar_unit(
        _unit_key(g.get("unit") or "", w), anchor, sign * _number(g.get("n") or "", w)
    )


def _night_template(f: _Fragments) -> str | None:
    words = _gx(f, "night_from?", "night_to?", "night_before?")
    if words is None or words == ("(?!)",) * 3:
        return None
    night, to, before = words
    day = rf"(?P<wd{{i}}>{f.wd})(?: (?P<d{{i}}>{f.dayn}))?"
    return (
        rf"{night} {day.format(i=1)} (?:{to} )?{day.format(i=2)}"
        rf"(?: {f.of_opt}(?P<mon>{f.mon})(?: (?P<year>{f.year4}))?)?"
        # the night before a weekday, or before a day of a month ("у ніч проти 30 вересня")
        rf"|{before} (?:(?P<wd3>{f.wd})"
        rf"|(?P<d3>{f.dayn}) {f.of_opt}(?P<mon3>{f.mon})(?: (?P<year3>{f.year4}))?)"
    )


@_rule(
    _night_template,
    languages={
        "en": ("the night of Friday to Saturday", "the night from Saturday 23 to Sunday 24 November"),
        "fr": ("la nuit de vendredi à samedi", "la nuit du samedi 23 au dimanche 24 novembre"),
        "es": ("la noche del viernes al sábado", "la noche del sábado 23 al domingo 24 de noviembre"),
        "pt": ("a noite de sexta-feira para sábado", "a noite de sábado para domingo"),
        "de": ("in der Nacht zu Sonntag", "in der Nacht zum Samstag"),
        "ru": ("в ночь на воскресенье", "в ночь на субботу", "в ночь на 30 сентября"),
        "uk": ("в ніч на середу", "у ніч на суботу", "у ніч проти 30 вересня"),
        "ar": ("ليل الجمعة السبت", "ليلة الجمعة إلى السبت"),
    },
)  # fmt: skip
def _night_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """The night from one day to the next: the two days, an interval."""
    w = gr.words
    d3, mon3 = g.get("d3"), g.get("mon3")
    if d3 is not None and mon3 is not None:  # the night before a day of a month
        year3 = g.get("year3")
        day3 = _day_number(d3, w)
        month3 = w.months[mon3]
        end = (
            dt.date(int(year3), month3, day3)
            if year3
            else _yearless_day(month3, day3, anchor, future)
        )
        return end - _DAY, end, _AT_INTERVAL
    d2, mon = g.get("d2"), g.get("mon")
    if d2 is not None and mon is not None:
        month = w.months[mon]
        year = g.get("year")
        day = _day_number(d2, w)
        end = dt.date(int(year), month, day) if year else _yearless_day(month, day, anchor, future)
    else:
        end = _weekday(w.weekdays[g.get("wd2") or g.get("wd3") or ""], anchor, future, strict=False)
    if w.weekdays[g.get("wd2") or g.get("wd3") or ""] != end.weekday():
        return None
    d1, wd1 = g.get("d1"), g.get("wd1")
    if d1 is not None and _day_number(d1, w) != (end - _DAY).day:
        return None
    if wd1 is not None and w.weekdays[wd1] != (end - _DAY).weekday():
        return None  # "the night of Monday to Wednesday": two days not in a row
    return end - _DAY, end, _AT_INTERVAL


def _today_part_template(f: _Fragments) -> str | None:
    words = _gx(f, "pod_articles")
    # an article that ends in an apostrophe takes no space ("l'aube")
    return None if words is None else rf"{words[0]}(?: |(?<=')) ?(?P<pod>{f.pod})"


@_rule(
    _today_part_template,
    languages={
        "fr": ("dans la matinée", "ce soir"),
        "es": ("esta mañana", "esta tarde"),
        "pt": ("nesta manhã", "esta tarde"),
        "de": ("heute Morgen", "diesen Morgen"),
        "ru": ("этим утром", "сегодня утром"),
        "uk": ("сьогодні вранці", "сьогодні ввечері"),
        "tr": ("bu sabah", "bu akşam"),
    },
)
def _today_part_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A part of the publication day ("ce matin", "dans la matinée")."""
    return anchor, anchor, _AT_PART_OF_DAY


def _edge_unit_template(f: _Fragments) -> str | None:
    if not f.gx:
        return None
    (article,) = _gx(f, "unit_articles?") or ("(?!)",)
    # a unit and its edge written as one word ("Jahresbeginn", "Monatsende")
    joined = f.gx.get("joined_unit_edge")
    joined_form = rf"|(?P<unit3>{joined})(?P<edge3>{f.edge})" if joined else ""
    return (
        rf"(?P<edge>{f.edge}) {f.of_opt}(?:{article} ?)?(?P<unit>{f.unitw})"
        rf"|(?P<unit2>{f.unitw}) (?P<edge2>{f.edge}){joined_form}"
    )


@_rule(
    _edge_unit_template,
    languages={
        "fr": ("début de l'année", "fin du mois"),
        "es": ("principios de año", "finales de mes"),
        "pt": ("no início do mês", "no final do ano"),
        "de": ("Anfang des Jahres", "Ende des Monats", "Jahresbeginn", "Monatsende"),
        "ru": ("в начале года", "в конце месяца"),
        "uk": ("на початку року", "наприкінці місяця"),
        "tr": ("yıl başında", "ay sonunda"),
        "ar": ("مطلع العام", "نهاية الشهر"),
    },
)
def _edge_unit_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """The start, middle or end of the current month or year ("début de l'année")."""
    w = gr.words
    unit = w.unit_keys.get(g.get("unit") or g.get("unit2") or g.get("unit3") or "")
    if unit not in ("week", "month", "year"):
        return None
    if unit == "week" and gr.words.grammar.get("weekends"):
        # the weekend's own name made of the week's end ("fim de semana", "hafta sonunda",
        # "نهاية الأسبوع") names the weekend, not the end of the week
        read = (g.get("edge"), g.get("unit"), g.get("unit2"), g.get("edge2"))
        if " ".join(x for x in read if x).endswith(tuple(w.grammar["weekends"])):
            return _weekend_span(0, anchor, future)
    start, end, prec = _calendar_unit(unit, anchor, 0)
    return _part(start, end, w.edges[g.get("edge") or g.get("edge2") or g.get("edge3") or ""], prec)


def _edge_year_template(f: _Fragments) -> str | None:
    words = _gx(
        f, "this", "last_before?", "next_before?", "last_after?", "next_after?", "this_after?",
        "unit_articles?", "year_before?", "year_after?",
    )  # fmt: skip
    # a language that names the year before its edge (its genitive, ``year_genitives``:
    # "geçen yılın sonunda", "2017 sonunda") reads it by _year_edge
    if words is None or f.gx.get("year_genitives") is not None:
        return None
    this, last_b, next_b, last_a, next_a, this_a, article, year_word, year_after = words
    article = rf"(?:{article} ?)?"
    # the year's part named before the year: its unit word and the year ("fin de l'année
    # 2017", "finales del año 2017", "Ende des Jahres 2017", "أواخر عام 2017"), the year and
    # its word after it ("в конце 2017 года"), or the unit with "last", "this" or "next"
    # ("début de l'année dernière", "Ende letzten Jahres", "в конце прошлого года", "مطلع
    # العام الماضي"); a bare year ("fin 2017") or unit ("fin de l'année") is another rule's
    return (
        rf"(?P<edge>{f.edge}) {f.of_opt}(?:"
        rf"(?:{article}(?P<yunit>{f.unitw})|{year_word}) {f.of_opt}(?P<year>{f.year4}){f.year_tail}"
        rf"|(?P<year2>{f.year4}) {year_after}"
        rf"|{article}(?:(?P<yl>{last_b}) |(?P<yn>{next_b}) |{this} )(?P<yunit2>{f.unitw})"
        rf"|{article}(?P<yunit3>{f.unitw}) (?:(?P<yl2>{last_a})|(?P<yn2>{next_a})|{this_a}))"
    )


@_rule(
    _edge_year_template,
    languages={
        "fr": (
            "fin de l'année 2017",
            "début de l'année dernière",
            "au début de cette année",
            "fin du mois dernier",
        ),
        "es": (
            "finales del año 2017",
            "a finales del año pasado",
            "a principios de este año",
            "finales del mes pasado",
        ),
        "pt": (
            "no final do ano de 2017",
            "início do ano passado",
            "no início deste ano",
            "final do mês passado",
        ),
        "de": ("Ende des Jahres 2017", "Anfang letzten Jahres", "Ende des vergangenen Jahres"),
        "ru": (
            "в конце 2017 года",
            "в конце прошлого года",
            "в начале этого года",
            "начала прошлого года",
            "в конце прошлого месяца",
        ),
        "uk": (
            "наприкінці 2017 року",
            "на початку минулого року",
            "на початку цього року",
            "наприкінці минулого місяця",
        ),
        "ar": ("أواخر عام 2017", "مطلع العام الماضي", "بداية العام الحالي", "نهاية الشهر الماضي"),
    },
)
def _edge_year(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """The start, middle or end of a year named after the edge: in figures with its word,
    or by its unit with "last", "this" or "next" ("fin de l'année 2017", "مطلع العام
    الماضي"); and of the last or next month ("fin du mois dernier")."""
    w = gr.words
    named = g.get("yunit") or g.get("yunit2") or g.get("yunit3")
    unit = "year" if named is None else w.unit_keys.get(named)
    year = g.get("year") or g.get("year2")
    if year is not None:
        if unit != "year":
            return None
        start, end, prec = _year_span(int(year))
        return _part(start, end, w.edges[g.get("edge") or ""], prec)
    step = -1 if g.get("yl") or g.get("yl2") else 1 if g.get("yn") or g.get("yn2") else 0
    # this month's edge ("fin du mois") is _edge_unit_other's
    if not (unit == "year" or (unit == "month" and step)):
        return None
    start, end, prec = _calendar_unit(unit, anchor, step)
    return _part(start, end, w.edges[g.get("edge") or ""], prec)


def _year_ref_other(f: _Fragments, *, relative: bool = False) -> str | None:
    """The year named by its unit word with "this", "last" or "next" before or after it ("del
    año pasado", "vergangenen Jahres", "прошлого года", "من العام الماضي"), or alone ("del
    año": the current one); None for a lexicon without those words.  With ``relative``, the
    word for "this", "last" or "next" is required (``yunit2`` holds the unit word when it
    comes after it)."""
    words = _gx(
        f, "this", "last_before?", "next_before?", "last_after?", "next_after?", "this_after?",
        "unit_articles?",
    )  # fmt: skip
    if words is None:
        return None
    this, last_b, next_b, last_a, next_a, this_a, article = words
    if relative:
        return (
            rf"(?:{article} ?)?(?:(?:(?P<yl>{last_b}) |(?P<yn>{next_b}) |{this} )"
            rf"(?P<yunit>{f.unitw})|(?P<yunit2>{f.unitw}) (?:(?P<yl2>{last_a})|(?P<yn2>{next_a})"
            rf"|{this_a}))"
        )
    return (
        rf"(?:{article} ?)?(?:(?P<yl>{last_b}) |(?P<yn>{next_b}) |{this} )?(?P<yunit>{f.unitw})"
        rf"(?: (?:(?P<yl2>{last_a})|(?P<yn2>{next_a})|{this_a}))?"
    )


def _year_ref_year(gr: _Grammar, g: _Groups, anchor: dt.date) -> int | None:
    """The year :func:`_year_ref_other` or a year in figures names; None for neither."""
    year = g.get("year")
    if year is not None:
        return int(year)
    unit = g.get("yunit")
    if unit is None:
        return None
    if gr.words.unit_keys.get(unit) != "year":
        raise _RejectError(f"{unit!r} is no year")
    return anchor.year + (
        -1 if g.get("yl") or g.get("yl2") else 1 if g.get("yn") or g.get("yn2") else 0
    )


def _month_year_template(f: _Fragments) -> str | None:
    year_ref = _year_ref_other(f)
    if year_ref is None:
        return None
    # the year first, named by its relative word and unit word as an adverb ("el año pasado
    # en mayo", "в прошлом году в мае", "geçen yıl mayıs ayında"), then the word for "in"
    # (``year_month_links``, if any) and the month; the relative word is required, as the
    # unit word alone names no year here
    link = f.gx.get("year_month_links")
    year_first = _renamed_groups(
        rf"{_year_ref_other(f, relative=True)} {rf'(?:{link} )?' if link else ''}"
        rf"(?P<mon>{f.mon}){f.mon_tail}",
        "_f",
    )
    genitive = f.gx.get("year_genitives")
    if genitive is not None:
        # the year first, its word in the genitive ("geçen yılın ekim ayında", "2023 yılının
        # mart ayı"), the word for month after the month
        this, last_b, next_b = _gx(f, "this", "last_before?", "next_before?") or ("(?!)",) * 3
        month_word = f.gx.get("month_words") or "(?!)"
        return (
            rf"(?:(?P<yl>{last_b}) |(?P<yn>{next_b}) |{this} |(?P<year>{f.year4}) )"
            rf"(?P<yunit>{genitive}) (?P<mon>{f.mon})(?: {month_word})?|{year_first}"
        )
    return rf"(?P<mon>{f.mon}){f.mon_tail} {f.of_opt}{year_ref}|{year_first}"


@_rule(
    _month_year_template,
    languages={
        "fr": ("août de l'année dernière", "en mars de l'an dernier", "l'an dernier en août"),
        "es": ("agosto del año pasado", "en marzo de este año", "el año pasado en agosto"),
        "pt": ("agosto do ano passado", "em março do ano passado", "no ano passado em março"),
        "de": ("im August vergangenen Jahres", "im März des vergangenen Jahres", "letztes Jahr im März"),
        "ru": ("в августе прошлого года", "в марте этого года", "в прошлом году в августе"),
        "uk": ("у серпні минулого року", "у березні минулого року", "минулого року у серпні"),
        "ar": ("أغسطس من العام الماضي", "آب من العام الماضي", "العام الماضي في آب"),
        "tr": ("geçen yılın ekim ayında", "2023 yılının mart ayı", "geçen yıl ekim ayında"),
    },
)  # fmt: skip
def _month_year_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A month of the year named by its word ("agosto del año pasado": August of last
    year; "el año pasado en agosto")."""
    if g.get("mon_f") is not None:  # the year-first form: its groups under their own names
        year_first = {k.removesuffix("_f"): v for k, v in g.items() if k.endswith("_f")}
        year_first["yunit"] = year_first["yunit"] or year_first["yunit2"]
        g = year_first
    year = _year_ref_year(gr, g, anchor)
    return _month_span(
        anchor.year if year is None else year, _named_month(gr, g, g.get("mon") or "")
    )


def _month_rel_template(f: _Fragments) -> str | None:
    words = _gx(f, "last_before?", "next_before?", "last_after?", "next_after?")
    if words is None or words == ("(?!)",) * 4:
        return None
    last_b, next_b, last_a, next_a = words
    # the word for month may stand before the name ("el pasado mes de agosto", "شهر أبريل")
    unit = rf"(?:(?P<munit>{f.unitw}) {f.of_opt})?"
    return (
        rf"(?:(?P<last>{last_b})|(?P<next>{next_b})) {unit}(?P<mon>{f.mon})"
        rf"|{unit.replace('munit', 'munit2')}(?P<mon2>{f.mon}) "
        rf"(?:(?P<last2>{last_a})|(?P<next2>{next_a}))"
    )


@_rule(
    _month_rel_template,
    languages={
        "fr": ("en août dernier", "en mars prochain"),
        "es": ("el pasado mes de agosto", "en agosto pasado"),
        "pt": ("em agosto passado", "no próximo mês de março"),
        "de": ("im vergangenen August", "im kommenden März"),
        "ru": ("в прошлом августе", "в следующем марте"),
        "uk": ("минулого серпня", "у наступному березні"),
        "tr": ("geçen ekim ayında", "gelecek mart"),
        "ar": ("في أبريل الماضي", "شهر آذار المقبل"),
    },
)
def _month_rel_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """A month with "last" or "next" ("agosto pasado", "أبريل الماضي"): the most recent such
    month before the anchor's month, or the first after it, as "last March" in English."""
    unit = g.get("munit") or g.get("munit2")
    if unit is not None and gr.words.unit_keys.get(unit) != "month":
        return None
    month = gr.words.months[g.get("mon") or g.get("mon2") or ""]
    step = -1 if g.get("last") or g.get("last2") else 1
    return _month_span(_yearless_month(month, step, anchor, future), month)


def _quarter_template(f: _Fragments) -> str | None:
    nouns = _gx(f, "quarter_nouns?", "half_nouns?")
    if nouns is None or nouns == ("(?!)", "(?!)"):
        return None
    quarter, half = nouns
    # "the last quarter" is the year's fourth ("el último trimestre"); "el trimestre pasado",
    # the one before the current, is not read
    (last_b,) = _gx(f, "last_before?") or ("(?!)",)
    year_ref = _year_ref_other(f) or "(?!)"
    # the year, maybe with its word before it ("من عام 2023")
    year_word = f.gx.get("year_before")
    year_word = rf"(?:{year_word} )?" if year_word else ""
    year_after = rf"{f.of_opt}(?:{year_word}(?P<year>{f.year4}){f.year_tail}|{year_ref})"
    # the year first, its word in the genitive ("yılın ilk çeyreğinde", "2024'ün ilk
    # yarısında")
    genitive = f.gx.get("year_genitives")
    year_first = ""
    if genitive is not None:
        this, next_b = _gx(f, "this", "next_before?") or ("(?!)", "(?!)")
        year_first = (
            rf"(?:(?:(?:(?P<yl0>{last_b}) |(?P<yn0>{next_b}) |{this} )?(?P<yunit0>{genitive})"
            rf"|(?P<year0>{f.year4})(?:'[^\W\d_]{{1,4}}| {genitive})) )?"
        )
    return (
        rf"{year_first}(?:(?P<q>{f.ordw})|(?P<ql>{last_b})) (?:(?P<qq>{quarter})|(?P<qh>{half}))"
        rf"(?: {year_after})?"
        # the noun first, then its ordinal ("الربع الأول من العام"), with the year: alone, the
        # noun and the ordinal are as often a match's half
        rf"|(?:(?P<qq_n>{quarter})|(?P<qh_n>{half})) (?P<q_n>{f.ordw}) {_renamed_groups(year_after)}"
    )


def _renamed_groups(pattern: str, suffix: str = "_n") -> str:
    """``pattern`` with each named group renamed with ``suffix`` (a second copy in one
    alternation)."""
    return re.sub(r"\(\?P<(\w+)>", rf"(?P<\g<1>{suffix}>", pattern)


@_rule(
    _quarter_template,
    languages={
        "fr": ("le premier trimestre de 2024", "au deuxième trimestre de l'année"),
        "es": ("el primer trimestre del año", "el segundo semestre de 2024"),
        "pt": ("no segundo trimestre", "o primeiro trimestre do ano passado"),
        "de": ("im ersten Quartal 2024", "im zweiten Halbjahr"),
        "ru": ("в первом квартале 2024 года", "во втором полугодии"),
        "uk": ("у першому кварталі 2024 року", "у другому півріччі"),
        "tr": ("yılın ilk çeyreğinde", "2024'ün ikinci yarısında", "geçen yılın üçüncü çeyreğinde"),
        "ar": ("الربع الأول من العام", "النصف الثاني من العام الماضي"),
    },
)
def _quarter_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A quarter or a half of a year ("el primer trimestre del año"); without a year, the most
    recent such one that starts on or before the anchor (past), or the first that ends on or
    after it (future), as a month named alone."""
    if g.get("q_n") is not None:  # the noun-first form: its groups under their own names
        g = {k.removesuffix("_n"): v for k, v in g.items() if k.endswith("_n")}
    months = 3 if g.get("qq") else 6
    count = 12 // months
    index = count - 1 if g.get("ql") else _day_number(g.get("q") or "", gr.words) - 1
    if not 0 <= index < count:
        raise _RejectError(f"a year has {count} of those")

    def span(year: int) -> _Span:
        first = index * months + 1
        end = _month_end(year, first + months - 1)
        return dt.date(year, first, 1), end, _AT_PART_OF_YEAR

    year = _year_ref_year(gr, g, anchor)
    if year is None and (g.get("year0") or g.get("yunit0")):  # the year first
        year = _year_ref_year(
            gr,
            {k.removesuffix("0"): v for k, v in g.items() if k.endswith("0")},
            anchor,
        )
    if year is not None:
        return span(year)
    found = span(anchor.year)
    if future and found[1] < anchor:
        return span(anchor.year + 1)
    if not future and found[0] > anchor:
        return span(anchor.year - 1)
    return found


def _month_edge_template(f: _Fragments) -> str | None:
    # switched on by the words for "month" a language puts after a month name (Turkish "ay":
    # "ekim ayı sonunda"; "ekim sonunda" is read too)
    month_word = f.gx.get("month_words")
    if month_word is None:
        return None
    return rf"(?P<mon>{f.mon})(?: {month_word})? (?P<edge>{f.edge})"


@_rule(
    _month_edge_template,
    languages={
        "tr": ("ekim başında", "kasım ayı sonunda", "mart ortasında"),
    },
)
def _month_edge_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """The start, middle or end of a month, the edge after it ("ekim ayı başında")."""
    return _part_of_month(gr, g, anchor, future)


def _year_word_template(f: _Fragments) -> str | None:
    before, after = _gx(f, "year_before?", "year_after?") or ("(?!)", "(?!)")
    if before == after == "(?!)":
        return None
    return rf"{before} (?P<year>{f.year4})(?: {after})?|(?P<year2>{f.year4}) {after}"


@_rule(
    _year_word_template,
    languages={
        "ru": ("2022 года", "в 2014 году"),
        "uk": ("2022 року", "у 2014 році"),
        "tr": ("2015 yılında", "2019 yılı"),
        "ar": ("عام 2011", "سنة 2015"),
        "de": ("im Jahr 2016", "im Jahre 2003"),
    },
)
def _year_word_other(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A year with the word "year" before or after it ("عام 2011", "2022 года")."""
    return _year_of(gr, g, anchor, future)


# --------------------------------------------------------------------------------------------
# Constructions of real copy the rules above missed (issue 14, session of 2026-12-06, sixth):
# each reads its words from the lexicon's dates.toml [grammar] entries and compiles to nothing
# for a lexicon without them.
@functools.cache
def _context_weekdays_of(w: DateWords) -> dict[str, int]:
    """A weekday's spelling the calendar excludes because it is a common word too (Turkish
    "pazar", also "market"), read only before a word that makes it the day
    (``grammar.context_weekdays``) -> the weekday (Monday = 0), from the generated calendar."""
    words = set(w.grammar.get("context_weekdays", ()))
    if not words:
        return {}
    days = w.lexicon.mapping("calendar.weekdays")
    return {
        str(spelling).lower(): day
        for day, spellings in enumerate(days.values())
        for spelling in cast("Iterable[str]", spellings)
        if str(spelling).lower() in words
    }


def _context_weekday_template(f: _Fragments) -> str | None:
    words = _gx(f, "context_weekdays", "weekday_after?", "last_before?", "next_before?")
    if words is None:
        return None
    weekday, after, last_b, next_b = words
    # the word after it is what makes it the day: a part of the day ("pazar gecesi") or the
    # word for day ("pazar günü"); or "last" / "next" before it ("geçen pazar"); "pazar
    # yerinde" (at the market) is no date
    return (
        rf"(?:(?P<last>{last_b}) |(?P<next>{next_b}) )?(?P<wdc>{weekday}) "
        rf"(?:(?P<pod>{f.pod})|{after})"
        rf"|(?:(?P<last2>{last_b})|(?P<next2>{next_b})) (?P<wdc2>{weekday})"
    )


@_rule(
    _context_weekday_template,
    languages={
        "tr": ("pazar gecesi", "pazar günü", "pazar sabahı", "geçen pazar", "önümüzdeki pazar"),
    },
)
def _context_weekday(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """A weekday whose name is also a common word, with the word after it or "last" / "next"
    before it that makes it the day ("pazar gecesi": Sunday night; "geçen pazar")."""
    wd = _context_weekdays_of(gr.words)[g.get("wdc") or g.get("wdc2") or ""]
    if g.get("last") or g.get("last2"):
        day = _weekday(wd, anchor, future=False, strict=True)
    elif g.get("next") or g.get("next2"):
        day = _weekday(wd, anchor, future=True, strict=True)
    else:
        day = _weekday(wd, anchor, future=future, strict=False)
    return day, day, _AT_PART_OF_DAY if g.get("pod") else _AT_DAY


def _night_joined_template(f: _Fragments) -> str | None:
    words = _gx(f, "night_joined", "night_from_endings", "night_to_endings", "context_weekdays?")
    if words is None:
        return None
    night, from_end, to_end, context = words
    day = rf"(?:{f.wd}|{context})"
    # the days in their cases, then the night that joins them: "pazartesiyi salıya bağlayan
    # gece" (the night joining Monday to Tuesday)
    return rf"(?P<wd1>{day})(?:{from_end}) (?P<wd2>{day})(?:{to_end}) {night}"


@_rule(
    _night_joined_template,
    languages={
        "tr": (
            "pazartesiyi salıya bağlayan gece", "cumartesiyi pazara bağlayan gece",
            "perşembeyi cumaya bağlayan gece",
        ),
    },
)  # fmt: skip
def _night_joined(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """The night from one day to the next, the days in their cases before the word that joins
    them (Turkish): the two days, an interval, as "la nuit de lundi à mardi"."""
    w = gr.words
    context = _context_weekdays_of(w)

    def weekday(word: str) -> int:
        day = w.weekdays.get(word)
        return context[word] if day is None else day

    first, second = weekday(g.get("wd1") or ""), weekday(g.get("wd2") or "")
    if (first + 1) % 7 != second:
        return None
    end = _weekday(second, anchor, future, strict=False)
    return end - _DAY, end, _AT_INTERVAL


def _year_edge_template(f: _Fragments) -> str | None:
    words = _gx(f, "year_genitives", "this", "last_before?", "next_before?")
    if words is None:
        return None
    genitive, this, last_b, next_b = words
    (year_after,) = _gx(f, "year_after?") or ("(?!)",)
    # the year first, its word in the genitive, then the edge: "bu yılın başında", "geçen
    # yılın sonunda", "2024 yılının ortasında"; or the year in figures, with a case ending or
    # its word after it, then the edge: "2017 sonunda", "2017'nin sonunda", "2017 yılı
    # sonunda"
    return (
        rf"(?:(?P<yl>{last_b}) |(?P<yn>{next_b}) |{this} |(?P<year>{f.year4}) )?"
        rf"(?P<yunit>{genitive}) (?P<edge>{f.edge})"
        rf"|(?P<year2>{f.year4})(?:'[^\W\d_]{{1,4}}| {year_after})? (?P<edge2>{f.edge})"
    )


@_rule(
    _year_edge_template,
    languages={
        "tr": (
            "bu yılın başında", "geçen yılın sonunda", "2024 yılının ortasında", "2017 sonunda",
            "2017'nin sonunda", "2017 yılı sonunda",
        ),
    },
)  # fmt: skip
def _year_edge(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """The start, middle or end of a year named before its edge: in the genitive, or in
    figures."""
    figures = g.get("year2")
    year = int(figures) if figures is not None else _year_ref_year(gr, g, anchor)
    if year is None:
        return None
    start, end, prec = _year_span(year)
    return _part(start, end, gr.words.edges[g.get("edge") or g.get("edge2") or ""], prec)


def _dual_window_template(f: _Fragments) -> str | None:
    words = _gx(f, "dual_windows", "past_dual_after", "next_dual_after?")
    if words is None:
        return None
    dual, past, coming = words
    return rf"(?P<dual>{dual}) (?:{past}|(?P<next>{coming}))"


@_rule(
    _dual_window_template,
    languages={
        "ar": (
            "اليومين الماضيين", "الأسبوعين الماضيين", "الشهرين الأخيرين", "الأسبوعين المقبلين",
        ),
    },
)  # fmt: skip
def _dual_window(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span:
    """The past or coming two units, the dual carrying the count ("اليومين الماضيين": the
    past two days), as "the past two days": two units back to the anchor, or on from it."""
    unit = _unit_key(g.get("dual") or "", gr.words)
    if g.get("next") is not None:
        return _interval(anchor, _add_units(anchor, unit, 2))
    return _interval(_add_units(anchor, unit, -2), anchor)


@functools.cache
def _night_into_links(w: DateWords) -> frozenset[str]:
    """The links after a part of the day that make it the night before the day named
    ("overnight into Friday"; ``date_grammar.day_parts.into``)."""
    path = "date_grammar.day_parts.into"
    return frozenset(w.lexicon.optional_words(path))


def _night_into(gr: _Grammar, g: _Groups, day: dt.date) -> _Span | None:
    """The night into ``day`` when the lead before it ends with an "into" link: the day
    before and the day, an interval; else None."""
    if not _leads_into_night(gr, g.get("lead") or ""):
        return None
    return day - _DAY, day, _AT_INTERVAL


def _leads_into_night(gr: _Grammar, lead: str) -> bool:
    """Whether the lead before a day ends with an "into" link ("overnight into")."""
    return lead.rsplit(" ", 1)[-1] in _night_into_links(gr.words)


def _previous_day(ref: _Span, anchor: dt.date) -> _Span | None:
    """The day before the day the text named last ("la veille", "am Vortag"); after a span
    that runs up to the anchor ("depuis lundi"), the day before the anchor, the span's last
    day (it names no other day to step back from); None when that time is no single day."""
    last = ref[1]
    if ref[0] != last and last != anchor:
        return None
    day = last - _DAY
    return day, day, _AT_DAY


def _NO_RULE(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> None:  # noqa: N802 - a marker
    """The handler of a dispatch bucket without rules (never called: _parse reads none)."""
    raise AssertionError("a bucket without rules has no handler")


_RuleEntry = tuple[tuple[str, ...], tuple[int, ...], _Handler]
# a dispatch bucket: the pattern to match; the handler when the bucket holds one rule (the
# pattern is then that rule's own and its groups are the match's); else, per rule (by the
# name of its outer group in the alternation) its own groups' names and indices and handler
_Bucket = tuple[re.Pattern[str], "_Handler | None", dict[str, _RuleEntry]]
# What the first two words of a text decide, looked up once per text (_Grammar.route): the
# dispatch bucket of the rules, then whether the text can match each construction tried
# after a failed parse ("the week of", "since", the day shift, a range's opening word: the
# start strings of each one's pattern, _meets), and whether its first word can open a
# hedge or a filler (_prefix_of); for a bucket of several rules, its narrower buckets by the
# text's last word (_Grammar.end_bucket), None for one of one rule or none
_Route = tuple[_Bucket, bool, bool, bool, bool, bool, "dict[str, _Bucket] | None"]
# How a rule's matches can begin (read from its pattern, see _rule_starts), cut to the first
# two words: for text without a digit in them, the strings one of which starts every match
# and the first two words of those that run past the second ("dans la nuit" gives "dans la");
# the same for text with one, its runs of digits written as one mark; None when its pattern
# gives none
_Starts = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None
# How many first two words a grammar keeps a dispatch bucket for (a stream of new numbers would
# grow the table without end; past the bound a word's bucket is looked up each time)
_MAX_WORD_BUCKETS = 8192
# How many last words a route keeps a bucket for (end_bucket), as many as the years, numbers
# and words it meets
_MAX_LAST_WORDS = 1024


_DIGIT = re.compile(r"\d")
# In a rule's pattern, for reading its start strings: what matches nothing, and an item that
# matches digits only (``\d``, a class of digits, with its repeat), and their stand-ins
_NOTHING, _NOTHING_MARK = "(?!)", "\x00"
_DIGITS = re.compile(r"(?:\\d|\[(?:\d-\d|\d)+\])(?P<repeat>[*+?]|\{\d*(?:,\d*)?\})?[?+]?")
_DIGITS_MARK = "\x01"
# a run of digits (or marks), which the keys of words with digits write as one mark
_DIGIT_RUN = re.compile(r"[\x01\d]+")
_IGNORE_CASE = re.compile(r"\(\?[aLmsux]*i")


def _digits_mark(m: re.Match[str]) -> str:
    """The stand-in of a digit item: a mark, optional if the item may match no digit."""
    repeat = m["repeat"] or ""
    return (
        _DIGITS_MARK + "?"
        if repeat[:1] in ("?", "*") or repeat[:2] in ("{0", "{,")
        else _DIGITS_MARK
    )


def _digit_key(word: str) -> str:
    """``word`` with each run of digits one mark: how a word with digits meets start strings."""
    return _DIGIT_RUN.sub(_DIGITS_MARK, word)


def _rule_starts(pattern: str | None) -> _Starts:
    r"""The start strings of the rule ``pattern`` for the dispatch on the first two words, or
    None.

    They are the literal prefixes (:func:`conflict_events.text._accel.literal_prefixes`) of a
    widened copy of the pattern, which matches every normalised text the pattern matches
    with each run of digits written as one mark: "(?!)" (matches nothing) becomes a NUL, an
    item that matches digits only (``\d{1,3}``, ``[12]``) a mark (optional if it may match
    none), and ``\s`` the space, the only white space of normalised text.  Of each prefix
    the first two words count, and whether the prefix runs past them: as written for text
    without a digit there (a prefix with a mark or a NUL in them cannot start it), with its
    runs of digits and marks made one mark for text with one (compared with
    :func:`_digit_key` of the text's first two words).  A pattern with an escaped backslash
    or read case-insensitively is not widened: None, its first characters decide.

    >>> _rule_starts(r"(?:(?P<rel>last|next) )?week|(?P<n>\d{1,3}) days ago")
    (('last week', 'next week', 'week'), (), ('last week', 'next week', 'week'), ('\x01 days',))
    """
    if pattern is None or "\\\\" in pattern or _IGNORE_CASE.search(pattern):
        return None
    widened = _DIGITS.sub(_digits_mark, pattern.replace(_NOTHING, _NOTHING_MARK))
    prefixes: set[str] = set()
    try:
        for form in _without_optional_head(widened.replace(r"\s", " ")):
            prefixes |= literal_prefixes(form)
    except (ValueError, re.error):  # a match can start with no literal: first characters decide
        return None
    heads: set[str] = set()
    words: set[str] = set()
    digit_heads: set[str] = set()
    digit_words: set[str] = set()
    for prefix in prefixes:
        parts = prefix.split(" ", 2)
        lead, runs = " ".join(parts[:2]), len(parts) > 2
        if _NOTHING_MARK in lead:
            continue
        if _DIGITS_MARK not in lead:
            (words if runs else heads).add(lead)
        (digit_words if runs else digit_heads).add(_digit_key(lead))
    return tuple(map(_sorted, (heads, words, digit_heads, digit_words)))  # type: ignore[return-value]


# How a rule's matches can end (read from its pattern, see _rule_ends): the last words they
# can end with (exact) and the endings of a last word that runs on before them (tails), each
# run of digits one mark; None where any last word may end a match
_Ends = tuple[frozenset[str], tuple[str, ...]] | None


def _rule_ends(pattern: str | None) -> _Ends:
    r"""The ends of the rule ``pattern`` for the dispatch on the last word, or None (any
    last word may end a match).

    Read from the pattern's parse tree, from its end back: normalised text the pattern
    matches has a last word (the text after its last space; with a digit in it, each run of
    digits one mark, as :func:`_digit_key` writes it) that is one of the first set or ends
    with one of the second.  A digit item (``\d{4}``, ``[12]``) is a mark, ``\s`` a space,
    a branch that matches nothing ("(?!)") ends no match.  A pattern read case-blind, or
    one that some match ends with a word of any ending, has none.

    >>> exact, tails = _rule_ends(r"(?:last|next) week|(?P<n>\d{1,3}) days? ago|(?!)x")
    >>> sorted(exact), tails
    (['ago', 'week'], ())
    >>> exact, tails = _rule_ends(r"(?P<m>march|may)(?: (?P<y>\d{4}))?|[^\W\d_]+'s")
    >>> sorted(exact), tails
    (['\x01', 'march', 'may'], ("'s",))
    >>> _rule_ends(r"the week of [^\W\d_]+") is None
    True
    """
    if pattern is None or _IGNORE_CASE.search(pattern):
        return None
    return end_words(pattern, digits=_DIGITS_MARK)


def _sorted(strings: set[str]) -> tuple[str, ...]:
    return tuple(sorted(strings))


# How many optional groups at the head of a pattern _without_optional_head writes out
_MAX_OPTIONAL_HEADS = 3


def _without_optional_head(pattern: str, depth: int = 0) -> list[str]:
    """Patterns whose matches together are those of ``pattern``, with an optional group at
    its head ("(?:X )?Y") written out as its two cases ("(?:X )Y" and "Y"), repeatedly: the
    literal prefixes of a pattern that opens with a long optional list are otherwise cut
    short at the empty string (:func:`_rule_starts` reads each case's).

    >>> _without_optional_head(r"(?:(?P<r>last|next) )?(?:week|month)")
    ['(?:(?P<r>last|next) )(?:week|month)', '(?:week|month)']
    """
    if (
        depth >= _MAX_OPTIONAL_HEADS
        or not pattern.startswith("(")
        or (pattern[1:2] == "?" and (pattern[2:3] not in (":", "P") or pattern[3:4] == "="))
    ):
        return [pattern]
    end = _group_end(pattern)
    if end < 0 or pattern[end : end + 1] != "?":
        return [pattern]
    rest = end + (2 if pattern[end + 1 : end + 2] in ("?", "+") else 1)
    once, never = pattern[:end] + pattern[rest:], pattern[rest:]
    return _without_optional_head(once, depth + 1) + _without_optional_head(never, depth + 1)


def _headless_forms(pattern: str | None, ending: str = "") -> tuple[Headless, ...]:
    r"""The rule ``pattern`` without its opening optional groups, one more left out each time
    (with the rule's ``ending`` after each), where the group left out can start with a
    character the rest can: there a match at a place is the first the engine finds, the
    group read before the rest ("مساء" the part of the day, then "اليوم"), and the rest alone
    may match further ("مساء اليوم السابق", one day word).  A scanner takes the longest end of
    the pattern and of these forms; each form's matches are the pattern's (the group is
    optional), so no other text is read.  Empty where no such group opens the pattern, or a
    form would leave out a group another part refers back to.

    Each form says whether it can match only where the pattern does (``own``): so where
    every group it leaves out is greedy or lazy ("?", "??"), whose match the engine gives
    back when the rest fails without it.  A possessive group ("?+") kept once matched may
    leave the pattern failing where the rest alone matches: a form past one is tried
    wherever any rule matched.

    >>> _headless_forms(r"(?:(?P<p>evening|morning) )?(?P<w>today|evening before)")
    (Headless(form='(?:(?P<w>today|evening before))', own=True),)
    >>> _headless_forms(r"(?:(?P<p>evening|morning) )?+(?P<w>today|evening before)")[0].own
    False
    >>> _headless_forms(r"(?:(?P<r>last|next) )?(?:week|month)")
    ()
    """
    forms: list[Headless] = []
    own = True
    rest = pattern
    for _ in range(_MAX_OPTIONAL_HEADS):
        if (
            rest is None
            or not rest.startswith("(")
            or (rest[1:2] == "?" and (rest[2:3] not in (":", "P") or rest[3:4] == "="))
        ):
            break
        end = _group_end(rest)
        if end < 0 or rest[end : end + 1] != "?":
            break
        after = rest[end + 1 : end + 2]
        own = own and after != "+"
        head, rest = rest[:end], rest[end + (2 if after in ("?", "+") else 1) :]
        if any(f"(?P<{name}>" not in rest for name in _BACK_REFERENCE.findall(rest)):
            break
        try:
            heads, rests = first_chars(head), first_chars(rest)
        except re.error:
            break
        if heads is None or rests is None or heads & rests:
            forms.append(Headless(f"(?:{rest}){ending}", own))
    return tuple(forms)


class Headless(NamedTuple):
    """A rule's pattern without the optional groups it opens with (:func:`_headless_forms`)."""

    form: str
    # whether the form matches only where the rule's pattern does (every group it leaves
    # out gives its match back: no "?+")
    own: bool


def _group_end(pattern: str) -> int:
    """The index past the group that opens ``pattern``, or -1 (escapes and character
    classes skipped)."""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # to the closing bracket; one right after "[" or "[^" is a member
            i += 1
            i += pattern[i : i + 1] == "^"
            i += pattern[i : i + 1] == "]"
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


# the forms of a rule's pattern with its optional head written out and each form's start
# strings (_Grammar.narrowed), None for a rule with one form
_HeadForms = tuple[tuple[str, _Starts], ...] | None
_BACK_REFERENCE = re.compile(r"\(\?(?:P=|\()(\w+)\)")


def _head_forms(head: str | None) -> _HeadForms:
    """The forms of the rule pattern ``head`` (:func:`_without_optional_head`) with their
    start strings, or None when it has one form or a form leaves out a group that another
    part refers back to (that form would not compile).

    >>> [form for form, _ in _head_forms(r"(?:(?P<r>last|next) )?week")]
    ['(?:(?P<r>last|next) )week', 'week']
    >>> _head_forms(r"(?:(?P<s>-) )?1(?P=s)2") is None
    True
    """
    if head is None:
        return None
    forms = _without_optional_head(head)
    if len(forms) < 2:
        return None
    for form in forms:
        for name in _BACK_REFERENCE.findall(form):
            if f"(?P<{name}>" not in form:
                return None
    return tuple((form, _rule_starts(form)) for form in forms)


def _renamed(index: int, pattern: str) -> str:
    """The rule's pattern with its group names prefixed ``r<index>_``, inside a group named
    ``r<index>``, so that rules can share one alternation."""
    prefix = f"r{index}_"
    renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<{prefix}\1>", pattern)
    renamed = re.sub(r"\(\?P=(\w+)\)", rf"(?P={prefix}\1)", renamed)
    return f"(?P<r{index}>{renamed})"


class _Grammar:
    """The date grammar of one lexicon: the rules' patterns compiled from its words, the
    dispatch on first characters (derived from the patterns by :mod:`conflict_events.text.
    _accel`), and the other regexes the resolver reads with.  Built once per lexicon
    (:func:`_grammar`)."""

    # how the start strings (``starts``, see _rule_starts) write a run of digits
    digit_mark = _DIGITS_MARK

    def __init__(self, lexicon: Lexicon) -> None:
        w = self.words = date_words(lexicon)
        f = self.fragments = _fragments(w)
        # None for a rule whose construction the lexicon lacks
        self.patterns: list[str | None] = [rule.template(f) for rule in _RULES]
        # what a match starts with is read from the rules' own patterns: a case ending added
        # at the end (below) leaves every match starting as the rule's does, and the group
        # around the rule would hide its optional head from _rule_starts
        self.heads = self.patterns
        # per rule, the case ending added after its pattern ("" for none)
        self.endings = [""] * len(_RULES)
        if w.grammar.get("apostrophe_suffix"):
            # a case ending after an apostrophe on the last word ("Kasım'da", "7 Ekim 2023'te"),
            # but for a bare year, which is as often a count ("1500'den fazla"): only the
            # endings no count takes (``year_case_endings``: "2019'da", "2021'deki")
            year_endings = w.grammar.get("year_case_endings", ())
            year_ending = rf"(?:'{_any_of(year_endings)})?" if year_endings else ""
            self.endings = [
                year_ending if rule.handler is _year_rule else r"(?:'[^\W\d_]{1,6})?"
                for rule in _RULES
            ]
            self.patterns = [
                p if p is None or not ending else rf"(?:{p}){ending}"
                for p, ending in zip(self.patterns, self.endings, strict=True)
            ]
        # per rule, its pattern without the optional groups it opens with that can start
        # where the rest does (_headless_forms): a scanner reads the longest of their matches
        self.headless = [
            () if p is None else _headless_forms(p, ending)
            for p, ending in zip(self.heads, self.endings, strict=True)
        ]
        # per rule whose pattern opens with an optional group, the forms of its head with
        # that group written out (_without_optional_head) and each form's start strings
        # (narrowed); None for a rule with one form (_derive)
        self.head_forms: list[_HeadForms] = []
        self.handlers = [rule.handler for rule in _RULES]
        # the rules find_dates looks for in running text (the scanner leaves the others out)
        self.in_text = [rule.in_text for rule in _RULES]
        # Dispatch on the first character: each rule is tried only for text starting with a
        # character its pattern can start with; an alternation per distinct set of rules,
        # compiled on first use.
        self.first_chars: list[frozenset[str] | None] = []
        self.known_first: frozenset[str] = frozenset()
        self.buckets: dict[str, _Bucket] = {}
        self.buckets_by_rules: dict[object, _Bucket] = {}
        # Dispatch on the first word (the text up to its first space), finer than on the
        # first character: per rule the strings its matches start with (_rule_starts), and
        # per first word met the bucket of the rules that can match text starting with it,
        # made on first use (_parse)
        self.starts: list[_Starts] = []
        self.word_buckets: dict[str, _Bucket] = {}
        # per first two words met, its route (the bucket and the constructions it meets),
        # made on first use (route)
        self.routes: dict[str, _Route] = {}
        # per first word (and whether the first two words hold a digit) the rules its pairs
        # are read against (candidate_rules), and per rule the first words of its start
        # strings, made on first use
        self.first_word_rules: dict[tuple[str, bool], tuple[int, ...]] = {}
        self.start_leads: list[tuple[tuple[str, ...], ...] | None] = []
        # Dispatch on the last word as well, for text whose first two words leave a rule to
        # try: per rule the last words its matches can end with (_rule_ends, read on first
        # use: None until then), and per first two words and last word met the bucket of
        # the rules of the first two words' bucket that the last word meets (end_bucket)
        self.ends: list[_Ends] | None = None
        # exact normalised text -> (handler, groups): the commonest expressions skip the
        # regexes
        self.keywords: dict[str, tuple[_Handler, _Groups]] = {}
        # the keyword table's entries that lower-cased text reads as they are, with their
        # hedge verdict: lower case -> (handler, groups, hedged) (_fast_marks); a call with
        # no reference finds its entry without normalising the text or routing it.  Made from
        # the marks at the first call of _resolve_uncached (find_dates reads none of it)
        self.fast_keywords: dict[str, tuple[Callable[..., _Span | None], Any, bool]] | None = None
        self.fast_marks = ""
        hedges, fillers = trie_alternation(w.hedges), trie_alternation(w.fillers)
        # a proclitic joined to the next word ("والخميس", "ومنذ يومين") is skipped as a filler
        # is: the words after it are read, and find_dates leaves it out of the mention
        clitic = rf"|(?:{f.proclitic})(?=[^\W\d_])" if f.proclitic else ""
        self.prefix = compiled(rf"(?:(?P<hedge>{hedges})|(?P<filler>{fillers})) {clitic}")
        # the letters a hedge or a filler before one can start with
        self.hedge_initials = first_chars(self.prefix.pattern) or frozenset(
            map(chr, range(0x110000))
        )
        # the first words of the hedges and fillers: a text whose first word is none of them
        # has no prefix (the pattern reads one of them, then a space); None where a proclitic
        # joined to the next word is one too
        self.prefix_first_words = (
            None if clitic else frozenset(p.split(" ", 1)[0] for p in (*w.hedges, *w.fillers))
        )
        # the first words of the hedges: text none of whose words is one opens with no hedge,
        # after any fillers (_hedge_of); None where that cannot be told from the words (a
        # proclitic, a hedge written as a pattern)
        self.hedge_first_words = None if clitic else _first_words(w.hedges)
        self.relative_word = compiled(rf"\b{alternation(w.relative)}s?\b")
        self.absolute_cue = compiled(rf"\d|\b(?:{f.mon}|{f.wd})\b")
        self.named_cue = compiled(rf"\b(?:{f.mon}|{f.wd})\b")
        # a day of the month alone, with an article ("the 27th", "le 27")
        the, of = f.rw["article"], f.rw["of"]
        articles = _any_of((*f.slot_words.get("article", ()), *w.grammar.get("day_articles", ())))
        self.bare_day = compiled(rf"(?:{articles} )?(?P<d>{f.dayn})")
        self.contextual = compiled(
            rf"(?:{f.wd} )?(?:{f.mon} (?:{the} )?{f.dayn}|(?:{the} )?{f.dayn} (?:{of} )?{f.mon})"
            rf"|{f.wd}|{f.mon}"
            rf"|{f.mon} (?:{the} )?{f.dayn} ?- ?{f.dayn}|{f.dayn} ?- ?{f.dayn} (?:{of} )?{f.mon}"
        )
        self.anaphora = _anaphora_pattern(w, f)
        self.anaphora_first, self.anaphora_last = _anaphora_cues(w)
        # a supported language other than English: text its rules refuse is refused, never
        # handed to dateparser (which is for languages without a lexicon)
        self.native = lexicon.has("meta.code") and lexicon.text("meta.code") != "en"
        self.names_month = compiled(rf"(?i:\b(?:{f.mon})\b)")
        # "since X", "between X and Y", "from X to Y" in the lexicon's words (English's
        # date_grammar.toml ``constructions``, the other languages' ``grammar`` entries)
        gw = w.grammar
        # "ومنذ مطلع العام": a proclitic on "since" is part of it (the scanner reads "since"
        # only where a mention starts)
        since_clitic = rf"(?:{f.proclitic})?" if f.proclitic else ""
        self.since = compiled(rf"{since_clitic}{_any_of(w.construction('since'))} ")
        same = gw.get("same_time", ())
        # the day before the time named last ("la veille", "am Vortag"), read where "the same
        # day" is (the scanner finds both through this pattern); not before "of" ("à la
        # veille des élections" names an event, not a time)
        before = gw.get("previous_day", ())
        self.previous_day = compiled(alternation(before)) if before else None
        if before:
            of = alternation(gw.get("of", ())) if gw.get("of") else "(?!)"
            before_alt = rf"{alternation(before)}(?! {of}(?:s?(?!\w)|(?<=')))"
            same_alt = f"(?:{alternation(same)}|{before_alt})" if same else before_alt
        else:
            same_alt = alternation(same) if same else ""
        self.same_time = compiled(same_alt) if same_alt else None
        after = gw.get("since_after", ())
        suffix = r"(?:'[^\W\d_]{1,6})?" if gw.get("apostrophe_suffix") else ""
        # (the lookahead, which the rest of the pattern implies, spares ``re`` trying it at
        # every character the lazy rest could stop at)
        ahead = "(?=[ '])" if suffix else "(?= )"
        self.since_after = (
            compiled(rf"(?P<rest>.+?){ahead}{suffix} {alternation(after)}") if after else None
        )
        # the words that pattern ends with, as normalised text spells them
        self.since_after_words = tuple(after)
        self.between_words = frozenset(w.construction("range_between"))
        self.and_words = frozenset(w.construction("range_and"))
        starts = (*self.between_words, *w.construction("range_from"))
        ends = (*self.and_words, *w.construction("range_to"))
        self.range_prefix = compiled(rf"(?P<kind>{_any_of(starts)}) ")
        # a hyphen between the two ends is a separator in every language ("27-29 November")
        # (written " (?:word |- ?)|- ?", " {word} | ?- ?" as every branch opens with a literal:
        # the same matches, and ``re`` skips to a space or a hyphen before trying them)
        self.range_separator = compiled(rf" (?:{_any_of(ends)} |- ?)|- ?")
        # the first words of the range's ends: text with no hyphen and none of them as a
        # word has no separator, and needs no search (None: the search is always made)
        self.range_end_words = _first_words(ends)
        # "fiscal 1989", "fiscal year 1989", "FY 1989", "the current fiscal year": the words
        # go, the calendar year stands in for the fiscal year, marked approximate
        # (English's date_grammar.toml ``constructions``, another language's ``grammar``), and
        # the words one of which a text must hold for the pattern to be tried (none: never)
        fiscal = w.construction("fiscal")
        abbreviations = w.construction("fiscal_abbreviations")
        fiscal_word = rf"\b{_any_of(fiscal)} "
        fiscal_abbreviation = rf"\b{_any_of(abbreviations)} ?(?=\d{{4}}\b)"
        self.fiscal = compiled(rf"{fiscal_word}(?:{f.rw['year']} )?|{fiscal_abbreviation}")
        # the same words cut out of running text (the in-text scanner), where an expression's
        # end is not known: the word for "year" goes only before a year's digits ("in fiscal
        # year 1989"; "this fiscal year, the" is "this year")
        self.fiscal_in_text = compiled(
            rf"{fiscal_word}(?:{f.rw['year']} (?=\d))?|{fiscal_abbreviation}"
        )
        self.fiscal_cues = (*fiscal, *abbreviations)
        # (the test normalisation makes: text holds one of them exactly when it holds one of
        # these)
        self.fiscal_tests = _least_words(self.fiscal_cues)
        # spans open at one end, which a TimeSpan cannot hold ("1994 or later", "post 1959")
        self.open_ended = compiled(
            rf"{_any_of(w.construction('open_end_before'))} "
            rf"|.* {_any_of(w.construction('open_end_after'))}$"
        )
        # "the day before last Tuesday", "the day after Christmas"
        self.day_shift = compiled(
            rf"(?:{the} )?{f.rw['day_shift']} (?P<way>{f.rw['day_shift_ways']}) "
        )
        # "the week of March 6"
        self.week_of = compiled(rf"{f.rw['week_of']} ")
        # a hedge after a date or inside it ("a week or so ago"), and the text one of which a
        # text must hold for it to be tried
        self.hedge_after = compiled(rf" {f.rw['hedges_after']}\b")
        self.hedge_after_cues = tuple(f" {word}" for word in f.slot_words.get("hedges_after", ()))
        # The constructions tried after a failed parse are routed by the first two words as
        # the rules are: the start strings of each one's pattern (_rule_starts), which text
        # whose first two words meet none of them cannot match (_meets)
        self.since_starts = _rule_starts(self.since.pattern)
        self.day_shift_starts = _rule_starts(self.day_shift.pattern)
        self.week_of_starts = _rule_starts(self.week_of.pattern)
        self.range_prefix_starts = _rule_starts(self.range_prefix.pattern)
        # (last: the keyword table is read with the patterns above, _filler_led)
        _derive(self)

    def bucket(self, first: str) -> _Bucket:
        """The bucket of the rules text starting with the character ``first`` can match."""
        key = first if first in self.known_first else ""
        found = self.buckets.get(key)
        if found is not None:
            return found
        rules = tuple(
            i for i, chars in enumerate(self.first_chars) if chars is None or (key and key in chars)
        )
        found = self.buckets[key] = self.bucket_of(rules)
        return found

    def word_bucket(self, word: str) -> _Bucket:
        """The bucket of the rules that text whose first two words are ``word`` (the text up
        to its second space) can match: a rule whose matches start with one of its start
        strings only if ``word`` begins with one of them or is the first two words of one
        that runs on; a rule without start strings if its first characters allow
        ``word``'s."""
        if not word or word[0] == " ":  # the text starts with a space
            found = self.buckets.get(" ") or self.bucket(" ")
        else:
            rules = self.word_rules(word)
            digits = _DIGIT.search(word) is not None
            key, side = (_digit_key(word), 2) if digits else (word, 0)
            found = self.bucket_of(rules, tuple(self.narrowed(i, key, side) for i in rules))
        if len(self.word_buckets) < _MAX_WORD_BUCKETS:
            self.word_buckets[word] = found
        return found

    def route(self, word: str) -> _Route:
        """The route of text whose first two words are ``word`` (the text up to its second
        space): its dispatch bucket (:meth:`word_bucket`), and whether such text can match
        the week-of, since, day-shift and range-opening patterns and open with a hedge or a
        filler, and for a bucket of several rules the table of its buckets by last word
        (:meth:`end_bucket`); made once per pair of first words."""
        key, side = _start_key(word)
        words = self.prefix_first_words
        bucket = self.word_buckets.get(word) or self.word_bucket(word)
        found: _Route = (
            bucket,
            _meets(self.week_of_starts, key, side),
            _meets(self.since_starts, key, side),
            _meets(self.day_shift_starts, key, side),
            _meets(self.range_prefix_starts, key, side),
            # (and its first letter one a hedge or filler can start with: _hedge_of's first
            # test, which the prefix pattern's match needs too)
            (words is None or word.partition(" ")[0] in words) and word[:1] in self.hedge_initials,
            # a bucket of several rules is narrowed by the text's last word (end_bucket)
            {} if bucket[1] is None and word and word[0] != " " else None,
        )
        if len(self.routes) < _MAX_WORD_BUCKETS:
            self.routes[word] = found
        return found

    def end_bucket(self, word: str, last: str, by_last: dict[str, _Bucket]) -> _Bucket:
        """The bucket of the rules that text whose first two words are ``word`` (not empty,
        no leading space) and whose last word is ``last`` can match: those of
        :meth:`word_bucket` whose ends (:func:`_rule_ends`) ``last`` meets, as the whole word
        (with a digit in it, its runs of digits one mark) or by its ending.  The rules the
        last word rules out cannot match, so the bucket's match is the word bucket's: "marzo
        pasado" is tried against the one rule that ends with "pasado", not the four that
        start with a month.  Kept in ``by_last``, the route's table of last words."""
        if self.ends is None:
            # read from the rules' own patterns: a case ending after the last word
            # ("Kasım'da") is read off the text's last word instead (below)
            self.ends = [_rule_ends(p) for p in self.heads]
        rules = self.word_rules(word)
        lead_digits = _DIGIT.search(word) is not None
        key, side = (_digit_key(word), 2) if lead_digits else (word, 0)
        end = _digit_key(last) if _DIGIT.search(last) is not None else last
        # the word without a case ending, "'" and letters (the ending's pattern, __init__)
        stem = end.rpartition("'")[0]
        kept = []
        for i in rules:
            ends = self.ends[i]
            if (
                ends is None
                or end in ends[0]
                or end.endswith(ends[1])
                or (self.endings[i] and stem and (stem in ends[0] or stem.endswith(ends[1])))
            ):
                kept.append(i)
        found = (
            self.word_bucket(word)
            if len(kept) == len(rules)
            else self.bucket_of(tuple(kept), tuple(self.narrowed(i, key, side) for i in kept))
        )
        if len(by_last) < _MAX_LAST_WORDS:
            by_last[last] = found
        return found

    def word_rules(self, word: str) -> tuple[int, ...]:
        """The indices of the rules that text whose first two words are ``word`` (not empty)
        can match (:meth:`word_bucket`; the in-text scanner selects its rules by it too)."""
        # a word with a digit meets the start strings by its key (see _rule_starts)
        digits = _DIGIT.search(word) is not None
        key, side = (_digit_key(word), 2) if digits else (word, 0)
        first_word = word.partition(" ")[0]
        candidates = self.first_word_rules.get((first_word, digits))
        if candidates is None:
            candidates = self.candidate_rules(first_word, digits)
        starts_of = self.starts
        rules = []
        for i in candidates:
            starts = starts_of[i]
            if starts is None or key.startswith(starts[side]) or key in starts[side + 1]:
                rules.append(i)
        return tuple(rules)

    def candidate_rules(self, first_word: str, digits: bool) -> tuple[int, ...]:
        """The indices of the rules that text whose first word is ``first_word`` can match
        (``digits``: whether its first two words hold a digit), a superset of
        :meth:`word_rules` for each second word: a start string can start a text only if its
        own first word begins the text's first word.  Kept per first word, so that a new
        pair of first words tries only these rules."""
        if len(self.start_leads) != len(self.starts):
            # per rule, the first words of its start strings, without and with digits (None:
            # the rule has none, its first characters decide)
            self.start_leads = [
                None
                if starts is None
                else tuple(
                    tuple({s.partition(" ")[0] for s in (*starts[side], *starts[side + 1])})
                    for side in (0, 2)
                )
                for starts in self.starts
            ]
        first = first_word[:1] or " "  # text starting with a space
        lead = _digit_key(first_word) if digits else first_word
        side = 1 if digits else 0
        found = tuple(
            i
            for i, (leads, chars) in enumerate(zip(self.start_leads, self.first_chars, strict=True))
            if (chars is None or first in chars if leads is None else lead.startswith(leads[side]))
        )
        if len(self.first_word_rules) < _MAX_WORD_BUCKETS:
            self.first_word_rules[first_word, digits] = found
        return found

    def narrowed(self, i: int, key: str, side: int) -> str | None:
        """The pattern of rule ``i`` for text whose first two words are ``key`` (``side`` and
        ``key`` as in :meth:`word_rules`): of the forms of a pattern that opens with an
        optional group, the group written out or left out (_without_optional_head), the one
        whose start strings such text meets, when only one does; else the whole pattern.
        The pattern matches what that form matches in such text, with the same groups but
        those of the group left out, which read as None either way: "nisan 2022" is not
        tried against the parts of day and weekdays that may open a month's day."""
        forms = self.head_forms[i]
        if forms is None:
            return self.patterns[i]
        fitting = [
            form
            for form, starts in forms
            if starts is None or key.startswith(starts[side]) or key in starts[side + 1]
        ]
        if len(fitting) != 1:
            return self.patterns[i]
        ending = self.endings[i]
        return rf"(?:{fitting[0]}){ending}" if ending else fitting[0]

    def bucket_of(
        self, rules: tuple[int, ...], narrowed: tuple[str | None, ...] | None = None
    ) -> _Bucket:
        """The bucket of the rules ``rules`` (indices, in order), compiled once; with
        ``narrowed``, each rule read by that pattern of it (:meth:`narrowed`)."""
        patterns = (
            dict(zip(rules, narrowed, strict=True))
            if narrowed is not None
            else {i: self.patterns[i] for i in rules}
        )
        cache_key: object = rules if narrowed is None else (rules, narrowed)
        found = self.buckets_by_rules.get(cache_key)
        if found is not None:
            return found
        present = [i for i in rules if patterns[i] is not None]
        if len(present) == 1:  # the rule's own pattern: its groups are the match's
            (i,) = present
            found = (re.compile(cast("str", patterns[i])), self.handlers[i], {})
        else:
            compiled = re.compile(
                "|".join(_renamed(i, cast("str", patterns[i])) for i in present) or "(?!)"
            )
            if not present:
                found = self.buckets_by_rules[cache_key] = (compiled, _NO_RULE, {})
                return found
            table: dict[str, _RuleEntry] = {}
            for i in present:
                prefix = f"r{i}_"
                own = [
                    (n[len(prefix) :], j)
                    for n, j in compiled.groupindex.items()
                    if n.startswith(prefix)
                ]
                # m.group(*indices) returns a tuple for two indices or more; a rule with
                # one group of its own reads the outer group with it (under the name "",
                # which no handler reads), one with none reads nothing
                outer = compiled.groupindex[f"r{i}"]
                if len(own) == 1:
                    own = [("", outer), *own]
                names = tuple(n for n, _ in own)
                table[f"r{i}"] = (names, tuple(j for _, j in own), self.handlers[i])
            found = (compiled, None, table)
        self.buckets_by_rules[cache_key] = found
        return found


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    """The date grammar of ``lexicon``, compiled once per lexicon object."""
    return _Grammar(lexicon)


def _grammar_of(lexicon: Lexicon | str) -> _Grammar:
    if lexicon == "en":  # the default: no look-up of the language code
        return _EN()
    return _grammar(load(lexicon))


@functools.cache
def _EN() -> _Grammar:  # noqa: N802 - reads as the constant it stands for
    return _grammar(load("en"))


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
        # Arabic-Indic and Persian digits are digits ("٢٠٢٣")
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "\u060c": " ",  # the Arabic comma
        # the Turkish dotted capital İ lower-cases to "i" and a combining dot: the dot goes,
        # so that "İki gün önce" reads as "iki gün önce"
        "\u0307": None,
    }
)
# the scanner folds text without changing its length (it maps offsets back): İ is i there
_SCAN_FOLD: dict[int, str] = {k: v for k, v in _FOLD.items() if isinstance(v, str)} | {0x0130: "i"}
# the characters _FOLD changes: most expressions have none, and skip the translation
_FOLDED = re.compile("[" + "".join(map(re.escape, map(chr, sorted(_FOLD)))) + "]")
_DECADE_APOSTROPHE = re.compile(r"(\d0)'s\b")
_POSSESSIVE = re.compile(r"'s\b")
# letters of any script ("terça-feira", "week-end"), as the lexicon's words are read
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W_])|(?<=[0-9])-(?=[^\W\d_])")
_EDGE_PUNCT = " \t\n\r\"'()[]{}:;!?*"
# What _normalise changes in lower-cased text: a character to fold, a hyphen anywhere, an
# apostrophe before "s" (the possessive and the decade: _normalise checks for "'s"; a Turkish
# case ending, "2023'ten", is left as it is), white space other than one space between words,
# and edge punctuation at either end.  Most expressions have none: they are in normal form.
# (White space other than the space, what str.split also splits on, is not printable:
# str.isprintable finds it.)
_UNNORMAL = re.compile("[" + "".join(map(re.escape, [*map(chr, sorted(_FOLD)), "-"])) + "]")


def _normalise(
    text: str, lowered: str | None = None, gr: _Grammar | None = None
) -> tuple[str, bool]:
    """Lower case, single spaces, no dots or commas, hyphens next to letters made spaces
    ("mid-November" -> "mid november"), possessives dropped; and False, the approximate flag
    the grammar's words may set (_fast).  ``lowered``, when the caller has it, is
    ``text.lower()``.  With ``gr``, its hedge-after and fiscal words go too, and the flag
    says whether that made the text approximate (:func:`_normalised`)."""
    s = text.lower() if lowered is None else lowered
    if (
        s.isprintable()
        and _UNNORMAL.search(s) is None
        and "  " not in s
        and "'s" not in s
        # no edge punctuation at either end: strip gives back the text itself
        and s.strip(_EDGE_PUNCT) is s
    ):  # already in normal form: the steps change nothing
        approximate = False
    else:
        s, approximate = _normalise_steps(s)
    if gr is not None:
        for cue in gr.hedge_after_cues:  # "a week or so ago": the words go, it is approximate
            if cue in s:
                s, approximate = gr.hedge_after.sub("", s), True
                break
        for cue in gr.fiscal_tests:  # "fiscal 1989": the words go, the span is approximate
            if cue in s:
                fiscal = gr.fiscal.sub("", s)
                approximate = approximate or fiscal != s
                s = fiscal
                break
    return s, approximate


def _normalise_steps(s: str) -> tuple[str, bool]:
    """_normalise of lower-cased ``s``, every step (the tests compare it with the shortcut
    for text in normal form)."""
    # each step runs only when its characters are present: most expressions need none
    if _FOLDED.search(s) is not None:
        s = s.translate(_FOLD)
    if "'" in s:
        s = _POSSESSIVE.sub("", _DECADE_APOSTROPHE.sub(r"\1s", s))
    if "-" in s:
        s = _LETTER_HYPHEN.sub(" ", s)
    s = " ".join(s.split())
    out = s.strip(_EDGE_PUNCT)
    # a closing bracket that closes one the text opens stays: a month's other name after it
    # ("أغسطس (آب)") is part of the date, not punctuation at its edge
    if (
        "(" in out
        and out.count("(") > out.count(")")
        and s[len(s) - len(s.lstrip(_EDGE_PUNCT)) + len(out) :][:1] == ")"
    ):
        out += ")"
    return out, False


# --------------------------------------------------------------------------------------------
# resolution of normalised text


# --------------------------------------------------------------------------------------------
# anaphora: expressions that count from a time the text named before ("that year", "the
# following day", "the previous Friday", "two days later"), not from the publication date
def _anaphora_pattern(w: DateWords, f: _Fragments) -> re.Pattern[str]:
    """The anaphora rule, its slots filled with the lexicon's ``anaphora`` words (a slot
    without words never matches)."""
    a = w.anaphora

    def of(*keys: str) -> str:
        return _any_of(word for key in keys for word in a.get(key, ()))

    units, article = of("units"), of("article")
    # (the resolver matches it whole; a scanner reads its first branch that matches, so "the
    # day before" comes before "the day")
    return compiled(
        rf"{article} (?P<unit4>{of('step_after_units')}|{f.pod})"
        rf" (?P<after>{of('back_after', 'forward_after')})"
        rf"|(?:(?P<edge>{of('thirds', 'earlier', 'later')}) (?:{of('links')} )?)?"
        rf"(?P<that>{of('that', 'current')}) (?P<unit>{units})"
        rf"|{article} (?P<step>{of('forward', 'back')}) (?P<unit2>{units}|{f.pod})"
        rf"|{article} (?P<wstep>{of('weekday_forward', 'back')}) (?P<wd>{f.wd})"
        rf"|(?P<n>{f.num}) (?P<unit3>{units})s? (?P<way>{of('count_back', 'count_forward')})"
        rf"|(?P<then>{of('then')})"
        # "am Vorabend", "la veille au soir": part of the day before the day named last
        rf"|(?P<evening_before>{_any_of(w.grammar.get('previous_day_part', ()))})"
    )


def _anaphora_cues(w: DateWords) -> tuple[frozenset[str], tuple[str, ...]]:
    """The first words an anaphoric expression can open with, and the endings (a space and a
    word) it can close with: an expression with neither is not matched against the rule."""
    a = w.anaphora
    openers = ("thirds", "earlier", "later", "that", "current", "article", "then")
    first = frozenset(word.split(" ", 1)[0] for key in openers for word in a.get(key, ()))
    first |= {word.split(" ", 1)[0] for word in w.grammar.get("previous_day_part", ())}
    return first, tuple(f" {word}" for word in a.get("count_forward", ()))


# "the next week / month / year" count from the anchor ("the coming week"), as the design has it
_DEICTIC_NEXT = frozenset(("week", "month", "year"))
_UNIT_SPAN: dict[str, Callable[[dt.date], _Span]] = {
    "day": lambda d: (d, d, _AT_DAY),
    "week": _week_span,
    "month": lambda d: _month_span(d.year, d.month),
    "year": lambda d: _year_span(d.year),
}


def _reference_points(ref: _Span, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """The day a backward step counts from and the day a forward step counts from.  A span
    that runs up to the anchor ("since 2016", "the past week") offers its start for both:
    what the text named is where it began."""
    start, end, precision = ref
    if end == anchor and start < end and precision is _AT_INTERVAL:
        return start, start
    return start, end


def _anaphoric(gr: _Grammar, s: str, ref: _Span, anchor: dt.date, future: bool) -> _Span | None:
    """The span of anaphoric ``s`` counted from ``ref``; None when ``s`` is not anaphoric or
    ``ref`` is too coarse for it ("that day" after "in 2016")."""
    if s.split(" ", 1)[0] not in gr.anaphora_first and not s.endswith(gr.anaphora_last):
        return None  # most expressions: no regex run
    m = gr.anaphora.fullmatch(s)
    if m is None:
        return None
    back, forward = _reference_points(ref, anchor)
    a = gr.words.anaphora
    if m["then"]:
        return ref
    if m["evening_before"]:  # "am Vorabend": after a single day only, as "the night before"
        if back != forward:
            return None
        day = back - _DAY
        return day, day, _AT_PART_OF_DAY
    if m["unit"]:
        unit, edge = _unit_of(gr.words, m["unit"]), m["edge"]
        if m["that"] in a.get("current", ()) and (edge is None or unit != "day"):
            # "for the full year", "a high for the year": wire and business copy mean the
            # current one; "earlier in the year" is the deictic rule's
            return _UNIT_SPAN[unit](anchor) if edge is None else None
        whole = _UNIT_SPAN[unit](back)
        if back != forward and not (whole[0] <= ref[0] and ref[1] <= whole[1]):
            return None  # the reference is coarser than the unit or runs past it
        if edge is None:
            return whole
        if unit == "day":
            return back, back, _AT_PART_OF_DAY
        if edge in a.get(
            "earlier", ()
        ):  # "earlier that year": from the unit's start to the reference
            return whole if back == whole[0] else _interval(whole[0], back - _DAY)
        if edge in a.get("later", ()):
            return whole if forward == whole[1] else _interval(forward + _DAY, whole[1])
        third = gr.words.edges.get(edge)
        return whole if third is None else _part(whole[0], whole[1], third, whole[2])
    if m["step"]:
        unit, sign = _unit_of(gr.words, m["unit2"]), -1 if m["step"] in a.get("back", ()) else 1
        if m["step"] in a.get("deictic", ()) and unit in _DEICTIC_NEXT:
            return None
        if unit not in _UNIT_SPAN:  # "the next morning": the day after, part of the day
            day = forward + _DAY if sign > 0 else back - _DAY
            return day, day, _AT_PART_OF_DAY
        return _calendar_unit(unit, forward if sign > 0 else back, sign)
    if m["after"]:  # "the day before", "the night before", "the morning after"
        if back != forward:  # after "March 2023" or a week: no single day to step from
            return None
        sign = -1 if m["after"] in a.get("back_after", ()) else 1
        day = forward + _DAY if sign > 0 else back - _DAY
        whole_day = m["unit4"] in a.get("step_after_units", ())
        return day, day, _AT_DAY if whole_day else _AT_PART_OF_DAY
    if m["wstep"]:
        wd = gr.words.weekdays[m["wd"]]
        if m["wstep"] in a.get("weekday_forward", ()):
            day = _weekday(wd, forward, future=True, strict=True)
        else:
            day = _weekday(wd, back, future=False, strict=True)
        return day, day, _AT_DAY
    if m["way"] in a.get("count_back", ()):
        # "a year earlier" in news is the year-ago comparison, counted from the publication
        # date (the deictic rule); a narrative steps forward: "two days later"
        return None
    return _calendar_unit(_unit_of(gr.words, m["unit3"]), forward, _number(m["n"], gr.words))


def _unit_of(w: DateWords, word: str) -> str:
    """The grammar's unit of a unit word ("day"), or the word itself (a part of day)."""
    return w.unit_keys.get(word, word)


def _week_of(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """ "the week of March 6": the ISO week containing the day."""
    inner = _resolve_core(gr, g.get("rest") or "", anchor, future)
    if inner is not None and inner[2] in (_AT_DAY, _AT_PART_OF_DAY):
        return _week_span(inner[0])
    return None


def _day_shift(gr: _Grammar, g: _Groups, anchor: dt.date, future: bool) -> _Span | None:
    """ "the day before last Tuesday": a day on either side of a day."""
    inner = _resolve_core(gr, g.get("rest") or "", anchor, future)
    if inner is None or inner[2] not in (_AT_DAY, _AT_PART_OF_DAY):
        return None
    day = inner[0] + _DAY * gr.fragments.numbered["day_shift_ways"][g.get("way") or ""]
    return day, day, _AT_DAY


# find_dates reads each expression twice in a row (past and future): the last result is kept
# for the second reading (one entry, so a stream of new texts gains as much as one text); a
# tuple replaced whole, so that a thread reads one entry, never parts of two.  (An lru_cache
# of one entry costs more to miss than this.)
_LAST_PARSE: tuple[object, str, tuple[_Handler, _Groups] | None] = (None, "", None)


def _parse(gr: _Grammar, s: str, bucket: _Bucket | None = None) -> tuple[_Handler, _Groups] | None:
    """:func:`_parse_uncached`, the last result kept."""
    global _LAST_PARSE
    last = _LAST_PARSE
    if last[1] == s and last[0] is gr:
        return last[2]
    found = _parse_uncached(gr, s, bucket)
    _LAST_PARSE = gr, s, found
    return found


def _parse_uncached(
    gr: _Grammar, s: str, bucket: _Bucket | None = None
) -> tuple[_Handler, _Groups] | None:
    """The rule that reads the normalised ``s`` and its groups, or None (a handler only reads
    the groups, so the same result may serve again); ``bucket``, when the caller has it, is
    the dispatch bucket of ``s``'s first two words."""
    if bucket is None:  # the dispatch is on the first two words
        space = s.find(" ")
        if space >= 0:
            space = s.find(" ", space + 1)
        word = s if space < 0 else s[:space]
        bucket = gr.word_buckets.get(word) or gr.word_bucket(word)
    pattern, single, table = bucket
    if single is _NO_RULE:  # no rule can start with these words
        return None
    m = pattern.fullmatch(s)
    if m is None:
        return None
    # the rule's own groups by name (.get gives None for groups a shared helper reads but this
    # rule lacks)
    if single is not None:
        return single, m.groupdict()
    names, indices, handler = table[m.lastgroup]  # type: ignore[index]
    return handler, dict(zip(names, m.group(*indices), strict=True)) if names else {}


def _keyword_phrases(gr: _Grammar) -> list[str]:
    """The commonest news date expressions (normalised), parsed once into ``gr.keywords``:
    made of the lexicon's words, so that they are the phrases the rules read."""
    w, f = gr.words, gr.fragments
    days = [d for d in w.weekdays if len(d) > 4]
    day_words = [d for d in w.day_offsets if " " not in d]
    steps = f.steps
    units = list(f.units)
    phrases = [*w.day_offsets, *w.months, *days]
    phrases += [f"{word} {part}" for word in day_words for part in w.parts_of_day]
    phrases += [f"{rel} {day}" for rel in steps.get("weekday", ()) for day in days]
    phrases += [f"{day} {part}" for day in days for part in w.parts_of_day]
    phrases += [f"{rel} {month}" for rel in w.month_relatives for month in w.months]
    phrases += [
        f"{rel} {unit}"
        for rel in (*steps.get("unit", ()), *steps.get("unit_window", ()))
        for unit in units
    ]
    phrases += [
        f"{rel} {weekend}"
        for rel in steps.get("weekend", ())
        for weekend in f.slot_words.get("weekend", ())
    ]
    phrases += [
        f"{when} {link} {unit}"
        for when in (*f.slot_words.get("earlier", ()), *f.slot_words.get("later", ()))
        for link in f.slot_words.get("earlier_later_links", ())
        for unit, key in f.units.items()
        if key in ("week", "month", "year")
    ]
    phrases += [
        f"{this} {part}" for this in f.slot_words.get("this", ()) for part in w.this_parts_of_day
    ]
    # the commonest forms of the other languages' constructions (dates.grammar)
    g = w.grammar
    before = (*g.get("this", ()), *g.get("last_before", ()), *g.get("next_before", ()))
    after = (*g.get("last_after", ()), *g.get("next_after", ()))
    articles = ("", *(f"{a} " for a in g.get("unit_articles", ())))
    for noun in [*days, *w.unit_keys]:
        phrases += [f"{b} {noun}" for b in before]
        phrases += [f"{a}{noun} {x}" for a in articles for x in after]
    phrases += [f"{d} {p}" for d in days for p in w.parts_of_day] if g else []
    # the part of the day before its weekday ("noche del viernes", "مساء السبت")
    links = ("", *(f"{of} " for of in g.get("of", ())))
    phrases += (
        [f"{p} {link}{d}" for p in w.parts_of_day for link in links for d in days] if g else []
    )
    # and with "this" before the weekday, as the wire writes the night just past ("madrugada
    # de este martes", "madrugada desta terça-feira")
    phrases += [
        f"{p} {link}{this} {d}"
        for p in w.parts_of_day
        for link in links
        for this in g.get("this", ())
        for d in days
    ]
    return phrases


def _day_month_phrases(gr: _Grammar) -> list[str]:
    """A day of a named month, the day first as the languages other than English write
    it ("29 de noviembre", "29 nov", "29 ноября"), for each day the month can have:
    the commonest absolute date of the wire, read from the keyword table (its plan read
    once, _planned) rather than by the rules.  No filler leads them in the table (fillers
    would multiply it; the rule reads "el 29 de noviembre" in one pass).

    >>> _day_month_phrases(_grammar(load("es")))[:3]
    ['1 enero', '1 de enero', '1 del enero']
    """
    w = gr.words
    if not gr.native:  # (English writes the month first)
        return []
    links = ("", *(f"{of} " for of in w.grammar.get("of", ())))
    return [
        f"{day} {link}{month}"
        for month, number in w.months.items()
        for day in range(1, _EVERY_YEAR_DAYS[number] + (number == 2) + 1)
        for link in links
    ]


# Bumped whenever the layout of the cached grammar data changes.
_DERIVED_FORMAT = 7
# What _derive caches: per rule its first characters (None: any), its start strings (see
# _rule_starts) and the forms of its optional head (_head_forms), the keyword table
# (phrase, rule index, groups), per filler the rows of that table it is peeled onto
# (_filler_led), and per text of the whole table (in its order) its mark in the fast table
# (_fast_marks)
_Derived = tuple[
    tuple[str | None, ...],
    tuple[_Starts, ...],
    tuple[_HeadForms, ...],
    tuple[tuple[str, int, tuple[tuple[str, str | None], ...]], ...],
    tuple[tuple[str, tuple[int, ...]], ...],
    str,
]
# the marks of _fast_marks: not in the fast table, in it not hedged, in it hedged
_NOT_FAST, _FAST, _FAST_HEDGED = "-", "0", "1"


def _fast_marks(gr: _Grammar, texts: Iterable[str]) -> str:
    """Per text of the keyword table, its mark: whether :func:`_resolve_uncached` may read
    text whose lower case is that text straight from the table, and then its hedge verdict.
    It may when the text is all that :func:`_normalised` makes of it (lower case, in normal
    form, short enough, no hedge-after or fiscal cue: normalising changes nothing), so that
    the resolver would look the same text up; the hedge verdict is the one it would give
    (:func:`_hedge_of`, a function of the text alone).

    >>> es = _grammar(load("es"))
    >>> _fast_marks(es, ["este jueves", "alrededor del mes pasado", "Este jueves"])
    '01-'
    """
    cues = (*gr.hedge_after_cues, *gr.fiscal_cues)
    marks = []
    for text in texts:
        fast = (
            text
            and text.lower() == text
            and len(text) <= MAX_EXPRESSION_CHARS
            and _normalise(text) == (text, False)
            and not any(cue in text for cue in cues)
        )
        marks.append(_NOT_FAST if not fast else _FAST_HEDGED if _hedge_of(gr, text) else _FAST)
    return "".join(marks)


def _keyword_table(
    gr: _Grammar,
    table: Sequence[tuple[str, int, tuple[tuple[str, str | None], ...]]],
    peeled: Sequence[tuple[str, tuple[int, ...]]],
) -> dict[str, tuple[_Handler, _Groups]]:
    """The keyword table of the derived rows: each phrase's entry, and a filler before a
    phrase it is peeled onto read as the phrase (_filler_led)."""
    keywords: dict[str, tuple[_Handler, _Groups]] = {}
    entries = [(gr.handlers[index], dict(groups)) for _, index, groups in table]
    keywords.update(zip([row[0] for row in table], entries, strict=True))
    for filler, rows in peeled:
        keywords.update((f"{filler} {table[i][0]}", entries[i]) for i in rows)
    return keywords


def _peels_to(gr: _Grammar, text: str, rest: str) -> bool:
    """Whether :func:`_resolve_core` reads normalised ``text`` as it reads ``rest``, for any
    anchor, direction and reference, because its first pass over ``text`` reads nothing and
    peels a filler (not a hedge) that leaves ``rest``, and neither text is anaphoric: no rule
    reads ``text``, no construction (the week of, since, since-after, the day shift, a range)
    can, the prefix pattern takes a filler off it leaving ``rest``, and neither matches the
    same-time or the anaphora pattern.  Each check is the resolver's own pattern, or a
    stricter form of its test (a range needs its opening word or a separator), so that the
    keyword table may hold ``text`` with ``rest``'s entry (_filler_led).

    >>> es = _grammar(load("es"))
    >>> _peels_to(es, "el pasado martes", "pasado martes"), _peels_to(es, "desde mayo", "mayo")
    (True, False)
    """
    prefix = gr.prefix.match(text)
    if prefix is None or prefix["hedge"] or text[prefix.end() :] != rest:
        return False
    if _parse_uncached(gr, text) is not None:
        return False
    if any(
        pattern.match(text) for pattern in (gr.week_of, gr.since, gr.day_shift, gr.range_prefix)
    ) or (gr.since_after is not None and gr.since_after.fullmatch(text)):
        return False
    if gr.range_separator.search(text) is not None:
        return False
    checks = [gr.anaphora] if gr.same_time is None else [gr.anaphora, gr.same_time]
    return not any(p.fullmatch(t) for p in checks for t in (text, rest))


def _filler_led(
    gr: _Grammar, table: Sequence[tuple[str, int, tuple[tuple[str, str | None], ...]]]
) -> tuple[
    list[tuple[str, int, tuple[tuple[str, str | None], ...]]], list[tuple[str, tuple[int, ...]]]
]:
    """The keyword table's phrases each filler of the lexicon can lead ("el" before "pasado
    martes", "у" before "вівторок"), read as the resolver reads them: the rows a rule reads
    with the filler in its first pass (added to the table as they are), and per filler the
    rows it is peeled onto (:func:`_peels_to`), whose text takes the row's entry.  So a
    filler-led phrase costs one look-up, not a failed first pass, the constructions' tests,
    the prefix pattern and a second route."""
    known = {row[0] for row in table}
    read: list[tuple[str, int, tuple[tuple[str, str | None], ...]]] = []
    peeled = []
    for filler in sorted(gr.words.fillers):
        rows = []
        for i, (phrase, _, _) in enumerate(table):
            text = f"{filler} {phrase}"
            if text in known:
                continue
            found = _parse_uncached(gr, text)
            if found is not None:
                handler, groups = found
                read.append((text, gr.handlers.index(handler), tuple(groups.items())))
                known.add(text)
            elif _peels_to(gr, text, phrase):
                rows.append(i)
        if rows:
            peeled.append((filler, tuple(rows)))
    return read, peeled


def _derive(gr: _Grammar) -> None:
    """Fill the slow parts of ``gr`` derived from its patterns: each rule's first
    characters (read from the pattern by conflict_events.text._accel) and the commonest
    expressions parsed into ``gr.keywords``.  Read from the on-disk cache
    (conflict_events._cache) when a process already derived them, which spares a new
    process parsing every rule and compiling a rule alternation for every first letter.
    The cache holds plain data keyed by the rules' patterns, the source of this module and
    of the acceleration module, and the Python version, so changed words or rules are
    derived afresh."""
    from pathlib import Path

    from conflict_events import _cache
    from conflict_events.text import _accel

    phrases = _keyword_phrases(gr)
    day_months = _day_month_phrases(gr)

    def set_first(chars: Sequence[frozenset[str] | None]) -> None:
        gr.first_chars = list(chars)
        gr.known_first = frozenset().union(*(c for c in gr.first_chars if c))

    def build() -> _Derived:
        set_first([frozenset() if p is None else first_chars(p) for p in gr.patterns])
        gr.starts = [_rule_starts(p) for p in gr.heads]
        gr.head_forms = [_head_forms(p) for p in gr.heads]
        table = []
        for phrase in phrases:
            found = _parse(gr, phrase)
            if found is not None:
                handler, groups = found
                table.append((phrase, gr.handlers.index(handler), tuple(groups.items())))
        read, peeled = _filler_led(gr, table)
        firsts = tuple(None if c is None else "".join(sorted(c)) for c in gr.first_chars)
        known = {row[0] for row in (*table, *read)}
        for phrase in day_months:  # (after the filler-led rows: no filler leads them)
            found = _parse(gr, phrase) if phrase not in known else None
            if found is not None:
                handler, groups = found
                read.append((phrase, gr.handlers.index(handler), tuple(groups.items())))
        rows = (*table, *read)
        marks = _fast_marks(gr, _keyword_table(gr, rows, peeled))
        return firsts, tuple(gr.starts), tuple(gr.head_forms), rows, tuple(peeled), marks

    def strings(data: object) -> bool:
        return isinstance(data, tuple) and all(isinstance(s, str) for s in data)

    def start_strings(s: object) -> bool:
        return s is None or (isinstance(s, tuple) and len(s) == 4 and all(map(strings, s)))

    def head_forms(forms: object) -> bool:
        return forms is None or (
            isinstance(forms, tuple)
            and all(
                isinstance(form, tuple)
                and len(form) == 2
                and isinstance(form[0], str)
                and start_strings(form[1])
                for form in forms
            )
        )

    def plain(data: object) -> bool:
        if not (isinstance(data, tuple) and len(data) == 6):
            return False
        firsts, starts, forms, table, peeled, marks = data
        return (
            isinstance(marks, str)
            and not marks.strip(_NOT_FAST + _FAST + _FAST_HEDGED)
            and isinstance(firsts, tuple)
            and len(firsts) == len(gr.patterns)
            and all(c is None or isinstance(c, str) for c in firsts)
            and isinstance(starts, tuple)
            and len(starts) == len(gr.patterns)
            and all(map(start_strings, starts))
            and isinstance(forms, tuple)
            and len(forms) == len(gr.patterns)
            and all(map(head_forms, forms))
            and isinstance(table, tuple)
            and all(
                isinstance(row, tuple)
                and len(row) == 3
                and isinstance(row[0], str)
                and type(row[1]) is int
                and 0 <= row[1] < len(gr.handlers)
                and isinstance(row[2], tuple)
                and all(
                    isinstance(pair, tuple)
                    and len(pair) == 2
                    and isinstance(pair[0], str)
                    and (pair[1] is None or isinstance(pair[1], str))
                    for pair in row[2]
                )
                for row in table
            )
            and isinstance(peeled, tuple)
            and all(
                isinstance(row, tuple)
                and len(row) == 2
                and isinstance(row[0], str)
                and isinstance(row[1], tuple)
                and all(type(i) is int and 0 <= i < len(table) for i in row[1])
                for row in peeled
            )
        )

    try:
        key = _cache.content_key(
            [
                f"date grammar {_DERIVED_FORMAT}",
                "\n".join(phrases),
                "\n".join(day_months),
                "\n".join(p or "" for p in gr.patterns),
                Path(__file__).read_bytes(),
                Path(_accel.__file__).read_bytes(),
            ]
        )
    except OSError:  # sources not readable as files (a zip import): no cache
        data: object = build()
    else:
        data = _cache.cached_data("date-grammar", key, build, check=plain)
    firsts, starts, forms, table, peeled, marks = cast("_Derived", data)
    if not gr.first_chars:  # read from the cache
        set_first([None if c is None else frozenset(c) for c in firsts])
        gr.starts = list(starts)
        gr.head_forms = list(forms)
    gr.keywords.update(_keyword_table(gr, table, peeled))
    gr.fast_marks = marks


def _fast_table(gr: _Grammar) -> dict[str, tuple[Callable[..., _Span | None], Any, bool]]:
    """``gr.fast_keywords``, made from the keyword table and its marks (_fast_marks) at its
    first use: the texts marked fast, each with its entry (a two-step handler's plan read at
    the entry's own first use, _planned) and its hedge verdict."""
    fast: dict[str, tuple[Callable[..., _Span | None], Any, bool]] = {}
    marks = gr.fast_marks
    if len(marks) == len(gr.keywords):  # (marks of another table: no fast table)
        for (text, (handler, groups)), mark in zip(gr.keywords.items(), marks, strict=True):
            if mark == _NOT_FAST:
                continue
            hedged = mark == _FAST_HEDGED
            steps = _TWO_STEPS.get(handler)
            if steps is None:
                fast[text] = handler, groups, hedged
            else:  # the plan is read at the entry's first use (_planned)
                fast[text] = _planned, [text, *steps, groups, hedged], hedged
    gr.fast_keywords = fast
    return fast


def _resolve_range(
    gr: _Grammar, s: str, anchor: dt.date, future: bool, prefixed: bool = True
) -> _Span | None:
    """The range ``s`` names ("from X to Y", "X-Y"); ``prefixed`` False when its first words
    cannot open a range's first word (_meets)."""
    prefix = gr.range_prefix.match(s) if prefixed else None
    body = s[prefix.end() :] if prefix else s
    if prefix is None:  # most text: no range, told by its words where they allow
        ends = gr.range_end_words
        if ends is not None and "-" not in body and ends.isdisjoint(body.split(" ")):
            return None
        if gr.range_separator.search(body) is None:
            return None
    for sep in gr.range_separator.finditer(body):
        word = sep.group().strip()
        if prefix and (word in gr.and_words) != (prefix.group("kind") in gr.between_words):
            continue
        if not prefix and word in gr.and_words:
            continue
        left, right = body[: sep.start()], body[sep.end() :]
        try:
            span = _range_of_latest(gr, left, right, anchor, future)
        except _RejectError:
            continue
        if span is not None:
            return span
    return None


#: the right end of a range of years written with the second year's last two digits
#: ("2020-21"), a year's word after it maybe ("21 годах")
_SHORT_YEAR = re.compile(r"(\d\d)( \D.*)?")


def _range_of(gr: _Grammar, left: str, right: str, anchor: dt.date, future: bool) -> _Span | None:
    short = _SHORT_YEAR.fullmatch(right) if left[-4:].isdigit() else None
    if short:  # "2020-21", "2020-21 годах": the second year by its last two digits
        first = _resolve_core(gr, left, anchor, future)
        if first is not None and first[2] is _AT_YEAR:
            later = first[0].year // 100 * 100 + int(short[1])
            if later <= first[0].year:
                return None  # ("2019-05" is no range of years)
            last_span = _resolve_core(gr, f"{later}{short[2] or ''}", anchor, future)
            if last_span is not None and last_span[2] is _AT_YEAR:
                return _interval(first[0], last_span[1])
    bare = gr.bare_day.fullmatch(right)
    if bare:  # "November 27-29": the right end takes the left's month
        first = _resolve_core(gr, left, anchor, future)
        if first is None or first[2] is not _AT_DAY:
            return None
        last = first[0].replace(day=_day_number(bare["d"], gr.words))
        return _interval(first[0], last)
    last_span = _resolve_core(gr, right, anchor, future)
    if last_span is None:
        return None
    end = last_span[1]
    bare = gr.bare_day.fullmatch(left)
    if bare:  # "27 to 29 November": the left end takes the right's month
        if last_span[2] is not _AT_DAY:
            return None
        return _interval(end.replace(day=_day_number(bare["d"], gr.words)), end)
    if gr.contextual.fullmatch(left):  # "from Monday to Wednesday": count back from the end
        first_span = _resolve_core(gr, left, end, False)
    else:
        first_span = _resolve_core(gr, left, anchor, future)
    if first_span is None:
        return None
    return _interval(first_span[0], end)


def _range_of_latest(
    gr: _Grammar, left: str, right: str, anchor: dt.date, future: bool
) -> _Span | None:
    """A range, in the past direction the most recent one that starts on or before the anchor
    ("from 27 to 29 November" read on 28 November is this year's), not the most recent whose
    end is."""
    span = _range_of(gr, left, right, anchor, future)
    if (
        future
        or span is None
        or not (gr.contextual.fullmatch(right) or gr.bare_day.fullmatch(right))
    ):
        return span
    try:
        later = _range_of(gr, left, right, anchor, True)
    except _RejectError:
        return span
    return later if later is not None and later[0] <= anchor else span


def _resolve_core(
    gr: _Grammar,
    s: str,
    anchor: dt.date,
    future: bool,
    ref: _Span | None = None,
    route: _Route | None = None,
) -> _Span | None:
    """The span of normalised ``s``, or None if no rule reads it; raises _RejectError for words
    that a rule reads but that name no real date.  With ``ref`` (the time the text named last),
    anaphoric expressions count from it.  ``route``, when the caller has looked it up, is
    ``gr.route`` of ``s``'s first two words (the caller reads its hedge verdict too)."""
    while True:
        if ref is not None and gr.same_time is not None and gr.same_time.fullmatch(s):
            if gr.previous_day is not None and gr.previous_day.fullmatch(s):
                return _previous_day(ref, anchor)  # "la veille": the day before it
            # "le même jour", "in derselben Nacht": the day or night the text named last
            return ref if (ref[1] - ref[0]).days <= 1 else None
        if ref is not None:
            try:
                span = _anaphoric(gr, s, ref, anchor, future)
            except (ValueError, OverflowError) as exc:  # a step past year 9999 or before 1
                raise _RejectError(str(exc)) from None
            if span is not None:
                return span
        if not s:
            return None
        parsed = gr.keywords.get(s)
        if parsed is not None:  # (a text of the table needs no route unless it reads nothing)
            handler, groups = parsed
            try:
                span = handler(gr, groups, anchor, future)
            except (ValueError, OverflowError, IndexError, StopIteration) as exc:
                # an impossible calendar date (day 31 of a 30-day month, year 0, year 10000)
                raise _RejectError(str(exc)) from None
            if span is not None:
                return span
        # what the first two words decide (the rules' bucket, the constructions they can
        # open), looked up once
        if route is None:  # (_first_two_words, written out)
            space = s.find(" ")
            if space >= 0:
                space = s.find(" ", space + 1)
            word = s if space < 0 else s[:space]
            route = gr.routes.get(word) or gr.route(word)
        bucket, week_of_ok, since_ok, shift_ok, range_ok, prefix_ok, by_last = route
        if parsed is None:
            if len(s) == 4 and s.isdigit() and s[0] in "12":  # a year, the commonest form
                parsed = _year_rule, {"year": s}
            elif bucket[1] is _NO_RULE:  # (no call where no rule starts with these words)
                parsed = None
            else:  # _parse, written out: one call less on every parse
                global _LAST_PARSE
                last = _LAST_PARSE
                if last[1] == s and last[0] is gr:
                    parsed = last[2]
                else:
                    if by_last is not None:  # several rules: the last word narrows them
                        end_word = s[s.rfind(" ") + 1 :]
                        bucket = by_last.get(end_word) or gr.end_bucket(
                            _first_two_words(s), end_word, by_last
                        )
                    parsed = None if bucket[1] is _NO_RULE else _parse_uncached(gr, s, bucket)
                    _LAST_PARSE = gr, s, parsed
            if parsed is None and week_of_ok:
                week_of = gr.week_of.match(s)
                if week_of is not None:
                    parsed = _week_of, {"rest": s[week_of.end() :]}
            if parsed is not None:
                handler, groups = parsed
                try:
                    span = handler(gr, groups, anchor, future)
                except (ValueError, OverflowError, IndexError, StopIteration) as exc:
                    raise _RejectError(str(exc)) from None  # (as above)
                if span is not None:
                    return span
        since_word = gr.since.match(s) if since_ok else None
        if since_word is not None:
            since = _resolve_core(gr, s[since_word.end() :], anchor, False, ref)
            return None if since is None else _since(since, anchor)
        # the pattern ends with one of the words: most text ends with none
        since_after = (
            gr.since_after and s.endswith(gr.since_after_words) and gr.since_after.fullmatch(s)
        )
        if since_after:  # "2019'dan bu yana"
            since = _resolve_core(gr, since_after["rest"], anchor, False, ref)
            return None if since is None else _since(since, anchor)
        shift = gr.day_shift.match(s) if shift_ok else None
        if shift is not None:
            try:
                return _day_shift(
                    gr, {"rest": s[shift.end() :], "way": shift["way"]}, anchor, future
                )
            except OverflowError as exc:  # the day after 31 December 9999
                raise _RejectError(str(exc)) from None
        ranged = _resolve_range(gr, s, anchor, future, range_ok)
        if ranged is not None:
            return ranged
        prefix = gr.prefix.match(s) if prefix_ok else None
        if prefix is None:
            return None
        s = s[prefix.end() :]
        route = None


def _first_two_words(s: str) -> str:
    """``s`` up to its second space (the key of its route, :meth:`_Grammar.route`).

    >>> _first_two_words("el pasado martes"), _first_two_words("ayer")
    ('el pasado', 'ayer')
    """
    space = s.find(" ")
    if space >= 0:
        space = s.find(" ", space + 1)
    return s if space < 0 else s[:space]


def _start_key(s: str) -> tuple[str, int]:
    """The first two words of ``s`` as start strings are met (:meth:`_Grammar.word_rules`):
    the words, or with a digit in them their runs of digits one mark; and the side of the
    start strings they meet (0 without a digit, 2 with)."""
    space = s.find(" ")
    if space >= 0:
        space = s.find(" ", space + 1)
    word = s if space < 0 else s[:space]
    # letters and spaces only (most text): no digit, without a regex
    if word.replace(" ", "").isalpha() or _DIGIT.search(word) is None:
        return word, 0
    return _digit_key(word), 2


def _meets(starts: _Starts, key: str, side: int) -> bool:
    """Whether text whose first two words are ``key`` (``side``: see _start_key) can match a
    pattern of the start strings ``starts`` (None: no start strings, it may)."""
    return starts is None or key.startswith(starts[side]) or key in starts[side + 1]


def _since(since: _Span, anchor: dt.date) -> _Span:
    """From the start of ``since`` to the anchor; "since this morning" is part of the day."""
    start, _, precision = since
    if start == anchor and precision is _AT_PART_OF_DAY:
        return since
    return _interval(start, anchor)


def _strip_prefixes(gr: _Grammar, s: str) -> str:
    while (prefix := _prefix_of(gr, s)) is not None:
        s = s[prefix.end() :]
    return s


def _prefix_of(gr: _Grammar, s: str) -> re.Match[str] | None:
    """``gr.prefix.match(s)``; the regex is not run on text whose first word starts no hedge
    or filler."""
    words = gr.prefix_first_words
    if words is not None and s.partition(" ")[0] not in words:
        return None
    return gr.prefix.match(s)


def _hedged(gr: _Grammar, s: str) -> bool:
    while True:
        prefix = _prefix_of(gr, s)
        if prefix is None:
            return False
        if prefix.group("hedge"):
            return True
        s = s[prefix.end() :]


# --------------------------------------------------------------------------------------------
# public API
def _check_args(
    text: object, anchor: object, direction: object, where: str
) -> tuple[bool, dt.date]:
    """Whether to read forward, and the anchor as a date (the one rule for argument types:
    conflict_events.parse._args)."""
    as_text(text)
    day = as_date(anchor, "anchor", where)
    if direction not in (None, "past", "future"):
        raise ValueError(f"direction must be 'past' or 'future', got {direction!r}")
    return direction == "future", day


def resolve_date(
    text: str,
    anchor: dt.date | str,
    *,
    direction: Direction | None = None,
    reference: TimeSpan | None = None,
    languages: Sequence[str] | None = None,
    lexicon: Lexicon | str = "en",
    day_first: bool | None = None,
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
    ``lexicon`` gives the date words the rules read (a language code or a
    :class:`~conflict_events.lexicon.Lexicon`, e.g. one :meth:`extended` with more words).
    ``day_first`` reads a numeric date with two readings ("3/12/2024": 3 December or 12
    March) day first (True) or month first (False); None takes the lexicon's ``meta.day_first``,
    and English has none, so such a date raises naming both readings.  A numeric date with
    one reading ("13/12/2024", "2024-12-03") needs no ``day_first``.

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
    >>> resolve_date("13/12/2024", wed).start, resolve_date("3.12.2024", wed, day_first=True).start
    (datetime.date(2024, 12, 13), datetime.date(2024, 12, 3))
    >>> fell = resolve_date("May 22, 1995", wed)
    >>> resolve_date("the following year", wed, reference=fell).start
    datetime.date(1996, 1, 1)
    >>> resolve_date("last Fridya", wed)
    Traceback (most recent call last):
    ...
    conflict_events.DateResolutionError: not a date expression (did you mean 'last Friday'?): 'last Fridya'
    ...
    """
    future, anchor = _check_args(text, anchor, direction, "resolve_date")
    numeric = NUMERIC_DATE.fullmatch(text.strip(_EDGE_PUNCT))
    if numeric is not None:
        day = numeric_reading(numeric, _day_first(day_first, lexicon))
        if isinstance(day, str):
            raise DateResolutionError(text, day)
        return _span_of(text, anchor, ((day, day, _AT_DAY), False))
    if day_first is not None and not isinstance(day_first, bool):
        raise TypeError(f"day_first must be a bool or None, got {type(day_first).__name__}")
    langs = tuple(languages) if languages else None
    ref = _reference_span(reference)
    gr = _grammar_of(lexicon)
    result = _resolve_cached(gr, text, anchor, future, langs, ref)
    if isinstance(result, str):
        if result == _NOT_A_DATE:
            suggestion = suggest_date_words(text, gr.words)
            # suggested only when the corrected words are a date the library reads
            if suggestion is not None and not isinstance(
                _resolve_cached(gr, suggestion, anchor, future, langs, ref), str
            ):
                result = f"{result} (did you mean {suggestion!r}?)"
        raise DateResolutionError(text, result)
    return result


_NOT_A_DATE = "not a date expression"
# How close (rapidfuzz ratio, 0-100) a word must be to a known date word to be suggested
_SUGGEST_SCORE = 75.0
_WORD = re.compile(r"[^\W\d_]+")


def suggest_date_words(text: str, words: DateWords) -> str | None:
    """``text`` with each word the date words do not know replaced by the closest one they
    do (same case), or None when no word changes: the suggestion of a refused expression.

    >>> from conflict_events.parse._dates_vocab import date_words
    >>> suggest_date_words("last Fridya", date_words("en"))
    'last Friday'
    >>> suggest_date_words("the fall of Aleppo", date_words("en")) is None
    True
    """
    from rapidfuzz import fuzz, process

    known = known_words(words)
    changed = False

    def closest(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        lower = word.lower()
        # a known word's plural ("months", "nights") is no typo: not corrected
        if lower in known or len(lower) < 3 or (lower.endswith("s") and lower[:-1] in known):
            return word
        # sorted: of words tied on score the first wins, the same one in every process
        found = process.extractOne(
            lower, sorted(known), scorer=fuzz.ratio, score_cutoff=_SUGGEST_SCORE
        )
        if found is None:
            return word
        changed = True
        best: str = found[0]
        if word.isupper() and len(word) > 1:
            return best.upper()
        return best.title() if word[0].isupper() else best

    suggestion = _WORD.sub(closest, text.strip())
    return suggestion if changed else None


def _day_first(day_first: object, lexicon: Lexicon | str) -> bool | None:
    """``day_first`` as given, else the lexicon's default order of numeric dates."""
    if day_first is None:
        return day_first_of(lexicon)
    if not isinstance(day_first, bool):
        raise TypeError(f"day_first must be a bool or None, got {type(day_first).__name__}")
    return day_first


def _reference_span(reference: object) -> _Span | None:
    if reference is None:
        return None
    if not isinstance(reference, TimeSpan):
        raise TypeError(f"reference must be a TimeSpan, got {type(reference).__name__}")
    return reference.start, reference.end, reference.precision


def _fast(
    gr: _Grammar, text: str, anchor: dt.date, future: bool, ref: _Span | None = None
) -> tuple[str, tuple[_Span, bool] | str | None]:
    """The normalised text, and what the fast path makes of it: the span and whether it is
    approximate; a reason (str) when the text is certainly not a date; None when no rule reads
    it."""
    normalised = _normalised(gr, text)
    if isinstance(normalised, str):
        return "", normalised
    s, approximate = normalised
    try:
        span = _resolve_core(gr, s, anchor, future, ref)
    except _RejectError as exc:
        return s, f"not a real date ({exc})"
    if span is None:
        return s, _refused(gr, s, ref)
    return s, (span, approximate or _hedge_of(gr, s))


def _refused(gr: _Grammar, s: str, ref: _Span | None) -> str | None:
    """Why the normalised ``s``, which no rule reads, is certainly not a date, or None."""
    if gr.open_ended.match(s):
        return "open-ended (a span needs both ends)"
    if gr.anaphora.fullmatch(_strip_prefixes(gr, s)):
        if ref is None:
            return "refers back to a time named earlier; give that time as the reference"
        return "refers back to a time the reference is too coarse for"
    return None


def _normalised(gr: _Grammar, text: str, lowered: str | None = None) -> tuple[str, bool] | str:
    """``text`` normalised for the rules (fiscal words dropped) and whether that made it
    approximate; or the reason it cannot be a date.  ``lowered``, when the caller has it, is
    ``text.lower()``."""
    if len(text) > MAX_EXPRESSION_CHARS:
        return f"too long to be a date expression (over {MAX_EXPRESSION_CHARS} characters)"
    s, approximate = _normalise(text, lowered, gr)
    # (text of nothing but the cues' words, "fiscal", is empty too)
    return (s, approximate) if s else "not a date expression"


def _hedge_of(gr: _Grammar, s: str) -> bool:
    """Whether normalised ``s`` opens with a hedge ("about", "around"); most expressions
    have no leading word that could be one."""
    if s[0] not in gr.hedge_initials:
        return False
    words = gr.prefix_first_words
    if words is not None and s.partition(" ")[0] not in words:
        return False
    # a first word that is a filler: no word a hedge opens with, no hedge after the fillers
    # either, without running the prefix pattern once per filler ("desde el lunes")
    hedges = gr.hedge_first_words
    return (hedges is None or not hedges.isdisjoint(s.split(" "))) and _hedged(gr, s)


def _fast_found(
    gr: _Grammar, s: str, approximate: bool, anchor: dt.date, future: bool, ref: _Span | None
) -> tuple[_Span, bool] | None:
    """What :func:`_fast` finds in the normalised ``s`` when it is a span; None otherwise (the
    reason is not worked out)."""
    try:
        span = _resolve_core(gr, s, anchor, future, ref)
    except _RejectError:
        return None
    if span is None:
        return None
    return span, approximate or _hedge_of(gr, s)


def _span_of(text: str, anchor: dt.date, found: tuple[_Span, bool]) -> TimeSpan:
    span, approximate = found
    start, end, precision = span
    if type(span) is _CheckedSpan:  # a span of the calendar tables: checked when made
        return trusted_span(start, end, precision, approximate, text, anchor)
    # the TimeSpan constructor's result and errors, without its machinery
    return resolved_span(start, end, precision, approximate, text, anchor)


def _resolve_uncached(
    gr: _Grammar,
    text: str,
    anchor: dt.date,
    future: bool,
    languages: tuple[str, ...] | None,
    ref: _Span | None = None,
) -> TimeSpan | str:
    """The span of ``text``, or the reason it is not a date."""
    if len(text) > MAX_EXPRESSION_CHARS:
        return f"too long to be a date expression (over {MAX_EXPRESSION_CHARS} characters)"
    lowered = text.lower()
    if ref is None:
        # a text of the keyword table that normalising leaves as it is (_fast_marks): the
        # entry _resolve_core's first look-up would find, and the hedge verdict of the text
        table = gr.fast_keywords
        fast = (_fast_table(gr) if table is None else table).get(lowered)
        if fast is not None:
            handler, groups, hedged = fast
            try:
                span = handler(gr, groups, anchor, future)
            except _REJECTED as exc:
                return f"not a real date ({exc})"
            if span is not None:
                start, end, precision = span
                if type(span) is _CheckedSpan:
                    return trusted_span(start, end, precision, hedged, text, anchor)
                return resolved_span(start, end, precision, hedged, text, anchor)
            # (no span: the constructions are tried after the look-up, below)
    # _fast's steps, written out: the commonest path, a span, makes no call between them
    # (_normalised, its length test made above)
    s, approximate = _normalise(text, lowered, gr)
    if not s:
        return "not a date expression"
    # the route of the first two words (_first_two_words, written out), for _resolve_core's
    # first pass and the hedge test
    space = s.find(" ")
    if space >= 0:
        space = s.find(" ", space + 1)
    word = s if space < 0 else s[:space]
    route = gr.routes.get(word) or gr.route(word)
    try:
        span = _resolve_core(gr, s, anchor, future, ref, route)
    except _RejectError as exc:
        return f"not a real date ({exc})"
    if span is not None:
        start, end, precision = span
        # text whose first word opens no hedge or filler (the route's verdict, _hedge_of's
        # first tests) is not hedged: most text; for the rest _hedge_of's last tests,
        # written out (text none of whose words opens a hedge has none after its fillers)
        hedges = gr.hedge_first_words
        hedged = approximate or (
            route[5] and (hedges is None or not hedges.isdisjoint(s.split(" "))) and _hedged(gr, s)
        )
        if type(span) is _CheckedSpan:  # a span of the calendar tables: checked when made
            return trusted_span(start, end, precision, hedged, text, anchor)
        return resolved_span(start, end, precision, hedged, text, anchor)
    found = _refused(gr, s, ref)
    if found is not None:
        return found

    # An English absolute date has a digit or a month or weekday name, and no word that makes
    # it relative; with the language pinned to English and no such date, dateparser has
    # nothing to find.
    def english_ok() -> bool:
        return gr.absolute_cue.search(s) is not None and gr.relative_word.search(s) is None

    # What dateparser reads in English the fast path refused stands only with its year
    # written out, or with a month or weekday named and a year next to the anchor's: digits
    # alone ("16-hour", "10:35 a.m.") name no day, and "29" in "27 and 29 November" is no
    # year 1929.
    def english_reading_ok(year: int) -> bool:
        if not english_ok():
            return False
        if str(year) in s:
            return True
        return gr.named_cue.search(s) is not None and abs(year - anchor.year) <= 1

    if languages == ("en",) and not english_ok():
        return "not a date expression"
    if gr.native:  # a language with a lexicon of its own: its grammar's refusal stands
        return "not a date expression"
    from conflict_events.parse._dates_fallback import fallback_span

    span = fallback_span(text.strip(), anchor, future, languages, english_reading_ok)
    if span is None:
        return "not a date expression"
    return _span_of(text, anchor, (span, False))


# Results by (text, anchor, direction, languages), refusals included: an article's dates
# share one anchor and repeat ("Friday" several times), and a refusal is as deterministic as
# a span.
_resolve_cached = functools.lru_cache(maxsize=8192)(_resolve_uncached)


def _resolve_fast(
    gr: _Grammar, text: str, anchor: dt.date, future: bool, ref: _Span | None = None
) -> TimeSpan | None:
    """The fast path alone: the span, or None where it reads none (find_dates never calls
    dateparser)."""
    found = _fast(gr, text, anchor, future, ref)[1]
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


def find_dates(
    text: str,
    anchor: dt.date | str,
    *,
    lexicon: Lexicon | str = "en",
    day_first: bool | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, in order, each resolved relative to ``anchor``.

    Numeric dates are found when they have one reading ("13/12/2024"), or ``day_first`` (or
    the lexicon's ``meta.day_first``) chooses between two, as for :func:`resolve_date`; an
    ambiguous one is passed over, as are version numbers, scores and telephone numbers.

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
    _, anchor = _check_args(text, anchor, None, "find_dates")
    return _find(_grammar_of(lexicon), text, anchor, _day_first(day_first, lexicon))


def _find(gr: _Grammar, text: str, anchor: dt.date, order: bool | None) -> list[DateMention]:
    """:func:`find_dates` with the grammar ``gr``: the scanner derived from its rules
    (:mod:`conflict_events.parse._dates_scan`) finds the words, the resolver reads them, and
    the lexicon's tense reader (English's verb groups, the other languages' cue words) gives
    the direction where the reading needs one."""
    from conflict_events.parse._dates_scan import mentions, tense_reader
    from conflict_events.parse._dates_tense import SentenceStops, direction_in

    stops = SentenceStops(text)
    tense = tense_reader(gr)
    reference: list[_Span] = [(anchor, anchor, _AT_DAY)]

    if tense is direction_in:
        # English's verb groups, read through the text's sentence stops: a mention with no
        # word that could carry a tense in its window reads "past" without tokenising it
        # (the same answer; what keeps a text of thousands of dates linear, issue 16)
        def direction_of(text: str, start: int, end: int) -> Direction:
            return stops.direction(start, end)

    else:

        def direction_of(text: str, start: int, end: int) -> Direction:
            first, last = stops.bounds(start, end)
            return tense(text, start, end, first, last)

    def read(start: int, end: int) -> tuple[Direction, TimeSpan] | None:
        direction, span = _read_with(gr, text, start, end, anchor, reference[0], direction_of)
        if span is None:
            return None
        reference[0] = span.start, span.end, span.precision
        return direction, span

    found: list[DateMention] = []
    for start, end, reading in mentions(gr, text, _SCAN_FOLD, read):
        direction, span = cast("tuple[Direction, TimeSpan]", reading)
        found.append(
            DateMention(
                text=text[start:end], start_char=start, end_char=end, direction=direction, when=span
            )
        )
    found = _without_contradicted_relatives(gr, text, found)
    for numeric in NUMERIC_DATE.finditer(text):
        start, end = numeric.span()
        if any(m.start_char < end and start < m.end_char for m in found):
            continue
        day = numeric_reading(numeric, order)
        if isinstance(day, str):
            continue
        direction = (
            "past" if day < anchor else "future" if day > anchor else direction_of(text, start, end)
        )
        when = _span_of(text[start:end], anchor, ((day, day, _AT_DAY), False))
        found.append(
            DateMention(
                text=text[start:end], start_char=start, end_char=end, direction=direction, when=when
            )
        )
    return sorted(found, key=lambda m: m.start_char)


def _without_contradicted_relatives(
    gr: _Grammar, text: str, found: list[DateMention]
) -> list[DateMention]:
    """``found`` without a relative day ("напередодні", "la veille", "yesterday") whose
    apposition names another day ("Напередодні, в неділю": the day before, on Sunday): it
    counted from a day the text does not say, and the apposition names the day."""
    w = gr.words
    previous = w.grammar.get("previous_day", ())
    kept: list[DateMention] = []
    for i, m in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        if (
            after is not None
            and m.when.precision is _AT_DAY
            and after.when.start == after.when.end != m.when.start
            and _APPOSITION.fullmatch(text, m.end_char, after.start_char)
        ):
            normalised = _normalised(gr, m.text)
            if not isinstance(normalised, str) and (
                normalised[0] in w.day_offsets or normalised[0] in previous
            ):
                continue
        kept.append(m)
    return kept


# a comma and at most one word (a preposition the mention leaves out) between two mentions
_APPOSITION = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+)?")


# A month named alone in the past tense is the most recent such month (DESIGN §3: "en agosto
# atacaron" read in July is last August): the year-style check, which rescues a month-day
# read with a past verb ("set a hearing for Jan. 14"), leaves it in the languages other than
# English (English's scanner has its own tense reading, docs/dates.md)
_WHOLE_MONTHS = frozenset((_AT_MONTH, _AT_PART_OF_MONTH))
# How near the anchor the reading in the anchor's year must be for the year-style check to take
# it: about a quarter.  Further away, a yearless date is as likely the one the tense gave.
_NEAR_DAYS = 92


def read_in_context(
    text: str,
    start: int,
    end: int,
    anchor: dt.date,
    reference: TimeSpan | None = None,
    *,
    lexicon: Lexicon | str = "en",
) -> tuple[Direction, TimeSpan | None]:
    """The direction of the date ``text[start:end]`` and its span (fast path only; None when
    the fast path does not read it), as :func:`find_dates` chooses them.

    The tense of the sentence gives the direction
    (:func:`~conflict_events.parse._dates_tense.direction_at`).  Then the year-style check:
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
    return _read_in_context(
        text, start, end, anchor, _reference_span(reference), _grammar_of(lexicon)
    )


def _read_in_context(
    text: str, start: int, end: int, anchor: dt.date, ref: _Span | None, gr: _Grammar | None = None
) -> tuple[Direction, TimeSpan | None]:
    from conflict_events.parse._dates_tense import direction_at

    return _read_with(gr or _EN(), text, start, end, anchor, ref, direction_at)


def _read_with(
    gr: _Grammar,
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
    normalised = _normalised(gr, expression)
    if isinstance(normalised, str):
        return direction_of(text, start, end), None
    s, approximate = normalised
    past = _fast_found(gr, s, approximate, anchor, False, ref)
    future = _fast_found(gr, s, approximate, anchor, True, ref)
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
        and gr.names_month.search(expression)
        and not (gr.native and direction == "past" and found[0][2] in _WHOLE_MONTHS)
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
