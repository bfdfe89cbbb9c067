"""The derived scanner's start pass (``_dates_scan._starts``): the start pattern is tried only
where its guard, one search with ``re``, finds a word that begins with one of the strings its
matches begin with (a rule's, a range's opening word's, "since"'s, a hedge's or a filler's,
read off the compiled patterns by ``text._accel.start_key_trie``), and a hedge or filler only
where another of them follows.  Checked against the start pattern tried at every word start,
in every language, on the fixture texts and on made-up sentences (digits of other scripts,
quotations opened with apostrophes, runs of fillers, a text that opens with a date, ASCII
text and the same with one character beyond it)."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

from conflict_events.lexicon import load
from conflict_events.parse import _dates, _dates_scan
from conflict_events.text._accel import start_key_trie

LANGUAGES = ("en", "fr", "es", "pt", "de", "ru", "uk", "tr", "ar")
TEXTS = Path(__file__).parent / "fixtures" / "texts"
MADE_UP = (
    "Tuesday rebels returned; ``Yesterday they left, '60s style, in (Friday) 2019-20.",
    "On or about 12 March and in the whole of the 1990s, since around 2016 or so.",
    "El 12 de marzo, 'Hoy' dijeron; desde hace tres días y en 2016 huyeron.",
    "في ١٢ مايو ٢٠٢٣ ومنذ يومين قال الجيش إن الهجوم وقع الخميس.",
    "Am 3. Mai 2024 und seit Jahresbeginn; 7 Ekim 2023'te ve geçen yılın ekim ayında.",
    "в первом квартале 2024 года и через три дні, 15 мая.",
    "in the in the in the in the in the in the in the on Monday",
)


def _plain_starts(sc: _dates_scan.Scan, gr: object, text: str) -> list[int]:
    """The starts with the start pattern tried at every word start (one ``finditer``)."""
    s, offsets = _dates_scan.normalised_with_offsets(text, _dates._SCAN_FOLD)
    plain = attrs.evolve(sc, guard=None, guard_ascii=None)
    chains = _dates_scan._Chains(gr, plain, s, (text, offsets))  # type: ignore[arg-type]
    return [p for p, _ in _dates_scan._starts(plain, s, chains)]


def _keyed_starts(sc: _dates_scan.Scan, gr: object, text: str) -> list[int]:
    s, offsets = _dates_scan.normalised_with_offsets(text, _dates._SCAN_FOLD)
    chains = _dates_scan._Chains(gr, sc, s, (text, offsets))  # type: ignore[arg-type]
    return [p for p, _ in _dates_scan._starts(sc, s, chains)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyed_starts_are_the_start_patterns(language: str) -> None:
    lexicon = load(language)
    gr = _dates._grammar_of(lexicon)
    sc = _dates_scan.scan(gr)
    assert sc.guard is not None  # every language's start strings are spelled out
    texts = [p.read_text(encoding="utf-8") for p in sorted((TEXTS / language).glob("*.txt"))]
    for text in [*texts, *MADE_UP]:
        variants = (text, f"'{text}", f"({text[:200]}) {text[-200:]}", f"{text} \u00e9")
        for variant in variants:
            assert _keyed_starts(sc, gr, variant) == _plain_starts(sc, gr, variant)


def test_start_key_trie_finds_digits_words_and_ends() -> None:
    trie = start_key_trie(
        ["mon\x02", "\x01 may", "the \x01s", "\u0661\u0662 x", "on "], digits="\x01", ends="\x02"
    )
    # a run of digits of any script from its first digit; "mon" the weekday, not "monitor";
    # a run of digits inside a key cuts it ("the 1990s"); a digit written in a key is any
    # digit ("١٢ x": a run of digits before " x")
    text = "in the monitor 2023 may, ٢٠٢٣ may the 1990s on mon 77 x"
    found = [m.start() for m in re.finditer(rf"(?<!\w)(?={trie})", text)]
    assert found == [15, 25, 34, 44, 47, 51]


def test_guard_reads_ascii_text_as_any_text() -> None:
    # the guard compiled for ASCII text finds what the one for any text finds
    lexicon = load("en")
    sc = _dates_scan.scan(_dates._grammar_of(lexicon))
    assert sc.guard is not None
    assert sc.guard_ascii is not None
    text = "on Monday 12 May 2023, the 1990s and 7 may; the 80s on monitor_x in the town on mon"
    s, _ = _dates_scan.normalised_with_offsets(text, _dates._SCAN_FOLD)
    assert [m.span() for m in sc.guard_ascii.finditer(s)] == [
        m.span() for m in sc.guard.finditer(s)
    ]
