"""Date constructions of real copy read in the seventh session of 2026-12-06 (docs/dates.md,
"Constructions of real copy read in the seventh session"): each found by ``find_dates`` (and
read by ``resolve_date``) in every language that has it.  The sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates, resolve_date
from conflict_events.model import Precision

# Wednesday 19 August 2026
ANCHOR = dt.date(2026, 8, 19)
D = dt.date


def _found(text: str, lang: str) -> list[tuple[str, dt.date, dt.date]]:
    return [(m.text, m.when.start, m.when.end) for m in find_dates(text, ANCHOR, lexicon=lang)]


# --- "until <day>": the clause's verb says which way -------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("pt", "Cerca de 900 deslocados chegaram até terça-feira à vila.", D(2026, 8, 18)),
        ("pt", "As estradas ficarão fechadas até terça-feira.", D(2026, 8, 25)),
        ("es", "Los combates duraron hasta el martes en la zona.", D(2026, 8, 18)),
        ("es", "La carretera permanecerá cerrada hasta el martes.", D(2026, 8, 25)),
        ("fr", "Les combats ont duré jusqu'à mardi dans le secteur.", D(2026, 8, 18)),
        ("fr", "La route restera fermée jusqu'à mardi.", D(2026, 8, 25)),
        ("de", "Die Gefechte dauerten bis Dienstag, sagte ein Sprecher.", D(2026, 8, 18)),
        ("ru", "Бои продолжались до вторника.", D(2026, 8, 18)),
    ],
)
def test_until_a_day_takes_the_clauses_tense(lang: str, text: str, day: dt.date) -> None:
    ((_, start, end),) = _found(text, lang)
    assert start == end == day


# --- a month capitalised after a word that opens the sentence --------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "mention", "start"),
    [
        ("pt", "Desde Junho, a província registou nove ataques.", "Desde Junho", D(2026, 6, 1)),
        ("pt", "Em Março, os rebeldes atacaram a vila.", "Março", D(2026, 3, 1)),
        ("es", "Desde Junio, la provincia registró nueve ataques.", "Desde Junio", D(2026, 6, 1)),
    ],
)
def test_a_capitalised_month_after_a_lead_word_is_a_date(
    lang: str, text: str, mention: str, start: dt.date
) -> None:
    ((found, first, _),) = _found(text, lang)
    assert (found, first) == (mention, start)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A polícia do Rio de Janeiro prendeu 12 suspeitos."),
        ("es", "Cientos de personas marcharon hacia la Plaza de Mayo."),
    ],
)
def test_a_capitalised_month_in_a_name_stays_unread(lang: str, text: str) -> None:
    assert _found(text, lang) == []


# --- "since" + month and year wherever it stands ------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "mention", "start"),
    [
        (
            "de",
            "Die Miliz, die seit August 2023 gegen die Armee kämpft, bestreitet das.",
            "seit August 2023",
            D(2023, 8, 1),
        ),
        (
            "de",
            "Der Konflikt, der seit März 2024 andauert, hat Tausende vertrieben.",
            "seit März 2024",
            D(2024, 3, 1),
        ),
        (
            "de",
            "Die Stadt, in der seit Juni 2025 gekämpft wird, ist abgeschnitten.",
            "seit Juni 2025",
            D(2025, 6, 1),
        ),
    ],
)
def test_since_in_a_relative_clause_runs_to_the_anchor(
    lang: str, text: str, mention: str, start: dt.date
) -> None:
    assert _found(text, lang) == [(mention, start, ANCHOR)]


# --- a month's case form or second name without a year ----------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "mention", "month"),
    [
        ("ru", "Как сообщалось, в июне неизвестные обстреляли пост.", "июне", 6),
        ("ru", "Неизвестные обстреляли пост в мае.", "мае", 5),
        ("ru", "В июле боевики напали на село.", "июле", 7),
        ("de", "Im März griffen Bewaffnete das Dorf an.", "März", 3),
        ("ar", "قتل ثلاثة مدنيين في آب.", "آب", 8),
        ("fr", "Les combats ont repris en aout.", "aout", 8),
    ],
)
def test_a_full_month_name_of_four_letters_is_no_abbreviation(
    lang: str, text: str, mention: str, month: int
) -> None:
    ((found, start, _),) = _found(text, lang)
    assert (found, start.month) == (mention, month)


def test_a_real_abbreviation_still_needs_a_day() -> None:
    assert _found("Im Mrz griffen Bewaffnete das Dorf an.", "de") == []
    assert _found("Am 3. Mrz griffen Bewaffnete das Dorf an.", "de")[0][1] == D(2026, 3, 3)


# --- Turkish: a case ending joined to a weekday or a unit ----------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "start"),
    [
        ("Sınır kapısı pazartesiden bu yana kapalı.", "pazartesiden bu yana", D(2026, 8, 17)),
        ("Sınır kapısı salıdan bu yana kapalı.", "salıdan bu yana", D(2026, 8, 18)),
        ("Cumadan bu yana 12 kişi gözaltına alındı.", "Cumadan bu yana", D(2026, 8, 14)),
        ("Kasaba dünden bu yana elektriksiz.", "dünden bu yana", D(2026, 8, 18)),
        ("Geçen haftadan bu yana 40 kişi öldü.", "Geçen haftadan bu yana", D(2026, 8, 10)),
        ("Geçen yıldan bu yana 40 kişi öldü.", "Geçen yıldan bu yana", D(2025, 1, 1)),
    ],
)
def test_turkish_ablative_with_bu_yana_runs_to_the_anchor(
    text: str, mention: str, start: dt.date
) -> None:
    assert _found(text, "tr") == [(mention, start, ANCHOR)]


def test_turkish_market_in_the_ablative_is_no_sunday() -> None:
    assert _found("Pazardan aldığı ekmekle eve döndü.", "tr") == []


# --- the edge of last (or next) year or month -----------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "start", "end", "precision"),
    [
        ("ar", "مطلع العام الماضي", D(2025, 1, 1), D(2025, 4, 30), Precision.PART_OF_YEAR),
        ("ar", "منذ مطلع العام الماضي", D(2025, 1, 1), ANCHOR, Precision.INTERVAL),
        ("fr", "fin du mois dernier", D(2026, 7, 21), D(2026, 7, 31), Precision.PART_OF_MONTH),
        ("fr", "début de l'année prochaine", D(2027, 1, 1), D(2027, 4, 30), Precision.PART_OF_YEAR),
        ("es", "desde principios del año pasado", D(2025, 1, 1), ANCHOR, Precision.INTERVAL),
        ("es", "principios del año", D(2026, 1, 1), D(2026, 4, 30), Precision.PART_OF_YEAR),
        ("pt", "desde o início do ano passado", D(2025, 1, 1), ANCHOR, Precision.INTERVAL),
        ("de", "Ende letzten Jahres", D(2025, 9, 1), D(2025, 12, 31), Precision.PART_OF_YEAR),
        ("ru", "с начала прошлого года", D(2025, 1, 1), ANCHOR, Precision.INTERVAL),
        ("uk", "наприкінці минулого місяця", D(2026, 7, 21), D(2026, 7, 31), Precision.PART_OF_MONTH),
    ],
)  # fmt: skip
def test_the_edge_of_last_year(
    lang: str, text: str, start: dt.date, end: dt.date, precision: Precision
) -> None:
    span = resolve_date(text, ANCHOR, lexicon=lang)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("ar", "وقتل أكثر من 40 شخصا منذ مطلع العام الماضي في المحافظة.", "منذ مطلع العام الماضي"),
        ("ru", "С начала прошлого года погибли 40 человек.", "С начала прошлого года"),
        ("es", "Desde principios del año pasado murieron 40 personas.", "Desde principios del año pasado"),
    ],
)  # fmt: skip
def test_since_the_edge_of_last_year_is_found_whole(lang: str, text: str, mention: str) -> None:
    assert _found(text, lang) == [(mention, D(2025, 1, 1), ANCHOR)]


# --- not dates: a place named by a date, an age by its decade -------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La granada estalló en el barrio 15 de Marzo, al norte de la ciudad."),
        ("es", "Los disparos se oyeron en la avenida 10 de Agosto."),
        ("pt", "A marcha seguiu pela Avenida 25 de Abril até ao largo."),
        ("pt", "O ataque ocorreu no bairro 4 de Fevereiro."),
        ("fr", "Le cortège est parti de la rue du 8-Mai-1945."),
        ("fr", "Les manifestants ont rejoint la place du 14-Juillet."),
        ("de", "Der Zug zog über die Straße des 17. Juni."),
        ("tr", "Gösteri 29 Ekim Caddesi'nde yapıldı."),
        ("tr", "Saldırı 15 Temmuz Mahallesi'nde oldu."),
        ("ar", "تظاهر المئات في ساحة 14 تموز وسط المدينة."),
        ("ar", "أصيب شاب في العشرينيات من عمره برصاص الشرطة."),
        ("ar", "قتلت امرأة في الثلاثينيات من العمر."),
    ],
)
def test_a_place_or_an_age_named_by_a_date_is_no_date(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("es", "La granada estalló el 15 de marzo en el barrio.", "15 de marzo"),
        ("fr", "Le cortège a rejoint la place le 3 mai.", "3 mai"),
        ("ar", "وقعت المجزرة في الثمانينيات من القرن الماضي.", "الثمانينيات"),
    ],
)
def test_a_date_beside_a_place_noun_without_the_name_shape_is_kept(
    lang: str, text: str, mention: str
) -> None:
    assert [m.text for m in find_dates(text, ANCHOR, lexicon=lang)] == [mention]


# --- a relative day whose apposition names another day -------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "mention", "day"),
    [
        ("uk", "Напередодні, в неділю, у громаді впала авіабомба.", "в неділю", D(2026, 8, 16)),
        ("ru", "Накануне, в воскресенье, дрон атаковал автомобиль.", "в воскресенье", D(2026, 8, 16)),
        ("fr", "La veille, dimanche, un drone a frappé un véhicule.", "dimanche", D(2026, 8, 16)),
    ],
)  # fmt: skip
def test_a_relative_day_gives_way_to_the_day_its_apposition_names(
    lang: str, text: str, mention: str, day: dt.date
) -> None:
    assert _found(text, lang) == [(mention, day, day)]


@pytest.mark.parametrize(
    ("lang", "text", "mentions"),
    [
        ("ru", "Вчера, во вторник, дрон атаковал автомобиль.", ["Вчера", "во вторник"]),
        ("ru", "Накануне в ОВА сообщали о шести погибших.", ["Накануне"]),
    ],
)
def test_a_relative_day_that_agrees_or_stands_alone_is_kept(
    lang: str, text: str, mentions: list[str]
) -> None:
    assert [m.text for m in find_dates(text, ANCHOR, lexicon=lang)] == mentions
