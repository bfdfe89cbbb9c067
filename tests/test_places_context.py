"""Places read through their written admin path, and the names fixes of issue 13's third
session: a place the gazetteer lacks stands in its path's finest known unit ("in:<id>"),
a place contradicting its path is not taken, forces named by nationality vote weakly for
the article's country, coordinated demonyms share one force noun, and Arabic names the
forces of countries whose adjective is two words.  Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import ActorRegistry, Gazetteer, UnknownNameError, extract_report
from conflict_events.extract._names import find_names
from conflict_events.model import GeoPrecision, LocationKind
from conflict_events.resolve._gazetteer import IN_PREFIX
from conflict_events.resolve._place_context import (
    NATIONALITY_WEIGHT,
    article_country,
    locate_places,
    read_admin_paths,
)


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


def _read(g: Gazetteer, text: str, country: str | None = "BJ") -> list[tuple[str, str]]:
    found = g.find_mentions(text, country=country)
    return [(m.text, m.entity_id) for m in read_admin_paths(text, found, g, country=country)]


# -- an unknown place in a known unit -------------------------------------------------------


def test_unknown_village_stands_in_the_finest_known_unit_of_its_path(g: Gazetteer) -> None:
    # "Koutakroukou" is no place anywhere; Banikoara is a Benin town, Alibori its department.
    text = "Gunmen on motorcycles raided Koutakroukou (Banikoara, Alibori) overnight."
    with pytest.raises(UnknownNameError):
        g.resolve("Koutakroukou", country="BJ", fuzzy=False)
    found = dict(_read(g, text))
    banikoara = g.resolve("Banikoara", country="BJ").gazetteer_id
    assert found["Koutakroukou"] == IN_PREFIX + banikoara
    location = g.get(found["Koutakroukou"])
    assert location.name == g.get(banikoara).name
    assert location.point == g.get(banikoara).point
    assert location.geo_precision is GeoPrecision.NEAR
    # The units themselves are read as before.
    assert found["Banikoara"] == banikoara
    assert g.get(found["Alibori"]).kind is LocationKind.ADMIN1


def test_unknown_village_whose_units_are_unknown_but_the_widest(g: Gazetteer) -> None:
    # Neither the village nor the commune is known: the department is what the path gives,
    # at its own (coarser) precision.
    text = "Residents of Tiboukoutou (Gbangbarou, Alibori) fled on Friday."
    found = dict(_read(g, text))
    location = g.get(found["Tiboukoutou"])
    assert location.kind is LocationKind.ADMIN1
    assert location.country == "BJ"
    assert location.geo_precision is GeoPrecision.ADMIN1


def test_sentence_opening_words_are_not_part_of_the_unknown_name(g: Gazetteer) -> None:
    found = _read(g, "In Koutakroukou (Banikoara, Alibori) soldiers arrested two men.")
    assert [t for t, i in found if i.startswith(IN_PREFIX)] == ["Koutakroukou"]
    found = _read(g, "Soldiers arrested two men in Koutakroukou (Banikoara, Alibori).")
    assert [t for t, i in found if i.startswith(IN_PREFIX)] == ["Koutakroukou"]


def test_no_stand_in_without_a_country_or_for_a_country_in_parentheses(g: Gazetteer) -> None:
    text = "Gunmen raided Koutakroukou (Banikoara, Alibori) overnight."
    assert not any(i.startswith(IN_PREFIX) for _, i in _read(g, text, country=None))
    # ACLED's "Civilians (Benin)": a country says whose, not where.
    assert _read(g, "Civilians (Benin) were attacked.") == [("Benin", "geonames:2395170")]


def test_an_actor_before_parentheses_is_no_place(g: Gazetteer, registry: ActorRegistry) -> None:
    text = (
        "Fighters of the Lions of the Savanna Front (Kandi) attacked Koutakroukou "
        "(Banikoara, Alibori) in northern Benin."
    )
    names = find_names(text, registry, g)
    assert names.country == "BJ"
    stand_ins = [m.text for m in names.place_mentions if m.entity_id.startswith(IN_PREFIX)]
    assert stand_ins == ["Koutakroukou"]


def test_in_ids_of_unknown_places_raise(g: Gazetteer) -> None:
    with pytest.raises(UnknownNameError):
        g.get(IN_PREFIX + "geonames:0")


# -- a place that contradicts its written path ----------------------------------------------


def test_a_namesake_outside_the_paths_units_is_not_taken(g: Gazetteer) -> None:
    # GeoNames' only "Kabo" held in memory is a town of the Central African Republic: not
    # the village of Tchaourou commune, Borgou, the text places it in.
    assert g.resolve("Kabo", fuzzy=False).country != "BJ"
    found = dict(_read(g, "Two families clashed in the village of Kabo (Tchaourou, Borgou)."))
    tchaourou = g.resolve("Tchaourou", country="BJ").gazetteer_id
    assert found["Kabo"] == IN_PREFIX + tchaourou
    assert g.get(found["Kabo"]).country == "BJ"


def test_a_unit_that_lies_outside_the_wider_unit_is_skipped(g: Gazetteer) -> None:
    # The gazetteer's Kouandé lies far south of Atacora, the department the text puts it in:
    # the village is known only to be in Atacora, and so is the unit named "Kouande".
    kouande = g.resolve("Kouande", country="BJ")
    atacora = g.resolve("Atacora", country="BJ")
    assert kouande.point is not None
    assert atacora.point is not None
    found = dict(_read(g, "Rangers patrolled near Seriwoukou (Kouande, Atacora) on Monday."))
    assert found["Seriwoukou"] == IN_PREFIX + str(atacora.gazetteer_id)
    assert found["Kouande"] == IN_PREFIX + str(atacora.gazetteer_id)


def test_a_comma_list_is_not_read_as_a_contradicting_path(g: Gazetteer) -> None:
    text = "Fighters attacked Aleppo, Homs and Hama on Friday."
    assert [i for _, i in _read(g, text, country="SY")] == [
        g.resolve("Aleppo").gazetteer_id,
        g.resolve("Homs").gazetteer_id,
        g.resolve("Hama").gazetteer_id,
    ]


def test_an_engagement_in_an_unknown_village_is_located_near_its_unit() -> None:
    text = (
        "On 3 March 2023, suspected JNIM militants attacked a military post in "
        "Koutakroukou (Banikoara, Alibori). Two soldiers were killed."
    )
    report = extract_report(text, published=dt.date(2023, 3, 4))
    assert report.engagements
    location = report.engagements[0].location
    assert location is not None
    assert location.country == "BJ"
    assert location.name == Gazetteer.default().resolve("Banikoara", country="BJ").name
    assert location.geo_precision is GeoPrecision.NEAR


# -- the article's country -----------------------------------------------------------------


def test_forces_named_by_nationality_vote_weakly_once_per_country() -> None:
    assert NATIONALITY_WEIGHT < 1.0
    assert article_country([], ["UA"], nationality_countries=["RU", "RU", "RU"]) == "UA"
    assert article_country([], [], nationality_countries=["ML"]) == "ML"
    assert article_country([], ["NE"], nationality_countries=["ML"]) == "NE"


def test_a_foreign_force_does_not_tie_the_home_forces(
    g: Gazetteer, registry: ActorRegistry
) -> None:
    text = (
        "Уранці російські війська обстріляли позиції ЗСУ біля села. "
        "Увечері у Києві пройшла акція родин полонених."
    )
    names = find_names(text, registry, g, lexicon="uk")
    assert names.country == "UA"
    assert [g.get(m.entity_id).name for m in names.place_mentions] == ["Kyiv"]


def test_locate_places_reads_paths_with_the_voted_country(g: Gazetteer) -> None:
    text = "Gunmen kidnapped two traders in Koutakroukou (Banikoara, Alibori)."
    found = [(m.text, m.entity_id) for m in locate_places(text, g)]
    assert found[0][0] == "Koutakroukou"
    assert found[0][1].startswith(IN_PREFIX)


# -- coordinated demonyms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian and Syrian warplanes bombed the town on Monday.",
            [("Russian", "actor:russia-mil"), ("Syrian warplanes", "actor:syria-mil")],
        ),
        (
            "Syrian, Russian and Iranian forces advanced.",
            [
                ("Syrian", "actor:syria-mil"),
                ("Russian", "actor:russia-mil"),
                ("Iranian forces", "actor:iran-mil"),
            ],
        ),
        (
            "Les soldats maliens et nigériens ont repoussé l'attaque.",
            [("soldats maliens", "actor:mali-mil"), ("nigériens", "actor:niger-mil")],
        ),
        (
            "Russische und syrische Kampfflugzeuge griffen an.",
            [("Russische", "actor:russia-mil"), ("syrische Kampfflugzeuge", "actor:syria-mil")],
        ),
        # No force noun shared: no mention.
        ("The Syrian and Turkish foreign ministers met.", []),
        # A stance or a backer word still makes no mention of the state.
        ("pro-Russian and Syrian forces clashed", [("Syrian forces", "actor:syria-mil")]),
        ("Turkish and Iranian-backed militias clashed", []),
    ],
)
def test_coordinated_demonyms_share_the_force_noun(
    registry: ActorRegistry, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.entity_id) for m in registry.find_mentions(text)] == expected


def test_both_coordinated_forces_are_actors_of_the_report() -> None:
    text = "Russian and Syrian warplanes bombed Maarat al-Numan on Monday, killing 12 civilians."
    report = extract_report(text, published=dt.date(2024, 1, 10))
    assert [m.entity_id for m in report.actors] == ["actor:russia-mil", "actor:syria-mil"]
    assert report.engagements
    assert "actor:russia-mil" in report.engagements[0].actor_ids


# -- Arabic names of the forces of countries with a two-word adjective ------------------


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("قصف الجيش الكوري الشمالي المنطقة", "actor:kpa"),
        ("أطلق جيش كوريا الشمالية صاروخا", "actor:kpa"),
        ("قتل جنود جنوب سودانيين في الاشتباك", "actor:sspdf"),
        ("اشتبك الجيش الجنوب سوداني مع مسلحين", "actor:sspdf"),
        ("انسحب جيش جنوب السودان من البلدة", "actor:sspdf"),
        ("دخلت قوات أفريقيا الوسطى البلدة", "actor:faca"),
        ("قصف الجيش السوداني المدينة", "actor:saf"),
    ],
)
def test_arabic_two_word_demonyms(registry: ActorRegistry, text: str, actor_id: str) -> None:
    assert [m.entity_id for m in registry.find_mentions(text)] == [actor_id]


# -- spellings -------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["N'Dali", "N'dali", "N-Dali", "N-dali", "N’Dali"])
def test_a_lone_letter_joined_to_a_lower_case_word_is_one_name(g: Gazetteer, written: str) -> None:
    # ACLED writes "N'dali"; the name is Ndali (Benin) however the apostrophe is written,
    # never Dali (China), read in Benin or with no country.
    text = f"Farmers clashed with herders near {written} on Monday."
    ndali = g.resolve("Ndali", country="BJ").gazetteer_id
    for country in ("BJ", None):
        assert [(m.text, m.entity_id) for m in g.find_mentions(text, country=country)] == [
            (written, ndali)
        ]


def test_a_lower_case_word_after_a_lower_case_letter_is_not_joined(g: Gazetteer) -> None:
    assert g.find_mentions("Il est parti de l'aleppo bar hier.", country="FR") == []
