"""Casualty figures that fresh copy states and the reader missed (issue 14, the seventh
session of 2026-12-06, part A): each construction in the languages that have it, on
sentences written for these tests (docs/casualties-and-claims.md, "Seventh session (A)")."""

from __future__ import annotations

import pytest
from reading import SpannedFigure as Row
from reading import spanned_figures as _figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a verbal noun with a preposition written joined to it, governed by the verb before
        ("ar", "أفاد مصدر في الشرطة بمقتل أربعة جنود في الهجوم.",
         ("killed", "combatants", 4, "أربعة جنود")),
        ("ar", "أدى القصف لمقتل سبعة مدنيين في السوق.", ("killed", "civilians", 7, "سبعة مدنيين")),
        ("ar", "تسبب الانفجار بإصابة 12 شخصا بجروح.", ("injured", "total", 12, "12 شخصا")),
        ("ar", "ونددت النقابة باختطاف ثلاثة صحفيين.", ("captured", "civilians", 3, "ثلاثة صحفيين")),
        # suspects are people (of no side)
        ("ar", "وأعلنت الشرطة اعتقال خمسة مشتبه بهم.", ("captured", "total", 5, "خمسة مشتبه")),
        ("en", "Police arrested 5 of the suspects on Monday.",
         ("captured", "total", 5, "5 of the suspects")),
        ("fr", "La gendarmerie a interpellé trois suspects.",
         ("captured", "total", 3, "trois suspects")),
        # a headline's present tense
        ("en", "Gunmen kidnap 15 students in Kaduna", ("captured", "civilians", 15, "15 students")),
        ("en", "Bandits abduct more than 30 villagers in Niger state",
         ("captured", "civilians", 30, "more than 30 villagers")),
        ("fr", "Des hommes armés enlèvent 20 villageois près de Tillabéri",
         ("captured", "civilians", 20, "20 villageois")),
        # verbs of carrying people off
        ("en", "The raiders carted off more than 20 residents.",
         ("captured", "civilians", 20, "more than 20 residents")),
        ("en", "Gunmen snatched 14 passengers from a bus.",
         ("captured", "civilians", 14, "14 passengers from a bus")),
        ("en", "The fighters whisked away four aid workers.",
         ("captured", "civilians", 4, "four aid workers")),
        # neutralising people (killed), after a gerund too
        ("en", "Troops repelled the raid, neutralising 9 of the attackers.",
         ("killed", "combatants", 9, "9 of the attackers")),
        ("en", "Security forces neutralize 12 terrorists in Borno",
         ("killed", "combatants", 12, "12 terrorists")),
        # wounds sustained or suffered
        ("en", "Three soldiers sustained gunshot wounds, the army said.",
         ("injured", "combatants", 3, "Three soldiers")),
        ("en", "Two policemen suffered serious injuries.", ("injured", "combatants", 2, "Two policemen")),
        ("fr", "Quatre gendarmes ont subi des blessures.",
         ("injured", "combatants", 4, "Quatre gendarmes")),
        # German: custody, a compound of a singular head, officers
        ("de", "Zwölf Demonstranten wurden in Gewahrsam genommen.",
         ("captured", "civilians", 12, "Zwölf Demonstranten")),
        ("de", "Bei der Kundgebung wurde ein Fotojournalist verletzt.",
         ("injured", "civilians", 1, "ein Fotojournalist")),
        ("de", "Die Gewerkschaft sprach von elf verletzten Beamten.",
         ("injured", "combatants", 11, "elf verletzten Beamten")),
        # an age between the article and the noun
        ("de", "Am Abend wurde ein 58 Jahre alter Mann erschossen.",
         ("killed", "total", 1, "ein 58 Jahre alter Mann")),
        ("de", "Dabei wurde ein 15 Jahre alter Mann verletzt.",
         ("injured", "civilians", 1, "ein 15 Jahre alter Mann")),
        ("de", "Eine 71 Jahre alte Frau wurde getötet.",
         ("killed", "civilians", 1, "Eine 71 Jahre alte Frau")),
        # a passive's subject after a verb of saying
        ("en", "Police said a 14-year-old boy was wounded.",
         ("injured", "civilians", 1, "a 14-year-old boy")),
        ("en", "Officials said that a farmer was killed.", ("killed", "civilians", 1, "a farmer")),
        # "the number of <outcome noun> <people>" / "of <people> <outcome phrase>" before "at"
        ("en", "The army put the number of dead soldiers at nine.",
         ("killed", "combatants", 9, "nine")),
        ("en", "Doctors put the number of people treated for injuries at 31.",
         ("injured", "total", 31, "31")),
        # German's middle field: time, occasion and place between the verb and its object
        ("de", "Soldaten töteten in der Nacht zum Sonntag bei einem Einsatz im Bezirk Tank "
         "neun mutmaßliche Aufständische.",
         ("killed", "combatants", 9, "neun mutmaßliche Aufständische")),
        # two nouns of people sharing one count
        ("en", "Last month 18 soldiers and volunteers were killed in an ambush.",
         ("killed", "total", 18, "18 soldiers and volunteers")),
        ("es", "Doce mujeres y niños fueron secuestrados.",
         ("captured", "civilians", 12, "Doce mujeres y niños")),
        ("de", "Zwölf Soldaten und Polizisten wurden getötet.",
         ("killed", "combatants", 12, "Zwölf Soldaten und Polizisten")),
    ],
)  # fmt: skip
def test_one_figure(lang: str, text: str, expected: Row) -> None:
    assert _figures(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Поранених, серед яких 14-річна дівчина, госпіталізували.",
         ("injured", "civilians", 1, "14-річна дівчина")),
        ("uk", "Поранених, серед яких двоє дітей, доставили до лікарні.",
         ("injured", "civilians", 2, "двоє дітей")),
        ("ru", "Раненых, среди которых 16-летняя девушка, госпитализировали.",
         ("injured", "civilians", 1, "16-летняя девушка")),
        ("en", "The wounded, including a 14-year-old girl, were taken to hospitals.",
         ("injured", "civilians", 1, "a 14-year-old girl")),
        ("en", "The dead, among them two children, were buried on Friday.",
         ("killed", "civilians", 2, "two children")),
        ("fr", "Les blessés, dont une fillette de 12 ans, ont été évacués.",
         ("injured", "civilians", 1, "une fillette de 12 ans")),
        ("es", "Los heridos, entre ellos una niña de 14 años, fueron trasladados.",
         ("injured", "civilians", 1, "una niña de 14 años")),
        ("de", "Die Verletzten, darunter zwei Kinder, wurden in Kliniken gebracht.",
         ("injured", "civilians", 2, "zwei Kinder")),
        ("ar", "ونقل الجرحى، ومن بينهم طفلان، إلى المستشفى.", ("injured", "civilians", 2, "طفلان")),
    ],
)  # fmt: skip
def test_part_after_an_outcome_noun(lang: str, text: str, expected: Row) -> None:
    """An outcome noun, a comma and a breakdown's intro before the count: its outcome."""
    assert _figures(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "An ambush had killed 11 soldiers.", ("killed", "combatants", 11, "11 soldiers")),
        ("en", "A soldier had gunned down 4 civilians.", ("killed", "civilians", 4, "4 civilians")),
        ("fr", "Une embuscade avait tué 11 soldats.", ("killed", "combatants", 11, "11 soldats")),
        ("fr", "Un soldat avait blessé deux civils.", ("injured", "civilians", 2, "deux civils")),
        ("es", "Un francotirador había herido a tres policías.",
         ("injured", "combatants", 3, "tres policías")),
        ("pt", "Um ataque tinha matado 11 soldados.", ("killed", "combatants", 11, "11 soldados")),
    ],
)  # fmt: skip
def test_pluperfect_active_subject_is_no_victim(lang: str, text: str, expected: Row) -> None:
    """The subject of an active verb of killing is no victim in the pluperfect either."""
    assert _figures(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A soldier had been killed.", ("killed", "combatants", 1, "A soldier")),
        ("fr", "Un soldat avait été tué.", ("killed", "combatants", 1, "Un soldat")),
        ("pt", "Um homem tinha morrido.", ("killed", "total", 1, "Um homem")),
    ],
)  # fmt: skip
def test_pluperfect_passive_keeps_its_subject(lang: str, text: str, expected: Row) -> None:
    assert _figures(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # things are not neutralised people
        ("en", "The army said it neutralised three explosive devices."),
        ("en", "Gunmen snatched two cars."),
        # the conjoined noun opens a clause of its own
        ("en", "Police said the men sold two cars."),
        # "in Haft" after a span of years is no count of captives
        ("de", "Ein Mann wurde 24 Jahre alt."),
    ],
)  # fmt: skip
def test_no_figure(lang: str, text: str) -> None:
    assert _figures(text, lang) == []


def test_conjoined_noun_of_a_new_clause_stays_apart() -> None:
    """A conjoined noun with no auxiliary ("… and civilians fled") opens a clause of its own."""
    assert _figures("Troops killed 12 militants and civilians fled.", "en") == [
        ("killed", "combatants", 12, "12 militants")
    ]
