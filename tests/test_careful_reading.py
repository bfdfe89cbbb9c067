"""Careful-reader answers for the casualty rules of the design (docs/design.md#reading).

Every sentence here was written for these tests (none is copied from the shared data); each
row gives what a careful reader takes from it: (outcome, group, low, high) per figure, in text
order.  Negative rows (animals, things, ages, years, counts of strikes) expect no figure.
"""

from __future__ import annotations

import pytest

from conflict_events.extract._casualties import find_casualties

Row = tuple[str, str, int | None, int | None]


def read(text: str) -> list[Row]:
    return [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low, m.figure.count.high)
        for m in find_casualties(text)
    ]


# 1. Victims are an open class: any noun phrase naming people after a count.
OPEN_CLASS: list[tuple[str, list[Row]]] = [
    # civilian occupations are civilians (lexicon casualties.civilian_nouns)
    ("Bandits killed 28 miners at the quarry on Tuesday.", [("killed", "civilians", 28, 28)]),
    (
        "Vigilantes burned two suspected robbers to death near the market.",
        [("killed", "civilians", 2, 2)],
    ),
    (
        "Gunmen killed 3 Fulani pastoralists and stole their herd.",
        [("killed", "civilians", 3, 3)],
    ),
    ("Troops shot dead three Palestinians at the crossing.", [("killed", "total", 3, 3)]),
    (
        "A drone strike killed four lorry drivers on the highway.",
        [("killed", "civilians", 4, 4)],
    ),
    (
        "The blast wounded nine elderly market traders.",
        [("injured", "civilians", 9, 9)],
    ),
    # the head noun gives the group where the lexicon knows it
    (
        "Militants abducted six schoolgirls and two teachers.",
        [("captured", "civilians", 6, 6), ("captured", "civilians", 2, 2)],
    ),
]

# Singular and other counts: "a", "an", "another", "one", "a sixth person".
SINGULAR: list[tuple[str, list[Row]]] = [
    ("Gunmen shot and killed a policeman at the checkpoint.", [("killed", "combatants", 1, 1)]),
    ("Raiders killed an elderly herder in his field.", [("killed", "civilians", 1, 1)]),
    (
        "An unknown attacker stabbed a 72-year-old woman to death in her shop.",
        [("killed", "civilians", 1, 1)],
    ),
    (
        "The patrol shot dead one smuggler and wounded another.",
        [("killed", "total", 1, 1), ("injured", "total", 1, 1)],
    ),
    (
        "Hospital staff said the shelling killed a sixth person overnight.",
        [("killed", "total", 1, 1)],
    ),
    ("A local trader was shot dead by masked men.", [("killed", "civilians", 1, 1)]),
    (
        "A teacher and two pupils were killed when the roof collapsed.",
        [("killed", "civilians", 1, 1), ("killed", "civilians", 2, 2)],
    ),
    ("Soldiers returned fire and killed the gunman.", [("killed", "combatants", 1, 1)]),
    ("A crowd beat a suspected thief to death.", [("killed", "civilians", 1, 1)]),
    ("Residents lynched to death a young man accused of theft.", [("killed", "civilians", 1, 1)]),
    (
        "Assailants killed and mutilated a female shopkeeper in the town.",
        [("killed", "civilians", 1, 1)],
    ),
    (
        "A fighter pilot was killed and a mechanic injured.",
        [("killed", "combatants", 1, 1), ("injured", "total", 1, 1)],
    ),
    ("There was 1 fatality in the clashes.", [("killed", "total", 1, 1)]),
    (
        "The riot ended in one fatality and several injuries.",
        [("killed", "total", 1, 1), ("injured", "total", 3, 9)],
    ),
]

# Verbs beyond "killed", as lexicon entries read by general rules.
VERBS: list[tuple[str, list[Row]]] = [
    ("Insurgents beheaded two farmers in the hamlet.", [("killed", "civilians", 2, 2)]),
    ("Security forces executed five prisoners at dawn.", [("killed", "total", 5, 5)]),
    ("Masked men gunned down two traders outside the bank.", [("killed", "civilians", 2, 2)]),
    ("Attackers took away four women from the camp.", [("captured", "civilians", 4, 4)]),
    ("Kidnappers abducted a nurse on her way home.", [("captured", "civilians", 1, 1)]),
]

# Nominal forms and elliptic counts.
NOMINAL: list[tuple[str, list[Row]]] = [
    ("Doctors confirmed the deaths of four individuals.", [("killed", "total", 4, 4)]),
    ("Witnesses described the killing of 16 people at the fair.", [("killed", "total", 16, 16)]),
    ("The agency put the number of wounded at 40.", [("injured", "total", 40, 40)]),
    (
        "The death toll rose to 13 after two more died.",
        [("killed", "total", 13, 13), ("killed", "total", 2, 2)],
    ),
    ("Three more were killed in the next hamlet.", [("killed", "total", 3, 3)]),
    ("The flood of 2019 claimed the lives of 12.", [("killed", "total", 12, 12)]),
    ("Clashes resulted in 5 fatalities.", [("killed", "total", 5, 5)]),
    ("Traders protested after the murder of a driver.", []),  # a singular nominal: no count
]

# No figure: animals, things, places, ages, years, counts of strikes.
NEGATIVE: list[tuple[str, list[Row]]] = [
    ("Herders killed two oxen during the dispute over the field.", []),
    ("Raiders killed 40 cattle and burned 12 houses.", []),
    ("The air force carried out 30 airstrikes, the ministry said.", []),
    ("The rebels captured 12 villages in the offensive.", []),
    ("In 2022 displaced families started to return home.", []),
    ("The convoy travelled 45 kilometres before the ambush killed nobody.", []),
    ("Troops killed his goats and burned the granary.", []),
    ("Soldiers killed the attackers.", []),  # a definite plural gives no number
]


@pytest.mark.parametrize(("text", "expected"), OPEN_CLASS + SINGULAR + VERBS + NOMINAL + NEGATIVE)
def test_careful_reading_of_victims(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_an_age_is_never_a_count() -> None:
    figures = read("Gunmen killed a 72-year-old woman and a 15-year-old boy.")
    assert [(f[0], f[2]) for f in figures] == [("killed", 1), ("killed", 1)]


# 2. Totals and parts; a qualifier governs every count it scopes.
def _report_figures(text: str) -> list[tuple[str, str, int | None, int | None, str, int | None]]:
    import datetime as dt

    from conflict_events import extract_report

    report = extract_report(text, published=dt.date(2024, 3, 4))
    return [
        (f.outcome.value, f.group, f.count.low, f.count.high, f.count.qualifier.value, f.part_of)
        for r in report.casualties
        for f in r.figures
    ]


TOTALS_AND_PARTS = [
    (
        "Nine people, including two policemen, were killed in the raid.",
        [
            ("killed", "total", 9, 9, "exact", None),
            ("killed", "combatants", 2, 2, "exact", 0),
        ],
    ),
    (
        "Medics gave a toll of 14 — seven police officers and seven civilians.",
        [
            ("killed", "total", 14, 14, "exact", None),
            ("killed", "combatants", 7, 7, "exact", 0),
            ("killed", "civilians", 7, 7, "exact", 0),
        ],
    ),
    (
        "At least 12 people were killed and 46 injured in the blast.",
        [
            ("killed", "total", 12, None, "at_least", None),
            ("injured", "total", 46, None, "at_least", None),
        ],
    ),
    (
        "The shelling killed 3 and wounded 5.",
        [("killed", "total", 3, 3, "exact", None), ("injured", "total", 5, 5, "exact", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS_AND_PARTS)
def test_totals_parts_and_shared_qualifiers(text: str, expected: list[object]) -> None:
    assert _report_figures(text) == expected


def test_a_part_never_outlives_its_total() -> None:
    from conflict_events import Attribution, CasualtyFigure, CasualtyReport, Count
    from conflict_events._errors import ValidationError

    part = CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(2), part_of=0)
    with pytest.raises(ValidationError, match="part_of"):
        CasualtyReport(figures=[part], attribution=Attribution(source_name="medics"))


# 4. Background: a figure whose time scope is not the reported event.
def test_background_figures_keep_their_scope_and_stay_out_of_estimates() -> None:
    import datetime as dt

    from conflict_events import Outcome, extract_report, reconcile

    text = (
        "Gunmen killed five farmers near the river on Monday. "
        "Last week, 18 civilians were killed in a nearby village. "
        "Since 2011, more than 500,000 people have been killed in the war. "
        "Over a decade of civil war has displaced 6 million people. "
        "The raid also killed 3 soldiers, the deadliest since 2019."
    )
    report = extract_report(text, published=dt.date(2024, 3, 5))
    rows = [
        (f.count.low, f.background, r.as_of.start if r.as_of else None)
        for r in report.casualties
        for f in r.figures
    ]
    assert rows == [
        (5, False, None),
        (18, True, dt.date(2024, 2, 26)),
        (500000, True, dt.date(2011, 1, 1)),
        (6000000, True, None),
        (3, False, None),
    ]
    estimates = reconcile(report.casualties)
    assert estimates[(Outcome.KILLED, "civilians")].claims[0].figure.count.low == 5
    assert (Outcome.KILLED, "total") not in estimates
    assert (Outcome.DISPLACED, "total") not in estimates
