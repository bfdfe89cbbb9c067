"""Date constructions of real copy read since the ninth session of 2026-12-07 (docs/dates.md,
"Constructions of real copy read in the ninth session"): a range of years whose later year
is written with its last two digits, the plural year word after a pair or a range of years,
the past day and the past N hours behind the words real copy puts before them.  Own
variants (other numbers, other verbs) in every language that has the construction."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.parse._dates import find_dates, resolve_date

ANCHOR = dt.date(2026, 5, 12)
D = dt.date


def _found(lang: str, text: str) -> list[tuple[str, dt.date, dt.date]]:
    return [(m.text, m.when.start, m.when.end) for m in find_dates(text, ANCHOR, lexicon=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("fr", "Le village a été attaqué à plusieurs reprises en 2016-17, selon l'ONU.", "2016-17"),
        ("es", "La región sufrió ataques en 2016-17, según la ONU.", "2016-17"),
        ("pt", "A região sofreu ataques em 2016-17, segundo a ONU.", "2016-17"),
        ("ru", "Село несколько раз атаковали в 2016-17 годах.", "2016-17"),
        ("uk", "Село кілька разів атакували у 2016-17 роках.", "2016-17"),
    ],
)
def test_a_range_of_years_by_the_later_ones_last_two_digits(
    lang: str, text: str, mention: str
) -> None:
    assert _found(lang, text) == [(mention, D(2016, 1, 1), D(2017, 12, 31))]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("en", "in 1998-99", (D(1998, 1, 1), D(1999, 12, 31))),
        ("en", "2009-13", (D(2009, 1, 1), D(2013, 12, 31))),
        ("ru", "в 2016-17 годах", (D(2016, 1, 1), D(2017, 12, 31))),
        # an ISO month stays a month; two digits no later than the year make no range
        ("en", "2016-11", (D(2016, 11, 1), D(2016, 11, 30))),
    ],
)
def test_the_resolver_reads_the_short_range(lang: str, text: str, span: tuple[D, D]) -> None:
    when = resolve_date(text, ANCHOR, lexicon=lang)
    assert (when.start, when.end) == span


def test_two_digits_before_the_year_are_no_range() -> None:
    with pytest.raises(ValueError, match="2016-14"):
        resolve_date("2016-14", ANCHOR)


@pytest.mark.parametrize(
    ("lang", "text", "mention", "span"),
    [
        # the plural year word after a pair or a range of years
        ("ru", "Перевороты 2012 и 2015 годов изменили страну.", "2015 годов", (2015, 2015)),
        ("ru", "Боевики атаковали село в 2013–2014 годах.", "2013–2014 годах", (2013, 2014)),
        ("uk", "Повстання 2012 і 2015 років змінили країну.", "2015 років", (2015, 2015)),
        ("uk", "Бойовики атакували місто у 2013–2014 роках.", "2013–2014 роках", (2013, 2014)),
        ("de", "Die Stadt wurde in den Jahren 2013 bis 2015 belagert.", "Jahren 2013 bis 2015",
         (2013, 2015)),
    ],
)  # fmt: skip
def test_the_plural_year_word(lang: str, text: str, mention: str, span: tuple[int, int]) -> None:
    assert _found(lang, text) == [(mention, D(span[0], 1, 1), D(span[1], 12, 31))]


@pytest.mark.parametrize(
    ("lang", "text", "mention", "days"),
    [
        ("uk", "Упродовж доби окупанти обстріляли 14 сіл.", "Упродовж доби", 1),
        ("uk", "Упродовж останніх п'яти днів загинули троє.", "Упродовж останніх п'яти днів", 5),
        ("fr", "Au cours des dernières 48 heures, neuf soldats ont péri.", "des dernières 48 heures",
         2),
        ("fr", "Au cours des derniers jours, rien n'a changé; au cours des trois derniers jours, "
         "six morts.", "des trois derniers jours", 3),
        ("de", "Innerhalb der letzten 48 Stunden starben neun Soldaten.", "der letzten 48 Stunden",
         2),
        ("de", "Binnen der vergangenen fünf Tage wurden sechs Dörfer beschossen.",
         "der vergangenen fünf Tage", 5),
    ],
)  # fmt: skip
def test_a_window_behind_its_preposition(lang: str, text: str, mention: str, days: int) -> None:
    found = _found(lang, text)
    assert (mention, ANCHOR - dt.timedelta(days=days), ANCHOR) in found


@pytest.mark.parametrize(
    ("text", "mention", "year"),
    [
        ("Bölgede 2017'de düzenlenen harekatta 9 asker öldü.", "2017'de", 2017),
        ("Ordu 2014'te kente girdi.", "2014'te", 2014),
        ("2016'daki saldırıda 12 kişi yaralandı.", "2016'daki", 2016),
    ],
)
def test_a_year_in_the_locative(text: str, mention: str, year: int) -> None:
    assert _found("tr", text) == [(mention, D(year, 1, 1), D(year, 12, 31))]


@pytest.mark.parametrize(
    "text", ["1200'den fazla kişi yerinden edildi.", "Saat 14'te patlama duyuldu."]
)
def test_a_count_or_an_hour_with_a_case_ending_is_no_year(text: str) -> None:
    assert _found("tr", text) == []


@pytest.mark.parametrize(
    ("text", "mention", "span"),
    [
        ("Rebels held the valley in 2014-2016, the UN said.", "2014-2016", (2014, 2016)),
        ("Rebels held the valley in 2015–17, the UN said.", "2015–17", (2015, 2017)),
    ],
)
def test_english_reads_a_range_of_years_after_its_lead(
    text: str, mention: str, span: tuple[int, int]
) -> None:
    assert _found("en", text) == [(mention, D(span[0], 1, 1), D(span[1], 12, 31))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "The code was set in 2019-05 by the board."), ("fr", "Le code fixé en 2019-05.")],
)
def test_a_year_and_a_month_number_in_text_is_no_range(lang: str, text: str) -> None:
    assert [m.text for m in find_dates(text, ANCHOR, lexicon=lang)] in ([], ["2019"])
