"""Conflicting reports -> one estimate per (outcome, group) that keeps every claim (and, within
it, one per subgroup the sources name).

docs/design.md#reconcile: ``low`` = the smallest reported figure, ``high`` = the largest, ``best``
= the median of the reported figures (the lower middle one for an even count), ``conflict`` =
whether two reports' ranges are disjoint, and the attributed claims it came from.  What a
"reported figure" is for each kind of count is defined in ``docs/reconcile.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, cast, overload

import attrs

from conflict_events._errors import Problem, ValidationError
from conflict_events.model._count import Count
from conflict_events.model._plain import Plain
from conflict_events.model._report import Attribution, CasualtyFigure, CasualtyReport
from conflict_events.model._time import TimeSpan
from conflict_events.model._vocab import CountQualifier, EventType, Outcome

if TYPE_CHECKING:
    from conflict_events.extract._report import ArticleReport

__all__ = ["Claim", "Estimate", "Incident", "reconcile", "reported_range"]


@attrs.frozen(kw_only=True)
class Claim(Plain):
    """One source's current figure for an estimate's (outcome, group), with who says it and
    as of when.  ``earlier`` holds the same source's earlier figures for the same key, oldest
    first ("153", then "412", before the current "910"): one claim that grew, not several.
    ``parts`` holds the figures one statement gives for the same key side by side ("one
    soldier and two militants were killed": 1 and 2), whose sum is ``figure``: one claim of
    3, not two claims that compete."""

    figure: CasualtyFigure
    attribution: Attribution
    as_of: TimeSpan | None = None
    earlier: tuple[Claim, ...] = ()
    parts: tuple[Claim, ...] = ()

    @property
    def when(self) -> tuple[dt.date, dt.date] | None:
        """As of when the claim holds: its report's ``as_of`` span, else the day its source
        published it, else None (unknown)."""
        if self.as_of is not None:
            return (self.as_of.start, self.as_of.end)
        published = self.attribution.published
        return None if published is None else (published, published)


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
class Estimate(Plain):
    """What several reports say about one (outcome, group), reconciled.

    ``low`` / ``high``: the smallest / largest reported figure; ``best``: the median of the
    claims' lower reported figures (the lower middle one for an even count); ``conflict``:
    whether some two claims' counts are disjoint (:meth:`Count.disjoint`);
    ``high_unbounded``: whether some claim puts no upper bound on the truth ("over 300"), so
    that ``high`` is the largest *reported* figure, not a bound; ``claims``: every claim, in
    input order.

    ``subgroups``: the estimates of the subgroups the sources name inside this group ("three
    women" among eleven civilians), one per subgroup (its words, case-folded), each
    reconciled the same way from the subgroup figures alone and with its ``subgroup`` set.
    A subgroup figure lies inside its total, so it never enters its group's own figures.
    """

    outcome: Outcome
    group: str
    low: int
    best: int
    high: int
    conflict: bool
    high_unbounded: bool
    claims: tuple[Claim, ...]
    subgroup: str | None = None
    subgroups: tuple[Estimate, ...] = ()

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


def _summed(counts: list[Count]) -> Count:
    """The count of several counts of different people added up: exact when all are, "at
    least" / "more than" the sum of the lower bounds when one is open above, else the sums
    of the bounds (a range, or vague when one is vague).

    >>> _summed([Count.exact(1), Count.exact(2)])
    Count(low=3, high=3, qualifier=<CountQualifier.EXACT: 'exact'>, figure=3, text=None)
    >>> str(_summed([Count(low=12, high=None, qualifier="at_least", figure=12), Count.exact(3)]))
    '>=15'
    """
    qualifiers = {c.qualifier for c in counts}
    low = sum(c.low or 0 for c in counts)
    highs = [c.high for c in counts]
    high = None if None in highs else sum(h for h in highs if h is not None)
    figures = [c.figure for c in counts]
    figure = None if None in figures else sum(f for f in figures if f is not None)
    if qualifiers == {CountQualifier.EXACT}:
        return Count.exact(low)
    if high is None:
        more = CountQualifier.MORE_THAN in qualifiers
        qualifier = CountQualifier.MORE_THAN if more else CountQualifier.AT_LEAST
        return Count(low=low, high=None, qualifier=qualifier, figure=figure)
    if CountQualifier.VAGUE in qualifiers:
        return Count(low=low, high=high, qualifier=CountQualifier.VAGUE)
    if any(c.low is None for c in counts):
        return Count(low=None, high=high, qualifier=CountQualifier.APPROXIMATELY, figure=figure)
    return Count(low=low, high=high, qualifier=CountQualifier.RANGE, figure=figure)


def _statements(claims: list[Claim]) -> list[Claim]:
    """One claim per statement: claims of one attribution (the same source, quote and
    publication) and one as-of time for one key are figures the source gives side by side
    in one statement ("one soldier and two militants were killed", "killed a man and
    beheaded another") -- different people, added up into one claim holding them as
    ``parts`` -- not competing claims of one toll.  (A toll the same source restates or
    updates is marked ``superseded`` by the extractor and never reaches here.)"""
    by_statement: dict[tuple[Attribution, TimeSpan | None], list[int]] = {}
    for i, c in enumerate(claims):
        by_statement.setdefault((c.attribution, c.as_of), []).append(i)
    if len(by_statement) == len(claims):
        return claims
    out: list[Claim] = []
    for indices in by_statement.values():
        if len(indices) == 1:
            out.append(claims[indices[0]])
            continue
        parts = tuple(claims[i] for i in indices)
        first = parts[0].figure
        count = _summed([p.figure.count for p in parts])
        out.append(
            Claim(
                figure=CasualtyFigure(outcome=first.outcome, group=first.group, count=count)
                if first.subgroup is None
                else attrs.evolve(first, count=count),  # (a subgroup needs its part_of)
                attribution=parts[0].attribution,
                as_of=parts[0].as_of,
                parts=parts,
            )
        )
    return out


def _series(claims: list[Claim]) -> list[Claim]:
    """The current claims: of the claims one source (an actor id) makes at several times, those
    at its latest time, the first of them holding the earlier ones (``Claim.earlier``).

    A source known only by its name ("officials", "the article") cannot be told apart from
    another of the same name, and a claim of unknown time cannot be placed in a series:
    either stays a claim of its own."""
    by_source: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        if c.attribution.source is not None and c.when is not None:
            by_source.setdefault(c.attribution.source, []).append(i)
    nested: dict[int, tuple[Claim, ...]] = {}
    replaced: set[int] = set()
    for indices in by_source.values():
        if len(indices) < 2:
            continue
        order = {i: (claims[i].when[1], claims[i].when[0]) for i in indices}  # type: ignore[index]
        latest = max(order.values())
        earlier = sorted((i for i in indices if order[i] < latest), key=lambda i: (order[i], i))
        if earlier:
            current = next(i for i in indices if order[i] == latest)
            nested[current] = tuple(claims[i] for i in earlier)
            replaced.update(earlier)
    if not nested:
        return claims
    return [
        attrs.evolve(c, earlier=nested[i]) if i in nested else c
        for i, c in enumerate(claims)
        if i not in replaced
    ]


def _conflict(claims: list[Claim]) -> bool:
    """Whether two claims of the same as-of time (or of an unknown one) are disjoint.

    Claims of different times do not conflict: a toll given on Monday and a higher one on
    Friday is a toll that rose.  Per time, some two counts are disjoint iff the smallest
    upper bound lies below the largest lower bound (a Count's own high is never below its
    low) -- linear, not quadratic."""
    bounds: dict[tuple[dt.date, dt.date] | None, tuple[int | None, int]] = {}
    for c in claims:
        count = c.figure.count
        least_high, most_low = bounds.get(c.when, (None, 0))
        if count.high is not None and (least_high is None or count.high < least_high):
            least_high = count.high
        bounds[c.when] = (least_high, max(most_low, count.low or 0))
    unknown_high, unknown_low = bounds.pop(None, (None, 0))
    for least_high, most_low in bounds.values() or [(None, 0)]:
        highs = [h for h in (least_high, unknown_high) if h is not None]
        if highs and min(highs) < max(most_low, unknown_low):
            return True
    return False


def _estimate(
    outcome: Outcome, group: str, claims: list[Claim], subgroup: str | None = None
) -> Estimate:
    claims = _series(_statements(claims))
    ranges = [reported_range(c.figure.count) for c in claims]
    lows = sorted(r[0] for r in ranges)
    counts = [c.figure.count for c in claims]
    return Estimate(
        outcome=outcome,
        group=group,
        low=lows[0],
        best=lows[(len(lows) - 1) // 2],
        high=max(r[1] for r in ranges),
        conflict=_conflict(claims),
        high_unbounded=any(c.high is None for c in counts),
        claims=tuple(claims),
        subgroup=subgroup,
    )


def _subgroup_name(subgroup: str) -> str:
    """What subgroup figures are compared by: their words, case-folded, spaces collapsed."""
    return " ".join(subgroup.casefold().split())


@attrs.frozen(kw_only=True)
class Incident(Plain):
    """The scope figures are reconciled in, so that only figures of one incident are compared
    and unrelated wars never pool.

    ``country`` is the ISO code of the incident's place, else of the article (the country most
    of its engagements are placed in), else None.  ``kind`` is None for the overall tolls of
    the fighting in that country; for a figure given for one strike, shelling or bombing (a
    casualty report of an ``explosions_remote_violence`` engagement) it is that engagement's
    ACLED sub-event label, with its ``place`` and dates: that incident is reconciled only with
    other reports of the same sub-event, place and dates.

    >>> str(Incident(country="SY"))
    'overall tolls (SY)'
    >>> str(Incident(country="SY", kind="Shelling/artillery/missile attack", place="Binnish",
    ...              start=dt.date(2024, 11, 25), end=dt.date(2024, 11, 25)))
    'Shelling/artillery/missile attack at Binnish, 2024-11-25 (SY)'
    """

    country: str | None = None
    kind: str | None = None
    place: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def __str__(self) -> str:
        where = f" ({self.country})" if self.country else " (country unknown)"
        if self.kind is None:
            return f"{OVERALL}{where}"
        dates = ""
        if self.start is not None and self.end is not None:
            dates = self.start.isoformat()
            if self.end != self.start:
                dates += f"..{self.end.isoformat()}"
        place = self.place if self.place is not None else "an unnamed place"
        return f"{self.kind} at {place}{', ' + dates if dates else ''}{where}"


#: What an :class:`Incident` without a ``kind`` reconciles: the overall tolls of the fighting.
OVERALL = "overall tolls"


def _main_country(report: ArticleReport) -> str | None:
    counts: dict[str, int] = {}
    for e in report.engagements:
        if e.location is not None and e.location.country:
            counts[e.location.country] = counts.get(e.location.country, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None  # ties: the first named


def _incidents(reports: Iterable[object]) -> dict[Incident, list[CasualtyReport]]:
    overall: dict[Incident, list[CasualtyReport]] = {}
    incidents: dict[Incident, list[CasualtyReport]] = {}
    problems: list[Problem] = []
    for i, report in enumerate(reports):
        if not (hasattr(report, "engagements") and hasattr(report, "casualties")):
            problems.append(
                Problem(f"$[{i}]", f"must be an ArticleReport (by='incident'), got {report!r:.80}")
            )
            continue
        article = cast("ArticleReport", report)
        country = _main_country(article)
        scope_of: dict[int, Incident] = {}
        for e in article.engagements:
            if e.event_type is not EventType.EXPLOSIONS_REMOTE_VIOLENCE:
                continue
            loc = e.location
            incident = Incident(
                country=loc.country if loc is not None and loc.country else country,
                kind=(e.sub_event_type or e.event_type).acled_label,
                place=loc.name if loc is not None else None,
                start=e.when.start,
                end=e.when.end,
            )
            for casualty in e.casualties:
                scope_of[id(casualty)] = incident
        for casualty in article.casualties:
            scope = scope_of.get(id(casualty))
            if scope is None:
                overall.setdefault(Incident(country=country), []).append(casualty)
            else:
                incidents.setdefault(scope, []).append(casualty)
    if problems:
        raise ValidationError(problems, "reports")
    return {**overall, **incidents}


@overload
def reconcile(
    reports: Iterable[CasualtyReport], *, by: None = None
) -> dict[tuple[Outcome, str], Estimate]: ...


@overload
def reconcile(
    reports: Iterable[ArticleReport], *, by: Literal["incident"]
) -> dict[Incident, dict[tuple[Outcome, str], Estimate]]: ...


def reconcile(
    reports: Iterable[CasualtyReport] | Iterable[ArticleReport],
    *,
    by: Literal["incident"] | None = None,
) -> dict[tuple[Outcome, str], Estimate] | dict[Incident, dict[tuple[Outcome, str], Estimate]]:
    """One :class:`Estimate` per (outcome, group) that any report gives a figure for.

    The dict is ordered by first appearance in ``reports``; every current figure of every
    report is in exactly one claim of exactly one estimate (or among one claim's ``parts``:
    figures one statement gives side by side for one key -- an equal attribution and
    ``as_of`` -- add up into one claim, docs/reconcile.md).  Figures marked ``background``
    (their time scope is not the reported event) or ``superseded`` (a later figure of the same
    source replaced them) never enter an estimate.  One source's figures for a key given at
    different times (153, then 412, then 910) are one claim that grew: the latest is the
    claim, the earlier ones its ``earlier`` -- not a conflict.  Claims conflict only when
    they hold for the same as-of time (docs/reconcile.md).  Anything other than a
    :class:`CasualtyReport` raises :class:`~conflict_events.ValidationError` with its position.

    A subgroup figure ("eleven civilians, including three women": the 3 women) lies inside
    its total and never enters its group's estimate; the subgroup figures of a group are
    reconciled apart, per subgroup, into the group estimate's ``subgroups``.  A subgroup
    figure whose total is background or superseded is left out with it.

    ``by="incident"`` takes :class:`~conflict_events.ArticleReport` s and reconciles each
    :class:`Incident` apart -- the overall tolls of each country, and each strike, shelling
    or bombing with its reports -- returning the estimates per incident.

    >>> from conflict_events import Attribution, CasualtyFigure, CasualtyReport, Count
    >>> def report(source, count, published=None):
    ...     return CasualtyReport(
    ...         figures=[CasualtyFigure(outcome="killed", group="total", count=count)],
    ...         attribution=Attribution(source=source, published=published))
    >>> est = reconcile([
    ...     report("actor:sohr", Count(low=300, high=None, qualifier="more_than", figure=300)),
    ...     report("actor:sana", Count.exact(240)),
    ...     report("actor:afp", Count.exact(280)),
    ... ])[(Outcome.KILLED, "total")]
    >>> (est.low, est.best, est.high, est.conflict, est.high_unbounded)
    (240, 280, 300, True, True)
    >>> rising = reconcile([report("actor:sohr", Count.exact(n), dt.date(2024, 11, d))
    ...                     for n, d in ((153, 1), (412, 2), (910, 3))])[(Outcome.KILLED, "total")]
    >>> (rising.low, rising.high, rising.conflict, [c.figure.count.low for c in rising.claims[0].earlier])
    (910, 910, False, [153, 412])
    >>> war = CasualtyReport(figures=[CasualtyFigure(outcome="killed", group="total",
    ...     count=Count.exact(500000), background=True)], attribution=Attribution(source="actor:sohr"))
    >>> reconcile([war])
    {}
    >>> def women(total, part, source):
    ...     return CasualtyReport(figures=[
    ...         CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(total)),
    ...         CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(part),
    ...                        part_of=0, subgroup="women")], attribution=Attribution(source=source))
    >>> est = reconcile([women(11, 3, "actor:a"), women(12, 4, "actor:b")])
    >>> [(e.low, e.high, [(s.subgroup, s.low, s.high) for s in e.subgroups]) for e in est.values()]
    [(11, 12, [('women', 3, 4)])]
    """
    if by == "incident":
        return {incident: reconcile(found) for incident, found in _incidents(reports).items()}
    if by is not None:
        raise ValueError(f"by must be None or 'incident', got {by!r}")
    grouped: dict[tuple[Outcome, str], list[Claim]] = {}
    subgrouped: dict[tuple[tuple[Outcome, str], str], list[Claim]] = {}
    problems: list[Problem] = []
    for i, report in enumerate(reports):
        if not isinstance(report, CasualtyReport):
            problems.append(Problem(f"$[{i}]", _not_a_report(report)))
            continue
        for figure in report.figures:
            if figure.background or figure.superseded:
                continue
            claim = Claim(figure=figure, attribution=report.attribution, as_of=report.as_of)
            if figure.subgroup is None:
                grouped.setdefault(figure.key, []).append(claim)
                continue
            # (the model's rule: a subgroup is part_of a total of its key)
            total = figure if figure.part_of is None else report.figures[figure.part_of]
            if not (total.background or total.superseded):
                name = _subgroup_name(figure.subgroup)
                subgrouped.setdefault((figure.key, name), []).append(claim)
    if problems:
        raise ValidationError(problems, "reports")
    estimates = {key: _estimate(key[0], key[1], claims) for key, claims in grouped.items()}
    if subgrouped:
        subgroups: dict[tuple[Outcome, str], list[Estimate]] = {}
        for (key, _), claims in subgrouped.items():
            sub = _estimate(key[0], key[1], claims, claims[0].figure.subgroup)
            subgroups.setdefault(key, []).append(sub)
        for key, found in subgroups.items():
            # (a current subgroup's total is a current figure of the same key: the model's rule)
            estimates[key] = attrs.evolve(estimates[key], subgroups=tuple(found))
    return estimates


def _not_a_report(value: object) -> str:
    """What is wrong with a value given as a casualty report, quoting it briefly."""
    name = type(value).__name__
    if name == "ArticleReport":
        return (
            "must be a CasualtyReport, got an ArticleReport: pass its .casualties, or by='incident'"
        )
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return f"must be a CasualtyReport, got {name} {shown}"
