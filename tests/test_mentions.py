"""find_mentions on ActorRegistry and Gazetteer: spans, word boundaries, distractors."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import Mention
from conflict_events.resolve._automaton import MentionScanner, longest_non_overlapping
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
    "Hamas and Palestinian Islamic Jihad fighters in Gaza.",
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
