"""Hypothesis strategies for every model type (install the ``testing`` extra).

Every value drawn satisfies every invariant of its class, so a test can start from valid data
and break one thing on purpose.  Conventions, as in Hypothesis itself:

* the names are plural (``engagements()``, ``casualty_reports()``) and every argument is
  keyword-only (except the prefix of :func:`ids`);
* the parts of a value are passed as strategies (``factions(actor_ids=st.sampled_from([...]))``,
  ``engagements(locations=locations(countries=["SY"]))``);
* a vocabulary is passed as a collection of its values (``precisions=["day", "week"]``,
  ``qualifiers=[CountQualifier.RANGE]``, ``countries=["SY", "TR"]``);
* ``min_date`` / ``max_date`` bound every date the default strategies produce (the whole of a
  span lies inside the bounds).  By default they are :data:`DEFAULT_MIN_DATE` (1946-01-01, the
  first year of the UCDP/PRIO armed conflict data) and :data:`DEFAULT_MAX_DATE` (2035-12-31):
  the era of conflict-event data, so that drawn dates look like the data under test.  Pass
  ``min_date=datetime.date.min, max_date=datetime.date.max`` for every date the model accepts
  (a ``century`` span needs such wider bounds: none fits in the default era);
* every value is built through its class's public constructor, so a falsifying example prints
  as the value's own repr (``Count(low=0, high=0, qualifier=...)``), never as a helper call.

With the package installed, the ``hypothesis`` entry point registers these strategies, so
``st.from_type(Engagement)`` (and ``st.builds`` / ``@given`` type inference) draws valid
values without importing this module.

>>> import datetime as dt
>>> from hypothesis import given
>>> @given(timespans(min_date=dt.date(2024, 1, 1), max_date=dt.date(2024, 12, 31)))
... def test_span_in_2024(span):
...     assert dt.date(2024, 1, 1) <= span.start <= span.end <= dt.date(2024, 12, 31)
>>> test_span_in_2024()
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import string
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from conflict_events.model import (
    Actor,
    ActorKind,
    Alias,
    Attribution,
    CasualtyFigure,
    CasualtyGroup,
    CasualtyReport,
    ClaimKind,
    Count,
    CountQualifier,
    Engagement,
    EventType,
    Faction,
    FactionMember,
    FactionRole,
    GeoPrecision,
    Location,
    LocationKind,
    Outcome,
    Point,
    Precision,
    SubEventType,
    TimeSpan,
    Verification,
)
from conflict_events.model._checks import COUNTRY_RE, ID_RE
from conflict_events.model._count import MAX_COUNT
from conflict_events.resolve._reconcile import Estimate, reconcile

__all__ = [
    "DEFAULT_MAX_DATE",
    "DEFAULT_MIN_DATE",
    "actors",
    "aliases",
    "attributions",
    "casualty_figures",
    "casualty_reports",
    "counts",
    "engagements",
    "estimates",
    "faction_members",
    "factions",
    "ids",
    "locations",
    "points",
    "timespans",
]

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

_ID_FIRST = string.ascii_letters + string.digits
_ID_REST = _ID_FIRST + "._:/~-"
_FIRST_FOR = dict(zip("._:/~-", "abcdef", strict=True))  # what a key may not start with
_URL_CHARS = string.ascii_letters + string.digits + "-._~/?#[]@!$&'()*+,;=%:"
_MAX_ITEMS = 2  # default cap on nested lists: keeps engagements small and tests fast

#: The default ``min_date`` of every strategy: the first day of 1946, the first year of the
#: UCDP/PRIO armed conflict data.
DEFAULT_MIN_DATE = dt.date(1946, 1, 1)
#: The default ``max_date`` of every strategy: the last day of 2035.
DEFAULT_MAX_DATE = dt.date(2035, 12, 31)


# -- helpers ---------------------------------------------------------------------------------
def _vocab(enum: type[E], values: Iterable[E | Any] | None, arg: str) -> list[E]:
    if values is None:
        return list(enum)
    if isinstance(values, (str, st.SearchStrategy)):
        raise InvalidArgument(
            f"{arg} must be a collection of {enum.__name__} values, got {values!r}"
        )
    out: list[E] = []
    for v in values:
        try:
            member = enum(v)
        except (ValueError, TypeError):
            allowed = ", ".join(repr(m.value) for m in enum)
            raise InvalidArgument(f"{arg}: {v!r} is not one of {allowed}") from None
        if member not in out:
            out.append(member)
    if not out:
        raise InvalidArgument(f"{arg} must not be empty")
    return out


def _check_strategy(value: object, arg: str) -> None:
    if not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{arg} must be a Hypothesis strategy, got {value!r}")


@functools.cache
def _dates(lo: dt.date, hi: dt.date) -> st.SearchStrategy[dt.date]:
    """Dates in lo..hi, drawn as one integer (a day number): several times cheaper than
    ``st.dates``, which draws the year, month and day apart.  They shrink towards ``lo``."""
    return st.integers(lo.toordinal(), hi.toordinal()).map(dt.date.fromordinal)


def _check_dates(min_date: dt.date, max_date: dt.date) -> None:
    for name, value in (("min_date", min_date), ("max_date", max_date)):
        if type(value) is not dt.date:
            raise InvalidArgument(f"{name} must be a datetime.date, got {value!r}")
    if min_date > max_date:
        raise InvalidArgument(f"min_date={min_date} is after max_date={max_date}")


def _check_size(value: int, arg: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidArgument(f"{arg} must be a non-negative integer, got {value!r}")


@functools.cache
def _text(*, blank: bool = False, max_size: int = 30) -> st.SearchStrategy[str]:
    """Text; unless ``blank``, with at least one non-whitespace character."""
    if blank:
        return st.text(max_size=max_size)
    draw_nonblank = _draw_text(max_size=max_size)

    @st.composite
    def draw_text(draw: st.DrawFn) -> str:
        return draw_nonblank(draw)

    return draw_text()


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


# Inside a composite, the default parts are drawn by plain functions of ``draw`` rather than
# nested strategies: every nested strategy (a ``one_of``, a ``map``, a composite) is one more
# span for Hypothesis's engine to record and mutate, and spans are most of its cost per value.
_BOOLS = st.booleans()
_FLAG = (False, True)  # a flag as one of the choices of ``_product``: False is the simpler
Drawer = Callable[[st.DrawFn], T]


def _drawer(strategy: st.SearchStrategy[T] | None, default: Drawer[T]) -> Drawer[T]:
    """Draws from ``strategy`` if the caller gave one, else with ``default``."""
    if strategy is None:
        return default
    return lambda draw: draw(strategy)


def _maybe(strategy: st.SearchStrategy[T]) -> Drawer[T | None]:
    """None or a value: one boolean, then the value (``None`` is the simpler of the two)."""
    return lambda draw: draw(strategy) if draw(_BOOLS) else None


@functools.cache
def _raw_text(*, blank: bool, max_size: int) -> st.SearchStrategy[str]:
    # One strategy for every default text up to 30 characters: draws that share their bounds
    # cost Hypothesis's engine less than draws of many kinds.
    return st.text(max_size=30) if max_size <= 30 else st.text(max_size=max_size)


def _nonblank(s: str) -> str:
    # A blank draw gets a letter instead of a retry (a filter's retries cost draws).
    return s if s.strip() else "x" + s[1:]


def _draw_text(*, blank: bool = False, max_size: int = 30) -> Drawer[str]:
    """Text of at most ``max_size`` characters; unless ``blank``, not blank."""
    text = _raw_text(blank=blank, max_size=max_size)
    if blank:
        return lambda draw: draw(text)[:max_size]
    return lambda draw: _nonblank(draw(text)[:max_size])


def _maybe_text(*, blank: bool = False, max_size: int = 30) -> Drawer[str | None]:
    text = _draw_text(blank=blank, max_size=max_size)
    return lambda draw: text(draw) if draw(_BOOLS) else None


def _draw_list(
    draw: st.DrawFn,
    item: Drawer[T],
    max_size: int,
    *,
    min_size: int = 0,
    key: Callable[[T], object] | None = None,
) -> list[T]:
    """``min_size``..``max_size`` items (fewer when ``key`` drops a repeat), each drawn in place
    (no span per item).  Past ``min_size`` a boolean says whether another follows, as in
    ``st.lists``: a list stops at each step with probability 1/2, and shrinks by stopping."""
    out: list[T] = []
    seen: set[object] = set()
    for i in range(max_size):
        if i >= min_size and not draw(_BOOLS):
            break
        value = item(draw)
        if key is not None:
            k = key(value)
            if k in seen:
                continue
            seen.add(k)
        out.append(value)
    return out


def _product(*choices: Iterable[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
    """One draw for several independent choices (each uniform, so their product is too).

    Every ``draw`` in a composite costs Hypothesis a span to record, and spans are most of its
    cost per value; a choice with no draws of its own (a vocabulary value, a flag) therefore
    joins the next one drawn.  The tuples are in lexicographic order, so the draw shrinks
    towards the first value of every choice, the first choice slowest.  A flag saying whether
    an optional value is present goes last, and the value is drawn right after, so that
    turning the flag off deletes the value's draws where they follow (as with ``_maybe``).
    """
    return st.sampled_from(list(itertools.product(*choices)))


def _composite(drawer: Drawer[T]) -> st.SearchStrategy[T]:
    """The public strategy of a drawer: one composite, so that an example prints as the
    value's own repr (never as a helper call)."""

    @st.composite
    def draw_value(draw: st.DrawFn) -> T:
        return drawer(draw)

    return draw_value()


@functools.cache
def _day_numbers(lo: dt.date, hi: dt.date) -> st.SearchStrategy[int]:
    return st.integers(lo.toordinal(), hi.toordinal())


def _draw_date(lo: dt.date, hi: dt.date) -> Drawer[dt.date]:
    days = _day_numbers(lo, hi)
    return lambda draw: dt.date.fromordinal(draw(days))


def _maybe_date(lo: dt.date, hi: dt.date) -> Drawer[dt.date | None]:
    date = _draw_date(lo, hi)
    return lambda draw: date(draw) if draw(_BOOLS) else None


_COUNTRY_CODES = st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)


def _countries(countries: Iterable[str] | None) -> st.SearchStrategy[str | None]:
    if countries is None:
        return _optional(_COUNTRY_CODES)
    return st.sampled_from(_country_codes(countries))


def _country_codes(countries: Iterable[str]) -> list[str]:
    """The distinct codes of a ``countries`` argument, checked."""
    if isinstance(countries, (str, st.SearchStrategy)):
        raise InvalidArgument(f"countries must be a collection of codes, got {countries!r}")
    codes = list(dict.fromkeys(countries))
    for c in codes:
        if not (isinstance(c, str) and COUNTRY_RE.fullmatch(c)):
            raise InvalidArgument(f"countries: {c!r} is not an ISO 3166-1 alpha-2 code")
    if not codes:
        raise InvalidArgument("countries must not be empty")
    return codes


# -- ids ----------------------------------------------------------------------------------
def ids(prefix: str = "actor") -> st.SearchStrategy[str]:
    """Ids of the form ``prefix:key`` (``actor:a1``, ``engagement:X.2``) that the model accepts.

    >>> from hypothesis import find
    >>> find(ids("faction"), lambda _: True)
    'faction:0'
    """
    if not (isinstance(prefix, str) and ":" not in prefix and ID_RE.fullmatch(f"{prefix}:x")):
        raise InvalidArgument(
            f"prefix must be lowercase letters, digits, '_' or '-' starting with a letter, "
            f"got {prefix!r}"
        )
    draw_key = _draw_id(prefix)

    @st.composite
    def draw_id(draw: st.DrawFn) -> str:
        return draw_key(draw)

    return draw_id()


_ids_default = ids  # for the functions whose ``ids`` argument shadows this one
_ID_KEYS = st.text(alphabet=_ID_REST, min_size=1, max_size=12)


def _draw_id(prefix: str) -> Drawer[str]:
    """An id in one draw: a key that starts with punctuation starts with a letter instead."""

    def draw_id(draw: st.DrawFn) -> str:
        key = draw(_ID_KEYS)
        return f"{prefix}:{key if key[0] in _ID_FIRST else _FIRST_FOR[key[0]] + key[1:]}"

    return draw_id


# -- TimeSpan -----------------------------------------------------------------------------
def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


Bounds = tuple[dt.date, dt.date]
#: Draws one (start, end) pair inside a composite: the integers are drawn and turned into
#: dates in place, without a ``map`` or a nested strategy of their own (each costs a span).
Shape = Callable[[st.DrawFn], Bounds]


def _single_days(lo: dt.date, hi: dt.date) -> Shape:
    days = _day_numbers(lo, hi)

    def shape(draw: st.DrawFn) -> Bounds:
        day = dt.date.fromordinal(draw(days))
        return day, day

    return shape


def _weeks(lo: dt.date, hi: dt.date) -> Shape | None:
    first = lo.toordinal() + (7 - lo.weekday()) % 7  # first Monday on or after lo
    last_start = hi.toordinal() - 6
    if last_start < 1:
        return None
    last = last_start - dt.date.fromordinal(last_start).weekday()  # last Monday with room
    if first > last:
        return None
    weeks = st.integers(0, (last - first) // 7)

    def shape(draw: st.DrawFn) -> Bounds:
        monday = first + 7 * draw(weeks)
        return dt.date.fromordinal(monday), dt.date.fromordinal(monday + 6)

    return shape


def _months(lo: dt.date, hi: dt.date) -> Shape | None:
    first = lo.year * 12 + lo.month - 1 + (lo.day != 1)
    last = hi.year * 12 + hi.month - 1 - (hi != _month_end(hi.year, hi.month))
    if first > last:
        return None
    months = st.integers(first, last)

    def shape(draw: st.DrawFn) -> Bounds:
        year, m0 = divmod(draw(months), 12)
        return dt.date(year, m0 + 1, 1), _month_end(year, m0 + 1)

    return shape


def _years(lo: dt.date, hi: dt.date, size: int) -> Shape | None:
    first_year = lo.year + ((lo.month, lo.day) != (1, 1))
    last_end_year = hi.year - ((hi.month, hi.day) != (12, 31))
    s_min = -(-first_year // size) * size
    s_max = (last_end_year - size + 1) // size * size
    if s_min < 1 or s_min > s_max:
        return None
    units = st.integers(s_min // size, s_max // size)

    def shape(draw: st.DrawFn) -> Bounds:
        year = draw(units) * size
        return dt.date(year, 1, 1), dt.date(year + size - 1, 12, 31)

    return shape


def _within(lo: dt.date, hi: dt.date, limit: Callable[[dt.date], dt.date]) -> Shape:
    """A start in lo..hi, an end from the start to ``min(hi, limit(start))``."""
    first, last = lo.toordinal(), hi.toordinal()
    days = _day_numbers(lo, hi)

    # The length comes from a second draw of the same strategy, folded into the room the start
    # leaves: a strategy whose bounds depended on the start would be built anew on every draw,
    # and draws that share their bounds cost Hypothesis's engine less than two kinds of draw.
    def shape(draw: st.DrawFn) -> Bounds:
        start = draw(days)
        room = min(last, limit(dt.date.fromordinal(start)).toordinal()) - start
        return dt.date.fromordinal(start), dt.date.fromordinal(
            start + (draw(days) - first) % (room + 1)
        )

    return shape


def _season_end(start: dt.date) -> dt.date:
    return dt.date.fromordinal(min(start.toordinal() + 100, dt.date.max.toordinal()))


def _no_limit(_: dt.date) -> dt.date:
    return dt.date.max


def _shapes(prec: Precision, lo: dt.date, hi: dt.date) -> Shape | None:
    """How to draw (start, end) pairs inside lo..hi that ``prec`` allows; None if none fits."""
    if prec in (Precision.DAY, Precision.PART_OF_DAY):
        return _single_days(lo, hi)
    if prec is Precision.INTERVAL:
        return _within(lo, hi, _no_limit)
    if prec is Precision.WEEK:
        return _weeks(lo, hi)
    if prec is Precision.MONTH:
        return _months(lo, hi)
    if prec is Precision.PART_OF_MONTH:
        return _within(lo, hi, lambda d: _month_end(d.year, d.month))
    if prec is Precision.PART_OF_YEAR:
        return _within(lo, hi, lambda d: dt.date(d.year, 12, 31))
    if prec is Precision.SEASON:
        return _within(lo, hi, _season_end)
    sizes = {Precision.YEAR: 1, Precision.DECADE: 10, Precision.CENTURY: 100}
    return _years(lo, hi, sizes[prec])


def timespans(
    *,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
    precisions: Iterable[Precision | str] | None = None,
    approximate: st.SearchStrategy[bool] | None = None,
    expressions: st.SearchStrategy[str | None] | None = None,
    anchors: st.SearchStrategy[dt.date | None] | None = None,
) -> st.SearchStrategy[TimeSpan]:
    """Time spans inside ``min_date``..``max_date`` at the given ``precisions`` (default: all).

    Each span has the shape its precision demands: a ``day`` / ``part_of_day`` span is one day,
    a ``week`` an ISO week, ``month`` / ``year`` / ``decade`` / ``century`` the whole unit,
    ``part_of_month`` / ``part_of_year`` lie within one month / year and a ``season`` spans at
    most 100 days.  Precisions whose unit does not fit in the bounds are left out (an error if
    none fits).  ``anchors`` defaults to none or a date inside the bounds.
    """
    _check_dates(min_date, max_date)
    return _composite(
        _span_drawer(min_date, max_date, precisions, approximate, expressions, anchors)
    )


def _span_drawer(
    min_date: dt.date,
    max_date: dt.date,
    precisions: Iterable[Precision | str] | None = None,
    approximate: st.SearchStrategy[bool] | None = None,
    expressions: st.SearchStrategy[str | None] | None = None,
    anchors: st.SearchStrategy[dt.date | None] | None = None,
) -> Drawer[TimeSpan]:
    precs = _vocab(Precision, precisions, "precisions")
    shapes = {p: shape for p in precs if (shape := _shapes(p, min_date, max_date)) is not None}
    if not shapes:
        names = ", ".join(p.value for p in precs)
        raise InvalidArgument(
            f"no span of precision {names} fits between {min_date} and {max_date}"
        )
    for name, strat in (
        ("approximate", approximate),
        ("expressions", expressions),
        ("anchors", anchors),
    ):
        if strat is not None:
            _check_strategy(strat, name)
    draw_anchor = _drawer(anchors, _maybe_date(min_date, max_date))
    draw_head: Callable[[st.DrawFn], tuple[Precision, bool, str | None]]
    if approximate is None and expressions is None:
        heads = _product(shapes, _FLAG, _FLAG)
        expression_text = _draw_text(blank=True)

        def draw_head(draw: st.DrawFn) -> tuple[Precision, bool, str | None]:
            prec, approx, expressed = draw(heads)
            return prec, approx, expression_text(draw) if expressed else None

    else:
        precision = st.sampled_from(list(shapes))
        approx = _BOOLS if approximate is None else approximate
        draw_expression = _drawer(expressions, _maybe_text(blank=True))

        def draw_head(draw: st.DrawFn) -> tuple[Precision, bool, str | None]:
            return draw(precision), draw(approx), draw_expression(draw)

    def draw_span(draw: st.DrawFn) -> TimeSpan:
        prec, approx, expression = draw_head(draw)
        start, end = shapes[prec](draw)
        return TimeSpan(
            start=start,
            end=end,
            precision=prec,
            approximate=approx,
            expression=expression,
            anchor=draw_anchor(draw),
        )

    return draw_span


# -- Count --------------------------------------------------------------------------------
def counts(
    *,
    max_value: int = 10**9,
    qualifiers: Iterable[CountQualifier | str] | None = None,
    texts: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Count]:
    """Counts with bounds in ``0..max_value`` (at most ``2**53 - 1``) whose shape fits their qualifier (``exact``:
    low == high; ``at_least`` / ``more_than``: low only; ``at_most``: high only; ``range``:
    both; ``approximately``: one or both; ``vague``: low, maybe high).  ``figure`` is none,
    the number the qualifier implies, or any number up to ``max_value`` (the model does not
    force it inside the bounds)."""
    _check_size(max_value, "max_value")
    if max_value > MAX_COUNT:
        raise InvalidArgument(f"max_value must be at most {MAX_COUNT} (Count's limit)")
    return _composite(_count_drawer(max_value, qualifiers, texts))


def _count_drawer(
    max_value: int = 10**9,
    qualifiers: Iterable[CountQualifier | str] | None = None,
    texts: st.SearchStrategy[str | None] | None = None,
) -> Drawer[Count]:
    quals = _vocab(CountQualifier, qualifiers, "qualifiers")
    if texts is not None:
        _check_strategy(texts, "texts")
    numbers = st.integers(0, max_value)
    draw_head: Callable[[st.DrawFn], tuple[CountQualifier, str | None]]
    if texts is None:
        heads = _product(quals, _FLAG)
        count_text = _draw_text(blank=True)

        def draw_head(draw: st.DrawFn) -> tuple[CountQualifier, str | None]:
            q, has_text = draw(heads)
            return q, count_text(draw) if has_text else None

    else:
        qualifier = st.sampled_from(quals)

        def draw_head(draw: st.DrawFn) -> tuple[CountQualifier, str | None]:
            return draw(qualifier), draw(texts)

    approx_shape = st.sampled_from(["low", "high", "both"])
    figure_kind = st.sampled_from(["none", "stated", "any"])

    def draw_count(draw: st.DrawFn) -> Count:
        q, text = draw_head(draw)
        low: int | None
        high: int | None
        if q is CountQualifier.EXACT:
            low = high = draw(numbers)
        elif q in (CountQualifier.AT_LEAST, CountQualifier.MORE_THAN):
            low, high = draw(numbers), None
        elif q is CountQualifier.AT_MOST:
            low, high = None, draw(numbers)
        elif q is CountQualifier.VAGUE:
            low, high = draw(numbers), (draw(numbers) if draw(_BOOLS) else None)
            if high is not None and high < low:
                low, high = high, low
        elif q is CountQualifier.RANGE:
            low, high = sorted((draw(numbers), draw(numbers)))
        else:  # approximately: one bound or both
            shape = draw(approx_shape)
            low, high = sorted((draw(numbers), draw(numbers)))
            if shape == "low":
                high = None
            elif shape == "high":
                low = None
        kind = draw(figure_kind)
        figure: int | None = None
        if kind == "stated":  # the number the qualifier implies ("over 320" -> 320)
            figure = low if low is not None else high
        elif kind == "any":  # the model does not force it inside the bounds
            figure = draw(numbers)
        return Count(low=low, high=high, qualifier=q, figure=figure, text=text)

    return draw_count


# -- Location -----------------------------------------------------------------------------
def points(
    *,
    min_lat: float = -90.0,
    max_lat: float = 90.0,
    min_lon: float = -180.0,
    max_lon: float = 180.0,
) -> st.SearchStrategy[Point]:
    """WGS 84 points inside the given box (default: anywhere)."""
    for name, value, lo, hi in (
        ("min_lat", min_lat, -90.0, 90.0),
        ("max_lat", max_lat, -90.0, 90.0),
        ("min_lon", min_lon, -180.0, 180.0),
        ("max_lon", max_lon, -180.0, 180.0),
    ):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
            raise InvalidArgument(f"{name} must be a number in {lo:g}..{hi:g}, got {value!r}")
    if min_lat > max_lat or min_lon > max_lon:
        raise InvalidArgument("the minimum of a bound must not exceed its maximum")
    return _composite(_point_drawer(min_lat, max_lat, min_lon, max_lon))


def _point_drawer(
    min_lat: float = -90.0, max_lat: float = 90.0, min_lon: float = -180.0, max_lon: float = 180.0
) -> Drawer[Point]:
    lats = st.floats(min_lat, max_lat, allow_nan=False)
    lons = st.floats(min_lon, max_lon, allow_nan=False)
    return lambda draw: Point(lat=draw(lats), lon=draw(lons))


def locations(
    *,
    countries: Iterable[str] | None = None,
    points: st.SearchStrategy[Point | None] | None = None,
    kinds: Iterable[LocationKind | str] | None = None,
    names: st.SearchStrategy[str] | None = None,
    max_admin_depth: int = _MAX_ITEMS,
) -> st.SearchStrategy[Location]:
    """Locations.  ``countries`` is a collection of ISO codes to draw from (default: none or any
    two capital letters, as the model allows); ``points`` the strategy for the point (default:
    none or anywhere); ``kinds`` a collection of :class:`LocationKind` values."""
    return _composite(_location_drawer(countries, points, kinds, names, max_admin_depth))


def _location_drawer(
    countries: Iterable[str] | None = None,
    points: st.SearchStrategy[Point | None] | None = None,
    kinds: Iterable[LocationKind | str] | None = None,
    names: st.SearchStrategy[str] | None = None,
    max_admin_depth: int = _MAX_ITEMS,
) -> Drawer[Location]:
    kind_values = _vocab(LocationKind, kinds, "kinds")
    for arg, strat in (("points", points), ("names", names)):
        if strat is not None:
            _check_strategy(strat, arg)
    _check_size(max_admin_depth, "max_admin_depth")
    point = _point_drawer()
    draw_point = _drawer(points, lambda draw: point(draw) if draw(_BOOLS) else None)
    draw_name = _drawer(names, _draw_text())
    draw_admin = _draw_text()
    draw_gazetteer_id = _draw_id("geonames")
    # a GeoPrecision or none (a flag and a value), and whether there is a gazetteer id
    tails = _product(_FLAG, GeoPrecision, _FLAG)
    draw_kind_and_country: Callable[[st.DrawFn], tuple[LocationKind, str | None]]
    if countries is None:  # the kind, and whether there is a country (then drawn)
        heads = _product(kind_values, _FLAG)

        def draw_kind_and_country(draw: st.DrawFn) -> tuple[LocationKind, str | None]:
            kind, has_country = draw(heads)
            return kind, draw(_COUNTRY_CODES) if has_country else None

    else:
        pairs = _product(kind_values, _country_codes(countries))

        def draw_kind_and_country(draw: st.DrawFn) -> tuple[LocationKind, str | None]:
            kind, code = draw(pairs)
            return kind, code

    def draw_location(draw: st.DrawFn) -> Location:
        name = draw_name(draw)
        kind, country = draw_kind_and_country(draw)
        admin_path = tuple(_draw_list(draw, draw_admin, max_admin_depth))
        point = draw_point(draw)
        has_precision, precision, has_gazetteer_id = draw(tails)
        return Location(
            name=name,
            kind=kind,
            country=country,
            admin_path=admin_path,
            point=point,
            geo_precision=precision if has_precision else None,
            gazetteer_id=draw_gazetteer_id(draw) if has_gazetteer_id else None,
        )

    return draw_location


_points_default = points  # ``locations`` shadows the name with its argument


# -- Actor --------------------------------------------------------------------------------
def _language_tags() -> st.SearchStrategy[str]:
    primary = st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=3)
    subtag = st.text(alphabet=string.ascii_letters + string.digits, min_size=2, max_size=8)
    subtags = st.lists(subtag, max_size=2)

    @st.composite
    def draw_tag(draw: st.DrawFn) -> str:
        return "-".join([draw(primary), *draw(subtags)])

    return draw_tag()


def _date_pair(
    min_date: dt.date, max_date: dt.date
) -> st.SearchStrategy[tuple[dt.date | None, dt.date | None]]:
    """(from, until), either side optional, from <= until."""
    dates = _dates(min_date, max_date)
    return st.one_of(
        st.tuples(_optional(dates), st.none()),
        st.tuples(st.none(), dates),
        st.tuples(dates, dates).map(lambda ab: (min(ab), max(ab))),
    )


def aliases(
    *,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
    names: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Alias]:
    """Aliases, with an optional language tag and an optional validity period (inside
    ``min_date``..``max_date``, ``valid_from <= valid_until``)."""
    _check_dates(min_date, max_date)
    names = _text() if names is None else names
    _check_strategy(names, "names")

    languages, period = _optional(_language_tags()), _date_pair(min_date, max_date)

    @st.composite
    def draw_alias(draw: st.DrawFn) -> Alias:
        name, language = draw(names), draw(languages)
        valid_from, valid_until = draw(period)
        return Alias(
            name=name,
            language=language,
            valid_from=valid_from,
            valid_until=valid_until,
            acronym=draw(st.booleans()),
        )

    return draw_alias()


_aliases_default = aliases


def actors(
    *,
    ids: st.SearchStrategy[str] | None = None,
    kinds: Iterable[ActorKind | str] | None = None,
    countries: Iterable[str] | None = None,
    aliases: st.SearchStrategy[Alias] | None = None,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
    max_aliases: int = _MAX_ITEMS,
    max_lineage: int = _MAX_ITEMS,
) -> st.SearchStrategy[Actor]:
    """Actors.  ``ids`` draws the actor's id and the ids of its predecessors and successors
    (default ``ids("actor")``); the lineage never names the actor itself, never repeats an id
    and never lists one id on both sides.  ``active_from <= active_until``."""
    _check_dates(min_date, max_date)
    id_strategy = _ids_default("actor") if ids is None else ids
    alias_strategy = (
        _aliases_default(min_date=min_date, max_date=max_date) if aliases is None else aliases
    )
    _check_strategy(id_strategy, "ids")
    _check_strategy(alias_strategy, "aliases")
    _check_size(max_aliases, "max_aliases")
    _check_size(max_lineage, "max_lineage")
    kind = st.sampled_from(_vocab(ActorKind, kinds, "kinds"))
    country = _countries(countries)
    lineage = st.lists(id_strategy, unique=True, max_size=2 * max_lineage)
    split_at = st.integers(0, 2 * max_lineage)
    active_dates = _date_pair(min_date, max_date)
    alias_lists = st.lists(alias_strategy, max_size=max_aliases).map(tuple)
    descriptions = _optional(_text(blank=True, max_size=60))

    @st.composite
    def draw_actor(draw: st.DrawFn) -> Actor:
        own = draw(id_strategy)
        related = [r for r in draw(lineage) if r != own]
        split = min(draw(split_at), len(related))
        active = draw(active_dates)
        return Actor(
            id=own,
            name=draw(_text()),
            kind=draw(kind),
            country=draw(country),
            aliases=draw(alias_lists),
            predecessors=tuple(related[:split]),
            successors=tuple(related[split:]),
            active_from=active[0],
            active_until=active[1],
            description=draw(descriptions),
        )

    return draw_actor()


# -- Faction ------------------------------------------------------------------------------
def faction_members(
    *,
    actor_ids: st.SearchStrategy[str] | None = None,
    roles: Iterable[FactionRole | str] | None = None,
) -> st.SearchStrategy[FactionMember]:
    """Faction members: an actor id (default ``ids("actor")``) and a role."""
    if actor_ids is not None:
        _check_strategy(actor_ids, "actor_ids")
    return _composite(_member_drawer(actor_ids, roles))


def _member_drawer(
    actor_ids: st.SearchStrategy[str] | None = None,
    roles: Iterable[FactionRole | str] | None = None,
) -> Drawer[FactionMember]:
    draw_actor = _drawer(actor_ids, _draw_id("actor"))
    role = st.sampled_from(_vocab(FactionRole, roles, "roles"))
    return lambda draw: FactionMember(actor=draw_actor(draw), role=draw(role))


def factions(
    *,
    actor_ids: st.SearchStrategy[str] | None = None,
    members: st.SearchStrategy[FactionMember] | None = None,
    names: st.SearchStrategy[str | None] | None = None,
    max_associates: int = _MAX_ITEMS,
) -> st.SearchStrategy[Faction]:
    """Factions: a lead drawn from ``actor_ids`` (default ``ids("actor")``) and up to
    ``max_associates`` members (default ``faction_members(actor_ids=actor_ids)``), never the
    lead and never one actor twice."""
    for arg, strat in (("actor_ids", actor_ids), ("members", members), ("names", names)):
        if strat is not None:
            _check_strategy(strat, arg)
    _check_size(max_associates, "max_associates")
    return _composite(_faction_drawer(actor_ids, members, names, max_associates))


def _member_actor(m: FactionMember) -> str:
    return m.actor


def _faction_drawer(
    actor_ids: st.SearchStrategy[str] | None = None,
    members: st.SearchStrategy[FactionMember] | None = None,
    names: st.SearchStrategy[str | None] | None = None,
    max_associates: int = _MAX_ITEMS,
) -> Drawer[Faction]:
    draw_lead = _drawer(actor_ids, _draw_id("actor"))
    draw_member = _drawer(members, _member_drawer(actor_ids))
    draw_name = _drawer(names, _maybe_text())

    def draw_faction(draw: st.DrawFn) -> Faction:
        lead = draw_lead(draw)
        associates = _draw_list(draw, draw_member, max_associates, key=_member_actor)
        return Faction(
            lead=lead,
            associates=tuple(m for m in associates if m.actor != lead),
            name=draw_name(draw),
        )

    return draw_faction


# -- Attribution and casualties -----------------------------------------------------------
_URL_RESTS = st.text(alphabet=_URL_CHARS, min_size=1, max_size=40)


def attributions(
    *,
    sources: st.SearchStrategy[str] | None = None,
    claims: Iterable[ClaimKind | str] | None = None,
    verifications: Iterable[Verification | str] | None = None,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
) -> st.SearchStrategy[Attribution]:
    """Attributions with a source id (drawn from ``sources``, default ``ids("actor")``), a
    ``source_name``, or both; optionally a quote, a publication date inside the bounds and
    an http(s) URL."""
    _check_dates(min_date, max_date)
    if sources is not None:
        _check_strategy(sources, "sources")
    return _composite(_attribution_drawer(sources, claims, verifications, min_date, max_date))


def _attribution_drawer(
    sources: st.SearchStrategy[str] | None = None,
    claims: Iterable[ClaimKind | str] | None = None,
    verifications: Iterable[Verification | str] | None = None,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
) -> Drawer[Attribution]:
    draw_source = _drawer(sources, _draw_id("actor"))
    draw_name = _draw_text()
    # the claim on its own (a joint draw shrinks its first choice last: a failing
    # verification would keep an unneeded claim), the verification and who is named in one
    claim_kinds = st.sampled_from(list(_vocab(ClaimKind, claims, "claims")))
    heads = _product(
        _vocab(Verification, verifications, "verifications"),
        ["source", "name", "both"],
    )
    draw_quote = _maybe_text(max_size=80)
    draw_published = _maybe_date(min_date, max_date)
    # whether there is a URL and its scheme in one draw, then the rest of it
    urls = _product(["http://", "https://"], _FLAG)

    def draw_attribution(draw: st.DrawFn) -> Attribution:
        claim = draw(claim_kinds)
        verification, who = draw(heads)
        source = None if who == "name" else draw_source(draw)
        source_name = None if who == "source" else draw_name(draw)
        quote = draw_quote(draw)
        published = draw_published(draw)
        scheme, has_url = draw(urls)
        return Attribution(
            source=source,
            source_name=source_name,
            claim=claim,
            verification=verification,
            quote=quote,
            published=published,
            url=scheme + draw(_URL_RESTS) if has_url else None,
        )

    return draw_attribution


def _figure_key(figure: CasualtyFigure) -> tuple[Outcome, str]:
    return figure.key


def _report_key(figure: CasualtyFigure) -> tuple[Outcome, str, str | None]:
    return figure.report_key


def casualty_figures(
    *,
    counts: st.SearchStrategy[Count] | None = None,
    groups: st.SearchStrategy[str] | None = None,
    outcomes: Iterable[Outcome | str] | None = None,
) -> st.SearchStrategy[CasualtyFigure]:
    """Casualty figures.  ``groups`` defaults to the generic groups (total, civilians,
    combatants) or an actor or faction id; ``counts`` to :func:`counts`."""
    for arg, strat in (("counts", counts), ("groups", groups)):
        if strat is not None:
            _check_strategy(strat, arg)
    return _composite(_figure_drawer(counts, groups, outcomes))


_GROUPS = [g.value for g in CasualtyGroup]


def _figure_drawer(
    counts: st.SearchStrategy[Count] | None = None,
    groups: st.SearchStrategy[str] | None = None,
    outcomes: Iterable[Outcome | str] | None = None,
) -> Drawer[CasualtyFigure]:
    outcome_values = _vocab(Outcome, outcomes, "outcomes")
    draw_count = _drawer(counts, _count_drawer())
    draw_actor, draw_faction = _draw_id("actor"), _draw_id("faction")
    draw_head: Callable[[st.DrawFn], tuple[Outcome, str]]
    if groups is None:  # the outcome and the kind of group in one draw
        heads = _product(outcome_values, [*_GROUPS, "actor", "faction"])

        def draw_head(draw: st.DrawFn) -> tuple[Outcome, str]:
            outcome, kind = draw(heads)
            if kind == "actor":
                return outcome, draw_actor(draw)
            return outcome, draw_faction(draw) if kind == "faction" else kind

    else:
        outcome = st.sampled_from(outcome_values)

        def draw_head(draw: st.DrawFn) -> tuple[Outcome, str]:
            return draw(outcome), draw(groups)

    def draw_figure(draw: st.DrawFn) -> CasualtyFigure:
        outcome, group = draw_head(draw)
        return CasualtyFigure(outcome=outcome, group=group, count=draw_count(draw))

    return draw_figure


def casualty_reports(
    *,
    figures: st.SearchStrategy[CasualtyFigure] | None = None,
    attributions: st.SearchStrategy[Attribution] | None = None,
    as_of: st.SearchStrategy[TimeSpan | None] | None = None,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
    max_figures: int = _MAX_ITEMS,
) -> st.SearchStrategy[CasualtyReport]:
    """Casualty reports: 1..``max_figures`` figures, at most one per (outcome, group), an
    attribution, and optionally an as-of span (default: none or a span inside the bounds).
    With the default ``figures``, a report sometimes also holds subgroup parts of its
    figures ("women" among the civilians: ``subgroup`` set, ``part_of`` their total)."""
    _check_dates(min_date, max_date)
    _check_size(max_figures, "max_figures")
    if max_figures < 1:
        raise InvalidArgument("max_figures must be at least 1: a report needs a figure")
    for name, strat in (("figures", figures), ("attributions", attributions), ("as_of", as_of)):
        if strat is not None:
            _check_strategy(strat, name)
    return _composite(_report_drawer(figures, attributions, as_of, min_date, max_date, max_figures))


def _report_drawer(
    figures: st.SearchStrategy[CasualtyFigure] | None = None,
    attributions: st.SearchStrategy[Attribution] | None = None,
    as_of: st.SearchStrategy[TimeSpan | None] | None = None,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
    max_figures: int = _MAX_ITEMS,
    subgroups: bool | None = None,
) -> Drawer[CasualtyReport]:
    """``subgroups``: whether reports sometimes hold subgroup parts of their figures (by
    default, when the figures are the default ones)."""
    draw_figure = _drawer(figures, _figure_drawer())
    draw_attribution = _drawer(
        attributions, _attribution_drawer(min_date=min_date, max_date=max_date)
    )
    span = _span_drawer(min_date, max_date)
    draw_as_of = _drawer(as_of, lambda draw: span(draw) if draw(_BOOLS) else None)

    draw_parts = (
        _subgroup_drawer() if (figures is None if subgroups is None else subgroups) else None
    )

    def draw_report(draw: st.DrawFn) -> CasualtyReport:
        drawn = _draw_list(draw, draw_figure, max_figures, min_size=1, key=_figure_key)
        if draw_parts is not None and len(drawn) < max_figures and draw(_BOOLS):
            drawn.extend(draw_parts(draw, drawn, max_figures - len(drawn)))
        return CasualtyReport(
            figures=tuple(drawn),
            attribution=draw_attribution(draw),
            as_of=draw_as_of(draw),
        )

    return draw_report


#: Words of subgroups, some in other scripts, as extraction gives them (lower-cased).
_SUBGROUP_WORDS = ("women", "children", "elderly women", "femmes", "niños", "kinder", "أطفال")


def _subgroup_drawer() -> Callable[[st.DrawFn, list[CasualtyFigure], int], list[CasualtyFigure]]:
    """Draws 1..``room`` subgroup parts of the figures drawn (each ``part_of`` one of them, of
    its outcome and group, with a subgroup's words), distinct per (outcome, group, subgroup)."""
    words = st.sampled_from(_SUBGROUP_WORDS)
    draw_text = _draw_text()
    draw_count = _count_drawer()

    def draw_parts(
        draw: st.DrawFn, totals: list[CasualtyFigure], room: int
    ) -> list[CasualtyFigure]:
        whole = [i for i, f in enumerate(totals) if f.part_of is None]
        if not whole:
            return []
        which = st.sampled_from(whole)

        def draw_part(draw: st.DrawFn) -> CasualtyFigure:
            index = draw(which)
            total = totals[index]
            return CasualtyFigure(
                outcome=total.outcome,
                group=total.group,
                count=draw_count(draw),
                part_of=index,
                subgroup=draw(words) if draw(_BOOLS) else draw_text(draw),
            )

        return _draw_list(draw, draw_part, room, min_size=1, key=_report_key)

    return draw_parts


# -- Engagement ---------------------------------------------------------------------------
def engagements(
    *,
    ids: st.SearchStrategy[str] | None = None,
    min_date: dt.date = DEFAULT_MIN_DATE,
    max_date: dt.date = DEFAULT_MAX_DATE,
    event_types: Iterable[EventType | str] | None = None,
    timespans: st.SearchStrategy[TimeSpan] | None = None,
    locations: st.SearchStrategy[Location | None] | None = None,
    factions: st.SearchStrategy[Faction] | None = None,
    casualty_reports: st.SearchStrategy[CasualtyReport] | None = None,
    attributions: st.SearchStrategy[Attribution] | None = None,
    parents: st.SearchStrategy[str | None] | None = None,
    max_factions: int = _MAX_ITEMS,
    max_casualty_reports: int = _MAX_ITEMS,
    max_attributions: int = _MAX_ITEMS,
) -> st.SearchStrategy[Engagement]:
    """Engagements whose ``when`` lies inside ``min_date``..``max_date``.

    The sub-event type (or none) belongs to the event type; the factions have distinct leads;
    the parent (default: none or an ``engagement:`` id) is never the engagement itself.  Each
    part can be replaced: ``locations`` is the strategy for the ``location`` field (default
    none or :func:`locations`), ``timespans`` for ``when``, ``factions`` /
    ``casualty_reports`` / ``attributions`` for the items of those lists.  The default
    casualty reports and attributions also keep their dates inside the bounds.

    >>> from hypothesis import find
    >>> e = find(engagements(event_types=["battles"]), lambda e: e.sub_event_type is not None)
    >>> e.sub_event_type.event_type
    <EventType.BATTLES: 'battles'>
    """
    _check_dates(min_date, max_date)
    for name, size in (
        ("max_factions", max_factions),
        ("max_casualty_reports", max_casualty_reports),
        ("max_attributions", max_attributions),
    ):
        _check_size(size, name)
    for name, strat in (
        ("ids", ids),
        ("timespans", timespans),
        ("locations", locations),
        ("factions", factions),
        ("casualty_reports", casualty_reports),
        ("attributions", attributions),
        ("parents", parents),
    ):
        if strat is not None:
            _check_strategy(strat, name)
    draw_id = _drawer(ids, _draw_id("engagement"))
    draw_when = _drawer(timespans, _span_drawer(min_date, max_date))
    location = _location_drawer()
    draw_location = _drawer(locations, lambda draw: location(draw) if draw(_BOOLS) else None)
    draw_faction = _drawer(factions, _faction_drawer())
    draw_report = _drawer(casualty_reports, _report_drawer(min_date=min_date, max_date=max_date))
    draw_attribution = _drawer(
        attributions, _attribution_drawer(min_date=min_date, max_date=max_date)
    )
    parent = _draw_id("engagement")
    draw_parent = _drawer(parents, lambda draw: parent(draw) if draw(_BOOLS) else None)
    # the event type and whether it has a sub-event type (then drawn) in one draw
    types_ = _product(_vocab(EventType, event_types, "event_types"), _FLAG)
    subs = {t: st.sampled_from([s for s in SubEventType if s.event_type is t]) for t in EventType}
    draw_description = _maybe_text(blank=True, max_size=80)
    draw_tag = _draw_text(max_size=15)
    confidences = st.integers(0, 100)
    draw_extra_value = _draw_text(blank=True, max_size=20)

    def draw_extra(draw: st.DrawFn) -> tuple[str, str]:
        key = draw_extra_value(draw)[:15] or "k"
        return key, draw_extra_value(draw)

    def draw_engagement(draw: st.DrawFn) -> Engagement:
        own = draw_id(draw)
        parent = draw_parent(draw)
        event_type, has_sub = draw(types_)
        sub_event_type = draw(subs[event_type]) if has_sub else None
        when = draw_when(draw)
        location = draw_location(draw)
        factions = tuple(_draw_list(draw, draw_faction, max_factions, key=_lead))
        casualties = tuple(_draw_list(draw, draw_report, max_casualty_reports))
        attributions = tuple(_draw_list(draw, draw_attribution, max_attributions))
        return Engagement(
            id=own,
            event_type=event_type,
            sub_event_type=sub_event_type,
            when=when,
            location=location,
            factions=factions,
            casualties=casualties,
            attributions=attributions,
            parent=None if parent == own else parent,
            description=draw_description(draw),
            tags=tuple(_draw_list(draw, draw_tag, _MAX_ITEMS)),
            confidence=draw(confidences) if draw(_BOOLS) else None,
            extras=dict(_draw_list(draw, draw_extra, _MAX_ITEMS, key=_first)),
        )

    return _composite(draw_engagement)


def _lead(f: Faction) -> str:
    return f.lead


def _first(pair: tuple[str, str]) -> str:
    return pair[0]


_INDEX = st.integers(0, 63)


# -- Estimate (resolve) ---------------------------------------------------------------------
def estimates(
    *,
    reports: st.SearchStrategy[CasualtyReport] | None = None,
    max_reports: int = _MAX_ITEMS,
) -> st.SearchStrategy[Estimate]:
    """Estimates as :func:`conflict_events.resolve.reconcile` makes them: one of the estimates
    of 1..``max_reports`` drawn casualty reports.  The default ``reports`` draw their figures
    from two outcomes and two groups, so that estimates often combine several claims, and
    sometimes subgroup parts of them (an estimate's ``subgroups``).

    >>> from hypothesis import find
    >>> len(find(estimates(), lambda e: len(e.claims) > 1).claims)
    2
    """
    _check_size(max_reports, "max_reports")
    if max_reports < 1:
        raise InvalidArgument("max_reports must be at least 1: an estimate needs a claim")
    if reports is None:
        figures = casualty_figures(
            groups=st.sampled_from(["total", "civilians"]),
            outcomes=[Outcome.KILLED, Outcome.INJURED],
        )
        reports = _composite(_report_drawer(figures, subgroups=True))
    _check_strategy(reports, "reports")
    report_lists = st.lists(reports, min_size=1, max_size=max_reports)

    @st.composite
    def draw_estimate(draw: st.DrawFn) -> Estimate:
        found = list(reconcile(draw(report_lists)).values())
        return found[draw(_INDEX) % len(found)]

    return draw_estimate()
