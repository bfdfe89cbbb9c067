"""In-text acronym definitions and unresolved armed-group names, on sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.lexicon import load
from conflict_events.model import Actor, Alias
from conflict_events.resolve import (
    ActorRegistry,
    find_definitions,
    find_unresolved_actors,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes between the Rapid Support Forces (RSF) and the army.",
            [("Rapid Support Forces", "RSF")],
        ),
        ("Les Forces de soutien rapide (FSR) ont attaqué.", [("Forces de soutien rapide", "FSR")]),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed it.",
            [("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM")],
        ),
        (
            "al-Qaeda in the Islamic Maghreb (AQIM) and the Mouvement national de libération de "
            "l'Azawad (MNLA) met.",
            [
                ("al-Qaeda in the Islamic Maghreb", "AQIM"),
                ("Mouvement national de libération de l'Azawad", "MNLA"),
            ],
        ),
        ("El Frente Amplio de Liberación (FAL) negó.", [("Frente Amplio de Liberación", "FAL")]),
        (
            "As Forças Armadas de Defesa de Moçambique (FADM) recuaram.",
            [("Forças Armadas de Defesa de Moçambique", "FADM")],
        ),
        # Several letters from one word: "Maliennes" gives "Ma".
        ("Les Forces Armées Maliennes (FAMa) ont riposté.", [("Forces Armées Maliennes", "FAMa")]),
    ],
)
def test_definitions_found(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_definitions(text)
    assert [(d.name, d.acronym) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.name
        assert text[d.acronym_start : d.acronym_end] == d.acronym


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose sharply (EUR) in March.",  # the words do not give the letters
        "the rapid support forces (RSF) came",  # no capitalised name
        "He spoke to Smith (CEO) on Monday.",
        "Rapid Support Forces, (RSF) said",  # punctuation between name and parenthesis
        "the Rapid Support Forces (Sudan) attacked",  # no acronym
        "Rapid Support Forces (RSFX)",  # a letter left over
        "Support Forces of the Rapid Reaction (RSF)",  # letters out of order
    ],
)
def test_no_definition(text: str) -> None:
    assert find_definitions(text) == []


def test_function_words_come_from_the_lexicon() -> None:
    text = "Die Front zur Befreiung (FB) griff an."
    assert find_definitions(text) == []
    lex = load("en").extended(
        {"names": {"actors": {"definitions": {"function_words": {"de": ["zur"]}}}}}
    )
    assert [d.acronym for d in find_definitions(text, lexicon=lex)] == ["FB"]


def test_acronym_becomes_a_name_of_the_known_actor() -> None:
    registry = ActorRegistry.default()
    # "al-" may give its letter: H, T, a, S.
    text = "Fighters of Hay'at Tahrir al-Sham (HTaS) advanced. HTaS units took the town."
    local = registry.with_definitions(text)
    assert local.resolve("HTaS").id == "actor:hts"
    with pytest.raises(LookupError):
        registry.resolve("HTaS")  # the registry itself is unchanged
    mentions = [(m.text, m.entity_id) for m in registry.find_mentions(text, definitions=True)]
    assert mentions == [
        ("Hay'at Tahrir al-Sham", "actor:hts"),
        ("HTaS", "actor:hts"),
        ("HTaS", "actor:hts"),
    ]
    assert "HTaS" not in [m.text for m in registry.find_mentions(text)]


def test_unknown_long_name_gets_a_text_local_actor() -> None:
    registry = ActorRegistry.default()
    text = "The Lions of the Savanna Front (LSF) attacked Kandi. Later LSF fighters withdrew."
    local = registry.with_definitions(text)
    lsf = local.resolve("LSF")
    assert lsf.id == "actor:text:lions-of-the-savanna-front"
    assert lsf.name == "Lions of the Savanna Front"
    assert "actor:text:lions-of-the-savanna-front" not in registry
    mentions = registry.find_mentions(text, definitions=True)
    assert [(m.text, m.start) for m in mentions] == [
        ("Lions of the Savanna Front", 4),
        ("LSF", 32),
        ("LSF", text.rindex("LSF")),
    ]
    assert {m.entity_id for m in mentions} == {lsf.id}


def test_text_definition_wins_over_the_registrys_acronym() -> None:
    registry = ActorRegistry(
        [
            Actor(
                id="actor:rsf-press",
                name="Reporters Without Borders",
                kind="ngo",
                aliases=[Alias(name="RSF", acronym=True)],
            )
        ]
    )
    text = "RSF condemned it. Later the Rapid Support Forces (RSF) shelled the city; RSF denied."
    before = [(m.text, m.entity_id) for m in registry.find_mentions(text, definitions=True)]
    assert before[0] == ("RSF", "actor:rsf-press")  # before the definition: the registry's
    assert before[-1] == ("RSF", "actor:text:rapid-support-forces")
    assert registry.with_definitions(text).resolve("RSF").id == "actor:text:rapid-support-forces"


def test_definitions_respect_the_day() -> None:
    registry = ActorRegistry.default()
    text = "the Jabhat al-Nusra (JAN) fought"
    assert registry.with_definitions(text, on=dt.date(2015, 6, 1)).resolve("JAN").id == (
        "actor:nusra-front"
    )
    # Out of its period the long name is not the registry's: a text-local actor.
    later = registry.with_definitions(text, on=dt.date(2021, 1, 1))
    assert later.resolve("JAN").id == "actor:text:jabhat-al-nusra"


def test_unresolved_actors_are_reported_with_spans() -> None:
    text = (
        "On Monday the Lions of the Savanna Front clashed with the Free Syrian Army near "
        "Kandi, while Hezbollah Brigades of the South and the Front de libération du Rif "
        "joined Jaysh al-Fatah. President Assad's Syrian Arab Army stayed out."
    )
    found = find_unresolved_actors(text, ActorRegistry.default())
    assert [(u.text, u.head) for u in found] == [
        ("Lions of the Savanna Front", "front"),
        ("Hezbollah Brigades of the South", "brigades"),
        ("Front de libération du Rif", "front"),
        ("Jaysh al-Fatah", "jaysh"),
    ]
    for u in found:
        assert text[u.start : u.end] == u.text


def test_known_names_are_not_unresolved() -> None:
    registry = ActorRegistry.default()
    text = "the Syrian Democratic Forces and the Free Syrian Army and the Syrian Arab Army"
    assert find_unresolved_actors(text, registry) == []
    # A fuzzy likeness is not knowledge: a one-letter variant is still reported.
    assert [u.text for u in find_unresolved_actors("the Free Syrian Armi Front", registry)] == [
        "Free Syrian Armi Front"
    ]
    # A user registry that knows the name silences it.
    lions = Actor(id="actor:lions", name="Lions of the Savanna Front", kind="rebel_group")
    assert find_unresolved_actors("the Lions of the Savanna Front", ActorRegistry([lions])) == []


def test_no_head_word_no_report() -> None:
    registry = ActorRegistry.default()
    text = "The United Nations Security Council met in New York."
    assert find_unresolved_actors(text, registry) == []
    assert find_unresolved_actors("Army", registry) == []  # one word is no name
    assert find_unresolved_actors("", registry) == []
