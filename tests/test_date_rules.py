"""The one date grammar: every rule's own examples are read by resolve_date and found by
find_dates, in running text, with the same span, precision and approximate flag; the grammar
reads its words from a lexicon, so a word added to a lexicon is read and found with no fast
path to edit; and the fast paths derived from the patterns exist for every rule."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.lexicon import load
from conflict_events.parse import _dates, find_dates, resolve_date
from conflict_events.parse._dates_scan import scan
from conflict_events.parse._dates_vocab import date_words
from conflict_events.text import _accel

ANCHOR = dt.date(2024, 11, 27)
EXAMPLES = [
    (rule.handler.__name__, example)
    for rule in _dates._RULES
    if rule.in_text
    for example in rule.examples
]
NOT_IN_TEXT = [example for rule in _dates._RULES if not rule.in_text for example in rule.examples]


def _fillers_stripped(example: str) -> str:
    """The example without the leading filler words the resolver skips ("in", "during"):
    they are not part of a mention in running text."""
    fillers = date_words("en").fillers
    words = example.split(" ")
    while len(words) > 1 and words[0].lower() in fillers:
        words = words[1:]
    return " ".join(words)


def test_every_rule_has_examples() -> None:
    assert _dates._RULES
    for rule in _dates._RULES:
        # in English, or in each language a rule for another language's construction serves
        assert len(rule.examples) >= 2 or (
            rule.languages and all(len(e) >= 2 for e in rule.languages.values())
        ), rule.handler


@pytest.mark.parametrize("example", NOT_IN_TEXT)
def test_rules_not_looked_for_in_text_are_read_but_not_found(example: str) -> None:
    resolve_date(example, ANCHOR)
    assert find_dates(f"Rebels attacked the town {example}, officials said.", ANCHOR) == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_resolve_date_and_find_dates_agree_on_every_example(rule: str, example: str) -> None:
    resolved = resolve_date(example, ANCHOR)
    sentence = f"Rebels attacked the town {example}, officials said."
    found = find_dates(sentence, ANCHOR)
    # the whole example, or without a leading filler the resolver skips ("in March")
    assert [m.text for m in found] in ([example], [_fillers_stripped(example)]), rule
    when = found[0].when
    assert (when.start, when.end, when.precision, when.approximate) == (
        resolved.start,
        resolved.end,
        resolved.precision,
        resolved.approximate,
    )


@pytest.mark.parametrize(
    ("example", "precision", "approximate"),
    [
        # the scanner once found only "yesterday" (its parts of day lacked "lunchtime")
        ("yesterday lunchtime", "part_of_day", False),
        ("Friday at daybreak", "day", False),
        # the scanner once had fewer hedges than the resolver: "perhaps" was dropped
        ("perhaps last week", "week", True),
        ("possibly last March", "month", True),
        # and a hedge before a word the resolver skips: "March" alone was found, not hedged
        ("possibly in March", "month", True),
        ("possibly during March", "month", True),
        ("about in 2016", "year", True),
        # a hedge that also makes a year a date
        ("around 2016", "year", True),
    ],
)
def test_former_disagreements(example: str, precision: str, approximate: bool) -> None:
    sentence = f"Rebels attacked the town {example}, officials said."
    found = find_dates(sentence, ANCHOR)
    resolved = resolve_date(found[0].text, ANCHOR)
    assert found[0].when.precision.value == resolved.precision.value
    assert found[0].when.approximate is resolved.approximate is approximate
    if precision != "day":
        assert found[0].text == example
        assert resolved.precision.value == precision


def test_a_month_alias_in_a_test_lexicon_is_read_and_found() -> None:
    lexicon = load("en").extended({"calendar": {"months": {"october": ["octember"]}}})
    span = resolve_date("8 Octember 2023", ANCHOR, lexicon=lexicon)
    assert (span.start, span.end) == (dt.date(2023, 10, 8), dt.date(2023, 10, 8))
    text = "The offensive began on Octember 8, 2023, and ended in Octember 2024."
    found = find_dates(text, ANCHOR, lexicon=lexicon)
    assert [(m.text, m.when.start.isoformat()) for m in found] == [
        ("Octember 8, 2023", "2023-10-08"),
        ("Octember 2024", "2024-10-01"),
    ]
    # the default lexicon is untouched: the word is no date there
    with pytest.raises(Exception, match="Octember"):
        resolve_date("8 Octember 2023", ANCHOR)
    assert find_dates(text, ANCHOR) == []


def test_a_weekday_and_a_hedge_added_in_a_test_lexicon() -> None:
    lexicon = load("en").extended(
        {
            "calendar": {"weekdays": {"friday": ["fryday"]}},
            "dates": {"prefixes": {"hedges": ["maybe"]}},
        }
    )
    found = find_dates("Gunmen struck maybe Fryday, police said.", ANCHOR, lexicon=lexicon)
    assert [(m.text, m.when.start.isoformat(), m.when.approximate) for m in found] == [
        ("maybe Fryday", "2024-11-22", True)
    ]


def test_grammars_are_compiled_once_per_lexicon() -> None:
    lexicon = load("en").extended({"calendar": {"months": {"may": ["mai"]}}})
    assert _dates._grammar(lexicon) is _dates._grammar(lexicon)
    assert _dates._grammar(lexicon) is not _dates._EN()
    assert _dates._grammar_of("en") is _dates._EN() is _dates._grammar(load("en"))


@pytest.mark.skipif(not _accel.readable(), reason="re internals not read on this Python")
def test_every_rule_has_its_first_characters() -> None:
    grammar = _dates._EN()
    for rule, pattern, chars in zip(
        _dates._RULES, grammar.patterns, grammar.first_chars, strict=True
    ):
        # a rule for a construction English lacks compiles to nothing in English
        assert chars or (pattern is None and not rule.examples), rule.handler.__name__
    # the months the lexicon spells are among the first characters of the month rule
    month_rule = next(
        chars
        for rule, chars in zip(_dates._RULES, grammar.first_chars, strict=True)
        if rule.handler is _dates._month_of
    )
    assert {m[0] for m in date_words("en").months} <= month_rule


@pytest.mark.skipif(not _accel.readable(), reason="re internals not read on this Python")
def test_the_scanner_has_its_start_guard_and_it_keeps_every_month_word() -> None:
    """The derived scanner's one search for the places worth trying (its guard, read off the
    rules' compiled patterns) exists on this Python, and a month added only in a test lexicon
    is among them."""
    lexicon = load("en").extended({"calendar": {"months": {"october": ["octember"]}}})
    grammar = _dates._grammar(lexicon)
    sc = scan(grammar)
    assert sc.guard is not None
    assert scan(_dates._EN()).guard is not None
    text = "It began in Octember 2024 and ended on Octember 8."
    places = [m.end() for m in sc.guard.finditer(" " + text.lower())]
    assert {text.index("Octember") + 1, text.rindex("Octember") + 1} <= set(places)
    found = find_dates(text, ANCHOR, lexicon=lexicon)
    assert [m.text for m in found] == ["Octember 2024", "Octember 8"]


def test_no_reader_of_re_internals_outside_the_acceleration_module() -> None:
    from pathlib import Path

    import conflict_events

    root = Path(conflict_events.__file__).parent
    for path in root.rglob("*.py"):
        if path.name == "_accel.py":
            continue
        source = path.read_text(encoding="utf-8")
        for reader in ("re._parser", "re._constants", "import _parser", "import _constants"):
            assert reader not in source, (path, reader)


def test_the_calendar_table_is_what_the_generator_writes() -> None:
    from pathlib import Path

    import dateparser
    from dateparser.data.date_translation_data import en

    from conflict_events.lexicon._generate import calendar_table, render

    path = Path(_dates.__file__).parents[1] / "data" / "lexicon" / "en" / "calendar.toml"
    text = render(calendar_table(en.info), language="en", version=dateparser.__version__)
    # a newer dateparser may change the words: regenerate (python -m
    # conflict_events.lexicon._generate en) and check the equivalence harness
    assert path.read_text(encoding="utf-8") == text


def test_the_generator_takes_other_languages() -> None:
    from dateparser.data.date_translation_data import fr

    from conflict_events.lexicon._generate import calendar_table

    table = calendar_table(fr.info)
    assert table["months"]["march"] == ["mars"]
    assert "lundi" in table["weekdays"]["monday"]
    assert all(len(w) >= 3 for words in table["weekdays"].values() for w in words)
