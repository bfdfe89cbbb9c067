"""People arrested, detained, abducted or held hostage (issue 14, the `captured` outcome on
fresh text): each construction in every language that has it, on sentences written for these
tests (docs/casualties-and-claims.md, "Captured: arrests, abductions, hostages")."""

from __future__ import annotations

import pytest
from reading import ranged_figures as _figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an adjunct of place or time between the verb and its object
        (
            "pt",
            "A polícia militar deteve na vila de Buco-Zau três estudantes.",
            ("captured", 3, "três estudantes"),
        ),
        (
            "pt",
            "Os rebeldes mataram no domingo 4 camponeses.",
            ("killed", 4, "4 camponeses"),
        ),
        (
            "es",
            "Los comuneros retuvieron durante casi seis horas a 14 policías.",
            ("captured", 14, "14 policías"),
        ),
        (
            "fr",
            "Les gendarmes ont arrêté à Bambari sept commerçants.",
            ("captured", 7, "sept commerçants"),
        ),
        (
            "ru",
            "Полицейские задержали в Белгороде троих подростков.",
            ("captured", 3, "троих подростков"),
        ),
        (
            "uk",
            "Поліцейські затримали в Харкові 34-річного чоловіка.",
            ("captured", 1, "34-річного чоловіка"),
        ),
        # a passive with a bare singular subject and its adjective (no article: one person)
        ("ru", "В Брянске задержан пожилой мужчина.", ("captured", 1, "пожилой мужчина")),
        ("uk", "У Сумах затримали місцевого жителя.", ("captured", 1, "місцевого жителя")),
        # a participle phrase or a relative clause between the people and their outcome
        (
            "fr",
            "Une trentaine de jeunes accusés de pillage ont été interpellés.",
            ("captured", 30, None),
        ),
        (
            "fr",
            "Deux hommes qui rentraient du marché ont été enlevés.",
            ("captured", 2, "Deux hommes"),
        ),
        # nominal forms and participles as the verb
        (
            "en",
            "The army announced the arrest of 30 suspected smugglers on Monday.",
            ("captured", 30, "30 suspected smugglers"),
        ),
        (
            "pt",
            "A polícia dispersou a marcha, tendo detido quatro estudantes.",
            ("captured", 4, "quatro estudantes"),
        ),
        # captives counted by a noun, with no verb (a headline)
        ("fr", "Nigeria : une quinzaine d'otages après l'attaque", ("captured", 15, None)),
        ("pt", "Greve em Maputo termina com dezenas de detidos", ("captured", 20, None)),
        ("es", "Protesta en Quito deja decenas de detenidos", ("captured", 20, None)),
        ("ru", "Акция протеста: десятки задержанных", ("captured", 20, None)),
        # Turkish: the active verb after its object in the accusative, in a -dığını clause
        (
            "tr",
            "Yetkili, silahlı kişilerin 6 işçiyi kaçırdığını söyledi.",
            ("captured", 6, "6 işçiyi"),
        ),
        # seizing a known people noun
        (
            "en",
            "Militants seized three shepherds near the border.",
            ("captured", 3, "three shepherds"),
        ),
        # taken from home or by armed men
        (
            "pt",
            "Um professor foi levado de casa por homens armados.",
            ("captured", 1, "Um professor"),
        ),
        (
            "es",
            "Un líder comunal fue sacado de su casa por hombres armados.",
            ("captured", 1, "Un líder comunal"),
        ),
    ],
)
def test_a_captured_figure(lang: str, text: str, expected: tuple[str, int, str | None]) -> None:
    outcome, low, words = expected
    found = [f for f in _figures(text, lang) if f[0] == outcome and f[2] == low]
    assert found, _figures(text, lang)
    if words is not None:
        assert found[0][4] == words


def test_a_part_after_a_clause_of_a_captured_total() -> None:
    text = (
        "Pelo menos 30 manifestantes foram detidos e levados para a esquadra central, "
        "entre os quais dois menores."
    )
    assert _figures(text, "pt") == [
        ("captured", "civilians", 30, None, "Pelo menos 30 manifestantes"),
        ("captured", "civilians", 2, 2, "dois menores"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # releases are no captures, also after the personal "a"
        ("es", "El ejército liberó a 12 rehenes."),
        ("ru", "Командир отряда освободил 12 заложников."),
        ("fr", "L'armée a libéré une dizaine d'otages."),
        # things seized are no people
        ("en", "Troops seized two tankers and 40 rifles."),
        # the count of an adjunct that ends in no name is no object
        ("pt", "Seis suspeitos morreram durante uma operação contra uma facção criminosa."),
        ("es", "Un policía murió en Ocaña al estallar un artefacto explosivo."),
        # taken to hospital is no abduction
        ("pt", "Três homens foram levados ao hospital."),
    ],
)
def test_no_captured_figure(lang: str, text: str) -> None:
    found = _figures(text, lang)
    assert not [f for f in found if f[0] == "captured"], found
    assert not [f for f in found if f[4].endswith(("facção criminosa", "artefacto explosivo"))]


def test_a_later_verb_of_killing_wins_over_seizing() -> None:
    assert _figures("Villagers seized two men and beat them to death.", "en") == [
        ("killed", "total", 2, 2, "two men")
    ]
