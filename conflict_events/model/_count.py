"""Count: a number as a report gives it, with the bounds it implies."""

from __future__ import annotations

import attrs

from conflict_events.model import _converters, _display
from conflict_events.model._checks import Check, Relation, Rules, integer, member, string
from conflict_events.model._vocab import CountQualifier

__all__ = ["Count"]

Q = CountQualifier

#: The largest number a count holds: 2**53 - 1, the largest integer every JSON reader keeps
#: exactly (far above any toll or population).
MAX_COUNT = 2**53 - 1


@attrs.frozen(kw_only=True)
class Count:
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


def _shape(c: Count) -> list[tuple[str, str]] | tuple[()]:
    """The bounds the qualifier demands (see the class docstring)."""
    low, high, q = c.low, c.high, c.qualifier
    if q is Q.EXACT:
        if low is not None and low == high:
            return ()
        return [("high", f"an exact count has low == high, got low={low}, high={high}")]
    out: list[tuple[str, str]] = []
    if q is Q.AT_LEAST or q is Q.MORE_THAN or q is Q.VAGUE:
        if low is None:
            out.append(("low", f"a {q.value} count needs a low bound"))
        if q is not Q.VAGUE and high is not None:
            out.append(("high", f"a {q.value} count has no high bound, got {high}"))
    elif q is Q.AT_MOST:
        if high is None:
            out.append(("high", "an at_most count needs a high bound"))
        if low is not None:
            out.append(("low", f"an at_most count has no low bound, got {low}"))
    elif q is Q.APPROXIMATELY:
        if low is None and high is None:
            out.append(("low", "an approximately count needs at least one bound"))
    elif q is Q.RANGE and (low is None or high is None):
        out.append(("low" if low is None else "high", "a range count needs both bounds"))
    return out or ()


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
        Relation(("qualifier",), _shape),
    ],
)
_count_valid = _RULES.valid
