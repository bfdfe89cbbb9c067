"""The fixed cost of a ``resolve_date`` call, cut where the answer is already known (issue 14,
tenth session of 7 December 2026), in every language:

* the calendar tables' spans (a month, a year, an ISO week, a decade) are checked with
  ``TimeSpan``'s rules once, when a table makes them, and the ``TimeSpan`` of such a span is
  built by the trusted constructor alone: the result is the constructor's, and what the
  constructor refuses is still refused;
* the hedge test reads the route of the text's first two words (``_Grammar.route``): text
  whose first word opens no hedge or filler is not hedged, without a call.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events import DateResolutionError, ValidationError, resolve_date
from conflict_events.lexicon import load
from conflict_events.model import Precision, TimeSpan
from conflict_events.parse import _dates

LANGUAGES = ("en", "fr", "es", "pt", "ar", "de", "ru", "uk", "tr")
_ANCHOR = dt.date(2025, 3, 12)

# Each language's own words for a month, a year, a week and a decade (not the fixtures'):
# read to the calendar tables' spans
_CALENDAR = {
    "en": ("last month", "in 2009", "next week", "the 1970s", "February 2021"),
    "fr": ("le mois dernier", "en 2009", "la semaine prochaine", "février 2021"),
    "es": ("el mes pasado", "en 2009", "la semana que viene", "febrero de 2021"),
    "pt": ("no mês passado", "em 2009", "na próxima semana", "fevereiro de 2021"),
    "ar": ("الشهر الماضي", "عام 2009", "الأسبوع المقبل", "فبراير 2021"),
    "de": ("letzten Monat", "im Jahr 2009", "nächste Woche", "Februar 2021"),
    "ru": ("в прошлом месяце", "в 2009 году", "на следующей неделе", "в феврале 2021 года"),
    "uk": ("минулого місяця", "у 2009 році", "наступного тижня", "у лютому 2021 року"),
    "tr": ("geçen ay", "2009 yılında", "gelecek hafta", "şubat 2021"),
}


def _constructor(span: TimeSpan) -> TimeSpan:
    return TimeSpan(
        start=span.start,
        end=span.end,
        precision=span.precision,
        approximate=span.approximate,
        expression=span.expression,
        anchor=span.anchor,
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_calendar_spans_are_the_constructors(code: str) -> None:
    grammar = _dates._grammar(load(code))
    shapes = set()
    for text in _CALENDAR[code]:
        s = _dates._normalised(grammar, text)
        assert not isinstance(s, str), text
        found = _dates._resolve_core(grammar, s[0], _ANCHOR, False)
        assert type(found) is _dates._CheckedSpan, text  # from a table, checked when made
        got = resolve_date(text, _ANCHOR, lexicon=code)
        assert got == _constructor(got), text
        assert type(got) is TimeSpan
        shapes.add(got.precision)
    assert shapes <= {Precision.MONTH, Precision.YEAR, Precision.WEEK, Precision.DECADE}
    assert Precision.WEEK in shapes


@settings(max_examples=200, deadline=None)
@given(
    year=st.integers(1, 9998),
    month=st.integers(1, 12),
    day=st.integers(0, 400),
)
def test_table_spans_hold_the_class_rules(year: int, month: int, day: int) -> None:
    for span in (
        _dates._month_span(year, month),
        _dates._year_span(year),
        _dates._week_span(dt.date(year, 1, 1) + dt.timedelta(days=day)),
        _dates._decade_span(max(year, 10)),
    ):
        assert type(span) is _dates._CheckedSpan
        start, end, precision = span
        made = _dates._span_of("x", _ANCHOR, (span, True))
        assert made == TimeSpan(
            start=start, end=end, precision=precision, approximate=True, expression="x",
            anchor=_ANCHOR,
        )  # fmt: skip


def test_a_table_refuses_what_the_constructor_refuses() -> None:
    with pytest.raises(ValueError):
        _dates._month_span(2024, 13)
    with pytest.raises(ValueError):
        _dates._decade_span(5)  # year 0
    with pytest.raises(OverflowError):
        _dates._week_span(dt.date(9999, 12, 31))  # its Sunday is past the calendar
    # a span the tables did not make is checked as before
    with pytest.raises(ValidationError):
        _dates._span_of("x", _ANCHOR, ((_ANCHOR, _ANCHOR, Precision.MONTH), False))
    with pytest.raises(DateResolutionError):
        resolve_date("30 de febrero de 2023", _ANCHOR, lexicon="es")


# Each language's hedges and fillers with other words: the hedge test by the route is the
# test it stands for
_WORDS = {
    "en": ("about", "around", "on", "in", "nearly", "the", "last", "friday", "2019", "week"),
    "fr": ("vers", "environ", "le", "la", "dans", "près", "de", "mardi", "2019", "semaine"),
    "es": ("alrededor", "de", "el", "la", "en", "torno", "al", "casi", "lunes", "2019"),
    "pt": ("cerca", "de", "em", "no", "na", "quase", "por", "volta", "terça", "2019"),
    "ar": ("حوالي", "نحو", "في", "يوم", "قرابة", "الأحد", "2019", "منذ", "الماضي", "عام"),
    "de": ("etwa", "gegen", "am", "im", "rund", "um", "fast", "montag", "2019", "woche"),
    "ru": ("около", "примерно", "в", "на", "почти", "понедельник", "2019", "году", "с", "до"),
    "uk": ("близько", "приблизно", "у", "в", "майже", "понеділок", "2019", "році", "з", "до"),
    "tr": ("yaklaşık", "civarında", "sularında", "pazartesi", "2019", "yılı", "belki", "geçen"),
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_routes_hedge_verdict_is_the_hedge_test(code: str) -> None:
    grammar = _dates._grammar(load(code))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_WORDS[code]), min_size=1, max_size=5))
    def check(words: list[str]) -> None:
        s = " ".join(words)
        space = s.find(" ")
        if space >= 0:
            space = s.find(" ", space + 1)
        word = s if space < 0 else s[:space]
        route = grammar.routes.get(word) or grammar.route(word)
        assert bool(route[5] and _dates._hedge_of(grammar, s)) == _dates._hedge_of(grammar, s)
        # and _resolve_core given the route reads the text as it does looking it up
        try:
            want: object = _dates._resolve_core(grammar, s, _ANCHOR, False)
        except _dates._RejectError as exc:
            want = str(exc)
        try:
            got: object = _dates._resolve_core(grammar, s, _ANCHOR, False, None, route)
        except _dates._RejectError as exc:
            got = str(exc)
        assert got == want

    check()


@pytest.mark.parametrize(
    ("code", "hedged", "plain"),
    [
        ("en", "around last Friday", "last Friday"),
        ("fr", "vers la mi-mai", "la mi-mai"),
        ("es", "alrededor del 3 de mayo", "el 3 de mayo"),
        ("pt", "cerca de 2019", "em 2019"),
        ("de", "etwa im Mai", "im Mai"),
        ("ru", "около 2019 года", "в 2019 году"),
        ("uk", "близько 2019 року", "у 2019 році"),
        ("tr", "yaklaşık 2019 yılında", "2019 yılında"),
    ],
)
def test_hedged_text_is_still_approximate(code: str, hedged: str, plain: str) -> None:
    assert resolve_date(hedged, _ANCHOR, lexicon=code).approximate
    assert not resolve_date(plain, _ANCHOR, lexicon=code).approximate
