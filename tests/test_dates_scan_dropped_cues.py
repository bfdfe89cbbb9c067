"""The derived scanner looks for the words the resolver drops inside an expression ("fiscal",
"FY", "or so": ``Scan.dropped``) only where the text holds one of them at a word start, as the
dropped-words pattern reads them (its ``\\b``): a cue inside a longer word ("fy" in
"identify", "финансовый" in "нефинансовый") leaves the text uncut and the pattern unsearched
(docs/measuring.md, "The derived scanner's English cost")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.lexicon import Lexicon, load
from conflict_events.parse import _dates_scan, find_dates

ANCHOR = dt.date(2025, 6, 18)


def _lexicon(language: str) -> Lexicon:
    return load(language)


def _cuts(language: str, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """How many times the text was cut, and the mentions found."""
    calls: list[str] = []
    cut = _dates_scan.Offsets.cut

    def counted(self: _dates_scan.Offsets, s: str, pattern: object) -> str:
        calls.append(s)
        return cut(self, s, pattern)  # type: ignore[arg-type]

    monkeypatch.setattr(_dates_scan.Offsets, "cut", counted)
    found = [m.text for m in find_dates(text, ANCHOR, lexicon=_lexicon(language))]
    return len(calls), found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Inspectors could not identify the convoy that left on Tuesday."),
        ("en", "Officers tried to justify the raid on the camp last week."),
        ("de", "Das Bundeshaushaltsjahresende kam, die Miliz griff am Montag an."),
        ("ru", "Нефинансовый отчёт вышел во вторник, сообщили в штабе."),
        ("uk", "Нефінансовий звіт оприлюднили у вівторок, повідомили в штабі."),
    ],
)
def test_a_cue_inside_a_word_cuts_nothing(
    language: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cuts, found = _cuts(language, text, monkeypatch)
    assert cuts == 0
    assert found  # the weekday or the week is still found


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        ("en", "The ministry will identify the cost in fiscal 2027, aides said.", "fiscal 2027"),
        ("en", "Aid rose in FY 2023, the donors said.", "FY 2023"),
        ("en", "They justify a truce signed a week or so ago.", "a week or so ago"),
    ],
)
def test_a_cue_at_a_word_start_is_cut(
    language: str, text: str, mention: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cuts, found = _cuts(language, text, monkeypatch)
    assert cuts == 1
    assert mention in found
