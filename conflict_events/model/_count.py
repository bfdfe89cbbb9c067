"""Count: a number as a report gives it, with the bounds it implies."""

from __future__ import annotations

import attrs

from conflict_events.model import _converters
from conflict_events.model._checks import Problems, check_enum, check_int, check_str
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

    def __attrs_post_init__(self) -> None:
        if _count_ok(self):
            return
        p = Problems()
        lo_ok = check_int(p, "low", self.low, optional=True, lo=0, hi=MAX_COUNT)
        hi_ok = check_int(p, "high", self.high, optional=True, lo=0, hi=MAX_COUNT)
        check_int(p, "figure", self.figure, optional=True, lo=0, hi=MAX_COUNT)
        check_enum(p, "qualifier", self.qualifier, CountQualifier)
        check_str(p, "text", self.text, optional=True, nonempty=False)
        low, high, q = self.low, self.high, self.qualifier
        if lo_ok and hi_ok and low is not None and high is not None and low > high:
            p.add("high", f"must be >= low ({low}), got {high}")
        if q is Q.EXACT:
            if low is None or high is None or low != high:
                p.add("high", f"an exact count has low == high, got low={low}, high={high}")
        elif q in (Q.AT_LEAST, Q.MORE_THAN, Q.VAGUE):
            if low is None:
                p.add("low", f"a {q.value} count needs a low bound")
            if q is not Q.VAGUE and high is not None:
                p.add("high", f"a {q.value} count has no high bound, got {high}")
        elif q is Q.AT_MOST:
            if high is None:
                p.add("high", "an at_most count needs a high bound")
            if low is not None:
                p.add("low", f"an at_most count has no low bound, got {low}")
        elif q is Q.APPROXIMATELY:
            if low is None and high is None:
                p.add("low", "an approximately count needs at least one bound")
        elif q is Q.RANGE and (low is None or high is None):
            p.add("low" if low is None else "high", "a range count needs both bounds")
        p.raise_if_any(self)

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


def _count_ok(c: Count) -> bool:
    """The valid case, checked cheaply; False sends the instance to the full checks."""
    low, high, q, fig = c.low, c.high, c.qualifier, c.figure
    if not (
        (low is None or (type(low) is int and 0 <= low <= MAX_COUNT))
        and (high is None or (type(high) is int and 0 <= high <= MAX_COUNT))
        and (fig is None or (type(fig) is int and 0 <= fig <= MAX_COUNT))
        and (c.text is None or type(c.text) is str)
    ):
        return False
    if low is not None and high is not None and low > high:
        return False
    if q is Q.EXACT:
        return low is not None and low == high
    if q is Q.AT_LEAST or q is Q.MORE_THAN:
        return low is not None and high is None
    if q is Q.VAGUE:
        return low is not None
    if q is Q.AT_MOST:
        return high is not None and low is None
    if q is Q.APPROXIMATELY:
        return low is not None or high is not None
    if q is Q.RANGE:
        return low is not None and high is not None
    return False
