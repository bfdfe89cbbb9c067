"""A toll raised to N: the toll's noun, a verb of rising, a preposition and the count ("el
número de guardias asesinados subió a 9", "die Zahl der Toten ist auf elf gestiegen"), and
the verb first ("eleva a 14 el número de policías asesinados"): the count takes the toll's
outcome and the group its people noun names (docs/casualties-and-claims.md, "A toll raised
to N")."""

from __future__ import annotations

import pytest
from reading import report_figures as figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the verb first, the toll's people and their participle after the count
        (
            "es",
            "La emboscada eleva a 11 el número de soldados asesinados en la región.",
            [("killed", 11, "combatants")],
        ),
        (
            "es",
            "El atentado elevó a seis el número de civiles muertos desde enero.",
            [("killed", 6, "civilians")],
        ),
        (
            "pt",
            "O confronto eleva para 17 o número de policiais mortos no estado.",
            [("killed", 17, "combatants")],
        ),
        (
            "pt",
            "A explosão elevou a oito o número de moradores feridos no bairro.",
            [("injured", 8, "civilians")],
        ),
        (
            "fr",
            "L'embuscade porte à 23 le nombre de soldats tués depuis mars.",
            [("killed", 23, "combatants")],
        ),
        # the toll's people before a link of several words ending in the personal "a"
        (
            "es",
            "El número de agentes asesinados se elevó a 27 en lo que va del año.",
            [("killed", 27, "combatants")],
        ),
        (
            "es",
            "El número de personas secuestradas subió a 35, según la fiscalía.",
            [("captured", 35, "total")],
        ),
        # the perfect
        ("es", "La cifra de fallecidos ha subido a 16.", [("killed", 16, "total")]),
        ("es", "El número de heridos ha llegado a 48.", [("injured", 48, "total")]),
        ("de", "Die Zahl der Toten ist inzwischen auf elf gestiegen.", [("killed", 11, "total")]),
        ("de", "Die Zahl der Verletzten hat sich auf 52 erhöht.", [("injured", 52, "total")]),
        ("de", "Die Zahl der Todesopfer stieg am Abend auf 19.", [("killed", 19, "total")]),
        ("de", "Damit war die Zahl der Todesopfer auf 13 angestiegen.", [("killed", 13, "total")]),
    ],
)
def test_a_toll_raised_to_a_count(
    lang: str, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patlama yaralı sayısını 27'ye çıkardı.", [("injured", 27, "total")]),
        ("Yeni saldırı ölü sayısını 9'a yükseltti.", [("killed", 9, "total")]),
    ],
)
def test_a_turkish_toll_raised_as_an_object(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    """The accusative of the toll's count noun before the count ("sayısını 27'ye çıkardı")."""
    assert figures(text, "tr") == expected
