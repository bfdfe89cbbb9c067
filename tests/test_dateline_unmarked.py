"""A wire dateline whose bracketed outlet is followed by the lead with no dash, the style of
India's agencies ("Imphal, Sep 16 (PTI) The death toll …"); a lower-case word after the
brackets is no lead, so no dateline is read there."""

from __future__ import annotations

import pytest

from conflict_events.extract._dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place", "outlet", "month", "day"),
    [
        ("Guwahati, Oct 3 (PTI) Two policemen were injured on Friday.", "Guwahati", "PTI", 10, 3),
        ("Srinagar, Mar 21 (IANS) A soldier was killed in Kupwara.", "Srinagar", "IANS", 3, 21),
    ],
)
def test_an_outlet_in_brackets_then_the_lead(
    text: str, place: str, outlet: str, month: int, day: int
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.outlet, found.month, found.day) == (place, outlet, month, day)


def test_a_lower_case_word_after_the_brackets_is_no_lead() -> None:
    assert find_dateline("Guwahati, Oct 3 (local time) two policemen were injured.") is None
