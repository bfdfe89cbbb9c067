"""A bare toll noun ("toll", "saldo", "bilan", "balanço", "Bilanz") counts the dead unless
the count names its own outcome: "a toll of nine wounded" is nine injured, not nine killed
(docs/casualties-and-claims.md, "A toll that names its own outcome")."""

from __future__ import annotations

import pytest
from reading import report_figures as figures


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "The raid on the market left a toll of 14 wounded, the hospital said.", 14),
        ("es", "La emboscada dejó un saldo de once heridos, informó la Fiscalía.", 11),
        ("fr", "Le bilan provisoire est de 23 blessés, selon les secours.", 23),
        ("pt", "O balanço é de seis feridos, segundo os bombeiros.", 6),
        ("de", "Die Bilanz lag am Abend bei 31 Verletzten, teilte die Polizei mit.", 31),
    ],
)
def test_a_toll_of_wounded_is_injured(lang: str, text: str, count: int) -> None:
    assert figures(text, lang) == [("injured", count, "total")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The toll rose to 8 dead.", [("killed", 8, "total")]),
        ("en", "The toll of the clashes reached 19.", [("killed", 19, "total")]),
        (
            "es",
            "El saldo asciende a cinco heridos y dos muertos.",
            [("injured", 5, "total"), ("killed", 2, "total")],
        ),
        (
            "fr",
            "Le bilan s'est alourdi à 12 morts et 40 blessés.",
            [("killed", 12, "total"), ("injured", 40, "total")],
        ),
    ],
)
def test_a_toll_without_another_outcome_still_counts_the_dead(
    lang: str, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(text, lang) == expected
