"""find_dates' per-text and per-mention shortcuts give exactly what the plain ways give.

* the tense patterns opening with a character set versus their plain forms;
* word lists as tries versus plain alternations (``trie_alternation``);
* the clause segment's tense read from plain word lists (``_segment_tense``) versus
  ``_TOKEN``'s tokens with their spans (``_segment_direction_reference``);
* ``_read_with``: one normalisation and plain-span comparison of the two readings, versus
  resolving both readings into TimeSpans and comparing those.

(The sentence window's cue-free shortcut is checked in tests/test_dates_linear.py.)
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.model import TimeSpan
from conflict_events.parse import _dates, _dates_tense
from conflict_events.parse._dates import find_dates, read_in_context
from conflict_events.parse._dates_scan import mentions
from conflict_events.parse._dates_tense import direction_at, sentence_bounds
from conflict_events.parse._dates_vocab import date_words
from conflict_events.text._accel import alternation, trie_alternation

WORDS = date_words("en")
MONTHS, NUMBER_WORDS, ORDINAL_WORDS = WORDS.months, WORDS.numbers, WORDS.ordinals

# --------------------------------------------------------------------------------------------
# the clause segment's tense from plain word lists versus _TOKEN's tokens with their spans

SEGMENT_PIECES = [
    "will", "would", "may", "May", "has", "had", "was", "is", "to", "be", "been", "plans",
    "set", "for", "next", "due", "expected", "said", "the", "very", "still", "reportedly",
    "injured", "Injured", "United", "they'll", "won\u2019t", "going", "talks", "on", "Friday",
    "until", "since", "Since", ",", ";", "(", ")", "-", "--", "---", "\u2014", "\u2013", ".",
    "'", "\u2019", "Monday's", "x-y", "a-b-c-d-e-f-g-h", "2016", "é", " ", " ", "  ", "\n",
]  # fmt: skip


def _segment_both_ways(text: str, start: int, end: int) -> None:
    first, last = sentence_bounds(text, start, end)
    lo = first
    for m in _dates_tense._BREAK.finditer(text, first, start):
        lo = m.end()
    after = _dates_tense._BREAK.search(text, end, last)
    if after is not None and after.start() > first and text[after.start() - 1] == "-":
        return  # _segment_direction gives up before either way is taken
    hi = last if after is None else after.start()
    want = _dates_tense._segment_direction_reference(text, start, end, first, lo, hi)
    assert _dates_tense._segment_direction(text, start, end, first, last) == want, (
        text, start, end,
    )  # fmt: skip
    crossing = _dates_tense._WORD_CHARS.issuperset
    if not (crossing(text[start - 1 : start + 1]) or crossing(text[end - 1 : end + 1])):
        assert _dates_tense._segment_tense(text, start, end, first, lo, hi) == want


@pytest.mark.slow
def test_segment_tense_equals_the_token_spans_way() -> None:
    rng = random.Random(5)
    for _ in range(300):
        text = " ".join(rng.choice(SEGMENT_PIECES) for _ in range(rng.randint(1, 30)))
        for start in range(0, len(text) + 1, 2):
            for end in (start, start + 1, start + 6, start + 13):
                _segment_both_ways(text, start, min(end, len(text)))


@given(st.lists(st.sampled_from(SEGMENT_PIECES), max_size=30), st.data())
def test_segment_tense_any_words(pieces: list[str], data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(["", " "])).join(pieces)
    start = data.draw(st.integers(0, len(text)))
    _segment_both_ways(text, start, data.draw(st.integers(start, len(text))))


def test_segment_tense_is_taken_for_scanner_matches() -> None:
    # no token runs into a mention, so find_dates never needs the span-reading way
    text = "Rebels said on Friday that talks will resume next week, and won\u2019t stop."
    found = find_dates(text, dt.date(2024, 11, 27))
    assert [m.text for m in found] == ["Friday", "next week"]
    for m in found:
        for position in (m.start_char, m.end_char):
            assert not _dates_tense._WORD_CHARS.issuperset(text[position - 1 : position + 1])


# --------------------------------------------------------------------------------------------
# _read_with's shortcuts (one normalisation, plain spans compared) against reading the
# expression both ways through the fast path


def _reference_read_in_context(
    text: str, start: int, end: int, anchor: dt.date, ref: _dates._Span | None
) -> tuple[str, TimeSpan | None]:
    expression = text[start:end]
    grammar = _dates._EN()
    past = _dates._resolve_fast(grammar, expression, anchor, False, ref)
    future = _dates._resolve_fast(grammar, expression, anchor, True, ref)
    if past is not None and past == future:
        if past.end < anchor or (past.end == anchor and past.start < anchor):
            return "past", past
        if past.start > anchor:
            return "future", past
    direction = direction_at(text, start, end)
    span, other = (future, past) if direction == "future" else (past, future)
    if (
        span is not None
        and other is not None
        and grammar.names_month.search(expression)
        and _dates._prefer_other((span.start, span.end, span.precision),
                                 (other.start, other.end, other.precision), anchor)
    ):  # fmt: skip
        return ("past" if direction == "future" else "future"), other
    return direction, span


DATE_PIECES = [
    "Friday", "Monday", "May", "January", "Jan.", "Dec.", "March", "14", "28", "3rd", "2016",
    "2024", "1990s", "last", "next", "this", "week", "month", "year", "weekend", "the",
    "following", "previous", "that", "same", "day", "two", "days", "later", "earlier", "ago",
    "since", "from", "to", "between", "and", "early", "late", "mid-", "summer", "winter",
    "Christmas", "about", "around", "today", "tomorrow", "yesterday", "night", "morning",
    "fiscal", "or so", "year-end", "will", "was", "said", "expected", "until", "by", "on",
    "in", ",", ".", "-", "the day before",
]  # fmt: skip
ANCHORS = [dt.date(2024, 11, 27), dt.date(2025, 1, 6), dt.date(2023, 12, 30), dt.date(2024, 2, 29)]


def _candidates(text: str, anchor: dt.date) -> list[tuple[int, int]]:
    """Every candidate the derived scanner asks the resolver to read in ``text`` (the
    shorter ones tried where a longer one reads no date too)."""
    gr = _dates._EN()
    asked: list[tuple[int, int]] = []

    def read(start: int, end: int) -> object:
        asked.append((start, end))
        return _dates._read_in_context(text, start, end, anchor, None, gr)[1]

    for _ in mentions(gr, text, _dates._SCAN_FOLD, read):
        pass
    return asked


def _check_every_mention(text: str, anchor: dt.date) -> None:
    """Every candidate of ``text`` read both ways, with no reference, the anchor's day and
    the previous mention as reference."""
    previous: _dates._Span = (anchor, anchor, _dates.Precision.DAY)
    for start, end in _candidates(text, anchor):
        for ref in (None, (anchor, anchor, _dates.Precision.DAY), previous):
            fast = _dates._read_with(_dates._EN(), text, start, end, anchor, ref, direction_at)
            assert fast == _reference_read_in_context(text, start, end, anchor, ref), (
                text[start:end],
                ref,
            )
        span = _dates._read_in_context(text, start, end, anchor, previous)[1]
        if span is not None:
            previous = span.start, span.end, span.precision


@pytest.mark.slow
def test_read_with_equals_resolving_both_readings() -> None:
    rng = random.Random(11)
    for _ in range(300):
        text = " ".join(rng.choice(DATE_PIECES) for _ in range(rng.randint(1, 25)))
        _check_every_mention(text, rng.choice(ANCHORS))


@given(st.lists(st.sampled_from(DATE_PIECES), max_size=20), st.sampled_from(ANCHORS))
def test_read_with_any_date_words(pieces: list[str], anchor: dt.date) -> None:
    _check_every_mention(" ".join(pieces), anchor)


TEMPEVAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3"


def test_read_with_on_tempeval_documents() -> None:
    files = sorted(TEMPEVAL.rglob("*.tml"))[:40] if TEMPEVAL.is_dir() else []
    if not files:
        pytest.skip("TempEval-3 data not present")
    for path in files:
        text = path.read_text(encoding="utf-8")
        _check_every_mention(text, dt.date(1998, 3, 5))


def test_find_dates_reads_as_read_in_context() -> None:
    text = (
        "Talks failed on Jan. 2. Mr. Smith said the army will withdraw on Friday, and"
        " rebels took the town the following day.\n\nOn Dec. 28 the deal, due next month,"
        " was signed; it expires in 2026."
    )
    anchor = dt.date(2025, 1, 6)
    found = find_dates(text, anchor)
    assert len(found) >= 6
    reference: TimeSpan | None = None
    for m in found:
        assert read_in_context(text, m.start_char, m.end_char, anchor, reference) == (
            m.direction,
            m.when,
        )
        reference = m.when


# --------------------------------------------------------------------------------------------
# the word lists as tries: the same matches as plain alternations


@given(st.lists(st.sampled_from([*MONTHS, *NUMBER_WORDS, *ORDINAL_WORDS, "x", "a b"]),
                max_size=12), st.booleans())  # fmt: skip
def test_trie_alternation_equals_alternation(words: list[str], ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    trie = re.compile(f"{trie_alternation(words)}(?P<rest>.*)", flags)
    plain = re.compile(f"{alternation(words)}(?P<rest>.*)", flags)
    for text in (" ".join(words), "".join(words), "".join(words).upper()):
        for position in range(len(text) + 1):
            got, want = trie.match(text, position), plain.match(text, position)
            assert (got and got.span("rest")) == (want and want.span("rest"))


# --------------------------------------------------------------------------------------------
# the tense patterns written to open with a character set: their plain forms are the reference

PLAIN_FORMS = [
    (_dates_tense._TOKEN, r"[A-Za-z]+(?:['\u2019-][A-Za-z]+){0,6}|--|[,;:()\u2013\u2014]"),
    (_dates_tense._BREAK, "--|[,;:()\u2013\u2014]"),
]
TENSE_PIECES = [
    "Mr", "Gen", "U", "S", "J", "word", "Jan", "a", "abcdefghijklmnop", "x_y", "é", ".", "!",
    "?", '"', "'", ")", "]", "(", "`", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "The", "ABC",
    "Friday", ",", "will", "was", "said", "expected", "on", "until", "since", "next", "-", "---", "\u2013", "\u2014", "\u2019", "'s", "won't", "a-b-c-d-e-f-g-h",
    ";", ":", "(", ")", "Q", "z", "\r\n", "\n\n\n", ".\n\n", '."  ',
]  # fmt: skip


@pytest.mark.parametrize(("fast", "plain"), PLAIN_FORMS)
def test_set_led_patterns_equal_their_plain_forms(fast: re.Pattern[str], plain: str) -> None:
    reference = re.compile(plain)
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(TENSE_PIECES) for _ in range(rng.randint(1, 40)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text) + 1)
        got = [m.span() for m in fast.finditer(text, lo, hi)]
        assert got == [m.span() for m in reference.finditer(text, lo, hi)], (text, lo, hi)


@given(st.text(max_size=120), st.data())
def test_set_led_patterns_any_text(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text) + 1))
    for fast, plain in PLAIN_FORMS:
        got = [m.span() for m in fast.finditer(text, lo, hi)]
        assert got == [m.span() for m in re.compile(plain).finditer(text, lo, hi)]


# --------------------------------------------------------------------------------------------
# _parse keeps its last result (for the second reading of an expression)


def test_parse_kept_result_equals_a_fresh_parse() -> None:
    rng = random.Random(3)
    anchor = dt.date(2024, 11, 27)
    for _ in range(300):
        text = " ".join(rng.choice(DATE_PIECES) for _ in range(rng.randint(1, 4)))
        s = _dates._normalise(text)[0]
        if not s:
            continue
        grammar = _dates._EN()
        for _ in range(2):  # the second call takes the kept result
            got, want = _dates._parse(grammar, s), _dates._parse_uncached(grammar, s)
            assert (got is None) == (want is None), s
            if got is not None and want is not None:
                assert got[0] is want[0], s
                for future in (False, True):
                    try:
                        expected = want[0](grammar, want[1], anchor, future)
                    except ValueError:
                        continue
                    assert got[0](grammar, got[1], anchor, future) == expected, s
