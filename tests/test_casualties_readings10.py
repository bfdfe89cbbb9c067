"""Casualty figures that fresh copy states and the reader missed or mis-grouped (issue 14,
the sixth session of 2026-12-06): each construction in the languages that have it, on
sentences written for these tests (docs/casualties-and-claims.md, "Counts and groups real
copy states")."""

from __future__ import annotations

import pytest
from reading import SpannedFigure as Row
from reading import spanned_figures as _figures

from conflict_events.extract._casualties import find_casualties


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a number after "another" / "otras" is the count, not one person
        ("en", "Two soldiers died and another eleven were wounded.",
         ("injured", "combatants", 11, "eleven")),
        ("en", "Gunmen killed another 11 people in the market.", ("killed", "total", 11, "11 people")),
        ("es", "Los atacantes mataron a otras dos personas.", ("killed", "total", 2, "dos personas")),
        # verbs of losing people: killed when the head is a people noun
        ("en", "The army lost 20 soldiers in the attack.",
         ("killed", "combatants", 20, "20 soldiers")),
        ("fr", "L'armée a perdu trois soldats dans l'embuscade.",
         ("killed", "combatants", 3, "trois soldats")),
        ("es", "El ejército perdió a dos soldados.", ("killed", "combatants", 2, "dos soldados")),
        ("de", "Die Armee verlor drei Soldaten.", ("killed", "combatants", 3, "drei Soldaten")),
        # a possessive and a kin noun: one person, a civilian
        ("uk", "Загинув 54-річний чоловік, поранено його дружину.",
         ("injured", "civilians", 1, "його дружину")),
        ("ru", "Осколками ранили его жену.", ("injured", "civilians", 1, "его жену")),
        ("es", "Los sicarios mataron a su esposa.", ("killed", "civilians", 1, "su esposa")),
        # German: any capitalised noun after a plural count may name people
        ("de", "19 Verdächtige wurden festgenommen.", ("captured", "total", 19, "19 Verdächtige")),
        ("de", "Die Polizei nahm zwölf Täter fest.", ("captured", "total", 12, "zwölf Täter")),
        # the outcome's participle before the people noun gives the noun's group
        ("de", "Die Klinik meldete 40 verletzte Demonstranten.",
         ("injured", "civilians", 40, "40 verletzte Demonstranten")),
        ("de", "Es gab drei getötete Soldaten.", ("killed", "combatants", 3, "drei getötete Soldaten")),
        # the count before the toll it states, and links of several words
        ("es", "La fiscalía elevó a 23 el número de muertos.",
         ("killed", "total", 23, "23 el número de muertos")),
        ("fr", "Ce nouveau tir a porté à 15 le nombre de morts.",
         ("killed", "total", 15, "15 le nombre de morts")),
        ("pt", "A polícia elevou para 9 o número de detidos.",
         ("captured", "total", 9, "9 o número de detidos")),
        ("es", "La cifra de muertos se elevó a 31.", ("killed", "total", 31, "31")),
        ("es", "El número de heridos subió a 8.", ("injured", "total", 8, "8")),
        # a bare count after a comma takes the group just named
        ("fr", "Trois villageois enlevés vendredi, deux retrouvés sans vie.",
         ("killed", "civilians", 2, "deux")),
        ("en", "Three soldiers were killed in the ambush near the border, two were wounded.",
         ("injured", "combatants", 2, "two")),
        # words: injured, captured, campers and kin
        ("uk", "Одну людину травмовано в селі.", ("injured", "total", 1, "Одну людину")),
        ("ru", "Одну женщину травмировано.", ("injured", "civilians", 1, "Одну женщину")),
        ("es", "La policía aprehendió a 12 personas.", ("captured", "total", 12, "12 personas")),
        ("es", "Cinco manifestantes fueron aprehendidos.",
         ("captured", "civilians", 5, "Cinco manifestantes")),
        ("pt", "Sete acampados foram feridos.", ("injured", "civilians", 7, "Sete acampados")),
        ("pt", "O movimento falou em quatro acampados mortos.",
         ("killed", "civilians", 4, "quatro acampados mortos")),
        # burying people counts them dead, as ru "похоронили", uk "поховали"
        ("en", "We buried three members of my family.",
         ("killed", "total", 3, "three members of my family")),
        ("es", "Los vecinos enterraron a cinco personas.", ("killed", "total", 5, "cinco personas")),
        ("fr", "Les habitants ont enterré 12 personnes.", ("killed", "total", 12, "12 personnes")),
        # a number word after a conjunction written joined to it, as a digit is
        ("ar", "قتل 11 مسلحاً وسبعة جنود.", ("killed", "combatants", 7, "سبعة جنود")),
        ("ar", "أصيب ثلاثة مدنيين وخمسة جنود.", ("injured", "combatants", 5, "خمسة جنود")),
        # a partitive with a possessive, as pt "dois dos seus soldados"
        ("es", "Dos de sus soldados murieron en el ataque.",
         ("killed", "combatants", 2, "Dos de sus soldados")),
        ("fr", "Le groupe a perdu trois de ses combattants.",
         ("killed", "combatants", 3, "trois de ses combattants")),
    ],
)  # fmt: skip
def test_a_construction_of_fresh_copy_is_read(lang: str, text: str, expected: Row) -> None:
    assert expected in _figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The party lost 12 seats in the election."),
        ("fr", "Le club a perdu trois matches."),
        ("uk", "Знищено його техніку."),
        ("de", "Am Montag wurden 3 Dörfer eingenommen."),
        ("es", "El precio subió a 15 pesos."),
        ("en", "The rifle was found buried one foot below the ground."),
        ("en", "Buried a foot beneath the ground, the weapon was unearthed."),
    ],
)
def test_no_figure_where_the_words_name_no_people(lang: str, text: str) -> None:
    assert _figures(text, lang) == []


def test_one_more_person_is_still_read_alone() -> None:
    # "another" with no number after it still counts one
    assert ("killed", "total", 1, "another") in _figures("A hunter shot dead another.", "en")


def test_a_part_after_the_count_first_toll_points_at_it() -> None:
    text = "La Defensoría elevó a 15 el número de heridos, entre ellos un menor de edad."
    mentions = find_casualties(text, lexicon="es")
    total = next(i for i, m in enumerate(mentions) if m.figure.count.low == 15)
    part = next(m for m in mentions if m.figure.count.low == 1)
    assert part.role == "breakdown"
    assert part.total_index == total


@pytest.mark.parametrize(
    "text",
    [
        "Three people – two soldiers and a civilian – were wounded.",
        "Three people - two soldiers and a civilian - were wounded.",
    ],
)
def test_parts_between_dashes_share_the_outcome_after_them(text: str) -> None:
    mentions = find_casualties(text)
    assert [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low, m.role) for m in mentions
    ] == [
        ("injured", "total", 3, "total"),
        ("injured", "combatants", 2, "breakdown"),
        ("injured", "civilians", 1, "breakdown"),
    ]
