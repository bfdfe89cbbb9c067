"""Date forms of the languages other than English (issue 14): quarters and halves of a year, a
month of the year named by its word ("agosto del año pasado"), Portuguese weekdays without
"-feira", a second month name in brackets and Arabic proclitics, Turkish edges after a month
and the dotted capital İ, German joined edges ("Jahresbeginn"), and a month named alone in
the past tense.  Each form is read by resolve_date and found by find_dates with the same span
and precision; the sentences are written for these tests in each language's wire style."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import DateResolutionError
from conflict_events.parse import find_dates, resolve_date

ANCHOR = dt.date(2025, 4, 10)  # a Thursday

# (language, expression, first day, last day, precision)
FORMS = [
    # quarters and halves: with a year, with "the year" (the current one), with "last year",
    # and alone (the most recent such one that starts on or before the anchor)
    ("es", "el primer trimestre del año", "2025-01-01", "2025-03-31", "part_of_year"),
    ("es", "el tercer trimestre de 2023", "2023-07-01", "2023-09-30", "part_of_year"),
    ("es", "el segundo semestre del año pasado", "2024-07-01", "2024-12-31", "part_of_year"),
    ("pt", "no segundo trimestre", "2025-04-01", "2025-06-30", "part_of_year"),
    ("pt", "no terceiro trimestre", "2024-07-01", "2024-09-30", "part_of_year"),
    ("pt", "o último trimestre do ano passado", "2024-10-01", "2024-12-31", "part_of_year"),
    ("fr", "au premier trimestre de 2024", "2024-01-01", "2024-03-31", "part_of_year"),
    ("de", "im dritten Quartal des vergangenen Jahres", "2024-07-01", "2024-09-30", "part_of_year"),
    ("de", "im ersten Quartal des Jahres 2024", "2024-01-01", "2024-03-31", "part_of_year"),
    ("ru", "в первом квартале 2024 года", "2024-01-01", "2024-03-31", "part_of_year"),
    ("uk", "у другому півріччі минулого року", "2024-07-01", "2024-12-31", "part_of_year"),
    ("tr", "geçen yılın üçüncü çeyreğinde", "2024-07-01", "2024-09-30", "part_of_year"),
    ("tr", "2023 yılının ilk yarısında", "2023-01-01", "2023-06-30", "part_of_year"),
    ("ar", "في الربع الأول من العام", "2025-01-01", "2025-03-31", "part_of_year"),
    ("ar", "النصف الثاني من عام 2023", "2023-07-01", "2023-12-31", "part_of_year"),
    # a month of the year named by its word
    ("es", "agosto del año pasado", "2024-08-01", "2024-08-31", "month"),
    ("pt", "em agosto do ano passado", "2024-08-01", "2024-08-31", "month"),
    ("de", "im August vergangenen Jahres", "2024-08-01", "2024-08-31", "month"),
    ("fr", "en août de l'année dernière", "2024-08-01", "2024-08-31", "month"),
    ("ru", "в августе прошлого года", "2024-08-01", "2024-08-31", "month"),
    ("uk", "у серпні минулого року", "2024-08-01", "2024-08-31", "month"),
    ("ar", "في أغسطس من العام الماضي", "2024-08-01", "2024-08-31", "month"),
    ("es", "en marzo de este año", "2025-03-01", "2025-03-31", "month"),
    ("tr", "geçen yılın kasım ayında", "2024-11-01", "2024-11-30", "month"),
    ("tr", "2023 yılının mart ayı", "2023-03-01", "2023-03-31", "month"),
    # a month with "last" or "next" before or after it, maybe with the word for month
    ("es", "el pasado mes de agosto", "2024-08-01", "2024-08-31", "month"),
    ("pt", "em agosto passado", "2024-08-01", "2024-08-31", "month"),
    ("fr", "en mars prochain", "2026-03-01", "2026-03-31", "month"),
    ("de", "im vergangenen April", "2024-04-01", "2024-04-30", "month"),
    ("ar", "في أبريل الماضي", "2024-04-01", "2024-04-30", "month"),
    ("tr", "geçen ekim ayında", "2024-10-01", "2024-10-31", "month"),
    ("ru", "в прошлом августе", "2024-08-01", "2024-08-31", "month"),
    # Portuguese weekdays by the first word of their name, after a word that makes them one
    ("pt", "na segunda", "2025-04-07", "2025-04-07", "day"),
    ("pt", "nesta quarta", "2025-04-09", "2025-04-09", "day"),
    ("pt", "na sexta passada", "2025-04-04", "2025-04-04", "day"),
    # a second name of the month in brackets, then the year: one expression
    ("ar", "أبريل (نيسان) 2023", "2023-04-01", "2023-04-30", "month"),
    ("ar", "15 أبريل (نيسان) 2023", "2023-04-15", "2023-04-15", "day"),
    # Arabic proclitics joined to the first word of a date
    ("ar", "والخميس", "2025-04-10", "2025-04-10", "day"),
    ("ar", "وبالأمس", "2025-04-09", "2025-04-09", "day"),
    ("ar", "ومنذ مطلع العام", "2025-01-01", "2025-04-10", "interval"),
    ("ar", "لعام 2023", "2023-01-01", "2023-12-31", "year"),
    ("ar", "وفي أواخر مارس", "2025-03-21", "2025-03-31", "part_of_month"),
    # Turkish: the edge after the month, with or without "ay"; since the start of a month
    ("tr", "Ekim ayı başından bu yana", "2024-10-01", "2025-04-10", "interval"),
    ("tr", "şubat ayının sonunda", "2025-02-21", "2025-02-28", "part_of_month"),
    ("tr", "mart ortasında", "2025-03-11", "2025-03-20", "part_of_month"),
    ("tr", "yıl başından bu yana", "2025-01-01", "2025-04-10", "interval"),
    # Turkish: a case ending after an apostrophe, the word for month after the name
    ("tr", "Kasım'da", "2024-11-01", "2024-11-30", "month"),
    ("tr", "7 Ekim 2023'te", "2023-10-07", "2023-10-07", "day"),
    ("tr", "Mart ayında", "2025-03-01", "2025-03-31", "month"),
    # German: a unit and its edge written as one word
    ("de", "seit Jahresbeginn", "2025-01-01", "2025-04-10", "interval"),
    ("de", "seit Monatsanfang", "2025-04-01", "2025-04-10", "interval"),
]

FRAMES = {
    "fr": "Selon l'ONU, les violences ont fait des dizaines de morts {} dans la région.",
    "es": "Según la ONU, los ataques dejaron decenas de muertos {} en la región.",
    "pt": "Segundo a ONU, os ataques deixaram dezenas de mortos {} na região.",
    "de": "Nach UN-Angaben wurden {} Dutzende Menschen in der Region getötet.",
    "ru": "По данным ООН, {} в регионе погибли десятки человек.",
    "uk": "За даними ООН, {} в регіоні загинули десятки людей.",
    "tr": "BM'ye göre {} bölgede onlarca kişi hayatını kaybetti.",
    "ar": "وقالت الأمم المتحدة إن عشرات قتلوا {} في المنطقة.",
}


def _ids(form: tuple[str, ...]) -> str:
    return f"{form[0]}-{form[1]}"


@pytest.mark.parametrize("form", FORMS, ids=_ids)
def test_the_form_is_read(form: tuple[str, str, str, str, str]) -> None:
    code, expression, first, last, precision = form
    span = resolve_date(expression, ANCHOR, lexicon=code)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision.value) == (
        first,
        last,
        precision,
    )


@pytest.mark.parametrize("form", FORMS, ids=_ids)
def test_the_form_is_found_in_a_sentence_as_it_is_read(
    form: tuple[str, str, str, str, str],
) -> None:
    code, expression, first, last, precision = form
    found = find_dates(FRAMES[code].format(expression), ANCHOR, lexicon=code)
    assert len(found) == 1, [m.text for m in found]
    mention = found[0]
    # the whole expression, or without the leading words the resolver skips ("no", "en")
    assert expression.endswith(mention.text)
    assert (mention.when.start.isoformat(), mention.when.end.isoformat()) == (first, last)
    assert mention.when.precision.value == precision


@pytest.mark.parametrize(
    ("code", "text", "word"),
    [
        # "segunda" alone is "second": no weekday without its lead word
        ("pt", "A segunda vítima foi identificada pela polícia.", "segunda"),
        ("pt", "Foi a segunda vez que o grupo atacou a aldeia.", "segunda"),
        ("pt", "O ataque da quinta foi reivindicado pelo grupo.", "quinta"),
        # a quarter noun without an ordinal is no date
        ("es", "El trimestre fue el más violento desde 2019.", "trimestre"),
        # a bare number with a case ending is a count, no year ("more than 1500")
        ("tr", "Saldırılarda 1500'den fazla kişi yaralandı.", "1500"),
        # the Arabic noun and its ordinal alone are any half ("the second half" of a match)
        ("ar", "وسجل الفريق هدفين في النصف الثاني.", "النصف"),
    ],
)
def test_words_that_only_look_like_the_forms_are_no_dates(code: str, text: str, word: str) -> None:
    found = find_dates(text, ANCHOR, lexicon=code)
    assert not [m.text for m in found if word in m.text.lower()]


def test_a_fifth_quarter_is_refused() -> None:
    with pytest.raises(DateResolutionError, match="quinto trimestre"):
        resolve_date("el quinto trimestre de 2024", ANCHOR, lexicon="es")


def test_a_weekday_in_brackets_of_the_wrong_month_is_not_merged() -> None:
    # a month in brackets is the same month's other name; two different months are no date
    with pytest.raises(DateResolutionError):
        resolve_date("أبريل (أيار) 2023", ANCHOR, lexicon="ar")


def test_the_dotted_capital_i_starts_a_turkish_date() -> None:
    text = "Saldırı dün gece yaşandı. İki gün önce de bir karakol hedef alınmıştı."
    found = find_dates(text, ANCHOR, lexicon="tr")
    assert [(m.text, m.when.start.isoformat()) for m in found] == [
        ("dün gece", "2025-04-09"),
        ("İki gün önce", "2025-04-08"),
    ]
    assert resolve_date("İki gün önce", ANCHOR, lexicon="tr").start == dt.date(2025, 4, 8)


@pytest.mark.parametrize(
    ("code", "text", "first"),
    [
        ("pt", "Em agosto, indígenas ocuparam a área da fazenda.", "2024-08-01"),
        ("es", "En agosto, los rebeldes atacaron la ciudad.", "2024-08-01"),
        ("de", "Im August griffen Rebellen die Stadt an.", "2024-08-01"),
        ("fr", "Fin août, les rebelles ont attaqué la ville.", "2024-08-21"),
        # a plan looks forward, and so does its month
        ("pt", "Os indígenas vão ocupar a área em agosto.", "2025-08-01"),
    ],
)
def test_a_month_named_alone_takes_the_tense(code: str, text: str, first: str) -> None:
    found = find_dates(text, dt.date(2025, 7, 14), lexicon=code)
    assert [m.when.start.isoformat() for m in found] == [first]


def test_a_lead_word_of_a_short_weekday_may_say_last_or_next() -> None:
    wednesday = dt.date(2025, 4, 9)
    read = {
        text: resolve_date(text, wednesday, lexicon="pt").start.isoformat()
        for text in ("na quarta", "na última quarta", "na próxima quarta")
    }
    assert read == {
        "na quarta": "2025-04-09",
        "na última quarta": "2025-04-02",
        "na próxima quarta": "2025-04-16",
    }
