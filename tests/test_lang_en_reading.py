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
from conflict_events.extract import extract_attributions, find_casualties

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
    # the victim is the object; a neighbour, like kin, is a civilian (eighth session)
    assert figures("A local farmer killed his neighbour with an axe on Friday.") == [
        ("killed", "civilians", 1)
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
    assert figures("The attackers slit the throats of three herders.") == [
        ("killed", "civilians", 3)
    ]


def test_an_instrument_between_the_verb_and_its_object() -> None:
    assert figures("Unknown men killed with machetes four fishermen near the lake.") == [
        ("killed", "civilians", 4)
    ]


def test_an_allegation_about_the_people_named_is_no_figure() -> None:
    text = "Villagers lynched three men accused of having killed a shepherd."
    assert figures(text) == [("killed", "civilians", 3)]


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


# -- more constructions of wire copy ------------------------------------------------------------


def test_some_of_the_wounded_died() -> None:
    assert figures("Officials said four of the wounded died overnight.") == [("killed", "total", 4)]


def test_n_more_of_the_wounded() -> None:
    assert figures("Two more of the injured had died, the hospital said.") == [
        ("killed", "total", 2)
    ]


def test_succumbed_to_their_wounds() -> None:
    assert figures("Four more succumbed to their wounds in Kaya.") == [("killed", "total", 4)]


def test_treated_for_injuries() -> None:
    assert figures("Some 40 people were being treated for injuries.") == [("injured", "total", 40)]


def test_the_dead_included() -> None:
    assert figures("The dead included three policemen.") == [("killed", "combatants", 3)]


def test_were_among_the_dead() -> None:
    assert figures("Two nurses were among the dead.") == [("killed", "civilians", 2)]


def test_bodies_are_dead_people() -> None:
    assert figures("Rescuers recovered 15 bodies from the rubble.") == [("killed", "total", 15)]


def test_the_number_of_people_displaced_had_passed() -> None:
    assert [
        (m.figure.outcome.value, m.figure.count.low, m.figure.count.qualifier.value)
        for m in find_casualties("The number of people displaced has passed 200,000.")
    ] == [("displaced", 200000, "more_than")]


def test_another_as_the_subject_of_a_passive() -> None:
    assert figures("Three guards were killed and another was wounded.") == [
        ("killed", "combatants", 3),
        ("injured", "combatants", 1),
    ]


def test_a_singular_part_after_among_them() -> None:
    found = find_casualties("The raid killed 11 people, among them a teacher.")
    assert [(m.figure.group, m.figure.count.low, m.role) for m in found] == [
        ("total", 11, "total"),
        ("civilians", 1, "breakdown"),
    ]


def test_a_possessive_before_a_coordinated_count() -> None:
    assert figures("Gunmen kidnapped a trader and his three daughters.") == [
        ("captured", "civilians", 1),
        ("captured", "civilians", 3),
    ]


def test_surrendered_is_captured() -> None:
    assert figures("About 40 soldiers surrendered to the rebels.") == [
        ("captured", "combatants", 40)
    ]


def test_a_relative_clause_before_the_outcome() -> None:
    assert figures("Three guards who were on duty at the gate died.") == [
        ("killed", "combatants", 3)
    ]


def test_people_who_killed_someone_are_not_its_victims() -> None:
    assert figures("Two men who killed the chief were arrested.") == [("captured", "total", 2)]


def test_injured_and_later_died() -> None:
    assert figures("A boy was wounded by a stray bullet and later died.") == [
        ("killed", "civilians", 1)
    ]


def test_an_accusation_is_no_killing() -> None:
    assert figures("A mob beat a man suspected of killing a herder.") == []


def test_an_aim_is_no_killing() -> None:
    assert figures("The group threatened to kill three hostages.") == []


def test_a_killing_avenged_is_background() -> None:
    report = extract_report(
        "Gunmen killed two farmers on Monday. The raid came in retaliation for the killing of three herders.",
        published=dt.date(2024, 3, 5),
    )
    assert [(f.count.low, f.background) for r in report.casualties for f in r.figures] == [
        (2, False),
        (3, True),
    ]


def test_a_bare_count_after_and_takes_the_group_just_named() -> None:
    assert figures("One protester was shot dead and four were wounded.") == [
        ("killed", "civilians", 1),
        ("injured", "civilians", 4),
    ]


def test_people_stay_a_total_whatever_the_target() -> None:
    # "people" name no side: an attack on a mosque does not make them civilians (the
    # documented rule; docs/casualties-and-claims.md, Groups)
    assert figures("Gunmen opened fire on worshippers at a mosque, killing nine people.") == [
        ("killed", "total", 9)
    ]


# -- who says so -----------------------------------------------------------------------------------


def sources(text: str) -> list[str | None]:
    return [m.attribution.source_name for m in extract_attributions(text)]


def test_a_speaker_with_a_role_apposition() -> None:
    text = "Musa Idris, a senior police official in the state, said four people died."
    assert sources(text) == ["Musa Idris"]


def test_a_speaker_named_with_an_acronym_in_apposition() -> None:
    text = "The army's press office, Defence Media Operations (DMO), said 12 fighters died."
    assert sources(text) == ["Defence Media Operations"]


def test_a_toll_given_by_a_source() -> None:
    assert sources("The provincial health office gave a toll of 9.") == [
        "The provincial health office"
    ]


def test_a_toll_raised_by_a_source() -> None:
    assert sources("The police later raised the toll to 31.") == ["The police"]


def test_gave_without_a_toll_is_no_attribution() -> None:
    assert sources("The army gave residents two hours to leave.") == []


def test_n_more_people_are_more_of_the_group_just_named() -> None:
    assert figures("Rebels abducted four women. Two more people were missing.") == [
        ("captured", "civilians", 4),
        ("missing", "civilians", 2),
    ]


def test_claimed_the_lives_of_is_no_claim() -> None:
    text = "The raid claimed the lives of 9 villagers, said Amos Bello, a local chief."
    assert sources(text) == ["Amos Bello"]


def test_a_radio_station_reported() -> None:
    text = "Two men were lynched in the market, a local radio station reported."
    assert sources(text) == ["a local radio station"]
