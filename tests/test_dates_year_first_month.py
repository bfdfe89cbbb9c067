"""A month after its year named as an adverb ("el año pasado en mayo", "geçen yıl mayıs
ayında"): that month of that year, one mention (docs/dates.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.parse._dates import find_dates, resolve_date

# an anchor early in its year: the month of "last year" is later in the calendar than the
# anchor's, so the month read alone would be this year's (or, in the past, a wrong year)
ANCHOR = dt.date(2025, 2, 20)

CASES = [
    ("fr", "Les combats ont repris l'année dernière en septembre près de Goma.", "l'année dernière en septembre", "2024-09"),
    ("fr", "L'accord sera signé l'an prochain en juillet à Niamey.", "l'an prochain en juillet", "2026-07"),
    ("es", "La milicia atacó el puerto el año pasado en noviembre.", "el año pasado en noviembre", "2024-11"),
    ("es", "Las elecciones se celebrarán el próximo año en junio.", "el próximo año en junio", "2026-06"),
    ("pt", "Os rebeldes tomaram a vila no ano passado em agosto.", "ano passado em agosto", "2024-08"),
    ("de", "Die Miliz besetzte letztes Jahr im Dezember zwei Dörfer.", "letztes Jahr im Dezember", "2024-12"),
    ("de", "Die Wahl ist nächstes Jahr im April geplant.", "nächstes Jahr im April", "2026-04"),
    ("ru", "Боевики захватили город в прошлом году в октябре.", "прошлом году в октябре", "2024-10"),
    ("ru", "Переговоры возобновятся в следующем году в марте.", "следующем году в марте", "2026-03"),
    ("uk", "Окупанти обстріляли міст минулого року в листопаді.", "минулого року в листопаді", "2024-11"),
    ("uk", "Вибори пройдуть наступного року у вересні.", "наступного року у вересні", "2026-09"),
    ("ar", "قصفت الطائرات القرية العام الماضي في أكتوبر.", "العام الماضي في أكتوبر", "2024-10"),
    ("tr", "Militanlar geçen yıl ağustos ayında köye saldırdı.", "geçen yıl ağustos ayında", "2024-08"),
    ("tr", "Seçimler gelecek yıl haziran ayında yapılacak.", "gelecek yıl haziran ayında", "2026-06"),
    ("tr", "Ordu geçtiğimiz sene kasım ayında operasyon başlattı.", "geçtiğimiz sene kasım ayında", "2024-11"),
    ("tr", "Bu yıl aralık ayında tatbikat yapılacak.", "Bu yıl aralık ayında", "2025-12"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "mention", "month"), CASES)
def test_year_first_month_found_as_one_mention(
    lang: str, sentence: str, mention: str, month: str
) -> None:
    found = find_dates(sentence, ANCHOR, lexicon=lang)
    assert [m.text for m in found] == [mention]
    when = found[0].when
    assert (when.start.isoformat()[:7], when.end.isoformat()[:7]) == (month, month)
    assert when.precision == "month"


@pytest.mark.parametrize(("lang", "sentence", "mention", "month"), CASES)
def test_year_first_month_resolves(lang: str, sentence: str, mention: str, month: str) -> None:
    when = resolve_date(mention, ANCHOR, lexicon=lang)
    assert when.start.isoformat()[:7] == month
    assert when.end.isoformat()[:7] == month


# the month first, with the year after it (read before this change too): the same months
@pytest.mark.parametrize(
    ("lang", "text", "month"),
    [
        ("fr", "en septembre de l'année dernière", "2024-09"),
        ("es", "en noviembre del año pasado", "2024-11"),
        ("pt", "em agosto do ano passado", "2024-08"),
        ("de", "im Dezember vergangenen Jahres", "2024-12"),
        ("ru", "в октябре прошлого года", "2024-10"),
        ("uk", "у листопаді минулого року", "2024-11"),
        ("ar", "في أكتوبر من العام الماضي", "2024-10"),
        ("tr", "geçen yılın ağustos ayında", "2024-08"),
        ("en", "in November last year", "2024-11"),
        ("en", "last November", "2024-11"),
    ],
)
def test_month_first_still_read(lang: str, text: str, month: str) -> None:
    assert resolve_date(text, ANCHOR, lexicon=lang).start.isoformat()[:7] == month


# the unit word alone is no year: "del año" before a month is no year-first month
def test_unit_word_alone_is_no_year_first() -> None:
    found = find_dates("El balance del año en mayo fue alto.", ANCHOR, lexicon="es")
    assert all("año en" not in m.text for m in found)
