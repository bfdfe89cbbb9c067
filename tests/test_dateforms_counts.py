"""Counts whose scale word carries a case ending (issue 14): Turkish "11 milyondan fazla" (the
ablative a qualifier after the number asks for), "3 bini aşkın", "1 milyona yakın"; the Arabic
accusative and dual of a scale ("11 مليونا", "مليونا"), the Ukrainian plural after 2-4 ("2
мільйони").  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from conflict_events.extract import find_casualties
from conflict_events.parse import parse_count


@pytest.mark.parametrize(
    ("code", "text", "low", "high", "qualifier"),
    [
        ("tr", "11 milyondan fazla", 11_000_000, None, "more_than"),
        ("tr", "12 binden fazla", 12_000, None, "more_than"),
        ("tr", "on binden fazla", 10_000, None, "more_than"),
        ("tr", "3 bini aşkın", 3_000, None, "more_than"),
        ("tr", "2 milyarı aşkın", 2_000_000_000, None, "more_than"),
        ("tr", "1 milyona yakın", None, 1_000_000, "approximately"),
        ("ar", "11 مليونا", 11_000_000, 11_000_000, "exact"),
        ("ar", "أكثر من 11 مليونا", 11_000_000, None, "more_than"),
        ("ar", "3 مليارات", 3_000_000_000, 3_000_000_000, "exact"),
        ("uk", "2 мільйони", 2_000_000, 2_000_000, "exact"),
        ("uk", "понад 3 мільярди", 3_000_000_000, None, "more_than"),
    ],
)
def test_a_scale_with_a_case_ending_scales_its_number(
    code: str, text: str, low: int | None, high: int | None, qualifier: str
) -> None:
    count = parse_count(text, lexicon=code)
    assert (count.low, count.high, count.qualifier.value) == (low, high, qualifier)


def test_a_word_that_only_starts_like_a_scale_is_no_scale() -> None:
    # "bina" (building) is no "bin" (thousand) with a dative ending: vowel harmony gives "bine"
    with pytest.raises(ValueError, match="bina"):
        parse_count("3 bina", lexicon="tr")


@pytest.mark.parametrize(
    ("code", "text", "low"),
    [
        (
            "tr",
            "BM'ye göre çatışmalar nedeniyle 11 milyondan fazla kişi yerinden edildi.",
            11_000_000,
        ),
        ("tr", "Depremin ardından 3 bini aşkın kişi yaralandı.", 3_000),
        ("ar", "وأفادت الأمم المتحدة بأن أكثر من 11 مليونا نزحوا من منازلهم.", 11_000_000),
        ("uk", "Понад 2 мільйони людей загинули або зникли безвісти.", 2_000_000),
    ],
)
def test_the_count_is_read_in_running_text(code: str, text: str, low: int) -> None:
    figures = [m.figure for m in find_casualties(text, lexicon=code)]
    assert [f.count.low for f in figures] == [low], [str(f) for f in figures]
