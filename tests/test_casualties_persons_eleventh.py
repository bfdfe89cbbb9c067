"""Figures a careful reader counts (issue 14, the eleventh session of 2026-12-07, persons): a
source's insert between a counted subject and its verb or after "among the dead", an
uncounted plural before the counted member of "among the dead", people leaving their place
(ru, uk), and nouns of road users; sentences written for these tests, with sentences that
must stay as they were (docs/casualties-and-claims.md, "Eleventh session (persons): a
source's insert, an uncounted plural, leaving one's place")."""

from __future__ import annotations

import pytest
from reading import part_figures


def _found(text: str, lang: str) -> list[tuple[object, ...]]:
    """(outcome, group, low, first word) of every figure of ``text``."""
    return [(*f[:3], str(f[3]).split()[0]) for f in part_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a source's insert between commas after the counted subject, before its verb
        (
            "ru",
            "Десятки жителей, по данным местных властей, бежали из деревни.",
            ("displaced", "civilians", 20, "Десятки"),
        ),
        (
            "en",
            "Fourteen farmers, according to the district chief, were abducted overnight.",
            ("captured", "civilians", 14, "Fourteen"),
        ),
        (
            "uk",
            "Троє рятувальників, за даними ДСНС, загинули під час повторного удару.",
            ("killed", "civilians", 3, "Троє"),
        ),
        # ... and after "among the dead" or its copula
        (
            "ru",
            "Среди раненых, по словам врачей, трое детей.",
            ("injured", "civilians", 3, "трое"),
        ),
        (
            "en",
            "Among the wounded were, according to the hospital, five pupils.",
            ("injured", "civilians", 5, "five"),
        ),
        (
            "de",
            "Unter den Verletzten seien nach Angaben der Klinik auch vier Schüler.",
            ("injured", "civilians", 4, "vier"),
        ),
        (
            "de",
            "Unter den Toten sei laut Polizei ein Lehrer aus dem Nachbardorf.",
            ("killed", "civilians", 1, "ein"),
        ),
        (
            "es",
            "Entre los heridos figuran, según la Cruz Roja, dos enfermeras.",
            ("injured", "civilians", 2, "dos"),
        ),
        # an uncounted plural before the counted member of "among the dead"
        (
            "de",
            "Unter den Getöteten seien auch Frauen und mindestens drei Kinder.",
            ("killed", "civilians", 3, "mindestens"),
        ),
        (
            "en",
            "Among the abducted were women and four children.",
            ("captured", "civilians", 4, "four"),
        ),
        (
            "fr",
            "Parmi les blessés figurent des commerçants et trois élèves.",
            ("injured", "civilians", 3, "trois"),
        ),
        (
            "es",
            "Entre los heridos figuran comerciantes y cinco niños.",
            ("injured", "civilians", 5, "cinco"),
        ),
        (
            "pt",
            "Entre os feridos estão comerciantes e seis crianças.",
            ("injured", "civilians", 6, "seis"),
        ),
        # leaving one's place, the verb before its count (ru, uk)
        (
            "ru",
            "За неделю из приграничных сел выехали около 800 жителей.",
            ("displaced", "civilians", 800, "около"),
        ),
        (
            "uk",
            "Із прикордонних сіл за тиждень виїхали понад 2 тисячі людей.",
            ("displaced", "total", 2000, "понад"),
        ),
        # road users, and a gendarme named by his corps
        (
            "en",
            "The gunmen shot dead a motorist and two motorcyclists at the checkpoint.",
            ("killed", "civilians", 2, "two"),
        ),
        (
            "es",
            "En el ataque murieron un guardia civil y dos automovilistas.",
            ("killed", "civilians", 2, "dos"),
        ),
        (
            "es",
            "En el ataque murieron un guardia civil y dos automovilistas.",
            ("killed", "combatants", 1, "un"),
        ),
        (
            "fr",
            "Un automobiliste et deux motards ont été tués par balle.",
            ("killed", "civilians", 2, "deux"),
        ),
        (
            "pt",
            "Dois motociclistas foram baleados na avenida.",
            ("injured", "civilians", 2, "Dois"),
        ),
        (
            "de",
            "Zwei Lkw-Fahrer wurden bei dem Angriff getötet.",
            ("killed", "civilians", 2, "Zwei"),
        ),
        # the outcome phrase before its subject (es, pt)
        (
            "es",
            "En la emboscada perdieron la vida tres agentes y un conductor.",
            ("killed", "combatants", 3, "tres"),
        ),
        (
            "pt",
            "Na troca de tiros perdeu a vida um comerciante de 33 anos.",
            ("killed", "civilians", 1, "um"),
        ),
        # a list member after a relative clause with no people in it
        (
            "es",
            "Murieron un maestro que regresaba de la escuela y dos niñas.",
            ("killed", "civilians", 2, "dos"),
        ),
        (
            "pt",
            "Morreram um motorista que passava pela avenida e duas crianças.",
            ("killed", "civilians", 2, "duas"),
        ),
    ],
)
def test_figures_a_reader_counts(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an insert that is no source's stays a bar: no figure of the dead is read past it
        ("en", "Among the dead were, he said, no children."),
        # leaving a place with no count of people gives nothing
        ("ru", "Сотрудники полиции выехали на место происшествия."),
        ("uk", "Рятувальники виїхали на виклик."),
    ],
)
def test_what_stays_out(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the kin of the last member named again after a bare comma is no member of its own
        ("es", "Murieron una vendedora y un niño de 9 años, su sobrino.", 2),
        ("en", "Gunmen killed a herder and a 10-year-old girl, his daughter.", 2),
        # ... but a list told with commas goes on ("un campesino, su esposa y su hijo")
        ("es", "Murieron un campesino, su esposa y su hijo.", 3),
        # a relative clause that names people may hold its own list: no member after it
        ("es", "Murió un hombre que viajaba con su esposa y dos hijos.", 1),
    ],
)
def test_how_many_figures(lang: str, text: str, expected: int) -> None:
    assert len(_found(text, lang)) == expected
