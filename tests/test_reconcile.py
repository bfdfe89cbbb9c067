"""reconcile(): the design (docs/design.md#reconcile), with the reported-figure rules of docs/reconcile.md."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Estimate,
    Outcome,
    ValidationError,
    reconcile,
)
from conflict_events.resolve._reconcile import reported_range

K, INJ = Outcome.KILLED, Outcome.INJURED


def report(source: str, *figures: tuple[Outcome, str, Count]) -> CasualtyReport:
    return CasualtyReport(
        figures=[CasualtyFigure(outcome=o, group=g, count=c) for o, g, c in figures],
        attribution=Attribution(source=source),
    )


def over(n: int) -> Count:
    return Count(low=n, high=None, qualifier="more_than", figure=n)


def test_groups_by_outcome_and_group_in_first_appearance_order() -> None:
    estimates = reconcile(
        [
            report("actor:sohr", (K, "total", over(300)), (K, "civilians", Count.exact(28))),
            report("actor:sana", (INJ, "total", Count.exact(40)), (K, "total", Count.exact(240))),
        ]
    )
    assert list(estimates) == [(K, "total"), (K, "civilians"), (INJ, "total")]
    assert all(isinstance(e, Estimate) for e in estimates.values())


def test_low_best_high_and_every_claim_kept() -> None:
    reports = [
        report("actor:sohr", (K, "total", over(300))),
        report("actor:sana", (K, "total", Count.exact(240))),
        report("actor:afp", (K, "total", Count.exact(280))),
        report("actor:ap", (K, "total", Count(low=250, high=270, qualifier="range"))),
    ]
    est = reconcile(reports)[(K, "total")]
    # reported ranges: 300..300, 240..240, 280..280, 250..270; lower figures 240 250 280 300
    assert (est.low, est.best, est.high) == (240, 250, 300)
    assert est.high_unbounded
    assert [c.attribution.source for c in est.claims] == [
        "actor:sohr",
        "actor:sana",
        "actor:afp",
        "actor:ap",
    ]
    assert [c.figure for c in est.claims] == [r.figures[0] for r in reports]


def test_odd_count_median_is_the_middle() -> None:
    est = reconcile(
        [report(f"actor:s{i}", (K, "total", Count.exact(n))) for i, n in enumerate([9, 3, 5])]
    )[(K, "total")]
    assert (est.low, est.best, est.high) == (3, 5, 9)
    assert not est.high_unbounded


def test_conflict_means_two_disjoint_counts() -> None:
    agree = reconcile(
        [
            report("actor:a", (K, "total", over(300))),
            report("actor:b", (K, "total", Count.exact(320))),
        ]
    )[(K, "total")]
    assert not agree.conflict  # 320 is over 300
    clash = reconcile(
        [
            report("actor:a", (K, "total", over(300))),
            report("actor:b", (K, "total", Count.exact(240))),
        ]
    )[(K, "total")]
    assert clash.conflict
    nearly = reconcile(
        [
            report(
                "actor:a",
                (K, "total", Count(low=None, high=1000, qualifier="approximately", figure=1000)),
            ),
            report("actor:b", (K, "total", Count.exact(990))),
        ]
    )[(K, "total")]
    assert not nearly.conflict


def test_a_single_report_is_its_own_estimate() -> None:
    est = reconcile([report("actor:a", (K, "civilians", Count.exact(4)))])[(K, "civilians")]
    assert (est.low, est.best, est.high, est.conflict) == (4, 4, 4, False)
    assert len(est.claims) == 1


def test_empty_input() -> None:
    assert reconcile([]) == {}


def test_not_a_report_is_an_error_with_its_position() -> None:
    with pytest.raises(ValidationError) as info:
        reconcile([report("actor:a", (K, "total", Count.exact(1))), "nonsense"])  # type: ignore[list-item]
    assert info.value.paths == ("$[1]",)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (Count.exact(4), (4, 4)),
        (over(300), (300, 300)),
        (Count(low=20, high=None, qualifier="at_least", figure=20), (20, 20)),
        (Count(low=None, high=50, qualifier="at_most", figure=50), (50, 50)),
        (
            Count(low=None, high=1_000_000, qualifier="approximately", figure=1_000_000),
            (1_000_000, 1_000_000),
        ),
        (Count(low=10, high=15, qualifier="range"), (10, 15)),
        (Count(low=24, high=99, qualifier="vague"), (24, 99)),
        (Count(low=200, high=None, qualifier="at_least"), (200, 200)),
        (Count(low=None, high=999, qualifier="at_most"), (999, 999)),
    ],
)
def test_reported_range(count: Count, expected: tuple[int, int]) -> None:
    assert reported_range(count) == expected


def test_estimate_rejects_a_best_outside_low_high() -> None:
    with pytest.raises(ValidationError):
        Estimate(outcome=K, group="total", low=5, best=9, high=7, conflict=False,
                 high_unbounded=False, claims=())  # fmt: skip


_COUNTS = st.one_of(
    st.integers(0, 10_000).map(Count.exact),
    st.integers(0, 10_000).map(over),
    st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(
        lambda t: Count(low=min(t), high=max(t), qualifier="range")
    ),
    st.integers(1, 10_000).map(
        lambda n: Count(low=None, high=n, qualifier="approximately", figure=n)
    ),
)


@given(st.lists(_COUNTS, min_size=1, max_size=12))
def test_properties(counts: list[Count]) -> None:
    reports = [report(f"actor:s{i}", (K, "total", c)) for i, c in enumerate(counts)]
    est = reconcile(reports)[(K, "total")]
    assert est.low <= est.best <= est.high
    assert len(est.claims) == len(counts)  # nothing dropped
    assert est.conflict == any(a.disjoint(b) for a in counts for b in counts)
    assert est.high_unbounded == any(c.high is None for c in counts)
    ranges = [reported_range(c) for c in counts]
    assert est.low == min(r[0] for r in ranges)
    assert est.high == max(r[1] for r in ranges)
