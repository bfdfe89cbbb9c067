"""ActorRegistry and Gazetteer pickle (for multiprocessing): what comes back holds the same
actors and places and resolves and finds the same names."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys

import pytest

from conflict_events import Actor, Alias, AmbiguousNameError, Location, UnknownNameError
from conflict_events.lexicon import load
from conflict_events.resolve._gazetteer import Gazetteer
from conflict_events.resolve._registry import ActorRegistry

TEXT = (
    "Fighters of Hay’at Tahrir al-Sham (HTS) clashed with the SNA near Afrin, while Russian "
    "warplanes struck Idlib and Turkish-backed Syrian forces shelled Tell Rifaat. "
    "The Syrian Observatory for Human Rights said pro-government forces entered Halab."
)
NAMES = ["HTS", "Hezbolah", "Jabhat al-Nusra", "Daesh", "Russian warplanes", "nobody at all"]
PLACES = ["Aleppo", "Halab", "حلب", "Tripoli", "Kuweires airbase", "Atlantis", "Idleb"]


def _outcome(call: object, *args: object, **kwargs: object) -> object:
    try:
        result = call(*args, **kwargs)  # type: ignore[operator]
    except (UnknownNameError, AmbiguousNameError) as exc:
        return type(exc).__name__, str(exc)
    return getattr(result, "id", result)


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_default_registry_round_trips(protocol: int) -> None:
    registry = ActorRegistry.default()
    back = pickle.loads(pickle.dumps(registry, protocol=protocol))
    assert type(back) is ActorRegistry
    assert list(back) == list(registry)
    assert back.to_json() == registry.to_json()
    assert back.sources == registry.sources
    assert back.demonyms == registry.demonyms
    assert back.force_nouns == registry.force_nouns
    for name in NAMES:
        assert _outcome(back.resolve, name) == _outcome(registry.resolve, name)
        day = dt.date(2015, 6, 1)
        assert _outcome(back.resolve, name, on=day) == _outcome(registry.resolve, name, on=day)
    assert back.find_mentions(TEXT) == registry.find_mentions(TEXT)
    assert [a.id for a in back.lineage("actor:hts")] == [
        a.id for a in registry.lineage("actor:hts")
    ]


def test_a_changed_registry_round_trips_with_its_changes() -> None:
    registry = ActorRegistry(
        [Actor(id="actor:lions", name="Lions of the East", kind="rebel_group")],
        sources={"actor:lions": "a test"},
    )
    registry.add_alias("actor:lions", Alias(name="LOE", acronym=True))
    registry.add(Actor(id="actor:fr-mil", name="French Armed Forces", kind="state_force"))
    registry.set_descriptors({"actor:fr-mil": ["French"]}, force_nouns=["jets"])
    back = pickle.loads(pickle.dumps(registry))
    assert list(back) == list(registry)
    assert back.resolve("LOE").id == "actor:lions"
    assert back.resolve("French jets").id == "actor:fr-mil"
    with pytest.raises(UnknownNameError):
        back.resolve("French troops")  # only the force nouns given
    text = "LOE fighters and French jets."
    assert back.find_mentions(text) == registry.find_mentions(text)
    # the copy is independent of the original
    back.add(Actor(id="actor:new", name="New Front", kind="rebel_group"))
    assert "actor:new" not in registry


def test_a_registry_keeps_its_own_lexicon_through_pickling() -> None:
    lexicon = load("en").extended({"names": {"actors": {"force_nouns": ["gunboats"]}}})
    registry = ActorRegistry(
        [Actor(id="actor:fr-mil", name="French Armed Forces", kind="state_force")],
        demonyms={"actor:fr-mil": ["French"]},
        lexicon=lexicon,
    )
    assert registry.resolve("French gunboats").id == "actor:fr-mil"
    back = pickle.loads(pickle.dumps(registry))
    assert back.resolve("French gunboats").id == "actor:fr-mil"
    assert [m.entity_id for m in back.find_mentions("French gunboats fired.")] == ["actor:fr-mil"]


def _small_gazetteer() -> Gazetteer:
    return Gazetteer.from_locations(
        [
            Location(name="Kafr Nubl", kind="town", country="SY", gazetteer_id="x:1"),
            Location(name="Tripoli", kind="city", country="LY", gazetteer_id="x:2"),
            Location(name="Tripoli", kind="city", country="LB", gazetteer_id="x:3"),
        ],
        aliases={"x:1": ["Kafranbel", "كفرنبل"]},
        populations={"x:2": 1_000_000, "x:3": 200_000},
    )


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_a_gazetteer_round_trips(protocol: int) -> None:
    gazetteer = _small_gazetteer()
    back = pickle.loads(pickle.dumps(gazetteer, protocol=protocol))
    assert type(back) is Gazetteer
    assert list(back) == list(gazetteer)
    for name in ["Kafranbel", "كفرنبل", "Kafr Nubel", "Tripoli", "Homs"]:
        assert _outcome(back.resolve, name) == _outcome(gazetteer.resolve, name)
        assert _outcome(back.resolve, name, country="LB") == _outcome(
            gazetteer.resolve, name, country="LB"
        )
    text = "Shelling hit Kafranbel and Tripoli."
    assert back.find_mentions(text) == gazetteer.find_mentions(text)
    assert back.find_mentions(text, country="LB") == gazetteer.find_mentions(text, country="LB")


def test_a_gazetteer_keeps_its_own_lexicon_through_pickling() -> None:
    lexicon = load("en").extended({"names": {"places": {"common_words": ["kafranbel"]}}})
    gazetteer = Gazetteer.from_locations(
        [Location(name="Kafr Nubl", kind="town", country="SY", gazetteer_id="x:1")],
        aliases={"x:1": ["Kafranbel"]},
        lexicon=lexicon,
    )
    back = pickle.loads(pickle.dumps(gazetteer))
    assert back.find_mentions("Shelling hit Kafranbel.") == []
    assert back.resolve("Kafranbel").gazetteer_id == "x:1"


def test_the_default_gazetteer_pickles_as_a_reference() -> None:
    gazetteer = Gazetteer.default()
    data = pickle.dumps(gazetteer)
    assert len(data) < 1_000  # not its megabytes of tables
    assert pickle.loads(data) is gazetteer
    for name in PLACES:
        assert _outcome(pickle.loads(data).resolve, name) == _outcome(gazetteer.resolve, name)


def test_the_default_gazetteer_unpickles_in_another_process() -> None:
    data = pickle.dumps(Gazetteer.default())
    script = (
        "import pickle, sys; g = pickle.loads(sys.stdin.buffer.read()); "
        "print(g.resolve('Halab').gazetteer_id, len(g.find_mentions('Rebels entered Aleppo.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], input=data, capture_output=True, check=True
    ).stdout.decode()
    assert out.split() == [Gazetteer.default().resolve("Halab").gazetteer_id, "1"]
