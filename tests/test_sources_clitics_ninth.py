"""A joined preposition is stripped from an Arabic source's first word ("وفقا لمصادر" ->
"مصادر"), but never a letter of the word itself: "لجان" (committees) and "لجنة" (a
committee) begin with their own "ل" (docs/casualties-and-claims.md, "A source word's own
first letter")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report


def source_of(text: str) -> str:
    report = extract_report(text, published=dt.date(2026, 2, 19), lexicon="ar")
    (name,) = {c.attribution.source_name for c in report.casualties if c.attribution}
    assert name is not None
    return name


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("قتل سبعة مدنيين، بحسب ما أفادت لجان مقاومة نيالا في بيان.", "لجان مقاومة نيالا"),
        ("وقالت لجنة الإنقاذ المحلية إن أربعة مدنيين قتلوا.", "لجنة الإنقاذ المحلية"),
        ("قتل ستة مدنيين، وفقا للجنة أطباء كردفان.", "لجنة أطباء كردفان"),
        ("قتل ستة مدنيين، وفقا للجان الطوارئ.", "لجان الطوارئ"),
    ],
)
def test_a_source_word_keeps_its_own_first_letter(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("قتل ثلاثة مدنيين، وفقا لمصادر طبية.", "مصادر طبية"),
        ("قتل ثلاثة مدنيين، وفقا للمرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
        ("قتل ثلاثة مدنيين، وفقا لوزارة الصحة.", "وزارة الصحة"),
    ],
)
def test_a_joined_preposition_is_still_stripped(text: str, source: str) -> None:
    assert source_of(text) == source
