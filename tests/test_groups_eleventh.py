"""Eleventh session (groups): the group a careful reader gives a figure, in every language
that has the construction (docs/casualties-and-claims.md, "Eleventh session: groups")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report

_DAY = dt.date(2026, 3, 10)


def _groups(text: str, lang: str) -> list[tuple[str, str, int | None]]:
    report = extract_report(text, published=_DAY, lexicon=lang)
    return [(f.outcome.value, f.group, f.count.low) for r in report.casualties for f in r.figures]


# -- people civilian by their trade or state --------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "outcome", "low"),
    [
        ("en", "Gunmen abducted 9 travellers on the highway near the river.", "captured", 9),
        ("en", "Two security guards were killed at the entrance of the club.", "killed", 2),
        ("en", "Four members of one family were killed when the shell hit.", "killed", 4),
        ("es", "Entre los muertos figura un guardia de seguridad del bar.", "killed", 1),
        ("es", "Los agresores se llevaron a un comisariado ejidal de la zona.", "captured", 1),
        ("pt", "Entre as vítimas está um régulo de 58 anos, disse a fonte.", "killed", 1),
        ("pt", "O ataque provocou a morte de três motoristas de autocarros.", "killed", 3),
        ("fr", "Deux agents de sécurité ont été tués devant le bar.", "killed", 2),
        ("de", "Bei dem Überfall wurden drei Busfahrer entführt.", "captured", 3),
        ("uk", "Загинули четверо членів однієї родини.", "killed", 4),
        ("uk", "Ще троє працівників дістали поранень.", "injured", 3),
        ("ru", "Погибли четверо членов одной семьи.", "killed", 4),
    ],
)
def test_civilian_by_trade_or_state(lang: str, text: str, outcome: str, low: int) -> None:
    assert (outcome, "civilians", low) in _groups(text, lang)


def test_police_workers_stay_combatants() -> None:
    # the longer phrase of a police force's people wins over the civilian noun
    assert ("killed", "combatants", 2) in _groups("Загинули двоє працівників поліції.", "uk")


# -- members of a party the registry does not know ---------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "outcome", "low"),
    [
        (
            "es",
            "Soldados capturaron a tres presuntos integrantes del frente Dagoberto Ramos.",
            "captured",
            3,
        ),
        ("es", "La policía detuvo a cinco presuntos miembros de Los Rastrojos.", "captured", 5),
        ("pt", "Ontem a polícia prendeu dois integrantes da Tropa do Vale Seco.", "captured", 2),
        ("fr", "Trois membres de Kraze Baryè ont été tués lors de l'assaut.", "killed", 3),
    ],
)
def test_members_of_a_named_party(lang: str, text: str, outcome: str, low: int) -> None:
    assert (outcome, "combatants", low) in _groups(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two members of Parliament were killed in the blast."),
        ("es", "Murieron dos integrantes de la comunidad en el ataque."),
    ],
)
def test_members_of_no_party(lang: str, text: str) -> None:
    assert all(g != "combatants" for _, g, _ in _groups(text, lang))


# -- a foreign state's forces: the force deployed abroad the article names -----------------------
_DEPLOYED = {
    "en": (
        "Africa Corps convoy ambushed in northern Mali\n\n"
        "A convoy of the Africa Corps and the Malian army was ambushed between Gao and "
        "Ansongo in Mali, local sources said. At least six Russian soldiers were killed, they said.\n\n"
        "The Africa Corps answers to the Russian defence ministry."
    ),
    "ru": (
        "Колонна «Африканского корпуса» попала в засаду в Мали\n\n"
        "Колонна «Африканского корпуса» и малийской армии попала в засаду между Гао и "
        "Ансонго на севере Мали. "
        "По данным источников, погибли не менее шести российских военных.\n\n"
        "«Африканский корпус» подчиняется Минобороны России."
    ),
}


@pytest.mark.parametrize("lang", sorted(_DEPLOYED))
def test_foreign_forces_are_the_deployed_force(lang: str) -> None:
    assert ("killed", "actor:africa-corps", 6) in _groups(_DEPLOYED[lang], lang)


def test_foreign_forces_without_the_deployed_force_named() -> None:
    text = "Russian forces shelled Kherson. At least six Russian soldiers were killed, Kyiv said."
    assert all(g != "actor:africa-corps" for _, g, _ in _groups(text, "en"))


# -- "N of them" after a passive's agent ----------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "At least six herders were abducted on Friday by armed men near the border, "
            "and two of them were found dead.",
        ),
        (
            "fr",
            "Au moins cinq pêcheurs ont été enlevés samedi par des hommes armés près du "
            "fleuve, et trois d'entre eux ont été retrouvés morts.",
        ),
        (
            "es",
            "Al menos seis campesinos fueron secuestrados el viernes por varios hombres cerca de "
            "la frontera, y dos de ellos fueron hallados muertos.",
        ),
        (
            "pt",
            "Pelo menos seis camponeses foram raptados na sexta-feira por homens armados perto "
            "da fronteira, e dois deles foram encontrados mortos.",
        ),
    ],
)
def test_them_after_a_passive_agent(lang: str, text: str) -> None:
    killed = [(g, n) for o, g, n in _groups(text, lang) if o == "killed"]
    assert killed
    assert killed[0][0] == "civilians"


# -- arrests in a story of mob violence ---------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested 14 people who took part in the lynching of the two men."),
        ("es", "La policía detuvo a 14 personas que participaron en el linchamiento."),
        ("tr", "Linç girişimine katılan 14 kişinin gözaltına alındığı bildirildi."),
    ],
)
def test_arrests_in_a_mob_story_stay_total(lang: str, text: str) -> None:
    assert ("captured", "total", 14) in _groups(text, lang)


# -- a party called by its name's first word (Arabic) -------------------------------------------
def test_short_form_of_a_name_given_before() -> None:
    text = (
        "هجوم على نقطة للحشد الشعبي في صلاح الدين\n\n"
        "أفاد مصدر أمني بأن هجوماً استهدف نقطة تابعة للحشد الشعبي شمالي المحافظة. "
        "وأعلن المصدر مقتل ثلاثة عناصر من الحشد وإصابة اثنين آخرين."
    )
    assert ("killed", "actor:pmf", 3) in _groups(text, "ar")


# -- "in the ranks of" a party -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "actor", "low"),
    [
        ("en", "The statement reported three dead in the ranks of the Malian army.", "mali-mil", 3),
        (
            "es",
            "El comunicado informó de tres muertos en las filas del ejército colombiano.",
            "col-mil",
            3,
        ),
        (
            "fr",
            "Le communiqué fait état de trois morts dans les rangs de l'armée malienne.",
            "mali-mil",
            3,
        ),
        ("ru", "Генштаб сообщил о шести погибших в рядах малийской армии.", "mali-mil", 6),
    ],
)
def test_in_the_ranks_of_a_party(lang: str, text: str, actor: str, low: int) -> None:
    assert ("killed", f"actor:{actor}", low) in _groups(text, lang)
