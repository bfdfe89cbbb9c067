"""The derived scanner finds what the resolver reads around and inside a rule (docs/dates.md,
"English on the derived scanner (fourteenth session)"): the words ``resolve_date`` drops inside
an expression (``constructions.fiscal``, ``fiscal_abbreviations``, ``rules.hedges_after``; a
language's ``grammar.fiscal``), the constructions it reads with a free rest ("the day before
X", "the week of X"), and "this past" / "this coming" before a season.  Each expression is
found whole in running text, with the span, precision and approximate flag ``resolve_date``
gives it."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.lexicon import Lexicon, load
from conflict_events.parse import find_dates, resolve_date

ANCHOR = dt.date(2025, 6, 18)  # a Wednesday


def _lexicon(language: str) -> Lexicon:
    """The language's lexicon (every language reads text with the derived scanner)."""
    return load(language)


# (language, sentence, the expression the sentence holds)
CASES = [
    # words dropped inside an expression, English
    ("en", "Profit fell sharply in fiscal 2011, the firm said.", "fiscal 2011"),
    ("en", 'Orders were "well above" fiscal 2009 levels.', "fiscal 2009"),
    ("en", "The unit lost money in fiscal year 2014, analysts said.", "fiscal year 2014"),
    ("en", "Margins improved during FY2016 as costs fell.", "FY2016"),
    (
        "en",
        "The budget for the current fiscal year was cut, the minister said.",
        "the current fiscal year",
    ),
    ("en", "Exports slowed last fiscal year, the agency reported.", "last fiscal year"),
    ("en", "Then, three days or so ago, the convoy turned back.", "three days or so ago"),
    ("en", "The bridge was built in 1962 or so by the army.", "1962 or so"),
    (
        "en",
        "The base will be handed over in the next month or so, he said.",
        "the next month or so",
    ),
    # a language whose fiscal word stands for the year
    ("de", "Der Betreiber schrieb im Geschäftsjahr 2019 rote Zahlen.", "Geschäftsjahr 2019"),
    # a construction with a free rest
    (
        "en",
        "The day before last Monday's vote, police sealed the square.",
        "The day before last Monday's",
    ),
    ("en", "Militants struck the day after Easter, officials said.", "the day after Easter"),
    ("en", "The trial is set to open the week of August 4, lawyers said.", "the week of August 4"),
    ("en", "Shelling resumed on the day before Sunday, witnesses said.", "the day before Sunday"),
    # "this past" and "this coming" before a season
    ("en", "Fighting intensified this past winter, the monitor said.", "this past winter"),
    ("en", "The army plans an offensive this coming autumn, he said.", "this coming autumn"),
]


@pytest.mark.parametrize(("language", "sentence", "expression"), CASES)
def test_found_whole_as_the_resolver_reads_it(
    language: str, sentence: str, expression: str
) -> None:
    lexicon = _lexicon(language)
    found = find_dates(sentence, ANCHOR, lexicon=lexicon)
    assert expression in [m.text for m in found], found
    mention = next(m for m in found if m.text == expression)
    assert sentence[mention.start_char : mention.end_char] == expression
    resolved = resolve_date(expression, ANCHOR, direction=mention.direction, lexicon=lexicon)
    when = mention.when
    assert (when.start, when.end, when.precision, when.approximate) == (
        resolved.start,
        resolved.end,
        resolved.precision,
        resolved.approximate,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The fiscal policy debate went on, officials said.",
        "It was the day before the election, officials said.",
        "Ten or so soldiers were hurt, officials said.",
        "Seven people died in 1998 and earlier, officials said.",
    ],
)
def test_no_mention_where_the_resolver_reads_none(sentence: str) -> None:
    assert find_dates(sentence, ANCHOR, lexicon=_lexicon("en")) == []
