"""Updates (DESIGN §10): within one article a running toll replaces the same source's earlier
figure (kept, marked superseded); across articles one source's rising toll is one claim that
grew; sources are compared for the same incident and as-of time; wars never pool."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Outcome,
    ValidationError,
    extract_report,
    reconcile,
)
from conflict_events.resolve._reconcile import Incident

K = Outcome.KILLED
DAY = dt.date(2024, 11, 30)


def _figures(text: str) -> list[tuple[int | None, bool]]:
    r = extract_report(text, published=DAY)
    return [(f.count.low, f.superseded) for c in r.casualties for f in c.figures]


def test_a_running_toll_supersedes_the_same_sources_earlier_figure() -> None:
    text = (
        "Ten people were killed in the strike on Monday, the ministry said. "
        "The toll later rose to 13, the ministry added."
    )
    assert _figures(text) == [(10, True), (13, False)]
    r = extract_report(text, published=DAY)
    est = reconcile(r.casualties)[(K, "total")]
    assert (est.low, est.best, est.high) == (13, 13, 13)
    # Engagements hold the very reports the article gives.
    held = {id(c) for e in r.engagements for c in e.casualties}
    assert held <= {id(c) for c in r.casualties}


@pytest.mark.parametrize(
    "text",
    [
        # additions, not replacements
        "Ten people were killed on Monday, police said. Another 30 people were killed "
        "on Tuesday, police said.",
        "Ten people were killed on Monday, police said. The toll rose when two more people "
        "were killed, police said.",
        # a restatement without a toll, another source, one sentence's coordinated figures
        "Ten people were killed, police said. Twelve people were killed, police said.",
        "Ten people were killed, police said. The toll rose to 13, rescuers said.",
        "A farmer and six herders were killed in the clashes.",
    ],
)
def test_what_is_no_update_supersedes_nothing(text: str) -> None:
    found = _figures(text)
    assert len(found) >= 2
    assert not any(superseded for _, superseded in found)


def report(source: str, count: Count, published: dt.date | None = None) -> CasualtyReport:
    return CasualtyReport(
        figures=[CasualtyFigure(outcome=K, group="total", count=count)],
        attribution=Attribution(source=source, published=published),
    )


def test_one_sources_rising_toll_is_one_claim() -> None:
    days = [dt.date(2024, 11, d) for d in (1, 2, 3)]
    series = [
        report("actor:sohr", Count.exact(n), d) for n, d in zip((153, 412, 910), days, strict=True)
    ]
    est = reconcile(series)[(K, "total")]
    assert (est.low, est.best, est.high, est.conflict) == (910, 910, 910, False)
    [claim] = est.claims
    assert [c.figure.count.low for c in claim.earlier] == [153, 412]
    # In any input order.
    assert reconcile(series[::-1])[(K, "total")].claims[0].figure.count.low == 910


def test_sources_conflict_only_for_the_same_as_of_time() -> None:
    monday, friday = dt.date(2024, 11, 25), dt.date(2024, 11, 29)
    rose = reconcile(
        [report("actor:a", Count.exact(3), monday), report("actor:b", Count.exact(5), friday)]
    )
    assert (rose[(K, "total")].low, rose[(K, "total")].high, rose[(K, "total")].conflict) == (
        3,
        5,
        False,
    )
    clash = reconcile(
        [report("actor:a", Count.exact(3), friday), report("actor:b", Count.exact(5), friday)]
    )
    assert clash[(K, "total")].conflict
    # A claim of unknown time is compared with every other.
    unknown = reconcile(
        [report("actor:a", Count.exact(3), friday), report("actor:b", Count.exact(5))]
    )
    assert unknown[(K, "total")].conflict
    # A source known by name only is no series: "officials" may be anyone.
    named = [
        CasualtyReport(
            figures=[CasualtyFigure(outcome=K, group="total", count=Count.exact(n))],
            attribution=Attribution(source_name="officials", published=d),
        )
        for n, d in ((3, monday), (5, friday))
    ]
    assert len(reconcile(named)[(K, "total")].claims) == 2


def test_background_figures_never_enter_an_estimate() -> None:
    r = extract_report(
        "Shelling killed 12 people in Idlib on Friday. More than 500,000 people have been "
        "killed since 2011.",
        published=DAY,
    )
    background = [f for c in r.casualties for f in c.figures if f.background]
    assert [f.count.low for f in background] == [500_000]
    assert reconcile(r.casualties)[(K, "total")].high == 12


def test_by_incident_keeps_wars_and_incidents_apart() -> None:
    syria = extract_report(
        "Rebels attacked army positions in Saraqib on Thursday, killing 12 soldiers, the "
        "Syrian Observatory for Human Rights said.",
        published=DAY,
    )
    ukraine = extract_report(
        "Russian forces attacked Ukrainian positions near Pokrovsk on Thursday, killing 40 "
        "soldiers, the Syrian Observatory for Human Rights said.",
        published=DAY,
    )
    strike = extract_report(
        "An air strike on Binnish killed four civilians on Thursday, rescuers said.",
        published=DAY,
    )
    scopes = reconcile([syria, ukraine, strike], by="incident")
    countries = {incident.country for incident in scopes}
    assert {"SY", "UA"} <= countries
    for incident, estimates in scopes.items():
        claims = [c for est in estimates.values() for c in est.claims]
        # Each source's figure stays in its own country's scope.
        lows = {c.figure.count.low for c in claims}
        assert not {12, 40} <= lows, incident
    strikes = [i for i in scopes if i.kind is not None]
    assert [str(i) for i in strikes] == ["Air/drone strike at Binnish, 2024-11-28 (SY)"]


def test_by_incident_checks_its_input() -> None:
    with pytest.raises(ValidationError) as info:
        reconcile([report("actor:a", Count.exact(1))], by="incident")  # type: ignore[list-item]
    assert info.value.paths == ("$[0]",)
    with pytest.raises(ValueError, match="by must be"):
        reconcile([], by="place")  # type: ignore[call-overload]
    assert str(Incident()) == "overall tolls (country unknown)"
