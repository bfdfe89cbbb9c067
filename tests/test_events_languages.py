"""Event types read in every language of the lexicon, and a lexicon that lacks families.

Each row is a sentence written for this test in the style of that language's wire copy,
with the ACLED sub-event type a careful reader gives the event it reports (the first
engagement of the report is the main event).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._events import find_event_cues
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import SubEventType

S = SubEventType
PUBLISHED = dt.date(2024, 11, 30)

MAIN_EVENT = [
    # French
    (
        "fr",
        "Des hommes armés ont enlevé deux enseignants près de Djibo mardi.",
        S.ABDUCTION_FORCED_DISAPPEARANCE,
    ),
    ("fr", "Une frappe aérienne a touché un marché de la ville jeudi.", S.AIR_DRONE_STRIKE),
    ("fr", "La police a arrêté trois suspects dans le quartier mardi.", S.ARRESTS),
    ("fr", "Des affrontements ont opposé l'armée à des jihadistes près de Gao.", S.ARMED_CLASH),
    (
        "fr",
        "Des centaines de manifestants ont été dispersés par la police à coups de gaz lacrymogènes.",
        S.PROTEST_WITH_INTERVENTION,
    ),
    (
        "fr",
        "Un engin explosif improvisé a visé un convoi militaire.",
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    ),
    ("fr", "Des villageois ont lynché un voleur présumé au marché.", S.MOB_VIOLENCE),
    # Spanish
    (
        "es",
        "Hombres armados secuestraron a un comerciante en Culiacán el martes.",
        S.ABDUCTION_FORCED_DISAPPEARANCE,
    ),
    ("es", "Un ataque con drones alcanzó una estación de policía el jueves.", S.AIR_DRONE_STRIKE),
    (
        "es",
        "Militares y disidentes de las FARC sostuvieron enfrentamientos en Arauca.",
        S.ARMED_CLASH,
    ),
    ("es", "Pobladores lincharon a un presunto ladrón en Puebla.", S.MOB_VIOLENCE),
    (
        "es",
        "Miles de maestros marcharon en la capital para exigir aumentos salariales.",
        S.PEACEFUL_PROTEST,
    ),
    ("es", "La policía detuvo a cinco sospechosos en el operativo.", S.ARRESTS),
    # Portuguese
    (
        "pt",
        "Homens armados raptaram três raparigas em Muidumbe na terça-feira.",
        S.ABDUCTION_FORCED_DISAPPEARANCE,
    ),
    (
        "pt",
        "Manifestantes bloquearam a estrada e queimaram pneus em Nampula.",
        S.VIOLENT_DEMONSTRATION,
    ),
    (
        "pt",
        "As forças ruandesas retomaram a vila de Mucojo após combates.",
        S.GOVERNMENT_REGAINS_TERRITORY,
    ),
    ("pt", "A polícia deteve sete suspeitos durante a operação.", S.ARRESTS),
    ("pt", "Um ataque aéreo atingiu uma base dos insurgentes.", S.AIR_DRONE_STRIKE),
    # German
    (
        "de",
        "Bei einem Drohnenangriff auf Odessa wurden zwei Menschen verletzt.",
        S.AIR_DRONE_STRIKE,
    ),
    (
        "de",
        "Bewaffnete entführten am Dienstag drei Helfer in Darfur.",
        S.ABDUCTION_FORCED_DISAPPEARANCE,
    ),
    (
        "de",
        "Tausende Menschen demonstrierten in Tel Aviv für ein Geiselabkommen.",
        S.PEACEFUL_PROTEST,
    ),
    ("de", "Die Polizei setzte Wasserwerfer gegen Demonstranten ein.", S.PROTEST_WITH_INTERVENTION),
    ("de", "Die Armee und Rebellen lieferten sich heftige Gefechte.", S.ARMED_CLASH),
    # Russian
    (
        "ru",
        "ВСУ обстреляли Горловку из реактивных систем залпового огня.",
        S.SHELLING_ARTILLERY_MISSILE_ATTACK,
    ),
    (
        "ru",
        "Полиция задержала двух участников акции протеста в Курске.",
        S.PROTEST_WITH_INTERVENTION,
    ),
    ("ru", "Жители Курской области вышли на митинг с требованием эвакуации.", S.PEACEFUL_PROTEST),
    ("ru", "Силы ПВО сбили над Белгородом восемь беспилотников.", S.DISRUPTED_WEAPONS_USE),
    (
        "ru",
        "Неизвестные вооруженные люди похитили предпринимателя.",
        S.ABDUCTION_FORCED_DISAPPEARANCE,
    ),
    # Ukrainian
    ("uk", "Росіяни завдали авіаудару керованими авіабомбами по Харкову.", S.AIR_DRONE_STRIKE),
    ("uk", "У Києві відбулася акція на підтримку військовополонених.", S.PEACEFUL_PROTEST),
    ("uk", "Поліція затримала жительку міста за підозрою у колабораціонізмі.", S.ARRESTS),
    ("uk", "Україна та Росія провели обмін полоненими.", S.AGREEMENT),
    ("uk", "Ворог обстріляв Херсон з артилерії.", S.SHELLING_ARTILLERY_MISSILE_ATTACK),
    # Arabic
    ("ar", "شنت طائرات حربية غارات جوية على مدينة أريحا.", S.AIR_DRONE_STRIKE),
    ("ar", "اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين في ريف دير الزور.", S.ARMED_CLASH),
    ("ar", "اختطف مسلحون مجهولون ثلاثة مدنيين في تعز.", S.ABDUCTION_FORCED_DISAPPEARANCE),
    ("ar", "خرج المئات في مظاهرة سلمية في السويداء.", S.PEACEFUL_PROTEST),
    ("ar", "انفجرت عبوة ناسفة بسيارة عسكرية في درعا.", S.REMOTE_EXPLOSIVE_LANDMINE_IED),
    # Turkish
    ("tr", "Teröristler Azez'e roketli saldırı düzenledi.", S.SHELLING_ARTILLERY_MISSILE_ATTACK),
    ("tr", "Güvenlik güçleri operasyonda 32 şüpheliyi gözaltına aldı.", S.ARRESTS),
    ("tr", "Silahlı kişiler üç çocuğu kaçırdı.", S.ABDUCTION_FORCED_DISAPPEARANCE),
    ("tr", "Hava harekatında 9 terörist etkisiz hale getirildi.", S.AIR_DRONE_STRIKE),
    (
        "tr",
        "Yol kenarına tuzaklanan el yapımı patlayıcı infilak etti.",
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    ),
]


@pytest.mark.slow  # compiles every reader's grammar for eight languages
@pytest.mark.parametrize(("code", "text", "expected"), MAIN_EVENT)
def test_the_main_event_in_every_language(code: str, text: str, expected: SubEventType) -> None:
    report = extract_report(text, published=PUBLISHED, lexicon=code)
    types = [e.sub_event_type for e in report.engagements]
    assert types, text
    assert types[0] is expected, (text, types)


def _without_families(base: Lexicon, keep: frozenset[str]) -> Lexicon:
    """``base`` with only the event families ``keep`` (and the combinations among them)."""
    events = dict(base.tables["events"])
    events["families"] = [f for f in events["families"] if f["name"] in keep]
    events["combinations"] = [
        c for c in events["combinations"] if c["when"] in keep and set(c["with"]) & keep
    ]
    return Lexicon(language=base.language, tables={**base.tables, "events": events})


def _engagements(text: str, lexicon: Lexicon) -> list[SubEventType | None]:
    from conflict_events.extract._events import article_key, build_engagements
    from conflict_events.model import Attribution

    return [
        e.sub_event_type
        for e in build_engagements(
            text,
            sentences=[(0, len(text))],
            actor_mentions=[],
            actors={},
            place_mentions=[],
            dates=[],
            facts={},
            anchor=PUBLISHED,
            article_key=article_key(text),
            default_attribution=Attribution(source_name="the article"),
            lexicon=lexicon,
        )
    ]


def test_a_family_missing_from_a_language_is_simply_absent() -> None:
    # A lexicon with no assailant, killing or mob family: people seized after a capture
    # cue still read as an attack typed by who acted, and the missing cues find nothing.
    lexicon = _without_families(load("en"), frozenset({"capture", "clash", "air"}))
    assert _engagements("Villagers captured two suspected thieves.", lexicon) == [S.MOB_VIOLENCE]
    assert _engagements("Gunmen killed a farmer; a mob lynched him.", lexicon) == []
    assert find_event_cues("Gunmen killed a farmer.", lexicon=lexicon) == []
    assert [c.family for c in find_event_cues("Air strikes hit the town.", lexicon=lexicon)] == [
        "air"
    ]
    # ... and every shipped language's grammar compiles with the families it has
    for code in ("fr", "es", "pt", "de", "ru", "uk", "ar", "tr"):
        assert find_event_cues("", lexicon=code) == []
