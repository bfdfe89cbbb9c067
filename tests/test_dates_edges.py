"""A part of a year named by its edge before or after the year (docs/dates.md, "The year's
part named by its edge (seventh session)"): "late 2017", "fin de l'année 2017", "Ende letzten
Jahres", "в конце 2017 года", "2017 sonunda", "أواخر عام 2017", "منذ مطلع العام الماضي"; each
read by ``resolve_date`` and found by ``find_dates`` with its year, in every language.  The
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates, resolve_date
from conflict_events.model import Precision

# Thursday 20 November 2025
ANCHOR = dt.date(2025, 11, 20)
D = dt.date
# the thirds of a year: January-April, May-August, September-December
EARLY, MID, LATE = (D(1, 1, 1), D(1, 4, 30)), (D(1, 5, 1), D(1, 8, 31)), (D(1, 9, 1), D(1, 12, 31))


def _third(year: int, third: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    return third[0].replace(year=year), third[1].replace(year=year)


# (language, text, year, third): the year in figures, "last year" and "this year"
CASES = [
    ("en", "late 2017", 2017, LATE),
    ("en", "early last year", 2024, EARLY),
    ("en", "the end of last year", 2024, LATE),
    ("fr", "fin de l'année 2017", 2017, LATE),
    ("fr", "début de l'année dernière", 2024, EARLY),
    ("fr", "fin de l'an dernier", 2024, LATE),
    ("fr", "au début de cette année", 2025, EARLY),
    ("fr", "fin 2017", 2017, LATE),
    ("es", "finales del año 2017", 2017, LATE),
    ("es", "a finales del año pasado", 2024, LATE),
    ("es", "principios del año pasado", 2024, EARLY),
    ("es", "a principios de este año", 2025, EARLY),
    ("es", "mediados del año pasado", 2024, MID),
    ("pt", "no final do ano de 2017", 2017, LATE),
    ("pt", "início do ano passado", 2024, EARLY),
    ("pt", "no início deste ano", 2025, EARLY),
    ("de", "Ende des Jahres 2017", 2017, LATE),
    ("de", "Ende letzten Jahres", 2024, LATE),
    ("de", "Anfang des vergangenen Jahres", 2024, EARLY),
    ("de", "Mitte dieses Jahres", 2025, MID),
    ("ru", "в конце 2017 года", 2017, LATE),
    ("ru", "конец 2017 года", 2017, LATE),
    ("ru", "в начале прошлого года", 2024, EARLY),
    ("ru", "в середине этого года", 2025, MID),
    ("uk", "наприкінці 2017 року", 2017, LATE),
    ("uk", "на початку минулого року", 2024, EARLY),
    ("uk", "у середині цього року", 2025, MID),
    ("tr", "2017 sonunda", 2017, LATE),
    ("tr", "2017'nin sonunda", 2017, LATE),
    ("tr", "2017 yılı başında", 2017, EARLY),
    ("tr", "geçen yılın sonunda", 2024, LATE),
    ("ar", "أواخر عام 2017", 2017, LATE),
    ("ar", "مطلع العام الماضي", 2024, EARLY),
    ("ar", "منتصف العام الحالي", 2025, MID),
    ("ar", "نهاية عام 2017", 2017, LATE),
]


@pytest.mark.parametrize(("lang", "text", "year", "third"), CASES)
def test_the_edge_names_a_third_of_that_year(
    lang: str, text: str, year: int, third: tuple[dt.date, dt.date]
) -> None:
    span = resolve_date(text, ANCHOR, lexicon=lang)
    assert (span.start, span.end) == _third(year, third)
    assert span.precision is Precision.PART_OF_YEAR


@pytest.mark.parametrize(
    ("lang", "text", "mention", "year", "third"),
    [
        (
            "ar",
            "وقال المرصد إن الاشتباكات تصاعدت أواخر عام 2017 في ريف إدلب.",
            "أواخر عام 2017",
            2017,
            LATE,
        ),
        (
            "fr",
            "Les combats ont repris au début de l'année dernière dans la région.",
            "au début de l'année dernière",
            2024,
            EARLY,
        ),
        (
            "de",
            "Die Kämpfe hatten Ende letzten Jahres wieder zugenommen.",
            "Ende letzten Jahres",
            2024,
            LATE,
        ),
        (
            "ru",
            "Город был освобождён в конце 2017 года, сообщили военные.",
            "в конце 2017 года",
            2017,
            LATE,
        ),
        (
            "uk",
            "Село обстрілюють з початку минулого року.",
            "з початку минулого року",
            2024,
            EARLY,
        ),
        (
            "tr",
            "Bölgede çatışmalar 2017 sonunda yeniden başladı.",
            "2017 sonunda",
            2017,
            LATE,
        ),
        (
            "es",
            "La ofensiva comenzó a finales del año pasado, según el ejército.",
            "a finales del año pasado",
            2024,
            LATE,
        ),
    ],
)
def test_find_dates_keeps_the_year_in_the_mention(
    lang: str, text: str, mention: str, year: int, third: tuple[dt.date, dt.date]
) -> None:
    found = [(m.text, m.when.start, m.when.end) for m in find_dates(text, ANCHOR, lexicon=lang)]
    start, end = _third(year, third)
    if mention.startswith(("з ",)):  # "since": from the start of the third to the anchor
        assert found == [(mention, start, ANCHOR)]
    else:
        assert found == [(mention, start, end)]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("ar", "منذ مطلع العام الماضي", 2024),
        ("fr", "depuis le début de l'année dernière", 2024),
        ("de", "seit Anfang letzten Jahres", 2024),
        ("ru", "с начала прошлого года", 2024),
        ("es", "desde principios del año pasado", 2024),
    ],
)
def test_since_the_start_of_last_year_runs_to_the_anchor(lang: str, text: str, year: int) -> None:
    span = resolve_date(text, ANCHOR, lexicon=lang)
    assert (span.start, span.end, span.precision) == (D(year, 1, 1), ANCHOR, Precision.INTERVAL)


@pytest.mark.parametrize(
    ("lang", "text", "third"),
    [
        # the unit alone is still the current year, and a month's edge its month
        ("fr", "fin de l'année", LATE),
        ("es", "finales de año", LATE),
        ("ru", "в начале года", EARLY),
        ("ar", "مطلع العام", EARLY),
    ],
)
def test_the_unit_alone_is_the_current_year(
    lang: str, text: str, third: tuple[dt.date, dt.date]
) -> None:
    span = resolve_date(text, ANCHOR, lexicon=lang)
    assert (span.start, span.end) == _third(ANCHOR.year, third)


def test_an_edge_of_a_month_unit_is_not_read_as_a_year() -> None:
    span = resolve_date("fin du mois", ANCHOR, lexicon="fr")
    assert (span.start, span.end, span.precision) == (
        D(2025, 11, 21),
        D(2025, 11, 30),
        Precision.PART_OF_MONTH,
    )
