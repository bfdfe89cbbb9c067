"""find_casualties' case-sensitive patterns on the lower-cased text, and its cheap tests that
a pattern cannot match, give what the plain way gives (re.IGNORECASE on the text, every
pattern tried).

The reference is the scanner's own plain path: with a letter that re folds specially ("ſ",
"ı", "İ", the Kelvin sign) in the text it matches the patterns as written, on the text, and
skips nothing; patching ``has_re_folded`` to say so for every text makes it run on any text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events import ActorRegistry
from conflict_events.cli._demo import demo_articles
from conflict_events.extract import _casualties
from conflict_events.lexicon import load
from conflict_events.text._keywords import keyword_hits
from conflict_events.text._segment import latin_marks, lower_same_length

G = _casualties._grammar(load("en"))

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "articles"
_FOLDED = "\u0130\u0131\u017f\u212a"


def _texts() -> list[str]:
    texts = [text for _, text in demo_articles()]
    if SHARED.is_dir():
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*.txt")))
    return texts


def _scanner(text: str) -> _casualties._Scanner:
    found = keyword_hits(text, load("en"))
    hints = [h[0] for h in found.get(_casualties.OUTCOMES)]
    return _casualties._Scanner(G, text, found.low, None, hints)


def _plain(text: str, registry: ActorRegistry | None) -> list[_casualties.CasualtyMention]:
    """find_casualties the plain way: IGNORECASE patterns on the text, no skips."""
    saved = _casualties.has_re_folded
    _casualties.has_re_folded = lambda _text: True
    try:
        return _casualties.find_casualties(text, registry=registry)
    finally:
        _casualties.has_re_folded = saved


# --- per character: what the exactness argument rests on ------------------------------------

# One group per thing the patterns test a character for: each ASCII letter (their literals
# are lower-case ASCII letters), and the classes \d, \s, "_", \w; then the non-letters that
# appear as literals or in classes.
_PROBE = "|".join(
    [*(f"({c})" for c in "abcdefghijklmnopqrstuvwxyz"), r"(\d)", r"(\s)", "(_)", r"(\w)",
     *(f"({re.escape(c)})" for c in "'’.,-–—+~$€£¥%:;!?()\"”/#")]
)  # fmt: skip
_PROBE_FOLDING = re.compile(_PROBE, re.IGNORECASE)
_PROBE_LOWER = re.compile(_PROBE)


@pytest.mark.slow
def test_every_character_lowered_is_read_alike_by_the_case_sensitive_patterns() -> None:
    """For every code point c but the four re folds specially, re.IGNORECASE reads c as
    the case-sensitive pattern reads c lower-cased (as lower_same_length lowers it)."""
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c in _FOLDED or 0xD800 <= code <= 0xDFFF:
            continue
        low = lower_same_length(c)
        if len(low) != 1:  # pragma: no cover - lower_same_length keeps the length
            pytest.fail(repr(c))
        # (the folding patterns read the text with Arabic marks as Latin ones, as lowered)
        a, b = _PROBE_FOLDING.fullmatch(latin_marks(c)), _PROBE_LOWER.fullmatch(low)
        assert (a and a.lastindex) == (b and b.lastindex), (hex(code), c, low)


def test_patterns_have_only_lower_case_literal_letters() -> None:
    for pattern in G.folding:
        assert pattern.flags & re.IGNORECASE
        bare = re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", pattern.pattern)
        assert not re.search("[A-Z]", bare), pattern.pattern[:80]
    for fast, slow in zip(G.lower, G.folding, strict=True):
        assert fast.pattern == slow.pattern
        assert not fast.flags & re.IGNORECASE


# --- the patterns on generated text ---------------------------------------------------------

_PIECES = [
    "of", "Of", "OF", "the", "them", "whom", "At least", "MORE THAN", "over", "Nearly", "some",
    "a", "A", "an", "half a", "A few", "several", "Dozens", "hundreds of thousands", "between",
    "and", "AND", "or", "to", "-", "—", "+", "-plus", ",", ".", "12", "1,200", "3.5",
    "2 Million", "seven", "Seventeen", "SEVENTY", "Seventy-Seven", "one hundred and five",
    "dozen", "Civilians", "children", "women", "Family Members", "soldiers", "HTS fighters",
    "Government", "fighter_x", "were", "Were", "IS", "have been", "reportedly", "Killed",
    "dead", "Deaths", "death toll", "fatalities", "Injured", "missing", "displaced",
    "Fled Their Homes", "taken Prisoner", "shot dead", "Lost their lives", "From", "with",
    "Belonging to", "loyal To", "Including", "among them", "Among Whom", "of whom", "(", ":",
    "since Monday", "ÉTÉ", "Σ", "ΣΑΣ", "Ⅻ", "ǅ", "²", "٣", "\n", "  ", "\t",
]  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=" aAsSiIkKéÉ9,-", max_size=3)),
    max_size=24,
).map(" ".join)


def _spans(m: re.Match[str] | None) -> object:
    return None if m is None else [m.span(g) for g in range(m.re.groups + 1)]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_case_sensitive_patterns_match_alike_on_the_lower_cased_text(
    text: str, data: st.DataObject
) -> None:
    low = lower_same_length(text)
    end = data.draw(st.integers(0, len(text)))
    for fast, slow in zip(G.lower, G.folding, strict=True):
        for pos in range(end + 1):
            assert _spans(fast.match(low, pos, end)) == _spans(slow.match(text, pos, end)), (
                slow.pattern[:40], text, pos, end,
            )  # fmt: skip


def test_case_sensitive_patterns_match_alike_on_articles() -> None:
    for text in _texts()[:12]:
        if any(c in text for c in _FOLDED):
            continue
        low = lower_same_length(text)
        for fast, slow in zip(G.lower, G.folding, strict=True):
            for pos in range(len(text)):
                end = min(len(text), pos + 150)
                assert _spans(fast.match(low, pos, end)) == _spans(slow.match(text, pos, end))


# --- the cheap tests only skip matches that cannot be -------------------------------------


def _check_skips(text: str, end: int) -> None:
    scanner = _scanner(text)
    assert not scanner.folded
    rx, subject = scanner.rx, scanner.subject
    for pos in range(end + 1):
        if not scanner.count_may_start(pos):
            assert rx.count_phrase.match(subject, pos, end) is None, (text, pos)
        if not scanner.actor_intro_may_match(pos, end):
            assert rx.actor_intro.match(subject, pos, end) is None, (text, pos)
        if not scanner.late_breakdown_may_match(pos, end):
            assert rx.late_breakdown.match(subject, pos, end) is None, (text, pos)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_cheap_tests_skip_only_where_the_patterns_cannot_match(
    text: str, data: st.DataObject
) -> None:
    text = "".join(c for c in text if c not in _FOLDED)
    _check_skips(text, data.draw(st.integers(0, len(text))))


def test_cheap_tests_on_articles() -> None:
    for text in _texts()[:12]:
        _check_skips(text, len(text))


def test_count_starts_cover_every_count_word() -> None:
    # each word a count phrase can open with passes count_may_start, in any case
    words = ["at least 3", "more than 3", "over 3", "upwards of 3", "in excess of 3",
             "just over 3", "well over 3", "no fewer than 3", "no less than 3", "no more than 3",
             "up to 3", "as many as 3", "at most 3", "fewer than 3", "less than 3", "nearly 3",
             "almost 3", "close to 3", "just under 3", "about 3", "around 3", "approximately 3",
             "roughly 3", "some 3", "an estimated 3", "estimated 3", "between 3 and 4",
             "half a million", "a dozen", "an eight", "a few", "a handful", "a couple of dozen",
             "several", "tens", "dozens", "scores", "hundreds", "thousands", "millions", "3",
             "١٢", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
             "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
             "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
             "billion", "dozen"]  # fmt: skip
    for phrase in words:
        for text in (phrase, phrase.upper(), phrase.title()):
            scanner = _scanner(f"x {text} y")
            assert scanner.rx.count_phrase.match(scanner.subject, 2) is not None, text
            assert scanner.count_may_start(2), text


def test_cheap_tests_are_off_where_re_folds_letters() -> None:
    scanner = _scanner("12 ſoldiers \u212ailled, ıncluding 3 from HTS")
    assert scanner.folded
    assert scanner.rx is G.folding
    assert scanner.subject == scanner.text
    for pos in range(len(scanner.text)):
        assert scanner.count_may_start(pos)
        assert scanner.actor_intro_may_match(pos, len(scanner.text))


# --- the whole stage ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


def test_fast_equals_plain_on_articles(registry: ActorRegistry) -> None:
    for text in _texts():
        assert _casualties.find_casualties(text, registry=registry) == _plain(text, registry)
        shouted = text.upper()
        assert _casualties.find_casualties(shouted, registry=registry) == _plain(shouted, registry)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_fast_equals_plain_on_generated_text(text: str) -> None:
    assert _casualties.find_casualties(text) == _plain(text, None)


def test_figures_equal_the_validated_ones(registry: ActorRegistry) -> None:
    from conflict_events.model._report import CasualtyFigure

    groups = set()
    for text in _texts():
        for m in _casualties.find_casualties(text, registry=registry):
            f = m.figure
            checked = CasualtyFigure(
                outcome=f.outcome.value,
                group=f.group,
                count=f.count,
                part_of=f.part_of,  # (set on a subgroup: its total's index)
                subgroup=f.subgroup,
            )
            assert f == checked
            assert type(f.outcome) is type(checked.outcome)
            assert hash(f) == hash(checked)
            groups.add(f.group)
    assert groups >= _casualties._PLAIN_GROUPS


_NON_SPACE_RUN = re.compile(r"\S+")


def _phrase_at_plain(
    scanner: _casualties._Scanner, core: int, s: int, e: int
) -> re.Match[str] | None:
    """phrase_at the plain way: the lead words' starts by a regex search, every candidate
    matched with the pattern as written on the text."""
    lo = max(s, core - 40)
    words = scanner.low[lo:core].split()
    k = len(words)
    while k > 0 and words[k - 1] in G.lead_words and len(words) - k < 4:
        k -= 1
    candidates = [core]
    if k < len(words):
        starts = [w.start() for w in _NON_SPACE_RUN.finditer(scanner.low, lo, core)]
        candidates = [*starts[k - len(words) :], core]
    for start in candidates:
        m = G.counts.phrase.match(scanner.text, start, e)
        if m is not None and m.end() > core:
            return m
    return None


_LEAD_PIECES = ["at least", "more than", "over", "of", "to", "in excess of", "some", "a",
                "an estimated", "between", "half", "several", "nearly", "up to", "as many as",
                "and", "x", "12", "1,200", "three", "hundred", "thousand", "few", "dozen",
                "\n", "  ", "—"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=16).map(" ".join))
def test_phrase_at_equals_the_plain_way(text: str) -> None:
    scanner = _scanner(text)
    for s in range(0, len(text), 7):
        for core in range(s, len(text)):
            if text[core].isdigit() or text[core].isalpha():
                fast = scanner.phrase_at(core, s, len(text))
                plain = _phrase_at_plain(scanner, core, s, len(text))
                assert _spans(fast) == _spans(plain), (text, s, core)
