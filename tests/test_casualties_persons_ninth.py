"""Persons and counts real copy names that the reader missed (issue 14, the ninth session of
2026-12-07, part F3b): each construction in the languages that have it, on sentences written
for these tests, with sentences that must stay as they were (docs/casualties-and-claims.md,
"Ninth session (F3b): persons and counts real copy names")."""

from __future__ import annotations

import pytest
from reading import WordedFigure as Row
from reading import worded_figures

from conflict_events.parse._counts import parse_count


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an officer named by rank or role alone is one combatant
        (
            "fr",
            "Un capitaine de 34 ans a été tué dans l'embuscade.",
            [("Un capitaine de 34 ans", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "es",
            "Un teniente resultó herido durante el ataque.",
            [("Un teniente", "injured", "combatants", 1, 1, "exact")],
        ),
        (
            "pt",
            "Um sargento morreu no confronto.",
            [("Um sargento", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "de",
            "Ein Hauptmann wurde bei dem Gefecht getötet.",
            [("Ein Hauptmann", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "tr",
            "Çatışmada bir yüzbaşı yaralandı.",
            [("bir yüzbaşı", "injured", "combatants", 1, 1, "exact")],
        ),
        (
            "ru",
            "В результате обстрела погиб командир взвода.",
            [("командир", "killed", "combatants", 1, 1, "exact")],
        ),
        ("ru", "Ранен майор.", [("майор", "injured", "combatants", 1, 1, "exact")]),
        (
            "uk",
            "Унаслідок удару загинув командир батареї.",
            [("командир", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "uk",
            "Загинув військовослужбовець.",
            [("військовослужбовець", "killed", "combatants", 1, 1, "exact")],
        ),
        ("ar", "قتل ضابط في الاشتباكات.", [("ضابط", "killed", "combatants", 1, 1, "exact")]),
        ("ar", "أصيب ضابطان في الانفجار.", [("ضابطان", "injured", "combatants", 2, 2, "exact")]),
        # one person after an "among" frame's copula
        (
            "en",
            "Among the dead was a platoon commander.",
            [("a platoon commander", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "en",
            "Among the wounded was also a 15-year-old girl.",
            [("a 15-year-old girl", "injured", "civilians", 1, 1, "exact")],
        ),
        (
            "fr",
            "Parmi les morts figure un sergent de 41 ans.",
            [("un sergent de 41 ans", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "ru",
            "Среди погибших оказался командир роты.",
            [("командир", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "ru",
            "Среди раненых была 80-летняя пенсионерка.",
            [("80-летняя пенсионерка", "injured", "civilians", 1, 1, "exact")],
        ),
        (
            "uk",
            "Серед загиблих опинився командир батальйону.",
            [("командир", "killed", "combatants", 1, 1, "exact")],
        ),
        # a singular subject after an opening quote
        (
            "en",
            '"A 9-year-old girl and her grandmother died there," a neighbour said.',
            [
                ("A 9-year-old girl", "killed", "civilians", 1, 1, "exact"),
                ("her grandmother", "killed", "civilians", 1, 1, "exact"),
            ],
        ),
        (
            "en",
            '"A sergeant was wounded," the officer said.',
            [("A sergeant", "injured", "combatants", 1, 1, "exact")],
        ),
        # a speaker's own side: "we lost N of our men"
        (
            "en",
            "We lost nine of our men in the ambush.",
            [("nine of our men", "killed", "combatants", 9, 9, "exact")],
        ),
        (
            "en",
            "The movement said it lost three of its fighters.",
            [("three of its fighters", "killed", "combatants", 3, 3, "exact")],
        ),
        # collective and approximate counts with a genitive
        (
            "ru",
            "Авиация уничтожила более десятка боевиков.",
            [("более десятка боевиков", "killed", "combatants", 10, None, "more_than")],
        ),
        (
            "uk",
            "Загинули понад десяток людей.",
            [("понад десяток людей", "killed", "total", 10, None, "more_than")],
        ),
        (
            "ru",
            # (collaborators are people of no side: relation_nouns, the key of ru/99 and the
            # fourteenth session's head rule; the ninth session read them as combatants)
            "Повстанцы сообщили о захвате 11 пособников режима.",
            [("11 пособников режима", "captured", "total", 11, 11, "exact")],
        ),
        (
            "uk",
            "Затримано щонайменше 52 учасники протесту.",
            [("щонайменше 52 учасники протесту", "captured", "total", 52, None, "at_least")],
        ),
        (
            "ru",
            "Задержано не менее 46 участников акции.",
            [("не менее 46 участников акции", "captured", "total", 46, None, "at_least")],
        ),
        # a count whose noun is elided after a dash copula
        (
            "uk",
            "Унаслідок атаки загинули 3 людини, щонайменше 11 – поранені.",
            [
                ("3 людини", "killed", "total", 3, 3, "exact"),
                ("щонайменше 11", "injured", "total", 11, None, "at_least"),
            ],
        ),
        (
            "ru",
            "Погибли 2 человека, еще 9 — ранены.",
            [
                ("2 человека", "killed", "total", 2, 2, "exact"),
                ("9", "injured", "total", 9, 9, "exact"),
            ],
        ),
        # Turkish: the adjective of the outcome before the count, the wounded not saved
        (
            "tr",
            "Ağır yaralı 6 kişi hastaneye kaldırıldı.",
            [("6 kişi", "injured", "total", 6, 6, "exact")],
        ),
        (
            "tr",
            "Çatışmada yaralanan İranlı 1 şüpheli kurtarılamadı.",
            [("1 şüpheli", "killed", "total", 1, 1, "exact")],
        ),
        # Mexican thousands: "mil 300" is 1,300
        (
            "es",
            "Unos mil 300 pobladores huyeron de sus comunidades.",
            [("Unos mil 300 pobladores", "displaced", "civilians", 1300, 1300, "approximately")],
        ),
        (
            "es",
            "Los combates provocaron la huida de 3 mil 400 habitantes.",
            [("3 mil 400 habitantes", "displaced", "civilians", 3400, 3400, "exact")],
        ),
        # displacement after a long subject: the people come from a place
        (
            "fr",
            "Plus de 700 habitants du village de Diallassagou ont quitté leurs foyers.",
            [
                (
                    "Plus de 700 habitants du village de Diallassagou",
                    "displaced",
                    "civilians",
                    700,
                    None,
                    "more_than",
                )
            ],
        ),
        (
            "pt",
            "Cerca de 900 moradores da aldeia de Mucojo deixaram as suas casas.",
            [
                (
                    "Cerca de 900 moradores da aldeia de Mucojo",
                    "displaced",
                    "civilians",
                    900,
                    900,
                    "approximately",
                )
            ],
        ),
        (
            "de",
            "Mehr als 400 Bewohner verließen ihre Häuser.",
            [("Mehr als 400 Bewohner", "displaced", "civilians", 400, None, "more_than")],
        ),
        (
            "es",
            "Huyen más de 500 habitantes de la región por la violencia.",
            [
                (
                    "más de 500 habitantes de la región",
                    "displaced",
                    "civilians",
                    500,
                    None,
                    "more_than",
                )
            ],
        ),
    ],
)
def test_construction(lang: str, text: str, expected: list[Row]) -> None:
    assert worded_figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a head that is also an adjective, before a thing: no people
        ("ru", "Удары уничтожили 14 военных машин."),
        ("ru", "Сообщается о захвате 12 военных объектов."),
        ("uk", "Повідомляється про захоплення 12 військових об'єктів."),
        # capture of places is no figure
        ("ru", "Боевики заявили о захвате трех населенных пунктов."),
        # a thing after "among the dead was" is no person
        ("en", "Among the dead was a major attack."),
    ],
)
def test_none(lang: str, text: str) -> None:
    assert worded_figures(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("es", "mil 200", 1200, 1200),
        ("es", "2 mil 500", 2500, 2500),
        ("es", "mil", 1000, 1000),
        ("ru", "более десятка", 10, None),
        ("uk", "десяток", 10, 10),
    ],
)
def test_count(lang: str, text: str, low: int, high: int | None) -> None:
    count = parse_count(text, lexicon=lang)
    assert (count.low, count.high) == (low, high)


def test_wounded_then_dead() -> None:
    """An outcome of injury before the count and death after it: killed (tr)."""
    text = "Ağır yaralı 3 askerin daha hastanede hayatını kaybettiği bildirildi."
    assert [f[1:] for f in worded_figures(text, "tr")] == [("killed", "combatants", 3, 3, "exact")]
