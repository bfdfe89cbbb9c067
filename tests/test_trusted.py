"""The generated trusted constructors and the single-sourced rules of every model class.

The trusted constructor must build what the validated constructor builds from valid fields;
the rules' cheap predicate must say "valid" exactly when the full check finds no problem,
on valid values and on values broken one field at a time."""

from __future__ import annotations

import datetime as dt
import inspect
import math
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    EventType,
    Faction,
    Outcome,
    Point,
    Precision,
    SubEventType,
    TimeSpan,
    ValidationError,
)
from conflict_events.model import MODEL_TYPES, _checks
from conflict_events.model._trusted import slot_setters, trusted, trusted_constructor


def fields_of(obj: Any) -> dict[str, Any]:
    return {f.alias or f.name: getattr(obj, f.name) for f in attrs.fields(type(obj))}


# -- the trusted constructor ----------------------------------------------------------------
@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_trusted_equals_validated(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    fields = fields_of(obj)
    made = trusted_constructor(cls)(**fields)
    assert type(made) is cls
    assert made == cls(**fields) == obj
    assert hash(made) == hash(obj)
    assert repr(made) == repr(obj)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.x = 1


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
def test_trusted_signature_is_the_init_signature(cls: type) -> None:
    init = inspect.signature(cls.__init__).parameters
    made = inspect.signature(trusted_constructor(cls)).parameters
    assert list(made) == [p for p in init if p != "self"]
    for name, param in made.items():
        assert param.kind is inspect.Parameter.KEYWORD_ONLY
        field = attrs.fields_dict(cls)[name]
        if field.default is attrs.NOTHING:
            assert param.default is inspect.Parameter.empty
        elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            assert param.default is field.default


def test_trusted_constructor_is_compiled_once_per_class() -> None:
    assert trusted_constructor(Count) is trusted_constructor(Count)
    assert trusted_constructor(Count) is not trusted_constructor(Point)


def test_defaults_and_factories() -> None:
    when = TimeSpan.on(dt.date(2024, 1, 1))
    a = trusted_constructor(Engagement)(id="engagement:a", event_type=EventType.BATTLES, when=when)
    b = trusted_constructor(Engagement)(id="engagement:a", event_type=EventType.BATTLES, when=when)
    assert a == Engagement(id="engagement:a", event_type="battles", when=when)
    assert a.extras == {}
    assert a.extras is not b.extras
    with pytest.raises(TypeError, match="when"):
        trusted_constructor(Engagement)(id="engagement:a", event_type=EventType.BATTLES)
    with pytest.raises(TypeError):
        trusted_constructor(Point)(1.0, 2.0)  # keyword-only, as the model classes


def test_it_skips_converters_and_checks() -> None:
    bad = trusted_constructor(Count)(low=5, high=2, qualifier="range")
    assert bad.qualifier == "range"
    assert type(bad.qualifier) is str
    assert not _checks.is_valid(bad)


def test_private_and_dict_classes() -> None:
    @attrs.frozen(slots=False)
    class Plain:
        _secret: int
        tags: list[int] = attrs.field(factory=list)

    made = trusted_constructor(Plain)(secret=3)
    assert made == Plain(secret=3)
    assert trusted_constructor(Plain)(secret=3).tags is not made.tags
    with pytest.raises(TypeError, match="attrs class"):
        trusted_constructor(int)


def test_cached_hash_classes() -> None:
    @attrs.frozen(cache_hash=True)
    class Cached:
        x: int

    made = trusted_constructor(Cached)(x=1)
    assert made == Cached(x=1)
    assert hash(made) == hash(Cached(x=1))


def test_the_old_entry_points_are_the_generated_constructor() -> None:
    f = CasualtyFigure(outcome="killed", group="total", count=Count.exact(3))
    a = Attribution(source_name="the article")
    assert CasualtyReport.trusted(figures=(f,), attribution=a) == CasualtyReport(
        figures=(f,), attribution=a
    )
    assert (
        _checks.trusted(CasualtyFigure, outcome=Outcome.KILLED, group="total", count=f.count) == f
    )
    assert trusted(Point, lat=1.0, lon=2.0) == Point(lat=1.0, lon=2.0)
    p = object.__new__(Point)
    set_lat, set_lon = slot_setters(Point, "lat", "lon")
    set_lat(p, 1.0)
    set_lon(p, 2.0)
    assert p == Point(lat=1.0, lon=2.0)
    fields = {
        "id": "engagement:x",
        "event_type": EventType.BATTLES,
        "sub_event_type": SubEventType.ARMED_CLASH,
        "when": TimeSpan.on(dt.date(2024, 1, 1)),
        "location": None,
        "factions": (Faction(lead="actor:a"),),
        "casualties": (CasualtyReport(figures=(f,), attribution=a),),
        "attributions": (a,),
        "description": None,
        "tags": ("t",),
        "confidence": 40,
    }
    e = Engagement.trusted(**fields)  # type: ignore[arg-type]
    assert e == Engagement(**fields)  # type: ignore[arg-type]
    assert e.parent is None
    assert e.extras == {}


# -- one source for both forms of the rules -------------------------------------------------
#: Values that break, or happen to fit, one field or another.
ODD_VALUES: list[Any] = [
    None,
    "",
    " ",
    "x",
    "actor:x",
    "engagement:x",
    "SY",
    "en",
    "total",
    "http://x",
    "battles",
    -1,
    0,
    7,
    101,
    2**53,
    True,
    1.5,
    math.nan,
    math.inf,
    dt.date(2024, 1, 1),
    dt.datetime(2024, 1, 1),
    (),
    ("x",),
    ("actor:x", "actor:x"),
    [],
    {},
    {"k": "v"},
    {"": "v"},
    {"k": 1},
    Precision.DAY,
    Outcome.KILLED,
    EventType.BATTLES,
    SubEventType.AIR_DRONE_STRIKE,
    Count.exact(3),
    TimeSpan.on(dt.date(2024, 1, 1)),
    Attribution(source_name="x"),
    Faction(lead="actor:x"),
    (Faction(lead="actor:x"), Faction(lead="actor:x")),
]


def test_every_model_class_has_rules() -> None:
    for cls in MODEL_TYPES:
        assert cls in _checks.RULES, cls


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_predicate_agrees_with_the_full_check(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    assert _checks.is_valid(obj)
    assert _checks.problems_of(obj) == []
    # Break (or not) one or two fields, past the converters, and ask both forms.
    fields = fields_of(obj)
    names = list(fields)
    for name in data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=2)):
        fields[name] = data.draw(
            st.sampled_from(ODD_VALUES)
            | st.from_type(cls).map(
                lambda other, n=name: getattr(other, n)  # a valid value of another instance
            )
        )
    broken = trusted_constructor(cls)(**fields)
    found = _checks.problems_of(broken)
    assert _checks.is_valid(broken) == (not found), found
    if found:
        with pytest.raises(ValidationError) as info:
            broken.__attrs_post_init__()
        assert list(info.value.problems) == found
    else:
        broken.__attrs_post_init__()  # the constructor's own path accepts it too


@pytest.mark.parametrize(
    ("make", "path", "message"),
    [
        (
            lambda: Count(low=1, high=5, qualifier="rnage"),
            "$.qualifier",
            "'rnage' is not one of 'exact', 'at_least', 'more_than', 'at_most', "
            "'approximately', 'range', 'vague'; did you mean 'range'?",
        ),
        (
            lambda: Engagement(
                id="engagement:x", event_type="battle", when=TimeSpan.on(dt.date(2024, 1, 1))
            ),
            "$.event_type",
            "did you mean 'battles'?",
        ),
        (
            lambda: CasualtyFigure(outcome="kiled", group="total", count=Count.exact(1)),
            "$.outcome",
            "did you mean 'killed'?",
        ),
    ],
)
def test_vocabulary_errors_suggest(make: Any, path: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        make()
    (problem,) = info.value.problems
    assert problem.path == path
    assert message in problem.message


def test_no_suggestion_for_an_unrelated_word() -> None:
    with pytest.raises(ValidationError) as info:
        Count(low=1, high=5, qualifier="roughly")
    assert "did you mean" not in str(info.value)
    assert "'roughly' is not one of" in str(info.value)
