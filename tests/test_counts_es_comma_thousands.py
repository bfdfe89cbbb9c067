"""Spanish copy from Mexico and Central America groups thousands with a comma ("2,000
personas", "más de 1,800 homicidios"); Spain's decimal comma stays a decimal where it is not
followed by exactly three digits ("2,5 millones")."""

from __future__ import annotations

import pytest
from reading import report_figures

from conflict_events.parse import parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unas 3,500 personas fueron desplazadas por los enfrentamientos.",
            [("displaced", 3500, "total")],
        ),
        (
            "Más de 1,200 personas fueron asesinadas en el municipio este año.",
            [("killed", 1200, "total")],
        ),
        (
            "Al menos 12,400 personas siguen desaparecidas en el estado.",
            [("missing", 12400, "total")],
        ),
        ("Unas 2.300 personas huyeron de la zona.", [("displaced", 2300, "total")]),
    ],
)
def test_a_comma_before_three_digits_groups_thousands(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert report_figures(text, "es") == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("4,200", 4200), ("1,250,000", 1250000), ("2,5 millones", 2500000), ("14.000", 14000)],
)
def test_spanish_digits(text: str, value: int) -> None:
    count = parse_count(text, lexicon="es")
    assert (count.low, count.high) == (value, value)
