"""Figures a careful reader counts (issue 14, the twelfth session of 2026-12-07, persons):
dying of one's wounds, a headline's present, the arrest of, a passive of taking people
away, an apposition naming the same person by trade or kin, an age after the noun with no
preposition (ru, uk), "other" between a count and its noun (fr, pt), reported missing and
a few outcome words; sentences written for these tests, with sentences that must stay as
they were (docs/casualties-and-claims.md, "Twelfth session (persons)")."""

from __future__ import annotations

import pytest
from reading import part_figures


def _found(text: str, lang: str) -> list[tuple[object, ...]]:
    """(outcome, group, low, first word) of every figure of ``text``."""
    return [(*f[:3], str(f[3]).split()[0]) for f in part_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # dying of one's wounds
        ("fr", "Un gendarme a succombé à ses blessures à l'hôpital de Kaya.", ("killed", "combatants", 1, "Un")),
        ("de", "Eine Frau erlag am Abend ihren schweren Verletzungen.", ("killed", "civilians", 1, "Eine")),
        ("es", "Un agricultor sucumbió a sus heridas en la clínica.", ("killed", "civilians", 1, "Un")),
        ("pt", "Um camponês sucumbiu aos ferimentos no hospital de Montepuez.", ("killed", "civilians", 1, "Um")),
        # a headline's present
        ("es", "Hombres armados ejecutan a cuatro comerciantes en Zamora", ("killed", "civilians", 4, "cuatro")),
        ("es", "Privan de la libertad a dos estudiantes en Guasave", ("captured", "civilians", 2, "dos")),
        ("pt", "Rebeldes decapitam quatro camponeses em Muidumbe", ("killed", "civilians", 4, "quatro")),
        ("ar", "مسلحون يقتلون أربعة مدنيين في جنوب كردفان", ("killed", "civilians", 4, "أربعة")),
        ("ar", "الجيش يعتقل خمسة مسلحين قرب الحدود", ("captured", "combatants", 5, "خمسة")),
        # the arrest of people counted after
        ("ar", "أعلنت الشرطة القبض على 9 أشخاص في أم درمان.", ("captured", "total", 9, "9")),
        # a passive of taking people away
        ("pt", "Pelo menos seis mulheres foram levadas pelos atacantes.", ("captured", "civilians", 6, "Pelo")),
        ("es", "Dos comerciantes fueron llevados por un comando armado.", ("captured", "civilians", 2, "Dos")),
        # hit by fragments
        ("en", "An 8-year-old girl was hit by shrapnel in the market.", ("injured", "civilians", 1, "An")),
        # the same person named again by trade or kin between commas
        ("ru", "Один человек, водитель маршрутки, погиб на месте.", ("killed", "civilians", 1, "Один")),
        ("en", "A teenager, her cousin, was hit by shrapnel near the stalls.", ("injured", "civilians", 1, "A")),
        ("pt", "Uma menina de 9 anos, sobrinha do comerciante, foi baleada no braço.", ("injured", "civilians", 1, "Uma")),
        # an age after the noun with no preposition
        ("uk", "Під час обстрілу загинула дівчинка 9 років.", ("killed", "civilians", 1, "дівчинка")),
        ("ru", "В результате удара погибла женщина 72 лет.", ("killed", "civilians", 1, "женщина")),
        # "other" between the count and its noun
        ("fr", "Quatre autres personnes ont été enlevées.", ("captured", "total", 4, "Quatre")),
        # reported missing; an army's "put out of action"; people still in care
        ("es", "Más de 300 personas reportadas como desaparecidas en Jalisco.", ("missing", "total", 300, "Más")),
        ("de", "Die Armee erklärte, sie habe 25 Kämpfer ausgeschaltet.", ("killed", "combatants", 25, "25")),
        ("en", "Nine others were still being treated at the clinic.", ("injured", "total", 9, "Nine")),
    ],
)  # fmt: skip
def test_construction(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        # the wounded taken to a hospital are no captives
        ("pt", "Dois feridos foram levados para o hospital de Pemba.", ("captured", "total", 2, "Dois")),
        ("es", "Tres heridos fueron llevados al hospital civil.", ("captured", "total", 3, "Tres")),
        # an apposition that opens with an outcome's noun is a clause, no person named again
        ("ru", "Двое мужчин, раненых при взрыве, скончались.", ("killed", "total", 2, "Двое")),
        # an age's number is no count of people
        ("uk", "Загинула жінка 57 років.", ("killed", "total", 57, "57")),
    ],
)  # fmt: skip
def test_what_stays_out(lang: str, text: str, unexpected: tuple[object, ...]) -> None:
    assert unexpected not in _found(text, lang)
