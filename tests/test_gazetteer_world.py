"""The world gazetteer: admin divisions of every country, villages from the SQLite store,
context (article country, admin paths), and no places from common words."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conflict_events import AmbiguousNameError, UnknownNameError
from conflict_events.model import LocationKind
from conflict_events.resolve._admin import divisions, other_names
from conflict_events.resolve._gazetteer import Gazetteer, distance_km
from conflict_events.resolve._gazetteer_store import admin1_of_codes
from conflict_events.resolve._place_context import (
    admin_path_in_text,
    article_country,
    locate_places,
    principal_place,
)


@pytest.fixture(scope="module")
def world() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Alibori", "BJ"),
        ("Atacora", "BJ"),
        ("Borno", "NG"),
        ("Borno State", "NG"),
        ("Nasarawa State", "NG"),
        ("North Kivu", "CD"),
        ("Jowzjan", "AF"),
        ("Helmand", "AF"),
    ],
)
def test_first_level_divisions_resolve(world: Gazetteer, name: str, country: str) -> None:
    place = world.resolve(name)
    assert place.country == country
    assert place.kind in (LocationKind.ADMIN1, LocationKind.ADMIN2)


def test_borno_is_never_borna(world: Gazetteer) -> None:
    assert world.resolve("Borno").gazetteer_id == "iso3166-2:NG-BO"
    mentions = world.find_mentions("Fighting in Borno killed nine.")
    assert [m.entity_id for m in mentions] == ["iso3166-2:NG-BO"]


def test_country_settles_namesakes(world: Gazetteer) -> None:
    with pytest.raises(AmbiguousNameError):
        world.resolve("Kandi")
    assert world.resolve("Kandi", country="BJ").country == "BJ"
    text = "Gunmen attacked Kandi on Monday."
    assert world.find_mentions(text) == []  # India or Benin: not one place
    (mention,) = world.find_mentions(text, country="BJ")
    assert world.get(mention.entity_id).country == "BJ"


def test_a_country_beats_its_smaller_namesake_town(world: Gazetteer) -> None:
    assert world.resolve("Colombia").kind is LocationKind.COUNTRY


def test_in_country_name_beats_a_bigger_foreign_one(world: Gazetteer) -> None:
    (first, *_rest) = world.find_mentions("Clashes in Santander left two dead.", country="CO")
    assert world.get(first.entity_id).country == "CO"


def test_lone_letter_names(world: Gazetteer) -> None:
    for spelling in ("N-Dali", "N'Dali", "Ndali"):
        assert world.resolve(spelling, country="BJ").name == "Ndali"
    mentions = world.find_mentions("Sirarou (N-Dali, Borgou) was attacked.")
    assert [(m.text, world.get(m.entity_id).country) for m in mentions] == [
        ("N-Dali", "BJ"),
        ("Borgou", "BJ"),
    ]


def test_villages_come_from_the_store(world: Gazetteer) -> None:
    village = world.resolve("Guilmaro")
    assert (village.country, village.kind) == ("BJ", LocationKind.VILLAGE)
    assert world.get(village.gazetteer_id) == village
    assert world.population(village.gazetteer_id) < 15_000
    text = "Gunmen were seen near Guilmaro on Friday."
    assert world.find_mentions(text) == []  # villages only in their own country's text
    assert [m.text for m in world.find_mentions(text, country="BJ")] == ["Guilmaro"]


def test_villages_are_exact_only_in_text(world: Gazetteer) -> None:
    assert world.find_mentions("Gunmen were seen near Guilmarro.", country="BJ") == []
    with pytest.raises(UnknownNameError):
        world.resolve("Guilmarro", country="BJ", fuzzy=False)


def test_admin_path_picks_among_namesakes(world: Gazetteer) -> None:
    # Two Benin-area readings of a path: the place must lie within reach of its units.
    kandi = world.resolve("Kandi", admin=("Alibori",))
    assert kandi.country == "BJ"
    assert kandi.point is not None
    alibori = world.resolve("Alibori")
    assert alibori.point is not None
    assert distance_km(kandi.point.lat, kandi.point.lon, alibori.point.lat, alibori.point.lon) < 400


@pytest.mark.parametrize(
    ("text", "name", "path"),
    [
        ("Gunmen attacked Sirarou (N'Dali, Borgou) on Monday.", "Sirarou", ("N'Dali", "Borgou")),
        (
            "Men raided Udeni Ruwa District of Nasarawa State at dawn.",
            "Udeni Ruwa",
            ("Nasarawa State",),
        ),
        ("Kandi, Alibori, was calm.", "Kandi", ("Alibori",)),
        ("Kandi was calm. Nasarawa State was not.", "Kandi", ()),
    ],
)
def test_admin_path_in_text(text: str, name: str, path: tuple[str, ...]) -> None:
    start = text.index(name)
    assert admin_path_in_text(text, start, start + len(name)) == path


def test_article_country_votes(world: Gazetteer) -> None:
    kandi = world.resolve("Kandi", country="BJ").gazetteer_id
    assert kandi is not None
    assert article_country([kandi], ["BJ"]) == "BJ"
    assert article_country([], ["NG", "BJ"]) is None
    assert article_country([], ["NG", "BJ"], kandi) == "BJ"  # the dateline breaks the tie
    assert article_country([]) is None


def test_locate_places_infers_the_country(world: Gazetteer) -> None:
    text = "JNIM fighters attacked Guilmaro in Atacora; residents fled to Kandi."
    found = {m.text: world.get(m.entity_id).country for m in locate_places(text, world)}
    assert found == {"Guilmaro": "BJ", "Atacora": "BJ", "Kandi": "BJ"}
    principal = principal_place(locate_places(text, world), world)
    assert principal is not None
    assert principal.text == "Guilmaro"


def test_other_names_and_division_names() -> None:
    assert other_names(None) == []
    assert other_names("Hills (eng)") == [("Hills", "eng")]
    names = {
        p.name: (names, alternates) for p, names, alternates in divisions() if p.country == "CD"
    }
    assert "North Kivu" in names["Nord-Kivu"][0]
    assert "Jimbo la Kivu Kaskazini" in names["Nord-Kivu"][1]


def test_division_names_in_other_languages_are_not_read_in_text(world: Gazetteer) -> None:
    # "وسط" ("centre") is an Arabic name of Iraq's Wasit: it resolves, it is never a mention.
    assert world.resolve("وسط", country="IQ").kind is LocationKind.ADMIN1
    assert world.find_mentions("وسط المدينة") == []


def test_hyphenated_names(world: Gazetteer) -> None:
    found = [m.text for m in world.find_mentions("The Iran-Iraq war ended.")]
    assert found == ["Iran", "Iraq"]
    assert world.find_mentions("Students of Abomey-Calavi University marched.") == []


def test_admin1_join_picks_the_nearest_division() -> None:
    cities = {
        "1": {"countrycode": "BJ", "admin1code": "10", "latitude": 9.4, "longitude": 2.6},
        "2": {"countrycode": "BJ", "admin1code": "14", "latitude": 6.5, "longitude": 2.4},
        "3": {"countrycode": "XX", "admin1code": "", "latitude": 0.0, "longitude": 0.0},
    }
    joined = admin1_of_codes(cities, {"BJ": [("Borgou", 9.7, 2.7), ("Littoral", 6.4, 2.4)]})
    assert joined == {("BJ", "10"): "Borgou", ("BJ", "14"): "Littoral"}


# Sentences whose capitalised words are common words and also the names of places
# somewhere; read without a country and in the namesake's country.
COMMON_WORD_SENTENCES = [
    ("Police said the Army had opened fire after May prayers.", "PL"),
    ("Of the dead, most were farmers, officials said.", "TR"),
    ("May God protect us, said a Hope of Peace official.", "IN"),
    ("The President visited the Mosque and the Church on Friday.", "BJ"),
    ("Soldiers said Unity and Peace would return to the Market.", "SS"),
    ("Plateau residents said the Centre was closed.", "CM"),
]


@pytest.mark.parametrize(("sentence", "country"), COMMON_WORD_SENTENCES)
def test_common_words_are_no_places(world: Gazetteer, sentence: str, country: str) -> None:
    assert world.find_mentions(sentence) == []
    assert world.find_mentions(sentence, country=country) == []
    assert locate_places(sentence, world, country=country) == []


def test_a_division_named_like_a_word_is_found_with_its_type(world: Gazetteer) -> None:
    (mention,) = world.find_mentions("Gunmen killed five in Plateau State.")
    assert mention.text == "Plateau State"
    assert world.get(mention.entity_id).country == "NG"


ACLED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "acled" / "benin-2022.csv"


@pytest.mark.skipif(not ACLED.is_file(), reason="shared ACLED file absent")
def test_benin_notes_find_benin_places(world: Gazetteer) -> None:
    with ACLED.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    foreign = 0
    found = 0
    for row in rows:
        mentions = locate_places(row["notes"], world, country="BJ")
        chosen = principal_place(mentions, world, country="BJ")
        if chosen is None:
            continue
        found += 1
        foreign += world.get(chosen.entity_id).country not in ("BJ", "NE", "BF", "NG", "TG")
    assert found > len(rows) // 2
    assert foreign == 0


def test_a_city_beats_its_namesake_division(world: Gazetteer) -> None:
    assert world.resolve("New York").kind is LocationKind.CITY
    assert world.resolve("New York State").kind is LocationKind.ADMIN1


def test_hyphenated_pairs_stay_two_names(world: Gazetteer) -> None:
    text = "The Cotonou-Parakou road and Israel-Syrian talks."
    assert [m.text for m in world.find_mentions(text)] == ["Cotonou", "Parakou", "Israel"]


def test_second_level_divisions_only_with_their_country(world: Gazetteer) -> None:
    text = "Attacks in Yatenga and Soum continued."
    assert world.find_mentions(text) == []
    found = [world.get(m.entity_id).kind for m in world.find_mentions(text, country="BF")]
    assert found == [LocationKind.ADMIN2, LocationKind.ADMIN2]


def test_a_division_named_like_its_city_is_not_read_in_text(world: Gazetteer) -> None:
    # The city's name as a mention is not given to the division: not a mention at all
    # when the city's own scanned name differs ("New York City").
    found = [world.get(m.entity_id).kind for m in world.find_mentions("He flew to Basra.")]
    assert LocationKind.ADMIN1 not in found


def test_village_rows_are_streamed_with_the_cities_row_numbers() -> None:
    from conflict_events.resolve._gazetteer_store import _name_rows, _place_rows

    cities = {
        "1": {
            "geonameid": 1,
            "name": "Guilmaro",
            "countrycode": "BJ",
            "admin1code": "01",
            "latitude": 10.5,
            "longitude": 1.6,
            "population": 900,
            "alternatenames": ["GLM", "Guilmarou", "guilmaro"],
        },
        "2": {
            "geonameid": 2,
            "name": "Kandi",
            "countrycode": "BJ",
            "admin1code": "01",
            "latitude": 11.1,
            "longitude": 2.9,
            "population": 100_000,
            "alternatenames": [],
        },
        "3": {
            "geonameid": 3,
            "name": "Porga",
            "countrycode": "BJ",
            "admin1code": "",
            "latitude": 11.0,
            "longitude": 0.9,
            "population": 0,
            "alternatenames": None,
        },
    }
    places = _place_rows(cities, {("BJ", "01"): "Alibori"})
    assert not isinstance(places, list)  # a generator: rows go to SQLite as they are made
    assert list(places) == [
        (0, "geonames:1", "Guilmaro", "BJ", "Alibori", 10.5, 1.6, 900),
        (2, "geonames:3", "Porga", "BJ", None, 11.0, 0.9, 0),
    ]
    # The town of 100,000 is held in memory, not a village; "GLM" is a code, not a name;
    # a key is written once per place.
    assert list(_name_rows(cities)) == [
        ("guilmaro", 0, 1, "BJ"),
        ("guilmarou", 0, 0, "BJ"),
        ("porga", 2, 1, "BJ"),
    ]
