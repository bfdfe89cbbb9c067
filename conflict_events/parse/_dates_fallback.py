"""The dateparser fallback of :func:`conflict_events.resolve_date`.

dateparser knows absolute dates in some 200 locales; the English fast path does not.  It is
imported here, and this module is imported only when the fast path cannot answer, so
``import conflict_events`` never pays for it.  One configured ``DateDataParser`` is built per
(languages, direction, anchor) and reused.  Its
``RELATIVE_BASE`` is always the anchor, so neither the wall clock nor the local timezone can
leak into a result, and the span is built from the ``period`` dateparser reports (day, week,
month, year), so "2016" is the year 2016, never 30 November 2016.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any

from conflict_events.model import Precision

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["fallback_span"]

# A bare number ("25", "the 27th") is a count or a day of an unknown month; dateparser would
# fill the month and year in from the anchor, which the design forbids.
_BARE_NUMBER = re.compile(r"(?i:the\s)?[\d\s.,:/-]{0,40}(?i:st|nd|rd|th)?")


@functools.lru_cache(maxsize=256)
def _parser(languages: tuple[str, ...] | None, future: bool, anchor: dt.date) -> Any:
    # dateparser keeps RELATIVE_BASE in the parser's settings, so a parser is configured per
    # anchor; an article's dates share one anchor, so the cache keeps them on one parser.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(languages) if languages else None,
        settings={
            "PREFER_DATES_FROM": "future" if future else "past",
            "TIMEZONE": "UTC",
            "TO_TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": False,
            # Absolute dates only: dateparser's relative reader turns durations ("five years",
            # "10 days") into points, a guess the design forbids; relative English is the fast
            # path's job.
            "PARSERS": ["custom-formats", "absolute-time"],
            # What the text leaves out (the year of "27 novembre") comes from the anchor.
            "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day, 12),
        },
    )


def fallback_span(
    text: str,
    anchor: dt.date,
    future: bool,
    languages: Sequence[str] | None,
    english_ok: Callable[[int], bool],
) -> tuple[dt.date, dt.date, Precision] | None:
    """The span dateparser reads in ``text`` relative to ``anchor``, or None if it reads none.

    ``english_ok`` says, given the year read, whether a reading dateparser makes in English
    stands ("five years" is not May; "29" in "27 and 29 November" is not 1929).  Never
    raises: dateparser's own failures on odd input count as "no date".
    """
    if _BARE_NUMBER.fullmatch(text):
        return None
    try:
        parser = _parser(tuple(languages) if languages else None, future, anchor)
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; none is ours to leak
        return None
    if data is None or data.date_obj is None:
        return None
    locale = getattr(data.locale, "shortname", None) or str(data.locale or "")
    day = data.date_obj.date()
    if locale.split("-")[0] == "en" and not english_ok(day.year):
        return None
    period = data.period
    if period == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), Precision.YEAR
    if period == "month":
        # the month's last day from the calendar: "Dec. 9999" has no next month to count back from
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last), Precision.MONTH
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6), Precision.WEEK
    return day, day, Precision.DAY
