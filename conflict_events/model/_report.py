"""Attribution, CasualtyFigure and CasualtyReport: who says what, with which figures."""

from __future__ import annotations

import datetime as dt

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import (
    Check,
    Relation,
    Rule,
    Rules,
    Step,
    boolean,
    date,
    duplicates,
    identifier,
    instance,
    integer,
    items,
    member,
    string,
    to_tuple,
)
from conflict_events.model._count import Count
from conflict_events.model._plain import Plain
from conflict_events.model._time import TimeSpan
from conflict_events.model._trusted import trusted_constructor
from conflict_events.model._vocab import CasualtyGroup, ClaimKind, Outcome, Verification

__all__ = ["Attribution", "CasualtyFigure", "CasualtyReport"]

_GROUPS = frozenset(g.value for g in CasualtyGroup)


@attrs.frozen(kw_only=True)
class Attribution(Plain):
    """Who says so, and how sure anyone can be.

    ``source`` is the id of the actor that says it (a monitor, an outlet, a government);
    ``source_name`` is the source as the text names it ("an AFP correspondent", "activists").
    At least one is given.

    >>> Attribution(source="actor:sohr", claim="reported").verification
    <Verification.UNVERIFIED: 'unverified'>
    """

    source: str | None = None
    source_name: str | None = None
    claim: ClaimKind = attrs.field(default=ClaimKind.REPORTED, converter=_converters.claim_kind)
    verification: Verification = attrs.field(
        default=Verification.UNVERIFIED, converter=_converters.verification
    )
    quote: str | None = None
    published: dt.date | None = None
    url: str | None = None

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _attribution_valid(self):
            _ATTRIBUTION_RULES.raise_problems(self)

    def __str__(self) -> str:
        """Who says so, and how: ``SOHR [actor:sohr] (reported)``.

        >>> str(Attribution(source_name="rescuers", claim="claimed"))
        'rescuers (claimed)'
        """
        return _display.attribution_text(self)


_ATTRIBUTION_RULES = Rules(
    Attribution,
    {
        "source": identifier(optional=True),
        "source_name": string(optional=True),
        "claim": member(ClaimKind),
        "verification": member(Verification),
        "quote": string(optional=True),
        "published": date(optional=True),
        "url": string(
            optional=True,
            then=Step(
                '_v.startswith(("http://", "https://")) and " " not in _v',
                lambda v: f"must be an http(s) URL, got {v!r}",
            ),
        ),
    },
    [
        Check(
            (),
            "{source} is not None or {source_name} is not None",
            "source",
            lambda a: "an attribution needs a source id or a source_name",
        )
    ],
)
_attribution_valid = _ATTRIBUTION_RULES.valid


@attrs.frozen(kw_only=True)
class CasualtyFigure(Plain):
    """One figure: how many people of ``group`` met ``outcome``.

    ``part_of`` is the index, within the same :class:`CasualtyReport`'s ``figures``, of the
    total this figure is a part of ("nine people, including two policemen": the two point at
    the nine); a part is never added to its total, and a total is never replaced by its parts.
    ``superseded`` marks a figure that a later figure of the same outcome, group and scope from
    the same source replaced ("the toll rose to 13" after "ten were killed"): it is kept, but
    never enters an estimate.  ``background`` marks a figure whose time scope is not the
    reported event (a war's toll "since 2011", an attack "last week"); its report's ``as_of``
    says when it holds, and it never enters the incident's estimate.

    ``subgroup`` is set on a part of its own group's total: the part's own words for who they
    were, as the text gives them, lower-cased ("eleven civilians, including three women":
    civilians 11, and civilians 3 with ``subgroup="women"`` and ``part_of`` the 11).  Only a
    part has one (``part_of`` is required with it), and the total it is part of is of the
    same outcome and group.  A subgroup figure lies inside its total: it is never added to
    its group's figures (:func:`~conflict_events.reconcile` gives it an estimate of its own
    within its group's, docs/casualties-and-claims.md).

    >>> CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(28)).group
    'civilians'
    >>> CasualtyFigure(outcome="killed", group="combatants", count=Count.exact(2), part_of=0)
    CasualtyFigure(outcome=<Outcome.KILLED: 'killed'>, group='combatants', count=Count(low=2, \
high=2, qualifier=<CountQualifier.EXACT: 'exact'>, figure=2, text=None), part_of=0, \
subgroup=None, superseded=False, background=False)
    >>> str(CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(3),
    ...                    part_of=0, subgroup="women"))
    'killed / civilians (women): 3'
    """

    outcome: Outcome = attrs.field(converter=_converters.outcome)
    group: str
    count: Count
    part_of: int | None = None
    subgroup: str | None = None
    superseded: bool = False
    background: bool = False

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _figure_valid(self):
            _FIGURE_RULES.raise_problems(self)

    def __str__(self) -> str:
        """``killed / civilians: 28``.

        >>> str(CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(28)))
        'killed / civilians: 28'
        """
        return _display.figure_text(self)

    @property
    def key(self) -> tuple[Outcome, str]:
        """(outcome, group): what :func:`~conflict_events.reconcile` estimates."""
        return (self.outcome, self.group)

    @property
    def report_key(self) -> tuple[Outcome, str, str | None]:
        """(outcome, group, subgroup): a report holds one current figure per report key.

        >>> f = CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(3),
        ...                    part_of=0, subgroup="women")
        >>> f.report_key
        (<Outcome.KILLED: 'killed'>, 'civilians', 'women')
        """
        return (self.outcome, self.group, self.subgroup)


_FIGURE_RULES = Rules(
    CasualtyFigure,
    {
        "outcome": member(Outcome),
        "group": Rule(
            (
                Step(
                    "isinstance(_v, str) and (_v in _GROUPS or _ID(_v) is not None)",
                    lambda v: (
                        "must be 'total', 'civilians', 'combatants' or an actor / faction "
                        f"id, got {v!r}"
                    ),
                    {"_GROUPS": _GROUPS},
                ),
            )
        ),
        "count": instance(Count),
        "part_of": integer(optional=True, lo=0),
        "subgroup": string(optional=True),
        "superseded": boolean(),
        "background": boolean(),
    },
    [
        Check(
            ("subgroup", "part_of"),
            "{subgroup} is None or {part_of} is not None",
            "subgroup",
            lambda f: (
                f"a subgroup ({f.subgroup!r}) is a part of its group's total: "
                "part_of must give that total's index"
            ),
        )
    ],
)
_figure_valid = _FIGURE_RULES.valid


@attrs.frozen(kw_only=True)
class CasualtyReport(Plain):
    """One source's figures for one scope, as of a time.  Every report is attributed.

    A report holds at most one current figure per (outcome, group, subgroup) (superseded
    figures aside); a total and its breakdown are separate figures ("over 300 killed,
    including 28 civilians"), each part pointing at its total with ``part_of``: an index of
    this report's figures, of a figure of the same outcome that is itself no part.  A part of
    its own group ("eleven civilians, including three women") carries a ``subgroup`` and
    points at a total of that group.
    """

    figures: tuple[CasualtyFigure, ...] = attrs.field(converter=to_tuple)
    attribution: Attribution
    as_of: TimeSpan | None = None

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _report_valid(self):
            _REPORT_RULES.raise_problems(self)

    @classmethod
    def trusted(
        cls, *, figures: tuple[CasualtyFigure, ...], attribution: Attribution
    ) -> CasualtyReport:
        """A report from parts the caller has already made valid (a non-empty tuple of
        checked figures with distinct (outcome, group, subgroup) keeping the ``part_of``
        rules, a checked attribution; ``as_of``
        None), without the converter and checks.  Internal: for the extractor's grouping;
        equal to the validated constructor's result (the tests compare them).

        >>> f = CasualtyFigure(outcome="killed", group="total", count=Count.exact(3))
        >>> a = Attribution(source_name="the article")
        >>> CasualtyReport.trusted(figures=(f,), attribution=a) == CasualtyReport(
        ...     figures=(f,), attribution=a)
        True
        """
        made: CasualtyReport = _trusted_report(figures=figures, attribution=attribution)
        return made

    def __str__(self) -> str:
        """The figures, then who gives them.

        >>> f = CasualtyFigure(outcome="killed", group="total", count=Count.exact(3))
        >>> str(CasualtyReport(figures=[f], attribution=Attribution(source_name="medics")))
        'killed / total: 3, per medics (reported)'
        """
        return _display.report_text(self)

    def _repr_html_(self) -> str:
        """Jupyter: a one-row table (:func:`_display.casualty_reports_html`)."""
        return _display.casualty_reports_html([self])

    def figure(
        self, outcome: Outcome | str, group: str = "total", subgroup: str | None = None
    ) -> CasualtyFigure | None:
        """The figure for ``outcome`` and ``group`` (the group's own, not a subgroup's unless
        ``subgroup`` names it), if the report gives one.

        >>> total = CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(11))
        >>> women = CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(3),
        ...                        part_of=1, subgroup="women")
        >>> r = CasualtyReport(figures=[women, total], attribution=Attribution(source_name="x"))
        >>> r.figure("killed", "civilians").count.low, r.figure("killed", "civilians", "women").count.low
        (11, 3)
        """
        for f in self.figures:
            if f.outcome == outcome and f.group == group and f.subgroup == subgroup:
                return f
        return None


def _distinct_figures(r: CasualtyReport) -> list[tuple[str, str]] | tuple[()]:
    figures = r.figures
    if not figures:
        return [("figures", "a casualty report needs at least one figure")]
    if len(figures) == 1:
        if figures[0].part_of is not None:
            return [("figures", "figure 0 is part_of a figure the report does not hold")]
        return ()
    found = [
        ("figures", f"has two figures for {d[0].value} / {d[1]}{_of_subgroup(d[2])}")
        for d in duplicates(f.report_key for f in figures if not f.superseded)
    ]
    for i, f in enumerate(figures):
        if f.part_of is None:
            continue
        total = figures[f.part_of] if f.part_of < len(figures) else None
        if total is None or f.part_of == i:
            found.append(("figures", f"figure {i} is part_of {f.part_of}, no other figure"))
        elif total.part_of is not None or total.outcome is not f.outcome:
            found.append(
                (
                    "figures",
                    f"figure {i} is part_of {f.part_of}, which is a part or of another outcome",
                )
            )
        elif f.subgroup is not None and total.group != f.group:
            found.append(
                (
                    "figures",
                    f"figure {i} is a subgroup ({f.subgroup!r}) of {f.group} but part_of "
                    f"{f.part_of}, a figure of {total.group}: a subgroup is a part of its own "
                    "group's total",
                )
            )
    return found or ()


def _of_subgroup(subgroup: str | None) -> str:
    return "" if subgroup is None else f" ({subgroup})"


_REPORT_RULES = Rules(
    CasualtyReport,
    {
        "figures": items(CasualtyFigure),
        "attribution": instance(Attribution),
        "as_of": instance(TimeSpan, optional=True),
    },
    [
        Relation(
            ("figures",),
            _distinct_figures,
            when="len({figures}) != 1 or {figures}[0].part_of is not None",
        )
    ],
)
_report_valid = _REPORT_RULES.valid
_trusted_report = trusted_constructor(CasualtyReport)
