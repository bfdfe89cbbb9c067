"""Date constructions read in the tenth session of 2026-12-07 (docs/dates.md, "Seasons, the
weekend after "since", and a year a following word makes one"): the weekend's noun after
"since" or a lead word, the weekend named by the week's end, a season with "last" / "next" /
"this", a season in the case that says "in" itself, and a bare German year after the verb.
Own variants (other verbs, places, numbers) in every language that has the construction."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.parse._dates import find_dates, resolve_date

# a Wednesday: the weekend before it is 24-25 October 2026
ANCHOR = dt.date(2026, 10, 28)
D = dt.date
WEEKEND = (D(2026, 10, 24), D(2026, 10, 25))
SINCE_WEEKEND = (D(2026, 10, 24), ANCHOR)


def _found(lang: str, text: str) -> list[tuple[str, dt.date, dt.date, str]]:
    return [
        (m.text, m.when.start, m.when.end, m.when.precision.value)
        for m in find_dates(text, ANCHOR, lexicon=lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("fr", "Depuis le week-end, 450 habitants ont quitté Kalehe.", "Depuis le week-end"),
        ("es", "Desde el fin de semana, 450 vecinos dejaron Tecpan.", "Desde el fin de semana"),
        ("pt", "Desde o fim de semana, 450 moradores deixaram Mocímboa.", "Desde o fim de semana"),
        ("de", "Seit dem Wochenende haben 450 Bewohner Bunia verlassen.", "Seit dem Wochenende"),
        ("ru", "С выходных из Шебекино уехали 450 жителей.", "С выходных"),
        ("uk", "З вихідних із Куп'янська виїхали 450 мешканців.", "З вихідних"),
        ("tr", "Hafta sonundan bu yana Hakkari'den 450 kişi ayrıldı.", "Hafta sonundan bu yana"),
        ("ar", "ومنذ عطلة نهاية الأسبوع غادر 450 شخصا مدينة الفاشر.", "ومنذ عطلة نهاية الأسبوع"),
    ],
)
def test_since_the_weekend(lang: str, text: str, mention: str) -> None:
    assert _found(lang, text) == [(mention, *SINCE_WEEKEND, "interval")]
    assert (
        resolve_date(mention, ANCHOR, lexicon=lang).start,
        resolve_date(mention, ANCHOR, lexicon=lang).end,
    ) == SINCE_WEEKEND


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("de", "Am Wochenende beschossen Milizen das Lager bei Goma.", "Am Wochenende"),
        ("ru", "На выходных дроны атаковали нефтебазу под Брянском.", "На выходных"),
        ("uk", "На вихідних дрони атакували Ніжин.", "На вихідних"),
        ("ar", "وفي عطلة نهاية الأسبوع قصفت طائرات مسيرة مدينة كادقلي.", "عطلة نهاية الأسبوع"),
        # the week's end that spells the weekend's name is the weekend, not Friday-Sunday
        ("pt", "No fim de semana, homens armados atacaram Macomia.", "No fim de semana"),
        ("tr", "Hafta sonunda Van'da bir karakola saldırı düzenlendi.", "Hafta sonunda"),
    ],
)
def test_the_weekend_after_a_lead_word(lang: str, text: str, mention: str) -> None:
    found = _found(lang, text)
    assert [(m[1], m[2]) for m in found] == [WEEKEND]
    assert mention.endswith(found[0][0]) or found[0][0].endswith(mention)


def test_the_end_of_the_week_is_still_read() -> None:
    # "the end of the week" with its own words keeps the week's last third
    span = resolve_date("no final da semana", ANCHOR, lexicon="pt")
    assert (span.start, span.end) != WEEKEND


@pytest.mark.parametrize(
    ("lang", "text", "mention", "span"),
    [
        ("fr", "Les affrontements ont repris l'automne dernier près de Béni.", "automne dernier",
         (D(2025, 9, 1), D(2025, 11, 30))),
        ("es", "Los enfrentamientos se reanudaron el otoño pasado en Zacatecas.", "el otoño pasado",
         (D(2025, 9, 1), D(2025, 11, 30))),
        ("pt", "Os ataques recomeçaram no outono passado em Cabo Delgado.", "outono passado",
         (D(2025, 9, 1), D(2025, 11, 30))),
        ("de", "Im vergangenen Herbst griffen Milizen Dörfer bei Beni an.", "vergangenen Herbst",
         (D(2025, 9, 1), D(2025, 11, 30))),
        ("ru", "Прошлым летом боевики атаковали колонну.", "Прошлым летом",
         (D(2026, 6, 1), D(2026, 8, 31))),
        ("uk", "Минулого літа дрони атакували Суми.", "Минулого літа",
         (D(2026, 6, 1), D(2026, 8, 31))),
        ("tr", "Geçen kış köye bir saldırı düzenlendi.", "Geçen kış",
         (D(2025, 12, 1), D(2026, 2, 28))),
        ("ar", "تجددت الاشتباكات في الخريف الماضي قرب كادقلي.", "الخريف الماضي",
         (D(2025, 9, 1), D(2025, 11, 30))),
    ],
)  # fmt: skip
def test_a_season_with_last(
    lang: str, text: str, mention: str, span: tuple[dt.date, dt.date]
) -> None:
    found = _found(lang, text)
    assert [(m[1], m[2], m[3]) for m in found] == [(*span, "season")]
    assert mention.lower() in found[0][0].lower() or found[0][0].lower() in mention.lower()


@pytest.mark.parametrize(
    ("lang", "text", "mention", "span"),
    [
        ("ru", "Жители покинули село ещё летом, сообщил глава района.", "летом",
         (D(2026, 6, 1), D(2026, 8, 31))),
        ("uk", "Родина виїхала ще влітку, розповів староста.", "влітку",
         (D(2026, 6, 1), D(2026, 8, 31))),
        ("tr", "Aile köyü ilkbaharda terk etmişti.", "ilkbaharda",
         (D(2026, 3, 1), D(2026, 5, 31))),
    ],
)  # fmt: skip
def test_a_season_that_says_in_itself(
    lang: str, text: str, mention: str, span: tuple[dt.date, dt.date]
) -> None:
    assert _found(lang, text) == [(mention, *span, "season")]


def test_a_season_alone_still_needs_a_lead() -> None:
    # the nominative is a word of the text as often as a date
    assert _found("ru", "Весна пришла рано.") == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Die Miliz hat sich 2016 der Allianz angeschlossen.", "2016"),
        ("Der Bezirk hatte sich 2012 von der Provinz getrennt.", "2012"),
    ],
)
def test_a_german_year_after_the_verb(text: str, mention: str) -> None:
    year = int(mention)
    assert _found("de", text) == [(mention, D(year, 1, 1), D(year, 12, 31), "year")]


@pytest.mark.parametrize(
    "text",
    [
        "Mindestens 2000 der Vertriebenen kehrten zurück.",
        "Mehr als 1800 der Bewohner flohen.",
        "Am Samstag haben sich 2000 Menschen versammelt.",
    ],
)
def test_a_german_count_is_no_year(text: str) -> None:
    assert not any(m.text.isdigit() for m in find_dates(text, ANCHOR, lexicon="de"))
