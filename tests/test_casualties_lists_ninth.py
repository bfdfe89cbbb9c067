"""A list of victims after an "among the dead" frame with a personal name in apposition to
one member, and kin or aged people as members (docs/casualties-and-claims.md, "A personal
name inside a list of victims"), on sentences written for these tests."""

from __future__ import annotations

import pytest
from reading import part_figures


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a name between commas after a member: the same person, the list goes on
        ("en", "Among the dead were a 41-year-old fisherman, Ali Bakari, and two of his "
         "daughters.", ("killed", "civilians", 2, "two of his daughters", None)),
        ("en", "Among the wounded were a 28-year-old nurse, Grace Okafor, and five pupils.",
         ("injured", "civilians", 5, "five pupils", None)),
        ("fr", "Parmi les morts figurent un commerçant de 41 ans, Paul Mbeki, et trois femmes.",
         ("killed", "civilians", 3, "trois femmes", None)),
        ("es", "Entre los muertos figuran una enfermera de 35 años, Lucía Gómez, y dos niñas.",
         ("killed", "civilians", 2, "dos niñas", None)),
        ("pt", "Entre os mortos estão um agricultor de 45 anos, Manuel dos Santos, e dois "
         "filhos dele.", ("killed", "civilians", 2, "dois filhos dele", None)),
        ("de", "Unter den Toten sind ein 52 Jahre alter Bauer, Klaus Hofmann, und zwei Kinder.",
         ("killed", "civilians", 2, "zwei Kinder", None)),
        ("tr", "Hayatını kaybedenler arasında 45 yaşındaki bir çiftçi, Ahmet Kaya, ve iki "
         "çocuk var.", ("killed", "civilians", 2, "iki çocuk var", None)),
        # a name right after the noun, no comma (ru, uk)
        ("ru", "Среди погибших — 45-летний фермер Олег Смирнов и двое его сыновей.",
         ("killed", "civilians", 2, "двое его сыновей", None)),
        ("uk", "Серед загиблих — 45-річний фермер Петро Коваль та двоє його синів.",
         ("killed", "civilians", 2, "двоє його синів", None)),
    ],
)  # fmt: skip
def test_the_list_goes_on_after_a_name(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a civilian at their trade, with an age, after the dash (ru, uk)
        ("ru", "Среди погибших — 52-летний продавец и двое прохожих.",
         ("killed", "civilians", 1, "52-летний продавец", None)),
        ("uk", "Серед загиблих — 33-річний таксист і двоє пасажирів.",
         ("killed", "civilians", 1, "33-річний таксист", None)),
    ],
)  # fmt: skip
def test_an_aged_worker_after_the_dash(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the name is no person of its own: one figure for the member it names
        ("en", "Among the dead was a 50-year-old pastor, John Mensah, and his wife."),
        ("fr", "Parmi les morts figure un agriculteur de 50 ans, Pierre Diallo, et sa femme."),
    ],
)
def test_a_name_is_no_count_of_its_own(lang: str, text: str) -> None:
    assert sum((f[2] or 0) for f in part_figures(text, lang)) == 2
