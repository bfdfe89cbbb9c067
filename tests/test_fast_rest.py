"""The report stage's fast paths give what the plain paths they replace give.

Each shortcut in ``extract_report`` outside the finders (a letter or substring test before a
regex call, a bytes path for ASCII windows, a loop instead of a generator, a cached date-phrase
test) is compared with the slow way it replaces, on generated text built from the words the
shortcuts hinge on and on the demo articles.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_extract_fast_report import _slow_is_abbreviation

from conflict_events.cli._demo import demo_articles
from conflict_events.extract import _dateline, _events, _names
from conflict_events.lexicon import load
from conflict_events.parse._dates import find_dates
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._registry import ActorRegistry
from conflict_events.text import _segment as _text

LEX = load("en")
G = _events._cue_grammar(LEX)
ABBR = _text._abbreviations(LEX)
DG = _dateline._grammar(LEX)
# The first letters g.block_after needs, as ascii_folded gives them.
_BLOCK_AFTER_FIRST = frozenset(_text.ascii_folded(c) for c in G.block_after_chars)

# Words and characters the shortcuts hinge on, mixed with filler; some use the letters re
# folds specially ("ſ", "ı", "İ", the Kelvin sign) and white space other than " ".
_PIECES = [
    "to", "not", "No", "never", "could", "WOULD", "may", "might", "will", "halt", "threat",
    "warned", "without", "spared", "avoid", "prevented", "is", "are", "was", "were",
    "expected", "Likely", "ıs", "İs", "likelY", "by", "By", "bY", "backed", "-backed",
    " supported", "sponsored", "with the support of", "armed by the", "Mr.", "Dr.", "U.S.",
    "J.", "Nov.", "said.", "a.b.c.", "St.", "x.", ".", ",", ";", "-", "—", "(", '"', "“",
    "'", "\n", "\t", "\xa0", "\u2009", "  ", "café", "Straße", "ſtill", "\u212aill", "é.",
    "HTS", "army", "12", "3.5", "-Backed", "ſponsored", " SUPPORTED", "armed bY", "oF the",
]  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=" aebyıİſ\u212a.-\n", max_size=4)),
    max_size=20,
).map(lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts)))


def _demo_texts() -> list[str]:
    return [text for _, text in demo_articles()]


# --- _events._blocked ----------------------------------------------------------------------


def _blocked_slow(text: str, start: int, end: int) -> bool:
    """The plain way: the regex word list before (after the window's last sentence stop: a
    word of the sentence before blocks nothing), the regex after."""
    window = text[max(0, start - 30) : start]
    cut = max(window.rfind(stop) for stop in _events._SENTENCE_STOPS)
    words = _events._WORD.findall(window[cut + 1 :])
    if words and (
        words[-1].lower() in G.block_before
        or (len(words) > 1 and words[-2].lower() in G.block_before)
    ):
        return True
    return G.block_after.match(text, end, min(len(text), end + 30)) is not None


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, data=st.data())
def test_blocked_equals_the_regex_way(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _events._blocked(G, text, start, end) == _blocked_slow(text, start, end)


def test_blocked_equals_the_regex_way_at_every_demo_cue() -> None:
    checked = 0
    for text in _demo_texts():
        for m in G.cue_re.finditer(text):
            assert _events._blocked(G, text, *m.span()) == _blocked_slow(text, *m.span())
            checked += 1
    assert checked > 20


@pytest.mark.slow
def test_block_after_first_letters_are_all_the_regex_can_start_with() -> None:
    # Every character the pattern can match first (after white space) folds to a listed letter.
    for code in range(0x110000):
        c = chr(code)
        if c.isspace():
            continue
        if G.block_after.match(c + "s expected"):
            assert _text.ascii_folded(c) in _BLOCK_AFTER_FIRST, repr(c)


@pytest.mark.slow
def test_block_after_chars_are_what_folds_to_the_first_letters() -> None:
    # _blocked tests the raw character against _BLOCK_AFTER_CHARS instead of folding it.
    for code in range(0x110000):
        c = chr(code)
        folds = _text.ascii_folded(c) in _BLOCK_AFTER_FIRST
        assert (c in G.block_after_chars) == folds, repr(c)


# --- _events._is_backer and the passive "by" ----------------------------------------------


@pytest.mark.slow
def test_backer_character_sets_are_exact() -> None:
    # _BACKER_AFTER's second character is a "b" or an "s" under IGNORECASE; _BACKER_TAILS
    # ("by", "of", "the") end, once folded, in "y", "f" or "e".
    for code in range(0x110000):
        c = chr(code)
        second = re.fullmatch("[bs]", c, re.IGNORECASE) is not None
        assert (c in _events._BACKER_AFTER_SECOND) == second, repr(c)
        for before in ("", "b", "o", "th"):
            if _text.ascii_folded(before + c).endswith(_events._BACKER_TAILS):
                assert c in _events._BACKER_TAIL_LAST, repr(c)
    assert all(_text.ascii_folded(c) in "yfe" for c in _events._BACKER_TAIL_LAST)


def test_is_backer_equals_the_regex_way_on_demo_mentions() -> None:
    checked = 0
    for text in _demo_texts():
        for m in ActorRegistry.default().find_mentions(text):
            assert _events._is_backer(text, m) == _is_backer_slow(text, m)
            checked += 1
    assert checked > 20


def _is_backer_slow(text: str, m: Mention) -> bool:
    if _events._BACKER_AFTER.match(text, m.end) is not None:
        return True
    return bool(_events._BACKER_BEFORE.search(text, max(0, m.start - 40), m.start))


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, data=st.data())
def test_is_backer_equals_the_regex_way(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = Mention(text=text[start:end], start=start, end=end, entity_id="actor:x")
    assert _events._is_backer(text, m) == _is_backer_slow(text, m)


# --- _events._event_span: one date in the sentence needs no ranking ------------------------


def test_event_span_equals_the_ranking_way_on_demo_cues() -> None:
    anchor = dt.date(2024, 11, 30)
    checked = 0
    for text in _demo_texts():
        usable = [d for d in find_dates(text, anchor) if _events._usable_date(text, d, anchor)]
        usable.sort(key=lambda d: d.start_char)
        starts = [d.start_char for d in usable]
        for s_start, s_end in _text.sentences(text):
            for cue in _events.find_event_cues(text, s_start, s_end):
                inside = [d for d in usable if s_start <= d.start_char and d.end_char <= s_end]
                span, rule = _events._event_span(cue, (s_start, s_end), 0, usable, starts, anchor)
                if inside:  # the slow way: the date nearest the cue, the first on a tie
                    best = min(inside, key=lambda d: abs(d.start_char - cue.start))
                    assert (span, rule) == (best.when, "date:sentence")
                    checked += 1
    assert checked > 5


# --- _events helpers: loops for generators ------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=6),
    start=st.integers(0, 50),
    size=st.integers(0, 10),
)
def test_inside_any_equals_any(spans: list[tuple[int, int]], start: int, size: int) -> None:
    m = Mention(text="x" * size, start=start, end=start + size, entity_id="actor:x")
    expected = any(a <= m.start and m.end <= b for a, b in spans)
    assert _events._inside_any(m, spans) == expected


@settings(max_examples=300, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=8),
    start=st.integers(0, 60),
    size=st.integers(1, 8),
)
def test_overlaps_equals_any(spans: list[tuple[int, int]], start: int, size: int) -> None:
    taken = sorted((s, s + n) for s, n in spans)
    end = start + size
    i = bisect_right(taken, (start, end))
    expected = any(s < end and start < e for s, e in taken[max(0, i - 2) : i + 1])
    assert _names._overlaps(taken, start, end) == expected


# --- _text: sentence helpers ----------------------------------------------------------------


def _add_slow(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, data=st.data())
def test_add_equals_the_strip_way(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    fast: list[tuple[int, int]] = []
    slow: list[tuple[int, int]] = []
    _text._add(text, fast, start, end)
    _add_slow(text, slow, start, end)
    assert fast == slow


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_is_abbreviation_equals_the_regex_way(text: str) -> None:
    for dot in (i for i, c in enumerate(text) if c == "."):
        assert _text._is_abbreviation(text, dot, ABBR) == _slow_is_abbreviation(text, dot)


def test_is_abbreviation_equals_the_regex_way_on_demo_texts() -> None:
    for text in _demo_texts():
        for dot in (i for i, c in enumerate(text) if c == "."):
            assert _text._is_abbreviation(text, dot, ABBR) == _slow_is_abbreviation(text, dot)


# Words at the edges of the two-letter-ending test: every abbreviation in three casings, words
# sharing or missing its last two letters, initials, openers, letters re folds specially.
_ABBREVIATION_PIECES = [
    *sorted({f for word in ABBR.words for f in (word, word.title(), word.upper())}),
    "said", "city", "2020", "Sham", "open", "named", "x", "J", "U.S", "A.b", "(J", '"Mr',
    "«Dr", "“", "(", " ", "\n", "\u00a0", ".", "İ", "\u212a", "ſt", "xmr", "\u212ao",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_ABBREVIATION_PIECES), max_size=8).map(
        lambda ws: "".join(w + ("." if i % 2 else " ") for i, w in enumerate(ws))
    )
)
def test_is_abbreviation_ending_test_agrees(text: str) -> None:
    for dot in (i for i, c in enumerate(text) if c == "."):
        assert _text._is_abbreviation(text, dot, ABBR) == _slow_is_abbreviation(text, dot)


def test_every_abbreviation_has_two_letters_or_more() -> None:
    # _is_abbreviation's ending test reads the two characters before the dot.
    assert all(len(word) >= 2 and word.isascii() for word in ABBR.words)


# --- _dateline: the cached year-less test ---------------------------------------------------


_DATE_WORDS = [
    "November", "Nov.", "27", "27th", "of", "late", "mid-", "early", "2024", "on", "Monday",
    "week", "ſept", "3", "May", " ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_DATE_WORDS), max_size=5).map(" ".join))
def test_yearless_day_equals_the_two_searches(words: str) -> None:
    expected = bool(DG.yearless_day.search(words)) and not _dateline._YEAR.search(words)
    assert _dateline._yearless_day(DG, words) == expected
