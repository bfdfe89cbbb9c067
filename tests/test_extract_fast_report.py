"""The report assembly's and the sentence splitter's shortcuts give what the slow ways give.

Each shortcut (a regex spelled with its character class first, a length test before the
abbreviation lookup, one loop instead of max / min with a key, the "near" pattern tried only
where one of its first words starts, trusted casualty reports) is compared here with the way
it replaces, on the demo articles, the shared articles when present, and generated text
built from the characters and words the shortcuts hinge on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.cli._demo import demo_articles
from conflict_events.extract import _dateline, _events, _report
from conflict_events.extract._report import extract_report
from conflict_events.lexicon import load
from conflict_events.model import Attribution, CasualtyFigure, CasualtyReport, Count
from conflict_events.text import _segment as _text

LEX = load("en")
G = _events._cue_grammar(LEX)
ABBR = _text._abbreviations(LEX)
DG = _dateline._grammar(LEX)
# The first letters g.block_after needs, as ascii_folded gives them.
_BLOCK_AFTER_FIRST = frozenset(_text.ascii_folded(c) for c in G.block_after_chars)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "articles"

_SPLIT_PIECES = [
    ".", "..", "...", "!", "?", "…", "?!", '"', "'", "”", "’", "»", ")", "]", "(", "“", "‘",
    "«", "[", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2028", "Nov", "Dr", "U.S", "J",
    "approx", "Sept", "killed", "fighters", "town", "Aleppo", "3", "27", "A", "a", "the",
    "Rebels", "ſ", "İ",
]  # fmt: skip
_SPLIT_TEXT = st.lists(st.sampled_from(_SPLIT_PIECES), max_size=40).map("".join)


def _articles() -> list[str]:
    texts = [text for _, text in demo_articles()]
    if SHARED.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SHARED.iterdir())]
    return texts


# --- the sentence splitter --------------------------------------------------------------------


@settings(max_examples=500)
@given(_SPLIT_TEXT)
def test_fast_boundary_pattern_matches_the_plain_one(text: str) -> None:
    fast = [(m.start(), m.end()) for m in _text._BOUNDARY_FAST_RE.finditer(text)]
    slow = [(m.start(), m.end()) for m in _text._BOUNDARY_RE.finditer(text)]
    assert fast == slow


def test_fast_boundary_pattern_on_articles() -> None:
    for text in _articles():
        fast = [m.span() for m in _text._BOUNDARY_FAST_RE.finditer(text)]
        assert fast == [m.span() for m in _text._BOUNDARY_RE.finditer(text)]
        assert len(fast) > 5


def _slow_is_abbreviation(text: str, dot: int) -> bool:
    window = text[max(0, dot - 24) : dot]
    word = window.rsplit(None, 1)[-1] if window and not window[-1].isspace() else ""
    word = word.lstrip(_text._OPENERS)
    if not word:
        return False
    return word.lower() in ABBR.words or _text._INITIALS_RE.fullmatch(word) is not None


def test_long_word_is_longer_than_every_abbreviation() -> None:
    assert all(len(a) < ABBR.long_word for a in ABBR.words)


@settings(max_examples=500)
@given(_SPLIT_TEXT, st.data())
def test_abbreviation_shortcut_agrees(text: str, data: st.DataObject) -> None:
    dots = [i for i, c in enumerate(text) if c == "."] or [len(text)]
    dot = data.draw(st.sampled_from(dots))
    assert _text._is_abbreviation(text, dot, ABBR) == _slow_is_abbreviation(text, dot)


def test_abbreviation_shortcut_sees_long_words_and_abbreviations() -> None:
    text = "The fighters withdrew. Dr. Smith came on Sept. 3 from the U.S. He left approx. now."
    for dot in (i for i, c in enumerate(text) if c == "."):
        assert _text._is_abbreviation(text, dot, ABBR) == _slow_is_abbreviation(text, dot)
    assert not _text._is_abbreviation(text, text.index(". Dr"), ABBR)
    assert _text._is_abbreviation(text, text.index(". Smith"), ABBR)


def _slow_sentences(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    with monkeypatch.context() as m:
        m.setattr(_text, "_BOUNDARY_FAST_RE", _text._BOUNDARY_RE)
        # never take the shortcut
        m.setattr(_text, "_abbreviations", lambda _: ABBR._replace(long_word=10**9))
        return list(_text._sentences.__wrapped__(text, LEX))  # type: ignore[attr-defined]


@settings(max_examples=300)
@given(_SPLIT_TEXT)
def test_sentences_equal_the_slow_split(text: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        slow = _slow_sentences(text, mp)
    assert list(_text._sentences.__wrapped__(text, LEX)) == slow  # type: ignore[attr-defined]


def test_sentences_equal_the_slow_split_on_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in _articles():
        fast = list(_text._sentences.__wrapped__(text, LEX))  # type: ignore[attr-defined]
        assert fast == _slow_sentences(text, monkeypatch)
        assert len(fast) > 5


# --- the "near" pattern, tried only where a first word starts --------------------------------

_NEAR_PIECES = [
    "near", "Near", "outside", "around", "overlooking", "outskirts", "of", "OF", "the", "The",
    "north", "south", "east", "west", "North-West", "south east", "western", "northeastern",
    "edge", "city", "toWn", "province", "nearly", "unnear", "ofthe", "-of", "ſouth", "weſt",
    "-", ",", "(", "x", "é", "\u00a0",
]  # fmt: skip
_NEAR_TEXT = st.lists(
    st.tuples(st.sampled_from(_NEAR_PIECES), st.sampled_from([" ", "", "  ", "\n", "\t"])),
    max_size=25,
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=600)
@given(_NEAR_TEXT, st.integers(0, 3))
def test_near_before_agrees_with_the_search(text: str, cut: int) -> None:
    start = max(0, len(text) - cut)
    slow = _events._NEAR_BEFORE.search(text, max(0, start - 60), start) is not None
    assert _events._near_before(text, start) == slow


def test_near_before_finds_the_long_forms() -> None:
    for phrase in ("north-western edge of ", "south of the town of the ", "near ", "outskirts of "):
        text = f"Fighting broke out {phrase}"
        assert _events._near_before(text, len(text))
    for phrase in ("in ", "the province of ", "the capture of the ", "nearly "):
        text = f"Fighting broke out {phrase}"
        assert not _events._near_before(text, len(text))


# --- grouping casualty figures ----------------------------------------------------------------


def _slow_governing(candidates: list[SimpleNamespace], position: int) -> int:
    before = [i for i, a in enumerate(candidates) if a.start_char <= position]
    if before:
        return max(before, key=lambda i: candidates[i].start_char)
    return min(range(len(candidates)), key=lambda i: candidates[i].start_char)


@settings(max_examples=500)
@given(st.lists(st.integers(0, 20), min_size=1, max_size=8), st.integers(-1, 21))
def test_governing_loop_agrees(starts: list[int], position: int) -> None:
    candidates = [SimpleNamespace(start_char=s) for s in starts]
    assert _report._governing(candidates, position) == _slow_governing(candidates, position)  # type: ignore[arg-type]


def test_trusted_report_equals_the_validated_one() -> None:
    figures = (
        CasualtyFigure(outcome="killed", group="total", count=Count.exact(3)),
        CasualtyFigure(outcome="injured", group="civilians", count=Count.exact(5)),
    )
    attribution = Attribution(source="actor:sohr", claim="reported")
    trusted = CasualtyReport.trusted(figures=figures, attribution=attribution)
    checked = CasualtyReport(figures=figures, attribution=attribution)
    assert trusted == checked
    assert hash(trusted) == hash(checked)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        trusted.as_of = None  # type: ignore[misc]


def test_grouped_reports_pass_the_checks() -> None:
    """Every report the grouping builds without checks is one the checks accept."""
    seen = 0
    for text in _articles():
        report = extract_report(text, published=dt.date(2024, 11, 30))
        reports = list(report.casualties)
        reports += [r for e in report.engagements for r in e.casualties]
        for r in reports:
            rebuilt = CasualtyReport(figures=r.figures, attribution=r.attribution, as_of=r.as_of)
            assert rebuilt == r
            keys = [f.report_key for f in r.figures]  # (a subgroup is its total's key)
            assert r.figures
            assert len(set(keys)) == len(keys)
            seen += 1
    assert seen > 10


def test_default_attribution_quotes_each_sentence_once() -> None:
    text = (
        "Shelling killed 4 civilians and wounded 9 fighters in Idlib.\n"
        "Airstrikes killed 2 soldiers and 3 civilians near Aleppo."
    )
    report = extract_report(text, published=dt.date(2024, 11, 30))
    quotes = [r.attribution.quote for r in report.casualties]
    assert len(quotes) == 2
    assert [q.split()[0] if q else None for q in quotes] == ["Shelling", "Airstrikes"]


# --- event cues: the words around a cue -------------------------------------------------------

_CUE_PIECES = [
    "to", "TO", "not", "no", "never", "could", "would", "may", "might", "will", "halt",
    "threat", "warned", "without", "prevented", "onto", "into", "Tokyo", "is", "are", "was",
    "were", "expected", "likely", "captured", "shelled", "clashes", "attacked", "the", "town",
    "ſ", "İ", "ı", "K", "-", ",", ".", " ", "\n", "3", "é",
]  # fmt: skip
_CUE_TEXT = st.lists(st.sampled_from(_CUE_PIECES), max_size=30).map(" ".join)


def _slow_blocked(text: str, start: int, end: int) -> bool:
    # (the words after the window's last sentence stop: a word of the sentence before blocks
    # nothing)
    window = text[max(0, start - 30) : start]
    cut = max(window.rfind(stop) for stop in _events._SENTENCE_STOPS)
    for w in _events._WORD.findall(window[cut + 1 :])[-2:]:
        if w.lower() in G.block_before:
            return True
    return G.block_after.match(text, end, min(len(text), end + 30)) is not None


@settings(max_examples=500)
@given(_CUE_TEXT, st.data())
def test_blocked_reads_the_same_window(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _events._blocked(G, text, start, end) == _slow_blocked(text, start, end)


def test_blocked_sees_a_word_cut_by_the_window() -> None:
    # "onto" cut to "to" by the 30-character window blocks, as the slice did.
    text = "x" * 10 + "onto" + " " * 28 + "captured"
    start = text.index("captured")
    assert _slow_blocked(text, start, start + 8)
    assert _events._blocked(G, text, start, start + 8)


def test_trusted_cue_equals_the_validated_one() -> None:
    fast = _events._cue("shelled", 7, 14, "shelling", _events.S.SHELLING_ARTILLERY_MISSILE_ATTACK)
    slow = _events.EventCue(
        text="shelled",
        start=7,
        end=14,
        family="shelling",
        sub_event_type=_events.S.SHELLING_ARTILLERY_MISSILE_ATTACK,
    )
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


def _body_sentences_reference(text: str, body_start: int) -> list[tuple[int, int]]:
    """``_body_sentences`` as it was: every chunk sliced and stripped of closers."""
    spans: list[tuple[int, int]] = []
    for start, end in _text.sentences(text):
        if end <= body_start:
            continue
        start = max(start, body_start)
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        chunk = text[start:end]
        terminal = chunk.rstrip(_report._CLOSERS).endswith(_report._STOPS)
        heading = not terminal and text[end:].strip() != ""  # a heading heads more text
        if heading and len(chunk.split()) <= _report._HEADING_MAX_WORDS:
            continue
        spans.append((start, end))
    return spans


@settings(max_examples=400, deadline=None)
@given(_SPLIT_TEXT, st.integers(0, 20))
def test_body_sentences_stop_shortcut(text: str, body_start: int) -> None:
    assert _report._body_sentences(text, body_start, LEX) == _body_sentences_reference(
        text, body_start
    )


def test_body_sentences_stop_shortcut_on_articles() -> None:
    for text in _articles():
        for body_start in (0, 40):
            got = _report._body_sentences(text, body_start, LEX)
            assert got == _body_sentences_reference(text, body_start)
