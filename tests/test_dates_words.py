"""The words of English's own date rules are data: a word added *only* in a test lexicon
(``load("en").extended(...)``, date_grammar.toml ``relatives``, ``rules`` and
``constructions``) is read by ``resolve_date``, and the built-in lexicon, which lacks it,
refuses the same words.  With English's ``find_dates`` derived from the rules, the same word
is found in running text and goes through ``extract_report``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conflict_events import DateResolutionError, extract_report, find_dates, resolve_date
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import Precision

WED = dt.date(2024, 11, 27)

# (the words added, the expression, the span it names read on WED, approximate)
CASES: list[tuple[dict[str, Any], str, tuple[dt.date, dt.date], bool]] = [
    (
        {"relatives": {"weekday": {"previous": -1}}},
        "previous Friday",
        (dt.date(2024, 11, 22), dt.date(2024, 11, 22)),
        False,
    ),
    (
        {"relatives": {"count_window": {"previous": -1}}},
        "the previous three days",
        (dt.date(2024, 11, 24), WED),
        False,
    ),
    (
        {"relatives": {"weekend": {"this last": -1}}},
        "this last weekend",
        (dt.date(2024, 11, 23), dt.date(2024, 11, 24)),
        False,
    ),
    (
        {"rules": {"quarter_ordinals": {"opening": 1}}},
        "the opening quarter of 2023",
        (dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
        False,
    ),
    (
        {"rules": {"quarter_ordinals": {"closing": -1}}},
        "the closing half of 2023",
        (dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
        False,
    ),
    (
        {"rules": {"weekend": ["week end"]}},
        "last week-end",
        (dt.date(2024, 11, 23), dt.date(2024, 11, 24)),
        False,
    ),
    (
        {"rules": {"day_shift_ways": {"following": 1}}},
        "the day following Christmas",
        (dt.date(2023, 12, 26), dt.date(2023, 12, 26)),
        False,
    ),
    (
        {"rules": {"week_of": ["the week starting"]}},
        "the week starting March 6",
        (dt.date(2024, 3, 4), dt.date(2024, 3, 10)),
        False,
    ),
    (
        {"rules": {"hedges_after": ["or thereabouts"]}},
        "2016 or thereabouts",
        (dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
        True,
    ),
    (
        {"constructions": {"fiscal": ["financial"]}},
        "financial year 2019",
        (dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        True,
    ),
]


def _extended(words: dict[str, Any]) -> Lexicon:
    return load("en").extended({"date_grammar": words})


@pytest.mark.parametrize(("words", "text", "span", "approximate"), CASES, ids=[c[1] for c in CASES])
def test_a_rule_word_in_a_test_lexicon_is_read(
    words: dict[str, Any], text: str, span: tuple[dt.date, dt.date], approximate: bool
) -> None:
    with pytest.raises(DateResolutionError):
        resolve_date(text, WED)
    found = resolve_date(text, WED, lexicon=_extended(words))
    assert (found.start, found.end, found.approximate) == (*span, approximate)


def test_an_open_end_in_a_test_lexicon_is_refused_as_one() -> None:
    with pytest.raises(DateResolutionError, match="not a date expression"):
        resolve_date("2010 and afterwards", WED)
    lexicon = _extended({"constructions": {"open_end_after": ["and afterwards"]}})
    with pytest.raises(DateResolutionError, match="open-ended"):
        resolve_date("2010 and afterwards", WED, lexicon=lexicon)


def test_without_its_words_a_rule_reads_nothing() -> None:
    """The built-in words are the lexicon's: the same lexicon less the weekday relatives
    reads "Friday" and no longer "last Friday"."""
    english = load("en")
    grammar = dict(english.tables["date_grammar"])
    grammar["relatives"] = {k: v for k, v in grammar["relatives"].items() if k != "weekday"}
    without = Lexicon(language="en", tables={**english.tables, "date_grammar": grammar})
    assert resolve_date("last Friday", WED).start == dt.date(2024, 11, 22)
    with pytest.raises(DateResolutionError):
        resolve_date("last Friday", WED, lexicon=without)
    assert resolve_date("Friday", WED, lexicon=without).start == dt.date(2024, 11, 22)


# A phrase (a rule's word) and a month name added only in a test lexicon: English's find_dates
# is derived from the rules, so both are found in running text and go through extract_report
# with no fast path edited (issue 11, item 6)
TEXT = (
    "Attacks on aid convoys doubled in the opening quarter of 2024 and fell by 3 Thermidor,"
    " the monitor said."
)
PUBLISHED = dt.date(2024, 11, 30)


def test_a_rule_word_and_a_month_in_a_test_lexicon_are_found_and_reported() -> None:
    lexicon = load("en").extended(
        {
            "date_grammar": {"rules": {"quarter_ordinals": {"opening": 1}}},
            "calendar": {"months": {"july": ["thermidor"]}},
        }
    )
    assert [m.text for m in find_dates(TEXT, PUBLISHED)] == ["2024"]
    found = find_dates(TEXT, PUBLISHED, lexicon=lexicon)
    assert [(m.text, m.when.start, m.when.precision) for m in found] == [
        ("the opening quarter of 2024", dt.date(2024, 1, 1), Precision.PART_OF_YEAR),
        ("3 Thermidor", dt.date(2024, 7, 3), Precision.DAY),
    ]
    report = extract_report(TEXT, published=PUBLISHED, lexicon=lexicon)
    assert [d.text for d in report.dates] == ["the opening quarter of 2024", "3 Thermidor"]


# The constructions English shares with the other languages (date_grammar.toml
# ``constructions``, a language's dates.toml ``grammar`` under the same key)
OPEN_ENDS = [
    ("en", "1994 or later"),
    ("fr", "2010 ou plus tard"),
    ("es", "2010 en adelante"),
    ("pt", "2010 em diante"),
    ("de", "2010 oder später"),
    ("ru", "2010 или позже"),
    ("uk", "2010 або пізніше"),
    ("tr", "2010'dan sonra"),
    ("ar", "2010 وما بعده"),
]


@pytest.mark.parametrize(("code", "text"), OPEN_ENDS)
def test_an_open_end_is_refused_as_one_in_every_language(code: str, text: str) -> None:
    with pytest.raises(DateResolutionError, match="open-ended"):
        resolve_date(text, WED, lexicon=code)


FISCAL_YEARS = [
    ("en", "fiscal 2023", 2023),
    ("de", "im Geschäftsjahr 2023", 2023),
    ("es", "el año fiscal pasado", 2023),
    ("pt", "o ano fiscal passado", 2023),
    ("ru", "в 2023 финансовом году", 2023),
    ("ar", "العام المالي 2023", 2023),
]


@pytest.mark.parametrize(("code", "text", "year"), FISCAL_YEARS)
def test_a_fiscal_year_is_its_calendar_year_marked_approximate(
    code: str, text: str, year: int
) -> None:
    span = resolve_date(text, WED, lexicon=code)
    assert (span.start, span.end, span.approximate) == (
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        True,
    )
    # without the fiscal words the same expression is read exactly, or not at all
    grammar = "constructions" if code == "en" else "grammar"
    table = "date_grammar" if code == "en" else "dates"
    lexicon = load(code)
    tables = dict(lexicon.tables)
    tables[table] = {
        **lexicon.tables[table],
        grammar: {k: v for k, v in lexicon.tables[table][grammar].items() if k != "fiscal"},
    }
    without = Lexicon(language=code, tables=tables)
    try:
        plain = resolve_date(text, WED, lexicon=without)
    except DateResolutionError:
        return
    assert not plain.approximate
