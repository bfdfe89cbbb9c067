"""``resolve_date``'s Spanish cost cut (the seventeenth session, issue 14): a day of a named
month read from the keyword table.

* ``_dates._day_month_phrases``: in every language but English, each day a month can have
  before the month's every name, bare and after each "of" word ("29 de noviembre", "29 nov",
  "29 ноября"), is parsed once into the keyword table; the fast table reads its plan once.
* ``_month_day`` in two steps (``_month_day_read``, ``_month_day_apply``), so the table's
  entries apply a plan; ``_yearless_day`` answers a day every year has without its loop.

Every reading must be the rules' own: the same span, refusal and flag as with the tables
emptied.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

import pytest

from conflict_events import DateResolutionError, find_dates, resolve_date
from conflict_events.lexicon import load
from conflict_events.parse import _dates

NATIVE = ("fr", "es", "pt", "ar", "de", "ru", "uk", "tr")
ANCHORS = (
    dt.date(2024, 11, 27),
    dt.date(2024, 2, 29),
    dt.date(2023, 3, 1),
    dt.date(2024, 12, 31),
    dt.date(2025, 1, 1),
)


def _read(grammar: _dates._Grammar, text: str, anchor: dt.date, future: bool) -> object:
    _dates._LAST_PARSE = (None, "", None)  # no parse kept from the call before
    return _dates._resolve_uncached(grammar, text, anchor, future, None)


def _by_rules(grammar: _dates._Grammar, text: str, anchor: dt.date, future: bool) -> object:
    """The reading with neither keyword table: the rules' parse alone."""
    fast, keywords = grammar.fast_keywords, grammar.keywords
    grammar.fast_keywords, grammar.keywords = {}, {}
    try:
        return _read(grammar, text, anchor, future)
    finally:
        grammar.fast_keywords, grammar.keywords = fast, keywords


def _year_by_year(month: int, day: int, anchor: dt.date, future: bool) -> dt.date | None:
    """``_yearless_day``'s rule as its docstring states it, tried one year at a time from the
    anchor's: the oracle for its shortcut on the days every year has."""
    step = 1 if future else -1
    for k in range(9):
        year = anchor.year + step * k
        if day <= calendar.monthrange(year, month)[1]:
            candidate = dt.date(year, month, day)
            if (candidate >= anchor) if future else (candidate <= anchor):
                return candidate
    return None


@pytest.mark.parametrize("code", NATIVE)
def test_day_month_entries_read_as_the_rules_read_them(code: str) -> None:
    grammar = _dates._grammar(load(code))
    phrases = _dates._day_month_phrases(grammar)
    assert phrases, code
    table = grammar.fast_keywords or _dates._fast_table(grammar)
    held = [p for p in phrases if p in table]
    assert len(held) > len(phrases) // 2, code  # (most parse: the rule reads them)
    for text in held[:: max(1, len(held) // 150)] + held[-3:]:
        for written in (text, text[:1].upper() + text[1:]):
            for anchor in ANCHORS:
                for future in (False, True):
                    got = _read(grammar, written, anchor, future)
                    assert got == _by_rules(grammar, written, anchor, future), (code, written)


def test_english_table_holds_no_day_first_phrases() -> None:
    assert _dates._day_month_phrases(_dates._grammar(load("en"))) == []


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("future", [False, True])
def test_yearless_day_follows_its_rule_year_by_year(month: int, future: bool) -> None:
    anchors = [dt.date(2023, 1, 1) + dt.timedelta(days=d) for d in range(0, 800, 7)]
    anchors += [dt.date(2024, 2, 29), dt.date(2024, 2, 28), dt.date(2023, 12, 31)]
    for day in range(1, calendar.monthrange(2024, month)[1] + 1):
        for anchor in anchors:
            assert _dates._yearless_day(month, day, anchor, future) == _year_by_year(
                month, day, anchor, future
            ), (month, day, anchor, future)


# (language, text as the wire writes it, anchor, direction, start, precision)
CASES = [
    ("es", "29 de noviembre", "2024-12-02", "past", "2024-11-29", "day"),
    ("es", "3 de diciembre", "2024-12-02", "past", "2023-12-03", "day"),
    ("es", "3 de diciembre", "2024-12-02", "future", "2024-12-03", "day"),
    ("es", "14 ene", "2025-01-20", "past", "2025-01-14", "day"),
    ("es", "29 de febrero", "2025-03-10", "past", "2024-02-29", "day"),
    ("pt", "5 de outubro", "2024-10-08", "past", "2024-10-05", "day"),
    ("fr", "23 novembre", "2024-11-27", "past", "2024-11-23", "day"),
    ("de", "9 dezember", "2024-12-10", "past", "2024-12-09", "day"),
    ("ru", "17 ноября", "2024-11-20", "past", "2024-11-17", "day"),
    ("uk", "17 листопада", "2024-11-20", "past", "2024-11-17", "day"),
    ("tr", "12 kasım", "2024-11-20", "past", "2024-11-12", "day"),
    ("ar", "12 نوفمبر", "2024-11-20", "past", "2024-11-12", "day"),
]


@pytest.mark.parametrize(("code", "text", "anchor", "direction", "start", "precision"), CASES)
def test_resolve_date_day_month(
    code: str,
    text: str,
    anchor: str,
    direction: Literal["past", "future"],
    start: str,
    precision: str,
) -> None:
    for written in (text, text[:1].upper() + text[1:]):
        span = resolve_date(written, anchor, direction=direction, lexicon=code)
        assert (span.start.isoformat(), span.end.isoformat()) == (start, start), written
        assert (span.precision.value, span.approximate) == (precision, False), written


def test_a_day_no_month_has_is_refused_as_before() -> None:
    grammar = _dates._grammar(load("es"))
    for text in ("31 de febrero", "31 de abril", "30 de febrero"):
        assert text not in grammar.keywords
        with pytest.raises(DateResolutionError):
            resolve_date(text, "2024-11-27", lexicon="es")
    # the 29th of February in a plan, applied where the year has none: the rules' refusal
    assert "29 de febrero" in grammar.keywords
    got = _read(grammar, "29 de febrero", dt.date(2400, 3, 1), True)
    assert got == _by_rules(grammar, "29 de febrero", dt.date(2400, 3, 1), True)


# since-forms that read as the month alone before (issue 14): (language, sentence, the date
# words, anchor, start, end, precision)
SINCE = [
    (
        "tr",
        "Yetkililer, aralık ayından bu yana 40 kişinin öldüğünü açıkladı.",
        "aralık ayından bu yana",
        "2025-01-20",
        "2024-12-01",
        "2025-01-20",
        "interval",
    ),
    (
        "tr",
        "Kentteki çatışmalar Ağustos ortasından bu yana aralıksız sürüyor.",
        "Ağustos ortasından bu yana",
        "2024-12-20",
        "2024-08-11",
        "2024-12-20",
        "interval",
    ),
    (
        "fr",
        "Les combats ont fait 300 morts depuis le mois de décembre, selon l'ONU.",
        "depuis le mois de décembre",
        "2025-02-20",
        "2024-12-01",
        "2025-02-20",
        "interval",
    ),
    (
        "es",
        "La ofensiva se prolonga desde el mes de agosto en el norte del país.",
        "desde el mes de agosto",
        "2024-12-20",
        "2024-08-01",
        "2024-12-20",
        "interval",
    ),
    (
        "pt",
        "O balanço de mortos não parou de subir desde o mês de agosto, segundo a ONU.",
        "desde o mês de agosto",
        "2024-12-20",
        "2024-08-01",
        "2024-12-20",
        "interval",
    ),
    (
        "ar",
        "وقال المرصد إن القوات تقدمت منذ مطلع أغسطس (آب) في ريف حلب.",
        "منذ مطلع أغسطس (آب)",
        "2024-12-10",
        "2024-08-01",
        "2024-12-10",
        "interval",
    ),
    (
        "ar",
        "وأعلنت الوزارة في تموز (يوليو) مقتل عشرة جنود.",
        "تموز (يوليو)",
        "2024-12-10",
        "2024-07-01",
        "2024-07-31",
        "month",
    ),
]


@pytest.mark.parametrize(
    ("code", "sentence", "words", "anchor", "start", "end", "precision"), SINCE
)
def test_since_forms_read_and_found_alike(
    code: str, sentence: str, words: str, anchor: str, start: str, end: str, precision: str
) -> None:
    span = resolve_date(words, anchor, lexicon=code)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision.value) == (
        start,
        end,
        precision,
    )
    found = [m for m in find_dates(sentence, anchor, lexicon=code) if words in m.text]
    assert found, (code, sentence)
    mention = found[0]
    assert sentence[mention.start_char : mention.end_char] == mention.text
    assert mention.when is not None
    assert (mention.when.start, mention.when.end) == (span.start, span.end)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("أغسطس (آب)", "أغسطس (آب)"),
        (" (أغسطس (آب)) ", "أغسطس (آب)"),
        ("(2024)", "2024"),
        ("mardi)", "mardi"),
        ('"29 de noviembre"', "29 de noviembre"),
    ],
)
def test_a_bracket_the_text_opens_is_kept(text: str, normal: str) -> None:
    assert _dates._normalise(text) == (normal, False)
