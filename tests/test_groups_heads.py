"""The head noun decides, not its complement (fourteenth session; docs/casualties-and-claims.md,
"Fourteenth session: the head noun decides"): a count before a head noun with a complement
naming another party ("informants of the rebels") takes the party only where the head is a
member, fighter or soldier noun; a relation noun (`relation_nouns`) or a head the lexicon does
not know gives no side of the complement's; the figure is found where the outcome follows the
complement; ru/uk read the first noun in the genitive as the head; Arabic member nouns count
two in the dual.  Variant sentences of our own, in every language that has the construction."""

from __future__ import annotations

import functools

import pytest

from conflict_events import ActorRegistry
from conflict_events.extract._casualties import find_casualties


@functools.cache
def _registry() -> ActorRegistry:
    return ActorRegistry.default()


def _rows(lang: str, text: str) -> list[tuple[str, str, int | None]]:
    return [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low)
        for m in find_casualties(text, lexicon=lang, registry=_registry())
    ]


# -- a relation noun before a party: people of no side of the party's -----------------------------

RELATIONS = [
    ("en", "Two hostages of the ADF were killed in Beni.", ("killed", "total", 2)),
    ("en", "Troops arrested four ADF spies in Beni on Tuesday.", ("captured", "total", 4)),
    ("de", "Zwei Geiseln der Miliz wurden nach Norden verschleppt.", ("captured", "total", 2)),
    ("fr", "Quatre espions des jihadistes ont été exécutés.", ("killed", "total", 4)),
    (
        "es",
        "Seis informantes de la guerrilla fueron capturados en el Cauca.",
        ("captured", "total", 6),
    ),
    (
        "pt",
        "Dois colaboradores dos insurgentes foram detidos em Mocímboa.",
        ("captured", "total", 2),
    ),
    ("ru", "Силовики задержали шестерых осведомителей боевиков.", ("captured", "total", 6)),
    ("ru", "Повстанцы сообщили о захвате девяти пособников хунты.", ("captured", "total", 9)),
    ("uk", "Поліція затримала чотирьох посібників бойовиків.", ("captured", "total", 4)),
    (
        "uk",
        "На Сумщині затримано двох підозрюваних інформаторів окупантів.",
        ("captured", "total", 2),
    ),
    ("tr", "Jandarma 4 PKK muhbirini gözaltına aldı.", ("captured", "total", 4)),
]


@pytest.mark.parametrize(("lang", "text", "row"), RELATIONS)
def test_a_relation_noun_is_no_member_of_the_party_after_it(
    lang: str, text: str, row: tuple[str, str, int]
) -> None:
    assert _rows(lang, text) == [row]


# -- a head the lexicon does not know, its complement, then the outcome: found, of no side ---------

UNKNOWN_HEADS = [
    ("en", "Five suppliers of the insurgents were arrested near Goma.", ("captured", "total", 5)),
    ("de", "Zwei Köche der Rebellen wurden am Montag festgenommen.", ("captured", "total", 2)),
    ("fr", "Deux cuisiniers des rebelles ont été arrêtés.", ("captured", "total", 2)),
    ("pt", "Cinco cozinheiros dos insurgentes foram detidos.", ("captured", "total", 5)),
    ("ru", "Полиция задержала пятерых курьеров боевиков.", ("captured", "total", 5)),
    ("uk", "Поліція затримала двох кур'єрів бойовиків.", ("captured", "total", 2)),
]


@pytest.mark.parametrize(("lang", "text", "row"), UNKNOWN_HEADS)
def test_an_unknown_head_with_a_complement_before_its_outcome_is_found(
    lang: str, text: str, row: tuple[str, str, int]
) -> None:
    assert _rows(lang, text) == [row]


# -- a civilian head before the other side's noun: civilians (ru, uk) ---------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В результате удара погибли трое детей боевиков."),
        ("uk", "Внаслідок удару загинули двоє дітей бойовиків."),
    ],
)
def test_a_civilian_head_before_a_genitive_complement_is_civilian(lang: str, text: str) -> None:
    assert [group for _, group, _ in _rows(lang, text)] == ["civilians"]


# -- member nouns still take their party ---------------------------------------------------------

MEMBERS = [
    ("en", "Three fighters of the ADF were killed near Oicha.", ("killed", "actor:adf", 3)),
    (
        "es",
        "El ejército capturó a cinco presuntos integrantes del ELN.",
        ("captured", "actor:eln", 5),
    ),
    ("de", "Zwei Mitglieder der ADF wurden festgenommen.", ("captured", "actor:adf", 2)),
    # the Arabic dual of a member noun: two members, of the party named after them
    (
        "ar",
        "قال الجيش إنه قتل عنصرين من حركة الشباب في غارة جوية.",
        ("killed", "actor:al-shabaab", 2),
    ),
    (
        "ar",
        'وأعلن الجيش أنه "قضى على عنصرين من حزب الله" جنوب لبنان.',
        ("killed", "actor:hezbollah", 2),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), MEMBERS)
def test_a_member_noun_takes_the_party_after_it(
    lang: str, text: str, row: tuple[str, str, int]
) -> None:
    assert row in _rows(lang, text)


def test_an_arabic_dual_of_a_soldier_noun_counts_two() -> None:
    assert _rows("ar", "قتل عنصرين أثناء الهجوم على الحاجز.") == [("killed", "combatants", 2)]


# -- a day between a noun of an outcome and its "of" ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "row"),
    [
        (
            "en",
            "Police announced the arrest on Friday of three members of the ADF.",
            ("captured", "actor:adf", 3),
        ),
        (
            "es",
            "La Fiscalía confirmó la detención el viernes de tres presuntos miembros del ELN.",
            ("captured", "actor:eln", 3),
        ),
        (
            "pt",
            "A polícia anunciou a detenção na sexta-feira de dois integrantes do PCC.",
            ("captured", "combatants", 2),
        ),
        (
            "fr",
            "La police a annoncé l'arrestation vendredi de trois membres de l'ADF.",
            ("captured", "total", 3),
        ),
        (
            "de",
            "Die Polizei meldete die Festnahme am Freitag von drei Mitgliedern der ADF.",
            ("captured", "actor:adf", 3),
        ),
    ],
)
def test_a_day_between_the_noun_of_an_outcome_and_its_of(
    lang: str, text: str, row: tuple[str, str, int]
) -> None:
    assert _rows(lang, text) == [row]
