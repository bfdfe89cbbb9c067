"""Date constructions read in the eleventh session of 2026-12-07 (docs/dates.md, "The weekend
after 'over' and 'during', a part of the day's edge, the night before a date, the start of a
season, the day before after a span up to the anchor"): own variants (other verbs, places,
numbers) in every language that has the construction."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.parse._dates import find_dates, resolve_date

D = dt.date
# a Thursday
ANCHOR = D(2026, 10, 15)


def _found(
    lang: str, text: str, anchor: dt.date = ANCHOR
) -> list[tuple[str, dt.date, dt.date, str]]:
    return [
        (m.text, m.when.start, m.when.end, m.when.precision.value)
        for m in find_dates(text, anchor, lexicon=lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "mention", "day"),
    [
        # a weekday, then the edge of a part of the day
        (
            "fr",
            "Mardi en fin de soirée, des tirs ont visé le camp.",
            "Mardi en fin de soirée",
            D(2026, 10, 13),
        ),
        (
            "fr",
            "Lundi en début de matinée, le convoi a été attaqué.",
            "Lundi en début de matinée",
            D(2026, 10, 12),
        ),
        (
            "fr",
            "Mercredi en fin d'après-midi, un drone a frappé.",
            "Mercredi en fin d'après-midi",
            D(2026, 10, 14),
        ),
        (
            "es",
            "El lunes a última hora de la noche, un dron atacó el cuartel.",
            "lunes a última hora de la noche",
            D(2026, 10, 12),
        ),
        (
            "es",
            "El martes a primera hora de la mañana, hubo disparos.",
            "martes a primera hora de la mañana",
            D(2026, 10, 13),
        ),
        (
            "pt",
            "Na segunda-feira ao fim da tarde, houve disparos em Pemba.",
            "segunda-feira ao fim da tarde",
            D(2026, 10, 12),
        ),
        (
            "pt",
            "Na terça-feira no início da noite, um drone atingiu a base.",
            "terça-feira no início da noite",
            D(2026, 10, 13),
        ),
    ],
)
def test_a_weekday_with_the_edge_of_a_part_of_the_day(
    lang: str, text: str, mention: str, day: dt.date
) -> None:
    assert (mention, day, day, "part_of_day") in _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "mention", "start"),
    [
        # the night before a day of a month: the day before and the day
        (
            "uk",
            "У ніч проти 11 жовтня дрони атакували Одесу.",
            "У ніч проти 11 жовтня",
            D(2026, 10, 10),
        ),
        ("uk", "В ніч на 3 жовтня росіяни обстріляли Херсон.", "В ніч на 3 жовтня", D(2026, 10, 2)),
        (
            "ru",
            "В ночь на 9 октября беспилотники атаковали Брянск.",
            "В ночь на 9 октября",
            D(2026, 10, 8),
        ),
    ],
)
def test_the_night_before_a_day_of_a_month(
    lang: str, text: str, mention: str, start: dt.date
) -> None:
    assert (mention, start, start + dt.timedelta(days=1), "interval") in _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        # since the start of a season: from the season's first day to the anchor
        ("uk", "Від початку літа з Херсонщини виїхали 4 тисячі людей.", "Від початку літа"),
        ("uk", "З початку літа окупанти скинули на Суми 300 КАБів.", "З початку літа"),
        ("ru", "С начала лета из Белгородской области уехали 3 тысячи человек.", "С начала лета"),
        (
            "es",
            "Desde principios del verano huyeron 5.000 personas de Cabo Delgado.",
            "Desde principios del verano",
        ),
        (
            "pt",
            "Desde o início do verão fugiram 5 mil pessoas de Cabo Delgado.",
            "Desde o início do verão",
        ),
    ],
)
def test_since_the_start_of_a_season(lang: str, text: str, mention: str) -> None:
    assert (mention, D(2026, 6, 1), ANCHOR, "interval") in _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("en", "early summer", D(2026, 6, 1), D(2026, 6, 30)),
        ("en", "late winter 2024", D(2025, 2, 1), D(2025, 2, 28)),
        ("uk", "наприкінці весни", D(2026, 5, 1), D(2026, 5, 31)),
    ],
)
def test_the_edge_of_a_season_is_its_month(
    lang: str, text: str, start: dt.date, end: dt.date
) -> None:
    span = resolve_date(text, ANCHOR, lexicon=lang)
    assert (span.start, span.end, span.precision.value) == (start, end, "part_of_year")


@pytest.mark.parametrize(
    ("lang", "text", "mention", "day"),
    [
        # the day before, after a span that runs up to the anchor: the day before the anchor
        (
            "fr",
            "Depuis samedi, 800 habitants ont fui. La veille, l'armée avait bombardé le marché.",
            "La veille",
            D(2026, 10, 14),
        ),
        (
            "es",
            "Desde el domingo huyeron 800 vecinos. La víspera, el ejército había bombardeado el mercado.",
            "La víspera",
            D(2026, 10, 14),
        ),
        (
            "de",
            "Seit Montag sind 800 Menschen geflohen. Am Vortag hatte die Armee den Markt bombardiert.",
            "Am Vortag",
            D(2026, 10, 14),
        ),
    ],
)
def test_the_day_before_after_a_span_up_to_the_anchor(
    lang: str, text: str, mention: str, day: dt.date
) -> None:
    assert (mention, day, day, "day") in _found(lang, text)


def test_the_day_before_a_named_day_is_unchanged() -> None:
    found = _found(
        "fr", "Lundi, des tirs ont visé le camp. La veille, l'armée avait annoncé un couvre-feu."
    )
    assert ("La veille", D(2026, 10, 11), D(2026, 10, 11), "day") in found
