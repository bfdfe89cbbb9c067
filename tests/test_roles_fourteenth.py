"""Civilians by trade and role, and a side by the article's only force (session of
2026-12-07, fourteenth; docs/casualties-and-claims.md, "Fourteenth session: civilians by trade
and role"): role nouns in every language, a partitive after a figure ("trois morts parmi les
chauffeurs"), officials of a civil body, a force's "men" said of its unit, a qualifier shared
by a list, and "others" after "N were among the dead".  Variant sentences of our own."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from conflict_events import ActorRegistry
from conflict_events.extract._casualties import find_casualties
from conflict_events.extract._report import extract_report


@functools.cache
def _registry() -> ActorRegistry:
    return ActorRegistry.default()


def _groups(lang: str, text: str, low: int) -> list[str]:
    return [
        m.figure.group
        for m in find_casualties(text, lexicon=lang, registry=_registry())
        if m.figure.count.low == low
    ]


def _report_groups(lang: str, text: str, low: int) -> list[str]:
    report = extract_report(text, published=dt.date(2026, 3, 4), lexicon=lang)
    return [f.group for c in report.casualties for f in c.figures if f.count.low == low]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "Gunmen abducted four apprentices from a workshop near Kaduna.", 4),
        ("en", "Two midwives were killed when shells hit the clinic.", 2),
        ("en", "Bandits kidnapped three schoolteachers on the road to Gusau.", 3),
        ("fr", "Trois apprentis ont été enlevés près de Ségou.", 3),
        ("fr", "Quatre sages-femmes ont été blessées dans le bombardement.", 4),
        ("es", "Cinco camioneros fueron secuestrados en la vía a Cúcuta.", 5),
        ("es", "Murieron dos bomberos en el ataque a la estación.", 2),
        ("pt", "Quatro aprendizes foram raptados em Mocímboa da Praia.", 4),
        ("pt", "Dois lavradores foram mortos no ataque à aldeia.", 2),
        ("de", "Bei dem Angriff wurden drei Lehrlinge getötet.", 3),
        ("de", "Zwei Feuerwehrleute wurden bei dem Beschuss verletzt.", 2),
        ("ru", "Боевики похитили четырех учеников у здания школы.", 4),
        ("ru", "В результате обстрела погибли три строителя.", 3),
        ("uk", "Внаслідок обстрілу загинули двоє учнів.", 2),
        ("uk", "Окупанти викрали трьох викладачів місцевого коледжу.", 3),
        ("tr", "Saldırıda 3 çırak hayatını kaybetti.", 3),
        ("ar", "قتل ثلاثة فلاحين في القصف على القرية.", 3),
        ("ar", "قتل مزارع برصاص قناص قرب الحدود.", 1),
    ],
)
def test_a_count_of_a_civilian_role_noun_is_civilians(lang: str, text: str, low: int) -> None:
    assert _groups(lang, text, low) == ["civilians"]


@pytest.mark.parametrize(
    ("lang", "text", "low", "group"),
    [
        ("en", "The ambush caused four deaths among the traders.", 4, "civilians"),
        ("fr", "L'embuscade a fait quatre morts parmi les commerçants.", 4, "civilians"),
        ("fr", "L'attaque a fait cinq morts parmi les soldats.", 5, "combatants"),
        ("es", "El ataque dejó cinco muertos entre los conductores.", 5, "civilians"),
        ("pt", "O ataque fez seis mortos entre os motoristas.", 6, "civilians"),
        ("de", "Der Angriff forderte drei Tote unter den Fahrern.", 3, "civilians"),
        ("ru", "Удар унес жизни людей: пятеро погибших среди водителей.", 5, "civilians"),
        ("uk", "Удар забрав життя людей: троє загиблих серед пасажирів.", 3, "civilians"),
        ("ar", "أسفر الهجوم عن سقوط أربعة قتلى من بين السائقين.", 4, "civilians"),
    ],
)
def test_a_partitive_after_a_figure_gives_its_nouns_group(
    lang: str, text: str, low: int, group: str
) -> None:
    assert _groups(lang, text, low) == [group]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "Gunmen abducted two council officials in Zamfara.", 2),
        ("ru", "Неизвестные похитили двух сотрудников городской администрации.", 2),
        ("uk", "Бойовики викрали двох співробітників сільради.", 2),
        ("tr", "Saldırıda 2 belediye çalışanı hayatını kaybetti.", 2),
    ],
)
def test_officials_of_a_civil_body_are_civilians(lang: str, text: str, low: int) -> None:
    assert _groups(lang, text, low) == ["civilians"]


def test_officials_of_a_security_body_are_not_civilians() -> None:
    assert _groups("ru", "Погибли четыре сотрудника полиции.", 4) == ["combatants"]


@pytest.mark.parametrize(
    ("lang", "text", "low", "force"),
    [
        (
            "fr",
            "Mali : une patrouille attaquée près de Ségou\n\nBAMAKO (AFP) - Une patrouille de "
            "l'armée malienne est tombée mercredi dans une embuscade près de Ségou. « Nous avons "
            "perdu huit hommes », a déclaré un officier.",
            8,
            "actor:mali-mil",
        ),
        (
            "en",
            "Niger soldiers ambushed\n\nNIAMEY (Reuters) - A patrol of the Nigerien army was "
            "ambushed near Tillaberi on Tuesday. The escort fought back but nine men were "
            "killed, an officer said.",
            9,
            "actor:niger-mil",
        ),
        (
            "de",
            "Mali: Hinterhalt bei Gao\n\nBAMAKO (dpa) - Eine Patrouille der malischen Armee ist "
            "bei Gao in einen Hinterhalt geraten. Sieben Männer seien getötet worden, sagte ein "
            "Offizier.",
            7,
            "actor:mali-mil",
        ),
    ],
)
def test_men_of_a_forces_unit_are_that_force(lang: str, text: str, low: int, force: str) -> None:
    assert _report_groups(lang, text, low) == [force]


def test_men_beside_civilians_are_not_given_the_force() -> None:
    text = (
        "Mali : une patrouille attaquée\n\nBAMAKO (AFP) - Une patrouille de l'armée malienne "
        "a été prise pour cible près de Ségou. Six hommes et deux femmes ont été tués."
    )
    assert _report_groups("fr", text, 6) == ["total"]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("pt", "Os atacantes levaram pelo menos quatro rapazes e duas raparigas.", 2),
        ("es", "Los armados se llevaron al menos seis campesinos y dos niñas.", 2),
        ("en", "At least nine villagers and four children were abducted.", 4),
        ("fr", "Au moins huit villageois et trois enfants ont été enlevés.", 3),
        ("de", "Mindestens sechs Dorfbewohner und zwei Kinder wurden verschleppt.", 2),
    ],
)
def test_a_lists_qualifier_governs_its_members(lang: str, text: str, low: int) -> None:
    found = [
        m.figure.count.qualifier.value
        for m in find_casualties(text, lexicon=lang, registry=_registry())
        if m.figure.count.low == low
    ]
    assert found == ["at_least"]


def test_others_after_a_part_told_among_the_dead_are_set_against_the_total() -> None:
    text = (
        "A car bomb killed at least 27 people at a bus station, the health ministry said. "
        "Five women were among the dead and 40 others were wounded, it said."
    )
    assert _groups("en", text, 40) == ["total"]
