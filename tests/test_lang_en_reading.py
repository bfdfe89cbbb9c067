"""English careful reading (issue 12, DESIGN §10): one behavioural assertion per construction,
on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Outcome,
    extract_report,
    reconcile,
)
from conflict_events.extract import find_casualties

K = Outcome.KILLED


def figures(text: str) -> list[tuple[str, str, int | None]]:
    """(outcome, group, low) of every figure found, in text order."""
    return [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low) for m in find_casualties(text)
    ]


def killed_estimate(text: str) -> tuple[int, ...]:
    """The best killed estimate per group of one article, as reconcile gives it."""
    report = extract_report(text, published=dt.date(2024, 3, 4))
    kept = [r for r in report.casualties if any(f.outcome is K for f in r.figures)]
    return tuple(e.best for (o, _), e in reconcile(kept).items() if o is K)


# -- reconcile: figures one statement gives side by side add up ---------------------------------


def test_coordinated_figures_of_one_group_add_up_in_reconcile() -> None:
    assert killed_estimate(
        "Gunmen attacked the camp on Monday. One soldier and two militants were killed."
    ) == (3,)


def test_a_victim_and_another_add_up() -> None:
    assert killed_estimate(
        "Bandits shot dead a trader in his shop and beheaded another on Sunday."
    ) == (2,)


def test_the_same_toll_in_two_sentences_is_not_added() -> None:
    text = "Gunmen killed 12 people in Kandi on Monday. Twelve people were killed in the raid."
    assert killed_estimate(text) == (12,)


def test_summed_claim_keeps_its_parts() -> None:
    said = Attribution(source_name="police", quote="Two soldiers and a policeman were killed.")
    reports = [
        CasualtyReport(
            figures=[CasualtyFigure(outcome=K, group="combatants", count=c)], attribution=said
        )
        for c in (Count.exact(2), Count(low=1, high=None, qualifier="at_least", figure=1))
    ]
    est = reconcile(reports)[(K, "combatants")]
    assert (est.best, est.claims[0].figure.count.qualifier.value, len(est.claims[0].parts)) == (
        3,
        "at_least",
        2,
    )


# -- the subject of an active verb is its agent, not its victim ----------------------------------


def test_a_singular_subject_of_an_active_verb_is_no_victim() -> None:
    assert figures("A local farmer killed his neighbour with an axe on Friday.") == [
        ("killed", "total", 1)
    ]


def test_shot_dead_another_is_one_victim() -> None:
    assert figures("A herdsman shot dead another near the river.") == [("killed", "total", 1)]


def test_an_armed_group_that_killed_the_chief_is_no_victim() -> None:
    assert len(figures("An armed group shot and killed the village chief in Tanda.")) == 1


# -- verbs and frames --------------------------------------------------------------------------


def test_fatally_shot_kills() -> None:
    assert figures("Police fatally shot two protesters in the capital.") == [
        ("killed", "civilians", 2)
    ]


def test_slit_the_throats_of_kills() -> None:
    assert figures("The attackers slit the throats of three herders.") == [("killed", "total", 3)]


def test_an_instrument_between_the_verb_and_its_object() -> None:
    assert figures("Unknown men killed with machetes four fishermen near the lake.") == [
        ("killed", "total", 4)
    ]


def test_an_allegation_about_the_people_named_is_no_figure() -> None:
    text = "Villagers lynched three men accused of having killed a shepherd."
    assert figures(text) == [("killed", "total", 3)]


def test_a_suspected_perpetrator_still_reports_the_killing() -> None:
    text = "Gunmen are believed to have killed a nurse in the town."
    assert figures(text) == [("killed", "civilians", 1)]


# -- open class: invariant people names after a plural count ---------------------------------------


def test_a_capitalised_people_name_without_plural_s() -> None:
    assert figures("Herders killed five Tuareg in the valley.") == [("killed", "total", 5)]


def test_a_weekday_after_a_count_is_no_people_name() -> None:
    assert figures("Gunmen killed 12 Sunday in the north.") == [("killed", "total", 12)]


# -- events: a goods word naming a person's trade is no goods target ------------------------------


def test_killing_a_cattle_trader_is_an_attack_not_looting() -> None:
    report = extract_report(
        "Unknown gunmen killed a cattle trader near the market.", published=dt.date(2024, 3, 4)
    )
    assert [e.sub_event_type.acled_label for e in report.engagements if e.sub_event_type] == [
        "Attack"
    ]
