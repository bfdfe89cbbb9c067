"""Actors' names as each language's press writes them (docs/names.md, "Actors' names in
every case"): the names of every language, a name in an oblique case (Russian, Ukrainian,
German), with a Turkish case suffix or an Arabic proclitic, and the acronyms a language's
text does not read ("IS" in English)."""

from __future__ import annotations

import pytest

from conflict_events import Actor, ActorRegistry, Alias
from tests.reading import found_actors


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


# -- 1. the names of each language ------------------------------------------------------

NAMES = [
    (
        "fr",
        "Des combattants de l'État islamique ont attaqué Ménaka.",
        "État islamique",
        "actor:isis",
    ),
    ("fr", "L'Etat islamique a revendiqué l'attaque.", "Etat islamique", "actor:isis"),
    ("fr", "Le groupe a rejoint l'EI en 2019.", "EI", "actor:isis"),
    (
        "fr",
        "Le Parti des travailleurs du Kurdistan a annoncé sa dissolution.",
        "Parti des travailleurs du Kurdistan",
        "actor:pkk",
    ),
    ("fr", "des mercenaires du groupe Wagner", "groupe Wagner", "actor:wagner"),
    ("es", "Milicianos del Estado Islámico atacaron la aldea.", "Estado Islámico", "actor:isis"),
    ("es", "El EI reivindicó el atentado.", "EI", "actor:isis"),
    (
        "es",
        "Las Fuerzas de Apoyo Rápido tomaron El Fasher.",
        "Fuerzas de Apoyo Rápido",
        "actor:rsf",
    ),
    ("es", "rebeldes del Movimiento 23 de Marzo", "Movimiento 23 de Marzo", "actor:m23"),
    ("es", "Los hutíes lanzaron misiles.", "hutíes", "actor:houthis"),
    ("pt", "O Estado Islâmico reivindicou o ataque.", "Estado Islâmico", "actor:isis"),
    (
        "pt",
        "combatentes das Forças Democráticas Aliadas",
        "Forças Democráticas Aliadas",
        "actor:adf",
    ),
    ("pt", "O EI assumiu a autoria.", "EI", "actor:isis"),
    ("de", "Die Hisbollah feuerte Raketen ab.", "Hisbollah", "actor:hisbollah"),
    ("de", "Die Terrormiliz IS bekannte sich.", "Terrormiliz IS", "actor:isis"),
    ("de", "Söldner der Wagner-Gruppe zogen ab.", "Wagner-Gruppe", "actor:wagner"),
    ("ru", "Боевики ИГИЛ атаковали блокпост.", "ИГИЛ", "actor:isis"),
    ("ru", "Ответственность взяло ИГ.", "ИГ", "actor:isis"),
    ("uk", "Угруповання ІДІЛ взяло відповідальність.", "ІДІЛ", "actor:isis"),
    ("tr", "IŞİD'in saldırısında üç kişi öldü.", "IŞİD", "actor:isis"),
    ("tr", "HTŞ'ye bağlı gruplar", "HTŞ", "actor:hts"),
    ("tr", "Hızlı Destek Kuvvetleri kenti ele geçirdi.", "Hızlı Destek Kuvvetleri", "actor:rsf"),
    ("ar", "أعلن الفيلق الأفريقي انسحابه.", "الفيلق الأفريقي", "actor:africa-corps"),
    # the Pakistani Taliban: their own name holds the Afghan movement's, and wins over it
    (
        "ru",
        'Нападение на блокпост в Северном Вазиристане взяло на себя движение "Техрик-и-Талибан Пакистан".',
        "Техрик-и-Талибан Пакистан",
        "actor:ttp",
    ),
    ("ru", "Боевики ТТП обстреляли колонну.", "ТТП", "actor:ttp"),
    (
        "uk",
        "Відповідальність узяв рух Техрік-і-Талібан Пакистан.",
        "Техрік-і-Талібан Пакистан",
        "actor:ttp",
    ),
    (
        "ar",
        "وتبنت حركة طالبان باكستان الهجوم على نقطة التفتيش.",
        "حركة طالبان باكستان",
        "actor:ttp",
    ),
    (
        "de",
        "Zu dem Anschlag in Bannu bekannten sich die pakistanischen Taliban.",
        "pakistanischen Taliban",
        "actor:ttp",
    ),
    (
        "es",
        "Los talibanes paquistaníes atacaron un puesto policial.",
        "talibanes paquistaníes",
        "actor:ttp",
    ),
    (
        "pt",
        "Os talibãs paquistaneses reivindicaram o ataque.",
        "talibãs paquistaneses",
        "actor:ttp",
    ),
    (
        "tr",
        "Kontrol noktasına düzenlenen saldırıyı Pakistan Talibanı üstlendi.",
        "Pakistan Talibanı",
        "actor:ttp",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "actor_id"), NAMES)
def test_a_name_the_press_of_the_language_uses(
    registry: ActorRegistry, language: str, text: str, name: str, actor_id: str
) -> None:
    actor_id = actor_id.replace("hisbollah", "hezbollah")
    assert (name, actor_id) in found_actors(registry, text, language)


# -- 2. oblique cases -------------------------------------------------------------------

FORMS = [
    # Russian: adjectives and their noun agree in every case; a genitive after them stays
    (
        "ru",
        "Позиции Вооружённых сил Украины обстреляны.",
        "Вооружённых сил Украины",
        "actor:ukraine-mil",
    ),
    ("ru", "удар по Вооружённым силам Украины", "Вооружённым силам Украины", "actor:ukraine-mil"),
    (
        "ru",
        "Бои с Вооружёнными силами России идут третий день.",
        "Вооружёнными силами России",
        "actor:russia-mil",
    ),
    (
        "ru",
        "Боевики Исламского государства напали на село.",
        "Исламского государства",
        "actor:isis",
    ),
    ("ru", "связи с Исламским государством", "Исламским государством", "actor:isis"),
    ("ru", "Бойцы Группы Вагнера покинули Мали.", "Группы Вагнера", "actor:wagner"),
    ("ru", "переговоры с Рабочей партией Курдистана", "Рабочей партией Курдистана", "actor:pkk"),
    (
        "ru",
        "лагерь Объединённых демократических сил",
        "Объединённых демократических сил",
        "actor:adf",
    ),
    ("ru", "Ракету выпустили по позициям хуситов.", "хуситов", "actor:houthis"),
    ("ru", "командир Хезболлы погиб", "Хезболлы", "actor:hezbollah"),
    ("ru", "в Донецкой Народной Республике", "Донецкой Народной Республике", "actor:dpr"),
    # Ukrainian
    ("uk", "Бойовики Ісламської держави атакували.", "Ісламської держави", "actor:isis"),
    (
        "uk",
        "Командування Збройних сил України повідомило.",
        "Збройних сил України",
        "actor:ukraine-mil",
    ),
    ("uk", "разом зі Збройними силами України", "Збройними силами України", "actor:ukraine-mil"),
    ("uk", "бійці Національної гвардії України", "Національної гвардії України", "actor:ngu"),
    ("uk", "затриманий Службою безпеки України", "Службою безпеки України", "actor:sbu"),
    ("uk", "наступ Руху 23 березня", "Руху 23 березня", "actor:m23"),
    # German: genitive, dative, the weak adjective after an article
    ("de", "Kämpfer des Islamischen Staates griffen an.", "Islamischen Staates", "actor:isis"),
    ("de", "Er schloss sich dem Islamischen Staat an.", "Islamischen Staat", "actor:isis"),
    ("de", "Der Islamische Staat bekannte sich.", "Islamische Staat", "actor:isis"),
    (
        "de",
        "Stellungen der Alliierten Demokratischen Kräfte",
        "Alliierten Demokratischen Kräfte",
        "actor:adf",
    ),
    (
        "de",
        "Gefechte mit den Syrischen Demokratischen Kräften",
        "Syrischen Demokratischen Kräften",
        "actor:sdf",
    ),
    # Turkish: a suffix joined to an institution's name
    (
        "tr",
        "Suriye Demokratik Güçlerinin açıklamasına göre",
        "Suriye Demokratik Güçlerinin",
        "actor:sdf",
    ),
    ("tr", "Suriye Milli Ordusunun saldırısı", "Suriye Milli Ordusunun", "actor:sna"),
    ("tr", "İslam Devletine katılan militanlar", "İslam Devletine", "actor:isis"),
    (
        "tr",
        "Hızlı Destek Kuvvetlerinden kaçan siviller",
        "Hızlı Destek Kuvvetlerinden",
        "actor:rsf",
    ),
    # Arabic: a proclitic joined to the name's first word
    ("ar", "هجوم لداعش في الرقة", "لداعش", "actor:isis"),
    ("ar", "اشتباكات بين الجيش وداعش", "وداعش", "actor:isis"),
    ("ar", "ضربة بحزب الله", "بحزب الله", "actor:hezbollah"),
    ("ar", "بيان للدولة الإسلامية", "للدولة الإسلامية", "actor:isis"),
    ("ar", "بيان مشترك لحركة حماس", "لحركة حماس", "actor:hamas"),
]


@pytest.mark.parametrize(("language", "text", "name", "actor_id"), FORMS)
def test_a_name_in_an_oblique_case(
    registry: ActorRegistry, language: str, text: str, name: str, actor_id: str
) -> None:
    assert (name, actor_id) in found_actors(registry, text, language)


@pytest.mark.parametrize(
    ("form", "actor_id"),
    [
        ("Исламским государством", "actor:isis"),
        ("вооружёнными силами Украины", "actor:ukraine-mil"),
        ("Islamischen Staates", "actor:isis"),
        ("İslam Devletine", "actor:isis"),
        ("وداعش", "actor:isis"),
    ],
)
def test_resolve_reads_a_form(registry: ActorRegistry, form: str, actor_id: str) -> None:
    assert registry.resolve(form).id == actor_id


def test_an_acronym_keeps_its_letters(registry: ActorRegistry) -> None:
    # "ХАМАС" takes no ending; the form of the name next to it does
    text = "По словам лидера ХАМАС, он встретился с представителями Хезболлы."
    found = found_actors(registry, text, "ru")
    assert found == [("ХАМАС", "actor:hamas"), ("Хезболлы", "actor:hezbollah")]


def test_forms_come_only_from_registry_names(registry: ActorRegistry) -> None:
    # "Народной Республики" is a form, but of no name of the registry
    assert found_actors(registry, "делегация Китайской Народной Республики", "ru") == []
    # a form after a capitalised word that does not open the sentence is part of that name
    assert found_actors(registry, "Бойцы Катаиб Хезболлы заявили.", "ru") == []


def test_forms_of_any_registrys_names() -> None:
    # the rule reads the lexicon's endings for every name tagged with the language
    registry = ActorRegistry(
        [
            Actor(
                id="actor:x",
                name="Northern Front",
                kind="rebel_group",
                aliases=(
                    Alias(name="Северный фронт", language="ru"),
                    Alias(name="Північна бригада", language="uk"),
                    Alias(name="Nördliche Front", language="de"),
                    Alias(name="Kuzey Cephesi", language="tr"),
                    Alias(name="جبهة الشمال", language="ar"),
                ),
            )
        ]
    )
    for text, language in [
        ("удары Северного фронта", "ru"),
        ("с Северным фронтом", "ru"),
        ("бійці Північної бригади", "uk"),
        ("Kämpfer der Nördlichen Front", "de"),
        ("Kuzey Cephesinin saldırısı", "tr"),
        ("وجبهة الشمال", "ar"),
    ]:
        assert [m for _, m in found_actors(registry, text, language)] == ["actor:x"], text
    # the same words under another language's tag take no Russian endings
    other = ActorRegistry(
        [
            Actor(
                id="actor:y",
                name="Y",
                kind="rebel_group",
                aliases=(Alias(name="Северный фронт", language="bg"),),
            )
        ]
    )
    assert found_actors(other, "удары Северного фронта", "ru") == []


# -- an acronym that is a word ----------------------------------------------------------


def test_is_is_not_read_in_english(registry: ActorRegistry) -> None:
    assert found_actors(registry, "The question IS whether talks resume.", "en") == []
    assert found_actors(registry, "The question IS whether talks resume.") == []
    # a name given alone (a data cell: UCDP's GED names the Islamic State "IS") is a name
    assert registry.resolve("IS").id == "actor:isis"


@pytest.mark.parametrize(
    ("text", "language", "acronym"),
    [
        ("Kämpfer des IS griffen das Dorf an.", "de", "IS"),
        ("Der IS reklamierte den Anschlag für sich.", "de", "IS"),
        ("Des combattants de l'EI ont été tués.", "fr", "EI"),
        ("Yihadistas del EI atacaron.", "es", "EI"),
    ],
)
def test_the_acronym_in_its_own_language(
    registry: ActorRegistry, text: str, language: str, acronym: str
) -> None:
    assert (acronym, "actor:isis") in found_actors(registry, text, language)


# -- a word of the language opening the sentence ----------------------------------------

OPENERS = [
    ("fr", "Le Hezbollah a tiré des roquettes.", "Hezbollah", "actor:hezbollah"),
    (
        "fr",
        "Les Forces de soutien rapide ont pris la ville.",
        "Forces de soutien rapide",
        "actor:rsf",
    ),
    ("es", "El Hezbolá lanzó cohetes.", "Hezbolá", "actor:hezbollah"),
    (
        "es",
        "Las Fuerzas de Apoyo Rápido tomaron la ciudad.",
        "Fuerzas de Apoyo Rápido",
        "actor:rsf",
    ),
    ("pt", "O Hamas libertou reféns.", "Hamas", "actor:hamas"),
    ("pt", "As Forças Democráticas Aliadas atacaram.", "Forças Democráticas Aliadas", "actor:adf"),
    ("de", "Die Hamas ließ Geiseln frei.", "Hamas", "actor:hamas"),
    ("de", "Die Huthi-Miliz griff Schiffe an.", "Huthi-Miliz", "actor:houthis"),
]


@pytest.mark.parametrize(("language", "text", "name", "actor_id"), OPENERS)
def test_a_name_after_a_word_opening_the_sentence(
    registry: ActorRegistry, language: str, text: str, name: str, actor_id: str
) -> None:
    assert (name, actor_id) in found_actors(registry, text, language)


def test_a_name_continued_by_an_opening_name_is_not_found(registry: ActorRegistry) -> None:
    # "Kataib" is no word of English: "Kataib Hezbollah" is one name, not Hezbollah
    assert "actor:hezbollah" not in [a for _, a in found_actors(registry, "Kataib Hezbollah said.")]
    found = found_actors(registry, "Jaish Hezbollah al-Jadid claimed it.", "en")
    assert "actor:hezbollah" not in [a for _, a in found]
