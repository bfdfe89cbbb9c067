"""A total whose list of parts between commas holds a part the list reader does not take
keeps its outcome (docs/casualties-and-claims.md, "A list of parts the reader does not
take"), on sentences written for these tests."""

from __future__ import annotations

import pytest
from reading import spanned_figures


@pytest.mark.parametrize(
    ("lang", "text", "total"),
    [
        ("en", "At least 23 people, including a 70-year-old man, were killed on Monday.",
         ("killed", "total", 23, "At least 23 people")),
        ("en", "At least 23 people, including three women, two teachers and a chief, were "
         "killed on Monday.", ("killed", "total", 23, "At least 23 people")),
        ("en", "Nine people, among them a village head and his two sons, were wounded.",
         ("injured", "total", 9, "Nine people")),
        ("fr", "Au moins 12 personnes, dont un homme de 70 ans, trois femmes et deux enfants, "
         "ont été tuées lundi.", ("killed", "total", 12, "Au moins 12 personnes")),
        ("es", "Al menos 14 personas, entre ellas un campesino de 60 años y sus dos nietos, "
         "murieron el domingo.", ("killed", "total", 14, "Al menos 14 personas")),
    ],
)  # fmt: skip
def test_the_total_keeps_its_outcome(lang: str, text: str, total: tuple[object, ...]) -> None:
    assert total in spanned_figures(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # a clause mark before the outcome: it is another sentence's, not the total's
        "At least 23 people, including three women; two were killed later.",
        "At least 23 people, including three women. Two were killed on Monday.",
    ],
)
def test_an_outcome_past_a_clause_mark_is_not_the_totals(text: str) -> None:
    assert all(f[2] != 23 for f in spanned_figures(text, "en"))
