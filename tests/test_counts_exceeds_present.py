"""A standing total told with "exceeds" in the present (Turkish "aşıyor", "aşmaktadır",
"geçiyor", the participle "aşan"): the count is a lower bound, as with the past "aştı"
(docs/extraction.md, Turkish postposed qualifiers)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report

CASES = [
    ("BM verilerine göre ülkede yerinden edilmiş kişi sayısı 2,1 milyonu aşıyor.", 2_100_000),
    ("Kuzeydeki kamplarda yerinden edilenlerin sayısı 40 bini aşmaktadır.", 40_000),
    ("Çatışmalarda hayatını kaybedenlerin sayısı 300'ü geçiyor.", 300),
    ("Saldırılarda 1000'i aşan sivil hayatını kaybetti.", 1000),
]


@pytest.mark.parametrize(("text", "low"), CASES)
def test_a_present_exceeds_makes_a_lower_bound(text: str, low: int) -> None:
    report = extract_report(text, published=dt.date(2026, 5, 21), lexicon="tr")
    counts = [
        (f.count.low, f.count.high, f.count.qualifier) for r in report.casualties for f in r.figures
    ]
    assert [(lo, hi) for lo, hi, _ in counts] == [(low, None)]
    assert counts[0][2].value == "more_than"
