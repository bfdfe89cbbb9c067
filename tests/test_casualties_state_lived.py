"""A state that lasts or is lived in, between a count's noun and its participle: es "viven
desplazadas", pt "vivem deslocadas", fr "vivent déplacées", "restent déplacées" (the
lexicons' `auxiliary_words`, as "permanecen secuestrados" already was)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report

CASES = [
    ("es", "Según la ONU, más de 300.000 personas viven desplazadas en el norte del país.", 300_000),
    ("pt", "Na província, cerca de 900 mil pessoas vivem deslocadas, segundo a ONU.", 900_000),
    ("fr", "Dans la région, plus de 60 000 personnes vivent déplacées depuis 2019.", 60_000),
    ("fr", "Quelque 12 000 habitants restent déplacés, selon les autorités locales.", 12_000),
]  # fmt: skip


@pytest.mark.parametrize(("lexicon", "text", "low"), CASES)
def test_a_state_lived_in_is_the_outcome(lexicon: str, text: str, low: int) -> None:
    report = extract_report(text, published=dt.date(2026, 5, 21), lexicon=lexicon)
    figures = [(f.outcome.value, f.count.low) for r in report.casualties for f in r.figures]
    assert figures == [("displaced", low)]
