"""Countries named in every language, rivers' banks in Cyrillic, and towns abroad that only a
transliteration gives (docs/names.md, "Places in Cyrillic text").  Sentences written for
these tests."""

from __future__ import annotations

import pytest

from conflict_events import Gazetteer
from conflict_events.model import LocationKind


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _found(gazetteer: Gazetteer, text: str, country: str | None = None) -> list[tuple[str, str]]:
    out = []
    for m in gazetteer.find_mentions(text, country=country):
        place = gazetteer.get(m.entity_id)
        out.append((m.text, place.country or ""))
    return out


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Удары по Сирии продолжились в понедельник.", "Сирии", "SY"),
        ("Делегация прибыла в Россию во вторник.", "Россию", "RU"),
        ("Переговоры о перемирии между Россией и Украиной сорваны.", "Россией", "RU"),
        ("Переговоры о перемирии между Россией и Украиной сорваны.", "Украиной", "UA"),
        ("Силы безопасности Сомали заявили о потерях.", "Сомали", "SO"),
        ("Вспышка насилия в Гаити вынудила людей бежать.", "Гаити", "HT"),
        ("Французские войска покинули Чад в январе.", "Чад", "TD"),
        ("Боевики атаковали военных в Мали и Нигере.", "Нигере", "NE"),
        ("Удар по Росії завдали вночі.", "Росії", "RU"),
        ("Ситуація в Сирії загострилася.", "Сирії", "SY"),
        ("Делегація Туреччини прибула до Києва.", "Туреччини", "TR"),
        ("У Демократичній Республіці Конго тривають бої.", "Демократичній Республіці Конго", "CD"),
        ("Повстанці захопили місто у ДР Конго.", "ДР Конго", "CD"),
    ],
)
def test_country_names_in_every_case(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    found = dict(_found(gazetteer, text))
    assert found.get(name) == country
    [mention] = [m for m in gazetteer.find_mentions(text) if m.text == name]
    assert gazetteer.get(mention.entity_id).kind is LocationKind.COUNTRY


@pytest.mark.parametrize(
    "text",
    [
        "Того же дня военные отступили.",  # "of that", not Togo
        "Мира и согласия не будет, заявил он.",
    ],
)
def test_common_words_are_no_country(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Місто щодня обстрілюють з лівого берега Дніпра.", "Дніпра"),
        ("Позиции на правом берегу Днепра обстреляли ночью.", "Днепра"),
        ("Бои идут вдоль реки Оскол и у реки Днепр.", "Днепр"),
        ("Окупанти закріпилися на березі Дніпра.", "Дніпра"),
    ],
)
def test_a_river_by_its_bank_is_no_town(gazetteer: Gazetteer, text: str, river: str) -> None:
    assert river not in dict(_found(gazetteer, text))


def test_the_town_is_still_read_without_a_bank(gazetteer: Gazetteer) -> None:
    assert dict(_found(gazetteer, "Ракета влучила в Дніпро вночі.")).get("Дніпро") == "UA"
    assert dict(_found(gazetteer, "Удар по Днепру нанесли ночью.")).get("Днепру") == "UA"


def test_a_transliteration_gives_no_town_abroad_in_a_countrys_story(
    gazetteer: Gazetteer,
) -> None:
    # "Кабаре" spells Kabare (DR Congo) in Latin letters; in a story from Haiti it is no
    # reading of that town (Cabaret, Haiti, is the country's village of that sound).
    text = "Банда напала на коммуну Кабаре к северу от столицы."
    assert dict(_found(gazetteer, text)).get("Кабаре") == "CD"  # no country: as before
    assert dict(_found(gazetteer, text, country="HT")).get("Кабаре") in (None, "HT")


def test_a_cyrillic_name_abroad_is_still_read(gazetteer: Gazetteer) -> None:
    # A town's own Cyrillic name is a reading of it, in any country's story.
    text = "Делегация из Хартума прибыла в Нджамену."
    assert dict(_found(gazetteer, text, country="TD")).get("Хартума") == "SD"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Une vingtaine de soldats ont été tués au Tchad mardi.", "Tchad", "TD"),
        ("Les frappes se poursuivent en Syrie et au Liban.", "Syrie", "SY"),
        ("Die Armee zog sich aus Syrien zurück.", "Syrien", "SY"),
        ("Angriffe in Russland und der Ukraine.", "Russland", "RU"),
        ("Los ataques continúan en Siria y en Rusia.", "Siria", "SY"),
        ("A ofensiva prosseguiu na Síria e no Irão.", "Irão", "IR"),
        ("Türk ordusu dün Suriye'nin kuzeyinde operasyon başlattı.", "Suriye", "SY"),
        ("اشتباكات عنيفة في الصومال يوم الاثنين.", "الصومال", "SO"),
    ],
)
def test_country_names_in_other_languages(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    assert dict(_found(gazetteer, text)).get(name) == country


@pytest.mark.parametrize(
    "text",
    [
        "Maurice a déclaré que l'attaque avait fait deux morts.",  # a first name
        "Gana la oposición en las elecciones.",  # "wins"
        "تلقى الجيش دعم مالي من الحكومة.",  # "financial"
    ],
)
def test_country_names_that_are_common_words_are_left_out(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == []


def test_a_country_name_that_is_a_larger_towns_stays_the_town(gazetteer: Gazetteer) -> None:
    # Portuguese "Salvador" (El Salvador) is first Bahia's capital; "Franca" is no France.
    text = "A polícia de Salvador prendeu dois suspeitos em Franca, no interior paulista."
    assert _found(gazetteer, text) == [("Salvador", "BR"), ("Franca", "BR")]
