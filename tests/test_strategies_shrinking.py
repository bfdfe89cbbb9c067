"""Shrinking and distribution of the default strategies: a failing property shrinks to the
simplest value that fails, and each optional part is present about half the time (the
strategies draw several choices at once to draw less often; neither may change)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, Phase, find, given, seed, settings

from conflict_events import (
    Attribution,
    Engagement,
    Location,
    SubEventType,
    TimeSpan,
    Verification,
)
from conflict_events import strategies as ces

T = TypeVar("T")
FIRST_DAY = ces.DEFAULT_MIN_DATE


def simplest(strategy: ces.st.SearchStrategy[T], condition: Callable[[T], bool]) -> T:
    # A fixed seed: which value a search finds first varies with the seed, and the shrinker
    # does not promise the simplest value from every start.
    return find(
        strategy,
        condition,
        random=random.Random(0),
        settings=settings(
            database=None,
            deadline=None,
            max_examples=2000,
            suppress_health_check=list(HealthCheck),
        ),
    )


def bare(**fields: object) -> Engagement:
    """The simplest engagement, with ``fields`` replaced."""
    base: dict[str, object] = {
        "id": "engagement:0",
        "event_type": "battles",
        "when": TimeSpan.on(FIRST_DAY, precision="part_of_day"),
    }
    return Engagement(**{**base, **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (lambda e: True, bare()),
        (
            lambda e: e.sub_event_type is not None,
            bare(sub_event_type=SubEventType.ARMED_CLASH),
        ),
        (lambda e: e.confidence is not None and e.confidence > 50, bare(confidence=51)),
        (lambda e: e.description is not None, bare(description="")),
        (
            lambda e: e.when.approximate and e.when.expression is not None,
            bare(
                when=TimeSpan.on(
                    FIRST_DAY, precision="part_of_day", approximate=True, expression=""
                )
            ),
        ),
        (
            lambda e: e.location is not None and e.location.country is not None,
            bare(location=Location(name="x", kind="site", country="AA")),
        ),
        (
            lambda e: e.location is not None and e.location.geo_precision is not None,
            bare(location=Location(name="x", kind="site", geo_precision=1)),
        ),
    ],
    ids=["any", "sub", "confidence", "description", "approximate", "country", "geo"],
)
def test_engagements_shrink_to_the_simplest_failing_value(
    condition: Callable[[Engagement], bool], expected: Engagement
) -> None:
    assert simplest(ces.engagements(), condition) == expected


def test_attributions_shrink_each_choice_of_a_joint_draw() -> None:
    # claim, verification and who is named are drawn together; each shrinks on its own
    a = simplest(ces.attributions(), lambda a: a.verification is Verification.DISPUTED)
    assert a == Attribution(source="actor:0", verification="disputed")
    a = simplest(ces.attributions(), lambda a: a.source_name is not None)
    assert a == Attribution(source_name="x")
    a = simplest(ces.attributions(), lambda a: a.url is not None)
    assert a == Attribution(source="actor:0", url="http://0")


PRESENT: dict[str, Callable[[Engagement], bool]] = {
    "sub_event_type": lambda e: e.sub_event_type is not None,
    "location": lambda e: e.location is not None,
    "description": lambda e: e.description is not None,
    "confidence": lambda e: e.confidence is not None,
    "approximate": lambda e: e.when.approximate,
    "expression": lambda e: e.when.expression is not None,
    "country": lambda e: e.location is not None and e.location.country is not None,
    "geo_precision": lambda e: e.location is not None and e.location.geo_precision is not None,
    "gazetteer_id": lambda e: e.location is not None and e.location.gazetteer_id is not None,
    "url": lambda e: any(a.url is not None for a in e.attributions),
}


@pytest.mark.slow
def test_each_optional_part_is_present_about_half_the_time() -> None:
    seen: list[Engagement] = []

    # from a fixed seed: Hypothesis's draws are not independent coin flips, and the share
    # of one optional part moves between about 0.34 and 0.47 from one random seed to another
    @seed(20261207)
    @settings(
        max_examples=1500,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(ces.engagements())
    def collect(e: Engagement) -> None:
        seen.append(e)

    collect()
    with_location = [e for e in seen if e.location is not None]
    with_attributions = [e for e in seen if e.attributions]
    for name, present in PRESENT.items():
        pool = {
            "country": with_location,
            "geo_precision": with_location,
            "gazetteer_id": with_location,
            "url": with_attributions,
        }.get(name, seen)
        share = sum(map(present, pool)) / len(pool)
        # a part behind one flag: 1/2; a URL in one of one or two attributions: 1/2 to 3/4
        low, high = (0.35, 0.85) if name == "url" else (0.35, 0.65)
        assert low < share < high, (name, share)
    assert dt.date.min < min(e.when.start for e in seen)
