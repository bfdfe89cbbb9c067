"""The tense reader of the languages whose scanner is derived from the rules reads a long
text's cue words from an index of the whole text (``_dates_scan._CueIndex``): the matches of
every window are those of the cue pattern over the window, and find_dates gives the same
mentions with the index as without it."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from conflict_events.lexicon import load
from conflict_events.parse import _dates_scan, find_dates
from conflict_events.parse._dates import _grammar

LANGUAGES = ("fr", "es", "pt", "de", "ru", "uk", "tr", "ar")


def _cue_and_words(code: str) -> tuple[re.Pattern[str], int, list[str]]:
    """The language's cue pattern as tense_reader builds it, its longest listed cue, and the
    cue words and endings (to write texts from)."""
    tense = _grammar(load(code)).words.tense
    words = sorted(
        {
            w.lower()
            for key in tense
            if key not in ("weak_future", "future_endings")
            for w in tense[key]
        },
        key=lambda w: (-len(w), w),
    )
    endings = sorted(tense.get("future_endings", ()), key=len, reverse=True)
    alternatives = [re.escape(w) for w in words]
    if endings:
        alternatives.append(rf"\w{{3,}}(?:{'|'.join(map(re.escape, endings))})")
    cue = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
    return cue, max(map(len, words)), [*words, *(f"xxx{e}" for e in endings)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_window_reads_the_cues_the_pattern_finds(code: str) -> None:
    cue, longest, vocabulary = _cue_and_words(code)
    rng = random.Random(code)
    others = ["x", "ab", "jeudi", "12", "_", "a" * 70, "é"]
    for _ in range(60):
        parts = []
        for _ in range(rng.randint(1, 40)):
            word = rng.choice(vocabulary) if rng.random() < 0.5 else rng.choice(others)
            parts.append(word.upper() if rng.random() < 0.2 else word)
            parts.append(rng.choice([" ", " ", "", "\n", "-", "'", ", "]))
        text = "".join(parts)
        index = _dates_scan._CueIndex(cue, text, longest)
        for _ in range(40):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            expected = [(m.start(), m.end(), m.group().lower()) for m in cue.finditer(text, a, b)]
            assert index.window(a, b) == expected, (text, a, b)


def test_the_reader_builds_the_pattern_these_tests_check() -> None:
    """The pattern above is tense_reader's: a long French text reads the same with the index
    as without it."""
    text = " ".join(
        ["Les combats ont repris jeudi, ils reprendront vendredi et lundi dernier."] * 30
    )
    anchor = dt.date(2024, 11, 27)
    with_index = find_dates(text, anchor, lexicon="fr")
    saved = _dates_scan._CUE_INDEX_AFTER
    try:
        _dates_scan._CUE_INDEX_AFTER = 10**9
        without = find_dates(text + " ", anchor, lexicon="fr")  # a new text: no index kept
    finally:
        _dates_scan._CUE_INDEX_AFTER = saved
    assert len(with_index) == 90
    assert [(m.start_char, m.direction, m.when) for m in with_index] == [
        (m.start_char, m.direction, m.when) for m in without
    ]
    assert {m.direction for m in with_index} == {"past", "future"}
