"""Forces and groups only the article's context names (docs/names.md, "A government's
forces", "A bare force noun"): "government troops", "the security forces", and "militants"
where the article names one non-state armed group.  Every text written for these tests."""

from __future__ import annotations

import pytest
from reading import article_groups as _groups

from conflict_events import ActorRegistry, Gazetteer
from conflict_events.extract._names import find_names


@pytest.fixture(scope="module")
def parts() -> tuple[ActorRegistry, Gazetteer]:
    return ActorRegistry.default(), Gazetteer.default()


def _actors(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str = "en"
) -> list[tuple[str, str]]:
    registry, gazetteer = parts
    names = find_names(text, registry, gazetteer, lexicon=language)
    return [(m.text, m.entity_id) for m in names.actor_mentions]


# -- "government forces" -------------------------------------------------------------------


def test_generic_government_phrases_are_no_alias_of_syrias_army() -> None:
    registry = ActorRegistry.default()
    for name in ("government forces", "government troops", "government soldiers"):
        assert registry._lookup_exact(name) is None
    assert registry.resolve("Syrian government forces").id == "actor:syria-mil"


@pytest.mark.parametrize(
    ("text", "language", "force"),
    [
        (
            "Militants overran an army base in Hiraan, Somalia, on Monday and battled "
            "government troops for hours.",
            "en",
            "actor:somalia-mil",
        ),
        (
            "Des jihadistes ont attaqué mardi les forces gouvernementales près de Djibo, "
            "dans le nord du Burkina Faso.",
            "fr",
            "actor:bf-mil",
        ),
        (
            "Milicianos atacaron a las fuerzas gubernamentales en Kidal, en el norte de Malí.",
            "es",
            "actor:mali-mil",
        ),
        (
            "Insurgentes atacaram as tropas do governo em Macomia, Cabo Delgado, Moçambique.",
            "pt",
            "actor:fadm",
        ),
        (
            "Rebellen griffen am Montag Regierungstruppen bei Goma an, meldete ein Sender "
            "aus Bukavu.",
            "de",
            "actor:fardc",
        ),
        (
            "Боевики атаковали правительственные войска в Мали, недалеко от Тимбукту.",
            "ru",
            "actor:mali-mil",
        ),
        (
            "Бойовики атакували урядові війська поблизу Гао на півночі Малі.",
            "uk",
            "actor:mali-mil",
        ),
        (
            "Mali'nin kuzeyinde militanlar hükümet güçlerine saldırdı.",
            "tr",
            "actor:mali-mil",
        ),
        (
            "هاجم مسلحون والقوات الحكومية في شمال العراق.",
            "ar",
            "actor:iraq-mil",
        ),
    ],
)
def test_government_forces_are_the_article_countrys(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str, force: str
) -> None:
    found = [actor for _, actor in _actors(parts, text, language)]
    assert force in found
    assert "actor:syria-mil" not in found


def test_government_soldiers_as_a_group(parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = (
        "Insurgents stormed a base near Beledweyne in central Somalia on Sunday. The group "
        "said it killed 23 government soldiers."
    )
    assert ("23 government soldiers", "actor:somalia-mil") in _groups(parts, text)


def test_government_forces_are_read_beside_a_foreign_force(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    # Foreign troops are not the government's: "government forces" stay Syria's.
    text = (
        "Russian warplanes struck Idlib on Monday as government forces shelled Saraqib. "
        "Rebels said they killed 14 government soldiers near Aleppo."
    )
    assert ("government forces", "actor:syria-mil") in _actors(parts, text)
    assert ("14 government soldiers", "actor:syria-mil") in _groups(parts, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed pro-government forces near Tillaberi in Niger on Monday.",
        "Protesters clashed with anti-government forces near Tillaberi in Niger.",
        "The Chadian government troops left Tillaberi in Niger on Monday.",
    ],
)
def test_stance_and_a_capitalised_word_make_no_mention(
    parts: tuple[ActorRegistry, Gazetteer], text: str
) -> None:
    assert all(actor != "actor:niger-mil" for _, actor in _actors(parts, text))


def test_no_country_no_government_force(parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = "Rebels said they killed 12 government soldiers on Monday."
    assert _groups(parts, text) == [("12 government soldiers", "combatants")]


# -- "security forces" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "force"),
    [
        (
            "Gunmen attacked a checkpoint in Bannu, Pakistan, on Monday, killing three members "
            "of the security forces.",
            "en",
            "actor:pak-mil",
        ),
        (
            "قتل 11 عنصرا من قوات الأمن في اشتباكات مع مسلحين في البصرة جنوب العراق.",
            "ar",
            "actor:iraq-mil",
        ),
        (
            "Au moins six membres des forces de sécurité ont été tués à Djibo, au Burkina Faso.",
            "fr",
            "actor:bf-mil",
        ),
    ],
)
def test_security_forces_are_the_article_countrys(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str, force: str
) -> None:
    assert force in [group for _, group in _groups(parts, text, language)]


def test_security_forces_stay_combatants_beside_a_foreign_force(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = (
        "Rwandan troops and militants clashed near Macomia, Mozambique, on Friday, killing "
        "four members of the security forces."
    )
    groups = [group for _, group in _groups(parts, text)]
    assert "actor:fadm" not in groups
    assert "actor:rdf" not in groups


# -- "militants": the one non-state group named ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        (
            "Al Shabaab fighters attacked a base in Hiraan, Somalia. The army said 30 militants "
            "were killed.",
            "en",
            "actor:al-shabaab",
        ),
        (
            "Boko Haram a attaqué une position de l'armée à Diffa, au Niger. L'armée affirme "
            "avoir tué 25 terroristes.",
            "fr",
            "actor:boko-haram",
        ),
        (
            "El ELN atacó una base militar en Arauca, Colombia. El Ejército dijo que murieron "
            "cuatro guerrilleros.",
            "es",
            "actor:eln",
        ),
        (
            "Вооружённые боевики группировки «Аш-Шабаб» атаковали базу в Сомали. Военные "
            "заявили, что уничтожили 40 боевиков.",
            "ru",
            "actor:al-shabaab",
        ),
        (
            "PKK'lı teröristler Hakkari'de karakola saldırdı. Çatışmada 5 terörist etkisiz hale "
            "getirildi.",
            "tr",
            "actor:pkk",
        ),
    ],
)
def test_militants_are_the_one_group_named(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str, group: str
) -> None:
    assert group in [g for _, g in _groups(parts, text, language)]


def test_two_groups_named_stay_combatants(parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = (
        "Boko Haram and ISWAP fighters clashed near Lake Chad in Borno, Nigeria. The army "
        "said 30 militants were killed."
    )
    assert ("30 militants", "combatants") in _groups(parts, text)


def test_a_backer_named_is_no_second_group(parts: tuple[ActorRegistry, Gazetteer]) -> None:
    text = (
        "The al Qaeda-linked al Shabaab attacked a base in Hiraan, Somalia. The army said "
        "more than 20 militants were killed."
    )
    assert ("more than 20 militants", "actor:al-shabaab") in _groups(parts, text)


def test_an_unknown_armed_group_is_a_second_group(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = (
        "Al Shabaab and the Jubaland Liberation Front both claimed attacks in Gedo, Somalia. "
        "Officials said 12 militants were killed."
    )
    assert ("12 militants", "combatants") in _groups(parts, text)


# -- a ministry naming its own soldiers (tr) and village guards ----------------------------


def test_turkish_comrades_in_arms_are_the_countrys_soldiers(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = (
        "ŞIRNAK (AA) - Milli Savunma Bakanlığı, Şırnak'ın Uludere ilçesinde çıkan çatışmada "
        "2 silah arkadaşımızın şehit olduğunu, 5 kahraman silah arkadaşımızın yaralandığını "
        "bildirdi."
    )
    assert _groups(parts, text, "tr") == [
        ("2 silah arkadaşımızın", "actor:turkey-mil"),
        ("5 kahraman silah arkadaşımızın", "actor:turkey-mil"),
    ]


def test_turkish_village_guards_are_combatants_not_the_army(
    parts: tuple[ActorRegistry, Gazetteer],
) -> None:
    text = "MARDİN (AA) - Kırsal bölgedeki saldırıda 1 köy korucusu hayatını kaybetti."
    assert _groups(parts, text, "tr") == [("1 köy korucusu", "combatants")]
