"""The dispatch on the last word (``_Grammar.end_bucket``) finds what one alternation of every
rule finds, in every language.

A bucket of several rules, picked by a text's first two words, is narrowed to the rules whose
matches can end with the text's last word (read from each rule's pattern by
``text._accel.end_words``, a Turkish case ending read off the word): the rule left out cannot
match, so the same rule reads the text with the same groups.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.lexicon import load
from conflict_events.parse import _dates
from conflict_events.text._accel import end_words, readable

LANGUAGES = ("en", "fr", "es", "pt", "ar", "de", "ru", "uk", "tr")


@functools.cache
def _full(code: str) -> re.Pattern[str]:
    grammar = _dates._grammar(load(code))
    return re.compile(
        "|".join(_dates._renamed(i, p) for i, p in enumerate(grammar.patterns) if p is not None)
    )


def _end_bucket(code: str, text: str) -> _dates._Bucket:
    """The bucket _resolve_core reads ``text`` with: its first two words' route, narrowed
    by its last word."""
    grammar = _dates._grammar(load(code))
    space = text.find(" ")
    if space >= 0:
        space = text.find(" ", space + 1)
    word = text if space < 0 else text[:space]
    route = grammar.routes.get(word) or grammar.route(word)
    by_last = route[6]
    if by_last is None:
        return route[0]
    return grammar.end_bucket(word, text[text.rfind(" ") + 1 :], by_last)


def _agree(code: str, text: str) -> None:
    grammar = _dates._grammar(load(code))
    full = _full(code).fullmatch(text)
    bucket = _end_bucket(code, text)
    parsed = None if bucket[1] is _dates._NO_RULE else _dates._parse_uncached(grammar, text, bucket)
    assert (full is None) == (parsed is None), (code, text)
    if full is None or parsed is None:
        return
    rule = full.lastgroup or ""
    handler, groups = parsed
    assert _dates._RULES[int(rule[1:])].handler is handler, (code, text)
    own = {
        name[len(rule) + 1 :]: full.group(index)
        for name, index in _full(code).groupindex.items()
        if name.startswith(rule + "_")
    }
    assert {k: v for k, v in groups.items() if k and v is not None} == {
        k: v for k, v in own.items() if v is not None
    }, (code, text)


def _examples(code: str) -> list[str]:
    examples = [e for rule in _dates._RULES for e in rule.languages.get(code, ())]
    if code == "en":
        examples += [e for rule in _dates._RULES for e in rule.examples]
    return [_dates._normalise(e)[0] for e in examples]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rule_example_and_its_word_runs_are_read_as_the_full_alternation_reads_them(
    code: str,
) -> None:
    for text in _examples(code):
        words = text.split(" ")
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                _agree(code, " ".join(words[i:j]))


@functools.cache
def _words(code: str) -> list[str]:
    found = {w for text in _examples(code) for w in text.split(" ")}
    # numbers and years as words and as the last word, a case ending on each
    found |= {"27", "2019", "3", "1990s", "24", "(12)", "the", "of"}
    found |= {f"{w}'da" for w in ("2023", "27", *sorted(found)[:40])}
    return sorted(found)


@settings(max_examples=400, deadline=None)
@given(code=st.sampled_from(LANGUAGES), data=st.data())
def test_word_sequences_are_read_as_the_full_alternation_reads_them(
    code: str, data: st.DataObject
) -> None:
    words = data.draw(st.lists(st.sampled_from(_words(code)), min_size=1, max_size=5))
    _agree(code, " ".join(words))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "abril pasado"),
        ("es", "octubre del año pasado"),
        ("pt", "setembro passado"),
        ("fr", "mars dernier"),
        ("uk", "березень минулого року"),
        ("ar", "مارس الماضي"),
        ("tr", "mart ayında"),
    ],
)
def test_the_last_word_narrows_a_bucket_of_several_rules(code: str, text: str) -> None:
    """A month followed by "last" or a day: of the rules that start with a month, only those
    that can end with the text's last word are tried."""
    grammar = _dates._grammar(load(code))
    space = text.find(" ")
    space = text.find(" ", space + 1) if space >= 0 else space
    word = text if space < 0 else text[:space]
    whole = grammar.routes.get(word) or grammar.route(word)
    narrowed = _end_bucket(code, text)
    assert len(narrowed[2]) < len(whole[0][2]) or (narrowed[1] is not None and whole[0][1] is None)
    _agree(code, text)


@pytest.mark.skipif(not readable(), reason="re internals not read on this Python")
def test_end_words_are_read_from_the_pattern() -> None:
    found = end_words(r"(?:hace|dentro de) (?P<n>\d{1,3}) (?:días|semanas)(?: atrás)?")
    assert found is not None
    exact, tails = found
    assert exact == {"días", "semanas", "atrás"}
    assert tails == ()
    # digits are one mark, a class of letters lets the word run on, "(?!)" ends nothing
    found = end_words(r"(?P<y>\d{4})(?:'[^\W\d_]{1,6})?|(?!)nie|semana\w*")
    assert found is None
    found = end_words(r"el (?P<d>[0-3]?\d)º|(?!)nunca|(?:fin|inicio) de mes")
    assert found is not None
    assert found[0] == {"\x01º", "mes"}
    # read case-blind: the words could be written in any case
    assert end_words(r"(?i:martes)") is None
