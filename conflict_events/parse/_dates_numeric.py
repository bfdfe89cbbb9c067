"""Numeric dates written day and month first or month and day first: "13/12/2024",
"03.12.2024", "12-3-2024" (docs/dates.md, "Numeric dates").

A numeric date has two readings, day first (13 December) and month first; a reading that
is no calendar date drops out.  One reading left resolves; two different readings are
ambiguous and resolve only with ``day_first`` (given by the caller, or the lexicon's
``meta.day_first``), else the caller refuses the text naming both readings.  Without
either, a dotted date ("03.12.2024") reads day first: that form is the day-first writers'.  Year-first
dates ("2024-12-03") are the date rules' (one reading only).

The shape is structure, not words: one or two digits, a separator (``/``, ``.`` or ``-``,
the same twice), one or two digits, the separator, four digits; and no digit, word
character or further separator-and-digit around it, so that version numbers ("3.12.2024.1",
"v2.1.2024"), telephone numbers and scores are not read as dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from conflict_events._errors import LexiconError
from conflict_events.lexicon import Lexicon, load

__all__ = ["NUMERIC_DATE", "day_first_of", "numeric_reading"]

# The separators of a numeric date's parts.
_SEPARATORS = "[/.-]"


class _Prefiltered:
    """A compiled pattern whose :meth:`finditer` first asks a cheaper pattern that every
    match holds: the pattern opens on a look-behind, which re tries at every position of a
    text, while the prefilter opens on a character set re skips along (about a third of the
    time on a text with no numeric date, the common case)."""

    __slots__ = ("_needs", "pattern")

    def __init__(self, pattern: re.Pattern[str], needs: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needs = needs

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._needs.search(text) is None:
            return iter(())
        return self.pattern.finditer(text)


#: A numeric date with day and month in either order and a four-digit year (its
#: ``finditer`` searches only a text where a digit, a separator and a digit stand together,
#: as in every match: the first part's last digit, its separator, the second's first).
NUMERIC_DATE = _Prefiltered(
    re.compile(
        rf"(?<![\w./-])(?P<a>\d{{1,2}})(?P<sep>{_SEPARATORS})(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
        r"(?![\w-]|[./]\d)",
        re.ASCII,
    ),
    re.compile(rf"\d{_SEPARATORS}\d", re.ASCII),
)


def day_first_of(lexicon: Lexicon | str) -> bool | None:
    """The lexicon's default reading order of numeric dates (``meta.day_first``), or None
    where the language has no one order (English: the US writes month first, most others
    day first).

    >>> day_first_of("en") is None
    True
    >>> from conflict_events.lexicon import load
    >>> day_first_of(load("en").extended({"meta": {"day_first": True}}))
    True
    """
    lex = load(lexicon)
    if not lex.has("meta.day_first"):
        return None
    value = lex.entry("meta.day_first")
    if not isinstance(value, bool):
        raise LexiconError(f"meta.day_first must be true or false, got {value!r}")
    return value


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def numeric_reading(match: re.Match[str], day_first: bool | None) -> dt.date | str:
    """The date a :data:`NUMERIC_DATE` match means, or why it means none (no calendar date;
    two readings and no ``day_first``: the reason names both).

    >>> numeric_reading(NUMERIC_DATE.fullmatch("13/12/2024"), None)
    datetime.date(2024, 12, 13)
    >>> numeric_reading(NUMERIC_DATE.fullmatch("3/12/2024"), None)
    'ambiguous numeric date: 2024-12-03 (day first) or 2024-03-12 (month first); pass day_first'
    >>> numeric_reading(NUMERIC_DATE.fullmatch("3/12/2024"), False)
    datetime.date(2024, 3, 12)
    >>> numeric_reading(NUMERIC_DATE.fullmatch("03.12.2024"), None)
    datetime.date(2024, 12, 3)
    """
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    by_day = _date(year, b, a)
    by_month = _date(year, a, b)
    if by_day is None and by_month is None:
        return "not a real date (neither day/month nor month/day)"
    if by_day is None or by_month is None or by_day == by_month:
        found = by_day or by_month
        assert found is not None
        return found
    if day_first is None and match["sep"] == ".":
        # the dotted form is the day-first writers' (German, Russian, Turkish ...): month
        # first is written with slashes or hyphens
        day_first = True
    if day_first is None:
        return (
            f"ambiguous numeric date: {by_day.isoformat()} (day first) or "
            f"{by_month.isoformat()} (month first); pass day_first"
        )
    return by_day if day_first else by_month
