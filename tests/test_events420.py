"""Events of the twentieth session: bodies found with the marks of violence, gangs as armed
perpetrators, and an arrest that follows the act it ends.

Bodies found "bearing signs of torture" or "with gunshot wounds" tell a killing someone did,
unnamed: an attack (ACLED codes the discovery so); a body alone ("the bodies of five soldiers
were recovered") is a toll.  A gang, a faction or a cartel acts as armed men, as it is hit as
armed men: "un ataque de la banda X contra un pueblo" names the attackers after the genitive
and the village after them.  "attacked two people before being arrested" is the attack and
then an arrest, not an arrest alone.  Every sentence was written for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.model import SubEventType

S = SubEventType
PUBLISHED = dt.date(2025, 3, 14)


def _subs(text: str, lang: str) -> list[SubEventType | None]:
    report = extract_report(text, published=PUBLISHED, lexicon=lang)
    return [e.sub_event_type for e in report.engagements]


BODIES = [
    (
        "en",
        "The bodies of three men bearing signs of torture were found on Sunday in a ditch "
        "near Kandi, police said.",
        [S.ATTACK],
    ),
    ("en", "Residents found the body of a trader with gunshot wounds near the market.", [S.ATTACK]),
    (
        "es",
        "Los cuerpos de dos jóvenes con huellas de tortura fueron hallados el lunes en un "
        "camino vecinal de Guasave, informó la Fiscalía.",
        [S.ATTACK],
    ),
    (
        "pt",
        "Os corpos de dois homens com sinais de tortura foram encontrados numa mata do "
        "distrito de Macomia, segundo fontes locais.",
        [S.ATTACK],
    ),
    (
        "fr",
        "Les corps de trois bergers portant des traces de balles ont été retrouvés mardi "
        "près de Kandi.",
        [S.ATTACK],
    ),
    (
        "de",
        "In einem Waldstück bei Kalat wurden am Montag die Leichen von vier Männern mit "
        "Folterspuren gefunden.",
        [S.ATTACK],
    ),
]


@pytest.mark.parametrize(("lang", "text", "subs"), BODIES)
def test_bodies_with_marks_of_violence_are_an_attack(
    lang: str, text: str, subs: list[SubEventType]
) -> None:
    assert _subs(text, lang) == subs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rescuers recovered the bodies of two fishermen from the river on Monday."),
        ("es", "Los cuerpos de los dos pescadores fueron recuperados del río el lunes."),
    ],
)
def test_bodies_alone_are_no_event(lang: str, text: str) -> None:
    assert _subs(text, lang) == []


GANGS = [
    (
        "pt",
        "Pelo menos 18 pessoas morreram num ataque do gangue Gran Grif à localidade de "
        "Liancourt, na madrugada de segunda-feira.",
        S.ATTACK,
    ),
    (
        "pt",
        "Pelo menos 11 pessoas morreram num ataque de uma quadrilha à povoação de Mucojo, "
        "na madrugada de sábado.",
        S.ATTACK,
    ),
    (
        "es",
        "Al menos 12 personas murieron en un ataque de la banda Los Choneros contra un "
        "pueblo de la provincia de Los Ríos.",
        S.ATTACK,
    ),
    ("pt", "Uma quadrilha atacou uma patrulha da polícia em Nova Iguaçu.", S.ARMED_CLASH),
    ("en", "Gang members looted shops in the market of Parakou.", S.LOOTING_PROPERTY_DESTRUCTION),
]


@pytest.mark.parametrize(("lang", "text", "sub"), GANGS)
def test_gangs_act_as_armed_men(lang: str, text: str, sub: SubEventType) -> None:
    assert _subs(text, lang)[:1] == [sub]


AFTER_ARREST = [
    (
        "en",
        "A herder attacked two farmers with a machete before being arrested by the police "
        "in Karimama on Monday.",
        [S.MOB_VIOLENCE, S.ARRESTS],
    ),
    (
        "es",
        "Un hombre atacó a dos vecinos con un machete antes de ser detenido por la Policía "
        "en Quevedo.",
        [S.MOB_VIOLENCE, S.ARRESTS],
    ),
    (
        "pt",
        "Um homem atacou dois vizinhos com uma catana antes de ser detido pela polícia em Pemba.",
        [S.MOB_VIOLENCE, S.ARRESTS],
    ),
    (
        "fr",
        "Un éleveur a attaqué deux cultivateurs à la machette avant d'être arrêté par la "
        "police à Kandi.",
        [S.MOB_VIOLENCE, S.ARRESTS],
    ),
    # (an arrest told first, with the act its object: one arrest, as before)
    ("en", "Police arrested two men who attacked a trader in Kalale.", [S.ARRESTS]),
]


@pytest.mark.parametrize(("lang", "text", "subs"), AFTER_ARREST)
def test_an_arrest_after_the_act_is_an_event_of_its_own(
    lang: str, text: str, subs: list[SubEventType]
) -> None:
    assert _subs(text, lang) == subs


CLANS = [
    (
        "en",
        "Rival clans clashed near Beledweyne on Monday, leaving six people dead.",
        S.ARMED_CLASH,
    ),
    (
        "tr",
        "Kurram'da geçen hafta iki aşiret arasında yaşanan çatışmalarda 12 kişi öldü.",
        S.ARMED_CLASH,
    ),
    # (farmers and herders fighting stay a mob, as ACLED codes them)
    ("en", "Farmers and herders clashed near Kandi on Monday.", S.MOB_VIOLENCE),
]


@pytest.mark.parametrize(("lang", "text", "sub"), CLANS)
def test_a_clash_of_clans_or_tribes_is_an_armed_clash(
    lang: str, text: str, sub: SubEventType
) -> None:
    assert _subs(text, lang) == [sub]


ARRESTS = [
    (
        "es",
        "El Ejército informó de la captura el domingo de tres presuntos integrantes de la "
        "banda en un retén de la vía a Tibú.",
    ),
    ("en", "Police announced the arrest on Monday of four suspects in Parakou."),
    (
        "de",
        "In der Provinzhauptstadt nahmen Soldaten nach Angaben von Bewohnern in der Nacht "
        "zu Freitag mindestens 30 junge Männer fest.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ARRESTS)
def test_an_arrest_with_words_between_its_parts(lang: str, text: str) -> None:
    assert _subs(text, lang) == [S.ARRESTS]


def test_a_feast_is_no_arrest() -> None:
    assert _subs("Die Gäste nahmen am Abend an einem Fest teil.", "de") == []


@pytest.mark.parametrize(
    ("lang", "text", "subs"),
    [
        # (the dateline's "Sin." is Sinaloa, not "sin", without: it blocks nothing after it)
        (
            "es",
            "CULIACÁN, Sin.- Un enfrentamiento entre civiles armados y elementos de la Guardia "
            "Nacional dejó ocho muertos en Villa Juárez.",
            [S.ARMED_CLASH],
        ),
        ("en", "The army did not capture the town.", []),
    ],
)
def test_a_blocking_word_of_the_sentence_before_blocks_nothing(
    lang: str, text: str, subs: list[SubEventType]
) -> None:
    assert _subs(text, lang) == subs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "As tropas chegaram à aldeia no domingo e perseguiram o grupo na mata, abatendo "
            "quatro insurgentes, segundo uma fonte militar.",
        ),
        (
            "es",
            "Los militares persiguieron a los agresores hasta un cerro de Tecpan, abatiendo a "
            "tres de ellos.",
        ),
    ],
)
def test_a_killing_gerund_after_a_pursuit_is_a_clash(lang: str, text: str) -> None:
    assert _subs(text, lang) == [S.ARMED_CLASH]


@pytest.mark.parametrize(
    ("lang", "text", "sub"),
    [
        # (the bomb is what the arrested are accused of: one arrest)
        (
            "es",
            "La Policía capturó a dos presuntos integrantes de la banda en Cúcuta, a quienes "
            "señaló de instalar artefactos explosivos en la vía.",
            S.ARRESTS,
        ),
        (
            "en",
            "Soldiers arrested three men who planted an improvised explosive device on the road.",
            S.ARRESTS,
        ),
        # (people held whose whereabouts are unknown: an abduction)
        (
            "es",
            "Dos comerciantes fueron retenidos por hombres armados el martes en la vereda El "
            "Carmen y se desconoce su paradero.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
    ],
)
def test_arrests_for_a_bomb_and_people_held_out_of_sight(
    lang: str, text: str, sub: SubEventType
) -> None:
    assert _subs(text, lang) == [sub]
