"""One victim (or a few) named by who they are, alone or in a list: the constructions real
copy uses that the reader missed (issue 14, the tenth session of 2026-12-07, persons A), in
en, fr, es, pt and de, on sentences written for these tests, with sentences that must stay
as they were (docs/casualties-and-claims.md, "Tenth session (persons A): people named by who
they are")."""

from __future__ import annotations

import pytest
from reading import WordedFigure as Row
from reading import part_figures, worded_figures

CASES: list[tuple[str, str, list[Row]]] = [
    # a complement after a list member: the list goes on after it
    (
        "en",
        "Among the dead were a brother of the local chief, a teacher and two children.",
        [
            ("a brother", "killed", "civilians", 1, 1, "exact"),
            ("a teacher", "killed", "civilians", 1, 1, "exact"),
            ("two children", "killed", "civilians", 2, 2, "exact"),
        ],
    ),
    (
        "en",
        "Among the wounded were a policeman of the rapid intervention unit, a trader and a boy.",
        [
            ("a policeman", "injured", "combatants", 1, 1, "exact"),
            ("a trader", "injured", "civilians", 1, 1, "exact"),
            ("a boy", "injured", "civilians", 1, 1, "exact"),
        ],
    ),
    (
        "pt",
        "Entre os mortos estão um soldado do Batalhão de Choque (BPChq), de 35 anos, e dois "
        "moradores.",
        [
            ("um soldado do Batalhão de Choque", "killed", "combatants", 1, 1, "exact"),
            ("dois moradores", "killed", "civilians", 2, 2, "exact"),
        ],
    ),
    # the personal "a" after the list's conjunction
    (
        "es",
        "Los secuestradores se llevaron a un ganadero y a su sobrino.",
        [
            ("un ganadero", "captured", "civilians", 1, 1, "exact"),
            ("su sobrino", "captured", "civilians", 1, 1, "exact"),
        ],
    ),
    # two ages joined after the noun, and the German "im Alter von"
    (
        "es",
        "Entre los heridos hay dos primos de 14 y 16 años y un campesino.",
        [
            ("dos primos de 14 y 16 años", "injured", "civilians", 2, 2, "exact"),
            ("un campesino", "injured", "civilians", 1, 1, "exact"),
        ],
    ),
    (
        "pt",
        "Entre os feridos estão dois irmãos de 12 e 15 anos e um agricultor.",
        [
            ("dois irmãos de 12 e 15 anos", "injured", "civilians", 2, 2, "exact"),
            ("um agricultor", "injured", "civilians", 1, 1, "exact"),
        ],
    ),
    (
        "fr",
        "Parmi les victimes figurent deux frères de neuf et douze ans et un berger.",
        [
            ("deux frères de neuf et douze ans", "killed", "civilians", 2, 2, "exact"),
            ("un berger", "killed", "civilians", 1, 1, "exact"),
        ],
    ),
    (
        "de",
        "Unter den Verletzten sind zwei Mädchen im Alter von vier und sieben Jahren sowie ein "
        "Lehrer.",
        [
            (
                "zwei Mädchen im Alter von vier und sieben Jahren",
                "injured",
                "civilians",
                2,
                2,
                "exact",
            ),
            ("ein Lehrer", "injured", "civilians", 1, 1, "exact"),
        ],
    ),
    (
        "de",
        "Ein Junge im Alter von sieben Jahren wurde verletzt.",
        [("Ein Junge im Alter von sieben Jahren", "injured", "civilians", 1, 1, "exact")],
    ),
    # people named with their wounds are injured
    (
        "en",
        "Police said 11 men with machete wounds were taken to the clinic.",
        [("11 men", "injured", "total", 11, 11, "exact")],
    ),
    (
        "fr",
        "Sept villageois avec des blessures par balle ont été évacués vers Bouaké.",
        [("Sept villageois", "injured", "civilians", 7, 7, "exact")],
    ),
    (
        "es",
        "Ingresaron al hospital seis jornaleros con heridas de bala.",
        [("seis jornaleros", "injured", "civilians", 6, 6, "exact")],
    ),
    (
        "pt",
        "Chegaram ao hospital quatro feirantes com ferimentos de bala.",
        [("quatro feirantes", "injured", "total", 4, 4, "exact")],
    ),
    (
        "de",
        "Vier Dorfbewohner mit Schussverletzungen wurden ins Krankenhaus gebracht.",
        [("Vier Dorfbewohner", "injured", "civilians", 4, 4, "exact")],
    ),
    # people named by age, trade or office alone: civilians; a police officer: a combatant
    (
        "en",
        "Gunmen abducted two seminarians and a catechist from the parish.",
        [
            ("two seminarians", "captured", "civilians", 2, 2, "exact"),
            ("a catechist", "captured", "civilians", 1, 1, "exact"),
        ],
    ),
    (
        "en",
        "A retired pensioner was shot dead at his farm.",
        [("A retired pensioner", "killed", "civilians", 1, 1, "exact")],
    ),
    (
        "fr",
        "Un octogénaire a été tué dans l'incendie de sa maison.",
        [("Un octogénaire", "killed", "civilians", 1, 1, "exact")],
    ),
    (
        "fr",
        "Un agent de police a été tué près du marché.",
        [("Un agent de police", "killed", "combatants", 1, 1, "exact")],
    ),
    (
        "es",
        "Una anciana de 82 años murió en el ataque.",
        [("Una anciana de 82 años", "killed", "civilians", 1, 1, "exact")],
    ),
    (
        "pt",
        "Uma idosa de 80 anos morreu no incêndio.",
        [("Uma idosa de 80 anos", "killed", "civilians", 1, 1, "exact")],
    ),
    (
        "pt",
        "Três PMs ficaram feridos no confronto.",
        [("Três PMs", "injured", "combatants", 3, 3, "exact")],
    ),
    (
        "de",
        "Eine Rentnerin wurde bei dem Angriff getötet.",
        [("Eine Rentnerin", "killed", "civilians", 1, 1, "exact")],
    ),
    (
        "de",
        "Eine Altenpflegerin wurde schwer verletzt.",
        [("Eine Altenpflegerin", "injured", "civilians", 1, 1, "exact")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_people_named_by_who_they_are(lang: str, text: str, expected: list[Row]) -> None:
    assert worded_figures(text, lang) == expected


# Sentences that must stay as they were: a complement after no people noun, a party named
# with "with", a partitive that repeats its total's outcome, a possessive noun of many
# ("a mother of three" is one person, no three victims).
STAY: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Selon l'OSDH, qui dispose d'un large réseau de sources en Syrie, au moins 25 "
        "personnes ont été tuées.",
        [("au moins 25 personnes", "killed", "total", 25, None, "at_least")],
    ),
    (
        "en",
        "Five fighters with the RSF were killed.",
        [("Five fighters with the RSF", "killed", "combatants", 5, 5, "exact")],
    ),
    (
        "en",
        "A mother of three was killed.",
        [],  # (no three victims; the singular before "of" is not read either)
    ),
    (
        "en",
        "A man with disabilities was arrested on Monday.",
        [],  # ("with disabilities" is no wound)
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STAY)
def test_what_stays(lang: str, text: str, expected: list[Row]) -> None:
    assert worded_figures(text, lang) == expected


def test_a_partitive_that_repeats_its_totals_outcome_is_a_part() -> None:
    # "mit Schussverletzungen" is an outcome of its own now; it repeats the total's
    text = "Die Klinik meldete 40 verletzte Demonstranten, drei von ihnen mit Schussverletzungen."
    assert part_figures(text, "de") == [
        ("injured", "civilians", 40, "40 verletzte Demonstranten", None),
        ("injured", "civilians", 3, "drei von ihnen", "40 verletzte Demonstranten"),
    ]
