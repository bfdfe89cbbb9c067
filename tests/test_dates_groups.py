"""The groups a date rule's handler reads are a plain ``dict``, the grammar passed beside them.

CPython specialises ``dict.get`` only on an exact ``dict``; a subclass that carried the
grammar made each of a handler's 10-20 reads dearer (docs/dates.md, "How it works", step 3).
In every language, each rule example's parse and each keyword table entry are exact dicts
(the resolver's other groups are dict displays), and a handler called with them and the
grammar gives ``resolve_date``'s span.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import resolve_date
from conflict_events.lexicon import load
from conflict_events.parse import _dates

LANGUAGES = ("en", "fr", "es", "pt", "ar", "de", "ru", "uk", "tr")
ANCHOR = dt.date(2024, 11, 27)


def _examples(code: str) -> list[str]:
    return [
        example
        for rule in _dates._RULES
        for example in (rule.examples if code == "en" else rule.languages.get(code, ()))
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_rule_parses_give_exact_dicts(code: str) -> None:
    grammar = _dates._grammar(load(code))
    parsed_any = 0
    for example in _examples(code):
        s = _dates._normalise(example)[0]
        parsed = _dates._parse_uncached(grammar, s)
        if parsed is None:  # read after a filler or by a construction: checked below
            continue
        parsed_any += 1
        handler, groups = parsed
        assert type(groups) is dict, (code, example)
        try:
            span = handler(grammar, groups, ANCHOR, False)
        except (_dates._RejectError, ValueError):
            continue
        if span is not None:
            got = resolve_date(example, ANCHOR, lexicon=code)
            assert (got.start, got.end, got.precision) == tuple(span), (code, example)
    assert parsed_any


@pytest.mark.parametrize("code", LANGUAGES)
def test_keyword_table_holds_exact_dicts(code: str) -> None:
    grammar = _dates._grammar(load(code))
    resolve_date(_examples(code)[0], ANCHOR, lexicon=code)  # the table is made on first use
    assert grammar.keywords
    for phrase, (handler, groups) in grammar.keywords.items():
        assert type(groups) is dict, (code, phrase)
        assert callable(handler)
