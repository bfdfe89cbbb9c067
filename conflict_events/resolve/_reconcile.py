"""Conflicting reports -> one estimate per (outcome, group) that keeps every claim.

docs/design.md#reconcile: ``low`` = the smallest reported figure, ``high`` = the largest, ``best``
= the median of the reported figures (the lower middle one for an even count), ``conflict`` =
whether two reports' ranges are disjoint, and the attributed claims it came from.  What a
"reported figure" is for each kind of count is defined in ``docs/reconcile.md``.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from conflict_events._errors import Problem, ValidationError
from conflict_events.model._count import Count
from conflict_events.model._report import Attribution, CasualtyFigure, CasualtyReport
from conflict_events.model._time import TimeSpan
from conflict_events.model._vocab import Outcome

__all__ = ["Claim", "Estimate", "reconcile", "reported_range"]


@attrs.frozen(kw_only=True)
class Claim:
    """One report's figure for an estimate's (outcome, group), with who says it and as of when."""

    figure: CasualtyFigure
    attribution: Attribution
    as_of: TimeSpan | None = None


def reported_range(count: Count) -> tuple[int, int]:
    """The smallest and largest figure a count reports.

    The stated figure where there is one ("over 300" -> (300, 300), "nearly a million" ->
    (1000000, 1000000)); otherwise the bounds ("between 10 and 15" -> (10, 15), "dozens" ->
    (24, 99)), a missing bound taking the other's value.

    >>> reported_range(Count(low=10, high=15, qualifier="range"))
    (10, 15)
    >>> reported_range(Count(low=300, high=None, qualifier="more_than", figure=300))
    (300, 300)
    """
    if count.figure is not None:
        return count.figure, count.figure
    low = count.low if count.low is not None else count.high
    high = count.high if count.high is not None else count.low
    assert low is not None  # a Count has at least one bound
    assert high is not None
    return low, high


@attrs.frozen(kw_only=True)
class Estimate:
    """What several reports say about one (outcome, group), reconciled.

    ``low`` / ``high``: the smallest / largest reported figure; ``best``: the median of the
    claims' lower reported figures (the lower middle one for an even count); ``conflict``:
    whether some two claims' counts are disjoint (:meth:`Count.disjoint`);
    ``high_unbounded``: whether some claim puts no upper bound on the truth ("over 300"), so
    that ``high`` is the largest *reported* figure, not a bound; ``claims``: every claim, in
    input order.
    """

    outcome: Outcome
    group: str
    low: int
    best: int
    high: int
    conflict: bool
    high_unbounded: bool
    claims: tuple[Claim, ...]

    def __attrs_post_init__(self) -> None:
        if not self.low <= self.best <= self.high:
            raise ValidationError(
                [
                    Problem(
                        "$.best",
                        f"must lie in low..high ({self.low}..{self.high}), got {self.best}",
                    )
                ],
                "Estimate",
            )
        if not self.claims:
            raise ValidationError([Problem("$.claims", "an estimate needs a claim")], "Estimate")


def _estimate(outcome: Outcome, group: str, claims: list[Claim]) -> Estimate:
    ranges = [reported_range(c.figure.count) for c in claims]
    lows = sorted(r[0] for r in ranges)
    counts = [c.figure.count for c in claims]
    # Two counts are disjoint iff the smallest upper bound lies below the largest lower bound
    # (they cannot be one count: a Count's own high is never below its low) -- O(n), not O(n^2).
    highs = [c.high for c in counts if c.high is not None]
    max_low = max((c.low or 0) for c in counts)
    conflict = bool(highs) and min(highs) < max_low
    return Estimate(
        outcome=outcome,
        group=group,
        low=lows[0],
        best=lows[(len(lows) - 1) // 2],
        high=max(r[1] for r in ranges),
        conflict=conflict,
        high_unbounded=any(c.high is None for c in counts),
        claims=tuple(claims),
    )


def reconcile(reports: Iterable[CasualtyReport]) -> dict[tuple[Outcome, str], Estimate]:
    """One :class:`Estimate` per (outcome, group) that any report gives a figure for.

    The dict is ordered by first appearance in ``reports``; every current figure of every
    report is one claim of exactly one estimate.  Figures marked ``background`` (their time
    scope is not the reported event) or ``superseded`` (a later figure of the same source
    replaced them) never enter an estimate (docs/reconcile.md).  Anything other than a :class:`CasualtyReport` raises
    :class:`~conflict_events.ValidationError` with its position.

    >>> from conflict_events import Attribution, CasualtyFigure, CasualtyReport, Count
    >>> def report(source, count):
    ...     return CasualtyReport(
    ...         figures=[CasualtyFigure(outcome="killed", group="total", count=count)],
    ...         attribution=Attribution(source=source))
    >>> est = reconcile([
    ...     report("actor:sohr", Count(low=300, high=None, qualifier="more_than", figure=300)),
    ...     report("actor:sana", Count.exact(240)),
    ...     report("actor:afp", Count.exact(280)),
    ... ])[(Outcome.KILLED, "total")]
    >>> (est.low, est.best, est.high, est.conflict, est.high_unbounded)
    (240, 280, 300, True, True)
    >>> war = CasualtyReport(figures=[CasualtyFigure(outcome="killed", group="total",
    ...     count=Count.exact(500000), background=True)], attribution=Attribution(source="actor:sohr"))
    >>> reconcile([war])
    {}
    """
    grouped: dict[tuple[Outcome, str], list[Claim]] = {}
    problems: list[Problem] = []
    for i, report in enumerate(reports):
        if not isinstance(report, CasualtyReport):
            problems.append(Problem(f"$[{i}]", f"must be a CasualtyReport, got {report!r}"))
            continue
        for figure in report.figures:
            if figure.background or figure.superseded:
                continue
            claim = Claim(figure=figure, attribution=report.attribution, as_of=report.as_of)
            grouped.setdefault(figure.key, []).append(claim)
    if problems:
        raise ValidationError(problems, "reports")
    return {key: _estimate(key[0], key[1], claims) for key, claims in grouped.items()}
