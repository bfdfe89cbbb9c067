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


# -- a toll with parts of its toll's own group takes that group ---------------------------------

TOLL_WITH_PARTS = [
    (
        "en",
        "Shelling killed 14 civilians in the town on Sunday, officials said. On Monday a doctor "
        "said the toll had risen to 19, including five children.",
    ),
    (
        "fr",
        "Au moins 14 civils ont été tués dimanche dans le village. Selon un élu, le bilan est "
        "de 19 morts, dont cinq enfants.",
    ),
    (
        "es",
        "Al menos 14 civiles murieron el domingo en el pueblo. Según un médico, el balance se "
        "elevó a 19 muertos, entre ellos cinco niños.",
    ),
    (
        "pt",
        "Pelo menos 14 civis morreram no domingo na aldeia. Segundo um médico, o balanço subiu "
        "para 19 mortos, entre eles cinco crianças.",
    ),
    (
        "de",
        "Mindestens 14 Zivilisten wurden am Sonntag in dem Dorf getötet. Laut einem Arzt stieg "
        "die Zahl der Toten auf 19, darunter fünf Kinder.",
    ),
    (
        "ru",
        "В воскресенье в селе погибли 14 мирных жителей. По словам врача, число погибших "
        "возросло до 19, среди них пятеро детей.",
    ),
    (
        "uk",
        "У неділю в селі загинули 14 мирних жителів. За словами лікаря, кількість загиблих "
        "зросла до 19, серед них п'ятеро дітей.",
    ),
    (
        "ar",
        "قتل 14 مدنيا في القرية يوم الأحد. وقال طبيب إن حصيلة القتلى ارتفعت إلى 19، بينهم خمسة "
        "أطفال.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOLL_WITH_PARTS)
def test_a_toll_whose_parts_are_of_its_group_takes_it(lang: str, text: str) -> None:
    mentions = find_casualties(text, lexicon=lang)
    toll = next(m for m in mentions if m.figure.count.low == 19)
    assert toll.figure.group == "civilians"
    part = next(m for m in mentions if m.figure.count.low == 5)
    assert part.figure.group == "civilians"
    assert part.figure.subgroup is not None
    assert part.figure.part_of == mentions.index(toll)


def test_a_toll_whose_part_names_another_group_stays_total() -> None:
    text = (
        "Shelling killed 14 civilians in the town on Sunday, officials said. On Monday a doctor "
        "said the toll had risen to 19, including five soldiers."
    )
    assert ("killed", "total", 19) in _groups(text, "en")


def test_a_headline_figure_restated_with_its_group_is_no_other_group() -> None:
    text = (
        "Drone strike kills 9 in market town\n\n"
        "A drone strike killed 9 civilians in a market on Sunday, the governor said. A nurse "
        "said on Monday the toll had risen to 13."
    )
    assert ("killed", "civilians", 13) in _groups(text, "en")


# -- "others" after a figure told "among the dead" -------------------------------------------------

AMONG_THEN_OTHERS = [
    (
        "en",
        "At least nine people were killed in the strike. Among the dead were three children, "
        "the mayor said. At least 30 other people were wounded.",
        ("injured", "total", 30),
    ),
    (
        "de",
        "Bei dem Angriff sind mindestens neun Menschen getötet worden. Unter den Toten seien drei "
        "Kinder, sagte der Bürgermeister. Mindestens 30 weitere Menschen wurden verletzt.",
        ("injured", "total", 30),
    ),
    (
        "en",
        "Four soldiers were killed at the checkpoint. Among the dead were two officers. Six others "
        "were wounded.",
        ("injured", "combatants", 6),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), AMONG_THEN_OTHERS)
def test_others_after_a_part_among_the_dead_are_set_against_the_dead(
    lang: str, text: str, row: Row
) -> None:
    assert row in _groups(text, lang)


# -- a party named right after a member noun ------------------------------------------------------

MEMBERS = [
    (
        "ru",
        "ФСБ задержала в Дагестане семь сторонников ИГ, готовивших теракты.",
        ("captured", "actor:isis", 7),
    ),
    (
        "uk",
        "СБУ затримала у Харкові шістьох прихильників ІДІЛ, які готували підпал.",
        ("captured", "actor:isis", 6),
    ),
    (
        "ar",
        "أسفر القصف عن مقتل أربعة من منتسبي الجيش اللبناني قرب الحدود.",
        ("killed", "actor:laf", 4),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), MEMBERS)
def test_members_of_a_party_named_after_them_are_that_party(
    lang: str, text: str, row: Row, registry: ActorRegistry
) -> None:
    rows = [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low)
        for m in find_casualties(text, lexicon=lang, registry=registry)
    ]
    assert row in rows


def test_members_of_a_family_are_no_party(registry: ActorRegistry) -> None:
    text = "Под завалами погибли трое членов семьи Ивановых."
    rows = [m.figure.group for m in find_casualties(text, lexicon="ru", registry=registry)]
    assert rows == ["civilians"]
