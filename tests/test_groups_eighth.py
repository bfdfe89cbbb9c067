"""A group's members named by the organisation's noun ("three members of the group", "عناصر
التنظيم", "Mitglieder der Miliz"): the group the article introduced with that noun, else its
one non-state armed group (docs/names.md, "The group named before"; issue 14, eighth session).
Sentences written for these tests, several per language."""

from __future__ import annotations

import pytest

from conflict_events import ActorRegistry, Gazetteer
from tests.reading import article_groups


@pytest.fixture(scope="module")
def parts() -> tuple[ActorRegistry, Gazetteer]:
    return ActorRegistry.default(), Gazetteer.default()


POINTS_BACK = [
    # the one group the article names
    (
        "en",
        "Al-Shabaab fighters stormed a base in Lower Shabelle. Soldiers killed three members "
        "of the group.",
        "three members of the group",
        "actor:al-shabaab",
    ),
    (
        "en",
        "A militia known as the M23 attacked Goma on Monday. Four members of the militia "
        "were killed.",
        "Four members of the militia",
        "actor:m23",
    ),
    # the group introduced with the noun, beside another group
    (
        "en",
        "Jihadists of the Islamic State group and JNIM militants attacked Menaka. Six "
        "members of the group were killed.",
        "Six members of the group",
        "actor:isis",
    ),
    (
        "fr",
        "Des jihadistes de Boko Haram ont attaqué Tourou lundi. Quatre éléments du groupe ont "
        "été tués.",
        "Quatre éléments du groupe",
        "actor:boko-haram",
    ),
    (
        "fr",
        "Le groupe Boko Haram a attaqué Tourou. L'armée a tué cinq membres de l'organisation.",
        "cinq membres de l'organisation",
        "actor:boko-haram",
    ),
    (
        "es",
        "Guerrilleros del ELN atacaron una base militar en Arauca. Tres miembros del grupo "
        "murieron en el combate.",
        "Tres miembros del grupo",
        "actor:eln",
    ),
    (
        "es",
        "El grupo guerrillero ELN atacó una patrulla en Arauca. Los militares abatieron a "
        "cinco miembros de la organización.",
        "cinco miembros de la organización",
        "actor:eln",
    ),
    (
        "pt",
        "Insurgentes do grupo Al-Shabaab atacaram uma aldeia em Macomia. Os militares "
        "mataram quatro membros do grupo.",
        "quatro membros do grupo",
        "actor:al-shabaab",
    ),
    (
        "de",
        "Kämpfer der Miliz M23 griffen am Montag Goma an. Soldaten töteten fünf Mitglieder "
        "der Miliz.",
        "fünf Mitglieder der Miliz",
        "actor:m23",
    ),
    (
        "de",
        "Kämpfer der Taliban griffen einen Posten an. Zwei Mitglieder der Organisation wurden "
        "getötet.",
        "Zwei Mitglieder der Organisation",
        "actor:taliban",
    ),
    (
        "ru",
        "Боевики группировки «Талибан» напали на блокпост. Военные ликвидировали трёх "
        "боевиков группировки.",
        "трёх боевиков группировки",
        "actor:taliban",
    ),
    (
        "ru",
        "Боевики группировки «Талибан» напали на блокпост. В бою погибли двое боевиков "
        "группировки.",
        "двое боевиков группировки",
        "actor:taliban",
    ),
    (
        "uk",
        "Бойовики угруповання «Талібан» напали на блокпост. Військові ліквідували трьох "
        "бойовиків угруповання.",
        "трьох бойовиків угруповання",
        "actor:taliban",
    ),
    (
        "tr",
        "PKK terör örgütü bir karakola saldırdı. Çatışmada 3 örgüt mensubu öldürüldü.",
        "3 örgüt mensubu",
        "actor:pkk",
    ),
    (
        "tr",
        "Taliban örgütü bir karakola saldırdı. Çatışmada 2 örgüt mensubu öldü.",
        "2 örgüt mensubu",
        "actor:taliban",
    ),
    # Arabic: the noun of the group's name ("تنظيم داعش", "جماعة الحوثي"), also beside the SDF
    (
        "ar",
        "هاجم مسلحون من تنظيم داعش قرية في دير الزور. وقتلت قوات سوريا الديمقراطية ثلاثة من "
        "عناصر التنظيم.",
        "ثلاثة من عناصر التنظيم",
        "actor:isis",
    ),
    (
        "ar",
        "أعلن تنظيم داعش مسؤوليته عن هجوم على حاجز للجيش. وقتل اثنان من عناصر التنظيم.",
        "اثنان من عناصر التنظيم",
        "actor:isis",
    ),
    (
        "ar",
        "قصفت جماعة الحوثي حيا في تعز. وقتلت القوات الحكومية أربعة من عناصر الجماعة.",
        "أربعة من عناصر الجماعة",
        "actor:houthis",
    ),
    (
        "ar",
        "هاجمت جماعة الحوثي مواقع للجيش في مأرب. وقتل خمسة من عناصر الجماعة.",
        "خمسة من عناصر الجماعة",
        "actor:houthis",
    ),
]


@pytest.mark.parametrize(("language", "text", "words", "group"), POINTS_BACK)
def test_the_organisations_noun_points_back_to_its_group(
    parts: tuple[ActorRegistry, Gazetteer], language: str, text: str, words: str, group: str
) -> None:
    assert (words, group) in article_groups(parts, text, language)


UNREAD = [
    # two groups, neither introduced with the noun: either could be meant
    (
        "en",
        "Boko Haram and ISWAP fighters attacked Maiduguri. Two members of the group were killed.",
        "Two members of the group",
    ),
    # two groups introduced with the noun
    (
        "en",
        "The Islamic State group and the al-Shabaab group attacked Bosaso. Two members of the "
        "group were killed.",
        "Two members of the group",
    ),
]


@pytest.mark.parametrize(("language", "text", "words"), UNREAD)
def test_an_ambiguous_noun_names_no_group(
    parts: tuple[ActorRegistry, Gazetteer], language: str, text: str, words: str
) -> None:
    assert (words, "combatants") in article_groups(parts, text, language)


def test_an_indefinite_group_is_no_reference() -> None:
    """An indefinite "a group of bandits" is no group told before (the resolver reads the noun alone or
    after a definite article only)."""
    from conflict_events.extract._names import ArticleResolver

    resolver = ArticleResolver(
        ActorRegistry.default(),
        {},
        references={"group": "actor:al-shabaab"},
        definite=frozenset({"the"}),
    )
    assert resolver._lookup("the group") == "actor:al-shabaab"
    assert resolver._lookup("a group") is None
    assert resolver._lookup("armed group") is None
