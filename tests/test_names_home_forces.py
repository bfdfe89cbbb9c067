"""Groups only the article's context gives, second round (docs/names.md, "A bare force
noun"): bare "soldiers" where the article names its own army and a foreign one only by
nationality, and the police nouns of every language as the article country's police.
Every text written for these tests."""

from __future__ import annotations

import pytest
from reading import article_groups as _groups

from conflict_events import ActorRegistry, Gazetteer


@pytest.fixture(scope="module")
def parts() -> tuple[ActorRegistry, Gazetteer]:
    return ActorRegistry.default(), Gazetteer.default()


# -- the home army named, a foreign one only by nationality ---------------------------------

HOME_AND_FOREIGN = [
    (
        "Bei Angriffen der malischen Armee nahe Gao wurden am Freitag mehrere Kämpfer getötet. "
        "Seit dem Abzug der französischen Truppen arbeitet Bamako mit Moskau zusammen. In der "
        "Nacht wurden bei Boulkessi mindestens fünf Soldaten getötet.",
        "de",
        "mindestens fünf Soldaten",
        "actor:mali-mil",
    ),
    (
        "The Malian army said it repelled an attack near Gao on Friday. Russian troops have "
        "backed the junta since 2022. Five soldiers were killed in the fighting near "
        "Boulkessi, Mali.",
        "en",
        "Five soldiers",
        "actor:mali-mil",
    ),
    (
        "L'armée malienne a repoussé une attaque près de Gao vendredi. Depuis le départ des "
        "troupes françaises, Bamako s'appuie sur Moscou. Cinq soldats ont été tués près de "
        "Boulkessi, au Mali.",
        "fr",
        "Cinq soldats",
        "actor:mali-mil",
    ),
]


@pytest.mark.parametrize(("text", "language", "words", "group"), HOME_AND_FOREIGN)
def test_bare_soldiers_are_the_home_army_beside_a_foreign_force_by_nationality(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str, words: str, group: str
) -> None:
    assert (words, group) in _groups(parts, text, language)


def test_a_foreign_force_named_more_often_keeps_them_combatants(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = (
        "The Malian army said Russian troops supported the operation near Gao, Mali. Russian "
        "warplanes also struck the area. Five soldiers were killed."
    )
    assert ("Five soldiers", "combatants") in _groups(parts, text)


def test_a_foreign_force_named_by_its_name_keeps_them_combatants(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = (
        "Mozambican troops and the Rwanda Defence Force launched an offensive near Macomia, "
        "Mozambique. Four soldiers were killed on Friday."
    )
    assert ("Four soldiers", "combatants") in _groups(parts, text)


def test_no_home_force_named_keeps_them_combatants(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = "Rwandan troops clashed with militants near Macomia, Mozambique. Four soldiers died."
    assert ("Four soldiers", "combatants") in _groups(parts, text)


# -- police nouns --------------------------------------------------------------------------

POLICE = [
    (
        "Bei Protesten in Lima, Peru, wurden am Samstag 17 Beamte verletzt.",
        "de",
        "17 Beamte",
        "actor:acled:police-forces-of-peru",
    ),
    (
        "Dos agentes murieron en un ataque armado en Culiacán, México, el domingo.",
        "es",
        "Dos agentes",
        "actor:acled:police-forces-of-mexico",
    ),
    (
        "Dois agentes foram mortos num ataque em Pemba, Moçambique, na sexta-feira.",
        "pt",
        "Dois agentes",
        "actor:acled:police-forces-of-mozambique",
    ),
    (
        "Two police officers were killed when gunmen attacked a checkpoint in Kano, Nigeria.",
        "en",
        "Two police officers",
        "actor:nigeria-police",
    ),
    (
        "Trois policiers ont été tués dans une embuscade près de Maradi, au Niger.",
        "fr",
        "Trois policiers",
        "actor:acled:police-forces-of-niger",
    ),
]


@pytest.mark.parametrize(("text", "language", "words", "group"), POLICE)
def test_police_nouns_are_the_countrys_police(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str, words: str, group: str
) -> None:
    groups = _groups(parts, text, language)
    assert (words, group) in groups, groups


def test_security_adjective_after_a_member_noun_in_arabic(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = "قُتل ما لا يقل عن 12 عنصراً أمنياً في هجمات شنها مسلحون في محافظة الأنبار بالعراق."
    groups = [group for _, group in _groups(parts, text, "ar")]
    assert "actor:iraq-mil" in groups, groups


# -- a state's forces written with capitals are no second group ------------------------------

ONE_GROUP_BESIDE_STATE_FORCES = [
    (
        "Las Fuerzas de Seguridad repelieron un ataque del ELN en Arauca, Colombia. Cuatro "
        "guerrilleros murieron en el combate.",
        "es",
        "Cuatro guerrilleros",
        "actor:eln",
    ),
    (
        "Les Forces de Défense et de Sécurité ont repoussé une attaque du JNIM près de Djibo, "
        "au Burkina Faso. Six terroristes ont été neutralisés.",
        "fr",
        "Six terroristes",
        "actor:jnim",
    ),
    (
        "The Security Forces repelled an al Shabaab attack on a base in Hiraan, Somalia. "
        "Twelve militants were killed.",
        "en",
        "Twelve militants",
        "actor:al-shabaab",
    ),
]


@pytest.mark.parametrize(("text", "language", "words", "group"), ONE_GROUP_BESIDE_STATE_FORCES)
def test_capitalised_state_forces_are_no_second_group(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str, words: str, group: str
) -> None:
    groups = _groups(parts, text, language)
    assert (words, group) in groups, groups


def test_an_unknown_armed_group_is_still_a_second_group(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = (
        "Fighters of the Mountain Lions Brigade and al Shabaab attacked a base in Hiraan, "
        "Somalia. Twelve militants were killed."
    )
    assert ("Twelve militants", "combatants") in _groups(parts, text)
