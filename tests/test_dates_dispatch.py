"""resolve_date's fast path agrees with the plain form it stands for, in every language.

* The first-word dispatch (each rule tried only for text whose first word its matches can
  start with, read from the rule's own pattern) finds what one alternation of every rule in
  order finds: the same rule and the same groups.
  Within a bucket a rule read by the one form of it the first two words fit (its optional
  head written out or left out) reads the text as the whole rule does.
* The constructions tried after a failed parse ("since", the day shift, "the week of", a
  range's opening word), skipped for text whose first two words meet none of their start
  strings, never match such text.
* ``checked_span`` (the trusted constructor plus the class's own rules) gives what the
  ``TimeSpan`` constructor gives, value or error; ``resolved_span`` (the checks across fields
  only) too, for fields of their types.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events import ValidationError
from conflict_events.lexicon import load
from conflict_events.model import Precision, TimeSpan
from conflict_events.model._time import checked_span
from conflict_events.parse import _dates

LANGUAGES = ("en", "fr", "es", "pt", "ar", "de", "ru", "uk", "tr")


@functools.cache
def _full(code: str) -> re.Pattern[str]:
    """Every rule of the language in one alternation, in the rules' order."""
    grammar = _dates._grammar(load(code))
    return re.compile(
        "|".join(_dates._renamed(i, p) for i, p in enumerate(grammar.patterns) if p is not None)
    )


def _agree(code: str, text: str) -> None:
    grammar = _dates._grammar(load(code))
    full = _full(code).fullmatch(text)
    parsed = _dates._parse_uncached(grammar, text)
    assert (full is None) == (parsed is None), text
    if full is None or parsed is None:
        return
    rule = full.lastgroup or ""
    handler, groups = parsed
    assert _dates._RULES[int(rule[1:])].handler is handler, text
    own = {
        name[len(rule) + 1 :]: full.group(index)
        for name, index in _full(code).groupindex.items()
        if name.startswith(rule + "_")
    }
    # a group of an optional head the bucket's narrowed pattern leaves out is absent, not
    # None: the handlers read both alike (g.get)
    assert {k: v for k, v in groups.items() if k and v is not None} == {
        k: v for k, v in own.items() if v is not None
    }, text


def _examples(code: str) -> list[str]:
    examples = [e for rule in _dates._RULES for e in rule.languages.get(code, ())]
    if code == "en":
        examples += [e for rule in _dates._RULES for e in rule.examples]
    return [_dates._normalise(e)[0] for e in examples]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rule_example_is_read_as_the_full_alternation_reads_it(code: str) -> None:
    examples = _examples(code)
    assert examples
    for text in examples:
        _agree(code, text)
        # and every shorter run of its first words (text a rule may fail on)
        words = text.split(" ")
        for n in range(1, len(words)):
            _agree(code, " ".join(words[:n]))
            _agree(code, " ".join(words[n:]))


@functools.cache
def _words(code: str) -> list[str]:
    found = {w for text in _examples(code) for w in text.split(" ")}
    return sorted(found | {"27", "2019", "3", "1990s", "24", "the", "of"})


@settings(max_examples=300, deadline=None)
@given(code=st.sampled_from(LANGUAGES), data=st.data())
def test_word_sequences_are_read_as_the_full_alternation_reads_them(
    code: str, data: st.DataObject
) -> None:
    words = data.draw(st.lists(st.sampled_from(_words(code)), min_size=1, max_size=4))
    _agree(code, " ".join(words))


@given(st.text(alphabet="ab1 'é-", min_size=1, max_size=8))
def test_odd_text_is_read_as_the_full_alternation_reads_it(text: str) -> None:
    for code in ("en", "fr"):
        _agree(code, text)


def test_a_word_added_to_the_lexicon_reaches_the_dispatch() -> None:
    lexicon = load("en").extended({"calendar": {"months": {"october": ["octember"]}}})
    span = _dates.resolve_date("Octember 2016", dt.date(2024, 11, 30), lexicon=lexicon)
    assert (span.start, span.end) == (dt.date(2016, 10, 1), dt.date(2016, 10, 31))


def test_start_strings_are_read_from_the_pattern() -> None:
    # the first two words, for text without a digit in them, and (runs of digits one mark)
    # for text with one
    assert _dates._rule_starts(r"(?:(?P<rel>last|next) )?week|(?P<n>\d{1,3}) days ago") == (
        ("last week", "next week", "week"),
        (),
        ("last week", "next week", "week"),
        ("\x01 days",),
    )
    # (?!) matches nothing: no start string from it
    assert _dates._rule_starts(r"(?P<w>(?!))|the (?P<d>\d+) of") == ((), (), (), ("the \x01",))
    assert _dates._rule_starts(r"(?P<y>[12]\d{3})-(?P<m>\d\d)") == ((), (), ("\x01-\x01",), ())
    # a digit item that may match nothing may be skipped
    assert _dates._rule_starts(r"q\d?x") == (("qx",), (), ("q\x01x", "qx"), ())
    # a long optional list at the head is written out, not cut short
    months = "|".join(f"m{i:02d}" for i in range(80))
    starts = _dates._rule_starts(rf"(?:(?:{months}) )?day")
    assert starts is not None
    assert {"day", "m07"} <= set(starts[0])
    # what cannot be read leaves the first characters to decide
    assert _dates._rule_starts(r"[^\W\d_]+ ago") is None
    assert _dates._rule_starts(r"(?i:monday)") is None


def test_a_case_ending_leaves_the_start_strings_of_the_rule() -> None:
    # Turkish adds an optional case ending after each rule's pattern ("Kasım'da"): the start
    # strings are still read, so every rule is not tried on every word
    grammar = _dates._grammar(load("tr"))
    assert all(
        starts is not None
        for starts, pattern in zip(grammar.starts, grammar.patterns, strict=True)
        if pattern is not None and "\\\\" not in pattern
    )
    for text in ("kasım'da", "geçen salı'dan", "7 ekim 2023'te"):
        _agree("tr", text)


def test_words_with_digits_are_dispatched_by_their_shape() -> None:
    grammar = _dates._grammar(load("en"))
    for text in ("27 november", "2016", "1990s", "3rd of march", "2024-11-27", "q1 2016"):
        _agree("en", text)
    # fewer rules than all those a digit can start
    assert len(grammar.word_bucket("27th")[2]) < len(grammar.bucket("2")[2])


def _every_rule_scanned(grammar: _dates._Grammar, word: str) -> tuple[int, ...]:
    """The rules ``word`` (the first two words) can start, from every rule's start strings."""
    digits = re.search(r"\d", word) is not None
    key, side = (_dates._digit_key(word), 2) if digits else (word, 0)
    return tuple(
        i
        for i, (starts, chars) in enumerate(zip(grammar.starts, grammar.first_chars, strict=True))
        if (
            chars is None or word[0] in chars
            if starts is None
            else key.startswith(starts[side]) or key in starts[side + 1]
        )
    )


@settings(max_examples=200, deadline=None)
@given(code=st.sampled_from(LANGUAGES), data=st.data())
def test_the_first_word_s_rules_hold_those_of_each_pair(code: str, data: st.DataObject) -> None:
    # a pair of first words is read against its first word's rules only: the same rules as
    # scanning every rule, for pairs met after others with the same first word too
    grammar = _dates._grammar(load(code))
    vocabulary = [*_words(code), "", "1", "12", "x"]
    for _ in range(4):
        first, second = (data.draw(st.sampled_from(vocabulary)) for _ in range(2))
        word = f"{first} {second}".rstrip() or " x"
        assert grammar.word_rules(word) == _every_rule_scanned(grammar, word), word


_DAY = dt.date(2024, 11, 27)
_SPANS = [
    (_DAY, _DAY, Precision.DAY),
    (_DAY, _DAY, Precision.PART_OF_DAY),
    (dt.date(2024, 11, 25), dt.date(2024, 12, 1), Precision.WEEK),
    (dt.date(2024, 11, 1), dt.date(2024, 11, 30), Precision.MONTH),
    (dt.date(2024, 1, 1), dt.date(2024, 12, 31), Precision.YEAR),
    (dt.date(2020, 1, 1), dt.date(2029, 12, 31), Precision.DECADE),
    (dt.date(1900, 1, 1), dt.date(1999, 12, 31), Precision.CENTURY),
    (dt.date(2024, 11, 21), dt.date(2024, 11, 30), Precision.PART_OF_MONTH),
    (dt.date(2024, 9, 1), dt.date(2024, 12, 31), Precision.PART_OF_YEAR),
    (dt.date(2024, 12, 1), dt.date(2025, 2, 28), Precision.SEASON),
    (dt.date(2024, 11, 3), dt.date(2024, 11, 29), Precision.INTERVAL),
]


@given(
    span=st.sampled_from(_SPANS),
    shift=st.integers(-3, 3),
    approximate=st.booleans(),
    expression=st.sampled_from([None, "", "last week", 3]),
    anchor=st.sampled_from([None, _DAY, "2024-11-27"]),
    precision=st.sampled_from([*Precision, "week", "weak"]),
)
def test_checked_span_is_the_constructor(
    span: tuple[dt.date, dt.date, Precision],
    shift: int,
    approximate: bool,
    expression: object,
    anchor: object,
    precision: object,
) -> None:
    start, end, _ = span
    end += dt.timedelta(days=shift)
    args = (start, end, precision, approximate, expression, anchor)

    def made(build: Callable[[], TimeSpan]) -> TimeSpan | str:
        try:
            return build()
        except ValidationError as exc:
            return str(exc)

    want = made(
        lambda: TimeSpan(
            start=start,
            end=end,
            precision=precision,  # type: ignore[arg-type]
            approximate=approximate,
            expression=expression,  # type: ignore[arg-type]
            anchor=anchor,  # type: ignore[arg-type]
        )
    )
    got = made(lambda: checked_span(*args))  # type: ignore[arg-type]
    assert got == want
    if isinstance(got, TimeSpan):
        assert type(got.precision) is Precision


@pytest.mark.parametrize("span", _SPANS)
def test_each_calendar_shape_is_kept(span: tuple[dt.date, dt.date, Precision]) -> None:
    start, end, precision = span
    assert checked_span(start, end, precision, False, "x", _DAY) == TimeSpan(
        start=start, end=end, precision=precision, expression="x", anchor=_DAY
    )


def test_month_length_is_the_calendar_s() -> None:
    import calendar

    from conflict_events.model._time import month_length

    for year in (*range(1, 30), *range(1890, 2110), 2400, 9999):
        for month in range(1, 13):
            assert month_length(year, month) == calendar.monthrange(year, month)[1]
    for month in (0, 13):
        with pytest.raises(calendar.IllegalMonthError):
            month_length(2024, month)


_PIECES = [
    *"ab ',.-()\"\t\n\u00a0\u2019\u2013\u0660\u06f5\u02bc\u0307\u0130\u015e\x1c7\u00f1",
    " or so",
    "  ",
    "late",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_normal_form_shortcut_is_every_step(pieces: list[str]) -> None:
    # text that needs no step is returned as it is; the steps give the same for it
    text = "".join(pieces)
    assert _dates._normalise(text) == _dates._normalise_steps(text.lower())


def test_a_bucket_reads_a_rule_by_the_one_form_its_first_words_fit() -> None:
    # "nisan 2022" cannot open with the part of day or the weekday that may open a month's
    # day: the bucket's pattern of that rule leaves them out, and reads the text as the whole
    # rule does
    grammar = _dates._grammar(load("tr"))
    month_day = next(i for i, r in enumerate(_dates._RULES) if r.handler is _dates._month_day)
    key = _dates._digit_key("nisan 2022")
    narrowed = grammar.narrowed(month_day, key, 2)
    assert narrowed is not None
    assert len(narrowed) < len(grammar.patterns[month_day] or "")
    for text in ("nisan 2022", "perşembe 7 kasım", "cuma gecesi", "2019 yılı"):
        _agree("tr", text)


@given(
    span=st.sampled_from(_SPANS),
    shift=st.integers(-3, 3),
    approximate=st.booleans(),
    expression=st.sampled_from([None, "", "last week"]),
    anchor=st.sampled_from([None, _DAY]),
    precision=st.sampled_from(list(Precision)),
)
def test_resolved_span_is_the_constructor_for_fields_of_their_types(
    span: tuple[dt.date, dt.date, Precision],
    shift: int,
    approximate: bool,
    expression: str | None,
    anchor: dt.date | None,
    precision: Precision,
) -> None:
    # the resolver's spans: fields of their types by construction, so only the checks across
    # fields run (the predicate is written from the class's rules)
    from conflict_events.model._time import _RELATION_FIELDS, resolved_span

    assert _RELATION_FIELDS == ("start", "end", "precision")
    start, end, _ = span
    end += dt.timedelta(days=shift)
    args = (start, end, precision, approximate, expression, anchor)

    def made(build: Callable[[], TimeSpan]) -> TimeSpan | str:
        try:
            return build()
        except ValidationError as exc:
            return str(exc)

    want = made(
        lambda: TimeSpan(
            start=start,
            end=end,
            precision=precision,
            approximate=approximate,
            expression=expression,
            anchor=anchor,
        )
    )
    got = made(lambda: resolved_span(*args))
    assert got == want
    assert made(lambda: checked_span(*args)) == want


@functools.cache
def _construction_words(code: str) -> list[str]:
    """The words the constructions tried after a failed parse open with, and some others."""
    grammar = _dates._grammar(load(code))
    w = grammar.words
    phrases = [
        *w.construction("since"),
        *w.construction("range_between"),
        *w.construction("range_from"),
        *grammar.fragments.slot_words.get("day_shift", ()),
        *grammar.fragments.slot_words.get("day_shift_ways", ()),
        *grammar.fragments.slot_words.get("week_of", ()),
        *grammar.fragments.slot_words.get("article", ()),
    ]
    return sorted({word for p in phrases for word in p.split(" ")} | set(_words(code)))


@settings(max_examples=300, deadline=None)
@given(code=st.sampled_from(LANGUAGES), data=st.data())
def test_constructions_are_routed_by_first_words_without_losing_a_match(
    code: str, data: st.DataObject
) -> None:
    # since, the day shift, "the week of" and a range's opening word are not tried on text
    # whose first two words meet none of their start strings: such text never matches them
    grammar = _dates._grammar(load(code))
    words = data.draw(st.lists(st.sampled_from(_construction_words(code)), min_size=1, max_size=4))
    text = " ".join(words)
    key, side = _dates._start_key(text)
    for pattern, starts in (
        (grammar.since, grammar.since_starts),
        (grammar.day_shift, grammar.day_shift_starts),
        (grammar.week_of, grammar.week_of_starts),
        (grammar.range_prefix, grammar.range_prefix_starts),
    ):
        if not _dates._meets(starts, key, side):
            assert pattern.match(text) is None, (code, text, pattern.pattern[:80])


@functools.cache
def _hedge_and_range_words(code: str) -> list[str]:
    """The words of the hedges, fillers and range ends, and some others."""
    w = _dates._grammar(load(code)).words
    phrases = [
        *w.hedges,
        *w.fillers,
        *w.construction("range_and"),
        *w.construction("range_to"),
    ]
    return sorted({word for p in phrases for word in p.split(" ")} | set(_words(code)) | {"-"})


@settings(max_examples=300, deadline=None)
@given(code=st.sampled_from(LANGUAGES), data=st.data())
def test_hedges_and_range_separators_are_told_by_words_without_losing_one(
    code: str, data: st.DataObject
) -> None:
    # text none of whose words opens a hedge has none (after its fillers), and text with no
    # hyphen and no word opening a range's end has no separator: the word tests skip the
    # pattern only where the pattern finds nothing
    grammar = _dates._grammar(load(code))
    words = data.draw(
        st.lists(st.sampled_from(_hedge_and_range_words(code)), min_size=1, max_size=5)
    )
    text = " ".join(words)
    assert _dates._hedge_of(grammar, text) == (
        text[0] in grammar.hedge_initials and _dates._hedged(grammar, text)
    ), (code, text)
    ends = grammar.range_end_words
    if ends is not None and "-" not in text and ends.isdisjoint(text.split(" ")):
        assert grammar.range_separator.search(text) is None, (code, text)


def test_hedge_and_range_words_are_derived_where_the_words_are_plain() -> None:
    # every shipped lexicon writes its hedges and range ends as plain words; a proclitic,
    # which may join a hedge to the word before, leaves the hedge test to the pattern
    for code in LANGUAGES:
        grammar = _dates._grammar(load(code))
        assert grammar.range_end_words is not None, code
        if code == "ar":
            assert grammar.hedge_first_words is None
        else:
            assert grammar.hedge_first_words is not None, code
            assert grammar.hedge_first_words >= {h.split(" ")[0] for h in grammar.words.hedges}, (
                code
            )
