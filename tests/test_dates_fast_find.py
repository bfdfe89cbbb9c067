"""find_dates' per-text and per-mention shortcuts give exactly what the plain ways give.

* :class:`SentenceStops`: the sentence stops of a whole text found once, versus
  :func:`sentence_bounds` / :func:`direction_at` searching a window per mention;
* the tense patterns opening with a character set versus their plain forms;
* the scanner's word lists as tries versus plain alternations (``trie_alternation``);
* the clause segment's tense read from plain word lists (``_segment_tense``) versus
  ``_TOKEN``'s tokens with their spans (``_segment_direction_reference``);
* ``_read_with``: one normalisation and plain-span comparison of the two readings, versus
  resolving both readings into TimeSpans and comparing those (the form it replaced).
"""

from __future__ import annotations

import datetime as dt
import inspect
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.model import TimeSpan
from conflict_events.parse import _dates, _dates_find
from conflict_events.parse._dates import find_dates, read_in_context
from conflict_events.parse._dates_find import (
    SCANNER,
    ScannerSearch,
    SentenceStops,
    direction_at,
    sentence_bounds,
)
from conflict_events.parse._dates_vocab import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    WEEKDAYS,
    alternation,
    trie_alternation,
)

# stops, blank lines, abbreviations, initials, quotes, long words and white-space runs: what
# the window edges can fall inside
SENTENCE_PIECES = [
    "Mr", "Gen", "Messrs", "U", "S", "J", "word", "Jan", "a", "abcdefghijklmnop", "x_y", "é",
    ".", ".", "!", "?", '"', "'", ")", "]", "(", "`", " ", " ", "  ", "\n", "\n\n", "\t",
    "\u00a0", " \n ", "         ", "The", "ABC", "Friday", ",", "-", "--", "will", "was",
    "said", "expected", "on", "until", "since", "next",
]  # fmt: skip


def _all_agree(text: str, stops: SentenceStops, start: int, end: int) -> None:
    assert stops.bounds(start, end) == sentence_bounds(text, start, end), (text, start, end)
    assert stops.direction(start, end) == direction_at(text, start, end), (text, start, end)


@pytest.mark.parametrize("window", [(400, 300), (5, 7), (13, 3), (1, 1), (20, 20), (9, 40)])
def test_sentence_stops_equal_the_window_search(
    window: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small windows put the window edges inside words, stops and blank lines, where a search
    # of the window alone could see other matches than the whole text's.
    back, ahead = window
    monkeypatch.setattr(_dates_find, "SENTENCE_BACK_CHARS", back)
    monkeypatch.setattr(_dates_find, "SENTENCE_AHEAD_CHARS", ahead)
    rng = random.Random(back * 1000 + ahead)
    for _ in range(400):
        text = "".join(rng.choice(SENTENCE_PIECES) for _ in range(rng.randint(1, 80)))
        stops = SentenceStops(text)
        for _ in range(6):
            start = rng.randint(0, len(text))
            end = rng.randint(start, min(len(text), start + 8))
            _all_agree(text, stops, start, end)


@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=80), st.data())
def test_sentence_stops_any_text(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    stops = SentenceStops(text)
    for _ in range(3):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        _all_agree(text, stops, start, end)


@given(st.text(max_size=200), st.data())
def test_sentence_stops_any_characters(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _all_agree(text, SentenceStops(text), start, end)


def test_sentence_stops_skip_the_window_search_in_ordinary_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The shortcut is taken, not fallen back from: ordinary sentences never reach the
    # per-mention search.
    text = " ".join(
        f"Rebels said on Friday that talks number {i} will resume on Monday, Mr. Smith said."
        for i in range(40)
    )
    expected = [
        (sentence_bounds(text, i, i + 6), direction_at(text, i, i + 6))
        for i in range(0, len(text), 7)
    ]

    def refuse(text: str, start: int, end: int) -> tuple[int, int]:
        raise AssertionError("fell back to the window search")

    monkeypatch.setattr(_dates_find, "sentence_bounds", refuse)
    stops = SentenceStops(text)
    got = [(stops.bounds(i, i + 6), stops.direction(i, i + 6)) for i in range(0, len(text), 7)]
    assert got == expected


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
    for m in _dates_find._BREAK.finditer(text, first, start):
        lo = m.end()
    after = _dates_find._BREAK.search(text, end, last)
    if after is not None and after.start() > first and text[after.start() - 1] == "-":
        return  # _segment_direction gives up before either way is taken
    hi = last if after is None else after.start()
    want = _dates_find._segment_direction_reference(text, start, end, first, lo, hi)
    assert _dates_find._segment_direction(text, start, end, first, last) == want, (
        text, start, end,
    )  # fmt: skip
    crossing = _dates_find._WORD_CHARS.issuperset
    if not (crossing(text[start - 1 : start + 1]) or crossing(text[end - 1 : end + 1])):
        assert _dates_find._segment_tense(text, start, end, first, lo, hi) == want


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
    # no token runs into a scanner match, so find_dates never needs the span-reading way
    text = "Rebels said on Friday that talks will resume next week, and won\u2019t stop."
    for m in SCANNER.finditer(text):
        for position in m.span("core"):
            assert not _dates_find._WORD_CHARS.issuperset(text[position - 1 : position + 1])


# --------------------------------------------------------------------------------------------
# _read_with: the form it replaced, kept here as the reference


def _reference_read_in_context(
    text: str, start: int, end: int, anchor: dt.date, ref: _dates._Span | None
) -> tuple[str, TimeSpan | None]:
    expression = text[start:end]
    past = _dates._resolve_fast(expression, anchor, False, ref)
    future = _dates._resolve_fast(expression, anchor, True, ref)
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
        and _dates._NAMES_MONTH.search(expression)
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


def _check_every_mention(text: str, anchor: dt.date) -> None:
    """Every scanner match of ``text`` (and the places find_dates looks again) read both
    ways, with no reference, the anchor's day and the previous mention as reference."""
    search = ScannerSearch(text)
    previous: _dates._Span = (anchor, anchor, _dates.Precision.DAY)
    position = 0
    while (m := search.search(position)) is not None:
        group = "core" if m.group("core") is not None else "year"
        start, end = m.span(group)
        for ref in (None, (anchor, anchor, _dates.Precision.DAY), previous):
            fast = _dates._read_with(text, start, end, anchor, ref, direction_at)
            assert fast == _reference_read_in_context(text, start, end, anchor, ref), (
                text[start:end],
                ref,
            )
        span = _dates._read_in_context(text, start, end, anchor, previous)[1]
        if span is not None:
            previous = span.start, span.end, span.precision
        position = m.start() + 1


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
# the scanner's word lists as tries: the scanner built with plain alternations is the reference

_PLAIN_CASED = """def _cased(words: list[str]) -> str:
    forms = [w.title() for w in words] + [w.upper() for w in words]
    return alternation(forms)
"""


def _plain_scanner() -> re.Pattern[str]:
    """SCANNER as built before its word lists became tries."""
    source = inspect.getsource(_dates_find)
    cased = inspect.getsource(_dates_find._cased)
    assert cased in source
    source = source.replace(cased, _PLAIN_CASED).replace("trie_alternation", "alternation")
    namespace: dict[str, object] = {"__name__": "_plain_dates_find"}
    exec(compile(source, "<plain _dates_find>", "exec"), namespace)
    scanner = namespace["SCANNER"]
    assert isinstance(scanner, re.Pattern)
    assert scanner.pattern != SCANNER.pattern
    return scanner


PLAIN_SCANNER = _plain_scanner()
SCANNER_WORDS = [
    *MONTHS, *(m.title() for m in MONTHS), *(m.upper() for m in MONTHS),
    *(w.title() for w in WEEKDAYS), *(w.upper() for w in WEEKDAYS), *NUMBER_WORDS,
    *ORDINAL_WORDS, *(w.title() for w in ORDINAL_WORDS), "Janu", "Sept.", "Sep", "Septem",
    "twenty-", "twenty-one", "twenty one", "twentyone", "first-", "Mon", "MONDAYS", "Mayday",
    "the", "in", "on", "of", "since", "last", "next", "days", "ago", "2016", "27", "3rd", " ",
    "  ", "-", ",", ".", "\n", "'s", "early", "mid", "late", "between", "and", "from", "to",
]  # fmt: skip


def _same_matches(text: str) -> None:
    for position in range(len(text) + 1):
        got, want = SCANNER.match(text, position), PLAIN_SCANNER.match(text, position)
        assert (got and got.span()) == (want and want.span()), (text, position)
        if got is not None and want is not None:
            assert got.groupdict() == want.groupdict()


def test_trie_scanner_equals_the_plain_alternations() -> None:
    rng = random.Random(5)
    for _ in range(300):
        _same_matches("".join(rng.choice(SCANNER_WORDS) + rng.choice(["", " ", " "])
                              for _ in range(rng.randint(1, 12))))  # fmt: skip


@given(st.lists(st.sampled_from(SCANNER_WORDS), max_size=12))
def test_trie_scanner_any_words(words: list[str]) -> None:
    _same_matches(" ".join(words))


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
    (_dates_find._SENTENCE_STOP, r"[.!?][\"')\]]?\s{1,8}(?=[A-Z\"'(`])|\n\s{0,8}\n"),
    (_dates_find._TOKEN, r"[A-Za-z]+(?:['\u2019-][A-Za-z]+){0,6}|--|[,;:()\u2013\u2014]"),
    (_dates_find._BREAK, "--|[,;:()\u2013\u2014]"),
]
TENSE_PIECES = [
    *SENTENCE_PIECES, "-", "---", "\u2013", "\u2014", "\u2019", "'s", "won't", "a-b-c-d-e-f-g-h",
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
        for _ in range(2):  # the second call takes the kept result
            got, want = _dates._parse(s), _dates._parse.__wrapped__(s)
            assert (got is None) == (want is None), s
            if got is not None and want is not None:
                assert got[0] is want[0], s
                for future in (False, True):
                    try:
                        expected = want[0](want[1], anchor, future)
                    except ValueError:
                        continue
                    assert got[0](got[1], anchor, future) == expected, s
