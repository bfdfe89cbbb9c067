"""Attribution, CasualtyFigure and CasualtyReport: who says what, with which figures."""

from __future__ import annotations

import datetime as dt

import attrs

from conflict_events.model import _converters
from conflict_events.model._checks import (
    ID_RE,
    Problems,
    check_date,
    check_enum,
    check_id,
    check_instance,
    check_items,
    check_str,
    duplicates,
    to_tuple,
    trusted,
)
from conflict_events.model._count import Count
from conflict_events.model._time import TimeSpan
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

    def __attrs_post_init__(self) -> None:
        src, name, quote = self.source, self.source_name, self.quote
        if (
            (src is not None or name is not None)
            and (src is None or (type(src) is str and ID_RE.fullmatch(src) is not None))
            and (name is None or (type(name) is str and bool(name.strip())))
            and type(self.claim) is ClaimKind
            and type(self.verification) is Verification
            and (quote is None or (type(quote) is str and bool(quote.strip())))
            and (self.published is None or type(self.published) is dt.date)
            and self.url is None
        ):
            return  # the common valid case; URLs and anything odd get the full checks
        p = Problems()
        check_id(p, "source", self.source, optional=True)
        check_str(p, "source_name", self.source_name, optional=True)
        if self.source is None and self.source_name is None:
            p.add("source", "an attribution needs a source id or a source_name")
        check_enum(p, "claim", self.claim, ClaimKind)
        check_enum(p, "verification", self.verification, Verification)
        check_str(p, "quote", self.quote, optional=True)
        check_date(p, "published", self.published, optional=True)
        if check_str(p, "url", self.url, optional=True) and not (
            self.url.startswith(("http://", "https://"))  # type: ignore[union-attr]
            and " " not in self.url  # type: ignore[operator]
        ):
            p.add("url", f"must be an http(s) URL, got {self.url!r}")
        p.raise_if_any(self)


def _check_group(p: Problems, field: str, value: object) -> None:
    if not isinstance(value, str) or not (value in _GROUPS or ID_RE.fullmatch(value)):
        p.add(
            field,
            f"must be 'total', 'civilians', 'combatants' or an actor / faction id, got {value!r}",
        )


@attrs.frozen(kw_only=True)
class CasualtyFigure:
    """One figure: how many people of ``group`` met ``outcome``.

    >>> CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(28)).group
    'civilians'
    """

    outcome: Outcome = attrs.field(converter=_converters.outcome)
    group: str
    count: Count

    def __attrs_post_init__(self) -> None:
        g = self.group
        if (
            type(self.outcome) is Outcome
            and type(g) is str
            and (g in _GROUPS or ID_RE.fullmatch(g) is not None)
            and type(self.count) is Count
        ):
            return
        p = Problems()
        check_enum(p, "outcome", self.outcome, Outcome)
        _check_group(p, "group", self.group)
        check_instance(p, "count", self.count, Count)
        p.raise_if_any(self)

    @property
    def key(self) -> tuple[Outcome, str]:
        return (self.outcome, self.group)


@attrs.frozen(kw_only=True)
class CasualtyReport:
    """One source's figures for one scope, as of a time.  Every report is attributed.

    A report holds at most one figure per (outcome, group); a total and its breakdown are
    separate figures ("over 300 killed, including 28 civilians").
    """

    figures: tuple[CasualtyFigure, ...] = attrs.field(converter=to_tuple)
    attribution: Attribution
    as_of: TimeSpan | None = None

    def __attrs_post_init__(self) -> None:
        figs = self.figures
        if (
            type(figs) is tuple
            and figs
            and all(type(f) is CasualtyFigure for f in figs)
            and len({(f.outcome, f.group) for f in figs}) == len(figs)
            and type(self.attribution) is Attribution
            and (self.as_of is None or type(self.as_of) is TimeSpan)
        ):
            return
        p = Problems()
        if check_items(p, "figures", self.figures, CasualtyFigure):
            if not self.figures:
                p.add("figures", "a casualty report needs at least one figure")
            for d in duplicates(f.key for f in self.figures):
                p.add("figures", f"has two figures for {d[0].value} / {d[1]}")
        check_instance(p, "attribution", self.attribution, Attribution)
        check_instance(p, "as_of", self.as_of, TimeSpan, optional=True)
        p.raise_if_any(self)

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
        return trusted(cls, figures=figures, attribution=attribution, as_of=None)

    def figure(self, outcome: Outcome | str, group: str = "total") -> CasualtyFigure | None:
        """The figure for ``outcome`` and ``group``, if the report gives one."""
        for f in self.figures:
            if f.outcome == outcome and f.group == group:
                return f
        return None
