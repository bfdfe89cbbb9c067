"""Date constructions of real copy read since the sixth session of 2026-12-06 (docs/dates.md,
"Constructions of real copy read in the sixth session"): each read by ``resolve_date`` and
found by ``find_dates`` with the same span, in every language that has it.  The sentences are
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import DateResolutionError, find_dates, resolve_date
from conflict_events.model import Precision

# Thursday 20 November 2025
ANCHOR = dt.date(2025, 11, 20)
D = dt.date


def _found(text: str, lang: str, anchor: dt.date = ANCHOR) -> list[tuple[str, dt.date, dt.date]]:
    return [(m.text, m.when.start, m.when.end) for m in find_dates(text, anchor, lexicon=lang)]


def _span(text: str, lang: str, **kwargs: object) -> tuple[dt.date, dt.date, Precision]:
    span = resolve_date(text, ANCHOR, lexicon=lang, **kwargs)  # type: ignore[arg-type]
    return span.start, span.end, span.precision


# --- "so far in" a month or a year: from its start to the publication day -----------------
@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("es", "en lo que va de noviembre", D(2025, 11, 1)),
        ("es", "en lo que va de 2025", D(2025, 1, 1)),
        ("es", "en lo que va del año", D(2025, 1, 1)),
        ("pt", "no que vai de 2025", D(2025, 1, 1)),
        ("pt", "até agora em novembro", D(2025, 11, 1)),
        ("pt", "no que vai do ano", D(2025, 1, 1)),
        ("en", "so far in 2025", D(2025, 1, 1)),
        ("en", "so far this year", D(2025, 1, 1)),
        ("en", "so far in November", D(2025, 11, 1)),
    ],
)
def test_so_far_runs_from_the_start_to_the_anchor(lang: str, text: str, start: dt.date) -> None:
    assert _span(text, lang) == (start, ANCHOR, Precision.INTERVAL)


@pytest.mark.parametrize(
    ("lang", "text", "mention", "start"),
    [
        (
            "es",
            "En lo que va de 2025, al menos 64 agentes han muerto en ataques de grupos armados.",
            "En lo que va de 2025",
            D(2025, 1, 1),
        ),
        (
            "es",
            "La fiscalía contabiliza 37 asesinatos en la provincia en lo que va de noviembre.",
            "en lo que va de noviembre",
            D(2025, 11, 1),
        ),
        (
            "pt",
            "No que vai de 2025, a polícia registou 18 ataques a esquadras na região.",
            "No que vai de 2025",
            D(2025, 1, 1),
        ),
    ],
)
def test_so_far_is_found_whole(lang: str, text: str, mention: str, start: dt.date) -> None:
    assert _found(text, lang) == [(mention, start, ANCHOR)]


# --- a month at a sentence start before a comma and a count ------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("fr", "En juin, 14 soldats avaient été tués dans une embuscade.", "juin"),
        ("es", "En marzo, 12 policías murieron en un ataque similar.", "marzo"),
        ("pt", "Em agosto, 9 pessoas morreram num ataque semelhante.", "agosto"),
    ],
)
def test_a_month_before_a_comma_and_a_count_is_the_month(
    lang: str, text: str, mention: str
) -> None:
    [(found, start, end)] = _found(text, lang)
    assert found == mention
    # the whole month
    assert start.day == 1
    assert (end + dt.timedelta(1)).day == 1


@pytest.mark.parametrize(("lang", "text"), [("fr", "juin 23"), ("es", "marzo 12"), ("de", "Mai 3")])
def test_the_month_before_its_day_is_english_order_only(lang: str, text: str) -> None:
    with pytest.raises(DateResolutionError):
        resolve_date(text, ANCHOR, lexicon=lang)
    assert _span("June 23", "en")[:2] == (D(2025, 6, 23), D(2025, 6, 23))


# --- the day before the day named last -----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        (
            "fr",
            "L'armée a repris mardi le contrôle du village. La veille, les rebelles avaient "
            "incendié le marché.",
            "La veille",
        ),
        (
            "de",
            "Die Polizei nahm am Dienstag drei Männer fest. Am Vortag hatten Unbekannte das "
            "Rathaus beschossen.",
            "Am Vortag",
        ),
        (
            "es",
            "El ejército retomó el martes el control del pueblo. La víspera, los rebeldes "
            "habían quemado el mercado.",
            "La víspera",
        ),
        (
            "pt",
            "O exército retomou na terça-feira o controlo da aldeia. Na véspera, os rebeldes "
            "tinham incendiado o mercado.",
            "Na véspera",
        ),
        (
            "ru",
            "Во вторник военные вернули контроль над селом. Днем ранее боевики подожгли рынок.",
            "Днем ранее",
        ),
    ],
)
def test_the_day_before_counts_from_the_day_named(lang: str, text: str, mention: str) -> None:
    found = _found(text, lang)
    # Tuesday 18 November, then the day before it
    assert found[0][1:] == (D(2025, 11, 18), D(2025, 11, 18))
    assert found[1] == (mention, D(2025, 11, 17), D(2025, 11, 17))


def test_the_day_before_without_a_day_named_is_the_day_before_publication() -> None:
    found = _found("La veille, la même source faisait état de six morts.", "fr")
    assert found == [("La veille", D(2025, 11, 19), D(2025, 11, 19))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les violences ont éclaté à la veille des élections régionales."),
        ("fr", "Des renforts sont arrivés la veille de l'attaque."),
        ("es", "Los enfrentamientos estallaron la víspera de las elecciones."),
        ("pt", "Os confrontos começaram na véspera do Natal."),
    ],
)
def test_the_eve_of_an_event_is_no_date(lang: str, text: str) -> None:
    assert not [m for m in find_dates(text, ANCHOR, lexicon=lang) if "veille" in m.text.lower()]
    assert not [m for m in find_dates(text, ANCHOR, lexicon=lang) if "vésp" in m.text.lower()]


def test_the_day_before_needs_a_time_to_count_from() -> None:
    with pytest.raises(DateResolutionError):
        resolve_date("la veille", ANCHOR, lexicon="fr")
    week = resolve_date("la semaine dernière", ANCHOR, lexicon="fr")
    with pytest.raises(DateResolutionError):  # a week is no day to count from
        resolve_date("la veille", ANCHOR, lexicon="fr", reference=week)


# --- the night into a day ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("overnight into Friday", D(2025, 11, 13), D(2025, 11, 14)),
        ("the night into Saturday", D(2025, 11, 14), D(2025, 11, 15)),
        ("overnight into Nov. 9", D(2025, 11, 8), D(2025, 11, 9)),
    ],
)
def test_overnight_into_a_day_is_the_night_before_it(
    text: str, start: dt.date, end: dt.date
) -> None:
    assert _span(text, "en") == (start, end, Precision.INTERVAL)
    sentence = f"Gunmen stormed a police post {text}, killing six officers, the army said."
    assert _found(sentence, "en") == [(text, start, end)]


def test_overnight_on_a_day_stays_part_of_that_day() -> None:
    assert _span("overnight Thursday", "en") == (ANCHOR, ANCHOR, Precision.PART_OF_DAY)
    assert _span("late into Friday", "en")[2] is Precision.PART_OF_DAY


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("pazartesiyi salıya bağlayan gece", D(2025, 11, 17)),
        ("cumartesiyi pazara bağlayan gece", D(2025, 11, 15)),
        ("pazarı pazartesiye bağlayan gece", D(2025, 11, 16)),
        ("çarşambayı perşembeye bağlayan gece", D(2025, 11, 19)),
    ],
)
def test_turkish_night_joining_two_days(text: str, start: dt.date) -> None:
    end = start + dt.timedelta(1)
    assert _span(text, "tr") == (start, end, Precision.INTERVAL)
    sentence = f"Saldırı {text} ilçe merkezinde meydana geldi."
    assert _found(sentence, "tr") == [(text, start, end)]


def test_turkish_night_of_days_not_in_a_row_is_refused() -> None:
    with pytest.raises(DateResolutionError):
        resolve_date("pazartesiyi perşembeye bağlayan gece", ANCHOR, lexicon="tr")


# --- Turkish "pazar": Sunday only where a word makes it the day -----------------------------
@pytest.mark.parametrize(
    ("text", "mention", "precision"),
    [
        ("Saldırı pazar gecesi bir köyde düzenlendi.", "pazar gecesi", Precision.PART_OF_DAY),
        ("Pazar günü yapılan açıklamada iki askerin öldüğü belirtildi.", "Pazar günü", None),
        ("Geçen pazar iki köy boşaltıldı.", "Geçen pazar", None),
    ],
)
def test_pazar_is_sunday_with_its_context(
    text: str, mention: str, precision: Precision | None
) -> None:
    [m] = find_dates(text, ANCHOR, lexicon="tr")
    assert m.text == mention
    assert m.when.start == m.when.end == D(2025, 11, 16)
    assert m.when.precision is (precision or Precision.DAY)


@pytest.mark.parametrize(
    "text",
    ["Pazar yerinde bir patlama meydana geldi.", "Köydeki pazar kalabalıktı.", "pazar yeri"],
)
def test_pazar_the_market_is_no_date(text: str) -> None:
    assert find_dates(text, ANCHOR, lexicon="tr") == []


# --- Turkish: the start of a year named in the genitive, New Year's Day with its case -------
@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("bu yılın başından bu yana", D(2025, 1, 1), ANCHOR, Precision.INTERVAL),
        ("yılbaşından bu yana", D(2025, 1, 1), ANCHOR, Precision.INTERVAL),
        ("yılbaşından beri", D(2025, 1, 1), ANCHOR, Precision.INTERVAL),
        ("geçen yılın sonunda", D(2024, 9, 1), D(2024, 12, 31), Precision.PART_OF_YEAR),
        ("2023 yılının ortasında", D(2023, 5, 1), D(2023, 8, 31), Precision.PART_OF_YEAR),
    ],
)
def test_turkish_year_edges(text: str, start: dt.date, end: dt.date, precision: Precision) -> None:
    assert _span(text, "tr") == (start, end, precision)
    sentence = f"Bakanlığa göre {text} bölgede 40 operasyon düzenlendi."
    assert _found(sentence, "tr") == [(text, start, end)]


# --- Arabic: the dual carries the count -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "unit_days"),
    [("اليومين الماضيين", 2), ("الأسبوعين الماضيين", 14), ("خلال اليومين الأخيرين", 2)],
)
def test_arabic_dual_window(text: str, unit_days: int) -> None:
    start, end, precision = _span(text, "ar")
    assert (end, precision) == (ANCHOR, Precision.INTERVAL)
    assert (end - start).days == unit_days


def test_arabic_dual_window_in_text() -> None:
    text = "وقال ناشط إن عشرات العائلات نزحت من القرية خلال اليومين الماضيين."
    assert _found(text, "ar") == [("اليومين الماضيين", D(2025, 11, 18), ANCHOR)]
    assert _span("الشهرين الماضيين", "ar")[0] == D(2025, 9, 20)


def test_arabic_dual_window_ahead() -> None:
    text = "ومن المتوقع أن تستمر المفاوضات خلال الأسبوعين المقبلين في الدوحة."
    assert _found(text, "ar") == [("الأسبوعين المقبلين", ANCHOR, D(2025, 12, 4))]
