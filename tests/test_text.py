"""The sentence splitter and span helpers of the extractors."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflict_events.cli._demo import demo_articles
from conflict_events.lexicon import load
from conflict_events.text import _keywords
from conflict_events.text import _segment as _text
from conflict_events.text._keywords import Vocabulary, keyword_hits, register
from conflict_events.text._segment import (
    lower_same_length,
    sentence_at,
    sentences,
)


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ("Gen. Ali met Dr. Haddad. They talked.", ["Gen. Ali met Dr. Haddad.", "They talked."]),
        ("On Nov. 28 the town fell. Next.", ["On Nov. 28 the town fell.", "Next."]),
        ("A U.S.-backed force moved. It won.", ["A U.S.-backed force moved.", "It won."]),
        ("Forces of the U.N. arrived. Then rain.", ["Forces of the U.N. arrived.", "Then rain."]),
        ("J. R. Smith spoke. Done.", ["J. R. Smith spoke.", "Done."]),
        ('He said: "We won." The end.', ['He said: "We won."', "The end."]),
        ('"Are you sure?" he asked.', ['"Are you sure?" he asked.']),
        ("Prices rose 3.5 percent. Fine.", ["Prices rose 3.5 percent.", "Fine."]),
        ("It ended... Then more.", ["It ended...", "Then more."]),
        ("Ended (finally.) Next one.", ["Ended (finally.)", "Next one."]),
        ("Headline Here\nBody text starts. More.", ["Headline Here", "Body text starts.", "More."]),
        ("A wrapped line\ngoes on here. Next.", ["A wrapped line\ngoes on here.", "Next."]),
        ("Para one\n\npara two.", ["Para one", "para two."]),
        ("Killed 4. 12 were hurt.", ["Killed 4.", "12 were hurt."]),
        ("lower. case start", ["lower. case start"]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentences_returns_a_fresh_list() -> None:
    text = "One. Two."
    first = sentences(text)
    first.append((0, 0))
    assert sentences(text) == [(0, 4), (5, 9)]


def test_sentence_at() -> None:
    text = "One two. Three four."
    spans = sentences(text)
    assert sentence_at(spans, 0) == (0, 8)
    assert sentence_at(spans, 10) == (9, 20)
    assert sentence_at(spans, 8) is None  # the space between
    assert sentence_at(spans, 99) is None
    assert sentence_at([], 0) is None


@given(st.text(alphabet=st.sampled_from('ab A.!?"\n ”…3,'), max_size=120))
def test_sentence_spans_are_ordered_stripped_and_cover_the_text(text: str) -> None:
    spans = sentences(text)
    previous_end = 0
    covered = 0
    for s, e in spans:
        assert previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        covered += len("".join(text[s:e].split()))
        previous_end = e
    # every non-space character belongs to exactly one sentence
    assert covered == len("".join(text.split()))


@given(st.text(max_size=200))
def test_sentences_never_raise(text: str) -> None:
    for s, e in sentences(text):
        assert 0 <= s < e <= len(text)


def test_long_adversarial_input() -> None:
    # One linear pass: these return (a regex with nested runs would not).
    for text in ("." * 200_000, "a." * 100_000, "\n" * 100_000, "A. " * 50_000):
        sentences(text)


def _test_vocabulary(lexicon: object) -> Vocabulary:
    return Vocabulary(stems=frozenset({"kill"}), words=frozenset({"one", "ten"}))


def test_keyword_index_respects_word_starts_and_whole_words() -> None:
    stage = register("test stems and words", _test_vocabulary)
    try:
        hits = keyword_hits("Skill is one thing; often ten people KILLED someone.").get(stage)
        found = [(start, word) for start, _, word in hits]
        assert found == [(9, "one"), (26, "ten"), (37, "kill")]
    finally:  # the other tests see the package's stages only
        _keywords._BUILDERS.pop(stage)
        _keywords._automaton.cache_clear()
        _keywords._hits.cache_clear()


def test_lower_same_length_keeps_offsets() -> None:
    text = "İstanbul KILLED"  # "İ".lower() is two characters
    low = lower_same_length(text)
    assert len(low) == len(text)
    assert low.endswith("killed")


# --- the split's stop scan (str.find) against the regex scan it replaces ----------------------

_SPLIT_ALPHABET = st.sampled_from('ab A.!?"\n ”…3,’»)]([“\u2028\u00a0\t\r\x0b')


def _spans_by_finditer(text: str) -> list[tuple[int, int]]:
    """The split as it was: every boundary from one ``finditer`` over the text."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    for m in _text._BOUNDARY_RE.finditer(text):
        run, nxt = m.group(), m.end()
        core = run.rstrip()
        if not core or core[0] == "\n":
            if run.count("\n") < 2 and nxt < n and text[nxt].islower():
                continue
            cut = m.start()
        else:
            if len(core) == len(run) and nxt < n:
                continue
            cut = m.start() + len(core)
            if nxt < n:
                j = nxt
                while j < n and j < nxt + 3 and text[j] in _text._OPENERS:
                    j += 1
                following = text[j] if j < n else ""
                # a capital, a digit or a letter of a caseless script opens a sentence
                opens = following.isupper() or following.isdigit()
                opens = opens or (following.isalpha() and not following.islower())
                if not (opens or j > nxt):
                    continue
                if core == "." and _text._is_abbreviation(
                    text, m.start(), _text._abbreviations(load("en"))
                ):
                    continue
        _text._add(text, spans, start, cut)
        start = nxt
    _text._add(text, spans, start, n)
    return spans


def _boundaries_from_stops(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for at in _text._stop_positions(text):
        if not out or at >= out[-1][1]:
            m = _text._BOUNDARY_FAST_RE.match(text, at)
            assert m is not None
            out.append(m.span())
    return out


@settings(max_examples=500)
@given(st.text(alphabet=_SPLIT_ALPHABET, max_size=120) | st.text(max_size=120))
@example("!\r\u08a0")  # a caseless letter after a stop opens a sentence (hypothesis found it)
@example("قتل جندي. وأصيب اثنان")
def test_stop_scan_finds_the_regex_boundaries(text: str) -> None:
    assert _boundaries_from_stops(text) == [m.span() for m in _text._BOUNDARY_RE.finditer(text)]
    assert list(_text._sentences.__wrapped__(text, load("en"))) == _spans_by_finditer(text)  # type: ignore[attr-defined]


def test_stop_scan_on_the_demo_articles() -> None:
    for _, text in demo_articles():
        boundaries = [m.span() for m in _text._BOUNDARY_RE.finditer(text)]
        assert _boundaries_from_stops(text) == boundaries
        assert len(boundaries) > 3
        assert list(_text._sentences.__wrapped__(text, load("en"))) == _spans_by_finditer(text)  # type: ignore[attr-defined]
