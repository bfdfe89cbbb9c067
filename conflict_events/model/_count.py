"""Count: a number as a report gives it, with the bounds it implies."""

from __future__ import annotations

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import Check, Rules, integer, member, string
from conflict_events.model._plain import Plain
from conflict_events.model._vocab import CountQualifier

__all__ = ["Count"]

Q = CountQualifier

#: The largest number a count holds: 2**53 - 1, the largest integer every JSON reader keeps
#: exactly (far above any toll or population).
MAX_COUNT = 2**53 - 1


@attrs.frozen(kw_only=True)
class Count(Plain):
    """A reported number: the bounds it implies, how it bounds the truth, and what was said.

    ``low`` / ``high`` bound the true number (``None`` = unbounded on that side); ``figure`` is
    the single number the report states, if it states one ("over 320" -> 320); ``text`` the
    words as written.  The qualifier fixes which bounds exist:

    ==============  ==========================================
    exact           low == high
    at_least        low set, high None   ("at least 20")
    more_than       low set, high None   ("over 320": low 320)
    at_most         high set, low None   ("up to 50")
    approximately   at least one bound   ("about 50"; "nearly a million": high only)
    range           low and high         ("between 10 and 15")
    vague           low set              ("dozens": 24..99)
    ==============  ==========================================

    ``figure`` is not forced inside the bounds: real data (UCDP GED releases) has best
    estimates outside low..high, and a count must be able to hold what was published.

    >>> Count.exact(4)
    Count(low=4, high=4, qualifier=<CountQualifier.EXACT: 'exact'>, figure=4, text=None)
    >>> Count(low=320, high=None, qualifier="more_than", figure=320).high is None
    True
    """

    low: int | None
    high: int | None
    qualifier: CountQualifier = attrs.field(converter=_converters.count_qualifier)
    figure: int | None = None
    text: str | None = None

    # IPython and Hypothesis print the call that rebuilds the value (model/_display.py).
    _repr_pretty_ = _display.pretty

    def __attrs_post_init__(self) -> None:
        if not _count_valid(self):
            _RULES.raise_problems(self)

    def __str__(self) -> str:
        """As a reader writes it: ``>=37``, ``12``, ``10-15``, ``~1000000``, ``24-99 (vague)``.

        >>> str(Count(low=37, high=None, qualifier="at_least"))
        '>=37'
        """
        return _display.count_text(self)

    @classmethod
    def exact(cls, n: int, *, text: str | None = None) -> Count:
        return cls(low=n, high=n, qualifier=Q.EXACT, figure=n, text=text)

    @property
    def is_bounded(self) -> bool:
        return self.high is not None

    def contains(self, n: int) -> bool:
        """Whether ``n`` lies within the bounds (a missing low bound is 0)."""
        return (self.low or 0) <= n and (self.high is None or n <= self.high)

    def disjoint(self, other: Count) -> bool:
        """Whether no number satisfies both counts."""
        a_lo, b_lo = self.low or 0, other.low or 0
        return (self.high is not None and self.high < b_lo) or (
            other.high is not None and other.high < a_lo
        )


# The bounds each qualifier demands (see the class docstring), one test each, so that the
# constructor's cheap path tests them inline.
_QUALIFIERS = {f"_{q.name}": q for q in Q}
_SHAPES = [
    Check(
        ("qualifier",),
        "{qualifier} is not _EXACT or ({low} is not None and {low} == {high})",
        "high",
        lambda c: f"an exact count has low == high, got low={c.low}, high={c.high}",
        _QUALIFIERS,
    ),
    Check(
        ("qualifier",),
        "({qualifier} is not _AT_LEAST and {qualifier} is not _MORE_THAN"
        " and {qualifier} is not _VAGUE) or {low} is not None",
        "low",
        lambda c: f"a {c.qualifier.value} count needs a low bound",
    ),
    Check(
        ("qualifier",),
        "({qualifier} is not _AT_LEAST and {qualifier} is not _MORE_THAN) or {high} is None",
        "high",
        lambda c: f"a {c.qualifier.value} count has no high bound, got {c.high}",
    ),
    Check(
        ("qualifier",),
        "{qualifier} is not _AT_MOST or {high} is not None",
        "high",
        lambda c: "an at_most count needs a high bound",
    ),
    Check(
        ("qualifier",),
        "{qualifier} is not _AT_MOST or {low} is None",
        "low",
        lambda c: f"an at_most count has no low bound, got {c.low}",
    ),
    Check(
        ("qualifier",),
        "{qualifier} is not _APPROXIMATELY or {low} is not None or {high} is not None",
        "low",
        lambda c: "an approximately count needs at least one bound",
    ),
    Check(
        ("qualifier",),
        "{qualifier} is not _RANGE or {low} is not None",
        "low",
        lambda c: "a range count needs both bounds",
    ),
    Check(
        ("qualifier",),
        "{qualifier} is not _RANGE or {low} is None or {high} is not None",
        "high",
        lambda c: "a range count needs both bounds",
    ),
]

_RULES = Rules(
    Count,
    {
        "low": integer(optional=True, lo=0, hi=MAX_COUNT),
        "high": integer(optional=True, lo=0, hi=MAX_COUNT),
        "qualifier": member(CountQualifier),
        "figure": integer(optional=True, lo=0, hi=MAX_COUNT),
        "text": string(optional=True, nonempty=False),
    },
    [
        Check(
            ("low", "high"),
            "{low} is None or {high} is None or {low} <= {high}",
            "high",
            lambda c: f"must be >= low ({c.low}), got {c.high}",
        ),
        *_SHAPES,
    ],
)
_count_valid = _RULES.valid
