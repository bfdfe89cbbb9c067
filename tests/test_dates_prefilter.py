"""The fast paths of find_dates give exactly what the straightforward ones give.

* the prefilter (:class:`ScannerSearch`, built by :mod:`conflict_events.text._accel` from the
  compiled scanner): the scanner tried only where a match can start finds the same matches as
  the scanner's own search over the whole text;
* the cached, cut sentence tokens of :func:`direction_at` and the dict fast path of ``_kind``
  versus tokenising and classifying every word afresh.
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
from conflict_events.parse import _dates_find
from conflict_events.parse._dates import find_dates, read_in_context
from conflict_events.parse._dates_find import (
    _TOKEN,
    ScannerSearch,
    _cue_tokens,
    _cue_tokens_reference,
    _direction_of,
    _kind,
    _kind_in_context,
    direction_at,
    scanner,
    sentence_bounds,
)
from conflict_events.parse._dates_vocab import date_words
from conflict_events.text import _accel
from conflict_events.text._accel import (
    _FOLD_SPECIAL,
    Prefilter,
    _first_words,
    _NoPrefilterError,
    _Thirds,
    prefilter_for,
)

WORDS = date_words("en")
SCANNER = scanner(WORDS)
MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS = (
    WORDS.months,
    WORDS.numbers,
    WORDS.ordinals,
    WORDS.weekdays,
)


def _prefilter() -> Prefilter | None:
    return prefilter_for(SCANNER)


ANCHOR = dt.date(2024, 11, 27)

# Words the scanner is made of, words that only look like them, and the separators and odd
# characters (case-folding look-alikes, non-ASCII digits and spaces) it must cope with.
DATE_WORDS = [
    *MONTHS,
    *(m.title() for m in MONTHS),
    *(m.upper() for m in MONTHS),
    *(w.title() for w in WEEKDAYS),
    *NUMBER_WORDS,
    *ORDINAL_WORDS,
    "the", "a", "an", "in", "on", "of", "for", "by", "from", "since", "between", "and", "to",
    "until", "through", "last", "next", "this", "past", "coming", "early", "mid", "late",
    "earlier", "later", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "weekend", "century", "ago", "today", "tonight", "yesterday",
    "tomorrow", "night", "morning", "afternoon", "evening", "before", "after", "about",
    "around", "nearly", "some", "more", "than", "just", "over", "or", "close", "spring",
    "summer", "autumn", "fall", "winter", "Christmas", "Eve", "New", "Year's", "Easter",
    "Good", "Friday", "fiscal", "FY", "period", "current", "beginning", "start", "middle",
    "end", "part", "latter", "first", "second", "third", "'s",
    "2016", "2020", "1980s", "'80s", "27", "3rd", "29th", "2024-11-27", "12", "300", "9",
    "Sunday", "Thursday", "Nov.", "Sept.", "Jan", "mid-March", "year-end", "twenty-first",
    "ſince", "Yesterdaı", "Wednesday", "\u0664\u0665", "ᏞAST", "KELVIN\u212a", "İn",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "  ", ", ", ". ", "-", "–", "\n", "\u00a0", " (", ") ", "'", ""]


def _date_text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(DATE_WORDS) + rng.choice(SEPARATORS) for _ in range(words))


def _all_matches(text: str, search: object) -> list[tuple[int, int]]:
    """Every match, restarting one character after each match start (as find_dates does
    after words that name no date), so overlapping candidates are compared too."""
    spans: list[tuple[int, int]] = []
    position = 0
    while True:
        m = search(position)  # type: ignore[operator]
        if m is None:
            return spans
        spans.append(m.span())
        position = m.start() + 1


def _reference_find_dates(text: str, anchor: dt.date) -> list[tuple[str, int, str, TimeSpan]]:
    """find_dates with a plain scanner search loop (no prefilter)."""
    out: list[tuple[str, int, str, TimeSpan]] = []
    position = 0
    while (m := SCANNER.search(text, position)) is not None:
        group = "core" if m.group("core") is not None else "year"
        start, end = m.span(group)
        direction, span = read_in_context(text, start, end, anchor)
        if span is None:
            position = m.start() + 1
            continue
        out.append((text[start:end], start, direction, span))
        position = end
    return out


def test_the_prefilter_is_built_on_this_python() -> None:
    # Without it find_dates is still right, only slow; on a checked Python it must exist.
    if _accel.readable():
        assert _prefilter() is not None
    else:
        assert _prefilter() is None


def test_prefilter_keeps_every_scanner_match_on_random_date_texts() -> None:
    rng = random.Random(20241127)
    for _ in range(400):
        text = _date_text(rng, rng.randint(1, 25))
        fast = ScannerSearch(text, WORDS)
        assert _all_matches(text, fast.search) == _all_matches(
            text, lambda p, t=text: SCANNER.search(t, p)
        ), text


@given(st.lists(st.sampled_from(DATE_WORDS), max_size=20), st.data())
def test_find_dates_equals_the_plain_scan(words: list[str], data: st.DataObject) -> None:
    text = "".join(w + data.draw(st.sampled_from(SEPARATORS)) for w in words)
    fast = [(m.text, m.start_char, m.direction, m.when) for m in find_dates(text, ANCHOR)]
    assert fast == _reference_find_dates(text, ANCHOR)


@given(st.text(max_size=120))
def test_prefilter_on_any_text(text: str) -> None:
    assert _all_matches(text, ScannerSearch(text, WORDS).search) == _all_matches(
        text, lambda p: SCANNER.search(text, p)
    )


def test_find_dates_equals_the_plain_scan_on_prose() -> None:
    prose = (
        "Fighting that began on the 27th of November, between 27 and 29 November, killed "
        "more than 300 people over the past week, the monitor said on Sunday.  The day "
        "before yesterday, in mid-March 2016 and early last year, since 2011 and the 1980s; "
        "FY2020, the 2016 period, a week or so ago, on or about Thursday, Nov. 28, 2024.\n"
        "\u201cOn Wednesday\u2019s talks,\u201d she said, \u2018will resume next month.\u2019"
    )
    assert [(m.text, m.start_char, m.direction, m.when) for m in find_dates(prose, ANCHOR)] == (
        _reference_find_dates(prose, ANCHOR)
    )
    assert len(find_dates(prose, ANCHOR)) >= 12


def test_fold_covers_every_character_re_matches_to_an_ascii_letter() -> None:
    # The folded text must spell a word wherever ``re`` (ignoring case) would match it:
    # every non-ASCII character that matches an ASCII letter has to be in the fold table or
    # lower-case to that letter.
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    look_alikes = {m.group() for m in re.finditer("(?i)[a-z]", every)}
    for char in look_alikes:
        folded = _FOLD_SPECIAL.get(char, char.lower())
        assert folded.isascii(), char
        assert re.fullmatch("(?i)" + re.escape(folded), char), char


# --------------------------------------------------------------------------------------------
# direction_at: cached sentence tokens, cut around each mention, and the _kind fast path

TENSE_WORDS = [
    "will", "would", "may", "May", "has", "had", "was", "is", "to", "be", "been", "plans",
    "set", "Set", "for", "next", "due", "expected", "scheduled", "said", "the", "very", "a",
    "still", "reportedly", "injured", "Injured", "United", "shed", "they'll", "won't",
    "going", "hoping", "talks", "rebels", "on", "Friday", "until", "by", "since", ",", ";",
    "(", ")", "--", "\u2014", ".", "Monday's", "ruling", "hearing", "fought",
]  # fmt: skip


@given(st.lists(st.sampled_from(TENSE_WORDS), min_size=1, max_size=8), st.data())
def test_kind_fast_path_equals_the_full_rules(words: list[str], data: st.DataObject) -> None:
    lower = [w.lower() for w in words]
    i = data.draw(st.integers(0, len(words) - 1))
    start = data.draw(st.booleans())
    assert _kind(lower, words, i, start) == _kind_in_context(lower, words, i, start)


def test_direction_at_equals_fresh_tokenising_for_every_mention() -> None:
    # Every span of a few sentences, so that one sentence's cached tokens are cut in every
    # place: at its start and end, inside a word, around punctuation.
    rng = random.Random(7)
    for _ in range(40):
        text = " ".join(rng.choice(TENSE_WORDS) for _ in range(rng.randint(3, 30)))
        for start in range(0, len(text) + 1, 3):
            for end in (start, start + 1, start + 6, start + 15):
                end = min(end, len(text))
                first, last = sentence_bounds(text, start, end)
                fast = _cue_tokens(text, start, end, first, last)
                slow = _cue_tokens_reference(text, start, end, first, last)
                assert [list(part) for part in fast] == [list(part) for part in slow]
                assert direction_at(text, start, end) == _direction_of(
                    text, start, end, first, *slow
                )


def test_tokens_are_ascii_words_and_punctuation() -> None:
    # _sentence_tokens lower-cases all tokens in one call on the assumption that no token
    # holds a space or a character whose lower case is longer.
    tokens = _TOKEN.findall("Rebels’ well-known İstanbul advance—on Friday (they'll) -- x;")
    assert all(" " not in t and len(t.lower()) == len(t) for t in tokens)


def test_prefilter_build_reads_the_scanner_not_a_list() -> None:
    # The first words come from the pattern itself: a prefilter built from a pattern with
    # words no date list holds lets exactly those words' matches through.
    pattern = re.compile(r"(?<![\w'-])(?:fortnight\s{1,3}ago|the\s{1,3}(?:day|\d{1,4}))(?![\w-])")
    prefilter = Prefilter(_first_words(pattern))
    text = "A fortnight ago, the 3 of them met the day; the town fell."
    starts = prefilter.starts(text)
    expected = [text.index("fortnight"), text.index("the 3"), text.index("the day")]
    assert [m.start() for m in pattern.finditer(text)] == expected
    assert set(expected) <= set(starts)
    assert text.index("the town") not in starts  # "the" + "town" is no pair of the pattern


def test_prefilter_falls_back_when_a_pattern_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A pattern that can start with any character cannot be filtered; an unbounded repeat
    # is not unrolled.  Without a prefilter, ScannerSearch searches everywhere.
    with pytest.raises(_NoPrefilterError):
        _first_words(re.compile(r"\W?day"))
    loose = Prefilter(_first_words(re.compile(r"the\s+day")))
    # "the" then anything: "the" is a key on its own, and a prefix (it may go on as "then")
    assert loose.starts("the  day, then the cat") == [0, 10, 15]
    monkeypatch.setattr(_dates_find, "_scanner_and_prefilter", lambda words: (SCANNER, None))
    text = "Talks resume on Friday."
    search = ScannerSearch(text, WORDS)
    found = search.search(0)
    assert found is not None
    assert found.group() == "Friday"
    assert search.search(found.end()) is None


# --------------------------------------------------------------------------------------------
# The third-word level: a start is skipped only where the scanner cannot match.  Checked at
# every position (not only through search results), so a skip that lost a match anywhere,
# even one a search would step over, fails.

TEMPEVAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3"


def _positions_lost(text: str) -> list[int]:
    """Positions the prefilter skips although the scanner matches there."""
    prefilter = _prefilter()
    assert prefilter is not None
    starts = set(prefilter.starts(text))
    return [i for i in range(len(text) + 1) if i not in starts and SCANNER.match(text, i)]


def test_no_skipped_start_matches_on_tempeval_documents() -> None:
    files = sorted(TEMPEVAL.rglob("*.tml")) if TEMPEVAL.is_dir() else []
    if not files:
        pytest.skip("TempEval-3 data not present")
    for path in files:
        assert _positions_lost(path.read_text(encoding="utf-8")) == [], path


def test_no_skipped_start_matches_on_random_date_texts() -> None:
    rng = random.Random(3)
    for _ in range(600):
        text = _date_text(rng, rng.randint(1, 12))
        assert _positions_lost(text) == [], text


@given(st.lists(st.sampled_from(DATE_WORDS), max_size=12), st.data())
def test_no_skipped_start_matches_any_date_words(words: list[str], data: st.DataObject) -> None:
    text = "".join(w + data.draw(st.sampled_from(SEPARATORS)) for w in words)
    assert _positions_lost(text) == []


def test_third_words_skip_failing_tries() -> None:
    # Starts whose first two words fit a date but whose third (or, for a month name, the
    # rest of the word) cannot: the three-word prefilter skips them, the two-word one did not.
    text = (
        "Shelling around the town went on, the army said in a statement a day after the "
        "market in Ariha was hit; five days of fighting, 8,000 people fled since the offensive."
    )
    prefilter = _prefilter()
    assert prefilter is not None
    two_words = Prefilter(_first_words(SCANNER))
    starts, before = set(prefilter.starts(text)), set(two_words.starts(text))
    assert starts <= before
    for skipped in ("around the", "in a statement", "a day after", "market", "five days",
                    "8,000", "since the"):  # fmt: skip
        at = text.index(skipped)
        assert at in before or skipped == "market", skipped
        assert at not in starts, skipped
    assert _positions_lost(text) == []


def test_third_words_read_off_the_pattern() -> None:
    pattern = re.compile(
        r"(?<![\w'-])(?:the\s{1,2}day\s(?:before|after)|in\s\d{1,2}\sdays)(?![\w-])"
    )
    thirds: _Thirds = {}
    prefilter = Prefilter(_first_words(pattern, thirds), thirds)
    assert thirds[("the", "day")] == (frozenset({("before", True), ("after", True)}), 0)
    text = "the day after, the day of, the  day before, in 3 days, in 3 weeks"
    assert prefilter.starts(text) == [m.start() for m in pattern.finditer(text)] == [0, 27, 44]
