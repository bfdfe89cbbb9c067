"""ACLED's generic actor names (conflict_events.resolve._acled_actors): templates for every
country, checked on cells written here from ACLED's public naming conventions, on distractors,
and — when present — on every actor cell of the shared Benin export."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.lexicon import load
from conflict_events.model import Actor, ActorKind
from conflict_events.resolve import ActorRegistry
from conflict_events.resolve._acled_actors import (
    AcledActorName,
    acled_actor,
    parse_acled_actor,
    split_acled_cell,
)

S = ActorKind.STATE_FORCE
G = ActorKind.GOVERNMENT
PM = ActorKind.POLITICAL_MILITIA
IM = ActorKind.IDENTITY_MILITIA
CIV = ActorKind.CIVILIANS
RIOT = ActorKind.RIOTERS
PROT = ActorKind.PROTESTERS
EXT = ActorKind.EXTERNAL_FORCE
OTHER = ActorKind.OTHER

# (cell, kind, country, id) — cells written from ACLED's codebook conventions.
CELLS: list[tuple[str, ActorKind, str | None, str]] = [
    # State forces: "<Force> of <Country> (<period>) <unit>"
    ("Military Forces of Nigeria (2015-)", S, "NG", "military-forces-of-nigeria-2015"),
    ("Military Forces of Nigeria (2015-) Air Force", S, "NG", "military-forces-of-nigeria-2015-air-force"),
    ("Military Forces of Nigeria (2015-) Navy", S, "NG", "military-forces-of-nigeria-2015-navy"),
    ("Police Forces of Nigeria (2015-)", S, "NG", "police-forces-of-nigeria-2015"),
    ("Police Forces of Nigeria (2015-) Civil Defence Corps", S, "NG", "police-forces-of-nigeria-2015-civil-defence-corps"),
    ("Military Forces of Mali (2021-)", S, "ML", "military-forces-of-mali-2021"),
    ("Military Forces of Burkina Faso (2022-)", S, "BF", "military-forces-of-burkina-faso-2022"),
    ("Military Forces of Niger (2023-)", S, "NE", "military-forces-of-niger-2023"),
    ("Military Forces of Chad (2021-)", S, "TD", "military-forces-of-chad-2021"),
    ("Military Forces of Sudan (2019-)", S, "SD", "military-forces-of-sudan-2019"),
    ("Military Forces of South Sudan (2011-)", S, "SS", "military-forces-of-south-sudan-2011"),
    ("Military Forces of Ethiopia (2018-) Special Forces", S, "ET", "military-forces-of-ethiopia-2018-special-forces"),
    ("Military Forces of Somalia (2022-)", S, "SO", "military-forces-of-somalia-2022"),
    ("Police Forces of Kenya (2022-)", S, "KE", "police-forces-of-kenya-2022"),
    ("Military Forces of the Democratic Republic of Congo (2019-)", S, "CD", "military-forces-of-democratic-republic-of-congo-2019"),
    ("Police Forces of Democratic Republic of Congo (2019-)", S, "CD", "police-forces-of-democratic-republic-of-congo-2019"),
    ("Military Forces of Mozambique (2015-)", S, "MZ", "military-forces-of-mozambique-2015"),
    ("Military Forces of Cameroon (1982-)", S, "CM", "military-forces-of-cameroon-1982"),
    ("Military Forces of Ivory Coast (2011-)", S, "CI", "military-forces-of-ivory-coast-2011"),
    ("Police Forces of Ivory Coast (2011-) Gendarmerie", S, "CI", "police-forces-of-ivory-coast-2011-gendarmerie"),
    ("Police Forces of eSwatini (1986-)", S, "SZ", "police-forces-of-eswatini-1986"),
    ("Military Forces of Israel (2022-)", S, "IL", "military-forces-of-israel-2022"),
    ("Police Forces of Palestine (2007-)", S, "PS", "police-forces-of-palestine-2007"),
    ("Military Forces of Syria (2000-2024)", S, "SY", "military-forces-of-syria-2000-2024"),
    ("Military Forces of Iraq (2022-) Popular Mobilization Forces", S, "IQ", "military-forces-of-iraq-2022-popular-mobilization-forces"),
    ("Military Forces of Yemen (2016-)", S, "YE", "military-forces-of-yemen-2016"),
    ("Military Forces of Afghanistan (2021-)", S, "AF", "military-forces-of-afghanistan-2021"),
    ("Military Forces of Pakistan (2018-)", S, "PK", "military-forces-of-pakistan-2018"),
    ("Police Forces of India (2014-)", S, "IN", "police-forces-of-india-2014"),
    ("Military Forces of Myanmar (2021-)", S, "MM", "military-forces-of-myanmar-2021"),
    ("Military Forces of the Philippines (2022-)", S, "PH", "military-forces-of-philippines-2022"),
    ("Police Forces of Colombia (2022-)", S, "CO", "police-forces-of-colombia-2022"),
    ("Military Forces of Mexico (2018-) National Guard", S, "MX", "military-forces-of-mexico-2018-national-guard"),
    ("Military Forces of Russia (2000-)", S, "RU", "military-forces-of-russia-2000"),
    ("Military Forces of Russia (2000-) Wagner Group", S, "RU", "military-forces-of-russia-2000-wagner-group"),
    ("Military Forces of Ukraine (2019-)", S, "UA", "military-forces-of-ukraine-2019"),
    ("Police Forces of Kosovo (2008-)", S, "XK", "police-forces-of-kosovo-2008"),
    ("Military Forces of the United States (2021-)", S, "US", "military-forces-of-united-states-2021"),
    ("Military Forces of France (2017-2022) Operation Barkhane", S, "FR", "military-forces-of-france-2017-2022-operation-barkhane"),
    ("Police Forces of Benin (2016-) Prison Guards", S, "BJ", "police-forces-of-benin-2016-prison-guards"),
    # Mutinies and governments
    ("Mutiny of Military Forces of Burkina Faso (2015-2022)", PM, "BF", "mutiny-of-military-forces-of-burkina-faso-2015-2022"),
    ("Mutiny of Military Forces of Mali (2012-2013)", PM, "ML", "mutiny-of-military-forces-of-mali-2012-2013"),
    ("Mutiny of Police Forces of Niger (2011-2021)", PM, "NE", "mutiny-of-police-forces-of-niger-2011-2021"),
    ("Government of Nigeria (2015-)", G, "NG", "government-of-nigeria-2015"),
    ("Government of Kenya (2022-)", G, "KE", "government-of-kenya-2022"),
    ("Government of Palestine (2007-)", G, "PS", "government-of-palestine-2007"),
    # Generic labels with a country
    ("Civilians (Nigeria)", CIV, "NG", "civilians-nigeria"),
    ("Civilians (Sudan)", CIV, "SD", "civilians-sudan"),
    ("Civilians (Palestine)", CIV, "PS", "civilians-palestine"),
    ("Civilians (Democratic Republic of Congo)", CIV, "CD", "civilians-democratic-republic-of-congo"),
    ("Civilians (International)", CIV, None, "civilians-international"),
    ("Rioters (Kenya)", RIOT, "KE", "rioters-kenya"),
    ("Rioters (India)", RIOT, "IN", "rioters-india"),
    ("Protesters (Ivory Coast)", PROT, "CI", "protesters-ivory-coast"),
    ("Protesters (eSwatini)", PROT, "SZ", "protesters-eswatini"),
    ("Protesters (Kosovo)", PROT, "XK", "protesters-kosovo"),
    ("Protesters (United States)", PROT, "US", "protesters-united-states"),
    ("Unidentified Armed Group (Mali)", PM, "ML", "unidentified-armed-group-mali"),
    ("Unidentified Armed Group (Colombia)", PM, "CO", "unidentified-armed-group-colombia"),
    ("Unidentified Armed Group (Syria)", PM, "SY", "unidentified-armed-group-syria"),
    ("Private Security Forces (South Africa)", EXT, "ZA", "private-security-forces-south-africa"),
    ("Private Security Forces (Democratic Republic of Congo)", EXT, "CD", "private-security-forces-democratic-republic-of-congo"),
    ("Unidentified Military Forces", EXT, None, "unidentified-military-forces"),
    ("Pirates (Somalia)", PM, "SO", "pirates-somalia"),
    # Identity militias and identity groups
    ("Fulani Ethnic Militia (Nigeria)", IM, "NG", "fulani-ethnic-militia-nigeria"),
    ("Dogon Ethnic Militia (Mali)", IM, "ML", "dogon-ethnic-militia-mali"),
    ("Murle Ethnic Militia (South Sudan)", IM, "SS", "murle-ethnic-militia-south-sudan"),
    ("Lendu Ethnic Militia (Democratic Republic of Congo)", IM, "CD", "lendu-ethnic-militia-democratic-republic-of-congo"),
    ("Amhara Ethnic Militia (Ethiopia)", IM, "ET", "amhara-ethnic-militia-ethiopia"),
    ("Pokot Ethnic Militia (Kenya)", IM, "KE", "pokot-ethnic-militia-kenya"),
    ("Zamfara Communal Militia (Nigeria)", IM, "NG", "zamfara-communal-militia-nigeria"),
    ("Kalale Communal Militia (Benin)", IM, "BJ", "kalale-communal-militia-benin"),
    ("Abgaal Clan Militia (Somalia)", IM, "SO", "abgaal-clan-militia-somalia"),
    ("Al Awalik Tribal Militia (Yemen)", IM, "YE", "al-awalik-tribal-militia-yemen"),
    ("Unidentified Clan Militia (Somalia)", IM, "SO", "unidentified-clan-militia-somalia"),
    ("Unidentified Communal Militia (Burkina Faso)", IM, "BF", "unidentified-communal-militia-burkina-faso"),
    ("Hindu Group (India)", CIV, "IN", "hindu-group-india"),
    ("Sunni Muslim Group (Iraq)", CIV, "IQ", "sunni-muslim-group-iraq"),
    ("Dalit Caste Group (India)", CIV, "IN", "dalit-caste-group-india"),
    ("Farmers (Ghana)", CIV, "GH", "farmers-ghana"),
    # "ACRONYM: Expansion"
    ("JNIM: Group for Support of Islam and Muslims", OTHER, None, "jnim-group-for-support-of-islam-and-muslims"),
    ("TTP: Tehrik-i-Taliban", OTHER, None, "ttp-tehrik-i-taliban"),
    ("M23: March 23 Movement", OTHER, None, "m23-march-23-movement"),
    ("ADF: Allied Democratic Forces", OTHER, None, "adf-allied-democratic-forces"),
    ("RSF: Rapid Support Forces", OTHER, None, "rsf-rapid-support-forces"),
    ("ELN: National Liberation Army", OTHER, None, "eln-national-liberation-army"),
    ("SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition", OTHER, None, "splm-a-io-sudan-peoples-liberation-movement-army-in-opposition"),
    ("AQAP: Al Qaeda in the Arabian Peninsula", OTHER, None, "aqap-al-qaeda-in-the-arabian-peninsula"),
    ("CODECO: Cooperative for Development of the Congo", OTHER, None, "codeco-cooperative-for-development-of-the-congo"),
    ("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)", OTHER, "ML", "minusma-united-nations-multidimensional-integrated-stabilization-mission-in-mali-2013-2023"),
    ("PDP: Peoples Democratic Party (Nigeria)", OTHER, "NG", "pdp-peoples-democratic-party-nigeria"),
]  # fmt: skip


def test_the_table_is_large_and_spans_many_countries() -> None:
    assert len(CELLS) >= 60
    assert len({country for _, _, country, _ in CELLS}) >= 35


@pytest.mark.parametrize(("cell", "kind", "country", "key"), CELLS, ids=[c[0] for c in CELLS])
def test_cell_reads_as_template(cell: str, kind: ActorKind, country: str | None, key: str) -> None:
    name = parse_acled_actor(cell)
    assert name is not None, cell
    assert (name.kind, name.country, name.id) == (kind, country, "actor:acled:" + key)
    actor = acled_actor(cell)
    assert isinstance(actor, Actor)
    assert (actor.id, actor.kind, actor.country) == (name.id, kind, country)


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        (
            "Police Forces of Benin (2016-) Prison Guards",
            {"valid_from": 2016, "valid_until": None, "unit": "Prison Guards"},
        ),
        ("Military Forces of Benin (2006-2016)", {"valid_from": 2006, "valid_until": 2016}),
        ("Military Forces of Nigeria (2015-) Air Force", {"unit": "Air Force"}),
        ("Fulani Ethnic Militia (Benin)", {"group": "Fulani", "template": "ethnic_militia"}),
        ("Sakawan Tedji Communal Militia (Benin)", {"group": "Sakawan Tedji"}),
        ("Al Awalik Tribal Militia (Yemen)", {"group": "Al Awalik"}),
        ("Unidentified Ethnic Militia (Benin)", {"group": None, "template": "ethnic_militia"}),
        ("Sunni Muslim Group (Iraq)", {"group": "Sunni", "contextual": True}),
        (
            "JNIM: Group for Support of Islam and Muslims",
            {"acronym": "JNIM", "full_name": "Group for Support of Islam and Muslims"},
        ),
        ("M23: March 23 Movement", {"acronym": "M23", "contextual": True}),
        (
            "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)",
            {"acronym": "MINUSMA", "valid_from": 2013, "valid_until": 2023, "country": "ML"},
        ),
        (
            "Civilians (Benin)",
            {"template": "civilians", "contextual": False, "name": "Civilians (Benin)"},
        ),
        (
            "Military Forces of the Democratic Republic of the Congo (2019-)",
            {"name": "Military Forces of Democratic Republic of Congo (2019-)"},
        ),
    ],
)
def test_parts(cell: str, parts: dict[str, object]) -> None:
    name = parse_acled_actor(cell)
    assert name is not None
    assert {k: getattr(name, k) for k in parts} == parts


@pytest.mark.parametrize(
    "spellings",
    [
        (
            "Military Forces of the Democratic Republic of Congo (2019-)",
            "Military Forces of Democratic Republic of the Congo (2019-)",
            "military forces of DR Congo (2019 - )",
        ),
        ("Protesters (Kenya)", "Protestors (Kenya)", "PROTESTERS  (KENYA)"),
        ("Civilians (Ivory Coast)", "Civilians (Côte d'Ivoire)", "Civilians (Cote d'Ivoire)"),
        ("Police Forces of eSwatini (1986-)", "Police Forces of Swaziland (1986-)"),
        ("Military Forces of the Netherlands (2010-)", "Military Forces of Netherlands (2010-)"),
        ("Fulani Ethnic Militia (Benin)", "Fulani  Ethnic militia ( Benin )"),
        (
            "Police Forces of Benin (2016-) Prison Guards",
            "Police Forces of Benin (2016–) Prison  Guards",
        ),
    ],
)
def test_two_spellings_one_id(spellings: tuple[str, ...]) -> None:
    names = [parse_acled_actor(s) for s in spellings]
    assert all(n is not None for n in names), spellings
    assert len({n.id for n in names if n is not None}) == 1
    assert len({n.name for n in names if n is not None}) == 1


def test_same_cell_same_id_with_a_fresh_grammar() -> None:
    # A new lexicon object compiles its grammar afresh: ids do not depend on caches.
    fresh = load("en").extended({})
    for cell, *_ in CELLS:
        a, b = parse_acled_actor(cell), parse_acled_actor(cell, lexicon=fresh)
        assert a is not None
        assert b is not None
        assert a.id == b.id


def test_ids_are_distinct_across_the_table() -> None:
    ids = Counter(parse_acled_actor(c).id for c, *_ in CELLS)  # type: ignore[union-attr]
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah",
        "Boko Haram",
        "Al Shabaab",
        "Wagner Group",
        "Islamic State (Sahel)",
        "Syrian Democratic Forces (SDF)",
        "Hay'at Tahrir al-Sham",
        "Civilians were killed in the attack on Tuesday.",
        "Military Forces of Benin attacked the village",
        "The Military Forces of Benin (2016-) said",
        "Note: the figures are provisional.",
        "BREAKING: gunmen kill 12 in Borno",
        "Protesters gathered outside parliament",
        "Civilians (Benin) and Rioters (Benin)",
        "Rioters (Atlantis)",
        "Military Forces of Narnia (2016-)",
        "Government of Benin (2016-2006)",
        "the fulani ethnic militia (Benin)",
        "Clashes erupted between the Fulani Ethnic Militia (Benin)",
        "Killed: 12 Civilians (Benin)",
        "Police Forces of Benin (Gendarmerie)",
        "",
        "   ",
        "UN",
        "(Benin)",
    ],
)
def test_distractors_give_none(text: str) -> None:
    assert parse_acled_actor(text) is None
    assert acled_actor(text) is None


def test_inter_gives_the_kind_of_contextual_templates_only() -> None:
    farmers = parse_acled_actor("Farmers (Benin)", inter=4)
    assert farmers is not None
    assert farmers.kind is IM
    assert parse_acled_actor("Farmers (Benin)").kind is CIV  # type: ignore[union-attr]
    jnim = parse_acled_actor("JNIM: Group for Support of Islam and Muslims", inter=2)
    assert jnim is not None
    assert jnim.kind is ActorKind.REBEL_GROUP
    # A template with a kind of its own keeps it: inter 8 says "foreign", not "not a state".
    police = parse_acled_actor("Police Forces of Nigeria (2015-) Customs", inter=8)
    assert police is not None
    assert police.kind is S
    assert parse_acled_actor("Civilians (Benin)", inter=0).kind is CIV  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="inter code"):
        parse_acled_actor("Civilians (Benin)", inter=9)


def test_actor_fields() -> None:
    actor = acled_actor("JNIM: Group for Support of Islam and Muslims", inter=2)
    assert actor is not None
    assert actor.name == "JNIM: Group for Support of Islam and Muslims"
    assert actor.kind is ActorKind.REBEL_GROUP
    acronyms = [a.name for a in actor.aliases if a.acronym]
    assert acronyms == ["JNIM"]
    assert "Group for Support of Islam and Muslims" in actor.names()
    assert actor.description
    assert "organisation" in actor.description
    police = acled_actor("Police Forces of Benin (2006-2016)")
    assert police is not None
    assert (police.active_from, police.active_until) == (dt.date(2006, 1, 1), dt.date(2016, 12, 31))
    congo = acled_actor("Civilians (Democratic Republic of the Congo)")
    assert congo is not None
    assert congo.name == "Civilians (Democratic Republic of Congo)"
    assert "Civilians (Democratic Republic of the Congo)" in congo.names()


def test_split_cell() -> None:
    assert split_acled_cell(
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"
    ) == ("JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)")
    assert split_acled_cell("Women (Benin);Farmers (Benin) ; ") == (
        "Women (Benin)",
        "Farmers (Benin)",
    )
    assert split_acled_cell("Civilians (Benin)") == ("Civilians (Benin)",)
    assert split_acled_cell("") == ()


def test_words_come_from_the_lexicon() -> None:
    # Without the label, "Beekeepers (Kenya)" is a proper name with ACLED's country: an
    # organisation whose type only the row gives.
    plain = parse_acled_actor("Beekeepers (Kenya)")
    assert plain is not None
    assert (plain.template, plain.kind, plain.country) == ("organisation", OTHER, "KE")
    assert parse_acled_actor("Coast Guard of Kenya (2022-)") is None
    lex = load("en").extended(
        {
            "acled_actors": {
                "social": {"labels": ["Beekeepers"]},
                "state": {"coast_guard": {"heads": ["Coast Guard of"], "kind": "state_force"}},
                "countries": {"Nairobi Republic": "KE"},
            }
        }
    )
    bees = parse_acled_actor("Beekeepers (Kenya)", lexicon=lex)
    assert bees is not None
    assert (bees.template, bees.country) == ("social", "KE")
    guard = parse_acled_actor("Coast Guard of Nairobi Republic (2022-)", lexicon=lex)
    assert guard is not None
    assert (guard.kind, guard.country, guard.valid_from) == (S, "KE", 2022)


def test_bad_lexicon_kind_is_a_lexicon_error() -> None:
    from conflict_events import LexiconError

    lex = load("en").extended({"acled_actors": {"labels": {"civilians": {"kind": "bystanders"}}}})
    with pytest.raises(LexiconError, match="bystanders"):
        parse_acled_actor("Civilians (Benin)", lexicon=lex)


# --- the shared Benin export --------------------------------------------------------------

_ACTOR_COLUMNS = (
    ("actor1", "inter1"),
    ("assoc_actor_1", "inter1"),
    ("actor2", "inter2"),
    ("assoc_actor_2", "inter2"),
)
# The country names the Benin file writes, as this test expects them (independent of the parser's table).
_BENIN_FILE_COUNTRIES = {
    "Benin": "BJ", "Burkina Faso": "BF", "France": "FR", "Niger": "NE", "Nigeria": "NG",
    "Philippines": "PH", "Togo": "TG", "Zimbabwe": "ZW", "International": None,
}  # fmt: skip
_PAREN = re.compile(r"\(([^()]*)\)")
_STATE = re.compile(r"\bof (.+?) \(\d{4}-")


def _named_country(part: str) -> tuple[bool, str | None]:
    """The country a cell names ("of <Country> (", a final "(<Country>)", or an
    organisation's name ending with it: "...Students of Benin"), as (named, iso)."""
    m = _STATE.search(part)
    name = m[1] if m else None
    if name is None:
        parens = [p for p in _PAREN.findall(part) if not p[:1].isdigit()]
        name = parens[-1] if parens else None
    if name is None and ":" in part:
        name = next((c for c in _BENIN_FILE_COUNTRIES if part.endswith(" " + c)), None)
    if name is None:
        return False, None
    assert name in _BENIN_FILE_COUNTRIES, f"country {name!r} of {part!r} not in the test's table"
    return True, _BENIN_FILE_COUNTRIES[name]


def _consistent(name: AcledActorName, inter: int, row_iso: str) -> bool:
    """Whether a primary actor's kind agrees with its row's inter code: the same type, a
    government for state forces (1), or — inter 8, external forces — a state body of
    another country or a template ACLED files under other forces."""
    if name.kind.acled_inter == inter or (name.kind is G and inter == 1):
        return True
    return inter == 8 and name.kind in (S, G) and name.country not in (None, row_iso)


def _template_vocabulary() -> set[str]:
    lex = load("en")
    words: set[str] = set(lex.words("acled_actors.social.labels"))
    for table, field in (("labels", "labels"), ("groups", "heads"), ("state", "heads")):
        for entry in lex.mapping(f"acled_actors.{table}").values():
            words.update(entry[field])
    return {w.casefold() for w in words}


def test_every_benin_actor_cell(shared_data: Path) -> None:
    path = shared_data / "acled" / "benin-2022.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    vocabulary = _template_vocabulary()
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    parsed = 0
    named: Counter[str] = Counter()
    for row in rows:
        row_iso = "BJ"
        for column, inter_column in _ACTOR_COLUMNS:
            inter = int(row[inter_column])
            for part in split_acled_cell(row[column]):
                name = parse_acled_actor(part, inter=inter)
                if name is None:
                    # A named organisation: the registry's.  It must not carry a template's
                    # head word: a generic cell the grammar failed on would.
                    stem = _PAREN.sub("", part).strip().casefold()
                    assert not any(stem.endswith(w) or stem.startswith(w) for w in vocabulary), part
                    named[part] += 1
                    continue
                parsed += 1
                has_country, iso = _named_country(part)
                assert name.country == (iso if has_country else None), part
                if column in ("actor1", "actor2"):
                    assert _consistent(name, inter, row_iso), (part, inter, name.kind)
                elif name.contextual:
                    assert name.kind is ActorKind.from_acled_inter(inter), part
                assert acled_actor(part, inter=inter) is not None
    assert parsed > 0
    # Named organisations are few: every generic cell parses (see docs/acled-actors.md).
    assert sum(named.values()) < parsed / 20, named


@pytest.mark.parametrize("cell", [c[0] for c in CELLS])
def test_canonical_name_reads_back_to_the_same_id(cell: str) -> None:
    name = parse_acled_actor(cell)
    assert name is not None
    again = parse_acled_actor(name.name)
    assert again is not None
    assert (again.id, again.name, again.kind, again.country) == (
        name.id,
        name.name,
        name.kind,
        name.country,
    )


@given(st.text(max_size=80))
def test_any_text_parses_or_gives_none(text: str) -> None:
    name = parse_acled_actor(text)
    if name is not None:
        Actor(id=name.id, name=name.name, kind=name.kind, country=name.country)
        assert acled_actor(text) is not None


# -- the registry and the ACLED reader use the templates ------------------------------------


def test_registry_falls_back_to_templates_before_fuzzy() -> None:
    from conflict_events.resolve import ActorRegistry

    registry = ActorRegistry.default()
    army = registry.resolve("Military Forces of Benin (2016-)")
    assert (army.id, army.kind, army.country) == (
        "actor:acled:military-forces-of-benin-2016",
        S,
        "BJ",
    )
    # The period is part of the name: a day outside it does not reject the template.
    old = registry.resolve("Police Forces of Benin (2006-2016)", on=dt.date(2022, 5, 1))
    assert old.active_until == dt.date(2016, 12, 31)
    assert registry.resolve("Civilians (Kenya)") is registry.resolve("Civilians (Kenya)")
    # Names the registry knows are still its own; fuzzy still works for the rest.
    assert registry.resolve("Hezbolah").id == "actor:hezbollah"
    assert registry._lookup("the garden shed") is None


def test_organisation_template_is_the_registry_actor_when_known() -> None:
    from conflict_events.model import Alias
    from conflict_events.resolve import ActorRegistry

    registry = ActorRegistry(
        [
            Actor(
                id="actor:jnim",
                name="Jama'at Nusrat al-Islam wal-Muslimin",
                kind="rebel_group",
                country="ML",
                aliases=[Alias(name="JNIM", acronym=True)],
            )
        ]
    )
    assert registry.resolve("JNIM: Group for Support of Islam and Muslims").id == "actor:jnim"
    # An unknown organisation is built from the template.
    other = registry.resolve("FCBE: Cowry Forces for an Emerging Benin")
    assert other.id == "actor:acled:fcbe-cowry-forces-for-an-emerging-benin"


def test_reader_maps_ids_to_actors_and_writes_cells_back() -> None:
    import io

    from conflict_events.io import acled

    row = (
        "X1,05 March 2023,2023,1,Political violence,Battles,Armed clash,"
        "Military Forces of Benin (2016-),Farmers (Benin); Hunters (Benin),1,"
        "Unidentified Armed Group (Benin),,3,13,,204,Western Africa,Benin,Alibori,Karimama,,"
        "Karimama,12.06,3.18,1,Local paper,National,,0,,1"
    )
    text = ",".join(acled.COLUMNS) + "\n" + row + "\n"
    plain = list(acled.read(io.StringIO(text)))
    actors: dict[str, tuple[Actor, ...]] = {}
    [e] = acled.read(io.StringIO(text), actors=actors)
    assert e == plain[0]  # the engagement is the same; only the table is filled
    lead = actors[e.factions[0].lead]
    assert [(a.kind, a.country) for a in lead] == [(S, "BJ")]
    farmers = actors[e.factions[0].associates[0].actor]
    assert [(a.kind, a.country) for a in farmers] == [(S, "BJ")]  # the row's inter1: 1
    assert [a.kind for a in actors[e.factions[1].lead]] == [PM]
    out = io.StringIO()
    acled.write([e], out)
    assert out.getvalue() == text


def test_unknown_proper_name_takes_the_rows_type_and_country() -> None:
    import io

    from conflict_events.io import acled

    row = (
        "X2,05 March 2023,2023,1,Demonstrations,Protests,Peaceful protest,"
        "Protesters (Benin),Lions of the Savanna Movement,6,,,0,60,,204,Western Africa,Benin,"
        "Alibori,Kandi,,Kandi,11.13,2.94,1,Local paper,National,,0,,1"
    )
    actors: dict[str, tuple[Actor, ...]] = {}
    [e] = acled.read(io.StringIO(",".join(acled.COLUMNS) + "\n" + row + "\n"), actors=actors)
    [lions] = actors[e.factions[0].associates[0].actor]
    assert (lions.name, lions.kind, lions.country) == ("Lions of the Savanna Movement", PROT, "BJ")


def test_every_benin_cell_resolves_through_the_reader(shared_data: Path) -> None:
    """Every name of every actor cell of the shared Benin export resolves to an actor of the
    kind ACLED's row gives it (state templates keep their own) and of the country the cell
    or the row names."""
    from conflict_events.io import acled
    from conflict_events.io._csv import country_from_name

    path = shared_data / "acled" / "benin-2022.csv"
    if not path.is_file():
        pytest.skip(f"shared ACLED data not found at {path}")
    registry = ActorRegistry.default()
    actors: dict[str, tuple[Actor, ...]] = {}
    engagements = list(acled.read(path, actors=actors))
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    checked = 0
    for e, row in zip(engagements, rows, strict=True):
        for side, faction in zip("12", e.factions, strict=False):
            inter = int(row[f"inter{side}"])
            ids = [faction.lead, *(m.actor for m in faction.associates)]
            for actor_id in ids:
                found = actors[actor_id]
                assert found, actor_id
                for actor in found:
                    if actor.id in registry:
                        # A curated actor ("JNIM: ..." is the registry's JNIM, of Mali): its
                        # own kind and country, not the row's.
                        assert registry.get(actor.id) == actor
                        checked += 1
                        continue
                    parsed = parse_acled_actor(actor.name) or parse_acled_actor(
                        next(iter(a.name for a in actor.aliases), actor.name)
                    )
                    if parsed is not None and not parsed.contextual:
                        assert actor.kind is parsed.kind
                        assert actor.country == parsed.country
                    elif actor_id == faction.lead:
                        assert actor.kind is ActorKind.from_acled_inter(inter), actor
                    if actor.country is None:
                        # Only names that say they have none: "(International)", bare labels.
                        assert parsed is not None, actor
                        assert "(" not in actor.name.replace("(International)", ""), actor
                    elif parsed is None or parsed.contextual:
                        assert actor.country in {
                            country_from_name(row["country"]),
                            parsed and parsed.country,
                        }
                    checked += 1
    assert checked > 1_100
