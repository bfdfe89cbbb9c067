"""The right group for a figure (issue 14, the tenth session of 2026-12-07; the rules are in
docs/casualties-and-claims.md, "Tenth session: the group of a figure that points back").
Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import ActorRegistry, extract_report
from conflict_events.extract._casualties import find_casualties

Row = tuple[str, str, int | None]


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


def _groups(text: str, lang: str) -> list[Row]:
    return [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low)
        for m in find_casualties(text, lexicon=lang)
    ]


def _report_groups(text: str, lang: str, registry: ActorRegistry) -> list[Row]:
    r = extract_report(text, published=dt.date(2025, 6, 2), lexicon=lang, registry=registry)
    return [
        (f.outcome.value, f.group, f.count.low) for report in r.casualties for f in report.figures
    ]


# -- "N of the wounded": the group of the figure of that outcome ----------------------------------

OF_THE_OUTCOME = [
    (
        "en",
        "Eleven police officers were wounded in the ambush. Three of the wounded died overnight "
        "in a clinic.",
        ("killed", "combatants", 3),
    ),
    (
        "es",
        "Ocho agricultores resultaron heridos en el bombardeo. Dos de los heridos fallecieron "
        "el lunes en una clínica.",
        ("killed", "civilians", 2),
    ),
    (
        "fr",
        "Neuf policiers ont été blessés lors de l'embuscade. Deux des blessés sont morts "
        "dimanche à l'hôpital.",
        ("killed", "combatants", 2),
    ),
    (
        "pt",
        "Seis agricultores ficaram feridos no ataque. Dois dos feridos morreram na manhã seguinte.",
        ("killed", "civilians", 2),
    ),
    (
        "ru",
        "В результате обстрела ранены восемь военнослужащих. Трое из раненых скончались в "
        "госпитале.",
        ("killed", "combatants", 3),
    ),
    (
        "uk",
        "Внаслідок удару поранено дев'ятьох військовослужбовців. Двоє з поранених померли в "
        "шпиталі.",
        ("killed", "combatants", 2),
    ),
    (
        "ar",
        "اختطف مسلحون خمسة مزارعين قرب القرية. وعثرت الشرطة على جثة أحد المخطوفين صباح الأحد.",
        ("killed", "civilians", 1),
    ),
    (
        "tr",
        "Saldırıda 9 polis yaralandı. Yaralılardan biri kaldırıldığı hastanede öldü.",
        ("killed", "combatants", 1),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), OF_THE_OUTCOME)
def test_a_count_of_the_wounded_takes_their_group(lang: str, text: str, row: Row) -> None:
    assert row in _groups(text, lang)


def test_a_count_of_the_wounded_of_mixed_groups_stays_total() -> None:
    text = "Nine people were wounded in the blast. Two of the wounded died later in a clinic."
    assert ("killed", "total", 2) in _groups(text, "en")


def test_a_bare_outcome_noun_after_a_count_is_no_partitive() -> None:
    text = "Seven soldiers were wounded on Monday. The raid left 12 dead in the market."
    assert ("killed", "total", 12) in _groups(text, "en")


# -- a generic noun for the other side: the one armed group named before it ----------------------

LATER_ROUND_UP = [
    (
        "en",
        "Fighters of the Allied Democratic Forces (ADF) raided a farm near Beni on Sunday, "
        "killing four farmers.\n\n"
        "The army said its troops killed seven rebels in a counter-attack.\n\n"
        "The M23 and the CODECO militia are also active in the east.",
        ("killed", "actor:adf", 7),
    ),
    (
        "fr",
        "Des combattants de Boko Haram ont attaqué dimanche un village du Mayo-Sava, tuant "
        "cinq civils.\n\n"
        "L'armée a annoncé avoir neutralisé huit terroristes lors d'un ratissage.\n\n"
        "L'Etat islamique en Afrique de l'Ouest (Iswap) est aussi actif dans la région.",
        ("killed", "actor:boko-haram", 8),
    ),
    (
        "es",
        "Un ataque atribuido al Cártel de Sinaloa dejó tres muertos en un taller de Culiacán.\n\n"
        "Militares detuvieron después a cinco presuntos sicarios en la zona.\n\n"
        "La disputa entre Los Chapitos y otras facciones continúa desde hace meses.",
        ("captured", "actor:sinaloa-cartel", 5),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), LATER_ROUND_UP)
def test_a_generic_enemy_noun_is_the_armed_group_named_before_it(
    lang: str, text: str, row: Row, registry: ActorRegistry
) -> None:
    assert row in _report_groups(text, lang, registry)


def test_two_armed_groups_named_before_it_leave_the_noun_combatants(
    registry: ActorRegistry,
) -> None:
    text = (
        "Boko Haram and ISWAP fighters clashed near the lake on Monday.\n\n"
        "The army said it killed 12 militants in a separate raid.\n\n"
        "The Allied Democratic Forces (ADF) are active far to the south."
    )
    assert ("killed", "combatants", 12) in _report_groups(text, "en", registry)
