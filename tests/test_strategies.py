"""The public Hypothesis strategies and their registration through the entry point."""

from __future__ import annotations

import calendar
import datetime as dt
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import attrs
import orjson
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from jsonschema import Draft202012Validator

import conflict_events
from conflict_events import (
    Actor,
    CasualtyReport,
    Count,
    CountQualifier,
    Engagement,
    EventType,
    Location,
    Precision,
    TimeSpan,
)
from conflict_events import strategies as ces
from conflict_events.io.json import loads, schema
from conflict_events.model import MODEL_TYPES
from conflict_events.resolve import Estimate
from conflict_events.strategies import _plugin

PACKAGE = Path(conflict_events.__file__).parent
T = TypeVar("T")


def reach(strategy: st.SearchStrategy[T], condition: Callable[[T], bool]) -> T:
    """A value of ``strategy`` that meets ``condition`` (no shrinking: only reachability)."""
    return find(
        strategy,
        condition,
        settings=settings(phases=[Phase.generate], database=None, max_examples=1000),
    )


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
    )


# -- registration -------------------------------------------------------------------------
def test_from_type_in_a_plain_python_process() -> None:
    code = """
from hypothesis import given, settings, strategies as st
from conflict_events import Engagement
from conflict_events.io.json import dumps

print(type(st.from_type(Engagement).example()).__name__)
out = []

@settings(max_examples=25, database=None)
@given(st.from_type(Engagement))
def draw(e):
    out.append(dumps(e))

draw()
print("\\n".join(out))
"""
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    first, *lines = result.stdout.rstrip("\n").split("\n")  # values may hold U+2028 etc.
    assert first == "Engagement"
    assert len(lines) == 25
    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    for line in lines:
        assert isinstance(loads(line, Engagement), Engagement)
        validator.validate(orjson.loads(line))


def test_importing_the_package_does_not_import_hypothesis() -> None:
    result = run_python("import sys, conflict_events; print('hypothesis' in sys.modules)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_hypothesis_is_imported_only_by_the_strategies_package() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+hypothesis\b", re.MULTILINE)
    offenders = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if pattern.search(p.read_text("utf-8")) and p.parent.name != "strategies"
    ]
    assert offenders == []


def test_the_plugin_covers_every_model_class() -> None:
    assert set(_plugin.STRATEGY_FOR) == {cls.__name__ for cls in MODEL_TYPES}
    assert set(_plugin.STRATEGY_FOR.values()) <= set(ces.__all__)
    assert set(_plugin.OTHER_STRATEGIES.values()) <= set(ces.__all__)


@settings(max_examples=20)
@given(st.from_type(Estimate))
def test_from_type_draws_reconciled_estimates(est: Estimate) -> None:
    assert est.claims
    assert est.low <= est.best <= est.high
    assert all(c.figure.key == (est.outcome, est.group) for c in est.claims)


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=10)
@given(data=st.data())
def test_from_type_draws_every_model_class(cls: type, data: st.DataObject) -> None:
    assert type(data.draw(st.from_type(cls))) is cls


# -- the public API -----------------------------------------------------------------------
def test_public_names() -> None:
    assert ces.__all__ == [
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


@pytest.mark.parametrize("name", [n for n in ces.__all__ if n.islower() and n != "ids"])
def test_arguments_are_keyword_only(name: str) -> None:
    params = inspect.signature(getattr(ces, name)).parameters.values()
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
    assert all(p.default is not inspect.Parameter.empty for p in params)


@pytest.mark.parametrize(
    "make",
    [
        lambda: ces.ids("Actor"),
        lambda: ces.ids("actor:x"),
        lambda: ces.timespans(min_date=dt.date(2024, 2, 1), max_date=dt.date(2024, 1, 1)),
        lambda: ces.timespans(min_date=dt.datetime(2024, 1, 1)),
        lambda: ces.timespans(precisions=["fortnight"]),
        lambda: ces.timespans(precisions=[]),
        lambda: ces.timespans(precisions="day"),
        lambda: ces.timespans(
            min_date=dt.date(2024, 1, 2), max_date=dt.date(2024, 1, 7), precisions=["week"]
        ),
        lambda: ces.counts(max_value=-1),
        lambda: ces.counts(max_value=2**53),
        lambda: ces.counts(qualifiers=["roughly"]),
        lambda: ces.points(min_lat=-91),
        lambda: ces.points(min_lon=10, max_lon=5),
        lambda: ces.locations(countries=["sy"]),
        lambda: ces.locations(points=ces.points),
        lambda: ces.actors(kinds=["gang"]),
        lambda: ces.factions(actor_ids=["actor:a"]),
        lambda: ces.casualty_reports(max_figures=0),
        lambda: ces.engagements(event_types=["war"]),
        lambda: ces.engagements(max_factions=-1),
    ],
)
def test_bad_arguments(make: object) -> None:
    with pytest.raises(InvalidArgument):
        make()  # type: ignore[operator]


# -- TimeSpan -----------------------------------------------------------------------------
def _shape_ok(span: TimeSpan) -> None:
    """The shape rules of model/_time.py, restated."""
    p, s, e = span.precision, span.start, span.end
    assert s <= e
    if p in (Precision.DAY, Precision.PART_OF_DAY):
        assert s == e
    elif p is Precision.WEEK:
        assert s.weekday() == 0
        assert (e - s).days == 6
    elif p is Precision.MONTH:
        assert s.day == 1
        assert e == s.replace(day=calendar.monthrange(s.year, s.month)[1])
    elif p is Precision.PART_OF_MONTH:
        assert (s.year, s.month) == (e.year, e.month)
    elif p is Precision.PART_OF_YEAR:
        assert s.year == e.year
    elif p is Precision.SEASON:
        assert (e - s).days <= 100
    elif p in (Precision.YEAR, Precision.DECADE, Precision.CENTURY):
        n = {Precision.YEAR: 1, Precision.DECADE: 10, Precision.CENTURY: 100}[p]
        assert s.year % n == 0
        assert (s.month, s.day) == (1, 1)
        assert e == dt.date(s.year + n - 1, 12, 31)


@given(ces.timespans())
def test_timespans_have_their_precisions_shape(span: TimeSpan) -> None:
    _shape_ok(span)


@pytest.mark.parametrize("precision", list(Precision), ids=lambda p: p.value)
def test_every_precision_is_drawn(precision: Precision) -> None:
    every_date = ces.timespans(min_date=dt.date.min, max_date=dt.date.max)
    span = reach(every_date, lambda s: s.precision is precision)
    _shape_ok(span)


def test_every_precision_but_century_fits_the_default_era() -> None:
    assert dt.date(1946, 1, 1) == ces.DEFAULT_MIN_DATE
    assert dt.date(2035, 12, 31) == ces.DEFAULT_MAX_DATE
    for precision in Precision:
        if precision is Precision.CENTURY:
            with pytest.raises(InvalidArgument, match="no span of precision century"):
                ces.timespans(precisions=[precision]).example()
        else:
            reach(ces.timespans(precisions=[precision]), lambda s: True)


BOUNDS = [
    (dt.date(2024, 11, 20), dt.date(2024, 12, 10)),
    (dt.date(2023, 12, 30), dt.date(2024, 1, 2)),
    (dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
    (dt.date.min, dt.date(1, 3, 1)),
    (dt.date(9999, 12, 1), dt.date.max),
    (dt.date(1890, 6, 1), dt.date(2011, 1, 1)),
]


@pytest.mark.parametrize(("lo", "hi"), BOUNDS, ids=str)
@settings(max_examples=50)
@given(data=st.data())
def test_timespans_stay_inside_the_bounds(lo: dt.date, hi: dt.date, data: st.DataObject) -> None:
    span = data.draw(ces.timespans(min_date=lo, max_date=hi))
    assert lo <= span.start <= span.end <= hi
    assert span.anchor is None or lo <= span.anchor <= hi
    _shape_ok(span)


@pytest.mark.parametrize(
    ("precision", "lo", "hi"),
    [
        (Precision.WEEK, dt.date(2024, 11, 25), dt.date(2024, 12, 1)),
        (Precision.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (Precision.YEAR, dt.date(2023, 12, 31), dt.date(2025, 1, 1)),
        (Precision.DECADE, dt.date(1979, 1, 1), dt.date(1990, 1, 1)),
        (Precision.CENTURY, dt.date(1800, 1, 1), dt.date(1999, 12, 31)),
        (Precision.CENTURY, dt.date.min, dt.date(199, 12, 31)),
        (Precision.WEEK, dt.date(9999, 12, 20), dt.date.max),
    ],
)
def test_a_tight_unit_is_the_only_one(precision: Precision, lo: dt.date, hi: dt.date) -> None:
    @settings(max_examples=20)
    @given(ces.timespans(min_date=lo, max_date=hi, precisions=[precision]))
    def check(span: TimeSpan) -> None:
        assert span.precision is precision
        assert lo <= span.start <= span.end <= hi
        _shape_ok(span)

    check()


def test_units_that_do_not_fit_are_left_out() -> None:
    one_day = ces.timespans(min_date=dt.date(2024, 3, 5), max_date=dt.date(2024, 3, 5))

    @settings(max_examples=50)
    @given(one_day)
    def check(span: TimeSpan) -> None:
        assert span.precision not in (Precision.WEEK, Precision.MONTH, Precision.YEAR)
        assert span.start == span.end == dt.date(2024, 3, 5)

    check()


@given(ces.timespans(precisions=["week", Precision.MONTH]))
def test_precisions_argument(span: TimeSpan) -> None:
    assert span.precision in (Precision.WEEK, Precision.MONTH)


# -- Count --------------------------------------------------------------------------------
@given(ces.counts(max_value=50))
def test_counts_respect_max_value(c: Count) -> None:
    for n in (c.low, c.high, c.figure):
        assert n is None or 0 <= n <= 50


@pytest.mark.parametrize("qualifier", list(CountQualifier), ids=lambda q: q.value)
def test_every_qualifier_is_drawn(qualifier: CountQualifier) -> None:
    c = reach(ces.counts(), lambda c: c.qualifier is qualifier)
    assert c.qualifier is qualifier


@given(ces.counts(qualifiers=["range", "vague"]))
def test_qualifiers_argument(c: Count) -> None:
    assert c.qualifier in (CountQualifier.RANGE, CountQualifier.VAGUE)
    assert c.low is not None


def test_approximately_takes_every_shape() -> None:
    approx = ces.counts(qualifiers=["approximately"])
    reach(approx, lambda c: c.low is None)
    reach(approx, lambda c: c.high is None)
    reach(approx, lambda c: c.low is not None and c.high is not None)


# -- Location, Actor, Faction -------------------------------------------------------------
@given(ces.points(min_lat=30, max_lat=37.5, min_lon=35.5, max_lon=42.5))
def test_points_in_a_box(p: conflict_events.Point) -> None:
    assert 30 <= p.lat <= 37.5
    assert 35.5 <= p.lon <= 42.5


@given(ces.locations(countries=["SY", "TR"], points=st.none(), kinds=["city", "village"]))
def test_locations_arguments(loc: Location) -> None:
    assert loc.country in ("SY", "TR")
    assert loc.point is None
    assert loc.kind in ("city", "village")


POOL = st.sampled_from(["actor:a", "actor:b", "actor:c"])


@given(ces.actors(ids=POOL, kinds=["rebel_group"]))
def test_actor_lineage_with_a_tiny_pool(a: Actor) -> None:
    assert a.id not in a.predecessors + a.successors
    assert not set(a.predecessors) & set(a.successors)
    assert a.kind == "rebel_group"


@given(ces.actors(min_date=dt.date(2000, 1, 1), max_date=dt.date(2001, 1, 1)))
def test_actor_dates(a: Actor) -> None:
    for d in (a.active_from, a.active_until, *(x.valid_from for x in a.aliases)):
        assert d is None or dt.date(2000, 1, 1) <= d <= dt.date(2001, 1, 1)


@given(ces.factions(actor_ids=POOL))
def test_factions_with_a_tiny_pool(f: conflict_events.Faction) -> None:
    members = [m.actor for m in f.associates]
    assert f.lead not in members
    assert len(set(members)) == len(members)
    assert set(f.actor_ids) <= {"actor:a", "actor:b", "actor:c"}


@given(ces.faction_members(roles=["backed_by"]))
def test_faction_member_roles(m: conflict_events.FactionMember) -> None:
    assert m.role == "backed_by"


# -- attributions and casualties ----------------------------------------------------------
@given(ces.attributions(sources=st.just("actor:sohr"), claims=["denied"]))
def test_attributions_arguments(a: conflict_events.Attribution) -> None:
    assert a.source in (None, "actor:sohr")
    assert a.source is not None or a.source_name is not None
    assert a.claim == "denied"


@given(
    ces.casualty_reports(
        figures=ces.casualty_figures(groups=st.just("civilians"), outcomes=["killed", "injured"]),
        max_figures=5,
    )
)
def test_report_figures_are_unique_per_key(r: CasualtyReport) -> None:
    assert 1 <= len(r.figures) <= 2
    assert len({f.key for f in r.figures}) == len(r.figures)


# -- Engagement ---------------------------------------------------------------------------
LO, HI = dt.date(2024, 11, 27), dt.date(2024, 12, 8)


@settings(max_examples=50)
@given(ces.engagements(min_date=LO, max_date=HI))
def test_engagements_keep_every_default_date_in_bounds(e: Engagement) -> None:
    assert LO <= e.when.start <= e.when.end <= HI
    for r in e.casualties:
        assert r.as_of is None or LO <= r.as_of.start <= r.as_of.end <= HI
        assert r.attribution.published is None or LO <= r.attribution.published <= HI
    for a in e.attributions:
        assert a.published is None or LO <= a.published <= HI
    assert e.parent != e.id


@settings(max_examples=50)
@given(ces.engagements(event_types=["riots"], factions=ces.factions(actor_ids=POOL)))
def test_engagement_types_and_factions(e: Engagement) -> None:
    assert e.event_type is EventType.RIOTS
    assert e.sub_event_type is None or e.sub_event_type.event_type is EventType.RIOTS
    leads = [f.lead for f in e.factions]
    assert len(set(leads)) == len(leads)


@settings(max_examples=30)
@given(
    ces.engagements(
        ids=st.just("engagement:one"),
        parents=st.just("engagement:one"),
        locations=ces.locations(countries=["SY"]),
        timespans=st.just(TimeSpan.on(dt.date(2024, 11, 28))),
        max_factions=0,
        max_casualty_reports=0,
        max_attributions=0,
    )
)
def test_engagement_parts_are_replaceable(e: Engagement) -> None:
    assert e.id == "engagement:one"
    assert e.parent is None
    assert e.location is not None
    assert e.location.country == "SY"
    assert e.when == TimeSpan.on(dt.date(2024, 11, 28))
    assert e.factions == e.casualties == e.attributions == ()


@settings(max_examples=30)
@given(ces.engagements())
def test_generated_values_pass_their_own_checks_again(e: Engagement) -> None:
    # Rebuilding runs every __attrs_post_init__ again, down the tree.
    assert attrs.evolve(e) == e


@given(ces.ids("faction"))
def test_ids(value: str) -> None:
    assert value.startswith("faction:")
    assert re.fullmatch(r"faction:[A-Za-z0-9][A-Za-z0-9._:/~-]*", value)
