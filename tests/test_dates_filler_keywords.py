"""The keyword table holds the filler-led forms of its phrases, read as the resolver reads them.

A filler before a keyword phrase ("el pasado martes", "у вівторок", "on Friday") used to
cost a failed first pass, the constructions' tests, the prefix pattern and a second route
before the phrase's one look-up; the table now holds the filler-led text itself
(``_dates._filler_led``, derived once per grammar with the resolver's own patterns and
cached with the rest of the grammar's data).  These tests check, in every language, that
every entry the table holds beyond the phrases it is made from reads exactly as the slow
path reads the text without that entry: the same span or the same refusal, in both
directions, with and without a reference time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import resolve_date
from conflict_events.lexicon import load
from conflict_events.parse import _dates

LANGUAGES = ("en", "fr", "es", "pt", "ar", "de", "ru", "uk", "tr")
ANCHORS = (dt.date(2024, 11, 27), dt.date(2023, 3, 5))
# references the anaphora rules count from: a day, a month
REFERENCES = (
    (dt.date(2024, 11, 20), dt.date(2024, 11, 20), _dates._AT_DAY),
    (dt.date(2024, 10, 1), dt.date(2024, 10, 31), _dates._AT_MONTH),
)


def _reading(
    grammar: _dates._Grammar,
    s: str,
    anchor: dt.date,
    future: bool,
    ref: _dates._Span | None,
) -> object:
    _dates._LAST_PARSE = (None, "", None)  # no parse kept from the call before
    try:
        return _dates._resolve_core(grammar, s, anchor, future, ref)
    except _dates._RejectError as exc:
        return ("rejected", str(exc))


def _derived(grammar: _dates._Grammar) -> list[str]:
    """The table's texts beyond the phrases it is made from (the days of named months,
    which no filler leads, among them)."""
    phrases = {*_dates._keyword_phrases(grammar), *_dates._day_month_phrases(grammar)}
    return [s for s in grammar.keywords if s not in phrases]


@pytest.mark.parametrize("code", LANGUAGES)
def test_filler_led_entries_read_as_the_slow_path(code: str) -> None:
    grammar = _dates._grammar(load(code))
    derived = _derived(grammar)
    assert derived, code  # every language has fillers before its phrases
    for k, s in enumerate(derived):
        cases = [(anchor, future, None) for anchor in ANCHORS for future in (False, True)]
        if k % 5 == 0:  # (a fifth of them with a reference too)
            cases += [(ANCHORS[0], False, ref) for ref in REFERENCES]
        entry = grammar.keywords.pop(s)
        try:
            slow = [_reading(grammar, s, *case) for case in cases]
        finally:
            grammar.keywords[s] = entry
        fast = [_reading(grammar, s, *case) for case in cases]
        assert fast == slow, (code, s)


@pytest.mark.parametrize("code", LANGUAGES)
def test_peeled_entries_share_the_phrase_entry(code: str) -> None:
    """A text the first pass reads nothing of holds the entry of the phrase its filler is
    peeled onto (the same handler and groups), and no entry is a hedge's."""
    grammar = _dates._grammar(load(code))
    peeled = 0
    for s in _derived(grammar):
        prefix = grammar.prefix.match(s)
        assert prefix is not None, (code, s)
        assert not prefix["hedge"], (code, s)
        rest = s[prefix.end() :]
        if _dates._parse_uncached(grammar, s) is None:
            peeled += 1
            assert grammar.keywords[s] is grammar.keywords[rest], (code, s)
            assert _dates._peels_to(grammar, s, rest), (code, s)
    assert peeled, code


@pytest.mark.parametrize(
    ("code", "text", "bare"),
    [
        ("es", "El pasado viernes", "pasado viernes"),
        ("es", "durante este mes", "este mes"),
        ("pt", "no próximo sábado", "próximo sábado"),
        ("fr", "pendant la semaine dernière", "la semaine dernière"),
        ("de", "am vergangenen Montag", "vergangenen Montag"),
        ("uk", "у середу", "середа"),
        ("ru", "в пятницу вечером", "пятница вечером"),
        ("en", "on Thursday night", "Thursday night"),
    ],
)
def test_filler_led_texts_are_one_look_up(code: str, text: str, bare: str) -> None:
    """Filler-led forms of the commonest phrases are in the table, and read as before."""
    grammar = _dates._grammar(load(code))
    s = _dates._normalise(text)[0]
    assert s in grammar.keywords, (code, text)
    got = resolve_date(text, ANCHORS[0], lexicon=code)
    want = resolve_date(bare, ANCHORS[0], lexicon=code)
    assert (got.start, got.end, got.precision) == (want.start, want.end, want.precision)
