"""The derived scanner's start pass by automaton (``text._accel.StartKeys``): the start pattern
is tried only where a word begins with one of the strings its matches begin with (a rule's, a
range's opening word's, "since"'s, a hedge's or a filler's, read off the compiled patterns),
and a hedge or filler only where another of them follows within the widest step.  Checked
against the start pattern tried at every word start, in every language, on the fixture texts
and on made-up sentences (digits of other scripts, quotations opened with apostrophes, runs of
fillers, a text that opens with a date)."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from conflict_events.lexicon import load
from conflict_events.parse import _dates, _dates_scan
from conflict_events.text._accel import StartKeys, widest

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
    plain = attrs.evolve(sc, start_keys=None)
    chains = _dates_scan._Chains(gr, plain, s, (text, offsets))  # type: ignore[arg-type]
    return list(_dates_scan._starts(plain, s, chains))


def _keyed_starts(sc: _dates_scan.Scan, gr: object, text: str) -> list[int]:
    s, offsets = _dates_scan.normalised_with_offsets(text, _dates._SCAN_FOLD)
    chains = _dates_scan._Chains(gr, sc, s, (text, offsets))  # type: ignore[arg-type]
    return list(_dates_scan._starts(sc, s, chains))


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyed_starts_are_the_start_patterns(language: str) -> None:
    lexicon = load(language)
    if language == "en":  # English's derived scanner, as its [scan] table switches it on
        lexicon = lexicon.extended({"date_grammar": {"scan": {"derived": True}}})
    gr = _dates._grammar_of(lexicon)
    sc = _dates_scan.scan(gr)
    assert sc.start_keys is not None  # every language's start strings are spelled out
    texts = [p.read_text(encoding="utf-8") for p in sorted((TEXTS / language).glob("*.txt"))]
    for text in [*texts, *MADE_UP]:
        for variant in (text, f"'{text}", f"({text[:200]}) {text[-200:]}"):
            assert _keyed_starts(sc, gr, variant) == _plain_starts(sc, gr, variant)


def test_start_keys_find_digits_words_and_steps() -> None:
    keys = StartKeys(
        ["mon\x02", "\x01 may", "the \x01s", "\u0661\u0662 x"],
        ["on ", "in "],
        digits="\x01",
        ends="\x02",
        reach=3,
    )
    # a run of digits of any script from its first digit; "mon" the weekday, not "monitor";
    # a run of digits inside a key cuts it ("the 1990s"); "in " before no key is no start,
    # "on " before "mon" is; a key inside a word ("on" of "mon") is the caller's to drop
    text = "in the monitor 2023 may, ٢٠٢٣ may the 1990s on mon 77 x"
    assert keys.starts(text) == [15, 25, 34, 44, 47, 48, 51]


def test_start_keys_read_ascii_text_as_any_text() -> None:
    # an ASCII text has its digits marked by a bytes table; the same words after a non-ASCII
    # character (digits marked by the pattern for any script) give the same starts
    keys = StartKeys(
        ["mon\x02", "\x01 may", "the \x01s"], ["on "], digits="\x01", ends="\x02", reach=3
    )
    text = "on mon 12 may 2023, the 1990s and 7 may; the 80s on monitor"
    shifted = "\u00e9 " + text
    assert keys.starts(text) == [p - 2 for p in keys.starts(shifted)] == [0, 3, 4, 7, 20, 34, 41]


def test_widest_step() -> None:
    assert widest(r"(?:on|during|the whole of) ") == 13
    assert widest(r"(?:\d+ )") is None
