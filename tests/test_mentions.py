"""find_mentions on ActorRegistry and Gazetteer: spans, word boundaries, distractors."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import Mention, UnknownNameError
from conflict_events.resolve._automaton import (
    MentionScanner,
    capitalised_word_after,
    capitalised_word_before,
    joined_word_after,
    joined_word_before,
    longest_non_overlapping,
)
from conflict_events.resolve._gazetteer import Gazetteer
from conflict_events.resolve._registry import ActorRegistry


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def found(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions]


def assert_spans_index_the_text(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        assert text[m.start : m.end] == m.text
    ends = [(m.start, m.end) for m in mentions]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


# A report written for these tests.
REPORT = (
    "Fighters led by Hay’at Tahrir al-Sham (HTS) and factions of the Turkish-backed Syrian "
    "National Army entered western Aleppo on Friday, the Syrian Observatory for Human Rights "
    "said. SANA said Syrian Arab Army units redeployed. The Syrian National Council, an exile "
    "body, called for talks; Hezbollah's fighters withdrew, according to Reuters and AFP."
)


def test_actor_mentions_in_a_report(registry: ActorRegistry) -> None:
    mentions = registry.find_mentions(REPORT)
    assert found(mentions) == [
        ("Hay’at Tahrir al-Sham", "actor:hts"),
        ("HTS", "actor:hts"),
        ("Turkish-backed Syrian National Army", "actor:sna"),
        ("Syrian Observatory for Human Rights", "actor:sohr"),
        ("SANA", "actor:sana"),
        ("Syrian Arab Army", "actor:syria-mil"),
        ("Syrian National Council", "actor:snc"),
        ("Hezbollah", "actor:hezbollah"),
        ("Reuters", "actor:reuters"),
        ("AFP", "actor:afp"),
    ]
    assert_spans_index_the_text(REPORT, mentions)


def test_actor_mentions_in_arabic(registry: ActorRegistry) -> None:
    text = "هاجمت هيئة تحرير الشام مواقع قوات النظام، وقال المرصد السوري لحقوق الإنسان."
    assert found(registry.find_mentions(text)) == [
        ("هيئة تحرير الشام", "actor:hts"),
        ("قوات النظام", "actor:syria-mil"),
        ("المرصد السوري لحقوق الإنسان", "actor:sohr"),
    ]


def test_mentions_respect_the_day(registry: ActorRegistry) -> None:
    text = "Jabhat al-Nusra and HTS"
    assert found(registry.find_mentions(text, on=dt.date(2015, 1, 1))) == [
        ("Jabhat al-Nusra", "actor:nusra-front")
    ]
    assert found(registry.find_mentions(text, on=dt.date(2020, 1, 1))) == [("HTS", "actor:hts")]


def test_longest_name_wins(registry: ActorRegistry) -> None:
    text = "the Syrian Democratic Forces (SDF) and the Syrian Democratic Council"
    assert found(registry.find_mentions(text)) == [
        ("Syrian Democratic Forces", "actor:sdf"),
        ("SDF", "actor:sdf"),
        ("Syrian Democratic Council", "actor:sdc"),
    ]


# Sentences written to contain no actor at all: look-alikes, substrings, lowercase
# acronyms, acronyms in capitals-only text.
ACTOR_DISTRACTORS = [
    "Let us know what the un-named officials said.",
    "He said the snake was sana, a word he made up.",
    "The hts file and the sdf file were on the afp drive.",
    "THE US AND THE UN MET TODAY.",
    "Nusrat Fateh Ali Khan sang; the Nusraville band played.",
    "The Syrian National Police and the Free Syrian Police.",
    "The Hamasaki family and the Jihadist Studies Review, both fictional.",
    "An amnesty was announced by the observatory staff.",
    "Snakes, SNAKES and the Hezbollahs of fiction.",
    "Revolutionary guardsmen of the old army marched.",
    "The Islamic Statesman newspaper said.",
]


@pytest.mark.parametrize("text", ACTOR_DISTRACTORS)
def test_actor_distractors_have_no_mentions(registry: ActorRegistry, text: str) -> None:
    assert registry.find_mentions(text) == []


# --- places ----------------------------------------------------------------------------


def test_place_mentions_in_a_report(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels reached the Aleppo Citadel and Kuweires airbase, took Saraqib and Maarat "
        "al-Numan on the M5 highway, and shelled Tal Rifaat near Halab."
    )
    mentions = gazetteer.find_mentions(text)
    assert found(mentions) == [
        ("Aleppo Citadel", "ce:aleppo-citadel"),
        ("Kuweires airbase", "ce:kuweires-military-airbase"),
        ("Saraqib", "geonames:164816"),
        ("Maarat al-Numan", "ce:maarat-al-numan"),
        ("M5 highway", "ce:m5-motorway"),
        ("Tal Rifaat", "geonames:163476"),
        ("Halab", "geonames:170063"),
    ]
    assert_spans_index_the_text(text, mentions)


def test_place_mentions_in_arabic(gazetteer: Gazetteer) -> None:
    text = "سيطرت الفصائل على مدينة حلب، ثم تقدمت نحو حماة ثم دوما."
    assert found(gazetteer.find_mentions(text)) == [
        ("حلب", "geonames:170063"),
        ("حماة", "geonames:170017"),
        ("دوما", "geonames:170592"),
    ]


def test_country_settles_a_shared_name(gazetteer: Gazetteer) -> None:
    text = "Clashes in Tripoli."
    assert gazetteer.find_mentions(text) == []  # Libya or Lebanon: left out
    assert found(gazetteer.find_mentions(text, country="LB")) == [("Tripoli", "geonames:266826")]


PLACE_DISTRACTORS = [
    "reading the news in nice weather",  # not capitalised
    "Reading the news in Nice weather, Mobile phones rang.",  # stop words
    "The Hamas leader spoke.",  # Hama is no substring match
    "SANA and HTS said so.",  # acronyms are not places
    "the homs and the aleppos of this world",
    "فتح الباب أمام الثورة في المدينة",  # Arabic common words that are place names
]


@pytest.mark.parametrize("text", PLACE_DISTRACTORS)
def test_place_distractors_have_no_mentions(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find_mentions(text) == []


# --- properties and the scanner ----------------------------------------------------


@given(st.text(max_size=200))
def test_any_text_gives_valid_spans(text: str) -> None:
    registry = ActorRegistry.default()
    gazetteer = Gazetteer.default()
    for mentions in (registry.find_mentions(text), gazetteer.find_mentions(text)):
        assert_spans_index_the_text(text, mentions)


@given(
    st.lists(
        st.sampled_from(
            ["Aleppo", "HTS", "Hay’at Tahrir al-Sham", " ", ", ", "ß", "حلب", "é", "x"]
        ),
        max_size=20,
    )
)
def test_spans_survive_expanding_and_vanishing_characters(pieces: list[str]) -> None:
    text = "".join(pieces)
    registry = ActorRegistry.default()
    assert_spans_index_the_text(text, registry.find_mentions(text))
    assert_spans_index_the_text(text, Gazetteer.default().find_mentions(text))


def test_scanner_respects_word_boundaries() -> None:
    scanner: MentionScanner[str] = MentionScanner()
    scanner.add("Hama", "hama")
    scanner.add("HTS", "hts", acronym=True)
    hits = scanner.scan("Hamas, Hama's HTSX HTS-led (HTS)")
    assert [(h.start, h.end, list(h.payloads)) for h in hits] == [
        (7, 11, ["hama"]),
        (19, 22, ["hts"]),
        (28, 31, ["hts"]),
    ]


def test_longest_non_overlapping_prefers_longer_spans() -> None:
    spans = [(0, 5, "a"), (3, 12, "b"), (12, 14, "c"), (13, 20, "d")]
    assert longest_non_overlapping(spans) == [(3, 12, "b"), (13, 20, "d")]


# --- a place name inside a longer proper name ------------------------------------------
# Sentences written for these tests.  Each names a place-like word that is part of a
# longer proper name (a village, a person, a site) and must not be reported as the place.

LONGER_NAME_DISTRACTORS = [
    ("Shelling hit the hilltop village of Tell Ali overnight.", "Tell"),
    ("Paris Hilton posted a photo from the beach.", "Paris"),
    ("Jordan Peterson gave a lecture.", "Jordan"),
    ("Workers fled the Aleppo Industrial City at dawn.", "Aleppo"),
    ("Residents of Ain Homs Village said the road was cut.", "Homs"),
    ("A spokesman for Damascus Cham Holding spoke.", "Damascus"),
    ("Forces advanced from Deir Hafer Hama Road towards the lake.", "Hama"),
    ("The singer Ali Hama performed.", "Hama"),
]


@pytest.mark.parametrize(("text", "word"), LONGER_NAME_DISTRACTORS)
def test_a_place_name_inside_a_longer_name_is_not_the_place(
    gazetteer: Gazetteer, text: str, word: str
) -> None:
    assert word not in [m.text for m in gazetteer.find_mentions(text)]


# Capitalised neighbours that do not continue the name: sentence starts and function
# words, weekdays, months, and the generic words of PLACE_GENERIC_WORDS.
NOT_LONGER_NAMES = [
    ("In Aleppo, shops reopened.", [("Aleppo", "geonames:170063")]),
    ("Rebels entered Aleppo Friday.", [("Aleppo", "geonames:170063")]),
    ("Clashes In Aleppo As Troops Withdraw", [("Aleppo", "geonames:170063")]),
    (
        "Shelling hit Aleppo City and Idlib Governorate.",
        [
            ("Aleppo", "geonames:170063"),
            ("Idlib Governorate", "ce:idlib-governorate"),
        ],
    ),
    (
        "From Hama to Homs, roads were cut.",
        [
            ("Hama", "geonames:170017"),
            ("Homs", "geonames:169577"),
        ],
    ),
    ("Clashes erupted near Tell Abyad.", [("Tell Abyad", "ce:tell-abyad")]),
    ("Aleppo\nIdlib was quiet.", [("Aleppo", "geonames:170063"), ("Idlib", "geonames:169389")]),
    (
        "Between Saraqib and Idlib November saw fighting.",
        [
            ("Saraqib", "geonames:164816"),
            ("Idlib", "geonames:169389"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_LONGER_NAMES)
def test_capitalised_words_that_do_not_continue_a_name(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(gazetteer.find_mentions(text)) == expected


ACTOR_LONGER_NAME_DISTRACTORS = [
    # Kata'ib Hezbollah is an Iraqi militia, not Lebanon's Hezbollah.
    ("Kataib Hezbollah claimed the drone attack.", "actor:hezbollah"),
    # The New Syrian Army was a rebel group, not the Syrian army.
    ("Fighters of the New Syrian Army held the crossing.", "actor:syria-mil"),
    # Pro-government militias are not the army; anti-government forces are rebels.
    ("Pro-government forces and anti-government forces clashed.", "actor:syria-mil"),
    ("pro-Iranian forces moved in.", "actor:iran-mil"),
    ("pro-Russian forces", "actor:russia-mil"),
]


@pytest.mark.parametrize(("text", "wrong_id"), ACTOR_LONGER_NAME_DISTRACTORS)
def test_actor_name_inside_a_longer_name_is_not_the_actor(
    registry: ActorRegistry, text: str, wrong_id: str
) -> None:
    assert wrong_id not in [m.entity_id for m in registry.find_mentions(text)]


def test_titles_and_adjectives_before_an_actor_name_are_no_longer_name(
    registry: ActorRegistry,
) -> None:
    text = "President Bashar al-Assad said Islamist Hayat Tahrir al-Sham fighters fled."
    assert found(registry.find_mentions(text)) == [
        ("Bashar al-Assad", "actor:assad"),
        ("Hayat Tahrir al-Sham", "actor:hts"),
    ]


# --- demonym descriptors ---------------------------------------------------------------

DESCRIPTORS = [
    ("Russian warplanes pounded the town.", "Russian warplanes", "actor:russia-mil"),
    ("Russian jets were heard overhead.", "Russian jets", "actor:russia-mil"),
    ("Russian aircraft struck twice.", "Russian aircraft", "actor:russia-mil"),
    ("Turkish troops crossed the border.", "Turkish troops", "actor:turkey-mil"),
    ("Israeli strikes hit the airport.", "Israeli strikes", "actor:israel-mil"),
    ("Syrian government forces withdrew.", "Syrian government forces", "actor:syria-mil"),
    ("US troops patrolled the oil fields.", "US troops", "actor:us-mil"),
    ("U.S. troops patrolled the oil fields.", "U.S. troops", "actor:us-mil"),
    ("American forces left the base.", "American forces", "actor:us-mil"),
    ("Iranian forces reinforced the city.", "Iranian forces", "actor:iran-mil"),
    (
        "RUSSIAN WARPLANES? No: Russian Warplanes Strike Idlib",
        "Russian Warplanes",
        ("actor:russia-mil"),
    ),
]


@pytest.mark.parametrize(("text", "span", "actor_id"), DESCRIPTORS)
def test_demonym_descriptors_name_the_military(
    registry: ActorRegistry, text: str, span: str, actor_id: str
) -> None:
    assert (span, actor_id) in found(registry.find_mentions(text))
    assert registry.resolve(span).id == actor_id


DESCRIPTOR_DISTRACTORS = [
    "She studied the Russian language and drank Turkish coffee.",
    "Iranian-backed militias took the village.",  # "-backed": a backer, not the actor
    "Turkish-backed Syrian forces entered Afrin.",  # a proxy, not Syria's military
    "The US-backed Syrian forces held Raqqa.",
    "They told us troops would come.",  # "us" is not "US"
    "russian forces",  # a demonym is written with its capital
    "Russian tanks and Turkish rifles were sold abroad.",  # equipment is named by maker
    "Syrian horses and Russian dolls.",
]


@pytest.mark.parametrize("text", DESCRIPTOR_DISTRACTORS)
def test_descriptor_distractors(registry: ActorRegistry, text: str) -> None:
    military = {"actor:russia-mil", "actor:turkey-mil", "actor:syria-mil", "actor:us-mil",
                "actor:iran-mil", "actor:israel-mil"}  # fmt: skip
    assert not military & {m.entity_id for m in registry.find_mentions(text)}


def test_descriptors_are_not_fuzzy_and_names_win(registry: ActorRegistry) -> None:
    with pytest.raises(UnknownNameError):
        registry.resolve("Syrian horses")  # one letter from "Syrian forces"
    # "Israeli Air Force" is also a name of the IDF: found once, as the name.
    assert found(registry.find_mentions("the Israeli Air Force said")) == [
        ("Israeli Air Force", "actor:israel-mil")
    ]


# --- the word next to a name -----------------------------------------------------------


def _reference_joined_before(text: str, start: int) -> str:
    # Written from the documented rule: spaces or tabs only (no line break), then the
    # run of letters and digits (at most 64 of them).
    i = start - 1
    if i < 0 or text[i] not in " \t\u00a0":
        return ""
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    word = ""
    while i >= 0 and text[i].isalnum() and len(word) < 64:
        word = text[i] + word
        i -= 1
    return word


@given(st.text(alphabet="aZ9 .-\n\té", max_size=40))
def test_joined_word_helpers_match_the_rule(text: str) -> None:
    for position in range(len(text) + 1):
        reference = _reference_joined_before(text, position)
        assert joined_word_before(text, position)[0] == reference
        assert capitalised_word_before(text, position) == (
            reference if reference[:1].isupper() else ""
        )
        after = joined_word_after(text, position)
        reversed_text = text[::-1]
        assert after == _reference_joined_before(reversed_text, len(text) - position)[::-1]
        assert capitalised_word_after(text, position) == (after if after[:1].isupper() else "")


# --- the words are the lexicon's: a word added to the data is used by every rule -------


def test_every_word_of_the_names_table_reaches_its_rule() -> None:
    from conflict_events.lexicon import load
    from conflict_events.resolve._words import english

    lexicon, words = load("en"), english()
    groups = lexicon.mapping("names.mentions.break_words")
    for key in groups:
        assert set(lexicon.words(f"names.mentions.break_words.{key}")) <= words.break_words
    for key in lexicon.mapping("names.actors.prefix_words"):
        prefixes = set(lexicon.words(f"names.actors.prefix_words.{key}"))
        assert prefixes <= words.actor_prefix_words <= words.actor_free_before
    assert words.break_words <= words.actor_free_before
    assert set(lexicon.words("names.places.generic_words")) <= words.place_free_after
    assert words.force_nouns == lexicon.words("names.actors.force_nouns")


def test_a_generic_word_added_to_the_lexicon_keeps_the_place() -> None:
    from conflict_events import Location
    from conflict_events.lexicon import load

    places = [Location(name="Palmyra", kind="town", country="SY", gazetteer_id="x:palmyra")]
    text = "Troops entered Palmyra Oasis on Monday."
    plain = Gazetteer.from_locations(places)
    assert found(plain.find_mentions(text)) == []  # "Oasis" continues the name
    more = load("en").extended({"names": {"places": {"generic_words": ["oasis"]}}})
    extended = Gazetteer.from_locations(places, lexicon=more)
    assert found(extended.find_mentions(text)) == [("Palmyra", "x:palmyra")]


def test_words_added_to_the_lexicon_change_the_actor_rules() -> None:
    from conflict_events import Actor
    from conflict_events.lexicon import load

    actors = [
        Actor(id="actor:fr-mil", name="French Armed Forces", kind="state_force"),
        Actor(id="actor:sdf", name="Syrian Democratic Forces", kind="rebel_group"),
    ]
    demonyms = {"actor:fr-mil": ["French"]}
    text = "Paris-financed French troops met Envoy Syrian Democratic Forces, Warlord SDF."
    plain = ActorRegistry(actors, demonyms=demonyms)
    assert found(plain.find_mentions(text)) == [
        ("French troops", "actor:fr-mil"),
        ("Syrian Democratic Forces", "actor:sdf"),  # "Envoy" is a title
    ]
    more = load("en").extended(
        {
            "names": {
                "actors": {
                    "backer_words": ["financed"],
                    "force_nouns": ["gunboats"],
                    "prefix_words": {"titles": ["warlord"]},
                }
            }
        }
    )
    extended = ActorRegistry(
        [*actors, Actor(id="actor:x", name="Warlord Syrian Democratic Forces", kind="other")],
        demonyms=demonyms,
        lexicon=more,
    )
    # "financed" now makes the descriptor someone's proxy
    assert found(extended.find_mentions(text)) == [("Syrian Democratic Forces", "actor:sdf")]
    assert extended.resolve("French gunboats").id == "actor:fr-mil"
    with pytest.raises(UnknownNameError):
        plain.resolve("French gunboats")
    warlord = "Rebels fought Warlord Syrian Democratic Forces units."
    assert found(plain.find_mentions(warlord)) == []  # "Warlord" continues the name
    assert found(ActorRegistry(actors, lexicon=more).find_mentions(warlord)) == [
        ("Syrian Democratic Forces", "actor:sdf")
    ]
