"""Figures the reader missed (issues 12/14, the twenty-first session, recall5): the displaced
counted as people (evacuated in the Russian passive, housed in shelters, arrived
displaced, a state reached at the worst), parts of a list after a copula of several
words ("il y a"), a party told in full with its acronym in brackets, people killed in the
forces' jargon ("dar de baja"), captives taken alive or taken from a place, and counts of
things that are no people ("two adjoining villages").  Every sentence was written for these
tests (docs/casualties-and-claims.md, "Twenty-first session (recall5)")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report

PUBLISHED = dt.date(2026, 3, 3)


def _figures(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    """(outcome, low, group) of every figure ``extract_report`` reads in ``text``."""
    report = extract_report(text, published=PUBLISHED, lexicon=lang)
    return [(f.outcome.value, f.count.low, f.group) for c in report.casualties for f in c.figures]


DISPLACED = [
    # the Russian passive of carrying out of a place is an evacuation, before its subject
    # or after it, and the part after "в том числе" goes with it
    (
        "ru",
        "Из приграничных сел Краснояружского округа за неделю вывезены более 500 человек, "
        "в том числе 60 детей.",
        [("displaced", 500, "total"), ("displaced", 60, "civilians")],
    ),
    (
        "ru",
        "Около 200 жителей были вывезены из обстреливаемых поселков.",
        [("displaced", 200, "civilians")],
    ),
    # housed in emergency shelters, with the source's insert between
    (
        "de",
        "Etwa 800 Bewohner der zerstörten Wohnblöcke wurden nach Angaben der Stadtverwaltung "
        "in Notunterkünften untergebracht.",
        [("displaced", 800, "civilians")],
    ),
    # a modal and an adverb of time before leaving the homes
    (
        "de",
        "Mehr als 500.000 Menschen mussten zeitweise ihre Häuser verlassen.",
        [("displaced", 500000, "total")],
    ),
    # the residents of a place and of two villages, then their flight
    (
        "en",
        "More than 450 residents of Moreh and two adjoining villages fled to a relief camp "
        "in the district town.",
        [("displaced", 450, "civilians")],
    ),
    # arrived displaced in a town of refuge
    (
        "es",
        "La Personería informó de que 1.500 personas han llegado desplazadas a Tibú en los "
        "últimos días.",
        [("displaced", 1500, "total")],
    ),
    # a state reached at the worst of the crisis
    (
        "pt",
        "No pior momento, cerca de 800 mil pessoas chegaram a estar deslocadas na província.",
        [("displaced", 800000, "total")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DISPLACED)
def test_displaced_people(lang: str, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text, lang) == expected


PARTS_AND_PEOPLE = [
    # the impersonal copula of several words, after the "among" noun and its comma
    (
        "fr",
        "« Parmi les morts, il y a trois femmes et un enfant de six ans », a déclaré le maire.",
        [("killed", 3, "civilians"), ("killed", 1, "civilians")],
    ),
    ("fr", "Parmi les blessés, on compte deux enseignants.", [("injured", 2, "civilians")]),
    # a party told in full after the people noun, its acronym in brackets: the figure's
    # party, and the list before it keeps its first member
    (
        "fr",
        "Au moins 12 soldats et 9 volontaires pour la défense de la patrie (VDP) ont été tués "
        "dimanche près de Djibo.",
        [("killed", 12, "actor:bf-mil"), ("killed", 9, "actor:vdp")],
    ),
    # a civilian noun opening an armed party's name is that party's
    (
        "en",
        "Four Volunteers for the Defence of the Homeland (VDP) were killed near Djibo.",
        [("killed", 4, "actor:vdp")],
    ),
    # an unknown acronym is no party: nothing is read past the brackets
    ("fr", "Trois habitants du quartier nord (centre) ont été blessés.", []),
    # a member of a force in Mexican copy
    (
        "es",
        "Un elemento de la Policía Estatal resultó herido durante el enfrentamiento.",
        [("injured", 1, "combatants")],
    ),
    # the forces' jargon of killing, with the personal "a"
    ("es", "El Ejército dio de baja a cuatro guerrilleros en Tame.", [("killed", 4, "combatants")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS_AND_PEOPLE)
def test_parts_and_people(lang: str, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text, lang) == expected


CAPTIVES = [
    # captured alive, after the topic particle, a part of the militants in the genitive
    (
        "tr",
        "Kaynaklar, çatışmalarda en az 20 militanın öldürüldüğünü, 4'ünün ise sağ olarak "
        "yakalandığını ifade etti.",
        [("killed", 20, "combatants"), ("captured", 4, "combatants")],
    ),
    ("tr", "Operasyonda 3 terörist canlı olarak yakalandı.", [("captured", 3, "combatants")]),
    # a verb of holding and people taken from a place
    (
        "en",
        "Witnesses said the gunmen took at least five young men from a nearby village as "
        "they withdrew.",
        [("captured", 5, "total")],
    ),
    # no people, no captives: lives, hours
    ("en", "The soldiers took two hours from the start of the patrol to reach the post.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CAPTIVES)
def test_captives(lang: str, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a count of things before the outcome is no figure of people
        ("en", "Two adjoining villages took refuge in the hills, elders said."),
        # troops leaving a base are still not displaced
        ("de", "Rund 200 Soldaten verließen die Kaserne."),
    ],
)
def test_no_people(lang: str, text: str) -> None:
    assert [f for f in _figures(text, lang) if f[0] == "displaced"] == []
