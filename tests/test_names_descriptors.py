"""State forces named by demonym in every language with a descriptor table (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import Actor, ActorRegistry, UnknownNameError, ValidationError
from conflict_events.extract import find_casualties
from conflict_events.lexicon import available_languages, load
from conflict_events.resolve._words import descriptor_words


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("soldats maliens", "actor:mali-mil"),
        ("militaires burkinabè", "actor:bf-mil"),
        ("l'armée malienne", "actor:mali-mil"),
        ("soldados colombianos", "actor:col-mil"),
        ("militares mexicanos", "actor:mx-mil"),
        ("soldados moçambicanos", "actor:fadm"),
        ("israelische Soldaten", "actor:israel-mil"),
        ("malischen Soldaten", "actor:mali-mil"),
        ("US-Soldaten", "actor:us-mil"),
        ("российские военные", "actor:russia-mil"),
        ("украинских военных", "actor:ukraine-mil"),
        ("російські окупанти", "actor:russia-mil"),
        ("Türk askerleri", "actor:turkey-mil"),
        ("İsrail ordusu", "actor:israel-mil"),
        ("جنود إسرائيليين", "actor:israel-mil"),
        ("الجيش السوداني", "actor:saf"),
        ("للجيش السوداني", "actor:saf"),
        ("القوات المسلحة السودانية", "actor:saf"),
        ("soldats sud-soudanais", "actor:sspdf"),
    ],
)
def test_a_descriptor_resolves_in_its_language(
    registry: ActorRegistry, name: str, actor_id: str
) -> None:
    assert registry.resolve(name).id == actor_id


@pytest.mark.parametrize(
    "name",
    [
        "maliens soldats",  # French puts the adjective after the noun
        "Soldaten malischen",  # German before
        "forces Syrian",  # English before
        "soldats Malian",  # an English demonym with a French noun
        "maliens",
    ],
)
def test_a_descriptor_in_the_wrong_order_is_no_name(registry: ActorRegistry, name: str) -> None:
    with pytest.raises(UnknownNameError):
        registry.resolve(name)


def _found(registry: ActorRegistry, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in registry.find_mentions(text)]


def test_descriptors_in_running_text(registry: ActorRegistry) -> None:
    text = (
        "Au moins neuf soldats maliens ont été tués près de l'armée malienne. "
        "Российские военные обстреляли село. Die israelischen Soldaten und US-Soldaten. "
        "قتل جنود إسرائيليين في قصف للجيش السوداني."
    )
    assert _found(registry, text) == [
        ("soldats maliens", "actor:mali-mil"),
        ("armée malienne", "actor:mali-mil"),
        ("Российские военные", "actor:russia-mil"),
        ("israelischen Soldaten", "actor:israel-mil"),
        ("US-Soldaten", "actor:us-mil"),
        ("جنود إسرائيليين", "actor:israel-mil"),
        ("للجيش السوداني", "actor:saf"),
    ]


def test_a_capitalised_lower_case_demonym_inside_a_sentence_is_a_name(
    registry: ActorRegistry,
) -> None:
    # "Freie Syrische Armee" is the FSA's German name, not the Syrian army
    assert _found(registry, "Kämpfer der Freien Syrischen Armee griffen an.") == []
    assert _found(registry, "Syrische Soldaten griffen an.") == [
        ("Syrische Soldaten", "actor:syria-mil")
    ]


def test_the_english_rules_hold(registry: ActorRegistry) -> None:
    text = "Turkish-backed Syrian forces, pro-Russian forces and the Syrian army's claim."
    assert _found(registry, text) == [("Syrian army", "actor:syria-mil")]
    assert _found(registry, "us troops") == []


def test_every_language_lexicon_has_a_descriptor_table_the_data_uses(
    registry: ActorRegistry,
) -> None:
    for language in available_languages():
        words = descriptor_words(load(language))
        assert words is not None, language
        assert words.force_nouns, language
    assert set(registry.language_demonyms) == set(available_languages()) - {"en"}
    for table in registry.language_demonyms.values():
        for actor_id in table:
            assert registry.get(actor_id).kind == "state_force"


def test_language_descriptors_follow_the_actor_period_and_round_trip() -> None:
    actor = Actor(
        id="actor:x-mil",
        name="Ruritanian Armed Forces",
        kind="state_force",
        active_until=dt.date(2010, 12, 31),
    )
    registry = ActorRegistry([actor], language_demonyms={"fr": {"actor:x-mil": ["ruritanien"]}})
    assert registry.resolve("forces ruritaniennes").id == actor.id
    with pytest.raises(UnknownNameError):
        registry.resolve("soldats ruritaniens", on=dt.date(2015, 1, 1))
    back = ActorRegistry.from_json(registry.to_json())
    assert back.language_demonyms == registry.language_demonyms
    assert back.resolve("soldats ruritaniens").id == actor.id


def test_a_language_without_a_lexicon_is_reported() -> None:
    text = '{"actors": [], "descriptors": {"languages": {"xx": {"actor:x": ["y"]}}}}'
    with pytest.raises(ValidationError) as info:
        ActorRegistry.from_json(text)
    assert info.value.paths == ("$.descriptors.languages.xx",)


@pytest.mark.parametrize(
    ("language", "text", "actor_id"),
    [
        ("fr", "Au moins neuf soldats maliens ont été tués jeudi.", "actor:mali-mil"),
        ("es", "Tres soldados colombianos murieron en el ataque.", "actor:col-mil"),
        ("pt", "Dois militares ruandeses morreram no ataque.", "actor:rdf"),
        ("de", "Zwei israelische Soldaten wurden getötet.", "actor:israel-mil"),
        ("de", "Fünf malischen Soldaten wurden verletzt.", "actor:mali-mil"),
    ],
)
def test_casualty_groups_read_the_descriptor_in_the_language_order(
    registry: ActorRegistry, language: str, text: str, actor_id: str
) -> None:
    figures = find_casualties(text, registry=registry, lexicon=language)
    assert [f.figure.group for f in figures] == [actor_id]
