"""The one date grammar, from the scanner's side: every word of English's constructions, tried
in each slot of each construction, is read by ``resolve_date`` and found by ``find_dates``
with the same span, precision and approximate flag; a word added only to the resolver's table
in a test lexicon is found with no code edited (the scanner is derived from the rules); and
the rule registry's examples are read and found alike in every language with a lexicon."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflict_events import DateResolutionError
from conflict_events.lexicon import load
from conflict_events.parse import _dates, find_dates, resolve_date
from conflict_events.parse._dates import read_in_context

ANCHOR = dt.date(2024, 11, 27)
SENTENCE = "Rebels attacked the town {}, officials said."
# for the anaphora: a day named before, which they count from
AFTER_A_DAY = "Rebels attacked the town on 5 May 2023 and {}, officials said."

# Each slot of a construction and the expressions it makes: a template per slot, "{}" the
# slot's word ("{0}" and "{1}" for two slots read together), its words in SLOT_WORDS below.
ONE_SLOT = {
    "article": ["{} 5th of May", "{} 1990s"],
    "of": ["the 5th {} May", "March {} 2016"],
    "ordinal_suffixes": ["May 1{}", "the 20{} century"],
    "weekday_relatives": ["{} Friday"],
    "weekday_date_relatives": ["{} Sunday, March 8"],
    "holiday_relatives": ["{} Christmas"],
    "day_edges": ["{} yesterday", "{} Friday"],
    "month_edges": ["{} March"],
    "unit_relatives": ["{} year", "{} week"],
    "year_relatives": ["late {} year"],
    "count_directions": ["three days {}"],
    "count_future_before": ["{} three days"],
    "count_future_after": ["in three days {}"],
    "count_hedges": ["a week {} ago"],
    "weekend_relatives": ["{} weekend"],
    "weekend": ["last {}"],
    "calendar_units": ["last {}"],
    "this": ["{} morning"],
    "year_end": ["{} 2023"],
    "year_ago": ["year-{}"],
    "fiscal_relatives": ["{} fiscal year"],
    "fiscal": ["{} 1989"],
    "fiscal_abbreviations": ["{} 1989", "{}1989"],
    "season_relatives": ["{} summer"],
    "century": ["the 19th {}"],
    "quarter_letter": ["{}3 2021"],
    "day_range_links": ["27 {} 29 November"],
    "range_to": ["from Monday {} Wednesday"],
    "since": ["{} Monday"],
    "period": ["the 2015 {}"],
    "year": ["the {} 2003"],
    "day": ["the {} before Christmas"],
    "day_shifts": ["the day {} Christmas"],
}
TWO_SLOTS: dict[tuple[str, ...], list[str]] = {
    ("part_relatives", "part_units"): ["early {0} {1}"],
    ("window_relatives", "window_units"): ["the {0} three {1}s"],
    ("earlier_later", "earlier_later_links"): ["{0} {1} week"],
    ("earlier_later", "earlier_later_units"): ["{0} this {1}"],
    ("quarter_ordinals", "quarter_units"): ["the {0} {1} of 2023"],
    ("range_between", "range_and"): ["{0} Monday {1} Wednesday"],
    ("range_from", "range_to"): ["{0} Monday {1} Wednesday"],
    ("night_from", "night_to"): ["{0} Friday {1} Saturday"],
}
# read from the day named before (find_dates passes it as the reference)
ANAPHORA = {
    "anaphora_edges": ["{} that day"],
    "anaphora_links": ["early {} the same week"],
    "anaphora_that": ["{} day"],
    "anaphora_units": ["that {}"],
    "anaphora_in_the_day": ["later {}"],
    "anaphora_steps": ["the {} day"],
    "anaphora_step_units": ["the following {}"],
    "anaphora_unit_steps": ["the {} Friday"],
    "anaphora_step_calendar_units": ["the previous {}"],
    "anaphora_after_steps": ["the day {}", "the night {}"],
}
# after a year: open at one end, neither read nor found
OPEN_END: dict[tuple[str, ...], list[str]] = {
    ("open_end_links", "open_end_words"): ["in 1994 {0} {1}"],
    ("open_end_alone",): ["from 2010 {0}"],
}
# Expressions the scanner looks for that resolve_date does not read, with the reason: find_dates
# finds nothing there (the scanner's match is refused and the search goes on inside it).  When
# the resolver learns one, its entry goes (the test says so).
NOT_READ = {
    "the third half of 2023": "a year has two halves",
    "the fourth half of 2023": "a year has two halves",
    "the 3rd half of 2023": "a year has two halves",
    "the 4th half of 2023": "a year has two halves",
}


# The words each slot of those constructions is tried with (the hand-kept scanner's table,
# deleted with it, had one entry per slot; the derived scanner reads the resolver's rules).
SLOT_WORDS: dict[str, tuple[str, ...]] = {
    "article": ("the",),
    "of": ("of",),
    "ordinal_suffixes": ("st", "nd", "rd", "th"),
    "weekday_relatives": ("last", "next", "this coming", "this past", "this", "coming", "past"),
    "holiday_relatives": ("last", "next", "this"),
    "weekday_date_relatives": ("this coming", "this past", "this"),
    "day_edges": ("early", "late", "earlier", "later"),
    "month_edges": ("early", "mid", "late"),
    "unit_relatives": ("last", "this", "next"),
    "year_relatives": ("last", "this", "next", "the current", "the"),
    "part_relatives": ("last", "this", "next", "the"),
    "part_units": ("month", "week"),
    "window_relatives": ("past", "last", "next", "coming"),
    "window_units": ("hour", "day", "week", "month", "year", "decade"),
    "count_directions": ("ago", "earlier", "later", "from now"),
    "count_future_before": ("in",),
    "count_future_after": ("time",),
    "count_hedges": ("or so",),
    "earlier_later": ("earlier", "later", "so far"),
    "earlier_later_links": ("this", "in the"),
    "earlier_later_units": ("week", "month", "year"),
    "weekend_relatives": ("last", "this", "next", "the", "the past", "this past", "this coming"),
    "weekend": ("weekend",),
    "calendar_units": ("week", "month", "year", "decade", "century"),
    "this": ("this",),
    "year_end": ("year-end", "end of year"),
    "year_ago": ("ago", "earlier"),
    "fiscal_relatives": ("the current", "the last", "the next", "this", "last", "next"),
    "fiscal": ("fiscal",),
    "fiscal_abbreviations": ("FY",),
    "season_relatives": ("last", "this", "next"),
    "decade_edges": ("early", "mid-", "late"),
    "anaphora_edges": ("early", "earlier", "late", "later"),
    "anaphora_links": ("in",),
    "anaphora_that": ("that", "the same"),
    "anaphora_units": ("day", "week", "month", "year"),
    "anaphora_in_the_day": ("in the day",),
    "anaphora_steps": ("following", "next", "previous", "preceding", "prior", "subsequent"),
    "anaphora_step_units": ("day", "morning", "afternoon", "evening", "night"),
    "anaphora_after_steps": ("before", "after"),
    "anaphora_after_followers": ("in", "at", "near", "outside", "inside", "and", "but", "too", "as well"),
    "anaphora_unit_steps": ("following", "previous", "preceding", "prior"),
    "anaphora_step_calendar_units": ("week", "month", "year"),
    "century": ("century",),
    "quarter_ordinals": ("first", "second", "third", "fourth", "last", "1st", "2nd", "3rd", "4th"),
    "quarter_units": ("quarter", "half"),
    "quarter_letter": ("q",),
    "range_between": ("between",),
    "range_and": ("and",),
    "range_from": ("from",),
    "range_to": ("to", "until", "through"),
    "day_range_links": ("to", "until", "through"),
    "night_from": ("the night of", "the night from"),
    "night_to": ("to", "into"),
    "since": ("since",),
    "period": ("period",),
    "year": ("year",),
    "day": ("day",),
    "day_shifts": ("before", "after"),
    "open_end_links": ("or", "and"),
    "open_end_words": ("later", "earlier", "beyond", "after", "before"),
    "open_end_alone": ("onwards", "onward"),
}  # fmt: skip


def _words(key: str) -> tuple[str, ...]:
    return SLOT_WORDS[key]


def _expressions(table: dict[str, list[str]]) -> list[object]:
    return [
        pytest.param(template.format(word), id=f"{key}-{word}")
        for key, templates in table.items()
        for template in templates
        for word in _words(key)
    ]


def _pairs(table: dict[tuple[str, ...], list[str]]) -> list[object]:
    params: list[object] = []
    for keys, templates in table.items():
        lists = [_words(k) for k in keys]
        combos: list[tuple[str, ...]] = [()]
        for words in lists:
            combos = [(*c, w) for c in combos for w in words]
        params += [
            pytest.param(t.format(*combo), id="-".join(keys) + "-" + "-".join(combo))
            for t in templates
            for combo in combos
        ]
    return params


def test_every_slot_is_exercised() -> None:
    """A slot of SLOT_WORDS needs its expressions here: nothing it lists goes unchecked."""
    # (the followers of "the day before": tests/test_dates_en_day_before.py)
    covered = set(ONE_SLOT) | set(ANAPHORA) | {"decade_edges", "anaphora_after_followers"}
    covered |= {k for keys in (*TWO_SLOTS, *OPEN_END) for k in keys}
    assert set(SLOT_WORDS) == covered


def _agrees(sentence: str, expression: str, reference: dt.date | None = None) -> None:
    found = find_dates(sentence.format(expression), ANCHOR)
    if expression in NOT_READ:
        assert expression not in [m.text for m in found]
        # the rules do not read it (find_dates reads with the rules alone, never dateparser)
        text = sentence.format(expression)
        start = text.index(expression)
        assert read_in_context(text, start, start + len(expression), ANCHOR)[1] is None
        return
    mentions = found if reference is None else found[1:]
    assert [m.text for m in mentions] == [expression]
    ref = None if reference is None else found[0].when
    resolved = resolve_date(expression, ANCHOR, reference=ref)
    when = mentions[0].when
    assert (when.start, when.end, when.precision, when.approximate) == (
        resolved.start,
        resolved.end,
        resolved.precision,
        resolved.approximate,
    )


DECADES = [
    pytest.param(f"the {edge}1990s" if edge.endswith("-") else f"the {edge} 1990s", id=edge)
    for edge in _words("decade_edges")
]


@pytest.mark.parametrize("expression", _expressions(ONE_SLOT) + _pairs(TWO_SLOTS) + DECADES)
def test_every_scanner_word_is_read_and_found_alike(expression: str) -> None:
    _agrees(SENTENCE, expression)


@pytest.mark.parametrize("expression", _expressions(ANAPHORA))
def test_every_anaphora_word_is_read_and_found_alike(expression: str) -> None:
    _agrees(AFTER_A_DAY, expression, reference=dt.date(2023, 5, 5))


@pytest.mark.parametrize("expression", _pairs(OPEN_END))
def test_an_open_ended_year_is_neither_read_nor_found(expression: str) -> None:
    assert find_dates(SENTENCE.format(expression), ANCHOR) == []
    with pytest.raises(DateResolutionError):
        resolve_date(expression, ANCHOR)


def test_a_word_added_to_the_resolver_in_a_test_lexicon_is_found() -> None:
    """The scanner is derived from the resolver's rules: a word added to the resolver's table
    alone is read and looked for, with no code edited and no scanner table to fill in."""
    lexicon = load("en").extended({"dates": {"words": {"hence": ["hereafter"]}}})
    text = "Talks will resume three days hereafter, officials said."
    assert find_dates(text, ANCHOR) == []
    found = find_dates(text, ANCHOR, lexicon=lexicon)
    assert [m.text for m in found] == ["three days hereafter"]
    resolved = resolve_date("three days hereafter", ANCHOR, lexicon=lexicon)
    assert (found[0].when.start, found[0].when.end) == (resolved.start, resolved.end)
    assert resolved.start == ANCHOR + dt.timedelta(days=3)


def test_the_resolver_reads_its_construction_words_from_the_lexicon() -> None:
    """The relatives before a month, the range and "since" words and the anaphora's slots are
    the lexicon's (date_grammar.toml ``relatives``, ``constructions``, ``anaphora``): a word added
    only in a test lexicon is read by resolve_date and found by find_dates, with its meaning
    (a step, a range's end, a step of the anaphora) taken from the table."""
    lexicon = load("en").extended(
        {
            "date_grammar": {
                "relatives": {"month": {"previous": -1}},
                "constructions": {"range_between": ["betwixt"], "since": ["ever since"]},
                "anaphora": {"back": ["foregoing"]},
            }
        }
    )
    anchor = dt.date(2024, 11, 27)
    for expression in ("previous March", "betwixt Monday and Wednesday", "ever since 2016"):
        with pytest.raises(DateResolutionError):
            resolve_date(expression, anchor)
    assert resolve_date("previous March", anchor, lexicon=lexicon).start == dt.date(2024, 3, 1)
    assert resolve_date("previous December", anchor, lexicon=lexicon).start == dt.date(2023, 12, 1)
    between = resolve_date("betwixt Monday and Wednesday", anchor, lexicon=lexicon)
    assert (between.start, between.end) == (dt.date(2024, 11, 25), dt.date(2024, 11, 27))
    assert resolve_date("ever since 2016", anchor, lexicon=lexicon).start == dt.date(2016, 1, 1)
    found = find_dates("Rebels attacked in the town previous March.", anchor, lexicon=lexicon)
    assert [(m.text, m.when.start) for m in found] == [("previous March", dt.date(2024, 3, 1))]
    friday = resolve_date("Friday", anchor)
    before = resolve_date("the foregoing day", anchor, lexicon=lexicon, reference=friday)
    assert before.start == friday.start - dt.timedelta(days=1)


def test_the_verb_group_reader_takes_its_function_words_from_the_lexicon() -> None:
    from conflict_events.parse import _dates_tense

    groups = load("en").mapping("date_grammar.verb_groups")
    assert frozenset(groups["infinitive"]) == _dates_tense._TO
    assert frozenset(groups["since"]) == _dates_tense._SINCE
    assert (
        *groups["future_endings"],
        *groups["adverb_endings"],
        *groups["past_endings"],
    ) == _dates_tense._KIND_ENDINGS
    # "set" before "for" looks forward, elsewhere back (future_or_past, future_or_past_before)
    text = "Elections are set for Friday. Police set up roadblocks on Friday."
    directions = [m.direction for m in find_dates(text, dt.date(2024, 11, 26))]
    assert directions == ["future", "past"]


# --------------------------------------------------------------------------------------------
# The rule registry's examples, in every language with a lexicon
LEXICONS = sorted(
    p.name
    for p in (Path(_dates.__file__).parents[1] / "data" / "lexicon").iterdir()
    if (p / "dates.toml").is_file()
)


def test_every_language_with_a_lexicon_has_its_rule_examples_checked() -> None:
    """English's rule examples are read and found alike in tests/test_date_rules.py, each other
    language's in tests/test_dates_languages.py (in a sentence of the language): a language
    added to the data needs a frame sentence there, and each construction of its own (a rule
    that compiles for it and not for English) needs examples in it."""
    from tests.test_dates_languages import FRAMES, LANGUAGES

    assert set(LEXICONS) == {"en", *FRAMES} == {"en", *LANGUAGES}
    english = _dates._grammar(load("en")).patterns
    missing = set()
    for code in FRAMES:
        patterns = _dates._grammar(load(code)).patterns
        for rule, own, en in zip(_dates._RULES, patterns, english, strict=True):
            if own is not None and en is None and rule.in_text and not rule.languages.get(code):
                missing.add((code, rule.handler.__name__))
    assert missing == set(WITHOUT_EXAMPLES)


# Constructions a language compiles with no example of it in the registry (parse/_dates.py):
# each should gain examples there, and leave this table.
WITHOUT_EXAMPLES: dict[tuple[str, str], str] = {}
