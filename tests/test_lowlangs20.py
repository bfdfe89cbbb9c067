"""Arabic, Russian, Ukrainian and Turkish counts, victims and dates (issue 14, the twentieth
session, lowlangs): a number after its Arabic noun ("مقتل مدنيَّين اثنين"), an Arabic age told
by its decade ("رجل في الستين من عمره"), the Arabic accusative of one person, an adverb
between a verb and its count ("загинули вже четверо"), a participle's adjunct between a
Russian verb and its subject, Turkish "since" a weekday's part of the day; sentences written
for these tests, with sentences that must stay as they were (docs/casualties-and-claims.md,
"Twentieth session (lowlangs)"; docs/languages.md)."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import part_figures

from conflict_events import find_dates, parse_count


def _found(text: str, lang: str) -> list[tuple[object, ...]]:
    """(outcome, group, low, words) of every figure of ``text``."""
    return [tuple(f[:4]) for f in part_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the Arabic number two after its plural or dual noun (vowel signs or none)
        ("ar", "وأسفر القصف عن مقتل مدنيَّين اثنين في حي الروضة.", ("killed", "civilians", 2, "مدنيَّين اثنين")),
        ("ar", "وقالت مصادر طبية إن الغارة أدت إلى إصابة جنديين اثنين.", ("injured", "combatants", 2, "جنديين اثنين")),
        ("ar", "قتل مدنيين اثنين برصاص قناص في المدينة القديمة.", ("killed", "civilians", 2, "مدنيين اثنين")),
        # an Arabic age told by its decade belongs to the person, and the list goes on
        ("ar", "ومن بين القتلى رجل في الستين من عمره وابناه.", ("killed", "total", 1, "رجل في الستين من عمره")),
        ("ar", "ومن بين القتلى رجل في الستين من عمره وابناه.", ("killed", "civilians", 2, "ابناه")),
        ("ar", "وقتلت سيدة في الخمسينات من عمرها بشظايا قذيفة.", ("killed", "civilians", 1, "سيدة في الخمسينات من عمرها")),
        # the accusative of one person, after "أن" or as a verb's object
        ("ar", "وأكد المصدر أن من بين القتلى طالباً في كلية الطب.", ("killed", "civilians", 1, "طالباً")),
        ("ar", "وقال الجيش إن قناصاً قتل جندياً عند الحاجز.", ("killed", "combatants", 1, "جندياً")),
        # an adverb between the verb and its count
        ("uk", "Після нічної атаки загинули вже п'ятеро людей.", ("killed", "total", 5, "п'ятеро людей")),
        ("uk", "У Херсоні загинуло вже 12 людей.", ("killed", "total", 12, "12 людей")),
        ("ru", "В результате обстрела погибли уже четыре человека.", ("killed", "total", 4, "четыре человека")),
        # a participle and its adjunct between a Russian verb and its subject
        ("ru", "Погибли находившиеся в автомобиле мужчина 61 года и его жена.", ("killed", "total", 1, "мужчина 61 года")),
        ("ru", "Погибли находившиеся в автомобиле мужчина 61 года и его жена.", ("killed", "civilians", 1, "его жена")),
        ("ru", "Ранены находившиеся на остановке пять человек.", ("injured", "total", 5, "пять человек")),
        # a Turkish "-li" adjective after its locative, a clause before a list's first member
        ("tr", "Valilik, ölenler arasında karakolda görevli bir polis ile iki çobanın da bulunduğunu açıkladı.", ("killed", "combatants", 1, "bir polis")),
        ("tr", "Valilik, ölenler arasında karakolda görevli bir polis ile iki çobanın da bulunduğunu açıkladı.", ("killed", "civilians", 2, "iki çobanın")),
        # a part with no noun, known by the state after its count
        ("ar", "وأصيب 18 شخصاً في القصف، بينهم ستة في حالة حرجة.", ("injured", "total", 6, "ستة")),
        ("ru", "Ранены 14 человек, из них трое в тяжелом состоянии.", ("injured", "total", 3, "трое")),
        ("uk", "Поранено 11 людей, серед них двоє у важкому стані.", ("injured", "total", 2, "двоє")),
        # the state of the wounded put first, then its copula and the people
        ("ru", "В больницу доставили шестерых, в тяжелом состоянии находится 62-летний мужчина.", ("injured", "total", 1, "62-летний мужчина")),
        ("uk", "У критичному стані перебувають двоє дітей.", ("injured", "civilians", 2, "двоє дітей")),
        # an Arabic outcome noun with its article after a vague count (a construct)
        ("ar", "وخلفت المعارك في المدينة عشرات القتلى.", ("killed", "total", 20, "عشرات القتلى")),
        # a verb of losing, an adjunct of place, then its people: dead
        ("ru", "Батальон потерял в бою под Покровском как минимум пятерых бойцов.", ("killed", "combatants", 5, "как минимум пятерых бойцов")),
        ("uk", "Підрозділ втратив у бою під Бахмутом п'ятьох бійців.", ("killed", "combatants", 5, "п'ятьох бійців")),
        # other injuries put first
        ("ru", "При разгоне акции ушибы и ссадины получили не менее девяти протестующих.", ("injured", "civilians", 9, "не менее девяти протестующих")),
        ("uk", "Опіки отримали троє рятувальників.", ("injured", "civilians", 3, "троє рятувальників")),
        # "in addition to" joins a list's last member; one driver
        ("ar", "وقتل في الغارة ثلاثة أطفال إضافة إلى سائق.", ("killed", "civilians", 1, "سائق")),
        ("ar", "وقتل ثلاثة أطفال بالإضافة إلى امرأتين.", ("killed", "civilians", 2, "امرأتين")),
        # a toll's verb gapped by a dash for a second outcome
        ("uk", "Кількість загиблих зросла до п'яти, поранених — до 19.", ("injured", "total", 19, "19")),
        ("ru", "Число погибших возросло до трех, раненых — до 14.", ("injured", "total", 14, "14")),
        # "reaches" links a toll, a group between
        ("uk", "Кількість постраждалих серед протестувальників сягає щонайменше 15.", ("injured", "civilians", 15, "щонайменше 15")),
        # with wounds after the people, an adjective inside
        ("ru", "Погиб водитель, его жена с осколочными ранениями доставлена в больницу.", ("injured", "civilians", 1, "его жена")),
        ("ru", "Двое мужчин с ранениями доставлены в больницу.", ("injured", "total", 2, "Двое мужчин")),
        # a passive's subject closing an apposition with a comma
        ("ru", "Водитель, 61-летний мужчина, погиб на месте.", ("killed", "total", 1, "61-летний мужчина")),
        ("uk", "Сусід, 70-річний чоловік, загинув під завалами.", ("killed", "total", 1, "70-річний чоловік")),
        # a thousand alone, and the genitive singular after a qualifier
        ("uk", "Відтоді понад тисячу людей було поранено.", ("injured", "total", 1000, "понад тисячу людей")),
        ("ru", "Более тысячи человек были эвакуированы из приграничных сел.", ("displaced", "total", 1000, "Более тысячи человек")),
    ],
)  # fmt: skip
def test_construction(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a number with its own noun after it is that noun's count, not the one before
        ("ar", "قتل الجنود اثنين من المسلحين.", [("killed", "combatants", 2, "اثنين من المسلحين")]),
        # "two" alone after a verb stays a bare count
        ("ar", "وأصيب اثنان في الانفجار.", [("injured", "total", 2, "اثنان")]),
        # a toll's predicative count with "уже" stays read
        ("uk", "Загиблих уже п'ятеро.", [("killed", "total", 5, "п'ятеро")]),
        # a participle after its noun, with no count: no figure
        ("ru", "Погибли жители, находившиеся в доме.", []),
        # a dash and "до" with no toll before: at most, as before
        ("uk", "Поранених — до 21.", [("injured", "total", None, "до 21")]),
        # a verb of losing before an adjunct, then things: no figure
        ("ru", "Компания потеряла в Курске 12 автомобилей.", []),
        # an age in years is read as before
        ("ar", "قتل طفل يبلغ من العمر 12 عاماً.", [("killed", "civilians", 1, "طفل يبلغ من العمر 12 عاماً")]),
    ],
)  # fmt: skip
def test_what_stays(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "low", "high", "qualifier"),
    [
        ("ru", "более тысячи", 1000, None, "more_than"),
        ("ru", "около тысячи", 1000, 1000, "approximately"),
        ("uk", "близько тисячі", 1000, 1000, "approximately"),
        ("uk", "понад тисячу", 1000, None, "more_than"),
        ("ru", "тысячу", 1000, 1000, "exact"),
        # the plural alone stays vague, and a number before the scale counts it
        ("ru", "тысячи", 2000, 9999, "vague"),
        ("uk", "тисячі", 2000, 9999, "vague"),
        ("ru", "более трех тысяч", 3000, None, "more_than"),
        ("uk", "понад 2 тисячі", 2000, None, "more_than"),
    ],
)
def test_thousand(lang: str, text: str, low: int, high: int | None, qualifier: str) -> None:
    count = parse_count(text, lexicon=lang)
    assert (count.low, count.high, count.qualifier.value) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bölgede elektrik salı akşamından bu yana kesik.",
            ("salı akşamından bu yana", "2026-04-21", "2026-04-22"),
        ),
        (
            "Yol pazartesi sabahından beri kapalı.",
            ("pazartesi sabahından beri", "2026-04-20", "2026-04-22"),
        ),
        (
            "Çatışmalar cuma gecesinden bu yana sürüyor.",
            ("cuma gecesinden bu yana", "2026-04-17", "2026-04-22"),
        ),
        (
            "Köye dün akşamından itibaren ulaşılamıyor.",
            ("dün akşamından itibaren", "2026-04-21", "2026-04-22"),
        ),
    ],
)
def test_turkish_since_part_of_day(text: str, expected: tuple[str, str, str]) -> None:
    # published on Wednesday 22 April 2026: since a part of an earlier day, to the anchor
    found = [
        (d.text, d.when.start.isoformat(), d.when.end.isoformat(), d.when.precision.value)
        for d in find_dates(text, dt.date(2026, 4, 22), lexicon="tr")
    ]
    assert found == [(*expected, "interval")]


def test_turkish_part_of_day_alone_is_no_date() -> None:
    # the ablative of a part of the day with no day before it names none
    assert (
        find_dates("Düğün akşamından bu yana kimse görmedi.", dt.date(2026, 4, 22), lexicon="tr")
        == []
    )
