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
    date,
    duplicates,
    identifier,
    instance,
    items,
    member,
    string,
    to_tuple,
)
from conflict_events.model._count import Count
from conflict_events.model._time import TimeSpan
from conflict_events.model._trusted import trusted_constructor
from conflict_events.model._vocab import CasualtyGroup, ClaimKind, Outcome, Verification

__all__ = ["Attribution", "CasualtyFigure", "CasualtyReport"]

_GROUPS = frozenset(g.value for g in CasualtyGroup)


@attrs.frozen(kw_only=True)
class Attribution:
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
class CasualtyFigure:
    """One figure: how many people of ``group`` met ``outcome``.

    >>> CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(28)).group
    'civilians'
    """

    outcome: Outcome = attrs.field(converter=_converters.outcome)
    group: str
    count: Count

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
        return (self.outcome, self.group)


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
    },
)
_figure_valid = _FIGURE_RULES.valid


@attrs.frozen(kw_only=True)
class CasualtyReport:
    """One source's figures for one scope, as of a time.  Every report is attributed.

    A report holds at most one figure per (outcome, group); a total and its breakdown are
    separate figures ("over 300 killed, including 28 civilians").
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
        checked figures with distinct (outcome, group), a checked attribution; ``as_of``
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

    def figure(self, outcome: Outcome | str, group: str = "total") -> CasualtyFigure | None:
        """The figure for ``outcome`` and ``group``, if the report gives one."""
        for f in self.figures:
            if f.outcome == outcome and f.group == group:
                return f
        return None


def _distinct_figures(r: CasualtyReport) -> list[tuple[str, str]] | tuple[()]:
    figures = r.figures
    if not figures:
        return [("figures", "a casualty report needs at least one figure")]
    if len(figures) == 1:
        return ()
    return [
        ("figures", f"has two figures for {d[0].value} / {d[1]}")
        for d in duplicates(f.key for f in figures)
    ] or ()


_REPORT_RULES = Rules(
    CasualtyReport,
    {
        "figures": items(CasualtyFigure),
        "attribution": instance(Attribution),
        "as_of": instance(TimeSpan, optional=True),
    },
    [Relation(("figures",), _distinct_figures, when="len({figures}) != 1")],
)
_report_valid = _REPORT_RULES.valid
_trusted_report = trusted_constructor(CasualtyReport)
