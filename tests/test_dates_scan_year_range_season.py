"""Two readings the derived scanner shares with the resolver (docs/dates.md, "English on the
derived scanner (fifteenth session)"): a range of years written with a dash after the word that
makes its first number a year ("in 2011-2013", "en 2011-2013") is found whole, where two
dates otherwise need an opening word to make a range (``[scan] bare_day_ranges``); and a
season before the word that links it to its year in the resolver's rule (``rules.of``) with
no date after that word heads a noun phrase ("the fall of the regime"), no date."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.lexicon import Lexicon, load
from conflict_events.parse import find_dates

ANCHOR = dt.date(2025, 6, 18)


def _lexicon(language: str) -> Lexicon:
    return load(language)


def _found(language: str, text: str) -> list[tuple[str, dt.date, dt.date]]:
    return [
        (m.text, m.when.start, m.when.end)
        for m in find_dates(text, ANCHOR, lexicon=_lexicon(language))
    ]


@pytest.mark.parametrize(
    ("language", "text", "mention", "years"),
    [
        ("en", "The militia ran the port in 2011-2013, a report found.", "2011-2013", (2011, 2013)),
        ("en", "Aid was cut during 2019–21 across the province.", "2019–21", (2019, 2021)),
        ("en", "Fighting peaked around 2008-2009, residents said.", "around 2008-2009", None),
        ("fr", "La milice a tenu le port en 2011-2013, selon un rapport.", "2011-2013", None),
        ("es", "La milicia controló el puerto en 2011-2013, según un informe.", "2011-2013", None),
        (
            "pt",
            "A milícia controlou o porto em 2011-2013, segundo um relatório.",
            "2011-2013",
            None,
        ),
    ],
)
def test_a_range_of_years_after_its_lead_is_found_whole(
    language: str, text: str, mention: str, years: tuple[int, int] | None
) -> None:
    [(found, start, end)] = _found(language, text)
    assert found == mention
    if years is not None:
        assert (start, end) == (dt.date(years[0], 1, 1), dt.date(years[1], 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "The port was closed in 2011 to 2013 traffic.",  # a word between: no range
        "The code 2019-05 was set by the board.",  # no lead, a month's digits
    ],
)
def test_no_range_of_years_without_a_dash_or_a_lead(text: str) -> None:
    assert all(
        "-" not in m.text and " to " not in m.text
        for m in find_dates(text, ANCHOR, lexicon=_lexicon("en"))
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Crowds cheered the fall of the regime in the capital.", []),
        ("Since the fall of Raqqa, the front has shifted east.", []),
        ("They spoke of the spring of hope the talks had brought.", []),
        ("The fall of Kabul on Sunday surprised the envoys.", ["Sunday"]),
        ("The town fell in the autumn of 2017, witnesses said.", ["the autumn of 2017"]),
        (
            "Convoys stopped in the winter of last year, officials said.",
            ["the winter of last year"],
        ),
        ("In the spring, the rebels regrouped.", ["the spring"]),
    ],
)
def test_a_season_before_of_and_no_date_is_a_noun(text: str, found: list[str]) -> None:
    assert [m.text for m in find_dates(text, ANCHOR, lexicon=_lexicon("en"))] == found
