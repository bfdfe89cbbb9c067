"""``resolve_date``'s fixed cost cut (the sixteenth session): the same readings, fewer steps.

* The fast keyword table (``_Grammar.fast_keywords``, marked by ``_dates._fast_marks`` when
  the grammar's data is derived): lower-cased text that is a text of the keyword table and
  that normalising leaves as it is is read from the table, with the table's hedge verdict,
  before normalisation and routing.  Every entry must read as the slow path reads the text.
* The hedge verdict of ``_resolve_uncached`` written out (the route holds ``_hedge_of``'s
  first tests), normalisation in one frame, the keyword look-up before the route in
  ``_resolve_core``: the same spans, refusals and approximate flags as the find side's
  ``_fast`` path, which calls ``_hedge_of``.
* ``resolved_span`` with the class's checks across fields written into the generated
  constructor: the constructor's result and errors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from conflict_events import DateResolutionError, TimeSpan, ValidationError, resolve_date
from conflict_events.lexicon import load
from conflict_events.model import Precision
from conflict_events.model._time import resolved_span
from conflict_events.parse import _dates

LANGUAGES = ("en", "fr", "es", "pt", "ar", "de", "ru", "uk", "tr")
ANCHORS = (dt.date(2024, 11, 27), dt.date(2023, 3, 5))


def _read(grammar: _dates._Grammar, text: str, anchor: dt.date, future: bool) -> object:
    _dates._LAST_PARSE = (None, "", None)  # no parse kept from the call before
    return _dates._resolve_uncached(grammar, text, anchor, future, None)


def _table(grammar: _dates._Grammar) -> dict[str, tuple[object, object, bool]]:
    """The fast keyword table (made at the first call of ``_resolve_uncached``)."""
    table = grammar.fast_keywords
    return _dates._fast_table(grammar) if table is None else table


def _slow(grammar: _dates._Grammar, text: str, anchor: dt.date, future: bool) -> object:
    """``_resolve_uncached`` without the fast keyword table."""
    fast = _table(grammar)
    grammar.fast_keywords = {}
    try:
        return _read(grammar, text, anchor, future)
    finally:
        grammar.fast_keywords = fast


def _examples(code: str) -> list[str]:
    if code == "en":
        return [e for rule in _dates._RULES for e in rule.examples]
    return [e for rule in _dates._RULES for e in rule.languages.get(code, ())]


@pytest.mark.parametrize("code", LANGUAGES)
def test_fast_entries_read_as_the_slow_path(code: str) -> None:
    grammar = _dates._grammar(load(code))
    texts = list(_table(grammar))
    assert texts, code
    assert set(texts) <= set(grammar.keywords)
    for text in texts[:: max(1, len(texts) // 400)]:  # (about 400 a language)
        for anchor in ANCHORS:
            for future in (False, True):
                fast = _read(grammar, text, anchor, future)
                assert fast == _slow(grammar, text, anchor, future), (code, text)


@pytest.mark.parametrize("code", LANGUAGES)
def test_rule_examples_read_as_before(code: str) -> None:
    """Every rule example, as written, lower-cased and capitalised: the fast table's
    reading (when it holds the text) is the slow path's, and the resolver's hedge verdict
    the find side's (which calls _hedge_of)."""
    grammar = _dates._grammar(load(code))
    for example in _examples(code):
        for text in {example, example.lower(), example[:1].upper() + example[1:]}:
            for future in (False, True):
                got = _read(grammar, text, ANCHORS[0], future)
                assert got == _slow(grammar, text, ANCHORS[0], future), (code, text)
                found = _dates._resolve_fast(grammar, text, ANCHORS[0], future)
                if isinstance(got, TimeSpan):
                    assert got == found, (code, text)


@pytest.mark.parametrize("code", LANGUAGES)
def test_hedged_and_filler_led_forms_keep_their_flag(code: str) -> None:
    """A hedge, or a filler then a hedge, before a rule example: the span and the
    approximate flag ``_resolve_uncached`` gives are those of the find side's path."""
    grammar = _dates._grammar(load(code))
    words = grammar.words
    hedges = sorted(words.hedges)[:6]
    fillers = sorted(words.fillers)[:4]
    leads = [*hedges, *(f"{f} {h}" for f in fillers for h in hedges[:2]), *fillers]
    checked = 0
    for example in _examples(code)[:25]:
        for lead in leads:
            text = f"{lead} {example}"
            got = _read(grammar, text, ANCHORS[0], False)
            found = _dates._resolve_fast(grammar, text, ANCHORS[0], False)
            if isinstance(got, TimeSpan) and found is not None:
                assert got == found, (code, text)
                checked += 1
    assert checked, code


# (language, text, anchor, start, end, precision, approximate): sentences' date words as
# wire copy writes them, each read by the fast table (lower case), and the same words
# capitalised at the head of a sentence, which take the slow path
CASES = [
    ("es", "este jueves", "2024-11-29", "2024-11-28", "2024-11-28", "day", False),
    ("es", "el pasado martes", "2024-11-29", "2024-11-26", "2024-11-26", "day", False),
    ("es", "desde el lunes", "2024-11-29", "2024-11-25", "2024-11-29", "interval", False),
    ("es", "alrededor del mes pasado", "2024-11-29", "2024-10-01", "2024-10-31", "month", True),
    ("fr", "mardi dernier", "2024-11-29", "2024-11-26", "2024-11-26", "day", False),
    ("pt", "na quinta-feira passada", "2024-11-29", "2024-11-28", "2024-11-28", "day", False),
    ("de", "am Freitag", "2024-11-27", "2024-11-22", "2024-11-22", "day", False),
    ("ru", "в прошлую среду", "2024-11-29", "2024-11-27", "2024-11-27", "day", False),
    ("uk", "минулого четверга", "2024-11-29", "2024-11-28", "2024-11-28", "day", False),
    ("tr", "geçen salı", "2024-11-29", "2024-11-26", "2024-11-26", "day", False),
    ("ar", "يوم الخميس", "2024-11-30", "2024-11-28", "2024-11-28", "day", False),
    ("en", "last week", "2024-11-27", "2024-11-18", "2024-11-24", "week", False),
]


@pytest.mark.parametrize(("code", "text", "anchor", "start", "end", "precision", "approx"), CASES)
def test_resolve_date_table(
    code: str, text: str, anchor: str, start: str, end: str, precision: str, approx: bool
) -> None:
    for written in (text, text[:1].upper() + text[1:]):
        span = resolve_date(written, anchor, lexicon=code)
        assert (span.start.isoformat(), span.end.isoformat()) == (start, end), written
        assert (span.precision.value, span.approximate, span.expression) == (
            precision,
            approx,
            written,
        )


def test_fast_table_refusals_are_the_slow_paths() -> None:
    """A table text whose handler refuses (a day no month has) gives the slow path's
    reason, and one with a reference takes the slow path (anaphora first)."""
    grammar = _dates._grammar(load("es"))
    day, ref = dt.date(2024, 11, 29), (dt.date(2024, 3, 1), dt.date(2024, 3, 31), Precision.MONTH)
    fast = _table(grammar)
    for text in list(fast)[:50]:
        with_ref = _dates._resolve_uncached(grammar, text, day, False, None, ref)
        grammar.fast_keywords = {}
        try:
            assert with_ref == _dates._resolve_uncached(grammar, text, day, False, None, ref)
        finally:
            grammar.fast_keywords = fast
    # a table text read on a day that makes its handler refuse: the slow path's reason
    refused = [(t, entry) for t, entry in fast.items() if entry[0] is _dates._month_day][:5]
    for text, _ in refused:
        leap = dt.date(2023, 3, 1)
        assert _read(grammar, text, leap, False) == _slow(grammar, text, leap, False)
    with pytest.raises(DateResolutionError):
        resolve_date("hace", day, lexicon="es")


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2024-11-27", "2024-11-27", Precision.DAY),
        ("2024-11-27", "2024-11-27", Precision.PART_OF_DAY),
        ("2024-11-25", "2024-12-01", Precision.WEEK),
        ("2024-11-01", "2024-11-30", Precision.MONTH),
        ("2024-01-01", "2024-12-31", Precision.YEAR),
        ("2024-11-03", "2024-11-09", Precision.INTERVAL),
        ("2024-11-27", "2024-11-26", Precision.INTERVAL),  # ends before it starts
        ("2024-11-27", "2024-11-28", Precision.DAY),  # a day of two days
        ("2024-11-26", "2024-12-02", Precision.WEEK),  # not Monday to Sunday
        ("2024-11-02", "2024-11-30", Precision.MONTH),  # not a whole month
    ],
)
def test_resolved_span_is_the_constructor(start: str, end: str, precision: Precision) -> None:
    lo, hi = dt.date.fromisoformat(start), dt.date.fromisoformat(end)

    def outcome(make: Callable[[], TimeSpan]) -> object:
        try:
            return make()
        except ValidationError as exc:
            return ("refused", str(exc))

    assert outcome(lambda: resolved_span(lo, hi, precision, False, "x", lo)) == outcome(
        lambda: TimeSpan(
            start=lo, end=hi, precision=precision, approximate=False, expression="x", anchor=lo
        )
    )
    assert "_check" not in resolved_span.__code__.co_names  # the checks written in
