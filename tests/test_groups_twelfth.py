"""Twelfth session (groups): the side of a combatant figure whose words name none, in every
language that has the construction (docs/casualties-and-claims.md, "Twelfth session: a
combatant's side")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._casualties import find_casualties

_DAY = dt.date(2026, 3, 10)


def _groups(text: str, lang: str) -> list[tuple[str, str, int | None]]:
    report = extract_report(text, published=_DAY, lexicon=lang)
    return [(f.outcome.value, f.group, f.count.low) for r in report.casualties for f in r.figures]


def _subgroups(text: str, lang: str) -> list[tuple[str, str, int | None, str | None]]:
    report = extract_report(text, published=_DAY, lexicon=lang)
    return [
        (f.outcome.value, f.group, f.count.low, f.subgroup)
        for r in report.casualties
        for f in r.figures
    ]


_LEADS = {
    "en": "Malian soldiers clashed with jihadists near Gao on Monday.\n\n",
    "fr": "Des soldats maliens ont affronté des jihadistes près de Gao lundi.\n\n",
    "es": "Soldados malienses se enfrentaron a yihadistas cerca de Gao el lunes.\n\n",
    "pt": "Soldados malianos enfrentaram jihadistas perto de Gao na segunda-feira.\n\n",
    "de": "Malische Soldaten lieferten sich am Montag bei Gao Gefechte mit Dschihadisten.\n\n",
    "ru": "Малийские военные вступили в бой с джихадистами под Гао в понедельник.\n\n",
    "uk": "Малійські військові вступили в бій з джихадистами біля Гао в понеділок.\n\n",
}


# -- a part of a total of one side ------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "The army said 14 Malian soldiers were killed, including a colonel.", 1),
        ("fr", "L'armée a indiqué que 9 soldats maliens ont été tués, dont un lieutenant.", 1),
        (
            "de",
            "Die Armee teilte mit, 8 malische Soldaten seien getötet worden, darunter ein "
            "Offizier.",
            1,
        ),
        ("ru", "По данным армии, погибли 11 малийских военных, в том числе офицер.", 1),
    ],
)
def test_part_of_one_side_is_that_side(lang: str, text: str, low: int) -> None:
    found = _subgroups(_LEADS[lang] + text, lang)
    parts = [f for f in found if f[2] == low]
    assert parts
    assert parts[0][1] == "actor:mali-mil"
    assert parts[0][3] is not None  # a subgroup of the side's total


# -- one told among the dead of one side --------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        (
            "en",
            "The army said 13 Malian soldiers were killed. Among the dead were two officers, "
            "it said.",
            2,
        ),
        (
            "fr",
            "L'armée a indiqué que 10 soldats maliens ont été tués. Parmi les morts figure un "
            "capitaine de 31 ans.",
            1,
        ),
        (
            "es",
            "El ejército informó que 15 soldados malienses murieron. Entre los muertos hay un "
            "capitán.",
            1,
        ),
        (
            "pt",
            "O exército informou que 16 soldados malianos morreram. Entre os mortos está um "
            "capitão.",
            1,
        ),
        (
            "de",
            "Die Armee teilte mit, 7 malische Soldaten seien getötet worden. Unter den Toten "
            "seien zwei Offiziere.",
            2,
        ),
        (
            "ru",
            "По данным армии, погибли 12 малийских военных. Среди погибших, по данным армии, "
            "два офицера.",
            2,
        ),
        (
            "uk",
            "За даними армії, загинули 12 малійських військових. Серед загиблих, за даними "
            "армії, два офіцери.",
            2,
        ),
    ],
)
def test_among_the_dead_of_one_side(lang: str, text: str, low: int) -> None:
    assert ("killed", "actor:mali-mil", low) in _groups(_LEADS[lang] + text, lang)


def test_among_the_dead_of_no_side_stays() -> None:
    # the dead of no side named give their part none
    text = _LEADS["en"] + "Nine people were killed. Among the dead were two officers."
    assert ("killed", "actor:mali-mil", 2) not in _groups(text, "en")


def test_enemy_noun_among_the_dead_is_not_forced() -> None:
    # a noun for the other side is the other side's rule, never the soldiers' side
    text = (
        _LEADS["en"]
        + "The army said 13 Malian soldiers were killed. Among the dead were five rebels."
    )
    assert ("killed", "actor:mali-mil", 5) not in _groups(text, "en")


# -- a toll's own force noun --------------------------------------------------------------------
def test_toll_force_noun_is_the_articles_force() -> None:
    text = (
        "Chadian troops repelled an attack near Bol on Monday.\n\n"
        "The ministry put the number of soldiers killed at 16 and said the army had pushed "
        "the attackers back."
    )
    assert ("killed", "actor:chad-mil", 16) in _groups(text, "en")


# -- a verb phrase after "and": the people just named -------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Боевики заявили, что убили более 20 малийских солдат и взяли в плен троих."),
        ("uk", "Бойовики заявили, що вбили понад 20 малійських солдатів і взяли в полон трьох."),
    ],
)
def test_captives_after_verb_phrase_are_the_people_just_named(lang: str, text: str) -> None:
    assert ("captured", "actor:mali-mil", 3) in _groups(text, lang)


# -- an ordinal after the other side's figure ---------------------------------------------------
def test_ordinal_after_other_side_is_that_side() -> None:
    text = (
        "Las disidencias de las FARC atacaron una base en el Cauca el lunes.\n\n"
        "El Ejército informó de que en combates con la columna Dagoberto Ramos murieron tres "
        "disidentes y fue capturado un cuarto."
    )
    found = _groups(text, "es")
    killed = [g for o, g, n in found if o == "killed" and n == 3]
    assert killed
    assert killed[0].startswith("actor:")
    assert ("captured", killed[0], 1) in found


# -- a complement shared by coordinated counts ---------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        (
            "ar",
            "جماعة الحوثي تهاجم مواقع في تعز\n\nقال مصدر عسكري إن الهجوم أسفر عن سقوط سبعة "
            "قتلى وأربعة جرحى من عناصر الحوثيين.",
            "actor:houthis",
        ),
        (
            "ar",
            "هجوم على نقطة في كركوك\n\nوارتفعت الحصيلة إلى ستة قتلى وثلاثة جرحى من عناصر "
            "الحشد الشعبي.",
            "actor:pmf",
        ),
    ],
)
def test_shared_complement_names_both_counts(lang: str, text: str, actor: str) -> None:
    found = _groups(text, lang)
    assert [g for o, g, _ in found if o == "killed"] == [actor]
    assert [g for o, g, _ in found if o == "injured"] == [actor]


def test_shared_complement_needs_a_bare_first_count() -> None:
    # the first count names its own people: the complement is the second's alone
    text = "Shelling killed 4 civilians and wounded 3 soldiers of the Malian army."
    groups = [(m.figure.outcome.value, m.figure.group) for m in find_casualties(text)]
    assert ("killed", "civilians") in groups
