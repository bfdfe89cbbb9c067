"""Places in Russian and Ukrainian text: the Cyrillic alternate names of the embedded
gazetteer, read in every case by the ru/uk lexicons' endings (docs/names.md, "Places in
Cyrillic text").  The sentences are written for these tests."""

from __future__ import annotations

import pytest
from reading import found_places as _found

from conflict_events import Gazetteer, LocationKind
from conflict_events.lexicon import load
from conflict_events.resolve._cyrillic import (
    base_forms,
    cyrillic_key,
    cyrillic_words,
    is_cyrillic,
    region_stems,
)
from conflict_events.resolve._place_context import locate_places


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


# (sentence, the mention as written, the place's name and country).  Every case of the
# name: nominative/accusative, genitive, dative, instrumental, prepositional (locative).
RUSSIAN = [
    ("Российские войска снова обстреляли Херсон в четверг.", "Херсон", "Kherson, UA"),
    ("Жители Херсона сообщили о взрывах ночью.", "Херсона", "Kherson, UA"),
    ("Помощь доставлена Херсону на прошлой неделе.", "Херсону", "Kherson, UA"),
    ("Над Херсоном сбиты два беспилотника.", "Херсоном", "Kherson, UA"),
    ("В Херсоне погибли три человека.", "Херсоне", "Kherson, UA"),
    ("Ожесточённые бои идут под Бахмутом.", "Бахмутом", "Bakhmut, UA"),
    ("В Хартуме возобновились бои между армией и СБР.", "Хартуме", "Khartoum, SD"),
    ("Из Хартума эвакуированы сотрудники посольства.", "Хартума", "Khartoum, SD"),
    ("Армия наступает на Омдурман с севера.", "Омдурман", "Omdurman, SD"),
    ("Под Ньялой погибли 12 мирных жителей.", "Ньялой", "Nyala, SD"),
    ("Удары по Идлибу продолжаются третий день.", "Идлибу", "Idlib, SY"),
    ("В Дамаске прогремел взрыв.", "Дамаске", "Damascus, SY"),
    ("Боевики атаковали посёлок к северу от Гомы.", "Гомы", "Goma, CD"),
    ("В Могадишо взорвался заминированный автомобиль.", "Могадишо", "Mogadishu, SO"),
    ("Над Белгородом сбиты ракеты.", "Белгородом", "Belgorod, RU"),
    ("Под Москвой упал беспилотник.", "Москвой", "Moscow, RU"),
    ("Обстрел в Новой Каховке повредил жилые дома.", "Новой Каховке", "Nova Kakhovka, UA"),
    ("Поезд из Ростова-на-Дону задержан.", "Ростова-на-Дону", "Rostov-on-Don, RU"),
    ("В Эль-Фашере продолжается осада.", "Эль-Фашере", "El Fasher, SD"),
]

UKRAINIAN = [
    ("Російські війська знову обстріляли Херсон.", "Херсон", "Kherson, UA"),
    ("Мешканці Херсона повідомили про вибухи.", "Херсона", "Kherson, UA"),
    ("Допомогу передали Херсону.", "Херсону", "Kherson, UA"),
    ("Тривають бої під Бахмутом.", "Бахмутом", "Bakhmut, UA"),
    ("У Херсоні загинули троє людей.", "Херсоні", "Kherson, UA"),
    ("У Києві пролунали вибухи.", "Києві", "Kyiv, UA"),
    ("Евакуаційний потяг вирушив з Харкова.", "Харкова", "Kharkiv, UA"),
    ("В Авдіївці тривають запеклі бої.", "Авдіївці", "Avdiyivka, UA"),
    ("Ракета влучила в будинок у Миколаєві.", "Миколаєві", "Mykolayiv, UA"),
    ("Ворог атакував дронами Одесу.", "Одесу", "Odesa, UA"),
    ("Над Дніпром збито крилату ракету.", "Дніпром", "Dnipro, UA"),
    ("Сили оборони відбили штурм під Запоріжжям.", "Запоріжжям", "Zaporizhzhya, UA"),
    ("У Хартумі тривають бої між армією та СШР.", "Хартумі", "Khartoum, SD"),
    ("Авіаудар по Ідлібу забрав життя дітей.", "Ідлібу", "Idlib, SY"),
    ("У Слов'янську пошкоджено школу.", "Слов'янську", "Slovyansk, UA"),
]


@pytest.mark.parametrize(("sentence", "written", "place"), RUSSIAN + UKRAINIAN)
def test_a_place_is_read_in_every_case(
    gazetteer: Gazetteer, sentence: str, written: str, place: str
) -> None:
    assert (written, place) in _found(gazetteer, sentence)


# A region by its adjective and a region noun, in any case (the region's own name in the
# language, or the region of the city the adjective is made from).
REGIONS = [
    ("Бои в Донецкой области усилились.", "Донецкой области", "UA-14"),
    ("Донецкая область снова под обстрелом.", "Донецкая область", "UA-14"),
    ("У Донецькій області загинули двоє цивільних.", "Донецькій області", "UA-14"),
    ("Обстріли Херсонської області тривають.", "Херсонської області", "UA-65"),
    ("В Курской области объявлен режим ЧС.", "Курской области", "RU-KRS"),
    ("Беспилотник сбит над Белгородской областью.", "Белгородской областью", "RU-BEL"),
    ("Дрони атакували об'єкти в Сумській області.", "Сумській області", "UA-59"),
    ("В Сумской области повреждена подстанция.", "Сумской области", "UA-59"),
    ("Войска продвинулись в Харьковской области.", "Харьковской области", "UA-63"),
]


@pytest.mark.parametrize(("sentence", "written", "code"), REGIONS)
def test_a_region_is_read_from_its_adjective(
    gazetteer: Gazetteer, sentence: str, written: str, code: str
) -> None:
    found = {m.text: m.entity_id for m in gazetteer.find_mentions(sentence)}
    assert found.get(written) == f"iso3166-2:{code}"
    assert gazetteer.get(f"iso3166-2:{code}").kind is LocationKind.ADMIN1


# Capitalised common words, and common nouns in oblique cases, that are (or whose base
# forms are) names of places somewhere: no place, without a country and in the namesake's.
DISTRACTORS = [
    (
        "Победа будет за нами, заявил командир. Мира нет, а Свобода и Слава остались лозунгами.",
        "RU",
    ),
    ("Перемога буде за нами, заявив командир. Миру немає, Слава і Свобода лишилися гаслами.", "UA"),
    ("Армия и Полиция сообщили о потерях. Силы Обороны отступили к Центру города.", "UA"),
    ("Армія та Поліція повідомили про втрати. Сили Оборони відступили до Центру міста.", "UA"),
    ("Сообщение о Победе и Мире прозвучало в Мае на Площади Свободы.", "RU"),
    ("Новости Дня: Город Надежды, Дружбы и Любви.", "RU"),
    ("Глава Администрации и Министр Обороны провели Совещание.", "RU"),
    ("Восток и Запад, Север и Юг: Гора, Река, Поле, Лес, Озеро.", "RU"),
    ("Схід і Захід, Північ і Південь: Гора, Річка, Поле, Ліс, Озеро.", "UA"),
]


@pytest.mark.parametrize(("sentence", "country"), DISTRACTORS)
def test_common_words_in_any_case_are_no_places(
    gazetteer: Gazetteer, sentence: str, country: str
) -> None:
    assert _found(gazetteer, sentence) == []
    assert _found(gazetteer, sentence, country) == []
    assert locate_places(sentence, gazetteer, country=country) == []


def test_the_scanner_reads_no_part_of_a_word_and_no_common_word(gazetteer: Gazetteer) -> None:
    # The transliterating scanner folds a soft sign to a word break ("Нікопольщину" to
    # "nikopol shchinu") and finds any word that spells a place ("Серед", "among", is
    # Sereď; "Того", "of that", Togo): Cyrillic hits are checked in the script.
    assert _found(gazetteer, "Ворог атакував Нікопольщину дронами.") == []
    assert _found(gazetteer, "Серед загиблих двоє дітей. Того ж дня ворог атакував місто.") == []
    assert _found(gazetteer, "Среди погибших двое детей. Того же дня враг атаковал город.") == []


def test_a_former_name_that_villages_still_bear_is_not_the_city(gazetteer: Gazetteer) -> None:
    # "Олександрівка" is among Donetsk's Cyrillic names (its name before 1869) and the name
    # of villages across Ukraine: the village meant is not the city.
    assert _found(gazetteer, "В Олександрівці загинули двоє мирних жителів.") == []


def test_a_namesake_village_is_no_former_name(gazetteer: Gazetteer) -> None:
    # "Николаев" is Russian for Mykolaiv (470,000 people) and also a name of Mykolaiv in
    # Lviv Oblast (14,500): a namesake bearing the city's own name, not a former name, so
    # the city is read, in every case and in Ukrainian too.
    for sentence in (
        "В Николаеве погибли пять человек.",
        "Российские ракеты ударили по Николаеву.",
        "Жители Николаева провели ночь в укрытиях.",
        "У Миколаєві пролунали вибухи.",
    ):
        assert [p for _, p in _found(gazetteer, sentence)] == ["Mykolayiv, UA"], sentence
    # and the city's mentions outvote the country named in a ministry's name
    text = (
        "В Николаеве выросло число погибших после удара. Минобороны России заявило об "
        "ударе по военным целям. Власти Николаева объявили траур."
    )
    found = locate_places(text, gazetteer)
    assert [gazetteer.get(m.entity_id).name for m in found].count("Mykolayiv") == 2


def test_a_district_adjective_is_not_its_town(gazetteer: Gazetteer) -> None:
    # "Климовском" would be Klimovsk (a town near Moscow) alone; before "районе" it is the
    # adjective of a district of Bryansk Oblast, which the gazetteer lacks.
    found = _found(gazetteer, "Дрон атаковал автобус в Климовском районе Брянской области.")
    assert found == [("Брянской области", "Brjanskaja oblast', RU")]
    # A unit's noun ends its name: the city after it is another mention.
    found = _found(gazetteer, "Дрон атакував таксі в Дніпровському районі Херсона.")
    assert found[-1] == ("Херсона", "Kherson, UA")
    assert found[0][0] == "Дніпровському районі"


def test_a_longer_proper_name_is_not_the_region(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Так называемая Донецкая Народная Республика объявила мобилизацию.")
    assert found == []


def test_the_country_settles_a_name_of_two_places(gazetteer: Gazetteer) -> None:
    # "Хомс" is a Cyrillic name of Homs (Syria) and of Al Khums (Libya), neither ten
    # times the other: no place without a country, Homs in a Syrian story.
    sentence = "В Хомсе прогремели взрывы."
    assert _found(gazetteer, sentence) == []
    assert _found(gazetteer, sentence, "SY") == [("Хомсе", "Homs, SY")]


def test_a_transliterated_primary_name_keeps_its_rank(gazetteer: Gazetteer) -> None:
    # "Бенин" is a Cyrillic name of Benin City and, transliterated, the primary name of
    # the country: the country, as before.
    assert _found(gazetteer, "Президент Бенина прибыл в Бенин.")[-1] == ("Бенин", "Benin, BJ")
    assert _found(gazetteer, "Беспорядки в Бенин-Сити.") == [("Бенин-Сити", "Benin City, NG")]


def test_resolve_reads_the_cyrillic_key(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Хартум").gazetteer_id == "geonames:379252"
    # A populated place beats a division of its name: Kyiv the city, not the ISO unit.
    assert gazetteer.resolve("Київ").kind is LocationKind.CITY
    assert gazetteer.resolve("Донецька область").gazetteer_id == "iso3166-2:UA-14"


def test_cyrillic_keys_and_base_forms() -> None:
    assert cyrillic_key("Ростов-на-Дону") == "ростов на дону"
    assert cyrillic_key("Орёл") == cyrillic_key("Орел")
    assert cyrillic_key("Aleppo") is None
    assert cyrillic_key("Алеппо 2") is None
    assert not is_cyrillic("Kyiv")
    assert is_cyrillic("Слов'янськ")
    assert "москва" in base_forms("москвы")
    assert "сирия" in base_forms("сирии")
    assert "запорожье" in base_forms("запорожьем")
    assert base_forms("алеппо")[0] == "алеппо"
    assert "херсон" in region_stems("херсонской")
    assert "донецьк" in region_stems("донецькій")


def test_the_endings_are_the_lexicons() -> None:
    # Every ending of the ru and uk tables is read, and nothing else: the merge is the
    # data, not a copy of it.
    words = cyrillic_words()
    merged = dict(words.endings)
    for language in ("ru", "uk"):
        for entry in load(language).entry("names.place_forms.case_endings"):
            assert set(entry["bases"]) <= set(merged[entry["ending"]])
    data_endings = {
        entry["ending"]
        for language in ("ru", "uk")
        for entry in load(language).entry("names.place_forms.case_endings")
    }
    assert set(merged) == data_endings
    # Longest endings first: "ой" is tried before "й".
    lengths = [len(ending) for ending, _ in words.endings]
    assert lengths == sorted(lengths, reverse=True)


def test_english_text_is_read_as_before(gazetteer: Gazetteer) -> None:
    text = "Rebels entered Aleppo and reached Kuweires airbase, near Halab, on Friday."
    assert [m.text for m in gazetteer.find_mentions(text)] == [
        "Aleppo",
        "Kuweires airbase",
        "Halab",
    ]
