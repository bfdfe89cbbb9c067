"""The sentence segmenter and German ordinal days (issue 14): "am 7. Oktober 2023" is one
sentence, its dot an ordinal's; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from conflict_events.text import sentences as split


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # German writes a day as an ordinal: its dot before a month name ends no sentence
        (
            "Die Hamas griff Israel am 7. Oktober 2023 an. Seitdem starben Tausende.",
            ["Die Hamas griff Israel am 7. Oktober 2023 an.", "Seitdem starben Tausende."],
        ),
        (
            "Am Montag, 3. März, kam es zu Kämpfen. Am 12. Okt. folgten weitere.",
            ["Am Montag, 3. März, kam es zu Kämpfen.", "Am 12. Okt. folgten weitere."],
        ),
        # a number before another word, or a decimal, ends its sentence as before
        (
            "Die Zahl der Toten stieg auf 12. Mehrere Menschen werden vermisst.",
            ["Die Zahl der Toten stieg auf 12.", "Mehrere Menschen werden vermisst."],
        ),
        (
            "Die Zahl stieg auf 2.5. März war der schlimmste Monat.",
            ["Die Zahl stieg auf 2.5.", "März war der schlimmste Monat."],
        ),
    ],
)
def test_an_ordinal_day_before_a_month_ends_no_german_sentence(
    text: str, sentences: list[str]
) -> None:
    assert [text[a:b] for a, b in split(text, lexicon="de")] == sentences
