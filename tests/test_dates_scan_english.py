"""English on the scanner derived from the rules (parse/_dates_scan.py), with the parameters
of en/date_grammar.toml's ``[scan]`` table, and the changes to the derived scanner every
language reads (a quotation's opening apostrophe, a year in words after a hedge, a hedge that
makes a year one, the rules not looked for in text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates
from conflict_events.lexicon import load

ANCHOR = dt.date(2024, 11, 30)
DERIVED = load("en")


def _found(text: str, lexicon: object = DERIVED) -> list[str]:
    return [m.text for m in find_dates(text, ANCHOR, lexicon=lexicon)]  # type: ignore[arg-type]


def _one(text: str) -> tuple[str, str, str, str, bool]:
    [m] = find_dates(text, ANCHOR, lexicon=DERIVED)
    return (
        m.text,
        m.direction,
        m.when.start.isoformat(),
        m.when.end.isoformat(),
        m.when.approximate,
    )


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Talks will resume on Monday, the envoy said.", "future"),
        ("The convoy is expected to leave on Thursday.", "future"),
        ("Militants stormed the base on Tuesday.", "past"),
        ("The ministry had announced the curfew on Sunday.", "past"),
    ],
)
def test_the_verb_groups_give_the_direction(text: str, direction: str) -> None:
    [m] = find_dates(text, ANCHOR, lexicon=DERIVED)
    assert m.direction == direction


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Talks may resume in May, the envoy said.", ["May"]),
        ("Protesters joined the march on Friday.", ["Friday"]),
        ("Villagers march to the capital every year; they began in March.", ["March"]),
        ("Troops may withdraw by May 5.", ["May 5"]),
    ],
)
def test_month_and_weekday_names_are_dates_only_capitalised(text: str, found: list[str]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("After Friday's vote the council resigned.", "Friday's"),
        ("The ruling followed last Tuesday\u2019s strike.", "last Tuesday\u2019s"),
        ("Units have patrolled the area since last Oct. and will stay.", "since last Oct."),
        ("Shelling resumed on Sept. 3 near the border.", "Sept. 3"),
    ],
)
def test_a_weekday_possessive_and_an_abbreviation_dot_are_in_the_mention(
    text: str, found: str
) -> None:
    assert _found(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "A day after the attack, the army withdrew.",
        "Ten days before the vote the rebels struck.",
        "Residents fled two weeks after the ceasefire collapsed.",
        "Three months before the election, the minister resigned.",
    ],
)
def test_a_count_before_an_event_word_is_no_date(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "found", "start"),
    [
        (
            "Rebels took the town on 5 May 2023. Later that day they left.",
            "Later that day",
            "2023-05-05",
        ),
        (
            "The army arrived in 2019, and the following year it left.",
            "the following year",
            "2020-01-01",
        ),
        (
            "The talks failed on Friday 8 March 2024; the previous Monday they had begun.",
            "the previous Monday",
            "2024-03-04",
        ),
        (
            "On 3 June 2022 the dam burst, and earlier in the day the river rose.",
            "earlier in the day",
            "2022-06-03",
        ),
    ],
)
def test_anaphora_are_found_and_read_from_the_time_before(
    text: str, found: str, start: str
) -> None:
    mentions = find_dates(text, ANCHOR, lexicon=DERIVED)
    assert [(m.text, m.when.start.isoformat()) for m in mentions][-1] == (found, start)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy left then, officials said.",
        "It was the worst attack of the year, officials said.",
        "Fighting raged all through the day.",
    ],
)
def test_the_reference_and_the_article_before_a_unit_alone_are_no_mention(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        (
            "Clashes were reported on 14-20 October 2024 in the north.",
            "14-20 October 2024",
            "2024-10-14",
            "2024-10-20",
        ),
        (
            "Aid was blocked from 3 to 9 June, the agency said.",
            "from 3 to 9 June",
            "2024-06-03",
            "2024-06-09",
        ),
        (
            "The summit ran 27 to 29 November, delegates said.",
            "27 to 29 November",
            "2024-11-27",
            "2024-11-29",
        ),
        (
            "Raids took place on November 5-7, residents said.",
            "November 5-7",
            "2024-11-05",
            "2024-11-07",
        ),
    ],
)
def test_a_range_with_a_bare_day_needs_no_opening_word(
    text: str, found: str, start: str, end: str
) -> None:
    mentions = find_dates(text, ANCHOR, lexicon=DERIVED)
    assert [(m.text, m.when.start.isoformat(), m.when.end.isoformat()) for m in mentions] == [
        (found, start, end)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sales rose from Friday to December, the firm said.", ["from Friday to December"]),
        ("Sales rose Friday to December, the firm said.", ["Friday", "December"]),
        ("Output fell this year through August.", ["this year", "August"]),
    ],
)
def test_two_full_dates_make_a_range_only_after_an_opening_word(
    text: str, found: list[str]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The plant will not reopen until 1994 or later.", []),
        ("Forecasts cover 2026 and beyond.", []),
        (
            "Rebels struck on 5 May 2023 and later in the day they withdrew.",
            ["5 May 2023", "later in the day"],
        ),
        (
            "Aid arrived on Monday and earlier that day the road opened.",
            ["Monday", "earlier that day"],
        ),
    ],
)
def test_an_open_ended_date_is_no_mention(text: str, found: list[str]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The commander, in his 30s, was arrested.", []),
        ("Two women in their 40s were wounded.", []),
        ("The group was founded in the 60s.", ["the 60s"]),
        ("The town was rebuilt in the early 1990s.", ["the early 1990s"]),
    ],
)
def test_a_decade_in_two_digits_needs_its_article(text: str, found: list[str]) -> None:
    assert _found(text) == found


# Every language: the changes to the derived scanner itself.
HEDGED_YEARS_IN_WORDS = [
    ("en", "Some families kept the secret for more than two thousand years."),
    ("fr", "Plus de deux mille soldats ont été déployés."),
    ("es", "Más de dos mil soldados fueron desplegados."),
    ("pt", "Mais de dois mil soldados foram enviados."),
    ("de", "Mehr als zweitausend Soldaten wurden verlegt."),
    ("uk", "Понад дві тисячі солдатів прибули."),
]


@pytest.mark.parametrize(("code", "text"), HEDGED_YEARS_IN_WORDS)
def test_a_year_in_words_after_a_hedge_is_a_count(code: str, text: str) -> None:
    lexicon = DERIVED if code == "en" else code
    assert _found(text, lexicon) == []


@pytest.mark.parametrize(
    ("code", "text", "found"),
    [
        ("en", "The town fell around 2016, officials said.", "around 2016"),
        ("en", "The town fell possibly in 2016, officials said.", "possibly in 2016"),
        ("fr", "La ville a été prise vers 2016.", "vers 2016"),
        ("es", "La ciudad fue tomada hacia 2016.", "hacia 2016"),
        ("de", "Die Stadt wurde um 2016 erobert.", "um 2016"),
        ("ru", "Город взяли около 2016 года.", "около 2016 года"),
        ("uk", "Місто взяли близько 2016 року.", "близько 2016 року"),
    ],
)
def test_a_hedge_that_makes_a_year_one_is_part_of_the_mention(
    code: str, text: str, found: str
) -> None:
    lexicon = DERIVED if code == "en" else code
    [m] = find_dates(text, ANCHOR, lexicon=lexicon)  # type: ignore[arg-type]
    assert (m.text, m.when.start, m.when.approximate) == (found, dt.date(2016, 1, 1), True)


@pytest.mark.parametrize(
    ("code", "text", "found"),
    [
        ("en", "He said: ``Today we leave.''", "Today"),
        ("en", "'Yesterday was calm,' she said.", "Yesterday"),
        ("fr", "Il a dit : 'Aujourd'hui nous partons.", "Aujourd'hui"),
        ("es", "Dijo: 'Hoy nos vamos.", "Hoy"),
        ("pt", "Disse: 'Hoje partimos.", "Hoje"),
        ("de", "Er sagte: 'Heute gehen wir.", "Heute"),
        ("ru", "Он сказал: 'Сегодня мы уходим.", "Сегодня"),
        ("tr", "Dedi ki: 'Bugün gidiyoruz.", "Bugün"),
        ("ar", "وقال: 'اليوم نغادر.", "اليوم"),
    ],
)
def test_a_date_after_a_quotations_opening_apostrophe_is_found(
    code: str, text: str, found: str
) -> None:
    lexicon = DERIVED if code == "en" else code
    assert _found(text, lexicon) == [found]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Report 2024-11 was published on time."),
        ("fr", "Le rapport 2024-11 est paru."),
        ("es", "El informe 2019-03 salió."),
        ("ru", "Отчёт 2024-11 вышел."),
        ("ar", "صدر التقرير 2024-11."),
    ],
)
def test_a_rule_not_looked_for_in_text_is_not_found(code: str, text: str) -> None:
    lexicon = DERIVED if code == "en" else code
    assert _found(text, lexicon) == []
