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
_URL_CHARS = string.ascii_letters + string.digits + "-._~/?#[]@!$&'()*+,;=%:"
_MAX_ITEMS = 3  # default cap on nested lists: keeps engagements small and tests fast

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
    return st.text(min_size=1, max_size=max_size).filter(lambda s: bool(s.strip()))


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _countries(countries: Iterable[str] | None) -> st.SearchStrategy[str | None]:
    if countries is None:
        code = st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)
        return _optional(code)
    if isinstance(countries, (str, st.SearchStrategy)):
        raise InvalidArgument(f"countries must be a collection of codes, got {countries!r}")
    codes = list(dict.fromkeys(countries))
    for c in codes:
        if not (isinstance(c, str) and COUNTRY_RE.fullmatch(c)):
            raise InvalidArgument(f"countries: {c!r} is not an ISO 3166-1 alpha-2 code")
    if not codes:
        raise InvalidArgument("countries must not be empty")
    return st.sampled_from(codes)


# -- ids ----------------------------------------------------------------------------------
def ids(prefix: str = "actor") -> st.SearchStrategy[str]:
    """Ids of the form ``prefix:key`` (``actor:a1``, ``engagement:X.2``) that the model accepts.

    >>> from hypothesis import find
    >>> find(ids("faction"), lambda _: True)
    'faction:a'
    """
    if not (isinstance(prefix, str) and ":" not in prefix and ID_RE.fullmatch(f"{prefix}:x")):
        raise InvalidArgument(
            f"prefix must be lowercase letters, digits, '_' or '-' starting with a letter, "
            f"got {prefix!r}"
        )
    first, rest = st.sampled_from(_ID_FIRST), st.text(alphabet=_ID_REST, max_size=12)

    @st.composite
    def draw_id(draw: st.DrawFn) -> str:
        return f"{prefix}:{draw(first)}{draw(rest)}"

    return draw_id()


_ids_default = ids  # for the functions whose ``ids`` argument shadows this one


# -- TimeSpan -----------------------------------------------------------------------------
def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


Bounds = tuple[dt.date, dt.date]


def _single_days(lo: dt.date, hi: dt.date) -> st.SearchStrategy[Bounds]:
    return st.dates(lo, hi).map(lambda d: (d, d))


def _weeks(lo: dt.date, hi: dt.date) -> st.SearchStrategy[Bounds] | None:
    first = lo.toordinal() + (7 - lo.weekday()) % 7  # first Monday on or after lo
    last_start = hi.toordinal() - 6
    if last_start < 1:
        return None
    last = last_start - dt.date.fromordinal(last_start).weekday()  # last Monday with room
    if first > last:
        return None
    return st.integers(0, (last - first) // 7).map(
        lambda k: (
            dt.date.fromordinal(first + 7 * k),
            dt.date.fromordinal(first + 7 * k + 6),
        )
    )


def _months(lo: dt.date, hi: dt.date) -> st.SearchStrategy[Bounds] | None:
    first = lo.year * 12 + lo.month - 1 + (lo.day != 1)
    last = hi.year * 12 + hi.month - 1 - (hi != _month_end(hi.year, hi.month))
    if first > last:
        return None

    def month(index: int) -> Bounds:
        year, m0 = divmod(index, 12)
        return dt.date(year, m0 + 1, 1), _month_end(year, m0 + 1)

    return st.integers(first, last).map(month)


def _years(lo: dt.date, hi: dt.date, size: int) -> st.SearchStrategy[Bounds] | None:
    first_year = lo.year + ((lo.month, lo.day) != (1, 1))
    last_end_year = hi.year - ((hi.month, hi.day) != (12, 31))
    s_min = -(-first_year // size) * size
    s_max = (last_end_year - size + 1) // size * size
    if s_min < 1 or s_min > s_max:
        return None
    return st.integers(s_min // size, s_max // size).map(
        lambda k: (dt.date(k * size, 1, 1), dt.date(k * size + size - 1, 12, 31))
    )


def _within(
    lo: dt.date, hi: dt.date, limit: Callable[[dt.date], dt.date]
) -> st.SearchStrategy[Bounds]:
    """A start in lo..hi, an end from the start to ``min(hi, limit(start))``."""

    @st.composite
    def draw_span(draw: st.DrawFn) -> Bounds:
        start = draw(st.dates(lo, hi))
        end = draw(st.dates(start, min(hi, limit(start))))
        return start, end

    return draw_span()


def _season_end(start: dt.date) -> dt.date:
    return dt.date.fromordinal(min(start.toordinal() + 100, dt.date.max.toordinal()))


def _shapes(prec: Precision, lo: dt.date, hi: dt.date) -> st.SearchStrategy[Bounds] | None:
    """(start, end) pairs inside lo..hi that ``prec`` allows, or None if none fits."""
    if prec in (Precision.DAY, Precision.PART_OF_DAY):
        return _single_days(lo, hi)
    if prec is Precision.INTERVAL:
        return _within(lo, hi, lambda _: dt.date.max)
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


def _with_precision(
    bounds: st.SearchStrategy[Bounds], prec: Precision
) -> st.SearchStrategy[tuple[dt.date, dt.date, Precision]]:
    return bounds.map(lambda b: (b[0], b[1], prec))


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
    precs = _vocab(Precision, precisions, "precisions")
    shapes: list[st.SearchStrategy[tuple[dt.date, dt.date, Precision]]] = []
    for prec in precs:
        bounds = _shapes(prec, min_date, max_date)
        if bounds is not None:
            shapes.append(_with_precision(bounds, prec))
    if not shapes:
        names = ", ".join(p.value for p in precs)
        raise InvalidArgument(
            f"no span of precision {names} fits between {min_date} and {max_date}"
        )
    approximate = st.booleans() if approximate is None else approximate
    expressions = _optional(_text(blank=True)) if expressions is None else expressions
    anchors = _optional(st.dates(min_date, max_date)) if anchors is None else anchors
    for name, strat in (
        ("approximate", approximate),
        ("expressions", expressions),
        ("anchors", anchors),
    ):
        _check_strategy(strat, name)

    shape = st.one_of(shapes)

    @st.composite
    def draw_span(draw: st.DrawFn) -> TimeSpan:
        start, end, prec = draw(shape)
        return TimeSpan(
            start=start,
            end=end,
            precision=prec,
            approximate=draw(approximate),
            expression=draw(expressions),
            anchor=draw(anchors),
        )

    return draw_span()


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
    quals = _vocab(CountQualifier, qualifiers, "qualifiers")
    texts = _optional(_text(blank=True)) if texts is None else texts
    _check_strategy(texts, "texts")
    numbers = st.integers(0, max_value)
    optional_numbers = _optional(numbers)
    pair = st.tuples(numbers, numbers).map(sorted)  # low <= high
    qualifier = st.sampled_from(quals)
    approx_shape = st.sampled_from(["low", "high", "both"])
    figure_kind = st.sampled_from(["none", "stated", "any"])

    @st.composite
    def draw_count(draw: st.DrawFn) -> Count:
        q = draw(qualifier)
        low: int | None
        high: int | None
        if q is CountQualifier.EXACT:
            low = high = draw(numbers)
        elif q in (CountQualifier.AT_LEAST, CountQualifier.MORE_THAN):
            low, high = draw(numbers), None
        elif q is CountQualifier.AT_MOST:
            low, high = None, draw(numbers)
        elif q is CountQualifier.VAGUE:
            low, high = draw(numbers), draw(optional_numbers)
            if high is not None and high < low:
                low, high = high, low
        elif q is CountQualifier.RANGE:
            low, high = draw(pair)
        else:  # approximately: one bound or both
            shape = draw(approx_shape)
            low, high = draw(pair)
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
        return Count(low=low, high=high, qualifier=q, figure=figure, text=draw(texts))

    return draw_count()


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
    return st.builds(
        Point,
        lat=st.floats(min_lat, max_lat, allow_nan=False),
        lon=st.floats(min_lon, max_lon, allow_nan=False),
    )


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
    kinds_ = _vocab(LocationKind, kinds, "kinds")
    points_ = _optional(_points_default()) if points is None else points
    names = _text() if names is None else names
    _check_strategy(points_, "points")
    _check_strategy(names, "names")
    _check_size(max_admin_depth, "max_admin_depth")
    return st.builds(
        Location,
        name=names,
        kind=st.sampled_from(kinds_),
        country=_countries(countries),
        admin_path=st.lists(_text(), max_size=max_admin_depth),  # the converter makes a tuple
        point=points_,
        geo_precision=_optional(st.sampled_from(GeoPrecision)),
        gazetteer_id=_optional(ids("geonames")),
    )


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
    dates = st.dates(min_date, max_date)
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
    actor_ids = _ids_default("actor") if actor_ids is None else actor_ids
    _check_strategy(actor_ids, "actor_ids")
    return st.builds(
        FactionMember, actor=actor_ids, role=st.sampled_from(_vocab(FactionRole, roles, "roles"))
    )


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
    actor_ids = _ids_default("actor") if actor_ids is None else actor_ids
    members = faction_members(actor_ids=actor_ids) if members is None else members
    names = _optional(_text()) if names is None else names
    _check_strategy(actor_ids, "actor_ids")
    _check_strategy(members, "members")
    _check_strategy(names, "names")
    _check_size(max_associates, "max_associates")

    member_lists = st.lists(members, unique_by=lambda m: m.actor, max_size=max_associates)

    @st.composite
    def draw_faction(draw: st.DrawFn) -> Faction:
        lead = draw(actor_ids)
        associates = draw(member_lists)
        return Faction(
            lead=lead,
            associates=tuple(m for m in associates if m.actor != lead),
            name=draw(names),
        )

    return draw_faction()


# -- Attribution and casualties -----------------------------------------------------------
def _urls() -> st.SearchStrategy[str]:
    schemes = st.sampled_from(["http://", "https://"])
    rest = st.text(alphabet=_URL_CHARS, min_size=1, max_size=40)

    @st.composite
    def draw_url(draw: st.DrawFn) -> str:
        return draw(schemes) + draw(rest)

    return draw_url()


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
    sources = _ids_default("actor") if sources is None else sources
    _check_strategy(sources, "sources")
    who = st.one_of(
        st.tuples(sources, st.none()),
        st.tuples(st.none(), _text()),
        st.tuples(sources, _text()),
    )

    claim = st.sampled_from(_vocab(ClaimKind, claims, "claims"))
    verification = st.sampled_from(_vocab(Verification, verifications, "verifications"))
    quotes = _optional(_text(max_size=80))
    published = _optional(st.dates(min_date, max_date))
    urls = _optional(_urls())

    @st.composite
    def draw_attribution(draw: st.DrawFn) -> Attribution:
        source, source_name = draw(who)
        return Attribution(
            source=source,
            source_name=source_name,
            claim=draw(claim),
            verification=draw(verification),
            quote=draw(quotes),
            published=draw(published),
            url=draw(urls),
        )

    return draw_attribution()


def _figure_key(figure: CasualtyFigure) -> tuple[Outcome, str]:
    return figure.key


def casualty_figures(
    *,
    counts: st.SearchStrategy[Count] | None = None,
    groups: st.SearchStrategy[str] | None = None,
    outcomes: Iterable[Outcome | str] | None = None,
) -> st.SearchStrategy[CasualtyFigure]:
    """Casualty figures.  ``groups`` defaults to the generic groups (total, civilians,
    combatants) or an actor or faction id; ``counts`` to :func:`counts`."""
    counts = _counts_default() if counts is None else counts
    groups = (
        st.sampled_from([g.value for g in CasualtyGroup]) | ids("actor") | ids("faction")
        if groups is None
        else groups
    )
    _check_strategy(counts, "counts")
    _check_strategy(groups, "groups")
    return st.builds(
        CasualtyFigure,
        outcome=st.sampled_from(_vocab(Outcome, outcomes, "outcomes")),
        group=groups,
        count=counts,
    )


_counts_default = counts


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
    attribution, and optionally an as-of span (default: none or a span inside the bounds)."""
    _check_dates(min_date, max_date)
    _check_size(max_figures, "max_figures")
    if max_figures < 1:
        raise InvalidArgument("max_figures must be at least 1: a report needs a figure")
    figures = casualty_figures() if figures is None else figures
    attributions = (
        _attributions_default(min_date=min_date, max_date=max_date)
        if attributions is None
        else attributions
    )
    as_of = _optional(timespans(min_date=min_date, max_date=max_date)) if as_of is None else as_of
    for name, strat in (("figures", figures), ("attributions", attributions), ("as_of", as_of)):
        _check_strategy(strat, name)
    return st.builds(
        CasualtyReport,
        # a list: the converter makes it a tuple, and the example prints as the call
        figures=st.lists(figures, min_size=1, max_size=max_figures, unique_by=_figure_key),
        attribution=attributions,
        as_of=as_of,
    )


_attributions_default = attributions


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
    id_strategy = _ids_default("engagement") if ids is None else ids
    when = (
        _timespans_default(min_date=min_date, max_date=max_date) if timespans is None else timespans
    )
    where = _optional(_locations_default()) if locations is None else locations
    sides = _factions_default() if factions is None else factions
    reports = (
        _casualty_reports_default(min_date=min_date, max_date=max_date)
        if casualty_reports is None
        else casualty_reports
    )
    says = (
        _attributions_default(min_date=min_date, max_date=max_date)
        if attributions is None
        else attributions
    )
    parent_ids = _optional(_ids_default("engagement")) if parents is None else parents
    for name, strat in (
        ("ids", id_strategy),
        ("timespans", when),
        ("locations", where),
        ("factions", sides),
        ("casualty_reports", reports),
        ("attributions", says),
        ("parents", parent_ids),
    ):
        _check_strategy(strat, name)
    types_ = st.sampled_from(_vocab(EventType, event_types, "event_types"))
    subs = {
        t: _optional(st.sampled_from([s for s in SubEventType if s.event_type is t]))
        for t in EventType
    }
    faction_lists = st.lists(sides, unique_by=lambda f: f.lead, max_size=max_factions).map(tuple)
    report_lists = st.lists(reports, max_size=max_casualty_reports).map(tuple)
    attribution_lists = st.lists(says, max_size=max_attributions).map(tuple)
    descriptions = _optional(_text(blank=True, max_size=80))
    tags = st.lists(_text(max_size=15), max_size=_MAX_ITEMS).map(tuple)
    confidences = _optional(st.integers(0, 100))
    extras = st.dictionaries(
        st.text(min_size=1, max_size=15), st.text(max_size=20), max_size=_MAX_ITEMS
    )

    @st.composite
    def draw_engagement(draw: st.DrawFn) -> Engagement:
        own = draw(id_strategy)
        event_type = draw(types_)
        parent = draw(parent_ids)
        return Engagement(
            id=own,
            event_type=event_type,
            sub_event_type=draw(subs[event_type]),
            when=draw(when),
            location=draw(where),
            factions=draw(faction_lists),
            casualties=draw(report_lists),
            attributions=draw(attribution_lists),
            parent=None if parent == own else parent,
            description=draw(descriptions),
            tags=draw(tags),
            confidence=draw(confidences),
            extras=draw(extras),
        )

    return draw_engagement()


_timespans_default = timespans
_locations_default = locations
_factions_default = factions
_casualty_reports_default = casualty_reports


# -- Estimate (resolve) ---------------------------------------------------------------------
def estimates(
    *,
    reports: st.SearchStrategy[CasualtyReport] | None = None,
    max_reports: int = _MAX_ITEMS,
) -> st.SearchStrategy[Estimate]:
    """Estimates as :func:`conflict_events.resolve.reconcile` makes them: one of the estimates
    of 1..``max_reports`` drawn casualty reports.  The default ``reports`` draw their figures
    from two outcomes and two groups, so that estimates often combine several claims.

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
        reports = casualty_reports(figures=figures)
    _check_strategy(reports, "reports")
    report_lists = st.lists(reports, min_size=1, max_size=max_reports)

    @st.composite
    def draw_estimate(draw: st.DrawFn) -> Estimate:
        found = list(reconcile(draw(report_lists)).values())
        return found[draw(st.integers(0, len(found) - 1))]

    return draw_estimate()
