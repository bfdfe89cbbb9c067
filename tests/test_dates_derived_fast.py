"""The derived scanner's shortcuts (``parse/_dates_scan.py``), each against the plain way it
replaced: the text normalised with C-level passes and offsets kept as their few shifts, against
the character loop; the candidate starts found in one pass of a pattern derived from the rules'
start strings, and the rules a first word can start, against every rule tried at every word
start; and the start strings themselves (``text._accel.start_prefixes``) against the rules'
own examples."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.lexicon import load
from conflict_events.parse import _dates, _dates_scan
from conflict_events.text._accel import prefix_trie, start_prefixes

LANGUAGES = ("fr", "es", "pt", "de", "ru", "uk", "tr", "ar")
TEXTS = Path(__file__).parent / "fixtures" / "texts"
ANCHOR = dt.date(2024, 11, 30)


def _normalised_by_loop(text: str, fold: dict[int, str]) -> tuple[str, list[int]]:
    """The normalisation one character at a time, as the resolver's rules read text: the
    oracle of ``normalised_with_offsets``."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    folded = _dates_scan._LETTER_HYPHEN.sub(" ", lowered.translate(fold))
    out: list[str] = []
    offsets: list[int] = []
    space = True
    i, n = 0, len(folded)
    while i < n:
        c = folded[i]
        if c.isspace():
            if not space:
                out.append(" ")
                offsets.append(i)
                space = True
            i += 1
            continue
        if c == "'" and folded.startswith("'s", i) and (i + 2 == n or not folded[i + 2].isalnum()):
            i += 2
            continue
        out.append(c)
        offsets.append(i)
        space = False
        i += 1
    offsets.append(n)
    return "".join(out), offsets


_PIECES = st.sampled_from(
    [
        *(" ", "  ", "\t", "\n\n", "\u00a0", "'s", "'", "’s", "s", "-", "—", ".", ",", "a"),
        *("B", "7", "İ", "Σ", "é", "ß", "x's", " 's ", "'s'", "٣", "\u3000", "Friday's"),
        *("27-29", "mid-May"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_normalising_keeps_the_offsets_of_the_character_loop(text: str) -> None:
    fold = _dates._SCAN_FOLD
    expected, offsets = _normalised_by_loop(text, fold)
    found, fast = _dates_scan.normalised_with_offsets(text, fold)
    assert found == expected
    assert [fast[j] for j in range(len(found) + 1)] == offsets


def _every_rule_everywhere(sc: _dates_scan.Scan) -> _dates_scan.Scan:
    """``sc`` with every word start a candidate and every rule tried where its first
    characters allow (the scanner before its shortcuts)."""

    class AllRules(dict[str, tuple[_dates_scan.Rule, ...]]):
        def get(self, word: str, default: object = None) -> tuple[_dates_scan.Rule, ...]:
            first = word[:1] or " "
            rules = [
                r
                for r, chars in zip(sc.rules, sc.first_chars, strict=True)
                if r is not None and (chars is None or first in chars)
            ]
            if sc.same_time is not None and (
                sc.same_time_chars is None or first in sc.same_time_chars
            ):
                rules.append(_dates_scan.Rule(sc.same_time, (), ()))
            return tuple(rules)

    return attrs.evolve(
        sc,
        # (every start marked as one where a rule may start: the rules are tried there)
        start=re.compile(rf"{_dates_scan._WORD_START.pattern}(?P<rule>)"),
        text_start=re.compile(rf"{_dates_scan._TEXT_START.pattern}(?P<rule>)"),
        by_word=AllRules(),
    )


def _texts(code: str) -> list[str]:
    """The fixture texts of the language, the English ones, and the rule examples of the
    language one to a line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((TEXTS / code).glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((TEXTS / "en").glob("*.txt"))[:4]]
    examples = [e for rule in _dates._RULES for e in rule.languages.get(code, ())]
    texts.append(".\n".join(f"Selon eux, {e} encore" for e in examples))
    return texts


def _found(code: str, text: str) -> list[tuple[int, int, str, str, str]]:
    return [
        (m.start_char, m.end_char, m.direction, m.when.start.isoformat(), m.when.end.isoformat())
        for m in _dates.find_dates(text, ANCHOR, lexicon=code)
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_start_pass_and_the_word_dispatch_find_what_every_rule_finds(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(code)
    fast = [_found(code, t) for t in texts]
    assert any(fast)
    plain = _dates_scan.scan
    monkeypatch.setattr(_dates_scan, "scan", lambda gr: _every_rule_everywhere(plain(gr)))
    assert [_found(code, t) for t in texts] == fast


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rule_example_starts_with_one_of_its_start_strings(code: str) -> None:
    """The start strings of a rule (read off its pattern) begin every match: checked on each
    example the rule itself matches, its runs of digits one mark."""
    gr = _dates._grammar(load(code))
    checked = 0
    for rule, pattern in zip(_dates._RULES, gr.patterns, strict=True):
        if pattern is None:
            continue
        prefixes = start_prefixes(pattern)
        for example in rule.languages.get(code, ()) + rule.examples:
            normalised = _dates._normalise(example)
            if isinstance(normalised, str):
                continue
            m = re.match(pattern, normalised[0])
            if m is None:
                continue
            checked += 1
            assert prefixes is not None, rule.handler.__name__
            key = re.sub(r"\d+", "\x01", m.group())
            assert any(key.startswith(p) for p in prefixes), (example, sorted(prefixes)[:20])
    # (each language's own examples: the English ones match no other language's patterns)
    assert checked > 10


def test_start_prefixes_spell_out_optional_heads_and_stop_at_nothing() -> None:
    # an optional head of many words is spelled out, not cut to "any start"
    months = "|".join(f"{a}{b}x" for a in "abcdefghij" for b in "abcdefghij")
    found = start_prefixes(rf"(?:(?:{months}) )?day")
    assert found is not None
    assert "day" in found
    assert len(found) == 101
    # "(?!)" matches nothing: the branch it opens starts no match
    assert start_prefixes(r"(?!)abc|def") == frozenset({"def"})
    # a class of digits and \d alike are a run of digits
    assert start_prefixes(r"[12]\d{3}-(?:0?[1-9])") == frozenset({"\x01-\x01"})
    # case-blind patterns and those a match of can start anyhow have none
    assert start_prefixes(r"(?i:monday)") is None
    assert start_prefixes(r"\w+ ago") is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text("ab1 ", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text("ab1 ", max_size=6),
)
def test_a_prefix_trie_matches_where_one_of_its_strings_starts(
    strings: list[str], text: str
) -> None:
    pattern = re.compile(prefix_trie([tuple(map(re.escape, s)) for s in strings]))
    assert (pattern.match(text) is not None) == any(text.startswith(s) for s in strings)


def _starts_of(code: str, text: str) -> list[int]:
    """The candidate starts the start pass finds in ``text`` (read as normalised)."""
    sc = _dates_scan.scan(_dates._grammar(load(code)))
    first = sc.text_start.match(text)
    return [m.end() for m in sc.start.finditer(text)] + ([0] if first else [])


@pytest.mark.parametrize("code", ["en", *LANGUAGES])
def test_a_calendar_name_starts_a_candidate_where_its_word_ends(code: str) -> None:
    """A rule is matched followed by ``(?!\\w)``, so a start string that spells out a whole
    match ends a word (``start_prefixes(..., ends=...)``): "mon" the weekday starts no
    "monitor".  Every one-word month and weekday spelling starts a candidate alone; followed
    by letters, none does, but in Arabic, whose month names go on in the same word
    ("يناير/كانون الثاني", the two calendars' names joined by a slash)."""
    w = _dates._grammar(load(code)).words
    spellings = [s for s in (*w.months, *w.weekdays) if " " not in s]
    assert len(spellings) > 20
    assert all(2 in _starts_of(code, f"x {s} y") for s in spellings)
    longer = [s for s in spellings if 2 in _starts_of(code, f"x {s}qzq y")]
    if code == "ar":
        assert len(longer) < len(spellings)
    else:
        assert longer == []


def test_english_words_that_begin_with_a_calendar_abbreviation_start_nothing() -> None:
    text = "the monitor said a market decided a novel plan for sunlight in the sept"
    words = {m.start(): m.group() for m in re.finditer(r"\w+", text)}
    started = {words[p] for p in _starts_of("en", text) if p in words}
    assert started.isdisjoint({"monitor", "market", "decided", "novel", "sunlight"})
    assert "sept" in started


def test_start_prefixes_mark_a_whole_match_with_the_end_string() -> None:
    found = start_prefixes(r"(?:on )?(?:mon|tue)(?:day)?(?: night)?", ends="$")
    assert found is not None
    assert {"mon$", "monday$", "tue$"} <= found
    # a string cut a few letters into its second word is no whole match
    assert "on mon" in found
    # a string that also begins a longer match keeps no end ("mon" before "mon\w+")
    assert start_prefixes(r"mon|mon[a-z]+", ends="$") == frozenset({"mon"})
    assert start_prefixes(r"mon", ends="$") == frozenset({"mon$"})
