"""Parsers of the words news uses: relative and absolute dates, TIMEX3 / EDTF values, counts.

Submodules load on first use (dateparser is imported only when the fast path cannot answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_events._lazy import lazy_attributes

if TYPE_CHECKING:
    from conflict_events.parse._counts import parse_count
    from conflict_events.parse._dates import DateMention, find_dates, resolve_date
    from conflict_events.parse._timex import Timex, from_edtf, from_timex, to_edtf, to_timex

_LAZY = {
    "resolve_date": "_dates",
    "find_dates": "_dates",
    "DateMention": "_dates",
    "to_timex": "_timex",
    "from_timex": "_timex",
    "to_edtf": "_timex",
    "from_edtf": "_timex",
    "Timex": "_timex",
    "parse_count": "_counts",
}

__all__ = [
    "DateMention",
    "Timex",
    "find_dates",
    "from_edtf",
    "from_timex",
    "parse_count",
    "resolve_date",
    "to_edtf",
    "to_timex",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
